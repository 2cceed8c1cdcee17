//! hirekit's integration tests, built as one test binary (issue 12): every binary links the
//! facade, hirekit-mock and their dependencies again, so a module per area replaces a binary
//! per file. Select a module with a filter: `cargo test -p hirekit --test it -- fault_matrix::`.
//!
//! The modules share one process. None installs a global tracing subscriber or changes the
//! environment; `secret_leak` captures the traces of its own thread only. The tests that
//! measure the whole process (open files, resident memory) run in a child process of their own
//! ([`common::in_own_process`]).

mod common;

mod facade_coverage;
mod fault_matrix;
mod hostile_servers;
mod jobmojito;
mod jofi;
mod load;
mod proptests;
mod queries;
mod secret_leak;
#[cfg(feature = "tables")]
mod tables;
mod typed_answers;
mod waiters;
#[cfg(all(feature = "webhooks", feature = "jofi", feature = "jobmojito"))]
mod webhooks;
