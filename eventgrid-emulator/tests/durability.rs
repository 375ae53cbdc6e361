//! `--data-dir`: the emulator binary is killed (SIGKILL, no shutdown) with events published,
//! locked and dead-lettered, restarted on the same directory, and nothing is lost: locks
//! still settle with their tokens, delivery counts go on, dead letters are still listed;
//! basic topics' events waiting for push delivery are delivered after the restart, with
//! their attempt count going on.

use std::path::Path;
use std::process::Child;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use eventgrid_emulator::config::DEFAULT_KEY;
use eventgrid_types::webhook::{self, AbuseProtectionPolicy};
use serde_json::{Value, json};

#[path = "common/mod.rs"]
mod common;

/// Starts the binary on a free port; returns it and its URL (read from its banner).
fn start(config: &Path, data_dir: &Path) -> (Child, String) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_eventgrid-emulator"));
    command
        .arg("--config")
        .arg(config)
        .arg("--data-dir")
        .arg(data_dir);
    common::start_binary(command)
}

struct Client {
    http: reqwest::Client,
    url: String,
}

impl Client {
    async fn post(&self, path: &str, content_type: &str, body: Value) -> Value {
        let response = self
            .http
            .post(format!("{}{path}", self.url))
            .header("authorization", format!("SharedAccessKey {DEFAULT_KEY}"))
            .header("content-type", content_type)
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        // Basic topics answer with an empty body.
        let bytes = response.bytes().await.unwrap();
        if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap()
        }
    }

    async fn receive(&self, max: u32) -> Vec<(String, u64, String)> {
        let path = format!(
            "/topics/orders/eventsubscriptions/billing:receive?api-version=2024-06-01&maxEvents={max}&maxWaitTime=10"
        );
        let body = self.post(&path, "application/json", Value::Null).await;
        body["value"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| {
                (
                    item["brokerProperties"]["lockToken"]
                        .as_str()
                        .unwrap()
                        .to_owned(),
                    item["brokerProperties"]["deliveryCount"].as_u64().unwrap(),
                    item["event"]["id"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    }

    async fn settle(&self, action: &str, token: &str) -> Value {
        let path =
            format!("/topics/orders/eventsubscriptions/billing:{action}?api-version=2024-06-01");
        self.post(&path, "application/json", json!({ "lockTokens": [token] }))
            .await
    }

    async fn get(&self, path: &str) -> Value {
        let response = self
            .http
            .get(format!("{}{path}", self.url))
            .send()
            .await
            .unwrap();
        response.json().await.unwrap()
    }
}

#[tokio::test]
async fn a_killed_emulator_loses_nothing_on_restart() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("emulator.json");
    std::fs::write(
        &config,
        json!({"auto_create": false, "namespace_topics": [
            {"name": "orders", "subscriptions": [{"name": "billing"}]}]})
        .to_string(),
    )
    .unwrap();
    let data = dir.path().join("data");

    let (mut first, url) = start(&config, &data);
    let client = Client {
        http: common::http_client(),
        url,
    };
    let events: Vec<Value> = ["a", "b", "c", "d"]
        .iter()
        .map(|id| json!({"specversion": "1.0", "id": id, "source": "/s", "type": "t", "data": {"id": id}}))
        .collect();
    client
        .post(
            "/topics/orders:publish?api-version=2024-06-01",
            "application/cloudevents-batch+json; charset=utf-8",
            json!(events),
        )
        .await;
    let received = client.receive(3).await;
    let ids: Vec<&str> = received.iter().map(|(_, _, id)| id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    let rejected = client.settle("reject", &received[2].0).await;
    assert_eq!(rejected["succeededLockTokens"], json!([received[2].0]));
    first.kill().unwrap();
    first.wait().unwrap();

    let (mut second, url) = start(&config, &data);
    let client = Client {
        http: common::http_client(),
        url,
    };
    let overview = client.get("/emulator/topics").await;
    let billing = &overview["namespaceTopics"][0]["subscriptions"][0];
    assert_eq!(
        (
            &billing["available"],
            &billing["locked"],
            &billing["dead_lettered"]
        ),
        (&json!(1), &json!(2), &json!(1)),
        "{overview}"
    );
    // The locks survived with their tokens.
    let acked = client.settle("acknowledge", &received[0].0).await;
    assert_eq!(acked["succeededLockTokens"], json!([received[0].0]));
    let released = client.settle("release", &received[1].0).await;
    assert_eq!(released["succeededLockTokens"], json!([received[1].0]));
    // Delivery counts go on from where they were; the event never delivered starts at 1.
    let mut again = client.receive(10).await;
    again.sort_by(|x, y| x.2.cmp(&y.2));
    let seen: Vec<(u64, &str)> = again.iter().map(|(_, n, id)| (*n, id.as_str())).collect();
    assert_eq!(seen, [(2, "b"), (1, "d")]);
    let dead = client
        .get("/emulator/topics/orders/eventsubscriptions/billing/deadletters")
        .await;
    assert_eq!(dead[0]["reason"], "Rejected");
    assert_eq!(dead[0]["event"], events[2]);
    second.kill().unwrap();
    second.wait().unwrap();
}

/// A webhook in the test process, so it outlives the emulator: `/gate` answers 503 until
/// `open`, `/bad` answers 400; it records `(mode, aeg-delivery-count, status, body)` of
/// every notification.
#[derive(Clone, Default)]
struct Hook {
    open: Arc<AtomicBool>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

/// A notification: `(mode, aeg-delivery-count, status answered, body)`.
type Seen = (String, String, u16, Value);

impl Hook {
    fn seen(&self, mode: &str) -> Vec<(String, u16, Value)> {
        let seen = self.seen.lock().unwrap();
        seen.iter()
            .filter(|(m, ..)| m == mode)
            .map(|(_, count, status, body)| (count.clone(), *status, body.clone()))
            .collect()
    }
}

async fn hook(
    State(hook): State<Hook>,
    UrlPath(mode): UrlPath<String>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let pairs = headers.iter().map(|(n, v)| (n.as_str(), v.as_bytes()));
    if let Some(handshake) = webhook::detect_parts(method.as_str(), pairs, &body).unwrap() {
        let response = handshake
            .respond(&AbuseProtectionPolicy::event_grid())
            .into_http();
        return response.map(axum::body::Body::from);
    }
    let status = match mode.as_str() {
        "gate" if hook.open.load(Ordering::SeqCst) => StatusCode::OK,
        "gate" => StatusCode::SERVICE_UNAVAILABLE,
        _ => StatusCode::BAD_REQUEST,
    };
    let count = headers["aeg-delivery-count"].to_str().unwrap().to_owned();
    let body = serde_json::from_slice(&body).unwrap();
    hook.seen
        .lock()
        .unwrap()
        .push((mode, count, status.as_u16(), body));
    status.into_response()
}

/// Polls until `done` holds (a liveness bound, not a timing assertion).
async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..3000 {
        if done() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("never reached: {what}");
}

#[tokio::test]
async fn pending_push_deliveries_and_push_dead_letters_survive_a_kill() {
    let hook_state = Hook::default();
    let app = axum::Router::new()
        .route("/{mode}", axum::routing::any(hook))
        .with_state(hook_state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook_url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("emulator.json");
    // Retries 10 s, 30 s, 60 s, ... scaled to 100 ms, 300 ms, 600 ms, ...
    std::fs::write(
        &config,
        json!({"auto_create": false, "delivery_time_scale": 0.01, "dead_letter_limit": 2,
            "basic_topics": [
                {"name": "orders", "subscriptions": [{"name": "gated", "endpoint": format!("{hook_url}/gate")}]},
                {"name": "audits", "subscriptions": [{"name": "refused", "endpoint": format!("{hook_url}/bad")}]}]})
        .to_string(),
    )
    .unwrap();
    let data = dir.path().join("data");
    let event = |id: &str| {
        json!({"id": id, "subject": "s", "eventType": "t", "eventTime": "2026-12-07T00:00:00Z",
            "dataVersion": "1.0", "data": {"id": id}})
    };

    let (mut first, url) = start(&config, &data);
    let client = Client {
        http: common::http_client(),
        url,
    };
    let publish = "/basic/orders/api/events?api-version=2018-01-01";
    client
        .post(publish, "application/json", json!([event("kept")]))
        .await;
    let refused = "/basic/audits/api/events?api-version=2018-01-01";
    let three = json!([event("r1"), event("r2"), event("r3")]);
    client.post(refused, "application/json", three).await;
    // Two failed attempts of `kept`, and all three refused events dead-lettered (one of
    // them pushed out by the limit of 2) before the kill.
    wait_until("two failed attempts", || hook_state.seen("gate").len() >= 2).await;
    wait_until("three refusals", || hook_state.seen("bad").len() == 3).await;
    let dead_path = "/emulator/basic/audits/subscriptions/refused/deadletters";
    for _ in 0..300 {
        if client.get(dead_path).await.as_array().unwrap().len() == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let dead_before = client.get(dead_path).await;
    first.kill().unwrap();
    first.wait().unwrap();
    let attempts_before = hook_state.seen("gate").len();
    hook_state.open.store(true, Ordering::SeqCst);

    let (mut second, url) = start(&config, &data);
    let client = Client {
        http: common::http_client(),
        url,
    };
    wait_until("the delivery after the restart", || {
        hook_state
            .seen("gate")
            .iter()
            .any(|(_, status, _)| *status == 200)
    })
    .await;
    let gate = hook_state.seen("gate");
    let (count, _, body) = gate.last().unwrap();
    assert_eq!(body[0]["id"], "kept");
    // The attempt count went on from what was written before the kill: at least the
    // attempts seen then (a write may trail the attempt that the kill interrupted).
    let count: usize = count.parse().unwrap();
    assert!(
        count + 1 >= attempts_before && count >= 1,
        "attempt {count} after {attempts_before} before the kill"
    );
    let overview = client.get("/emulator/topics").await;
    let gated = &overview["basicTopics"][1]["subscriptions"][0];
    assert_eq!(
        (&gated["pending"], &gated["delivered"]),
        (&json!(0), &json!(1)),
        "{overview}"
    );
    // The dead letters came back as they were: two of the three (deliveries run
    // concurrently, so which came last varies), the one pushed out stays out.
    let dead_after = client.get(dead_path).await;
    assert_eq!(dead_after, dead_before);
    let mut ids: Vec<&str> = dead_after
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["event"]["id"].as_str().unwrap())
        .collect();
    ids.dedup();
    assert_eq!(ids.len(), 2, "{dead_after}");
    assert_eq!(dead_after[0]["reason"], "NonRetriableStatus");
    second.kill().unwrap();
    second.wait().unwrap();
}

#[tokio::test]
async fn dead_letters_past_the_limit_are_dropped_from_memory_and_disk() {
    use eventgrid_emulator::config::{Config, NamespaceTopicConfig, SubscriptionConfig};
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::default();
    config.auto_create = false;
    config.namespace_topics = vec![NamespaceTopicConfig::new(
        "orders",
        vec![SubscriptionConfig::new("billing")],
    )];
    config.data_dir = Some(dir.path().to_owned());
    config.dead_letter_limit = 2;
    let dead_ids = |reply: common::Reply| -> Vec<String> {
        let dead = reply.json.as_array().unwrap();
        dead.iter()
            .map(|d| d["event"]["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let path = "/emulator/topics/orders/eventsubscriptions/billing/deadletters";
    {
        let app = eventgrid_emulator::router(&config).unwrap();
        common::publish(&app, "orders", &["r1", "r2", "r3"]).await;
        let received = common::receive(&app, "orders", "billing", 3, 10).await;
        for (token, _, _) in &received {
            common::settle(&app, "orders", "billing", "reject", &[token]).await;
        }
        let reply = common::call(&app, "GET", path, &[], axum::body::Body::empty()).await;
        assert_eq!(dead_ids(reply), ["r2", "r3"]);
        let depths = common::depths(&app, "orders", "billing").await;
        assert_eq!(
            (&depths["dead_lettered"], &depths["dead_letters_dropped"]),
            (&json!(2), &json!(1))
        );
    }
    // Reopened with room for more: the dropped one is gone from the disk too.
    config.dead_letter_limit = 10;
    let app = reopen(&config).await;
    let reply = common::call(&app, "GET", path, &[], axum::body::Body::empty()).await;
    assert_eq!(dead_ids(reply), ["r2", "r3"]);
    drop(app);
    // A lower limit at start drops the oldest from the disk as well.
    config.dead_letter_limit = 1;
    drop(reopen(&config).await);
    config.dead_letter_limit = 10;
    let app = reopen(&config).await;
    let reply = common::call(&app, "GET", path, &[], axum::body::Body::empty()).await;
    assert_eq!(dead_ids(reply), ["r3"]);
}

/// The router on `config.data_dir`, once the previous one's writer thread has let go of
/// the file.
async fn reopen(config: &eventgrid_emulator::Config) -> axum::Router {
    for _ in 0..500 {
        // The writer thread writes everything submitted before it lets go of the file.
        if let Ok(app) = eventgrid_emulator::router(config) {
            return app;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("the durable store did not reopen");
}
