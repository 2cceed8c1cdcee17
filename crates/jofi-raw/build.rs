//! With the `codegen` feature, generates the client from `specs/jofi.yaml` into `OUT_DIR`.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    #[cfg(feature = "codegen")]
    hirekit_codegen::build::run(&["jofi"]);
}
