use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders/{lines}")]
struct OrderCreated {
    lines: Vec<String>,
}

fn main() {}
