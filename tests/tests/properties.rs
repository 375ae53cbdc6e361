//! Property tests (proptest).
//!
//! 1. For any valid event, encode then decode is the identity in every mode: structured,
//!    batch, binary (plain pairs and through `http::Request`), typed decode as `CloudEvent`,
//!    and the Event Grid schema for events it can carry.
//! 2. For any input, every decoder returns `Ok` or `Err` and never panics: arbitrary bytes,
//!    and JSON-shaped input built from the attribute names (so the fuzz reaches past the
//!    parser into the envelope checks).
//!
//! 256 cases per property: the file runs in well under a minute in debug on two cores.
//! `PROPTEST_CASES` raises it for a longer local run.

use std::collections::BTreeMap;

use eventgrid_system_events::SystemEvent;
use eventgrid_types::cloud_event::Extensions;
use eventgrid_types::http::Received;
use eventgrid_types::{
    CloudEvent, Data, EventGridEvent, ExtensionValue, Timestamp, binary, event_grid, http, json,
    namespace, percent, webhook,
};
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(256),
        // Shrinking a failure is worth a few seconds; a runaway shrink is not.
        max_shrink_iters: 2_000,
        // A failure is printed with its minimal input; keep it as a named test.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Strategies for valid events
// ---------------------------------------------------------------------------------------------

/// Characters a String attribute may hold: anything but control characters, with the ones
/// that need percent-encoding in a header (space, `"`, `%`, non-ASCII) over-represented.
fn attribute_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => (0x20u8..=0x7e).prop_map(char::from),
        2 => select(vec![' ', '"', '%', '\\', ',', ';', 'é', 'ß', '\u{a0}', '\u{2028}', '\u{feff}', '世', '🌎']),
        2 => any::<char>().prop_filter("control character", |c| !c.is_control()),
    ]
}

fn attribute_string(min: usize, max: usize) -> impl Strategy<Value = String> {
    vec(attribute_char(), min..=max).prop_map(|chars| chars.into_iter().collect())
}

/// An RFC 3986 URI-reference, percent-escapes included.
fn uri_reference() -> impl Strategy<Value = String> {
    let prefix = select(vec![
        "/",
        "//host.example/",
        "https://example.com/",
        "urn:uuid:",
        "x/",
        "#",
        "?",
    ]);
    let piece = prop_oneof![
        6 => select(
            b"abcXYZ0189-._~!$&'()*+,;=:@/?#[]"
                .iter()
                .map(|&b| char::from(b).to_string())
                .collect::<Vec<_>>()
        ),
        1 => any::<u8>().prop_map(|b| format!("%{b:02X}")),
        1 => any::<u8>().prop_map(|b| format!("%{b:02x}")),
    ];
    (prefix, vec(piece, 0..16)).prop_map(|(prefix, pieces)| format!("{prefix}{}", pieces.concat()))
}

const DAYS: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// An RFC 3339 timestamp text: years 0000-9999, 0 to 9 fractional digits, `Z`/`z` or an
/// offset up to ±23:59.
fn timestamp() -> impl Strategy<Value = Timestamp> {
    (
        0u16..=9999,
        0usize..12,
        any::<u8>(),
        (0u8..24, 0u8..60, 0u8..60),
        vec(0u8..10, 0..=9),
        prop_oneof![
            Just("Z".to_owned()),
            Just("z".to_owned()),
            (any::<bool>(), 0u8..24, 0u8..60).prop_map(|(minus, h, m)| format!(
                "{}{h:02}:{m:02}",
                if minus { '-' } else { '+' }
            )),
        ],
        any::<bool>(),
    )
        .prop_map(|(year, month, day, (h, mi, s), fraction, offset, upper)| {
            let day = day % DAYS[month] + 1;
            let fraction: String = fraction.iter().map(|d| char::from(b'0' + d)).collect();
            let dot = if fraction.is_empty() { "" } else { "." };
            let t = if upper { 'T' } else { 't' };
            let month = month + 1;
            let text = format!(
                "{year:04}-{month:02}-{day:02}{t}{h:02}:{mi:02}:{s:02}{dot}{fraction}{offset}"
            );
            Timestamp::parse(&text).unwrap_or_else(|e| panic!("generated {text:?}: {e}"))
        })
}

fn extension_name() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,20}".prop_filter("reserved name", |name| {
        !eventgrid_types::extension::RESERVED_NAMES.contains(&name.as_str())
    })
}

fn extension_value() -> impl Strategy<Value = ExtensionValue> {
    prop_oneof![
        attribute_string(0, 16).prop_map(ExtensionValue::from),
        any::<i32>().prop_map(|n| ExtensionValue::Integer(n.into())),
        any::<bool>().prop_map(ExtensionValue::Boolean),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            btree_map(any::<String>(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Data and the `datacontenttype` it travels with.
#[derive(Debug, Clone)]
enum TestData {
    None(Option<&'static str>),
    Json(Value, Option<&'static str>),
    Text(String, &'static str),
    Binary(Vec<u8>, &'static str),
}

fn test_data() -> impl Strategy<Value = TestData> {
    let json_type = prop_oneof![
        Just(None),
        Just(Some("application/json")),
        Just(Some("application/json; charset=utf-8")),
        Just(Some("application/vnd.contoso.order+json")),
    ];
    prop_oneof![
        1 => prop_oneof![Just(None), Just(Some("application/json")), Just(Some("text/plain"))]
            .prop_map(TestData::None),
        3 => (json_value(), json_type).prop_map(|(v, ct)| TestData::Json(v, ct)),
        2 => (
            any::<String>(),
            select(vec!["text/plain", "text/plain; charset=utf-8", "text/csv", "application/xml"])
        )
            .prop_map(|(t, ct)| TestData::Text(t, ct)),
        2 => (
            vec(any::<u8>(), 0..64),
            select(vec!["application/octet-stream", "image/png"])
        )
            .prop_map(|(b, ct)| TestData::Binary(b, ct)),
    ]
}

#[derive(Debug, Clone)]
struct Attributes {
    id: String,
    source: String,
    ty: String,
    subject: Option<String>,
    time: Option<Timestamp>,
    dataschema: Option<String>,
    extensions: BTreeMap<String, ExtensionValue>,
}

fn attributes() -> impl Strategy<Value = Attributes> {
    (
        attribute_string(1, 24),
        uri_reference(),
        attribute_string(1, 24),
        proptest::option::of(attribute_string(1, 24)),
        proptest::option::of(timestamp()),
        proptest::option::of("[a-z0-9/._-]{0,16}".prop_map(|p| format!("https://example.com/{p}"))),
        btree_map(extension_name(), extension_value(), 0..4),
    )
        .prop_map(
            |(id, source, ty, subject, time, dataschema, extensions)| Attributes {
                id,
                source,
                ty,
                subject,
                time,
                dataschema,
                extensions,
            },
        )
}

fn valid_event() -> impl Strategy<Value = CloudEvent> {
    (attributes(), test_data()).prop_map(|(a, data)| {
        let mut builder = CloudEvent::builder(a.ty, a.source).id(a.id);
        if let Some(subject) = a.subject {
            builder = builder.subject(subject);
        }
        if let Some(time) = a.time {
            builder = builder.time(time);
        }
        if let Some(dataschema) = a.dataschema {
            builder = builder.dataschema(dataschema);
        }
        for (name, value) in a.extensions {
            builder = builder.extension(name, value);
        }
        builder = match data {
            TestData::None(ct) => match ct {
                Some(ct) => builder.datacontenttype(ct),
                None => builder,
            },
            TestData::Json(value, ct) => {
                let builder = builder.json_data(&value);
                match ct {
                    Some(ct) => builder.datacontenttype(ct),
                    None => builder,
                }
            }
            TestData::Text(text, ct) => builder.text_data(ct, text),
            TestData::Binary(bytes, ct) => builder.binary_data(ct, bytes),
        };
        builder
            .build()
            .unwrap_or_else(|e| panic!("the generator made an invalid event: {e}"))
    })
}

/// What binary mode gives back for `event`: extension values as strings, JSON data without a
/// media type labelled `application/json`, and empty data as no data (an empty body).
fn as_binary_mode_gives_it(event: &CloudEvent) -> CloudEvent {
    let mut expected = event.clone();
    let extensions: Extensions = event
        .extensions()
        .iter()
        .map(|(name, value)| {
            let text = match value {
                ExtensionValue::String(s) => s.to_string(),
                ExtensionValue::Integer(n) => n.to_string(),
                ExtensionValue::Boolean(b) => b.to_string(),
                other => panic!("unexpected extension value {other:?}"),
            };
            (name, ExtensionValue::from(text))
        })
        .collect();
    // Each name keeps its place; only the value changes.
    for (name, value) in extensions {
        expected.set_extension(name, value);
    }
    if matches!(event.data(), Some(Data::Json(_))) && event.datacontenttype().is_none() {
        expected.set_datacontenttype(Some("application/json".to_owned()));
    }
    if event.data().is_some_and(|d| d.as_bytes().is_empty()) {
        expected.set_data(None);
    }
    expected
}

// ---------------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn structured_round_trip(event in valid_event()) {
        let bytes = json::to_vec(&event).unwrap();
        // The encoder writes the envelope itself; the serde form must be the same bytes.
        prop_assert_eq!(&bytes, &serde_json::to_vec(&json::Structured(&event)).unwrap());
        let decoded = json::from_slice(&bytes).unwrap();
        prop_assert_eq!(&decoded, &event);
        // The lenient decoder reads a valid event the same way, tolerating nothing.
        let lenient = json::Decoder::new().lenient().from_slice(&bytes).unwrap();
        prop_assert!(lenient.tolerated().is_empty(), "{:?}", lenient.tolerated());
        prop_assert_eq!(&lenient, &event);
        let text = std::str::from_utf8(&bytes).unwrap();
        prop_assert_eq!(&json::from_str(text).unwrap(), &event);
        prop_assert_eq!(&json::Decoder::new().from_str_borrowed(text).unwrap().to_owned(), &event);
        // Straight into a typed event (a `CloudEvent` is one).
        prop_assert_eq!(&json::decode::<CloudEvent>(&bytes).unwrap(), &event);
        // And through `http::Request`.
        let request = http::structured_request(&event).unwrap();
        match http::from_request(&request).unwrap() {
            Received::Event(decoded) => prop_assert_eq!(&decoded, &event),
            other => prop_assert!(false, "structured request read as {other:?}"),
        }
    }

    #[test]
    fn batch_round_trip(events in vec(valid_event(), 0..5)) {
        let bytes = json::batch_to_vec(&events).unwrap();
        let decoded: Vec<CloudEvent> = json::batch_from_slice(&bytes)
            .unwrap()
            .into_iter()
            .map(Result::unwrap)
            .collect();
        prop_assert_eq!(&decoded, &events);
        let typed: Vec<CloudEvent> = json::decode_batch::<CloudEvent>(&bytes)
            .unwrap()
            .into_iter()
            .map(Result::unwrap)
            .collect();
        prop_assert_eq!(&typed, &events);
        let text = std::str::from_utf8(&bytes).unwrap();
        let borrowed: Vec<CloudEvent> = json::Decoder::new()
            .batch_from_str_borrowed(text)
            .unwrap()
            .iter()
            .map(|e| e.as_ref().unwrap().to_owned())
            .collect();
        prop_assert_eq!(&borrowed, &events);
        let request = http::batch_request(&events).unwrap();
        let received: Vec<CloudEvent> = http::from_request(&request)
            .unwrap()
            .into_events()
            .into_iter()
            .map(Result::unwrap)
            .collect();
        prop_assert_eq!(&received, &events);
    }

    #[test]
    fn binary_round_trip(event in valid_event()) {
        let expected = as_binary_mode_gives_it(&event);
        let message = binary::encode(&event).unwrap();
        for (name, value) in message.headers.iter().filter(|(n, _)| n.starts_with("ce-")) {
            prop_assert!(
                value.bytes().all(|b| (0x21..=0x7e).contains(&b) && b != b'"'),
                "header {} = {:?} is not a safe header value", name, value
            );
        }
        let pairs = message.headers.iter().map(|(n, v)| (n, v.as_bytes()));
        let decoded = binary::decode(pairs, &message.body).unwrap();
        prop_assert_eq!(&decoded, &expected);
        // Header names are case-insensitive.
        let upper: Vec<(String, &[u8])> = message
            .headers
            .iter()
            .map(|(n, v)| (n.to_ascii_uppercase(), v.as_bytes()))
            .collect();
        let decoded =
            binary::decode(upper.iter().map(|(n, v)| (n.as_str(), *v)), &message.body).unwrap();
        prop_assert_eq!(&decoded, &expected);
        // And through `http::Request`.
        let request = http::binary_request(&event).unwrap();
        match http::from_request(&request).unwrap() {
            Received::Event(decoded) => prop_assert_eq!(&decoded, &expected),
            other => prop_assert!(false, "binary request read as {other:?}"),
        }
        // Binary mode is stable: what came back encodes to the same message.
        let again = binary::encode(&decoded).unwrap();
        prop_assert_eq!(again.body, message.body);
    }

    #[test]
    fn event_grid_round_trip(mut event in valid_event()) {
        // The Event Grid schema has no extensions and no binary data.
        let names: Vec<String> = event.extensions().names().map(str::to_owned).collect();
        for name in names {
            event.remove_extension(&name);
        }
        if matches!(event.data(), Some(Data::Binary(_))) {
            event.set_data(None);
        }
        let eg = EventGridEvent::from_typed(&event).unwrap();
        let bytes = event_grid::to_vec(std::slice::from_ref(&eg)).unwrap();
        let decoded: Vec<EventGridEvent> = event_grid::from_slice(&bytes)
            .unwrap()
            .into_iter()
            .map(Result::unwrap)
            .collect();
        prop_assert_eq!(&decoded, &vec![eg]);
    }

    #[test]
    fn percent_round_trip(text in any::<String>()) {
        let encoded = percent::encode(&text);
        prop_assert!(encoded.bytes().all(|b| (0x21..=0x7e).contains(&b) && b != b'"'));
        prop_assert_eq!(percent::decode(encoded.as_bytes()).unwrap(), text.as_str());
    }

    #[test]
    fn timestamp_text_round_trip(ts in timestamp()) {
        let again = Timestamp::parse(ts.as_str()).unwrap();
        prop_assert_eq!(again, ts);
        prop_assert!(again.same_instant(&ts));
        prop_assert!(ts.is_rfc3339());
        prop_assert!(ts.to_canonical().same_instant(&ts));
    }
}

// ---------------------------------------------------------------------------------------------
// No input panics
// ---------------------------------------------------------------------------------------------

/// Every byte decoder this crate and the system events have, on one input.
fn decode_everything(bytes: &[u8]) {
    let _ = json::from_slice(bytes);
    let _ = json::Decoder::new().lenient().from_slice(bytes);
    let _ = json::decode::<CloudEvent>(bytes);
    let _ = json::decode::<SystemEvent>(bytes);
    let _ = json::batch_from_slice(bytes);
    let _ = json::Decoder::new().lenient().batch_from_slice(bytes);
    let _ = json::decode_batch::<SystemEvent>(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = json::Decoder::new().from_str_borrowed(text);
        let _ = json::Decoder::new().lenient().batch_from_str_borrowed(text);
        let _ = Timestamp::parse(text);
    }
    if let Ok(events) = event_grid::from_slice(bytes) {
        for event in events.iter().flatten() {
            let _ = event.to_cloud_event();
            let _ = SystemEvent::decode(&event.view());
        }
    }
    let _ = event_grid::decode::<SystemEvent>(bytes);
    let _ = namespace::decode_receive(bytes);
    let _ = namespace::decode_receive_typed::<SystemEvent>(bytes);
    let _ = percent::decode(bytes);
    let _ = binary::decode([("content-type", &b"application/json"[..])], bytes);
    let _ = webhook::SubscriptionValidation::from_body(bytes);
    let _ = webhook::detect_parts(
        "POST",
        [("aeg-event-type", &b"SubscriptionValidation"[..])],
        bytes,
    );
}

const ATTRIBUTE_NAMES: [&str; 20] = [
    "specversion",
    "id",
    "source",
    "type",
    "subject",
    "time",
    "datacontenttype",
    "dataschema",
    "data",
    "data_base64",
    "ext",
    "Tenant",
    "specVersion",
    "eventType",
    "eventTime",
    "dataVersion",
    "topic",
    "value",
    "event",
    "brokerProperties",
];

/// Scalars that are close to what the decoders expect.
fn near_miss_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        select(vec![
            Value::from("1.0"),
            Value::from("0.3"),
            Value::from(""),
            Value::from("/s"),
            Value::from("not a uri"),
            Value::from("2024-02-29T23:59:60.123456789+01:00"),
            Value::from("2024-13-01T00:00:00Z"),
            Value::from("application/json"),
            Value::from("text/plain; charset=utf-8"),
            Value::from("AAEC"),
            Value::from("!!"),
            Value::from("Microsoft.Storage.BlobCreated"),
            Value::from("Microsoft.EventGrid.SubscriptionValidationEvent"),
            Value::from(2_147_483_648_i64),
            Value::from(-2_147_483_649_i64),
            Value::from(1.5),
            Value::from(u64::MAX),
        ]),
        json_value(),
    ]
}

fn json_object() -> impl Strategy<Value = Value> {
    btree_map(
        prop_oneof![
            select(ATTRIBUTE_NAMES.to_vec()).prop_map(str::to_owned),
            "[a-z]{1,4}"
        ],
        near_miss_value(),
        0..10,
    )
    .prop_map(|map| Value::Object(map.into_iter().collect()))
}

/// JSON-shaped input: an event, a batch, a receive body, possibly truncated.
fn json_shaped() -> impl Strategy<Value = Vec<u8>> {
    let shape = prop_oneof![
        json_object(),
        vec(json_object(), 0..4).prop_map(Value::Array),
        vec(json_object(), 0..3).prop_map(|items| {
            serde_json::json!({ "value": items
                .into_iter()
                .map(|event| serde_json::json!({
                    "brokerProperties": {"lockToken": "t", "deliveryCount": 1},
                    "event": event,
                }))
                .collect::<Vec<_>>() })
        }),
    ];
    (shape, any::<prop::sample::Index>(), any::<bool>()).prop_map(|(value, cut, truncate)| {
        let mut bytes = serde_json::to_vec(&value).unwrap();
        if truncate && !bytes.is_empty() {
            bytes.truncate(cut.index(bytes.len()));
        }
        bytes
    })
}

fn header_pairs() -> impl Strategy<Value = Vec<(String, Vec<u8>)>> {
    let name = prop_oneof![
        select(vec![
            "ce-specversion",
            "ce-id",
            "ce-source",
            "ce-type",
            "ce-subject",
            "ce-time",
            "ce-dataschema",
            "ce-datacontenttype",
            "CE-ID",
            "Content-Type",
            "ce-",
            "ce-ext",
            "ce-Ext",
            "aeg-event-type",
            "WebHook-Request-Origin",
            "webhook-request-callback",
            "webhook-request-rate",
        ])
        .prop_map(str::to_owned),
        "ce-[a-zA-Z0-9_-]{0,24}",
        any::<String>(),
    ];
    let value = prop_oneof![
        select(vec![
            b"1.0".to_vec(),
            b"/s".to_vec(),
            b"application/json".to_vec(),
            b"text/plain".to_vec(),
            b"2018-04-05T17:31:00Z".to_vec(),
            b"%".to_vec(),
            b"%C0%A0".to_vec(),
            b"\"quoted \\\" value\"".to_vec(),
            b"\"unterminated".to_vec(),
            b"SubscriptionValidation".to_vec(),
            b"eventgrid.azure.net".to_vec(),
            b"https://x/y?z".to_vec(),
            b"*".to_vec(),
        ]),
        vec(any::<u8>(), 0..32),
    ];
    vec((name, value), 0..10)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn no_panic_on_any_bytes(bytes in vec(any::<u8>(), 0..512)) {
        decode_everything(&bytes);
    }

    #[test]
    fn no_panic_on_json_shaped_input(bytes in json_shaped()) {
        decode_everything(&bytes);
    }

    #[test]
    fn no_panic_on_any_headers(headers in header_pairs(), body in vec(any::<u8>(), 0..64)) {
        let pairs = headers.iter().map(|(n, v)| (n.as_str(), v.as_slice()));
        let _ = binary::decode(pairs.clone(), &body);
        let _ = binary::decode_typed::<SystemEvent, _>(pairs.clone(), &body);
        for method in ["POST", "OPTIONS"] {
            let _ = webhook::detect_parts(method, pairs.clone(), &body);
        }
    }

    #[test]
    fn no_panic_on_any_text(text in any::<String>()) {
        let _ = Timestamp::parse(&text);
        let _ = percent::decode(text.as_bytes());
        decode_everything(text.as_bytes());
    }

    #[test]
    fn no_panic_on_timestamp_like_text(
        text in "[-+]?[0-9]{1,5}-[0-9]{1,3}-[0-9]{1,3}[Tt ][0-9]{1,3}:[0-9]{1,3}:[0-9]{1,3}(\\.[0-9]{0,12})?([Zz]|[-+][0-9]{2}:?[0-9]{2})?"
    ) {
        if let Ok(ts) = Timestamp::parse(&text) {
            let _ = ts.to_offset_date_time();
            let _ = ts.to_canonical();
            prop_assert_eq!(Timestamp::parse(ts.as_str()).unwrap(), ts);
        }
    }

    #[test]
    fn no_panic_on_any_system_event_payload(
        kind in select(
            eventgrid_system_events::catalog::all()
                .iter()
                .filter(|info| info.is_decoded())
                .map(eventgrid_system_events::EventTypeInfo::name)
                .collect::<Vec<_>>()
        ),
        data in prop_oneof![json_value(), json_object()],
    ) {
        let text = data.to_string();
        let _ = SystemEvent::decode_data(kind, Some(eventgrid_types::DataRef::Json(&text)));
        let _ = SystemEvent::decode_data(kind, Some(eventgrid_types::DataRef::Text(&text)));
        let _ = SystemEvent::decode_data(kind, Some(eventgrid_types::DataRef::Binary(text.as_bytes())));
    }
}

// ---------------------------------------------------------------------------------------------
// 3. What the lenient decoder accepts re-encodes stably; one bad event stays one error
// ---------------------------------------------------------------------------------------------

/// Strings and numbers a lenient decoder keeps although the spec forbids them.
fn hostile_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        near_miss_value(),
        select(vec![
            Value::from("a\u{0}b"),
            Value::from("line\r\nFAKE"),
            Value::from("del\u{7f}"),
            Value::from("c1\u{85}"),
            Value::from(-0.0),
            Value::from(1e300),
        ]),
    ]
}

fn lenient_shaped_event() -> impl Strategy<Value = Value> {
    let required = (
        select(vec!["specversion", "specVersion", "SPECVERSION"]),
        attribute_string(0, 8),
        uri_reference(),
        attribute_string(0, 8),
    );
    (
        required,
        btree_map(
            prop_oneof![
                select(ATTRIBUTE_NAMES.to_vec()).prop_map(str::to_owned),
                "[a-zA-Z_]{1,6}"
            ],
            hostile_value(),
            0..6,
        ),
    )
        .prop_map(|((spec, id, source, ty), extra)| {
            let mut event: serde_json::Map<String, Value> = extra.into_iter().collect();
            event.insert(spec.to_owned(), Value::from("1.0"));
            event.insert("id".to_owned(), Value::from(id));
            event.insert("source".to_owned(), Value::from(source));
            event.insert("type".to_owned(), Value::from(ty));
            Value::Object(event)
        })
}

/// JSON text of one event that every decoder refuses, strict or lenient, though the batch
/// around it is well formed.
const CORRUPTIONS: [&str; 7] = [
    r#"{"specversion":"1.0","id":"\uD800","source":"/s","type":"t"}"#,
    r#"{"specversion":"1.0","id":"1","source":"/s","type":1e400}"#,
    r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","data":1,"data_base64":"AA=="}"#,
    r#"{"specversion":"1.0","id":"1","type":"t"}"#,
    r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","time":"9999-12-31T23:59:59-23:59"}"#,
    "1e400",
    "[]",
];

proptest! {
    #![proptest_config(config())]

    /// decode (lenient) -> encode -> decode gives the same encoding again, or the encoder
    /// refuses with the rules the event breaks.
    #[test]
    fn lenient_decode_encode_decode_is_stable(event in lenient_shaped_event()) {
        let bytes = serde_json::to_vec(&event).unwrap();
        let lenient = json::Decoder::new().lenient();
        let Ok(decoded) = lenient.from_slice(&bytes) else {
            return Ok(());
        };
        match json::to_vec(&decoded) {
            Ok(encoded) => {
                let again = lenient.from_slice(&encoded).expect("what we encode decodes");
                prop_assert!(again.tolerated().is_empty(), "{:?}", again.tolerated());
                prop_assert_eq!(json::to_vec(&again).unwrap(), encoded);
                // The strict decoder takes what the encoder wrote.
                prop_assert!(json::from_slice(&json::to_vec(&again).unwrap()).is_ok());
            }
            Err(eventgrid_types::EncodeError::Invalid(_)) => {}
            Err(other) => prop_assert!(false, "unexpected encode error {other}"),
        }
    }

    /// A batch with one corrupted event: exactly one error, at its index, and every other
    /// event as it was.
    #[test]
    fn one_corrupted_event_is_one_error(
        events in vec(valid_event(), 1..5),
        at in any::<prop::sample::Index>(),
        corruption in select(CORRUPTIONS.to_vec()),
    ) {
        let at = at.index(events.len() + 1);
        let mut items: Vec<String> = events
            .iter()
            .map(|event| String::from_utf8(json::to_vec(event).unwrap()).unwrap())
            .collect();
        items.insert(at, corruption.to_owned());
        let batch = format!("[{}]", items.join(","));
        let check = |results: Vec<Result<CloudEvent, eventgrid_types::DecodeError>>| {
            assert_eq!(results.len(), events.len() + 1);
            let mut expected = events.iter();
            for (index, result) in results.iter().enumerate() {
                if index == at {
                    assert_eq!(result.as_ref().unwrap_err().index(), Some(at), "{corruption}");
                } else {
                    assert_eq!(result.as_ref().unwrap(), expected.next().unwrap());
                }
            }
        };
        check(json::batch_from_slice(batch.as_bytes()).unwrap());
        check(json::Decoder::new().lenient().batch_from_slice(batch.as_bytes()).unwrap());
        check(json::decode_batch::<CloudEvent>(batch.as_bytes()).unwrap());
        let borrowed = json::Decoder::new().batch_from_str_borrowed(&batch).unwrap();
        check(borrowed.into_iter().map(|e| e.map(|e| e.to_owned())).collect());
    }
}
