//! Media types (RFC 2046) as CloudEvents uses them: which ones are JSON, which are text, and
//! whether a string is a media type at all.
//!
//! Type, subtype and parameter names are case-insensitive.

/// The `type/subtype` part of a media type, without parameters or surrounding space.
///
/// ```
/// assert_eq!(eventgrid_spec::media_type::essence(" text/plain ; charset=utf-8"), "text/plain");
/// ```
#[inline]
pub fn essence(media_type: &str) -> &str {
    media_type.split(';').next().unwrap_or("").trim()
}

/// Whether data of this media type is JSON: `*/json` or `*/*+json`, any parameters ignored.
///
/// ```
/// use eventgrid_spec::media_type::is_json;
///
/// assert!(is_json("application/json"));
/// assert!(is_json("Application/JSON; charset=utf-8"));
/// assert!(is_json("application/cloudevents+json"));
/// assert!(!is_json("text/plain"));
/// ```
#[inline]
pub fn is_json(media_type: &str) -> bool {
    // The usual value, answered without splitting.
    if media_type == "application/json" {
        return true;
    }
    let essence = essence(media_type);
    let Some((_, subtype)) = essence.split_once('/') else {
        return false;
    };
    subtype.eq_ignore_ascii_case("json") || ends_with_ignore_case(subtype, "+json")
}

/// Whether data of this media type is text: `text/*`, `*/xml`, `*/*+xml`, or any media type
/// with a `charset` parameter.
///
/// ```
/// use eventgrid_spec::media_type::is_textual;
///
/// assert!(is_textual("text/plain"));
/// assert!(is_textual("application/xml; charset=utf-8"));
/// assert!(!is_textual("application/octet-stream"));
/// ```
#[inline]
pub fn is_textual(media_type: &str) -> bool {
    let essence = essence(media_type);
    let Some((ty, subtype)) = essence.split_once('/') else {
        return false;
    };
    ty.eq_ignore_ascii_case("text")
        || subtype.eq_ignore_ascii_case("xml")
        || ends_with_ignore_case(subtype, "+xml")
        || media_type.split(';').skip(1).any(|param| {
            param
                .split('=')
                .next()
                .is_some_and(|name| name.trim().eq_ignore_ascii_case("charset"))
        })
}

#[inline]
fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text.as_bytes()[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// RFC 7230 `tchar`, the characters of a token.
#[inline]
fn is_token(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Checks that a string is a media type: `type/subtype` tokens, then `; name=value`
/// parameters whose value is a token or a quoted string. Returns what is wrong.
///
/// ```
/// use eventgrid_spec::media_type::check;
///
/// assert!(check("application/json; charset=utf-8").is_ok());
/// assert!(check("json").is_err());
/// ```
#[inline]
pub fn check(media_type: &str) -> Result<(), &'static str> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_media_types() {
        for yes in [
            "application/json",
            "text/json",
            "application/vnd.foo+json",
            "APPLICATION/JSON ; charset=UTF-8",
        ] {
            assert!(is_json(yes), "{yes}");
        }
        for no in [
            "application/xml",
            "application/jsonx",
            "json",
            "",
            "application/json-seq",
        ] {
            assert!(!is_json(no), "{no}");
        }
    }

    #[test]
    fn media_type_syntax() {
        assert!(check("text/plain; charset=\"utf-8\"").is_ok());
        assert!(check("text/").is_err());
        assert!(check("text/plain; charset").is_err());
        assert!(check("te xt/plain").is_err());
    }
}
