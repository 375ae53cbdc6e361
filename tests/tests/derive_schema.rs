//! The JSON Schema of a derived event's data (`eventgrid_types::schema`, feature `schemars`).

use eventgrid_types::{CloudEvent, schema};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize, JsonSchema)]
#[cloudevent(type = "com.contoso.order.created", source = "/orders/{account}")]
#[serde(rename_all = "camelCase")]
struct OrderCreated {
    #[serde(skip)]
    #[cloudevent(subject)]
    order_id: String,
    #[cloudevent(extension = "tenant")]
    tenant: String,
    account: u64,
    note: Option<String>,
}

#[test]
fn data_schema_follows_serde_and_names_the_type() {
    let schema = schema::data_schema::<OrderCreated>();
    let json = schema.as_value();
    assert_eq!(
        json[schema::EVENT_TYPE_KEYWORD],
        "com.contoso.order.created"
    );
    assert_eq!(json["type"], "object");
    let properties = json["properties"].as_object().unwrap();
    let mut names: Vec<&str> = properties.keys().map(String::as_str).collect();
    names.sort_unstable();
    // camelCase as serde writes it; the skipped subject field is not data.
    assert_eq!(names, ["account", "note", "tenant"]);
    let required: Vec<&str> = json["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(required.contains(&"account") && !required.contains(&"note"));
}
