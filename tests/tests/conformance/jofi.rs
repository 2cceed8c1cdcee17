//! Conformance tests for the jofi spec (being written).
