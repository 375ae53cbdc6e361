//! Bad input: each case is a typed error naming what is wrong, never a panic.

use eventgrid_types::error::{DecodeErrorKind, HeaderError};
use eventgrid_types::validate::Rule;
use eventgrid_types::{CloudEvent, EncodeError, binary, event_grid, json};

fn kind(body: &[u8]) -> DecodeErrorKind {
    json::from_slice(body).unwrap_err().into_kind()
}

#[test]
fn malformed_json_names_the_position() {
    let error = json::from_slice(b"{\"id\": }").unwrap_err();
    assert!(matches!(error.kind(), DecodeErrorKind::Json(_)));
    assert!(error.to_string().contains("line 1 column 8"), "{error}");
    assert!(matches!(
        json::batch_from_slice(b"[{}, ").unwrap_err().kind(),
        DecodeErrorKind::Json(_)
    ));
    assert!(matches!(
        json::from_slice(b"").unwrap_err().kind(),
        DecodeErrorKind::Json(_)
    ));
    assert!(matches!(
        json::from_slice(&[0xff, 0xfe]).unwrap_err().kind(),
        DecodeErrorKind::Json(_)
    ));
    // A batch that is not UTF-8 is read as bytes, so the error still says where.
    let error = json::batch_from_slice(b"[{\"id\":\"\xff\"}]").unwrap_err();
    assert!(matches!(error.kind(), DecodeErrorKind::Json(_)));
    assert!(error.to_string().contains("line 1 column"), "{error}");
}

#[test]
fn wrong_json_type_per_attribute() {
    for (attribute, body) in [
        (
            "id",
            r#"{"specversion":"1.0","id":1,"source":"/s","type":"t"}"#,
        ),
        (
            "source",
            r#"{"specversion":"1.0","id":"1","source":true,"type":"t"}"#,
        ),
        (
            "type",
            r#"{"specversion":"1.0","id":"1","source":"/s","type":["t"]}"#,
        ),
        (
            "subject",
            r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","subject":{}}"#,
        ),
        (
            "time",
            r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","time":0}"#,
        ),
        (
            "datacontenttype",
            r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","datacontenttype":1}"#,
        ),
        (
            "data_base64",
            r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","data_base64":5}"#,
        ),
    ] {
        match kind(body.as_bytes()) {
            DecodeErrorKind::WrongType { attribute: a, .. } => assert_eq!(a, attribute),
            other => panic!("{attribute}: {other:?}"),
        }
    }
    assert!(matches!(
        kind(br#"{"specversion":1.0,"id":"1","source":"/s","type":"t"}"#),
        DecodeErrorKind::WrongType { .. }
    ));
}

#[test]
fn both_data_members() {
    let body =
        br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","data":1,"data_base64":"AA=="}"#;
    assert!(matches!(kind(body), DecodeErrorKind::DataAndDataBase64));
}

#[test]
fn other_spec_versions() {
    for version in ["0.3", "1.0.2", "2.0", ""] {
        let body = format!(r#"{{"specversion":"{version}","id":"1","source":"/s","type":"t"}}"#);
        let k = kind(body.as_bytes());
        assert!(
            matches!(
                k,
                DecodeErrorKind::UnsupportedSpecVersion(_) | DecodeErrorKind::EmptyAttribute(_)
            ),
            "{k:?}"
        );
    }
}

#[test]
fn duplicate_attributes() {
    let body =
        br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","tenant":"a","tenant":"b"}"#;
    assert!(matches!(kind(body), DecodeErrorKind::DuplicateAttribute(name) if name == "tenant"));
    let headers = [
        ("ce-specversion", "1.0"),
        ("ce-id", "1"),
        ("CE-ID", "2"),
        ("ce-source", "/s"),
        ("ce-type", "t"),
    ];
    let error = binary::decode(headers.iter().map(|(n, v)| (*n, v.as_bytes())), b"").unwrap_err();
    assert!(
        matches!(
            error.kind(),
            DecodeErrorKind::InvalidHeader {
                reason: HeaderError::Duplicate,
                ..
            }
        ),
        "{error}"
    );
}

#[test]
fn header_values_with_cr_lf() {
    // Long values too: the usual printable-ASCII value is checked 16 bytes at a time.
    let long = format!("{}\u{1}{}", "a".repeat(33), "b".repeat(6));
    for value in ["a\rb", "a\nb", "a\u{0}b", "a\u{7f}b", &long] {
        let headers = [
            ("ce-specversion", "1.0"),
            ("ce-id", value),
            ("ce-source", "/s"),
            ("ce-type", "t"),
        ];
        let error =
            binary::decode(headers.iter().map(|(n, v)| (*n, v.as_bytes())), b"").unwrap_err();
        assert!(error.to_string().starts_with("header `ce-id`"), "{error}");
    }
}

#[test]
fn oversize_event_and_batch_are_refused_when_decoding() {
    let big = format!(
        r#"{{"specversion":"1.0","id":"1","source":"/s","type":"t","data":"{}"}}"#,
        "x".repeat(1 << 20)
    );
    assert!(matches!(
        kind(big.as_bytes()),
        DecodeErrorKind::TooLarge { what: "event", .. }
    ));
    let batch = format!("[{big}]");
    let error = json::batch_from_slice(batch.as_bytes()).unwrap_err();
    assert!(matches!(
        error.kind(),
        DecodeErrorKind::TooLarge { what: "batch", .. }
    ));
    let limits = json::Limits::unlimited();
    assert!(json::from_slice_with(big.as_bytes(), &limits).is_ok());
    let error = event_grid::from_slice(batch.as_bytes()).unwrap_err();
    assert!(matches!(error.kind(), DecodeErrorKind::TooLarge { .. }));
}

#[test]
fn too_many_events_when_decoding() {
    let one = r#"{"specversion":"1.0","id":"1","source":"/s","type":"t"}"#;
    let body = format!("[{}]", [one; 11].join(","));
    let limits = json::Limits {
        max_events: 10,
        ..json::Limits::default()
    };
    let error = json::batch_from_slice_with(body.as_bytes(), &limits).unwrap_err();
    assert_eq!(error.to_string(), "batch has more than 10 events");
}

fn violations(error: EncodeError) -> Vec<eventgrid_types::validate::Violation> {
    match error {
        EncodeError::Invalid(error) => error.into_violations(),
        other => panic!("expected a validation error, got {other}"),
    }
}

#[test]
fn oversize_event_is_refused_when_encoding() {
    let event = CloudEvent::builder("t", "/s")
        .text_data("text/plain", "x".repeat(1 << 20))
        .build()
        .unwrap();
    let v = violations(json::to_vec(&event).unwrap_err());
    assert!(
        matches!(
            v[0].rule,
            Rule::TooLarge {
                limit: 1_048_576,
                ..
            }
        ),
        "{v:?}"
    );
    let v = violations(binary::encode(&event).unwrap_err());
    assert!(matches!(v[0].rule, Rule::TooLarge { .. }));
}

#[test]
fn oversize_batch_is_refused_when_encoding() {
    let event = CloudEvent::builder("t", "/s")
        .text_data("text/plain", "x".repeat(300_000))
        .build()
        .unwrap();
    let v = violations(json::batch_to_vec([&event, &event, &event, &event]).unwrap_err());
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].attribute, "batch");
    assert!(matches!(v[0].rule, Rule::TooLarge { .. }));
}

#[test]
fn a_1001_event_batch_is_refused() {
    let event = CloudEvent::builder("t", "/s").id("1").build().unwrap();
    let events = vec![event; 1001];
    let v = violations(json::batch_to_vec(&events).unwrap_err());
    assert!(
        matches!(
            v[0].rule,
            Rule::TooManyEvents {
                count: 1001,
                limit: 1000
            }
        ),
        "{v:?}"
    );
    assert!(json::batch_to_vec(&events[..1000]).is_ok());
}

#[test]
fn validation_reports_every_violation_with_its_index() {
    let good = CloudEvent::builder("t", "/s").build().unwrap();
    let mut bad = good.clone();
    bad.set_source("has space");
    bad.set_extension("Bad_Name", 1);
    bad.set_dataschema(Some("relative/path".into()));
    let v = violations(json::batch_to_vec([&good, &bad, &good]).unwrap_err());
    assert_eq!(v.len(), 3, "{v:?}");
    assert!(v.iter().all(|v| v.index == Some(1)));
    let text: Vec<String> = v.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|t| t.starts_with("event 1: `source` is not a URI-reference")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("`Bad_Name` is not a valid extension name")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("`dataschema` is not an absolute URI")),
        "{text:?}"
    );
}

#[test]
fn producer_rules() {
    let error = CloudEvent::builder("t", "/s")
        .extension("big", eventgrid_types::ExtensionValue::Integer(1 << 40))
        .build()
        .unwrap_err();
    assert!(matches!(
        error.violations()[0].rule,
        Rule::IntegerOutOfRange(_)
    ));
    let error = CloudEvent::builder("t", "/s")
        .subject("")
        .build()
        .unwrap_err();
    assert!(matches!(error.violations()[0].rule, Rule::Empty));
    let error = CloudEvent::builder("t", "/s")
        .text_data("not a media type", "x")
        .build()
        .unwrap_err();
    assert!(matches!(error.violations()[0].rule, Rule::NotMediaType(_)));
    let error = CloudEvent::builder("t\u{7}", "/s").build().unwrap_err();
    assert!(matches!(
        error.violations()[0].rule,
        Rule::ControlCharacter(7)
    ));
    for name in ["data", "specversion", "id", "data_base64", ""] {
        assert!(
            CloudEvent::builder("t", "/s")
                .extension(name, "x")
                .build()
                .is_err(),
            "{name}"
        );
    }
}

#[test]
fn not_an_event() {
    for body in ["1", "\"x\"", "null", "true", "[]"] {
        assert!(
            matches!(kind(body.as_bytes()), DecodeErrorKind::WrongShape { .. }),
            "{body}"
        );
    }
    for body in ["{}", "1", "null"] {
        assert!(
            matches!(
                json::batch_from_slice(body.as_bytes()).unwrap_err().kind(),
                DecodeErrorKind::WrongShape { .. }
            ),
            "{body}"
        );
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let unlimited = json::Limits::unlimited();
    // Data is skipped over as raw text, not recursed into; decoding it then hits serde_json's
    // depth limit with an error.
    let body =
        format!(r#"{{"specversion":"1.0","id":"1","source":"/s","type":"t","data":{deep}}}"#);
    let event = json::from_slice_with(body.as_bytes(), &unlimited).unwrap();
    let error = event
        .data()
        .unwrap()
        .to_typed::<serde_json::Value>()
        .unwrap_err();
    assert!(error.to_string().contains("recursion limit"), "{error}");
    let body = format!(r#"{{"specversion":"1.0","id":"1","source":"/s","type":"t","ext":{deep}}}"#);
    assert!(json::from_slice_with(body.as_bytes(), &unlimited).is_err());
    let events = json::batch_from_slice_with(deep.as_bytes(), &unlimited).unwrap();
    assert!(matches!(
        events[0].as_ref().unwrap_err().kind(),
        DecodeErrorKind::WrongShape { .. }
    ));
    let events = event_grid::from_slice_with(deep.as_bytes(), &unlimited).unwrap();
    assert!(events[0].is_err());
}
