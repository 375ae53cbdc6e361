// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.MachineLearningServices.DatasetDriftDetected` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineLearningServicesDatasetDriftDetectedEventData {
    /// JSON member `baseDatasetId`: string; listed as required in the schema.
    #[serde(rename = "baseDatasetId", skip_serializing_if = "Option::is_none")]
    pub base_dataset_id: Option<String>,
    /// JSON member `dataDriftId`: string; listed as required in the schema.
    #[serde(rename = "dataDriftId", skip_serializing_if = "Option::is_none")]
    pub data_drift_id: Option<String>,
    /// JSON member `dataDriftName`: string; listed as required in the schema.
    #[serde(rename = "dataDriftName", skip_serializing_if = "Option::is_none")]
    pub data_drift_name: Option<String>,
    /// JSON member `driftCoefficient`: number (double); listed as required in the schema.
    #[serde(rename = "driftCoefficient", skip_serializing_if = "Option::is_none")]
    pub drift_coefficient: Option<f64>,
    /// JSON member `endTime`: string (date-time); listed as required in the schema; may be null.
    #[serde(rename = "endTime", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<rt::Timestamp>,
    /// JSON member `runId`: string; listed as required in the schema.
    #[serde(rename = "runId", skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
    /// JSON member `startTime`: string (date-time); listed as required in the schema; may be null.
    #[serde(rename = "startTime", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<rt::Timestamp>,
    /// JSON member `targetDatasetId`: string; listed as required in the schema.
    #[serde(rename = "targetDatasetId", skip_serializing_if = "Option::is_none")]
    pub target_dataset_id: Option<String>,
}
impl rt::Members for MachineLearningServicesDatasetDriftDetectedEventData {
    const NAMES: &'static [&'static str] = &[
        "baseDatasetId",
        "dataDriftId",
        "dataDriftName",
        "driftCoefficient",
        "endTime",
        "runId",
        "startTime",
        "targetDatasetId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "baseDatasetId" => Some(0usize),
            "dataDriftId" => Some(1usize),
            "dataDriftName" => Some(2usize),
            "driftCoefficient" => Some(3usize),
            "endTime" => Some(4usize),
            "runId" => Some(5usize),
            "startTime" => Some(6usize),
            "targetDatasetId" => Some(7usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut base_dataset_id = None;
        let mut data_drift_id = None;
        let mut data_drift_name = None;
        let mut drift_coefficient = None;
        let mut end_time = None;
        let mut run_id = None;
        let mut start_time = None;
        let mut target_dataset_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut base_dataset_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut data_drift_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut data_drift_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(&mut map_, &mut drift_coefficient, rt::Num::<f64>::new())?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut end_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut run_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut start_time,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut target_dataset_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            base_dataset_id,
            data_drift_id,
            data_drift_name,
            drift_coefficient,
            end_time,
            run_id,
            start_time,
            target_dataset_id,
        })
    }
}
impl<'de> serde::Deserialize<'de>
for MachineLearningServicesDatasetDriftDetectedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.MachineLearningServices.ModelDeployed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineLearningServicesModelDeployedEventData {
    /// JSON member `modelIds`: string; listed as required in the schema.
    #[serde(rename = "modelIds", skip_serializing_if = "Option::is_none")]
    pub model_ids: Option<String>,
    /// JSON member `serviceComputeType`: string; listed as required in the schema.
    #[serde(rename = "serviceComputeType", skip_serializing_if = "Option::is_none")]
    pub service_compute_type: Option<String>,
    /// JSON member `serviceName`: string; listed as required in the schema.
    #[serde(rename = "serviceName", skip_serializing_if = "Option::is_none")]
    pub service_name: Option<String>,
    /// JSON member `serviceProperties`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)).
    #[serde(rename = "serviceProperties", skip_serializing_if = "Option::is_none")]
    pub service_properties: Option<rt::JsonObject>,
    /// JSON member `serviceTags`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)).
    #[serde(rename = "serviceTags", skip_serializing_if = "Option::is_none")]
    pub service_tags: Option<rt::JsonObject>,
}
impl rt::Members for MachineLearningServicesModelDeployedEventData {
    const NAMES: &'static [&'static str] = &[
        "modelIds",
        "serviceComputeType",
        "serviceName",
        "serviceProperties",
        "serviceTags",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "modelIds" => Some(0usize),
            "serviceComputeType" => Some(1usize),
            "serviceName" => Some(2usize),
            "serviceProperties" => Some(3usize),
            "serviceTags" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut model_ids = None;
        let mut service_compute_type = None;
        let mut service_name = None;
        let mut service_properties = None;
        let mut service_tags = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut model_ids,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut service_compute_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut service_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut service_properties,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut service_tags,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            model_ids,
            service_compute_type,
            service_name,
            service_properties,
            service_tags,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MachineLearningServicesModelDeployedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.MachineLearningServices.ModelRegistered` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineLearningServicesModelRegisteredEventData {
    /// JSON member `modelName`: string; listed as required in the schema.
    #[serde(rename = "modelName", skip_serializing_if = "Option::is_none")]
    pub model_name: Option<String>,
    /// JSON member `modelProperties`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)).
    #[serde(rename = "modelProperties", skip_serializing_if = "Option::is_none")]
    pub model_properties: Option<rt::JsonObject>,
    /// JSON member `modelTags`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)).
    #[serde(rename = "modelTags", skip_serializing_if = "Option::is_none")]
    pub model_tags: Option<rt::JsonObject>,
    /// JSON member `modelVersion`: string; listed as required in the schema.
    #[serde(rename = "modelVersion", skip_serializing_if = "Option::is_none")]
    pub model_version: Option<String>,
}
impl rt::Members for MachineLearningServicesModelRegisteredEventData {
    const NAMES: &'static [&'static str] = &[
        "modelName",
        "modelProperties",
        "modelTags",
        "modelVersion",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "modelName" => Some(0usize),
            "modelProperties" => Some(1usize),
            "modelTags" => Some(2usize),
            "modelVersion" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut model_name = None;
        let mut model_properties = None;
        let mut model_tags = None;
        let mut model_version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut model_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut model_properties,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut model_tags,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut model_version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            model_name,
            model_properties,
            model_tags,
            model_version,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MachineLearningServicesModelRegisteredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.MachineLearningServices.RunCompleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineLearningServicesRunCompletedEventData {
    /// JSON member `experimentId`: string; listed as required in the schema.
    #[serde(rename = "experimentId", skip_serializing_if = "Option::is_none")]
    pub experiment_id: Option<String>,
    /// JSON member `experimentName`: string; listed as required in the schema.
    #[serde(rename = "experimentName", skip_serializing_if = "Option::is_none")]
    pub experiment_name: Option<String>,
    /// JSON member `runId`: string; listed as required in the schema.
    #[serde(rename = "runId", skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
    /// JSON member `runProperties`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)).
    #[serde(rename = "runProperties", skip_serializing_if = "Option::is_none")]
    pub run_properties: Option<rt::JsonObject>,
    /// JSON member `runTags`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)).
    #[serde(rename = "runTags", skip_serializing_if = "Option::is_none")]
    pub run_tags: Option<rt::JsonObject>,
    /// JSON member `runType`: string; listed as required in the schema.
    #[serde(rename = "runType", skip_serializing_if = "Option::is_none")]
    pub run_type: Option<String>,
}
impl rt::Members for MachineLearningServicesRunCompletedEventData {
    const NAMES: &'static [&'static str] = &[
        "experimentId",
        "experimentName",
        "runId",
        "runProperties",
        "runTags",
        "runType",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "experimentId" => Some(0usize),
            "experimentName" => Some(1usize),
            "runId" => Some(2usize),
            "runProperties" => Some(3usize),
            "runTags" => Some(4usize),
            "runType" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut experiment_id = None;
        let mut experiment_name = None;
        let mut run_id = None;
        let mut run_properties = None;
        let mut run_tags = None;
        let mut run_type = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut experiment_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut experiment_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut run_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut run_properties,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut run_tags,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut run_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            experiment_id,
            experiment_name,
            run_id,
            run_properties,
            run_tags,
            run_type,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MachineLearningServicesRunCompletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.MachineLearningServices.RunStatusChanged` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineLearningServicesRunStatusChangedEventData {
    /// JSON member `experimentId`: string; listed as required in the schema.
    #[serde(rename = "experimentId", skip_serializing_if = "Option::is_none")]
    pub experiment_id: Option<String>,
    /// JSON member `experimentName`: string; listed as required in the schema.
    #[serde(rename = "experimentName", skip_serializing_if = "Option::is_none")]
    pub experiment_name: Option<String>,
    /// JSON member `runId`: string; listed as required in the schema.
    #[serde(rename = "runId", skip_serializing_if = "Option::is_none")]
    pub run_id: Option<String>,
    /// JSON member `runProperties`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)).
    #[serde(rename = "runProperties", skip_serializing_if = "Option::is_none")]
    pub run_properties: Option<rt::JsonObject>,
    /// JSON member `runStatus`: string; listed as required in the schema.
    #[serde(rename = "runStatus", skip_serializing_if = "Option::is_none")]
    pub run_status: Option<String>,
    /// JSON member `runTags`: object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)).
    #[serde(rename = "runTags", skip_serializing_if = "Option::is_none")]
    pub run_tags: Option<rt::JsonObject>,
    /// JSON member `runType`: string; listed as required in the schema.
    #[serde(rename = "runType", skip_serializing_if = "Option::is_none")]
    pub run_type: Option<String>,
}
impl rt::Members for MachineLearningServicesRunStatusChangedEventData {
    const NAMES: &'static [&'static str] = &[
        "experimentId",
        "experimentName",
        "runId",
        "runProperties",
        "runStatus",
        "runTags",
        "runType",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "experimentId" => Some(0usize),
            "experimentName" => Some(1usize),
            "runId" => Some(2usize),
            "runProperties" => Some(3usize),
            "runStatus" => Some(4usize),
            "runTags" => Some(5usize),
            "runType" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut experiment_id = None;
        let mut experiment_name = None;
        let mut run_id = None;
        let mut run_properties = None;
        let mut run_status = None;
        let mut run_tags = None;
        let mut run_type = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut experiment_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut experiment_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut run_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut run_properties,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut run_status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut run_tags,
                            rt::Nullable(rt::Plain::<rt::JsonObject>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut run_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            experiment_id,
            experiment_name,
            run_id,
            run_properties,
            run_status,
            run_tags,
            run_type,
        })
    }
}
impl<'de> serde::Deserialize<'de> for MachineLearningServicesRunStatusChangedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
