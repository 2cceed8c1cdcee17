//! What can go wrong while turning a spec into code.

use crate::lint::Violation;

/// A failure of the generation pipeline. Every variant names the spec it concerns.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The spec could not be read, or is not a document the spec model can walk (the
    /// model's error names the file and what is wrong).
    #[error(transparent)]
    Spec(#[from] hirekit_spec::Error),
    /// The spec is not an OpenAPI 3.0 document progenitor can read.
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
    /// A target names a module (`x-hirekit-module`) that no operation of the spec is marked
    /// with: generating it would give an empty client, most likely from a typo.
    #[error("spec {spec} has no operation marked `x-hirekit-module: {module}`")]
    EmptyModule {
        /// The spec, as named in messages.
        spec: String,
        /// The module asked for.
        module: String,
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

fn render(violations: &[Violation]) -> String {
    violations
        .iter()
        .map(|v| format!("  - {v}"))
        .collect::<Vec<_>>()
        .join("\n")
}
