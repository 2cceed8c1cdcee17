//! Turns the outcome of one generated call into hirekit's `Result`.

use std::future::Future;

use progenitor_client::{Error as RawError, ResponseValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{Error, ErrorKind, Result};
use crate::redact;
use crate::retry::RetryPolicy;
use crate::transport::{self, CallState};

/// Runs one generated call (the future of a builder's `send()`) under the transport's call
/// state and maps every way it can fail to [`Error`].
pub(crate) async fn run<T, E, F>(policy: Option<RetryPolicy>, call: F) -> Result<ResponseValue<T>>
where
    F: Future<Output = std::result::Result<ResponseValue<T>, RawError<E>>>,
    T: DeserializeOwned,
    E: Serialize,
{
    let (outcome, state) = transport::scoped(policy, call).await;
    match outcome {
        Ok(value) => Ok(value),
        // A success status the spec does not list (a 200 where it documents 201): the body is
        // still the answer, so decode it rather than fail a call that worked.
        Err(RawError::UnexpectedResponse(response))
            if state.failure.is_none() && response.status().is_success() =>
        {
            let status = response.status();
            let headers = response.headers().clone();
            match response.bytes().await {
                Ok(bytes) => match serde_json::from_slice::<T>(&bytes) {
                    Ok(value) => Ok(ResponseValue::new(value, status, headers)),
                    Err(error) => Err(finish(decode_error::<T>(&bytes, &error), &state)),
                },
                Err(error) => Err(finish(
                    Error::from_reqwest(ErrorKind::Transport, error),
                    &state,
                )),
            }
        }
        Err(raw) => Err(into_error::<T, E>(raw, state)),
    }
}

/// The future of a generated builder's `send()`.
pub(crate) trait GeneratedCall<T, E>:
    Future<Output = std::result::Result<ResponseValue<T>, RawError<E>>>
{
}

impl<T, E, F> GeneratedCall<T, E> for F where
    F: Future<Output = std::result::Result<ResponseValue<T>, RawError<E>>>
{
}

/// [`run`], keeping only the decoded body: what every facade method returns.
pub(crate) async fn run_body<T, E, F>(policy: Option<RetryPolicy>, call: F) -> Result<T>
where
    F: GeneratedCall<T, E>,
    T: DeserializeOwned,
    E: Serialize,
{
    run(policy, call).await.map(ResponseValue::into_inner)
}

/// Like [`run`], for a handwritten request sent through the transport directly.
#[cfg(feature = "jobmojito")]
pub(crate) async fn run_raw<F>(policy: Option<RetryPolicy>, call: F) -> Result<reqwest::Response>
where
    F: Future<Output = reqwest::Result<reqwest::Response>>,
{
    let (outcome, mut state) = transport::scoped(policy, call).await;
    if let Some(failure) = state.failure.take() {
        return Err(finish(failure, &state));
    }
    let response =
        outcome.map_err(|e| finish(Error::from_reqwest(ErrorKind::Transport, e), &state))?;
    let status = response.status().as_u16();
    if (200..300).contains(&status) {
        return Ok(response);
    }
    let body = response.bytes().await.unwrap_or_default();
    let value: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let (message, field) = vendor_message(&value);
    Err(finish(Error::http(status, message, field), &state))
}

fn finish(error: Error, state: &CallState) -> Error {
    let mut error = error
        .with_attempts(state.attempts)
        .with_request_id(state.request_id.clone())
        .with_retry_after(state.retry_after);
    if let Some(operation) = state.operation {
        error = error.with_operation(operation);
    }
    error
}

fn into_error<T: DeserializeOwned, E: Serialize>(raw: RawError<E>, mut state: CallState) -> Error {
    if let Some(failure) = state.failure.take() {
        return finish(failure, &state);
    }
    let error = match raw {
        RawError::ErrorResponse(response) => {
            let status = response.status().as_u16();
            let value = serde_json::to_value(response.into_inner()).unwrap_or(Value::Null);
            let (message, field) = vendor_message(&value);
            Error::http(status, message, field)
        }
        RawError::UnexpectedResponse(response) => {
            let status = response.status().as_u16();
            Error::http(status, Some(unexpected(&response)), None)
        }
        RawError::InvalidResponsePayload(bytes, error) => match state.last_status {
            // An error status whose body is not the vendor's error shape (an HTML page from a
            // proxy, an empty body): the status is what matters.
            Some(status) if !(200..300).contains(&status) => Error::http(
                status,
                Some("the error answer had no readable body".to_string()),
                None,
            ),
            _ => decode_error::<T>(&bytes, &error),
        },
        RawError::CommunicationError(e) | RawError::ResponseBodyError(e) => {
            let kind = if e.is_timeout() {
                ErrorKind::Timeout
            } else if e.is_connect() {
                ErrorKind::Connect
            } else {
                ErrorKind::Transport
            };
            Error::from_reqwest(kind, e)
        }
        RawError::InvalidUpgrade(e) => Error::from_reqwest(ErrorKind::Transport, e),
        RawError::InvalidRequest(message) => Error::new(ErrorKind::InvalidInput, message),
        RawError::Custom(message) => Error::new(ErrorKind::Api, message),
    };
    finish(error, &state)
}

fn unexpected(response: &reqwest::Response) -> String {
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("no content type");
    format!("an undocumented answer ({content_type})")
}

/// Decodes again with path tracking, to say where the body stopped matching the type.
fn decode_error<T: DeserializeOwned>(bytes: &[u8], original: &serde_json::Error) -> Error {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let (path, inner) = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Err(e) => {
            let path = e.path().to_string();
            (path, e.into_inner())
        }
        // The second decode succeeded where the first failed (cannot happen with the same
        // bytes); keep the original error.
        Ok(_) => (".".to_string(), clone_json_error(original)),
    };
    let offset = byte_offset(bytes, inner.line(), inner.column());
    let what = if bytes.is_empty() {
        "the body is empty".to_string()
    } else {
        // serde's messages name types and fields, never values of the body.
        strip_position(&inner.to_string())
    };
    Error::new(ErrorKind::Decode, what)
        .with_decode(path, redact::json_excerpt(bytes, offset))
        .with_source(inner)
}

fn clone_json_error(error: &serde_json::Error) -> serde_json::Error {
    serde::de::Error::custom(strip_position(&error.to_string()))
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

fn byte_offset(bytes: &[u8], line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in bytes.split(|b| *b == b'\n').enumerate() {
        if i + 1 == line {
            return offset + column.min(l.len());
        }
        offset += l.len() + 1;
    }
    bytes.len()
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
        let error = decode_error::<Page>(body, &original);
        assert_eq!(error.decode_path(), Some("data[1].id"));
        let excerpt = error.excerpt().expect("excerpt");
        assert!(!excerpt.contains("example.com"), "{excerpt}");
        assert!(error.to_string().contains("data[1].id"), "{error}");
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
                let error = decode_error::<Page>(&bytes, &original);
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
