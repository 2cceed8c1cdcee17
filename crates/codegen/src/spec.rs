//! A spec as data: loading it and walking its operations and schemas.

use std::path::Path;

use serde_json::{Map, Value};

use crate::Error;

/// The HTTP methods an OpenAPI path item may hold, in the order they are reported.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Extension marking an operation that codegen strips and the facade implements by hand.
pub const HANDWRITTEN: &str = "x-hirekit-handwritten";

/// An OpenAPI document held as JSON, the form every pass of ours reads.
#[derive(Debug, Clone)]
pub struct Spec {
    /// How messages name the spec (its workspace-relative path).
    pub name: String,
    /// The document.
    pub value: Value,
}

/// One operation of a spec, with where it lives.
#[derive(Debug, Clone, Copy)]
pub struct Operation<'a> {
    /// The path template, exactly as written in the spec.
    pub path: &'a str,
    /// The lower-case HTTP method.
    pub method: &'static str,
    /// The operation object.
    pub value: &'a Value,
}

impl Operation<'_> {
    /// The `operationId`, if the operation has one.
    pub fn id(&self) -> Option<&str> {
        self.value.get("operationId").and_then(Value::as_str)
    }

    /// Whether the operation is implemented by hand instead of generated.
    pub fn is_handwritten(&self) -> bool {
        self.value.get(HANDWRITTEN).and_then(Value::as_bool) == Some(true)
    }

    /// How messages name the operation: its id and route.
    pub fn label(&self) -> String {
        format!(
            "operation `{}` ({} {})",
            self.id().unwrap_or("<no operationId>"),
            self.method.to_uppercase(),
            self.path
        )
    }
}

impl Spec {
    /// Reads a YAML (or JSON) spec from disk; `name` is how messages will refer to it.
    pub fn load(path: &Path, name: &str) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(name, &text)
    }

    /// Parses spec text (YAML is a superset of JSON, so both are accepted).
    pub fn parse(name: &str, text: &str) -> Result<Self, Error> {
        let value: Value = serde_norway::from_str(text).map_err(|e| Error::Parse {
            spec: name.to_string(),
            message: e.to_string(),
        })?;
        if !value.is_object() {
            return Err(Error::Parse {
                spec: name.to_string(),
                message: "the document is not a mapping".to_string(),
            });
        }
        Ok(Self {
            name: name.to_string(),
            value,
        })
    }

    /// Every operation, in document order of paths and then of methods.
    pub fn operations(&self) -> Vec<Operation<'_>> {
        let mut out = Vec::new();
        let Some(paths) = self.value.get("paths").and_then(Value::as_object) else {
            return out;
        };
        for (path, item) in paths {
            for method in METHODS {
                if let Some(op) = item.get(method).filter(|op| op.is_object()) {
                    out.push(Operation {
                        path,
                        method,
                        value: op,
                    });
                }
            }
        }
        out
    }

    /// The component schemas, by name.
    pub fn schemas(&self) -> Option<&Map<String, Value>> {
        self.value
            .pointer("/components/schemas")
            .and_then(Value::as_object)
    }

    /// A copy without the operations marked `x-hirekit-handwritten` (and without path items
    /// left empty by their removal). Their schemas stay, so their types are still generated.
    pub fn without_handwritten(&self) -> Spec {
        let mut value = self.value.clone();
        if let Some(paths) = value.get_mut("paths").and_then(Value::as_object_mut) {
            for item in paths.values_mut() {
                if let Some(item) = item.as_object_mut() {
                    item.retain(|key, op| {
                        !(METHODS.contains(&key.as_str())
                            && op.get(HANDWRITTEN).and_then(Value::as_bool) == Some(true))
                    });
                }
            }
            paths.retain(|_, item| {
                item.as_object()
                    .is_some_and(|item| item.keys().any(|k| METHODS.contains(&k.as_str())))
            });
        }
        Spec {
            name: self.name.clone(),
            value,
        }
    }
}

/// Resolves a local `$ref` (`#/a/b`) against the document.
pub fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    reference
        .strip_prefix('#')
        .and_then(|ptr| root.pointer(ptr))
}
