//! Which spec becomes which generated file.

use std::path::{Path, PathBuf};

use crate::{Error, Spec};

/// A spec and the review copy generated from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// Short name, used by build scripts to pick their target.
    pub name: &'static str,
    /// The spec, relative to the workspace root (and to a raw crate's directory, whose `specs/`
    /// mirrors the workspace's).
    pub spec: &'static str,
    /// The committed review copy, relative to the workspace root.
    pub review_copy: &'static str,
}

/// Every generated client.
pub const TARGETS: &[Target] = &[
    Target {
        name: "jofi",
        spec: "specs/jofi.yaml",
        review_copy: "crates/jofi-raw/generated/jofi.rs",
    },
    Target {
        name: "jobmojito",
        spec: "specs/jobmojito.yaml",
        review_copy: "crates/jobmojito-raw/generated/functions.rs",
    },
    Target {
        name: "jobmojito-tables",
        spec: "specs/jobmojito-tables.yaml",
        review_copy: "crates/jobmojito-raw/generated/tables.rs",
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
        crate::generate(&self.load(root)?)
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
