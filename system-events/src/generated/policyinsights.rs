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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.compliance_reason_code = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.compliance_state = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.policy_assignment_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.policy_definition_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.policy_definition_reference_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.subscription_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.timestamp = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.compliance_reason_code = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.compliance_state = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.policy_assignment_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.policy_definition_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.policy_definition_reference_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.subscription_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.timestamp = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
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
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.compliance_reason_code = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.compliance_state = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.policy_assignment_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.policy_definition_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.policy_definition_reference_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.subscription_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.timestamp = map
                    .next_value_seed(rt::Nullable(rt::Plain::<rt::Timestamp>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for PolicyInsightsPolicyStateDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
