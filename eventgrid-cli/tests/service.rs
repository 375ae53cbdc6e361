//! `publish`, `receive` and `emulator` against a real emulator on 127.0.0.1: in this process,
//! or as `eventgrid emulator` in a child process whose first line gives its address.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, ChildStdout, Stdio};

use assert_cmd::Command;
use eventgrid_emulator::config::{NamespaceTopicConfig, SubscriptionConfig};
use eventgrid_emulator::{Config, Emulator};
use predicates::prelude::*;
use predicates::str::contains;

fn eventgrid() -> Command {
    let mut command = Command::cargo_bin("eventgrid").expect("the binary is built");
    command.env_remove("EVENTGRID_KEY").env("NO_COLOR", "1");
    command
}

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// `eventgrid emulator` in a child process, killed when dropped.
struct Spawned {
    child: Child,
    url: String,
    key: String,
    stdout: BufReader<ChildStdout>,
}

impl Spawned {
    fn start(extra: &[&std::ffi::OsStr]) -> Spawned {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("eventgrid"))
            .args(["emulator", "--listen", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the emulator starts");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("first line: {line:?}"))
            .to_owned();
        line.clear();
        stdout.read_line(&mut line).unwrap();
        let key = line.trim().strip_prefix("key: ").unwrap().to_owned();
        Spawned {
            child,
            url,
            key,
            stdout,
        }
    }
}

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn publish(url: &str, key: &str, topic: &str, file: &Path) -> assert_cmd::assert::Assert {
    eventgrid()
        .env("EVENTGRID_KEY", key)
        .args(["publish", "--endpoint", url, "--topic", topic])
        .arg(file)
        .assert()
}

fn receive(url: &str, key: &str, topic: &str, extra: &[&str]) -> assert_cmd::assert::Assert {
    eventgrid()
        .env("EVENTGRID_KEY", key)
        .args([
            "receive",
            "--endpoint",
            url,
            "--topic",
            topic,
            "--subscription",
            "billing",
        ])
        .args(["--wait", "10s"])
        .args(extra)
        .assert()
}

/// A configuration with the topic `orders` and its subscription `billing`, which exist before
/// anything is published (a subscription made on first receive misses earlier events).
fn orders_config(dir: &Path, extra: &str) -> std::path::PathBuf {
    let config = dir.join("emulator.toml");
    std::fs::write(
        &config,
        format!(
            "{extra}\n[[namespace_topics]]\nname = \"orders\"\n\n\
             [[namespace_topics.subscriptions]]\nname = \"billing\"\n"
        ),
    )
    .unwrap();
    config
}

#[test]
fn publish_then_receive_release_reject_and_ack_on_a_spawned_emulator() {
    let dir = tempfile::tempdir().unwrap();
    let config = orders_config(dir.path(), "");
    let emulator = Spawned::start(&["--config".as_ref(), config.as_os_str()]);
    let (url, key) = (emulator.url.as_str(), emulator.key.as_str());
    publish(url, key, "orders", Path::new(&data("orders.batch.json")))
        .success()
        .stdout(contains("request 1: events 0..2 (2 events"))
        .stdout(contains("accepted"))
        .stdout(contains("published 2 events in 1 request"));

    // As JSON lines, released at once: delivered again.
    let first = receive(url, key, "orders", &["--jsonl", "--release"]).success();
    let stdout = String::from_utf8(first.get_output().stdout.clone()).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0]["event"]["id"], "order-1");
    assert_eq!(lines[0]["event"]["tenant"], "north");
    assert_eq!(lines[1]["deliveryCount"], 1);
    first.stderr(contains("released 2 events"));

    // As inspect prints them, rejected: gone.
    receive(url, key, "orders", &["--reject"])
        .success()
        .stdout(contains("lock token"))
        .stdout(contains("(delivery 2)"))
        .stdout(contains("id          order-2"))
        .stderr(contains("rejected 2 events"));
    receive(url, key, "orders", &["--ack"])
        .success()
        .stdout("")
        .stderr(contains("received 0 events"));
}

#[test]
fn publish_reports_each_request_of_a_large_input_and_ack_settles() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut config = Config::default();
    config.namespace_topics.push(NamespaceTopicConfig::new(
        "bulk",
        vec![SubscriptionConfig::new("billing")],
    ));
    let emulator = runtime.block_on(Emulator::start(config)).unwrap();
    let url = emulator.url();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("many.json");
    // Over 1 MiB and over 5,000 events: more than one request may carry, as a file may.
    let events: Vec<String> = (0..12_000)
        .map(|i| {
            format!(
                r#"{{"specversion":"1.0","id":"e{i}","source":"/bulk","type":"com.example.bulk","data":{{"n":{i}}}}}"#
            )
        })
        .collect();
    std::fs::write(&file, format!("[{}]", events.join(","))).unwrap();

    publish(&url, emulator.key(), "bulk", &file)
        .success()
        .stdout(contains("request 1: events 0..1000 (1000 events"))
        .stdout(contains("request 2: events 1000..2000"))
        .stdout(contains("request 12: events 11000..12000 (1000 events"))
        .stdout(contains("published 12000 events in 12 requests"));

    // No terminal, no progress bar.
    publish(&url, emulator.key(), "bulk", &file).stderr(contains("/12000 events").not());

    receive(
        &url,
        emulator.key(),
        "bulk",
        &["--max-events", "100", "--ack", "--jsonl"],
    )
    .success()
    .stderr(contains("received 100 events"))
    .stderr(contains("acknowledged 100 events"));
    runtime.block_on(emulator.shutdown());
}

#[test]
fn publish_to_a_basic_topic_and_what_is_refused() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let emulator = runtime
        .block_on(Emulator::start(Config::default()))
        .unwrap();
    let basic = format!("{}/basic/legacy/api/events", emulator.url());

    // Event Grid schema events to a basic topic, with the key from a file.
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("key");
    std::fs::write(&key_file, emulator.key()).unwrap();
    eventgrid()
        .args(["publish", "--endpoint", &basic, "--key-file"])
        .arg(&key_file)
        .arg(data("blob-created.eventgrid.json"))
        .assert()
        .success()
        .stdout(contains("published 2 events in 1 request"));

    // Events from standard input, when no file is given.
    eventgrid()
        .env("EVENTGRID_KEY", emulator.key())
        .args(["publish", "--endpoint", &emulator.url(), "--topic", "piped"])
        .pipe_stdin(data("orders.batch.json"))
        .unwrap()
        .assert()
        .success()
        .stdout(contains("published 2 events in 1 request"));

    // A wrong key: the request's failure is reported, and the exit code says so.
    eventgrid()
        .env("EVENTGRID_KEY", "d3Jvbmcta2V5")
        .args(["publish", "--quiet", "--endpoint", &basic])
        .arg(data("blob-created.eventgrid.json"))
        .assert()
        .code(1)
        .stderr(contains("request 1: events 0..2 (2 events"))
        .stderr(contains("not accepted"))
        .stderr(contains("2 of 2 events were not accepted"));

    // Namespace topics take CloudEvents only; nothing is sent.
    eventgrid()
        .env("EVENTGRID_KEY", emulator.key())
        .args([
            "publish",
            "--endpoint",
            &emulator.url(),
            "--topic",
            "orders",
        ])
        .arg(data("blob-created.eventgrid.json"))
        .assert()
        .code(1)
        .stderr(contains("namespace topics take CloudEvents"));

    // An input with an event that does not decode sends nothing.
    eventgrid()
        .env("EVENTGRID_KEY", emulator.key())
        .args([
            "publish",
            "--endpoint",
            &emulator.url(),
            "--topic",
            "orders",
        ])
        .arg(data("broken.batch.json"))
        .assert()
        .code(1)
        .stderr(contains(
            "1 of 4 events could not be decoded; nothing was sent",
        ));
    runtime.block_on(emulator.shutdown());
}

#[test]
fn the_emulator_command_takes_a_config_and_keeps_queues_in_its_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let config = orders_config(
        dir.path(),
        "keys = [\"Y2xpLXRlc3Qta2V5\"]\nauto_create = false\n",
    );
    let data_dir = dir.path().join("queues");
    let args = [
        "--config".as_ref(),
        config.as_os_str(),
        "--data-dir".as_ref(),
        data_dir.as_os_str(),
    ];
    let mut first = Spawned::start(&args);
    assert_eq!(first.key, "Y2xpLXRlc3Qta2V5");
    let mut line = String::new();
    first.stdout.read_line(&mut line).unwrap();
    assert_eq!(
        line.trim(),
        format!(
            "namespace topic orders (--endpoint {} --topic orders): subscriptions billing",
            first.url
        )
    );
    publish(
        &first.url,
        &first.key,
        "orders",
        Path::new(&data("orders.batch.json")),
    )
    .success();
    // Topics outside the configuration do not exist (auto_create = false).
    publish(
        &first.url,
        &first.key,
        "other",
        Path::new(&data("orders.batch.json")),
    )
    .code(1)
    .stderr(contains("not accepted"));
    drop(first);

    let second = Spawned::start(&args);
    receive(&second.url, &second.key, "orders", &["--ack", "--jsonl"])
        .success()
        .stdout(contains("\"id\":\"order-1\""))
        .stdout(contains("\"id\":\"order-2\""))
        .stderr(contains("acknowledged 2 events"));
}

#[test]
fn the_emulator_command_passes_push_trusted_roots_and_refuses_one_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("dev-ca.pem");
    eventgrid()
        .args(["emulator", "--listen", "127.0.0.1:0", "--push-trusted-root"])
        .arg(&missing)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .code(2)
        // Refused before the first line, which scripts read as "it started".
        .stdout("")
        .stderr(contains(format!(
            "cannot read trusted root certificates from {}",
            missing.display()
        )));
}

#[test]
fn entra_id_needs_https_and_a_developer_sign_in() {
    // Over plain HTTP a token would travel in the clear: refused before anything is sent.
    eventgrid()
        .args([
            "publish",
            "--entra",
            "--endpoint",
            "http://127.0.0.1:9",
            "--topic",
            "orders",
        ])
        .arg(data("orders.batch.json"))
        .env("PATH", "")
        .assert()
        .code(2)
        .stderr(contains("an Entra ID credential needs an https endpoint"));
    // Without the Azure CLI or azd on the PATH there is no sign-in to take a token from.
    eventgrid()
        .args([
            "receive",
            "--entra",
            "--endpoint",
            "https://127.0.0.1:9",
            "--topic",
            "orders",
        ])
        .args(["--subscription", "billing"])
        .env("PATH", "")
        .assert()
        .code(2)
        .stderr(contains(
            "cannot get an Entra ID token from the Azure CLI or azd",
        ));
}

/// Runs `eventgrid` under `script`, which gives it a terminal as a user's shell does.
fn on_a_terminal(args: &str, key: &str) -> String {
    let binary = assert_cmd::cargo::cargo_bin("eventgrid");
    let output = std::process::Command::new("script")
        .args(["-qec", &format!("{} {args}", binary.display()), "/dev/null"])
        .env("EVENTGRID_KEY", key)
        .stdin(Stdio::null())
        .output()
        .expect("`script` (util-linux) runs");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_progress_bar_shows_on_a_terminal_unless_quiet() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let emulator = runtime
        .block_on(Emulator::start(Config::default()))
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("events.json");
    let events: Vec<String> = (0..3_000)
        .map(|i| format!(r#"{{"specversion":"1.0","id":"p{i}","source":"/p","type":"t"}}"#))
        .collect();
    std::fs::write(&file, format!("[{}]", events.join(","))).unwrap();
    let args = format!(
        "publish --endpoint {} --topic progress {}",
        emulator.url(),
        file.display()
    );

    let shown = on_a_terminal(&args, emulator.key());
    assert!(shown.contains("/3000 events"), "{shown}");
    assert!(
        shown.contains("published 3000 events in 3 requests"),
        "{shown}"
    );
    let quiet = on_a_terminal(&format!("{args} --quiet"), emulator.key());
    assert!(!quiet.contains("/3000 events"), "{quiet}");
    assert!(!quiet.contains("published"), "{quiet}");
    runtime.block_on(emulator.shutdown());
}

/// SIGTERM right after the banner (a process manager stopping what it just started) stops
/// the emulator cleanly: exit code 0, not death by the signal.
#[cfg(unix)]
#[test]
fn the_emulator_command_stops_cleanly_on_sigterm() {
    let mut spawned = Spawned::start(&[]);
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &spawned.child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let give_up = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let status = loop {
        if let Some(status) = spawned.child.try_wait().unwrap() {
            break status;
        }
        assert!(std::time::Instant::now() < give_up, "no exit after SIGTERM");
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0), "{status}");
}
