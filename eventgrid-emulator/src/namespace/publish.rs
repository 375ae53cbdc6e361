//! `POST /topics/{topic}:publish`: one structured event, a batch, or one binary-mode event,
//! decoded and checked by `eventgrid-types`; a bad event rejects the whole request with a
//! message that names its index.

use axum::http::HeaderMap;
use axum::response::Response;
use eventgrid_types::json::{self, Decoder, Limits};
use eventgrid_types::namespace::MAX_EVENTS_PER_PUBLISH;
use eventgrid_types::{CloudEvent, ContentMode, DecodeError, DecodeErrorKind};
use serde_json::value::RawValue;

use crate::body::MAX_REQUEST_BYTES;
use crate::error::ApiError;
use crate::state::AppState;
use crate::store::StoredEvent;

pub(super) async fn publish(
    state: &AppState,
    topic: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Response, ApiError> {
    let content_type = crate::body::content_type(headers)?;
    let events = decode(content_type, headers, body, MAX_EVENTS_PER_PUBLISH)?;
    let count = events.len();
    let stored = events
        .iter()
        .enumerate()
        .map(|(index, event)| store_form(index, event))
        .collect::<Result<Vec<_>, _>>()?;
    state.store.publish(topic, &stored).await?;
    tracing::debug!(topic, count, "published");
    Ok(super::json_response(b"{}".to_vec()))
}

/// The request's CloudEvents in any content mode, or the first reason one of them is not
/// acceptable.
pub(crate) fn decode(
    content_type: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
    max_events: usize,
) -> Result<Vec<CloudEvent>, ApiError> {
    let decoder = Decoder::new().with_limits(Limits {
        max_bytes: MAX_REQUEST_BYTES,
        max_events,
    });
    match ContentMode::detect(content_type) {
        ContentMode::Structured => Ok(vec![decoder.from_slice(body).map_err(rejection)?]),
        ContentMode::Batch => decoder
            .batch_from_slice(body)
            .map_err(rejection)?
            .into_iter()
            .map(|event| event.map_err(rejection))
            .collect(),
        // Binary mode, and whatever mode a later version of the types crate may add.
        _ => Ok(vec![
            eventgrid_types::http::decode_binary(headers, body).map_err(rejection)?,
        ]),
    }
}

/// The status a decode error gets: 413 for size, 400 for the rest.
#[allow(clippy::needless_pass_by_value)] // used as `map_err(rejection)`
pub(crate) fn rejection(error: DecodeError) -> ApiError {
    match error.kind() {
        DecodeErrorKind::TooLarge { .. } => ApiError::too_large(error.to_string()),
        _ => ApiError::bad_request(error.to_string()),
    }
}

/// The structured-mode JSON an event is kept and delivered as.
pub(crate) fn store_form(index: usize, event: &CloudEvent) -> Result<StoredEvent, ApiError> {
    let bytes =
        json::to_vec(event).map_err(|e| ApiError::bad_request(format!("event {index}: {e}")))?;
    let text = String::from_utf8(bytes).expect("the JSON encoder writes UTF-8");
    let raw = RawValue::from_string(text).expect("the JSON encoder writes one JSON value");
    Ok(StoredEvent::from(raw))
}
