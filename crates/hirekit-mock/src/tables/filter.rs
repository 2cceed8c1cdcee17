//! Evaluating PostgREST filters against stored rows, with SQL's treatment of null: a comparison
//! with a null value is never true, negated or not; only `is` looks at nulls.

use std::cmp::Ordering;

use serde_json::{Map, Value};

/// A filter operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `eq`.
    Eq,
    /// `neq`.
    Neq,
    /// `gt`.
    Gt,
    /// `gte`.
    Gte,
    /// `lt`.
    Lt,
    /// `lte`.
    Lte,
    /// `like` (`*` or `%` for any run of characters, `_` for one).
    Like,
    /// `ilike`, like `like` but ignoring case.
    Ilike,
    /// `is` (`null`, `true`, `false`, `unknown`).
    Is,
    /// `in` (a list).
    In,
}

/// One column filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// The column.
    pub column: String,
    /// The operator.
    pub op: Op,
    /// Whether it came with `not.`.
    pub negated: bool,
    /// The operand (one value, or the items of `in`).
    pub values: Vec<String>,
}

impl Filter {
    /// Whether `row` passes.
    pub fn matches(&self, row: &Map<String, Value>) -> bool {
        let cell = row.get(&self.column).unwrap_or(&Value::Null);
        if self.op == Op::Is {
            let holds = matches!(
                (self.values.first().map(String::as_str), cell),
                (Some("null" | "unknown"), Value::Null)
                    | (Some("true"), Value::Bool(true))
                    | (Some("false"), Value::Bool(false))
            );
            return holds != self.negated;
        }
        if cell.is_null() {
            return false;
        }
        let holds = match self.op {
            Op::In => self
                .values
                .iter()
                .any(|v| compare(cell, v) == Ordering::Equal),
            Op::Like | Op::Ilike => {
                let text = text_of(cell);
                let pattern = self.values.first().map(String::as_str).unwrap_or("");
                if self.op == Op::Ilike {
                    like(&text.to_lowercase(), &pattern.to_lowercase())
                } else {
                    like(&text, pattern)
                }
            }
            _ => {
                let ordering = compare(cell, self.values.first().map(String::as_str).unwrap_or(""));
                match self.op {
                    Op::Eq => ordering == Ordering::Equal,
                    Op::Neq => ordering != Ordering::Equal,
                    Op::Gt => ordering == Ordering::Greater,
                    Op::Gte => ordering != Ordering::Less,
                    Op::Lt => ordering == Ordering::Less,
                    _ => ordering != Ordering::Greater,
                }
            }
        };
        holds != self.negated
    }
}

/// A cell as text, the way PostgREST prints it in a filter.
fn text_of(cell: &Value) -> String {
    match cell {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Compares a stored cell with a filter operand, by number when the cell is a number, by
/// truth value when it is a boolean, and as text otherwise.
pub fn compare(cell: &Value, operand: &str) -> Ordering {
    match cell {
        Value::Number(n) => match (n.as_f64(), operand.parse::<f64>()) {
            (Some(a), Ok(b)) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
            _ => text_of(cell).as_str().cmp(operand),
        },
        Value::Bool(b) => match operand {
            "true" => b.cmp(&true),
            "false" => b.cmp(&false),
            _ => text_of(cell).as_str().cmp(operand),
        },
        _ => text_of(cell).as_str().cmp(operand),
    }
}

/// Orders two cells of one column (both non-null).
pub fn compare_cells(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(Ordering::Equal),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        _ => text_of(a).cmp(&text_of(b)),
    }
}

/// SQL `LIKE` with `%` or `*` for any run and `_` for one character.
pub fn like(text: &str, pattern: &str) -> bool {
    let text: Vec<char> = text.chars().collect();
    let pattern: Vec<char> = pattern.chars().collect();
    // Classic two-pointer wildcard match with backtracking to the last star: linear memory and
    // no recursion, so a hostile pattern cannot blow the stack.
    let (mut t, mut p) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some('%' | '*') => {
                star = Some((p, t));
                p += 1;
            }
            Some(&c) if c == '_' || c == text[t] => {
                t += 1;
                p += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|c| matches!(c, '%' | '*'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn row(value: Value) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("c".into(), value);
        m
    }

    fn filter(op: Op, negated: bool, values: &[&str]) -> Filter {
        Filter {
            column: "c".into(),
            op,
            negated,
            values: values.iter().map(|v| v.to_string()).collect(),
        }
    }

    #[test]
    fn like_handles_both_wildcards() {
        assert!(like("Senior Rust engineer", "*Rust*"));
        assert!(like("Senior Rust engineer", "Senior%"));
        assert!(like("abc", "a_c"));
        assert!(!like("abc", "a_d"));
        assert!(!like("abc", "abcd"));
    }

    #[test]
    fn null_never_compares_but_is_matches_it() {
        assert!(!filter(Op::Neq, false, &["x"]).matches(&row(Value::Null)));
        assert!(!filter(Op::Eq, true, &["x"]).matches(&row(Value::Null)));
        assert!(filter(Op::Is, false, &["null"]).matches(&row(Value::Null)));
        assert!(filter(Op::Is, true, &["null"]).matches(&row(json!(1))));
    }

    #[test]
    fn numbers_compare_as_numbers() {
        assert!(filter(Op::Gt, false, &["9"]).matches(&row(json!(10))));
        assert!(filter(Op::In, false, &["1", "10.0"]).matches(&row(json!(10))));
    }
}
