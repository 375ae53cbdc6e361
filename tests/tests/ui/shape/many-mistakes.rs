use eventgrid_types::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize)]
#[cloudevent(type = "", source = "/orders/{acount}", dataschema = "schema.json")]
struct OrderCreated {
    account: u64,
    #[cloudevent(extension = "Tenant")]
    tenant: String,
    #[cloudevent(subjct)]
    order_id: String,
}

fn main() {}
