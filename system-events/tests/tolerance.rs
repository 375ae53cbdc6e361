//! PROTOCOL.md 7: what real payloads do, and what the decoder makes of it.
#![cfg(all(
    feature = "storage",
    feature = "communication",
    feature = "maps",
    feature = "containerservice"
))]

use eventgrid_system_events::storage::{StorageBlobAccessTier, StorageBlobCreatedEventData};
use eventgrid_system_events::{
    Data, DataMember, DataMemberKind, Decoded, SystemEvent, SystemEventError, SystemEventNames,
    Tolerated,
};
use eventgrid_types::DataRef;
use serde_json::json;

fn decode(event_type: &str, data: &serde_json::Value) -> Decoded {
    SystemEvent::decode_data(event_type, Some(DataRef::Json(&data.to_string()))).unwrap()
}

fn blob(decoded: &Decoded) -> &StorageBlobCreatedEventData {
    match &decoded.event {
        SystemEvent::StorageBlobCreated(data) => data,
        other => panic!("not BlobCreated: {other:?}"),
    }
}

#[test]
fn unknown_members_are_reported_and_case_of_the_type_is_fine() {
    let d = decode(
        "MICROSOFT.STORAGE.BLOBCREATED",
        &json!({ "api": "PutBlob", "somethingNew": { "x": 1 } }),
    );
    assert_eq!(blob(&d).api.as_deref(), Some("PutBlob"));
    assert_eq!(
        d.tolerated(),
        [Tolerated::Data(DataMember::new(
            "somethingNew",
            DataMemberKind::Unknown
        ))]
    );
}

#[test]
fn numbers_and_booleans_in_other_spellings() {
    let d = decode(
        SystemEventNames::STORAGE_BLOB_CREATED,
        &json!({ "contentLength": "524288", "storageDiagnostics": {} }),
    );
    assert_eq!(blob(&d).content_length, Some(524_288));
    let d = decode(
        SystemEventNames::STORAGE_BLOB_CREATED,
        &json!({ "contentLength": 1024.0 }),
    );
    assert_eq!(blob(&d).content_length, Some(1024));
    let d = decode(
        SystemEventNames::CONTAINER_SERVICE_NEW_KUBERNETES_VERSION_AVAILABLE,
        &json!({ "latestSupportedKubernetesVersion": "1.30", "latestPreviewKubernetesVersion": 1 }),
    );
    // A number where a string is expected is dropped and reported, the rest kept.
    assert_eq!(d.tolerated().len(), 1);
    assert_eq!(
        d.tolerated()[0].data_member().unwrap().path(),
        "latestPreviewKubernetesVersion"
    );
    let flags = [
        json!(1),
        json!(0),
        json!("true"),
        json!("False"),
        json!(true),
    ];
    for (flag, expected) in flags.iter().zip([true, false, true, false, true]) {
        let d = decode(
            SystemEventNames::MAPS_GEOFENCE_ENTERED,
            &json!({ "isEventPublished": flag }),
        );
        let SystemEvent::MapsGeofenceEntered(data) = &d.event else {
            panic!()
        };
        assert_eq!(data.is_event_published, Some(expected), "{flag}");
    }
}

#[test]
fn unknown_enum_values_are_kept_verbatim() {
    let d = decode(
        SystemEventNames::STORAGE_BLOB_CREATED,
        &json!({ "accessTier": "Frosty" }),
    );
    assert_eq!(
        blob(&d).access_tier,
        Some(StorageBlobAccessTier::Other("Frosty".into()))
    );
    assert_eq!(
        d.event.data_to_value().unwrap(),
        json!({ "accessTier": "Frosty" })
    );
    let d = decode(
        SystemEventNames::STORAGE_BLOB_CREATED,
        &json!({ "accessTier": "Hot" }),
    );
    assert_eq!(blob(&d).access_tier, Some(StorageBlobAccessTier::Hot));
}

#[test]
fn one_bad_member_does_not_lose_the_event() {
    let d = decode(
        SystemEventNames::STORAGE_BLOB_CREATED,
        &json!({
            "api": "PutBlob",
            "contentLength": { "oops": true },
            "storageDiagnostics": "not an object",
            "url": "https://acct.blob.core.windows.net/c/b.txt"
        }),
    );
    let data = blob(&d);
    assert_eq!(data.api.as_deref(), Some("PutBlob"));
    assert_eq!(
        data.url.as_deref(),
        Some("https://acct.blob.core.windows.net/c/b.txt")
    );
    assert_eq!(data.content_length, None);
    assert_eq!(data.storage_diagnostics, None);
    let paths: Vec<&str> = d
        .tolerated()
        .iter()
        .map(|t| t.data_member().unwrap().path())
        .collect();
    assert_eq!(paths, ["contentLength", "storageDiagnostics"]);
    let shown = d.tolerated()[0].to_string();
    assert!(
        shown.starts_with("data member `contentLength` could not be read (`invalid type: map"),
        "{shown}"
    );
}

#[test]
fn nested_and_array_paths_are_reported() {
    let d = decode(
        SystemEventNames::COMMUNICATION_CHAT_MESSAGE_RECEIVED,
        &json!({
            "messageBody": "hi",
            "senderCommunicationIdentifier": { "rawId": "8:acs:1", "communicationUser": { "id": 7 } },
            "metadata": { "a": "b", "c": 3 }
        }),
    );
    let SystemEvent::CommunicationChatMessageReceived(data) = &d.event else {
        panic!()
    };
    assert_eq!(data.message_body.as_deref(), Some("hi"));
    let paths: Vec<&str> = d
        .tolerated()
        .iter()
        .map(|t| t.data_member().unwrap().path())
        .collect();
    assert_eq!(
        paths,
        [
            "metadata.c",
            "senderCommunicationIdentifier.communicationUser.id"
        ]
    );
    assert_eq!(data.metadata.as_ref().unwrap()["a"], "b");
    let d = decode(
        SystemEventNames::COMMUNICATION_CHAT_THREAD_CREATED_WITH_USER,
        &json!({ "participants": [{ "displayName": "a" }, "garbage", { "displayName": "c" }] }),
    );
    assert_eq!(
        d.tolerated()[0].data_member().unwrap().path(),
        "participants[1]"
    );
    let SystemEvent::CommunicationChatThreadCreatedWithUser(data) = &d.event else {
        panic!()
    };
    assert_eq!(data.participants.as_ref().unwrap().len(), 2);
}

#[test]
fn timestamps_that_do_not_parse_are_dropped_and_reported() {
    let d = decode(
        SystemEventNames::COMMUNICATION_CHAT_MESSAGE_RECEIVED,
        &json!({ "composeTime": "not a time", "messageId": "1" }),
    );
    let SystemEvent::CommunicationChatMessageReceived(data) = &d.event else {
        panic!()
    };
    assert_eq!(data.message_id.as_deref(), Some("1"));
    assert_eq!(
        d.tolerated()[0].data_member().unwrap().path(),
        "composeTime"
    );
    let d = decode(
        SystemEventNames::COMMUNICATION_CHAT_MESSAGE_RECEIVED,
        &json!({ "composeTime": "2021-02-19T00:25:58.9436453+01:00" }),
    );
    assert!(d.tolerated().is_empty());
}

#[test]
fn data_sent_as_a_json_string_is_unwrapped() {
    let inner = json!({ "api": "PutBlob" }).to_string();
    let d = decode(SystemEventNames::STORAGE_BLOB_CREATED, &json!(inner));
    assert_eq!(blob(&d).api.as_deref(), Some("PutBlob"));
    assert_eq!(d.tolerated()[0].data_member().unwrap().path(), "");
}

#[test]
fn errors_tell_unknown_types_from_payloads_that_do_not_fit() {
    let d = decode("Contoso.Orders.Created", &json!({ "id": 1 }));
    let SystemEvent::Unknown(unknown) = &d.event else {
        panic!()
    };
    assert_eq!(unknown.event_type(), "Contoso.Orders.Created");
    assert!(matches!(unknown.data(), Some(Data::Json(raw)) if raw.get() == r#"{"id":1}"#));
    assert_eq!(d.event.data_to_value().unwrap(), json!({ "id": 1 }));

    let err = SystemEvent::decode_data(
        SystemEventNames::STORAGE_BLOB_CREATED,
        Some(DataRef::Json("[1,2]")),
    )
    .unwrap_err();
    assert!(
        matches!(&err, SystemEventError::Payload { path, .. } if path.is_empty()),
        "{err}"
    );
    let err = SystemEvent::decode_data(SystemEventNames::STORAGE_BLOB_CREATED, None).unwrap_err();
    assert!(matches!(err, SystemEventError::MissingData { .. }));
    let err = SystemEvent::decode_data(
        SystemEventNames::STORAGE_BLOB_CREATED,
        Some(DataRef::Json("{\"api\":")),
    )
    .unwrap_err();
    assert!(matches!(err, SystemEventError::Payload { .. }));
    // An alias name without a schema is not typed.
    #[allow(deprecated)]
    let d = decode(
        SystemEventNames::HEALTHCARE_APIS_FHIR_DELETED_CREATED,
        &json!({}),
    );
    assert!(matches!(d.event, SystemEvent::Unknown(_)));
}

#[test]
fn recursion_is_boxed() {
    let d = decode(
        SystemEventNames::COMMUNICATION_ROUTER_JOB_CLASSIFICATION_FAILED,
        &json!({ "errors": [{ "code": "a", "innererror": { "code": "b", "innererror": { "code": "c" } } }] }),
    );
    assert!(d.tolerated().is_empty());
    assert_eq!(
        d.event.data_to_value().unwrap()["errors"][0]["innererror"]["innererror"]["code"],
        "c"
    );
}
