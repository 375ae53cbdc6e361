// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The schema type `AcsCallEndReasonProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsCallEndReasonProperties {
    /// JSON member `code`: integer (int32 in the schema, held as `i64`).
    #[serde(rename = "code", skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// JSON member `phrase`: string.
    #[serde(rename = "phrase", skip_serializing_if = "Option::is_none")]
    pub phrase: Option<String>,
    /// JSON member `subCode`: integer (int32 in the schema, held as `i64`).
    #[serde(rename = "subCode", skip_serializing_if = "Option::is_none")]
    pub sub_code: Option<i64>,
}
impl rt::Members for AcsCallEndReasonProperties {
    const NAMES: &'static [&'static str] = &["code", "phrase", "subCode"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "code" => Some(0usize),
            "phrase" => Some(1usize),
            "subCode" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut code = None;
        let mut phrase = None;
        let mut sub_code = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut code, rt::Num::<i64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut phrase,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut sub_code, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { code, phrase, sub_code })
    }
}
impl<'de> serde::Deserialize<'de> for AcsCallEndReasonProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `AcsCallEndedByKind`, read ignoring letter case; values it does not list are kept verbatim in [`AcsCallEndedByKind::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsCallEndedByKind {
    /// `Participant`
    Participant,
    /// `MicrosoftInternal`
    MicrosoftInternal,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsCallEndedByKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Participant => "Participant",
            Self::MicrosoftInternal => "MicrosoftInternal",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsCallEndedByKind {
    const VALUES: &'static [&'static str] = &["Participant", "MicrosoftInternal"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Participant" => Some(Self::Participant),
            "MicrosoftInternal" => Some(Self::MicrosoftInternal),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Participant),
            1usize => Some(Self::MicrosoftInternal),
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
impl From<String> for AcsCallEndedByKind {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsCallEndedByKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsCallEndedByKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AcsCallEndedByProperties`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsCallEndedByProperties {
    /// JSON member `communicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    pub communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `name`: string; listed as required in the schema.
    pub name: Option<String>,
    /// JSON member `type`: [`AcsCallEndedByKind`]; listed as required in the schema.
    pub r#type: Option<AcsCallEndedByKind>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsCallEndedByProperties {
    const NAMES: &'static [&'static str] = &["communicationIdentifier", "name", "type"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "communicationIdentifier" => Some(0usize),
            "name" => Some(1usize),
            "type" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut communication_identifier = None;
        let mut name = None;
        let mut r#type = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
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
                        .read_enum(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Spelled::<AcsCallEndedByKind>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            communication_identifier,
            name,
            r#type,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsCallEndedByProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsCallEndedByProperties {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.communication_identifier.is_some())
            + usize::from(self.name.is_some()) + usize::from(self.r#type.is_some());
        let mut state = serializer.serialize_struct("AcsCallEndedByProperties", len)?;
        if let Some(value) = &self.communication_identifier {
            state.serialize_field("communicationIdentifier", value)?;
        } else {
            state.skip_field("communicationIdentifier")?;
        }
        if let Some(value) = &self.name {
            state.serialize_field("name", value)?;
        } else {
            state.skip_field("name")?;
        }
        if let Some(value) = &self.r#type {
            state.serialize_field("type", self.spellings.of(2usize, value.as_str()))?;
        } else {
            state.skip_field("type")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.Communication.CallEnded` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsCallEndedEventData {
    /// JSON member `correlationId`: string; listed as required in the schema.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `group`: [`AcsCallGroupProperties`].
    #[serde(rename = "group", skip_serializing_if = "Option::is_none")]
    pub group: Option<AcsCallGroupProperties>,
    /// JSON member `isRoomsCall`: boolean.
    #[serde(rename = "isRoomsCall", skip_serializing_if = "Option::is_none")]
    pub is_rooms_call: Option<bool>,
    /// JSON member `isTwoParty`: boolean.
    #[serde(rename = "isTwoParty", skip_serializing_if = "Option::is_none")]
    pub is_two_party: Option<bool>,
    /// JSON member `room`: [`AcsCallRoomProperties`].
    #[serde(rename = "room", skip_serializing_if = "Option::is_none")]
    pub room: Option<AcsCallRoomProperties>,
    /// JSON member `serverCallId`: string; listed as required in the schema.
    #[serde(rename = "serverCallId", skip_serializing_if = "Option::is_none")]
    pub server_call_id: Option<String>,
    /// JSON member `startedBy`: [`AcsCallParticipantProperties`]; listed as required in the schema.
    #[serde(rename = "startedBy", skip_serializing_if = "Option::is_none")]
    pub started_by: Option<AcsCallParticipantProperties>,
    /// JSON member `callDurationInSeconds`: number (double). Unit: seconds.
    #[serde(rename = "callDurationInSeconds", skip_serializing_if = "Option::is_none")]
    pub call_duration_in_seconds: Option<f64>,
    /// JSON member `endedBy`: [`AcsCallEndedByProperties`].
    #[serde(rename = "endedBy", skip_serializing_if = "Option::is_none")]
    pub ended_by: Option<AcsCallEndedByProperties>,
    /// JSON member `reason`: [`AcsCallEndReasonProperties`].
    #[serde(rename = "reason", skip_serializing_if = "Option::is_none")]
    pub reason: Option<AcsCallEndReasonProperties>,
}
impl rt::Members for AcsCallEndedEventData {
    const NAMES: &'static [&'static str] = &[
        "correlationId",
        "group",
        "isRoomsCall",
        "isTwoParty",
        "room",
        "serverCallId",
        "startedBy",
        "callDurationInSeconds",
        "endedBy",
        "reason",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "correlationId" => Some(0usize),
            "group" => Some(1usize),
            "isRoomsCall" => Some(2usize),
            "isTwoParty" => Some(3usize),
            "room" => Some(4usize),
            "serverCallId" => Some(5usize),
            "startedBy" => Some(6usize),
            "callDurationInSeconds" => Some(7usize),
            "endedBy" => Some(8usize),
            "reason" => Some(9usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut correlation_id = None;
        let mut group = None;
        let mut is_rooms_call = None;
        let mut is_two_party = None;
        let mut room = None;
        let mut server_call_id = None;
        let mut started_by = None;
        let mut call_duration_in_seconds = None;
        let mut ended_by = None;
        let mut reason = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut group,
                            rt::Nullable(rt::Plain::<AcsCallGroupProperties>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut is_rooms_call, rt::Flag)?;
                }
                3usize => {
                    members_.read(&mut map_, &mut is_two_party, rt::Flag)?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut room,
                            rt::Nullable(rt::Plain::<AcsCallRoomProperties>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut server_call_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut started_by,
                            rt::Nullable(
                                rt::Plain::<AcsCallParticipantProperties>::new(),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut call_duration_in_seconds,
                            rt::Num::<f64>::new(),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut ended_by,
                            rt::Nullable(rt::Plain::<AcsCallEndedByProperties>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut reason,
                            rt::Nullable(rt::Plain::<AcsCallEndReasonProperties>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            correlation_id,
            group,
            is_rooms_call,
            is_two_party,
            room,
            server_call_id,
            started_by,
            call_duration_in_seconds,
            ended_by,
            reason,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsCallEndedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsCallGroupProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsCallGroupProperties {
    /// JSON member `id`: string.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl rt::Members for AcsCallGroupProperties {
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
impl<'de> serde::Deserialize<'de> for AcsCallGroupProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.CallParticipantAdded` event. Same members as [`AcsCallParticipantEventData`].
pub type AcsCallParticipantAddedEventData = AcsCallParticipantEventData;
/// The schema type `AcsCallParticipantEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsCallParticipantEventData {
    /// JSON member `correlationId`: string; listed as required in the schema.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `group`: [`AcsCallGroupProperties`].
    #[serde(rename = "group", skip_serializing_if = "Option::is_none")]
    pub group: Option<AcsCallGroupProperties>,
    /// JSON member `isRoomsCall`: boolean.
    #[serde(rename = "isRoomsCall", skip_serializing_if = "Option::is_none")]
    pub is_rooms_call: Option<bool>,
    /// JSON member `isTwoParty`: boolean.
    #[serde(rename = "isTwoParty", skip_serializing_if = "Option::is_none")]
    pub is_two_party: Option<bool>,
    /// JSON member `room`: [`AcsCallRoomProperties`].
    #[serde(rename = "room", skip_serializing_if = "Option::is_none")]
    pub room: Option<AcsCallRoomProperties>,
    /// JSON member `serverCallId`: string; listed as required in the schema.
    #[serde(rename = "serverCallId", skip_serializing_if = "Option::is_none")]
    pub server_call_id: Option<String>,
    /// JSON member `startedBy`: [`AcsCallParticipantProperties`]; listed as required in the schema.
    #[serde(rename = "startedBy", skip_serializing_if = "Option::is_none")]
    pub started_by: Option<AcsCallParticipantProperties>,
    /// JSON member `displayName`: string.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// JSON member `participantId`: string.
    #[serde(rename = "participantId", skip_serializing_if = "Option::is_none")]
    pub participant_id: Option<String>,
    /// JSON member `user`: [`AcsCallParticipantProperties`].
    #[serde(rename = "user", skip_serializing_if = "Option::is_none")]
    pub user: Option<AcsCallParticipantProperties>,
    /// JSON member `userAgent`: string.
    #[serde(rename = "userAgent", skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<String>,
}
impl rt::Members for AcsCallParticipantEventData {
    const NAMES: &'static [&'static str] = &[
        "correlationId",
        "group",
        "isRoomsCall",
        "isTwoParty",
        "room",
        "serverCallId",
        "startedBy",
        "displayName",
        "participantId",
        "user",
        "userAgent",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "correlationId" => Some(0usize),
            "group" => Some(1usize),
            "isRoomsCall" => Some(2usize),
            "isTwoParty" => Some(3usize),
            "room" => Some(4usize),
            "serverCallId" => Some(5usize),
            "startedBy" => Some(6usize),
            "displayName" => Some(7usize),
            "participantId" => Some(8usize),
            "user" => Some(9usize),
            "userAgent" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut correlation_id = None;
        let mut group = None;
        let mut is_rooms_call = None;
        let mut is_two_party = None;
        let mut room = None;
        let mut server_call_id = None;
        let mut started_by = None;
        let mut display_name = None;
        let mut participant_id = None;
        let mut user = None;
        let mut user_agent = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut group,
                            rt::Nullable(rt::Plain::<AcsCallGroupProperties>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut is_rooms_call, rt::Flag)?;
                }
                3usize => {
                    members_.read(&mut map_, &mut is_two_party, rt::Flag)?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut room,
                            rt::Nullable(rt::Plain::<AcsCallRoomProperties>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut server_call_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut started_by,
                            rt::Nullable(
                                rt::Plain::<AcsCallParticipantProperties>::new(),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut participant_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut user,
                            rt::Nullable(
                                rt::Plain::<AcsCallParticipantProperties>::new(),
                            ),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut user_agent,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            correlation_id,
            group,
            is_rooms_call,
            is_two_party,
            room,
            server_call_id,
            started_by,
            display_name,
            participant_id,
            user,
            user_agent,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsCallParticipantEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `AcsCallParticipantKind`, read ignoring letter case; values it does not list are kept verbatim in [`AcsCallParticipantKind::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsCallParticipantKind {
    /// `Attendee`
    Attendee,
    /// `Presenter`
    Presenter,
    /// `Organizer`
    Organizer,
    /// `Consumer`
    Consumer,
    /// `Collaborator`
    Collaborator,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsCallParticipantKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Attendee => "Attendee",
            Self::Presenter => "Presenter",
            Self::Organizer => "Organizer",
            Self::Consumer => "Consumer",
            Self::Collaborator => "Collaborator",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsCallParticipantKind {
    const VALUES: &'static [&'static str] = &[
        "Attendee",
        "Presenter",
        "Organizer",
        "Consumer",
        "Collaborator",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Attendee" => Some(Self::Attendee),
            "Presenter" => Some(Self::Presenter),
            "Organizer" => Some(Self::Organizer),
            "Consumer" => Some(Self::Consumer),
            "Collaborator" => Some(Self::Collaborator),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Attendee),
            1usize => Some(Self::Presenter),
            2usize => Some(Self::Organizer),
            3usize => Some(Self::Consumer),
            4usize => Some(Self::Collaborator),
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
impl From<String> for AcsCallParticipantKind {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsCallParticipantKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsCallParticipantKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AcsCallParticipantProperties`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsCallParticipantProperties {
    /// JSON member `communicationIdentifier`: [`CommunicationIdentifierModel`].
    pub communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `role`: [`AcsCallParticipantKind`].
    pub role: Option<AcsCallParticipantKind>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsCallParticipantProperties {
    const NAMES: &'static [&'static str] = &["communicationIdentifier", "role"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "communicationIdentifier" => Some(0usize),
            "role" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut communication_identifier = None;
        let mut role = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut role,
                            rt::Nullable(rt::Spelled::<AcsCallParticipantKind>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            communication_identifier,
            role,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsCallParticipantProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsCallParticipantProperties {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.communication_identifier.is_some())
            + usize::from(self.role.is_some());
        let mut state = serializer
            .serialize_struct("AcsCallParticipantProperties", len)?;
        if let Some(value) = &self.communication_identifier {
            state.serialize_field("communicationIdentifier", value)?;
        } else {
            state.skip_field("communicationIdentifier")?;
        }
        if let Some(value) = &self.role {
            state.serialize_field("role", self.spellings.of(1usize, value.as_str()))?;
        } else {
            state.skip_field("role")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.Communication.CallParticipantRemoved` event. Same members as [`AcsCallParticipantEventData`].
pub type AcsCallParticipantRemovedEventData = AcsCallParticipantEventData;
/// The schema type `AcsCallRoomProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsCallRoomProperties {
    /// JSON member `id`: string.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl rt::Members for AcsCallRoomProperties {
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
impl<'de> serde::Deserialize<'de> for AcsCallRoomProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.CallStarted` event. Same members as [`AcsCallingEventProperties`].
pub type AcsCallStartedEventData = AcsCallingEventProperties;
/// The schema type `AcsCallingEventProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsCallingEventProperties {
    /// JSON member `correlationId`: string; listed as required in the schema.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `group`: [`AcsCallGroupProperties`].
    #[serde(rename = "group", skip_serializing_if = "Option::is_none")]
    pub group: Option<AcsCallGroupProperties>,
    /// JSON member `isRoomsCall`: boolean.
    #[serde(rename = "isRoomsCall", skip_serializing_if = "Option::is_none")]
    pub is_rooms_call: Option<bool>,
    /// JSON member `isTwoParty`: boolean.
    #[serde(rename = "isTwoParty", skip_serializing_if = "Option::is_none")]
    pub is_two_party: Option<bool>,
    /// JSON member `room`: [`AcsCallRoomProperties`].
    #[serde(rename = "room", skip_serializing_if = "Option::is_none")]
    pub room: Option<AcsCallRoomProperties>,
    /// JSON member `serverCallId`: string; listed as required in the schema.
    #[serde(rename = "serverCallId", skip_serializing_if = "Option::is_none")]
    pub server_call_id: Option<String>,
    /// JSON member `startedBy`: [`AcsCallParticipantProperties`]; listed as required in the schema.
    #[serde(rename = "startedBy", skip_serializing_if = "Option::is_none")]
    pub started_by: Option<AcsCallParticipantProperties>,
}
impl rt::Members for AcsCallingEventProperties {
    const NAMES: &'static [&'static str] = &[
        "correlationId",
        "group",
        "isRoomsCall",
        "isTwoParty",
        "room",
        "serverCallId",
        "startedBy",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "correlationId" => Some(0usize),
            "group" => Some(1usize),
            "isRoomsCall" => Some(2usize),
            "isTwoParty" => Some(3usize),
            "room" => Some(4usize),
            "serverCallId" => Some(5usize),
            "startedBy" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut correlation_id = None;
        let mut group = None;
        let mut is_rooms_call = None;
        let mut is_two_party = None;
        let mut room = None;
        let mut server_call_id = None;
        let mut started_by = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut group,
                            rt::Nullable(rt::Plain::<AcsCallGroupProperties>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut is_rooms_call, rt::Flag)?;
                }
                3usize => {
                    members_.read(&mut map_, &mut is_two_party, rt::Flag)?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut room,
                            rt::Nullable(rt::Plain::<AcsCallRoomProperties>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut server_call_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut started_by,
                            rt::Nullable(
                                rt::Plain::<AcsCallParticipantProperties>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            correlation_id,
            group,
            is_rooms_call,
            is_two_party,
            room,
            server_call_id,
            started_by,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsCallingEventProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatAzureBotCommandReceivedInThread` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatAzureBotCommandReceivedInThreadEventData {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `composeTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "composeTime", skip_serializing_if = "Option::is_none")]
    pub compose_time: Option<rt::Timestamp>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `senderCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "senderCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `senderDisplayName`: string.
    #[serde(rename = "senderDisplayName", skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,
    /// JSON member `sequenceId`: integer (int64).
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// JSON member `version`: integer (int64); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `messageBody`: string; listed as required in the schema.
    #[serde(rename = "messageBody", skip_serializing_if = "Option::is_none")]
    pub message_body: Option<String>,
    /// JSON member `metadata`: map of string.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AcsChatAzureBotCommandReceivedInThreadEventData {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "composeTime",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "sequenceId",
        "type",
        "version",
        "messageBody",
        "metadata",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "composeTime" => Some(2usize),
            "messageId" => Some(3usize),
            "senderCommunicationIdentifier" => Some(4usize),
            "senderDisplayName" => Some(5usize),
            "sequenceId" => Some(6usize),
            "type" => Some(7usize),
            "version" => Some(8usize),
            "messageBody" => Some(9usize),
            "metadata" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut compose_time = None;
        let mut message_id = None;
        let mut sender_communication_identifier = None;
        let mut sender_display_name = None;
        let mut sequence_id = None;
        let mut r#type = None;
        let mut version = None;
        let mut message_body = None;
        let mut metadata = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compose_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_.read(&mut map_, &mut sequence_id, rt::Num::<i64>::new())?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_body,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            compose_time,
            message_id,
            sender_communication_identifier,
            sender_display_name,
            sequence_id,
            r#type,
            version,
            message_body,
            metadata,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatAzureBotCommandReceivedInThreadEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsChatEventBaseProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatEventBaseProperties {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
}
impl rt::Members for AcsChatEventBaseProperties {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatEventBaseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsChatEventInThreadBaseProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatEventInThreadBaseProperties {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
}
impl rt::Members for AcsChatEventInThreadBaseProperties {
    const NAMES: &'static [&'static str] = &["threadId", "transactionId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { thread_id, transaction_id })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatEventInThreadBaseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatMessageDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatMessageDeletedEventData {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `composeTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "composeTime", skip_serializing_if = "Option::is_none")]
    pub compose_time: Option<rt::Timestamp>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `senderCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "senderCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `senderDisplayName`: string.
    #[serde(rename = "senderDisplayName", skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,
    /// JSON member `sequenceId`: integer (int64).
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// JSON member `version`: integer (int64); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `deleteTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "deleteTime", skip_serializing_if = "Option::is_none")]
    pub delete_time: Option<rt::Timestamp>,
}
impl rt::Members for AcsChatMessageDeletedEventData {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
        "composeTime",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "sequenceId",
        "type",
        "version",
        "deleteTime",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            "composeTime" => Some(3usize),
            "messageId" => Some(4usize),
            "senderCommunicationIdentifier" => Some(5usize),
            "senderDisplayName" => Some(6usize),
            "sequenceId" => Some(7usize),
            "type" => Some(8usize),
            "version" => Some(9usize),
            "deleteTime" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut compose_time = None;
        let mut message_id = None;
        let mut sender_communication_identifier = None;
        let mut sender_display_name = None;
        let mut sequence_id = None;
        let mut r#type = None;
        let mut version = None;
        let mut delete_time = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compose_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_.read(&mut map_, &mut sequence_id, rt::Num::<i64>::new())?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delete_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
            compose_time,
            message_id,
            sender_communication_identifier,
            sender_display_name,
            sequence_id,
            r#type,
            version,
            delete_time,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatMessageDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatMessageDeletedInThread` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatMessageDeletedInThreadEventData {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `composeTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "composeTime", skip_serializing_if = "Option::is_none")]
    pub compose_time: Option<rt::Timestamp>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `senderCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "senderCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `senderDisplayName`: string.
    #[serde(rename = "senderDisplayName", skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,
    /// JSON member `sequenceId`: integer (int64).
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// JSON member `version`: integer (int64); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `deleteTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "deleteTime", skip_serializing_if = "Option::is_none")]
    pub delete_time: Option<rt::Timestamp>,
}
impl rt::Members for AcsChatMessageDeletedInThreadEventData {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "composeTime",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "sequenceId",
        "type",
        "version",
        "deleteTime",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "composeTime" => Some(2usize),
            "messageId" => Some(3usize),
            "senderCommunicationIdentifier" => Some(4usize),
            "senderDisplayName" => Some(5usize),
            "sequenceId" => Some(6usize),
            "type" => Some(7usize),
            "version" => Some(8usize),
            "deleteTime" => Some(9usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut compose_time = None;
        let mut message_id = None;
        let mut sender_communication_identifier = None;
        let mut sender_display_name = None;
        let mut sequence_id = None;
        let mut r#type = None;
        let mut version = None;
        let mut delete_time = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compose_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_.read(&mut map_, &mut sequence_id, rt::Num::<i64>::new())?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delete_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            compose_time,
            message_id,
            sender_communication_identifier,
            sender_display_name,
            sequence_id,
            r#type,
            version,
            delete_time,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatMessageDeletedInThreadEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatMessageEdited` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatMessageEditedEventData {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `composeTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "composeTime", skip_serializing_if = "Option::is_none")]
    pub compose_time: Option<rt::Timestamp>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `senderCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "senderCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `senderDisplayName`: string.
    #[serde(rename = "senderDisplayName", skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,
    /// JSON member `sequenceId`: integer (int64).
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// JSON member `version`: integer (int64); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `editTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "editTime", skip_serializing_if = "Option::is_none")]
    pub edit_time: Option<rt::Timestamp>,
    /// JSON member `messageBody`: string; listed as required in the schema.
    #[serde(rename = "messageBody", skip_serializing_if = "Option::is_none")]
    pub message_body: Option<String>,
    /// JSON member `metadata`: map of string.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AcsChatMessageEditedEventData {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
        "composeTime",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "sequenceId",
        "type",
        "version",
        "editTime",
        "messageBody",
        "metadata",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            "composeTime" => Some(3usize),
            "messageId" => Some(4usize),
            "senderCommunicationIdentifier" => Some(5usize),
            "senderDisplayName" => Some(6usize),
            "sequenceId" => Some(7usize),
            "type" => Some(8usize),
            "version" => Some(9usize),
            "editTime" => Some(10usize),
            "messageBody" => Some(11usize),
            "metadata" => Some(12usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut compose_time = None;
        let mut message_id = None;
        let mut sender_communication_identifier = None;
        let mut sender_display_name = None;
        let mut sequence_id = None;
        let mut r#type = None;
        let mut version = None;
        let mut edit_time = None;
        let mut message_body = None;
        let mut metadata = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compose_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_.read(&mut map_, &mut sequence_id, rt::Num::<i64>::new())?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut edit_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                11usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_body,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                12usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
            compose_time,
            message_id,
            sender_communication_identifier,
            sender_display_name,
            sequence_id,
            r#type,
            version,
            edit_time,
            message_body,
            metadata,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatMessageEditedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatMessageEditedInThread` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatMessageEditedInThreadEventData {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `composeTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "composeTime", skip_serializing_if = "Option::is_none")]
    pub compose_time: Option<rt::Timestamp>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `senderCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "senderCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `senderDisplayName`: string.
    #[serde(rename = "senderDisplayName", skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,
    /// JSON member `sequenceId`: integer (int64).
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// JSON member `version`: integer (int64); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `editTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "editTime", skip_serializing_if = "Option::is_none")]
    pub edit_time: Option<rt::Timestamp>,
    /// JSON member `messageBody`: string; listed as required in the schema.
    #[serde(rename = "messageBody", skip_serializing_if = "Option::is_none")]
    pub message_body: Option<String>,
    /// JSON member `metadata`: map of string.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AcsChatMessageEditedInThreadEventData {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "composeTime",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "sequenceId",
        "type",
        "version",
        "editTime",
        "messageBody",
        "metadata",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "composeTime" => Some(2usize),
            "messageId" => Some(3usize),
            "senderCommunicationIdentifier" => Some(4usize),
            "senderDisplayName" => Some(5usize),
            "sequenceId" => Some(6usize),
            "type" => Some(7usize),
            "version" => Some(8usize),
            "editTime" => Some(9usize),
            "messageBody" => Some(10usize),
            "metadata" => Some(11usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut compose_time = None;
        let mut message_id = None;
        let mut sender_communication_identifier = None;
        let mut sender_display_name = None;
        let mut sequence_id = None;
        let mut r#type = None;
        let mut version = None;
        let mut edit_time = None;
        let mut message_body = None;
        let mut metadata = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compose_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_.read(&mut map_, &mut sequence_id, rt::Num::<i64>::new())?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut edit_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_body,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                11usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            compose_time,
            message_id,
            sender_communication_identifier,
            sender_display_name,
            sequence_id,
            r#type,
            version,
            edit_time,
            message_body,
            metadata,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatMessageEditedInThreadEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsChatMessageEventBaseProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatMessageEventBaseProperties {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `composeTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "composeTime", skip_serializing_if = "Option::is_none")]
    pub compose_time: Option<rt::Timestamp>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `senderCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "senderCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `senderDisplayName`: string.
    #[serde(rename = "senderDisplayName", skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,
    /// JSON member `sequenceId`: integer (int64).
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// JSON member `version`: integer (int64); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}
impl rt::Members for AcsChatMessageEventBaseProperties {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
        "composeTime",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "sequenceId",
        "type",
        "version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            "composeTime" => Some(3usize),
            "messageId" => Some(4usize),
            "senderCommunicationIdentifier" => Some(5usize),
            "senderDisplayName" => Some(6usize),
            "sequenceId" => Some(7usize),
            "type" => Some(8usize),
            "version" => Some(9usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut compose_time = None;
        let mut message_id = None;
        let mut sender_communication_identifier = None;
        let mut sender_display_name = None;
        let mut sequence_id = None;
        let mut r#type = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compose_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_.read(&mut map_, &mut sequence_id, rt::Num::<i64>::new())?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
            compose_time,
            message_id,
            sender_communication_identifier,
            sender_display_name,
            sequence_id,
            r#type,
            version,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatMessageEventBaseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsChatMessageEventInThreadBaseProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatMessageEventInThreadBaseProperties {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `composeTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "composeTime", skip_serializing_if = "Option::is_none")]
    pub compose_time: Option<rt::Timestamp>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `senderCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "senderCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `senderDisplayName`: string.
    #[serde(rename = "senderDisplayName", skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,
    /// JSON member `sequenceId`: integer (int64).
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// JSON member `version`: integer (int64); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}
impl rt::Members for AcsChatMessageEventInThreadBaseProperties {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "composeTime",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "sequenceId",
        "type",
        "version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "composeTime" => Some(2usize),
            "messageId" => Some(3usize),
            "senderCommunicationIdentifier" => Some(4usize),
            "senderDisplayName" => Some(5usize),
            "sequenceId" => Some(6usize),
            "type" => Some(7usize),
            "version" => Some(8usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut compose_time = None;
        let mut message_id = None;
        let mut sender_communication_identifier = None;
        let mut sender_display_name = None;
        let mut sequence_id = None;
        let mut r#type = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compose_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_.read(&mut map_, &mut sequence_id, rt::Num::<i64>::new())?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            compose_time,
            message_id,
            sender_communication_identifier,
            sender_display_name,
            sequence_id,
            r#type,
            version,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatMessageEventInThreadBaseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatMessageReceived` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatMessageReceivedEventData {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `composeTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "composeTime", skip_serializing_if = "Option::is_none")]
    pub compose_time: Option<rt::Timestamp>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `senderCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "senderCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `senderDisplayName`: string.
    #[serde(rename = "senderDisplayName", skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,
    /// JSON member `sequenceId`: integer (int64).
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// JSON member `version`: integer (int64); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `messageBody`: string; listed as required in the schema.
    #[serde(rename = "messageBody", skip_serializing_if = "Option::is_none")]
    pub message_body: Option<String>,
    /// JSON member `metadata`: map of string.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AcsChatMessageReceivedEventData {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
        "composeTime",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "sequenceId",
        "type",
        "version",
        "messageBody",
        "metadata",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            "composeTime" => Some(3usize),
            "messageId" => Some(4usize),
            "senderCommunicationIdentifier" => Some(5usize),
            "senderDisplayName" => Some(6usize),
            "sequenceId" => Some(7usize),
            "type" => Some(8usize),
            "version" => Some(9usize),
            "messageBody" => Some(10usize),
            "metadata" => Some(11usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut compose_time = None;
        let mut message_id = None;
        let mut sender_communication_identifier = None;
        let mut sender_display_name = None;
        let mut sequence_id = None;
        let mut r#type = None;
        let mut version = None;
        let mut message_body = None;
        let mut metadata = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compose_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_.read(&mut map_, &mut sequence_id, rt::Num::<i64>::new())?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_body,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                11usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
            compose_time,
            message_id,
            sender_communication_identifier,
            sender_display_name,
            sequence_id,
            r#type,
            version,
            message_body,
            metadata,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatMessageReceivedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatMessageReceivedInThread` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatMessageReceivedInThreadEventData {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `composeTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "composeTime", skip_serializing_if = "Option::is_none")]
    pub compose_time: Option<rt::Timestamp>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `senderCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "senderCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `senderDisplayName`: string.
    #[serde(rename = "senderDisplayName", skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,
    /// JSON member `sequenceId`: integer (int64).
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// JSON member `version`: integer (int64); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `messageBody`: string; listed as required in the schema.
    #[serde(rename = "messageBody", skip_serializing_if = "Option::is_none")]
    pub message_body: Option<String>,
    /// JSON member `metadata`: map of string.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AcsChatMessageReceivedInThreadEventData {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "composeTime",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "sequenceId",
        "type",
        "version",
        "messageBody",
        "metadata",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "composeTime" => Some(2usize),
            "messageId" => Some(3usize),
            "senderCommunicationIdentifier" => Some(4usize),
            "senderDisplayName" => Some(5usize),
            "sequenceId" => Some(6usize),
            "type" => Some(7usize),
            "version" => Some(8usize),
            "messageBody" => Some(9usize),
            "metadata" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut compose_time = None;
        let mut message_id = None;
        let mut sender_communication_identifier = None;
        let mut sender_display_name = None;
        let mut sequence_id = None;
        let mut r#type = None;
        let mut version = None;
        let mut message_body = None;
        let mut metadata = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compose_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_.read(&mut map_, &mut sequence_id, rt::Num::<i64>::new())?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_body,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            compose_time,
            message_id,
            sender_communication_identifier,
            sender_display_name,
            sequence_id,
            r#type,
            version,
            message_body,
            metadata,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatMessageReceivedInThreadEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatThreadParticipantAdded` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatParticipantAddedToThreadEventData {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `addedByCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "addedByCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub added_by_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `participantAdded`: [`AcsChatThreadParticipantProperties`]; listed as required in the schema.
    #[serde(rename = "participantAdded", skip_serializing_if = "Option::is_none")]
    pub participant_added: Option<AcsChatThreadParticipantProperties>,
    /// JSON member `time`: string (date-time); listed as required in the schema.
    #[serde(rename = "time", skip_serializing_if = "Option::is_none")]
    pub time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}
impl rt::Members for AcsChatParticipantAddedToThreadEventData {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "addedByCommunicationIdentifier",
        "participantAdded",
        "time",
        "version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "addedByCommunicationIdentifier" => Some(2usize),
            "participantAdded" => Some(3usize),
            "time" => Some(4usize),
            "version" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut added_by_communication_identifier = None;
        let mut participant_added = None;
        let mut time = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut added_by_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut participant_added,
                            rt::Nullable(
                                rt::Plain::<AcsChatThreadParticipantProperties>::new(),
                            ),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                5usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            added_by_communication_identifier,
            participant_added,
            time,
            version,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatParticipantAddedToThreadEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatParticipantAddedToThreadWithUser` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatParticipantAddedToThreadWithUserEventData {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `createTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "createTime", skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `addedByCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "addedByCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub added_by_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `participantAdded`: [`AcsChatThreadParticipantProperties`]; listed as required in the schema.
    #[serde(rename = "participantAdded", skip_serializing_if = "Option::is_none")]
    pub participant_added: Option<AcsChatThreadParticipantProperties>,
    /// JSON member `time`: string (date-time); listed as required in the schema.
    #[serde(rename = "time", skip_serializing_if = "Option::is_none")]
    pub time: Option<rt::Timestamp>,
}
impl rt::Members for AcsChatParticipantAddedToThreadWithUserEventData {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
        "createTime",
        "version",
        "addedByCommunicationIdentifier",
        "participantAdded",
        "time",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            "createTime" => Some(3usize),
            "version" => Some(4usize),
            "addedByCommunicationIdentifier" => Some(5usize),
            "participantAdded" => Some(6usize),
            "time" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut create_time = None;
        let mut version = None;
        let mut added_by_communication_identifier = None;
        let mut participant_added = None;
        let mut time = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut create_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut added_by_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut participant_added,
                            rt::Nullable(
                                rt::Plain::<AcsChatThreadParticipantProperties>::new(),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
            create_time,
            version,
            added_by_communication_identifier,
            participant_added,
            time,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatParticipantAddedToThreadWithUserEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatThreadParticipantRemoved` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatParticipantRemovedFromThreadEventData {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `participantRemoved`: [`AcsChatThreadParticipantProperties`]; listed as required in the schema.
    #[serde(rename = "participantRemoved", skip_serializing_if = "Option::is_none")]
    pub participant_removed: Option<AcsChatThreadParticipantProperties>,
    /// JSON member `removedByCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "removedByCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub removed_by_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `time`: string (date-time); listed as required in the schema.
    #[serde(rename = "time", skip_serializing_if = "Option::is_none")]
    pub time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}
impl rt::Members for AcsChatParticipantRemovedFromThreadEventData {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "participantRemoved",
        "removedByCommunicationIdentifier",
        "time",
        "version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "participantRemoved" => Some(2usize),
            "removedByCommunicationIdentifier" => Some(3usize),
            "time" => Some(4usize),
            "version" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut participant_removed = None;
        let mut removed_by_communication_identifier = None;
        let mut time = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut participant_removed,
                            rt::Nullable(
                                rt::Plain::<AcsChatThreadParticipantProperties>::new(),
                            ),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut removed_by_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                5usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            participant_removed,
            removed_by_communication_identifier,
            time,
            version,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatParticipantRemovedFromThreadEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatParticipantRemovedFromThreadWithUser` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatParticipantRemovedFromThreadWithUserEventData {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `createTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "createTime", skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `participantRemoved`: [`AcsChatThreadParticipantProperties`]; listed as required in the schema.
    #[serde(rename = "participantRemoved", skip_serializing_if = "Option::is_none")]
    pub participant_removed: Option<AcsChatThreadParticipantProperties>,
    /// JSON member `removedByCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "removedByCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub removed_by_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `time`: string (date-time); listed as required in the schema.
    #[serde(rename = "time", skip_serializing_if = "Option::is_none")]
    pub time: Option<rt::Timestamp>,
}
impl rt::Members for AcsChatParticipantRemovedFromThreadWithUserEventData {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
        "createTime",
        "version",
        "participantRemoved",
        "removedByCommunicationIdentifier",
        "time",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            "createTime" => Some(3usize),
            "version" => Some(4usize),
            "participantRemoved" => Some(5usize),
            "removedByCommunicationIdentifier" => Some(6usize),
            "time" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut create_time = None;
        let mut version = None;
        let mut participant_removed = None;
        let mut removed_by_communication_identifier = None;
        let mut time = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut create_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut participant_removed,
                            rt::Nullable(
                                rt::Plain::<AcsChatThreadParticipantProperties>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut removed_by_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
            create_time,
            version,
            participant_removed,
            removed_by_communication_identifier,
            time,
        })
    }
}
impl<'de> serde::Deserialize<'de>
for AcsChatParticipantRemovedFromThreadWithUserEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsChatRetentionPolicy`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsChatRetentionPolicy {
    /// JSON member `deleteThreadAfterDays`: integer (int32 in the schema, held as `i64`). Unit: days.
    pub delete_thread_after_days: Option<i64>,
    /// JSON member `kind`: [`AcsChatRetentionPolicyKind`].
    pub kind: Option<AcsChatRetentionPolicyKind>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsChatRetentionPolicy {
    const NAMES: &'static [&'static str] = &["deleteThreadAfterDays", "kind"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "deleteThreadAfterDays" => Some(0usize),
            "kind" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut delete_thread_after_days = None;
        let mut kind = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delete_thread_after_days,
                            rt::Num::<i64>::new(),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut kind,
                            rt::Nullable(
                                rt::Spelled::<AcsChatRetentionPolicyKind>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            delete_thread_after_days,
            kind,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatRetentionPolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsChatRetentionPolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.delete_thread_after_days.is_some())
            + usize::from(self.kind.is_some());
        let mut state = serializer.serialize_struct("AcsChatRetentionPolicy", len)?;
        if let Some(value) = &self.delete_thread_after_days {
            state.serialize_field("deleteThreadAfterDays", value)?;
        } else {
            state.skip_field("deleteThreadAfterDays")?;
        }
        if let Some(value) = &self.kind {
            state.serialize_field("kind", self.spellings.of(1usize, value.as_str()))?;
        } else {
            state.skip_field("kind")?;
        }
        state.end()
    }
}
/// The string enum `AcsChatRetentionPolicyKind`, read ignoring letter case; values it does not list are kept verbatim in [`AcsChatRetentionPolicyKind::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsChatRetentionPolicyKind {
    /// `none`
    None,
    /// `threadCreationDate`
    ThreadCreationDate,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsChatRetentionPolicyKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::ThreadCreationDate => "threadCreationDate",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsChatRetentionPolicyKind {
    const VALUES: &'static [&'static str] = &["none", "threadCreationDate"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "none" => Some(Self::None),
            "threadCreationDate" => Some(Self::ThreadCreationDate),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::None),
            1usize => Some(Self::ThreadCreationDate),
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
impl From<String> for AcsChatRetentionPolicyKind {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsChatRetentionPolicyKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatRetentionPolicyKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatThreadCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatThreadCreatedEventData {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `createTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "createTime", skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `createdByCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "createdByCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_by_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `metadata`: map of string.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `participants`: array of [`AcsChatThreadParticipantProperties`]; listed as required in the schema.
    #[serde(rename = "participants", skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<AcsChatThreadParticipantProperties>>,
    /// JSON member `properties`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "properties", skip_serializing_if = "Option::is_none")]
    pub properties: Option<rt::JsonObject>,
    /// JSON member `retentionPolicy`: [`AcsChatRetentionPolicy`].
    #[serde(rename = "retentionPolicy", skip_serializing_if = "Option::is_none")]
    pub retention_policy: Option<AcsChatRetentionPolicy>,
}
impl rt::Members for AcsChatThreadCreatedEventData {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "createTime",
        "version",
        "createdByCommunicationIdentifier",
        "metadata",
        "participants",
        "properties",
        "retentionPolicy",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "createTime" => Some(2usize),
            "version" => Some(3usize),
            "createdByCommunicationIdentifier" => Some(4usize),
            "metadata" => Some(5usize),
            "participants" => Some(6usize),
            "properties" => Some(7usize),
            "retentionPolicy" => Some(8usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut create_time = None;
        let mut version = None;
        let mut created_by_communication_identifier = None;
        let mut metadata = None;
        let mut participants = None;
        let mut properties = None;
        let mut retention_policy = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut create_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut created_by_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut participants,
                            rt::Nullable(
                                rt::Items(
                                    rt::Plain::<AcsChatThreadParticipantProperties>::new(),
                                ),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut properties,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut retention_policy,
                            rt::Nullable(rt::Plain::<AcsChatRetentionPolicy>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            create_time,
            version,
            created_by_communication_identifier,
            metadata,
            participants,
            properties,
            retention_policy,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatThreadCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatThreadCreatedWithUser` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatThreadCreatedWithUserEventData {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `createTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "createTime", skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `createdByCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "createdByCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_by_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `metadata`: map of string.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `participants`: array of [`AcsChatThreadParticipantProperties`]; listed as required in the schema.
    #[serde(rename = "participants", skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<AcsChatThreadParticipantProperties>>,
    /// JSON member `properties`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "properties", skip_serializing_if = "Option::is_none")]
    pub properties: Option<rt::JsonObject>,
    /// JSON member `retentionPolicy`: [`AcsChatRetentionPolicy`].
    #[serde(rename = "retentionPolicy", skip_serializing_if = "Option::is_none")]
    pub retention_policy: Option<AcsChatRetentionPolicy>,
}
impl rt::Members for AcsChatThreadCreatedWithUserEventData {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
        "createTime",
        "version",
        "createdByCommunicationIdentifier",
        "metadata",
        "participants",
        "properties",
        "retentionPolicy",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            "createTime" => Some(3usize),
            "version" => Some(4usize),
            "createdByCommunicationIdentifier" => Some(5usize),
            "metadata" => Some(6usize),
            "participants" => Some(7usize),
            "properties" => Some(8usize),
            "retentionPolicy" => Some(9usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut create_time = None;
        let mut version = None;
        let mut created_by_communication_identifier = None;
        let mut metadata = None;
        let mut participants = None;
        let mut properties = None;
        let mut retention_policy = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut create_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut created_by_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut participants,
                            rt::Nullable(
                                rt::Items(
                                    rt::Plain::<AcsChatThreadParticipantProperties>::new(),
                                ),
                            ),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut properties,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut retention_policy,
                            rt::Nullable(rt::Plain::<AcsChatRetentionPolicy>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
            create_time,
            version,
            created_by_communication_identifier,
            metadata,
            participants,
            properties,
            retention_policy,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatThreadCreatedWithUserEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatThreadDeleted` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsChatThreadDeletedEventData {
    /// JSON member `threadId`: string; listed as required in the schema.
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    pub transaction_id: Option<String>,
    /// JSON member `createTime`: string (date-time); listed as required in the schema.
    pub create_time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    pub version: Option<i64>,
    /// JSON member `deleteTime`: string (date-time); listed as required in the schema.
    pub delete_time: Option<rt::Timestamp>,
    /// JSON member `deletedByCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    pub deleted_by_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `reason`: [`AcsChatThreadDeletedReasonType`].
    pub reason: Option<AcsChatThreadDeletedReasonType>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsChatThreadDeletedEventData {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "createTime",
        "version",
        "deleteTime",
        "deletedByCommunicationIdentifier",
        "reason",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "createTime" => Some(2usize),
            "version" => Some(3usize),
            "deleteTime" => Some(4usize),
            "deletedByCommunicationIdentifier" => Some(5usize),
            "reason" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut create_time = None;
        let mut version = None;
        let mut delete_time = None;
        let mut deleted_by_communication_identifier = None;
        let mut reason = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut create_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delete_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut deleted_by_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut reason,
                            rt::Nullable(
                                rt::Spelled::<AcsChatThreadDeletedReasonType>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            create_time,
            version,
            delete_time,
            deleted_by_communication_identifier,
            reason,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatThreadDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsChatThreadDeletedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.thread_id.is_some())
            + usize::from(self.transaction_id.is_some())
            + usize::from(self.create_time.is_some())
            + usize::from(self.version.is_some())
            + usize::from(self.delete_time.is_some())
            + usize::from(self.deleted_by_communication_identifier.is_some())
            + usize::from(self.reason.is_some());
        let mut state = serializer
            .serialize_struct("AcsChatThreadDeletedEventData", len)?;
        if let Some(value) = &self.thread_id {
            state.serialize_field("threadId", value)?;
        } else {
            state.skip_field("threadId")?;
        }
        if let Some(value) = &self.transaction_id {
            state.serialize_field("transactionId", value)?;
        } else {
            state.skip_field("transactionId")?;
        }
        if let Some(value) = &self.create_time {
            state.serialize_field("createTime", value)?;
        } else {
            state.skip_field("createTime")?;
        }
        if let Some(value) = &self.version {
            state.serialize_field("version", value)?;
        } else {
            state.skip_field("version")?;
        }
        if let Some(value) = &self.delete_time {
            state.serialize_field("deleteTime", value)?;
        } else {
            state.skip_field("deleteTime")?;
        }
        if let Some(value) = &self.deleted_by_communication_identifier {
            state.serialize_field("deletedByCommunicationIdentifier", value)?;
        } else {
            state.skip_field("deletedByCommunicationIdentifier")?;
        }
        if let Some(value) = &self.reason {
            state.serialize_field("reason", self.spellings.of(6usize, value.as_str()))?;
        } else {
            state.skip_field("reason")?;
        }
        state.end()
    }
}
/// The string enum `AcsChatThreadDeletedReasonType`, read ignoring letter case; values it does not list are kept verbatim in [`AcsChatThreadDeletedReasonType::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsChatThreadDeletedReasonType {
    /// `deletedByUser`
    DeletedByUser,
    /// `deletedByPolicy`
    DeletedByPolicy,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsChatThreadDeletedReasonType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DeletedByUser => "deletedByUser",
            Self::DeletedByPolicy => "deletedByPolicy",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsChatThreadDeletedReasonType {
    const VALUES: &'static [&'static str] = &["deletedByUser", "deletedByPolicy"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "deletedByUser" => Some(Self::DeletedByUser),
            "deletedByPolicy" => Some(Self::DeletedByPolicy),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::DeletedByUser),
            1usize => Some(Self::DeletedByPolicy),
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
impl From<String> for AcsChatThreadDeletedReasonType {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsChatThreadDeletedReasonType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatThreadDeletedReasonType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AcsChatThreadEventBaseProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatThreadEventBaseProperties {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `createTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "createTime", skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}
impl rt::Members for AcsChatThreadEventBaseProperties {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
        "createTime",
        "version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            "createTime" => Some(3usize),
            "version" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut create_time = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut create_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
            create_time,
            version,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatThreadEventBaseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsChatThreadEventInThreadBaseProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatThreadEventInThreadBaseProperties {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `createTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "createTime", skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
}
impl rt::Members for AcsChatThreadEventInThreadBaseProperties {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "createTime",
        "version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "createTime" => Some(2usize),
            "version" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut create_time = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut create_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            create_time,
            version,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatThreadEventInThreadBaseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsChatThreadParticipantProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatThreadParticipantProperties {
    /// JSON member `displayName`: string.
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// JSON member `metadata`: map of string.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `participantCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "participantCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub participant_communication_identifier: Option<CommunicationIdentifierModel>,
}
impl rt::Members for AcsChatThreadParticipantProperties {
    const NAMES: &'static [&'static str] = &[
        "displayName",
        "metadata",
        "participantCommunicationIdentifier",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "displayName" => Some(0usize),
            "metadata" => Some(1usize),
            "participantCommunicationIdentifier" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut display_name = None;
        let mut metadata = None;
        let mut participant_communication_identifier = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut participant_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            display_name,
            metadata,
            participant_communication_identifier,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatThreadParticipantProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatThreadPropertiesUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatThreadPropertiesUpdatedEventData {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `createTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "createTime", skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `editTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "editTime", skip_serializing_if = "Option::is_none")]
    pub edit_time: Option<rt::Timestamp>,
    /// JSON member `editedByCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "editedByCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub edited_by_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `metadata`: map of string; listed as required in the schema.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `properties`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "properties", skip_serializing_if = "Option::is_none")]
    pub properties: Option<rt::JsonObject>,
    /// JSON member `retentionPolicy`: [`AcsChatRetentionPolicy`].
    #[serde(rename = "retentionPolicy", skip_serializing_if = "Option::is_none")]
    pub retention_policy: Option<AcsChatRetentionPolicy>,
}
impl rt::Members for AcsChatThreadPropertiesUpdatedEventData {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "createTime",
        "version",
        "editTime",
        "editedByCommunicationIdentifier",
        "metadata",
        "properties",
        "retentionPolicy",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "createTime" => Some(2usize),
            "version" => Some(3usize),
            "editTime" => Some(4usize),
            "editedByCommunicationIdentifier" => Some(5usize),
            "metadata" => Some(6usize),
            "properties" => Some(7usize),
            "retentionPolicy" => Some(8usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut create_time = None;
        let mut version = None;
        let mut edit_time = None;
        let mut edited_by_communication_identifier = None;
        let mut metadata = None;
        let mut properties = None;
        let mut retention_policy = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut create_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut edit_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut edited_by_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut properties,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut retention_policy,
                            rt::Nullable(rt::Plain::<AcsChatRetentionPolicy>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            create_time,
            version,
            edit_time,
            edited_by_communication_identifier,
            metadata,
            properties,
            retention_policy,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatThreadPropertiesUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatThreadPropertiesUpdatedPerUser` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatThreadPropertiesUpdatedPerUserEventData {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `createTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "createTime", skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `editTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "editTime", skip_serializing_if = "Option::is_none")]
    pub edit_time: Option<rt::Timestamp>,
    /// JSON member `editedByCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "editedByCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub edited_by_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `metadata`: map of string.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `properties`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "properties", skip_serializing_if = "Option::is_none")]
    pub properties: Option<rt::JsonObject>,
    /// JSON member `retentionPolicy`: [`AcsChatRetentionPolicy`].
    #[serde(rename = "retentionPolicy", skip_serializing_if = "Option::is_none")]
    pub retention_policy: Option<AcsChatRetentionPolicy>,
}
impl rt::Members for AcsChatThreadPropertiesUpdatedPerUserEventData {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
        "createTime",
        "version",
        "editTime",
        "editedByCommunicationIdentifier",
        "metadata",
        "properties",
        "retentionPolicy",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            "createTime" => Some(3usize),
            "version" => Some(4usize),
            "editTime" => Some(5usize),
            "editedByCommunicationIdentifier" => Some(6usize),
            "metadata" => Some(7usize),
            "properties" => Some(8usize),
            "retentionPolicy" => Some(9usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut create_time = None;
        let mut version = None;
        let mut edit_time = None;
        let mut edited_by_communication_identifier = None;
        let mut metadata = None;
        let mut properties = None;
        let mut retention_policy = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut create_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut edit_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut edited_by_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut properties,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut retention_policy,
                            rt::Nullable(rt::Plain::<AcsChatRetentionPolicy>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
            create_time,
            version,
            edit_time,
            edited_by_communication_identifier,
            metadata,
            properties,
            retention_policy,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatThreadPropertiesUpdatedPerUserEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatThreadWithUserDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatThreadWithUserDeletedEventData {
    /// JSON member `recipientCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "recipientCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `createTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "createTime", skip_serializing_if = "Option::is_none")]
    pub create_time: Option<rt::Timestamp>,
    /// JSON member `version`: integer (int64).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `deleteTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "deleteTime", skip_serializing_if = "Option::is_none")]
    pub delete_time: Option<rt::Timestamp>,
    /// JSON member `deletedByCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "deletedByCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub deleted_by_communication_identifier: Option<CommunicationIdentifierModel>,
}
impl rt::Members for AcsChatThreadWithUserDeletedEventData {
    const NAMES: &'static [&'static str] = &[
        "recipientCommunicationIdentifier",
        "threadId",
        "transactionId",
        "createTime",
        "version",
        "deleteTime",
        "deletedByCommunicationIdentifier",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientCommunicationIdentifier" => Some(0usize),
            "threadId" => Some(1usize),
            "transactionId" => Some(2usize),
            "createTime" => Some(3usize),
            "version" => Some(4usize),
            "deleteTime" => Some(5usize),
            "deletedByCommunicationIdentifier" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_communication_identifier = None;
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut create_time = None;
        let mut version = None;
        let mut delete_time = None;
        let mut deleted_by_communication_identifier = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut create_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delete_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut deleted_by_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_communication_identifier,
            thread_id,
            transaction_id,
            create_time,
            version,
            delete_time,
            deleted_by_communication_identifier,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatThreadWithUserDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.ChatTypingIndicatorReceivedInThread` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsChatTypingIndicatorReceivedInThreadEventData {
    /// JSON member `threadId`: string; listed as required in the schema.
    #[serde(rename = "threadId", skip_serializing_if = "Option::is_none")]
    pub thread_id: Option<String>,
    /// JSON member `transactionId`: string.
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// JSON member `composeTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "composeTime", skip_serializing_if = "Option::is_none")]
    pub compose_time: Option<rt::Timestamp>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `senderCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "senderCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub sender_communication_identifier: Option<CommunicationIdentifierModel>,
    /// JSON member `senderDisplayName`: string.
    #[serde(rename = "senderDisplayName", skip_serializing_if = "Option::is_none")]
    pub sender_display_name: Option<String>,
    /// JSON member `sequenceId`: integer (int64).
    #[serde(rename = "sequenceId", skip_serializing_if = "Option::is_none")]
    pub sequence_id: Option<i64>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// JSON member `version`: integer (int64); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// JSON member `messageBody`: string; listed as required in the schema.
    #[serde(rename = "messageBody", skip_serializing_if = "Option::is_none")]
    pub message_body: Option<String>,
    /// JSON member `metadata`: map of string.
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AcsChatTypingIndicatorReceivedInThreadEventData {
    const NAMES: &'static [&'static str] = &[
        "threadId",
        "transactionId",
        "composeTime",
        "messageId",
        "senderCommunicationIdentifier",
        "senderDisplayName",
        "sequenceId",
        "type",
        "version",
        "messageBody",
        "metadata",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "threadId" => Some(0usize),
            "transactionId" => Some(1usize),
            "composeTime" => Some(2usize),
            "messageId" => Some(3usize),
            "senderCommunicationIdentifier" => Some(4usize),
            "senderDisplayName" => Some(5usize),
            "sequenceId" => Some(6usize),
            "type" => Some(7usize),
            "version" => Some(8usize),
            "messageBody" => Some(9usize),
            "metadata" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut thread_id = None;
        let mut transaction_id = None;
        let mut compose_time = None;
        let mut message_id = None;
        let mut sender_communication_identifier = None;
        let mut sender_display_name = None;
        let mut sequence_id = None;
        let mut r#type = None;
        let mut version = None;
        let mut message_body = None;
        let mut metadata = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut thread_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transaction_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compose_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_.read(&mut map_, &mut sequence_id, rt::Num::<i64>::new())?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<i64>::new())?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_body,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            thread_id,
            transaction_id,
            compose_time,
            message_id,
            sender_communication_identifier,
            sender_display_name,
            sequence_id,
            r#type,
            version,
            message_body,
            metadata,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsChatTypingIndicatorReceivedInThreadEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.EmailDeliveryReportReceived` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsEmailDeliveryReportReceivedEventData {
    /// JSON member `deliveryAttemptTimestamp`: string (date-time); listed as required in the schema.
    pub delivery_attempt_timestamp: Option<rt::Timestamp>,
    /// JSON member `deliveryStatusDetails`: [`AcsEmailDeliveryReportStatusDetails`]; listed as required in the schema.
    pub delivery_status_details: Option<AcsEmailDeliveryReportStatusDetails>,
    /// JSON member `internetMessageId`: string; listed as required in the schema.
    pub internet_message_id: Option<String>,
    /// JSON member `messageId`: string.
    pub message_id: Option<String>,
    /// JSON member `recipient`: string; listed as required in the schema.
    pub recipient: Option<String>,
    /// JSON member `sender`: string; listed as required in the schema.
    pub sender: Option<String>,
    /// JSON member `status`: [`AcsEmailDeliveryReportStatus`]; listed as required in the schema.
    pub status: Option<AcsEmailDeliveryReportStatus>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsEmailDeliveryReportReceivedEventData {
    const NAMES: &'static [&'static str] = &[
        "deliveryAttemptTimestamp",
        "deliveryStatusDetails",
        "internetMessageId",
        "messageId",
        "recipient",
        "sender",
        "status",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "deliveryAttemptTimestamp" => Some(0usize),
            "deliveryStatusDetails" => Some(1usize),
            "internetMessageId" => Some(2usize),
            "messageId" => Some(3usize),
            "recipient" => Some(4usize),
            "sender" => Some(5usize),
            "status" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut delivery_attempt_timestamp = None;
        let mut delivery_status_details = None;
        let mut internet_message_id = None;
        let mut message_id = None;
        let mut recipient = None;
        let mut sender = None;
        let mut status = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delivery_attempt_timestamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delivery_status_details,
                            rt::Nullable(
                                rt::Plain::<AcsEmailDeliveryReportStatusDetails>::new(),
                            ),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut internet_message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut status,
                            rt::Nullable(
                                rt::Spelled::<AcsEmailDeliveryReportStatus>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            delivery_attempt_timestamp,
            delivery_status_details,
            internet_message_id,
            message_id,
            recipient,
            sender,
            status,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsEmailDeliveryReportReceivedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsEmailDeliveryReportReceivedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.delivery_attempt_timestamp.is_some())
            + usize::from(self.delivery_status_details.is_some())
            + usize::from(self.internet_message_id.is_some())
            + usize::from(self.message_id.is_some())
            + usize::from(self.recipient.is_some()) + usize::from(self.sender.is_some())
            + usize::from(self.status.is_some());
        let mut state = serializer
            .serialize_struct("AcsEmailDeliveryReportReceivedEventData", len)?;
        if let Some(value) = &self.delivery_attempt_timestamp {
            state.serialize_field("deliveryAttemptTimestamp", value)?;
        } else {
            state.skip_field("deliveryAttemptTimestamp")?;
        }
        if let Some(value) = &self.delivery_status_details {
            state.serialize_field("deliveryStatusDetails", value)?;
        } else {
            state.skip_field("deliveryStatusDetails")?;
        }
        if let Some(value) = &self.internet_message_id {
            state.serialize_field("internetMessageId", value)?;
        } else {
            state.skip_field("internetMessageId")?;
        }
        if let Some(value) = &self.message_id {
            state.serialize_field("messageId", value)?;
        } else {
            state.skip_field("messageId")?;
        }
        if let Some(value) = &self.recipient {
            state.serialize_field("recipient", value)?;
        } else {
            state.skip_field("recipient")?;
        }
        if let Some(value) = &self.sender {
            state.serialize_field("sender", value)?;
        } else {
            state.skip_field("sender")?;
        }
        if let Some(value) = &self.status {
            state.serialize_field("status", self.spellings.of(6usize, value.as_str()))?;
        } else {
            state.skip_field("status")?;
        }
        state.end()
    }
}
/// The string enum `AcsEmailDeliveryReportStatus`, read ignoring letter case; values it does not list are kept verbatim in [`AcsEmailDeliveryReportStatus::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsEmailDeliveryReportStatus {
    /// `Bounced`
    Bounced,
    /// `Delivered`
    Delivered,
    /// `Failed`
    Failed,
    /// `FilteredSpam`
    FilteredSpam,
    /// `Quarantined`
    Quarantined,
    /// `Suppressed`
    Suppressed,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsEmailDeliveryReportStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bounced => "Bounced",
            Self::Delivered => "Delivered",
            Self::Failed => "Failed",
            Self::FilteredSpam => "FilteredSpam",
            Self::Quarantined => "Quarantined",
            Self::Suppressed => "Suppressed",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsEmailDeliveryReportStatus {
    const VALUES: &'static [&'static str] = &[
        "Bounced",
        "Delivered",
        "Failed",
        "FilteredSpam",
        "Quarantined",
        "Suppressed",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Bounced" => Some(Self::Bounced),
            "Delivered" => Some(Self::Delivered),
            "Failed" => Some(Self::Failed),
            "FilteredSpam" => Some(Self::FilteredSpam),
            "Quarantined" => Some(Self::Quarantined),
            "Suppressed" => Some(Self::Suppressed),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Bounced),
            1usize => Some(Self::Delivered),
            2usize => Some(Self::Failed),
            3usize => Some(Self::FilteredSpam),
            4usize => Some(Self::Quarantined),
            5usize => Some(Self::Suppressed),
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
impl From<String> for AcsEmailDeliveryReportStatus {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsEmailDeliveryReportStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsEmailDeliveryReportStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AcsEmailDeliveryReportStatusDetails`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsEmailDeliveryReportStatusDetails {
    /// JSON member `recipientMailServerHostName`: string.
    #[serde(
        rename = "recipientMailServerHostName",
        skip_serializing_if = "Option::is_none"
    )]
    pub recipient_mail_server_host_name: Option<String>,
    /// JSON member `statusMessage`: string.
    #[serde(rename = "statusMessage", skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
}
impl rt::Members for AcsEmailDeliveryReportStatusDetails {
    const NAMES: &'static [&'static str] = &[
        "recipientMailServerHostName",
        "statusMessage",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recipientMailServerHostName" => Some(0usize),
            "statusMessage" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recipient_mail_server_host_name = None;
        let mut status_message = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient_mail_server_host_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status_message,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recipient_mail_server_host_name,
            status_message,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsEmailDeliveryReportStatusDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.EmailEngagementTrackingReportReceived` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsEmailEngagementTrackingReportReceivedEventData {
    /// JSON member `engagementContext`: string.
    pub engagement_context: Option<String>,
    /// JSON member `engagementType`: [`AcsUserEngagement`]; listed as required in the schema.
    pub engagement_type: Option<AcsUserEngagement>,
    /// JSON member `messageId`: string.
    pub message_id: Option<String>,
    /// JSON member `recipient`: string.
    pub recipient: Option<String>,
    /// JSON member `sender`: string.
    pub sender: Option<String>,
    /// JSON member `userActionTimestamp`: string (date-time); listed as required in the schema.
    pub user_action_timestamp: Option<rt::Timestamp>,
    /// JSON member `userAgent`: string.
    pub user_agent: Option<String>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsEmailEngagementTrackingReportReceivedEventData {
    const NAMES: &'static [&'static str] = &[
        "engagementContext",
        "engagementType",
        "messageId",
        "recipient",
        "sender",
        "userActionTimestamp",
        "userAgent",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "engagementContext" => Some(0usize),
            "engagementType" => Some(1usize),
            "messageId" => Some(2usize),
            "recipient" => Some(3usize),
            "sender" => Some(4usize),
            "userActionTimestamp" => Some(5usize),
            "userAgent" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut engagement_context = None;
        let mut engagement_type = None;
        let mut message_id = None;
        let mut recipient = None;
        let mut sender = None;
        let mut user_action_timestamp = None;
        let mut user_agent = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut engagement_context,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut engagement_type,
                            rt::Nullable(rt::Spelled::<AcsUserEngagement>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recipient,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sender,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut user_action_timestamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut user_agent,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            engagement_context,
            engagement_type,
            message_id,
            recipient,
            sender,
            user_action_timestamp,
            user_agent,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsEmailEngagementTrackingReportReceivedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsEmailEngagementTrackingReportReceivedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.engagement_context.is_some())
            + usize::from(self.engagement_type.is_some())
            + usize::from(self.message_id.is_some())
            + usize::from(self.recipient.is_some()) + usize::from(self.sender.is_some())
            + usize::from(self.user_action_timestamp.is_some())
            + usize::from(self.user_agent.is_some());
        let mut state = serializer
            .serialize_struct("AcsEmailEngagementTrackingReportReceivedEventData", len)?;
        if let Some(value) = &self.engagement_context {
            state.serialize_field("engagementContext", value)?;
        } else {
            state.skip_field("engagementContext")?;
        }
        if let Some(value) = &self.engagement_type {
            state
                .serialize_field(
                    "engagementType",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("engagementType")?;
        }
        if let Some(value) = &self.message_id {
            state.serialize_field("messageId", value)?;
        } else {
            state.skip_field("messageId")?;
        }
        if let Some(value) = &self.recipient {
            state.serialize_field("recipient", value)?;
        } else {
            state.skip_field("recipient")?;
        }
        if let Some(value) = &self.sender {
            state.serialize_field("sender", value)?;
        } else {
            state.skip_field("sender")?;
        }
        if let Some(value) = &self.user_action_timestamp {
            state.serialize_field("userActionTimestamp", value)?;
        } else {
            state.skip_field("userActionTimestamp")?;
        }
        if let Some(value) = &self.user_agent {
            state.serialize_field("userAgent", value)?;
        } else {
            state.skip_field("userAgent")?;
        }
        state.end()
    }
}
/// The schema type `AcsIncomingCallCustomContext`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsIncomingCallCustomContext {
    /// JSON member `sipHeaders`: map of string; listed as required in the schema.
    #[serde(rename = "sipHeaders", skip_serializing_if = "Option::is_none")]
    pub sip_headers: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `voipHeaders`: map of string; listed as required in the schema.
    #[serde(rename = "voipHeaders", skip_serializing_if = "Option::is_none")]
    pub voip_headers: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AcsIncomingCallCustomContext {
    const NAMES: &'static [&'static str] = &["sipHeaders", "voipHeaders"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "sipHeaders" => Some(0usize),
            "voipHeaders" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut sip_headers = None;
        let mut voip_headers = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sip_headers,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut voip_headers,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { sip_headers, voip_headers })
    }
}
impl<'de> serde::Deserialize<'de> for AcsIncomingCallCustomContext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.IncomingCall` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsIncomingCallEventData {
    /// JSON member `callerDisplayName`: string.
    #[serde(rename = "callerDisplayName", skip_serializing_if = "Option::is_none")]
    pub caller_display_name: Option<String>,
    /// JSON member `correlationId`: string.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `customContext`: [`AcsIncomingCallCustomContext`]; listed as required in the schema.
    #[serde(rename = "customContext", skip_serializing_if = "Option::is_none")]
    pub custom_context: Option<AcsIncomingCallCustomContext>,
    /// JSON member `from`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(rename = "from", skip_serializing_if = "Option::is_none")]
    pub from: Option<CommunicationIdentifierModel>,
    /// JSON member `incomingCallContext`: string.
    #[serde(rename = "incomingCallContext", skip_serializing_if = "Option::is_none")]
    pub incoming_call_context: Option<String>,
    /// JSON member `onBehalfOfCallee`: [`CommunicationIdentifierModel`].
    #[serde(rename = "onBehalfOfCallee", skip_serializing_if = "Option::is_none")]
    pub on_behalf_of_callee: Option<CommunicationIdentifierModel>,
    /// JSON member `serverCallId`: string.
    #[serde(rename = "serverCallId", skip_serializing_if = "Option::is_none")]
    pub server_call_id: Option<String>,
    /// JSON member `to`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(rename = "to", skip_serializing_if = "Option::is_none")]
    pub to: Option<CommunicationIdentifierModel>,
}
impl rt::Members for AcsIncomingCallEventData {
    const NAMES: &'static [&'static str] = &[
        "callerDisplayName",
        "correlationId",
        "customContext",
        "from",
        "incomingCallContext",
        "onBehalfOfCallee",
        "serverCallId",
        "to",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "callerDisplayName" => Some(0usize),
            "correlationId" => Some(1usize),
            "customContext" => Some(2usize),
            "from" => Some(3usize),
            "incomingCallContext" => Some(4usize),
            "onBehalfOfCallee" => Some(5usize),
            "serverCallId" => Some(6usize),
            "to" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut caller_display_name = None;
        let mut correlation_id = None;
        let mut custom_context = None;
        let mut from = None;
        let mut incoming_call_context = None;
        let mut on_behalf_of_callee = None;
        let mut server_call_id = None;
        let mut to = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut caller_display_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut custom_context,
                            rt::Nullable(
                                rt::Plain::<AcsIncomingCallCustomContext>::new(),
                            ),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut from,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut incoming_call_context,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut on_behalf_of_callee,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut server_call_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut to,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            caller_display_name,
            correlation_id,
            custom_context,
            from,
            incoming_call_context,
            on_behalf_of_callee,
            server_call_id,
            to,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsIncomingCallEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `AcsInteractiveReplyKind`, read ignoring letter case; values it does not list are kept verbatim in [`AcsInteractiveReplyKind::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsInteractiveReplyKind {
    /// `buttonReply`
    ButtonReply,
    /// `listReply`
    ListReply,
    /// `unknown`
    Unknown,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsInteractiveReplyKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ButtonReply => "buttonReply",
            Self::ListReply => "listReply",
            Self::Unknown => "unknown",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsInteractiveReplyKind {
    const VALUES: &'static [&'static str] = &["buttonReply", "listReply", "unknown"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "buttonReply" => Some(Self::ButtonReply),
            "listReply" => Some(Self::ListReply),
            "unknown" => Some(Self::Unknown),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::ButtonReply),
            1usize => Some(Self::ListReply),
            2usize => Some(Self::Unknown),
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
impl From<String> for AcsInteractiveReplyKind {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsInteractiveReplyKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsInteractiveReplyKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AcsMessageButtonContent`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsMessageButtonContent {
    /// JSON member `payload`: string.
    #[serde(rename = "payload", skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
    /// JSON member `text`: string.
    #[serde(rename = "text", skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
impl rt::Members for AcsMessageButtonContent {
    const NAMES: &'static [&'static str] = &["payload", "text"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "payload" => Some(0usize),
            "text" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut payload = None;
        let mut text = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut payload,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut text,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { payload, text })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageButtonContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsMessageChannelEventError`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsMessageChannelEventError {
    /// JSON member `channelCode`: string.
    #[serde(rename = "channelCode", skip_serializing_if = "Option::is_none")]
    pub channel_code: Option<String>,
    /// JSON member `channelMessage`: string.
    #[serde(rename = "channelMessage", skip_serializing_if = "Option::is_none")]
    pub channel_message: Option<String>,
}
impl rt::Members for AcsMessageChannelEventError {
    const NAMES: &'static [&'static str] = &["channelCode", "channelMessage"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelCode" => Some(0usize),
            "channelMessage" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_code = None;
        let mut channel_message = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_message,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_code,
            channel_message,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageChannelEventError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `AcsMessageChannelKind`, read ignoring letter case; values it does not list are kept verbatim in [`AcsMessageChannelKind::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsMessageChannelKind {
    /// `whatsapp`
    Whatsapp,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsMessageChannelKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Whatsapp => "whatsapp",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsMessageChannelKind {
    const VALUES: &'static [&'static str] = &["whatsapp"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "whatsapp" => Some(Self::Whatsapp),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Whatsapp),
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
impl From<String> for AcsMessageChannelKind {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsMessageChannelKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageChannelKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AcsMessageContext`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsMessageContext {
    /// JSON member `from`: string.
    #[serde(rename = "from", skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// JSON member `id`: string.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl rt::Members for AcsMessageContext {
    const NAMES: &'static [&'static str] = &["from", "id"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "from" => Some(0usize),
            "id" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut from = None;
        let mut id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut from,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
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
        Ok(Self { from, id })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageContext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `AcsMessageDeliveryStatus`, read ignoring letter case; values it does not list are kept verbatim in [`AcsMessageDeliveryStatus::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsMessageDeliveryStatus {
    /// `read`
    Read,
    /// `delivered`
    Delivered,
    /// `failed`
    Failed,
    /// `sent`
    Sent,
    /// `warning`
    Warning,
    /// `unknown`
    Unknown,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsMessageDeliveryStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Delivered => "delivered",
            Self::Failed => "failed",
            Self::Sent => "sent",
            Self::Warning => "warning",
            Self::Unknown => "unknown",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsMessageDeliveryStatus {
    const VALUES: &'static [&'static str] = &[
        "read",
        "delivered",
        "failed",
        "sent",
        "warning",
        "unknown",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "read" => Some(Self::Read),
            "delivered" => Some(Self::Delivered),
            "failed" => Some(Self::Failed),
            "sent" => Some(Self::Sent),
            "warning" => Some(Self::Warning),
            "unknown" => Some(Self::Unknown),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Read),
            1usize => Some(Self::Delivered),
            2usize => Some(Self::Failed),
            3usize => Some(Self::Sent),
            4usize => Some(Self::Warning),
            5usize => Some(Self::Unknown),
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
impl From<String> for AcsMessageDeliveryStatus {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsMessageDeliveryStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageDeliveryStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Communication.AdvancedMessageDeliveryStatusUpdated` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsMessageDeliveryStatusUpdatedEventData {
    /// JSON member `error`: [`AcsMessageChannelEventError`].
    pub error: Option<AcsMessageChannelEventError>,
    /// JSON member `from`: string; listed as required in the schema.
    pub from: Option<String>,
    /// JSON member `receivedTimeStamp`: string (date-time); listed as required in the schema.
    pub received_time_stamp: Option<rt::Timestamp>,
    /// JSON member `to`: string; listed as required in the schema.
    pub to: Option<String>,
    /// JSON member `channelType`: [`AcsMessageChannelKind`]; listed as required in the schema.
    pub channel_type: Option<AcsMessageChannelKind>,
    /// JSON member `messageId`: string.
    pub message_id: Option<String>,
    /// JSON member `status`: [`AcsMessageDeliveryStatus`]; listed as required in the schema.
    pub status: Option<AcsMessageDeliveryStatus>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsMessageDeliveryStatusUpdatedEventData {
    const NAMES: &'static [&'static str] = &[
        "error",
        "from",
        "receivedTimeStamp",
        "to",
        "channelType",
        "messageId",
        "status",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "error" => Some(0usize),
            "from" => Some(1usize),
            "receivedTimeStamp" => Some(2usize),
            "to" => Some(3usize),
            "channelType" => Some(4usize),
            "messageId" => Some(5usize),
            "status" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut error = None;
        let mut from = None;
        let mut received_time_stamp = None;
        let mut to = None;
        let mut channel_type = None;
        let mut message_id = None;
        let mut status = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut error,
                            rt::Nullable(rt::Plain::<AcsMessageChannelEventError>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut from,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut received_time_stamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut to,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut channel_type,
                            rt::Nullable(rt::Spelled::<AcsMessageChannelKind>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Spelled::<AcsMessageDeliveryStatus>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            error,
            from,
            received_time_stamp,
            to,
            channel_type,
            message_id,
            status,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageDeliveryStatusUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsMessageDeliveryStatusUpdatedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.error.is_some()) + usize::from(self.from.is_some())
            + usize::from(self.received_time_stamp.is_some())
            + usize::from(self.to.is_some()) + usize::from(self.channel_type.is_some())
            + usize::from(self.message_id.is_some())
            + usize::from(self.status.is_some());
        let mut state = serializer
            .serialize_struct("AcsMessageDeliveryStatusUpdatedEventData", len)?;
        if let Some(value) = &self.error {
            state.serialize_field("error", value)?;
        } else {
            state.skip_field("error")?;
        }
        if let Some(value) = &self.from {
            state.serialize_field("from", value)?;
        } else {
            state.skip_field("from")?;
        }
        if let Some(value) = &self.received_time_stamp {
            state.serialize_field("receivedTimeStamp", value)?;
        } else {
            state.skip_field("receivedTimeStamp")?;
        }
        if let Some(value) = &self.to {
            state.serialize_field("to", value)?;
        } else {
            state.skip_field("to")?;
        }
        if let Some(value) = &self.channel_type {
            state
                .serialize_field(
                    "channelType",
                    self.spellings.of(4usize, value.as_str()),
                )?;
        } else {
            state.skip_field("channelType")?;
        }
        if let Some(value) = &self.message_id {
            state.serialize_field("messageId", value)?;
        } else {
            state.skip_field("messageId")?;
        }
        if let Some(value) = &self.status {
            state.serialize_field("status", self.spellings.of(6usize, value.as_str()))?;
        } else {
            state.skip_field("status")?;
        }
        state.end()
    }
}
/// The schema type `AcsMessageEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsMessageEventData {
    /// JSON member `error`: [`AcsMessageChannelEventError`].
    #[serde(rename = "error", skip_serializing_if = "Option::is_none")]
    pub error: Option<AcsMessageChannelEventError>,
    /// JSON member `from`: string; listed as required in the schema.
    #[serde(rename = "from", skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// JSON member `receivedTimeStamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "receivedTimeStamp", skip_serializing_if = "Option::is_none")]
    pub received_time_stamp: Option<rt::Timestamp>,
    /// JSON member `to`: string; listed as required in the schema.
    #[serde(rename = "to", skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}
impl rt::Members for AcsMessageEventData {
    const NAMES: &'static [&'static str] = &["error", "from", "receivedTimeStamp", "to"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "error" => Some(0usize),
            "from" => Some(1usize),
            "receivedTimeStamp" => Some(2usize),
            "to" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut error = None;
        let mut from = None;
        let mut received_time_stamp = None;
        let mut to = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut error,
                            rt::Nullable(rt::Plain::<AcsMessageChannelEventError>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut from,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut received_time_stamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut to,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            error,
            from,
            received_time_stamp,
            to,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsMessageInteractiveButtonReplyContent`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsMessageInteractiveButtonReplyContent {
    /// JSON member `id`: string.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `title`: string.
    #[serde(rename = "title", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
impl rt::Members for AcsMessageInteractiveButtonReplyContent {
    const NAMES: &'static [&'static str] = &["id", "title"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "id" => Some(0usize),
            "title" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut title = None;
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
                            &mut title,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { id, title })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageInteractiveButtonReplyContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsMessageInteractiveContent`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsMessageInteractiveContent {
    /// JSON member `buttonReply`: [`AcsMessageInteractiveButtonReplyContent`].
    pub button_reply: Option<AcsMessageInteractiveButtonReplyContent>,
    /// JSON member `listReply`: [`AcsMessageInteractiveListReplyContent`].
    pub list_reply: Option<AcsMessageInteractiveListReplyContent>,
    /// JSON member `type`: [`AcsInteractiveReplyKind`]; listed as required in the schema.
    pub r#type: Option<AcsInteractiveReplyKind>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsMessageInteractiveContent {
    const NAMES: &'static [&'static str] = &["buttonReply", "listReply", "type"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "buttonReply" => Some(0usize),
            "listReply" => Some(1usize),
            "type" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut button_reply = None;
        let mut list_reply = None;
        let mut r#type = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut button_reply,
                            rt::Nullable(
                                rt::Plain::<AcsMessageInteractiveButtonReplyContent>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut list_reply,
                            rt::Nullable(
                                rt::Plain::<AcsMessageInteractiveListReplyContent>::new(),
                            ),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Spelled::<AcsInteractiveReplyKind>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            button_reply,
            list_reply,
            r#type,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageInteractiveContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsMessageInteractiveContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.button_reply.is_some())
            + usize::from(self.list_reply.is_some())
            + usize::from(self.r#type.is_some());
        let mut state = serializer
            .serialize_struct("AcsMessageInteractiveContent", len)?;
        if let Some(value) = &self.button_reply {
            state.serialize_field("buttonReply", value)?;
        } else {
            state.skip_field("buttonReply")?;
        }
        if let Some(value) = &self.list_reply {
            state.serialize_field("listReply", value)?;
        } else {
            state.skip_field("listReply")?;
        }
        if let Some(value) = &self.r#type {
            state.serialize_field("type", self.spellings.of(2usize, value.as_str()))?;
        } else {
            state.skip_field("type")?;
        }
        state.end()
    }
}
/// The schema type `AcsMessageInteractiveListReplyContent`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsMessageInteractiveListReplyContent {
    /// JSON member `description`: string.
    #[serde(rename = "description", skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// JSON member `id`: string.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `title`: string.
    #[serde(rename = "title", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}
impl rt::Members for AcsMessageInteractiveListReplyContent {
    const NAMES: &'static [&'static str] = &["description", "id", "title"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "description" => Some(0usize),
            "id" => Some(1usize),
            "title" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut description = None;
        let mut id = None;
        let mut title = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut description,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut title,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { description, id, title })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageInteractiveListReplyContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsMessageMediaContent`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsMessageMediaContent {
    /// JSON member `animated`: boolean.
    #[serde(rename = "animated", skip_serializing_if = "Option::is_none")]
    pub animated: Option<bool>,
    /// JSON member `caption`: string.
    #[serde(rename = "caption", skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// JSON member `fileName`: string.
    #[serde(rename = "fileName", skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// JSON member `id`: string; listed as required in the schema.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `mimeType`: string; listed as required in the schema.
    #[serde(rename = "mimeType", skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
}
impl rt::Members for AcsMessageMediaContent {
    const NAMES: &'static [&'static str] = &[
        "animated",
        "caption",
        "fileName",
        "id",
        "mimeType",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "animated" => Some(0usize),
            "caption" => Some(1usize),
            "fileName" => Some(2usize),
            "id" => Some(3usize),
            "mimeType" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut animated = None;
        let mut caption = None;
        let mut file_name = None;
        let mut id = None;
        let mut mime_type = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut animated, rt::Flag)?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut caption,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut file_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut mime_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            animated,
            caption,
            file_name,
            id,
            mime_type,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageMediaContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsMessageReactionContent`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsMessageReactionContent {
    /// JSON member `emoji`: string.
    #[serde(rename = "emoji", skip_serializing_if = "Option::is_none")]
    pub emoji: Option<String>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
}
impl rt::Members for AcsMessageReactionContent {
    const NAMES: &'static [&'static str] = &["emoji", "messageId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "emoji" => Some(0usize),
            "messageId" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut emoji = None;
        let mut message_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut emoji,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { emoji, message_id })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageReactionContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.AdvancedMessageReceived` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsMessageReceivedEventData {
    /// JSON member `error`: [`AcsMessageChannelEventError`].
    pub error: Option<AcsMessageChannelEventError>,
    /// JSON member `from`: string; listed as required in the schema.
    pub from: Option<String>,
    /// JSON member `receivedTimeStamp`: string (date-time); listed as required in the schema.
    pub received_time_stamp: Option<rt::Timestamp>,
    /// JSON member `to`: string; listed as required in the schema.
    pub to: Option<String>,
    /// JSON member `button`: [`AcsMessageButtonContent`].
    pub button: Option<AcsMessageButtonContent>,
    /// JSON member `channelType`: [`AcsMessageChannelKind`]; listed as required in the schema.
    pub channel_type: Option<AcsMessageChannelKind>,
    /// JSON member `content`: string.
    pub content: Option<String>,
    /// JSON member `context`: [`AcsMessageContext`].
    pub context: Option<AcsMessageContext>,
    /// JSON member `interactive`: [`AcsMessageInteractiveContent`].
    pub interactive: Option<AcsMessageInteractiveContent>,
    /// JSON member `media`: [`AcsMessageMediaContent`].
    pub media: Option<AcsMessageMediaContent>,
    /// JSON member `messageId`: string.
    pub message_id: Option<String>,
    /// JSON member `messageType`: string; listed as required in the schema.
    pub message_type: Option<String>,
    /// JSON member `reaction`: [`AcsMessageReactionContent`].
    pub reaction: Option<AcsMessageReactionContent>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsMessageReceivedEventData {
    const NAMES: &'static [&'static str] = &[
        "error",
        "from",
        "receivedTimeStamp",
        "to",
        "button",
        "channelType",
        "content",
        "context",
        "interactive",
        "media",
        "messageId",
        "messageType",
        "reaction",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "error" => Some(0usize),
            "from" => Some(1usize),
            "receivedTimeStamp" => Some(2usize),
            "to" => Some(3usize),
            "button" => Some(4usize),
            "channelType" => Some(5usize),
            "content" => Some(6usize),
            "context" => Some(7usize),
            "interactive" => Some(8usize),
            "media" => Some(9usize),
            "messageId" => Some(10usize),
            "messageType" => Some(11usize),
            "reaction" => Some(12usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut error = None;
        let mut from = None;
        let mut received_time_stamp = None;
        let mut to = None;
        let mut button = None;
        let mut channel_type = None;
        let mut content = None;
        let mut context = None;
        let mut interactive = None;
        let mut media = None;
        let mut message_id = None;
        let mut message_type = None;
        let mut reaction = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut error,
                            rt::Nullable(rt::Plain::<AcsMessageChannelEventError>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut from,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut received_time_stamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut to,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut button,
                            rt::Nullable(rt::Plain::<AcsMessageButtonContent>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut channel_type,
                            rt::Nullable(rt::Spelled::<AcsMessageChannelKind>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut content,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut context,
                            rt::Nullable(rt::Plain::<AcsMessageContext>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut interactive,
                            rt::Nullable(
                                rt::Plain::<AcsMessageInteractiveContent>::new(),
                            ),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut media,
                            rt::Nullable(rt::Plain::<AcsMessageMediaContent>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                11usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                12usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut reaction,
                            rt::Nullable(rt::Plain::<AcsMessageReactionContent>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            error,
            from,
            received_time_stamp,
            to,
            button,
            channel_type,
            content,
            context,
            interactive,
            media,
            message_id,
            message_type,
            reaction,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsMessageReceivedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsMessageReceivedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.error.is_some()) + usize::from(self.from.is_some())
            + usize::from(self.received_time_stamp.is_some())
            + usize::from(self.to.is_some()) + usize::from(self.button.is_some())
            + usize::from(self.channel_type.is_some())
            + usize::from(self.content.is_some()) + usize::from(self.context.is_some())
            + usize::from(self.interactive.is_some()) + usize::from(self.media.is_some())
            + usize::from(self.message_id.is_some())
            + usize::from(self.message_type.is_some())
            + usize::from(self.reaction.is_some());
        let mut state = serializer.serialize_struct("AcsMessageReceivedEventData", len)?;
        if let Some(value) = &self.error {
            state.serialize_field("error", value)?;
        } else {
            state.skip_field("error")?;
        }
        if let Some(value) = &self.from {
            state.serialize_field("from", value)?;
        } else {
            state.skip_field("from")?;
        }
        if let Some(value) = &self.received_time_stamp {
            state.serialize_field("receivedTimeStamp", value)?;
        } else {
            state.skip_field("receivedTimeStamp")?;
        }
        if let Some(value) = &self.to {
            state.serialize_field("to", value)?;
        } else {
            state.skip_field("to")?;
        }
        if let Some(value) = &self.button {
            state.serialize_field("button", value)?;
        } else {
            state.skip_field("button")?;
        }
        if let Some(value) = &self.channel_type {
            state
                .serialize_field(
                    "channelType",
                    self.spellings.of(5usize, value.as_str()),
                )?;
        } else {
            state.skip_field("channelType")?;
        }
        if let Some(value) = &self.content {
            state.serialize_field("content", value)?;
        } else {
            state.skip_field("content")?;
        }
        if let Some(value) = &self.context {
            state.serialize_field("context", value)?;
        } else {
            state.skip_field("context")?;
        }
        if let Some(value) = &self.interactive {
            state.serialize_field("interactive", value)?;
        } else {
            state.skip_field("interactive")?;
        }
        if let Some(value) = &self.media {
            state.serialize_field("media", value)?;
        } else {
            state.skip_field("media")?;
        }
        if let Some(value) = &self.message_id {
            state.serialize_field("messageId", value)?;
        } else {
            state.skip_field("messageId")?;
        }
        if let Some(value) = &self.message_type {
            state.serialize_field("messageType", value)?;
        } else {
            state.skip_field("messageType")?;
        }
        if let Some(value) = &self.reaction {
            state.serialize_field("reaction", value)?;
        } else {
            state.skip_field("reaction")?;
        }
        state.end()
    }
}
/// The string enum `AcsRecordingChannelType`, read ignoring letter case; values it does not list are kept verbatim in [`AcsRecordingChannelType::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsRecordingChannelType {
    /// `Mixed`
    Mixed,
    /// `Unmixed`
    Unmixed,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsRecordingChannelType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mixed => "Mixed",
            Self::Unmixed => "Unmixed",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsRecordingChannelType {
    const VALUES: &'static [&'static str] = &["Mixed", "Unmixed"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Mixed" => Some(Self::Mixed),
            "Unmixed" => Some(Self::Unmixed),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Mixed),
            1usize => Some(Self::Unmixed),
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
impl From<String> for AcsRecordingChannelType {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsRecordingChannelType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsRecordingChannelType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AcsRecordingChunkInfoProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRecordingChunkInfoProperties {
    /// JSON member `contentLocation`: string.
    #[serde(rename = "contentLocation", skip_serializing_if = "Option::is_none")]
    pub content_location: Option<String>,
    /// JSON member `deleteLocation`: string.
    #[serde(rename = "deleteLocation", skip_serializing_if = "Option::is_none")]
    pub delete_location: Option<String>,
    /// JSON member `documentId`: string.
    #[serde(rename = "documentId", skip_serializing_if = "Option::is_none")]
    pub document_id: Option<String>,
    /// JSON member `endReason`: string.
    #[serde(rename = "endReason", skip_serializing_if = "Option::is_none")]
    pub end_reason: Option<String>,
    /// JSON member `index`: integer (int64).
    #[serde(rename = "index", skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    /// JSON member `metadataLocation`: string.
    #[serde(rename = "metadataLocation", skip_serializing_if = "Option::is_none")]
    pub metadata_location: Option<String>,
}
impl rt::Members for AcsRecordingChunkInfoProperties {
    const NAMES: &'static [&'static str] = &[
        "contentLocation",
        "deleteLocation",
        "documentId",
        "endReason",
        "index",
        "metadataLocation",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "contentLocation" => Some(0usize),
            "deleteLocation" => Some(1usize),
            "documentId" => Some(2usize),
            "endReason" => Some(3usize),
            "index" => Some(4usize),
            "metadataLocation" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut content_location = None;
        let mut delete_location = None;
        let mut document_id = None;
        let mut end_reason = None;
        let mut index = None;
        let mut metadata_location = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut content_location,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delete_location,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut document_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut end_reason,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut index, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata_location,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            content_location,
            delete_location,
            document_id,
            end_reason,
            index,
            metadata_location,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRecordingChunkInfoProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `AcsRecordingContentType`, read ignoring letter case; values it does not list are kept verbatim in [`AcsRecordingContentType::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsRecordingContentType {
    /// `AudioVideo`
    AudioVideo,
    /// `Audio`
    Audio,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsRecordingContentType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AudioVideo => "AudioVideo",
            Self::Audio => "Audio",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsRecordingContentType {
    const VALUES: &'static [&'static str] = &["AudioVideo", "Audio"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "AudioVideo" => Some(Self::AudioVideo),
            "Audio" => Some(Self::Audio),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::AudioVideo),
            1usize => Some(Self::Audio),
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
impl From<String> for AcsRecordingContentType {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsRecordingContentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsRecordingContentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RecordingFileStatusUpdated` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsRecordingFileStatusUpdatedEventData {
    /// JSON member `recordingChannelType`: [`AcsRecordingChannelType`]; listed as required in the schema.
    pub recording_channel_type: Option<AcsRecordingChannelType>,
    /// JSON member `recordingContentType`: [`AcsRecordingContentType`]; listed as required in the schema.
    pub recording_content_type: Option<AcsRecordingContentType>,
    /// JSON member `recordingDurationMs`: integer (int64). Unit: milliseconds.
    pub recording_duration_ms: Option<i64>,
    /// JSON member `recordingFormatType`: [`AcsRecordingFormatType`]; listed as required in the schema.
    pub recording_format_type: Option<AcsRecordingFormatType>,
    /// JSON member `recordingStartTime`: string (date-time); listed as required in the schema.
    pub recording_start_time: Option<rt::Timestamp>,
    /// JSON member `recordingStorageInfo`: [`AcsRecordingStorageInfoProperties`]; listed as required in the schema.
    pub recording_storage_info: Option<AcsRecordingStorageInfoProperties>,
    /// JSON member `sessionEndReason`: string.
    pub session_end_reason: Option<String>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsRecordingFileStatusUpdatedEventData {
    const NAMES: &'static [&'static str] = &[
        "recordingChannelType",
        "recordingContentType",
        "recordingDurationMs",
        "recordingFormatType",
        "recordingStartTime",
        "recordingStorageInfo",
        "sessionEndReason",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recordingChannelType" => Some(0usize),
            "recordingContentType" => Some(1usize),
            "recordingDurationMs" => Some(2usize),
            "recordingFormatType" => Some(3usize),
            "recordingStartTime" => Some(4usize),
            "recordingStorageInfo" => Some(5usize),
            "sessionEndReason" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recording_channel_type = None;
        let mut recording_content_type = None;
        let mut recording_duration_ms = None;
        let mut recording_format_type = None;
        let mut recording_start_time = None;
        let mut recording_storage_info = None;
        let mut session_end_reason = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut recording_channel_type,
                            rt::Nullable(rt::Spelled::<AcsRecordingChannelType>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut recording_content_type,
                            rt::Nullable(rt::Spelled::<AcsRecordingContentType>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recording_duration_ms,
                            rt::Num::<i64>::new(),
                        )?;
                }
                3usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut recording_format_type,
                            rt::Nullable(rt::Spelled::<AcsRecordingFormatType>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recording_start_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recording_storage_info,
                            rt::Nullable(
                                rt::Plain::<AcsRecordingStorageInfoProperties>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut session_end_reason,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            recording_channel_type,
            recording_content_type,
            recording_duration_ms,
            recording_format_type,
            recording_start_time,
            recording_storage_info,
            session_end_reason,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRecordingFileStatusUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsRecordingFileStatusUpdatedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.recording_channel_type.is_some())
            + usize::from(self.recording_content_type.is_some())
            + usize::from(self.recording_duration_ms.is_some())
            + usize::from(self.recording_format_type.is_some())
            + usize::from(self.recording_start_time.is_some())
            + usize::from(self.recording_storage_info.is_some())
            + usize::from(self.session_end_reason.is_some());
        let mut state = serializer
            .serialize_struct("AcsRecordingFileStatusUpdatedEventData", len)?;
        if let Some(value) = &self.recording_channel_type {
            state
                .serialize_field(
                    "recordingChannelType",
                    self.spellings.of(0usize, value.as_str()),
                )?;
        } else {
            state.skip_field("recordingChannelType")?;
        }
        if let Some(value) = &self.recording_content_type {
            state
                .serialize_field(
                    "recordingContentType",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("recordingContentType")?;
        }
        if let Some(value) = &self.recording_duration_ms {
            state.serialize_field("recordingDurationMs", value)?;
        } else {
            state.skip_field("recordingDurationMs")?;
        }
        if let Some(value) = &self.recording_format_type {
            state
                .serialize_field(
                    "recordingFormatType",
                    self.spellings.of(3usize, value.as_str()),
                )?;
        } else {
            state.skip_field("recordingFormatType")?;
        }
        if let Some(value) = &self.recording_start_time {
            state.serialize_field("recordingStartTime", value)?;
        } else {
            state.skip_field("recordingStartTime")?;
        }
        if let Some(value) = &self.recording_storage_info {
            state.serialize_field("recordingStorageInfo", value)?;
        } else {
            state.skip_field("recordingStorageInfo")?;
        }
        if let Some(value) = &self.session_end_reason {
            state.serialize_field("sessionEndReason", value)?;
        } else {
            state.skip_field("sessionEndReason")?;
        }
        state.end()
    }
}
/// The string enum `AcsRecordingFormatType`, read ignoring letter case; values it does not list are kept verbatim in [`AcsRecordingFormatType::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsRecordingFormatType {
    /// `Wav`
    Wav,
    /// `Mp3`
    Mp3,
    /// `Mp4`
    Mp4,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsRecordingFormatType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wav => "Wav",
            Self::Mp3 => "Mp3",
            Self::Mp4 => "Mp4",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsRecordingFormatType {
    const VALUES: &'static [&'static str] = &["Wav", "Mp3", "Mp4"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Wav" => Some(Self::Wav),
            "Mp3" => Some(Self::Mp3),
            "Mp4" => Some(Self::Mp4),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Wav),
            1usize => Some(Self::Mp3),
            2usize => Some(Self::Mp4),
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
impl From<String> for AcsRecordingFormatType {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsRecordingFormatType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsRecordingFormatType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AcsRecordingStorageInfoProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRecordingStorageInfoProperties {
    /// JSON member `recordingChunks`: array of [`AcsRecordingChunkInfoProperties`]; listed as required in the schema.
    #[serde(rename = "recordingChunks", skip_serializing_if = "Option::is_none")]
    pub recording_chunks: Option<Vec<AcsRecordingChunkInfoProperties>>,
}
impl rt::Members for AcsRecordingStorageInfoProperties {
    const NAMES: &'static [&'static str] = &["recordingChunks"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "recordingChunks" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut recording_chunks = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut recording_chunks,
                            rt::Nullable(
                                rt::Items(
                                    rt::Plain::<AcsRecordingChunkInfoProperties>::new(),
                                ),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { recording_chunks })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRecordingStorageInfoProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsRouterChannelConfiguration`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterChannelConfiguration {
    /// JSON member `capacityCostPerJob`: integer (int32 in the schema, held as `i64`).
    #[serde(rename = "capacityCostPerJob", skip_serializing_if = "Option::is_none")]
    pub capacity_cost_per_job: Option<i64>,
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `maxNumberOfJobs`: integer (int32 in the schema, held as `i64`).
    #[serde(rename = "maxNumberOfJobs", skip_serializing_if = "Option::is_none")]
    pub max_number_of_jobs: Option<i64>,
}
impl rt::Members for AcsRouterChannelConfiguration {
    const NAMES: &'static [&'static str] = &[
        "capacityCostPerJob",
        "channelId",
        "maxNumberOfJobs",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "capacityCostPerJob" => Some(0usize),
            "channelId" => Some(1usize),
            "maxNumberOfJobs" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut capacity_cost_per_job = None;
        let mut channel_id = None;
        let mut max_number_of_jobs = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut capacity_cost_per_job,
                            rt::Num::<i64>::new(),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut max_number_of_jobs,
                            rt::Num::<i64>::new(),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            capacity_cost_per_job,
            channel_id,
            max_number_of_jobs,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterChannelConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsRouterCommunicationError`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterCommunicationError {
    /// JSON member `code`: string.
    #[serde(rename = "code", skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// JSON member `details`: array of [`AcsRouterCommunicationError`]; listed as required in the schema.
    #[serde(rename = "details", skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<AcsRouterCommunicationError>>,
    /// JSON member `innererror`: [`AcsRouterCommunicationError`]; listed as required in the schema.
    #[serde(rename = "innererror", skip_serializing_if = "Option::is_none")]
    pub innererror: Option<Box<AcsRouterCommunicationError>>,
    /// JSON member `message`: string.
    #[serde(rename = "message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// JSON member `target`: string.
    #[serde(rename = "target", skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}
impl rt::Members for AcsRouterCommunicationError {
    const NAMES: &'static [&'static str] = &[
        "code",
        "details",
        "innererror",
        "message",
        "target",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "code" => Some(0usize),
            "details" => Some(1usize),
            "innererror" => Some(2usize),
            "message" => Some(3usize),
            "target" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut code = None;
        let mut details = None;
        let mut innererror = None;
        let mut message = None;
        let mut target = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut details,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterCommunicationError>::new()),
                            ),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut innererror,
                            rt::Boxed(
                                rt::Nullable(
                                    rt::Plain::<AcsRouterCommunicationError>::new(),
                                ),
                            ),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut target,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            code,
            details,
            innererror,
            message,
            target,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterCommunicationError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsRouterEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
}
impl rt::Members for AcsRouterEventData {
    const NAMES: &'static [&'static str] = &["channelId", "channelReference", "jobId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobCancelled` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobCancelledEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `dispositionCode`: string.
    #[serde(rename = "dispositionCode", skip_serializing_if = "Option::is_none")]
    pub disposition_code: Option<String>,
    /// JSON member `note`: string.
    #[serde(rename = "note", skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
impl rt::Members for AcsRouterJobCancelledEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "dispositionCode",
        "note",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "dispositionCode" => Some(6usize),
            "note" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut disposition_code = None;
        let mut note = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut disposition_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut note,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            disposition_code,
            note,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobCancelledEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobClassificationFailed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobClassificationFailedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `classificationPolicyId`: string.
    #[serde(rename = "classificationPolicyId", skip_serializing_if = "Option::is_none")]
    pub classification_policy_id: Option<String>,
    /// JSON member `errors`: array of [`AcsRouterCommunicationError`]; listed as required in the schema.
    #[serde(rename = "errors", skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<AcsRouterCommunicationError>>,
}
impl rt::Members for AcsRouterJobClassificationFailedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "classificationPolicyId",
        "errors",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "classificationPolicyId" => Some(6usize),
            "errors" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut classification_policy_id = None;
        let mut errors = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut classification_policy_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut errors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterCommunicationError>::new()),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            classification_policy_id,
            errors,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobClassificationFailedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobClassified` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobClassifiedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `attachedWorkerSelectors`: array of [`AcsRouterWorkerSelector`]; listed as required in the schema.
    #[serde(rename = "attachedWorkerSelectors", skip_serializing_if = "Option::is_none")]
    pub attached_worker_selectors: Option<Vec<AcsRouterWorkerSelector>>,
    /// JSON member `classificationPolicyId`: string.
    #[serde(rename = "classificationPolicyId", skip_serializing_if = "Option::is_none")]
    pub classification_policy_id: Option<String>,
    /// JSON member `priority`: integer (int32 in the schema, held as `i64`).
    #[serde(rename = "priority", skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    /// JSON member `queueDetails`: [`AcsRouterQueueDetails`]; listed as required in the schema.
    #[serde(rename = "queueDetails", skip_serializing_if = "Option::is_none")]
    pub queue_details: Option<AcsRouterQueueDetails>,
}
impl rt::Members for AcsRouterJobClassifiedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "attachedWorkerSelectors",
        "classificationPolicyId",
        "priority",
        "queueDetails",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "attachedWorkerSelectors" => Some(6usize),
            "classificationPolicyId" => Some(7usize),
            "priority" => Some(8usize),
            "queueDetails" => Some(9usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut attached_worker_selectors = None;
        let mut classification_policy_id = None;
        let mut priority = None;
        let mut queue_details = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut attached_worker_selectors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterWorkerSelector>::new()),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut classification_policy_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut priority, rt::Num::<i64>::new())?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_details,
                            rt::Nullable(rt::Plain::<AcsRouterQueueDetails>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            attached_worker_selectors,
            classification_policy_id,
            priority,
            queue_details,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobClassifiedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobClosed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobClosedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `assignmentId`: string.
    #[serde(rename = "assignmentId", skip_serializing_if = "Option::is_none")]
    pub assignment_id: Option<String>,
    /// JSON member `dispositionCode`: string.
    #[serde(rename = "dispositionCode", skip_serializing_if = "Option::is_none")]
    pub disposition_code: Option<String>,
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
}
impl rt::Members for AcsRouterJobClosedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "assignmentId",
        "dispositionCode",
        "workerId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "assignmentId" => Some(6usize),
            "dispositionCode" => Some(7usize),
            "workerId" => Some(8usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut assignment_id = None;
        let mut disposition_code = None;
        let mut worker_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut assignment_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut disposition_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            assignment_id,
            disposition_code,
            worker_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobClosedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobCompletedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `assignmentId`: string.
    #[serde(rename = "assignmentId", skip_serializing_if = "Option::is_none")]
    pub assignment_id: Option<String>,
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
}
impl rt::Members for AcsRouterJobCompletedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "assignmentId",
        "workerId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "assignmentId" => Some(6usize),
            "workerId" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut assignment_id = None;
        let mut worker_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut assignment_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            assignment_id,
            worker_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobDeleted` event. Same members as [`AcsRouterJobEventData`].
pub type AcsRouterJobDeletedEventData = AcsRouterJobEventData;
/// The schema type `AcsRouterJobEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AcsRouterJobEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobExceptionTriggered` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobExceptionTriggeredEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `exceptionRuleId`: string.
    #[serde(rename = "exceptionRuleId", skip_serializing_if = "Option::is_none")]
    pub exception_rule_id: Option<String>,
    /// JSON member `ruleKey`: string.
    #[serde(rename = "ruleKey", skip_serializing_if = "Option::is_none")]
    pub rule_key: Option<String>,
}
impl rt::Members for AcsRouterJobExceptionTriggeredEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "exceptionRuleId",
        "ruleKey",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "exceptionRuleId" => Some(6usize),
            "ruleKey" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut exception_rule_id = None;
        let mut rule_key = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut exception_rule_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut rule_key,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            exception_rule_id,
            rule_key,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobExceptionTriggeredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobQueued` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobQueuedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `attachedWorkerSelectors`: array of [`AcsRouterWorkerSelector`]; listed as required in the schema.
    #[serde(rename = "attachedWorkerSelectors", skip_serializing_if = "Option::is_none")]
    pub attached_worker_selectors: Option<Vec<AcsRouterWorkerSelector>>,
    /// JSON member `priority`: integer (int32 in the schema, held as `i64`); listed as required in the schema.
    #[serde(rename = "priority", skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    /// JSON member `requestedWorkerSelectors`: array of [`AcsRouterWorkerSelector`]; listed as required in the schema.
    #[serde(
        rename = "requestedWorkerSelectors",
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_worker_selectors: Option<Vec<AcsRouterWorkerSelector>>,
}
impl rt::Members for AcsRouterJobQueuedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "attachedWorkerSelectors",
        "priority",
        "requestedWorkerSelectors",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "attachedWorkerSelectors" => Some(6usize),
            "priority" => Some(7usize),
            "requestedWorkerSelectors" => Some(8usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut attached_worker_selectors = None;
        let mut priority = None;
        let mut requested_worker_selectors = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut attached_worker_selectors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterWorkerSelector>::new()),
                            ),
                        )?;
                }
                7usize => {
                    members_.read(&mut map_, &mut priority, rt::Num::<i64>::new())?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut requested_worker_selectors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterWorkerSelector>::new()),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            attached_worker_selectors,
            priority,
            requested_worker_selectors,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobQueuedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobReceived` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsRouterJobReceivedEventData {
    /// JSON member `channelId`: string.
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `classificationPolicyId`: string.
    pub classification_policy_id: Option<String>,
    /// JSON member `jobStatus`: [`AcsRouterJobStatus`]; listed as required in the schema.
    pub job_status: Option<AcsRouterJobStatus>,
    /// JSON member `priority`: integer (int32 in the schema, held as `i64`).
    pub priority: Option<i64>,
    /// JSON member `requestedWorkerSelectors`: array of [`AcsRouterWorkerSelector`]; listed as required in the schema.
    pub requested_worker_selectors: Option<Vec<AcsRouterWorkerSelector>>,
    /// JSON member `scheduledOn`: string (date-time); listed as required in the schema.
    pub scheduled_on: Option<rt::Timestamp>,
    /// JSON member `unavailableForMatching`: boolean; listed as required in the schema.
    pub unavailable_for_matching: Option<bool>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsRouterJobReceivedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "classificationPolicyId",
        "jobStatus",
        "priority",
        "requestedWorkerSelectors",
        "scheduledOn",
        "unavailableForMatching",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "classificationPolicyId" => Some(6usize),
            "jobStatus" => Some(7usize),
            "priority" => Some(8usize),
            "requestedWorkerSelectors" => Some(9usize),
            "scheduledOn" => Some(10usize),
            "unavailableForMatching" => Some(11usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut classification_policy_id = None;
        let mut job_status = None;
        let mut priority = None;
        let mut requested_worker_selectors = None;
        let mut scheduled_on = None;
        let mut unavailable_for_matching = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut classification_policy_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut job_status,
                            rt::Nullable(rt::Spelled::<AcsRouterJobStatus>::new()),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut priority, rt::Num::<i64>::new())?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut requested_worker_selectors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterWorkerSelector>::new()),
                            ),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut scheduled_on,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                11usize => {
                    members_.read(&mut map_, &mut unavailable_for_matching, rt::Flag)?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            classification_policy_id,
            job_status,
            priority,
            requested_worker_selectors,
            scheduled_on,
            unavailable_for_matching,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobReceivedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsRouterJobReceivedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.channel_id.is_some())
            + usize::from(self.channel_reference.is_some())
            + usize::from(self.job_id.is_some()) + usize::from(self.labels.is_some())
            + usize::from(self.queue_id.is_some()) + usize::from(self.tags.is_some())
            + usize::from(self.classification_policy_id.is_some())
            + usize::from(self.job_status.is_some())
            + usize::from(self.priority.is_some())
            + usize::from(self.requested_worker_selectors.is_some())
            + usize::from(self.scheduled_on.is_some())
            + usize::from(self.unavailable_for_matching.is_some());
        let mut state = serializer
            .serialize_struct("AcsRouterJobReceivedEventData", len)?;
        if let Some(value) = &self.channel_id {
            state.serialize_field("channelId", value)?;
        } else {
            state.skip_field("channelId")?;
        }
        if let Some(value) = &self.channel_reference {
            state.serialize_field("channelReference", value)?;
        } else {
            state.skip_field("channelReference")?;
        }
        if let Some(value) = &self.job_id {
            state.serialize_field("jobId", value)?;
        } else {
            state.skip_field("jobId")?;
        }
        if let Some(value) = &self.labels {
            state.serialize_field("labels", value)?;
        } else {
            state.skip_field("labels")?;
        }
        if let Some(value) = &self.queue_id {
            state.serialize_field("queueId", value)?;
        } else {
            state.skip_field("queueId")?;
        }
        if let Some(value) = &self.tags {
            state.serialize_field("tags", value)?;
        } else {
            state.skip_field("tags")?;
        }
        if let Some(value) = &self.classification_policy_id {
            state.serialize_field("classificationPolicyId", value)?;
        } else {
            state.skip_field("classificationPolicyId")?;
        }
        if let Some(value) = &self.job_status {
            state
                .serialize_field(
                    "jobStatus",
                    self.spellings.of(7usize, value.as_str()),
                )?;
        } else {
            state.skip_field("jobStatus")?;
        }
        if let Some(value) = &self.priority {
            state.serialize_field("priority", value)?;
        } else {
            state.skip_field("priority")?;
        }
        if let Some(value) = &self.requested_worker_selectors {
            state.serialize_field("requestedWorkerSelectors", value)?;
        } else {
            state.skip_field("requestedWorkerSelectors")?;
        }
        if let Some(value) = &self.scheduled_on {
            state.serialize_field("scheduledOn", value)?;
        } else {
            state.skip_field("scheduledOn")?;
        }
        if let Some(value) = &self.unavailable_for_matching {
            state.serialize_field("unavailableForMatching", value)?;
        } else {
            state.skip_field("unavailableForMatching")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.Communication.RouterJobSchedulingFailed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobSchedulingFailedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `expiredAttachedWorkerSelectors`: array of [`AcsRouterWorkerSelector`]; listed as required in the schema.
    #[serde(
        rename = "expiredAttachedWorkerSelectors",
        skip_serializing_if = "Option::is_none"
    )]
    pub expired_attached_worker_selectors: Option<Vec<AcsRouterWorkerSelector>>,
    /// JSON member `expiredRequestedWorkerSelectors`: array of [`AcsRouterWorkerSelector`]; listed as required in the schema.
    #[serde(
        rename = "expiredRequestedWorkerSelectors",
        skip_serializing_if = "Option::is_none"
    )]
    pub expired_requested_worker_selectors: Option<Vec<AcsRouterWorkerSelector>>,
    /// JSON member `failureReason`: string.
    #[serde(rename = "failureReason", skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
    /// JSON member `priority`: integer (int32 in the schema, held as `i64`); listed as required in the schema.
    #[serde(rename = "priority", skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    /// JSON member `scheduledOn`: string (date-time); listed as required in the schema.
    #[serde(rename = "scheduledOn", skip_serializing_if = "Option::is_none")]
    pub scheduled_on: Option<rt::Timestamp>,
}
impl rt::Members for AcsRouterJobSchedulingFailedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "expiredAttachedWorkerSelectors",
        "expiredRequestedWorkerSelectors",
        "failureReason",
        "priority",
        "scheduledOn",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "expiredAttachedWorkerSelectors" => Some(6usize),
            "expiredRequestedWorkerSelectors" => Some(7usize),
            "failureReason" => Some(8usize),
            "priority" => Some(9usize),
            "scheduledOn" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut expired_attached_worker_selectors = None;
        let mut expired_requested_worker_selectors = None;
        let mut failure_reason = None;
        let mut priority = None;
        let mut scheduled_on = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expired_attached_worker_selectors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterWorkerSelector>::new()),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expired_requested_worker_selectors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterWorkerSelector>::new()),
                            ),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut failure_reason,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_.read(&mut map_, &mut priority, rt::Num::<i64>::new())?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut scheduled_on,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            expired_attached_worker_selectors,
            expired_requested_worker_selectors,
            failure_reason,
            priority,
            scheduled_on,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobSchedulingFailedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `AcsRouterJobStatus`, read ignoring letter case; values it does not list are kept verbatim in [`AcsRouterJobStatus::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsRouterJobStatus {
    /// `PendingClassification`
    PendingClassification,
    /// `Queued`
    Queued,
    /// `Assigned`
    Assigned,
    /// `Completed`
    Completed,
    /// `Closed`
    Closed,
    /// `Cancelled`
    Cancelled,
    /// `ClassificationFailed`
    ClassificationFailed,
    /// `Created`
    Created,
    /// `PendingSchedule`
    PendingSchedule,
    /// `Scheduled`
    Scheduled,
    /// `ScheduleFailed`
    ScheduleFailed,
    /// `WaitingForActivation`
    WaitingForActivation,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsRouterJobStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PendingClassification => "PendingClassification",
            Self::Queued => "Queued",
            Self::Assigned => "Assigned",
            Self::Completed => "Completed",
            Self::Closed => "Closed",
            Self::Cancelled => "Cancelled",
            Self::ClassificationFailed => "ClassificationFailed",
            Self::Created => "Created",
            Self::PendingSchedule => "PendingSchedule",
            Self::Scheduled => "Scheduled",
            Self::ScheduleFailed => "ScheduleFailed",
            Self::WaitingForActivation => "WaitingForActivation",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsRouterJobStatus {
    const VALUES: &'static [&'static str] = &[
        "PendingClassification",
        "Queued",
        "Assigned",
        "Completed",
        "Closed",
        "Cancelled",
        "ClassificationFailed",
        "Created",
        "PendingSchedule",
        "Scheduled",
        "ScheduleFailed",
        "WaitingForActivation",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "PendingClassification" => Some(Self::PendingClassification),
            "Queued" => Some(Self::Queued),
            "Assigned" => Some(Self::Assigned),
            "Completed" => Some(Self::Completed),
            "Closed" => Some(Self::Closed),
            "Cancelled" => Some(Self::Cancelled),
            "ClassificationFailed" => Some(Self::ClassificationFailed),
            "Created" => Some(Self::Created),
            "PendingSchedule" => Some(Self::PendingSchedule),
            "Scheduled" => Some(Self::Scheduled),
            "ScheduleFailed" => Some(Self::ScheduleFailed),
            "WaitingForActivation" => Some(Self::WaitingForActivation),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::PendingClassification),
            1usize => Some(Self::Queued),
            2usize => Some(Self::Assigned),
            3usize => Some(Self::Completed),
            4usize => Some(Self::Closed),
            5usize => Some(Self::Cancelled),
            6usize => Some(Self::ClassificationFailed),
            7usize => Some(Self::Created),
            8usize => Some(Self::PendingSchedule),
            9usize => Some(Self::Scheduled),
            10usize => Some(Self::ScheduleFailed),
            11usize => Some(Self::WaitingForActivation),
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
impl From<String> for AcsRouterJobStatus {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsRouterJobStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobUnassigned` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobUnassignedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `assignmentId`: string.
    #[serde(rename = "assignmentId", skip_serializing_if = "Option::is_none")]
    pub assignment_id: Option<String>,
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
}
impl rt::Members for AcsRouterJobUnassignedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "assignmentId",
        "workerId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "assignmentId" => Some(6usize),
            "workerId" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut assignment_id = None;
        let mut worker_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut assignment_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            assignment_id,
            worker_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobUnassignedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobWaitingForActivation` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobWaitingForActivationEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `expiredAttachedWorkerSelectors`: array of [`AcsRouterWorkerSelector`]; listed as required in the schema.
    #[serde(
        rename = "expiredAttachedWorkerSelectors",
        skip_serializing_if = "Option::is_none"
    )]
    pub expired_attached_worker_selectors: Option<Vec<AcsRouterWorkerSelector>>,
    /// JSON member `expiredRequestedWorkerSelectors`: array of [`AcsRouterWorkerSelector`]; listed as required in the schema.
    #[serde(
        rename = "expiredRequestedWorkerSelectors",
        skip_serializing_if = "Option::is_none"
    )]
    pub expired_requested_worker_selectors: Option<Vec<AcsRouterWorkerSelector>>,
    /// JSON member `priority`: integer (int32 in the schema, held as `i64`); listed as required in the schema.
    #[serde(rename = "priority", skip_serializing_if = "Option::is_none")]
    pub priority: Option<i64>,
    /// JSON member `scheduledOn`: string (date-time); listed as required in the schema.
    #[serde(rename = "scheduledOn", skip_serializing_if = "Option::is_none")]
    pub scheduled_on: Option<rt::Timestamp>,
    /// JSON member `unavailableForMatching`: boolean; listed as required in the schema.
    #[serde(rename = "unavailableForMatching", skip_serializing_if = "Option::is_none")]
    pub unavailable_for_matching: Option<bool>,
}
impl rt::Members for AcsRouterJobWaitingForActivationEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "expiredAttachedWorkerSelectors",
        "expiredRequestedWorkerSelectors",
        "priority",
        "scheduledOn",
        "unavailableForMatching",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "expiredAttachedWorkerSelectors" => Some(6usize),
            "expiredRequestedWorkerSelectors" => Some(7usize),
            "priority" => Some(8usize),
            "scheduledOn" => Some(9usize),
            "unavailableForMatching" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut expired_attached_worker_selectors = None;
        let mut expired_requested_worker_selectors = None;
        let mut priority = None;
        let mut scheduled_on = None;
        let mut unavailable_for_matching = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expired_attached_worker_selectors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterWorkerSelector>::new()),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expired_requested_worker_selectors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterWorkerSelector>::new()),
                            ),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut priority, rt::Num::<i64>::new())?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut scheduled_on,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                10usize => {
                    members_.read(&mut map_, &mut unavailable_for_matching, rt::Flag)?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            expired_attached_worker_selectors,
            expired_requested_worker_selectors,
            priority,
            scheduled_on,
            unavailable_for_matching,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobWaitingForActivationEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterJobWorkerSelectorsExpired` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterJobWorkerSelectorsExpiredEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `expiredAttachedWorkerSelectors`: array of [`AcsRouterWorkerSelector`]; listed as required in the schema.
    #[serde(
        rename = "expiredAttachedWorkerSelectors",
        skip_serializing_if = "Option::is_none"
    )]
    pub expired_attached_worker_selectors: Option<Vec<AcsRouterWorkerSelector>>,
    /// JSON member `expiredRequestedWorkerSelectors`: array of [`AcsRouterWorkerSelector`]; listed as required in the schema.
    #[serde(
        rename = "expiredRequestedWorkerSelectors",
        skip_serializing_if = "Option::is_none"
    )]
    pub expired_requested_worker_selectors: Option<Vec<AcsRouterWorkerSelector>>,
}
impl rt::Members for AcsRouterJobWorkerSelectorsExpiredEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "labels",
        "queueId",
        "tags",
        "expiredAttachedWorkerSelectors",
        "expiredRequestedWorkerSelectors",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "labels" => Some(3usize),
            "queueId" => Some(4usize),
            "tags" => Some(5usize),
            "expiredAttachedWorkerSelectors" => Some(6usize),
            "expiredRequestedWorkerSelectors" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut labels = None;
        let mut queue_id = None;
        let mut tags = None;
        let mut expired_attached_worker_selectors = None;
        let mut expired_requested_worker_selectors = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expired_attached_worker_selectors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterWorkerSelector>::new()),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expired_requested_worker_selectors,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterWorkerSelector>::new()),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            labels,
            queue_id,
            tags,
            expired_attached_worker_selectors,
            expired_requested_worker_selectors,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterJobWorkerSelectorsExpiredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `AcsRouterLabelOperator`, read ignoring letter case; values it does not list are kept verbatim in [`AcsRouterLabelOperator::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsRouterLabelOperator {
    /// `Equal`
    Equal,
    /// `NotEqual`
    NotEqual,
    /// `Greater`
    Greater,
    /// `Less`
    Less,
    /// `GreaterThanOrEqual`
    GreaterThanOrEqual,
    /// `LessThanOrEqual`
    LessThanOrEqual,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsRouterLabelOperator {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equal => "Equal",
            Self::NotEqual => "NotEqual",
            Self::Greater => "Greater",
            Self::Less => "Less",
            Self::GreaterThanOrEqual => "GreaterThanOrEqual",
            Self::LessThanOrEqual => "LessThanOrEqual",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsRouterLabelOperator {
    const VALUES: &'static [&'static str] = &[
        "Equal",
        "NotEqual",
        "Greater",
        "Less",
        "GreaterThanOrEqual",
        "LessThanOrEqual",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Equal" => Some(Self::Equal),
            "NotEqual" => Some(Self::NotEqual),
            "Greater" => Some(Self::Greater),
            "Less" => Some(Self::Less),
            "GreaterThanOrEqual" => Some(Self::GreaterThanOrEqual),
            "LessThanOrEqual" => Some(Self::LessThanOrEqual),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Equal),
            1usize => Some(Self::NotEqual),
            2usize => Some(Self::Greater),
            3usize => Some(Self::Less),
            4usize => Some(Self::GreaterThanOrEqual),
            5usize => Some(Self::LessThanOrEqual),
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
impl From<String> for AcsRouterLabelOperator {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsRouterLabelOperator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterLabelOperator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `AcsRouterQueueDetails`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterQueueDetails {
    /// JSON member `id`: string.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl rt::Members for AcsRouterQueueDetails {
    const NAMES: &'static [&'static str] = &["id", "labels", "name"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "id" => Some(0usize),
            "labels" => Some(1usize),
            "name" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut labels = None;
        let mut name = None;
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
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
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
        Ok(Self { id, labels, name })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterQueueDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `AcsRouterUpdatedWorkerProperty`, read ignoring letter case; values it does not list are kept verbatim in [`AcsRouterUpdatedWorkerProperty::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsRouterUpdatedWorkerProperty {
    /// `AvailableForOffers`
    AvailableForOffers,
    /// `TotalCapacity`
    TotalCapacity,
    /// `QueueAssignments`
    QueueAssignments,
    /// `Labels`
    Labels,
    /// `Tags`
    Tags,
    /// `ChannelConfigurations`
    ChannelConfigurations,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsRouterUpdatedWorkerProperty {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AvailableForOffers => "AvailableForOffers",
            Self::TotalCapacity => "TotalCapacity",
            Self::QueueAssignments => "QueueAssignments",
            Self::Labels => "Labels",
            Self::Tags => "Tags",
            Self::ChannelConfigurations => "ChannelConfigurations",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsRouterUpdatedWorkerProperty {
    const VALUES: &'static [&'static str] = &[
        "AvailableForOffers",
        "TotalCapacity",
        "QueueAssignments",
        "Labels",
        "Tags",
        "ChannelConfigurations",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "AvailableForOffers" => Some(Self::AvailableForOffers),
            "TotalCapacity" => Some(Self::TotalCapacity),
            "QueueAssignments" => Some(Self::QueueAssignments),
            "Labels" => Some(Self::Labels),
            "Tags" => Some(Self::Tags),
            "ChannelConfigurations" => Some(Self::ChannelConfigurations),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::AvailableForOffers),
            1usize => Some(Self::TotalCapacity),
            2usize => Some(Self::QueueAssignments),
            3usize => Some(Self::Labels),
            4usize => Some(Self::Tags),
            5usize => Some(Self::ChannelConfigurations),
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
impl From<String> for AcsRouterUpdatedWorkerProperty {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsRouterUpdatedWorkerProperty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterUpdatedWorkerProperty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterWorkerDeleted` event. Same members as [`AcsRouterWorkerEventData`].
pub type AcsRouterWorkerDeletedEventData = AcsRouterWorkerEventData;
/// The data of the `Microsoft.Communication.RouterWorkerDeregistered` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterWorkerDeregisteredEventData {
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
}
impl rt::Members for AcsRouterWorkerDeregisteredEventData {
    const NAMES: &'static [&'static str] = &["workerId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "workerId" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut worker_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { worker_id })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerDeregisteredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsRouterWorkerEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterWorkerEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
}
impl rt::Members for AcsRouterWorkerEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "workerId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "workerId" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut worker_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            worker_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterWorkerOfferAccepted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterWorkerOfferAcceptedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
    /// JSON member `assignmentId`: string.
    #[serde(rename = "assignmentId", skip_serializing_if = "Option::is_none")]
    pub assignment_id: Option<String>,
    /// JSON member `jobLabels`: map of string; listed as required in the schema.
    #[serde(rename = "jobLabels", skip_serializing_if = "Option::is_none")]
    pub job_labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `jobPriority`: integer (int32 in the schema, held as `i64`).
    #[serde(rename = "jobPriority", skip_serializing_if = "Option::is_none")]
    pub job_priority: Option<i64>,
    /// JSON member `jobTags`: map of string; listed as required in the schema.
    #[serde(rename = "jobTags", skip_serializing_if = "Option::is_none")]
    pub job_tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `offerId`: string.
    #[serde(rename = "offerId", skip_serializing_if = "Option::is_none")]
    pub offer_id: Option<String>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `workerLabels`: map of string; listed as required in the schema.
    #[serde(rename = "workerLabels", skip_serializing_if = "Option::is_none")]
    pub worker_labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `workerTags`: map of string; listed as required in the schema.
    #[serde(rename = "workerTags", skip_serializing_if = "Option::is_none")]
    pub worker_tags: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AcsRouterWorkerOfferAcceptedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "workerId",
        "assignmentId",
        "jobLabels",
        "jobPriority",
        "jobTags",
        "offerId",
        "queueId",
        "workerLabels",
        "workerTags",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "workerId" => Some(3usize),
            "assignmentId" => Some(4usize),
            "jobLabels" => Some(5usize),
            "jobPriority" => Some(6usize),
            "jobTags" => Some(7usize),
            "offerId" => Some(8usize),
            "queueId" => Some(9usize),
            "workerLabels" => Some(10usize),
            "workerTags" => Some(11usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut worker_id = None;
        let mut assignment_id = None;
        let mut job_labels = None;
        let mut job_priority = None;
        let mut job_tags = None;
        let mut offer_id = None;
        let mut queue_id = None;
        let mut worker_labels = None;
        let mut worker_tags = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut assignment_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_.read(&mut map_, &mut job_priority, rt::Num::<i64>::new())?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut offer_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                11usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            worker_id,
            assignment_id,
            job_labels,
            job_priority,
            job_tags,
            offer_id,
            queue_id,
            worker_labels,
            worker_tags,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerOfferAcceptedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterWorkerOfferDeclined` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterWorkerOfferDeclinedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
    /// JSON member `offerId`: string.
    #[serde(rename = "offerId", skip_serializing_if = "Option::is_none")]
    pub offer_id: Option<String>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
}
impl rt::Members for AcsRouterWorkerOfferDeclinedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "workerId",
        "offerId",
        "queueId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "workerId" => Some(3usize),
            "offerId" => Some(4usize),
            "queueId" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut worker_id = None;
        let mut offer_id = None;
        let mut queue_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut offer_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            worker_id,
            offer_id,
            queue_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerOfferDeclinedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterWorkerOfferExpired` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterWorkerOfferExpiredEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
    /// JSON member `offerId`: string.
    #[serde(rename = "offerId", skip_serializing_if = "Option::is_none")]
    pub offer_id: Option<String>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
}
impl rt::Members for AcsRouterWorkerOfferExpiredEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "workerId",
        "offerId",
        "queueId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "workerId" => Some(3usize),
            "offerId" => Some(4usize),
            "queueId" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut worker_id = None;
        let mut offer_id = None;
        let mut queue_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut offer_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            worker_id,
            offer_id,
            queue_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerOfferExpiredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterWorkerOfferIssued` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterWorkerOfferIssuedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
    /// JSON member `expiresOn`: string (date-time); listed as required in the schema.
    #[serde(rename = "expiresOn", skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<rt::Timestamp>,
    /// JSON member `jobLabels`: map of string; listed as required in the schema.
    #[serde(rename = "jobLabels", skip_serializing_if = "Option::is_none")]
    pub job_labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `jobPriority`: integer (int32 in the schema, held as `i64`).
    #[serde(rename = "jobPriority", skip_serializing_if = "Option::is_none")]
    pub job_priority: Option<i64>,
    /// JSON member `jobTags`: map of string; listed as required in the schema.
    #[serde(rename = "jobTags", skip_serializing_if = "Option::is_none")]
    pub job_tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `offerId`: string.
    #[serde(rename = "offerId", skip_serializing_if = "Option::is_none")]
    pub offer_id: Option<String>,
    /// JSON member `offeredOn`: string (date-time); listed as required in the schema.
    #[serde(rename = "offeredOn", skip_serializing_if = "Option::is_none")]
    pub offered_on: Option<rt::Timestamp>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// JSON member `workerLabels`: map of string; listed as required in the schema.
    #[serde(rename = "workerLabels", skip_serializing_if = "Option::is_none")]
    pub worker_labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `workerTags`: map of string; listed as required in the schema.
    #[serde(rename = "workerTags", skip_serializing_if = "Option::is_none")]
    pub worker_tags: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AcsRouterWorkerOfferIssuedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "workerId",
        "expiresOn",
        "jobLabels",
        "jobPriority",
        "jobTags",
        "offerId",
        "offeredOn",
        "queueId",
        "workerLabels",
        "workerTags",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "workerId" => Some(3usize),
            "expiresOn" => Some(4usize),
            "jobLabels" => Some(5usize),
            "jobPriority" => Some(6usize),
            "jobTags" => Some(7usize),
            "offerId" => Some(8usize),
            "offeredOn" => Some(9usize),
            "queueId" => Some(10usize),
            "workerLabels" => Some(11usize),
            "workerTags" => Some(12usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut worker_id = None;
        let mut expires_on = None;
        let mut job_labels = None;
        let mut job_priority = None;
        let mut job_tags = None;
        let mut offer_id = None;
        let mut offered_on = None;
        let mut queue_id = None;
        let mut worker_labels = None;
        let mut worker_tags = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expires_on,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                6usize => {
                    members_.read(&mut map_, &mut job_priority, rt::Num::<i64>::new())?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut offer_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut offered_on,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                11usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                12usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            worker_id,
            expires_on,
            job_labels,
            job_priority,
            job_tags,
            offer_id,
            offered_on,
            queue_id,
            worker_labels,
            worker_tags,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerOfferIssuedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterWorkerOfferRevoked` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterWorkerOfferRevokedEventData {
    /// JSON member `channelId`: string.
    #[serde(rename = "channelId", skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<String>,
    /// JSON member `channelReference`: string.
    #[serde(rename = "channelReference", skip_serializing_if = "Option::is_none")]
    pub channel_reference: Option<String>,
    /// JSON member `jobId`: string; listed as required in the schema.
    #[serde(rename = "jobId", skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
    /// JSON member `offerId`: string.
    #[serde(rename = "offerId", skip_serializing_if = "Option::is_none")]
    pub offer_id: Option<String>,
    /// JSON member `queueId`: string.
    #[serde(rename = "queueId", skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
}
impl rt::Members for AcsRouterWorkerOfferRevokedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelId",
        "channelReference",
        "jobId",
        "workerId",
        "offerId",
        "queueId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelId" => Some(0usize),
            "channelReference" => Some(1usize),
            "jobId" => Some(2usize),
            "workerId" => Some(3usize),
            "offerId" => Some(4usize),
            "queueId" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_id = None;
        let mut channel_reference = None;
        let mut job_id = None;
        let mut worker_id = None;
        let mut offer_id = None;
        let mut queue_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_reference,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut offer_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_id,
            channel_reference,
            job_id,
            worker_id,
            offer_id,
            queue_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerOfferRevokedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterWorkerRegistered` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsRouterWorkerRegisteredEventData {
    /// JSON member `channelConfigurations`: array of [`AcsRouterChannelConfiguration`]; listed as required in the schema.
    #[serde(rename = "channelConfigurations", skip_serializing_if = "Option::is_none")]
    pub channel_configurations: Option<Vec<AcsRouterChannelConfiguration>>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    #[serde(rename = "labels", skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueAssignments`: array of [`AcsRouterQueueDetails`]; listed as required in the schema.
    #[serde(rename = "queueAssignments", skip_serializing_if = "Option::is_none")]
    pub queue_assignments: Option<Vec<AcsRouterQueueDetails>>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `totalCapacity`: integer (int32 in the schema, held as `i64`).
    #[serde(rename = "totalCapacity", skip_serializing_if = "Option::is_none")]
    pub total_capacity: Option<i64>,
    /// JSON member `workerId`: string.
    #[serde(rename = "workerId", skip_serializing_if = "Option::is_none")]
    pub worker_id: Option<String>,
}
impl rt::Members for AcsRouterWorkerRegisteredEventData {
    const NAMES: &'static [&'static str] = &[
        "channelConfigurations",
        "labels",
        "queueAssignments",
        "tags",
        "totalCapacity",
        "workerId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelConfigurations" => Some(0usize),
            "labels" => Some(1usize),
            "queueAssignments" => Some(2usize),
            "tags" => Some(3usize),
            "totalCapacity" => Some(4usize),
            "workerId" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_configurations = None;
        let mut labels = None;
        let mut queue_assignments = None;
        let mut tags = None;
        let mut total_capacity = None;
        let mut worker_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_configurations,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterChannelConfiguration>::new()),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_assignments,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterQueueDetails>::new()),
                            ),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(&mut map_, &mut total_capacity, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_configurations,
            labels,
            queue_assignments,
            tags,
            total_capacity,
            worker_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerRegisteredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsRouterWorkerSelector`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsRouterWorkerSelector {
    /// JSON member `expirationTime`: string (date-time); listed as required in the schema.
    pub expiration_time: Option<rt::Timestamp>,
    /// JSON member `key`: string.
    pub key: Option<String>,
    /// JSON member `labelOperator`: [`AcsRouterLabelOperator`]; listed as required in the schema.
    pub label_operator: Option<AcsRouterLabelOperator>,
    /// JSON member `state`: [`AcsRouterWorkerSelectorState`]; listed as required in the schema.
    pub state: Option<AcsRouterWorkerSelectorState>,
    /// JSON member `ttlSeconds`: number (double); listed as required in the schema. Unit: seconds.
    pub ttl_seconds: Option<f64>,
    /// JSON member `value`: any JSON value; listed as required in the schema; may be null.
    pub value: Option<serde_json::Value>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsRouterWorkerSelector {
    const NAMES: &'static [&'static str] = &[
        "expirationTime",
        "key",
        "labelOperator",
        "state",
        "ttlSeconds",
        "value",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "expirationTime" => Some(0usize),
            "key" => Some(1usize),
            "labelOperator" => Some(2usize),
            "state" => Some(3usize),
            "ttlSeconds" => Some(4usize),
            "value" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut expiration_time = None;
        let mut key = None;
        let mut label_operator = None;
        let mut state = None;
        let mut ttl_seconds = None;
        let mut value = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expiration_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut key,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut label_operator,
                            rt::Nullable(rt::Spelled::<AcsRouterLabelOperator>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut state,
                            rt::Nullable(
                                rt::Spelled::<AcsRouterWorkerSelectorState>::new(),
                            ),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut ttl_seconds, rt::Num::<f64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut value,
                            rt::Nullable(rt::Plain::<serde_json::Value>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            expiration_time,
            key,
            label_operator,
            state,
            ttl_seconds,
            value,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerSelector {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsRouterWorkerSelector {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.expiration_time.is_some())
            + usize::from(self.key.is_some())
            + usize::from(self.label_operator.is_some())
            + usize::from(self.state.is_some()) + usize::from(self.ttl_seconds.is_some())
            + usize::from(self.value.is_some());
        let mut state = serializer.serialize_struct("AcsRouterWorkerSelector", len)?;
        if let Some(value) = &self.expiration_time {
            state.serialize_field("expirationTime", value)?;
        } else {
            state.skip_field("expirationTime")?;
        }
        if let Some(value) = &self.key {
            state.serialize_field("key", value)?;
        } else {
            state.skip_field("key")?;
        }
        if let Some(value) = &self.label_operator {
            state
                .serialize_field(
                    "labelOperator",
                    self.spellings.of(2usize, value.as_str()),
                )?;
        } else {
            state.skip_field("labelOperator")?;
        }
        if let Some(value) = &self.state {
            state.serialize_field("state", self.spellings.of(3usize, value.as_str()))?;
        } else {
            state.skip_field("state")?;
        }
        if let Some(value) = &self.ttl_seconds {
            state.serialize_field("ttlSeconds", value)?;
        } else {
            state.skip_field("ttlSeconds")?;
        }
        if let Some(value) = &self.value {
            state.serialize_field("value", value)?;
        } else {
            state.skip_field("value")?;
        }
        state.end()
    }
}
/// The string enum `AcsRouterWorkerSelectorState`, read ignoring letter case; values it does not list are kept verbatim in [`AcsRouterWorkerSelectorState::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsRouterWorkerSelectorState {
    /// `active`
    Active,
    /// `expired`
    Expired,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsRouterWorkerSelectorState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Expired => "expired",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsRouterWorkerSelectorState {
    const VALUES: &'static [&'static str] = &["active", "expired"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "active" => Some(Self::Active),
            "expired" => Some(Self::Expired),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Active),
            1usize => Some(Self::Expired),
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
impl From<String> for AcsRouterWorkerSelectorState {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsRouterWorkerSelectorState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerSelectorState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Communication.RouterWorkerUpdated` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AcsRouterWorkerUpdatedEventData {
    /// JSON member `channelConfigurations`: array of [`AcsRouterChannelConfiguration`]; listed as required in the schema.
    pub channel_configurations: Option<Vec<AcsRouterChannelConfiguration>>,
    /// JSON member `labels`: map of string; listed as required in the schema.
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `queueAssignments`: array of [`AcsRouterQueueDetails`]; listed as required in the schema.
    pub queue_assignments: Option<Vec<AcsRouterQueueDetails>>,
    /// JSON member `tags`: map of string; listed as required in the schema.
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `totalCapacity`: integer (int32 in the schema, held as `i64`).
    pub total_capacity: Option<i64>,
    /// JSON member `updatedWorkerProperties`: array of [`AcsRouterUpdatedWorkerProperty`]; listed as required in the schema.
    pub updated_worker_properties: Option<Vec<AcsRouterUpdatedWorkerProperty>>,
    /// JSON member `workerId`: string.
    pub worker_id: Option<String>,
    spellings: rt::Spellings,
}
impl rt::Members for AcsRouterWorkerUpdatedEventData {
    const NAMES: &'static [&'static str] = &[
        "channelConfigurations",
        "labels",
        "queueAssignments",
        "tags",
        "totalCapacity",
        "updatedWorkerProperties",
        "workerId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelConfigurations" => Some(0usize),
            "labels" => Some(1usize),
            "queueAssignments" => Some(2usize),
            "tags" => Some(3usize),
            "totalCapacity" => Some(4usize),
            "updatedWorkerProperties" => Some(5usize),
            "workerId" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_configurations = None;
        let mut labels = None;
        let mut queue_assignments = None;
        let mut tags = None;
        let mut total_capacity = None;
        let mut updated_worker_properties = None;
        let mut worker_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_configurations,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterChannelConfiguration>::new()),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut labels,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_assignments,
                            rt::Nullable(
                                rt::Items(rt::Plain::<AcsRouterQueueDetails>::new()),
                            ),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(&mut map_, &mut total_capacity, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut updated_worker_properties,
                            rt::Nullable(
                                rt::Items(
                                    rt::Spelled::<AcsRouterUpdatedWorkerProperty>::new(),
                                ),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut worker_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_configurations,
            labels,
            queue_assignments,
            tags,
            total_capacity,
            updated_worker_properties,
            worker_id,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsRouterWorkerUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for AcsRouterWorkerUpdatedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.channel_configurations.is_some())
            + usize::from(self.labels.is_some())
            + usize::from(self.queue_assignments.is_some())
            + usize::from(self.tags.is_some())
            + usize::from(self.total_capacity.is_some())
            + usize::from(self.updated_worker_properties.is_some())
            + usize::from(self.worker_id.is_some());
        let mut state = serializer
            .serialize_struct("AcsRouterWorkerUpdatedEventData", len)?;
        if let Some(value) = &self.channel_configurations {
            state.serialize_field("channelConfigurations", value)?;
        } else {
            state.skip_field("channelConfigurations")?;
        }
        if let Some(value) = &self.labels {
            state.serialize_field("labels", value)?;
        } else {
            state.skip_field("labels")?;
        }
        if let Some(value) = &self.queue_assignments {
            state.serialize_field("queueAssignments", value)?;
        } else {
            state.skip_field("queueAssignments")?;
        }
        if let Some(value) = &self.tags {
            state.serialize_field("tags", value)?;
        } else {
            state.skip_field("tags")?;
        }
        if let Some(value) = &self.total_capacity {
            state.serialize_field("totalCapacity", value)?;
        } else {
            state.skip_field("totalCapacity")?;
        }
        if let Some(value) = &self.updated_worker_properties {
            state
                .serialize_field(
                    "updatedWorkerProperties",
                    &self.spellings.items(5usize, value),
                )?;
        } else {
            state.skip_field("updatedWorkerProperties")?;
        }
        if let Some(value) = &self.worker_id {
            state.serialize_field("workerId", value)?;
        } else {
            state.skip_field("workerId")?;
        }
        state.end()
    }
}
/// The schema type `AcsSmsDeliveryAttemptProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsSmsDeliveryAttemptProperties {
    /// JSON member `segmentsFailed`: integer (int32 in the schema, held as `i64`); listed as required in the schema.
    #[serde(rename = "segmentsFailed", skip_serializing_if = "Option::is_none")]
    pub segments_failed: Option<i64>,
    /// JSON member `segmentsSucceeded`: integer (int32 in the schema, held as `i64`); listed as required in the schema.
    #[serde(rename = "segmentsSucceeded", skip_serializing_if = "Option::is_none")]
    pub segments_succeeded: Option<i64>,
    /// JSON member `timestamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "timestamp", skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<rt::Timestamp>,
}
impl rt::Members for AcsSmsDeliveryAttemptProperties {
    const NAMES: &'static [&'static str] = &[
        "segmentsFailed",
        "segmentsSucceeded",
        "timestamp",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "segmentsFailed" => Some(0usize),
            "segmentsSucceeded" => Some(1usize),
            "timestamp" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut segments_failed = None;
        let mut segments_succeeded = None;
        let mut timestamp = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(&mut map_, &mut segments_failed, rt::Num::<i64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut segments_succeeded,
                            rt::Num::<i64>::new(),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timestamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            segments_failed,
            segments_succeeded,
            timestamp,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsSmsDeliveryAttemptProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.SMSDeliveryReportReceived` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsSmsDeliveryReportReceivedEventData {
    /// JSON member `from`: string; listed as required in the schema.
    #[serde(rename = "from", skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `to`: string; listed as required in the schema.
    #[serde(rename = "to", skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// JSON member `deliveryAttempts`: array of [`AcsSmsDeliveryAttemptProperties`]; listed as required in the schema.
    #[serde(rename = "deliveryAttempts", skip_serializing_if = "Option::is_none")]
    pub delivery_attempts: Option<Vec<AcsSmsDeliveryAttemptProperties>>,
    /// JSON member `deliveryStatus`: string; listed as required in the schema.
    #[serde(rename = "deliveryStatus", skip_serializing_if = "Option::is_none")]
    pub delivery_status: Option<String>,
    /// JSON member `deliveryStatusDetails`: string; listed as required in the schema.
    #[serde(rename = "deliveryStatusDetails", skip_serializing_if = "Option::is_none")]
    pub delivery_status_details: Option<String>,
    /// JSON member `receivedTimestamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "receivedTimestamp", skip_serializing_if = "Option::is_none")]
    pub received_timestamp: Option<rt::Timestamp>,
    /// JSON member `tag`: string.
    #[serde(rename = "tag", skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
impl rt::Members for AcsSmsDeliveryReportReceivedEventData {
    const NAMES: &'static [&'static str] = &[
        "from",
        "messageId",
        "to",
        "deliveryAttempts",
        "deliveryStatus",
        "deliveryStatusDetails",
        "receivedTimestamp",
        "tag",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "from" => Some(0usize),
            "messageId" => Some(1usize),
            "to" => Some(2usize),
            "deliveryAttempts" => Some(3usize),
            "deliveryStatus" => Some(4usize),
            "deliveryStatusDetails" => Some(5usize),
            "receivedTimestamp" => Some(6usize),
            "tag" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut from = None;
        let mut message_id = None;
        let mut to = None;
        let mut delivery_attempts = None;
        let mut delivery_status = None;
        let mut delivery_status_details = None;
        let mut received_timestamp = None;
        let mut tag = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut from,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut to,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delivery_attempts,
                            rt::Nullable(
                                rt::Items(
                                    rt::Plain::<AcsSmsDeliveryAttemptProperties>::new(),
                                ),
                            ),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delivery_status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut delivery_status_details,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut received_timestamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tag,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            from,
            message_id,
            to,
            delivery_attempts,
            delivery_status,
            delivery_status_details,
            received_timestamp,
            tag,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsSmsDeliveryReportReceivedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `AcsSmsEventBaseProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsSmsEventBaseProperties {
    /// JSON member `from`: string; listed as required in the schema.
    #[serde(rename = "from", skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `to`: string; listed as required in the schema.
    #[serde(rename = "to", skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}
impl rt::Members for AcsSmsEventBaseProperties {
    const NAMES: &'static [&'static str] = &["from", "messageId", "to"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "from" => Some(0usize),
            "messageId" => Some(1usize),
            "to" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut from = None;
        let mut message_id = None;
        let mut to = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut from,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut to,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { from, message_id, to })
    }
}
impl<'de> serde::Deserialize<'de> for AcsSmsEventBaseProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.SMSReceived` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsSmsReceivedEventData {
    /// JSON member `from`: string; listed as required in the schema.
    #[serde(rename = "from", skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// JSON member `messageId`: string; listed as required in the schema.
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// JSON member `to`: string; listed as required in the schema.
    #[serde(rename = "to", skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// JSON member `message`: string; listed as required in the schema.
    #[serde(rename = "message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// JSON member `receivedTimestamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "receivedTimestamp", skip_serializing_if = "Option::is_none")]
    pub received_timestamp: Option<rt::Timestamp>,
    /// JSON member `segmentCount`: integer (int32 in the schema, held as `i64`); listed as required in the schema.
    #[serde(rename = "segmentCount", skip_serializing_if = "Option::is_none")]
    pub segment_count: Option<i64>,
}
impl rt::Members for AcsSmsReceivedEventData {
    const NAMES: &'static [&'static str] = &[
        "from",
        "messageId",
        "to",
        "message",
        "receivedTimestamp",
        "segmentCount",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "from" => Some(0usize),
            "messageId" => Some(1usize),
            "to" => Some(2usize),
            "message" => Some(3usize),
            "receivedTimestamp" => Some(4usize),
            "segmentCount" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut from = None;
        let mut message_id = None;
        let mut to = None;
        let mut message = None;
        let mut received_timestamp = None;
        let mut segment_count = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut from,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut to,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut message,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut received_timestamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                5usize => {
                    members_.read(&mut map_, &mut segment_count, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            from,
            message_id,
            to,
            message,
            received_timestamp,
            segment_count,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsSmsReceivedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Communication.UserDisconnected` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserDisconnectedEventData {
    /// JSON member `userCommunicationIdentifier`: [`CommunicationIdentifierModel`]; listed as required in the schema.
    #[serde(
        rename = "userCommunicationIdentifier",
        skip_serializing_if = "Option::is_none"
    )]
    pub user_communication_identifier: Option<CommunicationIdentifierModel>,
}
impl rt::Members for AcsUserDisconnectedEventData {
    const NAMES: &'static [&'static str] = &["userCommunicationIdentifier"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "userCommunicationIdentifier" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut user_communication_identifier = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut user_communication_identifier,
                            rt::Nullable(
                                rt::Plain::<CommunicationIdentifierModel>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            user_communication_identifier,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AcsUserDisconnectedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `AcsUserEngagement`, read ignoring letter case; values it does not list are kept verbatim in [`AcsUserEngagement::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AcsUserEngagement {
    /// `view`
    View,
    /// `click`
    Click,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl AcsUserEngagement {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::View => "view",
            Self::Click => "click",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for AcsUserEngagement {
    const VALUES: &'static [&'static str] = &["view", "click"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "view" => Some(Self::View),
            "click" => Some(Self::Click),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::View),
            1usize => Some(Self::Click),
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
impl From<String> for AcsUserEngagement {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for AcsUserEngagement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AcsUserEngagement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The string enum `CommunicationCloudEnvironmentModel`, read ignoring letter case; values it does not list are kept verbatim in [`CommunicationCloudEnvironmentModel::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CommunicationCloudEnvironmentModel {
    /// `public`
    Public,
    /// `dod`
    Dod,
    /// `gcch`
    Gcch,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl CommunicationCloudEnvironmentModel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Dod => "dod",
            Self::Gcch => "gcch",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for CommunicationCloudEnvironmentModel {
    const VALUES: &'static [&'static str] = &["public", "dod", "gcch"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "public" => Some(Self::Public),
            "dod" => Some(Self::Dod),
            "gcch" => Some(Self::Gcch),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Public),
            1usize => Some(Self::Dod),
            2usize => Some(Self::Gcch),
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
impl From<String> for CommunicationCloudEnvironmentModel {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for CommunicationCloudEnvironmentModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CommunicationCloudEnvironmentModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `CommunicationIdentifierModel`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CommunicationIdentifierModel {
    /// JSON member `communicationUser`: [`CommunicationUserIdentifierModel`]; listed as required in the schema.
    pub communication_user: Option<CommunicationUserIdentifierModel>,
    /// JSON member `kind`: [`CommunicationIdentifierModelKind`].
    pub kind: Option<CommunicationIdentifierModelKind>,
    /// JSON member `microsoftTeamsApp`: [`MicrosoftTeamsAppIdentifierModel`].
    pub microsoft_teams_app: Option<MicrosoftTeamsAppIdentifierModel>,
    /// JSON member `microsoftTeamsUser`: [`MicrosoftTeamsUserIdentifierModel`].
    pub microsoft_teams_user: Option<MicrosoftTeamsUserIdentifierModel>,
    /// JSON member `phoneNumber`: [`PhoneNumberIdentifierModel`].
    pub phone_number: Option<PhoneNumberIdentifierModel>,
    /// JSON member `rawId`: string; listed as required in the schema.
    pub raw_id: Option<String>,
    spellings: rt::Spellings,
}
impl rt::Members for CommunicationIdentifierModel {
    const NAMES: &'static [&'static str] = &[
        "communicationUser",
        "kind",
        "microsoftTeamsApp",
        "microsoftTeamsUser",
        "phoneNumber",
        "rawId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "communicationUser" => Some(0usize),
            "kind" => Some(1usize),
            "microsoftTeamsApp" => Some(2usize),
            "microsoftTeamsUser" => Some(3usize),
            "phoneNumber" => Some(4usize),
            "rawId" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut communication_user = None;
        let mut kind = None;
        let mut microsoft_teams_app = None;
        let mut microsoft_teams_user = None;
        let mut phone_number = None;
        let mut raw_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut communication_user,
                            rt::Nullable(
                                rt::Plain::<CommunicationUserIdentifierModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut kind,
                            rt::Nullable(
                                rt::Spelled::<CommunicationIdentifierModelKind>::new(),
                            ),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut microsoft_teams_app,
                            rt::Nullable(
                                rt::Plain::<MicrosoftTeamsAppIdentifierModel>::new(),
                            ),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut microsoft_teams_user,
                            rt::Nullable(
                                rt::Plain::<MicrosoftTeamsUserIdentifierModel>::new(),
                            ),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut phone_number,
                            rt::Nullable(rt::Plain::<PhoneNumberIdentifierModel>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut raw_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            communication_user,
            kind,
            microsoft_teams_app,
            microsoft_teams_user,
            phone_number,
            raw_id,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for CommunicationIdentifierModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for CommunicationIdentifierModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.communication_user.is_some())
            + usize::from(self.kind.is_some())
            + usize::from(self.microsoft_teams_app.is_some())
            + usize::from(self.microsoft_teams_user.is_some())
            + usize::from(self.phone_number.is_some())
            + usize::from(self.raw_id.is_some());
        let mut state = serializer
            .serialize_struct("CommunicationIdentifierModel", len)?;
        if let Some(value) = &self.communication_user {
            state.serialize_field("communicationUser", value)?;
        } else {
            state.skip_field("communicationUser")?;
        }
        if let Some(value) = &self.kind {
            state.serialize_field("kind", self.spellings.of(1usize, value.as_str()))?;
        } else {
            state.skip_field("kind")?;
        }
        if let Some(value) = &self.microsoft_teams_app {
            state.serialize_field("microsoftTeamsApp", value)?;
        } else {
            state.skip_field("microsoftTeamsApp")?;
        }
        if let Some(value) = &self.microsoft_teams_user {
            state.serialize_field("microsoftTeamsUser", value)?;
        } else {
            state.skip_field("microsoftTeamsUser")?;
        }
        if let Some(value) = &self.phone_number {
            state.serialize_field("phoneNumber", value)?;
        } else {
            state.skip_field("phoneNumber")?;
        }
        if let Some(value) = &self.raw_id {
            state.serialize_field("rawId", value)?;
        } else {
            state.skip_field("rawId")?;
        }
        state.end()
    }
}
/// The string enum `CommunicationIdentifierModelKind`, read ignoring letter case; values it does not list are kept verbatim in [`CommunicationIdentifierModelKind::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CommunicationIdentifierModelKind {
    /// `unknown`
    Unknown,
    /// `communicationUser`
    CommunicationUser,
    /// `phoneNumber`
    PhoneNumber,
    /// `microsoftTeamsUser`
    MicrosoftTeamsUser,
    /// `microsoftTeamsApp`
    MicrosoftTeamsApp,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl CommunicationIdentifierModelKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::CommunicationUser => "communicationUser",
            Self::PhoneNumber => "phoneNumber",
            Self::MicrosoftTeamsUser => "microsoftTeamsUser",
            Self::MicrosoftTeamsApp => "microsoftTeamsApp",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for CommunicationIdentifierModelKind {
    const VALUES: &'static [&'static str] = &[
        "unknown",
        "communicationUser",
        "phoneNumber",
        "microsoftTeamsUser",
        "microsoftTeamsApp",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "unknown" => Some(Self::Unknown),
            "communicationUser" => Some(Self::CommunicationUser),
            "phoneNumber" => Some(Self::PhoneNumber),
            "microsoftTeamsUser" => Some(Self::MicrosoftTeamsUser),
            "microsoftTeamsApp" => Some(Self::MicrosoftTeamsApp),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Unknown),
            1usize => Some(Self::CommunicationUser),
            2usize => Some(Self::PhoneNumber),
            3usize => Some(Self::MicrosoftTeamsUser),
            4usize => Some(Self::MicrosoftTeamsApp),
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
impl From<String> for CommunicationIdentifierModelKind {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for CommunicationIdentifierModelKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CommunicationIdentifierModelKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `CommunicationUserIdentifierModel`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CommunicationUserIdentifierModel {
    /// JSON member `id`: string; listed as required in the schema.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl rt::Members for CommunicationUserIdentifierModel {
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
impl<'de> serde::Deserialize<'de> for CommunicationUserIdentifierModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `MicrosoftTeamsAppIdentifierModel`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MicrosoftTeamsAppIdentifierModel {
    /// JSON member `appId`: string; listed as required in the schema.
    pub app_id: Option<String>,
    /// JSON member `cloud`: [`CommunicationCloudEnvironmentModel`]; listed as required in the schema.
    pub cloud: Option<CommunicationCloudEnvironmentModel>,
    spellings: rt::Spellings,
}
impl rt::Members for MicrosoftTeamsAppIdentifierModel {
    const NAMES: &'static [&'static str] = &["appId", "cloud"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "appId" => Some(0usize),
            "cloud" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut app_id = None;
        let mut cloud = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut app_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut cloud,
                            rt::Nullable(
                                rt::Spelled::<CommunicationCloudEnvironmentModel>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            app_id,
            cloud,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for MicrosoftTeamsAppIdentifierModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for MicrosoftTeamsAppIdentifierModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.app_id.is_some()) + usize::from(self.cloud.is_some());
        let mut state = serializer
            .serialize_struct("MicrosoftTeamsAppIdentifierModel", len)?;
        if let Some(value) = &self.app_id {
            state.serialize_field("appId", value)?;
        } else {
            state.skip_field("appId")?;
        }
        if let Some(value) = &self.cloud {
            state.serialize_field("cloud", self.spellings.of(1usize, value.as_str()))?;
        } else {
            state.skip_field("cloud")?;
        }
        state.end()
    }
}
/// The schema type `MicrosoftTeamsUserIdentifierModel`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MicrosoftTeamsUserIdentifierModel {
    /// JSON member `cloud`: [`CommunicationCloudEnvironmentModel`]; listed as required in the schema.
    pub cloud: Option<CommunicationCloudEnvironmentModel>,
    /// JSON member `isAnonymous`: boolean.
    pub is_anonymous: Option<bool>,
    /// JSON member `userId`: string; listed as required in the schema.
    pub user_id: Option<String>,
    spellings: rt::Spellings,
}
impl rt::Members for MicrosoftTeamsUserIdentifierModel {
    const NAMES: &'static [&'static str] = &["cloud", "isAnonymous", "userId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "cloud" => Some(0usize),
            "isAnonymous" => Some(1usize),
            "userId" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut cloud = None;
        let mut is_anonymous = None;
        let mut user_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut cloud,
                            rt::Nullable(
                                rt::Spelled::<CommunicationCloudEnvironmentModel>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_.read(&mut map_, &mut is_anonymous, rt::Flag)?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut user_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            cloud,
            is_anonymous,
            user_id,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for MicrosoftTeamsUserIdentifierModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for MicrosoftTeamsUserIdentifierModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.cloud.is_some())
            + usize::from(self.is_anonymous.is_some())
            + usize::from(self.user_id.is_some());
        let mut state = serializer
            .serialize_struct("MicrosoftTeamsUserIdentifierModel", len)?;
        if let Some(value) = &self.cloud {
            state.serialize_field("cloud", self.spellings.of(0usize, value.as_str()))?;
        } else {
            state.skip_field("cloud")?;
        }
        if let Some(value) = &self.is_anonymous {
            state.serialize_field("isAnonymous", value)?;
        } else {
            state.skip_field("isAnonymous")?;
        }
        if let Some(value) = &self.user_id {
            state.serialize_field("userId", value)?;
        } else {
            state.skip_field("userId")?;
        }
        state.end()
    }
}
/// The schema type `PhoneNumberIdentifierModel`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PhoneNumberIdentifierModel {
    /// JSON member `value`: string; listed as required in the schema.
    #[serde(rename = "value", skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl rt::Members for PhoneNumberIdentifierModel {
    const NAMES: &'static [&'static str] = &["value"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "value" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut value = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut value,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { value })
    }
}
impl<'de> serde::Deserialize<'de> for PhoneNumberIdentifierModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
