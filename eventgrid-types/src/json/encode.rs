//! Encoding typed events as structured events and JSON batches, straight to the output.

use std::io;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::cloud_event::CloudEvent;
use crate::error::EncodeError;
use crate::extension::{self, ExtensionRef, ExtensionValue, Extensions};
use crate::typed::{DataKind, TypedEvent};
use crate::validate::{self, Rule, Slots, ValidationError, Violation};

use super::{MAX_BATCH_EVENTS, MAX_EVENT_BYTES};

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
        crate::typed::each_extension(event, |name, value| {
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

/// Writes one event that passed [`validate::typed_with`] with `slots` as a structured-mode
/// JSON object: byte for byte what [`Structured`] serializes to, but written directly, so
/// member names and the constant attributes that need no escaping are copied rather than
/// scanned for characters to escape. Returns whether each extension that validation left to
/// the writer passed [`validate::slot_is_valid`], tested as it was written.
fn write_event<W: BatchSink + ?Sized, T: TypedEvent + ?Sized>(
    out: &mut W,
    event: &T,
    slots: Slots,
) -> serde_json::Result<bool> {
    const ID: &[u8] = br#"{"specversion":"1.0","id":""#;
    let mut out = Out(out);
    if let Some(id) = event.id() {
        out.string(ID, &id)?;
    } else {
        let mut buffer = uuid::Uuid::encode_buffer();
        // Hex digits and hyphens: nothing to escape.
        out.verbatim(
            ID,
            uuid::Uuid::new_v4().hyphenated().encode_lower(&mut buffer),
        )?;
    }
    out.constant_or_string(br#","source":""#, &event.source(), Clean::<T>::SOURCE)?;
    out.constant_or_string(br#","type":""#, event.event_type(), Clean::<T>::EVENT_TYPE)?;
    if let Some(datacontenttype) = event.datacontenttype() {
        out.constant_or_string(
            br#","datacontenttype":""#,
            datacontenttype,
            Clean::<T>::DATACONTENTTYPE,
        )?;
    }
    if let Some(dataschema) = event.dataschema() {
        out.string(br#","dataschema":""#, dataschema)?;
    }
    if let Some(subject) = event.subject() {
        out.string(br#","subject":""#, &subject)?;
    }
    if let Some(time) = event.time() {
        // RFC 3339 text holds digits, letters and `-:.+ `: nothing to escape.
        out.verbatim(br#","time":""#, time.as_str())?;
    }
    let slots_valid = match event.extension_map() {
        // Most events carry none: no room made.
        Some(map) if map.is_empty() => true,
        // Validation passed only if every name is valid (a-z, 0-9): none needs escaping, and
        // a second scan of the names to prove it was a twentieth of an event of many
        // extensions.
        Some(map) => {
            debug_assert!(names_need_no_escape(map), "encoding an unvalidated event");
            out.extensions(map, slots)?
        }
        None => {
            let mut failed = Ok(());
            crate::typed::each_extension(event, |name, value| {
                if failed.is_ok() {
                    failed = out.extension(name, value);
                }
            });
            failed?;
            true
        }
    };
    match event.data_kind() {
        DataKind::None => {}
        DataKind::Json => {
            out.raw(br#","data":"#)?;
            serde_json::to_writer(&mut *out.0, &JsonData(event))?;
        }
        DataKind::Text(text) => out.string(br#","data":""#, text)?,
        DataKind::Binary(bytes) => {
            out.raw(br#","data_base64":"#)?;
            let encoded = base64::display::Base64Display::new(
                bytes,
                &base64::engine::general_purpose::STANDARD,
            );
            // The base64 alphabet needs no escaping.
            write!(out.0, "\"{encoded}\"").map_err(serde_json::Error::io)?;
        }
    }
    out.raw(b"}")?;
    Ok(slots_valid)
}

/// The writer of [`write_event`], with what it writes as methods.
struct Out<'a, W: ?Sized>(&'a mut W);

impl<W: BatchSink + ?Sized> Out<'_, W> {
    fn raw(&mut self, bytes: &[u8]) -> serde_json::Result<()> {
        self.0.write_all(bytes).map_err(serde_json::Error::io)
    }

    /// `head`, which ends with a string's opening quote (`,"subject":"`), then `value` as
    /// serde_json escapes it and the closing quote.
    // These three are inlined, so that each `head` is a constant its copy is specialised
    // for: called, they copied it with `memcpy` and cost more than they saved (measured).
    #[inline(always)]
    #[allow(clippy::inline_always)]
    fn string(&mut self, head: &[u8], value: &str) -> serde_json::Result<()> {
        // serde_json escapes `"`, `\\` and bytes below 0x20, and nothing else. Attribute
        // values almost never hold one: a word-at-a-time scan proves that and the text is
        // copied, where serde_json's escaper looks the bytes up one at a time.
        if crate::scan::all_in::<crate::scan::NeedsNoEscape>(value.as_bytes()) {
            return self.verbatim(head, value);
        }
        self.raw(&head[..head.len() - 1])?;
        serde_json::Serializer::new(&mut *self.0).serialize_str(value)
    }

    /// `head` (ending with the opening quote), `value`, known to need no escaping, and the
    /// closing quote.
    #[inline(always)]
    #[allow(clippy::inline_always)] // As `string`.
    fn verbatim(&mut self, head: &[u8], value: &str) -> serde_json::Result<()> {
        self.raw(head)?;
        self.raw(value.as_bytes())?;
        self.raw(b"\"")
    }

    /// [`string`](Self::string), or `value` copied when it is the type's constant that needs
    /// no escaping.
    #[inline(always)]
    #[allow(clippy::inline_always)] // As `string`.
    fn constant_or_string(
        &mut self,
        head: &[u8],
        value: &str,
        constant: Option<&'static str>,
    ) -> serde_json::Result<()> {
        match constant {
            Some(constant) if value == constant => self.verbatim(head, constant),
            _ => self.string(head, value),
        }
    }

    /// The members of `map`, whose names need no escaping ([`names_need_no_escape`]): room
    /// made once for the names and the punctuation, then each name copied as it is. With
    /// [`Slots::Left`], returns whether each passed [`validate::slot_is_valid`]; all are
    /// written either way.
    fn extensions(&mut self, map: &Extensions, slots: Slots) -> serde_json::Result<bool> {
        // `,"name":` and a one-byte value each, and an eighth more for longer values and the
        // rest of the event: one byte too few would copy all of it to grow.
        let room = map.name_text().len() + 5 * map.len();
        self.0.reserve(room + room / 8);
        let tested_here = slots == Slots::Left;
        let mut valid = true;
        for (len, from_name, value) in map.raw_in_text() {
            valid &= !tested_here || validate::name_len_is_valid(len);
            self.raw(b",\"")?;
            self.0.append_prefix(from_name, len)?;
            self.raw(b"\":")?;
            // Each value tested in its arm, as `validate::slot_is_valid` does.
            match value {
                ExtensionValue::String(s) => {
                    valid &= !tested_here || validate::string_is_valid(s);
                    self.string(b"\"", s)?;
                }
                ExtensionValue::Integer(i) => {
                    valid &= !tested_here || validate::integer_is_valid(*i);
                    self.0
                        .append_digits(itoa::Buffer::new().format(*i).as_bytes())?;
                }
                ExtensionValue::Boolean(b) => self.raw(if *b { b"true" } else { b"false" })?,
            }
        }
        Ok(valid)
    }

    fn extension(&mut self, name: &str, value: ExtensionRef<'_>) -> serde_json::Result<()> {
        // A valid name (a-z, 0-9) needs no escaping, and looking at its bytes costs a tenth
        // of the escaper, which was a quarter of encoding an event of many extensions.
        if extension::is_lower_alnum(name) {
            self.raw(b",\"")?;
            self.raw(name.as_bytes())?;
            self.raw(b"\":")?;
        } else {
            self.string(b",\"", name)?;
            self.raw(b":")?;
        }
        match value {
            ExtensionRef::String(s) => self.string(b"\"", s),
            // itoa, as serde_json writes integers, not `write!`: the formatting machinery
            // cost a third of encoding an event of many integer extensions.
            ExtensionRef::Integer(i) => {
                self.raw(extension::format_integer(i, &mut itoa::Buffer::new()).as_bytes())
            }
            ExtensionRef::Boolean(b) => self.raw(if b { b"true" } else { b"false" }),
        }
    }
}

/// Whether no name in `map` needs escaping in JSON: true of every valid name (a-z, 0-9),
/// and found for all of them in one scan of the text they are kept in.
fn names_need_no_escape(map: &Extensions) -> bool {
    crate::scan::all_in::<crate::scan::NeedsNoEscape>(map.name_text().as_bytes())
}

/// The constant attributes of `T` ([`TypedEvent::STATIC`]) that need no escaping, worked
/// out once per type when it is compiled.
struct Clean<T: ?Sized>(std::marker::PhantomData<T>);

impl<T: TypedEvent + ?Sized> Clean<T> {
    const SOURCE: Option<&'static str> = needs_no_escape(T::STATIC.source);
    const EVENT_TYPE: Option<&'static str> = needs_no_escape(T::STATIC.event_type);
    const DATACONTENTTYPE: Option<&'static str> = needs_no_escape(T::STATIC.datacontenttype);
}

/// `text` if JSON needs none of its characters escaped (`"`, `\\`, U+0000 to U+001F).
const fn needs_no_escape(text: Option<&'static str>) -> Option<&'static str> {
    match text {
        Some(text) if crate::scan::all_in_range(text, 0x20, 0xFF, b"\"\\") => Some(text),
        _ => None,
    }
}

/// A `CloudEvent` serializes as its structured-mode JSON object.
impl Serialize for CloudEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Structured(self).serialize(serializer)
    }
}

/// Encodes one event in structured mode, after checking every rule for producers,
/// including the 1 MiB size limit on the encoded bytes. The error lists every rule broken,
/// with its attribute. A received event may break producer rules that decoding tolerated;
/// [`CloudEvent::to_vec_as_received`](crate::CloudEvent::to_vec_as_received) re-sends it as
/// it came.
pub fn to_vec<T: TypedEvent + ?Sized>(event: &T) -> Result<Vec<u8>, EncodeError> {
    // The writer tests each extension as it goes; the output is ours to drop if one fails.
    validate::typed_with(event, Slots::Left).map_err(ValidationError::in_encoder::<T>)?;
    let mut bytes = Vec::with_capacity(super::BODY_CAPACITY);
    if !write_event(&mut bytes, event, Slots::Left)? {
        // The full check finds what the writer's test refused, and says what is wrong.
        validate::typed(event).map_err(ValidationError::in_encoder::<T>)?;
    }
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
    validate::typed(event).map_err(ValidationError::in_encoder::<T>)?;
    let mut counter = Counter {
        inner: writer,
        count: 0,
    };
    // Checked in full before anything reached the writer.
    write_event(&mut counter, event, Slots::Checked)?;
    check_event_size(None, counter.count)
}

#[inline]
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

    /// Writes the first `len` bytes of `text`.
    fn append_prefix(&mut self, text: &[u8], len: usize) -> serde_json::Result<()> {
        self.write_all(&text[..len]).map_err(serde_json::Error::io)
    }

    /// Writes an integer's digits.
    fn append_digits(&mut self, digits: &[u8]) -> serde_json::Result<()> {
        self.write_all(digits).map_err(serde_json::Error::io)
    }
}

impl BatchSink for Vec<u8> {
    fn written(&self) -> usize {
        self.len()
    }

    fn reserve(&mut self, additional: usize) {
        Vec::reserve(self, additional);
    }

    // One copy of 16 bytes, read from the names' text, cut back: a copy of `len` bytes was
    // a call to `memcpy`. Inlined, so that it is a few instructions in the caller's loop, not
    // a call of its own. (Laying out `,"name":` on the stack and appending it in one copy cost
    // 5% fewer instructions, but read back in wide loads what narrow stores had just written,
    // which a processor cannot forward from the stores, and was no faster timed.)
    #[inline(always)]
    #[allow(clippy::inline_always)] // See above.
    fn append_prefix(&mut self, text: &[u8], len: usize) -> serde_json::Result<()> {
        match text.first_chunk::<16>() {
            Some(piece) if len <= piece.len() => {
                let end = self.len() + len;
                self.extend_from_slice(piece);
                self.truncate(end);
            }
            _ => self.extend_from_slice(&text[..len]),
        }
        Ok(())
    }

    // One or two digits, the usual extension integer, a byte at a time: a copy of their
    // length was a call to `memcpy`, several times the work. From three on, the pushes cost
    // more than the call (callgrind).
    #[inline(always)]
    #[allow(clippy::inline_always)] // As `append_prefix`.
    fn append_digits(&mut self, digits: &[u8]) -> serde_json::Result<()> {
        if digits.len() <= 2 {
            for &digit in digits {
                self.push(digit);
            }
        } else {
            self.extend_from_slice(digits);
        }
        Ok(())
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
        // Checked in full above.
        write_event(out, event, Slots::Checked)?;
        let size = out.written() - start;
        if index == 0 {
            // Events of one batch are usually alike: room for the rest saves regrowing. The
            // first is often a little shorter than the rest (ids and counters grow), and one
            // byte too few doubles the buffer, so a sixteenth more.
            let rest = (size + 1).saturating_mul(expected.saturating_sub(1));
            out.reserve(rest.saturating_add(rest / 16 + 1).min(MAX_EVENT_BYTES));
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

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::typed::StaticAttributes;
    use crate::{Data, Timestamp};

    /// A hand-written typed event whose attributes the test sets freely.
    struct Probe {
        ty: &'static str,
        source: &'static str,
        datacontenttype: Option<&'static str>,
        subject: Option<&'static str>,
        data: DataKind<'static>,
    }

    impl TypedEvent for Probe {
        const STATIC: StaticAttributes = StaticAttributes::NONE
            .event_type("clean.type")
            .source("/needs \"escaping\"")
            .datacontenttype("application/json");

        fn event_type(&self) -> &str {
            self.ty
        }
        fn id(&self) -> Option<Cow<'_, str>> {
            Some("id \u{1} \"quoted\" é".into())
        }
        fn source(&self) -> Cow<'_, str> {
            self.source.into()
        }
        fn subject(&self) -> Option<Cow<'_, str>> {
            self.subject.map(Cow::Borrowed)
        }
        fn time(&self) -> Option<Cow<'_, Timestamp>> {
            Some(Cow::Owned(
                Timestamp::parse("2026-11-25T10:00:00.1234567+01:00").unwrap(),
            ))
        }
        fn datacontenttype(&self) -> Option<&str> {
            self.datacontenttype
        }
        fn dataschema(&self) -> Option<&str> {
            Some("https://example.com/schema\\v1")
        }
        fn visit_extensions(&self, visit: &mut dyn FnMut(&str, ExtensionRef<'_>)) {
            visit("text", ExtensionRef::String("tab\there"));
            visit("big", ExtensionRef::Integer(-2_147_483_648));
            visit("flag", ExtensionRef::Boolean(false));
        }
        fn data_kind(&self) -> DataKind<'_> {
            self.data
        }
        fn serialize_data<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serde_json::json!({"k": [1, "two\n"]}).serialize(serializer)
        }
    }

    fn written<T: TypedEvent>(event: &T) -> String {
        let mut out = Vec::new();
        write_event(&mut out, event, Slots::Checked).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn direct_writer_matches_the_serde_serialization() {
        let probes = [
            // Constants that need no escaping are copied; one that does is escaped.
            Probe {
                ty: "clean.type",
                source: "/needs \"escaping\"",
                datacontenttype: Some("application/json"),
                subject: Some("a\\b"),
                data: DataKind::Json,
            },
            // Values other than the constants are escaped as usual.
            Probe {
                ty: "other \"type\"",
                source: "/plain",
                datacontenttype: Some("text/plain; charset=\"utf-8\""),
                subject: None,
                data: DataKind::Text("line\nbreak"),
            },
            Probe {
                ty: "clean.type",
                source: "/s",
                datacontenttype: None,
                subject: None,
                data: DataKind::Binary(&[0, 159, 255]),
            },
            Probe {
                ty: "t",
                source: "/s",
                datacontenttype: None,
                subject: None,
                data: DataKind::None,
            },
        ];
        for probe in &probes {
            let direct = written(probe);
            assert_eq!(direct, serde_json::to_string(&Structured(probe)).unwrap());
            // The id's control character is refused by a strict decoder and kept, reported,
            // by a lenient one.
            assert!(crate::json::from_str(&direct).is_err());
            let back = crate::json::Decoder::new()
                .lenient()
                .from_str(&direct)
                .unwrap();
            assert_eq!(back.ty(), probe.ty);
            assert_eq!(back.id(), "id \u{1} \"quoted\" é");
        }
        assert!(written(&probes[0]).contains(r#""type":"clean.type""#));
        assert!(written(&probes[0]).contains(r#""source":"/needs \"escaping\"""#));
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them_at_every_position() {
        // Every byte serde_json escapes, and some it does not, at every position of strings
        // up to three of the copy check's 16-byte chunks long.
        let specials = (0..0x20u8)
            .map(char::from)
            .chain(['"', '\\', '/', '\u{7f}', '\u{85}', 'é', '\u{2028}']);
        for c in specials {
            for len in 1..=48 {
                for at in 0..len {
                    let mut value = "a".repeat(len);
                    value.replace_range(at..=at, c.encode_utf8(&mut [0; 4]));
                    let mut out = Vec::new();
                    Out(&mut out).string(b",\"", &value).unwrap();
                    let expected = format!(",{}", serde_json::to_string(&value).unwrap());
                    assert_eq!(String::from_utf8(out).unwrap(), expected);
                }
            }
        }
        let mut out = Vec::new();
        Out(&mut out).string(br#""k":""#, "").unwrap();
        assert_eq!(out, br#""k":"""#);
    }

    #[test]
    fn extension_members_are_those_serde_json_writes() {
        // Names of many lengths, with every kind of value, written from the slots.
        let values = [
            ExtensionValue::Integer(0),
            ExtensionValue::Integer(7),
            ExtensionValue::Integer(42),
            ExtensionValue::Integer(-1),
            ExtensionValue::Integer(-42),
            ExtensionValue::Integer(i64::MIN),
            ExtensionValue::Integer(i64::MAX),
            ExtensionValue::Boolean(true),
            ExtensionValue::Boolean(false),
            ExtensionValue::from("text \"quoted\""),
        ];
        for len in 1..=40 {
            let map: Extensions = values
                .iter()
                .enumerate()
                .map(|(i, value)| (format!("{i}{}", "n".repeat(len - 1)), value.clone()))
                .collect();
            let mut out = Vec::new();
            Out(&mut out).extensions(&map, Slots::Checked).unwrap();
            let expected: serde_json::Map<String, serde_json::Value> = map
                .iter()
                .map(|(name, value)| (name.to_owned(), serde_json::to_value(value).unwrap()))
                .collect();
            let expected = serde_json::to_string(&expected).unwrap();
            let written = String::from_utf8(out).unwrap();
            assert_eq!(format!("{{{}}}", &written[1..]), expected, "{len}");
        }
    }

    #[test]
    fn a_batch_whose_later_events_are_longer_is_not_regrown() {
        // Ids and payloads grow by a few bytes after the first event, as counters do.
        let events: Vec<crate::CloudEvent> = (0..100)
            .map(|n| {
                crate::CloudEvent::builder("t", "/s")
                    .id(format!("e-{n}"))
                    .json_data(&serde_json::json!({ "n": n, "pad": "x".repeat(900) }))
                    .build()
                    .unwrap()
            })
            .collect();
        let bytes = super::batch_to_vec(&events).unwrap();
        assert!(
            bytes.capacity() <= bytes.len() + bytes.len() / 8,
            "{} bytes in a buffer of {}",
            bytes.len(),
            bytes.capacity()
        );
    }

    #[test]
    fn direct_writer_generates_an_id_and_writes_a_cloud_event() {
        let event = crate::CloudEvent::builder("t", "/s")
            .subject("s")
            .extension("n", 7)
            .build()
            .unwrap();
        assert_eq!(
            written(&event),
            serde_json::to_string(&Structured(&event)).unwrap()
        );
        let mut generated = crate::CloudEvent::builder("t", "/s").build().unwrap();
        generated.set_data(Some(Data::Text("x".into())));
        let text = String::from_utf8(to_vec(&GeneratedId(&generated)).unwrap()).unwrap();
        let back = crate::json::from_str(&text).unwrap();
        assert!(uuid::Uuid::parse_str(back.id()).is_ok(), "{text}");
    }

    /// A type that declares its constants checked, with a `source` that may differ from
    /// its constant one.
    struct CheckedConstants(&'static str);

    impl TypedEvent for CheckedConstants {
        const STATIC_ATTRIBUTES_CHECKED: bool = true;
        const STATIC: StaticAttributes = StaticAttributes::NONE.source("/fixed");

        fn event_type(&self) -> &'static str {
            "t"
        }
        fn source(&self) -> Cow<'_, str> {
            self.0.into()
        }
        fn data_kind(&self) -> DataKind<'_> {
            DataKind::None
        }
        fn serialize_data<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_unit()
        }
    }

    #[test]
    fn only_the_checked_constant_source_skips_validation() {
        assert!(to_vec(&CheckedConstants("/fixed")).is_ok());
        assert!(to_vec(&CheckedConstants("/other")).is_ok());
        let error = to_vec(&CheckedConstants("/not a uri")).unwrap_err();
        assert!(error.to_string().contains("source"), "{error}");
    }

    /// A typed event with a `source` and an [`Extensions`] the test sets.
    struct Mapped(&'static str, Extensions);

    impl TypedEvent for Mapped {
        fn event_type(&self) -> &'static str {
            "t"
        }
        fn id(&self) -> Option<Cow<'_, str>> {
            Some("1".into())
        }
        fn source(&self) -> Cow<'_, str> {
            self.0.into()
        }
        fn extension_map(&self) -> Option<&Extensions> {
            Some(&self.1)
        }
        fn data_kind(&self) -> DataKind<'_> {
            DataKind::None
        }
        fn serialize_data<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_unit()
        }
    }

    /// The violations of an encoder's error, which must be a broken rule.
    fn violations(error: EncodeError) -> Vec<Violation> {
        match error {
            EncodeError::Invalid(error) => error.into_violations(),
            other => panic!("not a rule: {other}"),
        }
    }

    #[test]
    fn extensions_tested_as_written_are_refused_with_every_rule_broken() {
        // The encoders that test each extension as they write it (`Slots::Left`) refuse what
        // the full check refuses, with the same violations, alone or beside an attribute's.
        let encoders = |event: &Mapped| {
            [
                to_vec(event).unwrap_err(),
                crate::binary::encode(event).unwrap_err(),
            ]
        };
        for count in [3, 100] {
            let clean: Extensions = (0..count).map(|i| (format!("e{i}"), 1)).collect();
            for (name, value) in [
                ("big", ExtensionValue::Integer(1 << 40)),
                ("small", ExtensionValue::Integer(-(1 << 31) - 1)),
                ("text", ExtensionValue::from("tab\there")),
                ("text", ExtensionValue::from("next line \u{85}")),
                ("abcdefghijklmnopqrstu", ExtensionValue::Integer(1)),
            ] {
                let mut extensions = clean.clone();
                extensions.insert(name, value);
                for source in ["/s", "/not a uri"] {
                    let event = Mapped(source, extensions.clone());
                    let expected = validate::typed(&event).unwrap_err().into_violations();
                    assert_eq!(expected.len(), if source == "/s" { 1 } else { 2 });
                    assert_eq!(expected.last().unwrap().attribute, name);
                    for error in encoders(&event) {
                        assert_eq!(violations(error), expected, "{count} {name} {source}");
                    }
                }
            }
            // Valid values at the edges of the rules pass.
            let mut edges = clean.clone();
            edges.insert("max", i32::MAX);
            edges.insert("min", i32::MIN);
            edges.insert("abcdefghijklmnopqrst", "caf\u{e9} \u{a0}");
            assert!(to_vec(&Mapped("/s", edges.clone())).is_ok());
            assert!(crate::binary::encode(&Mapped("/s", edges)).is_ok());
        }
    }

    #[test]
    fn any_writer_takes_the_bytes_to_vec_makes() {
        // Names of every valid length, so that some are copied whole from the names' text
        // and some, near its end or longer than the piece, byte for byte.
        for count in [3, 100] {
            let extensions: Extensions = (0..count)
                .map(|i| {
                    let name = format!("{i}{}", "n".repeat(i % 20))
                        .chars()
                        .take(20)
                        .collect::<String>();
                    let value = match i % 3 {
                        0 => ExtensionValue::Integer(-7 * i64::try_from(i).unwrap()),
                        1 => ExtensionValue::from("v \"quoted\""),
                        _ => ExtensionValue::Boolean(true),
                    };
                    (name, value)
                })
                .collect();
            let event = Mapped("/s", extensions);
            let mut written = Vec::new();
            to_writer(&mut written, &event).unwrap();
            assert_eq!(written, to_vec(&event).unwrap());
            let back = crate::json::from_slice(&written).unwrap();
            assert_eq!(back.extensions(), &event.1);
        }
    }

    /// A typed event that leaves its id to the encoder.
    struct GeneratedId<'a>(&'a crate::CloudEvent);

    impl TypedEvent for GeneratedId<'_> {
        fn event_type(&self) -> &str {
            self.0.ty()
        }
        fn source(&self) -> Cow<'_, str> {
            self.0.source().into()
        }
        fn data_kind(&self) -> DataKind<'_> {
            DataKind::Text("x")
        }
        fn serialize_data<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_unit()
        }
    }
}
