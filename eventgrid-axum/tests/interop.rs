//! The exact request bodies the official publishers build (Python `azure-eventgrid` and npm
//! `@azure/eventgrid`, pinned in `tests/interop`, driven through their `peer.py` /
//! `peer.mjs` with a recording transport: nothing is sent) decode through the extractor and
//! `webhook::receive_parts` into typed events: the app's own derived events and system
//! events, in the Event Grid schema and as CloudEvents.
//!
//! Runs when `EVENTGRID_INTEROP_DIR` names `tests/interop` with the peers installed
//! (`bash tests/interop/setup.sh`; `.ci/run` does both); skipped with a note when unset.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use axum::Router;
use axum::body::Body;
use axum::routing::post;
use eventgrid_axum::Events;
use eventgrid_axum::webhook::{DeliverySchema, UndecodedEvent};
use eventgrid_system_events::SystemEvent;
use eventgrid_types::{CloudEvent, ContentMode};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tower::ServiceExt;

#[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
#[cloudevent(type = "Contoso.Orders.Created", source = "/orders")]
struct OrderCreated {
    order: u32,
}

#[derive(CloudEvent, Debug)]
enum Incoming {
    Order(OrderCreated),
    #[cloudevent(other)]
    Azure(Box<SystemEvent>),
}

fn interop_dir() -> Option<PathBuf> {
    let Some(dir) = std::env::var_os("EVENTGRID_INTEROP_DIR") else {
        eprintln!(
            "EVENTGRID_INTEROP_DIR is not set: skipping (run `bash tests/interop/setup.sh`, \
             then set it to tests/interop)"
        );
        return None;
    };
    let dir = PathBuf::from(dir);
    for needed in [
        ".venv/bin/python",
        "peer.py",
        "peer.mjs",
        "node_modules/@azure/eventgrid",
    ] {
        assert!(
            dir.join(needed).exists(),
            "EVENTGRID_INTEROP_DIR is set but {needed} is missing"
        );
    }
    Some(dir)
}

/// The request a peer's publisher builds for `events`: (content type, body).
fn published(dir: &Path, python: bool, command: &str, events: &Value) -> (String, String) {
    let mut cmd = if python {
        let mut cmd = Command::new(dir.join(".venv/bin/python"));
        cmd.arg("peer.py");
        cmd
    } else {
        let mut cmd = Command::new("node");
        cmd.arg("peer.mjs");
        cmd
    };
    let mut child = cmd
        .arg(command)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the peer");
    let input = json!({"tier": "basic", "events": events}).to_string();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{command}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let sent: Value = serde_json::from_slice(&output.stdout).unwrap();
    (
        sent["content_type"].as_str().unwrap_or_default().to_owned(),
        sent["body"].as_str().unwrap().to_owned(),
    )
}

/// Reports what it received, one line per event after the schema.
async fn on_events(events: Events<Incoming>) -> String {
    let mut seen = vec![format!("{:?}", events.schema())];
    for event in events {
        seen.push(match event {
            Ok(Incoming::Order(order)) => format!("order {}", order.order),
            Ok(Incoming::Azure(azure)) => match *azure {
                SystemEvent::StorageBlobCreated(blob) => {
                    format!("blob {}", blob.url.unwrap_or_default())
                }
                other => format!("azure {}", other.event_type()),
            },
            Err(undecoded) => format!("undecoded {}", UndecodedEvent::to_string(&undecoded)),
        });
    }
    seen.join("\n")
}

/// What the extractor made of a body, as the handler reports it.
async fn deliver(content_type: &str, body: String) -> Vec<String> {
    let app = Router::new().route("/events", post(on_events));
    let request = http::Request::post("/events")
        .header("content-type", content_type)
        .header("aeg-event-type", "Notification")
        .body(Body::from(body))
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    assert_eq!(response.status(), 200);
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    String::from_utf8(bytes.to_vec())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

const BLOB_URL: &str = "https://acct.blob.core.windows.net/c/a.txt";

fn blob_data() -> Value {
    json!({"api": "PutBlob", "blobType": "BlockBlob", "contentLength": 12, "url": BLOB_URL})
}

#[tokio::test]
async fn official_publishers_bodies_decode_through_the_extractor() {
    let Some(dir) = interop_dir() else { return };
    let cloud_events = json!([
        {"id": "c-1", "source": "/orders", "type": "Contoso.Orders.Created",
         "time": "2026-12-07T10:00:00Z", "data": {"json": {"order": 7}}},
        {"id": "c-2", "source": "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct",
         "type": "Microsoft.Storage.BlobCreated", "subject": "/blobServices/default/containers/c/blobs/a.txt",
         "datacontenttype": "application/json", "data": {"json": blob_data()}}
    ]);
    let event_grid = json!([
        {"id": "e-1", "subject": "orders/7", "event_type": "Contoso.Orders.Created",
         "event_time": "2026-12-07T10:00:00Z", "data": {"order": 7}, "data_version": "1"},
        {"id": "e-2", "subject": "/blobServices/default/containers/c/blobs/a.txt",
         "event_type": "Microsoft.Storage.BlobCreated", "data": blob_data(), "data_version": ""}
    ]);
    for python in [true, false] {
        let peer = if python { "Python" } else { "JS" };
        let (content_type, body) = published(&dir, python, "publish-cloudevents", &cloud_events);
        let expected = [
            format!("{:?}", DeliverySchema::CloudEvents(ContentMode::Batch)),
            "order 7".to_owned(),
            format!("blob {BLOB_URL}"),
        ];
        assert_eq!(
            deliver(&content_type, body.clone()).await,
            expected,
            "{peer} CloudEvents ({content_type})"
        );
        // The same body as Event Grid delivers CloudEvents: `application/json`, read by its
        // content.
        assert_eq!(
            deliver("application/json", body).await,
            expected,
            "{peer} CloudEvents as application/json"
        );
        let (content_type, body) = published(&dir, python, "publish-eventgrid", &event_grid);
        assert_eq!(
            deliver(&content_type, body).await,
            [
                format!("{:?}", DeliverySchema::EventGrid),
                "order 7".to_owned(),
                format!("blob {BLOB_URL}"),
            ],
            "{peer} Event Grid schema ({content_type})"
        );
    }
}
