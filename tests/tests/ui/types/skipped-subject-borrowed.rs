use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders")]
struct OrderCreated<'a> {
    #[serde(skip)]
    #[cloudevent(subject)]
    order_id: &'a str,
    total: u64,
}

fn main() {}
