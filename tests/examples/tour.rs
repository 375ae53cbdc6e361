//! A tour of eventgrid-rs on data shipped in the repository: a derived event in every content
//! mode, typed decoding of a CloudEvents batch (also as `Event<SystemEvent>`: envelope and
//! payload in one pass), Azure system events matched by type from an Event Grid delivery
//! (with the webhook validation reply), and what validation reports.
//!
//! Its last section sends the derived event through a namespace and receives it typed: on the
//! emulator started in-process, or on a real namespace when `EVENTGRID_LIVE_NAMESPACE_ENDPOINT`,
//! `EVENTGRID_LIVE_NAMESPACE_KEY`, `EVENTGRID_LIVE_TOPIC` and `EVENTGRID_LIVE_SUBSCRIPTION` are set.
//!
//! Run it with `cargo run --example tour`.

use std::error::Error;
use std::path::Path;
use std::time::Duration;

use eventgrid_client::{ReceiverClient, ReleaseDelay, SenderClient};

use eventgrid_system_events::SystemEvent;
use eventgrid_types::webhook::SubscriptionValidation;
use eventgrid_types::{CloudEvent, Event, EventGridEvent, Timestamp, binary, event_grid, json};
use serde::{Deserialize, Serialize};

/// An order, as the shop publishes it. The subject comes from a field that stays in the data;
/// the tenant extension and the time come from fields that `#[serde(skip)]` keeps out of it;
/// the source is built from the account.
#[derive(CloudEvent, Serialize, Deserialize, Debug)]
#[cloudevent(
    type = "com.contoso.order.created",
    source = "/orders/account/{account}"
)]
struct OrderCreated {
    #[cloudevent(subject)]
    order_id: String,
    #[serde(skip)]
    #[cloudevent(extension = "tenant")]
    tenant: String,
    #[serde(skip)]
    #[cloudevent(time)]
    placed_at: Option<Timestamp>,
    account: u64,
    total: f64,
    items: Vec<Item>,
}

#[derive(Serialize, Deserialize, Debug)]
struct Item {
    sku: String,
    quantity: u32,
}

/// Everything the shop's consumer understands; other types land in `Other`.
#[derive(CloudEvent, Debug)]
enum ShopEvent {
    Order(OrderCreated),
    #[cloudevent(other)]
    Other(Box<CloudEvent>),
}

fn main() -> Result<(), Box<dyn Error>> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let order = derived_event_in_every_mode()?;
    typed_batch(&std::fs::read(data.join("cloudevents-batch.json"))?)?;
    system_events(&std::fs::read(data.join("eventgrid-delivery.json"))?)?;
    tokio::runtime::Runtime::new()?.block_on(through_a_namespace(&order))?;
    validation(order);
    Ok(())
}

fn derived_event_in_every_mode() -> Result<OrderCreated, Box<dyn Error>> {
    section("1. A derived event in every mode");
    let order = OrderCreated {
        order_id: "order 1001".into(),
        tenant: "contoso".into(),
        placed_at: Some(Timestamp::parse("2026-11-25T10:06:00.1234567+01:00")?),
        account: 42,
        total: 129.9,
        items: vec![Item {
            sku: "A-17".into(),
            quantity: 3,
        }],
    };
    println!(
        "structured:\n  {}",
        String::from_utf8(json::to_vec(&order)?)?
    );
    println!(
        "batch:\n  {}",
        String::from_utf8(json::batch_to_vec([&order])?)?
    );
    let message = binary::encode(&order)?;
    println!("binary:");
    for (name, value) in &message.headers {
        println!("  {name}: {value}");
    }
    println!("  body: {}", String::from_utf8_lossy(&message.body));
    match EventGridEvent::from_typed(&order) {
        Ok(event) => println!("Event Grid schema:\n  {}", serde_json::to_string(&event)?),
        Err(error) => println!("Event Grid schema: refused, {error}"),
    }
    Ok(order)
}

fn typed_batch(body: &[u8]) -> Result<(), Box<dyn Error>> {
    section("2. A CloudEvents batch decoded straight into ShopEvent (data/cloudevents-batch.json)");
    for (index, result) in json::decode_batch::<ShopEvent>(body)?
        .into_iter()
        .enumerate()
    {
        match result {
            Ok(ShopEvent::Order(order)) => println!(
                "  [{index}] order {} for {:.2}, {} item(s), tenant {}",
                order.order_id,
                order.total,
                order.items.len(),
                order.tenant
            ),
            Ok(ShopEvent::Other(event)) => println!(
                "  [{index}] not ours: {} from {}",
                event.ty(),
                event.source()
            ),
            Err(error) => println!("  rejected: {error}"),
        }
    }
    // Envelope and payload from one pass: `Event<T>` wraps any typed event.
    for event in json::decode_batch::<Event<SystemEvent>>(body)?
        .into_iter()
        .flatten()
    {
        let subject = event.subject.as_deref().unwrap_or("(no subject)");
        match &event.data {
            SystemEvent::StorageBlobCreated(blob) => println!(
                "  event {} on {subject}: new blob at {}",
                event.id,
                blob.url.as_deref().unwrap_or("?")
            ),
            other => println!("  event {} on {subject}: {}", event.id, other.event_type()),
        }
    }
    let lenient = json::Decoder::new().lenient().batch_from_slice(body)?;
    for event in lenient.iter().flatten() {
        for tolerated in event.tolerated() {
            println!(
                "  the lenient decoder took event {}: {tolerated}",
                event.id()
            );
        }
    }
    Ok(())
}

fn system_events(body: &[u8]) -> Result<(), Box<dyn Error>> {
    section("3. Azure system events from an Event Grid delivery (data/eventgrid-delivery.json)");
    for (index, result) in event_grid::from_slice(body)?.into_iter().enumerate() {
        let event = match result {
            Ok(event) => event,
            Err(error) => {
                println!("  {error}");
                continue;
            }
        };
        let time = event
            .event_time
            .as_ref()
            .map_or("(no time)", Timestamp::as_str);
        match event.decode::<SystemEvent>() {
            Ok(SystemEvent::StorageBlobCreated(blob)) => println!(
                "  [{index}] blob created at {time}: {} ({} bytes)",
                blob.url.as_deref().unwrap_or("?"),
                blob.content_length.unwrap_or_default()
            ),
            Ok(SystemEvent::ResourcesResourceWriteSuccess(write)) => println!(
                "  [{index}] {} succeeded on {}",
                write.operation_name.as_deref().unwrap_or("?"),
                write.resource_uri.as_deref().unwrap_or("?")
            ),
            Ok(SystemEvent::EventGridSubscriptionValidationEvent(_)) => {
                if let Some(validation) = SubscriptionValidation::from_event_grid_event(&event)? {
                    let reply = validation.response_body();
                    println!(
                        "  [{index}] subscription validation; reply 200 {}",
                        String::from_utf8(reply)?
                    );
                }
            }
            Ok(SystemEvent::Unknown(unknown)) => {
                println!("  [{index}] not a system event: {}", unknown.event_type());
                for tolerated in event.tolerated() {
                    println!("      tolerated: {tolerated}");
                }
            }
            Ok(other) => println!("  [{index}] another system event: {other:?}"),
            Err(error) => println!("  [{index}] {error}"),
        }
        match event.to_cloud_event() {
            Ok(cloud) => println!(
                "      as a CloudEvent: type {}, dataschema {:?}",
                cloud.ty(),
                cloud.dataschema()
            ),
            Err(error) => println!("      no CloudEvent form: {error}"),
        }
    }
    Ok(())
}

/// Derive -> send -> receive typed -> settle.
async fn through_a_namespace(order: &OrderCreated) -> Result<(), Box<dyn Error>> {
    section("4. Send, receive typed, settle (a namespace topic)");
    let live =
        ["ENDPOINT", "KEY"].map(|v| std::env::var(format!("EVENTGRID_LIVE_NAMESPACE_{v}")).ok());
    let names =
        ["TOPIC", "SUBSCRIPTION"].map(|v| std::env::var(format!("EVENTGRID_LIVE_{v}")).ok());
    let (emulator, endpoint, key, topic, subscription) =
        if let ([Some(endpoint), Some(key)], [Some(topic), Some(subscription)]) = (live, names) {
            println!("on the live namespace {endpoint}");
            (None, endpoint, key, topic, subscription)
        } else {
            let emulator =
                eventgrid_emulator::Emulator::start(eventgrid_emulator::Config::default()).await?;
            println!("on the emulator at {}", emulator.url());
            let (url, key) = (emulator.url(), emulator.key().to_owned());
            (
                Some(emulator),
                url,
                key,
                "orders".to_owned(),
                "billing".to_owned(),
            )
        };
    let sender = SenderClient::with_key_credential(&endpoint, &topic, key.clone(), None)?;
    let receiver =
        ReceiverClient::with_key_credential(&endpoint, &topic, &subscription, key, None)?;
    // The first receive makes the emulator's subscription (it holds nothing yet); a real
    // namespace's exists already, and is not drained of others' events.
    if emulator.is_some() {
        receiver
            .receive::<CloudEvent>(1, Duration::from_secs(10))
            .await?;
    }

    sender.send(order).await?;
    let ping = CloudEvent::builder("com.contoso.ping", "/monitor").build()?;
    sender.send_binary(&ping).await?;
    let batch = receiver
        .receive::<ShopEvent>(10, Duration::from_secs(10))
        .await?;
    let (mut done, mut other, mut unreadable) = (Vec::new(), Vec::new(), Vec::new());
    for item in batch {
        match item.event {
            Ok(ShopEvent::Order(order)) => {
                println!(
                    "  received {} (delivery {}): total {}, tenant {}",
                    order.order_id, item.delivery_count, order.total, order.tenant
                );
                done.push(item.lock_token);
            }
            Ok(ShopEvent::Other(event)) => {
                println!(
                    "  received another type, {}: released for someone else",
                    event.ty()
                );
                other.push(item.lock_token);
            }
            Err(error) => {
                println!("  not readable, rejected: {error}");
                unreadable.push(item.lock_token);
            }
        }
    }
    let acknowledged = receiver.acknowledge(done).await?;
    println!("  acknowledged {}", acknowledged.succeeded.len());
    let released = receiver.release(other, ReleaseDelay::Zero).await?;
    println!("  released {}", released.succeeded.len());
    let rejected = receiver.reject(unreadable).await?;
    println!("  rejected {}", rejected.succeeded.len());
    if let Some(emulator) = emulator {
        emulator.shutdown().await;
    }
    Ok(())
}

fn validation(order: OrderCreated) {
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
    let mut bad_order = order;
    bad_order.order_id = "line\nbreak".into();
    if let Err(error) = json::to_vec(&bad_order) {
        println!("{error}");
    }
}

fn section(title: &str) {
    println!("\n== {title}");
}
