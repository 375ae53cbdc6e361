//! RFC 3986 URI references, the type of `source` and `dataschema`.

/// Bytes that may appear as they are in a URI-reference (RFC 3986 `unreserved`,
/// `gen-delims`, `sub-delims`); `%` starts an escape and is handled apart.
const URI_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let allowed =
        b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=";
    let mut i = 0;
    while i < allowed.len() {
        table[allowed[i] as usize] = true;
        i += 1;
    }
    table
};

/// Checks RFC 3986 URI-reference syntax. Returns whether the reference is absolute (has a
/// scheme), or what is wrong.
///
/// ```
/// use eventgrid_spec::uri::check_uri_reference;
///
/// assert_eq!(check_uri_reference("/mycontext"), Ok(false));
/// assert_eq!(check_uri_reference("https://example.com/a?b#c"), Ok(true));
/// assert_eq!(check_uri_reference("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"), Ok(true));
/// assert!(check_uri_reference("not a uri").is_err());
/// ```
#[inline]
pub fn check_uri_reference(value: &str) -> Result<bool, &'static str> {
    let bytes = value.as_bytes();
    // References almost never hold an escape or a byte to refuse: a pass without a branch
    // per byte proves that (the table has no '%'), at about half the cost of the walk that
    // says what is wrong.
    if !bytes
        .iter()
        .fold(true, |ok, &b| ok & URI_BYTES[usize::from(b)])
    {
        check_bytes(bytes)?;
    }
    // A colon before any '/', '?' or '#' ends a scheme, which must be well formed.
    match bytes
        .iter()
        .position(|b| matches!(b, b':' | b'/' | b'?' | b'#'))
    {
        Some(0) if bytes[0] == b':' => Err("it starts with ':'"),
        Some(colon) if bytes[colon] == b':' => {
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
        _ => Ok(false),
    }
}

/// Every byte may appear as it is or is part of a `%` escape of two hex digits; else what is
/// wrong.
fn check_bytes(bytes: &[u8]) -> Result<(), &'static str> {
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
            b if URI_BYTES[usize::from(b)] => {}
            b' ' => return Err("it contains a space"),
            _ => return Err("it contains a character that must be percent-encoded"),
        }
        i += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_references() {
        for (input, absolute) in [
            ("/mycontext", false),
            ("//github.com/cloudevents/a.yaml", false),
            ("#", false),
            ("http://localhost/source", true),
            ("a%20b", false),
            ("/subscriptions/x/resourceGroups/y", false),
        ] {
            assert_eq!(check_uri_reference(input), Ok(absolute), "{input}");
        }
        for bad in ["a b", "%zz", "%4", "é", "1http://x", ":x", "a\"b"] {
            assert!(check_uri_reference(bad).is_err(), "{bad}");
        }
    }
}
