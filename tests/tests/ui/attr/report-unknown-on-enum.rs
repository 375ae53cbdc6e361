use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders", report_unknown)]
struct OrderCreated {
    order_id: String,
}

#[derive(CloudEvent)]
#[cloudevent(report_unknown)]
enum OrderEvent {
    Created(OrderCreated),
}

fn main() {}
