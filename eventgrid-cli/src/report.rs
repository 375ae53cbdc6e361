//! What one event holds, as `inspect`, `validate` and `receive` show it: its attributes, its
//! system-event type and typed payload, and every finding with its path in the input.

use eventgrid_system_events::{SystemEvent, SystemEventError};
use eventgrid_types::{DataMemberKind, Tolerated};
use serde::Serialize;
use serde_json::value::RawValue;

use crate::input::{Envelope, Item, Location};

/// A finding about one part of an event.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Finding {
    /// The JSON path (or header) in the input.
    pub(crate) path: String,
    /// What is wrong, or what was done about it.
    pub(crate) message: String,
    /// Whether `validate` counts it as an error without `--strict`.
    #[serde(skip)]
    pub(crate) severe: bool,
}

/// The system event an event decoded as.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Typed {
    /// The `SystemEvent` variant.
    pub(crate) variant: String,
    /// The Rust type of the payload.
    pub(crate) payload_type: String,
    /// The payload as the typed value re-encodes it.
    pub(crate) payload: serde_json::Value,
}

/// Everything known about one event.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Report {
    pub(crate) index: usize,
    pub(crate) path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) lock_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) delivery_count: Option<u32>,
    /// `cloudevents` or `eventgrid`; `None` when the event did not decode.
    pub(crate) schema: Option<&'static str>,
    /// Attribute names and values, in the schema's order, extensions last.
    #[serde(serialize_with = "in_order")]
    pub(crate) attributes: Vec<(String, serde_json::Value)>,
    /// The typed system event, when the type has one in this build.
    pub(crate) system_event: Option<Typed>,
    /// The data as received (text as a JSON string, bytes as a base64 string), when no
    /// system event type holds it.
    pub(crate) data: Option<Box<RawValue>>,
    /// Why the event, or its payload, could not be decoded.
    pub(crate) errors: Vec<Finding>,
    /// What decoding accepted that the spec or schema does not allow.
    pub(crate) tolerated: Vec<Finding>,
    /// Members of `data` that no field of the typed payload captured.
    pub(crate) not_captured: Vec<Finding>,
}

impl Report {
    /// Describes `item`.
    pub(crate) fn of(item: &Item) -> Report {
        let mut report = Report {
            index: item.index,
            path: item.location.event().to_owned(),
            lock_token: item.lock.as_ref().map(|lock| lock.token.clone()),
            delivery_count: item.lock.as_ref().map(|lock| lock.delivery_count),
            schema: None,
            attributes: Vec::new(),
            system_event: None,
            data: None,
            errors: Vec::new(),
            tolerated: Vec::new(),
            not_captured: Vec::new(),
        };
        let envelope = match &item.event {
            Ok(envelope) => envelope,
            Err(error) => {
                report.errors.push(Finding {
                    path: item.location.of_error(error),
                    // The event's index is in the report; the message need not repeat it.
                    message: error.kind().to_string(),
                    severe: true,
                });
                return report;
            }
        };
        report.schema = Some(match envelope {
            Envelope::Cloud(_) => "cloudevents",
            Envelope::Grid(_) => "eventgrid",
        });
        report.attributes = attributes(envelope);
        let view = envelope.view();
        match SystemEvent::decode(&view) {
            Ok(decoded) => {
                let (event, tolerated) = decoded.into_parts();
                report.add_tolerated(&item.location, &tolerated);
                if event.is_unknown() {
                    report.data = data_as_received(envelope);
                } else {
                    report.system_event = Some(typed(&event));
                }
            }
            Err(error) => {
                report.add_tolerated(&item.location, view.tolerated());
                report.data = data_as_received(envelope);
                let path = match &error {
                    SystemEventError::Payload { path, .. } => item.location.data(path),
                    _ => item.location.data(""),
                };
                report.errors.push(Finding {
                    path,
                    message: error.to_string(),
                    severe: true,
                });
            }
        }
        if let Envelope::Cloud(event) = envelope
            && let Err(broken) = event.validate()
        {
            for violation in broken.violations() {
                let path = item
                    .location
                    .attribute(&crate::style::escaped(&violation.attribute));
                // A rule that lenient decoding already reported is said once.
                if report.findings().any(|finding| finding.path == path) {
                    continue;
                }
                let message = format!(
                    "`{}` {}",
                    crate::style::escaped(&violation.attribute),
                    violation.rule
                );
                // Event Grid's own CloudEvents mapping writes `#` and the dataVersion there:
                // Azure's departure, a warning as other Azure departures are.
                if violation.attribute == "dataschema"
                    && event
                        .dataschema()
                        .is_some_and(|schema| schema.starts_with('#'))
                {
                    report.tolerated.push(Finding {
                        path,
                        message: format!(
                            "{message}; Event Grid writes `#` and the dataVersion here"
                        ),
                        severe: false,
                    });
                } else {
                    report.errors.push(Finding {
                        path,
                        message,
                        severe: true,
                    });
                }
            }
        }
        report
    }

    fn add_tolerated(&mut self, location: &Location, tolerated: &[Tolerated]) {
        for report in tolerated {
            let finding = Finding {
                path: path_of(location, report),
                message: report.to_string(),
                severe: is_severe(report),
            };
            match report.data_member().map(eventgrid_types::DataMember::kind) {
                Some(DataMemberKind::Unknown) => self.not_captured.push(finding),
                _ => self.tolerated.push(finding),
            }
        }
    }

    /// Every finding, in the order `validate` lists them.
    pub(crate) fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.errors
            .iter()
            .chain(&self.tolerated)
            .chain(&self.not_captured)
    }
}

/// Whether a tolerated departure is an error for `validate` without `--strict`. Not: what
/// Event Grid itself sets on delivery (`topic`, `metadataVersion`), members the schema does
/// not know (Azure adds fields without notice), and members read under another spelling.
fn is_severe(report: &Tolerated) -> bool {
    match report {
        Tolerated::Missing(name) => !matches!(*name, "topic" | "metadataVersion"),
        Tolerated::Data(member) => matches!(
            member.kind(),
            DataMemberKind::Invalid { .. } | DataMemberKind::Duplicate
        ),
        _ => true,
    }
}

fn path_of(location: &Location, report: &Tolerated) -> String {
    match report {
        Tolerated::Missing(name) | Tolerated::Empty(name) => location.attribute(name),
        Tolerated::KeyCase { found, .. } | Tolerated::InPlaceOf { found, .. } => {
            location.attribute(&crate::style::escaped(found))
        }
        Tolerated::Duplicate(name)
        | Tolerated::ExtensionName(name)
        | Tolerated::NotInteger(name)
        | Tolerated::ControlCharacter(name) => location.attribute(&crate::style::escaped(name)),
        Tolerated::Data(member) => location.data(&crate::style::escaped(member.path())),
        _ => location.event().to_owned(),
    }
}

fn attributes(envelope: &Envelope) -> Vec<(String, serde_json::Value)> {
    use serde_json::Value;
    let text = |value: &str| Value::String(value.to_owned());
    let mut out: Vec<(String, Value)> = Vec::new();
    let mut push = |name: &str, value: Option<Value>| {
        if let Some(value) = value {
            out.push((name.to_owned(), value));
        }
    };
    match envelope {
        Envelope::Cloud(event) => {
            push("specversion", Some(text(event.specversion())));
            push("id", Some(text(event.id())));
            push("source", Some(text(event.source())));
            push("type", Some(text(event.ty())));
            push("subject", event.subject().map(text));
            push("time", event.time().map(|t| text(t.as_ref())));
            push("datacontenttype", event.datacontenttype().map(text));
            push("dataschema", event.dataschema().map(text));
            for (name, value) in event.extensions() {
                push(name, serde_json::to_value(value).ok());
            }
        }
        Envelope::Grid(event) => {
            push("id", Some(text(&event.id)));
            push("topic", event.topic.as_deref().map(text));
            push("subject", event.subject.as_deref().map(text));
            push("eventType", Some(text(&event.event_type)));
            push(
                "eventTime",
                event.event_time.as_ref().map(|t| text(t.as_ref())),
            );
            push("dataVersion", event.data_version.as_deref().map(text));
            push(
                "metadataVersion",
                event.metadata_version.as_deref().map(text),
            );
            for (name, value) in &event.other {
                push(name, serde_json::from_str(value.get()).ok());
            }
        }
    }
    out
}

/// The data as received: JSON as it is, text as a JSON string, bytes as a base64 string.
fn data_as_received(envelope: &Envelope) -> Option<Box<RawValue>> {
    use base64::Engine as _;
    let string = |text: &str| serde_json::value::to_raw_value(text).ok();
    match envelope {
        Envelope::Cloud(event) => {
            let data = event.data()?;
            if let Some(raw) = data.as_json() {
                Some(raw.to_owned())
            } else if let Some(text) = data.as_text() {
                string(text)
            } else {
                string(&base64::engine::general_purpose::STANDARD.encode(data.as_bytes()))
            }
        }
        Envelope::Grid(event) => event.data.clone(),
    }
}

/// The variant and payload type of a typed system event, read from its `Debug` form
/// (`Variant(PayloadType { .. })`): the catalog names types but not payload types.
fn typed(event: &SystemEvent) -> Typed {
    let (variant, payload_type) = type_names(event);
    Typed {
        variant,
        payload_type,
        payload: event.data_to_value().unwrap_or(serde_json::Value::Null),
    }
}

/// The variant and payload type names of a system event.
pub(crate) fn type_names(event: &SystemEvent) -> (String, String) {
    let debug = format!("{event:?}");
    let ident = |text: &str| -> String {
        text.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let variant = ident(&debug);
    let payload = debug
        .get(variant.len() + 1..)
        .map(ident)
        .unwrap_or_default();
    (variant, payload)
}

/// Name-value pairs as a JSON object, in their order.
fn in_order<S: serde::Serializer>(
    pairs: &[(String, serde_json::Value)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(pairs.iter().map(|(name, value)| (name, value)))
}
