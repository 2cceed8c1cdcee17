//! Conformance tests for the tables spec (being written).
