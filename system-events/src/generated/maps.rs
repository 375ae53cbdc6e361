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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.expired_geofence_geometry_id = map
                    .next_value_seed(
                        rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                    )?;
            }
            1usize => {
                self.geometries = map
                    .next_value_seed(
                        rt::Nullable(rt::Items(rt::Plain::<MapsGeofenceGeometry>::new())),
                    )?;
            }
            2usize => {
                self.invalid_period_geofence_geometry_id = map
                    .next_value_seed(
                        rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                    )?;
            }
            3usize => self.is_event_published = map.next_value_seed(rt::Flag)?,
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.device_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => self.distance = map.next_value_seed(rt::Num::<f64>::new())?,
            2usize => {
                self.geometry_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => self.nearest_lat = map.next_value_seed(rt::Num::<f64>::new())?,
            4usize => self.nearest_lon = map.next_value_seed(rt::Num::<f64>::new())?,
            5usize => {
                self.ud_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
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
