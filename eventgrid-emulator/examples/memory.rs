//! Peak memory against history: does the emulator's memory follow what is queued, or
//! everything that ever went through it?
//!
//! One topic holds a fixed backlog of `BACKLOG` events that nobody receives; on another, one
//! client runs publish -> receive -> settle cycles of 100 CloudEvents of about 1 KB, acknowledging 90
//! and rejecting 10 of each batch (so dead letters pile up to `dead_letter_limit`, 10,000 by
//! default, and then stay there). It prints the process's peak resident memory (`VmHWM` in
//! `/proc/self/status`, Linux only) as the history grows; the client runs in the same
//! process, so its memory is in the numbers too. Then it grows the backlog instead, to show
//! what memory does follow.
//!
//! ```text
//! cargo run --release -p eventgrid-emulator --example memory [-- HISTORY_EVENTS [--data-dir]]
//! ```

mod common;

use common::{BATCH, Client, batch};
use eventgrid_emulator::Emulator;
use eventgrid_emulator::config::{Config, NamespaceTopicConfig, SubscriptionConfig};

const BACKLOG: usize = 2_000;
const REJECTED_PER_BATCH: usize = 10;

/// The process's peak resident memory in MiB.
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("Linux /proc");
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/self/status");
    kib / 1024.0
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let history: usize = args
        .next()
        .map_or(400_000, |n| n.parse().expect("HISTORY_EVENTS is a number"));
    let durable = args.next().is_some_and(|a| a == "--data-dir");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut config = Config::default();
    config.namespace_topics = ["memory", "parked"]
        .into_iter()
        .map(|name| NamespaceTopicConfig::new(name, vec![SubscriptionConfig::new("sub")]))
        .collect();
    if durable {
        config.data_dir = Some(dir.path().to_owned());
    }
    let limit = config.dead_letter_limit;
    let emulator = Emulator::start(config).await.expect("start");
    let client = Client::new(&emulator.url(), "memory");
    let storage = if durable { "--data-dir" } else { "in memory" };
    println!(
        "{storage}; backlog {BACKLOG} events; each cycle publishes {BATCH} events of ~1 KB, \
         acknowledges {} and rejects {REJECTED_PER_BATCH}; dead_letter_limit {limit}",
        BATCH - REJECTED_PER_BATCH
    );
    println!("{:>14} {:>12} {:>14}", "history", "queued", "peak RSS MiB");
    let parked = Client::new(&emulator.url(), "parked");
    for cycle in 0..BACKLOG / BATCH {
        parked.publish(batch(0, cycle)).await;
    }
    let checkpoints = (0..=8).map(|i| history * i / 8);
    let mut done = 0;
    for checkpoint in checkpoints {
        while done < checkpoint {
            client.publish(batch(1, done / BATCH)).await;
            let tokens = client.receive(BATCH).await;
            let (rejected, acknowledged) = tokens.split_at(REJECTED_PER_BATCH);
            client.settle("acknowledge", acknowledged).await;
            client.settle("reject", rejected).await;
            done += BATCH;
        }
        println!("{done:>14} {BACKLOG:>12} {:>14.1}", peak_mib());
    }
    // What memory does follow: events queued and never received.
    let mut queued = BACKLOG;
    for step in 1..=4 {
        while queued < BACKLOG + step * history / 8 {
            parked.publish(batch(2, queued / BATCH)).await;
            queued += BATCH;
        }
        println!("{done:>14} {queued:>12} {:>14.1}", peak_mib());
    }
    emulator.shutdown().await;
}
