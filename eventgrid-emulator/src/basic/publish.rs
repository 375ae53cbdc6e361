//! Publishing to a basic topic.

use axum::extract::{Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};
use eventgrid_types::ContentMode;
use eventgrid_types::event_grid;
use eventgrid_types::json::Limits;
use serde::Deserialize;

use crate::body::{Body, MAX_REQUEST_BYTES};
use crate::config::InputSchema;
use crate::error::ApiError;
use crate::namespace::decode_cloud_events;
use crate::state::AppState;

/// The basic tier's limit on the events of one request.
const MAX_EVENTS: usize = 5_000;

#[derive(Deserialize)]
struct Query {
    #[serde(rename = "api-version")]
    api_version: Option<String>,
}

/// `POST /api/events`: the only basic topic.
pub(crate) async fn publish_default(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    Body(body): Body,
) -> Result<Response, ApiError> {
    let topic = state.basic.only().ok_or_else(|| {
        ApiError::not_found(
            "`/api/events` needs exactly one basic topic; name one with `/basic/{topic}/api/events`",
        )
    })?;
    publish(&state, &topic, &uri, &headers, &body)
}

/// `POST /basic/{topic}/api/events`.
pub(crate) async fn publish_named(
    State(state): State<AppState>,
    Path(topic): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    Body(body): Body,
) -> Result<Response, ApiError> {
    publish(&state, &topic, &uri, &headers, &body)
}

fn publish(
    state: &AppState,
    topic: &str,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Response, ApiError> {
    let axum::extract::Query(query) = axum::extract::Query::<Query>::try_from_uri(uri)
        .map_err(|e| ApiError::bad_request(format!("the query string is invalid: {e}")))?;
    if query.api_version.as_deref() != Some(super::API_VERSION) {
        return Err(ApiError::bad_request(format!(
            "basic topics take `api-version={}`",
            super::API_VERSION
        )));
    }
    let content_type = headers
        .get(CONTENT_TYPE)
        .map(|v| {
            v.to_str()
                .map_err(|_| ApiError::bad_request("the Content-Type header is not ASCII"))
        })
        .transpose()?;
    let sent = match ContentMode::detect(content_type) {
        ContentMode::Structured | ContentMode::Batch => InputSchema::CloudEventSchemaV1_0,
        _ => InputSchema::EventGridSchema,
    };
    let schema = state
        .basic
        .input_schema(topic, sent)
        .ok_or_else(|| ApiError::not_found(format!("basic topic `{topic}` does not exist")))?;
    let count = match schema {
        InputSchema::EventGridSchema => {
            let limits = Limits {
                max_bytes: MAX_REQUEST_BYTES,
                max_events: MAX_EVENTS,
            };
            let events =
                event_grid::from_slice_with(body, &limits).map_err(crate::namespace::rejection)?;
            let count = events.len();
            for event in events {
                event.map_err(crate::namespace::rejection)?;
            }
            count
        }
        InputSchema::CloudEventSchemaV1_0 => {
            if sent != InputSchema::CloudEventSchemaV1_0 {
                return Err(ApiError::bad_request(format!(
                    "basic topic `{topic}` takes CloudEvents (application/cloudevents-batch+json), \
                     not {content_type:?}"
                )));
            }
            decode_cloud_events(content_type, headers, body, MAX_EVENTS)?.len()
        }
    };
    state.basic.count(topic, count);
    tracing::debug!(topic, count, "published to a basic topic");
    Ok(axum::http::StatusCode::OK.into_response())
}
