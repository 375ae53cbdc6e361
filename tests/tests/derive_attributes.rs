//! One runnable example per attribute of `#[derive(CloudEvent)]`, mirroring
//! `eventgrid-derive/attributes.md` (whose own examples run as doctests of `src/lib.rs`).

use eventgrid_types::{
    CloudEvent, DecodeErrorKind, EventGridEvent, EventType, ExtensionValue, Timestamp, TypedEvent,
    json,
};
use serde::{Deserialize, Serialize};

#[test]
fn type_attribute() {
    #[derive(CloudEvent, Serialize, Deserialize, Debug)]
    #[cloudevent(type = "com.contoso.order.shipped", source = "/orders")]
    struct OrderShipped {
        order_id: String,
    }

    assert_eq!(OrderShipped::EVENT_TYPE, "com.contoso.order.shipped");
    let other = CloudEvent::builder("com.contoso.order.created", "/orders")
        .json_data(&serde_json::json!({"order_id": "1"}))
        .build()
        .unwrap();
    let error = other.decode::<OrderShipped>().unwrap_err();
    assert!(matches!(error.kind(), DecodeErrorKind::TypeMismatch { .. }));
}

#[test]
fn source_literal_and_template() {
    #[derive(CloudEvent, Serialize)]
    #[cloudevent(
        type = "com.contoso.order.created",
        source = "/orders/account/{account}"
    )]
    struct OrderCreated {
        account: u64,
        order_id: String,
    }

    let order = OrderCreated {
        account: 42,
        order_id: "1".into(),
    };
    assert_eq!(order.source(), "/orders/account/42");
}

#[test]
fn dataschema_datacontenttype_dataversion() {
    #[derive(CloudEvent, Serialize)]
    #[cloudevent(
        type = "com.contoso.order.created",
        source = "/orders",
        dataschema = "https://schemas.contoso.com/order-created.json",
        datacontenttype = "application/json; charset=utf-8",
        dataversion = "2.0"
    )]
    struct OrderCreated {
        order_id: String,
    }

    #[derive(CloudEvent, Serialize)]
    #[cloudevent(type = "com.contoso.plain", source = "/plain")]
    struct Plain {
        n: u8,
    }

    let order = OrderCreated {
        order_id: "1".into(),
    };
    assert_eq!(
        order.dataschema(),
        Some("https://schemas.contoso.com/order-created.json")
    );
    assert_eq!(
        order.datacontenttype(),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(
        EventGridEvent::from_typed(&order)
            .unwrap()
            .data_version
            .as_deref(),
        Some("2.0")
    );
    // The defaults.
    let plain = Plain { n: 1 };
    assert_eq!(plain.datacontenttype(), Some("application/json"));
    assert_eq!(plain.dataschema(), None);
    assert_eq!(plain.dataversion(), None);
}

#[test]
fn id_subject_time_stay_in_the_data_by_default() {
    #[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
    #[cloudevent(type = "com.contoso.order.created", source = "/orders")]
    struct OrderCreated {
        #[cloudevent(id)]
        event_id: Option<String>,
        #[cloudevent(subject)]
        order_id: String,
        #[cloudevent(time)]
        placed_at: Option<Timestamp>,
    }

    let order = OrderCreated {
        event_id: Some("e-1".into()),
        order_id: "o-1".into(),
        placed_at: Some(Timestamp::parse("2024-05-01T10:00:00Z").unwrap()),
    };
    let event = CloudEvent::from_typed(&order).unwrap();
    assert_eq!(event.id(), "e-1");
    assert_eq!(event.subject(), Some("o-1"));
    assert_eq!(event.time().unwrap().as_str(), "2024-05-01T10:00:00Z");
    let data: serde_json::Value = event.data().unwrap().to_typed().unwrap();
    assert_eq!(data["order_id"], "o-1");
    assert_eq!(data["event_id"], "e-1");

    // No id: the encoder generates one.
    let anonymous = OrderCreated {
        event_id: None,
        ..order
    };
    assert_eq!(anonymous.id(), None);
    assert_eq!(CloudEvent::from_typed(&anonymous).unwrap().id().len(), 36);
}

#[test]
fn serde_skip_moves_a_field_out_of_the_data() {
    #[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
    #[cloudevent(type = "com.contoso.stock.changed", source = "/inventory")]
    struct StockChanged {
        #[serde(skip)]
        #[cloudevent(subject)]
        sku: String,
        #[serde(skip)]
        #[cloudevent(time)]
        at: Option<Timestamp>,
        delta: i64,
    }

    let stock = StockChanged {
        sku: "A-17".into(),
        at: None,
        delta: -1,
    };
    let event = CloudEvent::from_typed(&stock).unwrap();
    let data: serde_json::Value = event.data().unwrap().to_typed().unwrap();
    assert_eq!(data, serde_json::json!({"delta": -1}));
    assert_eq!(event.decode::<StockChanged>().unwrap(), stock);

    let without_subject = CloudEvent::builder("com.contoso.stock.changed", "/inventory")
        .json_data(&serde_json::json!({"delta": 1}))
        .build()
        .unwrap();
    let error = without_subject.decode::<StockChanged>().unwrap_err();
    assert!(matches!(
        error.kind(),
        DecodeErrorKind::MissingAttribute("subject")
    ));
}

#[test]
fn source_field() {
    #[derive(CloudEvent, Serialize, Deserialize)]
    #[cloudevent(
        type = "com.contoso.device.telemetry",
        source = "/devices/unregistered"
    )]
    struct Telemetry {
        #[cloudevent(source)]
        device: Option<String>,
        celsius: f64,
    }

    let known = Telemetry {
        device: Some("/devices/7".into()),
        celsius: 20.0,
    };
    assert_eq!(known.source(), "/devices/7");
    let unknown = Telemetry {
        device: None,
        celsius: 20.0,
    };
    assert_eq!(unknown.source(), "/devices/unregistered");
}

#[test]
fn extension() {
    #[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
    #[cloudevent(type = "com.contoso.order.created", source = "/orders")]
    struct OrderCreated {
        #[cloudevent(extension = "tenant")]
        tenant: String,
        #[cloudevent(extension = "priority")]
        priority: Option<u8>,
        #[cloudevent(extension = "urgent")]
        urgent: bool,
        #[serde(skip)]
        #[cloudevent(extension = "trace")]
        trace: Option<String>,
    }

    let order = OrderCreated {
        tenant: "contoso".into(),
        priority: None,
        urgent: true,
        trace: None,
    };
    let event = CloudEvent::from_typed(&order).unwrap();
    assert_eq!(
        event.extension("tenant"),
        Some(&ExtensionValue::from("contoso"))
    );
    assert_eq!(event.extension("priority"), None);
    assert_eq!(event.extension("urgent"), Some(&ExtensionValue::from(true)));
    assert_eq!(event.decode::<OrderCreated>().unwrap(), order);
}

#[test]
fn enum_with_catch_all() {
    #[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
    #[cloudevent(type = "com.contoso.order.created", source = "/orders")]
    struct OrderCreated {
        order_id: String,
    }

    #[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
    #[cloudevent(type = "com.contoso.order.shipped", source = "/orders")]
    struct OrderShipped {
        order_id: String,
    }

    #[derive(CloudEvent, Debug, PartialEq)]
    #[allow(clippy::large_enum_variant)] // A whole CloudEvent in the catch-all, on purpose.
    enum OrderEvent {
        Created(OrderCreated),
        Shipped(OrderShipped),
        #[cloudevent(other)]
        Other(CloudEvent),
    }

    let shipped = OrderShipped {
        order_id: "1".into(),
    };
    let bytes = json::to_vec(&shipped).unwrap();
    match json::decode::<OrderEvent>(&bytes).unwrap() {
        OrderEvent::Shipped(back) => assert_eq!(back, shipped),
        other => panic!("wrong variant: {other:?}"),
    }
    let unknown = CloudEvent::builder("com.contoso.order.lost", "/orders")
        .build()
        .unwrap();
    assert!(matches!(
        unknown.decode::<OrderEvent>().unwrap(),
        OrderEvent::Other(_)
    ));
}

/// `report_unknown`: `Reported<T>` lists each member the struct's `Deserialize` ignored, nested
/// ones with their path; `StrictData<T>` refuses them; an enum passes its variant's reports
/// through; without the attribute nothing is reported.
#[test]
fn report_unknown_attribute() {
    use eventgrid_types::{DataMemberKind, Reported, StrictData, Tolerated};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Line {
        sku: String,
    }

    #[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
    #[cloudevent(type = "com.contoso.order.created", source = "/orders", report_unknown)]
    struct OrderCreated {
        order_id: String,
        lines: Vec<Line>,
    }

    #[derive(CloudEvent, Serialize, Deserialize, Debug)]
    #[cloudevent(type = "com.contoso.order.created", source = "/orders")]
    struct Quiet {
        order_id: String,
    }

    #[derive(CloudEvent, Debug)]
    enum OrderEvent {
        Created(OrderCreated),
    }

    let body = br#"{"specversion":"1.0","id":"1","source":"/orders","type":"com.contoso.order.created",
        "data":{"order_id":"17","coupon":"SPRING","lines":[{"sku":"a"},{"sku":"b","gift wrap":true}]}}"#;
    let paths = |tolerated: &[Tolerated]| -> Vec<(String, DataMemberKind)> {
        tolerated
            .iter()
            .filter_map(Tolerated::data_member)
            .map(|m| (m.path().to_owned(), m.kind().clone()))
            .collect()
    };
    let expected = vec![
        ("coupon".to_owned(), DataMemberKind::Unknown),
        (
            r#"lines[1]["gift wrap"]"#.to_owned(),
            DataMemberKind::Unknown,
        ),
    ];

    let reported = json::decode::<Reported<OrderCreated>>(body).unwrap();
    assert_eq!(paths(reported.tolerated()), expected);
    assert_eq!(reported.value().lines.len(), 2);

    let in_enum = json::decode::<Reported<OrderEvent>>(body).unwrap();
    assert_eq!(paths(in_enum.tolerated()), expected);

    let strict = json::decode::<StrictData<OrderCreated>>(body).unwrap_err();
    assert!(
        matches!(strict.kind(), DecodeErrorKind::Data { path, .. } if path == "coupon"),
        "{strict}"
    );

    // Without the attribute the same data decodes and nothing is reported.
    let quiet = json::decode::<Reported<Quiet>>(body).unwrap();
    assert!(quiet.tolerated().is_empty());
    // With it, plain decoding is unchanged and data that fits is not reported.
    assert_eq!(json::decode::<OrderCreated>(body).unwrap().order_id, "17");
    let clean =
        br#"{"specversion":"1.0","id":"1","source":"/orders","type":"com.contoso.order.created",
        "data":{"order_id":"17","lines":[]}}"#;
    assert!(json::decode::<StrictData<OrderCreated>>(clean).is_ok());

    // `Json<T>` reports the same way when wrapped.
    let json_reported =
        json::decode::<Reported<eventgrid_types::Json<OrderCreated>>>(body).unwrap();
    assert_eq!(paths(json_reported.tolerated()), expected);
}
