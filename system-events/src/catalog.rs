//! The catalog: every known event type string with facts about it, looked up
//! case-insensitively.

use crate::names::CATALOG;

/// Facts about one event type of the catalog.
// Four independent facts; an enum of flags would only obscure them.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The fields are public, hidden, for the generated catalogs of other crates to build; read
// them through the methods.
pub struct EventTypeInfo {
    #[doc(hidden)]
    pub name: &'static str,
    #[doc(hidden)]
    pub namespace: &'static str,
    #[doc(hidden)]
    pub feature: &'static str,
    #[doc(hidden)]
    pub typed: bool,
    #[doc(hidden)]
    pub enabled: bool,
    #[doc(hidden)]
    pub deprecated: bool,
    #[doc(hidden)]
    pub retired: bool,
}

impl EventTypeInfo {
    /// The type string in its canonical spelling, e.g. `Microsoft.Storage.BlobCreated`.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The publisher namespace, e.g. `Microsoft.Storage`.
    pub fn namespace(&self) -> &'static str {
        self.namespace
    }

    /// The cargo feature (and module) that holds its typed data, e.g. `storage`.
    pub fn feature(&self) -> &'static str {
        self.feature
    }

    /// Whether the type has a schema, so a [`SystemEvent`](crate::SystemEvent) variant when
    /// [`feature`](Self::feature) is enabled.
    pub fn has_schema(&self) -> bool {
        self.typed
    }

    /// Whether this build decodes it into its own [`SystemEvent`](crate::SystemEvent) variant:
    /// it has a schema and its namespace feature is enabled.
    pub fn is_decoded(&self) -> bool {
        self.typed && self.enabled
    }

    /// A name some Azure SDKs ship that Event Grid does not publish (no schema).
    pub fn is_deprecated(&self) -> bool {
        self.deprecated
    }

    /// Published by a retired service (Azure Media Services).
    pub fn is_retired(&self) -> bool {
        self.retired
    }
}

/// Every event type of the catalog, sorted by ASCII-lowercased name (the order of
/// [`SystemEventNames::ALL`](crate::SystemEventNames::ALL)).
pub fn all() -> &'static [EventTypeInfo] {
    CATALOG
}

/// Looks up an event type, ignoring ASCII case as .NET and Python do.
pub fn lookup(event_type: &str) -> Option<&'static EventTypeInfo> {
    let key = event_type.as_bytes();
    CATALOG
        .binary_search_by(|info| {
            let name = info.name.as_bytes();
            name.iter()
                .map(u8::to_ascii_lowercase)
                .cmp(key.iter().map(u8::to_ascii_lowercase))
        })
        .ok()
        .map(|i| &CATALOG[i])
}
