//! The official SDKs against a running emulator (127.0.0.1, port 0): Python `azure-eventgrid`
//! (`EventGridPublisherClient` for a namespace topic and for basic topics with a key and a
//! SAS token, `EventGridConsumerClient` receive / renew_locks / release / reject /
//! acknowledge) and npm `@azure/eventgrid-namespaces` (`EventGridSenderClient`,
//! `EventGridReceiverClient`). The peers are `tests/interop/emulator_peer.{py,mjs}`; they
//! print what the clients returned and this test checks every value, then checks the
//! emulator's own view through its management API.
//!
//! Runs when `EVENTGRID_INTEROP_DIR` names `tests/interop` with the peers installed
//! (`bash tests/interop/setup.sh`; `.ci/run` does both); skipped with a note otherwise.
//!
//! Where the clients deviate from what was sent, the test asserts the deviation exactly:
//!
//! * JS `EventGridSenderClient` stamps `datacontenttype: application/cloudevents+json;
//!   charset=utf-8` on JSON data when none is given, and JS `receiveEvents` hands binary
//!   data back as a base64 string (not bytes), without extension attributes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use eventgrid_emulator::config::{
    BasicTopicConfig, Config, InputSchema, NamespaceTopicConfig, SubscriptionConfig,
};
use eventgrid_emulator::{Emulator, EmulatorHandle};
use serde_json::{Value, json};

mod common;

fn interop_dir() -> Option<PathBuf> {
    let Some(dir) = std::env::var_os("EVENTGRID_INTEROP_DIR") else {
        eprintln!(
            "EVENTGRID_INTEROP_DIR is not set: skipping the emulator interop tests \
             (run `bash tests/interop/setup.sh`, then set it to tests/interop)"
        );
        return None;
    };
    let dir = PathBuf::from(dir);
    for needed in [
        ".venv/bin/python",
        "emulator_peer.py",
        "emulator_peer.mjs",
        "node_modules/@azure/eventgrid-namespaces/package.json",
    ] {
        assert!(
            dir.join(needed).exists(),
            "EVENTGRID_INTEROP_DIR is set but {} is missing: run `bash tests/interop/setup.sh`",
            dir.join(needed).display()
        );
    }
    Some(dir)
}

/// Runs a peer with `input` on stdin; its stdout as JSON.
fn run_peer(
    dir: &Path,
    program: &Path,
    script: &str,
    input: &Value,
    env: &[(&str, &Path)],
) -> Value {
    let mut child = Command::new(program)
        .arg(script)
        .envs(env.iter().copied())
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {script}: {e}"));
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{script} failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "{script} printed no JSON ({e}):\n{}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

fn config() -> Config {
    let mut config = Config::default();
    config.auto_create = false;
    config.namespace_topics = vec![
        NamespaceTopicConfig::new("py-orders", vec![SubscriptionConfig::new("py")]),
        NamespaceTopicConfig::new("js-orders", vec![SubscriptionConfig::new("js")]),
    ];
    config.basic_topics = vec![
        BasicTopicConfig::new("legacy", InputSchema::EventGridSchema),
        BasicTopicConfig::new("modern", InputSchema::CloudEventSchemaV1_0),
    ];
    config
}

/// The events a peer publishes: JSON, text and binary data, a subject and an extension.
fn events(prefix: &str) -> Vec<Value> {
    vec![
        json!({"id": format!("{prefix}-1"), "source": "/orders", "type": "com.example.order.created",
            "time": "2026-12-07T00:00:00.123Z", "subject": "orders/1",
            "data": {"total": 12.5, "items": ["a", "é"]}, "extensions": {"tenant": "contoso"}}),
        json!({"id": format!("{prefix}-2"), "source": "/orders", "type": "com.example.order.noted",
            "time": "2026-12-07T00:00:01Z", "datacontenttype": "text/plain", "data": "plain text"}),
        json!({"id": format!("{prefix}-3"), "source": "/orders", "type": "com.example.order.scanned",
            "time": "2026-12-07T00:00:02Z", "datacontenttype": "application/octet-stream",
            "data_base64": "AAEC/w=="}),
        json!({"id": format!("{prefix}-4"), "source": "/orders", "type": "com.example.order.shipped",
            "time": "2026-12-07T00:00:03Z", "data": {"n": 4}}),
    ]
}

/// A client that trusts the emulator's certificate when it has one.
fn client(emulator: &EmulatorHandle) -> reqwest::Client {
    let mut builder = common::http_client_builder();
    if let Some(pem) = emulator.certificate_pem() {
        builder =
            builder.tls_certs_merge([reqwest::Certificate::from_pem(pem.as_bytes()).unwrap()]);
    }
    builder.build().unwrap()
}

async fn get(emulator: &EmulatorHandle, path: &str) -> Value {
    common::get_json_with(&client(emulator), &format!("{}{path}", emulator.url())).await
}

async fn overview(emulator: &EmulatorHandle) -> Value {
    get(emulator, "/emulator/topics").await
}

async fn subscription(emulator: &EmulatorHandle, topic: &str) -> Value {
    let overview = overview(emulator).await;
    overview["namespaceTopics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == topic)
        .unwrap()["subscriptions"][0]
        .clone()
}

async fn dead_letters(emulator: &EmulatorHandle, topic: &str, sub: &str) -> Value {
    get(
        emulator,
        &format!("/emulator/topics/{topic}/eventsubscriptions/{sub}/deadletters"),
    )
    .await
}

/// Checks a settlement result: exactly `succeeded`, and each of `failed` with our code.
fn assert_settled(result: &Value, succeeded: &[&str], failed: &[&str], what: &str) {
    assert_eq!(result["succeeded"], json!(succeeded), "{what}: {result}");
    let failed_tokens: Vec<&str> = result["failed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["lock_token"].as_str().unwrap())
        .collect();
    assert_eq!(failed_tokens, failed, "{what}: {result}");
    for f in result["failed"].as_array().unwrap() {
        assert_eq!(f["code"], "TokenLost", "{what}: {result}");
        assert!(f["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
}

/// Checks the attributes every client returns as they were sent, on a first delivery;
/// returns the event.
fn assert_first_delivery<'a>(item: &'a Value, spec: &Value) -> &'a Value {
    assert_eq!(item["delivery_count"], 1);
    let event = &item["event"];
    for attribute in ["id", "source", "type"] {
        assert_eq!(event[attribute], spec[attribute], "{attribute}");
    }
    assert_eq!(event["specversion"], "1.0");
    let subject = spec.get("subject").cloned().unwrap_or(Value::Null);
    assert_eq!(event["subject"], subject);
    event
}

/// Checks what both peers do with the four events they received: renew the first lock,
/// release the second (received again with delivery count 2), reject the third, release
/// the fourth with a delay, acknowledge the first, the redelivered one and a made-up token,
/// and publish with a wrong key.
fn assert_settlements(out: &Value, released_id: &str) {
    let first = out["first"].as_array().unwrap();
    let tokens: Vec<&str> = first
        .iter()
        .map(|i| i["lock_token"].as_str().unwrap())
        .collect();
    assert_settled(&out["renew"], &[tokens[0]], &[], "renew");
    assert_settled(&out["release"], &[tokens[1]], &[], "release");
    let second = out["second"].as_array().unwrap();
    assert_eq!(second.len(), 1, "{out}");
    assert_eq!(second[0]["event"]["id"], released_id);
    assert_eq!(second[0]["delivery_count"], 2);
    let again = second[0]["lock_token"].as_str().unwrap();
    assert_ne!(again, tokens[1], "a new delivery has a new lock token");
    assert_settled(&out["reject"], &[tokens[2]], &[], "reject");
    assert_settled(
        &out["release_delayed"],
        &[tokens[3]],
        &[],
        "release with a delay",
    );
    assert_settled(
        &out["acknowledge"],
        &[tokens[0], again],
        &["not-a-lock-token"],
        "acknowledge",
    );
    assert_eq!(
        out["wrong_key"],
        json!({"status": 401, "code": "Unauthorized"})
    );
}

/// Checks the emulator's own view after a peer's run: one event delayed, one rejected (the
/// binary one, `dead_id`) and nothing else left; returns the dead-lettered event.
async fn assert_final_state(emulator: &EmulatorHandle, topic: &str, dead_id: &str) -> Value {
    let sub = subscription(emulator, topic).await;
    assert_eq!(
        (
            &sub["available"],
            &sub["locked"],
            &sub["delayed"],
            &sub["dead_lettered"]
        ),
        (&json!(0), &json!(0), &json!(1), &json!(1)),
        "{sub}"
    );
    let name = sub["name"].as_str().unwrap();
    let dead = dead_letters(emulator, topic, name).await;
    assert_eq!(dead[0]["reason"], "Rejected");
    assert_eq!(dead[0]["deliveryCount"], 1);
    let event = dead[0]["event"].clone();
    assert_eq!(event["id"], dead_id);
    assert_eq!(event["data_base64"], "AAEC/w==");
    event
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_azure_eventgrid_drives_every_operation() {
    let Some(dir) = interop_dir() else { return };
    let emulator = Emulator::start(config()).await.unwrap();
    let sent = events("py");
    let eg_events = vec![
        json!({"id": "eg-1", "subject": "accounts/1", "eventType": "Contoso.Accounts.Opened",
            "eventTime": "2026-12-07T00:00:00Z", "dataVersion": "1.0", "data": {"owner": "Zoë"}}),
        json!({"id": "eg-2", "subject": "accounts/2", "eventType": "Contoso.Accounts.Closed",
            "eventTime": "2026-12-07T00:00:01Z", "dataVersion": "2.0", "data": {"owner": "Ann"}}),
    ];
    let input = json!({
        "url": emulator.url(), "key": emulator.key(),
        "topic": "py-orders", "subscription": "py", "events": sent,
        "basic": {
            "eg_url": format!("{}/basic/legacy/api/events", emulator.url()),
            "ce_url": format!("{}/basic/modern/api/events", emulator.url()),
            "eg_events": eg_events, "ce_events": [sent[0], sent[3]],
        },
    });
    let python = dir.join(".venv/bin/python");
    let out = tokio::task::spawn_blocking(move || {
        run_peer(&dir, &python, "emulator_peer.py", &input, &[])
    })
    .await
    .unwrap();

    let first = out["first"].as_array().unwrap();
    assert_eq!(first.len(), 4, "{out}");
    for (item, spec) in first.iter().zip(&sent) {
        let event = assert_first_delivery(item, spec);
        assert_eq!(
            event["datacontenttype"],
            spec.get("datacontenttype").cloned().unwrap_or(Value::Null)
        );
        let time = spec["time"].as_str().unwrap().replace('Z', "+00:00");
        let time = time.replace(".123+", ".123000+");
        assert_eq!(event["time"], time.as_str());
        if let Some(data) = spec.get("data_base64") {
            assert_eq!(
                (&event["data"], &event["data_is_bytes"]),
                (data, &json!(true))
            );
        } else {
            assert_eq!(
                (&event["data"], &event["data_is_bytes"]),
                (&spec["data"], &json!(false))
            );
        }
        // azure-core reads "no extensions" as None.
        assert_eq!(
            event["extensions"],
            spec.get("extensions").cloned().unwrap_or(Value::Null)
        );
    }
    assert_settlements(&out, "py-2");
    assert_eq!(
        out["forged_sas"],
        json!({"status": 401, "code": "Unauthorized"})
    );
    assert_final_state(&emulator, "py-orders", "py-3").await;
    let basic = overview(&emulator).await["basicTopics"].clone();
    assert_eq!(basic[0]["published"], 2, "{basic}");
    assert_eq!(basic[1]["published"], 2, "{basic}");
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn npm_eventgrid_namespaces_drives_every_operation() {
    let Some(dir) = interop_dir() else { return };
    // The JS client refuses plain HTTP: serve HTTPS with a self-signed certificate, and have
    // node trust it as a user would.
    let mut config = config();
    config.tls = true;
    let emulator = Emulator::start(config).await.unwrap();
    assert!(emulator.url().starts_with("https://127.0.0.1:"));
    let certificate = std::env::temp_dir().join(format!(
        "eventgrid-emulator-interop-{}-{}.pem",
        std::process::id(),
        emulator.addr().port()
    ));
    std::fs::write(&certificate, emulator.certificate_pem().unwrap()).unwrap();
    let mut sent = events("js");
    // The event that ends up dead-lettered carries an extension, to show what JS sends.
    sent[2]["extensions"] = json!({"lane": "b"});
    let input = json!({
        "url": emulator.url(), "key": emulator.key(),
        "topic": "js-orders", "subscription": "js", "events": sent,
    });
    let out = tokio::task::spawn_blocking({
        let certificate = certificate.clone();
        move || {
            let env = [("NODE_EXTRA_CA_CERTS", certificate.as_path())];
            run_peer(&dir, Path::new("node"), "emulator_peer.mjs", &input, &env)
        }
    })
    .await
    .unwrap();
    std::fs::remove_file(&certificate).unwrap();

    let first = out["first"].as_array().unwrap();
    assert_eq!(first.len(), 4, "{out}");
    let stamped = json!("application/cloudevents+json; charset=utf-8");
    for (item, spec) in first.iter().zip(&sent) {
        let event = assert_first_delivery(item, spec);
        // JS keeps milliseconds and writes them all.
        let time = spec["time"].as_str().unwrap();
        let time = if time.contains('.') {
            time.to_owned()
        } else {
            time.replace('Z', ".000Z")
        };
        assert_eq!(event["time"], time.as_str());
        assert_eq!(
            event["datacontenttype"],
            spec.get("datacontenttype")
                .cloned()
                .unwrap_or_else(|| stamped.clone())
        );
        let data = spec.get("data").or(spec.get("data_base64")).unwrap();
        assert_eq!(&event["data"], data);
    }
    assert_settlements(&out, "js-2");
    let dead = assert_final_state(&emulator, "js-orders", "js-3").await;
    assert_eq!(dead.get("lane"), None, "JS sends no extension attributes");
    emulator.shutdown().await;
}
