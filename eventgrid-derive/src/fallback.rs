//! What the derive emits when the input has mistakes: the errors, plus stub impls so that
//! code using the type does not add a second wave of "trait not implemented" errors.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::expand::{private_import, with_de_lifetime};

pub(crate) fn expand(
    input: &DeriveInput,
    krate: Option<&syn::Path>,
    error: &syn::Error,
) -> TokenStream {
    let errors = error.to_compile_error();
    let ident = &input.ident;
    let import = private_import(krate);
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let de_generics = with_de_lifetime(&input.generics);
    let (de_impl_generics, _, _) = de_generics.split_for_impl();
    let event_type = (!matches!(input.data, syn::Data::Enum(_))).then(|| {
        quote! {
            impl #impl_generics __egt::EventType for #ident #ty_generics #where_clause {
                const EVENT_TYPE: &'static __egt::str = "";
            }
        }
    });
    quote! {
        #errors

        #[doc(hidden)]
        const _: () = {
            #import

            #event_type

            impl #impl_generics __egt::TypedEvent for #ident #ty_generics #where_clause {
                fn event_type(&self) -> &__egt::str {
                    ::core::unreachable!()
                }

                fn source(&self) -> __egt::Cow<'_, __egt::str> {
                    ::core::unreachable!()
                }

                fn serialize_data<__S: __egt::serde::Serializer>(
                    &self,
                    _: __S,
                ) -> __egt::Result<__S::Ok, __S::Error> {
                    ::core::unreachable!()
                }
            }

            impl #de_impl_generics __egt::FromEvent<'__de> for #ident #ty_generics #where_clause {
                fn accepts_type(_: &__egt::str) -> __egt::bool {
                    ::core::unreachable!()
                }

                fn from_event(
                    _: __egt::EventView<'__de>,
                ) -> __egt::Result<Self, __egt::DecodeError> {
                    ::core::unreachable!()
                }
            }
        };
    }
}
