//! The handler's answer to a delivery, in the status codes Event Grid's retry rules read.

use std::fmt;

use axum::response::{IntoResponse, Response};
use http::StatusCode;

/// What a handler tells Event Grid about a delivery.
///
/// Event Grid treats `200`-`204` as delivered; it does not retry `400`, `401` and `413` from
/// a webhook (it dead-letters the events when the subscription has a dead-letter
/// destination, and drops them otherwise); it retries every other status, and a timeout,
/// on its schedule (10 s, 30 s, 1 min, 5 min, 10 min, 30 min, 1 h, 3 h, 6 h, then every
/// 12 h, up to the subscription's delivery attempts and event time to live).
///
/// ```
/// use eventgrid_axum::Outcome;
///
/// assert_eq!(Outcome::Delivered.status(), 200);
/// assert_eq!(Outcome::Retry.status(), 503);
/// assert_eq!(Outcome::Reject.status(), 400);
/// let failed: Result<(), &str> = Err("the database is down");
/// assert_eq!(Outcome::retry_on_error(failed), Outcome::Retry);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Outcome {
    /// Handled: `200 OK`.
    Delivered,
    /// Failed for now (a dependency is down): `503 Service Unavailable`, which Event Grid
    /// retries.
    Retry,
    /// Can never be handled (the events are not what this endpoint takes): `400 Bad
    /// Request`, which Event Grid does not retry; it dead-letters instead.
    Reject,
}

impl Outcome {
    /// The status code answered.
    pub fn status(self) -> StatusCode {
        match self {
            Outcome::Delivered => StatusCode::OK,
            Outcome::Retry => StatusCode::SERVICE_UNAVAILABLE,
            Outcome::Reject => StatusCode::BAD_REQUEST,
        }
    }

    /// [`Outcome::Delivered`] for `Ok`, and for `Err` [`Outcome::Retry`], with the error
    /// logged.
    pub fn retry_on_error<E: fmt::Display>(result: Result<(), E>) -> Self {
        match result {
            Ok(()) => Outcome::Delivered,
            Err(error) => {
                tracing::warn!("delivery failed, Event Grid will retry: {error}");
                Outcome::Retry
            }
        }
    }
}

impl IntoResponse for Outcome {
    fn into_response(self) -> Response {
        self.status().into_response()
    }
}
