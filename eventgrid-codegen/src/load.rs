//! SCHEMA LOADER: reads `schemas/*.json` in sorted order into raw, unresolved form.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, Errors};

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

/// Loads every `*.json` file in `dir`, sorted by file name, and reports the problems of
/// every file, not only the first.
pub fn load_dir(dir: &Path) -> Result<Vec<RawSchema>, Errors> {
    let mut errors = Errors::none();
    let schemas = load_each(dir, &mut errors)?;
    errors.or(schemas)
}

/// The files of `dir` that load, sorted by file name; the problems of the others go into
/// `errors`, so that the rest can still be checked. Fails only when `dir` cannot be listed.
pub(crate) fn load_each(dir: &Path, errors: &mut Errors) -> Result<Vec<RawSchema>, Error> {
    let mut files = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Error::io(dir, e))?;
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    Ok(files
        .iter()
        .filter_map(|f| errors.take(load_file(f)))
        .collect())
}

/// Loads one schema file.
pub fn load_file(file: &Path) -> Result<RawSchema, Errors> {
    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
    let value: Value = serde_json::from_str(&text).map_err(|e| Error::json(file, e))?;
    parse(file, &value)
}

/// Interprets an already parsed schema document, reporting every malformed part of it.
pub fn parse(file: &Path, value: &Value) -> Result<RawSchema, Errors> {
    let mut errors = Errors::none();
    let module = file
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| Error::new(file, "", "file name is not UTF-8"))?
        .to_owned();
    let namespace = value.get("x-namespace").and_then(Value::as_str);
    if namespace.is_none() {
        errors.push(Error::new(file, "/x-namespace", "missing or not a string"));
    }
    let mut events = Vec::new();
    let entries = value.get("x-events").and_then(Value::as_object);
    if entries.is_none() {
        errors.push(Error::new(file, "/x-events", "missing or not an object"));
    }
    for (event_type, entry) in entries.into_iter().flatten() {
        let pointer = format!(
            "/x-events/{}",
            event_type.replace('~', "~0").replace('/', "~1")
        );
        let definition = match entry.get("$ref") {
            None => None,
            Some(r) => {
                let Some(name) = r.as_str().and_then(|r| r.strip_prefix("#/$defs/")) else {
                    errors.push(Error::new(
                        file,
                        &pointer,
                        "`$ref` must be `#/$defs/<name>`",
                    ));
                    continue;
                };
                Some(name.to_owned())
            }
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
        Some(_) => {
            errors.push(Error::new(file, "/$defs", "not an object"));
            BTreeMap::new()
        }
    };
    errors.or(RawSchema {
        file: file.to_path_buf(),
        namespace: namespace.unwrap_or_default().to_owned(),
        module,
        events,
        defs,
    })
}
