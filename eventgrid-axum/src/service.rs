//! The tower `Layer` and `Service`: a webhook for any tower-based server.

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use axum::response::{IntoResponse, Response};
use eventgrid_types::FromEvent;
use eventgrid_types::webhook::Delivery;
use tower_layer::Layer;
use tower_service::Service;

use crate::config::WebhookConfig;
use crate::outcome::Outcome;
use crate::read::{BoxError, read};

/// Turns a service that handles deliveries (`Service<Delivery<T>, Response = Outcome>`) into
/// an HTTP service (`Service<http::Request<B>>`) for any tower-based server: axum's
/// `route_service`, hyper through `hyper-util`'s `TowerToHyperService`, tonic's router.
///
/// The HTTP service does what the [`Events`](crate::Events) extractor does (auth, body limit,
/// handshakes, decoding, a log line per undecoded event) and answers with the inner
/// service's [`Outcome`]; an inner service that fails answers [`Outcome::Retry`].
///
/// ```
/// use std::convert::Infallible;
/// use axum::Router;
/// use eventgrid_axum::webhook::Delivery;
/// use eventgrid_axum::{Outcome, WebhookConfig, WebhookLayer};
/// use eventgrid_types::CloudEvent;
/// use tower::{service_fn, Layer};
///
/// let handler = service_fn(|delivery: Delivery<CloudEvent>| async move {
///     println!("{} events", delivery.len());
///     Ok::<_, Infallible>(Outcome::Delivered)
/// });
/// let webhook = WebhookLayer::new(WebhookConfig::new()).layer(handler);
/// let app: Router = Router::new().route_service("/events", webhook);
/// ```
pub struct WebhookLayer<T> {
    config: WebhookConfig,
    events: PhantomData<fn() -> T>,
}

impl<T> WebhookLayer<T> {
    /// A layer for events typed as `T`, with `config`.
    pub fn new(config: WebhookConfig) -> Self {
        WebhookLayer {
            config,
            events: PhantomData,
        }
    }
}

impl<T> Clone for WebhookLayer<T> {
    fn clone(&self) -> Self {
        WebhookLayer::new(self.config.clone())
    }
}

impl<T> fmt::Debug for WebhookLayer<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookLayer")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl<S, T> Layer<S> for WebhookLayer<T> {
    type Service = WebhookService<S, T>;

    fn layer(&self, inner: S) -> Self::Service {
        WebhookService {
            inner,
            config: self.config.clone(),
            events: PhantomData,
        }
    }
}

/// The HTTP service a [`WebhookLayer`] makes of a delivery handler.
pub struct WebhookService<S, T> {
    inner: S,
    config: WebhookConfig,
    events: PhantomData<fn() -> T>,
}

impl<S: Clone, T> Clone for WebhookService<S, T> {
    fn clone(&self) -> Self {
        WebhookService {
            inner: self.inner.clone(),
            config: self.config.clone(),
            events: PhantomData,
        }
    }
}

impl<S: fmt::Debug, T> fmt::Debug for WebhookService<S, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookService")
            .field("inner", &self.inner)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl<S, T, B> Service<http::Request<B>> for WebhookService<S, T>
where
    S: Service<Delivery<T>, Response = Outcome> + Clone + Send + 'static,
    S::Future: Send,
    S::Error: fmt::Display + Send,
    T: for<'a> FromEvent<'a> + Send + 'static,
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<BoxError>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        // Handshakes and refusals never reach the inner service; its readiness is awaited
        // in the call, on the clone that serves it.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<B>) -> Self::Future {
        // The clone that was driven ready is not needed: take a fresh one into the future.
        let mut inner = self.inner.clone();
        let config = self.config.clone();
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let delivery = match read::<T, B>(&config, &parts, body).await {
                Ok(delivery) => delivery,
                Err(rejection) => return Ok(rejection.into_response()),
            };
            let outcome = match std::future::poll_fn(|cx| inner.poll_ready(cx)).await {
                Ok(()) => inner.call(delivery).await,
                Err(error) => Err(error),
            };
            let outcome = outcome.unwrap_or_else(|error| {
                tracing::warn!("the delivery handler failed, Event Grid will retry: {error}");
                Outcome::Retry
            });
            Ok(outcome.into_response())
        })
    }
}
