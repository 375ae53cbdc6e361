//! Checking that a delivery comes from Event Grid: a secret query parameter compared in
//! constant time, or (feature `entra`) an Entra ID bearer token.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use http::request::Parts;
use subtle::ConstantTimeEq;

/// How a webhook checks that a request comes from its own event subscription.
///
/// - [`Auth::query_key`]: the subscription's endpoint URL carries a secret query parameter
///   (`https://example.com/events?code=SECRET`), compared in constant time.
/// - `Auth::entra` (feature `entra`): Event Grid sends an Entra ID token in
///   `Authorization: Bearer`; its signature is checked against the keys of a JWKS, its
///   audience and issuer against configured values.
#[derive(Clone)]
#[non_exhaustive]
pub enum Auth {
    /// A secret query parameter.
    QueryKey {
        /// The parameter's name.
        name: Arc<str>,
        /// The secret.
        key: Arc<[u8]>,
    },
    /// An Entra ID bearer token.
    #[cfg(feature = "entra")]
    Entra(crate::entra::EntraAuth),
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Never the secret.
            Auth::QueryKey { name, .. } => f.debug_struct("QueryKey").field("name", name).finish(),
            #[cfg(feature = "entra")]
            Auth::Entra(entra) => f.debug_tuple("Entra").field(entra).finish(),
        }
    }
}

/// Why a request failed the auth check; answered with `401 Unauthorized`, which Event Grid
/// does not retry, except [`AuthError::Keys`] (`503`, retried).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// The query parameter is missing.
    #[error("query parameter `{0}` is missing")]
    MissingKey(Arc<str>),
    /// The query parameter holds another value.
    #[error("query parameter `{0}` does not hold the key")]
    WrongKey(Arc<str>),
    /// No `Authorization: Bearer` header.
    #[error("no `Authorization: Bearer` token")]
    MissingToken,
    /// The token is malformed, expired, signed by an unknown key, or for another audience or
    /// issuer.
    #[error("bearer token refused: {0}")]
    InvalidToken(String),
    /// The signing keys could not be fetched.
    #[error("the signing keys could not be fetched: {0}")]
    Keys(String),
}

impl Auth {
    /// A secret query parameter `name` holding `key`.
    pub fn query_key(name: &str, key: impl AsRef<[u8]>) -> Self {
        Auth::QueryKey {
            name: name.into(),
            key: key.as_ref().into(),
        }
    }

    /// An Entra ID bearer token check; see [`EntraAuth`](crate::entra::EntraAuth).
    #[cfg(feature = "entra")]
    pub fn entra(entra: crate::entra::EntraAuth) -> Self {
        Auth::Entra(entra)
    }

    /// Checks a request's head.
    // Async for the Entra ID check, which may fetch keys; the query key needs no await.
    #[cfg_attr(not(feature = "entra"), allow(clippy::unused_async))]
    pub async fn check(&self, parts: &Parts) -> Result<(), AuthError> {
        match self {
            Auth::QueryKey { name, key } => check_query_key(parts, name, key),
            #[cfg(feature = "entra")]
            Auth::Entra(entra) => entra.check(parts).await.map(drop),
        }
    }
}

fn check_query_key(parts: &Parts, name: &Arc<str>, key: &[u8]) -> Result<(), AuthError> {
    let query = parts.uri.query().unwrap_or_default();
    let mut found: Option<Cow<'_, [u8]>> = None;
    for pair in query.split('&') {
        let (param, value) = pair.split_once('=').unwrap_or((pair, ""));
        if percent_decode(param).as_ref() == name.as_bytes() {
            found = Some(percent_decode(value));
        }
    }
    let found = found.ok_or_else(|| AuthError::MissingKey(name.clone()))?;
    // `ct_eq` compares every byte of equal-length slices; only the length can leak.
    if bool::from(found.as_ref().ct_eq(key)) {
        Ok(())
    } else {
        Err(AuthError::WrongKey(name.clone()))
    }
}

/// A query component as bytes: `+` is a space and `%XX` an octet, as in forms.
fn percent_decode(text: &str) -> Cow<'_, [u8]> {
    if text.contains('+') {
        let spaced = text.replace('+', " ");
        Cow::Owned(percent_encoding::percent_decode_str(&spaced).collect())
    } else {
        percent_encoding::percent_decode_str(text).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(uri: &str) -> Parts {
        http::Request::post(uri).body(()).unwrap().into_parts().0
    }

    #[test]
    fn query_key() {
        let name: Arc<str> = "code".into();
        let check = |uri: &str| check_query_key(&parts(uri), &name, b"a b/c");
        assert_eq!(check("/events?code=a+b%2Fc"), Ok(()));
        assert_eq!(check("/events?x=1&code=a%20b/c&y"), Ok(()));
        assert_eq!(
            check("/events?code=a+b%2Fd"),
            Err(AuthError::WrongKey(name.clone()))
        );
        assert_eq!(
            check("/events?code=a+b%2Fc+"),
            Err(AuthError::WrongKey(name.clone()))
        );
        assert_eq!(
            check("/events?code="),
            Err(AuthError::WrongKey(name.clone()))
        );
        assert_eq!(
            check("/events?cod=a+b%2Fc"),
            Err(AuthError::MissingKey(name.clone()))
        );
        assert_eq!(check("/events"), Err(AuthError::MissingKey(name.clone())));
        assert!(!format!("{:?}", Auth::query_key("code", "a b/c")).contains("a b"));
    }
}
