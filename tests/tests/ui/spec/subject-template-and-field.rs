use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders", subject = "orders/{order_id}")]
struct OrderCreated {
    #[cloudevent(subject)]
    order_id: String,
}

fn main() {}
