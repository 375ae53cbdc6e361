#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod catalog;
mod event;
mod json_object;
mod names;
// Used by the generated modules of whichever namespaces are enabled, so with fewer features
// some of it is unused.
#[allow(dead_code, unused_imports)]
mod rt;
mod type_hash;

pub use catalog::EventTypeInfo;
pub use event::{Decoded, RawData, SystemEvent, SystemEventError, UnknownEvent};
pub use json_object::JsonObject;
pub use names::SystemEventNames;
pub use rt::Tolerated;

include!(concat!(env!("OUT_DIR"), "/namespaces.rs"));
