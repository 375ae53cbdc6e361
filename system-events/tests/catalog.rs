//! The catalog is complete and consistent with `schemas/` and `Cargo.toml`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use eventgrid_system_events::{SystemEventNames, catalog};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn schema_events() -> BTreeSet<String> {
    let schemas = eventgrid_codegen::load::load_dir(&crate_dir().join("schemas")).unwrap();
    schemas
        .iter()
        .flat_map(|s| s.events.iter().map(|e| e.event_type.clone()))
        .collect()
}

#[test]
fn features_list_exactly_the_namespaces() {
    let manifest = std::fs::read_to_string(crate_dir().join("Cargo.toml")).unwrap();
    let section = manifest
        .split("[features]")
        .nth(1)
        .unwrap()
        .split("\n[")
        .next()
        .unwrap();
    let features: BTreeSet<String> = section
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("default") && l.contains(" = "))
        .map(|l| l.split(" = ").next().unwrap().trim().to_owned())
        .collect();
    let mut modules = BTreeSet::new();
    for entry in std::fs::read_dir(crate_dir().join("schemas")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            modules.insert(path.file_stem().unwrap().to_str().unwrap().to_owned());
        }
    }
    assert_eq!(
        features, modules,
        "[features] must list exactly the schema files"
    );
    let default = section.lines().find(|l| l.starts_with("default")).unwrap();
    for module in &modules {
        assert!(
            default.contains(&format!("\"{module}\"")),
            "default lacks {module}"
        );
    }
}

#[test]
fn names_cover_the_committed_list() {
    let listed: BTreeSet<String> =
        std::fs::read_to_string(crate_dir().join("schemas/event-types.txt"))
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect();
    let all: BTreeSet<String> = SystemEventNames::ALL
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(all.len(), SystemEventNames::ALL.len(), "duplicates in ALL");
    assert_eq!(all, listed);
    assert_eq!(all, schema_events());
    assert!(all.len() >= 236);
}

#[test]
fn catalog_is_sorted_and_case_insensitive() {
    let infos = catalog::all();
    assert_eq!(infos.len(), SystemEventNames::ALL.len());
    for pair in infos.windows(2) {
        assert!(pair[0].name().to_ascii_lowercase() < pair[1].name().to_ascii_lowercase());
    }
    for name in SystemEventNames::ALL {
        assert_eq!(catalog::lookup(name).unwrap().name(), *name);
        assert_eq!(
            catalog::lookup(&name.to_ascii_uppercase()).unwrap().name(),
            *name
        );
    }
    assert!(catalog::lookup("Microsoft.Storage.Nope").is_none());
    let blob = catalog::lookup("microsoft.storage.blobcreated").unwrap();
    assert_eq!(
        (blob.namespace(), blob.feature(), blob.has_schema()),
        ("Microsoft.Storage", "storage", true)
    );
    let media = catalog::lookup(SystemEventNames::MEDIA_JOB_FINISHED).unwrap();
    assert!(media.is_retired() && media.has_schema());
    #[allow(deprecated)]
    let alias = catalog::lookup(SystemEventNames::HEALTHCARE_APIS_FHIR_DELETED_CREATED).unwrap();
    assert!(alias.is_deprecated() && !alias.has_schema());
}

/// The folder named by `EVENTGRID_UPSTREAM_DIR`, `None` (with a note) when it is unset.
///
/// # Panics
/// If the variable is set but the folder does not exist.
pub fn upstream_dir() -> Option<PathBuf> {
    let Some(dir) = std::env::var_os("EVENTGRID_UPSTREAM_DIR") else {
        eprintln!(
            "note: EVENTGRID_UPSTREAM_DIR is unset; skipping the check against upstream data"
        );
        return None;
    };
    let dir = PathBuf::from(dir);
    assert!(
        dir.is_dir(),
        "EVENTGRID_UPSTREAM_DIR={} is not a folder",
        dir.display()
    );
    Some(dir)
}

fn read_names(dir: &Path) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                if !line.trim().is_empty() {
                    names.insert(line.trim().to_owned());
                }
            }
        }
    }
    names
}

#[test]
fn names_equal_the_upstream_union() {
    let Some(dir) = upstream_dir() else { return };
    let upstream = read_names(&dir.join("sdk-event-names"));
    assert!(upstream.len() >= 206);
    // Media types, from the legacy document's descriptions.
    let media_doc = dir.join("legacy-media/specification/eventgrid/data-plane/Microsoft.Media/stable/2018-01-01/MediaServices.json");
    let media: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(media_doc).unwrap()).unwrap();
    let media: BTreeSet<String> = media["definitions"]
        .as_object()
        .unwrap()
        .values()
        .filter_map(|d| eventgrid_codegen::import::event_type_in(d["description"].as_str()?))
        .map(str::to_owned)
        .collect();
    assert_eq!(media.len(), 25);
    let expected: BTreeSet<String> = upstream.union(&media).cloned().collect();
    let all: BTreeSet<String> = SystemEventNames::ALL
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(all, expected);
}

#[test]
fn committed_schemas_match_a_fresh_import() {
    let Some(dir) = upstream_dir() else { return };
    let upstream = eventgrid_codegen::import::Upstream::read(&[dir]).unwrap();
    let files = eventgrid_codegen::import::import(&upstream).unwrap();
    let again = eventgrid_codegen::import::import(&upstream).unwrap();
    assert_eq!(files, again, "the importer is not deterministic");
    let schemas = crate_dir().join("schemas");
    for (name, text) in &files {
        let committed = std::fs::read_to_string(schemas.join(name)).unwrap_or_default();
        assert!(
            committed == *text,
            "schemas/{name} differs from a fresh import; run the import command in README.md"
        );
    }
    let committed: BTreeSet<String> = std::fs::read_dir(&schemas)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| {
            Path::new(n)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        })
        .collect();
    let fresh: BTreeSet<String> = files
        .keys()
        .filter(|n| {
            Path::new(n)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        })
        .cloned()
        .collect();
    assert_eq!(committed, fresh);
}
