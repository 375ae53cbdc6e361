//! Identifiers: every Rust name the generator writes comes from here.

use std::collections::BTreeSet;

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// Makes `name` a valid identifier: keywords become raw identifiers (`r#type`), or get a `_`
/// suffix where Rust has no raw form; an empty name or one starting with a digit gets a prefix.
pub fn sanitize(name: &str, prefix: &str) -> String {
    let mut name: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, prefix);
    }
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    } else if KEYWORDS.contains(&name.as_str()) {
        name.insert_str(0, "r#");
    }
    name
}

/// A struct field for a JSON member name: `eTag` -> `e_tag`, `type` -> `r#type`,
/// `@odata.type` -> `odata_type`.
pub fn field(wire: &str) -> String {
    sanitize(&wire.to_snake_case(), "field_")
}

/// A type name for a schema definition name; valid names are kept as they are, so the Rust
/// type is findable by its schema name (`StorageBlobCreatedEventData`).
pub fn type_name(def: &str) -> String {
    let clean: String = def.chars().filter(char::is_ascii_alphanumeric).collect();
    if clean == def && def.starts_with(|c: char| c.is_ascii_uppercase()) && !KEYWORDS.contains(&def)
    {
        def.to_owned()
    } else {
        sanitize(&def.to_upper_camel_case(), "T")
    }
}

/// An enum variant for a wire value: `communicationUser` -> `CommunicationUser`.
pub fn variant(wire: &str) -> String {
    sanitize(&wire.to_upper_camel_case(), "V")
}

/// The event type without the leading `Microsoft.`, split into segments.
fn segments(event_type: &str) -> impl Iterator<Item = &str> {
    let rest = event_type.strip_prefix("Microsoft.").unwrap_or(event_type);
    rest.split('.')
}

/// The `SystemEventNames` constant: `Microsoft.Storage.BlobCreated` -> `STORAGE_BLOB_CREATED`.
pub fn const_name(event_type: &str) -> String {
    let parts: Vec<String> = segments(event_type)
        .map(ToShoutySnakeCase::to_shouty_snake_case)
        .collect();
    sanitize(&parts.join("_"), "E_")
}

/// The `SystemEvent` variant: `Microsoft.Storage.BlobCreated` -> `StorageBlobCreated`.
pub fn event_variant(event_type: &str) -> String {
    let parts: String = segments(event_type)
        .map(ToUpperCamelCase::to_upper_camel_case)
        .collect();
    sanitize(&parts, "E")
}

/// Hands out names unique within one scope: the second `x` becomes `x_2`.
#[derive(Debug, Default)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// A scope where `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self {
            taken: reserved.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// `name`, or `name_2`, `name_3`, ... if taken.
    pub fn unique(&mut self, name: String) -> String {
        self.unique_with(name, "_")
    }

    /// `Name`, or `Name2`, `Name3`, ... if taken (for `UpperCamelCase` names).
    pub fn unique_camel(&mut self, name: String) -> String {
        self.unique_with(name, "")
    }

    fn unique_with(&mut self, name: String, separator: &str) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        let base = name.strip_prefix("r#").unwrap_or(&name).to_owned();
        let mut i = 2;
        loop {
            let candidate = format!("{base}{separator}{i}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        assert_eq!(field("eTag"), "e_tag");
        assert_eq!(field("type"), "r#type");
        assert_eq!(field("NBF"), "nbf");
        assert_eq!(field("instanceID"), "instance_id");
        assert_eq!(field("receivedTimeStamp"), "received_time_stamp");
        assert_eq!(field("$metadata"), "metadata");
        assert_eq!(field("@odata.type"), "odata_type");
        assert_eq!(field("self"), "self_");
        assert_eq!(field("0x"), "field_0x");
    }

    #[test]
    fn events() {
        assert_eq!(
            const_name("Microsoft.Storage.BlobCreated"),
            "STORAGE_BLOB_CREATED"
        );
        assert_eq!(
            const_name("Microsoft.ResourceNotifications.Resources.CreatedOrUpdated"),
            "RESOURCE_NOTIFICATIONS_RESOURCES_CREATED_OR_UPDATED"
        );
        assert_eq!(
            event_variant("Microsoft.AVS.ClusterCreated"),
            "AvsClusterCreated"
        );
        assert_eq!(
            event_variant("Microsoft.EventGrid.MQTTClientCreatedOrUpdated"),
            "EventGridMqttClientCreatedOrUpdated"
        );
    }

    #[test]
    fn scope() {
        let mut scope = Scope::with_reserved(&["Other"]);
        assert_eq!(scope.unique("Other".into()), "Other_2");
        assert_eq!(scope.unique("r#type".into()), "r#type");
        assert_eq!(scope.unique("r#type".into()), "type_2");
    }
}
