// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The string enum `AppAction`, read ignoring letter case; values it does not list are kept verbatim in [`AppAction::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppAction {
    /// `Restarted`
    Restarted,
    /// `Stopped`
    Stopped,
    /// `ChangedAppSettings`
    ChangedAppSettings,
    /// `Started`
    Started,
    /// `Completed`
    Completed,
    /// `Failed`
    Failed,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AppAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Restarted => "Restarted",
            Self::Stopped => "Stopped",
            Self::ChangedAppSettings => "ChangedAppSettings",
            Self::Started => "Started",
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AppAction {
    const VALUES: &'static [&'static str] = &[
        "Restarted",
        "Stopped",
        "ChangedAppSettings",
        "Started",
        "Completed",
        "Failed",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Restarted" => Some(Self::Restarted),
            "Stopped" => Some(Self::Stopped),
            "ChangedAppSettings" => Some(Self::ChangedAppSettings),
            "Started" => Some(Self::Started),
            "Completed" => Some(Self::Completed),
            "Failed" => Some(Self::Failed),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Restarted),
            1usize => Some(Self::Stopped),
            2usize => Some(Self::ChangedAppSettings),
            3usize => Some(Self::Started),
            4usize => Some(Self::Completed),
            5usize => Some(Self::Failed),
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
impl From<String> for AppAction {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AppAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AppAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AppEventTypeDetail`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppEventTypeDetail {
    /// JSON member `action`: [`AppAction`].
    pub action: Option<AppAction>,
    spellings: rt::Spellings,
}
impl rt::Members for AppEventTypeDetail {
    const NAMES: &'static [&'static str] = &["action"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "action" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut action = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut action,
                            rt::Nullable(rt::Spelled::<AppAction>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            action,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AppEventTypeDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AppEventTypeDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.action.is_some());
        let mut state = serializer.serialize_struct("AppEventTypeDetail", len)?;
        if let Some(value) = &self.action {
            state.serialize_field("action", self.spellings.of(0usize, value.as_str()))?;
        } else {
            state.skip_field("action")?;
        }
        state.end()
    }
}
/// The string enum `AppServicePlanAction`, read ignoring letter case; values it does not list are kept verbatim in [`AppServicePlanAction::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AppServicePlanAction {
    /// `Updated`
    Updated,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AppServicePlanAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Updated => "Updated",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AppServicePlanAction {
    const VALUES: &'static [&'static str] = &["Updated"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Updated" => Some(Self::Updated),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Updated),
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
impl From<String> for AppServicePlanAction {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AppServicePlanAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AppServicePlanAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AppServicePlanEventTypeDetail`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppServicePlanEventTypeDetail {
    /// JSON member `action`: [`AppServicePlanAction`].
    pub action: Option<AppServicePlanAction>,
    /// JSON member `stampKind`: [`StampKind`].
    pub stamp_kind: Option<StampKind>,
    /// JSON member `status`: [`AsyncStatus`].
    pub status: Option<AsyncStatus>,
    spellings: rt::Spellings,
}
impl rt::Members for AppServicePlanEventTypeDetail {
    const NAMES: &'static [&'static str] = &["action", "stampKind", "status"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "action" => Some(0usize),
            "stampKind" => Some(1usize),
            "status" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut action = None;
        let mut stamp_kind = None;
        let mut status = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut action,
                            rt::Nullable(rt::Spelled::<AppServicePlanAction>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut stamp_kind,
                            rt::Nullable(rt::Spelled::<StampKind>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Spelled::<AsyncStatus>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            action,
            stamp_kind,
            status,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AppServicePlanEventTypeDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AppServicePlanEventTypeDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.action.is_some())
            + usize::from(self.stamp_kind.is_some())
            + usize::from(self.status.is_some());
        let mut state = serializer
            .serialize_struct("AppServicePlanEventTypeDetail", len)?;
        if let Some(value) = &self.action {
            state.serialize_field("action", self.spellings.of(0usize, value.as_str()))?;
        } else {
            state.skip_field("action")?;
        }
        if let Some(value) = &self.stamp_kind {
            state
                .serialize_field(
                    "stampKind",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("stampKind")?;
        }
        if let Some(value) = &self.status {
            state.serialize_field("status", self.spellings.of(2usize, value.as_str()))?;
        } else {
            state.skip_field("status")?;
        }
        state.end()
    }
}
/// The string enum `AsyncStatus`, read ignoring letter case; values it does not list are kept verbatim in [`AsyncStatus::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AsyncStatus {
    /// `Started`
    Started,
    /// `Completed`
    Completed,
    /// `Failed`
    Failed,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AsyncStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Started => "Started",
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AsyncStatus {
    const VALUES: &'static [&'static str] = &["Started", "Completed", "Failed"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Started" => Some(Self::Started),
            "Completed" => Some(Self::Completed),
            "Failed" => Some(Self::Failed),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Started),
            1usize => Some(Self::Completed),
            2usize => Some(Self::Failed),
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
impl From<String> for AsyncStatus {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AsyncStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AsyncStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The string enum `StampKind`, read ignoring letter case; values it does not list are kept verbatim in [`StampKind::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StampKind {
    /// `Public`
    Public,
    /// `AseV1`
    AseV1,
    /// `AseV2`
    AseV2,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl StampKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "Public",
            Self::AseV1 => "AseV1",
            Self::AseV2 => "AseV2",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for StampKind {
    const VALUES: &'static [&'static str] = &["Public", "AseV1", "AseV2"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Public" => Some(Self::Public),
            "AseV1" => Some(Self::AseV1),
            "AseV2" => Some(Self::AseV2),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Public),
            1usize => Some(Self::AseV1),
            2usize => Some(Self::AseV2),
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
impl From<String> for StampKind {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for StampKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for StampKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Web.AppServicePlanUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebAppServicePlanUpdatedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appServicePlanEventTypeDetail`: [`AppServicePlanEventTypeDetail`].
    #[serde(
        rename = "appServicePlanEventTypeDetail",
        skip_serializing_if = "Option::is_none"
    )]
    pub app_service_plan_event_type_detail: Option<AppServicePlanEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `sku`: [`WebAppServicePlanUpdatedEventDataSku`].
    #[serde(rename = "sku", skip_serializing_if = "Option::is_none")]
    pub sku: Option<WebAppServicePlanUpdatedEventDataSku>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebAppServicePlanUpdatedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appServicePlanEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "sku",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appServicePlanEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "sku" => Some(6usize),
            "verb" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_service_plan_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut sku = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_service_plan_event_type_detail,
                            rt::Nullable(
                                rt::Plain::<AppServicePlanEventTypeDetail>::new(),
                            ),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut sku,
                            rt::Nullable(
                                rt::Plain::<WebAppServicePlanUpdatedEventDataSku>::new(),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_service_plan_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            sku,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebAppServicePlanUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `WebAppServicePlanUpdatedEventDataSku`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebAppServicePlanUpdatedEventDataSku {
    /// JSON member `Capacity`: string.
    #[serde(rename = "Capacity", skip_serializing_if = "Option::is_none")]
    pub capacity: Option<String>,
    /// JSON member `Family`: string.
    #[serde(rename = "Family", skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// JSON member `Size`: string.
    #[serde(rename = "Size", skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// JSON member `Tier`: string.
    #[serde(rename = "Tier", skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl rt::Members for WebAppServicePlanUpdatedEventDataSku {
    const NAMES: &'static [&'static str] = &[
        "Capacity",
        "Family",
        "Size",
        "Tier",
        "name",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "Capacity" => Some(0usize),
            "Family" => Some(1usize),
            "Size" => Some(2usize),
            "Tier" => Some(3usize),
            "name" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut capacity = None;
        let mut family = None;
        let mut size = None;
        let mut tier = None;
        let mut name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut capacity,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut family,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut size,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tier,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            capacity,
            family,
            size,
            tier,
            name,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebAppServicePlanUpdatedEventDataSku {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.AppUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebAppUpdatedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebAppUpdatedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebAppUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.BackupOperationCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebBackupOperationCompletedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebBackupOperationCompletedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebBackupOperationCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.BackupOperationFailed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebBackupOperationFailedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebBackupOperationFailedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebBackupOperationFailedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.BackupOperationStarted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebBackupOperationStartedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebBackupOperationStartedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebBackupOperationStartedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.RestoreOperationCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebRestoreOperationCompletedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebRestoreOperationCompletedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebRestoreOperationCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.RestoreOperationFailed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebRestoreOperationFailedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebRestoreOperationFailedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebRestoreOperationFailedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.RestoreOperationStarted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebRestoreOperationStartedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebRestoreOperationStartedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebRestoreOperationStartedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.SlotSwapCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebSlotSwapCompletedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebSlotSwapCompletedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebSlotSwapCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.SlotSwapFailed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebSlotSwapFailedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebSlotSwapFailedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebSlotSwapFailedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.SlotSwapStarted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebSlotSwapStartedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebSlotSwapStartedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebSlotSwapStartedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.SlotSwapWithPreviewCancelled` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebSlotSwapWithPreviewCancelledEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebSlotSwapWithPreviewCancelledEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebSlotSwapWithPreviewCancelledEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Web.SlotSwapWithPreviewStarted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct WebSlotSwapWithPreviewStartedEventData {
    /// JSON member `address`: string.
    #[serde(rename = "address", skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// JSON member `appEventTypeDetail`: [`AppEventTypeDetail`].
    #[serde(rename = "appEventTypeDetail", skip_serializing_if = "Option::is_none")]
    pub app_event_type_detail: Option<AppEventTypeDetail>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `correlationRequestId`: string.
    #[serde(rename = "correlationRequestId", skip_serializing_if = "Option::is_none")]
    pub correlation_request_id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `requestId`: string.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// JSON member `verb`: string.
    #[serde(rename = "verb", skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
}
impl rt::Members for WebSlotSwapWithPreviewStartedEventData {
    const NAMES: &'static [&'static str] = &[
        "address",
        "appEventTypeDetail",
        "clientRequestId",
        "correlationRequestId",
        "name",
        "requestId",
        "verb",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "address" => Some(0usize),
            "appEventTypeDetail" => Some(1usize),
            "clientRequestId" => Some(2usize),
            "correlationRequestId" => Some(3usize),
            "name" => Some(4usize),
            "requestId" => Some(5usize),
            "verb" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut address = None;
        let mut app_event_type_detail = None;
        let mut client_request_id = None;
        let mut correlation_request_id = None;
        let mut name = None;
        let mut request_id = None;
        let mut verb = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_event_type_detail,
                            rt::Nullable(rt::Plain::<AppEventTypeDetail>::new()),
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
                            &mut correlation_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
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
                            &mut verb,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            address,
            app_event_type_detail,
            client_request_id,
            correlation_request_id,
            name,
            request_id,
            verb,
        })
    }
}
impl<'de> serde::Deserialize<'de> for WebSlotSwapWithPreviewStartedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
