//! When a foreground emulator stops: the signals a terminal or a process manager sends.

use std::future::Future;

/// Listens, from this call on, for Ctrl-C (SIGINT) and, on Unix, SIGTERM (what `docker stop`
/// and systemd send); the future completes on the first. It is the `shutdown` that a
/// command-line emulator passes to [`serve`](crate::serve), so that in-flight long polls
/// answer and the listener closes before the process exits.
///
/// Call it before saying the emulator is up: the handlers are in place when it returns, so
/// a process manager that signals right after the banner stops the emulator instead of
/// killing it. Needs a tokio runtime; fails when the handlers cannot be registered.
///
/// ```no_run
/// # async fn run(listener: tokio::net::TcpListener) -> std::io::Result<()> {
/// let stop = eventgrid_emulator::shutdown_signal()?;
/// println!("listening on {}", listener.local_addr()?);
/// let config = eventgrid_emulator::Config::default();
/// eventgrid_emulator::serve(listener, &config, None, stop).await
/// # }
/// ```
#[cfg(unix)]
pub fn shutdown_signal() -> std::io::Result<impl Future<Output = ()> + Send + 'static> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
    })
}

/// Listens, from this call on, for Ctrl-C; see the Unix version.
#[cfg(not(unix))]
pub fn shutdown_signal() -> std::io::Result<impl Future<Output = ()> + Send + 'static> {
    let mut interrupt = tokio::signal::windows::ctrl_c()?;
    Ok(async move {
        interrupt.recv().await;
    })
}
