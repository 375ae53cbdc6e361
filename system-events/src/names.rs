//! `SystemEventNames` and the catalog table (generated).

include!(concat!(env!("OUT_DIR"), "/names.rs"));
