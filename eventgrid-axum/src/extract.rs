//! The `Events<T>` extractor and what it answers in the handler's place.

use std::ops::Deref;

use axum::extract::{FromRequest, Request};
use axum::response::{IntoResponse, Response};
use eventgrid_types::FromEvent;
use eventgrid_types::webhook::{Delivery, HandshakeResponse, UndecodedEvent, WebhookError};
use http::StatusCode;

use crate::auth::AuthError;
use crate::config::WebhookConfig;

/// The events of a webhook delivery, typed as `T`, one result per event; the handshakes never
/// reach the handler.
///
/// The extractor checks the auth and the body limit of the [`WebhookConfig`] found as an
/// axum `Extension` (the defaults without one), answers the Event Grid validation event and
/// the CloudEvents `OPTIONS` handshake by itself (its [`WebhookRejection`]), and decodes
/// either schema in any content mode (see
/// [`receive_parts`](eventgrid_types::webhook::receive_parts)). Each event that could not be
/// decoded is logged (`tracing`, level WARN, with its position, id and type) and still
/// handed to the handler as an `Err`, so that none is dropped unseen.
///
/// Route both `POST` and `OPTIONS` to the handler (`axum::routing::any`, or
/// `post(h).options(h)`), so that the `OPTIONS` handshake reaches the extractor.
///
/// ```
/// use axum::routing::any;
/// use axum::{Extension, Router};
/// use eventgrid_axum::{Events, Outcome, WebhookConfig};
/// use eventgrid_types::CloudEvent;
///
/// async fn on_events(events: Events<CloudEvent>) -> Outcome {
///     for event in events {
///         match event {
///             Ok(event) => println!("{} {}", event.ty(), event.id()),
///             // Already logged; ask for a retry, or accept and move on.
///             Err(_undecoded) => {}
///         }
///     }
///     Outcome::Delivered
/// }
///
/// let app: Router = Router::new()
///     .route("/events", any(on_events))
///     .layer(Extension(WebhookConfig::new()));
/// ```
#[derive(Debug)]
pub struct Events<T>(pub Delivery<T>);

impl<T> Events<T> {
    /// The delivery.
    pub fn into_inner(self) -> Delivery<T> {
        self.0
    }
}

impl<T> Deref for Events<T> {
    type Target = Delivery<T>;

    fn deref(&self) -> &Delivery<T> {
        &self.0
    }
}

impl<T> IntoIterator for Events<T> {
    type Item = Result<T, UndecodedEvent>;
    type IntoIter = std::vec::IntoIter<Result<T, UndecodedEvent>>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<S, T> FromRequest<S> for Events<T>
where
    S: Send + Sync,
    T: for<'a> FromEvent<'a> + Send,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = request.into_parts();
        let config = parts
            .extensions
            .get::<WebhookConfig>()
            .cloned()
            .unwrap_or_default();
        crate::read::read(&config, &parts, body).await.map(Events)
    }
}

/// What the extractor answers instead of calling the handler.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// A handshake, answered: `200` with the validation response, or for the `OPTIONS`
    /// handshake `200` with `WebHook-Allowed-Origin`, `WebHook-Allowed-Rate` and
    /// `Allow: POST` (`403` without them for an origin the policy refuses).
    Handshake(HandshakeResponse),
    /// The auth check failed: `401`, which Event Grid does not retry; `503` (retried) when
    /// the signing keys could not be fetched.
    Unauthorized(AuthError),
    /// The body is over the limit: `413`, before any of it is parsed.
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The body could not be read from the connection: `400`.
    BodyRead(String),
    /// A malformed handshake, a body that cannot be read as events, or a method other than
    /// `POST` and `OPTIONS`: [`WebhookError::status`].
    Invalid(WebhookError),
}

impl WebhookRejection {
    /// The status answered.
    pub fn status(&self) -> StatusCode {
        let code = match self {
            WebhookRejection::Handshake(response) => response.status(),
            // Keys that cannot be fetched say nothing about the request: Event Grid retries.
            WebhookRejection::Unauthorized(AuthError::Keys(_)) => 503,
            WebhookRejection::Unauthorized(_) => 401,
            WebhookRejection::TooLarge { .. } => 413,
            WebhookRejection::BodyRead(_) => 400,
            WebhookRejection::Invalid(error) => error.status(),
        };
        StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST)
    }
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        let status = self.status();
        let text = match self {
            WebhookRejection::Handshake(response) => {
                return response.into_http().map(axum::body::Body::from);
            }
            WebhookRejection::Invalid(error) => {
                tracing::warn!("webhook request refused: {error}");
                return error.response().into_http().map(axum::body::Body::from);
            }
            WebhookRejection::Unauthorized(error) => error.to_string(),
            WebhookRejection::TooLarge { limit } => {
                format!("the body is over this endpoint's limit of {limit} bytes")
            }
            WebhookRejection::BodyRead(error) => format!("the body could not be read: {error}"),
        };
        tracing::warn!("webhook request refused ({status}): {text}");
        (status, text).into_response()
    }
}
