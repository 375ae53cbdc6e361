use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created")]
struct OrderCreated {
    order_id: String,
}

fn main() {
    let order = OrderCreated { order_id: "1".into() };
    let bytes = eventgrid_types::json::to_vec(&order).unwrap();
    let _: OrderCreated = eventgrid_types::json::decode(&bytes).unwrap();
}
