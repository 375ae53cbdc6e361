use eventgrid_types::CloudEvent;

#[derive(CloudEvent)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders")]
union OrderCreated {
    id: u64,
    code: u32,
}

fn main() {}
