// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.Resources.ResourceActionCancel` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceActionCancelEventData {
    /// JSON member `authorization`: [`ResourceAuthorization`]; listed as required in the schema.
    #[serde(rename = "authorization", skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ResourceAuthorization>,
    /// JSON member `claims`: map of string; listed as required in the schema.
    #[serde(rename = "claims", skip_serializing_if = "Option::is_none")]
    pub claims: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `correlationId`: string.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `httpRequest`: [`ResourceHttpRequest`]; listed as required in the schema.
    #[serde(rename = "httpRequest", skip_serializing_if = "Option::is_none")]
    pub http_request: Option<ResourceHttpRequest>,
    /// JSON member `operationName`: string.
    #[serde(rename = "operationName", skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
    /// JSON member `resourceGroup`: string.
    #[serde(rename = "resourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: Option<String>,
    /// JSON member `resourceProvider`: string.
    #[serde(rename = "resourceProvider", skip_serializing_if = "Option::is_none")]
    pub resource_provider: Option<String>,
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// JSON member `status`: string.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// JSON member `subscriptionId`: string.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `tenantId`: string.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
impl rt::Members for ResourceActionCancelEventData {
    const NAMES: &'static [&'static str] = &[
        "authorization",
        "claims",
        "correlationId",
        "httpRequest",
        "operationName",
        "resourceGroup",
        "resourceProvider",
        "resourceUri",
        "status",
        "subscriptionId",
        "tenantId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "authorization" => Some(0usize),
            "claims" => Some(1usize),
            "correlationId" => Some(2usize),
            "httpRequest" => Some(3usize),
            "operationName" => Some(4usize),
            "resourceGroup" => Some(5usize),
            "resourceProvider" => Some(6usize),
            "resourceUri" => Some(7usize),
            "status" => Some(8usize),
            "subscriptionId" => Some(9usize),
            "tenantId" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut authorization = None;
        let mut claims = None;
        let mut correlation_id = None;
        let mut http_request = None;
        let mut operation_name = None;
        let mut resource_group = None;
        let mut resource_provider = None;
        let mut resource_uri = None;
        let mut status = None;
        let mut subscription_id = None;
        let mut tenant_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut authorization,
                            rt::Nullable(rt::Plain::<ResourceAuthorization>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut claims,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut http_request,
                            rt::Nullable(rt::Plain::<ResourceHttpRequest>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_group,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_provider,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tenant_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            authorization,
            claims,
            correlation_id,
            http_request,
            operation_name,
            resource_group,
            resource_provider,
            resource_uri,
            status,
            subscription_id,
            tenant_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceActionCancelEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Resources.ResourceActionFailure` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceActionFailureEventData {
    /// JSON member `authorization`: [`ResourceAuthorization`]; listed as required in the schema.
    #[serde(rename = "authorization", skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ResourceAuthorization>,
    /// JSON member `claims`: map of string; listed as required in the schema.
    #[serde(rename = "claims", skip_serializing_if = "Option::is_none")]
    pub claims: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `correlationId`: string.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `httpRequest`: [`ResourceHttpRequest`]; listed as required in the schema.
    #[serde(rename = "httpRequest", skip_serializing_if = "Option::is_none")]
    pub http_request: Option<ResourceHttpRequest>,
    /// JSON member `operationName`: string.
    #[serde(rename = "operationName", skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
    /// JSON member `resourceGroup`: string.
    #[serde(rename = "resourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: Option<String>,
    /// JSON member `resourceProvider`: string.
    #[serde(rename = "resourceProvider", skip_serializing_if = "Option::is_none")]
    pub resource_provider: Option<String>,
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// JSON member `status`: string.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// JSON member `subscriptionId`: string.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `tenantId`: string.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
impl rt::Members for ResourceActionFailureEventData {
    const NAMES: &'static [&'static str] = &[
        "authorization",
        "claims",
        "correlationId",
        "httpRequest",
        "operationName",
        "resourceGroup",
        "resourceProvider",
        "resourceUri",
        "status",
        "subscriptionId",
        "tenantId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "authorization" => Some(0usize),
            "claims" => Some(1usize),
            "correlationId" => Some(2usize),
            "httpRequest" => Some(3usize),
            "operationName" => Some(4usize),
            "resourceGroup" => Some(5usize),
            "resourceProvider" => Some(6usize),
            "resourceUri" => Some(7usize),
            "status" => Some(8usize),
            "subscriptionId" => Some(9usize),
            "tenantId" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut authorization = None;
        let mut claims = None;
        let mut correlation_id = None;
        let mut http_request = None;
        let mut operation_name = None;
        let mut resource_group = None;
        let mut resource_provider = None;
        let mut resource_uri = None;
        let mut status = None;
        let mut subscription_id = None;
        let mut tenant_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut authorization,
                            rt::Nullable(rt::Plain::<ResourceAuthorization>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut claims,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut http_request,
                            rt::Nullable(rt::Plain::<ResourceHttpRequest>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_group,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_provider,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tenant_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            authorization,
            claims,
            correlation_id,
            http_request,
            operation_name,
            resource_group,
            resource_provider,
            resource_uri,
            status,
            subscription_id,
            tenant_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceActionFailureEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Resources.ResourceActionSuccess` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceActionSuccessEventData {
    /// JSON member `authorization`: [`ResourceAuthorization`]; listed as required in the schema.
    #[serde(rename = "authorization", skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ResourceAuthorization>,
    /// JSON member `claims`: map of string; listed as required in the schema.
    #[serde(rename = "claims", skip_serializing_if = "Option::is_none")]
    pub claims: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `correlationId`: string.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `httpRequest`: [`ResourceHttpRequest`]; listed as required in the schema.
    #[serde(rename = "httpRequest", skip_serializing_if = "Option::is_none")]
    pub http_request: Option<ResourceHttpRequest>,
    /// JSON member `operationName`: string.
    #[serde(rename = "operationName", skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
    /// JSON member `resourceGroup`: string.
    #[serde(rename = "resourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: Option<String>,
    /// JSON member `resourceProvider`: string.
    #[serde(rename = "resourceProvider", skip_serializing_if = "Option::is_none")]
    pub resource_provider: Option<String>,
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// JSON member `status`: string.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// JSON member `subscriptionId`: string.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `tenantId`: string.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
impl rt::Members for ResourceActionSuccessEventData {
    const NAMES: &'static [&'static str] = &[
        "authorization",
        "claims",
        "correlationId",
        "httpRequest",
        "operationName",
        "resourceGroup",
        "resourceProvider",
        "resourceUri",
        "status",
        "subscriptionId",
        "tenantId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "authorization" => Some(0usize),
            "claims" => Some(1usize),
            "correlationId" => Some(2usize),
            "httpRequest" => Some(3usize),
            "operationName" => Some(4usize),
            "resourceGroup" => Some(5usize),
            "resourceProvider" => Some(6usize),
            "resourceUri" => Some(7usize),
            "status" => Some(8usize),
            "subscriptionId" => Some(9usize),
            "tenantId" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut authorization = None;
        let mut claims = None;
        let mut correlation_id = None;
        let mut http_request = None;
        let mut operation_name = None;
        let mut resource_group = None;
        let mut resource_provider = None;
        let mut resource_uri = None;
        let mut status = None;
        let mut subscription_id = None;
        let mut tenant_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut authorization,
                            rt::Nullable(rt::Plain::<ResourceAuthorization>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut claims,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut http_request,
                            rt::Nullable(rt::Plain::<ResourceHttpRequest>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_group,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_provider,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tenant_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            authorization,
            claims,
            correlation_id,
            http_request,
            operation_name,
            resource_group,
            resource_provider,
            resource_uri,
            status,
            subscription_id,
            tenant_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceActionSuccessEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ResourceAuthorization`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceAuthorization {
    /// JSON member `action`: string.
    #[serde(rename = "action", skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// JSON member `evidence`: map of string; listed as required in the schema.
    #[serde(rename = "evidence", skip_serializing_if = "Option::is_none")]
    pub evidence: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `scope`: string.
    #[serde(rename = "scope", skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}
impl rt::Members for ResourceAuthorization {
    const NAMES: &'static [&'static str] = &["action", "evidence", "scope"];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "action" => Some(0usize),
            "evidence" => Some(1usize),
            "scope" => Some(2usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut action = None;
        let mut evidence = None;
        let mut scope = None;
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
                            &mut evidence,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut scope,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self { action, evidence, scope })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceAuthorization {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Resources.ResourceDeleteCancel` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceDeleteCancelEventData {
    /// JSON member `authorization`: [`ResourceAuthorization`]; listed as required in the schema.
    #[serde(rename = "authorization", skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ResourceAuthorization>,
    /// JSON member `claims`: map of string; listed as required in the schema.
    #[serde(rename = "claims", skip_serializing_if = "Option::is_none")]
    pub claims: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `correlationId`: string.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `httpRequest`: [`ResourceHttpRequest`]; listed as required in the schema.
    #[serde(rename = "httpRequest", skip_serializing_if = "Option::is_none")]
    pub http_request: Option<ResourceHttpRequest>,
    /// JSON member `operationName`: string.
    #[serde(rename = "operationName", skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
    /// JSON member `resourceGroup`: string.
    #[serde(rename = "resourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: Option<String>,
    /// JSON member `resourceProvider`: string.
    #[serde(rename = "resourceProvider", skip_serializing_if = "Option::is_none")]
    pub resource_provider: Option<String>,
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// JSON member `status`: string.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// JSON member `subscriptionId`: string.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `tenantId`: string.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
impl rt::Members for ResourceDeleteCancelEventData {
    const NAMES: &'static [&'static str] = &[
        "authorization",
        "claims",
        "correlationId",
        "httpRequest",
        "operationName",
        "resourceGroup",
        "resourceProvider",
        "resourceUri",
        "status",
        "subscriptionId",
        "tenantId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "authorization" => Some(0usize),
            "claims" => Some(1usize),
            "correlationId" => Some(2usize),
            "httpRequest" => Some(3usize),
            "operationName" => Some(4usize),
            "resourceGroup" => Some(5usize),
            "resourceProvider" => Some(6usize),
            "resourceUri" => Some(7usize),
            "status" => Some(8usize),
            "subscriptionId" => Some(9usize),
            "tenantId" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut authorization = None;
        let mut claims = None;
        let mut correlation_id = None;
        let mut http_request = None;
        let mut operation_name = None;
        let mut resource_group = None;
        let mut resource_provider = None;
        let mut resource_uri = None;
        let mut status = None;
        let mut subscription_id = None;
        let mut tenant_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut authorization,
                            rt::Nullable(rt::Plain::<ResourceAuthorization>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut claims,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut http_request,
                            rt::Nullable(rt::Plain::<ResourceHttpRequest>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_group,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_provider,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tenant_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            authorization,
            claims,
            correlation_id,
            http_request,
            operation_name,
            resource_group,
            resource_provider,
            resource_uri,
            status,
            subscription_id,
            tenant_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceDeleteCancelEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Resources.ResourceDeleteFailure` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceDeleteFailureEventData {
    /// JSON member `authorization`: [`ResourceAuthorization`]; listed as required in the schema.
    #[serde(rename = "authorization", skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ResourceAuthorization>,
    /// JSON member `claims`: map of string; listed as required in the schema.
    #[serde(rename = "claims", skip_serializing_if = "Option::is_none")]
    pub claims: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `correlationId`: string.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `httpRequest`: [`ResourceHttpRequest`]; listed as required in the schema.
    #[serde(rename = "httpRequest", skip_serializing_if = "Option::is_none")]
    pub http_request: Option<ResourceHttpRequest>,
    /// JSON member `operationName`: string.
    #[serde(rename = "operationName", skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
    /// JSON member `resourceGroup`: string.
    #[serde(rename = "resourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: Option<String>,
    /// JSON member `resourceProvider`: string.
    #[serde(rename = "resourceProvider", skip_serializing_if = "Option::is_none")]
    pub resource_provider: Option<String>,
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// JSON member `status`: string.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// JSON member `subscriptionId`: string.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `tenantId`: string.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
impl rt::Members for ResourceDeleteFailureEventData {
    const NAMES: &'static [&'static str] = &[
        "authorization",
        "claims",
        "correlationId",
        "httpRequest",
        "operationName",
        "resourceGroup",
        "resourceProvider",
        "resourceUri",
        "status",
        "subscriptionId",
        "tenantId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "authorization" => Some(0usize),
            "claims" => Some(1usize),
            "correlationId" => Some(2usize),
            "httpRequest" => Some(3usize),
            "operationName" => Some(4usize),
            "resourceGroup" => Some(5usize),
            "resourceProvider" => Some(6usize),
            "resourceUri" => Some(7usize),
            "status" => Some(8usize),
            "subscriptionId" => Some(9usize),
            "tenantId" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut authorization = None;
        let mut claims = None;
        let mut correlation_id = None;
        let mut http_request = None;
        let mut operation_name = None;
        let mut resource_group = None;
        let mut resource_provider = None;
        let mut resource_uri = None;
        let mut status = None;
        let mut subscription_id = None;
        let mut tenant_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut authorization,
                            rt::Nullable(rt::Plain::<ResourceAuthorization>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut claims,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut http_request,
                            rt::Nullable(rt::Plain::<ResourceHttpRequest>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_group,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_provider,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tenant_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            authorization,
            claims,
            correlation_id,
            http_request,
            operation_name,
            resource_group,
            resource_provider,
            resource_uri,
            status,
            subscription_id,
            tenant_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceDeleteFailureEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Resources.ResourceDeleteSuccess` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceDeleteSuccessEventData {
    /// JSON member `authorization`: [`ResourceAuthorization`]; listed as required in the schema.
    #[serde(rename = "authorization", skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ResourceAuthorization>,
    /// JSON member `claims`: map of string; listed as required in the schema.
    #[serde(rename = "claims", skip_serializing_if = "Option::is_none")]
    pub claims: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `correlationId`: string.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `httpRequest`: [`ResourceHttpRequest`]; listed as required in the schema.
    #[serde(rename = "httpRequest", skip_serializing_if = "Option::is_none")]
    pub http_request: Option<ResourceHttpRequest>,
    /// JSON member `operationName`: string.
    #[serde(rename = "operationName", skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
    /// JSON member `resourceGroup`: string.
    #[serde(rename = "resourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: Option<String>,
    /// JSON member `resourceProvider`: string.
    #[serde(rename = "resourceProvider", skip_serializing_if = "Option::is_none")]
    pub resource_provider: Option<String>,
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// JSON member `status`: string.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// JSON member `subscriptionId`: string.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `tenantId`: string.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
impl rt::Members for ResourceDeleteSuccessEventData {
    const NAMES: &'static [&'static str] = &[
        "authorization",
        "claims",
        "correlationId",
        "httpRequest",
        "operationName",
        "resourceGroup",
        "resourceProvider",
        "resourceUri",
        "status",
        "subscriptionId",
        "tenantId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "authorization" => Some(0usize),
            "claims" => Some(1usize),
            "correlationId" => Some(2usize),
            "httpRequest" => Some(3usize),
            "operationName" => Some(4usize),
            "resourceGroup" => Some(5usize),
            "resourceProvider" => Some(6usize),
            "resourceUri" => Some(7usize),
            "status" => Some(8usize),
            "subscriptionId" => Some(9usize),
            "tenantId" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut authorization = None;
        let mut claims = None;
        let mut correlation_id = None;
        let mut http_request = None;
        let mut operation_name = None;
        let mut resource_group = None;
        let mut resource_provider = None;
        let mut resource_uri = None;
        let mut status = None;
        let mut subscription_id = None;
        let mut tenant_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut authorization,
                            rt::Nullable(rt::Plain::<ResourceAuthorization>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut claims,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut http_request,
                            rt::Nullable(rt::Plain::<ResourceHttpRequest>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_group,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_provider,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tenant_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            authorization,
            claims,
            correlation_id,
            http_request,
            operation_name,
            resource_group,
            resource_provider,
            resource_uri,
            status,
            subscription_id,
            tenant_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceDeleteSuccessEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The schema type `ResourceHttpRequest`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceHttpRequest {
    /// JSON member `clientIpAddress`: string.
    #[serde(rename = "clientIpAddress", skip_serializing_if = "Option::is_none")]
    pub client_ip_address: Option<String>,
    /// JSON member `clientRequestId`: string.
    #[serde(rename = "clientRequestId", skip_serializing_if = "Option::is_none")]
    pub client_request_id: Option<String>,
    /// JSON member `method`: string.
    #[serde(rename = "method", skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// JSON member `url`: string.
    #[serde(rename = "url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
impl rt::Members for ResourceHttpRequest {
    const NAMES: &'static [&'static str] = &[
        "clientIpAddress",
        "clientRequestId",
        "method",
        "url",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "clientIpAddress" => Some(0usize),
            "clientRequestId" => Some(1usize),
            "method" => Some(2usize),
            "url" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut client_ip_address = None;
        let mut client_request_id = None;
        let mut method = None;
        let mut url = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_ip_address,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut client_request_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut method,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
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
            client_ip_address,
            client_request_id,
            method,
            url,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceHttpRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Resources.ResourceWriteCancel` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceWriteCancelEventData {
    /// JSON member `authorization`: [`ResourceAuthorization`]; listed as required in the schema.
    #[serde(rename = "authorization", skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ResourceAuthorization>,
    /// JSON member `claims`: map of string; listed as required in the schema.
    #[serde(rename = "claims", skip_serializing_if = "Option::is_none")]
    pub claims: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `correlationId`: string.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `httpRequest`: [`ResourceHttpRequest`]; listed as required in the schema.
    #[serde(rename = "httpRequest", skip_serializing_if = "Option::is_none")]
    pub http_request: Option<ResourceHttpRequest>,
    /// JSON member `operationName`: string.
    #[serde(rename = "operationName", skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
    /// JSON member `resourceGroup`: string.
    #[serde(rename = "resourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: Option<String>,
    /// JSON member `resourceProvider`: string.
    #[serde(rename = "resourceProvider", skip_serializing_if = "Option::is_none")]
    pub resource_provider: Option<String>,
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// JSON member `status`: string.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// JSON member `subscriptionId`: string.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `tenantId`: string.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
impl rt::Members for ResourceWriteCancelEventData {
    const NAMES: &'static [&'static str] = &[
        "authorization",
        "claims",
        "correlationId",
        "httpRequest",
        "operationName",
        "resourceGroup",
        "resourceProvider",
        "resourceUri",
        "status",
        "subscriptionId",
        "tenantId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "authorization" => Some(0usize),
            "claims" => Some(1usize),
            "correlationId" => Some(2usize),
            "httpRequest" => Some(3usize),
            "operationName" => Some(4usize),
            "resourceGroup" => Some(5usize),
            "resourceProvider" => Some(6usize),
            "resourceUri" => Some(7usize),
            "status" => Some(8usize),
            "subscriptionId" => Some(9usize),
            "tenantId" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut authorization = None;
        let mut claims = None;
        let mut correlation_id = None;
        let mut http_request = None;
        let mut operation_name = None;
        let mut resource_group = None;
        let mut resource_provider = None;
        let mut resource_uri = None;
        let mut status = None;
        let mut subscription_id = None;
        let mut tenant_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut authorization,
                            rt::Nullable(rt::Plain::<ResourceAuthorization>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut claims,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut http_request,
                            rt::Nullable(rt::Plain::<ResourceHttpRequest>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_group,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_provider,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tenant_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            authorization,
            claims,
            correlation_id,
            http_request,
            operation_name,
            resource_group,
            resource_provider,
            resource_uri,
            status,
            subscription_id,
            tenant_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceWriteCancelEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Resources.ResourceWriteFailure` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceWriteFailureEventData {
    /// JSON member `authorization`: [`ResourceAuthorization`]; listed as required in the schema.
    #[serde(rename = "authorization", skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ResourceAuthorization>,
    /// JSON member `claims`: map of string; listed as required in the schema.
    #[serde(rename = "claims", skip_serializing_if = "Option::is_none")]
    pub claims: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `correlationId`: string.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `httpRequest`: [`ResourceHttpRequest`]; listed as required in the schema.
    #[serde(rename = "httpRequest", skip_serializing_if = "Option::is_none")]
    pub http_request: Option<ResourceHttpRequest>,
    /// JSON member `operationName`: string.
    #[serde(rename = "operationName", skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
    /// JSON member `resourceGroup`: string.
    #[serde(rename = "resourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: Option<String>,
    /// JSON member `resourceProvider`: string.
    #[serde(rename = "resourceProvider", skip_serializing_if = "Option::is_none")]
    pub resource_provider: Option<String>,
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// JSON member `status`: string.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// JSON member `subscriptionId`: string.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `tenantId`: string.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
impl rt::Members for ResourceWriteFailureEventData {
    const NAMES: &'static [&'static str] = &[
        "authorization",
        "claims",
        "correlationId",
        "httpRequest",
        "operationName",
        "resourceGroup",
        "resourceProvider",
        "resourceUri",
        "status",
        "subscriptionId",
        "tenantId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "authorization" => Some(0usize),
            "claims" => Some(1usize),
            "correlationId" => Some(2usize),
            "httpRequest" => Some(3usize),
            "operationName" => Some(4usize),
            "resourceGroup" => Some(5usize),
            "resourceProvider" => Some(6usize),
            "resourceUri" => Some(7usize),
            "status" => Some(8usize),
            "subscriptionId" => Some(9usize),
            "tenantId" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut authorization = None;
        let mut claims = None;
        let mut correlation_id = None;
        let mut http_request = None;
        let mut operation_name = None;
        let mut resource_group = None;
        let mut resource_provider = None;
        let mut resource_uri = None;
        let mut status = None;
        let mut subscription_id = None;
        let mut tenant_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut authorization,
                            rt::Nullable(rt::Plain::<ResourceAuthorization>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut claims,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut http_request,
                            rt::Nullable(rt::Plain::<ResourceHttpRequest>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_group,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_provider,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tenant_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            authorization,
            claims,
            correlation_id,
            http_request,
            operation_name,
            resource_group,
            resource_provider,
            resource_uri,
            status,
            subscription_id,
            tenant_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceWriteFailureEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.Resources.ResourceWriteSuccess` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResourceWriteSuccessEventData {
    /// JSON member `authorization`: [`ResourceAuthorization`]; listed as required in the schema.
    #[serde(rename = "authorization", skip_serializing_if = "Option::is_none")]
    pub authorization: Option<ResourceAuthorization>,
    /// JSON member `claims`: map of string; listed as required in the schema.
    #[serde(rename = "claims", skip_serializing_if = "Option::is_none")]
    pub claims: Option<std::collections::BTreeMap<String, String>>,
    /// JSON member `correlationId`: string.
    #[serde(rename = "correlationId", skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// JSON member `httpRequest`: [`ResourceHttpRequest`]; listed as required in the schema.
    #[serde(rename = "httpRequest", skip_serializing_if = "Option::is_none")]
    pub http_request: Option<ResourceHttpRequest>,
    /// JSON member `operationName`: string.
    #[serde(rename = "operationName", skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
    /// JSON member `resourceGroup`: string.
    #[serde(rename = "resourceGroup", skip_serializing_if = "Option::is_none")]
    pub resource_group: Option<String>,
    /// JSON member `resourceProvider`: string.
    #[serde(rename = "resourceProvider", skip_serializing_if = "Option::is_none")]
    pub resource_provider: Option<String>,
    /// JSON member `resourceUri`: string.
    #[serde(rename = "resourceUri", skip_serializing_if = "Option::is_none")]
    pub resource_uri: Option<String>,
    /// JSON member `status`: string.
    #[serde(rename = "status", skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// JSON member `subscriptionId`: string.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `tenantId`: string.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
}
impl rt::Members for ResourceWriteSuccessEventData {
    const NAMES: &'static [&'static str] = &[
        "authorization",
        "claims",
        "correlationId",
        "httpRequest",
        "operationName",
        "resourceGroup",
        "resourceProvider",
        "resourceUri",
        "status",
        "subscriptionId",
        "tenantId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "authorization" => Some(0usize),
            "claims" => Some(1usize),
            "correlationId" => Some(2usize),
            "httpRequest" => Some(3usize),
            "operationName" => Some(4usize),
            "resourceGroup" => Some(5usize),
            "resourceProvider" => Some(6usize),
            "resourceUri" => Some(7usize),
            "status" => Some(8usize),
            "subscriptionId" => Some(9usize),
            "tenantId" => Some(10usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut authorization = None;
        let mut claims = None;
        let mut correlation_id = None;
        let mut http_request = None;
        let mut operation_name = None;
        let mut resource_group = None;
        let mut resource_provider = None;
        let mut resource_uri = None;
        let mut status = None;
        let mut subscription_id = None;
        let mut tenant_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut authorization,
                            rt::Nullable(rt::Plain::<ResourceAuthorization>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut claims,
                            rt::Nullable(rt::Entries(rt::Plain::<String>::new())),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut correlation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut http_request,
                            rt::Nullable(rt::Plain::<ResourceHttpRequest>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut operation_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_group,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_provider,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                7usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                8usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut status,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                9usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                10usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut tenant_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            authorization,
            claims,
            correlation_id,
            http_request,
            operation_name,
            resource_group,
            resource_provider,
            resource_uri,
            status,
            subscription_id,
            tenant_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for ResourceWriteSuccessEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
