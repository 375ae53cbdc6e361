// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.Edge.SolutionVersionPublished` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct EdgeSolutionVersionPublishedEventData {
    /// JSON member `apiVersion`: string; listed as required in the schema.
    #[serde(rename = "apiVersion", skip_serializing_if = "Option::is_none")]
    pub api_version: Option<String>,
    /// JSON member `callbackUrl`: string (uri); listed as required in the schema.
    #[serde(rename = "callbackUrl", skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// JSON member `externalValidationId`: string; listed as required in the schema.
    #[serde(rename = "externalValidationId", skip_serializing_if = "Option::is_none")]
    pub external_validation_id: Option<String>,
    /// JSON member `solutionTemplateId`: string; listed as required in the schema.
    #[serde(rename = "solutionTemplateId", skip_serializing_if = "Option::is_none")]
    pub solution_template_id: Option<String>,
    /// JSON member `solutionTemplateVersionId`: string; listed as required in the schema.
    #[serde(
        rename = "solutionTemplateVersionId",
        skip_serializing_if = "Option::is_none"
    )]
    pub solution_template_version_id: Option<String>,
    /// JSON member `solutionVersionId`: string; listed as required in the schema.
    #[serde(rename = "solutionVersionId", skip_serializing_if = "Option::is_none")]
    pub solution_version_id: Option<String>,
    /// JSON member `targetId`: string; listed as required in the schema.
    #[serde(rename = "targetId", skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
}
impl rt::Members for EdgeSolutionVersionPublishedEventData {
    const NAMES: &'static [&'static str] = &[
        "apiVersion",
        "callbackUrl",
        "externalValidationId",
        "solutionTemplateId",
        "solutionTemplateVersionId",
        "solutionVersionId",
        "targetId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "apiVersion" => Some(0usize),
            "callbackUrl" => Some(1usize),
            "externalValidationId" => Some(2usize),
            "solutionTemplateId" => Some(3usize),
            "solutionTemplateVersionId" => Some(4usize),
            "solutionVersionId" => Some(5usize),
            "targetId" => Some(6usize),
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
                self.api_version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.callback_url = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.external_validation_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.solution_template_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.solution_template_version_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.solution_version_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.target_id = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for EdgeSolutionVersionPublishedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
