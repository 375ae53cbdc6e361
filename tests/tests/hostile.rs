//! Hostile input within the service's limits (issue #18): each finding of the adversarial
//! review, as behaviour. Costs are measured by the `hostile` benchmark, never asserted here.

use std::fmt::Write as _;

use eventgrid_system_events::SystemEvent;
use eventgrid_types::error::DecodeErrorKind;
use eventgrid_types::validate::Rule;
use eventgrid_types::{CloudEvent, Event, Json, Tolerated, binary, http, json, namespace};

/// Distinct valid extension names, as many as fit in an event under 1 MiB.
const MANY: usize = 80_000;

/// A structured event with `count` extensions `e0`, `e1`, ...; `repeat` names one of them
/// twice (the last at the end).
fn many_extensions(count: usize, repeat: Option<usize>) -> String {
    let mut body = String::from(r#"{"specversion":"1.0","id":"1","source":"/s","type":"t""#);
    for i in 0..count {
        write!(body, r#","e{i}":{}"#, i % 10).unwrap();
    }
    if let Some(i) = repeat {
        write!(body, r#","e{i}":"last""#).unwrap();
    }
    body.push_str(r#","data":{"n":1}}"#);
    body
}

#[test]
fn many_extensions_decode_and_encode_on_every_path() {
    let body = many_extensions(MANY, None);
    assert!(body.len() < json::MAX_EVENT_BYTES, "{}", body.len());
    let strict = json::from_slice(body.as_bytes()).unwrap();
    assert_eq!(strict.extensions().len(), MANY);
    assert_eq!(strict.extension("e79999").unwrap().as_integer(), Some(9));
    let lenient = json::Decoder::new()
        .lenient()
        .from_slice(body.as_bytes())
        .unwrap();
    assert!(lenient == strict);
    assert!(lenient.tolerated().is_empty());

    let batch = format!("[{body}]");
    let events = json::batch_from_slice(batch.as_bytes()).unwrap();
    assert!(events[0].as_ref().unwrap() == &strict);
    let typed = json::decode_batch::<CloudEvent>(batch.as_bytes()).unwrap();
    assert!(typed[0].as_ref().unwrap() == &strict);
    // Not a system event type: the error is the event's own, after the envelope was read.
    let system = json::decode_batch::<SystemEvent>(batch.as_bytes()).unwrap();
    assert_eq!(system.len(), 1);

    let request = ::http::Request::builder()
        .header("content-type", "application/cloudevents+json")
        .body(body.as_bytes())
        .unwrap();
    let received = http::from_request(&request).unwrap().into_events();
    assert!(received[0].as_ref().unwrap() == &strict);

    let receive = format!(
        r#"{{"value":[{{"brokerProperties":{{"lockToken":"t","deliveryCount":1}},"event":{body}}}]}}"#
    );
    let received = namespace::decode_receive(receive.as_bytes()).unwrap();
    assert!(received.items[0].event.as_ref().unwrap() == &strict);

    let encoded = json::to_vec(&strict).unwrap();
    assert!(json::from_slice(&encoded).unwrap() == strict);
    // More headers than an `http::HeaderMap` holds: an error, not the map's panic.
    let error = http::encode_binary(&strict).unwrap_err();
    assert!(error.to_string().contains("more headers"), "{error}");
    let message = binary::encode(&strict).unwrap();
    assert_eq!(message.headers.len(), MANY + 5);
}

#[test]
fn a_duplicate_among_many_extensions_is_found() {
    let body = many_extensions(MANY, Some(17));
    let error = json::from_slice(body.as_bytes()).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::DuplicateAttribute(name) if name == "e17"),
        "{error}"
    );
    // Lenient: the last value is kept, in the place of the first.
    let event = json::Decoder::new()
        .lenient()
        .from_slice(body.as_bytes())
        .unwrap();
    assert_eq!(event.extensions().len(), MANY);
    assert_eq!(event.extension("e17").unwrap().as_str(), Some("last"));
    assert_eq!(event.extensions().names().nth(17), Some("e17"));
    assert_eq!(event.tolerated(), [Tolerated::Duplicate("e17".into())]);
}

#[test]
fn a_repeat_whose_last_value_is_null_is_found_among_many() {
    // `null` means absent, so the repeat's last value removes the name; the decoder must
    // still see the repeat, though the `null` never reaches the event's map.
    let mut body = many_extensions(100, None);
    body.insert_str(body.len() - 16, r#","e50":null"#);
    let error = json::from_slice(body.as_bytes()).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::DuplicateAttribute(name) if name == "e50"),
        "{error}"
    );
    let event = json::Decoder::new()
        .lenient()
        .from_slice(body.as_bytes())
        .unwrap();
    assert_eq!(event.extensions().len(), 99);
    assert_eq!(event.extension("e50"), None);
    assert_eq!(event.tolerated(), [Tolerated::Duplicate("e50".into())]);
}

#[test]
fn extensions_keep_the_order_they_came_in() {
    let body = r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","zeta":1,"alpha":"a","mid":true}"#;
    let event = json::from_str(body).unwrap();
    let order = ["zeta", "alpha", "mid"];
    assert_eq!(event.extensions().names().collect::<Vec<_>>(), order);
    // Re-encoded as received, in both modes.
    assert_eq!(
        String::from_utf8(json::to_vec(&event).unwrap()).unwrap(),
        body
    );
    let message = binary::encode(&event).unwrap();
    let headers: Vec<&str> = message
        .headers
        .iter()
        .filter_map(|(name, _)| name.strip_prefix("ce-"))
        .filter(|name| order.contains(name))
        .collect();
    assert_eq!(headers, order);
    let pairs = message.headers.iter().map(|(n, v)| (n, v.as_bytes()));
    let decoded = binary::decode(pairs, &message.body).unwrap();
    assert_eq!(decoded.extensions().names().collect::<Vec<_>>(), order);
    // Equality does not depend on the order.
    let reordered = CloudEvent::builder("t", "/s")
        .id("1")
        .extension("mid", true)
        .extension("alpha", "a")
        .extension("zeta", 1)
        .build()
        .unwrap();
    assert_eq!(reordered, event);
}

#[test]
fn a_duplicate_among_many_extensions_is_refused_on_encode() {
    // A typed event may report any extensions; the encoder checks them all.
    struct Repeats;
    impl eventgrid_types::TypedEvent for Repeats {
        fn source(&self) -> std::borrow::Cow<'_, str> {
            "/s".into()
        }
        fn event_type(&self) -> &'static str {
            "t"
        }
        fn visit_extensions(&self, visit: &mut dyn FnMut(&str, eventgrid_types::ExtensionRef<'_>)) {
            for i in 0..MANY {
                visit(&format!("e{i}"), eventgrid_types::ExtensionRef::Integer(1));
            }
            visit("e40000", eventgrid_types::ExtensionRef::Integer(2));
        }
        fn serialize_data<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_unit()
        }
    }
    let error = json::to_vec(&Repeats).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("`e40000` appears more than once"),
        "{error}"
    );
}

#[test]
fn namespace_receive_refuses_more_items_than_the_service_sends() {
    let item = r#"{"brokerProperties":{"lockToken":"t","deliveryCount":1},"event":null}"#;
    let body = |count: usize| format!(r#"{{"value":[{}]}}"#, vec![item; count].join(","));
    let received = namespace::decode_receive(body(100).as_bytes()).unwrap();
    assert_eq!(received.items.len(), 100);
    let error = namespace::decode_receive(body(101).as_bytes()).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::TooManyEvents { limit: 100 }),
        "{error}"
    );
    // The cheap items of the review: refused at the 101st, whatever the count.
    let ones = format!(r#"{{"value":[{}1]}}"#, "1,".repeat(500_000));
    let error = namespace::decode_receive(ones.as_bytes()).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::TooManyEvents { .. }),
        "{error}"
    );
}

#[test]
fn messages_escape_what_came_from_the_input() {
    let forged =
        r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","evil\nFAKE LOG LINE":1}"#;
    for error in [
        json::from_slice(forged.as_bytes()).unwrap_err(),
        json::from_slice(
            br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","x\r\ny":1,"x\r\ny":2}"#,
        )
        .unwrap_err(),
        json::from_slice(
            br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","a\u2028":[]}"#,
        )
        .unwrap_err(),
        json::from_slice(br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","n":1.5}"#)
            .unwrap_err(),
    ] {
        let message = error.to_string();
        assert!(!message.contains(['\n', '\r', '\u{2028}']), "{message:?}");
    }
    let message = json::from_slice(forged.as_bytes()).unwrap_err().to_string();
    assert!(message.contains(r"evil\nFAKE LOG LINE"), "{message}");

    let event = json::Decoder::new()
        .lenient()
        .from_slice(forged.as_bytes())
        .unwrap();
    let tolerated = event.tolerated()[0].to_string();
    assert!(tolerated.contains(r"evil\nFAKE LOG LINE"), "{tolerated}");

    // Long input is cut, and says how long it was.
    let long = "x".repeat(100_000);
    let body = format!(r#"{{"specversion":"{long}","id":"1","source":"/s","type":"t"}}"#);
    let message = json::from_slice(body.as_bytes()).unwrap_err().to_string();
    assert!(message.len() < 400, "{}", message.len());
    assert!(message.contains("100000 bytes"), "{message}");
}

#[test]
fn system_event_messages_escape_and_cut_what_came_from_the_input() {
    use eventgrid_system_events::SystemEvent;
    let long = "x".repeat(100_000);
    let decoded = |ty: &str, data: &str| {
        let body = format!(
            r#"{{"specversion":"1.0","id":"1","source":"/s","type":"{ty}","data":{data}}}"#
        );
        json::Decoder::new()
            .lenient()
            .from_slice(body.as_bytes())
            .unwrap()
    };
    let blob = "Microsoft.Storage.BlobCreated";
    let messages = [
        // An unknown type, a member no field takes (strict data), and data of the wrong shape.
        SystemEvent::decode_known(&decoded(&format!(r"evil\nFAKE{long}"), "{}").view())
            .unwrap_err()
            .to_string(),
        SystemEvent::decode_strict(&decoded(blob, &format!(r#"{{"evil\nFAKE{long}":1}}"#)).view())
            .unwrap_err()
            .to_string(),
        SystemEvent::decode_data(
            blob,
            Some(eventgrid_types::DataRef::Json(&format!(
                r#""evil\nFAKE{long}""#
            ))),
        )
        .unwrap_err()
        .to_string(),
    ];
    for message in &messages {
        assert!(!message.contains(['\n', '\r']), "{message:?}");
        assert!(message.len() < 1000, "{} bytes", message.len());
    }
    assert!(messages[0].contains(r"evil\nFAKE"), "{}", messages[0]);
    assert!(messages[0].contains("bytes in all"), "{}", messages[0]);
    assert!(messages[1].contains(r"evil\nFAKE"), "{}", messages[1]);
    assert!(messages[2].contains(r"evil\nFAKE"), "{}", messages[2]);
}

#[test]
fn binary_many_extensions_round_trip() {
    let body = many_extensions(2_000, None);
    let event = json::from_slice(body.as_bytes()).unwrap();
    let message = binary::encode(&event).unwrap();
    let pairs = message.headers.iter().map(|(n, v)| (n, v.as_bytes()));
    let decoded = binary::decode(pairs, &message.body).unwrap();
    // Binary mode carries every value as a string.
    assert_eq!(decoded.extensions().len(), 2_000);
    assert_eq!(decoded.extension("e1999").unwrap().as_str(), Some("9"));

    // One name twice among them, the second time in other case: refused, by its name.
    let mut pairs: Vec<(String, &[u8])> = message
        .headers
        .iter()
        .map(|(n, v)| (n.to_string(), v.as_bytes()))
        .collect();
    pairs.push(("CE-E1234".to_owned(), b"again"));
    let error = binary::decode(pairs.iter().map(|(n, v)| (n.as_str(), *v)), b"").unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::InvalidHeader { name, .. } if name == "ce-e1234"),
        "{error}"
    );
}

/// The same extensions, handed to encoders as an `Extensions` or one by one.
struct Listed {
    extensions: eventgrid_types::Extensions,
    as_map: bool,
}

impl eventgrid_types::TypedEvent for Listed {
    fn id(&self) -> Option<std::borrow::Cow<'_, str>> {
        Some("1".into())
    }
    fn source(&self) -> std::borrow::Cow<'_, str> {
        "/s".into()
    }
    fn event_type(&self) -> &'static str {
        "t"
    }
    fn visit_extensions(&self, visit: &mut dyn FnMut(&str, eventgrid_types::ExtensionRef<'_>)) {
        for (name, value) in &self.extensions {
            visit(name, value.as_ref());
        }
    }
    fn extension_map(&self) -> Option<&eventgrid_types::Extensions> {
        self.as_map.then_some(&self.extensions)
    }
    // No body and no `content-type`: the headers are all the size.
    fn data_kind(&self) -> eventgrid_types::typed::DataKind<'_> {
        eventgrid_types::typed::DataKind::None
    }
    fn serialize_data<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit()
    }
}

#[test]
fn binary_headers_of_an_extensions_are_those_of_its_visit() {
    use eventgrid_types::ExtensionValue;
    // Binary encoding writes an `Extensions` straight into its headers and takes other
    // extensions one by one: the headers, and the size the limit is checked on, are the same.
    let encoded = |extensions: &eventgrid_types::Extensions, as_map: bool| {
        let event = Listed {
            extensions: extensions.clone(),
            as_map,
        };
        let headers = binary::encode(&event).map(|m| m.headers);
        let map = http::encode_binary(&event).map(|(map, _)| map);
        (
            headers.map_err(|e| e.to_string()),
            map.map_err(|e| e.to_string()),
        )
    };
    let mut extensions: eventgrid_types::Extensions = (0..40)
        .map(|i| {
            let value = match i % 5 {
                0 => ExtensionValue::Integer(i - 20),
                1 => ExtensionValue::Integer(i32::MIN.into()),
                2 => ExtensionValue::Boolean(i % 2 == 0),
                3 => ExtensionValue::from(format!("plain{i}")),
                _ => ExtensionValue::from(format!("needs encoding: 100% \"é\" {i}")),
            };
            (format!("e{i}"), value)
        })
        .collect();
    let (headers, map) = encoded(&extensions, true);
    assert_eq!(
        (&headers, &map),
        (
            &encoded(&extensions, false).0,
            &encoded(&extensions, false).1
        )
    );
    let headers = headers.unwrap();
    assert_eq!(headers.get("ce-e3"), Some("plain3"));
    assert_eq!(
        headers.get("ce-e4"),
        Some("needs%20encoding:%20100%25%20%22%C3%A9%22%204")
    );
    assert_eq!(headers.get("ce-e6"), Some("-2147483648"));
    assert_eq!(map.unwrap()["ce-e4"], headers.get("ce-e4").unwrap());
    // Around the size limit: one value long enough to reach it, and a byte on either side.
    let used: usize = headers.iter().map(|(n, v)| n.len() + v.len()).sum();
    let room = json::MAX_EVENT_BYTES - used - "ce-last".len();
    for length in [room - 1, room, room + 1] {
        extensions.insert("last", "x".repeat(length));
        let (by_map, _) = encoded(&extensions, true);
        assert_eq!(by_map, encoded(&extensions, false).0, "{length}");
        let refusal = by_map.as_ref().err();
        assert_eq!(by_map.is_ok(), length <= room, "{length}: {refusal:?}");
    }
}

/// `body` with `members` (each with its leading comma) before its closing `"data"` member.
fn with_members_before_data(mut body: String, members: &str) -> String {
    body.insert_str(body.len() - r#","data":{"n":1}}"#.len(), members);
    body
}

/// What each decoder of owned events makes of `body`, printed: the scanner's, the
/// serde-driven decoder's and the batch decoder's.
fn every_owned_decode(decoder: json::Decoder, body: &str) -> [String; 3] {
    let print = |result: &Result<CloudEvent, eventgrid_types::DecodeError>| match result {
        Ok(event) => format!("{event:?} {:?}", event.tolerated()),
        // The kind: a batch's error also names the event.
        Err(error) => format!("error {:?}", error.kind()),
    };
    let batch = format!("[{body}]");
    let first = |results: Vec<Result<CloudEvent, eventgrid_types::DecodeError>>| {
        print(&results.into_iter().next().unwrap())
    };
    [
        print(&decoder.from_slice(body.as_bytes())),
        print(&eventgrid_types::__private::serde_only(decoder).from_slice(body.as_bytes())),
        first(decoder.batch_from_slice(batch.as_bytes()).unwrap()),
    ]
}

#[test]
fn extensions_that_need_a_rule_keep_their_reports_among_few_and_many() {
    // Below the count compared as they come, just above it, and far above it.
    for count in [3, 20, 1_000] {
        let body = many_extensions(count, None);
        let strict = json::Decoder::strict();
        let lenient = json::Decoder::consumer();

        // A repeat and a value that breaks a rule: among a few, where each name is compared
        // as it comes, the repeat is reported first; among many, where the event's map finds
        // a repeat, the value is checked first.
        let few = count <= 16;
        let refused_first = |body: &str, other: fn(&DecodeErrorKind) -> bool| {
            let error = strict.from_slice(body.as_bytes()).unwrap_err();
            let repeat =
                matches!(error.kind(), DecodeErrorKind::DuplicateAttribute(name) if name == "e2");
            assert!(
                if few { repeat } else { other(error.kind()) },
                "{count}: {error}"
            );
        };
        let both = with_members_before_data(body.clone(), r#","big":1.5,"e2":"again""#);
        refused_first(
            &both,
            |kind| matches!(kind, DecodeErrorKind::InvalidInteger { name, .. } if name == "big"),
        );
        // A repeat alone, with an attribute that breaks a rule: the same order.
        let repeat = with_members_before_data(
            body.replacen(r#""id":"1""#, r#""id":"""#, 1),
            r#","e2":"again""#,
        );
        refused_first(&repeat, |kind| {
            matches!(kind, DecodeErrorKind::EmptyAttribute("id"))
        });
        // Leniently, both are reported, in the same order.
        let event = lenient.from_slice(repeat.as_bytes()).unwrap();
        let (empty, duplicate) = (Tolerated::Empty("id"), Tolerated::Duplicate("e2".into()));
        let expected = if few {
            [duplicate, empty]
        } else {
            [empty, duplicate]
        };
        assert_eq!(event.tolerated(), expected, "{count}");
        assert_eq!(event.extension("e2").unwrap().as_str(), Some("again"));
        assert_eq!(event.extensions().names().nth(2), Some("e2"));
        let bad = with_members_before_data(body.clone(), r#","big":1.5"#);
        let error = strict.from_slice(bad.as_bytes()).unwrap_err();
        assert!(
            matches!(error.kind(), DecodeErrorKind::InvalidInteger { name, .. } if name == "big"),
            "{count}: {error}"
        );

        // Leniently, each departure is reported once, in the order of the members, after
        // the repeat; a `null` is absent; the repeat keeps its first place.
        let mixed = with_members_before_data(
            body.clone(),
            r#","big":1.5,"Bad":"x","n":null,"ctl":"a\u0001b","e2":"again""#,
        );
        let event = lenient.from_slice(mixed.as_bytes()).unwrap();
        assert_eq!(
            event.tolerated(),
            [
                Tolerated::Duplicate("e2".into()),
                Tolerated::NotInteger("big".into()),
                Tolerated::ExtensionName("Bad".into()),
                Tolerated::ControlCharacter("ctl".into()),
            ],
            "{count}"
        );
        let names: Vec<&str> = event.extensions().names().collect();
        assert_eq!(names.len(), count + 3, "{count}");
        assert_eq!(names[2], "e2");
        assert_eq!(names[count..], ["big", "Bad", "ctl"]);
        assert_eq!(event.extension("e2").unwrap().as_str(), Some("again"));
        assert_eq!(event.extension("big").unwrap().as_str(), Some("1.5"));
        assert_eq!(event.extension("n"), None);

        // An attribute in other letter case, after the extensions: adopted leniently, and
        // named in the strict error.
        let no_type = body.replacen(r#","type":"t""#, "", 1);
        let misspelled = with_members_before_data(no_type, r#","Type":"t2""#);
        let error = strict.from_slice(misspelled.as_bytes()).unwrap_err();
        assert!(
            matches!(error.kind(), DecodeErrorKind::AttributeCase { found, .. } if found == "Type"),
            "{count}: {error}"
        );
        let event = lenient.from_slice(misspelled.as_bytes()).unwrap();
        assert_eq!(event.ty(), "t2");
        assert_eq!(event.extensions().len(), count);

        // Every decoder of owned events says the same of each.
        for body in [&body, &both, &repeat, &bad, &mixed, &misspelled] {
            for decoder in [strict, lenient] {
                let [scanned, serde, batch] = every_owned_decode(decoder, body);
                assert_eq!(scanned, serde, "{count}");
                assert_eq!(scanned, batch, "{count}");
            }
        }
    }
}

#[test]
fn the_first_name_repeated_is_the_one_reported() {
    // Among many extensions, as among a few: the first name met a second time.
    let mut body = many_extensions(1_000, Some(900));
    body.insert_str(body.len() - 16, r#","e5":"again""#);
    let error = json::from_slice(body.as_bytes()).unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::DuplicateAttribute(name) if name == "e900"),
        "{error}"
    );
}

const GOOD: &str = r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","data":{"n":1}}"#;

/// A batch of a good event, `bad`, and another good event.
fn sandwich(bad: &str) -> String {
    format!("[{GOOD},{bad},{GOOD}]")
}

/// One bad event in the middle: its own error, the others intact.
fn one_error<T: std::fmt::Debug>(results: &[Result<T, eventgrid_types::DecodeError>]) {
    assert_eq!(results.len(), 3, "{results:?}");
    assert!(results[0].is_ok(), "{results:?}");
    assert_eq!(results[1].as_ref().unwrap_err().index(), Some(1));
    assert!(results[2].is_ok(), "{results:?}");
}

#[test]
fn a_number_beyond_f64_or_a_lone_surrogate_fails_only_its_event() {
    for bad in [
        r#"{"specversion":"1.0","id":"2","source":"/s","type":"t","big":1e400}"#,
        r#"{"specversion":"1.0","id":"2","source":"/s","type":1e400}"#,
        r#"{"specversion":"1.0","id":"\uD800","source":"/s","type":"t"}"#,
    ] {
        let batch = sandwich(bad);
        let body = batch.as_bytes();
        one_error(&json::decode_batch::<SystemEvent>(body).unwrap());
        one_error(&json::decode_batch::<CloudEvent>(body).unwrap());
        one_error(
            &json::Decoder::new()
                .decode_batch::<CloudEvent>(body)
                .unwrap(),
        );
        if !bad.contains(r#""data""#) {
            one_error(&json::batch_from_slice(body).unwrap());
            one_error(
                &json::Decoder::new()
                    .batch_from_str_borrowed(&batch)
                    .unwrap(),
            );
        }
    }
    // Lenient: an extension number beyond f64 is kept as its text, and reported.
    let batch = sandwich(r#"{"specversion":"1.0","id":"2","source":"/s","type":"t","big":1e400}"#);
    let events = json::Decoder::new()
        .lenient()
        .batch_from_slice(batch.as_bytes())
        .unwrap();
    let event = events[1].as_ref().unwrap();
    assert_eq!(event.extension("big").unwrap().as_str(), Some("1e400"));
    assert_eq!(event.tolerated().len(), 1);
    let single = json::Decoder::new()
        .lenient()
        .from_slice(br#"{"specversion":"1.0","id":"2","source":"/s","type":"t","big":-1e400}"#)
        .unwrap();
    assert_eq!(single.extension("big").unwrap().as_str(), Some("-1e400"));
    // Strict: an error that names the member.
    let error =
        json::from_slice(br#"{"specversion":"1.0","id":"2","source":"/s","type":"t","big":1e400}"#)
            .unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::InvalidInteger { name, value } if name == "big" && value == "1e400"),
        "{error}"
    );
    // Malformed JSON still fails the whole batch.
    assert!(json::batch_from_slice(format!("[{GOOD},{{]").as_bytes()).is_err());
}

#[test]
fn event_grid_arrays_keep_one_result_per_event() {
    let good = r#"{"id":"1","subject":"s","eventType":"t","eventTime":"2024-01-01T00:00:00Z","dataVersion":"1","data":{}}"#;
    for bad in [
        r#"{"id":"\uDC00","subject":"s","eventType":"t","eventTime":"2024-01-01T00:00:00Z","dataVersion":"1","data":{}}"#,
        r#"{"id":"2","subject":"s","eventType":"t","eventTime":"2024-01-01T00:00:00Z","dataVersion":1e999,"data":{}}"#,
    ] {
        let body = format!("[{good},{bad},{good}]");
        one_error(&eventgrid_types::event_grid::from_slice(body.as_bytes()).unwrap());
        one_error(&eventgrid_types::event_grid::decode::<SystemEvent>(body.as_bytes()).unwrap());
    }
}

#[test]
fn control_characters_are_refused_strictly_and_reported_leniently() {
    for (attribute, member) in [
        ("id", r#""id":"a\u0000b""#),
        ("source", r#""source":"/s\r\nX""#),
        ("type", "\"type\":\"t\u{7f}\""),
        ("subject", "\"subject\":\"s\u{85}\""),
        ("tenant", r#""tenant":"x\ty""#),
    ] {
        let mut members = vec![
            r#""specversion":"1.0""#,
            r#""id":"1""#,
            r#""source":"/s""#,
            r#""type":"t""#,
        ];
        members.retain(|m| !m.starts_with(&format!("\"{attribute}\"")));
        members.push(member);
        let body = format!("{{{}}}", members.join(","));
        let error = json::from_slice(body.as_bytes()).unwrap_err();
        assert!(
            matches!(error.kind(), DecodeErrorKind::ControlCharacter { attribute: a, .. } if a == attribute),
            "{body}: {error}"
        );
        let event = json::Decoder::new()
            .lenient()
            .from_slice(body.as_bytes())
            .unwrap();
        assert_eq!(
            event.tolerated(),
            [eventgrid_types::Tolerated::ControlCharacter(
                attribute.to_owned()
            )],
            "{body}"
        );
        // What the lenient decoder kept, the encoder refuses rather than sends.
        assert!(json::to_vec(&event).is_err(), "{body}");
    }
}

fn binary_headers(extra: (&'static str, &'static [u8])) -> Vec<(&'static str, &'static [u8])> {
    vec![
        ("ce-specversion", b"1.0".as_slice()),
        ("ce-id", b"1"),
        ("ce-source", b"/s"),
        ("ce-type", b"t"),
        extra,
    ]
}

#[test]
fn binary_mode_refuses_control_characters_and_oversized_headers() {
    for (name, value) in [
        ("ce-subject", b"a%0D%0AInjected: 1".as_slice()),
        ("ce-subject", b"a%00b"),
        ("ce-tenant", b"a\tb"),
    ] {
        let error = binary::decode(binary_headers((name, value)), b"").unwrap_err();
        assert!(
            matches!(error.kind(), DecodeErrorKind::InvalidHeader { name: n, .. } if n == name),
            "{error}"
        );
        assert!(error.to_string().contains("control character"), "{error}");
    }
    let huge: &'static [u8] = Vec::leak(vec![b'a'; json::MAX_EVENT_BYTES + 1]);
    let error = binary::decode(binary_headers(("ce-subject", huge)), b"").unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::TooLarge { .. }),
        "{error}"
    );
}

#[test]
fn binary_typed_decoding_checks_a_json_body_as_binary_decoding_does() {
    let headers = || {
        binary_headers(("content-type", b"application/json".as_slice()))
            .into_iter()
            .map(|(n, v)| {
                if n == "ce-type" {
                    (n, b"Microsoft.Storage.BlobCreated".as_slice())
                } else {
                    (n, v)
                }
            })
    };
    for body in [b"{".as_slice(), b"{} {}", b"{}x", b"\xff"] {
        let typed = binary::decode_typed::<SystemEvent, _>(headers(), body).unwrap_err();
        // A type that parses its data in the same pass as the check (any `Json<T>`) says the
        // same when that parse fails.
        let one_pass =
            binary::decode_typed::<Event<Json<serde_json::Value>>, _>(headers(), body).unwrap_err();
        assert!(
            matches!(one_pass.kind(), DecodeErrorKind::BodyNotJson { .. }),
            "{one_pass}"
        );
        let plain = binary::decode(headers(), body).unwrap_err();
        assert!(
            matches!(typed.kind(), DecodeErrorKind::BodyNotJson { .. }),
            "{typed}"
        );
        assert!(
            matches!(plain.kind(), DecodeErrorKind::BodyNotJson { .. }),
            "{plain}"
        );
    }
}

/// A hand-written event that claims its constants were checked, and returns others.
struct Lying {
    event_type: &'static str,
    extension: &'static str,
    datacontenttype: &'static str,
}

impl eventgrid_types::TypedEvent for Lying {
    const STATIC_ATTRIBUTES_CHECKED: bool = true;
    fn event_type(&self) -> &str {
        self.event_type
    }
    fn source(&self) -> std::borrow::Cow<'_, str> {
        "/s".into()
    }
    fn datacontenttype(&self) -> Option<&str> {
        Some(self.datacontenttype)
    }
    fn visit_extensions(&self, visit: &mut dyn FnMut(&str, eventgrid_types::ExtensionRef<'_>)) {
        visit(self.extension, eventgrid_types::ExtensionRef::Boolean(true));
    }
    fn serialize_data<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit()
    }
}

#[test]
fn binary_encoding_checks_what_a_typed_event_only_claims() {
    let honest = Lying {
        event_type: "t",
        extension: "tenant",
        datacontenttype: "application/json",
    };
    assert!(binary::encode(&honest).is_ok());
    for lying in [
        Lying {
            event_type: "t\r\nInjected: 1",
            ..honest
        },
        Lying {
            extension: "a\r\nInjected",
            ..honest
        },
        Lying {
            datacontenttype: "application/json\r\nInjected: 1",
            ..honest
        },
    ] {
        let error = binary::encode(&lying).unwrap_err();
        assert!(
            matches!(error, eventgrid_types::EncodeError::Invalid(_)),
            "{error}"
        );
        assert!(http::encode_binary(&lying).is_err());
        assert!(json::to_vec(&lying).is_err());
    }
}

#[test]
fn webhook_binary_validation_ignores_bodies_over_the_event_limit() {
    let code = "x".repeat(2 * json::MAX_EVENT_BYTES);
    let body = format!(r#"{{"validationCode":"{code}"}}"#);
    let headers = [(
        "ce-type",
        b"Microsoft.EventGrid.SubscriptionValidationEvent".as_slice(),
    )];
    let found = eventgrid_types::webhook::detect_parts("POST", headers, body.as_bytes()).unwrap();
    assert!(found.is_none());
    // A normal one is still recognised.
    let body = br#"{"validationCode":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6"}"#;
    let found = eventgrid_types::webhook::detect_parts("POST", headers, body).unwrap();
    assert!(found.is_some());
}

#[test]
fn limits_match_the_service() {
    assert_eq!(
        json::Limits::default().max_events,
        json::MAX_DELIVERY_EVENTS
    );
    let batch = format!("[{}]", vec![GOOD; json::MAX_DELIVERY_EVENTS + 1].join(","));
    let error = json::batch_from_slice(batch.as_bytes()).unwrap_err();
    assert!(
        matches!(
            error.kind(),
            DecodeErrorKind::TooManyEvents { limit: 5_000 }
        ),
        "{error}"
    );
    // The encoder holds batches to the publish limit.
    let event = json::from_str(GOOD).unwrap();
    let events = vec![event; json::MAX_BATCH_EVENTS + 1];
    assert!(json::batch_to_vec(&events).is_err());
}

#[test]
fn integer_extensions_follow_the_json_format() {
    // "the integer component optionally prefixed with a minus sign": `-0` is 0; an
    // exponent or a fraction is not an Integer.
    let with = |value: &str| {
        format!(r#"{{"specversion":"1.0","id":"1","source":"/s","type":"t","n":{value}}}"#)
    };
    let event = json::from_str(&with("-0")).unwrap();
    assert_eq!(event.extension("n").unwrap().as_integer(), Some(0));
    for refused in ["1e2", "1.0", "1.5", "2147483648"] {
        let error = json::from_str(&with(refused)).unwrap_err();
        assert!(
            matches!(error.kind(), DecodeErrorKind::InvalidInteger { .. }),
            "{refused}: {error}"
        );
    }
}

#[test]
fn timestamps_outside_what_time_converts_are_refused() {
    use eventgrid_types::Timestamp;
    let error = Timestamp::parse("9999-12-31T23:59:59-23:59").unwrap_err();
    assert_eq!(
        error.kind(),
        eventgrid_types::timestamp::TimestampErrorKind::InvalidOffset
    );
    assert_eq!(error.position(), 19);
    // Every timestamp that parses converts to UTC.
    for text in [
        "9999-12-31T23:59:59Z",
        "9999-12-31T23:59:59.9999999Z",
        "9999-12-31T00:00:00-23:59",
        "0000-01-01T00:00:00+23:59",
        "0000-01-01T00:00:00-23:59",
    ] {
        let t = Timestamp::parse(text).unwrap();
        assert!(t.to_offset_date_time().to_utc().year() <= 9999, "{text}");
    }
}

#[test]
fn string_values_of_every_length_come_back_whole() {
    // Short string values are kept in place and long ones on the heap: every length on either
    // side of that limit, among many extensions, in structured and in binary mode.
    let value = |i: usize| format!("{i}-{}", "x".repeat(i % 40));
    let mut body = String::from(r#"{"specversion":"1.0","id":"1","source":"/s","type":"t""#);
    for i in 0..200 {
        write!(body, r#","e{i}":"{}""#, value(i)).unwrap();
    }
    body.push('}');
    let event = json::from_slice(body.as_bytes()).unwrap();
    let message = binary::encode(&event).unwrap();
    let pairs = message.headers.iter().map(|(n, v)| (n, v.as_bytes()));
    let decoded = binary::decode(pairs, &message.body).unwrap();
    for event in [&event, &decoded] {
        assert_eq!(event.extensions().len(), 200);
        for i in 0..200 {
            let found = event.extension(&format!("e{i}")).and_then(|v| v.as_str());
            assert_eq!(found, Some(value(i).as_str()));
        }
    }
    assert_eq!(decoded, event);
    assert_eq!(decoded.clone(), event);
}

/// An event whose extensions are an [`Extensions`](eventgrid_types::Extensions) the test
/// changes through its public methods, as a hand-written typed event may keep them.
struct Kept(eventgrid_types::Extensions);

impl eventgrid_types::TypedEvent for Kept {
    fn source(&self) -> std::borrow::Cow<'_, str> {
        "/s".into()
    }
    fn event_type(&self) -> &'static str {
        "t"
    }
    fn extension_map(&self) -> Option<&eventgrid_types::Extensions> {
        Some(&self.0)
    }
    fn serialize_data<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit()
    }
}

/// The one rule each encoder reports for `event`, and the attribute it names.
fn refused(event: &Kept) -> Vec<(String, Rule)> {
    let mut found = Vec::new();
    for error in [
        json::to_vec(event).unwrap_err(),
        json::batch_to_vec([event]).unwrap_err(),
        binary::encode(event).unwrap_err(),
        http::encode_binary(event).unwrap_err(),
    ] {
        let eventgrid_types::EncodeError::Invalid(error) = error else {
            panic!("not a rule: {error}");
        };
        let [violation] = error.violations() else {
            panic!("not one rule: {error}");
        };
        found.push((violation.attribute.to_string(), violation.rule.clone()));
    }
    found.dedup();
    found
}

#[test]
fn every_extension_rule_still_fails_among_few_and_many() {
    use eventgrid_types::ExtensionValue;
    use eventgrid_types::extension::NameError;
    // Below and above the count where names are also indexed by hash.
    for count in [3, 1_000] {
        let clean: eventgrid_types::Extensions = (0..count).map(|i| (format!("e{i}"), 1)).collect();
        let encoded = json::to_vec(&Kept(clean.clone())).unwrap();
        assert_eq!(json::from_slice(&encoded).unwrap().extensions(), &clean);
        assert_eq!(
            binary::encode(&Kept(clean.clone())).unwrap().headers.len(),
            count + 5
        );

        let with = |name: &str, value: ExtensionValue| {
            let mut extensions = clean.clone();
            extensions.insert(name, value);
            Kept(extensions)
        };
        let one = |attribute: &str, rule: Rule| vec![(attribute.to_owned(), rule)];
        for (name, reason) in [
            ("Tenant", NameError::InvalidCharacter('T')),
            ("quote\"d", NameError::InvalidCharacter('"')),
            ("line\nbreak", NameError::InvalidCharacter('\n')),
            ("id", NameError::Reserved),
            ("type", NameError::Reserved),
            ("a".repeat(21).as_str(), NameError::TooLong(21)),
            ("", NameError::Empty),
        ] {
            assert_eq!(
                refused(&with(name, 1.into())),
                one(name, Rule::ExtensionName(reason)),
                "{name:?}"
            );
        }
        assert_eq!(
            refused(&with("big", ExtensionValue::Integer(1 << 40))),
            one("big", Rule::IntegerOutOfRange(1 << 40))
        );
        // A value changed in place, after the name was inserted.
        let mut extensions = clean.clone();
        extensions.insert("note", "fine");
        if let Some(ExtensionValue::String(text)) = extensions.get_mut("note") {
            text.push_str("\r\nFAKE: header");
        }
        assert_eq!(
            refused(&Kept(extensions)),
            one("note", Rule::ControlCharacter(0x0D))
        );
    }
}
