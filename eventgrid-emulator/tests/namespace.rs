//! Namespace topic semantics through the router, with tokio's clock paused so that lock
//! durations, release delays and retention pass at once. Times asserted are the paused
//! clock's, never the wall clock's.

mod common;

use std::time::Duration;

use axum::body::Body;
use common::{BATCH, call, depths, publish, receive, settle};
use eventgrid_emulator::config::{Config, NamespaceTopicConfig, SubscriptionConfig};
use eventgrid_emulator::router;
use serde_json::json;
use tokio::time::{Instant, advance};

fn config(subscriptions: Vec<SubscriptionConfig>) -> Config {
    let mut config = Config::default();
    config.auto_create = false;
    config.namespace_topics = vec![NamespaceTopicConfig::new("orders", subscriptions)];
    config
}

#[tokio::test(start_paused = true)]
async fn every_subscription_gets_every_event_in_order() {
    let app = router(&config(vec![
        SubscriptionConfig::new("billing"),
        SubscriptionConfig::new("shipping"),
    ]))
    .unwrap();
    publish(&app, "orders", &["1", "2", "3"]).await;
    publish(&app, "orders", &["4"]).await;
    for sub in ["billing", "shipping"] {
        let received = receive(&app, "orders", sub, 10, 10).await;
        let ids: Vec<&str> = received.iter().map(|(_, _, id)| id.as_str()).collect();
        assert_eq!(ids, ["1", "2", "3", "4"], "{sub}");
        assert!(received.iter().all(|(_, count, _)| *count == 1));
        let tokens: Vec<&str> = received.iter().map(|(t, _, _)| t.as_str()).collect();
        let result = settle(&app, "orders", sub, "acknowledge", &tokens).await;
        assert_eq!(result["succeededLockTokens"], json!(tokens));
        assert_eq!(result["failedLockTokens"], json!([]));
    }
    // Settled tokens are gone: settling again fails per token, still with 200.
    let again = settle(&app, "orders", "billing", "acknowledge", &["nope"]).await;
    assert_eq!(again["succeededLockTokens"], json!([]));
    assert_eq!(again["failedLockTokens"][0]["lockToken"], "nope");
    assert_eq!(again["failedLockTokens"][0]["error"]["code"], "TokenLost");
    let billing = depths(&app, "orders", "billing").await;
    assert_eq!(
        (billing["available"].as_u64(), billing["locked"].as_u64()),
        (Some(0), Some(0))
    );
}

#[tokio::test(start_paused = true)]
async fn a_long_poll_answers_as_soon_as_an_event_arrives() {
    let app = router(&config(vec![SubscriptionConfig::new("billing")])).unwrap();
    let start = Instant::now();
    let waiting = tokio::spawn({
        let app = app.clone();
        async move { receive(&app, "orders", "billing", 5, 60).await }
    });
    advance(Duration::from_secs(5)).await;
    publish(&app, "orders", &["late"]).await;
    let received = waiting.await.unwrap();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].2, "late");
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "{:?}",
        start.elapsed()
    );

    // With nothing to deliver it answers an empty list when maxWaitTime has passed.
    let start = Instant::now();
    assert!(receive(&app, "orders", "billing", 5, 10).await.is_empty());
    assert!(start.elapsed() >= Duration::from_secs(10));
}

#[tokio::test(start_paused = true)]
async fn an_expired_lock_redelivers_with_the_next_delivery_count() {
    let app = router(&config(vec![
        SubscriptionConfig::new("billing").lock_duration_seconds(90),
    ]))
    .unwrap();
    publish(&app, "orders", &["1"]).await;
    let first = receive(&app, "orders", "billing", 1, 10).await;
    assert_eq!(first[0].1, 1);
    advance(Duration::from_secs(80)).await;
    assert_eq!(depths(&app, "orders", "billing").await["locked"], 1);
    advance(Duration::from_secs(11)).await;
    let second = receive(&app, "orders", "billing", 1, 10).await;
    assert_eq!((second[0].1, second[0].2.as_str()), (2, "1"));
    assert_ne!(
        second[0].0, first[0].0,
        "each delivery has its own lock token"
    );
    let stale = settle(&app, "orders", "billing", "acknowledge", &[&first[0].0]).await;
    assert_eq!(stale["failedLockTokens"][0]["lockToken"], first[0].0);
    let fresh = settle(&app, "orders", "billing", "acknowledge", &[&second[0].0]).await;
    assert_eq!(fresh["succeededLockTokens"][0], second[0].0);
}

#[tokio::test(start_paused = true)]
async fn renewing_a_lock_keeps_the_event_locked() {
    let app = router(&config(vec![SubscriptionConfig::new("billing")])).unwrap();
    publish(&app, "orders", &["1", "2"]).await;
    let received = receive(&app, "orders", "billing", 2, 10).await;
    advance(Duration::from_secs(50)).await;
    let renewed = settle(&app, "orders", "billing", "renewLock", &[&received[0].0]).await;
    assert_eq!(renewed["succeededLockTokens"], json!([received[0].0]));
    advance(Duration::from_secs(40)).await;
    // 90 s after receiving: the renewed lock holds, the other one expired.
    let sub = depths(&app, "orders", "billing").await;
    assert_eq!(
        (sub["locked"].as_u64(), sub["available"].as_u64()),
        (Some(1), Some(1))
    );
    let result = settle(
        &app,
        "orders",
        "billing",
        "acknowledge",
        &[&received[0].0, &received[1].0],
    )
    .await;
    assert_eq!(result["succeededLockTokens"], json!([received[0].0]));
    assert_eq!(result["failedLockTokens"][0]["lockToken"], received[1].0);
}

async fn release(app: &axum::Router, token: &str, delay: &str) -> common::Reply {
    let uri = format!(
        "/topics/orders/eventsubscriptions/billing:release?api-version=2024-06-01&releaseDelayInSeconds={delay}"
    );
    let body = serde_json::to_vec(&json!({ "lockTokens": [token] })).unwrap();
    call(
        app,
        "POST",
        &uri,
        &[("content-type", "application/json")],
        body,
    )
    .await
}

#[tokio::test(start_paused = true)]
async fn release_puts_the_event_back_after_its_delay() {
    let app = router(&config(vec![SubscriptionConfig::new("billing")])).unwrap();
    publish(&app, "orders", &["1"]).await;
    let first = receive(&app, "orders", "billing", 1, 10).await;
    let reply = release(&app, &first[0].0, "10").await;
    assert_eq!(reply.json["succeededLockTokens"], json!([first[0].0]));
    assert_eq!(depths(&app, "orders", "billing").await["delayed"], 1);
    let start = Instant::now();
    let second = receive(&app, "orders", "billing", 1, 60).await;
    assert_eq!(second[0].1, 2);
    let waited = start.elapsed();
    assert!(
        waited >= Duration::from_secs(10) && waited < Duration::from_secs(60),
        "{waited:?}"
    );

    // Without a delay it is available at once.
    settle(&app, "orders", "billing", "release", &[&second[0].0]).await;
    assert_eq!(depths(&app, "orders", "billing").await["available"], 1);

    // Only the service's delays are accepted.
    let reply = release(&app, "x", "30").await;
    assert_eq!(reply.status, 400);
    assert!(
        reply.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("30"),
        "{:?}",
        reply.json
    );
}

#[tokio::test(start_paused = true)]
async fn rejected_and_over_delivered_events_are_dead_lettered() {
    let app = router(&config(vec![
        SubscriptionConfig::new("billing").max_delivery_count(2),
    ]))
    .unwrap();
    publish(&app, "orders", &["reject-me", "keep-failing"]).await;
    let received = receive(&app, "orders", "billing", 2, 10).await;
    settle(&app, "orders", "billing", "reject", &[&received[0].0]).await;
    // The second event: released once, then its lock expires on the second delivery.
    settle(&app, "orders", "billing", "release", &[&received[1].0]).await;
    let again = receive(&app, "orders", "billing", 2, 10).await;
    assert_eq!((again.len(), again[0].1), (1, 2));
    advance(Duration::from_secs(61)).await;
    assert!(receive(&app, "orders", "billing", 2, 10).await.is_empty());

    let reply = call(
        &app,
        "GET",
        "/emulator/topics/orders/eventsubscriptions/billing/deadletters",
        &[],
        Body::empty(),
    )
    .await;
    let dead = reply.json.as_array().unwrap();
    assert_eq!(dead.len(), 2);
    assert_eq!(dead[0]["reason"], "Rejected");
    assert_eq!(dead[0]["event"]["id"], "reject-me");
    assert_eq!(dead[0]["deliveryCount"], 1);
    assert_eq!(dead[1]["reason"], "MaxDeliveryCountExceeded");
    assert_eq!(dead[1]["event"]["id"], "keep-failing");
    assert_eq!(dead[1]["deliveryCount"], 2);
    assert_eq!(depths(&app, "orders", "billing").await["dead_lettered"], 2);
}

#[tokio::test(start_paused = true)]
async fn events_past_their_retention_are_dropped() {
    let app = router(&config(vec![
        SubscriptionConfig::new("billing").retention_seconds(120),
    ]))
    .unwrap();
    publish(&app, "orders", &["old"]).await;
    advance(Duration::from_secs(100)).await;
    publish(&app, "orders", &["new"]).await;
    advance(Duration::from_secs(21)).await;
    let received = receive(&app, "orders", "billing", 10, 10).await;
    let ids: Vec<&str> = received.iter().map(|(_, _, id)| id.as_str()).collect();
    assert_eq!(ids, ["new"]);
    assert_eq!(depths(&app, "orders", "billing").await["expired"], 1);
}

#[tokio::test(start_paused = true)]
async fn unknown_names_and_bad_parameters_get_the_service_errors() {
    let app = router(&config(vec![SubscriptionConfig::new("billing")])).unwrap();
    let reply = call(
        &app,
        "POST",
        "/topics/nothing:publish?api-version=2024-06-01",
        &[("content-type", BATCH)],
        "[]",
    )
    .await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.headers["x-ms-error-code"], "NotFound");
    assert_eq!(reply.json["error"]["code"], "NotFound");
    assert!(
        reply.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("nothing")
    );

    let receive_uri =
        |query: &str| format!("/topics/orders/eventsubscriptions/billing:receive?{query}");
    for (query, needle) in [
        ("api-version=2024-06-01&maxEvents=0", "maxEvents"),
        ("api-version=2024-06-01&maxEvents=101", "maxEvents"),
        ("api-version=2024-06-01&maxWaitTime=5", "maxWaitTime"),
        ("api-version=2024-06-01&maxWaitTime=121", "maxWaitTime"),
        ("api-version=2024-06-01&maxEvents=ten", "maxEvents"),
        ("maxEvents=1", "api-version"),
        ("api-version=2023-06-01-preview", "api-version"),
    ] {
        let reply = call(&app, "POST", &receive_uri(query), &[], Body::empty()).await;
        assert_eq!(reply.status, 400, "{query}");
        assert_eq!(reply.headers["x-ms-error-code"], "BadRequest");
        let message = reply.json["error"]["message"].as_str().unwrap();
        assert!(message.contains(needle), "{query}: {message}");
    }
    // The GA version before the latest is served too.
    let reply = call(
        &app,
        "POST",
        &receive_uri("api-version=2023-11-01&maxWaitTime=10"),
        &[],
        Body::empty(),
    )
    .await;
    assert_eq!(reply.status, 200);

    let ack = "/topics/orders/eventsubscriptions/billing:acknowledge?api-version=2024-06-01";
    for body in [r#"{"lockTokens":[]}"#, r#"{"lockTokens":"x"}"#, "not json"] {
        let reply = call(
            &app,
            "POST",
            ack,
            &[("content-type", "application/json")],
            body,
        )
        .await;
        assert_eq!(reply.status, 400, "{body}");
    }
}

#[tokio::test(start_paused = true)]
async fn topics_and_subscriptions_are_made_on_first_use_when_configured() {
    let app = router(&Config::default()).unwrap();
    // The subscription exists once someone receives from it; later events reach it.
    assert!(receive(&app, "fresh", "reader", 1, 10).await.is_empty());
    publish(&app, "fresh", &["1"]).await;
    assert_eq!(receive(&app, "fresh", "reader", 1, 10).await[0].2, "1");
}
