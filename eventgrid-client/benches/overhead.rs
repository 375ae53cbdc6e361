//! The client's overhead over a bare HTTP POST of the same bytes to the same in-process
//! emulator, measured side by side in one run:
//!
//! ```text
//! cargo bench -p eventgrid-client --bench overhead
//! EG_BENCH_SAMPLES=31 cargo bench -p eventgrid-client --bench overhead
//! ```
//!
//! Workload: batches of 100 CloudEvents of ~1 KB each (`send_batch`), to a topic without
//! subscriptions so the emulator keeps nothing. Contenders:
//! - **client**: `SenderClient::send_batch` on the events: encoding, the azure_core pipeline
//!   (retry, auth, user agent, request id policies), our transport;
//! - **bare**: the same reqwest version POSTing the already-encoded body with the same
//!   content type and key header.
//!
//! Each sample sends `EG_BENCH_BATCHES` (default 20) batches; contenders alternate sample by
//! sample so a noisy neighbour hurts both alike; the medians are printed with their ratio.

use std::time::{Duration, Instant};

use eventgrid_client::SenderClient;
use eventgrid_emulator::config::NamespaceTopicConfig;
use eventgrid_emulator::{Config, Emulator};
use eventgrid_types::{CloudEvent, json};

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let samples = env_usize("EG_BENCH_SAMPLES", 15);
    let batches = env_usize("EG_BENCH_BATCHES", 20);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let mut config = Config::default();
        config.namespace_topics = vec![NamespaceTopicConfig::new("bench", Vec::new())];
        let emulator = Emulator::start(config).await.unwrap();
        let events: Vec<CloudEvent> = (0..100)
            .map(|n| {
                CloudEvent::builder("com.example.bench", "/bench")
                    .id(format!("e-{n}"))
                    .json_data(&serde_json::json!({ "n": n, "pad": "x".repeat(930) }))
                    .build()
                    .unwrap()
            })
            .collect();
        let body = json::batch_to_vec(&events).unwrap();

        let sender = SenderClient::with_key_credential(&emulator.url(), "bench", emulator.key().to_owned(), None)
            .unwrap();
        // The bare contender needs a TLS provider to build even for plain HTTP.
        #[allow(deprecated)]
        let _ = rustls::crypto::ring::default_provider().install_default();
        let bare = reqwest::Client::new();
        let url = format!("{}/topics/bench:publish?api-version=2024-06-01", emulator.url());
        let auth = format!("SharedAccessKey {}", emulator.key());

        let (mut client_times, mut bare_times) = (Vec::new(), Vec::new());
        for sample in 0..=samples {
            let start = Instant::now();
            for _ in 0..batches {
                sender.send_batch(&events).await.unwrap();
            }
            let client = start.elapsed();
            let start = Instant::now();
            for _ in 0..batches {
                let response = bare
                    .post(&url)
                    .header("content-type", "application/cloudevents-batch+json; charset=utf-8")
                    .header("authorization", &auth)
                    .body(body.clone())
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), 200);
                response.bytes().await.unwrap();
            }
            let bare = start.elapsed();
            // The first sample warms connections and caches, and is not counted.
            if sample > 0 {
                client_times.push(client);
                bare_times.push(bare);
            }
        }
        let per_batch = |d: Duration| d.as_secs_f64() * 1e6 / f64::from(u32::try_from(batches).unwrap_or(u32::MAX));
        let (client, bare) = (per_batch(median(client_times)), per_batch(median(bare_times)));
        println!(
            "batch of 100 events, {} bytes: client {client:.0} us/batch, bare POST {bare:.0} us/batch, client / bare = {:.2}x ({samples} samples of {batches} batches)",
            body.len(),
            client / bare
        );
        emulator.shutdown().await;
    });
}
