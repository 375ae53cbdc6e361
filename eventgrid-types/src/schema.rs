//! The JSON Schema of a derived event's data, through [`schemars`].
//!
//! A struct that derives `CloudEvent` and `schemars::JsonSchema` gets the schema of exactly
//! what it sends as `data`: both derives follow the struct's serde attributes, so fields
//! moved out of the data with `#[serde(skip)]` are not in it.
//!
//! ```
//! use eventgrid_types::{schema, CloudEvent};
//! use schemars::JsonSchema;
//! use serde::Serialize;
//!
//! #[derive(CloudEvent, Serialize, JsonSchema)]
//! #[cloudevent(type = "com.contoso.order.created", source = "/orders")]
//! struct OrderCreated {
//!     #[serde(skip)]
//!     #[cloudevent(subject)]
//!     order_id: String,
//!     total_cents: u64,
//! }
//!
//! let schema = schema::data_schema::<OrderCreated>();
//! let json = schema.as_value();
//! assert_eq!(json[schema::EVENT_TYPE_KEYWORD], "com.contoso.order.created");
//! assert!(json["properties"].get("total_cents").is_some());
//! assert!(json["properties"].get("order_id").is_none());
//! ```

use schemars::{JsonSchema, Schema};

use crate::typed::EventType;

/// The member of a data schema that names the event type it describes.
pub const EVENT_TYPE_KEYWORD: &str = "x-cloudevents-type";

/// The JSON Schema (draft 2020-12) of `T`'s data, with the event type under
/// [`EVENT_TYPE_KEYWORD`].
pub fn data_schema<T: JsonSchema + EventType + ?Sized>() -> Schema {
    let mut schema = schemars::SchemaGenerator::default().into_root_schema_for::<T>();
    schema.insert(EVENT_TYPE_KEYWORD.to_owned(), T::EVENT_TYPE.into());
    schema
}
