//! azure_core's retry policy against the emulator's injected faults: 429 and 503 with
//! `Retry-After` are retried until they stop, errors say how many attempts were made, and
//! statuses that must not be retried are not.

mod common;

use std::sync::Arc;

use common::{
    RecordHeaders, WAIT, emulator, fast_retries, inject_faults, receiver_with, sender_with,
};
use eventgrid_types::CloudEvent;

fn event() -> CloudEvent {
    CloudEvent::builder("com.example.ping", "/ping")
        .build()
        .unwrap()
}

#[tokio::test]
async fn faults_with_retry_after_are_retried_until_the_send_succeeds() {
    let emulator = emulator().await;
    let sender = sender_with(&emulator, fast_retries(3));
    // One 429 and one 503, each asking for a 1 s wait; the third attempt goes through.
    inject_faults(&emulator, 1, 429, Some(1)).await;
    sender.send(&event()).await.unwrap();
    inject_faults(&emulator, 2, 503, Some(1)).await;
    sender.send(&event()).await.unwrap();

    let consumer = receiver_with(&emulator, fast_retries(0));
    let received = consumer.receive::<CloudEvent>(10, WAIT).await.unwrap();
    assert_eq!(received.len(), 2, "each event arrived once");
    emulator.shutdown().await;
}

#[tokio::test]
async fn each_operation_keeps_one_request_id_across_its_retries() {
    let emulator = emulator().await;
    let attempts = Arc::new(RecordHeaders::default());
    let mut options = fast_retries(3);
    options.per_try_policies = vec![attempts.clone()];
    let sender = sender_with(&emulator, options);
    inject_faults(&emulator, 1, 503, Some(0)).await;
    sender.send(&event()).await.unwrap();
    sender.send(&event()).await.unwrap();

    let ids: Vec<String> = attempts
        .requests()
        .iter()
        .map(|headers| {
            let ids: Vec<&String> = headers
                .iter()
                .filter(|(name, _)| name == "x-ms-client-request-id")
                .map(|(_, value)| value)
                .collect();
            assert_eq!(ids.len(), 1, "one request id per attempt: {headers:?}");
            ids[0].clone()
        })
        .collect();
    assert_eq!(ids.len(), 3, "the first send was tried twice: {ids:?}");
    assert_eq!(ids[0], ids[1], "a retry keeps its operation's id");
    assert_ne!(ids[1], ids[2], "each operation has its own id");
    assert!(
        ids.iter().all(|id| azure_core::Uuid::parse_str(id).is_ok()),
        "{ids:?}"
    );
    emulator.shutdown().await;
}

#[tokio::test]
async fn when_retries_run_out_the_error_says_how_many_attempts_were_made() {
    let emulator = emulator().await;
    inject_faults(&emulator, 10, 503, None).await;
    let receiver = receiver_with(&emulator, fast_retries(2));
    let error = receiver.acknowledge(["t".to_owned()]).await.unwrap_err();
    assert_eq!(error.status(), Some(503));
    assert_eq!(error.attempts(), 3);
    assert!(error.retried());
    assert!(
        error
            .to_string()
            .starts_with("acknowledge failed after 3 attempts: HTTP 503"),
        "{error}"
    );
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_400_is_not_retried() {
    let emulator = emulator().await;
    inject_faults(&emulator, 5, 400, None).await;
    let error = sender_with(&emulator, fast_retries(3))
        .send(&event())
        .await
        .unwrap_err();
    assert_eq!((error.status(), error.attempts()), (Some(400), 1));
    emulator.shutdown().await;
}

#[tokio::test]
async fn no_listener_is_a_transport_error_after_retries() {
    // A port that was free a moment ago: connecting is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let sender = eventgrid_client::SenderClient::with_key_credential(
        &format!("http://127.0.0.1:{port}"),
        "orders",
        "a2V5",
        Some({
            let mut options = eventgrid_client::SenderClientOptions::default();
            options.client_options = fast_retries(2);
            options
        }),
    )
    .unwrap();
    let error = sender.send(&event()).await.unwrap_err();
    assert!(
        matches!(error.kind(), eventgrid_client::ErrorKind::Transport(_)),
        "{error}"
    );
    assert_eq!(error.attempts(), 3, "{error}");
}
