//! Shared runtime of the generated code: lenient field readers and the tolerant payload
//! decoder. Generated files reach them through `crate::__private`, as `rt::...`.
//!
//! Tolerance happens in two places:
//! - conversions that lose nothing run inside the field readers: numbers sent as strings
//!   ([`Num`]), booleans sent as `0`/`1` or strings ([`Flag`]), member names and enum values
//!   in other letter case (see [`crate::members`]);
//! - [`Payload::decode`] reads a payload in one fast pass; when that pass meets a departure
//!   or fails, one reporting pass records every departure with its JSON path and leaves out
//!   each member of the wrong shape (see [`crate::report`]).
//!
//! The one-pass decode of `FromEvent::deserialize_data` ([`Strict`]) is the fast pass alone:
//! a payload with a member of the wrong shape fails it, and the batch decoder falls back to
//! [`Payload::decode`], which leaves the member out.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use eventgrid_types::{DataMemberKind, Tolerated};
use serde::de::{self, Deserialize, DeserializeOwned, DeserializeSeed, Deserializer, Visitor};
use serde_json::Value;

use crate::members::marker_seed;
pub use crate::members::{
    Boxed, Entries, Items, MemberReader, Members, Nullable, Plain, Received, Spelled, SpelledItems,
    SpelledValue, Spellings, StringEnum, deserialize as members, string_enum,
};
use crate::report;

pub use eventgrid_types::Timestamp;

/// A payload that does not fit even after dropping what could be dropped.
#[derive(Debug, Clone)]
pub(crate) struct PayloadError {
    pub(crate) path: String,
    pub(crate) message: String,
}

/// What the generated `SystemEvent::dispatch` does with the payload type `T` of an event
/// type; `wrap` is the variant's constructor. One generated `match` serves every decoder.
pub trait Dispatch<E> {
    /// What one visit gives.
    type Output;
    /// Visits payload type `T`, whose variant `wrap` builds.
    fn visit<T: DeserializeOwned>(self, wrap: fn(Box<T>) -> E) -> Self::Output;
}

/// The event enum a generator run emits (`SystemEvent`): its dispatch over the event types
/// with a payload, and its variant for every other type. The decoding functions of
/// `crate::event` are written once against it.
pub trait GeneratedEvent: Sized {
    /// Hands the payload type and variant of `event_type` (matched ignoring ASCII case) to
    /// `visit`; `None` when the type has no variant in this build.
    fn dispatch<V: Dispatch<Self>>(event_type: &str, visit: V) -> Option<V::Output>;

    /// The variant of an event whose type has no variant in this build.
    fn unknown(event: crate::UnknownEvent) -> Self;
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
/// The index of `event_type` (matched ignoring ASCII case) in `names`, looked up in the
/// generated open-addressing table `slots` (index + 1 per slot, 0 when empty); `hashes` holds
/// each name's `type_hash`.
pub fn variant_number(
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
    /// How many times the payload was read (parsing it into a `Value` counts as one).
    pub(crate) passes: u8,
}

impl<'a> Payload<'a> {
    pub(crate) fn new(text: Cow<'a, str>) -> Self {
        Self {
            text,
            tolerated: Vec::new(),
            passes: 0,
        }
    }

    /// Decodes the payload into `T` (see the module docs): one fast pass; when it met a
    /// departure, one reporting pass over the text; when it failed, one parse into a `Value`
    /// and one reporting pass over that, which leaves out every member of the wrong shape at
    /// once. At most three reads, however many members do not fit.
    pub(crate) fn decode<T: DeserializeOwned>(&mut self) -> Result<Box<T>, PayloadError> {
        self.passes += 1;
        let (first, clean) = report::fast(|| boxed_from_str::<T>(&self.text));
        let error = match first {
            Ok(value) if clean => return Ok(value),
            Ok(_) => {
                self.passes += 1;
                let (second, found) =
                    report::reporting(false, || serde_json::from_str::<T>(&self.text));
                match second {
                    Ok(value) => {
                        self.tolerated.extend(found);
                        return Ok(Box::new(value));
                    }
                    // The same text was read once already; only a value that breaks its
                    // own decoder halfway gets here. The recovering pass below handles it.
                    Err(error) => error,
                }
            }
            Err(error) => error,
        };
        if error.is_syntax() || error.is_eof() {
            return Err(PayloadError {
                path: String::new(),
                message: message_of(&error),
            });
        }
        self.passes += 2;
        let mut value: Value = serde_json::from_str(&self.text).map_err(|e| PayloadError {
            path: String::new(),
            message: message_of(&e),
        })?;
        if let Value::String(inner) = &value
            && let Ok(parsed @ Value::Object(_)) = serde_json::from_str::<Value>(inner)
        {
            // `data` was a JSON-encoded string of an object: read the object.
            value = parsed;
            self.tolerated
                .push(Tolerated::Data(eventgrid_types::DataMember::new(
                    "",
                    DataMemberKind::JsonString,
                )));
        }
        let (result, found) = report::reporting(true, || T::deserialize(&value));
        let decoded = result.map_err(|e| PayloadError {
            path: String::new(),
            message: message_of(&e),
        })?;
        self.tolerated.extend(found);
        Ok(Box::new(decoded))
    }
}

/// `serde_json::from_str` into a box: the payload is moved once, from the decoder's result
/// into the box (`from_str` returns it by value, so boxing after it moves it twice, and every
/// move of a result through a caller copies the whole struct).
#[inline]
fn boxed_from_str<'a, T: Deserialize<'a>>(text: &'a str) -> serde_json::Result<Box<T>> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(&mut deserializer).map(Box::new)?;
    deserializer.end()?;
    Ok(value)
}

/// The message of a serde_json error without its position.
fn message_of(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

/// A number type of the generated fields: `i64` for every `integer` (int32 is widened),
/// `f64` for `number`.
pub trait Number: Sized {
    /// `v`, if this type holds it exactly.
    fn from_i64(v: i64) -> Option<Self>;
    /// `v`, if this type holds it exactly.
    fn from_u64(v: u64) -> Option<Self>;
    /// `v`, if this type holds it (an integer type: only whole numbers in its range).
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
pub fn num<'de, D: Deserializer<'de>, T: Number>(deserializer: D) -> Result<Option<T>, D::Error> {
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
pub fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
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

marker_seed!(
    /// Reads a number field: a JSON number, or a string holding one ([`num`]).
    Num
);

impl<'de, T: Number> DeserializeSeed<'de> for Num<T> {
    type Value = Option<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        num(deserializer)
    }
}

/// Reads a boolean field: `true`/`false`, `0`/`1`, or those as strings ([`flag`]).
#[derive(Clone, Copy)]
pub struct Flag;

impl<'de> DeserializeSeed<'de> for Flag {
    type Value = Option<bool>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<bool>, D::Error> {
        flag(deserializer)
    }
}
