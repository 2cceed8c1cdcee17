//! `cargo xtask <task>`: hirekit's development tasks.
//!
//! * `codegen` regenerates the committed review copies from `specs/` and prints what changed in
//!   the generated API surface;
//! * `codegen --check` changes nothing: it prints a unified diff and exits non-zero when a review
//!   copy is stale, a spec breaks a rule, or a spec operation has no generated method;
//!   `--spec <target>=<path>` checks a copy of a spec in place of the one in `specs/` (for
//!   every target generated from that spec);
//! * `spec-diff <old> <new>` (or `spec-diff --base <git-rev> [spec...]`) lists the changes
//!   between two versions of a spec, each classified as breaking or not, and exits non-zero
//!   when one is breaking;
//! * `bench-report [--no-run] [--quick] [--build-cost | --keep-build-cost]` runs the benchmarks of `hirekit-bench`
//!   and writes `docs/benchmarks.md` from that one run;
//! * `release-check [--base <git-rev>]` fails when the version in `Cargo.toml` does not rise
//!   enough for what changed in the specs and the generated surfaces since the last `v*` tag;
//! * `consumer-build-cost [--runs N] [--dry-run]` times clean builds of a new crate that depends
//!   on the packaged hirekit against the same crate written by hand, and writes the ratios into
//!   `docs/benchmarks.md`;
//! * `reliability-report` runs hirekit's fault matrix and hostile-server tests in one
//!   `cargo test` and writes `docs/reliability.md` with both (the tests themselves write
//!   nothing unless asked, so `cargo test` leaves the tree clean).

mod bench_report;
mod codegen_task;
mod consumer_cost;
mod release_check;
mod reliability_report;
mod spec_diff;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage:
  cargo xtask codegen [--check] [--spec <target>=<path>]...
  cargo xtask spec-diff <old.yaml> <new.yaml>
  cargo xtask spec-diff --base <git-rev> [specs/<name>.yaml...]
  cargo xtask bench-report [--no-run] [--quick] [--build-cost | --keep-build-cost]
  cargo xtask release-check [--base <git-rev>]
  cargo xtask consumer-build-cost [--runs N] [--dry-run]
  cargo xtask reliability-report";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("codegen") => codegen_task::run(&root, &args[1..]),
        Some("consumer-build-cost") => consumer_cost::run(&root, &args[1..]),
        Some("spec-diff") => spec_diff::run(&root, &args[1..]),
        Some("bench-report") => bench_report::run(&root, &args[1..]),
        Some("release-check") => release_check::run(&root, &args[1..]),
        Some("reliability-report") => reliability_report::run(&root, &args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// The workspace root: xtask lives in `<root>/xtask`.
fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}
