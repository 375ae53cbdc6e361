//! Decoding [`SystemEvent`]s from received events.

use std::borrow::Cow;

use eventgrid_types::error::Escaped;
use eventgrid_types::{Data, DataRef, DecodeError, DecodeErrorKind, EventView, Tolerated};
use serde_json::value::RawValue;

use crate::rt::{GeneratedEvent, Payload, PayloadError, Probe, Strict};

include!("generated/system_event.rs");

/// A decoded event and what the decoder tolerated to get it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Decoded {
    /// The event.
    pub event: SystemEvent,
    tolerated: Vec<Tolerated>,
}

impl Decoded {
    /// What decoding tolerated: the envelope's reports (from the view the event was decoded
    /// from), then one [`Tolerated::Data`] per member of `data` the typed payload does not
    /// hold as received: members no field takes, members of the wrong shape (their fields are
    /// `None`), repeated members, and members or enum values read under another spelling,
    /// each with its JSON path. Empty when the event fit as it was.
    pub fn tolerated(&self) -> &[Tolerated] {
        &self.tolerated
    }

    /// The event and the reports.
    pub fn into_parts(self) -> (SystemEvent, Vec<Tolerated>) {
        (self.event, self.tolerated)
    }
}

/// Why an event could not be decoded as a [`SystemEvent`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SystemEventError {
    /// The type is not one this build decodes (only from [`SystemEvent::decode_known`]).
    #[error("unknown system event type \"{}\"", Escaped(.event_type))]
    UnknownType {
        /// The type as received.
        event_type: String,
    },
    /// The type is known but the event has no data.
    #[error("event of type \"{}\" has no data", Escaped(.event_type))]
    MissingData {
        /// The type as received.
        event_type: String,
    },
    /// The type is known but its data did not fit the schema, even leniently.
    #[error(
        "data of \"{}\" event does not fit{}{}: {}",
        Escaped(.event_type),
        if path.is_empty() { "" } else { " at " },
        Escaped(.path),
        Escaped(.message)
    )]
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
    /// becomes [`SystemEvent::Unknown`]; members of `data` the payload does not hold are
    /// listed in [`Decoded::tolerated`].
    pub fn decode(view: &EventView<'_>) -> Result<Decoded, SystemEventError> {
        let mut decoded = Self::decode_data(view.event_type, view.data)?;
        if !view.tolerated().is_empty() {
            decoded
                .tolerated
                .splice(0..0, view.tolerated().iter().cloned());
        }
        Ok(decoded)
    }

    /// Like [`SystemEvent::decode`], with "strict data": a member of `data` that the typed
    /// payload does not hold (not in the schema, of the wrong shape, or repeated) is an
    /// error, [`SystemEventError::Payload`] at its path. Members read under another spelling
    /// are held, so they pass (and are reported in [`Decoded::tolerated`]).
    pub fn decode_strict(view: &EventView<'_>) -> Result<Decoded, SystemEventError> {
        let decoded = Self::decode(view)?;
        match decoded
            .tolerated
            .iter()
            .filter_map(Tolerated::data_member)
            .find(|member| member.is_lost())
        {
            None => Ok(decoded),
            Some(member) => Err(SystemEventError::Payload {
                event_type: view.event_type.to_owned(),
                path: member.path().to_owned(),
                message: format!("strict data: {member}"),
            }),
        }
    }

    /// Whether this is [`SystemEvent::Unknown`]: a type without a variant in this build.
    pub fn is_unknown(&self) -> bool {
        matches!(self, SystemEvent::Unknown(_))
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
        decode_data(event_type, data).map(|(event, tolerated)| Decoded { event, tolerated })
    }

    /// The event's data as a JSON value (for [`SystemEvent::Unknown`] with text or binary
    /// data: a JSON string, or `null` for bytes that are not UTF-8).
    pub fn data_to_value(&self) -> Result<serde_json::Value, serde_json::Error> {
        self.serialize_data(serde_json::value::Serializer)
    }
}

/// Decodes the data of an event of `event_type` into the generated enum `E`, with what was
/// tolerated: [`SystemEvent::decode_data`] for any generated enum.
pub fn decode_data<E: GeneratedEvent>(
    event_type: &str,
    data: Option<DataRef<'_>>,
) -> Result<(E, Vec<Tolerated>), SystemEventError> {
    let unknown = || {
        let event = UnknownEvent {
            event_type: event_type.to_owned(),
            data: data.map(owned_data),
        };
        Ok((E::unknown(event), Vec::new()))
    };
    let text = match data_text(event_type, data) {
        Ok(text) => text,
        Err(_) if E::dispatch(event_type, Probe).is_none() => return unknown(),
        Err(error) => return Err(error),
    };
    let mut payload = Payload::new(text);
    match E::dispatch(event_type, &mut payload) {
        None => unknown(),
        Some(Ok(event)) => Ok((event, payload.tolerated)),
        Some(Err(PayloadError { path, message })) => Err(SystemEventError::Payload {
            event_type: event_type.to_owned(),
            path,
            message,
        }),
    }
}

/// [`FromEvent::from_event`](eventgrid_types::FromEvent::from_event) of a generated enum.
pub fn from_event<E: GeneratedEvent>(event: &EventView<'_>) -> Result<E, DecodeError> {
    decode_data(event.event_type, event.data)
        .map(|(event, _)| event)
        .map_err(DecodeError::from)
}

/// [`FromEvent::from_event_reported`](eventgrid_types::FromEvent::from_event_reported) of a generated enum.
pub fn from_event_reported<E: GeneratedEvent>(
    event: &EventView<'_>,
    tolerated: &mut Vec<Tolerated>,
) -> Result<E, DecodeError> {
    let (event, found) = decode_data(event.event_type, event.data)?;
    tolerated.extend(found);
    Ok(event)
}

/// [`FromEvent::has_data_fast_path`](eventgrid_types::FromEvent::has_data_fast_path) of a generated enum: the types with a variant.
pub fn has_data_fast_path<E: GeneratedEvent>(event_type: &str) -> bool {
    E::dispatch(event_type, Probe).is_some()
}

/// [`FromEvent::deserialize_data`](eventgrid_types::FromEvent::deserialize_data) of a generated enum: the payload's plain `Deserialize`,
/// straight from the parser (strict: a member of the wrong shape fails it).
pub fn deserialize_data<'de, E: GeneratedEvent, D: serde::Deserializer<'de>>(
    event_type: &str,
    data: D,
) -> Result<E, D::Error> {
    E::dispatch(event_type, Strict::new(data)).unwrap_or_else(|| {
        Err(serde::de::Error::custom(format_args!(
            "no typed payload for \"{}\" in this build",
            Escaped(event_type)
        )))
    })
}

/// The JSON text of an event's data, for a type with a variant.
// Inlined: as a call, its result came back through memory, on every event.
#[inline]
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
    // JSON's whitespace is ASCII; the byte-wise trim is a fraction of `trim`'s cost.
    if text.trim_ascii() == "null" {
        return Err(missing());
    }
    Ok(Cow::Borrowed(text))
}

/// An event whose type has no variant in this build, with its data as received.
#[derive(Debug, Clone)]
pub struct UnknownEvent {
    event_type: String,
    data: Option<Data>,
}

impl PartialEq for UnknownEvent {
    fn eq(&self, other: &Self) -> bool {
        self.event_type == other.event_type
            && match (&self.data, &other.data) {
                (Some(a), Some(b)) => a.as_data_ref() == b.as_data_ref(),
                (None, None) => true,
                _ => false,
            }
    }
}

impl UnknownEvent {
    /// The type as received.
    pub fn event_type(&self) -> &str {
        &self.event_type
    }

    /// The data as received.
    pub fn data(&self) -> Option<&Data> {
        self.data.as_ref()
    }

    /// Serializes the data (see [`SystemEvent::data_to_value`]).
    pub fn serialize_data<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.data {
            Some(Data::Json(raw)) => serde::Serialize::serialize(raw, serializer),
            Some(Data::Text(text)) => serializer.serialize_str(text),
            Some(Data::Binary(bytes)) => match std::str::from_utf8(bytes) {
                Ok(text) => serializer.serialize_str(text),
                Err(_) => serializer.serialize_none(),
            },
            None | Some(_) => serializer.serialize_none(),
        }
    }
}

/// Owned data as received; JSON that is not one valid value (a caller's `DataRef` may hold
/// anything) is kept as text.
fn owned_data(data: DataRef<'_>) -> Data {
    match data {
        DataRef::Json(text) => match RawValue::from_string(text.to_owned()) {
            Ok(raw) => Data::Json(raw),
            Err(_) => Data::Text(text.to_owned()),
        },
        DataRef::Text(text) => Data::Text(text.to_owned()),
        DataRef::Binary(bytes) => Data::Binary(bytes.to_vec()),
        _ => Data::Binary(Vec::new()),
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

#[cfg(all(test, feature = "communication", feature = "storage"))]
mod tolerance_passes {
    use std::borrow::Cow;

    use crate::communication::AcsChatThreadCreatedWithUserEventData;
    use crate::rt::Payload;
    use crate::storage::StorageBlobCreatedEventData;

    /// Issue 18 item 4: any number of bad members costs the same bounded number of reads
    /// (it used to be one more whole read per bad member, up to 64, then an error).
    #[test]
    fn tolerance_is_one_pass_however_many_members_do_not_fit() {
        let items: Vec<String> = (0..500)
            .map(|i| {
                if i % 2 == 0 {
                    format!(r#"{{"displayName":"p{i}"}}"#)
                } else {
                    format!(r#""garbage {i}""#)
                }
            })
            .collect();
        let text = format!(r#"{{"participants":[{}]}}"#, items.join(","));
        let mut payload = Payload::new(Cow::Owned(text));
        let decoded = payload
            .decode::<AcsChatThreadCreatedWithUserEventData>()
            .unwrap();
        assert_eq!(decoded.participants.as_ref().map(Vec::len), Some(250));
        assert_eq!(payload.tolerated.len(), 250);
        assert_eq!(
            payload.tolerated[0]
                .data_member()
                .map(eventgrid_types::DataMember::path),
            Some("participants[1]")
        );
        assert_eq!(
            payload.passes, 3,
            "fast pass, parse to a value, reporting pass"
        );
    }

    #[test]
    fn a_clean_payload_is_read_once_and_a_misspelled_one_twice() {
        let mut payload = Payload::new(Cow::Borrowed(r#"{"api":"PutBlob"}"#));
        payload.decode::<StorageBlobCreatedEventData>().unwrap();
        assert_eq!((payload.passes, payload.tolerated.len()), (1, 0));

        let mut payload = Payload::new(Cow::Borrowed(r#"{"API":"PutBlob","new":1}"#));
        let blob = payload.decode::<StorageBlobCreatedEventData>().unwrap();
        assert_eq!(blob.api.as_deref(), Some("PutBlob"));
        assert_eq!((payload.passes, payload.tolerated.len()), (2, 2));
    }
}
