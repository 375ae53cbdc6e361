use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders")]
struct OrderCreated {
    order_id: String,
}

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders/v2")]
struct OrderCreatedV2 {
    order_id: String,
    channel: String,
}

#[derive(CloudEvent)]
enum OrderEvent {
    Created(OrderCreated),
    CreatedV2(OrderCreatedV2),
}

fn main() {}
