//! Typed decoding straight from the wire: the one-pass path, the two-pass fallback, and that
//! both give the same results.

use eventgrid_types::error::DecodeErrorKind;
use eventgrid_types::{DecodeError, EventView, FromEvent, json};
use serde::Deserialize;

#[derive(Debug, PartialEq, Deserialize)]
struct Resized {
    width: u32,
    height: u32,
}

/// A hand-written typed event with a one-pass path, counting nothing but what it decodes.
#[derive(Debug, PartialEq)]
struct Thumbnail {
    id: String,
    size: Resized,
}

const TYPE: &str = "com.example.thumbnail.resized";

impl<'de> FromEvent<'de> for Thumbnail {
    fn accepts_type(event_type: &str) -> bool {
        event_type == TYPE
    }

    fn expected_types() -> &'static [&'static str] {
        &[TYPE]
    }

    fn from_event(event: EventView<'de>) -> Result<Self, DecodeError> {
        Ok(Thumbnail {
            id: event.id.to_owned(),
            size: event.deserialize_data()?,
        })
    }

    fn has_data_fast_path(event_type: &str) -> bool {
        event_type == TYPE
    }

    fn deserialize_data<D: serde::Deserializer<'de>>(_: &str, data: D) -> Result<Self, D::Error> {
        Ok(Thumbnail {
            id: String::new(),
            size: Resized::deserialize(data)?,
        })
    }

    fn complete(mut self, event: EventView<'de>) -> Result<Self, DecodeError> {
        event.id.clone_into(&mut self.id);
        Ok(self)
    }
}

fn event(id: &str, data: &str) -> String {
    format!(r#"{{"specversion":"1.0","id":"{id}","source":"/s","type":"{TYPE}","data":{data}}}"#)
}

#[test]
fn one_pass_and_two_pass_agree() {
    let type_first = format!(
        "[{},{}]",
        event("a", r#"{"width":1,"height":2}"#),
        event("b", r#"{"width":3,"height":4}"#)
    );
    let data_first = r#"[{"data":{"width":1,"height":2},"specversion":"1.0","id":"a","source":"/s","type":"com.example.thumbnail.resized"}]"#;
    let fast: Vec<Thumbnail> = json::decode_batch(type_first.as_bytes())
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        fast[1],
        Thumbnail {
            id: "b".into(),
            size: Resized {
                width: 3,
                height: 4
            }
        }
    );
    let slow: Vec<Thumbnail> = json::decode_batch(data_first.as_bytes())
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(slow[0], fast[0]);
    let single: Thumbnail =
        json::decode(event("a", r#"{"width":1,"height":2}"#).as_bytes()).unwrap();
    assert_eq!(single, fast[0]);
}

#[test]
fn a_bad_payload_falls_back_to_per_event_results() {
    let body = format!(
        "[{},{},{}]",
        event("a", r#"{"width":1,"height":2}"#),
        event("b", r#"{"width":"wide","height":2}"#),
        event("c", r#"{"width":5,"height":6}"#)
    );
    let results = json::decode_batch::<Thumbnail>(body.as_bytes()).unwrap();
    assert_eq!(results.len(), 3);
    assert!(results[0].is_ok() && results[2].is_ok());
    let error = results[1].as_ref().unwrap_err();
    assert_eq!(error.index(), Some(1));
    assert!(
        matches!(error.kind(), DecodeErrorKind::Data { path, .. } if path == "width"),
        "{error}"
    );
    let error =
        json::decode::<Thumbnail>(event("b", r#"{"width":-1,"height":2}"#).as_bytes()).unwrap_err();
    assert!(error.to_string().starts_with("data at width:"), "{error}");
}

#[test]
fn malformed_json_is_still_a_whole_body_error() {
    let body = format!("[{},", event("a", r#"{"width":1,"height":2}"#));
    assert!(matches!(
        json::decode_batch::<Thumbnail>(body.as_bytes())
            .unwrap_err()
            .kind(),
        DecodeErrorKind::Json(_)
    ));
}

#[test]
fn other_types_are_mismatches_and_text_content_is_not_read_as_json() {
    let other = r#"[{"specversion":"1.0","id":"x","source":"/s","type":"other","data":{}}]"#;
    let results = json::decode_batch::<Thumbnail>(other.as_bytes()).unwrap();
    assert_eq!(
        results[0].as_ref().unwrap_err().to_string(),
        "event 0: expected an event of type com.example.thumbnail.resized, found \"other\""
    );
    // A `datacontenttype` after the data means what it means before it: the data read in
    // one pass before it was seen is read again from its text.
    let early = format!(
        r#"{{"specversion":"1.0","id":"x","source":"/s","type":"{TYPE}","datacontenttype":"text/plain","data":{{"width":1,"height":2}}}}"#
    );
    let late = format!(
        r#"{{"specversion":"1.0","id":"x","source":"/s","type":"{TYPE}","data":{{"width":1,"height":2}},"datacontenttype":"text/plain"}}"#
    );
    assert_eq!(
        json::decode::<Thumbnail>(late.as_bytes()).unwrap(),
        json::decode::<Thumbnail>(early.as_bytes()).unwrap()
    );
    // Text is text: a string under a text media type is not read as JSON.
    let text = format!(
        r#"{{"specversion":"1.0","id":"x","source":"/s","type":"{TYPE}","data":"{{\"width\":1,\"height\":2}}","datacontenttype":"text/plain"}}"#
    );
    assert!(json::decode::<Thumbnail>(text.as_bytes()).is_err());
}

#[test]
fn borrowed_events_match_owned_ones() {
    let body = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/cloudevents-batch.json"
    ))
    .unwrap();
    let owned = json::batch_from_slice(body.as_bytes()).unwrap();
    let borrowed = json::Decoder::new().batch_from_str_borrowed(&body).unwrap();
    assert_eq!(owned.len(), borrowed.len());
    for (owned, borrowed) in owned.iter().zip(&borrowed) {
        match (owned, borrowed) {
            (Ok(owned), Ok(borrowed)) => {
                assert_eq!(&borrowed.to_owned(), owned);
                assert_eq!(borrowed.ty(), owned.ty());
                assert_eq!(borrowed.time(), owned.time());
            }
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
            other => panic!("owned and borrowed decoding disagree: {other:?}"),
        }
    }
    assert!(
        borrowed[0]
            .as_ref()
            .unwrap()
            .data_json()
            .unwrap()
            .starts_with('{')
    );
}
