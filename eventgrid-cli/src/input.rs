//! Reading events: from a file or stdin, in whatever form they come, decoded leniently so that
//! every event can be shown with what was tolerated in it.

use std::fmt;
use std::io::Read as _;
use std::path::Path;

use eventgrid_types::webhook::{self, Handshake};
use eventgrid_types::{
    CloudEvent, DecodeError, DecodeErrorKind, EventGridEvent, EventView, event_grid, http, json,
    namespace,
};
use serde::de::{Deserializer as _, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::dump;
use crate::error::{CliError, Context as _};

/// The largest input read: a namespace receive response, the largest body the decoders take.
const MAX_INPUT_BYTES: u64 = namespace::MAX_RECEIVE_BYTES as u64;

/// The decoders' limits for a file: its size is capped when read, so the service's per-request
/// limits (1 MiB, 5,000 events) need not hold; a file may hold many requests' worth.
fn file_limits() -> json::Limits {
    json::Limits {
        max_bytes: namespace::MAX_RECEIVE_BYTES,
        max_events: usize::MAX,
    }
}

/// What the input was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// An Event Grid schema array (or one Event Grid event).
    EventGrid,
    /// One structured-mode CloudEvent.
    Structured,
    /// A CloudEvents batch.
    Batch,
    /// A namespace receive response (`{"value":[{"brokerProperties":...,"event":...}]}`).
    Receive,
    /// An HTTP request in binary mode.
    HttpBinary,
    /// An HTTP request in structured mode.
    HttpStructured,
    /// An HTTP request carrying a batch.
    HttpBatch,
    /// An HTTP request carrying an Event Grid array.
    HttpEventGrid,
    /// An HTTP abuse-protection handshake (`OPTIONS`), which carries no events.
    HttpHandshake,
}

impl Form {
    /// The name `inspect --json` gives it.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Form::EventGrid => "eventgrid",
            Form::Structured => "cloudevents-structured",
            Form::Batch => "cloudevents-batch",
            Form::Receive => "namespace-receive",
            Form::HttpBinary => "http-binary",
            Form::HttpStructured => "http-structured",
            Form::HttpBatch => "http-batch",
            Form::HttpEventGrid => "http-eventgrid",
            Form::HttpHandshake => "http-handshake",
        }
    }
}

impl fmt::Display for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Form::EventGrid => "Event Grid schema array",
            Form::Structured => "CloudEvent, structured mode",
            Form::Batch => "CloudEvents batch",
            Form::Receive => "namespace receive response",
            Form::HttpBinary => "HTTP request, binary mode",
            Form::HttpStructured => "HTTP request, structured mode",
            Form::HttpBatch => "HTTP request, CloudEvents batch",
            Form::HttpEventGrid => "HTTP request, Event Grid schema",
            Form::HttpHandshake => "HTTP request, webhook handshake",
        })
    }
}

/// A decoded event of either schema.
#[derive(Debug)]
pub(crate) enum Envelope {
    Cloud(CloudEvent),
    Grid(EventGridEvent),
}

impl Envelope {
    pub(crate) fn view(&self) -> EventView<'_> {
        match self {
            Envelope::Cloud(event) => event.view(),
            Envelope::Grid(event) => event.view(),
        }
    }

    /// The event as a CloudEvent (an Event Grid event mapped as the service maps it).
    pub(crate) fn to_cloud_event(&self) -> Result<CloudEvent, DecodeError> {
        match self {
            Envelope::Cloud(event) => Ok(event.clone()),
            Envelope::Grid(event) => event.to_cloud_event(),
        }
    }
}

/// Where an event sits in the input, to write paths to its parts.
#[derive(Debug, Clone)]
pub(crate) struct Location {
    /// The JSON path of the event (`$[2]`, `$.value[0].event`), or `None` for binary mode,
    /// whose attributes are headers.
    json: Option<String>,
}

impl Location {
    pub(crate) fn json(path: impl Into<String>) -> Self {
        Location {
            json: Some(path.into()),
        }
    }

    /// The event itself.
    pub(crate) fn event(&self) -> &str {
        self.json.as_deref().unwrap_or("request")
    }

    /// An attribute (a member of the event, or a `ce-` header in binary mode).
    pub(crate) fn attribute(&self, name: &str) -> String {
        match &self.json {
            Some(path) => format!("{path}.{name}"),
            None if name.starts_with("ce-") || name.eq_ignore_ascii_case("content-type") => {
                format!("header {name}")
            }
            None => format!("header ce-{name}"),
        }
    }

    /// A place inside `data` (`path` as a `DataMember` writes it; empty for `data` itself).
    pub(crate) fn data(&self, path: &str) -> String {
        let base = match &self.json {
            Some(event) => format!("{event}.data"),
            None => "body".to_owned(),
        };
        match path.as_bytes().first() {
            None => base,
            Some(b'[') => format!("{base}{path}"),
            Some(_) if self.json.is_none() => format!("body.{path}"),
            Some(_) => format!("{base}.{path}"),
        }
    }

    /// Where a decode error points.
    pub(crate) fn of_error(&self, error: &DecodeError) -> String {
        match error.kind() {
            DecodeErrorKind::MissingAttribute(name) | DecodeErrorKind::EmptyAttribute(name) => {
                self.attribute(name)
            }
            DecodeErrorKind::WrongType { attribute, .. }
            | DecodeErrorKind::ControlCharacter { attribute, .. }
            | DecodeErrorKind::InvalidTimestamp { attribute, .. }
            | DecodeErrorKind::AttributeValue { attribute, .. } => self.attribute(attribute),
            DecodeErrorKind::DuplicateAttribute(name)
            | DecodeErrorKind::InvalidExtensionName { name, .. }
            | DecodeErrorKind::InvalidInteger { name, .. } => self.attribute(name),
            DecodeErrorKind::AttributeCase { found, .. } => self.attribute(found),
            DecodeErrorKind::MissingHeader(name) => format!("header {name}"),
            DecodeErrorKind::InvalidHeader { name, .. } => format!("header {name}"),
            DecodeErrorKind::Data { path, .. } => self.data(path),
            DecodeErrorKind::DataAndDataBase64 | DecodeErrorKind::InvalidBase64(_) => {
                self.attribute("data_base64")
            }
            _ => self.event().to_owned(),
        }
    }
}

/// One event of the input: where it is, its lock token when it came from a receive, and the
/// event or why it could not be decoded.
#[derive(Debug)]
pub(crate) struct Item {
    pub(crate) index: usize,
    pub(crate) location: Location,
    pub(crate) lock: Option<Lock>,
    pub(crate) event: Result<Envelope, DecodeError>,
}

/// A received event's lock.
#[derive(Debug, Clone)]
pub(crate) struct Lock {
    pub(crate) token: String,
    pub(crate) delivery_count: u32,
}

/// Everything read from one input.
#[derive(Debug)]
pub(crate) struct Loaded {
    pub(crate) form: Form,
    pub(crate) items: Vec<Item>,
    /// Receive items without a usable lock token.
    pub(crate) unsettleable: Vec<DecodeError>,
    /// A webhook handshake the request is, when it is one.
    pub(crate) handshake: Option<Handshake>,
}

/// Reads a whole file, or stdin for `-`, refusing more than the decoders take.
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, CliError> {
    let name = || {
        if path.as_os_str() == "-" {
            "standard input".to_owned()
        } else {
            format!("`{}`", path.display())
        }
    };
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == "-" {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            // Not waiting in silence: say what the command waits for.
            anstream::eprintln!("reading events from standard input; end with Ctrl-D");
        }
        std::io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path)
            .and_then(|file| file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
    };
    read.context(|| format!("cannot read {}", name()))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(CliError::problems(format!(
            "{} is larger than {MAX_INPUT_BYTES} bytes, more than any Event Grid body",
            name()
        )));
    }
    Ok(bytes)
}

/// Finds out what `bytes` hold and decodes every event in it, leniently. Fails only when the
/// input as a whole cannot be read (not JSON, not an HTTP request, wrong shape).
pub(crate) fn load(bytes: &[u8]) -> Result<Loaded, CliError> {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let unreadable = |error: DecodeError| {
        CliError::problems("the input is not events that can be read").because(&error)
    };
    match bytes.get(start) {
        Some(b'[') => {
            let text = std::str::from_utf8(bytes)
                .map_err(|error| CliError::problems("the input is not UTF-8").because(&error))?;
            let elements: Vec<&RawValue> = serde_json::from_str(text)
                .map_err(|error| unreadable(DecodeError::from(DecodeErrorKind::Json(error))))?;
            let grid = elements.iter().any(|raw| Shape::of(raw.get()).grid)
                && !elements.iter().any(|raw| Shape::of(raw.get()).cloud);
            if grid {
                event_grid_items(bytes, Form::EventGrid, "$").map_err(unreadable)
            } else {
                let events = json::Decoder::consumer()
                    .with_limits(file_limits())
                    .batch_from_slice(bytes)
                    .map_err(unreadable)?;
                Ok(cloud_items(events, Form::Batch, |i| format!("$[{i}]")))
            }
        }
        Some(b'{') => {
            let shape = std::str::from_utf8(bytes)
                .map(Shape::of)
                .unwrap_or_default();
            if shape.receive && !shape.cloud {
                receive_items(bytes).map_err(unreadable)
            } else if shape.grid && !shape.cloud {
                event_grid_items(bytes, Form::EventGrid, "$").map_err(unreadable)
            } else {
                let event = json::Decoder::consumer()
                    .with_limits(file_limits())
                    .from_slice(bytes);
                Ok(cloud_items(vec![event], Form::Structured, |_| "$".into()))
            }
        }
        Some(b) if b.is_ascii_alphabetic() => request_items(bytes),
        _ => Err(unreadable(
            json::Decoder::consumer()
                .from_slice(bytes)
                .err()
                .unwrap_or_else(|| {
                    DecodeErrorKind::WrongShape {
                        expected: "an object or an array",
                        found: eventgrid_types::error::JsonKind::Null,
                    }
                    .into()
                }),
        )),
    }
}

fn cloud_items(
    events: Vec<Result<CloudEvent, DecodeError>>,
    form: Form,
    path: impl Fn(usize) -> String,
) -> Loaded {
    let items = events
        .into_iter()
        .enumerate()
        .map(|(index, event)| Item {
            index,
            location: Location::json(path(index)),
            lock: None,
            event: event.map(Envelope::Cloud),
        })
        .collect();
    Loaded {
        form,
        items,
        unsettleable: Vec::new(),
        handshake: None,
    }
}

fn event_grid_items(bytes: &[u8], form: Form, root: &str) -> Result<Loaded, DecodeError> {
    let single = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let items = event_grid::from_slice_with(bytes, &file_limits())?
        .into_iter()
        .enumerate()
        .map(|(index, event)| Item {
            index,
            location: Location::json(if single {
                root.to_owned()
            } else {
                format!("{root}[{index}]")
            }),
            lock: None,
            event: event.map(Envelope::Grid),
        })
        .collect();
    Ok(Loaded {
        form,
        items,
        unsettleable: Vec::new(),
        handshake: None,
    })
}

fn receive_items(bytes: &[u8]) -> Result<Loaded, DecodeError> {
    let batch = namespace::decode_receive(bytes)?;
    let items = batch
        .items
        .into_iter()
        .enumerate()
        .map(|(index, received)| Item {
            index,
            location: Location::json(format!("$.value[{index}].event")),
            lock: Some(Lock {
                token: received.lock_token,
                delivery_count: received.delivery_count,
            }),
            event: received.event.map(Envelope::Cloud),
        })
        .collect();
    Ok(Loaded {
        form: Form::Receive,
        items,
        unsettleable: batch.unsettleable,
        handshake: None,
    })
}

fn request_items(bytes: &[u8]) -> Result<Loaded, CliError> {
    let request = dump::parse(bytes)?;
    let handshake = webhook::detect(&request).map_err(|error| {
        CliError::problems("the request is a malformed webhook handshake").because(&error)
    })?;
    if let Some(Handshake::AbuseProtection(_)) = handshake {
        // An OPTIONS request: nothing to decode.
        return Ok(Loaded {
            form: Form::HttpHandshake,
            items: Vec::new(),
            unsettleable: Vec::new(),
            handshake,
        });
    }
    let unreadable = |error: DecodeError| {
        CliError::problems("the request does not carry events that can be read").because(&error)
    };
    let content_type = request
        .headers()
        .get(::http::header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok());
    let mode = eventgrid_types::ContentMode::detect(content_type);
    let is_plain_json = content_type.is_some_and(|ct| {
        ct.split(';')
            .next()
            .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
    });
    let has_ce_headers = request.headers().contains_key("ce-specversion");
    let mut loaded = if is_plain_json && !has_ce_headers {
        // Event Grid schema deliveries are `application/json` arrays.
        event_grid_items(request.body(), Form::HttpEventGrid, "body").map_err(unreadable)?
    } else {
        let received = http::from_request(&request).map_err(unreadable)?;
        match (mode, received) {
            (_, http::Received::Batch(events)) => {
                cloud_items(events, Form::HttpBatch, |i| format!("body[{i}]"))
            }
            (eventgrid_types::ContentMode::Binary, received) => {
                let mut loaded =
                    cloud_items(received.into_events(), Form::HttpBinary, |_| String::new());
                for item in &mut loaded.items {
                    item.location = Location { json: None };
                }
                loaded
            }
            (_, received) => cloud_items(received.into_events(), Form::HttpStructured, |_| {
                "body".into()
            }),
        }
    };
    loaded.handshake = handshake;
    Ok(loaded)
}

/// Which schema an object's member names suggest, matched ignoring ASCII case as the lenient
/// decoders match them.
#[derive(Debug, Default, Clone, Copy)]
struct Shape {
    /// `specversion`: a CloudEvent.
    cloud: bool,
    /// `eventType`, `dataVersion` or `eventTime`: an Event Grid event.
    grid: bool,
    /// `value`: a receive response.
    receive: bool,
}

impl Shape {
    fn of(text: &str) -> Shape {
        serde_json::Deserializer::from_str(text)
            .deserialize_any(ShapeVisitor)
            .unwrap_or_default()
    }
}

struct ShapeVisitor;

impl<'de> Visitor<'de> for ShapeVisitor {
    type Value = Shape;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Shape, A::Error> {
        let mut shape = Shape::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let is = |name: &str| key.eq_ignore_ascii_case(name);
            shape.cloud |= is("specversion");
            shape.grid |= is("eventType") || is("dataVersion") || is("eventTime");
            shape.receive |= is("value");
            map.next_value::<IgnoredAny>()?;
        }
        Ok(shape)
    }
}
