//! Integration with the `http` crate: events to and from `HeaderMap` and `Request<B>`, in
//! every content mode (feature `http`, on by default).
//!
//! ```
//! use eventgrid_types::{http, CloudEvent};
//!
//! let event = CloudEvent::builder("com.example.ping", "/pinger").id("7").json_data(&1).build().unwrap();
//! let request = http::binary_request(&event).unwrap();
//! assert_eq!(request.headers()["ce-id"], "7");
//! let events = http::from_request(&request).unwrap().into_events();
//! assert_eq!(events[0].as_ref().unwrap().id(), "7");
//! ```

use ::http::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use ::http::{Method, Request};

use crate::binary;
use crate::cloud_event::{CloudEvent, SPEC_VERSION};
use crate::error::{DecodeError, DecodeErrorKind, EncodeError};
use crate::json;
use crate::mode::{BATCH_CONTENT_TYPE, ContentMode, STRUCTURED_CONTENT_TYPE};
use crate::typed::{FromEvent, TypedEvent};

/// What a request carried.
#[derive(Debug)]
#[non_exhaustive]
// One per request, moved out at once: boxing the event would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Received {
    /// One event (structured or binary mode).
    Event(CloudEvent),
    /// A batch: one result per event.
    Batch(Vec<Result<CloudEvent, DecodeError>>),
}

impl Received {
    /// The events, one result each, whatever the mode.
    pub fn into_events(self) -> Vec<Result<CloudEvent, DecodeError>> {
        match self {
            Received::Event(event) => vec![Ok(event)],
            Received::Batch(events) => events,
        }
    }
}

fn pairs(headers: &HeaderMap) -> impl Iterator<Item = (&str, &[u8])> {
    headers
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_bytes()))
}

fn content_type(headers: &HeaderMap) -> Result<Option<&str>, DecodeError> {
    headers
        .get(CONTENT_TYPE)
        .map(|value| {
            value.to_str().map_err(|_| {
                DecodeError::from(DecodeErrorKind::UnsupportedContentType(
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                ))
            })
        })
        .transpose()
}

/// Decodes a binary-mode event from a header map and body.
pub fn decode_binary(headers: &HeaderMap, body: &[u8]) -> Result<CloudEvent, DecodeError> {
    binary::decode(pairs(headers), body)
}

/// Decodes a binary-mode event from a header map and body straight into a typed event (an
/// [`Event<T>`](crate::Event) for the attributes too), without building a [`CloudEvent`]:
/// see [`binary::decode_typed`].
///
/// ```
/// use eventgrid_types::{http, CloudEvent, Event, Json};
///
/// let event = CloudEvent::builder("com.example.ping", "/pinger").id("7").json_data(&[1, 2]).build().unwrap();
/// let request = http::binary_request(&event).unwrap();
/// let received: Event<Json<Vec<u8>>> =
///     http::decode_binary_typed(request.headers(), request.body()).unwrap();
/// assert_eq!((received.id.as_str(), received.data.0), ("7", vec![1, 2]));
/// ```
pub fn decode_binary_typed<T>(headers: &HeaderMap, body: &[u8]) -> Result<T, DecodeError>
where
    T: for<'a> FromEvent<'a>,
{
    binary::decode_typed(pairs(headers), body)
}

/// Decodes whatever a request carries, detecting the mode from its `Content-Type`. Lenient,
/// as a consumer needs ([`json::Decoder::consumer`]): what it tolerated is on each event.
pub fn from_request<B: AsRef<[u8]>>(request: &Request<B>) -> Result<Received, DecodeError> {
    let headers = request.headers();
    let body = request.body().as_ref();
    match ContentMode::detect(content_type(headers)?) {
        ContentMode::Batch => json::Decoder::consumer()
            .batch_from_slice(body)
            .map(Received::Batch),
        ContentMode::Structured => json::Decoder::consumer()
            .from_slice(body)
            .map(Received::Event),
        ContentMode::Binary => decode_binary(headers, body).map(Received::Event),
    }
}

/// Decodes a request straight into typed events, one result per event, in any mode. Lenient,
/// as [`from_request`]; decode into [`Reported<T>`](crate::Reported) to see what was tolerated.
pub fn decode_request<T, B>(
    request: &Request<B>,
) -> Result<Vec<Result<T, DecodeError>>, DecodeError>
where
    T: for<'a> FromEvent<'a>,
    B: AsRef<[u8]>,
{
    let headers = request.headers();
    let body = request.body().as_ref();
    match ContentMode::detect(content_type(headers)?) {
        ContentMode::Batch => json::Decoder::consumer().decode_batch(body),
        ContentMode::Structured => Ok(vec![json::Decoder::consumer().decode(body)]),
        ContentMode::Binary => Ok(vec![decode_binary_typed(headers, body)]),
    }
}

/// The header name of a known binary-mode header, built at compile time.
fn known_header(known: binary::Known) -> HeaderName {
    use binary::Known;
    macro_rules! names {
        ($($known:ident)*) => {
            match known {
                $(Known::$known => const { HeaderName::from_static(Known::$known.as_str()) },)*
            }
        };
    }
    names!(SpecVersion Id Source Type Subject Time DataSchema ContentType)
}

/// The header value of a constant that binary mode sends as it is, built and checked when
/// `T` is compiled; `None` for one a header cannot hold as it is.
fn static_value<T: TypedEvent + ?Sized>(constant: binary::Constant) -> Option<HeaderValue> {
    use binary::Constant;
    match constant {
        Constant::SpecVersion => Some(const { HeaderValue::from_static(SPEC_VERSION) }),
        Constant::JsonMediaType => {
            Some(const { HeaderValue::from_static(binary::JSON_MEDIA_TYPE) })
        }
        Constant::TextMediaType => {
            Some(const { HeaderValue::from_static(binary::TEXT_MEDIA_TYPE) })
        }
        Constant::EventType => StaticValues::<T>::EVENT_TYPE,
        Constant::Source => StaticValues::<T>::SOURCE,
        Constant::DataContentType => StaticValues::<T>::DATACONTENTTYPE,
    }
}

/// `T`'s constant attributes as header values, for those a header can hold.
struct StaticValues<T: ?Sized>(std::marker::PhantomData<T>);

impl<T: TypedEvent + ?Sized> StaticValues<T> {
    // Only constants that need no percent-encoding are sent as they are.
    const EVENT_TYPE: Option<HeaderValue> = header_value(binary::Plain::<T>::EVENT_TYPE);
    const SOURCE: Option<HeaderValue> = header_value(binary::Plain::<T>::SOURCE);
    const DATACONTENTTYPE: Option<HeaderValue> = header_value(T::STATIC.datacontenttype);
}

/// A header value for `text` if a header can hold it as it is (visible ASCII and spaces;
/// [`HeaderValue::from_static`] refuses anything else).
const fn header_value(text: Option<&'static str>) -> Option<HeaderValue> {
    match text {
        Some(text) if crate::scan::all_in_range(text, 0x20, 0x7E, b"") => {
            Some(HeaderValue::from_static(text))
        }
        _ => None,
    }
}

/// Encodes an event's binary-mode headers into a new header map, returning the map and the
/// body.
pub fn encode_binary<T: TypedEvent + ?Sized>(
    event: &T,
) -> Result<(HeaderMap, Vec<u8>), EncodeError> {
    let mut map = HeaderMap::with_capacity(BINARY_HEADERS);
    let body = write_binary(event, &mut map)?;
    Ok((map, body))
}

/// Appends an event's binary-mode headers to `map` (one that already holds, say, an
/// `Authorization` header), returning the body. When encoding fails the map may hold some
/// of the event's headers: do not send it.
///
/// ```
/// use eventgrid_types::{http, CloudEvent};
/// use ::http::header::{HeaderMap, HeaderValue, AUTHORIZATION};
///
/// let event = CloudEvent::builder("com.example.ping", "/pinger").json_data(&1).build().unwrap();
/// let mut headers = HeaderMap::new();
/// headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer x"));
/// let body = http::write_binary(&event, &mut headers).unwrap();
/// assert_eq!(headers["ce-type"], "com.example.ping");
/// assert_eq!(headers["content-type"], "application/json");
/// assert_eq!((headers.len(), body.as_slice()), (6, &b"1"[..]));
/// ```
pub fn write_binary<T: TypedEvent + ?Sized>(
    event: &T,
    map: &mut HeaderMap,
) -> Result<Vec<u8>, EncodeError> {
    // Room for the attributes an event usually has, so the map grows at most once. A map
    // made with that room is left alone: `reserve` costs more than the check (callgrind).
    if map.capacity() - map.len() < BINARY_HEADERS {
        map.reserve(BINARY_HEADERS);
    }
    let mut sink = MapSink::<T> {
        map,
        failed: None,
        event_type: std::marker::PhantomData,
    };
    let body = binary::encode_with(event, &mut sink, crate::validate::Slots::Checked)?;
    match sink.failed {
        Some(name) => Err(EncodeError::Header(name)),
        None => Ok(body),
    }
}

/// A [`HeaderMap`] that binary encoding appends an event of type `T` to, and the first header
/// it could not take.
struct MapSink<'m, T: ?Sized> {
    map: &'m mut HeaderMap,
    failed: Option<String>,
    event_type: std::marker::PhantomData<fn(&T)>,
}

impl<T: TypedEvent + ?Sized> binary::HeaderSink for MapSink<'_, T> {
    fn header(&mut self, name: binary::HeaderName<'_>, value: binary::Value<'_>) {
        // Names are constants or `ce-` plus a checked extension name, and values are
        // percent-encoded ASCII, so these conversions fail only for a hand-written
        // `TypedEvent` gone wrong.
        let name = match name {
            binary::HeaderName::Known(known) => Ok(known_header(known)),
            binary::HeaderName::Extension(name) => {
                HeaderName::from_bytes(format!("ce-{name}").as_bytes())
            }
        };
        let value = match value {
            // A constant is shared, not copied or checked again.
            binary::Value::Static(constant, text) => {
                static_value::<T>(constant).map_or_else(|| HeaderValue::from_str(text), Ok)
            }
            binary::Value::Encoded(std::borrow::Cow::Borrowed(text)) => HeaderValue::from_str(text),
            binary::Value::Encoded(std::borrow::Cow::Owned(text)) => HeaderValue::try_from(text),
        };
        match (name, value) {
            // A `HeaderMap` holds at most 32,768 headers; past that, `append` would panic.
            (Ok(name), Ok(value)) => {
                if self.map.try_append(name, value).is_err() && self.failed.is_none() {
                    self.failed = Some("ce-* (more headers than a header map holds)".to_owned());
                }
            }
            (Ok(name), Err(_)) => self.failed = Some(name.as_str().to_owned()),
            (Err(_), _) => self.failed = Some("ce-".to_owned()),
        }
    }
}

/// Room for the headers of a usual event: the specification's four, `subject`, `time`,
/// `content-type`, and a few extensions.
const BINARY_HEADERS: usize = 10;

/// A `POST` request (URI `/`; set your own) carrying the event in binary mode.
pub fn binary_request<T: TypedEvent + ?Sized>(event: &T) -> Result<Request<Vec<u8>>, EncodeError> {
    let mut request = Request::new(Vec::new());
    *request.body_mut() = write_binary(event, request.headers_mut())?;
    *request.method_mut() = Method::POST;
    Ok(request)
}

/// A `POST` request carrying the event in structured mode.
pub fn structured_request<T: TypedEvent + ?Sized>(
    event: &T,
) -> Result<Request<Vec<u8>>, EncodeError> {
    Ok(post(json::to_vec(event)?, STRUCTURED_CONTENT_TYPE))
}

/// A `POST` request carrying the events as a JSON batch.
pub fn batch_request<'a, T, I>(events: I) -> Result<Request<Vec<u8>>, EncodeError>
where
    T: TypedEvent + ?Sized + 'a,
    I: IntoIterator<Item = &'a T>,
{
    Ok(post(json::batch_to_vec(events)?, BATCH_CONTENT_TYPE))
}

fn post(body: Vec<u8>, content_type: &'static str) -> Request<Vec<u8>> {
    let mut request = Request::new(body);
    *request.method_mut() = Method::POST;
    request
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    request
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::typed::StaticAttributes;

    struct Fixed;

    impl TypedEvent for Fixed {
        const STATIC: StaticAttributes = StaticAttributes::NONE
            .event_type("com.example.fixed")
            .source("/fixed%20source")
            .datacontenttype("application/cloudevents-probe+json");

        fn event_type(&self) -> &'static str {
            "com.example.fixed"
        }
        fn source(&self) -> Cow<'_, str> {
            "/fixed%20source".into()
        }
        fn datacontenttype(&self) -> Option<&str> {
            Some("application/cloudevents-probe+json")
        }
        fn serialize_data<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_unit()
        }
    }

    #[test]
    fn constants_become_header_values_at_compile_time() {
        use binary::Constant;
        for (constant, text) in [
            (Constant::EventType, "com.example.fixed"),
            (
                Constant::DataContentType,
                "application/cloudevents-probe+json",
            ),
            (Constant::SpecVersion, "1.0"),
            (Constant::JsonMediaType, "application/json"),
            (Constant::TextMediaType, "text/plain; charset=utf-8"),
        ] {
            assert_eq!(static_value::<Fixed>(constant).unwrap(), text);
        }
        // A constant that needs percent-encoding is never sent as it is.
        assert_eq!(static_value::<Fixed>(Constant::Source), None);
        assert_eq!(static_value::<CloudEvent>(Constant::Source), None);
        assert_eq!(header_value(Some("tab\tno")), None);
        assert_eq!(header_value(Some("é")), None);
        assert_eq!(header_value(None), None);
    }

    #[test]
    fn binary_mode_sends_the_constants_percent_encoded_where_needed() {
        let (headers, body) = encode_binary(&Fixed).unwrap();
        assert_eq!(headers["ce-type"], "com.example.fixed");
        // The `%` in the constant source is percent-encoded, so it is not sent as is.
        assert_eq!(headers["ce-source"], "/fixed%2520source");
        assert_eq!(headers[CONTENT_TYPE], "application/cloudevents-probe+json");
        assert_eq!(headers["ce-specversion"], "1.0");
        assert_eq!(body, b"null");
    }
}
