//! Namespace topics (pull delivery), API versions `2024-06-01` and `2023-11-01`
//! (PROTOCOL.md 6): `POST /topics/{topic}:publish` and
//! `POST /topics/{topic}/eventsubscriptions/{subscription}:{receive|acknowledge|release|reject|renewLock}`.

mod publish;
mod receive;
mod settle;

pub(crate) use publish::{decode as decode_cloud_events, rejection};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, Uri};
use axum::response::Response;
use serde::Deserialize;

use crate::body::Body;
use crate::error::ApiError;
use crate::state::AppState;
use crate::store::StoreError;

/// The API versions the emulator answers on namespace paths.
pub const API_VERSIONS: [&str; 2] = ["2023-11-01", "2024-06-01"];

/// The query parameters of every namespace operation.
#[derive(Debug, Default, Deserialize)]
struct Query {
    #[serde(rename = "api-version")]
    api_version: Option<String>,
    #[serde(rename = "maxEvents")]
    max_events: Option<String>,
    #[serde(rename = "maxWaitTime")]
    max_wait_time: Option<String>,
    #[serde(rename = "releaseDelayInSeconds")]
    release_delay: Option<String>,
}

impl Query {
    fn from_uri(uri: &Uri) -> Result<Query, ApiError> {
        let query: Query = crate::body::query(uri)?;
        match query.api_version.as_deref() {
            Some(version) if API_VERSIONS.contains(&version) => Ok(query),
            Some(version) => Err(ApiError::bad_request(format!(
                "api-version `{version}` is not supported here; use one of {API_VERSIONS:?}"
            ))),
            None => Err(ApiError::bad_request(
                "the query parameter `api-version` is required",
            )),
        }
    }
}

/// What a namespace path names.
#[derive(Debug, PartialEq, Eq)]
enum Operation<'a> {
    Publish {
        topic: &'a str,
    },
    Subscription {
        topic: &'a str,
        subscription: &'a str,
        action: Action,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Receive,
    Acknowledge,
    Release,
    Reject,
    RenewLock,
}

impl<'a> Operation<'a> {
    /// Reads the (already percent-decoded) path after `/topics/`.
    fn parse(rest: &'a str) -> Result<Self, ApiError> {
        let unknown = || ApiError::not_found(format!("no namespace operation at `/topics/{rest}`"));
        let (resource, action) = rest.rsplit_once(':').ok_or_else(unknown)?;
        let segments: Vec<&str> = resource.split('/').collect();
        match (segments.as_slice(), action) {
            ([topic], a) if a.eq_ignore_ascii_case("publish") => Ok(Operation::Publish { topic }),
            ([topic, kind, subscription], action)
                if kind.eq_ignore_ascii_case("eventsubscriptions") =>
            {
                let action = [
                    ("receive", Action::Receive),
                    ("acknowledge", Action::Acknowledge),
                    ("release", Action::Release),
                    ("reject", Action::Reject),
                    ("renewLock", Action::RenewLock),
                ]
                .into_iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(action))
                .map(|(_, a)| a)
                .ok_or_else(unknown)?;
                Ok(Operation::Subscription {
                    topic,
                    subscription,
                    action,
                })
            }
            _ => Err(unknown()),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Storage(message) => ApiError::internal(message),
            missing => ApiError::not_found(missing.to_string()),
        }
    }
}

/// Every namespace operation: `POST /topics/{*rest}`.
pub(crate) async fn dispatch(
    State(state): State<AppState>,
    Path(rest): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    Body(body): Body,
) -> Result<Response, ApiError> {
    let query = Query::from_uri(&uri)?;
    match Operation::parse(&rest)? {
        Operation::Publish { topic } => publish::publish(&state, topic, &headers, &body).await,
        Operation::Subscription {
            topic,
            subscription,
            action,
        } => match action {
            Action::Receive => receive::receive(&state, topic, subscription, &query).await,
            Action::Acknowledge | Action::Release | Action::Reject | Action::RenewLock => {
                settle::settle(&state, topic, subscription, action, &query, &body).await
            }
        },
    }
}

/// A `200` response with a JSON body.
fn json_response(body: Vec<u8>) -> Response {
    use axum::http::{HeaderValue, header};
    use axum::response::IntoResponse;
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_operation() {
        assert_eq!(
            Operation::parse("orders:publish").unwrap(),
            Operation::Publish { topic: "orders" }
        );
        assert_eq!(
            Operation::parse("orders/eventSubscriptions/billing:renewlock").unwrap(),
            Operation::Subscription {
                topic: "orders",
                subscription: "billing",
                action: Action::RenewLock
            }
        );
        for bad in [
            "orders",
            "orders:delete",
            "orders/x/billing:receive",
            "a/b/c/d:receive",
        ] {
            assert_eq!(Operation::parse(bad).unwrap_err().status, 404, "{bad}");
        }
    }
}
