//! Requests the generated client cannot make: multipart uploads (the spec marks them
//! `x-hirekit-handwritten`), JSON bodies with explicit nulls (the generated request types
//! skip `None`, so they cannot clear a field), and the download behind a signed report link.
//! Everything but the download goes through [`Client::send_handwritten`], so credentials,
//! retries, limits and tracing are the same as for generated calls.

use bytes::{BufMut as _, Bytes, BytesMut};
use serde::de::DeserializeOwned;

use super::client::Client;
use crate::error::{Error, ErrorKind, Operation, Result};

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

fn operation(operation_id: &'static str) -> Option<Operation> {
    jobmojito_raw::functions::Route::find(operation_id).map(|route| Operation {
        id: route.operation_id,
        method: route.method,
        path: route.path,
    })
}

/// Decodes a 2xx JSON body into `T`, naming the JSON path and a masked excerpt on failure.
pub(crate) fn decode<T: DeserializeOwned>(operation_id: &'static str, body: &[u8]) -> Result<T> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize::<_, T>(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let offset = body.len().min(inner.column().saturating_sub(1));
        // serde's messages name types and fields, never values of the body.
        let what = inner.to_string();
        let what = match what.rfind(" at line ") {
            Some(at) => what[..at].to_string(),
            None => what,
        };
        let mut error = Error::new(ErrorKind::Decode, what)
            .with_decode(path, crate::redact::json_excerpt(body, offset))
            .with_source(inner);
        if let Some(op) = operation(operation_id) {
            error = error.with_operation(op);
        }
        error
    })
}

impl Client {
    /// A request for the operation's route carrying `body` as `content_type`, ready for
    /// [`Client::send_handwritten`].
    pub(crate) fn handwritten_request(
        &self,
        operation_id: &'static str,
        content_type: &str,
        body: Bytes,
    ) -> Result<reqwest::Request> {
        let op = operation(operation_id).ok_or_else(|| {
            Error::new(ErrorKind::Api, "the spec has no such operation").with_field(operation_id)
        })?;
        let url = format!("{}{}", self.functions_url, op.path);
        let url = reqwest::Url::parse(&url).map_err(|_| {
            Error::new(ErrorKind::Config, "the base URL does not form a valid URL")
                .with_field("base_url")
        })?;
        let method = reqwest::Method::from_bytes(op.method.as_bytes())
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
}

/// Reads a 2xx answer of a handwritten request and decodes its JSON into `T`.
pub(crate) async fn decode_response<T: DeserializeOwned>(
    operation_id: &'static str,
    response: reqwest::Response,
) -> Result<T> {
    // The transport has already read the body within the configured limit.
    let bytes = response.bytes().await.map_err(|e| {
        let error = Error::from_reqwest(ErrorKind::Transport, e);
        match operation(operation_id) {
            Some(op) => error.with_operation(op),
            None => error,
        }
    })?;
    decode(operation_id, &bytes)
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
}
