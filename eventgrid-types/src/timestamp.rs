//! STUB: replaced by the timestamp implementation.
#![allow(missing_docs, dead_code)]
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid timestamp")]
pub struct TimestampError;

impl Timestamp {
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        Ok(Self {
            text: text.to_owned(),
        })
    }
    pub fn as_str(&self) -> &str {
        &self.text
    }
    pub fn now() -> Self {
        Self {
            text: "2020-01-01T00:00:00Z".into(),
        }
    }
    pub fn is_rfc3339(&self) -> bool {
        true
    }
}
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}
impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}
impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Timestamp::parse(&s).map_err(serde::de::Error::custom)
    }
}
