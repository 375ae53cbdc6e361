//! The rules for producers, checked all at once.
//!
//! Encoders run these checks before they write anything, and report every violation with
//! the attribute it concerns and, in a batch, the event's index:
//!
//! - `id`, `source` and `type` are present and not empty; `subject` is not empty when set;
//! - `source` is a URI-reference (RFC 3986), `dataschema` an absolute URI;
//! - `datacontenttype` is a media type (RFC 2046);
//! - String values hold no control characters (U+0000–U+001F, U+007F–U+009F);
//! - extension names are lower-case letters and digits and not a reserved name, and, as the
//!   spec recommends for producers, at most 20 characters (decoders accept longer names, which
//!   the spec allows); integer extension values fit the CloudEvents Integer range (signed
//!   32-bit);
//! - sizes, measured on the encoded bytes: 1 MiB per event, 1 MiB and 1,000 events per batch.
//!
//! ```
//! use eventgrid_types::CloudEvent;
//!
//! let error = CloudEvent::builder("", "not a uri")
//!     .extension("Tenant", "x")
//!     .build()
//!     .unwrap_err();
//! assert_eq!(error.violations().len(), 3);
//! println!("{error}");
//! ```

use std::borrow::Cow;
use std::fmt;

use crate::error::Escaped;
use crate::extension::{self, ExtensionRef, ExtensionValue, Extensions, NameError};
use crate::media_type;
use crate::typed::TypedEvent;

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The event's index in its batch, if it was in one.
    pub index: Option<usize>,
    /// The attribute (or `event`, `batch`, `data`) the rule concerns.
    pub attribute: Cow<'static, str>,
    /// The rule.
    pub rule: Rule,
}

impl Violation {
    /// A violation of `rule` by `attribute`.
    pub fn new(index: Option<usize>, attribute: impl Into<Cow<'static, str>>, rule: Rule) -> Self {
        Violation {
            index,
            attribute: attribute.into(),
            rule,
        }
    }

    /// The same violation, in the event at `index` of a batch.
    #[must_use]
    pub fn at(mut self, index: usize) -> Self {
        self.index = Some(index);
        self
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(index) = self.index {
            write!(f, "event {index}: ")?;
        }
        match self.attribute.as_ref() {
            "event" | "batch" => write!(f, "{} {}", self.attribute, self.rule),
            name => write!(f, "`{}` {}", Escaped(name), self.rule),
        }
    }
}

/// The rules an event can break.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Rule {
    /// A required attribute is empty.
    #[error("must not be empty")]
    Empty,
    /// The value is not a URI-reference.
    #[error("is not a URI-reference ({0})")]
    NotUriReference(&'static str),
    /// The value is not an absolute URI.
    #[error("is not an absolute URI ({0})")]
    NotAbsoluteUri(&'static str),
    /// A timestamp is not RFC 3339 (a received event may carry a looser form, which
    /// decoding accepts; a producer sends RFC 3339).
    #[error("is not an RFC 3339 timestamp (such as 2026-01-01T00:00:00Z)")]
    NotRfc3339,
    /// The value is not a media type.
    #[error("is not a media type ({0})")]
    NotMediaType(&'static str),
    /// A String value holds a control character.
    #[error("contains the control character U+{0:04X}")]
    ControlCharacter(u32),
    /// An extension name breaks the naming rules.
    #[error("is not a valid extension name: it {0}")]
    ExtensionName(NameError),
    /// An integer extension is outside the CloudEvents Integer range.
    #[error("is {0}, outside the CloudEvents Integer range (signed 32-bit)")]
    IntegerOutOfRange(i128),
    /// Two extensions share a name.
    #[error("appears more than once")]
    Duplicate,
    /// The encoded event or batch is larger than the limit.
    #[error("is {size} bytes encoded, over the limit of {limit}")]
    TooLarge {
        /// Encoded size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The batch has too many events.
    #[error("has {count} events, over the limit of {limit}")]
    TooManyEvents {
        /// Events in the batch.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// The Event Grid schema cannot carry this (extension attributes, binary data).
    #[error("cannot be sent in the Event Grid schema, which has no {0}")]
    NotInEventGridSchema(&'static str),
    /// The data could not be serialized.
    #[error("could not be serialized: {}", Escaped(.0))]
    Unserializable(String),
}

/// Every rule an event (or a batch) breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    violations: Vec<Violation>,
    /// The call that sends the event as received, for an encoder's error about a type that
    /// has one ([`TypedEvent::SEND_AS_RECEIVED`]).
    send_as_received: Option<&'static str>,
}

impl ValidationError {
    pub(crate) fn single(
        index: Option<usize>,
        attribute: impl Into<Cow<'static, str>>,
        rule: Rule,
    ) -> Self {
        ValidationError {
            violations: vec![Violation::new(index, attribute, rule)],
            send_as_received: None,
        }
    }

    /// An error holding `violations` (which should not be empty).
    pub fn from_violations(violations: Vec<Violation>) -> Self {
        ValidationError {
            violations,
            send_as_received: None,
        }
    }

    /// The same error from an encoder given a `T`: names the call that sends a received `T`
    /// as it came, if `T` has one.
    pub(crate) fn in_encoder<T: TypedEvent + ?Sized>(mut self) -> Self {
        self.send_as_received = T::SEND_AS_RECEIVED;
        self
    }

    /// The call that sends the event as it was received, without the producer rules, when
    /// the encoder that refused it was given a type that has one: for a
    /// [`CloudEvent`](struct@crate::CloudEvent),
    /// [`CloudEvent::to_vec_as_received`](crate::CloudEvent::to_vec_as_received). A received
    /// event may break rules its decoder tolerated; forwarding it as it came is then what is
    /// wanted. The error's text ends with the same hint.
    pub fn send_as_received(&self) -> Option<&'static str> {
        self.send_as_received
    }

    /// The violations, in the order they were found.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// The violations, by value.
    pub fn into_violations(self) -> Vec<Violation> {
        self.violations
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.violations.as_slice() {
            [one] => write!(f, "invalid event: {one}")?,
            many => {
                write!(f, "{} rules broken:", many.len())?;
                for violation in many {
                    write!(f, "\n  - {violation}")?;
                }
            }
        }
        if let Some(call) = self.send_as_received {
            write!(
                f,
                "\n(a received event that is to go out as it came: `{call}` skips these rules)"
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationError {}

/// Checks a [`CloudEvent`](crate::CloudEvent) (or any typed event) against every rule for
/// producers except the size limits, which need the encoded bytes.
pub(crate) fn event<T: TypedEvent + ?Sized>(event: &T) -> Result<(), ValidationError> {
    typed(event)
}

/// Checks a typed event's attributes; see the module docs.
pub fn typed<T: TypedEvent + ?Sized>(event: &T) -> Result<(), ValidationError> {
    typed_with(event, Slots::Checked)
}

/// Whether [`typed_with`] tests each extension of an [`Extensions`] on its own, or leaves
/// that to its caller.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slots {
    /// Every rule is checked, as [`typed`] does.
    Checked,
    /// Each extension of an [`Extensions`] whose names pass the test of them all at once is
    /// not looked at on its own (its name's length, its value): the caller tests each with
    /// [`slot_is_valid`] as it writes it and, if one fails, calls [`typed`] for the error.
    /// An encoder goes over the extensions anyway; a pass of its own to check them was a
    /// fifth of encoding an event of many extensions.
    Left,
}

/// [`typed`], with the extensions of an [`Extensions`] checked or left as `slots` says.
pub(crate) fn typed_with<T: TypedEvent + ?Sized>(
    event: &T,
    slots: Slots,
) -> Result<(), ValidationError> {
    let mut violations = Vec::new();
    let mut push = |attribute: &str, rule: Rule| {
        violations.push(Violation::new(None, attribute.to_owned(), rule));
    };
    // What a derive checked at compile time need not be checked for every event.
    let check_static = !T::STATIC_ATTRIBUTES_CHECKED;

    if let Some(id) = event.id() {
        check_string("id", &id, true, &mut push);
    }
    // A type whose constants were checked when it was compiled skips them, but only where
    // the value is that constant: a hand-written `TypedEvent` that claims the check and
    // returns something else (a CR/LF bound for a header, say) is checked like any other.
    let constant = |fixed: Option<&str>, value: &str| !check_static && fixed == Some(value);
    let source = event.source();
    if !constant(T::STATIC.source, &source)
        && check_string("source", &source, true, &mut push)
        && let Err(why) = check_uri_reference(&source)
    {
        push("source", Rule::NotUriReference(why));
    }
    let event_type = event.event_type();
    if !constant(T::STATIC.event_type, event_type) {
        check_string("type", event_type, true, &mut push);
    }
    if let Some(subject) = event.subject() {
        check_string("subject", &subject, true, &mut push);
    }
    if let Some(time) = event.time()
        && !time.is_rfc3339()
    {
        push("time", Rule::NotRfc3339);
    }
    if let Some(dataschema) = event.dataschema() {
        match check_uri_reference(dataschema) {
            Err(why) => push("dataschema", Rule::NotAbsoluteUri(why)),
            Ok(false) => push("dataschema", Rule::NotAbsoluteUri("it has no scheme")),
            Ok(true) => {}
        }
    }
    if let Some(datacontenttype) = event.datacontenttype()
        && !constant(T::STATIC.datacontenttype, datacontenttype)
        && let Err(why) = media_type::check(datacontenttype)
    {
        push("datacontenttype", Rule::NotMediaType(why));
    }
    // An event already refused is refused with every rule it breaks, its extensions' too.
    let slots = if violations.is_empty() {
        slots
    } else {
        Slots::Checked
    };
    // The same as above, after the look at what it had found.
    let mut push = |attribute: &str, rule: Rule| {
        violations.push(Violation::new(None, attribute.to_owned(), rule));
    };
    // The usual `Extensions` passes the quick test; any other goes through the full check
    // below, which says what is wrong.
    if event
        .extension_map()
        .is_some_and(|map| extensions_are_valid(map, slots))
    {
        return finish(violations);
    }
    let mut seen = SeenNames::default();
    // Names from a derive are distinct fields, and those in an `Extensions` distinct keys;
    // others may repeat.
    let may_repeat = check_static && event.extension_map().is_none();
    crate::typed::each_extension(event, |name, value| {
        // A byte scan, cheap enough to run on every name: the names become header names.
        if let Err(reason) = extension::check_name(name) {
            push(name, Rule::ExtensionName(reason));
        }
        if may_repeat {
            seen.insert(name);
        }
        match value {
            ExtensionRef::Integer(i) if i32::try_from(i).is_err() => {
                push(name, Rule::IntegerOutOfRange(i));
            }
            ExtensionRef::String(s) => {
                check_string(name, s, false, &mut push);
            }
            _ => {}
        }
    });
    for name in seen.duplicates() {
        push(&name, Rule::Duplicate);
    }
    finish(violations)
}

fn finish(violations: Vec<Violation>) -> Result<(), ValidationError> {
    if violations.is_empty() {
        Ok(())
    } else {
        Err(ValidationError::from_violations(violations))
    }
}

/// Whether every extension in `map` keeps the rules: the answer for the usual case, without
/// the steps per name of the full check. The names' bytes are tested at once, in the one text
/// they are kept in; what is left for each name is the reserved names, and its length and
/// value ([`slot_is_valid`]) unless `slots` leaves those to the caller. `false` says only
/// that the full check must run.
fn extensions_are_valid(map: &Extensions, slots: Slots) -> bool {
    // Most events carry none.
    if map.is_empty() {
        return true;
    }
    // Among many names, looking each reserved name up costs less than comparing every name
    // with them; among the few a real event carries, ten lookups cost more than that.
    let reserved = if map.len() > Extensions::LISTED {
        extension::RESERVED_NAMES
            .iter()
            .any(|reserved| map.contains_key(reserved))
    } else {
        map.raw().any(|(name, _)| {
            extension::RESERVED_NAMES
                .iter()
                .any(|reserved| reserved.as_bytes() == name)
        })
    };
    extension::is_lower_alnum(map.name_text())
        && !reserved
        && (slots == Slots::Left
            || map
                .raw()
                .all(|(name, value)| slot_is_valid(name.len(), value)))
}

/// The rules for one extension of an [`Extensions`] whose names passed the test of them all
/// at once: the name's length, and the value. An encoder that matches on the value anyway
/// asks the rule for that kind of value in its own arm ([`name_len_is_valid`],
/// [`integer_is_valid`], [`string_is_valid`]; a boolean is always valid): a second match was
/// most of what checking each extension cost.
#[inline(always)]
#[allow(clippy::inline_always)] // Once per extension, in validation's loop.
pub(crate) fn slot_is_valid(name_len: usize, value: &ExtensionValue) -> bool {
    name_len_is_valid(name_len)
        && match value {
            ExtensionValue::Integer(i) => integer_is_valid(*i),
            ExtensionValue::String(s) => string_is_valid(s),
            ExtensionValue::Boolean(_) => true,
        }
}

/// The length rule for an extension name whose bytes are known valid.
#[inline(always)]
#[allow(clippy::inline_always)] // As `slot_is_valid`.
pub(crate) fn name_len_is_valid(len: usize) -> bool {
    (1..=extension::MAX_NAME_LEN).contains(&len)
}

/// Whether an integer extension value is in the CloudEvents Integer range.
#[inline(always)]
#[allow(clippy::inline_always)] // As `slot_is_valid`.
pub(crate) fn integer_is_valid(value: i64) -> bool {
    i32::try_from(value).is_ok()
}

/// Whether a string extension value holds no control character.
#[inline(always)]
#[allow(clippy::inline_always)] // As `slot_is_valid`.
pub(crate) fn string_is_valid(value: &str) -> bool {
    find_control(value).is_none()
}

/// The extension names a hand-written [`TypedEvent`] reported, copied into one buffer. Names
/// that arrive in strictly increasing order are distinct as they come; otherwise
/// [`SeenNames::duplicates`] sorts them once. Either way an event with tens of thousands of
/// extensions is checked in n log n, not n², and one with a few allocates twice at most.
#[derive(Default)]
struct SeenNames {
    text: String,
    spans: Vec<(usize, usize)>,
    sorted: bool,
}

impl SeenNames {
    fn name(&self, (start, end): (usize, usize)) -> &str {
        &self.text[start..end]
    }

    fn insert(&mut self, name: &str) {
        let increasing = self.spans.last().is_none_or(|&last| self.name(last) < name);
        self.sorted = increasing && (self.sorted || self.spans.is_empty());
        let start = self.text.len();
        self.text.push_str(name);
        self.spans.push((start, self.text.len()));
    }

    /// Each name seen more than once, once.
    // Inlined, so that the usual answer (nothing inserted) costs a test in the caller, not a
    // call, a move and a drop: that was a tenth of validating an event without extensions.
    #[inline]
    fn duplicates(self) -> Vec<String> {
        // Fewer than two names cannot repeat: this is also the path of a derive's and an
        // `Extensions`' names, which are never inserted.
        if self.sorted || self.spans.len() < 2 {
            return Vec::new();
        }
        self.repeated()
    }

    #[inline(never)]
    fn repeated(mut self) -> Vec<String> {
        let mut spans = std::mem::take(&mut self.spans);
        spans.sort_unstable_by(|&a, &b| self.name(a).cmp(self.name(b)));
        let mut found: Vec<String> = Vec::new();
        for pair in spans.windows(2) {
            let name = self.name(pair[0]);
            if name == self.name(pair[1]) && found.last().is_none_or(|last| last != name) {
                found.push(name.to_owned());
            }
        }
        found
    }
}

/// Checks a String attribute; returns whether it passed.
// Inlined, as `find_control` is: a call per attribute cost more than the check of a short
// value.
#[inline(always)]
#[allow(clippy::inline_always)]
fn check_string(
    attribute: &str,
    value: &str,
    non_empty: bool,
    push: &mut impl FnMut(&str, Rule),
) -> bool {
    if non_empty && value.is_empty() {
        push(attribute, Rule::Empty);
        return false;
    }
    if let Some(c) = find_control(value) {
        push(attribute, Rule::ControlCharacter(u32::from(c)));
        return false;
    }
    true
}

/// The first control character (U+0000–U+001F, U+007F–U+009F) in `value`.
///
/// Every control character is either one byte below 0x20 or 0x7F, or two bytes starting
/// with 0xC2 (U+0080–U+009F); a byte scan finds candidates at memory speed, and only those
/// are decoded.
// Inlined: printable ASCII, what attribute values almost always are, is one range, a few
// word tests that cost less than a call; other text takes the call.
#[inline]
pub(crate) fn find_control(value: &str) -> Option<char> {
    if crate::scan::all_in::<crate::scan::PrintableAscii>(value.as_bytes()) {
        return None;
    }
    find_control_beyond_ascii(value)
}

/// [`find_control`] for text that is not all printable ASCII.
#[inline(never)]
fn find_control_beyond_ascii(value: &str) -> Option<char> {
    if crate::scan::all_in::<crate::scan::NoControlCandidate>(value.as_bytes()) {
        return None;
    }
    value.chars().find(|c| c.is_control())
}

// One rule for the derive and the runtime: `eventgrid-spec`.
pub use eventgrid_spec::uri::check_uri_reference;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters() {
        for (input, found) in [
            ("plain ascii", None),
            ("caf\u{e9} \u{a0}nbsp", None),
            ("tab\there", Some('\t')),
            ("del\u{7f}", Some('\u{7f}')),
            ("next line \u{85}", Some('\u{85}')),
            ("\u{a0}\u{9f}", Some('\u{9f}')),
            ("longer than one chunk of sixteen bytes", None),
            (
                "longer than one chunk\u{1b} of sixteen bytes",
                Some('\u{1b}'),
            ),
            ("exactly sixteen!\u{0}", Some('\u{0}')),
        ] {
            assert_eq!(find_control(input), found, "{input:?}");
        }
    }
}
