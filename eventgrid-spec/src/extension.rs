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
    check(name, true)
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
    check(name, false)
}

/// Whether every byte of `name` is `a-z` or `0-9` (an empty name passes), eight bytes at a
/// time: decoders and encoders ask it of every extension name, and a byte loop was about a
/// tenth of decoding or encoding an event of many extensions. Names are short, so the bytes
/// past the last whole word are read as the last word (under eight, as two overlapping
/// halves).
///
/// ```
/// use eventgrid_spec::extension::is_lower_alnum;
///
/// assert!(is_lower_alnum("traceparent2"));
/// assert!(!is_lower_alnum("traceParent"));
/// ```
#[inline]
pub fn is_lower_alnum(name: &str) -> bool {
    /// Whether each of the eight bytes of `word` is `a-z` or `0-9`.
    #[inline]
    fn word(word: u64) -> bool {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        // Each byte, when below 0x80, plus `0x80 - bound` sets its high bit exactly when it
        // is at least `bound`, and carries into no other byte.
        let at_least =
            |bound: u8| word.wrapping_add(u64::from(0x80 - bound) * 0x0101_0101_0101_0101);
        let letter = at_least(b'a') & !at_least(b'z' + 1);
        let digit = at_least(b'0') & !at_least(b'9' + 1);
        word & HIGH == 0 && (letter | digit) & HIGH == HIGH
    }
    let bytes = name.as_bytes();
    let half = |at: usize| {
        u64::from(u32::from_le_bytes([
            bytes[at],
            bytes[at + 1],
            bytes[at + 2],
            bytes[at + 3],
        ]))
    };
    match bytes.len() {
        0..4 => bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
        4..=8 => word(half(0) | half(bytes.len() - 4) << 32),
        // The text of many names at once (encoders test an event's names in one scan): 32
        // bytes at a time with no exit inside, which the compiler makes vector instructions,
        // the bytes after the last whole chunk read as the last 32. A word at a time cost
        // ten instructions per name of an event of 95,000 extensions.
        65.. => {
            let chunk = |chunk: &[u8; 32]| {
                chunk.iter().fold(true, |all, b| {
                    all & (b.is_ascii_lowercase() | b.is_ascii_digit())
                })
            };
            let (chunks, _) = bytes.as_chunks::<32>();
            chunks.iter().all(chunk) && bytes.last_chunk::<32>().is_some_and(chunk)
        }
        _ => {
            let (words, _) = bytes.as_chunks::<8>();
            words.iter().all(|w| word(u64::from_le_bytes(*w)))
                && bytes
                    .last_chunk::<8>()
                    .is_some_and(|w| word(u64::from_le_bytes(*w)))
        }
    }
}

/// The name rules, the length rule only when `limit_length`: a valid name, nearly every
/// one, is answered by the word test; any other goes to [`what_is_wrong`].
#[inline]
fn check(name: &str, limit_length: bool) -> Result<(), NameError> {
    if !name.is_empty()
        && (!limit_length || name.len() <= MAX_NAME_LEN)
        && is_lower_alnum(name)
        && !RESERVED_NAMES.contains(&name)
    {
        return Ok(());
    }
    what_is_wrong(name, limit_length)
}

/// The first rule `name` breaks, in the order the rules are listed.
#[cold]
fn what_is_wrong(name: &str, limit_length: bool) -> Result<(), NameError> {
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
    if limit_length && name.len() > MAX_NAME_LEN {
        return Err(NameError::TooLong(name.len()));
    }
    if RESERVED_NAMES.contains(&name) {
        return Err(NameError::Reserved);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_name_check_answers_as_the_rule_does() {
        let long = "abcdefghij0123456789x";
        for name in [
            "",
            "a",
            "tenant",
            "e12345",
            "abcdefghij0123456789",
            long,
            "Tenant",
            "te nant",
            "té",
            "data_base64",
            "data",
            "time",
            "subject",
            "specversion",
            "id",
            "a-b",
            "abcdefghijklmnopqrstuvwxyz0123456789",
            "abcdefghijklmnopqrstuvwxyz0123456789_",
        ] {
            assert_eq!(check_name(name), what_is_wrong(name, true), "{name:?}");
            assert_eq!(
                check_received_name(name),
                what_is_wrong(name, false),
                "{name:?}"
            );
        }
        assert_eq!(check_received_name(long), Ok(()));
        // Every length up to past two words, and past four of the 32-byte chunks of a long
        // text, with each byte in turn made each edge of the ranges and their neighbours.
        for len in 0..140 {
            let mut buffer = [0; 140];
            let plain = &mut buffer[..len];
            for (i, byte) in plain.iter_mut().enumerate() {
                *byte = b"az09m5"[i % 6];
            }
            assert!(
                is_lower_alnum(core::str::from_utf8(plain).unwrap()),
                "{len}"
            );
            for at in 0..len {
                for b in [
                    b'a' - 1,
                    b'z' + 1,
                    b'0' - 1,
                    b'9' + 1,
                    b'A',
                    b'Z',
                    b'_',
                    0,
                    0x7F,
                ] {
                    let mut bad = buffer;
                    bad[at] = b;
                    let bad = core::str::from_utf8(&bad[..len]).unwrap();
                    assert!(!is_lower_alnum(bad), "{bad:?}");
                }
            }
        }
        assert!(!is_lower_alnum("abcdefghijklmnopqrstuvwxyZ"));
        assert!(!is_lower_alnum("abcé"));
        let mut long = [b'a'; 140];
        long[70..72].copy_from_slice("é".as_bytes());
        assert!(!is_lower_alnum(core::str::from_utf8(&long).unwrap()));
    }

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
