//! The emulator on a real socket (127.0.0.1, port 0), driven with an HTTP client: auth,
//! every publish mode, limits, basic topics, fault injection and graceful shutdown.

use eventgrid_emulator::config::{
    BasicTopicConfig, Config, DEFAULT_KEY, InputSchema, NamespaceTopicConfig, SubscriptionConfig,
};
use eventgrid_emulator::{Emulator, EmulatorHandle};
use reqwest::{Client, RequestBuilder, Response};
use serde_json::{Value, json};

mod common;

const BATCH: &str = "application/cloudevents-batch+json; charset=utf-8";
const STRUCTURED: &str = "application/cloudevents+json; charset=utf-8";

async fn start(config: Config) -> (EmulatorHandle, Client) {
    (
        Emulator::start(config).await.unwrap(),
        common::http_client(),
    )
}

/// Topic `orders` with subscription `audit`, so no test waits to make one on first use.
fn audited() -> Config {
    let mut config = Config::default();
    config.namespace_topics = vec![NamespaceTopicConfig::new(
        "orders",
        vec![SubscriptionConfig::new("audit")],
    )];
    config
}

async fn overview(emulator: &EmulatorHandle, client: &Client) -> Value {
    let url = format!("{}/emulator/topics", emulator.url());
    client.get(url).send().await.unwrap().json().await.unwrap()
}

async fn audit_depth(emulator: &EmulatorHandle, client: &Client) -> Value {
    overview(emulator, client).await["namespaceTopics"][0]["subscriptions"][0].clone()
}

fn keyed(request: RequestBuilder) -> RequestBuilder {
    request.header("authorization", format!("SharedAccessKey {DEFAULT_KEY}"))
}

async fn json(response: Response) -> (u16, Option<String>, Value) {
    let status = response.status().as_u16();
    let code = response
        .headers()
        .get("x-ms-error-code")
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = response.bytes().await.unwrap();
    let value = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap()
    };
    (status, code, value)
}

fn event(id: &str) -> Value {
    json!({"specversion": "1.0", "id": id, "source": "/s", "type": "t", "data": {"id": id}})
}

async fn receive_all(emulator: &EmulatorHandle, client: &Client, sub: &str) -> Vec<Value> {
    let url = format!(
        "{}/topics/orders/eventsubscriptions/{sub}:receive?api-version=2024-06-01&maxEvents=100&maxWaitTime=10",
        emulator.url()
    );
    let (status, _, body) = json(keyed(client.post(url)).send().await.unwrap()).await;
    assert_eq!(status, 200, "{body}");
    body["value"].as_array().unwrap().clone()
}

#[tokio::test]
async fn wrong_or_missing_credentials_get_401_with_the_service_body() {
    let mut config = Config::default();
    config.accept_bearer = false;
    let (emulator, client) = start(config).await;
    let url = format!(
        "{}/topics/orders:publish?api-version=2024-06-01",
        emulator.url()
    );
    let requests = [
        client.post(&url),
        client.post(&url).header("aeg-sas-key", "d3Jvbmcta2V5"),
        client
            .post(&url)
            .header("authorization", "SharedAccessKey d3Jvbmcta2V5"),
        client
            .post(&url)
            .header("authorization", "Bearer eyJ0eXAiOiJKV1Qi"),
        client.post(&url).header("aeg-sas-token", "r=x&e=1&s=AAAA"),
    ];
    for request in requests {
        let (status, code, body) = json(
            request
                .header("content-type", STRUCTURED)
                .body(event("1").to_string())
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 401, "{body}");
        assert_eq!(code.as_deref(), Some("Unauthorized"));
        assert_eq!(body["error"]["code"], "Unauthorized");
        assert!(!body["error"]["message"].as_str().unwrap().is_empty());
    }
    // The right key, in the header the basic tier uses, is accepted on namespaces too.
    let ok = client
        .post(&url)
        .header("aeg-sas-key", DEFAULT_KEY)
        .header("content-type", STRUCTURED)
        .body(event("1").to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
}

#[tokio::test]
async fn structured_batch_and_binary_publishes_arrive_unchanged() {
    let (emulator, client) = start(audited()).await;
    let publish = format!(
        "{}/topics/orders:publish?api-version=2024-06-01",
        emulator.url()
    );

    let structured = json!({"specversion": "1.0", "id": "s-1", "source": "/orders",
        "type": "com.example.created", "subject": "orders/1", "time": "2026-12-07T00:00:00.1234567Z",
        "tenant": "contoso", "priority": 3, "data": {"total": 12.5, "items": ["a", "é"]}});
    let batch = json!([event("b-1"), {"specversion": "1.0", "id": "b-2", "source": "/s",
        "type": "t", "datacontenttype": "application/octet-stream", "data_base64": "AAEC/w=="}]);
    for (content_type, body) in [(STRUCTURED, &structured), (BATCH, &batch)] {
        let response = keyed(client.post(&publish))
            .header("content-type", content_type)
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        let (status, _, body) = json(response).await;
        assert_eq!((status, body), (200, json!({})));
    }
    let response = keyed(client.post(&publish))
        .header("content-type", "text/plain; charset=utf-8")
        .header("ce-specversion", "1.0")
        .header("ce-id", "bin-1")
        .header("ce-source", "/binary")
        .header("ce-type", "com.example.binary")
        .header("ce-subject", "hello%20world")
        .header(
            "ce-traceparent",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        )
        .body("Grüße")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);

    let received = receive_all(&emulator, &client, "audit").await;
    let events: Vec<&Value> = received.iter().map(|item| &item["event"]).collect();
    assert_eq!(events.len(), 4);
    assert_eq!(events[0], &structured);
    assert_eq!(events[1], &batch[0]);
    assert_eq!(events[2], &batch[1]);
    assert_eq!(
        events[3],
        &json!({"specversion": "1.0", "id": "bin-1", "source": "/binary",
            "type": "com.example.binary", "subject": "hello world",
            "datacontenttype": "text/plain; charset=utf-8",
            "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            "data": "Grüße"})
    );
    for item in &received {
        assert_eq!(item["brokerProperties"]["deliveryCount"], 1);
        assert!(
            item["brokerProperties"]["lockToken"]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
    }
}

#[tokio::test]
async fn a_bad_event_rejects_the_whole_batch_and_is_named() {
    let (emulator, client) = start(audited()).await;
    let publish = format!(
        "{}/topics/orders:publish?api-version=2024-06-01",
        emulator.url()
    );
    let batch =
        json!([event("1"), {"specversion": "1.0", "source": "/s", "type": "t"}, event("3")]);
    let response = keyed(client.post(&publish))
        .header("content-type", BATCH)
        .body(batch.to_string())
        .send()
        .await
        .unwrap();
    let (status, code, body) = json(response).await;
    assert_eq!((status, code.as_deref()), (400, Some("BadRequest")));
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("event 1") && message.contains("`id`"),
        "{message}"
    );
    assert_eq!(
        audit_depth(&emulator, &client).await["available"],
        0,
        "nothing was stored"
    );

    let too_many: Vec<Value> = (0..1001).map(|i| event(&i.to_string())).collect();
    let response = keyed(client.post(&publish))
        .header("content-type", BATCH)
        .body(serde_json::to_vec(&too_many).unwrap())
        .send()
        .await
        .unwrap();
    let (status, _, body) = json(response).await;
    assert_eq!(status, 400);
    assert!(
        body["error"]["message"].as_str().unwrap().contains("1000"),
        "{body}"
    );
}

#[tokio::test]
async fn bodies_over_one_megabyte_get_413() {
    let (emulator, client) = start(Config::default()).await;
    let publish = format!(
        "{}/topics/orders:publish?api-version=2024-06-01",
        emulator.url()
    );
    let big = json!({"specversion": "1.0", "id": "1", "source": "/s", "type": "t",
        "data": "x".repeat(eventgrid_emulator::MAX_REQUEST_BYTES)});
    let response = keyed(client.post(&publish))
        .header("content-type", STRUCTURED)
        .body(big.to_string())
        .send()
        .await
        .unwrap();
    let (status, code, body) = json(response).await;
    assert_eq!((status, code.as_deref()), (413, Some("PayloadTooLarge")));
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("1048576")
    );
}

#[tokio::test]
async fn basic_topics_take_their_input_schema() {
    let mut config = Config::default();
    config.auto_create = false;
    config.basic_topics = vec![
        BasicTopicConfig::new("legacy", InputSchema::EventGridSchema),
        BasicTopicConfig::new("modern", InputSchema::CloudEventSchemaV1_0),
    ];
    let (emulator, client) = start(config).await;
    let url = |topic: &str| {
        format!(
            "{}/basic/{topic}/api/events?api-version=2018-01-01",
            emulator.url()
        )
    };
    let eg = json!([{"id": "1", "subject": "s", "eventType": "Contoso.Created",
        "eventTime": "2026-12-07T00:00:00Z", "dataVersion": "1.0", "data": {"n": 1}}]);
    let ce = json!([event("1"), event("2")]);
    let send = |topic: &str, content_type: &str, body: &Value| {
        client
            .post(url(topic))
            .header("aeg-sas-key", DEFAULT_KEY)
            .header("content-type", content_type)
            .body(body.to_string())
            .send()
    };
    assert_eq!(
        send("legacy", "application/json", &eg)
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(send("modern", BATCH, &ce).await.unwrap().status(), 200);
    let (status, _, body) = json(send("modern", "application/json", &eg).await.unwrap()).await;
    assert_eq!(status, 400, "{body}");
    let bad_eg = json!([eg[0], {"id": "2", "subject": "s"}]);
    let (status, _, body) = json(send("legacy", "application/json", &bad_eg).await.unwrap()).await;
    assert_eq!(status, 400);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("event 1"),
        "{body}"
    );
    let (status, _, _) = json(send("nothing", "application/json", &eg).await.unwrap()).await;
    assert_eq!(status, 404);

    assert_eq!(
        overview(&emulator, &client).await["basicTopics"],
        json!([{"name": "legacy", "input_schema": "EventGridSchema", "published": 1, "subscriptions": []},
               {"name": "modern", "input_schema": "CloudEventSchemaV1_0", "published": 2, "subscriptions": []}])
    );
}

#[tokio::test]
async fn injected_faults_answer_the_next_requests() {
    let (emulator, client) = start(Config::default()).await;
    let response = client
        .put(format!("{}/emulator/faults", emulator.url()))
        .json(&json!({"count": 2, "status": 503, "retryAfterSeconds": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let publish = format!(
        "{}/topics/orders:publish?api-version=2024-06-01",
        emulator.url()
    );
    let send = || {
        keyed(client.post(&publish))
            .header("content-type", STRUCTURED)
            .body(event("1").to_string())
            .send()
    };
    for _ in 0..2 {
        let response = send().await.unwrap();
        assert_eq!(response.status(), 503);
        assert_eq!(response.headers()["retry-after"], "1");
        assert_eq!(response.headers()["x-ms-error-code"], "ServiceUnavailable");
    }
    assert_eq!(send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn shutdown_ends_a_pending_long_poll() {
    let (emulator, client) = start(Config::default()).await;
    let url = format!(
        "{}/topics/orders/eventsubscriptions/audit:receive?api-version=2024-06-01&maxWaitTime=120",
        emulator.url()
    );
    let pending = tokio::spawn(keyed(client.post(url)).send());
    // Let the poll reach the emulator before stopping it.
    loop {
        if overview(&emulator, &client).await["namespaceTopics"]
            .as_array()
            .is_some_and(|t| !t.is_empty())
        {
            break;
        }
        tokio::task::yield_now().await;
    }
    emulator.shutdown().await;
    let (status, _, body) = json(pending.await.unwrap().unwrap()).await;
    assert_eq!((status, body), (200, json!({"value": []})));
}
