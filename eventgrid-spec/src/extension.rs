//! Extension attribute names: lower-case letters `a-z` and digits `0-9` (a MUST of the
//! CloudEvents spec), at most [`MAX_NAME_LEN`] of them (a SHOULD, which Event Grid namespaces
//! enforce in binary mode), and none of [`RESERVED_NAMES`].

use core::fmt;

/// The context attribute names that CloudEvents 1.0 defines, plus `data` and `data_base64`,
/// which the JSON format reserves. None of them may be used as an extension name.
pub const RESERVED_NAMES: [&str; 10] = [
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

/// The longest extension name the CloudEvents spec recommends (names SHOULD NOT be longer)
/// and Event Grid namespaces require in binary mode.
pub const MAX_NAME_LEN: usize = 20;

/// Why a string is not a valid extension attribute name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum NameError {
    /// The name is the empty string.
    Empty,
    /// The name has more than [`MAX_NAME_LEN`] characters.
    TooLong(usize),
    /// The name holds a character outside `a-z` and `0-9`.
    InvalidCharacter(char),
    /// The name is one of [`RESERVED_NAMES`].
    Reserved,
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("is empty"),
            Self::TooLong(len) => write!(
                f,
                "has {len} characters; the CloudEvents spec recommends at most {MAX_NAME_LEN}, \
                 and Event Grid namespaces require it in binary mode"
            ),
            Self::InvalidCharacter(c) => write!(
                f,
                "contains {c:?}; only lower-case letters a-z and digits 0-9 are allowed"
            ),
            Self::Reserved => f.write_str("is a reserved CloudEvents attribute name"),
        }
    }
}

impl core::error::Error for NameError {}

/// Checks an extension attribute name as a producer should write it: one or more of `a-z`
/// and `0-9`, at most [`MAX_NAME_LEN`] characters, and not one of [`RESERVED_NAMES`].
///
/// ```
/// use eventgrid_spec::extension::{check_name, NameError};
///
/// assert_eq!(check_name("traceparent"), Ok(()));
/// assert_eq!(check_name("Tenant"), Err(NameError::InvalidCharacter('T')));
/// assert_eq!(check_name("subject"), Err(NameError::Reserved));
/// ```
#[inline]
pub fn check_name(name: &str) -> Result<(), NameError> {
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    // Byte by byte: every byte before the first bad one is ASCII, so it starts a character.
    if let Some(at) = name
        .bytes()
        .position(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit()))
        && let Some(bad) = name[at..].chars().next()
    {
        return Err(NameError::InvalidCharacter(bad));
    }
    if name.len() > MAX_NAME_LEN {
        return Err(NameError::TooLong(name.len()));
    }
    if RESERVED_NAMES.contains(&name) {
        return Err(NameError::Reserved);
    }
    Ok(())
}

/// Checks the name of an extension a consumer received: [`check_name`] without its length
/// rule. The spec only says a name SHOULD NOT exceed [`MAX_NAME_LEN`] characters, so a
/// longer name is a valid event.
///
/// ```
/// use eventgrid_spec::extension::{check_name, check_received_name, NameError};
///
/// let long = "averyveryverylongextensionname";
/// assert_eq!(check_received_name(long), Ok(()));
/// assert_eq!(check_name(long), Err(NameError::TooLong(30)));
/// assert_eq!(check_received_name("Tenant"), Err(NameError::InvalidCharacter('T')));
/// ```
#[inline]
pub fn check_received_name(name: &str) -> Result<(), NameError> {
    match check_name(name) {
        Err(NameError::TooLong(_)) => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(check_name("tenant"), Ok(()));
        assert_eq!(check_name("abc123"), Ok(()));
        assert_eq!(check_name(""), Err(NameError::Empty));
        assert_eq!(check_name("Tenant"), Err(NameError::InvalidCharacter('T')));
        assert_eq!(check_name("té"), Err(NameError::InvalidCharacter('é')));
        assert_eq!(
            check_name("data_base64"),
            Err(NameError::InvalidCharacter('_'))
        );
        assert_eq!(check_name("time"), Err(NameError::Reserved));
        for reserved in RESERVED_NAMES {
            assert!(check_name(reserved).is_err(), "{reserved}");
        }
        let (twenty, longer) = ("abcdefghij0123456789", "abcdefghij0123456789x");
        assert_eq!(check_name(twenty), Ok(()));
        assert_eq!(check_name(longer), Err(NameError::TooLong(21)));
        assert_eq!(check_received_name(longer), Ok(()));
        assert_eq!(check_received_name(""), Err(NameError::Empty));
        assert_eq!(check_received_name("subject"), Err(NameError::Reserved));
    }
}
