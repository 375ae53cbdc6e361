//! STUB: namespace pull delivery.
