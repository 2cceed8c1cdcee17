//! The API surface of every generated client, pinned by insta: any change to a spec (or to
//! progenitor) that changes what users can call or name shows up here as a reviewed snapshot.

use std::path::Path;

use hirekit_codegen::{Surface, TARGETS};

fn surface_of(name: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let target = TARGETS
        .iter()
        .find(|t| t.name == name)
        .expect("known target");
    let code = target.generate(&root).expect("the spec generates");
    Surface::of_source(&code)
        .expect("the generated code is readable")
        .render()
}

#[test]
fn jofi_surface() {
    insta::assert_snapshot!("jofi", surface_of("jofi"));
}

#[test]
fn jobmojito_surface() {
    insta::assert_snapshot!("jobmojito", surface_of("jobmojito"));
}

#[test]
fn jobmojito_tables_surface() {
    insta::assert_snapshot!("jobmojito_tables", surface_of("jobmojito-tables"));
}

#[test]
fn jobmojito_auth_surface() {
    insta::assert_snapshot!("jobmojito_auth", surface_of("jobmojito-auth"));
}

#[test]
fn every_target_has_a_surface_snapshot() {
    // A new target needs its own test above; this catches one added without it.
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    for target in TARGETS {
        let file = format!("surface_snapshots__{}.snap", target.name.replace('-', "_"));
        assert!(
            snapshots.join(&file).is_file(),
            "target `{}` has no surface snapshot {file}: add a test for it",
            target.name
        );
    }
}
