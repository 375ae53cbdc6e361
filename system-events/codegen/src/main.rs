//! `system-events-codegen import [--out DIR] PATH...`: refreshes the committed schemas from
//! upstream data; `system-events-codegen generate SCHEMAS OUT`: writes the Rust sources.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  system-events-codegen import [--out DIR] PATH...   (default DIR: system-events/schemas)
  system-events-codegen generate SCHEMAS OUT";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("import") => import(&args[1..]),
        Some("generate") if args.len() == 3 => {
            system_events_codegen::generate(&PathBuf::from(&args[1]), &PathBuf::from(&args[2]))
                .map_err(|e| e.to_string())
        }
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
    let upstream =
        system_events_codegen::import::Upstream::read(&inputs).map_err(|e| e.to_string())?;
    let files = system_events_codegen::import::import(&upstream).map_err(|e| e.to_string())?;
    system_events_codegen::import::write(&out, &files).map_err(|e| e.to_string())?;
    println!("wrote {} files to {}", files.len(), out.display());
    Ok(())
}
