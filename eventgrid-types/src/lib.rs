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
mod leniency;
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
pub use extension::{ExtensionRef, ExtensionValue, Extensions};
pub use leniency::Leniency;
pub use mode::ContentMode;
pub use timestamp::Timestamp;
pub use tolerated::{DataMember, DataMemberKind, Tolerated};
pub use typed::{
    EventType, EventView, FromEvent, Reported, StaticAttributes, StrictData, TypedEvent,
};
pub use validate::ValidationError;

/// `#[derive(CloudEvent)]`: see the `eventgrid-derive` crate for the attribute reference.
#[cfg(feature = "derive")]
pub use eventgrid_derive::CloudEvent;

/// The crates whose types this crate's API takes or returns, re-exported so that you can name
/// those types at the versions this crate was built with, without depending on them yourself.
///
/// ```
/// use eventgrid_types::deps::serde_json::value::RawValue;
/// use eventgrid_types::{CloudEvent, Data};
///
/// let event = CloudEvent::builder("com.example.ping", "/pinger").json_data(&[1, 2]).build()?;
/// let raw: Option<&RawValue> = event.data().and_then(Data::as_json);
/// assert_eq!(raw.map(RawValue::get), Some("[1,2]"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub mod deps {
    /// The `http` crate, whose `Request`, `Response` and `HeaderMap` [`crate::http`] and
    /// [`crate::webhook`] take and return (feature `http`).
    #[cfg(feature = "http")]
    #[doc(no_inline)]
    pub use ::http;
    /// `serde_json`, whose `RawValue` holds JSON data as received ([`crate::Data::as_json`]).
    #[doc(no_inline)]
    pub use ::serde_json;
    /// The `time` crate, whose `OffsetDateTime`
    /// [`Timestamp::to_offset_date_time`](crate::Timestamp::to_offset_date_time) returns.
    #[doc(no_inline)]
    pub use ::time;
}
