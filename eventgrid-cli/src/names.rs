//! `eventgrid names`: the system event catalog with payload types.

use std::io::Write as _;

use eventgrid_system_events::{DataRef, SystemEvent, catalog};
use serde::Serialize;

use crate::cli::NamesArgs;
use crate::error::{CliError, Context as _};
use crate::report;
use crate::style::{self, LABEL};

/// One catalog entry as listed.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry {
    #[serde(rename = "name")]
    event_type: &'static str,
    namespace: &'static str,
    /// The `SystemEvent` variant, when this build decodes the type.
    variant: Option<String>,
    /// The payload's Rust type, when this build decodes the type.
    payload_type: Option<String>,
    deprecated: bool,
    retired: bool,
}

pub(crate) fn run(args: &NamesArgs) -> Result<(), CliError> {
    let filter = args.filter.as_deref().map(str::to_ascii_lowercase);
    let names: Vec<Entry> = catalog::all()
        .iter()
        .filter(|info| {
            filter
                .as_deref()
                .is_none_or(|filter| info.name().to_ascii_lowercase().contains(filter))
        })
        .map(|info| {
            let (variant, payload_type) = types_of(info.name()).unzip();
            Entry {
                event_type: info.name(),
                namespace: info.namespace(),
                variant,
                payload_type,
                deprecated: info.is_deprecated(),
                retired: info.is_retired(),
            }
        })
        .collect();
    let mut out = anstream::stdout().lock();
    let written = if args.json {
        serde_json::to_writer_pretty(&mut out, &names)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out))
    } else {
        let width = names
            .iter()
            .map(|name| name.event_type.len())
            .max()
            .unwrap_or(0);
        names.iter().try_for_each(|name| {
            let payload = name.payload_type.as_deref().unwrap_or("(no typed payload)");
            let note = match (name.deprecated, name.retired) {
                (true, _) => "  (deprecated alias)",
                (_, true) => "  (retired service)",
                _ => "",
            };
            writeln!(
                out,
                "{}  {payload}{note}",
                style::paint(LABEL, format!("{:width$}", name.event_type))
            )
        })
    };
    written.context(|| "cannot write".into())?;
    if names.is_empty() {
        return Err(CliError::problems(format!(
            "no system event name contains `{}`",
            style::escaped(args.filter.as_deref().unwrap_or_default())
        )));
    }
    Ok(())
}

/// The variant and payload type that decode `event_type`, found by decoding an empty payload.
fn types_of(event_type: &str) -> Option<(String, String)> {
    let decoded = SystemEvent::decode_data(event_type, Some(DataRef::Json("{}"))).ok()?;
    (!decoded.event.is_unknown()).then(|| report::type_names(&decoded.event))
}
