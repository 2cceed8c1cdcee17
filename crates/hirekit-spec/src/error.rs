//! What can go wrong while reading a spec.

use std::path::PathBuf;

/// A spec that cannot be read, parsed or walked. Every variant names the spec it concerns.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The spec file could not be read.
    #[error("cannot read spec {path}: {source}")]
    Read {
        /// The spec file.
        path: PathBuf,
        /// Why reading failed.
        #[source]
        source: std::io::Error,
    },
    /// The text is not YAML (or JSON), or not a mapping at the top.
    #[error("cannot parse spec {spec}: {message}")]
    Parse {
        /// The spec, as named in messages.
        spec: String,
        /// What the parser said.
        message: String,
    },
    /// A `$ref` points nowhere in the document (or outside it).
    #[error("spec {spec}: {at}: `$ref` `{reference}` does not resolve")]
    Reference {
        /// The spec, as named in messages.
        spec: String,
        /// Where the reference was met (an operation and what of it, or a schema).
        at: String,
        /// The reference as written.
        reference: String,
    },
    /// Something the model needs is missing or malformed (a parameter without `in`, say).
    #[error("spec {spec}: {at}: {message}")]
    Invalid {
        /// The spec, as named in messages.
        spec: String,
        /// Where.
        at: String,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// How the spec concerned is named (its path for a read failure).
    pub fn spec(&self) -> String {
        match self {
            Error::Read { path, .. } => path.display().to_string(),
            Error::Parse { spec, .. }
            | Error::Reference { spec, .. }
            | Error::Invalid { spec, .. } => spec.clone(),
        }
    }
}
