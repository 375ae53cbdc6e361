//! The client's overhead over a bare HTTP POST of the same bytes to the same in-process
//! emulator, measured side by side in one run, and the processor's throughput:
//!
//! ```text
//! cargo bench -p eventgrid-client --bench overhead
//! EG_BENCH_SECONDS=10 cargo bench -p eventgrid-client --bench overhead
//! ```
//!
//! Workload: batches of 100 CloudEvents of ~1 KB each, to a topic without subscriptions so
//! the emulator keeps nothing. Rows:
//! - **client**: `SenderClient::send_batch` on the events: encoding, the azure_core pipeline
//!   (retry, auth, user agent, request id policies), our transport;
//! - **bare POST**: reqwest (the version the client uses) POSTing the already-encoded body
//!   with the same content type and key header;
//! - **encode only**: the client's share that is not HTTP, `json::batch_to_vec`.
//!
//! Contenders alternate round by round (`EG_BENCH_BATCHES` batches each, default 10) for
//! `EG_BENCH_SECONDS` (default 3) each, so a noisy neighbour hurts both alike; the medians of
//! the rounds are printed with their ratio.
//!
//! Processor: `EG_BENCH_EVENTS` (default 5,000) events of the same shape are queued on a
//! subscription, then `ReceiverClient::process` with a handler that acknowledges at once
//! and the default options (8 handlers at once) runs until the emulator holds none of them,
//! available or locked: every one was received, handled and acknowledged.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use eventgrid_client::{Delivery, Outcome, ProcessorOptions, ReceiverClient, SenderClient};
use eventgrid_emulator::config::{NamespaceTopicConfig, SubscriptionConfig};
use eventgrid_emulator::{Config, Emulator, EmulatorHandle};
use eventgrid_types::{CloudEvent, json};

fn env_u32(name: &str, default: u32) -> u32 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// One hundred events of about 1 KB each when encoded.
fn events() -> Vec<CloudEvent> {
    (0..100)
        .map(|n| {
            CloudEvent::builder("com.example.bench", "/bench")
                .id(format!("e-{n}"))
                .json_data(&serde_json::json!({ "n": n, "pad": "x".repeat(930) }))
                .build()
                .expect("a valid event")
        })
        .collect()
}

fn main() {
    let seconds = Duration::from_secs(env_u32("EG_BENCH_SECONDS", 3).into());
    let batches = env_u32("EG_BENCH_BATCHES", 10);
    let processor_events = env_u32("EG_BENCH_EVENTS", 5000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async move {
        let mut config = Config::default();
        config.namespace_topics = vec![
            NamespaceTopicConfig::new("bench", Vec::new()),
            NamespaceTopicConfig::new("work", vec![SubscriptionConfig::new("workers")]),
        ];
        let emulator = Emulator::start(config).await.expect("the emulator starts");
        overhead(&emulator, seconds, batches).await;
        processor(&emulator, processor_events).await;
        emulator.shutdown().await;
    });
}

async fn overhead(emulator: &EmulatorHandle, seconds: Duration, batches: u32) {
    let events = events();
    let body = json::batch_to_vec(&events).expect("the batch encodes");
    let sender = SenderClient::with_key_credential(
        &emulator.url(),
        "bench",
        emulator.key().to_owned(),
        None,
    )
    .expect("a sender");
    // The bare contender needs a TLS provider to build even for plain HTTP.
    #[allow(deprecated)]
    let _ = rustls::crypto::ring::default_provider().install_default();
    let bare = reqwest::Client::new();
    let url = format!(
        "{}/topics/bench:publish?api-version=2024-06-01",
        emulator.url()
    );
    let auth = format!("SharedAccessKey {}", emulator.key());

    let (mut client_rounds, mut bare_rounds, mut encode_rounds) =
        (Vec::new(), Vec::new(), Vec::new());
    let (mut client_total, mut bare_total) = (Duration::ZERO, Duration::ZERO);
    let mut round = 0;
    while client_total < seconds || bare_total < seconds {
        let start = Instant::now();
        for _ in 0..batches {
            sender
                .send_batch(&events)
                .await
                .expect("the client's batch is accepted");
        }
        let client = start.elapsed();
        let start = Instant::now();
        for _ in 0..batches {
            let response = bare
                .post(&url)
                .header(
                    "content-type",
                    "application/cloudevents-batch+json; charset=utf-8",
                )
                .header("authorization", &auth)
                .body(body.clone())
                .send()
                .await
                .expect("the bare POST is answered");
            assert_eq!(response.status(), 200);
            response.bytes().await.expect("the bare POST's body");
        }
        let bare = start.elapsed();
        let start = Instant::now();
        for _ in 0..batches {
            std::hint::black_box(
                json::batch_to_vec(std::hint::black_box(&events)).expect("encodes"),
            );
        }
        let encode = start.elapsed();
        // The first round warms connections and caches, and is not counted.
        if round > 0 {
            client_rounds.push(client);
            bare_rounds.push(bare);
            encode_rounds.push(encode);
            client_total += client;
            bare_total += bare;
        }
        round += 1;
    }
    let per_batch = |rounds: Vec<Duration>| median(rounds).as_secs_f64() * 1e6 / f64::from(batches);
    let rounds = client_rounds.len();
    let (client, bare, encode) = (
        per_batch(client_rounds),
        per_batch(bare_rounds),
        per_batch(encode_rounds),
    );
    println!(
        "send_batch, 100 events, {} bytes ({rounds} rounds of {batches} batches, medians):",
        body.len()
    );
    println!("  client       {client:>8.0} us/batch");
    println!("  bare POST    {bare:>8.0} us/batch");
    println!("  encode only  {encode:>8.0} us/batch");
    println!("  client / bare = {:.2}x", client / bare);
}

async fn processor(emulator: &EmulatorHandle, count: u32) {
    let events: Vec<CloudEvent> = (0..count.div_ceil(100))
        .flat_map(|_| events())
        .take(usize::try_from(count).unwrap_or(usize::MAX))
        .collect();
    let sender =
        SenderClient::with_key_credential(&emulator.url(), "work", emulator.key().to_owned(), None)
            .expect("a sender");
    let receiver = ReceiverClient::with_key_credential(
        &emulator.url(),
        "work",
        "workers",
        emulator.key().to_owned(),
        None,
    )
    .expect("a receiver");
    assert!(
        sender
            .send_all(&events)
            .await
            .expect("the events encode")
            .is_complete()
    );

    let handled = Arc::new(AtomicU64::new(0));
    let done = Arc::new(tokio::sync::Notify::new());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let start = Instant::now();
    let processing = tokio::spawn({
        let (handled, done) = (handled.clone(), done.clone());
        async move {
            receiver
                .process(
                    ProcessorOptions::default(),
                    move |_: Delivery<CloudEvent>| {
                        let (handled, done) = (handled.clone(), done.clone());
                        async move {
                            if handled.fetch_add(1, Ordering::Relaxed) + 1 == u64::from(count) {
                                done.notify_one();
                            }
                            Outcome::Acknowledge
                        }
                    },
                    async move {
                        let _ = stopped.await;
                    },
                )
                .await
        }
    });
    done.notified().await;
    // Every handler has returned; the clock stops when the last acknowledgement has landed.
    while !queue_is_empty(emulator).await {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let elapsed = start.elapsed();
    let _ = stop.send(());
    let report = processing.await.expect("the processor ends");
    assert_eq!(report.acknowledged, u64::from(count), "{report:?}");
    println!(
        "processor: {count} events handled in {:.2} s = {:.0} events/s (8 handlers, ack at once)",
        elapsed.as_secs_f64(),
        f64::from(count) / elapsed.as_secs_f64()
    );
}

/// Whether `work/workers` holds no event, available or locked.
async fn queue_is_empty(emulator: &EmulatorHandle) -> bool {
    let overview: serde_json::Value =
        reqwest012::get(format!("{}/emulator/topics", emulator.url()))
            .await
            .expect("the management API answers")
            .json()
            .await
            .expect("the overview is JSON");
    overview["namespaceTopics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|topic| topic["name"] == "work")
        .flat_map(|topic| {
            topic["subscriptions"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .any(|sub| sub["name"] == "workers" && sub["available"] == 0 && sub["locked"] == 0)
}
