//! `send_all` against the emulator: splits by event count and by bytes, every event arrives
//! once, and an invalid event stops everything before anything is sent.

mod common;

use common::{SUBSCRIPTION, TOPIC, emulator, sender};
use eventgrid_client::ErrorKind;
use eventgrid_emulator::EmulatorHandle;
use eventgrid_types::CloudEvent;

async fn available(emulator: &EmulatorHandle) -> u64 {
    let overview = common::overview(emulator).await;
    let topic = overview["namespaceTopics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == TOPIC)
        .unwrap();
    let sub = topic["subscriptions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == SUBSCRIPTION)
        .unwrap();
    sub["available"].as_u64().unwrap()
}

fn event(n: usize, padding: usize) -> CloudEvent {
    CloudEvent::builder("com.example.bulk", "/bulk")
        .id(n.to_string())
        .json_data(&serde_json::json!({ "n": n, "pad": "x".repeat(padding) }))
        .build()
        .unwrap()
}

#[tokio::test]
async fn many_small_events_split_by_count() {
    let emulator = emulator().await;
    let events: Vec<CloudEvent> = (0..2500).map(|n| event(n, 0)).collect();
    let report = sender(&emulator).send_all(&events).await.unwrap();
    let runs: Vec<_> = report.chunks.iter().map(|c| c.events.clone()).collect();
    assert_eq!(runs, [0..1000, 1000..2000, 2000..2500]);
    assert!(report.is_complete());
    assert_eq!(report.accepted(), 2500);
    assert_eq!(available(&emulator).await, 2500);
    emulator.shutdown().await;
}

#[tokio::test]
async fn large_events_split_by_bytes_under_one_mebibyte() {
    let emulator = emulator().await;
    let events: Vec<CloudEvent> = (0..300).map(|n| event(n, 5000)).collect();
    let report = sender(&emulator).send_all(&events).await.unwrap();
    assert_eq!(
        report.chunks.len(),
        2,
        "{:?}",
        report.chunks.iter().map(|c| c.bytes).collect::<Vec<_>>()
    );
    assert!(report.chunks.iter().all(|c| c.bytes <= 1 << 20));
    assert!(
        report.chunks[0].bytes > (1 << 20) - 6000,
        "the first request is filled"
    );
    assert_eq!(report.accepted(), 300);
    assert_eq!(available(&emulator).await, 300);
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_failed_request_is_reported_with_its_events() {
    let emulator = emulator().await;
    let events: Vec<CloudEvent> = (0..1500).map(|n| event(n, 0)).collect();
    common::inject_faults(&emulator, 1, 400, None).await;
    let report = sender(&emulator).send_all(&events).await.unwrap();
    assert!(!report.is_complete());
    assert_eq!(
        report.rejected().collect::<Vec<_>>(),
        (0..1000).collect::<Vec<_>>()
    );
    assert_eq!(report.accepted(), 500);
    assert_eq!(available(&emulator).await, 500);
    emulator.shutdown().await;
}

#[tokio::test]
async fn an_invalid_event_sends_nothing_and_is_named() {
    let emulator = emulator().await;
    let mut events: Vec<CloudEvent> = (0..3).map(|n| event(n, 0)).collect();
    // Over 1 MiB once base64-encoded: no request could carry it.
    let mut bad = event(2, 0);
    bad.set_data(Some(eventgrid_types::Data::Binary(vec![0; 2 << 20])));
    events[2] = bad;
    let error = sender(&emulator).send_all(&events).await.unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::InvalidEvent { index: 2, .. }),
        "{error}"
    );
    assert_eq!(available(&emulator).await, 0);
    emulator.shutdown().await;
}
