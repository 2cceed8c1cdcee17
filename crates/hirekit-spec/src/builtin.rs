//! The specs hirekit ships, under `specs/` in the workspace.

use std::path::{Path, PathBuf};

use crate::{Error, Spec};

/// The workspace folder that holds the specs.
pub const SPECS_DIR: &str = "specs";

/// The environment variable that points checks (the coverage tests) at another folder of
/// specs, e.g. a scratch copy with a new operation, to see what the checks then ask for.
pub const SPEC_DIR_ENV: &str = "HIREKIT_SPEC_DIR";

/// One of the specs under `specs/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BuiltIn {
    /// JOFI API v2 (`specs/jofi.yaml`).
    Jofi,
    /// JobMojito Functions (`specs/jobmojito.yaml`).
    JobMojito,
    /// JobMojito Tables and Supabase auth (`specs/jobmojito-tables.yaml`).
    JobMojitoTables,
}

impl BuiltIn {
    /// Every built-in spec.
    pub const ALL: [BuiltIn; 3] = [BuiltIn::Jofi, BuiltIn::JobMojito, BuiltIn::JobMojitoTables];

    /// The file name, e.g. `jofi.yaml`.
    pub fn file_name(self) -> &'static str {
        match self {
            BuiltIn::Jofi => "jofi.yaml",
            BuiltIn::JobMojito => "jobmojito.yaml",
            BuiltIn::JobMojitoTables => "jobmojito-tables.yaml",
        }
    }

    /// The workspace-relative path, e.g. `specs/jofi.yaml` (how codegen names specs).
    pub fn relative_path(self) -> String {
        format!("{SPECS_DIR}/{}", self.file_name())
    }

    /// The file under the workspace `root`.
    pub fn path(self, root: &Path) -> PathBuf {
        root.join(SPECS_DIR).join(self.file_name())
    }

    /// Loads it from the workspace at `root`, named by its workspace-relative path.
    pub fn load(self, root: &Path) -> Result<Spec, Error> {
        Spec::load(&self.path(root), &self.relative_path())
    }

    /// Loads it as checks do: from `$HIREKIT_SPEC_DIR` if set (named by its full path), else
    /// from the workspace at `root` (see [`spec_dir`]).
    pub fn load_for_checks(self, root: &Path) -> Result<Spec, Error> {
        let dir = spec_dir(root);
        if dir == root.join(SPECS_DIR) {
            self.load(root)
        } else {
            self.load_from_dir(&dir)
        }
    }

    /// Loads the file of this name from `dir` instead (a scratch copy of `specs/`, say),
    /// named by its full path.
    pub fn load_from_dir(self, dir: &Path) -> Result<Spec, Error> {
        let path = dir.join(self.file_name());
        Spec::load(&path, &path.display().to_string())
    }
}

/// The folder checks read the specs from: `$HIREKIT_SPEC_DIR` if set (and not empty), else
/// `specs/` under the workspace `root`.
pub fn spec_dir(root: &Path) -> PathBuf {
    match std::env::var_os(SPEC_DIR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => root.join(SPECS_DIR),
    }
}

/// The paths of every built-in spec under the workspace `root`.
pub fn built_in_paths(root: &Path) -> Vec<PathBuf> {
    BuiltIn::ALL.iter().map(|spec| spec.path(root)).collect()
}
