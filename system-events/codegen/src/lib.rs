//! Importer and generator for `eventgrid-system-events` (placeholder).
