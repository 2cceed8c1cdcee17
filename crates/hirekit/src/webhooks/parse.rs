//! Turning delivery bytes into JSON and typed payloads, with errors that say where the body
//! went wrong without repeating what it contains.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::{Error, ErrorKind, Result, redact};

/// The body as a JSON object, or an error saying why it is not one.
pub(crate) fn object(bytes: &[u8]) -> Result<Map<String, Value>> {
    if bytes.is_empty() {
        return Err(Error::new(ErrorKind::Webhook, "the body is empty"));
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(Error::new(
            ErrorKind::Webhook,
            "the body is JSON but not an object",
        )),
        Err(e) => {
            let offset = byte_offset(bytes, e.line(), e.column());
            Err(Error::new(
                ErrorKind::Webhook,
                format!(
                    "the body is not JSON: {}",
                    redact::serde_message(&e.to_string())
                ),
            )
            .with_decode(String::from("."), redact::json_excerpt(bytes, offset)))
        }
    }
}

/// Decodes the body as `T`, naming the JSON path where it stops matching. `what` says what
/// was expected, e.g. "the `invitation.created` event".
pub(crate) fn typed<T: DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Ok(value) => Ok(value),
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let offset = byte_offset(bytes, inner.line(), inner.column());
            Err(Error::new(
                ErrorKind::Webhook,
                format!(
                    "{what} does not match its schema at `{path}`: {}",
                    redact::serde_message(&inner.to_string())
                ),
            )
            .with_field(path.clone())
            .with_decode(path, redact::json_excerpt(bytes, offset)))
        }
    }
}

/// The byte offset of a 1-based line and column, clamped to the body.
fn byte_offset(bytes: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match bytes
            .get(start..)
            .and_then(|rest| rest.iter().position(|b| *b == b'\n'))
        {
            Some(at) => start += at + 1,
            None => break,
        }
    }
    start
        .saturating_add(column.saturating_sub(1))
        .min(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_are_dropped_from_messages() {
        assert_eq!(
            redact::serde_message(
                r#"invalid type: string "ada@example.com", expected i64 at line 1 column 9"#
            ),
            r#"invalid type: string "…", expected i64"#
        );
        assert_eq!(
            redact::serde_message("missing field `id`"),
            "missing field `id`"
        );
    }

    #[test]
    fn offsets_are_clamped() {
        assert_eq!(byte_offset(b"ab\ncd", 2, 2), 4);
        assert_eq!(byte_offset(b"ab", 9, 99), 2);
        assert_eq!(byte_offset(b"", 0, 0), 0);
    }
}
