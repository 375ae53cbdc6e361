//! Shared fixtures for the workspace test suite: the HTTP test-vector format and a runner that
//! decodes a vector, checks what it expects, re-encodes in the same mode and decodes again.
//!
//! The same runner serves the project's own vectors (`data/vectors.json`, always run) and
//! the CloudEvents conformance vectors kept outside the repository (run when
//! `EVENTGRID_CONFORMANCE_DIR` names their folder, as CI does).

// Fixtures panic on broken fixture files: a test failing loudly is what they are for.
#![allow(clippy::missing_panics_doc)]

pub mod bench_data;

/// The examples of the `#[derive(CloudEvent)]` reference, run as doctests here because a
/// proc-macro crate cannot depend on `eventgrid-types` to run them itself.
#[cfg(doctest)]
#[doc = include_str!("../../eventgrid-derive/attributes.md")]
pub struct DeriveReference;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use eventgrid_types::json::Structured;
use eventgrid_types::{CloudEvent, Data, DecodeError, binary, json};
use serde::Deserialize;

/// One HTTP test vector.
#[derive(Debug, Clone, Deserialize)]
pub struct Vector {
    /// A name for messages (the file name, or the `name` member).
    #[serde(default)]
    pub name: String,
    /// `structured`, `batch` or `binary`.
    pub mode: String,
    /// Request headers as sent.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// The body as text.
    pub body: String,
    /// `valid` or `invalid`.
    pub expect: String,
    /// Attributes the decoded event must have (canonical string forms).
    #[serde(default)]
    pub expected_attributes: Option<BTreeMap<String, serde_json::Value>>,
    /// The data the decoded event must have.
    #[serde(default)]
    pub expected_data: Option<serde_json::Value>,
    /// For invalid vectors of our own: a fragment the error message must contain.
    #[serde(default)]
    pub error_contains: Option<String>,
}

/// Loads every vector file of a conformance folder (all `*.json` but `INDEX.json`).
pub fn load_dir(dir: &Path) -> Vec<Vector> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("INDEX.json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("vector file");
            let mut vector: Vector =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            vector.name = path.file_name().unwrap().to_string_lossy().into_owned();
            vector
        })
        .collect()
}

/// Loads the project's own vectors, `tests/data/vectors.json`.
pub fn own_vectors() -> Vec<Vector> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/vectors.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("data/vectors.json"))
        .expect("vectors.json parses")
}

fn header_pairs(headers: &BTreeMap<String, String>) -> impl Iterator<Item = (&str, &[u8])> {
    headers.iter().map(|(k, v)| (k.as_str(), v.as_bytes()))
}

/// Decodes a vector's events in its mode.
pub fn decode(vector: &Vector) -> Result<Vec<Result<CloudEvent, DecodeError>>, DecodeError> {
    let body = vector.body.as_bytes();
    match vector.mode.as_str() {
        "structured" => Ok(vec![json::from_slice(body)]),
        "batch" => json::batch_from_slice(body),
        "binary" => Ok(vec![binary::decode(header_pairs(&vector.headers), body)]),
        other => panic!("{}: unknown mode {other}", vector.name),
    }
}

/// The canonical string of an attribute of `event`, or `None` when it is absent.
pub fn attribute(event: &CloudEvent, name: &str) -> Option<String> {
    match name {
        "specversion" => Some(event.specversion().to_owned()),
        "id" => Some(event.id().to_owned()),
        "source" => Some(event.source().to_owned()),
        "type" => Some(event.ty().to_owned()),
        "datacontenttype" => event.datacontenttype().map(str::to_owned),
        "dataschema" => event.dataschema().map(str::to_owned),
        "subject" => event.subject().map(str::to_owned),
        "time" => event.time().map(|t| t.as_str().to_owned()),
        extension => event.extension(extension).map(ToString::to_string),
    }
}

/// The data of `event` as a JSON value, for comparison with `expected_data`.
pub fn data_as_json(event: &CloudEvent) -> Option<serde_json::Value> {
    event.data().map(|data| match data {
        Data::Json(raw) => serde_json::from_str(raw.get()).expect("raw JSON parses"),
        Data::Text(text) => serde_json::Value::String(text.clone()),
        Data::Binary(bytes) => match serde_json::from_slice(bytes) {
            Ok(value) => value,
            Err(_) => serde_json::Value::String(String::from_utf8_lossy(bytes).into_owned()),
        },
        _ => panic!("unexpected data kind"),
    })
}

/// Re-encodes events in `mode` (without producer validation, which received events need not
/// pass) and decodes them again.
pub fn reencode(mode: &str, events: &[CloudEvent]) -> Vec<CloudEvent> {
    match mode {
        "structured" => {
            let bytes = serde_json::to_vec(&Structured(&events[0])).expect("encodes");
            vec![json::from_slice(&bytes).expect("re-encoded structured event decodes")]
        }
        "batch" => {
            let items: Vec<_> = events.iter().map(Structured).collect();
            let bytes = serde_json::to_vec(&items).expect("encodes");
            json::batch_from_slice(&bytes)
                .expect("batch decodes")
                .into_iter()
                .map(|r| r.expect("re-encoded event decodes"))
                .collect()
        }
        "binary" => {
            let message = binary::encode(&events[0]).expect("binary encode");
            let pairs = message.headers.iter().map(|(n, v)| (n, v.as_bytes()));
            vec![binary::decode(pairs, &message.body).expect("re-encoded binary event decodes")]
        }
        other => panic!("unknown mode {other}"),
    }
}

/// Runs one vector; returns a description of the first failure.
pub fn run(vector: &Vector) -> Result<(), String> {
    let name = &vector.name;
    let decoded = decode(vector);
    if vector.expect == "invalid" {
        let error = match decoded {
            Err(error) => error,
            Ok(events) => match events.into_iter().find_map(Result::err) {
                Some(error) => error,
                None => return Err(format!("{name}: invalid vector was accepted")),
            },
        };
        let message = error.to_string();
        if let Some(fragment) = &vector.error_contains
            && !message.contains(fragment.as_str())
        {
            return Err(format!(
                "{name}: error {message:?} does not mention {fragment:?}"
            ));
        }
        return Ok(());
    }
    let events: Vec<CloudEvent> = decoded
        .map_err(|e| format!("{name}: {e}"))?
        .into_iter()
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{name}: {e}"))?;
    if let Some(expected) = &vector.expected_attributes {
        let event = events.first().ok_or(format!("{name}: no event"))?;
        for (key, value) in expected {
            let want = match value {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let got = attribute(event, key);
            if got.as_deref() != Some(want.as_str()) {
                return Err(format!(
                    "{name}: attribute {key}: expected {want:?}, got {got:?}"
                ));
            }
        }
    }
    if let Some(expected) = &vector.expected_data {
        let got = events.first().and_then(data_as_json);
        if got.as_ref() != Some(expected) {
            return Err(format!("{name}: data: expected {expected}, got {got:?}"));
        }
    }
    if !events.is_empty() || vector.mode == "batch" {
        let again = if events.is_empty() {
            Vec::new()
        } else {
            reencode(&vector.mode, &events)
        };
        if again != events {
            return Err(format!(
                "{name}: re-encoding changed the events:\n{events:#?}\n{again:#?}"
            ));
        }
    }
    Ok(())
}

/// Runs every vector; `Err` lists every failure, one per line, after a count.
pub fn run_all(vectors: &[Vector]) -> Result<(), String> {
    let failures: Vec<String> = vectors.iter().filter_map(|v| run(v).err()).collect();
    if failures.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{} of {} vector(s) failed:\n{}",
        failures.len(),
        vectors.len(),
        failures.join("\n")
    ))
}
