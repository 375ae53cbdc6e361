//! The lenient decoder accepts what real payloads do, records each departure, and loses
//! nothing; the strict decoder refuses the same input.

use eventgrid_types::json::{self, Decoder};
use eventgrid_types::{ExtensionRef, ExtensionValue, Tolerated};

#[test]
fn camel_case_attributes_and_bad_extensions() {
    let body = br#"{"specVersion":"1.0","ID":"1","source":"/s","type":"t","Tenant":"x","ratio":0.5,"big":4247483647}"#;
    assert!(json::from_slice(body).is_err());
    let event = Decoder::new().lenient().from_slice(body).unwrap();
    assert_eq!(event.id(), "1");
    assert_eq!(
        event.extension("Tenant"),
        Some(&ExtensionValue::String("x".into()))
    );
    assert_eq!(
        event.extension("ratio"),
        Some(&ExtensionValue::String("0.5".into()))
    );
    assert_eq!(
        event.extension("big"),
        Some(&ExtensionValue::String("4247483647".into()))
    );
    let tolerated = event.tolerated();
    assert!(tolerated.contains(&Tolerated::KeyCase {
        found: "specVersion".into(),
        expected: "specversion"
    }));
    assert!(tolerated.contains(&Tolerated::KeyCase {
        found: "ID".into(),
        expected: "id"
    }));
    assert!(tolerated.contains(&Tolerated::ExtensionName("Tenant".into())));
    assert!(tolerated.contains(&Tolerated::NotInteger("ratio".into())));
    // What was tolerated is refused again when the event is sent on.
    assert!(event.validate().is_err());
}

#[test]
fn missing_specversion_duplicates_and_empty_attributes() {
    let body = br#"[{"id":"","source":"/s","type":"t","subject":"a","subject":"b"}]"#;
    let strict = json::batch_from_slice(body).unwrap();
    assert!(strict[0].is_err());
    let event = Decoder::new()
        .lenient()
        .batch_from_slice(body)
        .unwrap()
        .remove(0)
        .unwrap();
    assert_eq!(event.subject(), Some("b"));
    assert_eq!(
        event.tolerated(),
        &[
            Tolerated::Duplicate("subject".into()),
            Tolerated::Missing("specversion"),
            Tolerated::Empty("id")
        ]
    );
}

#[test]
fn duplicated_extension_keeps_the_last_value_in_every_form() {
    let body = r#"{"specversion":"1.0","id":"1","source":"/s","type":"t","tenant":"a","n":1,"tenant":"b"}"#;
    let decoder = Decoder::new().lenient();
    let owned = decoder.from_str(body).unwrap();
    assert_eq!(owned.extension("tenant"), Some(&ExtensionValue::from("b")));
    assert_eq!(owned.extensions().len(), 2);
    let borrowed = decoder.from_str_borrowed(body).unwrap();
    assert_eq!(
        borrowed.extension("tenant"),
        Some(ExtensionRef::String("b"))
    );
    // The repeated name keeps its first place, as a map's insert does.
    assert_eq!(
        borrowed.extensions().collect::<Vec<_>>(),
        [
            ("tenant", ExtensionRef::String("b")),
            ("n", ExtensionRef::Integer(1))
        ]
    );
    assert_eq!(
        owned.extensions().names().collect::<Vec<_>>(),
        ["tenant", "n"]
    );
    assert_eq!(borrowed.to_owned(), owned);
    assert!(Decoder::new().from_str(body).is_err());
}

#[test]
fn lenient_still_refuses_what_cannot_be_read() {
    let decoder = Decoder::new().lenient();
    assert!(
        decoder
            .from_slice(br#"{"specversion":"0.3","id":"1","source":"/s","type":"t"}"#)
            .is_err()
    );
    assert!(decoder.from_slice(br#"{"id":"1","type":"t"}"#).is_err());
    assert!(
        decoder
            .from_slice(br#"{"specversion":"1.0","id":"1","source":"/s","type":"t","time":"soon"}"#)
            .is_err()
    );
}
