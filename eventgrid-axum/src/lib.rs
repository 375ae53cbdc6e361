#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Why a crate and not an `axum` feature of `eventgrid-types`: axum and tower make breaking
// releases on their own schedule. As a separate crate (as `tower-http`, `axum-extra` and the
// `cloudevents-sdk` integrations do) the glue can follow axum 0.8 -> 0.9 with its own major
// version, while `eventgrid-types` keeps its semver and stays free of any web framework.

mod auth;
mod config;
#[cfg(feature = "entra")]
pub mod entra;
mod extract;
mod outcome;
mod read;
mod service;

pub use auth::{Auth, AuthError};
pub use config::{DEFAULT_BODY_LIMIT, WebhookConfig};
pub use extract::{Events, WebhookRejection};
pub use outcome::Outcome;
pub use service::{WebhookLayer, WebhookService};

/// The framework-free webhook API of `eventgrid-types` this crate builds on.
pub use eventgrid_types::webhook;
