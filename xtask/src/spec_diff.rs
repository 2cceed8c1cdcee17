//! `cargo xtask spec-diff`: what changed between two versions of a spec, and what breaks.
//!
//! Oxide's `drift` compares the documents, but it leaves most schema edits as "unhandled". Our
//! own structural pass classifies the changes that matter to SDK users (removed operations,
//! new required parameters or fields, narrowed enums, changed types) and drift's findings are
//! listed beside it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use hirekit_codegen::TARGETS;
use hirekit_spec::{MediaType, Operation, Spec, resolve};
use serde_json::Value;

/// Whether a change breaks existing users.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Existing code or data stops working.
    Breaking,
    /// Existing users are unaffected.
    Compatible,
}

/// One change between two versions.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// Breaking or not.
    pub impact: Impact,
    /// What changed, worded for a reviewer.
    pub what: String,
}

pub fn run(root: &Path, args: &[String]) -> Result<bool, String> {
    let pairs: Vec<(String, Spec, Spec)> =
        match args {
            [flag, rev, specs @ ..] if flag == "--base" => {
                let names: Vec<String> = if specs.is_empty() {
                    TARGETS.iter().map(|t| t.spec.to_string()).collect()
                } else {
                    specs.to_vec()
                };
                let mut pairs = Vec::new();
                for name in names {
                    let old_text = git_show(root, rev, &name)?;
                    let old = Spec::parse(&format!("{rev}:{name}"), &old_text)
                        .map_err(|e| e.to_string())?;
                    let new = Spec::load(&root.join(&name), &name).map_err(|e| e.to_string())?;
                    pairs.push((name, old, new));
                }
                pairs
            }
            [old, new] => {
                let old_spec = Spec::load(Path::new(old), old).map_err(|e| e.to_string())?;
                let new_spec = Spec::load(Path::new(new), new).map_err(|e| e.to_string())?;
                vec![(format!("{old} -> {new}"), old_spec, new_spec)]
            }
            _ => return Err(
                "usage: cargo xtask spec-diff <old.yaml> <new.yaml> | --base <git-rev> [spec...]"
                    .into(),
            ),
        };

    let mut ok = true;
    for (label, old, new) in pairs {
        let findings = compare(&old, &new);
        println!("{label}: {} change(s)", findings.len());
        for f in &findings {
            let tag = match f.impact {
                Impact::Breaking => "BREAKING",
                Impact::Compatible => "ok",
            };
            println!("  [{tag}] {}", f.what);
        }
        ok &= !findings.iter().any(|f| f.impact == Impact::Breaking);
        match drift::compare(&old.value, &new.value) {
            Ok(changes) => {
                for change in changes {
                    for info in change.changes {
                        let class = format!("{:?}", info.class);
                        let breaking = matches!(
                            info.class,
                            drift::ChangeClass::BackwardIncompatible
                                | drift::ChangeClass::Incompatible
                        );
                        ok &= !breaking;
                        let at = change
                            .paths
                            .first()
                            .map(|p| p.new.current_pointer().to_string())
                            .unwrap_or_default();
                        println!(
                            "  [drift {class}] {} ({at}{})",
                            info.message, info.new_subpath
                        );
                    }
                }
            }
            Err(e) => println!("  [drift] could not compare: {e}"),
        }
    }
    Ok(ok)
}

/// The text of `path` at the git revision `rev`.
pub fn git_show(root: &Path, rev: &str, path: &str) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .arg("show")
        .arg(format!("{rev}:{path}"))
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "git show {rev}:{path}: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("{rev}:{path} is not UTF-8: {e}"))
}

/// Compares two versions of a spec.
pub fn compare(old: &Spec, new: &Spec) -> Vec<Finding> {
    let mut out = Vec::new();
    compare_operations(old, new, &mut out);
    compare_schemas(old, new, &mut out);
    out.sort();
    out.dedup();
    out
}

fn finding(out: &mut Vec<Finding>, impact: Impact, what: String) {
    out.push(Finding { impact, what });
}

fn compare_operations(old: &Spec, new: &Spec, out: &mut Vec<Finding>) {
    let before = index(old);
    let after = index(new);
    for (id, op) in &before {
        if !after.contains_key(id) {
            finding(
                out,
                Impact::Breaking,
                format!(
                    "operation `{id}` ({} {}) removed",
                    op.method_upper(),
                    op.path
                ),
            );
        }
    }
    for (id, op) in &after {
        let (method, path) = (op.method_upper(), op.path);
        let Some(old_op) = before.get(id) else {
            finding(
                out,
                Impact::Compatible,
                format!("operation `{id}` ({method} {path}) added"),
            );
            continue;
        };
        let (old_method, old_path) = (old_op.method_upper(), old_op.path);
        if (&old_method, old_path) != (&method, path) {
            finding(
                out,
                Impact::Breaking,
                format!("operation `{id}` moved from {old_method} {old_path} to {method} {path}"),
            );
        }
        let (old_params, new_params) = match (parameters(old_op), parameters(op)) {
            (Ok(old_params), Ok(new_params)) => (old_params, new_params),
            (Err(e), _) | (_, Err(e)) => {
                finding(out, Impact::Breaking, format!("operation `{id}`: {e}"));
                continue;
            }
        };
        for (key, (required, sig)) in &new_params {
            match old_params.get(key) {
                None if *required => finding(
                    out,
                    Impact::Breaking,
                    format!("operation `{id}`: new required parameter `{key}`"),
                ),
                None => finding(
                    out,
                    Impact::Compatible,
                    format!("operation `{id}`: new optional parameter `{key}`"),
                ),
                Some((was_required, old_sig)) => {
                    if *required && !was_required {
                        finding(
                            out,
                            Impact::Breaking,
                            format!("operation `{id}`: parameter `{key}` became required"),
                        );
                    }
                    if old_sig != sig {
                        finding(
                            out,
                            Impact::Breaking,
                            format!("operation `{id}`: parameter `{key}` type {old_sig} -> {sig}"),
                        );
                    }
                }
            }
        }
        for key in old_params.keys() {
            if !new_params.contains_key(key) {
                finding(
                    out,
                    Impact::Breaking,
                    format!("operation `{id}`: parameter `{key}` removed"),
                );
            }
        }
        for (what, old_sig, new_sig) in [
            ("request body", body_signature(old_op), body_signature(op)),
            (
                "success response",
                success_signature(old_op),
                success_signature(op),
            ),
        ] {
            if old_sig != new_sig {
                finding(
                    out,
                    Impact::Breaking,
                    format!("operation `{id}`: {what} {old_sig} -> {new_sig}"),
                );
            }
        }
    }
}

/// The operations of `spec` by id.
fn index(spec: &Spec) -> BTreeMap<String, Operation<'_>> {
    spec.operations()
        .into_iter()
        .filter_map(|op| op.id().map(|id| (id.to_string(), op)))
        .collect()
}

/// Parameters (path-item and operation level) keyed `in:name`, with whether they are required
/// and their schema signature.
fn parameters(op: &Operation<'_>) -> Result<BTreeMap<String, (bool, String)>, String> {
    Ok(op
        .parameters()
        .map_err(|e| e.to_string())?
        .into_iter()
        .map(|p| {
            (
                format!("{}:{}", p.location, p.name),
                (p.required, signature(p.schema.unwrap_or(&Value::Null))),
            )
        })
        .collect())
}

fn media_signature(content: &[MediaType<'_>]) -> String {
    content
        .iter()
        .map(|m| format!("{} {}", m.name, signature(m.schema.unwrap_or(&Value::Null))))
        .collect::<Vec<_>>()
        .join(", ")
}

fn body_signature(op: &Operation<'_>) -> String {
    match op.request_body() {
        Ok(Some(body)) => media_signature(&body.content),
        Ok(None) => "none".into(),
        Err(e) => format!("unreadable ({e})"),
    }
}

fn success_signature(op: &Operation<'_>) -> String {
    let responses = match op.responses() {
        Ok(responses) if responses.is_empty() => return "none".into(),
        Ok(responses) => responses,
        Err(e) => return format!("unreadable ({e})"),
    };
    responses
        .iter()
        .filter(|r| r.status.starts_with('2'))
        .map(|r| {
            format!("{} {}", r.status, media_signature(&r.content))
                .trim()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A compact description of a schema's type, enough to tell when it changed.
fn signature(schema: &Value) -> String {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().unwrap_or(r).to_string();
    }
    let mut parts = Vec::new();
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        parts.push(t.to_string());
    }
    if let Some(f) = schema.get("format").and_then(Value::as_str) {
        parts.push(format!("({f})"));
    }
    if let Some(items) = schema.get("items") {
        parts.push(format!("[{}]", signature(items)));
    }
    for key in ["allOf", "oneOf"] {
        if let Some(list) = schema.get(key).and_then(Value::as_array) {
            let inner: Vec<String> = list.iter().map(signature).collect();
            parts.push(format!("{key}({})", inner.join("|")));
        }
    }
    if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
        parts.push("?".into());
    }
    if parts.is_empty() {
        "any".into()
    } else {
        parts.concat()
    }
}

/// Schemas reachable from request bodies and parameters (inputs) and from responses (outputs).
fn usage(spec: &Spec) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut inputs = BTreeSet::new();
    let mut outputs = BTreeSet::new();
    for op in spec.operations() {
        if let Some(body) = op.value.get("requestBody") {
            reach(spec, body, &mut inputs);
        }
        if let Some(params) = op.value.get("parameters") {
            reach(spec, params, &mut inputs);
        }
        if let Some(responses) = op.value.get("responses").and_then(Value::as_object) {
            for (code, response) in responses {
                if code.starts_with('2') {
                    reach(spec, response, &mut outputs);
                }
            }
        }
    }
    (inputs, outputs)
}

fn reach(spec: &Spec, node: &Value, seen: &mut BTreeSet<String>) {
    match node {
        Value::Object(map) => {
            if let Some(r) = map.get("$ref").and_then(Value::as_str) {
                if let Some(name) = r.strip_prefix("#/components/schemas/") {
                    if seen.insert(name.to_string())
                        && let Some(target) = resolve(&spec.value, r)
                    {
                        reach(spec, target, seen);
                    }
                } else if let Some(target) = resolve(&spec.value, r) {
                    reach(spec, target, seen);
                }
            }
            for value in map.values() {
                reach(spec, value, seen);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| reach(spec, v, seen)),
        _ => {}
    }
}

fn compare_schemas(old: &Spec, new: &Spec, out: &mut Vec<Finding>) {
    let empty = serde_json::Map::new();
    let before = old.schemas().unwrap_or(&empty);
    let after = new.schemas().unwrap_or(&empty);
    let (inputs, outputs) = usage(new);
    let (old_inputs, old_outputs) = usage(old);
    for name in before.keys() {
        if !after.contains_key(name) {
            finding(out, Impact::Breaking, format!("schema `{name}` removed"));
        }
    }
    for (name, schema) in after {
        let Some(previous) = before.get(name) else {
            finding(out, Impact::Compatible, format!("schema `{name}` added"));
            continue;
        };
        let is_input = inputs.contains(name) || old_inputs.contains(name);
        let is_output = outputs.contains(name) || old_outputs.contains(name);
        let (old_sig, new_sig) = (signature(previous), signature(schema));
        if old_sig != new_sig {
            finding(
                out,
                Impact::Breaking,
                format!("schema `{name}`: type {old_sig} -> {new_sig}"),
            );
        }
        compare_enum(name, previous, schema, out);
        let props = |s: &Value| {
            s.get("properties")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default()
        };
        let required = |s: &Value| -> BTreeSet<String> {
            s.get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        };
        let (old_props, new_props) = (props(previous), props(schema));
        let (old_req, new_req) = (required(previous), required(schema));
        for (prop, value) in &new_props {
            let field = format!("`{name}.{prop}`");
            match old_props.get(prop) {
                None => {
                    let impact = if new_req.contains(prop) && is_input {
                        Impact::Breaking
                    } else {
                        Impact::Compatible
                    };
                    let kind = if new_req.contains(prop) {
                        "required"
                    } else {
                        "optional"
                    };
                    finding(
                        out,
                        impact,
                        format!("field {field} added ({kind}, {})", signature(value)),
                    );
                }
                Some(old_value) => {
                    let (a, b) = (signature(old_value), signature(value));
                    if a != b {
                        finding(
                            out,
                            Impact::Breaking,
                            format!("field {field} type {a} -> {b}"),
                        );
                    }
                    compare_enum(&format!("{name}.{prop}"), old_value, value, out);
                    match (old_req.contains(prop), new_req.contains(prop)) {
                        (false, true) if is_input => finding(
                            out,
                            Impact::Breaking,
                            format!("field {field} became required"),
                        ),
                        (true, false) if is_output => finding(
                            out,
                            Impact::Breaking,
                            format!("field {field} is no longer always present"),
                        ),
                        (a, b) if a != b => finding(
                            out,
                            Impact::Compatible,
                            format!("field {field} required: {a} -> {b}"),
                        ),
                        _ => {}
                    }
                }
            }
        }
        for prop in old_props.keys() {
            if !new_props.contains_key(prop) {
                finding(
                    out,
                    Impact::Breaking,
                    format!("field `{name}.{prop}` removed"),
                );
            }
        }
    }
}

fn compare_enum(what: &str, old: &Value, new: &Value, out: &mut Vec<Finding>) {
    let values = |s: &Value| -> Option<BTreeSet<String>> {
        s.get("enum")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(|v| v.to_string()).collect())
    };
    let (Some(before), Some(after)) = (values(old), values(new)) else {
        return;
    };
    let removed: Vec<_> = before.difference(&after).cloned().collect();
    let added: Vec<_> = after.difference(&before).cloned().collect();
    if !removed.is_empty() {
        finding(
            out,
            Impact::Breaking,
            format!("enum `{what}` narrowed: removed {}", removed.join(", ")),
        );
    }
    if !added.is_empty() {
        finding(
            out,
            Impact::Compatible,
            format!("enum `{what}` widened: added {}", added.join(", ")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    post:
      operationId: create_thing
      parameters:
        - {name: dry_run, in: query, schema: {type: boolean}}
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/NewThing'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
  /things/{id}:
    get:
      operationId: get_thing
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
components:
  schemas:
    Status: {type: string, enum: [draft, active]}
    NewThing:
      type: object
      required: [name]
      properties: {name: {type: string}, status: {$ref: '#/components/schemas/Status'}}
    Thing:
      type: object
      required: [id]
      properties: {id: {type: integer}, name: {type: string}}
"#;

    fn diff(new: &str) -> Vec<Finding> {
        compare(
            &Spec::parse("old", BASE).unwrap(),
            &Spec::parse("new", new).unwrap(),
        )
    }

    fn breaking(findings: &[Finding]) -> Vec<&str> {
        findings
            .iter()
            .filter(|f| f.impact == Impact::Breaking)
            .map(|f| f.what.as_str())
            .collect()
    }

    #[test]
    fn identical_specs_have_no_changes() {
        assert_eq!(diff(BASE), vec![]);
    }

    #[test]
    fn removed_operation_is_breaking() {
        let new = BASE.replace(
            "  /things/{id}:\n    get:\n      operationId: get_thing",
            "  /things/{id}:\n    get:\n      operationId: fetch_thing",
        );
        let found = diff(&new);
        assert!(
            breaking(&found).contains(&"operation `get_thing` (GET /things/{id}) removed"),
            "{found:?}"
        );
    }

    #[test]
    fn new_required_parameter_and_field_are_breaking() {
        let new = BASE
            .replace("{name: dry_run, in: query, schema: {type: boolean}}", "{name: dry_run, in: query, required: true, schema: {type: boolean}}")
            .replace("required: [name]\n      properties: {name: {type: string},", "required: [name, team]\n      properties: {name: {type: string}, team: {type: integer},");
        let found = diff(&new);
        let b = breaking(&found);
        assert!(
            b.contains(&"operation `create_thing`: parameter `query:dry_run` became required"),
            "{found:?}"
        );
        assert!(
            b.contains(&"field `NewThing.team` added (required, integer)"),
            "{found:?}"
        );
    }

    #[test]
    fn narrowed_enum_and_changed_type_are_breaking_widened_enum_is_not() {
        let new = BASE
            .replace("enum: [draft, active]", "enum: [draft, archived]")
            .replace(
                "properties: {id: {type: integer}, name: {type: string}}",
                "properties: {id: {type: string}, name: {type: string}}",
            );
        let found = diff(&new);
        let b = breaking(&found);
        assert!(
            b.contains(&"enum `Status` narrowed: removed \"active\""),
            "{found:?}"
        );
        assert!(
            b.contains(&"field `Thing.id` type integer -> string"),
            "{found:?}"
        );
        assert!(found.contains(&Finding {
            impact: Impact::Compatible,
            what: "enum `Status` widened: added \"archived\"".into()
        }));
    }

    #[test]
    fn new_optional_things_are_compatible() {
        let new = BASE.replace(
            "properties: {id: {type: integer}, name: {type: string}}",
            "properties: {id: {type: integer}, name: {type: string}, note: {type: string}}",
        );
        let found = diff(&new);
        assert_eq!(breaking(&found), Vec::<&str>::new());
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
