//! The specs hirekit ships, under `specs/` in the workspace.

use std::path::{Path, PathBuf};

use crate::{Error, Spec};

/// The workspace folder that holds the specs.
pub const SPECS_DIR: &str = "specs";

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

    /// Loads the file of this name from `dir` instead (a scratch copy of `specs/`, say),
    /// named by its full path.
    pub fn load_from_dir(self, dir: &Path) -> Result<Spec, Error> {
        let path = dir.join(self.file_name());
        Spec::load(&path, &path.display().to_string())
    }
}

/// The paths of every built-in spec under the workspace `root`.
pub fn built_in_paths(root: &Path) -> Vec<PathBuf> {
    BuiltIn::ALL.iter().map(|spec| spec.path(root)).collect()
}
