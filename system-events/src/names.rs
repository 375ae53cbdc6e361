//! `SystemEventNames` and the catalog table (generated).

include!("generated/names.rs");
