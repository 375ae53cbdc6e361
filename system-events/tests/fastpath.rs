//! The one-pass decode (`FromEvent::deserialize_data`, used by `json::decode_batch` when an
//! event's `type` precedes its `data`) gives exactly what `SystemEvent::decode` gives: for
//! payloads that fit, straight from the parser; for a payload with a member of the wrong
//! shape, by falling back to the tolerant two-pass decode.

use std::path::PathBuf;

use eventgrid_system_events::{SystemEvent, catalog};
use eventgrid_types::{FromEvent, json};
use serde_json::Value;

/// One structured CloudEvent, written by hand so `type` comes before `data`.
fn cloud_event(id: usize, event_type: &str, data: &str) -> String {
    format!(
        r#"{{"specversion":"1.0","id":"{id}","source":"/test","type":{},"datacontenttype":"application/json","data":{data}}}"#,
        serde_json::to_string(event_type).unwrap()
    )
}

fn batch(events: &[(String, String)]) -> Vec<u8> {
    let items: Vec<String> = events
        .iter()
        .enumerate()
        .map(|(i, (ty, data))| cloud_event(i, ty, data))
        .collect();
    format!("[{}]", items.join(",")).into_bytes()
}

/// The one-pass decode of one payload.
fn strict(event_type: &str, data: &str) -> Result<SystemEvent, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(data);
    SystemEvent::deserialize_data(event_type, &mut de)
}

/// `decode_batch` and, per event, `SystemEvent::decode` of the same batch.
fn both_ways(bytes: &[u8]) -> (Vec<SystemEvent>, Vec<eventgrid_system_events::Decoded>) {
    let batch: Vec<SystemEvent> = json::decode_batch::<SystemEvent>(bytes)
        .unwrap()
        .into_iter()
        .map(|r| r.unwrap())
        .collect();
    let each = json::batch_from_slice(bytes)
        .unwrap()
        .into_iter()
        .map(|event| SystemEvent::decode(&event.unwrap().view()).unwrap())
        .collect();
    (batch, each)
}

/// Every CloudEvents sample of `tests/data`, as (type, data text).
fn samples() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|f| f.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        for event in doc["cloudevents"].as_array().unwrap() {
            let ty = event["type"].as_str().unwrap().to_owned();
            out.push((ty, event["data"].to_string()));
        }
    }
    out
}

#[test]
fn fast_path_is_offered_for_exactly_the_typed_variants() {
    for info in catalog::all() {
        let offered = SystemEvent::has_data_fast_path(info.name());
        assert_eq!(offered, info.is_decoded(), "{}", info.name());
        let upper = info.name().to_ascii_uppercase();
        assert_eq!(SystemEvent::has_data_fast_path(&upper), offered, "{upper}");
    }
    assert!(!SystemEvent::has_data_fast_path(
        "Contoso.Items.ItemReceived"
    ));
    assert!(strict("Contoso.Items.ItemReceived", "{}").is_err());
}

#[test]
fn a_batch_that_fits_decodes_in_one_pass_as_decode_does() {
    let mut events = samples();
    // Case of the type does not matter; unknown types stay raw.
    let (ty, data) = events[0].clone();
    events.push((ty.to_ascii_lowercase(), data));
    events.push((
        "Contoso.Items.ItemReceived".into(),
        r#"{"itemSku":"x","n":[1]}"#.into(),
    ));
    for (ty, data) in &events {
        let two_pass = SystemEvent::decode_data(ty, Some(eventgrid_types::DataRef::Json(data)))
            .unwrap_or_else(|e| panic!("{ty}: {e}"));
        assert!(two_pass.tolerated().is_empty(), "{ty}: sample does not fit");
        if SystemEvent::has_data_fast_path(ty) {
            // The path `decode_batch` takes for this event, on its own.
            let one_pass = strict(ty, data).unwrap_or_else(|e| panic!("{ty}: {e}"));
            assert_eq!(one_pass, two_pass.event, "{ty}");
        }
    }
    let bytes = batch(&events);
    let (batch, each) = both_ways(&bytes);
    assert_eq!(batch.len(), events.len());
    for ((got, want), (ty, _)) in batch.iter().zip(&each).zip(&events) {
        assert_eq!(got, &want.event, "{ty}");
    }
    assert!(matches!(batch.last(), Some(SystemEvent::Unknown(_))));
}

#[cfg(feature = "storage")]
#[test]
fn an_ill_shaped_member_falls_back_to_the_tolerant_decode() {
    use eventgrid_system_events::SystemEventNames;

    let created = SystemEventNames::STORAGE_BLOB_CREATED;
    let good =
        r#"{"api":"PutBlob","contentLength":"524288","url":"https://a.blob.core.windows.net/c/b"}"#;
    let bad = r#"{"api":"PutBlob","contentLength":{"bytes":524288},"url":"https://a.blob.core.windows.net/c/b"}"#;
    // Numbers as strings still fit the one-pass decode; a member of the wrong shape does not.
    let SystemEvent::StorageBlobCreated(blob) = strict(created, good).unwrap() else {
        panic!("not BlobCreated")
    };
    assert_eq!(blob.content_length, Some(524_288));
    assert!(strict(created, bad).is_err());

    let events = vec![
        (created.to_owned(), good.to_owned()),
        (created.to_owned(), bad.to_owned()),
        (
            SystemEventNames::STORAGE_BLOB_DELETED.to_owned(),
            good.to_owned(),
        ),
    ];
    let bytes = batch(&events);
    let (batch, each) = both_ways(&bytes);
    assert_eq!(batch.len(), 3);
    for (got, want) in batch.iter().zip(&each) {
        assert_eq!(got, &want.event);
    }
    assert_eq!(each[1].tolerated().len(), 1);
    assert_eq!(
        each[1].tolerated()[0].data_member().unwrap().path(),
        "contentLength"
    );
    let SystemEvent::StorageBlobCreated(blob) = &batch[1] else {
        panic!("not BlobCreated")
    };
    assert_eq!(blob.content_length, None);
    assert_eq!(blob.api.as_deref(), Some("PutBlob"));
    assert!(blob.url.is_some());
}

/// Upstream types the Event Hubs capture sequence numbers as int32; every integer field is
/// an `i64`, so real (64-bit) sequence numbers decode on both paths.
#[cfg(feature = "eventhub")]
#[test]
fn sequence_numbers_beyond_int32() {
    use eventgrid_system_events::SystemEventNames;

    let ty = SystemEventNames::EVENT_HUB_CAPTURE_FILE_CREATED;
    let data = r#"{"partitionId":"0","firstSequenceNumber":4294967296,"lastSequenceNumber":"9007199254740993"}"#;
    let events = vec![(ty.to_owned(), data.to_owned())];
    let (batch, each) = both_ways(&batch(&events));
    assert_eq!(batch[0], each[0].event);
    assert!(each[0].tolerated().is_empty());
    let SystemEvent::EventHubCaptureFileCreated(capture) = &batch[0] else {
        panic!("not CaptureFileCreated")
    };
    assert_eq!(capture.first_sequence_number, Some(4_294_967_296));
    assert_eq!(capture.last_sequence_number, Some(9_007_199_254_740_993));
}

#[test]
#[cfg(feature = "storage")]
fn a_type_repeated_after_the_data_is_decoded_as_the_two_pass_decode_reads_it() {
    use eventgrid_system_events::SystemEventNames as Names;
    use eventgrid_types::DecodeErrorKind;

    let body = format!(
        r#"[{{"specversion":"1.0","id":"1","source":"/s","type":"{}","data":{{"api":"PutBlob"}},"type":"{}"}}]"#,
        Names::STORAGE_BLOB_CREATED,
        Names::STORAGE_BLOB_DELETED
    );
    // A lenient decoder keeps the last `type`, so the data is a BlobDeleted payload, in
    // one pass or two.
    let lenient = json::Decoder::new().lenient();
    let owned = lenient
        .batch_from_slice(body.as_bytes())
        .unwrap()
        .remove(0)
        .unwrap();
    assert_eq!(owned.ty(), Names::STORAGE_BLOB_DELETED);
    let is_deleted = |event: &SystemEvent| matches!(event, SystemEvent::StorageBlobDeleted(_));
    let typed = lenient
        .decode_batch::<SystemEvent>(body.as_bytes())
        .unwrap();
    assert!(is_deleted(typed[0].as_ref().unwrap()), "{typed:?}");
    let one = &body[1..body.len() - 1];
    let single: SystemEvent = lenient.decode(one.as_bytes()).unwrap();
    assert!(is_deleted(&single), "{single:?}");
    // A strict decoder refuses the repeated attribute.
    let strict = json::decode_batch::<SystemEvent>(body.as_bytes()).unwrap();
    assert!(matches!(
        strict[0].as_ref().unwrap_err().kind(),
        DecodeErrorKind::DuplicateAttribute(name) if name == "type"
    ));

    // The Event Grid schema reads the last `eventType` too.
    let grid = format!(
        r#"[{{"id":"1","eventType":"{}","subject":"s","eventTime":"2026-11-25T10:00:00Z","data":{{"api":"PutBlob"}},"dataVersion":"1","eventType":"{}"}}]"#,
        Names::STORAGE_BLOB_CREATED,
        Names::STORAGE_BLOB_DELETED
    );
    let typed = eventgrid_types::event_grid::decode::<SystemEvent>(grid.as_bytes()).unwrap();
    assert!(is_deleted(typed[0].as_ref().unwrap()), "{typed:?}");

    // A lenient decoder adopts a misspelled `datacontenttype`, before or after the data;
    // the one pass gives way so both read the data as the two-pass decode does (an object
    // under a non-JSON media type stays JSON).
    for at_end in [false, true] {
        let media = r#""datacontentTYPE":"text/x""#;
        let data = r#""data":{"api":"PutBlob"}"#;
        let (first, second) = if at_end { (data, media) } else { (media, data) };
        let body = format!(
            r#"[{{"specversion":"1.0","id":"1","source":"/s","type":"{}",{first},{second}}}]"#,
            Names::STORAGE_BLOB_DELETED
        );
        let owned = lenient
            .batch_from_slice(body.as_bytes())
            .unwrap()
            .remove(0)
            .unwrap();
        let typed = lenient
            .decode_batch::<SystemEvent>(body.as_bytes())
            .unwrap();
        assert_eq!(
            typed[0].as_ref().unwrap(),
            &owned.decode::<SystemEvent>().unwrap(),
            "{body}"
        );
    }
}
