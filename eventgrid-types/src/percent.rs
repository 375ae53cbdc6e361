//! STUB: replaced by the percent-encoding implementation.
#![allow(missing_docs, dead_code)]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid percent-encoding")]
pub struct PercentDecodeError;
pub fn encode(value: &str) -> std::borrow::Cow<'_, str> {
    value.into()
}
pub fn decode(value: &[u8]) -> Result<std::borrow::Cow<'_, str>, PercentDecodeError> {
    std::str::from_utf8(value)
        .map(Into::into)
        .map_err(|_| PercentDecodeError)
}
