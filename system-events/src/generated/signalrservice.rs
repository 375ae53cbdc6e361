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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.connection_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.hub_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.timestamp = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            3usize => {
                self.user_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.connection_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.error_message = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.hub_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.timestamp = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            4usize => {
                self.user_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
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
