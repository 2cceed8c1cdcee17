//! Bearer-token checks: a token is a session when the mock's Supabase auth endpoint issued it
//! (and it has not expired) or when it is one of the configured demo tokens, and it stays one
//! until it is revoked.

use serde_json::{Value, json};

use crate::reply::{self, Reply};
use crate::shared::{Shared, lock};
use crate::tables;

/// `Ok` when `token` is an issued, live access token or a demo token, and not revoked;
/// otherwise the 401 to answer, in the spec's `Error` shape. The message never repeats the
/// token: a caller may have pasted a real one.
pub fn check(shared: &Shared, token: Option<&str>) -> Result<(), Reply> {
    let refuse = |message: &str| Err(reply::functions_error(401, message, None));
    let Some(token) = token else {
        return refuse("missing or malformed Authorization bearer token");
    };
    if lock(&shared.functions).revoked.contains(token) {
        return refuse("the session of this token has ended");
    }
    if shared.config.demo_tokens.iter().any(|demo| demo == token) {
        return Ok(());
    }
    match lock(&shared.tables).check_access_token(token) {
        Ok(()) => Ok(()),
        Err(tables::Refused::Expired) => {
            refuse("the access token has expired: refresh the session")
        }
        Err(tables::Refused::Unknown) => refuse(
            "the bearer token was not issued by this server: sign in at \
             /auth/v1/token?grant_type=password, or use a demo token",
        ),
    }
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
