//! Proves that every operation of every spec has a conformance test.
//!
//! The rule the vendor modules follow: the test for an operation is an `async fn` named after
//! its operationId, in the module of its spec, and (unless the operation is handwritten
//! multipart) it calls the generated builder method of the same name.

use std::path::Path;

use openapiv3::OpenAPI;

const HANDWRITTEN: &str = "x-hirekit-handwritten";

/// `(operationId, handwritten)` for every operation of a spec.
fn operations(spec: &str) -> Vec<(String, bool)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let text = std::fs::read_to_string(root.join("specs").join(spec)).expect("spec is readable");
    let api: OpenAPI = serde_norway::from_str(&text).expect("spec parses as OpenAPI 3.0");
    let mut ops = Vec::new();
    for (path, item) in api.paths.iter() {
        let item = item.as_item().expect("specs use no path-item references");
        for (method, op) in item.iter() {
            let id = op
                .operation_id
                .clone()
                .unwrap_or_else(|| panic!("{spec}: {method} {path} has no operationId"));
            ops.push((id, op.extensions.contains_key(HANDWRITTEN)));
        }
    }
    ops
}

fn module_source(module: &str) -> String {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/conformance")
        .join(format!("{module}.rs"));
    std::fs::read_to_string(&file).unwrap_or_default()
}

/// The operations of `spec` that `module` does not test.
fn untested(spec: &str, module: &str) -> Vec<String> {
    let source = module_source(module);
    operations(spec)
        .into_iter()
        .filter(|(id, handwritten)| {
            let has_test = source.contains(&format!("async fn {id}("));
            let calls_method = *handwritten || source.contains(&format!(".{id}()"));
            !(has_test && calls_method)
        })
        .map(|(id, _)| id)
        .collect()
}

#[test]
fn every_jofi_operation_has_a_conformance_test() {
    let ops = operations("jofi.yaml");
    assert_eq!(ops.len(), 17, "JOFI has 17 routes");
    assert_eq!(untested("jofi.yaml", "jofi"), Vec::<String>::new());
}

#[test]
fn every_jobmojito_operation_has_a_conformance_test() {
    let ops = operations("jobmojito.yaml");
    assert_eq!(ops.len(), 30, "JobMojito Functions has 30 operations");
    assert_eq!(
        untested("jobmojito.yaml", "functions"),
        Vec::<String>::new()
    );
}

#[test]
fn every_tables_operation_has_a_conformance_test() {
    let ops = operations("jobmojito-tables.yaml");
    assert_eq!(
        ops.len(),
        19 * 4 + 2,
        "19 tables x 4 operations + 2 auth operations"
    );
    assert_eq!(
        untested("jobmojito-tables.yaml", "tables"),
        Vec::<String>::new()
    );
}

#[test]
fn the_rule_detects_a_missing_test() {
    // The check must be able to fail: a module without tests leaves everything untested.
    assert_eq!(untested("jofi.yaml", "no_such_module").len(), 17);
}
