//! Every component schema round-trips: a sample (the schema's own example, or one built from
//! the schema) validates against the spec, decodes into the generated type, encodes back to
//! JSON that still validates, and encodes the same way a second time.

use std::path::Path;

use hirekit_mock::schema::SchemaSet;
use hirekit_spec::BuiltIn;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use jobmojito_raw::auth::types as auth;
use jobmojito_raw::functions::types as functions;
use jobmojito_raw::tables::types as tables;
use jofi_raw::types as jofi;

/// A loaded spec with its compiled schemas.
struct Spec {
    spec: hirekit_spec::Spec,
    schemas: SchemaSet,
}

impl Spec {
    fn load(which: BuiltIn) -> Spec {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let spec = which.load(&root).unwrap_or_else(|e| panic!("{e}"));
        let schemas = SchemaSet::new(&spec);
        Spec { spec, schemas }
    }

    fn component(&self, name: &str) -> &Value {
        self.spec
            .schema(name)
            .unwrap_or_else(|| panic!("no component schema {name}"))
    }

    fn resolved<'a>(&'a self, schema: &'a Value) -> &'a Value {
        self.spec.resolved(schema).unwrap_or_else(|e| panic!("{e}"))
    }

    /// A value of `schema`: its example if it has one, else one built from its structure.
    fn sample(&self, schema: &Value, depth: usize) -> Value {
        let schema = self.resolved(schema);
        if let Some(example) = schema.get("example") {
            return example.clone();
        }
        if depth > 32 {
            // A runaway recursion through required object fields; no spec has one.
            return json!({});
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            return values.first().cloned().unwrap_or(Value::Null);
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = serde_json::Map::new();
            for part in parts {
                match self.sample(part, depth + 1) {
                    Value::Object(fields) => merged.extend(fields),
                    other if parts.len() == 1 => return other,
                    _ => {}
                }
            }
            return Value::Object(merged);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(first) = schema
                .get(key)
                .and_then(Value::as_array)
                .and_then(|b| b.first())
            {
                return self.sample(first, depth + 1);
            }
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") | None if schema.get("properties").is_some() => {
                let mut object = serde_json::Map::new();
                if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                    for (name, property) in properties {
                        object.insert(name.clone(), self.sample(property, depth + 1));
                    }
                }
                Value::Object(object)
            }
            Some("object") => json!({}),
            // Recursive schemas (a score's facets are scores) end in an empty list.
            Some("array") if depth > 6 => json!([]),
            Some("array") => {
                let item = schema
                    .get("items")
                    .map_or(Value::Null, |i| self.sample(i, depth + 1));
                json!([item])
            }
            Some("integer") => json!(
                schema
                    .get("minimum")
                    .and_then(Value::as_i64)
                    .unwrap_or(1)
                    .max(1)
            ),
            Some("number") => json!(1.5),
            Some("boolean") => json!(true),
            Some("string") => match schema.get("format").and_then(Value::as_str) {
                Some("date-time") => json!("2026-01-02T03:04:05Z"),
                Some("date") => json!("2026-01-02"),
                Some("email") => json!("candidate@example.com"),
                Some("uuid") => json!("3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b"),
                Some("uri") | Some("url") => json!("https://example.com/path"),
                Some("binary") | Some("byte") => json!("AA=="),
                _ => {
                    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(1);
                    json!("s".repeat(usize::try_from(min.max(1)).unwrap_or(1)))
                }
            },
            _ => json!({}),
        }
    }
}

/// One schema's round trip through its generated type.
type Check = (&'static str, fn(&Spec, &str) -> Result<(), String>);

fn round_trip<T: DeserializeOwned + Serialize>(spec: &Spec, name: &str) -> Result<(), String> {
    let reference = json!({ "$ref": format!("#/components/schemas/{name}") });
    let sample = spec.sample(spec.component(name), 0);
    spec.schemas
        .check(&reference, &sample)
        .map_err(|v| format!("sample does not match its own schema: {v:?}\n{sample}"))?;
    let typed: T = serde_json::from_value(sample.clone())
        .map_err(|e| format!("sample does not decode: {e}\n{sample}"))?;
    let encoded = serde_json::to_value(&typed).map_err(|e| format!("does not encode: {e}"))?;
    spec.schemas
        .check(&reference, &encoded)
        .map_err(|v| format!("encoded value does not match the schema: {v:?}\n{encoded}"))?;
    let again: T = serde_json::from_value(encoded.clone())
        .map_err(|e| format!("encoded value does not decode: {e}\n{encoded}"))?;
    let twice = serde_json::to_value(&again).map_err(|e| format!("does not encode: {e}"))?;
    if twice != encoded {
        return Err(format!("encoding is not stable:\n{encoded}\n{twice}"));
    }
    Ok(())
}

macro_rules! checks {
    ($module:ident; $($name:ident),* $(,)?) => {
        vec![$((stringify!($name), round_trip::<$module::$name> as fn(&Spec, &str) -> Result<(), String>)),*]
    };
}

fn run(which: BuiltIn, checks: Vec<Check>) {
    let spec = Spec::load(which);
    let file = which.file_name();
    let declared: Vec<String> = spec
        .spec
        .schema_names()
        .into_iter()
        .map(str::to_string)
        .collect();
    assert!(!declared.is_empty(), "{file}: no component schemas");
    let listed: Vec<String> = checks.iter().map(|(name, _)| (*name).to_string()).collect();
    let mut missing: Vec<&String> = declared.iter().filter(|d| !listed.contains(d)).collect();
    missing.sort();
    assert!(
        missing.is_empty(),
        "{file}: schemas without a round-trip check: {missing:?}"
    );
    let failures: Vec<String> = checks
        .iter()
        .filter_map(|(name, check)| check(&spec, name).err().map(|e| format!("{name}: {e}")))
        .collect();
    assert!(
        failures.is_empty(),
        "{file}: {} schemas fail:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_jofi_schema_round_trips() {
    run(BuiltIn::Jofi, lists::jofi());
}

#[test]
fn every_jobmojito_schema_round_trips() {
    run(BuiltIn::JobMojito, lists::functions());
}

#[test]
fn every_tables_schema_round_trips() {
    // The spec's schemas are generated into two modules: the Tables client and `auth`.
    let mut checks = lists::tables();
    checks.extend(lists::auth());
    run(BuiltIn::JobMojitoTables, checks);
}

macro_rules! checks_by_spec {
    ($module:ident; $($name:ident),* $(,)?) => {
        pub(super) fn $module() -> Vec<Check> {
            checks!($module; $($name),*)
        }
    };
}

/// The checks of each generated module, one function per module (`jofi()`, `functions()`,
/// `auth()`, `tables()`).
mod lists {
    use super::*;
    hirekit_conformance::for_each_schema_type!(checks_by_spec);
}
