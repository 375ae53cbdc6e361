#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod binary;
pub mod cloud_event;
#[cfg(feature = "cloudevents-sdk")]
pub mod cloudevents_sdk;
pub mod data;
pub mod error;
pub mod event;
pub mod event_grid;
pub mod extension;
#[cfg(feature = "http")]
pub mod http;
pub mod json;
pub mod media_type;
pub mod mode;
pub mod namespace;
pub mod percent;
mod scan;
#[cfg(feature = "schemars")]
pub mod schema;
pub mod timestamp;
pub mod tolerated;
pub mod typed;
pub mod validate;
pub mod webhook;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use cloud_event::{CloudEvent, CloudEventBuilder};
pub use data::{Data, DataRef};
pub use error::{DecodeError, DecodeErrorKind, EncodeError};
pub use event::{Event, Json};
pub use event_grid::EventGridEvent;
pub use extension::{ExtensionRef, ExtensionValue};
pub use mode::ContentMode;
pub use timestamp::Timestamp;
pub use tolerated::Tolerated;
pub use typed::{EventType, EventView, FromEvent, StaticAttributes, TypedEvent};
pub use validate::ValidationError;

/// `#[derive(CloudEvent)]`: see the `eventgrid-derive` crate for the attribute reference.
#[cfg(feature = "derive")]
pub use eventgrid_derive::CloudEvent;
