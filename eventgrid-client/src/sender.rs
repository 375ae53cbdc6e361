//! [`SenderClient`]: publishes CloudEvents to a namespace topic.

use std::sync::Arc;

use azure_core::credentials::{Secret, TokenCredential};
use azure_core::http::{ClientOptions, Url};
use eventgrid_types::TypedEvent;

use crate::auth::{Auth, Tier};
use crate::error::{Error, ErrorKind, Operation, Result};
use crate::pipeline::{Core, Outgoing};
use crate::trace;
use crate::wire::{self, Path};

/// Options for a [`SenderClient`].
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct SenderClientOptions {
    /// azure_core's options: retry, transport, per-call and per-try policies, user agent.
    pub client_options: ClientOptions,
}

/// Publishes CloudEvents to one namespace topic (API version 2024-06-01): one event in
/// structured or binary mode, or a batch.
///
/// Any `#[derive(CloudEvent)]` type, [`CloudEvent`](struct@eventgrid_types::CloudEvent) or other
/// [`TypedEvent`] can be sent; events are checked against the producer rules before anything
/// is sent. A publish that fails with 408, 429, 5xx or no response is retried by azure_core's
/// policy, so delivery is at least once: the service may have taken an attempt that looked
/// failed.
///
/// ```no_run
/// use eventgrid_client::SenderClient;
/// use eventgrid_types::CloudEvent;
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let sender = SenderClient::with_key_credential(
///     "https://my-namespace.westeurope-1.eventgrid.azure.net",
///     "orders",
///     std::env::var("EVENTGRID_KEY")?,
///     None,
/// )?;
/// let event = CloudEvent::builder("com.example.order.created", "/orders").build()?;
/// sender.send(&event).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct SenderClient {
    core: Core,
    topic: String,
    /// The topic's publish URL, built once.
    publish_url: Url,
}

impl SenderClient {
    /// A sender authenticated by Entra ID (any azure_core [`TokenCredential`], scope
    /// [`SCOPE`](crate::SCOPE)); the endpoint must be https.
    pub fn new(
        endpoint: &str,
        topic: &str,
        credential: Arc<dyn TokenCredential>,
        options: Option<SenderClientOptions>,
    ) -> Result<Self> {
        Self::with_auth(endpoint, topic, Auth::Token(credential), options)
    }

    /// A sender authenticated by an access key of the namespace
    /// (`Authorization: SharedAccessKey`).
    pub fn with_key_credential(
        endpoint: &str,
        topic: &str,
        key: impl Into<Secret>,
        options: Option<SenderClientOptions>,
    ) -> Result<Self> {
        Self::with_auth(endpoint, topic, Auth::Key(key.into()), options)
    }

    /// A sender authenticated by a SAS token (`Authorization: SharedAccessSignature`), such as
    /// [`generate_sas`](crate::generate_sas) makes.
    pub fn with_sas_token(
        endpoint: &str,
        topic: &str,
        token: impl Into<Secret>,
        options: Option<SenderClientOptions>,
    ) -> Result<Self> {
        Self::with_auth(endpoint, topic, Auth::Sas(token.into()), options)
    }

    fn with_auth(
        endpoint: &str,
        topic: &str,
        auth: Auth,
        options: Option<SenderClientOptions>,
    ) -> Result<Self> {
        let publish_path = Path::Publish { topic }
            .render()
            .map_err(|why| Error::new(Operation::Connect, ErrorKind::InvalidArgument(why)))?;
        let options = options.unwrap_or_default();
        let core = Core::new(endpoint, auth, Tier::Namespace, options.client_options)?;
        Ok(SenderClient {
            publish_url: core.url(Operation::Connect, &publish_path)?,
            core,
            topic: topic.to_owned(),
        })
    }

    /// The namespace endpoint.
    pub fn endpoint(&self) -> &Url {
        self.core.endpoint()
    }

    /// The topic events are sent to.
    pub fn topic(&self) -> &str {
        &self.topic
    }

    /// Sends one event in structured mode (`application/cloudevents+json`).
    pub async fn send<E: TypedEvent + ?Sized>(&self, event: &E) -> Result<()> {
        let body = wire::structured(event, trace::outgoing().as_ref())
            .map_err(|e| encode(Operation::Send, e))?;
        self.publish(Operation::Send, Outgoing::new(wire::CLOUD_EVENT, body))
            .await
    }

    /// Sends events as one batch (`application/cloudevents-batch+json`): all or none are
    /// accepted. More than 1,000 events or 1 MiB is refused before sending; see
    /// [`send_all`](Self::send_all) for any number of events.
    pub async fn send_batch<'a, E, I>(&self, events: I) -> Result<()>
    where
        E: TypedEvent + ?Sized + 'a,
        I: IntoIterator<Item = &'a E>,
    {
        let body = wire::batch(events, trace::outgoing().as_ref())
            .map_err(|e| encode(Operation::SendBatch, e))?;
        self.publish(
            Operation::SendBatch,
            Outgoing::new(wire::CLOUD_EVENT_BATCH, body),
        )
        .await
    }

    /// Sends one event in binary mode: attributes in `ce-` headers, the data as the body.
    pub async fn send_binary<E: TypedEvent + ?Sized>(&self, event: &E) -> Result<()> {
        let (headers, body) = wire::binary(event, trace::outgoing().as_ref())
            .map_err(|e| encode(Operation::SendBinary, e))?;
        let outgoing = Outgoing {
            headers,
            body: body.into(),
        };
        self.publish(Operation::SendBinary, outgoing).await
    }

    pub(crate) async fn publish(&self, operation: Operation, outgoing: Outgoing) -> Result<()> {
        self.core
            .post(operation, &self.publish_url, outgoing)
            .await
            .map(drop)
    }
}

/// An encoding failure of `operation`.
pub(crate) fn encode(operation: Operation, error: eventgrid_types::EncodeError) -> Error {
    Error::new(operation, ErrorKind::Encode(error))
}
