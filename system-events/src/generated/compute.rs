// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The schema type `ApiEntityReference`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiEntityReference {
    /// JSON member `id`: string.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl rt::Members for ApiEntityReference {
    const NAMES: &'static [&'static str] = &["id"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "id" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { id })
    }
}
impl<'de> serde::Deserialize<'de> for ApiEntityReference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `LifecycleHookAction`, read ignoring letter case; values it does not list are kept verbatim in [`LifecycleHookAction::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LifecycleHookAction {
    /// `Approve`
    Approve,
    /// `Reject`
    Reject,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl LifecycleHookAction {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approve => "Approve",
            Self::Reject => "Reject",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for LifecycleHookAction {
    const VALUES: &'static [&'static str] = &["Approve", "Reject"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Approve" => Some(Self::Approve),
            "Reject" => Some(Self::Reject),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Approve),
            1usize => Some(Self::Reject),
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
impl From<String> for LifecycleHookAction {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for LifecycleHookAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for LifecycleHookAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The string enum `LifecycleHookActionState`, read ignoring letter case; values it does not list are kept verbatim in [`LifecycleHookActionState::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LifecycleHookActionState {
    /// `Waiting`
    Waiting,
    /// `Approved`
    Approved,
    /// `Rejected`
    Rejected,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl LifecycleHookActionState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Waiting => "Waiting",
            Self::Approved => "Approved",
            Self::Rejected => "Rejected",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for LifecycleHookActionState {
    const VALUES: &'static [&'static str] = &["Waiting", "Approved", "Rejected"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Waiting" => Some(Self::Waiting),
            "Approved" => Some(Self::Approved),
            "Rejected" => Some(Self::Rejected),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Waiting),
            1usize => Some(Self::Approved),
            2usize => Some(Self::Rejected),
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
impl From<String> for LifecycleHookActionState {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for LifecycleHookActionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for LifecycleHookActionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Compute.VirtualMachineScaleSets.LifecycleHookEvents` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct LifecycleHookEventsEventData {
    /// JSON member `id`: string.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `operationalInfo`: [`OperationalInfo`].
    #[serde(rename = "operationalInfo", skip_serializing_if = "Option::is_none")]
    pub operational_info: Option<OperationalInfo>,
    /// JSON member `properties`: [`VMScaleSetLifecycleHookEventProperties`].
    #[serde(rename = "properties", skip_serializing_if = "Option::is_none")]
    pub properties: Option<VMScaleSetLifecycleHookEventProperties>,
}
impl rt::Members for LifecycleHookEventsEventData {
    const NAMES: &'static [&'static str] = &[
        "id",
        "name",
        "operationalInfo",
        "properties",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "id" => Some(0usize),
            "name" => Some(1usize),
            "operationalInfo" => Some(2usize),
            "properties" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut operational_info = None;
        let mut properties = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operational_info,
                            rt::Nullable(rt::Plain::<OperationalInfo>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut properties,
                            rt::Nullable(
                                rt::Plain::<VMScaleSetLifecycleHookEventProperties>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id,
            name,
            operational_info,
            properties,
        })
    }
}
impl<'de> serde::Deserialize<'de> for LifecycleHookEventsEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `OperationalInfo`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct OperationalInfo {
    /// JSON member `activityId`: string.
    #[serde(rename = "activityId", skip_serializing_if = "Option::is_none")]
    pub activity_id: Option<String>,
}
impl rt::Members for OperationalInfo {
    const NAMES: &'static [&'static str] = &["activityId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "activityId" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut activity_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut activity_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { activity_id })
    }
}
impl<'de> serde::Deserialize<'de> for OperationalInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `VMScaleSetLifecycleHookEventAdditionalContext`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct VMScaleSetLifecycleHookEventAdditionalContext {
    /// JSON member `priority`: string.
    #[serde(rename = "priority", skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
}
impl rt::Members for VMScaleSetLifecycleHookEventAdditionalContext {
    const NAMES: &'static [&'static str] = &["priority"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "priority" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut priority = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut priority,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { priority })
    }
}
impl<'de> serde::Deserialize<'de> for VMScaleSetLifecycleHookEventAdditionalContext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `VMScaleSetLifecycleHookEventProperties`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct VMScaleSetLifecycleHookEventProperties {
    /// JSON member `additionalContext`: [`VMScaleSetLifecycleHookEventAdditionalContext`].
    pub additional_context: Option<VMScaleSetLifecycleHookEventAdditionalContext>,
    /// JSON member `defaultAction`: [`LifecycleHookAction`].
    pub default_action: Option<LifecycleHookAction>,
    /// JSON member `maxWaitUntil`: string.
    pub max_wait_until: Option<String>,
    /// JSON member `state`: [`VMScaleSetLifecycleHookEventState`].
    pub state: Option<VMScaleSetLifecycleHookEventState>,
    /// JSON member `targetResources`: array of [`VMScaleSetLifecycleHookEventTargetResource`].
    pub target_resources: Option<Vec<VMScaleSetLifecycleHookEventTargetResource>>,
    /// JSON member `timeCreated`: string.
    pub time_created: Option<String>,
    /// JSON member `type`: [`VMScaleSetLifecycleHookEventType`].
    pub r#type: Option<VMScaleSetLifecycleHookEventType>,
    /// JSON member `waitUntil`: string.
    pub wait_until: Option<String>,
    spellings: rt::Spellings,
}
impl rt::Members for VMScaleSetLifecycleHookEventProperties {
    const NAMES: &'static [&'static str] = &[
        "additionalContext",
        "defaultAction",
        "maxWaitUntil",
        "state",
        "targetResources",
        "timeCreated",
        "type",
        "waitUntil",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "additionalContext" => Some(0usize),
            "defaultAction" => Some(1usize),
            "maxWaitUntil" => Some(2usize),
            "state" => Some(3usize),
            "targetResources" => Some(4usize),
            "timeCreated" => Some(5usize),
            "type" => Some(6usize),
            "waitUntil" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut additional_context = None;
        let mut default_action = None;
        let mut max_wait_until = None;
        let mut state = None;
        let mut target_resources = None;
        let mut time_created = None;
        let mut r#type = None;
        let mut wait_until = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut additional_context,
                            rt::Nullable(
                                rt::Plain::<
                                    VMScaleSetLifecycleHookEventAdditionalContext,
                                >::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut default_action,
                            rt::Nullable(rt::Spelled::<LifecycleHookAction>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut max_wait_until,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut state,
                            rt::Nullable(
                                rt::Spelled::<VMScaleSetLifecycleHookEventState>::new(),
                            ),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut target_resources,
                            rt::Nullable(
                                rt::Items(
                                    rt::Plain::<
                                        VMScaleSetLifecycleHookEventTargetResource,
                                    >::new(),
                                ),
                            ),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut time_created,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(
                                rt::Spelled::<VMScaleSetLifecycleHookEventType>::new(),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut wait_until,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            additional_context,
            default_action,
            max_wait_until,
            state,
            target_resources,
            time_created,
            r#type,
            wait_until,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for VMScaleSetLifecycleHookEventProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for VMScaleSetLifecycleHookEventProperties {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.additional_context.is_some())
            + usize::from(self.default_action.is_some())
            + usize::from(self.max_wait_until.is_some())
            + usize::from(self.state.is_some())
            + usize::from(self.target_resources.is_some())
            + usize::from(self.time_created.is_some())
            + usize::from(self.r#type.is_some())
            + usize::from(self.wait_until.is_some());
        let mut state = serializer
            .serialize_struct("VMScaleSetLifecycleHookEventProperties", len)?;
        if let Some(value) = &self.additional_context {
            state.serialize_field("additionalContext", value)?;
        } else {
            state.skip_field("additionalContext")?;
        }
        if let Some(value) = &self.default_action {
            state
                .serialize_field(
                    "defaultAction",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("defaultAction")?;
        }
        if let Some(value) = &self.max_wait_until {
            state.serialize_field("maxWaitUntil", value)?;
        } else {
            state.skip_field("maxWaitUntil")?;
        }
        if let Some(value) = &self.state {
            state.serialize_field("state", self.spellings.of(3usize, value.as_str()))?;
        } else {
            state.skip_field("state")?;
        }
        if let Some(value) = &self.target_resources {
            state.serialize_field("targetResources", value)?;
        } else {
            state.skip_field("targetResources")?;
        }
        if let Some(value) = &self.time_created {
            state.serialize_field("timeCreated", value)?;
        } else {
            state.skip_field("timeCreated")?;
        }
        if let Some(value) = &self.r#type {
            state.serialize_field("type", self.spellings.of(6usize, value.as_str()))?;
        } else {
            state.skip_field("type")?;
        }
        if let Some(value) = &self.wait_until {
            state.serialize_field("waitUntil", value)?;
        } else {
            state.skip_field("waitUntil")?;
        }
        state.end()
    }
}
/// The string enum `VMScaleSetLifecycleHookEventState`, read ignoring letter case; values it does not list are kept verbatim in [`VMScaleSetLifecycleHookEventState::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VMScaleSetLifecycleHookEventState {
    /// `Active`
    Active,
    /// `Completed`
    Completed,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl VMScaleSetLifecycleHookEventState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "Active",
            Self::Completed => "Completed",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for VMScaleSetLifecycleHookEventState {
    const VALUES: &'static [&'static str] = &["Active", "Completed"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Active" => Some(Self::Active),
            "Completed" => Some(Self::Completed),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Active),
            1usize => Some(Self::Completed),
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
impl From<String> for VMScaleSetLifecycleHookEventState {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for VMScaleSetLifecycleHookEventState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VMScaleSetLifecycleHookEventState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `VMScaleSetLifecycleHookEventTargetResource`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct VMScaleSetLifecycleHookEventTargetResource {
    /// JSON member `actionState`: [`LifecycleHookActionState`].
    pub action_state: Option<LifecycleHookActionState>,
    /// JSON member `resource`: [`ApiEntityReference`].
    pub resource: Option<ApiEntityReference>,
    spellings: rt::Spellings,
}
impl rt::Members for VMScaleSetLifecycleHookEventTargetResource {
    const NAMES: &'static [&'static str] = &["actionState", "resource"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "actionState" => Some(0usize),
            "resource" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut action_state = None;
        let mut resource = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut action_state,
                            rt::Nullable(rt::Spelled::<LifecycleHookActionState>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource,
                            rt::Nullable(rt::Plain::<ApiEntityReference>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            action_state,
            resource,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for VMScaleSetLifecycleHookEventTargetResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for VMScaleSetLifecycleHookEventTargetResource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.action_state.is_some())
            + usize::from(self.resource.is_some());
        let mut state = serializer
            .serialize_struct("VMScaleSetLifecycleHookEventTargetResource", len)?;
        if let Some(value) = &self.action_state {
            state
                .serialize_field(
                    "actionState",
                    self.spellings.of(0usize, value.as_str()),
                )?;
        } else {
            state.skip_field("actionState")?;
        }
        if let Some(value) = &self.resource {
            state.serialize_field("resource", value)?;
        } else {
            state.skip_field("resource")?;
        }
        state.end()
    }
}
/// The string enum `VMScaleSetLifecycleHookEventType`, read ignoring letter case; values it does not list are kept verbatim in [`VMScaleSetLifecycleHookEventType::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VMScaleSetLifecycleHookEventType {
    /// `UpgradeAutoOSScheduling`
    UpgradeAutoOsScheduling,
    /// `UpgradeAutoOSRollingBatchStarting`
    UpgradeAutoOsRollingBatchStarting,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl VMScaleSetLifecycleHookEventType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UpgradeAutoOsScheduling => "UpgradeAutoOSScheduling",
            Self::UpgradeAutoOsRollingBatchStarting => {
                "UpgradeAutoOSRollingBatchStarting"
            }
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for VMScaleSetLifecycleHookEventType {
    const VALUES: &'static [&'static str] = &[
        "UpgradeAutoOSScheduling",
        "UpgradeAutoOSRollingBatchStarting",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "UpgradeAutoOSScheduling" => Some(Self::UpgradeAutoOsScheduling),
            "UpgradeAutoOSRollingBatchStarting" => {
                Some(Self::UpgradeAutoOsRollingBatchStarting)
            }
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::UpgradeAutoOsScheduling),
            1usize => Some(Self::UpgradeAutoOsRollingBatchStarting),
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
impl From<String> for VMScaleSetLifecycleHookEventType {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for VMScaleSetLifecycleHookEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VMScaleSetLifecycleHookEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
