//! The code generated at build time and the committed review copies must be the same bytes.

#[cfg(feature = "codegen")]
#[test]
fn functions_build_time_code_equals_the_review_copy() {
    let built = include_str!(concat!(env!("OUT_DIR"), "/functions.rs"));
    let committed = include_str!("../../generated/functions.rs");
    assert_eq!(hirekit_codegen::first_difference(built, committed), None);
}

#[cfg(feature = "codegen")]
#[test]
fn auth_build_time_code_equals_the_review_copy() {
    let built = include_str!(concat!(env!("OUT_DIR"), "/auth.rs"));
    let committed = include_str!("../../generated/auth.rs");
    assert_eq!(hirekit_codegen::first_difference(built, committed), None);
}

#[cfg(all(feature = "codegen", feature = "tables"))]
#[test]
fn tables_build_time_code_equals_the_review_copy() {
    let built = include_str!(concat!(env!("OUT_DIR"), "/tables.rs"));
    let committed = include_str!("../../generated/tables.rs");
    assert_eq!(hirekit_codegen::first_difference(built, committed), None);
}
