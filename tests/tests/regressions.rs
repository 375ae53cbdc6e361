//! Inputs kept from fuzzing (`fuzz/README.md`, section Reliability): each must decode to
//! `Ok` or a typed error, never panic.
//!
//! The fuzz runs recorded in `fuzz/README.md` found no crash. The inputs below are the edge
//! cases the fuzzers and the property tests kept returning to, kept so that a change to the
//! decoders meets them in every `cargo test`; a crash found later goes here too, with the
//! input as bytes and the target that found it.

use eventgrid_system_events::SystemEvent;
use eventgrid_types::{DataRef, Timestamp, binary, event_grid, json, namespace, percent};

/// Every byte decoder on one input; returns how many of them said `Ok`.
fn decode_everything(bytes: &[u8]) -> usize {
    let results = [
        json::from_slice(bytes).is_ok(),
        json::Decoder::new().lenient().from_slice(bytes).is_ok(),
        json::decode::<SystemEvent>(bytes).is_ok(),
        json::batch_from_slice(bytes).is_ok(),
        json::Decoder::new()
            .lenient()
            .batch_from_slice(bytes)
            .is_ok(),
        json::decode_batch::<SystemEvent>(bytes).is_ok(),
        event_grid::from_slice(bytes).is_ok(),
        event_grid::decode::<SystemEvent>(bytes).is_ok(),
        namespace::decode_receive(bytes).is_ok(),
        percent::decode(bytes).is_ok(),
    ];
    results.iter().filter(|ok| **ok).count()
}

#[test]
fn json_edge_cases() {
    for input in [
        &b""[..],
        b"\xef\xbb\xbf{}",
        b"[",
        b"[{}",
        b"[{},]",
        b"[null]",
        b"{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"data\":1e999}",
        b"{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"ext\":-2147483649}",
        b"{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"ext\":2147483647.0}",
        b"{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"data_base64\":\"=\"}",
        b"{\"specversion\":\"1.0\",\"id\":\"\\ud800\",\"source\":\"/s\",\"type\":\"t\"}",
        b"{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"time\":\"9999-12-31T23:59:60-23:59\"}",
        b"{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"Microsoft.Storage.BlobCreated\",\"data\":{\"contentLength\":1e400}}",
        b"[{\"id\":\"1\",\"subject\":\"s\",\"eventType\":\"Microsoft.Storage.BlobCreated\",\"eventTime\":\"0000-01-01T00:00:00+23:59\",\"data\":{},\"dataVersion\":\"1\"}]",
        b"{\"value\":[{\"brokerProperties\":{\"lockToken\":\"t\",\"deliveryCount\":\"99999999999999999999\"},\"event\":{}}]}",
    ] {
        let _ = decode_everything(input);
    }
}

#[test]
fn header_value_edge_cases() {
    for value in [
        &b"\""[..],
        b"\"\\",
        b"\"\\\"",
        b"\"a\"b",
        b"%",
        b"%%",
        b"%4",
        b"%C0%A0",
        b"%ED%A0%80",
        b"\xff",
    ] {
        assert!(percent::decode(value).is_err(), "{value:?}");
        let headers = [
            ("ce-specversion", &b"1.0"[..]),
            ("ce-id", value),
            ("ce-source", b"/s"),
            ("ce-type", b"t"),
        ];
        assert!(binary::decode(headers, b"").is_err(), "{value:?}");
    }
}

#[test]
fn timestamp_edge_cases() {
    for text in [
        "0000-01-01T00:00:60+00:01",
        "9999-12-31T23:59:60Z",
        "9999-12-31T23:59:59.999999999-23:59",
        "0000-01-01T00:00:00+23:59",
        "2016-12-31T23:59:60.5Z",
        "-0001-01-01T00:00:00Z",
        "2024-02-29T24:00:00Z",
        "2024-02-29T23:59:59.1234567890Z",
    ] {
        if let Ok(ts) = Timestamp::parse(text) {
            let _ = ts.to_offset_date_time();
            let _ = ts.to_canonical();
            assert_eq!(Timestamp::parse(ts.as_str()).unwrap(), ts);
        }
    }
}

#[test]
fn system_event_payload_edge_cases() {
    for data in [
        "null",
        " null ",
        "[]",
        "\"\"",
        "{\"contentLength\":-1}",
        "{\"contentLength\":18446744073709551616}",
        "{\"contentLength\":1.5}",
        "{\"api\":{},\"api\":1}",
        "{\"storageDiagnostics\":[]}",
    ] {
        for kind in [
            "Microsoft.Storage.BlobCreated",
            "microsoft.storage.blobcreated",
            "Microsoft.EventGrid.SubscriptionValidationEvent",
        ] {
            let _ = SystemEvent::decode_data(kind, Some(DataRef::Json(data)));
            let _ = SystemEvent::decode_data(kind, Some(DataRef::Text(data)));
            let _ = SystemEvent::decode_data(kind, Some(DataRef::Binary(data.as_bytes())));
        }
    }
}
