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
    /// JSON member `contentLength`: integer (int64). Unit: bytes.
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut api = None;
        let mut blob_type = None;
        let mut client_request_id = None;
        let mut content_length = None;
        let mut content_type = None;
        let mut identity = None;
        let mut request_id = None;
        let mut sequencer = None;
        let mut storage_diagnostics = None;
        let mut url = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut api,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut blob_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(&mut map_, &mut content_length, rt::Num::<i64>::new())?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut content_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut identity,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sequencer,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut storage_diagnostics,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            api,
            blob_type,
            client_request_id,
            content_length,
            content_type,
            identity,
            request_id,
            sequencer,
            storage_diagnostics,
            url,
        })
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
    fn wire(&self) -> &str {
        self.as_str()
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
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StorageBlobCreatedEventData {
    /// JSON member `accessTier`: [`StorageBlobAccessTier`]; listed as required in the schema.
    pub access_tier: Option<StorageBlobAccessTier>,
    /// JSON member `api`: string.
    pub api: Option<String>,
    /// JSON member `blobType`: string.
    pub blob_type: Option<String>,
    /// JSON member `clientRequestId`: string.
    pub client_request_id: Option<String>,
    /// JSON member `contentLength`: integer (int64). Unit: bytes.
    pub content_length: Option<i64>,
    /// JSON member `contentOffset`: integer (int64). Unit: bytes.
    pub content_offset: Option<i64>,
    /// JSON member `contentType`: string.
    pub content_type: Option<String>,
    /// JSON member `eTag`: string.
    pub e_tag: Option<String>,
    /// JSON member `identity`: string.
    pub identity: Option<String>,
    /// JSON member `requestId`: string.
    pub request_id: Option<String>,
    /// JSON member `sequencer`: string.
    pub sequencer: Option<String>,
    /// JSON member `storageDiagnostics`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    pub storage_diagnostics: Option<rt::JsonObject>,
    /// JSON member `url`: string.
    pub url: Option<String>,
    spellings: rt::Spellings,
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut access_tier = None;
        let mut api = None;
        let mut blob_type = None;
        let mut client_request_id = None;
        let mut content_length = None;
        let mut content_offset = None;
        let mut content_type = None;
        let mut e_tag = None;
        let mut identity = None;
        let mut request_id = None;
        let mut sequencer = None;
        let mut storage_diagnostics = None;
        let mut url = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut access_tier,
                            rt::Nullable(rt::Spelled::<StorageBlobAccessTier>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut api,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut blob_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(&mut map_, &mut content_length, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(&mut map_, &mut content_offset, rt::Num::<i64>::new())?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut content_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut e_tag,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut identity,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sequencer,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                11usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut storage_diagnostics,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                12usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            access_tier,
            api,
            blob_type,
            client_request_id,
            content_length,
            content_offset,
            content_type,
            e_tag,
            identity,
            request_id,
            sequencer,
            storage_diagnostics,
            url,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for StorageBlobCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for StorageBlobCreatedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.access_tier.is_some())
            + usize::from(self.api.is_some()) + usize::from(self.blob_type.is_some())
            + usize::from(self.client_request_id.is_some())
            + usize::from(self.content_length.is_some())
            + usize::from(self.content_offset.is_some())
            + usize::from(self.content_type.is_some())
            + usize::from(self.e_tag.is_some()) + usize::from(self.identity.is_some())
            + usize::from(self.request_id.is_some())
            + usize::from(self.sequencer.is_some())
            + usize::from(self.storage_diagnostics.is_some())
            + usize::from(self.url.is_some());
        let mut state = serializer.serialize_struct("StorageBlobCreatedEventData", len)?;
        if let Some(value) = &self.access_tier {
            state
                .serialize_field(
                    "accessTier",
                    self.spellings.of(0usize, value.as_str()),
                )?;
        } else {
            state.skip_field("accessTier")?;
        }
        if let Some(value) = &self.api {
            state.serialize_field("api", value)?;
        } else {
            state.skip_field("api")?;
        }
        if let Some(value) = &self.blob_type {
            state.serialize_field("blobType", value)?;
        } else {
            state.skip_field("blobType")?;
        }
        if let Some(value) = &self.client_request_id {
            state.serialize_field("clientRequestId", value)?;
        } else {
            state.skip_field("clientRequestId")?;
        }
        if let Some(value) = &self.content_length {
            state.serialize_field("contentLength", value)?;
        } else {
            state.skip_field("contentLength")?;
        }
        if let Some(value) = &self.content_offset {
            state.serialize_field("contentOffset", value)?;
        } else {
            state.skip_field("contentOffset")?;
        }
        if let Some(value) = &self.content_type {
            state.serialize_field("contentType", value)?;
        } else {
            state.skip_field("contentType")?;
        }
        if let Some(value) = &self.e_tag {
            state.serialize_field("eTag", value)?;
        } else {
            state.skip_field("eTag")?;
        }
        if let Some(value) = &self.identity {
            state.serialize_field("identity", value)?;
        } else {
            state.skip_field("identity")?;
        }
        if let Some(value) = &self.request_id {
            state.serialize_field("requestId", value)?;
        } else {
            state.skip_field("requestId")?;
        }
        if let Some(value) = &self.sequencer {
            state.serialize_field("sequencer", value)?;
        } else {
            state.skip_field("sequencer")?;
        }
        if let Some(value) = &self.storage_diagnostics {
            state.serialize_field("storageDiagnostics", value)?;
        } else {
            state.skip_field("storageDiagnostics")?;
        }
        if let Some(value) = &self.url {
            state.serialize_field("url", value)?;
        } else {
            state.skip_field("url")?;
        }
        state.end()
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut api = None;
        let mut blob_type = None;
        let mut client_request_id = None;
        let mut content_type = None;
        let mut identity = None;
        let mut request_id = None;
        let mut sequencer = None;
        let mut storage_diagnostics = None;
        let mut url = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut api,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut blob_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut content_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut identity,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sequencer,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut storage_diagnostics,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            api,
            blob_type,
            client_request_id,
            content_type,
            identity,
            request_id,
            sequencer,
            storage_diagnostics,
            url,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut account_name = None;
        let mut manifest_blob_url = None;
        let mut policy_run_id = None;
        let mut policy_run_status = None;
        let mut policy_run_status_message = None;
        let mut rule_name = None;
        let mut schedule_date_time = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut account_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut manifest_blob_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_run_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_run_status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_run_status_message,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut rule_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut schedule_date_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            account_name,
            manifest_blob_url,
            policy_run_id,
            policy_run_status,
            policy_run_status_message,
            rule_name,
            schedule_date_time,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut api = None;
        let mut client_request_id = None;
        let mut destination_url = None;
        let mut identity = None;
        let mut request_id = None;
        let mut sequencer = None;
        let mut source_url = None;
        let mut storage_diagnostics = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut api,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut destination_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut identity,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sequencer,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut source_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut storage_diagnostics,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            api,
            client_request_id,
            destination_url,
            identity,
            request_id,
            sequencer,
            source_url,
            storage_diagnostics,
        })
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
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StorageBlobTierChangedEventData {
    /// JSON member `accessTier`: [`StorageBlobAccessTier`]; listed as required in the schema.
    pub access_tier: Option<StorageBlobAccessTier>,
    /// JSON member `api`: string.
    pub api: Option<String>,
    /// JSON member `blobType`: string.
    pub blob_type: Option<String>,
    /// JSON member `clientRequestId`: string.
    pub client_request_id: Option<String>,
    /// JSON member `contentLength`: integer (int64). Unit: bytes.
    pub content_length: Option<i64>,
    /// JSON member `contentType`: string.
    pub content_type: Option<String>,
    /// JSON member `identity`: string.
    pub identity: Option<String>,
    /// JSON member `previousTier`: [`StorageBlobAccessTier`]; listed as required in the schema.
    pub previous_tier: Option<StorageBlobAccessTier>,
    /// JSON member `requestId`: string.
    pub request_id: Option<String>,
    /// JSON member `sequencer`: string.
    pub sequencer: Option<String>,
    /// JSON member `storageDiagnostics`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    pub storage_diagnostics: Option<rt::JsonObject>,
    /// JSON member `url`: string.
    pub url: Option<String>,
    spellings: rt::Spellings,
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut access_tier = None;
        let mut api = None;
        let mut blob_type = None;
        let mut client_request_id = None;
        let mut content_length = None;
        let mut content_type = None;
        let mut identity = None;
        let mut previous_tier = None;
        let mut request_id = None;
        let mut sequencer = None;
        let mut storage_diagnostics = None;
        let mut url = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut access_tier,
                            rt::Nullable(rt::Spelled::<StorageBlobAccessTier>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut api,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut blob_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(&mut map_, &mut content_length, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut content_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut identity,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut previous_tier,
                            rt::Nullable(rt::Spelled::<StorageBlobAccessTier>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sequencer,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut storage_diagnostics,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                11usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            access_tier,
            api,
            blob_type,
            client_request_id,
            content_length,
            content_type,
            identity,
            previous_tier,
            request_id,
            sequencer,
            storage_diagnostics,
            url,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for StorageBlobTierChangedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for StorageBlobTierChangedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.access_tier.is_some())
            + usize::from(self.api.is_some()) + usize::from(self.blob_type.is_some())
            + usize::from(self.client_request_id.is_some())
            + usize::from(self.content_length.is_some())
            + usize::from(self.content_type.is_some())
            + usize::from(self.identity.is_some())
            + usize::from(self.previous_tier.is_some())
            + usize::from(self.request_id.is_some())
            + usize::from(self.sequencer.is_some())
            + usize::from(self.storage_diagnostics.is_some())
            + usize::from(self.url.is_some());
        let mut state = serializer
            .serialize_struct("StorageBlobTierChangedEventData", len)?;
        if let Some(value) = &self.access_tier {
            state
                .serialize_field(
                    "accessTier",
                    self.spellings.of(0usize, value.as_str()),
                )?;
        } else {
            state.skip_field("accessTier")?;
        }
        if let Some(value) = &self.api {
            state.serialize_field("api", value)?;
        } else {
            state.skip_field("api")?;
        }
        if let Some(value) = &self.blob_type {
            state.serialize_field("blobType", value)?;
        } else {
            state.skip_field("blobType")?;
        }
        if let Some(value) = &self.client_request_id {
            state.serialize_field("clientRequestId", value)?;
        } else {
            state.skip_field("clientRequestId")?;
        }
        if let Some(value) = &self.content_length {
            state.serialize_field("contentLength", value)?;
        } else {
            state.skip_field("contentLength")?;
        }
        if let Some(value) = &self.content_type {
            state.serialize_field("contentType", value)?;
        } else {
            state.skip_field("contentType")?;
        }
        if let Some(value) = &self.identity {
            state.serialize_field("identity", value)?;
        } else {
            state.skip_field("identity")?;
        }
        if let Some(value) = &self.previous_tier {
            state
                .serialize_field(
                    "previousTier",
                    self.spellings.of(7usize, value.as_str()),
                )?;
        } else {
            state.skip_field("previousTier")?;
        }
        if let Some(value) = &self.request_id {
            state.serialize_field("requestId", value)?;
        } else {
            state.skip_field("requestId")?;
        }
        if let Some(value) = &self.sequencer {
            state.serialize_field("sequencer", value)?;
        } else {
            state.skip_field("sequencer")?;
        }
        if let Some(value) = &self.storage_diagnostics {
            state.serialize_field("storageDiagnostics", value)?;
        } else {
            state.skip_field("storageDiagnostics")?;
        }
        if let Some(value) = &self.url {
            state.serialize_field("url", value)?;
        } else {
            state.skip_field("url")?;
        }
        state.end()
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut api = None;
        let mut client_request_id = None;
        let mut e_tag = None;
        let mut identity = None;
        let mut request_id = None;
        let mut sequencer = None;
        let mut storage_diagnostics = None;
        let mut url = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut api,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut e_tag,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut identity,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sequencer,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut storage_diagnostics,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            api,
            client_request_id,
            e_tag,
            identity,
            request_id,
            sequencer,
            storage_diagnostics,
            url,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut api = None;
        let mut client_request_id = None;
        let mut identity = None;
        let mut recursive = None;
        let mut request_id = None;
        let mut sequencer = None;
        let mut storage_diagnostics = None;
        let mut url = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut api,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut identity,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recursive,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sequencer,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut storage_diagnostics,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            api,
            client_request_id,
            identity,
            recursive,
            request_id,
            sequencer,
            storage_diagnostics,
            url,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut api = None;
        let mut client_request_id = None;
        let mut destination_url = None;
        let mut identity = None;
        let mut request_id = None;
        let mut sequencer = None;
        let mut source_url = None;
        let mut storage_diagnostics = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut api,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut destination_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut identity,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sequencer,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut source_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut storage_diagnostics,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            api,
            client_request_id,
            destination_url,
            identity,
            request_id,
            sequencer,
            source_url,
            storage_diagnostics,
        })
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
    fn wire(&self) -> &str {
        self.as_str()
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut error_list = None;
        let mut success_count = None;
        let mut total_objects_count = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut error_list,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_.read(&mut map_, &mut success_count, rt::Num::<i64>::new())?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut total_objects_count,
                            rt::Num::<i64>::new(),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            error_list,
            success_count,
            total_objects_count,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut delete_summary = None;
        let mut policy_run_summary = None;
        let mut schedule_time = None;
        let mut tier_to_archive_summary = None;
        let mut tier_to_cold_summary = None;
        let mut tier_to_cool_summary = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delete_summary,
                            rt::Nullable(
                                rt::Plain::<
                                    StorageLifecyclePolicyActionSummaryDetail,
                                >::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_run_summary,
                            rt::Nullable(
                                rt::Plain::<StorageLifecyclePolicyRunSummary>::new(),
                            ),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut schedule_time,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tier_to_archive_summary,
                            rt::Nullable(
                                rt::Plain::<
                                    StorageLifecyclePolicyActionSummaryDetail,
                                >::new(),
                            ),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tier_to_cold_summary,
                            rt::Nullable(
                                rt::Plain::<
                                    StorageLifecyclePolicyActionSummaryDetail,
                                >::new(),
                            ),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tier_to_cool_summary,
                            rt::Nullable(
                                rt::Plain::<
                                    StorageLifecyclePolicyActionSummaryDetail,
                                >::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            delete_summary,
            policy_run_summary,
            schedule_time,
            tier_to_archive_summary,
            tier_to_cold_summary,
            tier_to_cool_summary,
        })
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
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StorageLifecyclePolicyRunSummary {
    /// JSON member `completionStatus`: [`StorageLifecycleCompletionStatus`]; listed as required in the schema.
    pub completion_status: Option<StorageLifecycleCompletionStatus>,
    spellings: rt::Spellings,
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut completion_status = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut completion_status,
                            rt::Nullable(
                                rt::Spelled::<StorageLifecycleCompletionStatus>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            completion_status,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for StorageLifecyclePolicyRunSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for StorageLifecyclePolicyRunSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.completion_status.is_some());
        let mut state = serializer
            .serialize_struct("StorageLifecyclePolicyRunSummary", len)?;
        if let Some(value) = &self.completion_status {
            state
                .serialize_field(
                    "completionStatus",
                    self.spellings.of(0usize, value.as_str()),
                )?;
        } else {
            state.skip_field("completionStatus")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.Storage.StorageTaskAssignmentCompleted` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StorageTaskAssignmentCompletedEventData {
    /// JSON member `completedDateTime`: string (date-time); listed as required in the schema.
    pub completed_date_time: Option<rt::Timestamp>,
    /// JSON member `status`: [`StorageTaskAssignmentCompletedStatus`]; listed as required in the schema.
    pub status: Option<StorageTaskAssignmentCompletedStatus>,
    /// JSON member `summaryReportBlobUrl`: string (uri); listed as required in the schema.
    pub summary_report_blob_url: Option<String>,
    /// JSON member `taskExecutionId`: string.
    pub task_execution_id: Option<String>,
    /// JSON member `taskName`: string.
    pub task_name: Option<String>,
    spellings: rt::Spellings,
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut completed_date_time = None;
        let mut status = None;
        let mut summary_report_blob_url = None;
        let mut task_execution_id = None;
        let mut task_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut completed_date_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut status,
                            rt::Nullable(
                                rt::Spelled::<StorageTaskAssignmentCompletedStatus>::new(),
                            ),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut summary_report_blob_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut task_execution_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut task_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            completed_date_time,
            status,
            summary_report_blob_url,
            task_execution_id,
            task_name,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for StorageTaskAssignmentCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for StorageTaskAssignmentCompletedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.completed_date_time.is_some())
            + usize::from(self.status.is_some())
            + usize::from(self.summary_report_blob_url.is_some())
            + usize::from(self.task_execution_id.is_some())
            + usize::from(self.task_name.is_some());
        let mut state = serializer
            .serialize_struct("StorageTaskAssignmentCompletedEventData", len)?;
        if let Some(value) = &self.completed_date_time {
            state.serialize_field("completedDateTime", value)?;
        } else {
            state.skip_field("completedDateTime")?;
        }
        if let Some(value) = &self.status {
            state.serialize_field("status", self.spellings.of(1usize, value.as_str()))?;
        } else {
            state.skip_field("status")?;
        }
        if let Some(value) = &self.summary_report_blob_url {
            state.serialize_field("summaryReportBlobUrl", value)?;
        } else {
            state.skip_field("summaryReportBlobUrl")?;
        }
        if let Some(value) = &self.task_execution_id {
            state.serialize_field("taskExecutionId", value)?;
        } else {
            state.skip_field("taskExecutionId")?;
        }
        if let Some(value) = &self.task_name {
            state.serialize_field("taskName", value)?;
        } else {
            state.skip_field("taskName")?;
        }
        state.end()
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
    fn wire(&self) -> &str {
        self.as_str()
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut queued_date_time = None;
        let mut task_execution_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queued_date_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut task_execution_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            queued_date_time,
            task_execution_id,
        })
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
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StorageTaskCompletedEventData {
    /// JSON member `completedDateTime`: string (date-time); listed as required in the schema.
    pub completed_date_time: Option<rt::Timestamp>,
    /// JSON member `status`: [`StorageTaskCompletedStatus`]; listed as required in the schema.
    pub status: Option<StorageTaskCompletedStatus>,
    /// JSON member `summaryReportBlobUrl`: string (uri); listed as required in the schema.
    pub summary_report_blob_url: Option<String>,
    /// JSON member `taskExecutionId`: string.
    pub task_execution_id: Option<String>,
    /// JSON member `taskName`: string.
    pub task_name: Option<String>,
    spellings: rt::Spellings,
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut completed_date_time = None;
        let mut status = None;
        let mut summary_report_blob_url = None;
        let mut task_execution_id = None;
        let mut task_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut completed_date_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut status,
                            rt::Nullable(
                                rt::Spelled::<StorageTaskCompletedStatus>::new(),
                            ),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut summary_report_blob_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut task_execution_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut task_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            completed_date_time,
            status,
            summary_report_blob_url,
            task_execution_id,
            task_name,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for StorageTaskCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for StorageTaskCompletedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.completed_date_time.is_some())
            + usize::from(self.status.is_some())
            + usize::from(self.summary_report_blob_url.is_some())
            + usize::from(self.task_execution_id.is_some())
            + usize::from(self.task_name.is_some());
        let mut state = serializer
            .serialize_struct("StorageTaskCompletedEventData", len)?;
        if let Some(value) = &self.completed_date_time {
            state.serialize_field("completedDateTime", value)?;
        } else {
            state.skip_field("completedDateTime")?;
        }
        if let Some(value) = &self.status {
            state.serialize_field("status", self.spellings.of(1usize, value.as_str()))?;
        } else {
            state.skip_field("status")?;
        }
        if let Some(value) = &self.summary_report_blob_url {
            state.serialize_field("summaryReportBlobUrl", value)?;
        } else {
            state.skip_field("summaryReportBlobUrl")?;
        }
        if let Some(value) = &self.task_execution_id {
            state.serialize_field("taskExecutionId", value)?;
        } else {
            state.skip_field("taskExecutionId")?;
        }
        if let Some(value) = &self.task_name {
            state.serialize_field("taskName", value)?;
        } else {
            state.skip_field("taskName")?;
        }
        state.end()
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
    fn wire(&self) -> &str {
        self.as_str()
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut queued_date_time = None;
        let mut task_execution_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queued_date_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut task_execution_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            queued_date_time,
            task_execution_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for StorageTaskQueuedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
