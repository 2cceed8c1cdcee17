//! The control endpoints under `/__mock/`, a prefix no vendor path uses. See the crate docs
//! for the list.
//!
//! They take no credentials, so a request that changes state must carry
//! `Content-Type: application/json`, even without a body: a web page open in the developer's
//! browser can send a cross-site POST without asking first only with a "simple" content type
//! (`text/plain`, a form), and a JSON one makes the browser ask (a CORS preflight), which the
//! mock never grants. Anything else gets 415.

use bytes::Bytes;
use hyper::HeaderMap;
use serde_json::{Value, json};

use crate::faults::FaultSpec;
use crate::reply::Reply;
use crate::shared::{Shared, lock};
use crate::webhooks::{Receiver, Vendor};
use crate::{functions, jofi, tables};

fn bad_request(message: impl Into<String>) -> Reply {
    Reply::json(400, json!({ "error": message.into() }))
}

fn read_json<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, Reply> {
    let body: &[u8] = if body.is_empty() { b"{}" } else { body };
    serde_json::from_slice(body).map_err(|e| bad_request(format!("invalid control body: {e}")))
}

/// The media type every state-changing control request must declare.
pub const CONTROL_CONTENT_TYPE: &str = "application/json";

/// Whether `method` only reads, so a cross-site page gains nothing by sending it (it cannot
/// read the answer without CORS headers, which the mock never sends).
fn is_read_only(method: &str) -> bool {
    matches!(method, "GET" | "HEAD" | "OPTIONS")
}

/// The 415 for a state-changing control request without the JSON content type, or `None`.
fn refuse_simple_request(method: &str, headers: &HeaderMap) -> Option<Reply> {
    if is_read_only(method) {
        return None;
    }
    let media = headers
        .get(hyper::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase());
    if media.as_deref() == Some(CONTROL_CONTENT_TYPE) {
        return None;
    }
    Some(Reply::json(
        415,
        json!({
            "error": format!(
                "control requests that change state must be sent with `Content-Type: \
                 {CONTROL_CONTENT_TYPE}` (even without a body), so a web page cannot send them \
                 cross-site"
            ),
            "required_content_type": CONTROL_CONTENT_TYPE,
        }),
    ))
}

/// Handles `/__mock/<rest>`.
pub fn handle(
    shared: &Shared,
    method: &str,
    rest: &str,
    query: &[(String, String)],
    headers: &HeaderMap,
    body: &Bytes,
) -> Reply {
    if let Some(refused) = refuse_simple_request(method, headers) {
        return refused;
    }
    let param = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    match (method, segments.as_slice()) {
        ("GET", ["health"]) => Reply::json(200, json!({ "ok": true })),
        ("POST", ["reset"]) => {
            shared.reset();
            Reply::json(200, json!({ "reset": true }))
        }
        ("GET", ["stats"]) => Reply::json(200, stats(shared)),
        ("POST", ["faults"]) => match read_json::<FaultSpec>(body) {
            Ok(spec) => {
                let id = lock(&shared.faults).add(spec);
                Reply::json(201, json!({ "id": id }))
            }
            Err(reply) => reply,
        },
        ("GET", ["faults"]) => Reply::json(200, json!({ "faults": lock(&shared.faults).list() })),
        ("DELETE", ["faults"]) => {
            lock(&shared.faults).clear();
            Reply::json(200, json!({ "cleared": true }))
        }
        ("GET", ["requests"]) => {
            let log = lock(&shared.log);
            let count = match (param("operation_id"), param("path")) {
                (Some(op), _) => log.count_operation(op),
                (None, Some(path)) => log.count_path(param("method"), path),
                (None, None) => log.operations().values().sum(),
            };
            let recent: Vec<_> = log.recent().collect();
            Reply::json(
                200,
                json!({ "count": count, "by_operation": log.operations(), "recent": recent }),
            )
        }
        ("PUT", ["webhooks", vendor]) => match (vendor_of(vendor), read_json::<Receiver>(body)) {
            (Some(vendor), Ok(receiver)) => {
                shared.webhooks.set_receiver(vendor, Some(receiver));
                Reply::json(200, json!({ "receiver": true }))
            }
            (None, _) => bad_request(format!("unknown vendor `{vendor}`: use jofi or jobmojito")),
            (_, Err(reply)) => reply,
        },
        ("DELETE", ["webhooks", vendor]) => match vendor_of(vendor) {
            Some(vendor) => {
                shared.webhooks.set_receiver(vendor, None);
                Reply::json(200, json!({ "receiver": false }))
            }
            None => bad_request(format!("unknown vendor `{vendor}`: use jofi or jobmojito")),
        },
        ("GET", ["webhooks", "deliveries"]) => {
            Reply::json(200, json!({ "deliveries": shared.webhooks.deliveries() }))
        }
        ("GET", ["webhooks", "events"]) => {
            let events: Vec<_> = shared
                .webhooks
                .emitted()
                .into_iter()
                .map(|(vendor, kind, body)| json!({ "vendor": vendor, "type": kind, "body": body }))
                .collect();
            Reply::json(200, json!({ "events": events }))
        }
        (_, ["jofi", rest @ ..]) => with_body(body, |b| jofi::control(shared, method, rest, b)),
        (_, ["jobmojito", rest @ ..]) => {
            with_body(body, |b| functions::control(shared, method, rest, b))
        }
        (_, ["tables", rest @ ..]) => with_body(body, |b| tables::control(shared, method, rest, b)),
        _ => Reply::json(
            404,
            json!({ "error": format!("no control endpoint {method} /__mock/{rest}") }),
        ),
    }
}

fn with_body(body: &Bytes, f: impl FnOnce(&Value) -> Reply) -> Reply {
    match read_json::<Value>(body) {
        Ok(value) => f(&value),
        Err(reply) => reply,
    }
}

fn vendor_of(name: &str) -> Option<Vendor> {
    match name {
        "jofi" => Some(Vendor::Jofi),
        "jobmojito" => Some(Vendor::Jobmojito),
        _ => None,
    }
}

fn stats(shared: &Shared) -> Value {
    use std::sync::atomic::Ordering::Relaxed;
    json!({
        "connections": shared.counters.connections.load(Relaxed),
        "requests": shared.counters.requests.load(Relaxed),
        "jofi": jofi::stats(&lock(&shared.jofi)),
        "jobmojito": functions::stats(&lock(&shared.functions)),
        "tables": tables::stats(&lock(&shared.tables)),
    })
}
