//! Schemas the generator must refuse, with an error that names the file and the JSON pointer.

use std::path::Path;

fn errors_for(case: &str) -> eventgrid_codegen::Errors {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/invalid")
        .join(case);
    eventgrid_codegen::Generator::new()
        .generate_files(&dir)
        .expect_err("the schema is invalid")
}

/// The one error of a folder with one problem.
fn error_for(case: &str) -> eventgrid_codegen::Error {
    let errors = errors_for(case);
    assert_eq!(errors.len(), 1, "{errors}");
    errors.into_iter().next().expect("one error")
}

#[test]
fn an_unknown_unit_names_its_path_and_the_known_units() {
    let error = error_for("unknown-unit");
    assert!(error.file().ends_with("unknown-unit/sample.json"));
    assert_eq!(error.pointer(), "/$defs/Data/properties/size/x-unit/unit");
    let message = error.to_string();
    assert!(message.contains("unknown unit `furlongs`"), "{message}");
    assert!(message.contains("epoch-seconds"), "{message}");
}

#[test]
fn a_unit_without_its_origin_is_refused() {
    let error = error_for("unit-without-origin");
    assert_eq!(error.pointer(), "/$defs/Data/properties/size/x-unit");
    assert!(error.to_string().contains("origin"), "{error}");
}

#[test]
fn every_problem_of_every_file_is_reported_in_one_run() {
    let errors = errors_for("many-problems");
    let found: Vec<(String, &str)> = errors
        .iter()
        .map(|e| {
            let file = e.file().file_name().unwrap().to_string_lossy().into_owned();
            (file, e.pointer())
        })
        .collect();
    assert_eq!(
        found,
        [
            // First what stops a file from loading. Not JSON at all: nothing more to say.
            ("broken.json".to_owned(), ""),
            // No namespace, and a `$ref` of the wrong form.
            ("returns.json".to_owned(), "/x-namespace"),
            ("returns.json".to_owned(), "/x-events/Returns.Received"),
            // Then, in the files that loaded, each dangling event and each bad definition.
            ("orders.json".to_owned(), "/x-events/Orders.Cancelled"),
            (
                "orders.json".to_owned(),
                "/$defs/Placed/properties/size/x-unit"
            ),
            (
                "orders.json".to_owned(),
                "/$defs/Shipped/properties/carrier"
            ),
            ("orders.json".to_owned(), "/$defs/Status"),
        ],
        "{errors}"
    );
    let message = errors.to_string();
    assert!(
        message.starts_with("7 problems in the schemas:\n  "),
        "{message}"
    );
    assert_eq!(message.lines().count(), 8, "{message}");
}
