//! Proves that every operation of every spec has a conformance test.
//!
//! The rule the vendor modules follow: the test for an operation is an `async fn` named after
//! its operationId, in the module of its spec, and (unless the operation is handwritten
//! multipart) it calls the generated builder method of the same name.
//!
//! The operations come from the specs themselves, so nothing here counts them. Point
//! `HIREKIT_SPEC_DIR` at a scratch copy of `specs/` to see what a new operation asks for.

use std::path::Path;

use hirekit_spec::{BuiltIn, Operation, Spec};

/// Each spec, the conformance module that tests it, and how messages name the API.
const MODULES: [(BuiltIn, &str, &str); 3] = [
    (BuiltIn::Jofi, "jofi", "jofi"),
    (BuiltIn::JobMojito, "functions", "JobMojito Functions"),
    (BuiltIn::JobMojitoTables, "tables", "JobMojito Tables"),
];

fn load(spec: BuiltIn) -> Spec {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    spec.load_for_checks(&root)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The workspace-relative file of a conformance module (what a message tells you to edit).
fn module_file(module: &str) -> String {
    format!("tests/tests/conformance/{module}.rs")
}

fn module_source(module: &str) -> String {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/conformance")
        .join(format!("{module}.rs"));
    std::fs::read_to_string(&file).unwrap_or_default()
}

/// What `op` still needs in `module` (whose text is `source`), worded as the edit to make;
/// `None` when its test is there.
fn missing_test(api: &str, op: &Operation<'_>, module: &str, source: &str) -> Option<String> {
    let route = format!("{} {}", op.method_upper(), op.path);
    let file = module_file(module);
    let Some(id) = op.id() else {
        return Some(format!(
            "{api} operation {route} has no operationId: give it one in {}",
            op.spec().name
        ));
    };
    let test = format!("async fn {id}(");
    let call = format!(".{id}()");
    let has_test = source.contains(&test);
    // A handwritten operation has no generated builder method; its test sends it by hand.
    let calls_method = op.is_handwritten() || source.contains(&call);
    match (has_test, calls_method) {
        (true, true) => None,
        (false, _) if op.is_handwritten() => Some(format!(
            "{api} operation `{id}` ({route}) has no conformance test: add `{test}` \
             (handwritten: it sends the request itself) to {file}"
        )),
        (false, _) => Some(format!(
            "{api} operation `{id}` ({route}) has no conformance test: add `{test}` \
             calling `{call}` to {file}"
        )),
        (true, false) => Some(format!(
            "{api} operation `{id}` ({route}): `{test}` in {file} never calls `{call}`: \
             call the generated builder method there"
        )),
    }
}

/// Every operation of `spec` that `source` (the text of `module`) does not test, as messages.
fn untested(spec: &Spec, api: &str, module: &str, source: &str) -> Vec<String> {
    spec.operations()
        .iter()
        .filter_map(|op| missing_test(api, op, module, source))
        .collect()
}

fn assert_every_operation_tested(which: BuiltIn) {
    let (_, module, api) = MODULES
        .into_iter()
        .find(|(spec, _, _)| *spec == which)
        .expect("every built-in spec has a conformance module");
    let spec = load(which);
    let total = spec.operations().len();
    assert!(total > 0, "{} has no operations", spec.name);
    let missing = untested(&spec, api, module, &module_source(module));
    assert!(
        missing.is_empty(),
        "{} of the {total} operations of {} lack a conformance test:\n{}",
        missing.len(),
        spec.name,
        missing.join("\n")
    );
}

#[test]
fn every_jofi_operation_has_a_conformance_test() {
    assert_every_operation_tested(BuiltIn::Jofi);
}

#[test]
fn every_jobmojito_operation_has_a_conformance_test() {
    assert_every_operation_tested(BuiltIn::JobMojito);
}

#[test]
fn every_tables_operation_has_a_conformance_test() {
    assert_every_operation_tested(BuiltIn::JobMojitoTables);
}

#[test]
fn every_spec_has_a_conformance_module() {
    for spec in BuiltIn::ALL {
        let (_, module, _) = MODULES
            .into_iter()
            .find(|(listed, _, _)| *listed == spec)
            .unwrap_or_else(|| panic!("{} has no conformance module", spec.file_name()));
        assert!(
            !module_source(module).is_empty(),
            "{} is missing",
            module_file(module)
        );
    }
}

#[test]
fn the_rule_detects_a_missing_test() {
    // The check must be able to fail: a module without tests leaves everything untested.
    let spec = load(BuiltIn::Jofi);
    assert_eq!(
        untested(&spec, "jofi", "jofi", "").len(),
        spec.operations().len()
    );
}

#[test]
fn a_missing_test_is_named_with_the_file_to_edit() {
    let spec = Spec::parse(
        "scratch.yaml",
        "paths:\n  /widgets/{id}:\n    get:\n      operationId: get_widget\n",
    )
    .expect("parses");
    assert_eq!(
        untested(&spec, "jofi", "jofi", ""),
        vec![
            "jofi operation `get_widget` (GET /widgets/{id}) has no conformance test: add \
             `async fn get_widget(` calling `.get_widget()` to tests/tests/conformance/jofi.rs"
        ]
    );
    assert_eq!(
        untested(&spec, "jofi", "jofi", "async fn get_widget() {}"),
        vec![
            "jofi operation `get_widget` (GET /widgets/{id}): `async fn get_widget(` in \
             tests/tests/conformance/jofi.rs never calls `.get_widget()`: call the generated \
             builder method there"
        ]
    );
    assert!(
        untested(
            &spec,
            "jofi",
            "jofi",
            "async fn get_widget() { c.get_widget().send() }"
        )
        .is_empty()
    );
}
