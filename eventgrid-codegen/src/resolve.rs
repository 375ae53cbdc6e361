//! RESOLVE: raw schemas -> model. `$ref`s resolved, `allOf` flattened, bare extensions turned
//! into type aliases, cycles of directly nested structs broken with `Box`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::error::{Error, Errors};
use crate::load::RawSchema;
use crate::model::{
    Alias, Catalog, Enum, EnumValue, Event, Field, Item, Namespace, Struct, Type, Unit,
};
use crate::naming;

/// Resolves every schema; reports every dangling `$ref`, unsupported shape and name collision,
/// one per definition at most (the first thing wrong with it).
pub fn resolve(raw: &[RawSchema]) -> Result<Catalog, Errors> {
    let mut errors = Errors::none();
    let mut catalog = Catalog::default();
    let mut consts = BTreeMap::new();
    let mut variants = BTreeMap::new();
    let mut modules = BTreeSet::new();
    for schema in raw {
        if !modules.insert(schema.module.clone()) {
            errors.push(Error::new(
                &schema.file,
                "",
                format!("module `{}` defined twice", schema.module),
            ));
            continue;
        }
        let Some(namespace) = errors.take(Resolver { schema }.namespace()) else {
            continue;
        };
        for event in &namespace.events {
            for (name, seen) in [
                (&event.const_name, &mut consts),
                (&event.variant, &mut variants),
            ] {
                if let Some(other) = seen.insert(name.clone(), event.event_type.clone()) {
                    errors.push(Error::new(
                        &schema.file,
                        "",
                        format!(
                            "`{}` and `{other}` both map to the Rust name `{name}`",
                            event.event_type
                        ),
                    ));
                }
            }
        }
        catalog.namespaces.push(namespace);
    }
    errors.or(catalog)
}

struct Resolver<'a> {
    schema: &'a RawSchema,
}

impl Resolver<'_> {
    fn error(&self, pointer: &str, message: impl Into<String>) -> Error {
        Error::new(&self.schema.file, pointer, message)
    }

    fn def(&self, name: &str, pointer: &str) -> Result<&Value, Error> {
        self.schema
            .defs
            .get(name)
            .ok_or_else(|| self.error(pointer, format!("`$ref` to unknown definition `{name}`")))
    }

    fn namespace(&self) -> Result<Namespace, Errors> {
        let mut errors = Errors::none();
        let mut used_by: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        let mut events = Vec::new();
        for raw in &self.schema.events {
            if let Some(def) = &raw.definition {
                errors.take(self.def(def, &format!("/x-events/{}", raw.event_type)));
                used_by.entry(def).or_default().push(raw.event_type.clone());
            }
            events.push(Event {
                event_type: raw.event_type.clone(),
                const_name: naming::const_name(&raw.event_type),
                variant: naming::event_variant(&raw.event_type),
                data: raw.definition.as_deref().map(naming::type_name),
                deprecated: raw.deprecated,
                retired: raw.retired,
            });
        }
        events.sort_by(|a, b| a.event_type.cmp(&b.event_type));

        let mut items = Vec::new();
        let mut names = naming::Scope::default();
        for (name, def) in &self.schema.defs {
            let pointer = format!("/$defs/{name}");
            let rust = naming::type_name(name);
            if names.unique(rust.clone()) != rust {
                errors.push(self.error(
                    &pointer,
                    format!("Rust name `{rust}` is taken by another definition"),
                ));
                continue;
            }
            let events = used_by.get(name.as_str()).cloned().unwrap_or_default();
            items.extend(errors.take(self.item(name, rust, def, events, &pointer)));
        }
        break_cycles(&mut items);
        items.sort_by(|a, b| a.name().cmp(b.name()));
        errors.or(Namespace {
            name: self.schema.namespace.clone(),
            module: self.schema.module.clone(),
            events,
            items,
        })
    }

    fn item(
        &self,
        name: &str,
        rust: String,
        def: &Value,
        events: Vec<String>,
        pointer: &str,
    ) -> Result<Item, Error> {
        if def.get("type").and_then(Value::as_str) == Some("string") {
            return Ok(Item::Enum(self.enumeration(rust, def, pointer)?));
        }
        let parents = self.parents(def, pointer)?;
        let has_props = def
            .get("properties")
            .and_then(Value::as_object)
            .is_some_and(|p| !p.is_empty());
        if let [parent] = parents.as_slice()
            && !has_props
        {
            return Ok(Item::Alias(Alias {
                name: rust,
                target: naming::type_name(parent),
                events,
            }));
        }
        let mut fields = Vec::new();
        let mut scope = naming::Scope::default();
        let mut seen = BTreeSet::new();
        self.flatten(name, def, pointer, &mut fields, &mut scope, &mut seen, 0)?;
        Ok(Item::Struct(Struct {
            name: rust,
            schema_name: name.to_owned(),
            events,
            fields,
        }))
    }

    fn parents<'v>(&self, def: &'v Value, pointer: &str) -> Result<Vec<&'v str>, Error> {
        let Some(all_of) = def.get("allOf") else {
            return Ok(Vec::new());
        };
        let all_of = all_of
            .as_array()
            .ok_or_else(|| self.error(pointer, "`allOf` is not an array"))?;
        all_of
            .iter()
            .enumerate()
            .map(|(i, p)| {
                p.get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/$defs/"))
                    .ok_or_else(|| {
                        self.error(
                            &format!("{pointer}/allOf/{i}"),
                            "only `$ref` parents are supported",
                        )
                    })
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn flatten(
        &self,
        name: &str,
        def: &Value,
        pointer: &str,
        fields: &mut Vec<Field>,
        scope: &mut naming::Scope,
        seen: &mut BTreeSet<String>,
        depth: usize,
    ) -> Result<(), Error> {
        if depth > 16 || !seen.insert(name.to_owned()) {
            return Err(self.error(pointer, "`allOf` cycle"));
        }
        for parent in self.parents(def, pointer)? {
            let parent_pointer = format!("/$defs/{parent}");
            let parent_def = self.def(parent, pointer)?;
            self.flatten(
                parent,
                parent_def,
                &parent_pointer,
                fields,
                scope,
                seen,
                depth + 1,
            )?;
        }
        let required: BTreeSet<&str> = def
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(props) = def.get("properties") {
            let props = props
                .as_object()
                .ok_or_else(|| self.error(pointer, "`properties` is not an object"))?;
            for (wire, prop) in props {
                if fields.iter().any(|f| f.wire == *wire) {
                    continue; // no overrides upstream; the parent's declaration wins
                }
                let prop_pointer = format!("{pointer}/properties/{wire}");
                let (ty, nullable) = self.ty(prop, &prop_pointer)?;
                let aliases = self.aliases(prop, &prop_pointer)?;
                let unit = self.unit(prop, &prop_pointer)?;
                fields.push(Field {
                    wire: wire.clone(),
                    ident: scope.unique(naming::field(wire)),
                    ty,
                    boxed: false,
                    required: required.contains(wire.as_str()),
                    nullable,
                    aliases,
                    unit,
                });
            }
        }
        Ok(())
    }

    /// The other member names of a property (`x-aliases`: `[{"name": ..., "origin": ...}]`).
    /// Each must say where the fact comes from.
    fn aliases(&self, prop: &Value, pointer: &str) -> Result<Vec<String>, Error> {
        let Some(list) = prop.get("x-aliases") else {
            return Ok(Vec::new());
        };
        let pointer = format!("{pointer}/x-aliases");
        let list = list
            .as_array()
            .ok_or_else(|| self.error(&pointer, "`x-aliases` is not an array"))?;
        list.iter()
            .map(|alias| {
                let name = alias.get("name").and_then(Value::as_str);
                let origin = alias.get("origin").and_then(Value::as_str);
                match (name, origin) {
                    (Some(name), Some(origin)) if !name.is_empty() && !origin.is_empty() => {
                        Ok(name.to_owned())
                    }
                    _ => {
                        Err(self
                            .error(&pointer, "each alias needs a non-empty `name` and `origin`"))
                    }
                }
            })
            .collect()
    }

    /// The unit of a property (`x-unit`: `{"unit": ..., "origin": ...}`), one of
    /// [`Unit::ALL`]. Like an alias, it must say where the fact comes from.
    fn unit(&self, prop: &Value, pointer: &str) -> Result<Option<Unit>, Error> {
        let Some(entry) = prop.get("x-unit") else {
            return Ok(None);
        };
        let pointer = format!("{pointer}/x-unit");
        let origin = entry.get("origin").and_then(Value::as_str);
        let Some(keyword) = entry.get("unit").and_then(Value::as_str) else {
            return Err(self.error(&pointer, "`x-unit` needs a string `unit` and `origin`"));
        };
        if origin.is_none_or(str::is_empty) {
            return Err(self.error(&pointer, "`x-unit` needs a non-empty `origin`"));
        }
        Unit::from_keyword(keyword).map(Some).ok_or_else(|| {
            let known: Vec<&str> = Unit::ALL.iter().map(|u| u.keyword()).collect();
            self.error(
                &format!("{pointer}/unit"),
                format!("unknown unit `{keyword}`; known: {}", known.join(", ")),
            )
        })
    }

    /// The type of a property schema, and whether it allows `null`.
    fn ty(&self, schema: &Value, pointer: &str) -> Result<(Type, bool), Error> {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let target = reference
                .strip_prefix("#/$defs/")
                .ok_or_else(|| self.error(pointer, format!("unsupported `$ref` `{reference}`")))?;
            self.def(target, pointer)?;
            return Ok((Type::Named(naming::type_name(target)), false));
        }
        if let Some(any_of) = schema.get("anyOf").and_then(Value::as_array) {
            let is_null = |v: &Value| v.get("type").and_then(Value::as_str) == Some("null");
            if let [a, b] = any_of.as_slice() {
                let inner = match (is_null(a), is_null(b)) {
                    (false, true) => Some(a),
                    (true, false) => Some(b),
                    _ => None,
                };
                if let Some(inner) = inner {
                    return Ok((self.ty(inner, pointer)?.0, true));
                }
            }
            return Err(self.error(
                pointer,
                "`anyOf` other than `[schema, {type: null}]` is not supported in properties",
            ));
        }
        let (ty, nullable) = match schema.get("type") {
            None => return Ok((Type::Any, true)),
            Some(Value::String(t)) => (t.as_str(), false),
            Some(Value::Array(types)) => {
                let named: Vec<&str> = types
                    .iter()
                    .filter_map(Value::as_str)
                    .filter(|t| *t != "null")
                    .collect();
                match named.as_slice() {
                    [one] => (*one, named.len() < types.len()),
                    _ => {
                        return Err(self.error(
                            pointer,
                            "a union of several non-null types is not supported",
                        ));
                    }
                }
            }
            Some(_) => return Err(self.error(pointer, "`type` must be a string or an array")),
        };
        let format = schema.get("format").and_then(Value::as_str);
        let ty = match (ty, format) {
            ("string", Some("date-time")) => Type::DateTime,
            ("string", Some("uri")) => Type::Uri,
            ("string", _) => Type::String,
            ("boolean", _) => Type::Bool,
            ("integer", Some("int32")) => Type::Int32,
            ("integer", _) => Type::Int64,
            ("number", Some("float")) => Type::Float,
            ("number", _) => Type::Double,
            ("array", _) => {
                let items = schema
                    .get("items")
                    .ok_or_else(|| self.error(pointer, "array without `items`"))?;
                Type::List(Box::new(self.ty(items, &format!("{pointer}/items"))?.0))
            }
            ("object", _) => match schema.get("additionalProperties") {
                None | Some(Value::Bool(true)) => Type::Object,
                Some(Value::Object(m)) if m.is_empty() => Type::Object,
                Some(values) => Type::Map(Box::new(
                    self.ty(values, &format!("{pointer}/additionalProperties"))?
                        .0,
                )),
            },
            (other, _) => return Err(self.error(pointer, format!("unsupported type `{other}`"))),
        };
        Ok((ty, nullable))
    }

    fn enumeration(&self, name: String, def: &Value, pointer: &str) -> Result<Enum, Error> {
        let values = def
            .get("enum")
            .or_else(|| {
                def.get("anyOf")?
                    .as_array()?
                    .iter()
                    .find_map(|v| v.get("enum"))
            })
            .and_then(Value::as_array)
            .ok_or_else(|| self.error(pointer, "a string definition must be an enum"))?;
        let mut scope = naming::Scope::default();
        let mut out = Vec::new();
        for value in values {
            let wire = value
                .as_str()
                .ok_or_else(|| self.error(pointer, "enum values must be strings"))?;
            if out.iter().any(|v: &EnumValue| v.wire == wire) {
                continue;
            }
            out.push(EnumValue {
                wire: wire.to_owned(),
                ident: scope.unique_camel(naming::variant(wire)),
            });
        }
        let other = scope.unique_camel("Other".to_owned());
        Ok(Enum {
            name,
            values: out,
            other,
        })
    }
}

/// Boxes every struct field through which a struct directly contains itself.
fn break_cycles(items: &mut [Item]) {
    let aliases: BTreeMap<String, String> = items
        .iter()
        .filter_map(|i| match i {
            Item::Alias(a) => Some((a.name.clone(), a.target.clone())),
            _ => None,
        })
        .collect();
    let resolve = |name: &str| {
        let mut name = name.to_owned();
        while let Some(target) = aliases.get(&name) {
            name.clone_from(target);
        }
        name
    };
    // Direct containment edges (not through Vec or a map, which already allocate).
    let edges: BTreeMap<String, Vec<String>> = items
        .iter()
        .filter_map(|i| match i {
            Item::Struct(s) => Some((
                s.name.clone(),
                s.fields
                    .iter()
                    .filter_map(|f| match &f.ty {
                        Type::Named(n) => Some(resolve(n)),
                        _ => None,
                    })
                    .collect(),
            )),
            _ => None,
        })
        .collect();
    let reaches = |from: &str, to: &str| {
        let mut stack = vec![from.to_owned()];
        let mut seen = BTreeSet::new();
        while let Some(n) = stack.pop() {
            if n == to {
                return true;
            }
            if seen.insert(n.clone()) {
                stack.extend(edges.get(&n).into_iter().flatten().cloned());
            }
        }
        false
    };
    for item in items.iter_mut() {
        if let Item::Struct(s) = item {
            for field in &mut s.fields {
                if let Type::Named(n) = &field.ty {
                    field.boxed = reaches(&resolve(n), &s.name);
                }
            }
        }
    }
}
