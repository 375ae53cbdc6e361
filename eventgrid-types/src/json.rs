//! Structured mode (`application/cloudevents+json`) and JSON batches
//! (`application/cloudevents-batch+json`).
//!
//! Decoding is lenient where the spec allows it (a `null` attribute is absent, `data` and
//! `subject` are kept as sent) and strict where it does not (missing required attributes,
//! wrong JSON types, duplicate attributes, both `data` and `data_base64`, extension names and
//! Integer values outside the spec). A batch decodes to one result per event, so one bad
//! event never fails the others; only malformed JSON or a limit fails the whole batch.
//!
//! Encoding streams straight from any [`TypedEvent`] (a derived type, or a [`CloudEvent`]) to
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

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::io;

use base64::Engine as _;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::cloud_event::{CloudEvent, Extensions};
use crate::data::Data;
use crate::error::{DecodeError, DecodeErrorKind, EncodeError, JsonKind};
use crate::extension::{self, ExtensionValue};
use crate::media_type;
use crate::timestamp::Timestamp;
use crate::tolerated::Tolerated;
use crate::typed::{DataKind, EventView, FromEvent, TypedEvent};
use crate::validate::{self, Rule, ValidationError, Violation};

/// Event Grid's limit on one event, and on one batch, in bytes (1 MiB).
pub const MAX_EVENT_BYTES: usize = 1 << 20;
/// Event Grid namespaces' limit on the events of one publish request.
pub const MAX_BATCH_EVENTS: usize = 1_000;

/// Limits a decoder enforces before and while parsing.
///
/// The default is Event Grid's own: 1 MiB of body and 5,000 events (the basic tier's batch
/// limit). [`Limits::unlimited`] lifts both.
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
            max_events: 5_000,
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

    fn check_size(&self, what: &'static str, size: usize) -> Result<(), DecodeError> {
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

/// A configured decoder for structured events and batches: its [`Limits`], and whether it is
/// lenient.
///
/// The strict decoder (the default) enforces the CloudEvents rules a consumer must. A lenient
/// one also accepts what real payloads do and records each departure on the event
/// ([`CloudEvent::tolerated`]): attribute names in other letter case (`specVersion`), a
/// missing `specversion` (read as `1.0`), empty `id`/`source`/`type`, duplicate members (the
/// last wins), extension names that break the rules (kept as sent) and extension numbers
/// outside the Integer type (kept as their text).
///
/// ```
/// use eventgrid_types::json::Decoder;
///
/// let body = br#"{"specVersion":"1.0","id":"1","source":"/s","type":"t","Tenant":"x"}"#;
/// assert!(Decoder::new().from_slice(body).is_err());
/// let event = Decoder::new().lenient().from_slice(body).unwrap();
/// assert_eq!(event.tolerated().len(), 2);
/// assert_eq!(event.extension("Tenant").unwrap().as_str(), Some("x"));
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Decoder {
    limits: Limits,
    lenient: bool,
}

impl Decoder {
    /// A strict decoder with the default [`Limits`].
    pub fn new() -> Self {
        Decoder::default()
    }

    /// The same decoder with other limits.
    #[must_use]
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The same decoder, lenient.
    #[must_use]
    pub fn lenient(mut self) -> Self {
        self.lenient = true;
        self
    }

    /// Decodes one structured-mode event.
    pub fn from_slice(&self, bytes: &[u8]) -> Result<CloudEvent, DecodeError> {
        self.limits.check_size("event", bytes.len())?;
        let envelope: Envelope<'_, Box<RawValue>> =
            serde_json::from_slice(bytes).map_err(json_error)?;
        envelope.check(self.lenient).map(Parts::into_cloud_event)
    }

    /// Decodes one structured-mode event from text, skipping the UTF-8 check that
    /// [`Decoder::from_slice`] does.
    pub fn from_str(&self, text: &str) -> Result<CloudEvent, DecodeError> {
        self.limits.check_size("event", text.len())?;
        let envelope: Envelope<'_, Box<RawValue>> =
            serde_json::from_str(text).map_err(json_error)?;
        envelope.check(self.lenient).map(Parts::into_cloud_event)
    }

    /// Decodes a JSON batch: one result per event, in order.
    pub fn batch_from_slice(
        &self,
        bytes: &[u8],
    ) -> Result<Vec<Result<CloudEvent, DecodeError>>, DecodeError> {
        self.limits.check_size("batch", bytes.len())?;
        let mut de = serde_json::Deserializer::from_slice(bytes);
        decode_batch_with(
            &mut de,
            &self.limits,
            bytes.len(),
            |envelope: Envelope<'_, Box<RawValue>>| {
                envelope.check(self.lenient).map(Parts::into_cloud_event)
            },
        )
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
        let mut de = serde_json::Deserializer::from_str(text);
        decode_batch_with(
            &mut de,
            &self.limits,
            text.len(),
            |envelope: Envelope<'a, &'a RawValue>| {
                envelope
                    .check(self.lenient)
                    .map(|parts| CloudEventRef { parts })
            },
        )
    }

    /// Decodes one structured-mode event without copying; see
    /// [`Decoder::batch_from_str_borrowed`].
    pub fn from_str_borrowed<'a>(&self, text: &'a str) -> Result<CloudEventRef<'a>, DecodeError> {
        self.limits.check_size("event", text.len())?;
        let envelope: Envelope<'a, &'a RawValue> =
            serde_json::from_str(text).map_err(json_error)?;
        envelope
            .check(self.lenient)
            .map(|parts| CloudEventRef { parts })
    }

    /// Decodes one structured-mode event straight into a typed event, without building a
    /// [`CloudEvent`] first.
    pub fn decode<T>(&self, bytes: &[u8]) -> Result<T, DecodeError>
    where
        T: for<'a> FromEvent<'a>,
    {
        self.limits.check_size("event", bytes.len())?;
        let text = utf8(bytes)?;
        if let Ok(envelope) = serde_json::from_str::<Envelope<'_, Fast<'_, T>>>(text) {
            return self.finish_typed(envelope);
        }
        // The one-pass attempt failed somewhere; the two-pass decode says exactly where.
        let envelope: Envelope<'_, &RawValue> = serde_json::from_str(text).map_err(json_error)?;
        self.decode_typed(envelope)
    }

    /// Decodes a JSON batch straight into typed events: one result per event, in order.
    ///
    /// Events whose `type` comes before their `data` (as Azure sends them) are decoded in one
    /// pass, the data straight into `T`. Should that fail for any event, the batch is decoded
    /// again in two passes, which gives every event its own result and error.
    pub fn decode_batch<T>(&self, bytes: &[u8]) -> Result<Vec<Result<T, DecodeError>>, DecodeError>
    where
        T: for<'a> FromEvent<'a>,
    {
        self.limits.check_size("batch", bytes.len())?;
        // Validating UTF-8 once up front lets the parser skip it string by string.
        let text = utf8(bytes)?;
        let mut de = serde_json::Deserializer::from_str(text);
        let fast = decode_batch_with(
            &mut de,
            &self.limits,
            text.len(),
            |envelope: Envelope<'_, Fast<'_, T>>| self.finish_typed(envelope),
        );
        match fast {
            Err(error) if matches!(error.kind(), DecodeErrorKind::Json(_)) => {
                let mut de = serde_json::Deserializer::from_str(text);
                decode_batch_with(
                    &mut de,
                    &self.limits,
                    text.len(),
                    |envelope: Envelope<'_, &RawValue>| self.decode_typed::<T>(envelope),
                )
            }
            other => other,
        }
    }

    fn decode_typed<T>(&self, envelope: Envelope<'_, &RawValue>) -> Result<T, DecodeError>
    where
        T: for<'a> FromEvent<'a>,
    {
        let parts = envelope.check(self.lenient)?;
        if !T::accepts_type(&parts.ty) {
            return Err(crate::typed::type_mismatch::<T>(&parts.ty));
        }
        T::from_event(parts.view())
    }

    fn finish_typed<T>(&self, envelope: Envelope<'_, Fast<'_, T>>) -> Result<T, DecodeError>
    where
        T: for<'a> FromEvent<'a>,
    {
        let mut parts = envelope.check(self.lenient)?;
        if !T::accepts_type(&parts.ty) {
            return Err(crate::typed::type_mismatch::<T>(&parts.ty));
        }
        match parts.data.take() {
            Some(PartsData::Json(Fast::Typed(value))) => {
                if parts
                    .datacontenttype
                    .as_deref()
                    .is_some_and(|ct| !media_type::is_json(ct))
                {
                    return Err(DecodeErrorKind::Data {
                        path: String::new(),
                        message:
                            "data was read as JSON, but the event's datacontenttype is not JSON"
                                .into(),
                    }
                    .into());
                }
                value.complete(parts.view())
            }
            data => {
                parts.data = data;
                T::from_event(parts.view())
            }
        }
    }
}

/// A structured event that borrows its strings and raw data from the text it was decoded
/// from (see [`Decoder::batch_from_str_borrowed`]). Checked by the same rules as
/// [`CloudEvent`]; strings with escapes are the only ones it owns.
pub struct CloudEventRef<'a> {
    parts: Parts<'a, &'a RawValue>,
}

impl<'a> CloudEventRef<'a> {
    /// `id`
    pub fn id(&self) -> &str {
        &self.parts.id
    }

    /// `source`
    pub fn source(&self) -> &str {
        &self.parts.source
    }

    /// `type`
    pub fn ty(&self) -> &str {
        &self.parts.ty
    }

    /// `subject`
    pub fn subject(&self) -> Option<&str> {
        self.parts.subject.as_deref()
    }

    /// `time`
    pub fn time(&self) -> Option<&Timestamp> {
        self.parts.time.as_ref()
    }

    /// `datacontenttype`
    pub fn datacontenttype(&self) -> Option<&str> {
        self.parts.datacontenttype.as_deref()
    }

    /// `dataschema`
    pub fn dataschema(&self) -> Option<&str> {
        self.parts.dataschema.as_deref()
    }

    /// One extension attribute.
    pub fn extension(&self, name: &str) -> Option<&ExtensionValue> {
        self.parts.extensions.get(name)
    }

    /// The extension attributes.
    pub fn extensions(&self) -> &Extensions {
        &self.parts.extensions
    }

    /// The raw JSON text of the data, when the data is JSON.
    pub fn data_json(&self) -> Option<&'a str> {
        match &self.parts.data {
            Some(PartsData::Json(raw)) => Some(raw.get()),
            _ => None,
        }
    }

    /// What a lenient decoder accepted in this event.
    pub fn tolerated(&self) -> &[Tolerated] {
        &self.parts.tolerated
    }

    /// A view for typed decoders.
    pub fn view(&self) -> EventView<'_> {
        self.parts.view()
    }

    /// Decodes the event into a typed event.
    pub fn decode<'s, T: FromEvent<'s>>(&'s self) -> Result<T, DecodeError> {
        T::from_event(self.view())
    }

    /// An owned copy.
    pub fn to_owned(&self) -> CloudEvent {
        let parts = &self.parts;
        CloudEvent {
            id: parts.id.clone().into_owned(),
            source: parts.source.clone().into_owned(),
            ty: parts.ty.clone().into_owned(),
            datacontenttype: parts.datacontenttype.as_deref().map(str::to_owned),
            dataschema: parts.dataschema.as_deref().map(str::to_owned),
            subject: parts.subject.as_deref().map(str::to_owned),
            time: parts.time,
            extensions: parts.extensions.clone(),
            data: parts.data.as_ref().map(|data| match data {
                // Already checked JSON: copied, not parsed again.
                PartsData::Json(raw) => Data::Json((*raw).to_owned()),
                PartsData::Text(text) => Data::Text(text.clone()),
                PartsData::Binary(bytes) => Data::Binary(bytes.clone()),
            }),
            tolerated: parts.tolerated.clone(),
        }
    }
}

impl fmt::Debug for CloudEventRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CloudEventRef")
            .field("id", &self.id())
            .field("source", &self.source())
            .field("type", &self.ty())
            .field("subject", &self.subject())
            .field("time", &self.time())
            .field("extensions", self.extensions())
            .field("data", &self.view().data)
            .finish()
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
        // Azure events are rarely under 500 bytes; a close guess saves the vector's regrowth.
        capacity: (body_len / 512).min(limits.max_events).min(4096),
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

/// How a decoder holds an event's `data` while it parses the rest of the event.
pub(crate) trait DataSlot<'de>: Sized {
    /// Reads the value of the `data` member; `attrs` are the attributes read so far.
    fn read<A: MapAccess<'de>>(
        map: &mut A,
        attrs: &[Option<Scalar<'de>>; 8],
    ) -> Result<Self, A::Error>;

    /// The raw JSON text, when the slot keeps it.
    fn raw_text(&self) -> Option<&str>;
}

/// Raw JSON data as a decoder holds it: owned (`Box<RawValue>`) or borrowed (`&RawValue`).
pub(crate) trait RawData<'de>: Deserialize<'de> {
    fn text(&self) -> &str;
    fn into_owned(self) -> Box<RawValue>;
}

impl<'de, D: RawData<'de>> DataSlot<'de> for D {
    fn read<A: MapAccess<'de>>(
        map: &mut A,
        _: &[Option<Scalar<'de>>; 8],
    ) -> Result<Self, A::Error> {
        map.next_value()
    }

    fn raw_text(&self) -> Option<&str> {
        Some(self.text())
    }
}

impl RawData<'_> for Box<RawValue> {
    fn text(&self) -> &str {
        self.get()
    }

    fn into_owned(self) -> Box<RawValue> {
        self
    }
}

impl<'de> RawData<'de> for &'de RawValue {
    fn text(&self) -> &str {
        self.get()
    }

    fn into_owned(self) -> Box<RawValue> {
        self.to_owned()
    }
}

/// The data of an event decoded into `T` in one pass: when `type` comes before `data` and
/// `T` has a fast path for it, the data is deserialized straight into `T`
/// ([`FromEvent::deserialize_data`]); otherwise it is kept raw.
pub(crate) enum Fast<'de, T> {
    Raw(&'de RawValue),
    Typed(T),
}

impl<'de, T: FromEvent<'de>> DataSlot<'de> for Fast<'de, T> {
    fn read<A: MapAccess<'de>>(
        map: &mut A,
        attrs: &[Option<Scalar<'de>>; 8],
    ) -> Result<Self, A::Error> {
        let content_is_json = match &attrs[Attr::DataContentType as usize] {
            None | Some(Scalar::Null) => true,
            Some(Scalar::Str(ct)) => media_type::is_json(ct),
            Some(_) => false,
        };
        let event_type = match &attrs[Attr::Type as usize] {
            Some(Scalar::Str(ty)) => Some(&**ty),
            _ => None,
        };
        Self::read_value(map, event_type, content_is_json)
    }

    fn raw_text(&self) -> Option<&str> {
        match self {
            Fast::Raw(raw) => Some(raw.get()),
            Fast::Typed(_) => None,
        }
    }
}

impl<'de, T: FromEvent<'de>> Fast<'de, T> {
    /// Reads `data`: straight into `T` when the event's type is known and `T` has a one-pass
    /// path for it, raw otherwise.
    pub(crate) fn read_value<A: MapAccess<'de>>(
        map: &mut A,
        event_type: Option<&str>,
        content_is_json: bool,
    ) -> Result<Self, A::Error> {
        match event_type {
            Some(ty) if content_is_json && T::has_data_fast_path(ty) => map
                .next_value_seed(TypedData::<T> {
                    event_type: ty,
                    marker: std::marker::PhantomData,
                })
                .map(Fast::Typed),
            _ => map.next_value().map(Fast::Raw),
        }
    }
}

struct TypedData<'t, T> {
    event_type: &'t str,
    marker: std::marker::PhantomData<T>,
}

impl<'de, T: FromEvent<'de>> DeserializeSeed<'de> for TypedData<'_, T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize_data(self.event_type, deserializer)
    }
}

/// The context attributes of CloudEvents 1.0, in the order this crate writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attr {
    SpecVersion,
    Id,
    Source,
    Type,
    DataContentType,
    DataSchema,
    Subject,
    Time,
}

impl Attr {
    const NAMES: [&'static str; 8] = [
        "specversion",
        "id",
        "source",
        "type",
        "datacontenttype",
        "dataschema",
        "subject",
        "time",
    ];

    fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// A member name of a structured event.
enum Key<'de> {
    Attr(Attr),
    Data,
    DataBase64,
    Extension(Cow<'de, str>),
}

impl<'de> Key<'de> {
    fn classify(name: &str) -> Option<Key<'de>> {
        Some(match name {
            "specversion" => Key::Attr(Attr::SpecVersion),
            "id" => Key::Attr(Attr::Id),
            "source" => Key::Attr(Attr::Source),
            "type" => Key::Attr(Attr::Type),
            "datacontenttype" => Key::Attr(Attr::DataContentType),
            "dataschema" => Key::Attr(Attr::DataSchema),
            "subject" => Key::Attr(Attr::Subject),
            "time" => Key::Attr(Attr::Time),
            "data" => Key::Data,
            "data_base64" => Key::DataBase64,
            _ => return None,
        })
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an attribute name")
            }

            fn visit_borrowed_str<E: de::Error>(self, name: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::classify(name).unwrap_or(Key::Extension(Cow::Borrowed(name))))
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Key<'de>, E> {
                Ok(Key::classify(name)
                    .unwrap_or_else(|| Key::Extension(Cow::Owned(name.to_owned()))))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Any JSON value, keeping scalars and only the kind of arrays and objects.
#[derive(Debug)]
pub(crate) enum Scalar<'de> {
    Null,
    Bool(bool),
    I64(i64),
    U64(u64),
    F64(f64),
    Str(Cow<'de, str>),
    Array,
    Object,
}

impl Scalar<'_> {
    pub(crate) fn kind(&self) -> JsonKind {
        match self {
            Scalar::Null => JsonKind::Null,
            Scalar::Bool(_) => JsonKind::Boolean,
            Scalar::I64(_) | Scalar::U64(_) | Scalar::F64(_) => JsonKind::Number,
            Scalar::Str(_) => JsonKind::String,
            Scalar::Array => JsonKind::Array,
            Scalar::Object => JsonKind::Object,
        }
    }
}

impl<'de> Deserialize<'de> for Scalar<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Scalar<'de>, E> {
        Ok(Scalar::I64(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Scalar<'de>, E> {
        Ok(Scalar::U64(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Scalar<'de>, E> {
        Ok(Scalar::F64(v))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Str(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Str(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Str(Cow::Owned(v)))
    }

    fn visit_unit<E>(self) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Null)
    }

    fn visit_none<E>(self) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Scalar<'de>, D::Error> {
        Scalar::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Array)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Object)
    }
}

/// One structured event as parsed, before any rule is checked: parsing never fails on
/// well-formed JSON, so a batch can report each event's problems separately.
pub(crate) struct Envelope<'de, D> {
    attrs: [Option<Scalar<'de>>; 8],
    data: Option<D>,
    data_base64: Option<Scalar<'de>>,
    extensions: Vec<(Cow<'de, str>, Scalar<'de>)>,
    duplicate: Option<String>,
    shape: Option<JsonKind>,
}

impl<'de, D: DataSlot<'de>> Deserialize<'de> for Envelope<'de, D> {
    fn deserialize<De: Deserializer<'de>>(deserializer: De) -> Result<Self, De::Error> {
        deserializer.deserialize_any(EnvelopeVisitor(std::marker::PhantomData))
    }
}

struct EnvelopeVisitor<D>(std::marker::PhantomData<D>);

impl<D> Envelope<'_, D> {
    fn empty() -> Self {
        Envelope {
            attrs: Default::default(),
            data: None,
            data_base64: None,
            extensions: Vec::new(),
            duplicate: None,
            shape: None,
        }
    }

    fn of_shape(kind: JsonKind) -> Self {
        Envelope {
            shape: Some(kind),
            ..Envelope::empty()
        }
    }

    fn note_duplicate(&mut self, name: &str) {
        if self.duplicate.is_none() {
            self.duplicate = Some(name.to_owned());
        }
    }
}

impl<'de, D: DataSlot<'de>> Visitor<'de> for EnvelopeVisitor<D> {
    type Value = Envelope<'de, D>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CloudEvent object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut envelope = Envelope::empty();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            match key {
                Key::Attr(attr) => {
                    let value = map.next_value::<Scalar<'de>>()?;
                    if envelope.attrs[attr as usize].replace(value).is_some() {
                        envelope.note_duplicate(attr.name());
                    }
                }
                Key::Data => {
                    let value = D::read(&mut map, &envelope.attrs)?;
                    if envelope.data.is_some() {
                        envelope.note_duplicate("data");
                    }
                    envelope.data = Some(value);
                }
                Key::DataBase64 => {
                    let value = map.next_value::<Scalar<'de>>()?;
                    if envelope.data_base64.is_some() {
                        envelope.note_duplicate("data_base64");
                    }
                    envelope.data_base64 = Some(value);
                }
                Key::Extension(name) => {
                    let value = map.next_value::<Scalar<'de>>()?;
                    if envelope.extensions.iter().any(|(seen, _)| *seen == name) {
                        envelope.note_duplicate(&name);
                    }
                    envelope.extensions.push((name, value));
                }
            }
        }
        Ok(envelope)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Envelope::of_shape(JsonKind::Array))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::Boolean))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::Number))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::Number))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::Number))
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::String))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::Null))
    }
}

/// The data of a checked event.
enum PartsData<D> {
    Json(D),
    Text(String),
    Binary(Vec<u8>),
}

/// A checked event whose strings may still borrow from the input.
struct Parts<'de, D> {
    id: Cow<'de, str>,
    source: Cow<'de, str>,
    ty: Cow<'de, str>,
    datacontenttype: Option<Cow<'de, str>>,
    dataschema: Option<Cow<'de, str>>,
    subject: Option<Cow<'de, str>>,
    time: Option<Timestamp>,
    extensions: Extensions,
    data: Option<PartsData<D>>,
    tolerated: Vec<Tolerated>,
}

impl<'de, D: RawData<'de>> Parts<'de, D> {
    fn into_cloud_event(self) -> CloudEvent {
        CloudEvent {
            id: self.id.into_owned(),
            source: self.source.into_owned(),
            ty: self.ty.into_owned(),
            datacontenttype: self.datacontenttype.map(Cow::into_owned),
            dataschema: self.dataschema.map(Cow::into_owned),
            subject: self.subject.map(Cow::into_owned),
            time: self.time,
            extensions: self.extensions,
            data: self.data.map(|data| match data {
                PartsData::Json(raw) => Data::Json(raw.into_owned()),
                PartsData::Text(text) => Data::Text(text),
                PartsData::Binary(bytes) => Data::Binary(bytes),
            }),
            tolerated: self.tolerated,
        }
    }
}

impl<'de, D: DataSlot<'de>> Parts<'de, D> {
    fn view(&self) -> EventView<'_> {
        EventView {
            id: &self.id,
            source: &self.source,
            event_type: &self.ty,
            subject: self.subject.as_deref(),
            time: self.time.as_ref(),
            datacontenttype: self.datacontenttype.as_deref(),
            dataschema: self.dataschema.as_deref(),
            data: self.data.as_ref().and_then(|data| match data {
                PartsData::Json(raw) => raw.raw_text().map(crate::DataRef::Json),
                PartsData::Text(text) => Some(crate::DataRef::Text(text)),
                PartsData::Binary(bytes) => Some(crate::DataRef::Binary(bytes)),
            }),
            extensions: Some(&self.extensions),
        }
    }
}

fn take_string<'de>(
    slot: &mut Option<Scalar<'de>>,
    attr: Attr,
) -> Result<Option<Cow<'de, str>>, DecodeError> {
    match slot.take() {
        None | Some(Scalar::Null) => Ok(None),
        Some(Scalar::Str(s)) => Ok(Some(s)),
        Some(other) => Err(DecodeErrorKind::WrongType {
            attribute: attr.name().to_owned(),
            expected: "a string",
            found: other.kind(),
        }
        .into()),
    }
}

fn take_required<'de>(
    slot: &mut Option<Scalar<'de>>,
    attr: Attr,
) -> Result<Cow<'de, str>, DecodeError> {
    let name = attr.name();
    match take_string(slot, attr)? {
        None => Err(DecodeErrorKind::MissingAttribute(name).into()),
        Some(s) if s.is_empty() => Err(DecodeErrorKind::EmptyAttribute(name).into()),
        Some(s) => Ok(s),
    }
}

/// A required attribute that a lenient decoder (given `tolerated`) accepts when empty.
fn take_required_or_empty<'de>(
    slot: &mut Option<Scalar<'de>>,
    attr: Attr,
    tolerated: Option<&mut Vec<Tolerated>>,
) -> Result<Cow<'de, str>, DecodeError> {
    match (take_string(slot, attr)?, tolerated) {
        (None, _) => Err(DecodeErrorKind::MissingAttribute(attr.name()).into()),
        (Some(s), Some(tolerated)) if s.is_empty() => {
            tolerated.push(Tolerated::Empty(attr.name()));
            Ok(s)
        }
        (Some(s), None) if s.is_empty() => Err(DecodeErrorKind::EmptyAttribute(attr.name()).into()),
        (Some(s), _) => Ok(s),
    }
}

impl<'de, D: DataSlot<'de>> Envelope<'de, D> {
    /// Checks the rules a consumer enforces, and converts.
    fn check(mut self, lenient: bool) -> Result<Parts<'de, D>, DecodeError> {
        if let Some(found) = self.shape {
            return Err(DecodeErrorKind::WrongShape {
                expected: "an object",
                found,
            }
            .into());
        }
        let mut tolerated = Vec::new();
        if let Some(name) = self.duplicate.take() {
            if !lenient {
                return Err(DecodeErrorKind::DuplicateAttribute(name).into());
            }
            tolerated.push(Tolerated::Duplicate(name));
        }
        if lenient {
            self.adopt_misspelled_attributes(&mut tolerated);
        }
        let t = &mut tolerated;
        let [
            specversion,
            id,
            source,
            ty,
            datacontenttype,
            dataschema,
            subject,
            time,
        ] = &mut self.attrs;
        let specversion = match take_required(specversion, Attr::SpecVersion) {
            Err(e) if lenient && matches!(e.kind(), DecodeErrorKind::MissingAttribute(_)) => {
                t.push(Tolerated::Missing("specversion"));
                Cow::Borrowed(crate::cloud_event::SPEC_VERSION)
            }
            other => other?,
        };
        if specversion != crate::cloud_event::SPEC_VERSION {
            return Err(DecodeErrorKind::UnsupportedSpecVersion(specversion.into_owned()).into());
        }
        let id = take_required_or_empty(id, Attr::Id, lenient.then_some(&mut *t))?;
        let source = take_required_or_empty(source, Attr::Source, lenient.then_some(&mut *t))?;
        let ty = take_required_or_empty(ty, Attr::Type, lenient.then_some(&mut *t))?;
        let datacontenttype = take_string(datacontenttype, Attr::DataContentType)?;
        let dataschema = take_string(dataschema, Attr::DataSchema)?;
        let subject = take_string(subject, Attr::Subject)?;
        let time = match take_string(time, Attr::Time)? {
            None => None,
            Some(text) => Some(Timestamp::parse(&text).map_err(|source| {
                DecodeErrorKind::InvalidTimestamp {
                    attribute: "time".to_owned(),
                    source,
                }
            })?),
        };
        let extensions = check_extensions(self.extensions, lenient.then_some(&mut tolerated))?;
        let data = match (self.data, self.data_base64) {
            (Some(_), Some(b64)) if !matches!(b64, Scalar::Null) => {
                return Err(DecodeErrorKind::DataAndDataBase64.into());
            }
            (_, Some(Scalar::Str(b64))) => Some(PartsData::Binary(decode_base64(&b64)?)),
            (_, Some(other)) if !matches!(other, Scalar::Null) => {
                return Err(DecodeErrorKind::WrongType {
                    attribute: "data_base64".to_owned(),
                    expected: "a base64 string",
                    found: other.kind(),
                }
                .into());
            }
            (Some(raw), _) => Some(classify_data(raw, datacontenttype.as_deref())),
            (None, _) => None,
        };
        Ok(Parts {
            id,
            source,
            ty,
            datacontenttype,
            dataschema,
            subject,
            time,
            extensions,
            data,
            tolerated,
        })
    }

    /// Reads members such as `specVersion` as the attribute they spell in other case, when
    /// that attribute is not also present.
    fn adopt_misspelled_attributes(&mut self, tolerated: &mut Vec<Tolerated>) {
        let attrs = &mut self.attrs;
        self.extensions.retain_mut(|(name, value)| {
            let Some(index) = Attr::NAMES
                .iter()
                .position(|n| n.eq_ignore_ascii_case(name))
            else {
                return true;
            };
            if attrs[index].is_some() {
                return true;
            }
            attrs[index] = Some(std::mem::replace(value, Scalar::Null));
            tolerated.push(Tolerated::KeyCase {
                found: name.clone().into_owned(),
                expected: Attr::NAMES[index],
            });
            false
        });
    }
}

/// `data` under a JSON media type (or none) is JSON; a string under another media type is
/// text; anything else is kept as the JSON it was sent as, so nothing is lost.
fn classify_data<'de, D: DataSlot<'de>>(raw: D, datacontenttype: Option<&str>) -> PartsData<D> {
    let is_json = datacontenttype.is_none_or(media_type::is_json);
    if !is_json
        && let Some(raw_text) = raw.raw_text()
        && raw_text.starts_with('"')
        && let Ok(text) = serde_json::from_str::<String>(raw_text)
    {
        return PartsData::Text(text);
    }
    PartsData::Json(raw)
}

pub(crate) fn decode_base64(text: &str) -> Result<Vec<u8>, DecodeError> {
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|e| DecodeErrorKind::InvalidBase64(e).into())
}

fn check_extensions(
    raw: Vec<(Cow<'_, str>, Scalar<'_>)>,
    mut tolerated: Option<&mut Vec<Tolerated>>,
) -> Result<Extensions, DecodeError> {
    let mut extensions = Extensions::new();
    for (name, value) in raw {
        if let Err(reason) = extension::check_name(&name) {
            match tolerated.as_deref_mut() {
                Some(list) => list.push(Tolerated::ExtensionName(name.clone().into_owned())),
                None => {
                    return Err(DecodeErrorKind::InvalidExtensionName {
                        name: name.into_owned(),
                        reason,
                    }
                    .into());
                }
            }
        }
        let not_integer =
            |value: &dyn fmt::Display, tolerated: Option<&mut Vec<Tolerated>>| match tolerated {
                Some(list) => {
                    list.push(Tolerated::NotInteger(name.clone().into_owned()));
                    Ok(ExtensionValue::String(value.to_string()))
                }
                None => Err(invalid_integer(&name, value)),
            };
        let value = match value {
            Scalar::Null => continue,
            Scalar::Bool(b) => ExtensionValue::Boolean(b),
            Scalar::Str(s) => ExtensionValue::String(s.into_owned()),
            Scalar::I64(i) if i32::try_from(i).is_ok() => ExtensionValue::Integer(i),
            Scalar::U64(u) if let Ok(small) = i32::try_from(u) => {
                ExtensionValue::Integer(i64::from(small))
            }
            Scalar::I64(i) => not_integer(&i, tolerated.as_deref_mut())?,
            Scalar::U64(u) => not_integer(&u, tolerated.as_deref_mut())?,
            Scalar::F64(f) => not_integer(&f, tolerated.as_deref_mut())?,
            other @ (Scalar::Array | Scalar::Object) => {
                return Err(DecodeErrorKind::WrongType {
                    attribute: name.into_owned(),
                    expected: "a string, an integer or a boolean",
                    found: other.kind(),
                }
                .into());
            }
        };
        extensions.insert(name.into_owned(), value);
    }
    Ok(extensions)
}

fn invalid_integer(name: &str, value: &dyn fmt::Display) -> DecodeError {
    DecodeErrorKind::InvalidInteger {
        name: name.to_owned(),
        value: value.to_string(),
    }
    .into()
}

/// Decodes a `CloudEvent` from any serde deserializer (structured mode). Errors are the
/// same checks as [`from_slice`], as the deserializer's custom error.
impl<'de> Deserialize<'de> for CloudEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let envelope = Envelope::<'de, Box<RawValue>>::deserialize(deserializer)?;
        envelope
            .check(false)
            .map(Parts::into_cloud_event)
            .map_err(de::Error::custom)
    }
}

// ---------------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------------

/// Serializes any [`TypedEvent`] as one structured-mode JSON object, without validating it.
///
/// Use it to embed an event in your own serde output; [`to_vec`] and [`to_writer`] validate
/// first.
pub struct Structured<'a, T: ?Sized>(pub &'a T);

impl<T: TypedEvent + ?Sized> Serialize for Structured<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let event = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("specversion", crate::cloud_event::SPEC_VERSION)?;
        if let Some(id) = event.id() {
            map.serialize_entry("id", &*id)?;
        } else {
            let mut buffer = uuid::Uuid::encode_buffer();
            let id = uuid::Uuid::new_v4().hyphenated().encode_lower(&mut buffer);
            map.serialize_entry("id", id)?;
        }
        map.serialize_entry("source", &*event.source())?;
        map.serialize_entry("type", event.event_type())?;
        if let Some(datacontenttype) = event.datacontenttype() {
            map.serialize_entry("datacontenttype", datacontenttype)?;
        }
        if let Some(dataschema) = event.dataschema() {
            map.serialize_entry("dataschema", dataschema)?;
        }
        if let Some(subject) = event.subject() {
            map.serialize_entry("subject", &*subject)?;
        }
        if let Some(time) = event.time() {
            map.serialize_entry("time", time.as_str())?;
        }
        let mut failed = None;
        event.visit_extensions(&mut |name, value| {
            if failed.is_none() {
                failed = map.serialize_entry(name, &value).err();
            }
        });
        if let Some(error) = failed {
            return Err(error);
        }
        match event.data_kind() {
            DataKind::None => {}
            DataKind::Json => map.serialize_entry("data", &JsonData(event))?,
            DataKind::Text(text) => map.serialize_entry("data", text)?,
            DataKind::Binary(bytes) => map.serialize_entry("data_base64", &Base64(bytes))?,
        }
        map.end()
    }
}

/// The data of a typed event, serialized through [`TypedEvent::serialize_data`].
pub struct JsonData<'a, T: ?Sized>(pub &'a T);

impl<T: TypedEvent + ?Sized> Serialize for JsonData<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_data(serializer)
    }
}

struct Base64<'a>(&'a [u8]);

impl Serialize for Base64<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&base64::display::Base64Display::new(
            self.0,
            &base64::engine::general_purpose::STANDARD,
        ))
    }
}

/// A `CloudEvent` serializes as its structured-mode JSON object.
impl Serialize for CloudEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Structured(self).serialize(serializer)
    }
}

/// Encodes one event in structured mode, after checking every rule for producers,
/// including the 1 MiB size limit on the encoded bytes.
pub fn to_vec<T: TypedEvent + ?Sized>(event: &T) -> Result<Vec<u8>, EncodeError> {
    validate::typed(event)?;
    let bytes = serde_json::to_vec(&Structured(event))?;
    check_event_size(None, bytes.len())?;
    Ok(bytes)
}

/// Encodes one event in structured mode into `writer`, after checking every rule for
/// producers. The size limit is checked on what was written; on failure the writer holds an
/// incomplete event.
pub fn to_writer<W: io::Write, T: TypedEvent + ?Sized>(
    writer: W,
    event: &T,
) -> Result<(), EncodeError> {
    validate::typed(event)?;
    let mut counter = Counter {
        inner: writer,
        count: 0,
    };
    serde_json::to_writer(&mut counter, &Structured(event))?;
    check_event_size(None, counter.count)
}

fn check_event_size(index: Option<usize>, size: usize) -> Result<(), EncodeError> {
    if size > MAX_EVENT_BYTES {
        return Err(ValidationError::single(
            index,
            "event",
            Rule::TooLarge {
                size,
                limit: MAX_EVENT_BYTES,
            },
        )
        .into());
    }
    Ok(())
}

/// Encodes events as a JSON batch, after checking every rule for producers on every event
/// and Event Grid's batch limits (1 MiB, 1,000 events). Every violation is reported, each
/// with its event's index.
///
/// ```
/// use eventgrid_types::{json, CloudEvent};
///
/// let events: Vec<CloudEvent> = (0..3)
///     .map(|i| CloudEvent::builder("t", "/s").id(i.to_string()).build().unwrap())
///     .collect();
/// let body = json::batch_to_vec(&events).unwrap();
/// assert_eq!(json::batch_from_slice(&body).unwrap().len(), 3);
/// ```
pub fn batch_to_vec<'a, T, I>(events: I) -> Result<Vec<u8>, EncodeError>
where
    T: TypedEvent + ?Sized + 'a,
    I: IntoIterator<Item = &'a T>,
{
    let mut buffer = Vec::new();
    write_batch(&mut buffer, events)?;
    Ok(buffer)
}

/// Encodes events as a JSON batch into `writer`; see [`batch_to_vec`]. On a violation the
/// writer may hold part of the batch.
pub fn batch_to_writer<'a, W, T, I>(writer: W, events: I) -> Result<(), EncodeError>
where
    W: io::Write,
    T: TypedEvent + ?Sized + 'a,
    I: IntoIterator<Item = &'a T>,
{
    write_batch(
        &mut Counter {
            inner: writer,
            count: 0,
        },
        events,
    )
}

/// Where a batch is written: a writer that knows how much it has taken, and may make room.
trait BatchSink: io::Write {
    fn written(&self) -> usize;

    fn reserve(&mut self, additional: usize) {
        let _ = additional;
    }
}

impl BatchSink for Vec<u8> {
    fn written(&self) -> usize {
        self.len()
    }

    fn reserve(&mut self, additional: usize) {
        Vec::reserve(self, additional);
    }
}

impl<W: io::Write> BatchSink for Counter<W> {
    fn written(&self) -> usize {
        self.count
    }
}

fn write_batch<'a, S, T, I>(out: &mut S, events: I) -> Result<(), EncodeError>
where
    S: BatchSink,
    T: TypedEvent + ?Sized + 'a,
    I: IntoIterator<Item = &'a T>,
{
    let events = events.into_iter();
    let expected = events.size_hint().0;
    let mut violations: Vec<Violation> = Vec::new();
    out.write_all(b"[").map_err(serde_json::Error::io)?;
    let mut count = 0;
    for (index, event) in events.enumerate() {
        count += 1;
        if let Err(error) = validate::typed(event) {
            violations.extend(error.into_violations().into_iter().map(|v| v.at(index)));
            continue;
        }
        if !violations.is_empty() {
            continue;
        }
        if index > 0 {
            out.write_all(b",").map_err(serde_json::Error::io)?;
        }
        let start = out.written();
        serde_json::to_writer(&mut *out, &Structured(event))?;
        let size = out.written() - start;
        if index == 0 {
            // Events of one batch are usually alike: room for the rest saves regrowing.
            out.reserve(
                (size + 1)
                    .saturating_mul(expected.saturating_sub(1))
                    .min(MAX_EVENT_BYTES),
            );
        }
        if let Err(EncodeError::Invalid(error)) = check_event_size(Some(index), size) {
            violations.extend(error.into_violations());
        }
    }
    out.write_all(b"]").map_err(serde_json::Error::io)?;
    if count > MAX_BATCH_EVENTS {
        violations.push(Violation::new(
            None,
            "batch",
            Rule::TooManyEvents {
                count,
                limit: MAX_BATCH_EVENTS,
            },
        ));
    }
    let size = out.written();
    if violations.is_empty() && size > MAX_EVENT_BYTES {
        violations.push(Violation::new(
            None,
            "batch",
            Rule::TooLarge {
                size,
                limit: MAX_EVENT_BYTES,
            },
        ));
    }
    if violations.is_empty() {
        Ok(())
    } else {
        Err(ValidationError::from_violations(violations).into())
    }
}

/// A writer that counts what passes through it.
struct Counter<W> {
    inner: W,
    count: usize,
}

impl<W: io::Write> io::Write for Counter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let written = self.inner.write(buf)?;
        self.count += written;
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
