//! `--data-dir`: the emulator binary is killed (SIGKILL, no shutdown) with events published,
//! locked and dead-lettered, restarted on the same directory, and nothing is lost: locks
//! still settle with their tokens, delivery counts go on, dead letters are still listed.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use eventgrid_emulator::config::DEFAULT_KEY;
use serde_json::{Value, json};

/// Starts the binary on a free port; returns it and its URL (read from its banner).
fn start(config: &Path, data_dir: &Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eventgrid-emulator"))
        .arg("--config")
        .arg(config)
        .arg("--data-dir")
        .arg(data_dir)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .trim()
        .strip_prefix("Event Grid emulator listening on ")
        .unwrap_or_else(|| panic!("unexpected banner {line:?}"))
        .to_owned();
    (child, url)
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
        response.json().await.unwrap()
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
        http: reqwest::Client::new(),
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
        http: reqwest::Client::new(),
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
