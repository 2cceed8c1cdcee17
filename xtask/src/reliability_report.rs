//! `cargo xtask reliability-report`: runs hirekit's fault matrix
//! (`cargo test -p hirekit --test fault_matrix`) and writes its table of cells and outcomes to
//! `docs/reliability.md`.
//!
//! The test writes a report only when `HIREKIT_REPORT_DIR` names a directory, so a plain
//! `cargo test` leaves the tree clean. This task points that variable at a scratch directory
//! under the target directory and copies the report into `docs/` afterwards: a run that did not
//! get as far as writing one (a build error, a crash) leaves the committed report untouched.
//! When cells fail, the report (which shows them) is still written and the task exits non-zero.

use std::path::Path;
use std::process::Command;

use crate::bench_report::{cargo, describe, target_dir};

/// The variable the fault-matrix test reads (see `crates/hirekit/tests/fault_matrix.rs`).
const REPORT_DIR_VAR: &str = "HIREKIT_REPORT_DIR";
/// The file name the test writes in that directory.
const REPORT_FILE: &str = "reliability.md";

/// Runs the task.
pub fn run(root: &Path, args: &[String]) -> Result<bool, String> {
    if let Some(other) = args.first() {
        return Err(format!("unknown argument `{other}`"));
    }
    let scratch = target_dir(root).join("hirekit-report");
    let written = scratch.join(REPORT_FILE);
    // A report left by an earlier run must not pass for this one's.
    match std::fs::remove_file(&written) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("cannot remove {}: {e}", written.display())),
    }
    let mut command = Command::new(cargo());
    command
        .current_dir(root)
        .args(["test", "-p", "hirekit", "--test", "fault_matrix"])
        .env(REPORT_DIR_VAR, &scratch);
    eprintln!(
        "reliability-report: running {REPORT_DIR_VAR}={} {}",
        scratch.display(),
        describe(&command)
    );
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo test: {e}"))?;
    if !written.exists() {
        return Err(format!(
            "the fault matrix wrote no report ({status}); docs/{REPORT_FILE} is unchanged"
        ));
    }
    let path = root.join("docs").join(REPORT_FILE);
    std::fs::copy(&written, &path).map_err(|e| {
        format!(
            "cannot copy {} to {}: {e}",
            written.display(),
            path.display()
        )
    })?;
    eprintln!("reliability-report: wrote {}", path.display());
    if !status.success() {
        eprintln!("reliability-report: the fault matrix failed ({status}); see the FAIL rows");
    }
    Ok(status.success())
}
