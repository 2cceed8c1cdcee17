//! The Candidates tag: the merchant's candidate list.

use serde_json::{Value, json};

use super::paging::Page;
use super::seed;
use super::{State, text};
use crate::reply::Reply;
use crate::validate::Input;

/// `GET /merchant-candidate-list`.
pub fn list(state: &mut State, input: &Input) -> Reply {
    let query = &input.query;
    let source = text(query, "source");
    let filter = text(query, "filter_text").map(str::to_lowercase);
    let tab = text(query, "tab").filter(|t| !t.is_empty());
    let mut rows: Vec<_> = state
        .candidates
        .iter()
        .filter(|c| source.is_none_or(|s| s == c.source))
        .filter(|c| match tab {
            Some("interview") => c.interview_id.is_some(),
            Some("no-action") | Some("leads") => c.interview_id.is_none(),
            Some(_) => false,
            None => true,
        })
        .filter(|c| match &filter {
            Some(f) => {
                c.email.contains(f.as_str())
                    || c.name
                        .as_deref()
                        .is_some_and(|n| n.to_lowercase().contains(f))
            }
            None => true,
        })
        .collect();
    match text(query, "order_by").unwrap_or("created_at_newest") {
        "created_at_oldest" => rows.sort_by_key(|c| c.seq),
        "name_accending" => rows.sort_by(|a, b| a.name.cmp(&b.name)),
        "name_decending" => rows.sort_by(|a, b| b.name.cmp(&a.name)),
        _ => rows.sort_by_key(|c| std::cmp::Reverse(c.seq)),
    }
    let data: Vec<Value> = rows
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "profile_id": c.profile_id,
                "merchant_id": seed::merchant_id(),
                "name": c.name,
                "email": c.email,
                "email_auth": c.email,
                "emoji": null,
                "external_id": c.external_id,
                "status": if c.source == "invited" { "invited" } else { "active" },
                "phone_number": null,
                "linked_in": null,
                "physical_address": null,
                "mojito_language_code": "en",
                "avatar_url": null,
                "avatar_local_path": null,
                "kyc_image_local_path": null,
                "kyc_processing_status": null,
                "interview_count": if c.interview_id.is_some() { 1 } else { 0 },
                "pre_screening_count": 0,
                "public_avatar_count": 0,
                "interview_last": null,
                "last_login_at": null,
                "created_at": seed::timestamp(c.seq),
                "updated_at": seed::timestamp(c.seq),
                "deleted_at": null,
            })
        })
        .collect();
    Reply::json(200, Page::of(input).slice(data))
}
