//! Reading answers: where a body stopped matching its type, and the vendor's message in an
//! error body.

use serde_json::Value;

use crate::error::{Error, ErrorKind};
use crate::{json_path, redact};

/// What an error may show of a body serde_json could not read: serde's message with the
/// body's values masked, and an excerpt around the position serde_json points at with every
/// value masked. Answers and webhook deliveries both use it.
pub(crate) struct Masked {
    pub(crate) message: String,
    pub(crate) excerpt: String,
}

impl Masked {
    pub(crate) fn of(bytes: &[u8], error: &serde_json::Error) -> Self {
        let offset = json_path::byte_offset(bytes, error.line(), error.column());
        Masked {
            // serde quotes the offending value (`invalid type: string "jane@…"`): keep the
            // shape.
            message: redact::serde_message(&error.to_string()),
            excerpt: redact::json_excerpt(bytes, offset),
        }
    }
}

/// The error for a body serde_json could not decode (`original`): where the body stopped
/// matching its type (read from the bytes by [`json_path`], so that each type is decoded only
/// once), and what [`Masked`] keeps of it.
pub(crate) fn error(bytes: &[u8], original: &serde_json::Error) -> Error {
    let path = json_path::of(bytes, original);
    let Masked { message, excerpt } = Masked::of(bytes, original);
    let what = if bytes.is_empty() {
        "the body is empty".to_string()
    } else {
        message
    };
    // The source carries the same cleaned text, so `Debug` and a walk of the source chain
    // show no value of the body either.
    let source: serde_json::Error = serde::de::Error::custom(what.clone());
    Error::new(ErrorKind::Decode, what)
        .with_decode(path, excerpt)
        .with_source(source)
}

/// The message and offending field of a vendor error body, whatever the vendor: JobMojito
/// `{error, name}`, JOFI `{message | error}`, PostgREST `{message, details, hint}`, Supabase
/// Auth `{error_description | msg}`.
pub(crate) fn vendor_message(value: &Value) -> (Option<String>, Option<String>) {
    let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
    let message = text("error_description")
        .or_else(|| text("msg"))
        .or_else(|| text("message"))
        .or_else(|| text("error"))
        .or_else(|| {
            value
                .get("error")
                .and_then(|e| e.get("message"))
                .and_then(Value::as_str)
                .map(str::to_string)
        });
    let field = text("name").or_else(|| text("field"));
    (message, field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn vendor_messages_are_found_in_every_shape() {
        assert_eq!(
            vendor_message(&json!({"error": "Field is required.", "name": "email"})),
            (Some("Field is required.".into()), Some("email".into()))
        );
        assert_eq!(
            vendor_message(&json!({"code": "PGRST116", "message": "no rows"})).0,
            Some("no rows".into())
        );
        assert_eq!(
            vendor_message(&json!({"error": "invalid_grant", "error_description": "bad password"}))
                .0,
            Some("bad password".into())
        );
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Row {
        id: i64,
        email: String,
    }

    #[test]
    fn decode_errors_name_the_path_and_mask_values() {
        let body = br#"{"data": [{"id": 1, "email": "a@example.com"}, {"id": "x", "email": "b@example.com"}]}"#;
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Page {
            data: Vec<Row>,
        }
        let original = serde_json::from_slice::<Page>(body).expect_err("id is a string");
        let error = error(body, &original);
        assert_eq!(error.decode_path(), Some("data[1].id"));
        let excerpt = error.excerpt().expect("excerpt");
        assert!(!excerpt.contains("example.com"), "{excerpt}");
        assert!(error.to_string().contains("data[1].id"), "{error}");
    }

    /// Issue 10, item 6: a wrong-typed field holding personal data does not reach the error's
    /// `Display`, `Debug` or source chain.
    #[test]
    fn decode_errors_do_not_print_response_values() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Person {
            age: i64,
        }
        let body = br#"{"age": "jane.doe@example.com"}"#;
        let original = serde_json::from_slice::<Person>(body).expect_err("a string");
        let error = error(body, &original);
        let mut seen = vec![error.to_string(), format!("{error:?}")];
        let mut source = std::error::Error::source(&error);
        while let Some(inner) = source {
            seen.push(inner.to_string());
            seen.push(format!("{inner:?}"));
            source = inner.source();
        }
        assert!(seen.len() > 2, "the error keeps a source");
        for text in &seen {
            assert!(!text.contains("jane"), "{text}");
        }
        assert_eq!(error.decode_path(), Some("age"));
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::test_support::proptest_cases()))]

        /// Whatever bytes arrive, the decode error names a path, masks values and never
        /// panics; and the error line holds no run of the body's letters longer than a key.
        #[test]
        fn decode_errors_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            #[derive(Debug, serde::Deserialize)]
            #[allow(dead_code)]
            struct Page {
                data: Vec<Row>,
            }
            if let Err(original) = serde_json::from_slice::<Page>(&bytes) {
                let error = error(&bytes, &original);
                prop_assert_eq!(error.kind(), ErrorKind::Decode);
                prop_assert!(error.decode_path().is_some());
                let _ = error.to_string();
            }
        }

        /// Vendor error bodies of any shape yield a message or nothing, never a panic.
        #[test]
        fn vendor_messages_never_panic(text in ".{0,64}", key in "[a-z_]{1,18}") {
            let value = json!({ key.clone(): text.clone(), "error": { key: text } });
            let _ = vendor_message(&value);
        }
    }
}
