// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.ApiManagement.APICreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementApiCreatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementApiCreatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementApiCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.APIDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementApiDeletedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementApiDeletedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementApiDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.APIReleaseCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementApiReleaseCreatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementApiReleaseCreatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementApiReleaseCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.APIReleaseDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementApiReleaseDeletedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementApiReleaseDeletedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementApiReleaseDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.APIReleaseUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementApiReleaseUpdatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementApiReleaseUpdatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementApiReleaseUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.APIUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementApiUpdatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementApiUpdatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementApiUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.CircuitBreaker.Closed` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementCircuitBreakerClosedEventData {
    /// JSON member `backendName`: string; listed as required in the schema.
    #[serde(rename = "backendName", skip_serializing_if = "Option::is_none")]
    pub backend_name: Option<String>,
    /// JSON member `circuitBreaker`: [`ApiManagementCircuitBreakerProperties`]; listed as required in the schema.
    #[serde(rename = "circuitBreaker", skip_serializing_if = "Option::is_none")]
    pub circuit_breaker: Option<ApiManagementCircuitBreakerProperties>,
}
impl rt::Members for ApiManagementCircuitBreakerClosedEventData {
    const NAMES: &'static [&'static str] = &["backendName", "circuitBreaker"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "backendName" => Some(0usize),
            "circuitBreaker" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut backend_name = None;
        let mut circuit_breaker = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut backend_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut circuit_breaker,
                            rt::Nullable(
                                rt::Plain::<ApiManagementCircuitBreakerProperties>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            backend_name,
            circuit_breaker,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementCircuitBreakerClosedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.CircuitBreaker.Opened` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementCircuitBreakerOpenedEventData {
    /// JSON member `backendName`: string; listed as required in the schema.
    #[serde(rename = "backendName", skip_serializing_if = "Option::is_none")]
    pub backend_name: Option<String>,
    /// JSON member `circuitBreaker`: [`ApiManagementCircuitBreakerProperties`]; listed as required in the schema.
    #[serde(rename = "circuitBreaker", skip_serializing_if = "Option::is_none")]
    pub circuit_breaker: Option<ApiManagementCircuitBreakerProperties>,
}
impl rt::Members for ApiManagementCircuitBreakerOpenedEventData {
    const NAMES: &'static [&'static str] = &["backendName", "circuitBreaker"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "backendName" => Some(0usize),
            "circuitBreaker" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut backend_name = None;
        let mut circuit_breaker = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut backend_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut circuit_breaker,
                            rt::Nullable(
                                rt::Plain::<ApiManagementCircuitBreakerProperties>::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            backend_name,
            circuit_breaker,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementCircuitBreakerOpenedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ApiManagementCircuitBreakerProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementCircuitBreakerProperties {
    /// JSON member `rules`: map of object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject)); listed as required in the schema.
    #[serde(rename = "rules", skip_serializing_if = "Option::is_none")]
    pub rules: Option<std::collections::BTreeMap<String, rt::JsonObject>>,
}
impl rt::Members for ApiManagementCircuitBreakerProperties {
    const NAMES: &'static [&'static str] = &["rules"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "rules" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut rules = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut rules,
                            rt::Nullable(rt::Entries(rt::Plain::<rt::JsonObject>::new())),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { rules })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementCircuitBreakerProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ApiManagementExpiredGatewayTokenProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementExpiredGatewayTokenProperties {
    /// JSON member `expiredAtUtc`: string (date-time); listed as required in the schema.
    #[serde(rename = "expiredAtUtc", skip_serializing_if = "Option::is_none")]
    pub expired_at_utc: Option<rt::Timestamp>,
}
impl rt::Members for ApiManagementExpiredGatewayTokenProperties {
    const NAMES: &'static [&'static str] = &["expiredAtUtc"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "expiredAtUtc" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut expired_at_utc = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expired_at_utc,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { expired_at_utc })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementExpiredGatewayTokenProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayAPIAdded` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayApiAddedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayApiAddedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementGatewayApiAddedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayAPIRemoved` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayApiRemovedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayApiRemovedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementGatewayApiRemovedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayCertificateAuthorityCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayCertificateAuthorityCreatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayCertificateAuthorityCreatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de>
for ApiManagementGatewayCertificateAuthorityCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayCertificateAuthorityDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayCertificateAuthorityDeletedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayCertificateAuthorityDeletedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de>
for ApiManagementGatewayCertificateAuthorityDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayCertificateAuthorityUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayCertificateAuthorityUpdatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayCertificateAuthorityUpdatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de>
for ApiManagementGatewayCertificateAuthorityUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayCreatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayCreatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementGatewayCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayDeletedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayDeletedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementGatewayDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayHostnameConfigurationCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayHostnameConfigurationCreatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayHostnameConfigurationCreatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de>
for ApiManagementGatewayHostnameConfigurationCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayHostnameConfigurationDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayHostnameConfigurationDeletedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayHostnameConfigurationDeletedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de>
for ApiManagementGatewayHostnameConfigurationDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayHostnameConfigurationUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayHostnameConfigurationUpdatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayHostnameConfigurationUpdatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de>
for ApiManagementGatewayHostnameConfigurationUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ApiManagementGatewayProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayProperties {
    /// JSON member `gatewayId`: string; listed as required in the schema.
    #[serde(rename = "gatewayId", skip_serializing_if = "Option::is_none")]
    pub gateway_id: Option<String>,
    /// JSON member `instanceId`: string; listed as required in the schema.
    #[serde(rename = "instanceId", skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
}
impl rt::Members for ApiManagementGatewayProperties {
    const NAMES: &'static [&'static str] = &["gatewayId", "instanceId"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "gatewayId" => Some(0usize),
            "instanceId" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut gateway_id = None;
        let mut instance_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut gateway_id,
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
        Ok(Self { gateway_id, instance_id })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementGatewayProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayTokenExpired` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayTokenExpiredEventData {
    /// JSON member `gatewayInfo`: [`ApiManagementGatewayProperties`]; listed as required in the schema.
    #[serde(rename = "gatewayInfo", skip_serializing_if = "Option::is_none")]
    pub gateway_info: Option<ApiManagementGatewayProperties>,
    /// JSON member `tokenInfo`: [`ApiManagementExpiredGatewayTokenProperties`]; listed as required in the schema.
    #[serde(rename = "tokenInfo", skip_serializing_if = "Option::is_none")]
    pub token_info: Option<ApiManagementExpiredGatewayTokenProperties>,
}
impl rt::Members for ApiManagementGatewayTokenExpiredEventData {
    const NAMES: &'static [&'static str] = &["gatewayInfo", "tokenInfo"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "gatewayInfo" => Some(0usize),
            "tokenInfo" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut gateway_info = None;
        let mut token_info = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut gateway_info,
                            rt::Nullable(
                                rt::Plain::<ApiManagementGatewayProperties>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut token_info,
                            rt::Nullable(
                                rt::Plain::<
                                    ApiManagementExpiredGatewayTokenProperties,
                                >::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { gateway_info, token_info })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementGatewayTokenExpiredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayTokenNearExpiry` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayTokenNearExpiryEventData {
    /// JSON member `gatewayInfo`: [`ApiManagementGatewayProperties`]; listed as required in the schema.
    #[serde(rename = "gatewayInfo", skip_serializing_if = "Option::is_none")]
    pub gateway_info: Option<ApiManagementGatewayProperties>,
    /// JSON member `tokenInfo`: [`ApiManagementNearExpiryGatewayTokenProperties`]; listed as required in the schema.
    #[serde(rename = "tokenInfo", skip_serializing_if = "Option::is_none")]
    pub token_info: Option<ApiManagementNearExpiryGatewayTokenProperties>,
}
impl rt::Members for ApiManagementGatewayTokenNearExpiryEventData {
    const NAMES: &'static [&'static str] = &["gatewayInfo", "tokenInfo"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "gatewayInfo" => Some(0usize),
            "tokenInfo" => Some(1usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut gateway_info = None;
        let mut token_info = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut gateway_info,
                            rt::Nullable(
                                rt::Plain::<ApiManagementGatewayProperties>::new(),
                            ),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut token_info,
                            rt::Nullable(
                                rt::Plain::<
                                    ApiManagementNearExpiryGatewayTokenProperties,
                                >::new(),
                            ),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { gateway_info, token_info })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementGatewayTokenNearExpiryEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.GatewayUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementGatewayUpdatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementGatewayUpdatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementGatewayUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ApiManagementNearExpiryGatewayTokenProperties`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementNearExpiryGatewayTokenProperties {
    /// JSON member `expiredAtUtc`: string (date-time); listed as required in the schema.
    #[serde(rename = "expiredAtUtc", skip_serializing_if = "Option::is_none")]
    pub expired_at_utc: Option<rt::Timestamp>,
}
impl rt::Members for ApiManagementNearExpiryGatewayTokenProperties {
    const NAMES: &'static [&'static str] = &["expiredAtUtc"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "expiredAtUtc" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut expired_at_utc = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut expired_at_utc,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { expired_at_utc })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementNearExpiryGatewayTokenProperties {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.ProductCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementProductCreatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementProductCreatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementProductCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.ProductDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementProductDeletedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementProductDeletedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementProductDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.ProductUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementProductUpdatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementProductUpdatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementProductUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.SubscriptionCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementSubscriptionCreatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementSubscriptionCreatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementSubscriptionCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.SubscriptionDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementSubscriptionDeletedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementSubscriptionDeletedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementSubscriptionDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.SubscriptionUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementSubscriptionUpdatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementSubscriptionUpdatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementSubscriptionUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.UserCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementUserCreatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementUserCreatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementUserCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.UserDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementUserDeletedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementUserDeletedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementUserDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ApiManagement.UserUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ApiManagementUserUpdatedEventData {
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
}
impl rt::Members for ApiManagementUserUpdatedEventData {
    const NAMES: &'static [&'static str] = &["resourceUri"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceUri" => Some(0usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_uri = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { resource_uri })
    }
}
impl<'de> serde::Deserialize<'de> for ApiManagementUserUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
