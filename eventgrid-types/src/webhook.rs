//! Webhooks: one entry point for a push delivery, and the two handshakes, Event Grid's
//! subscription validation and the CloudEvents abuse protection (`OPTIONS`) handshake.
//!
//! [`receive_parts`] (or, with the `http` feature, [`receive`]) takes a request's method,
//! headers and body and returns either the handshake to answer or the events, in either
//! schema and any content mode, typed as the caller asks, one result per event
//! ([`WebhookRequest`]). It is framework-free; `eventgrid-axum` builds an axum extractor and
//! a tower service on it. The rest of this module is the handshakes on their own.
//!
//! Before Event Grid delivers to a webhook it checks that the endpoint wants the events:
//!
//! - with the **Event Grid schema** it `POST`s a `Microsoft.EventGrid.SubscriptionValidationEvent`
//!   (header `aeg-event-type: SubscriptionValidation`) and expects `200` with
//!   `{"validationResponse":"<validationCode>"}` within 30 seconds
//!   ([`SubscriptionValidation`]);
//! - with the **CloudEvents schema** it sends `OPTIONS` with `WebHook-Request-Origin` and
//!   expects `WebHook-Allowed-Origin`, `WebHook-Allowed-Rate` and `Allow: POST` back
//!   ([`AbuseProtectionRequest`], answered according to an [`AbuseProtectionPolicy`]).
//!
//! ## On a server that is not tower-based: actix-web
//!
//! With actix-web 4 the framework-free entry point is a handler of a dozen lines (not compiled
//! here, which would make actix-web a dependency of this crate's tests; it was built and run
//! against actix-web 4.18):
//!
//! ```ignore
//! use actix_web::{http::StatusCode, web, App, HttpRequest, HttpResponse, HttpServer};
//! use eventgrid_types::webhook::{self, AbuseProtectionPolicy, HandshakeResponse, WebhookRequest};
//! use eventgrid_types::CloudEvent;
//!
//! // One route for POST and OPTIONS; actix's `Bytes` extractor applies its payload limit.
//! async fn events(request: HttpRequest, body: web::Bytes) -> HttpResponse {
//!     let reply = |response: HandshakeResponse| {
//!         let mut reply = HttpResponse::build(
//!             StatusCode::from_u16(response.status()).unwrap_or(StatusCode::BAD_REQUEST),
//!         );
//!         for (name, value) in response.headers() {
//!             reply.insert_header((*name, value.as_str()));
//!         }
//!         reply.body(response.into_body())
//!     };
//!     let headers: Vec<_> =
//!         request.headers().iter().map(|(n, v)| (n.as_str(), v.as_bytes())).collect();
//!     match webhook::receive_parts::<CloudEvent, _>(request.method().as_str(), headers, &body) {
//!         Ok(WebhookRequest::Handshake(handshake)) => {
//!             reply(handshake.respond(&AbuseProtectionPolicy::event_grid()))
//!         }
//!         Ok(WebhookRequest::Events(delivery)) => {
//!             for event in delivery {
//!                 match event {
//!                     Ok(event) => println!("{} {}", event.ty(), event.id()),
//!                     Err(undecoded) => eprintln!("{undecoded}"),
//!                 }
//!             }
//!             HttpResponse::Ok().finish()
//!         }
//!         Err(error) => reply(error.response()),
//!     }
//! }
//!
//! #[actix_web::main]
//! async fn main() -> std::io::Result<()> {
//!     HttpServer::new(|| App::new().route("/events", web::route().to(events)))
//!         .bind(("127.0.0.1", 8080))?
//!         .run()
//!         .await
//! }
//! ```
//!
//! ## The handshakes on their own
//!
//! [`detect_parts`] (or, with the `http` feature, [`detect`]) recognises either in one call, so
//! a handler can answer the handshake and go on to decode events otherwise:
//!
//! ```
//! use eventgrid_types::webhook::{self, AbuseProtectionPolicy};
//!
//! let policy = AbuseProtectionPolicy::event_grid();
//!
//! // Event Grid schema: the validation event.
//! let body = br#"[{"id":"2d1781af-3a4c-4d7c-bd0c-e34b19da4e66",
//!   "topic":"/subscriptions/0000/resourceGroups/rg/providers/Microsoft.EventGrid/topics/orders",
//!   "subject":"","data":{"validationCode":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6"},
//!   "eventType":"Microsoft.EventGrid.SubscriptionValidationEvent",
//!   "eventTime":"2024-06-12T09:54:12.4551204Z","metadataVersion":"1","dataVersion":"2"}]"#;
//! let headers = [("aeg-event-type", b"SubscriptionValidation".as_slice())];
//! let handshake = webhook::detect_parts("POST", headers, body)?.expect("a handshake");
//! let response = handshake.respond(&policy);
//! assert_eq!(response.status(), 200);
//! assert_eq!(response.body(), br#"{"validationResponse":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6"}"#);
//!
//! // CloudEvents schema: the OPTIONS handshake.
//! let headers = [
//!     ("WebHook-Request-Origin", b"eventgrid.azure.net".as_slice()),
//!     ("WebHook-Request-Rate", b"120".as_slice()),
//! ];
//! let handshake = webhook::detect_parts("OPTIONS", headers, b"")?.expect("a handshake");
//! let response = handshake.respond(&policy);
//! assert_eq!(response.status(), 200);
//! assert_eq!(response.header("WebHook-Allowed-Origin"), Some("eventgrid.azure.net"));
//! assert_eq!(response.header("WebHook-Allowed-Rate"), Some("*"));
//! assert_eq!(response.header("Allow"), Some("POST"));
//!
//! // An ordinary delivery is not a handshake.
//! let headers = [("aeg-event-type", b"Notification".as_slice())];
//! assert!(webhook::detect_parts("POST", headers, b"[]")?.is_none());
//! # Ok::<(), webhook::HandshakeError>(())
//! ```

use std::fmt;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::cloud_event::CloudEvent;
use crate::error::JsonKind;
use crate::event_grid::EventGridEvent;
use crate::namespace::{kind_of, members};

/// The event type of Event Grid's subscription validation event (matched ignoring ASCII case).
pub const VALIDATION_EVENT_TYPE: &str = "Microsoft.EventGrid.SubscriptionValidationEvent";
/// The origin Event Grid names in `WebHook-Request-Origin`.
pub const EVENT_GRID_ORIGIN: &str = "eventgrid.azure.net";
/// Event Grid's delivery header naming the kind of delivery: `SubscriptionValidation`,
/// `Notification` or `SubscriptionDeletion`.
pub const AEG_EVENT_TYPE: &str = "aeg-event-type";
/// The abuse-protection request header naming the sender (required).
pub const REQUEST_ORIGIN: &str = "WebHook-Request-Origin";
/// The abuse-protection request header with a URL to grant permission asynchronously.
pub const REQUEST_CALLBACK: &str = "WebHook-Request-Callback";
/// The abuse-protection request header with the requested rate, in requests per minute.
pub const REQUEST_RATE: &str = "WebHook-Request-Rate";
/// The abuse-protection response header that grants an origin.
pub const ALLOWED_ORIGIN: &str = "WebHook-Allowed-Origin";
/// The abuse-protection response header with the granted rate (`*` for any).
pub const ALLOWED_RATE: &str = "WebHook-Allowed-Rate";

mod delivery;

#[cfg(feature = "http")]
pub use delivery::receive;
pub use delivery::{
    Delivery, DeliverySchema, UndecodedEvent, WebhookError, WebhookRequest, receive_parts,
};

const CONTENT_TYPE: &str = "Content-Type";
const JSON_CONTENT_TYPE: &str = "application/json";
const TEXT_CONTENT_TYPE: &str = "text/plain; charset=utf-8";

/// A malformed handshake.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HandshakeError {
    /// An `OPTIONS` request carries `WebHook-Request-*` headers but no
    /// `WebHook-Request-Origin`.
    #[error("header `WebHook-Request-Origin` is required in an abuse-protection request")]
    MissingOrigin,
    /// A handshake header appears more than once.
    #[error("header `{0}` appears more than once")]
    DuplicateHeader(&'static str),
    /// A handshake header value is empty, not UTF-8 or not visible ASCII.
    #[error("header `{header}` {reason}")]
    InvalidHeader {
        /// The header, as the spec spells it.
        header: &'static str,
        /// The rule the value breaks.
        reason: &'static str,
    },
    /// `WebHook-Request-Rate` is not a non-negative integer.
    #[error(
        "header `WebHook-Request-Rate` must be a non-negative integer (requests per minute), found {0:?}"
    )]
    InvalidRate(String),
    /// A subscription validation event has no usable `data.validationCode`.
    #[error(
        "subscription validation event: `data.validationCode` must be a non-empty string, found {0}"
    )]
    InvalidValidationCode(ValidationCodeProblem),
    /// `aeg-event-type: SubscriptionValidation`, but the body holds no validation event.
    #[error(
        "header `aeg-event-type` says SubscriptionValidation, but the body is not a Microsoft.EventGrid.SubscriptionValidationEvent"
    )]
    NotAValidationEvent,
}

/// What was found where a validation code should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValidationCodeProblem {
    /// The event has no `data`, or `data` is not an object.
    NoData,
    /// `data.validationCode` is absent or `null`.
    Missing,
    /// `data.validationCode` is the empty string.
    Empty,
    /// `data.validationCode` is not a string.
    WrongType(JsonKind),
}

impl fmt::Display for ValidationCodeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ValidationCodeProblem::NoData => f.write_str("no data object"),
            ValidationCodeProblem::Missing => f.write_str("no validationCode"),
            ValidationCodeProblem::Empty => f.write_str("an empty string"),
            ValidationCodeProblem::WrongType(kind) => fmt::Display::fmt(kind, f),
        }
    }
}

impl HandshakeError {
    /// The reply to a malformed handshake: `400 Bad Request` with the error as plain text.
    pub fn response(&self) -> HandshakeResponse {
        HandshakeResponse {
            status: 400,
            headers: vec![(CONTENT_TYPE, TEXT_CONTENT_TYPE.to_owned())],
            body: self.to_string().into_bytes(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

/// A webhook handshake, recognised by [`detect_parts`] or [`detect`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Handshake {
    /// Event Grid's subscription validation event (Event Grid schema).
    SubscriptionValidation(SubscriptionValidation),
    /// The CloudEvents abuse-protection `OPTIONS` request.
    AbuseProtection(AbuseProtectionRequest),
}

impl Handshake {
    /// The reply: the validation response for a validation event, and for an
    /// abuse-protection request the grant or refusal `policy` decides
    /// (see [`AbuseProtectionRequest::respond`]).
    pub fn respond(&self, policy: &AbuseProtectionPolicy) -> HandshakeResponse {
        match self {
            Handshake::SubscriptionValidation(validation) => validation.response(),
            Handshake::AbuseProtection(request) => request.respond(policy),
        }
    }
}

/// The handshake headers of one request, found in a single pass.
#[derive(Default)]
struct HandshakeHeaders<'h> {
    origin: Option<&'h [u8]>,
    callback: Option<&'h [u8]>,
    rate: Option<&'h [u8]>,
    aeg_event_type: Option<&'h [u8]>,
    ce_type: Option<&'h [u8]>,
}

impl<'h> HandshakeHeaders<'h> {
    fn collect<I>(headers: I) -> Result<Self, HandshakeError>
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        let mut found = HandshakeHeaders::default();
        for (name, value) in headers {
            let (slot, header) = if name.eq_ignore_ascii_case(REQUEST_ORIGIN) {
                (&mut found.origin, REQUEST_ORIGIN)
            } else if name.eq_ignore_ascii_case(REQUEST_CALLBACK) {
                (&mut found.callback, REQUEST_CALLBACK)
            } else if name.eq_ignore_ascii_case(REQUEST_RATE) {
                (&mut found.rate, REQUEST_RATE)
            } else if name.eq_ignore_ascii_case(AEG_EVENT_TYPE) {
                (&mut found.aeg_event_type, AEG_EVENT_TYPE)
            } else if name.eq_ignore_ascii_case("ce-type") {
                (&mut found.ce_type, "ce-type")
            } else {
                continue;
            };
            if slot.replace(value).is_some() {
                return Err(HandshakeError::DuplicateHeader(header));
            }
        }
        Ok(found)
    }

    fn has_webhook_request(&self) -> bool {
        self.origin.is_some() || self.callback.is_some() || self.rate.is_some()
    }
}

/// Recognises a handshake from a request's method, headers (names in any case) and body.
///
/// - `OPTIONS` with any `WebHook-Request-*` header is an abuse-protection request
///   ([`HandshakeError::MissingOrigin`] if it lacks `WebHook-Request-Origin`). An `OPTIONS`
///   request without them (a CORS preflight, say) is not a handshake.
/// - `POST` is a subscription validation when its body holds one
///   `Microsoft.EventGrid.SubscriptionValidationEvent` (type matched ignoring case), as an
///   Event Grid array, a structured CloudEvent, a CloudEvents batch, or binary mode
///   (`ce-type`). When `aeg-event-type` names another kind of delivery (`Notification`) the
///   body is not read; when it says `SubscriptionValidation`, a body without a validation
///   event is an error. Without the header, a body that is not JSON is simply not a
///   handshake.
///
/// `Ok(None)` means "not a handshake": decode the request as events.
pub fn detect_parts<'h, I>(
    method: &str,
    headers: I,
    body: &[u8],
) -> Result<Option<Handshake>, HandshakeError>
where
    I: IntoIterator<Item = (&'h str, &'h [u8])>,
{
    let headers = HandshakeHeaders::collect(headers)?;
    if method.eq_ignore_ascii_case("OPTIONS") {
        if !headers.has_webhook_request() {
            return Ok(None);
        }
        return AbuseProtectionRequest::from_found(&headers)
            .map(|request| Some(Handshake::AbuseProtection(request)));
    }
    if !method.eq_ignore_ascii_case("POST") {
        return Ok(None);
    }

    let announced = match headers.aeg_event_type.map(trim_ows) {
        Some(kind) if kind.eq_ignore_ascii_case(b"SubscriptionValidation") => true,
        Some(_) => return Ok(None),
        None => false,
    };
    let validation = match headers.ce_type.map(trim_ows) {
        // A validation request is one small event; a body over an event's limit is a
        // delivery (`from_body` says the same in the other modes), never echoed back.
        _ if body.len() > crate::json::MAX_EVENT_BYTES => None,
        Some(ce_type) if ce_type.eq_ignore_ascii_case(VALIDATION_EVENT_TYPE.as_bytes()) => {
            // Binary mode: the body is the event's data.
            let data = std::str::from_utf8(body)
                .ok()
                .and_then(|text| serde_json::from_str::<&RawValue>(text).ok());
            SubscriptionValidation::from_data(data).map(Some)?
        }
        _ => SubscriptionValidation::from_body(body)?,
    };
    match validation {
        Some(validation) => Ok(Some(Handshake::SubscriptionValidation(validation))),
        None if announced => Err(HandshakeError::NotAValidationEvent),
        None => Ok(None),
    }
}

/// Recognises a handshake in an `http` request; see [`detect_parts`].
///
/// ```
/// use eventgrid_types::webhook::{self, AbuseProtectionPolicy};
///
/// let request = http::Request::options("/events")
///     .header("webhook-request-origin", "eventgrid.azure.net")
///     .body(Vec::new())?;
/// let response = match webhook::detect(&request) {
///     Ok(Some(handshake)) => handshake.respond(&AbuseProtectionPolicy::event_grid()),
///     Ok(None) => todo!("decode the events"),
///     Err(malformed) => malformed.response(),
/// }
/// .into_http();
/// assert_eq!(response.status(), 200);
/// assert_eq!(response.headers()["webhook-allowed-origin"], "eventgrid.azure.net");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "http")]
pub fn detect<B: AsRef<[u8]>>(
    request: &::http::Request<B>,
) -> Result<Option<Handshake>, HandshakeError> {
    detect_parts(
        request.method().as_str(),
        request
            .headers()
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_bytes())),
        request.body().as_ref(),
    )
}

/// The whitespace JSON allows between tokens.
const JSON_WHITESPACE: [char; 4] = [' ', '\t', '\n', '\r'];

/// The head of a JSON array: its first element, and whether that is all it holds.
struct Head<'a> {
    first: Option<&'a RawValue>,
    only: bool,
}

/// Reads the first element of the JSON array `text` (leading whitespace allowed) and looks
/// one token past it, never further: the cost is that of the first element, however long
/// the array. `None` when `text` does not start like an array with a well-formed element.
fn first_element(text: &str) -> Option<Head<'_>> {
    let inner = text
        .trim_start_matches(JSON_WHITESPACE)
        .strip_prefix('[')?
        .trim_start_matches(JSON_WHITESPACE);
    if let Some(rest) = inner.strip_prefix(']') {
        let only = rest.trim_start_matches(JSON_WHITESPACE).is_empty();
        return Some(Head { first: None, only });
    }
    let mut de = serde_json::Deserializer::from_str(inner);
    let first = <&RawValue>::deserialize(&mut de).ok()?;
    // The element is a slice of `inner`: what follows it starts where it ends.
    let end = (first.get().as_ptr() as usize - inner.as_ptr() as usize) + first.get().len();
    let rest = inner.get(end..)?.trim_start_matches(JSON_WHITESPACE);
    let only = rest
        .strip_prefix(']')
        .is_some_and(|tail| tail.trim_start_matches(JSON_WHITESPACE).is_empty());
    Some(Head {
        first: Some(first),
        only,
    })
}

/// Trims optional whitespace (spaces and tabs) around a header value.
fn trim_ows(value: &[u8]) -> &[u8] {
    let start = value
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t'))
        .unwrap_or(value.len());
    let end = value
        .iter()
        .rposition(|b| !matches!(b, b' ' | b'\t'))
        .map_or(start, |last| last + 1);
    value.get(start..end).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// Subscription validation (Event Grid schema)
// ---------------------------------------------------------------------------------------------

/// Event Grid's subscription validation: the `validationCode` to echo back, and the
/// `validationUrl` that a `GET` also validates with (valid for 5 minutes).
///
/// Reply with [`SubscriptionValidation::response`] — status `200` (Event Grid does not accept
/// `202`) and `{"validationResponse":"<code>"}` — within 30 seconds.
///
/// ```
/// use eventgrid_types::webhook::SubscriptionValidation;
///
/// let body = br#"[{"id":"1","subject":"","eventType":"Microsoft.EventGrid.SubscriptionValidationEvent",
///   "eventTime":"2024-06-12T09:54:12Z","dataVersion":"2","metadataVersion":"1",
///   "data":{"validationCode":"ABC-123","validationUrl":"https://rp-westus.eventgrid.azure.net:553/validate?id=1"}}]"#;
/// let validation = SubscriptionValidation::from_body(body)?.expect("a validation event");
/// assert_eq!(validation.validation_code, "ABC-123");
/// assert_eq!(validation.response_body(), br#"{"validationResponse":"ABC-123"}"#);
/// # Ok::<(), eventgrid_types::webhook::HandshakeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SubscriptionValidation {
    /// `data.validationCode`.
    pub validation_code: String,
    /// `data.validationUrl`, when the event has one.
    pub validation_url: Option<String>,
}

impl SubscriptionValidation {
    /// A validation with a code and no URL.
    pub fn new(validation_code: impl Into<String>) -> Self {
        SubscriptionValidation {
            validation_code: validation_code.into(),
            validation_url: None,
        }
    }

    /// Finds a validation event in a delivery body: an Event Grid array of one event, a
    /// structured CloudEvent or a CloudEvents batch of one. Member names are matched exactly
    /// first, then ignoring ASCII case; `data` may also be a string holding the JSON object.
    ///
    /// `Ok(None)` when the body is not a validation event (or not JSON); an error when it is a
    /// validation event without a usable `validationCode`.
    pub fn from_body(body: &[u8]) -> Result<Option<Self>, HandshakeError> {
        // A validation request is one small event; anything over an event's limit is a
        // delivery, and is not parsed here.
        if body.len() > crate::json::MAX_EVENT_BYTES {
            return Ok(None);
        }
        let Ok(text) = std::str::from_utf8(body) else {
            return Ok(None);
        };
        let text = text.trim_start_matches(JSON_WHITESPACE);
        let event = if text.starts_with('{') {
            text
        } else {
            // Only the head of an array is read: a second event ends the search.
            match first_element(text) {
                Some(Head {
                    first: Some(event),
                    only: true,
                }) => event.get(),
                _ => return Ok(None),
            }
        };
        let Ok([event_type, ty, data]) = members(event, ["eventType", "type", "data"]) else {
            return Ok(None);
        };
        let is_validation = |raw: Option<&RawValue>| {
            // A type string with escapes cannot be borrowed, so read it into a Cow.
            raw.and_then(|raw| serde_json::from_str::<std::borrow::Cow<'_, str>>(raw.get()).ok())
                .is_some_and(|ty| ty.eq_ignore_ascii_case(VALIDATION_EVENT_TYPE))
        };
        if !is_validation(event_type) && !is_validation(ty) {
            return Ok(None);
        }
        Self::from_data(data).map(Some)
    }

    /// The validation an Event Grid event carries, if it is a validation event.
    pub fn from_event_grid_event(event: &EventGridEvent) -> Result<Option<Self>, HandshakeError> {
        if !event.event_type.eq_ignore_ascii_case(VALIDATION_EVENT_TYPE) {
            return Ok(None);
        }
        Self::from_data(event.data.as_deref()).map(Some)
    }

    /// The validation a CloudEvent carries, if it is a validation event.
    pub fn from_cloud_event(event: &CloudEvent) -> Result<Option<Self>, HandshakeError> {
        if !event.ty().eq_ignore_ascii_case(VALIDATION_EVENT_TYPE) {
            return Ok(None);
        }
        let data = event
            .data()
            .and_then(|data| std::str::from_utf8(data.as_bytes()).ok())
            .and_then(|text| serde_json::from_str::<&RawValue>(text).ok());
        Self::from_data(data).map(Some)
    }

    /// Reads `{"validationCode", "validationUrl"?}`, or a string holding that object.
    fn from_data(data: Option<&RawValue>) -> Result<Self, HandshakeError> {
        let problem = HandshakeError::InvalidValidationCode;
        let data = data.ok_or(problem(ValidationCodeProblem::NoData))?;
        let unquoted;
        let object = match kind_of(data) {
            JsonKind::Object => data.get(),
            JsonKind::String => {
                unquoted = serde_json::from_str::<String>(data.get())
                    .map_err(|_| problem(ValidationCodeProblem::NoData))?;
                unquoted.as_str()
            }
            _ => return Err(problem(ValidationCodeProblem::NoData)),
        };
        let [code, url] = members(object, ["validationCode", "validationUrl"])
            .map_err(|_| problem(ValidationCodeProblem::NoData))?;

        let code = code
            .filter(|raw| raw.get() != "null")
            .ok_or(problem(ValidationCodeProblem::Missing))?;
        let validation_code = serde_json::from_str::<String>(code.get())
            .map_err(|_| problem(ValidationCodeProblem::WrongType(kind_of(code))))?;
        if validation_code.is_empty() {
            return Err(problem(ValidationCodeProblem::Empty));
        }
        // The URL is a convenience; one of another type is ignored.
        let validation_url = url
            .and_then(|raw| serde_json::from_str::<String>(raw.get()).ok())
            .filter(|url| !url.is_empty());
        Ok(SubscriptionValidation {
            validation_code,
            validation_url,
        })
    }

    /// The reply body, `{"validationResponse":"<code>"}`, with the code JSON-escaped.
    pub fn response_body(&self) -> Vec<u8> {
        serde_json::json!({ "validationResponse": self.validation_code })
            .to_string()
            .into_bytes()
    }

    /// The reply: `200`, `Content-Type: application/json`, [`response_body`](Self::response_body).
    pub fn response(&self) -> HandshakeResponse {
        HandshakeResponse {
            status: 200,
            headers: vec![(CONTENT_TYPE, JSON_CONTENT_TYPE.to_owned())],
            body: self.response_body(),
        }
    }

    /// The reply as an `http` response; see [`response`](Self::response).
    #[cfg(feature = "http")]
    pub fn into_response(self) -> ::http::Response<Vec<u8>> {
        self.response().into_http()
    }
}

// ---------------------------------------------------------------------------------------------
// Abuse protection (CloudEvents webhook spec)
// ---------------------------------------------------------------------------------------------

/// A CloudEvents abuse-protection request: `OPTIONS` with `WebHook-Request-Origin`, and
/// optionally `WebHook-Request-Callback` and `WebHook-Request-Rate`.
///
/// ```
/// use eventgrid_types::webhook::{AbuseProtectionPolicy, AbuseProtectionRequest, AllowedRate};
///
/// let request = AbuseProtectionRequest::from_headers([
///     ("webhook-request-origin", b"eventgrid.azure.net".as_slice()),
///     ("webhook-request-rate", b"120".as_slice()),
/// ])?;
/// assert_eq!(request.rate(), Some(120));
///
/// let policy = AbuseProtectionPolicy::event_grid().with_rate(AllowedRate::PerMinute(60));
/// let response = request.respond(&policy);
/// assert_eq!(response.status(), 200);
/// assert_eq!(response.header("webhook-allowed-rate"), Some("60"));
///
/// let refused = request.respond(&AbuseProtectionPolicy::allow_origins(["example.com"]));
/// assert_eq!(refused.status(), 403);
/// assert_eq!(refused.header("webhook-allowed-origin"), None);
/// # Ok::<(), eventgrid_types::webhook::HandshakeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AbuseProtectionRequest {
    origin: String,
    callback: Option<String>,
    rate: Option<u32>,
}

impl AbuseProtectionRequest {
    /// Reads the handshake headers (names in any case); the method is not checked.
    pub fn from_headers<'h, I>(headers: I) -> Result<Self, HandshakeError>
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        Self::from_found(&HandshakeHeaders::collect(headers)?)
    }

    fn from_found(headers: &HandshakeHeaders<'_>) -> Result<Self, HandshakeError> {
        let origin = headers.origin.ok_or(HandshakeError::MissingOrigin)?;
        let origin = visible_ascii(REQUEST_ORIGIN, origin)?;
        let callback = headers
            .callback
            .map(|callback| visible_ascii(REQUEST_CALLBACK, callback))
            .transpose()?;
        let rate = headers.rate.map(parse_rate).transpose()?;
        Ok(AbuseProtectionRequest {
            origin,
            callback,
            rate,
        })
    }

    /// `WebHook-Request-Origin`: the sender, a DNS name such as `eventgrid.azure.net`.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// `WebHook-Request-Callback`: a URL that grants permission when called with `GET` or
    /// `POST`, for endpoints that decide later rather than in the `OPTIONS` reply.
    pub fn callback(&self) -> Option<&str> {
        self.callback.as_deref()
    }

    /// `WebHook-Request-Rate`: the requested rate, in requests per minute. Values above
    /// `u32::MAX` read as `u32::MAX`.
    pub fn rate(&self) -> Option<u32> {
        self.rate
    }

    /// The reply `policy` decides.
    ///
    /// - Granted: `200` with `WebHook-Allowed-Origin` (the request's origin, echoed),
    ///   `WebHook-Allowed-Rate` (the policy's rate, or `*`; always sent, since the spec
    ///   requires it when a rate was requested and recommends it otherwise) and `Allow: POST`.
    /// - Refused: `403 Forbidden` with none of those headers. The status is a courtesy; what
    ///   withholds consent is the missing `WebHook-Allowed-Origin` (status codes alone are not
    ///   consent). `405` is kept for endpoints that do not handle `OPTIONS` at all.
    pub fn respond(&self, policy: &AbuseProtectionPolicy) -> HandshakeResponse {
        if !policy.allows(&self.origin) {
            return HandshakeResponse {
                status: 403,
                headers: Vec::new(),
                body: Vec::new(),
            };
        }
        let rate = match policy.rate {
            AllowedRate::Unlimited => "*".to_owned(),
            AllowedRate::PerMinute(rate) => rate.to_string(),
        };
        HandshakeResponse {
            status: 200,
            headers: vec![
                (ALLOWED_ORIGIN, self.origin.clone()),
                (ALLOWED_RATE, rate),
                ("Allow", "POST".to_owned()),
            ],
            body: Vec::new(),
        }
    }
}

fn visible_ascii(header: &'static str, value: &[u8]) -> Result<String, HandshakeError> {
    let value = trim_ows(value);
    if value.is_empty() {
        return Err(HandshakeError::InvalidHeader {
            header,
            reason: "must not be empty",
        });
    }
    if !value.iter().all(|b| (0x21..=0x7e).contains(b)) {
        return Err(HandshakeError::InvalidHeader {
            header,
            reason: "must be visible ASCII without spaces",
        });
    }
    Ok(String::from_utf8_lossy(value).into_owned())
}

fn parse_rate(value: &[u8]) -> Result<u32, HandshakeError> {
    let digits = trim_ows(value);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return Err(HandshakeError::InvalidRate(
            String::from_utf8_lossy(value).into_owned(),
        ));
    }
    Ok(digits.iter().fold(0u32, |rate, digit| {
        rate.saturating_mul(10)
            .saturating_add(u32::from(digit - b'0'))
    }))
}

/// Which origins an endpoint accepts events from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllowedOrigins {
    /// Every origin.
    Any,
    /// These origins (DNS names, compared ignoring ASCII case).
    List(Vec<String>),
}

/// The rate an endpoint grants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AllowedRate {
    /// Any rate: `WebHook-Allowed-Rate: *`.
    Unlimited,
    /// At most this many requests per minute.
    PerMinute(u32),
}

/// How an endpoint answers abuse-protection requests: which origins it accepts and the rate it
/// grants them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AbuseProtectionPolicy {
    origins: AllowedOrigins,
    rate: AllowedRate,
}

impl AbuseProtectionPolicy {
    /// Accepts Event Grid ([`EVENT_GRID_ORIGIN`]) only, at any rate.
    pub fn event_grid() -> Self {
        Self::allow_origins([EVENT_GRID_ORIGIN])
    }

    /// Accepts every origin, at any rate.
    pub fn allow_any() -> Self {
        AbuseProtectionPolicy {
            origins: AllowedOrigins::Any,
            rate: AllowedRate::Unlimited,
        }
    }

    /// Accepts these origins, at any rate.
    pub fn allow_origins<I>(origins: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        AbuseProtectionPolicy {
            origins: AllowedOrigins::List(origins.into_iter().map(Into::into).collect()),
            rate: AllowedRate::Unlimited,
        }
    }

    /// The same policy granting another rate.
    #[must_use]
    pub fn with_rate(mut self, rate: AllowedRate) -> Self {
        self.rate = rate;
        self
    }

    /// The origins accepted.
    pub fn origins(&self) -> &AllowedOrigins {
        &self.origins
    }

    /// The rate granted.
    pub fn rate(&self) -> AllowedRate {
        self.rate
    }

    /// Whether `origin` is accepted (ignoring ASCII case).
    pub fn allows(&self, origin: &str) -> bool {
        match &self.origins {
            AllowedOrigins::Any => true,
            AllowedOrigins::List(list) => list.iter().any(|o| o.eq_ignore_ascii_case(origin)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/// A handshake reply, framework-neutral: status, headers and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandshakeResponse {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl HandshakeResponse {
    /// The status code.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The headers, names spelled as the specs do.
    pub fn headers(&self) -> &[(&'static str, String)] {
        &self.headers
    }

    /// The value of a header (name in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(header, _)| header.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The body.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// Consumes the reply and returns its body.
    pub fn into_body(self) -> Vec<u8> {
        self.body
    }

    /// The reply as an `http` response.
    #[cfg(feature = "http")]
    pub fn into_http(self) -> ::http::Response<Vec<u8>> {
        use ::http::header::{HeaderName, HeaderValue};

        let mut response = ::http::Response::new(self.body);
        *response.status_mut() = ::http::StatusCode::from_u16(self.status)
            .unwrap_or(::http::StatusCode::INTERNAL_SERVER_ERROR);
        for (name, value) in self.headers {
            // Names are constants and values visible ASCII, checked when read; a header
            // that still could not be formed is left out, which withholds consent.
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(&value),
            ) {
                response.headers_mut().append(name, value);
            }
        }
        response
    }
}

#[cfg(feature = "http")]
impl From<HandshakeResponse> for ::http::Response<Vec<u8>> {
    fn from(response: HandshakeResponse) -> Self {
        response.into_http()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The validation event exactly as Event Grid sends it.
    const VALIDATION_BODY: &str = r#"[
  {
    "id": "2d1781af-3a4c-4d7c-bd0c-e34b19da4e66",
    "topic": "/subscriptions/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/resourceGroups/contoso-rg/providers/Microsoft.EventGrid/topics/orders",
    "subject": "",
    "data": {
      "validationCode": "512d38b6-c7b8-40c8-89fe-f46f9e9622b6",
      "validationUrl": "https://rp-eastus2.eventgrid.azure.net:553/eventsubscriptions/myeventsub/validate?id=0000000000-0000-0000-0000-00000000000000&t=2024-06-12T09:54:12.4551204Z&apiVersion=2018-05-01-preview&token=1A1A1A1A"
    },
    "eventType": "Microsoft.EventGrid.SubscriptionValidationEvent",
    "eventTime": "2024-06-12T09:54:12.4551204Z",
    "metadataVersion": "1",
    "dataVersion": "2"
  }
]"#;

    const NOTIFICATION_BODY: &str = r#"[
  {
    "id": "831e1650-001e-001b-66ab-eeb76e069631",
    "topic": "/subscriptions/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/resourceGroups/contoso-rg/providers/Microsoft.Storage/storageAccounts/contoso",
    "subject": "/blobServices/default/containers/orders/blobs/validation.json",
    "eventType": "Microsoft.Storage.BlobCreated",
    "eventTime": "2024-06-12T09:54:12.4551204Z",
    "data": {"api": "PutBlob", "contentType": "application/json", "validationCode": "not-a-handshake"},
    "dataVersion": "",
    "metadataVersion": "1"
  }
]"#;

    fn post<'h>(
        headers: &'h [(&'h str, &'h [u8])],
        body: &str,
    ) -> Result<Option<Handshake>, HandshakeError> {
        detect_parts("POST", headers.iter().copied(), body.as_bytes())
    }

    fn options<'h>(
        headers: &'h [(&'h str, &'h [u8])],
    ) -> Result<Option<Handshake>, HandshakeError> {
        detect_parts("OPTIONS", headers.iter().copied(), b"")
    }

    fn validation(handshake: Option<Handshake>) -> SubscriptionValidation {
        match handshake {
            Some(Handshake::SubscriptionValidation(validation)) => validation,
            other => panic!("not a validation: {other:?}"),
        }
    }

    fn abuse(handshake: Option<Handshake>) -> AbuseProtectionRequest {
        match handshake {
            Some(Handshake::AbuseProtection(request)) => request,
            other => panic!("not an abuse-protection request: {other:?}"),
        }
    }

    #[test]
    fn event_grid_validation_event_and_reply() {
        let headers: &[(&str, &[u8])] = &[
            ("Content-Type", b"application/json; charset=utf-8"),
            ("aeg-event-type", b"SubscriptionValidation"),
            ("aeg-subscription-name", b"MYEVENTSUB"),
            ("aeg-delivery-count", b"0"),
        ];
        let found = validation(post(headers, VALIDATION_BODY).unwrap());
        assert_eq!(
            found.validation_code,
            "512d38b6-c7b8-40c8-89fe-f46f9e9622b6"
        );
        assert!(
            found
                .validation_url
                .as_deref()
                .unwrap()
                .starts_with("https://rp-eastus2.eventgrid.azure.net:553/")
        );

        // The same without the header hint.
        assert_eq!(validation(post(&[], VALIDATION_BODY).unwrap()), found);

        let response = found.response();
        assert_eq!(response.status(), 200);
        assert_eq!(response.header("content-type"), Some("application/json"));
        assert_eq!(
            response.body(),
            br#"{"validationResponse":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6"}"#
        );
        let handshake = Handshake::SubscriptionValidation(found);
        assert_eq!(
            handshake.respond(&AbuseProtectionPolicy::allow_origins::<[&str; 0]>([])),
            response
        );
    }

    #[test]
    fn reply_body_is_escaped() {
        let validation = SubscriptionValidation::new("a\"b\\c\u{7}</");
        assert_eq!(
            validation.response_body(),
            br#"{"validationResponse":"a\"b\\c\u0007</"}"#
        );
        let parsed: serde_json::Value =
            serde_json::from_slice(&validation.response_body()).unwrap();
        assert_eq!(parsed["validationResponse"], "a\"b\\c\u{7}</");
    }

    #[test]
    fn validation_variants_are_recognised() {
        // Type in other case, data as a JSON-encoded string, no URL.
        let body = r#"[{"id":"1","eventType":"microsoft.eventgrid.subscriptionvalidationevent",
            "data":"{\"validationCode\":\"C1\"}"}]"#;
        let found = validation(post(&[], body).unwrap());
        assert_eq!(found, SubscriptionValidation::new("C1"));

        // A structured CloudEvent, and a CloudEvents batch of one.
        let cloud_event = r#"{"specversion":"1.0","id":"1","source":"/subscriptions/x/topics/t",
            "type":"Microsoft.EventGrid.SubscriptionValidationEvent",
            "data":{"validationCode":"C2","validationUrl":null}}"#;
        assert_eq!(
            validation(post(&[], cloud_event).unwrap()).validation_code,
            "C2"
        );
        assert_eq!(
            validation(post(&[], &format!("[{cloud_event}]")).unwrap()).validation_code,
            "C2"
        );

        // Binary mode: the body is the data.
        let headers: &[(&str, &[u8])] = &[(
            "ce-type",
            b"Microsoft.EventGrid.SubscriptionValidationEvent",
        )];
        assert_eq!(
            validation(post(headers, r#"{"validationCode":"C3"}"#).unwrap()).validation_code,
            "C3"
        );

        // From already decoded events.
        let events = crate::event_grid::from_slice(VALIDATION_BODY.as_bytes()).unwrap();
        let event = events[0].as_ref().unwrap();
        assert_eq!(
            SubscriptionValidation::from_event_grid_event(event)
                .unwrap()
                .unwrap()
                .validation_code,
            "512d38b6-c7b8-40c8-89fe-f46f9e9622b6"
        );
        let event = crate::json::from_slice(cloud_event.as_bytes()).unwrap();
        assert_eq!(
            SubscriptionValidation::from_cloud_event(&event)
                .unwrap()
                .unwrap()
                .validation_code,
            "C2"
        );
    }

    #[test]
    fn notification_is_not_a_validation() {
        let headers: &[(&str, &[u8])] = &[("aeg-event-type", b"Notification")];
        assert_eq!(post(headers, NOTIFICATION_BODY), Ok(None));
        assert_eq!(post(&[], NOTIFICATION_BODY), Ok(None));
        // The header is trusted: the body is not even read.
        assert_eq!(post(headers, VALIDATION_BODY), Ok(None));
        let events = crate::event_grid::from_slice(NOTIFICATION_BODY.as_bytes()).unwrap();
        assert_eq!(
            SubscriptionValidation::from_event_grid_event(events[0].as_ref().unwrap()),
            Ok(None)
        );
        // Two events, not JSON, not objects, other methods: not a handshake either.
        let two = format!("[{0},{0}]", VALIDATION_BODY.trim().trim_matches(['[', ']']));
        assert_eq!(post(&[], &two), Ok(None));
        for body in ["", "{", "[1]", "null", "\"x\"", "[]"] {
            assert_eq!(post(&[], body), Ok(None), "{body}");
        }
        assert_eq!(
            detect_parts("GET", [], VALIDATION_BODY.as_bytes()),
            Ok(None)
        );
    }

    #[test]
    fn malformed_validation_events() {
        let with_data = |data: &str| {
            post(
                &[],
                &format!(
                    r#"[{{"id":"1","eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","data":{data}}}]"#
                ),
            )
        };
        let problem = |p| Err(HandshakeError::InvalidValidationCode(p));
        assert_eq!(with_data("null"), problem(ValidationCodeProblem::NoData));
        assert_eq!(with_data("[1]"), problem(ValidationCodeProblem::NoData));
        assert_eq!(with_data("{}"), problem(ValidationCodeProblem::Missing));
        assert_eq!(
            with_data(r#"{"validationCode":""}"#),
            problem(ValidationCodeProblem::Empty)
        );
        assert_eq!(
            with_data(r#"{"validationCode":42}"#),
            problem(ValidationCodeProblem::WrongType(JsonKind::Number))
        );
        assert_eq!(
            with_data("{}").unwrap_err().to_string(),
            "subscription validation event: `data.validationCode` must be a non-empty string, found no validationCode"
        );

        let announced: &[(&str, &[u8])] = &[("AEG-Event-Type", b" subscriptionvalidation ")];
        assert_eq!(
            post(announced, NOTIFICATION_BODY),
            Err(HandshakeError::NotAValidationEvent)
        );
        assert_eq!(
            post(announced, "garbage"),
            Err(HandshakeError::NotAValidationEvent)
        );
        let error = post(announced, "{}").unwrap_err();
        assert_eq!(error.response().status(), 400);
        assert_eq!(error.response().body(), error.to_string().as_bytes());
    }

    #[test]
    fn only_the_head_of_an_array_is_read() {
        // A full parse would fail on what follows the first element; the head does not get
        // that far, so its cost is the first element's, however long the array.
        let head = first_element("[1, this is not JSON").unwrap();
        assert_eq!(
            (head.first.map(RawValue::get), head.only),
            (Some("1"), false)
        );
        let head = first_element(" [ {\"a\":[1]} ] ").unwrap();
        assert_eq!(
            (head.first.map(RawValue::get), head.only),
            (Some("{\"a\":[1]}"), true)
        );
        let head = first_element("[ ]").unwrap();
        assert!(head.first.is_none() && head.only);
        assert!(first_element("{}").is_none());
        assert!(first_element("[nope]").is_none());
        // A validation event followed by anything at all is not a handshake.
        let body = VALIDATION_BODY.trim().trim_end_matches(']');
        assert_eq!(post(&[], &format!("{body}, not JSON")), Ok(None));
        assert_eq!(post(&[], &format!("{body}] trailing")), Ok(None));
    }

    #[test]
    fn deep_nesting_is_not_a_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(post(&[], &deep), Ok(None));
        let data = format!(
            r#"[{{"eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","data":{deep}}}]"#
        );
        assert_eq!(
            post(&[], &data),
            Err(HandshakeError::InvalidValidationCode(
                ValidationCodeProblem::NoData
            ))
        );
    }

    #[test]
    fn options_with_rate() {
        let headers: &[(&str, &[u8])] = &[
            ("WebHook-Request-Origin", b"eventgrid.azure.net"),
            (
                "WebHook-Request-Callback",
                b"https://rp-eastus2.eventgrid.azure.net/validate?code=1",
            ),
            ("WebHook-Request-Rate", b" 120 "),
        ];
        let request = abuse(options(headers).unwrap());
        assert_eq!(request.origin(), "eventgrid.azure.net");
        assert_eq!(
            request.callback(),
            Some("https://rp-eastus2.eventgrid.azure.net/validate?code=1")
        );
        assert_eq!(request.rate(), Some(120));

        let response = request.respond(&AbuseProtectionPolicy::event_grid());
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers(),
            [
                ("WebHook-Allowed-Origin", "eventgrid.azure.net".to_owned()),
                ("WebHook-Allowed-Rate", "*".to_owned()),
                ("Allow", "POST".to_owned()),
            ]
        );
        assert!(response.body().is_empty());

        let limited = request
            .respond(&AbuseProtectionPolicy::allow_any().with_rate(AllowedRate::PerMinute(30)));
        assert_eq!(limited.header("WebHook-Allowed-Rate"), Some("30"));
    }

    #[test]
    fn options_without_rate() {
        let headers: &[(&str, &[u8])] = &[("webhook-request-origin", b"EventGrid.Azure.NET")];
        let request = abuse(options(headers).unwrap());
        assert_eq!((request.rate(), request.callback()), (None, None));
        let response =
            Handshake::AbuseProtection(request).respond(&AbuseProtectionPolicy::event_grid());
        assert_eq!(response.status(), 200);
        // The origin is echoed as sent; the rate is still stated.
        assert_eq!(
            response.header("webhook-allowed-origin"),
            Some("EventGrid.Azure.NET")
        );
        assert_eq!(response.header("webhook-allowed-rate"), Some("*"));
        assert_eq!(response.header("allow"), Some("POST"));
    }

    #[test]
    fn origin_refused() {
        let headers: &[(&str, &[u8])] = &[("WebHook-Request-Origin", b"attacker.example")];
        let request = abuse(options(headers).unwrap());
        let policy = AbuseProtectionPolicy::event_grid();
        assert!(!policy.allows(request.origin()));
        let response = request.respond(&policy);
        assert_eq!(response.status(), 403);
        assert!(response.headers().is_empty());
        assert_eq!(response.header("WebHook-Allowed-Origin"), None);
        assert_eq!(
            request
                .respond(&AbuseProtectionPolicy::allow_any())
                .status(),
            200
        );
    }

    #[test]
    fn malformed_options() {
        let rate = |value: &'static [u8]| {
            options(&[
                ("WebHook-Request-Origin", b"eventgrid.azure.net"),
                ("WebHook-Request-Rate", value),
            ])
        };
        for bad in [&b"ten"[..], b"", b"-1", b"1.5", b"12 0", b"*", b"\xff"] {
            assert!(
                matches!(rate(bad), Err(HandshakeError::InvalidRate(_))),
                "{bad:?}"
            );
        }
        assert_eq!(
            rate(b"ten").unwrap_err().to_string(),
            "header `WebHook-Request-Rate` must be a non-negative integer (requests per minute), found \"ten\""
        );
        assert_eq!(abuse(rate(b"99999999999").unwrap()).rate(), Some(u32::MAX));

        assert_eq!(
            options(&[("WebHook-Request-Rate", b"10")]),
            Err(HandshakeError::MissingOrigin)
        );
        assert_eq!(
            options(&[
                ("WebHook-Request-Origin", b"a"),
                ("webhook-request-origin", b"b")
            ]),
            Err(HandshakeError::DuplicateHeader("WebHook-Request-Origin"))
        );
        assert_eq!(
            options(&[("WebHook-Request-Origin", b"  ")])
                .unwrap_err()
                .to_string(),
            "header `WebHook-Request-Origin` must not be empty"
        );
        assert!(matches!(
            options(&[("WebHook-Request-Origin", "b\u{e9}".as_bytes())]),
            Err(HandshakeError::InvalidHeader {
                header: "WebHook-Request-Origin",
                ..
            })
        ));
        // An OPTIONS request that is no handshake at all (a CORS preflight).
        assert_eq!(
            options(&[
                ("Origin", b"https://example.com"),
                ("Access-Control-Request-Method", b"POST")
            ]),
            Ok(None)
        );
        assert!(matches!(
            AbuseProtectionRequest::from_headers([]),
            Err(HandshakeError::MissingOrigin)
        ));
    }

    #[cfg(feature = "http")]
    #[test]
    fn http_integration() {
        let request = ::http::Request::post("/api/events")
            .header("aeg-event-type", "SubscriptionValidation")
            .body(VALIDATION_BODY.as_bytes().to_vec())
            .unwrap();
        let Some(Handshake::SubscriptionValidation(found)) = detect(&request).unwrap() else {
            panic!("not a validation");
        };
        let response = found.into_response();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "application/json");
        assert_eq!(
            response.body(),
            br#"{"validationResponse":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6"}"#
        );

        let request = ::http::Request::options("/api/events")
            .header("WebHook-Request-Origin", "eventgrid.azure.net")
            .header("WebHook-Request-Rate", "120")
            .body(Vec::<u8>::new())
            .unwrap();
        let handshake = detect(&request).unwrap().unwrap();
        let response: ::http::Response<Vec<u8>> = handshake
            .respond(&AbuseProtectionPolicy::event_grid())
            .into();
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()["webhook-allowed-origin"],
            "eventgrid.azure.net"
        );
        assert_eq!(response.headers()["webhook-allowed-rate"], "*");
        assert_eq!(response.headers()["allow"], "POST");

        let refused = handshake
            .respond(&AbuseProtectionPolicy::allow_origins(["example.com"]))
            .into_http();
        assert_eq!(refused.status(), 403);
        assert!(refused.headers().is_empty());

        let notification = ::http::Request::post("/api/events")
            .header("aeg-event-type", "Notification")
            .body(NOTIFICATION_BODY)
            .unwrap();
        assert_eq!(detect(&notification), Ok(None));

        let bad = HandshakeError::MissingOrigin.response().into_http();
        assert_eq!(bad.status(), 400);
        assert_eq!(bad.headers()["content-type"], "text/plain; charset=utf-8");
    }
}
