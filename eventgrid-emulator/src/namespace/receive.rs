//! `:receive`: a long poll that answers as soon as events are available, or with an empty
//! list when `maxWaitTime` passes (or the emulator shuts down).

use std::time::Duration;

use axum::response::Response;
use eventgrid_types::namespace::{BrokerProperties, ReceiveDetails, ReceiveOptions, ReceiveResult};
use serde_json::value::RawValue;
use tokio::time::Instant;

use super::Query;
use crate::error::ApiError;
use crate::state::AppState;

fn options(query: &Query) -> Result<ReceiveOptions, ApiError> {
    let number = |name: &str, value: &Option<String>| -> Result<Option<u32>, ApiError> {
        value
            .as_deref()
            .map(|v| {
                v.parse::<u32>().map_err(|_| {
                    ApiError::bad_request(format!(
                        "query parameter `{name}` must be a whole number, found {v:?}"
                    ))
                })
            })
            .transpose()
    };
    let mut options = ReceiveOptions::default();
    if let Some(max) = number("maxEvents", &query.max_events)? {
        options = options
            .with_max_events(max)
            .map_err(|e| ApiError::bad_request(e.to_string()))?;
    }
    if let Some(wait) = number("maxWaitTime", &query.max_wait_time)? {
        options = options
            .with_max_wait_time(wait)
            .map_err(|e| ApiError::bad_request(e.to_string()))?;
    }
    Ok(options)
}

pub(super) async fn receive(
    state: &AppState,
    topic: &str,
    subscription: &str,
    query: &Query,
) -> Result<Response, ApiError> {
    let options = options(query)?;
    let max = options.max_events() as usize;
    let deadline = Instant::now() + Duration::from_secs(options.max_wait_time_seconds().into());
    let mut shutdown = state.stop.subscribe();
    // The common case, events waiting, takes one look.
    let mut deliveries = state.store.receive(topic, subscription, max).await?;
    while deliveries.is_empty() && !*shutdown.borrow() {
        let notify = state.store.available_notifier(topic, subscription)?;
        // Registered before looking again, so an event published in between still wakes us.
        let notified = notify.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        deliveries = state.store.receive(topic, subscription, max).await?;
        if !deliveries.is_empty() {
            break;
        }
        tokio::select! {
            () = &mut notified => {}
            () = tokio::time::sleep_until(deadline) => break,
            _ = shutdown.changed() => break,
        }
    }
    tracing::debug!(topic, subscription, count = deliveries.len(), "received");
    let value = deliveries
        .iter()
        .map(|d| {
            ReceiveDetails::new(
                BrokerProperties::new(d.lock_token.as_str(), d.count),
                &*d.event,
            )
        })
        .collect::<Vec<ReceiveDetails<&RawValue>>>();
    let body =
        serde_json::to_vec(&ReceiveResult::new(value)).expect("a receive result always serializes");
    Ok(super::json_response(body))
}
