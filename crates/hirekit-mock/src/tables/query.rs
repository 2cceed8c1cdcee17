//! Reading a PostgREST request: `select`, `order`, `limit`/`offset`, `Range`, `Prefer` and the
//! per-column filters. Every problem becomes a [`Problem`] that names the offending part, so the
//! 400 tells the caller exactly what to fix.

use super::catalog::{ColumnType, Table};
use super::filter::{Filter, Op};

/// Why a request cannot be answered: a PostgREST error code and a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// PostgREST's code (`PGRST100`, `42703`, …).
    pub code: &'static str,
    /// What is wrong, naming the column or parameter.
    pub message: String,
}

impl Problem {
    /// A problem with PostgREST's code for a malformed query.
    pub fn parse(message: impl Into<String>) -> Self {
        Problem {
            code: "PGRST100",
            message: message.into(),
        }
    }

    /// A problem with PostgreSQL's code for an unknown column.
    pub fn unknown_column(table: &str, column: &str) -> Self {
        Problem {
            code: "42703",
            message: format!("column {table}.{column} does not exist"),
        }
    }
}

/// Query parameters that are not column filters.
const RESERVED: [&str; 6] = ["select", "order", "limit", "offset", "or", "columns"];

/// One `order` term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderBy {
    /// The column.
    pub column: String,
    /// Descending instead of ascending.
    pub descending: bool,
    /// Nulls before the other values.
    pub nulls_first: bool,
}

/// What `Prefer` asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prefer {
    /// `return=representation`.
    pub representation: bool,
    /// `count=exact` (or `planned`/`estimated`, which the mock answers exactly too).
    pub count: bool,
    /// `resolution=merge-duplicates`.
    pub merge_duplicates: bool,
    /// `resolution=ignore-duplicates`.
    pub ignore_duplicates: bool,
}

/// Parses `Prefer: a=b, c=d`.
pub fn prefer(header: Option<&str>) -> Prefer {
    let mut out = Prefer::default();
    for token in header.unwrap_or("").split([',', ';']).map(str::trim) {
        match token {
            "return=representation" => out.representation = true,
            "count=exact" | "count=planned" | "count=estimated" => out.count = true,
            "resolution=merge-duplicates" => out.merge_duplicates = true,
            "resolution=ignore-duplicates" => out.ignore_duplicates = true,
            _ => {}
        }
    }
    out
}

/// A column is known when the spec lists it or a stored row carries it: the spec says rows keep
/// columns it does not list, so the real table has more than the spec knows.
pub fn check_column(table: &Table, extra: &[String], column: &str) -> Result<(), Problem> {
    if table.columns.contains_key(column) || extra.iter().any(|c| c == column) {
        Ok(())
    } else {
        Err(Problem::unknown_column(&table.name, column))
    }
}

/// The columns of `select`; `None` means every column.
pub fn select(
    raw: Option<&str>,
    table: &Table,
    extra: &[String],
) -> Result<Option<Vec<String>>, Problem> {
    let Some(raw) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let mut columns = Vec::new();
    for item in raw.split(',').map(str::trim) {
        if item == "*" {
            return Ok(None);
        }
        if item.contains('(') || item.contains(':') {
            return Err(Problem::parse(format!(
                "`select` item `{item}`: the mock supports plain column names and `*`, not \
                 embedding, aliases or casts"
            )));
        }
        check_column(table, extra, item)?;
        columns.push(item.to_string());
    }
    Ok(Some(columns))
}

/// The terms of `order`.
pub fn order(raw: Option<&str>, table: &Table, extra: &[String]) -> Result<Vec<OrderBy>, Problem> {
    let Some(raw) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for term in raw.split(',').map(str::trim) {
        let mut parts = term.split('.');
        let column = parts.next().unwrap_or("").to_string();
        check_column(table, extra, &column)?;
        let mut descending = false;
        let mut nulls = None;
        for modifier in parts {
            match modifier {
                "asc" => descending = false,
                "desc" => descending = true,
                "nullsfirst" => nulls = Some(true),
                "nullslast" => nulls = Some(false),
                other => {
                    return Err(Problem::parse(format!(
                        "`order` term `{term}`: unknown modifier `{other}`"
                    )));
                }
            }
        }
        // PostgreSQL's default: nulls sort as the largest value.
        let nulls_first = nulls.unwrap_or(descending);
        out.push(OrderBy {
            column,
            descending,
            nulls_first,
        });
    }
    Ok(out)
}

/// The window of rows asked for: the first index and, when bounded, the last one (inclusive).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Window {
    /// Zero-based index of the first row.
    pub first: usize,
    /// Index of the last row, inclusive; `None` for no bound.
    pub last: Option<usize>,
}

/// The window from `Range: a-b` and `limit`/`offset`; the parameters narrow the header's
/// window further, as PostgREST does.
pub fn window(
    range: Option<&str>,
    limit: Option<&str>,
    offset: Option<&str>,
) -> Result<Window, Problem> {
    let number = |name: &str, text: &str| {
        text.trim()
            .parse::<usize>()
            .map_err(|_| Problem::parse(format!("`{name}` must be a whole number, not `{text}`")))
    };
    let mut out = Window::default();
    if let Some(range) = range.map(str::trim).filter(|r| !r.is_empty()) {
        let range = range.strip_prefix("items=").unwrap_or(range);
        let (first, last) = range.split_once('-').ok_or_else(|| {
            Problem::parse(format!("`Range` must look like `0-9`, not `{range}`"))
        })?;
        out.first = number("Range", first)?;
        if !last.trim().is_empty() {
            let last = number("Range", last)?;
            if last < out.first {
                return Err(Problem {
                    code: "PGRST103",
                    message: format!("`Range` {range} ends before it starts"),
                });
            }
            out.last = Some(last);
        }
    }
    // Saturating arithmetic: the numbers come from the request and may be huge.
    if let Some(offset) = offset {
        out.first = out.first.saturating_add(number("offset", offset)?);
    }
    if let Some(limit) = limit {
        match number("limit", limit)? {
            // An empty window: one that ends before it starts.
            0 => {
                out.last = Some(out.first);
                out.first = out.first.saturating_add(1);
            }
            limit => {
                let last = out.first.saturating_add(limit - 1);
                out.last = Some(out.last.map_or(last, |l| l.min(last)));
            }
        }
    }
    Ok(out)
}

/// The column filters among the query pairs, each checked against the column's type.
pub fn filters(
    pairs: &[(String, String)],
    table: &Table,
    extra: &[String],
) -> Result<Vec<Filter>, Problem> {
    let mut out = Vec::new();
    for (name, value) in pairs {
        if RESERVED.contains(&name.as_str()) {
            continue;
        }
        check_column(table, extra, name)?;
        let kind = table
            .columns
            .get(name)
            .copied()
            .unwrap_or(ColumnType::Other);
        out.push(parse_filter(name, value, kind)?);
    }
    Ok(out)
}

/// Parses `[not.]op.value` for `column`.
pub fn parse_filter(column: &str, text: &str, kind: ColumnType) -> Result<Filter, Problem> {
    let (negated, rest) = match text.strip_prefix("not.") {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (op, value) = rest.split_once('.').ok_or_else(|| {
        Problem::parse(format!(
            "filter on `{column}`: expected `<operator>.<value>`, got `{text}`"
        ))
    })?;
    let op = match op {
        "eq" => Op::Eq,
        "neq" => Op::Neq,
        "gt" => Op::Gt,
        "gte" => Op::Gte,
        "lt" => Op::Lt,
        "lte" => Op::Lte,
        "like" => Op::Like,
        "ilike" => Op::Ilike,
        "is" => Op::Is,
        "in" => Op::In,
        other => {
            return Err(Problem::parse(format!(
                "filter on `{column}`: unknown operator `{other}`"
            )));
        }
    };
    let values = match op {
        Op::In => list(column, value)?,
        Op::Is => {
            if !matches!(value, "null" | "true" | "false" | "unknown") {
                return Err(Problem::parse(format!(
                    "filter on `{column}`: `is` takes null, true, false or unknown, not `{value}`"
                )));
            }
            vec![value.to_string()]
        }
        _ => vec![value.to_string()],
    };
    if !matches!(op, Op::Is | Op::Like | Op::Ilike) {
        for v in &values {
            check_type(column, v, kind)?;
        }
    }
    Ok(Filter {
        column: column.to_string(),
        op,
        negated,
        values,
    })
}

/// Whether `value` can be compared with a column of type `kind`.
fn check_type(column: &str, value: &str, kind: ColumnType) -> Result<(), Problem> {
    let ok = match kind {
        ColumnType::Integer => value.parse::<i64>().is_ok(),
        ColumnType::Number => value.parse::<f64>().is_ok_and(f64::is_finite),
        ColumnType::Boolean => matches!(value, "true" | "false"),
        ColumnType::Text | ColumnType::Other => true,
    };
    if ok {
        Ok(())
    } else {
        let expected = match kind {
            ColumnType::Integer => "an integer",
            ColumnType::Number => "a number",
            _ => "true or false",
        };
        Err(Problem {
            code: "22P02",
            message: format!("filter on `{column}`: `{value}` is not {expected}"),
        })
    }
}

/// Parses `(a,b,"c d")`.
fn list(column: &str, text: &str) -> Result<Vec<String>, Problem> {
    let inner = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .ok_or_else(|| {
            Problem::parse(format!(
                "filter on `{column}`: `in` takes a list in parentheses, got `{text}`"
            ))
        })?;
    let mut items = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' if quoted => {
                if let Some(next) = chars.next() {
                    current.push(next);
                }
            }
            ',' if !quoted => items.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    if quoted {
        return Err(Problem::parse(format!(
            "filter on `{column}`: unbalanced quote in `{text}`"
        )));
    }
    if !inner.is_empty() {
        items.push(current);
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_list_keeps_its_commas_and_spaces() {
        let f = parse_filter("name", r#"in.(a,b,"c d","e,f")"#, ColumnType::Text);
        assert_eq!(
            f.map(|f| f.values),
            Ok(vec!["a".into(), "b".into(), "c d".into(), "e,f".into()])
        );
    }

    #[test]
    fn a_word_is_not_a_number() {
        let f = parse_filter("score", "gt.abc", ColumnType::Number);
        assert!(f.is_err_and(|p| p.message.contains("score")));
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        let w = window(Some("18446744073709551615-"), Some("5"), Some("5"));
        assert_eq!(w.map(|w| w.first), Ok(usize::MAX));
    }

    #[test]
    fn limit_and_offset_narrow_a_range() {
        let w = window(Some("0-9"), Some("3"), Some("2"));
        assert_eq!(
            w,
            Ok(Window {
                first: 2,
                last: Some(4)
            })
        );
    }
}
