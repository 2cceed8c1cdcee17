//! Spec conformance: every operation of every spec, through the raw generated clients, against
//! hirekit-mock (or the servers named by `HIREKIT_CONFORMANCE_*_URL`).
//!
//! Each vendor module names its tests after the operationId they cover; `coverage` proves
//! that every spec operation has one.

mod coverage;
mod decoders;
mod functions;
mod jofi;
mod load;
mod roundtrip;
mod tables;
