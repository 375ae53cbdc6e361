//! Entra ID bearer tokens on deliveries (feature `entra`).
//!
//! An event subscription with Entra ID authentication sends every request, handshakes
//! included, with `Authorization: Bearer <token>`: a JWT signed by Entra ID, whose audience is
//! the application ID (or its URI) the subscription names. [`EntraAuth`] checks the signature
//! against the keys Entra ID publishes as a JWKS, and the token's algorithm, expiry, audience
//! and issuer against what it is configured with; the signature is checked by `jsonwebtoken`.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use http::header::AUTHORIZATION;
use http::request::Parts;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use tokio::sync::RwLock;

use crate::auth::AuthError;

/// The shortest time between two fetches of the keys: a token naming an unknown key makes
/// at most one fetch per interval, so that forged tokens cannot flood the key endpoint.
const REFETCH_INTERVAL: Duration = Duration::from_secs(300);
/// How long a fetch of the keys may take.
const FETCH_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest JWKS read.
const MAX_JWKS_BYTES: usize = 256 * 1024;

/// Checks Entra ID bearer tokens: signature (keys from a JWKS URL, fetched on first use and
/// again when a token names a key not yet seen), algorithm `RS256`, expiry, audience and
/// issuer.
///
/// ```
/// use eventgrid_axum::entra::EntraAuth;
/// use eventgrid_axum::{Auth, WebhookConfig};
///
/// let tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
/// let entra = EntraAuth::for_tenant(tenant, "api://contoso-events")?;
/// let config = WebhookConfig::new().auth(Auth::entra(entra));
/// # Ok::<(), eventgrid_axum::AuthError>(())
/// ```
#[derive(Clone)]
pub struct EntraAuth {
    inner: Arc<Inner>,
}

struct Inner {
    jwks_url: String,
    validation: Validation,
    client: reqwest::Client,
    keys: RwLock<Keys>,
}

#[derive(Default)]
struct Keys {
    set: JwkSet,
    fetched: Option<Instant>,
}

impl Keys {
    /// Whether the last fetch is too recent for another.
    fn fetched_recently(&self) -> bool {
        self.fetched
            .is_some_and(|at| at.elapsed() < REFETCH_INTERVAL)
    }
}

impl fmt::Debug for EntraAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EntraAuth")
            .field("jwks_url", &self.inner.jwks_url)
            .field("audience", &self.inner.validation.aud)
            .field("issuer", &self.inner.validation.iss)
            .finish_non_exhaustive()
    }
}

impl EntraAuth {
    /// Tokens of the Entra ID tenant `tenant_id` for `audience`: keys from
    /// `https://login.microsoftonline.com/{tenant}/discovery/v2.0/keys`, issuer
    /// `https://sts.windows.net/{tenant}/` (v1 tokens) or
    /// `https://login.microsoftonline.com/{tenant}/v2.0` (v2).
    pub fn for_tenant(tenant_id: &str, audience: &str) -> Result<Self, AuthError> {
        Self::new(
            &format!("https://login.microsoftonline.com/{tenant_id}/discovery/v2.0/keys"),
            [audience],
            [
                format!("https://sts.windows.net/{tenant_id}/"),
                format!("https://login.microsoftonline.com/{tenant_id}/v2.0"),
            ],
        )
    }

    /// Tokens whose keys are at `jwks_url`, for one of `audiences`, from one of `issuers`.
    pub fn new<A, I>(jwks_url: &str, audiences: A, issuers: I) -> Result<Self, AuthError>
    where
        A: IntoIterator,
        A::Item: ToString,
        I: IntoIterator,
        I::Item: ToString,
    {
        let audiences: Vec<String> = audiences.into_iter().map(|a| a.to_string()).collect();
        let issuers: Vec<String> = issuers.into_iter().map(|i| i.to_string()).collect();
        if audiences.is_empty() || issuers.is_empty() {
            return Err(AuthError::InvalidToken(
                "an Entra ID check needs at least one audience and one issuer".to_owned(),
            ));
        }
        // With both of jsonwebtoken's crypto features on in a build, it would panic on first
        // use unless a provider is installed; one already installed is kept.
        let _ = jsonwebtoken::crypto::rust_crypto::DEFAULT_PROVIDER.install_default();
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&audiences);
        validation.set_issuer(&issuers);
        validation.set_required_spec_claims(&["exp", "aud", "iss"]);
        Ok(EntraAuth {
            inner: Arc::new(Inner {
                jwks_url: jwks_url.to_owned(),
                validation,
                client: client()?,
                keys: RwLock::new(Keys::default()),
            }),
        })
    }

    /// Checks the bearer token of a request's head.
    pub async fn check(&self, parts: &Parts) -> Result<(), AuthError> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| {
                let (scheme, token) = value.trim().split_once(' ')?;
                scheme
                    .eq_ignore_ascii_case("Bearer")
                    .then_some(token.trim())
            })
            .ok_or(AuthError::MissingToken)?;
        let header = jsonwebtoken::decode_header(token).map_err(|e| invalid(&e))?;
        let kid = header
            .kid
            .ok_or_else(|| AuthError::InvalidToken("the token names no key (`kid`)".to_owned()))?;
        let key = self.key(&kid).await?;
        jsonwebtoken::decode::<serde::de::IgnoredAny>(token, &key, &self.inner.validation)
            .map(drop)
            .map_err(|e| invalid(&e))
    }

    /// The key `kid`, fetching the JWKS when it is not known yet (at most once per
    /// [`REFETCH_INTERVAL`]).
    async fn key(&self, kid: &str) -> Result<DecodingKey, AuthError> {
        {
            let keys = self.inner.keys.read().await;
            if let Some(jwk) = keys.set.find(kid) {
                return DecodingKey::from_jwk(jwk).map_err(|e| invalid(&e));
            }
            if keys
                .fetched
                .is_some_and(|at| at.elapsed() < REFETCH_INTERVAL)
            {
                return Err(unknown_key(kid));
            }
        }
        let mut keys = self.inner.keys.write().await;
        // Another request may have fetched while this one waited for the lock.
        if keys.set.find(kid).is_none() && !keys.fetched_recently() {
            keys.fetched = Some(Instant::now());
            keys.set = self.fetch().await?;
        }
        match keys.set.find(kid) {
            Some(jwk) => DecodingKey::from_jwk(jwk).map_err(|e| invalid(&e)),
            None => Err(unknown_key(kid)),
        }
    }

    async fn fetch(&self) -> Result<JwkSet, AuthError> {
        let failed =
            |error: &dyn fmt::Display| AuthError::Keys(format!("{}: {error}", self.inner.jwks_url));
        let response = self
            .inner
            .client
            .get(&self.inner.jwks_url)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| failed(&e))?;
        if response
            .content_length()
            .is_some_and(|length| length > MAX_JWKS_BYTES as u64)
        {
            return Err(failed(&"the key set is over 256 KiB"));
        }
        let body = response.bytes().await.map_err(|e| failed(&e))?;
        if body.len() > MAX_JWKS_BYTES {
            return Err(failed(&"the key set is over 256 KiB"));
        }
        serde_json::from_slice(&body).map_err(|e| failed(&e))
    }
}

fn invalid(error: &jsonwebtoken::errors::Error) -> AuthError {
    AuthError::InvalidToken(error.to_string())
}

fn unknown_key(kid: &str) -> AuthError {
    AuthError::InvalidToken(format!(
        "key `{}` is not in the key set",
        kid.escape_debug()
    ))
}

/// An HTTPS client on rustls with the *ring* provider and the platform's roots (as
/// `eventgrid-client` uses: no C build), no redirects.
fn client() -> Result<reqwest::Client, AuthError> {
    use rustls_platform_verifier::BuilderVerifierExt;

    let failed = |error: &dyn fmt::Display| AuthError::Keys(format!("no HTTPS client: {error}"));
    // rustls deprecates ring's provider for lacking post-quantum key exchange; the classical
    // exchanges are what Entra ID's endpoints negotiate.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(BuilderVerifierExt::with_platform_verifier)
        .map_err(|e| failed(&e))?
        .with_no_client_auth();
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .timeout(FETCH_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| failed(&e))
}
