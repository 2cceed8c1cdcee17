//! Proves that the facade reaches every operation of the JOFI and JobMojito Functions specs:
//! for each operation, some file under `src/` holds the call [`facade_call`] describes.
//!
//! The operations come from the specs (through `hirekit-spec`), so nothing here counts them.
//! Point `HIREKIT_SPEC_DIR` at a scratch copy of `specs/` to see what a new operation asks for.

use std::path::{Path, PathBuf};

use hirekit_spec::{BuiltIn, Operation, Spec};

/// Each spec the facade covers, its source folder and how messages name the API.
const COVERED: [(BuiltIn, &str, &str); 2] = [
    (BuiltIn::Jofi, "jofi", "jofi"),
    (BuiltIn::JobMojito, "jobmojito", "JobMojito Functions"),
];

/// The text facade source must contain to reach `op`: the generated builder method, or for an
/// operation the spec marks `x-hirekit-handwritten`, its generated route (which the
/// handwritten request is sent with). This is the one
/// place to change when the facade changes how it calls operations.
fn facade_call(op: &Operation<'_>) -> String {
    let id = op.id().unwrap_or_default();
    if op.is_handwritten() {
        format!("routes::{}", id.to_ascii_uppercase())
    } else {
        format!(".{id}()")
    }
}

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn load(spec: BuiltIn) -> Spec {
    spec.load_for_checks(&manifest_dir().join("../.."))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source directory is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// One facade source file: its workspace-relative path and its text.
struct Source {
    file: String,
    text: String,
}

/// Every facade source file, sorted by path.
fn facade_sources() -> Vec<Source> {
    let mut files = Vec::new();
    rust_files(&manifest_dir().join("src"), &mut files);
    files.sort();
    files
        .iter()
        .map(|path| Source {
            file: format!(
                "crates/hirekit/{}",
                path.strip_prefix(manifest_dir()).unwrap_or(path).display()
            ),
            text: std::fs::read_to_string(path).expect("source is readable"),
        })
        .collect()
}

/// `ProfileInterview`, `Coaching catalogue` -> `profile_interview`, `coaching_catalogue`.
fn snake(tag: &str) -> String {
    let mut out = String::new();
    for c in tag.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

/// Where a missing operation belongs, and what to add there: the file that already reaches the
/// other operations of its first tag, else the module named after the tag.
fn where_to_add(op: &Operation<'_>, folder: &str, sources: &[Source]) -> String {
    let call = facade_call(op);
    let tag = op.tags().first().copied();
    let sibling_file = tag.and_then(|tag| {
        op.spec()
            .operations()
            .into_iter()
            .filter(|other| other.id() != op.id() && other.tags().first() == Some(&tag))
            .find_map(|other| {
                let other_call = facade_call(&other);
                sources.iter().find(|s| s.text.contains(&other_call))
            })
    });
    if let Some(source) = sibling_file {
        return format!(
            "add a method that calls `{call}` to {} (where the other `{}` operations are)",
            source.file,
            tag.unwrap_or_default()
        );
    }
    let module = tag.map(snake).unwrap_or_else(|| "client".to_string());
    let file = format!("crates/hirekit/src/{folder}/{module}.rs");
    if sources.iter().any(|s| s.file == file) {
        format!("add a method that calls `{call}` to {file}")
    } else {
        format!(
            "add a module {file} (declared in crates/hirekit/src/{folder}/mod.rs) with a method \
             that calls `{call}`"
        )
    }
}

/// The operations of `spec` the facade never reaches, as messages naming the file to edit.
fn missing(spec: &Spec, api: &str, folder: &str, sources: &[Source]) -> Vec<String> {
    spec.operations()
        .iter()
        .filter(|op| {
            let call = facade_call(op);
            !sources.iter().any(|s| s.text.contains(&call))
        })
        .map(|op| {
            format!(
                "{api} operation `{}` ({} {}) is not in the facade: {}",
                op.id().unwrap_or("<no operationId>"),
                op.method_upper(),
                op.path,
                where_to_add(op, folder, sources)
            )
        })
        .collect()
}

fn assert_covered(which: BuiltIn) {
    let (_, folder, api) = COVERED
        .into_iter()
        .find(|(spec, _, _)| *spec == which)
        .expect("a covered spec");
    let spec = load(which);
    let total = spec.operations().len();
    assert!(total > 0, "{} has no operations", spec.name);
    let missing = missing(&spec, api, folder, &facade_sources());
    assert!(
        missing.is_empty(),
        "{} of the {total} operations of {} are not in the facade:\n{}",
        missing.len(),
        spec.name,
        missing.join("\n")
    );
}

#[test]
fn every_jofi_operation_is_in_the_facade() {
    assert_covered(BuiltIn::Jofi);
}

#[test]
fn every_jobmojito_functions_operation_is_in_the_facade() {
    assert_covered(BuiltIn::JobMojito);
}

#[test]
fn the_check_can_fail_and_names_the_file() {
    let spec = Spec::parse(
        "scratch.yaml",
        r#"
paths:
  /teams/{id}:
    get: {operationId: made_up_team_read, tags: [teams]}
  /widgets:
    get: {operationId: made_up_operation, tags: [widgets]}
    post: {operationId: made_up_upload, x-hirekit-handwritten: true}
  /teams:
    get: {operationId: list_teams, tags: [teams]}
"#,
    )
    .expect("parses");
    assert_eq!(
        missing(&spec, "jofi", "jofi", &facade_sources()),
        vec![
            "jofi operation `made_up_team_read` (GET /teams/{id}) is not in the facade: add a \
             method that calls `.made_up_team_read()` to crates/hirekit/src/jofi/teams.rs \
             (where the other `teams` operations are)",
            "jofi operation `made_up_operation` (GET /widgets) is not in the facade: add a \
             module crates/hirekit/src/jofi/widgets.rs (declared in \
             crates/hirekit/src/jofi/mod.rs) with a method that calls `.made_up_operation()`",
            "jofi operation `made_up_upload` (POST /widgets) is not in the facade: add a \
             method that calls `routes::MADE_UP_UPLOAD` to \
             crates/hirekit/src/jofi/client.rs",
        ]
    );
}
