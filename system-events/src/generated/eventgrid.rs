// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.EventGrid.MQTTClientCreatedOrUpdated` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EventGridMQTTClientCreatedOrUpdatedEventData {
    /// JSON member `clientAuthenticationName`: string; listed as required in the schema.
    pub client_authentication_name: Option<String>,
    /// JSON member `clientName`: string.
    pub client_name: Option<String>,
    /// JSON member `namespaceName`: string; listed as required in the schema.
    pub namespace_name: Option<String>,
    /// JSON member `attributes`: map of string; listed as required in the schema.
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `createdOn`: string (date-time); listed as required in the schema.
    pub created_on: Option<rt::Timestamp>,
    /// JSON member `state`: [`EventGridMQTTClientState`]; listed as required in the schema.
    pub state: Option<EventGridMQTTClientState>,
    /// JSON member `updatedOn`: string (date-time); listed as required in the schema.
    pub updated_on: Option<rt::Timestamp>,
    spellings: rt::Spellings,
}
impl rt::Members for EventGridMQTTClientCreatedOrUpdatedEventData {
    const NAMES: &'static [&'static str] = &[
        "clientAuthenticationName",
        "clientName",
        "namespaceName",
        "attributes",
        "createdOn",
        "state",
        "updatedOn",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "clientAuthenticationName" => Some(0usize),
            "clientName" => Some(1usize),
            "namespaceName" => Some(2usize),
            "attributes" => Some(3usize),
            "createdOn" => Some(4usize),
            "state" => Some(5usize),
            "updatedOn" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut client_authentication_name = None;
        let mut client_name = None;
        let mut namespace_name = None;
        let mut attributes = None;
        let mut created_on = None;
        let mut state = None;
        let mut updated_on = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_authentication_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut namespace_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut attributes,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut created_on,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut state,
                            rt::Nullable(rt::Spelled::<EventGridMQTTClientState>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut updated_on,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            client_authentication_name,
            client_name,
            namespace_name,
            attributes,
            created_on,
            state,
            updated_on,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for EventGridMQTTClientCreatedOrUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for EventGridMQTTClientCreatedOrUpdatedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.client_authentication_name.is_some())
            + usize::from(self.client_name.is_some())
            + usize::from(self.namespace_name.is_some())
            + usize::from(self.attributes.is_some())
            + usize::from(self.created_on.is_some()) + usize::from(self.state.is_some())
            + usize::from(self.updated_on.is_some());
        let mut state = serializer
            .serialize_struct("EventGridMQTTClientCreatedOrUpdatedEventData", len)?;
        if let Some(value) = &self.client_authentication_name {
            state.serialize_field("clientAuthenticationName", value)?;
        } else {
            state.skip_field("clientAuthenticationName")?;
        }
        if let Some(value) = &self.client_name {
            state.serialize_field("clientName", value)?;
        } else {
            state.skip_field("clientName")?;
        }
        if let Some(value) = &self.namespace_name {
            state.serialize_field("namespaceName", value)?;
        } else {
            state.skip_field("namespaceName")?;
        }
        if let Some(value) = &self.attributes {
            state.serialize_field("attributes", value)?;
        } else {
            state.skip_field("attributes")?;
        }
        if let Some(value) = &self.created_on {
            state.serialize_field("createdOn", value)?;
        } else {
            state.skip_field("createdOn")?;
        }
        if let Some(value) = &self.state {
            state.serialize_field("state", self.spellings.of(5usize, value.as_str()))?;
        } else {
            state.skip_field("state")?;
        }
        if let Some(value) = &self.updated_on {
            state.serialize_field("updatedOn", value)?;
        } else {
            state.skip_field("updatedOn")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.EventGrid.MQTTClientDeleted` event. Same members as [`EventGridMQTTClientEventData`].
pub type EventGridMQTTClientDeletedEventData = EventGridMQTTClientEventData;
/// The string enum `EventGridMQTTClientDisconnectionReason`, read ignoring letter case; values it does not list are kept verbatim in [`EventGridMQTTClientDisconnectionReason::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventGridMQTTClientDisconnectionReason {
    /// `ClientAuthenticationError`
    ClientAuthenticationError,
    /// `ClientAuthorizationError`
    ClientAuthorizationError,
    /// `ClientError`
    ClientError,
    /// `ClientInitiatedDisconnect`
    ClientInitiatedDisconnect,
    /// `ConnectionLost`
    ConnectionLost,
    /// `IpForbidden`
    IpForbidden,
    /// `QuotaExceeded`
    QuotaExceeded,
    /// `ServerError`
    ServerError,
    /// `ServerInitiatedDisconnect`
    ServerInitiatedDisconnect,
    /// `SessionOverflow`
    SessionOverflow,
    /// `SessionTakenOver`
    SessionTakenOver,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl EventGridMQTTClientDisconnectionReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientAuthenticationError => "ClientAuthenticationError",
            Self::ClientAuthorizationError => "ClientAuthorizationError",
            Self::ClientError => "ClientError",
            Self::ClientInitiatedDisconnect => "ClientInitiatedDisconnect",
            Self::ConnectionLost => "ConnectionLost",
            Self::IpForbidden => "IpForbidden",
            Self::QuotaExceeded => "QuotaExceeded",
            Self::ServerError => "ServerError",
            Self::ServerInitiatedDisconnect => "ServerInitiatedDisconnect",
            Self::SessionOverflow => "SessionOverflow",
            Self::SessionTakenOver => "SessionTakenOver",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for EventGridMQTTClientDisconnectionReason {
    const VALUES: &'static [&'static str] = &[
        "ClientAuthenticationError",
        "ClientAuthorizationError",
        "ClientError",
        "ClientInitiatedDisconnect",
        "ConnectionLost",
        "IpForbidden",
        "QuotaExceeded",
        "ServerError",
        "ServerInitiatedDisconnect",
        "SessionOverflow",
        "SessionTakenOver",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "ClientAuthenticationError" => Some(Self::ClientAuthenticationError),
            "ClientAuthorizationError" => Some(Self::ClientAuthorizationError),
            "ClientError" => Some(Self::ClientError),
            "ClientInitiatedDisconnect" => Some(Self::ClientInitiatedDisconnect),
            "ConnectionLost" => Some(Self::ConnectionLost),
            "IpForbidden" => Some(Self::IpForbidden),
            "QuotaExceeded" => Some(Self::QuotaExceeded),
            "ServerError" => Some(Self::ServerError),
            "ServerInitiatedDisconnect" => Some(Self::ServerInitiatedDisconnect),
            "SessionOverflow" => Some(Self::SessionOverflow),
            "SessionTakenOver" => Some(Self::SessionTakenOver),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::ClientAuthenticationError),
            1usize => Some(Self::ClientAuthorizationError),
            2usize => Some(Self::ClientError),
            3usize => Some(Self::ClientInitiatedDisconnect),
            4usize => Some(Self::ConnectionLost),
            5usize => Some(Self::IpForbidden),
            6usize => Some(Self::QuotaExceeded),
            7usize => Some(Self::ServerError),
            8usize => Some(Self::ServerInitiatedDisconnect),
            9usize => Some(Self::SessionOverflow),
            10usize => Some(Self::SessionTakenOver),
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
impl From<String> for EventGridMQTTClientDisconnectionReason {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for EventGridMQTTClientDisconnectionReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventGridMQTTClientDisconnectionReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `EventGridMQTTClientEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct EventGridMQTTClientEventData {
    /// JSON member `clientAuthenticationName`: string; listed as required in the schema.
    #[serde(
        rename = "clientAuthenticationName",
        skip_serializing_if = "Option::is_none"
    )]
    pub client_authentication_name: Option<String>,
    /// JSON member `clientName`: string.
    #[serde(rename = "clientName", skip_serializing_if = "Option::is_none")]
    pub client_name: Option<String>,
    /// JSON member `namespaceName`: string; listed as required in the schema.
    #[serde(rename = "namespaceName", skip_serializing_if = "Option::is_none")]
    pub namespace_name: Option<String>,
}
impl rt::Members for EventGridMQTTClientEventData {
    const NAMES: &'static [&'static str] = &[
        "clientAuthenticationName",
        "clientName",
        "namespaceName",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "clientAuthenticationName" => Some(0usize),
            "clientName" => Some(1usize),
            "namespaceName" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut client_authentication_name = None;
        let mut client_name = None;
        let mut namespace_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_authentication_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut namespace_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            client_authentication_name,
            client_name,
            namespace_name,
        })
    }
}
impl<'de> serde::Deserialize<'de> for EventGridMQTTClientEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.EventGrid.MQTTClientSessionConnected` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct EventGridMQTTClientSessionConnectedEventData {
    /// JSON member `clientAuthenticationName`: string; listed as required in the schema.
    #[serde(
        rename = "clientAuthenticationName",
        skip_serializing_if = "Option::is_none"
    )]
    pub client_authentication_name: Option<String>,
    /// JSON member `clientName`: string.
    #[serde(rename = "clientName", skip_serializing_if = "Option::is_none")]
    pub client_name: Option<String>,
    /// JSON member `namespaceName`: string; listed as required in the schema.
    #[serde(rename = "namespaceName", skip_serializing_if = "Option::is_none")]
    pub namespace_name: Option<String>,
    /// JSON member `clientSessionName`: string; listed as required in the schema.
    #[serde(rename = "clientSessionName", skip_serializing_if = "Option::is_none")]
    pub client_session_name: Option<String>,
    /// JSON member `sequenceNumber`: integer (int64); listed as required in the schema.
    #[serde(rename = "sequenceNumber", skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<i64>,
}
impl rt::Members for EventGridMQTTClientSessionConnectedEventData {
    const NAMES: &'static [&'static str] = &[
        "clientAuthenticationName",
        "clientName",
        "namespaceName",
        "clientSessionName",
        "sequenceNumber",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "clientAuthenticationName" => Some(0usize),
            "clientName" => Some(1usize),
            "namespaceName" => Some(2usize),
            "clientSessionName" => Some(3usize),
            "sequenceNumber" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut client_authentication_name = None;
        let mut client_name = None;
        let mut namespace_name = None;
        let mut client_session_name = None;
        let mut sequence_number = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_authentication_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut namespace_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_session_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(&mut map_, &mut sequence_number, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            client_authentication_name,
            client_name,
            namespace_name,
            client_session_name,
            sequence_number,
        })
    }
}
impl<'de> serde::Deserialize<'de> for EventGridMQTTClientSessionConnectedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.EventGrid.MQTTClientSessionDisconnected` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EventGridMQTTClientSessionDisconnectedEventData {
    /// JSON member `clientAuthenticationName`: string; listed as required in the schema.
    pub client_authentication_name: Option<String>,
    /// JSON member `clientName`: string.
    pub client_name: Option<String>,
    /// JSON member `namespaceName`: string; listed as required in the schema.
    pub namespace_name: Option<String>,
    /// JSON member `clientSessionName`: string; listed as required in the schema.
    pub client_session_name: Option<String>,
    /// JSON member `disconnectionReason`: [`EventGridMQTTClientDisconnectionReason`]; listed as required in the schema.
    pub disconnection_reason: Option<EventGridMQTTClientDisconnectionReason>,
    /// JSON member `sequenceNumber`: integer (int64); listed as required in the schema.
    pub sequence_number: Option<i64>,
    spellings: rt::Spellings,
}
impl rt::Members for EventGridMQTTClientSessionDisconnectedEventData {
    const NAMES: &'static [&'static str] = &[
        "clientAuthenticationName",
        "clientName",
        "namespaceName",
        "clientSessionName",
        "disconnectionReason",
        "sequenceNumber",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "clientAuthenticationName" => Some(0usize),
            "clientName" => Some(1usize),
            "namespaceName" => Some(2usize),
            "clientSessionName" => Some(3usize),
            "disconnectionReason" => Some(4usize),
            "sequenceNumber" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut client_authentication_name = None;
        let mut client_name = None;
        let mut namespace_name = None;
        let mut client_session_name = None;
        let mut disconnection_reason = None;
        let mut sequence_number = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_authentication_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut namespace_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_session_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut disconnection_reason,
                            rt::Nullable(
                                rt::Spelled::<EventGridMQTTClientDisconnectionReason>::new(),
                            ),
                        )?;
                }
                5usize => {
                    members_
                        .read(&mut map_, &mut sequence_number, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            client_authentication_name,
            client_name,
            namespace_name,
            client_session_name,
            disconnection_reason,
            sequence_number,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for EventGridMQTTClientSessionDisconnectedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for EventGridMQTTClientSessionDisconnectedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.client_authentication_name.is_some())
            + usize::from(self.client_name.is_some())
            + usize::from(self.namespace_name.is_some())
            + usize::from(self.client_session_name.is_some())
            + usize::from(self.disconnection_reason.is_some())
            + usize::from(self.sequence_number.is_some());
        let mut state = serializer
            .serialize_struct("EventGridMQTTClientSessionDisconnectedEventData", len)?;
        if let Some(value) = &self.client_authentication_name {
            state.serialize_field("clientAuthenticationName", value)?;
        } else {
            state.skip_field("clientAuthenticationName")?;
        }
        if let Some(value) = &self.client_name {
            state.serialize_field("clientName", value)?;
        } else {
            state.skip_field("clientName")?;
        }
        if let Some(value) = &self.namespace_name {
            state.serialize_field("namespaceName", value)?;
        } else {
            state.skip_field("namespaceName")?;
        }
        if let Some(value) = &self.client_session_name {
            state.serialize_field("clientSessionName", value)?;
        } else {
            state.skip_field("clientSessionName")?;
        }
        if let Some(value) = &self.disconnection_reason {
            state
                .serialize_field(
                    "disconnectionReason",
                    self.spellings.of(4usize, value.as_str()),
                )?;
        } else {
            state.skip_field("disconnectionReason")?;
        }
        if let Some(value) = &self.sequence_number {
            state.serialize_field("sequenceNumber", value)?;
        } else {
            state.skip_field("sequenceNumber")?;
        }
        state.end()
    }
}
/// The string enum `EventGridMQTTClientState`, read ignoring letter case; values it does not list are kept verbatim in [`EventGridMQTTClientState::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventGridMQTTClientState {
    /// `Enabled`
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl EventGridMQTTClientState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "Enabled",
            Self::Disabled => "Disabled",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for EventGridMQTTClientState {
    const VALUES: &'static [&'static str] = &["Enabled", "Disabled"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Enabled" => Some(Self::Enabled),
            "Disabled" => Some(Self::Disabled),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Enabled),
            1usize => Some(Self::Disabled),
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
impl From<String> for EventGridMQTTClientState {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for EventGridMQTTClientState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventGridMQTTClientState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.EventGrid.SubscriptionDeletedEvent` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SubscriptionDeletedEventData {
    /// JSON member `eventSubscriptionId`: string; listed as required in the schema.
    #[serde(rename = "eventSubscriptionId", skip_serializing_if = "Option::is_none")]
    pub event_subscription_id: Option<String>,
}
impl rt::Members for SubscriptionDeletedEventData {
    const NAMES: &'static [&'static str] = &["eventSubscriptionId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "eventSubscriptionId" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut event_subscription_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut event_subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { event_subscription_id })
    }
}
impl<'de> serde::Deserialize<'de> for SubscriptionDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.EventGrid.SubscriptionValidationEvent` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SubscriptionValidationEventData {
    /// JSON member `validationCode`: string; listed as required in the schema.
    #[serde(rename = "validationCode", skip_serializing_if = "Option::is_none")]
    pub validation_code: Option<String>,
    /// JSON member `validationUrl`: string; listed as required in the schema.
    #[serde(rename = "validationUrl", skip_serializing_if = "Option::is_none")]
    pub validation_url: Option<String>,
}
impl rt::Members for SubscriptionValidationEventData {
    const NAMES: &'static [&'static str] = &["validationCode", "validationUrl"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "validationCode" => Some(0usize),
            "validationUrl" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut validation_code = None;
        let mut validation_url = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut validation_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut validation_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            validation_code,
            validation_url,
        })
    }
}
impl<'de> serde::Deserialize<'de> for SubscriptionValidationEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
