//! Basic topics' push delivery to a real webhook: an axum receiver on 127.0.0.1:0 that
//! answers the handshakes with `eventgrid-types`' webhook module (as a user's receiver
//! would) and records every request. Retry delays are scaled down by
//! `delivery_time_scale`; tests wait for counters, never for a time.

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use eventgrid_emulator::config::{
    AdvancedFilter, BasicTopicConfig, Config, DEFAULT_KEY, DeliverySchema, InputSchema,
    WebhookSubscriptionConfig,
};
use eventgrid_emulator::{Emulator, EmulatorHandle, Operator};
use eventgrid_types::webhook::{self, AbuseProtectionPolicy};
use serde_json::{Value, json};

mod common;

#[derive(Debug, Clone)]
struct Recorded {
    method: Method,
    mode: String,
    headers: HeaderMap,
    body: Bytes,
}

#[derive(Clone, Default)]
struct Receiver {
    requests: Arc<Mutex<Vec<Recorded>>>,
}

impl Receiver {
    fn notifications(&self, mode: &str) -> Vec<Recorded> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|r| {
                r.mode == mode
                    && r.headers
                        .get("aeg-event-type")
                        .is_some_and(|v| v == "Notification")
            })
            .cloned()
            .collect()
    }

    fn all(&self, mode: &str) -> Vec<Recorded> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.mode == mode)
            .cloned()
            .collect()
    }
}

/// `/{mode}`: `ok` answers 200, `flaky` 500 to the first notification, `busy*` always 503,
/// `bad` 400, `unauthorized` 401 (after the handshake), `refuse` answers no handshake.
async fn hook(
    State(receiver): State<Receiver>,
    Path(mode): Path<String>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let earlier = receiver.notifications(&mode).len();
    receiver.requests.lock().unwrap().push(Recorded {
        method: method.clone(),
        mode: mode.clone(),
        headers: headers.clone(),
        body: body.clone(),
    });
    let pairs = headers.iter().map(|(n, v)| (n.as_str(), v.as_bytes()));
    if let Some(handshake) = webhook::detect_parts(method.as_str(), pairs, &body).unwrap() {
        if mode == "refuse" {
            return StatusCode::FORBIDDEN.into_response();
        }
        let response = handshake
            .respond(&AbuseProtectionPolicy::event_grid())
            .into_http();
        return response.map(axum::body::Body::from);
    }
    match mode.as_str() {
        "flaky" if earlier == 0 => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        busy if busy.starts_with("busy") => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        "bad" => StatusCode::BAD_REQUEST.into_response(),
        "unauthorized" => StatusCode::UNAUTHORIZED.into_response(),
        _ => StatusCode::OK.into_response(),
    }
}

async fn start_receiver() -> (Receiver, String) {
    let receiver = Receiver::default();
    let app = Router::new()
        .route("/{mode}", axum::routing::any(hook))
        .with_state(receiver.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (receiver, url)
}

fn sub(name: &str, url: &str, mode: &str, schema: DeliverySchema) -> WebhookSubscriptionConfig {
    WebhookSubscriptionConfig::new(name, format!("{url}/{mode}"), schema)
}

async fn start(topics: Vec<BasicTopicConfig>) -> EmulatorHandle {
    let mut config = Config::default();
    config.auto_create = false;
    config.basic_topics = topics;
    config.delivery_time_scale = 0.001;
    Emulator::start(config).await.unwrap()
}

async fn publish(emulator: &EmulatorHandle, topic: &str, content_type: &str, body: &Value) {
    let response = common::http_client()
        .post(format!(
            "{}/basic/{topic}/api/events?api-version=2018-01-01",
            emulator.url()
        ))
        .header("aeg-sas-key", DEFAULT_KEY)
        .header("content-type", content_type)
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
}

async fn basic_stats(emulator: &EmulatorHandle) -> Value {
    common::get_json(&format!("{}/emulator/topics", emulator.url())).await["basicTopics"].clone()
}

/// Polls the management API until `done` holds (a liveness bound, not a timing assertion).
async fn wait_for(emulator: &EmulatorHandle, what: &str, done: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..1000 {
        let stats = basic_stats(emulator).await;
        if done(&stats) {
            return stats;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("never reached: {what}: {}", basic_stats(emulator).await);
}

#[allow(clippy::needless_pass_by_value)] // called with `json!(..)`
fn eg_event(id: &str, ty: &str, subject: &str, data: Value) -> Value {
    json!({"id": id, "subject": subject, "eventType": ty, "eventTime": "2026-12-07T00:00:00Z",
        "dataVersion": "1.0", "data": data})
}

const TOPIC_ID: &str = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/eventgrid-emulator/providers/Microsoft.EventGrid/topics/";

#[tokio::test]
async fn event_grid_schema_is_validated_then_delivered_one_event_per_request() {
    let (receiver, url) = start_receiver().await;
    let mut topic = BasicTopicConfig::new("orders", InputSchema::EventGridSchema);
    topic.subscriptions = vec![
        sub("eg-sub", &url, "ok", DeliverySchema::EventGridSchema),
        sub("ce-sub", &url, "ce", DeliverySchema::CloudEventSchemaV1_0),
    ];
    let emulator = start(vec![topic]).await;
    let events = json!([
        eg_event("1", "Contoso.Created", "orders/1", json!({"n": 1})),
        eg_event("2", "Contoso.Shipped", "orders/2", json!({"n": 2}))
    ]);
    publish(&emulator, "orders", "application/json", &events).await;
    wait_for(&emulator, "both delivered twice", |s| {
        s[0]["subscriptions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|sub| sub["delivered"] == 2)
    })
    .await;

    // Event Grid schema: the validation event first, then one array per event.
    let all = receiver.all("ok");
    assert_eq!(all[0].headers["aeg-event-type"], "SubscriptionValidation");
    let validation: Value = serde_json::from_slice(&all[0].body).unwrap();
    assert_eq!(validation[0]["eventType"], webhook::VALIDATION_EVENT_TYPE);
    assert_eq!(validation[0]["topic"], format!("{TOPIC_ID}orders"));
    let mut delivered = receiver.notifications("ok");
    delivered.sort_by_key(|r| {
        r.headers["aeg-output-event-id"]
            .to_str()
            .unwrap()
            .to_owned()
    });
    assert_eq!(delivered.len(), 2);
    for (request, sent) in delivered.iter().zip(events.as_array().unwrap()) {
        assert_eq!(request.method, Method::POST);
        assert_eq!(
            request.headers["content-type"],
            "application/json; charset=utf-8"
        );
        assert_eq!(request.headers["aeg-subscription-name"], "eg-sub");
        assert_eq!(request.headers["aeg-delivery-count"], "0");
        assert_eq!(request.headers["aeg-metadata-version"], "1");
        assert_eq!(request.headers["aeg-data-version"], "1.0");
        assert_eq!(
            request.headers["aeg-output-event-id"],
            sent["id"].as_str().unwrap()
        );
        let body: Value = serde_json::from_slice(&request.body).unwrap();
        let mut expected = sent.clone();
        expected["topic"] = json!(format!("{TOPIC_ID}orders"));
        expected["metadataVersion"] = json!("1");
        assert_eq!(body, json!([expected]));
    }

    // CloudEvents output of Event Grid input: OPTIONS first, then structured events.
    let all = receiver.all("ce");
    assert_eq!(all[0].method, Method::OPTIONS);
    assert_eq!(
        all[0].headers["webhook-request-origin"],
        "eventgrid.azure.net"
    );
    let mut delivered = receiver.notifications("ce");
    delivered.sort_by_key(|r| {
        r.headers["aeg-output-event-id"]
            .to_str()
            .unwrap()
            .to_owned()
    });
    for (request, sent) in delivered.iter().zip(events.as_array().unwrap()) {
        assert_eq!(
            request.headers["content-type"],
            "application/cloudevents+json; charset=utf-8"
        );
        let body: Value = serde_json::from_slice(&request.body).unwrap();
        assert_eq!(
            body,
            json!({"specversion": "1.0", "id": sent["id"], "source": format!("{TOPIC_ID}orders"),
                "type": sent["eventType"], "subject": sent["subject"], "dataschema": "#1.0",
                "time": "2026-12-07T00:00:00Z", "data": sent["data"]})
        );
    }
    emulator.shutdown().await;
}

#[tokio::test]
async fn cloud_events_topics_deliver_cloud_events_unchanged() {
    let (receiver, url) = start_receiver().await;
    let mut topic = BasicTopicConfig::new("modern", InputSchema::CloudEventSchemaV1_0);
    topic.subscriptions = vec![sub("all", &url, "ok", DeliverySchema::CloudEventSchemaV1_0)];
    let emulator = start(vec![topic]).await;
    let event = json!({"specversion": "1.0", "id": "c-1", "source": "/orders", "type": "t",
        "subject": "orders/1", "tenant": "contoso", "data": {"n": 1}});
    publish(
        &emulator,
        "modern",
        "application/cloudevents-batch+json; charset=utf-8",
        &json!([event]),
    )
    .await;
    wait_for(&emulator, "delivered", |s| {
        s[0]["subscriptions"][0]["delivered"] == 1
    })
    .await;
    let delivered = receiver.notifications("ok");
    assert_eq!(
        serde_json::from_slice::<Value>(&delivered[0].body).unwrap(),
        event
    );
    assert_eq!(delivered[0].headers["aeg-output-event-id"], "c-1");
    emulator.shutdown().await;
}

#[tokio::test]
async fn filters_choose_what_each_subscription_gets() {
    let (receiver, url) = start_receiver().await;
    let mut typed = sub("typed", &url, "typed", DeliverySchema::EventGridSchema);
    typed.included_event_types = vec!["contoso.created".into()];
    typed.subject_begins_with = "orders/".into();
    let mut advanced = sub(
        "advanced",
        &url,
        "advanced",
        DeliverySchema::EventGridSchema,
    );
    advanced.advanced_filters = vec![
        serde_json::from_value::<AdvancedFilter>(
            json!({"operator_type": Operator::NumberGreaterThan,
            "key": "data.total", "values": [100]}),
        )
        .unwrap(),
        serde_json::from_value::<AdvancedFilter>(json!({"operator_type": Operator::StringIn,
            "key": "data.tags", "values": ["rush"]}))
        .unwrap(),
    ];
    let mut topic = BasicTopicConfig::new("orders", InputSchema::EventGridSchema);
    topic.subscriptions = vec![typed, advanced];
    let emulator = start(vec![topic]).await;
    let events = json!([
        eg_event(
            "a",
            "Contoso.Created",
            "orders/1",
            json!({"total": 150, "tags": ["rush"]})
        ),
        eg_event(
            "b",
            "Contoso.Created",
            "items/1",
            json!({"total": 150, "tags": ["slow"]})
        ),
        eg_event(
            "c",
            "Contoso.Deleted",
            "orders/2",
            json!({"total": 50, "tags": ["rush"]})
        ),
        eg_event(
            "d",
            "Contoso.Updated",
            "orders/3",
            json!({"total": 500, "tags": ["x", "rush"]})
        )
    ]);
    publish(&emulator, "orders", "application/json", &events).await;
    // Filters decide at publish time: the counters are final when publish returns.
    let stats = basic_stats(&emulator).await;
    assert_eq!(stats[0]["subscriptions"][0]["matched"], 1);
    assert_eq!(stats[0]["subscriptions"][1]["matched"], 2);
    wait_for(&emulator, "delivered", |s| {
        s[0]["subscriptions"][0]["delivered"] == 1 && s[0]["subscriptions"][1]["delivered"] == 2
    })
    .await;
    let ids = |mode: &str| {
        let mut ids: Vec<String> = receiver
            .notifications(mode)
            .iter()
            .map(|r| {
                r.headers["aeg-output-event-id"]
                    .to_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids("typed"), ["a"]);
    assert_eq!(ids("advanced"), ["a", "d"]);
    emulator.shutdown().await;
}

#[tokio::test]
async fn failed_deliveries_are_retried_then_dead_lettered() {
    let (receiver, url) = start_receiver().await;
    let mut busy = sub("busy", &url, "busy", DeliverySchema::EventGridSchema);
    busy.max_delivery_attempts = 3;
    let mut expiring = sub(
        "expiring",
        &url,
        "busy-expiring",
        DeliverySchema::EventGridSchema,
    );
    expiring.event_time_to_live_minutes = 1;
    let mut topic = BasicTopicConfig::new("orders", InputSchema::EventGridSchema);
    topic.subscriptions = vec![
        busy,
        sub("bad", &url, "bad", DeliverySchema::EventGridSchema),
        sub("flaky", &url, "flaky", DeliverySchema::EventGridSchema),
        sub("refused", &url, "refuse", DeliverySchema::EventGridSchema),
        expiring,
        sub(
            "unauthorized",
            &url,
            "unauthorized",
            DeliverySchema::EventGridSchema,
        ),
    ];
    let emulator = start(vec![topic]).await;
    let event = eg_event("1", "Contoso.Created", "orders/1", json!({"n": 1}));
    publish(&emulator, "orders", "application/json", &json!([event])).await;
    let stats = wait_for(&emulator, "settled everywhere", |s| {
        s[0]["subscriptions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|sub| sub["delivered"] == 1 || sub["dead_lettered"] == 1)
    })
    .await;
    let subs = stats[0]["subscriptions"].as_array().unwrap();
    assert_eq!(
        subs[2]["delivered"], 1,
        "flaky succeeds on its second attempt"
    );
    assert_eq!(subs[3]["validated"], false);

    let base = emulator.url();
    let dead = |name: &str| {
        let url = format!("{base}/emulator/basic/orders/subscriptions/{name}/deadletters");
        async move { common::get_json(&url).await[0].clone() }
    };
    let busy = dead("busy").await;
    assert_eq!(
        (&busy["reason"], &busy["attempts"], &busy["last_status"]),
        (
            &json!("MaxDeliveryAttemptsExceeded"),
            &json!(3),
            &json!(503)
        )
    );
    assert_eq!(busy["event"]["id"], "1");
    let counts: Vec<String> = receiver
        .notifications("busy")
        .iter()
        .map(|r| r.headers["aeg-delivery-count"].to_str().unwrap().to_owned())
        .collect();
    assert_eq!(counts, ["0", "1", "2"]);
    let bad = dead("bad").await;
    assert_eq!(
        (&bad["reason"], &bad["attempts"]),
        (&json!("NonRetriableStatus"), &json!(1))
    );
    // A webhook's 401 is not retried either, as the service's delivery rules say.
    let unauthorized = dead("unauthorized").await;
    assert_eq!(
        (
            &unauthorized["reason"],
            &unauthorized["attempts"],
            &unauthorized["last_status"]
        ),
        (&json!("NonRetriableStatus"), &json!(1), &json!(401))
    );
    assert_eq!(receiver.notifications("unauthorized").len(), 1);
    assert_eq!(dead("refused").await["reason"], "SubscriptionNotValidated");
    assert!(
        receiver.notifications("refuse").is_empty(),
        "nothing is delivered unvalidated"
    );
    let expired = dead("expiring").await;
    assert_eq!(expired["reason"], "TimeToLiveExceeded");
    assert!(expired["attempts"].as_u64().unwrap() < 30);
    let flaky: Vec<String> = receiver
        .notifications("flaky")
        .iter()
        .map(|r| r.headers["aeg-delivery-count"].to_str().unwrap().to_owned())
        .collect();
    assert_eq!(flaky, ["0", "1"]);
    emulator.shutdown().await;
}
