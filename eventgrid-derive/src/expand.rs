//! Emission: the trait impls for a checked model.
//!
//! Everything is wrapped in `const _: () = { ... };` and reaches the runtime only through
//! `<crate>::__private` (imported as `__egt`), so the user's names cannot interfere.
//! Expressions over a user's field are spanned at the field's type and name the type in a
//! qualified path (`<Type as __egt::StrField>::...`), so a type that cannot hold its
//! attribute gets rustc's trait error on that type.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, Generics, Lifetime, LifetimeParam, Type};

use crate::ast::{Container, Data, Field, Variant};
use crate::attr::{Role, Segment, Template};
use crate::ctxt::Ctxt;
use crate::{check, fallback};

/// The derive: parse, check, then emit, or emit the errors and a stub.
pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::new();
    let cont = Container::from_ast(&cx, input);
    if let Some(cont) = &cont {
        check::check(&cx, cont);
    }
    let krate = cont.as_ref().and_then(|c| c.attrs.krate.clone());
    match (cx.check(), cont) {
        (Ok(()), Some(cont)) => match &cont.data {
            Data::Struct(fields) => expand_struct(&cont, fields),
            Data::Enum(variants) => expand_enum(&cont, variants),
        },
        (Err(error), _) => fallback::expand(input, krate.as_ref(), &error),
        (Ok(()), None) => {
            let error = syn::Error::new(Span::call_site(), "cannot derive CloudEvent here");
            fallback::expand(input, krate.as_ref(), &error)
        }
    }
}

/// `use <crate>::__private as __egt;`
pub(crate) fn private_import(krate: Option<&syn::Path>) -> TokenStream {
    krate.map_or_else(
        || {
            quote!(
                use ::eventgrid_types::__private as __egt;
            )
        },
        |path| quote!(use #path::__private as __egt;),
    )
}

/// The where clause of the user's item with `extra` predicates appended.
fn where_clause(generics: &Generics, extra: &[TokenStream]) -> TokenStream {
    let existing = generics
        .where_clause
        .iter()
        .flat_map(|clause| clause.predicates.iter());
    quote!(where #(#existing,)* #(#extra,)*)
}

/// The user's generics with a leading `'__de` lifetime, for `FromEvent<'__de>`.
pub(crate) fn with_de_lifetime(generics: &Generics) -> Generics {
    let mut generics = generics.clone();
    let de = LifetimeParam::new(Lifetime::new("'__de", Span::call_site()));
    generics.params.insert(0, syn::GenericParam::Lifetime(de));
    generics
}

// ---------------------------------------------------------------------------------------
// Structs

fn expand_struct(cont: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    let ident = cont.ident;
    let import = private_import(cont.attrs.krate.as_ref());
    let (impl_generics, ty_generics, _) = cont.generics.split_for_impl();
    let plain_where = where_clause(cont.generics, &[]);
    // The HRTB keeps the bound from being "trivially false" for a type that derives only
    // `Deserialize`: the impl is then simply absent, as `FromEvent`'s is without
    // `Deserialize`.
    let ser_where = where_clause(
        cont.generics,
        &[quote!(for<'__ser> Self: __egt::serde::Serialize)],
    );
    let de_generics = with_de_lifetime(cont.generics);
    let (de_impl_generics, _, _) = de_generics.split_for_impl();
    let de_where = where_clause(
        cont.generics,
        &[quote!(Self: __egt::serde::Deserialize<'__de>)],
    );
    let event_type = cont
        .attrs
        .ty
        .as_ref()
        .map(syn::LitStr::value)
        .unwrap_or_default();
    let attribute_methods = struct_attribute_methods(cont, fields);
    let static_attributes = struct_static_attributes(cont, fields, &event_type);
    let complete = struct_complete(fields);
    // Opt-in: ignored members are found by deserializing through a recording wrapper,
    // which only `Reported<T>` and `StrictData<T>` ask for.
    let reported = cont.attrs.report_unknown.then(|| {
        quote! {
            fn from_event_reported(
                __event: __egt::EventView<'__de>,
                __tolerated: &mut __egt::Vec<__egt::Tolerated>,
            ) -> __egt::Result<Self, __egt::DecodeError> {
                if __event.event_type != #event_type {
                    return __egt::Err(__egt::type_mismatch::<Self>(__event.event_type));
                }
                let __value: Self = __egt::deserialize_data_reported(&__event, __tolerated)?;
                __egt::FromEvent::complete(__value, __event)
            }
        }
    });

    quote! {
        #[doc(hidden)]
        const _: () = {
            #import

            #[automatically_derived]
            impl #impl_generics __egt::EventType for #ident #ty_generics #plain_where {
                const EVENT_TYPE: &'static __egt::str = #event_type;
            }

            #[automatically_derived]
            impl #impl_generics __egt::TypedEvent for #ident #ty_generics #ser_where {
                // `type`, `datacontenttype`, `dataschema`, extension names and a literal `source`
                // were checked above.
                const STATIC_ATTRIBUTES_CHECKED: __egt::bool = true;
                const STATIC: __egt::StaticAttributes = #static_attributes;

                fn event_type(&self) -> &__egt::str {
                    #event_type
                }

                #attribute_methods

                fn serialize_data<__S: __egt::serde::Serializer>(
                    &self,
                    __serializer: __S,
                ) -> __egt::Result<__S::Ok, __S::Error> {
                    __egt::serde::Serialize::serialize(self, __serializer)
                }
            }

            #[automatically_derived]
            impl #de_impl_generics __egt::FromEvent<'__de> for #ident #ty_generics #de_where {
                fn accepts_type(__event_type: &__egt::str) -> __egt::bool {
                    __event_type == #event_type
                }

                fn expected_types() -> &'static [&'static __egt::str] {
                    &[#event_type]
                }

                fn from_event(
                    __event: __egt::EventView<'__de>,
                ) -> __egt::Result<Self, __egt::DecodeError> {
                    if __event.event_type != #event_type {
                        return __egt::Err(__egt::type_mismatch::<Self>(__event.event_type));
                    }
                    let __value: Self = __event.deserialize_data()?;
                    __egt::FromEvent::complete(__value, __event)
                }

                #reported

                fn has_data_fast_path(__event_type: &__egt::str) -> __egt::bool {
                    __event_type == #event_type
                }

                fn deserialize_data<__D: __egt::serde::Deserializer<'__de>>(
                    _: &__egt::str,
                    __data: __D,
                ) -> __egt::Result<Self, __D::Error> {
                    <Self as __egt::serde::Deserialize<'__de>>::deserialize(__data)
                }

                #complete
            }
        };
    }
}

/// The field mapped to an attribute, if any.
fn role_field<'f, 'a>(fields: &'f [Field<'a>], wanted: fn(&Role) -> bool) -> Option<&'f Field<'a>> {
    fields
        .iter()
        .find(|f| f.attrs.role.as_ref().is_some_and(|(role, _)| wanted(role)))
}

/// `TypedEvent` methods for the context attributes other than `type`.
fn struct_attribute_methods(cont: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    let attrs = &cont.attrs;
    let id = role_field(fields, |r| matches!(r, Role::Id)).map(|field| {
        let value = str_field(field);
        quote! {
            fn id(&self) -> __egt::Option<__egt::Cow<'_, __egt::str>> {
                __egt::Option::map(#value, __egt::Cow::Borrowed)
            }
        }
    });
    let subject_field = role_field(fields, |r| matches!(r, Role::Subject)).map(|field| {
        let value = str_field(field);
        quote!(__egt::Option::map(#value, __egt::Cow::Borrowed))
    });
    let subject_template = attrs.subject.as_ref().map(|template| {
        let value = template_value(template, fields, false);
        quote!(__egt::Some(#value))
    });
    let subject = subject_field.or(subject_template).map(|value| {
        quote! {
            fn subject(&self) -> __egt::Option<__egt::Cow<'_, __egt::str>> {
                #value
            }
        }
    });
    let time = role_field(fields, |r| matches!(r, Role::Time)).map(|field| {
        let member = field.member_at_type();
        let ty = field.ty;
        let value = quote_spanned!(ty.span()=> <#ty as __egt::TimeField>::attr_time(&self.#member));
        quote! {
            fn time(&self) -> __egt::Option<__egt::Cow<'_, __egt::Timestamp>> {
                __egt::Option::map(#value, __egt::Cow::Borrowed)
            }
        }
    });
    let source = struct_source(cont, fields);
    let datacontenttype = attrs.datacontenttype_or_json();
    let dataschema = attrs.dataschema.as_ref().map(|lit| {
        let value = lit.value();
        quote! {
            fn dataschema(&self) -> __egt::Option<&__egt::str> {
                __egt::Some(#value)
            }
        }
    });
    let dataversion = attrs.dataversion.as_ref().map(|lit| {
        let value = lit.value();
        quote! {
            fn dataversion(&self) -> __egt::Option<&__egt::str> {
                __egt::Some(#value)
            }
        }
    });
    let visit_extensions = struct_extensions(fields);
    quote! {
        #id

        fn source(&self) -> __egt::Cow<'_, __egt::str> {
            #source
        }

        #subject
        #time

        fn datacontenttype(&self) -> __egt::Option<&__egt::str> {
            __egt::Some(#datacontenttype)
        }

        #dataschema
        #dataversion
        #visit_extensions
    }
}

/// `TypedEvent::STATIC`: the type and media type always, the source when it is a plain
/// literal that no field overrides.
fn struct_static_attributes(
    cont: &Container<'_>,
    fields: &[Field<'_>],
    event_type: &str,
) -> TokenStream {
    let datacontenttype = cont.attrs.datacontenttype_or_json();
    let source = cont
        .attrs
        .source
        .as_ref()
        .filter(|source| !source.is_template())
        .filter(|_| role_field(fields, |r| matches!(r, Role::Source)).is_none())
        .map(|source| {
            let value = source.lit.value();
            quote!(.source(#value))
        });
    quote! {
        __egt::StaticAttributes::NONE
            .event_type(#event_type)
            #source
            .datacontenttype(#datacontenttype)
    }
}

/// The body of `source()`: the source field's value, else the container's literal or
/// template.
fn struct_source(cont: &Container<'_>, fields: &[Field<'_>]) -> TokenStream {
    let container = cont
        .attrs
        .source
        .as_ref()
        .map(|source| template_value(source, fields, true));
    let container = container.unwrap_or_else(|| quote!(__egt::Cow::Borrowed("")));
    match role_field(fields, |r| matches!(r, Role::Source)) {
        Some(field) => {
            let value = str_field(field);
            quote! {
                match #value {
                    __egt::Some(__source) if !__source.is_empty() => __egt::Cow::Borrowed(__source),
                    _ => #container,
                }
            }
        }
        None => container,
    }
}

/// A `Cow<str>` of a container template: the literal itself, or the text with each
/// placeholder replaced by its field's `Display` (percent-encoded as a path segment when
/// `segment_encoded`, for `source`).
fn template_value(template: &Template, fields: &[Field<'_>], segment_encoded: bool) -> TokenStream {
    if !template.is_template() {
        let value = template.lit.value();
        return quote!(__egt::Cow::Borrowed(#value));
    }
    let mut format = String::new();
    let mut args = Vec::new();
    for segment in &template.segments {
        match segment {
            Segment::Literal(text) => {
                format.push_str(&text.replace('{', "{{").replace('}', "}}"));
            }
            Segment::Field(name) => {
                format.push_str("{}");
                let field = fields
                    .iter()
                    .find(|f| f.name() == *name)
                    .expect("placeholders are checked in check.rs");
                let member = field.member_at_type();
                args.push(if segment_encoded {
                    quote_spanned!(field.ty.span()=> __egt::SourceSegment(&self.#member))
                } else {
                    quote_spanned!(field.ty.span()=> &self.#member)
                });
            }
        }
    }
    quote!(__egt::Cow::Owned(__egt::format!(#format, #(#args),*)))
}

/// `visit_extensions`, when any field maps to an extension.
fn struct_extensions(fields: &[Field<'_>]) -> Option<TokenStream> {
    let visits: Vec<TokenStream> = fields
        .iter()
        .filter_map(|field| match &field.attrs.role {
            Some((Role::Extension(name), _)) => {
                let member = field.member_at_type();
                let name = name.value();
                let ty = field.ty;
                let value = quote_spanned! {ty.span()=>
                    <#ty as __egt::ExtensionField>::extension_value(&self.#member)
                };
                Some(quote! {
                    if let __egt::Some(__value) = #value {
                        __visit(#name, __value);
                    }
                })
            }
            _ => None,
        })
        .collect();
    (!visits.is_empty()).then(|| {
        quote! {
            fn visit_extensions(
                &self,
                __visit: &mut dyn __egt::FnMut(&__egt::str, __egt::ExtensionRef<'_>),
            ) {
                #(#visits)*
            }
        }
    })
}

/// `<Type as StrField>::attr_str(&self.field)`.
fn str_field(field: &Field<'_>) -> TokenStream {
    let member = field.member_at_type();
    let ty = field.ty;
    quote_spanned!(ty.span()=> <#ty as __egt::StrField>::attr_str(&self.#member))
}

/// `FromEvent::complete`, when fields left out of the data (`#[serde(skip)]`) are filled
/// from their attributes once the data is read.
fn struct_complete(fields: &[Field<'_>]) -> Option<TokenStream> {
    let fills: Vec<TokenStream> = fields
        .iter()
        .filter(|field| field.attrs.skip_deserializing)
        .filter_map(|field| field.attrs.role.as_ref().map(|(role, _)| fill(field, role)))
        .collect();
    (!fills.is_empty()).then(|| {
        quote! {
            fn complete(
                self,
                __event: __egt::EventView<'__de>,
            ) -> __egt::Result<Self, __egt::DecodeError> {
                let mut __value = self;
                #(#fills)*
                __egt::Ok(__value)
            }
        }
    })
}

/// Assigns one field from its attribute.
fn fill(field: &Field<'_>, role: &Role) -> TokenStream {
    let member = &field.member;
    let attribute = role.attribute();
    let absent = if field.is_option() {
        quote!(__egt::None)
    } else {
        quote!(return __egt::Err(__egt::missing(#attribute)))
    };
    let ty = field.ty;
    let span = ty.span();
    let value = match role {
        Role::Id => quote_spanned!(span=> <#ty as __egt::FromStrField>::from_attr_str(__event.id)),
        Role::Source => {
            quote_spanned!(span=> <#ty as __egt::FromStrField>::from_attr_str(__event.source))
        }
        Role::Subject => quote_spanned! {span=>
            match __event.subject {
                __egt::Some(__subject) => <#ty as __egt::FromStrField>::from_attr_str(__subject),
                __egt::None => #absent,
            }
        },
        Role::Time => quote_spanned! {span=>
            match __event.time {
                __egt::Some(__time) => <#ty as __egt::FromTimeField>::from_attr_time(__time),
                __egt::None => #absent,
            }
        },
        Role::Extension(_) => quote_spanned! {span=>
            match __egt::extension::<#ty>(&__event, #attribute)? {
                __egt::Some(__extension) => __extension,
                __egt::None => #absent,
            }
        },
    };
    quote!(__value.#member = #value;)
}

// ---------------------------------------------------------------------------------------
// Enums

/// A checked enum: every variant wraps one type.
struct Union<'v> {
    /// Every variant, catch-all included.
    all: Vec<(&'v syn::Ident, &'v Type)>,
    /// The variants wrapping derived structs, in order.
    typed: Vec<(&'v syn::Ident, &'v Type)>,
    /// The `#[cloudevent(other)]` variant.
    other: Option<(&'v syn::Ident, &'v Type)>,
}

/// A variant and the type it wraps, if it has the right shape.
fn pair<'v>(variant: &Variant<'v>) -> Option<(&'v syn::Ident, &'v Type)> {
    variant.ty.map(|ty| (variant.ident, ty))
}

fn expand_enum(cont: &Container<'_>, variants: &[Variant<'_>]) -> TokenStream {
    let union = Union {
        all: variants.iter().filter_map(pair).collect(),
        typed: variants
            .iter()
            .filter(|v| v.attrs.other.is_none())
            .filter_map(pair)
            .collect(),
        other: variants
            .iter()
            .find(|v| v.attrs.other.is_some())
            .and_then(pair),
    };
    let import = private_import(cont.attrs.krate.as_ref());
    // Without generics the wrapped types are known here: their `type`s are one constant,
    // and duplicates are a compile error.
    let type_checks = cont
        .generics
        .params
        .is_empty()
        .then(|| enum_type_checks(cont, &union));
    let typed_event = enum_typed_event(cont, &union);
    let from_event = enum_from_event(cont, &union, type_checks.is_some());
    quote! {
        #[doc(hidden)]
        const _: () = {
            #import
            #type_checks
            #typed_event
            #from_event
        };
    }
}

/// `<Type as DerivedEvent>::EVENT_TYPE` for each typed variant, spanned at the type, which
/// is where a type that does not derive `CloudEvent` is reported.
fn event_type_consts(union: &Union<'_>) -> Vec<TokenStream> {
    union
        .typed
        .iter()
        .map(|(_, ty)| quote_spanned!(ty.span()=> <#ty as __egt::DerivedEvent>::EVENT_TYPE))
        .collect()
}

/// `const __TYPES` and one constant assertion per pair of variants, failing on the later one.
fn enum_type_checks(cont: &Container<'_>, union: &Union<'_>) -> TokenStream {
    let consts = event_type_consts(union);
    let len = consts.len();
    let mut checks = Vec::new();
    for (j, (later, later_ty)) in union.typed.iter().enumerate() {
        for (i, (earlier, _)) in union.typed.iter().enumerate().take(j) {
            let message = format!(
                "variants `{earlier}` and `{later}` of `{}` wrap event types with the same `type`; each variant needs its own",
                cont.ident
            );
            let panic = quote_spanned!(later_ty.span()=> ::core::panic!(#message));
            checks.push(quote! {
                const _: () = if __egt::str_eq(__TYPES[#i], __TYPES[#j]) { #panic };
            });
        }
    }
    quote! {
        const __TYPES: [&__egt::str; #len] = [#(#consts),*];
        #(#checks)*
    }
}

/// `TypedEvent`: every method delegates to the wrapped event.
fn enum_typed_event(cont: &Container<'_>, union: &Union<'_>) -> TokenStream {
    let ident = cont.ident;
    let (impl_generics, ty_generics, _) = cont.generics.split_for_impl();
    let bounds: Vec<TokenStream> = union
        .all
        .iter()
        .map(|(_, ty)| quote!(for<'__ser> #ty: __egt::TypedEvent))
        .collect();
    let ser_where = where_clause(cont.generics, &bounds);
    let delegate = |call: TokenStream| {
        let arms = union
            .all
            .iter()
            .map(|(variant, _)| quote!(Self::#variant(__event) => __egt::TypedEvent::#call));
        quote!(match self { #(#arms,)* })
    };
    let event_type = delegate(quote!(event_type(__event)));
    let id = delegate(quote!(id(__event)));
    let source = delegate(quote!(source(__event)));
    let subject = delegate(quote!(subject(__event)));
    let time = delegate(quote!(time(__event)));
    let datacontenttype = delegate(quote!(datacontenttype(__event)));
    let dataschema = delegate(quote!(dataschema(__event)));
    let dataversion = delegate(quote!(dataversion(__event)));
    let visit_extensions = delegate(quote!(visit_extensions(__event, __visit)));
    let data_kind = delegate(quote!(data_kind(__event)));
    let serialize_data = delegate(quote!(serialize_data(__event, __serializer)));
    quote! {
        #[automatically_derived]
        impl #impl_generics __egt::TypedEvent for #ident #ty_generics #ser_where {
            fn event_type(&self) -> &__egt::str {
                #event_type
            }

            fn id(&self) -> __egt::Option<__egt::Cow<'_, __egt::str>> {
                #id
            }

            fn source(&self) -> __egt::Cow<'_, __egt::str> {
                #source
            }

            fn subject(&self) -> __egt::Option<__egt::Cow<'_, __egt::str>> {
                #subject
            }

            fn time(&self) -> __egt::Option<__egt::Cow<'_, __egt::Timestamp>> {
                #time
            }

            fn datacontenttype(&self) -> __egt::Option<&__egt::str> {
                #datacontenttype
            }

            fn dataschema(&self) -> __egt::Option<&__egt::str> {
                #dataschema
            }

            fn dataversion(&self) -> __egt::Option<&__egt::str> {
                #dataversion
            }

            fn visit_extensions(
                &self,
                __visit: &mut dyn __egt::FnMut(&__egt::str, __egt::ExtensionRef<'_>),
            ) {
                #visit_extensions
            }

            fn data_kind(&self) -> __egt::DataKind<'_> {
                #data_kind
            }

            fn serialize_data<__S: __egt::serde::Serializer>(
                &self,
                __serializer: __S,
            ) -> __egt::Result<__S::Ok, __S::Error> {
                #serialize_data
            }
        }
    }
}

/// The ends of `from_event`, `from_event_reported`, `has_data_fast_path` and
/// `deserialize_data`: the catch-all variant, or a type mismatch.
fn enum_otherwise(union: &Union<'_>) -> [TokenStream; 4] {
    match union.other {
        Some((variant, ty)) => {
            let t = quote!(<#ty as __egt::FromEvent<'__de>>);
            [
                quote!(__egt::Result::map(#t::from_event(__event), Self::#variant)),
                quote!(__egt::Result::map(#t::from_event_reported(__event, __tolerated), Self::#variant)),
                quote!(#t::has_data_fast_path(__event_type)),
                quote!(__egt::Result::map(#t::deserialize_data(__event_type, __data), Self::#variant)),
            ]
        }
        None => [
            quote!(__egt::Err(__egt::type_mismatch::<Self>(__event_type))),
            quote!(__egt::Err(__egt::type_mismatch::<Self>(__event_type))),
            quote!(false),
            quote! {
                __egt::Err(<__D::Error as __egt::serde::de::Error>::custom(
                    "no variant accepts this event type",
                ))
            },
        ],
    }
}

/// `FromEvent`: the first variant whose type accepts the event's `type` decodes it, then the
/// catch-all, else a type mismatch listing every expected type.
fn enum_from_event(cont: &Container<'_>, union: &Union<'_>, types_const: bool) -> TokenStream {
    let ident = cont.ident;
    let (_, ty_generics, _) = cont.generics.split_for_impl();
    let de_generics = with_de_lifetime(cont.generics);
    let (de_impl_generics, _, _) = de_generics.split_for_impl();
    let bounds: Vec<TokenStream> = union
        .all
        .iter()
        .map(|(_, ty)| quote!(#ty: __egt::FromEvent<'__de>))
        .collect();
    let de_where = where_clause(cont.generics, &bounds);
    let expected = if types_const {
        quote!(&__TYPES)
    } else {
        let consts = event_type_consts(union);
        quote!(const { &[#(#consts),*] })
    };
    let as_from_event = |ty: &Type| quote!(<#ty as __egt::FromEvent<'__de>>);

    let accepts = if union.other.is_some() {
        quote!(true)
    } else {
        let calls = union.typed.iter().map(|(_, ty)| {
            let t = as_from_event(ty);
            quote!(#t::accepts_type(__event_type))
        });
        quote!(#(#calls)||*)
    };
    // One `if` per typed variant, then what happens to any other type.
    let dispatch = |then: &dyn Fn(&syn::Ident, &TokenStream) -> TokenStream| -> Vec<TokenStream> {
        union
            .typed
            .iter()
            .map(|(variant, ty)| {
                let t = as_from_event(ty);
                let body = then(variant, &t);
                quote!(if #t::accepts_type(__event_type) { return #body; })
            })
            .collect()
    };
    let from_event =
        dispatch(&|variant, t| quote!(__egt::Result::map(#t::from_event(__event), Self::#variant)));
    // Reports pass through, so a variant with `report_unknown` reports inside the enum too.
    let from_event_reported = dispatch(
        &|variant, t| quote!(__egt::Result::map(#t::from_event_reported(__event, __tolerated), Self::#variant)),
    );
    let fast_paths = dispatch(&|_, t| quote!(#t::has_data_fast_path(__event_type)));
    let deserialize = dispatch(
        &|variant, t| quote!(__egt::Result::map(#t::deserialize_data(__event_type, __data), Self::#variant)),
    );
    let [or_from, or_reported, or_fast, or_deserialize] = enum_otherwise(union);
    let complete = union.all.iter().map(|(variant, ty)| {
        let t = as_from_event(ty);
        quote!(Self::#variant(__inner) => __egt::Result::map(#t::complete(__inner, __event), Self::#variant))
    });

    quote! {
        #[automatically_derived]
        impl #de_impl_generics __egt::FromEvent<'__de> for #ident #ty_generics #de_where {
            fn accepts_type(__event_type: &__egt::str) -> __egt::bool {
                #accepts
            }

            fn expected_types() -> &'static [&'static __egt::str] {
                #expected
            }

            fn from_event(
                __event: __egt::EventView<'__de>,
            ) -> __egt::Result<Self, __egt::DecodeError> {
                let __event_type = __event.event_type;
                #(#from_event)*
                #or_from
            }

            fn from_event_reported(
                __event: __egt::EventView<'__de>,
                __tolerated: &mut __egt::Vec<__egt::Tolerated>,
            ) -> __egt::Result<Self, __egt::DecodeError> {
                let __event_type = __event.event_type;
                #(#from_event_reported)*
                #or_reported
            }

            fn has_data_fast_path(__event_type: &__egt::str) -> __egt::bool {
                #(#fast_paths)*
                #or_fast
            }

            fn deserialize_data<__D: __egt::serde::Deserializer<'__de>>(
                __event_type: &__egt::str,
                __data: __D,
            ) -> __egt::Result<Self, __D::Error> {
                #(#deserialize)*
                #or_deserialize
            }

            fn complete(
                self,
                __event: __egt::EventView<'__de>,
            ) -> __egt::Result<Self, __egt::DecodeError> {
                match self {
                    #(#complete,)*
                }
            }
        }
    }
}
