//! Every event type with a schema: a maximal sample built from the schema decodes to its own
//! variant (type matched ignoring case) and re-encodes to the same JSON.

use std::collections::BTreeMap;
use std::path::PathBuf;

use eventgrid_system_events::{DataMemberKind, SystemEvent, Tolerated, catalog};
use eventgrid_types::DataRef;
use serde_json::{Value, json};

/// How member names are written in a sample: as the schema has them, or each in another
/// letter case (then `count` counts the members written).
struct Spelling {
    recase: bool,
    count: usize,
}

impl Spelling {
    const SCHEMA: fn() -> Spelling = || Spelling {
        recase: false,
        count: 0,
    };

    fn name(&mut self, name: &str) -> String {
        if !self.recase {
            return name.to_owned();
        }
        self.count += 1;
        let other = weird_case(name);
        if other == name {
            name.to_ascii_lowercase()
        } else {
            other
        }
    }
}

/// A value with every member the schema names, recursion cut at the second visit.
fn sample(
    defs: &BTreeMap<String, Value>,
    schema: &Value,
    stack: &mut Vec<String>,
) -> Option<Value> {
    sample_spelled(defs, schema, stack, &mut Spelling::SCHEMA())
}

fn sample_spelled(
    defs: &BTreeMap<String, Value>,
    schema: &Value,
    stack: &mut Vec<String>,
    spelling: &mut Spelling,
) -> Option<Value> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.trim_start_matches("#/$defs/").to_owned();
        if stack.contains(&name) {
            return None;
        }
        stack.push(name.clone());
        let value = sample_spelled(defs, &defs[&name], stack, spelling);
        stack.pop();
        return value;
    }
    if let Some(any_of) = schema.get("anyOf").and_then(Value::as_array) {
        if let Some(values) = any_of.iter().find_map(|v| v.get("enum")) {
            return Some(values[0].clone());
        }
        return any_of
            .iter()
            .find(|v| v["type"] != "null")
            .and_then(|v| sample_spelled(defs, v, stack, spelling));
    }
    let ty = match schema.get("type") {
        Some(Value::Array(types)) => types
            .iter()
            .find(|t| *t != "null")
            .cloned()
            .unwrap_or(Value::Null),
        Some(t) => t.clone(),
        None => return Some(json!({ "free": ["form", 1, true] })),
    };
    let mut object = serde_json::Map::new();
    if let Some(parents) = schema.get("allOf").and_then(Value::as_array) {
        for parent in parents {
            if let Some(Value::Object(members)) = sample_spelled(defs, parent, stack, spelling) {
                object.extend(members);
            }
        }
    }
    Some(
        match (
            ty.as_str().unwrap_or_default(),
            schema.get("format").and_then(Value::as_str),
        ) {
            ("string", Some("date-time")) => json!("2024-05-06T07:08:09.1234567Z"),
            ("string", Some("uri")) => json!("https://example.com/a/b?c=d"),
            ("string", _) => schema
                .get("enum")
                .map_or_else(|| json!("a string"), |v| v[0].clone()),
            ("integer", _) => json!(42),
            ("number", _) => json!(1.5),
            ("boolean", _) => json!(true),
            ("array", _) => Value::Array(
                sample_spelled(defs, &schema["items"], stack, spelling)
                    .into_iter()
                    .collect(),
            ),
            ("object", _) => {
                if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                    for (name, prop) in props {
                        if let Some(value) = sample_spelled(defs, prop, stack, spelling) {
                            object.insert(spelling.name(name), value);
                        }
                    }
                    Value::Object(object)
                } else if let Some(values) = schema
                    .get("additionalProperties")
                    .filter(|v| v.is_object() && !v.as_object().unwrap().is_empty())
                {
                    json!({ "key": sample_spelled(defs, values, stack, spelling)? })
                } else if schema.get("allOf").is_some() {
                    Value::Object(object)
                } else {
                    json!({ "key": { "nested": [1, "two"] } })
                }
            }
            (other, _) => panic!("unexpected type {other}"),
        },
    )
}

fn weird_case(s: &str) -> String {
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            if i % 2 == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

#[test]
fn every_typed_event_round_trips_a_maximal_sample() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let schemas = eventgrid_codegen::load::load_dir(&dir).unwrap();
    let mut checked = 0;
    for schema in &schemas {
        for event in &schema.events {
            let Some(def) = &event.definition else {
                continue;
            };
            if !catalog::lookup(&event.event_type).unwrap().is_decoded() {
                continue; // its namespace feature is off
            }
            let data = sample(
                &schema.defs,
                &json!({ "$ref": format!("#/$defs/{def}") }),
                &mut Vec::new(),
            )
            .unwrap();
            let text = data.to_string();
            let decoded = SystemEvent::decode_data(
                &weird_case(&event.event_type),
                Some(DataRef::Json(&text)),
            )
            .unwrap_or_else(|e| panic!("{}: {e}", event.event_type));
            assert!(
                decoded.tolerated().is_empty(),
                "{}: tolerated {:?}",
                event.event_type,
                decoded.tolerated()
            );
            assert!(
                !matches!(decoded.event, SystemEvent::Unknown(_)),
                "{} decoded as Unknown",
                event.event_type
            );
            assert_eq!(decoded.event.event_type(), event.event_type);
            assert_eq!(
                decoded.event.data_to_value().unwrap(),
                data,
                "{} did not round-trip",
                event.event_type
            );
            every_member_in_another_case_is_read_and_reported(
                &schema.defs,
                def,
                &event.event_type,
                &data,
            );
            an_extra_member_is_reported(&event.event_type, &data);
            checked += 1;
        }
    }
    if catalog::all()
        .iter()
        .all(|i| i.is_decoded() || !i.has_schema())
    {
        assert_eq!(checked, 231);
    }
}

/// Issue 16: a sample whose every member name is in another letter case decodes to the same
/// event, with one `Renamed` report per member.
fn every_member_in_another_case_is_read_and_reported(
    defs: &BTreeMap<String, Value>,
    def: &str,
    event_type: &str,
    data: &Value,
) {
    let mut spelling = Spelling {
        recase: true,
        count: 0,
    };
    let recased = sample_spelled(
        defs,
        &json!({ "$ref": format!("#/$defs/{def}") }),
        &mut Vec::new(),
        &mut spelling,
    )
    .unwrap();
    assert_eq!(
        spelling.count > 0,
        data.as_object().is_some_and(|members| !members.is_empty()),
        "{event_type}: no member recased"
    );
    let text = recased.to_string();
    let decoded = SystemEvent::decode_data(event_type, Some(DataRef::Json(&text)))
        .unwrap_or_else(|e| panic!("{event_type} recased: {e}"));
    assert_eq!(
        decoded.event.data_to_value().unwrap(),
        *data,
        "{event_type}: recased members not all read"
    );
    let renamed = decoded
        .tolerated()
        .iter()
        .filter(|t| {
            matches!(
                t.data_member()
                    .map(eventgrid_system_events::DataMember::kind),
                Some(DataMemberKind::Renamed { .. })
            )
        })
        .count();
    assert_eq!(
        (renamed, decoded.tolerated().len()),
        (spelling.count, spelling.count),
        "{event_type}: {:?}",
        decoded.tolerated()
    );
}

/// Issue 16: a member the schema does not have is reported at its path, and the rest reads.
fn an_extra_member_is_reported(event_type: &str, data: &Value) {
    let mut extra = data.clone();
    let Some(members) = extra.as_object_mut() else {
        return;
    };
    members.insert("zzNotInTheSchema".into(), json!({ "a": [1] }));
    let text = extra.to_string();
    let decoded = SystemEvent::decode_data(event_type, Some(DataRef::Json(&text)))
        .unwrap_or_else(|e| panic!("{event_type} with an extra member: {e}"));
    assert_eq!(
        decoded.event.data_to_value().unwrap(),
        *data,
        "{event_type}"
    );
    let [Tolerated::Data(member)] = decoded.tolerated() else {
        panic!("{event_type}: {:?}", decoded.tolerated());
    };
    assert_eq!(
        (member.path(), member.kind()),
        ("zzNotInTheSchema", &DataMemberKind::Unknown),
        "{event_type}"
    );
}
