//! The Event Grid schema: tolerant decoding, lossless re-encoding, and the conversion to
//! CloudEvents.

use eventgrid_types::event_grid::{self, Tolerated};
use eventgrid_types::{CloudEvent, EventGridEvent, json};

const BLOB_CREATED: &str = r#"[{
  "topic": "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct",
  "subject": "/blobServices/default/containers/images/blobs/cat.png",
  "eventType": "Microsoft.Storage.BlobCreated",
  "id": "831e1650-001e-001b-66ab-eeb76e069631",
  "data": {"api": "PutBlockList", "contentLength": 524288, "blobType": "BlockBlob"},
  "dataVersion": "",
  "metadataVersion": "1",
  "eventTime": "2017-06-26T18:41:00.9584103Z"
}]"#;

#[test]
fn decodes_a_real_shaped_event() {
    let events = event_grid::from_slice(BLOB_CREATED.as_bytes()).unwrap();
    let event = events[0].as_ref().unwrap();
    assert_eq!(event.event_type, "Microsoft.Storage.BlobCreated");
    assert_eq!(event.data_version.as_deref(), Some(""));
    assert_eq!(
        event.event_time.as_ref().unwrap().as_str(),
        "2017-06-26T18:41:00.9584103Z"
    );
    assert!(event.tolerated().is_empty());
}

#[test]
fn reencodes_without_loss() {
    let event = event_grid::from_slice(BLOB_CREATED.as_bytes())
        .unwrap()
        .remove(0)
        .unwrap();
    let bytes = event_grid::to_vec(std::slice::from_ref(&event)).unwrap();
    let back = event_grid::from_slice(&bytes).unwrap().remove(0).unwrap();
    assert_eq!(back, event);
}

#[test]
fn tolerates_what_real_payloads_do() {
    let body = br#"[{"id":"1","EventType":"Contoso.X","source":"/legacy","subject":null,
                    "eventTime":"2024-01-01T00:00:00.123456789","data":{"a":1},"extra":[1,2],
                    "data":{"a":2}}]"#;
    let event = event_grid::from_slice(body).unwrap().remove(0).unwrap();
    assert_eq!(event.event_type, "Contoso.X");
    assert_eq!(event.subject, None);
    assert_eq!(event.data.as_ref().unwrap().get(), r#"{"a":2}"#);
    assert_eq!(event.other["source"].get(), r#""/legacy""#);
    assert_eq!(event.other["extra"].get(), "[1,2]");
    assert!(event.tolerated().contains(&Tolerated::KeyCase {
        found: "EventType".into(),
        expected: "eventType"
    }));
    assert!(
        event
            .tolerated()
            .contains(&Tolerated::Duplicate("data".into()))
    );
    assert!(event.tolerated().contains(&Tolerated::Missing("subject")));
    assert!(
        event
            .tolerated()
            .contains(&Tolerated::Missing("dataVersion"))
    );
    assert!(event.tolerated().iter().all(|t| !t.to_string().is_empty()));
}

/// Issue 16: every departure of the Event Grid envelope is reported, as the CloudEvents
/// decoder reports its own.
#[test]
fn envelope_departures_are_each_reported() {
    // `source` where `topic` belongs, no `metadataVersion`; an empty `subject` is a string.
    let body = br#"[{"id":"1","eventType":"Contoso.X","source":"/legacy","subject":"",
                    "eventTime":"2024-01-01T00:00:00Z","data":{},"dataVersion":"1"}]"#;
    let event = event_grid::from_slice(body).unwrap().remove(0).unwrap();
    assert_eq!(
        event.tolerated(),
        [
            Tolerated::InPlaceOf {
                found: "source".into(),
                expected: "topic"
            },
            Tolerated::Missing("metadataVersion"),
        ]
    );
    // No topic at all, and a `null` `dataVersion`.
    let body =
        br#"[{"id":"1","eventType":"Contoso.X","subject":"s","eventTime":"2024-01-01T00:00:00Z",
                    "data":{},"dataVersion":null,"metadataVersion":"1"}]"#;
    let event = event_grid::from_slice(body).unwrap().remove(0).unwrap();
    assert_eq!(
        event.tolerated(),
        [
            Tolerated::Missing("topic"),
            Tolerated::Missing("dataVersion")
        ]
    );
    // A complete delivered event has nothing to report.
    let body = br#"[{"id":"1","topic":"/subscriptions/x","eventType":"Contoso.X","subject":"s",
                    "eventTime":"2024-01-01T00:00:00Z","data":{},"dataVersion":"1","metadataVersion":"1"}]"#;
    let event = event_grid::from_slice(body).unwrap().remove(0).unwrap();
    assert!(event.tolerated().is_empty(), "{:?}", event.tolerated());
}

#[test]
fn one_bad_event_does_not_fail_the_array() {
    let body = br#"[{"id":"1","eventType":"A"}, {"eventType":"B"}, 7, {"id":"3","eventType":"C","eventTime":"yesterday"}]"#;
    let events = event_grid::from_slice(body).unwrap();
    assert!(events[0].is_ok());
    assert_eq!(
        events[1].as_ref().unwrap_err().to_string(),
        "event 1: required attribute `id` is missing"
    );
    assert_eq!(
        events[2].as_ref().unwrap_err().to_string(),
        "event 2: expected an object, found a number"
    );
    assert!(
        events[3]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("event 3: attribute `eventTime` is not a timestamp")
    );
}

#[test]
fn a_single_object_reads_as_an_array_of_one() {
    let body = br#"{"id":"1","eventType":"A","subject":"s","data":{},"dataVersion":"1","eventTime":"2024-01-01T00:00:00Z"}"#;
    assert_eq!(event_grid::from_slice(body).unwrap().len(), 1);
}

#[test]
fn a_single_object_fails_as_event_zero_both_ways() {
    // Found in review: the typed decode's single-object path left out the event index.
    let body = br#"{"id":"1"}"#;
    let untyped = event_grid::from_slice(body).unwrap();
    let typed = event_grid::decode::<CloudEvent>(body).unwrap();
    let message = "event 0: required attribute `eventType` is missing";
    assert_eq!(untyped[0].as_ref().unwrap_err().to_string(), message);
    assert_eq!(typed[0].as_ref().unwrap_err().to_string(), message);
}

#[test]
fn converts_to_cloud_events_as_the_service_does() {
    let event = event_grid::from_slice(BLOB_CREATED.as_bytes())
        .unwrap()
        .remove(0)
        .unwrap();
    let cloud = event.to_cloud_event().unwrap();
    assert_eq!(cloud.source(), event.topic.as_deref().unwrap());
    assert_eq!(cloud.ty(), "Microsoft.Storage.BlobCreated");
    assert_eq!(cloud.subject(), event.subject.as_deref());
    assert_eq!(cloud.dataschema(), Some("#"));
    assert_eq!(cloud.time(), event.event_time.as_ref());
    assert_eq!(
        cloud.data().unwrap().as_json().unwrap().get(),
        event.data.as_ref().unwrap().get()
    );
    // The result is a CloudEvent that travels in every mode.
    let again = json::from_slice(&serde_json::to_vec(&cloud).unwrap()).unwrap();
    assert_eq!(again, cloud);
    let mut no_topic = event.clone();
    no_topic.topic = None;
    assert_eq!(
        no_topic.to_cloud_event().unwrap_err().to_string(),
        "required attribute `topic` is missing"
    );
}

#[test]
fn from_typed_refuses_what_the_schema_cannot_carry() {
    let plain = CloudEvent::builder("A.B", "/s")
        .subject("x")
        .json_data(&1)
        .build()
        .unwrap();
    let event = EventGridEvent::from_typed(&plain).unwrap();
    assert_eq!(event.subject.as_deref(), Some("x"));
    assert_eq!(event.data.as_ref().unwrap().get(), "1");
    let with_extension = CloudEvent::builder("A.B", "/s")
        .extension("tenant", "t")
        .build()
        .unwrap();
    let error = EventGridEvent::from_typed(&with_extension).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("cannot be sent in the Event Grid schema"),
        "{error}"
    );
}

/// What Event Grid delivered as a CloudEvent goes back to the Event Grid schema with its
/// `dataVersion`, which the service wrote as `dataschema` `#<version>`.
#[test]
fn the_event_grid_dataschema_becomes_the_data_version_again() {
    let mut event = event_grid::from_slice(BLOB_CREATED.as_bytes())
        .unwrap()
        .remove(0)
        .unwrap();
    for version in ["", "1", "2.0"] {
        event.data_version = Some(version.to_owned());
        let cloud = event.to_cloud_event().unwrap();
        assert_eq!(cloud.dataschema(), Some(format!("#{version}").as_str()));
        let back = EventGridEvent::from_typed(&cloud).unwrap();
        assert_eq!(back.data_version.as_deref(), Some(version));
        assert_eq!(back.id, event.id);
        assert_eq!(back.event_type, event.event_type);
        assert_eq!(back.subject, event.subject);
        assert_eq!(back.event_time, event.event_time);
        assert_eq!(back.data.unwrap().get(), event.data.as_ref().unwrap().get());
    }
    // Everything the schema cannot carry is named together, not only the first.
    let refused = CloudEvent::builder("A.B", "/s")
        .extension("tenant", "t")
        .extension("region", "eu")
        .build()
        .unwrap();
    let message = EventGridEvent::from_typed(&refused)
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("tenant") && message.contains("region"),
        "{message}"
    );
}

#[derive(eventgrid_types::CloudEvent, serde::Serialize, serde::Deserialize, Debug, PartialEq)]
#[cloudevent(type = "Contoso.Items.ItemReceived", source = "/items")]
struct ItemReceived {
    #[serde(rename = "itemSku")]
    item_sku: String,
    count: u32,
}

/// The typed decoder's one-pass path, its two-pass fallback and per-event decoding agree.
#[test]
fn typed_decoding_agrees_with_per_event_decoding() {
    let good = r#"{"id":"1","eventType":"Contoso.Items.ItemReceived","subject":"s","data":{"itemSku":"A","count":2},"dataVersion":"1","eventTime":"2024-01-01T00:00:00Z"}"#;
    let data_first =
        r#"{"data":{"itemSku":"B","count":3},"id":"2","EventType":"Contoso.Items.ItemReceived"}"#;
    let ill_shaped = r#"{"id":"3","eventType":"Contoso.Items.ItemReceived","data":{"itemSku":"C","count":"many"}}"#;
    let other = r#"{"id":"4","eventType":"Contoso.Other","data":{}}"#;
    for body in [
        format!("[{good},{data_first},{other}]"),
        format!("[{good},{ill_shaped},{data_first}]"),
    ] {
        let typed = event_grid::decode::<ItemReceived>(body.as_bytes()).unwrap();
        let per_event: Vec<Result<ItemReceived, String>> = event_grid::from_slice(body.as_bytes())
            .unwrap()
            .into_iter()
            .enumerate()
            .map(|(index, event)| {
                let event = event.map_err(|e| e.to_string())?;
                event
                    .decode::<ItemReceived>()
                    .map_err(|e| format!("event {index}: {e}"))
            })
            .collect();
        let typed: Vec<Result<ItemReceived, String>> = typed
            .into_iter()
            .map(|r| r.map_err(|e| e.to_string()))
            .collect();
        assert_eq!(typed, per_event, "{body}");
    }
    let results =
        event_grid::decode::<ItemReceived>(format!("[{good},{ill_shaped}]").as_bytes()).unwrap();
    assert_eq!(
        results[0].as_ref().unwrap(),
        &ItemReceived {
            item_sku: "A".into(),
            count: 2
        }
    );
    assert!(
        results[1]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("event 1: data at count:")
    );
}
