// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.Media.JobCanceled` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MediaJobCanceledEventData {
    /// JSON member `correlationData`: map of string.
    pub correlation_data: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `previousState`: [`MediaJobState`].
    pub previous_state: Option<MediaJobState>,
    /// JSON member `state`: [`MediaJobState`].
    pub state: Option<MediaJobState>,
    /// JSON member `outputs`: array of [`MediaJobOutput`].
    pub outputs: Option<Vec<MediaJobOutput>>,
    spellings: rt::Spellings,
}
impl rt::Members for MediaJobCanceledEventData {
    const NAMES: &'static [&'static str] = &[
        "correlationData",
        "previousState",
        "state",
        "outputs",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "correlationData" => Some(0usize),
            "previousState" => Some(1usize),
            "state" => Some(2usize),
            "outputs" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut correlation_data = None;
        let mut previous_state = None;
        let mut state = None;
        let mut outputs = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_data,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut previous_state,
                            rt::Nullable(rt::Spelled::<MediaJobState>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut state,
                            rt::Nullable(rt::Spelled::<MediaJobState>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut outputs,
                            rt::Nullable(rt::Items(rt::Plain::<MediaJobOutput>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            correlation_data,
            previous_state,
            state,
            outputs,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobCanceledEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for MediaJobCanceledEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.correlation_data.is_some())
            + usize::from(self.previous_state.is_some())
            + usize::from(self.state.is_some()) + usize::from(self.outputs.is_some());
        let mut state = serializer.serialize_struct("MediaJobCanceledEventData", len)?;
        if let Some(value) = &self.correlation_data {
            state.serialize_field("correlationData", value)?;
        } else {
            state.skip_field("correlationData")?;
        }
        if let Some(value) = &self.previous_state {
            state
                .serialize_field(
                    "previousState",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("previousState")?;
        }
        if let Some(value) = &self.state {
            state.serialize_field("state", self.spellings.of(2usize, value.as_str()))?;
        } else {
            state.skip_field("state")?;
        }
        if let Some(value) = &self.outputs {
            state.serialize_field("outputs", value)?;
        } else {
            state.skip_field("outputs")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.Media.JobCanceling` event. Same members as [`MediaJobStateChangeEventData`].
pub type MediaJobCancelingEventData = MediaJobStateChangeEventData;
/// The schema type `MediaJobError`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MediaJobError {
    /// JSON member `category`: [`MediaJobErrorCategory`].
    pub category: Option<MediaJobErrorCategory>,
    /// JSON member `code`: [`MediaJobErrorCode`].
    pub code: Option<MediaJobErrorCode>,
    /// JSON member `details`: array of [`MediaJobErrorDetail`].
    pub details: Option<Vec<MediaJobErrorDetail>>,
    /// JSON member `message`: string.
    pub message: Option<String>,
    /// JSON member `retry`: [`MediaJobRetry`].
    pub retry: Option<MediaJobRetry>,
    spellings: rt::Spellings,
}
impl rt::Members for MediaJobError {
    const NAMES: &'static [&'static str] = &[
        "category",
        "code",
        "details",
        "message",
        "retry",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "category" => Some(0usize),
            "code" => Some(1usize),
            "details" => Some(2usize),
            "message" => Some(3usize),
            "retry" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut category = None;
        let mut code = None;
        let mut details = None;
        let mut message = None;
        let mut retry = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut category,
                            rt::Nullable(rt::Spelled::<MediaJobErrorCategory>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut code,
                            rt::Nullable(rt::Spelled::<MediaJobErrorCode>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut details,
                            rt::Nullable(
                                rt::Items(rt::Plain::<MediaJobErrorDetail>::new()),
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
                        .read_enum(
                            &mut map_,
                            &mut retry,
                            rt::Nullable(rt::Spelled::<MediaJobRetry>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            category,
            code,
            details,
            message,
            retry,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for MediaJobError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.category.is_some()) + usize::from(self.code.is_some())
            + usize::from(self.details.is_some()) + usize::from(self.message.is_some())
            + usize::from(self.retry.is_some());
        let mut state = serializer.serialize_struct("MediaJobError", len)?;
        if let Some(value) = &self.category {
            state
                .serialize_field("category", self.spellings.of(0usize, value.as_str()))?;
        } else {
            state.skip_field("category")?;
        }
        if let Some(value) = &self.code {
            state.serialize_field("code", self.spellings.of(1usize, value.as_str()))?;
        } else {
            state.skip_field("code")?;
        }
        if let Some(value) = &self.details {
            state.serialize_field("details", value)?;
        } else {
            state.skip_field("details")?;
        }
        if let Some(value) = &self.message {
            state.serialize_field("message", value)?;
        } else {
            state.skip_field("message")?;
        }
        if let Some(value) = &self.retry {
            state.serialize_field("retry", self.spellings.of(4usize, value.as_str()))?;
        } else {
            state.skip_field("retry")?;
        }
        state.end()
    }
}
/// The string enum `MediaJobErrorCategory`, read ignoring letter case; values it does not list are kept verbatim in [`MediaJobErrorCategory::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaJobErrorCategory {
    /// `Service`
    Service,
    /// `Download`
    Download,
    /// `Upload`
    Upload,
    /// `Configuration`
    Configuration,
    /// `Content`
    Content,
    /// `Account`
    Account,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl MediaJobErrorCategory {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Service => "Service",
            Self::Download => "Download",
            Self::Upload => "Upload",
            Self::Configuration => "Configuration",
            Self::Content => "Content",
            Self::Account => "Account",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for MediaJobErrorCategory {
    const VALUES: &'static [&'static str] = &[
        "Service",
        "Download",
        "Upload",
        "Configuration",
        "Content",
        "Account",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Service" => Some(Self::Service),
            "Download" => Some(Self::Download),
            "Upload" => Some(Self::Upload),
            "Configuration" => Some(Self::Configuration),
            "Content" => Some(Self::Content),
            "Account" => Some(Self::Account),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Service),
            1usize => Some(Self::Download),
            2usize => Some(Self::Upload),
            3usize => Some(Self::Configuration),
            4usize => Some(Self::Content),
            5usize => Some(Self::Account),
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
impl From<String> for MediaJobErrorCategory {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for MediaJobErrorCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobErrorCategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The string enum `MediaJobErrorCode`, read ignoring letter case; values it does not list are kept verbatim in [`MediaJobErrorCode::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaJobErrorCode {
    /// `ServiceError`
    ServiceError,
    /// `ServiceTransientError`
    ServiceTransientError,
    /// `DownloadNotAccessible`
    DownloadNotAccessible,
    /// `DownloadTransientError`
    DownloadTransientError,
    /// `UploadNotAccessible`
    UploadNotAccessible,
    /// `UploadTransientError`
    UploadTransientError,
    /// `ConfigurationUnsupported`
    ConfigurationUnsupported,
    /// `ContentMalformed`
    ContentMalformed,
    /// `ContentUnsupported`
    ContentUnsupported,
    /// `IdentityUnsupported`
    IdentityUnsupported,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl MediaJobErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ServiceError => "ServiceError",
            Self::ServiceTransientError => "ServiceTransientError",
            Self::DownloadNotAccessible => "DownloadNotAccessible",
            Self::DownloadTransientError => "DownloadTransientError",
            Self::UploadNotAccessible => "UploadNotAccessible",
            Self::UploadTransientError => "UploadTransientError",
            Self::ConfigurationUnsupported => "ConfigurationUnsupported",
            Self::ContentMalformed => "ContentMalformed",
            Self::ContentUnsupported => "ContentUnsupported",
            Self::IdentityUnsupported => "IdentityUnsupported",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for MediaJobErrorCode {
    const VALUES: &'static [&'static str] = &[
        "ServiceError",
        "ServiceTransientError",
        "DownloadNotAccessible",
        "DownloadTransientError",
        "UploadNotAccessible",
        "UploadTransientError",
        "ConfigurationUnsupported",
        "ContentMalformed",
        "ContentUnsupported",
        "IdentityUnsupported",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "ServiceError" => Some(Self::ServiceError),
            "ServiceTransientError" => Some(Self::ServiceTransientError),
            "DownloadNotAccessible" => Some(Self::DownloadNotAccessible),
            "DownloadTransientError" => Some(Self::DownloadTransientError),
            "UploadNotAccessible" => Some(Self::UploadNotAccessible),
            "UploadTransientError" => Some(Self::UploadTransientError),
            "ConfigurationUnsupported" => Some(Self::ConfigurationUnsupported),
            "ContentMalformed" => Some(Self::ContentMalformed),
            "ContentUnsupported" => Some(Self::ContentUnsupported),
            "IdentityUnsupported" => Some(Self::IdentityUnsupported),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::ServiceError),
            1usize => Some(Self::ServiceTransientError),
            2usize => Some(Self::DownloadNotAccessible),
            3usize => Some(Self::DownloadTransientError),
            4usize => Some(Self::UploadNotAccessible),
            5usize => Some(Self::UploadTransientError),
            6usize => Some(Self::ConfigurationUnsupported),
            7usize => Some(Self::ContentMalformed),
            8usize => Some(Self::ContentUnsupported),
            9usize => Some(Self::IdentityUnsupported),
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
impl From<String> for MediaJobErrorCode {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for MediaJobErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The schema type `MediaJobErrorDetail`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaJobErrorDetail {
    /// JSON member `code`: string.
    #[serde(rename = "code", skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// JSON member `message`: string.
    #[serde(rename = "message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl rt::Members for MediaJobErrorDetail {
    const NAMES: &'static [&'static str] = &["code", "message"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "code" => Some(0usize),
            "message" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut code = None;
        let mut message = None;
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
                            &mut message,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { code, message })
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobErrorDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.JobErrored` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MediaJobErroredEventData {
    /// JSON member `correlationData`: map of string.
    pub correlation_data: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `previousState`: [`MediaJobState`].
    pub previous_state: Option<MediaJobState>,
    /// JSON member `state`: [`MediaJobState`].
    pub state: Option<MediaJobState>,
    /// JSON member `outputs`: array of [`MediaJobOutput`].
    pub outputs: Option<Vec<MediaJobOutput>>,
    spellings: rt::Spellings,
}
impl rt::Members for MediaJobErroredEventData {
    const NAMES: &'static [&'static str] = &[
        "correlationData",
        "previousState",
        "state",
        "outputs",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "correlationData" => Some(0usize),
            "previousState" => Some(1usize),
            "state" => Some(2usize),
            "outputs" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut correlation_data = None;
        let mut previous_state = None;
        let mut state = None;
        let mut outputs = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_data,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut previous_state,
                            rt::Nullable(rt::Spelled::<MediaJobState>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut state,
                            rt::Nullable(rt::Spelled::<MediaJobState>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut outputs,
                            rt::Nullable(rt::Items(rt::Plain::<MediaJobOutput>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            correlation_data,
            previous_state,
            state,
            outputs,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobErroredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for MediaJobErroredEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.correlation_data.is_some())
            + usize::from(self.previous_state.is_some())
            + usize::from(self.state.is_some()) + usize::from(self.outputs.is_some());
        let mut state = serializer.serialize_struct("MediaJobErroredEventData", len)?;
        if let Some(value) = &self.correlation_data {
            state.serialize_field("correlationData", value)?;
        } else {
            state.skip_field("correlationData")?;
        }
        if let Some(value) = &self.previous_state {
            state
                .serialize_field(
                    "previousState",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("previousState")?;
        }
        if let Some(value) = &self.state {
            state.serialize_field("state", self.spellings.of(2usize, value.as_str()))?;
        } else {
            state.skip_field("state")?;
        }
        if let Some(value) = &self.outputs {
            state.serialize_field("outputs", value)?;
        } else {
            state.skip_field("outputs")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.Media.JobFinished` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MediaJobFinishedEventData {
    /// JSON member `correlationData`: map of string.
    pub correlation_data: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `previousState`: [`MediaJobState`].
    pub previous_state: Option<MediaJobState>,
    /// JSON member `state`: [`MediaJobState`].
    pub state: Option<MediaJobState>,
    /// JSON member `outputs`: array of [`MediaJobOutput`].
    pub outputs: Option<Vec<MediaJobOutput>>,
    spellings: rt::Spellings,
}
impl rt::Members for MediaJobFinishedEventData {
    const NAMES: &'static [&'static str] = &[
        "correlationData",
        "previousState",
        "state",
        "outputs",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "correlationData" => Some(0usize),
            "previousState" => Some(1usize),
            "state" => Some(2usize),
            "outputs" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut correlation_data = None;
        let mut previous_state = None;
        let mut state = None;
        let mut outputs = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_data,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut previous_state,
                            rt::Nullable(rt::Spelled::<MediaJobState>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut state,
                            rt::Nullable(rt::Spelled::<MediaJobState>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut outputs,
                            rt::Nullable(rt::Items(rt::Plain::<MediaJobOutput>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            correlation_data,
            previous_state,
            state,
            outputs,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobFinishedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for MediaJobFinishedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.correlation_data.is_some())
            + usize::from(self.previous_state.is_some())
            + usize::from(self.state.is_some()) + usize::from(self.outputs.is_some());
        let mut state = serializer.serialize_struct("MediaJobFinishedEventData", len)?;
        if let Some(value) = &self.correlation_data {
            state.serialize_field("correlationData", value)?;
        } else {
            state.skip_field("correlationData")?;
        }
        if let Some(value) = &self.previous_state {
            state
                .serialize_field(
                    "previousState",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("previousState")?;
        }
        if let Some(value) = &self.state {
            state.serialize_field("state", self.spellings.of(2usize, value.as_str()))?;
        } else {
            state.skip_field("state")?;
        }
        if let Some(value) = &self.outputs {
            state.serialize_field("outputs", value)?;
        } else {
            state.skip_field("outputs")?;
        }
        state.end()
    }
}
/// The schema type `MediaJobOutput`.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MediaJobOutput {
    /// JSON member `@odata.type`: string; listed as required in the schema.
    pub odata_type: Option<String>,
    /// JSON member `assetName`: string.
    pub asset_name: Option<String>,
    /// JSON member `error`: [`MediaJobError`].
    pub error: Option<MediaJobError>,
    /// JSON member `label`: string.
    pub label: Option<String>,
    /// JSON member `progress`: integer (int64); listed as required in the schema.
    pub progress: Option<i64>,
    /// JSON member `state`: [`MediaJobState`]; listed as required in the schema.
    pub state: Option<MediaJobState>,
    spellings: rt::Spellings,
}
impl rt::Members for MediaJobOutput {
    const NAMES: &'static [&'static str] = &[
        "@odata.type",
        "assetName",
        "error",
        "label",
        "progress",
        "state",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "@odata.type" => Some(0usize),
            "assetName" => Some(1usize),
            "error" => Some(2usize),
            "label" => Some(3usize),
            "progress" => Some(4usize),
            "state" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut odata_type = None;
        let mut asset_name = None;
        let mut error = None;
        let mut label = None;
        let mut progress = None;
        let mut state = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut odata_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut asset_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut error,
                            rt::Nullable(rt::Plain::<MediaJobError>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut label,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut progress, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut state,
                            rt::Nullable(rt::Spelled::<MediaJobState>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            odata_type,
            asset_name,
            error,
            label,
            progress,
            state,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobOutput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for MediaJobOutput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.odata_type.is_some())
            + usize::from(self.asset_name.is_some()) + usize::from(self.error.is_some())
            + usize::from(self.label.is_some()) + usize::from(self.progress.is_some())
            + usize::from(self.state.is_some());
        let mut state = serializer.serialize_struct("MediaJobOutput", len)?;
        if let Some(value) = &self.odata_type {
            state.serialize_field("@odata.type", value)?;
        } else {
            state.skip_field("@odata.type")?;
        }
        if let Some(value) = &self.asset_name {
            state.serialize_field("assetName", value)?;
        } else {
            state.skip_field("assetName")?;
        }
        if let Some(value) = &self.error {
            state.serialize_field("error", value)?;
        } else {
            state.skip_field("error")?;
        }
        if let Some(value) = &self.label {
            state.serialize_field("label", value)?;
        } else {
            state.skip_field("label")?;
        }
        if let Some(value) = &self.progress {
            state.serialize_field("progress", value)?;
        } else {
            state.skip_field("progress")?;
        }
        if let Some(value) = &self.state {
            state.serialize_field("state", self.spellings.of(5usize, value.as_str()))?;
        } else {
            state.skip_field("state")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.Media.JobOutputCanceled` event. Same members as [`MediaJobOutputStateChangeEventData`].
pub type MediaJobOutputCanceledEventData = MediaJobOutputStateChangeEventData;
/// The data of the `Microsoft.Media.JobOutputCanceling` event. Same members as [`MediaJobOutputStateChangeEventData`].
pub type MediaJobOutputCancelingEventData = MediaJobOutputStateChangeEventData;
/// The data of the `Microsoft.Media.JobOutputErrored` event. Same members as [`MediaJobOutputStateChangeEventData`].
pub type MediaJobOutputErroredEventData = MediaJobOutputStateChangeEventData;
/// The data of the `Microsoft.Media.JobOutputFinished` event. Same members as [`MediaJobOutputStateChangeEventData`].
pub type MediaJobOutputFinishedEventData = MediaJobOutputStateChangeEventData;
/// The data of the `Microsoft.Media.JobOutputProcessing` event. Same members as [`MediaJobOutputStateChangeEventData`].
pub type MediaJobOutputProcessingEventData = MediaJobOutputStateChangeEventData;
/// The data of the `Microsoft.Media.JobOutputProgress` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaJobOutputProgressEventData {
    /// JSON member `jobCorrelationData`: map of string.
    #[serde(rename = "jobCorrelationData", skip_serializing_if = "Option::is_none")]
    pub job_correlation_data: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `label`: string.
    #[serde(rename = "label", skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// JSON member `progress`: integer (int64).
    #[serde(rename = "progress", skip_serializing_if = "Option::is_none")]
    pub progress: Option<i64>,
}
impl rt::Members for MediaJobOutputProgressEventData {
    const NAMES: &'static [&'static str] = &["jobCorrelationData", "label", "progress"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "jobCorrelationData" => Some(0usize),
            "label" => Some(1usize),
            "progress" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut job_correlation_data = None;
        let mut label = None;
        let mut progress = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_correlation_data,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut label,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut progress, rt::Num::<i64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            job_correlation_data,
            label,
            progress,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobOutputProgressEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.JobOutputScheduled` event. Same members as [`MediaJobOutputStateChangeEventData`].
pub type MediaJobOutputScheduledEventData = MediaJobOutputStateChangeEventData;
/// The data of the `Microsoft.Media.JobOutputStateChange` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MediaJobOutputStateChangeEventData {
    /// JSON member `jobCorrelationData`: map of string.
    pub job_correlation_data: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `output`: [`MediaJobOutput`].
    pub output: Option<MediaJobOutput>,
    /// JSON member `previousState`: [`MediaJobState`].
    pub previous_state: Option<MediaJobState>,
    spellings: rt::Spellings,
}
impl rt::Members for MediaJobOutputStateChangeEventData {
    const NAMES: &'static [&'static str] = &[
        "jobCorrelationData",
        "output",
        "previousState",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "jobCorrelationData" => Some(0usize),
            "output" => Some(1usize),
            "previousState" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut job_correlation_data = None;
        let mut output = None;
        let mut previous_state = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut job_correlation_data,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut output,
                            rt::Nullable(rt::Plain::<MediaJobOutput>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut previous_state,
                            rt::Nullable(rt::Spelled::<MediaJobState>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            job_correlation_data,
            output,
            previous_state,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobOutputStateChangeEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for MediaJobOutputStateChangeEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.job_correlation_data.is_some())
            + usize::from(self.output.is_some())
            + usize::from(self.previous_state.is_some());
        let mut state = serializer
            .serialize_struct("MediaJobOutputStateChangeEventData", len)?;
        if let Some(value) = &self.job_correlation_data {
            state.serialize_field("jobCorrelationData", value)?;
        } else {
            state.skip_field("jobCorrelationData")?;
        }
        if let Some(value) = &self.output {
            state.serialize_field("output", value)?;
        } else {
            state.skip_field("output")?;
        }
        if let Some(value) = &self.previous_state {
            state
                .serialize_field(
                    "previousState",
                    self.spellings.of(2usize, value.as_str()),
                )?;
        } else {
            state.skip_field("previousState")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.Media.JobProcessing` event. Same members as [`MediaJobStateChangeEventData`].
pub type MediaJobProcessingEventData = MediaJobStateChangeEventData;
/// The string enum `MediaJobRetry`, read ignoring letter case; values it does not list are kept verbatim in [`MediaJobRetry::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaJobRetry {
    /// `DoNotRetry`
    DoNotRetry,
    /// `MayRetry`
    MayRetry,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl MediaJobRetry {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DoNotRetry => "DoNotRetry",
            Self::MayRetry => "MayRetry",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for MediaJobRetry {
    const VALUES: &'static [&'static str] = &["DoNotRetry", "MayRetry"];
    fn known(value: &str) -> Option<Self> {
        match value {
            "DoNotRetry" => Some(Self::DoNotRetry),
            "MayRetry" => Some(Self::MayRetry),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::DoNotRetry),
            1usize => Some(Self::MayRetry),
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
impl From<String> for MediaJobRetry {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for MediaJobRetry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobRetry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Media.JobScheduled` event. Same members as [`MediaJobStateChangeEventData`].
pub type MediaJobScheduledEventData = MediaJobStateChangeEventData;
/// The string enum `MediaJobState`, read ignoring letter case; values it does not list are kept verbatim in [`MediaJobState::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaJobState {
    /// `Canceled`
    Canceled,
    /// `Canceling`
    Canceling,
    /// `Error`
    Error,
    /// `Finished`
    Finished,
    /// `Processing`
    Processing,
    /// `Queued`
    Queued,
    /// `Scheduled`
    Scheduled,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl MediaJobState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Canceled => "Canceled",
            Self::Canceling => "Canceling",
            Self::Error => "Error",
            Self::Finished => "Finished",
            Self::Processing => "Processing",
            Self::Queued => "Queued",
            Self::Scheduled => "Scheduled",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for MediaJobState {
    const VALUES: &'static [&'static str] = &[
        "Canceled",
        "Canceling",
        "Error",
        "Finished",
        "Processing",
        "Queued",
        "Scheduled",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Canceled" => Some(Self::Canceled),
            "Canceling" => Some(Self::Canceling),
            "Error" => Some(Self::Error),
            "Finished" => Some(Self::Finished),
            "Processing" => Some(Self::Processing),
            "Queued" => Some(Self::Queued),
            "Scheduled" => Some(Self::Scheduled),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Canceled),
            1usize => Some(Self::Canceling),
            2usize => Some(Self::Error),
            3usize => Some(Self::Finished),
            4usize => Some(Self::Processing),
            5usize => Some(Self::Queued),
            6usize => Some(Self::Scheduled),
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
impl From<String> for MediaJobState {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for MediaJobState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.Media.JobStateChange` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MediaJobStateChangeEventData {
    /// JSON member `correlationData`: map of string.
    pub correlation_data: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `previousState`: [`MediaJobState`].
    pub previous_state: Option<MediaJobState>,
    /// JSON member `state`: [`MediaJobState`].
    pub state: Option<MediaJobState>,
    spellings: rt::Spellings,
}
impl rt::Members for MediaJobStateChangeEventData {
    const NAMES: &'static [&'static str] = &[
        "correlationData",
        "previousState",
        "state",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "correlationData" => Some(0usize),
            "previousState" => Some(1usize),
            "state" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut correlation_data = None;
        let mut previous_state = None;
        let mut state = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_data,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                1usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut previous_state,
                            rt::Nullable(rt::Spelled::<MediaJobState>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut state,
                            rt::Nullable(rt::Spelled::<MediaJobState>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            correlation_data,
            previous_state,
            state,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaJobStateChangeEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for MediaJobStateChangeEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.correlation_data.is_some())
            + usize::from(self.previous_state.is_some())
            + usize::from(self.state.is_some());
        let mut state = serializer
            .serialize_struct("MediaJobStateChangeEventData", len)?;
        if let Some(value) = &self.correlation_data {
            state.serialize_field("correlationData", value)?;
        } else {
            state.skip_field("correlationData")?;
        }
        if let Some(value) = &self.previous_state {
            state
                .serialize_field(
                    "previousState",
                    self.spellings.of(1usize, value.as_str()),
                )?;
        } else {
            state.skip_field("previousState")?;
        }
        if let Some(value) = &self.state {
            state.serialize_field("state", self.spellings.of(2usize, value.as_str()))?;
        } else {
            state.skip_field("state")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.Media.LiveEventChannelArchiveHeartbeat` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaLiveEventChannelArchiveHeartbeatEventData {
    /// JSON member `channelLatencyMs`: string; listed as required in the schema. Unit: milliseconds.
    #[serde(rename = "channelLatencyMs", skip_serializing_if = "Option::is_none")]
    pub channel_latency_ms: Option<String>,
    /// JSON member `latencyResultCode`: string; listed as required in the schema.
    #[serde(rename = "latencyResultCode", skip_serializing_if = "Option::is_none")]
    pub latency_result_code: Option<String>,
}
impl rt::Members for MediaLiveEventChannelArchiveHeartbeatEventData {
    const NAMES: &'static [&'static str] = &["channelLatencyMs", "latencyResultCode"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "channelLatencyMs" => Some(0usize),
            "latencyResultCode" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut channel_latency_ms = None;
        let mut latency_result_code = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut channel_latency_ms,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut latency_result_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            channel_latency_ms,
            latency_result_code,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaLiveEventChannelArchiveHeartbeatEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.LiveEventConnectionRejected` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaLiveEventConnectionRejectedEventData {
    /// JSON member `encoderIp`: string.
    #[serde(rename = "encoderIp", skip_serializing_if = "Option::is_none")]
    pub encoder_ip: Option<String>,
    /// JSON member `encoderPort`: string.
    #[serde(rename = "encoderPort", skip_serializing_if = "Option::is_none")]
    pub encoder_port: Option<String>,
    /// JSON member `ingestUrl`: string.
    #[serde(rename = "ingestUrl", skip_serializing_if = "Option::is_none")]
    pub ingest_url: Option<String>,
    /// JSON member `resultCode`: string.
    #[serde(rename = "resultCode", skip_serializing_if = "Option::is_none")]
    pub result_code: Option<String>,
    /// JSON member `streamId`: string.
    #[serde(rename = "streamId", skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl rt::Members for MediaLiveEventConnectionRejectedEventData {
    const NAMES: &'static [&'static str] = &[
        "encoderIp",
        "encoderPort",
        "ingestUrl",
        "resultCode",
        "streamId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "encoderIp" => Some(0usize),
            "encoderPort" => Some(1usize),
            "ingestUrl" => Some(2usize),
            "resultCode" => Some(3usize),
            "streamId" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut encoder_ip = None;
        let mut encoder_port = None;
        let mut ingest_url = None;
        let mut result_code = None;
        let mut stream_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut encoder_ip,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut encoder_port,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut ingest_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut result_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut stream_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            encoder_ip,
            encoder_port,
            ingest_url,
            result_code,
            stream_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaLiveEventConnectionRejectedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.LiveEventEncoderConnected` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaLiveEventEncoderConnectedEventData {
    /// JSON member `encoderIp`: string.
    #[serde(rename = "encoderIp", skip_serializing_if = "Option::is_none")]
    pub encoder_ip: Option<String>,
    /// JSON member `encoderPort`: string.
    #[serde(rename = "encoderPort", skip_serializing_if = "Option::is_none")]
    pub encoder_port: Option<String>,
    /// JSON member `ingestUrl`: string.
    #[serde(rename = "ingestUrl", skip_serializing_if = "Option::is_none")]
    pub ingest_url: Option<String>,
    /// JSON member `streamId`: string.
    #[serde(rename = "streamId", skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl rt::Members for MediaLiveEventEncoderConnectedEventData {
    const NAMES: &'static [&'static str] = &[
        "encoderIp",
        "encoderPort",
        "ingestUrl",
        "streamId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "encoderIp" => Some(0usize),
            "encoderPort" => Some(1usize),
            "ingestUrl" => Some(2usize),
            "streamId" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut encoder_ip = None;
        let mut encoder_port = None;
        let mut ingest_url = None;
        let mut stream_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut encoder_ip,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut encoder_port,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut ingest_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut stream_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            encoder_ip,
            encoder_port,
            ingest_url,
            stream_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaLiveEventEncoderConnectedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.LiveEventEncoderDisconnected` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaLiveEventEncoderDisconnectedEventData {
    /// JSON member `encoderIp`: string.
    #[serde(rename = "encoderIp", skip_serializing_if = "Option::is_none")]
    pub encoder_ip: Option<String>,
    /// JSON member `encoderPort`: string.
    #[serde(rename = "encoderPort", skip_serializing_if = "Option::is_none")]
    pub encoder_port: Option<String>,
    /// JSON member `ingestUrl`: string.
    #[serde(rename = "ingestUrl", skip_serializing_if = "Option::is_none")]
    pub ingest_url: Option<String>,
    /// JSON member `resultCode`: string.
    #[serde(rename = "resultCode", skip_serializing_if = "Option::is_none")]
    pub result_code: Option<String>,
    /// JSON member `streamId`: string.
    #[serde(rename = "streamId", skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
}
impl rt::Members for MediaLiveEventEncoderDisconnectedEventData {
    const NAMES: &'static [&'static str] = &[
        "encoderIp",
        "encoderPort",
        "ingestUrl",
        "resultCode",
        "streamId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "encoderIp" => Some(0usize),
            "encoderPort" => Some(1usize),
            "ingestUrl" => Some(2usize),
            "resultCode" => Some(3usize),
            "streamId" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut encoder_ip = None;
        let mut encoder_port = None;
        let mut ingest_url = None;
        let mut result_code = None;
        let mut stream_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut encoder_ip,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut encoder_port,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut ingest_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut result_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut stream_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            encoder_ip,
            encoder_port,
            ingest_url,
            result_code,
            stream_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaLiveEventEncoderDisconnectedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.LiveEventIncomingDataChunkDropped` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaLiveEventIncomingDataChunkDroppedEventData {
    /// JSON member `bitrate`: integer (int64).
    #[serde(rename = "bitrate", skip_serializing_if = "Option::is_none")]
    pub bitrate: Option<i64>,
    /// JSON member `resultCode`: string.
    #[serde(rename = "resultCode", skip_serializing_if = "Option::is_none")]
    pub result_code: Option<String>,
    /// JSON member `timescale`: string.
    #[serde(rename = "timescale", skip_serializing_if = "Option::is_none")]
    pub timescale: Option<String>,
    /// JSON member `timestamp`: string.
    #[serde(rename = "timestamp", skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// JSON member `trackName`: string.
    #[serde(rename = "trackName", skip_serializing_if = "Option::is_none")]
    pub track_name: Option<String>,
    /// JSON member `trackType`: string.
    #[serde(rename = "trackType", skip_serializing_if = "Option::is_none")]
    pub track_type: Option<String>,
}
impl rt::Members for MediaLiveEventIncomingDataChunkDroppedEventData {
    const NAMES: &'static [&'static str] = &[
        "bitrate",
        "resultCode",
        "timescale",
        "timestamp",
        "trackName",
        "trackType",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "bitrate" => Some(0usize),
            "resultCode" => Some(1usize),
            "timescale" => Some(2usize),
            "timestamp" => Some(3usize),
            "trackName" => Some(4usize),
            "trackType" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut bitrate = None;
        let mut result_code = None;
        let mut timescale = None;
        let mut timestamp = None;
        let mut track_name = None;
        let mut track_type = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut bitrate, rt::Num::<i64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut result_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timescale,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut track_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut track_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            bitrate,
            result_code,
            timescale,
            timestamp,
            track_name,
            track_type,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaLiveEventIncomingDataChunkDroppedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.LiveEventIncomingStreamReceived` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaLiveEventIncomingStreamReceivedEventData {
    /// JSON member `bitrate`: integer (int64).
    #[serde(rename = "bitrate", skip_serializing_if = "Option::is_none")]
    pub bitrate: Option<i64>,
    /// JSON member `duration`: string.
    #[serde(rename = "duration", skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// JSON member `encoderIp`: string.
    #[serde(rename = "encoderIp", skip_serializing_if = "Option::is_none")]
    pub encoder_ip: Option<String>,
    /// JSON member `encoderPort`: string.
    #[serde(rename = "encoderPort", skip_serializing_if = "Option::is_none")]
    pub encoder_port: Option<String>,
    /// JSON member `ingestUrl`: string.
    #[serde(rename = "ingestUrl", skip_serializing_if = "Option::is_none")]
    pub ingest_url: Option<String>,
    /// JSON member `timescale`: string.
    #[serde(rename = "timescale", skip_serializing_if = "Option::is_none")]
    pub timescale: Option<String>,
    /// JSON member `timestamp`: string.
    #[serde(rename = "timestamp", skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// JSON member `trackName`: string.
    #[serde(rename = "trackName", skip_serializing_if = "Option::is_none")]
    pub track_name: Option<String>,
    /// JSON member `trackType`: string.
    #[serde(rename = "trackType", skip_serializing_if = "Option::is_none")]
    pub track_type: Option<String>,
}
impl rt::Members for MediaLiveEventIncomingStreamReceivedEventData {
    const NAMES: &'static [&'static str] = &[
        "bitrate",
        "duration",
        "encoderIp",
        "encoderPort",
        "ingestUrl",
        "timescale",
        "timestamp",
        "trackName",
        "trackType",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "bitrate" => Some(0usize),
            "duration" => Some(1usize),
            "encoderIp" => Some(2usize),
            "encoderPort" => Some(3usize),
            "ingestUrl" => Some(4usize),
            "timescale" => Some(5usize),
            "timestamp" => Some(6usize),
            "trackName" => Some(7usize),
            "trackType" => Some(8usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut bitrate = None;
        let mut duration = None;
        let mut encoder_ip = None;
        let mut encoder_port = None;
        let mut ingest_url = None;
        let mut timescale = None;
        let mut timestamp = None;
        let mut track_name = None;
        let mut track_type = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut bitrate, rt::Num::<i64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut duration,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut encoder_ip,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut encoder_port,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut ingest_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timescale,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut track_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut track_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            bitrate,
            duration,
            encoder_ip,
            encoder_port,
            ingest_url,
            timescale,
            timestamp,
            track_name,
            track_type,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaLiveEventIncomingStreamReceivedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.LiveEventIncomingStreamsOutOfSync` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaLiveEventIncomingStreamsOutOfSyncEventData {
    /// JSON member `maxLastTimestamp`: string.
    #[serde(rename = "maxLastTimestamp", skip_serializing_if = "Option::is_none")]
    pub max_last_timestamp: Option<String>,
    /// JSON member `minLastTimestamp`: string.
    #[serde(rename = "minLastTimestamp", skip_serializing_if = "Option::is_none")]
    pub min_last_timestamp: Option<String>,
    /// JSON member `timescaleOfMaxLastTimestamp`: string.
    #[serde(
        rename = "timescaleOfMaxLastTimestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub timescale_of_max_last_timestamp: Option<String>,
    /// JSON member `timescaleOfMinLastTimestamp`: string.
    #[serde(
        rename = "timescaleOfMinLastTimestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub timescale_of_min_last_timestamp: Option<String>,
    /// JSON member `typeOfStreamWithMaxLastTimestamp`: string.
    #[serde(
        rename = "typeOfStreamWithMaxLastTimestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub type_of_stream_with_max_last_timestamp: Option<String>,
    /// JSON member `typeOfStreamWithMinLastTimestamp`: string.
    #[serde(
        rename = "typeOfStreamWithMinLastTimestamp",
        skip_serializing_if = "Option::is_none"
    )]
    pub type_of_stream_with_min_last_timestamp: Option<String>,
}
impl rt::Members for MediaLiveEventIncomingStreamsOutOfSyncEventData {
    const NAMES: &'static [&'static str] = &[
        "maxLastTimestamp",
        "minLastTimestamp",
        "timescaleOfMaxLastTimestamp",
        "timescaleOfMinLastTimestamp",
        "typeOfStreamWithMaxLastTimestamp",
        "typeOfStreamWithMinLastTimestamp",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "maxLastTimestamp" => Some(0usize),
            "minLastTimestamp" => Some(1usize),
            "timescaleOfMaxLastTimestamp" => Some(2usize),
            "timescaleOfMinLastTimestamp" => Some(3usize),
            "typeOfStreamWithMaxLastTimestamp" => Some(4usize),
            "typeOfStreamWithMinLastTimestamp" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut max_last_timestamp = None;
        let mut min_last_timestamp = None;
        let mut timescale_of_max_last_timestamp = None;
        let mut timescale_of_min_last_timestamp = None;
        let mut type_of_stream_with_max_last_timestamp = None;
        let mut type_of_stream_with_min_last_timestamp = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut max_last_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut min_last_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timescale_of_max_last_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timescale_of_min_last_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut type_of_stream_with_max_last_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut type_of_stream_with_min_last_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            max_last_timestamp,
            min_last_timestamp,
            timescale_of_max_last_timestamp,
            timescale_of_min_last_timestamp,
            type_of_stream_with_max_last_timestamp,
            type_of_stream_with_min_last_timestamp,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaLiveEventIncomingStreamsOutOfSyncEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.LiveEventIncomingVideoStreamsOutOfSync` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaLiveEventIncomingVideoStreamsOutOfSyncEventData {
    /// JSON member `firstDuration`: string.
    #[serde(rename = "firstDuration", skip_serializing_if = "Option::is_none")]
    pub first_duration: Option<String>,
    /// JSON member `firstTimestamp`: string.
    #[serde(rename = "firstTimestamp", skip_serializing_if = "Option::is_none")]
    pub first_timestamp: Option<String>,
    /// JSON member `secondDuration`: string.
    #[serde(rename = "secondDuration", skip_serializing_if = "Option::is_none")]
    pub second_duration: Option<String>,
    /// JSON member `secondTimestamp`: string.
    #[serde(rename = "secondTimestamp", skip_serializing_if = "Option::is_none")]
    pub second_timestamp: Option<String>,
    /// JSON member `timescale`: string.
    #[serde(rename = "timescale", skip_serializing_if = "Option::is_none")]
    pub timescale: Option<String>,
}
impl rt::Members for MediaLiveEventIncomingVideoStreamsOutOfSyncEventData {
    const NAMES: &'static [&'static str] = &[
        "firstDuration",
        "firstTimestamp",
        "secondDuration",
        "secondTimestamp",
        "timescale",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "firstDuration" => Some(0usize),
            "firstTimestamp" => Some(1usize),
            "secondDuration" => Some(2usize),
            "secondTimestamp" => Some(3usize),
            "timescale" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut first_duration = None;
        let mut first_timestamp = None;
        let mut second_duration = None;
        let mut second_timestamp = None;
        let mut timescale = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut first_duration,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut first_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut second_duration,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut second_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timescale,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            first_duration,
            first_timestamp,
            second_duration,
            second_timestamp,
            timescale,
        })
    }
}
impl<'de> serde::Deserialize<'de>
for MediaLiveEventIncomingVideoStreamsOutOfSyncEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.LiveEventIngestHeartbeat` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaLiveEventIngestHeartbeatEventData {
    /// JSON member `bitrate`: integer (int64).
    #[serde(rename = "bitrate", skip_serializing_if = "Option::is_none")]
    pub bitrate: Option<i64>,
    /// JSON member `discontinuityCount`: integer (int64).
    #[serde(rename = "discontinuityCount", skip_serializing_if = "Option::is_none")]
    pub discontinuity_count: Option<i64>,
    /// JSON member `healthy`: boolean.
    #[serde(rename = "healthy", skip_serializing_if = "Option::is_none")]
    pub healthy: Option<bool>,
    /// JSON member `incomingBitrate`: integer (int64).
    #[serde(rename = "incomingBitrate", skip_serializing_if = "Option::is_none")]
    pub incoming_bitrate: Option<i64>,
    /// JSON member `ingestDriftValue`: string.
    #[serde(rename = "ingestDriftValue", skip_serializing_if = "Option::is_none")]
    pub ingest_drift_value: Option<String>,
    /// JSON member `lastFragmentArrivalTime`: string.
    #[serde(rename = "lastFragmentArrivalTime", skip_serializing_if = "Option::is_none")]
    pub last_fragment_arrival_time: Option<String>,
    /// JSON member `lastTimestamp`: string.
    #[serde(rename = "lastTimestamp", skip_serializing_if = "Option::is_none")]
    pub last_timestamp: Option<String>,
    /// JSON member `nonincreasingCount`: integer (int64).
    #[serde(rename = "nonincreasingCount", skip_serializing_if = "Option::is_none")]
    pub nonincreasing_count: Option<i64>,
    /// JSON member `overlapCount`: integer (int64).
    #[serde(rename = "overlapCount", skip_serializing_if = "Option::is_none")]
    pub overlap_count: Option<i64>,
    /// JSON member `state`: string.
    #[serde(rename = "state", skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// JSON member `timescale`: string.
    #[serde(rename = "timescale", skip_serializing_if = "Option::is_none")]
    pub timescale: Option<String>,
    /// JSON member `trackName`: string.
    #[serde(rename = "trackName", skip_serializing_if = "Option::is_none")]
    pub track_name: Option<String>,
    /// JSON member `trackType`: string.
    #[serde(rename = "trackType", skip_serializing_if = "Option::is_none")]
    pub track_type: Option<String>,
    /// JSON member `transcriptionLanguage`: string.
    #[serde(rename = "transcriptionLanguage", skip_serializing_if = "Option::is_none")]
    pub transcription_language: Option<String>,
    /// JSON member `transcriptionState`: string.
    #[serde(rename = "transcriptionState", skip_serializing_if = "Option::is_none")]
    pub transcription_state: Option<String>,
    /// JSON member `unexpectedBitrate`: boolean.
    #[serde(rename = "unexpectedBitrate", skip_serializing_if = "Option::is_none")]
    pub unexpected_bitrate: Option<bool>,
}
impl rt::Members for MediaLiveEventIngestHeartbeatEventData {
    const NAMES: &'static [&'static str] = &[
        "bitrate",
        "discontinuityCount",
        "healthy",
        "incomingBitrate",
        "ingestDriftValue",
        "lastFragmentArrivalTime",
        "lastTimestamp",
        "nonincreasingCount",
        "overlapCount",
        "state",
        "timescale",
        "trackName",
        "trackType",
        "transcriptionLanguage",
        "transcriptionState",
        "unexpectedBitrate",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "bitrate" => Some(0usize),
            "discontinuityCount" => Some(1usize),
            "healthy" => Some(2usize),
            "incomingBitrate" => Some(3usize),
            "ingestDriftValue" => Some(4usize),
            "lastFragmentArrivalTime" => Some(5usize),
            "lastTimestamp" => Some(6usize),
            "nonincreasingCount" => Some(7usize),
            "overlapCount" => Some(8usize),
            "state" => Some(9usize),
            "timescale" => Some(10usize),
            "trackName" => Some(11usize),
            "trackType" => Some(12usize),
            "transcriptionLanguage" => Some(13usize),
            "transcriptionState" => Some(14usize),
            "unexpectedBitrate" => Some(15usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut bitrate = None;
        let mut discontinuity_count = None;
        let mut healthy = None;
        let mut incoming_bitrate = None;
        let mut ingest_drift_value = None;
        let mut last_fragment_arrival_time = None;
        let mut last_timestamp = None;
        let mut nonincreasing_count = None;
        let mut overlap_count = None;
        let mut state = None;
        let mut timescale = None;
        let mut track_name = None;
        let mut track_type = None;
        let mut transcription_language = None;
        let mut transcription_state = None;
        let mut unexpected_bitrate = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut bitrate, rt::Num::<i64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut discontinuity_count,
                            rt::Num::<i64>::new(),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut healthy, rt::Flag)?;
                }
                3usize => {
                    members_
                        .read(&mut map_, &mut incoming_bitrate, rt::Num::<i64>::new())?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut ingest_drift_value,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut last_fragment_arrival_time,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut last_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut nonincreasing_count,
                            rt::Num::<i64>::new(),
                        )?;
                }
                8usize => {
                    members_.read(&mut map_, &mut overlap_count, rt::Num::<i64>::new())?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut state,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timescale,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                11usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut track_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                12usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut track_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                13usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transcription_language,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                14usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut transcription_state,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                15usize => {
                    members_.read(&mut map_, &mut unexpected_bitrate, rt::Flag)?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            bitrate,
            discontinuity_count,
            healthy,
            incoming_bitrate,
            ingest_drift_value,
            last_fragment_arrival_time,
            last_timestamp,
            nonincreasing_count,
            overlap_count,
            state,
            timescale,
            track_name,
            track_type,
            transcription_language,
            transcription_state,
            unexpected_bitrate,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaLiveEventIngestHeartbeatEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Media.LiveEventTrackDiscontinuityDetected` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MediaLiveEventTrackDiscontinuityDetectedEventData {
    /// JSON member `bitrate`: integer (int64).
    #[serde(rename = "bitrate", skip_serializing_if = "Option::is_none")]
    pub bitrate: Option<i64>,
    /// JSON member `discontinuityGap`: string.
    #[serde(rename = "discontinuityGap", skip_serializing_if = "Option::is_none")]
    pub discontinuity_gap: Option<String>,
    /// JSON member `newTimestamp`: string.
    #[serde(rename = "newTimestamp", skip_serializing_if = "Option::is_none")]
    pub new_timestamp: Option<String>,
    /// JSON member `previousTimestamp`: string.
    #[serde(rename = "previousTimestamp", skip_serializing_if = "Option::is_none")]
    pub previous_timestamp: Option<String>,
    /// JSON member `timescale`: string.
    #[serde(rename = "timescale", skip_serializing_if = "Option::is_none")]
    pub timescale: Option<String>,
    /// JSON member `trackName`: string.
    #[serde(rename = "trackName", skip_serializing_if = "Option::is_none")]
    pub track_name: Option<String>,
    /// JSON member `trackType`: string.
    #[serde(rename = "trackType", skip_serializing_if = "Option::is_none")]
    pub track_type: Option<String>,
}
impl rt::Members for MediaLiveEventTrackDiscontinuityDetectedEventData {
    const NAMES: &'static [&'static str] = &[
        "bitrate",
        "discontinuityGap",
        "newTimestamp",
        "previousTimestamp",
        "timescale",
        "trackName",
        "trackType",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "bitrate" => Some(0usize),
            "discontinuityGap" => Some(1usize),
            "newTimestamp" => Some(2usize),
            "previousTimestamp" => Some(3usize),
            "timescale" => Some(4usize),
            "trackName" => Some(5usize),
            "trackType" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut bitrate = None;
        let mut discontinuity_gap = None;
        let mut new_timestamp = None;
        let mut previous_timestamp = None;
        let mut timescale = None;
        let mut track_name = None;
        let mut track_type = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut bitrate, rt::Num::<i64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut discontinuity_gap,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut new_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut previous_timestamp,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timescale,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut track_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut track_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            bitrate,
            discontinuity_gap,
            new_timestamp,
            previous_timestamp,
            timescale,
            track_name,
            track_type,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MediaLiveEventTrackDiscontinuityDetectedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
