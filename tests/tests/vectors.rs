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
    let failures: Vec<String> = vectors
        .iter()
        .filter_map(|v| eventgrid_tests::run(v).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} vector(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
