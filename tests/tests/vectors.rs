//! The project's own HTTP vectors (`tests/data/vectors.json`): every rule the conformance
//! vectors check, plus the ones they don't, in every mode.

#[test]
fn own_vectors() {
    let vectors = eventgrid_tests::own_vectors();
    assert!(
        vectors.len() >= 40,
        "expected the full vector set, found {}",
        vectors.len()
    );
    if let Err(failures) = eventgrid_tests::run_all(&vectors) {
        panic!("{failures}");
    }
}
