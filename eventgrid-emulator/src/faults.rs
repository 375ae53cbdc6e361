//! Emulator-only fault injection: the next N data-plane requests are answered with an error
//! status (429 or 503, say) and a `Retry-After`, so that clients' retry policies can be
//! tested against a real socket.

use std::sync::Mutex;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::error::ApiError;
use crate::state::AppState;

/// Faults to inject, as the management API takes them:
/// `{"count": 2, "status": 503, "retryAfterSeconds": 1}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultPlan {
    /// How many of the next data-plane requests fail.
    pub count: u32,
    /// Their HTTP status (400 to 599).
    pub status: u16,
    /// The `Retry-After` header, in seconds; none when absent.
    #[serde(rename = "retryAfterSeconds", default)]
    pub retry_after_seconds: Option<u32>,
}

/// The faults still to inject.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    plan: Mutex<Option<FaultPlan>>,
}

impl Faults {
    /// Replaces the plan; a count of 0 clears it.
    pub(crate) fn set(&self, plan: FaultPlan) -> Result<(), ApiError> {
        StatusCode::from_u16(plan.status)
            .ok()
            .filter(|s| s.is_client_error() || s.is_server_error())
            .ok_or_else(|| {
                ApiError::bad_request(format!(
                    "status {} is not an error status (400 to 599)",
                    plan.status
                ))
            })?;
        *self.lock() = (plan.count > 0).then_some(plan);
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<FaultPlan>> {
        self.plan
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Takes one fault, if any are left.
    fn take(&self) -> Option<FaultPlan> {
        let mut plan = self.lock();
        let current = (*plan)?;
        *plan = (current.count > 1).then_some(FaultPlan {
            count: current.count - 1,
            ..current
        });
        Some(current)
    }
}

/// The middleware that answers with the next injected fault, if there is one.
pub(crate) async fn inject(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let Some(fault) = state.faults.take() else {
        return next.run(request).await;
    };
    let status = StatusCode::from_u16(fault.status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let mut response = ApiError::injected(status).into_response();
    if let Some(seconds) = fault.retry_after_seconds {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}
