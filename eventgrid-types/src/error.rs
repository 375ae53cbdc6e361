//! Error types: one per concern, each naming the event, attribute, header or JSON path.

use std::fmt;

use crate::extension::NameError;
use crate::percent::PercentDecodeError;
use crate::timestamp::TimestampError;

/// Text that came from the input, as a message shows it: every character that could end
/// or rewrite a log line (control characters, line and paragraph separators, and the like)
/// escaped as Rust escapes it (`\n`, `\u{2028}`), and anything past [`Escaped::MAX_CHARS`]
/// cut off with a note of the full length, so that no input can forge a log line or flood
/// one.
///
/// Every message of this crate that quotes its input goes through it; crates that build
/// messages from received events (such as `eventgrid-system-events`) use it too.
///
/// ```
/// use eventgrid_types::error::Escaped;
///
/// assert_eq!(Escaped("evil\nFAKE LOG LINE").to_string(), r"evil\nFAKE LOG LINE");
/// let long = "a".repeat(1000);
/// assert!(Escaped(&long).to_string().ends_with("... (1000 bytes in all)"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Escaped<'a>(pub &'a str);

impl Escaped<'_> {
    /// The most characters of one piece of input a message shows.
    pub const MAX_CHARS: usize = 128;
}

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write as _;
        for (count, c) in self.0.chars().enumerate() {
            if count == Self::MAX_CHARS {
                return write!(f, "... ({} bytes in all)", self.0.len());
            }
            // Quotes and backslashes stay as they are; the message quotes with backticks.
            if matches!(c, '"' | '\'' | '\\') {
                f.write_char(c)?;
            } else {
                write!(f, "{}", c.escape_debug())?;
            }
        }
        Ok(())
    }
}

/// The JSON type a value was found to have, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum JsonKind {
    /// `null`
    Null,
    /// `true` or `false`
    Boolean,
    /// A number
    Number,
    /// A string
    String,
    /// An array
    Array,
    /// An object
    Object,
}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonKind::Null => "null",
            JsonKind::Boolean => "a boolean",
            JsonKind::Number => "a number",
            JsonKind::String => "a string",
            JsonKind::Array => "an array",
            JsonKind::Object => "an object",
        })
    }
}

/// An event or batch that could not be decoded.
///
/// Its [`Display`](fmt::Display) names the event's index in its batch (when it had one) and
/// what was wrong; [`DecodeError::kind`] gives the same as a value to match on.
///
/// It is one pointer wide, so a batch's `Vec<Result<T, DecodeError>>` costs no more than its
/// events.
#[derive(Debug)]
pub struct DecodeError(Box<Inner>);

#[derive(Debug)]
struct Inner {
    index: Option<usize>,
    kind: DecodeErrorKind,
}

impl DecodeError {
    // Cold, so every path that builds an error is laid out away from the decoders' hot code.
    #[cold]
    #[inline(never)]
    pub(crate) fn new(kind: DecodeErrorKind) -> Self {
        Self(Box::new(Inner { index: None, kind }))
    }

    pub(crate) fn at(mut self, index: usize) -> Self {
        self.0.index = Some(index);
        self
    }

    /// The index of the event in its batch or array, if it came from one.
    pub fn index(&self) -> Option<usize> {
        self.0.index
    }

    /// What went wrong.
    pub fn kind(&self) -> &DecodeErrorKind {
        &self.0.kind
    }

    /// Consumes the error and returns what went wrong.
    pub fn into_kind(self) -> DecodeErrorKind {
        self.0.kind
    }
}

impl From<DecodeErrorKind> for DecodeError {
    fn from(kind: DecodeErrorKind) -> Self {
        Self::new(kind)
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(index) = self.0.index {
            write!(f, "event {index}: ")?;
        }
        fmt::Display::fmt(&self.0.kind, f)
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.0.kind)
    }
}

/// What made an event undecodable.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The bytes are not well-formed JSON.
    #[error("malformed JSON: {}", Escaped(&.0.to_string()))]
    Json(#[source] serde_json::Error),
    /// The body is larger than the decoder's limit.
    #[error("{what} is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// "event" or "batch".
        what: &'static str,
        /// The size found.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// A batch has more events than the decoder's limit.
    #[error("batch has more than {limit} events")]
    TooManyEvents {
        /// The limit.
        limit: usize,
    },
    /// An event (or a batch) is not the JSON type it must be.
    #[error("expected {expected}, found {found}")]
    WrongShape {
        /// What was expected: "an object", "an array".
        expected: &'static str,
        /// What was found.
        found: JsonKind,
    },
    /// A required attribute is absent (or `null`).
    #[error("required attribute `{0}` is missing")]
    MissingAttribute(&'static str),
    /// A required attribute is the empty string.
    #[error("attribute `{0}` must not be empty")]
    EmptyAttribute(&'static str),
    /// An attribute has the wrong JSON type.
    #[error("attribute `{}` must be {expected}, found {found}", Escaped(.attribute))]
    WrongType {
        /// The attribute name.
        attribute: String,
        /// What the spec requires.
        expected: &'static str,
        /// What was found.
        found: JsonKind,
    },
    /// A String attribute holds a control character (U+0000-U+001F, U+007F-U+009F), which
    /// the CloudEvents type system forbids.
    #[error("attribute `{}` contains the control character U+{found:04X}", Escaped(.attribute))]
    ControlCharacter {
        /// The attribute name.
        attribute: String,
        /// The first control character found.
        found: u32,
    },
    /// An attribute appears twice in one event.
    #[error("attribute `{}` appears more than once", Escaped(.0))]
    DuplicateAttribute(String),
    /// `specversion` is not `1.0`.
    #[error("specversion \"{}\" is not supported; only \"1.0\" is", Escaped(.0))]
    UnsupportedSpecVersion(String),
    /// Both `data` and `data_base64` are present.
    #[error("`data` and `data_base64` are both present; an event has at most one of them")]
    DataAndDataBase64,
    /// `data_base64` is not valid base64.
    #[error("`data_base64` is not valid base64: {0}")]
    InvalidBase64(#[source] base64::DecodeError),
    /// The `time` attribute (or another timestamp) does not parse.
    #[error("attribute `{}` is not a timestamp: {source}", Escaped(.attribute))]
    InvalidTimestamp {
        /// The attribute name.
        attribute: String,
        /// Why it does not parse.
        #[source]
        source: TimestampError,
    },
    /// An extension attribute name breaks the naming rules.
    #[error("extension name `{}` {reason}", Escaped(.name))]
    InvalidExtensionName {
        /// The name as received.
        name: String,
        /// The rule it breaks.
        reason: NameError,
    },
    /// An extension's number is not a CloudEvents Integer (fractional, or outside the
    /// signed 32-bit range).
    #[error(
        "extension `{}` is {}, which is not a CloudEvents Integer (whole, signed 32-bit)",
        Escaped(.name),
        Escaped(.value)
    )]
    InvalidInteger {
        /// The extension name.
        name: String,
        /// The number as received.
        value: String,
    },
    /// A required `ce-` header is absent.
    #[error("required header `{0}` is missing")]
    MissingHeader(&'static str),
    /// A header value is not valid.
    #[error("header `{}`: {reason}", Escaped(.name))]
    InvalidHeader {
        /// The header name, lower-case.
        name: String,
        /// What is wrong with it.
        reason: HeaderError,
    },
    /// A binary-mode body under a JSON media type is not one JSON value.
    #[error("body is not the JSON its Content-Type says: {}", Escaped(.reason))]
    BodyNotJson {
        /// Why.
        reason: String,
    },
    /// The content type says neither CloudEvents format nor a binary-mode event.
    #[error(
        "Content-Type \"{}\" does not name a CloudEvents content mode that this operation reads",
        Escaped(.0)
    )]
    UnsupportedContentType(String),
    /// A typed decode found an event of another type.
    #[error("expected an event of type {}, found \"{}\"", Escaped(.expected), Escaped(.found))]
    TypeMismatch {
        /// The type (or list of types) the Rust type accepts.
        expected: String,
        /// The type the event has.
        found: String,
    },
    /// A typed decode got an event without data.
    #[error("event of type \"{}\" has no data", Escaped(.event_type))]
    MissingData {
        /// The event's type.
        event_type: String,
    },
    /// The data did not fit the Rust type.
    #[error("data{}{}: {}", if path.is_empty() { "" } else { " at " }, Escaped(.path), Escaped(.message))]
    Data {
        /// The JSON path inside `data` where decoding failed (empty for the root).
        path: String,
        /// What did not fit.
        message: String,
    },
    /// A member spells an attribute name in other letter case, which a strict decoder does not
    /// read as the attribute ([`Leniency::key_case`](crate::Leniency::key_case) does).
    #[error("`{found}` found; the attribute is `{expected}`")]
    AttributeCase {
        /// The member name as received (it differs from `expected` in letter case only).
        found: String,
        /// The attribute name.
        expected: &'static str,
    },
    /// The event is in the other schema than the decoder reads.
    #[error("this is {found}; decode it with `{decoder}`")]
    WrongSchema {
        /// What the event looks like.
        found: &'static str,
        /// The decoder that reads it.
        decoder: &'static str,
    },
    /// An attribute's value did not fit the field it maps to in a typed event.
    #[error("attribute `{}`: expected {expected}", Escaped(.attribute))]
    AttributeValue {
        /// The attribute name.
        attribute: String,
        /// What the field needs.
        expected: &'static str,
    },
}

/// What is wrong with a header value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HeaderError {
    /// Percent-decoding failed.
    #[error(transparent)]
    Percent(#[from] PercentDecodeError),
    /// The header appears twice.
    #[error("appears more than once")]
    Duplicate,
    /// `ce-datacontenttype` is present; binary mode carries it in `Content-Type`.
    #[error("must not be sent; binary mode carries datacontenttype in Content-Type")]
    DataContentTypeHeader,
    /// The value is not valid for its attribute.
    #[error("{}", Escaped(.0))]
    Invalid(String),
}

/// An event that could not be encoded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// The data's `Serialize` implementation failed, or writing failed.
    #[error("could not serialize the event: {0}")]
    Json(#[from] serde_json::Error),
    /// A header name or value could not be formed.
    #[error("header `{}` could not be formed", Escaped(.0))]
    Header(String),
    /// The event breaks the rules for producers.
    #[error(transparent)]
    Invalid(#[from] crate::validate::ValidationError),
}
