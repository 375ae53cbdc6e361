//! Shared access signatures (PROTOCOL.md 5): `r=<resource>&e=<expiry>&s=<signature>`, the
//! signature being `base64(HMAC-SHA256(base64-decoded key, "r=<resource>&e=<expiry>"))` with
//! every part percent-encoded as JavaScript's `encodeURIComponent` does (the same set as the
//! Python SDK's `quote(..., safe="~()*!.'")`).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use sha2::Sha256;
use time::OffsetDateTime;

/// What `encodeURIComponent` leaves as it is: letters, digits and `-_.!~*'()`.
const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// The api-version basic topics and domains use, and SAS tokens name by default.
pub const BASIC_API_VERSION: &str = "2018-01-01";

/// An access key that is not base64.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the access key is not base64: {reason}")]
pub struct InvalidKey {
    reason: String,
}

/// A SAS token for `endpoint` (a topic's `.../api/events` URL, or a namespace, topic or
/// subscription URL), valid until `expires_at`, signed with an access key.
///
/// The expiry is written as the service's documentation, .NET and the JS SDK write it: the
/// en-US `M/d/yyyy h:mm:ss AM` form in UTC. The resource is `{endpoint}?apiVersion={api_version}`,
/// as the Python and JS SDKs make it.
///
/// ```
/// use eventgrid_client::generate_sas;
/// use time::macros::datetime;
///
/// let token = generate_sas(
///     "https://orders.westeurope-1.eventgrid.azure.net/api/events",
///     "c2VjcmV0LWtleQ==",
///     datetime!(2026-06-15 18:20:15 UTC),
///     "2018-01-01",
/// )?;
/// assert!(token.starts_with(
///     "r=https%3A%2F%2Forders.westeurope-1.eventgrid.azure.net%2Fapi%2Fevents%3FapiVersion%3D2018-01-01\
///      &e=6%2F15%2F2026%206%3A20%3A15%20PM&s="
/// ));
/// # Ok::<(), eventgrid_client::InvalidKey>(())
/// ```
pub fn generate_sas(
    endpoint: &str,
    key: &str,
    expires_at: OffsetDateTime,
    api_version: &str,
) -> Result<String, InvalidKey> {
    generate_sas_with_expiry_text(endpoint, key, &dotnet_en_us(expires_at), api_version)
}

/// A SAS token whose expiry is `expiry` exactly as given, for services or peers that write it
/// another way (the Python SDK writes `str(datetime)`, e.g. `2026-06-15 18:20:15+00:00`).
/// The text is signed as it is, never re-formatted.
pub fn generate_sas_with_expiry_text(
    endpoint: &str,
    key: &str,
    expiry: &str,
    api_version: &str,
) -> Result<String, InvalidKey> {
    let key = STANDARD.decode(key.trim()).map_err(|error| InvalidKey {
        reason: error.to_string(),
    })?;
    let resource = format!("{endpoint}?apiVersion={api_version}");
    let unsigned = format!(
        "r={}&e={}",
        utf8_percent_encode(&resource, URI_COMPONENT),
        utf8_percent_encode(expiry, URI_COMPONENT)
    );
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).map_err(|error| InvalidKey {
        reason: error.to_string(),
    })?;
    mac.update(unsigned.as_bytes());
    let signature = STANDARD.encode(mac.finalize().into_bytes());
    Ok(format!(
        "{unsigned}&s={}",
        utf8_percent_encode(&signature, URI_COMPONENT)
    ))
}

/// `M/d/yyyy h:mm:ss AM|PM` in UTC, .NET's en-US `DateTime.ToString()`.
fn dotnet_en_us(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    let hour = match at.hour() % 12 {
        0 => 12,
        h => h,
    };
    let meridiem = if at.hour() >= 12 { "PM" } else { "AM" };
    format!(
        "{}/{}/{} {hour}:{:02}:{:02} {meridiem}",
        u8::from(at.month()),
        at.day(),
        at.year(),
        at.minute(),
        at.second()
    )
}
