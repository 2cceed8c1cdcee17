//! Turning delivery bytes into JSON and typed payloads, with errors that say where the body
//! went wrong without repeating what it contains.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::decode::Masked;
use crate::{Error, ErrorKind, Result, json_path};

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
            let masked = Masked::of(bytes, &e);
            Err(Error::new(
                ErrorKind::Webhook,
                format!("the body is not JSON: {}", masked.message),
            )
            .with_decode(String::from("."), masked.excerpt))
        }
    }
}

/// Decodes the body as `T`, naming the JSON path where it stops matching. `what` says what
/// was expected, e.g. "the `invitation.created` event". `T` is decoded once; the path is read
/// from the bytes only when that fails (see [`json_path`]).
pub(crate) fn typed<T: DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| {
        let path = json_path::of(bytes, &e);
        let masked = Masked::of(bytes, &e);
        Error::new(
            ErrorKind::Webhook,
            format!(
                "{what} does not match its schema at `{path}`: {}",
                masked.message
            ),
        )
        .with_field(path.clone())
        .with_decode(path, masked.excerpt)
    })
}

#[cfg(test)]
mod tests {
    use crate::redact;

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
}
