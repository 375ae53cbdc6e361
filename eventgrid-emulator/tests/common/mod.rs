//! Calls to the emulator's router without a socket, so tests can pause and advance time.

#![allow(dead_code, unreachable_pub)]

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use eventgrid_emulator::config::DEFAULT_KEY;
use serde_json::Value;
use tower::ServiceExt as _;

pub const STRUCTURED: &str = "application/cloudevents+json; charset=utf-8";
pub const BATCH: &str = "application/cloudevents-batch+json; charset=utf-8";

/// A response: status, headers and the body as JSON (`Null` when empty).
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub json: Value,
}

/// An HTTP client for the tests. reqwest is built without a rustls crypto provider (as the
/// emulator is), so ring is installed as the process's provider first.
pub fn http_client() -> reqwest::Client {
    http_client_builder().build().unwrap()
}

/// The builder of [`http_client`], for tests that add roots.
pub fn http_client_builder() -> reqwest::ClientBuilder {
    #[allow(deprecated)] // ring lacks post-quantum key exchange, which loopback tests don't need
    let _already_installed = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
}

/// Starts `command`, an emulator binary with its arguments (its logs off unless they are
/// warnings, and dropped); returns it and its URL, read from its banner.
pub fn start_binary(mut command: std::process::Command) -> (std::process::Child, String) {
    use std::io::BufRead as _;
    let mut child = command
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("Event Grid emulator listening on ")
        .unwrap_or_else(|| panic!("unexpected banner {line:?}"))
        .to_owned();
    (child, url)
}

/// `GET url` over a real socket, its body as JSON.
pub async fn get_json(url: &str) -> Value {
    get_json_with(&http_client(), url).await
}

/// [`get_json`] with `client`, for an HTTPS emulator whose certificate it trusts.
pub async fn get_json_with(client: &reqwest::Client, url: &str) -> Value {
    client.get(url).send().await.unwrap().json().await.unwrap()
}

/// Sends one request with the default key.
pub async fn call(
    app: &Router,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: impl Into<Body>,
) -> Reply {
    let mut request = Request::builder()
        .method(method)
        .uri(uri)
        .header("authorization", format!("SharedAccessKey {DEFAULT_KEY}"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(body.into()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    let json = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&bytes)))
    };
    Reply {
        status,
        headers,
        json,
    }
}

/// A CloudEvent in structured JSON.
pub fn event(id: &str) -> Value {
    serde_json::json!({
        "specversion": "1.0",
        "id": id,
        "source": "/orders",
        "type": "com.example.order.created",
        "data": {"n": id},
    })
}

pub async fn publish(app: &Router, topic: &str, ids: &[&str]) {
    let batch: Vec<Value> = ids.iter().map(|id| event(id)).collect();
    let reply = call(
        app,
        "POST",
        &format!("/topics/{topic}:publish?api-version=2024-06-01"),
        &[("content-type", BATCH)],
        serde_json::to_vec(&batch).unwrap(),
    )
    .await;
    assert_eq!(reply.status, 200, "{:?}", reply.json);
    assert_eq!(reply.json, serde_json::json!({}));
}

/// `(lock token, delivery count, event id)` of each received event.
pub async fn receive(
    app: &Router,
    topic: &str,
    sub: &str,
    max: u32,
    wait: u32,
) -> Vec<(String, u64, String)> {
    let reply = call(
        app,
        "POST",
        &format!(
            "/topics/{topic}/eventsubscriptions/{sub}:receive?api-version=2024-06-01&maxEvents={max}&maxWaitTime={wait}"
        ),
        &[],
        Body::empty(),
    )
    .await;
    assert_eq!(reply.status, 200, "{:?}", reply.json);
    reply.json["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            let props = &item["brokerProperties"];
            (
                props["lockToken"].as_str().unwrap().to_owned(),
                props["deliveryCount"].as_u64().unwrap(),
                item["event"]["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Settles tokens; returns the response body.
pub async fn settle(app: &Router, topic: &str, sub: &str, action: &str, tokens: &[&str]) -> Value {
    let reply = call(
        app,
        "POST",
        &format!("/topics/{topic}/eventsubscriptions/{sub}:{action}?api-version=2024-06-01"),
        &[("content-type", "application/json")],
        serde_json::to_vec(&serde_json::json!({ "lockTokens": tokens })).unwrap(),
    )
    .await;
    assert_eq!(reply.status, 200, "{:?}", reply.json);
    reply.json
}

/// The management API's view of one subscription.
pub async fn depths(app: &Router, topic: &str, sub: &str) -> Value {
    let reply = call(app, "GET", "/emulator/topics", &[], Body::empty()).await;
    reply.json["namespaceTopics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == topic)
        .and_then(|t| {
            t["subscriptions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["name"] == sub)
        })
        .cloned()
        .unwrap_or_else(|| panic!("no {topic}/{sub} in {:?}", reply.json))
}
