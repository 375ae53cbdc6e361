//! The binary stops cleanly on SIGTERM (what `docker stop` and systemd send) and on SIGINT
//! (Ctrl-C): it exits with success instead of being killed by the signal.
#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// Starts the binary on a free port and waits for its banner: it is then serving.
fn start() -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eventgrid-emulator"))
        .args(["--listen", "127.0.0.1:0"])
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut banner = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut banner)
        .unwrap();
    assert!(
        banner.starts_with("Event Grid emulator listening on "),
        "{banner:?}"
    );
    child
}

fn signal(child: &Child, name: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success(), "kill -{name} failed");
}

/// The exit status, failing the test instead of hanging when the process never stops.
fn wait(mut child: Child) -> ExitStatus {
    let give_up = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if Instant::now() > give_up {
            let _ = child.kill();
            panic!("the emulator did not stop on its signal");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Signals the emulator right after its banner; it must exit with success. Killed by the
/// signal, it would have no exit code.
fn stops_cleanly_on(name: &str) {
    let child = start();
    signal(&child, name);
    let status = wait(child);
    assert_eq!(status.code(), Some(0), "SIG{name}: {status}");
}

#[test]
fn sigterm_stops_the_emulator_cleanly() {
    stops_cleanly_on("TERM");
}

#[test]
fn sigint_stops_the_emulator_cleanly() {
    stops_cleanly_on("INT");
}
