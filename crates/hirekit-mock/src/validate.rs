//! Checks a request against its operation: path, query and header parameters, and the body.
//!
//! The mock is stricter than the vendors on purpose: an undeclared query parameter is an error
//! (JobMojito silently drops it, PostgREST would reject an unknown column), so a client bug such
//! as a misspelled filter shows up in tests instead of silently widening a query.

use std::collections::BTreeMap;

use bytes::Bytes;
use serde_json::{Map, Value};

use crate::router::Route;
use crate::schema::{SchemaSet, Violation};

/// A field of a multipart form.
#[derive(Debug, Clone)]
pub struct FormField {
    /// The file name, for a file part.
    pub file_name: Option<String>,
    /// The part's content type, if given.
    pub content_type: Option<String>,
    /// The part's bytes.
    pub data: Bytes,
}

/// A request body as received.
#[derive(Debug, Clone)]
pub enum RawBody {
    /// Bytes with the request's content type.
    Bytes(Option<String>, Bytes),
    /// A parsed multipart form.
    Multipart(BTreeMap<String, FormField>),
}

/// A request body after validation.
#[derive(Debug, Clone, Default)]
pub enum Body {
    /// No body.
    #[default]
    None,
    /// A JSON body.
    Json(Value),
    /// A multipart form.
    Form(BTreeMap<String, FormField>),
}

/// A validated request: declared parameters with their typed values, and the body.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// Path parameters by name.
    pub path: Map<String, Value>,
    /// Declared query parameters by name (the last value when repeated).
    pub query: Map<String, Value>,
    /// Every query pair as received, in order (PostgREST filters may repeat a column).
    pub query_pairs: Vec<(String, String)>,
    /// Declared header parameters by lower-case name.
    pub headers: Map<String, Value>,
    /// The body.
    pub body: Body,
}

/// The parts of a request that validation reads.
pub struct Request<'a> {
    /// Raw path parameter values from routing.
    pub path: &'a BTreeMap<String, String>,
    /// Decoded query pairs.
    pub query: &'a [(String, String)],
    /// Request headers.
    pub headers: &'a hyper::HeaderMap,
    /// The body.
    pub body: RawBody,
}

/// Validates `request` against `route` of `spec`.
pub fn validate(
    spec: &Value,
    schemas: &SchemaSet,
    route: &Route,
    request: Request<'_>,
) -> Result<Input, Vec<Violation>> {
    let mut violations = Vec::new();
    let mut input = Input {
        query_pairs: request.query.to_vec(),
        ..Input::default()
    };
    let params = parameters(spec, route);
    let fixed: Vec<&str> = route
        .template
        .split_once('?')
        .map(|(_, q)| q.split('&').filter_map(|p| p.split('=').next()).collect())
        .unwrap_or_default();

    for (name, _) in request.query {
        let declared = params
            .iter()
            .any(|p| p.location == "query" && &p.name == name);
        if !declared && !fixed.contains(&name.as_str()) {
            violations.push(Violation {
                field: name.clone(),
                message: format!("unknown query parameter `{name}`"),
            });
        }
    }

    for param in &params {
        let raw: Vec<String> = match param.location.as_str() {
            "path" => request.path.get(&param.name).cloned().into_iter().collect(),
            "query" => request
                .query
                .iter()
                .filter(|(k, _)| k == &param.name)
                .map(|(_, v)| v.clone())
                .collect(),
            "header" => request
                .headers
                .get_all(param.name.as_str())
                .iter()
                .filter_map(|v| v.to_str().ok().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        if raw.is_empty() {
            if param.required {
                violations.push(Violation {
                    field: param.name.clone(),
                    message: format!(
                        "missing required {} parameter `{}`",
                        param.location, param.name
                    ),
                });
            }
            continue;
        }
        let is_array = param.schema.get("type").and_then(Value::as_str) == Some("array");
        let value = if is_array {
            let items = param.schema.get("items").cloned().unwrap_or(Value::Null);
            Value::Array(raw.iter().map(|v| coerce(v, &items, spec)).collect())
        } else {
            // A repeated scalar (a PostgREST filter applied twice) is checked value by value.
            for extra in &raw[..raw.len() - 1] {
                check_param(
                    schemas,
                    param,
                    &coerce(extra, &param.schema, spec),
                    &mut violations,
                );
            }
            coerce(&raw[raw.len() - 1], &param.schema, spec)
        };
        check_param(schemas, param, &value, &mut violations);
        let target = match param.location.as_str() {
            "path" => &mut input.path,
            "query" => &mut input.query,
            _ => &mut input.headers,
        };
        // Header names are case-insensitive; handlers look them up in lower case.
        let key = if param.location == "header" {
            param.name.to_ascii_lowercase()
        } else {
            param.name.clone()
        };
        target.insert(key, value);
    }

    match body_spec(spec, route) {
        None => {}
        Some(expected) => match check_body(schemas, &expected, request.body) {
            Ok(body) => input.body = body,
            Err(mut v) => violations.append(&mut v),
        },
    }

    if violations.is_empty() {
        Ok(input)
    } else {
        Err(violations)
    }
}

fn check_param(schemas: &SchemaSet, param: &Param, value: &Value, out: &mut Vec<Violation>) {
    if let Err(errors) = schemas.check(&param.schema, value) {
        for e in errors {
            out.push(Violation {
                field: param.name.clone(),
                message: format!(
                    "{} parameter `{}`: {}",
                    param.location, param.name, e.message
                ),
            });
        }
    }
}

struct Param {
    name: String,
    location: String,
    required: bool,
    schema: Value,
}

/// The operation's parameters (path-item level ones overridden by operation-level ones).
fn parameters(spec: &Value, route: &Route) -> Vec<Param> {
    let resolve = |p: &Value| -> Value {
        match p.get("$ref").and_then(Value::as_str) {
            Some(r) => r
                .strip_prefix('#')
                .and_then(|ptr| spec.pointer(ptr))
                .cloned()
                .unwrap_or(Value::Null),
            None => p.clone(),
        }
    };
    let mut out: Vec<Param> = Vec::new();
    let op_params = route
        .operation
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for p in route.path_parameters.iter().chain(op_params.iter()) {
        let p = resolve(p);
        let (Some(name), Some(location)) = (
            p.get("name").and_then(Value::as_str),
            p.get("in").and_then(Value::as_str),
        ) else {
            continue;
        };
        out.retain(|q| !(q.name == name && q.location == location));
        out.push(Param {
            name: name.to_string(),
            location: location.to_string(),
            required: p.get("required").and_then(Value::as_bool) == Some(true)
                || location == "path",
            schema: p
                .get("schema")
                .cloned()
                .unwrap_or(Value::Object(Map::new())),
        });
    }
    out
}

/// Turns a parameter's text into the JSON value its schema describes, so the schema can check
/// it (text that does not parse stays text, and the schema then names the type error).
fn coerce(raw: &str, schema: &Value, spec: &Value) -> Value {
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|ptr| spec.pointer(ptr))
            .unwrap_or(schema),
        None => schema,
    };
    match schema.get("type").and_then(Value::as_str) {
        Some("integer") => raw
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::String(raw.to_string())),
        Some("number") => raw
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(raw.to_string())),
        Some("boolean") => match raw {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::String(raw.to_string()),
        },
        _ => Value::String(raw.to_string()),
    }
}

/// What an operation accepts as its body: one schema per media type, in spec order (an
/// operation may take more than one, e.g. the knowledge-base upload as a form or as JSON).
struct BodySpec {
    required: bool,
    media: Vec<(String, Value)>,
}

impl BodySpec {
    /// The schema for a media type, if the operation accepts it.
    fn schema_for(&self, media: &str) -> Option<&Value> {
        self.media
            .iter()
            .find(|(m, _)| m.as_str() == media)
            .map(|(_, schema)| schema)
    }

    /// The accepted media types, for messages.
    fn names(&self) -> String {
        let names: Vec<&str> = self.media.iter().map(|(m, _)| m.as_str()).collect();
        names.join(" or ")
    }
}

fn body_spec(spec: &Value, route: &Route) -> Option<BodySpec> {
    let mut body = route.operation.get("requestBody")?;
    if let Some(r) = body.get("$ref").and_then(Value::as_str) {
        body = r.strip_prefix('#').and_then(|ptr| spec.pointer(ptr))?;
    }
    let media: Vec<(String, Value)> = body
        .get("content")?
        .as_object()?
        .iter()
        .map(|(media, content)| {
            let schema = content.get("schema").cloned().unwrap_or(Value::Null);
            (media.clone(), schema)
        })
        .collect();
    if media.is_empty() {
        return None;
    }
    Some(BodySpec {
        required: body.get("required").and_then(Value::as_bool) == Some(true),
        media,
    })
}

fn violation(field: &str, message: impl Into<String>) -> Vec<Violation> {
    vec![Violation {
        field: field.to_string(),
        message: message.into(),
    }]
}

fn check_body(
    schemas: &SchemaSet,
    expected: &BodySpec,
    body: RawBody,
) -> Result<Body, Vec<Violation>> {
    match body {
        RawBody::Bytes(_, bytes) if bytes.is_empty() => {
            if expected.required {
                Err(violation("", "a request body is required"))
            } else {
                Ok(Body::None)
            }
        }
        RawBody::Bytes(content_type, bytes) => {
            let media = content_type
                .as_deref()
                .and_then(|c| c.split(';').next())
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            let Some(schema) = expected.schema_for(&media) else {
                return Err(violation(
                    "",
                    format!("content type must be {}, not `{media}`", expected.names()),
                ));
            };
            let value: Value = serde_json::from_slice(&bytes)
                .map_err(|e| violation("", format!("the body is not valid JSON: {e}")))?;
            schemas.check(schema, &value)?;
            Ok(Body::Json(value))
        }
        RawBody::Multipart(fields) => {
            let Some(schema) = expected.schema_for("multipart/form-data") else {
                return Err(violation(
                    "",
                    format!(
                        "content type must be {}, not multipart/form-data",
                        expected.names()
                    ),
                ));
            };
            // Check the form as a JSON object of its text parts (files stand in as text).
            let object: Map<String, Value> = fields
                .iter()
                .map(|(name, field)| {
                    let text = if field.file_name.is_some() {
                        String::from("<file>")
                    } else {
                        String::from_utf8_lossy(&field.data).into_owned()
                    };
                    (name.clone(), Value::String(text))
                })
                .collect();
            schemas.check(schema, &Value::Object(object))?;
            Ok(Body::Form(fields))
        }
    }
}
