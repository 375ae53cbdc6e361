//! The traits that typed events implement: [`TypedEvent`] to encode, [`FromEvent`] to decode.
//!
//! `#[derive(CloudEvent)]` implements both for a user's struct or enum; [`CloudEvent`] itself
//! implements them too, so every encoder and decoder in this crate is written once, generic
//! over these traits.

use std::borrow::Cow;

use serde::Serializer;

use crate::cloud_event::CloudEvent;
use crate::data::DataRef;
use crate::error::{DecodeError, DecodeErrorKind};
use crate::extension::{ExtensionRef, Extensions};
use crate::timestamp::Timestamp;
use crate::tolerated::Tolerated;

/// How a typed event's data is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DataKind<'a> {
    /// The event has no data.
    None,
    /// JSON, written by [`TypedEvent::serialize_data`].
    Json,
    /// Text.
    Text(&'a str),
    /// Bytes (`data_base64` in the JSON formats).
    Binary(&'a [u8]),
}

/// A value that can be sent as a CloudEvent: it knows its context attributes and can
/// serialize its data straight to any serde serializer, so encoders never build a
/// [`CloudEvent`] first.
///
/// Implement it with `#[derive(CloudEvent)]`; hand-written implementations are fine too.
pub trait TypedEvent {
    /// Whether `type`, `datacontenttype`, `dataschema`, the extension names and the `source`
    /// of [`TypedEvent::STATIC`] are constants that were checked when the type was compiled
    /// (as `#[derive(CloudEvent)]` does for structs). Encoders then check only the values
    /// known at run time.
    const STATIC_ATTRIBUTES_CHECKED: bool = false;

    /// The attributes that are the same `'static` string for every value of the type, as
    /// `#[derive(CloudEvent)]` structs declare them. Encoders that can hold a `'static`
    /// string without copying it (HTTP header values) use them; the methods below still give
    /// every value, and an encoder uses a static one only when the method returns the same.
    const STATIC: StaticAttributes = StaticAttributes::NONE;

    /// The call that sends a value of this type as it was received, without the producer
    /// rules, when there is one ([`CloudEvent::to_vec_as_received`]): the encoders' rule
    /// errors name it, since a received event may break rules its decoder tolerated.
    #[doc(hidden)]
    const SEND_AS_RECEIVED: Option<&'static str> = None;

    /// The event's `type`.
    fn event_type(&self) -> &str;

    /// The event's `id`; `None` lets the encoder generate a fresh UUID v4.
    fn id(&self) -> Option<Cow<'_, str>> {
        None
    }

    /// The event's `source`.
    fn source(&self) -> Cow<'_, str>;

    /// The event's `subject`.
    fn subject(&self) -> Option<Cow<'_, str>> {
        None
    }

    /// The event's `time`.
    fn time(&self) -> Option<Cow<'_, Timestamp>> {
        None
    }

    /// The event's `datacontenttype`. `None` means JSON data without a declared type, which
    /// the JSON format treats as `application/json`.
    fn datacontenttype(&self) -> Option<&str> {
        None
    }

    /// The event's `dataschema`.
    fn dataschema(&self) -> Option<&str> {
        None
    }

    /// The Event Grid schema's `dataVersion`, used when the event is sent in that schema.
    fn dataversion(&self) -> Option<&str> {
        None
    }

    /// Calls `visit` with every extension attribute, in a stable order.
    fn visit_extensions(&self, visit: &mut dyn FnMut(&str, ExtensionRef<'_>)) {
        let _ = visit;
    }

    /// The extensions, when the event keeps them in an [`Extensions`] (a [`CloudEvent`]
    /// does). Encoders then read them there rather than through
    /// [`TypedEvent::visit_extensions`], and need not look for a repeated name, which the
    /// collection rules out.
    #[doc(hidden)]
    fn extension_map(&self) -> Option<&Extensions> {
        None
    }

    /// What kind of data the event carries; JSON by default.
    fn data_kind(&self) -> DataKind<'_> {
        DataKind::Json
    }

    /// Serializes the data when [`TypedEvent::data_kind`] is [`DataKind::Json`].
    fn serialize_data<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
}

/// Attributes fixed for every value of a [`TypedEvent`] type ([`TypedEvent::STATIC`]).
///
/// ```
/// use eventgrid_types::StaticAttributes;
///
/// const STATIC: StaticAttributes = StaticAttributes::NONE
///     .event_type("com.example.order.placed")
///     .source("/orders");
/// assert_eq!(STATIC.event_type, Some("com.example.order.placed"));
/// assert_eq!(STATIC.datacontenttype, None);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct StaticAttributes {
    /// `type`, when it is one constant.
    pub event_type: Option<&'static str>,
    /// `source`, when it is one constant.
    pub source: Option<&'static str>,
    /// `datacontenttype`, when it is one constant.
    pub datacontenttype: Option<&'static str>,
}

impl StaticAttributes {
    /// Nothing is fixed.
    pub const NONE: StaticAttributes = StaticAttributes {
        event_type: None,
        source: None,
        datacontenttype: None,
    };

    /// The same, with `type` fixed.
    #[must_use]
    pub const fn event_type(mut self, value: &'static str) -> Self {
        self.event_type = Some(value);
        self
    }

    /// The same, with `source` fixed.
    #[must_use]
    pub const fn source(mut self, value: &'static str) -> Self {
        self.source = Some(value);
        self
    }

    /// The same, with `datacontenttype` fixed.
    #[must_use]
    pub const fn datacontenttype(mut self, value: &'static str) -> Self {
        self.datacontenttype = Some(value);
        self
    }

    /// `fixed` when it holds exactly `value`: the `'static` form of a value a method returned.
    pub(crate) fn same(fixed: Option<&'static str>, value: &str) -> Option<&'static str> {
        fixed.filter(|fixed| *fixed == value)
    }
}

/// A typed event whose `type` is one constant, known at compile time.
///
/// `#[derive(CloudEvent)]` implements it for structs.
pub trait EventType {
    /// The event's `type`.
    const EVENT_TYPE: &'static str;
}

/// The context attributes of a received event, borrowed from wherever it was decoded.
///
/// [`FromEvent`] implementations read what they need from it.
#[derive(Debug, Clone, Copy)]
pub struct EventView<'a> {
    /// `id`
    pub id: &'a str,
    /// `source` (for an Event Grid event: its `topic`, or `""` when it has none).
    pub source: &'a str,
    /// `type` (Event Grid: `eventType`).
    pub event_type: &'a str,
    /// `subject`
    pub subject: Option<&'a str>,
    /// `time` (Event Grid: `eventTime`).
    pub time: Option<&'a Timestamp>,
    /// `datacontenttype`
    pub datacontenttype: Option<&'a str>,
    /// `dataschema` (Event Grid: `dataVersion`).
    pub dataschema: Option<&'a str>,
    /// The data, if any.
    pub data: Option<DataRef<'a>>,
    pub(crate) extensions: crate::extension::ExtensionSource<'a>,
    /// What the envelope's decoder tolerated.
    pub(crate) tolerated: &'a [Tolerated],
}

impl<'a> EventView<'a> {
    /// The value of an extension attribute.
    ///
    /// ```
    /// use eventgrid_types::{CloudEvent, ExtensionRef};
    ///
    /// let event = CloudEvent::builder("t", "/s").extension("priority", 3).build().unwrap();
    /// assert_eq!(event.view().extension("priority"), Some(ExtensionRef::Integer(3)));
    /// assert_eq!(event.view().extension("tenant"), None);
    /// ```
    pub fn extension(&self, name: &str) -> Option<ExtensionRef<'a>> {
        self.extensions.get(name)
    }

    /// What decoding tolerated in the event's envelope (empty for an event that was built,
    /// not decoded).
    pub fn tolerated(&self) -> &'a [Tolerated] {
        self.tolerated
    }

    /// Deserializes the data as JSON into `T`.
    pub fn deserialize_data<T: serde::Deserialize<'a>>(&self) -> Result<T, DecodeError> {
        match self.data {
            Some(data) => data.deserialize(),
            None => Err(DecodeErrorKind::MissingData {
                event_type: self.event_type.to_owned(),
            }
            .into()),
        }
    }
}

/// A value that can be decoded from a received event.
///
/// `'de` is the lifetime of the event the value may borrow from, as in
/// [`serde::Deserialize`].
pub trait FromEvent<'de>: Sized {
    /// Whether this Rust type decodes events of `event_type`.
    fn accepts_type(event_type: &str) -> bool;

    /// The event types this Rust type decodes, for error messages; empty means "any".
    fn expected_types() -> &'static [&'static str] {
        &[]
    }

    /// Builds the value from a received event. Implementations check the type first and
    /// return [`DecodeErrorKind::TypeMismatch`] when it is not theirs.
    fn from_event(event: EventView<'de>) -> Result<Self, DecodeError>;

    /// [`FromEvent::from_event`] that also reports what the value does not hold: members of
    /// `data` left out, or read under another spelling. Reports are appended to `tolerated`;
    /// the default reports nothing. [`Reported`] and [`StrictData`] call it.
    fn from_event_reported(
        event: EventView<'de>,
        tolerated: &mut Vec<Tolerated>,
    ) -> Result<Self, DecodeError> {
        let _ = tolerated;
        Self::from_event(event)
    }

    /// Whether [`FromEvent::deserialize_data`] can decode the data of events of
    /// `event_type`. Decoders that meet `type` before `data` then decode the data in the same
    /// pass as the rest of the event, instead of keeping it raw and parsing it again.
    fn has_data_fast_path(event_type: &str) -> bool {
        let _ = event_type;
        false
    }

    /// The one-pass form of [`FromEvent::from_event`]: deserializes the JSON data of an
    /// event of `event_type` straight from the parser. The decoder calls
    /// [`FromEvent::complete`] with the rest of the event afterwards. Only called when
    /// [`FromEvent::has_data_fast_path`] said yes.
    fn deserialize_data<D: serde::Deserializer<'de>>(
        event_type: &str,
        data: D,
    ) -> Result<Self, D::Error> {
        let _ = (event_type, data);
        Err(serde::de::Error::custom(
            "this type has no one-pass decoding",
        ))
    }

    /// Completes a value made by [`FromEvent::deserialize_data`] from the event's other
    /// attributes (for example fields that are not part of the data). The view has no data.
    fn complete(self, event: EventView<'de>) -> Result<Self, DecodeError> {
        let _ = event;
        Ok(self)
    }
}

/// The [`DecodeErrorKind::TypeMismatch`] error for `T` and a found type.
pub fn type_mismatch<'de, T: FromEvent<'de>>(found: &str) -> DecodeError {
    DecodeErrorKind::TypeMismatch {
        expected: T::expected_types().join(" or "),
        found: found.to_owned(),
    }
    .into()
}

/// Calls `visit` with each extension attribute of `event`, from its [`Extensions`] when it
/// has one: the one way encoders and validation read extensions, so that what is checked is
/// what is written.
pub(crate) fn each_extension<T: TypedEvent + ?Sized>(
    event: &T,
    mut visit: impl FnMut(&str, ExtensionRef<'_>),
) {
    match event.extension_map() {
        Some(map) => {
            for (name, value) in map {
                visit(name, value.as_ref());
            }
        }
        None => event.visit_extensions(&mut visit),
    }
}

/// A boxed typed event encodes as the event it holds (for enum variants kept small).
impl<T: TypedEvent + ?Sized> TypedEvent for Box<T> {
    const STATIC_ATTRIBUTES_CHECKED: bool = T::STATIC_ATTRIBUTES_CHECKED;
    const STATIC: StaticAttributes = T::STATIC;
    const SEND_AS_RECEIVED: Option<&'static str> = T::SEND_AS_RECEIVED;

    fn event_type(&self) -> &str {
        (**self).event_type()
    }

    fn id(&self) -> Option<Cow<'_, str>> {
        (**self).id()
    }

    fn source(&self) -> Cow<'_, str> {
        (**self).source()
    }

    fn subject(&self) -> Option<Cow<'_, str>> {
        (**self).subject()
    }

    fn time(&self) -> Option<Cow<'_, Timestamp>> {
        (**self).time()
    }

    fn datacontenttype(&self) -> Option<&str> {
        (**self).datacontenttype()
    }

    fn dataschema(&self) -> Option<&str> {
        (**self).dataschema()
    }

    fn dataversion(&self) -> Option<&str> {
        (**self).dataversion()
    }

    fn visit_extensions(&self, visit: &mut dyn FnMut(&str, ExtensionRef<'_>)) {
        (**self).visit_extensions(visit);
    }

    fn extension_map(&self) -> Option<&Extensions> {
        (**self).extension_map()
    }

    fn data_kind(&self) -> DataKind<'_> {
        (**self).data_kind()
    }

    fn serialize_data<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize_data(serializer)
    }
}

/// A boxed typed event decodes as the event it holds.
impl<'de, T: FromEvent<'de>> FromEvent<'de> for Box<T> {
    fn accepts_type(event_type: &str) -> bool {
        T::accepts_type(event_type)
    }

    fn expected_types() -> &'static [&'static str] {
        T::expected_types()
    }

    fn from_event(event: EventView<'de>) -> Result<Self, DecodeError> {
        T::from_event(event).map(Box::new)
    }

    fn from_event_reported(
        event: EventView<'de>,
        tolerated: &mut Vec<Tolerated>,
    ) -> Result<Self, DecodeError> {
        T::from_event_reported(event, tolerated).map(Box::new)
    }

    fn has_data_fast_path(event_type: &str) -> bool {
        T::has_data_fast_path(event_type)
    }

    fn deserialize_data<D: serde::Deserializer<'de>>(
        event_type: &str,
        data: D,
    ) -> Result<Self, D::Error> {
        T::deserialize_data(event_type, data).map(Box::new)
    }

    fn complete(self, event: EventView<'de>) -> Result<Self, DecodeError> {
        (*self).complete(event).map(Box::new)
    }
}

impl TypedEvent for CloudEvent {
    const SEND_AS_RECEIVED: Option<&'static str> = Some("CloudEvent::to_vec_as_received");

    fn event_type(&self) -> &str {
        self.ty()
    }

    fn id(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(CloudEvent::id(self)))
    }

    fn source(&self) -> Cow<'_, str> {
        Cow::Borrowed(CloudEvent::source(self))
    }

    fn subject(&self) -> Option<Cow<'_, str>> {
        CloudEvent::subject(self).map(Cow::Borrowed)
    }

    fn time(&self) -> Option<Cow<'_, Timestamp>> {
        CloudEvent::time(self).map(Cow::Borrowed)
    }

    fn datacontenttype(&self) -> Option<&str> {
        CloudEvent::datacontenttype(self)
    }

    fn dataschema(&self) -> Option<&str> {
        CloudEvent::dataschema(self)
    }

    fn visit_extensions(&self, visit: &mut dyn FnMut(&str, ExtensionRef<'_>)) {
        for (name, value) in self.extensions() {
            visit(name, value.as_ref());
        }
    }

    fn extension_map(&self) -> Option<&Extensions> {
        Some(self.extensions())
    }

    fn data_kind(&self) -> DataKind<'_> {
        match self.data() {
            None => DataKind::None,
            Some(crate::Data::Json(_)) => DataKind::Json,
            Some(crate::Data::Text(text)) => DataKind::Text(text),
            Some(crate::Data::Binary(bytes)) => DataKind::Binary(bytes),
        }
    }

    fn serialize_data<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.data() {
            Some(crate::Data::Json(raw)) => serde::Serialize::serialize(raw, serializer),
            _ => serializer.serialize_unit(),
        }
    }
}

/// A `CloudEvent` decodes from any event, keeping everything.
impl FromEvent<'_> for CloudEvent {
    fn accepts_type(_: &str) -> bool {
        true
    }

    fn from_event(event: EventView<'_>) -> Result<Self, DecodeError> {
        CloudEvent::from_view(&event)
    }
}

/// A typed value and everything decoding tolerated to get it: the envelope's reports
/// ([`EventView::tolerated`]) followed by those of the data
/// ([`FromEvent::from_event_reported`]). Decode into `Reported<T>` wherever a `T` is decoded
/// to see what the `T` does not hold.
///
/// ```
/// use eventgrid_types::{CloudEvent, Reported};
///
/// let event = CloudEvent::builder("t", "/s").build().unwrap();
/// let reported: Reported<CloudEvent> = event.decode().unwrap();
/// assert!(reported.tolerated().is_empty());
/// assert_eq!(reported.into_value().id(), event.id());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Reported<T> {
    value: T,
    tolerated: Vec<Tolerated>,
}

impl<T> Reported<T> {
    /// The decoded value.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The decoded value, without the reports.
    pub fn into_value(self) -> T {
        self.value
    }

    /// What decoding tolerated.
    pub fn tolerated(&self) -> &[Tolerated] {
        &self.tolerated
    }

    /// The value and the reports.
    pub fn into_parts(self) -> (T, Vec<Tolerated>) {
        (self.value, self.tolerated)
    }
}

/// Reports are gathered by [`FromEvent::from_event_reported`], so this type always decodes
/// through the view (it has no one-pass data path).
impl<'de, T: FromEvent<'de>> FromEvent<'de> for Reported<T> {
    fn accepts_type(event_type: &str) -> bool {
        T::accepts_type(event_type)
    }

    fn expected_types() -> &'static [&'static str] {
        T::expected_types()
    }

    fn from_event(event: EventView<'de>) -> Result<Self, DecodeError> {
        let mut tolerated = event.tolerated.to_vec();
        let value = T::from_event_reported(event, &mut tolerated)?;
        Ok(Reported { value, tolerated })
    }
}

/// A typed value whose data left nothing over: a member of `data` that the value does not
/// hold (not in the schema, unreadable, or duplicated) fails the decode with
/// [`DecodeErrorKind::Data`], where [`Reported`] would list it. Members read under another
/// spelling are held, so they pass.
#[derive(Debug, Clone, PartialEq)]
pub struct StrictData<T>(pub T);

impl<'de, T: FromEvent<'de>> FromEvent<'de> for StrictData<T> {
    fn accepts_type(event_type: &str) -> bool {
        T::accepts_type(event_type)
    }

    fn expected_types() -> &'static [&'static str] {
        T::expected_types()
    }

    fn from_event(event: EventView<'de>) -> Result<Self, DecodeError> {
        let mut tolerated = Vec::new();
        let value = T::from_event_reported(event, &mut tolerated)?;
        match tolerated
            .iter()
            .filter_map(Tolerated::data_member)
            .find(|member| member.is_lost())
        {
            None => Ok(StrictData(value)),
            Some(member) => Err(DecodeErrorKind::Data {
                path: member.path().to_owned(),
                message: format!("strict data: {member}"),
            }
            .into()),
        }
    }
}
