//! A tour of eventgrid-rs on data shipped in the repository: build an event and print it in
//! every content mode, read an Event Grid delivery and a CloudEvents batch, and see what
//! validation reports.
//!
//! Run it with `cargo run --example tour`.

use std::error::Error;
use std::path::Path;

use eventgrid_types::{CloudEvent, EventGridEvent, Timestamp, binary, event_grid, json};

fn main() -> Result<(), Box<dyn Error>> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");

    section("1. Build an event");
    let event = CloudEvent::builder("com.contoso.order.created", "/orders/account/42")
        .id("order-1001")
        .subject("order 1001")
        .time(Timestamp::parse("2026-11-25T10:06:00.1234567+01:00")?)
        .extension("tenant", "contoso")
        .extension("priority", 2)
        .json_data(&serde_json::json!({"order_id": "order-1001", "total": 129.9}))
        .build()?;

    section("2. The same event in every mode");
    println!(
        "structured (application/cloudevents+json):\n  {}",
        String::from_utf8(json::to_vec(&event)?)?
    );
    println!(
        "batch (application/cloudevents-batch+json):\n  {}",
        String::from_utf8(json::batch_to_vec([&event])?)?
    );
    let message = binary::encode(&event)?;
    println!("binary:");
    for (name, value) in &message.headers {
        println!("  {name}: {value}");
    }
    println!("  body: {}", String::from_utf8_lossy(&message.body));
    let as_event_grid = EventGridEvent::from_typed(
        &CloudEvent::builder(event.ty(), event.source())
            .id(event.id())
            .json_data(&1)
            .build()?,
    )?;
    println!(
        "Event Grid schema (extensions dropped by hand first; the schema has none):\n  {}",
        serde_json::to_string(&as_event_grid)?
    );

    section("3. An Event Grid delivery (data/eventgrid-delivery.json)");
    let body = std::fs::read(data.join("eventgrid-delivery.json"))?;
    for (index, result) in event_grid::from_slice(&body)?.into_iter().enumerate() {
        match result {
            Ok(event) => {
                println!(
                    "  [{index}] {} at {}",
                    event.event_type,
                    event
                        .event_time
                        .as_ref()
                        .map_or("(no time)", Timestamp::as_str)
                );
                for tolerated in &event.tolerated {
                    println!("      tolerated: {tolerated}");
                }
                match event.to_cloud_event() {
                    Ok(cloud) => println!(
                        "      as CloudEvent: source {}, dataschema {:?}",
                        cloud.source(),
                        cloud.dataschema()
                    ),
                    Err(error) => println!("      no CloudEvent form: {error}"),
                }
            }
            Err(error) => println!("  {error}"),
        }
    }

    section("4. A CloudEvents batch (data/cloudevents-batch.json)");
    let body = std::fs::read(data.join("cloudevents-batch.json"))?;
    for (index, result) in json::batch_from_slice(&body)?.into_iter().enumerate() {
        match result {
            Ok(event) => {
                let extensions: Vec<String> = event
                    .extensions()
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                println!(
                    "  [{index}] {} from {} [{}]",
                    event.ty(),
                    event.source(),
                    extensions.join(", ")
                );
            }
            Err(error) => println!("  rejected: {error}"),
        }
    }

    section("5. What validation reports");
    let error = CloudEvent::builder("", "not a uri reference")
        .extension("Tenant", "contoso")
        .extension(
            "sequence",
            eventgrid_types::ExtensionValue::Integer(1 << 40),
        )
        .dataschema("schemas/order.json")
        .build()
        .unwrap_err();
    println!("{error}");
    Ok(())
}

fn section(title: &str) {
    println!("\n== {title}");
}
