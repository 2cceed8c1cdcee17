//! Specs for the passes' unit tests.

use crate::Spec;

/// A spec whose one operation, hand-written (as the facade's multipart uploads are), sends the
/// component schema `body` and answers with `answer` (a JSON schema), or with no content.
pub(crate) fn upload(body: &str, answer: Option<serde_json::Value>) -> Spec {
    let response = match answer {
        Some(schema) => serde_json::json!({
            "description": "ok",
            "content": {"application/json": {"schema": schema}}
        }),
        None => serde_json::json!({"description": "ok"}),
    };
    Spec::from_value(
        "sample",
        serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "sample", "version": "1"},
            "paths": {"/upload": {"post": {
                "operationId": "upload",
                "x-hirekit-handwritten": true,
                "requestBody": {"content": {"application/json": {
                    "schema": {"$ref": format!("#/components/schemas/{body}")}
                }}},
                "responses": {"200": response}
            }}}
        }),
    )
    .expect("the test spec reads")
}
