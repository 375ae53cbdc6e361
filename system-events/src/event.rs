//! Decoding [`SystemEvent`]s from received events.

use std::borrow::Cow;

use eventgrid_types::{DataRef, DecodeError, DecodeErrorKind, EventView, FromEvent};
use serde_json::value::RawValue;

use crate::rt::{Payload, PayloadError, Probe, Strict, Tolerated};

include!(concat!(env!("OUT_DIR"), "/system_event.rs"));

/// A decoded event and what the decoder tolerated to get it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Decoded {
    /// The event.
    pub event: SystemEvent,
    /// Members of `data` that had an unexpected shape and were left out (their fields are
    /// `None`), with their JSON paths. Empty when the payload fit as it was.
    pub tolerated: Vec<Tolerated>,
}

/// Why an event could not be decoded as a [`SystemEvent`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SystemEventError {
    /// The type is not one this build decodes (only from [`SystemEvent::decode_known`]).
    #[error("unknown system event type {event_type:?}")]
    UnknownType {
        /// The type as received.
        event_type: String,
    },
    /// The type is known but the event has no data.
    #[error("event of type {event_type:?} has no data")]
    MissingData {
        /// The type as received.
        event_type: String,
    },
    /// The type is known but its data did not fit the schema, even leniently.
    #[error("data of {event_type:?} event does not fit{}{path}: {message}", if path.is_empty() { "" } else { " at " })]
    Payload {
        /// The type as received.
        event_type: String,
        /// The JSON path inside `data` (empty for `data` itself).
        path: String,
        /// What did not fit.
        message: String,
    },
}

impl From<SystemEventError> for DecodeError {
    fn from(error: SystemEventError) -> Self {
        match error {
            SystemEventError::UnknownType { event_type } => DecodeErrorKind::TypeMismatch {
                expected: "a system event type known to this build".to_owned(),
                found: event_type,
            }
            .into(),
            SystemEventError::MissingData { event_type } => {
                DecodeErrorKind::MissingData { event_type }.into()
            }
            SystemEventError::Payload { path, message, .. } => {
                DecodeErrorKind::Data { path, message }.into()
            }
        }
    }
}

impl SystemEvent {
    /// Decodes a received event (from `CloudEvent::view()` or `EventGridEvent::view()`).
    ///
    /// The type is matched ignoring ASCII case. A type without a variant in this build
    /// becomes [`SystemEvent::Unknown`]; members of `data` with an unexpected shape are left
    /// out and listed in [`Decoded::tolerated`].
    pub fn decode(view: &EventView<'_>) -> Result<Decoded, SystemEventError> {
        Self::decode_data(view.event_type, view.data)
    }

    /// Like [`SystemEvent::decode`], but a type without a variant is an error.
    pub fn decode_known(view: &EventView<'_>) -> Result<Decoded, SystemEventError> {
        if Self::dispatch(view.event_type, Probe).is_none() {
            return Err(SystemEventError::UnknownType {
                event_type: view.event_type.to_owned(),
            });
        }
        Self::decode(view)
    }

    /// Decodes from an event type and data without a whole event.
    pub fn decode_data(
        event_type: &str,
        data: Option<DataRef<'_>>,
    ) -> Result<Decoded, SystemEventError> {
        let unknown = || {
            Ok(Decoded {
                event: SystemEvent::Unknown(UnknownEvent {
                    event_type: event_type.to_owned(),
                    data: data.map(RawData::from),
                }),
                tolerated: Vec::new(),
            })
        };
        let text = match data_text(event_type, data) {
            Ok(text) => text,
            Err(_) if Self::dispatch(event_type, Probe).is_none() => return unknown(),
            Err(error) => return Err(error),
        };
        let mut payload = Payload::new(text);
        match Self::dispatch(event_type, &mut payload) {
            None => unknown(),
            Some(Ok(event)) => Ok(Decoded {
                event,
                tolerated: payload.tolerated,
            }),
            Some(Err(PayloadError { path, message })) => Err(SystemEventError::Payload {
                event_type: event_type.to_owned(),
                path,
                message,
            }),
        }
    }

    /// The event's data as a JSON value (for [`SystemEvent::Unknown`] with text or binary
    /// data: a JSON string, or `null` for bytes that are not UTF-8).
    pub fn data_to_value(&self) -> Result<serde_json::Value, serde_json::Error> {
        self.serialize_data(serde_json::value::Serializer)
    }
}

/// The JSON text of an event's data, for a type with a variant.
fn data_text<'a>(
    event_type: &str,
    data: Option<DataRef<'a>>,
) -> Result<Cow<'a, str>, SystemEventError> {
    let missing = || SystemEventError::MissingData {
        event_type: event_type.to_owned(),
    };
    let text = match data {
        Some(DataRef::Json(text) | DataRef::Text(text)) => text,
        Some(DataRef::Binary(bytes)) => {
            std::str::from_utf8(bytes).map_err(|_| SystemEventError::Payload {
                event_type: event_type.to_owned(),
                path: String::new(),
                message: "binary data is not UTF-8 JSON".into(),
            })?
        }
        None | Some(_) => return Err(missing()),
    };
    if text.trim() == "null" {
        return Err(missing());
    }
    Ok(Cow::Borrowed(text))
}

/// Decodes any event: unknown types become [`SystemEvent::Unknown`]. What was tolerated is
/// not reported here; use [`SystemEvent::decode`] to see it.
///
/// Decoders that read `type` before `data` (see [`FromEvent::has_data_fast_path`]) get the
/// data of every type with a variant in one pass, through the payload's plain `Deserialize`.
/// That pass is strict: a member of the wrong shape fails it, and the decoder falls back to
/// [`FromEvent::from_event`], whose tolerant decode leaves the member out. Either way the
/// event is the one [`SystemEvent::decode`] gives.
impl<'de> FromEvent<'de> for SystemEvent {
    fn accepts_type(_event_type: &str) -> bool {
        true
    }

    fn from_event(event: EventView<'de>) -> Result<Self, DecodeError> {
        Self::decode(&event)
            .map(|decoded| decoded.event)
            .map_err(DecodeError::from)
    }

    fn has_data_fast_path(event_type: &str) -> bool {
        Self::dispatch(event_type, Probe).is_some()
    }

    fn deserialize_data<D: serde::Deserializer<'de>>(
        event_type: &str,
        data: D,
    ) -> Result<Self, D::Error> {
        Self::dispatch(event_type, Strict::new(data)).unwrap_or_else(|| {
            Err(serde::de::Error::custom(format_args!(
                "no typed payload for {event_type:?} in this build"
            )))
        })
    }
}

/// An event whose type has no variant in this build, with its data as received.
#[derive(Debug, Clone)]
pub struct UnknownEvent {
    event_type: String,
    data: Option<RawData>,
}

impl PartialEq for UnknownEvent {
    fn eq(&self, other: &Self) -> bool {
        self.event_type == other.event_type && self.data == other.data
    }
}

impl UnknownEvent {
    /// The type as received.
    pub fn event_type(&self) -> &str {
        &self.event_type
    }

    /// The data as received.
    pub fn data(&self) -> Option<&RawData> {
        self.data.as_ref()
    }

    /// Serializes the data (see [`SystemEvent::data_to_value`]).
    pub fn serialize_data<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.data {
            None => serializer.serialize_none(),
            Some(RawData::Json(raw)) => serde::Serialize::serialize(raw, serializer),
            Some(RawData::Text(text)) => serializer.serialize_str(text),
            Some(RawData::Binary(bytes)) => match std::str::from_utf8(bytes) {
                Ok(text) => serializer.serialize_str(text),
                Err(_) => serializer.serialize_none(),
            },
        }
    }
}

/// Event data kept as received.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RawData {
    /// JSON text.
    Json(Box<RawValue>),
    /// Text.
    Text(String),
    /// Bytes.
    Binary(Vec<u8>),
}

impl PartialEq for RawData {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (RawData::Json(a), RawData::Json(b)) => a.get() == b.get(),
            (RawData::Text(a), RawData::Text(b)) => a == b,
            (RawData::Binary(a), RawData::Binary(b)) => a == b,
            _ => false,
        }
    }
}

impl From<DataRef<'_>> for RawData {
    fn from(data: DataRef<'_>) -> Self {
        match data {
            DataRef::Json(text) => match RawValue::from_string(text.to_owned()) {
                Ok(raw) => RawData::Json(raw),
                Err(_) => RawData::Text(text.to_owned()),
            },
            DataRef::Text(text) => RawData::Text(text.to_owned()),
            DataRef::Binary(bytes) => RawData::Binary(bytes.to_vec()),
            _ => RawData::Binary(Vec::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{DISPATCH_HASHES, DISPATCH_NAMES, DISPATCH_SLOTS};
    use crate::type_hash::{slot_of, type_hash};

    /// The generated table holds each type's hash, and finds each type within a few probes
    /// (a weak hash would still find them all, only slower: this is what catches it).
    #[test]
    fn dispatch_table_has_short_probe_sequences() {
        let mask = DISPATCH_SLOTS.len() - 1;
        for (index, name) in DISPATCH_NAMES.iter().enumerate() {
            assert_eq!(DISPATCH_HASHES[index], type_hash(name), "{name}");
            let start = slot_of(type_hash(name), DISPATCH_SLOTS.len());
            let probes = (0..DISPATCH_SLOTS.len())
                .position(|probe| usize::from(DISPATCH_SLOTS[(start + probe) & mask]) == index + 1)
                .map(|probe| probe + 1);
            assert!(probes.is_some_and(|n| n <= 8), "{name}: {probes:?} probes");
        }
    }
}
