//! The one entry point for a webhook request: a handshake to answer, or the events, typed.

use std::fmt;

use serde_json::value::RawValue;

use super::{Handshake, HandshakeError, HandshakeResponse, TEXT_CONTENT_TYPE, first_element};
use crate::error::{DecodeError, DecodeErrorKind, Escaped};
use crate::json::{self, Decoder, Limits};
use crate::mode::ContentMode;
use crate::namespace::members;
use crate::typed::FromEvent;

/// What a webhook request carries: a handshake to answer, or a delivery of events.
#[derive(Debug)]
pub enum WebhookRequest<T> {
    /// A handshake: answer it with [`Handshake::respond`]; it carries no events.
    Handshake(Handshake),
    /// Events, one result per event.
    Events(Delivery<T>),
}

/// The schema and content mode a delivery came in, as detected from the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliverySchema {
    /// The Event Grid schema: a JSON array of events (a single object is read as one).
    EventGrid,
    /// The CloudEvents schema, in this content mode.
    CloudEvents(ContentMode),
}

/// The events of one delivery, one result per event, in the order they came.
#[derive(Debug)]
pub struct Delivery<T> {
    schema: DeliverySchema,
    events: Vec<Result<T, UndecodedEvent>>,
}

impl<T> Delivery<T> {
    /// The schema the events came in.
    pub fn schema(&self) -> DeliverySchema {
        self.schema
    }

    /// The events, one result each.
    pub fn events(&self) -> &[Result<T, UndecodedEvent>] {
        &self.events
    }

    /// Consumes the delivery and returns its events.
    pub fn into_events(self) -> Vec<Result<T, UndecodedEvent>> {
        self.events
    }

    /// The number of events, decoded or not.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether the delivery holds no events at all.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The events that could not be decoded.
    pub fn undecoded(&self) -> impl Iterator<Item = &UndecodedEvent> {
        self.events.iter().filter_map(|event| event.as_ref().err())
    }
}

impl<T> IntoIterator for Delivery<T> {
    type Item = Result<T, UndecodedEvent>;
    type IntoIter = std::vec::IntoIter<Result<T, UndecodedEvent>>;

    fn into_iter(self) -> Self::IntoIter {
        self.events.into_iter()
    }
}

/// An event of a delivery that could not be decoded into the type asked for: where it was,
/// what it said it was (when that much could be read), and why.
#[derive(Debug)]
pub struct UndecodedEvent {
    index: usize,
    id: Option<String>,
    event_type: Option<String>,
    error: DecodeError,
}

impl UndecodedEvent {
    /// Its position in the delivery, from 0.
    pub fn index(&self) -> usize {
        self.index
    }

    /// Its `id`, when the event has a string one.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// Its `type` (Event Grid: `eventType`), when the event has a string one.
    pub fn event_type(&self) -> Option<&str> {
        self.event_type.as_deref()
    }

    /// Why it could not be decoded.
    pub fn error(&self) -> &DecodeError {
        &self.error
    }

    /// Consumes the report and returns the error.
    pub fn into_error(self) -> DecodeError {
        self.error
    }
}

impl fmt::Display for UndecodedEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = Escaped(self.id.as_deref().unwrap_or("?"));
        let ty = Escaped(self.event_type.as_deref().unwrap_or("?"));
        // The error's own text starts with "event N: " when it knows the index.
        let kind = self.error.kind();
        write!(f, "event {} (id `{id}`, type `{ty}`): {kind}", self.index)
    }
}

impl std::error::Error for UndecodedEvent {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// A webhook request that carries neither a handshake nor events that can be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// A malformed handshake.
    #[error(transparent)]
    Handshake(#[from] HandshakeError),
    /// The body as a whole cannot be read: not JSON, not UTF-8, over a limit, an unsupported
    /// `Content-Type`, or binary mode without its required headers.
    #[error("the delivery cannot be read: {0}")]
    Body(#[source] DecodeError),
    /// A method other than `POST` (deliveries) and `OPTIONS` (handshakes).
    #[error("method `{}` is not allowed: a webhook takes POST and OPTIONS", Escaped(.0.as_str()))]
    Method(String),
}

impl WebhookError {
    /// The status to answer with: `413` for a body over a limit, `405` for another method,
    /// `400` otherwise. Event Grid retries none of them, and dead-letters the events, when
    /// the subscription has a dead-letter destination.
    pub fn status(&self) -> u16 {
        match self {
            WebhookError::Body(error)
                if matches!(
                    error.kind(),
                    DecodeErrorKind::TooLarge { .. } | DecodeErrorKind::TooManyEvents { .. }
                ) =>
            {
                413
            }
            WebhookError::Method(_) => 405,
            WebhookError::Handshake(_) | WebhookError::Body(_) => 400,
        }
    }

    /// The reply: [`status`](Self::status) with the error as plain text (and `Allow` for
    /// `405`).
    pub fn response(&self) -> HandshakeResponse {
        let mut headers = vec![(super::CONTENT_TYPE, TEXT_CONTENT_TYPE.to_owned())];
        if matches!(self, WebhookError::Method(_)) {
            headers.push(("Allow", "POST, OPTIONS".to_owned()));
        }
        HandshakeResponse {
            status: self.status(),
            headers,
            body: self.to_string().into_bytes(),
        }
    }
}

/// Reads a webhook request from its method, headers (names in any case; walked more than
/// once, hence `Clone`: pass a slice's `iter().copied()`) and body: a
/// handshake, or the events typed as `T`, one result per event. Lenient, as a consumer needs
/// ([`Decoder::consumer`]); decode into [`Reported<T>`](crate::Reported) or
/// [`Event<T>`](crate::Event) to see what was tolerated.
///
/// The schema is detected from the request, not from `Content-Type` alone (Event Grid sends
/// both schemas as `application/json`):
///
/// - a handshake first, as [`detect_parts`](super::detect_parts) finds it: the Event Grid
///   validation event, or the CloudEvents `OPTIONS` abuse-protection request;
/// - a `ce-specversion` header: CloudEvents binary mode;
/// - `Content-Type: application/cloudevents-batch+json` or `application/cloudevents+json`:
///   a CloudEvents batch or structured event;
/// - otherwise a JSON body is read by its first event: a `specversion` member, or a `type`
///   without an `eventType`, makes it CloudEvents (a batch when the body is an array), and
///   anything else is the Event Grid schema. Only the first event is looked at, so the cost
///   stays linear in the body.
///
/// `T` is whatever implements [`FromEvent`]: [`CloudEvent`](struct@crate::CloudEvent), the
/// `SystemEvent` of `eventgrid-system-events`, a `#[derive(CloudEvent)]` struct or enum, or
/// an enum mixing the user's events with system events:
///
/// ```
/// use eventgrid_types::webhook::{self, WebhookRequest};
/// use eventgrid_types::CloudEvent;
/// use serde::{Deserialize, Serialize};
///
/// #[derive(CloudEvent, Serialize, Deserialize, Debug)]
/// #[cloudevent(type = "Contoso.Orders.Created", source = "/orders")]
/// struct OrderCreated { order: u32 }
///
/// #[derive(CloudEvent, Debug)]
/// enum Incoming {
///     Order(OrderCreated),
///     // Every other type; with `eventgrid-system-events`, wrap its `SystemEvent` here
///     // to receive Azure's events typed in the same `match`.
///     #[cloudevent(other)]
///     Other(CloudEvent),
/// }
///
/// let body = br#"[{"id":"1","eventType":"Contoso.Orders.Created","subject":"o/1",
///   "eventTime":"2026-12-07T10:00:00Z","dataVersion":"1","data":{"order":7}},
///   {"id":"2","eventType":"Contoso.Orders.Deleted","subject":"o/2",
///   "eventTime":"2026-12-07T10:00:01Z","dataVersion":"1","data":{}}]"#;
/// let headers = [("content-type", b"application/json".as_slice())];
/// let WebhookRequest::Events(delivery) = webhook::receive_parts::<Incoming, _>("POST", headers, body)?
/// else {
///     panic!("not a handshake");
/// };
/// let events: Vec<_> = delivery.into_iter().collect::<Result<_, _>>()?;
/// assert!(matches!(events[0], Incoming::Order(OrderCreated { order: 7 })));
/// assert!(matches!(&events[1], Incoming::Other(event) if event.id() == "2"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
// Headers are taken as `detect_parts` takes them, an iterator by value; it is cloned per pass.
#[allow(clippy::needless_pass_by_value)]
pub fn receive_parts<'h, T, I>(
    method: &str,
    headers: I,
    body: &[u8],
) -> Result<WebhookRequest<T>, WebhookError>
where
    T: for<'a> FromEvent<'a>,
    I: IntoIterator<Item = (&'h str, &'h [u8])> + Clone,
{
    receive_with(method, || headers.clone(), body)
}

/// [`receive_parts`] with the headers from `headers`, called once per pass over them.
fn receive_with<'h, T, I>(
    method: &str,
    headers: impl Fn() -> I,
    body: &[u8],
) -> Result<WebhookRequest<T>, WebhookError>
where
    T: for<'a> FromEvent<'a>,
    I: IntoIterator<Item = (&'h str, &'h [u8])>,
{
    if let Some(handshake) = super::detect_parts(method, headers(), body)? {
        return Ok(WebhookRequest::Handshake(handshake));
    }
    if !method.eq_ignore_ascii_case("POST") {
        return Err(WebhookError::Method(method.to_owned()));
    }
    let schema = detect_schema(headers(), body);
    let events = match schema {
        DeliverySchema::EventGrid => {
            crate::event_grid::decode::<T>(body).map_err(WebhookError::Body)?
        }
        DeliverySchema::CloudEvents(ContentMode::Batch) => Decoder::consumer()
            .decode_batch::<T>(body)
            .map_err(WebhookError::Body)?,
        DeliverySchema::CloudEvents(ContentMode::Structured) => {
            vec![single_event(Decoder::consumer().decode::<T>(body))?]
        }
        DeliverySchema::CloudEvents(ContentMode::Binary) => vec![single_event(
            crate::binary::decode_typed::<T, _>(headers(), body),
        )?],
    };
    let events = identify_failures(schema, headers(), body, events);
    Ok(WebhookRequest::Events(Delivery { schema, events }))
}

/// Reads a webhook `http` request; see [`receive_parts`].
///
/// ```
/// use eventgrid_types::webhook::{self, AbuseProtectionPolicy, WebhookRequest};
/// use eventgrid_types::CloudEvent;
///
/// let request = http::Request::post("/events")
///     .header("content-type", "application/cloudevents+json; charset=utf-8")
///     .body(br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","data":1}"#.to_vec())?;
/// match webhook::receive::<CloudEvent, _>(&request)? {
///     WebhookRequest::Handshake(handshake) => {
///         let _reply = handshake.respond(&AbuseProtectionPolicy::event_grid()).into_http();
///     }
///     WebhookRequest::Events(delivery) => {
///         for event in delivery {
///             match event {
///                 Ok(event) => assert_eq!(event.id(), "1"),
///                 Err(undecoded) => eprintln!("{undecoded}"),
///             }
///         }
///     }
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "http")]
pub fn receive<T, B>(request: &::http::Request<B>) -> Result<WebhookRequest<T>, WebhookError>
where
    T: for<'a> FromEvent<'a>,
    B: AsRef<[u8]>,
{
    let headers = || {
        request
            .headers()
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_bytes()))
    };
    receive_with(request.method().as_str(), headers, request.body().as_ref())
}

/// The result of a body of one event: a body over the limit is the request's failure, any
/// other the event's own result, as in a batch.
fn single_event<T>(event: Result<T, DecodeError>) -> Result<Result<T, DecodeError>, WebhookError> {
    match event {
        Err(error) if matches!(error.kind(), DecodeErrorKind::TooLarge { .. }) => {
            Err(WebhookError::Body(error))
        }
        event => Ok(event),
    }
}

/// The schema of a delivery that is not a handshake; see [`receive_parts`].
fn detect_schema<'h, I>(headers: I, body: &[u8]) -> DeliverySchema
where
    I: IntoIterator<Item = (&'h str, &'h [u8])>,
{
    let mut content_type = None;
    for (name, value) in headers {
        if name.eq_ignore_ascii_case("ce-specversion") {
            return DeliverySchema::CloudEvents(ContentMode::Binary);
        }
        if name.eq_ignore_ascii_case("content-type") {
            content_type = std::str::from_utf8(value).ok();
        }
    }
    match ContentMode::detect(content_type) {
        ContentMode::Binary => {}
        mode => return DeliverySchema::CloudEvents(mode),
    }
    let Ok(text) = std::str::from_utf8(body) else {
        // The Event Grid decoder reports the invalid UTF-8.
        return DeliverySchema::EventGrid;
    };
    let trimmed = text.trim_start_matches(super::JSON_WHITESPACE);
    let (first, batch) = if trimmed.starts_with('[') {
        let head = first_element(trimmed).and_then(|head| head.first);
        (head.map(RawValue::get), true)
    } else {
        (Some(trimmed), false)
    };
    let is_cloud_event = first
        .and_then(|event| members(event, ["specversion", "eventType", "type"]).ok())
        .is_some_and(|[spec, event_type, ty]| {
            spec.is_some() || (ty.is_some() && event_type.is_none())
        });
    match (is_cloud_event, batch) {
        (true, true) => DeliverySchema::CloudEvents(ContentMode::Batch),
        (true, false) => DeliverySchema::CloudEvents(ContentMode::Structured),
        (false, _) => DeliverySchema::EventGrid,
    }
}

/// Attaches to each event that failed its position, `id` and type, read from its text (for
/// binary mode, from its headers). Only done when some event failed; one more pass over the
/// body at most.
fn identify_failures<'h, T, I>(
    schema: DeliverySchema,
    headers: I,
    body: &[u8],
    events: Vec<Result<T, DecodeError>>,
) -> Vec<Result<T, UndecodedEvent>>
where
    I: IntoIterator<Item = (&'h str, &'h [u8])>,
{
    let failed = events.iter().any(Result::is_err);
    let texts: Vec<&RawValue> = match (failed, std::str::from_utf8(body)) {
        (false, _) | (true, Err(_)) => Vec::new(),
        (true, Ok(text)) => match schema {
            DeliverySchema::CloudEvents(ContentMode::Binary) => Vec::new(),
            _ if text
                .trim_start_matches(super::JSON_WHITESPACE)
                .starts_with('[') =>
            {
                json::elements(text, Limits::default().max_events).unwrap_or_default()
            }
            _ => serde_json::from_str(text)
                .map(|one| vec![one])
                .unwrap_or_default(),
        },
    };
    let binary_identity = || {
        let mut found = (None, None);
        for (name, value) in headers {
            let value = || Some(String::from_utf8_lossy(value).into_owned());
            if name.eq_ignore_ascii_case("ce-id") {
                found.0 = value();
            } else if name.eq_ignore_ascii_case("ce-type") {
                found.1 = value();
            }
        }
        found
    };
    let mut binary_identity = Some(binary_identity);
    events
        .into_iter()
        .enumerate()
        .map(|(index, event)| {
            event.map_err(|error| {
                let (id, event_type) = match texts.get(index) {
                    Some(text) => identity(text),
                    None => binary_identity
                        .take()
                        .map(|read| read())
                        .unwrap_or_default(),
                };
                UndecodedEvent {
                    index,
                    id,
                    event_type,
                    error,
                }
            })
        })
        .collect()
}

/// The `id` and type of an event's text, where they are strings.
fn identity(event: &RawValue) -> (Option<String>, Option<String>) {
    let string = |raw: Option<&RawValue>| raw.and_then(|raw| serde_json::from_str(raw.get()).ok());
    match members(event.get(), ["id", "type", "eventType"]) {
        Ok([id, ty, event_type]) => (string(id), string(ty).or_else(|| string(event_type))),
        Err(_) => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cloud_event::CloudEvent;
    use crate::event_grid::EventGridEvent;

    type Headers<'h> = &'h [(&'h str, &'h [u8])];

    fn events<T: for<'a> FromEvent<'a> + fmt::Debug>(
        headers: Headers<'_>,
        body: &str,
    ) -> Delivery<T> {
        match receive_parts::<T, _>("POST", headers.iter().copied(), body.as_bytes()) {
            Ok(WebhookRequest::Events(delivery)) => delivery,
            other => panic!("not a delivery: {other:?}"),
        }
    }

    const EG_ARRAY: &str = r#"[
        {"id":"1","topic":"/t","subject":"s","eventType":"Contoso.A","eventTime":"2026-12-07T00:00:00Z","data":{"n":1},"dataVersion":"1","metadataVersion":"1"},
        {"id":"2","topic":"/t","subject":"s","eventType":"Contoso.B","eventTime":"2026-12-07T00:00:00Z","data":{"n":2},"dataVersion":"1","metadataVersion":"1"}]"#;
    const CE: &str =
        r#"{"specversion":"1.0","id":"c1","source":"/s","type":"Contoso.A","data":{"n":1}}"#;
    const JSON: Headers<'static> = &[("Content-Type", b"application/json; charset=utf-8")];

    #[test]
    fn the_schema_is_read_from_the_request() {
        let delivery = events::<CloudEvent>(JSON, EG_ARRAY);
        assert_eq!(delivery.schema(), DeliverySchema::EventGrid);
        let ids: Vec<_> = delivery
            .into_iter()
            .map(|e| e.unwrap().id().to_owned())
            .collect();
        assert_eq!(ids, ["1", "2"]);

        // CloudEvents sent as `application/json`, as one event and as a batch.
        let one = events::<CloudEvent>(JSON, CE);
        assert_eq!(
            one.schema(),
            DeliverySchema::CloudEvents(ContentMode::Structured)
        );
        let batch = events::<CloudEvent>(&[], &format!("[{CE}, {CE}]"));
        assert_eq!(
            batch.schema(),
            DeliverySchema::CloudEvents(ContentMode::Batch)
        );
        assert_eq!(batch.len(), 2);
        // A `type` without `specversion` is a CloudEvent too (consumers read it as 1.0).
        let no_version = r#"{"id":"c1","source":"/s","type":"Contoso.A"}"#;
        assert_eq!(
            events::<CloudEvent>(JSON, no_version).schema(),
            DeliverySchema::CloudEvents(ContentMode::Structured)
        );
        // The CloudEvents content types are trusted.
        let batch_type: Headers<'_> = &[("content-type", b"application/cloudevents-batch+json")];
        assert_eq!(
            events::<CloudEvent>(batch_type, &format!("[{CE}]")).schema(),
            DeliverySchema::CloudEvents(ContentMode::Batch)
        );
        // Binary mode, whatever the content type.
        let binary: Headers<'_> = &[
            ("content-type", b"application/json"),
            ("ce-specversion", b"1.0"),
            ("ce-id", b"b1"),
            ("ce-source", b"/s"),
            ("ce-type", b"Contoso.A"),
        ];
        let delivery = events::<CloudEvent>(binary, r#"{"n":1}"#);
        assert_eq!(
            delivery.schema(),
            DeliverySchema::CloudEvents(ContentMode::Binary)
        );
        assert_eq!(delivery.into_events()[0].as_ref().unwrap().id(), "b1");
        // An empty array is a delivery of nothing.
        assert!(events::<CloudEvent>(JSON, "[]").is_empty());
    }

    #[test]
    fn handshakes_come_first() {
        let validation = r#"[{"id":"v","eventType":"Microsoft.EventGrid.SubscriptionValidationEvent",
            "data":{"validationCode":"CODE"}}]"#;
        let request = receive_parts::<CloudEvent, _>("POST", [], validation.as_bytes()).unwrap();
        assert!(matches!(
            request,
            WebhookRequest::Handshake(Handshake::SubscriptionValidation(ref v)) if v.validation_code == "CODE"
        ));
        let options = [(
            super::super::REQUEST_ORIGIN,
            b"eventgrid.azure.net".as_slice(),
        )];
        let request = receive_parts::<CloudEvent, _>("OPTIONS", options, b"").unwrap();
        assert!(matches!(
            request,
            WebhookRequest::Handshake(Handshake::AbuseProtection(_))
        ));
        // OPTIONS without the handshake headers, and other methods, are not deliveries.
        for method in ["OPTIONS", "GET", "PUT"] {
            let error = receive_parts::<CloudEvent, _>(method, [], b"[]").unwrap_err();
            assert_eq!(error.status(), 405, "{method}");
            assert_eq!(error.response().header("allow"), Some("POST, OPTIONS"));
        }
        let malformed = receive_parts::<CloudEvent, _>(
            "POST",
            [("aeg-event-type", b"SubscriptionValidation".as_slice())],
            b"[]",
        )
        .unwrap_err();
        assert!(matches!(
            malformed,
            WebhookError::Handshake(HandshakeError::NotAValidationEvent)
        ));
        assert_eq!(malformed.response().status(), 400);
    }

    /// A type that takes `Contoso.A` events only.
    #[derive(Debug)]
    struct OnlyA;
    impl FromEvent<'_> for OnlyA {
        fn accepts_type(event_type: &str) -> bool {
            event_type == "Contoso.A"
        }
        fn expected_types() -> &'static [&'static str] {
            &["Contoso.A"]
        }
        fn from_event(event: crate::typed::EventView<'_>) -> Result<Self, DecodeError> {
            if Self::accepts_type(event.event_type) {
                Ok(OnlyA)
            } else {
                Err(crate::typed::type_mismatch::<Self>(event.event_type))
            }
        }
    }

    #[test]
    fn each_failed_event_is_named_by_id_and_type() {
        // Event 1 has no eventType readable as an Event Grid event, event 2 is fine.
        let body = r#"[{"id":"bad","eventType":42},
            {"id":"2","subject":"s","eventType":"Contoso.B","eventTime":"2026-12-07T00:00:00Z","data":{}}]"#;
        let delivery = events::<EventGridEvent>(JSON, body);
        let results = delivery.events();
        assert!(results[1].is_ok());
        let failed = results[0].as_ref().unwrap_err();
        assert_eq!(
            (failed.index(), failed.id(), failed.event_type()),
            (0, Some("bad"), None)
        );

        // A type the caller's type does not accept.
        let delivery = events::<OnlyA>(JSON, EG_ARRAY);
        assert_eq!(delivery.undecoded().count(), 1);
        let failed = delivery.undecoded().next().unwrap();
        assert_eq!(
            (failed.index(), failed.id(), failed.event_type()),
            (1, Some("2"), Some("Contoso.B"))
        );
        assert!(
            failed
                .to_string()
                .starts_with("event 1 (id `2`, type `Contoso.B`): "),
            "{failed}"
        );
        // The same for a batch of CloudEvents and for binary mode.
        let other = CE.replace("Contoso.A", "Contoso.\\nB");
        let delivery = events::<OnlyA>(JSON, &format!("[{CE},{other}]"));
        let failed = delivery.undecoded().next().unwrap();
        assert_eq!(
            (failed.index(), failed.event_type()),
            (1, Some("Contoso.\nB"))
        );
        assert!(
            failed.to_string().contains("type `Contoso.\\nB`"),
            "{failed}"
        );
        let binary: Headers<'_> = &[
            ("ce-specversion", b"1.0"),
            ("ce-id", b"b1"),
            ("ce-source", b"/s"),
            ("ce-type", b"Contoso.B"),
        ];
        let delivery = events::<OnlyA>(binary, "{}");
        let failed = delivery.undecoded().next().unwrap();
        assert_eq!(
            (failed.id(), failed.event_type()),
            (Some("b1"), Some("Contoso.B"))
        );
    }

    #[test]
    fn unreadable_bodies_are_the_requests_error() {
        for body in ["", "{", "[1,", "nope"] {
            let error =
                receive_parts::<CloudEvent, _>("POST", JSON.iter().copied(), body.as_bytes())
                    .unwrap_err();
            assert!(matches!(error, WebhookError::Body(_)), "{body}: {error:?}");
            assert_eq!(error.status(), 400);
        }
        let big = format!("[{}]", " ".repeat(crate::json::MAX_EVENT_BYTES));
        let error = receive_parts::<CloudEvent, _>("POST", JSON.iter().copied(), big.as_bytes())
            .unwrap_err();
        assert_eq!(error.status(), 413);
        // A structured event that cannot be read is that event's result.
        let delivery = events::<CloudEvent>(JSON, r#"{"specversion":"1.0","id":"x","type":"t"}"#);
        assert_eq!(delivery.undecoded().next().unwrap().id(), Some("x"));
    }
}
