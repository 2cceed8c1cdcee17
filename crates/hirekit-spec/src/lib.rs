//! The one reader of hirekit's OpenAPI specs.
//!
//! The code generator, xtask, the mock server and the tests all read the specs under `specs/`
//! through this crate, so there is one loader, one `$ref` resolver and one idea of what an
//! operation is:
//!
//! - [`Spec::load`] / [`Spec::parse`] read YAML or JSON, and name the spec in every error;
//! - [`Spec::operations`] walks the operations in document order, each an [`Operation`] with
//!   its id, method, path template, tags and summary, its [`Parameter`]s (path-item and
//!   operation level merged, `$ref`s resolved), its [`RequestBody`] and [`Response`]s;
//! - [`Extensions`] reads hirekit's `x-hirekit-*` marks ([`ext`] lists them);
//! - [`BuiltIn`] names the three specs hirekit ships.
//!
//! The document stays a `serde_json::Value` ([`Spec::value`]), so a reader that needs more
//! than the model offers walks the JSON itself, and [`Spec::resolved`] follows its `$ref`s.

mod builtin;
mod error;
pub mod ext;
mod spec;
mod yaml;

pub use builtin::{BuiltIn, SPEC_DIR_ENV, SPECS_DIR, built_in_paths, spec_dir};
pub use error::Error;
pub use ext::Extensions;
pub use spec::{
    Location, METHODS, MediaType, Operation, Parameter, RequestBody, Response, Spec, resolve,
};

/// Extension marking an operation that codegen strips and the facade implements by hand.
pub const HANDWRITTEN: &str = ext::HANDWRITTEN;

#[cfg(test)]
mod tests;
