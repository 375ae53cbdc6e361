//! [`ReceiverClient`]: receives events from a namespace event subscription and settles them.

use std::sync::Arc;
use std::time::Duration;

use azure_core::credentials::{Secret, TokenCredential};
use azure_core::http::{ClientOptions, Url};
use eventgrid_types::DecodeError;
use eventgrid_types::typed::FromEvent;

use crate::auth::{Auth, Tier};
use crate::error::{Error, ErrorKind, Operation, Result};
use crate::pipeline::{Core, Outgoing};
use crate::trace::TraceContext;
use crate::wire::{self, Path, ReleaseDelay};

/// Options for a [`ReceiverClient`].
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ReceiverClientOptions {
    /// azure_core's options: retry, transport, per-call and per-try policies, user agent.
    pub client_options: ClientOptions,
}

/// Receives events from one event subscription of a namespace topic (API version
/// 2024-06-01), and acknowledges, releases, rejects them or renews their locks.
///
/// ```no_run
/// use std::time::Duration;
/// use eventgrid_client::{ReceiverClient, ReleaseDelay};
/// use eventgrid_types::CloudEvent;
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let receiver = ReceiverClient::with_key_credential(
///     "https://my-namespace.westeurope-1.eventgrid.azure.net",
///     "orders",
///     "billing",
///     std::env::var("EVENTGRID_KEY")?,
///     None,
/// )?;
/// let received = receiver.receive::<CloudEvent>(10, Duration::from_secs(30)).await?;
/// let (mut done, mut bad) = (Vec::new(), Vec::new());
/// for item in received {
///     match item.event {
///         Ok(event) => { println!("{}", event.ty()); done.push(item.lock_token) }
///         // Not a CloudEvent we can read: its lock token still lets us reject it.
///         Err(_) => bad.push(item.lock_token),
///     }
/// }
/// receiver.acknowledge(done).await?;
/// receiver.reject(bad).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct ReceiverClient {
    core: Core,
    topic: String,
    subscription: String,
    /// The settlements whose URL is always the same, built once: a processor acknowledges
    /// every event by its own request.
    acknowledge_url: Url,
    reject_url: Url,
    renew_locks_url: Url,
}

/// One received event: its lock token, delivery count, and the event or why it could not
/// be decoded.
#[derive(Debug)]
#[non_exhaustive]
pub struct ReceivedEvent<T> {
    /// The token that settles the event or renews its lock.
    pub lock_token: String,
    /// How many times the event has been delivered, this delivery included.
    pub delivery_count: u32,
    /// The event, or why it did not decode as `T` (its lock token is good either way).
    pub event: Result<T, DecodeError>,
    /// The producer's trace context (the `traceparent` and `tracestate` extension), for
    /// the span that handles the event to link to; `None` when the event has none or did
    /// not decode.
    pub trace_context: Option<TraceContext>,
}

/// What one receive returned: one [`ReceivedEvent`] per event, in order.
#[derive(Debug)]
#[non_exhaustive]
pub struct Received<T> {
    /// The events that carry a lock token.
    pub events: Vec<ReceivedEvent<T>>,
    /// Items of the response without a usable lock token (the service always sends one):
    /// they cannot be settled, and are delivered again when their lock expires.
    pub unsettleable: Vec<DecodeError>,
}

impl<T> Received<T> {
    /// The number of events that can be settled.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether nothing was received.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty() && self.unsettleable.is_empty()
    }
}

impl<T> IntoIterator for Received<T> {
    type Item = ReceivedEvent<T>;
    type IntoIter = std::vec::IntoIter<ReceivedEvent<T>>;

    fn into_iter(self) -> Self::IntoIter {
        self.events.into_iter()
    }
}

/// The result of a settlement or lock renewal: the service settles each token on its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Settlement {
    /// The tokens that were settled (or whose locks were renewed).
    pub succeeded: Vec<String>,
    /// The tokens that were not, each with why.
    pub failed: Vec<FailedLockToken>,
}

impl Settlement {
    /// Whether every token succeeded.
    pub fn is_complete(&self) -> bool {
        self.failed.is_empty()
    }
}

/// A lock token the service did not settle.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FailedLockToken {
    /// The token.
    pub lock_token: String,
    /// The service's error code, such as `TokenLost`.
    pub code: String,
    /// The service's message.
    pub message: String,
}

impl ReceiverClient {
    /// A receiver authenticated by Entra ID (any azure_core [`TokenCredential`], scope
    /// [`SCOPE`](crate::SCOPE)); the endpoint must be https.
    pub fn new(
        endpoint: &str,
        topic: &str,
        subscription: &str,
        credential: Arc<dyn TokenCredential>,
        options: Option<ReceiverClientOptions>,
    ) -> Result<Self> {
        Self::with_auth(
            endpoint,
            topic,
            subscription,
            Auth::Token(credential),
            options,
        )
    }

    /// A receiver authenticated by an access key of the namespace
    /// (`Authorization: SharedAccessKey`).
    pub fn with_key_credential(
        endpoint: &str,
        topic: &str,
        subscription: &str,
        key: impl Into<Secret>,
        options: Option<ReceiverClientOptions>,
    ) -> Result<Self> {
        Self::with_auth(
            endpoint,
            topic,
            subscription,
            Auth::Key(key.into()),
            options,
        )
    }

    /// A receiver authenticated by a SAS token (`Authorization: SharedAccessSignature`).
    pub fn with_sas_token(
        endpoint: &str,
        topic: &str,
        subscription: &str,
        token: impl Into<Secret>,
        options: Option<ReceiverClientOptions>,
    ) -> Result<Self> {
        Self::with_auth(
            endpoint,
            topic,
            subscription,
            Auth::Sas(token.into()),
            options,
        )
    }

    fn with_auth(
        endpoint: &str,
        topic: &str,
        subscription: &str,
        auth: Auth,
        options: Option<ReceiverClientOptions>,
    ) -> Result<Self> {
        let options = options.unwrap_or_default();
        let core = Core::new(endpoint, auth, Tier::Namespace, options.client_options)?;
        // Also checks the names once, so that later path errors cannot happen.
        let url = |path: Path<'_>| {
            let path = path
                .render()
                .map_err(|why| Error::new(Operation::Connect, ErrorKind::InvalidArgument(why)))?;
            core.url(Operation::Connect, &path)
        };
        Ok(ReceiverClient {
            acknowledge_url: url(Path::Acknowledge {
                topic,
                subscription,
            })?,
            reject_url: url(Path::Reject {
                topic,
                subscription,
            })?,
            renew_locks_url: url(Path::RenewLocks {
                topic,
                subscription,
            })?,
            core,
            topic: topic.to_owned(),
            subscription: subscription.to_owned(),
        })
    }

    /// The namespace endpoint.
    pub fn endpoint(&self) -> &Url {
        self.core.endpoint()
    }

    /// The topic.
    pub fn topic(&self) -> &str {
        &self.topic
    }

    /// The event subscription.
    pub fn subscription(&self) -> &str {
        &self.subscription
    }

    /// Receives up to `max_events` (1 to 100) events, waiting up to `max_wait` (10 to 120 s,
    /// rounded up to whole seconds) for the first one. An empty result is not an error.
    ///
    /// `T` is [`CloudEvent`](struct@eventgrid_types::CloudEvent), a system-event enum, or a
    /// `#[derive(CloudEvent)]` type or enum; each event decodes on its own, so one that does
    /// not fit `T` is an `Err` in its [`ReceivedEvent`] and keeps its lock token.
    pub async fn receive<T>(&self, max_events: u32, max_wait: Duration) -> Result<Received<T>>
    where
        T: for<'a> FromEvent<'a>,
    {
        let invalid = |why: String| Error::new(Operation::Receive, ErrorKind::InvalidArgument(why));
        let max_wait_seconds =
            u32::try_from(max_wait.as_secs() + u64::from(max_wait.subsec_nanos() > 0))
                .unwrap_or(u32::MAX);
        let path = Path::Receive {
            topic: &self.topic,
            subscription: &self.subscription,
            max_events,
            max_wait_seconds,
        }
        .render()
        .map_err(invalid)?;
        let url = self.core.url(Operation::Receive, &path)?;
        let body = self
            .core
            .post(
                Operation::Receive,
                &url,
                Outgoing::new(wire::JSON, Vec::new()),
            )
            .await?;
        wire::receive(&body)
            .map_err(|error| Error::new(Operation::Receive, ErrorKind::Response(error.to_string())))
    }

    /// Acknowledges events: they are deleted.
    pub async fn acknowledge<I, S>(&self, lock_tokens: I) -> Result<Settlement>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.settle(Operation::Acknowledge, &self.acknowledge_url, lock_tokens)
            .await
    }

    /// Releases events: they are delivered again after `delay`.
    pub async fn release<I, S>(&self, lock_tokens: I, delay: ReleaseDelay) -> Result<Settlement>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let path = Path::Release {
            topic: &self.topic,
            subscription: &self.subscription,
            delay,
        }
        .render()
        .map_err(|why| Error::new(Operation::Release, ErrorKind::InvalidArgument(why)))?;
        let url = self.core.url(Operation::Release, &path)?;
        self.settle(Operation::Release, &url, lock_tokens).await
    }

    /// Rejects events: they are dead-lettered (or dropped when the subscription has no
    /// dead-letter destination).
    pub async fn reject<I, S>(&self, lock_tokens: I) -> Result<Settlement>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.settle(Operation::Reject, &self.reject_url, lock_tokens)
            .await
    }

    /// Renews the locks of events still being worked on.
    pub async fn renew_locks<I, S>(&self, lock_tokens: I) -> Result<Settlement>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.settle(Operation::RenewLocks, &self.renew_locks_url, lock_tokens)
            .await
    }

    /// Sends one settlement request. No tokens make no request (the service refuses an
    /// empty list). A retried settlement may report as failed a token the first attempt
    /// settled: the service no longer knows it.
    async fn settle<I, S>(
        &self,
        operation: Operation,
        url: &Url,
        lock_tokens: I,
    ) -> Result<Settlement>
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let (count, body) = wire::lock_tokens(lock_tokens);
        if count == 0 {
            return Ok(Settlement::default());
        }
        let response = self
            .core
            .post(operation, url, Outgoing::new(wire::SETTLEMENT, body))
            .await?;
        wire::settlement(&response)
            .map_err(|error| Error::new(operation, ErrorKind::Response(error.to_string())))
    }
}
