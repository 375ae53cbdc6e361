//! Basic topics: `POST /api/events?api-version=2018-01-01` (PROTOCOL.md 5), in the Event Grid
//! schema or CloudEvents as the topic's input schema says.
//!
//! `/api/events` is the topic when exactly one basic topic exists (as on the service, where
//! the host names the topic); `/basic/{topic}/api/events` names any topic.

mod delivery;
mod filter;
mod publish;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use serde::Serialize;
use tokio::sync::watch;

pub use delivery::{NOT_RETRIED, PushDeadLetter, PushDeadLetterReason, WebhookStats};
pub(crate) use delivery::{Outgoing, Webhook, WebhookSetup, push_client};
pub use filter::Operator;
pub(crate) use publish::{publish_default, publish_named};

use crate::config::{Config, DeliverySchema, InputSchema};
use crate::persist::{Changes, Commit, Loaded, Persist, PersistError, QueueKey};

/// The resource ID the emulator gives a basic topic, as Event Grid stamps in `topic`.
pub(crate) fn topic_id(name: &str) -> String {
    format!(
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/eventgrid-emulator\
         /providers/Microsoft.EventGrid/topics/{name}"
    )
}

/// The API version of basic-topic publishing.
pub const API_VERSION: &str = "2018-01-01";

/// A basic topic's counters, as the management API lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct BasicTopicStats {
    /// The topic's name.
    pub name: String,
    /// The schema it accepts.
    pub input_schema: InputSchema,
    /// Events accepted since the emulator started.
    pub published: u64,
    /// Its webhook subscriptions.
    pub subscriptions: Vec<WebhookStats>,
}

#[derive(Debug)]
struct Topic {
    input_schema: InputSchema,
    published: u64,
    webhooks: Vec<Arc<Webhook>>,
}

/// What a publish hands to delivery: the topic's webhooks and the forms they need.
#[derive(Debug, Default)]
pub(crate) struct Route {
    webhooks: Vec<Arc<Webhook>>,
    persist: Option<Arc<Persist>>,
}

impl Route {
    /// Whether some subscription delivers in `schema`.
    pub(crate) fn needs(&self, schema: DeliverySchema) -> bool {
        self.webhooks
            .iter()
            .any(|w| w.config().delivery_schema == schema)
    }

    /// Queues each event on every subscription whose filters take it; the returned commit
    /// completes when they are all on disk.
    pub(crate) fn dispatch(&self, events: impl IntoIterator<Item = Outgoing>) -> Commit {
        let mut changes = Changes::default();
        let mut accepted = Vec::new();
        for event in events {
            let event = Arc::new(event);
            for webhook in &self.webhooks {
                if filter::matches(
                    webhook.config(),
                    &event.event_type,
                    &event.subject,
                    &event.json,
                ) {
                    accepted.push((webhook, webhook.accept(event.clone(), &mut changes)));
                }
            }
        }
        // Submitted before delivery starts, so that what delivery writes comes after.
        let commit = match &self.persist {
            Some(persist) => persist.submit(changes),
            None => Commit::done(),
        };
        for (webhook, pending) in accepted {
            webhook.queue(pending);
        }
        commit
    }
}

/// The basic topics.
#[derive(Debug)]
pub(crate) struct BasicTopics {
    topics: Mutex<BTreeMap<String, Topic>>,
    auto_create: bool,
    persist: Option<Arc<Persist>>,
}

/// The rows of one table `loaded` for one queue, taken out of the list.
fn take_rows(
    rows: &mut Vec<(QueueKey, u64, Vec<u8>)>,
    topic: &str,
    sub: &str,
) -> Vec<(u64, Vec<u8>)> {
    let (mine, rest) = std::mem::take(rows)
        .into_iter()
        .partition::<Vec<_>, _>(|(key, _, _)| key.0 == topic && key.1 == sub);
    *rows = rest;
    mine.into_iter()
        .map(|(_, number, bytes)| (number, bytes))
        .collect()
}

impl BasicTopics {
    /// The configured topics; each webhook subscription's task starts here, with what the
    /// durable store kept for it, delivers with `client`, and runs until `stop`.
    pub(crate) fn new(
        config: &Config,
        client: &reqwest::Client,
        persist: Option<Arc<Persist>>,
        loaded: &mut Loaded,
        stop: &watch::Receiver<bool>,
    ) -> Result<Self, PersistError> {
        let mut topics = BTreeMap::new();
        for topic in &config.basic_topics {
            let mut webhooks = Vec::with_capacity(topic.subscriptions.len());
            for sub in &topic.subscriptions {
                let setup = WebhookSetup {
                    config: sub.clone(),
                    client: client.clone(),
                    topic_name: topic.name.clone(),
                    scale: config.delivery_time_scale,
                    dead_letter_limit: config.dead_letter_limit,
                    persist: persist.clone(),
                    pending: take_rows(&mut loaded.push_pending, &topic.name, &sub.name),
                    dead_letters: take_rows(&mut loaded.push_dead, &topic.name, &sub.name),
                };
                webhooks.push(Webhook::start(setup, stop.clone())?);
            }
            let state = Topic {
                input_schema: topic.input_schema,
                published: 0,
                webhooks,
            };
            topics.insert(topic.name.clone(), state);
        }
        // Kept on disk, not deleted: the subscription may come back in the configuration.
        for (key, _, _) in loaded.push_pending.iter().chain(&loaded.push_dead) {
            tracing::warn!(
                topic = key.0,
                subscription = key.1,
                "the durable store holds push deliveries of a webhook subscription that is \
                 no longer configured; they stay on disk"
            );
        }
        Ok(BasicTopics {
            topics: Mutex::new(topics),
            auto_create: config.auto_create,
            persist,
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, Topic>> {
        self.topics
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The input schema of a topic; an unknown one is made on first use (when configured)
    /// with the schema the request's body is in.
    fn input_schema(&self, name: &str, guess: InputSchema) -> Option<InputSchema> {
        let mut topics = self.lock();
        if let Some(topic) = topics.get(name) {
            return Some(topic.input_schema);
        }
        if !self.auto_create {
            return None;
        }
        tracing::info!(topic = name, ?guess, "basic topic made on first use");
        topics.insert(
            name.to_owned(),
            Topic {
                input_schema: guess,
                published: 0,
                webhooks: Vec::new(),
            },
        );
        Some(guess)
    }

    /// The name of the only basic topic, if there is exactly one.
    fn only(&self) -> Option<String> {
        let topics = self.lock();
        let mut names = topics.keys();
        match (names.next(), names.next()) {
            (Some(name), None) => Some(name.clone()),
            _ => None,
        }
    }

    fn count(&self, name: &str, events: usize) {
        if let Some(topic) = self.lock().get_mut(name) {
            topic.published += events as u64;
        }
    }

    /// Where a topic's events go.
    fn route(&self, name: &str) -> Route {
        Route {
            webhooks: self
                .lock()
                .get(name)
                .map(|t| t.webhooks.clone())
                .unwrap_or_default(),
            persist: self.persist.clone(),
        }
    }

    /// A webhook subscription's dead letters.
    pub(crate) fn dead_letters(
        &self,
        topic: &str,
        subscription: &str,
    ) -> Option<Vec<PushDeadLetter>> {
        let topics = self.lock();
        let webhook = topics
            .get(topic)?
            .webhooks
            .iter()
            .find(|w| w.config().name == subscription)?;
        Some(webhook.dead_letters())
    }

    pub(crate) fn stats(&self) -> Vec<BasicTopicStats> {
        self.lock()
            .iter()
            .map(|(name, topic)| BasicTopicStats {
                name: name.clone(),
                input_schema: topic.input_schema,
                published: topic.published,
                subscriptions: topic.webhooks.iter().map(|w| w.stats()).collect(),
            })
            .collect()
    }
}
