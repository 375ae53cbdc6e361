//! The default HTTP transport: a `reqwest` client on rustls with the *ring* provider.
//!
//! azure_core's own `reqwest_rustls` feature selects rustls' aws-lc-rs provider, whose C build
//! needs cmake and minutes per build, and its default client stops reading after 60 s, shorter
//! than a receive's longest wait (120 s). So the clients hand the pipeline this client
//! instead, through azure_core's pluggable [`Transport`]; any other `HttpClient` can be given
//! in `ClientOptions::transport`.

use std::sync::Arc;
use std::time::Duration;

use azure_core::http::Transport;
use rustls_platform_verifier::BuilderVerifierExt;

use crate::error::{Error, ErrorKind, Operation};

/// How long connecting may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(20);
/// How long a response may stay silent: a receive's longest wait (120 s) plus a margin.
const READ_TIMEOUT: Duration = Duration::from_secs(150);

/// The default transport: HTTPS verified by the platform's roots, HTTP/1.1 and HTTP/2, no
/// redirects (the service sends none), the timeouts above.
pub(crate) fn default_transport() -> Result<Transport, Error> {
    // rustls deprecates ring's provider for lacking post-quantum key exchange; the classical
    // exchanges it offers are what Event Grid's endpoints negotiate today. A transport with
    // aws-lc-rs can be given in `ClientOptions::transport`.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(BuilderVerifierExt::with_platform_verifier)
        .map_err(|error| Error::new(Operation::Connect, ErrorKind::Transport(error.to_string())))?
        .with_no_client_auth();
    let client = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .connect_timeout(CONNECT_TIMEOUT)
        .read_timeout(READ_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|error| Error::new(Operation::Connect, ErrorKind::Transport(error.to_string())))?;
    Ok(Transport::new(Arc::new(client)))
}
