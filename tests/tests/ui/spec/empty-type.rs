use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "", source = "/orders")]
struct OrderCreated {
    order_id: String,
}

fn main() {}
