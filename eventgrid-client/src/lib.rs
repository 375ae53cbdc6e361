//! Typed Azure Event Grid clients on azure_core's HTTP pipeline.
//!
//! * [`PublisherClient`] publishes to a basic topic or domain: Event Grid schema events,
//!   CloudEvents, any typed event in either schema, or raw JSON; [`generate_sas`] makes the
//!   SAS tokens it (and every client) can authenticate with.
//! * [`SenderClient`] publishes CloudEvents to a namespace topic: one event in structured or
//!   binary mode, or a batch.
//! * [`ReceiverClient`] receives from a namespace event subscription into any typed event
//!   (one result per event, so an event that does not decode keeps its lock token), and
//!   acknowledges, releases, rejects, or renews locks with per-token results.
//!
//! # Authentication
//! Every client takes an access key (`with_key_credential`), a SAS token (`with_sas_token`),
//! or any azure_core [`TokenCredential`](azure_core::credentials::TokenCredential) such as
//! `azure_identity`'s (`new`, scope [`SCOPE`]).
//!
//! # The HTTP stack and where it is not azure_core's default
//! Requests go through one azure_core [`Pipeline`](azure_core::http::Pipeline): its
//! exponential retry policy (408, 429, 500, 502, 503, 504 and connection failures; the
//! `Retry-After` of a 429 or 503 is honoured), its bearer-token policy, its user agent, and a
//! pluggable transport (`ClientOptions::transport`). Two parts are ours, on purpose:
//!
//! * **The default transport.** azure_core's `reqwest_rustls` feature builds rustls' aws-lc
//!   provider (a C build needing cmake) and its default client gives up reading after 60 s,
//!   less than a receive's longest wait of 120 s. Ours is reqwest on rustls with the *ring*
//!   provider, the platform's roots, and a 150 s read timeout.
//! * **Entra ID over plain HTTP.** azure_core's bearer policy refuses non-https URLs, which
//!   is right for a token; a client given a token credential and an `http://` endpoint fails
//!   at construction. Against a local emulator, use a key or SAS token, or serve it over
//!   HTTPS with a `[bearer]` configuration, which checks tokens for Event Grid's audience
//!   (the crate's `tests/entra.rs` does so with its own `TokenCredential`).
//!
//! # What azure_core costs per request
//! Counted in instructions by callgrind (`bash eventgrid-client/benches/instructions.sh`;
//! the crate README has the numbers) on batches of 100 ~1 KB events, against a bare reqwest
//! POST of the same bytes to the same emulator (a round trip is about 1.8 million
//! instructions, emulator included):
//!
//! * azure_core's `ClientRequestIdPolicy` looks `x-ms-client-request-id` up before adding
//!   one, and a lookup that misses builds an error that captures a backtrace whenever
//!   `RUST_BACKTRACE` or `RUST_LIB_BACKTRACE` is set: about 85,000 instructions, 5% of a
//!   round trip. The clients set the id themselves (one fresh UUID per operation, kept
//!   across retries, as the policy does), so the lookup finds it.
//! * A lookup that finds its header still formats, and drops, the error message it would
//!   have given: typespec's `ResultExt::with_context_fn` calls its closure before it knows
//!   whether there is an error. That is about 2,300 instructions for the request-id lookup
//!   of every request, and cannot be avoided from outside.
//! * The rest of the pipeline, about 13,000 instructions (0.7%), stays as long as we use it:
//!   a boxed future per policy (request id, user agent, retry, ours, logging, transport),
//!   the context's type map copied per call and per attempt, the request's headers copied
//!   into reqwest's, the response's into a map of owned, lower-cased strings, the response
//!   body collected from a boxed stream into a new buffer (and once more into the response),
//!   and two more headers (user agent, request id) for the service to parse. In wall-clock
//!   time it has cost more than its instructions predict: 21 to 24 us of a ~500 us round
//!   trip in quiet runs of 3b0b365 without `RUST_BACKTRACE` (that table is in the crate
//!   README's history; its current runs are taken with the variable set). It makes no more
//!   system calls, thread wake-ups or page faults than a bare POST (the crate README has
//!   the counts); what it adds is cold code and data. It runs once per round trip, after
//!   the emulator and the kernel have had the caches, and callgrind's cache model counts
//!   about 650 more first-level instruction misses and 700 more data misses per request
//!   for the policies than for azure_core's `HttpClient` alone.
//!
//! What the clients add themselves is small: a span, one per-try policy (it counts attempts
//! and sets a key or SAS header), a UUID from a thread-local generator, and a clone of a URL
//! built once per client. Encoding is the larger share, about 5%: every event is checked
//! against the producer rules, then written as JSON. The encoded body reaches the transport
//! without a copy.
//!
//! # Distributed tracing
//! Each operation runs in a `tracing` span. Every received event carries the producer's
//! [`TraceContext`] (the CloudEvents `traceparent`/`tracestate` extension). With the
//! `opentelemetry` feature, every CloudEvent sent without a `traceparent` gets the current
//! OpenTelemetry span's, and a received `TraceContext` becomes a span link.
//!
//! Retries make publishing at least once, and a retried settlement may report as failed a
//! token that the first attempt settled. Every [`Error`] says whether a retry happened.

mod auth;
mod error;
mod pipeline;
mod processor;
mod publisher;
mod receiver;
mod sas;
mod send_all;
mod sender;
mod trace;
mod transport;
mod wire;

pub use auth::SCOPE;
pub use error::{Error, ErrorKind, Operation, Result};
pub use eventgrid_types::namespace::ReleaseDelay;
pub use processor::{Delivery, Outcome, ProcessorOptions, ProcessorReport};
pub use publisher::{PublisherClient, PublisherClientOptions};
pub use receiver::{
    FailedLockToken, Received, ReceivedEvent, ReceiverClient, ReceiverClientOptions, Settlement,
};
pub use sas::{BASIC_API_VERSION, InvalidKey, generate_sas, generate_sas_with_expiry_text};
pub use send_all::{ChunkResult, SendAllReport};
pub use sender::{SenderClient, SenderClientOptions};
pub use trace::TraceContext;
