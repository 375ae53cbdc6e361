//! `eventgrid convert`: events from one schema and content mode to another, all or nothing.

use std::io::Write as _;

use eventgrid_types::{CloudEvent, EventGridEvent, event_grid, http};

use crate::cli::{ConvertArgs, Target};
use crate::dump;
use crate::error::{CliError, Context as _};
use crate::input::{self, Envelope, Loaded};
use crate::style;

pub(crate) fn run(args: &ConvertArgs) -> Result<(), CliError> {
    let loaded = input::load(&input::read(&args.input.file)?)?;
    let out = convert(&loaded, args.to)?;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(&out)
        .and_then(|()| stdout.flush())
        .context(|| "cannot write".into())
}

/// The decoded events, or an error naming every event that did not decode: converting part
/// of the input would lose the rest without a word.
pub(crate) fn envelopes<'a>(
    loaded: &'a Loaded,
    consequence: &str,
) -> Result<Vec<&'a Envelope>, CliError> {
    let mut failed = Vec::new();
    let mut events = Vec::with_capacity(loaded.items.len());
    for item in &loaded.items {
        match &item.event {
            Ok(envelope) => events.push(envelope),
            Err(error) => failed.push(format!(
                "event {} at {}: {error}",
                item.index,
                item.location.of_error(error)
            )),
        }
    }
    failed.extend(loaded.unsettleable.iter().map(ToString::to_string));
    if failed.is_empty() {
        Ok(events)
    } else {
        let mut error = CliError::problems(format!(
            "{} of {} events could not be decoded; {consequence}",
            failed.len(),
            loaded.items.len() + loaded.unsettleable.len()
        ));
        error.causes = failed;
        Err(error)
    }
}

/// The events as CloudEvents, an Event Grid event mapped as the service maps it.
pub(crate) fn cloud_events(events: &[&Envelope]) -> Result<Vec<CloudEvent>, CliError> {
    events
        .iter()
        .enumerate()
        .map(|(index, envelope)| {
            if let Envelope::Grid(event) = envelope
                && !event.other.is_empty()
            {
                let names: Vec<String> = event
                    .other
                    .keys()
                    .map(|name| style::escaped(name))
                    .collect();
                return Err(CliError::problems(format!(
                    "event {index} has members outside the Event Grid schema ({}), which its \
                     CloudEvents form does not carry",
                    names.join(", ")
                )));
            }
            envelope.to_cloud_event().map_err(|error| {
                CliError::problems(format!("event {index} has no CloudEvents form")).because(&error)
            })
        })
        .collect()
}

fn event_grid_events(events: &[&Envelope]) -> Result<Vec<EventGridEvent>, CliError> {
    events
        .iter()
        .enumerate()
        .map(|(index, envelope)| match envelope {
            Envelope::Grid(event) => Ok(event.clone()),
            Envelope::Cloud(event) => grid_from_cloud(index, event),
        })
        .collect()
}

/// The Event Grid form of a CloudEvent: the reverse of the mapping Event Grid applies for
/// CloudEvents delivery (`source` back to `topic`, a `#1` dataschema back to `dataVersion`
/// `1`). What the schema has no place for is refused, never dropped.
fn grid_from_cloud(index: usize, event: &CloudEvent) -> Result<EventGridEvent, CliError> {
    let refuse = |why: String| {
        CliError::problems(format!(
            "event {index} cannot be written in the Event Grid schema: {why}"
        ))
    };
    if !event.extensions().is_empty() {
        let names: Vec<String> = event.extensions().names().map(style::escaped).collect();
        return Err(refuse(format!(
            "it has extension attributes ({}), and the schema has none",
            names.join(", ")
        )));
    }
    let data = match event.data() {
        None => None,
        Some(data) => Some(
            data.as_json()
                .ok_or_else(|| refuse("its data is not JSON".into()))?
                .to_owned(),
        ),
    };
    let data_version = match event.dataschema() {
        None => String::new(),
        Some(schema) => schema
            .strip_prefix('#')
            .ok_or_else(|| {
                refuse(format!(
                    "its dataschema `{}` is a URI, and the schema only has a dataVersion",
                    style::escaped(schema)
                ))
            })?
            .to_owned(),
    };
    let mut grid = EventGridEvent::new(event.ty(), event.subject().unwrap_or_default(), &())
        .map_err(|error| refuse("it cannot be built".into()).because(&error))?;
    event.id().clone_into(&mut grid.id);
    grid.topic = Some(event.source().to_owned());
    grid.event_time = event.time().copied();
    grid.data = data;
    grid.data_version = Some(data_version);
    Ok(grid)
}

fn as_received(index: usize, event: &CloudEvent) -> Result<Vec<u8>, CliError> {
    event.to_vec_as_received().map_err(|error| {
        CliError::problems(format!("event {index} cannot be written")).because(&error)
    })
}

fn convert(loaded: &Loaded, to: Target) -> Result<Vec<u8>, CliError> {
    let events = envelopes(loaded, "nothing was written")?;
    let refused = |what: String| {
        move |error: eventgrid_types::EncodeError| CliError::problems(what).because(&error)
    };
    match to {
        Target::Eventgrid => {
            let events = event_grid_events(&events)?;
            let mut out = event_grid::to_vec(&events).map_err(refused(
                "the events break the Event Grid schema's rules".into(),
            ))?;
            out.push(b'\n');
            Ok(out)
        }
        // Received events are written as they are (`to_vec_as_received`): converting must
        // not refuse what the input already carried, such as the `#1` dataschema that Event
        // Grid's own mapping gives.
        Target::Batch => {
            let mut out = vec![b'['];
            for (index, event) in cloud_events(&events)?.iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                out.extend(as_received(index, event)?);
            }
            out.extend(b"]\n");
            Ok(out)
        }
        Target::Cloudevents => {
            let mut out = Vec::new();
            for (index, event) in cloud_events(&events)?.iter().enumerate() {
                out.extend(as_received(index, event)?);
                out.push(b'\n');
            }
            Ok(out)
        }
        Target::Binary => {
            let [event] = cloud_events(&events)?.try_into().map_err(|all: Vec<_>| {
                CliError::problems(format!(
                    "binary mode carries one event per request, and the input has {}; \
                     use --to batch or --to cloudevents",
                    all.len()
                ))
            })?;
            let request = http::binary_request(&event)
                .map_err(refused("the event breaks the CloudEvents rules".into()))?;
            let mut out = Vec::new();
            dump::write(&request, &mut out);
            Ok(out)
        }
    }
}
