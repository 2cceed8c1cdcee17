//! Conformance tests for the functions spec (being written).
