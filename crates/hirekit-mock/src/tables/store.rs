//! The rows of every table, in insertion order, and the ids the mock hands out.

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::catalog::{ColumnType, Table};

/// A stored row.
pub type Row = Map<String, Value>;

/// Rows by table name.
#[derive(Debug, Default)]
pub struct Store {
    tables: BTreeMap<String, Vec<Row>>,
    next: u64,
}

/// What happened to one row of an insert.
pub enum Inserted {
    /// Stored as a new row.
    New(Row),
    /// Merged into the row with the same id (`resolution=merge-duplicates`).
    Merged(Row),
    /// Left out because its id exists (`resolution=ignore-duplicates`).
    Skipped,
}

/// How an insert treats a row whose id already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    /// Fail, as a primary key does.
    Fail,
    /// Update the existing row with the new values.
    Merge,
    /// Keep the existing row.
    Ignore,
}

impl Store {
    /// The rows of `table` (none yet: empty).
    pub fn rows(&self, table: &str) -> &[Row] {
        self.tables.get(table).map_or(&[], Vec::as_slice)
    }

    /// The rows of `table`, for changing them.
    pub fn rows_mut(&mut self, table: &str) -> &mut Vec<Row> {
        self.tables.entry(table.to_string()).or_default()
    }

    /// Row counts of every table that has been written to.
    pub fn counts(&self) -> BTreeMap<String, usize> {
        self.tables
            .iter()
            .map(|(name, rows)| (name.clone(), rows.len()))
            .collect()
    }

    /// Column names that stored rows of `table` carry beyond the spec's.
    pub fn extra_columns(&self, table: &Table) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for row in self.rows(&table.name) {
            for key in row.keys() {
                if !table.columns.contains_key(key) && !out.contains(key) {
                    out.push(key.clone());
                }
            }
        }
        out
    }

    /// Stores rows, filling the generated columns (`id`, `created_at`) the spec has and the row
    /// lacks. Fails naming the id when one exists and `on_conflict` is [`OnConflict::Fail`];
    /// nothing is stored then.
    pub fn insert(
        &mut self,
        table: &Table,
        rows: Vec<Row>,
        on_conflict: OnConflict,
    ) -> Result<Vec<Inserted>, String> {
        let mut prepared = Vec::with_capacity(rows.len());
        for mut row in rows {
            self.fill_generated(table, &mut row);
            prepared.push(row);
        }
        let existing = self.rows(&table.name);
        if on_conflict == OnConflict::Fail {
            for (i, row) in prepared.iter().enumerate() {
                let Some(id) = row.get("id").filter(|v| !v.is_null()) else {
                    continue;
                };
                let clash = existing.iter().any(|r| r.get("id") == Some(id))
                    || prepared[..i].iter().any(|r| r.get("id") == Some(id));
                if clash {
                    return Err(format!(
                        "duplicate key value violates unique constraint \"{}_pkey\": id {id} \
                         already exists",
                        table.name
                    ));
                }
            }
        }
        let stored = self.rows_mut(&table.name);
        let mut out = Vec::with_capacity(prepared.len());
        for row in prepared {
            let id = row.get("id").filter(|v| !v.is_null()).cloned();
            let found = id.and_then(|id| stored.iter().position(|r| r.get("id") == Some(&id)));
            match (found, on_conflict) {
                (Some(at), OnConflict::Merge) => {
                    if let Some(old) = stored.get_mut(at) {
                        for (key, value) in row {
                            old.insert(key, value);
                        }
                        out.push(Inserted::Merged(old.clone()));
                    }
                }
                (Some(_), _) => out.push(Inserted::Skipped),
                (None, _) => {
                    stored.push(row.clone());
                    out.push(Inserted::New(row));
                }
            }
        }
        Ok(out)
    }

    fn fill_generated(&mut self, table: &Table, row: &mut Row) {
        if let Some(kind) = table.columns.get("id")
            && row.get("id").is_none_or(Value::is_null)
        {
            self.next += 1;
            let id = match kind {
                ColumnType::Integer | ColumnType::Number => Value::from(self.next),
                _ => Value::String(uuid_like(&table.name, self.next)),
            };
            row.insert("id".into(), id);
        }
        if table.columns.contains_key("created_at")
            && row.get("created_at").is_none_or(Value::is_null)
        {
            row.insert(
                "created_at".into(),
                Value::String(chrono::Utc::now().to_rfc3339()),
            );
        }
    }
}

/// A version-4-shaped uuid derived from a name and a counter: unique within one mock and
/// stable across runs, which keeps test output comparable.
pub fn uuid_like(name: &str, n: u64) -> String {
    let digest = Sha256::new()
        .chain_update(name.as_bytes())
        .chain_update(n.to_be_bytes())
        .finalize();
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-4{}-8{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[17..20],
        &hex[20..32]
    )
}
