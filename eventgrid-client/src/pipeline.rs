//! The HTTP core every client shares: one azure_core [`Pipeline`] (retry with `Retry-After`,
//! authentication, user agent, transport), requests to URLs a client builds once, and
//! responses turned into [`Error`]s that name the operation and count the attempts.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use async_trait::async_trait;
use azure_core::Bytes;
use azure_core::http::headers::{CLIENT_REQUEST_ID, CONTENT_TYPE, HeaderName, HeaderValue};
use azure_core::http::policies::{Policy, PolicyResult};
use azure_core::http::{
    ClientOptions, Context, Method, Pipeline, PipelineSendOptions, Request, Url,
};
use tracing::Instrument;
use uuid::Uuid;

use crate::auth::{Auth, Credential, Tier};
use crate::error::{Error, ErrorKind, Operation};
use crate::transport::default_transport;
use crate::wire;

/// A pipeline bound to an endpoint.
#[derive(Debug, Clone)]
pub(crate) struct Core {
    /// The endpoint, without a trailing slash.
    endpoint: Url,
    pipeline: Pipeline,
}

/// A request body with its headers; the pipeline adds authentication and the user agent.
pub(crate) struct Outgoing {
    /// Header names (lower-case) and values, `content-type` among them.
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) body: Bytes,
}

impl Outgoing {
    /// A body of `content_type` and no other header.
    pub(crate) fn new(content_type: &'static str, body: impl Into<Bytes>) -> Self {
        Outgoing {
            headers: vec![(CONTENT_TYPE, HeaderValue::from_static(content_type))],
            body: body.into(),
        }
    }
}

impl Core {
    /// Checks `endpoint` (an absolute http or https URL) and builds the pipeline.
    pub(crate) fn new(
        endpoint: &str,
        auth: Auth,
        tier: Tier,
        mut options: ClientOptions,
    ) -> Result<Self, Error> {
        let invalid = |why: String| Error::new(Operation::Connect, ErrorKind::InvalidArgument(why));
        let mut endpoint = Url::parse(endpoint)
            .map_err(|error| invalid(format!("endpoint `{endpoint}` is not a URL: {error}")))?;
        if !matches!(endpoint.scheme(), "http" | "https") || endpoint.host_str().is_none() {
            return Err(invalid(format!(
                "endpoint `{endpoint}` is not an http or https URL with a host"
            )));
        }
        if endpoint.query().is_some() || endpoint.fragment().is_some() {
            return Err(invalid(format!(
                "endpoint `{endpoint}` has a query or fragment; give the base URL only"
            )));
        }
        let trimmed = endpoint.path().trim_end_matches('/').to_owned();
        endpoint.set_path(&trimmed);

        if options.transport.is_none() {
            options.transport = Some(default_transport()?);
        }
        // One policy of ours per attempt: it counts, and sets a key or SAS header itself;
        // an Entra ID token needs azure_core's bearer policy after it.
        let per_try: Vec<Arc<dyn Policy>> = match auth.credential(tier, &endpoint)? {
            Credential::Header(name, value) => vec![Arc::new(PerTry {
                credential: Some((name, value)),
            })],
            Credential::Policy(policy) => vec![Arc::new(PerTry { credential: None }), policy],
        };
        let pipeline = Pipeline::new(
            Some(env!("CARGO_PKG_NAME")),
            Some(env!("CARGO_PKG_VERSION")),
            options,
            Vec::new(),
            per_try,
            None,
        );
        Ok(Core { endpoint, pipeline })
    }

    /// The endpoint, without a trailing slash.
    pub(crate) fn endpoint(&self) -> &Url {
        &self.endpoint
    }

    /// The URL of the endpoint's path followed by `path_and_query` (which starts with `/`),
    /// for `operation`; clients keep the URLs they use on every request.
    pub(crate) fn url(&self, operation: Operation, path_and_query: &str) -> Result<Url, Error> {
        let url = format!(
            "{}{path_and_query}",
            self.endpoint.as_str().trim_end_matches('/')
        );
        Url::parse(&url).map_err(|error| {
            Error::new(
                operation,
                ErrorKind::InvalidArgument(format!("request URL `{url}`: {error}")),
            )
        })
    }

    /// POSTs `outgoing` to `url` (from [`url`](Self::url)), inside a span named after the
    /// operation; returns the body of a 200.
    pub(crate) async fn post(
        &self,
        operation: Operation,
        url: &Url,
        outgoing: Outgoing,
    ) -> Result<Bytes, Error> {
        let span = tracing::info_span!(
            "eventgrid",
            operation = operation.as_str(),
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
        );
        async move {
            let result = self.post_once(operation, url, outgoing).await;
            let span = tracing::Span::current();
            match &result {
                Ok(_) => {
                    span.record("status", 200);
                }
                Err(error) => {
                    span.record("attempts", error.attempts());
                    if let Some(status) = error.status() {
                        span.record("status", status);
                    }
                    tracing::debug!(%error, "operation failed");
                }
            }
            result
        }
        .instrument(span)
        .await
    }

    async fn post_once(
        &self,
        operation: Operation,
        url: &Url,
        outgoing: Outgoing,
    ) -> Result<Bytes, Error> {
        let mut request = Request::new(url.clone(), Method::Post);
        // azure_core's request-id policy looks this header up first, and a lookup that misses
        // builds an error with a captured backtrace when RUST_BACKTRACE is set (the crate
        // docs give the cost). Setting the id here (one per operation, kept across retries,
        // as the policy does) makes the lookup a hit.
        let mut id = Uuid::encode_buffer();
        let id = Uuid::new_v4().hyphenated().encode_lower(&mut id);
        request.insert_header(CLIENT_REQUEST_ID, HeaderValue::from(id.to_owned()));
        for (name, value) in outgoing.headers {
            request.insert_header(name, value);
        }
        request.set_body(outgoing.body);

        let attempts = Attempts::default();
        let ctx = Context::new().with_value(attempts.clone());
        let options = PipelineSendOptions {
            skip_checks: true,
            ..PipelineSendOptions::default()
        };
        let sent = self.pipeline.send(&ctx, &mut request, Some(options)).await;
        let attempts = attempts.0.load(Ordering::Relaxed);
        let response = sent.map_err(|error| {
            Error::new(operation, ErrorKind::Transport(error.to_string())).after(attempts)
        })?;
        let (status, headers, body) = response.deconstruct();
        let status = u16::from(status);
        if status == 200 {
            return Ok(body.into());
        }
        let header_code = headers
            .get_optional_str(&azure_core::http::headers::HeaderName::from_static(
                "x-ms-error-code",
            ))
            .map(str::to_owned);
        let (body_code, message) = wire::error_body(&body);
        Err(Error::new(
            operation,
            ErrorKind::Service {
                status,
                code: header_code.or(body_code),
                message,
            },
        )
        .after(attempts))
    }
}

/// The number of attempts of one operation, shared with [`PerTry`] through the request's
/// context.
#[derive(Debug, Clone, Default)]
struct Attempts(Arc<AtomicU32>);

/// The client's per-try policy (it runs after the retry policy): counts the attempts and
/// sets the key or SAS header, when that is how the client authenticates.
#[derive(Debug)]
struct PerTry {
    credential: Option<(HeaderName, HeaderValue)>,
}

// async_trait's expansion cannot take `Context<'_>` here (the trait declares no lifetime).
#[allow(elided_lifetimes_in_paths)]
#[async_trait]
impl Policy for PerTry {
    async fn send(
        &self,
        ctx: &Context,
        request: &mut Request,
        next: &[Arc<dyn Policy>],
    ) -> PolicyResult {
        if let Some(attempts) = ctx.value::<Attempts>() {
            attempts.0.fetch_add(1, Ordering::Relaxed);
        }
        if let Some((name, value)) = &self.credential {
            request.insert_header(name.clone(), value.clone());
        }
        next[0].send(ctx, request, &next[1..]).await
    }
}
