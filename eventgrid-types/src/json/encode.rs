//! Encoding typed events as structured events and JSON batches, straight to the output.

use std::io;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::cloud_event::CloudEvent;
use crate::error::EncodeError;
use crate::typed::{DataKind, TypedEvent};
use crate::validate::{self, Rule, ValidationError, Violation};

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
