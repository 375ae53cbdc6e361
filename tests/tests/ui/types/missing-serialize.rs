use eventgrid_types::CloudEvent;
use serde::{Deserialize};

#[derive(CloudEvent, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders")]
struct OrderCreated {
    order_id: String,
}

fn main() {
    let order = OrderCreated { order_id: "1".into() };
    let _ = eventgrid_types::json::to_vec(&order);
}
