//! The shared files: the namespace index, `SystemEventNames` with the catalog table, and the
//! `SystemEvent` enum.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{allow_attr, ident};
use crate::type_hash;

use crate::model::{Catalog, Event, Namespace};

/// `namespaces.rs`: one feature-gated module per namespace, including `<module>.rs`.
pub fn index(catalog: &Catalog, runtime: &syn::Path) -> TokenStream {
    let allow = allow_attr();
    let modules = catalog.namespaces.iter().map(|ns| {
        let module = ident(&ns.module);
        let feature = &ns.module;
        let file = format!("{}.rs", ns.module);
        let typed = ns.events.iter().filter(|e| e.data.is_some()).count();
        let doc = format!(
            "`{}` events: typed data of {typed} event types (cargo feature `{feature}`).",
            ns.name
        );
        let doc_text = format!(" {doc}");
        quote! {
            #[doc = #doc_text]
            #[cfg(feature = #feature)]
            #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
            #allow
            pub mod #module {
                use #runtime as rt;
                include!(#file);
            }
        }
    });
    quote! { #(#modules)* }
}

fn all_events(catalog: &Catalog) -> Vec<(&Namespace, &Event)> {
    let mut events: Vec<_> = catalog
        .namespaces
        .iter()
        .flat_map(|ns| ns.events.iter().map(move |e| (ns, e)))
        .collect();
    events.sort_by_key(|(_, e)| (e.event_type.to_ascii_lowercase(), e.event_type.clone()));
    events
}

/// `names.rs`: `SystemEventNames` and `CATALOG`, both sorted by lowercased type string.
pub fn names(catalog: &Catalog, runtime: &syn::Path) -> TokenStream {
    let events = all_events(catalog);
    let consts = events.iter().map(|(ns, e)| {
        let name = ident(&e.const_name);
        let value = &e.event_type;
        let mut doc = format!("`{value}`, published by `{}`", ns.name);
        if e.retired {
            doc.push_str(" (a retired service)");
        }
        doc.push('.');
        let deprecated = e.deprecated.then(|| {
            quote! { #[deprecated(note = "a name some Azure SDKs ship that Event Grid does not publish; it has no schema")] }
        });
        let doc_text = format!(" {doc}");
        // The links exist only when the namespace's feature is on: a doc line per state, so
        // that no build of the docs has a broken link.
        let feature = &ns.module;
        let typed_doc = e.data.as_deref().map(|data| {
            let linked = format!(
                " Decoded as [`SystemEvent::{}`](crate::SystemEvent::{}), data [`{}::{data}`](crate::{}::{data}).",
                e.variant, e.variant, ns.module, ns.module
            );
            let unlinked = format!(
                " Typed with the cargo feature `{feature}` (without it, decoded as `SystemEvent::Unknown`)."
            );
            quote! {
                #[doc = ""]
                #[cfg_attr(feature = #feature, doc = #linked)]
                #[cfg_attr(not(feature = #feature), doc = #unlinked)]
            }
        });
        quote! {
            #[doc = #doc_text]
            #typed_doc
            #deprecated
            pub const #name: &'static str = #value;
        }
    });
    let all = events.iter().map(|(_, e)| e.event_type.as_str());
    let entries = events.iter().map(|(ns, e)| {
        let name = &e.event_type;
        let namespace = &ns.name;
        let feature = &ns.module;
        let typed = e.data.is_some();
        let deprecated = e.deprecated;
        let retired = e.retired;
        quote! {
            #runtime::EventTypeInfo {
                name: #name, namespace: #namespace, feature: #feature,
                typed: #typed, enabled: cfg!(feature = #feature), deprecated: #deprecated, retired: #retired,
            }
        }
    });
    quote! {
        /// The type string of every Azure Event Grid system event in the catalog: each type the
        /// upstream schema defines, the retired Media Services types, and, deprecated, the alias
        /// names older SDKs ship.
        #[derive(Debug, Clone, Copy)]
        #[non_exhaustive]
        pub struct SystemEventNames;

        impl SystemEventNames {
            #(#consts)*

            /// Every type string above, sorted by its ASCII-lowercased form.
            pub const ALL: &'static [&'static str] = &[#(#all),*];
        }

        pub(crate) static CATALOG: &[#runtime::EventTypeInfo] = &[#(#entries),*];
    }
}

/// `system_event.rs`: the `SystemEvent` enum and its generated dispatch.
pub fn system_event(catalog: &Catalog, runtime: &syn::Path) -> TokenStream {
    let allow = allow_attr();
    let typed: Vec<_> = all_events(catalog)
        .into_iter()
        .filter(|(_, e)| e.data.is_some())
        .collect();
    let variants = typed.iter().map(|(ns, e)| {
        let variant = ident(&e.variant);
        let module = ident(&ns.module);
        let data = ident(e.data.as_deref().unwrap_or_default());
        let feature = &ns.module;
        let doc = format!(
            "`{}`: [`crate::{}::{}`].",
            e.event_type,
            ns.module,
            e.data.as_deref().unwrap_or_default()
        );
        let doc_text = format!(" {doc}");
        quote! {
            #[doc = #doc_text]
            #[cfg(feature = #feature)]
            #variant(Box<crate::#module::#data>),
        }
    });
    let type_arms = typed.iter().map(|(ns, e)| {
        let variant = ident(&e.variant);
        let feature = &ns.module;
        let value = &e.event_type;
        quote! {
            #[cfg(feature = #feature)]
            Self::#variant(_) => #value,
        }
    });
    let data_arms = typed.iter().map(|(ns, e)| {
        let variant = ident(&e.variant);
        let feature = &ns.module;
        quote! {
            #[cfg(feature = #feature)]
            Self::#variant(data) => serde::Serialize::serialize(data, serializer),
        }
    });
    let dispatch = dispatch(&typed, runtime);
    let from_event = from_event(runtime);
    quote! {
        /// An Azure Event Grid system event: one variant per event type with a schema (when its
        /// namespace feature is enabled), and [`SystemEvent::Unknown`] for every other type.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        #allow
        pub enum SystemEvent {
            #(#variants)*
            /// A type without a typed payload in this build, with its data kept as received.
            Unknown(#runtime::UnknownEvent),
        }

        #dispatch

        #from_event

        #allow
        impl SystemEvent {
            /// The event type in its canonical spelling (for [`SystemEvent::Unknown`]: as received).
            pub fn event_type(&self) -> &str {
                match self {
                    #(#type_arms)*
                    Self::Unknown(event) => event.event_type(),
                }
            }

            /// Serializes the event's data (for [`SystemEvent::Unknown`]: the data as received).
            pub fn serialize_data<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#data_arms)*
                    Self::Unknown(event) => event.serialize_data(serializer),
                }
            }
        }
    }
}

/// The dispatch table of the typed event types and the `GeneratedEvent` impl that probes it.
fn dispatch(typed: &[(&Namespace, &Event)], runtime: &syn::Path) -> TokenStream {
    let allow = allow_attr();
    // Dispatch finds the variant's number in a hash table of the event types, then matches
    // on the number: a jump table, where a `match` on the strings compiles to a chain of
    // comparisons that every event walks through.
    let mut by_lowercase = std::collections::BTreeMap::new();
    for &(ns, e) in typed {
        by_lowercase
            .entry(e.event_type.to_ascii_lowercase())
            .or_insert((ns, e));
    }
    let dispatch_names: Vec<&str> = by_lowercase
        .values()
        .map(|(_, e)| e.event_type.as_str())
        .collect();
    let dispatch_slots = dispatch_slots(dispatch_names.iter().copied());
    let dispatch_hashes = dispatch_names
        .iter()
        .map(|name| hex_literal(type_hash::type_hash(name)));
    let dispatch_arms = by_lowercase.values().enumerate().map(|(number, (ns, e))| {
        let variant = ident(&e.variant);
        let feature = &ns.module;
        let number = Literal::usize_unsuffixed(number);
        quote! {
            #[cfg(feature = #feature)]
            #number => Some(visit.visit(Self::#variant)),
        }
    });
    let names_len = Literal::usize_unsuffixed(by_lowercase.len());
    let slots_len = Literal::usize_unsuffixed(dispatch_slots.len());
    quote! {
        /// Every event type with a payload schema; its index is the number
        /// `SystemEvent::dispatch` matches on (types of disabled namespaces have no arm).
        static DISPATCH_NAMES: [&str; #names_len] = [#(#dispatch_names),*];

        /// The `rt::type_hash` of each of [`DISPATCH_NAMES`]: a probe compares it before the name.
        static DISPATCH_HASHES: [u64; #names_len] = [#(#dispatch_hashes),*];

        /// Open addressing over [`DISPATCH_NAMES`] by `rt::type_hash`: index + 1, 0 when empty.
        static DISPATCH_SLOTS: [u16; #slots_len] = [#(#dispatch_slots),*];

        #allow
        impl #runtime::GeneratedEvent for SystemEvent {
            /// With no namespace enabled, `visit` goes unused.
            #[allow(unused_variables, clippy::match_single_binding, unreachable_patterns, clippy::needless_pass_by_value)]
            fn dispatch<V: #runtime::Dispatch<Self>>(event_type: &str, visit: V) -> Option<V::Output> {
                match #runtime::variant_number(&DISPATCH_NAMES, &DISPATCH_HASHES, &DISPATCH_SLOTS, event_type)? {
                    #(#dispatch_arms)*
                    _ => None,
                }
            }

            fn unknown(event: #runtime::UnknownEvent) -> Self {
                Self::Unknown(event)
            }
        }
    }
}

/// The `FromEvent` impl of `SystemEvent`: the runtime's decoding, written once for every
/// generated enum.
fn from_event(runtime: &syn::Path) -> TokenStream {
    quote! {
        /// Decodes any event: a type without a variant becomes [`SystemEvent::Unknown`]. Decode
        /// into `Reported<SystemEvent>` to see what was tolerated (members of `data` left out
        /// or read under another spelling, each with its JSON path), or into
        /// `StrictData<SystemEvent>` to refuse data with members left over.
        ///
        /// Decoders that read `type` before `data` get the data of every type with a variant
        /// in one pass through the payload's plain `Deserialize`; a member of the wrong shape
        /// fails that pass, and the decoder falls back to the tolerant decode, which leaves the
        /// member out. Either way the event is the same.
        impl<'de> #runtime::FromEvent<'de> for SystemEvent {
            fn accepts_type(_event_type: &str) -> bool {
                true
            }

            fn from_event(event: #runtime::EventView<'de>) -> Result<Self, #runtime::DecodeError> {
                #runtime::from_event(&event)
            }

            fn from_event_reported(
                event: #runtime::EventView<'de>,
                tolerated: &mut Vec<#runtime::Tolerated>,
            ) -> Result<Self, #runtime::DecodeError> {
                #runtime::from_event_reported(&event, tolerated)
            }

            fn has_data_fast_path(event_type: &str) -> bool {
                #runtime::has_data_fast_path::<Self>(event_type)
            }

            fn deserialize_data<D: serde::Deserializer<'de>>(event_type: &str, data: D) -> Result<Self, D::Error> {
                #runtime::deserialize_data(event_type, data)
            }
        }
    }
}

/// `hash` as a hexadecimal literal in groups of four digits (`0x9E37_79B9_7F4A_7C15`).
fn hex_literal(hash: u64) -> TokenStream {
    let digits = format!("{hash:016X}");
    let groups: Vec<&str> = (0..4).map(|i| &digits[i * 4..i * 4 + 4]).collect();
    format!("0x{}", groups.join("_"))
        .parse()
        .expect("a hexadecimal literal is a token")
}

/// The hash table `rt::variant_number` probes: twice as many slots as names (a power of two),
/// each holding a name's index + 1 or 0, placed by linear probing from the runtime's own
/// `type_hash` (the runtime's copy is generated from this crate's, so the two cannot disagree).
fn dispatch_slots<'a>(names: impl ExactSizeIterator<Item = &'a str>) -> Vec<u16> {
    let mut slots = vec![0u16; (names.len() * 2).next_power_of_two().max(16)];
    let mask = slots.len() - 1;
    for (index, name) in names.enumerate() {
        let mut slot = type_hash::slot_of(type_hash::type_hash(name), slots.len());
        while slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        slots[slot] = u16::try_from(index + 1).expect("fewer than 65,535 event types");
    }
    slots
}
