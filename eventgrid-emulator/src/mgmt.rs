//! The emulator-only management API, beside the data plane under `/emulator/`:
//!
//! - `GET /emulator/topics`: every topic, its subscriptions and their queue depths;
//! - `GET /emulator/topics/{topic}/eventsubscriptions/{subscription}/deadletters`: a
//!   subscription's dead-lettered events, oldest first;
//! - `GET /emulator/basic/{topic}/subscriptions/{subscription}/deadletters`: what a webhook
//!   subscription could not deliver;
//! - `PUT /emulator/faults`: make the next data-plane requests fail ([`FaultPlan`]).
//!
//! It takes no credentials: the emulator listens on loopback by default.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Serialize;

use crate::basic::{BasicTopicStats, PushDeadLetter};
use crate::error::ApiError;
use crate::faults::FaultPlan;
use crate::state::AppState;
use crate::store::{DeadLetter, TopicStats};

/// The body of `GET /emulator/topics`.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Overview {
    /// Namespace topics with their subscriptions' depths.
    #[serde(rename = "namespaceTopics")]
    pub namespace_topics: Vec<TopicStats>,
    /// Basic topics.
    #[serde(rename = "basicTopics")]
    pub basic_topics: Vec<BasicTopicStats>,
}

pub(crate) async fn topics(State(state): State<AppState>) -> Json<Overview> {
    Json(Overview {
        namespace_topics: state.store.stats(),
        basic_topics: state.basic.stats(),
    })
}

pub(crate) async fn dead_letters(
    State(state): State<AppState>,
    Path((topic, subscription)): Path<(String, String)>,
) -> Result<Json<Vec<DeadLetter>>, ApiError> {
    Ok(Json(state.store.dead_letters(&topic, &subscription)?))
}

pub(crate) async fn faults(
    State(state): State<AppState>,
    Json(plan): Json<FaultPlan>,
) -> Result<StatusCode, ApiError> {
    state.faults.set(plan)?;
    Ok(StatusCode::NO_CONTENT)
}

pub(crate) async fn push_dead_letters(
    State(state): State<AppState>,
    Path((topic, subscription)): Path<(String, String)>,
) -> Result<Json<Vec<PushDeadLetter>>, ApiError> {
    state
        .basic
        .dead_letters(&topic, &subscription)
        .map(Json)
        .ok_or_else(|| {
            ApiError::not_found(format!(
                "basic topic `{topic}` has no webhook subscription `{subscription}`"
            ))
        })
}
