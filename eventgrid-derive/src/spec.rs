//! The CloudEvents rules the derive checks on literals at compile time.
//!
//! These mirror `eventgrid_types::validate::check_uri_reference`,
//! `eventgrid_types::media_type::{check, is_json}` and
//! `eventgrid_types::extension::check_name` (the derive cannot depend on the runtime crate,
//! which depends on it). Keep them in step: the unit tests below use the same cases as the
//! runtime crate's.

/// The names an extension may not take.
pub(crate) const RESERVED_NAMES: [&str; 10] = [
    "specversion",
    "id",
    "source",
    "type",
    "datacontenttype",
    "dataschema",
    "subject",
    "time",
    "data",
    "data_base64",
];

/// Checks an extension name: `[a-z0-9]{1,20}`, not reserved.
pub(crate) fn check_extension_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("extension name must not be empty".into());
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
    {
        let hint = if bad.is_ascii_uppercase() {
            format!("; write `{}`", name.to_ascii_lowercase())
        } else {
            String::new()
        };
        return Err(format!(
            "extension name `{name}` contains {bad:?}; only lower-case letters a-z and digits 0-9 are allowed{hint}"
        ));
    }
    if name.len() > 20 {
        return Err(format!(
            "extension name `{name}` has {} characters; at most 20 are allowed",
            name.len()
        ));
    }
    if RESERVED_NAMES.contains(&name) {
        let hint = if ["id", "source", "subject", "time"].contains(&name) {
            format!("; map the field with #[cloudevent({name})] instead")
        } else {
            String::new()
        };
        return Err(format!(
            "`{name}` is a CloudEvents core attribute and cannot be an extension{hint}"
        ));
    }
    Ok(())
}

/// RFC 3986 URI-reference syntax; `Ok(true)` when absolute (has a scheme).
pub(crate) fn check_uri_reference(value: &str) -> Result<bool, &'static str> {
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                if i + 2 >= bytes.len()
                    || !bytes[i + 1].is_ascii_hexdigit()
                    || !bytes[i + 2].is_ascii_hexdigit()
                {
                    return Err("a '%' is not followed by two hex digits");
                }
                i += 3;
                continue;
            }
            b if b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b) => {}
            b' ' => return Err("it contains a space"),
            _ => return Err("it contains a character that must be percent-encoded"),
        }
        i += 1;
    }
    let first_delimiter = value.find(['/', '?', '#']).unwrap_or(value.len());
    match value[..first_delimiter].find(':') {
        None => Ok(false),
        Some(0) => Err("it starts with ':'"),
        Some(colon) => {
            let scheme = &value[..colon];
            let valid = scheme.as_bytes()[0].is_ascii_alphabetic()
                && scheme
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b));
            if valid {
                Ok(true)
            } else {
                Err("its scheme is not valid")
            }
        }
    }
}

/// RFC 7230 `tchar`s.
fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Media type syntax: `type/subtype` then `; name=value` parameters.
pub(crate) fn check_media_type(media_type: &str) -> Result<(), &'static str> {
    if media_type.chars().any(|c| c.is_control() || !c.is_ascii()) {
        return Err("contains a control or non-ASCII character");
    }
    let mut parts = media_type.split(';');
    let essence = parts.next().unwrap_or("").trim();
    let (ty, subtype) = essence
        .split_once('/')
        .ok_or("has no '/' between type and subtype")?;
    if !is_token(ty) {
        return Err("type is not a token");
    }
    if !is_token(subtype) {
        return Err("subtype is not a token");
    }
    for param in parts {
        let (name, value) = param
            .trim()
            .split_once('=')
            .ok_or("a parameter has no '='")?;
        if !is_token(name) {
            return Err("a parameter name is not a token");
        }
        let quoted = value.len() >= 2 && value.starts_with('"') && value.ends_with('"');
        if !quoted && !is_token(value) {
            return Err("a parameter value is neither a token nor a quoted string");
        }
    }
    Ok(())
}

/// Whether a (valid) media type is JSON: `*/json` or `*/*+json`.
pub(crate) fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    essence.split_once('/').is_some_and(|(_, subtype)| {
        let subtype = subtype.to_ascii_lowercase();
        subtype == "json" || subtype.ends_with("+json")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert_eq!(check_uri_reference("/orders/x"), Ok(false));
        assert_eq!(check_uri_reference("https://x.example/a"), Ok(true));
        assert!(check_uri_reference("a b").is_err());
        assert!(check_uri_reference("1http://x").is_err());
        assert!(check_media_type("application/json; charset=utf-8").is_ok());
        assert!(check_media_type("json").is_err());
        assert!(is_json("application/cloudevents+json"));
        assert!(!is_json("text/plain"));
        assert!(check_extension_name("tenant").is_ok());
        assert!(check_extension_name("Tenant").is_err());
        assert!(check_extension_name("abcdefghij0123456789x").is_err());
        assert!(check_extension_name("data_base64").is_err());
        assert!(check_extension_name("time").is_err());
        assert!(check_extension_name("").is_err());
    }
}
