//! What the spec says about a table: its columns and their types.
//!
//! Read from the loaded spec on every call instead of being copied here, so a column added to
//! `specs/jobmojito-tables.yaml` reaches the mock without a code change.

use std::collections::BTreeMap;

use hirekit_spec::Spec;
use serde_json::Value;

/// The JSON type of a column, as its schema declares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// `type: string`.
    Text,
    /// `type: integer`.
    Integer,
    /// `type: number`.
    Number,
    /// `type: boolean`.
    Boolean,
    /// Anything else (arrays, objects, untyped): compared by its JSON text.
    Other,
}

impl ColumnType {
    fn of(schema: &Value) -> Self {
        match schema.get("type").and_then(Value::as_str) {
            Some("string") => ColumnType::Text,
            Some("integer") => ColumnType::Integer,
            Some("number") => ColumnType::Number,
            Some("boolean") => ColumnType::Boolean,
            _ => ColumnType::Other,
        }
    }
}

/// One table of the spec.
#[derive(Debug, Clone)]
pub struct Table {
    /// The table name (the last path segment).
    pub name: String,
    /// Declared columns of the row schema, by name.
    pub columns: BTreeMap<String, ColumnType>,
}

/// The table served at `/rest/v1/<name>`, if the spec has it. Its columns are the properties of
/// the row schema that the select operation answers with.
pub fn table(spec: &Spec, name: &str) -> Option<Table> {
    let select = spec.operation(&format!("/rest/v1/{name}"), "get")?;
    let responses = select.responses().ok()?;
    let success = responses.iter().find(|r| r.status.starts_with('2'))?;
    let schema = success.media("application/json")?.schema?;
    let rows = spec.resolved(schema).ok()?;
    let row = spec.resolved(rows.get("items")?).ok()?;
    let columns = row
        .get("properties")
        .and_then(Value::as_object)
        .map(|props| {
            props
                .iter()
                .map(|(column, schema)| {
                    let schema = spec.resolved(schema).unwrap_or(schema);
                    (column.clone(), ColumnType::of(schema))
                })
                .collect()
        })
        .unwrap_or_default();
    Some(Table {
        name: name.to_string(),
        columns,
    })
}

/// Every table the spec serves under `/rest/v1/`, in spec order.
pub fn names(spec: &Spec) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for op in spec.operations() {
        if let Some(name) = op.path.strip_prefix("/rest/v1/")
            && !name.is_empty()
            && !name.contains('/')
            && !names.iter().any(|n| n == name)
        {
            names.push(name.to_string());
        }
    }
    names
}
