//! With the `codegen` feature, generates the Functions client and the Supabase auth module
//! (and with `tables` the Tables client) from `specs/` into `OUT_DIR`.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(feature = "codegen")]
    hirekit_codegen::build::run(&[
        "jobmojito",
        "jobmojito-auth",
        #[cfg(feature = "tables")]
        "jobmojito-tables",
    ]);
}
