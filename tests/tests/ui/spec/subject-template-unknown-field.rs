use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders", subject = "orders/{order}")]
struct OrderCreated {
    account: u64,
    order_id: String,
}

fn main() {}
