//! The CloudEvents rules the derive checks on literals at compile time: the rules of
//! `eventgrid-spec`, which `eventgrid-types` checks at run time, so the two cannot drift.
//! Only the messages are the derive's own: they say how to fix the attribute.

use eventgrid_spec::extension::{self, MAX_NAME_LEN, NameError};

pub(crate) use eventgrid_spec::media_type::{check as check_media_type, is_json};
pub(crate) use eventgrid_spec::uri::check_uri_reference;

/// Checks an extension name as a producer writes it (`eventgrid_spec::extension::check_name`):
/// lower-case letters and digits, at most 20 of them, not reserved.
pub(crate) fn check_extension_name(name: &str) -> Result<(), String> {
    match extension::check_name(name) {
        Ok(()) => Ok(()),
        Err(NameError::Empty) => Err("extension name must not be empty".into()),
        Err(NameError::InvalidCharacter(bad)) => {
            let hint = if bad.is_ascii_uppercase() {
                format!("; write `{}`", name.to_ascii_lowercase())
            } else {
                String::new()
            };
            Err(format!(
                "extension name `{name}` contains {bad:?}; only lower-case letters a-z and digits 0-9 are allowed{hint}"
            ))
        }
        Err(NameError::TooLong(len)) => Err(format!(
            "extension name `{name}` has {len} characters; the CloudEvents spec recommends at most \
             {MAX_NAME_LEN}, and Event Grid namespaces require it in binary mode"
        )),
        Err(NameError::Reserved) => {
            let hint = if ["id", "source", "subject", "time"].contains(&name) {
                format!("; map the field with #[cloudevent({name})] instead")
            } else {
                String::new()
            };
            Err(format!(
                "`{name}` is a CloudEvents core attribute and cannot be an extension{hint}"
            ))
        }
        Err(other) => Err(format!("extension name `{name}` {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The derive's messages for each way a name breaks the rule.
    #[test]
    fn extension_name_messages() {
        assert!(check_extension_name("tenant").is_ok());
        let upper = check_extension_name("Tenant").unwrap_err();
        assert!(upper.ends_with("; write `tenant`"), "{upper}");
        let long = check_extension_name("abcdefghij0123456789x").unwrap_err();
        assert!(long.contains("has 21 characters"), "{long}");
        let core = check_extension_name("time").unwrap_err();
        assert!(core.ends_with("#[cloudevent(time)] instead"), "{core}");
        assert!(check_extension_name("data_base64").is_err());
        assert!(check_extension_name("").is_err());
    }
}
