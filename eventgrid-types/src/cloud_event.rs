//! [`CloudEvent`]: a CloudEvents 1.0 event with every context attribute, extension and data.

use crate::data::Data;
use crate::extension::ExtensionValue;
use crate::timestamp::Timestamp;
use crate::typed::EventView;
use crate::validate::{self, ValidationError};

pub use crate::extension::Extensions;

/// The only CloudEvents version this crate reads and writes.
pub const SPEC_VERSION: &str = "1.0";

/// A CloudEvents 1.0 event.
///
/// A received event keeps every member it arrived with (extension types, the exact
/// timestamp text, the raw JSON data), so re-encoding it in any mode loses nothing.
///
/// Build one to send with [`CloudEvent::builder`]; decode one with
/// [`json::from_slice`](crate::json::from_slice), [`json::batch_from_slice`](crate::json::batch_from_slice)
/// or [`binary::decode`](crate::binary::decode).
///
/// ```
/// use eventgrid_types::CloudEvent;
///
/// let event = CloudEvent::builder("com.example.order.created", "/orders")
///     .id("A234-1234-1234")
///     .subject("order/17")
///     .extension("tenant", "contoso")
///     .json_data(&serde_json::json!({"total": 12.5}))
///     .build()
///     .unwrap();
/// assert_eq!(event.ty(), "com.example.order.created");
/// assert_eq!(event.extension("tenant").and_then(|v| v.as_str()), Some("contoso"));
/// ```
#[derive(Debug, Clone)]
pub struct CloudEvent {
    pub(crate) id: String,
    pub(crate) source: String,
    pub(crate) ty: String,
    pub(crate) datacontenttype: Option<String>,
    pub(crate) dataschema: Option<String>,
    pub(crate) subject: Option<String>,
    pub(crate) time: Option<Timestamp>,
    pub(crate) extensions: Extensions,
    pub(crate) data: Option<Data>,
    pub(crate) tolerated: Vec<crate::Tolerated>,
}

/// Events are equal when their attributes, extensions and data are; what decoding tolerated
/// is not compared.
impl PartialEq for CloudEvent {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.source == other.source
            && self.ty == other.ty
            && self.datacontenttype == other.datacontenttype
            && self.dataschema == other.dataschema
            && self.subject == other.subject
            && self.time == other.time
            && self.extensions == other.extensions
            && self.data == other.data
    }
}

impl CloudEvent {
    /// Starts building an event of type `ty` from `source`. See [`CloudEventBuilder`].
    pub fn builder(ty: impl Into<String>, source: impl Into<String>) -> CloudEventBuilder {
        CloudEventBuilder {
            data_error: None,
            event: CloudEvent {
                id: String::new(),
                source: source.into(),
                ty: ty.into(),
                datacontenttype: None,
                dataschema: None,
                subject: None,
                time: None,
                extensions: Extensions::new(),
                data: None,
                tolerated: Vec::new(),
            },
        }
    }

    /// `specversion`: always `"1.0"`.
    pub fn specversion(&self) -> &'static str {
        SPEC_VERSION
    }

    /// `id`
    pub fn id(&self) -> &str {
        &self.id
    }

    /// `source`
    pub fn source(&self) -> &str {
        &self.source
    }

    /// `type`
    pub fn ty(&self) -> &str {
        &self.ty
    }

    /// `datacontenttype`
    pub fn datacontenttype(&self) -> Option<&str> {
        self.datacontenttype.as_deref()
    }

    /// `dataschema`
    pub fn dataschema(&self) -> Option<&str> {
        self.dataschema.as_deref()
    }

    /// `subject`
    pub fn subject(&self) -> Option<&str> {
        self.subject.as_deref()
    }

    /// `time`
    pub fn time(&self) -> Option<&Timestamp> {
        self.time.as_ref()
    }

    /// The extension attributes, in the order they were received or set.
    pub fn extensions(&self) -> &Extensions {
        &self.extensions
    }

    /// One extension attribute.
    pub fn extension(&self, name: &str) -> Option<&ExtensionValue> {
        self.extensions.get(name)
    }

    /// The data.
    pub fn data(&self) -> Option<&Data> {
        self.data.as_ref()
    }

    /// What a lenient decoder accepted in this event (see
    /// [`json::Decoder::consumer`](crate::json::Decoder::consumer)); empty otherwise.
    pub fn tolerated(&self) -> &[crate::Tolerated] {
        &self.tolerated
    }

    /// Encodes the event in structured mode as it is, without the producer rules that
    /// [`json::to_vec`](crate::json::to_vec) checks: the call for re-sending (forwarding,
    /// dead-lettering, replaying) an event that was received. Everything a decoder kept goes
    /// out again: extension values with their JSON types, the timestamp text, the data
    /// bytes; a repeated member goes out once, with the value that was kept. Attribute names
    /// go out in the spec's spelling (a lenient decoder's `specVersion` becomes
    /// `specversion`; [`CloudEvent::tolerated`] says which were read otherwise), and
    /// extension names as received.
    ///
    /// ```
    /// use eventgrid_types::json;
    ///
    /// // A received event with a time that is not RFC 3339 and an upper-case extension name.
    /// let body = br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","time":"2026-01-01 10:00:00","Tenant":"x"}"#;
    /// let event = json::Decoder::consumer().from_slice(body).unwrap();
    /// assert!(json::to_vec(&event).is_err()); // not something a producer may send
    /// let again = event.to_vec_as_received().unwrap();
    /// assert_eq!(json::Decoder::consumer().from_slice(&again).unwrap(), event);
    /// ```
    pub fn to_vec_as_received(&self) -> Result<Vec<u8>, serde_json::Error> {
        serde_json::to_vec(&crate::json::Structured(self))
    }

    /// Takes the data out of the event.
    pub fn take_data(&mut self) -> Option<Data> {
        self.data.take()
    }

    /// Sets `id`.
    pub fn set_id(&mut self, id: impl Into<String>) {
        self.id = id.into();
    }

    /// Sets `source`.
    pub fn set_source(&mut self, source: impl Into<String>) {
        self.source = source.into();
    }

    /// Sets `type`.
    pub fn set_ty(&mut self, ty: impl Into<String>) {
        self.ty = ty.into();
    }

    /// Sets or clears `subject`.
    pub fn set_subject(&mut self, subject: Option<String>) {
        self.subject = subject;
    }

    /// Sets or clears `time`.
    pub fn set_time(&mut self, time: Option<Timestamp>) {
        self.time = time;
    }

    /// Sets or clears `datacontenttype`.
    pub fn set_datacontenttype(&mut self, datacontenttype: Option<String>) {
        self.datacontenttype = datacontenttype;
    }

    /// Sets or clears `dataschema`.
    pub fn set_dataschema(&mut self, dataschema: Option<String>) {
        self.dataschema = dataschema;
    }

    /// Sets an extension attribute, returning the previous value; a new one goes last, one
    /// already present keeps its place. The name is checked when the event is validated or
    /// encoded.
    pub fn set_extension(
        &mut self,
        name: impl Into<String>,
        value: impl Into<ExtensionValue>,
    ) -> Option<ExtensionValue> {
        self.extensions.insert(name.into(), value)
    }

    /// Removes an extension attribute; the others keep their order.
    pub fn remove_extension(&mut self, name: &str) -> Option<ExtensionValue> {
        self.extensions.remove(name)
    }

    /// Sets or clears the data.
    pub fn set_data(&mut self, data: Option<Data>) {
        self.data = data;
    }

    /// Checks every rule for producers (see the [`validate`](mod@crate::validate) module), reporting all
    /// violations at once.
    pub fn validate(&self) -> Result<(), ValidationError> {
        validate::event(self)
    }

    /// A borrowed view of the context attributes and data, as typed decoders take it.
    pub fn view(&self) -> EventView<'_> {
        EventView {
            id: &self.id,
            source: &self.source,
            event_type: &self.ty,
            subject: self.subject.as_deref(),
            time: self.time.as_ref(),
            datacontenttype: self.datacontenttype.as_deref(),
            dataschema: self.dataschema.as_deref(),
            data: self.data.as_ref().map(Data::as_data_ref),
            extensions: crate::extension::ExtensionSource::Map(&self.extensions),
            tolerated: &self.tolerated,
        }
    }

    /// Decodes this event into a typed event (a derived struct or enum, or a system event).
    ///
    /// ```
    /// use eventgrid_types::CloudEvent;
    ///
    /// let event = CloudEvent::builder("t", "/s").json_data(&42).build().unwrap();
    /// let same: CloudEvent = event.decode().unwrap();
    /// assert_eq!(same, event);
    /// ```
    pub fn decode<'a, T: crate::FromEvent<'a>>(&'a self) -> Result<T, crate::DecodeError> {
        T::from_event(self.view())
    }

    /// The `CloudEvent` form of any typed event (a derived one, say), after checking every
    /// rule for producers. An `id` the typed event leaves to the encoder is generated here.
    pub fn from_typed<T: crate::TypedEvent + ?Sized>(
        event: &T,
    ) -> Result<Self, crate::EncodeError> {
        validate::typed(event)?;
        let data = match event.data_kind() {
            crate::typed::DataKind::None => None,
            crate::typed::DataKind::Json => Some(Data::Json(serde_json::value::to_raw_value(
                &crate::json::JsonData(event),
            )?)),
            crate::typed::DataKind::Text(text) => Some(Data::Text(text.to_owned())),
            crate::typed::DataKind::Binary(bytes) => Some(Data::Binary(bytes.to_vec())),
        };
        let mut extensions = Extensions::new();
        let mut unrepresentable = None;
        crate::typed::each_extension(event, |name, value| match value.to_owned() {
            Some(value) => {
                extensions.insert(name, value);
            }
            None => unrepresentable = Some(name.to_owned()),
        });
        if let Some(name) = unrepresentable {
            // Validation already refuses integers outside the Integer range; keep the guard.
            return Err(
                ValidationError::single(None, name, validate::Rule::IntegerOutOfRange(0)).into(),
            );
        }
        Ok(CloudEvent {
            id: event.id().map_or_else(
                || uuid::Uuid::new_v4().to_string(),
                std::borrow::Cow::into_owned,
            ),
            source: event.source().into_owned(),
            ty: event.event_type().to_owned(),
            datacontenttype: event.datacontenttype().map(str::to_owned),
            dataschema: event.dataschema().map(str::to_owned),
            subject: event.subject().map(std::borrow::Cow::into_owned),
            time: event.time().map(std::borrow::Cow::into_owned),
            extensions,
            data,
            tolerated: Vec::new(),
        })
    }

    /// An owned event from a view; fails only when data the view calls JSON is not (a
    /// binary-mode body under a JSON media type, which is read without checking it first).
    pub(crate) fn from_view(view: &EventView<'_>) -> Result<Self, crate::DecodeError> {
        let data = match view.data {
            None => None,
            Some(crate::DataRef::Json(text)) => Some(
                Data::json_text(text.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r')))
                    .map_err(|e| {
                        crate::DecodeError::from(crate::DecodeErrorKind::BodyNotJson {
                            reason: e.to_string(),
                        })
                    })?,
            ),
            Some(crate::DataRef::Text(text)) => Some(Data::Text(text.to_owned())),
            Some(crate::DataRef::Binary(bytes)) => Some(Data::Binary(bytes.to_vec())),
        };
        Ok(CloudEvent {
            id: view.id.to_owned(),
            source: view.source.to_owned(),
            ty: view.event_type.to_owned(),
            datacontenttype: view.datacontenttype.map(str::to_owned),
            dataschema: view.dataschema.map(str::to_owned),
            subject: view.subject.map(str::to_owned),
            time: view.time.copied(),
            extensions: view.extensions.to_map(),
            data,
            tolerated: view.tolerated.to_vec(),
        })
    }
}

/// Builds a [`CloudEvent`] for sending; [`build`](CloudEventBuilder::build) checks every rule
/// for producers.
///
/// The `id` defaults to a fresh UUID v4 when not set.
#[derive(Debug, Clone)]
#[must_use]
pub struct CloudEventBuilder {
    event: CloudEvent,
    /// A `json_data` value that failed to serialize, reported by `build`.
    data_error: Option<String>,
}

impl CloudEventBuilder {
    /// Sets `id`.
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.event.id = id.into();
        self
    }

    /// Sets `subject`.
    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.event.subject = Some(subject.into());
        self
    }

    /// Sets `time`.
    pub fn time(mut self, time: Timestamp) -> Self {
        self.event.time = Some(time);
        self
    }

    /// Sets `time` to now.
    pub fn time_now(self) -> Self {
        self.time(Timestamp::now())
    }

    /// Sets `datacontenttype`.
    pub fn datacontenttype(mut self, datacontenttype: impl Into<String>) -> Self {
        self.event.datacontenttype = Some(datacontenttype.into());
        self
    }

    /// Sets `dataschema`.
    pub fn dataschema(mut self, dataschema: impl Into<String>) -> Self {
        self.event.dataschema = Some(dataschema.into());
        self
    }

    /// Adds an extension attribute, after those added before (a name added again keeps its
    /// first place and takes the new value).
    pub fn extension(mut self, name: impl Into<String>, value: impl Into<ExtensionValue>) -> Self {
        self.event.extensions.insert(name.into(), value);
        self
    }

    /// Sets the data to any serializable value, as JSON. Serialization errors surface from
    /// [`build`](Self::build) as [`ValidationError`]s on `data`.
    pub fn json_data<T: serde::Serialize + ?Sized>(mut self, value: &T) -> Self {
        match Data::json(value) {
            Ok(data) => self.event.data = Some(data),
            Err(error) => self.data_error = Some(error.to_string()),
        }
        self
    }

    /// Sets text data with its media type, e.g. `text/plain` or `application/xml`.
    pub fn text_data(
        mut self,
        datacontenttype: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        self.event.datacontenttype = Some(datacontenttype.into());
        self.event.data = Some(Data::Text(text.into()));
        self
    }

    /// Sets binary data with its media type, e.g. `application/octet-stream`.
    pub fn binary_data(
        mut self,
        datacontenttype: impl Into<String>,
        bytes: impl Into<Vec<u8>>,
    ) -> Self {
        self.event.datacontenttype = Some(datacontenttype.into());
        self.event.data = Some(Data::Binary(bytes.into()));
        self
    }

    /// Sets the data.
    pub fn data(mut self, data: Data) -> Self {
        self.event.data = Some(data);
        self
    }

    /// Finishes the event, checking every rule for producers.
    pub fn build(mut self) -> Result<CloudEvent, ValidationError> {
        if let Some(message) = self.data_error {
            return Err(ValidationError::single(
                None,
                "data",
                validate::Rule::Unserializable(message),
            ));
        }
        if self.event.id.is_empty() {
            self.event.id = uuid::Uuid::new_v4().to_string();
        }
        self.event.validate()?;
        Ok(self.event)
    }

    /// Finishes the event without checking it (for tests and for forwarding events as
    /// received).
    pub fn build_unchecked(self) -> CloudEvent {
        self.event
    }
}
