//! The Event Grid event schema: [`EventGridEvent`], its JSON arrays, and the conversion to
//! CloudEvents that Event Grid applies when a subscription asks for CloudEvents output.
//!
//! Decoding is tolerant, because real payloads are (see the crate's protocol notes):
//! `subject`, `dataVersion`, `topic`, `eventTime` and `metadataVersion` may be missing, `null`
//! or empty; members spelled with other letter case are matched; unknown members are kept in
//! [`EventGridEvent::other`]; a duplicated member keeps its last value. Each such leniency is
//! recorded in [`EventGridEvent::tolerated`]. Only `id` and `eventType` are required.
//!
//! ```
//! use eventgrid_types::event_grid;
//!
//! let body = br#"[{"id":"1","subject":"","eventType":"Contoso.Items.ItemReceived",
//!                 "eventTime":"2018-01-25T22:12:19.4556811Z","data":{"itemSku":"Widget"},
//!                 "dataVersion":""}]"#;
//! let events = event_grid::from_slice(body).unwrap();
//! let event = events[0].as_ref().unwrap();
//! assert_eq!(event.event_type, "Contoso.Items.ItemReceived");
//! assert_eq!(event.data.as_ref().unwrap().get(), r#"{"itemSku":"Widget"}"#);
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::cloud_event::CloudEvent;
use crate::data::{Data, DataRef};
use crate::error::{DecodeError, DecodeErrorKind, EncodeError, JsonKind};
use crate::json::scanner::{Fallback, Members, Scanner, Value};
use crate::json::{Fast, JsonData, Limits, Scalar};
use crate::timestamp::Timestamp;
use crate::typed::{DataKind, EventView, FromEvent, TypedEvent};
use crate::validate::{self, Rule, ValidationError};

/// An event in the Event Grid schema.
///
/// Fields that real payloads omit are `Option`s; a decoded event re-encodes with exactly the
/// members it had, unknown ones included.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct EventGridEvent {
    /// `id`
    pub id: String,
    /// `topic`: the full resource path of the event source; set by Event Grid on delivery.
    pub topic: Option<String>,
    /// `subject`
    pub subject: Option<String>,
    /// `eventType`
    pub event_type: String,
    /// `eventTime`
    pub event_time: Option<Timestamp>,
    /// `data`, as raw JSON.
    pub data: Option<Box<RawValue>>,
    /// `dataVersion`
    pub data_version: Option<String>,
    /// `metadataVersion`: set by Event Grid.
    pub metadata_version: Option<String>,
    /// Members this schema does not define, kept as received (for example `source` where a
    /// publisher sent it instead of `topic`).
    pub other: BTreeMap<String, Box<RawValue>>,
    /// What decoding tolerated in this event ([`EventGridEvent::tolerated`]).
    pub(crate) tolerated: Vec<Tolerated>,
}

/// Events are equal when their members are; raw JSON compares as text, and what decoding
/// tolerated is not compared.
impl PartialEq for EventGridEvent {
    fn eq(&self, other: &Self) -> bool {
        let raw_eq = |a: &RawValue, b: &RawValue| a.get() == b.get();
        self.id == other.id
            && self.topic == other.topic
            && self.subject == other.subject
            && self.event_type == other.event_type
            && self.event_time == other.event_time
            && match (&self.data, &other.data) {
                (Some(a), Some(b)) => raw_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && self.data_version == other.data_version
            && self.metadata_version == other.metadata_version
            && self.other.len() == other.other.len()
            && self
                .other
                .iter()
                .zip(&other.other)
                .all(|((ka, va), (kb, vb))| ka == kb && raw_eq(va, vb))
    }
}

pub use crate::tolerated::Tolerated;

impl EventGridEvent {
    /// An event ready to publish: `eventTime` now, empty `dataVersion`, JSON `data`.
    ///
    /// ```
    /// use eventgrid_types::EventGridEvent;
    ///
    /// let event = EventGridEvent::new("Contoso.Items.ItemReceived", "items/17", &serde_json::json!({"sku": "A"})).unwrap();
    /// assert_eq!(event.subject.as_deref(), Some("items/17"));
    /// ```
    pub fn new<T: Serialize + ?Sized>(
        event_type: impl Into<String>,
        subject: impl Into<String>,
        data: &T,
    ) -> Result<Self, serde_json::Error> {
        Ok(EventGridEvent {
            id: uuid::Uuid::new_v4().to_string(),
            topic: None,
            subject: Some(subject.into()),
            event_type: event_type.into(),
            event_time: Some(Timestamp::now()),
            data: Some(serde_json::value::to_raw_value(data)?),
            data_version: Some(String::new()),
            metadata_version: None,
            other: BTreeMap::new(),
            tolerated: Vec::new(),
        })
    }

    /// What decoding tolerated in this event: members missing, `null` or empty, spelled in
    /// other letter case or repeated, and a `source` where `topic` belongs. Empty for an event
    /// that was built rather than decoded.
    ///
    /// ```
    /// use eventgrid_types::{Tolerated, event_grid};
    ///
    /// let body = br#"[{"id":"1","eventType":"t","source":"/s","data":{}}]"#;
    /// let events = event_grid::from_slice(body).unwrap();
    /// let tolerated = events[0].as_ref().unwrap().tolerated();
    /// assert!(tolerated.contains(&Tolerated::InPlaceOf { found: "source".into(), expected: "topic" }));
    /// assert!(tolerated.contains(&Tolerated::Missing("metadataVersion")));
    /// ```
    pub fn tolerated(&self) -> &[Tolerated] {
        &self.tolerated
    }

    /// A borrowed view, as typed decoders take it: `source` is the `topic` (or `""`),
    /// `dataschema` is the `dataVersion`.
    pub fn view(&self) -> EventView<'_> {
        EventView {
            id: &self.id,
            source: self.topic.as_deref().unwrap_or(""),
            event_type: &self.event_type,
            subject: self.subject.as_deref(),
            time: self.event_time.as_ref(),
            datacontenttype: None,
            dataschema: self.data_version.as_deref(),
            data: self.data.as_ref().map(|raw| DataRef::Json(raw.get())),
            extensions: crate::extension::ExtensionSource::None,
            tolerated: &self.tolerated,
        }
    }

    /// Decodes this event's data into a typed event.
    pub fn decode<'a, T: FromEvent<'a>>(&'a self) -> Result<T, DecodeError> {
        T::from_event(self.view())
    }

    /// The CloudEvent that Event Grid delivers for this event to a subscription with
    /// CloudEvents output: `topic` becomes `source`, `eventType` `type`, `eventTime` `time`,
    /// `subject` stays (dropped when empty), `dataschema` is `#` followed by `dataVersion`,
    /// and the data is kept as JSON. Members outside the schema are not carried over.
    ///
    /// Fails when the event has no `topic`: a CloudEvent needs a `source`.
    pub fn to_cloud_event(&self) -> Result<CloudEvent, DecodeError> {
        let source = match self.topic.as_deref() {
            Some(topic) if !topic.is_empty() => topic.to_owned(),
            _ => return Err(DecodeErrorKind::MissingAttribute("topic").into()),
        };
        Ok(CloudEvent {
            id: self.id.clone(),
            source,
            ty: self.event_type.clone(),
            datacontenttype: None,
            dataschema: Some(format!("#{}", self.data_version.as_deref().unwrap_or(""))),
            subject: self.subject.clone().filter(|s| !s.is_empty()),
            time: self.event_time,
            extensions: crate::cloud_event::Extensions::new(),
            data: self.data.clone().map(Data::Json),
            tolerated: Vec::new(),
        })
    }

    /// The Event Grid schema form of a typed event: the same `id`, `subject` (empty when the
    /// event has none, as the schema requires one), `eventType`, `eventTime` (now when the
    /// event has none), data and `dataVersion` (empty when none).
    ///
    /// A `dataschema` of `#` followed by a version is how Event Grid writes an event's
    /// `dataVersion` when it delivers it as a CloudEvent (see [`EventGridEvent::to_cloud_event`]),
    /// so it becomes that `dataVersion` again when the event has no `dataversion` of its own.
    /// Any other `dataschema` is not carried: the schema's counterpart is `dataVersion`, which
    /// a derived type declares with `dataversion`. The Event Grid schema has no extension
    /// attributes and only JSON data, so an event with either is refused rather than silently
    /// cut down.
    ///
    /// ```
    /// use eventgrid_types::{EventGridEvent, json};
    ///
    /// let received = json::from_str(
    ///     r##"{"specversion":"1.0","id":"1","source":"/topics/t","type":"A.B",
    ///         "dataschema":"#2","data":{"n":1}}"##,
    /// )?;
    /// let event = EventGridEvent::from_typed(&received)?;
    /// assert_eq!(event.data_version.as_deref(), Some("2"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_typed<T: TypedEvent + ?Sized>(event: &T) -> Result<Self, EncodeError> {
        let data_version = event
            .dataschema()
            .and_then(|schema| schema.strip_prefix('#'));
        let mut violations = match validate::typed(event) {
            Ok(()) => Vec::new(),
            // Event Grid's `#<dataVersion>` is not the absolute URI the CloudEvents rule wants.
            Err(error) => error
                .into_violations()
                .into_iter()
                .filter(|v| data_version.is_none() || v.attribute != "dataschema")
                .collect(),
        };
        event.visit_extensions(&mut |name, _| {
            violations.push(validate::Violation::new(
                None,
                name.to_owned(),
                Rule::NotInEventGridSchema("extension attributes"),
            ));
        });
        let data = match event.data_kind() {
            DataKind::None => None,
            DataKind::Json => Some(serde_json::value::to_raw_value(&JsonData(event))?),
            DataKind::Text(text) => Some(serde_json::value::to_raw_value(text)?),
            DataKind::Binary(_) => {
                violations.push(validate::Violation::new(
                    None,
                    "data",
                    Rule::NotInEventGridSchema("binary data"),
                ));
                None
            }
        };
        if !violations.is_empty() {
            return Err(ValidationError::from_violations(violations).into());
        }
        Ok(EventGridEvent {
            id: event
                .id()
                .map_or_else(|| uuid::Uuid::new_v4().to_string(), Cow::into_owned),
            topic: None,
            subject: Some(event.subject().map(Cow::into_owned).unwrap_or_default()),
            event_type: event.event_type().to_owned(),
            event_time: Some(event.time().map_or_else(Timestamp::now, Cow::into_owned)),
            data,
            data_version: Some(
                event
                    .dataversion()
                    .or(data_version)
                    .unwrap_or("")
                    .to_owned(),
            ),
            metadata_version: None,
            other: BTreeMap::new(),
            tolerated: Vec::new(),
        })
    }
}

/// Decodes an Event Grid schema body: a JSON array of events (a single object is read as an
/// array of one), within the default [`Limits`]. One result per event.
pub fn from_slice(bytes: &[u8]) -> Result<Vec<Result<EventGridEvent, DecodeError>>, DecodeError> {
    from_slice_with(bytes, &Limits::default())
}

/// Decodes an Event Grid schema body within `limits`.
pub fn from_slice_with(
    bytes: &[u8],
    limits: &Limits,
) -> Result<Vec<Result<EventGridEvent, DecodeError>>, DecodeError> {
    limits.check_size("batch", bytes.len())?;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let body = ArrayVisitor {
        max_events: limits.max_events,
    };
    let result = de
        .deserialize_any(body)
        .and_then(|events| de.end().map(|()| events));
    match result {
        Ok(Ok(events)) => Ok(events
            .into_iter()
            .enumerate()
            .map(|(index, raw)| raw.check().map_err(|e| e.at(index)))
            .collect()),
        Ok(Err(error)) => Err(error),
        Err(error) => by_event(bytes, limits).ok_or_else(|| DecodeErrorKind::Json(error).into()),
    }
}

/// The events of a well-formed array that the parser failed inside (a number beyond `f64`,
/// a lone surrogate), each decoded on its own, so the failure is that event's result alone;
/// `None` when the body is not a well-formed array.
fn by_event(bytes: &[u8], limits: &Limits) -> Option<Vec<Result<EventGridEvent, DecodeError>>> {
    let text = std::str::from_utf8(bytes).ok()?;
    let events = crate::json::elements(text, limits.max_events).ok()?;
    Some(
        events
            .into_iter()
            .enumerate()
            .map(|(index, event)| {
                let mut de = serde_json::Deserializer::from_str(event.get());
                let raw =
                    RawEvent::deserialize(&mut de).map_err(|e| DecodeErrorKind::Json(e).into());
                raw.and_then(RawEvent::check).map_err(|e| e.at(index))
            })
            .collect(),
    )
}

/// Decodes an Event Grid schema body straight into typed events, one result per event.
///
/// As with CloudEvents batches, events whose `eventType` comes before their `data` (as Azure
/// sends them) are decoded in one pass, the data straight into `T`; should that fail for any
/// event, the array is decoded again in two passes, which gives every event its own result.
pub fn decode<T>(bytes: &[u8]) -> Result<Vec<Result<T, DecodeError>>, DecodeError>
where
    T: for<'a> FromEvent<'a>,
{
    decode_with(bytes, true)
}

/// [`decode`], with the scanner front end or without it (see `json::scanner`).
pub(crate) fn decode_with<T>(
    bytes: &[u8],
    scan: bool,
) -> Result<Vec<Result<T, DecodeError>>, DecodeError>
where
    T: for<'a> FromEvent<'a>,
{
    let limits = Limits::default();
    limits.check_size("batch", bytes.len())?;
    let text = crate::json::utf8(bytes)?;
    if scan && let Ok(events) = scan_typed::<T>(text, &limits) {
        return Ok(events);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let visitor = TypedArrayVisitor::<T> {
        capacity: limits.batch_capacity(text.len()),
        max_events: limits.max_events,
        marker: std::marker::PhantomData,
    };
    if let Ok(Ok(events)) = de
        .deserialize_any(visitor)
        .and_then(|events| de.end().map(|()| events))
    {
        return Ok(events);
    }
    // Malformed JSON, a limit, or data that did not fit: the two-pass decode says which.
    Ok(from_slice(bytes)?
        .into_iter()
        .enumerate()
        .map(|(index, event)| {
            let event = event?;
            if !T::accepts_type(&event.event_type) {
                return Err(crate::typed::type_mismatch::<T>(&event.event_type).at(index));
            }
            T::from_event(event.view()).map_err(|e| e.at(index))
        })
        .collect())
}

/// The one-pass typed decode of an array with the scanner; [`Fallback`] leaves the array
/// to the serde-driven decoders.
fn scan_typed<T>(text: &str, limits: &Limits) -> Result<Vec<Result<T, DecodeError>>, Fallback>
where
    T: for<'a> FromEvent<'a>,
{
    let mut events = Vec::with_capacity(limits.batch_capacity(text.len()));
    Scanner::new(text).batch(|event: TypedRawEvent<'_, T>| {
        if events.len() == limits.max_events {
            return Err(Fallback);
        }
        let index = events.len();
        events.push(event.finish().map_err(|e| e.at(index)));
        Ok(())
    })?;
    Ok(events)
}

impl<'de, T: FromEvent<'de>> Members<'de> for TypedRawEvent<'de, T> {
    fn empty() -> Self {
        TypedRawEvent {
            members: Default::default(),
            data: None,
            shape: None,
            tolerated: Vec::new(),
            source_name: None,
        }
    }

    fn member(&mut self, name: Cow<'de, str>, value: Value<'_, 'de>) -> Result<(), Fallback> {
        match member(&name) {
            Member::Known { index, exact } => {
                if index == EVENT_TYPE && matches!(self.data, Some(Fast::Typed(_))) {
                    return Err(Fallback);
                }
                self.set_member(index, exact, &name, value.scalar()?);
            }
            Member::Data { exact } => {
                let event_type = self.event_type();
                let data = value.read(|de| Fast::seed(event_type, true).deserialize(de))?;
                self.set_data(exact, &name, data);
            }
            Member::Other => {
                self.note_other(&name);
                value.skip()?;
            }
        }
        Ok(())
    }
}

/// The one-pass typed decode of an array: borrowed members, data straight into `T`.
struct TypedArrayVisitor<T> {
    capacity: usize,
    max_events: usize,
    marker: std::marker::PhantomData<T>,
}

type TypedResults<T> = Result<Vec<Result<T, DecodeError>>, DecodeError>;

impl<'de, T> Visitor<'de> for TypedArrayVisitor<T>
where
    T: for<'a> FromEvent<'a>,
{
    type Value = TypedResults<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of Event Grid events")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TypedResults<T>, A::Error> {
        let mut events = Vec::with_capacity(self.capacity);
        while let Some(event) = seq.next_element::<TypedRawEvent<'de, T>>()? {
            if events.len() == self.max_events {
                return Err(de::Error::custom("too many events"));
            }
            let index = events.len();
            events.push(event.finish().map_err(|e| e.at(index)));
        }
        Ok(Ok(events))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<TypedResults<T>, A::Error> {
        let event = TypedRawEventVisitor(std::marker::PhantomData).visit_map(map)?;
        Ok(Ok(vec![event.finish().map_err(|e| e.at(0))]))
    }
}

/// A member name, borrowed from the input where it has no escapes.
struct Name<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Name<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;
        impl<'de> Visitor<'de> for NameVisitor {
            type Value = Name<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }

            fn visit_borrowed_str<E>(self, name: &'de str) -> Result<Name<'de>, E> {
                Ok(Name(Cow::Borrowed(name)))
            }

            fn visit_str<E>(self, name: &str) -> Result<Name<'de>, E> {
                Ok(Name(Cow::Owned(name.to_owned())))
            }
        }
        deserializer.deserialize_str(NameVisitor)
    }
}

/// Which schema member a name stands for, exactly or in other letter case.
enum Member {
    Known { index: usize, exact: bool },
    Data { exact: bool },
    Other,
}

/// The member `name` stands for. Exact names are matched by a `match`, which the compiler
/// turns into a test of the length and then one comparison, rather than a comparison with
/// each name in turn; the test below holds it to [`MEMBERS`].
#[inline]
fn member(name: &str) -> Member {
    let index = match name {
        "id" => 0,
        "topic" => 1,
        "subject" => 2,
        "eventType" => EVENT_TYPE,
        "eventTime" => 4,
        "dataVersion" => 5,
        "metadataVersion" => 6,
        "data" => return Member::Data { exact: true },
        _ => return member_in_other_case(name),
    };
    Member::Known { index, exact: true }
}

/// [`member`] for a name that is not spelled exactly as the schema does.
#[cold]
fn member_in_other_case(name: &str) -> Member {
    if let Some(index) = MEMBERS.iter().position(|m| m.eq_ignore_ascii_case(name)) {
        return Member::Known {
            index,
            exact: false,
        };
    }
    if name.eq_ignore_ascii_case("data") {
        return Member::Data { exact: false };
    }
    Member::Other
}

/// One event as the typed decoder parses it.
struct TypedRawEvent<'de, T> {
    members: [Option<Scalar<'de>>; 7],
    data: Option<Fast<'de, T>>,
    shape: Option<JsonKind>,
    /// What the two-pass decode would record in [`EventGridEvent::tolerated`], but for
    /// duplicated members outside the schema, which this decoder skips unread.
    tolerated: Vec<Tolerated>,
    /// A `source` member (any case), which stands in for a missing `topic`.
    source_name: Option<String>,
}

struct TypedRawEventVisitor<T>(std::marker::PhantomData<T>);

// `set_member` and `set_data` are forced inline, as `Envelope::set_scalar` is: as calls, once
// per member of every event, they cost 1.2% of a typed decode (callgrind), most of it
// passing the value through memory; what they record is rare and kept out of line.
impl<'de, T> TypedRawEvent<'de, T> {
    /// Notes a member outside the schema that matters to the report: a `source`.
    #[inline]
    fn note_other(&mut self, name: &str) {
        if name.eq_ignore_ascii_case("source") {
            self.source_name = Some(name.to_owned());
        }
    }

    /// Records schema member `index`, spelled `name`, and what was tolerated in it.
    #[inline(always)]
    #[allow(clippy::inline_always)] // Measured; see above.
    fn set_member(&mut self, index: usize, exact: bool, name: &str, value: Scalar<'de>) {
        if !exact {
            self.tolerate_spelling(name, MEMBERS[index]);
        }
        if self.members[index].replace(value).is_some() {
            self.tolerate_duplicate(MEMBERS[index]);
        }
    }

    /// Records `data`, spelled `name`, and what was tolerated in it.
    #[inline(always)]
    #[allow(clippy::inline_always)] // Measured; see above.
    fn set_data(&mut self, exact: bool, name: &str, data: Fast<'de, T>) {
        if !exact {
            self.tolerate_spelling(name, "data");
        }
        if self.data.replace(data).is_some() {
            self.tolerate_duplicate("data");
        }
    }

    #[cold]
    fn tolerate_spelling(&mut self, found: &str, expected: &'static str) {
        self.tolerated.push(Tolerated::KeyCase {
            found: found.to_owned(),
            expected,
        });
    }

    #[cold]
    fn tolerate_duplicate(&mut self, name: &str) {
        self.tolerated.push(Tolerated::Duplicate(name.to_owned()));
    }

    /// The `eventType` read so far, if it is a string.
    fn event_type(&self) -> Option<&str> {
        match &self.members[EVENT_TYPE] {
            Some(Scalar::Str(ty)) => Some(ty),
            _ => None,
        }
    }

    /// What a JSON value that is not an object reads as: an event that fails its check.
    fn of_shape(kind: JsonKind) -> Self {
        TypedRawEvent {
            members: Default::default(),
            data: None,
            shape: Some(kind),
            tolerated: Vec::new(),
            source_name: None,
        }
    }
}

impl<'de, T: FromEvent<'de>> Deserialize<'de> for TypedRawEvent<'de, T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TypedRawEventVisitor(std::marker::PhantomData))
    }
}

impl<'de, T: FromEvent<'de>> Visitor<'de> for TypedRawEventVisitor<T> {
    type Value = TypedRawEvent<'de, T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an Event Grid event object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut event = TypedRawEvent::empty();
        while let Some(Name(name)) = map.next_key()? {
            match member(&name) {
                Member::Known { index, exact } => {
                    if index == EVENT_TYPE && matches!(event.data, Some(Fast::Typed(_))) {
                        // The data was decoded for the `eventType` seen before it; the
                        // two-pass decode honours a later one.
                        return Err(de::Error::custom(
                            "`eventType` after data decoded in one pass",
                        ));
                    }
                    event.set_member(index, exact, &name, map.next_value()?);
                }
                Member::Data { exact } => {
                    let event_type = event.event_type();
                    let data = map.next_value_seed(Fast::seed(event_type, true))?;
                    event.set_data(exact, &name, data);
                }
                Member::Other => {
                    event.note_other(&name);
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(event)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(TypedRawEvent::of_shape(JsonKind::Array))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(TypedRawEvent::of_shape(JsonKind::Boolean))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(TypedRawEvent::of_shape(JsonKind::Number))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(TypedRawEvent::of_shape(JsonKind::Number))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(TypedRawEvent::of_shape(JsonKind::Number))
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(TypedRawEvent::of_shape(JsonKind::String))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(TypedRawEvent::of_shape(JsonKind::Null))
    }
}

impl<'de, T> TypedRawEvent<'de, T>
where
    T: for<'a> FromEvent<'a>,
{
    /// Applies the same rules as the two-pass decode, then completes the typed value.
    fn finish(mut self) -> Result<T, DecodeError> {
        if let Some(found) = self.shape {
            return Err(DecodeErrorKind::WrongShape {
                expected: "an object",
                found,
            }
            .into());
        }
        let mut strings: [Option<Cow<'de, str>>; 7] = Default::default();
        for (index, slot) in self.members.iter_mut().enumerate() {
            strings[index] = match slot.take() {
                None | Some(Scalar::Null) => None,
                Some(Scalar::Str(s)) => Some(s),
                Some(other) => {
                    return Err(DecodeErrorKind::WrongType {
                        attribute: MEMBERS[index].to_owned(),
                        expected: "a string",
                        found: other.kind(),
                    }
                    .into());
                }
            };
        }
        let [
            id,
            topic,
            subject,
            event_type,
            event_time,
            data_version,
            metadata_version,
        ] = strings;
        let id = id.ok_or(DecodeErrorKind::MissingAttribute("id"))?;
        let event_type = event_type.ok_or(DecodeErrorKind::MissingAttribute("eventType"))?;
        let stand_in = if topic.is_none() {
            self.source_name.take()
        } else {
            None
        };
        note_missing(
            &mut self.tolerated,
            stand_in,
            [
                ("topic", topic.is_none()),
                ("subject", subject.is_none()),
                ("eventTime", event_time.is_none()),
                ("dataVersion", data_version.is_none()),
                ("metadataVersion", metadata_version.is_none()),
            ],
        );
        let time = match event_time {
            None => None,
            Some(text) => Some(Timestamp::parse(&text).map_err(|source| {
                DecodeErrorKind::InvalidTimestamp {
                    attribute: "eventTime".to_owned(),
                    source,
                }
            })?),
        };
        if !T::accepts_type(&event_type) {
            return Err(crate::typed::type_mismatch::<T>(&event_type));
        }
        let (typed, raw) = match self.data {
            Some(Fast::Typed(value)) => (Some(*value), None),
            Some(Fast::Raw(raw)) => (None, Some(DataRef::Json(raw.get()))),
            None => (None, None),
        };
        let view = EventView {
            id: &id,
            source: topic.as_deref().unwrap_or(""),
            event_type: &event_type,
            subject: subject.as_deref(),
            time: time.as_ref(),
            datacontenttype: None,
            dataschema: data_version.as_deref(),
            data: raw,
            extensions: crate::extension::ExtensionSource::None,
            tolerated: &self.tolerated,
        };
        match typed {
            Some(value) => value.complete(view),
            None => T::from_event(view),
        }
    }
}

/// Encodes events as an Event Grid schema array.
pub fn to_vec(events: &[EventGridEvent]) -> Result<Vec<u8>, EncodeError> {
    Ok(serde_json::to_vec(events)?)
}

struct ArrayVisitor {
    max_events: usize,
}

type ArrayResult = Result<Vec<RawEvent>, DecodeError>;

impl<'de> Visitor<'de> for ArrayVisitor {
    type Value = ArrayResult;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of Event Grid events")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ArrayResult, A::Error> {
        let mut events = Vec::new();
        while let Some(event) = seq.next_element::<RawEvent>()? {
            if events.len() == self.max_events {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                return Ok(Err(DecodeErrorKind::TooManyEvents {
                    limit: self.max_events,
                }
                .into()));
            }
            events.push(event);
        }
        Ok(Ok(events))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ArrayResult, A::Error> {
        RawEventVisitor.visit_map(map).map(|event| Ok(vec![event]))
    }

    fn visit_bool<E>(self, _: bool) -> Result<ArrayResult, E> {
        Ok(Err(wrong_shape(JsonKind::Boolean)))
    }

    fn visit_i64<E>(self, _: i64) -> Result<ArrayResult, E> {
        Ok(Err(wrong_shape(JsonKind::Number)))
    }

    fn visit_u64<E>(self, _: u64) -> Result<ArrayResult, E> {
        Ok(Err(wrong_shape(JsonKind::Number)))
    }

    fn visit_f64<E>(self, _: f64) -> Result<ArrayResult, E> {
        Ok(Err(wrong_shape(JsonKind::Number)))
    }

    fn visit_str<E>(self, _: &str) -> Result<ArrayResult, E> {
        Ok(Err(wrong_shape(JsonKind::String)))
    }

    fn visit_unit<E>(self) -> Result<ArrayResult, E> {
        Ok(Err(wrong_shape(JsonKind::Null)))
    }
}

fn wrong_shape(found: JsonKind) -> DecodeError {
    DecodeErrorKind::WrongShape {
        expected: "an array of events",
        found,
    }
    .into()
}

/// The index of `eventType` in [`MEMBERS`].
const EVENT_TYPE: usize = 3;

/// The members of the schema, in the order this crate writes them.
const MEMBERS: [&str; 7] = [
    "id",
    "topic",
    "subject",
    "eventType",
    "eventTime",
    "dataVersion",
    "metadataVersion",
];

/// One event as parsed, before any rule is checked.
struct RawEvent {
    members: [Option<Scalar<'static>>; 7],
    data: Option<Box<RawValue>>,
    other: BTreeMap<String, Box<RawValue>>,
    tolerated: Vec<Tolerated>,
    shape: Option<JsonKind>,
}

impl<'de> Deserialize<'de> for RawEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawEventVisitor)
    }
}

struct RawEventVisitor;

impl RawEvent {
    fn of_shape(kind: Option<JsonKind>) -> Self {
        RawEvent {
            members: Default::default(),
            data: None,
            other: BTreeMap::new(),
            tolerated: Vec::new(),
            shape: kind,
        }
    }
}

fn owned(value: Scalar<'_>) -> Scalar<'static> {
    match value {
        Scalar::Str(s) => Scalar::Str(Cow::Owned(s.into_owned())),
        Scalar::Null => Scalar::Null,
        Scalar::Bool(b) => Scalar::Bool(b),
        Scalar::I64(i) => Scalar::I64(i),
        Scalar::U64(u) => Scalar::U64(u),
        Scalar::F64(f) => Scalar::F64(f),
        Scalar::BigNumber(text) => Scalar::BigNumber(Cow::Owned(text.into_owned())),
        Scalar::Array => Scalar::Array,
        Scalar::Object => Scalar::Object,
    }
}

impl<'de> Visitor<'de> for RawEventVisitor {
    type Value = RawEvent;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an Event Grid event object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawEvent, A::Error> {
        let mut event = RawEvent::of_shape(None);
        while let Some(Name(key)) = map.next_key()? {
            match member(&key) {
                Member::Known { index, exact } => {
                    if !exact {
                        event.tolerated.push(Tolerated::KeyCase {
                            found: key.into_owned(),
                            expected: MEMBERS[index],
                        });
                    }
                    let value = owned(map.next_value::<Scalar<'de>>()?);
                    if event.members[index].replace(value).is_some() {
                        event
                            .tolerated
                            .push(Tolerated::Duplicate(MEMBERS[index].to_owned()));
                    }
                }
                Member::Data { exact } => {
                    if !exact {
                        event.tolerated.push(Tolerated::KeyCase {
                            found: key.into_owned(),
                            expected: "data",
                        });
                    }
                    if event.data.replace(map.next_value()?).is_some() {
                        event
                            .tolerated
                            .push(Tolerated::Duplicate("data".to_owned()));
                    }
                }
                Member::Other => {
                    let value: Box<RawValue> = map.next_value()?;
                    let key = key.into_owned();
                    if event.other.contains_key(&key) {
                        event.tolerated.push(Tolerated::Duplicate(key.clone()));
                    }
                    event.other.insert(key, value);
                }
            }
        }
        Ok(event)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawEvent, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(RawEvent::of_shape(Some(JsonKind::Array)))
    }

    fn visit_bool<E>(self, _: bool) -> Result<RawEvent, E> {
        Ok(RawEvent::of_shape(Some(JsonKind::Boolean)))
    }

    fn visit_i64<E>(self, _: i64) -> Result<RawEvent, E> {
        Ok(RawEvent::of_shape(Some(JsonKind::Number)))
    }

    fn visit_u64<E>(self, _: u64) -> Result<RawEvent, E> {
        Ok(RawEvent::of_shape(Some(JsonKind::Number)))
    }

    fn visit_f64<E>(self, _: f64) -> Result<RawEvent, E> {
        Ok(RawEvent::of_shape(Some(JsonKind::Number)))
    }

    fn visit_str<E>(self, _: &str) -> Result<RawEvent, E> {
        Ok(RawEvent::of_shape(Some(JsonKind::String)))
    }

    fn visit_unit<E>(self) -> Result<RawEvent, E> {
        Ok(RawEvent::of_shape(Some(JsonKind::Null)))
    }
}

impl RawEvent {
    fn check(mut self) -> Result<EventGridEvent, DecodeError> {
        if let Some(found) = self.shape {
            return Err(DecodeErrorKind::WrongShape {
                expected: "an object",
                found,
            }
            .into());
        }
        let mut take = |index: usize| -> Result<Option<String>, DecodeError> {
            match self.members[index].take() {
                None | Some(Scalar::Null) => Ok(None),
                Some(Scalar::Str(s)) => Ok(Some(s.into_owned())),
                Some(other) => Err(DecodeErrorKind::WrongType {
                    attribute: MEMBERS[index].to_owned(),
                    expected: "a string",
                    found: other.kind(),
                }
                .into()),
            }
        };
        let id = take(0)?;
        let topic = take(1)?;
        let subject = take(2)?;
        let event_type = take(3)?;
        let event_time = take(4)?;
        let data_version = take(5)?;
        let metadata_version = take(6)?;
        let id = id.ok_or(DecodeErrorKind::MissingAttribute("id"))?;
        let Some(event_type) = event_type else {
            return Err(self.missing_event_type());
        };
        self.tolerate_absent([
            ("topic", topic.as_deref()),
            ("subject", subject.as_deref()),
            ("eventTime", event_time.as_deref()),
            ("dataVersion", data_version.as_deref()),
            ("metadataVersion", metadata_version.as_deref()),
        ]);
        let event_time = match event_time {
            None => None,
            Some(text) => Some(Timestamp::parse(&text).map_err(|source| {
                DecodeErrorKind::InvalidTimestamp {
                    attribute: "eventTime".to_owned(),
                    source,
                }
            })?),
        };
        Ok(EventGridEvent {
            id,
            topic,
            subject,
            event_type,
            event_time,
            data: self.data,
            data_version,
            metadata_version,
            other: self.other,
            tolerated: self.tolerated,
        })
    }
}

impl RawEvent {
    /// The error for an event without `eventType`; a CloudEvent fed to this decoder is told
    /// which decoder reads it.
    #[cold]
    fn missing_event_type(&self) -> DecodeError {
        if self.other.contains_key("specversion") || self.other.contains_key("type") {
            return DecodeErrorKind::WrongSchema {
                found: "a CloudEvent (it has `specversion` or `type`)",
                decoder: "eventgrid_types::json::Decoder::consumer",
            }
            .into();
        }
        DecodeErrorKind::MissingAttribute("eventType").into()
    }

    /// Records each member the schema requires that is missing or `null`, as the CloudEvents
    /// decoder records its own; a `source` standing where `topic` belongs is recorded as such.
    /// An empty string is a string, as the schema asks: Azure's own events send
    /// `"dataVersion": ""` and `"subject": ""`, so those are not reported.
    fn tolerate_absent(&mut self, members: [(&'static str, Option<&str>); 5]) {
        for (name, value) in members {
            match value {
                Some(_) => {}
                None if name == "topic" => {
                    let source = self
                        .other
                        .keys()
                        .find(|key| key.eq_ignore_ascii_case("source"));
                    self.tolerated.push(match source {
                        Some(found) => Tolerated::InPlaceOf {
                            found: found.clone(),
                            expected: "topic",
                        },
                        None => Tolerated::Missing("topic"),
                    });
                }
                None => self.tolerated.push(Tolerated::Missing(name)),
            }
        }
    }
}

/// Records the members the schema requires but a payload left out (or sent as `null`), as
/// [`RawEvent::tolerate_absent`] does for the two-pass decode: `stand_in` is a `source`
/// member found where `topic` is missing.
#[inline]
fn note_missing(
    tolerated: &mut Vec<Tolerated>,
    stand_in: Option<String>,
    members: [(&'static str, bool); 5],
) {
    if members.iter().any(|&(_, missing)| missing) {
        note_missing_cold(tolerated, stand_in, members);
    }
}

#[cold]
fn note_missing_cold(
    tolerated: &mut Vec<Tolerated>,
    mut stand_in: Option<String>,
    members: [(&'static str, bool); 5],
) {
    for (name, missing) in members {
        if !missing {
            continue;
        }
        tolerated.push(match stand_in.take().filter(|_| name == "topic") {
            Some(found) => Tolerated::InPlaceOf {
                found,
                expected: "topic",
            },
            None => Tolerated::Missing(name),
        });
    }
}

impl Serialize for EventGridEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &self.id)?;
        if let Some(topic) = &self.topic {
            map.serialize_entry("topic", topic)?;
        }
        if let Some(subject) = &self.subject {
            map.serialize_entry("subject", subject)?;
        }
        map.serialize_entry("eventType", &self.event_type)?;
        if let Some(time) = &self.event_time {
            map.serialize_entry("eventTime", time.as_str())?;
        }
        if let Some(data) = &self.data {
            map.serialize_entry("data", data)?;
        }
        if let Some(version) = &self.data_version {
            map.serialize_entry("dataVersion", version)?;
        }
        if let Some(version) = &self.metadata_version {
            map.serialize_entry("metadataVersion", version)?;
        }
        for (name, value) in &self.other {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for EventGridEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        RawEvent::deserialize(deserializer)?
            .check()
            .map_err(de::Error::custom)
    }
}

/// An `EventGridEvent` decodes from any event (its data kept as JSON text).
impl FromEvent<'_> for EventGridEvent {
    fn accepts_type(_: &str) -> bool {
        true
    }

    fn from_event(event: EventView<'_>) -> Result<Self, DecodeError> {
        let data = match event.data {
            None => None,
            Some(DataRef::Json(text)) => {
                Some(RawValue::from_string(text.to_owned()).map_err(|e| {
                    DecodeError::from(DecodeErrorKind::Data {
                        path: String::new(),
                        message: e.to_string(),
                    })
                })?)
            }
            Some(DataRef::Text(text)) => {
                Some(serde_json::value::to_raw_value(text).map_err(|e| {
                    DecodeError::from(DecodeErrorKind::Data {
                        path: String::new(),
                        message: e.to_string(),
                    })
                })?)
            }
            Some(DataRef::Binary(_)) => {
                return Err(DecodeErrorKind::Data {
                    path: String::new(),
                    message: "binary data has no Event Grid schema form".into(),
                }
                .into());
            }
        };
        Ok(EventGridEvent {
            id: event.id.to_owned(),
            topic: Some(event.source.to_owned()).filter(|s| !s.is_empty()),
            subject: event.subject.map(str::to_owned),
            event_type: event.event_type.to_owned(),
            event_time: event.time.copied(),
            data,
            data_version: event.dataschema.map(str::to_owned),
            metadata_version: None,
            other: BTreeMap::new(),
            tolerated: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{MEMBERS, Member, member};

    #[test]
    fn member_names_match_the_schema_list() {
        for (index, name) in MEMBERS.iter().enumerate() {
            assert!(
                matches!(member(name), Member::Known { index: i, exact: true } if i == index),
                "{name}"
            );
            let upper = name.to_ascii_uppercase();
            assert!(
                matches!(member(&upper), Member::Known { index: i, exact: false } if i == index),
                "{upper}"
            );
        }
        assert!(matches!(member("data"), Member::Data { exact: true }));
        assert!(matches!(member("Data"), Member::Data { exact: false }));
        assert!(matches!(member("specversion"), Member::Other));
    }
}
