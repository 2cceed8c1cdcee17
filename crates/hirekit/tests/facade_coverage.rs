//! Proves that the facade reaches every operation of the JOFI and JobMojito Functions specs:
//! for each operationId, some file under `src/` calls the generated builder method of that
//! name (`.<operationId>()`), or, for an operation the spec marks `x-hirekit-handwritten`,
//! names its generated route (`routes::<OPERATION_ID>`).
//!
//! The specs are read as plain YAML (serde_norway), so the check needs no OpenAPI model.

use std::path::{Path, PathBuf};

use serde_norway::Value;

const HANDWRITTEN: &str = "x-hirekit-handwritten";
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// `(operationId, handwritten)` for every operation of a spec.
fn operations(spec: &str) -> Vec<(String, bool)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join("specs").join(spec)).expect("spec is readable");
    let api: Value = serde_norway::from_str(&text).expect("spec parses as YAML");
    let paths = api
        .get("paths")
        .and_then(Value::as_mapping)
        .expect("the spec has paths");
    let mut ops = Vec::new();
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else {
                continue;
            };
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("{spec}: {method} {path:?} has no operationId"));
            let handwritten = op.get(HANDWRITTEN).and_then(Value::as_bool) == Some(true);
            ops.push((id.to_string(), handwritten));
        }
    }
    ops
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

/// Every facade source file, concatenated.
fn facade_source() -> String {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("source is readable"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The operations the facade source never calls.
fn missing(ops: &[(String, bool)], source: &str) -> Vec<String> {
    ops.iter()
        .filter(|(id, handwritten)| {
            let call = if *handwritten {
                format!("routes::{}", id.to_ascii_uppercase())
            } else {
                format!(".{id}()")
            };
            !source.contains(&call)
        })
        .map(|(id, _)| id.clone())
        .collect()
}

#[test]
fn every_jofi_operation_is_in_the_facade() {
    let ops = operations("jofi.yaml");
    assert_eq!(ops.len(), 17, "JOFI has 17 routes");
    assert_eq!(missing(&ops, &facade_source()), Vec::<String>::new());
}

#[test]
fn every_jobmojito_functions_operation_is_in_the_facade() {
    let ops = operations("jobmojito.yaml");
    assert_eq!(ops.len(), 30, "JobMojito Functions has 30 operations");
    assert_eq!(
        ops.iter().filter(|(_, handwritten)| *handwritten).count(),
        2,
        "two multipart uploads are handwritten"
    );
    assert_eq!(missing(&ops, &facade_source()), Vec::<String>::new());
}

#[test]
fn the_check_can_fail() {
    let ops = vec![
        ("made_up_operation".to_string(), false),
        ("made_up_upload".to_string(), true),
        ("list_languages".to_string(), false),
    ];
    assert_eq!(
        missing(&ops, &facade_source()),
        vec![
            "made_up_operation".to_string(),
            "made_up_upload".to_string()
        ]
    );
}
