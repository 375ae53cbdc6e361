//! `eventgrid publish`: events from files or stdin to a basic topic or a namespace topic, in
//! as few requests as the service's limits allow, with one result per request.

use std::ops::Range;
use std::path::PathBuf;

use eventgrid_client::{PublisherClient, SenderClient};
use eventgrid_types::{CloudEvent, EventGridEvent, event_grid, json};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::auth::{self, Credential};
use crate::cli::PublishArgs;
use crate::convert;
use crate::error::{CliError, Context as _};
use crate::input::{self, Envelope};
use crate::style::{self, ERROR, GOOD};

/// The service's limits for one publish request (basic and namespace topics alike).
const MAX_REQUEST_EVENTS: usize = 1_000;
const MAX_REQUEST_BYTES: usize = 1 << 20;

/// The events to send, all of one schema.
enum Events {
    Cloud(Vec<CloudEvent>),
    Grid(Vec<EventGridEvent>),
}

/// Where the events go, with them.
enum Route {
    Namespace(SenderClient, Vec<CloudEvent>),
    BasicCloud(PublisherClient, Vec<CloudEvent>),
    BasicGrid(PublisherClient, Vec<EventGridEvent>),
}

pub(crate) fn run(args: &PublishArgs) -> Result<(), CliError> {
    let events = read_events(&args.files)?;
    let sizes = encoded_sizes(&events)?;
    let runs = plan(&sizes);
    let route = route(args, events)?;

    let progress = if args.quiet || !style::stderr_is_live() {
        ProgressBar::with_draw_target(Some(sizes.len() as u64), ProgressDrawTarget::hidden())
    } else {
        ProgressBar::new(sizes.len() as u64)
    };
    progress.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} events, {elapsed} ({eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let runtime = tokio::runtime::Runtime::new().context(|| "cannot start the runtime".into())?;
    let mut failed = 0;
    for (number, run) in runs.iter().enumerate() {
        let bytes: usize = sizes[run.clone()].iter().sum();
        let result = runtime.block_on(send(&route, run.clone()));
        let line = match &result {
            Ok(()) => format!(
                "request {}: events {}..{} ({} events, {bytes} bytes): {}",
                number + 1,
                run.start,
                run.end,
                run.len(),
                style::paint(GOOD, "accepted")
            ),
            Err(error) => {
                failed += run.len();
                format!(
                    "request {}: events {}..{} ({} events, {bytes} bytes): {}: {error}",
                    number + 1,
                    run.start,
                    run.end,
                    run.len(),
                    style::paint(ERROR, "not accepted")
                )
            }
        };
        if result.is_err() {
            progress.suspend(|| anstream::eprintln!("{line}"));
        } else if !args.quiet {
            progress.suspend(|| anstream::println!("{line}"));
        }
        progress.inc(run.len() as u64);
    }
    progress.finish_and_clear();
    if failed > 0 {
        return Err(CliError::problems(format!(
            "{failed} of {} events were not accepted",
            sizes.len()
        )));
    }
    if !args.quiet {
        anstream::println!(
            "published {} events in {} request{}",
            sizes.len(),
            runs.len(),
            if runs.len() == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

/// Every event of every file, decoded before anything is sent: an input that does not
/// decode sends nothing.
fn read_events(files: &[PathBuf]) -> Result<Events, CliError> {
    let stdin = [PathBuf::from("-")];
    let files = if files.is_empty() { &stdin[..] } else { files };
    let (mut cloud, mut grid) = (Vec::new(), Vec::new());
    for file in files {
        let in_file = |error: CliError| {
            let mut wrapped =
                CliError::problems(format!("in `{}`: {}", file.display(), error.message));
            wrapped.causes = error.causes;
            wrapped
        };
        let loaded = input::load(&input::read(file)?).map_err(in_file)?;
        for envelope in convert::envelopes(&loaded, "nothing was sent").map_err(in_file)? {
            match envelope {
                Envelope::Cloud(event) => cloud.push(event.clone()),
                Envelope::Grid(event) => grid.push(event.clone()),
            }
        }
    }
    match (cloud.is_empty(), grid.is_empty()) {
        (false, true) => Ok(Events::Cloud(cloud)),
        (true, false) => Ok(Events::Grid(grid)),
        (true, true) => Err(CliError::problems("the input holds no events")),
        (false, false) => Err(CliError::problems(
            "the input mixes CloudEvents and Event Grid events; a topic takes one schema",
        )),
    }
}

/// Each event's encoded size, checking it against the producer rules.
fn encoded_sizes(events: &Events) -> Result<Vec<usize>, CliError> {
    let refused = |index: usize| {
        move |error: eventgrid_types::EncodeError| {
            CliError::problems(format!("event {index} cannot be sent; nothing was sent"))
                .because(&error)
        }
    };
    match events {
        Events::Cloud(events) => events
            .iter()
            .enumerate()
            .map(|(index, event)| {
                json::to_vec(event)
                    .map(|bytes| bytes.len())
                    .map_err(refused(index))
            })
            .collect(),
        Events::Grid(events) => events
            .iter()
            .enumerate()
            .map(|(index, event)| {
                event_grid::to_vec(std::slice::from_ref(event))
                    .map(|bytes| bytes.len() - 2)
                    .map_err(refused(index))
            })
            .collect(),
    }
}

/// Consecutive runs of events whose JSON array fits one request; greedy packing in order
/// makes the fewest.
fn plan(sizes: &[usize]) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut bytes = 2; // the brackets
    for (index, &size) in sizes.iter().enumerate() {
        let with_comma = size + usize::from(index > start);
        let full = index - start == MAX_REQUEST_EVENTS || bytes + with_comma > MAX_REQUEST_BYTES;
        if index > start && full {
            runs.push(start..index);
            (start, bytes) = (index, 2 + size);
        } else {
            bytes += with_comma;
        }
    }
    if start < sizes.len() {
        runs.push(start..sizes.len());
    }
    runs
}

fn route(args: &PublishArgs, events: Events) -> Result<Route, CliError> {
    let credential = auth::credential(&args.auth)?;
    let connect = |error: eventgrid_client::Error| {
        CliError::failed(format!("cannot use the endpoint `{}`", args.endpoint)).because(&error)
    };
    let endpoint = args.endpoint.as_str();
    match (&args.topic, events) {
        (Some(_), Events::Grid(_)) => Err(CliError::problems(
            "namespace topics take CloudEvents, and the input is in the Event Grid schema; \
             convert it first with `eventgrid convert --to batch`",
        )),
        (Some(topic), Events::Cloud(events)) => {
            let sender = match credential.clone() {
                Credential::Key(key) => {
                    SenderClient::with_key_credential(endpoint, topic, key, None)
                }
                Credential::Sas(token) => {
                    SenderClient::with_sas_token(endpoint, topic, token, None)
                }
                Credential::Entra(entra) => SenderClient::new(endpoint, topic, entra, None),
            };
            let sender = sender.map_err(connect)?;
            auth::sign_in(&credential)?;
            Ok(Route::Namespace(sender, events))
        }
        (None, events) => {
            let publisher = match credential.clone() {
                Credential::Key(key) => PublisherClient::with_key_credential(endpoint, key, None),
                Credential::Sas(token) => PublisherClient::with_sas_token(endpoint, token, None),
                Credential::Entra(entra) => PublisherClient::new(endpoint, entra, None),
            }
            .map_err(connect)?;
            auth::sign_in(&credential)?;
            Ok(match events {
                Events::Cloud(events) => Route::BasicCloud(publisher, events),
                Events::Grid(events) => Route::BasicGrid(publisher, events),
            })
        }
    }
}

async fn send(route: &Route, run: Range<usize>) -> eventgrid_client::Result<()> {
    match route {
        Route::Namespace(sender, events) => sender.send_batch(&events[run]).await,
        Route::BasicCloud(publisher, events) => publisher.send_cloud_events(&events[run]).await,
        Route::BasicGrid(publisher, events) => publisher.send_event_grid_events(&events[run]).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_respect_both_limits_and_keep_order() {
        assert_eq!(
            plan(&vec![10; 2_500]),
            vec![0..1_000, 1_000..2_000, 2_000..2_500]
        );
        let half = MAX_REQUEST_BYTES / 2;
        assert_eq!(plan(&[half, half, 10]), vec![0..1, 1..3]);
        assert_eq!(plan(&[MAX_REQUEST_BYTES + 5, 1]), vec![0..1, 1..2]);
        assert!(plan(&[]).is_empty());
    }
}
