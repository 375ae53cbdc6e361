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

pub(crate) use delivery::{Outgoing, Webhook};
pub use delivery::{PushDeadLetter, PushDeadLetterReason, WebhookStats};
pub use filter::Operator;
pub(crate) use publish::{publish_default, publish_named};

use crate::config::{Config, DeliverySchema, InputSchema};

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
}

impl Route {
    /// Whether some subscription delivers in `schema`.
    pub(crate) fn needs(&self, schema: DeliverySchema) -> bool {
        self.webhooks
            .iter()
            .any(|w| w.config().delivery_schema == schema)
    }

    /// Queues an event on every subscription whose filters take it.
    pub(crate) fn dispatch(&self, event: &Arc<Outgoing>) {
        for webhook in &self.webhooks {
            if filter::matches(
                webhook.config(),
                &event.event_type,
                &event.subject,
                &event.json,
            ) {
                webhook.enqueue(event.clone());
            }
        }
    }
}

/// The basic topics.
#[derive(Debug)]
pub(crate) struct BasicTopics {
    topics: Mutex<BTreeMap<String, Topic>>,
    auto_create: bool,
}

impl BasicTopics {
    /// The configured topics; each webhook subscription's task starts here and runs until
    /// `stop`.
    pub(crate) fn new(config: &Config, stop: &watch::Receiver<bool>) -> Self {
        let topics = config
            .basic_topics
            .iter()
            .map(|topic| {
                let webhooks = topic
                    .subscriptions
                    .iter()
                    .map(|sub| {
                        Webhook::start(
                            sub.clone(),
                            topic_id(&topic.name),
                            config.delivery_time_scale,
                            stop.clone(),
                        )
                    })
                    .collect();
                (
                    topic.name.clone(),
                    Topic {
                        input_schema: topic.input_schema,
                        published: 0,
                        webhooks,
                    },
                )
            })
            .collect();
        BasicTopics {
            topics: Mutex::new(topics),
            auto_create: config.auto_create,
        }
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
