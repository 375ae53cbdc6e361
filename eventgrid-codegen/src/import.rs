//! IMPORTER: upstream Swagger 2.0 files and SDK name lists -> the project's own JSON Schemas.
//!
//! The output holds facts only: wire names, JSON types, formats, enum values, `required`
//! lists and nullability. Upstream descriptions are read for one purpose, finding the event
//! type string (PROTOCOL.md 8), and are never copied.
//!
//! Output files, all under the schemas folder:
//! - `<namespace>.json`, one per publisher namespace (`Microsoft.Storage` -> `storage.json`);
//! - `event-types.txt`, the union of every name list and every Media type, which a test
//!   compares with the event types the schemas declare.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use crate::error::Error;
use crate::model::Unit;

/// The name of the list of every expected event type, written next to the schemas.
pub const EVENT_TYPES_FILE: &str = "event-types.txt";

/// The JSON Schema dialect of every generated schema.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// Everything the importer read: Swagger documents and event-name lists.
#[derive(Debug, Default)]
pub struct Upstream {
    swaggers: Vec<(PathBuf, Value)>,
    names: BTreeSet<String>,
}

impl Upstream {
    /// Reads every `*.json` (a Swagger document) and `*.txt` (an event-name list, one a line)
    /// under `paths`, which may be files or folders; folders are walked in sorted order.
    pub fn read(paths: &[PathBuf]) -> Result<Self, Error> {
        let mut files = Vec::new();
        for path in paths {
            collect_files(path, &mut files)?;
        }
        files.sort();
        files.dedup();
        let mut upstream = Self::default();
        for file in files {
            let ext = file
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or_default();
            let text = || std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e));
            match ext {
                "json" => {
                    let value: Value =
                        serde_json::from_str(&text()?).map_err(|e| Error::json(&file, e))?;
                    if value.get("swagger").is_some() {
                        upstream.swaggers.push((file, value));
                    }
                }
                "txt" => {
                    for line in text()?.lines() {
                        let name = line.trim();
                        if !name.is_empty() && !name.starts_with('#') {
                            upstream.names.insert(name.to_owned());
                        }
                    }
                }
                _ => {}
            }
        }
        if upstream.swaggers.is_empty() {
            let shown = paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ");
            return Err(Error::new(shown, "", "no Swagger document found"));
        }
        Ok(upstream)
    }
}

fn collect_files(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        let mut entries = std::fs::read_dir(path)
            .map_err(|e| Error::io(path, e))?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| Error::io(path, e))?;
        entries.sort();
        for entry in entries {
            collect_files(&entry, out)?;
        }
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

/// Finds the event type in a definition's description: the first match of
/// `(?i)(Microsoft\.[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)+)\s+(?:preview\s+)?event\b`.
pub fn event_type_in(description: &str) -> Option<&str> {
    let bytes = description.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric();
    let mut start = 0;
    while let Some(found) = description[start..].to_ascii_lowercase().find("microsoft.") {
        let begin = start + found;
        start = begin + 1;
        // Segments: `Microsoft` then at least two `.segment`s.
        let mut end = begin + "microsoft".len();
        let mut segments = 0;
        while end < bytes.len()
            && bytes[end] == b'.'
            && end + 1 < bytes.len()
            && is_word(bytes[end + 1])
        {
            end += 1;
            while end < bytes.len() && is_word(bytes[end]) {
                end += 1;
            }
            segments += 1;
        }
        if segments < 2 {
            continue;
        }
        let rest = &description[end..];
        let after_ws = rest.trim_start();
        if after_ws.len() == rest.len() {
            continue;
        }
        let mut tail = after_ws;
        if tail.len() >= 7 && tail[..7].eq_ignore_ascii_case("preview") {
            let after = tail[7..].trim_start();
            if after.len() < tail.len() - 7 {
                tail = after;
            }
        }
        if tail.len() >= 5
            && tail[..5].eq_ignore_ascii_case("event")
            && !tail[5..]
                .bytes()
                .next()
                .is_some_and(|b| is_word(b) || b == b'_')
        {
            return Some(&description[begin..end]);
        }
    }
    None
}

/// The publisher namespace of an event type: `Microsoft.Storage.BlobCreated` -> `Microsoft.Storage`.
pub fn namespace_of(event_type: &str) -> Option<&str> {
    let first = event_type.find('.')?;
    let second = event_type[first + 1..].find('.')?;
    Some(&event_type[..first + 1 + second])
}

/// The schema file stem, cargo feature and Rust module of a namespace: `Microsoft.Storage` -> `storage`.
pub fn module_of(namespace: &str) -> String {
    namespace
        .rsplit('.')
        .next()
        .unwrap_or(namespace)
        .to_ascii_lowercase()
}

#[allow(clippy::struct_field_names)]
struct Event {
    event_type: String,
    definition: Option<String>,
    retired: bool,
}

struct Document<'a> {
    file: &'a Path,
    /// `specification/...` path of the upstream file, and its `info.version`.
    origin: String,
    definitions: &'a Map<String, Value>,
    retired: bool,
}

/// Runs the import and returns the files to write: file name -> contents.
#[allow(clippy::too_many_lines)]
pub fn import(upstream: &Upstream) -> Result<BTreeMap<String, String>, Error> {
    let documents = upstream
        .swaggers
        .iter()
        .map(|(file, value)| {
            let definitions = value
                .get("definitions")
                .and_then(Value::as_object)
                .ok_or_else(|| Error::new(file, "/definitions", "missing or not an object"))?;
            let path = file.to_string_lossy().replace('\\', "/");
            let spec = path
                .find("specification/")
                .map_or(path.as_str(), |i| &path[i..]);
            let version = value
                .pointer("/info/version")
                .and_then(Value::as_str)
                .unwrap_or("?");
            // A document whose events are all Microsoft.Media is the retired Media Services one.
            let retired = definitions
                .values()
                .filter_map(|d| d.get("description")?.as_str())
                .filter_map(event_type_in)
                .all(|t| {
                    namespace_of(t).is_some_and(|ns| ns.eq_ignore_ascii_case("Microsoft.Media"))
                });
            Ok(Document {
                file,
                origin: format!("{spec} ({version})"),
                definitions,
                retired,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;

    // Namespace -> (events, definitions, origins).
    let mut namespaces: BTreeMap<String, NamespaceOut> = BTreeMap::new();
    let mut known: BTreeSet<String> = BTreeSet::new();
    for doc in &documents {
        let mut converter = Converter {
            doc,
            defs: BTreeMap::new(),
            pending: Vec::new(),
        };
        let mut events = Vec::new();
        for (name, def) in doc.definitions {
            if !name.ends_with("EventData") {
                continue;
            }
            let Some(event_type) = def
                .get("description")
                .and_then(Value::as_str)
                .and_then(event_type_in)
            else {
                continue;
            };
            events.push(Event {
                event_type: event_type.to_owned(),
                definition: Some(name.clone()),
                retired: doc.retired,
            });
        }
        for event in &events {
            let ns = namespace_of(&event.event_type).ok_or_else(|| {
                Error::new(
                    doc.file,
                    "",
                    format!("no namespace in `{}`", event.event_type),
                )
            })?;
            let definition = event.definition.as_deref().unwrap_or_default();
            let reached = converter.reach(definition)?;
            let out = namespaces.entry(ns.to_owned()).or_default();
            out.origins.insert(doc.origin.clone());
            for def in reached {
                out.defs
                    .entry(def.clone())
                    .or_insert_with(|| converter.defs[&def].clone());
            }
            if !known.insert(event.event_type.to_ascii_lowercase()) {
                return Err(Error::new(
                    doc.file,
                    "",
                    format!("event type `{}` defined twice", event.event_type),
                ));
            }
            out.events.push(Event {
                event_type: event.event_type.clone(),
                definition: event.definition.clone(),
                retired: event.retired,
            });
        }
    }
    // Names the SDKs ship that no schema defines: aliases without a payload, deprecated.
    for name in &upstream.names {
        if known.contains(&name.to_ascii_lowercase()) {
            continue;
        }
        let ns = namespace_of(name)
            .ok_or_else(|| Error::new(name, "", "event name without a namespace"))?;
        let ns = namespaces
            .keys()
            .find(|k| k.eq_ignore_ascii_case(ns))
            .cloned()
            .unwrap_or_else(|| ns.to_owned());
        namespaces.entry(ns).or_default().events.push(Event {
            event_type: name.clone(),
            definition: None,
            retired: false,
        });
        known.insert(name.to_ascii_lowercase());
    }

    let mut files = BTreeMap::new();
    let mut all_names = upstream.names.clone();
    for (ns, out) in &namespaces {
        let module = module_of(ns);
        let mut events = BTreeMap::new();
        for event in &out.events {
            let mut entry = BTreeMap::new();
            match &event.definition {
                Some(def) => {
                    entry.insert("$ref", json!(format!("#/$defs/{def}")));
                }
                None => {
                    entry.insert("deprecated", json!(true));
                }
            }
            if event.retired {
                entry.insert("x-retired", json!(true));
                all_names.insert(event.event_type.clone());
            }
            events.insert(event.event_type.clone(), sorted(entry));
        }
        let schema = sorted(BTreeMap::from([
            ("$schema", json!(DIALECT)),
            (
                "$id",
                json!(format!(
                    "https://github.com/eventgrid-rs/eventgrid-rs/system-events/schemas/{module}.json"
                )),
            ),
            ("title", json!(format!("{ns} system events"))),
            ("x-namespace", json!(ns)),
            (
                "x-upstream",
                Value::Array(out.origins.iter().map(|o| json!(o)).collect()),
            ),
            ("x-events", sorted(events)),
            ("$defs", sorted(out.defs.clone())),
        ]));
        let mut text =
            serde_json::to_string_pretty(&schema).map_err(|e| Error::json(&module, e))?;
        text.push('\n');
        files.insert(format!("{module}.json"), text);
    }
    let mut list = String::new();
    for name in &all_names {
        list.push_str(name);
        list.push('\n');
    }
    files.insert(EVENT_TYPES_FILE.to_owned(), list);
    Ok(files)
}

/// Writes `files` into `out`, touching only files whose contents changed, and removes
/// `*.json` files that the import no longer produces.
pub fn write(out: &Path, files: &BTreeMap<String, String>) -> Result<(), Error> {
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    for entry in std::fs::read_dir(out).map_err(|e| Error::io(out, e))? {
        let path = entry.map_err(|e| Error::io(out, e))?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if path.extension().is_some_and(|e| e == "json") && !files.contains_key(name) {
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
        }
    }
    for (name, text) in files {
        crate::write_if_changed(&out.join(name), text)?;
    }
    Ok(())
}

#[derive(Default)]
struct NamespaceOut {
    events: Vec<Event>,
    defs: BTreeMap<String, Value>,
    origins: BTreeSet<String>,
}

fn sorted<K: Into<String>>(map: BTreeMap<K, Value>) -> Value {
    let sorted: BTreeMap<String, Value> = map.into_iter().map(|(k, v)| (k.into(), v)).collect();
    Value::Object(sorted.into_iter().collect())
}

struct Converter<'a> {
    doc: &'a Document<'a>,
    /// Converted definitions (including enums hoisted out of properties).
    defs: BTreeMap<String, Value>,
    pending: Vec<String>,
}

impl Converter<'_> {
    /// Converts `root` and every definition it reaches; returns their names.
    fn reach(&mut self, root: &str) -> Result<BTreeSet<String>, Error> {
        let mut seen = BTreeSet::new();
        self.pending.push(root.to_owned());
        while let Some(name) = self.pending.pop() {
            if !seen.insert(name.clone()) {
                continue;
            }
            if !self.defs.contains_key(&name) {
                let value = self.definition(&name)?;
                self.defs.insert(name.clone(), value);
            }
            let mut refs = Vec::new();
            collect_refs(&self.defs[&name], &mut refs);
            self.pending.extend(refs);
        }
        Ok(seen)
    }

    fn definition(&mut self, name: &str) -> Result<Value, Error> {
        let pointer = format!("/definitions/{name}");
        let def = self
            .doc
            .definitions
            .get(name)
            .ok_or_else(|| Error::new(self.doc.file, &pointer, "unknown definition"))?;
        if def.get("enum").is_some() {
            return Ok(enum_schema(def));
        }
        let mut out = BTreeMap::new();
        out.insert("type".to_owned(), json!("object"));
        if let Some(all_of) = def.get("allOf").and_then(Value::as_array) {
            let mut parents = Vec::new();
            for (i, parent) in all_of.iter().enumerate() {
                parents.push(self.property(parent, &format!("{pointer}/allOf/{i}"))?);
            }
            out.insert("allOf".to_owned(), Value::Array(parents));
        }
        let mut properties = BTreeMap::new();
        let mut sources = vec![def];
        // A polymorphic base (`discriminator`) absorbs the properties of its subtypes, so a
        // value of any subtype decodes into it without losing fields.
        if def.get("discriminator").is_some() {
            let target = format!("#/definitions/{name}");
            for sub in self.doc.definitions.values() {
                let extends = sub.get("allOf").and_then(Value::as_array).is_some_and(|a| {
                    a.iter()
                        .any(|p| p.get("$ref").and_then(Value::as_str) == Some(&target))
                });
                if extends && sub.get("x-ms-discriminator-value").is_some() {
                    sources.push(sub);
                }
            }
        }
        for source in sources {
            if let Some(props) = source.get("properties").and_then(Value::as_object) {
                for (wire, prop) in props {
                    let converted = self.property(prop, &format!("{pointer}/properties/{wire}"))?;
                    properties.entry(wire.clone()).or_insert(converted);
                }
            }
        }
        if !properties.is_empty() {
            out.insert("properties".to_owned(), sorted(properties));
        }
        if let Some(required) = def.get("required").and_then(Value::as_array) {
            out.insert("required".to_owned(), Value::Array(required.clone()));
        }
        Ok(sorted(out))
    }

    fn property(&mut self, prop: &Value, pointer: &str) -> Result<Value, Error> {
        let nullable = prop.get("x-nullable").and_then(Value::as_bool) == Some(true);
        let schema = if let Some(reference) = prop.get("$ref").and_then(Value::as_str) {
            let target = reference.strip_prefix("#/definitions/").ok_or_else(|| {
                Error::new(
                    self.doc.file,
                    pointer,
                    format!("non-local $ref `{reference}`"),
                )
            })?;
            json!({ "$ref": format!("#/$defs/{target}") })
        } else if prop.get("enum").is_some() {
            // An inline enum (legacy Media document): hoist it into a named definition.
            let name = prop
                .pointer("/x-ms-enum/name")
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    Error::new(self.doc.file, pointer, "inline enum without x-ms-enum name")
                })?;
            let schema = enum_schema(prop);
            if let Some(existing) = self.defs.get(name)
                && *existing != schema
            {
                return Err(Error::new(
                    self.doc.file,
                    pointer,
                    format!("enum `{name}` defined twice, differently"),
                ));
            }
            self.defs.insert(name.to_owned(), schema);
            json!({ "$ref": format!("#/$defs/{name}") })
        } else {
            let mut out = BTreeMap::new();
            if let Some(t) = prop.get("type") {
                out.insert("type".to_owned(), t.clone());
            }
            if let Some(f) = prop.get("format") {
                out.insert("format".to_owned(), f.clone());
            }
            if let Some(items) = prop.get("items") {
                out.insert(
                    "items".to_owned(),
                    self.property(items, &format!("{pointer}/items"))?,
                );
            }
            if let Some(extra) = prop.get("additionalProperties") {
                let converted = match extra {
                    Value::Bool(b) => Value::Bool(*b),
                    other => self.property(other, &format!("{pointer}/additionalProperties"))?,
                };
                out.insert("additionalProperties".to_owned(), converted);
            }
            sorted(out)
        };
        let schema = if nullable {
            make_nullable(schema)
        } else {
            schema
        };
        Ok(self.with_unit(prop, self.with_aliases(prop, schema)))
    }

    /// Records the unit an upstream description states for a value as `x-unit`. Only the
    /// unit is carried over, never the description. Strings count: Media's
    /// `channelLatencyMs` is a number of milliseconds sent as a string.
    fn with_unit(&self, prop: &Value, mut schema: Value) -> Value {
        let numeric = matches!(
            prop.get("type").and_then(Value::as_str),
            Some("integer" | "number" | "string")
        );
        let unit = prop
            .get("description")
            .and_then(Value::as_str)
            .and_then(unit_in);
        if let (true, Some(unit), Value::Object(map)) = (numeric, unit, &mut schema) {
            let origin = format!("description in {}", self.doc.origin);
            map.insert(
                "x-unit".to_owned(),
                json!({ "unit": unit.keyword(), "origin": origin }),
            );
        }
        schema
    }

    /// Records a `$`-prefixed `x-ms-client-name` as an alias: IoT Hub twin documents carry
    /// those names (`$metadata`, `$version`) where the schema has the plain ones.
    fn with_aliases(&self, prop: &Value, mut schema: Value) -> Value {
        let twin = prop
            .get("x-ms-client-name")
            .and_then(Value::as_str)
            .filter(|name| name.starts_with('$'));
        if let (Some(name), Value::Object(map)) = (twin, &mut schema) {
            let origin = format!("x-ms-client-name in {}", self.doc.origin);
            map.insert(
                "x-aliases".to_owned(),
                json!([{ "name": name, "origin": origin }]),
            );
        }
        schema
    }
}

/// Phrases by which upstream descriptions state a unit, matched case-insensitively on word
/// boundaries.
const UNIT_PHRASES: &[(&str, Unit)] = &[
    ("in bytes", Unit::Bytes),
    ("number of bytes", Unit::Bytes),
    ("in seconds", Unit::Seconds),
    ("in milliseconds", Unit::Milliseconds),
    ("in ms", Unit::Milliseconds),
    ("in minutes", Unit::Minutes),
    ("number of days", Unit::Days),
    ("in percent", Unit::Percent),
    ("seconds since the unix epoch", Unit::EpochSeconds),
    ("milliseconds since the unix epoch", Unit::EpochMilliseconds),
];

/// The one unit a description states, if it states exactly one.
fn unit_in(description: &str) -> Option<Unit> {
    let words: Vec<String> = description
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let text = format!(" {} ", words.join(" "));
    let mut found = UNIT_PHRASES
        .iter()
        .filter(|(phrase, _)| text.contains(&format!(" {phrase} ")))
        .map(|&(_, unit)| unit);
    let first = found.next()?;
    found.all(|u| u == first).then_some(first)
}

fn make_nullable(schema: Value) -> Value {
    match schema.get("type").cloned() {
        Some(Value::String(t)) => {
            let mut schema = schema;
            schema["type"] = json!([t, "null"]);
            schema
        }
        _ => json!({ "anyOf": [schema, { "type": "null" }] }),
    }
}

/// A string enum. Extensible ones (`modelAsString` / `modelAsExtensible`) accept any string:
/// `anyOf: [{enum: [...]}, {type: string}]`.
fn enum_schema(def: &Value) -> Value {
    let values = def.get("enum").cloned().unwrap_or_else(|| json!([]));
    let ms = def.get("x-ms-enum");
    let extensible = ["modelAsString", "modelAsExtensible"]
        .iter()
        .any(|k| ms.and_then(|m| m.get(*k)).and_then(Value::as_bool) == Some(true));
    if extensible {
        json!({ "type": "string", "anyOf": [{ "enum": values }, { "type": "string" }] })
    } else {
        json!({ "type": "string", "enum": values })
    }
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "$ref" {
                    if let Some(name) = v.as_str().and_then(|r| r.strip_prefix("#/$defs/")) {
                        out.push(name.to_owned());
                    }
                } else {
                    collect_refs(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_event_types_like_the_sdks() {
        let found = |s| event_type_in(s);
        assert_eq!(
            found("for a Microsoft.Storage.BlobCreated event."),
            Some("Microsoft.Storage.BlobCreated")
        );
        assert_eq!(
            found("Event data for Microsoft.Devices.DeviceConnected event."),
            Some("Microsoft.Devices.DeviceConnected")
        );
        assert_eq!(
            found("for a\nMicrosoft.A.B preview event"),
            Some("Microsoft.A.B")
        );
        assert_eq!(
            found("for a Microsoft.A.B.C.D Event"),
            Some("Microsoft.A.B.C.D")
        );
        assert_eq!(found("for Microsoft.A.B events"), None);
        assert_eq!(found("for Microsoft.Storage event"), None);
        assert_eq!(
            found("Microsoft.A.B; see Microsoft.C.D event"),
            Some("Microsoft.C.D")
        );
    }

    #[test]
    fn namespaces_and_modules() {
        assert_eq!(
            namespace_of("Microsoft.Storage.BlobCreated"),
            Some("Microsoft.Storage")
        );
        assert_eq!(module_of("Microsoft.ApiManagement"), "apimanagement");
    }

    #[test]
    fn finds_a_unit_only_where_a_description_states_one() {
        assert_eq!(
            unit_in("The size in bytes of the thing."),
            Some(Unit::Bytes)
        );
        assert_eq!(unit_in("Latency in ms."), Some(Unit::Milliseconds));
        assert_eq!(unit_in("Time to live in Seconds"), Some(Unit::Seconds));
        assert_eq!(
            unit_in("Milliseconds since the Unix epoch"),
            Some(Unit::EpochMilliseconds)
        );
        // Whole words only, and no guess from a field name or a near miss.
        assert_eq!(unit_in("Stored in msgpack"), None);
        assert_eq!(unit_in("The number of retries."), None);
        // Two different units: no claim.
        assert_eq!(unit_in("Length in bytes, age in seconds"), None);
    }
}
