// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The type string of every Azure Event Grid system event in the catalog: each type the
/// upstream schema defines, the retired Media Services types, and, deprecated, the alias
/// names older SDKs ship.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct SystemEventNames;
impl SystemEventNames {
    /// `Microsoft.ApiCenter.ApiDefinitionAdded`, published by `Microsoft.ApiCenter`.
    ///
    #[cfg_attr(
        feature = "apicenter",
        doc = " Decoded as [`SystemEvent::ApiCenterApiDefinitionAdded`](crate::SystemEvent::ApiCenterApiDefinitionAdded), data [`apicenter::ApiCenterApiDefinitionAddedEventData`](crate::apicenter::ApiCenterApiDefinitionAddedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apicenter"),
        doc = " Typed with the cargo feature `apicenter` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_CENTER_API_DEFINITION_ADDED: &'static str = "Microsoft.ApiCenter.ApiDefinitionAdded";
    /// `Microsoft.ApiCenter.ApiDefinitionUpdated`, published by `Microsoft.ApiCenter`.
    ///
    #[cfg_attr(
        feature = "apicenter",
        doc = " Decoded as [`SystemEvent::ApiCenterApiDefinitionUpdated`](crate::SystemEvent::ApiCenterApiDefinitionUpdated), data [`apicenter::ApiCenterApiDefinitionUpdatedEventData`](crate::apicenter::ApiCenterApiDefinitionUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apicenter"),
        doc = " Typed with the cargo feature `apicenter` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_CENTER_API_DEFINITION_UPDATED: &'static str = "Microsoft.ApiCenter.ApiDefinitionUpdated";
    /// `Microsoft.ApiManagement.APICreated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementApiCreated`](crate::SystemEvent::ApiManagementApiCreated), data [`apimanagement::ApiManagementApiCreatedEventData`](crate::apimanagement::ApiManagementApiCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_API_CREATED: &'static str = "Microsoft.ApiManagement.APICreated";
    /// `Microsoft.ApiManagement.APIDeleted`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementApiDeleted`](crate::SystemEvent::ApiManagementApiDeleted), data [`apimanagement::ApiManagementApiDeletedEventData`](crate::apimanagement::ApiManagementApiDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_API_DELETED: &'static str = "Microsoft.ApiManagement.APIDeleted";
    /// `Microsoft.ApiManagement.APIReleaseCreated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementApiReleaseCreated`](crate::SystemEvent::ApiManagementApiReleaseCreated), data [`apimanagement::ApiManagementApiReleaseCreatedEventData`](crate::apimanagement::ApiManagementApiReleaseCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_API_RELEASE_CREATED: &'static str = "Microsoft.ApiManagement.APIReleaseCreated";
    /// `Microsoft.ApiManagement.APIReleaseDeleted`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementApiReleaseDeleted`](crate::SystemEvent::ApiManagementApiReleaseDeleted), data [`apimanagement::ApiManagementApiReleaseDeletedEventData`](crate::apimanagement::ApiManagementApiReleaseDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_API_RELEASE_DELETED: &'static str = "Microsoft.ApiManagement.APIReleaseDeleted";
    /// `Microsoft.ApiManagement.APIReleaseUpdated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementApiReleaseUpdated`](crate::SystemEvent::ApiManagementApiReleaseUpdated), data [`apimanagement::ApiManagementApiReleaseUpdatedEventData`](crate::apimanagement::ApiManagementApiReleaseUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_API_RELEASE_UPDATED: &'static str = "Microsoft.ApiManagement.APIReleaseUpdated";
    /// `Microsoft.ApiManagement.APIUpdated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementApiUpdated`](crate::SystemEvent::ApiManagementApiUpdated), data [`apimanagement::ApiManagementApiUpdatedEventData`](crate::apimanagement::ApiManagementApiUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_API_UPDATED: &'static str = "Microsoft.ApiManagement.APIUpdated";
    /// `Microsoft.ApiManagement.CircuitBreaker.Closed`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementCircuitBreakerClosed`](crate::SystemEvent::ApiManagementCircuitBreakerClosed), data [`apimanagement::ApiManagementCircuitBreakerClosedEventData`](crate::apimanagement::ApiManagementCircuitBreakerClosedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_CIRCUIT_BREAKER_CLOSED: &'static str = "Microsoft.ApiManagement.CircuitBreaker.Closed";
    /// `Microsoft.ApiManagement.CircuitBreaker.Opened`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementCircuitBreakerOpened`](crate::SystemEvent::ApiManagementCircuitBreakerOpened), data [`apimanagement::ApiManagementCircuitBreakerOpenedEventData`](crate::apimanagement::ApiManagementCircuitBreakerOpenedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_CIRCUIT_BREAKER_OPENED: &'static str = "Microsoft.ApiManagement.CircuitBreaker.Opened";
    /// `Microsoft.ApiManagement.GatewayAPIAdded`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayApiAdded`](crate::SystemEvent::ApiManagementGatewayApiAdded), data [`apimanagement::ApiManagementGatewayApiAddedEventData`](crate::apimanagement::ApiManagementGatewayApiAddedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_API_ADDED: &'static str = "Microsoft.ApiManagement.GatewayAPIAdded";
    /// `Microsoft.ApiManagement.GatewayAPIRemoved`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayApiRemoved`](crate::SystemEvent::ApiManagementGatewayApiRemoved), data [`apimanagement::ApiManagementGatewayApiRemovedEventData`](crate::apimanagement::ApiManagementGatewayApiRemovedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_API_REMOVED: &'static str = "Microsoft.ApiManagement.GatewayAPIRemoved";
    /// `Microsoft.ApiManagement.GatewayCertificateAuthorityCreated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayCertificateAuthorityCreated`](crate::SystemEvent::ApiManagementGatewayCertificateAuthorityCreated), data [`apimanagement::ApiManagementGatewayCertificateAuthorityCreatedEventData`](crate::apimanagement::ApiManagementGatewayCertificateAuthorityCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_CERTIFICATE_AUTHORITY_CREATED: &'static str = "Microsoft.ApiManagement.GatewayCertificateAuthorityCreated";
    /// `Microsoft.ApiManagement.GatewayCertificateAuthorityDeleted`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayCertificateAuthorityDeleted`](crate::SystemEvent::ApiManagementGatewayCertificateAuthorityDeleted), data [`apimanagement::ApiManagementGatewayCertificateAuthorityDeletedEventData`](crate::apimanagement::ApiManagementGatewayCertificateAuthorityDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_CERTIFICATE_AUTHORITY_DELETED: &'static str = "Microsoft.ApiManagement.GatewayCertificateAuthorityDeleted";
    /// `Microsoft.ApiManagement.GatewayCertificateAuthorityUpdated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayCertificateAuthorityUpdated`](crate::SystemEvent::ApiManagementGatewayCertificateAuthorityUpdated), data [`apimanagement::ApiManagementGatewayCertificateAuthorityUpdatedEventData`](crate::apimanagement::ApiManagementGatewayCertificateAuthorityUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_CERTIFICATE_AUTHORITY_UPDATED: &'static str = "Microsoft.ApiManagement.GatewayCertificateAuthorityUpdated";
    /// `Microsoft.ApiManagement.GatewayCreated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayCreated`](crate::SystemEvent::ApiManagementGatewayCreated), data [`apimanagement::ApiManagementGatewayCreatedEventData`](crate::apimanagement::ApiManagementGatewayCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_CREATED: &'static str = "Microsoft.ApiManagement.GatewayCreated";
    /// `Microsoft.ApiManagement.GatewayDeleted`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayDeleted`](crate::SystemEvent::ApiManagementGatewayDeleted), data [`apimanagement::ApiManagementGatewayDeletedEventData`](crate::apimanagement::ApiManagementGatewayDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_DELETED: &'static str = "Microsoft.ApiManagement.GatewayDeleted";
    /// `Microsoft.ApiManagement.GatewayHostnameConfigurationCreated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayHostnameConfigurationCreated`](crate::SystemEvent::ApiManagementGatewayHostnameConfigurationCreated), data [`apimanagement::ApiManagementGatewayHostnameConfigurationCreatedEventData`](crate::apimanagement::ApiManagementGatewayHostnameConfigurationCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_HOSTNAME_CONFIGURATION_CREATED: &'static str = "Microsoft.ApiManagement.GatewayHostnameConfigurationCreated";
    /// `Microsoft.ApiManagement.GatewayHostnameConfigurationDeleted`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayHostnameConfigurationDeleted`](crate::SystemEvent::ApiManagementGatewayHostnameConfigurationDeleted), data [`apimanagement::ApiManagementGatewayHostnameConfigurationDeletedEventData`](crate::apimanagement::ApiManagementGatewayHostnameConfigurationDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_HOSTNAME_CONFIGURATION_DELETED: &'static str = "Microsoft.ApiManagement.GatewayHostnameConfigurationDeleted";
    /// `Microsoft.ApiManagement.GatewayHostnameConfigurationUpdated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayHostnameConfigurationUpdated`](crate::SystemEvent::ApiManagementGatewayHostnameConfigurationUpdated), data [`apimanagement::ApiManagementGatewayHostnameConfigurationUpdatedEventData`](crate::apimanagement::ApiManagementGatewayHostnameConfigurationUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_HOSTNAME_CONFIGURATION_UPDATED: &'static str = "Microsoft.ApiManagement.GatewayHostnameConfigurationUpdated";
    /// `Microsoft.ApiManagement.GatewayTokenExpired`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayTokenExpired`](crate::SystemEvent::ApiManagementGatewayTokenExpired), data [`apimanagement::ApiManagementGatewayTokenExpiredEventData`](crate::apimanagement::ApiManagementGatewayTokenExpiredEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_TOKEN_EXPIRED: &'static str = "Microsoft.ApiManagement.GatewayTokenExpired";
    /// `Microsoft.ApiManagement.GatewayTokenNearExpiry`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayTokenNearExpiry`](crate::SystemEvent::ApiManagementGatewayTokenNearExpiry), data [`apimanagement::ApiManagementGatewayTokenNearExpiryEventData`](crate::apimanagement::ApiManagementGatewayTokenNearExpiryEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_TOKEN_NEAR_EXPIRY: &'static str = "Microsoft.ApiManagement.GatewayTokenNearExpiry";
    /// `Microsoft.ApiManagement.GatewayUpdated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementGatewayUpdated`](crate::SystemEvent::ApiManagementGatewayUpdated), data [`apimanagement::ApiManagementGatewayUpdatedEventData`](crate::apimanagement::ApiManagementGatewayUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_GATEWAY_UPDATED: &'static str = "Microsoft.ApiManagement.GatewayUpdated";
    /// `Microsoft.ApiManagement.ProductCreated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementProductCreated`](crate::SystemEvent::ApiManagementProductCreated), data [`apimanagement::ApiManagementProductCreatedEventData`](crate::apimanagement::ApiManagementProductCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_PRODUCT_CREATED: &'static str = "Microsoft.ApiManagement.ProductCreated";
    /// `Microsoft.ApiManagement.ProductDeleted`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementProductDeleted`](crate::SystemEvent::ApiManagementProductDeleted), data [`apimanagement::ApiManagementProductDeletedEventData`](crate::apimanagement::ApiManagementProductDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_PRODUCT_DELETED: &'static str = "Microsoft.ApiManagement.ProductDeleted";
    /// `Microsoft.ApiManagement.ProductUpdated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementProductUpdated`](crate::SystemEvent::ApiManagementProductUpdated), data [`apimanagement::ApiManagementProductUpdatedEventData`](crate::apimanagement::ApiManagementProductUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_PRODUCT_UPDATED: &'static str = "Microsoft.ApiManagement.ProductUpdated";
    /// `Microsoft.ApiManagement.SubscriptionCreated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementSubscriptionCreated`](crate::SystemEvent::ApiManagementSubscriptionCreated), data [`apimanagement::ApiManagementSubscriptionCreatedEventData`](crate::apimanagement::ApiManagementSubscriptionCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_SUBSCRIPTION_CREATED: &'static str = "Microsoft.ApiManagement.SubscriptionCreated";
    /// `Microsoft.ApiManagement.SubscriptionDeleted`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementSubscriptionDeleted`](crate::SystemEvent::ApiManagementSubscriptionDeleted), data [`apimanagement::ApiManagementSubscriptionDeletedEventData`](crate::apimanagement::ApiManagementSubscriptionDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_SUBSCRIPTION_DELETED: &'static str = "Microsoft.ApiManagement.SubscriptionDeleted";
    /// `Microsoft.ApiManagement.SubscriptionUpdated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementSubscriptionUpdated`](crate::SystemEvent::ApiManagementSubscriptionUpdated), data [`apimanagement::ApiManagementSubscriptionUpdatedEventData`](crate::apimanagement::ApiManagementSubscriptionUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_SUBSCRIPTION_UPDATED: &'static str = "Microsoft.ApiManagement.SubscriptionUpdated";
    /// `Microsoft.ApiManagement.UserCreated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementUserCreated`](crate::SystemEvent::ApiManagementUserCreated), data [`apimanagement::ApiManagementUserCreatedEventData`](crate::apimanagement::ApiManagementUserCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_USER_CREATED: &'static str = "Microsoft.ApiManagement.UserCreated";
    /// `Microsoft.ApiManagement.UserDeleted`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementUserDeleted`](crate::SystemEvent::ApiManagementUserDeleted), data [`apimanagement::ApiManagementUserDeletedEventData`](crate::apimanagement::ApiManagementUserDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_USER_DELETED: &'static str = "Microsoft.ApiManagement.UserDeleted";
    /// `Microsoft.ApiManagement.UserUpdated`, published by `Microsoft.ApiManagement`.
    ///
    #[cfg_attr(
        feature = "apimanagement",
        doc = " Decoded as [`SystemEvent::ApiManagementUserUpdated`](crate::SystemEvent::ApiManagementUserUpdated), data [`apimanagement::ApiManagementUserUpdatedEventData`](crate::apimanagement::ApiManagementUserUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "apimanagement"),
        doc = " Typed with the cargo feature `apimanagement` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const API_MANAGEMENT_USER_UPDATED: &'static str = "Microsoft.ApiManagement.UserUpdated";
    /// `Microsoft.AppConfiguration.KeyValueDeleted`, published by `Microsoft.AppConfiguration`.
    ///
    #[cfg_attr(
        feature = "appconfiguration",
        doc = " Decoded as [`SystemEvent::AppConfigurationKeyValueDeleted`](crate::SystemEvent::AppConfigurationKeyValueDeleted), data [`appconfiguration::AppConfigurationKeyValueDeletedEventData`](crate::appconfiguration::AppConfigurationKeyValueDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "appconfiguration"),
        doc = " Typed with the cargo feature `appconfiguration` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const APP_CONFIGURATION_KEY_VALUE_DELETED: &'static str = "Microsoft.AppConfiguration.KeyValueDeleted";
    /// `Microsoft.AppConfiguration.KeyValueModified`, published by `Microsoft.AppConfiguration`.
    ///
    #[cfg_attr(
        feature = "appconfiguration",
        doc = " Decoded as [`SystemEvent::AppConfigurationKeyValueModified`](crate::SystemEvent::AppConfigurationKeyValueModified), data [`appconfiguration::AppConfigurationKeyValueModifiedEventData`](crate::appconfiguration::AppConfigurationKeyValueModifiedEventData)."
    )]
    #[cfg_attr(
        not(feature = "appconfiguration"),
        doc = " Typed with the cargo feature `appconfiguration` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const APP_CONFIGURATION_KEY_VALUE_MODIFIED: &'static str = "Microsoft.AppConfiguration.KeyValueModified";
    /// `Microsoft.AppConfiguration.SnapshotCreated`, published by `Microsoft.AppConfiguration`.
    ///
    #[cfg_attr(
        feature = "appconfiguration",
        doc = " Decoded as [`SystemEvent::AppConfigurationSnapshotCreated`](crate::SystemEvent::AppConfigurationSnapshotCreated), data [`appconfiguration::AppConfigurationSnapshotCreatedEventData`](crate::appconfiguration::AppConfigurationSnapshotCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "appconfiguration"),
        doc = " Typed with the cargo feature `appconfiguration` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const APP_CONFIGURATION_SNAPSHOT_CREATED: &'static str = "Microsoft.AppConfiguration.SnapshotCreated";
    /// `Microsoft.AppConfiguration.SnapshotModified`, published by `Microsoft.AppConfiguration`.
    ///
    #[cfg_attr(
        feature = "appconfiguration",
        doc = " Decoded as [`SystemEvent::AppConfigurationSnapshotModified`](crate::SystemEvent::AppConfigurationSnapshotModified), data [`appconfiguration::AppConfigurationSnapshotModifiedEventData`](crate::appconfiguration::AppConfigurationSnapshotModifiedEventData)."
    )]
    #[cfg_attr(
        not(feature = "appconfiguration"),
        doc = " Typed with the cargo feature `appconfiguration` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const APP_CONFIGURATION_SNAPSHOT_MODIFIED: &'static str = "Microsoft.AppConfiguration.SnapshotModified";
    /// `Microsoft.AVS.ClusterCreated`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsClusterCreated`](crate::SystemEvent::AvsClusterCreated), data [`avs::AvsClusterCreatedEventData`](crate::avs::AvsClusterCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_CLUSTER_CREATED: &'static str = "Microsoft.AVS.ClusterCreated";
    /// `Microsoft.AVS.ClusterDeleted`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsClusterDeleted`](crate::SystemEvent::AvsClusterDeleted), data [`avs::AvsClusterDeletedEventData`](crate::avs::AvsClusterDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_CLUSTER_DELETED: &'static str = "Microsoft.AVS.ClusterDeleted";
    /// `Microsoft.AVS.ClusterFailed`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsClusterFailed`](crate::SystemEvent::AvsClusterFailed), data [`avs::AvsClusterFailedEventData`](crate::avs::AvsClusterFailedEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_CLUSTER_FAILED: &'static str = "Microsoft.AVS.ClusterFailed";
    /// `Microsoft.AVS.ClusterUpdated`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsClusterUpdated`](crate::SystemEvent::AvsClusterUpdated), data [`avs::AvsClusterUpdatedEventData`](crate::avs::AvsClusterUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_CLUSTER_UPDATED: &'static str = "Microsoft.AVS.ClusterUpdated";
    /// `Microsoft.AVS.ClusterUpdating`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsClusterUpdating`](crate::SystemEvent::AvsClusterUpdating), data [`avs::AvsClusterUpdatingEventData`](crate::avs::AvsClusterUpdatingEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_CLUSTER_UPDATING: &'static str = "Microsoft.AVS.ClusterUpdating";
    /// `Microsoft.AVS.PrivateCloudFailed`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsPrivateCloudFailed`](crate::SystemEvent::AvsPrivateCloudFailed), data [`avs::AvsPrivateCloudFailedEventData`](crate::avs::AvsPrivateCloudFailedEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_PRIVATE_CLOUD_FAILED: &'static str = "Microsoft.AVS.PrivateCloudFailed";
    /// `Microsoft.AVS.PrivateCloudUpdated`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsPrivateCloudUpdated`](crate::SystemEvent::AvsPrivateCloudUpdated), data [`avs::AvsPrivateCloudUpdatedEventData`](crate::avs::AvsPrivateCloudUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_PRIVATE_CLOUD_UPDATED: &'static str = "Microsoft.AVS.PrivateCloudUpdated";
    /// `Microsoft.AVS.PrivateCloudUpdating`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsPrivateCloudUpdating`](crate::SystemEvent::AvsPrivateCloudUpdating), data [`avs::AvsPrivateCloudUpdatingEventData`](crate::avs::AvsPrivateCloudUpdatingEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_PRIVATE_CLOUD_UPDATING: &'static str = "Microsoft.AVS.PrivateCloudUpdating";
    /// `Microsoft.AVS.ScriptExecutionCancelled`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsScriptExecutionCancelled`](crate::SystemEvent::AvsScriptExecutionCancelled), data [`avs::AvsScriptExecutionCancelledEventData`](crate::avs::AvsScriptExecutionCancelledEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_SCRIPT_EXECUTION_CANCELLED: &'static str = "Microsoft.AVS.ScriptExecutionCancelled";
    /// `Microsoft.AVS.ScriptExecutionFailed`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsScriptExecutionFailed`](crate::SystemEvent::AvsScriptExecutionFailed), data [`avs::AvsScriptExecutionFailedEventData`](crate::avs::AvsScriptExecutionFailedEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_SCRIPT_EXECUTION_FAILED: &'static str = "Microsoft.AVS.ScriptExecutionFailed";
    /// `Microsoft.AVS.ScriptExecutionFinished`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsScriptExecutionFinished`](crate::SystemEvent::AvsScriptExecutionFinished), data [`avs::AvsScriptExecutionFinishedEventData`](crate::avs::AvsScriptExecutionFinishedEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_SCRIPT_EXECUTION_FINISHED: &'static str = "Microsoft.AVS.ScriptExecutionFinished";
    /// `Microsoft.AVS.ScriptExecutionStarted`, published by `Microsoft.AVS`.
    ///
    #[cfg_attr(
        feature = "avs",
        doc = " Decoded as [`SystemEvent::AvsScriptExecutionStarted`](crate::SystemEvent::AvsScriptExecutionStarted), data [`avs::AvsScriptExecutionStartedEventData`](crate::avs::AvsScriptExecutionStartedEventData)."
    )]
    #[cfg_attr(
        not(feature = "avs"),
        doc = " Typed with the cargo feature `avs` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const AVS_SCRIPT_EXECUTION_STARTED: &'static str = "Microsoft.AVS.ScriptExecutionStarted";
    /// `Microsoft.Cache.ExportRDBCompleted`, published by `Microsoft.Cache`.
    ///
    #[cfg_attr(
        feature = "cache",
        doc = " Decoded as [`SystemEvent::CacheExportRdbCompleted`](crate::SystemEvent::CacheExportRdbCompleted), data [`cache::RedisExportRDBCompletedEventData`](crate::cache::RedisExportRDBCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "cache"),
        doc = " Typed with the cargo feature `cache` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CACHE_EXPORT_RDB_COMPLETED: &'static str = "Microsoft.Cache.ExportRDBCompleted";
    /// `Microsoft.Cache.ImportRDBCompleted`, published by `Microsoft.Cache`.
    ///
    #[cfg_attr(
        feature = "cache",
        doc = " Decoded as [`SystemEvent::CacheImportRdbCompleted`](crate::SystemEvent::CacheImportRdbCompleted), data [`cache::RedisImportRDBCompletedEventData`](crate::cache::RedisImportRDBCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "cache"),
        doc = " Typed with the cargo feature `cache` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CACHE_IMPORT_RDB_COMPLETED: &'static str = "Microsoft.Cache.ImportRDBCompleted";
    /// `Microsoft.Cache.PatchingCompleted`, published by `Microsoft.Cache`.
    ///
    #[cfg_attr(
        feature = "cache",
        doc = " Decoded as [`SystemEvent::CachePatchingCompleted`](crate::SystemEvent::CachePatchingCompleted), data [`cache::RedisPatchingCompletedEventData`](crate::cache::RedisPatchingCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "cache"),
        doc = " Typed with the cargo feature `cache` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CACHE_PATCHING_COMPLETED: &'static str = "Microsoft.Cache.PatchingCompleted";
    /// `Microsoft.Cache.ScalingCompleted`, published by `Microsoft.Cache`.
    ///
    #[cfg_attr(
        feature = "cache",
        doc = " Decoded as [`SystemEvent::CacheScalingCompleted`](crate::SystemEvent::CacheScalingCompleted), data [`cache::RedisScalingCompletedEventData`](crate::cache::RedisScalingCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "cache"),
        doc = " Typed with the cargo feature `cache` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CACHE_SCALING_COMPLETED: &'static str = "Microsoft.Cache.ScalingCompleted";
    /// `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationAdvancedMessageDeliveryStatusUpdated`](crate::SystemEvent::CommunicationAdvancedMessageDeliveryStatusUpdated), data [`communication::AcsMessageDeliveryStatusUpdatedEventData`](crate::communication::AcsMessageDeliveryStatusUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ADVANCED_MESSAGE_DELIVERY_STATUS_UPDATED: &'static str = "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated";
    /// `Microsoft.Communication.AdvancedMessageReceived`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationAdvancedMessageReceived`](crate::SystemEvent::CommunicationAdvancedMessageReceived), data [`communication::AcsMessageReceivedEventData`](crate::communication::AcsMessageReceivedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ADVANCED_MESSAGE_RECEIVED: &'static str = "Microsoft.Communication.AdvancedMessageReceived";
    /// `Microsoft.Communication.CallEnded`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationCallEnded`](crate::SystemEvent::CommunicationCallEnded), data [`communication::AcsCallEndedEventData`](crate::communication::AcsCallEndedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CALL_ENDED: &'static str = "Microsoft.Communication.CallEnded";
    /// `Microsoft.Communication.CallParticipantAdded`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationCallParticipantAdded`](crate::SystemEvent::CommunicationCallParticipantAdded), data [`communication::AcsCallParticipantAddedEventData`](crate::communication::AcsCallParticipantAddedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CALL_PARTICIPANT_ADDED: &'static str = "Microsoft.Communication.CallParticipantAdded";
    /// `Microsoft.Communication.CallParticipantRemoved`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationCallParticipantRemoved`](crate::SystemEvent::CommunicationCallParticipantRemoved), data [`communication::AcsCallParticipantRemovedEventData`](crate::communication::AcsCallParticipantRemovedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CALL_PARTICIPANT_REMOVED: &'static str = "Microsoft.Communication.CallParticipantRemoved";
    /// `Microsoft.Communication.CallStarted`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationCallStarted`](crate::SystemEvent::CommunicationCallStarted), data [`communication::AcsCallStartedEventData`](crate::communication::AcsCallStartedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CALL_STARTED: &'static str = "Microsoft.Communication.CallStarted";
    /// `Microsoft.Communication.ChatAzureBotCommandReceivedInThread`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatAzureBotCommandReceivedInThread`](crate::SystemEvent::CommunicationChatAzureBotCommandReceivedInThread), data [`communication::AcsChatAzureBotCommandReceivedInThreadEventData`](crate::communication::AcsChatAzureBotCommandReceivedInThreadEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_AZURE_BOT_COMMAND_RECEIVED_IN_THREAD: &'static str = "Microsoft.Communication.ChatAzureBotCommandReceivedInThread";
    /// `Microsoft.Communication.ChatMemberAddedToThreadWithUser`, published by `Microsoft.Communication`.
    #[deprecated(
        note = "a name some Azure SDKs ship that Event Grid does not publish; it has no schema"
    )]
    pub const COMMUNICATION_CHAT_MEMBER_ADDED_TO_THREAD_WITH_USER: &'static str = "Microsoft.Communication.ChatMemberAddedToThreadWithUser";
    /// `Microsoft.Communication.ChatMemberRemovedFromThreadWithUser`, published by `Microsoft.Communication`.
    #[deprecated(
        note = "a name some Azure SDKs ship that Event Grid does not publish; it has no schema"
    )]
    pub const COMMUNICATION_CHAT_MEMBER_REMOVED_FROM_THREAD_WITH_USER: &'static str = "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser";
    /// `Microsoft.Communication.ChatMessageDeleted`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatMessageDeleted`](crate::SystemEvent::CommunicationChatMessageDeleted), data [`communication::AcsChatMessageDeletedEventData`](crate::communication::AcsChatMessageDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_MESSAGE_DELETED: &'static str = "Microsoft.Communication.ChatMessageDeleted";
    /// `Microsoft.Communication.ChatMessageDeletedInThread`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatMessageDeletedInThread`](crate::SystemEvent::CommunicationChatMessageDeletedInThread), data [`communication::AcsChatMessageDeletedInThreadEventData`](crate::communication::AcsChatMessageDeletedInThreadEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_MESSAGE_DELETED_IN_THREAD: &'static str = "Microsoft.Communication.ChatMessageDeletedInThread";
    /// `Microsoft.Communication.ChatMessageEdited`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatMessageEdited`](crate::SystemEvent::CommunicationChatMessageEdited), data [`communication::AcsChatMessageEditedEventData`](crate::communication::AcsChatMessageEditedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_MESSAGE_EDITED: &'static str = "Microsoft.Communication.ChatMessageEdited";
    /// `Microsoft.Communication.ChatMessageEditedInThread`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatMessageEditedInThread`](crate::SystemEvent::CommunicationChatMessageEditedInThread), data [`communication::AcsChatMessageEditedInThreadEventData`](crate::communication::AcsChatMessageEditedInThreadEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_MESSAGE_EDITED_IN_THREAD: &'static str = "Microsoft.Communication.ChatMessageEditedInThread";
    /// `Microsoft.Communication.ChatMessageReceived`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatMessageReceived`](crate::SystemEvent::CommunicationChatMessageReceived), data [`communication::AcsChatMessageReceivedEventData`](crate::communication::AcsChatMessageReceivedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_MESSAGE_RECEIVED: &'static str = "Microsoft.Communication.ChatMessageReceived";
    /// `Microsoft.Communication.ChatMessageReceivedInThread`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatMessageReceivedInThread`](crate::SystemEvent::CommunicationChatMessageReceivedInThread), data [`communication::AcsChatMessageReceivedInThreadEventData`](crate::communication::AcsChatMessageReceivedInThreadEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_MESSAGE_RECEIVED_IN_THREAD: &'static str = "Microsoft.Communication.ChatMessageReceivedInThread";
    /// `Microsoft.Communication.ChatParticipantAddedToThreadWithUser`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatParticipantAddedToThreadWithUser`](crate::SystemEvent::CommunicationChatParticipantAddedToThreadWithUser), data [`communication::AcsChatParticipantAddedToThreadWithUserEventData`](crate::communication::AcsChatParticipantAddedToThreadWithUserEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_PARTICIPANT_ADDED_TO_THREAD_WITH_USER: &'static str = "Microsoft.Communication.ChatParticipantAddedToThreadWithUser";
    /// `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatParticipantRemovedFromThreadWithUser`](crate::SystemEvent::CommunicationChatParticipantRemovedFromThreadWithUser), data [`communication::AcsChatParticipantRemovedFromThreadWithUserEventData`](crate::communication::AcsChatParticipantRemovedFromThreadWithUserEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_PARTICIPANT_REMOVED_FROM_THREAD_WITH_USER: &'static str = "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser";
    /// `Microsoft.Communication.ChatThreadCreated`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatThreadCreated`](crate::SystemEvent::CommunicationChatThreadCreated), data [`communication::AcsChatThreadCreatedEventData`](crate::communication::AcsChatThreadCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_THREAD_CREATED: &'static str = "Microsoft.Communication.ChatThreadCreated";
    /// `Microsoft.Communication.ChatThreadCreatedWithUser`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatThreadCreatedWithUser`](crate::SystemEvent::CommunicationChatThreadCreatedWithUser), data [`communication::AcsChatThreadCreatedWithUserEventData`](crate::communication::AcsChatThreadCreatedWithUserEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_THREAD_CREATED_WITH_USER: &'static str = "Microsoft.Communication.ChatThreadCreatedWithUser";
    /// `Microsoft.Communication.ChatThreadDeleted`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatThreadDeleted`](crate::SystemEvent::CommunicationChatThreadDeleted), data [`communication::AcsChatThreadDeletedEventData`](crate::communication::AcsChatThreadDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_THREAD_DELETED: &'static str = "Microsoft.Communication.ChatThreadDeleted";
    /// `Microsoft.Communication.ChatThreadParticipantAdded`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatThreadParticipantAdded`](crate::SystemEvent::CommunicationChatThreadParticipantAdded), data [`communication::AcsChatParticipantAddedToThreadEventData`](crate::communication::AcsChatParticipantAddedToThreadEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_THREAD_PARTICIPANT_ADDED: &'static str = "Microsoft.Communication.ChatThreadParticipantAdded";
    /// `Microsoft.Communication.ChatThreadParticipantRemoved`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatThreadParticipantRemoved`](crate::SystemEvent::CommunicationChatThreadParticipantRemoved), data [`communication::AcsChatParticipantRemovedFromThreadEventData`](crate::communication::AcsChatParticipantRemovedFromThreadEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_THREAD_PARTICIPANT_REMOVED: &'static str = "Microsoft.Communication.ChatThreadParticipantRemoved";
    /// `Microsoft.Communication.ChatThreadPropertiesUpdated`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatThreadPropertiesUpdated`](crate::SystemEvent::CommunicationChatThreadPropertiesUpdated), data [`communication::AcsChatThreadPropertiesUpdatedEventData`](crate::communication::AcsChatThreadPropertiesUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_THREAD_PROPERTIES_UPDATED: &'static str = "Microsoft.Communication.ChatThreadPropertiesUpdated";
    /// `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatThreadPropertiesUpdatedPerUser`](crate::SystemEvent::CommunicationChatThreadPropertiesUpdatedPerUser), data [`communication::AcsChatThreadPropertiesUpdatedPerUserEventData`](crate::communication::AcsChatThreadPropertiesUpdatedPerUserEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_THREAD_PROPERTIES_UPDATED_PER_USER: &'static str = "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser";
    /// `Microsoft.Communication.ChatThreadWithUserDeleted`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatThreadWithUserDeleted`](crate::SystemEvent::CommunicationChatThreadWithUserDeleted), data [`communication::AcsChatThreadWithUserDeletedEventData`](crate::communication::AcsChatThreadWithUserDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_THREAD_WITH_USER_DELETED: &'static str = "Microsoft.Communication.ChatThreadWithUserDeleted";
    /// `Microsoft.Communication.ChatTypingIndicatorReceivedInThread`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationChatTypingIndicatorReceivedInThread`](crate::SystemEvent::CommunicationChatTypingIndicatorReceivedInThread), data [`communication::AcsChatTypingIndicatorReceivedInThreadEventData`](crate::communication::AcsChatTypingIndicatorReceivedInThreadEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_CHAT_TYPING_INDICATOR_RECEIVED_IN_THREAD: &'static str = "Microsoft.Communication.ChatTypingIndicatorReceivedInThread";
    /// `Microsoft.Communication.EmailDeliveryReportReceived`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationEmailDeliveryReportReceived`](crate::SystemEvent::CommunicationEmailDeliveryReportReceived), data [`communication::AcsEmailDeliveryReportReceivedEventData`](crate::communication::AcsEmailDeliveryReportReceivedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_EMAIL_DELIVERY_REPORT_RECEIVED: &'static str = "Microsoft.Communication.EmailDeliveryReportReceived";
    /// `Microsoft.Communication.EmailEngagementTrackingReportReceived`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationEmailEngagementTrackingReportReceived`](crate::SystemEvent::CommunicationEmailEngagementTrackingReportReceived), data [`communication::AcsEmailEngagementTrackingReportReceivedEventData`](crate::communication::AcsEmailEngagementTrackingReportReceivedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_EMAIL_ENGAGEMENT_TRACKING_REPORT_RECEIVED: &'static str = "Microsoft.Communication.EmailEngagementTrackingReportReceived";
    /// `Microsoft.Communication.IncomingCall`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationIncomingCall`](crate::SystemEvent::CommunicationIncomingCall), data [`communication::AcsIncomingCallEventData`](crate::communication::AcsIncomingCallEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_INCOMING_CALL: &'static str = "Microsoft.Communication.IncomingCall";
    /// `Microsoft.Communication.RecordingFileStatusUpdated`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRecordingFileStatusUpdated`](crate::SystemEvent::CommunicationRecordingFileStatusUpdated), data [`communication::AcsRecordingFileStatusUpdatedEventData`](crate::communication::AcsRecordingFileStatusUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_RECORDING_FILE_STATUS_UPDATED: &'static str = "Microsoft.Communication.RecordingFileStatusUpdated";
    /// `Microsoft.Communication.RouterJobCancelled`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobCancelled`](crate::SystemEvent::CommunicationRouterJobCancelled), data [`communication::AcsRouterJobCancelledEventData`](crate::communication::AcsRouterJobCancelledEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_CANCELLED: &'static str = "Microsoft.Communication.RouterJobCancelled";
    /// `Microsoft.Communication.RouterJobClassificationFailed`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobClassificationFailed`](crate::SystemEvent::CommunicationRouterJobClassificationFailed), data [`communication::AcsRouterJobClassificationFailedEventData`](crate::communication::AcsRouterJobClassificationFailedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_CLASSIFICATION_FAILED: &'static str = "Microsoft.Communication.RouterJobClassificationFailed";
    /// `Microsoft.Communication.RouterJobClassified`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobClassified`](crate::SystemEvent::CommunicationRouterJobClassified), data [`communication::AcsRouterJobClassifiedEventData`](crate::communication::AcsRouterJobClassifiedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_CLASSIFIED: &'static str = "Microsoft.Communication.RouterJobClassified";
    /// `Microsoft.Communication.RouterJobClosed`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobClosed`](crate::SystemEvent::CommunicationRouterJobClosed), data [`communication::AcsRouterJobClosedEventData`](crate::communication::AcsRouterJobClosedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_CLOSED: &'static str = "Microsoft.Communication.RouterJobClosed";
    /// `Microsoft.Communication.RouterJobCompleted`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobCompleted`](crate::SystemEvent::CommunicationRouterJobCompleted), data [`communication::AcsRouterJobCompletedEventData`](crate::communication::AcsRouterJobCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_COMPLETED: &'static str = "Microsoft.Communication.RouterJobCompleted";
    /// `Microsoft.Communication.RouterJobDeleted`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobDeleted`](crate::SystemEvent::CommunicationRouterJobDeleted), data [`communication::AcsRouterJobDeletedEventData`](crate::communication::AcsRouterJobDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_DELETED: &'static str = "Microsoft.Communication.RouterJobDeleted";
    /// `Microsoft.Communication.RouterJobExceptionTriggered`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobExceptionTriggered`](crate::SystemEvent::CommunicationRouterJobExceptionTriggered), data [`communication::AcsRouterJobExceptionTriggeredEventData`](crate::communication::AcsRouterJobExceptionTriggeredEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_EXCEPTION_TRIGGERED: &'static str = "Microsoft.Communication.RouterJobExceptionTriggered";
    /// `Microsoft.Communication.RouterJobQueued`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobQueued`](crate::SystemEvent::CommunicationRouterJobQueued), data [`communication::AcsRouterJobQueuedEventData`](crate::communication::AcsRouterJobQueuedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_QUEUED: &'static str = "Microsoft.Communication.RouterJobQueued";
    /// `Microsoft.Communication.RouterJobReceived`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobReceived`](crate::SystemEvent::CommunicationRouterJobReceived), data [`communication::AcsRouterJobReceivedEventData`](crate::communication::AcsRouterJobReceivedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_RECEIVED: &'static str = "Microsoft.Communication.RouterJobReceived";
    /// `Microsoft.Communication.RouterJobSchedulingFailed`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobSchedulingFailed`](crate::SystemEvent::CommunicationRouterJobSchedulingFailed), data [`communication::AcsRouterJobSchedulingFailedEventData`](crate::communication::AcsRouterJobSchedulingFailedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_SCHEDULING_FAILED: &'static str = "Microsoft.Communication.RouterJobSchedulingFailed";
    /// `Microsoft.Communication.RouterJobUnassigned`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobUnassigned`](crate::SystemEvent::CommunicationRouterJobUnassigned), data [`communication::AcsRouterJobUnassignedEventData`](crate::communication::AcsRouterJobUnassignedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_UNASSIGNED: &'static str = "Microsoft.Communication.RouterJobUnassigned";
    /// `Microsoft.Communication.RouterJobWaitingForActivation`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobWaitingForActivation`](crate::SystemEvent::CommunicationRouterJobWaitingForActivation), data [`communication::AcsRouterJobWaitingForActivationEventData`](crate::communication::AcsRouterJobWaitingForActivationEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_WAITING_FOR_ACTIVATION: &'static str = "Microsoft.Communication.RouterJobWaitingForActivation";
    /// `Microsoft.Communication.RouterJobWorkerSelectorsExpire`, published by `Microsoft.Communication`.
    #[deprecated(
        note = "a name some Azure SDKs ship that Event Grid does not publish; it has no schema"
    )]
    pub const COMMUNICATION_ROUTER_JOB_WORKER_SELECTORS_EXPIRE: &'static str = "Microsoft.Communication.RouterJobWorkerSelectorsExpire";
    /// `Microsoft.Communication.RouterJobWorkerSelectorsExpired`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterJobWorkerSelectorsExpired`](crate::SystemEvent::CommunicationRouterJobWorkerSelectorsExpired), data [`communication::AcsRouterJobWorkerSelectorsExpiredEventData`](crate::communication::AcsRouterJobWorkerSelectorsExpiredEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_JOB_WORKER_SELECTORS_EXPIRED: &'static str = "Microsoft.Communication.RouterJobWorkerSelectorsExpired";
    /// `Microsoft.Communication.RouterWorkerDeleted`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterWorkerDeleted`](crate::SystemEvent::CommunicationRouterWorkerDeleted), data [`communication::AcsRouterWorkerDeletedEventData`](crate::communication::AcsRouterWorkerDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_WORKER_DELETED: &'static str = "Microsoft.Communication.RouterWorkerDeleted";
    /// `Microsoft.Communication.RouterWorkerDeregistered`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterWorkerDeregistered`](crate::SystemEvent::CommunicationRouterWorkerDeregistered), data [`communication::AcsRouterWorkerDeregisteredEventData`](crate::communication::AcsRouterWorkerDeregisteredEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_WORKER_DEREGISTERED: &'static str = "Microsoft.Communication.RouterWorkerDeregistered";
    /// `Microsoft.Communication.RouterWorkerOfferAccepted`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterWorkerOfferAccepted`](crate::SystemEvent::CommunicationRouterWorkerOfferAccepted), data [`communication::AcsRouterWorkerOfferAcceptedEventData`](crate::communication::AcsRouterWorkerOfferAcceptedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_WORKER_OFFER_ACCEPTED: &'static str = "Microsoft.Communication.RouterWorkerOfferAccepted";
    /// `Microsoft.Communication.RouterWorkerOfferDeclined`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterWorkerOfferDeclined`](crate::SystemEvent::CommunicationRouterWorkerOfferDeclined), data [`communication::AcsRouterWorkerOfferDeclinedEventData`](crate::communication::AcsRouterWorkerOfferDeclinedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_WORKER_OFFER_DECLINED: &'static str = "Microsoft.Communication.RouterWorkerOfferDeclined";
    /// `Microsoft.Communication.RouterWorkerOfferExpired`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterWorkerOfferExpired`](crate::SystemEvent::CommunicationRouterWorkerOfferExpired), data [`communication::AcsRouterWorkerOfferExpiredEventData`](crate::communication::AcsRouterWorkerOfferExpiredEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_WORKER_OFFER_EXPIRED: &'static str = "Microsoft.Communication.RouterWorkerOfferExpired";
    /// `Microsoft.Communication.RouterWorkerOfferIssued`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterWorkerOfferIssued`](crate::SystemEvent::CommunicationRouterWorkerOfferIssued), data [`communication::AcsRouterWorkerOfferIssuedEventData`](crate::communication::AcsRouterWorkerOfferIssuedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_WORKER_OFFER_ISSUED: &'static str = "Microsoft.Communication.RouterWorkerOfferIssued";
    /// `Microsoft.Communication.RouterWorkerOfferRevoked`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterWorkerOfferRevoked`](crate::SystemEvent::CommunicationRouterWorkerOfferRevoked), data [`communication::AcsRouterWorkerOfferRevokedEventData`](crate::communication::AcsRouterWorkerOfferRevokedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_WORKER_OFFER_REVOKED: &'static str = "Microsoft.Communication.RouterWorkerOfferRevoked";
    /// `Microsoft.Communication.RouterWorkerRegistered`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterWorkerRegistered`](crate::SystemEvent::CommunicationRouterWorkerRegistered), data [`communication::AcsRouterWorkerRegisteredEventData`](crate::communication::AcsRouterWorkerRegisteredEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_WORKER_REGISTERED: &'static str = "Microsoft.Communication.RouterWorkerRegistered";
    /// `Microsoft.Communication.RouterWorkerUpdated`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationRouterWorkerUpdated`](crate::SystemEvent::CommunicationRouterWorkerUpdated), data [`communication::AcsRouterWorkerUpdatedEventData`](crate::communication::AcsRouterWorkerUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_ROUTER_WORKER_UPDATED: &'static str = "Microsoft.Communication.RouterWorkerUpdated";
    /// `Microsoft.Communication.SMSDeliveryReportReceived`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationSmsDeliveryReportReceived`](crate::SystemEvent::CommunicationSmsDeliveryReportReceived), data [`communication::AcsSmsDeliveryReportReceivedEventData`](crate::communication::AcsSmsDeliveryReportReceivedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_SMS_DELIVERY_REPORT_RECEIVED: &'static str = "Microsoft.Communication.SMSDeliveryReportReceived";
    /// `Microsoft.Communication.SMSReceived`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationSmsReceived`](crate::SystemEvent::CommunicationSmsReceived), data [`communication::AcsSmsReceivedEventData`](crate::communication::AcsSmsReceivedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_SMS_RECEIVED: &'static str = "Microsoft.Communication.SMSReceived";
    /// `Microsoft.Communication.UserDisconnected`, published by `Microsoft.Communication`.
    ///
    #[cfg_attr(
        feature = "communication",
        doc = " Decoded as [`SystemEvent::CommunicationUserDisconnected`](crate::SystemEvent::CommunicationUserDisconnected), data [`communication::AcsUserDisconnectedEventData`](crate::communication::AcsUserDisconnectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "communication"),
        doc = " Typed with the cargo feature `communication` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMMUNICATION_USER_DISCONNECTED: &'static str = "Microsoft.Communication.UserDisconnected";
    /// `Microsoft.Compute.VirtualMachineScaleSets.LifecycleHookEvents`, published by `Microsoft.Compute`.
    ///
    #[cfg_attr(
        feature = "compute",
        doc = " Decoded as [`SystemEvent::ComputeVirtualMachineScaleSetsLifecycleHookEvents`](crate::SystemEvent::ComputeVirtualMachineScaleSetsLifecycleHookEvents), data [`compute::LifecycleHookEventsEventData`](crate::compute::LifecycleHookEventsEventData)."
    )]
    #[cfg_attr(
        not(feature = "compute"),
        doc = " Typed with the cargo feature `compute` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const COMPUTE_VIRTUAL_MACHINE_SCALE_SETS_LIFECYCLE_HOOK_EVENTS: &'static str = "Microsoft.Compute.VirtualMachineScaleSets.LifecycleHookEvents";
    /// `Microsoft.ContainerRegistry.ChartDeleted`, published by `Microsoft.ContainerRegistry`.
    ///
    #[cfg_attr(
        feature = "containerregistry",
        doc = " Decoded as [`SystemEvent::ContainerRegistryChartDeleted`](crate::SystemEvent::ContainerRegistryChartDeleted), data [`containerregistry::ContainerRegistryChartDeletedEventData`](crate::containerregistry::ContainerRegistryChartDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "containerregistry"),
        doc = " Typed with the cargo feature `containerregistry` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CONTAINER_REGISTRY_CHART_DELETED: &'static str = "Microsoft.ContainerRegistry.ChartDeleted";
    /// `Microsoft.ContainerRegistry.ChartPushed`, published by `Microsoft.ContainerRegistry`.
    ///
    #[cfg_attr(
        feature = "containerregistry",
        doc = " Decoded as [`SystemEvent::ContainerRegistryChartPushed`](crate::SystemEvent::ContainerRegistryChartPushed), data [`containerregistry::ContainerRegistryChartPushedEventData`](crate::containerregistry::ContainerRegistryChartPushedEventData)."
    )]
    #[cfg_attr(
        not(feature = "containerregistry"),
        doc = " Typed with the cargo feature `containerregistry` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CONTAINER_REGISTRY_CHART_PUSHED: &'static str = "Microsoft.ContainerRegistry.ChartPushed";
    /// `Microsoft.ContainerRegistry.ImageDeleted`, published by `Microsoft.ContainerRegistry`.
    ///
    #[cfg_attr(
        feature = "containerregistry",
        doc = " Decoded as [`SystemEvent::ContainerRegistryImageDeleted`](crate::SystemEvent::ContainerRegistryImageDeleted), data [`containerregistry::ContainerRegistryImageDeletedEventData`](crate::containerregistry::ContainerRegistryImageDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "containerregistry"),
        doc = " Typed with the cargo feature `containerregistry` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CONTAINER_REGISTRY_IMAGE_DELETED: &'static str = "Microsoft.ContainerRegistry.ImageDeleted";
    /// `Microsoft.ContainerRegistry.ImagePushed`, published by `Microsoft.ContainerRegistry`.
    ///
    #[cfg_attr(
        feature = "containerregistry",
        doc = " Decoded as [`SystemEvent::ContainerRegistryImagePushed`](crate::SystemEvent::ContainerRegistryImagePushed), data [`containerregistry::ContainerRegistryImagePushedEventData`](crate::containerregistry::ContainerRegistryImagePushedEventData)."
    )]
    #[cfg_attr(
        not(feature = "containerregistry"),
        doc = " Typed with the cargo feature `containerregistry` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CONTAINER_REGISTRY_IMAGE_PUSHED: &'static str = "Microsoft.ContainerRegistry.ImagePushed";
    /// `Microsoft.ContainerService.ClusterSupportEnded`, published by `Microsoft.ContainerService`.
    ///
    #[cfg_attr(
        feature = "containerservice",
        doc = " Decoded as [`SystemEvent::ContainerServiceClusterSupportEnded`](crate::SystemEvent::ContainerServiceClusterSupportEnded), data [`containerservice::ContainerServiceClusterSupportEndedEventData`](crate::containerservice::ContainerServiceClusterSupportEndedEventData)."
    )]
    #[cfg_attr(
        not(feature = "containerservice"),
        doc = " Typed with the cargo feature `containerservice` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CONTAINER_SERVICE_CLUSTER_SUPPORT_ENDED: &'static str = "Microsoft.ContainerService.ClusterSupportEnded";
    /// `Microsoft.ContainerService.ClusterSupportEnding`, published by `Microsoft.ContainerService`.
    ///
    #[cfg_attr(
        feature = "containerservice",
        doc = " Decoded as [`SystemEvent::ContainerServiceClusterSupportEnding`](crate::SystemEvent::ContainerServiceClusterSupportEnding), data [`containerservice::ContainerServiceClusterSupportEndingEventData`](crate::containerservice::ContainerServiceClusterSupportEndingEventData)."
    )]
    #[cfg_attr(
        not(feature = "containerservice"),
        doc = " Typed with the cargo feature `containerservice` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CONTAINER_SERVICE_CLUSTER_SUPPORT_ENDING: &'static str = "Microsoft.ContainerService.ClusterSupportEnding";
    /// `Microsoft.ContainerService.NewKubernetesVersionAvailable`, published by `Microsoft.ContainerService`.
    ///
    #[cfg_attr(
        feature = "containerservice",
        doc = " Decoded as [`SystemEvent::ContainerServiceNewKubernetesVersionAvailable`](crate::SystemEvent::ContainerServiceNewKubernetesVersionAvailable), data [`containerservice::ContainerServiceNewKubernetesVersionAvailableEventData`](crate::containerservice::ContainerServiceNewKubernetesVersionAvailableEventData)."
    )]
    #[cfg_attr(
        not(feature = "containerservice"),
        doc = " Typed with the cargo feature `containerservice` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CONTAINER_SERVICE_NEW_KUBERNETES_VERSION_AVAILABLE: &'static str = "Microsoft.ContainerService.NewKubernetesVersionAvailable";
    /// `Microsoft.ContainerService.NodePoolRollingFailed`, published by `Microsoft.ContainerService`.
    ///
    #[cfg_attr(
        feature = "containerservice",
        doc = " Decoded as [`SystemEvent::ContainerServiceNodePoolRollingFailed`](crate::SystemEvent::ContainerServiceNodePoolRollingFailed), data [`containerservice::ContainerServiceNodePoolRollingFailedEventData`](crate::containerservice::ContainerServiceNodePoolRollingFailedEventData)."
    )]
    #[cfg_attr(
        not(feature = "containerservice"),
        doc = " Typed with the cargo feature `containerservice` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CONTAINER_SERVICE_NODE_POOL_ROLLING_FAILED: &'static str = "Microsoft.ContainerService.NodePoolRollingFailed";
    /// `Microsoft.ContainerService.NodePoolRollingStarted`, published by `Microsoft.ContainerService`.
    ///
    #[cfg_attr(
        feature = "containerservice",
        doc = " Decoded as [`SystemEvent::ContainerServiceNodePoolRollingStarted`](crate::SystemEvent::ContainerServiceNodePoolRollingStarted), data [`containerservice::ContainerServiceNodePoolRollingStartedEventData`](crate::containerservice::ContainerServiceNodePoolRollingStartedEventData)."
    )]
    #[cfg_attr(
        not(feature = "containerservice"),
        doc = " Typed with the cargo feature `containerservice` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CONTAINER_SERVICE_NODE_POOL_ROLLING_STARTED: &'static str = "Microsoft.ContainerService.NodePoolRollingStarted";
    /// `Microsoft.ContainerService.NodePoolRollingSucceeded`, published by `Microsoft.ContainerService`.
    ///
    #[cfg_attr(
        feature = "containerservice",
        doc = " Decoded as [`SystemEvent::ContainerServiceNodePoolRollingSucceeded`](crate::SystemEvent::ContainerServiceNodePoolRollingSucceeded), data [`containerservice::ContainerServiceNodePoolRollingSucceededEventData`](crate::containerservice::ContainerServiceNodePoolRollingSucceededEventData)."
    )]
    #[cfg_attr(
        not(feature = "containerservice"),
        doc = " Typed with the cargo feature `containerservice` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const CONTAINER_SERVICE_NODE_POOL_ROLLING_SUCCEEDED: &'static str = "Microsoft.ContainerService.NodePoolRollingSucceeded";
    /// `Microsoft.DataBox.CopyCompleted`, published by `Microsoft.DataBox`.
    ///
    #[cfg_attr(
        feature = "databox",
        doc = " Decoded as [`SystemEvent::DataBoxCopyCompleted`](crate::SystemEvent::DataBoxCopyCompleted), data [`databox::DataBoxCopyCompletedEventData`](crate::databox::DataBoxCopyCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "databox"),
        doc = " Typed with the cargo feature `databox` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const DATA_BOX_COPY_COMPLETED: &'static str = "Microsoft.DataBox.CopyCompleted";
    /// `Microsoft.DataBox.CopyStarted`, published by `Microsoft.DataBox`.
    ///
    #[cfg_attr(
        feature = "databox",
        doc = " Decoded as [`SystemEvent::DataBoxCopyStarted`](crate::SystemEvent::DataBoxCopyStarted), data [`databox::DataBoxCopyStartedEventData`](crate::databox::DataBoxCopyStartedEventData)."
    )]
    #[cfg_attr(
        not(feature = "databox"),
        doc = " Typed with the cargo feature `databox` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const DATA_BOX_COPY_STARTED: &'static str = "Microsoft.DataBox.CopyStarted";
    /// `Microsoft.DataBox.OrderCompleted`, published by `Microsoft.DataBox`.
    ///
    #[cfg_attr(
        feature = "databox",
        doc = " Decoded as [`SystemEvent::DataBoxOrderCompleted`](crate::SystemEvent::DataBoxOrderCompleted), data [`databox::DataBoxOrderCompletedEventData`](crate::databox::DataBoxOrderCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "databox"),
        doc = " Typed with the cargo feature `databox` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const DATA_BOX_ORDER_COMPLETED: &'static str = "Microsoft.DataBox.OrderCompleted";
    /// `Microsoft.Devices.DeviceConnected`, published by `Microsoft.Devices`.
    ///
    #[cfg_attr(
        feature = "devices",
        doc = " Decoded as [`SystemEvent::DevicesDeviceConnected`](crate::SystemEvent::DevicesDeviceConnected), data [`devices::IotHubDeviceConnectedEventData`](crate::devices::IotHubDeviceConnectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "devices"),
        doc = " Typed with the cargo feature `devices` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const DEVICES_DEVICE_CONNECTED: &'static str = "Microsoft.Devices.DeviceConnected";
    /// `Microsoft.Devices.DeviceCreated`, published by `Microsoft.Devices`.
    ///
    #[cfg_attr(
        feature = "devices",
        doc = " Decoded as [`SystemEvent::DevicesDeviceCreated`](crate::SystemEvent::DevicesDeviceCreated), data [`devices::IotHubDeviceCreatedEventData`](crate::devices::IotHubDeviceCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "devices"),
        doc = " Typed with the cargo feature `devices` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const DEVICES_DEVICE_CREATED: &'static str = "Microsoft.Devices.DeviceCreated";
    /// `Microsoft.Devices.DeviceDeleted`, published by `Microsoft.Devices`.
    ///
    #[cfg_attr(
        feature = "devices",
        doc = " Decoded as [`SystemEvent::DevicesDeviceDeleted`](crate::SystemEvent::DevicesDeviceDeleted), data [`devices::IotHubDeviceDeletedEventData`](crate::devices::IotHubDeviceDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "devices"),
        doc = " Typed with the cargo feature `devices` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const DEVICES_DEVICE_DELETED: &'static str = "Microsoft.Devices.DeviceDeleted";
    /// `Microsoft.Devices.DeviceDisconnected`, published by `Microsoft.Devices`.
    ///
    #[cfg_attr(
        feature = "devices",
        doc = " Decoded as [`SystemEvent::DevicesDeviceDisconnected`](crate::SystemEvent::DevicesDeviceDisconnected), data [`devices::IotHubDeviceDisconnectedEventData`](crate::devices::IotHubDeviceDisconnectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "devices"),
        doc = " Typed with the cargo feature `devices` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const DEVICES_DEVICE_DISCONNECTED: &'static str = "Microsoft.Devices.DeviceDisconnected";
    /// `Microsoft.Devices.DeviceTelemetry`, published by `Microsoft.Devices`.
    ///
    #[cfg_attr(
        feature = "devices",
        doc = " Decoded as [`SystemEvent::DevicesDeviceTelemetry`](crate::SystemEvent::DevicesDeviceTelemetry), data [`devices::IotHubDeviceTelemetryEventData`](crate::devices::IotHubDeviceTelemetryEventData)."
    )]
    #[cfg_attr(
        not(feature = "devices"),
        doc = " Typed with the cargo feature `devices` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const DEVICES_DEVICE_TELEMETRY: &'static str = "Microsoft.Devices.DeviceTelemetry";
    /// `Microsoft.Edge.SolutionVersionPublished`, published by `Microsoft.Edge`.
    ///
    #[cfg_attr(
        feature = "edge",
        doc = " Decoded as [`SystemEvent::EdgeSolutionVersionPublished`](crate::SystemEvent::EdgeSolutionVersionPublished), data [`edge::EdgeSolutionVersionPublishedEventData`](crate::edge::EdgeSolutionVersionPublishedEventData)."
    )]
    #[cfg_attr(
        not(feature = "edge"),
        doc = " Typed with the cargo feature `edge` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const EDGE_SOLUTION_VERSION_PUBLISHED: &'static str = "Microsoft.Edge.SolutionVersionPublished";
    /// `Microsoft.EventGrid.MQTTClientCreatedOrUpdated`, published by `Microsoft.EventGrid`.
    ///
    #[cfg_attr(
        feature = "eventgrid",
        doc = " Decoded as [`SystemEvent::EventGridMqttClientCreatedOrUpdated`](crate::SystemEvent::EventGridMqttClientCreatedOrUpdated), data [`eventgrid::EventGridMQTTClientCreatedOrUpdatedEventData`](crate::eventgrid::EventGridMQTTClientCreatedOrUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "eventgrid"),
        doc = " Typed with the cargo feature `eventgrid` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const EVENT_GRID_MQTT_CLIENT_CREATED_OR_UPDATED: &'static str = "Microsoft.EventGrid.MQTTClientCreatedOrUpdated";
    /// `Microsoft.EventGrid.MQTTClientDeleted`, published by `Microsoft.EventGrid`.
    ///
    #[cfg_attr(
        feature = "eventgrid",
        doc = " Decoded as [`SystemEvent::EventGridMqttClientDeleted`](crate::SystemEvent::EventGridMqttClientDeleted), data [`eventgrid::EventGridMQTTClientDeletedEventData`](crate::eventgrid::EventGridMQTTClientDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "eventgrid"),
        doc = " Typed with the cargo feature `eventgrid` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const EVENT_GRID_MQTT_CLIENT_DELETED: &'static str = "Microsoft.EventGrid.MQTTClientDeleted";
    /// `Microsoft.EventGrid.MQTTClientSessionConnected`, published by `Microsoft.EventGrid`.
    ///
    #[cfg_attr(
        feature = "eventgrid",
        doc = " Decoded as [`SystemEvent::EventGridMqttClientSessionConnected`](crate::SystemEvent::EventGridMqttClientSessionConnected), data [`eventgrid::EventGridMQTTClientSessionConnectedEventData`](crate::eventgrid::EventGridMQTTClientSessionConnectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "eventgrid"),
        doc = " Typed with the cargo feature `eventgrid` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const EVENT_GRID_MQTT_CLIENT_SESSION_CONNECTED: &'static str = "Microsoft.EventGrid.MQTTClientSessionConnected";
    /// `Microsoft.EventGrid.MQTTClientSessionDisconnected`, published by `Microsoft.EventGrid`.
    ///
    #[cfg_attr(
        feature = "eventgrid",
        doc = " Decoded as [`SystemEvent::EventGridMqttClientSessionDisconnected`](crate::SystemEvent::EventGridMqttClientSessionDisconnected), data [`eventgrid::EventGridMQTTClientSessionDisconnectedEventData`](crate::eventgrid::EventGridMQTTClientSessionDisconnectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "eventgrid"),
        doc = " Typed with the cargo feature `eventgrid` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const EVENT_GRID_MQTT_CLIENT_SESSION_DISCONNECTED: &'static str = "Microsoft.EventGrid.MQTTClientSessionDisconnected";
    /// `Microsoft.EventGrid.SubscriptionDeletedEvent`, published by `Microsoft.EventGrid`.
    ///
    #[cfg_attr(
        feature = "eventgrid",
        doc = " Decoded as [`SystemEvent::EventGridSubscriptionDeletedEvent`](crate::SystemEvent::EventGridSubscriptionDeletedEvent), data [`eventgrid::SubscriptionDeletedEventData`](crate::eventgrid::SubscriptionDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "eventgrid"),
        doc = " Typed with the cargo feature `eventgrid` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const EVENT_GRID_SUBSCRIPTION_DELETED_EVENT: &'static str = "Microsoft.EventGrid.SubscriptionDeletedEvent";
    /// `Microsoft.EventGrid.SubscriptionValidationEvent`, published by `Microsoft.EventGrid`.
    ///
    #[cfg_attr(
        feature = "eventgrid",
        doc = " Decoded as [`SystemEvent::EventGridSubscriptionValidationEvent`](crate::SystemEvent::EventGridSubscriptionValidationEvent), data [`eventgrid::SubscriptionValidationEventData`](crate::eventgrid::SubscriptionValidationEventData)."
    )]
    #[cfg_attr(
        not(feature = "eventgrid"),
        doc = " Typed with the cargo feature `eventgrid` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const EVENT_GRID_SUBSCRIPTION_VALIDATION_EVENT: &'static str = "Microsoft.EventGrid.SubscriptionValidationEvent";
    /// `Microsoft.EventHub.CaptureFileCreated`, published by `Microsoft.EventHub`.
    ///
    #[cfg_attr(
        feature = "eventhub",
        doc = " Decoded as [`SystemEvent::EventHubCaptureFileCreated`](crate::SystemEvent::EventHubCaptureFileCreated), data [`eventhub::EventHubCaptureFileCreatedEventData`](crate::eventhub::EventHubCaptureFileCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "eventhub"),
        doc = " Typed with the cargo feature `eventhub` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const EVENT_HUB_CAPTURE_FILE_CREATED: &'static str = "Microsoft.EventHub.CaptureFileCreated";
    /// `Microsoft.HealthcareApis.DicomImageCreated`, published by `Microsoft.HealthcareApis`.
    ///
    #[cfg_attr(
        feature = "healthcareapis",
        doc = " Decoded as [`SystemEvent::HealthcareApisDicomImageCreated`](crate::SystemEvent::HealthcareApisDicomImageCreated), data [`healthcareapis::HealthcareDicomImageCreatedEventData`](crate::healthcareapis::HealthcareDicomImageCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "healthcareapis"),
        doc = " Typed with the cargo feature `healthcareapis` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const HEALTHCARE_APIS_DICOM_IMAGE_CREATED: &'static str = "Microsoft.HealthcareApis.DicomImageCreated";
    /// `Microsoft.HealthcareApis.DicomImageDeleted`, published by `Microsoft.HealthcareApis`.
    ///
    #[cfg_attr(
        feature = "healthcareapis",
        doc = " Decoded as [`SystemEvent::HealthcareApisDicomImageDeleted`](crate::SystemEvent::HealthcareApisDicomImageDeleted), data [`healthcareapis::HealthcareDicomImageDeletedEventData`](crate::healthcareapis::HealthcareDicomImageDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "healthcareapis"),
        doc = " Typed with the cargo feature `healthcareapis` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const HEALTHCARE_APIS_DICOM_IMAGE_DELETED: &'static str = "Microsoft.HealthcareApis.DicomImageDeleted";
    /// `Microsoft.HealthcareApis.DicomImageUpdated`, published by `Microsoft.HealthcareApis`.
    ///
    #[cfg_attr(
        feature = "healthcareapis",
        doc = " Decoded as [`SystemEvent::HealthcareApisDicomImageUpdated`](crate::SystemEvent::HealthcareApisDicomImageUpdated), data [`healthcareapis::HealthcareDicomImageUpdatedEventData`](crate::healthcareapis::HealthcareDicomImageUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "healthcareapis"),
        doc = " Typed with the cargo feature `healthcareapis` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const HEALTHCARE_APIS_DICOM_IMAGE_UPDATED: &'static str = "Microsoft.HealthcareApis.DicomImageUpdated";
    /// `Microsoft.HealthcareApis.FhirDeletedCreated`, published by `Microsoft.HealthcareApis`.
    #[deprecated(
        note = "a name some Azure SDKs ship that Event Grid does not publish; it has no schema"
    )]
    pub const HEALTHCARE_APIS_FHIR_DELETED_CREATED: &'static str = "Microsoft.HealthcareApis.FhirDeletedCreated";
    /// `Microsoft.HealthcareApis.FhirResourceCreated`, published by `Microsoft.HealthcareApis`.
    ///
    #[cfg_attr(
        feature = "healthcareapis",
        doc = " Decoded as [`SystemEvent::HealthcareApisFhirResourceCreated`](crate::SystemEvent::HealthcareApisFhirResourceCreated), data [`healthcareapis::HealthcareFhirResourceCreatedEventData`](crate::healthcareapis::HealthcareFhirResourceCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "healthcareapis"),
        doc = " Typed with the cargo feature `healthcareapis` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const HEALTHCARE_APIS_FHIR_RESOURCE_CREATED: &'static str = "Microsoft.HealthcareApis.FhirResourceCreated";
    /// `Microsoft.HealthcareApis.FhirResourceDeleted`, published by `Microsoft.HealthcareApis`.
    ///
    #[cfg_attr(
        feature = "healthcareapis",
        doc = " Decoded as [`SystemEvent::HealthcareApisFhirResourceDeleted`](crate::SystemEvent::HealthcareApisFhirResourceDeleted), data [`healthcareapis::HealthcareFhirResourceDeletedEventData`](crate::healthcareapis::HealthcareFhirResourceDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "healthcareapis"),
        doc = " Typed with the cargo feature `healthcareapis` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const HEALTHCARE_APIS_FHIR_RESOURCE_DELETED: &'static str = "Microsoft.HealthcareApis.FhirResourceDeleted";
    /// `Microsoft.HealthcareApis.FhirResourceUpdated`, published by `Microsoft.HealthcareApis`.
    ///
    #[cfg_attr(
        feature = "healthcareapis",
        doc = " Decoded as [`SystemEvent::HealthcareApisFhirResourceUpdated`](crate::SystemEvent::HealthcareApisFhirResourceUpdated), data [`healthcareapis::HealthcareFhirResourceUpdatedEventData`](crate::healthcareapis::HealthcareFhirResourceUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "healthcareapis"),
        doc = " Typed with the cargo feature `healthcareapis` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const HEALTHCARE_APIS_FHIR_RESOURCE_UPDATED: &'static str = "Microsoft.HealthcareApis.FhirResourceUpdated";
    /// `Microsoft.HealthcareApis.FhirUpdatedCreated`, published by `Microsoft.HealthcareApis`.
    #[deprecated(
        note = "a name some Azure SDKs ship that Event Grid does not publish; it has no schema"
    )]
    pub const HEALTHCARE_APIS_FHIR_UPDATED_CREATED: &'static str = "Microsoft.HealthcareApis.FhirUpdatedCreated";
    /// `Microsoft.KeyVault.CertificateExpired`, published by `Microsoft.KeyVault`.
    ///
    #[cfg_attr(
        feature = "keyvault",
        doc = " Decoded as [`SystemEvent::KeyVaultCertificateExpired`](crate::SystemEvent::KeyVaultCertificateExpired), data [`keyvault::KeyVaultCertificateExpiredEventData`](crate::keyvault::KeyVaultCertificateExpiredEventData)."
    )]
    #[cfg_attr(
        not(feature = "keyvault"),
        doc = " Typed with the cargo feature `keyvault` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const KEY_VAULT_CERTIFICATE_EXPIRED: &'static str = "Microsoft.KeyVault.CertificateExpired";
    /// `Microsoft.KeyVault.CertificateNearExpiry`, published by `Microsoft.KeyVault`.
    ///
    #[cfg_attr(
        feature = "keyvault",
        doc = " Decoded as [`SystemEvent::KeyVaultCertificateNearExpiry`](crate::SystemEvent::KeyVaultCertificateNearExpiry), data [`keyvault::KeyVaultCertificateNearExpiryEventData`](crate::keyvault::KeyVaultCertificateNearExpiryEventData)."
    )]
    #[cfg_attr(
        not(feature = "keyvault"),
        doc = " Typed with the cargo feature `keyvault` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const KEY_VAULT_CERTIFICATE_NEAR_EXPIRY: &'static str = "Microsoft.KeyVault.CertificateNearExpiry";
    /// `Microsoft.KeyVault.CertificateNewVersionCreated`, published by `Microsoft.KeyVault`.
    ///
    #[cfg_attr(
        feature = "keyvault",
        doc = " Decoded as [`SystemEvent::KeyVaultCertificateNewVersionCreated`](crate::SystemEvent::KeyVaultCertificateNewVersionCreated), data [`keyvault::KeyVaultCertificateNewVersionCreatedEventData`](crate::keyvault::KeyVaultCertificateNewVersionCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "keyvault"),
        doc = " Typed with the cargo feature `keyvault` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const KEY_VAULT_CERTIFICATE_NEW_VERSION_CREATED: &'static str = "Microsoft.KeyVault.CertificateNewVersionCreated";
    /// `Microsoft.KeyVault.KeyExpired`, published by `Microsoft.KeyVault`.
    ///
    #[cfg_attr(
        feature = "keyvault",
        doc = " Decoded as [`SystemEvent::KeyVaultKeyExpired`](crate::SystemEvent::KeyVaultKeyExpired), data [`keyvault::KeyVaultKeyExpiredEventData`](crate::keyvault::KeyVaultKeyExpiredEventData)."
    )]
    #[cfg_attr(
        not(feature = "keyvault"),
        doc = " Typed with the cargo feature `keyvault` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const KEY_VAULT_KEY_EXPIRED: &'static str = "Microsoft.KeyVault.KeyExpired";
    /// `Microsoft.KeyVault.KeyNearExpiry`, published by `Microsoft.KeyVault`.
    ///
    #[cfg_attr(
        feature = "keyvault",
        doc = " Decoded as [`SystemEvent::KeyVaultKeyNearExpiry`](crate::SystemEvent::KeyVaultKeyNearExpiry), data [`keyvault::KeyVaultKeyNearExpiryEventData`](crate::keyvault::KeyVaultKeyNearExpiryEventData)."
    )]
    #[cfg_attr(
        not(feature = "keyvault"),
        doc = " Typed with the cargo feature `keyvault` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const KEY_VAULT_KEY_NEAR_EXPIRY: &'static str = "Microsoft.KeyVault.KeyNearExpiry";
    /// `Microsoft.KeyVault.KeyNewVersionCreated`, published by `Microsoft.KeyVault`.
    ///
    #[cfg_attr(
        feature = "keyvault",
        doc = " Decoded as [`SystemEvent::KeyVaultKeyNewVersionCreated`](crate::SystemEvent::KeyVaultKeyNewVersionCreated), data [`keyvault::KeyVaultKeyNewVersionCreatedEventData`](crate::keyvault::KeyVaultKeyNewVersionCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "keyvault"),
        doc = " Typed with the cargo feature `keyvault` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const KEY_VAULT_KEY_NEW_VERSION_CREATED: &'static str = "Microsoft.KeyVault.KeyNewVersionCreated";
    /// `Microsoft.KeyVault.SecretExpired`, published by `Microsoft.KeyVault`.
    ///
    #[cfg_attr(
        feature = "keyvault",
        doc = " Decoded as [`SystemEvent::KeyVaultSecretExpired`](crate::SystemEvent::KeyVaultSecretExpired), data [`keyvault::KeyVaultSecretExpiredEventData`](crate::keyvault::KeyVaultSecretExpiredEventData)."
    )]
    #[cfg_attr(
        not(feature = "keyvault"),
        doc = " Typed with the cargo feature `keyvault` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const KEY_VAULT_SECRET_EXPIRED: &'static str = "Microsoft.KeyVault.SecretExpired";
    /// `Microsoft.KeyVault.SecretNearExpiry`, published by `Microsoft.KeyVault`.
    ///
    #[cfg_attr(
        feature = "keyvault",
        doc = " Decoded as [`SystemEvent::KeyVaultSecretNearExpiry`](crate::SystemEvent::KeyVaultSecretNearExpiry), data [`keyvault::KeyVaultSecretNearExpiryEventData`](crate::keyvault::KeyVaultSecretNearExpiryEventData)."
    )]
    #[cfg_attr(
        not(feature = "keyvault"),
        doc = " Typed with the cargo feature `keyvault` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const KEY_VAULT_SECRET_NEAR_EXPIRY: &'static str = "Microsoft.KeyVault.SecretNearExpiry";
    /// `Microsoft.KeyVault.SecretNewVersionCreated`, published by `Microsoft.KeyVault`.
    ///
    #[cfg_attr(
        feature = "keyvault",
        doc = " Decoded as [`SystemEvent::KeyVaultSecretNewVersionCreated`](crate::SystemEvent::KeyVaultSecretNewVersionCreated), data [`keyvault::KeyVaultSecretNewVersionCreatedEventData`](crate::keyvault::KeyVaultSecretNewVersionCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "keyvault"),
        doc = " Typed with the cargo feature `keyvault` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const KEY_VAULT_SECRET_NEW_VERSION_CREATED: &'static str = "Microsoft.KeyVault.SecretNewVersionCreated";
    /// `Microsoft.KeyVault.VaultAccessPolicyChanged`, published by `Microsoft.KeyVault`.
    ///
    #[cfg_attr(
        feature = "keyvault",
        doc = " Decoded as [`SystemEvent::KeyVaultVaultAccessPolicyChanged`](crate::SystemEvent::KeyVaultVaultAccessPolicyChanged), data [`keyvault::KeyVaultAccessPolicyChangedEventData`](crate::keyvault::KeyVaultAccessPolicyChangedEventData)."
    )]
    #[cfg_attr(
        not(feature = "keyvault"),
        doc = " Typed with the cargo feature `keyvault` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const KEY_VAULT_VAULT_ACCESS_POLICY_CHANGED: &'static str = "Microsoft.KeyVault.VaultAccessPolicyChanged";
    /// `Microsoft.MachineLearningServices.DatasetDriftDetected`, published by `Microsoft.MachineLearningServices`.
    ///
    #[cfg_attr(
        feature = "machinelearningservices",
        doc = " Decoded as [`SystemEvent::MachineLearningServicesDatasetDriftDetected`](crate::SystemEvent::MachineLearningServicesDatasetDriftDetected), data [`machinelearningservices::MachineLearningServicesDatasetDriftDetectedEventData`](crate::machinelearningservices::MachineLearningServicesDatasetDriftDetectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "machinelearningservices"),
        doc = " Typed with the cargo feature `machinelearningservices` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MACHINE_LEARNING_SERVICES_DATASET_DRIFT_DETECTED: &'static str = "Microsoft.MachineLearningServices.DatasetDriftDetected";
    /// `Microsoft.MachineLearningServices.ModelDeployed`, published by `Microsoft.MachineLearningServices`.
    ///
    #[cfg_attr(
        feature = "machinelearningservices",
        doc = " Decoded as [`SystemEvent::MachineLearningServicesModelDeployed`](crate::SystemEvent::MachineLearningServicesModelDeployed), data [`machinelearningservices::MachineLearningServicesModelDeployedEventData`](crate::machinelearningservices::MachineLearningServicesModelDeployedEventData)."
    )]
    #[cfg_attr(
        not(feature = "machinelearningservices"),
        doc = " Typed with the cargo feature `machinelearningservices` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MACHINE_LEARNING_SERVICES_MODEL_DEPLOYED: &'static str = "Microsoft.MachineLearningServices.ModelDeployed";
    /// `Microsoft.MachineLearningServices.ModelRegistered`, published by `Microsoft.MachineLearningServices`.
    ///
    #[cfg_attr(
        feature = "machinelearningservices",
        doc = " Decoded as [`SystemEvent::MachineLearningServicesModelRegistered`](crate::SystemEvent::MachineLearningServicesModelRegistered), data [`machinelearningservices::MachineLearningServicesModelRegisteredEventData`](crate::machinelearningservices::MachineLearningServicesModelRegisteredEventData)."
    )]
    #[cfg_attr(
        not(feature = "machinelearningservices"),
        doc = " Typed with the cargo feature `machinelearningservices` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MACHINE_LEARNING_SERVICES_MODEL_REGISTERED: &'static str = "Microsoft.MachineLearningServices.ModelRegistered";
    /// `Microsoft.MachineLearningServices.RunCompleted`, published by `Microsoft.MachineLearningServices`.
    ///
    #[cfg_attr(
        feature = "machinelearningservices",
        doc = " Decoded as [`SystemEvent::MachineLearningServicesRunCompleted`](crate::SystemEvent::MachineLearningServicesRunCompleted), data [`machinelearningservices::MachineLearningServicesRunCompletedEventData`](crate::machinelearningservices::MachineLearningServicesRunCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "machinelearningservices"),
        doc = " Typed with the cargo feature `machinelearningservices` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MACHINE_LEARNING_SERVICES_RUN_COMPLETED: &'static str = "Microsoft.MachineLearningServices.RunCompleted";
    /// `Microsoft.MachineLearningServices.RunStatusChanged`, published by `Microsoft.MachineLearningServices`.
    ///
    #[cfg_attr(
        feature = "machinelearningservices",
        doc = " Decoded as [`SystemEvent::MachineLearningServicesRunStatusChanged`](crate::SystemEvent::MachineLearningServicesRunStatusChanged), data [`machinelearningservices::MachineLearningServicesRunStatusChangedEventData`](crate::machinelearningservices::MachineLearningServicesRunStatusChangedEventData)."
    )]
    #[cfg_attr(
        not(feature = "machinelearningservices"),
        doc = " Typed with the cargo feature `machinelearningservices` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MACHINE_LEARNING_SERVICES_RUN_STATUS_CHANGED: &'static str = "Microsoft.MachineLearningServices.RunStatusChanged";
    /// `Microsoft.Maps.GeofenceEntered`, published by `Microsoft.Maps`.
    ///
    #[cfg_attr(
        feature = "maps",
        doc = " Decoded as [`SystemEvent::MapsGeofenceEntered`](crate::SystemEvent::MapsGeofenceEntered), data [`maps::MapsGeofenceEnteredEventData`](crate::maps::MapsGeofenceEnteredEventData)."
    )]
    #[cfg_attr(
        not(feature = "maps"),
        doc = " Typed with the cargo feature `maps` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MAPS_GEOFENCE_ENTERED: &'static str = "Microsoft.Maps.GeofenceEntered";
    /// `Microsoft.Maps.GeofenceExited`, published by `Microsoft.Maps`.
    ///
    #[cfg_attr(
        feature = "maps",
        doc = " Decoded as [`SystemEvent::MapsGeofenceExited`](crate::SystemEvent::MapsGeofenceExited), data [`maps::MapsGeofenceExitedEventData`](crate::maps::MapsGeofenceExitedEventData)."
    )]
    #[cfg_attr(
        not(feature = "maps"),
        doc = " Typed with the cargo feature `maps` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MAPS_GEOFENCE_EXITED: &'static str = "Microsoft.Maps.GeofenceExited";
    /// `Microsoft.Maps.GeofenceResult`, published by `Microsoft.Maps`.
    ///
    #[cfg_attr(
        feature = "maps",
        doc = " Decoded as [`SystemEvent::MapsGeofenceResult`](crate::SystemEvent::MapsGeofenceResult), data [`maps::MapsGeofenceResultEventData`](crate::maps::MapsGeofenceResultEventData)."
    )]
    #[cfg_attr(
        not(feature = "maps"),
        doc = " Typed with the cargo feature `maps` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MAPS_GEOFENCE_RESULT: &'static str = "Microsoft.Maps.GeofenceResult";
    /// `Microsoft.Media.JobCanceled`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobCanceled`](crate::SystemEvent::MediaJobCanceled), data [`media::MediaJobCanceledEventData`](crate::media::MediaJobCanceledEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_CANCELED: &'static str = "Microsoft.Media.JobCanceled";
    /// `Microsoft.Media.JobCanceling`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobCanceling`](crate::SystemEvent::MediaJobCanceling), data [`media::MediaJobCancelingEventData`](crate::media::MediaJobCancelingEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_CANCELING: &'static str = "Microsoft.Media.JobCanceling";
    /// `Microsoft.Media.JobErrored`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobErrored`](crate::SystemEvent::MediaJobErrored), data [`media::MediaJobErroredEventData`](crate::media::MediaJobErroredEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_ERRORED: &'static str = "Microsoft.Media.JobErrored";
    /// `Microsoft.Media.JobFinished`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobFinished`](crate::SystemEvent::MediaJobFinished), data [`media::MediaJobFinishedEventData`](crate::media::MediaJobFinishedEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_FINISHED: &'static str = "Microsoft.Media.JobFinished";
    /// `Microsoft.Media.JobOutputCanceled`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobOutputCanceled`](crate::SystemEvent::MediaJobOutputCanceled), data [`media::MediaJobOutputCanceledEventData`](crate::media::MediaJobOutputCanceledEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_OUTPUT_CANCELED: &'static str = "Microsoft.Media.JobOutputCanceled";
    /// `Microsoft.Media.JobOutputCanceling`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobOutputCanceling`](crate::SystemEvent::MediaJobOutputCanceling), data [`media::MediaJobOutputCancelingEventData`](crate::media::MediaJobOutputCancelingEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_OUTPUT_CANCELING: &'static str = "Microsoft.Media.JobOutputCanceling";
    /// `Microsoft.Media.JobOutputErrored`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobOutputErrored`](crate::SystemEvent::MediaJobOutputErrored), data [`media::MediaJobOutputErroredEventData`](crate::media::MediaJobOutputErroredEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_OUTPUT_ERRORED: &'static str = "Microsoft.Media.JobOutputErrored";
    /// `Microsoft.Media.JobOutputFinished`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobOutputFinished`](crate::SystemEvent::MediaJobOutputFinished), data [`media::MediaJobOutputFinishedEventData`](crate::media::MediaJobOutputFinishedEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_OUTPUT_FINISHED: &'static str = "Microsoft.Media.JobOutputFinished";
    /// `Microsoft.Media.JobOutputProcessing`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobOutputProcessing`](crate::SystemEvent::MediaJobOutputProcessing), data [`media::MediaJobOutputProcessingEventData`](crate::media::MediaJobOutputProcessingEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_OUTPUT_PROCESSING: &'static str = "Microsoft.Media.JobOutputProcessing";
    /// `Microsoft.Media.JobOutputProgress`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobOutputProgress`](crate::SystemEvent::MediaJobOutputProgress), data [`media::MediaJobOutputProgressEventData`](crate::media::MediaJobOutputProgressEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_OUTPUT_PROGRESS: &'static str = "Microsoft.Media.JobOutputProgress";
    /// `Microsoft.Media.JobOutputScheduled`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobOutputScheduled`](crate::SystemEvent::MediaJobOutputScheduled), data [`media::MediaJobOutputScheduledEventData`](crate::media::MediaJobOutputScheduledEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_OUTPUT_SCHEDULED: &'static str = "Microsoft.Media.JobOutputScheduled";
    /// `Microsoft.Media.JobOutputStateChange`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobOutputStateChange`](crate::SystemEvent::MediaJobOutputStateChange), data [`media::MediaJobOutputStateChangeEventData`](crate::media::MediaJobOutputStateChangeEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_OUTPUT_STATE_CHANGE: &'static str = "Microsoft.Media.JobOutputStateChange";
    /// `Microsoft.Media.JobProcessing`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobProcessing`](crate::SystemEvent::MediaJobProcessing), data [`media::MediaJobProcessingEventData`](crate::media::MediaJobProcessingEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_PROCESSING: &'static str = "Microsoft.Media.JobProcessing";
    /// `Microsoft.Media.JobScheduled`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobScheduled`](crate::SystemEvent::MediaJobScheduled), data [`media::MediaJobScheduledEventData`](crate::media::MediaJobScheduledEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_SCHEDULED: &'static str = "Microsoft.Media.JobScheduled";
    /// `Microsoft.Media.JobStateChange`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaJobStateChange`](crate::SystemEvent::MediaJobStateChange), data [`media::MediaJobStateChangeEventData`](crate::media::MediaJobStateChangeEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_JOB_STATE_CHANGE: &'static str = "Microsoft.Media.JobStateChange";
    /// `Microsoft.Media.LiveEventChannelArchiveHeartbeat`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaLiveEventChannelArchiveHeartbeat`](crate::SystemEvent::MediaLiveEventChannelArchiveHeartbeat), data [`media::MediaLiveEventChannelArchiveHeartbeatEventData`](crate::media::MediaLiveEventChannelArchiveHeartbeatEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_LIVE_EVENT_CHANNEL_ARCHIVE_HEARTBEAT: &'static str = "Microsoft.Media.LiveEventChannelArchiveHeartbeat";
    /// `Microsoft.Media.LiveEventConnectionRejected`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaLiveEventConnectionRejected`](crate::SystemEvent::MediaLiveEventConnectionRejected), data [`media::MediaLiveEventConnectionRejectedEventData`](crate::media::MediaLiveEventConnectionRejectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_LIVE_EVENT_CONNECTION_REJECTED: &'static str = "Microsoft.Media.LiveEventConnectionRejected";
    /// `Microsoft.Media.LiveEventEncoderConnected`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaLiveEventEncoderConnected`](crate::SystemEvent::MediaLiveEventEncoderConnected), data [`media::MediaLiveEventEncoderConnectedEventData`](crate::media::MediaLiveEventEncoderConnectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_LIVE_EVENT_ENCODER_CONNECTED: &'static str = "Microsoft.Media.LiveEventEncoderConnected";
    /// `Microsoft.Media.LiveEventEncoderDisconnected`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaLiveEventEncoderDisconnected`](crate::SystemEvent::MediaLiveEventEncoderDisconnected), data [`media::MediaLiveEventEncoderDisconnectedEventData`](crate::media::MediaLiveEventEncoderDisconnectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_LIVE_EVENT_ENCODER_DISCONNECTED: &'static str = "Microsoft.Media.LiveEventEncoderDisconnected";
    /// `Microsoft.Media.LiveEventIncomingDataChunkDropped`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaLiveEventIncomingDataChunkDropped`](crate::SystemEvent::MediaLiveEventIncomingDataChunkDropped), data [`media::MediaLiveEventIncomingDataChunkDroppedEventData`](crate::media::MediaLiveEventIncomingDataChunkDroppedEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_LIVE_EVENT_INCOMING_DATA_CHUNK_DROPPED: &'static str = "Microsoft.Media.LiveEventIncomingDataChunkDropped";
    /// `Microsoft.Media.LiveEventIncomingStreamReceived`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaLiveEventIncomingStreamReceived`](crate::SystemEvent::MediaLiveEventIncomingStreamReceived), data [`media::MediaLiveEventIncomingStreamReceivedEventData`](crate::media::MediaLiveEventIncomingStreamReceivedEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_LIVE_EVENT_INCOMING_STREAM_RECEIVED: &'static str = "Microsoft.Media.LiveEventIncomingStreamReceived";
    /// `Microsoft.Media.LiveEventIncomingStreamsOutOfSync`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaLiveEventIncomingStreamsOutOfSync`](crate::SystemEvent::MediaLiveEventIncomingStreamsOutOfSync), data [`media::MediaLiveEventIncomingStreamsOutOfSyncEventData`](crate::media::MediaLiveEventIncomingStreamsOutOfSyncEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_LIVE_EVENT_INCOMING_STREAMS_OUT_OF_SYNC: &'static str = "Microsoft.Media.LiveEventIncomingStreamsOutOfSync";
    /// `Microsoft.Media.LiveEventIncomingVideoStreamsOutOfSync`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaLiveEventIncomingVideoStreamsOutOfSync`](crate::SystemEvent::MediaLiveEventIncomingVideoStreamsOutOfSync), data [`media::MediaLiveEventIncomingVideoStreamsOutOfSyncEventData`](crate::media::MediaLiveEventIncomingVideoStreamsOutOfSyncEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_LIVE_EVENT_INCOMING_VIDEO_STREAMS_OUT_OF_SYNC: &'static str = "Microsoft.Media.LiveEventIncomingVideoStreamsOutOfSync";
    /// `Microsoft.Media.LiveEventIngestHeartbeat`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaLiveEventIngestHeartbeat`](crate::SystemEvent::MediaLiveEventIngestHeartbeat), data [`media::MediaLiveEventIngestHeartbeatEventData`](crate::media::MediaLiveEventIngestHeartbeatEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_LIVE_EVENT_INGEST_HEARTBEAT: &'static str = "Microsoft.Media.LiveEventIngestHeartbeat";
    /// `Microsoft.Media.LiveEventTrackDiscontinuityDetected`, published by `Microsoft.Media` (a retired service).
    ///
    #[cfg_attr(
        feature = "media",
        doc = " Decoded as [`SystemEvent::MediaLiveEventTrackDiscontinuityDetected`](crate::SystemEvent::MediaLiveEventTrackDiscontinuityDetected), data [`media::MediaLiveEventTrackDiscontinuityDetectedEventData`](crate::media::MediaLiveEventTrackDiscontinuityDetectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "media"),
        doc = " Typed with the cargo feature `media` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const MEDIA_LIVE_EVENT_TRACK_DISCONTINUITY_DETECTED: &'static str = "Microsoft.Media.LiveEventTrackDiscontinuityDetected";
    /// `Microsoft.PolicyInsights.PolicyStateChanged`, published by `Microsoft.PolicyInsights`.
    ///
    #[cfg_attr(
        feature = "policyinsights",
        doc = " Decoded as [`SystemEvent::PolicyInsightsPolicyStateChanged`](crate::SystemEvent::PolicyInsightsPolicyStateChanged), data [`policyinsights::PolicyInsightsPolicyStateChangedEventData`](crate::policyinsights::PolicyInsightsPolicyStateChangedEventData)."
    )]
    #[cfg_attr(
        not(feature = "policyinsights"),
        doc = " Typed with the cargo feature `policyinsights` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const POLICY_INSIGHTS_POLICY_STATE_CHANGED: &'static str = "Microsoft.PolicyInsights.PolicyStateChanged";
    /// `Microsoft.PolicyInsights.PolicyStateCreated`, published by `Microsoft.PolicyInsights`.
    ///
    #[cfg_attr(
        feature = "policyinsights",
        doc = " Decoded as [`SystemEvent::PolicyInsightsPolicyStateCreated`](crate::SystemEvent::PolicyInsightsPolicyStateCreated), data [`policyinsights::PolicyInsightsPolicyStateCreatedEventData`](crate::policyinsights::PolicyInsightsPolicyStateCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "policyinsights"),
        doc = " Typed with the cargo feature `policyinsights` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const POLICY_INSIGHTS_POLICY_STATE_CREATED: &'static str = "Microsoft.PolicyInsights.PolicyStateCreated";
    /// `Microsoft.PolicyInsights.PolicyStateDeleted`, published by `Microsoft.PolicyInsights`.
    ///
    #[cfg_attr(
        feature = "policyinsights",
        doc = " Decoded as [`SystemEvent::PolicyInsightsPolicyStateDeleted`](crate::SystemEvent::PolicyInsightsPolicyStateDeleted), data [`policyinsights::PolicyInsightsPolicyStateDeletedEventData`](crate::policyinsights::PolicyInsightsPolicyStateDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "policyinsights"),
        doc = " Typed with the cargo feature `policyinsights` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const POLICY_INSIGHTS_POLICY_STATE_DELETED: &'static str = "Microsoft.PolicyInsights.PolicyStateDeleted";
    /// `Microsoft.ResourceNotifications.ContainerServiceEventResources.ScheduledEventEmitted`, published by `Microsoft.ResourceNotifications`.
    ///
    #[cfg_attr(
        feature = "resourcenotifications",
        doc = " Decoded as [`SystemEvent::ResourceNotificationsContainerServiceEventResourcesScheduledEventEmitted`](crate::SystemEvent::ResourceNotificationsContainerServiceEventResourcesScheduledEventEmitted), data [`resourcenotifications::ResourceNotificationsContainerServiceEventResourcesScheduledEventData`](crate::resourcenotifications::ResourceNotificationsContainerServiceEventResourcesScheduledEventData)."
    )]
    #[cfg_attr(
        not(feature = "resourcenotifications"),
        doc = " Typed with the cargo feature `resourcenotifications` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCE_NOTIFICATIONS_CONTAINER_SERVICE_EVENT_RESOURCES_SCHEDULED_EVENT_EMITTED: &'static str = "Microsoft.ResourceNotifications.ContainerServiceEventResources.ScheduledEventEmitted";
    /// `Microsoft.ResourceNotifications.HealthResources.AvailabilityStatusChanged`, published by `Microsoft.ResourceNotifications`.
    ///
    #[cfg_attr(
        feature = "resourcenotifications",
        doc = " Decoded as [`SystemEvent::ResourceNotificationsHealthResourcesAvailabilityStatusChanged`](crate::SystemEvent::ResourceNotificationsHealthResourcesAvailabilityStatusChanged), data [`resourcenotifications::ResourceNotificationsHealthResourcesAvailabilityStatusChangedEventData`](crate::resourcenotifications::ResourceNotificationsHealthResourcesAvailabilityStatusChangedEventData)."
    )]
    #[cfg_attr(
        not(feature = "resourcenotifications"),
        doc = " Typed with the cargo feature `resourcenotifications` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCE_NOTIFICATIONS_HEALTH_RESOURCES_AVAILABILITY_STATUS_CHANGED: &'static str = "Microsoft.ResourceNotifications.HealthResources.AvailabilityStatusChanged";
    /// `Microsoft.ResourceNotifications.HealthResources.ResourceAnnotated`, published by `Microsoft.ResourceNotifications`.
    ///
    #[cfg_attr(
        feature = "resourcenotifications",
        doc = " Decoded as [`SystemEvent::ResourceNotificationsHealthResourcesResourceAnnotated`](crate::SystemEvent::ResourceNotificationsHealthResourcesResourceAnnotated), data [`resourcenotifications::ResourceNotificationsHealthResourcesAnnotatedEventData`](crate::resourcenotifications::ResourceNotificationsHealthResourcesAnnotatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "resourcenotifications"),
        doc = " Typed with the cargo feature `resourcenotifications` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCE_NOTIFICATIONS_HEALTH_RESOURCES_RESOURCE_ANNOTATED: &'static str = "Microsoft.ResourceNotifications.HealthResources.ResourceAnnotated";
    /// `Microsoft.ResourceNotifications.Resources.CreatedOrUpdated`, published by `Microsoft.ResourceNotifications`.
    ///
    #[cfg_attr(
        feature = "resourcenotifications",
        doc = " Decoded as [`SystemEvent::ResourceNotificationsResourcesCreatedOrUpdated`](crate::SystemEvent::ResourceNotificationsResourcesCreatedOrUpdated), data [`resourcenotifications::ResourceNotificationsResourceManagementCreatedOrUpdatedEventData`](crate::resourcenotifications::ResourceNotificationsResourceManagementCreatedOrUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "resourcenotifications"),
        doc = " Typed with the cargo feature `resourcenotifications` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCE_NOTIFICATIONS_RESOURCES_CREATED_OR_UPDATED: &'static str = "Microsoft.ResourceNotifications.Resources.CreatedOrUpdated";
    /// `Microsoft.ResourceNotifications.Resources.Deleted`, published by `Microsoft.ResourceNotifications`.
    ///
    #[cfg_attr(
        feature = "resourcenotifications",
        doc = " Decoded as [`SystemEvent::ResourceNotificationsResourcesDeleted`](crate::SystemEvent::ResourceNotificationsResourcesDeleted), data [`resourcenotifications::ResourceNotificationsResourceManagementDeletedEventData`](crate::resourcenotifications::ResourceNotificationsResourceManagementDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "resourcenotifications"),
        doc = " Typed with the cargo feature `resourcenotifications` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCE_NOTIFICATIONS_RESOURCES_DELETED: &'static str = "Microsoft.ResourceNotifications.Resources.Deleted";
    /// `Microsoft.Resources.ResourceActionCancel`, published by `Microsoft.Resources`.
    ///
    #[cfg_attr(
        feature = "resources",
        doc = " Decoded as [`SystemEvent::ResourcesResourceActionCancel`](crate::SystemEvent::ResourcesResourceActionCancel), data [`resources::ResourceActionCancelEventData`](crate::resources::ResourceActionCancelEventData)."
    )]
    #[cfg_attr(
        not(feature = "resources"),
        doc = " Typed with the cargo feature `resources` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCES_RESOURCE_ACTION_CANCEL: &'static str = "Microsoft.Resources.ResourceActionCancel";
    /// `Microsoft.Resources.ResourceActionFailure`, published by `Microsoft.Resources`.
    ///
    #[cfg_attr(
        feature = "resources",
        doc = " Decoded as [`SystemEvent::ResourcesResourceActionFailure`](crate::SystemEvent::ResourcesResourceActionFailure), data [`resources::ResourceActionFailureEventData`](crate::resources::ResourceActionFailureEventData)."
    )]
    #[cfg_attr(
        not(feature = "resources"),
        doc = " Typed with the cargo feature `resources` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCES_RESOURCE_ACTION_FAILURE: &'static str = "Microsoft.Resources.ResourceActionFailure";
    /// `Microsoft.Resources.ResourceActionSuccess`, published by `Microsoft.Resources`.
    ///
    #[cfg_attr(
        feature = "resources",
        doc = " Decoded as [`SystemEvent::ResourcesResourceActionSuccess`](crate::SystemEvent::ResourcesResourceActionSuccess), data [`resources::ResourceActionSuccessEventData`](crate::resources::ResourceActionSuccessEventData)."
    )]
    #[cfg_attr(
        not(feature = "resources"),
        doc = " Typed with the cargo feature `resources` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCES_RESOURCE_ACTION_SUCCESS: &'static str = "Microsoft.Resources.ResourceActionSuccess";
    /// `Microsoft.Resources.ResourceDeleteCancel`, published by `Microsoft.Resources`.
    ///
    #[cfg_attr(
        feature = "resources",
        doc = " Decoded as [`SystemEvent::ResourcesResourceDeleteCancel`](crate::SystemEvent::ResourcesResourceDeleteCancel), data [`resources::ResourceDeleteCancelEventData`](crate::resources::ResourceDeleteCancelEventData)."
    )]
    #[cfg_attr(
        not(feature = "resources"),
        doc = " Typed with the cargo feature `resources` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCES_RESOURCE_DELETE_CANCEL: &'static str = "Microsoft.Resources.ResourceDeleteCancel";
    /// `Microsoft.Resources.ResourceDeleteFailure`, published by `Microsoft.Resources`.
    ///
    #[cfg_attr(
        feature = "resources",
        doc = " Decoded as [`SystemEvent::ResourcesResourceDeleteFailure`](crate::SystemEvent::ResourcesResourceDeleteFailure), data [`resources::ResourceDeleteFailureEventData`](crate::resources::ResourceDeleteFailureEventData)."
    )]
    #[cfg_attr(
        not(feature = "resources"),
        doc = " Typed with the cargo feature `resources` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCES_RESOURCE_DELETE_FAILURE: &'static str = "Microsoft.Resources.ResourceDeleteFailure";
    /// `Microsoft.Resources.ResourceDeleteSuccess`, published by `Microsoft.Resources`.
    ///
    #[cfg_attr(
        feature = "resources",
        doc = " Decoded as [`SystemEvent::ResourcesResourceDeleteSuccess`](crate::SystemEvent::ResourcesResourceDeleteSuccess), data [`resources::ResourceDeleteSuccessEventData`](crate::resources::ResourceDeleteSuccessEventData)."
    )]
    #[cfg_attr(
        not(feature = "resources"),
        doc = " Typed with the cargo feature `resources` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCES_RESOURCE_DELETE_SUCCESS: &'static str = "Microsoft.Resources.ResourceDeleteSuccess";
    /// `Microsoft.Resources.ResourceWriteCancel`, published by `Microsoft.Resources`.
    ///
    #[cfg_attr(
        feature = "resources",
        doc = " Decoded as [`SystemEvent::ResourcesResourceWriteCancel`](crate::SystemEvent::ResourcesResourceWriteCancel), data [`resources::ResourceWriteCancelEventData`](crate::resources::ResourceWriteCancelEventData)."
    )]
    #[cfg_attr(
        not(feature = "resources"),
        doc = " Typed with the cargo feature `resources` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCES_RESOURCE_WRITE_CANCEL: &'static str = "Microsoft.Resources.ResourceWriteCancel";
    /// `Microsoft.Resources.ResourceWriteFailure`, published by `Microsoft.Resources`.
    ///
    #[cfg_attr(
        feature = "resources",
        doc = " Decoded as [`SystemEvent::ResourcesResourceWriteFailure`](crate::SystemEvent::ResourcesResourceWriteFailure), data [`resources::ResourceWriteFailureEventData`](crate::resources::ResourceWriteFailureEventData)."
    )]
    #[cfg_attr(
        not(feature = "resources"),
        doc = " Typed with the cargo feature `resources` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCES_RESOURCE_WRITE_FAILURE: &'static str = "Microsoft.Resources.ResourceWriteFailure";
    /// `Microsoft.Resources.ResourceWriteSuccess`, published by `Microsoft.Resources`.
    ///
    #[cfg_attr(
        feature = "resources",
        doc = " Decoded as [`SystemEvent::ResourcesResourceWriteSuccess`](crate::SystemEvent::ResourcesResourceWriteSuccess), data [`resources::ResourceWriteSuccessEventData`](crate::resources::ResourceWriteSuccessEventData)."
    )]
    #[cfg_attr(
        not(feature = "resources"),
        doc = " Typed with the cargo feature `resources` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const RESOURCES_RESOURCE_WRITE_SUCCESS: &'static str = "Microsoft.Resources.ResourceWriteSuccess";
    /// `Microsoft.ServiceBus.ActiveMessagesAvailablePeriodicNotifications`, published by `Microsoft.ServiceBus`.
    ///
    #[cfg_attr(
        feature = "servicebus",
        doc = " Decoded as [`SystemEvent::ServiceBusActiveMessagesAvailablePeriodicNotifications`](crate::SystemEvent::ServiceBusActiveMessagesAvailablePeriodicNotifications), data [`servicebus::ServiceBusActiveMessagesAvailablePeriodicNotificationsEventData`](crate::servicebus::ServiceBusActiveMessagesAvailablePeriodicNotificationsEventData)."
    )]
    #[cfg_attr(
        not(feature = "servicebus"),
        doc = " Typed with the cargo feature `servicebus` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const SERVICE_BUS_ACTIVE_MESSAGES_AVAILABLE_PERIODIC_NOTIFICATIONS: &'static str = "Microsoft.ServiceBus.ActiveMessagesAvailablePeriodicNotifications";
    /// `Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners`, published by `Microsoft.ServiceBus`.
    ///
    #[cfg_attr(
        feature = "servicebus",
        doc = " Decoded as [`SystemEvent::ServiceBusActiveMessagesAvailableWithNoListeners`](crate::SystemEvent::ServiceBusActiveMessagesAvailableWithNoListeners), data [`servicebus::ServiceBusActiveMessagesAvailableWithNoListenersEventData`](crate::servicebus::ServiceBusActiveMessagesAvailableWithNoListenersEventData)."
    )]
    #[cfg_attr(
        not(feature = "servicebus"),
        doc = " Typed with the cargo feature `servicebus` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const SERVICE_BUS_ACTIVE_MESSAGES_AVAILABLE_WITH_NO_LISTENERS: &'static str = "Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners";
    /// `Microsoft.ServiceBus.DeadletterMessagesAvailablePeriodicNotifications`, published by `Microsoft.ServiceBus`.
    ///
    #[cfg_attr(
        feature = "servicebus",
        doc = " Decoded as [`SystemEvent::ServiceBusDeadletterMessagesAvailablePeriodicNotifications`](crate::SystemEvent::ServiceBusDeadletterMessagesAvailablePeriodicNotifications), data [`servicebus::ServiceBusDeadletterMessagesAvailablePeriodicNotificationsEventData`](crate::servicebus::ServiceBusDeadletterMessagesAvailablePeriodicNotificationsEventData)."
    )]
    #[cfg_attr(
        not(feature = "servicebus"),
        doc = " Typed with the cargo feature `servicebus` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const SERVICE_BUS_DEADLETTER_MESSAGES_AVAILABLE_PERIODIC_NOTIFICATIONS: &'static str = "Microsoft.ServiceBus.DeadletterMessagesAvailablePeriodicNotifications";
    /// `Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners`, published by `Microsoft.ServiceBus`.
    ///
    #[cfg_attr(
        feature = "servicebus",
        doc = " Decoded as [`SystemEvent::ServiceBusDeadletterMessagesAvailableWithNoListeners`](crate::SystemEvent::ServiceBusDeadletterMessagesAvailableWithNoListeners), data [`servicebus::ServiceBusDeadletterMessagesAvailableWithNoListenersEventData`](crate::servicebus::ServiceBusDeadletterMessagesAvailableWithNoListenersEventData)."
    )]
    #[cfg_attr(
        not(feature = "servicebus"),
        doc = " Typed with the cargo feature `servicebus` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const SERVICE_BUS_DEADLETTER_MESSAGES_AVAILABLE_WITH_NO_LISTENERS: &'static str = "Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners";
    /// `Microsoft.SignalRService.ClientConnectionConnected`, published by `Microsoft.SignalRService`.
    ///
    #[cfg_attr(
        feature = "signalrservice",
        doc = " Decoded as [`SystemEvent::SignalRServiceClientConnectionConnected`](crate::SystemEvent::SignalRServiceClientConnectionConnected), data [`signalrservice::SignalRServiceClientConnectionConnectedEventData`](crate::signalrservice::SignalRServiceClientConnectionConnectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "signalrservice"),
        doc = " Typed with the cargo feature `signalrservice` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const SIGNAL_R_SERVICE_CLIENT_CONNECTION_CONNECTED: &'static str = "Microsoft.SignalRService.ClientConnectionConnected";
    /// `Microsoft.SignalRService.ClientConnectionDisconnected`, published by `Microsoft.SignalRService`.
    ///
    #[cfg_attr(
        feature = "signalrservice",
        doc = " Decoded as [`SystemEvent::SignalRServiceClientConnectionDisconnected`](crate::SystemEvent::SignalRServiceClientConnectionDisconnected), data [`signalrservice::SignalRServiceClientConnectionDisconnectedEventData`](crate::signalrservice::SignalRServiceClientConnectionDisconnectedEventData)."
    )]
    #[cfg_attr(
        not(feature = "signalrservice"),
        doc = " Typed with the cargo feature `signalrservice` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const SIGNAL_R_SERVICE_CLIENT_CONNECTION_DISCONNECTED: &'static str = "Microsoft.SignalRService.ClientConnectionDisconnected";
    /// `Microsoft.Storage.AsyncOperationInitiated`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageAsyncOperationInitiated`](crate::SystemEvent::StorageAsyncOperationInitiated), data [`storage::StorageAsyncOperationInitiatedEventData`](crate::storage::StorageAsyncOperationInitiatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_ASYNC_OPERATION_INITIATED: &'static str = "Microsoft.Storage.AsyncOperationInitiated";
    /// `Microsoft.Storage.BlobCreated`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageBlobCreated`](crate::SystemEvent::StorageBlobCreated), data [`storage::StorageBlobCreatedEventData`](crate::storage::StorageBlobCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_BLOB_CREATED: &'static str = "Microsoft.Storage.BlobCreated";
    /// `Microsoft.Storage.BlobDeleted`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageBlobDeleted`](crate::SystemEvent::StorageBlobDeleted), data [`storage::StorageBlobDeletedEventData`](crate::storage::StorageBlobDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_BLOB_DELETED: &'static str = "Microsoft.Storage.BlobDeleted";
    /// `Microsoft.Storage.BlobInventoryPolicyCompleted`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageBlobInventoryPolicyCompleted`](crate::SystemEvent::StorageBlobInventoryPolicyCompleted), data [`storage::StorageBlobInventoryPolicyCompletedEventData`](crate::storage::StorageBlobInventoryPolicyCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_BLOB_INVENTORY_POLICY_COMPLETED: &'static str = "Microsoft.Storage.BlobInventoryPolicyCompleted";
    /// `Microsoft.Storage.BlobRenamed`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageBlobRenamed`](crate::SystemEvent::StorageBlobRenamed), data [`storage::StorageBlobRenamedEventData`](crate::storage::StorageBlobRenamedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_BLOB_RENAMED: &'static str = "Microsoft.Storage.BlobRenamed";
    /// `Microsoft.Storage.BlobTierChanged`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageBlobTierChanged`](crate::SystemEvent::StorageBlobTierChanged), data [`storage::StorageBlobTierChangedEventData`](crate::storage::StorageBlobTierChangedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_BLOB_TIER_CHANGED: &'static str = "Microsoft.Storage.BlobTierChanged";
    /// `Microsoft.Storage.DirectoryCreated`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageDirectoryCreated`](crate::SystemEvent::StorageDirectoryCreated), data [`storage::StorageDirectoryCreatedEventData`](crate::storage::StorageDirectoryCreatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_DIRECTORY_CREATED: &'static str = "Microsoft.Storage.DirectoryCreated";
    /// `Microsoft.Storage.DirectoryDeleted`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageDirectoryDeleted`](crate::SystemEvent::StorageDirectoryDeleted), data [`storage::StorageDirectoryDeletedEventData`](crate::storage::StorageDirectoryDeletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_DIRECTORY_DELETED: &'static str = "Microsoft.Storage.DirectoryDeleted";
    /// `Microsoft.Storage.DirectoryRenamed`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageDirectoryRenamed`](crate::SystemEvent::StorageDirectoryRenamed), data [`storage::StorageDirectoryRenamedEventData`](crate::storage::StorageDirectoryRenamedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_DIRECTORY_RENAMED: &'static str = "Microsoft.Storage.DirectoryRenamed";
    /// `Microsoft.Storage.LifecyclePolicyCompleted`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageLifecyclePolicyCompleted`](crate::SystemEvent::StorageLifecyclePolicyCompleted), data [`storage::StorageLifecyclePolicyCompletedEventData`](crate::storage::StorageLifecyclePolicyCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_LIFECYCLE_POLICY_COMPLETED: &'static str = "Microsoft.Storage.LifecyclePolicyCompleted";
    /// `Microsoft.Storage.StorageTaskAssignmentCompleted`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageStorageTaskAssignmentCompleted`](crate::SystemEvent::StorageStorageTaskAssignmentCompleted), data [`storage::StorageTaskAssignmentCompletedEventData`](crate::storage::StorageTaskAssignmentCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_STORAGE_TASK_ASSIGNMENT_COMPLETED: &'static str = "Microsoft.Storage.StorageTaskAssignmentCompleted";
    /// `Microsoft.Storage.StorageTaskAssignmentQueued`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageStorageTaskAssignmentQueued`](crate::SystemEvent::StorageStorageTaskAssignmentQueued), data [`storage::StorageTaskAssignmentQueuedEventData`](crate::storage::StorageTaskAssignmentQueuedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_STORAGE_TASK_ASSIGNMENT_QUEUED: &'static str = "Microsoft.Storage.StorageTaskAssignmentQueued";
    /// `Microsoft.Storage.StorageTaskCompleted`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageStorageTaskCompleted`](crate::SystemEvent::StorageStorageTaskCompleted), data [`storage::StorageTaskCompletedEventData`](crate::storage::StorageTaskCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_STORAGE_TASK_COMPLETED: &'static str = "Microsoft.Storage.StorageTaskCompleted";
    /// `Microsoft.Storage.StorageTaskQueued`, published by `Microsoft.Storage`.
    ///
    #[cfg_attr(
        feature = "storage",
        doc = " Decoded as [`SystemEvent::StorageStorageTaskQueued`](crate::SystemEvent::StorageStorageTaskQueued), data [`storage::StorageTaskQueuedEventData`](crate::storage::StorageTaskQueuedEventData)."
    )]
    #[cfg_attr(
        not(feature = "storage"),
        doc = " Typed with the cargo feature `storage` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const STORAGE_STORAGE_TASK_QUEUED: &'static str = "Microsoft.Storage.StorageTaskQueued";
    /// `Microsoft.Web.AppServicePlanUpdated`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebAppServicePlanUpdated`](crate::SystemEvent::WebAppServicePlanUpdated), data [`web::WebAppServicePlanUpdatedEventData`](crate::web::WebAppServicePlanUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_APP_SERVICE_PLAN_UPDATED: &'static str = "Microsoft.Web.AppServicePlanUpdated";
    /// `Microsoft.Web.AppUpdated`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebAppUpdated`](crate::SystemEvent::WebAppUpdated), data [`web::WebAppUpdatedEventData`](crate::web::WebAppUpdatedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_APP_UPDATED: &'static str = "Microsoft.Web.AppUpdated";
    /// `Microsoft.Web.BackupOperationCompleted`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebBackupOperationCompleted`](crate::SystemEvent::WebBackupOperationCompleted), data [`web::WebBackupOperationCompletedEventData`](crate::web::WebBackupOperationCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_BACKUP_OPERATION_COMPLETED: &'static str = "Microsoft.Web.BackupOperationCompleted";
    /// `Microsoft.Web.BackupOperationFailed`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebBackupOperationFailed`](crate::SystemEvent::WebBackupOperationFailed), data [`web::WebBackupOperationFailedEventData`](crate::web::WebBackupOperationFailedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_BACKUP_OPERATION_FAILED: &'static str = "Microsoft.Web.BackupOperationFailed";
    /// `Microsoft.Web.BackupOperationStarted`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebBackupOperationStarted`](crate::SystemEvent::WebBackupOperationStarted), data [`web::WebBackupOperationStartedEventData`](crate::web::WebBackupOperationStartedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_BACKUP_OPERATION_STARTED: &'static str = "Microsoft.Web.BackupOperationStarted";
    /// `Microsoft.Web.RestoreOperationCompleted`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebRestoreOperationCompleted`](crate::SystemEvent::WebRestoreOperationCompleted), data [`web::WebRestoreOperationCompletedEventData`](crate::web::WebRestoreOperationCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_RESTORE_OPERATION_COMPLETED: &'static str = "Microsoft.Web.RestoreOperationCompleted";
    /// `Microsoft.Web.RestoreOperationFailed`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebRestoreOperationFailed`](crate::SystemEvent::WebRestoreOperationFailed), data [`web::WebRestoreOperationFailedEventData`](crate::web::WebRestoreOperationFailedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_RESTORE_OPERATION_FAILED: &'static str = "Microsoft.Web.RestoreOperationFailed";
    /// `Microsoft.Web.RestoreOperationStarted`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebRestoreOperationStarted`](crate::SystemEvent::WebRestoreOperationStarted), data [`web::WebRestoreOperationStartedEventData`](crate::web::WebRestoreOperationStartedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_RESTORE_OPERATION_STARTED: &'static str = "Microsoft.Web.RestoreOperationStarted";
    /// `Microsoft.Web.SlotSwapCompleted`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebSlotSwapCompleted`](crate::SystemEvent::WebSlotSwapCompleted), data [`web::WebSlotSwapCompletedEventData`](crate::web::WebSlotSwapCompletedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_SLOT_SWAP_COMPLETED: &'static str = "Microsoft.Web.SlotSwapCompleted";
    /// `Microsoft.Web.SlotSwapFailed`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebSlotSwapFailed`](crate::SystemEvent::WebSlotSwapFailed), data [`web::WebSlotSwapFailedEventData`](crate::web::WebSlotSwapFailedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_SLOT_SWAP_FAILED: &'static str = "Microsoft.Web.SlotSwapFailed";
    /// `Microsoft.Web.SlotSwapStarted`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebSlotSwapStarted`](crate::SystemEvent::WebSlotSwapStarted), data [`web::WebSlotSwapStartedEventData`](crate::web::WebSlotSwapStartedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_SLOT_SWAP_STARTED: &'static str = "Microsoft.Web.SlotSwapStarted";
    /// `Microsoft.Web.SlotSwapWithPreviewCancelled`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebSlotSwapWithPreviewCancelled`](crate::SystemEvent::WebSlotSwapWithPreviewCancelled), data [`web::WebSlotSwapWithPreviewCancelledEventData`](crate::web::WebSlotSwapWithPreviewCancelledEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_SLOT_SWAP_WITH_PREVIEW_CANCELLED: &'static str = "Microsoft.Web.SlotSwapWithPreviewCancelled";
    /// `Microsoft.Web.SlotSwapWithPreviewStarted`, published by `Microsoft.Web`.
    ///
    #[cfg_attr(
        feature = "web",
        doc = " Decoded as [`SystemEvent::WebSlotSwapWithPreviewStarted`](crate::SystemEvent::WebSlotSwapWithPreviewStarted), data [`web::WebSlotSwapWithPreviewStartedEventData`](crate::web::WebSlotSwapWithPreviewStartedEventData)."
    )]
    #[cfg_attr(
        not(feature = "web"),
        doc = " Typed with the cargo feature `web` (without it, decoded as `SystemEvent::Unknown`)."
    )]
    pub const WEB_SLOT_SWAP_WITH_PREVIEW_STARTED: &'static str = "Microsoft.Web.SlotSwapWithPreviewStarted";
    /// Every type string above, sorted by its ASCII-lowercased form.
    pub const ALL: &'static [&'static str] = &[
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
        "Microsoft.Communication.ChatMemberAddedToThreadWithUser",
        "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser",
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
        "Microsoft.Communication.RouterJobWorkerSelectorsExpire",
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
        "Microsoft.HealthcareApis.FhirDeletedCreated",
        "Microsoft.HealthcareApis.FhirResourceCreated",
        "Microsoft.HealthcareApis.FhirResourceDeleted",
        "Microsoft.HealthcareApis.FhirResourceUpdated",
        "Microsoft.HealthcareApis.FhirUpdatedCreated",
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
}
pub(crate) static CATALOG: &[crate::__private::EventTypeInfo] = &[
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiCenter.ApiDefinitionAdded",
        namespace: "Microsoft.ApiCenter",
        feature: "apicenter",
        typed: true,
        enabled: cfg!(feature = "apicenter"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiCenter.ApiDefinitionUpdated",
        namespace: "Microsoft.ApiCenter",
        feature: "apicenter",
        typed: true,
        enabled: cfg!(feature = "apicenter"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.APICreated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.APIDeleted",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.APIReleaseCreated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.APIReleaseDeleted",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.APIReleaseUpdated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.APIUpdated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.CircuitBreaker.Closed",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.CircuitBreaker.Opened",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayAPIAdded",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayAPIRemoved",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayCertificateAuthorityCreated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayCertificateAuthorityDeleted",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayCertificateAuthorityUpdated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayCreated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayDeleted",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayHostnameConfigurationCreated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayHostnameConfigurationDeleted",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayHostnameConfigurationUpdated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayTokenExpired",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayTokenNearExpiry",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.GatewayUpdated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.ProductCreated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.ProductDeleted",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.ProductUpdated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.SubscriptionCreated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.SubscriptionDeleted",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.SubscriptionUpdated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.UserCreated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.UserDeleted",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ApiManagement.UserUpdated",
        namespace: "Microsoft.ApiManagement",
        feature: "apimanagement",
        typed: true,
        enabled: cfg!(feature = "apimanagement"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AppConfiguration.KeyValueDeleted",
        namespace: "Microsoft.AppConfiguration",
        feature: "appconfiguration",
        typed: true,
        enabled: cfg!(feature = "appconfiguration"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AppConfiguration.KeyValueModified",
        namespace: "Microsoft.AppConfiguration",
        feature: "appconfiguration",
        typed: true,
        enabled: cfg!(feature = "appconfiguration"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AppConfiguration.SnapshotCreated",
        namespace: "Microsoft.AppConfiguration",
        feature: "appconfiguration",
        typed: true,
        enabled: cfg!(feature = "appconfiguration"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AppConfiguration.SnapshotModified",
        namespace: "Microsoft.AppConfiguration",
        feature: "appconfiguration",
        typed: true,
        enabled: cfg!(feature = "appconfiguration"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.ClusterCreated",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.ClusterDeleted",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.ClusterFailed",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.ClusterUpdated",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.ClusterUpdating",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.PrivateCloudFailed",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.PrivateCloudUpdated",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.PrivateCloudUpdating",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.ScriptExecutionCancelled",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.ScriptExecutionFailed",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.ScriptExecutionFinished",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.AVS.ScriptExecutionStarted",
        namespace: "Microsoft.AVS",
        feature: "avs",
        typed: true,
        enabled: cfg!(feature = "avs"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Cache.ExportRDBCompleted",
        namespace: "Microsoft.Cache",
        feature: "cache",
        typed: true,
        enabled: cfg!(feature = "cache"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Cache.ImportRDBCompleted",
        namespace: "Microsoft.Cache",
        feature: "cache",
        typed: true,
        enabled: cfg!(feature = "cache"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Cache.PatchingCompleted",
        namespace: "Microsoft.Cache",
        feature: "cache",
        typed: true,
        enabled: cfg!(feature = "cache"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Cache.ScalingCompleted",
        namespace: "Microsoft.Cache",
        feature: "cache",
        typed: true,
        enabled: cfg!(feature = "cache"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.AdvancedMessageReceived",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.CallEnded",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.CallParticipantAdded",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.CallParticipantRemoved",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.CallStarted",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatAzureBotCommandReceivedInThread",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatMemberAddedToThreadWithUser",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: false,
        enabled: cfg!(feature = "communication"),
        deprecated: true,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatMemberRemovedFromThreadWithUser",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: false,
        enabled: cfg!(feature = "communication"),
        deprecated: true,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatMessageDeleted",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatMessageDeletedInThread",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatMessageEdited",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatMessageEditedInThread",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatMessageReceived",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatMessageReceivedInThread",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatParticipantAddedToThreadWithUser",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatThreadCreated",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatThreadCreatedWithUser",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatThreadDeleted",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatThreadParticipantAdded",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatThreadParticipantRemoved",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatThreadPropertiesUpdated",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatThreadWithUserDeleted",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.ChatTypingIndicatorReceivedInThread",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.EmailDeliveryReportReceived",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.EmailEngagementTrackingReportReceived",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.IncomingCall",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RecordingFileStatusUpdated",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobCancelled",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobClassificationFailed",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobClassified",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobClosed",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobCompleted",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobDeleted",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobExceptionTriggered",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobQueued",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobReceived",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobSchedulingFailed",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobUnassigned",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobWaitingForActivation",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobWorkerSelectorsExpire",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: false,
        enabled: cfg!(feature = "communication"),
        deprecated: true,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterJobWorkerSelectorsExpired",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterWorkerDeleted",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterWorkerDeregistered",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterWorkerOfferAccepted",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterWorkerOfferDeclined",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterWorkerOfferExpired",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterWorkerOfferIssued",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterWorkerOfferRevoked",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterWorkerRegistered",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.RouterWorkerUpdated",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.SMSDeliveryReportReceived",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.SMSReceived",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Communication.UserDisconnected",
        namespace: "Microsoft.Communication",
        feature: "communication",
        typed: true,
        enabled: cfg!(feature = "communication"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Compute.VirtualMachineScaleSets.LifecycleHookEvents",
        namespace: "Microsoft.Compute",
        feature: "compute",
        typed: true,
        enabled: cfg!(feature = "compute"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ContainerRegistry.ChartDeleted",
        namespace: "Microsoft.ContainerRegistry",
        feature: "containerregistry",
        typed: true,
        enabled: cfg!(feature = "containerregistry"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ContainerRegistry.ChartPushed",
        namespace: "Microsoft.ContainerRegistry",
        feature: "containerregistry",
        typed: true,
        enabled: cfg!(feature = "containerregistry"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ContainerRegistry.ImageDeleted",
        namespace: "Microsoft.ContainerRegistry",
        feature: "containerregistry",
        typed: true,
        enabled: cfg!(feature = "containerregistry"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ContainerRegistry.ImagePushed",
        namespace: "Microsoft.ContainerRegistry",
        feature: "containerregistry",
        typed: true,
        enabled: cfg!(feature = "containerregistry"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ContainerService.ClusterSupportEnded",
        namespace: "Microsoft.ContainerService",
        feature: "containerservice",
        typed: true,
        enabled: cfg!(feature = "containerservice"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ContainerService.ClusterSupportEnding",
        namespace: "Microsoft.ContainerService",
        feature: "containerservice",
        typed: true,
        enabled: cfg!(feature = "containerservice"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ContainerService.NewKubernetesVersionAvailable",
        namespace: "Microsoft.ContainerService",
        feature: "containerservice",
        typed: true,
        enabled: cfg!(feature = "containerservice"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ContainerService.NodePoolRollingFailed",
        namespace: "Microsoft.ContainerService",
        feature: "containerservice",
        typed: true,
        enabled: cfg!(feature = "containerservice"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ContainerService.NodePoolRollingStarted",
        namespace: "Microsoft.ContainerService",
        feature: "containerservice",
        typed: true,
        enabled: cfg!(feature = "containerservice"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ContainerService.NodePoolRollingSucceeded",
        namespace: "Microsoft.ContainerService",
        feature: "containerservice",
        typed: true,
        enabled: cfg!(feature = "containerservice"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.DataBox.CopyCompleted",
        namespace: "Microsoft.DataBox",
        feature: "databox",
        typed: true,
        enabled: cfg!(feature = "databox"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.DataBox.CopyStarted",
        namespace: "Microsoft.DataBox",
        feature: "databox",
        typed: true,
        enabled: cfg!(feature = "databox"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.DataBox.OrderCompleted",
        namespace: "Microsoft.DataBox",
        feature: "databox",
        typed: true,
        enabled: cfg!(feature = "databox"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Devices.DeviceConnected",
        namespace: "Microsoft.Devices",
        feature: "devices",
        typed: true,
        enabled: cfg!(feature = "devices"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Devices.DeviceCreated",
        namespace: "Microsoft.Devices",
        feature: "devices",
        typed: true,
        enabled: cfg!(feature = "devices"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Devices.DeviceDeleted",
        namespace: "Microsoft.Devices",
        feature: "devices",
        typed: true,
        enabled: cfg!(feature = "devices"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Devices.DeviceDisconnected",
        namespace: "Microsoft.Devices",
        feature: "devices",
        typed: true,
        enabled: cfg!(feature = "devices"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Devices.DeviceTelemetry",
        namespace: "Microsoft.Devices",
        feature: "devices",
        typed: true,
        enabled: cfg!(feature = "devices"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Edge.SolutionVersionPublished",
        namespace: "Microsoft.Edge",
        feature: "edge",
        typed: true,
        enabled: cfg!(feature = "edge"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.EventGrid.MQTTClientCreatedOrUpdated",
        namespace: "Microsoft.EventGrid",
        feature: "eventgrid",
        typed: true,
        enabled: cfg!(feature = "eventgrid"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.EventGrid.MQTTClientDeleted",
        namespace: "Microsoft.EventGrid",
        feature: "eventgrid",
        typed: true,
        enabled: cfg!(feature = "eventgrid"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.EventGrid.MQTTClientSessionConnected",
        namespace: "Microsoft.EventGrid",
        feature: "eventgrid",
        typed: true,
        enabled: cfg!(feature = "eventgrid"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.EventGrid.MQTTClientSessionDisconnected",
        namespace: "Microsoft.EventGrid",
        feature: "eventgrid",
        typed: true,
        enabled: cfg!(feature = "eventgrid"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.EventGrid.SubscriptionDeletedEvent",
        namespace: "Microsoft.EventGrid",
        feature: "eventgrid",
        typed: true,
        enabled: cfg!(feature = "eventgrid"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.EventGrid.SubscriptionValidationEvent",
        namespace: "Microsoft.EventGrid",
        feature: "eventgrid",
        typed: true,
        enabled: cfg!(feature = "eventgrid"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.EventHub.CaptureFileCreated",
        namespace: "Microsoft.EventHub",
        feature: "eventhub",
        typed: true,
        enabled: cfg!(feature = "eventhub"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.HealthcareApis.DicomImageCreated",
        namespace: "Microsoft.HealthcareApis",
        feature: "healthcareapis",
        typed: true,
        enabled: cfg!(feature = "healthcareapis"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.HealthcareApis.DicomImageDeleted",
        namespace: "Microsoft.HealthcareApis",
        feature: "healthcareapis",
        typed: true,
        enabled: cfg!(feature = "healthcareapis"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.HealthcareApis.DicomImageUpdated",
        namespace: "Microsoft.HealthcareApis",
        feature: "healthcareapis",
        typed: true,
        enabled: cfg!(feature = "healthcareapis"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.HealthcareApis.FhirDeletedCreated",
        namespace: "Microsoft.HealthcareApis",
        feature: "healthcareapis",
        typed: false,
        enabled: cfg!(feature = "healthcareapis"),
        deprecated: true,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.HealthcareApis.FhirResourceCreated",
        namespace: "Microsoft.HealthcareApis",
        feature: "healthcareapis",
        typed: true,
        enabled: cfg!(feature = "healthcareapis"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.HealthcareApis.FhirResourceDeleted",
        namespace: "Microsoft.HealthcareApis",
        feature: "healthcareapis",
        typed: true,
        enabled: cfg!(feature = "healthcareapis"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.HealthcareApis.FhirResourceUpdated",
        namespace: "Microsoft.HealthcareApis",
        feature: "healthcareapis",
        typed: true,
        enabled: cfg!(feature = "healthcareapis"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.HealthcareApis.FhirUpdatedCreated",
        namespace: "Microsoft.HealthcareApis",
        feature: "healthcareapis",
        typed: false,
        enabled: cfg!(feature = "healthcareapis"),
        deprecated: true,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.KeyVault.CertificateExpired",
        namespace: "Microsoft.KeyVault",
        feature: "keyvault",
        typed: true,
        enabled: cfg!(feature = "keyvault"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.KeyVault.CertificateNearExpiry",
        namespace: "Microsoft.KeyVault",
        feature: "keyvault",
        typed: true,
        enabled: cfg!(feature = "keyvault"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.KeyVault.CertificateNewVersionCreated",
        namespace: "Microsoft.KeyVault",
        feature: "keyvault",
        typed: true,
        enabled: cfg!(feature = "keyvault"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.KeyVault.KeyExpired",
        namespace: "Microsoft.KeyVault",
        feature: "keyvault",
        typed: true,
        enabled: cfg!(feature = "keyvault"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.KeyVault.KeyNearExpiry",
        namespace: "Microsoft.KeyVault",
        feature: "keyvault",
        typed: true,
        enabled: cfg!(feature = "keyvault"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.KeyVault.KeyNewVersionCreated",
        namespace: "Microsoft.KeyVault",
        feature: "keyvault",
        typed: true,
        enabled: cfg!(feature = "keyvault"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.KeyVault.SecretExpired",
        namespace: "Microsoft.KeyVault",
        feature: "keyvault",
        typed: true,
        enabled: cfg!(feature = "keyvault"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.KeyVault.SecretNearExpiry",
        namespace: "Microsoft.KeyVault",
        feature: "keyvault",
        typed: true,
        enabled: cfg!(feature = "keyvault"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.KeyVault.SecretNewVersionCreated",
        namespace: "Microsoft.KeyVault",
        feature: "keyvault",
        typed: true,
        enabled: cfg!(feature = "keyvault"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.KeyVault.VaultAccessPolicyChanged",
        namespace: "Microsoft.KeyVault",
        feature: "keyvault",
        typed: true,
        enabled: cfg!(feature = "keyvault"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.MachineLearningServices.DatasetDriftDetected",
        namespace: "Microsoft.MachineLearningServices",
        feature: "machinelearningservices",
        typed: true,
        enabled: cfg!(feature = "machinelearningservices"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.MachineLearningServices.ModelDeployed",
        namespace: "Microsoft.MachineLearningServices",
        feature: "machinelearningservices",
        typed: true,
        enabled: cfg!(feature = "machinelearningservices"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.MachineLearningServices.ModelRegistered",
        namespace: "Microsoft.MachineLearningServices",
        feature: "machinelearningservices",
        typed: true,
        enabled: cfg!(feature = "machinelearningservices"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.MachineLearningServices.RunCompleted",
        namespace: "Microsoft.MachineLearningServices",
        feature: "machinelearningservices",
        typed: true,
        enabled: cfg!(feature = "machinelearningservices"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.MachineLearningServices.RunStatusChanged",
        namespace: "Microsoft.MachineLearningServices",
        feature: "machinelearningservices",
        typed: true,
        enabled: cfg!(feature = "machinelearningservices"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Maps.GeofenceEntered",
        namespace: "Microsoft.Maps",
        feature: "maps",
        typed: true,
        enabled: cfg!(feature = "maps"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Maps.GeofenceExited",
        namespace: "Microsoft.Maps",
        feature: "maps",
        typed: true,
        enabled: cfg!(feature = "maps"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Maps.GeofenceResult",
        namespace: "Microsoft.Maps",
        feature: "maps",
        typed: true,
        enabled: cfg!(feature = "maps"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobCanceled",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobCanceling",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobErrored",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobFinished",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobOutputCanceled",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobOutputCanceling",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobOutputErrored",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobOutputFinished",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobOutputProcessing",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobOutputProgress",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobOutputScheduled",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobOutputStateChange",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobProcessing",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobScheduled",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.JobStateChange",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.LiveEventChannelArchiveHeartbeat",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.LiveEventConnectionRejected",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.LiveEventEncoderConnected",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.LiveEventEncoderDisconnected",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.LiveEventIncomingDataChunkDropped",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.LiveEventIncomingStreamReceived",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.LiveEventIncomingStreamsOutOfSync",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.LiveEventIncomingVideoStreamsOutOfSync",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.LiveEventIngestHeartbeat",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Media.LiveEventTrackDiscontinuityDetected",
        namespace: "Microsoft.Media",
        feature: "media",
        typed: true,
        enabled: cfg!(feature = "media"),
        deprecated: false,
        retired: true,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.PolicyInsights.PolicyStateChanged",
        namespace: "Microsoft.PolicyInsights",
        feature: "policyinsights",
        typed: true,
        enabled: cfg!(feature = "policyinsights"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.PolicyInsights.PolicyStateCreated",
        namespace: "Microsoft.PolicyInsights",
        feature: "policyinsights",
        typed: true,
        enabled: cfg!(feature = "policyinsights"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.PolicyInsights.PolicyStateDeleted",
        namespace: "Microsoft.PolicyInsights",
        feature: "policyinsights",
        typed: true,
        enabled: cfg!(feature = "policyinsights"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ResourceNotifications.ContainerServiceEventResources.ScheduledEventEmitted",
        namespace: "Microsoft.ResourceNotifications",
        feature: "resourcenotifications",
        typed: true,
        enabled: cfg!(feature = "resourcenotifications"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ResourceNotifications.HealthResources.AvailabilityStatusChanged",
        namespace: "Microsoft.ResourceNotifications",
        feature: "resourcenotifications",
        typed: true,
        enabled: cfg!(feature = "resourcenotifications"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ResourceNotifications.HealthResources.ResourceAnnotated",
        namespace: "Microsoft.ResourceNotifications",
        feature: "resourcenotifications",
        typed: true,
        enabled: cfg!(feature = "resourcenotifications"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ResourceNotifications.Resources.CreatedOrUpdated",
        namespace: "Microsoft.ResourceNotifications",
        feature: "resourcenotifications",
        typed: true,
        enabled: cfg!(feature = "resourcenotifications"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ResourceNotifications.Resources.Deleted",
        namespace: "Microsoft.ResourceNotifications",
        feature: "resourcenotifications",
        typed: true,
        enabled: cfg!(feature = "resourcenotifications"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Resources.ResourceActionCancel",
        namespace: "Microsoft.Resources",
        feature: "resources",
        typed: true,
        enabled: cfg!(feature = "resources"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Resources.ResourceActionFailure",
        namespace: "Microsoft.Resources",
        feature: "resources",
        typed: true,
        enabled: cfg!(feature = "resources"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Resources.ResourceActionSuccess",
        namespace: "Microsoft.Resources",
        feature: "resources",
        typed: true,
        enabled: cfg!(feature = "resources"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Resources.ResourceDeleteCancel",
        namespace: "Microsoft.Resources",
        feature: "resources",
        typed: true,
        enabled: cfg!(feature = "resources"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Resources.ResourceDeleteFailure",
        namespace: "Microsoft.Resources",
        feature: "resources",
        typed: true,
        enabled: cfg!(feature = "resources"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Resources.ResourceDeleteSuccess",
        namespace: "Microsoft.Resources",
        feature: "resources",
        typed: true,
        enabled: cfg!(feature = "resources"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Resources.ResourceWriteCancel",
        namespace: "Microsoft.Resources",
        feature: "resources",
        typed: true,
        enabled: cfg!(feature = "resources"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Resources.ResourceWriteFailure",
        namespace: "Microsoft.Resources",
        feature: "resources",
        typed: true,
        enabled: cfg!(feature = "resources"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Resources.ResourceWriteSuccess",
        namespace: "Microsoft.Resources",
        feature: "resources",
        typed: true,
        enabled: cfg!(feature = "resources"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ServiceBus.ActiveMessagesAvailablePeriodicNotifications",
        namespace: "Microsoft.ServiceBus",
        feature: "servicebus",
        typed: true,
        enabled: cfg!(feature = "servicebus"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners",
        namespace: "Microsoft.ServiceBus",
        feature: "servicebus",
        typed: true,
        enabled: cfg!(feature = "servicebus"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ServiceBus.DeadletterMessagesAvailablePeriodicNotifications",
        namespace: "Microsoft.ServiceBus",
        feature: "servicebus",
        typed: true,
        enabled: cfg!(feature = "servicebus"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners",
        namespace: "Microsoft.ServiceBus",
        feature: "servicebus",
        typed: true,
        enabled: cfg!(feature = "servicebus"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.SignalRService.ClientConnectionConnected",
        namespace: "Microsoft.SignalRService",
        feature: "signalrservice",
        typed: true,
        enabled: cfg!(feature = "signalrservice"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.SignalRService.ClientConnectionDisconnected",
        namespace: "Microsoft.SignalRService",
        feature: "signalrservice",
        typed: true,
        enabled: cfg!(feature = "signalrservice"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.AsyncOperationInitiated",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.BlobCreated",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.BlobDeleted",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.BlobInventoryPolicyCompleted",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.BlobRenamed",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.BlobTierChanged",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.DirectoryCreated",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.DirectoryDeleted",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.DirectoryRenamed",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.LifecyclePolicyCompleted",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.StorageTaskAssignmentCompleted",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.StorageTaskAssignmentQueued",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.StorageTaskCompleted",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Storage.StorageTaskQueued",
        namespace: "Microsoft.Storage",
        feature: "storage",
        typed: true,
        enabled: cfg!(feature = "storage"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.AppServicePlanUpdated",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.AppUpdated",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.BackupOperationCompleted",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.BackupOperationFailed",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.BackupOperationStarted",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.RestoreOperationCompleted",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.RestoreOperationFailed",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.RestoreOperationStarted",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.SlotSwapCompleted",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.SlotSwapFailed",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.SlotSwapStarted",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.SlotSwapWithPreviewCancelled",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
    crate::__private::EventTypeInfo {
        name: "Microsoft.Web.SlotSwapWithPreviewStarted",
        namespace: "Microsoft.Web",
        feature: "web",
        typed: true,
        enabled: cfg!(feature = "web"),
        deprecated: false,
        retired: false,
    },
];
