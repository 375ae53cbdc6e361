#![doc = include_str!("../README.md")]

// The stages: `attr.rs` and `ast.rs` parse the input into a model (single-value rules checked
// as values are read, against the rules in `spec.rs`), `check.rs` checks the whole item,
// `expand.rs` emits the impls, `fallback.rs` emits errors plus stub impls. Errors are
// collected in `ctxt.rs` so one compile reports every mistake.

mod ast;
mod attr;
mod check;
mod ctxt;
mod expand;
mod fallback;
mod spec;
mod symbol;

use proc_macro::TokenStream;
use syn::{DeriveInput, parse_macro_input};

#[doc = include_str!("../attributes.md")]
#[proc_macro_derive(CloudEvent, attributes(cloudevent))]
pub fn derive_cloud_event(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input).into()
}
