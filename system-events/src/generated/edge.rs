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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut api_version = None;
        let mut callback_url = None;
        let mut external_validation_id = None;
        let mut solution_template_id = None;
        let mut solution_template_version_id = None;
        let mut solution_version_id = None;
        let mut target_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut api_version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut callback_url,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut external_validation_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut solution_template_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut solution_template_version_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut solution_version_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut target_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            api_version,
            callback_url,
            external_validation_id,
            solution_template_id,
            solution_template_version_id,
            solution_version_id,
            target_id,
        })
    }
}
impl<'de> serde::Deserialize<'de> for EdgeSolutionVersionPublishedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
