//! `#[derive(CloudEvent)]` with eventgrid-types under another name and
//! `#[cloudevent(crate = "egt")]`.
//!
//! Cargo refuses a second, renamed dependency on a package this crate already depends on, so
//! the rename is done with `extern crate ... as egt`, which puts `egt` in the extern prelude
//! exactly as `egt = { package = "eventgrid-types" }` in Cargo.toml would. That the path is
//! really followed (and `::eventgrid_types` not used) is shown by
//! `tests/ui/attr/crate-path-unresolved.rs`.

extern crate eventgrid_types as egt;

use egt::CloudEvent;
use serde::{Deserialize, Serialize};

#[derive(CloudEvent, Serialize, Deserialize, Debug, PartialEq)]
#[cloudevent(crate = "egt", type = "com.contoso.renamed", source = "/renamed")]
struct Renamed {
    #[cloudevent(subject)]
    name: String,
}

/// The path may also be written unquoted.
#[derive(CloudEvent, Debug, PartialEq)]
#[cloudevent(crate = egt)]
#[allow(clippy::large_enum_variant)] // A whole CloudEvent in the catch-all, on purpose.
enum RenamedUnion {
    Renamed(Renamed),
    #[cloudevent(other)]
    Other(egt::CloudEvent),
}

#[test]
fn renamed_crate() {
    let event = Renamed { name: "x".into() };
    assert_eq!(
        <Renamed as egt::EventType>::EVENT_TYPE,
        "com.contoso.renamed"
    );
    let bytes = egt::json::to_vec(&event).unwrap();
    assert_eq!(egt::json::decode::<Renamed>(&bytes).unwrap(), event);
    assert_eq!(
        egt::json::decode::<RenamedUnion>(&bytes).unwrap(),
        RenamedUnion::Renamed(event)
    );
}
