// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.DataBox.CopyCompleted` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DataBoxCopyCompletedEventData {
    /// JSON member `serialNumber`: string; listed as required in the schema.
    pub serial_number: Option<String>,
    /// JSON member `stageName`: [`DataBoxStageName`]; listed as required in the schema.
    pub stage_name: Option<DataBoxStageName>,
    /// JSON member `stageTime`: string (date-time); listed as required in the schema.
    pub stage_time: Option<rt::Timestamp>,
    spellings: rt::Spellings,
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut serial_number = None;
        let mut stage_name = None;
        let mut stage_time = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut serial_number,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut stage_name,
                            rt::Nullable(rt::Spelled::<DataBoxStageName>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut stage_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            serial_number,
            stage_name,
            stage_time,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for DataBoxCopyCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for DataBoxCopyCompletedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.serial_number.is_some())
            + usize::from(self.stage_name.is_some())
            + usize::from(self.stage_time.is_some());
        let mut state = serializer
            .serialize_struct("DataBoxCopyCompletedEventData", len)?;
        if let Some(value) = &self.serial_number {
            state.serialize_field("serialNumber", value)?;
        } else {
            state.skip_field("serialNumber")?;
        }
        if let Some(value) = &self.stage_name {
            state
                .serialize_field(
                    "stageName",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("stageName")?;
        }
        if let Some(value) = &self.stage_time {
            state.serialize_field("stageTime", value)?;
        } else {
            state.skip_field("stageTime")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.DataBox.CopyStarted` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DataBoxCopyStartedEventData {
    /// JSON member `serialNumber`: string; listed as required in the schema.
    pub serial_number: Option<String>,
    /// JSON member `stageName`: [`DataBoxStageName`]; listed as required in the schema.
    pub stage_name: Option<DataBoxStageName>,
    /// JSON member `stageTime`: string (date-time); listed as required in the schema.
    pub stage_time: Option<rt::Timestamp>,
    spellings: rt::Spellings,
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut serial_number = None;
        let mut stage_name = None;
        let mut stage_time = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut serial_number,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut stage_name,
                            rt::Nullable(rt::Spelled::<DataBoxStageName>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut stage_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            serial_number,
            stage_name,
            stage_time,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for DataBoxCopyStartedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for DataBoxCopyStartedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.serial_number.is_some())
            + usize::from(self.stage_name.is_some())
            + usize::from(self.stage_time.is_some());
        let mut state = serializer.serialize_struct("DataBoxCopyStartedEventData", len)?;
        if let Some(value) = &self.serial_number {
            state.serialize_field("serialNumber", value)?;
        } else {
            state.skip_field("serialNumber")?;
        }
        if let Some(value) = &self.stage_name {
            state
                .serialize_field(
                    "stageName",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("stageName")?;
        }
        if let Some(value) = &self.stage_time {
            state.serialize_field("stageTime", value)?;
        } else {
            state.skip_field("stageTime")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.DataBox.OrderCompleted` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DataBoxOrderCompletedEventData {
    /// JSON member `serialNumber`: string; listed as required in the schema.
    pub serial_number: Option<String>,
    /// JSON member `stageName`: [`DataBoxStageName`]; listed as required in the schema.
    pub stage_name: Option<DataBoxStageName>,
    /// JSON member `stageTime`: string (date-time); listed as required in the schema.
    pub stage_time: Option<rt::Timestamp>,
    spellings: rt::Spellings,
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut serial_number = None;
        let mut stage_name = None;
        let mut stage_time = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut serial_number,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut stage_name,
                            rt::Nullable(rt::Spelled::<DataBoxStageName>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut stage_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            serial_number,
            stage_name,
            stage_time,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for DataBoxOrderCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for DataBoxOrderCompletedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.serial_number.is_some())
            + usize::from(self.stage_name.is_some())
            + usize::from(self.stage_time.is_some());
        let mut state = serializer
            .serialize_struct("DataBoxOrderCompletedEventData", len)?;
        if let Some(value) = &self.serial_number {
            state.serialize_field("serialNumber", value)?;
        } else {
            state.skip_field("serialNumber")?;
        }
        if let Some(value) = &self.stage_name {
            state
                .serialize_field(
                    "stageName",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("stageName")?;
        }
        if let Some(value) = &self.stage_time {
            state.serialize_field("stageTime", value)?;
        } else {
            state.skip_field("stageTime")?;
        }
        state.end()
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
    fn wire(&self) -> &str {
        self.as_str()
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
