//! The offline commands, run as a user runs them, on the files in `tests/data/`.

use assert_cmd::Command;
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

fn json_of(output: &[u8]) -> serde_json::Value {
    serde_json::from_slice(output).expect("the output is JSON")
}

#[test]
fn inspect_shows_a_typed_system_event_and_the_member_no_field_captured() {
    eventgrid()
        .args(["inspect", &data("blob-created.eventgrid.json")])
        .assert()
        .success()
        .stdout(contains("Event Grid schema array: 2 events"))
        .stdout(contains(
            "SystemEvent::StorageBlobCreated, payload StorageBlobCreatedEventData",
        ))
        .stdout(contains("\"contentLength\": 2048"))
        .stdout(contains("not captured by any field"))
        .stdout(contains("$[0].data.cameraModel"))
        // A custom event type keeps its data as received, in its order.
        .stdout(contains("data (no system event type)"))
        .stdout(contains("\"order\": 7,\n      \"carrier\": \"ferry\""));
}

#[test]
fn inspect_json_describes_each_event_for_scripts() {
    let output = eventgrid()
        .args(["inspect", "--json", &data("blob-created.eventgrid.json")])
        .output()
        .unwrap();
    assert!(output.status.success());
    let document = json_of(&output.stdout);
    assert_eq!(document["form"], "eventgrid");
    let first = &document["events"][0];
    assert_eq!(first["schema"], "eventgrid");
    assert_eq!(
        first["attributes"]["eventType"],
        "Microsoft.Storage.BlobCreated"
    );
    assert_eq!(first["systemEvent"]["variant"], "StorageBlobCreated");
    assert_eq!(
        first["systemEvent"]["payloadType"],
        "StorageBlobCreatedEventData"
    );
    assert_eq!(first["systemEvent"]["payload"]["contentLength"], 2048);
    assert_eq!(first["notCaptured"][0]["path"], "$[0].data.cameraModel");
    assert_eq!(document["events"][1]["data"]["carrier"], "ferry");
}

#[test]
fn inspect_reads_every_form_from_a_file_or_stdin() {
    let cases = [
        ("orders.batch.json", "cloudevents-batch", 2),
        ("blob-created.structured.json", "cloudevents-structured", 1),
        ("binary-request.http", "http-binary", 1),
        ("abuse-protection.http", "http-handshake", 0),
    ];
    for (file, form, count) in cases {
        let output = eventgrid()
            .args(["inspect", "--json", "-"])
            .pipe_stdin(data(file))
            .unwrap()
            .output()
            .unwrap();
        assert!(output.status.success(), "{file}: {output:?}");
        let document = json_of(&output.stdout);
        assert_eq!(document["form"], form, "{file}");
        assert_eq!(
            document["events"].as_array().unwrap().len(),
            count,
            "{file}"
        );
    }
}

#[test]
fn inspect_shows_binary_mode_attributes_from_headers() {
    eventgrid()
        .args(["inspect", &data("binary-request.http")])
        .assert()
        .success()
        .stdout(contains("HTTP request, binary mode: 1 event"))
        .stdout(contains("tenant          west"))
        .stdout(contains("\"total\": 99.95"));
}

#[test]
fn inspect_names_a_webhook_handshake() {
    eventgrid()
        .args(["inspect", &data("abuse-protection.http")])
        .assert()
        .success()
        .stdout(contains(
            "abuse-protection request from origin `eventgrid.azure.net`",
        ));
}

#[test]
fn inspect_shows_lock_tokens_of_a_receive_response_and_fails_on_an_undecodable_event() {
    eventgrid()
        .args(["inspect", &data("receive-response.json")])
        .assert()
        .code(1)
        .stdout(contains("namespace receive response: 2 events"))
        .stdout(contains("lock token lock-token-1 (delivery 2)"))
        .stdout(contains(
            "$.value[1].event.source: required attribute `source` is missing",
        ))
        .stderr(contains("1 of 2 events could not be decoded"));
}

#[test]
fn validate_lists_every_broken_rule_with_its_event_and_path() {
    eventgrid()
        .args(["validate", &data("broken.batch.json")])
        .assert()
        .code(1)
        .stdout(contains("error: event 1: $[1].id: required member `id` is empty"))
        .stdout(contains("error: event 1: $[1].Tenant: extension name `Tenant`"))
        .stdout(contains("error: event 2: $[2].type: required attribute `type` is missing"))
        .stdout(contains("error: event 3: $[3].data.contentLength: data member `contentLength` could not be read"))
        .stdout(contains("warning: event 3: $[3].data.extraField"))
        .stdout(contains("invalid: 4 events, 4 errors, 1 warning"));
}

#[test]
fn validate_strict_turns_warnings_into_errors() {
    let file = data("blob-created.eventgrid.json");
    eventgrid()
        .args(["validate", &file])
        .assert()
        .success()
        .stdout(contains("valid: 2 events, 0 errors, 1 warning"));
    eventgrid()
        .args(["validate", "--strict", &file])
        .assert()
        .code(1)
        .stdout(contains("error: event 0: $[0].data.cameraModel"));
}

#[test]
fn validate_json_and_input_that_is_not_json() {
    let output = eventgrid()
        .args(["validate", "--json", &data("broken.batch.json")])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let document = json_of(&output.stdout);
    assert_eq!(document["valid"], false);
    assert_eq!(document["errors"], 4);
    let paths: Vec<&str> = document["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|problem| problem["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"$[2].type"), "{paths:?}");

    eventgrid()
        .args(["validate", "-"])
        .write_stdin("[{\"specversion\": \"1.0\",")
        .assert()
        .code(1)
        .stdout(contains(
            "error: $: the input is not events that can be read",
        ));
}

#[test]
fn convert_goes_between_schemas_and_modes_and_back() {
    // Event Grid -> CloudEvents batch -> Event Grid keeps the events.
    let batch = eventgrid()
        .args([
            "convert",
            "--to",
            "batch",
            &data("blob-created.eventgrid.json"),
        ])
        .output()
        .unwrap();
    assert!(batch.status.success(), "{batch:?}");
    let events = json_of(&batch.stdout);
    assert_eq!(events[0]["specversion"], "1.0");
    assert_eq!(events[0]["type"], "Microsoft.Storage.BlobCreated");
    assert_eq!(events[1]["id"], "b7a1c0de-0002");

    let back = eventgrid()
        .args(["convert", "--to", "eventgrid", "-"])
        .write_stdin(batch.stdout)
        .output()
        .unwrap();
    assert!(back.status.success(), "{back:?}");
    let back = json_of(&back.stdout);
    assert_eq!(back[0]["eventType"], "Microsoft.Storage.BlobCreated");
    assert_eq!(
        back[0]["data"]["url"],
        "https://clisamples.blob.core.windows.net/photos/boat.jpg"
    );
    // Event Grid's mapping and its reverse: topic <-> source, dataVersion <-> `#` dataschema.
    assert_eq!(events[0]["dataschema"], "#1");
    assert_eq!(back[0]["dataVersion"], "1");
    assert_eq!(back[0]["topic"], events[0]["source"]);

    // Structured -> binary dump -> read back as binary mode.
    let binary = eventgrid()
        .args([
            "convert",
            "--to",
            "binary",
            &data("blob-created.structured.json"),
        ])
        .output()
        .unwrap();
    assert!(binary.status.success(), "{binary:?}");
    let text = String::from_utf8(binary.stdout.clone()).unwrap();
    assert!(text.starts_with("POST / HTTP/1.1\r\n"), "{text}");
    assert!(text.contains("ce-id: b7a1c0de-0003\r\n"), "{text}");
    let inspected = eventgrid()
        .args(["inspect", "--json", "-"])
        .write_stdin(binary.stdout)
        .output()
        .unwrap();
    let inspected = json_of(&inspected.stdout);
    assert_eq!(inspected["form"], "http-binary");
    assert_eq!(
        inspected["events"][0]["systemEvent"]["variant"],
        "StorageBlobCreated"
    );

    // A batch as structured events, one per line.
    let lines = eventgrid()
        .args(["convert", "--to", "cloudevents", &data("orders.batch.json")])
        .output()
        .unwrap();
    let text = String::from_utf8(lines.stdout).unwrap();
    let ids: Vec<String> = text
        .lines()
        .map(|line| json_of(line.as_bytes())["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids, ["order-1", "order-2"]);
}

#[test]
fn convert_refuses_what_the_target_cannot_carry_and_writes_nothing() {
    eventgrid()
        .args(["convert", "--to", "eventgrid", &data("orders.batch.json")])
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains(
            "event 0 cannot be written in the Event Grid schema",
        ))
        .stderr(contains("it has extension attributes (tenant)"));
    eventgrid()
        .args(["convert", "--to", "binary", &data("orders.batch.json")])
        .assert()
        .code(1)
        .stderr(contains(
            "binary mode carries one event per request, and the input has 2",
        ));
    eventgrid()
        .args(["convert", "--to", "batch", &data("broken.batch.json")])
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains(
            "1 of 4 events could not be decoded; nothing was written",
        ))
        .stderr(contains("event 2 at $[2].type"));
}

#[test]
fn sas_signs_with_a_key_from_the_environment_or_a_file() {
    let endpoint = "https://orders.westeurope-1.eventgrid.azure.net/api/events";
    let key = "c2VjcmV0LWtleQ==";
    let output = eventgrid()
        .args([
            "sas",
            "--endpoint",
            endpoint,
            "--key-env",
            "CLI_TEST_KEY",
            "--expires",
            "1h",
        ])
        .env("CLI_TEST_KEY", key)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let token = String::from_utf8(output.stdout).unwrap().trim().to_owned();
    // The token is the library's signature over the expiry it names.
    let expiry = token
        .split('&')
        .find_map(|part| part.strip_prefix("e="))
        .expect("an expiry");
    let expiry = percent_encoding::percent_decode_str(expiry)
        .decode_utf8()
        .unwrap();
    let expected =
        eventgrid_client::generate_sas_with_expiry_text(endpoint, key, &expiry, "2018-01-01")
            .unwrap();
    assert_eq!(token, expected);

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("key");
    std::fs::write(&file, format!("{key}\n")).unwrap();
    eventgrid()
        .args(["sas", "--endpoint", endpoint, "--key-file"])
        .arg(&file)
        .args(["--expires", "30m"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("r=https%3A%2F%2Forders"));
}

#[test]
fn sas_says_where_the_key_should_have_been() {
    eventgrid()
        .args(["sas", "--endpoint", "https://x.invalid", "--expires", "1h"])
        .assert()
        .code(2)
        .stderr(contains("EVENTGRID_KEY that should hold the access key"));
    // There is no argument that takes the key itself.
    eventgrid()
        .args([
            "sas",
            "--endpoint",
            "https://x.invalid",
            "--key",
            "c2VjcmV0",
            "--expires",
            "1h",
        ])
        .assert()
        .code(2)
        .stderr(contains("unexpected argument '--key'"));
}

#[test]
fn names_lists_system_events_with_their_payload_types() {
    eventgrid()
        .args(["names", "blobcreated"])
        .assert()
        .success()
        .stdout(contains(
            "Microsoft.Storage.BlobCreated  StorageBlobCreatedEventData",
        ));
    let output = eventgrid().args(["names", "--json"]).output().unwrap();
    let names = json_of(&output.stdout);
    let names = names.as_array().unwrap();
    assert!(names.len() > 200, "{}", names.len());
    let typed = names
        .iter()
        .filter(|name| !name["payloadType"].is_null())
        .count();
    // Only the deprecated aliases, which have no schema, lack a payload type.
    let untyped_not_deprecated = names
        .iter()
        .filter(|name| name["payloadType"].is_null() && name["deprecated"] == false)
        .count();
    assert!(typed > 200, "{typed}");
    assert_eq!(untyped_not_deprecated, 0);
    eventgrid()
        .args(["names", "no-such-event"])
        .assert()
        .code(1)
        .stderr(contains("no system event name contains `no-such-event`"));
}

#[test]
fn completions_and_man_pages_come_from_the_definitions() {
    eventgrid()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(contains("inspect"))
        .stdout(contains("--key-env"));
    eventgrid()
        .args(["man"])
        .assert()
        .success()
        .stdout(contains(".TH eventgrid"));
    let dir = tempfile::tempdir().unwrap();
    eventgrid()
        .args(["man", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    for page in ["eventgrid.1", "eventgrid-inspect.1", "eventgrid-publish.1"] {
        let text = std::fs::read_to_string(dir.path().join(page)).unwrap();
        assert!(text.contains(".TH"), "{page}");
    }
}

#[test]
fn errors_are_sentences_with_an_exit_code_not_debug_dumps() {
    let assert = eventgrid()
        .args(["inspect", "no/such/file.json"])
        .assert()
        .code(2)
        .stderr(contains("error: cannot read `no/such/file.json`"));
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        !stderr.contains("Os {") && !stderr.contains("kind:"),
        "{stderr}"
    );

    eventgrid()
        .args(["inspect", "-"])
        .write_stdin("not json at all")
        .assert()
        .code(1)
        .stderr(contains(
            "error: the input is neither JSON nor an HTTP request",
        ));
    eventgrid().args(["frobnicate"]).assert().code(2);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let plain = eventgrid()
        .args(["validate", &data("broken.batch.json")])
        .output()
        .unwrap();
    assert!(!plain.stdout.contains(&0x1b), "no escapes into a pipe");
    let coloured = eventgrid()
        .env_remove("NO_COLOR")
        .args(["--color", "always", "validate", &data("broken.batch.json")])
        .output()
        .unwrap();
    assert!(coloured.stdout.contains(&0x1b), "escapes when asked");
}

#[test]
fn a_request_dump_must_hold_what_its_content_length_says() {
    let head = "POST /api/events HTTP/1.1\r\nce-specversion: 1.0\r\nce-id: 1\r\n\
                ce-source: /s\r\nce-type: t\r\ncontent-type: application/json\r\n";
    eventgrid()
        .args(["inspect", "-"])
        .write_stdin(format!("{head}content-length: 40\r\n\r\n{{}}"))
        .assert()
        .code(1)
        .stderr(contains(
            "the body is 2 bytes, less than its content-length of 40",
        ));
    eventgrid()
        .args(["inspect", "-"])
        .write_stdin(format!("{head}content-length: 2\r\n\r\n{{}}{{\"more\":1}}"))
        .assert()
        .code(1)
        .stderr(contains(
            "10 bytes follow the body that content-length announces",
        ));
    eventgrid()
        .args(["inspect", "-"])
        .write_stdin(format!("{head}content-length: 2\r\n\r\n{{}}\n"))
        .assert()
        .success()
        .stdout(contains("HTTP request, binary mode: 1 event"));
}

#[test]
fn text_from_the_input_cannot_drive_the_terminal() {
    let event = r#"{"specversion":"1.0","id":"a\u001b[2Jb\nforged line","source":"/s","type":"t"}"#;
    let output = eventgrid()
        .args(["inspect", "-"])
        .write_stdin(event)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(text.contains(r"a\u{1b}[2Jb\nforged line"), "{text}");
}

#[test]
fn azure_departures_are_warnings_without_strict() {
    // Event Grid's CloudEvents form of an Event Grid event has the dataschema `#1`, which is
    // not the absolute URI the spec asks for.
    let batch = eventgrid()
        .args([
            "convert",
            "--to",
            "batch",
            &data("blob-created.eventgrid.json"),
        ])
        .output()
        .unwrap();
    eventgrid()
        .args(["validate", "-"])
        .write_stdin(batch.stdout.clone())
        .assert()
        .success()
        .stdout(contains(
            "warning: event 0: $[0].dataschema: `dataschema` is not an absolute URI",
        ));
    eventgrid()
        .args(["validate", "--strict", "-"])
        .write_stdin(batch.stdout)
        .assert()
        .code(1)
        .stdout(contains("error: event 0: $[0].dataschema"));
}
