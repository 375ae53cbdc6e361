// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.AppConfiguration.KeyValueDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AppConfigurationKeyValueDeletedEventData {
    /// JSON member `etag`: string; listed as required in the schema.
    #[serde(rename = "etag", skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// JSON member `key`: string; listed as required in the schema.
    #[serde(rename = "key", skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// JSON member `label`: string; listed as required in the schema.
    #[serde(rename = "label", skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// JSON member `syncToken`: string; listed as required in the schema.
    #[serde(rename = "syncToken", skip_serializing_if = "Option::is_none")]
    pub sync_token: Option<String>,
}
impl rt::Members for AppConfigurationKeyValueDeletedEventData {
    const NAMES: &'static [&'static str] = &["etag", "key", "label", "syncToken"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "etag" => Some(0usize),
            "key" => Some(1usize),
            "label" => Some(2usize),
            "syncToken" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut etag = None;
        let mut key = None;
        let mut label = None;
        let mut sync_token = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut etag,
                            rt::Nullable(rt::Plain::<String>::new()),
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
                        .read(
                            &mut map_,
                            &mut label,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sync_token,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            etag,
            key,
            label,
            sync_token,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AppConfigurationKeyValueDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.AppConfiguration.KeyValueModified` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AppConfigurationKeyValueModifiedEventData {
    /// JSON member `etag`: string; listed as required in the schema.
    #[serde(rename = "etag", skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// JSON member `key`: string; listed as required in the schema.
    #[serde(rename = "key", skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// JSON member `label`: string; listed as required in the schema; may be null.
    #[serde(rename = "label", skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// JSON member `syncToken`: string; listed as required in the schema.
    #[serde(rename = "syncToken", skip_serializing_if = "Option::is_none")]
    pub sync_token: Option<String>,
}
impl rt::Members for AppConfigurationKeyValueModifiedEventData {
    const NAMES: &'static [&'static str] = &["etag", "key", "label", "syncToken"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "etag" => Some(0usize),
            "key" => Some(1usize),
            "label" => Some(2usize),
            "syncToken" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut etag = None;
        let mut key = None;
        let mut label = None;
        let mut sync_token = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut etag,
                            rt::Nullable(rt::Plain::<String>::new()),
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
                        .read(
                            &mut map_,
                            &mut label,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sync_token,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            etag,
            key,
            label,
            sync_token,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AppConfigurationKeyValueModifiedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.AppConfiguration.SnapshotCreated` event. Same members as [`AppConfigurationSnapshotEventData`].
pub type AppConfigurationSnapshotCreatedEventData = AppConfigurationSnapshotEventData;
/// The schema type `AppConfigurationSnapshotEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AppConfigurationSnapshotEventData {
    /// JSON member `etag`: string; listed as required in the schema.
    #[serde(rename = "etag", skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// JSON member `name`: string; listed as required in the schema.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `syncToken`: string; listed as required in the schema.
    #[serde(rename = "syncToken", skip_serializing_if = "Option::is_none")]
    pub sync_token: Option<String>,
}
impl rt::Members for AppConfigurationSnapshotEventData {
    const NAMES: &'static [&'static str] = &["etag", "name", "syncToken"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "etag" => Some(0usize),
            "name" => Some(1usize),
            "syncToken" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut etag = None;
        let mut name = None;
        let mut sync_token = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut etag,
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
                            &mut sync_token,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { etag, name, sync_token })
    }
}
impl<'de> serde::Deserialize<'de> for AppConfigurationSnapshotEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.AppConfiguration.SnapshotModified` event. Same members as [`AppConfigurationSnapshotEventData`].
pub type AppConfigurationSnapshotModifiedEventData = AppConfigurationSnapshotEventData;
