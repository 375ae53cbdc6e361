//! The `cloudevents-sdk` conversions (feature `cloudevents-sdk`), tested directly and through
//! the SDK's own HTTP binding (`cloudevents::binding::http`, 0.9).
//!
//! # Where the SDK's HTTP binding breaks the spec (checked below)
//!
//! The CloudEvents HTTP binding requires `ce-` header values to be percent-encoded (space,
//! `"`, `%` and everything outside U+0021–U+007E) and decoded once on receipt. The SDK does
//! neither:
//!
//! * **Sending**, it writes the attribute's string as the raw header value: non-ASCII text as
//!   raw UTF-8 bytes (HTTP "obs-text"), and space, `"` and `%` unescaped. A value with a
//!   control character (CR, LF) cannot be sent at all: building the request fails.
//!   Our decoder accepts raw UTF-8, spaces and quotes inside a value, but applies the
//!   spec's decoding, so a value that *looks* encoded is decoded: `50%41` reads as `50A`;
//!   a lone `%` (`100% sure`) is a malformed escape and the event is rejected; a value that
//!   starts and ends with `"` is an RFC 7230 quoted-string and loses its quotes. That is
//!   the spec's behaviour, and the SDK's value was ambiguous on the wire.
//! * **Receiving**, it does not percent-decode (`hello%20world` stays `hello%20world`), and it
//!   refuses non-ASCII header bytes (`HeaderValue::to_str`), so it cannot even read its own
//!   raw UTF-8.
//! * It reads every binary-mode body as `Data::Binary`, whatever the `Content-Type`, so JSON
//!   data sent in binary mode comes back as bytes (with `datacontenttype: application/json`).
//! * Binary mode carries no extension types; both sides read extensions as strings (as the
//!   spec says), so `7` and `true` come back as `"7"` and `"true"`.

use std::convert::TryFrom;

use cloudevents::binding::http::to_event;
use cloudevents::event::{Data as SdkData, ExtensionValue as SdkExtension};
use cloudevents::{AttributesReader, EventBuilder, EventBuilderV03, EventBuilderV10};
use eventgrid_types::cloudevents_sdk::{FromSdkError, ToSdkError};
use eventgrid_types::error::{DecodeErrorKind, HeaderError};
use eventgrid_types::percent::PercentDecodeError;
use eventgrid_types::timestamp::Timestamp;
use eventgrid_types::{CloudEvent, Data, ExtensionValue, http as eg_http, json};
use http::{HeaderMap, Request};
use serde_json::json;

fn ts(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

/// An event of each data kind, with extensions of every type and a 9-digit UTC time.
fn ours_all_kinds() -> Vec<CloudEvent> {
    let base = || {
        CloudEvent::builder("com.example.kind", "/kinds")
            .subject("Grüße 世界")
            .time(ts("2024-02-29T23:59:59.123456789Z"))
            .dataschema("https://example.com/schema.json")
            .extension("tenant", "contoso")
            .extension("priority", 7)
            .extension("urgent", true)
    };
    vec![
        base()
            .id("json")
            .datacontenttype("application/json")
            .json_data(&json!({"name": "Zoë", "n": [1, 2]}))
            .build()
            .unwrap(),
        base()
            .id("text")
            .text_data("text/plain; charset=utf-8", "hello, Grüße")
            .build()
            .unwrap(),
        base()
            .id("bytes")
            .binary_data("application/octet-stream", vec![0, 1, 0xfe, 0xff])
            .build()
            .unwrap(),
        base().id("none").build().unwrap(),
    ]
}

// ---------------------------------------------------------------------------------------
// Conversions

#[test]
fn conversions_round_trip_every_data_kind_and_extension_type() {
    for ours in ours_all_kinds() {
        let sdk = cloudevents::Event::try_from(&ours).unwrap();
        assert_eq!(sdk.id(), ours.id());
        assert_eq!(
            sdk.extension("priority"),
            Some(&SdkExtension::Integer(7)),
            "{}",
            ours.id()
        );
        assert_eq!(sdk.extension("urgent"), Some(&SdkExtension::Boolean(true)));
        match (ours.data(), sdk.data()) {
            (Some(Data::Json(_)), Some(SdkData::Json(v))) => {
                assert_eq!(*v, json!({"name": "Zoë", "n": [1, 2]}));
            }
            (Some(Data::Text(a)), Some(SdkData::String(b))) => assert_eq!(a, b),
            (Some(Data::Binary(a)), Some(SdkData::Binary(b))) => assert_eq!(a, b),
            (None, None) => {}
            other => panic!("data kind changed: {other:?}"),
        }
        // chrono keeps nanoseconds: a UTC time survives textually too.
        let back = CloudEvent::try_from(sdk).unwrap();
        assert_eq!(back, ours, "{}", ours.id());
    }
}

#[test]
fn time_keeps_the_instant_and_loses_the_offset() {
    let ours = CloudEvent::builder("t", "/s")
        .id("1")
        .time(ts("2024-06-01T08:30:00.1234567+05:30"))
        .build()
        .unwrap();
    let sdk = cloudevents::Event::try_from(&ours).unwrap();
    assert_eq!(
        sdk.time().unwrap().to_rfc3339(),
        "2024-06-01T03:00:00.123456700+00:00"
    );
    let back = CloudEvent::try_from(sdk).unwrap();
    let time = back.time().unwrap();
    assert_eq!(time.as_str(), "2024-06-01T03:00:00.1234567Z");
    assert!(time.same_instant(ours.time().unwrap()));
    assert_ne!(back, ours, "Timestamp equality is textual");
}

#[test]
fn json_data_without_media_type_gets_application_json() {
    let ours = CloudEvent::builder("t", "/s")
        .id("1")
        .json_data(&json!([1, "two"]))
        .build()
        .unwrap();
    assert_eq!(ours.datacontenttype(), None);
    let sdk = cloudevents::Event::try_from(&ours).unwrap();
    assert_eq!(sdk.datacontenttype(), Some("application/json"));
    let back = CloudEvent::try_from(sdk).unwrap();
    assert_eq!(back.datacontenttype(), Some("application/json"));
    assert_eq!(back.data(), ours.data());
}

#[test]
fn dataschema_must_be_an_absolute_url_for_the_sdk() {
    // Event Grid's CloudEvents output uses `#` + dataVersion (see PROTOCOL.md §5).
    let mut ours = CloudEvent::builder("t", "/s").id("1").build().unwrap();
    ours.set_dataschema(Some("#1.0".into()));
    let err = cloudevents::Event::try_from(&ours).unwrap_err();
    assert!(
        matches!(&err, ToSdkError::DataSchema { value, .. } if value == "#1.0"),
        "{err:?}"
    );
    assert!(std::error::Error::source(&err).is_some());
    // `url` normalizes what it accepts.
    ours.set_dataschema(Some("HTTPS://Example.com".into()));
    let sdk = cloudevents::Event::try_from(&ours).unwrap();
    assert_eq!(sdk.dataschema().unwrap().as_str(), "https://example.com/");
}

#[test]
fn sdk_events_that_break_cloudevents_rules_are_refused_with_typed_errors() {
    // i64 extension integers: CloudEvents Integer is 32-bit.
    let sdk = EventBuilderV10::new()
        .id("1")
        .source("/s")
        .ty("t")
        .extension("big", 5_000_000_000_i64)
        .build()
        .unwrap();
    let err = CloudEvent::try_from(sdk).unwrap_err();
    assert!(matches!(err, FromSdkError::Invalid(_)), "{err:?}");
    assert!(err.to_string().contains("big"), "{err}");
    // Extension names outside [a-z0-9].
    let sdk = EventBuilderV10::new()
        .id("1")
        .source("/s")
        .ty("t")
        .extension("Not_Valid", "x")
        .build()
        .unwrap();
    assert!(matches!(
        CloudEvent::try_from(sdk),
        Err(FromSdkError::Invalid(_))
    ));
    // An empty id.
    let sdk = EventBuilderV10::new()
        .id("")
        .source("/s")
        .ty("t")
        .build()
        .unwrap();
    assert!(matches!(
        CloudEvent::try_from(sdk),
        Err(FromSdkError::Invalid(_))
    ));
}

#[test]
fn sdk_v03_events_are_upgraded() {
    let sdk = EventBuilderV03::new()
        .id("1")
        .source("/s")
        .ty("t")
        .data("text/plain", "hi")
        .build()
        .unwrap();
    let ours = CloudEvent::try_from(sdk).unwrap();
    assert_eq!(ours.specversion(), "1.0");
    assert_eq!(ours.datacontenttype(), Some("text/plain"));
    assert_eq!(ours.data(), Some(&Data::Text("hi".into())));
}

// ---------------------------------------------------------------------------------------
// Through the SDK's HTTP binding: what it sends, we read

/// The SDK's binary-mode request for `event`, as a header map and body.
fn sdk_binary(event: cloudevents::Event) -> Result<(HeaderMap, Vec<u8>), String> {
    let request = Request::<Option<Vec<u8>>>::try_from(event).map_err(|e| e.to_string())?;
    let (parts, body) = request.into_parts();
    Ok((parts.headers, body.unwrap_or_default()))
}

fn sdk_event_with_subject(subject: &str) -> cloudevents::Event {
    EventBuilderV10::new()
        .id("1")
        .source("/s")
        .ty("t")
        .subject(subject)
        .build()
        .unwrap()
}

#[test]
fn we_read_the_sdk_binary_mode() {
    for ours in ours_all_kinds() {
        let sdk = cloudevents::Event::try_from(&ours).unwrap();
        let (headers, body) = sdk_binary(sdk).unwrap();
        // SDK deviation: the subject goes out as raw UTF-8 bytes, not percent-encoded.
        assert_eq!(
            headers["ce-subject"].as_bytes(),
            "Grüße 世界".as_bytes(),
            "{}",
            ours.id()
        );
        let decoded = eg_http::decode_binary(&headers, &body).unwrap();
        assert_eq!(decoded.id(), ours.id());
        assert_eq!(decoded.source(), ours.source());
        assert_eq!(decoded.ty(), ours.ty());
        // Our decoder accepts the raw UTF-8 (and the raw space).
        assert_eq!(decoded.subject(), ours.subject());
        assert_eq!(decoded.dataschema(), ours.dataschema());
        // The SDK writes `to_rfc3339()`: `+00:00` and 9 digits; the instant is the same.
        assert_eq!(
            decoded.time().unwrap().as_str(),
            "2024-02-29T23:59:59.123456789+00:00"
        );
        assert!(decoded.time().unwrap().same_instant(ours.time().unwrap()));
        // Binary mode carries no extension types.
        assert_eq!(
            decoded.extension("priority"),
            Some(&ExtensionValue::from("7"))
        );
        assert_eq!(
            decoded.extension("urgent"),
            Some(&ExtensionValue::from("true"))
        );
        assert_eq!(decoded.extension("tenant"), ours.extension("tenant"));
        assert_eq!(decoded.datacontenttype(), ours.datacontenttype());
        // Our decoder reads the body by its media type, so every kind comes back as it was.
        assert_eq!(decoded.data(), ours.data(), "{}", ours.id());
    }
}

#[test]
fn sdk_header_values_that_look_encoded_are_decoded_by_the_spec() {
    // Space and an inner `"` are sent raw; our decoder keeps them (no escape to undo).
    let (headers, body) = sdk_binary(sdk_event_with_subject("say \"hi\" now")).unwrap();
    assert_eq!(headers["ce-subject"], "say \"hi\" now");
    let decoded = eg_http::decode_binary(&headers, &body).unwrap();
    assert_eq!(decoded.subject(), Some("say \"hi\" now"));

    // `%41` is an escape on the wire: the spec's single decoding round makes it `A`.
    let (headers, body) = sdk_binary(sdk_event_with_subject("50%41")).unwrap();
    assert_eq!(headers["ce-subject"], "50%41");
    let decoded = eg_http::decode_binary(&headers, &body).unwrap();
    assert_eq!(decoded.subject(), Some("50A"));

    // A lone `%` is a malformed escape: the event is rejected, naming the header.
    let (headers, body) = sdk_binary(sdk_event_with_subject("100% sure")).unwrap();
    assert_eq!(headers["ce-subject"], "100% sure");
    let err = eg_http::decode_binary(&headers, &body).unwrap_err();
    match err.kind() {
        DecodeErrorKind::InvalidHeader { name, reason } => {
            assert_eq!(name, "ce-subject");
            assert!(
                matches!(
                    reason,
                    HeaderError::Percent(PercentDecodeError::InvalidEscape { offset: 3 })
                ),
                "{reason:?}"
            );
        }
        other => panic!("{other:?}"),
    }

    // A whole value in quotes is an RFC 7230 quoted-string: the quotes are syntax.
    let (headers, body) = sdk_binary(sdk_event_with_subject("\"quoted\"")).unwrap();
    assert_eq!(headers["ce-subject"], "\"quoted\"");
    let decoded = eg_http::decode_binary(&headers, &body).unwrap();
    assert_eq!(decoded.subject(), Some("quoted"));

    // A control character cannot be sent by the SDK at all.
    let err = sdk_binary(sdk_event_with_subject("line 1\r\nline 2")).unwrap_err();
    assert!(!err.is_empty());
}

#[test]
fn the_sdk_cannot_read_its_own_non_ascii_headers() {
    let (headers, body) = sdk_binary(sdk_event_with_subject("Grüße")).unwrap();
    assert!(to_event(&headers, body.clone()).is_err());
    // We can.
    let decoded = eg_http::decode_binary(&headers, &body).unwrap();
    assert_eq!(decoded.subject(), Some("Grüße"));
}

// ---------------------------------------------------------------------------------------
// Through the SDK's HTTP binding: what we send, it reads

fn sdk_reads(request: &Request<Vec<u8>>) -> Result<cloudevents::Event, String> {
    to_event(request.headers(), request.body().clone()).map_err(|e| e.to_string())
}

#[test]
fn the_sdk_reads_our_binary_mode() {
    let ours = CloudEvent::builder("com.example.ascii", "/ascii")
        .id("a-1")
        .subject("plain-subject")
        .time(ts("2024-06-01T08:30:00.1234567+05:30"))
        .extension("tenant", "contoso")
        .extension("priority", 7)
        .json_data(&json!({"n": 1}))
        .build()
        .unwrap();
    let request = eg_http::binary_request(&ours).unwrap();
    let sdk = sdk_reads(&request).unwrap();
    assert_eq!(sdk.id(), "a-1");
    assert_eq!(sdk.source(), "/ascii");
    assert_eq!(sdk.subject(), Some("plain-subject"));
    assert_eq!(sdk.extension("priority"), Some(&SdkExtension::from("7")));
    // We send JSON data without a media type as `application/json`.
    assert_eq!(sdk.datacontenttype(), Some("application/json"));
    // SDK deviation: the binary-mode body is always bytes.
    assert_eq!(sdk.data(), Some(&SdkData::Binary(br#"{"n":1}"#.to_vec())));
    let time = sdk.time().unwrap();
    let back = CloudEvent::try_from(sdk.clone()).unwrap();
    assert!(back.time().unwrap().same_instant(ours.time().unwrap()));
    assert_eq!(time.to_rfc3339(), "2024-06-01T03:00:00.123456700+00:00");
    assert_eq!(back.data(), Some(&Data::Binary(br#"{"n":1}"#.to_vec())));
}

#[test]
fn the_sdk_does_not_percent_decode_what_we_send() {
    let ours = CloudEvent::builder("t", "/s")
        .id("1")
        .subject("hello world")
        .extension("greeting", "Grüße")
        .build()
        .unwrap();
    let request = eg_http::binary_request(&ours).unwrap();
    assert_eq!(request.headers()["ce-subject"], "hello%20world");
    let sdk = sdk_reads(&request).unwrap();
    // SDK deviation: the escapes are kept as text.
    assert_eq!(sdk.subject(), Some("hello%20world"));
    assert_eq!(
        sdk.extension("greeting"),
        Some(&SdkExtension::from("Gr%C3%BC%C3%9Fe"))
    );
    // Our own decoder reads our encoding back exactly.
    assert_eq!(
        eg_http::from_request(&request).unwrap().into_events()[0]
            .as_ref()
            .unwrap(),
        &ours
    );
}

#[test]
fn the_sdk_reads_our_structured_mode_exactly() {
    for ours in ours_all_kinds() {
        let request = eg_http::structured_request(&ours).unwrap();
        let sdk = sdk_reads(&request).unwrap();
        let back = CloudEvent::try_from(sdk).unwrap();
        assert_eq!(back, ours, "{}", ours.id());
    }
    // And its structured JSON is ours to read.
    for ours in ours_all_kinds() {
        let sdk = cloudevents::Event::try_from(&ours).unwrap();
        let body = serde_json::to_vec(&sdk).unwrap();
        let decoded = json::from_slice(&body).unwrap();
        assert_eq!(decoded.id(), ours.id());
        assert_eq!(decoded.data(), ours.data(), "{}", ours.id());
        assert_eq!(decoded.extensions(), ours.extensions());
        assert!(decoded.time().unwrap().same_instant(ours.time().unwrap()));
    }
}
