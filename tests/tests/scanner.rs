//! The scanner front end of the JSON decoders against the serde-driven decoder alone.
//!
//! Every structured and batch decoder first reads its input with a scanner and falls back to
//! the serde-driven decoder on anything the scanner does not take. Both must give the same
//! result for every input: the same events, the same per-event errors, the same batch
//! error. These tests decode hand-written inputs and every single-byte edit of them (each
//! byte deleted, or replaced by or preceded with one of a set of JSON-significant bytes)
//! both ways and compare everything the decoders return, printed.

use eventgrid_system_events::SystemEvent;
use eventgrid_tests::bench_data::{self, AzureData};
use eventgrid_types::__private::{event_grid_decode_serde_only, serde_only};
use eventgrid_types::{DecodeError, event_grid, json};

/// CloudEvents inputs: one per feature of the decoder, and a batch that has most of them.
const CLOUDEVENTS: &[&str] = &[
    r#"[{"id":"1","source":"/s","specversion":"1.0","type":"Microsoft.Storage.BlobCreated","subject":"/b","time":"2024-05-01T10:00:00.1234567Z","traceparent":"00-ab","retrycount":3,"data":{"api":"PutBlob","contentLength":12,"url":"https://a/b"}}]"#,
    r#"[ {"specversion":"1.0","id":"a\"b","source":"/s\u00e9","type":"t","data":"x\ny"} , {"specversion":"1.0","id":"2","source":"/s","type":"t","datacontenttype":"text/plain","data":"hi"} ]"#,
    r#"[{"specversion":"1.0","id":"1","source":"/s","type":"t","data_base64":"aGk="},{"specversion":"1.0","id":"1","source":"/s","type":"t","data":[1,2.5,null,true,{"a":[]}]}]"#,
    r#"[{"data":{"n":1},"specversion":"1.0","id":"1","source":"/s","type":"Microsoft.Storage.BlobCreated"},{"specversion":"1.0","id":"1","id":"2","source":"/s","type":"t"}]"#,
    r#"[{"specVersion":"1.0","id":"1","source":"/s","Type":"t","ext":{"a":1},"big":9007199254740993,"neg":-1.5e3,"flag":false,"nothing":null}]"#,
    r#"[{"specversion":"1.0","id":"","source":"/s","type":"t","time":"not a time","Bad_Name":"x","data":null}, 1, "s", [], {}]"#,
    "[]",
    " [\n\t{\"specversion\" : \"1.0\" ,\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\"}\r\n] ",
    // Control characters a JSON string may hold raw (U+007F, U+0085), one escaped, and text
    // that is not ASCII but has none: the scanner's printable test against the full check.
    "[{\"specversion\":\"1.0\",\"id\":\"1\u{7f}\",\"source\":\"/s\u{a0}\",\"type\":\"t\"},{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"subject\":\"/a/longer/subject\u{85}\",\"x\":\"\\u0001\"}]",
];

/// Event Grid schema inputs.
const EVENT_GRID: &[&str] = &[
    r#"[{"id":"1","topic":"/t","subject":"/b","eventType":"Microsoft.Storage.BlobCreated","eventTime":"2024-05-01T10:00:00Z","data":{"api":"PutBlob","contentLength":12},"dataVersion":"1","metadataVersion":"1"}]"#,
    r#"[{"data":{"api":1},"id":"1","EventType":"Microsoft.Storage.BlobCreated","extra":[1,{"b":null}],"eventTime":"2024-05-01T10:00:00Z"},{"id":"2","eventType":"x","data":"s\\t"}]"#,
    r#"[{"id":"1","eventType":"Microsoft.Storage.BlobCreated","data":{"api":"PutBlob"},"eventType":"Other"}, 7]"#,
];

/// Bytes an edit inserts or replaces with.
const EDITS: &[u8] = b"\"\\{}[],: 1x\n\x01";

/// The input, and every single-byte edit of it that is still UTF-8.
fn variants(input: &str) -> impl Iterator<Item = String> + '_ {
    let bytes = input.as_bytes();
    let edits = (0..bytes.len()).flat_map(move |at| {
        let delete = [bytes[..at]
            .iter()
            .chain(&bytes[at + 1..])
            .copied()
            .collect()];
        let replace = EDITS.iter().map(move |&b| {
            let mut edited = bytes.to_vec();
            edited[at] = b;
            edited
        });
        let insert = EDITS.iter().map(move |&b| {
            let mut edited = bytes.to_vec();
            edited.insert(at, b);
            edited
        });
        delete.into_iter().chain(replace).chain(insert)
    });
    std::iter::once(bytes.to_vec())
        .chain(edits)
        .filter_map(|edited| String::from_utf8(edited).ok())
}

fn printed<T: std::fmt::Debug>(
    result: &Result<Vec<Result<T, DecodeError>>, DecodeError>,
) -> String {
    match result {
        Ok(events) => events
            .iter()
            .map(|event| match event {
                Ok(event) => format!("ok {event:?}\n"),
                Err(error) => format!("err {error}\n"),
            })
            .collect(),
        Err(error) => format!("batch error {error}"),
    }
}

fn one<T: std::fmt::Debug>(result: &Result<T, DecodeError>) -> String {
    match result {
        Ok(event) => format!("ok {event:?}"),
        Err(error) => format!("err {error}"),
    }
}

/// Every CloudEvents decoder, strict and lenient, both ways.
fn check_cloudevents(text: &str) {
    let bytes = text.as_bytes();
    let first = first_element(text);
    let one_event = json::Limits {
        max_events: 1,
        ..json::Limits::default()
    };
    for decoder in [
        json::Decoder::new(),
        json::Decoder::new().lenient(),
        json::Decoder::new().with_limits(one_event),
    ] {
        let serde = serde_only(decoder);
        let same = |what: &str, run: &dyn Fn(&json::Decoder) -> String| {
            assert_eq!(run(&decoder), run(&serde), "{what} of {text:?}");
        };
        same("batch_from_slice", &|d| printed(&d.batch_from_slice(bytes)));
        same("batch_from_str_borrowed", &|d| {
            printed(&d.batch_from_str_borrowed(text))
        });
        same("decode_batch::<SystemEvent>", &|d| {
            printed(&d.decode_batch::<SystemEvent>(bytes))
        });
        same("decode_batch::<AzureData>", &|d| {
            printed(&d.decode_batch::<AzureData>(bytes))
        });
        // The first element alone, as one structured event.
        if let Some(event) = first {
            same("from_str", &|d| one(&d.from_str(event)));
            same("from_str_borrowed", &|d| one(&d.from_str_borrowed(event)));
            same("decode::<SystemEvent>", &|d| {
                one(&d.decode::<SystemEvent>(event.as_bytes()))
            });
        }
    }
}

/// The text of a batch's first element: from its first `{` to the matching `}` by count,
/// which is close enough for inputs whose strings hold no braces.
fn first_element(text: &str) -> Option<&str> {
    let start = text.find('{')?;
    let mut depth = 0;
    for (at, c) in text[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&text[start..=start + at]);
                }
            }
            _ => {}
        }
    }
    None
}

#[test]
fn cloudevents_inputs_and_their_edits_decode_alike() {
    let mut checked = 0;
    for input in CLOUDEVENTS {
        for text in variants(input) {
            check_cloudevents(&text);
            checked += 1;
        }
    }
    // The edits ran: about 27 per byte.
    assert!(checked > 20 * CLOUDEVENTS.iter().map(|i| i.len()).sum::<usize>());
}

#[test]
fn event_grid_inputs_and_their_edits_decode_alike() {
    for input in EVENT_GRID {
        for text in variants(input) {
            let bytes = text.as_bytes();
            assert_eq!(
                printed(&event_grid::decode::<SystemEvent>(bytes)),
                printed(&event_grid_decode_serde_only::<SystemEvent>(bytes)),
                "SystemEvent of {text:?}"
            );
            assert_eq!(
                printed(&event_grid::decode::<AzureData>(bytes)),
                printed(&event_grid_decode_serde_only::<AzureData>(bytes)),
                "AzureData of {text:?}"
            );
        }
    }
}

#[test]
fn the_benchmark_batches_decode_alike() {
    let events = bench_data::azure_events(bench_data::SEED, 200_000);
    let batch = bench_data::cloudevents_batch(&events);
    let text = std::str::from_utf8(&batch).expect("UTF-8");
    check_cloudevents(text);
    let array = bench_data::event_grid_array(&events);
    assert_eq!(
        printed(&event_grid::decode::<SystemEvent>(&array)),
        printed(&event_grid_decode_serde_only::<SystemEvent>(&array)),
    );
}

#[test]
fn deeply_nested_data_decodes_alike() {
    // serde_json stops at 128 levels, counted from where a deserializer starts: the scanner
    // starts one at `data`, the serde-driven decoder at the batch.
    for depth in 120..=130 {
        let data = "[".repeat(depth) + &"]".repeat(depth);
        let event = format!(
            r#"{{"specversion":"1.0","id":"1","source":"/s","type":"Microsoft.Storage.BlobCreated","data":{{"api":"PutBlob","storageDiagnostics":{{"a":{data}}}}}}}"#
        );
        check_cloudevents(&format!("[{event}]"));
        let eg = format!(
            r#"[{{"id":"1","eventType":"Microsoft.Storage.BlobCreated","data":{{"storageDiagnostics":{{"a":{data}}}}}}}]"#
        );
        assert_eq!(
            printed(&event_grid::decode::<SystemEvent>(eg.as_bytes())),
            printed(&event_grid_decode_serde_only::<SystemEvent>(eg.as_bytes())),
            "depth {depth}"
        );
    }
}

/// The scanner tells plain attribute values from those that need the full control-character
/// check as it reads them; every decoder it fronts still finds each control character a
/// JSON string can hold (raw U+007F and U+0085 past the first word, or escaped), and none in
/// text that is only not ASCII.
#[test]
fn scanned_decoders_find_every_control_character() {
    use eventgrid_types::{DecodeErrorKind, Tolerated};

    let refused = |error: &DecodeError| matches!(error.kind(), DecodeErrorKind::ControlCharacter { attribute, .. } if attribute == "subject");
    for value in ["a\u{7f}", "/a/longer/subject\u{7f}", "/x\u{85}", r"\u0001"] {
        let body = format!(
            r#"[{{"specversion":"1.0","id":"1","source":"/s","type":"t","subject":"{value}"}}]"#
        );
        let strict = json::Decoder::new();
        let events = strict.batch_from_slice(body.as_bytes()).unwrap();
        assert!(refused(events[0].as_ref().unwrap_err()), "{body}");
        let events = strict.batch_from_str_borrowed(&body).unwrap();
        assert!(refused(events[0].as_ref().unwrap_err()), "{body}");
        let events = strict.decode_batch::<SystemEvent>(body.as_bytes()).unwrap();
        assert!(refused(events[0].as_ref().unwrap_err()), "{body}");
        let events = json::Decoder::consumer()
            .batch_from_slice(body.as_bytes())
            .unwrap();
        assert_eq!(
            events[0].as_ref().unwrap().tolerated(),
            [Tolerated::ControlCharacter("subject".to_owned())],
            "{body}"
        );
    }
    // An extension's value too, which the scanner tells of in the same way.
    let body = "[{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"tenant\":\"x\u{7f}\"}]";
    let events = json::batch_from_slice(body.as_bytes()).unwrap();
    let error = events[0].as_ref().unwrap_err();
    assert!(
        matches!(error.kind(), DecodeErrorKind::ControlCharacter { attribute, .. } if attribute == "tenant"),
        "{error}"
    );
    let body = "[{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/s\",\"type\":\"t\",\"subject\":\"caf\u{e9}\u{a0}x\"}]";
    let events = json::batch_from_slice(body.as_bytes()).unwrap();
    assert_eq!(
        events[0].as_ref().unwrap().subject(),
        Some("caf\u{e9}\u{a0}x")
    );
}
