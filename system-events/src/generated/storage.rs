// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.Storage.AsyncOperationInitiated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageAsyncOperationInitiatedEventData {
    /// JSON member `api`: string.
    #[serde(rename = "api", skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// JSON member `blobType`: string.
    #[serde(rename = "blobType", skip_serializing_if = "Option::is_none")]
    pub blob_type: Option<String>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `contentLength`: integer (int64).
    #[serde(rename = "contentLength", skip_serializing_if = "Option::is_none")]
    pub content_length: Option<i64>,
    /// JSON member `contentType`: string.
    #[serde(rename = "contentType", skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// JSON member `identity`: string.
    #[serde(rename = "identity", skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `sequencer`: string.
    #[serde(rename = "sequencer", skip_serializing_if = "Option::is_none")]
    pub sequencer: Option<String>,
    /// JSON member `storageDiagnostics`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "storageDiagnostics", skip_serializing_if = "Option::is_none")]
    pub storage_diagnostics: Option<rt::JsonObject>,
    /// JSON member `url`: string.
    #[serde(rename = "url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl rt::Members for StorageAsyncOperationInitiatedEventData {
    const NAMES: &'static [&'static str] = &[
        "api",
        "blobType",
        "clientRequestId",
        "contentLength",
        "contentType",
        "identity",
        "requestId",
        "sequencer",
        "storageDiagnostics",
        "url",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "api" => Some(0usize),
            "blobType" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "contentLength" => Some(3usize),
            "contentType" => Some(4usize),
            "identity" => Some(5usize),
            "requestId" => Some(6usize),
            "sequencer" => Some(7usize),
            "storageDiagnostics" => Some(8usize),
            "url" => Some(9usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.api = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.blob_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.client_request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => self.content_length = map.next_value_seed(rt::Num::<i64>::new())?,
            4usize => {
                self.content_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.identity = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            7usize => {
                self.sequencer = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            8usize => {
                self.storage_diagnostics = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            9usize => {
                self.url = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageAsyncOperationInitiatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `StorageBlobAccessTier`, read ignoring letter case; values it does not list are kept verbatim in [`StorageBlobAccessTier::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageBlobAccessTier {
    /// `Hot`
    Hot,
    /// `Cool`
    Cool,
    /// `Cold`
    Cold,
    /// `Archive`
    Archive,
    /// `Default`
    Default,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl StorageBlobAccessTier {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hot => "Hot",
            Self::Cool => "Cool",
            Self::Cold => "Cold",
            Self::Archive => "Archive",
            Self::Default => "Default",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for StorageBlobAccessTier {
    const VALUES: &'static [&'static str] = &[
        "Hot",
        "Cool",
        "Cold",
        "Archive",
        "Default",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Hot" => Some(Self::Hot),
            "Cool" => Some(Self::Cool),
            "Cold" => Some(Self::Cold),
            "Archive" => Some(Self::Archive),
            "Default" => Some(Self::Default),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Hot),
            1usize => Some(Self::Cool),
            2usize => Some(Self::Cold),
            3usize => Some(Self::Archive),
            4usize => Some(Self::Default),
            _ => None,
        }
    }
    fn other(value: String) -> Self {
        Self::Other(value)
    }
}
impl From<String> for StorageBlobAccessTier {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for StorageBlobAccessTier {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for StorageBlobAccessTier {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Storage.BlobCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageBlobCreatedEventData {
    /// JSON member `accessTier`: [`StorageBlobAccessTier`]; listed as required in the schema.
    #[serde(rename = "accessTier", skip_serializing_if = "Option::is_none")]
    pub access_tier: Option<StorageBlobAccessTier>,
    /// JSON member `api`: string.
    #[serde(rename = "api", skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// JSON member `blobType`: string.
    #[serde(rename = "blobType", skip_serializing_if = "Option::is_none")]
    pub blob_type: Option<String>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `contentLength`: integer (int64).
    #[serde(rename = "contentLength", skip_serializing_if = "Option::is_none")]
    pub content_length: Option<i64>,
    /// JSON member `contentOffset`: integer (int64).
    #[serde(rename = "contentOffset", skip_serializing_if = "Option::is_none")]
    pub content_offset: Option<i64>,
    /// JSON member `contentType`: string.
    #[serde(rename = "contentType", skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// JSON member `eTag`: string.
    #[serde(rename = "eTag", skip_serializing_if = "Option::is_none")]
    pub e_tag: Option<String>,
    /// JSON member `identity`: string.
    #[serde(rename = "identity", skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `sequencer`: string.
    #[serde(rename = "sequencer", skip_serializing_if = "Option::is_none")]
    pub sequencer: Option<String>,
    /// JSON member `storageDiagnostics`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "storageDiagnostics", skip_serializing_if = "Option::is_none")]
    pub storage_diagnostics: Option<rt::JsonObject>,
    /// JSON member `url`: string.
    #[serde(rename = "url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl rt::Members for StorageBlobCreatedEventData {
    const NAMES: &'static [&'static str] = &[
        "accessTier",
        "api",
        "blobType",
        "clientRequestId",
        "contentLength",
        "contentOffset",
        "contentType",
        "eTag",
        "identity",
        "requestId",
        "sequencer",
        "storageDiagnostics",
        "url",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "accessTier" => Some(0usize),
            "api" => Some(1usize),
            "blobType" => Some(2usize),
            "clientRequestId" => Some(3usize),
            "contentLength" => Some(4usize),
            "contentOffset" => Some(5usize),
            "contentType" => Some(6usize),
            "eTag" => Some(7usize),
            "identity" => Some(8usize),
            "requestId" => Some(9usize),
            "sequencer" => Some(10usize),
            "storageDiagnostics" => Some(11usize),
            "url" => Some(12usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.access_tier = map
                    .next_value_seed(
                        rt::Nullable(rt::Plain::<StorageBlobAccessTier>::new()),
                    )?;
            }
            1usize => {
                self.api = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.blob_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.client_request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => self.content_length = map.next_value_seed(rt::Num::<i64>::new())?,
            5usize => self.content_offset = map.next_value_seed(rt::Num::<i64>::new())?,
            6usize => {
                self.content_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            7usize => {
                self.e_tag = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            8usize => {
                self.identity = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            9usize => {
                self.request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            10usize => {
                self.sequencer = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            11usize => {
                self.storage_diagnostics = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            12usize => {
                self.url = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageBlobCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Storage.BlobDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageBlobDeletedEventData {
    /// JSON member `api`: string.
    #[serde(rename = "api", skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// JSON member `blobType`: string.
    #[serde(rename = "blobType", skip_serializing_if = "Option::is_none")]
    pub blob_type: Option<String>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `contentType`: string.
    #[serde(rename = "contentType", skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// JSON member `identity`: string.
    #[serde(rename = "identity", skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `sequencer`: string.
    #[serde(rename = "sequencer", skip_serializing_if = "Option::is_none")]
    pub sequencer: Option<String>,
    /// JSON member `storageDiagnostics`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "storageDiagnostics", skip_serializing_if = "Option::is_none")]
    pub storage_diagnostics: Option<rt::JsonObject>,
    /// JSON member `url`: string.
    #[serde(rename = "url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl rt::Members for StorageBlobDeletedEventData {
    const NAMES: &'static [&'static str] = &[
        "api",
        "blobType",
        "clientRequestId",
        "contentType",
        "identity",
        "requestId",
        "sequencer",
        "storageDiagnostics",
        "url",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "api" => Some(0usize),
            "blobType" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "contentType" => Some(3usize),
            "identity" => Some(4usize),
            "requestId" => Some(5usize),
            "sequencer" => Some(6usize),
            "storageDiagnostics" => Some(7usize),
            "url" => Some(8usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.api = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.blob_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.client_request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.content_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.identity = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.sequencer = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            7usize => {
                self.storage_diagnostics = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            8usize => {
                self.url = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageBlobDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Storage.BlobInventoryPolicyCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageBlobInventoryPolicyCompletedEventData {
    /// JSON member `accountName`: string.
    #[serde(rename = "accountName", skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// JSON member `manifestBlobUrl`: string.
    #[serde(rename = "manifestBlobUrl", skip_serializing_if = "Option::is_none")]
    pub manifest_blob_url: Option<String>,
    /// JSON member `policyRunId`: string.
    #[serde(rename = "policyRunId", skip_serializing_if = "Option::is_none")]
    pub policy_run_id: Option<String>,
    /// JSON member `policyRunStatus`: string.
    #[serde(rename = "policyRunStatus", skip_serializing_if = "Option::is_none")]
    pub policy_run_status: Option<String>,
    /// JSON member `policyRunStatusMessage`: string.
    #[serde(rename = "policyRunStatusMessage", skip_serializing_if = "Option::is_none")]
    pub policy_run_status_message: Option<String>,
    /// JSON member `ruleName`: string.
    #[serde(rename = "ruleName", skip_serializing_if = "Option::is_none")]
    pub rule_name: Option<String>,
    /// JSON member `scheduleDateTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "scheduleDateTime", skip_serializing_if = "Option::is_none")]
    pub schedule_date_time: Option<rt::Timestamp>,
}
impl rt::Members for StorageBlobInventoryPolicyCompletedEventData {
    const NAMES: &'static [&'static str] = &[
        "accountName",
        "manifestBlobUrl",
        "policyRunId",
        "policyRunStatus",
        "policyRunStatusMessage",
        "ruleName",
        "scheduleDateTime",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "accountName" => Some(0usize),
            "manifestBlobUrl" => Some(1usize),
            "policyRunId" => Some(2usize),
            "policyRunStatus" => Some(3usize),
            "policyRunStatusMessage" => Some(4usize),
            "ruleName" => Some(5usize),
            "scheduleDateTime" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.account_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.manifest_blob_url = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.policy_run_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.policy_run_status = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.policy_run_status_message = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.rule_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.schedule_date_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageBlobInventoryPolicyCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Storage.BlobRenamed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageBlobRenamedEventData {
    /// JSON member `api`: string.
    #[serde(rename = "api", skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `destinationUrl`: string.
    #[serde(rename = "destinationUrl", skip_serializing_if = "Option::is_none")]
    pub destination_url: Option<String>,
    /// JSON member `identity`: string.
    #[serde(rename = "identity", skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `sequencer`: string.
    #[serde(rename = "sequencer", skip_serializing_if = "Option::is_none")]
    pub sequencer: Option<String>,
    /// JSON member `sourceUrl`: string.
    #[serde(rename = "sourceUrl", skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// JSON member `storageDiagnostics`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "storageDiagnostics", skip_serializing_if = "Option::is_none")]
    pub storage_diagnostics: Option<rt::JsonObject>,
}
impl rt::Members for StorageBlobRenamedEventData {
    const NAMES: &'static [&'static str] = &[
        "api",
        "clientRequestId",
        "destinationUrl",
        "identity",
        "requestId",
        "sequencer",
        "sourceUrl",
        "storageDiagnostics",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "api" => Some(0usize),
            "clientRequestId" => Some(1usize),
            "destinationUrl" => Some(2usize),
            "identity" => Some(3usize),
            "requestId" => Some(4usize),
            "sequencer" => Some(5usize),
            "sourceUrl" => Some(6usize),
            "storageDiagnostics" => Some(7usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.api = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.client_request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.destination_url = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.identity = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.sequencer = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.source_url = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            7usize => {
                self.storage_diagnostics = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageBlobRenamedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Storage.BlobTierChanged` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageBlobTierChangedEventData {
    /// JSON member `accessTier`: [`StorageBlobAccessTier`]; listed as required in the schema.
    #[serde(rename = "accessTier", skip_serializing_if = "Option::is_none")]
    pub access_tier: Option<StorageBlobAccessTier>,
    /// JSON member `api`: string.
    #[serde(rename = "api", skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// JSON member `blobType`: string.
    #[serde(rename = "blobType", skip_serializing_if = "Option::is_none")]
    pub blob_type: Option<String>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `contentLength`: integer (int64).
    #[serde(rename = "contentLength", skip_serializing_if = "Option::is_none")]
    pub content_length: Option<i64>,
    /// JSON member `contentType`: string.
    #[serde(rename = "contentType", skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// JSON member `identity`: string.
    #[serde(rename = "identity", skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// JSON member `previousTier`: [`StorageBlobAccessTier`]; listed as required in the schema.
    #[serde(rename = "previousTier", skip_serializing_if = "Option::is_none")]
    pub previous_tier: Option<StorageBlobAccessTier>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `sequencer`: string.
    #[serde(rename = "sequencer", skip_serializing_if = "Option::is_none")]
    pub sequencer: Option<String>,
    /// JSON member `storageDiagnostics`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "storageDiagnostics", skip_serializing_if = "Option::is_none")]
    pub storage_diagnostics: Option<rt::JsonObject>,
    /// JSON member `url`: string.
    #[serde(rename = "url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl rt::Members for StorageBlobTierChangedEventData {
    const NAMES: &'static [&'static str] = &[
        "accessTier",
        "api",
        "blobType",
        "clientRequestId",
        "contentLength",
        "contentType",
        "identity",
        "previousTier",
        "requestId",
        "sequencer",
        "storageDiagnostics",
        "url",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "accessTier" => Some(0usize),
            "api" => Some(1usize),
            "blobType" => Some(2usize),
            "clientRequestId" => Some(3usize),
            "contentLength" => Some(4usize),
            "contentType" => Some(5usize),
            "identity" => Some(6usize),
            "previousTier" => Some(7usize),
            "requestId" => Some(8usize),
            "sequencer" => Some(9usize),
            "storageDiagnostics" => Some(10usize),
            "url" => Some(11usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.access_tier = map
                    .next_value_seed(
                        rt::Nullable(rt::Plain::<StorageBlobAccessTier>::new()),
                    )?;
            }
            1usize => {
                self.api = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.blob_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.client_request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => self.content_length = map.next_value_seed(rt::Num::<i64>::new())?,
            5usize => {
                self.content_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.identity = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            7usize => {
                self.previous_tier = map
                    .next_value_seed(
                        rt::Nullable(rt::Plain::<StorageBlobAccessTier>::new()),
                    )?;
            }
            8usize => {
                self.request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            9usize => {
                self.sequencer = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            10usize => {
                self.storage_diagnostics = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            11usize => {
                self.url = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageBlobTierChangedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Storage.DirectoryCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageDirectoryCreatedEventData {
    /// JSON member `api`: string.
    #[serde(rename = "api", skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `eTag`: string.
    #[serde(rename = "eTag", skip_serializing_if = "Option::is_none")]
    pub e_tag: Option<String>,
    /// JSON member `identity`: string.
    #[serde(rename = "identity", skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `sequencer`: string.
    #[serde(rename = "sequencer", skip_serializing_if = "Option::is_none")]
    pub sequencer: Option<String>,
    /// JSON member `storageDiagnostics`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "storageDiagnostics", skip_serializing_if = "Option::is_none")]
    pub storage_diagnostics: Option<rt::JsonObject>,
    /// JSON member `url`: string.
    #[serde(rename = "url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl rt::Members for StorageDirectoryCreatedEventData {
    const NAMES: &'static [&'static str] = &[
        "api",
        "clientRequestId",
        "eTag",
        "identity",
        "requestId",
        "sequencer",
        "storageDiagnostics",
        "url",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "api" => Some(0usize),
            "clientRequestId" => Some(1usize),
            "eTag" => Some(2usize),
            "identity" => Some(3usize),
            "requestId" => Some(4usize),
            "sequencer" => Some(5usize),
            "storageDiagnostics" => Some(6usize),
            "url" => Some(7usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.api = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.client_request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.e_tag = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.identity = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.sequencer = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.storage_diagnostics = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            7usize => {
                self.url = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageDirectoryCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Storage.DirectoryDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageDirectoryDeletedEventData {
    /// JSON member `api`: string.
    #[serde(rename = "api", skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `identity`: string.
    #[serde(rename = "identity", skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// JSON member `recursive`: string.
    #[serde(rename = "recursive", skip_serializing_if = "Option::is_none")]
    pub recursive: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `sequencer`: string.
    #[serde(rename = "sequencer", skip_serializing_if = "Option::is_none")]
    pub sequencer: Option<String>,
    /// JSON member `storageDiagnostics`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "storageDiagnostics", skip_serializing_if = "Option::is_none")]
    pub storage_diagnostics: Option<rt::JsonObject>,
    /// JSON member `url`: string.
    #[serde(rename = "url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl rt::Members for StorageDirectoryDeletedEventData {
    const NAMES: &'static [&'static str] = &[
        "api",
        "clientRequestId",
        "identity",
        "recursive",
        "requestId",
        "sequencer",
        "storageDiagnostics",
        "url",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "api" => Some(0usize),
            "clientRequestId" => Some(1usize),
            "identity" => Some(2usize),
            "recursive" => Some(3usize),
            "requestId" => Some(4usize),
            "sequencer" => Some(5usize),
            "storageDiagnostics" => Some(6usize),
            "url" => Some(7usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.api = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.client_request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.identity = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.recursive = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.sequencer = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.storage_diagnostics = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            7usize => {
                self.url = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageDirectoryDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Storage.DirectoryRenamed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageDirectoryRenamedEventData {
    /// JSON member `api`: string.
    #[serde(rename = "api", skip_serializing_if = "Option::is_none")]
    pub api: Option<String>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `destinationUrl`: string.
    #[serde(rename = "destinationUrl", skip_serializing_if = "Option::is_none")]
    pub destination_url: Option<String>,
    /// JSON member `identity`: string.
    #[serde(rename = "identity", skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `sequencer`: string.
    #[serde(rename = "sequencer", skip_serializing_if = "Option::is_none")]
    pub sequencer: Option<String>,
    /// JSON member `sourceUrl`: string.
    #[serde(rename = "sourceUrl", skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// JSON member `storageDiagnostics`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "storageDiagnostics", skip_serializing_if = "Option::is_none")]
    pub storage_diagnostics: Option<rt::JsonObject>,
}
impl rt::Members for StorageDirectoryRenamedEventData {
    const NAMES: &'static [&'static str] = &[
        "api",
        "clientRequestId",
        "destinationUrl",
        "identity",
        "requestId",
        "sequencer",
        "sourceUrl",
        "storageDiagnostics",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "api" => Some(0usize),
            "clientRequestId" => Some(1usize),
            "destinationUrl" => Some(2usize),
            "identity" => Some(3usize),
            "requestId" => Some(4usize),
            "sequencer" => Some(5usize),
            "sourceUrl" => Some(6usize),
            "storageDiagnostics" => Some(7usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.api = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.client_request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.destination_url = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.identity = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.request_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.sequencer = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.source_url = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            7usize => {
                self.storage_diagnostics = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageDirectoryRenamedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `StorageLifecycleCompletionStatus`, read ignoring letter case; values it does not list are kept verbatim in [`StorageLifecycleCompletionStatus::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageLifecycleCompletionStatus {
    /// `Completed`
    Completed,
    /// `CompletedWithError`
    CompletedWithError,
    /// `Incomplete`
    Incomplete,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl StorageLifecycleCompletionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "Completed",
            Self::CompletedWithError => "CompletedWithError",
            Self::Incomplete => "Incomplete",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for StorageLifecycleCompletionStatus {
    const VALUES: &'static [&'static str] = &[
        "Completed",
        "CompletedWithError",
        "Incomplete",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Completed" => Some(Self::Completed),
            "CompletedWithError" => Some(Self::CompletedWithError),
            "Incomplete" => Some(Self::Incomplete),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Completed),
            1usize => Some(Self::CompletedWithError),
            2usize => Some(Self::Incomplete),
            _ => None,
        }
    }
    fn other(value: String) -> Self {
        Self::Other(value)
    }
}
impl From<String> for StorageLifecycleCompletionStatus {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for StorageLifecycleCompletionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for StorageLifecycleCompletionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `StorageLifecyclePolicyActionSummaryDetail`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageLifecyclePolicyActionSummaryDetail {
    /// JSON member `errorList`: string.
    #[serde(rename = "errorList", skip_serializing_if = "Option::is_none")]
    pub error_list: Option<String>,
    /// JSON member `successCount`: integer (int64).
    #[serde(rename = "successCount", skip_serializing_if = "Option::is_none")]
    pub success_count: Option<i64>,
    /// JSON member `totalObjectsCount`: integer (int64).
    #[serde(rename = "totalObjectsCount", skip_serializing_if = "Option::is_none")]
    pub total_objects_count: Option<i64>,
}
impl rt::Members for StorageLifecyclePolicyActionSummaryDetail {
    const NAMES: &'static [&'static str] = &[
        "errorList",
        "successCount",
        "totalObjectsCount",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "errorList" => Some(0usize),
            "successCount" => Some(1usize),
            "totalObjectsCount" => Some(2usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.error_list = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => self.success_count = map.next_value_seed(rt::Num::<i64>::new())?,
            2usize => {
                self.total_objects_count = map.next_value_seed(rt::Num::<i64>::new())?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageLifecyclePolicyActionSummaryDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Storage.LifecyclePolicyCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageLifecyclePolicyCompletedEventData {
    /// JSON member `deleteSummary`: [`StorageLifecyclePolicyActionSummaryDetail`]; listed as required in the schema.
    #[serde(rename = "deleteSummary", skip_serializing_if = "Option::is_none")]
    pub delete_summary: Option<StorageLifecyclePolicyActionSummaryDetail>,
    /// JSON member `policyRunSummary`: [`StorageLifecyclePolicyRunSummary`]; listed as required in the schema.
    #[serde(rename = "policyRunSummary", skip_serializing_if = "Option::is_none")]
    pub policy_run_summary: Option<StorageLifecyclePolicyRunSummary>,
    /// JSON member `scheduleTime`: string.
    #[serde(rename = "scheduleTime", skip_serializing_if = "Option::is_none")]
    pub schedule_time: Option<String>,
    /// JSON member `tierToArchiveSummary`: [`StorageLifecyclePolicyActionSummaryDetail`]; listed as required in the schema.
    #[serde(rename = "tierToArchiveSummary", skip_serializing_if = "Option::is_none")]
    pub tier_to_archive_summary: Option<StorageLifecyclePolicyActionSummaryDetail>,
    /// JSON member `tierToColdSummary`: [`StorageLifecyclePolicyActionSummaryDetail`]; listed as required in the schema.
    #[serde(rename = "tierToColdSummary", skip_serializing_if = "Option::is_none")]
    pub tier_to_cold_summary: Option<StorageLifecyclePolicyActionSummaryDetail>,
    /// JSON member `tierToCoolSummary`: [`StorageLifecyclePolicyActionSummaryDetail`]; listed as required in the schema.
    #[serde(rename = "tierToCoolSummary", skip_serializing_if = "Option::is_none")]
    pub tier_to_cool_summary: Option<StorageLifecyclePolicyActionSummaryDetail>,
}
impl rt::Members for StorageLifecyclePolicyCompletedEventData {
    const NAMES: &'static [&'static str] = &[
        "deleteSummary",
        "policyRunSummary",
        "scheduleTime",
        "tierToArchiveSummary",
        "tierToColdSummary",
        "tierToCoolSummary",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "deleteSummary" => Some(0usize),
            "policyRunSummary" => Some(1usize),
            "scheduleTime" => Some(2usize),
            "tierToArchiveSummary" => Some(3usize),
            "tierToColdSummary" => Some(4usize),
            "tierToCoolSummary" => Some(5usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.delete_summary = map
                    .next_value_seed(
                        rt::Nullable(
                            rt::Plain::<StorageLifecyclePolicyActionSummaryDetail>::new(),
                        ),
                    )?;
            }
            1usize => {
                self.policy_run_summary = map
                    .next_value_seed(
                        rt::Nullable(
                            rt::Plain::<StorageLifecyclePolicyRunSummary>::new(),
                        ),
                    )?;
            }
            2usize => {
                self.schedule_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.tier_to_archive_summary = map
                    .next_value_seed(
                        rt::Nullable(
                            rt::Plain::<StorageLifecyclePolicyActionSummaryDetail>::new(),
                        ),
                    )?;
            }
            4usize => {
                self.tier_to_cold_summary = map
                    .next_value_seed(
                        rt::Nullable(
                            rt::Plain::<StorageLifecyclePolicyActionSummaryDetail>::new(),
                        ),
                    )?;
            }
            5usize => {
                self.tier_to_cool_summary = map
                    .next_value_seed(
                        rt::Nullable(
                            rt::Plain::<StorageLifecyclePolicyActionSummaryDetail>::new(),
                        ),
                    )?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageLifecyclePolicyCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `StorageLifecyclePolicyRunSummary`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageLifecyclePolicyRunSummary {
    /// JSON member `completionStatus`: [`StorageLifecycleCompletionStatus`]; listed as required in the schema.
    #[serde(rename = "completionStatus", skip_serializing_if = "Option::is_none")]
    pub completion_status: Option<StorageLifecycleCompletionStatus>,
}
impl rt::Members for StorageLifecyclePolicyRunSummary {
    const NAMES: &'static [&'static str] = &["completionStatus"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "completionStatus" => Some(0usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.completion_status = map
                    .next_value_seed(
                        rt::Nullable(
                            rt::Plain::<StorageLifecycleCompletionStatus>::new(),
                        ),
                    )?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageLifecyclePolicyRunSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Storage.StorageTaskAssignmentCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageTaskAssignmentCompletedEventData {
    /// JSON member `completedDateTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "completedDateTime", skip_serializing_if = "Option::is_none")]
    pub completed_date_time: Option<rt::Timestamp>,
    /// JSON member `status`: [`StorageTaskAssignmentCompletedStatus`]; listed as required in the schema.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<StorageTaskAssignmentCompletedStatus>,
    /// JSON member `summaryReportBlobUrl`: string (uri); listed as required in the schema.
    #[serde(rename = "summaryReportBlobUrl", skip_serializing_if = "Option::is_none")]
    pub summary_report_blob_url: Option<String>,
    /// JSON member `taskExecutionId`: string.
    #[serde(rename = "taskExecutionId", skip_serializing_if = "Option::is_none")]
    pub task_execution_id: Option<String>,
    /// JSON member `taskName`: string.
    #[serde(rename = "taskName", skip_serializing_if = "Option::is_none")]
    pub task_name: Option<String>,
}
impl rt::Members for StorageTaskAssignmentCompletedEventData {
    const NAMES: &'static [&'static str] = &[
        "completedDateTime",
        "status",
        "summaryReportBlobUrl",
        "taskExecutionId",
        "taskName",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "completedDateTime" => Some(0usize),
            "status" => Some(1usize),
            "summaryReportBlobUrl" => Some(2usize),
            "taskExecutionId" => Some(3usize),
            "taskName" => Some(4usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.completed_date_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            1usize => {
                self.status = map
                    .next_value_seed(
                        rt::Nullable(
                            rt::Plain::<StorageTaskAssignmentCompletedStatus>::new(),
                        ),
                    )?;
            }
            2usize => {
                self.summary_report_blob_url = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.task_execution_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.task_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageTaskAssignmentCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `StorageTaskAssignmentCompletedStatus`, read ignoring letter case; values it does not list are kept verbatim in [`StorageTaskAssignmentCompletedStatus::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageTaskAssignmentCompletedStatus {
    /// `Succeeded`
    Succeeded,
    /// `Failed`
    Failed,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl StorageTaskAssignmentCompletedStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Succeeded => "Succeeded",
            Self::Failed => "Failed",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for StorageTaskAssignmentCompletedStatus {
    const VALUES: &'static [&'static str] = &["Succeeded", "Failed"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Succeeded" => Some(Self::Succeeded),
            "Failed" => Some(Self::Failed),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Succeeded),
            1usize => Some(Self::Failed),
            _ => None,
        }
    }
    fn other(value: String) -> Self {
        Self::Other(value)
    }
}
impl From<String> for StorageTaskAssignmentCompletedStatus {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for StorageTaskAssignmentCompletedStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for StorageTaskAssignmentCompletedStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Storage.StorageTaskAssignmentQueued` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageTaskAssignmentQueuedEventData {
    /// JSON member `queuedDateTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "queuedDateTime", skip_serializing_if = "Option::is_none")]
    pub queued_date_time: Option<rt::Timestamp>,
    /// JSON member `taskExecutionId`: string.
    #[serde(rename = "taskExecutionId", skip_serializing_if = "Option::is_none")]
    pub task_execution_id: Option<String>,
}
impl rt::Members for StorageTaskAssignmentQueuedEventData {
    const NAMES: &'static [&'static str] = &["queuedDateTime", "taskExecutionId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "queuedDateTime" => Some(0usize),
            "taskExecutionId" => Some(1usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.queued_date_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            1usize => {
                self.task_execution_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageTaskAssignmentQueuedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Storage.StorageTaskCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageTaskCompletedEventData {
    /// JSON member `completedDateTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "completedDateTime", skip_serializing_if = "Option::is_none")]
    pub completed_date_time: Option<rt::Timestamp>,
    /// JSON member `status`: [`StorageTaskCompletedStatus`]; listed as required in the schema.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<StorageTaskCompletedStatus>,
    /// JSON member `summaryReportBlobUrl`: string (uri); listed as required in the schema.
    #[serde(rename = "summaryReportBlobUrl", skip_serializing_if = "Option::is_none")]
    pub summary_report_blob_url: Option<String>,
    /// JSON member `taskExecutionId`: string.
    #[serde(rename = "taskExecutionId", skip_serializing_if = "Option::is_none")]
    pub task_execution_id: Option<String>,
    /// JSON member `taskName`: string.
    #[serde(rename = "taskName", skip_serializing_if = "Option::is_none")]
    pub task_name: Option<String>,
}
impl rt::Members for StorageTaskCompletedEventData {
    const NAMES: &'static [&'static str] = &[
        "completedDateTime",
        "status",
        "summaryReportBlobUrl",
        "taskExecutionId",
        "taskName",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "completedDateTime" => Some(0usize),
            "status" => Some(1usize),
            "summaryReportBlobUrl" => Some(2usize),
            "taskExecutionId" => Some(3usize),
            "taskName" => Some(4usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.completed_date_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            1usize => {
                self.status = map
                    .next_value_seed(
                        rt::Nullable(rt::Plain::<StorageTaskCompletedStatus>::new()),
                    )?;
            }
            2usize => {
                self.summary_report_blob_url = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.task_execution_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.task_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageTaskCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `StorageTaskCompletedStatus`, read ignoring letter case; values it does not list are kept verbatim in [`StorageTaskCompletedStatus::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StorageTaskCompletedStatus {
    /// `Succeeded`
    Succeeded,
    /// `Failed`
    Failed,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl StorageTaskCompletedStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Succeeded => "Succeeded",
            Self::Failed => "Failed",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for StorageTaskCompletedStatus {
    const VALUES: &'static [&'static str] = &["Succeeded", "Failed"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Succeeded" => Some(Self::Succeeded),
            "Failed" => Some(Self::Failed),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Succeeded),
            1usize => Some(Self::Failed),
            _ => None,
        }
    }
    fn other(value: String) -> Self {
        Self::Other(value)
    }
}
impl From<String> for StorageTaskCompletedStatus {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for StorageTaskCompletedStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for StorageTaskCompletedStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Storage.StorageTaskQueued` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct StorageTaskQueuedEventData {
    /// JSON member `queuedDateTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "queuedDateTime", skip_serializing_if = "Option::is_none")]
    pub queued_date_time: Option<rt::Timestamp>,
    /// JSON member `taskExecutionId`: string.
    #[serde(rename = "taskExecutionId", skip_serializing_if = "Option::is_none")]
    pub task_execution_id: Option<String>,
}
impl rt::Members for StorageTaskQueuedEventData {
    const NAMES: &'static [&'static str] = &["queuedDateTime", "taskExecutionId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "queuedDateTime" => Some(0usize),
            "taskExecutionId" => Some(1usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.queued_date_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            1usize => {
                self.task_execution_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for StorageTaskQueuedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
