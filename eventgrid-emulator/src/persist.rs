//! The durable store behind `--data-dir`: one redb file holding every queued event with its
//! state (available, delayed, locked with its token), its delivery count and expiry, the
//! dead letters, and the sequence counters. The in-memory [`Store`](crate::store) stays the
//! working copy; each operation writes what it changed in one transaction before it answers,
//! so nothing a client was told about is lost when the process dies.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use redb::{Database, ReadableTable, TableDefinition};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use tokio::time::Instant;

/// `(topic, subscription, sequence)` -> a [`PersistedEntry`] as JSON.
const ENTRIES: TableDefinition<'_, (&str, &str, u64), &[u8]> = TableDefinition::new("entries");
/// `(topic, subscription, number)` -> a dead letter as JSON, numbered in the order they came.
const DEAD_LETTERS: TableDefinition<'_, (&str, &str, u64), &[u8]> =
    TableDefinition::new("dead_letters");
/// Counters: `next_seq`, `next_dead`.
const META: TableDefinition<'_, &str, u64> = TableDefinition::new("meta");

/// The file in the data directory.
pub(crate) const FILE_NAME: &str = "eventgrid-emulator.redb";

/// A failure of the durable store.
#[derive(Debug, thiserror::Error)]
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

/// An event's state as kept on disk; instants become wall-clock milliseconds.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) enum PersistedState {
    Available,
    Delayed { until_ms: i64 },
    Locked { token: String, until_ms: i64 },
}

/// One queued event as kept on disk.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct PersistedEntry {
    pub(crate) event: Box<RawValue>,
    pub(crate) delivery_count: u32,
    pub(crate) expires_ms: i64,
    pub(crate) state: PersistedState,
}

/// A queue's key on disk.
pub(crate) type QueueKey = (String, String);

/// What one operation changed, written in one transaction.
#[derive(Debug, Default)]
pub(crate) struct Changes {
    pub(crate) puts: Vec<(QueueKey, u64, PersistedEntry)>,
    pub(crate) deletes: Vec<(QueueKey, u64)>,
    pub(crate) dead_letters: Vec<(QueueKey, Vec<u8>)>,
    pub(crate) next_seq: Option<u64>,
}

impl Changes {
    pub(crate) fn is_empty(&self) -> bool {
        self.puts.is_empty()
            && self.deletes.is_empty()
            && self.dead_letters.is_empty()
            && self.next_seq.is_none()
    }
}

/// Everything on disk, as read at start.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub(crate) entries: Vec<(QueueKey, u64, PersistedEntry)>,
    pub(crate) dead_letters: Vec<(QueueKey, Vec<u8>)>,
    pub(crate) next_seq: u64,
}

/// The open database.
#[derive(Debug)]
pub(crate) struct Persist {
    db: Database,
    next_dead: std::sync::atomic::AtomicU64,
}

impl Persist {
    /// Opens (or creates) the store in `dir`.
    pub(crate) fn open(dir: &Path) -> Result<Self, PersistError> {
        std::fs::create_dir_all(dir).map_err(fail)?;
        let db = Database::create(dir.join(FILE_NAME)).map_err(fail)?;
        let txn = db.begin_write().map_err(fail)?;
        {
            txn.open_table(ENTRIES).map_err(fail)?;
            txn.open_table(DEAD_LETTERS).map_err(fail)?;
            txn.open_table(META).map_err(fail)?;
        }
        txn.commit().map_err(fail)?;
        let next_dead = {
            let read = db.begin_read().map_err(fail)?;
            let meta = read.open_table(META).map_err(fail)?;
            meta.get("next_dead")
                .map_err(fail)?
                .map_or(0, |v| v.value())
        };
        Ok(Persist {
            db,
            next_dead: next_dead.into(),
        })
    }

    /// Reads everything back.
    pub(crate) fn load(&self) -> Result<Loaded, PersistError> {
        let read = self.db.begin_read().map_err(fail)?;
        let mut loaded = Loaded::default();
        for row in read
            .open_table(ENTRIES)
            .map_err(fail)?
            .iter()
            .map_err(fail)?
        {
            let (key, value) = row.map_err(fail)?;
            let (topic, sub, seq) = key.value();
            let entry: PersistedEntry = serde_json::from_slice(value.value()).map_err(fail)?;
            loaded
                .entries
                .push(((topic.to_owned(), sub.to_owned()), seq, entry));
        }
        for row in read
            .open_table(DEAD_LETTERS)
            .map_err(fail)?
            .iter()
            .map_err(fail)?
        {
            let (key, value) = row.map_err(fail)?;
            let (topic, sub, _) = key.value();
            loaded
                .dead_letters
                .push(((topic.to_owned(), sub.to_owned()), value.value().to_vec()));
        }
        let meta = read.open_table(META).map_err(fail)?;
        loaded.next_seq = meta.get("next_seq").map_err(fail)?.map_or(0, |v| v.value());
        Ok(loaded)
    }

    /// Writes one operation's changes in one transaction.
    pub(crate) fn apply(&self, changes: &Changes) -> Result<(), PersistError> {
        if changes.is_empty() {
            return Ok(());
        }
        let txn = self.db.begin_write().map_err(fail)?;
        {
            let mut entries = txn.open_table(ENTRIES).map_err(fail)?;
            for ((topic, sub), seq) in &changes.deletes {
                entries
                    .remove((topic.as_str(), sub.as_str(), *seq))
                    .map_err(fail)?;
            }
            for ((topic, sub), seq, entry) in &changes.puts {
                let bytes = serde_json::to_vec(entry).map_err(fail)?;
                entries
                    .insert((topic.as_str(), sub.as_str(), *seq), bytes.as_slice())
                    .map_err(fail)?;
            }
            let mut dead = txn.open_table(DEAD_LETTERS).map_err(fail)?;
            let mut meta = txn.open_table(META).map_err(fail)?;
            for ((topic, sub), bytes) in &changes.dead_letters {
                let n = self
                    .next_dead
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                dead.insert((topic.as_str(), sub.as_str(), n), bytes.as_slice())
                    .map_err(fail)?;
                meta.insert("next_dead", n + 1).map_err(fail)?;
            }
            if let Some(next_seq) = changes.next_seq {
                meta.insert("next_seq", next_seq).map_err(fail)?;
            }
        }
        txn.commit().map_err(fail)
    }
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

/// Wall-clock milliseconds as an instant of this process (a past time becomes now).
pub(crate) fn from_wall_ms(ms: i64) -> Instant {
    let ahead = ms.saturating_sub(now_ms());
    Instant::now() + Duration::from_millis(u64::try_from(ahead).unwrap_or(0))
}
