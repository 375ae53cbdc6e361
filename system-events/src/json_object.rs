//! [`JsonObject`]: the type of payload members whose schema allows any members.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, Unexpected};
use serde::{Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// A JSON object whose members the event's schema leaves open (such as Storage's
/// `storageDiagnostics`), kept as the text it was received as.
///
/// Nothing inside is parsed until asked for, so decoding an event costs one copy of the
/// text, and the members keep their order and their numbers' exact digits (unless another
/// member of the same payload did not fit its type: the tolerant decode that drops it goes
/// through a [`serde_json::Value`], which sorts members and reads numbers as `f64`).
/// [`JsonObject::get`] reads one member, [`JsonObject::parse`] reads the whole object into a
/// type of yours, [`JsonObject::to_map`] gives a [`serde_json::Map`]. Each fails only on what
/// `serde_json::Value` cannot hold, such as the number `1e400`, which the text keeps.
///
/// ```
/// use eventgrid_system_events::JsonObject;
///
/// let diagnostics: JsonObject = serde_json::from_str(r#"{"batchId":"b-1","retries":2}"#)?;
/// assert_eq!(diagnostics.get("batchId")?, Some(serde_json::json!("b-1")));
/// assert_eq!(diagnostics.get("missing")?, None);
/// assert_eq!(diagnostics.as_json(), r#"{"batchId":"b-1","retries":2}"#);
///
/// #[derive(serde::Deserialize)]
/// struct Diagnostics<'a> {
///     #[serde(rename = "batchId")]
///     batch_id: &'a str,
/// }
/// assert_eq!(diagnostics.parse::<Diagnostics>()?.batch_id, "b-1");
///
/// // Anything but an object is refused.
/// assert!(serde_json::from_str::<JsonObject>("[1]").is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone)]
pub struct JsonObject(Box<RawValue>);

impl JsonObject {
    /// The object's JSON text, as received.
    pub fn as_json(&self) -> &str {
        self.0.get()
    }

    /// The object as a [`RawValue`], to hand on without parsing it.
    ///
    /// ```
    /// # use eventgrid_system_events::JsonObject;
    /// let object: JsonObject = serde_json::from_str(r#"{"a":1}"#)?;
    /// let wrapped = serde_json::json!({ "diagnostics": object.as_raw() });
    /// assert_eq!(wrapped.to_string(), r#"{"diagnostics":{"a":1}}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn as_raw(&self) -> &RawValue {
        &self.0
    }

    /// One member, parsed; `None` when the object has no such member. When a name appears
    /// twice, the last one counts, as in [`serde_json::Map`].
    ///
    /// # Errors
    ///
    /// When the member's value is one [`serde_json::Value`] cannot hold (a number out of
    /// `f64` range).
    pub fn get(&self, member: &str) -> serde_json::Result<Option<Value>> {
        // Member values are read as raw text; only the one asked for is parsed.
        let mut members: BTreeMap<String, &RawValue> = serde_json::from_str(self.as_json())?;
        members
            .remove(member)
            .map(|raw| serde_json::from_str(raw.get()))
            .transpose()
    }

    /// Deserializes the whole object into `T`, which may borrow from it.
    ///
    /// # Errors
    ///
    /// When the object does not fit `T`.
    pub fn parse<'a, T: Deserialize<'a>>(&'a self) -> serde_json::Result<T> {
        serde_json::from_str(self.as_json())
    }

    /// Every member, parsed, as a [`serde_json::Map`].
    ///
    /// ```
    /// # use eventgrid_system_events::JsonObject;
    /// let object: JsonObject = serde_json::from_str(r#"{"b":[true],"a":null}"#)?;
    /// let map = object.to_map()?;
    /// assert_eq!(map["b"], serde_json::json!([true]));
    /// assert!(map["a"].is_null());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// When a value is one [`serde_json::Value`] cannot hold (a number out of `f64` range).
    pub fn to_map(&self) -> serde_json::Result<Map<String, Value>> {
        serde_json::from_str(self.as_json())
    }
}

impl<'de> Deserialize<'de> for JsonObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        // The parser hands the value over without leading white space.
        match raw.get().as_bytes().first() {
            Some(b'{') => Ok(JsonObject(raw)),
            first => Err(de::Error::invalid_type(
                unexpected(first.copied()),
                &"a JSON object",
            )),
        }
    }
}

fn unexpected(first: Option<u8>) -> Unexpected<'static> {
    match first {
        Some(b'[') => Unexpected::Seq,
        Some(b'"') => Unexpected::Other("string"),
        Some(b't' | b'f') => Unexpected::Other("boolean"),
        Some(b'n') => Unexpected::Unit,
        _ => Unexpected::Other("number"),
    }
}

impl Serialize for JsonObject {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// `{}`
impl Default for JsonObject {
    fn default() -> Self {
        JsonObject::from(Map::new())
    }
}

impl From<Map<String, Value>> for JsonObject {
    fn from(map: Map<String, Value>) -> Self {
        let text = Value::Object(map).to_string();
        // A serialized map is always one JSON object.
        match RawValue::from_string(text) {
            Ok(raw) => JsonObject(raw),
            Err(_) => unreachable!("a serialized map is JSON"),
        }
    }
}

/// Equal when the members are: the same text, or the same members in another order or
/// spacing. Objects that do not parse into [`serde_json::Value`]s are equal only as text.
impl PartialEq for JsonObject {
    fn eq(&self, other: &Self) -> bool {
        self.as_json() == other.as_json()
            || matches!((self.to_map(), other.to_map()), (Ok(a), Ok(b)) if a == b)
    }
}

impl fmt::Debug for JsonObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "JsonObject({})", self.as_json())
    }
}

/// The JSON text.
impl fmt::Display for JsonObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_json())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_members_without_parsing_the_rest() {
        let object: JsonObject =
            serde_json::from_str(r#" {"a\u0062":1, "n":{"deep":[1,2]}, "ab":2.50} "#).unwrap();
        // Escaped names are matched by what they spell; the last duplicate wins.
        assert_eq!(object.get("ab").unwrap(), Some(json!(2.5)));
        assert_eq!(object.get("n").unwrap(), Some(json!({"deep": [1, 2]})));
        assert_eq!(
            object.as_json(),
            r#"{"a\u0062":1, "n":{"deep":[1,2]}, "ab":2.50}"#
        );
        assert_eq!(object.to_map().unwrap().len(), 2);
    }

    #[test]
    fn refuses_everything_but_an_object() {
        for (text, found) in [
            ("[1]", "sequence"),
            (r#""x""#, "string"),
            ("true", "boolean"),
            ("null", "null"),
            ("-1", "number"),
        ] {
            let error = serde_json::from_str::<JsonObject>(text).unwrap_err();
            assert!(error.to_string().contains(found), "{text}: {error}");
            assert!(
                error.to_string().contains("a JSON object"),
                "{text}: {error}"
            );
        }
    }

    #[test]
    fn equality_is_by_members() {
        let a: JsonObject = serde_json::from_str(r#"{"x":1,"y":[true]}"#).unwrap();
        let b: JsonObject = serde_json::from_str(r#"{ "y": [true], "x": 1 }"#).unwrap();
        let c: JsonObject = serde_json::from_str(r#"{"x":2,"y":[true]}"#).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(JsonObject::default().as_json(), "{}");
        assert_eq!(JsonObject::from(a.to_map().unwrap()), a);
    }

    #[test]
    fn what_a_value_cannot_hold_is_an_error_not_a_loss() {
        let huge: JsonObject = serde_json::from_str(r#"{"a":1e400,"b":1}"#).unwrap();
        assert!(huge.get("a").is_err());
        assert!(huge.to_map().is_err());
        assert_eq!(huge.as_json(), r#"{"a":1e400,"b":1}"#);
        let other: JsonObject = serde_json::from_str(r#"{"c":1e400}"#).unwrap();
        assert_ne!(huge, other);
        assert_eq!(huge, huge.clone());
    }

    #[test]
    fn serializes_as_the_text_it_holds() {
        // Members keep their order, and a number too large for any Rust type its digits.
        let object: JsonObject =
            serde_json::from_str(r#"{"z":1,"a":12345678901234567890123}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&object).unwrap(),
            r#"{"z":1,"a":12345678901234567890123}"#
        );
        assert_eq!(object.to_string(), object.as_json());
    }
}
