//! Requests the generated client cannot make: multipart uploads (the spec marks them
//! `x-hirekit-handwritten`). They go through [`Client::send_handwritten`] with their generated
//! route, so credentials, retries, limits and tracing are the same as for generated calls.

use bytes::{BufMut as _, Bytes, BytesMut};

use hirekit_runtime::Route;

use super::client::Client;
use crate::error::{Error, ErrorKind, Result};

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
