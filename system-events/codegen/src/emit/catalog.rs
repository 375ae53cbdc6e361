//! The shared files: the namespace index, `SystemEventNames` with the catalog table, and the
//! `SystemEvent` enum.

use proc_macro2::TokenStream;
use quote::quote;

use super::{allow_attr, ident};
use crate::model::{Catalog, Event, Namespace};

/// `namespaces.rs`: one feature-gated module per namespace, including `<module>.rs`.
pub fn index(catalog: &Catalog) -> TokenStream {
    let allow = allow_attr();
    let modules = catalog.namespaces.iter().map(|ns| {
        let module = ident(&ns.module);
        let feature = &ns.module;
        let file = format!("/{}.rs", ns.module);
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
                include!(concat!(env!("OUT_DIR"), #file));
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
pub fn names(catalog: &Catalog) -> TokenStream {
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
        quote! {
            #[doc = #doc_text]
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
            crate::catalog::EventTypeInfo {
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

        pub(crate) static CATALOG: &[crate::catalog::EventTypeInfo] = &[#(#entries),*];
    }
}

/// `system_event.rs`: the `SystemEvent` enum and its generated dispatch.
pub fn system_event(catalog: &Catalog) -> TokenStream {
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
    let dispatch_arms = typed.iter().map(|(ns, e)| {
        let variant = ident(&e.variant);
        let feature = &ns.module;
        let lower = e.event_type.to_ascii_lowercase();
        quote! {
            #[cfg(feature = #feature)]
            #lower => Some(visit.visit(Self::#variant)),
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
    quote! {
        /// An Azure Event Grid system event: one variant per event type with a schema (when its
        /// namespace feature is enabled), and [`SystemEvent::Unknown`] for every other type.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        #allow
        pub enum SystemEvent {
            #(#variants)*
            /// A type without a typed payload in this build, with its data kept as received.
            Unknown(crate::UnknownEvent),
        }

        #[allow(clippy::match_single_binding, unreachable_patterns)]
        #allow
        impl SystemEvent {
            /// Hands the payload type and variant of `event_type` (matched ignoring ASCII case)
            /// to `visit`; `None` when the type has no variant in this build (with no namespace
            /// enabled, `visit` goes unused).
            #[allow(unused_variables, clippy::needless_pass_by_value)]
            pub(crate) fn dispatch<V: crate::rt::Dispatch<Self>>(event_type: &str, visit: V) -> Option<V::Output> {
                crate::rt::with_lowercase(event_type, |lower| match lower {
                    #(#dispatch_arms)*
                    _ => None,
                })
            }

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
