//! Hostile input: the worst input of each cost class the adversarial review (#18) found, at
//! the 1 MiB limit, through every decoder and encoder it reaches, timed as a multiple of the
//! same call on a normal 1 MB batch of Azure system events.
//!
//! ```text
//! cargo bench -p eventgrid-tests --bench hostile              # every row, the table
//! cargo bench -p eventgrid-tests --bench hostile -- receive   # rows whose name contains "receive"
//! EG_BENCH_SAMPLES=15 cargo bench -p eventgrid-tests --bench hostile
//! ```
//!
//! Each row's baseline is the same decoder or encoder on the normal batch: the batch decoders
//! read it whole, the one-event calls (`json::from_slice`, `binary::encode`, ...) take its
//! events one at a time, and namespace receive reads them as receive bodies of 100 items.
//! The target is no row above 5x: a cost that grows faster than the input shows here as a
//! multiple in the tens or hundreds. Whether a row's input is accepted or refused is printed
//! too; either is fine, a panic is not (each workload is run once before it is timed).
//!
//! For instruction counts, which a busy machine does not disturb, `EG_BENCH_ITERS=N` runs the
//! selected rows N times each inside `counted`, without timing, and `EG_BENCH_ONLY=normal`
//! runs their baselines instead:
//!
//! ```text
//! EG_BENCH_ITERS=3 valgrind --tool=callgrind --collect-atstart=no \
//!     --toggle-collect='hostile::counted' target/release/deps/hostile-HASH 'binary::decode'
//! ```

use std::hint::black_box;
use std::time::{Duration, Instant};

use eventgrid_system_events::SystemEvent;
use eventgrid_tests::bench_data::{self, SEED, TARGET_BATCH_BYTES};
use eventgrid_types::{CloudEvent, DecodeError, binary, event_grid, json, namespace};

/// The size every hostile input is built up to.
const LIMIT: usize = json::MAX_EVENT_BYTES;

const HEAD: &str =
    r#"{"specversion":"1.0","id":"1","source":"/s","type":"Microsoft.Storage.BlobCreated""#;

/// One event: `HEAD`, then members from `member(i)` while they fit, then `tail`.
fn event_with(member: impl Fn(usize) -> String, tail: &str) -> String {
    let mut body = String::from(HEAD);
    for i in 0.. {
        let next = member(i);
        if body.len() + next.len() + tail.len() + 1 > LIMIT {
            break;
        }
        body.push_str(&next);
    }
    body.push_str(tail);
    body.push('}');
    body
}

/// A JSON array of `item(i)` while it fits.
fn array_of(open: &str, item: impl Fn(usize) -> String, close: &str) -> String {
    array_of_at_most(usize::MAX, open, item, close)
}

/// A JSON array of `item(i)` while it fits, `count` items at most.
fn array_of_at_most(
    count: usize,
    open: &str,
    item: impl Fn(usize) -> String,
    close: &str,
) -> String {
    let mut body = String::from(open);
    for i in 0..count {
        let next = item(i);
        if body.len() + next.len() + close.len() + 1 > LIMIT {
            break;
        }
        if i > 0 {
            body.push(',');
        }
        body.push_str(&next);
    }
    body.push_str(close);
    body
}

/// One namespace receive item holding `event`.
fn receive_item(event: &str) -> String {
    format!(r#"{{"brokerProperties":{{"lockToken":"t","deliveryCount":1}},"event":{event}}}"#)
}

/// The receive response of one namespace item holding `event`.
fn receive_of(event: &str) -> String {
    format!(r#"{{"value":[{}]}}"#, receive_item(event))
}

/// A binary message's headers as the pairs `binary::decode` takes.
fn header_pairs(message: &binary::BinaryMessage) -> Headers<'_> {
    message
        .headers
        .iter()
        .map(|(n, v)| (n, v.as_bytes()))
        .collect()
}

/// `call` on each input in turn, with what each did.
fn each<I>(inputs: &[I], mut call: impl FnMut(&I) -> String) -> String {
    let mut ok = 0;
    for input in inputs {
        ok += usize::from(call(input) == "ok");
    }
    format!("{ok} of {} ok", inputs.len())
}

/// What a workload does with its input: "ok", "refused", or a count of per-event results.
fn outcome<T>(result: &Result<Vec<Result<T, DecodeError>>, DecodeError>) -> String {
    match result {
        Ok(events) => {
            let bad = events.iter().filter(|e| e.is_err()).count();
            format!("{} events, {bad} errors", events.len())
        }
        Err(error) => format!("refused: {}", kind(error)),
    }
}

fn one<T, E: std::fmt::Display>(result: &Result<T, E>) -> String {
    match result {
        Ok(_) => "ok".to_owned(),
        Err(error) => format!("refused: {error}"),
    }
}

fn kind(error: &DecodeError) -> String {
    let text = format!("{:?}", error.kind());
    text.split(['(', ' ', '{'])
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// One timed call, returning what it did.
type Workload<'a> = Box<dyn FnMut() -> String + 'a>;

/// Binary-mode header pairs, as `binary::decode` takes them.
type Headers<'a> = Vec<(&'a str, &'a [u8])>;

struct Row<'a> {
    class: &'static str,
    path: &'static str,
    bytes: usize,
    run: Workload<'a>,
}

fn row<'a>(
    class: &'static str,
    path: &'static str,
    bytes: usize,
    run: impl FnMut() -> String + 'a,
) -> Row<'a> {
    Row {
        class,
        path,
        bytes,
        run: Box::new(run),
    }
}

/// Runs `f` `n` times; the function callgrind's `--toggle-collect` names.
#[inline(never)]
fn counted(f: &mut dyn FnMut() -> String, n: usize) {
    for _ in 0..n {
        black_box(f());
    }
}

/// Median nanoseconds per call over `samples` samples of about 20 ms each.
fn time(f: &mut dyn FnMut() -> String, samples: usize) -> f64 {
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < Duration::from_millis(20) || n < 1 {
        black_box(f());
        n += 1;
    }
    let mut times: Vec<f64> = (0..samples)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..n {
                black_box(f());
            }
            start.elapsed().as_secs_f64() * 1e9 / f64::from(n)
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

#[allow(clippy::too_many_lines)] // One list of workloads reads best in one place.
fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let samples = std::env::var("EG_BENCH_SAMPLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);

    // The normal batch the multiples are of, and the same events in the shapes the one-event
    // calls and namespace receive take.
    let azure = bench_data::azure_events(SEED, TARGET_BATCH_BYTES);
    let normal = bench_data::cloudevents_batch(&azure);
    let normal_eg = bench_data::event_grid_array(&azure);
    let normal_events: Vec<CloudEvent> = json::batch_from_slice(&normal)
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let normal_singles: Vec<Vec<u8>> = normal_events
        .iter()
        .map(|e| json::to_vec(e).unwrap())
        .collect();
    let normal_receives: Vec<String> = normal_singles
        .chunks(namespace::MAX_EVENTS_PER_RECEIVE as usize)
        .map(|chunk| {
            let items: Vec<String> = chunk
                .iter()
                .map(|event| receive_item(std::str::from_utf8(event).unwrap()))
                .collect();
            format!(r#"{{"value":[{}]}}"#, items.join(","))
        })
        .collect();
    let normal_binary: Vec<binary::BinaryMessage> = normal_events
        .iter()
        .map(|e| binary::encode(e).unwrap())
        .collect();

    // Many extensions: distinct short names, and one name repeated.
    let extensions = event_with(|i| format!(r#","e{i}":1"#), "");
    let extensions_batch = format!("[{extensions}]");
    let extensions_receive = receive_of(&extensions);
    let extension_event = json::from_str(&extensions).unwrap();
    let repeated = event_with(|_| r#","e":1"#.to_owned(), "");
    // Many string extensions whose values binary mode must percent-encode (a space).
    let text_extensions = event_with(|i| format!(r#","e{i}":"a b""#), "");
    let text_extension_event = json::from_str(&text_extensions).unwrap();
    // Many members in `data`.
    let members = {
        let data = array_of("{", |i| format!(r#""k{i}":1"#), "}");
        let data = &data[..data.len() - 200];
        let cut = data.rfind(',').unwrap_or(1);
        format!(r#"{HEAD},"data":{}}}}}"#, &data[..cut])
    };
    // Deep nesting in `data`, and of the batch itself.
    let deep_data = format!(
        "{HEAD},\"data\":{}{}}}",
        "[".repeat(LIMIT / 2 - 100),
        "]".repeat(LIMIT / 2 - 100)
    );
    let deep_batch = format!("{}{}", "[".repeat(LIMIT / 2), "]".repeat(LIMIT / 2));
    // Many tiny events: empty objects (over the event limit, refused), and the most valid
    // minimal events the limit takes.
    let empty_objects = array_of("[", |_| "{}".to_owned(), "]");
    let minimal = r#"{"specversion":"1.0","id":"1","source":"/s","type":"t"}"#;
    let minimal_batch = format!("[{}]", vec![minimal; json::MAX_DELIVERY_EVENTS].join(","));
    // Long strings, with an escape in every character so nothing is borrowed.
    let long_subject = format!(
        r#"{HEAD},"subject":"{}"}}"#,
        r"\u00e9".repeat(LIMIT / 6 - 30)
    );
    // One failure per event: a number beyond f64 and a control character in each.
    let beyond_f64 = array_of_at_most(
        json::MAX_DELIVERY_EVENTS,
        "[",
        |i| format!(r#"{{"specversion":"1.0","id":"{i}","source":"/s","type":"t","n":1e400}}"#),
        "]",
    );
    let controls = array_of_at_most(
        json::MAX_DELIVERY_EVENTS,
        "[",
        |i| format!(r#"{{"specversion":"1.0","id":"{i}\u0001","source":"/s","type":"t"}}"#),
        "]",
    );
    let eg_beyond_f64 = array_of_at_most(
        json::MAX_DELIVERY_EVENTS,
        "[",
        |i| {
            format!(
                r#"{{"id":"{i}","subject":"s","eventType":"t","eventTime":"2024-01-01T00:00:00Z","dataVersion":1e400,"data":{{}}}}"#
            )
        },
        "]",
    );
    // Namespace receive: cheap items, as many as fit.
    let receive_ones = array_of(r#"{"value":["#, |_| "1".to_owned(), "]}");
    // Binary mode: many headers, and one long header.
    let header_names: Vec<String> = (0..LIMIT)
        .map(|i| format!("ce-e{i}"))
        .scan(0, |size, name| {
            *size += name.len() + 1;
            (*size < LIMIT - 1000).then_some(name)
        })
        .collect();
    let many_headers: Vec<(&str, &[u8])> = [
        ("ce-specversion", b"1.0".as_slice()),
        ("ce-id", b"1"),
        ("ce-source", b"/s"),
        ("ce-type", b"t"),
    ]
    .into_iter()
    .chain(header_names.iter().map(|n| (n.as_str(), b"1".as_slice())))
    .collect();
    let long_value = "%C3%A9".repeat(LIMIT / 6 - 100);
    let long_header: Vec<(&str, &[u8])> = vec![
        ("ce-specversion", b"1.0".as_slice()),
        ("ce-id", b"1"),
        ("ce-source", b"/s"),
        ("ce-type", b"t"),
        ("ce-subject", long_value.as_bytes()),
    ];

    let lenient = json::Decoder::new().lenient();
    let normal_headers: Vec<(Headers<'_>, &[u8])> = normal_binary
        .iter()
        .map(|m| (header_pairs(m), m.body.as_slice()))
        .collect();
    // The same calls on the normal batch, by the path names of the rows.
    let mut normals: Vec<(&str, Workload<'_>)> = vec![
        (
            "json::from_slice",
            Box::new(|| each(&normal_singles, |e| one(&json::from_slice(e)))),
        ),
        (
            "lenient from_slice",
            Box::new(|| each(&normal_singles, |e| one(&lenient.from_slice(e)))),
        ),
        (
            "json::decode::<SystemEvent>",
            Box::new(|| each(&normal_singles, |e| one(&json::decode::<SystemEvent>(e)))),
        ),
        (
            "json::batch_from_slice",
            Box::new(|| outcome(&json::batch_from_slice(&normal))),
        ),
        (
            "lenient batch_from_slice",
            Box::new(|| outcome(&lenient.batch_from_slice(&normal))),
        ),
        (
            "decode_batch::<SystemEvent>",
            Box::new(|| outcome(&json::decode_batch::<SystemEvent>(&normal))),
        ),
        (
            "event_grid::from_slice",
            Box::new(|| outcome(&event_grid::from_slice(&normal_eg))),
        ),
        (
            "namespace::decode_receive",
            Box::new(|| {
                each(&normal_receives, |r| {
                    one(&namespace::decode_receive(r.as_bytes()))
                })
            }),
        ),
        (
            "json::to_vec",
            Box::new(|| each(&normal_events, |e| one(&json::to_vec(e)))),
        ),
        (
            "binary::encode",
            Box::new(|| each(&normal_events, |e| one(&binary::encode(e)))),
        ),
        (
            "binary::decode",
            Box::new(|| {
                each(&normal_headers, |(headers, body)| {
                    one(&binary::decode(headers.iter().copied(), body))
                })
            }),
        ),
    ];
    let mut rows = vec![
        row(
            "many extensions",
            "json::from_slice",
            extensions.len(),
            || one(&json::from_slice(extensions.as_bytes())),
        ),
        row(
            "many extensions",
            "lenient from_slice",
            extensions.len(),
            || one(&lenient.from_slice(extensions.as_bytes())),
        ),
        row(
            "many extensions",
            "json::batch_from_slice",
            extensions_batch.len(),
            || outcome(&json::batch_from_slice(extensions_batch.as_bytes())),
        ),
        row(
            "many extensions",
            "decode_batch::<SystemEvent>",
            extensions_batch.len(),
            || {
                outcome(&json::decode_batch::<SystemEvent>(
                    extensions_batch.as_bytes(),
                ))
            },
        ),
        row(
            "many extensions",
            "namespace::decode_receive",
            extensions_receive.len(),
            || one(&namespace::decode_receive(extensions_receive.as_bytes())),
        ),
        row("many extensions", "json::to_vec", extensions.len(), || {
            one(&json::to_vec(&extension_event))
        }),
        row(
            "many extensions",
            "binary::encode",
            extensions.len(),
            || one(&binary::encode(&extension_event)),
        ),
        row(
            "many text extensions",
            "json::to_vec",
            text_extensions.len(),
            || one(&json::to_vec(&text_extension_event)),
        ),
        row(
            "many text extensions",
            "binary::encode",
            text_extensions.len(),
            || one(&binary::encode(&text_extension_event)),
        ),
        row(
            "one extension repeated",
            "lenient from_slice",
            repeated.len(),
            || one(&lenient.from_slice(repeated.as_bytes())),
        ),
        row(
            "many members in data",
            "json::from_slice",
            members.len(),
            || one(&json::from_slice(members.as_bytes())),
        ),
        row(
            "many members in data",
            "json::decode::<SystemEvent>",
            members.len(),
            || one(&json::decode::<SystemEvent>(members.as_bytes())),
        ),
        row(
            "deep nesting in data",
            "json::from_slice",
            deep_data.len(),
            || one(&json::from_slice(deep_data.as_bytes())),
        ),
        row(
            "deep nesting, batch",
            "json::batch_from_slice",
            deep_batch.len(),
            || outcome(&json::batch_from_slice(deep_batch.as_bytes())),
        ),
        row(
            "deep nesting, batch",
            "event_grid::from_slice",
            deep_batch.len(),
            || outcome(&event_grid::from_slice(deep_batch.as_bytes())),
        ),
        row(
            "many tiny events ({})",
            "json::batch_from_slice",
            empty_objects.len(),
            || outcome(&json::batch_from_slice(empty_objects.as_bytes())),
        ),
        row(
            "many tiny events ({})",
            "event_grid::from_slice",
            empty_objects.len(),
            || outcome(&event_grid::from_slice(empty_objects.as_bytes())),
        ),
        row(
            "5,000 minimal events",
            "decode_batch::<SystemEvent>",
            minimal_batch.len(),
            || outcome(&json::decode_batch::<SystemEvent>(minimal_batch.as_bytes())),
        ),
        row(
            "long escaped string",
            "json::from_slice",
            long_subject.len(),
            || one(&json::from_slice(long_subject.as_bytes())),
        ),
        row(
            "number beyond f64 per event",
            "json::batch_from_slice",
            beyond_f64.len(),
            || outcome(&json::batch_from_slice(beyond_f64.as_bytes())),
        ),
        row(
            "number beyond f64 per event",
            "lenient batch_from_slice",
            beyond_f64.len(),
            || outcome(&lenient.batch_from_slice(beyond_f64.as_bytes())),
        ),
        row(
            "number beyond f64 per event",
            "decode_batch::<SystemEvent>",
            beyond_f64.len(),
            || outcome(&json::decode_batch::<SystemEvent>(beyond_f64.as_bytes())),
        ),
        row(
            "number beyond f64 per event",
            "event_grid::from_slice",
            eg_beyond_f64.len(),
            || outcome(&event_grid::from_slice(eg_beyond_f64.as_bytes())),
        ),
        row(
            "control character per event",
            "lenient batch_from_slice",
            controls.len(),
            || outcome(&lenient.batch_from_slice(controls.as_bytes())),
        ),
        row(
            "cheap receive items",
            "namespace::decode_receive",
            receive_ones.len(),
            || one(&namespace::decode_receive(receive_ones.as_bytes())),
        ),
        row("many headers", "binary::decode", LIMIT, || {
            one(&binary::decode(many_headers.iter().copied(), b""))
        }),
        row(
            "long percent-encoded header",
            "binary::decode",
            long_value.len(),
            || one(&binary::decode(long_header.iter().copied(), b"")),
        ),
    ];

    let iterations: Option<usize> = std::env::var("EG_BENCH_ITERS")
        .ok()
        .and_then(|s| s.parse().ok());
    let only_normal = std::env::var("EG_BENCH_ONLY").is_ok_and(|s| s == "normal");
    if iterations.is_none() {
        println!(
            "{:<30} {:<30} {:>9} {:>10} {:>10} {:>7}  outcome",
            "class", "path", "bytes", "time", "normal", "x normal"
        );
    }
    let mut normal_ns: Vec<(&str, f64)> = Vec::new();
    for row in &mut rows {
        let name = format!("{} {}", row.class, row.path);
        if !filter.is_empty() && !filter.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let normal = &mut normals
            .iter_mut()
            .find(|(path, _)| *path == row.path)
            .unwrap_or_else(|| panic!("no normal baseline for {}", row.path))
            .1;
        if let Some(n) = iterations {
            counted(if only_normal { normal } else { &mut *row.run }, n);
            continue;
        }
        let base = if let Some(&(_, ns)) = normal_ns.iter().find(|(path, _)| *path == row.path) {
            ns
        } else {
            black_box(normal());
            let ns = time(normal, samples);
            normal_ns.push((row.path, ns));
            ns
        };
        let outcome = (row.run)();
        let ns = time(&mut *row.run, samples);
        println!(
            "{:<30} {:<30} {:>9} {:>8.2}ms {:>8.2}ms {:>6.2}x  {}",
            row.class,
            row.path,
            row.bytes,
            ns / 1e6,
            base / 1e6,
            ns / base,
            outcome.chars().take(60).collect::<String>(),
        );
    }
}
