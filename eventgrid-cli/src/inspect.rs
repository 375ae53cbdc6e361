//! `eventgrid inspect`: every event of the input, as a person or a script reads it.

use std::io::Write;

use eventgrid_types::webhook::Handshake;

use crate::cli::InspectArgs;
use crate::error::{CliError, Context as _};
use crate::input::{self, Loaded};
use crate::report::{Finding, Report};
use crate::style::{self, ERROR, HEADING, LABEL, WARNING};

/// What `inspect --json` prints.
#[derive(serde::Serialize)]
struct Document<'a> {
    form: &'static str,
    handshake: Option<String>,
    events: &'a [Report],
    /// Receive items without a usable lock token.
    unsettleable: Vec<String>,
}

pub(crate) fn run(args: &InspectArgs) -> Result<(), CliError> {
    let loaded = input::load(&input::read(&args.input.file)?)?;
    let reports: Vec<Report> = loaded.items.iter().map(Report::of).collect();
    let mut out = anstream::stdout().lock();
    if args.json {
        let document = Document {
            form: loaded.form.as_str(),
            handshake: loaded.handshake.as_ref().map(handshake),
            events: &reports,
            unsettleable: loaded
                .unsettleable
                .iter()
                .map(ToString::to_string)
                .collect(),
        };
        serde_json::to_writer_pretty(&mut out, &document).context(|| "cannot write".into())?;
        writeln!(out).context(|| "cannot write".into())?;
    } else {
        write_text(&mut out, &loaded, &reports).context(|| "cannot write".into())?;
    }
    let undecoded = loaded
        .items
        .iter()
        .filter(|item| item.event.is_err())
        .count();
    if undecoded > 0 {
        return Err(CliError::problems(format!(
            "{undecoded} of {} events could not be decoded",
            loaded.items.len()
        )));
    }
    Ok(())
}

fn handshake(handshake: &Handshake) -> String {
    match handshake {
        Handshake::SubscriptionValidation(validation) => format!(
            "subscription validation, code `{}`",
            style::escaped(&validation.validation_code)
        ),
        Handshake::AbuseProtection(request) => format!(
            "abuse-protection request from origin `{}`",
            style::escaped(request.origin())
        ),
        _ => "a webhook handshake".to_owned(),
    }
}

fn write_text(out: &mut impl Write, loaded: &Loaded, reports: &[Report]) -> std::io::Result<()> {
    let count = reports.len();
    writeln!(
        out,
        "{}: {count} event{}",
        loaded.form,
        if count == 1 { "" } else { "s" }
    )?;
    if let Some(found) = &loaded.handshake {
        writeln!(
            out,
            "{} {}",
            style::paint(WARNING, "webhook handshake:"),
            handshake(found)
        )?;
    }
    for error in &loaded.unsettleable {
        writeln!(out, "{} {error}", style::paint(ERROR, "unsettleable item:"))?;
    }
    for report in reports {
        writeln!(out)?;
        write_event(out, report)?;
    }
    Ok(())
}

/// One event, as `inspect` and `receive` print it.
pub(crate) fn write_event(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
    let schema = match report.schema {
        Some("eventgrid") => "Event Grid schema",
        Some(_) => "CloudEvents",
        None => "not decoded",
    };
    writeln!(
        out,
        "{} ({schema}) at {}",
        style::paint(HEADING, format!("event {}", report.index)),
        report.path
    )?;
    if let (Some(token), Some(count)) = (&report.lock_token, report.delivery_count) {
        writeln!(
            out,
            "  {} {} (delivery {count})",
            style::paint(LABEL, "lock token"),
            style::escaped(token)
        )?;
    }
    let width = report
        .attributes
        .iter()
        .map(|(name, _)| name.len())
        .max()
        .unwrap_or(0);
    for (name, value) in &report.attributes {
        let shown = match value {
            serde_json::Value::String(text) => style::escaped(text),
            other => other.to_string(),
        };
        writeln!(
            out,
            "  {} {shown}",
            style::paint(LABEL, format!("{:width$}", style::escaped(name)))
        )?;
    }
    if let Some(typed) = &report.system_event {
        writeln!(
            out,
            "  {} SystemEvent::{}, payload {}",
            style::paint(HEADING, "system event"),
            typed.variant,
            typed.payload_type
        )?;
        write_json(
            out,
            &serde_json::to_string(&typed.payload).unwrap_or_default(),
        )?;
    } else if let Some(data) = &report.data {
        writeln!(
            out,
            "  {}",
            style::paint(HEADING, "data (no system event type)")
        )?;
        write_json(out, data.get())?;
    }
    write_findings(out, "errors", ERROR, &report.errors)?;
    write_findings(out, "tolerated", WARNING, &report.tolerated)?;
    write_findings(
        out,
        "not captured by any field",
        WARNING,
        &report.not_captured,
    )
}

/// JSON text, indented under its heading, in the order it was written.
fn write_json(out: &mut impl Write, json: &str) -> std::io::Result<()> {
    let mut pretty = Vec::new();
    let mut writer = serde_json::Serializer::pretty(&mut pretty);
    serde_transcode::transcode(&mut serde_json::Deserializer::from_str(json), &mut writer)
        .map_err(std::io::Error::other)?;
    for line in String::from_utf8_lossy(&pretty).lines() {
        writeln!(out, "    {line}")?;
    }
    Ok(())
}

fn write_findings(
    out: &mut impl Write,
    title: &str,
    colour: anstyle::Style,
    findings: &[Finding],
) -> std::io::Result<()> {
    if findings.is_empty() {
        return Ok(());
    }
    writeln!(out, "  {}", style::paint(colour, title))?;
    for finding in findings {
        writeln!(out, "    {}: {}", finding.path, finding.message)?;
    }
    Ok(())
}
