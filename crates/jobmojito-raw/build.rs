//! With the `codegen` feature, generates the Functions client (and with `tables` the Tables
//! client) from `specs/` into `OUT_DIR`.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(feature = "codegen")]
    hirekit_codegen::build::run(&[
        "jobmojito",
        #[cfg(feature = "tables")]
        "jobmojito-tables",
    ]);
}
