//! The Knowledge base tag: document upload (multipart; the spec validates the form fields).

use serde_json::json;

use super::seed::kind;
use super::{State, invalid};
use crate::reply::Reply;
use crate::validate::{Body, Input};

/// `POST /knowledge-base-document-upload`.
pub fn upload(state: &mut State, input: &Input) -> Reply {
    let Body::Form(form) = &input.body else {
        return invalid("file", "send the document as multipart/form-data");
    };
    let Some(file) = form.get("file") else {
        return invalid("file", "`file` is required");
    };
    if file.data.is_empty() {
        return invalid("file", "`file` is empty");
    }
    if form
        .get("knowledge_base_store_id")
        .is_none_or(|f| f.data.iter().all(u8::is_ascii_whitespace))
    {
        return invalid(
            "knowledge_base_store_id",
            "`knowledge_base_store_id` is required",
        );
    }
    state.documents += 1;
    let id = state.new_id(kind::DOCUMENT);
    Reply::json(200, json!({ "knowledge_base_id": id }))
}
