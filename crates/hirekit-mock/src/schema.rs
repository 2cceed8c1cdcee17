//! OpenAPI 3.0 schemas as JSON Schema, for validating requests and responses.
//!
//! OpenAPI 3.0's schema dialect differs from JSON Schema draft 4 mainly in `nullable`, which
//! draft 4 spells as a `null` type. [`SchemaSet`] converts a spec's component schemas once, and
//! compiles a validator for a schema (a `$ref` or an inline fragment) the first time it is used.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use hirekit_spec::Spec;
use serde_json::{Map, Value, json};

/// One way a value fails its schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The offending field, e.g. `users[0].email`; empty for the value itself.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

/// The component schemas of one spec, converted, with compiled validators cached by schema.
pub struct SchemaSet {
    components: Value,
    cache: Mutex<HashMap<String, Arc<jsonschema::Validator>>>,
}

impl std::fmt::Debug for SchemaSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SchemaSet").finish_non_exhaustive()
    }
}

impl SchemaSet {
    /// Converts the component schemas of a spec.
    pub fn new(spec: &Spec) -> Self {
        let schemas = spec
            .schemas()
            .map(|schemas| Value::Object(schemas.clone()))
            .unwrap_or_else(|| json!({}));
        Self {
            components: json!({ "schemas": convert(&schemas) }),
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// Checks `instance` against an OpenAPI schema fragment (often a `$ref` to a component).
    pub fn check(&self, schema: &Value, instance: &Value) -> Result<(), Vec<Violation>> {
        let validator = self.validator(schema).map_err(|message| {
            vec![Violation {
                field: String::new(),
                message: format!("the mock cannot compile this schema: {message}"),
            }]
        })?;
        let violations: Vec<Violation> = validator
            .iter_errors(instance)
            .map(|error| {
                let mut field = pointer_to_field(&error.instance_path().to_string());
                if let jsonschema::error::ValidationErrorKind::Required { property } = error.kind()
                {
                    let name = property.as_str().map(str::to_string).unwrap_or_default();
                    field = if field.is_empty() {
                        name
                    } else {
                        format!("{field}.{name}")
                    };
                }
                Violation {
                    field,
                    message: error.to_string(),
                }
            })
            .collect();
        if violations.is_empty() {
            Ok(())
        } else {
            Err(violations)
        }
    }

    fn validator(&self, schema: &Value) -> Result<Arc<jsonschema::Validator>, String> {
        let key = schema.to_string();
        let mut cache = self.cache.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(v) = cache.get(&key) {
            return Ok(Arc::clone(v));
        }
        let root = json!({
            "components": self.components,
            "allOf": [convert(schema)],
        });
        let validator = jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&root)
            .map_err(|e| e.to_string())?;
        let validator = Arc::new(validator);
        cache.insert(key, Arc::clone(&validator));
        Ok(validator)
    }
}

/// Converts an OpenAPI 3.0 schema (or a map of them) to JSON Schema draft 4: `nullable` becomes
/// a `null` type (or a null branch for references and compositions), and OpenAPI-only keywords
/// are dropped.
pub fn convert(schema: &Value) -> Value {
    match schema {
        Value::Object(map) if looks_like_schema(map) => convert_schema(map),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), convert(v))).collect())
        }
        other => other.clone(),
    }
}

fn looks_like_schema(map: &Map<String, Value>) -> bool {
    [
        "type",
        "$ref",
        "properties",
        "items",
        "allOf",
        "oneOf",
        "anyOf",
        "enum",
        "nullable",
        "not",
        "additionalProperties",
    ]
    .iter()
    .any(|k| map.contains_key(*k))
        || map.is_empty()
}

fn convert_schema(map: &Map<String, Value>) -> Value {
    let mut out = Map::new();
    for (key, value) in map {
        let converted = match key.as_str() {
            "nullable" | "example" | "discriminator" | "readOnly" | "writeOnly" | "xml"
            | "externalDocs" | "deprecated" => continue,
            k if k.starts_with("x-") => continue,
            "properties" => Value::Object(
                value
                    .as_object()
                    .map(|props| {
                        props
                            .iter()
                            .map(|(name, s)| (name.clone(), convert_any(s)))
                            .collect()
                    })
                    .unwrap_or_default(),
            ),
            "items" | "not" => convert_any(value),
            "additionalProperties" if value.is_object() => convert_any(value),
            "allOf" | "oneOf" | "anyOf" => Value::Array(
                value
                    .as_array()
                    .map(|list| list.iter().map(convert_any).collect())
                    .unwrap_or_default(),
            ),
            // OpenAPI formats that draft 4 validators do not know are only annotations.
            "format" if matches!(value.as_str(), Some("binary" | "byte" | "password")) => continue,
            _ => value.clone(),
        };
        out.insert(key.clone(), converted);
    }
    if map.get("nullable").and_then(Value::as_bool) != Some(true) {
        return Value::Object(out);
    }
    match out.get("type").cloned() {
        Some(Value::String(t)) => {
            out.insert("type".into(), json!([t, "null"]));
            if let Some(Value::Array(values)) = out.get_mut("enum")
                && !values.contains(&Value::Null)
            {
                values.push(Value::Null);
            }
            Value::Object(out)
        }
        _ => json!({ "anyOf": [Value::Object(out), { "type": "null" }] }),
    }
}

fn convert_any(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => convert_schema(map),
        other => other.clone(),
    }
}

/// `/users/0/email` becomes `users[0].email`.
pub fn pointer_to_field(pointer: &str) -> String {
    let mut out = String::new();
    for part in pointer.split('/').filter(|p| !p.is_empty()) {
        let part = part.replace("~1", "/").replace("~0", "~");
        if part.chars().all(|c| c.is_ascii_digit()) {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> SchemaSet {
        let spec = Spec::from_value(
            "test.json",
            json!({
            "components": {"schemas": {
                "Mode": {"type": "string", "enum": ["live", "test"]},
                "ModeValue": {"oneOf": [
                    {"$ref": "#/components/schemas/Mode"},
                    {"title": "Other", "type": "string", "not": {"enum": ["live", "test"]}}
                ]},
                "User": {
                    "type": "object",
                    "required": ["email"],
                    "properties": {
                        "email": {"type": "string", "x-hirekit-sensitive": true},
                        "age": {"type": "integer", "nullable": true},
                        "mode": {"allOf": [{"$ref": "#/components/schemas/ModeValue"}], "nullable": true}
                    },
                    "additionalProperties": {}
                },
                "Batch": {"type": "object", "required": ["users"], "properties": {
                    "users": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}
                }}
            }}
            }),
        )
        .expect("a mapping");
        SchemaSet::new(&spec)
    }

    fn user() -> Value {
        json!({"$ref": "#/components/schemas/User"})
    }

    #[test]
    fn nullable_values_and_unknown_keys_pass() {
        let s = set();
        assert_eq!(
            s.check(
                &user(),
                &json!({"email": "a@b.c", "age": null, "mode": null, "new": 1})
            ),
            Ok(())
        );
        assert_eq!(
            s.check(&user(), &json!({"email": "a", "mode": "live"})),
            Ok(())
        );
        assert_eq!(
            s.check(&user(), &json!({"email": "a", "mode": "beta"})),
            Ok(())
        );
    }

    #[test]
    fn violations_name_the_field() {
        let s = set();
        let errors = s
            .check(
                &json!({"$ref": "#/components/schemas/Batch"}),
                &json!({"users": [{"email": "a"}, {"age": "x"}]}),
            )
            .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|v| v.field.as_str()).collect();
        assert!(fields.contains(&"users[1].email"), "{errors:?}");
        assert!(fields.contains(&"users[1].age"), "{errors:?}");
    }

    #[test]
    fn pointers_read_as_fields() {
        assert_eq!(pointer_to_field("/users/0/email"), "users[0].email");
        assert_eq!(pointer_to_field(""), "");
    }
}
