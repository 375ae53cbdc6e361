//! Conversions between [`CloudEvent`] and the official CloudEvents SDK's
//! [`cloudevents::Event`] (crate `cloudevents-sdk`, feature
//! `cloudevents-sdk`).
//!
//! Both directions keep every attribute, each extension's type (string, integer, boolean)
//! and the kind of the data (JSON, text, bytes):
//!
//! | ours                   | `cloudevents-sdk`        |
//! |------------------------|--------------------------|
//! | [`Data::Json`]         | `Data::Json(Value)`      |
//! | [`Data::Text`]         | `Data::String`           |
//! | [`Data::Binary`]       | `Data::Binary`           |
//! | [`ExtensionValue`]     | `ExtensionValue` (same three types) |
//! | [`Timestamp`]          | `chrono::DateTime<Utc>`  |
//!
//! What cannot be kept, and what is checked:
//!
//! * **Time offset.** The SDK stores `time` as `DateTime<Utc>`: the instant and its
//!   nanoseconds survive, the offset and the exact text do not. `2024-06-01T08:30:00.1234567+05:30`
//!   comes back as `2024-06-01T03:00:00.1234567Z` ([`Timestamp::same_instant`] holds, `==`
//!   does not, because [`Timestamp`] equality is textual).
//! * **`dataschema`** is a `url::Url` in the SDK, which must parse as an absolute URL and is
//!   normalized by `url` (`https://example.com` becomes `https://example.com/`). Event Grid's
//!   `"#"` or `"#1.0"` cannot be represented: [`ToSdkError::DataSchema`].
//! * **JSON data without `datacontenttype`.** The CloudEvents spec makes it `application/json`
//!   and asks to say so when an event changes format; the SDK's HTTP binding would otherwise
//!   send the JSON body without a `Content-Type`. Converting to the SDK sets
//!   `datacontenttype: application/json` in that case.
//! * **Into ours**, the event must pass every producer rule ([`CloudEvent::validate`]): the
//!   SDK accepts an empty `id`, any extension name, and `i64` extension integers, which
//!   CloudEvents does not (Integer is 32-bit). Such an event gives [`FromSdkError::Invalid`].
//! * A CloudEvents 0.3 event from the SDK is first upgraded to 1.0 by the SDK's own
//!   `EventBuilderV10`.
//!
//! The SDK's HTTP binding itself breaks the HTTP binding spec in ways a conversion cannot
//! fix (it neither percent-encodes nor percent-decodes `ce-` header values, and reads every
//! binary-mode body as bytes); `tests/tests/cloudevents_sdk.rs` documents and tests them.
//!
//! ```
//! use cloudevents::AttributesReader;
//! use eventgrid_types::{CloudEvent, ExtensionValue};
//!
//! let ours = CloudEvent::builder("com.example.order", "/orders")
//!     .id("1")
//!     .extension("priority", 7)
//!     .json_data(&serde_json::json!({"total": 12.5}))
//!     .build()?;
//! let sdk = cloudevents::Event::try_from(&ours)?;
//! assert_eq!(sdk.ty(), "com.example.order");
//! assert_eq!(sdk.datacontenttype(), Some("application/json"));
//! let back = CloudEvent::try_from(sdk)?;
//! assert_eq!(back.extension("priority"), Some(&ExtensionValue::Integer(7)));
//! assert_eq!(back.data(), ours.data());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use ::cloudevents::event::{
    Data as SdkData, EventBuilderError, ExtensionValue as SdkExtension, SpecVersion, TryIntoUrl,
};
use ::cloudevents::{AttributesReader, AttributesWriter, EventBuilder, EventBuilderV10};
use time::OffsetDateTime;

use crate::cloud_event::{CloudEvent, Extensions};
use crate::data::Data;
use crate::extension::ExtensionValue;
use crate::timestamp::Timestamp;
use crate::validate::ValidationError;

/// Why a `cloudevents::Event` could not become a [`CloudEvent`].
///
/// ```
/// use cloudevents::{EventBuilder, EventBuilderV10};
/// use eventgrid_types::CloudEvent;
/// use eventgrid_types::cloudevents_sdk::FromSdkError;
///
/// // The SDK takes `i64` extensions; CloudEvents Integer is 32-bit.
/// let sdk = EventBuilderV10::new()
///     .id("1")
///     .source("/s")
///     .ty("t")
///     .extension("big", 5_000_000_000_i64)
///     .build()?;
/// assert!(matches!(CloudEvent::try_from(sdk), Err(FromSdkError::Invalid(_))));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FromSdkError {
    /// The SDK could not upgrade a CloudEvents 0.3 event to 1.0.
    #[error("cannot upgrade the CloudEvents {from} event to 1.0: {source}")]
    Upgrade {
        /// The event's spec version.
        from: String,
        /// The SDK's builder error.
        #[source]
        source: EventBuilderError,
    },
    /// `time` is outside the years this crate represents (−9999 to 9999).
    #[error("time {0} is outside the supported range of years -9999 to 9999")]
    TimeOutOfRange(String),
    /// JSON data could not be kept as raw JSON.
    #[error("JSON data cannot be converted: {0}")]
    Data(#[source] serde_json::Error),
    /// The converted event breaks a CloudEvents rule (empty `id`, an invalid extension name,
    /// an extension integer outside the 32-bit Integer range, ...).
    #[error(transparent)]
    Invalid(#[from] ValidationError),
}

/// Why a [`CloudEvent`] could not become a `cloudevents::Event`.
///
/// ```
/// use eventgrid_types::CloudEvent;
/// use eventgrid_types::cloudevents_sdk::ToSdkError;
///
/// let event = CloudEvent::builder("t", "/s").id("1").dataschema("#").build_unchecked();
/// let err = cloudevents::Event::try_from(&event).unwrap_err();
/// assert!(matches!(err, ToSdkError::DataSchema { ref value, .. } if value == "#"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ToSdkError {
    /// `dataschema` is not an absolute URL, which the SDK requires (e.g. Event Grid's `#`).
    #[error("dataschema {value:?} is not an absolute URL: {source}")]
    DataSchema {
        /// The `dataschema` value.
        value: String,
        /// The SDK's error (`ParseUrlError`).
        #[source]
        source: EventBuilderError,
    },
    /// The SDK's builder refused the event (for example an empty `source`).
    #[error("the CloudEvents SDK refused the event: {0}")]
    Builder(#[source] EventBuilderError),
    /// `time` cannot be represented as a `chrono::DateTime<Utc>`.
    #[error("time {0} cannot be represented by the SDK")]
    TimeOutOfRange(String),
    /// JSON data could not be parsed into a `serde_json::Value` (nesting too deep, say).
    #[error("JSON data cannot be converted: {0}")]
    Data(#[source] serde_json::Error),
}

/// Converts an SDK event, keeping extension types and the data's kind, then checks every
/// CloudEvents rule for producers. See the [module docs](self) for what changes.
///
/// ```
/// use cloudevents::{EventBuilder, EventBuilderV10};
/// use eventgrid_types::{CloudEvent, Data};
///
/// let sdk = EventBuilderV10::new()
///     .id("1")
///     .source("/s")
///     .ty("t")
///     .time("2024-02-29T23:59:59.123456789Z")
///     .data("text/plain", "hello")
///     .build()?;
/// let ours = CloudEvent::try_from(sdk)?;
/// assert_eq!(ours.time().unwrap().as_str(), "2024-02-29T23:59:59.123456789Z");
/// assert_eq!(ours.data(), Some(&Data::Text("hello".into())));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl TryFrom<::cloudevents::Event> for CloudEvent {
    type Error = FromSdkError;

    fn try_from(event: ::cloudevents::Event) -> Result<Self, Self::Error> {
        let mut event = match event.specversion() {
            SpecVersion::V10 => event,
            other @ SpecVersion::V03 => {
                EventBuilderV10::from(event)
                    .build()
                    .map_err(|source| FromSdkError::Upgrade {
                        from: other.to_string(),
                        source,
                    })?
            }
        };
        let time = event.time().map(|t| from_chrono(*t)).transpose()?;
        let extensions: Extensions = event
            .iter_extensions()
            .map(|(name, value)| (name.to_owned(), from_sdk_extension(value)))
            .collect();
        // `take_data` also takes `datacontenttype` and `dataschema` out of the event.
        let (datacontenttype, dataschema, data) = event.take_data();
        let data = match data {
            None => None,
            Some(SdkData::Binary(bytes)) => Some(Data::Binary(bytes)),
            Some(SdkData::String(text)) => Some(Data::Text(text)),
            Some(SdkData::Json(value)) => Some(Data::json(&value).map_err(FromSdkError::Data)?),
        };
        let converted = CloudEvent {
            id: event.id().to_owned(),
            source: event.source().clone(),
            ty: event.ty().to_owned(),
            datacontenttype,
            dataschema: dataschema.map(String::from),
            subject: event.subject().map(str::to_owned),
            time,
            extensions,
            data,
            tolerated: Vec::new(),
        };
        converted.validate()?;
        Ok(converted)
    }
}

fn from_sdk_extension(value: &SdkExtension) -> ExtensionValue {
    match value {
        SdkExtension::String(s) => ExtensionValue::String(s.as_str().into()),
        SdkExtension::Boolean(b) => ExtensionValue::Boolean(*b),
        SdkExtension::Integer(i) => ExtensionValue::Integer(*i),
    }
}

fn to_sdk_extension(value: &ExtensionValue) -> SdkExtension {
    match value {
        ExtensionValue::String(s) => SdkExtension::String(s.to_string()),
        ExtensionValue::Boolean(b) => SdkExtension::Boolean(*b),
        ExtensionValue::Integer(i) => SdkExtension::Integer(*i),
    }
}

fn from_chrono(time: chrono::DateTime<chrono::Utc>) -> Result<Timestamp, FromSdkError> {
    // A leap second has `timestamp_subsec_nanos() >= 1e9`; adding it rolls into the next
    // second, which is what the instant denotes.
    let nanos =
        i128::from(time.timestamp()) * 1_000_000_000 + i128::from(time.timestamp_subsec_nanos());
    OffsetDateTime::from_unix_timestamp_nanos(nanos)
        .map(Timestamp::from)
        .map_err(|_| FromSdkError::TimeOutOfRange(time.to_rfc3339()))
}

fn to_chrono(time: &Timestamp) -> Result<chrono::DateTime<chrono::Utc>, ToSdkError> {
    let instant = time.to_offset_date_time();
    chrono::DateTime::from_timestamp(instant.unix_timestamp(), instant.nanosecond())
        .ok_or_else(|| ToSdkError::TimeOutOfRange(time.to_string()))
}

/// Converts to an SDK event (CloudEvents 1.0), keeping extension types and the data's kind.
/// See the [module docs](self) for what changes: the time offset, `dataschema`
/// normalization, and an explicit `application/json` for JSON data without a media type.
///
/// ```
/// use cloudevents::AttributesReader;
/// use eventgrid_types::CloudEvent;
/// use eventgrid_types::cloudevents_sdk::ToSdkError;
///
/// let event = CloudEvent::builder("t", "/s")
///     .time("2024-06-01T08:30:00.1234567+05:30".parse()?)
///     .build()?;
/// let sdk = cloudevents::Event::try_from(&event)?;
/// assert_eq!(sdk.time().unwrap().to_rfc3339(), "2024-06-01T03:00:00.123456700+00:00");
///
/// let mut from_event_grid = event.clone();
/// from_event_grid.set_dataschema(Some("#1.0".into()));
/// assert!(matches!(
///     cloudevents::Event::try_from(&from_event_grid),
///     Err(ToSdkError::DataSchema { .. })
/// ));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl TryFrom<&CloudEvent> for ::cloudevents::Event {
    type Error = ToSdkError;

    fn try_from(event: &CloudEvent) -> Result<Self, Self::Error> {
        let mut builder = EventBuilderV10::new()
            .id(event.id())
            .source(event.source())
            .ty(event.ty());
        if let Some(subject) = event.subject() {
            builder = builder.subject(subject);
        }
        if let Some(time) = event.time() {
            builder = builder.time(to_chrono(time)?);
        }
        for (name, value) in event.extensions() {
            builder = builder.extension(name, to_sdk_extension(value));
        }
        let mut sdk = builder.build().map_err(ToSdkError::Builder)?;
        if let Some(schema) = event.dataschema() {
            let url = schema.into_url().map_err(|source| ToSdkError::DataSchema {
                value: schema.to_owned(),
                source: EventBuilderError::ParseUrlError {
                    attribute_name: "dataschema",
                    source,
                },
            })?;
            sdk.set_dataschema(Some(url));
        }
        let datacontenttype = match (event.datacontenttype(), event.data()) {
            (Some(ct), _) => Some(ct),
            (None, Some(Data::Json(_))) => Some("application/json"),
            (None, _) => None,
        };
        sdk.set_datacontenttype(datacontenttype);
        match event.data() {
            None => {}
            Some(Data::Json(raw)) => {
                let value: serde_json::Value =
                    serde_json::from_str(raw.get()).map_err(ToSdkError::Data)?;
                sdk.set_data_unchecked(SdkData::Json(value));
            }
            Some(Data::Text(text)) => {
                sdk.set_data_unchecked(SdkData::String(text.clone()));
            }
            Some(Data::Binary(bytes)) => {
                sdk.set_data_unchecked(SdkData::Binary(bytes.clone()));
            }
        }
        Ok(sdk)
    }
}
