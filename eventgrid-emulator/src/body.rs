//! The request body, read up to the service's limit, with the service's 413.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, StatusCode, Uri};
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// Event Grid's limit on a request body: 1 MiB, the same as on one event.
pub const MAX_REQUEST_BYTES: usize = eventgrid_types::json::MAX_EVENT_BYTES;

/// A request body no larger than [`MAX_REQUEST_BYTES`] (the router's `DefaultBodyLimit`);
/// a larger one is answered with 413 and the service's error body.
pub(crate) struct Body(pub(crate) Bytes);

impl<S: Send + Sync> FromRequest<S> for Body {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Bytes::from_request(request, state).await {
            Ok(bytes) => Ok(Body(bytes)),
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                Err(ApiError::too_large(format!(
                    "the request body is over the limit of {MAX_REQUEST_BYTES} bytes"
                )))
            }
            Err(rejection) => Err(ApiError::bad_request(format!(
                "the request body could not be read: {}",
                rejection.body_text()
            ))),
        }
    }
}

/// The request's `Content-Type`, if it has one.
pub(crate) fn content_type(headers: &HeaderMap) -> Result<Option<&str>, ApiError> {
    headers
        .get(CONTENT_TYPE)
        .map(|v| {
            v.to_str()
                .map_err(|_| ApiError::bad_request("the Content-Type header is not ASCII"))
        })
        .transpose()
}

/// The request's query parameters as `T`.
pub(crate) fn query<T: DeserializeOwned>(uri: &Uri) -> Result<T, ApiError> {
    axum::extract::Query::<T>::try_from_uri(uri)
        .map(|axum::extract::Query(query)| query)
        .map_err(|e| ApiError::bad_request(format!("the query string is invalid: {e}")))
}
