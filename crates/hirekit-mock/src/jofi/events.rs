//! Webhook events: the envelope JOFI posts, built from a resource and queued until the state
//! lock is released.

use chrono::{SecondsFormat, Utc};
use serde_json::{Value, json};

use super::store::Ids;

/// The API version the mock's payloads follow (the spec's version).
pub const API_VERSION: &str = "2.3.0";

/// Events raised while the state was locked, emitted after it is released so a slow receiver
/// can never hold the lock.
pub type Pending = Vec<(&'static str, Value)>;

/// The event envelope for `resource` (which must carry no `mode`: events have none).
pub fn envelope(ids: &mut Ids, event_type: &'static str, resource: Value) -> (&'static str, Value) {
    let event = json!({
        "id": ids.event(),
        "type": event_type,
        "object": "event",
        "created_at": Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
        "api_version": API_VERSION,
        "data": { "object": resource },
    });
    (event_type, event)
}
