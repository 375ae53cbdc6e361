//! PublisherClient against the emulator's basic topics: Event Grid schema, CloudEvents,
//! derived types in both schemas, raw JSON, key and SAS auth, the channel-name header.

mod common;

use std::sync::Arc;

use azure_core::http::ClientOptions;
use common::RecordHeaders;
use eventgrid_client::{
    BASIC_API_VERSION, Operation, PublisherClient, PublisherClientOptions, generate_sas,
};
use eventgrid_emulator::config::{BasicTopicConfig, InputSchema};
use eventgrid_emulator::{Config, Emulator, EmulatorHandle};
use eventgrid_types::{CloudEvent, EventGridEvent};
use serde::{Deserialize, Serialize};

#[derive(eventgrid_types::CloudEvent, Serialize, Deserialize, Debug)]
#[cloudevent(type = "com.example.order.created", source = "/orders")]
struct OrderCreated {
    #[cloudevent(subject)]
    order: String,
    total: f64,
}

async fn start() -> EmulatorHandle {
    let mut config = Config::default();
    config.basic_topics = vec![
        BasicTopicConfig::new("legacy", InputSchema::EventGridSchema),
        BasicTopicConfig::new("modern", InputSchema::CloudEventSchemaV1_0),
    ];
    Emulator::start(config).await.unwrap()
}

fn endpoint(emulator: &EmulatorHandle, topic: &str) -> String {
    format!("{}/basic/{topic}/api/events", emulator.url())
}

/// Events each basic topic has accepted, from the emulator's management API.
async fn published(emulator: &EmulatorHandle, topic: &str) -> u64 {
    let overview = common::overview(emulator).await;
    overview["basicTopics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == topic)
        .map(|t| t["published"].as_u64().unwrap())
        .unwrap()
}

fn order(n: u32) -> OrderCreated {
    OrderCreated {
        order: format!("o-{n}"),
        total: f64::from(n),
    }
}

#[tokio::test]
async fn every_kind_of_event_is_accepted_by_a_topic_of_its_schema() {
    let emulator = start().await;
    let legacy = PublisherClient::with_key_credential(
        &endpoint(&emulator, "legacy"),
        emulator.key().to_owned(),
        None,
    )
    .unwrap();
    let modern = PublisherClient::with_key_credential(
        &endpoint(&emulator, "modern"),
        emulator.key().to_owned(),
        None,
    )
    .unwrap();

    let eg = EventGridEvent::new(
        "Contoso.Order.Created",
        "orders/1",
        &serde_json::json!({"total": 1}),
    )
    .unwrap();
    legacy.send_event_grid_events(&[eg]).await.unwrap();
    legacy
        .send_as_event_grid(&[order(1), order(2)])
        .await
        .unwrap();
    let raw = br#"[{"id":"r-1","subject":"s","eventType":"Raw","eventTime":"2026-01-01T00:00:00Z","dataVersion":"","data":{}}]"#;
    legacy.send_raw_json(raw).await.unwrap();
    assert_eq!(published(&emulator, "legacy").await, 4);

    let ce = CloudEvent::builder("com.example.ping", "/ping")
        .build()
        .unwrap();
    modern.send_cloud_events([&ce]).await.unwrap();
    modern.send_cloud_events(&[order(3)]).await.unwrap();
    assert_eq!(published(&emulator, "modern").await, 2);

    // A topic refuses the other schema, and says so.
    let error = modern
        .send_event_grid_events(&[EventGridEvent::new("T", "s", &1).unwrap()])
        .await
        .unwrap_err();
    assert_eq!(error.operation(), Operation::Publish);
    assert_eq!(error.status(), Some(400), "{error}");
    let error = legacy.send_raw_json(b"{not json").await.unwrap_err();
    assert_eq!(error.attempts(), 0, "{error}");
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_generated_sas_token_authenticates_and_a_wrong_one_does_not() {
    let emulator = start().await;
    let url = endpoint(&emulator, "legacy");
    let expires = time::OffsetDateTime::now_utc() + time::Duration::hours(1);
    let token = generate_sas(&url, emulator.key(), expires, BASIC_API_VERSION).unwrap();
    let publisher = PublisherClient::with_sas_token(&url, token, None).unwrap();
    publisher.send_as_event_grid(&[order(1)]).await.unwrap();

    let forged = generate_sas(&url, "Zm9yZ2Vk", expires, BASIC_API_VERSION).unwrap();
    let error = PublisherClient::with_sas_token(&url, forged, None)
        .unwrap()
        .send_as_event_grid(&[order(2)])
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(401), "{error}");
    assert_eq!(published(&emulator, "legacy").await, 1);
    emulator.shutdown().await;
}

#[tokio::test]
async fn the_channel_name_goes_in_its_header() {
    let emulator = start().await;
    let recorder = Arc::new(RecordHeaders::default());
    let mut options = PublisherClientOptions::default();
    options.channel_name = Some("partner-channel".to_owned());
    options.client_options = ClientOptions {
        per_call_policies: vec![recorder.clone()],
        ..ClientOptions::default()
    };
    let publisher = PublisherClient::with_key_credential(
        &endpoint(&emulator, "legacy"),
        emulator.key().to_owned(),
        Some(options),
    )
    .unwrap();
    publisher.send_as_event_grid(&[order(1)]).await.unwrap();
    let requests = recorder.requests();
    assert_eq!(requests.len(), 1);
    assert!(
        requests[0].contains(&("aeg-channel-name".to_owned(), "partner-channel".to_owned())),
        "{:?}",
        requests[0]
    );

    let mut bad = PublisherClientOptions::default();
    bad.channel_name = Some("new\nline".to_owned());
    assert!(
        PublisherClient::with_key_credential(&endpoint(&emulator, "legacy"), "k", Some(bad))
            .is_err()
    );
    emulator.shutdown().await;
}
