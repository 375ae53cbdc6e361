// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The schema type `DeviceConnectionStateEventInfo`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeviceConnectionStateEventInfo {
    /// JSON member `sequenceNumber`: string; listed as required in the schema.
    #[serde(rename = "sequenceNumber", skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<String>,
}
impl rt::Members for DeviceConnectionStateEventInfo {
    const NAMES: &'static [&'static str] = &["sequenceNumber"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "sequenceNumber" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut sequence_number = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut sequence_number,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { sequence_number })
    }
}
impl<'de> serde::Deserialize<'de> for DeviceConnectionStateEventInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `DeviceConnectionStateEventProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeviceConnectionStateEventProperties {
    /// JSON member `deviceConnectionStateEventInfo`: [`DeviceConnectionStateEventInfo`]; listed as required in the schema.
    #[serde(
        rename = "deviceConnectionStateEventInfo",
        skip_serializing_if = "Option::is_none"
    )]
    pub device_connection_state_event_info: Option<DeviceConnectionStateEventInfo>,
    /// JSON member `deviceId`: string; listed as required in the schema.
    #[serde(rename = "deviceId", skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// JSON member `hubName`: string; listed as required in the schema.
    #[serde(rename = "hubName", skip_serializing_if = "Option::is_none")]
    pub hub_name: Option<String>,
    /// JSON member `moduleId`: string.
    #[serde(rename = "moduleId", skip_serializing_if = "Option::is_none")]
    pub module_id: Option<String>,
}
impl rt::Members for DeviceConnectionStateEventProperties {
    const NAMES: &'static [&'static str] = &[
        "deviceConnectionStateEventInfo",
        "deviceId",
        "hubName",
        "moduleId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "deviceConnectionStateEventInfo" => Some(0usize),
            "deviceId" => Some(1usize),
            "hubName" => Some(2usize),
            "moduleId" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut device_connection_state_event_info = None;
        let mut device_id = None;
        let mut hub_name = None;
        let mut module_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut device_connection_state_event_info,
                            rt::Nullable(
                                rt::Plain::<DeviceConnectionStateEventInfo>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut device_id,
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
                            &mut module_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            device_connection_state_event_info,
            device_id,
            hub_name,
            module_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for DeviceConnectionStateEventProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `DeviceLifeCycleEventProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeviceLifeCycleEventProperties {
    /// JSON member `deviceId`: string; listed as required in the schema.
    #[serde(rename = "deviceId", skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// JSON member `hubName`: string; listed as required in the schema.
    #[serde(rename = "hubName", skip_serializing_if = "Option::is_none")]
    pub hub_name: Option<String>,
    /// JSON member `twin`: [`DeviceTwinInfo`]; listed as required in the schema.
    #[serde(rename = "twin", skip_serializing_if = "Option::is_none")]
    pub twin: Option<DeviceTwinInfo>,
}
impl rt::Members for DeviceLifeCycleEventProperties {
    const NAMES: &'static [&'static str] = &["deviceId", "hubName", "twin"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "deviceId" => Some(0usize),
            "hubName" => Some(1usize),
            "twin" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut device_id = None;
        let mut hub_name = None;
        let mut twin = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut device_id,
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
                            &mut twin,
                            rt::Nullable(rt::Plain::<DeviceTwinInfo>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { device_id, hub_name, twin })
    }
}
impl<'de> serde::Deserialize<'de> for DeviceLifeCycleEventProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `DeviceTelemetryEventProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeviceTelemetryEventProperties {
    /// JSON member `body`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "body", skip_serializing_if = "Option::is_none")]
    pub body: Option<rt::JsonObject>,
    /// JSON member `properties`: map of string; listed as required in the schema.
    #[serde(rename = "properties", skip_serializing_if = "Option::is_none")]
    pub properties: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `systemProperties`: map of string; listed as required in the schema.
    #[serde(rename = "systemProperties", skip_serializing_if = "Option::is_none")]
    pub system_properties: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for DeviceTelemetryEventProperties {
    const NAMES: &'static [&'static str] = &["body", "properties", "systemProperties"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "body" => Some(0usize),
            "properties" => Some(1usize),
            "systemProperties" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut body = None;
        let mut properties = None;
        let mut system_properties = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut body,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut properties,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut system_properties,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            body,
            properties,
            system_properties,
        })
    }
}
impl<'de> serde::Deserialize<'de> for DeviceTelemetryEventProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `DeviceTwinInfo`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeviceTwinInfo {
    /// JSON member `authenticationType`: string; listed as required in the schema.
    #[serde(rename = "authenticationType", skip_serializing_if = "Option::is_none")]
    pub authentication_type: Option<String>,
    /// JSON member `cloudToDeviceMessageCount`: number (float); listed as required in the schema.
    #[serde(
        rename = "cloudToDeviceMessageCount",
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_to_device_message_count: Option<f64>,
    /// JSON member `connectionState`: string; listed as required in the schema.
    #[serde(rename = "connectionState", skip_serializing_if = "Option::is_none")]
    pub connection_state: Option<String>,
    /// JSON member `deviceId`: string; listed as required in the schema.
    #[serde(rename = "deviceId", skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// JSON member `etag`: string; listed as required in the schema.
    #[serde(rename = "etag", skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// JSON member `lastActivityTime`: string; listed as required in the schema.
    #[serde(rename = "lastActivityTime", skip_serializing_if = "Option::is_none")]
    pub last_activity_time: Option<String>,
    /// JSON member `properties`: [`DeviceTwinInfoProperties`]; listed as required in the schema.
    #[serde(rename = "properties", skip_serializing_if = "Option::is_none")]
    pub properties: Option<DeviceTwinInfoProperties>,
    /// JSON member `status`: string; listed as required in the schema.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// JSON member `statusUpdateTime`: string; listed as required in the schema.
    #[serde(rename = "statusUpdateTime", skip_serializing_if = "Option::is_none")]
    pub status_update_time: Option<String>,
    /// JSON member `version`: number (float); listed as required in the schema.
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<f64>,
    /// JSON member `x509Thumbprint`: [`DeviceTwinInfoX509Thumbprint`]; listed as required in the schema.
    #[serde(rename = "x509Thumbprint", skip_serializing_if = "Option::is_none")]
    pub x509_thumbprint: Option<DeviceTwinInfoX509Thumbprint>,
}
impl rt::Members for DeviceTwinInfo {
    const NAMES: &'static [&'static str] = &[
        "authenticationType",
        "cloudToDeviceMessageCount",
        "connectionState",
        "deviceId",
        "etag",
        "lastActivityTime",
        "properties",
        "status",
        "statusUpdateTime",
        "version",
        "x509Thumbprint",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "authenticationType" => Some(0usize),
            "cloudToDeviceMessageCount" => Some(1usize),
            "connectionState" => Some(2usize),
            "deviceId" => Some(3usize),
            "etag" => Some(4usize),
            "lastActivityTime" => Some(5usize),
            "properties" => Some(6usize),
            "status" => Some(7usize),
            "statusUpdateTime" => Some(8usize),
            "version" => Some(9usize),
            "x509Thumbprint" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut authentication_type = None;
        let mut cloud_to_device_message_count = None;
        let mut connection_state = None;
        let mut device_id = None;
        let mut etag = None;
        let mut last_activity_time = None;
        let mut properties = None;
        let mut status = None;
        let mut status_update_time = None;
        let mut version = None;
        let mut x509_thumbprint = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut authentication_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut cloud_to_device_message_count,
                            rt::Num::<f64>::new(),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut connection_state,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut device_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut etag,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut last_activity_time,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut properties,
                            rt::Nullable(rt::Plain::<DeviceTwinInfoProperties>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status_update_time,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<f64>::new())?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut x509_thumbprint,
                            rt::Nullable(
                                rt::Plain::<DeviceTwinInfoX509Thumbprint>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            authentication_type,
            cloud_to_device_message_count,
            connection_state,
            device_id,
            etag,
            last_activity_time,
            properties,
            status,
            status_update_time,
            version,
            x509_thumbprint,
        })
    }
}
impl<'de> serde::Deserialize<'de> for DeviceTwinInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `DeviceTwinInfoProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeviceTwinInfoProperties {
    /// JSON member `desired`: [`DeviceTwinProperties`]; listed as required in the schema.
    #[serde(rename = "desired", skip_serializing_if = "Option::is_none")]
    pub desired: Option<DeviceTwinProperties>,
    /// JSON member `reported`: [`DeviceTwinProperties`]; listed as required in the schema.
    #[serde(rename = "reported", skip_serializing_if = "Option::is_none")]
    pub reported: Option<DeviceTwinProperties>,
}
impl rt::Members for DeviceTwinInfoProperties {
    const NAMES: &'static [&'static str] = &["desired", "reported"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "desired" => Some(0usize),
            "reported" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut desired = None;
        let mut reported = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut desired,
                            rt::Nullable(rt::Plain::<DeviceTwinProperties>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut reported,
                            rt::Nullable(rt::Plain::<DeviceTwinProperties>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { desired, reported })
    }
}
impl<'de> serde::Deserialize<'de> for DeviceTwinInfoProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `DeviceTwinInfoX509Thumbprint`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeviceTwinInfoX509Thumbprint {
    /// JSON member `primaryThumbprint`: string; listed as required in the schema.
    #[serde(rename = "primaryThumbprint", skip_serializing_if = "Option::is_none")]
    pub primary_thumbprint: Option<String>,
    /// JSON member `secondaryThumbprint`: string; listed as required in the schema.
    #[serde(rename = "secondaryThumbprint", skip_serializing_if = "Option::is_none")]
    pub secondary_thumbprint: Option<String>,
}
impl rt::Members for DeviceTwinInfoX509Thumbprint {
    const NAMES: &'static [&'static str] = &["primaryThumbprint", "secondaryThumbprint"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "primaryThumbprint" => Some(0usize),
            "secondaryThumbprint" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut primary_thumbprint = None;
        let mut secondary_thumbprint = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut primary_thumbprint,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut secondary_thumbprint,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            primary_thumbprint,
            secondary_thumbprint,
        })
    }
}
impl<'de> serde::Deserialize<'de> for DeviceTwinInfoX509Thumbprint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `DeviceTwinMetadata`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeviceTwinMetadata {
    /// JSON member `lastUpdated`: string; listed as required in the schema. Also read from `$lastUpdated` (an alias the schema records).
    #[serde(rename = "lastUpdated", skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<String>,
}
impl rt::Members for DeviceTwinMetadata {
    const NAMES: &'static [&'static str] = &["lastUpdated"];
    const ALIASES: &'static [(&'static str, usize)] = &[("$lastUpdated", 0usize)];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "lastUpdated" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut last_updated = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut last_updated,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { last_updated })
    }
}
impl<'de> serde::Deserialize<'de> for DeviceTwinMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `DeviceTwinProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DeviceTwinProperties {
    /// JSON member `metadata`: [`DeviceTwinMetadata`]; listed as required in the schema. Also read from `$metadata` (an alias the schema records).
    #[serde(rename = "metadata", skip_serializing_if = "Option::is_none")]
    pub metadata: Option<DeviceTwinMetadata>,
    /// JSON member `version`: number (float); listed as required in the schema. Also read from `$version` (an alias the schema records).
    #[serde(rename = "version", skip_serializing_if = "Option::is_none")]
    pub version: Option<f64>,
}
impl rt::Members for DeviceTwinProperties {
    const NAMES: &'static [&'static str] = &["metadata", "version"];
    const ALIASES: &'static [(&'static str, usize)] = &[
        ("$metadata", 0usize),
        ("$version", 1usize),
    ];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "metadata" => Some(0usize),
            "version" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut metadata = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut metadata,
                            rt::Nullable(rt::Plain::<DeviceTwinMetadata>::new()),
                        )?;
                }
                1usize => {
                    members_.read(&mut map_, &mut version, rt::Num::<f64>::new())?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { metadata, version })
    }
}
impl<'de> serde::Deserialize<'de> for DeviceTwinProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Devices.DeviceConnected` event. Same members as [`DeviceConnectionStateEventProperties`].
pub type IotHubDeviceConnectedEventData = DeviceConnectionStateEventProperties;
/// The data of the `Microsoft.Devices.DeviceCreated` event. Same members as [`DeviceLifeCycleEventProperties`].
pub type IotHubDeviceCreatedEventData = DeviceLifeCycleEventProperties;
/// The data of the `Microsoft.Devices.DeviceDeleted` event. Same members as [`DeviceLifeCycleEventProperties`].
pub type IotHubDeviceDeletedEventData = DeviceLifeCycleEventProperties;
/// The data of the `Microsoft.Devices.DeviceDisconnected` event. Same members as [`DeviceConnectionStateEventProperties`].
pub type IotHubDeviceDisconnectedEventData = DeviceConnectionStateEventProperties;
/// The data of the `Microsoft.Devices.DeviceTelemetry` event. Same members as [`DeviceTelemetryEventProperties`].
pub type IotHubDeviceTelemetryEventData = DeviceTelemetryEventProperties;
