//! Shared fixtures for the workspace test suite.
