//! Typed Azure Event Grid system events (placeholder until the generator lands).
