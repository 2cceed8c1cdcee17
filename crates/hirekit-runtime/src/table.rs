//! What a spec says about the columns of a PostgREST table, as data.

use std::fmt;

/// The type a column has in its table's row schema, as the spec declares it.
///
/// The spec's types are what the Tables API is known to send, not the database's own column
/// types (which nobody has published), so treat them as a guide for encoding filter values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnType {
    /// `type: string`.
    String,
    /// `type: integer`.
    Integer,
    /// `type: number`.
    Number,
    /// `type: boolean`.
    Boolean,
    /// `type: array`.
    Array,
    /// `type: object`.
    Object,
    /// No single type: untyped JSON, or a union of types.
    Json,
}

impl ColumnType {
    /// The type's name as the spec writes it (`json` for an untyped column).
    pub const fn as_str(self) -> &'static str {
        match self {
            ColumnType::String => "string",
            ColumnType::Integer => "integer",
            ColumnType::Number => "number",
            ColumnType::Boolean => "boolean",
            ColumnType::Array => "array",
            ColumnType::Object => "object",
            ColumnType::Json => "json",
        }
    }
}

impl fmt::Display for ColumnType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
