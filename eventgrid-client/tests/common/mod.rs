//! The emulator started in-process on 127.0.0.1:0, and clients pointed at it.

#![allow(dead_code, unreachable_pub)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use azure_core::http::policies::{Policy, PolicyResult};
use azure_core::http::{ClientOptions, Context, ExponentialRetryOptions, Request, RetryOptions};
use eventgrid_client::{ReceiverClient, ReceiverClientOptions, SenderClient, SenderClientOptions};
use eventgrid_emulator::config::{NamespaceTopicConfig, SubscriptionConfig};
use eventgrid_emulator::{Config, Emulator, EmulatorHandle};

pub const TOPIC: &str = "orders";
pub const SUBSCRIPTION: &str = "billing";

/// The configuration of [`emulator`]: topic `orders` and subscription `billing`.
pub fn config() -> Config {
    let mut config = Config::default();
    config.namespace_topics = vec![NamespaceTopicConfig::new(
        TOPIC,
        vec![SubscriptionConfig::new(SUBSCRIPTION)],
    )];
    config
}

/// An emulator with topic `orders` and subscription `billing`.
pub async fn emulator() -> EmulatorHandle {
    Emulator::start(config())
        .await
        .expect("the emulator starts")
}

/// The same emulator with locks and release delays multiplied by `scale`.
pub async fn emulator_with_lock_scale(scale: f64) -> EmulatorHandle {
    let mut config = config();
    config.lock_time_scale = scale;
    Emulator::start(config).await.expect("the emulator starts")
}

/// Retries that wait milliseconds, not the default 200 ms and up, unless the service says
/// `Retry-After`.
pub fn fast_retries(max_retries: u32) -> ClientOptions {
    ClientOptions {
        retry: RetryOptions::exponential(ExponentialRetryOptions {
            initial_delay: azure_core::time::Duration::milliseconds(5),
            max_retries,
            ..ExponentialRetryOptions::default()
        }),
        ..ClientOptions::default()
    }
}

pub fn sender(emulator: &EmulatorHandle) -> SenderClient {
    SenderClient::with_key_credential(&emulator.url(), TOPIC, emulator.key().to_owned(), None)
        .expect("a sender")
}

pub fn sender_with(emulator: &EmulatorHandle, client_options: ClientOptions) -> SenderClient {
    let mut options = SenderClientOptions::default();
    options.client_options = client_options;
    SenderClient::with_key_credential(
        &emulator.url(),
        TOPIC,
        emulator.key().to_owned(),
        Some(options),
    )
    .expect("a sender")
}

pub fn receiver(emulator: &EmulatorHandle) -> ReceiverClient {
    receiver_with(emulator, ClientOptions::default())
}

pub fn receiver_with(emulator: &EmulatorHandle, client_options: ClientOptions) -> ReceiverClient {
    let mut options = ReceiverClientOptions::default();
    options.client_options = client_options;
    ReceiverClient::with_key_credential(
        &emulator.url(),
        TOPIC,
        SUBSCRIPTION,
        emulator.key().to_owned(),
        Some(options),
    )
    .expect("a receiver")
}

/// The shortest wait the service allows; the emulator answers at once when events are there.
pub const WAIT: Duration = Duration::from_secs(10);

/// Makes the emulator answer the next `count` data-plane requests with `status`.
pub async fn inject_faults(
    emulator: &EmulatorHandle,
    count: u32,
    status: u16,
    retry_after: Option<u32>,
) {
    let mut plan = serde_json::json!({ "count": count, "status": status });
    if let Some(seconds) = retry_after {
        plan["retryAfterSeconds"] = seconds.into();
    }
    let response = http_client()
        .put(format!("{}/emulator/faults", emulator.url()))
        .json(&plan)
        .send()
        .await
        .expect("the management API answers");
    assert!(response.status().is_success(), "{}", response.status());
}

/// A client for the emulator's management API. reqwest is built without a rustls crypto
/// provider (the crate's transport hands it a configured one), so ring is installed as the
/// process's provider first.
pub fn http_client() -> reqwest::Client {
    #[allow(deprecated)] // ring lacks post-quantum key exchange, which loopback tests don't need
    let _already_installed = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// Every topic and subscription with their counters, as the management API lists them.
pub async fn overview(emulator: &EmulatorHandle) -> serde_json::Value {
    http_client()
        .get(format!("{}/emulator/topics", emulator.url()))
        .send()
        .await
        .expect("the management API answers")
        .json()
        .await
        .expect("the overview is JSON")
}

/// The queue depths of `orders/billing`, as the management API lists them.
pub async fn subscription_stats(emulator: &EmulatorHandle) -> serde_json::Value {
    let overview = overview(emulator).await;
    overview["namespaceTopics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|topic| topic["name"] == TOPIC)
        .flat_map(|topic| {
            topic["subscriptions"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .find(|subscription| subscription["name"] == SUBSCRIPTION)
        .expect("orders/billing is listed")
}

/// Records the headers of every request it sees: once per operation as a per-call policy
/// (before authentication), once per attempt as a per-try policy.
#[derive(Debug, Default)]
pub struct RecordHeaders(Mutex<Vec<Vec<(String, String)>>>);

impl RecordHeaders {
    /// The headers of each request seen so far, in order.
    pub fn requests(&self) -> Vec<Vec<(String, String)>> {
        self.0.lock().unwrap().clone()
    }
}

#[async_trait]
impl Policy for RecordHeaders {
    #[allow(elided_lifetimes_in_paths)]
    async fn send(
        &self,
        ctx: &Context,
        request: &mut Request,
        next: &[Arc<dyn Policy>],
    ) -> PolicyResult {
        let headers = request
            .headers()
            .iter()
            .map(|(name, value)| (name.as_str().to_owned(), value.as_str().to_owned()))
            .collect();
        self.0.lock().unwrap().push(headers);
        next[0].send(ctx, request, &next[1..]).await
    }
}
