//! Requests the generated client cannot make: multipart uploads (the spec marks them
//! `x-hirekit-handwritten`), JSON bodies with explicit nulls (the generated request types
//! skip `None`, so they cannot clear a field), and the download behind a signed report link.
//! Everything but the download goes through [`Client::send_handwritten`], so credentials,
//! retries, limits and tracing are the same as for generated calls.

use bytes::{BufMut as _, Bytes, BytesMut};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::client::Client;
use hirekit_runtime::Route;

use crate::error::{Error, ErrorKind, Result};
use crate::transport::decode_answer;

/// One part of a multipart form.
pub(crate) enum Part<'a> {
    /// A text field.
    Text { name: &'static str, value: &'a str },
    /// A file.
    File {
        name: &'static str,
        file_name: &'a str,
        media_type: &'a str,
        bytes: &'a [u8],
    },
}

/// A `multipart/form-data` body built by hand: its bytes and its `Content-Type`.
pub(crate) struct Multipart {
    pub(crate) content_type: String,
    pub(crate) body: Bytes,
}

/// Header values inside a part are quoted strings: quotes, backslashes and line breaks would
/// end them early (and a line break could inject a header), so they are replaced.
fn quoted(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '"' | '\\' | '\r' | '\n' => '_',
            c => c,
        })
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// A random boundary that occurs in no part (checked, not just unlikely).
fn boundary(parts: &[Part<'_>]) -> String {
    loop {
        let random: String = std::iter::repeat_with(fastrand::alphanumeric)
            .take(32)
            .collect();
        let candidate = format!("hirekit-{random}");
        let clash = parts.iter().any(|part| match part {
            Part::Text { value, .. } => contains(value.as_bytes(), candidate.as_bytes()),
            Part::File { bytes, .. } => contains(bytes, candidate.as_bytes()),
        });
        if !clash {
            return candidate;
        }
    }
}

impl Multipart {
    /// Encodes `parts` in order.
    pub(crate) fn new(parts: &[Part<'_>]) -> Multipart {
        let boundary = boundary(parts);
        let mut body = BytesMut::new();
        for part in parts {
            body.put_slice(format!("--{boundary}\r\n").as_bytes());
            match part {
                Part::Text { name, value } => {
                    body.put_slice(
                        format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n")
                            .as_bytes(),
                    );
                    body.put_slice(value.as_bytes());
                }
                Part::File {
                    name,
                    file_name,
                    media_type,
                    bytes,
                } => {
                    body.put_slice(
                        format!(
                            "Content-Disposition: form-data; name=\"{name}\"; filename=\"{}\"\r\n\
                             Content-Type: {}\r\n\r\n",
                            quoted(file_name),
                            quoted(media_type),
                        )
                        .as_bytes(),
                    );
                    body.put_slice(bytes);
                }
            }
            body.put_slice(b"\r\n");
        }
        body.put_slice(format!("--{boundary}--\r\n").as_bytes());
        Multipart {
            content_type: format!("multipart/form-data; boundary={boundary}"),
            body: body.freeze(),
        }
    }
}

impl Client {
    /// A request for the operation's route carrying `body` as `content_type`, ready for
    /// [`Client::send_handwritten`].
    pub(crate) fn handwritten_request(
        &self,
        route: &'static Route,
        content_type: &str,
        body: Bytes,
    ) -> Result<reqwest::Request> {
        let url = format!("{}{}", self.functions_url, route.path);
        let url = reqwest::Url::parse(&url).map_err(|_| {
            Error::new(ErrorKind::Config, "the base URL does not form a valid URL")
                .with_field("base_url")
        })?;
        let method = reqwest::Method::from_bytes(route.method.as_str().as_bytes())
            .map_err(|_| Error::new(ErrorKind::Api, "the spec names an invalid method"))?;
        let mut request = reqwest::Request::new(method, url);
        let content_type = http::HeaderValue::from_str(content_type).map_err(|_| {
            Error::new(
                ErrorKind::InvalidInput,
                "the content type is not a valid header",
            )
            .with_field("content_type")
        })?;
        request
            .headers_mut()
            .insert(http::header::CONTENT_TYPE, content_type);
        request.headers_mut().insert(
            http::header::ACCEPT,
            http::HeaderValue::from_static("application/json"),
        );
        *request.body_mut() = Some(reqwest::Body::from(body));
        Ok(request)
    }

    /// Sends `value` as the JSON body of a generated operation whose typed request cannot say
    /// what `value` says (explicit nulls).
    pub(crate) async fn send_json<T: DeserializeOwned>(
        &self,
        route: &'static Route,
        value: &Value,
    ) -> Result<T> {
        let body = serde_json::to_vec(value).map_err(|e| {
            Error::new(
                ErrorKind::InvalidInput,
                "the request cannot be written as JSON",
            )
            .with_source(e)
        })?;
        let request = self.handwritten_request(route, "application/json", body.into())?;
        let answer = self.send_handwritten(route, request).await?;
        decode_answer(route, &answer)
    }
}

/// Turns a typed request into a JSON object and sets each field of `clear` to an explicit
/// `null`, after checking that the spec lets the field be null (`clearable`).
pub(crate) fn with_nulls<R: serde::Serialize>(
    request: &R,
    clear: &[&str],
    clearable: &[&str],
) -> Result<Value> {
    let mut value = serde_json::to_value(request).map_err(|e| {
        Error::new(
            ErrorKind::InvalidInput,
            "the request cannot be written as JSON",
        )
        .with_source(e)
    })?;
    let Some(object) = value.as_object_mut() else {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            "the request is not a JSON object",
        ));
    };
    for field in clear {
        if !clearable.contains(field) {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                "this field cannot be cleared: the API does not accept null for it",
            )
            .with_field(*field));
        }
        object.insert((*field).to_string(), Value::Null);
    }
    Ok(value)
}

/// Converts a request (the generated type or its builder) the way the generated builders
/// do, failing with [`ErrorKind::InvalidInput`] before anything is sent.
pub(crate) fn convert<T, R>(request: R) -> Result<T>
where
    R: TryInto<T>,
    R::Error: std::fmt::Display,
{
    request
        .try_into()
        .map_err(|e| Error::new(ErrorKind::InvalidInput, format!("invalid request: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multipart_has_every_part_and_a_clean_boundary() {
        let form = Multipart::new(&[
            Part::Text {
                name: "knowledge_base_store_id",
                value: "kb-1",
            },
            Part::File {
                name: "file",
                file_name: "a\"b\r\nX-Evil: 1.txt",
                media_type: "text/plain",
                bytes: b"hello",
            },
        ]);
        let boundary = form
            .content_type
            .strip_prefix("multipart/form-data; boundary=")
            .expect("boundary");
        let text = String::from_utf8(form.body.to_vec()).expect("ascii");
        assert!(text.starts_with(&format!("--{boundary}\r\n")));
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
        assert!(text.contains("name=\"knowledge_base_store_id\"\r\n\r\nkb-1\r\n"));
        assert!(text.contains("filename=\"a_b__X-Evil: 1.txt\""));
        assert!(!text.contains("\r\nX-Evil"));
        assert!(text.contains("\r\n\r\nhello\r\n"));
    }

    #[test]
    fn only_nullable_fields_can_be_cleared() {
        let request = serde_json::json!({"position_id": "x", "name": "A"});
        let value = with_nulls(&request, &["description"], &["description"]).expect("ok");
        assert_eq!(value["description"], Value::Null);
        let error = with_nulls(&request, &["position_id"], &["description"]).expect_err("no");
        assert_eq!(error.field(), Some("position_id"));
    }
}
