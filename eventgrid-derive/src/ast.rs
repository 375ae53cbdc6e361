//! The model of the input: the container, its fields or variants, and their attributes,
//! each keeping the syntax it came from for error spans.

use syn::spanned::Spanned;
use syn::{DeriveInput, Generics, Ident, Member, Type};

use crate::attr;
use crate::ctxt::Ctxt;

/// The item the derive is on.
pub(crate) struct Container<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) generics: &'a Generics,
    pub(crate) attrs: attr::Container,
    pub(crate) data: Data<'a>,
}

/// A struct's fields or an enum's variants.
pub(crate) enum Data<'a> {
    Struct(Vec<Field<'a>>),
    Enum(Vec<Variant<'a>>),
}

/// A struct field.
pub(crate) struct Field<'a> {
    pub(crate) member: Member,
    pub(crate) ty: &'a Type,
    pub(crate) attrs: attr::Field,
}

/// An enum variant. `ty` is the wrapped type of a `Variant(Type)`; `None` for other shapes,
/// which `check.rs` reports.
pub(crate) struct Variant<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) ty: Option<&'a Type>,
    pub(crate) attrs: attr::Variant,
    pub(crate) original: &'a syn::Variant,
}

impl<'a> Container<'a> {
    /// Builds the model, or reports why the item cannot derive `CloudEvent` at all.
    pub(crate) fn from_ast(cx: &Ctxt, input: &'a DeriveInput) -> Option<Self> {
        let kind = match input.data {
            syn::Data::Enum(_) => attr::Kind::Enum,
            syn::Data::Struct(_) | syn::Data::Union(_) => attr::Kind::Struct,
        };
        // Container attributes first, so errors come in source order.
        let attrs = attr::Container::from_ast(cx, &input.attrs, kind);
        let data = match &input.data {
            syn::Data::Struct(data) => {
                if matches!(data.fields, syn::Fields::Unit) {
                    cx.error_spanned_by(
                        &input.ident,
                        "#[derive(CloudEvent)] needs a struct with fields, which become the event's data; for an event with empty data write `struct Name {}`",
                    );
                    return None;
                }
                let fields = data
                    .fields
                    .members()
                    .zip(&data.fields)
                    .map(|(member, field)| Field {
                        member,
                        ty: &field.ty,
                        attrs: attr::Field::from_ast(cx, &field.attrs),
                    })
                    .collect();
                Data::Struct(fields)
            }
            syn::Data::Enum(data) => {
                let variants = data
                    .variants
                    .iter()
                    .map(|variant| Variant {
                        ident: &variant.ident,
                        ty: match &variant.fields {
                            syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                                Some(&fields.unnamed[0].ty)
                            }
                            _ => None,
                        },
                        attrs: attr::Variant::from_ast(cx, &variant.attrs),
                        original: variant,
                    })
                    .collect();
                Data::Enum(variants)
            }
            syn::Data::Union(data) => {
                cx.error_at(
                    data.union_token.span(),
                    "#[derive(CloudEvent)] is not supported on unions; use a struct, or an enum of event structs",
                );
                return None;
            }
        };
        Some(Container {
            ident: &input.ident,
            generics: &input.generics,
            attrs,
            data,
        })
    }
}

impl Field<'_> {
    /// The field's name for messages: `order_id`, or `0` in a tuple struct.
    pub(crate) fn name(&self) -> String {
        match &self.member {
            Member::Named(ident) => ident.to_string(),
            Member::Unnamed(index) => index.index.to_string(),
        }
    }

    /// The field as written after `self.`, spanned at its type, so that rustc's errors
    /// about the value land on the type.
    pub(crate) fn member_at_type(&self) -> Member {
        let span = self.ty.span();
        match &self.member {
            Member::Named(ident) => {
                let mut ident = ident.clone();
                ident.set_span(span);
                Member::Named(ident)
            }
            Member::Unnamed(index) => Member::Unnamed(syn::Index {
                index: index.index,
                span,
            }),
        }
    }

    /// Whether the type is written `Option<...>`, which makes the attribute optional when
    /// decoding fills the field from it.
    pub(crate) fn is_option(&self) -> bool {
        let mut ty = self.ty;
        while let Type::Group(group) = ty {
            ty = &group.elem;
        }
        match ty {
            Type::Path(path) if path.qself.is_none() => path
                .path
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "Option"),
            _ => false,
        }
    }
}

impl Variant<'_> {
    pub(crate) fn span(&self) -> proc_macro2::Span {
        self.original.span()
    }
}
