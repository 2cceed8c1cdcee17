//! The code generated at build time and the committed review copy must be the same bytes.

#[cfg(feature = "codegen")]
#[test]
fn build_time_code_equals_the_review_copy() {
    let built = include_str!(concat!(env!("OUT_DIR"), "/jofi.rs"));
    let committed = include_str!("../../generated/jofi.rs");
    assert_eq!(hirekit_codegen::first_difference(built, committed), None);
}
