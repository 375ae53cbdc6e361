//! What every handler shares.

use std::sync::Arc;

use tokio::sync::watch;

use crate::auth::Keys;
use crate::basic::BasicTopics;
use crate::faults::Faults;
use crate::store::Store;

/// The router's state: cheap to clone, everything behind `Arc`s.
#[derive(Clone)]
pub(crate) struct AppState {
    pub(crate) store: Arc<Store>,
    pub(crate) basic: Arc<BasicTopics>,
    pub(crate) keys: Arc<Keys>,
    pub(crate) faults: Arc<Faults>,
    /// Set to `true` when the emulator shuts down, so long polls end at once.
    pub(crate) stop: Arc<watch::Sender<bool>>,
}
