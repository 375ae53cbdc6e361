//! The command line: every subcommand and option, with the help text users read.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Inspect, validate, convert, sign, publish and receive Azure Event Grid events, and run a
/// local Event Grid.
///
/// Every command that reads events takes a file or `-` for standard input, and finds out on
/// its own what it holds: an Event Grid array, a structured CloudEvent, a CloudEvents batch,
/// a namespace receive response, or an HTTP request dump (binary or structured mode).
#[derive(Debug, Parser)]
#[command(name = "eventgrid", version, propagate_version = true)]
#[command(after_help = "\
Examples:
  eventgrid inspect delivery.json           what is in it, event by event
  eventgrid validate --strict events.json   every broken rule; exit code 1 if any
  eventgrid convert --to batch events.json  an Event Grid array as a CloudEvents batch
  eventgrid emulator                        a local Event Grid on a free port")]
pub(crate) struct Cli {
    /// When to use colour: on a terminal only (auto), always, or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub(crate) color: ColorChoice,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// When output is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    /// Colour when the output is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Show each event: attributes, system-event type and typed payload, what was tolerated,
    /// and members of data that no field captured.
    #[command(after_help = "\
Exit code 1 when the input, or an event in it, could not be decoded (the event is shown with
why), 2 when the file could not be read.

Examples:
  eventgrid inspect tests/data/blob-created.eventgrid.json
  curl -s ... | eventgrid inspect --json -")]
    Inspect(InspectArgs),
    /// Check events against the CloudEvents and Event Grid rules and the system-event
    /// schemas; list every broken rule with its event and JSON path.
    ///
    /// Exit code: 0 when nothing is broken, 1 when a rule is broken, 2 when the command could
    /// not run (unreadable file, bad arguments).
    #[command(after_help = "\
Without --strict, departures that Azure itself makes (members of data that no schema field
holds) are warnings; with --strict they are errors too.")]
    Validate(ValidateArgs),
    /// Convert events between schemas and content modes.
    #[command(after_help = "\
Targets:
  cloudevents  structured mode: one JSON object per event, one per line
  batch        a CloudEvents batch (a JSON array)
  eventgrid    an Event Grid schema array
  binary       an HTTP request in binary mode (one event)

Nothing is dropped: an event that cannot be written in the target (an extension attribute in
the Event Grid schema, say) is an error that names it.")]
    Convert(ConvertArgs),
    /// Generate a shared access signature (SAS) token for an endpoint.
    ///
    /// The key comes from an environment variable or a file, never from an argument (arguments
    /// show up in process lists and shell history).
    #[command(after_help = "\
Examples:
  EVENTGRID_KEY=... eventgrid sas --endpoint https://t.westeurope-1.eventgrid.azure.net/api/events --expires 1h
  eventgrid sas --endpoint https://ns.westeurope-1.eventgrid.azure.net --key-file key.txt --expires 30m")]
    Sas(SasArgs),
    /// Publish events from files or standard input to a basic topic, or to a namespace topic
    /// with --topic.
    #[command(after_help = "\
Events are sent in order, in requests of at most 1 MiB and 1,000 events; one line per request
says which events it carried and whether the service took them. A progress bar shows on a
terminal. Exit code 1 when any request failed.

Authentication, first found: --sas-env VAR (a SAS token), --entra (Entra ID through the Azure
CLI or azd sign-in), else the access key in --key-env VAR (default EVENTGRID_KEY) or
--key-file.")]
    Publish(PublishArgs),
    /// Receive events from a namespace event subscription, print them, and settle them.
    #[command(after_help = "\
Without --ack, --release or --reject the events stay locked until their lock expires, then
are delivered again. Events that could not be decoded are never acknowledged: release or
reject them.")]
    Receive(ReceiveArgs),
    /// Run the Event Grid emulator until Ctrl-C: namespace topics with pull delivery and basic
    /// topics with push delivery.
    ///
    /// The first line on standard output is `listening on URL`.
    Emulator(EmulatorArgs),
    /// List the system event names, each with its payload type.
    Names(NamesArgs),
    /// Print a shell completion script.
    #[command(after_help = "\
Example (bash):
  eventgrid completions bash > ~/.local/share/bash-completion/completions/eventgrid")]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write man pages: one per command into DIR, or the main page to standard output.
    Man {
        /// The directory to write `eventgrid.1`, `eventgrid-inspect.1`, ... into.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// Where events are read from.
#[derive(Debug, Args)]
pub(crate) struct Input {
    /// The file to read; `-` or nothing for standard input.
    #[arg(value_name = "FILE", default_value = "-")]
    pub(crate) file: PathBuf,
}

#[derive(Debug, Args)]
pub(crate) struct InspectArgs {
    #[command(flatten)]
    pub(crate) input: Input,
    /// Print one JSON document instead of text.
    #[arg(long)]
    pub(crate) json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ValidateArgs {
    #[command(flatten)]
    pub(crate) input: Input,
    /// Count what lenient decoding tolerates as errors too (members of data that no field
    /// holds, in particular).
    #[arg(long)]
    pub(crate) strict: bool,
    /// Print one JSON document instead of text.
    #[arg(long)]
    pub(crate) json: bool,
}

/// A schema and content mode to convert to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Target {
    /// Structured mode: one CloudEvent JSON object per line.
    Cloudevents,
    /// A CloudEvents batch: one JSON array.
    Batch,
    /// An Event Grid schema array.
    Eventgrid,
    /// An HTTP request in binary mode (one event only).
    Binary,
}

#[derive(Debug, Args)]
pub(crate) struct ConvertArgs {
    #[command(flatten)]
    pub(crate) input: Input,
    /// The schema and mode to write.
    #[arg(long, value_enum)]
    pub(crate) to: Target,
}

/// Where an access key comes from: never an argument.
#[derive(Debug, Args)]
pub(crate) struct KeySource {
    /// The environment variable that holds the access key.
    #[arg(long, value_name = "VAR", default_value = "EVENTGRID_KEY")]
    pub(crate) key_env: String,
    /// A file that holds the access key (surrounding whitespace is ignored).
    #[arg(long, value_name = "FILE", conflicts_with = "key_env")]
    pub(crate) key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct SasArgs {
    /// The endpoint the token is for: a topic's `.../api/events` URL, or a namespace, topic or
    /// subscription URL.
    #[arg(long, value_name = "URL")]
    pub(crate) endpoint: String,
    #[command(flatten)]
    pub(crate) key: KeySource,
    /// How long the token is valid: `1h`, `30m`, `7d`, `1h 30m`.
    #[arg(long, value_name = "DURATION", value_parser = humantime::parse_duration)]
    pub(crate) expires: Duration,
    /// The api-version the token names.
    #[arg(long, default_value = eventgrid_client::BASIC_API_VERSION)]
    pub(crate) api_version: String,
}

/// How a client authenticates.
#[derive(Debug, Args)]
pub(crate) struct Auth {
    #[command(flatten)]
    pub(crate) key: KeySource,
    /// Authenticate with a SAS token from this environment variable instead of a key.
    #[arg(long, value_name = "VAR", conflicts_with_all = ["key_file", "entra"])]
    pub(crate) sas_env: Option<String>,
    /// Authenticate with Entra ID: the Azure CLI (`az login`) or azd sign-in. Needs https.
    #[arg(long)]
    pub(crate) entra: bool,
}

#[derive(Debug, Args)]
pub(crate) struct PublishArgs {
    /// The endpoint: a basic topic's URL (`.../api/events` optional), or a namespace's URL
    /// with --topic.
    #[arg(long, value_name = "URL")]
    pub(crate) endpoint: String,
    /// Publish to this namespace topic (CloudEvents only) instead of a basic topic.
    #[arg(long, value_name = "NAME")]
    pub(crate) topic: Option<String>,
    #[command(flatten)]
    pub(crate) auth: Auth,
    /// Print no progress bar and no per-request lines; failures are still printed.
    #[arg(long, short)]
    pub(crate) quiet: bool,
    /// The files to read; `-` or nothing for standard input.
    #[arg(value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
}

/// What to do with received events.
#[derive(Debug, Args)]
#[group(multiple = false)]
pub(crate) struct Settle {
    /// Acknowledge the events that decoded: they are deleted.
    #[arg(long)]
    pub(crate) ack: bool,
    /// Release every event: it is delivered again after --delay.
    #[arg(long)]
    pub(crate) release: bool,
    /// Reject every event: it is dead-lettered, or dropped without a dead-letter destination.
    #[arg(long)]
    pub(crate) reject: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ReceiveArgs {
    /// The namespace endpoint.
    #[arg(long, value_name = "URL")]
    pub(crate) endpoint: String,
    /// The namespace topic.
    #[arg(long, value_name = "NAME")]
    pub(crate) topic: String,
    /// The event subscription.
    #[arg(long, value_name = "NAME")]
    pub(crate) subscription: String,
    #[command(flatten)]
    pub(crate) auth: Auth,
    /// How many events to take at most (1 to 100).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub(crate) max_events: u32,
    /// How long to wait for the first event: 10s to 120s.
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = humantime::parse_duration)]
    pub(crate) wait: Duration,
    #[command(flatten)]
    pub(crate) settle: Settle,
    /// With --release: when the events are delivered again (0s, 10s, 60s, 600s or 3600s).
    #[arg(long, value_name = "DELAY", default_value = "0s", requires = "release", value_parser = humantime::parse_duration)]
    pub(crate) delay: Duration,
    /// Write each event as one JSON line (lock token, delivery count, event as received)
    /// instead of the inspect view.
    #[arg(long)]
    pub(crate) jsonl: bool,
}

#[derive(Debug, Args)]
pub(crate) struct EmulatorArgs {
    /// The configuration file (TOML, or JSON when it ends in `.json`). Without one, topics
    /// and subscriptions are made on first use and the default key is accepted.
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Keep namespace topics' queues in this directory across restarts.
    #[arg(long, value_name = "DIR")]
    pub(crate) data_dir: Option<PathBuf>,
    /// The address to listen on, instead of the configuration's (127.0.0.1:0, a free port,
    /// by default).
    #[arg(long, value_name = "ADDR")]
    pub(crate) listen: Option<SocketAddr>,
    /// Trust the root certificates in this PEM file for push delivery to `https://`
    /// webhooks, besides the platform's and the configuration's `push_trusted_roots`: a
    /// development CA, or a webhook's self-signed certificate. Repeatable.
    #[arg(long, value_name = "FILE")]
    pub(crate) push_trusted_root: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct NamesArgs {
    /// Show only names that contain this text (any letter case).
    pub(crate) filter: Option<String>,
    /// Print one JSON document instead of text.
    #[arg(long)]
    pub(crate) json: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_definitions_are_consistent() {
        super::Cli::command().debug_assert();
    }
}
