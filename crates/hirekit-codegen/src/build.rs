//! The body of the raw crates' build scripts.

use std::path::PathBuf;

use crate::Target;

/// Generates each named target into `OUT_DIR`, telling cargo to rerun when a spec changes.
/// On failure prints the error (which names the spec and the rule or operation) and exits
/// non-zero, so the build stops with that message rather than a panic backtrace.
pub fn run(names: &[&str]) {
    if let Err(message) = try_run(names) {
        eprintln!("{message}");
        std::process::exit(1);
    }
}

fn try_run(names: &[&str]) -> Result<(), String> {
    let env = |key: &str| {
        std::env::var_os(key)
            .map(PathBuf::from)
            .ok_or_else(|| format!("{key} is not set: run this from a build script"))
    };
    // A raw crate holds its specs under its own `specs/` (links to the workspace's `specs/`,
    // which `cargo package` turns into copies), so the same paths work in the workspace and in
    // a crate unpacked from crates.io.
    let root = env("CARGO_MANIFEST_DIR")?;
    let out = env("OUT_DIR")?;
    for name in names {
        let target =
            Target::named(name).ok_or_else(|| format!("codegen has no target `{name}`"))?;
        println!(
            "cargo:rerun-if-changed={}",
            target.spec_path(&root).display()
        );
        let code = target.generate(&root).map_err(|e| e.to_string())?;
        let path = out.join(target.file_name());
        std::fs::write(&path, code).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
