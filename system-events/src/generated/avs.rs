// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.AVS.ClusterCreated` event. Same members as [`AvsClusterEventData`].
pub type AvsClusterCreatedEventData = AvsClusterEventData;
/// The data of the `Microsoft.AVS.ClusterDeleted` event. Same members as [`AvsClusterEventData`].
pub type AvsClusterDeletedEventData = AvsClusterEventData;
/// The schema type `AvsClusterEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AvsClusterEventData {
    /// JSON member `addedHostNames`: array of string.
    #[serde(rename = "addedHostNames", skip_serializing_if = "Option::is_none")]
    pub added_host_names: Option<Vec<String>>,
    /// JSON member `inMaintenanceHostNames`: array of string.
    #[serde(rename = "inMaintenanceHostNames", skip_serializing_if = "Option::is_none")]
    pub in_maintenance_host_names: Option<Vec<String>>,
    /// JSON member `operationId`: string; listed as required in the schema.
    #[serde(rename = "operationId", skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// JSON member `removedHostNames`: array of string.
    #[serde(rename = "removedHostNames", skip_serializing_if = "Option::is_none")]
    pub removed_host_names: Option<Vec<String>>,
}
impl rt::Members for AvsClusterEventData {
    const NAMES: &'static [&'static str] = &[
        "addedHostNames",
        "inMaintenanceHostNames",
        "operationId",
        "removedHostNames",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "addedHostNames" => Some(0usize),
            "inMaintenanceHostNames" => Some(1usize),
            "operationId" => Some(2usize),
            "removedHostNames" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut added_host_names = None;
        let mut in_maintenance_host_names = None;
        let mut operation_id = None;
        let mut removed_host_names = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut added_host_names,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut in_maintenance_host_names,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut removed_host_names,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            added_host_names,
            in_maintenance_host_names,
            operation_id,
            removed_host_names,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AvsClusterEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.AVS.ClusterFailed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AvsClusterFailedEventData {
    /// JSON member `addedHostNames`: array of string.
    #[serde(rename = "addedHostNames", skip_serializing_if = "Option::is_none")]
    pub added_host_names: Option<Vec<String>>,
    /// JSON member `inMaintenanceHostNames`: array of string.
    #[serde(rename = "inMaintenanceHostNames", skip_serializing_if = "Option::is_none")]
    pub in_maintenance_host_names: Option<Vec<String>>,
    /// JSON member `operationId`: string; listed as required in the schema.
    #[serde(rename = "operationId", skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// JSON member `removedHostNames`: array of string.
    #[serde(rename = "removedHostNames", skip_serializing_if = "Option::is_none")]
    pub removed_host_names: Option<Vec<String>>,
    /// JSON member `failureMessage`: string.
    #[serde(rename = "failureMessage", skip_serializing_if = "Option::is_none")]
    pub failure_message: Option<String>,
}
impl rt::Members for AvsClusterFailedEventData {
    const NAMES: &'static [&'static str] = &[
        "addedHostNames",
        "inMaintenanceHostNames",
        "operationId",
        "removedHostNames",
        "failureMessage",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "addedHostNames" => Some(0usize),
            "inMaintenanceHostNames" => Some(1usize),
            "operationId" => Some(2usize),
            "removedHostNames" => Some(3usize),
            "failureMessage" => Some(4usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut added_host_names = None;
        let mut in_maintenance_host_names = None;
        let mut operation_id = None;
        let mut removed_host_names = None;
        let mut failure_message = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut added_host_names,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut in_maintenance_host_names,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut removed_host_names,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut failure_message,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            added_host_names,
            in_maintenance_host_names,
            operation_id,
            removed_host_names,
            failure_message,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AvsClusterFailedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.AVS.ClusterUpdated` event. Same members as [`AvsClusterEventData`].
pub type AvsClusterUpdatedEventData = AvsClusterEventData;
/// The data of the `Microsoft.AVS.ClusterUpdating` event. Same members as [`AvsClusterEventData`].
pub type AvsClusterUpdatingEventData = AvsClusterEventData;
/// The schema type `AvsPrivateCloudEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AvsPrivateCloudEventData {
    /// JSON member `operationId`: string; listed as required in the schema.
    #[serde(rename = "operationId", skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
}
impl rt::Members for AvsPrivateCloudEventData {
    const NAMES: &'static [&'static str] = &["operationId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "operationId" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut operation_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { operation_id })
    }
}
impl<'de> serde::Deserialize<'de> for AvsPrivateCloudEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.AVS.PrivateCloudFailed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AvsPrivateCloudFailedEventData {
    /// JSON member `operationId`: string; listed as required in the schema.
    #[serde(rename = "operationId", skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// JSON member `failureMessage`: string.
    #[serde(rename = "failureMessage", skip_serializing_if = "Option::is_none")]
    pub failure_message: Option<String>,
}
impl rt::Members for AvsPrivateCloudFailedEventData {
    const NAMES: &'static [&'static str] = &["operationId", "failureMessage"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "operationId" => Some(0usize),
            "failureMessage" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut operation_id = None;
        let mut failure_message = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut failure_message,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            operation_id,
            failure_message,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AvsPrivateCloudFailedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.AVS.PrivateCloudUpdated` event. Same members as [`AvsPrivateCloudEventData`].
pub type AvsPrivateCloudUpdatedEventData = AvsPrivateCloudEventData;
/// The data of the `Microsoft.AVS.PrivateCloudUpdating` event. Same members as [`AvsPrivateCloudEventData`].
pub type AvsPrivateCloudUpdatingEventData = AvsPrivateCloudEventData;
/// The data of the `Microsoft.AVS.ScriptExecutionCancelled` event. Same members as [`AvsScriptExecutionEventData`].
pub type AvsScriptExecutionCancelledEventData = AvsScriptExecutionEventData;
/// The schema type `AvsScriptExecutionEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AvsScriptExecutionEventData {
    /// JSON member `cmdletId`: string; listed as required in the schema.
    #[serde(rename = "cmdletId", skip_serializing_if = "Option::is_none")]
    pub cmdlet_id: Option<String>,
    /// JSON member `operationId`: string; listed as required in the schema.
    #[serde(rename = "operationId", skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// JSON member `output`: array of string.
    #[serde(rename = "output", skip_serializing_if = "Option::is_none")]
    pub output: Option<Vec<String>>,
}
impl rt::Members for AvsScriptExecutionEventData {
    const NAMES: &'static [&'static str] = &["cmdletId", "operationId", "output"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "cmdletId" => Some(0usize),
            "operationId" => Some(1usize),
            "output" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut cmdlet_id = None;
        let mut operation_id = None;
        let mut output = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut cmdlet_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut output,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            cmdlet_id,
            operation_id,
            output,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AvsScriptExecutionEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.AVS.ScriptExecutionFailed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AvsScriptExecutionFailedEventData {
    /// JSON member `cmdletId`: string; listed as required in the schema.
    #[serde(rename = "cmdletId", skip_serializing_if = "Option::is_none")]
    pub cmdlet_id: Option<String>,
    /// JSON member `operationId`: string; listed as required in the schema.
    #[serde(rename = "operationId", skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// JSON member `output`: array of string.
    #[serde(rename = "output", skip_serializing_if = "Option::is_none")]
    pub output: Option<Vec<String>>,
    /// JSON member `failureMessage`: string.
    #[serde(rename = "failureMessage", skip_serializing_if = "Option::is_none")]
    pub failure_message: Option<String>,
}
impl rt::Members for AvsScriptExecutionFailedEventData {
    const NAMES: &'static [&'static str] = &[
        "cmdletId",
        "operationId",
        "output",
        "failureMessage",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "cmdletId" => Some(0usize),
            "operationId" => Some(1usize),
            "output" => Some(2usize),
            "failureMessage" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut cmdlet_id = None;
        let mut operation_id = None;
        let mut output = None;
        let mut failure_message = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut cmdlet_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut output,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut failure_message,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            cmdlet_id,
            operation_id,
            output,
            failure_message,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AvsScriptExecutionFailedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.AVS.ScriptExecutionFinished` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AvsScriptExecutionFinishedEventData {
    /// JSON member `cmdletId`: string; listed as required in the schema.
    #[serde(rename = "cmdletId", skip_serializing_if = "Option::is_none")]
    pub cmdlet_id: Option<String>,
    /// JSON member `operationId`: string; listed as required in the schema.
    #[serde(rename = "operationId", skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// JSON member `output`: array of string.
    #[serde(rename = "output", skip_serializing_if = "Option::is_none")]
    pub output: Option<Vec<String>>,
    /// JSON member `namedOutputs`: map of string; listed as required in the schema.
    #[serde(rename = "namedOutputs", skip_serializing_if = "Option::is_none")]
    pub named_outputs: Option<std::collections::BTreeMap<String, String>>,
}
impl rt::Members for AvsScriptExecutionFinishedEventData {
    const NAMES: &'static [&'static str] = &[
        "cmdletId",
        "operationId",
        "output",
        "namedOutputs",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "cmdletId" => Some(0usize),
            "operationId" => Some(1usize),
            "output" => Some(2usize),
            "namedOutputs" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut cmdlet_id = None;
        let mut operation_id = None;
        let mut output = None;
        let mut named_outputs = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut cmdlet_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut output,
                            rt::Nullable(rt::Items(rt::Plain::<String>::new())),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut named_outputs,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            cmdlet_id,
            operation_id,
            output,
            named_outputs,
        })
    }
}
impl<'de> serde::Deserialize<'de> for AvsScriptExecutionFinishedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.AVS.ScriptExecutionStarted` event. Same members as [`AvsScriptExecutionEventData`].
pub type AvsScriptExecutionStartedEventData = AvsScriptExecutionEventData;
