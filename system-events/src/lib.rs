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

/// The runtime that generated code calls: the system events' own modules, and the modules a
/// user's `build.rs` generates with `eventgrid-codegen` (whose default runtime path this is).
///
/// Not public API: it changes together with the generator's output, in any release. Generated
/// code and the runtime come from the same version of this workspace.
#[doc(hidden)]
pub mod __private {
    pub use crate::catalog::EventTypeInfo;
    pub use crate::event::{
        decode_data, deserialize_data, from_event, from_event_reported, has_data_fast_path,
    };
    pub use crate::json_object::JsonObject;
    pub use crate::rt::*;
    pub use crate::{SystemEventError, UnknownEvent};
    pub use eventgrid_types::{DecodeError, EventView, FromEvent, Tolerated};
}

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
