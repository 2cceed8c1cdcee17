//! The Knowledge base tag: document upload, as a multipart form or as JSON with the file
//! base64-encoded (the spec validates the fields of either).

use base64::Engine as _;
use serde_json::{Value, json};

use super::seed::kind;
use super::{State, invalid};
use crate::reply::Reply;
use crate::validate::{Body, Input};

/// `POST /knowledge-base-document-upload`.
pub fn upload(state: &mut State, input: &Input) -> Reply {
    let (file, store) = match &input.body {
        Body::Form(form) => {
            let Some(file) = form.get("file") else {
                return invalid("file", "`file` is required");
            };
            let store = form
                .get("knowledge_base_store_id")
                .map(|f| String::from_utf8_lossy(&f.data).into_owned());
            (file.data.to_vec(), store)
        }
        Body::Json(body) => {
            let encoded = body.get("file").and_then(Value::as_str).unwrap_or("");
            let Ok(file) = base64::engine::general_purpose::STANDARD.decode(encoded) else {
                return invalid("file", "`file` is not base64");
            };
            let store = body
                .get("knowledge_base_store_id")
                .and_then(Value::as_str)
                .map(str::to_string);
            (file, store)
        }
        _ => return invalid("file", "send the document as a multipart form or as JSON"),
    };
    if file.is_empty() {
        return invalid("file", "`file` is empty");
    }
    if store.is_none_or(|s| s.trim().is_empty()) {
        return invalid(
            "knowledge_base_store_id",
            "`knowledge_base_store_id` is required",
        );
    }
    state.documents += 1;
    let id = state.new_id(kind::DOCUMENT);
    Reply::json(200, json!({ "knowledge_base_id": id }))
}
