// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.PolicyInsights.PolicyStateChanged` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PolicyInsightsPolicyStateChangedEventData {
    /// JSON member `complianceReasonCode`: string; listed as required in the schema.
    #[serde(rename = "complianceReasonCode", skip_serializing_if = "Option::is_none")]
    pub compliance_reason_code: Option<String>,
    /// JSON member `complianceState`: string; listed as required in the schema.
    #[serde(rename = "complianceState", skip_serializing_if = "Option::is_none")]
    pub compliance_state: Option<String>,
    /// JSON member `policyAssignmentId`: string; listed as required in the schema.
    #[serde(rename = "policyAssignmentId", skip_serializing_if = "Option::is_none")]
    pub policy_assignment_id: Option<String>,
    /// JSON member `policyDefinitionId`: string; listed as required in the schema.
    #[serde(rename = "policyDefinitionId", skip_serializing_if = "Option::is_none")]
    pub policy_definition_id: Option<String>,
    /// JSON member `policyDefinitionReferenceId`: string; listed as required in the schema.
    #[serde(
        rename = "policyDefinitionReferenceId",
        skip_serializing_if = "Option::is_none"
    )]
    pub policy_definition_reference_id: Option<String>,
    /// JSON member `subscriptionId`: string; listed as required in the schema.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `timestamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "timestamp", skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<rt::Timestamp>,
}
impl rt::Members for PolicyInsightsPolicyStateChangedEventData {
    const NAMES: &'static [&'static str] = &[
        "complianceReasonCode",
        "complianceState",
        "policyAssignmentId",
        "policyDefinitionId",
        "policyDefinitionReferenceId",
        "subscriptionId",
        "timestamp",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "complianceReasonCode" => Some(0usize),
            "complianceState" => Some(1usize),
            "policyAssignmentId" => Some(2usize),
            "policyDefinitionId" => Some(3usize),
            "policyDefinitionReferenceId" => Some(4usize),
            "subscriptionId" => Some(5usize),
            "timestamp" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut compliance_reason_code = None;
        let mut compliance_state = None;
        let mut policy_assignment_id = None;
        let mut policy_definition_id = None;
        let mut policy_definition_reference_id = None;
        let mut subscription_id = None;
        let mut timestamp = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compliance_reason_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compliance_state,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_assignment_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_definition_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_definition_reference_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timestamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            compliance_reason_code,
            compliance_state,
            policy_assignment_id,
            policy_definition_id,
            policy_definition_reference_id,
            subscription_id,
            timestamp,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PolicyInsightsPolicyStateChangedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.PolicyInsights.PolicyStateCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PolicyInsightsPolicyStateCreatedEventData {
    /// JSON member `complianceReasonCode`: string; listed as required in the schema.
    #[serde(rename = "complianceReasonCode", skip_serializing_if = "Option::is_none")]
    pub compliance_reason_code: Option<String>,
    /// JSON member `complianceState`: string; listed as required in the schema.
    #[serde(rename = "complianceState", skip_serializing_if = "Option::is_none")]
    pub compliance_state: Option<String>,
    /// JSON member `policyAssignmentId`: string; listed as required in the schema.
    #[serde(rename = "policyAssignmentId", skip_serializing_if = "Option::is_none")]
    pub policy_assignment_id: Option<String>,
    /// JSON member `policyDefinitionId`: string; listed as required in the schema.
    #[serde(rename = "policyDefinitionId", skip_serializing_if = "Option::is_none")]
    pub policy_definition_id: Option<String>,
    /// JSON member `policyDefinitionReferenceId`: string; listed as required in the schema.
    #[serde(
        rename = "policyDefinitionReferenceId",
        skip_serializing_if = "Option::is_none"
    )]
    pub policy_definition_reference_id: Option<String>,
    /// JSON member `subscriptionId`: string; listed as required in the schema.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `timestamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "timestamp", skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<rt::Timestamp>,
}
impl rt::Members for PolicyInsightsPolicyStateCreatedEventData {
    const NAMES: &'static [&'static str] = &[
        "complianceReasonCode",
        "complianceState",
        "policyAssignmentId",
        "policyDefinitionId",
        "policyDefinitionReferenceId",
        "subscriptionId",
        "timestamp",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "complianceReasonCode" => Some(0usize),
            "complianceState" => Some(1usize),
            "policyAssignmentId" => Some(2usize),
            "policyDefinitionId" => Some(3usize),
            "policyDefinitionReferenceId" => Some(4usize),
            "subscriptionId" => Some(5usize),
            "timestamp" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut compliance_reason_code = None;
        let mut compliance_state = None;
        let mut policy_assignment_id = None;
        let mut policy_definition_id = None;
        let mut policy_definition_reference_id = None;
        let mut subscription_id = None;
        let mut timestamp = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compliance_reason_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compliance_state,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_assignment_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_definition_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_definition_reference_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timestamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            compliance_reason_code,
            compliance_state,
            policy_assignment_id,
            policy_definition_id,
            policy_definition_reference_id,
            subscription_id,
            timestamp,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PolicyInsightsPolicyStateCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.PolicyInsights.PolicyStateDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PolicyInsightsPolicyStateDeletedEventData {
    /// JSON member `complianceReasonCode`: string; listed as required in the schema.
    #[serde(rename = "complianceReasonCode", skip_serializing_if = "Option::is_none")]
    pub compliance_reason_code: Option<String>,
    /// JSON member `complianceState`: string; listed as required in the schema.
    #[serde(rename = "complianceState", skip_serializing_if = "Option::is_none")]
    pub compliance_state: Option<String>,
    /// JSON member `policyAssignmentId`: string; listed as required in the schema.
    #[serde(rename = "policyAssignmentId", skip_serializing_if = "Option::is_none")]
    pub policy_assignment_id: Option<String>,
    /// JSON member `policyDefinitionId`: string; listed as required in the schema.
    #[serde(rename = "policyDefinitionId", skip_serializing_if = "Option::is_none")]
    pub policy_definition_id: Option<String>,
    /// JSON member `policyDefinitionReferenceId`: string; listed as required in the schema.
    #[serde(
        rename = "policyDefinitionReferenceId",
        skip_serializing_if = "Option::is_none"
    )]
    pub policy_definition_reference_id: Option<String>,
    /// JSON member `subscriptionId`: string; listed as required in the schema.
    #[serde(rename = "subscriptionId", skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// JSON member `timestamp`: string (date-time); listed as required in the schema.
    #[serde(rename = "timestamp", skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<rt::Timestamp>,
}
impl rt::Members for PolicyInsightsPolicyStateDeletedEventData {
    const NAMES: &'static [&'static str] = &[
        "complianceReasonCode",
        "complianceState",
        "policyAssignmentId",
        "policyDefinitionId",
        "policyDefinitionReferenceId",
        "subscriptionId",
        "timestamp",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "complianceReasonCode" => Some(0usize),
            "complianceState" => Some(1usize),
            "policyAssignmentId" => Some(2usize),
            "policyDefinitionId" => Some(3usize),
            "policyDefinitionReferenceId" => Some(4usize),
            "subscriptionId" => Some(5usize),
            "timestamp" => Some(6usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut compliance_reason_code = None;
        let mut compliance_state = None;
        let mut policy_assignment_id = None;
        let mut policy_definition_id = None;
        let mut policy_definition_reference_id = None;
        let mut subscription_id = None;
        let mut timestamp = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compliance_reason_code,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut compliance_state,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_assignment_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_definition_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut policy_definition_reference_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut timestamp,
                            rt::Nullable(rt::Plain::<rt::Timestamp>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            compliance_reason_code,
            compliance_state,
            policy_assignment_id,
            policy_definition_id,
            policy_definition_reference_id,
            subscription_id,
            timestamp,
        })
    }
}
impl<'de> serde::Deserialize<'de> for PolicyInsightsPolicyStateDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
