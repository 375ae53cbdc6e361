//! What the end-to-end tests share: an axum app on 127.0.0.1:0, the emulator with its delivery
//! clock scaled down, and waiting on the emulator's counters (never on a time).

#![allow(dead_code)] // Each test file uses its own part.

use axum::Router;
use eventgrid_emulator::config::{BasicTopicConfig, Config, DEFAULT_KEY};
use eventgrid_emulator::{Emulator, EmulatorHandle};
use serde_json::Value;

/// Serves `app` on a free loopback port; returns its base URL.
pub(crate) async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

/// The emulator with `topics`, retries 1,000 times faster than the service's.
pub(crate) async fn emulator(topics: Vec<BasicTopicConfig>) -> EmulatorHandle {
    let mut config = Config::default();
    config.auto_create = false;
    config.basic_topics = topics;
    config.delivery_time_scale = 0.001;
    Emulator::start(config).await.unwrap()
}

/// Publishes `body` to a basic topic of the emulator.
pub(crate) async fn publish(
    emulator: &EmulatorHandle,
    topic: &str,
    content_type: &str,
    body: &Value,
) {
    let response = http_client()
        .post(format!(
            "{}/basic/{topic}/api/events?api-version=2018-01-01",
            emulator.url()
        ))
        .header("aeg-sas-key", DEFAULT_KEY)
        .header("content-type", content_type)
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
}

/// A client for the emulator. reqwest is built without a rustls crypto provider, so ring is
/// installed as the process's provider first.
fn http_client() -> reqwest::Client {
    #[allow(deprecated)] // ring lacks post-quantum key exchange, which loopback tests don't need
    let _already_installed = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// `GET url`, its body as JSON.
async fn get_json(url: &str) -> Value {
    let body = http_client().get(url).send().await.unwrap().bytes().await;
    serde_json::from_slice(&body.unwrap()).unwrap()
}

/// The emulator's basic-topic counters.
pub(crate) async fn stats(emulator: &EmulatorHandle) -> Value {
    get_json(&format!("{}/emulator/topics", emulator.url())).await["basicTopics"].clone()
}

/// Polls the counters until `done` holds (a liveness bound, not a timing assertion).
pub(crate) async fn wait_for(
    emulator: &EmulatorHandle,
    what: &str,
    done: impl Fn(&Value) -> bool,
) -> Value {
    for _ in 0..2000 {
        let stats = stats(emulator).await;
        if done(&stats) {
            return stats;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("never reached: {what}: {}", stats(emulator).await);
}

/// What the emulator dead-lettered for a subscription.
pub(crate) async fn dead_letters(
    emulator: &EmulatorHandle,
    topic: &str,
    subscription: &str,
) -> Value {
    get_json(&format!(
        "{}/emulator/basic/{topic}/subscriptions/{subscription}/deadletters",
        emulator.url()
    ))
    .await
}
