use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders")]
struct OrderCreated {
    #[cloudevent(subject)]
    order_number: u64,
}

fn main() {}
