// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// An Azure Event Grid system event: one variant per event type with a schema (when its
/// namespace feature is enabled), and [`SystemEvent::Unknown`] for every other type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub enum SystemEvent {
    /// `Microsoft.ApiCenter.ApiDefinitionAdded`: [`crate::apicenter::ApiCenterApiDefinitionAddedEventData`].
    #[cfg(feature = "apicenter")]
    ApiCenterApiDefinitionAdded(
        Box<crate::apicenter::ApiCenterApiDefinitionAddedEventData>,
    ),
    /// `Microsoft.ApiCenter.ApiDefinitionUpdated`: [`crate::apicenter::ApiCenterApiDefinitionUpdatedEventData`].
    #[cfg(feature = "apicenter")]
    ApiCenterApiDefinitionUpdated(
        Box<crate::apicenter::ApiCenterApiDefinitionUpdatedEventData>,
    ),
    /// `Microsoft.ApiManagement.APICreated`: [`crate::apimanagement::ApiManagementApiCreatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementApiCreated(Box<crate::apimanagement::ApiManagementApiCreatedEventData>),
    /// `Microsoft.ApiManagement.APIDeleted`: [`crate::apimanagement::ApiManagementApiDeletedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementApiDeleted(Box<crate::apimanagement::ApiManagementApiDeletedEventData>),
    /// `Microsoft.ApiManagement.APIReleaseCreated`: [`crate::apimanagement::ApiManagementApiReleaseCreatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementApiReleaseCreated(
        Box<crate::apimanagement::ApiManagementApiReleaseCreatedEventData>,
    ),
    /// `Microsoft.ApiManagement.APIReleaseDeleted`: [`crate::apimanagement::ApiManagementApiReleaseDeletedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementApiReleaseDeleted(
        Box<crate::apimanagement::ApiManagementApiReleaseDeletedEventData>,
    ),
    /// `Microsoft.ApiManagement.APIReleaseUpdated`: [`crate::apimanagement::ApiManagementApiReleaseUpdatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementApiReleaseUpdated(
        Box<crate::apimanagement::ApiManagementApiReleaseUpdatedEventData>,
    ),
    /// `Microsoft.ApiManagement.APIUpdated`: [`crate::apimanagement::ApiManagementApiUpdatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementApiUpdated(Box<crate::apimanagement::ApiManagementApiUpdatedEventData>),
    /// `Microsoft.ApiManagement.CircuitBreaker.Closed`: [`crate::apimanagement::ApiManagementCircuitBreakerClosedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementCircuitBreakerClosed(
        Box<crate::apimanagement::ApiManagementCircuitBreakerClosedEventData>,
    ),
    /// `Microsoft.ApiManagement.CircuitBreaker.Opened`: [`crate::apimanagement::ApiManagementCircuitBreakerOpenedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementCircuitBreakerOpened(
        Box<crate::apimanagement::ApiManagementCircuitBreakerOpenedEventData>,
    ),
    /// `Microsoft.ApiManagement.GatewayAPIAdded`: [`crate::apimanagement::ApiManagementGatewayApiAddedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayApiAdded(
        Box<crate::apimanagement::ApiManagementGatewayApiAddedEventData>,
    ),
    /// `Microsoft.ApiManagement.GatewayAPIRemoved`: [`crate::apimanagement::ApiManagementGatewayApiRemovedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayApiRemoved(
        Box<crate::apimanagement::ApiManagementGatewayApiRemovedEventData>,
    ),
    /// `Microsoft.ApiManagement.GatewayCertificateAuthorityCreated`: [`crate::apimanagement::ApiManagementGatewayCertificateAuthorityCreatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayCertificateAuthorityCreated(
        Box<
            crate::apimanagement::ApiManagementGatewayCertificateAuthorityCreatedEventData,
        >,
    ),
    /// `Microsoft.ApiManagement.GatewayCertificateAuthorityDeleted`: [`crate::apimanagement::ApiManagementGatewayCertificateAuthorityDeletedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayCertificateAuthorityDeleted(
        Box<
            crate::apimanagement::ApiManagementGatewayCertificateAuthorityDeletedEventData,
        >,
    ),
    /// `Microsoft.ApiManagement.GatewayCertificateAuthorityUpdated`: [`crate::apimanagement::ApiManagementGatewayCertificateAuthorityUpdatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayCertificateAuthorityUpdated(
        Box<
            crate::apimanagement::ApiManagementGatewayCertificateAuthorityUpdatedEventData,
        >,
    ),
    /// `Microsoft.ApiManagement.GatewayCreated`: [`crate::apimanagement::ApiManagementGatewayCreatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayCreated(
        Box<crate::apimanagement::ApiManagementGatewayCreatedEventData>,
    ),
    /// `Microsoft.ApiManagement.GatewayDeleted`: [`crate::apimanagement::ApiManagementGatewayDeletedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayDeleted(
        Box<crate::apimanagement::ApiManagementGatewayDeletedEventData>,
    ),
    /// `Microsoft.ApiManagement.GatewayHostnameConfigurationCreated`: [`crate::apimanagement::ApiManagementGatewayHostnameConfigurationCreatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayHostnameConfigurationCreated(
        Box<
            crate::apimanagement::ApiManagementGatewayHostnameConfigurationCreatedEventData,
        >,
    ),
    /// `Microsoft.ApiManagement.GatewayHostnameConfigurationDeleted`: [`crate::apimanagement::ApiManagementGatewayHostnameConfigurationDeletedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayHostnameConfigurationDeleted(
        Box<
            crate::apimanagement::ApiManagementGatewayHostnameConfigurationDeletedEventData,
        >,
    ),
    /// `Microsoft.ApiManagement.GatewayHostnameConfigurationUpdated`: [`crate::apimanagement::ApiManagementGatewayHostnameConfigurationUpdatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayHostnameConfigurationUpdated(
        Box<
            crate::apimanagement::ApiManagementGatewayHostnameConfigurationUpdatedEventData,
        >,
    ),
    /// `Microsoft.ApiManagement.GatewayTokenExpired`: [`crate::apimanagement::ApiManagementGatewayTokenExpiredEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayTokenExpired(
        Box<crate::apimanagement::ApiManagementGatewayTokenExpiredEventData>,
    ),
    /// `Microsoft.ApiManagement.GatewayTokenNearExpiry`: [`crate::apimanagement::ApiManagementGatewayTokenNearExpiryEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayTokenNearExpiry(
        Box<crate::apimanagement::ApiManagementGatewayTokenNearExpiryEventData>,
    ),
    /// `Microsoft.ApiManagement.GatewayUpdated`: [`crate::apimanagement::ApiManagementGatewayUpdatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementGatewayUpdated(
        Box<crate::apimanagement::ApiManagementGatewayUpdatedEventData>,
    ),
    /// `Microsoft.ApiManagement.ProductCreated`: [`crate::apimanagement::ApiManagementProductCreatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementProductCreated(
        Box<crate::apimanagement::ApiManagementProductCreatedEventData>,
    ),
    /// `Microsoft.ApiManagement.ProductDeleted`: [`crate::apimanagement::ApiManagementProductDeletedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementProductDeleted(
        Box<crate::apimanagement::ApiManagementProductDeletedEventData>,
    ),
    /// `Microsoft.ApiManagement.ProductUpdated`: [`crate::apimanagement::ApiManagementProductUpdatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementProductUpdated(
        Box<crate::apimanagement::ApiManagementProductUpdatedEventData>,
    ),
    /// `Microsoft.ApiManagement.SubscriptionCreated`: [`crate::apimanagement::ApiManagementSubscriptionCreatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementSubscriptionCreated(
        Box<crate::apimanagement::ApiManagementSubscriptionCreatedEventData>,
    ),
    /// `Microsoft.ApiManagement.SubscriptionDeleted`: [`crate::apimanagement::ApiManagementSubscriptionDeletedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementSubscriptionDeleted(
        Box<crate::apimanagement::ApiManagementSubscriptionDeletedEventData>,
    ),
    /// `Microsoft.ApiManagement.SubscriptionUpdated`: [`crate::apimanagement::ApiManagementSubscriptionUpdatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementSubscriptionUpdated(
        Box<crate::apimanagement::ApiManagementSubscriptionUpdatedEventData>,
    ),
    /// `Microsoft.ApiManagement.UserCreated`: [`crate::apimanagement::ApiManagementUserCreatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementUserCreated(
        Box<crate::apimanagement::ApiManagementUserCreatedEventData>,
    ),
    /// `Microsoft.ApiManagement.UserDeleted`: [`crate::apimanagement::ApiManagementUserDeletedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementUserDeleted(
        Box<crate::apimanagement::ApiManagementUserDeletedEventData>,
    ),
    /// `Microsoft.ApiManagement.UserUpdated`: [`crate::apimanagement::ApiManagementUserUpdatedEventData`].
    #[cfg(feature = "apimanagement")]
    ApiManagementUserUpdated(
        Box<crate::apimanagement::ApiManagementUserUpdatedEventData>,
    ),
    /// `Microsoft.AppConfiguration.KeyValueDeleted`: [`crate::appconfiguration::AppConfigurationKeyValueDeletedEventData`].
    #[cfg(feature = "appconfiguration")]
    AppConfigurationKeyValueDeleted(
        Box<crate::appconfiguration::AppConfigurationKeyValueDeletedEventData>,
    ),
    /// `Microsoft.AppConfiguration.KeyValueModified`: [`crate::appconfiguration::AppConfigurationKeyValueModifiedEventData`].
    #[cfg(feature = "appconfiguration")]
    AppConfigurationKeyValueModified(
        Box<crate::appconfiguration::AppConfigurationKeyValueModifiedEventData>,
    ),
    /// `Microsoft.AppConfiguration.SnapshotCreated`: [`crate::appconfiguration::AppConfigurationSnapshotCreatedEventData`].
    #[cfg(feature = "appconfiguration")]
    AppConfigurationSnapshotCreated(
        Box<crate::appconfiguration::AppConfigurationSnapshotCreatedEventData>,
    ),
    /// `Microsoft.AppConfiguration.SnapshotModified`: [`crate::appconfiguration::AppConfigurationSnapshotModifiedEventData`].
    #[cfg(feature = "appconfiguration")]
    AppConfigurationSnapshotModified(
        Box<crate::appconfiguration::AppConfigurationSnapshotModifiedEventData>,
    ),
    /// `Microsoft.AVS.ClusterCreated`: [`crate::avs::AvsClusterCreatedEventData`].
    #[cfg(feature = "avs")]
    AvsClusterCreated(Box<crate::avs::AvsClusterCreatedEventData>),
    /// `Microsoft.AVS.ClusterDeleted`: [`crate::avs::AvsClusterDeletedEventData`].
    #[cfg(feature = "avs")]
    AvsClusterDeleted(Box<crate::avs::AvsClusterDeletedEventData>),
    /// `Microsoft.AVS.ClusterFailed`: [`crate::avs::AvsClusterFailedEventData`].
    #[cfg(feature = "avs")]
    AvsClusterFailed(Box<crate::avs::AvsClusterFailedEventData>),
    /// `Microsoft.AVS.ClusterUpdated`: [`crate::avs::AvsClusterUpdatedEventData`].
    #[cfg(feature = "avs")]
    AvsClusterUpdated(Box<crate::avs::AvsClusterUpdatedEventData>),
    /// `Microsoft.AVS.ClusterUpdating`: [`crate::avs::AvsClusterUpdatingEventData`].
    #[cfg(feature = "avs")]
    AvsClusterUpdating(Box<crate::avs::AvsClusterUpdatingEventData>),
    /// `Microsoft.AVS.PrivateCloudFailed`: [`crate::avs::AvsPrivateCloudFailedEventData`].
    #[cfg(feature = "avs")]
    AvsPrivateCloudFailed(Box<crate::avs::AvsPrivateCloudFailedEventData>),
    /// `Microsoft.AVS.PrivateCloudUpdated`: [`crate::avs::AvsPrivateCloudUpdatedEventData`].
    #[cfg(feature = "avs")]
    AvsPrivateCloudUpdated(Box<crate::avs::AvsPrivateCloudUpdatedEventData>),
    /// `Microsoft.AVS.PrivateCloudUpdating`: [`crate::avs::AvsPrivateCloudUpdatingEventData`].
    #[cfg(feature = "avs")]
    AvsPrivateCloudUpdating(Box<crate::avs::AvsPrivateCloudUpdatingEventData>),
    /// `Microsoft.AVS.ScriptExecutionCancelled`: [`crate::avs::AvsScriptExecutionCancelledEventData`].
    #[cfg(feature = "avs")]
    AvsScriptExecutionCancelled(Box<crate::avs::AvsScriptExecutionCancelledEventData>),
    /// `Microsoft.AVS.ScriptExecutionFailed`: [`crate::avs::AvsScriptExecutionFailedEventData`].
    #[cfg(feature = "avs")]
    AvsScriptExecutionFailed(Box<crate::avs::AvsScriptExecutionFailedEventData>),
    /// `Microsoft.AVS.ScriptExecutionFinished`: [`crate::avs::AvsScriptExecutionFinishedEventData`].
    #[cfg(feature = "avs")]
    AvsScriptExecutionFinished(Box<crate::avs::AvsScriptExecutionFinishedEventData>),
    /// `Microsoft.AVS.ScriptExecutionStarted`: [`crate::avs::AvsScriptExecutionStartedEventData`].
    #[cfg(feature = "avs")]
    AvsScriptExecutionStarted(Box<crate::avs::AvsScriptExecutionStartedEventData>),
    /// `Microsoft.Cache.ExportRDBCompleted`: [`crate::cache::RedisExportRDBCompletedEventData`].
    #[cfg(feature = "cache")]
    CacheExportRdbCompleted(Box<crate::cache::RedisExportRDBCompletedEventData>),
    /// `Microsoft.Cache.ImportRDBCompleted`: [`crate::cache::RedisImportRDBCompletedEventData`].
    #[cfg(feature = "cache")]
    CacheImportRdbCompleted(Box<crate::cache::RedisImportRDBCompletedEventData>),
    /// `Microsoft.Cache.PatchingCompleted`: [`crate::cache::RedisPatchingCompletedEventData`].
    #[cfg(feature = "cache")]
    CachePatchingCompleted(Box<crate::cache::RedisPatchingCompletedEventData>),
    /// `Microsoft.Cache.ScalingCompleted`: [`crate::cache::RedisScalingCompletedEventData`].
    #[cfg(feature = "cache")]
    CacheScalingCompleted(Box<crate::cache::RedisScalingCompletedEventData>),
    /// `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated`: [`crate::communication::AcsMessageDeliveryStatusUpdatedEventData`].
    #[cfg(feature = "communication")]
    CommunicationAdvancedMessageDeliveryStatusUpdated(
        Box<crate::communication::AcsMessageDeliveryStatusUpdatedEventData>,
    ),
    /// `Microsoft.Communication.AdvancedMessageReceived`: [`crate::communication::AcsMessageReceivedEventData`].
    #[cfg(feature = "communication")]
    CommunicationAdvancedMessageReceived(
        Box<crate::communication::AcsMessageReceivedEventData>,
    ),
    /// `Microsoft.Communication.CallEnded`: [`crate::communication::AcsCallEndedEventData`].
    #[cfg(feature = "communication")]
    CommunicationCallEnded(Box<crate::communication::AcsCallEndedEventData>),
    /// `Microsoft.Communication.CallParticipantAdded`: [`crate::communication::AcsCallParticipantAddedEventData`].
    #[cfg(feature = "communication")]
    CommunicationCallParticipantAdded(
        Box<crate::communication::AcsCallParticipantAddedEventData>,
    ),
    /// `Microsoft.Communication.CallParticipantRemoved`: [`crate::communication::AcsCallParticipantRemovedEventData`].
    #[cfg(feature = "communication")]
    CommunicationCallParticipantRemoved(
        Box<crate::communication::AcsCallParticipantRemovedEventData>,
    ),
    /// `Microsoft.Communication.CallStarted`: [`crate::communication::AcsCallStartedEventData`].
    #[cfg(feature = "communication")]
    CommunicationCallStarted(Box<crate::communication::AcsCallStartedEventData>),
    /// `Microsoft.Communication.ChatAzureBotCommandReceivedInThread`: [`crate::communication::AcsChatAzureBotCommandReceivedInThreadEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatAzureBotCommandReceivedInThread(
        Box<crate::communication::AcsChatAzureBotCommandReceivedInThreadEventData>,
    ),
    /// `Microsoft.Communication.ChatMessageDeleted`: [`crate::communication::AcsChatMessageDeletedEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatMessageDeleted(
        Box<crate::communication::AcsChatMessageDeletedEventData>,
    ),
    /// `Microsoft.Communication.ChatMessageDeletedInThread`: [`crate::communication::AcsChatMessageDeletedInThreadEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatMessageDeletedInThread(
        Box<crate::communication::AcsChatMessageDeletedInThreadEventData>,
    ),
    /// `Microsoft.Communication.ChatMessageEdited`: [`crate::communication::AcsChatMessageEditedEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatMessageEdited(
        Box<crate::communication::AcsChatMessageEditedEventData>,
    ),
    /// `Microsoft.Communication.ChatMessageEditedInThread`: [`crate::communication::AcsChatMessageEditedInThreadEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatMessageEditedInThread(
        Box<crate::communication::AcsChatMessageEditedInThreadEventData>,
    ),
    /// `Microsoft.Communication.ChatMessageReceived`: [`crate::communication::AcsChatMessageReceivedEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatMessageReceived(
        Box<crate::communication::AcsChatMessageReceivedEventData>,
    ),
    /// `Microsoft.Communication.ChatMessageReceivedInThread`: [`crate::communication::AcsChatMessageReceivedInThreadEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatMessageReceivedInThread(
        Box<crate::communication::AcsChatMessageReceivedInThreadEventData>,
    ),
    /// `Microsoft.Communication.ChatParticipantAddedToThreadWithUser`: [`crate::communication::AcsChatParticipantAddedToThreadWithUserEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatParticipantAddedToThreadWithUser(
        Box<crate::communication::AcsChatParticipantAddedToThreadWithUserEventData>,
    ),
    /// `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser`: [`crate::communication::AcsChatParticipantRemovedFromThreadWithUserEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatParticipantRemovedFromThreadWithUser(
        Box<crate::communication::AcsChatParticipantRemovedFromThreadWithUserEventData>,
    ),
    /// `Microsoft.Communication.ChatThreadCreated`: [`crate::communication::AcsChatThreadCreatedEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatThreadCreated(
        Box<crate::communication::AcsChatThreadCreatedEventData>,
    ),
    /// `Microsoft.Communication.ChatThreadCreatedWithUser`: [`crate::communication::AcsChatThreadCreatedWithUserEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatThreadCreatedWithUser(
        Box<crate::communication::AcsChatThreadCreatedWithUserEventData>,
    ),
    /// `Microsoft.Communication.ChatThreadDeleted`: [`crate::communication::AcsChatThreadDeletedEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatThreadDeleted(
        Box<crate::communication::AcsChatThreadDeletedEventData>,
    ),
    /// `Microsoft.Communication.ChatThreadParticipantAdded`: [`crate::communication::AcsChatParticipantAddedToThreadEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatThreadParticipantAdded(
        Box<crate::communication::AcsChatParticipantAddedToThreadEventData>,
    ),
    /// `Microsoft.Communication.ChatThreadParticipantRemoved`: [`crate::communication::AcsChatParticipantRemovedFromThreadEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatThreadParticipantRemoved(
        Box<crate::communication::AcsChatParticipantRemovedFromThreadEventData>,
    ),
    /// `Microsoft.Communication.ChatThreadPropertiesUpdated`: [`crate::communication::AcsChatThreadPropertiesUpdatedEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatThreadPropertiesUpdated(
        Box<crate::communication::AcsChatThreadPropertiesUpdatedEventData>,
    ),
    /// `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser`: [`crate::communication::AcsChatThreadPropertiesUpdatedPerUserEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatThreadPropertiesUpdatedPerUser(
        Box<crate::communication::AcsChatThreadPropertiesUpdatedPerUserEventData>,
    ),
    /// `Microsoft.Communication.ChatThreadWithUserDeleted`: [`crate::communication::AcsChatThreadWithUserDeletedEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatThreadWithUserDeleted(
        Box<crate::communication::AcsChatThreadWithUserDeletedEventData>,
    ),
    /// `Microsoft.Communication.ChatTypingIndicatorReceivedInThread`: [`crate::communication::AcsChatTypingIndicatorReceivedInThreadEventData`].
    #[cfg(feature = "communication")]
    CommunicationChatTypingIndicatorReceivedInThread(
        Box<crate::communication::AcsChatTypingIndicatorReceivedInThreadEventData>,
    ),
    /// `Microsoft.Communication.EmailDeliveryReportReceived`: [`crate::communication::AcsEmailDeliveryReportReceivedEventData`].
    #[cfg(feature = "communication")]
    CommunicationEmailDeliveryReportReceived(
        Box<crate::communication::AcsEmailDeliveryReportReceivedEventData>,
    ),
    /// `Microsoft.Communication.EmailEngagementTrackingReportReceived`: [`crate::communication::AcsEmailEngagementTrackingReportReceivedEventData`].
    #[cfg(feature = "communication")]
    CommunicationEmailEngagementTrackingReportReceived(
        Box<crate::communication::AcsEmailEngagementTrackingReportReceivedEventData>,
    ),
    /// `Microsoft.Communication.IncomingCall`: [`crate::communication::AcsIncomingCallEventData`].
    #[cfg(feature = "communication")]
    CommunicationIncomingCall(Box<crate::communication::AcsIncomingCallEventData>),
    /// `Microsoft.Communication.RecordingFileStatusUpdated`: [`crate::communication::AcsRecordingFileStatusUpdatedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRecordingFileStatusUpdated(
        Box<crate::communication::AcsRecordingFileStatusUpdatedEventData>,
    ),
    /// `Microsoft.Communication.RouterJobCancelled`: [`crate::communication::AcsRouterJobCancelledEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobCancelled(
        Box<crate::communication::AcsRouterJobCancelledEventData>,
    ),
    /// `Microsoft.Communication.RouterJobClassificationFailed`: [`crate::communication::AcsRouterJobClassificationFailedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobClassificationFailed(
        Box<crate::communication::AcsRouterJobClassificationFailedEventData>,
    ),
    /// `Microsoft.Communication.RouterJobClassified`: [`crate::communication::AcsRouterJobClassifiedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobClassified(
        Box<crate::communication::AcsRouterJobClassifiedEventData>,
    ),
    /// `Microsoft.Communication.RouterJobClosed`: [`crate::communication::AcsRouterJobClosedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobClosed(Box<crate::communication::AcsRouterJobClosedEventData>),
    /// `Microsoft.Communication.RouterJobCompleted`: [`crate::communication::AcsRouterJobCompletedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobCompleted(
        Box<crate::communication::AcsRouterJobCompletedEventData>,
    ),
    /// `Microsoft.Communication.RouterJobDeleted`: [`crate::communication::AcsRouterJobDeletedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobDeleted(
        Box<crate::communication::AcsRouterJobDeletedEventData>,
    ),
    /// `Microsoft.Communication.RouterJobExceptionTriggered`: [`crate::communication::AcsRouterJobExceptionTriggeredEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobExceptionTriggered(
        Box<crate::communication::AcsRouterJobExceptionTriggeredEventData>,
    ),
    /// `Microsoft.Communication.RouterJobQueued`: [`crate::communication::AcsRouterJobQueuedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobQueued(Box<crate::communication::AcsRouterJobQueuedEventData>),
    /// `Microsoft.Communication.RouterJobReceived`: [`crate::communication::AcsRouterJobReceivedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobReceived(
        Box<crate::communication::AcsRouterJobReceivedEventData>,
    ),
    /// `Microsoft.Communication.RouterJobSchedulingFailed`: [`crate::communication::AcsRouterJobSchedulingFailedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobSchedulingFailed(
        Box<crate::communication::AcsRouterJobSchedulingFailedEventData>,
    ),
    /// `Microsoft.Communication.RouterJobUnassigned`: [`crate::communication::AcsRouterJobUnassignedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobUnassigned(
        Box<crate::communication::AcsRouterJobUnassignedEventData>,
    ),
    /// `Microsoft.Communication.RouterJobWaitingForActivation`: [`crate::communication::AcsRouterJobWaitingForActivationEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobWaitingForActivation(
        Box<crate::communication::AcsRouterJobWaitingForActivationEventData>,
    ),
    /// `Microsoft.Communication.RouterJobWorkerSelectorsExpired`: [`crate::communication::AcsRouterJobWorkerSelectorsExpiredEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterJobWorkerSelectorsExpired(
        Box<crate::communication::AcsRouterJobWorkerSelectorsExpiredEventData>,
    ),
    /// `Microsoft.Communication.RouterWorkerDeleted`: [`crate::communication::AcsRouterWorkerDeletedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterWorkerDeleted(
        Box<crate::communication::AcsRouterWorkerDeletedEventData>,
    ),
    /// `Microsoft.Communication.RouterWorkerDeregistered`: [`crate::communication::AcsRouterWorkerDeregisteredEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterWorkerDeregistered(
        Box<crate::communication::AcsRouterWorkerDeregisteredEventData>,
    ),
    /// `Microsoft.Communication.RouterWorkerOfferAccepted`: [`crate::communication::AcsRouterWorkerOfferAcceptedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterWorkerOfferAccepted(
        Box<crate::communication::AcsRouterWorkerOfferAcceptedEventData>,
    ),
    /// `Microsoft.Communication.RouterWorkerOfferDeclined`: [`crate::communication::AcsRouterWorkerOfferDeclinedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterWorkerOfferDeclined(
        Box<crate::communication::AcsRouterWorkerOfferDeclinedEventData>,
    ),
    /// `Microsoft.Communication.RouterWorkerOfferExpired`: [`crate::communication::AcsRouterWorkerOfferExpiredEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterWorkerOfferExpired(
        Box<crate::communication::AcsRouterWorkerOfferExpiredEventData>,
    ),
    /// `Microsoft.Communication.RouterWorkerOfferIssued`: [`crate::communication::AcsRouterWorkerOfferIssuedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterWorkerOfferIssued(
        Box<crate::communication::AcsRouterWorkerOfferIssuedEventData>,
    ),
    /// `Microsoft.Communication.RouterWorkerOfferRevoked`: [`crate::communication::AcsRouterWorkerOfferRevokedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterWorkerOfferRevoked(
        Box<crate::communication::AcsRouterWorkerOfferRevokedEventData>,
    ),
    /// `Microsoft.Communication.RouterWorkerRegistered`: [`crate::communication::AcsRouterWorkerRegisteredEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterWorkerRegistered(
        Box<crate::communication::AcsRouterWorkerRegisteredEventData>,
    ),
    /// `Microsoft.Communication.RouterWorkerUpdated`: [`crate::communication::AcsRouterWorkerUpdatedEventData`].
    #[cfg(feature = "communication")]
    CommunicationRouterWorkerUpdated(
        Box<crate::communication::AcsRouterWorkerUpdatedEventData>,
    ),
    /// `Microsoft.Communication.SMSDeliveryReportReceived`: [`crate::communication::AcsSmsDeliveryReportReceivedEventData`].
    #[cfg(feature = "communication")]
    CommunicationSmsDeliveryReportReceived(
        Box<crate::communication::AcsSmsDeliveryReportReceivedEventData>,
    ),
    /// `Microsoft.Communication.SMSReceived`: [`crate::communication::AcsSmsReceivedEventData`].
    #[cfg(feature = "communication")]
    CommunicationSmsReceived(Box<crate::communication::AcsSmsReceivedEventData>),
    /// `Microsoft.Communication.UserDisconnected`: [`crate::communication::AcsUserDisconnectedEventData`].
    #[cfg(feature = "communication")]
    CommunicationUserDisconnected(
        Box<crate::communication::AcsUserDisconnectedEventData>,
    ),
    /// `Microsoft.Compute.VirtualMachineScaleSets.LifecycleHookEvents`: [`crate::compute::LifecycleHookEventsEventData`].
    #[cfg(feature = "compute")]
    ComputeVirtualMachineScaleSetsLifecycleHookEvents(
        Box<crate::compute::LifecycleHookEventsEventData>,
    ),
    /// `Microsoft.ContainerRegistry.ChartDeleted`: [`crate::containerregistry::ContainerRegistryChartDeletedEventData`].
    #[cfg(feature = "containerregistry")]
    ContainerRegistryChartDeleted(
        Box<crate::containerregistry::ContainerRegistryChartDeletedEventData>,
    ),
    /// `Microsoft.ContainerRegistry.ChartPushed`: [`crate::containerregistry::ContainerRegistryChartPushedEventData`].
    #[cfg(feature = "containerregistry")]
    ContainerRegistryChartPushed(
        Box<crate::containerregistry::ContainerRegistryChartPushedEventData>,
    ),
    /// `Microsoft.ContainerRegistry.ImageDeleted`: [`crate::containerregistry::ContainerRegistryImageDeletedEventData`].
    #[cfg(feature = "containerregistry")]
    ContainerRegistryImageDeleted(
        Box<crate::containerregistry::ContainerRegistryImageDeletedEventData>,
    ),
    /// `Microsoft.ContainerRegistry.ImagePushed`: [`crate::containerregistry::ContainerRegistryImagePushedEventData`].
    #[cfg(feature = "containerregistry")]
    ContainerRegistryImagePushed(
        Box<crate::containerregistry::ContainerRegistryImagePushedEventData>,
    ),
    /// `Microsoft.ContainerService.ClusterSupportEnded`: [`crate::containerservice::ContainerServiceClusterSupportEndedEventData`].
    #[cfg(feature = "containerservice")]
    ContainerServiceClusterSupportEnded(
        Box<crate::containerservice::ContainerServiceClusterSupportEndedEventData>,
    ),
    /// `Microsoft.ContainerService.ClusterSupportEnding`: [`crate::containerservice::ContainerServiceClusterSupportEndingEventData`].
    #[cfg(feature = "containerservice")]
    ContainerServiceClusterSupportEnding(
        Box<crate::containerservice::ContainerServiceClusterSupportEndingEventData>,
    ),
    /// `Microsoft.ContainerService.NewKubernetesVersionAvailable`: [`crate::containerservice::ContainerServiceNewKubernetesVersionAvailableEventData`].
    #[cfg(feature = "containerservice")]
    ContainerServiceNewKubernetesVersionAvailable(
        Box<
            crate::containerservice::ContainerServiceNewKubernetesVersionAvailableEventData,
        >,
    ),
    /// `Microsoft.ContainerService.NodePoolRollingFailed`: [`crate::containerservice::ContainerServiceNodePoolRollingFailedEventData`].
    #[cfg(feature = "containerservice")]
    ContainerServiceNodePoolRollingFailed(
        Box<crate::containerservice::ContainerServiceNodePoolRollingFailedEventData>,
    ),
    /// `Microsoft.ContainerService.NodePoolRollingStarted`: [`crate::containerservice::ContainerServiceNodePoolRollingStartedEventData`].
    #[cfg(feature = "containerservice")]
    ContainerServiceNodePoolRollingStarted(
        Box<crate::containerservice::ContainerServiceNodePoolRollingStartedEventData>,
    ),
    /// `Microsoft.ContainerService.NodePoolRollingSucceeded`: [`crate::containerservice::ContainerServiceNodePoolRollingSucceededEventData`].
    #[cfg(feature = "containerservice")]
    ContainerServiceNodePoolRollingSucceeded(
        Box<crate::containerservice::ContainerServiceNodePoolRollingSucceededEventData>,
    ),
    /// `Microsoft.DataBox.CopyCompleted`: [`crate::databox::DataBoxCopyCompletedEventData`].
    #[cfg(feature = "databox")]
    DataBoxCopyCompleted(Box<crate::databox::DataBoxCopyCompletedEventData>),
    /// `Microsoft.DataBox.CopyStarted`: [`crate::databox::DataBoxCopyStartedEventData`].
    #[cfg(feature = "databox")]
    DataBoxCopyStarted(Box<crate::databox::DataBoxCopyStartedEventData>),
    /// `Microsoft.DataBox.OrderCompleted`: [`crate::databox::DataBoxOrderCompletedEventData`].
    #[cfg(feature = "databox")]
    DataBoxOrderCompleted(Box<crate::databox::DataBoxOrderCompletedEventData>),
    /// `Microsoft.Devices.DeviceConnected`: [`crate::devices::IotHubDeviceConnectedEventData`].
    #[cfg(feature = "devices")]
    DevicesDeviceConnected(Box<crate::devices::IotHubDeviceConnectedEventData>),
    /// `Microsoft.Devices.DeviceCreated`: [`crate::devices::IotHubDeviceCreatedEventData`].
    #[cfg(feature = "devices")]
    DevicesDeviceCreated(Box<crate::devices::IotHubDeviceCreatedEventData>),
    /// `Microsoft.Devices.DeviceDeleted`: [`crate::devices::IotHubDeviceDeletedEventData`].
    #[cfg(feature = "devices")]
    DevicesDeviceDeleted(Box<crate::devices::IotHubDeviceDeletedEventData>),
    /// `Microsoft.Devices.DeviceDisconnected`: [`crate::devices::IotHubDeviceDisconnectedEventData`].
    #[cfg(feature = "devices")]
    DevicesDeviceDisconnected(Box<crate::devices::IotHubDeviceDisconnectedEventData>),
    /// `Microsoft.Devices.DeviceTelemetry`: [`crate::devices::IotHubDeviceTelemetryEventData`].
    #[cfg(feature = "devices")]
    DevicesDeviceTelemetry(Box<crate::devices::IotHubDeviceTelemetryEventData>),
    /// `Microsoft.Edge.SolutionVersionPublished`: [`crate::edge::EdgeSolutionVersionPublishedEventData`].
    #[cfg(feature = "edge")]
    EdgeSolutionVersionPublished(
        Box<crate::edge::EdgeSolutionVersionPublishedEventData>,
    ),
    /// `Microsoft.EventGrid.MQTTClientCreatedOrUpdated`: [`crate::eventgrid::EventGridMQTTClientCreatedOrUpdatedEventData`].
    #[cfg(feature = "eventgrid")]
    EventGridMqttClientCreatedOrUpdated(
        Box<crate::eventgrid::EventGridMQTTClientCreatedOrUpdatedEventData>,
    ),
    /// `Microsoft.EventGrid.MQTTClientDeleted`: [`crate::eventgrid::EventGridMQTTClientDeletedEventData`].
    #[cfg(feature = "eventgrid")]
    EventGridMqttClientDeleted(
        Box<crate::eventgrid::EventGridMQTTClientDeletedEventData>,
    ),
    /// `Microsoft.EventGrid.MQTTClientSessionConnected`: [`crate::eventgrid::EventGridMQTTClientSessionConnectedEventData`].
    #[cfg(feature = "eventgrid")]
    EventGridMqttClientSessionConnected(
        Box<crate::eventgrid::EventGridMQTTClientSessionConnectedEventData>,
    ),
    /// `Microsoft.EventGrid.MQTTClientSessionDisconnected`: [`crate::eventgrid::EventGridMQTTClientSessionDisconnectedEventData`].
    #[cfg(feature = "eventgrid")]
    EventGridMqttClientSessionDisconnected(
        Box<crate::eventgrid::EventGridMQTTClientSessionDisconnectedEventData>,
    ),
    /// `Microsoft.EventGrid.SubscriptionDeletedEvent`: [`crate::eventgrid::SubscriptionDeletedEventData`].
    #[cfg(feature = "eventgrid")]
    EventGridSubscriptionDeletedEvent(
        Box<crate::eventgrid::SubscriptionDeletedEventData>,
    ),
    /// `Microsoft.EventGrid.SubscriptionValidationEvent`: [`crate::eventgrid::SubscriptionValidationEventData`].
    #[cfg(feature = "eventgrid")]
    EventGridSubscriptionValidationEvent(
        Box<crate::eventgrid::SubscriptionValidationEventData>,
    ),
    /// `Microsoft.EventHub.CaptureFileCreated`: [`crate::eventhub::EventHubCaptureFileCreatedEventData`].
    #[cfg(feature = "eventhub")]
    EventHubCaptureFileCreated(
        Box<crate::eventhub::EventHubCaptureFileCreatedEventData>,
    ),
    /// `Microsoft.HealthcareApis.DicomImageCreated`: [`crate::healthcareapis::HealthcareDicomImageCreatedEventData`].
    #[cfg(feature = "healthcareapis")]
    HealthcareApisDicomImageCreated(
        Box<crate::healthcareapis::HealthcareDicomImageCreatedEventData>,
    ),
    /// `Microsoft.HealthcareApis.DicomImageDeleted`: [`crate::healthcareapis::HealthcareDicomImageDeletedEventData`].
    #[cfg(feature = "healthcareapis")]
    HealthcareApisDicomImageDeleted(
        Box<crate::healthcareapis::HealthcareDicomImageDeletedEventData>,
    ),
    /// `Microsoft.HealthcareApis.DicomImageUpdated`: [`crate::healthcareapis::HealthcareDicomImageUpdatedEventData`].
    #[cfg(feature = "healthcareapis")]
    HealthcareApisDicomImageUpdated(
        Box<crate::healthcareapis::HealthcareDicomImageUpdatedEventData>,
    ),
    /// `Microsoft.HealthcareApis.FhirResourceCreated`: [`crate::healthcareapis::HealthcareFhirResourceCreatedEventData`].
    #[cfg(feature = "healthcareapis")]
    HealthcareApisFhirResourceCreated(
        Box<crate::healthcareapis::HealthcareFhirResourceCreatedEventData>,
    ),
    /// `Microsoft.HealthcareApis.FhirResourceDeleted`: [`crate::healthcareapis::HealthcareFhirResourceDeletedEventData`].
    #[cfg(feature = "healthcareapis")]
    HealthcareApisFhirResourceDeleted(
        Box<crate::healthcareapis::HealthcareFhirResourceDeletedEventData>,
    ),
    /// `Microsoft.HealthcareApis.FhirResourceUpdated`: [`crate::healthcareapis::HealthcareFhirResourceUpdatedEventData`].
    #[cfg(feature = "healthcareapis")]
    HealthcareApisFhirResourceUpdated(
        Box<crate::healthcareapis::HealthcareFhirResourceUpdatedEventData>,
    ),
    /// `Microsoft.KeyVault.CertificateExpired`: [`crate::keyvault::KeyVaultCertificateExpiredEventData`].
    #[cfg(feature = "keyvault")]
    KeyVaultCertificateExpired(
        Box<crate::keyvault::KeyVaultCertificateExpiredEventData>,
    ),
    /// `Microsoft.KeyVault.CertificateNearExpiry`: [`crate::keyvault::KeyVaultCertificateNearExpiryEventData`].
    #[cfg(feature = "keyvault")]
    KeyVaultCertificateNearExpiry(
        Box<crate::keyvault::KeyVaultCertificateNearExpiryEventData>,
    ),
    /// `Microsoft.KeyVault.CertificateNewVersionCreated`: [`crate::keyvault::KeyVaultCertificateNewVersionCreatedEventData`].
    #[cfg(feature = "keyvault")]
    KeyVaultCertificateNewVersionCreated(
        Box<crate::keyvault::KeyVaultCertificateNewVersionCreatedEventData>,
    ),
    /// `Microsoft.KeyVault.KeyExpired`: [`crate::keyvault::KeyVaultKeyExpiredEventData`].
    #[cfg(feature = "keyvault")]
    KeyVaultKeyExpired(Box<crate::keyvault::KeyVaultKeyExpiredEventData>),
    /// `Microsoft.KeyVault.KeyNearExpiry`: [`crate::keyvault::KeyVaultKeyNearExpiryEventData`].
    #[cfg(feature = "keyvault")]
    KeyVaultKeyNearExpiry(Box<crate::keyvault::KeyVaultKeyNearExpiryEventData>),
    /// `Microsoft.KeyVault.KeyNewVersionCreated`: [`crate::keyvault::KeyVaultKeyNewVersionCreatedEventData`].
    #[cfg(feature = "keyvault")]
    KeyVaultKeyNewVersionCreated(
        Box<crate::keyvault::KeyVaultKeyNewVersionCreatedEventData>,
    ),
    /// `Microsoft.KeyVault.SecretExpired`: [`crate::keyvault::KeyVaultSecretExpiredEventData`].
    #[cfg(feature = "keyvault")]
    KeyVaultSecretExpired(Box<crate::keyvault::KeyVaultSecretExpiredEventData>),
    /// `Microsoft.KeyVault.SecretNearExpiry`: [`crate::keyvault::KeyVaultSecretNearExpiryEventData`].
    #[cfg(feature = "keyvault")]
    KeyVaultSecretNearExpiry(Box<crate::keyvault::KeyVaultSecretNearExpiryEventData>),
    /// `Microsoft.KeyVault.SecretNewVersionCreated`: [`crate::keyvault::KeyVaultSecretNewVersionCreatedEventData`].
    #[cfg(feature = "keyvault")]
    KeyVaultSecretNewVersionCreated(
        Box<crate::keyvault::KeyVaultSecretNewVersionCreatedEventData>,
    ),
    /// `Microsoft.KeyVault.VaultAccessPolicyChanged`: [`crate::keyvault::KeyVaultAccessPolicyChangedEventData`].
    #[cfg(feature = "keyvault")]
    KeyVaultVaultAccessPolicyChanged(
        Box<crate::keyvault::KeyVaultAccessPolicyChangedEventData>,
    ),
    /// `Microsoft.MachineLearningServices.DatasetDriftDetected`: [`crate::machinelearningservices::MachineLearningServicesDatasetDriftDetectedEventData`].
    #[cfg(feature = "machinelearningservices")]
    MachineLearningServicesDatasetDriftDetected(
        Box<
            crate::machinelearningservices::MachineLearningServicesDatasetDriftDetectedEventData,
        >,
    ),
    /// `Microsoft.MachineLearningServices.ModelDeployed`: [`crate::machinelearningservices::MachineLearningServicesModelDeployedEventData`].
    #[cfg(feature = "machinelearningservices")]
    MachineLearningServicesModelDeployed(
        Box<
            crate::machinelearningservices::MachineLearningServicesModelDeployedEventData,
        >,
    ),
    /// `Microsoft.MachineLearningServices.ModelRegistered`: [`crate::machinelearningservices::MachineLearningServicesModelRegisteredEventData`].
    #[cfg(feature = "machinelearningservices")]
    MachineLearningServicesModelRegistered(
        Box<
            crate::machinelearningservices::MachineLearningServicesModelRegisteredEventData,
        >,
    ),
    /// `Microsoft.MachineLearningServices.RunCompleted`: [`crate::machinelearningservices::MachineLearningServicesRunCompletedEventData`].
    #[cfg(feature = "machinelearningservices")]
    MachineLearningServicesRunCompleted(
        Box<crate::machinelearningservices::MachineLearningServicesRunCompletedEventData>,
    ),
    /// `Microsoft.MachineLearningServices.RunStatusChanged`: [`crate::machinelearningservices::MachineLearningServicesRunStatusChangedEventData`].
    #[cfg(feature = "machinelearningservices")]
    MachineLearningServicesRunStatusChanged(
        Box<
            crate::machinelearningservices::MachineLearningServicesRunStatusChangedEventData,
        >,
    ),
    /// `Microsoft.Maps.GeofenceEntered`: [`crate::maps::MapsGeofenceEnteredEventData`].
    #[cfg(feature = "maps")]
    MapsGeofenceEntered(Box<crate::maps::MapsGeofenceEnteredEventData>),
    /// `Microsoft.Maps.GeofenceExited`: [`crate::maps::MapsGeofenceExitedEventData`].
    #[cfg(feature = "maps")]
    MapsGeofenceExited(Box<crate::maps::MapsGeofenceExitedEventData>),
    /// `Microsoft.Maps.GeofenceResult`: [`crate::maps::MapsGeofenceResultEventData`].
    #[cfg(feature = "maps")]
    MapsGeofenceResult(Box<crate::maps::MapsGeofenceResultEventData>),
    /// `Microsoft.Media.JobCanceled`: [`crate::media::MediaJobCanceledEventData`].
    #[cfg(feature = "media")]
    MediaJobCanceled(Box<crate::media::MediaJobCanceledEventData>),
    /// `Microsoft.Media.JobCanceling`: [`crate::media::MediaJobCancelingEventData`].
    #[cfg(feature = "media")]
    MediaJobCanceling(Box<crate::media::MediaJobCancelingEventData>),
    /// `Microsoft.Media.JobErrored`: [`crate::media::MediaJobErroredEventData`].
    #[cfg(feature = "media")]
    MediaJobErrored(Box<crate::media::MediaJobErroredEventData>),
    /// `Microsoft.Media.JobFinished`: [`crate::media::MediaJobFinishedEventData`].
    #[cfg(feature = "media")]
    MediaJobFinished(Box<crate::media::MediaJobFinishedEventData>),
    /// `Microsoft.Media.JobOutputCanceled`: [`crate::media::MediaJobOutputCanceledEventData`].
    #[cfg(feature = "media")]
    MediaJobOutputCanceled(Box<crate::media::MediaJobOutputCanceledEventData>),
    /// `Microsoft.Media.JobOutputCanceling`: [`crate::media::MediaJobOutputCancelingEventData`].
    #[cfg(feature = "media")]
    MediaJobOutputCanceling(Box<crate::media::MediaJobOutputCancelingEventData>),
    /// `Microsoft.Media.JobOutputErrored`: [`crate::media::MediaJobOutputErroredEventData`].
    #[cfg(feature = "media")]
    MediaJobOutputErrored(Box<crate::media::MediaJobOutputErroredEventData>),
    /// `Microsoft.Media.JobOutputFinished`: [`crate::media::MediaJobOutputFinishedEventData`].
    #[cfg(feature = "media")]
    MediaJobOutputFinished(Box<crate::media::MediaJobOutputFinishedEventData>),
    /// `Microsoft.Media.JobOutputProcessing`: [`crate::media::MediaJobOutputProcessingEventData`].
    #[cfg(feature = "media")]
    MediaJobOutputProcessing(Box<crate::media::MediaJobOutputProcessingEventData>),
    /// `Microsoft.Media.JobOutputProgress`: [`crate::media::MediaJobOutputProgressEventData`].
    #[cfg(feature = "media")]
    MediaJobOutputProgress(Box<crate::media::MediaJobOutputProgressEventData>),
    /// `Microsoft.Media.JobOutputScheduled`: [`crate::media::MediaJobOutputScheduledEventData`].
    #[cfg(feature = "media")]
    MediaJobOutputScheduled(Box<crate::media::MediaJobOutputScheduledEventData>),
    /// `Microsoft.Media.JobOutputStateChange`: [`crate::media::MediaJobOutputStateChangeEventData`].
    #[cfg(feature = "media")]
    MediaJobOutputStateChange(Box<crate::media::MediaJobOutputStateChangeEventData>),
    /// `Microsoft.Media.JobProcessing`: [`crate::media::MediaJobProcessingEventData`].
    #[cfg(feature = "media")]
    MediaJobProcessing(Box<crate::media::MediaJobProcessingEventData>),
    /// `Microsoft.Media.JobScheduled`: [`crate::media::MediaJobScheduledEventData`].
    #[cfg(feature = "media")]
    MediaJobScheduled(Box<crate::media::MediaJobScheduledEventData>),
    /// `Microsoft.Media.JobStateChange`: [`crate::media::MediaJobStateChangeEventData`].
    #[cfg(feature = "media")]
    MediaJobStateChange(Box<crate::media::MediaJobStateChangeEventData>),
    /// `Microsoft.Media.LiveEventChannelArchiveHeartbeat`: [`crate::media::MediaLiveEventChannelArchiveHeartbeatEventData`].
    #[cfg(feature = "media")]
    MediaLiveEventChannelArchiveHeartbeat(
        Box<crate::media::MediaLiveEventChannelArchiveHeartbeatEventData>,
    ),
    /// `Microsoft.Media.LiveEventConnectionRejected`: [`crate::media::MediaLiveEventConnectionRejectedEventData`].
    #[cfg(feature = "media")]
    MediaLiveEventConnectionRejected(
        Box<crate::media::MediaLiveEventConnectionRejectedEventData>,
    ),
    /// `Microsoft.Media.LiveEventEncoderConnected`: [`crate::media::MediaLiveEventEncoderConnectedEventData`].
    #[cfg(feature = "media")]
    MediaLiveEventEncoderConnected(
        Box<crate::media::MediaLiveEventEncoderConnectedEventData>,
    ),
    /// `Microsoft.Media.LiveEventEncoderDisconnected`: [`crate::media::MediaLiveEventEncoderDisconnectedEventData`].
    #[cfg(feature = "media")]
    MediaLiveEventEncoderDisconnected(
        Box<crate::media::MediaLiveEventEncoderDisconnectedEventData>,
    ),
    /// `Microsoft.Media.LiveEventIncomingDataChunkDropped`: [`crate::media::MediaLiveEventIncomingDataChunkDroppedEventData`].
    #[cfg(feature = "media")]
    MediaLiveEventIncomingDataChunkDropped(
        Box<crate::media::MediaLiveEventIncomingDataChunkDroppedEventData>,
    ),
    /// `Microsoft.Media.LiveEventIncomingStreamReceived`: [`crate::media::MediaLiveEventIncomingStreamReceivedEventData`].
    #[cfg(feature = "media")]
    MediaLiveEventIncomingStreamReceived(
        Box<crate::media::MediaLiveEventIncomingStreamReceivedEventData>,
    ),
    /// `Microsoft.Media.LiveEventIncomingStreamsOutOfSync`: [`crate::media::MediaLiveEventIncomingStreamsOutOfSyncEventData`].
    #[cfg(feature = "media")]
    MediaLiveEventIncomingStreamsOutOfSync(
        Box<crate::media::MediaLiveEventIncomingStreamsOutOfSyncEventData>,
    ),
    /// `Microsoft.Media.LiveEventIncomingVideoStreamsOutOfSync`: [`crate::media::MediaLiveEventIncomingVideoStreamsOutOfSyncEventData`].
    #[cfg(feature = "media")]
    MediaLiveEventIncomingVideoStreamsOutOfSync(
        Box<crate::media::MediaLiveEventIncomingVideoStreamsOutOfSyncEventData>,
    ),
    /// `Microsoft.Media.LiveEventIngestHeartbeat`: [`crate::media::MediaLiveEventIngestHeartbeatEventData`].
    #[cfg(feature = "media")]
    MediaLiveEventIngestHeartbeat(
        Box<crate::media::MediaLiveEventIngestHeartbeatEventData>,
    ),
    /// `Microsoft.Media.LiveEventTrackDiscontinuityDetected`: [`crate::media::MediaLiveEventTrackDiscontinuityDetectedEventData`].
    #[cfg(feature = "media")]
    MediaLiveEventTrackDiscontinuityDetected(
        Box<crate::media::MediaLiveEventTrackDiscontinuityDetectedEventData>,
    ),
    /// `Microsoft.PolicyInsights.PolicyStateChanged`: [`crate::policyinsights::PolicyInsightsPolicyStateChangedEventData`].
    #[cfg(feature = "policyinsights")]
    PolicyInsightsPolicyStateChanged(
        Box<crate::policyinsights::PolicyInsightsPolicyStateChangedEventData>,
    ),
    /// `Microsoft.PolicyInsights.PolicyStateCreated`: [`crate::policyinsights::PolicyInsightsPolicyStateCreatedEventData`].
    #[cfg(feature = "policyinsights")]
    PolicyInsightsPolicyStateCreated(
        Box<crate::policyinsights::PolicyInsightsPolicyStateCreatedEventData>,
    ),
    /// `Microsoft.PolicyInsights.PolicyStateDeleted`: [`crate::policyinsights::PolicyInsightsPolicyStateDeletedEventData`].
    #[cfg(feature = "policyinsights")]
    PolicyInsightsPolicyStateDeleted(
        Box<crate::policyinsights::PolicyInsightsPolicyStateDeletedEventData>,
    ),
    /// `Microsoft.ResourceNotifications.ContainerServiceEventResources.ScheduledEventEmitted`: [`crate::resourcenotifications::ResourceNotificationsContainerServiceEventResourcesScheduledEventData`].
    #[cfg(feature = "resourcenotifications")]
    ResourceNotificationsContainerServiceEventResourcesScheduledEventEmitted(
        Box<
            crate::resourcenotifications::ResourceNotificationsContainerServiceEventResourcesScheduledEventData,
        >,
    ),
    /// `Microsoft.ResourceNotifications.HealthResources.AvailabilityStatusChanged`: [`crate::resourcenotifications::ResourceNotificationsHealthResourcesAvailabilityStatusChangedEventData`].
    #[cfg(feature = "resourcenotifications")]
    ResourceNotificationsHealthResourcesAvailabilityStatusChanged(
        Box<
            crate::resourcenotifications::ResourceNotificationsHealthResourcesAvailabilityStatusChangedEventData,
        >,
    ),
    /// `Microsoft.ResourceNotifications.HealthResources.ResourceAnnotated`: [`crate::resourcenotifications::ResourceNotificationsHealthResourcesAnnotatedEventData`].
    #[cfg(feature = "resourcenotifications")]
    ResourceNotificationsHealthResourcesResourceAnnotated(
        Box<
            crate::resourcenotifications::ResourceNotificationsHealthResourcesAnnotatedEventData,
        >,
    ),
    /// `Microsoft.ResourceNotifications.Resources.CreatedOrUpdated`: [`crate::resourcenotifications::ResourceNotificationsResourceManagementCreatedOrUpdatedEventData`].
    #[cfg(feature = "resourcenotifications")]
    ResourceNotificationsResourcesCreatedOrUpdated(
        Box<
            crate::resourcenotifications::ResourceNotificationsResourceManagementCreatedOrUpdatedEventData,
        >,
    ),
    /// `Microsoft.ResourceNotifications.Resources.Deleted`: [`crate::resourcenotifications::ResourceNotificationsResourceManagementDeletedEventData`].
    #[cfg(feature = "resourcenotifications")]
    ResourceNotificationsResourcesDeleted(
        Box<
            crate::resourcenotifications::ResourceNotificationsResourceManagementDeletedEventData,
        >,
    ),
    /// `Microsoft.Resources.ResourceActionCancel`: [`crate::resources::ResourceActionCancelEventData`].
    #[cfg(feature = "resources")]
    ResourcesResourceActionCancel(Box<crate::resources::ResourceActionCancelEventData>),
    /// `Microsoft.Resources.ResourceActionFailure`: [`crate::resources::ResourceActionFailureEventData`].
    #[cfg(feature = "resources")]
    ResourcesResourceActionFailure(
        Box<crate::resources::ResourceActionFailureEventData>,
    ),
    /// `Microsoft.Resources.ResourceActionSuccess`: [`crate::resources::ResourceActionSuccessEventData`].
    #[cfg(feature = "resources")]
    ResourcesResourceActionSuccess(
        Box<crate::resources::ResourceActionSuccessEventData>,
    ),
    /// `Microsoft.Resources.ResourceDeleteCancel`: [`crate::resources::ResourceDeleteCancelEventData`].
    #[cfg(feature = "resources")]
    ResourcesResourceDeleteCancel(Box<crate::resources::ResourceDeleteCancelEventData>),
    /// `Microsoft.Resources.ResourceDeleteFailure`: [`crate::resources::ResourceDeleteFailureEventData`].
    #[cfg(feature = "resources")]
    ResourcesResourceDeleteFailure(
        Box<crate::resources::ResourceDeleteFailureEventData>,
    ),
    /// `Microsoft.Resources.ResourceDeleteSuccess`: [`crate::resources::ResourceDeleteSuccessEventData`].
    #[cfg(feature = "resources")]
    ResourcesResourceDeleteSuccess(
        Box<crate::resources::ResourceDeleteSuccessEventData>,
    ),
    /// `Microsoft.Resources.ResourceWriteCancel`: [`crate::resources::ResourceWriteCancelEventData`].
    #[cfg(feature = "resources")]
    ResourcesResourceWriteCancel(Box<crate::resources::ResourceWriteCancelEventData>),
    /// `Microsoft.Resources.ResourceWriteFailure`: [`crate::resources::ResourceWriteFailureEventData`].
    #[cfg(feature = "resources")]
    ResourcesResourceWriteFailure(Box<crate::resources::ResourceWriteFailureEventData>),
    /// `Microsoft.Resources.ResourceWriteSuccess`: [`crate::resources::ResourceWriteSuccessEventData`].
    #[cfg(feature = "resources")]
    ResourcesResourceWriteSuccess(Box<crate::resources::ResourceWriteSuccessEventData>),
    /// `Microsoft.ServiceBus.ActiveMessagesAvailablePeriodicNotifications`: [`crate::servicebus::ServiceBusActiveMessagesAvailablePeriodicNotificationsEventData`].
    #[cfg(feature = "servicebus")]
    ServiceBusActiveMessagesAvailablePeriodicNotifications(
        Box<
            crate::servicebus::ServiceBusActiveMessagesAvailablePeriodicNotificationsEventData,
        >,
    ),
    /// `Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners`: [`crate::servicebus::ServiceBusActiveMessagesAvailableWithNoListenersEventData`].
    #[cfg(feature = "servicebus")]
    ServiceBusActiveMessagesAvailableWithNoListeners(
        Box<crate::servicebus::ServiceBusActiveMessagesAvailableWithNoListenersEventData>,
    ),
    /// `Microsoft.ServiceBus.DeadletterMessagesAvailablePeriodicNotifications`: [`crate::servicebus::ServiceBusDeadletterMessagesAvailablePeriodicNotificationsEventData`].
    #[cfg(feature = "servicebus")]
    ServiceBusDeadletterMessagesAvailablePeriodicNotifications(
        Box<
            crate::servicebus::ServiceBusDeadletterMessagesAvailablePeriodicNotificationsEventData,
        >,
    ),
    /// `Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners`: [`crate::servicebus::ServiceBusDeadletterMessagesAvailableWithNoListenersEventData`].
    #[cfg(feature = "servicebus")]
    ServiceBusDeadletterMessagesAvailableWithNoListeners(
        Box<
            crate::servicebus::ServiceBusDeadletterMessagesAvailableWithNoListenersEventData,
        >,
    ),
    /// `Microsoft.SignalRService.ClientConnectionConnected`: [`crate::signalrservice::SignalRServiceClientConnectionConnectedEventData`].
    #[cfg(feature = "signalrservice")]
    SignalRServiceClientConnectionConnected(
        Box<crate::signalrservice::SignalRServiceClientConnectionConnectedEventData>,
    ),
    /// `Microsoft.SignalRService.ClientConnectionDisconnected`: [`crate::signalrservice::SignalRServiceClientConnectionDisconnectedEventData`].
    #[cfg(feature = "signalrservice")]
    SignalRServiceClientConnectionDisconnected(
        Box<crate::signalrservice::SignalRServiceClientConnectionDisconnectedEventData>,
    ),
    /// `Microsoft.Storage.AsyncOperationInitiated`: [`crate::storage::StorageAsyncOperationInitiatedEventData`].
    #[cfg(feature = "storage")]
    StorageAsyncOperationInitiated(
        Box<crate::storage::StorageAsyncOperationInitiatedEventData>,
    ),
    /// `Microsoft.Storage.BlobCreated`: [`crate::storage::StorageBlobCreatedEventData`].
    #[cfg(feature = "storage")]
    StorageBlobCreated(Box<crate::storage::StorageBlobCreatedEventData>),
    /// `Microsoft.Storage.BlobDeleted`: [`crate::storage::StorageBlobDeletedEventData`].
    #[cfg(feature = "storage")]
    StorageBlobDeleted(Box<crate::storage::StorageBlobDeletedEventData>),
    /// `Microsoft.Storage.BlobInventoryPolicyCompleted`: [`crate::storage::StorageBlobInventoryPolicyCompletedEventData`].
    #[cfg(feature = "storage")]
    StorageBlobInventoryPolicyCompleted(
        Box<crate::storage::StorageBlobInventoryPolicyCompletedEventData>,
    ),
    /// `Microsoft.Storage.BlobRenamed`: [`crate::storage::StorageBlobRenamedEventData`].
    #[cfg(feature = "storage")]
    StorageBlobRenamed(Box<crate::storage::StorageBlobRenamedEventData>),
    /// `Microsoft.Storage.BlobTierChanged`: [`crate::storage::StorageBlobTierChangedEventData`].
    #[cfg(feature = "storage")]
    StorageBlobTierChanged(Box<crate::storage::StorageBlobTierChangedEventData>),
    /// `Microsoft.Storage.DirectoryCreated`: [`crate::storage::StorageDirectoryCreatedEventData`].
    #[cfg(feature = "storage")]
    StorageDirectoryCreated(Box<crate::storage::StorageDirectoryCreatedEventData>),
    /// `Microsoft.Storage.DirectoryDeleted`: [`crate::storage::StorageDirectoryDeletedEventData`].
    #[cfg(feature = "storage")]
    StorageDirectoryDeleted(Box<crate::storage::StorageDirectoryDeletedEventData>),
    /// `Microsoft.Storage.DirectoryRenamed`: [`crate::storage::StorageDirectoryRenamedEventData`].
    #[cfg(feature = "storage")]
    StorageDirectoryRenamed(Box<crate::storage::StorageDirectoryRenamedEventData>),
    /// `Microsoft.Storage.LifecyclePolicyCompleted`: [`crate::storage::StorageLifecyclePolicyCompletedEventData`].
    #[cfg(feature = "storage")]
    StorageLifecyclePolicyCompleted(
        Box<crate::storage::StorageLifecyclePolicyCompletedEventData>,
    ),
    /// `Microsoft.Storage.StorageTaskAssignmentCompleted`: [`crate::storage::StorageTaskAssignmentCompletedEventData`].
    #[cfg(feature = "storage")]
    StorageStorageTaskAssignmentCompleted(
        Box<crate::storage::StorageTaskAssignmentCompletedEventData>,
    ),
    /// `Microsoft.Storage.StorageTaskAssignmentQueued`: [`crate::storage::StorageTaskAssignmentQueuedEventData`].
    #[cfg(feature = "storage")]
    StorageStorageTaskAssignmentQueued(
        Box<crate::storage::StorageTaskAssignmentQueuedEventData>,
    ),
    /// `Microsoft.Storage.StorageTaskCompleted`: [`crate::storage::StorageTaskCompletedEventData`].
    #[cfg(feature = "storage")]
    StorageStorageTaskCompleted(Box<crate::storage::StorageTaskCompletedEventData>),
    /// `Microsoft.Storage.StorageTaskQueued`: [`crate::storage::StorageTaskQueuedEventData`].
    #[cfg(feature = "storage")]
    StorageStorageTaskQueued(Box<crate::storage::StorageTaskQueuedEventData>),
    /// `Microsoft.Web.AppServicePlanUpdated`: [`crate::web::WebAppServicePlanUpdatedEventData`].
    #[cfg(feature = "web")]
    WebAppServicePlanUpdated(Box<crate::web::WebAppServicePlanUpdatedEventData>),
    /// `Microsoft.Web.AppUpdated`: [`crate::web::WebAppUpdatedEventData`].
    #[cfg(feature = "web")]
    WebAppUpdated(Box<crate::web::WebAppUpdatedEventData>),
    /// `Microsoft.Web.BackupOperationCompleted`: [`crate::web::WebBackupOperationCompletedEventData`].
    #[cfg(feature = "web")]
    WebBackupOperationCompleted(Box<crate::web::WebBackupOperationCompletedEventData>),
    /// `Microsoft.Web.BackupOperationFailed`: [`crate::web::WebBackupOperationFailedEventData`].
    #[cfg(feature = "web")]
    WebBackupOperationFailed(Box<crate::web::WebBackupOperationFailedEventData>),
    /// `Microsoft.Web.BackupOperationStarted`: [`crate::web::WebBackupOperationStartedEventData`].
    #[cfg(feature = "web")]
    WebBackupOperationStarted(Box<crate::web::WebBackupOperationStartedEventData>),
    /// `Microsoft.Web.RestoreOperationCompleted`: [`crate::web::WebRestoreOperationCompletedEventData`].
    #[cfg(feature = "web")]
    WebRestoreOperationCompleted(Box<crate::web::WebRestoreOperationCompletedEventData>),
    /// `Microsoft.Web.RestoreOperationFailed`: [`crate::web::WebRestoreOperationFailedEventData`].
    #[cfg(feature = "web")]
    WebRestoreOperationFailed(Box<crate::web::WebRestoreOperationFailedEventData>),
    /// `Microsoft.Web.RestoreOperationStarted`: [`crate::web::WebRestoreOperationStartedEventData`].
    #[cfg(feature = "web")]
    WebRestoreOperationStarted(Box<crate::web::WebRestoreOperationStartedEventData>),
    /// `Microsoft.Web.SlotSwapCompleted`: [`crate::web::WebSlotSwapCompletedEventData`].
    #[cfg(feature = "web")]
    WebSlotSwapCompleted(Box<crate::web::WebSlotSwapCompletedEventData>),
    /// `Microsoft.Web.SlotSwapFailed`: [`crate::web::WebSlotSwapFailedEventData`].
    #[cfg(feature = "web")]
    WebSlotSwapFailed(Box<crate::web::WebSlotSwapFailedEventData>),
    /// `Microsoft.Web.SlotSwapStarted`: [`crate::web::WebSlotSwapStartedEventData`].
    #[cfg(feature = "web")]
    WebSlotSwapStarted(Box<crate::web::WebSlotSwapStartedEventData>),
    /// `Microsoft.Web.SlotSwapWithPreviewCancelled`: [`crate::web::WebSlotSwapWithPreviewCancelledEventData`].
    #[cfg(feature = "web")]
    WebSlotSwapWithPreviewCancelled(
        Box<crate::web::WebSlotSwapWithPreviewCancelledEventData>,
    ),
    /// `Microsoft.Web.SlotSwapWithPreviewStarted`: [`crate::web::WebSlotSwapWithPreviewStartedEventData`].
    #[cfg(feature = "web")]
    WebSlotSwapWithPreviewStarted(
        Box<crate::web::WebSlotSwapWithPreviewStartedEventData>,
    ),
    /// A type without a typed payload in this build, with its data kept as received.
    Unknown(crate::__private::UnknownEvent),
}
/// Every event type with a payload schema; its index is the number
/// `SystemEvent::dispatch` matches on (types of disabled namespaces have no arm).
static DISPATCH_NAMES: [&str; 231] = [
    "Microsoft.ApiCenter.ApiDefinitionAdded",
    "Microsoft.ApiCenter.ApiDefinitionUpdated",
    "Microsoft.ApiManagement.APICreated",
    "Microsoft.ApiManagement.APIDeleted",
    "Microsoft.ApiManagement.APIReleaseCreated",
    "Microsoft.ApiManagement.APIReleaseDeleted",
    "Microsoft.ApiManagement.APIReleaseUpdated",
    "Microsoft.ApiManagement.APIUpdated",
    "Microsoft.ApiManagement.CircuitBreaker.Closed",
    "Microsoft.ApiManagement.CircuitBreaker.Opened",
    "Microsoft.ApiManagement.GatewayAPIAdded",
    "Microsoft.ApiManagement.GatewayAPIRemoved",
    "Microsoft.ApiManagement.GatewayCertificateAuthorityCreated",
    "Microsoft.ApiManagement.GatewayCertificateAuthorityDeleted",
    "Microsoft.ApiManagement.GatewayCertificateAuthorityUpdated",
    "Microsoft.ApiManagement.GatewayCreated",
    "Microsoft.ApiManagement.GatewayDeleted",
    "Microsoft.ApiManagement.GatewayHostnameConfigurationCreated",
    "Microsoft.ApiManagement.GatewayHostnameConfigurationDeleted",
    "Microsoft.ApiManagement.GatewayHostnameConfigurationUpdated",
    "Microsoft.ApiManagement.GatewayTokenExpired",
    "Microsoft.ApiManagement.GatewayTokenNearExpiry",
    "Microsoft.ApiManagement.GatewayUpdated",
    "Microsoft.ApiManagement.ProductCreated",
    "Microsoft.ApiManagement.ProductDeleted",
    "Microsoft.ApiManagement.ProductUpdated",
    "Microsoft.ApiManagement.SubscriptionCreated",
    "Microsoft.ApiManagement.SubscriptionDeleted",
    "Microsoft.ApiManagement.SubscriptionUpdated",
    "Microsoft.ApiManagement.UserCreated",
    "Microsoft.ApiManagement.UserDeleted",
    "Microsoft.ApiManagement.UserUpdated",
    "Microsoft.AppConfiguration.KeyValueDeleted",
    "Microsoft.AppConfiguration.KeyValueModified",
    "Microsoft.AppConfiguration.SnapshotCreated",
    "Microsoft.AppConfiguration.SnapshotModified",
    "Microsoft.AVS.ClusterCreated",
    "Microsoft.AVS.ClusterDeleted",
    "Microsoft.AVS.ClusterFailed",
    "Microsoft.AVS.ClusterUpdated",
    "Microsoft.AVS.ClusterUpdating",
    "Microsoft.AVS.PrivateCloudFailed",
    "Microsoft.AVS.PrivateCloudUpdated",
    "Microsoft.AVS.PrivateCloudUpdating",
    "Microsoft.AVS.ScriptExecutionCancelled",
    "Microsoft.AVS.ScriptExecutionFailed",
    "Microsoft.AVS.ScriptExecutionFinished",
    "Microsoft.AVS.ScriptExecutionStarted",
    "Microsoft.Cache.ExportRDBCompleted",
    "Microsoft.Cache.ImportRDBCompleted",
    "Microsoft.Cache.PatchingCompleted",
    "Microsoft.Cache.ScalingCompleted",
    "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated",
    "Microsoft.Communication.AdvancedMessageReceived",
    "Microsoft.Communication.CallEnded",
    "Microsoft.Communication.CallParticipantAdded",
    "Microsoft.Communication.CallParticipantRemoved",
    "Microsoft.Communication.CallStarted",
    "Microsoft.Communication.ChatAzureBotCommandReceivedInThread",
    "Microsoft.Communication.ChatMessageDeleted",
    "Microsoft.Communication.ChatMessageDeletedInThread",
    "Microsoft.Communication.ChatMessageEdited",
    "Microsoft.Communication.ChatMessageEditedInThread",
    "Microsoft.Communication.ChatMessageReceived",
    "Microsoft.Communication.ChatMessageReceivedInThread",
    "Microsoft.Communication.ChatParticipantAddedToThreadWithUser",
    "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser",
    "Microsoft.Communication.ChatThreadCreated",
    "Microsoft.Communication.ChatThreadCreatedWithUser",
    "Microsoft.Communication.ChatThreadDeleted",
    "Microsoft.Communication.ChatThreadParticipantAdded",
    "Microsoft.Communication.ChatThreadParticipantRemoved",
    "Microsoft.Communication.ChatThreadPropertiesUpdated",
    "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser",
    "Microsoft.Communication.ChatThreadWithUserDeleted",
    "Microsoft.Communication.ChatTypingIndicatorReceivedInThread",
    "Microsoft.Communication.EmailDeliveryReportReceived",
    "Microsoft.Communication.EmailEngagementTrackingReportReceived",
    "Microsoft.Communication.IncomingCall",
    "Microsoft.Communication.RecordingFileStatusUpdated",
    "Microsoft.Communication.RouterJobCancelled",
    "Microsoft.Communication.RouterJobClassificationFailed",
    "Microsoft.Communication.RouterJobClassified",
    "Microsoft.Communication.RouterJobClosed",
    "Microsoft.Communication.RouterJobCompleted",
    "Microsoft.Communication.RouterJobDeleted",
    "Microsoft.Communication.RouterJobExceptionTriggered",
    "Microsoft.Communication.RouterJobQueued",
    "Microsoft.Communication.RouterJobReceived",
    "Microsoft.Communication.RouterJobSchedulingFailed",
    "Microsoft.Communication.RouterJobUnassigned",
    "Microsoft.Communication.RouterJobWaitingForActivation",
    "Microsoft.Communication.RouterJobWorkerSelectorsExpired",
    "Microsoft.Communication.RouterWorkerDeleted",
    "Microsoft.Communication.RouterWorkerDeregistered",
    "Microsoft.Communication.RouterWorkerOfferAccepted",
    "Microsoft.Communication.RouterWorkerOfferDeclined",
    "Microsoft.Communication.RouterWorkerOfferExpired",
    "Microsoft.Communication.RouterWorkerOfferIssued",
    "Microsoft.Communication.RouterWorkerOfferRevoked",
    "Microsoft.Communication.RouterWorkerRegistered",
    "Microsoft.Communication.RouterWorkerUpdated",
    "Microsoft.Communication.SMSDeliveryReportReceived",
    "Microsoft.Communication.SMSReceived",
    "Microsoft.Communication.UserDisconnected",
    "Microsoft.Compute.VirtualMachineScaleSets.LifecycleHookEvents",
    "Microsoft.ContainerRegistry.ChartDeleted",
    "Microsoft.ContainerRegistry.ChartPushed",
    "Microsoft.ContainerRegistry.ImageDeleted",
    "Microsoft.ContainerRegistry.ImagePushed",
    "Microsoft.ContainerService.ClusterSupportEnded",
    "Microsoft.ContainerService.ClusterSupportEnding",
    "Microsoft.ContainerService.NewKubernetesVersionAvailable",
    "Microsoft.ContainerService.NodePoolRollingFailed",
    "Microsoft.ContainerService.NodePoolRollingStarted",
    "Microsoft.ContainerService.NodePoolRollingSucceeded",
    "Microsoft.DataBox.CopyCompleted",
    "Microsoft.DataBox.CopyStarted",
    "Microsoft.DataBox.OrderCompleted",
    "Microsoft.Devices.DeviceConnected",
    "Microsoft.Devices.DeviceCreated",
    "Microsoft.Devices.DeviceDeleted",
    "Microsoft.Devices.DeviceDisconnected",
    "Microsoft.Devices.DeviceTelemetry",
    "Microsoft.Edge.SolutionVersionPublished",
    "Microsoft.EventGrid.MQTTClientCreatedOrUpdated",
    "Microsoft.EventGrid.MQTTClientDeleted",
    "Microsoft.EventGrid.MQTTClientSessionConnected",
    "Microsoft.EventGrid.MQTTClientSessionDisconnected",
    "Microsoft.EventGrid.SubscriptionDeletedEvent",
    "Microsoft.EventGrid.SubscriptionValidationEvent",
    "Microsoft.EventHub.CaptureFileCreated",
    "Microsoft.HealthcareApis.DicomImageCreated",
    "Microsoft.HealthcareApis.DicomImageDeleted",
    "Microsoft.HealthcareApis.DicomImageUpdated",
    "Microsoft.HealthcareApis.FhirResourceCreated",
    "Microsoft.HealthcareApis.FhirResourceDeleted",
    "Microsoft.HealthcareApis.FhirResourceUpdated",
    "Microsoft.KeyVault.CertificateExpired",
    "Microsoft.KeyVault.CertificateNearExpiry",
    "Microsoft.KeyVault.CertificateNewVersionCreated",
    "Microsoft.KeyVault.KeyExpired",
    "Microsoft.KeyVault.KeyNearExpiry",
    "Microsoft.KeyVault.KeyNewVersionCreated",
    "Microsoft.KeyVault.SecretExpired",
    "Microsoft.KeyVault.SecretNearExpiry",
    "Microsoft.KeyVault.SecretNewVersionCreated",
    "Microsoft.KeyVault.VaultAccessPolicyChanged",
    "Microsoft.MachineLearningServices.DatasetDriftDetected",
    "Microsoft.MachineLearningServices.ModelDeployed",
    "Microsoft.MachineLearningServices.ModelRegistered",
    "Microsoft.MachineLearningServices.RunCompleted",
    "Microsoft.MachineLearningServices.RunStatusChanged",
    "Microsoft.Maps.GeofenceEntered",
    "Microsoft.Maps.GeofenceExited",
    "Microsoft.Maps.GeofenceResult",
    "Microsoft.Media.JobCanceled",
    "Microsoft.Media.JobCanceling",
    "Microsoft.Media.JobErrored",
    "Microsoft.Media.JobFinished",
    "Microsoft.Media.JobOutputCanceled",
    "Microsoft.Media.JobOutputCanceling",
    "Microsoft.Media.JobOutputErrored",
    "Microsoft.Media.JobOutputFinished",
    "Microsoft.Media.JobOutputProcessing",
    "Microsoft.Media.JobOutputProgress",
    "Microsoft.Media.JobOutputScheduled",
    "Microsoft.Media.JobOutputStateChange",
    "Microsoft.Media.JobProcessing",
    "Microsoft.Media.JobScheduled",
    "Microsoft.Media.JobStateChange",
    "Microsoft.Media.LiveEventChannelArchiveHeartbeat",
    "Microsoft.Media.LiveEventConnectionRejected",
    "Microsoft.Media.LiveEventEncoderConnected",
    "Microsoft.Media.LiveEventEncoderDisconnected",
    "Microsoft.Media.LiveEventIncomingDataChunkDropped",
    "Microsoft.Media.LiveEventIncomingStreamReceived",
    "Microsoft.Media.LiveEventIncomingStreamsOutOfSync",
    "Microsoft.Media.LiveEventIncomingVideoStreamsOutOfSync",
    "Microsoft.Media.LiveEventIngestHeartbeat",
    "Microsoft.Media.LiveEventTrackDiscontinuityDetected",
    "Microsoft.PolicyInsights.PolicyStateChanged",
    "Microsoft.PolicyInsights.PolicyStateCreated",
    "Microsoft.PolicyInsights.PolicyStateDeleted",
    "Microsoft.ResourceNotifications.ContainerServiceEventResources.ScheduledEventEmitted",
    "Microsoft.ResourceNotifications.HealthResources.AvailabilityStatusChanged",
    "Microsoft.ResourceNotifications.HealthResources.ResourceAnnotated",
    "Microsoft.ResourceNotifications.Resources.CreatedOrUpdated",
    "Microsoft.ResourceNotifications.Resources.Deleted",
    "Microsoft.Resources.ResourceActionCancel",
    "Microsoft.Resources.ResourceActionFailure",
    "Microsoft.Resources.ResourceActionSuccess",
    "Microsoft.Resources.ResourceDeleteCancel",
    "Microsoft.Resources.ResourceDeleteFailure",
    "Microsoft.Resources.ResourceDeleteSuccess",
    "Microsoft.Resources.ResourceWriteCancel",
    "Microsoft.Resources.ResourceWriteFailure",
    "Microsoft.Resources.ResourceWriteSuccess",
    "Microsoft.ServiceBus.ActiveMessagesAvailablePeriodicNotifications",
    "Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners",
    "Microsoft.ServiceBus.DeadletterMessagesAvailablePeriodicNotifications",
    "Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners",
    "Microsoft.SignalRService.ClientConnectionConnected",
    "Microsoft.SignalRService.ClientConnectionDisconnected",
    "Microsoft.Storage.AsyncOperationInitiated",
    "Microsoft.Storage.BlobCreated",
    "Microsoft.Storage.BlobDeleted",
    "Microsoft.Storage.BlobInventoryPolicyCompleted",
    "Microsoft.Storage.BlobRenamed",
    "Microsoft.Storage.BlobTierChanged",
    "Microsoft.Storage.DirectoryCreated",
    "Microsoft.Storage.DirectoryDeleted",
    "Microsoft.Storage.DirectoryRenamed",
    "Microsoft.Storage.LifecyclePolicyCompleted",
    "Microsoft.Storage.StorageTaskAssignmentCompleted",
    "Microsoft.Storage.StorageTaskAssignmentQueued",
    "Microsoft.Storage.StorageTaskCompleted",
    "Microsoft.Storage.StorageTaskQueued",
    "Microsoft.Web.AppServicePlanUpdated",
    "Microsoft.Web.AppUpdated",
    "Microsoft.Web.BackupOperationCompleted",
    "Microsoft.Web.BackupOperationFailed",
    "Microsoft.Web.BackupOperationStarted",
    "Microsoft.Web.RestoreOperationCompleted",
    "Microsoft.Web.RestoreOperationFailed",
    "Microsoft.Web.RestoreOperationStarted",
    "Microsoft.Web.SlotSwapCompleted",
    "Microsoft.Web.SlotSwapFailed",
    "Microsoft.Web.SlotSwapStarted",
    "Microsoft.Web.SlotSwapWithPreviewCancelled",
    "Microsoft.Web.SlotSwapWithPreviewStarted",
];
/// The `rt::type_hash` of each of [`DISPATCH_NAMES`]: a probe compares it before the name.
static DISPATCH_HASHES: [u64; 231] = [
    0xA751_8B1C_B5B3_74FA, 0x3699_4064_81F1_59B9, 0x02D4_2C00_0D20_F08A,
    0xF44F_D833_B920_F08A, 0x23C4_2C08_C096_869E, 0xF3DC_1301_F496_869E,
    0x1648_7731_C096_869E, 0x07D5_BF29_0D20_F08A, 0x1762_0A3E_032A_E0E0,
    0x94FE_D012_012F_E0E0, 0xEC37_E753_4602_8DD2, 0x3F9B_BD35_72AA_5FB3,
    0x408F_D76D_0B59_D726, 0xD1A8_9537_FF59_D726, 0x80C6_8134_0B59_D726,
    0x60E3_1318_144C_E799, 0x1B08_0B12_104C_E799, 0xF01C_107F_4523_E2DC,
    0x5E0A_773C_C923_E2DC, 0x4308_6A46_4523_E2DC, 0xAC22_3C88_5453_64BA,
    0x4085_D607_F3A2_E20A, 0xC7AB_1E41_144C_E799, 0x773E_8DDF_52FF_9E93,
    0xB3C2_0A03_C6FF_9E93, 0x2B31_F418_52FF_9E93, 0x7393_5ED2_2B72_97CC,
    0x27C3_39A5_3F72_97CC, 0x9736_2D0B_2B72_97CC, 0x28FA_82DF_14DE_1732,
    0x3DD5_6B6C_A0DE_1732, 0xA80F_1918_14DE_1732, 0x28BC_785E_6A3D_8639,
    0x27F3_4975_4D33_2EBA, 0xD87F_E524_A2D8_041B, 0xA92E_9796_EC20_2B85,
    0xC69D_EAAC_FEAC_263F, 0xB5EB_0760_42AC_263F, 0x6F71_7826_176A_2295,
    0xA67B_7DD5_FEAC_263F, 0x8E98_D385_E229_6D18, 0x1D4B_00E6_0D0B_E131,
    0x741D_77D7_CA70_0FC4, 0xE3A6_09E2_F0C3_6497, 0xEE9D_0DD4_59B0_0593,
    0x4F43_B77B_CE0D_6126, 0x57C4_FA9E_A567_7EC9, 0x17C5_83BA_C445_06F5,
    0x718B_7A9C_84D9_9457, 0x718B_7A9C_84D9_9457, 0x5D7D_4633_8B14_A6A6,
    0xEF6D_AC04_B2E9_91F5, 0xF966_ADD9_DCF8_656F, 0x2E0D_2ABB_ECF3_4B7E,
    0x9398_5D3B_9D21_03A6, 0xE838_4773_4477_1F28, 0xFAA0_F528_FD7C_E154,
    0x33DF_931C_9CA1_E3B5, 0x7B63_E670_DD34_6125, 0xC678_A88F_FB2C_94F3,
    0xE62B_7957_F1EE_1B5E, 0x648F_1FE8_D03D_26E8, 0xBBAB_4FDB_AE19_300F,
    0x88D7_E3B0_8C46_F8BA, 0x65CE_7487_9E8D_06AD, 0x894C_A357_4F29_3636,
    0x47BD_7746_3D4C_004A, 0x725B_43A1_0012_68E8, 0x7C71_CB60_0F1D_C849,
    0xFF82_9559_9412_68E8, 0x37A8_0726_777E_939A, 0x959B_C38C_8BCE_126A,
    0xFB80_F6CC_3680_7A22, 0x01EF_88D4_0E3C_E2BF, 0xE096_5785_7082_F584,
    0x7B63_E670_DD34_6125, 0xCC3E_3D6C_5E2D_3AFD, 0xE0A3_0BCF_EC7E_6C13,
    0xE079_CF75_E0A3_83BD, 0x45F1_5932_0A9D_43C1, 0xB9DC_F8CC_C97F_39DF,
    0x3909_37E8_B1C4_82D4, 0xFAC0_FE61_C80C_833D, 0xC02C_7592_D433_437F,
    0x0C1E_56B4_91C7_39DF, 0x3E01_1E89_7E30_D4B9, 0x45CA_3E5A_4EBE_8EFD,
    0x9622_E809_1FA1_437F, 0x7988_4893_81F1_03C9, 0x4A98_C42E_0F0D_BD98,
    0x7727_CCFD_E926_FB67, 0x5930_F0D8_7EA1_8F6C, 0x9F07_2F10_76EE_51A7,
    0x11BB_ACB2_1A92_64BA, 0x3EB2_943E_25E4_25D3, 0x8FD5_6D9D_01BC_4B81,
    0xBE6C_8C58_748A_4B81, 0x50A0_A4B1_CBF5_61D3, 0x8292_D3D5_CC87_4B5B,
    0x9AD6_B922_E956_61D3, 0x9DD9_85E3_FC83_3FCD, 0x35F6_22E1_E692_64BA,
    0x46D8_E0F2_0E83_645F, 0xDE0F_F820_6229_CE78, 0x8C23_BB1B_18BC_FB7D,
    0xC2F2_3FB1_3721_3213, 0x592D_8E92_1C6E_0EAA, 0xF6EC_CD81_A9B3_474A,
    0x103B_6C20_37B8_6B91, 0x7A1F_2C79_4222_AA4A, 0x9822_9F55_D2BD_8EC6,
    0x3ED0_EE00_2BC9_A555, 0x0313_53E0_5D7E_1810, 0xFAE4_1966_4923_A8E7,
    0x4C09_EEC8_CDFE_687D, 0x9E04_633C_CF76_DD68, 0x7A67_6461_EC7D_E5FC,
    0x7682_54EB_ED23_DD67, 0x4E16_9BA5_C8DA_9AF5, 0xC145_F400_B829_ACA6,
    0x838C_7182_FAFF_75FC, 0x687F_3BD4_D6FF_75FC, 0x02E0_52F7_F6B8_0331,
    0xBA2E_672E_CCA5_782C, 0x4F46_0BEE_A31C_AD9D, 0x5B89_8EAE_B3FF_EADF,
    0xB4EE_E6B9_25AB_B4C9, 0x60D2_809D_EBD0_AB1B, 0x4DD3_A018_B240_B5B6,
    0x4F20_625A_15AC_BF9F, 0x08AB_4D10_3905_1031, 0xDE2B_49F5_2125_D253,
    0x167B_67C4_CC0E_94F3, 0x96E8_E142_E80E_94F3, 0xFC99_E49B_CC0E_94F3,
    0x2158_F1C0_D116_EDB9, 0x5A72_607A_0516_EDB9, 0xF6BA_B4E9_D116_EDB9,
    0xACC2_2C82_9D5A_71AB, 0x6856_BBBA_1852_5E30, 0x2DAD_7552_4A77_EA90,
    0xD78C_4193_5244_2BF0, 0x8AAB_770D_B285_B8A8, 0x4342_E73B_891F_4508,
    0x7B6A_7C17_ABC7_70E3, 0xDD02_B966_1461_7A95, 0xFB2A_DC84_11A0_831B,
    0xE157_3DFA_90EE_E790, 0x8F86_4238_D7C2_38EA, 0x90A4_832B_2A8A_E279,
    0x6532_F5C6_0A94_3A84, 0xB8FA_2CD9_77EE_AB1B, 0xE78F_6AC8_5C54_43C1,
    0xA065_5C89_6FC4_8C4B, 0x1965_3128_2E93_5A51, 0x8BB7_2139_6780_9AE1,
    0xD6AD_362F_1B56_783B, 0x5337_4759_BB97_8A94, 0x43FD_F9DE_FE34_DF4B,
    0x6205_7516_D1FA_783B, 0x962A_76B5_EBBE_A06F, 0xA27D_374C_7284_4A8E,
    0xA0D5_3916_E1D0_B613, 0x4779_6203_591A_A06F, 0xBA35_BC26_09E0_AC8A,
    0x054A_846C_46B7_89E2, 0x4869_444B_ED11_92C7, 0x9000_9345_DF84_F3D4,
    0x20B8_70D8_6EBB_3818, 0xDF7F_92FA_80DA_F8F9, 0x08CB_B980_1938_BB0A,
    0xDCAE_0CE4_5AC1_D954, 0xD599_DAEE_5D75_5567, 0xA1AC_32A1_B45E_552E,
    0xD4C5_740F_B810_A8B9, 0x0C3F_3509_F7BC_2C7D, 0xB3DE_DEAA_27F8_D286,
    0xBF00_973F_67C6_A3EF, 0x8C7D_FE71_2EEF_3C7A, 0xD7CB_C306_02EB_7ECC,
    0x3FC4_F537_19A8_3286, 0x07DE_BC17_FF95_F585, 0x75E4_AE4E_7F00_F585,
    0x3A8A_2498_4300_F585, 0x5531_C884_E66C_40CA, 0xA267_E00B_33A4_9EAC,
    0x7FB9_B0C3_7C5A_4C10, 0x3B29_63D0_D604_E32B, 0xE3C2_61F1_8C4B_4206,
    0xE90A_8F7C_C84B_5217, 0xE98C_0B35_C5AE_CEA1, 0x54E6_EE49_8FF8_0BE7,
    0x8B50_853F_1A77_6EA3, 0x2FF7_752E_1AEC_C970, 0x0D13_FCCE_118A_7F6A,
    0xD81E_042A_B9CE_7E2A, 0xE7FE_32E9_7FE9_A0BF, 0xFDDC_26CB_A6B0_DEB9,
    0x7DF8_1703_9FCA_F37C, 0xD6CC_46EF_AA7A_F784, 0x732D_5E0F_0077_4640,
    0xCC01_8DFB_0B27_4A48, 0x576C_CAC9_0DD5_A367, 0x9D9E_590D_5194_62F2,
    0x161D_E19B_3271_1210, 0xB121_50C4_27A4_CF5E, 0x5EA6_AEE2_43A4_CF5E,
    0x933A_84C2_BD1F_F01B, 0x3B23_09D6_23C3_CF5E, 0x12AD_5DED_7ABA_EE94,
    0x572E_D611_0B49_C884, 0x8F4D_F849_0749_C884, 0x9B2C_9E83_A9C8_C884,
    0x6C6F_CBCE_1DCC_42DF, 0xB9C6_CA1B_806F_9805, 0x9CF1_6326_A082_92E0,
    0xDBC1_651B_7FF5_1493, 0x532B_4D0A_BBD8_5E0E, 0xF9BE_8219_7ED1_060E,
    0x6D62_48E5_1F6D_2954, 0x5C38_950B_1878_0593, 0xE795_2C04_5869_6126,
    0xFD12_ACCA_1045_06F5, 0x9985_E6CD_F0A3_1A44, 0x48AD_36BB_CFE8_2313,
    0x3A5F_FE8C_E870_1BA6, 0x1C19_27E6_07F6_12FC, 0xE9C3_74CF_2A5B_DAD5,
    0x6C15_0D09_F0CA_3514, 0xD350_13FA_8F05_90DF, 0x83B7_AD07_597F_7F6B,
];
/// Open addressing over [`DISPATCH_NAMES`] by `rt::type_hash`: index + 1, 0 when empty.
static DISPATCH_SLOTS: [u16; 512] = [
    0u16, 0u16, 0u16, 74u16, 0u16, 3u16, 113u16, 123u16, 0u16, 0u16, 166u16, 0u16, 0u16,
    0u16, 0u16, 8u16, 182u16, 131u16, 171u16, 0u16, 0u16, 0u16, 0u16, 0u16, 85u16,
    176u16, 195u16, 0u16, 0u16, 0u16, 0u16, 0u16, 109u16, 0u16, 0u16, 94u16, 0u16,
    210u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 7u16, 133u16, 9u16, 48u16, 205u16, 0u16,
    155u16, 0u16, 0u16, 0u16, 17u16, 0u16, 227u16, 0u16, 42u16, 0u16, 0u16, 0u16, 0u16,
    0u16, 0u16, 169u16, 136u16, 0u16, 0u16, 0u16, 0u16, 5u16, 0u16, 0u16, 0u16, 0u16,
    0u16, 0u16, 0u16, 28u16, 34u16, 30u16, 33u16, 0u16, 0u16, 0u16, 26u16, 0u16, 0u16,
    0u16, 0u16, 141u16, 54u16, 0u16, 0u16, 194u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16,
    0u16, 58u16, 0u16, 0u16, 0u16, 102u16, 0u16, 2u16, 0u16, 71u16, 0u16, 0u16, 82u16,
    0u16, 226u16, 184u16, 188u16, 209u16, 0u16, 0u16, 0u16, 31u16, 86u16, 95u16, 112u16,
    12u16, 181u16, 13u16, 22u16, 0u16, 0u16, 0u16, 20u16, 144u16, 159u16, 0u16, 0u16,
    80u16, 87u16, 103u16, 164u16, 67u16, 167u16, 225u16, 0u16, 0u16, 0u16, 90u16, 0u16,
    0u16, 115u16, 0u16, 0u16, 129u16, 119u16, 0u16, 46u16, 125u16, 130u16, 98u16, 0u16,
    0u16, 0u16, 0u16, 158u16, 218u16, 0u16, 192u16, 185u16, 0u16, 0u16, 0u16, 203u16,
    47u16, 211u16, 0u16, 92u16, 107u16, 137u16, 0u16, 0u16, 126u16, 221u16, 0u16, 51u16,
    0u16, 19u16, 207u16, 0u16, 0u16, 0u16, 16u16, 128u16, 0u16, 160u16, 0u16, 0u16, 0u16,
    0u16, 62u16, 151u16, 65u16, 0u16, 0u16, 0u16, 0u16, 122u16, 140u16, 0u16, 0u16, 0u16,
    0u16, 0u16, 0u16, 214u16, 229u16, 220u16, 0u16, 0u16, 0u16, 39u16, 0u16, 0u16, 0u16,
    0u16, 49u16, 50u16, 68u16, 201u16, 27u16, 43u16, 0u16, 0u16, 183u16, 0u16, 118u16,
    24u16, 91u16, 0u16, 0u16, 0u16, 89u16, 110u16, 117u16, 59u16, 76u16, 69u16, 145u16,
    0u16, 199u16, 0u16, 0u16, 0u16, 187u16, 0u16, 15u16, 0u16, 0u16, 0u16, 99u16, 0u16,
    121u16, 231u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 64u16, 66u16, 0u16,
    0u16, 143u16, 193u16, 156u16, 105u16, 179u16, 0u16, 0u16, 0u16, 41u16, 212u16, 96u16,
    149u16, 150u16, 168u16, 0u16, 0u16, 0u16, 208u16, 55u16, 0u16, 10u16, 0u16, 72u16,
    88u16, 134u16, 29u16, 161u16, 111u16, 0u16, 0u16, 224u16, 0u16, 100u16, 213u16, 0u16,
    0u16, 216u16, 0u16, 101u16, 116u16, 204u16, 93u16, 0u16, 154u16, 163u16, 0u16,
    174u16, 162u16, 186u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 40u16, 0u16, 1u16, 0u16,
    32u16, 0u16, 36u16, 0u16, 0u16, 0u16, 0u16, 0u16, 21u16, 139u16, 0u16, 0u16, 0u16,
    0u16, 0u16, 0u16, 0u16, 0u16, 206u16, 0u16, 0u16, 0u16, 0u16, 25u16, 177u16, 127u16,
    0u16, 38u16, 0u16, 0u16, 0u16, 0u16, 0u16, 152u16, 0u16, 81u16, 124u16, 165u16,
    215u16, 63u16, 0u16, 0u16, 0u16, 0u16, 97u16, 0u16, 178u16, 0u16, 84u16, 0u16,
    120u16, 0u16, 0u16, 106u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 60u16, 37u16, 0u16,
    23u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 77u16, 202u16, 0u16, 0u16,
    0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 0u16, 14u16, 0u16, 0u16, 230u16, 0u16, 0u16,
    175u16, 0u16, 173u16, 0u16, 157u16, 200u16, 142u16, 35u16, 180u16, 196u16, 0u16,
    0u16, 0u16, 0u16, 217u16, 0u16, 172u16, 146u16, 0u16, 104u16, 132u16, 170u16, 0u16,
    79u16, 75u16, 78u16, 148u16, 0u16, 0u16, 0u16, 44u16, 189u16, 0u16, 0u16, 0u16,
    61u16, 0u16, 0u16, 153u16, 56u16, 197u16, 190u16, 191u16, 222u16, 228u16, 0u16, 0u16,
    11u16, 0u16, 0u16, 0u16, 0u16, 45u16, 52u16, 0u16, 18u16, 0u16, 0u16, 0u16, 0u16,
    0u16, 0u16, 6u16, 4u16, 0u16, 0u16, 0u16, 0u16, 108u16, 138u16, 0u16, 0u16, 0u16,
    53u16, 219u16, 0u16, 57u16, 83u16, 73u16, 114u16, 135u16, 147u16, 198u16, 223u16,
    0u16, 0u16, 70u16,
];
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
impl crate::__private::GeneratedEvent for SystemEvent {
    /// With no namespace enabled, `visit` goes unused.
    #[allow(
        unused_variables,
        clippy::match_single_binding,
        unreachable_patterns,
        clippy::needless_pass_by_value
    )]
    fn dispatch<V: crate::__private::Dispatch<Self>>(
        event_type: &str,
        visit: V,
    ) -> Option<V::Output> {
        match crate::__private::variant_number(
            &DISPATCH_NAMES,
            &DISPATCH_HASHES,
            &DISPATCH_SLOTS,
            event_type,
        )? {
            #[cfg(feature = "apicenter")]
            0 => Some(visit.visit(Self::ApiCenterApiDefinitionAdded)),
            #[cfg(feature = "apicenter")]
            1 => Some(visit.visit(Self::ApiCenterApiDefinitionUpdated)),
            #[cfg(feature = "apimanagement")]
            2 => Some(visit.visit(Self::ApiManagementApiCreated)),
            #[cfg(feature = "apimanagement")]
            3 => Some(visit.visit(Self::ApiManagementApiDeleted)),
            #[cfg(feature = "apimanagement")]
            4 => Some(visit.visit(Self::ApiManagementApiReleaseCreated)),
            #[cfg(feature = "apimanagement")]
            5 => Some(visit.visit(Self::ApiManagementApiReleaseDeleted)),
            #[cfg(feature = "apimanagement")]
            6 => Some(visit.visit(Self::ApiManagementApiReleaseUpdated)),
            #[cfg(feature = "apimanagement")]
            7 => Some(visit.visit(Self::ApiManagementApiUpdated)),
            #[cfg(feature = "apimanagement")]
            8 => Some(visit.visit(Self::ApiManagementCircuitBreakerClosed)),
            #[cfg(feature = "apimanagement")]
            9 => Some(visit.visit(Self::ApiManagementCircuitBreakerOpened)),
            #[cfg(feature = "apimanagement")]
            10 => Some(visit.visit(Self::ApiManagementGatewayApiAdded)),
            #[cfg(feature = "apimanagement")]
            11 => Some(visit.visit(Self::ApiManagementGatewayApiRemoved)),
            #[cfg(feature = "apimanagement")]
            12 => {
                Some(visit.visit(Self::ApiManagementGatewayCertificateAuthorityCreated))
            }
            #[cfg(feature = "apimanagement")]
            13 => {
                Some(visit.visit(Self::ApiManagementGatewayCertificateAuthorityDeleted))
            }
            #[cfg(feature = "apimanagement")]
            14 => {
                Some(visit.visit(Self::ApiManagementGatewayCertificateAuthorityUpdated))
            }
            #[cfg(feature = "apimanagement")]
            15 => Some(visit.visit(Self::ApiManagementGatewayCreated)),
            #[cfg(feature = "apimanagement")]
            16 => Some(visit.visit(Self::ApiManagementGatewayDeleted)),
            #[cfg(feature = "apimanagement")]
            17 => {
                Some(visit.visit(Self::ApiManagementGatewayHostnameConfigurationCreated))
            }
            #[cfg(feature = "apimanagement")]
            18 => {
                Some(visit.visit(Self::ApiManagementGatewayHostnameConfigurationDeleted))
            }
            #[cfg(feature = "apimanagement")]
            19 => {
                Some(visit.visit(Self::ApiManagementGatewayHostnameConfigurationUpdated))
            }
            #[cfg(feature = "apimanagement")]
            20 => Some(visit.visit(Self::ApiManagementGatewayTokenExpired)),
            #[cfg(feature = "apimanagement")]
            21 => Some(visit.visit(Self::ApiManagementGatewayTokenNearExpiry)),
            #[cfg(feature = "apimanagement")]
            22 => Some(visit.visit(Self::ApiManagementGatewayUpdated)),
            #[cfg(feature = "apimanagement")]
            23 => Some(visit.visit(Self::ApiManagementProductCreated)),
            #[cfg(feature = "apimanagement")]
            24 => Some(visit.visit(Self::ApiManagementProductDeleted)),
            #[cfg(feature = "apimanagement")]
            25 => Some(visit.visit(Self::ApiManagementProductUpdated)),
            #[cfg(feature = "apimanagement")]
            26 => Some(visit.visit(Self::ApiManagementSubscriptionCreated)),
            #[cfg(feature = "apimanagement")]
            27 => Some(visit.visit(Self::ApiManagementSubscriptionDeleted)),
            #[cfg(feature = "apimanagement")]
            28 => Some(visit.visit(Self::ApiManagementSubscriptionUpdated)),
            #[cfg(feature = "apimanagement")]
            29 => Some(visit.visit(Self::ApiManagementUserCreated)),
            #[cfg(feature = "apimanagement")]
            30 => Some(visit.visit(Self::ApiManagementUserDeleted)),
            #[cfg(feature = "apimanagement")]
            31 => Some(visit.visit(Self::ApiManagementUserUpdated)),
            #[cfg(feature = "appconfiguration")]
            32 => Some(visit.visit(Self::AppConfigurationKeyValueDeleted)),
            #[cfg(feature = "appconfiguration")]
            33 => Some(visit.visit(Self::AppConfigurationKeyValueModified)),
            #[cfg(feature = "appconfiguration")]
            34 => Some(visit.visit(Self::AppConfigurationSnapshotCreated)),
            #[cfg(feature = "appconfiguration")]
            35 => Some(visit.visit(Self::AppConfigurationSnapshotModified)),
            #[cfg(feature = "avs")]
            36 => Some(visit.visit(Self::AvsClusterCreated)),
            #[cfg(feature = "avs")]
            37 => Some(visit.visit(Self::AvsClusterDeleted)),
            #[cfg(feature = "avs")]
            38 => Some(visit.visit(Self::AvsClusterFailed)),
            #[cfg(feature = "avs")]
            39 => Some(visit.visit(Self::AvsClusterUpdated)),
            #[cfg(feature = "avs")]
            40 => Some(visit.visit(Self::AvsClusterUpdating)),
            #[cfg(feature = "avs")]
            41 => Some(visit.visit(Self::AvsPrivateCloudFailed)),
            #[cfg(feature = "avs")]
            42 => Some(visit.visit(Self::AvsPrivateCloudUpdated)),
            #[cfg(feature = "avs")]
            43 => Some(visit.visit(Self::AvsPrivateCloudUpdating)),
            #[cfg(feature = "avs")]
            44 => Some(visit.visit(Self::AvsScriptExecutionCancelled)),
            #[cfg(feature = "avs")]
            45 => Some(visit.visit(Self::AvsScriptExecutionFailed)),
            #[cfg(feature = "avs")]
            46 => Some(visit.visit(Self::AvsScriptExecutionFinished)),
            #[cfg(feature = "avs")]
            47 => Some(visit.visit(Self::AvsScriptExecutionStarted)),
            #[cfg(feature = "cache")]
            48 => Some(visit.visit(Self::CacheExportRdbCompleted)),
            #[cfg(feature = "cache")]
            49 => Some(visit.visit(Self::CacheImportRdbCompleted)),
            #[cfg(feature = "cache")]
            50 => Some(visit.visit(Self::CachePatchingCompleted)),
            #[cfg(feature = "cache")]
            51 => Some(visit.visit(Self::CacheScalingCompleted)),
            #[cfg(feature = "communication")]
            52 => {
                Some(
                    visit.visit(Self::CommunicationAdvancedMessageDeliveryStatusUpdated),
                )
            }
            #[cfg(feature = "communication")]
            53 => Some(visit.visit(Self::CommunicationAdvancedMessageReceived)),
            #[cfg(feature = "communication")]
            54 => Some(visit.visit(Self::CommunicationCallEnded)),
            #[cfg(feature = "communication")]
            55 => Some(visit.visit(Self::CommunicationCallParticipantAdded)),
            #[cfg(feature = "communication")]
            56 => Some(visit.visit(Self::CommunicationCallParticipantRemoved)),
            #[cfg(feature = "communication")]
            57 => Some(visit.visit(Self::CommunicationCallStarted)),
            #[cfg(feature = "communication")]
            58 => {
                Some(visit.visit(Self::CommunicationChatAzureBotCommandReceivedInThread))
            }
            #[cfg(feature = "communication")]
            59 => Some(visit.visit(Self::CommunicationChatMessageDeleted)),
            #[cfg(feature = "communication")]
            60 => Some(visit.visit(Self::CommunicationChatMessageDeletedInThread)),
            #[cfg(feature = "communication")]
            61 => Some(visit.visit(Self::CommunicationChatMessageEdited)),
            #[cfg(feature = "communication")]
            62 => Some(visit.visit(Self::CommunicationChatMessageEditedInThread)),
            #[cfg(feature = "communication")]
            63 => Some(visit.visit(Self::CommunicationChatMessageReceived)),
            #[cfg(feature = "communication")]
            64 => Some(visit.visit(Self::CommunicationChatMessageReceivedInThread)),
            #[cfg(feature = "communication")]
            65 => {
                Some(
                    visit.visit(Self::CommunicationChatParticipantAddedToThreadWithUser),
                )
            }
            #[cfg(feature = "communication")]
            66 => {
                Some(
                    visit
                        .visit(
                            Self::CommunicationChatParticipantRemovedFromThreadWithUser,
                        ),
                )
            }
            #[cfg(feature = "communication")]
            67 => Some(visit.visit(Self::CommunicationChatThreadCreated)),
            #[cfg(feature = "communication")]
            68 => Some(visit.visit(Self::CommunicationChatThreadCreatedWithUser)),
            #[cfg(feature = "communication")]
            69 => Some(visit.visit(Self::CommunicationChatThreadDeleted)),
            #[cfg(feature = "communication")]
            70 => Some(visit.visit(Self::CommunicationChatThreadParticipantAdded)),
            #[cfg(feature = "communication")]
            71 => Some(visit.visit(Self::CommunicationChatThreadParticipantRemoved)),
            #[cfg(feature = "communication")]
            72 => Some(visit.visit(Self::CommunicationChatThreadPropertiesUpdated)),
            #[cfg(feature = "communication")]
            73 => {
                Some(visit.visit(Self::CommunicationChatThreadPropertiesUpdatedPerUser))
            }
            #[cfg(feature = "communication")]
            74 => Some(visit.visit(Self::CommunicationChatThreadWithUserDeleted)),
            #[cfg(feature = "communication")]
            75 => {
                Some(visit.visit(Self::CommunicationChatTypingIndicatorReceivedInThread))
            }
            #[cfg(feature = "communication")]
            76 => Some(visit.visit(Self::CommunicationEmailDeliveryReportReceived)),
            #[cfg(feature = "communication")]
            77 => {
                Some(
                    visit.visit(Self::CommunicationEmailEngagementTrackingReportReceived),
                )
            }
            #[cfg(feature = "communication")]
            78 => Some(visit.visit(Self::CommunicationIncomingCall)),
            #[cfg(feature = "communication")]
            79 => Some(visit.visit(Self::CommunicationRecordingFileStatusUpdated)),
            #[cfg(feature = "communication")]
            80 => Some(visit.visit(Self::CommunicationRouterJobCancelled)),
            #[cfg(feature = "communication")]
            81 => Some(visit.visit(Self::CommunicationRouterJobClassificationFailed)),
            #[cfg(feature = "communication")]
            82 => Some(visit.visit(Self::CommunicationRouterJobClassified)),
            #[cfg(feature = "communication")]
            83 => Some(visit.visit(Self::CommunicationRouterJobClosed)),
            #[cfg(feature = "communication")]
            84 => Some(visit.visit(Self::CommunicationRouterJobCompleted)),
            #[cfg(feature = "communication")]
            85 => Some(visit.visit(Self::CommunicationRouterJobDeleted)),
            #[cfg(feature = "communication")]
            86 => Some(visit.visit(Self::CommunicationRouterJobExceptionTriggered)),
            #[cfg(feature = "communication")]
            87 => Some(visit.visit(Self::CommunicationRouterJobQueued)),
            #[cfg(feature = "communication")]
            88 => Some(visit.visit(Self::CommunicationRouterJobReceived)),
            #[cfg(feature = "communication")]
            89 => Some(visit.visit(Self::CommunicationRouterJobSchedulingFailed)),
            #[cfg(feature = "communication")]
            90 => Some(visit.visit(Self::CommunicationRouterJobUnassigned)),
            #[cfg(feature = "communication")]
            91 => Some(visit.visit(Self::CommunicationRouterJobWaitingForActivation)),
            #[cfg(feature = "communication")]
            92 => Some(visit.visit(Self::CommunicationRouterJobWorkerSelectorsExpired)),
            #[cfg(feature = "communication")]
            93 => Some(visit.visit(Self::CommunicationRouterWorkerDeleted)),
            #[cfg(feature = "communication")]
            94 => Some(visit.visit(Self::CommunicationRouterWorkerDeregistered)),
            #[cfg(feature = "communication")]
            95 => Some(visit.visit(Self::CommunicationRouterWorkerOfferAccepted)),
            #[cfg(feature = "communication")]
            96 => Some(visit.visit(Self::CommunicationRouterWorkerOfferDeclined)),
            #[cfg(feature = "communication")]
            97 => Some(visit.visit(Self::CommunicationRouterWorkerOfferExpired)),
            #[cfg(feature = "communication")]
            98 => Some(visit.visit(Self::CommunicationRouterWorkerOfferIssued)),
            #[cfg(feature = "communication")]
            99 => Some(visit.visit(Self::CommunicationRouterWorkerOfferRevoked)),
            #[cfg(feature = "communication")]
            100 => Some(visit.visit(Self::CommunicationRouterWorkerRegistered)),
            #[cfg(feature = "communication")]
            101 => Some(visit.visit(Self::CommunicationRouterWorkerUpdated)),
            #[cfg(feature = "communication")]
            102 => Some(visit.visit(Self::CommunicationSmsDeliveryReportReceived)),
            #[cfg(feature = "communication")]
            103 => Some(visit.visit(Self::CommunicationSmsReceived)),
            #[cfg(feature = "communication")]
            104 => Some(visit.visit(Self::CommunicationUserDisconnected)),
            #[cfg(feature = "compute")]
            105 => {
                Some(
                    visit.visit(Self::ComputeVirtualMachineScaleSetsLifecycleHookEvents),
                )
            }
            #[cfg(feature = "containerregistry")]
            106 => Some(visit.visit(Self::ContainerRegistryChartDeleted)),
            #[cfg(feature = "containerregistry")]
            107 => Some(visit.visit(Self::ContainerRegistryChartPushed)),
            #[cfg(feature = "containerregistry")]
            108 => Some(visit.visit(Self::ContainerRegistryImageDeleted)),
            #[cfg(feature = "containerregistry")]
            109 => Some(visit.visit(Self::ContainerRegistryImagePushed)),
            #[cfg(feature = "containerservice")]
            110 => Some(visit.visit(Self::ContainerServiceClusterSupportEnded)),
            #[cfg(feature = "containerservice")]
            111 => Some(visit.visit(Self::ContainerServiceClusterSupportEnding)),
            #[cfg(feature = "containerservice")]
            112 => Some(visit.visit(Self::ContainerServiceNewKubernetesVersionAvailable)),
            #[cfg(feature = "containerservice")]
            113 => Some(visit.visit(Self::ContainerServiceNodePoolRollingFailed)),
            #[cfg(feature = "containerservice")]
            114 => Some(visit.visit(Self::ContainerServiceNodePoolRollingStarted)),
            #[cfg(feature = "containerservice")]
            115 => Some(visit.visit(Self::ContainerServiceNodePoolRollingSucceeded)),
            #[cfg(feature = "databox")]
            116 => Some(visit.visit(Self::DataBoxCopyCompleted)),
            #[cfg(feature = "databox")]
            117 => Some(visit.visit(Self::DataBoxCopyStarted)),
            #[cfg(feature = "databox")]
            118 => Some(visit.visit(Self::DataBoxOrderCompleted)),
            #[cfg(feature = "devices")]
            119 => Some(visit.visit(Self::DevicesDeviceConnected)),
            #[cfg(feature = "devices")]
            120 => Some(visit.visit(Self::DevicesDeviceCreated)),
            #[cfg(feature = "devices")]
            121 => Some(visit.visit(Self::DevicesDeviceDeleted)),
            #[cfg(feature = "devices")]
            122 => Some(visit.visit(Self::DevicesDeviceDisconnected)),
            #[cfg(feature = "devices")]
            123 => Some(visit.visit(Self::DevicesDeviceTelemetry)),
            #[cfg(feature = "edge")]
            124 => Some(visit.visit(Self::EdgeSolutionVersionPublished)),
            #[cfg(feature = "eventgrid")]
            125 => Some(visit.visit(Self::EventGridMqttClientCreatedOrUpdated)),
            #[cfg(feature = "eventgrid")]
            126 => Some(visit.visit(Self::EventGridMqttClientDeleted)),
            #[cfg(feature = "eventgrid")]
            127 => Some(visit.visit(Self::EventGridMqttClientSessionConnected)),
            #[cfg(feature = "eventgrid")]
            128 => Some(visit.visit(Self::EventGridMqttClientSessionDisconnected)),
            #[cfg(feature = "eventgrid")]
            129 => Some(visit.visit(Self::EventGridSubscriptionDeletedEvent)),
            #[cfg(feature = "eventgrid")]
            130 => Some(visit.visit(Self::EventGridSubscriptionValidationEvent)),
            #[cfg(feature = "eventhub")]
            131 => Some(visit.visit(Self::EventHubCaptureFileCreated)),
            #[cfg(feature = "healthcareapis")]
            132 => Some(visit.visit(Self::HealthcareApisDicomImageCreated)),
            #[cfg(feature = "healthcareapis")]
            133 => Some(visit.visit(Self::HealthcareApisDicomImageDeleted)),
            #[cfg(feature = "healthcareapis")]
            134 => Some(visit.visit(Self::HealthcareApisDicomImageUpdated)),
            #[cfg(feature = "healthcareapis")]
            135 => Some(visit.visit(Self::HealthcareApisFhirResourceCreated)),
            #[cfg(feature = "healthcareapis")]
            136 => Some(visit.visit(Self::HealthcareApisFhirResourceDeleted)),
            #[cfg(feature = "healthcareapis")]
            137 => Some(visit.visit(Self::HealthcareApisFhirResourceUpdated)),
            #[cfg(feature = "keyvault")]
            138 => Some(visit.visit(Self::KeyVaultCertificateExpired)),
            #[cfg(feature = "keyvault")]
            139 => Some(visit.visit(Self::KeyVaultCertificateNearExpiry)),
            #[cfg(feature = "keyvault")]
            140 => Some(visit.visit(Self::KeyVaultCertificateNewVersionCreated)),
            #[cfg(feature = "keyvault")]
            141 => Some(visit.visit(Self::KeyVaultKeyExpired)),
            #[cfg(feature = "keyvault")]
            142 => Some(visit.visit(Self::KeyVaultKeyNearExpiry)),
            #[cfg(feature = "keyvault")]
            143 => Some(visit.visit(Self::KeyVaultKeyNewVersionCreated)),
            #[cfg(feature = "keyvault")]
            144 => Some(visit.visit(Self::KeyVaultSecretExpired)),
            #[cfg(feature = "keyvault")]
            145 => Some(visit.visit(Self::KeyVaultSecretNearExpiry)),
            #[cfg(feature = "keyvault")]
            146 => Some(visit.visit(Self::KeyVaultSecretNewVersionCreated)),
            #[cfg(feature = "keyvault")]
            147 => Some(visit.visit(Self::KeyVaultVaultAccessPolicyChanged)),
            #[cfg(feature = "machinelearningservices")]
            148 => Some(visit.visit(Self::MachineLearningServicesDatasetDriftDetected)),
            #[cfg(feature = "machinelearningservices")]
            149 => Some(visit.visit(Self::MachineLearningServicesModelDeployed)),
            #[cfg(feature = "machinelearningservices")]
            150 => Some(visit.visit(Self::MachineLearningServicesModelRegistered)),
            #[cfg(feature = "machinelearningservices")]
            151 => Some(visit.visit(Self::MachineLearningServicesRunCompleted)),
            #[cfg(feature = "machinelearningservices")]
            152 => Some(visit.visit(Self::MachineLearningServicesRunStatusChanged)),
            #[cfg(feature = "maps")]
            153 => Some(visit.visit(Self::MapsGeofenceEntered)),
            #[cfg(feature = "maps")]
            154 => Some(visit.visit(Self::MapsGeofenceExited)),
            #[cfg(feature = "maps")]
            155 => Some(visit.visit(Self::MapsGeofenceResult)),
            #[cfg(feature = "media")]
            156 => Some(visit.visit(Self::MediaJobCanceled)),
            #[cfg(feature = "media")]
            157 => Some(visit.visit(Self::MediaJobCanceling)),
            #[cfg(feature = "media")]
            158 => Some(visit.visit(Self::MediaJobErrored)),
            #[cfg(feature = "media")]
            159 => Some(visit.visit(Self::MediaJobFinished)),
            #[cfg(feature = "media")]
            160 => Some(visit.visit(Self::MediaJobOutputCanceled)),
            #[cfg(feature = "media")]
            161 => Some(visit.visit(Self::MediaJobOutputCanceling)),
            #[cfg(feature = "media")]
            162 => Some(visit.visit(Self::MediaJobOutputErrored)),
            #[cfg(feature = "media")]
            163 => Some(visit.visit(Self::MediaJobOutputFinished)),
            #[cfg(feature = "media")]
            164 => Some(visit.visit(Self::MediaJobOutputProcessing)),
            #[cfg(feature = "media")]
            165 => Some(visit.visit(Self::MediaJobOutputProgress)),
            #[cfg(feature = "media")]
            166 => Some(visit.visit(Self::MediaJobOutputScheduled)),
            #[cfg(feature = "media")]
            167 => Some(visit.visit(Self::MediaJobOutputStateChange)),
            #[cfg(feature = "media")]
            168 => Some(visit.visit(Self::MediaJobProcessing)),
            #[cfg(feature = "media")]
            169 => Some(visit.visit(Self::MediaJobScheduled)),
            #[cfg(feature = "media")]
            170 => Some(visit.visit(Self::MediaJobStateChange)),
            #[cfg(feature = "media")]
            171 => Some(visit.visit(Self::MediaLiveEventChannelArchiveHeartbeat)),
            #[cfg(feature = "media")]
            172 => Some(visit.visit(Self::MediaLiveEventConnectionRejected)),
            #[cfg(feature = "media")]
            173 => Some(visit.visit(Self::MediaLiveEventEncoderConnected)),
            #[cfg(feature = "media")]
            174 => Some(visit.visit(Self::MediaLiveEventEncoderDisconnected)),
            #[cfg(feature = "media")]
            175 => Some(visit.visit(Self::MediaLiveEventIncomingDataChunkDropped)),
            #[cfg(feature = "media")]
            176 => Some(visit.visit(Self::MediaLiveEventIncomingStreamReceived)),
            #[cfg(feature = "media")]
            177 => Some(visit.visit(Self::MediaLiveEventIncomingStreamsOutOfSync)),
            #[cfg(feature = "media")]
            178 => Some(visit.visit(Self::MediaLiveEventIncomingVideoStreamsOutOfSync)),
            #[cfg(feature = "media")]
            179 => Some(visit.visit(Self::MediaLiveEventIngestHeartbeat)),
            #[cfg(feature = "media")]
            180 => Some(visit.visit(Self::MediaLiveEventTrackDiscontinuityDetected)),
            #[cfg(feature = "policyinsights")]
            181 => Some(visit.visit(Self::PolicyInsightsPolicyStateChanged)),
            #[cfg(feature = "policyinsights")]
            182 => Some(visit.visit(Self::PolicyInsightsPolicyStateCreated)),
            #[cfg(feature = "policyinsights")]
            183 => Some(visit.visit(Self::PolicyInsightsPolicyStateDeleted)),
            #[cfg(feature = "resourcenotifications")]
            184 => {
                Some(
                    visit
                        .visit(
                            Self::ResourceNotificationsContainerServiceEventResourcesScheduledEventEmitted,
                        ),
                )
            }
            #[cfg(feature = "resourcenotifications")]
            185 => {
                Some(
                    visit
                        .visit(
                            Self::ResourceNotificationsHealthResourcesAvailabilityStatusChanged,
                        ),
                )
            }
            #[cfg(feature = "resourcenotifications")]
            186 => {
                Some(
                    visit
                        .visit(
                            Self::ResourceNotificationsHealthResourcesResourceAnnotated,
                        ),
                )
            }
            #[cfg(feature = "resourcenotifications")]
            187 => {
                Some(visit.visit(Self::ResourceNotificationsResourcesCreatedOrUpdated))
            }
            #[cfg(feature = "resourcenotifications")]
            188 => Some(visit.visit(Self::ResourceNotificationsResourcesDeleted)),
            #[cfg(feature = "resources")]
            189 => Some(visit.visit(Self::ResourcesResourceActionCancel)),
            #[cfg(feature = "resources")]
            190 => Some(visit.visit(Self::ResourcesResourceActionFailure)),
            #[cfg(feature = "resources")]
            191 => Some(visit.visit(Self::ResourcesResourceActionSuccess)),
            #[cfg(feature = "resources")]
            192 => Some(visit.visit(Self::ResourcesResourceDeleteCancel)),
            #[cfg(feature = "resources")]
            193 => Some(visit.visit(Self::ResourcesResourceDeleteFailure)),
            #[cfg(feature = "resources")]
            194 => Some(visit.visit(Self::ResourcesResourceDeleteSuccess)),
            #[cfg(feature = "resources")]
            195 => Some(visit.visit(Self::ResourcesResourceWriteCancel)),
            #[cfg(feature = "resources")]
            196 => Some(visit.visit(Self::ResourcesResourceWriteFailure)),
            #[cfg(feature = "resources")]
            197 => Some(visit.visit(Self::ResourcesResourceWriteSuccess)),
            #[cfg(feature = "servicebus")]
            198 => {
                Some(
                    visit
                        .visit(
                            Self::ServiceBusActiveMessagesAvailablePeriodicNotifications,
                        ),
                )
            }
            #[cfg(feature = "servicebus")]
            199 => {
                Some(visit.visit(Self::ServiceBusActiveMessagesAvailableWithNoListeners))
            }
            #[cfg(feature = "servicebus")]
            200 => {
                Some(
                    visit
                        .visit(
                            Self::ServiceBusDeadletterMessagesAvailablePeriodicNotifications,
                        ),
                )
            }
            #[cfg(feature = "servicebus")]
            201 => {
                Some(
                    visit
                        .visit(
                            Self::ServiceBusDeadletterMessagesAvailableWithNoListeners,
                        ),
                )
            }
            #[cfg(feature = "signalrservice")]
            202 => Some(visit.visit(Self::SignalRServiceClientConnectionConnected)),
            #[cfg(feature = "signalrservice")]
            203 => Some(visit.visit(Self::SignalRServiceClientConnectionDisconnected)),
            #[cfg(feature = "storage")]
            204 => Some(visit.visit(Self::StorageAsyncOperationInitiated)),
            #[cfg(feature = "storage")]
            205 => Some(visit.visit(Self::StorageBlobCreated)),
            #[cfg(feature = "storage")]
            206 => Some(visit.visit(Self::StorageBlobDeleted)),
            #[cfg(feature = "storage")]
            207 => Some(visit.visit(Self::StorageBlobInventoryPolicyCompleted)),
            #[cfg(feature = "storage")]
            208 => Some(visit.visit(Self::StorageBlobRenamed)),
            #[cfg(feature = "storage")]
            209 => Some(visit.visit(Self::StorageBlobTierChanged)),
            #[cfg(feature = "storage")]
            210 => Some(visit.visit(Self::StorageDirectoryCreated)),
            #[cfg(feature = "storage")]
            211 => Some(visit.visit(Self::StorageDirectoryDeleted)),
            #[cfg(feature = "storage")]
            212 => Some(visit.visit(Self::StorageDirectoryRenamed)),
            #[cfg(feature = "storage")]
            213 => Some(visit.visit(Self::StorageLifecyclePolicyCompleted)),
            #[cfg(feature = "storage")]
            214 => Some(visit.visit(Self::StorageStorageTaskAssignmentCompleted)),
            #[cfg(feature = "storage")]
            215 => Some(visit.visit(Self::StorageStorageTaskAssignmentQueued)),
            #[cfg(feature = "storage")]
            216 => Some(visit.visit(Self::StorageStorageTaskCompleted)),
            #[cfg(feature = "storage")]
            217 => Some(visit.visit(Self::StorageStorageTaskQueued)),
            #[cfg(feature = "web")]
            218 => Some(visit.visit(Self::WebAppServicePlanUpdated)),
            #[cfg(feature = "web")]
            219 => Some(visit.visit(Self::WebAppUpdated)),
            #[cfg(feature = "web")]
            220 => Some(visit.visit(Self::WebBackupOperationCompleted)),
            #[cfg(feature = "web")]
            221 => Some(visit.visit(Self::WebBackupOperationFailed)),
            #[cfg(feature = "web")]
            222 => Some(visit.visit(Self::WebBackupOperationStarted)),
            #[cfg(feature = "web")]
            223 => Some(visit.visit(Self::WebRestoreOperationCompleted)),
            #[cfg(feature = "web")]
            224 => Some(visit.visit(Self::WebRestoreOperationFailed)),
            #[cfg(feature = "web")]
            225 => Some(visit.visit(Self::WebRestoreOperationStarted)),
            #[cfg(feature = "web")]
            226 => Some(visit.visit(Self::WebSlotSwapCompleted)),
            #[cfg(feature = "web")]
            227 => Some(visit.visit(Self::WebSlotSwapFailed)),
            #[cfg(feature = "web")]
            228 => Some(visit.visit(Self::WebSlotSwapStarted)),
            #[cfg(feature = "web")]
            229 => Some(visit.visit(Self::WebSlotSwapWithPreviewCancelled)),
            #[cfg(feature = "web")]
            230 => Some(visit.visit(Self::WebSlotSwapWithPreviewStarted)),
            _ => None,
        }
    }
    fn unknown(event: crate::__private::UnknownEvent) -> Self {
        Self::Unknown(event)
    }
}
/// Decodes any event: a type without a variant becomes [`SystemEvent::Unknown`]. Decode
/// into `Reported<SystemEvent>` to see what was tolerated (members of `data` left out
/// or read under another spelling, each with its JSON path), or into
/// `StrictData<SystemEvent>` to refuse data with members left over.
///
/// Decoders that read `type` before `data` get the data of every type with a variant
/// in one pass through the payload's plain `Deserialize`; a member of the wrong shape
/// fails that pass, and the decoder falls back to the tolerant decode, which leaves the
/// member out. Either way the event is the same.
impl<'de> crate::__private::FromEvent<'de> for SystemEvent {
    fn accepts_type(_event_type: &str) -> bool {
        true
    }
    fn from_event(
        event: crate::__private::EventView<'de>,
    ) -> Result<Self, crate::__private::DecodeError> {
        crate::__private::from_event(&event)
    }
    fn from_event_reported(
        event: crate::__private::EventView<'de>,
        tolerated: &mut Vec<crate::__private::Tolerated>,
    ) -> Result<Self, crate::__private::DecodeError> {
        crate::__private::from_event_reported(&event, tolerated)
    }
    fn has_data_fast_path(event_type: &str) -> bool {
        crate::__private::has_data_fast_path::<Self>(event_type)
    }
    fn deserialize_data<D: serde::Deserializer<'de>>(
        event_type: &str,
        data: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_data(event_type, data)
    }
}
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
impl SystemEvent {
    /// The event type in its canonical spelling (for [`SystemEvent::Unknown`]: as received).
    pub fn event_type(&self) -> &str {
        match self {
            #[cfg(feature = "apicenter")]
            Self::ApiCenterApiDefinitionAdded(_) => {
                "Microsoft.ApiCenter.ApiDefinitionAdded"
            }
            #[cfg(feature = "apicenter")]
            Self::ApiCenterApiDefinitionUpdated(_) => {
                "Microsoft.ApiCenter.ApiDefinitionUpdated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiCreated(_) => "Microsoft.ApiManagement.APICreated",
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiDeleted(_) => "Microsoft.ApiManagement.APIDeleted",
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiReleaseCreated(_) => {
                "Microsoft.ApiManagement.APIReleaseCreated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiReleaseDeleted(_) => {
                "Microsoft.ApiManagement.APIReleaseDeleted"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiReleaseUpdated(_) => {
                "Microsoft.ApiManagement.APIReleaseUpdated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiUpdated(_) => "Microsoft.ApiManagement.APIUpdated",
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementCircuitBreakerClosed(_) => {
                "Microsoft.ApiManagement.CircuitBreaker.Closed"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementCircuitBreakerOpened(_) => {
                "Microsoft.ApiManagement.CircuitBreaker.Opened"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayApiAdded(_) => {
                "Microsoft.ApiManagement.GatewayAPIAdded"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayApiRemoved(_) => {
                "Microsoft.ApiManagement.GatewayAPIRemoved"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayCertificateAuthorityCreated(_) => {
                "Microsoft.ApiManagement.GatewayCertificateAuthorityCreated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayCertificateAuthorityDeleted(_) => {
                "Microsoft.ApiManagement.GatewayCertificateAuthorityDeleted"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayCertificateAuthorityUpdated(_) => {
                "Microsoft.ApiManagement.GatewayCertificateAuthorityUpdated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayCreated(_) => {
                "Microsoft.ApiManagement.GatewayCreated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayDeleted(_) => {
                "Microsoft.ApiManagement.GatewayDeleted"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayHostnameConfigurationCreated(_) => {
                "Microsoft.ApiManagement.GatewayHostnameConfigurationCreated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayHostnameConfigurationDeleted(_) => {
                "Microsoft.ApiManagement.GatewayHostnameConfigurationDeleted"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayHostnameConfigurationUpdated(_) => {
                "Microsoft.ApiManagement.GatewayHostnameConfigurationUpdated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayTokenExpired(_) => {
                "Microsoft.ApiManagement.GatewayTokenExpired"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayTokenNearExpiry(_) => {
                "Microsoft.ApiManagement.GatewayTokenNearExpiry"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayUpdated(_) => {
                "Microsoft.ApiManagement.GatewayUpdated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementProductCreated(_) => {
                "Microsoft.ApiManagement.ProductCreated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementProductDeleted(_) => {
                "Microsoft.ApiManagement.ProductDeleted"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementProductUpdated(_) => {
                "Microsoft.ApiManagement.ProductUpdated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementSubscriptionCreated(_) => {
                "Microsoft.ApiManagement.SubscriptionCreated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementSubscriptionDeleted(_) => {
                "Microsoft.ApiManagement.SubscriptionDeleted"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementSubscriptionUpdated(_) => {
                "Microsoft.ApiManagement.SubscriptionUpdated"
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementUserCreated(_) => "Microsoft.ApiManagement.UserCreated",
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementUserDeleted(_) => "Microsoft.ApiManagement.UserDeleted",
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementUserUpdated(_) => "Microsoft.ApiManagement.UserUpdated",
            #[cfg(feature = "appconfiguration")]
            Self::AppConfigurationKeyValueDeleted(_) => {
                "Microsoft.AppConfiguration.KeyValueDeleted"
            }
            #[cfg(feature = "appconfiguration")]
            Self::AppConfigurationKeyValueModified(_) => {
                "Microsoft.AppConfiguration.KeyValueModified"
            }
            #[cfg(feature = "appconfiguration")]
            Self::AppConfigurationSnapshotCreated(_) => {
                "Microsoft.AppConfiguration.SnapshotCreated"
            }
            #[cfg(feature = "appconfiguration")]
            Self::AppConfigurationSnapshotModified(_) => {
                "Microsoft.AppConfiguration.SnapshotModified"
            }
            #[cfg(feature = "avs")]
            Self::AvsClusterCreated(_) => "Microsoft.AVS.ClusterCreated",
            #[cfg(feature = "avs")]
            Self::AvsClusterDeleted(_) => "Microsoft.AVS.ClusterDeleted",
            #[cfg(feature = "avs")]
            Self::AvsClusterFailed(_) => "Microsoft.AVS.ClusterFailed",
            #[cfg(feature = "avs")]
            Self::AvsClusterUpdated(_) => "Microsoft.AVS.ClusterUpdated",
            #[cfg(feature = "avs")]
            Self::AvsClusterUpdating(_) => "Microsoft.AVS.ClusterUpdating",
            #[cfg(feature = "avs")]
            Self::AvsPrivateCloudFailed(_) => "Microsoft.AVS.PrivateCloudFailed",
            #[cfg(feature = "avs")]
            Self::AvsPrivateCloudUpdated(_) => "Microsoft.AVS.PrivateCloudUpdated",
            #[cfg(feature = "avs")]
            Self::AvsPrivateCloudUpdating(_) => "Microsoft.AVS.PrivateCloudUpdating",
            #[cfg(feature = "avs")]
            Self::AvsScriptExecutionCancelled(_) => {
                "Microsoft.AVS.ScriptExecutionCancelled"
            }
            #[cfg(feature = "avs")]
            Self::AvsScriptExecutionFailed(_) => "Microsoft.AVS.ScriptExecutionFailed",
            #[cfg(feature = "avs")]
            Self::AvsScriptExecutionFinished(_) => {
                "Microsoft.AVS.ScriptExecutionFinished"
            }
            #[cfg(feature = "avs")]
            Self::AvsScriptExecutionStarted(_) => "Microsoft.AVS.ScriptExecutionStarted",
            #[cfg(feature = "cache")]
            Self::CacheExportRdbCompleted(_) => "Microsoft.Cache.ExportRDBCompleted",
            #[cfg(feature = "cache")]
            Self::CacheImportRdbCompleted(_) => "Microsoft.Cache.ImportRDBCompleted",
            #[cfg(feature = "cache")]
            Self::CachePatchingCompleted(_) => "Microsoft.Cache.PatchingCompleted",
            #[cfg(feature = "cache")]
            Self::CacheScalingCompleted(_) => "Microsoft.Cache.ScalingCompleted",
            #[cfg(feature = "communication")]
            Self::CommunicationAdvancedMessageDeliveryStatusUpdated(_) => {
                "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationAdvancedMessageReceived(_) => {
                "Microsoft.Communication.AdvancedMessageReceived"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationCallEnded(_) => "Microsoft.Communication.CallEnded",
            #[cfg(feature = "communication")]
            Self::CommunicationCallParticipantAdded(_) => {
                "Microsoft.Communication.CallParticipantAdded"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationCallParticipantRemoved(_) => {
                "Microsoft.Communication.CallParticipantRemoved"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationCallStarted(_) => "Microsoft.Communication.CallStarted",
            #[cfg(feature = "communication")]
            Self::CommunicationChatAzureBotCommandReceivedInThread(_) => {
                "Microsoft.Communication.ChatAzureBotCommandReceivedInThread"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageDeleted(_) => {
                "Microsoft.Communication.ChatMessageDeleted"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageDeletedInThread(_) => {
                "Microsoft.Communication.ChatMessageDeletedInThread"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageEdited(_) => {
                "Microsoft.Communication.ChatMessageEdited"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageEditedInThread(_) => {
                "Microsoft.Communication.ChatMessageEditedInThread"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageReceived(_) => {
                "Microsoft.Communication.ChatMessageReceived"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageReceivedInThread(_) => {
                "Microsoft.Communication.ChatMessageReceivedInThread"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatParticipantAddedToThreadWithUser(_) => {
                "Microsoft.Communication.ChatParticipantAddedToThreadWithUser"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatParticipantRemovedFromThreadWithUser(_) => {
                "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadCreated(_) => {
                "Microsoft.Communication.ChatThreadCreated"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadCreatedWithUser(_) => {
                "Microsoft.Communication.ChatThreadCreatedWithUser"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadDeleted(_) => {
                "Microsoft.Communication.ChatThreadDeleted"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadParticipantAdded(_) => {
                "Microsoft.Communication.ChatThreadParticipantAdded"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadParticipantRemoved(_) => {
                "Microsoft.Communication.ChatThreadParticipantRemoved"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadPropertiesUpdated(_) => {
                "Microsoft.Communication.ChatThreadPropertiesUpdated"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadPropertiesUpdatedPerUser(_) => {
                "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadWithUserDeleted(_) => {
                "Microsoft.Communication.ChatThreadWithUserDeleted"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatTypingIndicatorReceivedInThread(_) => {
                "Microsoft.Communication.ChatTypingIndicatorReceivedInThread"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationEmailDeliveryReportReceived(_) => {
                "Microsoft.Communication.EmailDeliveryReportReceived"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationEmailEngagementTrackingReportReceived(_) => {
                "Microsoft.Communication.EmailEngagementTrackingReportReceived"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationIncomingCall(_) => "Microsoft.Communication.IncomingCall",
            #[cfg(feature = "communication")]
            Self::CommunicationRecordingFileStatusUpdated(_) => {
                "Microsoft.Communication.RecordingFileStatusUpdated"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobCancelled(_) => {
                "Microsoft.Communication.RouterJobCancelled"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobClassificationFailed(_) => {
                "Microsoft.Communication.RouterJobClassificationFailed"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobClassified(_) => {
                "Microsoft.Communication.RouterJobClassified"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobClosed(_) => {
                "Microsoft.Communication.RouterJobClosed"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobCompleted(_) => {
                "Microsoft.Communication.RouterJobCompleted"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobDeleted(_) => {
                "Microsoft.Communication.RouterJobDeleted"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobExceptionTriggered(_) => {
                "Microsoft.Communication.RouterJobExceptionTriggered"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobQueued(_) => {
                "Microsoft.Communication.RouterJobQueued"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobReceived(_) => {
                "Microsoft.Communication.RouterJobReceived"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobSchedulingFailed(_) => {
                "Microsoft.Communication.RouterJobSchedulingFailed"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobUnassigned(_) => {
                "Microsoft.Communication.RouterJobUnassigned"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobWaitingForActivation(_) => {
                "Microsoft.Communication.RouterJobWaitingForActivation"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobWorkerSelectorsExpired(_) => {
                "Microsoft.Communication.RouterJobWorkerSelectorsExpired"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerDeleted(_) => {
                "Microsoft.Communication.RouterWorkerDeleted"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerDeregistered(_) => {
                "Microsoft.Communication.RouterWorkerDeregistered"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerOfferAccepted(_) => {
                "Microsoft.Communication.RouterWorkerOfferAccepted"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerOfferDeclined(_) => {
                "Microsoft.Communication.RouterWorkerOfferDeclined"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerOfferExpired(_) => {
                "Microsoft.Communication.RouterWorkerOfferExpired"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerOfferIssued(_) => {
                "Microsoft.Communication.RouterWorkerOfferIssued"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerOfferRevoked(_) => {
                "Microsoft.Communication.RouterWorkerOfferRevoked"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerRegistered(_) => {
                "Microsoft.Communication.RouterWorkerRegistered"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerUpdated(_) => {
                "Microsoft.Communication.RouterWorkerUpdated"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationSmsDeliveryReportReceived(_) => {
                "Microsoft.Communication.SMSDeliveryReportReceived"
            }
            #[cfg(feature = "communication")]
            Self::CommunicationSmsReceived(_) => "Microsoft.Communication.SMSReceived",
            #[cfg(feature = "communication")]
            Self::CommunicationUserDisconnected(_) => {
                "Microsoft.Communication.UserDisconnected"
            }
            #[cfg(feature = "compute")]
            Self::ComputeVirtualMachineScaleSetsLifecycleHookEvents(_) => {
                "Microsoft.Compute.VirtualMachineScaleSets.LifecycleHookEvents"
            }
            #[cfg(feature = "containerregistry")]
            Self::ContainerRegistryChartDeleted(_) => {
                "Microsoft.ContainerRegistry.ChartDeleted"
            }
            #[cfg(feature = "containerregistry")]
            Self::ContainerRegistryChartPushed(_) => {
                "Microsoft.ContainerRegistry.ChartPushed"
            }
            #[cfg(feature = "containerregistry")]
            Self::ContainerRegistryImageDeleted(_) => {
                "Microsoft.ContainerRegistry.ImageDeleted"
            }
            #[cfg(feature = "containerregistry")]
            Self::ContainerRegistryImagePushed(_) => {
                "Microsoft.ContainerRegistry.ImagePushed"
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceClusterSupportEnded(_) => {
                "Microsoft.ContainerService.ClusterSupportEnded"
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceClusterSupportEnding(_) => {
                "Microsoft.ContainerService.ClusterSupportEnding"
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceNewKubernetesVersionAvailable(_) => {
                "Microsoft.ContainerService.NewKubernetesVersionAvailable"
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceNodePoolRollingFailed(_) => {
                "Microsoft.ContainerService.NodePoolRollingFailed"
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceNodePoolRollingStarted(_) => {
                "Microsoft.ContainerService.NodePoolRollingStarted"
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceNodePoolRollingSucceeded(_) => {
                "Microsoft.ContainerService.NodePoolRollingSucceeded"
            }
            #[cfg(feature = "databox")]
            Self::DataBoxCopyCompleted(_) => "Microsoft.DataBox.CopyCompleted",
            #[cfg(feature = "databox")]
            Self::DataBoxCopyStarted(_) => "Microsoft.DataBox.CopyStarted",
            #[cfg(feature = "databox")]
            Self::DataBoxOrderCompleted(_) => "Microsoft.DataBox.OrderCompleted",
            #[cfg(feature = "devices")]
            Self::DevicesDeviceConnected(_) => "Microsoft.Devices.DeviceConnected",
            #[cfg(feature = "devices")]
            Self::DevicesDeviceCreated(_) => "Microsoft.Devices.DeviceCreated",
            #[cfg(feature = "devices")]
            Self::DevicesDeviceDeleted(_) => "Microsoft.Devices.DeviceDeleted",
            #[cfg(feature = "devices")]
            Self::DevicesDeviceDisconnected(_) => "Microsoft.Devices.DeviceDisconnected",
            #[cfg(feature = "devices")]
            Self::DevicesDeviceTelemetry(_) => "Microsoft.Devices.DeviceTelemetry",
            #[cfg(feature = "edge")]
            Self::EdgeSolutionVersionPublished(_) => {
                "Microsoft.Edge.SolutionVersionPublished"
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridMqttClientCreatedOrUpdated(_) => {
                "Microsoft.EventGrid.MQTTClientCreatedOrUpdated"
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridMqttClientDeleted(_) => {
                "Microsoft.EventGrid.MQTTClientDeleted"
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridMqttClientSessionConnected(_) => {
                "Microsoft.EventGrid.MQTTClientSessionConnected"
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridMqttClientSessionDisconnected(_) => {
                "Microsoft.EventGrid.MQTTClientSessionDisconnected"
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridSubscriptionDeletedEvent(_) => {
                "Microsoft.EventGrid.SubscriptionDeletedEvent"
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridSubscriptionValidationEvent(_) => {
                "Microsoft.EventGrid.SubscriptionValidationEvent"
            }
            #[cfg(feature = "eventhub")]
            Self::EventHubCaptureFileCreated(_) => {
                "Microsoft.EventHub.CaptureFileCreated"
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisDicomImageCreated(_) => {
                "Microsoft.HealthcareApis.DicomImageCreated"
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisDicomImageDeleted(_) => {
                "Microsoft.HealthcareApis.DicomImageDeleted"
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisDicomImageUpdated(_) => {
                "Microsoft.HealthcareApis.DicomImageUpdated"
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisFhirResourceCreated(_) => {
                "Microsoft.HealthcareApis.FhirResourceCreated"
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisFhirResourceDeleted(_) => {
                "Microsoft.HealthcareApis.FhirResourceDeleted"
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisFhirResourceUpdated(_) => {
                "Microsoft.HealthcareApis.FhirResourceUpdated"
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultCertificateExpired(_) => {
                "Microsoft.KeyVault.CertificateExpired"
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultCertificateNearExpiry(_) => {
                "Microsoft.KeyVault.CertificateNearExpiry"
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultCertificateNewVersionCreated(_) => {
                "Microsoft.KeyVault.CertificateNewVersionCreated"
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultKeyExpired(_) => "Microsoft.KeyVault.KeyExpired",
            #[cfg(feature = "keyvault")]
            Self::KeyVaultKeyNearExpiry(_) => "Microsoft.KeyVault.KeyNearExpiry",
            #[cfg(feature = "keyvault")]
            Self::KeyVaultKeyNewVersionCreated(_) => {
                "Microsoft.KeyVault.KeyNewVersionCreated"
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultSecretExpired(_) => "Microsoft.KeyVault.SecretExpired",
            #[cfg(feature = "keyvault")]
            Self::KeyVaultSecretNearExpiry(_) => "Microsoft.KeyVault.SecretNearExpiry",
            #[cfg(feature = "keyvault")]
            Self::KeyVaultSecretNewVersionCreated(_) => {
                "Microsoft.KeyVault.SecretNewVersionCreated"
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultVaultAccessPolicyChanged(_) => {
                "Microsoft.KeyVault.VaultAccessPolicyChanged"
            }
            #[cfg(feature = "machinelearningservices")]
            Self::MachineLearningServicesDatasetDriftDetected(_) => {
                "Microsoft.MachineLearningServices.DatasetDriftDetected"
            }
            #[cfg(feature = "machinelearningservices")]
            Self::MachineLearningServicesModelDeployed(_) => {
                "Microsoft.MachineLearningServices.ModelDeployed"
            }
            #[cfg(feature = "machinelearningservices")]
            Self::MachineLearningServicesModelRegistered(_) => {
                "Microsoft.MachineLearningServices.ModelRegistered"
            }
            #[cfg(feature = "machinelearningservices")]
            Self::MachineLearningServicesRunCompleted(_) => {
                "Microsoft.MachineLearningServices.RunCompleted"
            }
            #[cfg(feature = "machinelearningservices")]
            Self::MachineLearningServicesRunStatusChanged(_) => {
                "Microsoft.MachineLearningServices.RunStatusChanged"
            }
            #[cfg(feature = "maps")]
            Self::MapsGeofenceEntered(_) => "Microsoft.Maps.GeofenceEntered",
            #[cfg(feature = "maps")]
            Self::MapsGeofenceExited(_) => "Microsoft.Maps.GeofenceExited",
            #[cfg(feature = "maps")]
            Self::MapsGeofenceResult(_) => "Microsoft.Maps.GeofenceResult",
            #[cfg(feature = "media")]
            Self::MediaJobCanceled(_) => "Microsoft.Media.JobCanceled",
            #[cfg(feature = "media")]
            Self::MediaJobCanceling(_) => "Microsoft.Media.JobCanceling",
            #[cfg(feature = "media")]
            Self::MediaJobErrored(_) => "Microsoft.Media.JobErrored",
            #[cfg(feature = "media")]
            Self::MediaJobFinished(_) => "Microsoft.Media.JobFinished",
            #[cfg(feature = "media")]
            Self::MediaJobOutputCanceled(_) => "Microsoft.Media.JobOutputCanceled",
            #[cfg(feature = "media")]
            Self::MediaJobOutputCanceling(_) => "Microsoft.Media.JobOutputCanceling",
            #[cfg(feature = "media")]
            Self::MediaJobOutputErrored(_) => "Microsoft.Media.JobOutputErrored",
            #[cfg(feature = "media")]
            Self::MediaJobOutputFinished(_) => "Microsoft.Media.JobOutputFinished",
            #[cfg(feature = "media")]
            Self::MediaJobOutputProcessing(_) => "Microsoft.Media.JobOutputProcessing",
            #[cfg(feature = "media")]
            Self::MediaJobOutputProgress(_) => "Microsoft.Media.JobOutputProgress",
            #[cfg(feature = "media")]
            Self::MediaJobOutputScheduled(_) => "Microsoft.Media.JobOutputScheduled",
            #[cfg(feature = "media")]
            Self::MediaJobOutputStateChange(_) => "Microsoft.Media.JobOutputStateChange",
            #[cfg(feature = "media")]
            Self::MediaJobProcessing(_) => "Microsoft.Media.JobProcessing",
            #[cfg(feature = "media")]
            Self::MediaJobScheduled(_) => "Microsoft.Media.JobScheduled",
            #[cfg(feature = "media")]
            Self::MediaJobStateChange(_) => "Microsoft.Media.JobStateChange",
            #[cfg(feature = "media")]
            Self::MediaLiveEventChannelArchiveHeartbeat(_) => {
                "Microsoft.Media.LiveEventChannelArchiveHeartbeat"
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventConnectionRejected(_) => {
                "Microsoft.Media.LiveEventConnectionRejected"
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventEncoderConnected(_) => {
                "Microsoft.Media.LiveEventEncoderConnected"
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventEncoderDisconnected(_) => {
                "Microsoft.Media.LiveEventEncoderDisconnected"
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventIncomingDataChunkDropped(_) => {
                "Microsoft.Media.LiveEventIncomingDataChunkDropped"
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventIncomingStreamReceived(_) => {
                "Microsoft.Media.LiveEventIncomingStreamReceived"
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventIncomingStreamsOutOfSync(_) => {
                "Microsoft.Media.LiveEventIncomingStreamsOutOfSync"
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventIncomingVideoStreamsOutOfSync(_) => {
                "Microsoft.Media.LiveEventIncomingVideoStreamsOutOfSync"
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventIngestHeartbeat(_) => {
                "Microsoft.Media.LiveEventIngestHeartbeat"
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventTrackDiscontinuityDetected(_) => {
                "Microsoft.Media.LiveEventTrackDiscontinuityDetected"
            }
            #[cfg(feature = "policyinsights")]
            Self::PolicyInsightsPolicyStateChanged(_) => {
                "Microsoft.PolicyInsights.PolicyStateChanged"
            }
            #[cfg(feature = "policyinsights")]
            Self::PolicyInsightsPolicyStateCreated(_) => {
                "Microsoft.PolicyInsights.PolicyStateCreated"
            }
            #[cfg(feature = "policyinsights")]
            Self::PolicyInsightsPolicyStateDeleted(_) => {
                "Microsoft.PolicyInsights.PolicyStateDeleted"
            }
            #[cfg(feature = "resourcenotifications")]
            Self::ResourceNotificationsContainerServiceEventResourcesScheduledEventEmitted(
                _,
            ) => {
                "Microsoft.ResourceNotifications.ContainerServiceEventResources.ScheduledEventEmitted"
            }
            #[cfg(feature = "resourcenotifications")]
            Self::ResourceNotificationsHealthResourcesAvailabilityStatusChanged(_) => {
                "Microsoft.ResourceNotifications.HealthResources.AvailabilityStatusChanged"
            }
            #[cfg(feature = "resourcenotifications")]
            Self::ResourceNotificationsHealthResourcesResourceAnnotated(_) => {
                "Microsoft.ResourceNotifications.HealthResources.ResourceAnnotated"
            }
            #[cfg(feature = "resourcenotifications")]
            Self::ResourceNotificationsResourcesCreatedOrUpdated(_) => {
                "Microsoft.ResourceNotifications.Resources.CreatedOrUpdated"
            }
            #[cfg(feature = "resourcenotifications")]
            Self::ResourceNotificationsResourcesDeleted(_) => {
                "Microsoft.ResourceNotifications.Resources.Deleted"
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceActionCancel(_) => {
                "Microsoft.Resources.ResourceActionCancel"
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceActionFailure(_) => {
                "Microsoft.Resources.ResourceActionFailure"
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceActionSuccess(_) => {
                "Microsoft.Resources.ResourceActionSuccess"
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceDeleteCancel(_) => {
                "Microsoft.Resources.ResourceDeleteCancel"
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceDeleteFailure(_) => {
                "Microsoft.Resources.ResourceDeleteFailure"
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceDeleteSuccess(_) => {
                "Microsoft.Resources.ResourceDeleteSuccess"
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceWriteCancel(_) => {
                "Microsoft.Resources.ResourceWriteCancel"
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceWriteFailure(_) => {
                "Microsoft.Resources.ResourceWriteFailure"
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceWriteSuccess(_) => {
                "Microsoft.Resources.ResourceWriteSuccess"
            }
            #[cfg(feature = "servicebus")]
            Self::ServiceBusActiveMessagesAvailablePeriodicNotifications(_) => {
                "Microsoft.ServiceBus.ActiveMessagesAvailablePeriodicNotifications"
            }
            #[cfg(feature = "servicebus")]
            Self::ServiceBusActiveMessagesAvailableWithNoListeners(_) => {
                "Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners"
            }
            #[cfg(feature = "servicebus")]
            Self::ServiceBusDeadletterMessagesAvailablePeriodicNotifications(_) => {
                "Microsoft.ServiceBus.DeadletterMessagesAvailablePeriodicNotifications"
            }
            #[cfg(feature = "servicebus")]
            Self::ServiceBusDeadletterMessagesAvailableWithNoListeners(_) => {
                "Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners"
            }
            #[cfg(feature = "signalrservice")]
            Self::SignalRServiceClientConnectionConnected(_) => {
                "Microsoft.SignalRService.ClientConnectionConnected"
            }
            #[cfg(feature = "signalrservice")]
            Self::SignalRServiceClientConnectionDisconnected(_) => {
                "Microsoft.SignalRService.ClientConnectionDisconnected"
            }
            #[cfg(feature = "storage")]
            Self::StorageAsyncOperationInitiated(_) => {
                "Microsoft.Storage.AsyncOperationInitiated"
            }
            #[cfg(feature = "storage")]
            Self::StorageBlobCreated(_) => "Microsoft.Storage.BlobCreated",
            #[cfg(feature = "storage")]
            Self::StorageBlobDeleted(_) => "Microsoft.Storage.BlobDeleted",
            #[cfg(feature = "storage")]
            Self::StorageBlobInventoryPolicyCompleted(_) => {
                "Microsoft.Storage.BlobInventoryPolicyCompleted"
            }
            #[cfg(feature = "storage")]
            Self::StorageBlobRenamed(_) => "Microsoft.Storage.BlobRenamed",
            #[cfg(feature = "storage")]
            Self::StorageBlobTierChanged(_) => "Microsoft.Storage.BlobTierChanged",
            #[cfg(feature = "storage")]
            Self::StorageDirectoryCreated(_) => "Microsoft.Storage.DirectoryCreated",
            #[cfg(feature = "storage")]
            Self::StorageDirectoryDeleted(_) => "Microsoft.Storage.DirectoryDeleted",
            #[cfg(feature = "storage")]
            Self::StorageDirectoryRenamed(_) => "Microsoft.Storage.DirectoryRenamed",
            #[cfg(feature = "storage")]
            Self::StorageLifecyclePolicyCompleted(_) => {
                "Microsoft.Storage.LifecyclePolicyCompleted"
            }
            #[cfg(feature = "storage")]
            Self::StorageStorageTaskAssignmentCompleted(_) => {
                "Microsoft.Storage.StorageTaskAssignmentCompleted"
            }
            #[cfg(feature = "storage")]
            Self::StorageStorageTaskAssignmentQueued(_) => {
                "Microsoft.Storage.StorageTaskAssignmentQueued"
            }
            #[cfg(feature = "storage")]
            Self::StorageStorageTaskCompleted(_) => {
                "Microsoft.Storage.StorageTaskCompleted"
            }
            #[cfg(feature = "storage")]
            Self::StorageStorageTaskQueued(_) => "Microsoft.Storage.StorageTaskQueued",
            #[cfg(feature = "web")]
            Self::WebAppServicePlanUpdated(_) => "Microsoft.Web.AppServicePlanUpdated",
            #[cfg(feature = "web")]
            Self::WebAppUpdated(_) => "Microsoft.Web.AppUpdated",
            #[cfg(feature = "web")]
            Self::WebBackupOperationCompleted(_) => {
                "Microsoft.Web.BackupOperationCompleted"
            }
            #[cfg(feature = "web")]
            Self::WebBackupOperationFailed(_) => "Microsoft.Web.BackupOperationFailed",
            #[cfg(feature = "web")]
            Self::WebBackupOperationStarted(_) => "Microsoft.Web.BackupOperationStarted",
            #[cfg(feature = "web")]
            Self::WebRestoreOperationCompleted(_) => {
                "Microsoft.Web.RestoreOperationCompleted"
            }
            #[cfg(feature = "web")]
            Self::WebRestoreOperationFailed(_) => "Microsoft.Web.RestoreOperationFailed",
            #[cfg(feature = "web")]
            Self::WebRestoreOperationStarted(_) => {
                "Microsoft.Web.RestoreOperationStarted"
            }
            #[cfg(feature = "web")]
            Self::WebSlotSwapCompleted(_) => "Microsoft.Web.SlotSwapCompleted",
            #[cfg(feature = "web")]
            Self::WebSlotSwapFailed(_) => "Microsoft.Web.SlotSwapFailed",
            #[cfg(feature = "web")]
            Self::WebSlotSwapStarted(_) => "Microsoft.Web.SlotSwapStarted",
            #[cfg(feature = "web")]
            Self::WebSlotSwapWithPreviewCancelled(_) => {
                "Microsoft.Web.SlotSwapWithPreviewCancelled"
            }
            #[cfg(feature = "web")]
            Self::WebSlotSwapWithPreviewStarted(_) => {
                "Microsoft.Web.SlotSwapWithPreviewStarted"
            }
            Self::Unknown(event) => event.event_type(),
        }
    }
    /// Serializes the event's data (for [`SystemEvent::Unknown`]: the data as received).
    pub fn serialize_data<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match self {
            #[cfg(feature = "apicenter")]
            Self::ApiCenterApiDefinitionAdded(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apicenter")]
            Self::ApiCenterApiDefinitionUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiReleaseCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiReleaseDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiReleaseUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementApiUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementCircuitBreakerClosed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementCircuitBreakerOpened(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayApiAdded(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayApiRemoved(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayCertificateAuthorityCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayCertificateAuthorityDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayCertificateAuthorityUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayHostnameConfigurationCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayHostnameConfigurationDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayHostnameConfigurationUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayTokenExpired(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayTokenNearExpiry(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementGatewayUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementProductCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementProductDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementProductUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementSubscriptionCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementSubscriptionDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementSubscriptionUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementUserCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementUserDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "apimanagement")]
            Self::ApiManagementUserUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "appconfiguration")]
            Self::AppConfigurationKeyValueDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "appconfiguration")]
            Self::AppConfigurationKeyValueModified(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "appconfiguration")]
            Self::AppConfigurationSnapshotCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "appconfiguration")]
            Self::AppConfigurationSnapshotModified(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsClusterCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsClusterDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsClusterFailed(data) => serde::Serialize::serialize(data, serializer),
            #[cfg(feature = "avs")]
            Self::AvsClusterUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsClusterUpdating(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsPrivateCloudFailed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsPrivateCloudUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsPrivateCloudUpdating(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsScriptExecutionCancelled(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsScriptExecutionFailed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsScriptExecutionFinished(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "avs")]
            Self::AvsScriptExecutionStarted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "cache")]
            Self::CacheExportRdbCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "cache")]
            Self::CacheImportRdbCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "cache")]
            Self::CachePatchingCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "cache")]
            Self::CacheScalingCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationAdvancedMessageDeliveryStatusUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationAdvancedMessageReceived(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationCallEnded(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationCallParticipantAdded(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationCallParticipantRemoved(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationCallStarted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatAzureBotCommandReceivedInThread(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageDeletedInThread(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageEdited(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageEditedInThread(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageReceived(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatMessageReceivedInThread(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatParticipantAddedToThreadWithUser(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatParticipantRemovedFromThreadWithUser(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadCreatedWithUser(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadParticipantAdded(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadParticipantRemoved(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadPropertiesUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadPropertiesUpdatedPerUser(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatThreadWithUserDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationChatTypingIndicatorReceivedInThread(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationEmailDeliveryReportReceived(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationEmailEngagementTrackingReportReceived(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationIncomingCall(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRecordingFileStatusUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobCancelled(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobClassificationFailed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobClassified(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobClosed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobExceptionTriggered(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobQueued(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobReceived(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobSchedulingFailed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobUnassigned(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobWaitingForActivation(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterJobWorkerSelectorsExpired(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerDeregistered(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerOfferAccepted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerOfferDeclined(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerOfferExpired(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerOfferIssued(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerOfferRevoked(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerRegistered(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationRouterWorkerUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationSmsDeliveryReportReceived(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationSmsReceived(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "communication")]
            Self::CommunicationUserDisconnected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "compute")]
            Self::ComputeVirtualMachineScaleSetsLifecycleHookEvents(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "containerregistry")]
            Self::ContainerRegistryChartDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "containerregistry")]
            Self::ContainerRegistryChartPushed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "containerregistry")]
            Self::ContainerRegistryImageDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "containerregistry")]
            Self::ContainerRegistryImagePushed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceClusterSupportEnded(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceClusterSupportEnding(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceNewKubernetesVersionAvailable(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceNodePoolRollingFailed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceNodePoolRollingStarted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "containerservice")]
            Self::ContainerServiceNodePoolRollingSucceeded(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "databox")]
            Self::DataBoxCopyCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "databox")]
            Self::DataBoxCopyStarted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "databox")]
            Self::DataBoxOrderCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "devices")]
            Self::DevicesDeviceConnected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "devices")]
            Self::DevicesDeviceCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "devices")]
            Self::DevicesDeviceDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "devices")]
            Self::DevicesDeviceDisconnected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "devices")]
            Self::DevicesDeviceTelemetry(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "edge")]
            Self::EdgeSolutionVersionPublished(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridMqttClientCreatedOrUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridMqttClientDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridMqttClientSessionConnected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridMqttClientSessionDisconnected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridSubscriptionDeletedEvent(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "eventgrid")]
            Self::EventGridSubscriptionValidationEvent(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "eventhub")]
            Self::EventHubCaptureFileCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisDicomImageCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisDicomImageDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisDicomImageUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisFhirResourceCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisFhirResourceDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "healthcareapis")]
            Self::HealthcareApisFhirResourceUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultCertificateExpired(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultCertificateNearExpiry(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultCertificateNewVersionCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultKeyExpired(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultKeyNearExpiry(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultKeyNewVersionCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultSecretExpired(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultSecretNearExpiry(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultSecretNewVersionCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "keyvault")]
            Self::KeyVaultVaultAccessPolicyChanged(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "machinelearningservices")]
            Self::MachineLearningServicesDatasetDriftDetected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "machinelearningservices")]
            Self::MachineLearningServicesModelDeployed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "machinelearningservices")]
            Self::MachineLearningServicesModelRegistered(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "machinelearningservices")]
            Self::MachineLearningServicesRunCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "machinelearningservices")]
            Self::MachineLearningServicesRunStatusChanged(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "maps")]
            Self::MapsGeofenceEntered(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "maps")]
            Self::MapsGeofenceExited(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "maps")]
            Self::MapsGeofenceResult(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobCanceled(data) => serde::Serialize::serialize(data, serializer),
            #[cfg(feature = "media")]
            Self::MediaJobCanceling(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobErrored(data) => serde::Serialize::serialize(data, serializer),
            #[cfg(feature = "media")]
            Self::MediaJobFinished(data) => serde::Serialize::serialize(data, serializer),
            #[cfg(feature = "media")]
            Self::MediaJobOutputCanceled(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobOutputCanceling(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobOutputErrored(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobOutputFinished(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobOutputProcessing(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobOutputProgress(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobOutputScheduled(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobOutputStateChange(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobProcessing(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobScheduled(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaJobStateChange(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventChannelArchiveHeartbeat(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventConnectionRejected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventEncoderConnected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventEncoderDisconnected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventIncomingDataChunkDropped(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventIncomingStreamReceived(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventIncomingStreamsOutOfSync(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventIncomingVideoStreamsOutOfSync(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventIngestHeartbeat(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "media")]
            Self::MediaLiveEventTrackDiscontinuityDetected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "policyinsights")]
            Self::PolicyInsightsPolicyStateChanged(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "policyinsights")]
            Self::PolicyInsightsPolicyStateCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "policyinsights")]
            Self::PolicyInsightsPolicyStateDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resourcenotifications")]
            Self::ResourceNotificationsContainerServiceEventResourcesScheduledEventEmitted(
                data,
            ) => serde::Serialize::serialize(data, serializer),
            #[cfg(feature = "resourcenotifications")]
            Self::ResourceNotificationsHealthResourcesAvailabilityStatusChanged(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resourcenotifications")]
            Self::ResourceNotificationsHealthResourcesResourceAnnotated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resourcenotifications")]
            Self::ResourceNotificationsResourcesCreatedOrUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resourcenotifications")]
            Self::ResourceNotificationsResourcesDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceActionCancel(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceActionFailure(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceActionSuccess(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceDeleteCancel(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceDeleteFailure(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceDeleteSuccess(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceWriteCancel(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceWriteFailure(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "resources")]
            Self::ResourcesResourceWriteSuccess(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "servicebus")]
            Self::ServiceBusActiveMessagesAvailablePeriodicNotifications(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "servicebus")]
            Self::ServiceBusActiveMessagesAvailableWithNoListeners(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "servicebus")]
            Self::ServiceBusDeadletterMessagesAvailablePeriodicNotifications(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "servicebus")]
            Self::ServiceBusDeadletterMessagesAvailableWithNoListeners(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "signalrservice")]
            Self::SignalRServiceClientConnectionConnected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "signalrservice")]
            Self::SignalRServiceClientConnectionDisconnected(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageAsyncOperationInitiated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageBlobCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageBlobDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageBlobInventoryPolicyCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageBlobRenamed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageBlobTierChanged(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageDirectoryCreated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageDirectoryDeleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageDirectoryRenamed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageLifecyclePolicyCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageStorageTaskAssignmentCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageStorageTaskAssignmentQueued(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageStorageTaskCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "storage")]
            Self::StorageStorageTaskQueued(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebAppServicePlanUpdated(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebAppUpdated(data) => serde::Serialize::serialize(data, serializer),
            #[cfg(feature = "web")]
            Self::WebBackupOperationCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebBackupOperationFailed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebBackupOperationStarted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebRestoreOperationCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebRestoreOperationFailed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebRestoreOperationStarted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebSlotSwapCompleted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebSlotSwapFailed(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebSlotSwapStarted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebSlotSwapWithPreviewCancelled(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            #[cfg(feature = "web")]
            Self::WebSlotSwapWithPreviewStarted(data) => {
                serde::Serialize::serialize(data, serializer)
            }
            Self::Unknown(event) => event.serialize_data(serializer),
        }
    }
}
