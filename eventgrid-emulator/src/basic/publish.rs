//! Publishing to a basic topic.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};

use eventgrid_types::json::{self, Limits};
use eventgrid_types::{CloudEvent, ContentMode, EventGridEvent, event_grid};
use serde::Deserialize;
use tokio::time::Instant;

use super::{Outgoing, Route};
use crate::body::{Body, MAX_REQUEST_BYTES};
use crate::config::{DeliverySchema, InputSchema};
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
    publish(&state, &topic, &uri, &headers, &body).await
}

/// `POST /basic/{topic}/api/events`.
pub(crate) async fn publish_named(
    State(state): State<AppState>,
    Path(topic): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    Body(body): Body,
) -> Result<Response, ApiError> {
    publish(&state, &topic, &uri, &headers, &body).await
}

async fn publish(
    state: &AppState,
    topic: &str,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Response, ApiError> {
    let query: Query = crate::body::query(uri)?;
    if query.api_version.as_deref() != Some(super::API_VERSION) {
        return Err(ApiError::bad_request(format!(
            "basic topics take `api-version={}`",
            super::API_VERSION
        )));
    }
    let content_type = crate::body::content_type(headers)?;
    let sent = match ContentMode::detect(content_type) {
        ContentMode::Structured | ContentMode::Batch => InputSchema::CloudEventSchemaV1_0,
        _ => InputSchema::EventGridSchema,
    };
    let schema = state
        .basic
        .input_schema(topic, sent)
        .ok_or_else(|| ApiError::not_found(format!("basic topic `{topic}` does not exist")))?;
    let route = state.basic.route(topic);
    let outgoing = match schema {
        InputSchema::EventGridSchema => {
            let limits = Limits {
                max_bytes: MAX_REQUEST_BYTES,
                max_events: MAX_EVENTS,
            };
            let events = event_grid::from_slice_with(body, &limits)
                .map_err(crate::namespace::rejection)?
                .into_iter()
                .collect::<Result<Vec<_>, _>>()
                .map_err(crate::namespace::rejection)?;
            events
                .into_iter()
                .enumerate()
                .map(|(index, event)| from_event_grid(index, event, topic, &route))
                .collect::<Result<Vec<_>, _>>()?
        }
        InputSchema::CloudEventSchemaV1_0 => {
            if sent != InputSchema::CloudEventSchemaV1_0 {
                return Err(ApiError::bad_request(format!(
                    "basic topic `{topic}` takes CloudEvents (application/cloudevents-batch+json), \
                     not {content_type:?}"
                )));
            }
            decode_cloud_events(content_type, headers, body, MAX_EVENTS)?
                .iter()
                .enumerate()
                .map(|(index, event)| from_cloud_event(index, event))
                .collect::<Result<Vec<_>, _>>()?
        }
    };
    state.basic.count(topic, outgoing.len());
    tracing::debug!(topic, count = outgoing.len(), "published to a basic topic");
    route
        .dispatch(outgoing)
        .wait()
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?;
    Ok(axum::http::StatusCode::OK.into_response())
}

fn encode_error(index: usize, error: impl std::fmt::Display) -> ApiError {
    ApiError::bad_request(format!("event {index}: {error}"))
}

/// An Event Grid schema event as the service delivers it: `topic` and `metadataVersion`
/// stamped, in the forms its subscriptions need.
fn from_event_grid(
    index: usize,
    mut event: EventGridEvent,
    topic: &str,
    route: &Route,
) -> Result<Outgoing, ApiError> {
    event.topic = Some(super::topic_id(topic));
    event.metadata_version = Some("1".to_owned());
    let cloud_event_body = if route.needs(DeliverySchema::CloudEventSchemaV1_0) {
        let cloud_event = event.to_cloud_event().map_err(|e| encode_error(index, e))?;
        // Serialized without the producer checks: the service's conversion writes
        // `"dataschema": "#<dataVersion>"`, which those checks refuse (not an absolute URI),
        // and subscribers get what the service sends.
        Some(serde_json::to_vec(&cloud_event).map_err(|e| encode_error(index, e))?)
    } else {
        None
    };
    let event_grid_body =
        event_grid::to_vec(std::slice::from_ref(&event)).map_err(|e| encode_error(index, e))?;
    let json = serde_json::to_value(&event).map_err(|e| encode_error(index, e))?;
    Ok(Outgoing {
        subject: event.subject.clone().unwrap_or_default(),
        data_version: event.data_version.clone().unwrap_or_default(),
        event_type: event.event_type,
        id: event.id,
        event_grid_body: Some(event_grid_body),
        cloud_event_body,
        json,
        published: Instant::now(),
    })
}

fn from_cloud_event(index: usize, event: &CloudEvent) -> Result<Outgoing, ApiError> {
    let body = json::to_vec(event).map_err(|e| encode_error(index, e))?;
    let json = serde_json::from_slice(&body).map_err(|e| encode_error(index, e))?;
    Ok(Outgoing {
        id: event.id().to_owned(),
        event_type: event.ty().to_owned(),
        subject: event.subject().unwrap_or_default().to_owned(),
        data_version: String::new(),
        event_grid_body: None,
        cloud_event_body: Some(body),
        json,
        published: Instant::now(),
    })
}
