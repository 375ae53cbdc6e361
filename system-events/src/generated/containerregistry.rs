// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The schema type `ContainerRegistryArtifactEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerRegistryArtifactEventData {
    /// JSON member `action`: string; listed as required in the schema.
    #[serde(rename = "action", skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// JSON member `connectedRegistry`: [`ContainerRegistryEventConnectedRegistry`].
    #[serde(rename = "connectedRegistry", skip_serializing_if = "Option::is_none")]
    pub connected_registry: Option<ContainerRegistryEventConnectedRegistry>,
    /// JSON member `id`: string; listed as required in the schema.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `location`: string; listed as required in the schema.
    #[serde(rename = "location", skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// JSON member `target`: [`ContainerRegistryArtifactEventTarget`]; listed as required in the schema.
    #[serde(rename = "target", skip_serializing_if = "Option::is_none")]
    pub target: Option<ContainerRegistryArtifactEventTarget>,
    /// JSON member `timestamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "timestamp", skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<rt::Timestamp>,
}
impl rt::Members for ContainerRegistryArtifactEventData {
    const NAMES: &'static [&'static str] = &[
        "action",
        "connectedRegistry",
        "id",
        "location",
        "target",
        "timestamp",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "action" => Some(0usize),
            "connectedRegistry" => Some(1usize),
            "id" => Some(2usize),
            "location" => Some(3usize),
            "target" => Some(4usize),
            "timestamp" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut action = None;
        let mut connected_registry = None;
        let mut id = None;
        let mut location = None;
        let mut target = None;
        let mut timestamp = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut action,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut connected_registry,
                            rt::Nullable(
                                rt::Plain::<ContainerRegistryEventConnectedRegistry>::new(),
                            ),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut location,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut target,
                            rt::Nullable(
                                rt::Plain::<ContainerRegistryArtifactEventTarget>::new(),
                            ),
                        )?;
                }
                5usize => {
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
            action,
            connected_registry,
            id,
            location,
            target,
            timestamp,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ContainerRegistryArtifactEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ContainerRegistryArtifactEventTarget`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerRegistryArtifactEventTarget {
    /// JSON member `digest`: string.
    #[serde(rename = "digest", skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    /// JSON member `mediaType`: string; listed as required in the schema.
    #[serde(rename = "mediaType", skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `repository`: string; listed as required in the schema.
    #[serde(rename = "repository", skip_serializing_if = "Option::is_none")]
    pub repository: Option<String>,
    /// JSON member `size`: integer (int64). Unit: bytes.
    #[serde(rename = "size", skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// JSON member `tag`: string.
    #[serde(rename = "tag", skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// JSON member `version`: string.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for ContainerRegistryArtifactEventTarget {
    const NAMES: &'static [&'static str] = &[
        "digest",
        "mediaType",
        "name",
        "repository",
        "size",
        "tag",
        "version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "digest" => Some(0usize),
            "mediaType" => Some(1usize),
            "name" => Some(2usize),
            "repository" => Some(3usize),
            "size" => Some(4usize),
            "tag" => Some(5usize),
            "version" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut digest = None;
        let mut media_type = None;
        let mut name = None;
        let mut repository = None;
        let mut size = None;
        let mut tag = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut digest,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut media_type,
                            rt::Nullable(rt::Plain::<String>::new()),
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
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut repository,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut size, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tag,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            digest,
            media_type,
            name,
            repository,
            size,
            tag,
            version,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ContainerRegistryArtifactEventTarget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ContainerRegistry.ChartDeleted` event. Same members as [`ContainerRegistryArtifactEventData`].
pub type ContainerRegistryChartDeletedEventData = ContainerRegistryArtifactEventData;
/// The data of the `Microsoft.ContainerRegistry.ChartPushed` event. Same members as [`ContainerRegistryArtifactEventData`].
pub type ContainerRegistryChartPushedEventData = ContainerRegistryArtifactEventData;
/// The schema type `ContainerRegistryEventActor`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerRegistryEventActor {
    /// JSON member `name`: string.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl rt::Members for ContainerRegistryEventActor {
    const NAMES: &'static [&'static str] = &["name"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "name" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
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
        Ok(Self { name })
    }
}
impl<'de> serde::Deserialize<'de> for ContainerRegistryEventActor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ContainerRegistryEventConnectedRegistry`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerRegistryEventConnectedRegistry {
    /// JSON member `name`: string; listed as required in the schema.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl rt::Members for ContainerRegistryEventConnectedRegistry {
    const NAMES: &'static [&'static str] = &["name"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "name" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
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
        Ok(Self { name })
    }
}
impl<'de> serde::Deserialize<'de> for ContainerRegistryEventConnectedRegistry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ContainerRegistryEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerRegistryEventData {
    /// JSON member `action`: string; listed as required in the schema.
    #[serde(rename = "action", skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// JSON member `actor`: [`ContainerRegistryEventActor`].
    #[serde(rename = "actor", skip_serializing_if = "Option::is_none")]
    pub actor: Option<ContainerRegistryEventActor>,
    /// JSON member `connectedRegistry`: [`ContainerRegistryEventConnectedRegistry`].
    #[serde(rename = "connectedRegistry", skip_serializing_if = "Option::is_none")]
    pub connected_registry: Option<ContainerRegistryEventConnectedRegistry>,
    /// JSON member `id`: string; listed as required in the schema.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `location`: string; listed as required in the schema.
    #[serde(rename = "location", skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// JSON member `request`: [`ContainerRegistryEventRequest`].
    #[serde(rename = "request", skip_serializing_if = "Option::is_none")]
    pub request: Option<ContainerRegistryEventRequest>,
    /// JSON member `source`: [`ContainerRegistryEventSource`].
    #[serde(rename = "source", skip_serializing_if = "Option::is_none")]
    pub source: Option<ContainerRegistryEventSource>,
    /// JSON member `target`: [`ContainerRegistryEventTarget`]; listed as required in the schema.
    #[serde(rename = "target", skip_serializing_if = "Option::is_none")]
    pub target: Option<ContainerRegistryEventTarget>,
    /// JSON member `timestamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "timestamp", skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<rt::Timestamp>,
}
impl rt::Members for ContainerRegistryEventData {
    const NAMES: &'static [&'static str] = &[
        "action",
        "actor",
        "connectedRegistry",
        "id",
        "location",
        "request",
        "source",
        "target",
        "timestamp",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "action" => Some(0usize),
            "actor" => Some(1usize),
            "connectedRegistry" => Some(2usize),
            "id" => Some(3usize),
            "location" => Some(4usize),
            "request" => Some(5usize),
            "source" => Some(6usize),
            "target" => Some(7usize),
            "timestamp" => Some(8usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut action = None;
        let mut actor = None;
        let mut connected_registry = None;
        let mut id = None;
        let mut location = None;
        let mut request = None;
        let mut source = None;
        let mut target = None;
        let mut timestamp = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut action,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut actor,
                            rt::Nullable(rt::Plain::<ContainerRegistryEventActor>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut connected_registry,
                            rt::Nullable(
                                rt::Plain::<ContainerRegistryEventConnectedRegistry>::new(),
                            ),
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
                            &mut location,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request,
                            rt::Nullable(
                                rt::Plain::<ContainerRegistryEventRequest>::new(),
                            ),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut source,
                            rt::Nullable(
                                rt::Plain::<ContainerRegistryEventSource>::new(),
                            ),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut target,
                            rt::Nullable(
                                rt::Plain::<ContainerRegistryEventTarget>::new(),
                            ),
                        )?;
                }
                8usize => {
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
            action,
            actor,
            connected_registry,
            id,
            location,
            request,
            source,
            target,
            timestamp,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ContainerRegistryEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ContainerRegistryEventRequest`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerRegistryEventRequest {
    /// JSON member `addr`: string.
    #[serde(rename = "addr", skip_serializing_if = "Option::is_none")]
    pub addr: Option<String>,
    /// JSON member `host`: string; listed as required in the schema.
    #[serde(rename = "host", skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// JSON member `id`: string; listed as required in the schema.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `method`: string; listed as required in the schema.
    #[serde(rename = "method", skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// JSON member `useragent`: string.
    #[serde(rename = "useragent", skip_serializing_if = "Option::is_none")]
    pub useragent: Option<String>,
}
impl rt::Members for ContainerRegistryEventRequest {
    const NAMES: &'static [&'static str] = &[
        "addr",
        "host",
        "id",
        "method",
        "useragent",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "addr" => Some(0usize),
            "host" => Some(1usize),
            "id" => Some(2usize),
            "method" => Some(3usize),
            "useragent" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut addr = None;
        let mut host = None;
        let mut id = None;
        let mut method = None;
        let mut useragent = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut addr,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut host,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut method,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut useragent,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            addr,
            host,
            id,
            method,
            useragent,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ContainerRegistryEventRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ContainerRegistryEventSource`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerRegistryEventSource {
    /// JSON member `addr`: string.
    #[serde(rename = "addr", skip_serializing_if = "Option::is_none")]
    pub addr: Option<String>,
    /// JSON member `instanceID`: string.
    #[serde(rename = "instanceID", skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
}
impl rt::Members for ContainerRegistryEventSource {
    const NAMES: &'static [&'static str] = &["addr", "instanceID"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "addr" => Some(0usize),
            "instanceID" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut addr = None;
        let mut instance_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut addr,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut instance_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { addr, instance_id })
    }
}
impl<'de> serde::Deserialize<'de> for ContainerRegistryEventSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ContainerRegistryEventTarget`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerRegistryEventTarget {
    /// JSON member `digest`: string.
    #[serde(rename = "digest", skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
    /// JSON member `length`: integer (int64). Unit: bytes.
    #[serde(rename = "length", skip_serializing_if = "Option::is_none")]
    pub length: Option<i64>,
    /// JSON member `mediaType`: string; listed as required in the schema.
    #[serde(rename = "mediaType", skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// JSON member `repository`: string; listed as required in the schema.
    #[serde(rename = "repository", skip_serializing_if = "Option::is_none")]
    pub repository: Option<String>,
    /// JSON member `size`: integer (int64). Unit: bytes.
    #[serde(rename = "size", skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// JSON member `tag`: string.
    #[serde(rename = "tag", skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// JSON member `url`: string.
    #[serde(rename = "url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl rt::Members for ContainerRegistryEventTarget {
    const NAMES: &'static [&'static str] = &[
        "digest",
        "length",
        "mediaType",
        "repository",
        "size",
        "tag",
        "url",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "digest" => Some(0usize),
            "length" => Some(1usize),
            "mediaType" => Some(2usize),
            "repository" => Some(3usize),
            "size" => Some(4usize),
            "tag" => Some(5usize),
            "url" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut digest = None;
        let mut length = None;
        let mut media_type = None;
        let mut repository = None;
        let mut size = None;
        let mut tag = None;
        let mut url = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut digest,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_.read(&mut map_, &mut length, rt::Num::<i64>::new())?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut media_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut repository,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_.read(&mut map_, &mut size, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tag,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            digest,
            length,
            media_type,
            repository,
            size,
            tag,
            url,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ContainerRegistryEventTarget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ContainerRegistry.ImageDeleted` event. Same members as [`ContainerRegistryEventData`].
pub type ContainerRegistryImageDeletedEventData = ContainerRegistryEventData;
/// The data of the `Microsoft.ContainerRegistry.ImagePushed` event. Same members as [`ContainerRegistryEventData`].
pub type ContainerRegistryImagePushedEventData = ContainerRegistryEventData;
