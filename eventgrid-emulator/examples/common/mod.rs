//! What the examples share: the benchmark's events and one client's calls.

#![allow(dead_code, unreachable_pub)] // each example uses part of it; `pub` for them

use eventgrid_emulator::config::DEFAULT_KEY;
use serde::Deserialize;
use serde_json::{Value, json};

/// The part of a receive result the examples read.
#[derive(Deserialize)]
struct Received {
    value: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    #[serde(rename = "brokerProperties")]
    broker_properties: BrokerProperties,
}

#[derive(Deserialize)]
struct BrokerProperties {
    #[serde(rename = "lockToken")]
    lock_token: String,
}

/// Events per publish, and `maxEvents` of each receive.
pub const BATCH: usize = 100;

/// A batch of `BATCH` CloudEvents of about 1 KB each, as a JSON array.
pub fn batch(worker: usize, cycle: usize) -> String {
    let padding = "x".repeat(800);
    let events: Vec<Value> = (0..BATCH)
        .map(|i| {
            json!({"specversion": "1.0", "id": format!("{worker}-{cycle}-{i}"),
                "source": "/bench/orders", "type": "com.example.order.created",
                "time": "2026-12-07T00:00:00Z", "subject": format!("orders/{i}"),
                "data": {"orderId": i, "customer": "contoso", "note": padding}})
        })
        .collect();
    serde_json::to_string(&events).expect("a batch serializes")
}

/// An HTTP client: reqwest is built without a rustls crypto provider (as the emulator is), so
/// ring is installed as the process's provider first.
fn http_client() -> reqwest::Client {
    #[allow(deprecated)] // ring lacks post-quantum key exchange, which loopback runs don't need
    let _already_installed = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// One client of one namespace subscription (`{topic}/sub`).
pub struct Client {
    http: reqwest::Client,
    auth: String,
    publish: String,
    receive: String,
    subscription: String,
}

impl Client {
    pub fn new(url: &str, topic: &str) -> Self {
        Client {
            http: http_client(),
            auth: format!("SharedAccessKey {DEFAULT_KEY}"),
            publish: format!("{url}/topics/{topic}:publish?api-version=2024-06-01"),
            receive: format!(
                "{url}/topics/{topic}/eventsubscriptions/sub:receive?api-version=2024-06-01&maxEvents={BATCH}&maxWaitTime=10"
            ),
            subscription: format!("{url}/topics/{topic}/eventsubscriptions/sub"),
        }
    }

    pub async fn publish(&self, body: String) {
        let response = self
            .http
            .post(&self.publish)
            .header("authorization", &self.auth)
            .header(
                "content-type",
                "application/cloudevents-batch+json; charset=utf-8",
            )
            .body(body)
            .send()
            .await
            .expect("publish");
        assert_eq!(response.status(), 200);
    }

    /// Receives until `count` lock tokens are in hand. Only the tokens are read; the
    /// events are skipped without building a tree, as a typed client would.
    pub async fn receive(&self, count: usize) -> Vec<String> {
        let mut tokens = Vec::with_capacity(count);
        while tokens.len() < count {
            let bytes = self
                .http
                .post(&self.receive)
                .header("authorization", &self.auth)
                .send()
                .await
                .expect("receive")
                .bytes()
                .await
                .expect("receive body");
            let received: Received = serde_json::from_slice(&bytes).expect("a receive result");
            assert!(
                !received.value.is_empty(),
                "a published event did not arrive: {}",
                String::from_utf8_lossy(&bytes)
            );
            tokens.extend(
                received
                    .value
                    .into_iter()
                    .map(|item| item.broker_properties.lock_token),
            );
        }
        tokens
    }

    /// Settles `tokens` with `action` (`acknowledge`, `reject`, ...); all must succeed.
    pub async fn settle(&self, action: &str, tokens: &[String]) {
        let settled: Value = self
            .http
            .post(format!(
                "{}:{action}?api-version=2024-06-01",
                self.subscription
            ))
            .header("authorization", &self.auth)
            .header("content-type", "application/json")
            .body(json!({ "lockTokens": tokens }).to_string())
            .send()
            .await
            .expect("settle")
            .json()
            .await
            .expect("settle body");
        assert_eq!(
            settled["succeededLockTokens"].as_array().map(Vec::len),
            Some(tokens.len()),
            "{settled}"
        );
    }
}
