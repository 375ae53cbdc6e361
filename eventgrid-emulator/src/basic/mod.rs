//! Basic topics: `POST /api/events?api-version=2018-01-01` (PROTOCOL.md 5), in the Event Grid
//! schema or CloudEvents as the topic's input schema says.
//!
//! `/api/events` is the topic when exactly one basic topic exists (as on the service, where
//! the host names the topic); `/basic/{topic}/api/events` names any topic.

mod publish;

use std::collections::BTreeMap;
use std::sync::Mutex;

use serde::Serialize;

pub(crate) use publish::{publish_default, publish_named};

use crate::config::{BasicTopicConfig, Config, InputSchema};

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
}

#[derive(Debug)]
struct Topic {
    input_schema: InputSchema,
    published: u64,
}

/// The basic topics.
#[derive(Debug)]
pub(crate) struct BasicTopics {
    topics: Mutex<BTreeMap<String, Topic>>,
    auto_create: bool,
}

impl BasicTopics {
    pub(crate) fn new(config: &Config) -> Self {
        let topics = config
            .basic_topics
            .iter()
            .map(|BasicTopicConfig { name, input_schema }| {
                (
                    name.clone(),
                    Topic {
                        input_schema: *input_schema,
                        published: 0,
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

    pub(crate) fn stats(&self) -> Vec<BasicTopicStats> {
        self.lock()
            .iter()
            .map(|(name, topic)| BasicTopicStats {
                name: name.clone(),
                input_schema: topic.input_schema,
                published: topic.published,
            })
            .collect()
    }
}
