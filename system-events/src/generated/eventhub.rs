// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.EventHub.CaptureFileCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct EventHubCaptureFileCreatedEventData {
    /// JSON member `eventCount`: integer (int32 in the schema, held as `i64`); listed as required in the schema.
    #[serde(rename = "eventCount", skip_serializing_if = "Option::is_none")]
    pub event_count: Option<i64>,
    /// JSON member `fileType`: string; listed as required in the schema.
    #[serde(rename = "fileType", skip_serializing_if = "Option::is_none")]
    pub file_type: Option<String>,
    /// JSON member `fileUrl`: string; listed as required in the schema.
    #[serde(rename = "fileUrl", skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// JSON member `firstEnqueueTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "firstEnqueueTime", skip_serializing_if = "Option::is_none")]
    pub first_enqueue_time: Option<rt::Timestamp>,
    /// JSON member `firstSequenceNumber`: integer (int32 in the schema, held as `i64`); listed as required in the schema.
    #[serde(rename = "firstSequenceNumber", skip_serializing_if = "Option::is_none")]
    pub first_sequence_number: Option<i64>,
    /// JSON member `lastEnqueueTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "lastEnqueueTime", skip_serializing_if = "Option::is_none")]
    pub last_enqueue_time: Option<rt::Timestamp>,
    /// JSON member `lastSequenceNumber`: integer (int32 in the schema, held as `i64`); listed as required in the schema.
    #[serde(rename = "lastSequenceNumber", skip_serializing_if = "Option::is_none")]
    pub last_sequence_number: Option<i64>,
    /// JSON member `partitionId`: string; listed as required in the schema.
    #[serde(rename = "partitionId", skip_serializing_if = "Option::is_none")]
    pub partition_id: Option<String>,
    /// JSON member `sizeInBytes`: integer (int32 in the schema, held as `i64`); listed as required in the schema.
    #[serde(rename = "sizeInBytes", skip_serializing_if = "Option::is_none")]
    pub size_in_bytes: Option<i64>,
}
impl rt::Members for EventHubCaptureFileCreatedEventData {
    const NAMES: &'static [&'static str] = &[
        "eventCount",
        "fileType",
        "fileUrl",
        "firstEnqueueTime",
        "firstSequenceNumber",
        "lastEnqueueTime",
        "lastSequenceNumber",
        "partitionId",
        "sizeInBytes",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "eventCount" => Some(0usize),
            "fileType" => Some(1usize),
            "fileUrl" => Some(2usize),
            "firstEnqueueTime" => Some(3usize),
            "firstSequenceNumber" => Some(4usize),
            "lastEnqueueTime" => Some(5usize),
            "lastSequenceNumber" => Some(6usize),
            "partitionId" => Some(7usize),
            "sizeInBytes" => Some(8usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.event_count = map.next_value_seed(rt::Num::<i64>::new())?,
            1usize => {
                self.file_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.file_url = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.first_enqueue_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            4usize => {
                self.first_sequence_number = map.next_value_seed(rt::Num::<i64>::new())?;
            }
            5usize => {
                self.last_enqueue_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            6usize => {
                self.last_sequence_number = map.next_value_seed(rt::Num::<i64>::new())?;
            }
            7usize => {
                self.partition_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            8usize => self.size_in_bytes = map.next_value_seed(rt::Num::<i64>::new())?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for EventHubCaptureFileCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
