//! Against real Azure resources; ignored unless run with `--ignored`, and then each test
//! needs its `EVENTGRID_LIVE_*` variables (never set in CI):
//!
//! * namespace: `EVENTGRID_LIVE_NAMESPACE_ENDPOINT` (`https://{ns}.{region}-1.eventgrid.azure.net`),
//!   `EVENTGRID_LIVE_NAMESPACE_KEY`, `EVENTGRID_LIVE_TOPIC`, `EVENTGRID_LIVE_SUBSCRIPTION`
//!   (a subscription nothing else reads);
//! * basic topic: `EVENTGRID_LIVE_TOPIC_ENDPOINT` (`.../api/events`, CloudEvents input
//!   schema), `EVENTGRID_LIVE_TOPIC_KEY`.
//!
//! `cargo test -p eventgrid-client --test live -- --ignored`

use std::time::Duration;

use eventgrid_client::{
    BASIC_API_VERSION, PublisherClient, ReceiverClient, SenderClient, generate_sas,
};
use eventgrid_types::CloudEvent;

fn var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set; see this file's docs"))
}

#[tokio::test]
#[ignore = "needs a live namespace: EVENTGRID_LIVE_NAMESPACE_*"]
async fn a_namespace_round_trip() {
    let (endpoint, key) = (
        var("EVENTGRID_LIVE_NAMESPACE_ENDPOINT"),
        var("EVENTGRID_LIVE_NAMESPACE_KEY"),
    );
    let (topic, subscription) = (
        var("EVENTGRID_LIVE_TOPIC"),
        var("EVENTGRID_LIVE_SUBSCRIPTION"),
    );
    let sender = SenderClient::with_key_credential(&endpoint, &topic, key.clone(), None).unwrap();
    let receiver =
        ReceiverClient::with_key_credential(&endpoint, &topic, &subscription, key, None).unwrap();
    let event = CloudEvent::builder("com.example.live", "/eventgrid-rs")
        .build()
        .unwrap();
    sender.send(&event).await.unwrap();
    let batch = receiver
        .receive::<CloudEvent>(10, Duration::from_secs(30))
        .await
        .unwrap();
    let mine: Vec<String> = batch
        .into_iter()
        .filter(|item| item.event.as_ref().is_ok_and(|e| e.id() == event.id()))
        .map(|item| item.lock_token)
        .collect();
    assert_eq!(mine.len(), 1);
    assert!(receiver.acknowledge(mine).await.unwrap().is_complete());
}

#[tokio::test]
#[ignore = "needs a live basic topic: EVENTGRID_LIVE_TOPIC_*"]
async fn a_basic_topic_takes_a_key_and_a_generated_sas() {
    let (endpoint, key) = (
        var("EVENTGRID_LIVE_TOPIC_ENDPOINT"),
        var("EVENTGRID_LIVE_TOPIC_KEY"),
    );
    let event = CloudEvent::builder("com.example.live", "/eventgrid-rs")
        .build()
        .unwrap();
    PublisherClient::with_key_credential(&endpoint, key.clone(), None)
        .unwrap()
        .send_cloud_events([&event])
        .await
        .unwrap();
    let expires = time::OffsetDateTime::now_utc() + time::Duration::minutes(10);
    let token = generate_sas(&endpoint, &key, expires, BASIC_API_VERSION).unwrap();
    PublisherClient::with_sas_token(&endpoint, token, None)
        .unwrap()
        .send_cloud_events([&event])
        .await
        .unwrap();
}
