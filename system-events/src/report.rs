//! Where the generated payload types record what they did not take, while one payload is
//! decoded on this thread.
//!
//! A payload decode runs at most two passes over the text (see `rt::Payload::decode`):
//! - the fast pass records nothing; the first departure (a member no field takes, a member or
//!   enum value in other letter case, a repeated member) only marks the pass as not clean;
//! - a reporting pass, run only when the fast pass was not clean or failed, records each
//!   departure with its JSON path. Run over a parsed `serde_json::Value`, it also recovers: a
//!   member whose value cannot be read is recorded and left out, and decoding goes on, so
//!   every bad member costs the same single pass.
//!
//! Outside a payload decode (a user calling `serde_json::from_str` on a generated type)
//! nothing is marked or recorded; the types decode as their fast pass does.
//!
//! The state is per thread because serde gives a `Deserialize` implementation no other way
//! to reach its caller; every pass restores the previous state when it ends, panics included.

use std::cell::{Cell, RefCell};

use eventgrid_types::{DataMember, DataMemberKind, Tolerated};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Idle,
    Fast { clean: bool },
    Reporting { recover: bool },
}

thread_local! {
    static STATE: Cell<State> = const { Cell::new(State::Idle) };
    static REPORT: RefCell<Report> = const { RefCell::new(Report::new()) };
}

/// What one reporting pass found so far, and the path of the member being read.
struct Report {
    path: String,
    found: Vec<Tolerated>,
}

impl Report {
    const fn new() -> Self {
        Report {
            path: String::new(),
            found: Vec::new(),
        }
    }
}

/// How a generated type reads the payload it is in, asked once per object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Read; mark the first departure, record nothing.
    Quiet,
    /// Record every departure with its path.
    Reporting {
        /// Whether a member whose value cannot be read is recorded and skipped (the input
        /// is a parsed value, so reading can go on) rather than failing the object.
        recover: bool,
    },
}

/// The mode of the pass running on this thread.
pub(crate) fn mode() -> Mode {
    match STATE.get() {
        State::Reporting { recover } => Mode::Reporting { recover },
        State::Idle | State::Fast { .. } => Mode::Quiet,
    }
}

/// A departure in a quiet pass: the fast pass is not clean and must be reported.
#[cold]
pub(crate) fn mark() {
    if let State::Fast { .. } = STATE.get() {
        STATE.set(State::Fast { clean: false });
    }
}

/// Restores the state a pass found, however the pass ends.
struct Restore(State);

impl Drop for Restore {
    fn drop(&mut self) {
        STATE.set(self.0);
    }
}

/// Runs a fast pass; also says whether it was clean.
// Inlined: as a call, the payload it returns was copied once more, on every event.
#[inline]
pub(crate) fn fast<R>(pass: impl FnOnce() -> R) -> (R, bool) {
    let _restore = Restore(STATE.replace(State::Fast { clean: true }));
    let result = pass();
    let clean = STATE.get() == State::Fast { clean: true };
    (result, clean)
}

/// Runs a reporting pass; also returns what it recorded.
pub(crate) fn reporting<R>(recover: bool, pass: impl FnOnce() -> R) -> (R, Vec<Tolerated>) {
    let saved = REPORT.with_borrow_mut(|report| std::mem::replace(report, Report::new()));
    let _restore = Restore(STATE.replace(State::Reporting { recover }));
    let result = pass();
    let report = REPORT.with_borrow_mut(|report| std::mem::replace(report, saved));
    (result, report.found)
}

/// The path length before [`enter_member`] or [`enter_index`], for [`leave`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Depth(usize);

/// Reporting pass: the member `name` of the current object is being read.
pub(crate) fn enter_member(name: &str) -> Depth {
    REPORT.with_borrow_mut(|report| {
        let depth = Depth(report.path.len());
        DataMember::push_member(&mut report.path, name);
        depth
    })
}

/// Reporting pass: item `index` of the current array is being read.
pub(crate) fn enter_index(index: usize) -> Depth {
    REPORT.with_borrow_mut(|report| {
        let depth = Depth(report.path.len());
        DataMember::push_index(&mut report.path, index);
        depth
    })
}

/// Reporting pass: back to the path before the matching `enter_*`.
pub(crate) fn leave(depth: Depth) {
    REPORT.with_borrow_mut(|report| report.path.truncate(depth.0));
}

/// Reporting pass: records `kind` for the member or item being read.
pub(crate) fn record(kind: DataMemberKind) {
    REPORT.with_borrow_mut(|report| {
        let member = DataMember::new(report.path.clone(), kind);
        report.found.push(Tolerated::Data(member));
    });
}
