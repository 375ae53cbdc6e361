//! What lenient decoding accepted or left out: departures from the spec or schema that real
//! payloads make, in the envelope and in the data.
//!
//! One type, [`Tolerated`], for every decoder: [`CloudEvent::tolerated`](crate::CloudEvent::tolerated),
//! [`EventGridEvent::tolerated`](crate::EventGridEvent::tolerated), the typed system events
//! (`eventgrid_system_events::Decoded::tolerated`) and [`Reported`](crate::Reported) for any
//! [`FromEvent`](crate::FromEvent) type. Whatever a decoded value does not hold is listed here.

use std::fmt;

/// A departure from the spec or schema that decoding accepted, or a member of `data` that the
/// typed value does not hold.
///
/// Values that came from the input (member names, paths) are shown escaped and shortened by
/// [`Display`](fmt::Display), so a report can be logged as it is.
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
    /// An Event Grid event carried a member that the schema does not define in place of one
    /// it does (`source` where `topic` belongs); it is kept as received among the event's
    /// other members.
    InPlaceOf {
        /// The member as received.
        found: String,
        /// The member the schema defines.
        expected: &'static str,
    },
    /// A String attribute holds a control character, which the spec forbids; it was kept
    /// as received.
    ControlCharacter(String),
    /// A member of `data` is not held by the typed value.
    Data(DataMember),
}

/// A member of `data` that a typed decoder tolerated: where it is, and what happened to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataMember {
    pub(crate) path: String,
    pub(crate) kind: DataMemberKind,
}

/// What happened to a member of `data` ([`DataMember::kind`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DataMemberKind {
    /// No field of the typed value takes this member; it was left out.
    Unknown,
    /// The member's value could not be read; it was left out (the field is `None`, or the
    /// array item is missing from the list).
    Invalid {
        /// Why it could not be read.
        message: String,
    },
    /// The member appeared more than once in one object; the last value was kept.
    Duplicate,
    /// The member was read under another name: other letter case, or an older name that the
    /// schema records as an alias.
    Renamed {
        /// The name the field has in the schema.
        expected: &'static str,
    },
    /// A string enum value matched a listed value in other letter case. The value is the
    /// listed one; `found` is the spelling received.
    EnumCase {
        /// The value as received.
        found: String,
    },
    /// The value was a JSON string holding the JSON object the schema wants; it was read as
    /// that object.
    JsonString,
}

impl DataMember {
    /// A report for the member at `path`.
    pub fn new(path: impl Into<String>, kind: DataMemberKind) -> Self {
        DataMember {
            path: path.into(),
            kind,
        }
    }

    /// The JSON path inside `data` (`a.b[0].c`; empty for `data` itself). A member name that
    /// is not a plain identifier is written in brackets and quotes: `a["$metadata"]`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Appends the member `name` to a path in the syntax of [`DataMember::path`], for
    /// decoders that write their own reports.
    ///
    /// ```
    /// use eventgrid_types::DataMember;
    ///
    /// let mut path = String::new();
    /// DataMember::push_member(&mut path, "properties");
    /// DataMember::push_index(&mut path, 0);
    /// DataMember::push_member(&mut path, "$metadata");
    /// assert_eq!(path, r#"properties[0]["$metadata"]"#);
    /// ```
    pub fn push_member(path: &mut String, name: &str) {
        let plain = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if plain {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(name);
        } else {
            path.push('[');
            path.push_str(&serde_json::to_string(name).unwrap_or_default());
            path.push(']');
        }
    }

    /// Appends the array index `index` to a path in the syntax of [`DataMember::path`].
    pub fn push_index(path: &mut String, index: usize) {
        use std::fmt::Write as _;
        let _ = write!(path, "[{index}]");
    }

    /// What happened to the member.
    pub fn kind(&self) -> &DataMemberKind {
        &self.kind
    }

    /// Whether the member's content is missing from the typed value (not read at all, or
    /// only its last copy read), as opposed to read under another spelling.
    pub fn is_lost(&self) -> bool {
        matches!(
            self.kind,
            DataMemberKind::Unknown | DataMemberKind::Invalid { .. } | DataMemberKind::Duplicate
        )
    }
}

impl Tolerated {
    /// The member of `data` this report is about, if it is about one.
    pub fn data_member(&self) -> Option<&DataMember> {
        match self {
            Tolerated::Data(member) => Some(member),
            _ => None,
        }
    }
}

/// Received text as a report shows it: in backticks, escaped and cut as error messages show
/// input ([`Escaped`](crate::error::Escaped)), so that no report can forge a log line.
pub(crate) struct Shown<'a>(pub(crate) &'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`", crate::error::Escaped(self.0))
    }
}

impl fmt::Display for Tolerated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tolerated::Missing(name) => write!(f, "required member `{name}` is missing"),
            Tolerated::Empty(name) => write!(f, "required member `{name}` is empty"),
            Tolerated::KeyCase { found, expected } => {
                write!(f, "member {} read as `{expected}`", Shown(found))
            }
            Tolerated::Duplicate(name) => write!(
                f,
                "member {} appears more than once; the last value was kept",
                Shown(name)
            ),
            Tolerated::ExtensionName(name) => write!(
                f,
                "extension name {} breaks the naming rules; kept as received",
                Shown(name)
            ),
            Tolerated::NotInteger(name) => write!(
                f,
                "extension {} is a number outside the CloudEvents Integer type; kept as a string",
                Shown(name)
            ),
            Tolerated::InPlaceOf { found, expected } => write!(
                f,
                "member {} stands where `{expected}` belongs; kept as received",
                Shown(found)
            ),
            Tolerated::ControlCharacter(name) => write!(
                f,
                "attribute {} contains a control character; kept as received",
                Shown(name)
            ),
            Tolerated::Data(member) => member.fmt(f),
        }
    }
}

impl fmt::Display for DataMember {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str("data")?;
        } else {
            write!(f, "data member {}", Shown(&self.path))?;
        }
        match &self.kind {
            DataMemberKind::Unknown => f.write_str(" is not in the schema; left out"),
            DataMemberKind::Invalid { message } => {
                write!(f, " could not be read ({}); left out", Shown(message))
            }
            DataMemberKind::Duplicate => {
                f.write_str(" appears more than once; the last value was kept")
            }
            DataMemberKind::Renamed { expected } => write!(f, " read as `{expected}`"),
            DataMemberKind::EnumCase { found } => {
                write!(f, " has value {} read in the schema's case", Shown(found))
            }
            DataMemberKind::JsonString => {
                f.write_str(" was a JSON string; read as the JSON it holds")
            }
        }
    }
}

/// Writes a path that `serde_ignored` reports in the syntax of [`DataMember::path`].
pub(crate) fn push_ignored_path(out: &mut String, path: &serde_ignored::Path<'_>) {
    use serde_ignored::Path;
    match path {
        Path::Root => {}
        Path::Seq { parent, index } => {
            push_ignored_path(out, parent);
            DataMember::push_index(out, *index);
        }
        Path::Map { parent, key } => {
            push_ignored_path(out, parent);
            DataMember::push_member(out, key);
        }
        Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => {
            push_ignored_path(out, parent);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_escapes_and_shortens_received_text() {
        let line = Tolerated::Duplicate("a\nb\u{7}".to_owned()).to_string();
        assert!(!line.contains('\n') && !line.contains('\u{7}'), "{line}");
        assert!(line.contains(r"`a\nb\u{7}`"), "{line}");

        let long = "x".repeat(1000);
        let line = Tolerated::Data(DataMember::new(long, DataMemberKind::Unknown)).to_string();
        assert!(line.len() < 200, "{line}");
        assert!(line.contains("(1000 bytes in all)"), "{line}");
    }
}
