//! Issue 16: the entry points a consumer calls first are lenient; strict is an explicit
//! choice, rule by rule if need be, and its errors say what to do.

use eventgrid_types::json::Decoder;
use eventgrid_types::{DecodeErrorKind, Leniency, Tolerated, event_grid, http, json, namespace};

const MISCASED: &[u8] =
    br#"{"specVersion":"1.0","id":"1","source":"/s","type":"t","data":{"n":1}}"#;

fn request(content_type: &str, body: &[u8]) -> ::http::Request<Vec<u8>> {
    ::http::Request::builder()
        .header("content-type", content_type)
        .body(body.to_vec())
        .unwrap()
}

#[test]
fn http_and_namespace_receive_are_lenient_by_default() {
    let received = http::from_request(&request("application/cloudevents+json", MISCASED))
        .unwrap()
        .into_events();
    let event = received[0].as_ref().unwrap();
    assert_eq!(
        event.tolerated(),
        [Tolerated::KeyCase {
            found: "specVersion".into(),
            expected: "specversion"
        }]
    );
    let typed = http::decode_request::<eventgrid_types::CloudEvent, _>(&request(
        "application/cloudevents-batch+json",
        &[b"[".as_slice(), MISCASED, b"]"].concat(),
    ))
    .unwrap();
    assert!(typed[0].is_ok());

    let body = [
        br#"{"value":[{"brokerProperties":{"lockToken":"t","deliveryCount":1},"event":"#.as_slice(),
        MISCASED,
        b"}]}",
    ]
    .concat();
    let batch = namespace::decode_receive(&body).unwrap();
    assert_eq!(batch.items[0].event.as_ref().unwrap().tolerated().len(), 1);
}

#[test]
fn strict_names_the_member_found_in_the_wrong_case() {
    let error = json::from_slice(MISCASED).unwrap_err();
    assert!(
        matches!(
            error.kind(),
            DecodeErrorKind::AttributeCase { found, expected: "specversion" } if found == "specVersion"
        ),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        "`specVersion` found; the attribute is `specversion`"
    );
    // An optional attribute in the wrong case is not taken for an extension.
    let body = br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","dataContentType":"text/plain"}"#;
    let error = json::from_slice(body).unwrap_err();
    assert_eq!(
        error.to_string(),
        "`dataContentType` found; the attribute is `datacontenttype`"
    );
}

#[test]
fn feeding_one_schema_to_the_other_decoder_names_the_right_one() {
    let event_grid_event = br#"{"id":"1","topic":"/t","subject":"s","eventType":"E","eventTime":"2024-01-01T00:00:00Z","data":{},"dataVersion":"1"}"#;
    for decoder in [Decoder::strict(), Decoder::consumer()] {
        let error = decoder.from_slice(event_grid_event).unwrap_err();
        assert!(
            error.to_string().contains("event_grid::from_slice"),
            "{error}"
        );
    }
    let cloud_event = br#"[{"specversion":"1.0","id":"1","source":"/s","type":"t"}]"#;
    let events = event_grid::from_slice(cloud_event).unwrap();
    let error = events[0].as_ref().unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::WrongSchema { decoder, .. } if decoder.contains("json::Decoder")),
        "{error}"
    );
}

#[test]
fn leniency_is_chosen_rule_by_rule() {
    let only_case = Decoder::strict().with_leniency(Leniency::STRICT.key_case(true));
    assert!(only_case.from_slice(MISCASED).is_ok());
    let duplicated = br#"{"specversion":"1.0","id":"1","id":"2","source":"/s","type":"t"}"#;
    assert!(matches!(
        only_case.from_slice(duplicated).unwrap_err().kind(),
        DecodeErrorKind::DuplicateAttribute(_)
    ));
    let only_duplicates = Decoder::strict().with_leniency(Leniency::STRICT.duplicates(true));
    let event = only_duplicates.from_slice(duplicated).unwrap();
    assert_eq!(event.id(), "2");
    assert!(only_duplicates.from_slice(MISCASED).is_err());
    // Every rule relaxed is the consumer's decoder.
    assert!(Decoder::consumer().from_slice(MISCASED).is_ok());
}

/// The spec only says extension names SHOULD NOT exceed 20 characters: a decoder, strict or
/// not, accepts a valid event with a longer one; producers keep to the limit.
#[test]
fn long_extension_names_are_valid_events() {
    let name = "averyveryverylongextensionname";
    let body = format!(r#"{{"specversion":"1.0","id":"1","source":"/s","type":"t","{name}":"x"}}"#);
    let event = Decoder::strict().from_slice(body.as_bytes()).unwrap();
    assert_eq!(event.extension(name).unwrap().as_str(), Some("x"));
    assert!(event.tolerated().is_empty());

    let mut headers = ::http::HeaderMap::new();
    for (header, value) in [
        ("ce-specversion", "1.0"),
        ("ce-id", "1"),
        ("ce-source", "/s"),
        ("ce-type", "t"),
    ] {
        headers.insert(header, value.parse().unwrap());
    }
    headers.insert(
        ::http::HeaderName::from_bytes(format!("ce-{name}").as_bytes()).unwrap(),
        "x".parse().unwrap(),
    );
    let binary = http::decode_binary(&headers, b"").unwrap();
    assert_eq!(binary.extension(name).unwrap().as_str(), Some("x"));

    // Still not a name a producer should send.
    assert!(event.validate().is_err());
}

/// Item 6: `json::to_vec` refuses a received event that breaks a producer rule, names the
/// rule, and names the call that sends the event as it came.
#[test]
fn a_strict_encode_of_a_received_event_names_the_rule_and_the_call_that_resends_it() {
    let body =
        br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","time":"2026-01-01 10:00:00"}"#;
    let event = Decoder::consumer().from_slice(body).unwrap();
    let error = json::to_vec(&event).unwrap_err();
    let eventgrid_types::EncodeError::Invalid(invalid) = &error else {
        panic!("expected a rule error, got {error}");
    };
    assert_eq!(invalid.violations().len(), 1);
    assert_eq!(invalid.violations()[0].attribute, "time");
    assert_eq!(
        invalid.violations()[0].rule,
        eventgrid_types::validate::Rule::NotRfc3339
    );
    assert_eq!(
        invalid.send_as_received(),
        Some("CloudEvent::to_vec_as_received")
    );
    let text = error.to_string();
    assert!(
        text.starts_with("invalid event: `time` is not an RFC 3339"),
        "{text}"
    );
    assert!(text.contains("`CloudEvent::to_vec_as_received`"), "{text}");
    // The call it names does send the event.
    let again = event.to_vec_as_received().unwrap();
    assert_eq!(Decoder::consumer().from_slice(&again).unwrap(), event);

    // A builder's error is about an event being made, not one received: no such hint.
    let built = eventgrid_types::CloudEvent::builder("", "/s")
        .build()
        .unwrap_err();
    assert_eq!(built.send_as_received(), None);
    assert!(!built.to_string().contains("as_received"), "{built}");
}

/// Item 8: the decoded receive item is `ReceivedEvent`, as the client names its own; the
/// former name still compiles, deprecated.
#[test]
#[allow(deprecated)]
fn the_receive_item_is_received_event_and_the_old_name_still_works() {
    let body = br#"{"value":[{"brokerProperties":{"lockToken":"t","deliveryCount":1},
        "event":{"specversion":"1.0","id":"1","source":"/s","type":"t"}}]}"#;
    let batch = namespace::decode_receive(body).unwrap();
    let item: &namespace::ReceivedEvent = &batch.items[0];
    let old: &namespace::Received = item;
    assert_eq!(old.lock_token, "t");
}
