//! The code the build script generated from `schemas/`, compared with the reviewed copies in
//! `snapshots/` (`EXPECTORATE=overwrite cargo test -p eventgrid-codegen-example` accepts new
//! output; read the diff).

use std::path::Path;

#[test]
fn generated_code_matches_the_snapshots() {
    let generated = Path::new(eventgrid_codegen_example::GENERATED_DIR);
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots");
    let mut names: Vec<_> = std::fs::read_dir(generated)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "names.rs",
            "namespaces.rs",
            "orders.rs",
            "system_event.rs",
            "type_hash.rs"
        ]
    );
    for name in names {
        let text = std::fs::read_to_string(generated.join(&name)).unwrap();
        expectorate::assert_contents(snapshots.join(&name), &text);
    }
}

#[test]
fn the_payload_type_reads_like_hand_written_code() {
    let orders = std::fs::read_to_string(
        Path::new(eventgrid_codegen_example::GENERATED_DIR).join("orders.rs"),
    )
    .unwrap();
    for expected in [
        "pub struct OrderPlacedData {",
        "pub order_id: Option<String>,",
        "pub placed_at: Option<rt::Timestamp>",
        "pub enum Channel {",
        "Other(String)",
    ] {
        assert!(orders.contains(expected), "{expected:?} not in\n{orders}");
    }
}
