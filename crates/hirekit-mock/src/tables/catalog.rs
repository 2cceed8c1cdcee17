//! What the spec says about a table: its columns and their types.
//!
//! Read from the loaded spec on every call instead of being copied here, so a column added to
//! `specs/jobmojito-tables.yaml` reaches the mock without a code change.

use std::collections::BTreeMap;

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

/// Follows a local `$ref`.
fn resolve<'a>(document: &'a Value, value: &'a Value) -> &'a Value {
    value
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|pointer| document.pointer(pointer))
        .unwrap_or(value)
}

/// The table served at `/rest/v1/<name>`, if the spec has it. Its columns are the properties of
/// the row schema that the select operation answers with.
pub fn table(document: &Value, name: &str) -> Option<Table> {
    let item = document
        .get("paths")?
        .get(format!("/rest/v1/{name}"))?
        .get("get")?;
    let responses = item.get("responses")?.as_object()?;
    let response = responses
        .iter()
        .find(|(status, _)| status.starts_with('2'))
        .map(|(_, r)| resolve(document, r))?;
    let schema = response
        .get("content")?
        .get("application/json")?
        .get("schema")?;
    let row = resolve(document, resolve(document, schema).get("items")?);
    let columns = row
        .get("properties")
        .and_then(Value::as_object)
        .map(|props| {
            props
                .iter()
                .map(|(column, schema)| (column.clone(), ColumnType::of(resolve(document, schema))))
                .collect()
        })
        .unwrap_or_default();
    Some(Table {
        name: name.to_string(),
        columns,
    })
}

/// Every table the spec serves under `/rest/v1/`.
pub fn names(document: &Value) -> Vec<String> {
    document
        .get("paths")
        .and_then(Value::as_object)
        .map(|paths| {
            paths
                .keys()
                .filter_map(|path| path.strip_prefix("/rest/v1/"))
                .filter(|name| !name.is_empty() && !name.contains('/'))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}
