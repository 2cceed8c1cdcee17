//! Proves that the facade's query, options and upload structs carry exactly the parameters the
//! spec gives their operations: none missing (a parameter the vendor added would otherwise be
//! unreachable), none extra, and each required one where the caller must give it. The spec is
//! read through `hirekit-spec`; nothing here lists a parameter.
//!
//! Point `HIREKIT_SPEC_DIR` at a scratch copy of `specs/` to see what a new parameter asks for.

use std::collections::BTreeSet;
use std::path::Path;

use hirekit_spec::{BuiltIn, Location, Operation, Spec};

use super::handwritten::Part;
use super::query::SpecQuery;
use super::{
    AnalyticsQuery, AvatarQuery, CandidateQuery, CreditUsageQuery, DetailsOptions,
    DirectoryOptions, DirectoryQuery, Document, InterviewQuery, ResultQuery, ResumeFile,
    StatusOptions, SubMerchantQuery,
};

/// What one struct declared with `spec_query!` says about its operation.
struct Claim {
    name: &'static str,
    builder: &'static str,
    operation: &'static str,
    required: &'static [&'static str],
    optional: &'static [&'static str],
    positional: &'static [&'static str],
}

fn claim<Q: SpecQuery>() -> Claim {
    Claim {
        name: std::any::type_name::<Q>(),
        builder: std::any::type_name::<Q::Builder>(),
        operation: Q::OPERATION,
        required: Q::REQUIRED,
        optional: Q::OPTIONAL,
        positional: Q::POSITIONAL,
    }
}

/// Every struct declared with `spec_query!`. One left out here is still caught: its
/// operation then has optional parameters that no listed struct claims.
fn claims() -> Vec<Claim> {
    vec![
        claim::<ResultQuery>(),
        claim::<AnalyticsQuery>(),
        claim::<CreditUsageQuery>(),
        claim::<DetailsOptions>(),
        claim::<InterviewQuery>(),
        claim::<CandidateQuery>(),
        claim::<SubMerchantQuery>(),
        claim::<AvatarQuery>(),
        claim::<StatusOptions>(),
        claim::<DirectoryQuery>(),
        claim::<DirectoryOptions>(),
    ]
}

fn load(spec: BuiltIn) -> Spec {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    spec.load_for_checks(&root)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The name progenitor gives a parameter's builder setter: snake case, with a trailing `_`
/// for a Rust keyword (`type` becomes `type_`).
fn setter_of(parameter: &str) -> String {
    let mut out = String::new();
    for c in parameter.chars() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else",
        "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod",
        "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait",
        "true", "type", "unsafe", "use", "where", "while", "yield",
    ];
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// `list_interview_results` -> `ListInterviewResults`, the name of its generated builder.
fn camel(operation_id: &str) -> String {
    operation_id
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The operation's query parameters as builder setters: (required, optional).
fn query_parameters(op: &Operation<'_>) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut required = BTreeSet::new();
    let mut optional = BTreeSet::new();
    for parameter in op.parameters().unwrap_or_else(|e| panic!("{e}")) {
        if parameter.location != Location::Query {
            continue;
        }
        let setter = setter_of(parameter.name);
        if parameter.required {
            required.insert(setter);
        } else {
            optional.insert(setter);
        }
    }
    (required, optional)
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| n.to_string()).collect()
}

fn differences(what: &str, ours: &BTreeSet<String>, spec: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    let missing: Vec<&String> = spec.difference(ours).collect();
    if !missing.is_empty() {
        out.push(format!(
            "{what}: the spec has {missing:?}, the struct does not"
        ));
    }
    let extra: Vec<&String> = ours.difference(spec).collect();
    if !extra.is_empty() {
        out.push(format!(
            "{what}: the struct has {extra:?}, the spec does not"
        ));
    }
    out
}

#[test]
fn every_query_struct_carries_exactly_its_operations_query_parameters() {
    let spec = load(BuiltIn::JobMojito);
    let mut problems = Vec::new();
    for claim in claims() {
        let Some(op) = spec.operation_by_id(claim.operation) else {
            problems.push(format!(
                "{}: `{}` is no operation of {}",
                claim.name, claim.operation, spec.name
            ));
            continue;
        };
        // `type_name` spells the builder with its lifetime: `…::ListInterviewResults<'_>`.
        let builder_path = claim.builder.split('<').next().unwrap_or_default();
        if !builder_path.ends_with(&format!("::{}", camel(claim.operation))) {
            problems.push(format!(
                "{}: sent with `{}`, which is not the builder of `{}`",
                claim.name, claim.builder, claim.operation
            ));
        }
        let (required, optional) = query_parameters(&op);
        let context = |part: &str| format!("{} ({}, {part})", claim.name, op.label());
        problems.extend(differences(
            &context("optional parameters, the struct's optional fields"),
            &set(claim.optional),
            &optional,
        ));
        let mut given = set(claim.required);
        given.extend(set(claim.positional));
        problems.extend(differences(
            &context("required parameters, `new`'s arguments and the method's"),
            &given,
            &required,
        ));
        let twice: Vec<&&str> = claim
            .required
            .iter()
            .filter(|name| claim.positional.contains(name))
            .collect();
        if !twice.is_empty() {
            problems.push(format!("{}: {twice:?} given twice", context("required")));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn every_operation_with_optional_query_parameters_has_a_query_struct() {
    let claimed: BTreeSet<&str> = claims().iter().map(|c| c.operation).collect();
    let mut problems = Vec::new();
    for built_in in [BuiltIn::Jofi, BuiltIn::JobMojito] {
        let spec = load(built_in);
        for op in spec.operations() {
            let (_, optional) = query_parameters(&op);
            let id = op.id().unwrap_or_default();
            if !optional.is_empty() && !claimed.contains(id) {
                problems.push(format!(
                    "{}: optional query parameters {optional:?} reach no facade struct; declare \
                     one with `spec_query!` (crates/hirekit/src/jobmojito/query.rs, which JOFI \
                     would first have to share) and list it in `claims`",
                    op.label()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The names of a form's parts.
fn part_names(parts: &[Part<'_>]) -> BTreeSet<String> {
    parts
        .iter()
        .map(|part| match part {
            Part::Text { name, .. } | Part::File { name, .. } => name.to_string(),
        })
        .collect()
}

/// The multipart form fields of an operation: (every field, the required ones).
fn form_fields(spec: &Spec, operation: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let op = spec
        .operation_by_id(operation)
        .unwrap_or_else(|| panic!("`{operation}` is no operation of {}", spec.name));
    let body = op
        .request_body()
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("{} takes no body", op.label()));
    let schema = body
        .media("multipart/form-data")
        .and_then(|media| media.schema)
        .unwrap_or_else(|| panic!("{} takes no multipart form", op.label()));
    let schema = spec.resolved(schema).unwrap_or_else(|e| panic!("{e}"));
    let every = schema["properties"]
        .as_object()
        .map(|properties| properties.keys().cloned().collect())
        .unwrap_or_default();
    let required = schema["required"]
        .as_array()
        .map(|names| {
            names
                .iter()
                .filter_map(|n| n.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    (every, required)
}

#[test]
fn every_upload_struct_sends_exactly_its_operations_form_fields() {
    let spec = load(BuiltIn::JobMojito);
    let mut problems = Vec::new();

    let (every, required) = form_fields(&spec, "upload_knowledge_base_document");
    let bare = Document::new("kb-1", "a.pdf", "application/pdf", b"%PDF".to_vec());
    let full = bare.clone().name("Handbook").merchant_id("m-1");
    problems.extend(differences(
        "Document with every setter",
        &part_names(&full.parts()),
        &every,
    ));
    problems.extend(differences(
        "Document::new alone",
        &part_names(&bare.parts()),
        &required,
    ));

    let (every, required) = form_fields(&spec, "pre_screen_resume_binary");
    let bare = ResumeFile::new(
        "p-1",
        "Ada",
        "ada@example.com",
        "cv.pdf",
        "application/pdf",
        b"%PDF".to_vec(),
    );
    let full = bare
        .clone()
        .candidate_country_code("GB")
        .candidate_external_id("ext-1")
        .candidate_linkedin_url("https://www.linkedin.com/in/ada")
        .form("{}");
    problems.extend(differences(
        "ResumeFile with every setter",
        &part_names(&full.parts()),
        &every,
    ));
    problems.extend(differences(
        "ResumeFile::new alone",
        &part_names(&bare.parts()),
        &required,
    ));

    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_setter_names_follow_the_generator() {
    assert_eq!(setter_of("type"), "type_");
    assert_eq!(setter_of("get_signed_recordings"), "get_signed_recordings");
    assert_eq!(setter_of("testTakerId"), "test_taker_id");
    assert_eq!(camel("get_merchant_status"), "GetMerchantStatus");
}
