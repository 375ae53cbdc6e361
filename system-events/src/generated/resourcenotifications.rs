// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.ResourceNotifications.ContainerServiceEventResources.ScheduledEventEmitted` event. Same members as [`ResourceNotificationsResourceUpdatedEventData`].
pub type ResourceNotificationsContainerServiceEventResourcesScheduledEventData = ResourceNotificationsResourceUpdatedEventData;
/// The data of the `Microsoft.ResourceNotifications.HealthResources.ResourceAnnotated` event. Same members as [`ResourceNotificationsResourceUpdatedEventData`].
pub type ResourceNotificationsHealthResourcesAnnotatedEventData = ResourceNotificationsResourceUpdatedEventData;
/// The data of the `Microsoft.ResourceNotifications.HealthResources.AvailabilityStatusChanged` event. Same members as [`ResourceNotificationsResourceUpdatedEventData`].
pub type ResourceNotificationsHealthResourcesAvailabilityStatusChangedEventData = ResourceNotificationsResourceUpdatedEventData;
/// The schema type `ResourceNotificationsOperationalDetails`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceNotificationsOperationalDetails {
    /// JSON member `resourceEventTime`: string (date-time); listed as required in the schema.
    #[serde(rename = "resourceEventTime", skip_serializing_if = "Option::is_none")]
    pub resource_event_time: Option<rt::Timestamp>,
}
impl rt::Members for ResourceNotificationsOperationalDetails {
    const NAMES: &'static [&'static str] = &["resourceEventTime"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceEventTime" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_event_time = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_event_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_event_time })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceNotificationsOperationalDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ResourceNotificationsResourceDeletedDetails`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceNotificationsResourceDeletedDetails {
    /// JSON member `id`: string; listed as required in the schema.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `name`: string; listed as required in the schema.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
impl rt::Members for ResourceNotificationsResourceDeletedDetails {
    const NAMES: &'static [&'static str] = &["id", "name", "type"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "id" => Some(0usize),
            "name" => Some(1usize),
            "type" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut name = None;
        let mut r#type = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
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
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { id, name, r#type })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceNotificationsResourceDeletedDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ResourceNotificationsResourceDeletedEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceNotificationsResourceDeletedEventData {
    /// JSON member `operationalInfo`: [`ResourceNotificationsOperationalDetails`]; listed as required in the schema.
    #[serde(rename = "operationalInfo", skip_serializing_if = "Option::is_none")]
    pub operational_info: Option<ResourceNotificationsOperationalDetails>,
    /// JSON member `resourceInfo`: [`ResourceNotificationsResourceDeletedDetails`]; listed as required in the schema.
    #[serde(rename = "resourceInfo", skip_serializing_if = "Option::is_none")]
    pub resource_info: Option<ResourceNotificationsResourceDeletedDetails>,
}
impl rt::Members for ResourceNotificationsResourceDeletedEventData {
    const NAMES: &'static [&'static str] = &["operationalInfo", "resourceInfo"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "operationalInfo" => Some(0usize),
            "resourceInfo" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut operational_info = None;
        let mut resource_info = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operational_info,
                            rt::Nullable(
                                rt::Plain::<ResourceNotificationsOperationalDetails>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_info,
                            rt::Nullable(
                                rt::Plain::<
                                    ResourceNotificationsResourceDeletedDetails,
                                >::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            operational_info,
            resource_info,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceNotificationsResourceDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ResourceNotifications.Resources.CreatedOrUpdated` event. Same members as [`ResourceNotificationsResourceUpdatedEventData`].
pub type ResourceNotificationsResourceManagementCreatedOrUpdatedEventData = ResourceNotificationsResourceUpdatedEventData;
/// The data of the `Microsoft.ResourceNotifications.Resources.Deleted` event. Same members as [`ResourceNotificationsResourceDeletedEventData`].
pub type ResourceNotificationsResourceManagementDeletedEventData = ResourceNotificationsResourceDeletedEventData;
/// The schema type `ResourceNotificationsResourceUpdatedDetails`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceNotificationsResourceUpdatedDetails {
    /// JSON member `id`: string; listed as required in the schema.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `location`: string.
    #[serde(rename = "location", skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// JSON member `name`: string; listed as required in the schema.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// JSON member `properties`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)).
    #[serde(rename = "properties", skip_serializing_if = "Option::is_none")]
    pub properties: Option<rt::JsonObject>,
    /// JSON member `tags`: map of string.
    #[serde(rename = "tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `type`: string; listed as required in the schema.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}
impl rt::Members for ResourceNotificationsResourceUpdatedDetails {
    const NAMES: &'static [&'static str] = &[
        "id",
        "location",
        "name",
        "properties",
        "tags",
        "type",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "id" => Some(0usize),
            "location" => Some(1usize),
            "name" => Some(2usize),
            "properties" => Some(3usize),
            "tags" => Some(4usize),
            "type" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut id = None;
        let mut location = None;
        let mut name = None;
        let mut properties = None;
        let mut tags = None;
        let mut r#type = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut location,
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
                            &mut properties,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tags,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut r#type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            id,
            location,
            name,
            properties,
            tags,
            r#type,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceNotificationsResourceUpdatedDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ResourceNotificationsResourceUpdatedEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceNotificationsResourceUpdatedEventData {
    /// JSON member `apiVersion`: string; listed as required in the schema.
    #[serde(rename = "apiVersion", skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// JSON member `operationalInfo`: [`ResourceNotificationsOperationalDetails`]; listed as required in the schema.
    #[serde(rename = "operationalInfo", skip_serializing_if = "Option::is_none")]
    pub operational_info: Option<ResourceNotificationsOperationalDetails>,
    /// JSON member `resourceInfo`: [`ResourceNotificationsResourceUpdatedDetails`]; listed as required in the schema.
    #[serde(rename = "resourceInfo", skip_serializing_if = "Option::is_none")]
    pub resource_info: Option<ResourceNotificationsResourceUpdatedDetails>,
}
impl rt::Members for ResourceNotificationsResourceUpdatedEventData {
    const NAMES: &'static [&'static str] = &[
        "apiVersion",
        "operationalInfo",
        "resourceInfo",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "apiVersion" => Some(0usize),
            "operationalInfo" => Some(1usize),
            "resourceInfo" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut api_version = None;
        let mut operational_info = None;
        let mut resource_info = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut api_version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operational_info,
                            rt::Nullable(
                                rt::Plain::<ResourceNotificationsOperationalDetails>::new(),
                            ),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_info,
                            rt::Nullable(
                                rt::Plain::<
                                    ResourceNotificationsResourceUpdatedDetails,
                                >::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            api_version,
            operational_info,
            resource_info,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceNotificationsResourceUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
