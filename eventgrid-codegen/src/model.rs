//! MODEL: what the emitter needs, as plain data (no tokens, no JSON).

/// Every namespace, sorted by module name.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// The namespaces.
    pub namespaces: Vec<Namespace>,
}

/// One publisher namespace: one schema file, one Rust module, one cargo feature.
#[derive(Debug, Clone)]
pub struct Namespace {
    /// `Microsoft.Storage`
    pub name: String,
    /// `storage`: module, feature and schema file stem.
    pub module: String,
    /// Its event types, sorted by type string.
    pub events: Vec<Event>,
    /// Its Rust types, sorted by name.
    pub items: Vec<Item>,
}

/// One event type.
#[derive(Debug, Clone)]
pub struct Event {
    /// The type string, e.g. `Microsoft.Storage.BlobCreated`.
    pub event_type: String,
    /// The `SystemEventNames` constant, e.g. `STORAGE_BLOB_CREATED`.
    pub const_name: String,
    /// The `SystemEvent` variant, e.g. `StorageBlobCreated`.
    pub variant: String,
    /// The Rust type of its data, when it has a schema.
    pub data: Option<String>,
    /// An SDK alias name Event Grid does not publish.
    pub deprecated: bool,
    /// Published by a retired service.
    pub retired: bool,
}

/// A generated Rust type.
#[derive(Debug, Clone)]
pub enum Item {
    /// A struct with named, optional fields.
    Struct(Struct),
    /// An extensible string enum.
    Enum(Enum),
    /// `pub type Name = Target;` for a definition that only extends another.
    Alias(Alias),
}

impl Item {
    /// The Rust name of the item.
    pub fn name(&self) -> &str {
        match self {
            Item::Struct(s) => &s.name,
            Item::Enum(e) => &e.name,
            Item::Alias(a) => &a.name,
        }
    }
}

/// A struct, with the fields of its `allOf` parents flattened in.
#[derive(Debug, Clone)]
pub struct Struct {
    /// The Rust name (the schema definition name).
    pub name: String,
    /// The schema definition name.
    pub schema_name: String,
    /// Event types whose data this is.
    pub events: Vec<String>,
    /// Fields, parents' first, then sorted by wire name.
    pub fields: Vec<Field>,
}

/// A struct field; always `Option` in Rust.
#[derive(Debug, Clone)]
pub struct Field {
    /// The JSON member name.
    pub wire: String,
    /// The Rust identifier (may be a raw identifier such as `r#type`).
    pub ident: String,
    /// The value type.
    pub ty: Type,
    /// Boxed to break a cycle of directly nested structs.
    pub boxed: bool,
    /// In the schema's `required` list (informational; presence is never trusted).
    pub required: bool,
    /// The schema allows `null`.
    pub nullable: bool,
    /// Other member names the schema records for this field (`x-aliases`).
    pub aliases: Vec<String>,
    /// The unit of a value the schema records for this field (`x-unit`).
    pub unit: Option<Unit>,
}

/// The unit of a field's value, as recorded by the schema keyword `x-unit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// `bytes`
    Bytes,
    /// `seconds`: a duration.
    Seconds,
    /// `milliseconds`: a duration.
    Milliseconds,
    /// `minutes`: a duration.
    Minutes,
    /// `days`: a duration.
    Days,
    /// `percent`
    Percent,
    /// `epoch-seconds`: a point in time, seconds since the Unix epoch.
    EpochSeconds,
    /// `epoch-milliseconds`: a point in time, milliseconds since the Unix epoch.
    EpochMilliseconds,
}

impl Unit {
    /// Every unit, for error messages and the importer.
    pub const ALL: [Unit; 8] = [
        Unit::Bytes,
        Unit::Seconds,
        Unit::Milliseconds,
        Unit::Minutes,
        Unit::Days,
        Unit::Percent,
        Unit::EpochSeconds,
        Unit::EpochMilliseconds,
    ];

    /// The value of `x-unit` that names this unit.
    pub fn keyword(self) -> &'static str {
        match self {
            Unit::Bytes => "bytes",
            Unit::Seconds => "seconds",
            Unit::Milliseconds => "milliseconds",
            Unit::Minutes => "minutes",
            Unit::Days => "days",
            Unit::Percent => "percent",
            Unit::EpochSeconds => "epoch-seconds",
            Unit::EpochMilliseconds => "epoch-milliseconds",
        }
    }

    /// The unit an `x-unit` value names, if it is one of [`Unit::ALL`].
    pub fn from_keyword(keyword: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.keyword() == keyword)
    }

    /// The sentence a field's doc comment states it in.
    pub fn sentence(self) -> &'static str {
        match self {
            Unit::Bytes => "Unit: bytes.",
            Unit::Seconds => "Unit: seconds.",
            Unit::Milliseconds => "Unit: milliseconds.",
            Unit::Minutes => "Unit: minutes.",
            Unit::Days => "Unit: days.",
            Unit::Percent => "Unit: percent.",
            Unit::EpochSeconds => "Seconds since the Unix epoch.",
            Unit::EpochMilliseconds => "Milliseconds since the Unix epoch.",
        }
    }
}

/// A field's value type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    /// `string`
    String,
    /// `string`, `format: uri`
    Uri,
    /// `string`, `format: date-time`
    DateTime,
    /// `boolean`
    Bool,
    /// `integer`, `format: int32` (emitted as `i64`, like [`Type::Int64`])
    Int32,
    /// `integer`, `format: int64` (or no format)
    Int64,
    /// `number`, `format: float`
    Float,
    /// `number`, `format: double` (or no format)
    Double,
    /// Any JSON value.
    Any,
    /// An object with free-form members: `JsonObject`, kept as JSON text.
    Object,
    /// An object whose member values all have one type.
    Map(Box<Type>),
    /// An array.
    List(Box<Type>),
    /// A generated type.
    Named(String),
}

impl Type {
    /// How the type reads in docs: `string (date-time)`, `array of AcsRouterWorkerSelector`.
    pub fn describe(&self) -> String {
        match self {
            Type::String => "string".into(),
            Type::Uri => "string (uri)".into(),
            Type::DateTime => "string (date-time)".into(),
            Type::Bool => "boolean".into(),
            Type::Int32 => "integer (int32 in the schema, held as `i64`)".into(),
            Type::Int64 => "integer (int64)".into(),
            Type::Float => "number (float)".into(),
            Type::Double => "number (double)".into(),
            Type::Any => "any JSON value".into(),
            Type::Object => {
                "object with any members, kept as JSON text ([`JsonObject`](crate::JsonObject))"
                    .into()
            }
            Type::Map(v) => format!("map of {}", v.describe()),
            Type::List(v) => format!("array of {}", v.describe()),
            Type::Named(n) => format!("[`{n}`]"),
        }
    }
}

/// An extensible string enum: known values plus a variant that keeps any other verbatim.
#[derive(Debug, Clone)]
pub struct Enum {
    /// The Rust name.
    pub name: String,
    /// Known values in schema order.
    pub values: Vec<EnumValue>,
    /// The variant holding unknown values (`Other` unless a known value takes that name).
    pub other: String,
}

/// One known enum value.
#[derive(Debug, Clone)]
pub struct EnumValue {
    /// The exact wire value.
    pub wire: String,
    /// The Rust variant.
    pub ident: String,
}

/// A definition that is its parent with no additions.
#[derive(Debug, Clone)]
pub struct Alias {
    /// The Rust name.
    pub name: String,
    /// The Rust name of the parent.
    pub target: String,
    /// Event types whose data this is.
    pub events: Vec<String>,
}
