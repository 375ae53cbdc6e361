//! Authentication as the service does it (PROTOCOL.md 5 and 6): an access key in
//! `aeg-sas-key` (header or query) or `Authorization: SharedAccessKey`, a SAS token in
//! `aeg-sas-token` or `Authorization: SharedAccessSignature` (signature and expiry checked),
//! and `Authorization: Bearer`: refused, accepted unchecked, or checked as a JWT for Event
//! Grid's audience ([`BearerConfig`]), by configuration.

use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use eventgrid_types::timestamp::Timestamp;
use hmac::{Hmac, Mac};
use percent_encoding::percent_decode_str;
use sha2::Sha256;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time};

use crate::config::{BEARER_AUDIENCE, BearerConfig, Config};
use crate::error::ApiError;
use crate::state::AppState;

/// The header (and query parameter) that carries an access key.
pub const KEY_HEADER: &str = "aeg-sas-key";
/// The header that carries a SAS token.
pub const TOKEN_HEADER: &str = "aeg-sas-token";

/// The access keys, kept both as text (compared with what clients send) and decoded (the
/// HMAC key of SAS tokens).
#[derive(Debug, Clone)]
pub(crate) struct Keys {
    keys: Vec<(String, Vec<u8>)>,
    bearer: Bearer,
}

/// What becomes of `Authorization: Bearer`.
#[derive(Clone)]
enum Bearer {
    Refused,
    Unchecked,
    /// `bearer.hs256_key` is empty or not base64 (a configuration built in code and not
    /// [checked](crate::Config::check)): every token is refused, none accepted.
    NoKey,
    Jwt {
        key: jsonwebtoken::DecodingKey,
        validation: Box<jsonwebtoken::Validation>,
    },
}

impl std::fmt::Debug for Bearer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Bearer::Refused => "Refused",
            Bearer::Unchecked => "Unchecked",
            Bearer::NoKey => "NoKey",
            Bearer::Jwt { .. } => "Jwt",
        })
    }
}

impl Bearer {
    fn new(accept: bool, config: Option<&BearerConfig>) -> Self {
        match (accept, config) {
            (false, _) => Bearer::Refused,
            (true, None) => Bearer::Unchecked,
            (true, Some(config)) => {
                // Were both of jsonwebtoken's crypto backends on in a build, it would panic
                // on first use unless one is installed; one already installed is kept.
                let _ = jsonwebtoken::crypto::rust_crypto::DEFAULT_PROVIDER.install_default();
                let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
                validation.set_audience(&[BEARER_AUDIENCE, &format!("{BEARER_AUDIENCE}/")]);
                if let Some(issuer) = &config.issuer {
                    validation.set_issuer(&[issuer]);
                }
                validation.set_required_spec_claims(&["exp", "aud"]);
                // The lifetime is checked against the request's `now` below, as SAS expiry is.
                validation.validate_exp = false;
                validation.validate_nbf = false;
                let secret = decode_key(&config.hs256_key).unwrap_or_default();
                match jsonwebtoken::DecodingKey::from_secret(&secret) {
                    Ok(key) => Bearer::Jwt {
                        key,
                        validation: Box::new(validation),
                    },
                    Err(_) => Bearer::NoKey,
                }
            }
        }
    }

    fn check(&self, token: &str, now: OffsetDateTime) -> Result<(), ApiError> {
        let (key, validation) = match self {
            Bearer::Refused => {
                return Err(ApiError::unauthorized(
                    "bearer tokens are refused by this emulator's configuration \
                     (accept_bearer = false)",
                ));
            }
            Bearer::Unchecked => return Ok(()),
            Bearer::NoKey => {
                return Err(ApiError::unauthorized(
                    "bearer tokens cannot be checked: bearer.hs256_key is not a non-empty \
                     base64 key",
                ));
            }
            Bearer::Jwt { key, validation } => (key, validation),
        };
        let claims = jsonwebtoken::decode::<Lifetime>(token, key, validation)
            .map_err(|error| ApiError::unauthorized(bearer_error(&error)))?
            .claims;
        let now = now.unix_timestamp();
        if claims.exp <= now {
            return Err(ApiError::unauthorized(format!(
                "the bearer token expired at {} (seconds since 1970)",
                claims.exp
            )));
        }
        if let Some(nbf) = claims.nbf
            && nbf > now
        {
            return Err(ApiError::unauthorized(format!(
                "the bearer token is not valid before {nbf} (seconds since 1970)"
            )));
        }
        Ok(())
    }
}

/// The lifetime claims of a bearer token.
#[derive(Debug, serde::Deserialize)]
struct Lifetime {
    exp: i64,
    nbf: Option<i64>,
}

/// Why a bearer token was refused, in the terms of the check that failed.
fn bearer_error(error: &jsonwebtoken::errors::Error) -> String {
    use jsonwebtoken::errors::ErrorKind;
    match error.kind() {
        ErrorKind::InvalidAudience => {
            format!("the bearer token's audience (`aud`) is not {BEARER_AUDIENCE}")
        }
        ErrorKind::InvalidIssuer => {
            "the bearer token's issuer (`iss`) is not the configured one".to_owned()
        }
        ErrorKind::InvalidSignature => {
            "the bearer token's signature does not match the configured key".to_owned()
        }
        ErrorKind::InvalidAlgorithm => "the bearer token is not signed with HS256".to_owned(),
        ErrorKind::MissingRequiredClaim(claim) => {
            format!("the bearer token has no `{claim}` claim")
        }
        _ => format!("the bearer token is not a JWT this emulator reads: {error}"),
    }
}

/// Decodes an access key; `None` when it is not base64.
pub(crate) fn decode_key(key: &str) -> Option<Vec<u8>> {
    STANDARD.decode(key).ok()
}

/// The credential a request presents.
#[derive(Debug, PartialEq, Eq)]
enum Credential<'a> {
    Key(&'a str),
    Token(&'a str),
    Bearer(&'a str),
}

impl Keys {
    pub(crate) fn new(config: &Config) -> Self {
        Keys {
            keys: config
                .keys
                .iter()
                .filter_map(|key| Some((key.clone(), decode_key(key)?)))
                .collect(),
            bearer: Bearer::new(config.accept_bearer, config.bearer.as_ref()),
        }
    }

    /// Checks the request's credential; `path` is the request's path, which a SAS token's
    /// resource must be a prefix of.
    pub(crate) fn check(
        &self,
        headers: &HeaderMap,
        query: Option<&str>,
        path: &str,
        now: OffsetDateTime,
    ) -> Result<(), ApiError> {
        let query_key = query.and_then(|q| {
            q.split('&')
                .find_map(|pair| pair.strip_prefix("aeg-sas-key="))
        });
        let query_key = query_key.map(|k| percent_decode_str(k).decode_utf8_lossy().into_owned());
        let credential = credential(headers, query_key.as_deref())?;
        match credential {
            Credential::Key(key) => {
                if self
                    .keys
                    .iter()
                    .any(|(k, _)| constant_time_eq(k.as_bytes(), key.as_bytes()))
                {
                    Ok(())
                } else {
                    Err(ApiError::unauthorized(
                        "the access key is not one of this emulator's keys",
                    ))
                }
            }
            Credential::Token(token) => self.check_token(token, path, now),
            Credential::Bearer(token) => self.bearer.check(token, now),
        }
    }

    fn check_token(&self, token: &str, path: &str, now: OffsetDateTime) -> Result<(), ApiError> {
        let sas = SasToken::parse(token).map_err(ApiError::unauthorized)?;
        if !self.keys.iter().any(|(_, key)| sas.signed_by(key)) {
            return Err(ApiError::unauthorized(
                "the SAS token's signature does not match any of this emulator's keys",
            ));
        }
        let expiry = parse_expiry(&sas.expiry).ok_or_else(|| {
            ApiError::unauthorized(format!(
                "the SAS token's expiry `e={}` is not a time this emulator reads",
                sas.expiry
            ))
        })?;
        if expiry <= now {
            return Err(ApiError::unauthorized(format!(
                "the SAS token expired at {expiry}"
            )));
        }
        let resource_path = resource_path(&sas.resource).ok_or_else(|| {
            ApiError::unauthorized(format!(
                "the SAS token's resource `r={}` is not a URL",
                sas.resource
            ))
        })?;
        if !path.starts_with(resource_path.trim_end_matches('/')) {
            return Err(ApiError::unauthorized(format!(
                "the SAS token is for `{}`, which does not cover `{path}`",
                sas.resource
            )));
        }
        Ok(())
    }
}

/// Finds the one credential of a request; two different kinds are refused.
fn credential<'a>(
    headers: &'a HeaderMap,
    query_key: Option<&'a str>,
) -> Result<Credential<'a>, ApiError> {
    let text = |name: &str| -> Result<Option<&'a str>, ApiError> {
        headers
            .get(name)
            .map(|v| {
                v.to_str()
                    .map_err(|_| ApiError::unauthorized(format!("header `{name}` is not ASCII")))
            })
            .transpose()
    };
    let mut found = Vec::new();
    if let Some(key) = text(KEY_HEADER)?.or(query_key) {
        found.push(Credential::Key(key));
    }
    if let Some(token) = text(TOKEN_HEADER)? {
        found.push(Credential::Token(token));
    }
    if let Some(authorization) = text(AUTHORIZATION.as_str())? {
        let (scheme, value) = authorization.split_once(' ').unwrap_or((authorization, ""));
        let value = value.trim();
        found.push(match scheme {
            s if s.eq_ignore_ascii_case("SharedAccessKey") => Credential::Key(value),
            s if s.eq_ignore_ascii_case("SharedAccessSignature") => Credential::Token(value),
            s if s.eq_ignore_ascii_case("Bearer") => Credential::Bearer(value),
            other => {
                return Err(ApiError::unauthorized(format!(
                    "the Authorization scheme `{other}` is not one Event Grid accepts \
                     (SharedAccessKey, SharedAccessSignature, Bearer)"
                )));
            }
        });
    }
    match found.len() {
        0 => Err(ApiError::unauthorized(
            "the request has no credential: send `aeg-sas-key`, `aeg-sas-token` or `Authorization`",
        )),
        1 => Ok(found.remove(0)),
        _ => Err(ApiError::unauthorized(
            "the request has more than one credential",
        )),
    }
}

/// The parts of a SAS token `r=<resource>&e=<expiry>&s=<signature>`.
#[derive(Debug)]
struct SasToken<'a> {
    /// Everything before `&s=`: the signed text, exactly as sent.
    signed: &'a str,
    resource: String,
    expiry: String,
    signature: Vec<u8>,
}

impl<'a> SasToken<'a> {
    fn parse(token: &'a str) -> Result<Self, String> {
        let (signed, signature) = token
            .rsplit_once("&s=")
            .ok_or("the SAS token has no `s=` signature")?;
        let mut resource = None;
        let mut expiry = None;
        for pair in signed.split('&') {
            match pair.split_once('=') {
                Some(("r", value)) => resource = Some(form_decode(value)),
                Some(("e", value)) => expiry = Some(form_decode(value)),
                _ => {}
            }
        }
        let signature = STANDARD
            .decode(form_decode(signature))
            .map_err(|_| "the SAS token's signature is not base64")?;
        Ok(SasToken {
            signed,
            resource: resource.ok_or("the SAS token has no `r=` resource")?,
            expiry: expiry.ok_or("the SAS token has no `e=` expiry")?,
            signature,
        })
    }

    /// Whether the signature is the HMAC-SHA256 of the signed text under `key`.
    fn signed_by(&self, key: &[u8]) -> bool {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
            return false;
        };
        mac.update(self.signed.as_bytes());
        mac.verify_slice(&self.signature).is_ok()
    }
}

/// Percent-decodes a query value, reading `+` as a space (.NET's `UrlEncode` writes one).
fn form_decode(value: &str) -> String {
    percent_decode_str(&value.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// The path of a SAS token's resource URL.
fn resource_path(resource: &str) -> Option<String> {
    let uri: axum::http::Uri = resource.parse().ok()?;
    uri.authority()?;
    Some(uri.path().to_owned())
}

/// Reads a SAS expiry in the forms SDKs write (PROTOCOL.md 5): RFC 3339 or Python's
/// `str(datetime)` (no offset means UTC), .NET and JS's en-US `M/d/yyyy h:mm:ss AM`, or
/// seconds since the epoch.
fn parse_expiry(text: &str) -> Option<OffsetDateTime> {
    if let Ok(timestamp) = Timestamp::parse(text) {
        return Some(timestamp.to_offset_date_time());
    }
    if let Ok(seconds) = text.parse::<i64>() {
        return OffsetDateTime::from_unix_timestamp(seconds).ok();
    }
    parse_en_us(text)
}

/// `M/d/yyyy h:mm:ss AM` (with an optional comma after the date, and any Unicode space
/// before the AM/PM designator, as ICU writes it), read as UTC.
fn parse_en_us(text: &str) -> Option<OffsetDateTime> {
    let normalized: String = text
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == ',' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut words = normalized.split_whitespace();
    let mut date = words.next()?.split('/').map(str::parse::<u16>);
    let (month, day, year) = (date.next()?.ok()?, date.next()?.ok()?, date.next()?.ok()?);
    let mut clock = words.next()?.split(':').map(str::parse::<u8>);
    let (hour, minute, second) = (
        clock.next()?.ok()?,
        clock.next()?.ok()?,
        clock.next()?.ok()?,
    );
    let hour = match words.next() {
        Some(am) if am.eq_ignore_ascii_case("AM") && (1..=12).contains(&hour) => hour % 12,
        Some(pm) if pm.eq_ignore_ascii_case("PM") && (1..=12).contains(&hour) => hour % 12 + 12,
        None if hour < 24 => hour,
        _ => return None,
    };
    let date = Date::from_calendar_date(
        i32::from(year),
        Month::try_from(u8::try_from(month).ok()?).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()?;
    let time = Time::from_hms(hour, minute, second).ok()?;
    Some(PrimitiveDateTime::new(date, time).assume_utc())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The middleware that checks every data-plane request.
pub(crate) async fn require(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Result<Response, ApiError> {
    state.keys.check(
        request.headers(),
        request.uri().query(),
        request.uri().path(),
        OffsetDateTime::now_utc(),
    )?;
    Ok(next.run(request).await)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

    const KEY: &str = "c2VjcmV0LWtleS1vbmU=";

    fn config(accept_bearer: bool, bearer: Option<BearerConfig>) -> Config {
        Config {
            keys: vec![KEY.to_owned()],
            accept_bearer,
            bearer,
            ..Config::default()
        }
    }

    fn keys() -> Keys {
        Keys::new(&config(false, None))
    }

    /// Signs as the Python SDK's `generate_sas` does: everything url-encoded, HMAC over
    /// `r=..&e=..` with the decoded key.
    fn sign(resource: &str, expiry: &str, key: &str) -> String {
        let enc = |s: &str| utf8_percent_encode(s, NON_ALPHANUMERIC).to_string();
        let unsigned = format!("r={}&e={}", enc(resource), enc(expiry));
        let mut mac = Hmac::<Sha256>::new_from_slice(&decode_key(key).unwrap()).unwrap();
        mac.update(unsigned.as_bytes());
        let signature = STANDARD.encode(mac.finalize().into_bytes());
        format!("{unsigned}&s={}", enc(&signature))
    }

    fn headers(name: &'static str, value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(name, HeaderValue::from_str(value).unwrap());
        headers
    }

    fn now() -> OffsetDateTime {
        Timestamp::parse("2026-06-01T12:00:00Z")
            .unwrap()
            .to_offset_date_time()
    }

    #[test]
    fn keys_in_every_place_the_service_reads_them() {
        let keys = keys();
        for (name, value) in [
            ("aeg-sas-key", KEY.to_owned()),
            ("authorization", format!("SharedAccessKey {KEY}")),
        ] {
            keys.check(&headers(name, &value), None, "/api/events", now())
                .unwrap();
        }
        keys.check(
            &HeaderMap::new(),
            Some("api-version=2018-01-01&aeg-sas-key=c2VjcmV0LWtleS1vbmU%3D"),
            "/api/events",
            now(),
        )
        .unwrap();
        let wrong = keys
            .check(&headers("aeg-sas-key", "d3Jvbmc="), None, "/", now())
            .unwrap_err();
        assert_eq!(wrong.status, 401);
        let missing = keys.check(&HeaderMap::new(), None, "/", now()).unwrap_err();
        assert!(missing.message.contains("no credential"), "{missing}");
    }

    #[test]
    fn sas_tokens_are_checked_for_signature_expiry_and_resource() {
        let keys = keys();
        let resource = "http://127.0.0.1:8080/topics/orders?apiVersion=2024-06-01";
        let path = "/topics/orders:publish";
        for expiry in [
            "2026-06-01 13:00:00+00:00",
            "2026-06-01T13:00:00Z",
            "6/1/2026 1:00:00 PM",
            "6/1/2026, 1:00:00\u{202f}PM",
            "1780318800",
        ] {
            let token = sign(resource, expiry, KEY);
            keys.check(&headers("aeg-sas-token", &token), None, path, now())
                .unwrap_or_else(|e| panic!("{expiry}: {e}"));
            let authorization = format!("SharedAccessSignature {token}");
            keys.check(&headers("authorization", &authorization), None, path, now())
                .unwrap_or_else(|e| panic!("{expiry}: {e}"));
        }

        let expired = sign(resource, "2026-06-01 11:59:59", KEY);
        let error = keys
            .check(&headers("aeg-sas-token", &expired), None, path, now())
            .unwrap_err();
        assert!(error.message.contains("expired"), "{error}");

        let other_key = sign(resource, "2026-06-01 13:00:00", "b3RoZXI=");
        let error = keys
            .check(&headers("aeg-sas-token", &other_key), None, path, now())
            .unwrap_err();
        assert!(error.message.contains("signature"), "{error}");

        let token = sign(resource, "2026-06-01 13:00:00", KEY);
        let tampered = token.replace("orders", "orderz");
        let error = keys
            .check(&headers("aeg-sas-token", &tampered), None, path, now())
            .unwrap_err();
        assert!(error.message.contains("signature"), "{error}");

        let error = keys
            .check(
                &headers("aeg-sas-token", &token),
                None,
                "/topics/other:publish",
                now(),
            )
            .unwrap_err();
        assert!(error.message.contains("does not cover"), "{error}");
    }

    #[test]
    fn bearer_follows_the_configuration() {
        let bearer = headers("authorization", "Bearer eyJ0eXAi");
        assert_eq!(
            keys().check(&bearer, None, "/", now()).unwrap_err().status,
            401
        );
        Keys::new(&config(true, None))
            .check(&bearer, None, "/", now())
            .unwrap();
    }

    const SIGNING_KEY: &str = "c2lnbmluZy1rZXk=";
    const ISSUER: &str = "https://sts.windows.net/tenant/";

    /// A JWT shaped as Entra ID issues them for Event Grid, with `changes` made to its claims.
    fn jwt(key: &str, changes: &serde_json::Value) -> HeaderMap {
        let now = now().unix_timestamp();
        let mut claims = serde_json::json!({
            "aud": BEARER_AUDIENCE, "iss": ISSUER, "iat": now - 60, "nbf": now - 60,
            "exp": now + 3600, "oid": "00000000-0000-0000-0000-000000000001",
        });
        // A `null` change removes the claim.
        let claims_map = claims.as_object_mut().unwrap();
        for (name, value) in changes.as_object().unwrap() {
            if value.is_null() {
                claims_map.remove(name);
            } else {
                claims_map.insert(name.clone(), value.clone());
            }
        }
        let token = jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
            &claims,
            &jsonwebtoken::EncodingKey::from_secret(&decode_key(key).unwrap()).unwrap(),
        )
        .unwrap();
        headers("authorization", &format!("Bearer {token}"))
    }

    #[test]
    fn bearer_jwts_are_checked_for_signature_audience_issuer_and_lifetime() {
        let keys = Keys::new(&config(
            true,
            Some(BearerConfig::new(SIGNING_KEY).issuer(ISSUER)),
        ));
        let check = |headers: HeaderMap| keys.check(&headers, None, "/topics/t:publish", now());
        check(jwt(SIGNING_KEY, &serde_json::json!({}))).unwrap();
        let slash = format!("{BEARER_AUDIENCE}/");
        check(jwt(SIGNING_KEY, &serde_json::json!({ "aud": slash }))).unwrap();
        let now = now().unix_timestamp();
        for (key, changes, why) in [
            ("b3RoZXI=", serde_json::json!({}), "signature"),
            (
                SIGNING_KEY,
                serde_json::json!({ "aud": "https://storage.azure.com" }),
                "audience",
            ),
            (
                SIGNING_KEY,
                serde_json::json!({ "iss": "https://evil/" }),
                "issuer",
            ),
            (SIGNING_KEY, serde_json::json!({ "exp": now }), "expired"),
            (
                SIGNING_KEY,
                serde_json::json!({ "nbf": now + 60 }),
                "not valid before",
            ),
            (SIGNING_KEY, serde_json::json!({ "exp": null }), "`exp`"),
        ] {
            let error = check(jwt(key, &changes)).unwrap_err();
            assert_eq!(error.status, 401);
            assert!(error.message.contains(why), "{changes}: {error}");
        }
        let error = check(headers("authorization", "Bearer not.a.jwt")).unwrap_err();
        assert!(error.message.contains("not a JWT"), "{error}");
    }

    #[test]
    fn an_unchecked_configuration_without_a_bearer_key_refuses_every_token() {
        // `Config::check` refuses an empty key; a configuration built in code may skip it.
        let keys = Keys::new(&config(true, Some(BearerConfig::new(""))));
        let error = keys
            .check(&jwt(SIGNING_KEY, &serde_json::json!({})), None, "/", now())
            .unwrap_err();
        assert_eq!(error.status, 401);
        assert!(error.message.contains("bearer.hs256_key"), "{error}");
    }
}
