//! `eventgrid receive`: events from a namespace event subscription, printed as `inspect`
//! prints them or as JSON lines, then settled as asked.

use std::io::Write as _;

use eventgrid_client::{ReceiverClient, ReleaseDelay, Settlement};
use eventgrid_types::CloudEvent;
use serde_json::value::RawValue;

use crate::auth::{self, Credential};
use crate::cli::ReceiveArgs;
use crate::error::{CliError, Context as _};
use crate::input::{Envelope, Item, Location, Lock};
use crate::inspect;
use crate::report::Report;

pub(crate) fn run(args: &ReceiveArgs) -> Result<(), CliError> {
    let delay = ReleaseDelay::try_from(args.delay).map_err(|error| {
        CliError::failed("--delay must be 0s, 10s, 60s, 600s or 3600s").because(&error)
    })?;
    let receiver = receiver(args)?;
    let runtime = tokio::runtime::Runtime::new().context(|| "cannot start the runtime".into())?;
    let response = runtime
        .block_on(receiver.receive::<CloudEvent>(args.max_events, args.wait))
        .map_err(|error| CliError::failed("cannot receive").because(&error))?;

    let items: Vec<Item> = response
        .events
        .into_iter()
        .enumerate()
        .map(|(index, event)| Item {
            index,
            location: Location::json(format!("$.value[{index}].event")),
            lock: Some(Lock {
                token: event.lock_token,
                delivery_count: event.delivery_count,
            }),
            event: event.event.map(Envelope::Cloud),
        })
        .collect();
    let mut out = anstream::stdout().lock();
    for item in &items {
        if args.jsonl {
            serde_json::to_writer(&mut out, &json_line(item))
                .map_err(std::io::Error::other)
                .and_then(|()| writeln!(out))
        } else {
            inspect::write_event(&mut out, &Report::of(item)).and_then(|()| writeln!(out))
        }
        .context(|| "cannot write".into())?;
    }
    out.flush().context(|| "cannot write".into())?;
    drop(out);
    for error in &response.unsettleable {
        anstream::eprintln!("an item without a usable lock token: {error}");
    }
    anstream::eprintln!("received {} events", items.len());

    let all = || {
        items
            .iter()
            .filter_map(|item| item.lock.as_ref())
            .map(|lock| lock.token.clone())
    };
    let (verb, settled) = if args.settle.ack {
        let decoded = items
            .iter()
            .filter(|item| item.event.is_ok())
            .filter_map(|item| item.lock.as_ref().map(|lock| lock.token.clone()));
        (
            "acknowledged",
            Some(runtime.block_on(receiver.acknowledge(decoded))),
        )
    } else if args.settle.release {
        (
            "released",
            Some(runtime.block_on(receiver.release(all(), delay))),
        )
    } else if args.settle.reject {
        ("rejected", Some(runtime.block_on(receiver.reject(all()))))
    } else {
        ("", None)
    };
    let Some(settled) = settled else {
        return Ok(());
    };
    let settled: Settlement =
        settled.map_err(|error| CliError::failed(format!("cannot settle: {error}")))?;
    anstream::eprintln!("{verb} {} events", settled.succeeded.len());
    if settled.is_complete() {
        Ok(())
    } else {
        let mut error = CliError::problems(format!(
            "{} lock tokens were not {verb}",
            settled.failed.len()
        ));
        error.causes = settled
            .failed
            .iter()
            .map(|failed| {
                format!(
                    "{}: {} ({})",
                    failed.lock_token, failed.message, failed.code
                )
            })
            .collect();
        Err(error)
    }
}

/// One received event as a JSON line: its lock, and the event as received (or why it did
/// not decode).
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Line<'a> {
    lock_token: &'a str,
    delivery_count: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    event: Option<Box<RawValue>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

fn json_line(item: &Item) -> Line<'_> {
    let (lock_token, delivery_count) = item
        .lock
        .as_ref()
        .map_or(("", 0), |lock| (lock.token.as_str(), lock.delivery_count));
    let (event, error) = match &item.event {
        Ok(Envelope::Cloud(event)) => match event
            .to_vec_as_received()
            .map_err(|error| error.to_string())
            .and_then(|bytes| String::from_utf8(bytes).map_err(|error| error.to_string()))
            .and_then(|text| RawValue::from_string(text).map_err(|error| error.to_string()))
        {
            Ok(raw) => (Some(raw), None),
            Err(error) => (None, Some(error)),
        },
        Ok(Envelope::Grid(_)) => (None, Some("not a CloudEvent".to_owned())),
        Err(error) => (None, Some(error.to_string())),
    };
    Line {
        lock_token,
        delivery_count,
        event,
        error,
    }
}

fn receiver(args: &ReceiveArgs) -> Result<ReceiverClient, CliError> {
    let (endpoint, topic, subscription) = (args.endpoint.as_str(), &args.topic, &args.subscription);
    let credential = auth::credential(&args.auth)?;
    let receiver = match credential.clone() {
        Credential::Key(key) => {
            ReceiverClient::with_key_credential(endpoint, topic, subscription, key, None)
        }
        Credential::Sas(token) => {
            ReceiverClient::with_sas_token(endpoint, topic, subscription, token, None)
        }
        Credential::Entra(entra) => ReceiverClient::new(endpoint, topic, subscription, entra, None),
    }
    .map_err(|error| {
        CliError::failed(format!("cannot use the endpoint `{endpoint}`")).because(&error)
    })?;
    auth::sign_in(&credential)?;
    Ok(receiver)
}
