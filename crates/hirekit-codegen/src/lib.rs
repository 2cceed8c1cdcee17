//! hirekit's code generator: one function, [`generate`], turns a spec from `specs/` into the
//! source of a raw client. The raw crates' build scripts call it at build time and
//! `cargo xtask codegen` calls it to write the committed review copies, so both are the same
//! bytes by construction.
//!
//! The pipeline:
//!
//! 1. read the spec ([`Spec`]) and [`lint()`] it against what progenitor supports and the rules of
//!    `specs/README.md`, reporting every broken rule with the operation or schema it concerns;
//! 2. keep the part of the spec the target is built from ([`Spec::without_modules`] for a main
//!    client, [`Spec::module`] for a module such as the Tables spec's `auth`), then strip
//!    operations marked `x-hirekit-handwritten` (multipart uploads the facade writes by hand);
//! 3. run progenitor (builder interface, merged tags), turning its panics into errors that name
//!    the spec;
//! 4. [`redact`] the `Debug` of types carrying secrets or personal data, and give the optional
//!    nullable request fields three states ([`nullable`]);
//! 5. keep typify's struct builders only for the types an operation takes
//!    ([`request_builders`]), and rewrite their [`setters`]: optional fields take a plain value,
//!    arrays take any iterator of convertible items (nested builders too), and `maybe_`/`clear_`
//!    methods pass on an `Option` or send `null`; derive `Deserialize` unconditionally only for
//!    the types an answer can carry ([`deserialize_derives`]), and write a small decoder for
//!    every plain struct in place of serde's derive ([`struct_decoders`]);
//! 6. add the [`operations`] layer: the spec's route table, and on every builder `request()` and
//!    `execute()` through a `hirekit_runtime::Executor`;
//! 7. for a spec with PostgREST tables (path items marked `x-hirekit-table`), add the
//!    [`tables_catalog`]: one module per table with its typed `Column` enum and routes;
//! 8. check the schemas' `pattern`s with regex-lite, and use it instead of regress
//!    ([`patterns`]);
//! 9. format with prettyplease and prepend the `@generated` header.

pub mod build;
pub mod deserialize_derives;
pub mod lint;
pub mod nullable;
pub mod operations;
pub mod patterns;
pub mod redact;
pub mod request_builders;
pub mod setters;
pub mod struct_decoders;
pub mod surface;
pub mod tables_catalog;
pub mod targets;

mod error;
mod modules;
#[cfg(test)]
mod test_specs;
mod type_graph;

use std::panic::{AssertUnwindSafe, catch_unwind};

pub use error::Error;
pub use hirekit_spec as spec;
pub use hirekit_spec::Spec;
pub use lint::{Rule, Violation, lint};
pub use surface::{Surface, SurfaceDiff};
pub use targets::{TARGETS, Target, first_difference};

/// Generates the source of `spec`'s main client: every operation not marked with a module
/// (`x-hirekit-module`).
pub fn generate(spec: &Spec) -> Result<String, Error> {
    generate_part(spec, None)
}

/// Generates the source of one part of `spec`: its main client (`module` `None`), or the
/// operations marked `x-hirekit-module: <module>` with the components they reach. The whole
/// spec is linted either way, so a broken rule is reported the same whichever part is built.
pub fn generate_part(spec: &Spec, module: Option<&str>) -> Result<String, Error> {
    let violations = lint(spec);
    if !violations.is_empty() {
        return Err(Error::Lint {
            spec: spec.name.clone(),
            violations,
        });
    }
    let part = match module {
        None => spec.without_modules(),
        Some(name) => {
            let part = spec.module(name);
            if part.operations().is_empty() {
                return Err(Error::EmptyModule {
                    spec: spec.name.clone(),
                    module: name.to_string(),
                });
            }
            part
        }
    };
    let spec = &part;
    let generated = spec.without_handwritten();
    let api: openapiv3::OpenAPI =
        serde_json::from_value(generated.value.clone()).map_err(|e| Error::Parse {
            spec: spec.name.clone(),
            message: format!("not an OpenAPI 3.0 document: {e}"),
        })?;

    let tokens = run_progenitor(&api).map_err(|message| Error::Generate {
        spec: spec.name.clone(),
        message,
    })?;
    let mut file: syn::File = syn::parse2(tokens).map_err(|e| Error::Generate {
        spec: spec.name.clone(),
        message: format!("progenitor produced unparsable code: {e}"),
    })?;

    // Every pass below fails with a message; the error names the spec.
    let post = |message: String| Error::PostProcess {
        spec: spec.name.clone(),
        message,
    };
    redact::apply(&mut file, &redact::Sensitive::of(spec)).map_err(post)?;
    nullable::apply(&mut file, &nullable::TriState::of(spec)).map_err(post)?;
    // Which types requests reach: `request_builders` and `deserialize_derives` both need it,
    // and no pass before the second one changes what it reads.
    let requests = type_graph::RequestTypes::of(&file, spec).map_err(post)?;
    request_builders::apply_with(&mut file, &requests).map_err(post)?;
    // Before `deserialize_derives`: it gates the impls this writes like any hand-written one.
    struct_decoders::apply(&mut file).map_err(post)?;
    deserialize_derives::apply_with(&mut file, spec, &requests).map_err(post)?;
    setters::apply(&mut file).map_err(post)?;
    operations::apply(&mut file, spec).map_err(post)?;

    tables_catalog::apply(&mut file, spec).map_err(post)?;
    patterns::apply(&mut file).map_err(post)?;

    let header = match module {
        None => format!(
            "// @generated from `{}` by hirekit's codegen crate. Do not edit: change the spec,\n\
             // then run `cargo xtask codegen` to refresh the committed review copy.\n",
            spec.name
        ),
        Some(name) => format!(
            "// @generated from `{}` (its operations marked `{}: {name}`)\n\
             // by hirekit's codegen crate. Do not edit: change the spec, then run\n\
             // `cargo xtask codegen` to refresh the committed review copy.\n",
            spec.name,
            spec::ext::MODULE
        ),
    };
    Ok(format!("{header}\n{}", prettyplease::unparse(&file)))
}

fn run_progenitor(api: &openapiv3::OpenAPI) -> Result<proc_macro2::TokenStream, String> {
    let mut settings = progenitor::GenerationSettings::new();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged);
    // progenitor reports several unsupported shapes with `assert!`/`todo!` instead of an error;
    // the lint catches the known ones first, and this turns any other into an error.
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        progenitor::Generator::new(&settings).generate_tokens(api)
    }));
    match outcome {
        Ok(Ok(tokens)) => Ok(tokens),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => Err(panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .map(|m| format!("panicked: {m}"))
            .unwrap_or_else(|| "panicked".to_string())),
    }
}
