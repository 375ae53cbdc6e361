//! Content modes of the CloudEvents HTTP binding, and detecting them from a `Content-Type`.

use crate::media_type::starts_with_ignore_case;

/// Media type of one event in structured mode.
pub const STRUCTURED_CONTENT_TYPE: &str = "application/cloudevents+json; charset=utf-8";
/// Media type of a JSON batch.
pub const BATCH_CONTENT_TYPE: &str = "application/cloudevents-batch+json; charset=utf-8";
/// Media type of an Event Grid schema array.
pub const EVENT_GRID_CONTENT_TYPE: &str = "application/json; charset=utf-8";

/// How an HTTP message carries CloudEvents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentMode {
    /// One event as a JSON document (`application/cloudevents+json`).
    Structured,
    /// A JSON array of events (`application/cloudevents-batch+json`).
    Batch,
    /// Attributes in `ce-` headers, the data as the body.
    Binary,
}

impl ContentMode {
    /// Detects the mode from a `Content-Type` value (case-insensitive). The batch prefix is
    /// tested first, because `application/cloudevents-batch+json` also starts with
    /// `application/cloudevents`.
    ///
    /// ```
    /// use eventgrid_types::ContentMode;
    ///
    /// assert_eq!(ContentMode::detect(Some("application/cloudevents-batch+json")), ContentMode::Batch);
    /// assert_eq!(ContentMode::detect(Some("Application/CloudEvents+JSON; charset=utf-8")), ContentMode::Structured);
    /// assert_eq!(ContentMode::detect(Some("application/json")), ContentMode::Binary);
    /// assert_eq!(ContentMode::detect(None), ContentMode::Binary);
    /// ```
    pub fn detect(content_type: Option<&str>) -> Self {
        match content_type {
            Some(ct) if starts_with_ignore_case(ct, "application/cloudevents-batch") => {
                ContentMode::Batch
            }
            Some(ct) if starts_with_ignore_case(ct, "application/cloudevents") => {
                ContentMode::Structured
            }
            _ => ContentMode::Binary,
        }
    }

    /// The `Content-Type` this crate sends for the mode; `None` for binary mode, where it
    /// is the event's `datacontenttype`.
    pub fn content_type(self) -> Option<&'static str> {
        match self {
            ContentMode::Structured => Some(STRUCTURED_CONTENT_TYPE),
            ContentMode::Batch => Some(BATCH_CONTENT_TYPE),
            ContentMode::Binary => None,
        }
    }
}
