//! `eventgrid`: inspect, validate, convert, sign, publish and receive Azure Event Grid events,
//! and run a local Event Grid. See `eventgrid --help`, and the crate's README.

mod auth;
mod cli;
mod convert;
mod dump;
mod emulator;
mod error;
mod input;
mod inspect;
mod names;
mod publish;
mod receive;
mod report;
mod sas;
mod style;
mod validate;

use std::process::ExitCode;

use clap::{CommandFactory as _, Parser as _};

use crate::cli::{Cli, Command};
use crate::error::{CliError, Context as _};

fn main() -> ExitCode {
    let cli = Cli::parse();
    style::apply(cli.color);
    match run(&cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.closed_pipe => ExitCode::SUCCESS,
        Err(error) => {
            anstream::eprintln!("{} {error}", style::paint(style::ERROR, "error:"));
            ExitCode::from(error.exit as u8)
        }
    }
}

fn run(command: &Command) -> Result<(), CliError> {
    match command {
        Command::Inspect(args) => inspect::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Convert(args) => convert::run(args),
        Command::Sas(args) => sas::run(args),
        Command::Publish(args) => publish::run(args),
        Command::Receive(args) => receive::run(args),
        Command::Emulator(args) => emulator::run(args),
        Command::Names(args) => names::run(args),
        Command::Completions { shell } => {
            clap_complete::generate(
                *shell,
                &mut Cli::command(),
                "eventgrid",
                &mut std::io::stdout(),
            );
            Ok(())
        }
        Command::Man { out } => man(out.as_deref()),
    }
}

/// The man pages, from the same definitions as `--help`.
fn man(out: Option<&std::path::Path>) -> Result<(), CliError> {
    let command = Cli::command();
    match out {
        Some(dir) => {
            std::fs::create_dir_all(dir).context(|| format!("cannot make `{}`", dir.display()))?;
            clap_mangen::generate_to(command, dir)
                .context(|| format!("cannot write man pages into `{}`", dir.display()))
        }
        None => clap_mangen::Man::new(command)
            .render(&mut std::io::stdout())
            .context(|| "cannot write".into()),
    }
}
