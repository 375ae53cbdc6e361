//! Generates the typed system events from `schemas/` with `system-events-codegen`.

use std::path::PathBuf;

fn main() {
    // A directory: Cargo reruns when any file in it changes (added, removed or edited).
    println!("cargo:rerun-if-changed=schemas");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-check-cfg=cfg(docsrs)");
    let manifest =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    if let Err(error) = system_events_codegen::generate(&manifest.join("schemas"), &out) {
        eprintln!("error: {error}");
        std::process::exit(1);
    }
}
