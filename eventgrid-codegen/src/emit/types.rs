//! Structs and enums of one namespace.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::model::{Alias, Enum, Field, Item, Namespace, Struct, Type};

/// The contents of `<module>.rs`.
pub fn namespace(namespace: &Namespace) -> TokenStream {
    let enums: BTreeSet<&str> = namespace
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Enum(e) => Some(e.name.as_str()),
            _ => None,
        })
        .collect();
    let items = namespace.items.iter().map(|item| match item {
        Item::Struct(s) => structure(s, &enums),
        Item::Enum(e) => enumeration(e),
        Item::Alias(a) => alias(a),
    });
    quote! { #(#items)* }
}

fn used_by(events: &[String]) -> String {
    match events {
        [] => String::new(),
        [one] => format!("The data of the `{one}` event."),
        many => {
            let list: Vec<String> = many.iter().map(|e| format!("`{e}`")).collect();
            format!("The data of the events {}.", list.join(", "))
        }
    }
}

/// How a field holds the namespace's string enums (`enums`), whose received spellings it
/// keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Holds {
    Nothing,
    Enum,
    ListOfEnums,
}

fn holds_enum(f: &Field, enums: &BTreeSet<&str>) -> Holds {
    let is_enum = |ty: &Type| matches!(ty, Type::Named(name) if enums.contains(name.as_str()));
    match &f.ty {
        _ if f.boxed => Holds::Nothing,
        ty if is_enum(ty) => Holds::Enum,
        Type::List(items) if is_enum(items) => Holds::ListOfEnums,
        _ => Holds::Nothing,
    }
}

fn structure(s: &Struct, enums: &BTreeSet<&str>) -> TokenStream {
    let name = ident(&s.name);
    let mut doc = used_by(&s.events);
    if doc.is_empty() {
        doc = format!("The schema type `{}`.", s.schema_name);
    }
    // A struct with enum fields keeps the spelling of values read in other letter case, and
    // so writes its own `Serialize`; the others derive it.
    let spelled = s
        .fields
        .iter()
        .any(|f| holds_enum(f, enums) != Holds::Nothing);
    let fields = s.fields.iter().map(|f| field(f, !spelled));
    let doc_text = format!(" {doc}");
    let members = members(s, enums, spelled);
    if spelled {
        let serialize = serialize(s, enums);
        quote! {
            #[doc = #doc_text]
            #[derive(Debug, Clone, Default, PartialEq)]
            #[non_exhaustive]
            pub struct #name {
                #(#fields)*
                spellings: rt::Spellings,
            }
            #members
            #serialize
        }
    } else {
        quote! {
            #[doc = #doc_text]
            #[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
            #[non_exhaustive]
            pub struct #name {
                #(#fields)*
            }
            #members
        }
    }
}

/// `Serialize` of a struct with enum fields: as serde's derive would write it (members in
/// field order, `None` left out), with each enum value in the spelling it was received in.
fn serialize(s: &Struct, enums: &BTreeSet<&str>) -> TokenStream {
    let name = ident(&s.name);
    let type_name = &s.name;
    // The members written, as serde's derive counts them for `serialize_struct`.
    let present = s.fields.iter().map(|f| {
        let field = ident(&f.ident);
        quote! { usize::from(self.#field.is_some()) }
    });
    let writes = s.fields.iter().enumerate().map(|(index, f)| {
        let field = ident(&f.ident);
        let wire = &f.wire;
        let value = match holds_enum(f, enums) {
            Holds::Enum => quote! { self.spellings.of(#index, value.as_str()) },
            Holds::ListOfEnums => quote! { &self.spellings.items(#index, value) },
            Holds::Nothing => quote! { value },
        };
        quote! {
            if let Some(value) = &self.#field {
                state.serialize_field(#wire, #value)?;
            } else {
                state.skip_field(#wire)?;
            }
        }
    });
    quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct as _;
                let len = #(#present)+*;
                let mut state = serializer.serialize_struct(#type_name, len)?;
                #(#writes)*
                state.end()
            }
        }
    }
}

/// How the struct reads a JSON object (`rt::Members`) and its `Deserialize`: each
/// member's value into a local, then the struct built once, as serde's derive does; the
/// runtime's `MemberReader` keeps exact names on its fast path and reports the rest.
fn members(s: &Struct, enums: &BTreeSet<&str>, spelled: bool) -> TokenStream {
    let name = ident(&s.name);
    let wires: Vec<&str> = s.fields.iter().map(|f| f.wire.as_str()).collect();
    let indexes: Vec<usize> = (0..s.fields.len()).collect();
    let aliases = s.fields.iter().enumerate().flat_map(|(index, f)| {
        f.aliases
            .iter()
            .map(move |alias| quote! { (#alias, #index) })
    });
    // One local per field, named as the field. The reader's own names end in `_`, which no
    // field name does (naming gives keywords a raw identifier, and `self` a trailing `_`).
    let locals: Vec<_> = s.fields.iter().map(|f| ident(&f.ident)).collect();
    let reads = s.fields.iter().map(|f| {
        let field = ident(&f.ident);
        let holds = holds_enum(f, enums);
        // Enum values come with their spelling, for `read_enum` to keep.
        let mut seed = match (holds, &f.ty) {
            (Holds::Enum, ty) => spelled_seed(ty),
            (Holds::ListOfEnums, Type::List(items)) => {
                let items = spelled_seed(items);
                quote! { rt::Items(#items) }
            }
            _ => value_seed(&f.ty),
        };
        // The lenient number and boolean readers take `null` themselves.
        if !matches!(
            f.ty,
            Type::Bool | Type::Int32 | Type::Int64 | Type::Float | Type::Double
        ) {
            seed = quote! { rt::Nullable(#seed) };
        }
        if f.boxed {
            seed = quote! { rt::Boxed(#seed) };
        }
        if holds == Holds::Nothing {
            quote! { { members_.read(&mut map_, &mut #field, #seed)?; } }
        } else {
            quote! { { members_.read_enum(&mut map_, &mut #field, #seed)?; } }
        }
    });
    let spellings = spelled.then(|| quote! { spellings: members_.into_spellings() });
    quote! {
        impl rt::Members for #name {
            const NAMES: &'static [&'static str] = &[#(#wires),*];
            const ALIASES: &'static [(&'static str, usize)] = &[#(#aliases),*];
            fn exact(name: &str) -> Option<usize> {
                match name {
                    #( #wires => Some(#indexes), )*
                    _ => None,
                }
            }
            fn read_members<'de, A: serde::de::MapAccess<'de>>(
                mut map_: A,
            ) -> Result<Self, A::Error> {
                #( let mut #locals = None; )*
                let mut members_ = rt::MemberReader::<Self>::new();
                while let Some(index_) = members_.next_field(&mut map_)? {
                    match index_ {
                        #( #indexes => #reads, )*
                        _ => {
                            map_.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Self { #(#locals,)* #spellings })
            }
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                rt::members(deserializer)
            }
        }
    }
}

/// The seed that reads a non-null value of `ty`: numbers and booleans through their lenient
/// readers, arrays and maps item by item (so a reporting pass knows each item's path),
/// everything else through its own `Deserialize`.
fn value_seed(ty: &Type) -> TokenStream {
    match ty {
        Type::Bool => quote! { rt::Flag },
        Type::Int32 | Type::Int64 | Type::Float | Type::Double => {
            let ty = rust_type(ty);
            quote! { rt::Num::<#ty>::new() }
        }
        Type::List(items) => {
            let items = item_seed(items);
            quote! { rt::Items(#items) }
        }
        Type::Map(values) => {
            let values = item_seed(values);
            quote! { rt::Entries(#values) }
        }
        other => {
            let ty = rust_type(other);
            quote! { rt::Plain::<#ty>::new() }
        }
    }
}

/// The seed that reads a string enum of type `ty` with its spelling.
fn spelled_seed(ty: &Type) -> TokenStream {
    let ty = rust_type(ty);
    quote! { rt::Spelled::<#ty>::new() }
}

/// The seed for an array item or map value: as a field, except that scalars are read as
/// their plain type (an item has no `Option` to hold a `null`).
fn item_seed(ty: &Type) -> TokenStream {
    match ty {
        Type::List(_) | Type::Map(_) => value_seed(ty),
        other => {
            let ty = rust_type(other);
            quote! { rt::Plain::<#ty>::new() }
        }
    }
}

/// A field; `serde_attrs` when the struct derives `Serialize`.
fn field(f: &Field, serde_attrs: bool) -> TokenStream {
    let name = ident(&f.ident);
    let wire = &f.wire;
    let mut doc = format!("JSON member `{}`: {}", f.wire, f.ty.describe());
    if f.required {
        doc.push_str("; listed as required in the schema");
    }
    if f.nullable {
        doc.push_str("; may be null");
    }
    doc.push('.');
    if !f.aliases.is_empty() {
        let list: Vec<String> = f.aliases.iter().map(|a| format!("`{a}`")).collect();
        doc.push_str(" Also read from ");
        doc.push_str(&list.join(", "));
        doc.push_str(" (an alias the schema records).");
    }
    if let Some(unit) = f.unit {
        doc.push(' ');
        doc.push_str(unit.sentence());
    }
    let mut ty = rust_type(&f.ty);
    if f.boxed {
        ty = quote! { Box<#ty> };
    }
    let doc_text = format!(" {doc}");
    let serde = serde_attrs.then(|| {
        quote! { #[serde(rename = #wire, skip_serializing_if = "Option::is_none")] }
    });
    quote! {
        #[doc = #doc_text]
        #serde
        pub #name: Option<#ty>,
    }
}

/// The Rust type of a value (without the field's `Option`). Integers are `i64` whatever
/// their schema format.
pub fn rust_type(ty: &Type) -> TokenStream {
    match ty {
        Type::String | Type::Uri => quote! { String },
        Type::DateTime => quote! { rt::Timestamp },
        Type::Bool => quote! { bool },
        // Widened: upstream marks some int64 values (Event Hubs sequence numbers) as int32,
        // and an `i64` holds every int32 value, so nothing is lost.
        Type::Int32 | Type::Int64 => quote! { i64 },
        Type::Float | Type::Double => quote! { f64 },
        Type::Any => quote! { serde_json::Value },
        Type::Object => quote! { rt::JsonObject },
        Type::Map(values) => {
            let values = rust_type(values);
            quote! { std::collections::BTreeMap<String, #values> }
        }
        Type::List(items) => {
            let items = rust_type(items);
            quote! { Vec<#items> }
        }
        Type::Named(name) => {
            let name = ident(name);
            quote! { #name }
        }
    }
}

fn alias(a: &Alias) -> TokenStream {
    let name = ident(&a.name);
    let target = ident(&a.target);
    let mut doc = used_by(&a.events);
    if !doc.is_empty() {
        doc.push(' ');
    }
    doc.push_str("Same members as [`");
    doc.push_str(&a.target);
    doc.push_str("`].");
    let doc_text = format!(" {doc}");
    quote! {
        #[doc = #doc_text]
        pub type #name = #target;
    }
}

fn enumeration(e: &Enum) -> TokenStream {
    let name = ident(&e.name);
    let other = ident(&e.other);
    let doc = format!(
        "The string enum `{}`, read ignoring letter case; values it does not list are kept verbatim in [`{}::{}`].",
        e.name, e.name, e.other
    );
    let variants: Vec<_> = e.values.iter().map(|v| ident(&v.ident)).collect();
    let wires: Vec<_> = e.values.iter().map(|v| v.wire.as_str()).collect();
    let docs: Vec<String> = wires.iter().map(|w| format!(" `{w}`")).collect();
    let indexes: Vec<usize> = (0..wires.len()).collect();
    let doc_text = format!(" {doc}");
    quote! {
        #[doc = #doc_text]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #docs] #variants, )*
            /// A value not listed in the schema, kept verbatim.
            #other(String),
        }
        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #wires, )*
                    Self::#other(value) => value,
                }
            }
        }
        impl rt::StringEnum for #name {
            const VALUES: &'static [&'static str] = &[#(#wires),*];
            fn known(value: &str) -> Option<Self> {
                match value {
                    #( #wires => Some(Self::#variants), )*
                    _ => None,
                }
            }
            fn listed(index: usize) -> Option<Self> {
                match index {
                    #( #indexes => Some(Self::#variants), )*
                    _ => None,
                }
            }
            fn other(value: String) -> Self {
                Self::#other(value)
            }
            fn wire(&self) -> &str {
                self.as_str()
            }
        }
        impl From<String> for #name {
            fn from(value: String) -> Self {
                rt::StringEnum::from_string(value)
            }
        }
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                rt::string_enum(deserializer)
            }
        }
    }
}
