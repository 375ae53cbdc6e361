use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders", report_unknown = true)]
struct OrderCreated {
    order_id: String,
}

fn main() {}
