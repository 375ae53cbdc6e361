//! Binary content mode: context attributes in `ce-` headers, the data as the body.
//!
//! Header values are percent-encoded as the HTTP binding requires (space, `"`, `%` and every
//! character outside U+0021–U+007E), so no attribute value can break a header. The data's
//! media type travels in `Content-Type`; `ce-datacontenttype` is never sent and is rejected
//! when received. Extension values arrive as strings: binary mode does not carry JSON types.
//!
//! This module works on plain `(name, value)` pairs; the [`http`](crate::http) module (feature
//! `http`) wraps it for `http::HeaderMap` and `http::Request`.
//!
//! ```
//! use eventgrid_types::{binary, CloudEvent};
//!
//! let event = CloudEvent::builder("com.example.greeting", "/greeter")
//!     .id("1")
//!     .subject("hello world")
//!     .text_data("text/plain", "Grüße")
//!     .build()
//!     .unwrap();
//! let message = binary::encode(&event).unwrap();
//! assert!(message.headers.iter().any(|(n, v)| n == "ce-subject" && v == "hello%20world"));
//! let headers = message.headers.iter().map(|(n, v)| (n.as_ref(), v.as_bytes()));
//! assert_eq!(binary::decode(headers, &message.body).unwrap(), event);
//! ```

use std::borrow::Cow;

use crate::cloud_event::{CloudEvent, Extensions, SPEC_VERSION};
use crate::data::Data;
use crate::error::{DecodeError, DecodeErrorKind, EncodeError, HeaderError};
use crate::extension::{self, ExtensionValue};
use crate::json::{JsonData, MAX_EVENT_BYTES};
use crate::percent;
use crate::timestamp::Timestamp;
use crate::typed::{DataKind, FromEvent, TypedEvent};
use crate::validate::{self, Rule, ValidationError};

/// An event encoded for binary mode: header pairs (names lower-case, values ready to send)
/// and the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BinaryMessage {
    /// `ce-` headers, then `content-type` when the event has a media type.
    pub headers: Vec<(Cow<'static, str>, String)>,
    /// The data.
    pub body: Vec<u8>,
}

impl BinaryMessage {
    /// The value of a header, by lower-case name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Encodes an event for binary mode, after checking every rule for producers.
///
/// JSON data without a `datacontenttype` is sent with `Content-Type: application/json`, as
/// the spec asks when an event changes format.
pub fn encode<T: TypedEvent + ?Sized>(event: &T) -> Result<BinaryMessage, EncodeError> {
    validate::typed(event)?;
    let mut headers: Vec<(Cow<'static, str>, String)> = Vec::with_capacity(8);
    headers.push(("ce-specversion".into(), SPEC_VERSION.to_owned()));
    let id = match event.id() {
        Some(id) => percent::encode(&id).into_owned(),
        None => uuid::Uuid::new_v4().to_string(),
    };
    headers.push(("ce-id".into(), id));
    headers.push((
        "ce-source".into(),
        percent::encode(&event.source()).into_owned(),
    ));
    headers.push((
        "ce-type".into(),
        percent::encode(event.event_type()).into_owned(),
    ));
    if let Some(subject) = event.subject() {
        headers.push(("ce-subject".into(), percent::encode(&subject).into_owned()));
    }
    if let Some(time) = event.time() {
        headers.push((
            "ce-time".into(),
            percent::encode(time.as_str()).into_owned(),
        ));
    }
    if let Some(dataschema) = event.dataschema() {
        headers.push((
            "ce-dataschema".into(),
            percent::encode(dataschema).into_owned(),
        ));
    }
    event.visit_extensions(&mut |name, value| {
        let text = value.to_string();
        headers.push((
            format!("ce-{name}").into(),
            percent::encode(&text).into_owned(),
        ));
    });
    let kind = event.data_kind();
    let content_type = match (event.datacontenttype(), kind) {
        (Some(ct), _) => Some(ct),
        (None, DataKind::Json) => Some("application/json"),
        (None, DataKind::Text(_)) => Some("text/plain; charset=utf-8"),
        (None, DataKind::Binary(_) | DataKind::None) => None,
    };
    if let Some(ct) = content_type {
        // Validation made sure this is a media type, which needs no escaping.
        headers.push(("content-type".into(), ct.to_owned()));
    }
    let body = match kind {
        DataKind::None => Vec::new(),
        DataKind::Json => serde_json::to_vec(&JsonData(event))?,
        DataKind::Text(text) => text.as_bytes().to_vec(),
        DataKind::Binary(bytes) => bytes.to_vec(),
    };
    let size = body.len()
        + headers
            .iter()
            .map(|(n, v)| n.len() + v.len())
            .sum::<usize>();
    if size > MAX_EVENT_BYTES {
        return Err(ValidationError::single(
            None,
            "event",
            Rule::TooLarge {
                size,
                limit: MAX_EVENT_BYTES,
            },
        )
        .into());
    }
    Ok(BinaryMessage { headers, body })
}

/// The attributes read from binary-mode headers, before they become an event.
#[derive(Default)]
struct HeaderAttributes {
    specversion: Option<String>,
    id: Option<String>,
    source: Option<String>,
    ty: Option<String>,
    subject: Option<String>,
    time: Option<String>,
    dataschema: Option<String>,
    datacontenttype: Option<String>,
    extensions: Extensions,
}

fn invalid(name: &str, reason: impl Into<HeaderError>) -> DecodeError {
    DecodeErrorKind::InvalidHeader {
        name: name.to_ascii_lowercase(),
        reason: reason.into(),
    }
    .into()
}

fn set_once(slot: &mut Option<String>, name: &str, value: String) -> Result<(), DecodeError> {
    if slot.replace(value).is_some() {
        return Err(invalid(name, HeaderError::Duplicate));
    }
    Ok(())
}

impl HeaderAttributes {
    fn read<'h, I>(headers: I) -> Result<Self, DecodeError>
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        let mut attrs = HeaderAttributes::default();
        for (name, raw) in headers {
            let is_content_type = name.eq_ignore_ascii_case("content-type");
            let is_ce = name.len() > 3 && name.as_bytes()[..3].eq_ignore_ascii_case(b"ce-");
            if !is_content_type && !is_ce {
                continue;
            }
            if let Some(&b) = raw.iter().find(|&&b| (b < 0x20 && b != b'\t') || b == 0x7f) {
                return Err(invalid(
                    name,
                    HeaderError::Invalid(format!("contains the control character 0x{b:02X}")),
                ));
            }
            if is_content_type {
                let value = std::str::from_utf8(raw)
                    .map_err(|_| invalid(name, HeaderError::Invalid("is not UTF-8".into())))?;
                set_once(&mut attrs.datacontenttype, name, value.trim().to_owned())?;
                continue;
            }
            let attribute = name[3..].to_ascii_lowercase();
            let value = percent::decode(raw)
                .map_err(|e| invalid(name, e))?
                .into_owned();
            match attribute.as_str() {
                "specversion" => set_once(&mut attrs.specversion, name, value)?,
                "id" => set_once(&mut attrs.id, name, value)?,
                "source" => set_once(&mut attrs.source, name, value)?,
                "type" => set_once(&mut attrs.ty, name, value)?,
                "subject" => set_once(&mut attrs.subject, name, value)?,
                "time" => set_once(&mut attrs.time, name, value)?,
                "dataschema" => set_once(&mut attrs.dataschema, name, value)?,
                "datacontenttype" => return Err(invalid(name, HeaderError::DataContentTypeHeader)),
                _ => {
                    if let Err(reason) = extension::check_name(&attribute) {
                        return Err(DecodeErrorKind::InvalidExtensionName {
                            name: attribute,
                            reason,
                        }
                        .into());
                    }
                    if attrs
                        .extensions
                        .insert(attribute, ExtensionValue::String(value))
                        .is_some()
                    {
                        return Err(invalid(name, HeaderError::Duplicate));
                    }
                }
            }
        }
        Ok(attrs)
    }

    fn into_event(self, body: &[u8]) -> Result<CloudEvent, DecodeError> {
        let required = |value: Option<String>, header: &'static str| match value {
            None => Err(DecodeError::from(DecodeErrorKind::MissingHeader(header))),
            Some(v) if v.is_empty() => Err(DecodeErrorKind::EmptyAttribute(&header[3..]).into()),
            Some(v) => Ok(v),
        };
        let specversion = required(self.specversion, "ce-specversion")?;
        if specversion != SPEC_VERSION {
            return Err(DecodeErrorKind::UnsupportedSpecVersion(specversion).into());
        }
        let time = match self.time {
            None => None,
            Some(text) => Some(Timestamp::parse(&text).map_err(|source| {
                DecodeErrorKind::InvalidTimestamp {
                    attribute: "time".into(),
                    source,
                }
            })?),
        };
        let data = if body.is_empty() {
            None
        } else {
            Some(Data::from_body(body, self.datacontenttype.as_deref())?)
        };
        Ok(CloudEvent {
            id: required(self.id, "ce-id")?,
            source: required(self.source, "ce-source")?,
            ty: required(self.ty, "ce-type")?,
            datacontenttype: self.datacontenttype,
            dataschema: self.dataschema,
            subject: self.subject,
            time,
            extensions: self.extensions,
            data,
            tolerated: Vec::new(),
        })
    }
}

/// Decodes a binary-mode event from its headers (any case; headers other than `ce-*` and
/// `Content-Type` are ignored) and body. An empty body means the event has no data.
pub fn decode<'h, I>(headers: I, body: &[u8]) -> Result<CloudEvent, DecodeError>
where
    I: IntoIterator<Item = (&'h str, &'h [u8])>,
{
    HeaderAttributes::read(headers)?.into_event(body)
}

/// Decodes a binary-mode event straight into a typed event.
pub fn decode_typed<'h, T, I>(headers: I, body: &[u8]) -> Result<T, DecodeError>
where
    T: for<'a> FromEvent<'a>,
    I: IntoIterator<Item = (&'h str, &'h [u8])>,
{
    let event = decode(headers, body)?;
    if !T::accepts_type(event.ty()) {
        return Err(crate::typed::type_mismatch::<T>(event.ty()));
    }
    T::from_event(event.view())
}
