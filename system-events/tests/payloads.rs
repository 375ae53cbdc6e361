//! Realistic hand-written payloads (`tests/data/<namespace>.json`), each in the Event Grid
//! schema and in the CloudEvents schema, decode to typed variants without losing a member.

use std::path::PathBuf;

use eventgrid_system_events::{SystemEvent, catalog};
use eventgrid_types::DataRef;
use serde_json::Value;

/// The JSON with `null` members removed and every number as a float: a decoded `null` is
/// `None` (not written back), and an integer in a `number` field comes back as `1.0`.
fn normalized(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), normalized(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(normalized).collect()),
        Value::Number(n) => serde_json::json!(n.as_f64().unwrap()),
        other => other.clone(),
    }
}

#[test]
fn hand_written_payloads_decode_in_both_schemas() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut publishers = 0;
    for file in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "json"))
    {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        let name = file.file_name().unwrap().to_string_lossy();
        for (schema, type_key) in [("eventgrid", "eventType"), ("cloudevents", "type")] {
            let events = doc[schema]
                .as_array()
                .unwrap_or_else(|| panic!("{name}: no {schema} events"));
            assert!(!events.is_empty(), "{name}: no {schema} events");
            for event in events {
                let event_type = event[type_key].as_str().unwrap();
                let info = catalog::lookup(event_type).unwrap();
                assert_eq!(info.feature(), name.trim_end_matches(".json"));
                if !info.is_decoded() {
                    continue; // its namespace feature is off
                }
                let data = event["data"].to_string();
                let decoded = SystemEvent::decode_data(event_type, Some(DataRef::Json(&data)))
                    .unwrap_or_else(|e| panic!("{name} {event_type}: {e}"));
                assert!(
                    !matches!(decoded.event, SystemEvent::Unknown(_)),
                    "{name}: {event_type} untyped"
                );
                assert!(
                    decoded.tolerated().is_empty(),
                    "{name} {event_type}: tolerated {:?}",
                    decoded.tolerated()
                );
                assert_eq!(
                    normalized(&decoded.event.data_to_value().unwrap()),
                    normalized(&event["data"]),
                    "{name} {event_type}: members lost"
                );
            }
        }
        publishers += 1;
    }
    assert!(publishers >= 20, "only {publishers} publishers");
    assert!(catalog::lookup("Microsoft.Storage.BlobCreated").is_some());
}

/// The same files through eventgrid-types' own envelope decoders and views.
#[test]
fn payloads_decode_through_event_views() {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/storage.json"),
    )
    .unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    if !catalog::lookup("Microsoft.Storage.BlobCreated")
        .unwrap()
        .is_decoded()
    {
        return;
    }
    let eg: eventgrid_types::EventGridEvent =
        serde_json::from_value(doc["eventgrid"][0].clone()).unwrap();
    let decoded = SystemEvent::decode(&eg.view()).unwrap();
    assert_eq!(decoded.event.event_type(), "Microsoft.Storage.BlobCreated");
    let typed: SystemEvent = eg.decode().unwrap();
    assert_eq!(typed, decoded.event);

    let ce = eventgrid_types::json::Decoder::new()
        .from_str(&doc["cloudevents"][0].to_string())
        .unwrap();
    let decoded = SystemEvent::decode_known(&ce.view()).unwrap();
    assert_eq!(decoded.event.event_type(), "Microsoft.Storage.BlobDeleted");
    assert!(decoded.tolerated().is_empty());
}
