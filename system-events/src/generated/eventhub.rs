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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut event_count = None;
        let mut file_type = None;
        let mut file_url = None;
        let mut first_enqueue_time = None;
        let mut first_sequence_number = None;
        let mut last_enqueue_time = None;
        let mut last_sequence_number = None;
        let mut partition_id = None;
        let mut size_in_bytes = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut event_count, rt::Num::<i64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut file_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut file_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut first_enqueue_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut first_sequence_number,
                            rt::Num::<i64>::new(),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut last_enqueue_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut last_sequence_number,
                            rt::Num::<i64>::new(),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut partition_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut size_in_bytes, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            event_count,
            file_type,
            file_url,
            first_enqueue_time,
            first_sequence_number,
            last_enqueue_time,
            last_sequence_number,
            partition_id,
            size_in_bytes,
        })
    }
}
impl<'de> serde::Deserialize<'de> for EventHubCaptureFileCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
