//! `eventgrid validate`: every broken rule, with the event and the JSON path, and an exit
//! code for scripts.

use std::io::Write;

use serde::Serialize;

use crate::cli::ValidateArgs;
use crate::error::{CliError, Context as _, Exit};
use crate::input;
use crate::report::Report;
use crate::style::{self, ERROR, GOOD, WARNING};

/// One broken rule (or, without `--strict`, a warning).
#[derive(Debug, Serialize)]
struct Problem<'a> {
    event: Option<usize>,
    path: &'a str,
    message: &'a str,
    error: bool,
}

pub(crate) fn run(args: &ValidateArgs) -> Result<(), CliError> {
    let bytes = input::read(&args.input.file)?;
    // Input that cannot be read as events at all is one broken rule, at the root.
    let (reports, whole) = match input::load(&bytes) {
        Ok(loaded) => {
            let whole: Vec<String> = loaded
                .unsettleable
                .iter()
                .map(ToString::to_string)
                .collect();
            (
                loaded.items.iter().map(Report::of).collect::<Vec<_>>(),
                whole,
            )
        }
        Err(error) if error.exit == Exit::Problems => (Vec::new(), vec![error.to_string()]),
        Err(error) => return Err(error),
    };
    let mut problems: Vec<Problem<'_>> = whole
        .iter()
        .map(|message| Problem {
            event: None,
            path: "$",
            message,
            error: true,
        })
        .collect();
    for report in &reports {
        problems.extend(report.findings().map(|finding| Problem {
            event: Some(report.index),
            path: &finding.path,
            message: &finding.message,
            error: finding.severe || args.strict,
        }));
    }
    let errors = problems.iter().filter(|problem| problem.error).count();
    let warnings = problems.len() - errors;

    let mut out = anstream::stdout().lock();
    let written = if args.json {
        let document = serde_json::json!({
            "valid": errors == 0,
            "events": reports.len(),
            "errors": errors,
            "warnings": warnings,
            "problems": problems,
        });
        serde_json::to_writer_pretty(&mut out, &document)
            .map_err(std::io::Error::other)
            .and_then(|()| writeln!(out))
    } else {
        write_text(&mut out, &problems, reports.len(), errors, warnings)
    };
    written.context(|| "cannot write".into())?;
    if errors > 0 {
        // The problems are printed; the exit code says the rest.
        return Err(CliError::problems(format!(
            "{errors} rule{} broken",
            if errors == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn write_text(
    out: &mut impl Write,
    problems: &[Problem<'_>],
    events: usize,
    errors: usize,
    warnings: usize,
) -> std::io::Result<()> {
    for problem in problems {
        let label = if problem.error {
            style::paint(ERROR, "error")
        } else {
            style::paint(WARNING, "warning")
        };
        match problem.event {
            Some(index) => writeln!(
                out,
                "{label}: event {index}: {}: {}",
                problem.path, problem.message
            )?,
            None => writeln!(out, "{label}: {}: {}", problem.path, problem.message)?,
        }
    }
    let verdict = if errors == 0 {
        style::paint(GOOD, "valid")
    } else {
        style::paint(ERROR, "invalid")
    };
    writeln!(
        out,
        "{verdict}: {events} event{}, {errors} error{}, {warnings} warning{}",
        plural(events),
        plural(errors),
        plural(warnings)
    )
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}
