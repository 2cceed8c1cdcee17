//! The Admin tag: invitations, sub-merchants, avatars, merchant status and languages.

use serde_json::{Value, json};

use super::interviews::{candidate_for, plausible_email};
use super::paging::Page;
use super::seed;
use super::{State, body, flag, text};
use crate::reply::Reply;
use crate::validate::Input;

const USER_TYPES: [&str; 6] = [
    "merchant_owner",
    "merchant",
    "merchant_selection",
    "user",
    "mentor",
    "candidate",
];

/// `POST /invite-users`: one outcome per row; a bad row does not fail the rest.
pub fn invite_users(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let force = request.get("force_invite") == Some(&Value::Bool(true));
    let users = request
        .get("users")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut rows = Vec::with_capacity(users.len());
    for user in &users {
        let email = user.get("email").and_then(Value::as_str);
        let name = user.get("name").and_then(Value::as_str);
        let kind = user.get("type").and_then(Value::as_str).unwrap_or("user");
        let interview_id = user.get("interview_id").and_then(Value::as_str);
        let mut row = json!({
            "email": email.unwrap_or_default(), "name": name, "type": kind,
            "interview_id": interview_id, "profile_id": null, "profile_interview_id": null,
        });
        let outcome = match email {
            None => Err("email is required".to_string()),
            Some(e) if !plausible_email(e) => Err(format!("invalid email {e}")),
            Some(_) if !USER_TYPES.contains(&kind) => Err(format!("unknown user type {kind}")),
            Some(_) if kind == "candidate" && interview_id.is_none() => {
                Err("interview_id is required for a candidate".to_string())
            }
            Some(_) if interview_id.is_some_and(|i| !state.interviews.contains_key(i)) => {
                Err("interview not found".to_string())
            }
            Some(e) => Ok(e),
        };
        match outcome {
            Err(message) => row["result"] = json!(format!("Error: {message}")),
            Ok(e) => {
                let (candidate, existed) =
                    candidate_for(state, interview_id, name, e, None, "invited");
                row["email"] = json!(candidate.email);
                row["profile_id"] = json!(candidate.profile_id);
                if kind == "candidate" {
                    row["profile_interview_id"] = json!(candidate.id);
                }
                row["result"] = json!(match (existed && !force, kind) {
                    (true, _) => "Skipped",
                    (false, "mentor") => "CoachingAccessAdded",
                    _ => "Invited",
                });
                if !existed || force {
                    state.invitations += 1;
                }
            }
        }
        rows.push(row);
    }
    Reply::json(200, Value::Array(rows))
}

/// `GET /merchant-sub-merchant-list`.
pub fn sub_merchants(input: &Input) -> Reply {
    let query = &input.query;
    let filter = text(query, "filter_text").map(str::to_lowercase);
    let mut rows: Vec<Value> = seed::sub_merchants()
        .into_iter()
        .filter(|r| match &filter {
            Some(f) => r["name"]
                .as_str()
                .is_some_and(|n| n.to_lowercase().contains(f)),
            None => true,
        })
        .collect();
    match text(query, "order_by").unwrap_or("created_at_newest") {
        "name" => rows.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str())),
        "created_at_oldest" => {
            rows.sort_by(|a, b| a["created_at"].as_str().cmp(&b["created_at"].as_str()))
        }
        _ => rows.sort_by(|a, b| b["created_at"].as_str().cmp(&a["created_at"].as_str())),
    }
    Reply::json(200, Page::of(input).slice(rows))
}

/// `GET /merchant-avatar-list`.
pub fn avatars(input: &Input) -> Reply {
    let query = &input.query;
    let include_archived = flag(query, "include_archived") == Some(true);
    let include_public = flag(query, "include_public") == Some(true);
    let filter = text(query, "filter_text").map(str::to_lowercase);
    let rows: Vec<Value> = seed::avatars()
        .into_iter()
        .filter(|a| include_public || a["visibility"] != json!("public"))
        .filter(|a| {
            include_archived
                || a["status"] != json!("archived")
                || text(query, "status") == Some("archived")
        })
        .filter(|a| {
            [
                ("type", "type"),
                ("status", "status"),
                ("mojito_language_code", "mojito_language_code"),
            ]
            .iter()
            .all(|(param, field)| text(query, param).is_none_or(|v| a[*field].as_str() == Some(v)))
        })
        .filter(|a| match &filter {
            Some(f) => a["name"]
                .as_str()
                .is_some_and(|n| n.to_lowercase().contains(f)),
            None => true,
        })
        .collect();
    Reply::json(200, Page::of(input).slice(rows))
}

/// `GET /merchant-status`.
pub fn merchant_status(state: &mut State, input: &Input) -> Reply {
    let merchant = text(&input.query, "merchant_id")
        .map(str::to_string)
        .unwrap_or_else(seed::merchant_id);
    let results = state.results.total();
    let active = state
        .interviews
        .values()
        .filter(|i| i.fields["status"] == json!("active"))
        .count();
    let mut history = vec![0u64; 14];
    history[0] = state.candidates.len() as u64;
    let mut result_history = vec![0u64; 14];
    result_history[0] = results;
    Reply::json(
        200,
        json!({
            "profile_id": seed::caller_profile_id(),
            "default_merchant_id": seed::merchant_id(),
            "merchant_id": merchant,
            "credits_interview_monthly": 100,
            "credits_interview_monthly_limit": 100,
            "credits_interview_extra": 0,
            "credits_interview_single": 0,
            "definitions_active": active,
            "interviews_without_credits": 0,
            "interviews_undecided": results,
            "interviews_ongoing": 0,
            "interview_results": results,
            "candidates": state.candidates.len(),
            "candidates_history": history,
            "interview_result_history": result_history,
            "subscription_type": "Starter",
            "subscription_status": "active",
            "invitations_sent": state.invitations,
            "invitations_limit": 400,
            "invitations_available": 400u64.saturating_sub(state.invitations),
        }),
    )
}

/// `GET /platform-languages-list`.
pub fn languages() -> Reply {
    Reply::json(200, json!({ "languages": seed::languages() }))
}
