//! The generated types compile and decode events: a CloudEvent and an Event Grid event of
//! this crate's own types, with what the tolerant decode reports.

use eventgrid_codegen_example::orders::{Channel, OrderPlacedData, OrderShippedData};
use eventgrid_codegen_example::{SystemEvent, SystemEventNames, catalog};
use eventgrid_types::{Reported, StrictData};

const PLACED: &str = r#"{
    "specversion": "1.0",
    "id": "9aeb0fdf-c01e-0131-0922-9eb54906e209",
    "source": "/contoso/orders",
    "type": "Contoso.Orders.OrderPlaced",
    "time": "2026-12-07T03:00:00Z",
    "datacontenttype": "application/json",
    "data": {
        "orderId": "o-17",
        "placedAt": "2026-12-07T02:59:58.25Z",
        "quantity": "3",
        "channel": "Web",
        "lines": [{ "sku": "A-1", "price": 9.5 }, { "sku": "B-2", "price": null }],
        "giftWrap": true
    }
}"#;

#[test]
fn a_cloud_event_decodes_into_the_generated_payload() {
    let (event, tolerated) =
        eventgrid_types::json::decode::<Reported<SystemEvent>>(PLACED.as_bytes())
            .unwrap()
            .into_parts();
    let SystemEvent::ContosoOrdersOrderPlaced(data) = &event else {
        panic!("not an OrderPlaced event: {event:?}");
    };
    assert_eq!(data.order_id.as_deref(), Some("o-17"));
    assert_eq!(
        data.placed_at.map(|t| t.to_string()).as_deref(),
        Some("2026-12-07T02:59:58.25Z")
    );
    // A number sent as a string, and an enum value in other letter case, are read.
    assert_eq!(data.quantity, Some(3));
    assert_eq!(data.channel, Some(Channel::Web));
    let lines = data.lines.as_deref().unwrap();
    assert_eq!(lines[0].sku.as_deref(), Some("A-1"));
    assert_eq!(lines[0].price, Some(9.5));
    assert_eq!(lines[1].price, None);
    assert_eq!(
        event.event_type(),
        SystemEventNames::CONTOSO_ORDERS_ORDER_PLACED
    );

    // The member no field takes and the enum value in other case are reported by path.
    let paths: Vec<String> = tolerated
        .iter()
        .filter_map(|t| t.data_member())
        .map(|member| member.path().to_owned())
        .collect();
    assert_eq!(paths, ["channel", "giftWrap"], "{tolerated:?}");
}

#[test]
fn strict_data_refuses_the_member_no_field_takes() {
    let error = eventgrid_types::json::decode::<StrictData<SystemEvent>>(PLACED.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(error.contains("giftWrap"), "{error}");
}

#[test]
fn an_event_grid_event_with_flattened_all_of_decodes() {
    let body = r#"[{
        "id": "1",
        "topic": "/subscriptions/s/resourceGroups/g/providers/Contoso.Orders/stores/x",
        "subject": "orders/o-17",
        "eventType": "contoso.orders.ordershipped",
        "eventTime": "2026-12-07T04:00:00Z",
        "dataVersion": "1",
        "data": { "orderId": "o-17", "carrier": "DHL", "channel": "kiosk" }
    }]"#;
    let events = eventgrid_types::event_grid::decode::<SystemEvent>(body.as_bytes()).unwrap();
    let event = events.into_iter().next().unwrap().unwrap();
    let SystemEvent::ContosoOrdersOrderShipped(data) = event else {
        panic!("not an OrderShipped event: {event:?}");
    };
    // The members of `OrderPlacedData` come through `allOf`; an unlisted value is kept.
    let data: &OrderShippedData = &data;
    assert_eq!(data.carrier.as_deref(), Some("DHL"));
    assert_eq!(data.order_id.as_deref(), Some("o-17"));
    assert_eq!(data.channel, Some(Channel::Other("kiosk".to_owned())));
    assert_eq!(data.lines, None);
}

#[test]
fn types_without_a_variant_are_kept_as_received() {
    let body = PLACED.replace("Contoso.Orders.OrderPlaced", "Contoso.Orders.Legacy");
    let event = eventgrid_types::json::decode::<SystemEvent>(body.as_bytes()).unwrap();
    let SystemEvent::Unknown(unknown) = &event else {
        panic!("a type without a schema got a variant: {event:?}");
    };
    assert_eq!(unknown.event_type(), "Contoso.Orders.Legacy");
    let data = event.serialize_data(serde_json::value::Serializer).unwrap();
    assert_eq!(data["orderId"], "o-17");
}

#[test]
fn the_payload_round_trips_through_serde() {
    let data: OrderPlacedData =
        serde_json::from_str(r#"{"orderId":"o-1","channel":"store","quantity":2}"#).unwrap();
    let text = serde_json::to_string(&data).unwrap();
    assert_eq!(text, r#"{"channel":"store","orderId":"o-1","quantity":2}"#);
}

#[test]
fn the_catalog_lists_every_type_with_its_facts() {
    let names: Vec<_> = catalog()
        .iter()
        .map(eventgrid_system_events::EventTypeInfo::name)
        .collect();
    assert_eq!(names, SystemEventNames::ALL);
    let legacy = &catalog()[0];
    assert!(legacy.is_deprecated() && !legacy.has_schema());
    assert!(catalog()[1].is_decoded(), "the `orders` feature is on");
}
