//! `Event<T>`: the envelope and a typed payload from one decode, in every schema and mode, and
//! the one-pass decode whatever the order of the members.

use std::cell::Cell;

use eventgrid_system_events::SystemEvent;
use eventgrid_tests::bench_data::{self, Order};
use eventgrid_types::tolerated::Tolerated;
use eventgrid_types::{Event, ExtensionValue, Json, event_grid, http, json};
use serde::{Deserialize, Deserializer};

fn data(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn system_events_come_with_their_envelope_in_both_schemas() {
    let body = data("cloudevents-batch.json");
    let events = json::decode_batch::<Event<SystemEvent>>(&body).unwrap();
    let envelopes = json::batch_from_slice(&body).unwrap();
    assert_eq!(events.len(), envelopes.len());
    let mut with_extensions = 0;
    for (event, envelope) in events.iter().zip(&envelopes) {
        let (event, envelope) = match (event, envelope) {
            (Ok(event), Ok(envelope)) => (event, envelope),
            // The sample holds bad events on purpose: the same error either way.
            (Err(a), Err(b)) => {
                assert_eq!(a.to_string(), b.to_string());
                continue;
            }
            other => panic!("event and envelope disagree: {other:?}"),
        };
        assert_eq!(event.id, envelope.id());
        assert_eq!(event.source, envelope.source());
        assert_eq!(event.event_type, envelope.ty());
        assert_eq!(event.subject.as_deref(), envelope.subject());
        assert_eq!(event.time.as_ref(), envelope.time());
        assert_eq!(event.datacontenttype.as_deref(), envelope.datacontenttype());
        assert_eq!(&event.extensions, envelope.extensions());
        assert_eq!(event.data, envelope.decode::<SystemEvent>().unwrap());
        with_extensions += usize::from(!event.extensions.is_empty());
    }
    assert!(with_extensions > 0, "the sample has events with extensions");

    let body = data("eventgrid-delivery.json");
    let events = event_grid::decode::<Event<SystemEvent>>(&body).unwrap();
    let envelopes = event_grid::from_slice(&body).unwrap();
    assert_eq!(events.len(), envelopes.len());
    for (event, envelope) in events.iter().zip(&envelopes) {
        let (Ok(event), Ok(envelope)) = (event, envelope) else {
            panic!("event and envelope disagree: {event:?} {envelope:?}");
        };
        assert_eq!(event.id, envelope.id);
        // No `topic`: an empty `source`, as in `EventView`.
        assert_eq!(event.source, envelope.topic.clone().unwrap_or_default());
        assert_eq!(event.subject, envelope.subject);
        assert_eq!(event.time, envelope.event_time);
        assert_eq!(event.dataschema, envelope.data_version);
        assert_eq!(event.tolerated(), envelope.tolerated());
        assert_eq!(event.data, envelope.decode::<SystemEvent>().unwrap());
    }
}

#[test]
fn derived_events_come_with_their_envelope_in_every_mode() {
    let order = bench_data::one_order(bench_data::SEED);
    let structured = json::to_vec(&order).unwrap();
    let single = json::decode::<Event<Order>>(&structured).unwrap();
    assert_eq!(single.data, order);
    assert_eq!(single.id, order.order_id);
    assert_eq!(single.subject.as_deref(), Some(order.customer_id.as_str()));
    assert_eq!(single.time, Some(order.placed_at));

    let batch = json::batch_to_vec([&order, &order]).unwrap();
    for event in json::decode_batch::<Event<Order>>(&batch).unwrap() {
        assert_eq!(event.unwrap(), single);
    }

    let request = http::binary_request(&order).unwrap();
    let binary: Event<Order> =
        http::decode_binary_typed(request.headers(), request.body()).unwrap();
    assert_eq!(binary.datacontenttype.as_deref(), Some("application/json"));
    assert_eq!(binary.data, order);
    assert_eq!(
        (binary.id.as_str(), binary.source.as_str(), binary.time),
        (single.id.as_str(), single.source.as_str(), single.time)
    );
    let through_request = http::decode_request::<Event<Order>, _>(&request).unwrap();
    assert_eq!(through_request[0].as_ref().unwrap(), &binary);
}

#[test]
fn what_decoding_tolerated_is_on_the_event() {
    let body = br#"{"specVersion":"1.0","id":"1","source":"/s","type":"t","data":{"n":1}}"#;
    let event = json::Decoder::new()
        .lenient()
        .decode::<Event<Json<serde_json::Value>>>(body)
        .unwrap();
    assert_eq!(
        event.tolerated(),
        [Tolerated::KeyCase {
            found: "specVersion".into(),
            expected: "specversion"
        }]
    );
    assert_eq!(event.data.0["n"], 1);
    // The Event Grid schema's typed decode records what its two-pass decode does.
    let body = br#"[{"id":"1","EventType":"t","eventTime":"2024-01-01T00:00:00Z","data":{"n":1}}]"#;
    let typed = event_grid::decode::<Event<Json<serde_json::Value>>>(body).unwrap();
    let plain = event_grid::from_slice(body).unwrap();
    let tolerated = typed[0].as_ref().unwrap().tolerated();
    assert_eq!(tolerated, plain[0].as_ref().unwrap().tolerated());
    assert!(
        tolerated.contains(&Tolerated::Missing("subject")),
        "{tolerated:?}"
    );
    assert!(tolerated.contains(&Tolerated::KeyCase {
        found: "EventType".into(),
        expected: "eventType"
    }));
}

thread_local! {
    /// How many payloads [`Counted`] has deserialized on this thread.
    static PAYLOADS_READ: Cell<usize> = const { Cell::new(0) };
}

/// Any JSON, counting how often a decoder deserializes it.
#[derive(Debug, PartialEq)]
struct Counted(serde_json::Value);

impl<'de> Deserialize<'de> for Counted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        PAYLOADS_READ.with(|n| n.set(n.get() + 1));
        serde_json::Value::deserialize(deserializer).map(Counted)
    }
}

/// Decodes `body` as a batch of `Event<Json<Counted>>`, with how many payload reads it took.
fn decode_counting(body: &str) -> (Vec<Event<Json<Counted>>>, usize) {
    let before = PAYLOADS_READ.with(Cell::get);
    let events = json::decode_batch::<Event<Json<Counted>>>(body.as_bytes())
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    (events, PAYLOADS_READ.with(Cell::get) - before)
}

fn ce(id: u32, members: &[&str]) -> String {
    let mut object = format!(r#"{{"specversion":"1.0","id":"{id}","source":"/s""#);
    for member in members {
        object.push(',');
        object.push_str(member);
    }
    object + "}"
}

const TYPE: &str = r#""type":"t""#;
const DATA: &str = r#""data":{"n":[1,2]}"#;
const JSON: &str = r#""datacontenttype":"application/json""#;

#[test]
fn datacontenttype_anywhere_costs_no_second_pass() {
    let json_charset = r#""datacontenttype":"application/json; charset=utf-8""#;
    let orders = [
        ce(0, &[TYPE, JSON, DATA]),
        ce(1, &[TYPE, DATA, JSON]),
        ce(2, &[TYPE, DATA]),
        ce(3, &[TYPE, DATA, json_charset]),
        ce(4, &[TYPE, DATA, r#""datacontenttype":null"#]),
    ];
    let (events, reads) = decode_counting(&format!("[{}]", orders.join(",")));
    assert_eq!(reads, orders.len(), "one read per payload");
    for event in &events {
        assert_eq!(event.data.0, Counted(serde_json::json!({"n": [1, 2]})));
    }
    assert_eq!(
        events[1].datacontenttype.as_deref(),
        Some("application/json")
    );
    // The single-event decode is the same one pass.
    let before = PAYLOADS_READ.with(Cell::get);
    let event = json::decode::<Event<Json<Counted>>>(orders[1].as_bytes()).unwrap();
    assert_eq!(PAYLOADS_READ.with(Cell::get) - before, 1);
    assert_eq!(event, events[1]);
}

#[test]
fn a_later_member_that_changes_the_data_rereads_only_its_own_event() {
    // A text media type after string data: the data is that text, as the two-pass decode
    // of the event alone says; the event's data is read again, and only it.
    let text_late = ce(
        1,
        &[
            TYPE,
            r#""data":"<p>hi</p>""#,
            r#""datacontenttype":"text/html""#,
        ],
    );
    let body = format!(
        "[{},{text_late},{}]",
        ce(0, &[TYPE, DATA]),
        ce(2, &[TYPE, DATA])
    );
    let (events, reads) = decode_counting(&body);
    assert_eq!(reads, 4, "the other events are read once");
    assert_eq!(events[1].data.0, Counted("<p>hi</p>".into()));
    assert_eq!(events[1].datacontenttype.as_deref(), Some("text/html"));
    let envelope = json::from_str(&text_late).unwrap();
    assert!(matches!(envelope.data(), Some(eventgrid_types::Data::Text(t)) if t == "<p>hi</p>"));
    assert_eq!(events[0].data, events[2].data);
}

#[test]
fn member_order_does_not_change_the_result() {
    let ext = r#""tenant":"contoso""#;
    let orders: Vec<String> = [
        vec![TYPE, JSON, ext, DATA],
        vec![DATA, TYPE, ext, JSON],
        vec![ext, TYPE, DATA, JSON],
        vec![JSON, DATA, ext, TYPE],
    ]
    .iter()
    .zip(0..)
    .map(|(members, id)| ce(id, members))
    .collect();
    let (events, _) = decode_counting(&format!("[{}]", orders.join(",")));
    for event in &events {
        assert_eq!(event.data, events[0].data);
        assert_eq!(event.datacontenttype.as_deref(), Some("application/json"));
        assert_eq!(
            event.extension("tenant"),
            Some(&ExtensionValue::String("contoso".into()))
        );
    }
}
