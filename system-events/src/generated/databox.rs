// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.DataBox.CopyCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DataBoxCopyCompletedEventData {
    /// JSON member `serialNumber`: string; listed as required in the schema.
    #[serde(rename = "serialNumber", skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// JSON member `stageName`: [`DataBoxStageName`]; listed as required in the schema.
    #[serde(rename = "stageName", skip_serializing_if = "Option::is_none")]
    pub stage_name: Option<DataBoxStageName>,
    /// JSON member `stageTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "stageTime", skip_serializing_if = "Option::is_none")]
    pub stage_time: Option<rt::Timestamp>,
}
impl rt::Members for DataBoxCopyCompletedEventData {
    const NAMES: &'static [&'static str] = &["serialNumber", "stageName", "stageTime"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "serialNumber" => Some(0usize),
            "stageName" => Some(1usize),
            "stageTime" => Some(2usize),
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
                self.serial_number = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.stage_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<DataBoxStageName>::new()))?;
            }
            2usize => {
                self.stage_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for DataBoxCopyCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.DataBox.CopyStarted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DataBoxCopyStartedEventData {
    /// JSON member `serialNumber`: string; listed as required in the schema.
    #[serde(rename = "serialNumber", skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// JSON member `stageName`: [`DataBoxStageName`]; listed as required in the schema.
    #[serde(rename = "stageName", skip_serializing_if = "Option::is_none")]
    pub stage_name: Option<DataBoxStageName>,
    /// JSON member `stageTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "stageTime", skip_serializing_if = "Option::is_none")]
    pub stage_time: Option<rt::Timestamp>,
}
impl rt::Members for DataBoxCopyStartedEventData {
    const NAMES: &'static [&'static str] = &["serialNumber", "stageName", "stageTime"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "serialNumber" => Some(0usize),
            "stageName" => Some(1usize),
            "stageTime" => Some(2usize),
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
                self.serial_number = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.stage_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<DataBoxStageName>::new()))?;
            }
            2usize => {
                self.stage_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for DataBoxCopyStartedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.DataBox.OrderCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DataBoxOrderCompletedEventData {
    /// JSON member `serialNumber`: string; listed as required in the schema.
    #[serde(rename = "serialNumber", skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// JSON member `stageName`: [`DataBoxStageName`]; listed as required in the schema.
    #[serde(rename = "stageName", skip_serializing_if = "Option::is_none")]
    pub stage_name: Option<DataBoxStageName>,
    /// JSON member `stageTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "stageTime", skip_serializing_if = "Option::is_none")]
    pub stage_time: Option<rt::Timestamp>,
}
impl rt::Members for DataBoxOrderCompletedEventData {
    const NAMES: &'static [&'static str] = &["serialNumber", "stageName", "stageTime"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "serialNumber" => Some(0usize),
            "stageName" => Some(1usize),
            "stageTime" => Some(2usize),
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
                self.serial_number = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.stage_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<DataBoxStageName>::new()))?;
            }
            2usize => {
                self.stage_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for DataBoxOrderCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The string enum `DataBoxStageName`, read ignoring letter case; values it does not list are kept verbatim in [`DataBoxStageName::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataBoxStageName {
    /// `CopyStarted`
    CopyStarted,
    /// `CopyCompleted`
    CopyCompleted,
    /// `OrderCompleted`
    OrderCompleted,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl DataBoxStageName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CopyStarted => "CopyStarted",
            Self::CopyCompleted => "CopyCompleted",
            Self::OrderCompleted => "OrderCompleted",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for DataBoxStageName {
    const VALUES: &'static [&'static str] = &[
        "CopyStarted",
        "CopyCompleted",
        "OrderCompleted",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "CopyStarted" => Some(Self::CopyStarted),
            "CopyCompleted" => Some(Self::CopyCompleted),
            "OrderCompleted" => Some(Self::OrderCompleted),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::CopyStarted),
            1usize => Some(Self::CopyCompleted),
            2usize => Some(Self::OrderCompleted),
            _ => None,
        }
    }
    fn other(value: String) -> Self {
        Self::Other(value)
    }
}
impl From<String> for DataBoxStageName {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for DataBoxStageName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DataBoxStageName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
