//! The seam between hirekit's generated operation code and the transport that sends it.
//!
//! hirekit's code generator emits, for every operation of a spec, a [`Route`] (the facts the
//! spec holds about it: id, method, path template, idempotency, timeout class, pagination) and
//! an `execute` method on the operation's request builder that turns typed parameters into a
//! request, hands it to an [`Executor`] with its route, and decodes the answer. Everything a
//! transport decides (credentials, retries, limits, tracing, errors) happens behind
//! [`Executor`], and its failures come back as its own error type: there is no other channel.
//!
//! For PostgREST tables the generator also emits a catalog whose columns carry a
//! [`ColumnType`].
//!
//! The generated files hold only data and calls into this crate, so the types here are
//! defined once for every spec.

#![forbid(unsafe_code)]

mod answer;
pub mod de;
mod executor;
mod nullable;
mod route;
mod table;

pub use answer::Answer;
pub use bytes::Bytes;
pub use executor::{Executor, RequestError, path_segment};
pub use nullable::Nullable;
pub use route::{Method, Pagination, Route, TimeoutClass};
pub use table::ColumnType;
