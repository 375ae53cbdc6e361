//! Header value encoding of the CloudEvents HTTP binding (binary mode, `ce-` headers).
//!
//! [`encode`] percent-encodes an attribute's canonical string so it can travel as an HTTP
//! header value; [`decode`] reverses it, also accepting what lenient or legacy senders write
//! (RFC 7230 quoted-strings, lower-case hex, unnecessary escapes, raw UTF-8).
//!
//! ```
//! use eventgrid_types::percent::{decode, encode};
//!
//! let encoded = encode("Euro € \"quoted\" 100%");
//! assert_eq!(encoded, "Euro%20%E2%82%AC%20%22quoted%22%20100%25");
//! assert_eq!(decode(encoded.as_bytes())?, "Euro € \"quoted\" 100%");
//! # Ok::<(), eventgrid_types::percent::PercentDecodeError>(())
//! ```

use std::borrow::Cow;

use percent_encoding::{AsciiSet, CONTROLS, percent_decode, utf8_percent_encode};

/// The ASCII bytes [`encode`] escapes: controls (U+0000–U+001F, U+007F), space, `"` and `%`.
/// (`percent-encoding` always escapes bytes ≥ 0x80, i.e. every non-ASCII character.)
const HEADER_VALUE: &AsciiSet = &CONTROLS.add(b' ').add(b'"').add(b'%');

/// Percent-encodes `value` for a `ce-` header, as the HTTP binding requires.
///
/// Encoded are space (U+0020), `"` (U+0022), `%` (U+0025) and every character outside
/// U+0021–U+007E, including the control characters (so CR and LF can never reach a header).
/// Non-ASCII characters are encoded as their UTF-8 bytes, each as `%XY` with upper-case hex;
/// a character outside the BMP (a surrogate pair in UTF-16) is one character, four bytes.
///
/// Returns the input borrowed when nothing needs encoding.
///
/// ```
/// use eventgrid_types::percent::encode;
/// use std::borrow::Cow;
///
/// assert!(matches!(encode("/mycontext/subresource"), Cow::Borrowed(_)));
/// assert_eq!(encode("a b\r\n"), "a%20b%0D%0A");
/// assert_eq!(encode("Hello 🌎"), "Hello%20%F0%9F%8C%8E");
/// ```
#[must_use]
pub fn encode(value: &str) -> Cow<'_, str> {
    if needs_no_encoding(value.as_bytes()) {
        return Cow::Borrowed(value);
    }
    utf8_percent_encode(value, HEADER_VALUE).into()
}

/// [`encode`], appended to `out`: no string of its own per value, which an event of many
/// extensions that need encoding would otherwise allocate and copy once each.
pub(crate) fn encode_into(value: &str, out: &mut String) {
    if needs_no_encoding(value.as_bytes()) {
        out.push_str(value);
        return;
    }
    for piece in utf8_percent_encode(value, HEADER_VALUE) {
        out.push_str(piece);
    }
}

/// Whether every byte is one [`encode`] keeps as it is: the quick answer for plain values,
/// where the general encoder goes byte by byte.
fn needs_no_encoding(bytes: &[u8]) -> bool {
    crate::scan::all_bytes(bytes, |b| {
        (0x21..=0x7E).contains(&b) && b != b'"' && b != b'%'
    })
}

/// `text` when [`encode`] would return it unchanged; for constants, at compile time.
pub(crate) const fn unchanged(text: Option<&'static str>) -> Option<&'static str> {
    match text {
        Some(text) if crate::scan::all_in_range(text, 0x21, 0x7E, b"\"%") => Some(text),
        _ => None,
    }
}

/// Decodes a `ce-` header value into the attribute's string.
///
/// In order:
///
/// 1. If the value is an RFC 7230 quoted-string (its first byte is `"`), the quotes are
///    removed and backslash escapes (`\"`, `\\`, `\x` for any byte `x`) are resolved. The
///    closing `"` must be the last byte.
/// 2. **One** round of percent-decoding. Lower-case hex and unnecessary escapes (`%41` for
///    `A`) are accepted; a `%` not followed by two hex digits is an error. Bytes that are not
///    part of an escape are kept as they are.
/// 3. The result must be valid UTF-8.
///
/// Raw bytes ≥ 0x80 (HTTP "obs-text", from senders that don't encode) are accepted only when
/// the decoded value as a whole is valid UTF-8; other charsets (e.g. Latin-1) are never
/// guessed. Raw control characters (e.g. a tab) are passed through: the HTTP layer decides
/// which bytes a header may hold, attribute validation decides what a string may contain.
///
/// Returns the input borrowed when it holds no escape of either kind.
///
/// # Errors
///
/// [`PercentDecodeError`]: a malformed quoted-string, a malformed percent-escape (with its
/// byte offset), or a decoded value that is not UTF-8 (e.g. the overlong `%C0%A0`).
///
/// ```
/// use eventgrid_types::percent::{PercentDecodeError, decode};
///
/// assert_eq!(decode(b"caf%c3%a9")?, "café");
/// assert_eq!(decode(br#""say \"hi\"""#)?, "say \"hi\"");
/// assert_eq!(
///     decode(b"100%").unwrap_err(),
///     PercentDecodeError::InvalidEscape { offset: 3 }
/// );
/// assert_eq!(
///     decode(b"%C0%A0").unwrap_err().to_string(),
///     "decoded value is not valid UTF-8 (at byte 0 of the decoded value)"
/// );
/// # Ok::<(), PercentDecodeError>(())
/// ```
pub fn decode(value: &[u8]) -> Result<Cow<'_, str>, PercentDecodeError> {
    let unquoted = unquote(value)?;
    let decoded = match unquoted {
        Cow::Borrowed(bytes) => percent_decode_checked(bytes)?,
        Cow::Owned(bytes) => Cow::Owned(percent_decode_checked(&bytes)?.into_owned()),
    };
    match decoded {
        Cow::Borrowed(bytes) => std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|e| {
            PercentDecodeError::InvalidUtf8 {
                offset: e.valid_up_to(),
            }
        }),
        Cow::Owned(bytes) => {
            String::from_utf8(bytes)
                .map(Cow::Owned)
                .map_err(|e| PercentDecodeError::InvalidUtf8 {
                    offset: e.utf8_error().valid_up_to(),
                })
        }
    }
}

/// Step 1 of [`decode`]: the content of a quoted-string, or `value` itself.
fn unquote(value: &[u8]) -> Result<Cow<'_, [u8]>, PercentDecodeError> {
    let Some(rest) = value.strip_prefix(b"\"") else {
        return Ok(Cow::Borrowed(value));
    };
    // Find the closing quote, skipping escaped bytes.
    let mut i = 0;
    let mut escapes = false;
    let end = loop {
        match rest.get(i) {
            None => return Err(PercentDecodeError::UnterminatedQuotedString),
            Some(b'"') => break i,
            Some(b'\\') => {
                escapes = true;
                i += 2;
            }
            Some(_) => i += 1,
        }
    };
    if end + 1 != rest.len() {
        return Err(PercentDecodeError::TrailingAfterQuotedString {
            // In `value`: the opening quote, the content, the closing quote.
            offset: end + 2,
        });
    }
    let content = &rest[..end];
    if !escapes {
        return Ok(Cow::Borrowed(content));
    }
    let mut out = Vec::with_capacity(content.len());
    let mut bytes = content.iter();
    while let Some(&byte) = bytes.next() {
        if byte == b'\\' {
            // The scan above guarantees a byte follows every backslash inside the content.
            out.extend(bytes.next());
        } else {
            out.push(byte);
        }
    }
    Ok(Cow::Owned(out))
}

/// Step 2 of [`decode`]: one round of percent-decoding, rejecting malformed escapes.
fn percent_decode_checked(bytes: &[u8]) -> Result<Cow<'_, [u8]>, PercentDecodeError> {
    let mut i = 0;
    while let Some(found) = bytes[i..].iter().position(|&b| b == b'%') {
        let at = i + found;
        match bytes.get(at + 1..at + 3) {
            Some([high, low]) if high.is_ascii_hexdigit() && low.is_ascii_hexdigit() => i = at + 3,
            _ => return Err(PercentDecodeError::InvalidEscape { offset: at }),
        }
    }
    Ok(percent_decode(bytes).into())
}

/// Why a header value does not decode; see [`decode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PercentDecodeError {
    /// A `%` not followed by two hex digits.
    ///
    /// `offset` is the byte offset of the `%` in the value after quoted-string unescaping,
    /// which is the offset in the header value itself when it was not a quoted-string.
    #[error("invalid percent-escape at byte {offset}")]
    InvalidEscape {
        /// Byte offset of the `%`.
        offset: usize,
    },
    /// The percent-decoded bytes are not UTF-8 (e.g. the overlong `%C0%A0`, a lone `%FF`, or
    /// raw Latin-1 bytes).
    #[error("decoded value is not valid UTF-8 (at byte {offset} of the decoded value)")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence in the decoded bytes.
        offset: usize,
    },
    /// The value starts with `"` but has no closing `"`.
    #[error("unterminated quoted-string")]
    UnterminatedQuotedString,
    /// The value starts with a quoted-string that ends before the value does.
    #[error("unexpected data after the closing '\"' of a quoted-string at byte {offset}")]
    TrailingAfterQuotedString {
        /// Byte offset in the header value of the first byte after the closing `"`.
        offset: usize,
    },
}

#[cfg(test)]
mod tests {
    #[test]
    fn encode_into_appends_what_encode_returns() {
        for value in ["plain", "a b", "Euro € \"q\" 100%", "", "\r\n", "Hello 🌎"] {
            let mut out = String::from("ce-x:");
            super::encode_into(value, &mut out);
            assert_eq!(out, format!("ce-x:{}", super::encode(value)));
        }
    }

    use super::*;

    fn roundtrip(value: &str) {
        let encoded = encode(value);
        assert!(
            encoded
                .bytes()
                .all(|b| (0x21..=0x7E).contains(&b) && b != b'"'),
            "{value:?} -> {encoded:?}"
        );
        assert_eq!(decode(encoded.as_bytes()).unwrap(), value, "{encoded}");
    }

    #[test]
    fn encode_table() {
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("abc", "abc"),
            ("/mycontext", "/mycontext"),
            (" ", "%20"),
            ("\"", "%22"),
            ("%", "%25"),
            ("100% \"sure\"", "100%25%20%22sure%22"),
            ("é", "%C3%A9"),
            ("Euro €", "Euro%20%E2%82%AC"),
            // A surrogate pair in UTF-16: one character, four UTF-8 bytes.
            ("🌎", "%F0%9F%8C%8E"),
            ("\r\n", "%0D%0A"),
            ("a\tb", "a%09b"),
            ("\0", "%00"),
            ("\x7f", "%7F"),
            ("\u{80}", "%C2%80"),
            ("\u{9f}", "%C2%9F"),
            ("\u{a0}", "%C2%A0"),
            ("\u{feff}", "%EF%BB%BF"),
            // Longer than the 16-byte chunks of the fast check, escapes in and after them.
            (
                "/contoso/orders/eu-west/0123",
                "/contoso/orders/eu-west/0123",
            ),
            (
                "/contoso/orders/eu west/0123",
                "/contoso/orders/eu%20west/0123",
            ),
            ("sixteen bytes ok%", "sixteen%20bytes%20ok%25"),
            ("0123456789abcdef\"", "0123456789abcdef%22"),
            (
                "!#$&'()*+,-./:;<=>?@[\\]^_`{|}~",
                "!#$&'()*+,-./:;<=>?@[\\]^_`{|}~",
            ),
        ];
        for &(value, expected) in cases {
            assert_eq!(encode(value), expected, "{value:?}");
            assert_eq!(decode(expected.as_bytes()).unwrap(), value, "{expected}");
        }
    }

    #[test]
    fn encode_borrows_when_nothing_to_encode() {
        assert!(matches!(encode("com.example.someevent"), Cow::Borrowed(_)));
        assert!(matches!(encode("2018-04-05T17:31:00Z"), Cow::Borrowed(_)));
        assert!(matches!(encode(""), Cow::Borrowed(_)));
        assert!(matches!(encode("a b"), Cow::Owned(_)));
    }

    #[test]
    fn decode_borrows_when_nothing_to_decode() {
        assert!(matches!(
            decode(b"com.example.someevent"),
            Ok(Cow::Borrowed(_))
        ));
        assert!(matches!(
            decode("caf\u{e9}".as_bytes()),
            Ok(Cow::Borrowed(_))
        ));
        assert!(matches!(decode(b"\"quoted\""), Ok(Cow::Borrowed("quoted"))));
        assert!(matches!(decode(b""), Ok(Cow::Borrowed(""))));
        assert!(matches!(decode(b"a%20b"), Ok(Cow::Owned(_))));
    }

    #[test]
    fn decode_accepts_lenient_forms() {
        let cases: &[(&[u8], &str)] = &[
            (b"%c3%a9", "é"),
            (b"%C3%a9", "é"),
            (b"%41%42c", "ABc"),
            (b"%2F%2f", "//"),
            // One round only.
            (b"%2541", "%41"),
            (b"%252525", "%2525"),
            // Raw UTF-8 (obs-text) and raw characters that should have been encoded.
            ("caf\u{e9} 🌎".as_bytes(), "café 🌎"),
            (b"a b", "a b"),
            (b"a\tb", "a\tb"),
            // Raw UTF-8 lead byte with escaped continuation bytes: valid as a whole.
            (b"\xC3%A9", "é"),
            (b"%F0%9F%8C%8E", "🌎"),
        ];
        for &(value, expected) in cases {
            assert_eq!(decode(value).unwrap(), expected, "{value:?}");
        }
    }

    #[test]
    fn decode_unescapes_quoted_strings_first() {
        let cases: &[(&[u8], &str)] = &[
            (br#""""#, ""),
            (br#""abc""#, "abc"),
            (br#""a b""#, "a b"),
            (br#""say \"hi\"""#, "say \"hi\""),
            (br#""back\\slash""#, "back\\slash"),
            (br#""\a\b\c""#, "abc"),
            // Percent-decoding happens after unescaping.
            (br#""caf%C3%A9""#, "café"),
            (br#""%\41""#, "A"),
            (br#""100%25""#, "100%"),
            // A value that only contains quotes but does not start with one is not quoted.
            (br#"a"b"#, "a\"b"),
        ];
        for &(value, expected) in cases {
            assert_eq!(decode(value).unwrap(), expected, "{value:?}");
        }
    }

    #[test]
    #[allow(clippy::too_many_lines)] // a table
    fn decode_errors() {
        let cases: &[(&[u8], PercentDecodeError, &str)] = &[
            (
                b"100%",
                PercentDecodeError::InvalidEscape { offset: 3 },
                "invalid percent-escape at byte 3",
            ),
            (
                b"abc%4",
                PercentDecodeError::InvalidEscape { offset: 3 },
                "invalid percent-escape at byte 3",
            ),
            (
                b"abcd%zz",
                PercentDecodeError::InvalidEscape { offset: 4 },
                "invalid percent-escape at byte 4",
            ),
            (
                b"%41%G1",
                PercentDecodeError::InvalidEscape { offset: 3 },
                "invalid percent-escape at byte 3",
            ),
            (
                b"% 20",
                PercentDecodeError::InvalidEscape { offset: 0 },
                "invalid percent-escape at byte 0",
            ),
            (
                br#""a%""#,
                PercentDecodeError::InvalidEscape { offset: 1 },
                "invalid percent-escape at byte 1",
            ),
            (
                b"%C0%A0",
                PercentDecodeError::InvalidUtf8 { offset: 0 },
                "decoded value is not valid UTF-8 (at byte 0 of the decoded value)",
            ),
            (
                b"ab%FF",
                PercentDecodeError::InvalidUtf8 { offset: 2 },
                "decoded value is not valid UTF-8 (at byte 2 of the decoded value)",
            ),
            (
                b"%ED%A0%80",
                PercentDecodeError::InvalidUtf8 { offset: 0 },
                "decoded value is not valid UTF-8 (at byte 0 of the decoded value)",
            ),
            (
                b"%F0%9F%8C",
                PercentDecodeError::InvalidUtf8 { offset: 0 },
                "decoded value is not valid UTF-8 (at byte 0 of the decoded value)",
            ),
            (
                b"caf\xE9",
                PercentDecodeError::InvalidUtf8 { offset: 3 },
                "decoded value is not valid UTF-8 (at byte 3 of the decoded value)",
            ),
            (
                b"\"caf\xE9\"",
                PercentDecodeError::InvalidUtf8 { offset: 3 },
                "decoded value is not valid UTF-8 (at byte 3 of the decoded value)",
            ),
            (
                b"\"a\\\xFF\"",
                PercentDecodeError::InvalidUtf8 { offset: 1 },
                "decoded value is not valid UTF-8 (at byte 1 of the decoded value)",
            ),
            (
                b"\"",
                PercentDecodeError::UnterminatedQuotedString,
                "unterminated quoted-string",
            ),
            (
                b"\"abc",
                PercentDecodeError::UnterminatedQuotedString,
                "unterminated quoted-string",
            ),
            (
                br#""abc\""#,
                PercentDecodeError::UnterminatedQuotedString,
                "unterminated quoted-string",
            ),
            (
                br#""abc\"#,
                PercentDecodeError::UnterminatedQuotedString,
                "unterminated quoted-string",
            ),
            (
                br#""a"b"#,
                PercentDecodeError::TrailingAfterQuotedString { offset: 3 },
                "unexpected data after the closing '\"' of a quoted-string at byte 3",
            ),
            (
                br#""a", "b""#,
                PercentDecodeError::TrailingAfterQuotedString { offset: 3 },
                "unexpected data after the closing '\"' of a quoted-string at byte 3",
            ),
        ];
        for &(value, error, message) in cases {
            let err = decode(value).expect_err(&String::from_utf8_lossy(value));
            assert_eq!(err, error, "{value:?}");
            assert_eq!(err.to_string(), message, "{value:?}");
        }
        let err: Box<dyn std::error::Error + Send + Sync> = Box::new(decode(b"%").unwrap_err());
        assert_eq!(err.to_string(), "invalid percent-escape at byte 0");
    }

    #[test]
    fn round_trip_every_char() {
        // Each character alone and embedded, over U+0000..=U+2FFF plus astral characters.
        let astral = [
            '\u{10000}',
            '\u{1F30E}',
            '\u{1F600}',
            '\u{20000}',
            '\u{E0001}',
            '\u{10FFFF}',
        ];
        let chars = (0..=0x2FFF_u32).filter_map(char::from_u32).chain(astral);
        let mut all = String::new();
        for c in chars {
            let mut buf = [0; 4];
            roundtrip(c.encode_utf8(&mut buf));
            roundtrip(&format!("a{c}b{c}"));
            all.push(c);
        }
        roundtrip(&all);
        // Printable ASCII other than '"' and '%' passes through unchanged, borrowed.
        for c in '!'..='~' {
            let s = c.to_string();
            let encoded = encode(&s);
            if c == '"' || c == '%' {
                assert_ne!(encoded, s);
            } else {
                assert!(matches!(encoded, Cow::Borrowed(e) if e == s), "{c:?}");
            }
        }
        // Surrogate pairs from UTF-16 are one character each.
        let utf16: Vec<u16> = "a🌎b😀".encode_utf16().collect();
        let text = String::from_utf16(&utf16).unwrap();
        assert_eq!(encode(&text), "a%F0%9F%8C%8Eb%F0%9F%98%80");
        roundtrip(&text);
    }
}
