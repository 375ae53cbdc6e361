//! Namespace topics and their subscriptions' queues: what is available, locked, delayed and
//! dead-lettered, and the deadlines (lock expiry, release delay, retention) that move events
//! between those states.
//!
//! All of it sits behind one std `Mutex` that is never held across an `.await` (as in
//! mini-redis's `Db`): every operation is short and synchronous. Time is
//! `tokio::time::Instant`, so tests pause and advance it. One task,
//! [`run_deadlines`], sleeps until the earliest deadline or until an operation sets an
//! earlier one, and then [`Store::purge`]s what is due.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use tokio::sync::Notify;
use tokio::time::Instant;

use crate::config::{Config, SubscriptionConfig};
use crate::dead_letters::DeadLetterList;
use crate::persist::{
    self, Changes, Commit, Persist, PersistError, PersistedEntry, PersistedLock, PersistedState,
    QueueKey, Table, Value,
};

/// An event as stored and delivered: its structured-mode JSON, shared by every subscription.
pub(crate) type StoredEvent = Arc<RawValue>;

/// Why an event was dead-lettered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum DeadLetterReason {
    /// A consumer rejected it.
    Rejected,
    /// It was delivered the subscription's maximum number of times without being settled.
    MaxDeliveryCountExceeded,
}

/// A dead-lettered event, as the management API lists it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeadLetter {
    /// Why it was dead-lettered.
    pub reason: DeadLetterReason,
    /// How many times it had been delivered.
    #[serde(rename = "deliveryCount")]
    pub delivery_count: u32,
    /// The event.
    #[serde(
        serialize_with = "serialize_event",
        deserialize_with = "deserialize_event"
    )]
    pub event: StoredEvent,
}

fn serialize_event<S: serde::Serializer>(event: &StoredEvent, s: S) -> Result<S::Ok, S::Error> {
    event.as_ref().serialize(s)
}

fn deserialize_event<'de, D: serde::Deserializer<'de>>(d: D) -> Result<StoredEvent, D::Error> {
    Box::<RawValue>::deserialize(d).map(StoredEvent::from)
}

/// One event handed to a receiver.
#[derive(Debug, Clone)]
pub(crate) struct Delivery {
    pub(crate) lock_token: String,
    pub(crate) count: u32,
    pub(crate) event: StoredEvent,
}

/// Why one lock token could not be settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenError {
    /// Unknown, already settled, or its lock expired.
    Lost,
}

/// What to do with the events of a set of lock tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Settlement {
    Acknowledge,
    Release(Duration),
    Reject,
    RenewLock,
}

/// A lookup that named no topic or subscription, or a failure of the durable store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StoreError {
    Topic(String),
    Subscription(String, String),
    Storage(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Topic(topic) => write!(f, "namespace topic `{topic}` does not exist"),
            StoreError::Subscription(topic, sub) => write!(
                f,
                "event subscription `{sub}` of namespace topic `{topic}` does not exist"
            ),
            StoreError::Storage(message) => f.write_str(message),
        }
    }
}

#[derive(Debug)]
enum State {
    Available,
    Delayed(Instant),
    Locked { token: String, until: Instant },
}

#[derive(Debug)]
struct Entry {
    event: StoredEvent,
    delivery_count: u32,
    expires: Instant,
    state: State,
}

impl Entry {
    /// The entry's state as the durable store keeps it (the event is kept apart, written
    /// once).
    fn persisted(&self) -> PersistedState {
        PersistedState {
            delivery_count: self.delivery_count,
            expires_ms: persist::to_wall_ms(self.expires),
            lock: match &self.state {
                State::Available => PersistedLock::Available,
                State::Delayed(at) => PersistedLock::Delayed {
                    until_ms: persist::to_wall_ms(*at),
                },
                State::Locked { token, until } => PersistedLock::Locked {
                    token: token.clone(),
                    until_ms: persist::to_wall_ms(*until),
                },
            },
        }
    }
}

/// One subscription's queue.
#[derive(Debug)]
struct Queue {
    settings: SubscriptionConfig,
    /// `(topic, subscription)`, as the durable store names the queue.
    key: QueueKey,
    /// `Config::lock_time_scale`: shortens locks and release delays alike.
    time_scale: f64,
    /// Woken whenever events become available.
    available_now: Arc<Notify>,
    entries: HashMap<u64, Entry>,
    /// Sequence numbers ready to be received, oldest first.
    available: BTreeSet<u64>,
    delayed: BTreeSet<(Instant, u64)>,
    lock_expiries: BTreeSet<(Instant, u64)>,
    retention: BTreeSet<(Instant, u64)>,
    locks: HashMap<String, u64>,
    dead_letters: DeadLetterList<DeadLetter>,
    /// Events dropped when their retention ran out.
    expired: u64,
    /// What changed since the last write to the durable store; `None` without one.
    journal: Option<Journal>,
}

/// A queue's changes not yet written to disk.
#[derive(Debug, Default)]
struct Journal {
    /// Events published since, to write with their state.
    added: BTreeSet<u64>,
    /// Events whose state changed.
    changed: BTreeSet<u64>,
    removed: BTreeSet<u64>,
    dead_letters: Vec<(u64, DeadLetter)>,
    dead_letters_dropped: Vec<u64>,
}

/// What every queue of the emulator shares.
#[derive(Debug, Clone, Copy)]
struct QueueOptions {
    durable: bool,
    dead_letter_limit: usize,
    /// `Config::lock_time_scale`: shortens locks and release delays alike.
    lock_time_scale: f64,
}

impl Queue {
    fn new(settings: SubscriptionConfig, topic: &str, options: QueueOptions) -> Self {
        Queue {
            key: Arc::new((topic.to_owned(), settings.name.clone())),
            settings,
            time_scale: options.lock_time_scale,
            available_now: Arc::new(Notify::new()),
            entries: HashMap::new(),
            available: BTreeSet::new(),
            delayed: BTreeSet::new(),
            lock_expiries: BTreeSet::new(),
            retention: BTreeSet::new(),
            locks: HashMap::new(),
            dead_letters: DeadLetterList::new(options.dead_letter_limit),
            expired: 0,
            journal: options.durable.then(Journal::default),
        }
    }

    fn changed(&mut self, seq: u64) {
        if let Some(journal) = &mut self.journal {
            journal.changed.insert(seq);
        }
    }

    /// Puts an entry read from the durable store back with its indexes.
    fn restore(&mut self, seq: u64, stored: PersistedEntry) {
        let PersistedEntry { event, state } = stored;
        let expires = persist::from_wall_ms(state.expires_ms);
        let delivery_count = state.delivery_count;
        let state = match state.lock {
            PersistedLock::Available => {
                self.available.insert(seq);
                State::Available
            }
            PersistedLock::Delayed { until_ms } => {
                let at = persist::from_wall_ms(until_ms);
                self.delayed.insert((at, seq));
                State::Delayed(at)
            }
            PersistedLock::Locked { token, until_ms } => {
                let until = persist::from_wall_ms(until_ms);
                self.locks.insert(token.clone(), seq);
                self.lock_expiries.insert((until, seq));
                State::Locked { token, until }
            }
        };
        self.retention.insert((expires, seq));
        self.entries.insert(
            seq,
            Entry {
                event: StoredEvent::from(event),
                delivery_count,
                expires,
                state,
            },
        );
    }

    /// Moves the journal into `changes`, with each changed entry in its disk form.
    fn drain_journal(&mut self, changes: &mut Changes) {
        let Some(journal) = &mut self.journal else {
            return;
        };
        if journal.changed.is_empty()
            && journal.added.is_empty()
            && journal.removed.is_empty()
            && journal.dead_letters.is_empty()
        {
            return;
        }
        let journal = std::mem::take(journal);
        let key = &self.key;
        for seq in journal.removed {
            changes.delete(Table::Events, key, seq);
            changes.delete(Table::States, key, seq);
        }
        for &seq in &journal.added {
            if let Some(entry) = self.entries.get(&seq) {
                changes.put(Table::Events, key, seq, Value::Event(entry.event.clone()));
            }
        }
        for seq in journal.added.union(&journal.changed) {
            if let Some(entry) = self.entries.get(seq) {
                changes.put(Table::States, key, *seq, Value::json(&entry.persisted()));
            }
        }
        for (number, dead) in journal.dead_letters {
            changes.put(Table::DeadLetters, key, number, Value::json(&dead));
        }
        for number in journal.dead_letters_dropped {
            changes.delete(Table::DeadLetters, key, number);
        }
    }

    fn lock_duration(&self) -> Duration {
        self.scaled(Duration::from_secs(
            self.settings.lock_duration_seconds.into(),
        ))
    }

    /// A lock duration or release delay on the configured time scale (at most 1, so the
    /// result never exceeds `duration`).
    fn scaled(&self, duration: Duration) -> Duration {
        duration.mul_f64(self.time_scale)
    }

    fn push(&mut self, seq: u64, event: StoredEvent, now: Instant) -> Instant {
        let expires = now + Duration::from_secs(self.settings.retention_seconds);
        self.entries.insert(
            seq,
            Entry {
                event,
                delivery_count: 0,
                expires,
                state: State::Available,
            },
        );
        self.available.insert(seq);
        self.retention.insert((expires, seq));
        if let Some(journal) = &mut self.journal {
            journal.added.insert(seq);
        }
        expires
    }

    /// Takes the oldest available events and locks them.
    fn receive(&mut self, max: usize, now: Instant) -> (Vec<Delivery>, Option<Instant>) {
        let until = now + self.lock_duration();
        let mut deliveries = Vec::new();
        while deliveries.len() < max {
            let Some(seq) = self.available.pop_first() else {
                break;
            };
            let entry = self
                .entries
                .get_mut(&seq)
                .expect("available events have entries");
            let token = lock_token();
            entry.delivery_count += 1;
            entry.state = State::Locked {
                token: token.clone(),
                until,
            };
            self.locks.insert(token.clone(), seq);
            self.lock_expiries.insert((until, seq));
            if let Some(journal) = &mut self.journal {
                journal.changed.insert(seq);
            }
            deliveries.push(Delivery {
                lock_token: token,
                count: entry.delivery_count,
                event: entry.event.clone(),
            });
        }
        let deadline = (!deliveries.is_empty()).then_some(until);
        (deliveries, deadline)
    }

    /// Puts an event whose lock ended (released or expired) back, or dead-letters it when it
    /// has had its deliveries. Returns whether it is available now.
    fn unlock(&mut self, seq: u64, delay: Duration, now: Instant) -> bool {
        let Some(entry) = self.entries.get_mut(&seq) else {
            return false;
        };
        if let State::Locked { token, until } = &entry.state {
            self.locks.remove(token);
            self.lock_expiries.remove(&(*until, seq));
        }
        if entry.delivery_count >= self.settings.max_delivery_count {
            self.dead_letter(seq, DeadLetterReason::MaxDeliveryCountExceeded);
            return false;
        }
        let available = if delay.is_zero() {
            entry.state = State::Available;
            self.available.insert(seq);
            true
        } else {
            let at = now + delay;
            entry.state = State::Delayed(at);
            self.delayed.insert((at, seq));
            false
        };
        self.changed(seq);
        available
    }

    /// Removes an event from every index.
    fn remove(&mut self, seq: u64) -> Option<Entry> {
        let entry = self.entries.remove(&seq)?;
        match &entry.state {
            State::Available => {
                self.available.remove(&seq);
            }
            State::Delayed(at) => {
                self.delayed.remove(&(*at, seq));
            }
            State::Locked { token, until } => {
                self.locks.remove(token);
                self.lock_expiries.remove(&(*until, seq));
            }
        }
        self.retention.remove(&(entry.expires, seq));
        if let Some(journal) = &mut self.journal {
            journal.changed.remove(&seq);
            // One published and settled before it was written needs no write at all.
            if !journal.added.remove(&seq) {
                journal.removed.insert(seq);
            }
        }
        Some(entry)
    }

    fn dead_letter(&mut self, seq: u64, reason: DeadLetterReason) {
        if let Some(entry) = self.remove(seq) {
            tracing::info!(
                ?reason,
                delivery_count = entry.delivery_count,
                "event dead-lettered"
            );
            let dead = DeadLetter {
                reason,
                delivery_count: entry.delivery_count,
                event: entry.event,
            };
            let journal_copy = self.journal.is_some().then(|| dead.clone());
            let pushed = self.dead_letters.push(dead);
            if let (Some(journal), Some(dead)) = (&mut self.journal, journal_copy) {
                journal.dead_letters.push((pushed.number, dead));
                journal.dead_letters_dropped.extend(pushed.dropped);
            }
        }
    }

    fn settle(
        &mut self,
        token: &str,
        settlement: Settlement,
        now: Instant,
    ) -> Result<Option<Instant>, TokenError> {
        let seq = *self.locks.get(token).ok_or(TokenError::Lost)?;
        let mut deadline = None;
        match settlement {
            Settlement::Acknowledge => {
                self.remove(seq);
            }
            Settlement::Reject => self.dead_letter(seq, DeadLetterReason::Rejected),
            Settlement::Release(delay) => {
                let delay = self.scaled(delay);
                if self.unlock(seq, delay, now) {
                    self.available_now.notify_waiters();
                } else if !delay.is_zero() {
                    deadline = Some(now + delay);
                }
            }
            Settlement::RenewLock => {
                let until = now + self.lock_duration();
                let entry = self
                    .entries
                    .get_mut(&seq)
                    .expect("locked events have entries");
                if let State::Locked { until: old, .. } = &mut entry.state {
                    self.lock_expiries.remove(&(*old, seq));
                    *old = until;
                    self.lock_expiries.insert((until, seq));
                }
                self.changed(seq);
                deadline = Some(until);
            }
        }
        Ok(deadline)
    }

    /// Applies every deadline due at `now`; returns the next one.
    fn purge(&mut self, now: Instant) -> Option<Instant> {
        let mut woke = false;
        while let Some(&(at, seq)) = self.retention.first() {
            if at > now {
                break;
            }
            self.retention.pop_first();
            self.remove(seq);
            self.expired += 1;
        }
        while let Some(&(at, seq)) = self.lock_expiries.first() {
            if at > now {
                break;
            }
            self.lock_expiries.pop_first();
            woke |= self.unlock(seq, Duration::ZERO, now);
        }
        while let Some(&(at, seq)) = self.delayed.first() {
            if at > now {
                break;
            }
            self.delayed.pop_first();
            if let Some(entry) = self.entries.get_mut(&seq) {
                entry.state = State::Available;
                self.available.insert(seq);
                self.changed(seq);
                woke = true;
            }
        }
        if woke {
            self.available_now.notify_waiters();
        }
        [
            self.retention.first(),
            self.lock_expiries.first(),
            self.delayed.first(),
        ]
        .into_iter()
        .flatten()
        .map(|&(at, _)| at)
        .min()
    }

    fn stats(&self, name: &str) -> SubscriptionStats {
        SubscriptionStats {
            name: name.to_owned(),
            available: self.available.len(),
            locked: self.locks.len(),
            delayed: self.delayed.len(),
            dead_lettered: self.dead_letters.len(),
            dead_letters_dropped: self.dead_letters.dropped(),
            expired: self.expired,
            lock_duration_seconds: self.settings.lock_duration_seconds,
            max_delivery_count: self.settings.max_delivery_count,
        }
    }
}

#[derive(Debug, Default)]
struct Topic {
    subscriptions: BTreeMap<String, Queue>,
}

#[derive(Debug)]
struct Inner {
    topics: BTreeMap<String, Topic>,
    auto_create: bool,
    options: QueueOptions,
    next_seq: u64,
    /// When the deadline task will next wake; an earlier deadline wakes it now.
    next_wake: Option<Instant>,
}

/// The namespace topics' state, shared by every request.
#[derive(Debug)]
pub(crate) struct Store {
    inner: Mutex<Inner>,
    deadline_changed: Notify,
    persist: Option<Arc<Persist>>,
}

/// Queue depths of one subscription, as the management API lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SubscriptionStats {
    /// The subscription's name.
    pub name: String,
    /// Events ready to be received.
    pub available: usize,
    /// Events received and not yet settled.
    pub locked: usize,
    /// Events released with a delay that has not yet passed.
    pub delayed: usize,
    /// Events in the dead-letter list.
    pub dead_lettered: usize,
    /// Dead letters dropped, oldest first, to keep the list within `dead_letter_limit`.
    pub dead_letters_dropped: u64,
    /// Events dropped when their retention ran out.
    pub expired: u64,
    /// The lock duration, in seconds.
    pub lock_duration_seconds: u32,
    /// The maximum delivery count.
    pub max_delivery_count: u32,
}

/// A namespace topic and its subscriptions' depths.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct TopicStats {
    /// The topic's name.
    pub name: String,
    /// Its subscriptions.
    pub subscriptions: Vec<SubscriptionStats>,
}

impl Store {
    /// The configured topics, and with a durable store everything `loaded` from it.
    pub(crate) fn open(
        config: &Config,
        persist: Option<Arc<Persist>>,
        loaded: &mut persist::Loaded,
    ) -> Result<Self, PersistError> {
        let options = QueueOptions {
            durable: persist.is_some(),
            dead_letter_limit: config.dead_letter_limit,
            lock_time_scale: config.lock_time_scale,
        };
        let mut topics: BTreeMap<String, Topic> = config
            .namespace_topics
            .iter()
            .map(|topic| {
                let subscriptions = topic
                    .subscriptions
                    .iter()
                    .map(|sub| {
                        let queue = Queue::new(sub.clone(), &topic.name, options);
                        (sub.name.clone(), queue)
                    })
                    .collect();
                (topic.name.clone(), Topic { subscriptions })
            })
            .collect();
        let mut next_seq = loaded.next_seq;
        let restored = loaded.entries.len();
        for (key, seq, entry) in std::mem::take(&mut loaded.entries) {
            next_seq = next_seq.max(seq + 1);
            restored_queue(&mut topics, &key, options).restore(seq, entry);
        }
        // Dead letters past a limit lowered since they were written leave the disk too.
        let mut dropped = Changes::default();
        for (key, number, bytes) in std::mem::take(&mut loaded.dead_letters) {
            let dead: DeadLetter = serde_json::from_slice(&bytes)
                .map_err(|e| PersistError::corrupt(&format!("a dead letter: {e}")))?;
            let queue = restored_queue(&mut topics, &key, options);
            if let Some(oldest) = queue.dead_letters.restore(number, dead) {
                dropped.delete(Table::DeadLetters, &key, oldest);
            }
        }
        if let Some(persist) = &persist {
            tracing::info!(restored, "namespace queues restored");
            persist.submit(dropped).detach();
        }
        Ok(Store {
            inner: Mutex::new(Inner {
                topics,
                auto_create: config.auto_create,
                options,
                next_seq,
                next_wake: None,
            }),
            deadline_changed: Notify::new(),
            persist,
        })
    }

    /// Hands what the last operation changed to the durable store, if there is one; called
    /// with the lock held, so writes keep the order of the changes.
    fn flush(&self, inner: &mut Inner, next_seq: Option<u64>) -> Commit {
        let Some(persist) = &self.persist else {
            return Commit::done();
        };
        let mut changes = Changes::default();
        for topic in inner.topics.values_mut() {
            for queue in topic.subscriptions.values_mut() {
                queue.drain_journal(&mut changes);
            }
        }
        if let Some(next_seq) = next_seq {
            changes.counters.push(("next_seq", next_seq));
        }
        persist.submit(changes)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while the lock was held leaves no half-applied state that matters more
        // than stopping every later request would.
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Tells the deadline task about a deadline if it is earlier than its next wake.
    fn schedule(&self, inner: &mut Inner, at: Option<Instant>) {
        if let Some(at) = at
            && inner.next_wake.is_none_or(|wake| at < wake)
        {
            inner.next_wake = Some(at);
            self.deadline_changed.notify_one();
        }
    }

    /// Stores events on every subscription of `topic`; returns once they are on disk.
    pub(crate) async fn publish(
        &self,
        topic: &str,
        events: &[StoredEvent],
    ) -> Result<(), StoreError> {
        let commit = {
            let now = Instant::now();
            let mut inner = self.lock();
            let inner = &mut *inner;
            let topic_state = topic_mut(&mut inner.topics, topic, inner.auto_create)?;
            let mut earliest = None::<Instant>;
            for queue in topic_state.subscriptions.values_mut() {
                for (seq, event) in (inner.next_seq..).zip(events) {
                    let expires = queue.push(seq, event.clone(), now);
                    earliest = Some(earliest.map_or(expires, |e| e.min(expires)));
                }
                queue.available_now.notify_waiters();
            }
            inner.next_seq += events.len() as u64;
            self.schedule(inner, earliest);
            let next_seq = inner.next_seq;
            self.flush(inner, Some(next_seq))
        };
        commit.wait().await.map_err(storage)
    }

    /// Runs `f` on a subscription's queue, making the topic and subscription when the
    /// configuration says so; the changes still have to reach the disk.
    fn with_queue<T>(
        &self,
        topic: &str,
        subscription: &str,
        f: impl FnOnce(&mut Queue, Instant) -> (T, Option<Instant>),
    ) -> Result<(T, Commit), StoreError> {
        let now = Instant::now();
        let mut guard = self.lock();
        let inner = &mut *guard;
        let auto_create = inner.auto_create;
        let options = inner.options;
        let subscriptions = &mut topic_mut(&mut inner.topics, topic, auto_create)?.subscriptions;
        if !subscriptions.contains_key(subscription) {
            if !auto_create {
                return Err(StoreError::Subscription(
                    topic.to_owned(),
                    subscription.to_owned(),
                ));
            }
            tracing::info!(topic, subscription, "event subscription made on first use");
            subscriptions.insert(
                subscription.to_owned(),
                Queue::new(SubscriptionConfig::new(subscription), topic, options),
            );
        }
        let queue = subscriptions
            .get_mut(subscription)
            .expect("the subscription exists or was just made");
        // Deadlines that are due apply before anything else looks at the queue, whether or
        // not the deadline task has run yet.
        let due = queue.purge(now);
        let (value, deadline) = f(queue, now);
        self.schedule(inner, due);
        self.schedule(inner, deadline);
        Ok((value, self.flush(inner, None)))
    }

    /// The notifier that fires when events become available on a subscription.
    pub(crate) fn available_notifier(
        &self,
        topic: &str,
        subscription: &str,
    ) -> Result<Arc<Notify>, StoreError> {
        let (notify, commit) = self.with_queue(topic, subscription, |queue, _| {
            (queue.available_now.clone(), None)
        })?;
        // Only deadlines that came due changed; no client is told about them here.
        commit.detach();
        Ok(notify)
    }

    /// Takes and locks up to `max` available events; returns once their locks are on disk.
    pub(crate) async fn receive(
        &self,
        topic: &str,
        subscription: &str,
        max: usize,
    ) -> Result<Vec<Delivery>, StoreError> {
        let (deliveries, commit) =
            self.with_queue(topic, subscription, |queue, now| queue.receive(max, now))?;
        commit.wait().await.map_err(storage)?;
        Ok(deliveries)
    }

    /// Settles each lock token; one result per token, in order, once they are on disk.
    pub(crate) async fn settle(
        &self,
        topic: &str,
        subscription: &str,
        tokens: &[String],
        settlement: Settlement,
    ) -> Result<Vec<Result<(), TokenError>>, StoreError> {
        let (results, commit) = self.with_queue(topic, subscription, |queue, now| {
            let mut earliest = None::<Instant>;
            let results = tokens
                .iter()
                .map(|token| {
                    let deadline = queue.settle(token, settlement, now)?;
                    if let Some(d) = deadline {
                        earliest = Some(earliest.map_or(d, |e| e.min(d)));
                    }
                    Ok(())
                })
                .collect();
            (results, earliest)
        })?;
        commit.wait().await.map_err(storage)?;
        Ok(results)
    }

    /// Applies every deadline due at `now` and returns the next one.
    pub(crate) fn purge(&self, now: Instant) -> Option<Instant> {
        let mut inner = self.lock();
        let next = inner
            .topics
            .values_mut()
            .flat_map(|topic| topic.subscriptions.values_mut())
            .filter_map(|queue| queue.purge(now))
            .min();
        inner.next_wake = next;
        self.flush(&mut inner, None).detach();
        next
    }

    /// The topics, their subscriptions and their depths.
    pub(crate) fn stats(&self) -> Vec<TopicStats> {
        let now = Instant::now();
        let mut inner = self.lock();
        let stats = inner
            .topics
            .iter_mut()
            .map(|(name, topic)| TopicStats {
                name: name.clone(),
                subscriptions: topic
                    .subscriptions
                    .iter_mut()
                    .map(|(name, queue)| {
                        queue.purge(now);
                        queue.stats(name)
                    })
                    .collect(),
            })
            .collect();
        self.flush(&mut inner, None).detach();
        stats
    }

    /// A subscription's dead letters, oldest first.
    pub(crate) fn dead_letters(
        &self,
        topic: &str,
        subscription: &str,
    ) -> Result<Vec<DeadLetter>, StoreError> {
        let now = Instant::now();
        let mut inner = self.lock();
        let queue = inner
            .topics
            .get_mut(topic)
            .ok_or_else(|| StoreError::Topic(topic.to_owned()))?
            .subscriptions
            .get_mut(subscription)
            .ok_or_else(|| StoreError::Subscription(topic.to_owned(), subscription.to_owned()))?;
        queue.purge(now);
        let dead = queue.dead_letters.iter().cloned().collect();
        self.flush(&mut inner, None).detach();
        Ok(dead)
    }
}

#[allow(clippy::needless_pass_by_value)] // used as `map_err(storage)`
fn storage(error: PersistError) -> StoreError {
    StoreError::Storage(error.to_string())
}

/// A new lock token: a UUID (version 4 form) made of a random prefix drawn once per process
/// and a counter, so that tokens never repeat, across restarts too, without asking the
/// operating system for randomness per token (which cost more than the rest of a receive).
/// Unlike the service's, they can be guessed; the emulator guards nothing with them.
fn lock_token() -> String {
    static PREFIX: std::sync::OnceLock<[u8; 8]> = std::sync::OnceLock::new();
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let prefix = PREFIX.get_or_init(|| {
        let random = uuid::Uuid::new_v4().into_bytes();
        random[..8].try_into().expect("a UUID has 16 bytes")
    });
    let counter = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut bytes = [0; 16];
    bytes[..8].copy_from_slice(prefix);
    // The variant bits take the top two bits of byte 8: counters below 2^62 keep theirs.
    bytes[8..].copy_from_slice(&counter.to_be_bytes());
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string()
}

/// The queue a restored entry belongs to, made with the service's defaults when the
/// configuration no longer names it (its events are kept, not dropped).
fn restored_queue<'a>(
    topics: &'a mut BTreeMap<String, Topic>,
    key: &QueueKey,
    options: QueueOptions,
) -> &'a mut Queue {
    let (topic, sub) = &**key;
    topics
        .entry(topic.clone())
        .or_default()
        .subscriptions
        .entry(sub.clone())
        .or_insert_with(|| Queue::new(SubscriptionConfig::new(sub), topic, options))
}

/// A topic by name, made on first use when `auto_create` is set.
fn topic_mut<'a>(
    topics: &'a mut BTreeMap<String, Topic>,
    name: &str,
    auto_create: bool,
) -> Result<&'a mut Topic, StoreError> {
    if !topics.contains_key(name) {
        if !auto_create {
            return Err(StoreError::Topic(name.to_owned()));
        }
        tracing::info!(topic = name, "namespace topic made on first use");
        topics.insert(name.to_owned(), Topic::default());
    }
    Ok(topics
        .get_mut(name)
        .expect("the topic exists or was just made"))
}

/// The one task that applies deadlines: it sleeps until the earliest one, or until an
/// operation sets an earlier one, and stops when `shutdown` fires.
pub(crate) async fn run_deadlines(
    store: Arc<Store>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        let next = store.purge(Instant::now());
        let sleep = async {
            match next {
                Some(at) => tokio::time::sleep_until(at).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            () = sleep => {}
            () = store.deadline_changed.notified() => {}
            _ = shutdown.changed() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lock_tokens_are_distinct_version_4_uuids() {
        let tokens: Vec<String> = (0..1000).map(|_| super::lock_token()).collect();
        let distinct: std::collections::BTreeSet<&String> = tokens.iter().collect();
        assert_eq!(distinct.len(), tokens.len());
        for token in &tokens {
            let uuid = uuid::Uuid::parse_str(token).unwrap();
            assert_eq!(uuid.get_version_num(), 4, "{token}");
        }
    }
}
