//! Which spec (or which part of it) becomes which generated file.

use std::path::{Path, PathBuf};

use crate::{Error, Spec};

/// A spec, the part of it generated, and the review copy generated from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// Short name, used by build scripts to pick their target.
    pub name: &'static str,
    /// The spec, relative to the workspace root (and to a raw crate's directory, whose `specs/`
    /// mirrors the workspace's).
    pub spec: &'static str,
    /// `None` for the spec's main client (its operations without `x-hirekit-module`), else
    /// the module whose operations are generated.
    pub module: Option<&'static str>,
    /// The committed review copy, relative to the workspace root.
    pub review_copy: &'static str,
}

/// Every generated client.
pub const TARGETS: &[Target] = &[
    Target {
        name: "jofi",
        spec: "specs/jofi.yaml",
        module: None,
        review_copy: "crates/jofi-raw/generated/jofi.rs",
    },
    Target {
        name: "jobmojito",
        spec: "specs/jobmojito.yaml",
        module: None,
        review_copy: "crates/jobmojito-raw/generated/functions.rs",
    },
    Target {
        name: "jobmojito-tables",
        spec: "specs/jobmojito-tables.yaml",
        module: None,
        review_copy: "crates/jobmojito-raw/generated/tables.rs",
    },
    // Supabase sign-in and refresh, apart from the Tables client so that every JobMojito
    // client can sign in without compiling the tables.
    Target {
        name: "jobmojito-auth",
        spec: "specs/jobmojito-tables.yaml",
        module: Some("auth"),
        review_copy: "crates/jobmojito-raw/generated/auth.rs",
    },
];

impl Target {
    /// The target of that name.
    pub fn named(name: &str) -> Option<&'static Target> {
        TARGETS.iter().find(|t| t.name == name)
    }

    /// The spec's path under `root` (the workspace root).
    pub fn spec_path(&self, root: &Path) -> PathBuf {
        root.join(self.spec)
    }

    /// The review copy's path under `root`.
    pub fn review_copy_path(&self, root: &Path) -> PathBuf {
        root.join(self.review_copy)
    }

    /// The review copy's file name (what build scripts write into `OUT_DIR`).
    pub fn file_name(&self) -> &'static str {
        self.review_copy
            .rsplit('/')
            .next()
            .unwrap_or(self.review_copy)
    }

    /// Loads the target's spec from under `root`.
    pub fn load(&self, root: &Path) -> Result<Spec, Error> {
        Ok(Spec::load(&self.spec_path(root), self.spec)?)
    }

    /// Loads and generates the target.
    pub fn generate(&self, root: &Path) -> Result<String, Error> {
        self.generate_from(&self.load(root)?)
    }

    /// Generates the target from its spec, already loaded (perhaps from another path).
    pub fn generate_from(&self, spec: &Spec) -> Result<String, Error> {
        crate::generate_part(spec, self.module)
    }

    /// The part of `spec` the target is generated from: the operations its code must hold.
    pub fn part_of(&self, spec: &Spec) -> Spec {
        match self.module {
            None => spec.without_modules(),
            Some(module) => spec.module(module),
        }
    }
}

/// The first line where two versions of a generated file differ, worded for a test failure;
/// `None` when they are the same bytes.
pub fn first_difference(built: &str, committed: &str) -> Option<String> {
    if built == committed {
        return None;
    }
    let mut built_lines = built.lines();
    let mut committed_lines = committed.lines();
    let mut number = 0usize;
    loop {
        number += 1;
        match (built_lines.next(), committed_lines.next()) {
            (Some(a), Some(b)) if a == b => continue,
            (a, b) => {
                return Some(format!(
                    "line {number}: generated {a:?}, review copy {b:?}; run `cargo xtask codegen`"
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;

    #[test]
    fn every_module_a_spec_marks_has_a_target() {
        // An operation marked with a module that no target generates would be left out of
        // every client without a word.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let specs: BTreeSet<&str> = TARGETS.iter().map(|t| t.spec).collect();
        for path in specs {
            let spec = Spec::load(&root.join(path), path).expect("the spec loads");
            for module in spec.modules() {
                assert!(
                    TARGETS
                        .iter()
                        .any(|t| t.spec == path && t.module == Some(module)),
                    "{path} marks operations `x-hirekit-module: {module}` but no target generates it"
                );
            }
            assert!(
                TARGETS.iter().any(|t| t.spec == path && t.module.is_none()),
                "{path} has no main target"
            );
        }
    }

    #[test]
    fn names_and_file_names_are_unique() {
        // Build scripts write each target into OUT_DIR under its file name.
        let names: BTreeSet<&str> = TARGETS.iter().map(|t| t.name).collect();
        let files: BTreeSet<&str> = TARGETS.iter().map(Target::file_name).collect();
        assert_eq!(names.len(), TARGETS.len());
        assert_eq!(files.len(), TARGETS.len());
    }
}
