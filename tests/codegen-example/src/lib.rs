//! An example of `eventgrid-codegen` used from a `build.rs` on the crate's own schemas
//! (`schemas/`): the build script generates into `OUT_DIR/generated/`, and this crate
//! includes and compiles the result, as a user's crate would.
//!
//! The generated code calls the runtime of `eventgrid-system-events` (the generator's default
//! runtime path), so the crate depends on it, without default features: it compiles the
//! runtime, no system events. Each schema file is a module behind a cargo feature of the same
//! name (`orders` here). `tests/decode.rs` decodes events into the generated types;
//! `tests/snapshots.rs` compares the generated text with the reviewed copies in `snapshots/`.

/// Where the build script wrote the generated sources.
pub const GENERATED_DIR: &str = concat!(env!("OUT_DIR"), "/generated");

// The modules and the enum go at the crate root: the generated files name them by `crate::`
// paths. The names catalog goes in a module of its own, as in eventgrid-system-events, where
// its links to `crate::SystemEvent` are not redundant. (`type_hash.rs` is not included: the
// runtime holds its own copy.)
include!(concat!(env!("OUT_DIR"), "/generated/namespaces.rs"));
include!(concat!(env!("OUT_DIR"), "/generated/system_event.rs"));

mod names {
    include!(concat!(env!("OUT_DIR"), "/generated/names.rs"));
}

pub use names::SystemEventNames;

/// Every event type of this crate's schemas with facts about it, sorted by ASCII-lowercased
/// name (the generated catalog table).
pub fn catalog() -> &'static [eventgrid_system_events::EventTypeInfo] {
    names::CATALOG
}
