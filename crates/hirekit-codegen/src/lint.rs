//! The rules a spec must follow so that progenitor can generate it and the house conventions
//! hold (see `specs/README.md`). Each rule is checked on the JSON form of the spec, so a broken
//! rule is reported with the operation or schema it concerns instead of a progenitor panic.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::Value;

use crate::spec::{METHODS, Operation, Spec, ext, resolve};

/// A rule of `specs/README.md` that codegen checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rule {
    /// `openapi` must be a 3.0.x version (progenitor refuses 3.1).
    OpenApiVersion,
    /// Every operation has an operationId.
    OperationId,
    /// operationIds are snake_case: they become method names.
    SnakeCaseOperationId,
    /// operationIds are unique across the spec.
    UniqueOperationId,
    /// Every operation has exactly one tag.
    OneTag,
    /// Every operation has a summary and a description.
    Documented,
    /// Exactly one success response per operation (progenitor panics on more).
    OneSuccess,
    /// Errors only as `4XX` and `5XX`, both pointing at the one shared error response.
    ErrorResponses,
    /// No `default` response (progenitor panics on it beside a typed success).
    NoDefault,
    /// Parameters only in path, query or header, without deepObject or `explode: false`.
    Parameters,
    /// A request body has one media type and refers to a named schema.
    RequestBody,
    /// Responses refer to named schemas rather than inline objects.
    NamedResponse,
    /// Multipart bodies only on operations marked `x-hirekit-handwritten`.
    Multipart,
    /// No external or path-item `$ref`.
    References,
    /// No `anyOf` (it generates types that cannot be read or written).
    NoAnyOf,
    /// Never `additionalProperties: true` (it silently drops unknown keys).
    AdditionalProperties,
    /// No `not` holding a `$ref` (typify panics on it).
    NotReference,
    /// A tolerant enum's `Other` branch lists exactly its strict enum's values.
    TolerantEnum,
    /// `x-hirekit-inferred` comes with `x-hirekit-inferred-note`.
    InferredNote,
    /// `x-hirekit-sensitive` only where codegen can redact it.
    SensitivePlacement,
    /// `x-hirekit-webhook` is a non-empty list of event names.
    WebhookMark,
    /// `x-hirekit-module` is a snake_case module name, on an operation.
    ModuleMark,
    /// Component schema names are PascalCase, so the Rust type has the same name.
    SchemaName,
    /// Null is allowed in the one shape a strict OpenAPI 3.0 validator accepts and typify turns
    /// into `Option<T>`: `nullable: true` beside a `type`, or `oneOf: [<value>, <null branch>]`.
    NullableShape,
}

impl Rule {
    /// The rule's short name, as printed in messages.
    pub fn name(self) -> &'static str {
        match self {
            Rule::OpenApiVersion => "openapi-version",
            Rule::OperationId => "operation-id",
            Rule::SnakeCaseOperationId => "snake-case-operation-id",
            Rule::UniqueOperationId => "unique-operation-id",
            Rule::OneTag => "one-tag",
            Rule::Documented => "documented",
            Rule::OneSuccess => "one-success-response",
            Rule::ErrorResponses => "error-responses",
            Rule::NoDefault => "no-default-response",
            Rule::Parameters => "parameters",
            Rule::RequestBody => "request-body",
            Rule::NamedResponse => "named-response",
            Rule::Multipart => "multipart",
            Rule::References => "references",
            Rule::NoAnyOf => "no-any-of",
            Rule::AdditionalProperties => "additional-properties",
            Rule::NotReference => "not-reference",
            Rule::TolerantEnum => "tolerant-enum",
            Rule::InferredNote => "inferred-note",
            Rule::SensitivePlacement => "sensitive-placement",
            Rule::WebhookMark => "webhook-mark",
            Rule::ModuleMark => "module-mark",
            Rule::SchemaName => "schema-name",
            Rule::NullableShape => "nullable-shape",
        }
    }
}

/// One broken rule.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    /// Where: an operation (`operation \`get_x\` (GET /x)`) or a JSON pointer into the spec.
    pub location: String,
    /// Which rule.
    pub rule: Rule,
    /// What exactly is wrong.
    pub detail: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: [{}] {}",
            self.location,
            self.rule.name(),
            self.detail
        )
    }
}

const ERROR_RESPONSE: &str = "#/components/responses/Error";
const JSON: &str = "application/json";
const MULTIPART: &str = "multipart/form-data";

/// Checks every rule; an empty result means the spec is fit for generation.
pub fn lint(spec: &Spec) -> Vec<Violation> {
    let mut out = Vec::new();
    let mut push = |location: String, rule: Rule, detail: String| {
        out.push(Violation {
            location,
            rule,
            detail,
        })
    };

    let version = spec.value.get("openapi").and_then(Value::as_str);
    if !version.is_some_and(|v| v.starts_with("3.0.")) {
        push(
            "openapi".into(),
            Rule::OpenApiVersion,
            format!("expected 3.0.x, found {version:?}"),
        );
    }

    if let Some(paths) = spec.value.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            if item.get("$ref").is_some() {
                push(
                    format!("path `{path}`"),
                    Rule::References,
                    "a path item may not be a $ref".into(),
                );
            }
        }
    }

    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    for op in spec.operations() {
        lint_operation(spec, &op, &mut push);
        if let Some(id) = op.id() {
            *ids.entry(id.to_string()).or_default() += 1;
        }
    }
    for (id, count) in ids {
        if count > 1 {
            push(
                format!("operationId `{id}`"),
                Rule::UniqueOperationId,
                format!("used by {count} operations"),
            );
        }
    }

    walk(&spec.value, "", &mut |pointer, node| {
        lint_node(spec, pointer, node, &mut push)
    });
    lint_components(spec, &mut push);
    out.sort();
    out
}

type Push<'a> = dyn FnMut(String, Rule, String) + 'a;

fn lint_operation(spec: &Spec, op: &Operation<'_>, push: &mut Push<'_>) {
    let here = op.label();
    match op.id() {
        None => push(
            here.clone(),
            Rule::OperationId,
            "missing operationId".into(),
        ),
        Some(id) if !is_snake_case(id) => push(
            here.clone(),
            Rule::SnakeCaseOperationId,
            format!("`{id}` is not snake_case"),
        ),
        Some(_) => {}
    }
    let tags = op.value.get("tags").and_then(Value::as_array).map(Vec::len);
    if tags != Some(1) {
        push(
            here.clone(),
            Rule::OneTag,
            format!("expected exactly one tag, found {}", tags.unwrap_or(0)),
        );
    }
    for key in ["summary", "description"] {
        let text = op.value.get(key).and_then(Value::as_str).unwrap_or("");
        if text.trim().is_empty() {
            push(here.clone(), Rule::Documented, format!("missing {key}"));
        }
    }

    let empty = serde_json::Map::new();
    let responses = op
        .value
        .get("responses")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let successes: Vec<&String> = responses.keys().filter(|k| k.starts_with('2')).collect();
    if successes.len() != 1 {
        push(
            here.clone(),
            Rule::OneSuccess,
            format!("expected one 2xx response, found {successes:?}"),
        );
    }
    if responses.contains_key("default") {
        push(
            here.clone(),
            Rule::NoDefault,
            "`default` response is not allowed".into(),
        );
    }
    for code in ["4XX", "5XX"] {
        let reference = responses
            .get(code)
            .and_then(|r| r.get("$ref"))
            .and_then(Value::as_str);
        if reference != Some(ERROR_RESPONSE) {
            push(
                here.clone(),
                Rule::ErrorResponses,
                format!("`{code}` must be `$ref: '{ERROR_RESPONSE}'`"),
            );
        }
    }
    for code in responses.keys() {
        let allowed = code.starts_with('2') || code == "4XX" || code == "5XX" || code == "default";
        if !allowed {
            push(
                here.clone(),
                Rule::ErrorResponses,
                format!("response `{code}`: errors are declared only as 4XX and 5XX"),
            );
        }
    }
    for code in successes {
        let content = responses[code].get("content").and_then(Value::as_object);
        for (media, body) in content.into_iter().flatten() {
            let schema = body.get("schema");
            if media.starts_with(JSON) && !is_named_or_array_of_named(schema) {
                push(
                    here.clone(),
                    Rule::NamedResponse,
                    format!("response `{code}` ({media}) must `$ref` a named schema"),
                );
            }
        }
    }

    lint_request_body(spec, op, &here, push);

    let params = op.value.get("parameters").and_then(Value::as_array);
    for param in params.into_iter().flatten() {
        let param = match param.get("$ref").and_then(Value::as_str) {
            Some(r) => match resolve(&spec.value, r) {
                Some(p) => p,
                None => {
                    push(
                        here.clone(),
                        Rule::References,
                        format!("unresolved parameter `{r}`"),
                    );
                    continue;
                }
            },
            None => param,
        };
        let name = param.get("name").and_then(Value::as_str).unwrap_or("?");
        let location = param.get("in").and_then(Value::as_str).unwrap_or("?");
        if !matches!(location, "path" | "query" | "header") {
            push(
                here.clone(),
                Rule::Parameters,
                format!("parameter `{name}` is in `{location}`; only path, query and header work"),
            );
        }
        if param.get("style").and_then(Value::as_str) == Some("deepObject") {
            push(
                here.clone(),
                Rule::Parameters,
                format!("parameter `{name}` uses deepObject"),
            );
        }
        if param.get("explode").and_then(Value::as_bool) == Some(false) {
            push(
                here.clone(),
                Rule::Parameters,
                format!("parameter `{name}` sets explode: false, which progenitor ignores"),
            );
        }
    }
}

fn lint_request_body(spec: &Spec, op: &Operation<'_>, here: &str, push: &mut Push<'_>) {
    let Some(body) = op.value.get("requestBody") else {
        return;
    };
    let body = match body.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(&spec.value, r).unwrap_or(body),
        None => body,
    };
    let content = body.get("content").and_then(Value::as_object);
    let media: Vec<&String> = content.map(|c| c.keys().collect()).unwrap_or_default();
    // progenitor panics on a body with two media types; an operation written by hand is
    // stripped before generation, so it may describe every form the vendor takes.
    let fits = media.len() == 1 || (op.is_handwritten() && !media.is_empty());
    if !fits {
        push(
            here.to_string(),
            Rule::RequestBody,
            format!(
                "expected one media type (more only with `x-hirekit-handwritten: true`), found {media:?}"
            ),
        );
    }
    for (media, value) in content.into_iter().flatten() {
        if media == MULTIPART && !op.is_handwritten() {
            push(
                here.to_string(),
                Rule::Multipart,
                "multipart bodies need `x-hirekit-handwritten: true`".into(),
            );
        }
        if (media.starts_with(JSON) || media == MULTIPART)
            && !is_named_or_array_of_named(value.get("schema"))
        {
            push(
                here.to_string(),
                Rule::RequestBody,
                format!("body ({media}) must `$ref` a named schema"),
            );
        }
    }
}

fn lint_node(spec: &Spec, pointer: &str, node: &Value, push: &mut Push<'_>) {
    let Some(map) = node.as_object() else {
        return;
    };
    if let Some(r) = map.get("$ref").and_then(Value::as_str) {
        if !r.starts_with("#/") {
            push(
                pointer.to_string(),
                Rule::References,
                format!("external $ref `{r}`"),
            );
        } else if resolve(&spec.value, r).is_none() {
            push(
                pointer.to_string(),
                Rule::References,
                format!("unresolved $ref `{r}`"),
            );
        }
    }
    if map.contains_key("anyOf") {
        push(
            pointer.to_string(),
            Rule::NoAnyOf,
            "use oneOf (a nullable value: oneOf with a null branch) instead of anyOf".into(),
        );
    }
    if map.get("additionalProperties") == Some(&Value::Bool(true)) {
        push(
            pointer.to_string(),
            Rule::AdditionalProperties,
            "`true` drops unknown keys; write `{}` to keep them".into(),
        );
    }
    if map.get("not").and_then(|n| n.get("$ref")).is_some() {
        push(
            pointer.to_string(),
            Rule::NotReference,
            "`not` may not hold a $ref; list the values".into(),
        );
    }
    if map.get(ext::INFERRED).and_then(Value::as_bool) == Some(true) {
        let note = map
            .get(ext::INFERRED_NOTE)
            .and_then(Value::as_str)
            .unwrap_or("");
        if note.trim().is_empty() {
            push(
                pointer.to_string(),
                Rule::InferredNote,
                "x-hirekit-inferred needs x-hirekit-inferred-note".into(),
            );
        }
    }
    if let Some(mark) = map.get(ext::SENSITIVE) {
        if !sensitive_mark_allowed(pointer, map) {
            push(
                pointer.to_string(),
                Rule::SensitivePlacement,
                "only properties of named component schemas, or named string components, can be redacted".into(),
            );
        }
        if !mark.is_boolean() {
            push(
                pointer.to_string(),
                Rule::SensitivePlacement,
                "x-hirekit-sensitive must be a boolean".into(),
            );
        }
    }
    if let Some(events) = map.get(ext::WEBHOOK) {
        let ok = events
            .as_array()
            .is_some_and(|a| !a.is_empty() && a.iter().all(Value::is_string));
        if !ok || !is_component_schema(pointer) {
            push(
                pointer.to_string(),
                Rule::WebhookMark,
                "x-hirekit-webhook must be a non-empty list of event names on a component schema"
                    .into(),
            );
        }
    }
    if let Some(module) = map.get(ext::MODULE) {
        let ok = module.as_str().is_some_and(is_snake_case);
        if !ok || !is_operation(pointer) {
            push(
                pointer.to_string(),
                Rule::ModuleMark,
                "x-hirekit-module must be a snake_case module name on an operation".into(),
            );
        }
    }
    if let Some(branches) = map.get("oneOf").and_then(Value::as_array) {
        lint_tolerant_enum(spec, pointer, branches, push);
    }
    lint_nullable(pointer, map, push);
}

/// The null branch of a nullable union: exactly `{nullable: true, enum: [null]}`.
pub fn is_null_branch(schema: &Value) -> bool {
    let Some(map) = schema.as_object() else {
        return false;
    };
    map.len() == 2
        && map.get("nullable") == Some(&Value::Bool(true))
        && map.get("enum") == Some(&Value::Array(vec![Value::Null]))
}

/// Where null may appear, and how. OpenAPI 3.0 validators apply `nullable` only to the `type`
/// beside it: next to `allOf`, `oneOf` or `$ref` it is ignored (every branch still rejects
/// null), and next to an `enum` that does not list null the enum rejects it. So a nullable
/// reference or union is `oneOf: [<value>, {nullable: true, enum: [null]}]`, which both a
/// strict validator and typify (`Option<T>`) read as meant.
fn lint_nullable(pointer: &str, map: &serde_json::Map<String, Value>, push: &mut Push<'_>) {
    let nullable = map.get("nullable") == Some(&Value::Bool(true));
    if nullable {
        for key in ["allOf", "oneOf", "anyOf", "$ref"] {
            if map.contains_key(key) {
                push(
                    pointer.to_string(),
                    Rule::NullableShape,
                    format!(
                        "`nullable: true` beside `{key}` does not admit null; write \
                         `oneOf: [<value>, {{nullable: true, enum: [null]}}]`"
                    ),
                );
            }
        }
        let enum_without_null = map
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|values| !values.contains(&Value::Null));
        if enum_without_null {
            push(
                pointer.to_string(),
                Rule::NullableShape,
                "a nullable enum must list `null` among its values".into(),
            );
        }
    }
    let Some(branches) = map.get("oneOf").and_then(Value::as_array) else {
        return;
    };
    let nulls = branches.iter().filter(|b| is_null_branch(b)).count();
    let loose = branches.iter().any(|b| {
        !is_null_branch(b)
            && (b.get("nullable") == Some(&Value::Bool(true))
                || b.get("enum")
                    .and_then(Value::as_array)
                    .is_some_and(|v| v.contains(&Value::Null)))
    });
    if loose {
        push(
            pointer.to_string(),
            Rule::NullableShape,
            "a union admits null only through its null branch `{nullable: true, enum: [null]}`"
                .into(),
        );
    }
    // typify reads `[value, null]` as `Option<value>`; with more branches the null becomes an
    // enum variant of its own.
    let shaped = nulls == 0 || (nulls == 1 && branches.len() == 2 && is_null_branch(&branches[1]));
    if !shaped {
        push(
            pointer.to_string(),
            Rule::NullableShape,
            "a nullable union is exactly `oneOf: [<value>, {nullable: true, enum: [null]}]` \
             (nest a union of several values inside the first branch)"
                .into(),
        );
    }
}

/// `oneOf: [{$ref: Strict}, {title: Other, type: string, not: {enum: [...]}}]`: the `not` list
/// must equal the strict enum's values, or a known value would parse as `Other` (or a new
/// strict value would fail both branches).
fn lint_tolerant_enum(spec: &Spec, pointer: &str, branches: &[Value], push: &mut Push<'_>) {
    let other = branches.iter().find_map(|b| {
        b.get("not")
            .and_then(|n| n.get("enum"))
            .and_then(Value::as_array)
    });
    let Some(other) = other else {
        return;
    };
    let strict: BTreeSet<String> = branches
        .iter()
        .filter_map(|b| b.get("$ref").and_then(Value::as_str))
        .filter_map(|r| resolve(&spec.value, r))
        .filter_map(|s| s.get("enum").and_then(Value::as_array))
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    let excluded: BTreeSet<String> = other
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    if strict != excluded {
        let missing: Vec<_> = strict.difference(&excluded).collect();
        let extra: Vec<_> = excluded.difference(&strict).collect();
        push(
            pointer.to_string(),
            Rule::TolerantEnum,
            format!(
                "the Other branch must exclude exactly the strict values (missing {missing:?}, extra {extra:?})"
            ),
        );
    }
}

fn lint_components(spec: &Spec, push: &mut Push<'_>) {
    let Some(schemas) = spec.schemas() else {
        return;
    };
    for name in schemas.keys() {
        if !name.chars().next().is_some_and(char::is_uppercase) || name.contains(['_', '-', ' ']) {
            push(
                format!("/components/schemas/{name}"),
                Rule::SchemaName,
                "component schema names are PascalCase (they become Rust type names)".into(),
            );
        }
    }
}

fn sensitive_mark_allowed(pointer: &str, map: &serde_json::Map<String, Value>) -> bool {
    let parts: Vec<&str> = pointer.split('/').collect();
    // /components/schemas/<Name>/properties/<prop>
    let on_property = parts.len() == 6
        && parts[1] == "components"
        && parts[2] == "schemas"
        && parts[4] == "properties";
    // /components/schemas/<Name> of type string
    let on_string = parts.len() == 4
        && parts[1] == "components"
        && parts[2] == "schemas"
        && map.get("type").and_then(Value::as_str) == Some("string");
    on_property || on_string
}

fn is_operation(pointer: &str) -> bool {
    let parts: Vec<&str> = pointer.split('/').collect();
    parts.len() == 4 && parts[1] == "paths" && METHODS.contains(&parts[3])
}

fn is_component_schema(pointer: &str) -> bool {
    let parts: Vec<&str> = pointer.split('/').collect();
    parts.len() == 4 && parts[1] == "components" && parts[2] == "schemas"
}

fn is_named_or_array_of_named(schema: Option<&Value>) -> bool {
    let Some(schema) = schema else {
        return false;
    };
    let is_ref = |s: &Value| s.get("$ref").and_then(Value::as_str).is_some();
    if is_ref(schema) {
        return true;
    }
    schema.get("type").and_then(Value::as_str) == Some("array")
        && schema.get("items").is_some_and(is_ref)
}

fn is_snake_case(id: &str) -> bool {
    !id.is_empty()
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !id.contains("__")
        && !id.ends_with('_')
}

/// Visits every node of the document with its JSON pointer.
fn walk(node: &Value, pointer: &str, visit: &mut dyn FnMut(&str, &Value)) {
    visit(pointer, node);
    match node {
        Value::Object(map) => {
            for (key, child) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                walk(child, &format!("{pointer}/{escaped}"), visit);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(child, &format!("{pointer}/{i}"), visit);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> Spec {
        Spec::parse("test.yaml", yaml).unwrap()
    }

    const GOOD: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    get:
      operationId: list_things
      tags: [things]
      summary: List things.
      description: Lists every thing.
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
components:
  responses:
    Error: {description: e, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
  schemas:
    Error: {type: object, additionalProperties: {}}
    Mode: {type: string, enum: [live, test]}
    ModeValue:
      oneOf:
        - $ref: '#/components/schemas/Mode'
        - {title: Other, type: string, not: {enum: [live, test]}}
    Thing:
      type: object
      properties:
        mode: {$ref: '#/components/schemas/ModeValue'}
        email: {type: string, x-hirekit-sensitive: true}
      additionalProperties: {}
"#;

    fn rules(yaml: &str) -> Vec<Rule> {
        lint(&spec(yaml)).into_iter().map(|v| v.rule).collect()
    }

    #[test]
    fn a_conforming_spec_has_no_violations() {
        assert_eq!(lint(&spec(GOOD)), vec![]);
    }

    #[test]
    fn openapi_31_is_refused() {
        assert_eq!(
            rules(&GOOD.replace("3.0.3", "3.1.0")),
            vec![Rule::OpenApiVersion]
        );
    }

    #[test]
    fn a_second_success_response_is_named() {
        let yaml = GOOD.replace(
            "'4XX': {$ref",
            "'201': {description: created}\n        '4XX': {$ref",
        );
        let found = lint(&spec(&yaml));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, Rule::OneSuccess);
        assert!(found[0].location.contains("list_things"), "{}", found[0]);
    }

    #[test]
    fn default_and_per_code_errors_are_refused() {
        let yaml = GOOD.replace(
            "'4XX': {$ref",
            "'404': {$ref: '#/components/responses/Error'}\n        default: {description: x}\n        '4XX': {$ref",
        );
        assert_eq!(rules(&yaml), vec![Rule::ErrorResponses, Rule::NoDefault]);
    }

    #[test]
    fn camel_case_and_duplicate_ids_are_refused() {
        assert_eq!(
            rules(&GOOD.replace("list_things", "listThings")),
            vec![Rule::SnakeCaseOperationId]
        );
        let twice = GOOD.replace(
            "  /things:\n",
            "  /other:\n    get: {operationId: list_things, tags: [x], summary: s, description: d, responses: {'200': {description: ok}, '4XX': {$ref: '#/components/responses/Error'}, '5XX': {$ref: '#/components/responses/Error'}}}\n  /things:\n",
        );
        assert_eq!(rules(&twice), vec![Rule::UniqueOperationId]);
    }

    #[test]
    fn any_of_and_open_true_are_refused() {
        let yaml = GOOD.replace(
            "email: {type: string, x-hirekit-sensitive: true}",
            "email: {anyOf: [{type: string}, {type: integer}]}\n        other: {type: object, additionalProperties: true}",
        );
        assert_eq!(
            rules(&yaml),
            vec![Rule::NoAnyOf, Rule::AdditionalProperties]
        );
    }

    #[test]
    fn a_tolerant_enum_must_exclude_exactly_the_strict_values() {
        let yaml = GOOD.replace("not: {enum: [live, test]}", "not: {enum: [live]}");
        let found = lint(&spec(&yaml));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, Rule::TolerantEnum);
        assert!(found[0].detail.contains("test"), "{}", found[0]);
    }

    #[test]
    fn inferred_marks_need_a_note() {
        let yaml = GOOD.replace(
            "Error: {type: object, additionalProperties: {}}",
            "Error: {type: object, additionalProperties: {}, x-hirekit-inferred: true}",
        );
        assert_eq!(rules(&yaml), vec![Rule::InferredNote]);
    }

    #[test]
    fn module_marks_are_snake_case_names_on_operations() {
        let marked = GOOD.replace(
            "      responses:\n",
            "      x-hirekit-module: auth\n      responses:\n",
        );
        assert!(rules(&marked).is_empty());
        for bad in ["Auth", "true", "[auth]"] {
            let yaml = GOOD.replace(
                "      responses:\n",
                &format!("      x-hirekit-module: {bad}\n      responses:\n"),
            );
            assert_eq!(rules(&yaml), vec![Rule::ModuleMark], "{bad}");
        }
        let on_a_schema = GOOD.replace(
            "Error: {type: object, additionalProperties: {}}",
            "Error: {type: object, additionalProperties: {}, x-hirekit-module: auth}",
        );
        assert_eq!(rules(&on_a_schema), vec![Rule::ModuleMark]);
    }

    #[test]
    fn sensitive_marks_must_be_redactable() {
        let yaml = GOOD.replace(
            "      responses:\n",
            "      parameters: [{name: q, in: query, schema: {type: string, x-hirekit-sensitive: true}}]\n      responses:\n",
        );
        assert_eq!(rules(&yaml), vec![Rule::SensitivePlacement]);
    }

    #[test]
    fn nullable_references_and_unions_use_the_null_branch() {
        let good = GOOD.replace(
            "email: {type: string, x-hirekit-sensitive: true}",
            "email: {type: string, x-hirekit-sensitive: true}\n        \
             mode_or_null: {oneOf: [{$ref: '#/components/schemas/ModeValue'}, {nullable: true, enum: [null]}]}\n        \
             count: {oneOf: [{oneOf: [{type: integer}, {type: string}]}, {nullable: true, enum: [null]}]}\n        \
             tier: {type: string, nullable: true, enum: [a, b, null]}",
        );
        assert_eq!(lint(&spec(&good)), vec![]);

        for bad in [
            "{allOf: [{$ref: '#/components/schemas/ModeValue'}], nullable: true}",
            "{oneOf: [{type: integer}, {type: string}], nullable: true}",
            "{type: string, nullable: true, enum: [a, b]}",
            "{oneOf: [{nullable: true, enum: [null]}, {$ref: '#/components/schemas/ModeValue'}]}",
            "{oneOf: [{type: integer}, {type: string}, {nullable: true, enum: [null]}]}",
            "{oneOf: [{$ref: '#/components/schemas/ModeValue'}, {type: string, nullable: true}]}",
        ] {
            let yaml = GOOD.replace(
                "email: {type: string, x-hirekit-sensitive: true}",
                &format!("email: {bad}"),
            );
            let found = lint(&spec(&yaml));
            assert!(
                !found.is_empty() && found.iter().all(|v| v.rule == Rule::NullableShape),
                "{bad}: {found:?}"
            );
            assert!(
                found[0].location.ends_with("/Thing/properties/email"),
                "{}",
                found[0]
            );
        }
    }

    #[test]
    fn only_a_handwritten_operation_may_take_two_media_types() {
        let yaml = GOOD.replace(
            "      responses:\n        '200'",
            "      requestBody: {content: {multipart/form-data: {schema: {$ref: '#/components/schemas/Thing'}}, application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}\n      responses:\n        '200'",
        );
        assert_eq!(rules(&yaml), vec![Rule::RequestBody, Rule::Multipart]);
        let marked = yaml.replace(
            "operationId: list_things",
            "operationId: list_things\n      x-hirekit-handwritten: true",
        );
        assert_eq!(rules(&marked), vec![]);
    }

    #[test]
    fn multipart_needs_the_handwritten_mark() {
        let yaml = GOOD.replace(
            "      responses:\n        '200'",
            "      requestBody: {content: {multipart/form-data: {schema: {$ref: '#/components/schemas/Thing'}}}}\n      responses:\n        '200'",
        );
        assert_eq!(rules(&yaml), vec![Rule::Multipart]);
        let marked = yaml.replace(
            "operationId: list_things",
            "operationId: list_things\n      x-hirekit-handwritten: true",
        );
        assert_eq!(rules(&marked), vec![]);
    }
}
