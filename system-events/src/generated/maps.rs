// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.Maps.GeofenceEntered` event. Same members as [`MapsGeofenceEventProperties`].
pub type MapsGeofenceEnteredEventData = MapsGeofenceEventProperties;
/// The schema type `MapsGeofenceEventProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MapsGeofenceEventProperties {
    /// JSON member `expiredGeofenceGeometryId`: array of string; listed as required in the schema.
    #[serde(
        rename = "expiredGeofenceGeometryId",
        skip_serializing_if = "Option::is_none"
    )]
    pub expired_geofence_geometry_id: Option<Vec<String>>,
    /// JSON member `geometries`: array of [`MapsGeofenceGeometry`]; listed as required in the schema.
    #[serde(rename = "geometries", skip_serializing_if = "Option::is_none")]
    pub geometries: Option<Vec<MapsGeofenceGeometry>>,
    /// JSON member `invalidPeriodGeofenceGeometryId`: array of string; listed as required in the schema.
    #[serde(
        rename = "invalidPeriodGeofenceGeometryId",
        skip_serializing_if = "Option::is_none"
    )]
    pub invalid_period_geofence_geometry_id: Option<Vec<String>>,
    /// JSON member `isEventPublished`: boolean; listed as required in the schema.
    #[serde(rename = "isEventPublished", skip_serializing_if = "Option::is_none")]
    pub is_event_published: Option<bool>,
}
impl rt::Members for MapsGeofenceEventProperties {
    const NAMES: &'static [&'static str] = &[
        "expiredGeofenceGeometryId",
        "geometries",
        "invalidPeriodGeofenceGeometryId",
        "isEventPublished",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "expiredGeofenceGeometryId" => Some(0usize),
            "geometries" => Some(1usize),
            "invalidPeriodGeofenceGeometryId" => Some(2usize),
            "isEventPublished" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut expired_geofence_geometry_id = None;
        let mut geometries = None;
        let mut invalid_period_geofence_geometry_id = None;
        let mut is_event_published = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expired_geofence_geometry_id,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut geometries,
                            rt::Nullable(
                                rt::Items(rt::Plain::<MapsGeofenceGeometry>::new()),
                            ),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut invalid_period_geofence_geometry_id,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                3usize => {
                    members_.read(&mut map_, &mut is_event_published, rt::Flag)?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            expired_geofence_geometry_id,
            geometries,
            invalid_period_geofence_geometry_id,
            is_event_published,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MapsGeofenceEventProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Maps.GeofenceExited` event. Same members as [`MapsGeofenceEventProperties`].
pub type MapsGeofenceExitedEventData = MapsGeofenceEventProperties;
/// The schema type `MapsGeofenceGeometry`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MapsGeofenceGeometry {
    /// JSON member `deviceId`: string; listed as required in the schema.
    #[serde(rename = "deviceId", skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// JSON member `distance`: number (float); listed as required in the schema.
    #[serde(rename = "distance", skip_serializing_if = "Option::is_none")]
    pub distance: Option<f64>,
    /// JSON member `geometryId`: string; listed as required in the schema.
    #[serde(rename = "geometryId", skip_serializing_if = "Option::is_none")]
    pub geometry_id: Option<String>,
    /// JSON member `nearestLat`: number (float); listed as required in the schema.
    #[serde(rename = "nearestLat", skip_serializing_if = "Option::is_none")]
    pub nearest_lat: Option<f64>,
    /// JSON member `nearestLon`: number (float); listed as required in the schema.
    #[serde(rename = "nearestLon", skip_serializing_if = "Option::is_none")]
    pub nearest_lon: Option<f64>,
    /// JSON member `udId`: string.
    #[serde(rename = "udId", skip_serializing_if = "Option::is_none")]
    pub ud_id: Option<String>,
}
impl rt::Members for MapsGeofenceGeometry {
    const NAMES: &'static [&'static str] = &[
        "deviceId",
        "distance",
        "geometryId",
        "nearestLat",
        "nearestLon",
        "udId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "deviceId" => Some(0usize),
            "distance" => Some(1usize),
            "geometryId" => Some(2usize),
            "nearestLat" => Some(3usize),
            "nearestLon" => Some(4usize),
            "udId" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut device_id = None;
        let mut distance = None;
        let mut geometry_id = None;
        let mut nearest_lat = None;
        let mut nearest_lon = None;
        let mut ud_id = None;
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
                    members_.read(&mut map_, &mut distance, rt::Num::<f64>::new())?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut geometry_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_.read(&mut map_, &mut nearest_lat, rt::Num::<f64>::new())?;
                }
                4usize => {
                    members_.read(&mut map_, &mut nearest_lon, rt::Num::<f64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut ud_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            device_id,
            distance,
            geometry_id,
            nearest_lat,
            nearest_lon,
            ud_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MapsGeofenceGeometry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Maps.GeofenceResult` event. Same members as [`MapsGeofenceEventProperties`].
pub type MapsGeofenceResultEventData = MapsGeofenceEventProperties;
