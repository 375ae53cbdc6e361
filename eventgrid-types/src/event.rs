//! [`Event<T>`]: a received event's context attributes and extensions together with its data
//! decoded into `T`, in one pass over the input.
//!
//! `T` is anything that decodes from an event ([`FromEvent`]): a system event enum, a
//! `#[derive(CloudEvent)]` type, or [`Json<T>`] for any `Deserialize` type whatever the
//! event's type. Every decoder in the crate produces it, because `Event<T>` is itself a
//! [`FromEvent`] type: in structured mode and batches, Event Grid arrays, binary mode and
//! through the `http` helpers.
//!
//! ```
//! use eventgrid_types::{json, Event, Json};
//!
//! #[derive(serde::Deserialize)]
//! struct Blob { url: String }
//!
//! let body = br#"[{"specversion":"1.0","id":"1","source":"/storage","type":"blob.created",
//!                 "subject":"/blobs/a","tenant":"contoso","data":{"url":"https://x/a"}}]"#;
//! for event in json::decode_batch::<Event<Json<Blob>>>(body).unwrap() {
//!     let event = event.unwrap();
//!     assert_eq!(event.subject.as_deref(), Some("/blobs/a"));
//!     assert_eq!(event.extension("tenant").and_then(|v| v.as_str()), Some("contoso"));
//!     assert_eq!(event.data.0.url, "https://x/a");
//! }
//! ```

use serde::{Deserialize, Deserializer};

use crate::cloud_event::Extensions;
use crate::error::DecodeError;
use crate::extension::ExtensionValue;
use crate::timestamp::Timestamp;
use crate::tolerated::Tolerated;
use crate::typed::{EventView, FromEvent};

/// A received event: its context attributes, its extensions and its data decoded into `T`.
///
/// In the Event Grid schema `source` is the `topic` (empty when there is none), `dataschema`
/// the `dataVersion`, and there are no extensions and no `datacontenttype`, as in
/// [`EventView`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Event<T> {
    /// `id`
    pub id: String,
    /// `source` (Event Grid: `topic`).
    pub source: String,
    /// `type` (Event Grid: `eventType`).
    pub event_type: String,
    /// `subject`
    pub subject: Option<String>,
    /// `time` (Event Grid: `eventTime`).
    pub time: Option<Timestamp>,
    /// `datacontenttype`
    pub datacontenttype: Option<String>,
    /// `dataschema` (Event Grid: `dataVersion`).
    pub dataschema: Option<String>,
    /// The extension attributes.
    pub extensions: Extensions,
    /// The data, decoded.
    pub data: T,
    tolerated: Vec<Tolerated>,
}

impl<T> Event<T> {
    /// The value of an extension attribute.
    pub fn extension(&self, name: &str) -> Option<&ExtensionValue> {
        self.extensions.get(name)
    }

    /// What decoding tolerated in this event (see [`Tolerated`]).
    pub fn tolerated(&self) -> &[Tolerated] {
        &self.tolerated
    }

    /// The same event with its data changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Event<U> {
        Event {
            id: self.id,
            source: self.source,
            event_type: self.event_type,
            subject: self.subject,
            time: self.time,
            datacontenttype: self.datacontenttype,
            dataschema: self.dataschema,
            extensions: self.extensions,
            data: f(self.data),
            tolerated: self.tolerated,
        }
    }

    /// The envelope of `view` around `data`.
    fn from_view(view: &EventView<'_>, data: T) -> Self {
        Event {
            id: view.id.to_owned(),
            source: view.source.to_owned(),
            event_type: view.event_type.to_owned(),
            subject: view.subject.map(str::to_owned),
            time: view.time.copied(),
            datacontenttype: view.datacontenttype.map(str::to_owned),
            dataschema: view.dataschema.map(str::to_owned),
            extensions: view.extensions.to_map(),
            data,
            tolerated: view.tolerated().to_vec(),
        }
    }

    /// `data` with an envelope still to fill: what the one-pass decode holds between
    /// reading the data and reading the rest of the event. Empty strings do not allocate.
    fn unfinished(data: T) -> Self {
        Event {
            id: String::new(),
            source: String::new(),
            event_type: String::new(),
            subject: None,
            time: None,
            datacontenttype: None,
            dataschema: None,
            extensions: Extensions::new(),
            data,
            tolerated: Vec::new(),
        }
    }
}

/// Decodes as `T` does, keeping the envelope; one pass wherever `T` has one.
impl<'de, T: FromEvent<'de>> FromEvent<'de> for Event<T> {
    fn accepts_type(event_type: &str) -> bool {
        T::accepts_type(event_type)
    }

    fn expected_types() -> &'static [&'static str] {
        T::expected_types()
    }

    fn from_event(event: EventView<'de>) -> Result<Self, DecodeError> {
        let data = T::from_event(event)?;
        Ok(Event::from_view(&event, data))
    }

    fn has_data_fast_path(event_type: &str) -> bool {
        T::has_data_fast_path(event_type)
    }

    fn deserialize_data<D: Deserializer<'de>>(event_type: &str, data: D) -> Result<Self, D::Error> {
        T::deserialize_data(event_type, data).map(Event::unfinished)
    }

    fn complete(self, event: EventView<'de>) -> Result<Self, DecodeError> {
        let data = self.data.complete(event)?;
        Ok(Event::from_view(&event, data))
    }
}

/// JSON data deserialized into any `T`, whatever the event's type: the [`FromEvent`] form
/// of a plain `Deserialize` type, mostly used as [`Event<Json<T>>`](Event).
///
/// An event without data is an error ([`DecodeErrorKind::MissingData`](crate::DecodeErrorKind::MissingData)).
///
/// ```
/// use eventgrid_types::{json, Json};
///
/// let body = br#"{"specversion":"1.0","id":"1","source":"/s","type":"any","data":[1,2]}"#;
/// let Json(numbers) = json::decode::<Json<Vec<u32>>>(body).unwrap();
/// assert_eq!(numbers, [1, 2]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Json<T>(pub T);

impl<'de, T: Deserialize<'de>> FromEvent<'de> for Json<T> {
    fn accepts_type(_: &str) -> bool {
        true
    }

    fn from_event(event: EventView<'de>) -> Result<Self, DecodeError> {
        event.deserialize_data().map(Json)
    }

    /// Also reports each member of the data that `T`'s `Deserialize` ignored
    /// ([`DataMemberKind::Unknown`](crate::DataMemberKind::Unknown), at its path). Finding
    /// them costs a recording wrapper around the deserializer, which only decoding into
    /// [`Reported<Json<T>>`](crate::Reported) or [`StrictData<Json<T>>`](crate::StrictData)
    /// asks for: that is the opt-in.
    fn from_event_reported(
        event: EventView<'de>,
        tolerated: &mut Vec<Tolerated>,
    ) -> Result<Self, DecodeError> {
        crate::__private::deserialize_data_reported(&event, tolerated).map(Json)
    }

    fn has_data_fast_path(_: &str) -> bool {
        true
    }

    fn deserialize_data<D: Deserializer<'de>>(_: &str, data: D) -> Result<Self, D::Error> {
        T::deserialize(data).map(Json)
    }
}
