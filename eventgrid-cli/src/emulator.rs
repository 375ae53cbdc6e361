//! `eventgrid emulator`: the emulator, in this process, until Ctrl-C or SIGTERM.

use std::io::Write as _;

use eventgrid_emulator::Config;
use tokio::net::TcpListener;

use crate::cli::EmulatorArgs;
use crate::error::{CliError, Context as _};

pub(crate) fn run(args: &EmulatorArgs) -> Result<(), CliError> {
    let mut config = match &args.config {
        Some(path) => Config::from_file(path).map_err(|error| {
            CliError::failed(format!("cannot use the configuration `{}`", path.display()))
                .because(&error)
        })?,
        None => Config::default(),
    };
    if let Some(dir) = &args.data_dir {
        config.data_dir = Some(dir.clone());
    }
    if let Some(listen) = args.listen {
        config.listen = listen;
    }
    config
        .push_trusted_roots
        .extend(args.push_trusted_root.iter().cloned());
    config.check_push_trusted_roots().map_err(|error| {
        CliError::failed("cannot set up push delivery's trusted roots").because(&error)
    })?;
    let tls = config
        .tls_identity()
        .map_err(|error| CliError::failed("cannot set up TLS").because(&error))?;
    let runtime = tokio::runtime::Runtime::new().context(|| "cannot start the runtime".into())?;
    runtime.block_on(async move {
        let listener = TcpListener::bind(config.listen)
            .await
            .context(|| format!("cannot listen on {}", config.listen))?;
        let address = listener
            .local_addr()
            .context(|| "cannot read the address".into())?;
        // Before the banner: a signal sent once it is out must stop the emulator, not kill it.
        let stop = eventgrid_emulator::shutdown_signal()
            .context(|| "cannot listen for Ctrl-C and SIGTERM".into())?;
        let scheme = if tls.is_some() { "https" } else { "http" };
        // The first line is for scripts and tests: they read the URL from it.
        let mut out = std::io::stdout().lock();
        let banner = writeln!(out, "listening on {scheme}://{address}")
            .and_then(|()| {
                config
                    .keys
                    .first()
                    .map_or(Ok(()), |key| writeln!(out, "key: {key}"))
            })
            .and_then(|()| {
                // What the configuration made, with the endpoints to give the other commands.
                for topic in &config.namespace_topics {
                    let subscriptions: Vec<&str> =
                        topic.subscriptions.iter().map(|sub| sub.name.as_str()).collect();
                    writeln!(
                        out,
                        "namespace topic {} (--endpoint {scheme}://{address} --topic {}): subscriptions {}",
                        topic.name,
                        topic.name,
                        subscriptions.join(", ")
                    )?;
                }
                for topic in &config.basic_topics {
                    writeln!(
                        out,
                        "basic topic {} (--endpoint {scheme}://{address}/basic/{}/api/events)",
                        topic.name, topic.name
                    )?;
                }
                Ok(())
            })
            .and_then(|()| match &tls {
                Some(tls) => write!(out, "certificate:\n{}", tls.certificate_pem()),
                None => Ok(()),
            })
            .and_then(|()| out.flush());
        banner.context(|| "cannot write".into())?;
        drop(out);
        eventgrid_emulator::serve(listener, &config, tls, stop)
            .await
            .context(|| "the emulator stopped".into())
    })
}
