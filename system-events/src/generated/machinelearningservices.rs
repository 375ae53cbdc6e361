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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.base_dataset_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.data_drift_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.data_drift_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.drift_coefficient = map.next_value_seed(rt::Num::<f64>::new())?;
            }
            4usize => {
                self.end_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            5usize => {
                self.run_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.start_time = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            7usize => {
                self.target_dataset_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.model_ids = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.service_compute_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.service_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.service_properties = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            4usize => {
                self.service_tags = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.model_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.model_properties = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            2usize => {
                self.model_tags = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            3usize => {
                self.model_version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.experiment_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.experiment_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.run_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.run_properties = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            4usize => {
                self.run_tags = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            5usize => {
                self.run_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.experiment_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.experiment_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.run_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.run_properties = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            4usize => {
                self.run_status = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.run_tags = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::JsonObject>::new()))?;
            }
            6usize => {
                self.run_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for MachineLearningServicesRunStatusChangedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
