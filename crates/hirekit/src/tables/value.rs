//! Values compared in filters, and their PostgREST text form.

use std::fmt;

/// A value a filter compares a column with. Built from strings, integers, floats, booleans
/// and chrono dates with `From`, so filter methods take them directly.
///
/// ```
/// use hirekit::tables::Value;
///
/// assert_eq!(Value::from(5), Value::Integer(5));
/// assert_eq!(Value::from("active"), Value::Text("active".into()));
/// ```
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// Text (also uuids, timestamps and anything PostgreSQL casts from text).
    Text(String),
    /// A signed integer.
    Integer(i64),
    /// An unsigned integer.
    Unsigned(u64),
    /// A floating-point number; it must be finite.
    Float(f64),
    /// A boolean.
    Bool(bool),
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Text can be a candidate's email or name: show its kind and length only.
        match self {
            Value::Text(text) => write!(f, "Text(<{} chars>)", text.chars().count()),
            Value::Integer(n) => write!(f, "Integer({n})"),
            Value::Unsigned(n) => write!(f, "Unsigned({n})"),
            Value::Float(x) => write!(f, "Float({x})"),
            Value::Bool(b) => write!(f, "Bool({b})"),
        }
    }
}

/// Why a value cannot be sent.
pub(crate) type Refusal = &'static str;

/// Characters that end or split an item of an `in.(…)` list, or start a quoted one, so an item
/// that contains one (or whitespace, which PostgREST trims) must be quoted.
const LIST_RESERVED: &[char] = &[',', '(', ')', '"', '\\', '.', ':'];

impl Value {
    /// The value as PostgREST reads it after `op.`, or why it cannot be sent.
    pub(crate) fn encode(&self) -> Result<String, Refusal> {
        match self {
            Value::Text(text) => checked_text(text).map(str::to_string),
            Value::Integer(n) => Ok(n.to_string()),
            Value::Unsigned(n) => Ok(n.to_string()),
            // Rust prints finite floats without an exponent, which every parser accepts.
            Value::Float(x) if x.is_finite() => Ok(x.to_string()),
            Value::Float(_) => Err("it is not a finite number"),
            Value::Bool(b) => Ok(b.to_string()),
        }
    }

    /// The value as one item of an `in.(…)` list: quoted and escaped when it holds a
    /// character PostgREST reads as syntax there.
    pub(crate) fn encode_list_item(&self) -> Result<String, Refusal> {
        let plain = self.encode()?;
        let needs_quotes = matches!(self, Value::Text(_))
            && (plain.is_empty()
                || plain.contains(LIST_RESERVED)
                || plain.chars().any(char::is_whitespace)
                // An unquoted `null` could be read as SQL null by some PostgREST versions.
                || plain.eq_ignore_ascii_case("null"));
        if !needs_quotes {
            return Ok(plain);
        }
        let mut quoted = String::with_capacity(plain.len() + 2);
        quoted.push('"');
        for c in plain.chars() {
            if c == '"' || c == '\\' {
                quoted.push('\\');
            }
            quoted.push(c);
        }
        quoted.push('"');
        Ok(quoted)
    }
}

/// Text is sent as it is, except what PostgreSQL text cannot hold.
pub(crate) fn checked_text(text: &str) -> Result<&str, Refusal> {
    if text.contains('\0') {
        Err("it contains a NUL character, which PostgreSQL text cannot hold")
    } else {
        Ok(text)
    }
}

impl From<&str> for Value {
    fn from(value: &str) -> Self {
        Value::Text(value.to_string())
    }
}

impl From<String> for Value {
    fn from(value: String) -> Self {
        Value::Text(value)
    }
}

impl From<&String> for Value {
    fn from(value: &String) -> Self {
        Value::Text(value.clone())
    }
}

macro_rules! from_signed {
    ($($t:ty),+) => {$(
        impl From<$t> for Value {
            fn from(value: $t) -> Self {
                Value::Integer(i64::from(value))
            }
        }
    )+};
}
from_signed!(i8, i16, i32, i64);

macro_rules! from_unsigned {
    ($($t:ty),+) => {$(
        impl From<$t> for Value {
            fn from(value: $t) -> Self {
                Value::Unsigned(u64::from(value))
            }
        }
    )+};
}
from_unsigned!(u8, u16, u32, u64);

impl From<f32> for Value {
    fn from(value: f32) -> Self {
        Value::Float(f64::from(value))
    }
}

impl From<f64> for Value {
    fn from(value: f64) -> Self {
        Value::Float(value)
    }
}

impl From<bool> for Value {
    fn from(value: bool) -> Self {
        Value::Bool(value)
    }
}

impl<Tz: chrono::TimeZone> From<chrono::DateTime<Tz>> for Value
where
    Tz::Offset: fmt::Display,
{
    fn from(value: chrono::DateTime<Tz>) -> Self {
        Value::Text(value.to_rfc3339())
    }
}

impl From<chrono::NaiveDate> for Value {
    fn from(value: chrono::NaiveDate) -> Self {
        Value::Text(value.format("%Y-%m-%d").to_string())
    }
}

impl From<chrono::NaiveDateTime> for Value {
    fn from(value: chrono::NaiveDateTime) -> Self {
        Value::Text(value.format("%Y-%m-%dT%H:%M:%S%.f").to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_values_are_sent_as_they_are() {
        assert_eq!(Value::from("a,b.c(d)").encode().as_deref(), Ok("a,b.c(d)"));
        assert_eq!(Value::from(-3).encode().as_deref(), Ok("-3"));
        assert_eq!(
            Value::from(u64::MAX).encode().as_deref(),
            Ok("18446744073709551615")
        );
        assert_eq!(Value::from(2.5).encode().as_deref(), Ok("2.5"));
        assert_eq!(Value::from(1e300).encode().map(|s| s.len()), Ok(301));
        assert_eq!(Value::from(true).encode().as_deref(), Ok("true"));
    }

    #[test]
    fn list_items_with_syntax_are_quoted_and_escaped() {
        let item = |v: &str| Value::from(v).encode_list_item();
        assert_eq!(item("plain").as_deref(), Ok("plain"));
        assert_eq!(item("a,b").as_deref(), Ok("\"a,b\""));
        assert_eq!(item("say \"hi\"").as_deref(), Ok("\"say \\\"hi\\\"\""));
        assert_eq!(item("back\\slash").as_deref(), Ok("\"back\\\\slash\""));
        assert_eq!(item("").as_deref(), Ok("\"\""));
        assert_eq!(item("NULL").as_deref(), Ok("\"NULL\""));
        assert_eq!(item("x.y").as_deref(), Ok("\"x.y\""));
        assert_eq!(Value::from(1.5).encode_list_item().as_deref(), Ok("1.5"));
    }

    #[test]
    fn unsendable_values_are_refused() {
        assert!(Value::from("a\0b").encode().is_err());
        assert!(Value::from(f64::NAN).encode().is_err());
        assert!(Value::from(f64::INFINITY).encode_list_item().is_err());
    }

    #[test]
    fn debug_hides_text() {
        let shown = format!("{:?}", Value::from("jane@example.com"));
        assert!(!shown.contains("jane"), "{shown}");
    }
}
