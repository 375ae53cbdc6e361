//! The `eventgrid-codegen` command.
//!
//! - `eventgrid-codegen system-events [--check]`: regenerates `system-events/src/generated/`
//!   from `system-events/schemas/` (run from the workspace root); `--check` writes nothing and
//!   fails when the committed files differ from what the schemas generate.
//! - `eventgrid-codegen import [--out DIR] PATH...`: refreshes the committed schemas from
//!   upstream Swagger files and SDK name lists.
//! - `eventgrid-codegen generate SCHEMAS OUT`: generates from any folder of schemas.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use eventgrid_codegen::{Generator, SYSTEM_EVENTS_COMMAND};

const USAGE: &str = "usage:
  eventgrid-codegen system-events [--check]            (from the workspace root)
  eventgrid-codegen import [--out DIR] PATH...         (default DIR: system-events/schemas)
  eventgrid-codegen generate SCHEMAS OUT";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("system-events") => system_events(&args[1..]),
        Some("import") => import(&args[1..]),
        Some("generate") if args.len() == 3 => Generator::new()
            .generate(Path::new(&args[1]), Path::new(&args[2]))
            .map(|_| ())
            .map_err(|e| e.to_string()),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn system_events(args: &[String]) -> Result<(), String> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => return Err(USAGE.to_owned()),
    };
    let schemas = Path::new("system-events/schemas");
    let out = Path::new("system-events/src/generated");
    if !schemas.is_dir() {
        return Err(format!(
            "{} not found: run this from the workspace root",
            schemas.display()
        ));
    }
    let generator = Generator::system_events();
    if check {
        let stale = generator.check(schemas, out).map_err(|e| e.to_string())?;
        if !stale.is_empty() {
            let list: Vec<String> = stale.iter().map(|p| p.display().to_string()).collect();
            return Err(format!(
                "the generated system events are out of date ({}); run `{SYSTEM_EVENTS_COMMAND}` and commit the result",
                list.join(", ")
            ));
        }
        println!("{} is up to date", out.display());
    } else {
        let written = generator
            .generate(schemas, out)
            .map_err(|e| e.to_string())?;
        println!("wrote {written} changed files to {}", out.display());
    }
    Ok(())
}

fn import(args: &[String]) -> Result<(), String> {
    let mut out = PathBuf::from("system-events/schemas");
    let mut inputs = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--out" {
            out = iter.next().map(PathBuf::from).ok_or(USAGE)?;
        } else {
            inputs.push(PathBuf::from(arg));
        }
    }
    if inputs.is_empty() {
        return Err(USAGE.to_owned());
    }
    let upstream = eventgrid_codegen::import::Upstream::read(&inputs).map_err(|e| e.to_string())?;
    let files = eventgrid_codegen::import::import(&upstream).map_err(|e| e.to_string())?;
    eventgrid_codegen::import::write(&out, &files).map_err(|e| e.to_string())?;
    println!("wrote {} files to {}", files.len(), out.display());
    Ok(())
}
