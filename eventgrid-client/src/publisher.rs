//! [`PublisherClient`]: publishes to a basic topic or domain (API version 2018-01-01).

use std::sync::Arc;

use azure_core::credentials::{Secret, TokenCredential};
use azure_core::http::headers::{HeaderName, HeaderValue};
use azure_core::http::{ClientOptions, Url};
use eventgrid_types::{EventGridEvent, TypedEvent};

use crate::auth::{Auth, Tier};
use crate::error::{Error, ErrorKind, Operation, Result};
use crate::pipeline::{Core, Outgoing};
use crate::sas::BASIC_API_VERSION;
use crate::sender::encode;
use crate::{trace, wire};

/// The header that routes an event to a partner topic's channel.
const CHANNEL_NAME_HEADER: HeaderName = HeaderName::from_static("aeg-channel-name");

/// Options for a [`PublisherClient`].
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct PublisherClientOptions {
    /// azure_core's options: retry, transport, per-call and per-try policies, user agent.
    pub client_options: ClientOptions,
    /// The `aeg-channel-name` header sent with every publish, for partner namespaces that
    /// route by channel name.
    pub channel_name: Option<String>,
}

/// Publishes to a basic topic or domain: Event Grid schema events, CloudEvents, any typed
/// event in either schema, or raw JSON for a custom input schema.
///
/// The endpoint is the topic's `https://{topic}.{region}-1.eventgrid.azure.net/api/events`
/// (`/api/events` is added when missing, as the Python client does).
///
/// ```no_run
/// use eventgrid_client::PublisherClient;
/// use eventgrid_types::EventGridEvent;
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let publisher = PublisherClient::with_key_credential(
///     "https://orders.westeurope-1.eventgrid.azure.net/api/events",
///     std::env::var("EVENTGRID_TOPIC_KEY")?,
///     None,
/// )?;
/// let event = EventGridEvent::new("Contoso.Order.Created", "orders/1", &serde_json::json!({"total": 12.5}))?;
/// publisher.send_event_grid_events(&[event]).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct PublisherClient {
    core: Core,
    /// `/api/events` with the API version, built once.
    url: Url,
    /// The `aeg-channel-name` header's value.
    channel_name: Option<HeaderValue>,
}

impl PublisherClient {
    /// A publisher authenticated by Entra ID (any azure_core [`TokenCredential`], scope
    /// [`SCOPE`](crate::SCOPE)); the endpoint must be https.
    pub fn new(
        endpoint: &str,
        credential: Arc<dyn TokenCredential>,
        options: Option<PublisherClientOptions>,
    ) -> Result<Self> {
        Self::with_auth(endpoint, Auth::Token(credential), options)
    }

    /// A publisher authenticated by an access key of the topic (`aeg-sas-key`).
    pub fn with_key_credential(
        endpoint: &str,
        key: impl Into<Secret>,
        options: Option<PublisherClientOptions>,
    ) -> Result<Self> {
        Self::with_auth(endpoint, Auth::Key(key.into()), options)
    }

    /// A publisher authenticated by a SAS token (`aeg-sas-token`), such as
    /// [`generate_sas`](crate::generate_sas) makes.
    pub fn with_sas_token(
        endpoint: &str,
        token: impl Into<Secret>,
        options: Option<PublisherClientOptions>,
    ) -> Result<Self> {
        Self::with_auth(endpoint, Auth::Sas(token.into()), options)
    }

    fn with_auth(
        endpoint: &str,
        auth: Auth,
        options: Option<PublisherClientOptions>,
    ) -> Result<Self> {
        let options = options.unwrap_or_default();
        let trimmed = endpoint.trim_end_matches('/');
        let base = trimmed.strip_suffix("/api/events").unwrap_or(trimmed);
        if let Some(channel) = &options.channel_name
            && (channel.is_empty() || !channel.bytes().all(|b| b.is_ascii_graphic()))
        {
            return Err(Error::new(
                Operation::Connect,
                ErrorKind::InvalidArgument(format!(
                    "channel name `{channel}` must be non-empty visible ASCII"
                )),
            ));
        }
        let core = Core::new(base, auth, Tier::Basic, options.client_options)?;
        Ok(PublisherClient {
            url: core.url(
                Operation::Connect,
                &format!("/api/events?api-version={BASIC_API_VERSION}"),
            )?,
            core,
            channel_name: options.channel_name.map(HeaderValue::from),
        })
    }

    /// The endpoint, without `/api/events`.
    pub fn endpoint(&self) -> &Url {
        self.core.endpoint()
    }

    /// Publishes Event Grid schema events, all or none.
    pub async fn send_event_grid_events(&self, events: &[EventGridEvent]) -> Result<()> {
        let body = wire::event_grid_array(events).map_err(|e| encode(Operation::Publish, e))?;
        self.publish(Outgoing::new(wire::JSON, body)).await
    }

    /// Publishes typed events (a `#[derive(CloudEvent)]` type, say) in the Event Grid schema,
    /// to a topic whose input schema is the Event Grid schema. An event with extensions or
    /// binary data is refused: that schema cannot carry them.
    pub async fn send_as_event_grid<'a, E, I>(&self, events: I) -> Result<()>
    where
        E: TypedEvent + ?Sized + 'a,
        I: IntoIterator<Item = &'a E>,
    {
        let events = events
            .into_iter()
            .map(wire::to_event_grid)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| encode(Operation::Publish, e))?;
        self.send_event_grid_events(&events).await
    }

    /// Publishes CloudEvents (any [`TypedEvent`]) as one batch, to a topic whose input
    /// schema is CloudEvents 1.0.
    pub async fn send_cloud_events<'a, E, I>(&self, events: I) -> Result<()>
    where
        E: TypedEvent + ?Sized + 'a,
        I: IntoIterator<Item = &'a E>,
    {
        let body = wire::batch(events, trace::outgoing().as_ref())
            .map_err(|e| encode(Operation::Publish, e))?;
        self.publish(Outgoing::new(wire::CLOUD_EVENT_BATCH, body))
            .await
    }

    /// Publishes a JSON body as it is (`application/json`), for topics with a custom input
    /// schema. The body must be JSON; nothing else is checked.
    pub async fn send_raw_json(&self, json: &[u8]) -> Result<()> {
        serde_json::from_slice::<serde::de::IgnoredAny>(json).map_err(|error| {
            Error::new(
                Operation::Publish,
                ErrorKind::InvalidArgument(format!("the body is not JSON: {error}")),
            )
        })?;
        self.publish(Outgoing::new(wire::JSON, json.to_vec())).await
    }

    async fn publish(&self, mut outgoing: Outgoing) -> Result<()> {
        if let Some(channel) = &self.channel_name {
            outgoing
                .headers
                .push((CHANNEL_NAME_HEADER, channel.clone()));
        }
        self.core
            .post(Operation::Publish, &self.url, outgoing)
            .await
            .map(drop)
    }
}
