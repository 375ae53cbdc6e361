//! Round trips across content modes lose nothing: extension types, timestamp text, data bytes.

use eventgrid_types::{CloudEvent, Data, ExtensionValue, Timestamp, binary, http, json};

fn rich_event() -> CloudEvent {
    CloudEvent::builder("com.contoso.stock.changed", "/inventory/warehouse-7")
        .id("7c3e-é-41")
        .subject("sku A-17 \"blue\" 100%")
        .time(Timestamp::parse("2024-03-01T08:15:42.1234567+05:30").unwrap())
        .dataschema("https://schemas.contoso.com/stock/v2.json")
        .extension("tenant", "contoso")
        .extension("priority", 3)
        .extension("urgent", true)
        .extension(
            "traceparent",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        )
        .json_data(&serde_json::json!({"sku": "A-17", "delta": -3, "note": "Grüße ✓"}))
        .datacontenttype("application/json")
        .build()
        .unwrap()
}

fn binary_round_trip(event: &CloudEvent) -> CloudEvent {
    let message = binary::encode(event).unwrap();
    let pairs = message.headers.iter().map(|(n, v)| (n, v.as_bytes()));
    binary::decode(pairs, &message.body).unwrap()
}

#[test]
fn structured_round_trip_is_identity() {
    let event = rich_event();
    let bytes = json::to_vec(&event).unwrap();
    assert_eq!(json::from_slice(&bytes).unwrap(), event);
}

#[test]
fn batch_round_trip_is_identity() {
    let events = vec![
        rich_event(),
        CloudEvent::builder("t", "/s").id("2").build().unwrap(),
    ];
    let bytes = json::batch_to_vec(&events).unwrap();
    let back: Vec<CloudEvent> = json::batch_from_slice(&bytes)
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(back, events);
}

#[test]
fn binary_round_trip_keeps_everything_but_extension_types() {
    let event = rich_event();
    let back = binary_round_trip(&event);
    assert_eq!(back.id(), event.id());
    assert_eq!(back.subject(), event.subject());
    assert_eq!(
        back.time().unwrap().as_str(),
        "2024-03-01T08:15:42.1234567+05:30"
    );
    assert_eq!(back.data(), event.data());
    // Binary mode carries every extension as its canonical string.
    assert_eq!(
        back.extension("priority"),
        Some(&ExtensionValue::String("3".into()))
    );
    assert_eq!(
        back.extension("urgent"),
        Some(&ExtensionValue::String("true".into()))
    );
    assert_eq!(back.extension("tenant"), event.extension("tenant"));
}

#[test]
fn structured_to_binary_to_batch_and_back() {
    let event = rich_event();
    let via_binary = binary_round_trip(&json::from_slice(&json::to_vec(&event).unwrap()).unwrap());
    let batch = json::batch_to_vec([&via_binary]).unwrap();
    let back = json::batch_from_slice(&batch).unwrap().remove(0).unwrap();
    assert_eq!(back, via_binary);
    assert_eq!(back.data(), event.data());
    assert_eq!(back.time(), event.time());
}

#[test]
fn binary_data_survives_every_mode() {
    let bytes: Vec<u8> = (0..=255).collect();
    let event = CloudEvent::builder("t", "/s")
        .id("b")
        .binary_data("application/octet-stream", bytes.clone())
        .build()
        .unwrap();
    let structured = json::to_vec(&event).unwrap();
    assert!(String::from_utf8_lossy(&structured).contains("\"data_base64\""));
    let back = json::from_slice(&structured).unwrap();
    assert_eq!(back.data(), Some(&Data::Binary(bytes.clone())));
    let back = binary_round_trip(&back);
    assert_eq!(back.data(), Some(&Data::Binary(bytes)));
    assert_eq!(back, event);
}

#[test]
fn text_data_survives_every_mode() {
    let event = CloudEvent::builder("t", "/s")
        .id("x")
        .text_data("application/xml", "<a b=\"ü\"/>")
        .build()
        .unwrap();
    assert_eq!(binary_round_trip(&event), event);
    assert_eq!(
        json::from_slice(&json::to_vec(&event).unwrap()).unwrap(),
        event
    );
}

#[test]
fn json_data_is_kept_as_sent() {
    let body = br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","data":{ "b" : 1.50, "a":[ ] }}"#;
    let event = json::from_slice(body).unwrap();
    assert_eq!(
        event.data().unwrap().as_json().unwrap().get(),
        r#"{ "b" : 1.50, "a":[ ] }"#
    );
    let again = json::to_vec(&event).unwrap();
    assert!(
        String::from_utf8(again)
            .unwrap()
            .contains(r#""data":{ "b" : 1.50, "a":[ ] }"#)
    );
}

#[test]
fn null_data_is_not_absent_data() {
    let with_null =
        json::from_slice(br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","data":null}"#)
            .unwrap();
    assert_eq!(with_null.data().unwrap().as_json().unwrap().get(), "null");
    let without =
        json::from_slice(br#"{"specversion":"1.0","id":"1","source":"/s","type":"t"}"#).unwrap();
    assert!(without.data().is_none());
    assert_ne!(with_null, without);
}

#[test]
fn http_requests_in_every_mode() {
    let event = rich_event();
    for request in [
        http::binary_request(&event).unwrap(),
        http::structured_request(&event).unwrap(),
    ] {
        match http::from_request(&request).unwrap() {
            http::Received::Event(back) => {
                assert_eq!(back.id(), event.id());
                assert_eq!(back.data(), event.data());
            }
            other => panic!("expected one event, got {other:?}"),
        }
    }
    let request = http::batch_request([&event, &event]).unwrap();
    assert_eq!(
        request.headers()["content-type"],
        "application/cloudevents-batch+json; charset=utf-8"
    );
    let events = http::from_request(&request).unwrap().into_events();
    assert_eq!(events.len(), 2);
    assert_eq!(events[1].as_ref().unwrap(), &event);
}

#[test]
fn binary_headers_are_percent_encoded() {
    let message = binary::encode(&rich_event()).unwrap();
    assert_eq!(
        message.header("ce-subject"),
        Some("sku%20A-17%20%22blue%22%20100%25")
    );
    assert_eq!(message.header("ce-id"), Some("7c3e-%C3%A9-41"));
    assert_eq!(message.header("ce-priority"), Some("3"));
    assert_eq!(message.header("content-type"), Some("application/json"));
    assert_eq!(message.header("ce-datacontenttype"), None);
    for (name, value) in &message.headers {
        assert!(
            value.bytes().all(|b| (0x21..=0x7e).contains(&b)),
            "{name}: {value}"
        );
    }
}
