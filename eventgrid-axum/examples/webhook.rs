//! A webhook for Event Grid on axum: Storage blob events, a Key Vault event and the app's own
//! derived events, all in one `match`, in either schema.
//!
//! `cargo run -p eventgrid-axum --example webhook` serves on 127.0.0.1:8080 (or the address in
//! `WEBHOOK_ADDR`); point an event subscription at `http://<host>/events?code=<key>` (key from
//! `WEBHOOK_KEY`, `dev-key` by default). With `--demo` it sends itself a validation handshake,
//! an `OPTIONS` handshake and one delivery in each schema, prints what it answered, and exits.

use axum::routing::any;
use axum::{Extension, Router};
use eventgrid_axum::{Auth, Events, Outcome, WebhookConfig};
use eventgrid_system_events::SystemEvent;
use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

/// The app's own events, published by its order service.
#[derive(CloudEvent, Serialize, Deserialize, Debug)]
#[cloudevent(type = "Contoso.Orders.Created", source = "/orders")]
struct OrderCreated {
    order_id: String,
    total: f64,
}

#[derive(CloudEvent, Serialize, Deserialize, Debug)]
#[cloudevent(type = "Contoso.Orders.Shipped", source = "/orders")]
struct OrderShipped {
    order_id: String,
    carrier: String,
}

/// Everything this endpoint receives: the app's events by type, Azure's as `SystemEvent`.
#[derive(CloudEvent, Debug)]
enum Incoming {
    Created(OrderCreated),
    Shipped(OrderShipped),
    #[cloudevent(other)]
    Azure(Box<SystemEvent>),
}

async fn on_events(events: Events<Incoming>) -> Outcome {
    let schema = events.schema();
    for event in events {
        // Undecoded events were logged with their id and type by the extractor.
        let Ok(event) = event else { continue };
        match event {
            Incoming::Created(order) => {
                println!("{schema:?}: order {} for {}", order.order_id, order.total);
            }
            Incoming::Shipped(order) => println!(
                "{schema:?}: order {} shipped by {}",
                order.order_id, order.carrier
            ),
            Incoming::Azure(azure) => match *azure {
                SystemEvent::StorageBlobCreated(blob) => {
                    println!(
                        "{schema:?}: blob created: {}",
                        blob.url.as_deref().unwrap_or("?")
                    );
                }
                SystemEvent::StorageBlobDeleted(blob) => {
                    println!(
                        "{schema:?}: blob deleted: {}",
                        blob.url.as_deref().unwrap_or("?")
                    );
                }
                SystemEvent::KeyVaultSecretNewVersionCreated(secret) => println!(
                    "{schema:?}: secret {} has version {}",
                    secret.object_name.as_deref().unwrap_or("?"),
                    secret.version.as_deref().unwrap_or("?")
                ),
                other => println!("{schema:?}: {} (not handled here)", other.event_type()),
            },
        }
    }
    Outcome::Delivered
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().with_env_filter("info").init();
    let key = std::env::var("WEBHOOK_KEY").unwrap_or_else(|_| "dev-key".to_owned());
    let demo = std::env::args().any(|arg| arg == "--demo");
    let addr = match std::env::var("WEBHOOK_ADDR") {
        Ok(addr) => addr,
        Err(_) if demo => "127.0.0.1:0".to_owned(),
        Err(_) => "127.0.0.1:8080".to_owned(),
    };
    let config = WebhookConfig::new().auth(Auth::query_key("code", &key));
    let app = Router::new()
        .route("/events", any(on_events))
        .layer(Extension(config));
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    let url = format!("http://{}/events?code={key}", listener.local_addr()?);
    if !demo {
        println!("listening: {url}");
        axum::serve(listener, app).await?;
        return Ok(());
    }
    tokio::spawn(async move { axum::serve(listener, app).await });
    demo_requests(&url).await
}

/// What Event Grid would send: the handshakes, then a delivery in each schema.
async fn demo_requests(url: &str) -> Result<(), Box<dyn std::error::Error>> {
    // reqwest is built without a rustls crypto provider; ring is the one this workspace uses.
    #[allow(deprecated)] // ring lacks post-quantum key exchange, which a loopback demo doesn't need
    let _already_installed = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::new();
    let validation = r#"[{"id":"v1","topic":"/subscriptions/x/resourceGroups/rg/providers/Microsoft.EventGrid/topics/t",
        "subject":"","eventType":"Microsoft.EventGrid.SubscriptionValidationEvent","eventTime":"2026-12-07T10:00:00Z",
        "data":{"validationCode":"512d38b6-c7b8-40c8-89fe-f46f9e9622b6"},"dataVersion":"2","metadataVersion":"1"}]"#;
    let response = client
        .post(url)
        .header("aeg-event-type", "SubscriptionValidation")
        .header("content-type", "application/json")
        .body(validation)
        .send()
        .await?;
    println!(
        "validation handshake: {} {}",
        response.status(),
        response.text().await?
    );
    let response = client
        .request(reqwest::Method::OPTIONS, url)
        .header("webhook-request-origin", "eventgrid.azure.net")
        .send()
        .await?;
    println!(
        "OPTIONS handshake: {} allowed origin {:?}",
        response.status(),
        response.headers().get("webhook-allowed-origin")
    );
    check(response.status())?;
    let event_grid = r#"[
      {"id":"1","topic":"/subscriptions/x/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct",
       "subject":"/blobServices/default/containers/c/blobs/a.txt","eventType":"Microsoft.Storage.BlobCreated",
       "eventTime":"2026-12-07T10:00:01Z","dataVersion":"","metadataVersion":"1",
       "data":{"api":"PutBlob","blobType":"BlockBlob","contentLength":12,"url":"https://acct.blob.core.windows.net/c/a.txt"}},
      {"id":"2","topic":"/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v","subject":"db-password",
       "eventType":"Microsoft.KeyVault.SecretNewVersionCreated","eventTime":"2026-12-07T10:00:02Z","dataVersion":"1",
       "metadataVersion":"1","data":{"Id":"https://v.vault.azure.net/secrets/db-password/7","VaultName":"v",
       "ObjectType":"Secret","ObjectName":"db-password","Version":"7"}},
      {"id":"3","topic":"/orders","subject":"orders/42","eventType":"Contoso.Orders.Created","eventTime":"2026-12-07T10:00:03Z",
       "dataVersion":"1","metadataVersion":"1","data":{"order_id":"42","total":99.5}}]"#;
    let cloud_events = r#"[{"specversion":"1.0","id":"4","source":"/orders","type":"Contoso.Orders.Shipped",
       "time":"2026-12-07T10:00:04Z","data":{"order_id":"42","carrier":"Contoso Post"}}]"#;
    for (schema, body) in [("Event Grid", event_grid), ("CloudEvents", cloud_events)] {
        let response = client
            .post(url)
            .header("aeg-event-type", "Notification")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await?;
        println!("{schema} delivery: {}", response.status());
        check(response.status())?;
    }
    Ok(())
}

/// Fails the demo on an answer other than `200`.
fn check(status: reqwest::StatusCode) -> Result<(), Box<dyn std::error::Error>> {
    if status == reqwest::StatusCode::OK {
        Ok(())
    } else {
        Err(format!("the webhook answered {status}").into())
    }
}
