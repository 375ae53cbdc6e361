// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.ContainerService.ClusterSupportEnded` event. Same members as [`ContainerServiceClusterSupportEventData`].
pub type ContainerServiceClusterSupportEndedEventData = ContainerServiceClusterSupportEventData;
/// The data of the `Microsoft.ContainerService.ClusterSupportEnding` event. Same members as [`ContainerServiceClusterSupportEventData`].
pub type ContainerServiceClusterSupportEndingEventData = ContainerServiceClusterSupportEventData;
/// The schema type `ContainerServiceClusterSupportEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerServiceClusterSupportEventData {
    /// JSON member `kubernetesVersion`: string; listed as required in the schema.
    #[serde(rename = "kubernetesVersion", skip_serializing_if = "Option::is_none")]
    pub kubernetes_version: Option<String>,
}
impl rt::Members for ContainerServiceClusterSupportEventData {
    const NAMES: &'static [&'static str] = &["kubernetesVersion"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "kubernetesVersion" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut kubernetes_version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut kubernetes_version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { kubernetes_version })
    }
}
impl<'de> serde::Deserialize<'de> for ContainerServiceClusterSupportEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ContainerService.NewKubernetesVersionAvailable` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerServiceNewKubernetesVersionAvailableEventData {
    /// JSON member `latestPreviewKubernetesVersion`: string.
    #[serde(
        rename = "latestPreviewKubernetesVersion",
        skip_serializing_if = "Option::is_none"
    )]
    pub latest_preview_kubernetes_version: Option<String>,
    /// JSON member `latestStableKubernetesVersion`: string; listed as required in the schema.
    #[serde(
        rename = "latestStableKubernetesVersion",
        skip_serializing_if = "Option::is_none"
    )]
    pub latest_stable_kubernetes_version: Option<String>,
    /// JSON member `latestSupportedKubernetesVersion`: string; listed as required in the schema.
    #[serde(
        rename = "latestSupportedKubernetesVersion",
        skip_serializing_if = "Option::is_none"
    )]
    pub latest_supported_kubernetes_version: Option<String>,
    /// JSON member `lowestMinorKubernetesVersion`: string; listed as required in the schema.
    #[serde(
        rename = "lowestMinorKubernetesVersion",
        skip_serializing_if = "Option::is_none"
    )]
    pub lowest_minor_kubernetes_version: Option<String>,
}
impl rt::Members for ContainerServiceNewKubernetesVersionAvailableEventData {
    const NAMES: &'static [&'static str] = &[
        "latestPreviewKubernetesVersion",
        "latestStableKubernetesVersion",
        "latestSupportedKubernetesVersion",
        "lowestMinorKubernetesVersion",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "latestPreviewKubernetesVersion" => Some(0usize),
            "latestStableKubernetesVersion" => Some(1usize),
            "latestSupportedKubernetesVersion" => Some(2usize),
            "lowestMinorKubernetesVersion" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut latest_preview_kubernetes_version = None;
        let mut latest_stable_kubernetes_version = None;
        let mut latest_supported_kubernetes_version = None;
        let mut lowest_minor_kubernetes_version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut latest_preview_kubernetes_version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut latest_stable_kubernetes_version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut latest_supported_kubernetes_version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut lowest_minor_kubernetes_version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            latest_preview_kubernetes_version,
            latest_stable_kubernetes_version,
            latest_supported_kubernetes_version,
            lowest_minor_kubernetes_version,
        })
    }
}
impl<'de> serde::Deserialize<'de>
for ContainerServiceNewKubernetesVersionAvailableEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ContainerServiceNodePoolRollingEventData`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ContainerServiceNodePoolRollingEventData {
    /// JSON member `nodePoolName`: string; listed as required in the schema.
    #[serde(rename = "nodePoolName", skip_serializing_if = "Option::is_none")]
    pub node_pool_name: Option<String>,
}
impl rt::Members for ContainerServiceNodePoolRollingEventData {
    const NAMES: &'static [&'static str] = &["nodePoolName"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "nodePoolName" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut node_pool_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut node_pool_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { node_pool_name })
    }
}
impl<'de> serde::Deserialize<'de> for ContainerServiceNodePoolRollingEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ContainerService.NodePoolRollingFailed` event. Same members as [`ContainerServiceNodePoolRollingEventData`].
pub type ContainerServiceNodePoolRollingFailedEventData = ContainerServiceNodePoolRollingEventData;
/// The data of the `Microsoft.ContainerService.NodePoolRollingStarted` event. Same members as [`ContainerServiceNodePoolRollingEventData`].
pub type ContainerServiceNodePoolRollingStartedEventData = ContainerServiceNodePoolRollingEventData;
/// The data of the `Microsoft.ContainerService.NodePoolRollingSucceeded` event. Same members as [`ContainerServiceNodePoolRollingEventData`].
pub type ContainerServiceNodePoolRollingSucceededEventData = ContainerServiceNodePoolRollingEventData;
