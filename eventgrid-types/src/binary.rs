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
//! assert_eq!(message.header("ce-subject"), Some("hello%20world"));
//! let headers = message.headers.iter().map(|(n, v)| (n, v.as_bytes()));
//! assert_eq!(binary::decode(headers, &message.body).unwrap(), event);
//! ```

use std::borrow::Cow;

use crate::cloud_event::{CloudEvent, Extensions, SPEC_VERSION};
use crate::data::Data;
use crate::data::DataRef;
use crate::error::{DecodeError, DecodeErrorKind, EncodeError, HeaderError};
use crate::extension::{self, CompactString, ExtensionRef, ExtensionValue};
use crate::json::{JsonData, Limits, MAX_EVENT_BYTES};
use crate::percent;
use crate::scan;
use crate::timestamp::Timestamp;
use crate::typed::{DataKind, EventView, FromEvent, StaticAttributes, TypedEvent};
use crate::validate::{self, Rule, Slots, ValidationError};

/// An event encoded for binary mode: header pairs (names lower-case, values ready to send)
/// and the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BinaryMessage {
    /// `ce-` headers, then `content-type` when the event has a media type.
    pub headers: Headers,
    /// The data.
    pub body: Vec<u8>,
}

impl BinaryMessage {
    /// The value of a header, by lower-case name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)
    }
}

/// The headers of a [`BinaryMessage`], in order: `(name, value)` pairs of text, names
/// lower-case and values percent-encoded where the HTTP binding asks for it.
///
/// All names and values are kept one after another in one string, so that an event of many
/// extensions costs no allocation per header.
///
/// ```
/// use eventgrid_types::{binary, CloudEvent};
///
/// let event = CloudEvent::builder("com.example.greeting", "/greeter")
///     .id("1")
///     .extension("tenant", "contoso")
///     .build()
///     .unwrap();
/// let message = binary::encode(&event).unwrap();
/// assert_eq!(message.headers.get("ce-tenant"), Some("contoso"));
/// let names: Vec<&str> = message.headers.iter().map(|(name, _)| name).collect();
/// assert_eq!(names[..3], ["ce-specversion", "ce-id", "ce-source"]);
/// for (name, value) in &message.headers {
///     assert!(name.starts_with("ce-") || name == "content-type", "{name}: {value}");
/// }
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Headers {
    /// Each header's name then its value, one after another.
    text: String,
    /// Where each header's name ends and its value ends in `text`.
    ends: Vec<(usize, usize)>,
}

impl Headers {
    /// How many headers there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The value of the first header named `name` (lower-case).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The `(name, value)` pairs, in order.
    pub fn iter(&self) -> HeaderIter<'_> {
        HeaderIter {
            text: &self.text,
            start: 0,
            ends: self.ends.iter(),
        }
    }

    /// Adds a header last, its name written as `prefix` then `name`.
    fn push(&mut self, prefix: &str, name: &str, value: &str) {
        self.text.push_str(prefix);
        self.text.push_str(name);
        let name_end = self.text.len();
        self.text.push_str(value);
        self.ends.push((name_end, self.text.len()));
    }
}

impl HeaderSink for Headers {
    fn header(&mut self, name: HeaderName<'_>, value: Value<'_>) {
        match name {
            HeaderName::Known(known) => self.push("", known.as_str(), value.as_str()),
            HeaderName::Extension(name) => self.push("ce-", name, value.as_str()),
        }
    }

    /// Each extension written straight into the text: no value passed on in a [`Value`],
    /// whose copy through the stack (stored in 8-byte parts, loaded in 16-byte ones) stalled
    /// the processor on every header and was most of an event of many extensions' time.
    fn extensions(&mut self, map: &Extensions, slots: Slots) -> Extended {
        let start = self.text.len();
        let tested_here = slots == Slots::Left;
        let mut slots_valid = true;
        for (len, from_name, value) in map.in_text() {
            slots_valid &= !tested_here || validate::name_len_is_valid(len);
            self.text.push_str("ce-");
            push_prefix(&mut self.text, from_name, len);
            let name_end = self.text.len();
            // Each value tested in its arm, as `validate::slot_is_valid` does.
            match value {
                ExtensionValue::String(text) => {
                    slots_valid &= !tested_here || validate::string_is_valid(text);
                    percent::encode_into(text, &mut self.text);
                }
                ExtensionValue::Integer(i) => {
                    slots_valid &= !tested_here || validate::integer_is_valid(*i);
                    self.text.push_str(itoa::Buffer::new().format(*i));
                }
                ExtensionValue::Boolean(b) => self.text.push_str(if *b { "true" } else { "false" }),
            }
            self.ends.push((name_end, self.text.len()));
        }
        Extended {
            size: self.text.len() - start,
            slots_valid,
        }
    }
}

/// Appends the first `len` bytes of `from`, an extension name and the names after it, to
/// `text`: when `from` holds 16 bytes or more and `len` is at most 16, as one copy of 16 cut
/// back to `len`, where a copy of `len` bytes was a call to `memcpy`.
#[inline(always)]
#[allow(clippy::inline_always)] // A few instructions each; a call is more.
fn push_prefix(text: &mut String, from: &str, len: usize) {
    match from.get(..16) {
        Some(piece) if len <= piece.len() => {
            let end = text.len() + len;
            text.push_str(piece);
            text.truncate(end);
        }
        _ => text.push_str(&from[..len]),
    }
}

impl std::fmt::Debug for Headers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a> IntoIterator for &'a Headers {
    type Item = (&'a str, &'a str);
    type IntoIter = HeaderIter<'a>;

    fn into_iter(self) -> HeaderIter<'a> {
        self.iter()
    }
}

/// The `(name, value)` pairs of [`Headers`], in order ([`Headers::iter`]).
#[derive(Debug, Clone)]
pub struct HeaderIter<'a> {
    text: &'a str,
    /// Where the next header starts in `text`.
    start: usize,
    ends: std::slice::Iter<'a, (usize, usize)>,
}

impl<'a> Iterator for HeaderIter<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let &(name_end, value_end) = self.ends.next()?;
        let pair = (
            &self.text[self.start..name_end],
            &self.text[name_end..value_end],
        );
        self.start = value_end;
        Some(pair)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.ends.size_hint()
    }
}

impl ExactSizeIterator for HeaderIter<'_> {}

impl std::iter::FusedIterator for HeaderIter<'_> {}

/// Encodes an event for binary mode, after checking every rule for producers.
///
/// JSON data without a `datacontenttype` is sent with `Content-Type: application/json`, as
/// the spec asks when an event changes format.
pub fn encode<T: TypedEvent + ?Sized>(event: &T) -> Result<BinaryMessage, EncodeError> {
    // The context attributes and `content-type` take at most 8.
    let extensions = event.extension_map().map_or(0, Extensions::len);
    // Room for the attributes of a typical event, and a short name and value for each
    // extension, so that most events allocate the text once.
    let mut headers = Headers {
        text: String::with_capacity(512 + 16 * extensions),
        ends: Vec::with_capacity(8 + extensions),
    };
    // The headers are ours to drop if an extension fails the test made as it is written.
    let body = encode_with(event, &mut headers, Slots::Left)?;
    Ok(BinaryMessage { headers, body })
}

/// Where binary encoding puts the headers it writes.
pub(crate) trait HeaderSink {
    /// One header, its value ready to send.
    fn header(&mut self, name: HeaderName<'_>, value: Value<'_>);

    /// The headers of the extensions in `map`, in order, each tested with
    /// [`validate::slot_is_valid`] if `slots` is [`Slots::Left`].
    fn extensions(&mut self, map: &Extensions, slots: Slots) -> Extended {
        let mut extended = Extended {
            size: 0,
            slots_valid: true,
        };
        for (name, value) in map {
            extended.slots_valid &=
                slots == Slots::Checked || validate::slot_is_valid(name.len(), value);
            let mut digits = itoa::Buffer::new();
            let value = extension_value(value.as_ref(), &mut digits);
            extended.size += "ce-".len() + name.len() + value.len();
            self.header(HeaderName::Extension(name), Value::Encoded(value));
        }
        extended
    }
}

/// What [`HeaderSink::extensions`] wrote.
pub(crate) struct Extended {
    /// The bytes the headers' names (with `ce-`) and values take.
    size: usize,
    /// Whether each extension passed [`validate::slot_is_valid`], tested as it was written
    /// when validation left that to the writer.
    slots_valid: bool,
}

/// The name of a header that binary mode writes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum HeaderName<'a> {
    /// A fixed name.
    Known(Known),
    /// An extension attribute, whose header is `ce-` and the name.
    Extension(&'a str),
}

/// The headers of the context attributes, and `content-type`. A closed set lets the `http`
/// wrapper map each to a prebuilt header name instead of parsing a string per event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Known {
    SpecVersion,
    Id,
    Source,
    Type,
    Subject,
    Time,
    DataSchema,
    ContentType,
}

impl Known {
    /// The lower-case header name.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Known::SpecVersion => "ce-specversion",
            Known::Id => "ce-id",
            Known::Source => "ce-source",
            Known::Type => "ce-type",
            Known::Subject => "ce-subject",
            Known::Time => "ce-time",
            Known::DataSchema => "ce-dataschema",
            Known::ContentType => "content-type",
        }
    }
}

/// The `Content-Type` of JSON data that declares no `datacontenttype`.
pub(crate) const JSON_MEDIA_TYPE: &str = "application/json";

/// The `Content-Type` of text data that declares no `datacontenttype`.
pub(crate) const TEXT_MEDIA_TYPE: &str = "text/plain; charset=utf-8";

/// A header value ready to send (percent-encoded where needed).
#[derive(Debug)]
pub(crate) enum Value<'a> {
    /// A constant that needs no encoding, and which one it is, so that an encoder can
    /// prepare its header value once per type.
    Static(
        // Read by the `http` encoder's per-type header table only.
        #[cfg_attr(not(feature = "http"), allow(dead_code))] Constant,
        &'static str,
    ),
    /// Any other value.
    Encoded(Cow<'a, str>),
}

/// The constants binary mode sends: the specification's, and those an event's type
/// declares ([`TypedEvent::STATIC`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Constant {
    SpecVersion,
    JsonMediaType,
    TextMediaType,
    /// `TypedEvent::STATIC.event_type`
    EventType,
    /// `TypedEvent::STATIC.source`
    Source,
    /// `TypedEvent::STATIC.datacontenttype`
    DataContentType,
}

impl Value<'_> {
    fn len(&self) -> usize {
        self.as_str().len()
    }

    fn as_str(&self) -> &str {
        match self {
            Value::Static(_, text) => text,
            Value::Encoded(text) => text,
        }
    }
}

/// The header value of an attribute: the type's constant when `value` is that constant
/// (`plain` is given only when it needs no encoding), else `value` percent-encoded.
fn attribute_value<'a>(
    constant: Constant,
    plain: Option<&'static str>,
    value: &'a str,
) -> Value<'a> {
    match StaticAttributes::same(plain, value) {
        Some(plain) => Value::Static(constant, plain),
        None => Value::Encoded(percent::encode(value)),
    }
}

/// The header value of an attribute that is not a constant.
fn variable_value(value: &str) -> Value<'_> {
    Value::Encoded(percent::encode(value))
}

/// The header value of an extension attribute. An integer is written into `digits` with
/// itoa, as serde_json writes integers: no allocation, where `to_string` went through the
/// formatting machinery.
fn extension_value<'a>(value: ExtensionRef<'a>, digits: &'a mut itoa::Buffer) -> Cow<'a, str> {
    match value {
        ExtensionRef::String(text) => percent::encode(text),
        ExtensionRef::Integer(i) => Cow::Borrowed(extension::format_integer(i, digits)),
        ExtensionRef::Boolean(b) => Cow::Borrowed(if b { "true" } else { "false" }),
    }
}

/// The constants of `T` ([`TypedEvent::STATIC`]) that travel in a header unchanged, worked
/// out once per type when it is compiled.
pub(crate) struct Plain<T: ?Sized>(std::marker::PhantomData<T>);

impl<T: TypedEvent + ?Sized> Plain<T> {
    pub(crate) const SOURCE: Option<&'static str> = percent::unchanged(T::STATIC.source);
    pub(crate) const EVENT_TYPE: Option<&'static str> = percent::unchanged(T::STATIC.event_type);
}

/// Encodes an event for binary mode, handing each header to `header` (values ready to send)
/// and returning the body. Checks every rule for producers first and the size last.
///
/// With [`Slots::Left`], the extensions of an [`Extensions`] are tested as their headers are
/// written, and the sink may hold some of them when the event is refused.
pub(crate) fn encode_with<T: TypedEvent + ?Sized>(
    event: &T,
    sink: &mut impl HeaderSink,
    slots: Slots,
) -> Result<Vec<u8>, EncodeError> {
    validate::typed_with(event, slots)?;
    let fixed = T::STATIC;
    let mut out = Measured { sink, size: 0 };
    out.emit(
        HeaderName::Known(Known::SpecVersion),
        Value::Static(Constant::SpecVersion, SPEC_VERSION),
    );
    if let Some(id) = event.id() {
        out.emit(HeaderName::Known(Known::Id), variable_value(&id));
    } else {
        let mut buffer = uuid::Uuid::encode_buffer();
        let id = uuid::Uuid::new_v4().hyphenated().encode_lower(&mut buffer);
        out.emit(
            HeaderName::Known(Known::Id),
            Value::Encoded(Cow::Borrowed(id)),
        );
    }
    out.emit(
        HeaderName::Known(Known::Source),
        attribute_value(Constant::Source, Plain::<T>::SOURCE, &event.source()),
    );
    out.emit(
        HeaderName::Known(Known::Type),
        attribute_value(
            Constant::EventType,
            Plain::<T>::EVENT_TYPE,
            event.event_type(),
        ),
    );
    if let Some(subject) = event.subject() {
        out.emit(HeaderName::Known(Known::Subject), variable_value(&subject));
    }
    if let Some(time) = event.time() {
        // Strict RFC 3339 text holds nothing that needs encoding.
        let value = if time.is_rfc3339() {
            Value::Encoded(Cow::Borrowed(time.as_str()))
        } else {
            variable_value(time.as_str())
        };
        out.emit(HeaderName::Known(Known::Time), value);
    }
    if let Some(dataschema) = event.dataschema() {
        out.emit(
            HeaderName::Known(Known::DataSchema),
            variable_value(dataschema),
        );
    }
    match event.extension_map() {
        Some(map) => {
            let extended = out.sink.extensions(map, slots);
            if !extended.slots_valid {
                // The full check finds what the test refused, and says what is wrong.
                validate::typed(event)?;
            }
            out.size += extended.size;
        }
        None => event.visit_extensions(&mut |name, value| {
            let mut digits = itoa::Buffer::new();
            let value = extension_value(value, &mut digits);
            out.emit(HeaderName::Extension(name), Value::Encoded(value));
        }),
    }
    let kind = event.data_kind();
    // Validation made sure a declared media type is one, which needs no escaping.
    let content_type = match (event.datacontenttype(), kind) {
        (Some(ct), _) => Some(match StaticAttributes::same(fixed.datacontenttype, ct) {
            Some(fixed) => Value::Static(Constant::DataContentType, fixed),
            None => Value::Encoded(Cow::Borrowed(ct)),
        }),
        (None, DataKind::Json) => Some(Value::Static(Constant::JsonMediaType, JSON_MEDIA_TYPE)),
        (None, DataKind::Text(_)) => Some(Value::Static(Constant::TextMediaType, TEXT_MEDIA_TYPE)),
        (None, DataKind::Binary(_) | DataKind::None) => None,
    };
    if let Some(ct) = content_type {
        out.emit(HeaderName::Known(Known::ContentType), ct);
    }
    let body = match kind {
        DataKind::None => Vec::new(),
        DataKind::Json => {
            let mut body = Vec::with_capacity(crate::json::BODY_CAPACITY);
            serde_json::to_writer(&mut body, &JsonData(event))?;
            body
        }
        DataKind::Text(text) => text.as_bytes().to_vec(),
        DataKind::Binary(bytes) => bytes.to_vec(),
    };
    let size = out.size + body.len();
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
    Ok(body)
}

/// A [`HeaderSink`] and the bytes written to it, for the size limit.
struct Measured<'s, S> {
    sink: &'s mut S,
    size: usize,
}

impl<S: HeaderSink> Measured<'_, S> {
    fn emit(&mut self, name: HeaderName<'_>, value: Value<'_>) {
        self.size += value.len()
            + match name {
                HeaderName::Known(known) => known.as_str().len(),
                HeaderName::Extension(name) => "ce-".len() + name.len(),
            };
        self.sink.header(name, value);
    }
}

/// The attributes read from binary-mode headers, borrowing from the header values where no
/// decoding was needed.
#[derive(Default)]
struct HeaderAttributes<'h> {
    specversion: Option<Cow<'h, str>>,
    id: Option<Cow<'h, str>>,
    source: Option<Cow<'h, str>>,
    ty: Option<Cow<'h, str>>,
    subject: Option<Cow<'h, str>>,
    time: Option<Cow<'h, str>>,
    dataschema: Option<Cow<'h, str>>,
    datacontenttype: Option<&'h str>,
    /// In the order received; a name's second header is refused as it comes.
    extensions: Extensions,
}

fn invalid(name: &str, reason: impl Into<HeaderError>) -> DecodeError {
    DecodeErrorKind::InvalidHeader {
        name: name.to_ascii_lowercase(),
        reason: reason.into(),
    }
    .into()
}

fn set_once<'h>(
    slot: &mut Option<Cow<'h, str>>,
    name: &str,
    value: Cow<'h, str>,
) -> Result<(), DecodeError> {
    if slot.replace(value).is_some() {
        return Err(invalid(name, HeaderError::Duplicate));
    }
    Ok(())
}

/// The checked context attributes of a binary-mode event.
struct Attributes<'h> {
    id: Cow<'h, str>,
    source: Cow<'h, str>,
    ty: Cow<'h, str>,
    subject: Option<Cow<'h, str>>,
    time: Option<Timestamp>,
    dataschema: Option<Cow<'h, str>>,
    datacontenttype: Option<&'h str>,
    extensions: Extensions,
}

impl<'h> HeaderAttributes<'h> {
    fn read<I>(headers: I) -> Result<Self, DecodeError>
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        let headers = headers.into_iter();
        let mut attrs = HeaderAttributes::default();
        // Many headers: room for them as extensions at once, so that the index of names is
        // not rebuilt as it grows. Capped by the most the event limit lets in (`ce-x:`), so
        // that an iterator's claim cannot make it allocate more.
        let many = headers.size_hint().0.min(MAX_EVENT_BYTES / 5);
        if many > 2 * Extensions::LISTED {
            attrs.extensions = Extensions::with_room(many, 0);
        }
        let mut size = 0;
        for (name, raw) in headers {
            let is_content_type = name.eq_ignore_ascii_case("content-type");
            let is_ce = name.len() > 3 && name.as_bytes()[..3].eq_ignore_ascii_case(b"ce-");
            if !is_content_type && !is_ce {
                continue;
            }
            // The attributes are part of the event, which Event Grid holds to 1 MiB whatever
            // limit the caller set on the body.
            size += name.len() + raw.len();
            if size > MAX_EVENT_BYTES {
                return Err(DecodeErrorKind::TooLarge {
                    what: "event headers",
                    size,
                    limit: MAX_EVENT_BYTES,
                }
                .into());
            }
            // Almost every value is printable ASCII with no quote to strip and no escape to
            // decode: one vectorized scan then stands for the control-character check and
            // the percent-decoding.
            let plain = raw.first() != Some(&b'"')
                && scan::all_bytes(raw, |b| (0x20..=0x7E).contains(&b) && b != b'%');
            if !plain && let Some(&b) = raw.iter().find(|&&b| (b < 0x20 && b != b'\t') || b == 0x7f)
            {
                return Err(invalid(
                    name,
                    HeaderError::Invalid(format!("contains the control character 0x{b:02X}")),
                ));
            }
            if is_content_type {
                let value = std::str::from_utf8(raw)
                    .map_err(|_| invalid(name, HeaderError::Invalid("is not UTF-8".into())))?;
                if attrs.datacontenttype.replace(value.trim()).is_some() {
                    return Err(invalid(name, HeaderError::Duplicate));
                }
                continue;
            }
            let attribute = &name[3..];
            let value = match plain.then(|| std::str::from_utf8(raw).ok()).flatten() {
                Some(text) => Cow::Borrowed(text),
                None => percent::decode(raw).map_err(|e| invalid(name, e))?,
            };
            // What percent-decoding (`%0D%0A`, `%00`) or a raw tab let in: the CloudEvents
            // String type forbids it, as the JSON decoders do.
            if !plain && let Some(c) = crate::validate::find_control(&value) {
                return Err(invalid(
                    name,
                    HeaderError::Invalid(format!(
                        "contains the control character U+{:04X}",
                        u32::from(c)
                    )),
                ));
            }
            // Header names are case-insensitive; most arrive lower-case already.
            let lower_alnum = extension::is_lower_alnum(attribute);
            let lower = if lower_alnum
                || scan::all_bytes(attribute.as_bytes(), |b| !b.is_ascii_uppercase())
            {
                Cow::Borrowed(attribute)
            } else {
                Cow::Owned(attribute.to_ascii_lowercase())
            };
            let slot = match &*lower {
                "specversion" => &mut attrs.specversion,
                "id" => &mut attrs.id,
                "source" => &mut attrs.source,
                "type" => &mut attrs.ty,
                "subject" => &mut attrs.subject,
                "time" => &mut attrs.time,
                "dataschema" => &mut attrs.dataschema,
                "datacontenttype" => {
                    return Err(invalid(name, HeaderError::DataContentTypeHeader));
                }
                _ => {
                    // Of the name rules, letters and digits were checked above.
                    let valid = lower_alnum && !extension::RESERVED_NAMES.contains(&attribute);
                    debug_assert!(!valid || extension::check_received_name(&lower).is_ok());
                    if !valid && let Err(reason) = extension::check_received_name(&lower) {
                        return Err(DecodeErrorKind::InvalidExtensionName {
                            name: lower.into_owned(),
                            reason,
                        }
                        .into());
                    }
                    // The value is written in its place in the map. Made first and then moved
                    // there, it came back from `CompactString` through memory, and the move's
                    // wide loads waited on the narrow stores that had just made it (a
                    // store-forwarding stall: a third of the time of many headers, by
                    // `perf annotate`).
                    let empty = ExtensionValue::String(CompactString::const_new(""));
                    if attrs.extensions.insert_received(&lower, empty).is_some() {
                        return Err(invalid(name, HeaderError::Duplicate));
                    }
                    if let Some(ExtensionValue::String(text)) = attrs.extensions.last_value_mut() {
                        text.push_str(&value);
                    }
                    continue;
                }
            };
            set_once(slot, name, value)?;
        }
        Ok(attrs)
    }

    fn check(self) -> Result<Attributes<'h>, DecodeError> {
        let required = |value: Option<Cow<'h, str>>, header: &'static str| match value {
            None => Err(DecodeError::from(DecodeErrorKind::MissingHeader(header))),
            Some(v) if v.is_empty() => Err(DecodeErrorKind::EmptyAttribute(&header[3..]).into()),
            Some(v) => Ok(v),
        };
        let specversion = required(self.specversion, "ce-specversion")?;
        if specversion != SPEC_VERSION {
            return Err(DecodeErrorKind::UnsupportedSpecVersion(specversion.into_owned()).into());
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
        Ok(Attributes {
            id: required(self.id, "ce-id")?,
            source: required(self.source, "ce-source")?,
            ty: required(self.ty, "ce-type")?,
            subject: self.subject,
            time,
            dataschema: self.dataschema,
            datacontenttype: self.datacontenttype,
            extensions: self.extensions,
        })
    }
}

/// Decodes a binary-mode event from its headers (any case; headers other than `ce-*` and
/// `Content-Type` are ignored) and body, within the default [`Limits`] (a body over 1 MiB is
/// refused before it is read). An empty body means the event has no data.
pub fn decode<'h, I>(headers: I, body: &[u8]) -> Result<CloudEvent, DecodeError>
where
    I: IntoIterator<Item = (&'h str, &'h [u8])>,
{
    decode_with(headers, body, &Limits::default())
}

/// Decodes a binary-mode event whose body is within `limits`; see [`decode`].
pub fn decode_with<'h, I>(
    headers: I,
    body: &[u8],
    limits: &Limits,
) -> Result<CloudEvent, DecodeError>
where
    I: IntoIterator<Item = (&'h str, &'h [u8])>,
{
    limits.check_size("event", body.len())?;
    let attrs = HeaderAttributes::read(headers)?.check()?;
    let data = if body.is_empty() {
        None
    } else {
        Some(Data::from_body(body, attrs.datacontenttype)?)
    };
    Ok(CloudEvent {
        id: attrs.id.into_owned(),
        source: attrs.source.into_owned(),
        ty: attrs.ty.into_owned(),
        datacontenttype: attrs.datacontenttype.map(str::to_owned),
        dataschema: attrs.dataschema.map(Cow::into_owned),
        subject: attrs.subject.map(Cow::into_owned),
        time: attrs.time,
        extensions: attrs.extensions,
        data,
        tolerated: Vec::new(),
    })
}

/// Decodes a binary-mode event straight into a typed event, without building a
/// [`CloudEvent`]: the typed decoder reads the attributes where they are and parses a JSON
/// body once.
pub fn decode_typed<'h, T, I>(headers: I, body: &[u8]) -> Result<T, DecodeError>
where
    T: for<'a> FromEvent<'a>,
    I: IntoIterator<Item = (&'h str, &'h [u8])>,
{
    Limits::default().check_size("event", body.len())?;
    let attrs = HeaderAttributes::read(headers)?.check()?;
    if !T::accepts_type(&attrs.ty) {
        return Err(crate::typed::type_mismatch::<T>(&attrs.ty));
    }
    let view = |data| EventView {
        id: &attrs.id,
        source: &attrs.source,
        event_type: &attrs.ty,
        subject: attrs.subject.as_deref(),
        time: attrs.time.as_ref(),
        datacontenttype: attrs.datacontenttype,
        dataschema: attrs.dataschema.as_deref(),
        data,
        extensions: crate::extension::ExtensionSource::Map(&attrs.extensions),
        tolerated: &[],
    };
    let json = attrs
        .datacontenttype
        .is_some_and(crate::media_type::is_json);
    if json
        && !body.is_empty()
        && T::has_data_fast_path(&attrs.ty)
        && let Some(value) = data_in_one_pass::<T>(&attrs.ty, body)
    {
        return value.complete(view(None));
    }
    let data = match attrs.datacontenttype {
        _ if body.is_empty() => None,
        _ if json => Some(DataRef::Json(crate::data::json_body(body)?.get())),
        Some(ct) if crate::media_type::is_textual(ct) => match std::str::from_utf8(body) {
            Ok(text) => Some(DataRef::Text(text)),
            Err(_) => Some(DataRef::Binary(body)),
        },
        _ => Some(DataRef::Binary(body)),
    };
    T::from_event(view(data))
}

/// A JSON body's typed value from one parse, which also proves the body is one JSON value
/// (the parse reads all of it, and nothing but whitespace may follow). `None` when that parse
/// fails: the caller then takes the two-step path, which checks the body on its own first, so
/// that the error says whether the body is not JSON or the data does not fit `T`.
fn data_in_one_pass<'b, T: FromEvent<'b>>(event_type: &str, body: &'b [u8]) -> Option<T> {
    let text = std::str::from_utf8(body).ok()?;
    let mut parser = serde_json::Deserializer::from_str(text);
    let value = T::deserialize_data(event_type, &mut parser).ok()?;
    parser.end().ok()?;
    Some(value)
}
