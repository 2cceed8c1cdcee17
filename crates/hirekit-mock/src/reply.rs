//! What a handler answers: a status, headers and a body, plus the vendors' error shapes.

use bytes::Bytes;
use serde_json::{Value, json};

use crate::schema::Violation;

/// The body of a reply.
#[derive(Debug, Clone, Default)]
pub enum ReplyBody {
    /// No body.
    #[default]
    Empty,
    /// A JSON document (`application/json`).
    Json(Value),
    /// Bytes with their media type.
    Bytes {
        /// The `Content-Type`.
        content_type: String,
        /// The bytes.
        data: Bytes,
    },
}

/// A handler's answer, before any fault is applied to it.
#[derive(Debug, Clone)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// Extra headers (the content type comes from the body).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: ReplyBody,
}

impl Reply {
    /// A JSON reply.
    pub fn json(status: u16, value: Value) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: ReplyBody::Json(value),
        }
    }

    /// A reply with raw bytes of the given media type.
    pub fn bytes(status: u16, content_type: &str, data: impl Into<Bytes>) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: ReplyBody::Bytes {
                content_type: content_type.to_string(),
                data: data.into(),
            },
        }
    }

    /// A reply without a body.
    pub fn empty(status: u16) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: ReplyBody::Empty,
        }
    }

    /// Adds a header.
    #[must_use]
    pub fn with_header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    /// The JSON body, if the reply has one.
    pub fn json_body(&self) -> Option<&Value> {
        match &self.body {
            ReplyBody::Json(value) => Some(value),
            _ => None,
        }
    }

    /// Whether the status is 2xx.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Joins violations into one message that names every offending field.
pub fn describe(violations: &[Violation]) -> String {
    violations
        .iter()
        .map(|v| {
            if v.message.contains(&v.field) || v.field.is_empty() {
                v.message.clone()
            } else {
                format!("`{}`: {}", v.field, v.message)
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// JOFI's error body. The vendor does not document it; the mock answers `{error, message}`,
/// which the spec's permissive `Error` schema accepts.
pub fn jofi_error(status: u16, message: impl Into<String>) -> Reply {
    let message = message.into();
    Reply::json(status, json!({ "error": message, "message": message }))
}

/// JobMojito Functions' documented `{error, name}` envelope (`name` is the offending field).
pub fn functions_error(status: u16, message: impl Into<String>, field: Option<&str>) -> Reply {
    let mut body = json!({ "error": message.into() });
    if let Some(field) = field {
        body["name"] = Value::String(field.to_string());
    }
    Reply::json(status, body)
}

/// A PostgREST error body.
pub fn postgrest_error(status: u16, code: &str, message: impl Into<String>) -> Reply {
    Reply::json(
        status,
        json!({ "code": code, "message": message.into(), "details": null, "hint": null }),
    )
}

/// A Supabase Auth token-endpoint error body.
pub fn auth_error(status: u16, error: &str, description: impl Into<String>) -> Reply {
    Reply::json(
        status,
        json!({ "error": error, "error_description": description.into() }),
    )
}
