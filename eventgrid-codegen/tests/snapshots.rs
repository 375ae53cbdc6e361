//! Generator snapshots: each fixture's output is compared with its `expected/` files
//! (`EXPECTORATE=overwrite cargo test -p eventgrid-codegen` accepts new output; read the
//! diff), and the expected namespace files are compiled below, against the runtime of
//! `eventgrid-system-events`, so a snapshot that does not compile fails the build.

use std::path::Path;

#[test]
fn fixtures_match_their_snapshots() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut cases: Vec<_> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    let generator = eventgrid_codegen::Generator::new();
    for case in cases {
        let files = generator.generate_files(&case.join("input")).unwrap();
        let again = generator.generate_files(&case.join("input")).unwrap();
        assert_eq!(files, again, "output is not deterministic");
        for (name, text) in &files {
            expectorate::assert_contents(case.join("expected").join(name), text);
        }
    }
}

// Through the runtime the generated code calls by default, as a user's crate would.
#[allow(
    dead_code,
    unreachable_pub,
    missing_docs,
    clippy::too_many_lines,
    clippy::similar_names
)]
mod sample {
    use eventgrid_system_events::__private as rt;
    include!("fixtures/basic/expected/sample.rs");
}

#[test]
fn compiled_snapshot_decodes() {
    let json = r#"{"id":"1","type":"t","self":null,"count":"7","enabled":1,"kind":"whatsapp",
        "error":{"code":"a","inner":{"code":"b"}},"labels":{"k":"v"},"untyped":[1],"free":{"a":[1]}}"#;
    let child: sample::Renamed = serde_json::from_str(json).unwrap();
    assert_eq!(child.count, Some(7));
    assert_eq!(child.enabled, Some(true));
    assert_eq!(
        child.free.and_then(|free| free.get("a").unwrap()),
        Some(serde_json::json!([1]))
    );
    assert_eq!(child.kind, Some(sample::Kind::Whatsapp));
    assert_eq!(child.r#type.as_deref(), Some("t"));
    assert_eq!(
        child.error.unwrap().inner.unwrap().code.as_deref(),
        Some("b")
    );
    let other: sample::Kind = serde_json::from_str(r#""Other""#).unwrap();
    assert_eq!(other, sample::Kind::Other);
    let unknown: sample::Kind = serde_json::from_str(r#""sms""#).unwrap();
    assert_eq!(unknown, sample::Kind::Other2("sms".into()));
}
