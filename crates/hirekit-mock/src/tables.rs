//! Placeholder: the tables handlers are being written.

use serde_json::{Value, json};

use crate::call::Call;
use crate::reply::Reply;
use crate::shared::Shared;

/// Records of this API.
#[derive(Debug, Default)]
pub struct State {}

/// Answers one request.
pub fn serve(call: Call<'_>) -> Reply {
    crate::server::vendor_error(Some(call.route.api), 501, "not implemented yet")
}

/// Handles `/__mock/tables/<rest>`.
pub fn control(_shared: &Shared, _method: &str, _rest: &[&str], _body: &Value) -> Reply {
    Reply::json(404, json!({ "error": "no such control endpoint" }))
}

/// Counts of created records.
pub fn stats(_state: &State) -> Value {
    json!({})
}
