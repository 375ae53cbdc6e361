//! Interop with the official clients, run as real peers from `tests/interop` (Python
//! `azure-eventgrid`, npm `@azure/eventgrid`; `bash tests/interop/setup.sh` installs them):
//!
//! * `generate_sas` gives, for the same inputs, the token of JS's
//!   `generateSharedAccessSignature` exactly, and Python's `generate_sas` exactly when given
//!   Python's expiry text (`str(datetime)`; JS and .NET write `M/d/yyyy h:mm:ss AM`);
//! * events our `SenderClient` publishes to the in-process emulator are received intact by
//!   Python's `EventGridConsumerClient`, and events Python's `EventGridPublisherClient`
//!   publishes are received typed by our `ReceiverClient`.
//!
//! Runs when `EVENTGRID_INTEROP_DIR` names `tests/interop`; skipped with a note otherwise.

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use common::{SUBSCRIPTION, TOPIC, WAIT, emulator, receiver, sender};
use eventgrid_client::{generate_sas, generate_sas_with_expiry_text};
use eventgrid_types::{CloudEvent, ExtensionValue};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::macros::datetime;

fn interop_dir() -> Option<PathBuf> {
    let Some(dir) = std::env::var_os("EVENTGRID_INTEROP_DIR") else {
        eprintln!("EVENTGRID_INTEROP_DIR is not set: skipping the client interop tests");
        return None;
    };
    let dir = PathBuf::from(dir);
    assert!(
        dir.join(".venv/bin/python").exists() && dir.join("node_modules/@azure/eventgrid").exists(),
        "EVENTGRID_INTEROP_DIR is set but the peers are missing: run `bash tests/interop/setup.sh`"
    );
    Some(dir)
}

/// Runs a peer program with `input` on stdin and parses its stdout as JSON.
fn run(mut command: Command, input: &Value) -> Value {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the peer starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "peer failed: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the peer prints JSON")
}

fn python(dir: &PathBuf, program: &str) -> Command {
    let mut command = Command::new(dir.join(".venv/bin/python"));
    command.arg("-c").arg(program).current_dir(dir);
    command
}

fn node(dir: &PathBuf, program: &str) -> Command {
    let mut command = Command::new("node");
    command.arg("-e").arg(program).current_dir(dir);
    command
}

const PY_SAS: &str = r#"
import datetime, json, sys
from azure.eventgrid import generate_sas
out = []
for case in json.load(sys.stdin):
    expiry = datetime.datetime.fromtimestamp(case["unix"], tz=datetime.timezone.utc)
    out.append({"token": generate_sas(case["endpoint"], case["key"], expiry, api_version=case["api_version"]),
                "expiry": str(expiry)})
print(json.dumps(out))
"#;

const JS_SAS: &str = r#"
const { generateSharedAccessSignature, AzureKeyCredential } = require("@azure/eventgrid");
let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", async () => {
  const out = [];
  for (const c of JSON.parse(input)) {
    out.push(await generateSharedAccessSignature(c.endpoint, new AzureKeyCredential(c.key),
      new Date(c.unix * 1000), { apiVersion: c.api_version }));
  }
  console.log(JSON.stringify(out));
});
"#;

#[test]
fn generate_sas_matches_the_official_python_and_js_clients() {
    let Some(dir) = interop_dir() else { return };
    let cases: Vec<(&str, &str, OffsetDateTime, &str)> = vec![
        (
            "https://orders.westeurope-1.eventgrid.azure.net/api/events",
            "c2VjcmV0LWtleQ==",
            datetime!(2026-06-15 18:20:15 UTC),
            "2018-01-01",
        ),
        // Midnight and noon are 12 AM and 12 PM; single-digit month and day.
        (
            "https://a.b-1.eventgrid.azure.net/api/events",
            "AAECAwQFBgcICQ==",
            datetime!(2027-01-02 00:05:09 UTC),
            "2018-01-01",
        ),
        (
            "https://a.b-1.eventgrid.azure.net/api/events",
            "AAECAwQFBgcICQ==",
            datetime!(2027-01-02 12:00:00 UTC),
            "2023-06-01-preview",
        ),
        // A namespace resource with characters that must be escaped.
        (
            "https://ns.westus-1.eventgrid.azure.net/topics/my topic+ü",
            "a2V5LXdpdGgvc2xhc2g/+w==",
            datetime!(2030-12-31 23:59:59 UTC),
            "2024-06-01",
        ),
    ];
    let input: Value = cases
        .iter()
        .map(|(endpoint, key, at, api)| {
            json!({"endpoint": endpoint, "key": key, "unix": at.unix_timestamp(), "api_version": api})
        })
        .collect();
    let from_python = run(python(&dir, PY_SAS), &input);
    let from_js = run(node(&dir, JS_SAS), &input);
    for (index, (endpoint, key, at, api)) in cases.iter().enumerate() {
        let ours = generate_sas(endpoint, key, *at, api).unwrap();
        assert_eq!(ours, from_js[index], "case {index} against JS");
        let python_expiry = from_python[index]["expiry"].as_str().unwrap();
        let ours = generate_sas_with_expiry_text(endpoint, key, python_expiry, api).unwrap();
        assert_eq!(
            ours, from_python[index]["token"],
            "case {index} against Python"
        );
    }
}

const PY_CONSUME_THEN_PUBLISH: &str = r#"
import base64, datetime, json, sys
from azure.core.credentials import AzureKeyCredential
from azure.core.messaging import CloudEvent
from azure.eventgrid import EventGridConsumerClient, EventGridPublisherClient
spec = json.load(sys.stdin)
key = AzureKeyCredential(spec["key"])
consumer = EventGridConsumerClient(spec["url"], key, namespace_topic=spec["topic"], subscription=spec["subscription"])
got = []
for item in consumer.receive(max_events=10, max_wait_time=10):
    e = item.event
    data = e.data
    got.append({"id": e.id, "source": e.source, "type": e.type, "subject": e.subject,
                "time": e.time.isoformat() if e.time else None, "datacontenttype": e.datacontenttype,
                "data": base64.b64encode(data).decode() if isinstance(data, bytes) else data,
                "extensions": e.extensions})
    consumer.acknowledge(lock_tokens=[item.broker_properties.lock_token])
publisher = EventGridPublisherClient(spec["url"], key, namespace_topic=spec["topic"])
publisher.send([CloudEvent(source="/py", type="com.example.py", id="py-1", subject="from python",
                           data={"n": 1, "text": "héllo"}, extensions={"tenant": "contoso"}),
                CloudEvent(source="/py", type="com.example.py", id="py-2", data=b"\x00\x01\xff",
                           datacontenttype="application/octet-stream")])
print(json.dumps(got))
"#;

#[tokio::test]
async fn python_receives_what_we_send_and_we_receive_what_python_sends() {
    let Some(dir) = interop_dir() else { return };
    let emulator = emulator().await;
    let sender = sender(&emulator);
    let structured = CloudEvent::builder("com.example.rs", "/rs")
        .id("rs-1")
        .subject("from rust")
        .time("2026-03-04T05:06:07.123456Z".parse().unwrap())
        .extension("tenant", ExtensionValue::String("contoso".into()))
        .json_data(&json!({"total": 12.5, "items": ["a", "ü"]}))
        .build()
        .unwrap();
    let binary = CloudEvent::builder("com.example.rs", "/rs")
        .id("rs-2")
        .binary_data("application/octet-stream", vec![0u8, 1, 255])
        .build()
        .unwrap();
    sender.send(&structured).await.unwrap();
    sender.send_binary(&binary).await.unwrap();

    let spec = json!({"url": emulator.url(), "key": emulator.key(), "topic": TOPIC, "subscription": SUBSCRIPTION});
    let program = python(&dir, PY_CONSUME_THEN_PUBLISH);
    let got = tokio::task::spawn_blocking(move || run(program, &spec))
        .await
        .unwrap();
    let mut got: Vec<Value> = got.as_array().unwrap().clone();
    got.sort_by_key(|e| e["id"].as_str().unwrap().to_owned());
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0]["subject"], "from rust");
    assert_eq!(got[0]["time"], "2026-03-04T05:06:07.123456+00:00");
    assert_eq!(got[0]["extensions"], json!({"tenant": "contoso"}));
    assert_eq!(got[0]["data"], json!({"total": 12.5, "items": ["a", "ü"]}));
    assert_eq!(got[1]["data"], "AAH/");
    assert_eq!(got[1]["datacontenttype"], "application/octet-stream");

    let received = receiver(&emulator)
        .receive::<CloudEvent>(10, WAIT)
        .await
        .unwrap();
    let mut events: Vec<CloudEvent> = received
        .into_iter()
        .map(|item| item.event.unwrap())
        .collect();
    events.sort_by(|a, b| a.id().cmp(b.id()));
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].subject(), Some("from python"));
    assert_eq!(
        events[0].extension("tenant"),
        Some(&ExtensionValue::String("contoso".into()))
    );
    let data: Value = events[0].data().unwrap().to_typed().unwrap();
    assert_eq!(data, json!({"n": 1, "text": "héllo"}));
    assert_eq!(events[1].data().unwrap().as_bytes(), [0, 1, 255]);
    emulator.shutdown().await;
}
