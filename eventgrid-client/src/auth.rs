//! Authentication of each attempt: an access key or a SAS token in a header, or an Entra ID
//! token through azure_core's bearer policy.

use std::sync::Arc;

use azure_core::credentials::{Secret, TokenCredential};
use azure_core::http::Url;
use azure_core::http::headers::{HeaderName, HeaderValue};
use azure_core::http::policies::Policy;
use azure_core::http::policies::auth::BearerTokenAuthorizationPolicy;

use crate::error::{Error, ErrorKind, Operation};

/// The Entra ID scope of Event Grid's data plane.
pub const SCOPE: &str = "https://eventgrid.azure.net/.default";

/// The two tiers authenticate with different headers (PROTOCOL.md 5 and 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tier {
    /// Basic topics and domains: `aeg-sas-key` / `aeg-sas-token`.
    Basic,
    /// Namespaces: `Authorization: SharedAccessKey` / `SharedAccessSignature`.
    Namespace,
}

/// How a client proves who it is.
#[derive(Debug, Clone)]
pub(crate) enum Auth {
    /// An access key of the topic or namespace (base64, as the portal shows it).
    Key(Secret),
    /// A SAS token, such as [`generate_sas`](crate::generate_sas) makes.
    Sas(Secret),
    /// Any azure_core token credential (Entra ID).
    Token(Arc<dyn TokenCredential>),
}

/// What authenticates each attempt.
pub(crate) enum Credential {
    /// A header that carries a key or SAS token, the same on every attempt, built once per
    /// client. azure_core's `HeaderValue` prints no value in `Debug` output or logs.
    Header(HeaderName, HeaderValue),
    /// azure_core's bearer-token policy, which fetches and caches Entra ID tokens.
    Policy(Arc<dyn Policy>),
}

impl Auth {
    /// What authenticates each attempt.
    ///
    /// azure_core's bearer policy refuses any URL that is not `https` (so a token is never
    /// sent in clear text), and so does this constructor, before any request is made.
    pub(crate) fn credential(self, tier: Tier, endpoint: &Url) -> Result<Credential, Error> {
        let (name, value) = match (self, tier) {
            (Auth::Token(credential), _) => {
                if endpoint.scheme() != "https" {
                    return Err(Error::new(
                        Operation::Connect,
                        ErrorKind::InvalidArgument(format!(
                            "an Entra ID credential needs an https endpoint, not `{endpoint}`; \
                             use a key or a SAS token for a plain-HTTP emulator"
                        )),
                    ));
                }
                return Ok(Credential::Policy(Arc::new(
                    BearerTokenAuthorizationPolicy::new(credential, [SCOPE]),
                )));
            }
            (Auth::Key(key), Tier::Basic) => ("aeg-sas-key", key.secret().to_owned()),
            (Auth::Key(key), Tier::Namespace) => {
                ("authorization", format!("SharedAccessKey {}", key.secret()))
            }
            (Auth::Sas(token), Tier::Basic) => ("aeg-sas-token", token.secret().to_owned()),
            (Auth::Sas(token), Tier::Namespace) => (
                "authorization",
                format!("SharedAccessSignature {}", token.secret()),
            ),
        };
        Ok(Credential::Header(
            HeaderName::from_static(name),
            HeaderValue::from(value),
        ))
    }
}
