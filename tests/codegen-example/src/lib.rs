//! An example of `eventgrid-codegen` used from a `build.rs` on the crate's own schemas
//! (`schemas/`). The generated sources land in `OUT_DIR/generated/`; `tests/snapshots.rs`
//! compares them with the reviewed copies in `snapshots/`.
//!
//! The generated modules call the runtime of `eventgrid-system-events` (`crate::rt`), which
//! is not public yet, so this crate checks the generated text and does not compile it.

/// Where the build script wrote the generated sources.
pub const GENERATED_DIR: &str = concat!(env!("OUT_DIR"), "/generated");
