//! What a webhook endpoint accepts: the handshake policy, the body limit, and the auth check.

use std::sync::Arc;

use eventgrid_types::webhook::AbuseProtectionPolicy;

use crate::auth::Auth;

/// The default body limit: 1 MiB, the most Event Grid puts in one delivery.
pub const DEFAULT_BODY_LIMIT: usize = eventgrid_types::json::MAX_EVENT_BYTES;

/// How a webhook endpoint answers: which origins its abuse-protection handshake grants, the
/// largest body it reads, and how it checks that a delivery comes from Event Grid.
///
/// Cheap to clone (shared). Give it to the [`Events`](crate::Events) extractor as an axum
/// `Extension`, or to a [`WebhookLayer`](crate::WebhookLayer). Without one the extractor
/// uses [`WebhookConfig::default`]: Event Grid's origin, a 1 MiB limit, no auth check.
///
/// ```
/// use eventgrid_axum::{Auth, WebhookConfig};
///
/// let config = WebhookConfig::new()
///     .body_limit(256 * 1024)
///     .auth(Auth::query_key("code", "s3cret"));
/// assert_eq!(config.limit(), 256 * 1024);
/// ```
#[derive(Debug, Clone, Default)]
pub struct WebhookConfig {
    inner: Arc<Inner>,
}

#[derive(Debug, Clone)]
struct Inner {
    policy: AbuseProtectionPolicy,
    body_limit: usize,
    auth: Option<Auth>,
}

impl Default for Inner {
    fn default() -> Self {
        Inner {
            policy: AbuseProtectionPolicy::event_grid(),
            body_limit: DEFAULT_BODY_LIMIT,
            auth: None,
        }
    }
}

impl WebhookConfig {
    /// The defaults: Event Grid's origin at any rate, 1 MiB bodies, no auth check.
    pub fn new() -> Self {
        Self::default()
    }

    /// Copy-on-write: a configuration already shared is copied before a change.
    fn inner_mut(&mut self) -> &mut Inner {
        Arc::make_mut(&mut self.inner)
    }

    /// The same configuration answering abuse-protection requests with `policy`.
    #[must_use]
    pub fn policy(mut self, policy: AbuseProtectionPolicy) -> Self {
        self.inner_mut().policy = policy;
        self
    }

    /// The same configuration refusing bodies over `bytes` with `413` before parsing them.
    /// Event Grid sends at most 1 MiB per delivery, and the decoders of `eventgrid-types`
    /// refuse more than that (also `413`) whatever this limit says.
    #[must_use]
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.inner_mut().body_limit = bytes;
        self
    }

    /// The same configuration checking every request (handshakes too) with `auth` before
    /// its body is read.
    #[must_use]
    pub fn auth(mut self, auth: Auth) -> Self {
        self.inner_mut().auth = Some(auth);
        self
    }

    /// The abuse-protection policy.
    pub fn abuse_protection(&self) -> &AbuseProtectionPolicy {
        &self.inner.policy
    }

    /// The body limit, in bytes.
    pub fn limit(&self) -> usize {
        self.inner.body_limit
    }

    /// The auth check, if any.
    pub fn auth_check(&self) -> Option<&Auth> {
        self.inner.auth.as_ref()
    }
}
