//! hirekit-mock: a stateful local server for the JobMojito and JOFI APIs.
#![allow(missing_docs)]
pub mod router;
pub mod schema;
pub mod validate;
