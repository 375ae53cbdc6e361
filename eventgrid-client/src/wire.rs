//! Every use of `eventgrid-types`' wire API (paths, encodings, receive and settlement
//! decoding, error bodies) is in this file, so that a change there is adapted here once.
//! The clients never share code with the emulator: each side reads the protocol through
//! `eventgrid-types` alone.

use azure_core::http::headers::{HeaderName, HeaderValue};
use eventgrid_types::namespace::{
    self, ErrorResponse, LockTokens, ReceiveOptions, SettlementResult,
};
use eventgrid_types::typed::FromEvent;
use eventgrid_types::{
    DecodeError, EncodeError, EventGridEvent, TypedEvent, binary, event_grid, json,
};

pub(crate) use eventgrid_types::namespace::ReleaseDelay;

use crate::receiver::{FailedLockToken, Received, ReceivedEvent, Settlement};
use crate::trace::{TraceContext, Traced, WithTrace};

/// The most events one receive may ask for.
pub(crate) const MAX_EVENTS_PER_RECEIVE: u32 = namespace::MAX_EVENTS_PER_RECEIVE;
/// Request headers: lower-case names and their values.
pub(crate) type Headers = Vec<(HeaderName, HeaderValue)>;

/// The most events one publish request may carry.
pub(crate) const MAX_EVENTS_PER_REQUEST: usize = namespace::MAX_EVENTS_PER_PUBLISH;
/// The most bytes one publish request may carry (and one event).
pub(crate) const MAX_REQUEST_BYTES: usize = json::MAX_EVENT_BYTES;

/// Structured mode, one event.
pub(crate) const CLOUD_EVENT: &str = "application/cloudevents+json; charset=utf-8";
/// Structured mode, a batch.
pub(crate) const CLOUD_EVENT_BATCH: &str = "application/cloudevents-batch+json; charset=utf-8";
/// Event Grid schema arrays and custom schemas.
pub(crate) const JSON: &str = "application/json; charset=utf-8";
/// Settlement requests.
pub(crate) const SETTLEMENT: &str = LockTokens::CONTENT_TYPE;

/// The path and query of a namespace operation; a topic or subscription name that cannot be
/// a path segment is an `Err` with the reason.
pub(crate) enum Path<'a> {
    Publish {
        topic: &'a str,
    },
    Receive {
        topic: &'a str,
        subscription: &'a str,
        max_events: u32,
        max_wait_seconds: u32,
    },
    Acknowledge {
        topic: &'a str,
        subscription: &'a str,
    },
    Release {
        topic: &'a str,
        subscription: &'a str,
        delay: ReleaseDelay,
    },
    Reject {
        topic: &'a str,
        subscription: &'a str,
    },
    RenewLocks {
        topic: &'a str,
        subscription: &'a str,
    },
}

impl Path<'_> {
    pub(crate) fn render(&self) -> Result<String, String> {
        let path = match *self {
            Path::Publish { topic } => namespace::publish_path(topic),
            Path::Receive {
                topic,
                subscription,
                max_events,
                max_wait_seconds,
            } => ReceiveOptions::new(max_events, max_wait_seconds)
                .and_then(|options| namespace::receive_path(topic, subscription, options)),
            Path::Acknowledge {
                topic,
                subscription,
            } => namespace::acknowledge_path(topic, subscription),
            Path::Release {
                topic,
                subscription,
                delay,
            } => namespace::release_path(topic, subscription, Some(delay)),
            Path::Reject {
                topic,
                subscription,
            } => namespace::reject_path(topic, subscription),
            Path::RenewLocks {
                topic,
                subscription,
            } => namespace::renew_locks_path(topic, subscription),
        };
        path.map_err(|error| error.to_string())
    }
}

/// One event in structured mode, with `trace` added unless it has a `traceparent`.
pub(crate) fn structured<E: TypedEvent + ?Sized>(
    event: &E,
    trace: Option<&TraceContext>,
) -> Result<Vec<u8>, EncodeError> {
    json::to_vec(&Traced::new(event, trace))
}

/// A JSON batch, with `trace` added to each event without a `traceparent`; refused over
/// 1,000 events or 1 MiB.
pub(crate) fn batch<'a, E, I>(
    events: I,
    trace: Option<&TraceContext>,
) -> Result<Vec<u8>, EncodeError>
where
    E: TypedEvent + ?Sized + 'a,
    I: IntoIterator<Item = &'a E>,
{
    // Without a context to add, the events are encoded as they are, with no list of wrappers.
    let Some(trace) = trace else {
        return json::batch_to_vec(events);
    };
    let events: Vec<Traced<'_, E>> = events
        .into_iter()
        .map(|event| Traced::new(event, Some(trace)))
        .collect();
    json::batch_to_vec(&events)
}

/// One event in binary mode: its headers (`ce-*`, `content-type`) and body, with `trace`
/// added unless it has a `traceparent`.
pub(crate) fn binary<E: TypedEvent + ?Sized>(
    event: &E,
    trace: Option<&TraceContext>,
) -> Result<(Headers, Vec<u8>), EncodeError> {
    let message = binary::encode(&Traced::new(event, trace))?;
    let headers = message
        .headers
        .iter()
        .map(|(name, value)| {
            (
                HeaderName::from(name.to_owned()),
                HeaderValue::from(value.to_owned()),
            )
        })
        .collect();
    Ok((headers, message.body))
}

/// An Event Grid schema array.
pub(crate) fn event_grid_array(events: &[EventGridEvent]) -> Result<Vec<u8>, EncodeError> {
    event_grid::to_vec(events)
}

/// The Event Grid schema form of a typed event.
pub(crate) fn to_event_grid<E: TypedEvent + ?Sized>(
    event: &E,
) -> Result<EventGridEvent, EncodeError> {
    EventGridEvent::from_typed(event)
}

/// A receive response, item by item; `Err` only when the body as a whole is unreadable.
pub(crate) fn receive<T>(body: &[u8]) -> Result<Received<T>, DecodeError>
where
    T: for<'a> FromEvent<'a>,
{
    let batch = namespace::decode_receive_typed::<WithTrace<T>>(body)?;
    Ok(Received {
        events: batch
            .items
            .into_iter()
            .map(|item| {
                let (event, trace_context) = match item.event {
                    Ok(traced) => (Ok(traced.event), traced.trace),
                    Err(error) => (Err(error), None),
                };
                ReceivedEvent {
                    lock_token: item.lock_token,
                    delivery_count: item.delivery_count,
                    event,
                    trace_context,
                }
            })
            .collect(),
        unsettleable: batch.unsettleable,
    })
}

/// A settlement request body.
pub(crate) fn lock_tokens<I, S>(tokens: I) -> (usize, Vec<u8>)
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    let tokens: LockTokens = tokens.into_iter().collect();
    (tokens.len(), tokens.to_vec())
}

/// A settlement response.
pub(crate) fn settlement(body: &[u8]) -> Result<Settlement, serde_json::Error> {
    let result: SettlementResult = serde_json::from_slice(body)?;
    Ok(Settlement {
        succeeded: result.succeeded_lock_tokens,
        failed: result
            .failed_lock_tokens
            .into_iter()
            .map(|failed| FailedLockToken {
                lock_token: failed.lock_token,
                code: failed.error.code,
                message: failed.error.message,
            })
            .collect(),
    })
}

/// The longest error message kept from a body that is not the service's error JSON.
const MAX_MESSAGE_CHARS: usize = 1024;

/// The code and message of an error response: the body's `{"error": {"code", "message"}}`,
/// or else its text (cut at 1,024 characters, marked as cut).
pub(crate) fn error_body(body: &[u8]) -> (Option<String>, String) {
    if let Ok(response) = serde_json::from_slice::<ErrorResponse>(body)
        && !(response.error.code.is_empty() && response.error.message.is_empty())
    {
        let code = Some(response.error.code).filter(|code| !code.is_empty());
        return (code, response.error.message);
    }
    let text = String::from_utf8_lossy(body);
    let mut message: String = text.chars().take(MAX_MESSAGE_CHARS).collect();
    if message.len() < text.len() {
        message = format!("{message}... ({} bytes in all)", body.len());
    }
    if message.is_empty() {
        message.push_str("(no body)");
    }
    (None, message)
}
