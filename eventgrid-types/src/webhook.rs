//! STUB: webhook handshakes.
