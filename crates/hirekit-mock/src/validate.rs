//! Checks a request against its operation: path, query and header parameters, and the body.
//!
//! The mock is stricter than the vendors on purpose: an undeclared query parameter is an error
//! (JobMojito silently drops it, PostgREST would reject an unknown column), so a client bug such
//! as a misspelled filter shows up in tests instead of silently widening a query.

use std::collections::BTreeMap;

use bytes::Bytes;
use serde_json::{Map, Value};

use hirekit_spec::{Location, Parameter, RequestBody, Spec};

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
    spec: &Spec,
    schemas: &SchemaSet,
    route: &Route,
    request: Request<'_>,
) -> Result<Input, Vec<Violation>> {
    let mut violations = Vec::new();
    let mut input = Input {
        query_pairs: request.query.to_vec(),
        ..Input::default()
    };
    let operation = route
        .operation(spec)
        .ok_or_else(|| violation("", format!("{} is not in {}", route.template, spec.name)))?;
    let unreadable =
        |e: hirekit_spec::Error| violation("", format!("the mock cannot read the spec: {e}"));
    let params = operation.parameters().map_err(unreadable)?;
    // A parameter without a schema takes any value.
    let any = Value::Object(Map::new());
    let fixed: Vec<&str> = route
        .template
        .split_once('?')
        .map(|(_, q)| q.split('&').filter_map(|p| p.split('=').next()).collect())
        .unwrap_or_default();

    for (name, _) in request.query {
        let declared = params
            .iter()
            .any(|p| p.location == Location::Query && p.name == name);
        if !declared && !fixed.contains(&name.as_str()) {
            violations.push(Violation {
                field: name.clone(),
                message: format!("unknown query parameter `{name}`"),
            });
        }
    }

    for param in &params {
        let schema = param.schema.unwrap_or(&any);
        let raw: Vec<String> = match param.location {
            Location::Path => request.path.get(param.name).cloned().into_iter().collect(),
            Location::Query => request
                .query
                .iter()
                .filter(|(k, _)| k == param.name)
                .map(|(_, v)| v.clone())
                .collect(),
            Location::Header => request
                .headers
                .get_all(param.name)
                .iter()
                .filter_map(|v| v.to_str().ok().map(str::to_string))
                .collect(),
            Location::Cookie => Vec::new(),
        };
        if raw.is_empty() {
            if param.required {
                violations.push(Violation {
                    field: param.name.to_string(),
                    message: format!(
                        "missing required {} parameter `{}`",
                        param.location, param.name
                    ),
                });
            }
            continue;
        }
        let is_array = schema.get("type").and_then(Value::as_str) == Some("array");
        let value = if is_array {
            let items = schema.get("items").unwrap_or(&any);
            Value::Array(raw.iter().map(|v| coerce(v, items, spec)).collect())
        } else {
            // A repeated scalar (a PostgREST filter applied twice) is checked value by value.
            for extra in &raw[..raw.len() - 1] {
                check_param(
                    schemas,
                    param,
                    schema,
                    &coerce(extra, schema, spec),
                    &mut violations,
                );
            }
            coerce(&raw[raw.len() - 1], schema, spec)
        };
        check_param(schemas, param, schema, &value, &mut violations);
        let target = match param.location {
            Location::Path => &mut input.path,
            Location::Query => &mut input.query,
            _ => &mut input.headers,
        };
        // Header names are case-insensitive; handlers look them up in lower case.
        let key = if param.location == Location::Header {
            param.name.to_ascii_lowercase()
        } else {
            param.name.to_string()
        };
        target.insert(key, value);
    }

    match operation.request_body().map_err(unreadable)? {
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

fn check_param(
    schemas: &SchemaSet,
    param: &Parameter<'_>,
    schema: &Value,
    value: &Value,
    out: &mut Vec<Violation>,
) {
    if let Err(errors) = schemas.check(schema, value) {
        for e in errors {
            out.push(Violation {
                field: param.name.to_string(),
                message: format!(
                    "{} parameter `{}`: {}",
                    param.location, param.name, e.message
                ),
            });
        }
    }
}

/// Turns a parameter's text into the JSON value its schema describes, so the schema can check
/// it (text that does not parse stays text, and the schema then names the type error).
fn coerce(raw: &str, schema: &Value, spec: &Spec) -> Value {
    // An unresolvable reference leaves the text as it is; the schema check then reports it.
    let schema = spec.resolved(schema).unwrap_or(schema);
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

fn violation(field: &str, message: impl Into<String>) -> Vec<Violation> {
    vec![Violation {
        field: field.to_string(),
        message: message.into(),
    }]
}

/// What a body must be sent as, for messages: `a` or `one of a, b`.
fn expected_media(expected: &RequestBody<'_>) -> String {
    let names: Vec<&str> = expected.content.iter().map(|m| m.name).collect();
    match names.as_slice() {
        [one] => (*one).to_string(),
        many => format!("one of {}", many.join(", ")),
    }
}

fn check_body(
    schemas: &SchemaSet,
    expected: &RequestBody<'_>,
    body: RawBody,
) -> Result<Body, Vec<Violation>> {
    // A media type without a schema takes any body.
    let any = Value::Object(Map::new());
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
            let Some(declared) = expected.media(&media) else {
                return Err(violation(
                    "",
                    format!(
                        "content type must be {}, not `{media}`",
                        expected_media(expected)
                    ),
                ));
            };
            let value: Value = serde_json::from_slice(&bytes)
                .map_err(|e| violation("", format!("the body is not valid JSON: {e}")))?;
            schemas.check(declared.schema.unwrap_or(&any), &value)?;
            Ok(Body::Json(value))
        }
        RawBody::Multipart(fields) => {
            let Some(declared) = expected.media("multipart/form-data") else {
                return Err(violation(
                    "",
                    format!(
                        "content type must be {}, not multipart/form-data",
                        expected_media(expected)
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
            schemas.check(declared.schema.unwrap_or(&any), &Value::Object(object))?;
            Ok(Body::Form(fields))
        }
    }
}
