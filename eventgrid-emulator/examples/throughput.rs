//! Publish -> receive -> acknowledge throughput and latency of the emulator over real
//! loopback HTTP, in memory and with `--data-dir`.
//!
//! Each of `WORKERS` clients owns a topic with one subscription and loops: publish a batch
//! of 100 CloudEvents of about 1 KB, receive them (`maxEvents=100`), acknowledge their lock
//! tokens. A cycle's latency is from the publish request to the acknowledge response.
//!
//! ```text
//! cargo run --release -p eventgrid-emulator --example throughput [-- CYCLES_PER_WORKER]
//! ```

use std::time::{Duration, Instant};

use eventgrid_emulator::config::{Config, DEFAULT_KEY, NamespaceTopicConfig, SubscriptionConfig};
use eventgrid_emulator::{Emulator, EmulatorHandle};
use serde_json::{Value, json};

const BATCH: usize = 100;
const WORKERS: usize = 4;

fn batch(worker: usize, cycle: usize) -> String {
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

async fn worker(url: String, worker: usize, cycles: usize) -> Vec<Duration> {
    let client = reqwest::Client::new();
    let auth = format!("SharedAccessKey {DEFAULT_KEY}");
    let topic = format!("bench-{worker}");
    let publish = format!("{url}/topics/{topic}:publish?api-version=2024-06-01");
    let receive = format!(
        "{url}/topics/{topic}/eventsubscriptions/sub:receive?api-version=2024-06-01&maxEvents={BATCH}&maxWaitTime=10"
    );
    let acknowledge =
        format!("{url}/topics/{topic}/eventsubscriptions/sub:acknowledge?api-version=2024-06-01");
    let bodies: Vec<String> = (0..cycles).map(|cycle| batch(worker, cycle)).collect();
    let mut latencies = Vec::with_capacity(cycles);
    for body in bodies {
        let start = Instant::now();
        let response = client
            .post(&publish)
            .header("authorization", &auth)
            .header(
                "content-type",
                "application/cloudevents-batch+json; charset=utf-8",
            )
            .body(body)
            .send()
            .await
            .expect("publish");
        assert_eq!(response.status(), 200);
        let mut tokens = Vec::with_capacity(BATCH);
        while tokens.len() < BATCH {
            let received: Value = client
                .post(&receive)
                .header("authorization", &auth)
                .send()
                .await
                .expect("receive")
                .json()
                .await
                .expect("receive body");
            let items = received["value"].as_array().expect("a receive result");
            assert!(
                !items.is_empty(),
                "a published event did not arrive: {received}"
            );
            for item in items {
                tokens.push(item["brokerProperties"]["lockToken"].clone());
            }
        }
        let settled: Value = client
            .post(&acknowledge)
            .header("authorization", &auth)
            .header("content-type", "application/json")
            .body(json!({ "lockTokens": tokens }).to_string())
            .send()
            .await
            .expect("acknowledge")
            .json()
            .await
            .expect("acknowledge body");
        assert_eq!(
            settled["succeededLockTokens"].as_array().map(Vec::len),
            Some(BATCH)
        );
        latencies.push(start.elapsed());
    }
    latencies
}

async fn run(label: &str, emulator: EmulatorHandle, cycles: usize) {
    let url = emulator.url();
    let start = Instant::now();
    let tasks: Vec<_> = (0..WORKERS)
        .map(|w| tokio::spawn(worker(url.clone(), w, cycles)))
        .collect();
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("a worker"));
    }
    let elapsed = start.elapsed();
    latencies.sort();
    let events = WORKERS * cycles * BATCH;
    // The nearest-rank percentile: index `percent` of the way through the sorted list.
    let at = |percent: usize| latencies[(latencies.len() - 1) * percent / 100];
    println!(
        "{label:<12} {events:>7} events in {:>6.2} s: {:>7.0} events/s; batch cycle p50 {:>6.1} ms, p99 {:>6.1} ms",
        elapsed.as_secs_f64(),
        f64::from(u32::try_from(events).expect("events fit u32")) / elapsed.as_secs_f64(),
        at(50).as_secs_f64() * 1e3,
        at(99).as_secs_f64() * 1e3,
    );
    emulator.shutdown().await;
}

#[tokio::main]
async fn main() {
    let cycles: usize = std::env::args()
        .nth(1)
        .map_or(100, |n| n.parse().expect("CYCLES_PER_WORKER is a number"));
    println!(
        "{WORKERS} workers x {cycles} cycles of publish({BATCH} events of ~1 KB) -> receive -> acknowledge"
    );
    let mut config = Config::default();
    config.namespace_topics = (0..WORKERS)
        .map(|w| {
            NamespaceTopicConfig::new(format!("bench-{w}"), vec![SubscriptionConfig::new("sub")])
        })
        .collect();
    let emulator = Emulator::start(config.clone()).await.expect("start");
    run("in memory", emulator, cycles).await;
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut durable = config;
    durable.data_dir = Some(dir.path().to_owned());
    run(
        "--data-dir",
        Emulator::start(durable).await.expect("start"),
        cycles,
    )
    .await;
}
