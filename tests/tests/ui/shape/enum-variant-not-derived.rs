use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders")]
struct OrderCreated {
    order_id: String,
}

#[derive(Serialize, Deserialize)]
struct OrderCancelled {
    order_id: String,
}

#[derive(CloudEvent)]
enum OrderEvent {
    Created(OrderCreated),
    Cancelled(OrderCancelled),
}

fn main() {}
