//! Interop with the official Azure SDKs, run as real peers: the Python `azure-eventgrid`
//! package and the npm `@azure/eventgrid` package, at the versions pinned in
//! `tests/interop/requirements.txt` and `tests/interop/package-lock.json`.
//!
//! The peers are `tests/interop/peer.py` and `tests/interop/peer.mjs`; this test spawns them
//! with JSON on stdin and reads JSON from stdout. Both directions are covered:
//!
//! * what we encode (a structured event, a CloudEvents batch, an Event Grid schema array;
//!   JSON, `data_base64` and text data; extensions of every type; 7-digit timestamps;
//!   non-ASCII text) goes through the peers' own deserializers (`CloudEvent.from_json` /
//!   `from_dict` and `EventGridEvent.from_dict`; `EventGridDeserializer`), and what they
//!   parsed must carry our values;
//! * the exact request bodies the peers' `EventGridPublisherClient.send` builds (recorded by
//!   a fake transport, nothing is sent) decode in ours to the values the peer was given.
//!
//! It runs when `EVENTGRID_INTEROP_DIR` names `tests/interop` with the peers installed
//! (`bash tests/interop/setup.sh`; `.ci/run` does both), is skipped with a note when the
//! variable is unset, and fails when it is set but the peers are missing.
//!
//! # Where the peers deviate from the specs
//!
//! Each deviation is asserted exactly (so a version bump that changes it is noticed) and our
//! library is held to the spec, not to the peer:
//!
//! * Python (azure-core `CloudEvent.from_dict`) reads `time` with azure-core's
//!   `_convert_to_isoformat`, which takes only the **first digit of the offset's hours**:
//!   `+05:30` is read as `+00:30` (the wall-clock time is kept), so the instant is wrong for
//!   any offset of an hour or more. `Z` and `+00:MM` are read correctly.
//! * Python keeps timestamps as `datetime` (microseconds): a 7th fractional digit is
//!   truncated when parsing, and cannot be sent.
//! * Python's `CloudEvent` refuses extension names that are all digits (`"123".islower()` is
//!   false), although CloudEvents 1.0.2 allows `[a-z0-9]` names.
//! * JS keeps timestamps as `Date` (milliseconds): digits past the 3rd are truncated when
//!   parsing, and cannot be sent.
//! * JS types `data` as a JSON *object* (the generated mapper says `Dictionary`): on receipt
//!   a string becomes `{"0": "h", "1": "i"}`, an array `{"0": .., "1": ..}`, a number `{}`;
//!   on send any non-object data other than bytes is refused ("must be of type object").
//!   The Event Grid schema's `data` has the same mapper and the same problem.
//! * JS `deserializeEventGridEvents` requires `topic` and `metadataVersion: "1"` (what Event
//!   Grid adds on delivery), so it cannot read the publish form of the schema.
//! * JS `send` adds `time` (now) and `datacontenttype: application/json` when absent, and
//!   sends Event Grid schema arrays as `application/json` without `charset`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use eventgrid_types::mode::ContentMode;
use eventgrid_types::timestamp::Timestamp;
use eventgrid_types::{CloudEvent, Data, EventGridEvent, event_grid, json};
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Peer {
    Python,
    Node,
}

impl Peer {
    const ALL: [Peer; 2] = [Peer::Python, Peer::Node];

    /// The finest time step the peer's timestamp type keeps, in nanoseconds.
    fn precision_nanos(self) -> i128 {
        match self {
            Peer::Python => 1_000,
            Peer::Node => 1_000_000,
        }
    }
}

/// The interop folder, or `None` (with a note) when `EVENTGRID_INTEROP_DIR` is unset.
fn interop_dir() -> Option<PathBuf> {
    let Some(dir) = std::env::var_os("EVENTGRID_INTEROP_DIR") else {
        eprintln!(
            "EVENTGRID_INTEROP_DIR is not set: skipping the interop tests \
             (run `bash tests/interop/setup.sh`, then set it to tests/interop)"
        );
        return None;
    };
    let dir = PathBuf::from(dir);
    for needed in [
        ".venv/bin/python",
        "peer.py",
        "peer.mjs",
        "node_modules/@azure/eventgrid/package.json",
    ] {
        assert!(
            dir.join(needed).exists(),
            "EVENTGRID_INTEROP_DIR is set but {} is missing: run `bash tests/interop/setup.sh`",
            dir.join(needed).display()
        );
    }
    Some(dir)
}

/// Runs one peer command; `Err` holds stderr when the peer failed.
fn run(dir: &Path, peer: Peer, command: &str, input: &[u8]) -> Result<Value, String> {
    let mut cmd = match peer {
        Peer::Python => {
            let mut c = Command::new(dir.join(".venv/bin/python"));
            c.arg("peer.py");
            c
        }
        Peer::Node => {
            let mut c = Command::new("node");
            c.arg("peer.mjs");
            c
        }
    };
    let mut child = cmd
        .arg(command)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start the {peer:?} peer: {e}"));
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input)
        .expect("write to the peer");
    let output = child.wait_with_output().expect("wait for the peer");
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    Ok(serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{peer:?} {command}: output is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    }))
}

fn run_ok(dir: &Path, peer: Peer, command: &str, input: &[u8]) -> Value {
    run(dir, peer, command, input)
        .unwrap_or_else(|stderr| panic!("{peer:?} {command} failed:\n{stderr}"))
}

fn ts(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn nanos(t: &Timestamp) -> i128 {
    t.to_offset_date_time().unix_timestamp_nanos()
}

/// `expected` cut down to what the peer's timestamp type keeps (truncation, as both do).
fn truncated(expected: &Timestamp, peer: Peer) -> i128 {
    let n = nanos(expected);
    n - n.rem_euclid(peer.precision_nanos())
}

fn opt_str(value: &Value) -> Option<&str> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s),
        other => panic!("expected a string or null, got {other}"),
    }
}

/// What JS's `EventGridDeserializer` makes of JSON data that is not an object: it runs it
/// through a `Dictionary` mapper, which copies the value's own enumerable properties.
fn js_dictionary_of(value: &Value) -> Value {
    match value {
        Value::String(s) => Value::Object(
            s.chars()
                .enumerate()
                .map(|(i, c)| (i.to_string(), Value::String(c.to_string())))
                .collect(),
        ),
        Value::Array(items) => Value::Object(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), v.clone()))
                .collect(),
        ),
        Value::Object(_) | Value::Null => value.clone(),
        Value::Bool(_) | Value::Number(_) => json!({}),
    }
}

// ---------------------------------------------------------------------------------------
// Our events -> the peers' deserializers

const TRACEPARENT: &str = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

fn our_cloud_events() -> Vec<CloudEvent> {
    vec![
        // JSON data, extensions of every type, a 7-digit UTC timestamp, non-ASCII everywhere.
        CloudEvent::builder("com.example.order.created", "/orders/europe")
            .id("order-1-ü")
            .subject("Bestellung/Größe/日本")
            .time(ts("2024-02-29T23:59:59.1234567Z"))
            .dataschema("https://example.com/schemas/order.json")
            .extension("tenant", "contoso-é")
            .extension("priority", 7)
            .extension("urgent", true)
            .extension("traceparent", TRACEPARENT)
            .json_data(&json!({"total": 12.5, "name": "Zoë 🚀", "items": [1, 2, 3], "nil": null}))
            .build()
            .unwrap(),
        // Binary data (data_base64) and a 7-digit timestamp with a non-UTC offset.
        CloudEvent::builder("com.example.blob", "https://example.com/blobs")
            .id("blob-2")
            .time(ts("2024-06-01T08:30:00.1234567+05:30"))
            .binary_data("application/octet-stream", vec![0, 1, 2, 0x80, 0xfe, 0xff])
            .build()
            .unwrap(),
        // Text data under a non-JSON media type.
        CloudEvent::builder("com.example.note", "/notes")
            .id("note-3")
            .time(ts("2024-01-01T00:00:00.0000001Z"))
            .text_data(
                "text/plain; charset=utf-8",
                "Grüße, 世界 \"quoted\"\nline 2",
            )
            .build()
            .unwrap(),
        // Only the required attributes.
        CloudEvent::builder("com.example.bare", "/bare")
            .id("bare-4")
            .build()
            .unwrap(),
    ]
}

/// The time a peer reports for `ours`, as an instant in nanoseconds.
fn expected_time_nanos(peer: Peer, ours: &Timestamp) -> i128 {
    if peer == Peer::Python && ours.as_str().ends_with("+05:30") {
        // Python deviation: azure-core reads `+05:30` as `+00:30` and keeps the wall clock.
        let wall = ours.as_str().replace("+05:30", "+00:30");
        return truncated(&ts(&wall), peer);
    }
    truncated(ours, peer)
}

fn check_cloud_event(peer: Peer, ours: &CloudEvent, parsed: &Value) {
    let ctx = format!("{peer:?} parsing {}", ours.id());
    assert_eq!(parsed["id"], ours.id(), "{ctx}: id");
    assert_eq!(parsed["source"], ours.source(), "{ctx}: source");
    assert_eq!(parsed["type"], ours.ty(), "{ctx}: type");
    assert_eq!(parsed["specversion"], "1.0", "{ctx}: specversion");
    assert_eq!(
        opt_str(&parsed["subject"]),
        ours.subject(),
        "{ctx}: subject"
    );
    assert_eq!(
        opt_str(&parsed["datacontenttype"]),
        ours.datacontenttype(),
        "{ctx}: datacontenttype"
    );
    assert_eq!(
        opt_str(&parsed["dataschema"]),
        ours.dataschema(),
        "{ctx}: dataschema"
    );
    match ours.time() {
        None => assert_eq!(parsed["time"], Value::Null, "{ctx}: time"),
        Some(time) => {
            let theirs = ts(parsed["time"].as_str().expect("time is a string"));
            assert_eq!(
                nanos(&theirs),
                expected_time_nanos(peer, time),
                "{ctx}: time {time} read as {theirs}"
            );
        }
    }
    assert_eq!(
        parsed["extensions"],
        serde_json::to_value(ours.extensions()).unwrap(),
        "{ctx}: extensions"
    );
    let data = &parsed["data"];
    match ours.data() {
        None => assert_eq!(*data, Value::Null, "{ctx}: data"),
        Some(Data::Binary(bytes)) => {
            assert_eq!(data["bytes"], json!(bytes), "{ctx}: binary data");
        }
        Some(Data::Json(raw)) => {
            let value: Value = serde_json::from_str(raw.get()).unwrap();
            let expected = match peer {
                Peer::Python => value,
                // JS deviation: data is forced into a JSON object.
                Peer::Node => js_dictionary_of(&value),
            };
            assert_eq!(data["json"], expected, "{ctx}: JSON data");
        }
        Some(Data::Text(text)) => {
            let value = Value::String(text.clone());
            let expected = match peer {
                Peer::Python => value,
                // JS deviation: a string becomes an object of its characters.
                Peer::Node => js_dictionary_of(&value),
            };
            assert_eq!(data["json"], expected, "{ctx}: text data");
        }
        Some(other) => panic!("unexpected data {other:?}"),
    }
}

#[test]
fn peers_read_our_structured_events() {
    let Some(dir) = interop_dir() else { return };
    for ours in our_cloud_events() {
        let body = json::to_vec(&ours).unwrap();
        for peer in Peer::ALL {
            let parsed = run_ok(&dir, peer, "parse-cloudevents", &body);
            let parsed = parsed.as_array().expect("an array");
            assert_eq!(parsed.len(), 1, "{peer:?}");
            check_cloud_event(peer, &ours, &parsed[0]);
        }
    }
}

#[test]
fn peers_read_our_batch() {
    let Some(dir) = interop_dir() else { return };
    let events = our_cloud_events();
    let body = json::batch_to_vec(&events).unwrap();
    for peer in Peer::ALL {
        let parsed = run_ok(&dir, peer, "parse-cloudevents", &body);
        let parsed = parsed.as_array().expect("an array");
        assert_eq!(parsed.len(), events.len(), "{peer:?}");
        for (ours, theirs) in events.iter().zip(parsed) {
            check_cloud_event(peer, ours, theirs);
        }
    }
}

#[test]
fn peers_extension_name_rules() {
    let Some(dir) = interop_dir() else { return };
    // `123` is a valid extension name in CloudEvents 1.0.2, and ours accepts it.
    let event = CloudEvent::builder("t", "/s")
        .id("1")
        .extension("123", "digits")
        .build()
        .unwrap();
    let body = json::to_vec(&event).unwrap();
    assert_eq!(json::from_slice(&body).unwrap(), event);
    let parsed = run_ok(&dir, Peer::Node, "parse-cloudevents", &body);
    check_cloud_event(Peer::Node, &event, &parsed[0]);
    // Python deviation: its CloudEvent refuses names that are all digits.
    let err = run(&dir, Peer::Python, "parse-cloudevents", &body).unwrap_err();
    assert!(
        err.contains("Extension attributes should be lower cased and alphanumeric"),
        "{err}"
    );
}

fn our_event_grid_events() -> Vec<EventGridEvent> {
    let mut first = EventGridEvent::new(
        "Contoso.Items.ItemReceived",
        "/blobs/größe/日本.txt",
        &json!({"url": "https://example.com/日本.txt", "size": 12, "ok": true}),
    )
    .unwrap();
    first.id = "eg-1".into();
    first.topic =
        Some("/subscriptions/0000/resourceGroups/rg/providers/Microsoft.EventGrid/topics/t".into());
    first.event_time = Some(ts("2024-02-29T23:59:59.1234567Z"));
    first.data_version = Some("1.0".into());
    // JS deviation: its deserializer wants the delivered form (`topic`, `metadataVersion`).
    first.metadata_version = Some("1".into());

    let mut second = EventGridEvent::new("Contoso.Notes.Noted", "", "plain text ü").unwrap();
    second.id = "eg-2".into();
    second.topic.clone_from(&first.topic);
    second.event_time = Some(ts("2024-06-01T08:30:00.1234567+02:00"));
    second.data_version = Some(String::new());
    second.metadata_version = Some("1".into());
    vec![first, second]
}

#[test]
fn peers_read_our_event_grid_events() {
    let Some(dir) = interop_dir() else { return };
    let events = our_event_grid_events();
    let body = event_grid::to_vec(&events).unwrap();
    for peer in Peer::ALL {
        let parsed = run_ok(&dir, peer, "parse-eventgrid", &body);
        let parsed = parsed.as_array().expect("an array");
        assert_eq!(parsed.len(), events.len(), "{peer:?}");
        for (ours, theirs) in events.iter().zip(parsed) {
            let ctx = format!("{peer:?} parsing {}", ours.id);
            assert_eq!(theirs["id"], ours.id, "{ctx}");
            assert_eq!(opt_str(&theirs["topic"]), ours.topic.as_deref(), "{ctx}");
            assert_eq!(
                opt_str(&theirs["subject"]),
                ours.subject.as_deref(),
                "{ctx}"
            );
            assert_eq!(theirs["event_type"], ours.event_type, "{ctx}");
            assert_eq!(
                opt_str(&theirs["data_version"]),
                ours.data_version.as_deref(),
                "{ctx}"
            );
            assert_eq!(
                opt_str(&theirs["metadata_version"]),
                ours.metadata_version.as_deref(),
                "{ctx}"
            );
            // Python reads eventTime with isodate (offsets are right here).
            let time = ours.event_time.as_ref().unwrap();
            let theirs_time = ts(theirs["event_time"].as_str().unwrap());
            assert_eq!(
                nanos(&theirs_time),
                truncated(time, peer),
                "{ctx}: eventTime"
            );
            let data: Value = serde_json::from_str(ours.data.as_ref().unwrap().get()).unwrap();
            let expected = match peer {
                Peer::Python => data,
                Peer::Node => js_dictionary_of(&data),
            };
            assert_eq!(theirs["data"], expected, "{ctx}: data");
        }
    }
}

// ---------------------------------------------------------------------------------------
// The peers' publisher bodies -> our decoders

/// What a peer's `send` put on the wire.
struct Sent {
    content_type: String,
    body: String,
    url: String,
}

fn publish(dir: &Path, peer: Peer, command: &str, input: &Value) -> Result<Sent, String> {
    let out = run(dir, peer, command, input.to_string().as_bytes())?;
    assert_eq!(out["method"], "POST");
    Ok(Sent {
        content_type: out["content_type"].as_str().unwrap().to_owned(),
        body: out["body"].as_str().unwrap().to_owned(),
        url: out["url"].as_str().unwrap().to_owned(),
    })
}

fn publish_specs() -> Vec<Value> {
    vec![
        json!({
            "id": "pub-1", "source": "/publisher/ü", "type": "com.example.published",
            "subject": "Größe 日本", "time": "2024-02-29T23:59:59.1234567Z",
            "dataschema": "https://example.com/s.json",
            "extensions": {"tenant": "contoso-é", "priority": 7, "urgent": true,
                           "traceparent": TRACEPARENT},
            "data": {"json": {"name": "Zoë 🚀", "n": [1, 2], "nested": {"x": null}}}
        }),
        json!({
            "id": "pub-2", "source": "/publisher", "type": "com.example.bytes",
            "time": "2024-06-01T08:30:00.1234567+05:30",
            "datacontenttype": "application/octet-stream",
            "data": {"bytes": [0, 1, 2, 128, 254, 255]}
        }),
    ]
}

/// A text-data event: Python sends it; JS refuses (deviation).
fn text_spec() -> Value {
    json!({
        "id": "pub-3", "source": "/publisher", "type": "com.example.text",
        "time": "2024-01-01T00:00:00Z", "datacontenttype": "text/plain",
        "data": {"text": "Grüße, 世界"}
    })
}

fn check_published(peer: Peer, spec: &Value, ours: &CloudEvent) {
    let ctx = format!("{peer:?} published {}", spec["id"]);
    assert_eq!(ours.id(), spec["id"], "{ctx}");
    assert_eq!(ours.source(), spec["source"], "{ctx}");
    assert_eq!(ours.ty(), spec["type"], "{ctx}");
    assert_eq!(ours.subject(), opt_str(&spec["subject"]), "{ctx}");
    assert_eq!(ours.dataschema(), opt_str(&spec["dataschema"]), "{ctx}");
    let is_binary = spec["data"].get("bytes").is_some();
    let expected_ct = match (opt_str(&spec["datacontenttype"]), peer) {
        // JS deviation: `send` stamps `application/json` when no media type was given.
        (None, Peer::Node) if !is_binary => Some("application/json"),
        (ct, _) => ct,
    };
    assert_eq!(ours.datacontenttype(), expected_ct, "{ctx}");
    let time = ts(spec["time"].as_str().unwrap());
    assert_eq!(
        nanos(ours.time().expect("time")),
        truncated(&time, peer),
        "{ctx}: time {}",
        ours.time().unwrap()
    );
    let expected_ext = spec.get("extensions").cloned().unwrap_or_else(|| json!({}));
    assert_eq!(
        serde_json::to_value(ours.extensions()).unwrap(),
        expected_ext,
        "{ctx}: extensions"
    );
    let data = &spec["data"];
    match ours.data() {
        Some(Data::Json(raw)) => {
            assert_eq!(
                serde_json::from_str::<Value>(raw.get()).unwrap(),
                data["json"],
                "{ctx}: data"
            );
        }
        Some(Data::Binary(bytes)) => assert_eq!(json!(bytes), data["bytes"], "{ctx}: data"),
        Some(Data::Text(text)) => assert_eq!(text, &data["text"], "{ctx}: data"),
        other => panic!("{ctx}: unexpected data {other:?}"),
    }
}

fn decode_published_batch(sent: &Sent) -> Vec<CloudEvent> {
    assert_eq!(
        ContentMode::detect(Some(&sent.content_type)),
        ContentMode::Batch,
        "{}",
        sent.content_type
    );
    json::batch_from_slice(sent.body.as_bytes())
        .unwrap()
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}: {}", sent.body)))
        .collect()
}

#[test]
fn we_read_what_python_publishes() {
    let Some(dir) = interop_dir() else { return };
    let mut specs = publish_specs();
    specs.push(text_spec());
    // The basic tier (`/api/events`) and namespaces (`:publish`) serialize with different code.
    for (tier, url_part) in [
        ("basic", "/api/events?"),
        ("namespace", "/topics/topic:publish?"),
    ] {
        let input = json!({"tier": tier, "events": specs});
        let sent = publish(&dir, Peer::Python, "publish-cloudevents", &input).unwrap();
        assert!(sent.url.contains(url_part), "{}", sent.url);
        let events = decode_published_batch(&sent);
        assert_eq!(events.len(), specs.len());
        for (spec, ours) in specs.iter().zip(&events) {
            check_published(Peer::Python, spec, ours);
        }
        // Python writes UTC with 6 digits: `2024-02-29T23:59:59.123456Z`.
        assert_eq!(
            events[0].time().unwrap().as_str(),
            "2024-02-29T23:59:59.123456Z"
        );
    }
}

#[test]
fn we_read_what_js_publishes() {
    let Some(dir) = interop_dir() else { return };
    let specs = publish_specs();
    let sent = publish(
        &dir,
        Peer::Node,
        "publish-cloudevents",
        &json!({"events": specs}),
    )
    .unwrap();
    let events = decode_published_batch(&sent);
    assert_eq!(events.len(), specs.len());
    for (spec, ours) in specs.iter().zip(&events) {
        check_published(Peer::Node, spec, ours);
    }
    assert_eq!(
        events[0].time().unwrap().as_str(),
        "2024-02-29T23:59:59.123Z"
    );
    // JS deviation: text (any non-object) data cannot be sent.
    let err = publish(
        &dir,
        Peer::Node,
        "publish-cloudevents",
        &json!({"events": [text_spec()]}),
    )
    .err()
    .expect("JS refuses string data");
    assert!(err.contains("must be of type object"), "{err}");
}

#[test]
fn we_read_event_grid_events_the_peers_publish() {
    let Some(dir) = interop_dir() else { return };
    let specs = [
        json!({"id": "eg-pub-1", "subject": "/blobs/größe.txt", "event_type": "Contoso.Items.ItemReceived",
               "event_time": "2024-02-29T23:59:59.1234567Z", "data": {"sku": "Zoë 🚀", "n": [1, 2]},
               "data_version": "1.0"}),
        json!({"id": "eg-pub-2", "subject": "", "event_type": "Contoso.Items.Other",
               "event_time": "2024-06-01T08:30:00.1234567+05:30", "data": {"ok": true},
               "data_version": "", "topic": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.EventGrid/domains/d/topics/t"}),
    ];
    for peer in Peer::ALL {
        let sent = publish(&dir, peer, "publish-eventgrid", &json!({"events": specs})).unwrap();
        let expected_ct = match peer {
            Peer::Python => "application/json; charset=utf-8",
            // JS deviation (harmless): no charset parameter.
            Peer::Node => "application/json",
        };
        assert_eq!(sent.content_type, expected_ct);
        let events: Vec<EventGridEvent> = event_grid::from_slice(sent.body.as_bytes())
            .unwrap()
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(events.len(), specs.len());
        for (spec, ours) in specs.iter().zip(&events) {
            let ctx = format!("{peer:?} published {}", spec["id"]);
            assert_eq!(ours.id, spec["id"], "{ctx}");
            assert_eq!(ours.subject.as_deref(), opt_str(&spec["subject"]), "{ctx}");
            assert_eq!(ours.event_type, spec["event_type"], "{ctx}");
            assert_eq!(
                ours.data_version.as_deref(),
                opt_str(&spec["data_version"]),
                "{ctx}"
            );
            assert_eq!(ours.topic.as_deref(), opt_str(&spec["topic"]), "{ctx}");
            assert_eq!(ours.metadata_version, None, "{ctx}");
            let time = ts(spec["event_time"].as_str().unwrap());
            assert_eq!(
                nanos(ours.event_time.as_ref().unwrap()),
                truncated(&time, peer),
                "{ctx}: eventTime"
            );
            let data: Value = serde_json::from_str(ours.data.as_ref().unwrap().get()).unwrap();
            assert_eq!(data, spec["data"], "{ctx}: data");
            // What a publisher leaves to the service (`metadataVersion`, and `topic` when the
            // publisher sent none) is reported missing; nothing else departs from the schema.
            let mut expected = Vec::new();
            if ours.topic.is_none() {
                expected.push(eventgrid_types::Tolerated::Missing("topic"));
            }
            expected.push(eventgrid_types::Tolerated::Missing("metadataVersion"));
            assert_eq!(ours.tolerated(), expected, "{ctx}");
        }
    }
}
