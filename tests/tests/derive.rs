//! Behaviour of `#[derive(CloudEvent)]`: round trips in every content mode, attributes moved
//! out of the data, enum dispatch, type mismatches and run-time validation.

use eventgrid_types::validate::{self, Rule};
use eventgrid_types::{
    CloudEvent, DecodeError, DecodeErrorKind, EncodeError, EventGridEvent, EventType, FromEvent,
    StaticAttributes, Timestamp, TypedEvent, binary, event_grid, http, json,
};
use serde::{Deserialize, Serialize};

/// Attributes that stay in the data (the default); a templated source.
#[derive(CloudEvent, Serialize, Deserialize, Debug, Clone, PartialEq)]
#[cloudevent(
    type = "com.contoso.order.created",
    source = "/orders/account/{account}",
    dataschema = "https://schemas.contoso.com/order-created.json"
)]
#[serde(rename_all = "camelCase")]
struct OrderCreated {
    #[cloudevent(subject)]
    order_id: String,
    #[cloudevent(extension = "tenant")]
    tenant: String,
    account: u64,
    url: String,
}

/// Attributes moved out of the data with `#[serde(skip)]`; decoding fills them back.
#[derive(CloudEvent, Serialize, Deserialize, Debug, Clone, PartialEq)]
#[cloudevent(
    type = "com.contoso.inventory.stock-changed",
    source = "/inventory",
    datacontenttype = "application/json; charset=utf-8",
    dataversion = "2.0"
)]
struct StockChanged {
    #[serde(skip)]
    #[cloudevent(id)]
    event_id: Option<String>,
    #[serde(skip)]
    #[cloudevent(subject)]
    sku: String,
    #[serde(skip)]
    #[cloudevent(time)]
    at: Option<Timestamp>,
    #[serde(skip)]
    #[cloudevent(extension = "priority")]
    priority: u8,
    #[cloudevent(extension = "urgent")]
    urgent: Option<bool>,
    delta: i64,
    warehouse: String,
}

/// A source field, falling back to the container's source when `None`; no extensions, so
/// the Event Grid schema can carry it.
#[derive(CloudEvent, Serialize, Deserialize, Debug, Clone, PartialEq)]
#[cloudevent(
    type = "com.contoso.device.telemetry",
    source = "/devices/unregistered",
    dataversion = "1"
)]
struct Telemetry {
    #[cloudevent(source)]
    device: Option<String>,
    #[cloudevent(subject)]
    sensor: String,
    celsius: f64,
}

/// A tuple struct whose template names a field by index.
#[derive(CloudEvent, Serialize, Deserialize, Debug, Clone, PartialEq)]
#[cloudevent(type = "com.contoso.ping", source = "/pings/{0}")]
struct Ping(u32);

#[derive(CloudEvent, Debug, PartialEq)]
enum ContosoEvent {
    Order(OrderCreated),
    Stock(StockChanged),
    Telemetry(Telemetry),
}

// The catch-all holds a whole `CloudEvent` by value, as a user's enum would; boxing it is the
// user's choice, not this test's.
#[allow(clippy::large_enum_variant)]
#[derive(CloudEvent, Debug, PartialEq)]
enum OrdersOrAnything {
    Order(OrderCreated),
    #[cloudevent(other)]
    Other(CloudEvent),
}

fn order() -> OrderCreated {
    OrderCreated {
        order_id: "ord-1001".into(),
        tenant: "contoso".into(),
        account: 42,
        url: "https://shop.contoso.com/orders/1001".into(),
    }
}

fn stock() -> StockChanged {
    StockChanged {
        event_id: Some("evt-7".into()),
        sku: "A-17".into(),
        at: Some(Timestamp::parse("2024-03-01T08:15:42.1234567+05:30").unwrap()),
        priority: 3,
        urgent: Some(true),
        delta: -3,
        warehouse: "west-7".into(),
    }
}

fn telemetry() -> Telemetry {
    Telemetry {
        device: Some("/devices/thermo-9".into()),
        sensor: "probe 2".into(),
        celsius: 21.5,
    }
}

fn headers(message: &binary::BinaryMessage) -> impl Iterator<Item = (&str, &[u8])> {
    message.headers.iter().map(|(n, v)| (n, v.as_bytes()))
}

#[test]
fn event_type_constant() {
    assert_eq!(OrderCreated::EVENT_TYPE, "com.contoso.order.created");
    assert_eq!(Ping::EVENT_TYPE, "com.contoso.ping");
    assert_eq!(order().event_type(), OrderCreated::EVENT_TYPE);
    assert_eq!(
        <OrderCreated as FromEvent<'_>>::expected_types(),
        ["com.contoso.order.created"]
    );
}

#[test]
fn static_attributes_are_the_constants_only() {
    let fixed = StockChanged::STATIC;
    assert_eq!(
        fixed.event_type,
        Some("com.contoso.inventory.stock-changed")
    );
    assert_eq!(fixed.source, Some("/inventory"));
    assert_eq!(
        fixed.datacontenttype,
        Some("application/json; charset=utf-8")
    );
    // A template and a source field make the source vary by value.
    assert_eq!(OrderCreated::STATIC.source, None);
    assert_eq!(Telemetry::STATIC.source, None);
    assert_eq!(
        OrderCreated::STATIC.datacontenttype,
        Some("application/json")
    );
    // Enums vary by variant; a CloudEvent by value.
    assert_eq!(ContosoEvent::STATIC, StaticAttributes::NONE);
    assert_eq!(CloudEvent::STATIC, StaticAttributes::NONE);
    // Each constant is what the method gives.
    let value = stock();
    assert_eq!(fixed.event_type, Some(value.event_type()));
    assert_eq!(fixed.source.map(Into::into), Some(value.source()));
    assert_eq!(fixed.datacontenttype, value.datacontenttype());
    let (headers, _) = http::encode_binary(&value).unwrap();
    assert_eq!(headers["ce-source"], "/inventory");
    assert_eq!(headers["content-type"], "application/json; charset=utf-8");
}

#[test]
fn attributes_of_a_derived_event() {
    let event = CloudEvent::from_typed(&order()).unwrap();
    assert_eq!(event.ty(), "com.contoso.order.created");
    assert_eq!(event.source(), "/orders/account/42");
    assert_eq!(event.subject(), Some("ord-1001"));
    assert_eq!(
        event.dataschema(),
        Some("https://schemas.contoso.com/order-created.json")
    );
    assert_eq!(event.datacontenttype(), Some("application/json"));
    assert_eq!(event.extension("tenant").unwrap().as_str(), Some("contoso"));
    assert!(!event.id().is_empty(), "an id is generated");
    // The data is the struct through its own Serialize: camelCase, attributes included.
    let data: serde_json::Value = event.data().unwrap().to_typed().unwrap();
    assert_eq!(
        data,
        serde_json::json!({
            "orderId": "ord-1001", "tenant": "contoso", "account": 42,
            "url": "https://shop.contoso.com/orders/1001"
        })
    );
    assert_eq!(event.decode::<OrderCreated>().unwrap(), order());
}

#[test]
fn skipped_fields_leave_the_data_and_come_back_from_attributes() {
    let event = CloudEvent::from_typed(&stock()).unwrap();
    assert_eq!(event.id(), "evt-7");
    assert_eq!(event.subject(), Some("A-17"));
    assert_eq!(
        event.time().unwrap().as_str(),
        "2024-03-01T08:15:42.1234567+05:30"
    );
    assert_eq!(event.extension("priority").unwrap().as_integer(), Some(3));
    assert_eq!(event.extension("urgent").unwrap().as_bool(), Some(true));
    assert_eq!(
        event.datacontenttype(),
        Some("application/json; charset=utf-8")
    );
    let data: serde_json::Value = event.data().unwrap().to_typed().unwrap();
    assert_eq!(
        data,
        serde_json::json!({"urgent": true, "delta": -3, "warehouse": "west-7"})
    );
    assert_eq!(event.decode::<StockChanged>().unwrap(), stock());
}

#[test]
fn optional_attributes_may_be_absent() {
    let sparse = StockChanged {
        event_id: None,
        at: None,
        urgent: None,
        ..stock()
    };
    let event = CloudEvent::from_typed(&sparse).unwrap();
    assert!(event.time().is_none());
    assert!(event.extension("urgent").is_none());
    let back: StockChanged = event.decode().unwrap();
    // The id comes back as the generated one.
    assert_eq!(back.event_id.as_deref(), Some(event.id()));
    assert_eq!(
        back,
        StockChanged {
            event_id: back.event_id.clone(),
            ..sparse
        }
    );
}

#[test]
fn required_attribute_missing_on_decode() {
    let mut event = CloudEvent::from_typed(&stock()).unwrap();
    event.set_subject(None);
    let error = event.decode::<StockChanged>().unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::MissingAttribute("subject")),
        "{error}"
    );
    let mut event = CloudEvent::from_typed(&stock()).unwrap();
    event.set_extension("priority", "high");
    let error = event.decode::<StockChanged>().unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::AttributeValue { attribute, .. } if attribute == "priority"),
        "{error}"
    );
}

#[test]
fn structured_round_trip() {
    for bytes in [json::to_vec(&order()).unwrap(), {
        let mut out = Vec::new();
        json::to_writer(&mut out, &order()).unwrap();
        out
    }] {
        let raw: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(raw["type"], "com.contoso.order.created");
        assert_eq!(raw["source"], "/orders/account/42");
        assert_eq!(raw["tenant"], "contoso");
        assert_eq!(raw["data"]["orderId"], "ord-1001");
        assert_eq!(json::decode::<OrderCreated>(&bytes).unwrap(), order());
    }
    let bytes = json::to_vec(&stock()).unwrap();
    assert_eq!(json::decode::<StockChanged>(&bytes).unwrap(), stock());
    let bytes = json::to_vec(&Ping(7)).unwrap();
    let event = json::from_slice(&bytes).unwrap();
    assert_eq!(event.source(), "/pings/7");
    assert_eq!(json::decode::<Ping>(&bytes).unwrap(), Ping(7));
}

#[test]
fn batch_round_trip() {
    let orders = [
        order(),
        OrderCreated {
            account: 7,
            ..order()
        },
    ];
    let bytes = json::batch_to_vec(&orders).unwrap();
    let back: Vec<OrderCreated> = json::decode_batch(&bytes)
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(back, orders);

    let mixed = [
        ContosoEvent::Order(order()),
        ContosoEvent::Stock(stock()),
        ContosoEvent::Telemetry(telemetry()),
    ];
    let mut bytes = Vec::new();
    json::batch_to_writer(&mut bytes, &mixed).unwrap();
    let back: Vec<ContosoEvent> = json::decode_batch(&bytes)
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(back, mixed);
}

#[test]
fn binary_round_trip() {
    let message = binary::encode(&order()).unwrap();
    assert_eq!(message.header("ce-type"), Some("com.contoso.order.created"));
    assert_eq!(message.header("ce-source"), Some("/orders/account/42"));
    assert_eq!(message.header("ce-subject"), Some("ord-1001"));
    assert_eq!(message.header("ce-tenant"), Some("contoso"));
    assert_eq!(message.header("content-type"), Some("application/json"));
    let back: OrderCreated = binary::decode_typed(headers(&message), &message.body).unwrap();
    assert_eq!(back, order());

    // Extension values travel as strings and are read back into their field types.
    let message = binary::encode(&stock()).unwrap();
    assert_eq!(message.header("ce-priority"), Some("3"));
    assert_eq!(message.header("ce-urgent"), Some("true"));
    let back: StockChanged = binary::decode_typed(headers(&message), &message.body).unwrap();
    assert_eq!(back, stock());

    // Percent-encoding of a subject with a space.
    let message = binary::encode(&telemetry()).unwrap();
    assert_eq!(message.header("ce-subject"), Some("probe%202"));
    let back: Telemetry = binary::decode_typed(headers(&message), &message.body).unwrap();
    assert_eq!(back, telemetry());
}

#[test]
fn http_round_trip_in_every_mode() {
    let request = http::binary_request(&stock()).unwrap();
    let back = http::decode_request::<StockChanged, _>(&request).unwrap();
    assert_eq!(back.into_iter().next().unwrap().unwrap(), stock());

    let request = http::structured_request(&order()).unwrap();
    let back = http::decode_request::<ContosoEvent, _>(&request).unwrap();
    assert_eq!(
        back.into_iter().next().unwrap().unwrap(),
        ContosoEvent::Order(order())
    );

    let events = [telemetry(), telemetry()];
    let request = http::batch_request(&events).unwrap();
    let back = http::decode_request::<Telemetry, _>(&request).unwrap();
    assert_eq!(back.len(), 2);
    for event in back {
        assert_eq!(event.unwrap(), telemetry());
    }
}

#[test]
fn event_grid_schema_round_trip() {
    let event = EventGridEvent::from_typed(&telemetry()).unwrap();
    assert_eq!(event.event_type, "com.contoso.device.telemetry");
    assert_eq!(event.subject.as_deref(), Some("probe 2"));
    assert_eq!(event.data_version.as_deref(), Some("1"));
    assert_eq!(event.decode::<Telemetry>().unwrap(), telemetry());

    let body = event_grid::to_vec(&[event]).unwrap();
    let back = event_grid::decode::<ContosoEvent>(&body).unwrap();
    assert_eq!(
        back.into_iter().next().unwrap().unwrap(),
        ContosoEvent::Telemetry(telemetry())
    );
}

#[test]
fn event_grid_schema_refuses_extensions() {
    let error = EventGridEvent::from_typed(&order()).unwrap_err();
    let EncodeError::Invalid(invalid) = error else {
        panic!("expected a validation error, got {error}");
    };
    assert_eq!(invalid.violations()[0].attribute, "tenant");
}

#[test]
fn source_field_falls_back_to_the_container_source() {
    let anonymous = Telemetry {
        device: None,
        ..telemetry()
    };
    assert_eq!(anonymous.source(), "/devices/unregistered");
    assert_eq!(telemetry().source(), "/devices/thermo-9");
}

fn assert_type_mismatch(error: &DecodeError, expected: &str, found: &str) {
    match error.kind() {
        DecodeErrorKind::TypeMismatch {
            expected: e,
            found: f,
        } => {
            assert_eq!(e, expected);
            assert_eq!(f, found);
        }
        other => panic!("expected a type mismatch, got {other}"),
    }
}

#[test]
fn type_mismatch_names_expected_and_found() {
    let bytes = json::to_vec(&stock()).unwrap();
    let error = json::decode::<OrderCreated>(&bytes).unwrap_err();
    assert_type_mismatch(
        &error,
        "com.contoso.order.created",
        "com.contoso.inventory.stock-changed",
    );
    assert_eq!(
        error.to_string(),
        "expected an event of type com.contoso.order.created, found \"com.contoso.inventory.stock-changed\""
    );
    // Straight through `FromEvent`, without the decoder's own check.
    let event = CloudEvent::from_typed(&stock()).unwrap();
    let error = event.decode::<Telemetry>().unwrap_err();
    assert_type_mismatch(
        &error,
        "com.contoso.device.telemetry",
        "com.contoso.inventory.stock-changed",
    );
}

#[test]
fn enum_dispatch_by_type() {
    for (inner, expected) in [
        (
            CloudEvent::from_typed(&order()).unwrap(),
            ContosoEvent::Order(order()),
        ),
        (
            CloudEvent::from_typed(&stock()).unwrap(),
            ContosoEvent::Stock(stock()),
        ),
        (
            CloudEvent::from_typed(&telemetry()).unwrap(),
            ContosoEvent::Telemetry(telemetry()),
        ),
    ] {
        assert_eq!(inner.decode::<ContosoEvent>().unwrap(), expected);
    }
}

#[test]
fn enum_unknown_type_lists_every_expected_type() {
    let ping = CloudEvent::from_typed(&Ping(1)).unwrap();
    let error = ping.decode::<ContosoEvent>().unwrap_err();
    assert_type_mismatch(
        &error,
        "com.contoso.order.created or com.contoso.inventory.stock-changed or com.contoso.device.telemetry",
        "com.contoso.ping",
    );
    assert!(!ContosoEvent::accepts_type("com.contoso.ping"));
    assert!(ContosoEvent::accepts_type("com.contoso.device.telemetry"));
}

#[test]
fn enum_catch_all_variant() {
    let ping = CloudEvent::from_typed(&Ping(1)).unwrap();
    assert_eq!(
        ping.decode::<OrdersOrAnything>().unwrap(),
        OrdersOrAnything::Other(ping.clone())
    );
    let order_event = CloudEvent::from_typed(&order()).unwrap();
    assert_eq!(
        order_event.decode::<OrdersOrAnything>().unwrap(),
        OrdersOrAnything::Order(order())
    );
    // Encoding the catch-all re-sends the event unchanged.
    let bytes = json::to_vec(&OrdersOrAnything::Other(ping.clone())).unwrap();
    assert_eq!(json::from_slice(&bytes).unwrap(), ping);
}

#[test]
fn enum_encoding_delegates() {
    let wrapped = ContosoEvent::Stock(stock());
    assert_eq!(wrapped.event_type(), StockChanged::EVENT_TYPE);
    assert_eq!(
        json::to_vec(&wrapped).unwrap(),
        json::to_vec(&stock()).unwrap()
    );
    let message = binary::encode(&wrapped).unwrap();
    assert_eq!(message, binary::encode(&stock()).unwrap());
}

#[derive(CloudEvent, Serialize, Deserialize, Debug)]
#[cloudevent(type = "com.contoso.audit", source = "/audit/{user}")]
struct Audit {
    user: String,
    #[cloudevent(extension = "sequence")]
    sequence: u64,
    #[cloudevent(subject)]
    action: String,
}

#[test]
fn run_time_validation_of_dynamic_values() {
    let audit = Audit {
        user: "Jane Doe".into(),
        sequence: u64::from(u32::MAX) + 1,
        action: "log\nin".into(),
    };
    let error = validate::typed(&audit).unwrap_err();
    let found: Vec<(&str, &Rule)> = error
        .violations()
        .iter()
        .map(|v| (v.attribute.as_ref(), &v.rule))
        .collect();
    assert!(
        matches!(
            found.as_slice(),
            [
                // The space in `user` is percent-encoded in the source, so that is valid.
                ("subject", Rule::ControlCharacter(10)),
                ("sequence", Rule::IntegerOutOfRange(4_294_967_296)),
            ]
        ),
        "{found:?}"
    );
    assert_eq!(TypedEvent::source(&audit), "/audit/Jane%20Doe");
    // Every encoder refuses it.
    assert!(matches!(json::to_vec(&audit), Err(EncodeError::Invalid(_))));
    assert!(matches!(
        binary::encode(&audit),
        Err(EncodeError::Invalid(_))
    ));
    assert!(matches!(
        CloudEvent::from_typed(&audit),
        Err(EncodeError::Invalid(_))
    ));
    assert!(matches!(
        http::binary_request(&audit),
        Err(EncodeError::Invalid(_))
    ));

    let fine = Audit {
        user: "jane".into(),
        sequence: 5,
        action: "login".into(),
    };
    assert!(validate::typed(&fine).is_ok());
    assert_eq!(fine.source(), "/audit/jane");
}

/// Issue 16: a value inserted into a `source` template cannot add a segment, a query or a
/// fragment: what would is percent-encoded.
#[derive(CloudEvent, Serialize, Deserialize, Debug, Clone, PartialEq)]
#[cloudevent(type = "com.contoso.region.changed", source = "/regions/{region}/x")]
struct RegionChanged {
    region: String,
}

#[test]
fn source_template_values_are_percent_encoded() {
    let event = RegionChanged {
        region: "eu/west?x=1#y 100%".into(),
    };
    assert_eq!(
        TypedEvent::source(&event),
        "/regions/eu%2Fwest%3Fx=1%23y%20100%25/x"
    );
    // What a segment may hold stays as it is, and the event validates.
    let plain = RegionChanged {
        region: "eu-west_1.a~b:c@d!$&'()*+,;=".into(),
    };
    assert_eq!(
        TypedEvent::source(&plain),
        "/regions/eu-west_1.a~b:c@d!$&'()*+,;=/x"
    );
    assert!(json::to_vec(&event).is_ok());
    let decoded: RegionChanged = json::decode(&json::to_vec(&event).unwrap()).unwrap();
    assert_eq!(decoded, event);
}

/// Issue 16: a `time` that is not RFC 3339 (decoders accept such text) is not sent.
#[test]
fn time_must_be_rfc3339_to_be_sent() {
    let mut event = stock();
    event.at = Some(Timestamp::parse("2026-01-01 00:00:00").unwrap());
    let error = validate::typed(&event).unwrap_err();
    assert_eq!(
        error
            .violations()
            .iter()
            .map(|v| (v.attribute.as_ref(), &v.rule))
            .collect::<Vec<_>>(),
        [("time", &Rule::NotRfc3339)]
    );
    assert!(matches!(json::to_vec(&event), Err(EncodeError::Invalid(_))));
    assert!(matches!(
        binary::encode(&event),
        Err(EncodeError::Invalid(_))
    ));
    event.at = Some(Timestamp::parse("2026-01-01T00:00:00Z").unwrap());
    assert!(json::to_vec(&event).is_ok());
}

/// Issue 16: a `subject` template, as subscriptions filter on the subject.
#[derive(CloudEvent, Serialize, Deserialize, Debug, Clone, PartialEq)]
#[cloudevent(
    type = "com.contoso.order.shipped",
    source = "/orders",
    subject = "accounts/{account}/orders/{order_id}"
)]
struct OrderShipped {
    account: u64,
    order_id: String,
}

#[test]
fn subject_template_fills_the_subject() {
    let shipped = OrderShipped {
        account: 42,
        order_id: "ord-1".into(),
    };
    assert_eq!(
        TypedEvent::subject(&shipped).as_deref(),
        Some("accounts/42/orders/ord-1")
    );
    let event = json::from_slice(&json::to_vec(&shipped).unwrap()).unwrap();
    assert_eq!(event.subject(), Some("accounts/42/orders/ord-1"));
    // A control character from a value is refused by the encoders, not sent.
    let bad = OrderShipped {
        account: 1,
        order_id: "a\nb".into(),
    };
    assert!(matches!(json::to_vec(&bad), Err(EncodeError::Invalid(_))));
}
