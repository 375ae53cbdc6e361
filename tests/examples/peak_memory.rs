//! Peak memory of decoding the benchmark's 1 MB CloudEvents batch once.
//!
//! ```text
//! cargo build --release -p eventgrid-tests --example peak_memory
//! target/release/examples/peak_memory write /tmp/ce-batch.json
//! /usr/bin/time -v target/release/examples/peak_memory read /tmp/ce-batch.json      # baseline
//! /usr/bin/time -v target/release/examples/peak_memory envelopes /tmp/ce-batch.json
//! /usr/bin/time -v target/release/examples/peak_memory system /tmp/ce-batch.json
//! ```
//!
//! `Maximum resident set size` of a decode run minus that of the `read` run is what decoding
//! cost. The program also prints the same from `/proc/self/status` (`VmHWM` after decoding
//! against `VmRSS` once the file is read).

use std::error::Error;
use std::hint::black_box;

use eventgrid_system_events::SystemEvent;
use eventgrid_tests::bench_data::{self, AzureData, SEED, TARGET_BATCH_BYTES};
use eventgrid_types::json;

/// A line of `/proc/self/status` in KiB (Linux only; 0 elsewhere).
fn status_kib(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

#[allow(clippy::cast_precision_loss)] // Sizes in KiB, far below 2^52.
fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(mode), Some(path)) = (args.get(1), args.get(2)) else {
        return Err("usage: peak_memory write|read|envelopes|typed|system PATH".into());
    };
    if mode == "write" {
        let events = bench_data::azure_events(SEED, TARGET_BATCH_BYTES);
        std::fs::write(path, bench_data::cloudevents_batch(&events))?;
        return Ok(());
    }
    let body = std::fs::read(path)?;
    let before = status_kib("VmRSS:");
    let count = match mode.as_str() {
        "read" => 0,
        "envelopes" => black_box(json::batch_from_slice(&body)?).len(),
        "typed" => black_box(json::decode_batch::<AzureData>(&body)?).len(),
        "system" => black_box(json::decode_batch::<SystemEvent>(&body)?).len(),
        other => return Err(format!("unknown mode {other}").into()),
    };
    let peak = status_kib("VmHWM:");
    let input_kib = body.len() as f64 / 1024.0;
    let extra = peak.saturating_sub(before) as f64;
    println!(
        "{mode}: {count} events from {:.0} KiB; RSS {before} KiB once read, peak {peak} KiB: \
         decoding added {extra:.0} KiB = {:.2}x the input",
        input_kib,
        extra / input_kib
    );
    Ok(())
}
