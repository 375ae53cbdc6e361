//! The CloudEvents conformance vectors kept outside the repository. They run when
//! `EVENTGRID_CONFORMANCE_DIR` names the folder that holds `cloudevents/` (CI sets it); a
//! fresh clone's `cargo test` skips them, and the project's own vectors cover the same rules.

use std::path::PathBuf;

#[test]
fn conformance_vectors() {
    let Some(dir) = std::env::var_os("EVENTGRID_CONFORMANCE_DIR") else {
        eprintln!(
            "EVENTGRID_CONFORMANCE_DIR is not set: skipping the CloudEvents conformance vectors"
        );
        return;
    };
    let dir = PathBuf::from(dir).join("cloudevents");
    assert!(
        dir.is_dir(),
        "EVENTGRID_CONFORMANCE_DIR is set but {} is not a folder",
        dir.display()
    );
    let vectors = eventgrid_tests::load_dir(&dir);
    assert!(
        vectors.len() >= 40,
        "expected the whole suite in {}, found {} vectors",
        dir.display(),
        vectors.len()
    );
    if let Err(failures) = eventgrid_tests::run_all(&vectors) {
        panic!("{failures}");
    }
    eprintln!("{} conformance vectors passed", vectors.len());
}
