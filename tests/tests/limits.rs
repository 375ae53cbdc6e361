//! Resource limits: a size limit on every JSON decoder, checked before parsing, and deep
//! nesting (100,000 levels) that ends in a clear error or is kept raw, never a stack
//! overflow. Test threads have 2 MiB stacks, less than a main thread's 8 MiB, so passing
//! here (in debug and with `--release`) leaves headroom in real servers.

use eventgrid_system_events::SystemEvent;
use eventgrid_types::error::DecodeErrorKind;
use eventgrid_types::json::{Decoder, Limits, MAX_EVENT_BYTES};
use eventgrid_types::{CloudEvent, DecodeError, binary, event_grid, json, namespace};

const DEPTH: usize = 100_000;

fn arrays(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

fn objects(depth: usize) -> String {
    format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth))
}

fn event_with(members: &str) -> String {
    format!(r#"{{"specversion":"1.0","id":"1","source":"/s","type":"t"{members}}}"#)
}

fn assert_too_large(result: Result<impl std::fmt::Debug, DecodeError>, limit: usize) {
    let error = result.expect_err("an oversize body is refused");
    match error.kind() {
        DecodeErrorKind::TooLarge { limit: l, size, .. } => {
            assert_eq!(*l, limit);
            assert!(*size > limit);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    assert!(
        error.to_string().contains("over the limit of"),
        "unclear message: {error}"
    );
}

// ---------------------------------------------------------------------------------------------
// Size limits
// ---------------------------------------------------------------------------------------------

/// A body over the limit is refused by its size alone: the bytes past the limit are not even
/// JSON, and the error is still `TooLarge`, not a parse error.
#[test]
fn oversize_bodies_are_refused_before_parsing() {
    let limits = Limits {
        max_bytes: 64,
        max_events: 10,
    };
    let decoder = Decoder::new().with_limits(limits);
    let body = vec![b'{'; 65];
    let text = "{".repeat(65);
    assert_too_large(json::from_slice_with(&body, &limits), 64);
    assert_too_large(json::batch_from_slice_with(&body, &limits), 64);
    assert_too_large(decoder.from_slice(&body), 64);
    assert_too_large(decoder.lenient().from_slice(&body), 64);
    assert_too_large(decoder.from_str(&text), 64);
    assert_too_large(decoder.from_str_borrowed(&text), 64);
    assert_too_large(decoder.batch_from_slice(&body), 64);
    assert_too_large(decoder.batch_from_str_borrowed(&text), 64);
    assert_too_large(decoder.decode::<CloudEvent>(&body), 64);
    assert_too_large(decoder.decode_batch::<SystemEvent>(&body), 64);
    assert_too_large(event_grid::from_slice_with(&body, &limits), 64);
    // Exactly at the limit is parsed (and here fails as JSON).
    assert!(matches!(
        json::from_slice_with(&body[..64], &limits)
            .unwrap_err()
            .kind(),
        DecodeErrorKind::Json(_)
    ));
}

/// The default decoders apply Event Grid's own limit of 1 MiB.
#[test]
fn default_limit_is_one_mebibyte() {
    let body = vec![b' '; MAX_EVENT_BYTES + 1];
    assert_too_large(json::from_slice(&body), MAX_EVENT_BYTES);
    assert_too_large(json::batch_from_slice(&body), MAX_EVENT_BYTES);
    assert_too_large(json::decode::<SystemEvent>(&body), MAX_EVENT_BYTES);
    assert_too_large(json::decode_batch::<SystemEvent>(&body), MAX_EVENT_BYTES);
    assert_too_large(event_grid::from_slice(&body), MAX_EVENT_BYTES);
    assert_too_large(event_grid::decode::<SystemEvent>(&body), MAX_EVENT_BYTES);

    // A real event just over the limit, too.
    let big = event_with(&format!(r#","data":"{}""#, "x".repeat(MAX_EVENT_BYTES)));
    assert_too_large(json::from_slice(big.as_bytes()), MAX_EVENT_BYTES);
    // And `Limits::unlimited` lifts it.
    assert!(json::from_slice_with(big.as_bytes(), &Limits::unlimited()).is_ok());
}

#[test]
fn too_many_events_is_a_clear_error() {
    let limits = Limits {
        max_bytes: usize::MAX,
        max_events: 3,
    };
    let event = event_with("");
    let batch = format!("[{}]", [event.as_str(); 4].join(","));
    let error = json::batch_from_slice_with(batch.as_bytes(), &limits).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::TooManyEvents { limit: 3 }),
        "{error:?}"
    );
    let error = Decoder::new()
        .with_limits(limits)
        .decode_batch::<SystemEvent>(batch.as_bytes())
        .unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::TooManyEvents { limit: 3 }),
        "{error:?}"
    );
    let three = format!("[{}]", [event.as_str(); 3].join(","));
    assert_eq!(
        json::batch_from_slice_with(three.as_bytes(), &limits)
            .unwrap()
            .len(),
        3
    );

    let eg = r#"{"id":"1","subject":"s","eventType":"t","eventTime":"2024-01-01T00:00:00Z","data":{},"dataVersion":"1"}"#;
    let eg_batch = format!("[{}]", [eg; 4].join(","));
    let error = event_grid::from_slice_with(eg_batch.as_bytes(), &limits).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::TooManyEvents { .. }),
        "{error:?}"
    );

    // The default: 5,000 events.
    let many = format!("[{}]", vec!["{}"; 5_001].join(","));
    let error = json::batch_from_slice(many.as_bytes()).unwrap_err();
    assert!(
        matches!(
            error.kind(),
            DecodeErrorKind::TooManyEvents { limit: 5_000 }
        ),
        "{error:?}"
    );
}

/// A namespace receive body holds events that each decode with the default limit: an event
/// over 1 MiB is that item's error, and the others still decode.
///
/// (The receive body as a whole has no limit of its own: `decode_receive` takes no
/// `Limits`. See the report on issue 6.)
#[test]
fn namespace_receive_limits_each_event() {
    let big = event_with(&format!(r#","data":"{}""#, "x".repeat(MAX_EVENT_BYTES)));
    let small = event_with("");
    let body = format!(
        r#"{{"value":[{{"brokerProperties":{{"lockToken":"a","deliveryCount":1}},"event":{big}}},
                      {{"brokerProperties":{{"lockToken":"b","deliveryCount":1}},"event":{small}}}]}}"#
    );
    let batch = namespace::decode_receive(body.as_bytes()).unwrap();
    assert_eq!(batch.items.len(), 2);
    match &batch.items[0].event {
        Err(error) => assert!(
            matches!(error.kind(), DecodeErrorKind::TooLarge { .. }),
            "{error:?}"
        ),
        Ok(_) => panic!("an event over 1 MiB was accepted"),
    }
    assert!(batch.items[1].event.is_ok());
}

/// A receive body over the service's own bound is refused before parsing, as a whole.
#[test]
fn namespace_receive_limits_the_body() {
    let body = vec![b' '; namespace::MAX_RECEIVE_BYTES + 1];
    assert_too_large(
        namespace::decode_receive(&body),
        namespace::MAX_RECEIVE_BYTES,
    );
}

/// Binary mode refuses a body over the limit before reading it, typed or not.
#[test]
fn binary_mode_limits_the_body() {
    let headers = [
        ("ce-specversion", "1.0"),
        ("ce-id", "1"),
        ("ce-source", "/s"),
        ("ce-type", "t"),
    ];
    let pairs = || headers.iter().map(|(n, v)| (*n, v.as_bytes()));
    let body = vec![b'x'; MAX_EVENT_BYTES + 1];
    assert_too_large(binary::decode(pairs(), &body), MAX_EVENT_BYTES);
    assert_too_large(
        binary::decode_typed::<CloudEvent, _>(pairs(), &body),
        MAX_EVENT_BYTES,
    );
    let small = Limits {
        max_bytes: 8,
        ..Limits::default()
    };
    assert_too_large(binary::decode_with(pairs(), b"123456789", &small), 8);
    assert!(binary::decode_with(pairs(), b"12345678", &small).is_ok());
}

// ---------------------------------------------------------------------------------------------
// Deep nesting
// ---------------------------------------------------------------------------------------------

fn ok_or_clear_error<T>(what: &str, result: Result<T, DecodeError>) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(error) => {
            let message = error.to_string();
            assert!(!message.is_empty(), "{what}: empty error message");
            None
        }
    }
}

/// Every item of a batch result is an error (or the whole batch is).
fn all_errors<T>(what: &str, result: Result<Vec<Result<T, DecodeError>>, DecodeError>) {
    match result {
        Err(error) => assert!(!error.to_string().is_empty(), "{what}"),
        Ok(items) => {
            for item in items {
                let error = item
                    .err()
                    .unwrap_or_else(|| panic!("{what}: an item decoded"));
                assert!(!error.to_string().is_empty(), "{what}");
            }
        }
    }
}

/// The top level of every decoder: 100,000 nested arrays (or objects) is a JSON error
/// (serde_json's recursion limit), not a stack overflow. A batch decoder reads the outer
/// array and gives the inner value its own error (it is not an event).
#[test]
fn deep_nesting_at_the_top_level() {
    for body in [arrays(DEPTH), objects(DEPTH)] {
        let bytes = body.as_bytes();
        for (what, result) in [
            ("from_slice", json::from_slice(bytes).map(drop)),
            (
                "lenient from_slice",
                Decoder::new().lenient().from_slice(bytes).map(drop),
            ),
            ("decode", json::decode::<SystemEvent>(bytes).map(drop)),
            ("decode_receive", namespace::decode_receive(bytes).map(drop)),
            (
                "decode_receive_typed",
                namespace::decode_receive_typed::<SystemEvent>(bytes).map(drop),
            ),
        ] {
            let error = result.expect_err(what);
            assert!(!error.to_string().is_empty(), "{what}");
        }
        assert!(matches!(
            eventgrid_types::webhook::SubscriptionValidation::from_body(bytes),
            Ok(None) | Err(_)
        ));
        all_errors("batch_from_slice", json::batch_from_slice(bytes));
        all_errors(
            "lenient batch_from_slice",
            Decoder::new().lenient().batch_from_slice(bytes),
        );
        all_errors("decode_batch", json::decode_batch::<SystemEvent>(bytes));
        all_errors(
            "batch_from_str_borrowed",
            Decoder::new().batch_from_str_borrowed(&body),
        );
        all_errors("event_grid", event_grid::from_slice(bytes));
        all_errors(
            "event_grid::decode",
            event_grid::decode::<SystemEvent>(bytes),
        );
    }
}

/// Deep `data` is kept raw: the event decodes and re-encodes, and only a typed view that
/// parses the data meets the recursion limit, as an error.
#[test]
fn deep_nesting_in_data_is_kept_raw() {
    for nested in [arrays(DEPTH), objects(DEPTH)] {
        let body = event_with(&format!(r#","data":{nested}"#));
        let event = json::from_slice(body.as_bytes()).expect("deep data is kept raw");
        let again = json::to_vec(&event).expect("and re-encodes");
        assert_eq!(json::from_slice(&again).unwrap(), event);
        let _ = ok_or_clear_error(
            "to_typed Value",
            event.data().unwrap().to_typed::<serde_json::Value>(),
        );
        let _ = SystemEvent::decode(&event.view()).map(|d| d.event.data_to_value());
        // Into a typed event straight from the bytes, and through a batch.
        let _ = ok_or_clear_error("decode", json::decode::<SystemEvent>(body.as_bytes()));
        let batch = format!("[{body},{body}]");
        let unlimited = Decoder::new().with_limits(Limits::unlimited());
        for result in unlimited
            .decode_batch::<SystemEvent>(batch.as_bytes())
            .unwrap()
        {
            let _ = ok_or_clear_error("decode_batch item", result);
        }
        let events = unlimited.batch_from_slice(batch.as_bytes()).unwrap();
        assert!(events.iter().all(Result::is_ok));
        // Binary mode: the same data as a JSON body.
        let headers = [
            ("ce-specversion", &b"1.0"[..]),
            ("ce-id", b"1"),
            ("ce-source", b"/s"),
            ("ce-type", b"t"),
            ("content-type", b"application/json"),
        ];
        let _ = ok_or_clear_error("binary", binary::decode(headers, nested.as_bytes()));
        let _ = ok_or_clear_error(
            "binary typed",
            binary::decode_typed::<SystemEvent, _>(headers, nested.as_bytes()),
        );
        // Namespace receive: the event inside the response.
        let receive = format!(
            r#"{{"value":[{{"brokerProperties":{{"lockToken":"a","deliveryCount":1}},"event":{body}}}]}}"#
        );
        if let Some(batch) = ok_or_clear_error(
            "decode_receive",
            namespace::decode_receive(receive.as_bytes()),
        ) {
            for item in batch.items {
                let _ = ok_or_clear_error("decode_receive item", item.event);
            }
        }
        let _ = namespace::decode_receive_typed::<SystemEvent>(receive.as_bytes());
    }
}

#[test]
fn deep_nesting_in_extension_values_is_an_error() {
    for nested in [arrays(DEPTH), objects(DEPTH)] {
        let body = event_with(&format!(r#","ext":{nested}"#));
        let error = json::from_slice(body.as_bytes()).expect_err("strict");
        assert!(!error.to_string().is_empty());
        let error = Decoder::new()
            .lenient()
            .from_slice(body.as_bytes())
            .expect_err("lenient");
        assert!(!error.to_string().is_empty());
        // In a batch, it is that event's error.
        let batch = format!("[{body},{}]", event_with(""));
        let unlimited = Decoder::new().with_limits(Limits::unlimited());
        let results = unlimited.batch_from_slice(batch.as_bytes()).unwrap();
        assert!(results[0].is_err());
        assert!(results[1].is_ok());
        let results = unlimited
            .decode_batch::<SystemEvent>(batch.as_bytes())
            .unwrap();
        assert!(results[0].is_err());
        assert!(results[1].is_ok());
        // And in any other attribute.
        for attribute in ["id", "time", "subject", "datacontenttype", "data_base64"] {
            let body = format!(
                r#"{{"specversion":"1.0","{attribute}":{nested},"id":"1","source":"/s","type":"t"}}"#
            );
            assert!(json::from_slice(body.as_bytes()).is_err(), "{attribute}");
        }
    }
}

#[test]
fn deep_nesting_in_event_grid_data() {
    for nested in [arrays(DEPTH), objects(DEPTH)] {
        let body = format!(
            r#"[{{"id":"1","subject":"s","eventType":"Microsoft.Storage.BlobCreated","eventTime":"2024-01-01T00:00:00Z","data":{nested},"dataVersion":"1"}},
                {{"id":"2","subject":"s","eventType":"Contoso.Unknown","eventTime":"2024-01-01T00:00:00Z","data":{nested},"dataVersion":"1","extra":{nested}}}]"#
        );
        let events = event_grid::from_slice_with(body.as_bytes(), &Limits::unlimited())
            .expect("deep data is kept raw");
        for event in events {
            if let Some(event) = ok_or_clear_error("event grid item", event) {
                let _ = ok_or_clear_error("to_cloud_event", event.to_cloud_event());
                let _ = SystemEvent::decode(&event.view()).map(|d| d.event.data_to_value());
                let _ = event_grid::to_vec(&[event]);
            }
        }
        // The webhook handshake reads the validation event's data.
        let validation = format!(
            r#"[{{"id":"1","eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","data":{nested}}}]"#
        );
        assert!(
            eventgrid_types::webhook::SubscriptionValidation::from_body(validation.as_bytes())
                .is_err()
        );
        // The typed decoder has no `_with` form; within the default limit, one event.
        let one = format!(
            r#"[{{"id":"1","subject":"s","eventType":"Microsoft.Storage.BlobCreated","eventTime":"2024-01-01T00:00:00Z","data":{nested},"dataVersion":"1"}}]"#
        );
        for result in event_grid::decode::<SystemEvent>(one.as_bytes()).unwrap() {
            let _ = ok_or_clear_error("event grid typed", result);
        }
    }
}

/// System-event payloads: deep nesting in the data and inside one member of it (where the
/// lenient payload decoder would try to drop the member and go on).
#[test]
fn deep_nesting_in_system_event_payloads() {
    for nested in [arrays(DEPTH), objects(DEPTH)] {
        for data in [
            nested.clone(),
            format!(r#"{{"api":"PutBlob","url":"https://x/y","storageDiagnostics":{nested}}}"#),
            format!(r#"{{"api":{nested},"url":"https://x/y"}}"#),
            format!(r#"{{"validationCode":"x","validationUrl":{nested}}}"#),
        ] {
            for kind in [
                "Microsoft.Storage.BlobCreated",
                "Microsoft.EventGrid.SubscriptionValidationEvent",
                "Microsoft.Resources.ResourceWriteSuccess",
                "Contoso.Unknown",
            ] {
                let body = event_with(&format!(r#","data":{data}"#))
                    .replace(r#""type":"t""#, &format!(r#""type":"{kind}""#));
                let event = json::from_slice(body.as_bytes()).expect("kept raw");
                if let Ok(decoded) = SystemEvent::decode(&event.view()) {
                    let _ = decoded.event.data_to_value();
                }
                let _ = ok_or_clear_error("typed", json::decode::<SystemEvent>(body.as_bytes()));
                let _ = SystemEvent::decode_data(kind, Some(eventgrid_types::DataRef::Text(&data)));
            }
        }
    }
}

/// A body over an event's limit is not read as a validation handshake; a validation event
/// whose type is written with JSON escapes still is.
#[test]
fn webhook_validation_reads_small_bodies_only() {
    use eventgrid_types::webhook::SubscriptionValidation;
    let escaped = br#"[{"id":"1","eventType":"Microsoft.EventGrid.SubscriptionValidation\u0045vent","data":{"validationCode":"c"}}]"#;
    let found = SubscriptionValidation::from_body(escaped)
        .unwrap()
        .expect("recognised");
    assert_eq!(found.validation_code, "c");
    let mut big = escaped.to_vec();
    big.extend(std::iter::repeat_n(b' ', MAX_EVENT_BYTES));
    assert!(SubscriptionValidation::from_body(&big).unwrap().is_none());
}
