//! Bearer-token checks: any non-empty token is a session unless it was revoked.

use serde_json::{Value, json};

use crate::reply::{self, Reply};
use crate::shared::{Shared, lock};

/// `Ok` when `token` is present and not revoked; otherwise the 401 to answer.
pub fn check(shared: &Shared, token: Option<&str>) -> Result<(), Reply> {
    let Some(token) = token else {
        return Err(reply::functions_error(
            401,
            "missing or malformed Authorization bearer token",
            None,
        ));
    };
    if lock(&shared.functions).revoked.contains(token) {
        return Err(reply::functions_error(
            401,
            "the session of this token has ended",
            None,
        ));
    }
    Ok(())
}

/// `POST /__mock/jobmojito/revoke {"token": "…"}`.
pub fn revoke(shared: &Shared, body: &Value) -> Reply {
    let Some(token) = body
        .get("token")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
    else {
        return Reply::json(
            400,
            json!({ "error": "`token` (a non-empty string) is required" }),
        );
    };
    lock(&shared.functions).revoked.insert(token.to_string());
    Reply::json(200, json!({ "revoked": true }))
}
