//! Issue 16: whatever a typed payload does not hold as received is reported, with its JSON
//! path, on every decoding path; other spellings of member names and enum values are read.
#![cfg(all(feature = "storage", feature = "devices"))]

use eventgrid_system_events::storage::{StorageBlobAccessTier, StorageBlobCreatedEventData};
use eventgrid_system_events::{
    DataMember, DataMemberKind, Decoded, Reported, StrictData, SystemEvent, SystemEventError,
    SystemEventNames, Tolerated,
};
use eventgrid_types::{CloudEvent, DataRef, DecodeErrorKind, event_grid, json};
use serde_json::json;

const CREATED: &str = SystemEventNames::STORAGE_BLOB_CREATED;

fn decode(event_type: &str, data: &serde_json::Value) -> Decoded {
    SystemEvent::decode_data(event_type, Some(DataRef::Json(&data.to_string()))).unwrap()
}

fn blob(decoded: &Decoded) -> &StorageBlobCreatedEventData {
    match &decoded.event {
        SystemEvent::StorageBlobCreated(data) => data,
        other => panic!("not BlobCreated: {other:?}"),
    }
}

fn data(path: &str, kind: DataMemberKind) -> Tolerated {
    Tolerated::Data(DataMember::new(path, kind))
}

#[test]
fn pascal_case_and_other_cased_members_are_read_and_reported() {
    let d = decode(
        CREATED,
        &json!({ "Api": "PutBlob", "ContentLength": 10, "storageDIAGNOSTICS": { "batchId": "b" }, "url": "u" }),
    );
    let blob = blob(&d);
    assert_eq!(blob.api.as_deref(), Some("PutBlob"));
    assert_eq!(blob.content_length, Some(10));
    assert!(blob.storage_diagnostics.is_some());
    assert_eq!(blob.url.as_deref(), Some("u"));
    assert_eq!(
        d.tolerated(),
        [
            data("Api", DataMemberKind::Renamed { expected: "api" }),
            data(
                "ContentLength",
                DataMemberKind::Renamed {
                    expected: "contentLength"
                }
            ),
            data(
                "storageDIAGNOSTICS",
                DataMemberKind::Renamed {
                    expected: "storageDiagnostics"
                }
            ),
        ]
    );
    // Nothing is lost, so strict data accepts it.
    let strict = SystemEvent::decode_strict(&cloud_event(CREATED, &d_text(&d)).view());
    assert!(strict.is_ok(), "{strict:?}");
}

fn d_text(d: &Decoded) -> String {
    d.event.data_to_value().unwrap().to_string()
}

fn cloud_event(event_type: &str, data: &str) -> CloudEvent {
    CloudEvent::builder(event_type, "/s")
        .data(eventgrid_types::Data::json_text(data).unwrap())
        .build()
        .unwrap()
}

#[test]
fn iot_hub_twin_dollar_names_are_aliases() {
    let twin = json!({
        "deviceId": "d1",
        "twin": { "properties": { "desired": {
            "$metadata": { "$lastUpdated": "2024-01-01T00:00:00Z" },
            "$version": 3,
            "fanSpeed": 2
        } } }
    });
    let d = decode(SystemEventNames::DEVICES_DEVICE_CREATED, &twin);
    let SystemEvent::DevicesDeviceCreated(created) = &d.event else {
        panic!("{:?}", d.event)
    };
    let desired = created
        .twin
        .as_ref()
        .and_then(|t| t.properties.as_ref())
        .and_then(|p| p.desired.as_ref())
        .unwrap();
    assert_eq!(desired.version, Some(3.0));
    assert_eq!(
        desired
            .metadata
            .as_ref()
            .and_then(|m| m.last_updated.as_deref()),
        Some("2024-01-01T00:00:00Z")
    );
    let base = "twin.properties.desired";
    assert_eq!(
        d.tolerated(),
        [
            data(
                &format!(r#"{base}["$metadata"]"#),
                DataMemberKind::Renamed {
                    expected: "metadata"
                }
            ),
            data(
                &format!(r#"{base}["$metadata"]["$lastUpdated"]"#),
                DataMemberKind::Renamed {
                    expected: "lastUpdated"
                }
            ),
            data(
                &format!(r#"{base}["$version"]"#),
                DataMemberKind::Renamed {
                    expected: "version"
                }
            ),
            // A device's own twin property is not in the schema: said, not silently dropped.
            data(&format!("{base}.fanSpeed"), DataMemberKind::Unknown),
        ]
    );
}

#[test]
fn enum_values_match_ignoring_case() {
    let d = decode(CREATED, &json!({ "accessTier": "hot" }));
    assert_eq!(blob(&d).access_tier, Some(StorageBlobAccessTier::Hot));
    assert_eq!(
        d.tolerated(),
        [data(
            "accessTier",
            DataMemberKind::EnumCase {
                found: "hot".into()
            }
        )]
    );
    let d = decode(CREATED, &json!({ "accessTier": "Hot" }));
    assert!(d.tolerated().is_empty());
}

/// Item 3: the value matches in any case, and re-encoding writes the spelling received, on
/// every path: the tolerant decode, the one-pass batch decode, and a repeated member.
#[test]
fn enum_values_go_out_in_the_spelling_they_came_in() {
    let d = decode(CREATED, &json!({ "accessTier": "hOT", "api": "PutBlob" }));
    assert_eq!(blob(&d).access_tier, Some(StorageBlobAccessTier::Hot));
    assert_eq!(
        d.event.data_to_value().unwrap(),
        json!({ "accessTier": "hOT", "api": "PutBlob" })
    );
    assert_eq!(
        serde_json::to_value(blob(&d)).unwrap(),
        json!({ "accessTier": "hOT", "api": "PutBlob" })
    );
    // The spelling is not part of the value.
    let listed = decode(CREATED, &json!({ "accessTier": "Hot", "api": "PutBlob" }));
    assert_eq!(blob(&listed), blob(&d));
    assert_eq!(
        listed.event.data_to_value().unwrap(),
        json!({ "accessTier": "Hot", "api": "PutBlob" })
    );

    // The one-pass decode of a batch keeps it too.
    let body = format!(
        r#"[{{"specversion":"1.0","id":"1","source":"/s","type":"{CREATED}","data":{{"accessTier":"cool"}}}}]"#
    );
    let events = json::decode_batch::<SystemEvent>(body.as_bytes()).unwrap();
    let event = events[0].as_ref().unwrap();
    assert_eq!(
        event.data_to_value().unwrap(),
        json!({ "accessTier": "cool" })
    );

    // A repeated member keeps the spelling of the value that was kept, and a listed value
    // read after one in other case is written as listed.
    let text = r#"{"accessTier":"HOT","accessTier":"Cool"}"#;
    let d = SystemEvent::decode_data(CREATED, Some(DataRef::Json(text))).unwrap();
    assert_eq!(blob(&d).access_tier, Some(StorageBlobAccessTier::Cool));
    assert_eq!(
        d.event.data_to_value().unwrap(),
        json!({ "accessTier": "Cool" })
    );
}

/// Item 3 inside arrays: each item keeps its own spelling, reported at its index; items
/// spelled as listed go out as listed, and a repeated member replaces the spellings of the
/// list it replaces.
#[cfg(feature = "communication")]
#[test]
fn enum_values_in_arrays_go_out_in_the_spelling_they_came_in() {
    use eventgrid_system_events::communication::{
        AcsRouterUpdatedWorkerProperty as Property, AcsRouterWorkerUpdatedEventData,
    };
    const UPDATED: &str = SystemEventNames::COMMUNICATION_ROUTER_WORKER_UPDATED;
    let worker = |d: &Decoded| match &d.event {
        SystemEvent::CommunicationRouterWorkerUpdated(data) => {
            AcsRouterWorkerUpdatedEventData::clone(data)
        }
        other => panic!("not RouterWorkerUpdated: {other:?}"),
    };

    let received =
        json!({ "updatedWorkerProperties": ["labels", "TotalCapacity", "TAGS", "Soon"] });
    let d = decode(UPDATED, &received);
    assert_eq!(
        worker(&d).updated_worker_properties,
        Some(vec![
            Property::Labels,
            Property::TotalCapacity,
            Property::Tags,
            Property::Other("Soon".into()),
        ])
    );
    assert_eq!(
        d.tolerated(),
        [
            data(
                "updatedWorkerProperties[0]",
                DataMemberKind::EnumCase {
                    found: "labels".into()
                }
            ),
            data(
                "updatedWorkerProperties[2]",
                DataMemberKind::EnumCase {
                    found: "TAGS".into()
                }
            ),
        ]
    );
    assert_eq!(d.event.data_to_value().unwrap(), received);
    assert_eq!(serde_json::to_value(worker(&d)).unwrap(), received);

    // The one-pass decode of a batch keeps them too.
    let body = format!(
        r#"[{{"specversion":"1.0","id":"1","source":"/s","type":"{UPDATED}","data":{received}}}]"#
    );
    let events = json::decode_batch::<SystemEvent>(body.as_bytes()).unwrap();
    assert_eq!(
        events[0].as_ref().unwrap().data_to_value().unwrap(),
        received
    );

    let text = r#"{"updatedWorkerProperties":["labels"],"updatedWorkerProperties":["Tags","queueASSIGNMENTS"]}"#;
    let d = SystemEvent::decode_data(UPDATED, Some(DataRef::Json(text))).unwrap();
    assert_eq!(
        d.event.data_to_value().unwrap(),
        json!({ "updatedWorkerProperties": ["Tags", "queueASSIGNMENTS"] })
    );
}

#[test]
fn unknown_and_repeated_members_are_reported_at_their_paths() {
    let text = r#"{"api":"PutBlob","api":"CopyBlob","storageDiagnostics":{"batchId":"b","new":1},"x":[1]}"#;
    let d = SystemEvent::decode_data(CREATED, Some(DataRef::Json(text))).unwrap();
    assert_eq!(blob(&d).api.as_deref(), Some("CopyBlob"));
    // `storageDiagnostics` is a free-form object: it holds every member, so none is reported.
    let diagnostics = blob(&d).storage_diagnostics.as_ref().unwrap();
    assert_eq!(diagnostics.get("new").unwrap(), Some(json!(1)));
    assert_eq!(
        d.tolerated(),
        [
            data("api", DataMemberKind::Duplicate),
            data("x", DataMemberKind::Unknown),
        ]
    );
}

/// A map field (`properties` of device telemetry) keeps the last of a repeated key, as serde's
/// maps do, and the repeat is reported at the entry's path.
#[test]
fn a_repeated_key_in_a_map_member_is_reported_at_its_path() {
    let text = r#"{"properties":{"a":"1","b":"2","a":"3"},"body":{}}"#;
    let d = SystemEvent::decode_data(
        SystemEventNames::DEVICES_DEVICE_TELEMETRY,
        Some(DataRef::Json(text)),
    )
    .unwrap();
    let SystemEvent::DevicesDeviceTelemetry(telemetry) = &d.event else {
        panic!("not DeviceTelemetry: {:?}", d.event);
    };
    let properties = telemetry.properties.as_ref().unwrap();
    assert_eq!(properties.get("a").map(String::as_str), Some("3"));
    assert_eq!(properties.len(), 2);
    assert_eq!(
        d.tolerated(),
        [data("properties.a", DataMemberKind::Duplicate)]
    );
    // The one-pass batch decode keeps the last too.
    let batch = format!(
        r#"[{{"specversion":"1.0","id":"1","source":"/s","type":"{}","data":{text}}}]"#,
        SystemEventNames::DEVICES_DEVICE_TELEMETRY
    );
    let events = json::decode_batch::<SystemEvent>(batch.as_bytes()).unwrap();
    let Ok(SystemEvent::DevicesDeviceTelemetry(telemetry)) = &events[0] else {
        panic!("not DeviceTelemetry: {:?}", events[0]);
    };
    let properties = telemetry.properties.as_ref().unwrap();
    assert_eq!(properties.get("a").map(String::as_str), Some("3"));
    assert_eq!(properties.len(), 2);
    // Without a repeat there is nothing to report.
    let clean = r#"{"properties":{"a":"1","b":"2"},"body":{}}"#;
    let d = SystemEvent::decode_data(
        SystemEventNames::DEVICES_DEVICE_TELEMETRY,
        Some(DataRef::Json(clean)),
    )
    .unwrap();
    assert!(d.tolerated().is_empty(), "{:?}", d.tolerated());
}

#[test]
fn strict_data_refuses_what_is_left_over() {
    let event = cloud_event(CREATED, r#"{"api":"PutBlob","surprise":true}"#);
    let err = SystemEvent::decode_strict(&event.view()).unwrap_err();
    assert!(
        matches!(&err, SystemEventError::Payload { path, .. } if path == "surprise"),
        "{err}"
    );
    let err = event.decode::<StrictData<SystemEvent>>().unwrap_err();
    assert!(
        matches!(err.kind(), DecodeErrorKind::Data { path, .. } if path == "surprise"),
        "{err}"
    );
    let bad = cloud_event(CREATED, r#"{"api":"PutBlob","contentLength":{}}"#);
    assert!(SystemEvent::decode_strict(&bad.view()).is_err());
    let fine = cloud_event(CREATED, r#"{"api":"PutBlob"}"#);
    assert!(fine.decode::<StrictData<SystemEvent>>().is_ok());
}

/// `FromEvent` decoders (one event, a batch, the Event Grid schema) all reach the reports
/// through `Reported<T>`, envelope reports first.
#[test]
fn reports_reach_every_from_event_path() {
    let body =
        br#"{"specVersion":"1.0","id":"1","source":"/s","type":"Microsoft.Storage.BlobCreated",
                    "data":{"api":"PutBlob","extra":1}}"#;
    let reported = json::Decoder::new()
        .lenient()
        .decode::<Reported<SystemEvent>>(body)
        .unwrap();
    assert!(matches!(
        reported.value(),
        SystemEvent::StorageBlobCreated(_)
    ));
    assert_eq!(
        reported.tolerated(),
        [
            Tolerated::KeyCase {
                found: "specVersion".into(),
                expected: "specversion"
            },
            data("extra", DataMemberKind::Unknown),
        ]
    );

    let batch = br#"[{"specversion":"1.0","id":"1","source":"/s","type":"Microsoft.Storage.BlobCreated","data":{"Api":"a"}},
                     {"specversion":"1.0","id":"2","source":"/s","type":"Microsoft.Storage.BlobCreated","data":{"api":"a"}}]"#;
    let each = json::decode_batch::<Reported<SystemEvent>>(batch).unwrap();
    let first = each[0].as_ref().unwrap();
    assert_eq!(
        first.tolerated(),
        [data("Api", DataMemberKind::Renamed { expected: "api" })]
    );
    assert!(each[1].as_ref().unwrap().tolerated().is_empty());

    let eg = br#"[{"id":"1","topic":"/t","subject":"s","eventType":"Microsoft.Storage.BlobCreated",
                  "eventTime":"2024-01-01T00:00:00Z","dataVersion":"1","metadataVersion":"1",
                  "data":{"api":"a","more":2}}]"#;
    let events = event_grid::from_slice(eg).unwrap();
    let event = events[0].as_ref().unwrap();
    let reported: Reported<SystemEvent> = event.decode().unwrap();
    assert_eq!(
        reported.tolerated(),
        [data("more", DataMemberKind::Unknown)]
    );
    // Decoding a plain `SystemEvent` gives the same event.
    assert_eq!(&event.decode::<SystemEvent>().unwrap(), reported.value());
}

#[test]
fn unknown_event_data_is_the_types_data() {
    let d = decode("Contoso.Items.Created", &json!({ "id": 1 }));
    assert!(d.event.is_unknown());
    let SystemEvent::Unknown(unknown) = &d.event else {
        panic!()
    };
    assert_eq!(
        unknown
            .data()
            .and_then(eventgrid_types::Data::as_json)
            .map(serde_json::value::RawValue::get),
        Some(r#"{"id":1}"#)
    );
    assert!(!decode(CREATED, &json!({})).event.is_unknown());
}

/// The recovering pass reads from a parsed value; free-form members still keep their JSON.
#[test]
fn free_form_members_survive_the_recovering_pass() {
    let d = decode(
        CREATED,
        &json!({ "contentLength": { "bad": 1 }, "storageDiagnostics": { "batchId": "b", "n": [1, 2.5] } }),
    );
    let diagnostics = blob(&d).storage_diagnostics.as_ref().unwrap();
    assert_eq!(diagnostics.get("n").unwrap(), Some(json!([1, 2.5])));
    assert_eq!(d.tolerated().len(), 1);
    assert_eq!(
        d.tolerated()[0].data_member().map(DataMember::path),
        Some("contentLength")
    );
}
