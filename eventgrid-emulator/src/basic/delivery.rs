//! Push delivery to one webhook subscription: the validation handshake first (the Event
//! Grid validation event, or the CloudEvents `OPTIONS` abuse-protection request), then one
//! request per event with the `aeg-*` headers, retried on the service's schedule (scaled by
//! `delivery_time_scale`) until it succeeds, runs out of attempts or time to live, or gets
//! an answer the service does not retry (400, 413); then it is dead-lettered.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use eventgrid_types::mode::{EVENT_GRID_CONTENT_TYPE, STRUCTURED_CONTENT_TYPE};
use eventgrid_types::webhook::{
    AEG_EVENT_TYPE, ALLOWED_ORIGIN, EVENT_GRID_ORIGIN, REQUEST_ORIGIN, REQUEST_RATE,
    SubscriptionValidation, VALIDATION_EVENT_TYPE,
};
use eventgrid_types::{EventGridEvent, event_grid};
use serde::Serialize;
use serde_json::Value;
use tokio::sync::{mpsc, watch};
use tokio::time::Instant;

use crate::config::{DeliverySchema, WebhookSubscriptionConfig};

/// The service's retry schedule: the wait after each failed attempt (then 12 hours).
const RETRY_SCHEDULE: [Duration; 10] = [
    Duration::from_secs(10),
    Duration::from_secs(30),
    Duration::from_secs(60),
    Duration::from_secs(300),
    Duration::from_secs(600),
    Duration::from_secs(1800),
    Duration::from_secs(3_600),
    Duration::from_secs(10_800),
    Duration::from_secs(21_600),
    Duration::from_secs(43_200),
];
/// How long the service waits for a webhook's answer.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// One published event, in the forms subscriptions need.
#[derive(Debug)]
pub(crate) struct Outgoing {
    pub(crate) id: String,
    pub(crate) event_type: String,
    pub(crate) subject: String,
    pub(crate) data_version: String,
    /// The Event Grid schema array of this one event (Event Grid schema topics only).
    pub(crate) event_grid_body: Option<Vec<u8>>,
    /// The structured CloudEvent, when some subscription delivers CloudEvents.
    pub(crate) cloud_event_body: Option<Vec<u8>>,
    /// The event as published, for filters.
    pub(crate) json: Value,
    pub(crate) published: Instant,
}

/// Why a pushed event was dead-lettered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum PushDeadLetterReason {
    /// Every attempt failed.
    MaxDeliveryAttemptsExceeded,
    /// The time to live ran out before an attempt succeeded.
    TimeToLiveExceeded,
    /// The webhook answered 400 or 413, which the service does not retry.
    NonRetriableStatus,
    /// The subscription's validation handshake failed, so nothing is delivered to it.
    SubscriptionNotValidated,
}

/// An event a webhook subscription could not deliver, as the management API lists it.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct PushDeadLetter {
    /// Why.
    pub reason: PushDeadLetterReason,
    /// Attempts made.
    pub attempts: u32,
    /// The last HTTP status, if the webhook answered.
    pub last_status: Option<u16>,
    /// The event as published.
    pub event: Value,
}

/// A webhook subscription's counters, as the management API lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct WebhookStats {
    /// The subscription's name.
    pub name: String,
    /// `None` while the handshake runs, then whether it succeeded.
    pub validated: Option<bool>,
    /// Events its filters took.
    pub matched: u64,
    /// Events delivered.
    pub delivered: u64,
    /// Events dead-lettered.
    pub dead_lettered: usize,
}

#[derive(Debug, Default)]
struct Counters {
    validated: Option<bool>,
    matched: u64,
    delivered: u64,
    dead_letters: Vec<PushDeadLetter>,
}

/// A webhook subscription and its delivery queue.
#[derive(Debug)]
pub(crate) struct Webhook {
    config: WebhookSubscriptionConfig,
    topic_id: String,
    client: reqwest::Client,
    scale: f64,
    counters: Mutex<Counters>,
    queue: mpsc::UnboundedSender<Arc<Outgoing>>,
}

enum Attempt {
    Delivered,
    Retry(Option<u16>),
    GiveUp(u16),
}

impl Webhook {
    /// Starts the subscription's task: the handshake, then deliveries until `stop`.
    pub(crate) fn start(
        config: WebhookSubscriptionConfig,
        topic_id: String,
        scale: f64,
        stop: watch::Receiver<bool>,
    ) -> Arc<Self> {
        let (queue, receiver) = mpsc::unbounded_channel();
        let webhook = Arc::new(Webhook {
            config,
            topic_id,
            client: reqwest::Client::builder()
                .timeout(REQUEST_TIMEOUT)
                .build()
                .unwrap_or_default(),
            scale,
            counters: Mutex::new(Counters::default()),
            queue,
        });
        tokio::spawn(webhook.clone().run(receiver, stop));
        webhook
    }

    pub(crate) fn config(&self) -> &WebhookSubscriptionConfig {
        &self.config
    }

    fn counters(&self) -> std::sync::MutexGuard<'_, Counters> {
        self.counters
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(crate) fn enqueue(&self, event: Arc<Outgoing>) {
        self.counters().matched += 1;
        // The receiver lives as long as the task; after shutdown nothing is delivered.
        let _ = self.queue.send(event);
    }

    pub(crate) fn stats(&self) -> WebhookStats {
        let counters = self.counters();
        WebhookStats {
            name: self.config.name.clone(),
            validated: counters.validated,
            matched: counters.matched,
            delivered: counters.delivered,
            dead_lettered: counters.dead_letters.len(),
        }
    }

    pub(crate) fn dead_letters(&self) -> Vec<PushDeadLetter> {
        self.counters().dead_letters.clone()
    }

    fn scaled(&self, duration: Duration) -> Duration {
        duration.mul_f64(self.scale)
    }

    async fn run(
        self: Arc<Self>,
        mut receiver: mpsc::UnboundedReceiver<Arc<Outgoing>>,
        mut stop: watch::Receiver<bool>,
    ) {
        let validated = tokio::select! {
            validated = self.validate() => validated,
            _ = stop.changed() => return,
        };
        tracing::info!(subscription = %self.config.name, validated, "webhook handshake");
        self.counters().validated = Some(validated);
        loop {
            let event = tokio::select! {
                event = receiver.recv() => event,
                _ = stop.changed() => None,
            };
            let Some(event) = event else { return };
            if validated {
                let webhook = self.clone();
                let stop = stop.clone();
                tokio::spawn(async move {
                    let mut stop = stop;
                    tokio::select! {
                        () = webhook.deliver(event) => {}
                        _ = stop.changed() => {}
                    }
                });
            } else {
                self.dead_letter(
                    &event,
                    PushDeadLetterReason::SubscriptionNotValidated,
                    0,
                    None,
                );
            }
        }
    }

    /// The handshake, tried twice 5 s (scaled) apart as the service does.
    async fn validate(&self) -> bool {
        for attempt in 0..2 {
            if attempt > 0 {
                tokio::time::sleep(self.scaled(Duration::from_secs(5))).await;
            }
            let result = match self.config.delivery_schema {
                DeliverySchema::EventGridSchema => self.validate_event_grid().await,
                DeliverySchema::CloudEventSchemaV1_0 => self.validate_cloud_events().await,
            };
            match result {
                Ok(()) => return true,
                Err(why) => {
                    tracing::warn!(subscription = %self.config.name, %why, "handshake failed");
                }
            }
        }
        false
    }

    async fn validate_event_grid(&self) -> Result<(), String> {
        let code = uuid::Uuid::new_v4().to_string();
        let mut event = EventGridEvent::new(
            VALIDATION_EVENT_TYPE,
            "",
            &serde_json::json!({ "validationCode": code }),
        )
        .map_err(|e| e.to_string())?;
        event.topic = Some(self.topic_id.clone());
        event.data_version = Some("2".to_owned());
        event.metadata_version = Some("1".to_owned());
        let body = event_grid::to_vec(&[event]).map_err(|e| e.to_string())?;
        let response = self
            .client
            .post(&self.config.endpoint)
            .header("content-type", EVENT_GRID_CONTENT_TYPE)
            .header(AEG_EVENT_TYPE, "SubscriptionValidation")
            .header("aeg-subscription-name", &self.config.name)
            .header("aeg-delivery-count", "0")
            .header("aeg-metadata-version", "1")
            .header("aeg-data-version", "2")
            .body(body)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if response.status() != 200 {
            return Err(format!("the webhook answered {}", response.status()));
        }
        let answer = response.bytes().await.map_err(|e| e.to_string())?;
        let expected = SubscriptionValidation::new(code).response_body();
        let parsed = |bytes: &[u8]| serde_json::from_slice::<Value>(bytes).ok();
        if parsed(&answer).is_some_and(|a| Some(a) == parsed(&expected)) {
            Ok(())
        } else {
            Err(format!(
                "the answer {:?} does not echo the validation code",
                String::from_utf8_lossy(&answer)
            ))
        }
    }

    async fn validate_cloud_events(&self) -> Result<(), String> {
        let response = self
            .client
            .request(reqwest::Method::OPTIONS, &self.config.endpoint)
            .header(REQUEST_ORIGIN, EVENT_GRID_ORIGIN)
            .header(REQUEST_RATE, "120")
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if !response.status().is_success() {
            return Err(format!("the webhook answered {}", response.status()));
        }
        match response
            .headers()
            .get(ALLOWED_ORIGIN)
            .and_then(|v| v.to_str().ok())
        {
            Some(origin) if origin == "*" || origin.eq_ignore_ascii_case(EVENT_GRID_ORIGIN) => {
                Ok(())
            }
            other => Err(format!(
                "{ALLOWED_ORIGIN} is {other:?}, not {EVENT_GRID_ORIGIN}"
            )),
        }
    }

    async fn deliver(&self, event: Arc<Outgoing>) {
        let ttl = self.scaled(Duration::from_secs(
            u64::from(self.config.event_time_to_live_minutes) * 60,
        ));
        let expires = event.published + ttl;
        let mut last_status = None;
        for attempt in 0..self.config.max_delivery_attempts {
            match self.attempt(&event, attempt).await {
                Attempt::Delivered => {
                    self.counters().delivered += 1;
                    return;
                }
                Attempt::GiveUp(status) => {
                    let reason = PushDeadLetterReason::NonRetriableStatus;
                    return self.dead_letter(&event, reason, attempt + 1, Some(status));
                }
                Attempt::Retry(status) => last_status = status.or(last_status),
            }
            if attempt + 1 == self.config.max_delivery_attempts {
                break;
            }
            let index = (attempt as usize).min(RETRY_SCHEDULE.len() - 1);
            let next = Instant::now() + self.scaled(RETRY_SCHEDULE[index]);
            if next > expires {
                let reason = PushDeadLetterReason::TimeToLiveExceeded;
                return self.dead_letter(&event, reason, attempt + 1, last_status);
            }
            tokio::time::sleep_until(next).await;
        }
        let reason = PushDeadLetterReason::MaxDeliveryAttemptsExceeded;
        self.dead_letter(
            &event,
            reason,
            self.config.max_delivery_attempts,
            last_status,
        );
    }

    async fn attempt(&self, event: &Outgoing, attempt: u32) -> Attempt {
        let (content_type, body) = match self.config.delivery_schema {
            DeliverySchema::EventGridSchema => (EVENT_GRID_CONTENT_TYPE, &event.event_grid_body),
            DeliverySchema::CloudEventSchemaV1_0 => {
                (STRUCTURED_CONTENT_TYPE, &event.cloud_event_body)
            }
        };
        let Some(body) = body else {
            // The configuration check rules this out; give up rather than send nothing.
            return Attempt::GiveUp(400);
        };
        let result = self
            .client
            .post(&self.config.endpoint)
            .header("content-type", content_type)
            .header(AEG_EVENT_TYPE, "Notification")
            .header("aeg-subscription-name", &self.config.name)
            .header("aeg-delivery-count", attempt.to_string())
            .header("aeg-metadata-version", "1")
            .header("aeg-data-version", &event.data_version)
            .header("aeg-output-event-id", &event.id)
            .body(body.clone())
            .send()
            .await;
        match result {
            Ok(response) if response.status().is_success() => Attempt::Delivered,
            Ok(response) if matches!(response.status().as_u16(), 400 | 413) => {
                Attempt::GiveUp(response.status().as_u16())
            }
            Ok(response) => Attempt::Retry(Some(response.status().as_u16())),
            Err(error) => {
                tracing::debug!(%error, subscription = %self.config.name, "delivery failed");
                Attempt::Retry(None)
            }
        }
    }

    fn dead_letter(
        &self,
        event: &Outgoing,
        reason: PushDeadLetterReason,
        attempts: u32,
        last_status: Option<u16>,
    ) {
        tracing::info!(subscription = %self.config.name, id = %event.id, ?reason, "push event dead-lettered");
        self.counters().dead_letters.push(PushDeadLetter {
            reason,
            attempts,
            last_status,
            event: event.json.clone(),
        });
    }
}
