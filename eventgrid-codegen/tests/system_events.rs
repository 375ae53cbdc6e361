//! The committed `system-events/src/generated/` is what the committed schemas generate: a
//! change to the schemas or the generator without regenerating fails here (and in CI, which
//! runs `cargo run -p eventgrid-codegen -- system-events --check`).

use std::path::Path;

#[test]
fn committed_system_events_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let stale = eventgrid_codegen::Generator::system_events()
        .check(
            &root.join("system-events/schemas"),
            &root.join("system-events/src/generated"),
        )
        .unwrap();
    assert!(
        stale.is_empty(),
        "stale generated files {stale:?}: run `{}` and commit the result",
        eventgrid_codegen::SYSTEM_EVENTS_COMMAND
    );
}
