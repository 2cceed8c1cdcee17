//! What can go wrong while turning a spec into code.

use std::path::PathBuf;

use crate::lint::Violation;

/// A failure of the generation pipeline. Every variant names the spec it concerns.
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
    /// The spec is not valid YAML, or not an OpenAPI 3.0 document.
    #[error("cannot parse spec {spec}: {message}")]
    Parse {
        /// The spec, as named in messages.
        spec: String,
        /// What the parser said.
        message: String,
    },
    /// The spec breaks rules that progenitor or the house conventions need.
    #[error("spec {spec} breaks {} rule(s):\n{}", violations.len(), render(violations))]
    Lint {
        /// The spec, as named in messages.
        spec: String,
        /// Every rule broken, with where.
        violations: Vec<Violation>,
    },
    /// progenitor refused the spec, or panicked on it.
    #[error("progenitor failed on spec {spec}: {message}")]
    Generate {
        /// The spec, as named in messages.
        spec: String,
        /// progenitor's error or panic message.
        message: String,
    },
    /// A post-processing step found the generated code not in the shape it expects.
    #[error("post-processing spec {spec}: {message}")]
    PostProcess {
        /// The spec, as named in messages.
        spec: String,
        /// What was expected and not found.
        message: String,
    },
}

impl From<hirekit_spec::Error> for Error {
    fn from(error: hirekit_spec::Error) -> Self {
        match error {
            hirekit_spec::Error::Read { path, source } => Error::Read { path, source },
            hirekit_spec::Error::Parse { spec, message } => Error::Parse { spec, message },
            // A reference or shape problem met while walking the model: the spec, as named
            // by the model's message, cannot be used as it is.
            other => Error::Parse {
                spec: other.spec(),
                message: other.to_string(),
            },
        }
    }
}

fn render(violations: &[Violation]) -> String {
    violations
        .iter()
        .map(|v| format!("  - {v}"))
        .collect::<Vec<_>>()
        .join("\n")
}
