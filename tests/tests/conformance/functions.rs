//! JobMojito Functions conformance: one test per operation (named after its operationId)
//! through the generated client (the two multipart uploads through plain reqwest), plus
//! authentication, validation, per-row batch outcomes, paging, the PDF report and webhooks.
//!
//! Tests that need the mock's control endpoints (revoking a token, producing results) return
//! early against an external server.

use std::time::Instant;

use hirekit_conformance::{Target, Which};
use jobmojito_raw::functions::types;
use jobmojito_raw::functions::{Client, Error};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

async fn target() -> Target {
    Target::new(Which::Jobmojito).await
}

/// A typed request body from JSON (keeps each test's input readable).
fn typed<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("the JSON matches the request type")
}

/// A `Uuid` for a query setter, without naming the uuid crate: borrowed from a request type
/// whose field is one.
fn uuid(id: &str) -> types::RequestAnotherAttemptRequest {
    typed(json!({ "interview_result_id": id }))
}

/// The status and error body of a failed call.
fn failure<T: std::fmt::Debug>(result: Result<T, Error<types::Error>>) -> (u16, types::Error) {
    match result {
        Err(Error::ErrorResponse(response)) => {
            let status = response.status().as_u16();
            (status, response.into_inner())
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

/// A `multipart/form-data` body (the suite's reqwest has no multipart feature, and writing the
/// form by hand also pins down exactly what reaches the server): `(name, file name, bytes)`.
fn multipart(parts: &[(&str, Option<&str>, &[u8])]) -> (String, Vec<u8>) {
    const BOUNDARY: &str = "hirekit-conformance-boundary";
    let mut body = Vec::new();
    for (name, file_name, data) in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match file_name {
            Some(file) => body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\n\
                     Content-Type: text/plain\r\n\r\n"
                )
                .as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            ),
        }
        body.extend_from_slice(data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={BOUNDARY}"), body)
}

async fn send_form(
    http: &reqwest::Client,
    url: &str,
    (content_type, body): (String, Vec<u8>),
) -> reqwest::Response {
    http.post(url)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("the server answers")
}

/// Creates an interview from an explicit question list; returns its id.
async fn interview(client: &Client, name: &str) -> String {
    client
        .create_interview_from_questions()
        .body(typed::<types::JobInterviewCreateFromArrayRequest>(json!({
            "name": name,
            "location": "Remote",
            "interview_template_id": "00000000-0008-4000-8000-000000000001",
            "mojito_language_code": "en",
            "description": "A conformance-test interview.",
            "status": "active",
            "type": "interview",
            "visibility": "merchant_invite",
            "questions": [
                { "question": "What did you build last year?", "external_id": "q-1" },
                { "question": "How do you review code?", "external_id": "q-2" }
            ]
        })))
        .send()
        .await
        .expect("create from questions")
        .into_inner()
        .interview_def_set_id
}

/// Produces a scored result for a new candidate of `interview_id` (mock only).
async fn scored_result(target: &Target, interview_id: &str) -> Option<String> {
    let control = target.control()?;
    let body = control
        .ok(
            "POST",
            "jobmojito/results",
            Some(json!({ "interview_id": interview_id, "outcome": "result", "score": 7.5 })),
        )
        .await;
    Some(body["result_id"].as_str().expect("result id").to_string())
}

#[tokio::test]
async fn create_interview() {
    let target = target().await;
    let client = target.jobmojito();
    let created = client
        .create_interview()
        .body(typed::<types::JobInterviewCreateRequest>(json!({
            "name": "Backend engineer",
            "location": "Amsterdam",
            "interview_template_id": "00000000-0008-4000-8000-000000000001",
            "mojito_language_code": "en",
            "status": "draft",
            "type": "interview",
            "visibility": "merchant_invite",
            "interview_type": "pre-screening",
            "max_duration": 1200,
            "interview_attempts": 2,
            "is_embedded": true
        })))
        .send()
        .await
        .expect("create")
        .into_inner();
    assert!(created.questions_generated >= 1.0);
    assert_eq!(created.max_duration, 1200.0);
    assert!(created.embed_id.is_some() && created.embed_signing_key.is_some());
    let got = client
        .get_interview_definition()
        .position_id(uuid(&created.interview_def_set_id).interview_result_id)
        .send()
        .await
        .expect("get")
        .into_inner();
    assert_eq!(got.name.as_deref(), Some("Backend engineer"));
    assert_eq!(got.interview_location.as_deref(), Some("Amsterdam"));
    assert_eq!(
        got.questions.map(|q| q.len()),
        Some(created.questions_generated as usize)
    );
}

#[tokio::test]
async fn create_interview_from_questions() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "Data analyst").await;
    let got = client
        .get_interview_definition()
        .position_id(uuid(&id).interview_result_id)
        .send()
        .await
        .expect("get")
        .into_inner();
    let questions = got.questions.expect("questions");
    assert_eq!(questions.len(), 2);
    assert_eq!(questions[1].question, "How do you review code?");
    assert!(questions.iter().all(|q| q.id.is_some()));
}

#[tokio::test]
async fn create_interview_for_candidate() {
    let target = target().await;
    let client = target.jobmojito();
    let body: types::JobInterviewCreateForCandidateWithTokenRequest = typed(json!({
        "position_name": "Support specialist",
        "position_location": "Utrecht",
        "mojito_language_code": "en",
        "candidate_name": "Ada Testfield",
        "candidate_email": "ada.testfield@example.com",
        "candidate_country_code": "NL",
        "candidate_resume": "Five years of customer support in software companies."
    }));
    let created = client
        .create_interview_for_candidate()
        .body(body.clone())
        .send()
        .await
        .expect("create for candidate")
        .into_inner();
    assert!(created.interview_url.starts_with("https://"));
    assert!(created.profile_interview_id.is_some());
    let position = created.position_def_set_id.expect("position id");
    let again: types::JobInterviewCreateForCandidateWithTokenRequest = typed(json!({
        "position_def_set_id": position,
        "candidate_name": "Ada Testfield",
        "candidate_email": "ada.testfield@example.com",
        "candidate_country_code": "NL",
        "candidate_resume": "Same person again."
    }));
    let repeat = client
        .create_interview_for_candidate()
        .body(again)
        .send()
        .await
        .expect("repeat")
        .into_inner();
    assert!(matches!(
        repeat.status,
        types::CandidateApplicationStatusValue::CandidateApplicationStatus(
            types::CandidateApplicationStatus::AlreadyApplied
        )
    ));
}

#[tokio::test]
async fn create_persona() {
    let target = target().await;
    let client = target.jobmojito();
    let created = client
        .create_persona()
        .body(typed::<types::PersonaCreateRequest>(json!({
            "name": "Difficult customer",
            "interview_template_id": "00000000-0008-4000-8000-000000000002",
            "mojito_language_code": "en",
            "status": "active",
            "visibility": "merchant_public",
            "persona_role_avatar": "A customer whose order arrived late",
            "persona_role_user": "A support agent"
        })))
        .send()
        .await
        .expect("persona")
        .into_inner();
    let got = client
        .get_interview_definition()
        .position_id(uuid(&created.interview_def_set_id).interview_result_id)
        .send()
        .await
        .expect("get")
        .into_inner();
    assert!(matches!(
        got.type_,
        Some(types::InterviewKindValue::InterviewKind(
            types::InterviewKind::Persona
        ))
    ));
}

#[tokio::test]
async fn get_interview_definition() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "QA engineer").await;
    let got = client
        .get_interview_definition()
        .position_id(uuid(&id).interview_result_id)
        .send()
        .await
        .expect("get")
        .into_inner();
    assert_eq!(got.name.as_deref(), Some("QA engineer"));
    assert!(!got.is_multistage);
    assert_eq!(got.mojito_language_code.as_deref(), Some("en"));
    let unknown = client
        .get_interview_definition()
        .position_id(uuid("00000000-0001-4000-8000-0000000fffff").interview_result_id)
        .send()
        .await;
    let (status, error) = failure(unknown);
    assert_eq!(status, 404);
    assert_eq!(error.name.as_deref(), Some("position_id"));
}

#[tokio::test]
async fn update_interview() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "Old name").await;
    let updated = client
        .update_interview()
        .body(typed::<types::JobInterviewUpdateRequest>(json!({
            "position_id": id,
            "name": "New name",
            "code": "REQ-1",
            "questions": [
                { "question": "What did you build last year?", "external_id": "q-1" },
                { "question": "What is your favourite tool?" }
            ]
        })))
        .send()
        .await
        .expect("update")
        .into_inner();
    assert_eq!(updated.position_id, id);
    assert!(updated.updated_fields.contains(&"name".to_string()));
    let diff = updated.questions_diff.expect("a questions diff");
    assert_eq!(diff.kept.len(), 1);
    assert_eq!(diff.added.len(), 1);
    assert_eq!(diff.removed.len(), 1);
    assert_eq!(diff.question_ids.len(), 2);

    // An explicit null clears the field. The generated request type leaves out `None`
    // fields, so the null goes out through plain reqwest.
    target
        .http_with(Some(&target.jobmojito_token()), &[])
        .post(format!("{}/job-interview-update", target.base_url))
        .json(&json!({ "position_id": id, "code": null }))
        .send()
        .await
        .expect("update with null")
        .error_for_status()
        .expect("200");
    let got = client
        .get_interview_definition()
        .position_id(uuid(&id).interview_result_id)
        .send()
        .await
        .expect("get")
        .into_inner();
    assert_eq!(got.name.as_deref(), Some("New name"));
    assert_eq!(got.code, None);
    assert_eq!(got.questions.map(|q| q.len()), Some(2));
}

#[tokio::test]
async fn set_interview_state() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "State machine").await;
    let changed = client
        .set_interview_state()
        .body(typed::<types::JobInterviewSetStateRequest>(
            json!({ "position_id": id, "status": "archived" }),
        ))
        .send()
        .await
        .expect("set state")
        .into_inner();
    assert!(matches!(
        changed,
        types::JobInterviewSetStateResponse::StateChanged(ref s) if s.success
    ));
    let embedded = client
        .set_interview_state()
        .body(typed::<types::JobInterviewSetStateRequest>(
            json!({ "position_id": id, "is_embedded": true }),
        ))
        .send()
        .await
        .expect("embed")
        .into_inner();
    assert!(matches!(
        embedded,
        types::JobInterviewSetStateResponse::EmbedKey(ref k) if !k.embed_signing_key.is_empty()
    ));
    let got = client
        .get_interview_definition()
        .position_id(uuid(&id).interview_result_id)
        .send()
        .await
        .expect("get")
        .into_inner();
    assert!(matches!(
        got.status,
        types::InterviewStatusValue::InterviewStatus(types::InterviewStatus::Archived)
    ));
}

#[tokio::test]
async fn generate_interview_url() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "Link test").await;
    let url = client
        .generate_interview_url()
        .body(typed::<types::JobInterviewTokenRequest>(json!({
            "type": "interview-for-profile",
            "interview_id": id,
            "interview_profile_id": "00000000-0002-4000-8000-000000000001"
        })))
        .send()
        .await
        .expect("url")
        .into_inner();
    assert!(url.starts_with("https://"), "{}", *url);
    assert!(url.contains(&id));
    assert!(
        url.contains("view_hm=true"),
        "the menu is hidden by default"
    );
    let missing = client
        .generate_interview_url()
        .body(typed::<types::JobInterviewTokenRequest>(
            json!({ "type": "interview-results-for-position" }),
        ))
        .send()
        .await;
    let (status, error) = failure(missing);
    assert_eq!(status, 422);
    assert_eq!(error.name.as_deref(), Some("interview_id"));
}

#[tokio::test]
async fn register_users_for_interview() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "Batch").await;
    let rows = client
        .register_users_for_interview()
        .body(typed::<types::JobInterviewRegisterUsersRequest>(json!({
            "interview_id": id,
            "users": [
                { "name": "Bram Mockwood", "email": "bram@example.com", "external_id": "ext-1" },
                { "name": "Broken Row", "email": "not-an-email" },
                { "name": "No Email" },
                { "name": "Chidi Samplestone", "email": "Chidi@Example.com" }
            ]
        })))
        .send()
        .await
        .expect("register")
        .into_inner();
    assert_eq!(rows.len(), 4, "one outcome per row");
    assert_eq!(rows[0].result, "ok");
    assert!(
        rows[0]
            .interview_url
            .as_deref()
            .is_some_and(|u| u.contains(&id))
    );
    assert_eq!(rows[0].external_id.as_deref(), Some("ext-1"));
    assert!(rows[1].result.starts_with("Error"), "{}", rows[1].result);
    assert!(rows[1].interview_url.is_none());
    assert!(rows[2].result.starts_with("Error"), "{}", rows[2].result);
    assert_eq!(rows[3].result, "ok");
    assert_eq!(rows[3].email.as_deref(), Some("chidi@example.com"));

    let unknown = client
        .register_users_for_interview()
        .body(typed::<types::JobInterviewRegisterUsersRequest>(json!({
            "interview_id": "00000000-0001-4000-8000-0000000fffff",
            "users": [{ "email": "x@example.com" }]
        })))
        .send()
        .await;
    let (status, error) = failure(unknown);
    assert_eq!(
        status, 422,
        "the vendor answers 422 for an unknown interview"
    );
    assert_eq!(error.name.as_deref(), Some("interview_id"));
}

#[tokio::test]
async fn list_interviews() {
    let target = target().await;
    let client = target.jobmojito();
    let mut ids = Vec::new();
    for n in 0..3 {
        ids.push(interview(&client, &format!("Listed {n}")).await);
    }
    let page = client
        .list_interviews()
        .filter_text("Listed")
        .limit(2u64)
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(page.pagination.total, 3);
    assert_eq!(page.data.len(), 2);
    assert!(page.pagination.has_more);
    assert_eq!(page.data[0].id, ids[2], "newest first");
    let rest = client
        .list_interviews()
        .filter_text("Listed")
        .limit(2u64)
        .offset(2u64)
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(rest.data.len(), 1);
    assert!(!rest.pagination.has_more);
}

async fn directory(
    client: &Client,
    id: &str,
    parent: Option<&str>,
) -> types::CatalogueTagCreateResponse {
    client
        .create_catalogue_directory()
        .body(typed::<types::CatalogueTagCreateRequest>(json!({
            "id": id,
            "name": format!("Directory {id}"),
            "description": "Sessions for practice.",
            "status": "active",
            "parent_tag": parent,
            "tags_interview_set_filter": ["sales"]
        })))
        .send()
        .await
        .expect("create directory")
        .into_inner()
}

#[tokio::test]
async fn create_catalogue_directory() {
    let target = target().await;
    let client = target.jobmojito();
    let created = directory(&client, "sales-coaching-en", None).await;
    assert_eq!(created.id, "sales-coaching-en");
    assert!(
        created
            .catalogue_url
            .as_deref()
            .is_some_and(|u| u.ends_with("/sales-coaching-en"))
    );
    let again = client
        .create_catalogue_directory()
        .body(typed::<types::CatalogueTagCreateRequest>(
            json!({ "id": "sales-coaching-en", "name": "Twice" }),
        ))
        .send()
        .await;
    assert_eq!(failure(again).0, 409);
}

#[tokio::test]
async fn update_catalogue_directory() {
    let target = target().await;
    let client = target.jobmojito();
    directory(&client, "support-coaching", None).await;
    let updated = client
        .update_catalogue_directory()
        .body(typed::<types::CatalogueTagUpdateRequest>(json!({
            "id": "support-coaching",
            "name": "Support coaching"
        })))
        .send()
        .await
        .expect("update")
        .into_inner();
    assert_eq!(updated.updated_fields, vec!["name"]);
    assert!(updated.catalogue_url.is_some());
    // Null clears a field; the generated type cannot send a null, so plain reqwest does.
    let cleared: Value = target
        .http_with(Some(&target.jobmojito_token()), &[])
        .post(format!("{}/catalogue-tag-update", target.base_url))
        .json(&json!({ "id": "support-coaching", "description": null }))
        .send()
        .await
        .expect("update with null")
        .json()
        .await
        .expect("json");
    assert_eq!(cleared["updated_fields"], json!(["description"]));
    let got = client
        .get_catalogue_directory()
        .id("support-coaching")
        .send()
        .await
        .expect("get")
        .into_inner();
    assert_eq!(got.name.as_deref(), Some("Support coaching"));
    assert_eq!(got.description, None);
}

#[tokio::test]
async fn get_catalogue_directory() {
    let target = target().await;
    let client = target.jobmojito();
    directory(&client, "parent-dir", None).await;
    let child = directory(&client, "child-dir", Some("parent-dir")).await;
    assert_eq!(child.parent_tag.as_deref(), Some("parent-dir"));
    let session = client
        .create_interview_from_questions()
        .body(typed::<types::JobInterviewCreateFromArrayRequest>(json!({
            "name": "Cold call practice",
            "location": "Online",
            "interview_template_id": "00000000-0008-4000-8000-000000000001",
            "mojito_language_code": "en",
            "description": "Practice a first sales call.",
            "status": "active",
            "type": "coaching",
            "visibility": "merchant_public",
            "tags": ["sales"],
            "questions": [{ "question": "Open the call." }]
        })))
        .send()
        .await
        .expect("coaching session")
        .into_inner();
    let got = client
        .get_catalogue_directory()
        .id("parent-dir")
        .send()
        .await
        .expect("get")
        .into_inner();
    assert!(got.is_start_directory);
    assert_eq!(got.sub_directories.len(), 1);
    assert_eq!(got.sub_directories[0].id, "child-dir");
    assert_eq!(got.matched_sessions.len(), 1);
    assert_eq!(got.matched_sessions[0].id, session.interview_def_set_id);
    assert!(!got.matched_sessions_truncated);
    let missing = client
        .get_catalogue_directory()
        .id("no-such-dir")
        .send()
        .await;
    assert_eq!(failure(missing).0, 404);
}

#[tokio::test]
async fn list_catalogue_directories() {
    let target = target().await;
    let client = target.jobmojito();
    directory(&client, "b-dir", None).await;
    directory(&client, "a-dir", None).await;
    let own = client
        .list_catalogue_directories()
        .include_public(false)
        .send()
        .await
        .expect("list")
        .into_inner();
    let ids: Vec<&str> = own.data.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        vec!["a-dir", "b-dir"],
        "ordered by id, public ones left out"
    );
    assert_eq!(own.pagination.total, 2);
    assert!(
        own.data
            .iter()
            .all(|d| !d.has_content_page && d.is_start_directory)
    );
}

#[tokio::test]
async fn get_interview_result_details() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "Details").await;
    let Some(result) = scored_result(&target, &id).await else {
        return;
    };
    let details = client
        .get_interview_result_details()
        .interview_result_id(uuid(&result).interview_result_id)
        .get_signed_recordings(true)
        .send()
        .await
        .expect("details")
        .into_inner();
    assert_eq!(details.score, Some(7.5));
    assert!(matches!(
        details.status,
        Some(types::CoachStatusValue::CoachStatus(
            types::CoachStatus::Completed
        ))
    ));
    // Start and end arrive as timestamps, and the interview ends after it starts.
    let (start, end) = (details.start.expect("start"), details.end.expect("end"));
    assert!(end > start, "{start} .. {end}");
    assert!(details.recording_url.is_some());
    assert_eq!(
        details.transcript.len(),
        4,
        "a question and an answer per question"
    );
    assert!(details.transcript.iter().any(|e| e.is_answer == Some(true)
        && e.question_original.as_deref() == Some("How do you review code?")));
}

#[tokio::test]
async fn generate_interview_report() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "Report").await;
    let Some(result) = scored_result(&target, &id).await else {
        return;
    };
    let pdf = client
        .generate_interview_report()
        .body(typed::<types::JobInterviewPdfRequest>(
            json!({ "export_type": "pdf", "interview_result_id": result }),
        ))
        .send()
        .await
        .expect("pdf")
        .into_inner();
    let types::JobInterviewPdfResponse::Pdf(pdf) = pdf else {
        panic!("a pdf export answers with a link, got {pdf:?}");
    };
    let response = reqwest::get(pdf.pdf_export_url.as_str())
        .await
        .expect("the report downloads");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["content-type"].to_str().expect("ascii"),
        "application/pdf"
    );
    let bytes = response.bytes().await.expect("bytes");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.ends_with(b"%%EOF\n"));

    let html = client
        .generate_interview_report()
        .body(typed::<types::JobInterviewPdfRequest>(
            json!({ "export_type": "html", "interview_result_id": result }),
        ))
        .send()
        .await
        .expect("html")
        .into_inner();
    assert!(
        matches!(html, types::JobInterviewPdfResponse::Html(ref h) if h.html_export.contains("<table>"))
    );
    let combined = client
        .generate_interview_report()
        .body(typed::<types::JobInterviewPdfRequest>(
            json!({ "export_type": "json", "interview_result_ids": [result, result] }),
        ))
        .send()
        .await
        .expect("json")
        .into_inner();
    let types::JobInterviewPdfResponse::Json(json_export) = combined else {
        panic!("a json export answers with json_export");
    };
    assert_eq!(json_export.json_export.results.len(), 2);
    assert!(json_export.json_export.table.is_some());
}

#[tokio::test]
async fn request_another_interview_attempt() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "Retry").await;
    let Some(result) = scored_result(&target, &id).await else {
        return;
    };
    let body =
        || typed::<types::RequestAnotherAttemptRequest>(json!({ "interview_result_id": result }));
    let answer = client
        .request_another_interview_attempt()
        .body(body())
        .send()
        .await
        .expect("another attempt")
        .into_inner();
    assert!(answer.0.is_empty(), "an empty object");
    // The result is a draft again, so a second request conflicts.
    let again = client
        .request_another_interview_attempt()
        .body(body())
        .send()
        .await;
    assert_eq!(failure(again).0, 409);
}

#[tokio::test]
async fn list_interview_results() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "Paged results").await;
    let Some(control) = target.control() else {
        return;
    };
    control
        .ok(
            "POST",
            "jobmojito/results/seed",
            Some(json!({ "interview_id": id, "count": 120 })),
        )
        .await;
    let mut seen = Vec::new();
    let mut offset = 0u64;
    loop {
        let page = client
            .list_interview_results()
            .interview_id(uuid(&id).interview_result_id)
            .limit(50u64)
            .offset(offset)
            .send()
            .await
            .expect("page")
            .into_inner();
        assert_eq!(page.pagination.total, 120);
        assert_eq!(page.pagination.limit, 50);
        assert_eq!(page.pagination.offset, offset as i64);
        seen.extend(page.data.iter().map(|r| r.id.clone()));
        offset += page.data.len() as u64;
        if !page.pagination.has_more {
            assert_eq!(page.data.len(), 20, "the last page holds the rest");
            break;
        }
        assert_eq!(page.data.len(), 50);
    }
    let unique: std::collections::BTreeSet<_> = seen.iter().collect();
    assert_eq!(unique.len(), 120, "no row twice");

    // Only a row's `interview_result_id` finds the result; its own `id` names the row.
    let first = client
        .list_interview_results()
        .interview_id(uuid(&id).interview_result_id)
        .limit(1u64)
        .send()
        .await
        .expect("first row")
        .into_inner();
    let row = first.data.first().expect("a row");
    let result_id = row.interview_result_id.as_ref().expect("a result id");
    assert_ne!(row.id.as_str(), result_id.as_str());
    let status = row.status.as_ref().expect("a status");
    assert!(
        matches!(
            status,
            types::ResultStatusValue::ResultStatus(types::ResultStatus::Active)
        ),
        "{status:?}"
    );
    assert!(matches!(
        row.processing_status,
        Some(types::ProcessingStatusValue::ProcessingStatus(
            types::ProcessingStatus::Completed
        ))
    ));
    assert!(row.created_at.is_some());
    client
        .get_interview_result_details()
        .interview_result_id(uuid(result_id).interview_result_id)
        .send()
        .await
        .expect("the result id finds the result");
    let by_row_id = client
        .get_interview_result_details()
        .interview_result_id(uuid(&row.id).interview_result_id)
        .send()
        .await;
    let (status, _) = failure(by_row_id);
    assert_eq!(status, 404, "a row id is not a result id");
    let by_score = client
        .list_interview_results()
        .interview_id(uuid(&id).interview_result_id)
        .order_by(types::ResultListOrder::Score)
        .limit(3u64)
        .send()
        .await
        .expect("by score")
        .into_inner();
    let scores: Vec<f64> = by_score.data.iter().filter_map(|r| r.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let over = client.list_interview_results().limit(1001u64).send().await;
    let (status, error) = failure(over);
    assert_eq!(status, 422);
    assert_eq!(error.name.as_deref(), Some("limit"));
}

#[tokio::test]
async fn get_merchant_analytics() {
    let target = target().await;
    let client = target.jobmojito();
    let page = client
        .get_merchant_analytics()
        .date_from("2026-01-01")
        .date_to("2026-01-07")
        .send()
        .await
        .expect("analytics")
        .into_inner();
    assert!(!page.data.is_empty());
    assert!(page.data.iter().all(|d| d.event_number > 0.0));
    let days: Vec<&str> = page.data.iter().map(|d| d.day.as_str()).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "day ascending");
    assert!(
        days.iter()
            .all(|d| ("2026-01-01"..="2026-01-07").contains(d))
    );
}

#[tokio::test]
async fn get_merchant_credit_usage() {
    let target = target().await;
    let client = target.jobmojito();
    let page = client
        .get_merchant_credit_usage()
        .limit(2u64)
        .send()
        .await
        .expect("credits")
        .into_inner();
    assert_eq!(page.data.len(), 2);
    assert!(page.pagination.total >= 2);
    assert!(
        page.data[0].event_date >= page.data[1].event_date,
        "most recent first"
    );
}

#[tokio::test]
async fn list_candidates() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "Candidates").await;
    client
        .register_users_for_interview()
        .body(typed::<types::JobInterviewRegisterUsersRequest>(json!({
            "interview_id": id,
            "users": [
                { "name": "Dana Exampleton", "email": "dana@example.com" },
                { "name": "Emil Fakir", "email": "emil@example.com" }
            ]
        })))
        .send()
        .await
        .expect("register");
    let page = client
        .list_candidates()
        .filter_text("dana")
        .send()
        .await
        .expect("candidates")
        .into_inner();
    assert_eq!(page.pagination.total, 1);
    assert_eq!(page.data[0].email.as_deref(), Some("dana@example.com"));
    assert_eq!(page.data[0].name.as_deref(), Some("Dana Exampleton"));
    let all = client
        .list_candidates()
        .order_by(types::CandidateListOrder::NameAccending)
        .send()
        .await
        .expect("candidates")
        .into_inner();
    let names: Vec<_> = all.data.iter().filter_map(|c| c.name.clone()).collect();
    assert_eq!(names, vec!["Dana Exampleton", "Emil Fakir"]);
}

#[tokio::test]
async fn upload_knowledge_base_document() {
    let target = target().await;
    let http = target.http_with(Some(&target.jobmojito_token()), &[]);
    let url = format!("{}/knowledge-base-document-upload", target.base_url);
    let form = multipart(&[
        (
            "knowledge_base_store_id",
            None,
            b"d9d6f121-1230-48fd-b3a7-8b5a1e8db052",
        ),
        ("name", None, b"handbook.txt"),
        ("file", Some("handbook.txt"), b"Our onboarding handbook."),
    ]);
    let response = send_form(&http, &url, form).await;
    assert_eq!(response.status().as_u16(), 200);
    let body: types::KnowledgeBaseDocumentUploadResponse = response.json().await.expect("json");
    assert!(!body.knowledge_base_id.is_empty());

    let without_file = multipart(&[("knowledge_base_store_id", None, b"kb-1")]);
    let response = send_form(&http, &url, without_file).await;
    assert_eq!(response.status().as_u16(), 422);
    let error: types::Error = response.json().await.expect("error body");
    assert_eq!(error.name.as_deref(), Some("file"));

    // The same upload as JSON with the file base64-encoded, the spec's second media type.
    let as_json = types::KnowledgeBaseDocumentUploadJson::builder()
        .knowledge_base_store_id("d9d6f121-1230-48fd-b3a7-8b5a1e8db052")
        .name("handbook.txt")
        .file("T3VyIG9uYm9hcmRpbmcgaGFuZGJvb2su");
    let as_json = types::KnowledgeBaseDocumentUploadJson::try_from(as_json).expect("complete");
    let response = http.post(&url).json(&as_json).send().await.expect("send");
    assert_eq!(response.status().as_u16(), 200);
    let body: types::KnowledgeBaseDocumentUploadResponse = response.json().await.expect("json");
    assert!(!body.knowledge_base_id.is_empty());

    let without_file = json!({ "knowledge_base_store_id": "kb-1" });
    let response = http
        .post(&url)
        .json(&without_file)
        .send()
        .await
        .expect("send");
    assert_eq!(response.status().as_u16(), 422);
    let error: types::Error = response.json().await.expect("error body");
    assert_eq!(error.name.as_deref(), Some("file"));
}

#[tokio::test]
async fn upsert_pre_screening() {
    let target = target().await;
    let client = target.jobmojito();
    let created = client
        .upsert_pre_screening()
        .body(typed::<types::PreScreeningCreateRequest>(json!({
            "position_name": "Warehouse lead",
            "position_location": "Rotterdam",
            "position_country_code": "nl",
            "mojito_language_code": "en",
            "type": "resume"
        })))
        .send()
        .await
        .expect("create")
        .into_inner();
    assert_eq!(created.created, Some(true));
    let position = created.position_def_set_id.expect("position id");
    let updated = client
        .upsert_pre_screening()
        .body(typed::<types::PreScreeningCreateRequest>(json!({
            "update_position_def_set_id": position,
            "status": "active"
        })))
        .send()
        .await
        .expect("update")
        .into_inner();
    assert_eq!(updated.updated, Some(true));
    assert_eq!(updated.created, Some(false));
    let incomplete = client
        .upsert_pre_screening()
        .body(typed::<types::PreScreeningCreateRequest>(
            json!({ "position_name": "No location" }),
        ))
        .send()
        .await;
    let (status, error) = failure(incomplete);
    assert_eq!(status, 422);
    assert_eq!(error.name.as_deref(), Some("position_location"));
}

async fn pre_screening_position(client: &Client) -> String {
    client
        .upsert_pre_screening()
        .body(typed::<types::PreScreeningCreateRequest>(json!({
            "position_name": "Forklift driver",
            "position_location": "Venlo",
            "position_country_code": "NL",
            "mojito_language_code": "en"
        })))
        .send()
        .await
        .expect("position")
        .into_inner()
        .position_def_set_id
        .expect("position id")
}

#[tokio::test]
async fn pre_screen_resume_text() {
    let target = target().await;
    let client = target.jobmojito();
    let position = pre_screening_position(&client).await;
    let body = typed::<types::PreScreeningResumeTextRequest>(json!({
        "position_id": position,
        "candidate_name": "Farah Placeholm",
        "candidate_email": "farah@example.com",
        "candidate_resume": "Ten years driving forklifts and reach trucks in large distribution centres, \
            certified for hazardous goods, team lead for night shifts, trained new colleagues in safety."
    }));
    let first = client
        .pre_screen_resume_text()
        .body(body.clone())
        .send()
        .await
        .expect("screen")
        .into_inner();
    let types::PreScreeningResumeTextResponse::ResumeTextResult(result) = first else {
        panic!("a first screening is a result, got {first:?}");
    };
    assert!(result.success);
    assert!(!result.profile_interview_id.is_empty());
    let again = client
        .pre_screen_resume_text()
        .body(body)
        .send()
        .await
        .expect("screen again")
        .into_inner();
    assert!(matches!(
        again,
        types::PreScreeningResumeTextResponse::NotApplicable(_)
    ));
}

#[tokio::test]
async fn pre_screen_resume_binary() {
    let target = target().await;
    let client = target.jobmojito();
    let position = pre_screening_position(&client).await;
    let http = target.http_with(Some(&target.jobmojito_token()), &[]);
    let url = format!(
        "{}/job-interview-pre-screening-api-resume-binary",
        target.base_url
    );
    let answers = json!({ "education": "vocational", "age": 30 }).to_string();
    let form = multipart(&[
        ("position_id", None, position.as_bytes()),
        ("candidate_name", None, b"Goran Demoy"),
        ("candidate_email", None, b"goran@example.com"),
        ("form", None, answers.as_bytes()),
        ("file", Some("resume.txt"), b"Short resume."),
    ]);
    let response = send_form(&http, &url, form).await;
    assert_eq!(response.status().as_u16(), 200);
    let body: types::PreScreeningResumeBinaryResponse = response.json().await.expect("json");
    let types::PreScreeningResumeBinaryResponse::Success(success) = body else {
        panic!("expected a screening result, got {body:?}");
    };
    assert!(success.success);
    assert!(!success.interview_file_id.is_empty());

    let missing = multipart(&[
        ("position_id", None, position.as_bytes()),
        ("candidate_name", None, b"Hana Stubbe"),
        ("candidate_email", None, b"hana@example.com"),
    ]);
    let response = send_form(&http, &url, missing).await;
    assert_eq!(response.status().as_u16(), 422);
    let error: types::Error = response.json().await.expect("error body");
    assert_eq!(error.name.as_deref(), Some("file"));
}

#[tokio::test]
async fn invite_users() {
    let target = target().await;
    let client = target.jobmojito();
    let id = interview(&client, "Invites").await;
    let rows = client
        .invite_users()
        .body(typed::<types::InviteUsersRequest>(json!({
            "users": [
                { "email": "lead@example.com", "name": "Team lead", "type": "merchant" },
                { "email": "cand@example.com", "type": "candidate", "interview_id": id },
                { "email": "cand2@example.com", "type": "candidate" },
                { "email": "broken" }
            ]
        })))
        .send()
        .await
        .expect("invite")
        .into_inner();
    assert_eq!(rows.len(), 4);
    let result = |i: usize| rows[i].result.clone().unwrap_or_default();
    assert_eq!(result(0), "Invited");
    assert_eq!(result(1), "Invited");
    assert!(rows[1].profile_interview_id.is_some());
    assert!(result(2).starts_with("Error"), "{}", result(2));
    assert!(result(3).starts_with("Error"), "{}", result(3));
    assert_eq!(rows[3].email, "broken");
}

#[tokio::test]
async fn list_sub_merchants() {
    let target = target().await;
    let client = target.jobmojito();
    let page = client
        .list_sub_merchants()
        .order_by(types::SubMerchantListOrder::Name)
        .send()
        .await
        .expect("sub-merchants")
        .into_inner();
    assert!(!page.data.is_empty());
    let names: Vec<_> = page.data.iter().filter_map(|m| m.name.clone()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert_eq!(page.pagination.total as usize, page.data.len());
}

#[tokio::test]
async fn list_avatars() {
    let target = target().await;
    let client = target.jobmojito();
    let own = client
        .list_avatars()
        .send()
        .await
        .expect("avatars")
        .into_inner();
    assert!(!own.data.is_empty());
    assert!(
        own.data
            .iter()
            .all(|a| a.status.as_deref() != Some("archived"))
    );
    let all = client
        .list_avatars()
        .include_archived(true)
        .include_public(true)
        .send()
        .await
        .expect("avatars")
        .into_inner();
    assert!(all.pagination.total > own.pagination.total);
}

#[tokio::test]
async fn get_merchant_status() {
    let target = target().await;
    let client = target.jobmojito();
    let status = client
        .get_merchant_status()
        .send()
        .await
        .expect("status")
        .into_inner();
    assert!(!status.profile_id.is_empty());
    assert!(!status.merchant_id.is_empty());
    assert_eq!(status.candidates_history.len(), 14);
    assert_eq!(status.interview_result_history.len(), 14);
}

#[tokio::test]
async fn list_languages() {
    let target = target().await;
    let client = target.jobmojito();
    let languages = client
        .list_languages()
        .send()
        .await
        .expect("languages")
        .into_inner();
    assert!(
        languages
            .languages
            .iter()
            .any(|l| l.code == "en" && !l.accents.is_empty())
    );
    let names: Vec<_> = languages
        .languages
        .iter()
        .map(|l| l.name_english.clone())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "sorted by English name");
}

#[tokio::test]
async fn a_missing_token_is_401() {
    let target = target().await;
    let response = target
        .http_with(None, &[])
        .get(format!("{}/merchant-status", target.base_url))
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status().as_u16(), 401);
    let error: types::Error = response.json().await.expect("error body");
    assert!(!error.error.is_empty());
}

/// An access token the embedded mock's own sign-in issued (the Functions take the Supabase
/// tokens of `/auth/v1`), or `None` against an external server.
async fn issued_token(target: &Target) -> Option<String> {
    use hirekit_conformance::hirekit_mock::config;
    use jobmojito_raw::auth;
    let mock = target.mock()?;
    let http = target.http_with(None, &[]);
    let session = auth::Client::new_with_client(&mock.tables_url(), http)
        .sign_in_with_password()
        .apikey(config::DEFAULT_ANON_KEY)
        .body(auth::types::PasswordGrant {
            email: config::DEFAULT_USER_EMAIL.to_string(),
            password: config::DEFAULT_USER_PASSWORD.to_string(),
        })
        .send()
        .await
        .expect("the mock's default user signs in")
        .into_inner();
    Some(session.access_token)
}

#[tokio::test]
async fn a_token_the_server_did_not_issue_is_401() {
    let target = target().await;
    let response = target
        .http_with(Some("a-token-nobody-issued"), &[])
        .get(format!("{}/merchant-status", target.base_url))
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status().as_u16(), 401);
    let error: types::Error = response.json().await.expect("error body");
    assert!(!error.error.is_empty());
}

#[tokio::test]
async fn a_revoked_token_is_401() {
    let target = target().await;
    let Some(control) = target.control() else {
        return;
    };
    let Some(token) = issued_token(&target).await else {
        return;
    };
    let http = target.http_with(Some(&token), &[]);
    let url = format!("{}/platform-languages-list", target.base_url);
    assert_eq!(
        http.get(&url)
            .send()
            .await
            .expect("answer")
            .status()
            .as_u16(),
        200
    );
    control
        .ok("POST", "jobmojito/revoke", Some(json!({ "token": token })))
        .await;
    assert_eq!(
        http.get(&url)
            .send()
            .await
            .expect("answer")
            .status()
            .as_u16(),
        401
    );
    // Other sessions are untouched.
    let other = target.jobmojito().list_languages().send().await;
    assert!(other.is_ok());
}

#[tokio::test]
async fn a_wrong_field_type_is_422_naming_the_field() {
    let target = target().await;
    let response = target
        .http_with(Some(&target.jobmojito_token()), &[])
        .post(format!("{}/job-interview-register-users", target.base_url))
        .json(&json!({
            "interview_id": "00000000-0001-4000-8000-000000000001",
            "users": "not a list"
        }))
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status().as_u16(), 422);
    let error: types::Error = response.json().await.expect("error body");
    assert_eq!(error.name.as_deref(), Some("users"));
    assert!(error.error.contains("users"), "{}", error.error);
}

#[tokio::test]
async fn result_outcomes_emit_webhooks() {
    let target = target().await;
    let Some(control) = target.control() else {
        return;
    };
    let client = target.jobmojito();
    let id = interview(&client, "Webhooks").await;
    client
        .register_users_for_interview()
        .body(typed::<types::JobInterviewRegisterUsersRequest>(json!({
            "interview_id": id,
            "users": [{ "name": "Hana Stubbe", "email": "hana@example.com", "external_id": "ats-9" }]
        })))
        .send()
        .await
        .expect("register");
    let collected = control
        .ok(
            "POST",
            "jobmojito/results",
            Some(json!({ "interview_id": id, "outcome": "collected" })),
        )
        .await;
    let result_id = collected["result_id"].as_str().expect("id").to_string();
    control
        .ok(
            "POST",
            "jobmojito/results",
            Some(json!({ "result_id": result_id, "outcome": "result", "score": 8 })),
        )
        .await;
    control
        .ok(
            "POST",
            "jobmojito/results",
            Some(json!({ "interview_id": id, "outcome": "failed" })),
        )
        .await;
    let events = control.ok("GET", "webhooks/events", None).await;
    let events: Vec<&Value> = events["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["vendor"] == "jobmojito")
        .collect();
    let kinds: Vec<&str> = events.iter().filter_map(|e| e["type"].as_str()).collect();
    assert_eq!(
        kinds,
        vec![
            "interview_collected",
            "interview_result",
            "interview_failed"
        ]
    );
    let result = &events[1]["body"];
    assert_eq!(result["id"], json!(result_id));
    assert_eq!(result["interview_id"], json!(id));
    assert_eq!(result["question_set_id"], json!(id));
    assert_eq!(result["status"], "active");
    assert_eq!(result["processing_status"], "completed");
    assert_eq!(result["score"], json!(8.0));
    assert_eq!(result["candidate_email"], "hana@example.com");
    assert_eq!(result["candidate_external_id"], "ats-9");
    assert_eq!(events[0]["body"]["status"], "draft");
    assert_eq!(events[2]["body"]["interview_status"], "failed");
    assert_eq!(events[2]["body"]["score"], Value::Null);
    // Every payload decodes as the spec's webhook schema.
    for event in &events {
        let _: types::WebhookInterviewResultPayload =
            serde_json::from_value(event["body"].clone()).expect("payload decodes");
    }
    let stats = control.ok("GET", "stats", None).await;
    assert_eq!(stats["jobmojito"]["results"], 2);
    assert_eq!(stats["jobmojito"]["interviews_created"], 1);
    assert_eq!(stats["jobmojito"]["candidates_created"], 1);
}

#[tokio::test]
async fn one_hundred_thousand_seeded_results_page_quickly() {
    let target = target().await;
    let Some(control) = target.control() else {
        return;
    };
    let client = target.jobmojito();
    let id = interview(&client, "Bulk").await;
    let started = Instant::now();
    control
        .ok(
            "POST",
            "jobmojito/results/seed",
            Some(json!({ "interview_id": id, "count": 100_000 })),
        )
        .await;
    let last = client
        .list_interview_results()
        .limit(1000u64)
        .offset(99_500u64)
        .send()
        .await
        .expect("last page")
        .into_inner();
    assert_eq!(last.pagination.total, 100_000);
    assert_eq!(last.data.len(), 500);
    assert!(!last.pagination.has_more);
    let oldest = last.data.last().expect("a row");
    let result_id = oldest.interview_result_id.as_ref().expect("a result id");
    let details = client
        .get_interview_result_details()
        .interview_result_id(uuid(result_id).interview_result_id)
        .send()
        .await
        .expect("details of a seeded row")
        .into_inner();
    assert!(!details.transcript.is_empty());
    assert!(
        started.elapsed().as_secs() < 10,
        "took {:?}",
        started.elapsed()
    );
}
