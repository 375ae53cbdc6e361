//! Every namespace operation of SenderClient and ReceiverClient against the emulator on a
//! real socket: send one / batch / binary, typed receive with an undecodable event that is
//! still rejected, the four settlements with partial failures, errors and retries.

mod common;

use std::time::Duration;

use common::{
    SUBSCRIPTION, TOPIC, WAIT, emulator, emulator_with_lock_scale, receiver, sender,
    subscription_stats,
};
use eventgrid_client::{ErrorKind, Operation, ReceiverClient, ReleaseDelay, SenderClient};
use eventgrid_types::{CloudEvent, ExtensionValue};
use serde::{Deserialize, Serialize};

#[derive(eventgrid_types::CloudEvent, Serialize, Deserialize, Debug, PartialEq, Clone)]
#[cloudevent(type = "com.example.order.created", source = "/orders")]
struct OrderCreated {
    #[cloudevent(subject)]
    order: String,
    total: f64,
}

fn order(n: u32) -> OrderCreated {
    OrderCreated {
        order: format!("o-{n}"),
        total: f64::from(n) + 0.5,
    }
}

#[tokio::test]
async fn one_batch_and_binary_sends_arrive_typed_and_are_acknowledged() {
    let emulator = emulator().await;
    let (sender, consumer) = (sender(&emulator), receiver(&emulator));

    sender.send(&order(1)).await.unwrap();
    sender.send_batch(&[order(2), order(3)]).await.unwrap();
    sender.send_binary(&order(4)).await.unwrap();

    let received = consumer.receive::<OrderCreated>(10, WAIT).await.unwrap();
    assert!(received.unsettleable.is_empty());
    let mut orders: Vec<OrderCreated> = Vec::new();
    let mut tokens = Vec::new();
    for item in received {
        assert_eq!(item.delivery_count, 1);
        orders.push(item.event.unwrap());
        tokens.push(item.lock_token);
    }
    orders.sort_by(|a, b| a.order.cmp(&b.order));
    assert_eq!(orders, (1..=4).map(order).collect::<Vec<_>>());

    let settled = consumer.acknowledge(tokens.clone()).await.unwrap();
    assert!(settled.is_complete());
    assert_eq!(settled.succeeded.len(), 4);
    // Nothing is left, and the tokens are spent.
    assert!(
        consumer
            .receive::<CloudEvent>(10, WAIT)
            .await
            .unwrap()
            .is_empty()
    );
    let again = consumer.acknowledge(tokens).await.unwrap();
    assert_eq!(again.failed.len(), 4);
    emulator.shutdown().await;
}

#[tokio::test]
async fn binary_mode_keeps_extensions_and_text_data() {
    let emulator = emulator().await;
    let event = CloudEvent::builder("com.example.note", "/notes")
        .id("n-1")
        .extension("tenant", ExtensionValue::String("contoso".into()))
        .text_data("text/plain", "héllo")
        .build()
        .unwrap();
    sender(&emulator).send_binary(&event).await.unwrap();
    let received = receiver(&emulator)
        .receive::<CloudEvent>(1, WAIT)
        .await
        .unwrap();
    let got = received.events.into_iter().next().unwrap().event.unwrap();
    assert_eq!(got, event);
    emulator.shutdown().await;
}

#[tokio::test]
async fn an_event_of_another_type_keeps_its_lock_token_and_is_rejected() {
    let emulator = emulator().await;
    let (sender, consumer) = (sender(&emulator), receiver(&emulator));
    let stranger = CloudEvent::builder("com.example.other", "/elsewhere")
        .build()
        .unwrap();
    sender.send(&order(1)).await.unwrap();
    sender.send(&stranger).await.unwrap();

    let received = consumer.receive::<OrderCreated>(10, WAIT).await.unwrap();
    assert_eq!(received.len(), 2, "one result per event");
    let (good, bad): (Vec<_>, Vec<_>) = received.into_iter().partition(|item| item.event.is_ok());
    assert_eq!(good.len(), 1);
    assert_eq!(bad.len(), 1);
    let error = bad[0].event.as_ref().unwrap_err().to_string();
    assert!(error.contains("com.example.other"), "{error}");

    let rejected = consumer.reject([bad[0].lock_token.clone()]).await.unwrap();
    assert_eq!(rejected.succeeded, [bad[0].lock_token.clone()]);
    consumer
        .acknowledge([good[0].lock_token.clone()])
        .await
        .unwrap();
    assert!(
        consumer
            .receive::<CloudEvent>(10, WAIT)
            .await
            .unwrap()
            .is_empty()
    );
    emulator.shutdown().await;
}

#[tokio::test]
async fn release_redelivers_renew_keeps_and_unknown_tokens_fail_one_by_one() {
    let emulator = emulator().await;
    let (sender, consumer) = (sender(&emulator), receiver(&emulator));
    sender.send(&order(7)).await.unwrap();

    let first = consumer.receive::<OrderCreated>(1, WAIT).await.unwrap();
    let token = first.events[0].lock_token.clone();
    let renewed = consumer
        .renew_locks([token.clone(), "not-a-token".to_owned()])
        .await
        .unwrap();
    assert_eq!(renewed.succeeded, std::slice::from_ref(&token));
    assert_eq!(renewed.failed.len(), 1);
    assert_eq!(renewed.failed[0].lock_token, "not-a-token");
    assert!(!renewed.failed[0].code.is_empty());

    let released = consumer.release([token], ReleaseDelay::Zero).await.unwrap();
    assert!(released.is_complete());
    let second = consumer.receive::<OrderCreated>(1, WAIT).await.unwrap();
    assert_eq!(second.events[0].delivery_count, 2);
    assert_eq!(second.events[0].event.as_ref().unwrap(), &order(7));
    emulator.shutdown().await;
}

#[tokio::test]
async fn an_empty_token_list_sends_nothing() {
    let emulator = emulator().await;
    // A wrong key would fail any request that was sent.
    let receiver =
        ReceiverClient::with_key_credential(&emulator.url(), TOPIC, SUBSCRIPTION, "d3Jvbmc=", None)
            .unwrap();
    let settled = receiver.acknowledge(Vec::<String>::new()).await.unwrap();
    assert_eq!(settled, eventgrid_client::Settlement::default());
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_wrong_key_is_a_typed_401_that_names_the_operation() {
    let emulator = emulator().await;
    let sender =
        SenderClient::with_key_credential(&emulator.url(), TOPIC, "d3Jvbmc=", None).unwrap();
    let error = sender.send(&order(1)).await.unwrap_err();
    assert_eq!(error.operation(), Operation::Send);
    assert_eq!(error.status(), Some(401));
    assert_eq!(error.error_code(), Some("Unauthorized"));
    assert!(!error.retried(), "401 is not retried");
    assert_eq!(error.attempts(), 1);
    let ErrorKind::Service { message, .. } = error.kind() else {
        panic!("{error:?}")
    };
    assert!(!message.is_empty());
    assert!(
        error
            .to_string()
            .starts_with("send failed: HTTP 401 Unauthorized"),
        "{error}"
    );
    emulator.shutdown().await;
}

#[tokio::test]
async fn arguments_out_of_range_fail_before_sending() {
    let emulator = emulator().await;
    let receiver = receiver(&emulator);
    for (max_events, wait) in [
        (0, WAIT),
        (101, WAIT),
        (1, std::time::Duration::from_secs(5)),
    ] {
        let error = receiver
            .receive::<CloudEvent>(max_events, wait)
            .await
            .unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::InvalidArgument(_)),
            "{error}"
        );
        assert_eq!(error.attempts(), 0);
    }
    let too_many: Vec<OrderCreated> = (0..1001).map(order).collect();
    let error = sender(&emulator).send_batch(&too_many).await.unwrap_err();
    assert!(matches!(error.kind(), ErrorKind::Encode(_)), "{error}");
    assert!(
        error.to_string().contains("1000") || error.to_string().contains("1,000"),
        "{error}"
    );

    let bad = SenderClient::with_key_credential("not a url", TOPIC, "k", None).unwrap_err();
    assert_eq!(bad.operation(), Operation::Connect);
    emulator.shutdown().await;
}

/// The emulator's locks (60 s) and release delays, shortened by `lock_time_scale`.
const LOCK_SCALE: f64 = 0.02;
/// A 60-second lock on that scale.
const LOCK: Duration = Duration::from_millis(1200);

#[tokio::test]
async fn an_expired_lock_is_delivered_again_and_its_token_is_lost() {
    let emulator = emulator_with_lock_scale(LOCK_SCALE).await;
    let (sender, consumer) = (sender(&emulator), receiver(&emulator));
    sender.send(&order(1)).await.unwrap();
    let first = consumer.receive::<OrderCreated>(1, WAIT).await.unwrap();
    let stale = first.events[0].lock_token.clone();
    tokio::time::sleep(LOCK + LOCK / 4).await;
    let second = consumer.receive::<OrderCreated>(1, WAIT).await.unwrap();
    assert_eq!(second.events[0].delivery_count, 2);
    assert_ne!(second.events[0].lock_token, stale);
    let late = consumer.acknowledge([stale]).await.unwrap();
    assert_eq!(late.failed.len(), 1);
    assert_eq!(late.failed[0].code, "TokenLost");
    let fresh = consumer
        .acknowledge([second.events[0].lock_token.clone()])
        .await
        .unwrap();
    assert!(fresh.is_complete());
    emulator.shutdown().await;
}

#[tokio::test]
async fn renewed_locks_outlive_their_first_expiry() {
    let emulator = emulator_with_lock_scale(LOCK_SCALE).await;
    let (sender, consumer) = (sender(&emulator), receiver(&emulator));
    sender.send(&order(1)).await.unwrap();
    let token = consumer
        .receive::<OrderCreated>(1, WAIT)
        .await
        .unwrap()
        .events[0]
        .lock_token
        .clone();
    // Renewed twice, at two thirds of a lock each time: held for 1.33 locks in all.
    for _ in 0..2 {
        tokio::time::sleep(LOCK * 2 / 3).await;
        let renewed = consumer.renew_locks([token.as_str()]).await.unwrap();
        assert!(renewed.is_complete(), "{renewed:?}");
    }
    let settled = consumer.acknowledge([token]).await.unwrap();
    assert!(settled.is_complete(), "{settled:?}");
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_released_event_waits_out_its_delay() {
    let emulator = emulator_with_lock_scale(LOCK_SCALE).await;
    let (sender, consumer) = (sender(&emulator), receiver(&emulator));
    sender.send(&order(1)).await.unwrap();
    let token = consumer
        .receive::<OrderCreated>(1, WAIT)
        .await
        .unwrap()
        .events[0]
        .lock_token
        .clone();
    // Ten seconds on this scale are 200 ms; the emulator counts the event as delayed.
    let released = consumer
        .release([token], ReleaseDelay::TenSeconds)
        .await
        .unwrap();
    assert!(released.is_complete());
    let stats = subscription_stats(&emulator).await;
    assert_eq!(
        (stats["available"].as_u64(), stats["delayed"].as_u64()),
        (Some(0), Some(1)),
        "{stats}"
    );
    // The long poll is woken when the delay ends.
    let again = consumer.receive::<OrderCreated>(1, WAIT).await.unwrap();
    assert_eq!(again.events[0].delivery_count, 2);
    emulator.shutdown().await;
}
