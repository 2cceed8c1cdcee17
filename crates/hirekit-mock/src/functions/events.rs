//! Result lifecycle changes driven by `POST /__mock/jobmojito/results`, and the webhooks they
//! emit (`interview_collected`, `interview_result`, `interview_failed`).
//!
//! Body: `{"interview_id": "…", "outcome": "collected" | "result" | "failed"}` plus optional
//! `result_id` (advance that result instead of creating one), `profile_interview_id` or
//! `candidate_email` (whose result it is; by default the interview's first registered
//! candidate without a result) and `score` (for `result`). Answers
//! `{"result_id", "event", "payload"}`; the payload is checked against the spec's
//! `WebhookInterviewResultPayload` before it is emitted.

use serde_json::{Value, json};

use super::results::ResultRecord;
use super::seed;
use super::{Candidate, State};
use crate::reply::Reply;
use crate::router::Api;
use crate::shared::{Shared, lock};
use crate::webhooks::Vendor;

fn bad(message: impl Into<String>) -> Reply {
    Reply::json(400, json!({ "error": message.into() }))
}

/// Picks the candidate a new result belongs to.
fn candidate_of(state: &State, interview_id: &str, body: &Value) -> Option<Candidate> {
    if let Some(id) = body.get("profile_interview_id").and_then(Value::as_str) {
        return state.candidates.iter().find(|c| c.id == id).cloned();
    }
    if let Some(email) = body.get("candidate_email").and_then(Value::as_str) {
        let email = email.to_ascii_lowercase();
        return state.candidates.iter().find(|c| c.email == email).cloned();
    }
    state
        .candidates
        .iter()
        .filter(|c| c.interview_id.as_deref() == Some(interview_id))
        .find(|c| {
            !state
                .results
                .explicit
                .values()
                .any(|r| r.profile_interview_id.as_deref() == Some(c.id.as_str()))
        })
        .cloned()
}

/// `POST /__mock/jobmojito/results`.
pub fn advance(shared: &Shared, body: &Value) -> Reply {
    let outcome = body
        .get("outcome")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let event = match outcome {
        "collected" => "interview_collected",
        "result" => "interview_result",
        "failed" => "interview_failed",
        _ => return bad("`outcome` must be collected, result or failed"),
    };
    let payload = {
        let mut state = lock(&shared.functions);
        let mut record = match body.get("result_id").and_then(Value::as_str) {
            Some(id) => match state.results.find(id) {
                Some(r) => r,
                None => return Reply::json(404, json!({ "error": format!("no result {id}") })),
            },
            None => {
                let Some(interview_id) = body.get("interview_id").and_then(Value::as_str) else {
                    return bad("`interview_id` (a string) or `result_id` is required");
                };
                let candidate = candidate_of(&state, interview_id, body);
                let seq = state.seq();
                ResultRecord {
                    seq,
                    interview_id: interview_id.to_string(),
                    profile_interview_id: candidate.as_ref().map(|c| c.id.clone()),
                    profile_id: candidate.as_ref().map(|c| c.profile_id.clone()),
                    candidate_name: candidate.as_ref().and_then(|c| c.name.clone()),
                    candidate_email: candidate.as_ref().map(|c| c.email.clone()),
                    external_id: candidate.as_ref().and_then(|c| c.external_id.clone()),
                    status: "draft".into(),
                    coach_status: "ongoing".into(),
                    processing_status: "new".into(),
                    score: None,
                    decision_status: None,
                }
            }
        };
        match outcome {
            "collected" => {
                record.status = "draft".into();
                record.coach_status = "completed".into();
                record.processing_status = "processing".into();
            }
            "result" => {
                record.status = "active".into();
                record.coach_status = "completed".into();
                record.processing_status = "completed".into();
                let score = body
                    .get("score")
                    .and_then(Value::as_f64)
                    .unwrap_or_else(|| seed::score(record.seq));
                record.score = Some(score);
            }
            _ => {
                record.status = "draft".into();
                record.coach_status = "failed".into();
                record.processing_status = "completed".into();
                record.score = None;
            }
        }
        let payload = payload(&record, event);
        state.results.put(record);
        payload
    };
    let schema = json!({ "$ref": "#/components/schemas/WebhookInterviewResultPayload" });
    if let Err(problems) = shared.api(Api::Functions).schemas.check(&schema, &payload) {
        return Reply::json(
            500,
            json!({ "error": format!("webhook payload does not match the spec: {}", crate::reply::describe(&problems)) }),
        );
    }
    shared
        .webhooks
        .emit(Vendor::Jobmojito, event, payload.clone());
    Reply::json(
        200,
        json!({ "result_id": payload["id"], "event": event, "payload": payload }),
    )
}

/// The webhook body for a result.
pub fn payload(r: &ResultRecord, event: &str) -> Value {
    let scored = event == "interview_result";
    json!({
        "id": r.id(),
        "interview_id": r.interview_id,
        "question_set_id": r.interview_id,
        "status": r.status,
        "interview_status": r.coach_status,
        "processing_status": r.processing_status,
        "profile_interview_id": r.profile_interview_id,
        "profile_id": r.profile_id,
        "score": r.score,
        "ai_analysis_recruiter_score": r.score,
        "ai_analysis": scored.then_some("A structured conversation with concrete examples."),
        "ai_analysis_recruiter": scored.then_some("Solid fit for the role; probe depth of experience."),
        "recruiter_go_next_round": null,
        "pdf_export_url": null,
        "reason": match event {
            "interview_collected" => "interview_status",
            "interview_failed" => "interview_status",
            _ => "processing_status,score",
        },
        "candidate_external_id": r.external_id,
        "candidate_name": r.candidate_name,
        "candidate_email": r.candidate_email,
        "candidate_phone_number": null,
        "ai_analysis_recruiter_why_hire": if scored { json!(["clear communication"]) } else { Value::Null },
        "ai_analysis_recruiter_why_not_hire": if scored { json!(["limited examples"]) } else { Value::Null },
    })
}
