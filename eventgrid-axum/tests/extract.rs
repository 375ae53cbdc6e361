//! The extractor and the tower service on single requests: what they answer in the
//! handler's place (handshakes, limits, auth, malformed requests) and the statuses of
//! `Outcome`.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::Body;
use axum::routing::any;
use axum::{Extension, Router};
use eventgrid_axum::webhook::{AbuseProtectionPolicy, AllowedRate, Delivery};
use eventgrid_axum::{Auth, Events, Outcome, WebhookConfig, WebhookLayer};
use eventgrid_types::CloudEvent;
use http::{Request, Response, StatusCode};
use tower::{Layer, ServiceExt};

const CE: &str = r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","data":{"n":1}}"#;

/// A route whose handler counts its calls, behind `config`.
fn app(config: WebhookConfig, calls: &Arc<AtomicUsize>) -> Router {
    let calls = calls.clone();
    Router::new()
        .route(
            "/events",
            any(move |events: Events<CloudEvent>| async move {
                calls.fetch_add(1, Ordering::SeqCst);
                assert!(events.undecoded().next().is_none());
                Outcome::Delivered
            }),
        )
        .layer(Extension(config))
}

async fn call(app: &Router, request: Request<Body>) -> (StatusCode, Response<Body>) {
    let response = app.clone().oneshot(request).await.unwrap();
    (response.status(), response)
}

async fn text(response: Response<Body>) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn post(uri: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(uri)
        .header("content-type", "application/cloudevents+json")
        .body(body.into())
        .unwrap()
}

#[tokio::test]
async fn handshakes_are_answered_without_the_handler() {
    let calls = Arc::new(AtomicUsize::new(0));
    let policy = AbuseProtectionPolicy::event_grid().with_rate(AllowedRate::PerMinute(120));
    let app = app(WebhookConfig::new().policy(policy), &calls);

    let options = Request::options("/events")
        .header("WebHook-Request-Origin", "eventgrid.azure.net")
        .header("WebHook-Request-Rate", "600")
        .body(Body::empty())
        .unwrap();
    let (status, response) = call(&app, options).await;
    assert_eq!(status, 200);
    assert_eq!(
        response.headers()["webhook-allowed-origin"],
        "eventgrid.azure.net"
    );
    assert_eq!(response.headers()["webhook-allowed-rate"], "120");
    assert_eq!(response.headers()["allow"], "POST");

    let refused = Request::options("/events")
        .header("WebHook-Request-Origin", "attacker.example")
        .body(Body::empty())
        .unwrap();
    let (status, response) = call(&app, refused).await;
    assert_eq!(status, 403);
    assert!(response.headers().get("webhook-allowed-origin").is_none());

    let validation = Request::post("/events")
        .header("aeg-event-type", "SubscriptionValidation")
        .body(Body::from(
            r#"[{"id":"1","eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","subject":"",
            "eventTime":"2026-12-07T00:00:00Z","data":{"validationCode":"C-1"},"dataVersion":"2"}]"#,
        ))
        .unwrap();
    let (status, response) = call(&app, validation).await;
    assert_eq!(status, 200);
    assert_eq!(text(response).await, r#"{"validationResponse":"C-1"}"#);

    let malformed = Request::post("/events")
        .header("aeg-event-type", "SubscriptionValidation")
        .body(Body::from("[]"))
        .unwrap();
    let (status, response) = call(&app, malformed).await;
    assert_eq!(status, 400);
    assert!(text(response).await.contains("SubscriptionValidation"));
    assert_eq!(calls.load(Ordering::SeqCst), 0);

    let (status, _) = call(&app, post("/events", CE)).await;
    assert_eq!(status, 200);
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused_before_parsing() {
    let calls = Arc::new(AtomicUsize::new(0));
    let app = app(WebhookConfig::new().body_limit(CE.len()), &calls);
    assert_eq!(call(&app, post("/events", CE)).await.0, 200);

    // Declared too long: refused on the header alone.
    let mut declared = post("/events", format!("{CE} "));
    declared
        .headers_mut()
        .insert("content-length", (CE.len() + 1).into());
    assert_eq!(call(&app, declared).await.0, 413);

    // Streamed without a length: refused once the bytes read pass the limit; the rest of the
    // stream is never polled.
    let polled = Arc::new(AtomicUsize::new(0));
    let counter = polled.clone();
    let chunks = (0..1000).map(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
        Ok::<_, Infallible>(bytes::Bytes::from_static(&[b' '; 64]))
    });
    let streamed = post("/events", Body::from_stream(futures::stream::iter(chunks)));
    let (status, response) = call(&app, streamed).await;
    assert_eq!(status, 413);
    assert!(
        text(response)
            .await
            .contains(&format!("limit of {} bytes", CE.len()))
    );
    assert!(polled.load(Ordering::SeqCst) < 10, "{polled:?}");
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_query_key_is_checked_before_the_body_is_read() {
    let calls = Arc::new(AtomicUsize::new(0));
    let app = app(
        WebhookConfig::new().auth(Auth::query_key("code", "k&y")),
        &calls,
    );
    assert_eq!(call(&app, post("/events?code=k%26y", CE)).await.0, 200);
    for uri in [
        "/events",
        "/events?code=k",
        "/events?code=k%26y%00",
        "/events?key=k%26y",
    ] {
        assert_eq!(call(&app, post(uri, CE)).await.0, 401, "{uri}");
    }
    // The handshake too: without the key, an endpoint grants nothing.
    let options = Request::options("/events")
        .header("WebHook-Request-Origin", "eventgrid.azure.net")
        .body(Body::empty())
        .unwrap();
    let (status, response) = call(&app, options).await;
    assert_eq!(status, 401);
    assert!(response.headers().get("webhook-allowed-origin").is_none());
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn malformed_requests() {
    let calls = Arc::new(AtomicUsize::new(0));
    let app = app(WebhookConfig::new(), &calls);
    let get = Request::get("/events").body(Body::empty()).unwrap();
    let (status, response) = call(&app, get).await;
    assert_eq!(status, 405);
    assert_eq!(response.headers()["allow"], "POST, OPTIONS");
    for body in ["", "not json", "[1,"] {
        let request = Request::post("/events")
            .header("content-type", "application/json")
            .body(Body::from(body))
            .unwrap();
        assert_eq!(call(&app, request).await.0, 400, "{body:?}");
    }
    assert_eq!(calls.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn outcomes_and_the_tower_service() {
    for (outcome, status) in [
        (Outcome::Delivered, 200),
        (Outcome::Retry, 503),
        (Outcome::Reject, 400),
    ] {
        let handler = tower::service_fn(move |delivery: Delivery<CloudEvent>| async move {
            assert_eq!(delivery.len(), 1);
            Ok::<_, Infallible>(outcome)
        });
        let service = WebhookLayer::new(WebhookConfig::new()).layer(handler);
        let response = service.oneshot(post("/events", CE)).await.unwrap();
        assert_eq!(response.status(), status, "{outcome:?}");
    }
    // A handler that fails asks for a retry.
    let failing = tower::service_fn(|_: Delivery<CloudEvent>| async { Err::<Outcome, _>("down") });
    let service = WebhookLayer::new(WebhookConfig::new()).layer(failing);
    assert_eq!(
        service.oneshot(post("/events", CE)).await.unwrap().status(),
        503
    );
    // Handshakes and refusals never reach the handler.
    let never = tower::service_fn(|_: Delivery<CloudEvent>| async {
        panic!("a handshake reached the handler");
        #[allow(unreachable_code)]
        Ok::<Outcome, Infallible>(Outcome::Delivered)
    });
    let service =
        WebhookLayer::new(WebhookConfig::new().auth(Auth::query_key("code", "k"))).layer(never);
    let options = Request::options("/events?code=k")
        .header("WebHook-Request-Origin", "eventgrid.azure.net")
        .body(Body::empty())
        .unwrap();
    assert_eq!(
        service.clone().oneshot(options).await.unwrap().status(),
        200
    );
    assert_eq!(
        service.oneshot(post("/events", CE)).await.unwrap().status(),
        401
    );
}
