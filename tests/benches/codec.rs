//! Decode and encode benchmarks: eventgrid-types against two baselines, in one run, printed as
//! one table.
//!
//! ```text
//! cargo bench -p eventgrid-tests                      # every workload, the table
//! cargo bench -p eventgrid-tests -- binary            # workloads whose name contains "binary"
//! EG_BENCH_SAMPLES=31 cargo bench -p eventgrid-tests  # more samples (default 15)
//! ```
//!
//! Contenders, per workload:
//! - **ours**: eventgrid-types as its docs show it;
//! - **limit**: `serde_json` into hand-written `#[derive(Deserialize, Serialize)]` structs,
//!   as a careful user writes them: an envelope struct borrowing its strings, `data` as a
//!   borrowed `&RawValue`, then a `match` on `type` and `serde_json::from_str` into the payload
//!   struct (serde's derive cannot pick the payload type from a sibling member in one pass, so
//!   two steps is what users write). It checks `specversion` and the `type` and nothing else:
//!   no timestamp parsing, no extension rules, and one bad event fails the whole batch. It is
//!   the speed limit of doing the job with serde alone;
//! - **anchor**: `cloudevents-sdk` 0.9 as its users use it: `serde_json` into
//!   `cloudevents::Event`, then `serde_json::from_value` of the data; `EventBuilderV10` to
//!   build; its `http` binding for binary mode.
//!
//! Two reference rows (`same, limit = ...`) time envelope-only decoding against serde_json's
//! own envelope-only decode into the hand-written structs (owned, and borrowed as in the
//! limit's first pass), to show how far the envelope targets are from what serde_json does.
//! Two more (`floor: ...`) time a payload pass alone against the whole limit: each payload
//! deserialized from its `data` text, taken out beforehand, into the hand-written structs
//! (the limit's own second pass) or into `SystemEvent` (the generated types, which keep
//! what a schema does not promise and so take longer). No decoder that hands those payloads
//! to serde goes below its floor; the typed targets leave the rest for everything else
//! (reading the envelope, checking it, skipping or slicing out `data`).
//!
//! Rows named `same, before: ...` time what a consumer wrote before `Event<T>` (envelopes,
//! then each payload from its envelope) against the same limit as the `Event<T>` row above
//! them. The limit keeps only the payloads, so these rows charge us for the envelope it
//! drops; no limit row copies an envelope.
//!
//! Every contender's output is checked against the others before anything is timed. Timing:
//! each contender runs in samples of ~5 ms, contenders interleaved sample by sample so a noisy
//! neighbour hurts all alike; the table shows the median sample.
//!
//! For profiling, `EG_BENCH_ONLY=ours|limit|anchor EG_BENCH_ITERS=N` runs one contender of
//! the selected workloads N times without timing; `tests/benches/instructions.sh` runs them
//! under callgrind and prints the counts per row.

use std::borrow::Cow;
use std::fmt;
use std::hint::black_box;
use std::time::{Duration, Instant};

use ::http::Request;
use ::http::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use cloudevents::{AttributesReader, EventBuilder, EventBuilderV10};
use eventgrid_system_events::SystemEvent;
use eventgrid_tests::bench_data::{
    self, AzureData, ORDER_PLACED, ORDER_SOURCE, Order, SEED, TARGET_BATCH_BYTES,
};
use eventgrid_types::{
    CloudEvent, DataRef, DecodeError, Event, EventGridEvent, event_grid, http, json,
};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

// ---------------------------------------------------------------------------------------------
// The limit: hand-written serde structs
// ---------------------------------------------------------------------------------------------

/// A string that borrows from the input unless it had escapes: what `Cow` with
/// `#[serde(borrow)]` does, but also inside an `Option`.
#[derive(Debug)]
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
        }
        deserializer.deserialize_str(V(std::marker::PhantomData))
    }
}

/// A structured CloudEvent as a careful serde user declares it.
#[derive(Deserialize)]
#[allow(dead_code)] // Read by serde; a user would go on to use them.
struct CeEnvelope<'a> {
    #[serde(borrow)]
    id: Text<'a>,
    #[serde(borrow)]
    source: Text<'a>,
    #[serde(borrow)]
    specversion: Text<'a>,
    #[serde(rename = "type", borrow)]
    ty: Text<'a>,
    #[serde(borrow, default)]
    subject: Option<Text<'a>>,
    #[serde(borrow, default)]
    time: Option<Text<'a>>,
    #[serde(borrow, default)]
    traceparent: Option<Text<'a>>,
    #[serde(borrow, default)]
    tracestate: Option<Text<'a>>,
    #[serde(default)]
    retrycount: Option<i64>,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// An Event Grid schema event as a careful serde user declares it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct EgEnvelope<'a> {
    #[serde(borrow)]
    id: Text<'a>,
    #[serde(borrow, default)]
    topic: Option<Text<'a>>,
    #[serde(borrow, default)]
    subject: Option<Text<'a>>,
    #[serde(borrow)]
    event_type: Text<'a>,
    #[serde(borrow, default)]
    event_time: Option<Text<'a>>,
    #[serde(borrow)]
    data: &'a RawValue,
    #[serde(borrow, default)]
    data_version: Option<Text<'a>>,
    #[serde(borrow, default)]
    metadata_version: Option<Text<'a>>,
}

/// The envelope-only decode with serde: owned strings, data kept as raw JSON.
#[derive(Deserialize)]
#[allow(dead_code)]
struct OwnedEnvelope {
    id: String,
    source: String,
    specversion: String,
    #[serde(rename = "type")]
    ty: String,
    subject: Option<String>,
    time: Option<String>,
    traceparent: Option<String>,
    tracestate: Option<String>,
    retrycount: Option<i64>,
    data: Box<RawValue>,
}

type BoxError = Box<dyn std::error::Error>;

fn check_specversion(envelope: &CeEnvelope<'_>) -> Result<(), BoxError> {
    if envelope.specversion.0 != "1.0" {
        return Err("unsupported specversion".into());
    }
    Ok(())
}

/// The limit's second step for one event: `serde_json::from_str` into the payload struct that
/// `ty` names.
fn limit_payload(ty: &str, data: &str) -> Result<AzureData, BoxError> {
    Ok(AzureData::from_json(ty, data).ok_or("unknown type")??)
}

fn limit_ce_typed(body: &[u8]) -> Result<Vec<AzureData>, BoxError> {
    let envelopes: Vec<CeEnvelope<'_>> = serde_json::from_slice(body)?;
    envelopes
        .iter()
        .map(|e| {
            check_specversion(e)?;
            limit_payload(&e.ty.0, e.data.get())
        })
        .collect()
}

fn limit_eg_typed(body: &[u8]) -> Result<Vec<AzureData>, BoxError> {
    let envelopes: Vec<EgEnvelope<'_>> = serde_json::from_slice(body)?;
    envelopes
        .iter()
        .map(|e| limit_payload(&e.event_type.0, e.data.get()))
        .collect()
}

/// The limit's second pass alone, over the `type` and `data` of each event taken out
/// beforehand: the floor under any decoder that deserializes the payloads with serde.
fn limit_payloads_only(payloads: &[(&str, &str)]) -> Result<Vec<AzureData>, BoxError> {
    payloads
        .iter()
        .map(|&(ty, data)| limit_payload(ty, data))
        .collect()
}

/// The same pass with the generated payload types: each payload decoded into `SystemEvent`
/// from its type and `data` text (its own floor: these types take more than the
/// hand-written ones, as they keep what a schema does not promise).
fn system_payloads_only(payloads: &[(&str, &str)]) -> Result<Vec<SystemEvent>, BoxError> {
    payloads
        .iter()
        .map(|&(ty, data)| Ok(SystemEvent::decode_data(ty, Some(DataRef::Json(data)))?.event))
        .collect()
}

/// The `type` and `data` text of each event of a CloudEvents batch.
fn payloads_of(body: &[u8]) -> Vec<(&str, &str)> {
    #[derive(Deserialize)]
    struct TypeAndData<'a> {
        #[serde(rename = "type")]
        ty: &'a str,
        #[serde(borrow)]
        data: &'a RawValue,
    }
    let events: Vec<TypeAndData<'_>> = serde_json::from_slice(body).expect("batch decodes");
    events.into_iter().map(|e| (e.ty, e.data.get())).collect()
}

fn limit_ce_envelopes(body: &[u8]) -> Result<Vec<OwnedEnvelope>, BoxError> {
    Ok(serde_json::from_slice(body)?)
}

/// The limit's own first pass: borrowed envelopes, data left raw.
fn limit_ce_borrowed_envelopes(body: &[u8]) -> Result<usize, BoxError> {
    let envelopes: Vec<CeEnvelope<'_>> = serde_json::from_slice(body)?;
    envelopes.iter().try_for_each(check_specversion)?;
    Ok(black_box(envelopes).len())
}

fn limit_structured_order(body: &[u8]) -> Result<Order, BoxError> {
    let envelope: CeEnvelope<'_> = serde_json::from_slice(body)?;
    check_specversion(&envelope)?;
    if envelope.ty.0 != ORDER_PLACED {
        return Err("unknown type".into());
    }
    Ok(serde_json::from_str(envelope.data.get())?)
}

/// A structured CloudEvent as a careful serde user writes it.
#[derive(Serialize)]
struct OutEnvelope<'a, T> {
    id: &'a str,
    source: &'a str,
    specversion: &'static str,
    #[serde(rename = "type")]
    ty: &'a str,
    subject: &'a str,
    time: &'a str,
    data: &'a T,
}

fn limit_encode_orders(orders: &[Order]) -> Result<Vec<u8>, BoxError> {
    let envelopes: Vec<_> = orders
        .iter()
        .map(|o| OutEnvelope {
            id: &o.order_id,
            source: ORDER_SOURCE,
            specversion: "1.0",
            ty: ORDER_PLACED,
            subject: &o.customer_id,
            time: o.placed_at.as_str(),
            data: o,
        })
        .collect();
    Ok(serde_json::to_vec(&envelopes)?)
}

const CE_SPECVERSION: HeaderName = HeaderName::from_static("ce-specversion");
const CE_ID: HeaderName = HeaderName::from_static("ce-id");
const CE_SOURCE: HeaderName = HeaderName::from_static("ce-source");
const CE_TYPE: HeaderName = HeaderName::from_static("ce-type");
const CE_SUBJECT: HeaderName = HeaderName::from_static("ce-subject");
const CE_TIME: HeaderName = HeaderName::from_static("ce-time");

fn limit_binary_encode(order: &Order) -> Result<(HeaderMap, Vec<u8>), BoxError> {
    let mut headers = HeaderMap::with_capacity(8);
    headers.insert(CE_SPECVERSION, HeaderValue::from_static("1.0"));
    headers.insert(CE_ID, HeaderValue::from_str(&order.order_id)?);
    headers.insert(CE_SOURCE, HeaderValue::from_static(ORDER_SOURCE));
    headers.insert(CE_TYPE, HeaderValue::from_static(ORDER_PLACED));
    headers.insert(CE_SUBJECT, HeaderValue::from_str(&order.customer_id)?);
    headers.insert(CE_TIME, HeaderValue::from_str(order.placed_at.as_str())?);
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok((headers, serde_json::to_vec(order)?))
}

/// The hand-written binary request: the same headers in the request's own map.
fn limit_binary_request(order: &Order) -> Result<Request<Vec<u8>>, BoxError> {
    let (headers, body) = limit_binary_encode(order)?;
    let mut request = Request::new(body);
    *request.method_mut() = ::http::Method::POST;
    *request.headers_mut() = headers;
    Ok(request)
}

fn limit_binary_decode(request: &Request<Vec<u8>>) -> Result<Order, BoxError> {
    let headers = request.headers();
    let header = |name: &HeaderName| -> Result<&str, BoxError> {
        Ok(headers.get(name).ok_or("missing header")?.to_str()?)
    };
    if header(&CE_SPECVERSION)? != "1.0" {
        return Err("unsupported specversion".into());
    }
    let _id = header(&CE_ID)?;
    let _source = header(&CE_SOURCE)?;
    if header(&CE_TYPE)? != ORDER_PLACED {
        return Err("unknown type".into());
    }
    if !header(&CONTENT_TYPE)?.starts_with("application/json") {
        return Err("not JSON".into());
    }
    Ok(serde_json::from_slice(request.body())?)
}

// ---------------------------------------------------------------------------------------------
// The anchor: cloudevents-sdk
// ---------------------------------------------------------------------------------------------

fn sdk_data(event: &mut cloudevents::Event) -> Result<serde_json::Value, BoxError> {
    match event.take_data().2 {
        Some(cloudevents::Data::Json(value)) => Ok(value),
        Some(cloudevents::Data::Binary(bytes)) => Ok(serde_json::from_slice(&bytes)?),
        Some(cloudevents::Data::String(text)) => Ok(serde_json::from_str(&text)?),
        None => Err("no data".into()),
    }
}

fn sdk_ce_typed(body: &[u8]) -> Result<Vec<AzureData>, BoxError> {
    let events: Vec<cloudevents::Event> = serde_json::from_slice(body)?;
    events
        .into_iter()
        .map(|mut e| {
            let value = sdk_data(&mut e)?;
            Ok(AzureData::from_value(e.ty(), value).ok_or("unknown type")??)
        })
        .collect()
}

fn sdk_ce_envelopes(body: &[u8]) -> Result<Vec<cloudevents::Event>, BoxError> {
    Ok(serde_json::from_slice(body)?)
}

fn sdk_structured_order(body: &[u8]) -> Result<Order, BoxError> {
    let mut event: cloudevents::Event = serde_json::from_slice(body)?;
    if event.ty() != ORDER_PLACED {
        return Err("unknown type".into());
    }
    Ok(serde_json::from_value(sdk_data(&mut event)?)?)
}

/// The user's orders with their times as `chrono` values, as an SDK user would hold them.
struct SdkOrder<'a> {
    order: &'a Order,
    time: chrono::DateTime<chrono::Utc>,
}

fn sdk_orders(orders: &[Order]) -> Vec<SdkOrder<'_>> {
    orders
        .iter()
        .map(|order| SdkOrder {
            order,
            time: chrono::DateTime::parse_from_rfc3339(order.placed_at.as_str())
                .expect("valid time")
                .to_utc(),
        })
        .collect()
}

fn sdk_build(o: &SdkOrder<'_>) -> Result<cloudevents::Event, BoxError> {
    Ok(EventBuilderV10::new()
        .id(o.order.order_id.as_str())
        .source(ORDER_SOURCE)
        .ty(ORDER_PLACED)
        .subject(o.order.customer_id.as_str())
        .time(o.time)
        .data("application/json", serde_json::to_value(o.order)?)
        .build()?)
}

fn sdk_encode_orders(orders: &[SdkOrder<'_>]) -> Result<Vec<u8>, BoxError> {
    let events = orders
        .iter()
        .map(sdk_build)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(serde_json::to_vec(&events)?)
}

/// The `Builder` an SDK user writes for `http::Request` (the SDK ships one for responses
/// behind its `hyper` feature only).
struct RequestBuilder(Option<::http::request::Builder>);

impl cloudevents::binding::http::Builder<Request<Vec<u8>>> for RequestBuilder {
    fn header(&mut self, key: &str, value: HeaderValue) {
        self.0 = self.0.take().map(|b| b.header(key, value));
    }

    fn body(&mut self, bytes: Vec<u8>) -> cloudevents::message::Result<Request<Vec<u8>>> {
        self.0.take().unwrap_or_default().body(bytes).map_err(|e| {
            cloudevents::message::Error::Other {
                source: Box::new(e),
            }
        })
    }

    fn finish(&mut self) -> cloudevents::message::Result<Request<Vec<u8>>> {
        self.body(Vec::new())
    }
}

fn sdk_binary_encode(order: &SdkOrder<'_>) -> Result<Request<Vec<u8>>, BoxError> {
    use cloudevents::message::BinaryDeserializer;
    let event = sdk_build(order)?;
    let serializer =
        cloudevents::binding::http::Serializer::new(RequestBuilder(Some(Request::builder())));
    Ok(event.deserialize_binary(serializer)?)
}

fn sdk_binary_decode(request: &Request<Vec<u8>>) -> Result<Order, BoxError> {
    // `to_event` takes the body by value; a server hands over the body it owns, the bench
    // has to copy it (1 KB, a few dozen nanoseconds).
    let mut event =
        cloudevents::binding::http::to_event(request.headers(), request.body().clone())?;
    if event.ty() != ORDER_PLACED {
        return Err("unknown type".into());
    }
    Ok(serde_json::from_value(sdk_data(&mut event)?)?)
}

// ---------------------------------------------------------------------------------------------
// Ours
// ---------------------------------------------------------------------------------------------

/// Ours return what the library returns, one result per event; the checks unwrap them.
fn all_ok<T>(results: Result<Vec<Result<T, DecodeError>>, DecodeError>) -> Vec<T> {
    results
        .expect("batch decodes")
        .into_iter()
        .map(|r| r.expect("event decodes"))
        .collect()
}

fn ours_ce_typed(body: &[u8]) -> Result<Vec<Result<AzureData, DecodeError>>, DecodeError> {
    json::decode_batch::<AzureData>(body)
}

fn ours_eg_typed(body: &[u8]) -> Result<Vec<Result<AzureData, DecodeError>>, DecodeError> {
    event_grid::decode::<AzureData>(body)
}

fn ours_ce_system(body: &[u8]) -> Result<Vec<Result<SystemEvent, DecodeError>>, DecodeError> {
    json::decode_batch::<SystemEvent>(body)
}

fn ours_eg_system(body: &[u8]) -> Result<Vec<Result<SystemEvent, DecodeError>>, DecodeError> {
    event_grid::decode::<SystemEvent>(body)
}

/// The generated payloads hold what the hand-written ones do: the same JSON comes out.
fn same_system_events(what: &str, got: &[SystemEvent], expected: &[AzureData]) {
    assert_eq!(got.len(), expected.len(), "{what}: event count");
    for (got, want) in got.iter().zip(expected) {
        assert_eq!(got.event_type(), want.event_type(), "{what}: type");
        let want = serde_json::to_value(want).expect("serializes");
        assert_eq!(
            got.data_to_value().expect("serializes"),
            want,
            "{what}: data"
        );
    }
}

/// Envelope-only, zero-copy: the UTF-8 check included, as the input is bytes.
fn ours_ce_borrowed(body: &[u8]) -> Result<usize, BoxError> {
    let text = std::str::from_utf8(body)?;
    let events = json::Decoder::new().batch_from_str_borrowed(text)?;
    Ok(black_box(events).len())
}

fn ours_binary_decode(request: &Request<Vec<u8>>) -> Result<Order, BoxError> {
    Ok(http::decode_request::<Order, _>(request)?
        .pop()
        .ok_or("no event")??)
}

fn ours_binary_decode_headers(request: &Request<Vec<u8>>) -> Result<Order, DecodeError> {
    http::decode_binary_typed::<Order>(request.headers(), request.body())
}

fn ours_ce_events(
    body: &[u8],
) -> Result<Vec<Result<Event<SystemEvent>, DecodeError>>, DecodeError> {
    json::decode_batch::<Event<SystemEvent>>(body)
}

fn ours_eg_events(
    body: &[u8],
) -> Result<Vec<Result<Event<SystemEvent>, DecodeError>>, DecodeError> {
    event_grid::decode::<Event<SystemEvent>>(body)
}

/// What a consumer wrote before `Event<T>`: envelopes, then each payload from its envelope.
fn ours_ce_envelope_then_payload(
    body: &[u8],
) -> Result<Vec<(CloudEvent, SystemEvent)>, DecodeError> {
    json::batch_from_slice(body)?
        .into_iter()
        .map(|event| {
            let event = event?;
            let payload = event.decode::<SystemEvent>()?;
            Ok((event, payload))
        })
        .collect()
}

fn ours_eg_envelope_then_payload(
    body: &[u8],
) -> Result<Vec<(EventGridEvent, SystemEvent)>, DecodeError> {
    event_grid::from_slice(body)?
        .into_iter()
        .map(|event| {
            let event = event?;
            let payload = event.decode::<SystemEvent>()?;
            Ok((event, payload))
        })
        .collect()
}

/// The structured event our encoder writes (its `datacontenttype` after `type`, before the
/// data) with that member left out, moved first, and moved last (after the data).
fn content_type_moved(structured: &[u8]) -> [Vec<u8>; 3] {
    const MEMBER: &str = r#""datacontenttype":"application/json""#;
    let text = std::str::from_utf8(structured).expect("UTF-8");
    let absent = text.replacen(&format!(",{MEMBER}"), "", 1);
    assert_eq!(
        absent.len() + MEMBER.len() + 1,
        text.len(),
        "one such member"
    );
    let inner = absent
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .expect("an object");
    let first = format!("{{{MEMBER},{inner}}}");
    let last = format!("{{{inner},{MEMBER}}}");
    [absent, first, last].map(String::into_bytes)
}

// ---------------------------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------------------------

type Run<'a> = Box<dyn FnMut() + 'a>;

struct Workload<'a> {
    name: &'static str,
    events: usize,
    /// Bytes of the JSON body (input for decoders, output for encoders), headers included in
    /// binary mode.
    bytes: usize,
    /// Target time ratio to the limit.
    target: Option<f64>,
    ours: Run<'a>,
    limit: Option<Run<'a>>,
    anchor: Option<Run<'a>>,
}

/// Runs `f` and discards its output through `black_box`.
fn run<'a, T, E: fmt::Debug>(mut f: impl FnMut() -> Result<T, E> + 'a) -> Run<'a> {
    Box::new(move || {
        black_box(f().expect("workload succeeds"));
    })
}

const SAMPLE: Duration = Duration::from_millis(5);

/// Width of the workload column: each name says the workload and the function it times.
const NAME: usize = 66;

/// Iterations that take about one sample, after a short warm-up.
fn calibrate(f: &mut dyn FnMut()) -> u32 {
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < Duration::from_millis(30) || n < 2 {
        f();
        n += 1;
    }
    let per = start.elapsed() / n;
    u32::try_from(SAMPLE.as_nanos() / per.as_nanos().max(1))
        .unwrap_or(u32::MAX)
        .max(1)
}

/// Median nanoseconds per call of each contender, sampled in turns.
fn measure(contenders: &mut [&mut dyn FnMut()], samples: usize) -> Vec<f64> {
    let iterations: Vec<u32> = contenders.iter_mut().map(|f| calibrate(&mut **f)).collect();
    let mut times = vec![Vec::with_capacity(samples); contenders.len()];
    for _ in 0..samples {
        for ((f, &n), times) in contenders.iter_mut().zip(&iterations).zip(&mut times) {
            // One untimed call first: the allocator and caches then hold this contender's
            // state, not what the previous contender left behind.
            f();
            let start = Instant::now();
            for _ in 0..n {
                f();
            }
            times.push(start.elapsed().as_secs_f64() * 1e9 / f64::from(n));
        }
    }
    times
        .into_iter()
        .map(|mut t| {
            t.sort_by(f64::total_cmp);
            t[t.len() / 2]
        })
        .collect()
}

#[allow(clippy::cast_precision_loss)] // Sizes and counts far below 2^52.
fn report(workloads: Vec<Workload<'_>>, samples: usize) {
    println!(
        "{:<NAME$} {:>6} {:>9} | {:>10} {:>8} | {:>10} {:>10} | {:>8} {:>6} {:>4} | {:>8} {:>4}",
        "workload: the call timed",
        "events",
        "bytes",
        "ours ns/ev",
        "MB/s",
        "limit ns/ev",
        "sdk ns/ev",
        "÷limit",
        "target",
        "met",
        "÷sdk",
        "met"
    );
    println!("{}", "-".repeat(NAME + 104));
    for mut w in workloads {
        let mut contenders: Vec<&mut dyn FnMut()> = vec![&mut *w.ours];
        if let Some(limit) = w.limit.as_mut() {
            contenders.push(&mut **limit);
        }
        if let Some(anchor) = w.anchor.as_mut() {
            contenders.push(&mut **anchor);
        }
        let times = measure(&mut contenders, samples);
        let mut times = times.into_iter();
        let ours = times.next().unwrap_or(f64::NAN);
        let limit = w.limit.as_ref().and_then(|_| times.next());
        let anchor = w.anchor.as_ref().and_then(|_| times.next());
        let events = w.events as f64;
        let per_event = |t: f64| format!("{:.0}", t / events);
        let yes_no = |ok: bool| if ok { "yes" } else { "NO" };
        let limit_ratio = limit.map(|l| ours / l);
        let anchor_ratio = anchor.map(|a| ours / a);
        println!(
            "{:<NAME$} {:>6} {:>9} | {:>10} {:>8.0} | {:>10} {:>10} | {:>8} {:>6} {:>4} | {:>8} {:>4}",
            w.name,
            w.events,
            w.bytes,
            per_event(ours),
            w.bytes as f64 / ours * 1e3,
            limit.map_or("-".into(), per_event),
            anchor.map_or("-".into(), per_event),
            limit_ratio.map_or("-".into(), |r| format!("{r:.2}x")),
            w.target.map_or("-".into(), |t| format!("<={t}x")),
            match (limit_ratio, w.target) {
                (Some(r), Some(t)) => yes_no(r <= t),
                _ => "-",
            },
            anchor_ratio.map_or("-".into(), |r| format!("{r:.2}x")),
            anchor_ratio.map_or("-", |r| yes_no(r <= 0.5)),
        );
    }
    println!(
        "\nratios are time ratios (lower is better) from one run; ÷sdk target <=0.5x (2x faster); \
         {samples} samples of ~{}ms per contender, median",
        SAMPLE.as_millis()
    );
}

/// Runs one contender of each workload `iterations` times, for a profiler.
fn profile(workloads: Vec<Workload<'_>>, which: &str, iterations: u32) {
    for mut w in workloads {
        let f: Option<&mut dyn FnMut()> = match which {
            "ours" => Some(&mut *w.ours),
            "limit" => w.limit.as_deref_mut(),
            "anchor" => w.anchor.as_deref_mut(),
            other => panic!("EG_BENCH_ONLY={other}: expected ours, limit or anchor"),
        };
        if let Some(f) = f {
            eprintln!("profiling {which}: {} x{iterations}", w.name);
            for _ in 0..iterations {
                f();
            }
        }
    }
}

fn same<T: PartialEq + fmt::Debug>(what: &str, a: &T, b: &T) {
    assert!(a == b, "{what}: contenders disagree");
}

#[allow(clippy::too_many_lines)] // One list of workloads reads best in one place.
fn main() {
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));

    // Inputs, from the fixed seed.
    let azure = bench_data::azure_events(SEED, TARGET_BATCH_BYTES);
    let ce_batch = bench_data::cloudevents_batch(&azure);
    let eg_array = bench_data::event_grid_array(&azure);
    let orders = bench_data::orders(SEED, 1_000);
    let sdk_orders = sdk_orders(&orders);
    let order = bench_data::one_order(SEED);
    let sdk_order = sdk_orders_one(&order);
    let structured = json::to_vec(&order).expect("order encodes");
    let binary = http::binary_request(&order).expect("order encodes");
    let binary_bytes = binary.body().len()
        + binary
            .headers()
            .iter()
            .map(|(n, v)| n.as_str().len() + v.len())
            .sum::<usize>();
    let mixed = bench_data::mixed_order_batch(&azure);
    let [ct_absent, ct_first, ct_last] = content_type_moved(&structured);
    let n = azure.len();
    let expected: Vec<AzureData> = azure.iter().map(|e| e.data.clone()).collect();
    let payloads = payloads_of(&ce_batch);

    // Every contender computes the same thing.
    same("ce typed", &all_ok(ours_ce_typed(&ce_batch)), &expected);
    same("ce typed", &limit_ce_typed(&ce_batch).unwrap(), &expected);
    same("ce typed", &sdk_ce_typed(&ce_batch).unwrap(), &expected);
    same(
        "payloads",
        &limit_payloads_only(&payloads).unwrap(),
        &expected,
    );
    same("eg typed", &all_ok(ours_eg_typed(&eg_array)), &expected);
    same("eg typed", &limit_eg_typed(&eg_array).unwrap(), &expected);
    same_system_events("ce system", &all_ok(ours_ce_system(&ce_batch)), &expected);
    same_system_events("eg system", &all_ok(ours_eg_system(&eg_array)), &expected);
    same_system_events(
        "system payloads",
        &system_payloads_only(&payloads).unwrap(),
        &expected,
    );
    same_system_events("mixed", &all_ok(ours_ce_system(&mixed)), &expected);
    same("mixed", &limit_ce_typed(&mixed).unwrap(), &expected);
    same("mixed", &sdk_ce_typed(&mixed).unwrap(), &expected);
    for (what, events, before) in [
        (
            "ce events",
            all_ok(ours_ce_events(&ce_batch)),
            ours_ce_envelope_then_payload(&ce_batch)
                .unwrap()
                .into_iter()
                .map(|(e, p)| (e.id().to_owned(), e.subject().map(str::to_owned), p))
                .collect::<Vec<_>>(),
        ),
        (
            "eg events",
            all_ok(ours_eg_events(&eg_array)),
            ours_eg_envelope_then_payload(&eg_array)
                .unwrap()
                .into_iter()
                .map(|(e, p)| (e.id, e.subject, p))
                .collect(),
        ),
    ] {
        let payloads: Vec<SystemEvent> = events.iter().map(|e| e.data.clone()).collect();
        same_system_events(what, &payloads, &expected);
        let envelopes: Vec<_> = events
            .into_iter()
            .map(|e| (e.id, e.subject, e.data))
            .collect();
        same(what, &envelopes, &before);
    }
    same(
        "envelopes",
        &json::batch_from_slice(&ce_batch).unwrap().len(),
        &n,
    );
    same("envelopes", &ours_ce_borrowed(&ce_batch).unwrap(), &n);
    same(
        "envelopes",
        &limit_ce_envelopes(&ce_batch).unwrap().len(),
        &n,
    );
    same(
        "envelopes",
        &limit_ce_borrowed_envelopes(&ce_batch).unwrap(),
        &n,
    );
    same(
        "structured",
        &json::decode::<Order>(&structured).unwrap(),
        &order,
    );
    same(
        "structured",
        &limit_structured_order(&structured).unwrap(),
        &order,
    );
    same(
        "structured",
        &sdk_structured_order(&structured).unwrap(),
        &order,
    );
    for body in [&ct_absent, &ct_first, &ct_last] {
        same("structured", &json::decode::<Order>(body).unwrap(), &order);
        same("structured", &limit_structured_order(body).unwrap(), &order);
        same("structured", &sdk_structured_order(body).unwrap(), &order);
    }
    let encoded = json::batch_to_vec(&orders).unwrap();
    let decoded: Vec<Order> = json::decode_batch::<Order>(&encoded)
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    same("encode", &decoded, &orders);
    let limit_encoded = limit_encode_orders(&orders).unwrap();
    same(
        "encode",
        &json::decode_batch::<Order>(&limit_encoded).unwrap().len(),
        &1_000,
    );
    same("binary", &ours_binary_decode(&binary).unwrap(), &order);
    same(
        "binary",
        &ours_binary_decode_headers(&binary).unwrap(),
        &order,
    );
    let request = http::binary_request(&order).unwrap();
    let limit_built = limit_binary_request(&order).unwrap();
    same("binary", request.method(), limit_built.method());
    same("binary", &limit_binary_decode(&request).unwrap(), &order);
    same("binary", &ours_binary_decode(&limit_built).unwrap(), &order);
    same("binary", &limit_binary_decode(&binary).unwrap(), &order);
    same("binary", &sdk_binary_decode(&binary).unwrap(), &order);
    let (headers, body) = limit_binary_encode(&order).unwrap();
    let mut limit_request = Request::new(body);
    *limit_request.headers_mut() = headers;
    same(
        "binary",
        &ours_binary_decode(&limit_request).unwrap(),
        &order,
    );
    let sdk_request = sdk_binary_encode(&sdk_order).unwrap();
    same("binary", &ours_binary_decode(&sdk_request).unwrap(), &order);

    let workloads = vec![
        Workload {
            name: "CE batch: json::decode_batch::<SystemEvent>",
            events: n,
            bytes: ce_batch.len(),
            target: Some(0.8),
            ours: run(|| ours_ce_system(&ce_batch)),
            limit: Some(run(|| limit_ce_typed(&ce_batch))),
            anchor: Some(run(|| sdk_ce_typed(&ce_batch))),
        },
        Workload {
            name: "EG array: event_grid::decode::<SystemEvent>",
            events: n,
            bytes: eg_array.len(),
            target: Some(0.8),
            ours: run(|| ours_eg_system(&eg_array)),
            limit: Some(run(|| limit_eg_typed(&eg_array))),
            anchor: None,
        },
        Workload {
            // Not ours alone: the generated payloads' pass, against the whole limit.
            name: "  floor: SystemEvent::decode_data of each payload",
            events: n,
            bytes: ce_batch.len(),
            target: None,
            ours: run(|| system_payloads_only(&payloads)),
            limit: Some(run(|| limit_ce_typed(&ce_batch))),
            anchor: None,
        },
        Workload {
            name: "CE batch: json::decode_batch::<AzureData> (user enum)",
            events: n,
            bytes: ce_batch.len(),
            target: Some(0.8),
            ours: run(|| ours_ce_typed(&ce_batch)),
            limit: Some(run(|| limit_ce_typed(&ce_batch))),
            anchor: Some(run(|| sdk_ce_typed(&ce_batch))),
        },
        Workload {
            // Not ours: the limit's payload pass alone, against the whole limit. What it
            // leaves below the target is all a decoder has for everything but the payload.
            name: "  floor: the limit's serde_json::from_str of each payload",
            events: n,
            bytes: ce_batch.len(),
            target: None,
            ours: run(|| limit_payloads_only(&payloads)),
            limit: Some(run(|| limit_ce_typed(&ce_batch))),
            anchor: None,
        },
        Workload {
            name: "EG array: event_grid::decode::<AzureData> (user enum)",
            events: n,
            bytes: eg_array.len(),
            target: Some(0.8),
            ours: run(|| ours_eg_typed(&eg_array)),
            limit: Some(run(|| limit_eg_typed(&eg_array))),
            anchor: None,
        },
        Workload {
            name: "CE batch, mixed member order: json::decode_batch::<SystemEvent>",
            events: n,
            bytes: mixed.len(),
            target: Some(0.8),
            ours: run(|| ours_ce_system(&mixed)),
            limit: Some(run(|| limit_ce_typed(&mixed))),
            anchor: Some(run(|| sdk_ce_typed(&mixed))),
        },
        Workload {
            name: "CE batch: json::decode_batch::<Event<SystemEvent>>",
            events: n,
            bytes: ce_batch.len(),
            target: None,
            ours: run(|| ours_ce_events(&ce_batch)),
            limit: Some(run(|| limit_ce_typed(&ce_batch))),
            anchor: Some(run(|| sdk_ce_typed(&ce_batch))),
        },
        Workload {
            name: "  same, before: json::batch_from_slice + CloudEvent::decode",
            events: n,
            bytes: ce_batch.len(),
            target: None,
            ours: run(|| ours_ce_envelope_then_payload(&ce_batch)),
            limit: Some(run(|| limit_ce_typed(&ce_batch))),
            anchor: None,
        },
        Workload {
            name: "EG array: event_grid::decode::<Event<SystemEvent>>",
            events: n,
            bytes: eg_array.len(),
            target: None,
            ours: run(|| ours_eg_events(&eg_array)),
            limit: Some(run(|| limit_eg_typed(&eg_array))),
            anchor: None,
        },
        Workload {
            name: "  same, before: event_grid::from_slice + EventGridEvent::decode",
            events: n,
            bytes: eg_array.len(),
            target: None,
            ours: run(|| ours_eg_envelope_then_payload(&eg_array)),
            limit: Some(run(|| limit_eg_typed(&eg_array))),
            anchor: None,
        },
        Workload {
            name: "CE batch: json::batch_from_slice (envelopes, data raw)",
            events: n,
            bytes: ce_batch.len(),
            target: Some(0.3),
            ours: run(|| json::batch_from_slice(&ce_batch)),
            // The limit of the typed decode: the target is how much skipping data saves.
            limit: Some(run(|| limit_ce_typed(&ce_batch))),
            anchor: Some(run(|| sdk_ce_envelopes(&ce_batch))),
        },
        Workload {
            name: "  same, limit = serde envelope",
            events: n,
            bytes: ce_batch.len(),
            target: None,
            ours: run(|| json::batch_from_slice(&ce_batch)),
            limit: Some(run(|| limit_ce_envelopes(&ce_batch))),
            anchor: None,
        },
        Workload {
            name: "CE batch: json::Decoder::batch_from_str_borrowed",
            events: n,
            bytes: ce_batch.len(),
            target: Some(0.3),
            ours: run(|| ours_ce_borrowed(&ce_batch)),
            limit: Some(run(|| limit_ce_typed(&ce_batch))),
            anchor: Some(run(|| sdk_ce_envelopes(&ce_batch))),
        },
        Workload {
            name: "  same, limit = serde borrowed",
            events: n,
            bytes: ce_batch.len(),
            target: None,
            ours: run(|| ours_ce_borrowed(&ce_batch)),
            limit: Some(run(|| limit_ce_borrowed_envelopes(&ce_batch))),
            anchor: None,
        },
        Workload {
            name: "1 event, as json::to_vec writes it: json::decode::<Order>",
            events: 1,
            bytes: structured.len(),
            target: Some(0.8),
            ours: run(|| json::decode::<Order>(&structured)),
            limit: Some(run(|| limit_structured_order(&structured))),
            anchor: Some(run(|| sdk_structured_order(&structured))),
        },
        Workload {
            name: "1 event, no datacontenttype: json::decode::<Order>",
            events: 1,
            bytes: ct_absent.len(),
            target: Some(0.8),
            ours: run(|| json::decode::<Order>(&ct_absent)),
            limit: Some(run(|| limit_structured_order(&ct_absent))),
            anchor: Some(run(|| sdk_structured_order(&ct_absent))),
        },
        Workload {
            name: "1 event, datacontenttype first: json::decode::<Order>",
            events: 1,
            bytes: ct_first.len(),
            target: Some(0.8),
            ours: run(|| json::decode::<Order>(&ct_first)),
            limit: Some(run(|| limit_structured_order(&ct_first))),
            anchor: Some(run(|| sdk_structured_order(&ct_first))),
        },
        Workload {
            name: "1 event, datacontenttype last: json::decode::<Order>",
            events: 1,
            bytes: ct_last.len(),
            target: Some(0.8),
            ours: run(|| json::decode::<Order>(&ct_last)),
            limit: Some(run(|| limit_structured_order(&ct_last))),
            anchor: Some(run(|| sdk_structured_order(&ct_last))),
        },
        Workload {
            name: "encode 1,000 orders: json::batch_to_vec",
            events: orders.len(),
            bytes: encoded.len(),
            target: Some(1.0),
            ours: run(|| json::batch_to_vec(&orders)),
            limit: Some(run(|| limit_encode_orders(&orders))),
            anchor: Some(run(|| sdk_encode_orders(&sdk_orders))),
        },
        Workload {
            name: "binary encode: http::encode_binary (HeaderMap, body)",
            events: 1,
            bytes: binary_bytes,
            target: Some(1.0),
            ours: run(|| http::encode_binary(&order)),
            limit: Some(run(|| limit_binary_encode(&order))),
            anchor: Some(run(|| sdk_binary_encode(&sdk_order))),
        },
        Workload {
            name: "binary encode: http::binary_request",
            events: 1,
            bytes: binary_bytes,
            target: Some(1.0),
            ours: run(|| http::binary_request(&order)),
            limit: Some(run(|| limit_binary_request(&order))),
            anchor: Some(run(|| sdk_binary_encode(&sdk_order))),
        },
        Workload {
            name: "binary decode: http::decode_request::<Order>",
            events: 1,
            bytes: binary_bytes,
            target: Some(1.0),
            ours: run(|| ours_binary_decode(&binary)),
            limit: Some(run(|| limit_binary_decode(&binary))),
            anchor: Some(run(|| sdk_binary_decode(&binary))),
        },
        Workload {
            name: "binary decode: http::decode_binary_typed::<Order> (HeaderMap)",
            events: 1,
            bytes: binary_bytes,
            target: Some(1.0),
            ours: run(|| ours_binary_decode_headers(&binary)),
            limit: Some(run(|| limit_binary_decode(&binary))),
            anchor: Some(run(|| sdk_binary_decode(&binary))),
        },
    ];
    let workloads: Vec<_> = workloads
        .into_iter()
        .filter(|w| filter.as_deref().is_none_or(|f| w.name.contains(f)))
        .collect();

    if let Ok(which) = std::env::var("EG_BENCH_ONLY") {
        let iterations = std::env::var("EG_BENCH_ITERS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(100);
        profile(workloads, &which, iterations);
        return;
    }
    let samples = std::env::var("EG_BENCH_SAMPLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    println!(
        "inputs (seed {SEED:#x}): CloudEvents batch {} bytes, Event Grid array {} bytes, {n} events; \
         1,000 orders; one order {} bytes structured\n",
        ce_batch.len(),
        eg_array.len(),
        structured.len()
    );
    report(workloads, samples);
}

fn sdk_orders_one(order: &Order) -> SdkOrder<'_> {
    sdk_orders(std::slice::from_ref(order))
        .pop()
        .expect("one order")
}
