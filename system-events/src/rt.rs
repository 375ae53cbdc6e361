//! Shared runtime of the generated code: lenient field deserializers (`deserialize_with`
//! targets) and the tolerant payload decoder. Generated files name these as `crate::rt::...`.
//!
//! Tolerance happens in two places:
//! - conversions that lose nothing run inside the field deserializers: numbers sent as
//!   strings ([`num`]), booleans sent as `0`/`1` or strings ([`flag`]);
//! - a value of the wrong shape makes [`Payload::decode`] drop that one member (or array item)
//!   and decode again, recording its JSON path and the reason in the tolerated list; the fast
//!   path (a payload that fits) is a single `serde_json::from_str`.
//!
//! The one-pass decode of `FromEvent::deserialize_data` ([`Strict`]) has only the first kind:
//! a payload with a member of the wrong shape fails it, and the batch decoder falls back to
//! the two passes, where [`Payload::decode`] repairs it.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde_json::Value;

pub(crate) use eventgrid_types::Timestamp;

/// What a decoder could not use and dropped, with where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tolerated {
    pub(crate) path: String,
    pub(crate) message: String,
}

impl Tolerated {
    /// The JSON path inside `data` (`a.b[0].c`; empty for `data` itself).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What did not fit.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Tolerated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "data: {}", self.message)
        } else {
            write!(f, "data at {}: {}", self.path, self.message)
        }
    }
}

/// A payload that does not fit even after dropping what could be dropped.
#[derive(Debug, Clone)]
pub(crate) struct PayloadError {
    pub(crate) path: String,
    pub(crate) message: String,
}

/// What the generated `SystemEvent::dispatch` does with the payload type `T` of an event
/// type; `wrap` is the variant's constructor. One generated `match` serves every decoder.
pub(crate) trait Dispatch<E> {
    type Output;
    fn visit<T: DeserializeOwned>(self, wrap: fn(Box<T>) -> E) -> Self::Output;
}

/// Only asks whether the type has a variant.
pub(crate) struct Probe;

impl<E> Dispatch<E> for Probe {
    type Output = ();

    fn visit<T: DeserializeOwned>(self, _wrap: fn(Box<T>) -> E) {}
}

/// The tolerant decode ([`Payload::decode`]).
impl<E> Dispatch<E> for &mut Payload<'_> {
    type Output = Result<E, PayloadError>;

    fn visit<T: DeserializeOwned>(self, wrap: fn(Box<T>) -> E) -> Self::Output {
        self.decode::<T>().map(wrap)
    }
}

/// The one-pass decode: the payload's plain `Deserialize`, straight from the parser. Strict:
/// a member of the wrong shape fails it (the lenient numeric and boolean field helpers still
/// apply), and the caller falls back to the tolerant decode.
pub(crate) struct Strict<'de, D>(D, PhantomData<&'de ()>);

impl<'de, D: Deserializer<'de>> Strict<'de, D> {
    pub(crate) fn new(data: D) -> Self {
        Self(data, PhantomData)
    }
}

impl<'de, E, D: Deserializer<'de>> Dispatch<E> for Strict<'de, D> {
    type Output = Result<E, D::Error>;

    fn visit<T: DeserializeOwned>(self, wrap: fn(Box<T>) -> E) -> Self::Output {
        T::deserialize(self.0).map(|value| wrap(Box::new(value)))
    }
}

/// A generated string enum: its listed values, and a variant keeping any other verbatim.
pub(crate) trait StringEnum: Sized {
    /// The listed value `value` spells, if any.
    fn known(value: &str) -> Option<Self>;

    /// A value the schema does not list.
    fn other(value: String) -> Self;

    fn from_string(value: String) -> Self {
        Self::known(&value).unwrap_or_else(|| Self::other(value))
    }
}

/// Deserializes a string enum, allocating only for values the schema does not list.
pub(crate) fn string_enum<'de, D: Deserializer<'de>, T: StringEnum>(
    deserializer: D,
) -> Result<T, D::Error> {
    struct StringEnumVisitor<T>(PhantomData<T>);

    impl<T: StringEnum> Visitor<'_> for StringEnumVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            Ok(T::known(value).unwrap_or_else(|| T::other(value.to_owned())))
        }

        fn visit_string<E: de::Error>(self, value: String) -> Result<T, E> {
            Ok(T::from_string(value))
        }
    }

    deserializer.deserialize_str(StringEnumVisitor(PhantomData))
}

/// The index of `event_type` (matched ignoring ASCII case) in `names`, looked up in the
/// generated open-addressing table `slots` (index + 1 per slot, 0 when empty); `hashes` holds
/// each name's `type_hash`.
pub(crate) fn variant_number(
    names: &[&str],
    hashes: &[u64],
    slots: &[u16],
    event_type: &str,
) -> Option<usize> {
    let mask = slots.len() - 1;
    let hash = crate::type_hash::type_hash(event_type);
    let mut slot = crate::type_hash::slot_of(hash, slots.len());
    // At most every slot once; the table is never full, so an empty slot ends it sooner.
    for _ in 0..slots.len() {
        let index = usize::from(slots[slot].checked_sub(1)?);
        // The hashes first: names in one probe sequence often share a length and a long
        // prefix (`Microsoft.Storage.Blob...`), which a case-blind comparison walks through.
        if hashes[index] == hash {
            let name = names[index];
            if name == event_type || name.eq_ignore_ascii_case(event_type) {
                return Some(index);
            }
        }
        slot = (slot + 1) & mask;
    }
    None
}

/// The JSON data of one event being decoded, and what was tolerated so far.
pub(crate) struct Payload<'a> {
    text: Cow<'a, str>,
    pub(crate) tolerated: Vec<Tolerated>,
}

/// How many members one payload may lose before it counts as not fitting.
const MAX_REPAIRS: usize = 64;

impl<'a> Payload<'a> {
    pub(crate) fn new(text: Cow<'a, str>) -> Self {
        Self {
            text,
            tolerated: Vec::new(),
        }
    }

    /// Decodes the payload into `T`, dropping members of the wrong shape (see the module docs).
    pub(crate) fn decode<T: DeserializeOwned>(&mut self) -> Result<Box<T>, PayloadError> {
        let first = match serde_json::from_str::<T>(&self.text) {
            Ok(value) => return Ok(Box::new(value)),
            Err(error) => error,
        };
        let mut repair = Repair::start(&self.text, &first)?;
        loop {
            match serde_json::from_str::<T>(&repair.text) {
                Ok(value) => {
                    self.tolerated.append(&mut repair.tolerated);
                    return Ok(Box::new(value));
                }
                Err(error) => repair.fix(&error)?,
            }
        }
    }
}

/// The message of a serde_json error without its position.
fn message_of(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

/// The non-generic part of [`Payload::decode`]'s slow path: the payload as a JSON value and
/// as compact text (so error positions map to paths), and what was dropped so far.
struct Repair {
    value: Value,
    text: String,
    tolerated: Vec<Tolerated>,
}

impl Repair {
    fn start(text: &str, error: &serde_json::Error) -> Result<Self, PayloadError> {
        if error.is_syntax() || error.is_eof() {
            return Err(PayloadError {
                path: String::new(),
                message: message_of(error),
            });
        }
        let value: Value = serde_json::from_str(text).map_err(|e| PayloadError {
            path: String::new(),
            message: message_of(&e),
        })?;
        let text = value.to_string();
        Ok(Self {
            value,
            text,
            tolerated: Vec::new(),
        })
    }

    /// Drops the member `error` (from decoding `self.text`) points at.
    fn fix(&mut self, error: &serde_json::Error) -> Result<(), PayloadError> {
        let message = message_of(error);
        if self.tolerated.len() >= MAX_REPAIRS {
            return Err(PayloadError {
                path: String::new(),
                message: format!("more than {MAX_REPAIRS} members do not fit; last: {message}"),
            });
        }
        let path = path_at(
            &self.text,
            offset_of(&self.text, error.line(), error.column()),
        );
        if path.is_empty() {
            // `data` itself does not fit; a JSON-encoded string of an object is unwrapped once.
            if let Value::String(inner) = &self.value
                && let Ok(parsed @ Value::Object(_)) = serde_json::from_str::<Value>(inner)
            {
                self.value = parsed;
                self.text = self.value.to_string();
                self.tolerated.push(Tolerated {
                    path: String::new(),
                    message: "data was a JSON-encoded string".into(),
                });
                return Ok(());
            }
            return Err(PayloadError {
                path: String::new(),
                message,
            });
        }
        let rendered = render(&path);
        if !remove(&mut self.value, &path) {
            return Err(PayloadError {
                path: rendered,
                message,
            });
        }
        self.text = self.value.to_string();
        self.tolerated.push(Tolerated {
            path: rendered,
            message,
        });
        Ok(())
    }
}

/// The byte offset just after the character serde_json reported (1-based line and column).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).min(text.len())
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

fn render(path: &[Segment]) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

enum Frame {
    Object {
        key: Option<String>,
        expect_key: bool,
    },
    Array {
        index: usize,
        started: bool,
    },
}

/// The path of the value that ends at (or starts at) byte `offset` of the JSON `text`.
fn path_at(text: &str, offset: usize) -> Vec<Segment> {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        let b = bytes[i];
        if let Some(Frame::Array { started, .. }) = stack.last_mut()
            && !b.is_ascii_whitespace()
            && b != b']'
            && b != b','
        {
            *started = true;
        }
        match b {
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let raw = &text[start..=i.min(bytes.len() - 1)];
                if let Some(Frame::Object { key, expect_key }) = stack.last_mut()
                    && *expect_key
                {
                    *key = Some(serde_json::from_str::<String>(raw).unwrap_or_default());
                    *expect_key = false;
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::Array {
                index: 0,
                started: false,
            }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, expect_key }) => {
                    *key = None;
                    *expect_key = true;
                }
                Some(Frame::Array { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = Vec::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(key), .. } => path.push(Segment::Key(key)),
            Frame::Array {
                index,
                started: true,
            } => path.push(Segment::Index(index)),
            _ => break,
        }
    }
    path
}

fn remove(value: &mut Value, path: &[Segment]) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let mut current = value;
    for segment in parents {
        let next = match (segment, current) {
            (Segment::Key(k), Value::Object(map)) => map.get_mut(k),
            (Segment::Index(i), Value::Array(items)) => items.get_mut(*i),
            _ => None,
        };
        match next {
            Some(next) => current = next,
            None => return false,
        }
    }
    match (last, current) {
        (Segment::Key(k), Value::Object(map)) => map.remove(k).is_some(),
        (Segment::Index(i), Value::Array(items)) if *i < items.len() => {
            items.remove(*i);
            true
        }
        _ => false,
    }
}

/// A number type of the generated fields: `i64` for every `integer` (int32 is widened),
/// `f64` for `number`.
pub(crate) trait Number: Sized {
    fn from_i64(v: i64) -> Option<Self>;
    fn from_u64(v: u64) -> Option<Self>;
    fn from_f64(v: f64) -> Option<Self>;
}

impl Number for i64 {
    fn from_i64(v: i64) -> Option<Self> {
        Some(v)
    }
    fn from_u64(v: u64) -> Option<Self> {
        i64::try_from(v).ok()
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)]
    fn from_f64(v: f64) -> Option<Self> {
        (v.fract() == 0.0 && v >= i64::MIN as f64 && v < i64::MAX as f64).then_some(v as i64)
    }
}

impl Number for f64 {
    #[allow(clippy::cast_precision_loss)]
    fn from_i64(v: i64) -> Option<Self> {
        Some(v as f64)
    }
    #[allow(clippy::cast_precision_loss)]
    fn from_u64(v: u64) -> Option<Self> {
        Some(v as f64)
    }
    fn from_f64(v: f64) -> Option<Self> {
        Some(v)
    }
}

/// `deserialize_with` for number fields: a JSON number, or a string holding one.
pub(crate) fn num<'de, D: Deserializer<'de>, T: Number>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    deserializer.deserialize_any(NumVisitor(PhantomData))
}

struct NumVisitor<T>(PhantomData<T>);

impl<'de, T: Number> Visitor<'de> for NumVisitor<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number or a string holding one")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        T::from_i64(v)
            .map(Some)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Signed(v), &self))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        T::from_u64(v)
            .map(Some)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        T::from_f64(v)
            .map(Some)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Float(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        let t = v.trim();
        let parsed = match t.parse::<i64>() {
            Ok(i) => T::from_i64(i),
            Err(_) => t
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .and_then(T::from_f64),
        };
        parsed
            .map(Some)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Str(v), &self))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        num(deserializer)
    }
}

/// `deserialize_with` for boolean fields: `true`/`false`, `0`/`1`, or those as strings.
pub(crate) fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    deserializer.deserialize_any(FlagVisitor)
}

struct FlagVisitor;

impl<'de> Visitor<'de> for FlagVisitor {
    type Value = Option<bool>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a boolean, 0 or 1")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Some(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        match v {
            0 => Ok(Some(false)),
            1 => Ok(Some(true)),
            _ => Err(E::invalid_value(de::Unexpected::Signed(v), &self)),
        }
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        match v {
            0 => Ok(Some(false)),
            1 => Ok(Some(true)),
            _ => Err(E::invalid_value(de::Unexpected::Unsigned(v), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        match v.trim() {
            t if t.eq_ignore_ascii_case("true") || t == "1" => Ok(Some(true)),
            t if t.eq_ignore_ascii_case("false") || t == "0" => Ok(Some(false)),
            _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
        }
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        flag(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        let text = r#"{"a":1,"b":{"c":[1,"x",{"d":true}]},"e":"f"}"#;
        let at = |needle: &str| render(&path_at(text, text.find(needle).unwrap() + needle.len()));
        assert_eq!(at(r#""a":1"#), "a");
        assert_eq!(at(r#""x""#), "b.c[1]");
        assert_eq!(at("true"), "b.c[2].d");
        assert_eq!(at(r#""f""#), "e");
        assert_eq!(at(r#""c":["#), "b.c");
    }

    #[test]
    fn removal() {
        let mut value: Value = serde_json::from_str(r#"{"b":{"c":[1,2,3]}}"#).unwrap();
        assert!(remove(
            &mut value,
            &[
                Segment::Key("b".into()),
                Segment::Key("c".into()),
                Segment::Index(1)
            ]
        ));
        assert_eq!(value.to_string(), r#"{"b":{"c":[1,3]}}"#);
    }
}
