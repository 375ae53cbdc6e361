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

use eventgrid_emulator::config::{Config, NamespaceTopicConfig, SubscriptionConfig};
use eventgrid_emulator::{Emulator, EmulatorHandle};

mod common;

use common::{BATCH, Client, batch};

const WORKERS: usize = 4;

async fn worker(url: String, worker: usize, cycles: usize) -> Vec<Duration> {
    let client = Client::new(&url, &format!("bench-{worker}"));
    let bodies: Vec<String> = (0..cycles).map(|cycle| batch(worker, cycle)).collect();
    let mut latencies = Vec::with_capacity(cycles);
    for body in bodies {
        let start = Instant::now();
        client.publish(body).await;
        let tokens = client.receive(BATCH).await;
        client.settle("acknowledge", &tokens).await;
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
