//! The client's overhead over a bare HTTP POST of the same bytes to the same in-process
//! emulator, measured side by side in one run, and the processor's throughput:
//!
//! ```text
//! cargo bench -p eventgrid-client --bench overhead
//! EG_BENCH_SECONDS=10 cargo bench -p eventgrid-client --bench overhead
//! ```
//!
//! Workload: batches of 100 CloudEvents of ~1 KB each, to a topic without subscriptions so
//! the emulator keeps nothing. Every row POSTs to the same emulator over plain HTTP/1.1 with
//! keep-alive, on reqwest 0.13 (the version the client's transport and azure_core use). Rows:
//! - **client send_batch**: `SenderClient::send_batch` on the events: encoding, the
//!   azure_core pipeline (request id, user agent, retry, our per-try policy that counts
//!   attempts and sets the key header, logging), the client's default transport, which
//!   reads the whole response as azure_core does (its body stream collected into a buffer);
//! - **bare POST**: reqwest, with the settings of the client's transport, POSTing the
//!   already-encoded body, shared (not copied), to the URL parsed once (as the client keeps
//!   it), with the same content type and key header, and reading the whole response: the
//!   baseline of the ratio;
//! - **bare POST, fresh body**: the same with a fresh copy of the body each time, as a body
//!   an encoder has just made is fresh memory;
//! - **azure_core pipeline**: azure_core's `Pipeline` with its default policies and none of
//!   ours, on a reqwest client built as the client's transport is, the encoded body shared,
//!   with a fresh request id set on the request as the client sets it (without one, the
//!   request-id policy's lookup builds an error, and a backtrace under `RUST_BACKTRACE`);
//! - **azure_core HttpClient**: that reqwest client through azure_core's `HttpClient` alone;
//! - **encode only**: `json::batch_to_vec`, the client's share that is not HTTP.
//!
//! Rows take turns round by round (`EG_BENCH_BATCHES` batches each, default 10), each round
//! starting one row later, until every HTTP row has run `EG_BENCH_SECONDS` (default 3), so a
//! noisy neighbour hurts all alike; the median and the fastest round of each row are printed,
//! and the ratio of the medians.
//!
//! `EG_BENCH_ONLY=<row name>` runs one row alone for `EG_BENCH_BATCHES` batches, for
//! instruction counts: `bash eventgrid-client/benches/instructions.sh` runs each row under
//! callgrind.
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
        if let Ok(only) = std::env::var("EG_BENCH_ONLY") {
            only_one(&emulator, &only, batches).await;
        } else {
            overhead(&emulator, seconds, batches).await;
            processor(&emulator, processor_events).await;
        }
        emulator.shutdown().await;
    });
}

/// What one row times, one batch at a time.
#[derive(Clone, Copy, PartialEq)]
enum Row {
    /// `SenderClient::send_batch`: encoding, the pipeline, the transport.
    Client,
    /// reqwest, the encoded body shared, not copied.
    Bare,
    /// reqwest, a fresh copy of the body each time, as an encoder makes.
    BareFreshBody,
    /// azure_core's pipeline (no policy of ours) on the client's transport, the encoded body.
    Pipeline,
    /// azure_core's `HttpClient` on the client's transport, no pipeline, the encoded body.
    Transport,
    /// `json::batch_to_vec` alone.
    Encode,
}

impl Row {
    const ALL: [Row; 6] = [
        Row::Client,
        Row::Bare,
        Row::BareFreshBody,
        Row::Pipeline,
        Row::Transport,
        Row::Encode,
    ];

    fn name(self) -> &'static str {
        match self {
            Row::Client => "client send_batch",
            Row::Bare => "bare POST",
            Row::BareFreshBody => "bare POST, fresh body",
            Row::Pipeline => "azure_core pipeline",
            Row::Transport => "azure_core HttpClient",
            Row::Encode => "encode only",
        }
    }
}

/// A reqwest client with the settings of the client's default transport: its timeouts, no
/// redirects, and otherwise reqwest's defaults (a keep-alive pool, HTTP/1.1 over plain HTTP).
/// The bare POST gets its own, so that its connection is its own as the client's is.
fn transport_like() -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(20))
        .read_timeout(Duration::from_secs(150))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a reqwest client")
}

struct Contenders {
    events: Vec<CloudEvent>,
    body: azure_core::Bytes,
    sender: SenderClient,
    /// The bare POST's reqwest client.
    bare: reqwest::Client,
    /// The reqwest client under the azure_core rows.
    transport: reqwest::Client,
    pipeline: azure_core::http::Pipeline,
    /// The publish URL, parsed once, as the client keeps it.
    url: azure_core::http::Url,
    auth: String,
}

impl Contenders {
    fn new(emulator: &EmulatorHandle) -> Self {
        let events = events();
        let body = json::batch_to_vec(&events)
            .expect("the batch encodes")
            .into();
        let sender = SenderClient::with_key_credential(
            &emulator.url(),
            "bench",
            emulator.key().to_owned(),
            None,
        )
        .expect("a sender");
        // The bare contenders need a TLS provider to build even for plain HTTP.
        #[allow(deprecated)]
        let _ = rustls::crypto::ring::default_provider().install_default();
        let transport = transport_like();
        let options = azure_core::http::ClientOptions {
            transport: Some(azure_core::http::Transport::new(std::sync::Arc::new(
                transport.clone(),
            ))),
            ..Default::default()
        };
        let pipeline = azure_core::http::Pipeline::new(
            Some("bench"),
            Some("0"),
            options,
            Vec::new(),
            Vec::new(),
            None,
        );
        Contenders {
            pipeline,
            events,
            body,
            sender,
            bare: transport_like(),
            transport,
            url: format!(
                "{}/topics/bench:publish?api-version=2024-06-01",
                emulator.url()
            )
            .parse()
            .expect("a URL"),
            auth: format!("SharedAccessKey {}", emulator.key()),
        }
    }

    async fn run(&self, row: Row) {
        let client = match row {
            Row::Client => {
                return self
                    .sender
                    .send_batch(&self.events)
                    .await
                    .expect("the client's batch is accepted");
            }
            Row::Encode => {
                std::hint::black_box(
                    json::batch_to_vec(std::hint::black_box(&self.events)).expect("encodes"),
                );
                return;
            }
            Row::Pipeline | Row::Transport => {
                use azure_core::http::HttpClient;
                let mut request = azure_core::http::Request::new(
                    self.url.clone(),
                    azure_core::http::Method::Post,
                );
                request.insert_header(
                    "content-type",
                    "application/cloudevents-batch+json; charset=utf-8",
                );
                request.insert_header("authorization", self.auth.clone());
                request.set_body(self.body.clone());
                let status = if row == Row::Pipeline {
                    request.insert_header(
                        azure_core::http::headers::CLIENT_REQUEST_ID,
                        uuid::Uuid::new_v4().hyphenated().to_string(),
                    );
                    let options = azure_core::http::PipelineSendOptions {
                        skip_checks: true,
                        ..Default::default()
                    };
                    let ctx = azure_core::http::Context::new();
                    let response = self.pipeline.send(&ctx, &mut request, Some(options)).await;
                    response.expect("answered").status()
                } else {
                    let response = self
                        .transport
                        .execute_request(&request)
                        .await
                        .expect("answered");
                    let status = response.status();
                    response.into_body().collect().await.expect("a body");
                    status
                };
                assert_eq!(u16::from(status), 200);
                return;
            }
            Row::Bare | Row::BareFreshBody => &self.bare,
        };
        let response = client
            .post(self.url.clone())
            .header(
                "content-type",
                "application/cloudevents-batch+json; charset=utf-8",
            )
            .header("authorization", &self.auth)
            .body(if row == Row::BareFreshBody {
                azure_core::Bytes::from(self.body.to_vec())
            } else {
                self.body.clone()
            })
            .send()
            .await
            .expect("the bare POST is answered");
        assert_eq!(response.status(), 200);
        response.bytes().await.expect("the bare POST's body");
    }
}

async fn overhead(emulator: &EmulatorHandle, seconds: Duration, batches: u32) {
    let contenders = Contenders::new(emulator);
    let mut rounds: Vec<Vec<Duration>> = vec![Vec::new(); Row::ALL.len()];
    let mut totals = vec![Duration::ZERO; Row::ALL.len()];
    let mut round = 0;
    while totals[..Row::ALL.len() - 1]
        .iter()
        .any(|total| *total < seconds)
    {
        // Each round starts with the next row, so no row always follows the same one.
        for offset in 0..Row::ALL.len() {
            let index = (round + offset) % Row::ALL.len();
            let start = Instant::now();
            for _ in 0..batches {
                contenders.run(Row::ALL[index]).await;
            }
            let elapsed = start.elapsed();
            // The first round warms connections and caches, and is not counted.
            if round > 0 {
                rounds[index].push(elapsed);
                totals[index] += elapsed;
            }
        }
        round += 1;
    }
    let us = |round: Duration| round.as_secs_f64() * 1e6 / f64::from(batches);
    let fastest: Vec<f64> = rounds
        .iter()
        .map(|rounds| us(rounds.iter().copied().min().unwrap_or_default()))
        .collect();
    let per_batch: Vec<f64> = rounds
        .into_iter()
        .map(|rounds| us(median(rounds)))
        .collect();
    println!(
        "send_batch, 100 events, {} bytes ({} rounds of {batches} batches each):",
        contenders.body.len(),
        round - 1
    );
    println!(
        "  {:<24} {:>8} {:>8}  (us per batch)",
        "", "median", "fastest"
    );
    for ((row, median), fastest) in Row::ALL.iter().zip(&per_batch).zip(&fastest) {
        println!("  {:<24} {median:>8.0} {fastest:>8.0}", row.name());
    }
    println!("  client / bare = {:.2}x", per_batch[0] / per_batch[1]);
}

/// Runs one row alone for `batches` batches (after 10 to warm up), for instruction counts
/// under callgrind: two runs with different counts give the cost of one batch.
async fn only_one(emulator: &EmulatorHandle, which: &str, batches: u32) {
    let contenders = Contenders::new(emulator);
    let row = *Row::ALL
        .iter()
        .find(|row| row.name() == which)
        .unwrap_or_else(|| {
            panic!(
                "EG_BENCH_ONLY names a row: {}",
                Row::ALL.map(Row::name).join(", ")
            )
        });
    for _ in 0..10 + batches {
        contenders.run(row).await;
    }
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

    // Made before the clock starts: a client loads the platform's root certificates.
    #[allow(deprecated)] // ring lacks post-quantum key exchange, which loopback runs don't need
    let _already_installed = rustls::crypto::ring::default_provider().install_default();
    let management = reqwest::Client::new();
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
    while !queue_is_empty(&management, emulator).await {
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
async fn queue_is_empty(management: &reqwest::Client, emulator: &EmulatorHandle) -> bool {
    let overview: serde_json::Value = management
        .get(format!("{}/emulator/topics", emulator.url()))
        .send()
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
