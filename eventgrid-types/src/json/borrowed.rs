//! [`CloudEventRef`]: a structured event borrowed from the text it was decoded from.

use std::fmt;

use serde_json::value::RawValue;

use crate::cloud_event::CloudEvent;
use crate::data::Data;
use crate::error::DecodeError;
use crate::extension::{ExtensionRef, ExtensionSource};
use crate::timestamp::Timestamp;
use crate::tolerated::Tolerated;
use crate::typed::{EventView, FromEvent};

use super::envelope::{Parts, PartsData};

/// A structured event that borrows its strings and raw data from the text it was decoded
/// from (see [`Decoder::batch_from_str_borrowed`](super::Decoder::batch_from_str_borrowed)). Checked by the same rules as
/// [`CloudEvent`]; strings with escapes are the only ones it owns.
pub struct CloudEventRef<'a> {
    pub(super) parts: Parts<'a, &'a RawValue>,
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
    ///
    /// ```
    /// use eventgrid_types::{ExtensionRef, json::Decoder};
    ///
    /// let body = r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","traceparent":"00-ab"}"#;
    /// let event = Decoder::new().from_str_borrowed(body).unwrap();
    /// assert_eq!(event.extension("traceparent"), Some(ExtensionRef::String("00-ab")));
    /// assert_eq!(event.extension("tracestate"), None);
    /// ```
    pub fn extension(&self, name: &str) -> Option<ExtensionRef<'_>> {
        self.view().extension(name)
    }

    /// The extension attributes, in the order they were received (as in a [`CloudEvent`]'s
    /// [`extensions`](CloudEvent::extensions)).
    ///
    /// ```
    /// use eventgrid_types::{ExtensionRef, json::Decoder};
    ///
    /// let body = r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","tenant":"a","priority":2}"#;
    /// let event = Decoder::new().from_str_borrowed(body).unwrap();
    /// let extensions: Vec<_> = event.extensions().collect();
    /// assert_eq!(
    ///     extensions,
    ///     [("tenant", ExtensionRef::String("a")), ("priority", ExtensionRef::Integer(2))]
    /// );
    /// ```
    pub fn extensions(&self) -> impl ExactSizeIterator<Item = (&str, ExtensionRef<'_>)> {
        self.parts
            .extensions
            .iter()
            .map(|(name, value)| (&**name, value.as_ref()))
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
            extensions: ExtensionSource::Received(&parts.extensions).to_map(),
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
            .field("extensions", &self.extensions().collect::<Vec<_>>())
            .field("data", &self.view().data)
            .finish()
    }
}
