//! The durable store behind `--data-dir`: one redb file holding every queued namespace event
//! with its state (available, delayed, locked with its token), its delivery count and
//! expiry, every basic-topic event waiting for push delivery with its retry state, the dead
//! letters of both, and the sequence counters.
//!
//! The in-memory state stays the working copy. Each operation hands what it changed to
//! [`Persist::submit`] while it still holds its lock (so writes reach the disk in the order
//! they were made), and answers its client only when the returned [`Commit`] completes. One
//! thread writes: it takes every batch of changes waiting and commits them in one redb
//! transaction with an fsync, so concurrent operations share a commit instead of queueing
//! for one each, and nothing a client was told about is lost when the process dies.

use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use redb::{Database, ReadableTable, TableDefinition};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use tokio::sync::oneshot;
use tokio::time::Instant;

/// A queue's key: `(topic, subscription)`.
type Key<'a> = (&'a str, &'a str, u64);

/// `(topic, subscription, sequence)` -> a queued namespace event, as published (JSON).
const EVENTS: TableDefinition<'_, Key<'_>, &[u8]> = TableDefinition::new("events");
/// `(topic, subscription, sequence)` -> its [`PersistedState`] (JSON); rewritten on every
/// receive, release and renewal without rewriting the event.
const STATES: TableDefinition<'_, Key<'_>, &[u8]> = TableDefinition::new("states");
/// `(topic, subscription, number)` -> a namespace dead letter (JSON).
const DEAD_LETTERS: TableDefinition<'_, Key<'_>, &[u8]> = TableDefinition::new("dead_letters");
/// `(basic topic, webhook subscription, sequence)` -> a pending push delivery (JSON).
const PUSH_PENDING: TableDefinition<'_, Key<'_>, &[u8]> = TableDefinition::new("push_pending");
/// `(basic topic, webhook subscription, number)` -> a push dead letter (JSON).
const PUSH_DEAD: TableDefinition<'_, Key<'_>, &[u8]> = TableDefinition::new("push_dead");
/// Counters: `next_seq`, the next namespace event's sequence number.
const META: TableDefinition<'_, &str, u64> = TableDefinition::new("meta");

/// redb's page cache. Its default (1 GiB) would let memory follow the file, which grows
/// with what is queued; the queues are in memory already, and the cache mostly serves
/// writes.
const CACHE_BYTES: usize = 32 * 1024 * 1024;

/// The file in the data directory.
pub(crate) const FILE_NAME: &str = "eventgrid-emulator.redb";

/// A failure of the durable store.
#[derive(Debug, Clone, thiserror::Error)]
#[error("durable store: {0}")]
pub(crate) struct PersistError(String);

impl PersistError {
    pub(crate) fn corrupt(what: &str) -> Self {
        PersistError(format!("cannot read {what}"))
    }
}

fn fail(error: impl std::fmt::Display) -> PersistError {
    PersistError(error.to_string())
}

/// A namespace event's state as kept on disk; instants become wall-clock milliseconds.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct PersistedState {
    pub(crate) delivery_count: u32,
    pub(crate) expires_ms: i64,
    pub(crate) lock: PersistedLock,
}

/// Whether a namespace event is available, delayed or locked.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) enum PersistedLock {
    Available,
    Delayed { until_ms: i64 },
    Locked { token: String, until_ms: i64 },
}

/// One queued namespace event as read back.
#[derive(Debug)]
pub(crate) struct PersistedEntry {
    pub(crate) event: Box<RawValue>,
    pub(crate) state: PersistedState,
}

/// A queue's name: shared by every write that names it.
pub(crate) type QueueKey = Arc<(String, String)>;

/// The tables a [`Write`] goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Table {
    Events,
    States,
    DeadLetters,
    PushPending,
    PushDead,
}

/// What a write puts: an event shared with the in-memory queue (copied only by the writer
/// thread), or bytes already encoded.
#[derive(Debug)]
pub(crate) enum Value {
    Event(Arc<RawValue>),
    Bytes(Vec<u8>),
}

impl Value {
    /// Encodes `value` as JSON; every type written here serializes.
    pub(crate) fn json(value: &impl Serialize) -> Self {
        Value::Bytes(serde_json::to_vec(value).expect("stored records serialize"))
    }

    fn bytes(&self) -> &[u8] {
        match self {
            Value::Event(event) => event.get().as_bytes(),
            Value::Bytes(bytes) => bytes,
        }
    }
}

/// One put (`Some`) or delete (`None`).
#[derive(Debug)]
pub(crate) struct Write {
    pub(crate) table: Table,
    pub(crate) queue: QueueKey,
    pub(crate) number: u64,
    pub(crate) value: Option<Value>,
}

/// What one operation changed, written in order.
#[derive(Debug, Default)]
pub(crate) struct Changes {
    pub(crate) writes: Vec<Write>,
    pub(crate) counters: Vec<(&'static str, u64)>,
}

impl Changes {
    pub(crate) fn is_empty(&self) -> bool {
        self.writes.is_empty() && self.counters.is_empty()
    }

    pub(crate) fn put(&mut self, table: Table, queue: &QueueKey, number: u64, value: Value) {
        self.writes.push(Write {
            table,
            queue: queue.clone(),
            number,
            value: Some(value),
        });
    }

    pub(crate) fn delete(&mut self, table: Table, queue: &QueueKey, number: u64) {
        self.writes.push(Write {
            table,
            queue: queue.clone(),
            number,
            value: None,
        });
    }
}

/// One row read back: its queue, its number, its bytes.
pub(crate) type Row = (QueueKey, u64, Vec<u8>);

/// Everything on disk, as read at start, each table in key order.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub(crate) entries: Vec<(QueueKey, u64, PersistedEntry)>,
    pub(crate) dead_letters: Vec<Row>,
    pub(crate) push_pending: Vec<Row>,
    pub(crate) push_dead: Vec<Row>,
    pub(crate) next_seq: u64,
}

/// Completes when the changes it was returned for are on disk.
#[derive(Debug)]
#[must_use = "a client may be answered only once its changes are on disk"]
pub(crate) struct Commit(Option<oneshot::Receiver<Result<(), PersistError>>>);

impl Commit {
    /// A commit with nothing to wait for (no changes, or no durable store).
    pub(crate) fn done() -> Self {
        Commit(None)
    }

    /// Waits for the write.
    pub(crate) async fn wait(self) -> Result<(), PersistError> {
        match self.0 {
            None => Ok(()),
            Some(receiver) => receiver
                .await
                .unwrap_or_else(|_| Err(PersistError("the writer thread stopped".to_owned()))),
        }
    }

    /// Lets the write finish unobserved, logging a failure (for changes no client waits
    /// for, such as a lock that expired).
    pub(crate) fn detach(self) {
        if let Some(receiver) = self.0 {
            tokio::spawn(async move {
                if let Ok(Err(error)) = receiver.await {
                    tracing::error!(%error, "durable store write failed");
                }
            });
        }
    }
}

struct Job {
    changes: Changes,
    done: oneshot::Sender<Result<(), PersistError>>,
}

/// The open store: a handle on its writer thread, shared by namespace and basic topics.
#[derive(Debug)]
pub(crate) struct Persist {
    jobs: mpsc::Sender<Job>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job").finish_non_exhaustive()
    }
}

impl Persist {
    /// Opens (or creates) the store in `dir`, reads everything back, and starts the writer
    /// thread, which ends (closing the file) when the last handle is dropped.
    pub(crate) fn open(dir: &Path) -> Result<(Arc<Self>, Loaded), PersistError> {
        std::fs::create_dir_all(dir).map_err(fail)?;
        let db = Database::builder()
            .set_cache_size(CACHE_BYTES)
            .create(dir.join(FILE_NAME))
            .map_err(fail)?;
        let txn = db.begin_write().map_err(fail)?;
        {
            txn.open_table(EVENTS).map_err(fail)?;
            txn.open_table(STATES).map_err(fail)?;
            txn.open_table(DEAD_LETTERS).map_err(fail)?;
            txn.open_table(PUSH_PENDING).map_err(fail)?;
            txn.open_table(PUSH_DEAD).map_err(fail)?;
            txn.open_table(META).map_err(fail)?;
        }
        txn.commit().map_err(fail)?;
        let loaded = load(&db)?;
        let (jobs, receiver) = mpsc::channel();
        std::thread::Builder::new()
            .name("eventgrid-emulator-store".to_owned())
            .spawn(move || write_loop(&db, &receiver))
            .map_err(fail)?;
        Ok((Arc::new(Persist { jobs }), loaded))
    }

    /// Queues `changes` for the writer. Call it while holding the lock under which the
    /// changes were made, so that writes keep their order.
    pub(crate) fn submit(&self, changes: Changes) -> Commit {
        if changes.is_empty() {
            return Commit::done();
        }
        let (done, receiver) = oneshot::channel();
        match self.jobs.send(Job { changes, done }) {
            Ok(()) => Commit(Some(receiver)),
            Err(mpsc::SendError(job)) => {
                let _ = job
                    .done
                    .send(Err(PersistError("the writer thread stopped".to_owned())));
                Commit(Some(receiver))
            }
        }
    }
}

/// The writer thread: every job waiting goes into one transaction.
fn write_loop(db: &Database, jobs: &mpsc::Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        batch.extend(jobs.try_iter());
        let result = write(db, &batch);
        if let Err(error) = &result {
            tracing::error!(%error, jobs = batch.len(), "durable store write failed");
        }
        for job in batch {
            let _ = job.done.send(result.clone());
        }
    }
}

fn write(db: &Database, batch: &[Job]) -> Result<(), PersistError> {
    let txn = db.begin_write().map_err(fail)?;
    {
        let mut tables = [
            txn.open_table(EVENTS).map_err(fail)?,
            txn.open_table(STATES).map_err(fail)?,
            txn.open_table(DEAD_LETTERS).map_err(fail)?,
            txn.open_table(PUSH_PENDING).map_err(fail)?,
            txn.open_table(PUSH_DEAD).map_err(fail)?,
        ];
        let mut meta = txn.open_table(META).map_err(fail)?;
        for job in batch {
            for write in &job.changes.writes {
                let table = &mut tables[write.table as usize];
                let key = (write.queue.0.as_str(), write.queue.1.as_str(), write.number);
                match &write.value {
                    Some(value) => table.insert(key, value.bytes()).map(drop),
                    None => table.remove(key).map(drop),
                }
                .map_err(fail)?;
            }
            for &(name, value) in &job.changes.counters {
                meta.insert(name, value).map_err(fail)?;
            }
        }
    }
    txn.commit().map_err(fail)
}

fn rows(
    read: &redb::ReadTransaction,
    table: TableDefinition<'_, Key<'_>, &[u8]>,
) -> Result<Vec<Row>, PersistError> {
    let mut rows = Vec::new();
    let mut last: Option<QueueKey> = None;
    for row in read.open_table(table).map_err(fail)?.iter().map_err(fail)? {
        let (key, value) = row.map_err(fail)?;
        let (topic, sub, number) = key.value();
        // Rows of one queue are adjacent: they share one key.
        let queue = match &last {
            Some(q) if q.0 == topic && q.1 == sub => q.clone(),
            _ => Arc::new((topic.to_owned(), sub.to_owned())),
        };
        last = Some(queue.clone());
        rows.push((queue, number, value.value().to_vec()));
    }
    Ok(rows)
}

fn load(db: &Database) -> Result<Loaded, PersistError> {
    let read = db.begin_read().map_err(fail)?;
    let states = rows(&read, STATES)?;
    let events = rows(&read, EVENTS)?;
    if states.len() != events.len() {
        return Err(PersistError::corrupt(&format!(
            "the queues: {} events but {} states",
            events.len(),
            states.len()
        )));
    }
    let mut entries = Vec::with_capacity(states.len());
    // Both tables are in key order and hold the same keys; an event without a state (or
    // the reverse) means the file was changed by something else.
    for ((queue, seq, state), (_, event_seq, event)) in states.into_iter().zip(events) {
        if seq != event_seq {
            return Err(PersistError::corrupt(&format!(
                "the queue of {queue:?}: event {event_seq} and state {seq} do not pair up"
            )));
        }
        let state: PersistedState = serde_json::from_slice(&state)
            .map_err(|e| PersistError::corrupt(&format!("the state of event {seq}: {e}")))?;
        let text = String::from_utf8(event)
            .map_err(|e| PersistError::corrupt(&format!("event {seq}: {e}")))?;
        let event = RawValue::from_string(text)
            .map_err(|e| PersistError::corrupt(&format!("event {seq}: {e}")))?;
        entries.push((queue, seq, PersistedEntry { event, state }));
    }
    let meta = read.open_table(META).map_err(fail)?;
    let counter = |name: &str| -> Result<u64, PersistError> {
        Ok(meta.get(name).map_err(fail)?.map_or(0, |v| v.value()))
    };
    Ok(Loaded {
        entries,
        dead_letters: rows(&read, DEAD_LETTERS)?,
        push_pending: rows(&read, PUSH_PENDING)?,
        push_dead: rows(&read, PUSH_DEAD)?,
        next_seq: counter("next_seq")?,
    })
}

fn now_ms() -> i64 {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since.as_millis()).unwrap_or(i64::MAX)
}

/// An instant as wall-clock milliseconds since the epoch.
pub(crate) fn to_wall_ms(at: Instant) -> i64 {
    let now = Instant::now();
    let base = now_ms();
    if at >= now {
        base.saturating_add(i64::try_from((at - now).as_millis()).unwrap_or(i64::MAX))
    } else {
        base.saturating_sub(i64::try_from((now - at).as_millis()).unwrap_or(i64::MAX))
    }
}

/// Wall-clock milliseconds as an instant of this process (one before the process's clock
/// can go back becomes the earliest it can).
pub(crate) fn from_wall_ms(ms: i64) -> Instant {
    let now = Instant::now();
    let ahead = ms.saturating_sub(now_ms());
    let by = Duration::from_millis(ahead.unsigned_abs());
    if ahead >= 0 {
        now + by
    } else {
        now.checked_sub(by).unwrap_or(now)
    }
}
