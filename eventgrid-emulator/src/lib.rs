//! A local Azure Event Grid: namespace topics with pull delivery (publish, long-poll
//! receive, acknowledge / release / reject / renew-lock, lock expiry, delivery counts,
//! dead-lettering, retention) and basic topics that accept the Event Grid schema or
//! CloudEvents, behind the service's authentication, limits and error bodies.
//!
//! Every decode, encode and validation rule comes from `eventgrid-types`. Start it from a
//! test on a free port and point a client at [`EmulatorHandle::url`]:
//!
//! ```
//! use eventgrid_emulator::{Config, Emulator};
//!
//! # #[tokio::main(flavor = "current_thread")] async fn main() -> std::io::Result<()> {
//! let emulator = Emulator::start(Config::default()).await?;
//! let url = emulator.url();
//! assert!(url.starts_with("http://127.0.0.1:"));
//! // POST {url}/topics/orders:publish?api-version=2024-06-01 with
//! // `Authorization: SharedAccessKey {emulator.key()}` ...
//! emulator.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! The binary `eventgrid-emulator` runs the same from a configuration file
//! ([`config`]). The README lists where the emulator knowingly differs from the service.

pub mod auth;
mod basic;
mod body;
pub mod config;
mod dead_letters;
pub mod error;
mod faults;
pub mod mgmt;
mod namespace;
mod persist;
mod signal;
mod state;
mod store;
pub mod tls;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post, put};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use basic::{
    API_VERSION as BASIC_API_VERSION, BasicTopicStats, NOT_RETRIED, Operator, PushDeadLetter,
    PushDeadLetterReason, WebhookStats,
};
pub use body::MAX_REQUEST_BYTES;
pub use config::Config;
pub use error::ApiError;
pub use faults::FaultPlan;
pub use namespace::API_VERSIONS as NAMESPACE_API_VERSIONS;
pub use signal::shutdown_signal;
pub use store::{DeadLetter, DeadLetterReason, SubscriptionStats, TopicStats};
pub use tls::{TlsError, TlsIdentity};

use state::AppState;

/// The state of a configured emulator; spawns the task that applies its deadlines, which
/// runs until `stop` is set.
fn state(config: &Config, stop: Arc<watch::Sender<bool>>) -> std::io::Result<AppState> {
    let (persist, mut loaded) = match &config.data_dir {
        Some(dir) => {
            let (persist, loaded) = persist::Persist::open(dir).map_err(std::io::Error::other)?;
            (Some(persist), loaded)
        }
        None => (None, persist::Loaded::default()),
    };
    let store =
        store::Store::open(config, persist.clone(), &mut loaded).map_err(std::io::Error::other)?;
    let store = Arc::new(store);
    tokio::spawn(store::run_deadlines(store.clone(), stop.subscribe()));
    let push_tls =
        tls::push_client_config(&config.push_trusted_roots).map_err(std::io::Error::other)?;
    let push_client = basic::push_client(push_tls).map_err(std::io::Error::other)?;
    let basic = basic::BasicTopics::new(
        config,
        &push_client,
        persist,
        &mut loaded,
        &stop.subscribe(),
    )
    .map_err(std::io::Error::other)?;
    Ok(AppState {
        store,
        basic: Arc::new(basic),
        keys: Arc::new(auth::Keys::new(config)),
        faults: Arc::new(faults::Faults::default()),
        stop,
    })
}

/// The emulator's routes for `config`, to serve or to call without a socket (as with
/// `tower::ServiceExt::oneshot`). Must be called inside a tokio runtime: it spawns the task
/// that applies lock expiries, release delays and retention. Fails only when the durable
/// store (`config.data_dir`) cannot be opened.
pub fn router(config: &Config) -> std::io::Result<Router> {
    Ok(app(state(config, Arc::new(watch::channel(false).0))?))
}

fn app(state: AppState) -> Router {
    let data_plane = Router::new()
        .route("/topics/{*rest}", post(namespace::dispatch))
        .route("/api/events", post(basic::publish_default))
        .route("/basic/{topic}/api/events", post(basic::publish_named))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::require,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            faults::inject,
        ));
    let management = Router::new()
        .route("/emulator/topics", get(mgmt::topics))
        .route(
            "/emulator/topics/{topic}/eventsubscriptions/{subscription}/deadletters",
            get(mgmt::dead_letters),
        )
        .route(
            "/emulator/basic/{topic}/subscriptions/{subscription}/deadletters",
            get(mgmt::push_dead_letters),
        )
        .route("/emulator/faults", put(mgmt::faults));
    data_plane
        .merge(management)
        .fallback(|uri: axum::http::Uri| async move {
            ApiError::not_found(format!("no Event Grid operation at `{}`", uri.path()))
        })
        .layer(DefaultBodyLimit::max(MAX_REQUEST_BYTES))
        .with_state(state)
}

/// Serves the emulator on `listener` until `shutdown` completes, over HTTPS when `tls` is
/// given; in-flight long polls then answer at once with what they have.
pub async fn serve(
    listener: TcpListener,
    config: &Config,
    tls: Option<TlsIdentity>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let stop = Arc::new(watch::channel(false).0);
    let state = state(config, stop.clone())?;
    serve_state(listener, state, stop, tls, shutdown).await
}

/// [`serve`] with the state made; `stop` is the sender the state's tasks watch.
async fn serve_state(
    listener: TcpListener,
    state: AppState,
    stop: Arc<watch::Sender<bool>>,
    tls: Option<TlsIdentity>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let router = app(state);
    let Some(tls) = tls else {
        return axum::serve(listener, router)
            .with_graceful_shutdown(async move {
                shutdown.await;
                stop.send_replace(true);
            })
            .await;
    };
    let handle = axum_server::Handle::new();
    tokio::spawn({
        let handle = handle.clone();
        async move {
            shutdown.await;
            stop.send_replace(true);
            handle.graceful_shutdown(None);
        }
    });
    let config = axum_server::tls_rustls::RustlsConfig::from_config(tls.server_config());
    axum_server::from_tcp_rustls(listener.into_std()?, config)
        .handle(handle)
        .serve(router.into_make_service())
        .await
}

/// The emulator, started in-process.
#[derive(Debug)]
pub struct Emulator;

impl Emulator {
    /// Binds `config.listen` (`127.0.0.1:0` by default: a free port) and serves on it in a
    /// background task, over HTTPS when `config.tls` is set.
    pub async fn start(config: Config) -> std::io::Result<EmulatorHandle> {
        let tls = config.tls_identity().map_err(std::io::Error::other)?;
        let listener = TcpListener::bind(config.listen).await?;
        let addr = listener.local_addr()?;
        let (stop, mut stopped) = watch::channel(false);
        let key = config.keys.first().cloned().unwrap_or_default();
        let certificate_pem = tls.as_ref().map(|t| t.certificate_pem().to_owned());
        // Made here, not in the task, so that what cannot start (a durable store that does
        // not open, trusted roots that do not load) is this call's error.
        let state_stop = Arc::new(watch::channel(false).0);
        let state = state(&config, state_stop.clone())?;
        let task = tokio::spawn(async move {
            let shutdown = async move {
                let _ = stopped.changed().await;
            };
            serve_state(listener, state, state_stop, tls, shutdown).await
        });
        tracing::info!(%addr, "Event Grid emulator listening");
        Ok(EmulatorHandle {
            addr,
            key,
            certificate_pem,
            stop,
            task,
        })
    }
}

/// A running emulator: its address, its first key, and a graceful shutdown. Dropping it
/// stops the emulator too (its stop channel closes), without waiting.
#[derive(Debug)]
pub struct EmulatorHandle {
    addr: SocketAddr,
    key: String,
    certificate_pem: Option<String>,
    stop: watch::Sender<bool>,
    task: JoinHandle<std::io::Result<()>>,
}

impl EmulatorHandle {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Its base URL, `http://127.0.0.1:PORT` (`https://` with TLS), without a trailing slash.
    pub fn url(&self) -> String {
        let scheme = if self.certificate_pem.is_some() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{}", self.addr)
    }

    /// Its first access key (base64), for `aeg-sas-key` or `Authorization: SharedAccessKey`.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The certificate it serves HTTPS with (PEM), for clients to trust; `None` over HTTP.
    pub fn certificate_pem(&self) -> Option<&str> {
        self.certificate_pem.as_deref()
    }

    /// Stops accepting requests, ends long polls, and waits for in-flight requests.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        match self.task.await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => tracing::warn!(%error, "the emulator stopped with an error"),
            Err(error) => tracing::warn!(%error, "the emulator's task failed"),
        }
    }
}
