//! Structured mode (`application/cloudevents+json`) and JSON batches
//! (`application/cloudevents-batch+json`).
//!
//! Decoding is lenient where the spec allows it (a `null` attribute is absent, `data` and
//! `subject` are kept as sent) and strict where it does not (missing required attributes,
//! wrong JSON types, duplicate attributes, both `data` and `data_base64`, extension names and
//! Integer values outside the spec). A batch decodes to one result per event, so one bad
//! event never fails the others; only malformed JSON or a limit fails the whole batch.
//!
//! Encoding streams straight from any [`TypedEvent`](crate::TypedEvent) (a derived type, or a [`CloudEvent`]) to
//! the output, checking every rule for producers first and the sizes of what it wrote.
//!
//! ```
//! use eventgrid_types::{json, CloudEvent};
//!
//! let body = br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","data":{"n":1}}"#;
//! let event = json::from_slice(body).unwrap();
//! assert_eq!(event.ty(), "t");
//! let again = json::from_slice(&json::to_vec(&event).unwrap()).unwrap();
//! assert_eq!(again, event);
//! ```

mod borrowed;
mod encode;
mod envelope;
pub(crate) mod scanner;

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use crate::cloud_event::CloudEvent;
use crate::error::{DecodeError, DecodeErrorKind, JsonKind};
use crate::leniency::Leniency;
use crate::typed::FromEvent;

pub use borrowed::CloudEventRef;
pub use encode::{JsonData, Structured, batch_to_vec, batch_to_writer, to_vec, to_writer};
use envelope::{DataSlot, Envelope, PartsData};
pub(crate) use envelope::{Fast, Scalar};
use scanner::{Fallback, Scanner};

/// Event Grid's limit on one event, and on one batch, in bytes (1 MiB).
pub const MAX_EVENT_BYTES: usize = 1 << 20;
/// Event Grid namespaces' limit on the events of one publish request; the encoders refuse
/// a larger batch.
pub const MAX_BATCH_EVENTS: usize = 1_000;
/// The most events Event Grid delivers in one batch to a webhook (a subscription's
/// `maxEventsPerBatch` is at most 5,000), and the most a basic topic accepts in one publish:
/// what a receiving decoder must accept by default.
pub const MAX_DELIVERY_EVENTS: usize = 5_000;

/// The room a one-event body starts with. Azure's events run to about a kilobyte, and
/// `serde_json` alone starts at 128 bytes and regrows three or four times to get there.
pub(crate) const BODY_CAPACITY: usize = 1024;

/// Limits a decoder enforces before and while parsing.
///
/// The default is what Event Grid itself sends and accepts: 1 MiB of body
/// ([`MAX_EVENT_BYTES`]) and 5,000 events ([`MAX_DELIVERY_EVENTS`]). Encoders hold batches to
/// the stricter publish limit of namespaces, [`MAX_BATCH_EVENTS`]. [`Limits::unlimited`]
/// lifts both.
///
/// The limits hold on every decoder of this crate. `serde_json::from_slice::<CloudEvent>`
/// (the [`Deserialize`](serde::Deserialize) implementation, which checks the same rules)
/// has no limits of its own: the caller's deserializer reads whatever it is given, so check
/// the size before handing it a body from the network, or use a [`Decoder`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest body accepted, in bytes.
    pub max_bytes: usize,
    /// The most events accepted in one batch.
    pub max_events: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: MAX_EVENT_BYTES,
            max_events: MAX_DELIVERY_EVENTS,
        }
    }
}

impl Limits {
    /// No limits at all.
    pub fn unlimited() -> Self {
        Limits {
            max_bytes: usize::MAX,
            max_events: usize::MAX,
        }
    }

    /// Room to reserve for the events of a batch of `body_len` bytes. Azure system events
    /// run to about a kilobyte each: a close guess saves the regrowth without holding much
    /// unused room when the events are large.
    pub(crate) fn batch_capacity(&self, body_len: usize) -> usize {
        (body_len / 1024).min(self.max_events).min(4096)
    }

    pub(crate) fn check_size(&self, what: &'static str, size: usize) -> Result<(), DecodeError> {
        if size > self.max_bytes {
            return Err(DecodeErrorKind::TooLarge {
                what,
                size,
                limit: self.max_bytes,
            }
            .into());
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

/// A configured decoder for structured events and batches: its [`Limits`], and which rules
/// it relaxes ([`Leniency`]).
///
/// [`Decoder::new`] (and the free functions of this module) enforce every CloudEvents rule:
/// what producers and tests want. Consumers use [`Decoder::consumer`] (as the `http` request
/// decoders and namespace receive do), which also accepts what real payloads do and records
/// each departure on the event ([`CloudEvent::tolerated`]): attribute names in other letter
/// case (`specVersion`), a missing `specversion` (read as `1.0`), empty `id`/`source`/`type`,
/// duplicate members (the last wins), extension names that break the rules (kept as sent),
/// extension numbers outside the Integer type (kept as their text, even beyond what an `f64`
/// holds) and control characters in String attributes (kept as sent; the encoders refuse
/// them). Rules can also be relaxed one by one ([`Decoder::with_leniency`]).
///
/// ```
/// use eventgrid_types::json::Decoder;
///
/// let body = br#"{"specVersion":"1.0","id":"1","source":"/s","type":"t","Tenant":"x"}"#;
/// let error = Decoder::strict().from_slice(body).unwrap_err();
/// assert_eq!(error.to_string(), "`specVersion` found; the attribute is `specversion`");
/// let event = Decoder::consumer().from_slice(body).unwrap();
/// assert_eq!(event.tolerated().len(), 2);
/// assert_eq!(event.extension("Tenant").unwrap().as_str(), Some("x"));
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Decoder {
    limits: Limits,
    rules: Leniency,
    /// Decode with the serde-driven decoder alone, for tests that hold the scanner to it.
    serde_only: bool,
}

impl Decoder {
    /// A strict decoder with the default [`Limits`] (the same as [`Decoder::strict`]).
    pub fn new() -> Self {
        Decoder::default()
    }

    /// A decoder that enforces every rule: for producers checking what they send, and tests.
    pub fn strict() -> Self {
        Decoder::default()
    }

    /// A decoder for consumers: every rule of [`Leniency::CONSUMER`] relaxed, and each
    /// departure recorded.
    pub fn consumer() -> Self {
        Decoder::default().with_leniency(Leniency::CONSUMER)
    }

    /// The same decoder with other limits.
    #[must_use]
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The same decoder, relaxing every rule (as [`Decoder::consumer`]).
    #[must_use]
    pub fn lenient(self) -> Self {
        self.with_leniency(Leniency::CONSUMER)
    }

    /// The same decoder, relaxing exactly the rules `rules` relaxes.
    #[must_use]
    pub fn with_leniency(mut self, rules: Leniency) -> Self {
        self.rules = rules;
        self
    }

    /// The same decoder without the scanner front end (see `json::scanner`): what
    /// differential tests and fuzz targets compare it with.
    pub(crate) fn serde_only(mut self) -> Self {
        self.serde_only = true;
        self
    }

    /// The scanner, unless this decoder is serde-only.
    fn scanner<'de>(&self, text: &'de str) -> Result<Scanner<'de>, Fallback> {
        if self.serde_only {
            Err(Fallback)
        } else {
            Ok(Scanner::new(text))
        }
    }

    /// Decodes one structured-mode event.
    pub fn from_slice(&self, bytes: &[u8]) -> Result<CloudEvent, DecodeError> {
        self.limits.check_size("event", bytes.len())?;
        if let Ok(text) = std::str::from_utf8(bytes) {
            return self.from_str(text);
        }
        // Not UTF-8: read as bytes, so the error says where.
        let envelope: Envelope<'_, Box<RawValue>> =
            serde_json::from_slice(bytes).map_err(json_error)?;
        envelope.check_owned(self.rules)
    }

    /// Decodes one structured-mode event from text, skipping the UTF-8 check that
    /// [`Decoder::from_slice`] does.
    pub fn from_str(&self, text: &str) -> Result<CloudEvent, DecodeError> {
        self.limits.check_size("event", text.len())?;
        let envelope: Envelope<'_, Box<RawValue>> =
            match self.scanner(text).and_then(|mut scanner| scanner.single()) {
                Ok(envelope) => envelope,
                Err(Fallback) => Self::serde_event(text)?,
            };
        envelope.check_owned(self.rules)
    }

    /// Decodes a JSON batch: one result per event, in order.
    pub fn batch_from_slice(
        &self,
        bytes: &[u8],
    ) -> Result<Vec<Result<CloudEvent, DecodeError>>, DecodeError> {
        self.limits.check_size("batch", bytes.len())?;
        let convert = |envelope: Envelope<'_, Box<RawValue>>| envelope.check_owned(self.rules);
        // Checking UTF-8 once for the whole body is cheaper than string by string; a body
        // that is not UTF-8 is read as bytes, so the error says where.
        if let Ok(text) = std::str::from_utf8(bytes) {
            if let Ok(events) = self.scan_batch(text, convert) {
                return Ok(events);
            }
            self.serde_batch(text, convert)
        } else {
            let mut de = serde_json::Deserializer::from_slice(bytes);
            decode_batch_with(&mut de, &self.limits, bytes.len(), convert)
        }
    }

    /// Decodes a JSON batch without copying: each event borrows its strings and its raw
    /// data from `text`. For routing and filtering on attributes, this is the cheapest way to
    /// read a batch; [`CloudEventRef::to_owned`] makes an owned event when one is kept.
    ///
    /// ```
    /// use eventgrid_types::json::Decoder;
    ///
    /// let body = r#"[{"specversion":"1.0","id":"1","source":"/s","type":"t","data":{"n":1}}]"#;
    /// let events = Decoder::new().batch_from_str_borrowed(body).unwrap();
    /// let event = events[0].as_ref().unwrap();
    /// assert_eq!(event.ty(), "t");
    /// assert_eq!(event.data_json(), Some(r#"{"n":1}"#));
    /// ```
    pub fn batch_from_str_borrowed<'a>(
        &self,
        text: &'a str,
    ) -> Result<Vec<Result<CloudEventRef<'a>, DecodeError>>, DecodeError> {
        self.limits.check_size("batch", text.len())?;
        let convert = |envelope: Envelope<'a, &'a RawValue>| {
            envelope
                .check(self.rules)
                .map(|parts| CloudEventRef { parts })
        };
        if let Ok(events) = self.scan_batch(text, convert) {
            return Ok(events);
        }
        self.serde_batch(text, convert)
    }

    /// Decodes one structured-mode event without copying; see
    /// [`Decoder::batch_from_str_borrowed`].
    pub fn from_str_borrowed<'a>(&self, text: &'a str) -> Result<CloudEventRef<'a>, DecodeError> {
        self.limits.check_size("event", text.len())?;
        let envelope: Envelope<'a, &'a RawValue> =
            match self.scanner(text).and_then(|mut scanner| scanner.single()) {
                Ok(envelope) => envelope,
                Err(Fallback) => Self::serde_event(text)?,
            };
        envelope
            .check(self.rules)
            .map(|parts| CloudEventRef { parts })
    }

    /// Decodes one structured-mode event straight into a typed event, without building a
    /// [`CloudEvent`] first; in one pass as [`Decoder::decode_batch`] does.
    pub fn decode<T>(&self, bytes: &[u8]) -> Result<T, DecodeError>
    where
        T: for<'a> FromEvent<'a>,
    {
        self.limits.check_size("event", bytes.len())?;
        let text = utf8(bytes)?;
        let one_pass = match self.scanner(text) {
            Ok(mut scanner) => scanner.single::<Envelope<'_, Fast<'_, T>>>().ok(),
            Err(Fallback) => serde_json::from_str(text).ok(),
        };
        if let Some(envelope) = one_pass {
            return self.finish_typed(envelope);
        }
        // The one-pass attempt failed somewhere; the two-pass decode says exactly where.
        let envelope: Envelope<'_, &RawValue> = Self::serde_event(text)?;
        self.decode_typed(envelope)
    }

    /// Decodes a JSON batch straight into typed events: one result per event, in order.
    ///
    /// Events whose `type` comes before their `data` (as Azure sends them) are decoded in one
    /// pass, the data straight into `T`, wherever their other members are. A member after
    /// the data that changes how it reads (a `datacontenttype` that is not JSON) has that
    /// event's data read again from its text; the other events keep their one pass. Should
    /// the data not fit `T` in any event, the batch is decoded again in two passes, which
    /// gives every event its own result and error.
    ///
    /// With [`Event<T>`](crate::Event) as the type, each event comes with its envelope.
    pub fn decode_batch<T>(&self, bytes: &[u8]) -> Result<Vec<Result<T, DecodeError>>, DecodeError>
    where
        T: for<'a> FromEvent<'a>,
    {
        self.limits.check_size("batch", bytes.len())?;
        // Validating UTF-8 once up front lets the parser skip it string by string.
        let text = utf8(bytes)?;
        let one_pass = |envelope: Envelope<'_, Fast<'_, T>>| self.finish_typed(envelope);
        if self.serde_only {
            let mut de = serde_json::Deserializer::from_str(text);
            match decode_batch_with(&mut de, &self.limits, text.len(), one_pass) {
                Err(error) if matches!(error.kind(), DecodeErrorKind::Json(_)) => {}
                other => return other,
            }
        } else if let Ok(events) = self.scan_batch(text, one_pass) {
            return Ok(events);
        }
        // The one-pass attempt failed somewhere; the two-pass decode gives every event its own
        // result, and says exactly where the JSON is malformed.
        self.serde_batch(text, |envelope: Envelope<'_, &RawValue>| {
            self.decode_typed::<T>(envelope)
        })
    }

    /// Decodes a batch with the serde-driven decoder. Should the parser fail inside one
    /// event of a well-formed batch (a number beyond `f64`, a lone surrogate), each event is
    /// read on its own instead, so the failure is that event's result alone.
    fn serde_batch<'de, D, Out>(
        &self,
        text: &'de str,
        mut convert: impl FnMut(Envelope<'de, D>) -> Result<Out, DecodeError>,
    ) -> Result<Vec<Result<Out, DecodeError>>, DecodeError>
    where
        D: DataSlot<'de>,
    {
        let mut de = serde_json::Deserializer::from_str(text);
        let error = match decode_batch_with(&mut de, &self.limits, text.len(), &mut convert) {
            Err(error) if matches!(error.kind(), DecodeErrorKind::Json(_)) => error,
            other => return other,
        };
        let events = match elements(text, self.limits.max_events) {
            Ok(events) => events,
            Err(NotElements::TooMany) => {
                return Err(DecodeErrorKind::TooManyEvents {
                    limit: self.limits.max_events,
                }
                .into());
            }
            Err(NotElements::NotArray) => return Err(error),
        };
        Ok(events
            .into_iter()
            .enumerate()
            .map(|(index, event)| {
                serde_json::from_str(event.get())
                    .or_else(|_| Envelope::rescue(event.get()))
                    .and_then(&mut convert)
                    .map_err(|e| e.at(index))
            })
            .collect())
    }

    /// Reads one event with the serde-driven decoder, reading it again member by member
    /// ([`Envelope::rescue`]) when the parser fails inside it, so that the error names the
    /// member (or a lenient decoder keeps it).
    fn serde_event<'de, D: DataSlot<'de>>(text: &'de str) -> Result<Envelope<'de, D>, DecodeError> {
        serde_json::from_str(text)
            .or_else(|error| Envelope::rescue(text).map_err(|_| json_error(error)))
    }

    /// Decodes a batch with the scanner: one result per event, or [`Fallback`] for the
    /// serde-driven decoder to decode it instead.
    fn scan_batch<'de, D, Out>(
        &self,
        text: &'de str,
        mut convert: impl FnMut(Envelope<'de, D>) -> Result<Out, DecodeError>,
    ) -> Result<Vec<Result<Out, DecodeError>>, Fallback>
    where
        D: DataSlot<'de>,
    {
        let mut scanner = self.scanner(text)?;
        let mut events = Vec::with_capacity(self.limits.batch_capacity(text.len()));
        scanner.batch(|envelope| {
            // The serde-driven decoder reports the limit.
            if events.len() == self.limits.max_events {
                return Err(Fallback);
            }
            let index = events.len();
            events.push(convert(envelope).map_err(|e| e.at(index)));
            Ok(())
        })?;
        Ok(events)
    }

    fn decode_typed<T>(&self, envelope: Envelope<'_, &RawValue>) -> Result<T, DecodeError>
    where
        T: for<'a> FromEvent<'a>,
    {
        let parts = envelope.check(self.rules)?;
        if !T::accepts_type(&parts.ty) {
            return Err(crate::typed::type_mismatch::<T>(&parts.ty));
        }
        T::from_event(parts.view())
    }

    fn finish_typed<T>(&self, envelope: Envelope<'_, Fast<'_, T>>) -> Result<T, DecodeError>
    where
        T: for<'a> FromEvent<'a>,
    {
        let mut parts = envelope.check(self.rules)?;
        if !T::accepts_type(&parts.ty) {
            return Err(crate::typed::type_mismatch::<T>(&parts.ty));
        }
        match parts.data.take() {
            // The envelope reads data in one pass only under a JSON (or no) `datacontenttype`
            // that nothing after the data changes, so the typed value stands.
            Some(PartsData::Json(Fast::Typed(value))) => (*value).complete(parts.view()),
            data => {
                parts.data = data;
                T::from_event(parts.view())
            }
        }
    }
}

pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, DecodeError> {
    std::str::from_utf8(bytes)
        .map_err(|e| DecodeErrorKind::Json(de::Error::custom(format!("invalid UTF-8: {e}"))).into())
}

/// Decodes one structured-mode event with the strict [`Decoder`].
pub fn from_slice(bytes: &[u8]) -> Result<CloudEvent, DecodeError> {
    Decoder::new().from_slice(bytes)
}

/// Decodes one structured-mode event within `limits`.
pub fn from_slice_with(bytes: &[u8], limits: &Limits) -> Result<CloudEvent, DecodeError> {
    Decoder::new().with_limits(*limits).from_slice(bytes)
}

/// Decodes one structured-mode event from text with the strict [`Decoder`].
pub fn from_str(text: &str) -> Result<CloudEvent, DecodeError> {
    Decoder::new().from_str(text)
}

/// Decodes a JSON batch with the strict [`Decoder`]: one result per event, in order.
///
/// ```
/// use eventgrid_types::json;
///
/// let body = br#"[{"specversion":"1.0","id":"1","source":"/s","type":"t"}, {"id":"2"}]"#;
/// let events = json::batch_from_slice(body).unwrap();
/// assert!(events[0].is_ok());
/// let error = events[1].as_ref().unwrap_err();
/// assert_eq!(error.to_string(), "event 1: required attribute `specversion` is missing");
/// ```
pub fn batch_from_slice(bytes: &[u8]) -> Result<Vec<Result<CloudEvent, DecodeError>>, DecodeError> {
    Decoder::new().batch_from_slice(bytes)
}

/// Decodes a JSON batch within `limits`.
pub fn batch_from_slice_with(
    bytes: &[u8],
    limits: &Limits,
) -> Result<Vec<Result<CloudEvent, DecodeError>>, DecodeError> {
    Decoder::new().with_limits(*limits).batch_from_slice(bytes)
}

/// Decodes one structured-mode event straight into a typed event, with the strict
/// [`Decoder`].
pub fn decode<T>(bytes: &[u8]) -> Result<T, DecodeError>
where
    T: for<'a> FromEvent<'a>,
{
    Decoder::new().decode(bytes)
}

/// Decodes a JSON batch straight into typed events with the strict [`Decoder`].
pub fn decode_batch<T>(bytes: &[u8]) -> Result<Vec<Result<T, DecodeError>>, DecodeError>
where
    T: for<'a> FromEvent<'a>,
{
    Decoder::new().decode_batch(bytes)
}

fn json_error(error: serde_json::Error) -> DecodeError {
    DecodeErrorKind::Json(error).into()
}

/// Why [`elements`] found no array of values.
#[derive(Debug)]
pub(crate) enum NotElements {
    /// More than the limit.
    TooMany,
    /// Not a JSON array, or not JSON.
    NotArray,
}

/// The raw elements of a JSON array, without reading them: at most `max`, refused at the
/// first one past it, so that what is kept stays proportional to what may be accepted.
pub(crate) fn elements(text: &str, max: usize) -> Result<Vec<&RawValue>, NotElements> {
    struct Elements<'c> {
        max: usize,
        too_many: &'c Cell<bool>,
    }
    impl<'de> Visitor<'de> for Elements<'_> {
        type Value = Vec<&'de RawValue>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an array")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element()? {
                if items.len() == self.max {
                    self.too_many.set(true);
                    return Err(de::Error::custom("too many elements"));
                }
                items.push(item);
            }
            Ok(items)
        }
    }
    let too_many = Cell::new(false);
    let mut de = serde_json::Deserializer::from_str(text);
    let visitor = Elements {
        max,
        too_many: &too_many,
    };
    match de
        .deserialize_any(visitor)
        .and_then(|items| de.end().map(|()| items))
    {
        Ok(items) => Ok(items),
        Err(_) if too_many.get() => Err(NotElements::TooMany),
        Err(_) => Err(NotElements::NotArray),
    }
}

fn decode_batch_with<'de, R, S, Out, F>(
    de: &mut serde_json::Deserializer<R>,
    limits: &Limits,
    body_len: usize,
    convert: F,
) -> Result<Vec<Result<Out, DecodeError>>, DecodeError>
where
    R: serde_json::de::Read<'de>,
    S: DataSlot<'de>,
    F: FnMut(Envelope<'de, S>) -> Result<Out, DecodeError>,
{
    let too_many = Cell::new(false);
    let shape = Cell::new(None);
    let seed = BatchSeed {
        capacity: limits.batch_capacity(body_len),
        limits,
        convert,
        too_many: &too_many,
        shape: &shape,
        marker: std::marker::PhantomData,
    };
    let result = seed
        .deserialize(&mut *de)
        .and_then(|events| de.end().map(|()| events));
    match result {
        Ok(events) => Ok(events),
        Err(_) if too_many.get() => Err(DecodeErrorKind::TooManyEvents {
            limit: limits.max_events,
        }
        .into()),
        Err(_) if shape.get().is_some() => Err(DecodeErrorKind::WrongShape {
            expected: "an array of events",
            found: shape.get().unwrap_or(JsonKind::Null),
        }
        .into()),
        Err(error) => Err(json_error(error)),
    }
}

/// Ties a seed to the lifetime and types it produces without owning any of them.
type Produces<'de, D, Out> = std::marker::PhantomData<fn(&'de ()) -> (D, Out)>;

struct BatchSeed<'l, 'de, D, F, Out> {
    capacity: usize,
    limits: &'l Limits,
    convert: F,
    too_many: &'l Cell<bool>,
    shape: &'l Cell<Option<JsonKind>>,
    marker: Produces<'de, D, Out>,
}

impl<'de, D, F, Out> DeserializeSeed<'de> for BatchSeed<'_, 'de, D, F, Out>
where
    D: DataSlot<'de>,
    F: FnMut(Envelope<'de, D>) -> Result<Out, DecodeError>,
{
    type Value = Vec<Result<Out, DecodeError>>;

    fn deserialize<De: Deserializer<'de>>(
        self,
        deserializer: De,
    ) -> Result<Self::Value, De::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de, D, F, Out> Visitor<'de> for BatchSeed<'_, 'de, D, F, Out>
where
    D: DataSlot<'de>,
    F: FnMut(Envelope<'de, D>) -> Result<Out, DecodeError>,
{
    type Value = Vec<Result<Out, DecodeError>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON array of events")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut events = Vec::with_capacity(seq.size_hint().unwrap_or(self.capacity));
        while let Some(envelope) = seq.next_element::<Envelope<'de, D>>()? {
            if events.len() == self.limits.max_events {
                self.too_many.set(true);
                return Err(de::Error::custom("too many events"));
            }
            let index = events.len();
            events.push((self.convert)(envelope).map_err(|e| e.at(index)));
        }
        Ok(events)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        self.wrong_shape(JsonKind::Object)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        self.wrong_shape(JsonKind::Boolean)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        self.wrong_shape(JsonKind::Number)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        self.wrong_shape(JsonKind::Number)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        self.wrong_shape(JsonKind::Number)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        self.wrong_shape(JsonKind::String)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.wrong_shape(JsonKind::Null)
    }
}

impl<D, F, Out> BatchSeed<'_, '_, D, F, Out> {
    fn wrong_shape<V, E: de::Error>(&self, found: JsonKind) -> Result<V, E> {
        self.shape.set(Some(found));
        Err(E::custom("not an array"))
    }
}
