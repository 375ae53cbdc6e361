#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod catalog;
mod event;
mod json_object;
// `members`, `report` and `rt` are used by the generated modules of whichever namespaces are
// enabled, so with fewer features some of them is unused.
#[allow(dead_code, unused_imports)]
mod members;
mod names;
#[allow(dead_code, unused_imports)]
mod report;
#[allow(dead_code, unused_imports)]
mod rt;
#[path = "generated/type_hash.rs"]
mod type_hash;

pub use catalog::EventTypeInfo;
pub use event::{Decoded, SystemEvent, SystemEventError, UnknownEvent};
pub use json_object::JsonObject;
pub use names::SystemEventNames;

/// The `eventgrid-types` items this crate's API takes and returns, so that a user of the
/// system events alone needs no second import path.
pub use eventgrid_types::{
    CloudEvent, Data, DataMember, DataMemberKind, DataRef, DecodeError, EventGridEvent, EventView,
    FromEvent, Reported, StrictData, Timestamp, Tolerated,
};

include!("generated/namespaces.rs");
