//! UI tests of `#[derive(CloudEvent)]`: one file per mistake under `tests/ui/<kind>/`, each
//! with its reviewed `.stderr`. Accept new compiler output with `TRYBUILD=overwrite`, then read
//! the diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*/*.rs");
}
