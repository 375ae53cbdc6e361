//! Schemas the generator must refuse, with an error that names the file and the JSON pointer.

use std::path::Path;

fn error_for(case: &str) -> eventgrid_codegen::Error {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/invalid")
        .join(case);
    eventgrid_codegen::Generator::new()
        .generate_files(&dir)
        .expect_err("the schema is invalid")
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
