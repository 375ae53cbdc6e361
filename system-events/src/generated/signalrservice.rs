// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.SignalRService.ClientConnectionConnected` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SignalRServiceClientConnectionConnectedEventData {
    /// JSON member `connectionId`: string; listed as required in the schema.
    #[serde(rename = "connectionId", skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// JSON member `hubName`: string; listed as required in the schema.
    #[serde(rename = "hubName", skip_serializing_if = "Option::is_none")]
    pub hub_name: Option<String>,
    /// JSON member `timestamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "timestamp", skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<rt::Timestamp>,
    /// JSON member `userId`: string.
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}
impl rt::Members for SignalRServiceClientConnectionConnectedEventData {
    const NAMES: &'static [&'static str] = &[
        "connectionId",
        "hubName",
        "timestamp",
        "userId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "connectionId" => Some(0usize),
            "hubName" => Some(1usize),
            "timestamp" => Some(2usize),
            "userId" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut connection_id = None;
        let mut hub_name = None;
        let mut timestamp = None;
        let mut user_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut connection_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut hub_name,
                            rt::Nullable(rt::Plain::<String>::new()),
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
                3usize => {
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
            connection_id,
            hub_name,
            timestamp,
            user_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for SignalRServiceClientConnectionConnectedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.SignalRService.ClientConnectionDisconnected` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SignalRServiceClientConnectionDisconnectedEventData {
    /// JSON member `connectionId`: string; listed as required in the schema.
    #[serde(rename = "connectionId", skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// JSON member `errorMessage`: string.
    #[serde(rename = "errorMessage", skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// JSON member `hubName`: string; listed as required in the schema.
    #[serde(rename = "hubName", skip_serializing_if = "Option::is_none")]
    pub hub_name: Option<String>,
    /// JSON member `timestamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "timestamp", skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<rt::Timestamp>,
    /// JSON member `userId`: string.
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}
impl rt::Members for SignalRServiceClientConnectionDisconnectedEventData {
    const NAMES: &'static [&'static str] = &[
        "connectionId",
        "errorMessage",
        "hubName",
        "timestamp",
        "userId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "connectionId" => Some(0usize),
            "errorMessage" => Some(1usize),
            "hubName" => Some(2usize),
            "timestamp" => Some(3usize),
            "userId" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut connection_id = None;
        let mut error_message = None;
        let mut hub_name = None;
        let mut timestamp = None;
        let mut user_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut connection_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut error_message,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut hub_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timestamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
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
            connection_id,
            error_message,
            hub_name,
            timestamp,
            user_id,
        })
    }
}
impl<'de> serde::Deserialize<'de>
for SignalRServiceClientConnectionDisconnectedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
