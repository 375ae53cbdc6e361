//! What lenient decoding accepted: departures from the spec or schema that real payloads make.

use std::fmt;

/// A departure from the spec or schema that decoding accepted, recorded on the decoded event
/// ([`CloudEvent::tolerated`](crate::CloudEvent::tolerated),
/// [`EventGridEvent::tolerated`](crate::EventGridEvent::tolerated)).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Tolerated {
    /// A member the spec or schema requires was missing or `null`.
    Missing(&'static str),
    /// A required member was the empty string.
    Empty(&'static str),
    /// A member was spelled with other letter case.
    KeyCase {
        /// The name as received.
        found: String,
        /// The name the spec or schema uses.
        expected: &'static str,
    },
    /// A member appeared more than once; the last value was kept.
    Duplicate(String),
    /// An extension name breaks the naming rules; it was kept as received.
    ExtensionName(String),
    /// An extension's number is not a CloudEvents Integer; it was kept as its JSON text, a
    /// string.
    NotInteger(String),
    /// A String attribute holds a control character, which the spec forbids; it was kept
    /// as received.
    ControlCharacter(String),
}

impl fmt::Display for Tolerated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::error::Escaped;
        match self {
            Tolerated::Missing(name) => write!(f, "required member `{name}` is missing"),
            Tolerated::Empty(name) => write!(f, "required member `{name}` is empty"),
            Tolerated::KeyCase { found, expected } => {
                write!(f, "member `{}` read as `{expected}`", Escaped(found))
            }
            Tolerated::Duplicate(name) => {
                write!(
                    f,
                    "member `{}` appears more than once; the last value was kept",
                    Escaped(name)
                )
            }
            Tolerated::ExtensionName(name) => write!(
                f,
                "extension name `{}` breaks the naming rules; kept as received",
                Escaped(name)
            ),
            Tolerated::ControlCharacter(name) => write!(
                f,
                "attribute `{}` contains a control character; kept as received",
                Escaped(name)
            ),
            Tolerated::NotInteger(name) => {
                write!(
                    f,
                    "extension `{}` is a number outside the CloudEvents Integer type; kept as a string",
                    Escaped(name)
                )
            }
        }
    }
}
