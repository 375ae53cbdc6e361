//! Event data: JSON kept as raw text, text, or bytes.

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

use crate::error::{DecodeError, DecodeErrorKind};
use crate::media_type;

/// The `data` of an event.
///
/// JSON data is kept as the raw text it arrived as, so decoding into a Rust type is a single
/// pass when a typed view asks for it, and re-encoding writes the same bytes back.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Data {
    /// A JSON value (`data` with a JSON `datacontenttype`, or none).
    Json(Box<RawValue>),
    /// Text (`data` holding a string with a non-JSON `datacontenttype`).
    Text(String),
    /// Bytes (`data_base64` in JSON formats, or a non-text body in binary mode).
    Binary(Vec<u8>),
}

impl Data {
    /// JSON data from any serializable value.
    ///
    /// ```
    /// use eventgrid_types::Data;
    ///
    /// let data = Data::json(&serde_json::json!({"size": 12})).unwrap();
    /// assert_eq!(data.as_json().unwrap().get(), r#"{"size":12}"#);
    /// ```
    pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> Result<Self, serde_json::Error> {
        serde_json::value::to_raw_value(value).map(Data::Json)
    }

    /// JSON data from text that must be one valid JSON value.
    pub fn json_text(text: impl Into<String>) -> Result<Self, serde_json::Error> {
        RawValue::from_string(text.into()).map(Data::Json)
    }

    /// The raw JSON, if this is JSON data.
    pub fn as_json(&self) -> Option<&RawValue> {
        match self {
            Data::Json(raw) => Some(raw),
            _ => None,
        }
    }

    /// The text, if this is text data.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Data::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The bytes of the data as they travel in binary mode: the JSON text, the UTF-8 text, or
    /// the binary data itself.
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Data::Json(raw) => raw.get().as_bytes(),
            Data::Text(text) => text.as_bytes(),
            Data::Binary(bytes) => bytes,
        }
    }

    /// A borrowed view.
    pub fn as_data_ref(&self) -> DataRef<'_> {
        match self {
            Data::Json(raw) => DataRef::Json(raw.get()),
            Data::Text(text) => DataRef::Text(text),
            Data::Binary(bytes) => DataRef::Binary(bytes),
        }
    }

    /// Deserializes JSON data into `T`. A data error names the JSON path that did not fit.
    pub fn to_typed<T: DeserializeOwned>(&self) -> Result<T, DecodeError> {
        self.as_data_ref().deserialize()
    }

    /// Reads a binary-mode body: JSON when the media type is JSON and the body parses, text
    /// when the media type is textual and the body is UTF-8, bytes otherwise.
    pub(crate) fn from_body(
        body: &[u8],
        datacontenttype: Option<&str>,
    ) -> Result<Self, DecodeError> {
        match datacontenttype {
            Some(ct) if media_type::is_json(ct) => {
                let raw = json_body(body)?;
                Ok(Data::Json(raw.to_owned()))
            }
            Some(ct) if media_type::is_textual(ct) => match std::str::from_utf8(body) {
                Ok(text) => Ok(Data::Text(text.to_owned())),
                Err(_) => Ok(Data::Binary(body.to_vec())),
            },
            _ => Ok(Data::Binary(body.to_vec())),
        }
    }
}

/// A binary-mode body under a JSON media type: one JSON value (surrounding whitespace
/// dropped), or why it is not. Every binary decoder checks the body here, whether or not
/// what it decodes into parses the data again.
pub(crate) fn json_body(body: &[u8]) -> Result<&RawValue, DecodeError> {
    let not_json = |reason: String| DecodeError::new(DecodeErrorKind::BodyNotJson { reason });
    let text = std::str::from_utf8(body).map_err(|_| not_json("not UTF-8".into()))?;
    serde_json::from_str(text.trim_matches(is_json_ws)).map_err(|e| not_json(e.to_string()))
}

fn is_json_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// Two JSON data values are equal when their raw text is equal.
impl PartialEq for Data {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Data::Json(a), Data::Json(b)) => a.get() == b.get(),
            (Data::Text(a), Data::Text(b)) => a == b,
            (Data::Binary(a), Data::Binary(b)) => a == b,
            _ => false,
        }
    }
}

impl From<String> for Data {
    fn from(text: String) -> Self {
        Data::Text(text)
    }
}

impl From<Vec<u8>> for Data {
    fn from(bytes: Vec<u8>) -> Self {
        Data::Binary(bytes)
    }
}

impl From<Box<RawValue>> for Data {
    fn from(raw: Box<RawValue>) -> Self {
        Data::Json(raw)
    }
}

/// A borrowed view of an event's data, as typed decoders receive it.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum DataRef<'a> {
    /// Raw JSON text.
    Json(&'a str),
    /// Text.
    Text(&'a str),
    /// Bytes.
    Binary(&'a [u8]),
}

impl<'a> DataRef<'a> {
    /// Deserializes JSON data into `T`, borrowing from the data where `T` does.
    ///
    /// Text and binary data are read as JSON too when their bytes are JSON (an event in
    /// binary mode without a `Content-Type`, for example).
    pub fn deserialize<T: serde::Deserialize<'a>>(self) -> Result<T, DecodeError> {
        let text = match self {
            DataRef::Json(text) => text,
            DataRef::Text(text) => {
                // A string payload under a non-JSON media type is the value itself.
                return T::deserialize(serde::de::value::BorrowedStrDeserializer::<
                    serde_json::Error,
                >::new(text))
                .map_err(|e| {
                    DecodeError::new(DecodeErrorKind::Data {
                        path: String::new(),
                        message: e.to_string(),
                    })
                });
            }
            DataRef::Binary(bytes) => std::str::from_utf8(bytes).map_err(|_| {
                DecodeError::new(DecodeErrorKind::Data {
                    path: String::new(),
                    message: "binary data is not UTF-8 JSON".into(),
                })
            })?,
        };
        deserialize_json(text)
    }
}

impl<'a> DataRef<'a> {
    /// [`DataRef::deserialize`] that also reports each member of JSON data that `T`'s
    /// `Deserialize` ignored, as [`DataMemberKind::Unknown`](crate::DataMemberKind::Unknown)
    /// at its path. Text data is a string, with no members to report.
    pub(crate) fn deserialize_reported<T: serde::Deserialize<'a>>(
        self,
        tolerated: &mut Vec<crate::Tolerated>,
    ) -> Result<T, DecodeError> {
        let text = match self {
            DataRef::Json(text) => text,
            DataRef::Binary(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) => text,
                Err(_) => return self.deserialize(),
            },
            _ => return self.deserialize(),
        };
        let mut ignored = Vec::new();
        let mut de = serde_json::Deserializer::from_str(text);
        let read = serde_ignored::deserialize(&mut de, |path| {
            let mut json_path = String::new();
            crate::tolerated::push_ignored_path(&mut json_path, &path);
            ignored.push(json_path);
        })
        .and_then(|value| de.end().map(|()| value));
        match read {
            Ok(value) => {
                tolerated.extend(ignored.into_iter().map(|path| {
                    crate::Tolerated::Data(crate::DataMember::new(
                        path,
                        crate::DataMemberKind::Unknown,
                    ))
                }));
                Ok(value)
            }
            // The plain decode names where the data did not fit.
            Err(_) => deserialize_json(text),
        }
    }
}

/// Deserializes `text` into `T`; on failure, deserializes again with path tracking so the
/// error names where the data did not fit (the fast path pays nothing for it).
pub(crate) fn deserialize_json<'a, T: serde::Deserialize<'a>>(
    text: &'a str,
) -> Result<T, DecodeError> {
    match serde_json::from_str(text) {
        Ok(value) => Ok(value),
        Err(first) => {
            let mut de = serde_json::Deserializer::from_str(text);
            let (path, message) = match serde_path_to_error::deserialize::<_, T>(&mut de) {
                Err(e) => {
                    let path = e.path().to_string();
                    // serde_path_to_error names the root ".".
                    let path = if path == "." { String::new() } else { path };
                    (path, e.into_inner().to_string())
                }
                Ok(_) => (String::new(), first.to_string()),
            };
            Err(DecodeError::new(DecodeErrorKind::Data { path, message }))
        }
    }
}
