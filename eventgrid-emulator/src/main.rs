//! `eventgrid-emulator`: runs the emulator until Ctrl-C or SIGTERM, after printing its
//! endpoints and keys.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use eventgrid_emulator::{Config, serve, shutdown_signal};
use tokio::net::TcpListener;

/// A local Azure Event Grid: namespace topics with pull delivery and basic topics.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// The configuration file (TOML, or JSON when it ends in `.json`). Without one, topics
    /// and subscriptions are made on first use and the default key is accepted.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The address to listen on, instead of the configuration's `listen`.
    #[arg(long, value_name = "ADDR")]
    listen: Option<SocketAddr>,
    /// Keep queues, pending push deliveries and dead letters in this directory across
    /// restarts, instead of the configuration's `data_dir`.
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Trust the root certificates in this PEM file for push delivery to `https://`
    /// webhooks, besides the platform's and the configuration's `push_trusted_roots`: a
    /// development CA, or a webhook's self-signed certificate. Repeatable.
    #[arg(long, value_name = "FILE")]
    push_trusted_root: Vec<PathBuf>,
}

fn main() -> ExitCode {
    // Logs go to stderr; stdout carries only the endpoints and keys.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    match real_main(&Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("eventgrid-emulator: {error}");
            ExitCode::FAILURE
        }
    }
}

fn real_main(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let mut config = match &args.config {
        Some(path) => Config::from_file(path)?,
        None => Config::default(),
    };
    if let Some(listen) = args.listen {
        config.listen = listen;
    }
    if let Some(dir) = &args.data_dir {
        config.data_dir = Some(dir.clone());
    }
    config
        .push_trusted_roots
        .extend(args.push_trusted_root.iter().cloned());
    config.check_push_trusted_roots()?;
    let tls = config.tls_identity()?;
    tokio::runtime::Runtime::new()?.block_on(async move {
        let listener = TcpListener::bind(config.listen).await?;
        // Before the banner: a signal sent once it is out must stop the emulator, not kill it.
        let stop = shutdown_signal()?;
        let scheme = if tls.is_some() { "https" } else { "http" };
        let url = format!("{scheme}://{}", listener.local_addr()?);
        print!("{}", banner(&url, &config));
        if let Some(tls) = &tls {
            print!(
                "  certificate (trust it, e.g. NODE_EXTRA_CA_CERTS):\n{}",
                tls.certificate_pem()
            );
        }
        serve(listener, &config, tls, stop).await?;
        Ok(())
    })
}

/// What the emulator prints when it starts: endpoints and keys.
fn banner(url: &str, config: &Config) -> String {
    use std::fmt::Write as _;
    let mut out = format!("Event Grid emulator listening on {url}\n");
    let _ = writeln!(out, "  namespace endpoint: {url}");
    for topic in &config.namespace_topics {
        let _ = writeln!(
            out,
            "    topic {}: {url}/topics/{}:publish",
            topic.name, topic.name
        );
        for sub in &topic.subscriptions {
            let _ = writeln!(
                out,
                "      subscription {}: {url}/topics/{}/eventsubscriptions/{}:receive",
                sub.name, topic.name, sub.name
            );
        }
    }
    for topic in &config.basic_topics {
        let _ = writeln!(
            out,
            "  basic topic {} ({:?}): {url}/basic/{}/api/events",
            topic.name, topic.input_schema, topic.name
        );
    }
    if config.auto_create {
        let _ = writeln!(out, "  topics and subscriptions are made on first use");
    }
    for key in &config.keys {
        let _ = writeln!(out, "  key: {key}");
    }
    let _ = writeln!(out, "  management: {url}/emulator/topics");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn arguments_are_consistent() {
        Args::command().debug_assert();
    }
}
