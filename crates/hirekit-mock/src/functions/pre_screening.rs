//! The Resume & Form verification tag: pre-screening positions and resume screening (plain
//! text or an uploaded file).

use serde_json::{Map, Value, json};

use super::interviews::candidate_for;
use super::seed::kind;
use super::{State, body, invalid, not_found, text};
use crate::reply::Reply;
use crate::validate::{Body, Input};

/// `POST /pre-screening-create`: creates a position, or updates one when
/// `update_position_def_set_id` is set (arrays are replaced whole).
pub fn upsert(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let wants_form = matches!(text(request, "type"), Some("form" | "resume_with_form"));
    let has_fields = request
        .get("form_fields")
        .and_then(Value::as_array)
        .is_some_and(|f| !f.is_empty());
    if let Some(id) = text(request, "update_position_def_set_id") {
        let Some(position) = state.pre_screenings.get_mut(id) else {
            return not_found("update_position_def_set_id", id);
        };
        for (key, value) in request {
            if key != "update_position_def_set_id" && key != "creation_parameters" {
                position.insert(key.clone(), value.clone());
            }
        }
        let screening = position
            .get("interview_pre_screening_id")
            .cloned()
            .unwrap_or(Value::Null);
        return Reply::json(
            200,
            json!({ "created": false, "updated": true, "position_def_set_id": id, "interview_pre_screening_id": screening }),
        );
    }
    for field in [
        "position_name",
        "position_location",
        "position_country_code",
        "mojito_language_code",
    ] {
        if request.get(field).is_none_or(Value::is_null) {
            return invalid(field, format!("`{field}` is required to create a position"));
        }
    }
    if wants_form && !has_fields {
        return invalid(
            "form_fields",
            "a form pre-screening needs at least one form field",
        );
    }
    let id = state.new_id(kind::INTERVIEW);
    let screening = state.new_id(kind::PRE_SCREENING);
    let mut position: Map<String, Value> = request.clone();
    if let Some(code) = text(request, "position_country_code") {
        position.insert(
            "position_country_code".into(),
            json!(code.to_ascii_uppercase()),
        );
    }
    position.insert("interview_pre_screening_id".into(), json!(screening));
    state.pre_screenings.insert(id.clone(), position);
    Reply::json(
        200,
        json!({ "created": true, "updated": false, "position_def_set_id": id, "interview_pre_screening_id": screening }),
    )
}

/// Screens one candidate for a position; shared by the text and file variants.
fn screen(
    state: &mut State,
    position_id: &str,
    name: &str,
    email: &str,
    external_id: Option<&str>,
    resume_words: usize,
) -> Reply {
    if !state.pre_screenings.contains_key(position_id)
        && !state.interviews.contains_key(position_id)
    {
        return not_found("position_id", position_id);
    }
    let (candidate, existed) = candidate_for(
        state,
        Some(position_id),
        Some(name),
        email,
        external_id,
        "registered",
    );
    if existed {
        // Only a candidate still waiting for screening is screened; a repeat is not.
        return Reply::json(
            200,
            json!({ "decision_status": "unknown", "message": "this candidate was already screened for the position" }),
        );
    }
    let recommendation = if resume_words >= 20 {
        "ai_accept"
    } else {
        "recruiter_action"
    };
    let score = if resume_words >= 20 { 8.0 } else { 4.5 };
    Reply::json(
        200,
        json!({
            "success": true,
            "decision_status": recommendation,
            "recommendation": recommendation,
            "profile_interview_id": candidate.id,
            "interview_result_pre_screening_id": state.new_id(kind::PRE_SCREENING),
            "interview_file_id": state.new_id(kind::DOCUMENT),
            "pre_screening_score": score,
            "resume_ai_analysis": format!("Resume of {} words reviewed against the position.", resume_words),
            "resume_ai_education": "bachelors",
            "resume_ai_technical_experience": 3,
            "resume_ai_is_switching_profession": false,
            "processing_reason": null,
        }),
    )
}

/// `POST /job-interview-pre-screening-api-resume-text`.
pub fn resume_text(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let words = text(request, "candidate_resume")
        .unwrap_or_default()
        .split_whitespace()
        .count();
    screen(
        state,
        text(request, "position_id").unwrap_or_default(),
        text(request, "candidate_name").unwrap_or_default(),
        text(request, "candidate_email").unwrap_or_default(),
        text(request, "candidate_external_id"),
        words,
    )
}

/// `POST /job-interview-pre-screening-api-resume-binary` (multipart).
pub fn resume_binary(state: &mut State, input: &Input) -> Reply {
    let Body::Form(form) = &input.body else {
        return invalid("file", "send the resume as multipart/form-data");
    };
    let field = |name: &str| {
        form.get(name)
            .map(|f| String::from_utf8_lossy(&f.data).into_owned())
    };
    let Some(file) = form.get("file").filter(|f| !f.data.is_empty()) else {
        return invalid("file", "`file` is required");
    };
    if let Some(raw) = field("form")
        && serde_json::from_str::<Map<String, Value>>(&raw).is_err()
    {
        return invalid("form", "`form` must be a JSON object");
    }
    let mut required = Vec::new();
    for name in ["position_id", "candidate_name", "candidate_email"] {
        match field(name).filter(|v| !v.trim().is_empty()) {
            Some(value) => required.push(value),
            None => return invalid(name, format!("`{name}` is required")),
        }
    }
    // A text file counts its words; any other document is treated as a full resume.
    let words = match std::str::from_utf8(&file.data) {
        Ok(text) => text.split_whitespace().count(),
        Err(_) => 100,
    };
    screen(
        state,
        &required[0],
        &required[1],
        &required[2],
        field("candidate_external_id").as_deref(),
        words,
    )
}
