//! End to end over real HTTP: the emulator push-delivers, in both schemas, to an axum app
//! whose handlers use the `Events` extractor (and to one mounted as a tower service). The
//! handshakes complete without the handlers, events arrive typed, and handlers that fail make
//! the emulator retry and then dead-letter.

mod common;

use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use axum::routing::any;
use axum::{Extension, Router};
use eventgrid_axum::webhook::{Delivery, DeliverySchema as Schema};
use eventgrid_axum::{Auth, Events, Outcome, WebhookConfig, WebhookLayer};
use eventgrid_emulator::config::{
    BasicTopicConfig, DeliverySchema, InputSchema, WebhookSubscriptionConfig,
};
use eventgrid_system_events::SystemEvent;
use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use common::{dead_letters, emulator, publish, serve, wait_for};

#[derive(CloudEvent, Serialize, Deserialize, Debug, Clone, PartialEq)]
#[cloudevent(type = "Contoso.Orders.Created", source = "/orders")]
struct OrderCreated {
    order: u32,
    #[serde(default)]
    #[cloudevent(subject)]
    #[serde(skip)]
    subject: String,
}

/// The user's events and Azure's in one type.
#[derive(CloudEvent, Debug)]
#[allow(clippy::large_enum_variant)] // Events are handled one by one, never stored in bulk.
enum Incoming {
    Order(OrderCreated),
    #[cloudevent(other)]
    Azure(SystemEvent),
}

/// What one route's handler saw: the schema and the events, as text for the assertions.
#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Vec<(Schema, String)>>>);

impl Seen {
    fn record(
        &self,
        schema: Schema,
        event: &Result<Incoming, eventgrid_axum::webhook::UndecodedEvent>,
    ) {
        let text = match event {
            Ok(Incoming::Order(order)) => format!("order {} {}", order.order, order.subject),
            Ok(Incoming::Azure(SystemEvent::StorageBlobCreated(blob))) => {
                format!("blob {}", blob.url.as_deref().unwrap_or("?"))
            }
            Ok(Incoming::Azure(other)) => format!("azure {}", other.event_type()),
            Err(undecoded) => format!("undecoded {}", undecoded.id().unwrap_or("?")),
        };
        self.0.lock().unwrap().push((schema, text));
    }

    fn sorted(&self) -> Vec<(Schema, String)> {
        let mut seen = self.0.lock().unwrap().clone();
        seen.sort_by(|a, b| a.1.cmp(&b.1));
        seen
    }
}

async fn accept(Extension(seen): Extension<Seen>, events: Events<Incoming>) -> Outcome {
    let schema = events.schema();
    for event in events {
        seen.record(schema, &event);
    }
    Outcome::Delivered
}

async fn always_retry(events: Events<Incoming>) -> Outcome {
    Outcome::retry_on_error(Err(format!(
        "{} events: the database is down",
        events.len()
    )))
}

async fn reject(_events: Events<Incoming>) -> Outcome {
    Outcome::Reject
}

const KEY: &str = "s3cret/+key";

fn app(seen: &Seen, tower_seen: &Seen) -> Router {
    let tower_seen = tower_seen.clone();
    let handler = tower::service_fn(move |delivery: Delivery<Incoming>| {
        let seen = tower_seen.clone();
        async move {
            let schema = delivery.schema();
            for event in delivery {
                seen.record(schema, &event);
            }
            Ok::<_, Infallible>(Outcome::Delivered)
        }
    });
    let config = WebhookConfig::new().auth(Auth::query_key("code", KEY));
    Router::new()
        .route("/accept", any(accept))
        .route("/retry", any(always_retry))
        .route("/reject", any(reject))
        .route_service(
            "/tower",
            tower::Layer::layer(&WebhookLayer::new(config.clone()), handler),
        )
        .layer(Extension(config))
        .layer(Extension(seen.clone()))
}

fn subscription(
    name: &str,
    url: &str,
    path: &str,
    schema: DeliverySchema,
) -> WebhookSubscriptionConfig {
    // The key travels percent-encoded in the endpoint's query, as a user would configure it.
    WebhookSubscriptionConfig::new(name, format!("{url}/{path}?code=s3cret%2F%2Bkey"), schema)
}

fn events() -> Value {
    json!([
        {"id": "o-1", "subject": "orders/1", "eventType": "Contoso.Orders.Created",
         "eventTime": "2026-12-07T10:00:00Z", "dataVersion": "1", "data": {"order": 7}},
        {"id": "b-1", "subject": "/blobServices/default/containers/c/blobs/a.txt",
         "eventType": "Microsoft.Storage.BlobCreated", "eventTime": "2026-12-07T10:00:01Z",
         "dataVersion": "", "data": {"api": "PutBlob", "url": "https://acct.blob.core.windows.net/c/a.txt",
         "contentLength": 12, "blobType": "BlockBlob"}},
        {"id": "k-1", "subject": "s1", "eventType": "Microsoft.KeyVault.SecretNewVersionCreated",
         "eventTime": "2026-12-07T10:00:02Z", "dataVersion": "1",
         "data": {"Id": "https://v.vault.azure.net/secrets/s1/1", "VaultName": "v", "ObjectType": "Secret",
         "ObjectName": "s1", "Version": "1"}},
        // An order whose data does not fit `OrderCreated`: it arrives as an undecoded event.
        {"id": "o-bad", "subject": "orders/2", "eventType": "Contoso.Orders.Created",
         "eventTime": "2026-12-07T10:00:03Z", "dataVersion": "1", "data": {"order": "seven"}}
    ])
}

#[tokio::test]
async fn both_schemas_arrive_typed_after_the_handshakes() {
    let (seen, tower_seen) = (Seen::default(), Seen::default());
    let url = serve(app(&seen, &tower_seen)).await;
    let mut topic = BasicTopicConfig::new("orders", InputSchema::EventGridSchema);
    topic.subscriptions = vec![
        subscription("eg", &url, "accept", DeliverySchema::EventGridSchema),
        subscription("ce", &url, "accept", DeliverySchema::CloudEventSchemaV1_0),
        subscription("tower-eg", &url, "tower", DeliverySchema::EventGridSchema),
        subscription(
            "tower-ce",
            &url,
            "tower",
            DeliverySchema::CloudEventSchemaV1_0,
        ),
    ];
    let emulator = emulator(vec![topic]).await;
    publish(&emulator, "orders", "application/json", &events()).await;
    let stats = wait_for(&emulator, "every event delivered everywhere", |s| {
        s[0]["subscriptions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|sub| sub["delivered"] == 4)
    })
    .await;
    for sub in stats[0]["subscriptions"].as_array().unwrap() {
        // Both handshakes were answered by the extractor (or the service), not the handlers.
        assert_eq!(sub["validated"], true, "{sub}");
        assert_eq!(sub["dead_lettered"], 0, "{sub}");
    }

    let expected = |schema: Schema| {
        vec![
            (
                schema,
                "azure Microsoft.KeyVault.SecretNewVersionCreated".to_owned(),
            ),
            (
                schema,
                "blob https://acct.blob.core.windows.net/c/a.txt".to_owned(),
            ),
            (schema, "order 7 orders/1".to_owned()),
            (schema, "undecoded o-bad".to_owned()),
        ]
    };
    for seen in [&seen, &tower_seen] {
        let all = seen.sorted();
        let by_schema = |wanted: Schema| -> Vec<_> {
            all.iter()
                .filter(|(schema, _)| *schema == wanted)
                .cloned()
                .collect()
        };
        assert_eq!(by_schema(Schema::EventGrid), expected(Schema::EventGrid));
        let structured = Schema::CloudEvents(eventgrid_types::ContentMode::Structured);
        assert_eq!(by_schema(structured), expected(structured));
        assert_eq!(all.len(), 8);
    }
    emulator.shutdown().await;
}

#[tokio::test]
async fn failing_handlers_are_retried_then_dead_lettered() {
    let url = serve(app(&Seen::default(), &Seen::default())).await;
    let mut retried = subscription(
        "retried",
        &url,
        "retry",
        DeliverySchema::CloudEventSchemaV1_0,
    );
    retried.max_delivery_attempts = 3;
    let mut topic = BasicTopicConfig::new("orders", InputSchema::EventGridSchema);
    topic.subscriptions = vec![
        retried,
        subscription("rejected", &url, "reject", DeliverySchema::EventGridSchema),
        // No key: the extractor refuses even the handshake, so nothing is delivered.
        WebhookSubscriptionConfig::new(
            "unkeyed",
            format!("{url}/accept"),
            DeliverySchema::EventGridSchema,
        ),
    ];
    let emulator = emulator(vec![topic]).await;
    let order = &events()[0];
    publish(&emulator, "orders", "application/json", &json!([order])).await;
    let stats = wait_for(&emulator, "dead-lettered everywhere", |s| {
        s[0]["subscriptions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|sub| sub["dead_lettered"] == 1)
    })
    .await;
    let subs = stats[0]["subscriptions"].as_array().unwrap();
    assert_eq!(
        (&subs[0]["validated"], &subs[1]["validated"]),
        (&json!(true), &json!(true))
    );
    assert_eq!(subs[2]["validated"], false);

    let retried = &dead_letters(&emulator, "orders", "retried").await[0];
    assert_eq!(
        (
            &retried["reason"],
            &retried["attempts"],
            &retried["last_status"]
        ),
        (
            &json!("MaxDeliveryAttemptsExceeded"),
            &json!(3),
            &json!(503)
        )
    );
    assert_eq!(retried["event"]["id"], "o-1");
    let rejected = &dead_letters(&emulator, "orders", "rejected").await[0];
    assert_eq!(
        (
            &rejected["reason"],
            &rejected["attempts"],
            &rejected["last_status"]
        ),
        (&json!("NonRetriableStatus"), &json!(1), &json!(400))
    );
    let unkeyed = &dead_letters(&emulator, "orders", "unkeyed").await[0];
    assert_eq!(unkeyed["reason"], "SubscriptionNotValidated");
    emulator.shutdown().await;
}
