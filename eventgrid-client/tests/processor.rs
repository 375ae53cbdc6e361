//! The processor against the emulator: handlers that panic, fail, or overrun their timeout
//! lose no event and acknowledge none twice; locks are renewed while a handler runs; shutdown
//! lets running handlers finish and settles their events.

mod common;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{emulator, receiver, sender};
use eventgrid_client::{Delivery, Outcome, ProcessorOptions, ReleaseDelay};
use eventgrid_emulator::EmulatorHandle;
use eventgrid_types::CloudEvent;
use tokio::sync::Notify;

fn event(id: &str) -> CloudEvent {
    CloudEvent::builder("com.example.job", "/jobs")
        .id(id)
        .build()
        .unwrap()
}

/// The subscription's counts of available, locked and dead-lettered events.
async fn depth(emulator: &EmulatorHandle) -> (u64, u64, u64) {
    let overview = common::overview(emulator).await;
    let sub = &overview["namespaceTopics"][0]["subscriptions"][0];
    let get = |name: &str| sub[name].as_u64().unwrap();
    (get("available"), get("locked"), get("dead_lettered"))
}

fn options() -> ProcessorOptions {
    let mut options = ProcessorOptions::default();
    options.max_concurrency = 4;
    options.handler_timeout = Some(Duration::from_millis(300));
    options
}

#[tokio::test]
async fn panics_errors_and_timeouts_lose_nothing_and_acknowledge_nothing_twice() {
    let emulator = emulator().await;
    let ids: Vec<String> = [
        "ok-1", "ok-2", "panic-1", "error-1", "slow-1", "ok-3", "panic-2", "error-2",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    let events: Vec<CloudEvent> = ids.iter().map(|id| event(id)).collect();
    sender(&emulator).send_batch(&events).await.unwrap();

    let acknowledged = Arc::new(Mutex::new(BTreeMap::<String, u32>::new()));
    let all_done = Arc::new(Notify::new());
    let expected = ids.len();
    let handler = {
        let (acknowledged, all_done) = (acknowledged.clone(), all_done.clone());
        move |delivery: Delivery<CloudEvent>| {
            let (acknowledged, all_done) = (acknowledged.clone(), all_done.clone());
            async move {
                let event = delivery.event.unwrap();
                let first = delivery.delivery_count == 1;
                let id = event.id().to_owned();
                assert!(
                    !(first && id.starts_with("panic")),
                    "the handler panics on {id}"
                );
                if first && id.starts_with("error") {
                    return Outcome::Release(ReleaseDelay::Zero);
                }
                if first && id.starts_with("slow") {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                }
                let mut seen = acknowledged.lock().unwrap();
                *seen.entry(id).or_default() += 1;
                if seen.len() == expected {
                    all_done.notify_one();
                }
                Outcome::Acknowledge
            }
        }
    };
    let report = receiver(&emulator)
        .process(options(), handler, all_done.notified())
        .await;

    let acknowledged = acknowledged.lock().unwrap().clone();
    assert_eq!(acknowledged.keys().cloned().collect::<Vec<_>>(), {
        let mut sorted = ids.clone();
        sorted.sort();
        sorted
    });
    assert!(
        acknowledged.values().all(|&count| count == 1),
        "{acknowledged:?}"
    );
    assert_eq!(report.acknowledged, 8, "{report:?}");
    assert_eq!(report.panicked, 2, "{report:?}");
    assert_eq!(report.timed_out, 1, "{report:?}");
    // Two handler errors, two panics and one timeout were released, and delivered again.
    assert_eq!(report.released, 5, "{report:?}");
    assert_eq!(report.handled, 13, "{report:?}");
    assert_eq!(report.errors, 0, "{report:?}");
    assert_eq!(depth(&emulator).await, (0, 0, 0));
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_long_handler_has_its_lock_renewed_and_shutdown_waits_for_it() {
    let emulator = emulator().await;
    sender(&emulator)
        .send_batch(&[event("a"), event("b")])
        .await
        .unwrap();
    let started = Arc::new(tokio::sync::Semaphore::new(0));
    let handler = {
        let started = started.clone();
        move |_: Delivery<CloudEvent>| {
            let started = started.clone();
            async move {
                started.add_permits(1);
                tokio::time::sleep(Duration::from_millis(700)).await;
                Outcome::Acknowledge
            }
        }
    };
    let mut options = options();
    options.handler_timeout = None;
    options.lock_renewal_interval = Duration::from_millis(200);
    // Shut down as soon as both handlers are running: they finish and are acknowledged.
    let shutdown = {
        let started = started.clone();
        async move {
            let _ = started.acquire_many(2).await;
        }
    };
    let report = receiver(&emulator)
        .process(options, handler, shutdown)
        .await;
    assert_eq!(report.acknowledged, 2, "{report:?}");
    assert!(
        report.lock_renewals >= 4,
        "two handlers, 700 ms each, renewed every 200 ms: {report:?}"
    );
    assert_eq!(report.errors, 0, "{report:?}");
    assert_eq!(depth(&emulator).await, (0, 0, 0));
    emulator.shutdown().await;
}

#[tokio::test]
async fn undecodable_events_reach_the_handler_and_can_be_rejected() {
    #[derive(eventgrid_types::CloudEvent, serde::Serialize, serde::Deserialize, Debug)]
    #[cloudevent(type = "com.example.job", source = "/jobs")]
    struct Job {
        n: u32,
    }

    let emulator = emulator().await;
    let other = CloudEvent::builder("com.example.other", "/x")
        .build()
        .unwrap();
    let job = CloudEvent::builder("com.example.job", "/jobs")
        .json_data(&serde_json::json!({"n": 1}))
        .build()
        .unwrap();
    sender(&emulator).send_batch(&[job, other]).await.unwrap();
    let done = Arc::new(tokio::sync::Semaphore::new(0));
    let handler = {
        let done = done.clone();
        move |delivery: Delivery<Job>| {
            let done = done.clone();
            async move {
                done.add_permits(1);
                match delivery.event {
                    Ok(job) if job.n == 1 => Outcome::Acknowledge,
                    _ => Outcome::Reject,
                }
            }
        }
    };
    let shutdown = {
        let done = done.clone();
        async move {
            let _ = done.acquire_many(2).await;
        }
    };
    let report = receiver(&emulator)
        .process(options(), handler, shutdown)
        .await;
    assert_eq!((report.acknowledged, report.rejected), (1, 1), "{report:?}");
    let (available, locked, _) = depth(&emulator).await;
    assert_eq!((available, locked), (0, 0));
    emulator.shutdown().await;
}
