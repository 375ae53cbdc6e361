//! SCHEMA LOADER: reads `schemas/*.json` in sorted order into raw, unresolved form.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::Error;

/// One schema file as written by the importer, before resolution.
#[derive(Debug, Clone)]
pub struct RawSchema {
    /// Where it was read from (for errors).
    pub file: PathBuf,
    /// `x-namespace`, e.g. `Microsoft.Storage`.
    pub namespace: String,
    /// The file stem, which is also the Rust module and the cargo feature: `storage`.
    pub module: String,
    /// `x-events`, in file order (sorted by type string).
    pub events: Vec<RawEvent>,
    /// `$defs` by name.
    pub defs: BTreeMap<String, Value>,
}

/// One entry of `x-events`.
#[derive(Debug, Clone)]
pub struct RawEvent {
    /// The event type string.
    pub event_type: String,
    /// The `$defs` name of its data, when it has a schema.
    pub definition: Option<String>,
    /// `deprecated: true`: a name the SDKs ship that Event Grid does not publish.
    pub deprecated: bool,
    /// `x-retired: true`: the publishing service is retired (Media Services).
    pub retired: bool,
}

/// Loads every `*.json` file in `dir`, sorted by file name.
pub fn load_dir(dir: &Path) -> Result<Vec<RawSchema>, Error> {
    let mut files = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Error::io(dir, e))?;
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files.iter().map(|f| load_file(f)).collect()
}

/// Loads one schema file.
pub fn load_file(file: &Path) -> Result<RawSchema, Error> {
    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
    let value: Value = serde_json::from_str(&text).map_err(|e| Error::json(file, e))?;
    parse(file, &value)
}

/// Interprets an already parsed schema document.
pub fn parse(file: &Path, value: &Value) -> Result<RawSchema, Error> {
    let module = file
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| Error::new(file, "", "file name is not UTF-8"))?
        .to_owned();
    let namespace = value
        .get("x-namespace")
        .and_then(Value::as_str)
        .ok_or_else(|| Error::new(file, "/x-namespace", "missing or not a string"))?
        .to_owned();
    let mut events = Vec::new();
    let entries = value
        .get("x-events")
        .and_then(Value::as_object)
        .ok_or_else(|| Error::new(file, "/x-events", "missing or not an object"))?;
    for (event_type, entry) in entries {
        let pointer = format!(
            "/x-events/{}",
            event_type.replace('~', "~0").replace('/', "~1")
        );
        let definition = match entry.get("$ref") {
            None => None,
            Some(r) => Some(
                r.as_str()
                    .and_then(|r| r.strip_prefix("#/$defs/"))
                    .ok_or_else(|| Error::new(file, &pointer, "`$ref` must be `#/$defs/<name>`"))?
                    .to_owned(),
            ),
        };
        let flag = |key: &str| entry.get(key).and_then(Value::as_bool) == Some(true);
        events.push(RawEvent {
            event_type: event_type.clone(),
            definition,
            deprecated: flag("deprecated"),
            retired: flag("x-retired"),
        });
    }
    let defs = match value.get("$defs") {
        None => BTreeMap::new(),
        Some(Value::Object(map)) => map.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        Some(_) => return Err(Error::new(file, "/$defs", "not an object")),
    };
    Ok(RawSchema {
        file: file.to_path_buf(),
        namespace,
        module,
        events,
        defs,
    })
}
