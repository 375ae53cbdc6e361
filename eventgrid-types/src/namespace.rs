//! Event Grid namespace pull delivery (API version `2024-06-01`): receive results, the
//! acknowledge / release / reject / renew-lock requests and their results, and request paths.
//!
//! A receive response is decoded so that one bad event never costs the others, and never
//! costs its own lock token: each [`ReceivedEvent`] keeps its lock token next to the result of
//! decoding its event, so an event that does not decode can still be released or rejected.
//!
//! ```
//! use eventgrid_types::namespace::{self, LockTokens, ReceiveOptions};
//!
//! let path = namespace::receive_path("orders", "billing", ReceiveOptions::new(10, 30)?)?;
//! assert_eq!(
//!     path,
//!     "/topics/orders/eventsubscriptions/billing:receive?api-version=2024-06-01&maxEvents=10&maxWaitTime=30",
//! );
//!
//! // The response body of that POST:
//! let body = br#"{"value":[
//!   {"brokerProperties":{"lockToken":"tok-1","deliveryCount":1},
//!    "event":{"specversion":"1.0","id":"1","source":"/orders","type":"com.example.order.created","data":{"total":12.5}}},
//!   {"brokerProperties":{"lockToken":"tok-2","deliveryCount":3},
//!    "event":{"specversion":"1.0","id":"2","source":"/orders"}}
//! ]}"#;
//! let received = namespace::decode_receive(body)?;
//! let mut acknowledge = LockTokens::default();
//! let mut reject = LockTokens::default();
//! for item in received {
//!     match item.event {
//!         Ok(event) => {
//!             assert_eq!(event.ty(), "com.example.order.created");
//!             acknowledge.push(item.lock_token);
//!         }
//!         // The event has no `type`, but its lock token is still here.
//!         Err(_) => reject.push(item.lock_token),
//!     }
//! }
//! assert_eq!(acknowledge.to_vec(), br#"{"lockTokens":["tok-1"]}"#);
//! assert_eq!(reject.to_vec(), br#"{"lockTokens":["tok-2"]}"#);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::cloud_event::CloudEvent;
use crate::error::{DecodeError, DecodeErrorKind, JsonKind};
use crate::json;
use crate::typed::FromEvent;

/// The data-plane API version every path in this module names.
pub const API_VERSION: &str = "2024-06-01";
/// The most events one receive request may ask for (`maxEvents`).
pub const MAX_EVENTS_PER_RECEIVE: u32 = 100;
/// The most events one publish request may carry.
pub const MAX_EVENTS_PER_PUBLISH: usize = 1_000;
/// The shortest receive wait (`maxWaitTime`), in seconds.
pub const MIN_WAIT_TIME_SECONDS: u32 = 10;
/// The longest receive wait (`maxWaitTime`), in seconds.
pub const MAX_WAIT_TIME_SECONDS: u32 = 120;
/// The service's receive wait when a request does not say, in seconds.
pub const DEFAULT_WAIT_TIME_SECONDS: u32 = 60;
/// The response header that repeats an error body's `error.code`.
pub const ERROR_CODE_HEADER: &str = "x-ms-error-code";

// ---------------------------------------------------------------------------------------------
// Receive: serde shapes
// ---------------------------------------------------------------------------------------------

/// The body of a receive response, `{"value": [...]}`, as plain serde types.
///
/// Deserializing it fails as a whole when any one event does not fit `E`; to keep every lock
/// token whatever the events hold, use [`decode_receive`] instead. Unknown members are ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReceiveResult<E = CloudEvent> {
    /// The events received, each with its broker properties.
    #[serde(rename = "value")]
    pub value: Vec<ReceiveDetails<E>>,
}

impl<E> ReceiveResult<E> {
    /// A receive result holding `value`.
    pub fn new(value: Vec<ReceiveDetails<E>>) -> Self {
        ReceiveResult { value }
    }
}

/// One received event and its broker properties, in the wire shape of a receive response
/// item (Azure's SDKs name it `ReceiveDetails` too).
///
/// Deserializing one fails when its event does not fit `E`; [`decode_receive`] gives a
/// [`ReceivedEvent`] per item instead, which keeps the lock token whatever the event holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReceiveDetails<E = CloudEvent> {
    /// The lock token and delivery count.
    #[serde(rename = "brokerProperties")]
    pub broker_properties: BrokerProperties,
    /// The event.
    #[serde(rename = "event")]
    pub event: E,
}

impl<E> ReceiveDetails<E> {
    /// An item of a receive result.
    pub fn new(broker_properties: BrokerProperties, event: E) -> Self {
        ReceiveDetails {
            broker_properties,
            event,
        }
    }
}

/// What the broker says about one received event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BrokerProperties {
    /// The token that acknowledges, releases, rejects or renews the event's lock.
    #[serde(rename = "lockToken")]
    pub lock_token: String,
    /// How many times the event has been delivered, this delivery included. Read from a
    /// number or from a string of digits.
    #[serde(rename = "deliveryCount", deserialize_with = "lenient_count")]
    pub delivery_count: u32,
}

impl BrokerProperties {
    /// Broker properties with a lock token and a delivery count.
    pub fn new(lock_token: impl Into<String>, delivery_count: u32) -> Self {
        BrokerProperties {
            lock_token: lock_token.into(),
            delivery_count,
        }
    }
}

/// Reads a non-negative count from a JSON number (integral, in `u32` range) or from a string
/// of ASCII digits.
fn lenient_count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    struct CountVisitor;

    impl Visitor<'_> for CountVisitor {
        type Value = u32;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a non-negative integer, as a number or a string of digits")
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<u32, E> {
            u32::try_from(value)
                .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<u32, E> {
            u32::try_from(value).map_err(|_| E::invalid_value(de::Unexpected::Signed(value), &self))
        }

        fn visit_f64<E: de::Error>(self, value: f64) -> Result<u32, E> {
            if value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value) {
                // Whole and in range, so the cast is exact.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                Ok(value as u32)
            } else {
                Err(E::invalid_value(de::Unexpected::Float(value), &self))
            }
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<u32, E> {
            let digits = value.trim();
            if !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && let Ok(count) = digits.parse()
            {
                return Ok(count);
            }
            Err(E::invalid_value(de::Unexpected::Str(value), &self))
        }
    }

    deserializer.deserialize_any(CountVisitor)
}

// ---------------------------------------------------------------------------------------------
// Receive: per-item decoding
// ---------------------------------------------------------------------------------------------

/// One item of a receive response, decoded on its own: its lock token, delivery count and
/// the result of decoding its event. The decoders of this module ([`decode_receive`] and its
/// siblings) give one per item.
///
/// This is not [`ReceiveDetails`], which mirrors the wire shape of an item
/// (`brokerProperties` and `event`, as Azure's SDKs name it) for plain serde use and fails as
/// a whole when the event does not fit: a `ReceivedEvent` has its lock token whatever the
/// event holds. The name matches the item of `eventgrid-client`'s receive.
///
/// `event` is an error when the event does not decode, and also when the item's
/// `brokerProperties.deliveryCount` is missing or not a count (then `delivery_count` is 0,
/// a value the service never sends). Either way the lock token is good: release or reject
/// the event with it.
#[derive(Debug)]
#[non_exhaustive]
pub struct ReceivedEvent<E = CloudEvent> {
    /// `brokerProperties.lockToken`.
    pub lock_token: String,
    /// `brokerProperties.deliveryCount` (1 on the first delivery).
    pub delivery_count: u32,
    /// The event, or why it (or its delivery count) could not be read. The error's
    /// [`index`](DecodeError::index) is the item's position in the response.
    pub event: Result<E, DecodeError>,
}

/// The former name of [`ReceivedEvent`].
#[deprecated(
    since = "0.1.0",
    note = "renamed `ReceivedEvent`; `ReceiveDetails` is the wire shape of an item"
)]
pub type Received<E = CloudEvent> = ReceivedEvent<E>;

/// A decoded receive response: the items that can be settled, and the errors for those that
/// cannot.
///
/// Iterating it yields the [`ReceivedEvent`]s, in response order.
#[derive(Debug)]
#[non_exhaustive]
pub struct ReceivedBatch<E = CloudEvent> {
    /// The items that carry a lock token, in response order.
    pub items: Vec<ReceivedEvent<E>>,
    /// One error per item without a usable lock token (`brokerProperties` or its `lockToken`
    /// missing, empty or not a string, or the item not an object), with the item's index.
    /// Such an item cannot be settled: its lock expires on its own and the event is
    /// delivered again. The service always sends lock tokens, so this is normally empty.
    pub unsettleable: Vec<DecodeError>,
}

impl<E> ReceivedBatch<E> {
    /// The number of items that can be settled.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the response held no item that can be settled.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The lock tokens of all items, in response order.
    pub fn lock_tokens(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|item| item.lock_token.as_str())
    }

    /// The items, in response order.
    pub fn iter(&self) -> std::slice::Iter<'_, ReceivedEvent<E>> {
        self.items.iter()
    }
}

impl<E> IntoIterator for ReceivedBatch<E> {
    type Item = ReceivedEvent<E>;
    type IntoIter = std::vec::IntoIter<ReceivedEvent<E>>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, E> IntoIterator for &'a ReceivedBatch<E> {
    type Item = &'a ReceivedEvent<E>;
    type IntoIter = std::slice::Iter<'a, ReceivedEvent<E>>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

/// The largest receive response body the decoders accept: the service's limit of
/// [`MAX_EVENTS_PER_RECEIVE`] events of at most 1 MiB each, plus room for the envelope.
/// A larger body is refused before it is parsed.
pub const MAX_RECEIVE_BYTES: usize =
    MAX_EVENTS_PER_RECEIVE as usize * (crate::json::MAX_EVENT_BYTES + 4096);

/// Decodes a receive response body into [`CloudEvent`]s, item by item, leniently as a
/// consumer needs ([`json::Decoder::consumer`]; what was tolerated is on each event).
///
/// The whole body fails only when it is not JSON, not an object, or has no `value` array.
/// Unknown members are ignored everywhere; member names are matched exactly first, then
/// ignoring ASCII case.
///
/// ```
/// use eventgrid_types::namespace;
///
/// let body = br#"{"value":[{"brokerProperties":{"lockToken":"t","deliveryCount":"2"},
///                           "event":{"specversion":"1.0","id":"1","source":"/s","type":"t"}}]}"#;
/// let batch = namespace::decode_receive(body)?;
/// let item = &batch.items[0];
/// assert_eq!((item.lock_token.as_str(), item.delivery_count), ("t", 2));
/// assert_eq!(item.event.as_ref().unwrap().id(), "1");
/// # Ok::<(), eventgrid_types::DecodeError>(())
/// ```
pub fn decode_receive(bytes: &[u8]) -> Result<ReceivedBatch, DecodeError> {
    let decoder = json::Decoder::consumer();
    decode_receive_with(bytes, |event| decoder.from_slice(event))
}

/// Decodes a receive response body straight into typed events, item by item; see
/// [`decode_receive`].
///
/// An event of another type gives that item a [`DecodeErrorKind::TypeMismatch`], and keeps
/// its lock token.
pub fn decode_receive_typed<T>(bytes: &[u8]) -> Result<ReceivedBatch<T>, DecodeError>
where
    T: for<'a> FromEvent<'a>,
{
    let decoder = json::Decoder::consumer();
    decode_receive_with(bytes, |event| decoder.decode::<T>(event))
}

/// Decodes a receive response body item by item, handing each event's JSON text to
/// `decode` (for example a configured [`json::Decoder`]); see [`decode_receive`].
///
/// ```
/// use eventgrid_types::{json, namespace};
///
/// let body = br#"{"value":[{"brokerProperties":{"lockToken":"t","deliveryCount":1},
///                           "event":{"specVersion":"1.0","id":"1","source":"/s","type":"t"}}]}"#;
/// // A producer's test holding the events to the spec: the misspelled attribute fails that
/// // item alone, and its lock token is kept.
/// let decoder = json::Decoder::strict();
/// let batch = namespace::decode_receive_with(body, |event| decoder.from_slice(event))?;
/// assert!(batch.items[0].event.is_err());
/// assert_eq!(batch.items[0].lock_token, "t");
/// // The default is the consumer's.
/// assert!(namespace::decode_receive(body)?.items[0].event.is_ok());
/// # Ok::<(), eventgrid_types::DecodeError>(())
/// ```
pub fn decode_receive_with<E, F>(
    bytes: &[u8],
    mut decode: F,
) -> Result<ReceivedBatch<E>, DecodeError>
where
    F: FnMut(&[u8]) -> Result<E, DecodeError>,
{
    let limits = crate::json::Limits {
        max_bytes: MAX_RECEIVE_BYTES,
        ..crate::json::Limits::unlimited()
    };
    limits.check_size("receive result", bytes.len())?;
    let body: &RawValue = serde_json::from_slice(bytes).map_err(json_error)?;
    let [value] = members(body.get(), ["value"])?;
    let value = present(value).ok_or(DecodeErrorKind::MissingAttribute("value"))?;
    let items = receive_items(value)?;

    let mut batch = ReceivedBatch {
        items: Vec::with_capacity(items.len()),
        unsettleable: Vec::new(),
    };
    for (index, item) in items.into_iter().enumerate() {
        match decode_item(item, &mut decode) {
            Ok(received) => batch.items.push(ReceivedEvent {
                event: received.event.map_err(|error| error.at(index)),
                ..received
            }),
            Err(error) => batch.unsettleable.push(error.at(index)),
        }
    }
    Ok(batch)
}

/// The items of the `value` array, at most [`MAX_EVENTS_PER_RECEIVE`] of them: the service
/// never sends more, and a body that claims more is refused before anything is kept for its
/// items, so memory stays proportional to what the service may send.
fn receive_items(value: &RawValue) -> Result<Vec<&RawValue>, DecodeError> {
    json::elements(value.get(), MAX_EVENTS_PER_RECEIVE as usize).map_err(|why| {
        DecodeError::from(match why {
            json::NotElements::TooMany => DecodeErrorKind::TooManyEvents {
                limit: MAX_EVENTS_PER_RECEIVE as usize,
            },
            json::NotElements::NotArray => DecodeErrorKind::WrongType {
                attribute: "value".to_owned(),
                expected: "an array",
                found: kind_of(value),
            },
        })
    })
}

/// Decodes one item; `Err` only when the item has no usable lock token.
fn decode_item<E>(
    item: &RawValue,
    decode: &mut impl FnMut(&[u8]) -> Result<E, DecodeError>,
) -> Result<ReceivedEvent<E>, DecodeError> {
    let [broker, event] = members(item.get(), ["brokerProperties", "event"])?;
    let broker = present(broker).ok_or(DecodeErrorKind::MissingAttribute("brokerProperties"))?;
    let [lock_token, delivery_count] = members(broker.get(), ["lockToken", "deliveryCount"])
        .map_err(|error| match error {
            DecodeErrorKind::WrongShape { expected, found } => DecodeErrorKind::WrongType {
                attribute: "brokerProperties".to_owned(),
                expected,
                found,
            },
            other => other,
        })?;

    let lock_token = present(lock_token).ok_or(DecodeErrorKind::MissingAttribute(
        "brokerProperties.lockToken",
    ))?;
    let lock_token: String =
        serde_json::from_str(lock_token.get()).map_err(|_| DecodeErrorKind::WrongType {
            attribute: "brokerProperties.lockToken".to_owned(),
            expected: "a string",
            found: kind_of(lock_token),
        })?;
    if lock_token.is_empty() {
        return Err(DecodeErrorKind::EmptyAttribute("brokerProperties.lockToken").into());
    }

    let delivery_count = match present(delivery_count) {
        None => Err(DecodeErrorKind::MissingAttribute("brokerProperties.deliveryCount").into()),
        Some(raw) => {
            let mut de = serde_json::Deserializer::from_str(raw.get());
            lenient_count(&mut de).map_err(|_| {
                DecodeError::from(DecodeErrorKind::WrongType {
                    attribute: "brokerProperties.deliveryCount".to_owned(),
                    expected: "a non-negative integer",
                    found: kind_of(raw),
                })
            })
        }
    };
    let (delivery_count, event) = match delivery_count {
        Ok(count) => {
            let event = match present(event) {
                Some(event) => decode(event.get().as_bytes()),
                None => Err(DecodeErrorKind::MissingAttribute("event").into()),
            };
            (count, event)
        }
        Err(error) => (0, Err(error)),
    };
    Ok(ReceivedEvent {
        lock_token,
        delivery_count,
        event,
    })
}

fn json_error(error: serde_json::Error) -> DecodeError {
    DecodeErrorKind::Json(error).into()
}

/// `None` for an absent member and for `null`, which JSON senders use for "absent".
fn present(raw: Option<&RawValue>) -> Option<&RawValue> {
    raw.filter(|raw| raw.get() != "null")
}

/// The JSON type of a well-formed JSON text.
pub(crate) fn kind_of(raw: &RawValue) -> JsonKind {
    match raw.get().trim_start().as_bytes().first() {
        Some(b'{') => JsonKind::Object,
        Some(b'[') => JsonKind::Array,
        Some(b'"') => JsonKind::String,
        Some(b't' | b'f') => JsonKind::Boolean,
        Some(b'n') => JsonKind::Null,
        _ => JsonKind::Number,
    }
}

/// Picks the members `names` out of the JSON object `json`, without parsing their values.
///
/// A member whose name matches exactly wins over one that matches ignoring ASCII case; among
/// equals the last wins. Fails with [`DecodeErrorKind::WrongShape`] when `json` is not an
/// object.
pub(crate) fn members<'a, const N: usize>(
    json: &'a str,
    names: [&str; N],
) -> Result<[Option<&'a RawValue>; N], DecodeErrorKind> {
    let mut de = serde_json::Deserializer::from_str(json);
    let slots = match de.deserialize_any(MembersVisitor { names: &names }) {
        Ok(slots) => slots,
        Err(error) => {
            return Err(match serde_json::from_str::<&RawValue>(json) {
                Ok(raw) if kind_of(raw) != JsonKind::Object => DecodeErrorKind::WrongShape {
                    expected: "an object",
                    found: kind_of(raw),
                },
                _ => DecodeErrorKind::Json(error),
            });
        }
    };
    de.end().map_err(DecodeErrorKind::Json)?;
    Ok(slots)
}

struct MembersVisitor<'n, const N: usize> {
    names: &'n [&'n str; N],
}

impl<'de, const N: usize> Visitor<'de> for MembersVisitor<'_, N> {
    type Value = [Option<&'de RawValue>; N];

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut slots = [None; N];
        let mut exact = [false; N];
        while let Some(key) = map.next_key_seed(KeySeed { names: self.names })? {
            let Some((index, is_exact)) = key else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let value: &'de RawValue = map.next_value()?;
            if let (Some(slot), Some(slot_exact)) = (slots.get_mut(index), exact.get_mut(index))
                && (is_exact || !*slot_exact)
            {
                *slot = Some(value);
                *slot_exact = is_exact;
            }
        }
        Ok(slots)
    }
}

/// Finds a member name among the wanted names: its index, and whether it matched exactly.
struct KeySeed<'n, const N: usize> {
    names: &'n [&'n str; N],
}

impl<'de, const N: usize> DeserializeSeed<'de> for KeySeed<'_, N> {
    type Value = Option<(usize, bool)>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<const N: usize> Visitor<'_> for KeySeed<'_, N> {
    type Value = Option<(usize, bool)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok(self
            .names
            .iter()
            .position(|name| *name == key)
            .map(|index| (index, true))
            .or_else(|| {
                self.names
                    .iter()
                    .position(|name| name.eq_ignore_ascii_case(key))
                    .map(|index| (index, false))
            }))
    }
}

// ---------------------------------------------------------------------------------------------
// Settlement requests
// ---------------------------------------------------------------------------------------------

/// The body of an acknowledge, release, reject or renew-lock request:
/// `{"lockTokens": [...]}`.
///
/// ```
/// use eventgrid_types::namespace::AcknowledgeRequest;
///
/// let request: AcknowledgeRequest = ["tok-1", "tok-2"].into_iter().collect();
/// assert_eq!(request.to_vec(), br#"{"lockTokens":["tok-1","tok-2"]}"#);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LockTokens {
    /// The lock tokens, as received.
    #[serde(rename = "lockTokens", default, deserialize_with = "null_as_default")]
    pub lock_tokens: Vec<String>,
}

/// The body of an `:acknowledge` request.
pub type AcknowledgeRequest = LockTokens;
/// The body of a `:release` request (the delay goes in the query; see [`release_path`]).
pub type ReleaseRequest = LockTokens;
/// The body of a `:reject` request.
pub type RejectRequest = LockTokens;
/// The body of a `:renewLock` request.
pub type RenewLocksRequest = LockTokens;

impl LockTokens {
    /// The `Content-Type` of the request.
    pub const CONTENT_TYPE: &'static str = "application/json";

    /// A request body naming `tokens`.
    pub fn new<I>(tokens: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        tokens.into_iter().collect()
    }

    /// Adds a lock token.
    pub fn push(&mut self, token: impl Into<String>) {
        self.lock_tokens.push(token.into());
    }

    /// The number of lock tokens.
    pub fn len(&self) -> usize {
        self.lock_tokens.len()
    }

    /// Whether there is no lock token (a request not worth sending).
    pub fn is_empty(&self) -> bool {
        self.lock_tokens.is_empty()
    }

    /// The JSON body, `{"lockTokens":[...]}`.
    pub fn to_vec(&self) -> Vec<u8> {
        // Serializing a list of strings into memory cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

impl<S: Into<String>> FromIterator<S> for LockTokens {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        LockTokens {
            lock_tokens: iter.into_iter().map(Into::into).collect(),
        }
    }
}

impl<S: Into<String>> Extend<S> for LockTokens {
    fn extend<I: IntoIterator<Item = S>>(&mut self, iter: I) {
        self.lock_tokens.extend(iter.into_iter().map(Into::into));
    }
}

/// How long a released event waits before it is delivered again: the query parameter
/// `releaseDelayInSeconds`, which takes only these values.
///
/// ```
/// use eventgrid_types::namespace::ReleaseDelay;
///
/// let delay: ReleaseDelay = "600".parse()?;
/// assert_eq!(delay, ReleaseDelay::TenMinutes);
/// assert_eq!(delay.query_pair(), ("releaseDelayInSeconds", "600"));
/// assert!(ReleaseDelay::try_from(30).is_err());
/// # Ok::<(), eventgrid_types::namespace::InvalidReleaseDelay>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReleaseDelay {
    /// Deliver again at once (`"0"`, the service's default).
    #[default]
    Zero,
    /// After 10 seconds (`"10"`).
    TenSeconds,
    /// After one minute (`"60"`).
    OneMinute,
    /// After ten minutes (`"600"`).
    TenMinutes,
    /// After one hour (`"3600"`).
    OneHour,
}

impl ReleaseDelay {
    /// The name of the query parameter.
    pub const QUERY_PARAMETER: &'static str = "releaseDelayInSeconds";

    /// Every delay, shortest first.
    pub const ALL: [ReleaseDelay; 5] = [
        ReleaseDelay::Zero,
        ReleaseDelay::TenSeconds,
        ReleaseDelay::OneMinute,
        ReleaseDelay::TenMinutes,
        ReleaseDelay::OneHour,
    ];

    /// The query value: `"0"`, `"10"`, `"60"`, `"600"` or `"3600"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReleaseDelay::Zero => "0",
            ReleaseDelay::TenSeconds => "10",
            ReleaseDelay::OneMinute => "60",
            ReleaseDelay::TenMinutes => "600",
            ReleaseDelay::OneHour => "3600",
        }
    }

    /// The delay in seconds.
    pub fn as_secs(self) -> u32 {
        match self {
            ReleaseDelay::Zero => 0,
            ReleaseDelay::TenSeconds => 10,
            ReleaseDelay::OneMinute => 60,
            ReleaseDelay::TenMinutes => 600,
            ReleaseDelay::OneHour => 3600,
        }
    }

    /// The delay as a [`Duration`].
    pub fn as_duration(self) -> Duration {
        Duration::from_secs(u64::from(self.as_secs()))
    }

    /// The query pair `("releaseDelayInSeconds", value)`.
    pub fn query_pair(self) -> (&'static str, &'static str) {
        (Self::QUERY_PARAMETER, self.as_str())
    }
}

impl fmt::Display for ReleaseDelay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<u32> for ReleaseDelay {
    type Error = InvalidReleaseDelay;

    fn try_from(seconds: u32) -> Result<Self, Self::Error> {
        ReleaseDelay::ALL
            .into_iter()
            .find(|delay| delay.as_secs() == seconds)
            .ok_or_else(|| InvalidReleaseDelay {
                value: seconds.to_string(),
            })
    }
}

impl TryFrom<Duration> for ReleaseDelay {
    type Error = InvalidReleaseDelay;

    fn try_from(duration: Duration) -> Result<Self, Self::Error> {
        ReleaseDelay::ALL
            .into_iter()
            .find(|delay| delay.as_duration() == duration)
            .ok_or_else(|| InvalidReleaseDelay {
                value: format!("{duration:?}"),
            })
    }
}

/// Parses the exact query value (`"0"`, `"10"`, `"60"`, `"600"`, `"3600"`).
impl FromStr for ReleaseDelay {
    type Err = InvalidReleaseDelay;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        ReleaseDelay::ALL
            .into_iter()
            .find(|delay| delay.as_str() == value)
            .ok_or_else(|| InvalidReleaseDelay {
                value: value.to_owned(),
            })
    }
}

/// A release delay that the service does not offer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`releaseDelayInSeconds` must be one of 0, 10, 60, 600 or 3600 seconds, found {value}")]
pub struct InvalidReleaseDelay {
    value: String,
}

impl InvalidReleaseDelay {
    /// The value that was refused, as given.
    pub fn value(&self) -> &str {
        &self.value
    }
}

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

/// Everything but RFC 3986 unreserved characters is percent-encoded in a path segment, so a
/// name can never add a segment (`/`), an action (`:`) or a query (`?`).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A request path that cannot be formed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PathError {
    /// The topic or event subscription name is empty.
    #[error("the {0} name must not be empty")]
    EmptyName(&'static str),
    /// A query parameter is outside the range the service accepts.
    #[error("query parameter `{parameter}` must be from {min} to {max}, found {value}")]
    OutOfRange {
        /// `maxEvents` or `maxWaitTime`.
        parameter: &'static str,
        /// The value given.
        value: u32,
        /// The smallest value accepted.
        min: u32,
        /// The largest value accepted.
        max: u32,
    },
}

/// The query parameters of a receive request: `maxEvents` (1 to 100) and `maxWaitTime` (10 to
/// 120 seconds), checked when set. The default is the service's: 1 event, 60 seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReceiveOptions {
    max_events: u32,
    max_wait_time: u32,
}

impl Default for ReceiveOptions {
    fn default() -> Self {
        ReceiveOptions {
            max_events: 1,
            max_wait_time: DEFAULT_WAIT_TIME_SECONDS,
        }
    }
}

impl ReceiveOptions {
    /// Options asking for at most `max_events` events, waiting at most
    /// `max_wait_time_seconds` for them.
    pub fn new(max_events: u32, max_wait_time_seconds: u32) -> Result<Self, PathError> {
        ReceiveOptions::default()
            .with_max_events(max_events)?
            .with_max_wait_time(max_wait_time_seconds)
    }

    /// The same options with another `maxEvents` (1 to 100).
    pub fn with_max_events(mut self, max_events: u32) -> Result<Self, PathError> {
        self.max_events = in_range("maxEvents", max_events, 1, MAX_EVENTS_PER_RECEIVE)?;
        Ok(self)
    }

    /// The same options with another `maxWaitTime`, in seconds (10 to 120).
    pub fn with_max_wait_time(mut self, seconds: u32) -> Result<Self, PathError> {
        self.max_wait_time = in_range(
            "maxWaitTime",
            seconds,
            MIN_WAIT_TIME_SECONDS,
            MAX_WAIT_TIME_SECONDS,
        )?;
        Ok(self)
    }

    /// `maxEvents`.
    pub fn max_events(self) -> u32 {
        self.max_events
    }

    /// `maxWaitTime`, in seconds.
    pub fn max_wait_time_seconds(self) -> u32 {
        self.max_wait_time
    }
}

fn in_range(parameter: &'static str, value: u32, min: u32, max: u32) -> Result<u32, PathError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(PathError::OutOfRange {
            parameter,
            value,
            min,
            max,
        })
    }
}

fn segment<'a>(name: &'a str, what: &'static str) -> Result<impl fmt::Display + 'a, PathError> {
    if name.is_empty() {
        return Err(PathError::EmptyName(what));
    }
    Ok(utf8_percent_encode(name, SEGMENT))
}

fn subscription_path(topic: &str, subscription: &str, action: &str) -> Result<String, PathError> {
    Ok(format!(
        "/topics/{}/eventsubscriptions/{}:{action}?api-version={API_VERSION}",
        segment(topic, "topic")?,
        segment(subscription, "event subscription")?,
    ))
}

/// The path (and query) of a publish request to `topic`:
/// `/topics/{topic}:publish?api-version=2024-06-01`. Names are percent-encoded.
///
/// ```
/// assert_eq!(
///     eventgrid_types::namespace::publish_path("orders")?,
///     "/topics/orders:publish?api-version=2024-06-01",
/// );
/// # Ok::<(), eventgrid_types::namespace::PathError>(())
/// ```
pub fn publish_path(topic: &str) -> Result<String, PathError> {
    Ok(format!(
        "/topics/{}:publish?api-version={API_VERSION}",
        segment(topic, "topic")?
    ))
}

/// The path (and query) of a receive request:
/// `/topics/{topic}/eventsubscriptions/{subscription}:receive?api-version=2024-06-01&maxEvents=N&maxWaitTime=S`.
pub fn receive_path(
    topic: &str,
    subscription: &str,
    options: ReceiveOptions,
) -> Result<String, PathError> {
    let path = subscription_path(topic, subscription, "receive")?;
    Ok(format!(
        "{path}&maxEvents={}&maxWaitTime={}",
        options.max_events, options.max_wait_time
    ))
}

/// The path (and query) of an acknowledge request (`:acknowledge`).
pub fn acknowledge_path(topic: &str, subscription: &str) -> Result<String, PathError> {
    subscription_path(topic, subscription, "acknowledge")
}

/// The path (and query) of a release request (`:release`), with `releaseDelayInSeconds`
/// when a delay is given.
///
/// ```
/// use eventgrid_types::namespace::{release_path, ReleaseDelay};
///
/// assert_eq!(
///     release_path("orders", "billing", Some(ReleaseDelay::OneMinute))?,
///     "/topics/orders/eventsubscriptions/billing:release?api-version=2024-06-01&releaseDelayInSeconds=60",
/// );
/// # Ok::<(), eventgrid_types::namespace::PathError>(())
/// ```
pub fn release_path(
    topic: &str,
    subscription: &str,
    delay: Option<ReleaseDelay>,
) -> Result<String, PathError> {
    let path = subscription_path(topic, subscription, "release")?;
    Ok(match delay {
        Some(delay) => {
            let (name, value) = delay.query_pair();
            format!("{path}&{name}={value}")
        }
        None => path,
    })
}

/// The path (and query) of a reject request (`:reject`).
pub fn reject_path(topic: &str, subscription: &str) -> Result<String, PathError> {
    subscription_path(topic, subscription, "reject")
}

/// The path (and query) of a renew-lock request (`:renewLock`).
pub fn renew_locks_path(topic: &str, subscription: &str) -> Result<String, PathError> {
    subscription_path(topic, subscription, "renewLock")
}

// ---------------------------------------------------------------------------------------------
// Settlement results and errors
// ---------------------------------------------------------------------------------------------

/// The response of an acknowledge, release, reject or renew-lock request.
///
/// Missing or `null` arrays read as empty; unknown members are ignored.
///
/// ```
/// use eventgrid_types::namespace::SettlementResult;
///
/// let body = br#"{"failedLockTokens":[{"lockToken":"tok-2","error":{"code":"BadRequest",
///     "message":"Token has expired."}}],"succeededLockTokens":["tok-1"]}"#;
/// let result: SettlementResult = serde_json::from_slice(body)?;
/// assert_eq!(result.succeeded_lock_tokens, ["tok-1"]);
/// assert_eq!(result.failed_lock_tokens[0].error.code, "BadRequest");
/// assert!(!result.is_complete());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SettlementResult {
    /// The lock tokens that could not be settled, each with why.
    #[serde(
        rename = "failedLockTokens",
        default,
        deserialize_with = "null_as_default"
    )]
    pub failed_lock_tokens: Vec<FailedLockToken>,
    /// The lock tokens that were settled.
    #[serde(
        rename = "succeededLockTokens",
        default,
        deserialize_with = "null_as_default"
    )]
    pub succeeded_lock_tokens: Vec<String>,
}

/// The largest settlement response body [`decode_settlement`] accepts: far above what the
/// service sends for the most lock tokens one request may carry.
pub const MAX_SETTLEMENT_BYTES: usize = 1 << 20;

/// Decodes the body of an acknowledge, release, reject or renew-lock response, as
/// [`decode_receive`] does a receive response: a body over [`MAX_SETTLEMENT_BYTES`] is refused
/// before it is parsed, and the error says whether the body is not JSON, not an object, or
/// not the result's shape.
///
/// ```
/// use eventgrid_types::namespace;
///
/// let body = br#"{"failedLockTokens":[],"succeededLockTokens":["tok-1"]}"#;
/// let result = namespace::decode_settlement(body)?;
/// assert!(result.is_complete());
/// assert!(namespace::decode_settlement(b"[]").is_err());
/// # Ok::<(), eventgrid_types::DecodeError>(())
/// ```
pub fn decode_settlement(bytes: &[u8]) -> Result<SettlementResult, DecodeError> {
    let limits = crate::json::Limits {
        max_bytes: MAX_SETTLEMENT_BYTES,
        ..crate::json::Limits::unlimited()
    };
    limits.check_size("settlement result", bytes.len())?;
    let body: &RawValue = serde_json::from_slice(bytes).map_err(json_error)?;
    let found = kind_of(body);
    if found != JsonKind::Object {
        return Err(DecodeErrorKind::WrongShape {
            expected: "an object",
            found,
        }
        .into());
    }
    serde_json::from_str(body.get()).map_err(json_error)
}

/// The response of an `:acknowledge` request.
pub type AcknowledgeResult = SettlementResult;
/// The response of a `:release` request.
pub type ReleaseResult = SettlementResult;
/// The response of a `:reject` request.
pub type RejectResult = SettlementResult;
/// The response of a `:renewLock` request.
pub type RenewLocksResult = SettlementResult;

impl SettlementResult {
    /// A result from its two lists.
    pub fn new(
        failed_lock_tokens: Vec<FailedLockToken>,
        succeeded_lock_tokens: Vec<String>,
    ) -> Self {
        SettlementResult {
            failed_lock_tokens,
            succeeded_lock_tokens,
        }
    }

    /// Whether no lock token failed.
    pub fn is_complete(&self) -> bool {
        self.failed_lock_tokens.is_empty()
    }
}

/// A lock token that could not be settled.
///
/// Also reads the preview API's shape, `{"lockToken", "errorCode", "errorDescription"}`, into
/// `error.code` and `error.message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "FailedLockTokenWire")]
#[non_exhaustive]
pub struct FailedLockToken {
    /// The lock token.
    #[serde(rename = "lockToken")]
    pub lock_token: String,
    /// Why it failed.
    #[serde(rename = "error")]
    pub error: ErrorDetail,
}

impl FailedLockToken {
    /// A failed lock token.
    pub fn new(lock_token: impl Into<String>, error: ErrorDetail) -> Self {
        FailedLockToken {
            lock_token: lock_token.into(),
            error,
        }
    }
}

#[derive(Deserialize)]
struct FailedLockTokenWire {
    #[serde(rename = "lockToken", default, deserialize_with = "null_as_default")]
    lock_token: String,
    #[serde(rename = "error", default)]
    error: Option<ErrorDetail>,
    #[serde(rename = "errorCode", default)]
    error_code: Option<String>,
    #[serde(rename = "errorDescription", default)]
    error_description: Option<String>,
}

impl From<FailedLockTokenWire> for FailedLockToken {
    fn from(wire: FailedLockTokenWire) -> Self {
        let error = wire.error.unwrap_or_else(|| {
            ErrorDetail::new(
                wire.error_code.unwrap_or_default(),
                wire.error_description.unwrap_or_default(),
            )
        });
        FailedLockToken {
            lock_token: wire.lock_token,
            error,
        }
    }
}

/// An Azure error: `{"code", "message", "target"?, "details"?, "innererror"?}`.
///
/// A missing or `null` `code` or `message` reads as empty; unknown members are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorDetail {
    /// A machine-readable code, such as `BadRequest`.
    #[serde(rename = "code", default, deserialize_with = "null_as_default")]
    pub code: String,
    /// A description for humans.
    #[serde(rename = "message", default, deserialize_with = "null_as_default")]
    pub message: String,
    /// What the error is about.
    #[serde(rename = "target", default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// More specific errors that led to this one.
    #[serde(
        rename = "details",
        default,
        deserialize_with = "null_as_default",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub details: Vec<ErrorDetail>,
    /// A more specific error code, possibly nested.
    #[serde(
        rename = "innererror",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub innererror: Option<InnerError>,
}

impl ErrorDetail {
    /// An error with a code and a message.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ErrorDetail {
            code: code.into(),
            message: message.into(),
            ..ErrorDetail::default()
        }
    }
}

impl fmt::Display for ErrorDetail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)?;
        if let Some(target) = &self.target {
            write!(f, " (target: {target})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ErrorDetail {}

/// A more specific error code: `{"code"?, "innererror"?}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InnerError {
    /// The code.
    #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// An even more specific error.
    #[serde(
        rename = "innererror",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub innererror: Option<Box<InnerError>>,
}

/// The body of an error response, `{"error": {...}}`; the same code is in the
/// [`x-ms-error-code`](ERROR_CODE_HEADER) header.
///
/// ```
/// use eventgrid_types::namespace::ErrorResponse;
///
/// let body = br#"{"error":{"code":"Unauthorized","message":"The request is not authorized."}}"#;
/// let response: ErrorResponse = serde_json::from_slice(body)?;
/// assert_eq!(response.to_string(), "Unauthorized: The request is not authorized.");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ErrorResponse {
    /// The error.
    #[serde(rename = "error", default)]
    pub error: ErrorDetail,
}

impl ErrorResponse {
    /// An error body holding `error`.
    pub fn new(error: ErrorDetail) -> Self {
        ErrorResponse { error }
    }
}

impl fmt::Display for ErrorResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl std::error::Error for ErrorResponse {}

/// Reads `null` as the type's default.
fn null_as_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A receive response as the service sends it: two events, the second of which has no
    /// `type`.
    const RECEIVE_BODY: &str = r#"{
      "value": [
        {
          "brokerProperties": {
            "lockToken": "CiYKJDc4NjFlMDk4LTQ0NTMtNDNkNS04MGQ5LTQyYjM2YzVhMDg0YhISChBmNzE0NDEwNzc1ZDI0YmRi",
            "deliveryCount": 1
          },
          "event": {
            "specversion": "1.0",
            "id": "b3ccc7e3-c1cb-49bf-b7c8-0d4e60980616",
            "source": "/contoso/orders",
            "type": "com.contoso.order.created",
            "time": "2024-06-12T09:54:12.4551204Z",
            "datacontenttype": "application/json",
            "data": {"orderId": 17, "total": 12.5}
          }
        },
        {
          "brokerProperties": {
            "lockToken": "CiYKJDQxYjg3ZDRlLWYyYjctNGVkMS1iMWE2LTU0MjQ3ZGM3OGEzNhISChBlMzU4YTE2ZWNlMmI0Y2Rj",
            "deliveryCount": 4
          },
          "event": {
            "specversion": "1.0",
            "id": "f1f47a2c-5ce9-4f4d-9a3e-0a8f1c0f4bd2",
            "source": "/contoso/orders",
            "data": {"orderId": 18}
          }
        }
      ]
    }"#;

    #[test]
    fn receive_body_keeps_the_lock_token_of_a_bad_event() {
        let batch = decode_receive(RECEIVE_BODY.as_bytes()).unwrap();
        assert!(batch.unsettleable.is_empty());
        assert_eq!(batch.len(), 2);

        let first = &batch.items[0];
        assert!(first.lock_token.starts_with("CiYKJDc4"));
        assert_eq!(first.delivery_count, 1);
        let event = first.event.as_ref().unwrap();
        assert_eq!(event.ty(), "com.contoso.order.created");
        assert_eq!(
            event.time().unwrap().as_str(),
            "2024-06-12T09:54:12.4551204Z"
        );

        let second = &batch.items[1];
        assert!(second.lock_token.starts_with("CiYKJDQx"));
        assert_eq!(second.delivery_count, 4);
        let error = second.event.as_ref().unwrap_err();
        assert_eq!(error.index(), Some(1));
        assert_eq!(
            error.to_string(),
            "event 1: required attribute `type` is missing"
        );

        let reject: RejectRequest = LockTokens::new(
            batch
                .iter()
                .filter(|item| item.event.is_err())
                .map(|item| item.lock_token.clone()),
        );
        assert_eq!(reject.lock_tokens, std::slice::from_ref(&second.lock_token));
    }

    #[test]
    fn receive_body_decodes_as_plain_serde() {
        let result: ReceiveResult = serde_json::from_str(
            r#"{"value":[{"brokerProperties":{"lockToken":"t","deliveryCount":"7","x":1},
                "event":{"specversion":"1.0","id":"1","source":"/s","type":"t"}}],"extra":true}"#,
        )
        .unwrap();
        assert_eq!(
            result.value[0].broker_properties,
            BrokerProperties::new("t", 7)
        );
        assert_eq!(result.value[0].event.id(), "1");

        // A bad event fails plain serde as a whole; this is what `decode_receive` is for.
        assert!(serde_json::from_str::<ReceiveResult>(RECEIVE_BODY).is_err());
    }

    #[test]
    fn delivery_count_is_lenient_but_not_careless() {
        let count = |json: &str| {
            serde_json::from_str::<BrokerProperties>(&format!(
                r#"{{"lockToken":"t","deliveryCount":{json}}}"#
            ))
            .map(|properties| properties.delivery_count)
        };
        assert_eq!(count("3").unwrap(), 3);
        assert_eq!(count("3.0").unwrap(), 3);
        assert_eq!(count(r#""12""#).unwrap(), 12);
        for bad in [
            "-1",
            "1.5",
            "4294967296",
            r#""""#,
            r#""1e3""#,
            r#""-2""#,
            "true",
            "null",
        ] {
            assert!(count(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unsettleable_items_and_bad_counts_are_reported_per_item() {
        let body = br#"{"value":[
            {"brokerProperties":{"deliveryCount":1},"event":{}},
            {"brokerProperties":{"lockToken":"b","deliveryCount":"many"},
             "event":{"specversion":"1.0","id":"1","source":"/s","type":"t"}},
            42,
            {"BrokerProperties":{"LockToken":"d","DeliveryCount":2},
             "event":{"specversion":"1.0","id":"4","source":"/s","type":"t"}},
            {"brokerProperties":{"lockToken":"e","deliveryCount":1}}
        ]}"#;
        let batch = decode_receive(body).unwrap();
        let unsettleable: Vec<String> =
            batch.unsettleable.iter().map(ToString::to_string).collect();
        assert_eq!(
            unsettleable,
            [
                "event 0: required attribute `brokerProperties.lockToken` is missing",
                "event 2: expected an object, found a number",
            ]
        );
        let tokens: Vec<&str> = batch.lock_tokens().collect();
        assert_eq!(tokens, ["b", "d", "e"]);
        assert_eq!(batch.items[0].delivery_count, 0);
        assert_eq!(
            batch.items[0].event.as_ref().unwrap_err().to_string(),
            "event 1: attribute `brokerProperties.deliveryCount` must be a non-negative integer, found a string"
        );
        assert_eq!(batch.items[1].delivery_count, 2);
        assert_eq!(batch.items[1].event.as_ref().unwrap().id(), "4");
        assert_eq!(
            batch.items[2].event.as_ref().unwrap_err().to_string(),
            "event 4: required attribute `event` is missing"
        );
    }

    #[test]
    fn whole_body_failures() {
        let message = |body: &[u8]| decode_receive(body).unwrap_err().to_string();
        assert!(message(b"{").starts_with("malformed JSON"));
        assert_eq!(message(b"[]"), "expected an object, found an array");
        assert_eq!(message(b"{}"), "required attribute `value` is missing");
        assert_eq!(
            message(br#"{"value":{}}"#),
            "attribute `value` must be an array, found an object"
        );
        let empty = decode_receive(br#"{"value":[]}"#).unwrap();
        assert!(empty.is_empty() && empty.unsettleable.is_empty());
    }

    #[test]
    fn typed_receive_reports_type_mismatch_per_item() {
        #[derive(Debug)]
        struct Ping(i64);

        impl FromEvent<'_> for Ping {
            fn accepts_type(event_type: &str) -> bool {
                event_type == "ping"
            }

            fn expected_types() -> &'static [&'static str] {
                &["ping"]
            }

            fn from_event(event: crate::EventView<'_>) -> Result<Self, DecodeError> {
                if !Self::accepts_type(event.event_type) {
                    return Err(crate::typed::type_mismatch::<Self>(event.event_type));
                }
                event.deserialize_data().map(Ping)
            }
        }

        let body = br#"{"value":[
            {"brokerProperties":{"lockToken":"a","deliveryCount":1},
             "event":{"specversion":"1.0","id":"1","source":"/s","type":"ping","data":5}},
            {"brokerProperties":{"lockToken":"b","deliveryCount":1},
             "event":{"specversion":"1.0","id":"2","source":"/s","type":"pong","data":6}}
        ]}"#;
        let batch = decode_receive_typed::<Ping>(body).unwrap();
        assert_eq!(
            batch.items[0].event.as_ref().map(|ping| ping.0).ok(),
            Some(5)
        );
        assert!(matches!(
            batch.items[1].event.as_ref().unwrap_err().kind(),
            DecodeErrorKind::TypeMismatch { .. }
        ));
        assert_eq!(batch.items[1].lock_token, "b");
    }

    #[test]
    fn settlement_result_with_failures() {
        let body = br#"{
          "failedLockTokens": [
            {
              "lockToken": "token-2",
              "error": {
                "code": "BadRequest",
                "message": "One or more lock tokens are invalid.",
                "target": "lockTokens",
                "details": [{"code": "TokenLost", "message": "Token type is invalid.", "future": 1}],
                "innererror": {"code": "LockTokenLost", "innererror": {"code": "Expired"}}
              }
            },
            {"lockToken": "token-3", "errorCode": "NotFound", "errorDescription": "Lock token not found."}
          ],
          "succeededLockTokens": ["token-1"],
          "somethingNew": {}
        }"#;
        let result: SettlementResult = serde_json::from_slice(body).unwrap();
        assert_eq!(result.succeeded_lock_tokens, ["token-1"]);
        assert!(!result.is_complete());
        let failed = &result.failed_lock_tokens[0];
        assert_eq!(failed.lock_token, "token-2");
        assert_eq!(failed.error.code, "BadRequest");
        assert_eq!(failed.error.target.as_deref(), Some("lockTokens"));
        assert_eq!(failed.error.details[0].code, "TokenLost");
        let inner = failed.error.innererror.as_ref().unwrap();
        assert_eq!(inner.code.as_deref(), Some("LockTokenLost"));
        assert_eq!(
            inner.innererror.as_ref().and_then(|e| e.code.as_deref()),
            Some("Expired")
        );
        assert_eq!(
            failed.error.to_string(),
            "BadRequest: One or more lock tokens are invalid. (target: lockTokens)"
        );
        let preview = &result.failed_lock_tokens[1];
        assert_eq!(
            preview.error,
            ErrorDetail::new("NotFound", "Lock token not found.")
        );

        // Writing it gives the GA shape, and reads back the same.
        let written = serde_json::to_string(&result).unwrap();
        assert!(written.starts_with(
            r#"{"failedLockTokens":[{"lockToken":"token-2","error":{"code":"BadRequest","#
        ));
        assert!(written.contains(
            r#"{"lockToken":"token-3","error":{"code":"NotFound","message":"Lock token not found."}}"#
        ));
        assert_eq!(
            serde_json::from_str::<SettlementResult>(&written).unwrap(),
            result
        );
    }

    #[test]
    fn settlement_results_decode_with_typed_errors() {
        let result = decode_settlement(
            br#"{"failedLockTokens":[{"lockToken":"a","errorCode":"Gone","errorDescription":"x"}]}"#,
        )
        .unwrap();
        assert_eq!(result.failed_lock_tokens[0].error.code, "Gone");
        assert!(result.succeeded_lock_tokens.is_empty());
        assert!(matches!(
            decode_settlement(b"[1]").unwrap_err().kind(),
            DecodeErrorKind::WrongShape {
                found: JsonKind::Array,
                ..
            }
        ));
        assert!(matches!(
            decode_settlement(b"{").unwrap_err().kind(),
            DecodeErrorKind::Json(_)
        ));
        assert!(matches!(
            decode_settlement(br#"{"succeededLockTokens":[1]}"#)
                .unwrap_err()
                .kind(),
            DecodeErrorKind::Json(_)
        ));
        let huge = vec![b' '; MAX_SETTLEMENT_BYTES + 1];
        assert!(matches!(
            decode_settlement(&huge).unwrap_err().kind(),
            DecodeErrorKind::TooLarge { .. }
        ));
    }

    #[test]
    fn settlement_result_tolerates_missing_arrays() {
        for body in [
            "{}",
            r#"{"failedLockTokens":null,"succeededLockTokens":null}"#,
        ] {
            let result: SettlementResult = serde_json::from_str(body).unwrap();
            assert_eq!(result, SettlementResult::default());
            assert!(result.is_complete());
        }
        let all_ok: SettlementResult =
            serde_json::from_str(r#"{"failedLockTokens":[],"succeededLockTokens":["a","b"]}"#)
                .unwrap();
        assert_eq!(all_ok.succeeded_lock_tokens, ["a", "b"]);
    }

    #[test]
    fn error_response() {
        let body = br#"{"error":{"code":"Unauthorized","message":"Unauthorized. SAS token is invalid.","details":null}}"#;
        let response: ErrorResponse = serde_json::from_slice(body).unwrap();
        assert_eq!(response.error.code, "Unauthorized");
        assert!(response.error.details.is_empty());
        assert_eq!(
            serde_json::to_string(&response).unwrap(),
            r#"{"error":{"code":"Unauthorized","message":"Unauthorized. SAS token is invalid."}}"#
        );
    }

    #[test]
    fn request_bodies_are_byte_exact() {
        let request = AcknowledgeRequest::new(["token-1", "token-2"]);
        assert_eq!(request.to_vec(), br#"{"lockTokens":["token-1","token-2"]}"#);
        assert_eq!(LockTokens::default().to_vec(), br#"{"lockTokens":[]}"#);
        let mut renew = RenewLocksRequest::default();
        renew.push("a\"b\\c\u{1}");
        renew.extend(["d"]);
        assert_eq!(renew.to_vec(), br#"{"lockTokens":["a\"b\\c\u0001","d"]}"#);
        assert_eq!(renew.len(), 2);
        let back: LockTokens = serde_json::from_slice(&renew.to_vec()).unwrap();
        assert_eq!(back, renew);
    }

    #[test]
    fn release_delay_parsing() {
        let expected = [
            ("0", 0),
            ("10", 10),
            ("60", 60),
            ("600", 600),
            ("3600", 3600),
        ];
        for (delay, (text, seconds)) in ReleaseDelay::ALL.into_iter().zip(expected) {
            assert_eq!(delay.as_str(), text);
            assert_eq!(delay.to_string(), text);
            assert_eq!(delay.as_secs(), seconds);
            assert_eq!(text.parse::<ReleaseDelay>(), Ok(delay));
            assert_eq!(ReleaseDelay::try_from(seconds), Ok(delay));
            assert_eq!(
                ReleaseDelay::try_from(Duration::from_secs(u64::from(seconds))),
                Ok(delay)
            );
        }
        assert_eq!(ReleaseDelay::default(), ReleaseDelay::Zero);
        assert_eq!(
            ReleaseDelay::OneHour.query_pair(),
            ("releaseDelayInSeconds", "3600")
        );
        for bad in ["", "5", "010", " 10", "60s", "-0", "3600.0"] {
            assert_eq!(bad.parse::<ReleaseDelay>().unwrap_err().value(), bad);
        }
        let error = ReleaseDelay::try_from(30).unwrap_err();
        assert_eq!(
            error.to_string(),
            "`releaseDelayInSeconds` must be one of 0, 10, 60, 600 or 3600 seconds, found 30"
        );
        assert!(ReleaseDelay::try_from(Duration::from_millis(10_500)).is_err());
    }

    #[test]
    fn paths() {
        let receive = |events, wait| {
            receive_path(
                "orders",
                "billing",
                ReceiveOptions::new(events, wait).unwrap(),
            )
            .unwrap()
        };
        assert_eq!(
            receive(1, 10),
            "/topics/orders/eventsubscriptions/billing:receive?api-version=2024-06-01&maxEvents=1&maxWaitTime=10"
        );
        assert_eq!(
            receive(100, 120),
            "/topics/orders/eventsubscriptions/billing:receive?api-version=2024-06-01&maxEvents=100&maxWaitTime=120"
        );
        assert_eq!(
            receive_path("t", "s", ReceiveOptions::default()).unwrap(),
            "/topics/t/eventsubscriptions/s:receive?api-version=2024-06-01&maxEvents=1&maxWaitTime=60"
        );
        let base = "/topics/orders/eventsubscriptions/billing";
        assert_eq!(
            acknowledge_path("orders", "billing").unwrap(),
            format!("{base}:acknowledge?api-version=2024-06-01")
        );
        assert_eq!(
            release_path("orders", "billing", None).unwrap(),
            format!("{base}:release?api-version=2024-06-01")
        );
        assert_eq!(
            release_path("orders", "billing", Some(ReleaseDelay::Zero)).unwrap(),
            format!("{base}:release?api-version=2024-06-01&releaseDelayInSeconds=0")
        );
        assert_eq!(
            reject_path("orders", "billing").unwrap(),
            format!("{base}:reject?api-version=2024-06-01")
        );
        assert_eq!(
            renew_locks_path("orders", "billing").unwrap(),
            format!("{base}:renewLock?api-version=2024-06-01")
        );
        assert_eq!(
            publish_path("orders").unwrap(),
            "/topics/orders:publish?api-version=2024-06-01"
        );
    }

    #[test]
    fn path_segments_are_percent_encoded() {
        assert_eq!(
            acknowledge_path("a/b:c?d", "my sub#1%é").unwrap(),
            "/topics/a%2Fb%3Ac%3Fd/eventsubscriptions/my%20sub%231%25%C3%A9:acknowledge?api-version=2024-06-01"
        );
        assert_eq!(
            publish_path("my-topic_1.x~").unwrap(),
            "/topics/my-topic_1.x~:publish?api-version=2024-06-01"
        );
    }

    #[test]
    fn path_errors() {
        assert_eq!(publish_path(""), Err(PathError::EmptyName("topic")));
        assert_eq!(
            reject_path("t", "").unwrap_err().to_string(),
            "the event subscription name must not be empty"
        );
        for (events, wait, parameter, value) in [
            (0, 60, "maxEvents", 0),
            (101, 60, "maxEvents", 101),
            (1, 9, "maxWaitTime", 9),
            (1, 121, "maxWaitTime", 121),
        ] {
            let error = ReceiveOptions::new(events, wait).unwrap_err();
            match &error {
                PathError::OutOfRange {
                    parameter: found,
                    value: found_value,
                    ..
                } => assert_eq!((*found, *found_value), (parameter, value)),
                PathError::EmptyName(_) => panic!("{error}"),
            }
        }
        assert_eq!(
            ReceiveOptions::default()
                .with_max_events(0)
                .unwrap_err()
                .to_string(),
            "query parameter `maxEvents` must be from 1 to 100, found 0"
        );
        assert_eq!(
            ReceiveOptions::default()
                .with_max_wait_time(5)
                .unwrap_err()
                .to_string(),
            "query parameter `maxWaitTime` must be from 10 to 120, found 5"
        );
        let options = ReceiveOptions::new(100, 120).unwrap();
        assert_eq!(
            (options.max_events(), options.max_wait_time_seconds()),
            (100, 120)
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let body = format!(r#"{{"value":[{{"brokerProperties":{deep},"event":{deep}}}]}}"#);
        let batch = decode_receive(body.as_bytes()).unwrap();
        assert_eq!(
            batch.unsettleable[0].to_string(),
            "event 0: attribute `brokerProperties` must be an object, found an array"
        );
        assert!(decode_receive(deep.as_bytes()).is_err());
        assert!(serde_json::from_str::<SettlementResult>(&deep).is_err());
    }

    #[test]
    fn members_prefers_exact_names() {
        let [a] = members(r#"{"A":1,"a":2,"A":3}"#, ["a"]).unwrap();
        assert_eq!(a.map(RawValue::get), Some("2"));
        let [a] = members(r#"{"A":1,"A":3}"#, ["a"]).unwrap();
        assert_eq!(a.map(RawValue::get), Some("3"));
        assert!(matches!(
            members("[1]", ["a"]),
            Err(DecodeErrorKind::WrongShape {
                found: JsonKind::Array,
                ..
            })
        ));
    }
}
