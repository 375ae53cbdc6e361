use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders")]
struct OrderCreated {
    order_id: String,
}

#[derive(CloudEvent)]
enum OrderEvent {
    Created(OrderCreated),
    #[cloudevent(other)]
    Other(eventgrid_types::CloudEvent),
    #[cloudevent(other)]
    Unknown(eventgrid_types::CloudEvent),
}

fn main() {}
