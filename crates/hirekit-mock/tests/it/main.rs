//! hirekit-mock's integration tests, built as one test binary (issue 12) with a module per
//! area: `cargo test -p hirekit-mock --test it -- faults::` runs one of them.

mod common;

mod control_client;
mod faults;
mod hardening;
