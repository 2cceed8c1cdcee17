//! The `limit`/`offset` paging every list endpoint shares, and its `{data, pagination}` shape.

use serde_json::{Value, json};

use crate::validate::Input;

/// The default page size when `limit` is absent.
pub const DEFAULT_LIMIT: u64 = 50;

/// A requested page (the spec has already bounded `limit` to 1–1000 and `offset` to ≥ 0).
#[derive(Debug, Clone, Copy)]
pub struct Page {
    /// Rows per page.
    pub limit: u64,
    /// Rows skipped.
    pub offset: u64,
}

impl Page {
    /// The page asked for by the query.
    pub fn of(input: &Input) -> Page {
        Page {
            limit: input
                .query
                .get("limit")
                .and_then(Value::as_u64)
                .unwrap_or(DEFAULT_LIMIT),
            // `offset` is nullable: null means the start.
            offset: input
                .query
                .get("offset")
                .and_then(Value::as_u64)
                .unwrap_or(0),
        }
    }

    /// The index range of this page within `total` rows.
    pub fn range(&self, total: u64) -> std::ops::Range<usize> {
        let start = self.offset.min(total);
        let end = self.offset.saturating_add(self.limit).min(total);
        usize::try_from(start).unwrap_or(usize::MAX)..usize::try_from(end).unwrap_or(usize::MAX)
    }

    /// The envelope for `data` (this page's rows) out of `total`.
    pub fn envelope(&self, data: Vec<Value>, total: u64) -> Value {
        let returned = data.len() as u64;
        let pagination = json!({
            "total": total,
            "limit": self.limit,
            "offset": self.offset,
            "has_more": self.offset.saturating_add(returned) < total,
        });
        // Built by hand: `json!` would serialise the rows a second time.
        let mut envelope = serde_json::Map::new();
        envelope.insert("data".into(), Value::Array(data));
        envelope.insert("pagination".into(), pagination);
        Value::Object(envelope)
    }

    /// Pages an in-memory list.
    pub fn slice(&self, rows: Vec<Value>) -> Value {
        let total = rows.len() as u64;
        let range = self.range(total);
        let data = rows
            .into_iter()
            .skip(range.start)
            .take(range.len())
            .collect();
        self.envelope(data, total)
    }
}
