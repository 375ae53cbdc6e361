//! RUST EMITTER: model -> formatted Rust files, one per namespace plus the shared ones.
//!
//! Output files (the [`Generator`](crate::Generator) puts its header on each):
//! - `<module>.rs`: the types of one namespace (included into `pub mod <module>`);
//! - `namespaces.rs`: the `#[cfg(feature = "...")] pub mod <module>` index;
//! - `names.rs`: `SystemEventNames` and the catalog table;
//! - `system_event.rs`: the `SystemEvent` enum and its dispatch;
//! - `type_hash.rs`: the generator's own `type_hash` module, copied verbatim, so
//!   that the runtime probes the dispatch table with the function that built it.

pub mod catalog;
pub mod types;

use std::collections::BTreeMap;

use proc_macro2::{Ident, Span, TokenStream};

use crate::model::Catalog;

/// Lints the generated modules allow, set once in `namespaces.rs` and on the shared files.
pub const ALLOWED_LINTS: &[&str] = &[
    "clippy::struct_field_names",
    "clippy::enum_variant_names",
    "clippy::upper_case_acronyms",
    "clippy::struct_excessive_bools",
    "clippy::too_many_lines",
    // A payload's `Deserialize` has one local per field, named as the field.
    "clippy::similar_names",
];

/// Emits every file: name -> formatted contents. `runtime` is the path of the module the
/// generated code calls (see [`Generator::runtime`](crate::Generator::runtime)).
pub fn emit(catalog: &Catalog, runtime: &syn::Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for namespace in &catalog.namespaces {
        files.insert(
            format!("{}.rs", namespace.module),
            format(&types::namespace(namespace)),
        );
    }
    files.insert(
        "namespaces.rs".to_owned(),
        format(&catalog::index(catalog, runtime)),
    );
    files.insert(
        "names.rs".to_owned(),
        format(&catalog::names(catalog, runtime)),
    );
    files.insert(
        "system_event.rs".to_owned(),
        format(&catalog::system_event(catalog, runtime)),
    );
    files.insert(
        "type_hash.rs".to_owned(),
        include_str!("../type_hash.rs").to_owned(),
    );
    files
}

/// Formats tokens as a Rust file (without the header).
///
/// # Panics
/// If the emitter produced tokens that do not parse as a Rust file (a generator bug).
pub fn format(tokens: &TokenStream) -> String {
    let file: syn::File = syn::parse2(tokens.clone())
        .unwrap_or_else(|e| panic!("generated code does not parse: {e}\n{tokens}"));
    prettyplease::unparse(&file)
}

/// An identifier, raw (`r#type`) when the name says so.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// `#[allow(...)]` with [`ALLOWED_LINTS`].
///
/// # Panics
/// If an entry of [`ALLOWED_LINTS`] is not a path (a generator bug).
pub fn allow_attr() -> TokenStream {
    let lints: Vec<syn::Path> = ALLOWED_LINTS
        .iter()
        .map(|l| syn::parse_str(l).expect("lint path"))
        .collect();
    quote::quote! { #[allow(#(#lints),*)] }
}
