//! `:acknowledge`, `:release`, `:reject` and `:renewLock`: one result per lock token, in the
//! service's shape `{"failedLockTokens": [...], "succeededLockTokens": [...]}`.

use std::str::FromStr;

use axum::response::Response;
use eventgrid_types::namespace::{
    ErrorDetail, FailedLockToken, LockTokens, ReleaseDelay, SettlementResult,
};

use super::{Action, Query};
use crate::error::ApiError;
use crate::state::AppState;
use crate::store::{Settlement, TokenError};

fn settlement(action: Action, query: &Query) -> Result<Settlement, ApiError> {
    Ok(match action {
        Action::Acknowledge => Settlement::Acknowledge,
        Action::Reject => Settlement::Reject,
        Action::RenewLock => Settlement::RenewLock,
        Action::Release => {
            let delay = query
                .release_delay
                .as_deref()
                .map(ReleaseDelay::from_str)
                .transpose()
                .map_err(|e| ApiError::bad_request(e.to_string()))?
                .unwrap_or_default();
            Settlement::Release(delay.as_duration())
        }
        Action::Receive => unreachable!("receive is not a settlement"),
    })
}

pub(super) async fn settle(
    state: &AppState,
    topic: &str,
    subscription: &str,
    action: Action,
    query: &Query,
    body: &[u8],
) -> Result<Response, ApiError> {
    let settlement = settlement(action, query)?;
    let request: LockTokens = serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_request(format!("the body is not `{{\"lockTokens\": [...]}}`: {e}"))
    })?;
    if request.is_empty() {
        return Err(ApiError::bad_request(
            "`lockTokens` must hold at least one lock token",
        ));
    }
    let results = state
        .store
        .settle(topic, subscription, &request.lock_tokens, settlement)
        .await?;
    let mut succeeded = Vec::new();
    let mut failed = Vec::new();
    for (token, result) in request.lock_tokens.into_iter().zip(results) {
        match result {
            Ok(()) => succeeded.push(token),
            Err(TokenError::Lost) => failed.push(FailedLockToken::new(
                token,
                ErrorDetail::new(
                    "TokenLost",
                    "the lock token is unknown, already settled, or its lock has expired",
                ),
            )),
        }
    }
    tracing::debug!(
        topic,
        subscription,
        ?settlement,
        succeeded = succeeded.len(),
        failed = failed.len(),
        "settled"
    );
    let body = serde_json::to_vec(&SettlementResult::new(failed, succeeded))
        .expect("a settlement result always serializes");
    Ok(super::json_response(body))
}
