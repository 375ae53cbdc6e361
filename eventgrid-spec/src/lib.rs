//! The CloudEvents 1.0 syntax rules that eventgrid-rs checks, in one place: extension
//! attribute names ([`extension`]), media types ([`media_type`]) and URI references
//! ([`uri`]).
//!
//! `eventgrid-derive` applies them to attribute literals at compile time and
//! [`eventgrid-types`](https://docs.rs/eventgrid-types) to events at run time, which
//! re-exports each function where it belongs; depend on this crate directly only to check
//! these rules without the rest. No dependencies, no allocation; every check is `#[inline]`,
//! as the decoders call them per event.
//!
//! ```
//! use eventgrid_spec::{extension, media_type, uri};
//!
//! assert_eq!(extension::check_name("traceparent"), Ok(()));
//! assert!(media_type::is_json("application/cloudevents+json; charset=utf-8"));
//! assert_eq!(uri::check_uri_reference("/orders/17"), Ok(false));
//! ```

#![no_std]

pub mod extension;
pub mod media_type;
pub mod uri;
