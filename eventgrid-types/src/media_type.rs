//! Media types (RFC 2046) as CloudEvents uses them: which ones are JSON, which are text, and
//! whether a string is a media type at all.
//!
//! Type, subtype and parameter names are case-insensitive.

// One rule for the derive and the runtime: `eventgrid-spec`.
pub use eventgrid_spec::media_type::{check, is_json, is_textual};

use eventgrid_spec::media_type::essence;

/// Whether the media type's essence starts with `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ignore_case(media_type: &str, prefix: &str) -> bool {
    let essence = essence(media_type);
    essence.len() >= prefix.len()
        && essence.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}
