//! `eventgrid convert`: events from one schema and content mode to another, all or nothing.

use std::io::Write as _;

use eventgrid_types::{CloudEvent, EventGridEvent, event_grid, http, json};

use crate::cli::{ConvertArgs, Target};
use crate::dump;
use crate::error::{CliError, Context as _};
use crate::input::{self, Envelope, Loaded};

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
pub(crate) fn envelopes(loaded: &Loaded) -> Result<Vec<&Envelope>, CliError> {
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
            "{} of {} events could not be decoded; nothing was written",
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
            Envelope::Cloud(event) => EventGridEvent::from_typed(event).map_err(|error| {
                CliError::problems(format!(
                    "event {index} cannot be written in the Event Grid schema"
                ))
                .because(&error)
            }),
        })
        .collect()
}

fn convert(loaded: &Loaded, to: Target) -> Result<Vec<u8>, CliError> {
    let events = envelopes(loaded)?;
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
        Target::Batch => {
            let events = cloud_events(&events)?;
            let mut out = json::batch_to_vec(&events)
                .map_err(refused("the events break the CloudEvents rules".into()))?;
            out.push(b'\n');
            Ok(out)
        }
        Target::Cloudevents => {
            let mut out = Vec::new();
            for (index, event) in cloud_events(&events)?.iter().enumerate() {
                out.extend(json::to_vec(event).map_err(refused(format!(
                    "event {index} breaks the CloudEvents rules"
                )))?);
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
