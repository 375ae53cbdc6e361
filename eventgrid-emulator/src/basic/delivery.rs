//! Push delivery to one webhook subscription: the validation handshake first (the Event
//! Grid validation event, or the CloudEvents `OPTIONS` abuse-protection request), then one
//! request per event with the `aeg-*` headers, retried on the service's schedule (scaled by
//! `delivery_time_scale`) until it succeeds, runs out of attempts or time to live, or gets
//! an answer the service does not retry ([`NOT_RETRIED`]); then it is dead-lettered.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use eventgrid_types::mode::{EVENT_GRID_CONTENT_TYPE, STRUCTURED_CONTENT_TYPE};
use eventgrid_types::webhook::{
    AEG_EVENT_TYPE, ALLOWED_ORIGIN, EVENT_GRID_ORIGIN, REQUEST_ORIGIN, REQUEST_RATE,
    SubscriptionValidation, VALIDATION_EVENT_TYPE,
};
use eventgrid_types::{EventGridEvent, event_grid};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::sync::{mpsc, watch};
use tokio::time::Instant;

use crate::config::{DeliverySchema, WebhookSubscriptionConfig};
use crate::dead_letters::DeadLetterList;
use crate::persist::{self, Changes, Persist, PersistError, QueueKey, Table};

/// Webhook answers that the service dead-letters at once instead of retrying: 400 Bad Request,
/// 401 Unauthorized, 403 Forbidden and 413 Request Entity Too Large (Event Grid's "delivery and
/// retry" rules for webhook endpoints).
pub const NOT_RETRIED: [u16; 4] = [400, 401, 403, 413];

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

/// The HTTP client every webhook subscription delivers with, over `tls` for `https://`
/// endpoints.
pub(crate) fn push_client(tls: rustls::ClientConfig) -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .timeout(REQUEST_TIMEOUT)
        .build()
}

/// Why a request to a webhook failed, with the causes reqwest keeps behind its own message
/// ("error sending request for url ..."); a refused certificate leads, in words a developer
/// with a development certificate can act on.
fn request_error(error: &reqwest::Error) -> String {
    let mut text = error.to_string();
    let mut refused_certificate = None;
    let mut cause = std::error::Error::source(error);
    while let Some(error) = cause {
        text.push_str(": ");
        text.push_str(&error.to_string());
        refused_certificate = refused_certificate.or_else(|| certificate_error(error));
        cause = error.source();
    }
    match refused_certificate {
        Some(rustls::CertificateError::UnknownIssuer) => format!(
            "the webhook's TLS certificate is not trusted: no trusted root issued it (trust a \
             development root with `push_trusted_roots`); {text}"
        ),
        Some(_) => format!("the webhook's TLS certificate was refused; {text}"),
        None => text,
    }
}

/// The certificate problem rustls reported, where `error` is one or I/O errors wrap one
/// (an I/O error does not list the error it wraps as its source).
fn certificate_error<'a>(
    mut error: &'a (dyn std::error::Error + 'static),
) -> Option<&'a rustls::CertificateError> {
    while let Some(inner) = error
        .downcast_ref::<std::io::Error>()
        .and_then(std::io::Error::get_ref)
    {
        error = inner;
    }
    match error.downcast_ref::<rustls::Error>()? {
        rustls::Error::InvalidCertificate(problem) => Some(problem),
        _ => None,
    }
}

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

impl Outgoing {
    /// The body a subscription delivering in `schema` sends.
    fn body(&self, schema: DeliverySchema) -> Option<&Vec<u8>> {
        match schema {
            DeliverySchema::EventGridSchema => self.event_grid_body.as_ref(),
            DeliverySchema::CloudEventSchemaV1_0 => self.cloud_event_body.as_ref(),
        }
    }
}

/// An event waiting for push delivery to one subscription, as the durable store keeps it:
/// what the attempts need, and how far they got.
#[derive(Debug, Serialize, Deserialize)]
struct PendingRecord {
    id: String,
    event_type: String,
    subject: String,
    data_version: String,
    /// The body in the subscription's schema (JSON text).
    body: String,
    /// The event as published, for the dead letter.
    event: Value,
    published_ms: i64,
    /// Attempts made so far.
    attempts: u32,
    last_status: Option<u16>,
    /// When the next attempt is due.
    next_attempt_ms: i64,
}

/// An event on a subscription's delivery queue, with its retry state.
#[derive(Debug)]
pub(crate) struct Pending {
    /// Its number in the durable store.
    seq: u64,
    event: Arc<Outgoing>,
    attempts: u32,
    last_status: Option<u16>,
    next_attempt: Option<Instant>,
}

/// Why a pushed event was dead-lettered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum PushDeadLetterReason {
    /// Every attempt failed.
    MaxDeliveryAttemptsExceeded,
    /// The time to live ran out before an attempt succeeded.
    TimeToLiveExceeded,
    /// The webhook answered a status the service does not retry ([`NOT_RETRIED`]).
    NonRetriableStatus,
    /// The subscription's validation handshake failed, so nothing is delivered to it.
    SubscriptionNotValidated,
}

/// An event a webhook subscription could not deliver, as the management API lists it.
#[derive(Debug, Clone, Serialize, Deserialize)]
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
    /// Why the handshake failed (its last try), when it did: the webhook's answer, or why
    /// no answer came (connection refused, an untrusted TLS certificate, ...).
    pub validation_error: Option<String>,
    /// Events its filters took.
    pub matched: u64,
    /// Events delivered.
    pub delivered: u64,
    /// Events in the dead-letter list.
    pub dead_lettered: usize,
    /// Dead letters dropped, oldest first, to keep the list within `dead_letter_limit`.
    pub dead_letters_dropped: u64,
    /// Events waiting for delivery (queued, or between retries).
    pub pending: u64,
}

#[derive(Debug)]
struct Counters {
    validated: Option<bool>,
    validation_error: Option<String>,
    matched: u64,
    delivered: u64,
    pending: u64,
    /// The number the next pending event gets in the durable store.
    next_seq: u64,
    dead_letters: DeadLetterList<PushDeadLetter>,
}

/// A webhook subscription and its delivery queue.
#[derive(Debug)]
pub(crate) struct Webhook {
    config: WebhookSubscriptionConfig,
    topic_id: String,
    client: reqwest::Client,
    scale: f64,
    counters: Mutex<Counters>,
    queue: mpsc::UnboundedSender<Pending>,
    /// The durable store and this subscription's name in it; `None` in memory.
    persist: Option<(Arc<Persist>, QueueKey)>,
}

/// What a webhook subscription starts with.
#[derive(Debug)]
pub(crate) struct WebhookSetup {
    pub(crate) config: WebhookSubscriptionConfig,
    pub(crate) client: reqwest::Client,
    pub(crate) topic_name: String,
    pub(crate) scale: f64,
    pub(crate) dead_letter_limit: usize,
    pub(crate) persist: Option<Arc<Persist>>,
    /// Rows read back from the durable store: pending deliveries and dead letters.
    pub(crate) pending: Vec<(u64, Vec<u8>)>,
    pub(crate) dead_letters: Vec<(u64, Vec<u8>)>,
}

enum Attempt {
    Delivered,
    Retry(Option<u16>),
    GiveUp(u16),
}

impl Webhook {
    /// Starts the subscription's task: the handshake, then deliveries until `stop`. What the
    /// durable store kept is queued first, with its retry state.
    pub(crate) fn start(
        setup: WebhookSetup,
        stop: watch::Receiver<bool>,
    ) -> Result<Arc<Self>, PersistError> {
        let WebhookSetup {
            config,
            client,
            topic_name,
            scale,
            dead_letter_limit,
            persist,
            pending,
            dead_letters,
        } = setup;
        let mut counters = Counters {
            validated: None,
            validation_error: None,
            matched: 0,
            delivered: 0,
            pending: 0,
            next_seq: 0,
            dead_letters: DeadLetterList::new(dead_letter_limit),
        };
        let key = Arc::new((topic_name.clone(), config.name.clone()));
        // Dead letters past a limit lowered since they were written leave the disk too.
        let mut dropped = Changes::default();
        for (number, bytes) in dead_letters {
            let dead: PushDeadLetter = serde_json::from_slice(&bytes)
                .map_err(|e| PersistError::corrupt(&format!("a push dead letter: {e}")))?;
            if let Some(oldest) = counters.dead_letters.restore(number, dead) {
                dropped.delete(Table::PushDead, &key, oldest);
            }
        }
        if let Some(persist) = &persist {
            persist.submit(dropped).detach();
        }
        let (queue, receiver) = mpsc::unbounded_channel();
        for (seq, bytes) in pending {
            let record: PendingRecord = serde_json::from_slice(&bytes)
                .map_err(|e| PersistError::corrupt(&format!("a pending push delivery: {e}")))?;
            counters.next_seq = counters.next_seq.max(seq + 1);
            counters.pending += 1;
            let _ = queue.send(record.restore(seq, config.delivery_schema));
        }
        let webhook = Arc::new(Webhook {
            config,
            topic_id: super::topic_id(&topic_name),
            client,
            scale,
            counters: Mutex::new(counters),
            queue,
            persist: persist.map(|p| (p, key)),
        });
        tokio::spawn(webhook.clone().run(receiver, stop));
        Ok(webhook)
    }

    pub(crate) fn config(&self) -> &WebhookSubscriptionConfig {
        &self.config
    }

    fn counters(&self) -> std::sync::MutexGuard<'_, Counters> {
        self.counters
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Takes an event its filters matched: its record goes into `changes` (written before
    /// anything that delivery writes about it), and the returned [`Pending`] is handed to
    /// [`Webhook::queue`] once the changes are submitted.
    pub(crate) fn accept(&self, event: Arc<Outgoing>, changes: &mut Changes) -> Pending {
        let seq = {
            let mut counters = self.counters();
            counters.matched += 1;
            counters.pending += 1;
            counters.next_seq += 1;
            counters.next_seq - 1
        };
        let pending = Pending {
            seq,
            event,
            attempts: 0,
            last_status: None,
            next_attempt: None,
        };
        if let Some((_, key)) = &self.persist {
            let record = self.record(&pending);
            changes.put(Table::PushPending, key, seq, persist::Value::json(&record));
        }
        pending
    }

    /// Queues an accepted event for delivery.
    pub(crate) fn queue(&self, pending: Pending) {
        // The receiver lives as long as the task; after shutdown nothing is delivered (and
        // with a durable store, the event is delivered after the restart).
        let _ = self.queue.send(pending);
    }

    fn record(&self, pending: &Pending) -> PendingRecord {
        let event = &pending.event;
        let body = event
            .body(self.config.delivery_schema)
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default();
        PendingRecord {
            id: event.id.clone(),
            event_type: event.event_type.clone(),
            subject: event.subject.clone(),
            data_version: event.data_version.clone(),
            body,
            event: event.json.clone(),
            published_ms: persist::to_wall_ms(event.published),
            attempts: pending.attempts,
            last_status: pending.last_status,
            next_attempt_ms: persist::to_wall_ms(pending.next_attempt.unwrap_or_else(Instant::now)),
        }
    }

    /// Writes `changes` about this subscription's deliveries; nobody waits for them, but
    /// they keep their order.
    fn write(&self, build: impl FnOnce(&QueueKey, &mut Changes)) {
        if let Some((persist, key)) = &self.persist {
            let mut changes = Changes::default();
            build(key, &mut changes);
            persist.submit(changes).detach();
        }
    }

    pub(crate) fn stats(&self) -> WebhookStats {
        let counters = self.counters();
        WebhookStats {
            name: self.config.name.clone(),
            validated: counters.validated,
            validation_error: counters.validation_error.clone(),
            matched: counters.matched,
            delivered: counters.delivered,
            dead_lettered: counters.dead_letters.len(),
            dead_letters_dropped: counters.dead_letters.dropped(),
            pending: counters.pending,
        }
    }

    pub(crate) fn dead_letters(&self) -> Vec<PushDeadLetter> {
        self.counters().dead_letters.iter().cloned().collect()
    }

    fn scaled(&self, duration: Duration) -> Duration {
        duration.mul_f64(self.scale)
    }

    async fn run(
        self: Arc<Self>,
        mut receiver: mpsc::UnboundedReceiver<Pending>,
        mut stop: watch::Receiver<bool>,
    ) {
        let failure = tokio::select! {
            failure = self.validate() => failure,
            _ = stop.changed() => return,
        };
        let validated = failure.is_none();
        tracing::info!(subscription = %self.config.name, validated, "webhook handshake");
        {
            let mut counters = self.counters();
            counters.validated = Some(validated);
            counters.validation_error = failure;
        }
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
                let reason = PushDeadLetterReason::SubscriptionNotValidated;
                self.dead_letter(&event, reason);
            }
        }
    }

    /// The handshake, tried twice 5 s (scaled) apart as the service does: `None` when it
    /// succeeded, else why the last try failed.
    async fn validate(&self) -> Option<String> {
        let mut failure = None;
        for attempt in 0..2 {
            if attempt > 0 {
                tokio::time::sleep(self.scaled(Duration::from_secs(5))).await;
            }
            let result = match self.config.delivery_schema {
                DeliverySchema::EventGridSchema => self.validate_event_grid().await,
                DeliverySchema::CloudEventSchemaV1_0 => self.validate_cloud_events().await,
            };
            match result {
                Ok(()) => return None,
                Err(why) => {
                    tracing::warn!(subscription = %self.config.name, %why, "handshake failed");
                    failure = Some(why);
                }
            }
        }
        failure
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
            .map_err(|e| request_error(&e))?;
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
            .map_err(|e| request_error(&e))?;
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

    /// Attempts until delivered, out of attempts or of time to live; each failure's retry
    /// state is written, so a restart goes on from it.
    async fn deliver(&self, mut pending: Pending) {
        let ttl = self.scaled(Duration::from_secs(
            u64::from(self.config.event_time_to_live_minutes) * 60,
        ));
        let expires = pending.event.published + ttl;
        if let Some(next) = pending.next_attempt {
            tokio::time::sleep_until(next).await;
        }
        let max = self.config.max_delivery_attempts;
        while pending.attempts < max {
            let attempt = pending.attempts;
            pending.attempts += 1;
            match self.attempt(&pending.event, attempt).await {
                Attempt::Delivered => {
                    {
                        let mut counters = self.counters();
                        counters.delivered += 1;
                        counters.pending -= 1;
                    }
                    let seq = pending.seq;
                    return self.write(|key, changes| {
                        changes.delete(Table::PushPending, key, seq);
                    });
                }
                Attempt::GiveUp(status) => {
                    pending.last_status = Some(status);
                    return self.dead_letter(&pending, PushDeadLetterReason::NonRetriableStatus);
                }
                Attempt::Retry(status) => pending.last_status = status.or(pending.last_status),
            }
            if pending.attempts == max {
                break;
            }
            let index = (attempt as usize).min(RETRY_SCHEDULE.len() - 1);
            let next = Instant::now() + self.scaled(RETRY_SCHEDULE[index]);
            if next > expires {
                return self.dead_letter(&pending, PushDeadLetterReason::TimeToLiveExceeded);
            }
            pending.next_attempt = Some(next);
            let record = persist::Value::json(&self.record(&pending));
            self.write(|key, changes| {
                changes.put(Table::PushPending, key, pending.seq, record);
            });
            tokio::time::sleep_until(next).await;
        }
        self.dead_letter(&pending, PushDeadLetterReason::MaxDeliveryAttemptsExceeded);
    }

    async fn attempt(&self, event: &Outgoing, attempt: u32) -> Attempt {
        let content_type = match self.config.delivery_schema {
            DeliverySchema::EventGridSchema => EVENT_GRID_CONTENT_TYPE,
            DeliverySchema::CloudEventSchemaV1_0 => STRUCTURED_CONTENT_TYPE,
        };
        let Some(body) = event.body(self.config.delivery_schema) else {
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
            Ok(response) if NOT_RETRIED.contains(&response.status().as_u16()) => {
                Attempt::GiveUp(response.status().as_u16())
            }
            Ok(response) => Attempt::Retry(Some(response.status().as_u16())),
            Err(error) => {
                let error = request_error(&error);
                tracing::debug!(%error, subscription = %self.config.name, "delivery failed");
                Attempt::Retry(None)
            }
        }
    }

    fn dead_letter(&self, pending: &Pending, reason: PushDeadLetterReason) {
        let event = &pending.event;
        tracing::info!(subscription = %self.config.name, id = %event.id, ?reason, "push event dead-lettered");
        let dead = PushDeadLetter {
            reason,
            attempts: pending.attempts,
            last_status: pending.last_status,
            event: event.json.clone(),
        };
        let record = self.persist.is_some().then(|| persist::Value::json(&dead));
        let pushed = {
            let mut counters = self.counters();
            counters.pending -= 1;
            counters.dead_letters.push(dead)
        };
        self.write(|key, changes| {
            changes.delete(Table::PushPending, key, pending.seq);
            if let Some(record) = record {
                changes.put(Table::PushDead, key, pushed.number, record);
            }
            if let Some(dropped) = pushed.dropped {
                changes.delete(Table::PushDead, key, dropped);
            }
        });
    }
}

impl PendingRecord {
    /// The queued event it stands for, in the form delivery needs.
    fn restore(self, seq: u64, schema: DeliverySchema) -> Pending {
        let body = Some(self.body.into_bytes());
        let (event_grid_body, cloud_event_body) = match schema {
            DeliverySchema::EventGridSchema => (body, None),
            DeliverySchema::CloudEventSchemaV1_0 => (None, body),
        };
        Pending {
            seq,
            event: Arc::new(Outgoing {
                id: self.id,
                event_type: self.event_type,
                subject: self.subject,
                data_version: self.data_version,
                event_grid_body,
                cloud_event_body,
                json: self.event,
                published: persist::from_wall_ms(self.published_ms),
            }),
            attempts: self.attempts,
            last_status: self.last_status,
            next_attempt: (self.attempts > 0).then(|| persist::from_wall_ms(self.next_attempt_ms)),
        }
    }
}
