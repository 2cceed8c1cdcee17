//! The account and its fixed lists: users, teams, email templates, score profiles and the
//! assessment catalogue. Counters are computed from the store of the call's mode.

use serde_json::{Value, json};

use crate::reply::Reply;

use super::store::{Mode, Store};
use super::{Ctx, list, seed};

/// Completed assignments of one assessment in a store.
fn completed(store: &Store, assessment_id: i64) -> usize {
    store
        .test_takers
        .values()
        .filter(|t| t.completed(assessment_id))
        .count()
}

/// `GET /accounts`.
pub fn account(ctx: &Ctx<'_>) -> Reply {
    let store = &*ctx.store;
    Reply::json(
        200,
        json!({
            "mode": ctx.mode.as_str(),
            "object": "account",
            "id": seed::ACCOUNT_ID,
            "display_name": seed::ACCOUNT_NAME,
            "display_name_external": seed::ACCOUNT_NAME_EXTERNAL,
            "teams_count": seed::TEAMS.len(),
            "users_count": seed::USERS.len(),
            "invitations_count": store.invitations.len(),
            "test_takers_seats_used_count": store.test_takers.len(),
            "prescreens_completed_count": completed(store, seed::PRESCREEN),
            "thinking_skills_completed_count": completed(store, seed::THINKING),
            "personality_completed_count": completed(store, seed::PERSONALITY),
            "career_interests_completed_count": completed(store, seed::INTERESTS),
            // The mock's receivers are set through `/__mock/webhooks/jofi`, not the account.
            "webhook_endpoint": null,
            "webhooks_enabled": false,
        }),
    )
}

/// `GET /users`.
pub fn users(mode: Mode) -> Reply {
    let items = seed::USERS
        .iter()
        .map(|u| {
            json!({
                "object": "user_list_item",
                "id": u.id,
                "first_name": u.first_name,
                "last_name": u.last_name,
                "email": u.email,
                "default_team_id": u.team_id,
                "default_assessments": u
                    .assessments
                    .iter()
                    .map(|id| json!({ "test_id": id }))
                    .collect::<Vec<_>>(),
                "default_email_template_id": u.email_template_id,
                "default_congrats_email_template_id": u.congrats_email_template_id,
            })
        })
        .collect();
    list(mode, items, None)
}

/// `GET /teams`.
pub fn teams(ctx: &Ctx<'_>) -> Reply {
    let store = &*ctx.store;
    let items = seed::TEAMS
        .iter()
        .map(|team| {
            let invitations = store
                .invitations
                .values()
                .filter(|i| i.team_id == team.id)
                .count();
            let test_takers = store
                .invitations
                .values()
                .filter(|i| i.team_id == team.id && i.test_taker_id.is_some())
                .count();
            json!({
                "object": "team_list_item",
                "id": team.id,
                "display_name": team.name,
                "users_count": seed::USERS.iter().filter(|u| u.team_id == team.id).count(),
                "invitations_count": invitations,
                "test_takers_count": test_takers,
            })
        })
        .collect();
    list(ctx.mode, items, None)
}

/// `GET /email-templates`.
pub fn email_templates(mode: Mode) -> Reply {
    let items = seed::TEMPLATES
        .iter()
        .map(|t| {
            json!({
                "object": "email_template_list_item",
                "id": t.id,
                "display_name": t.name,
                "type": t.kind,
                "team_ids": t.team_ids,
            })
        })
        .collect();
    list(mode, items, None)
}

/// `GET /score-profiles`.
pub fn score_profiles(mode: Mode) -> Reply {
    let items = seed::SCORE_PROFILES
        .iter()
        .map(|p| {
            json!({
                "object": "score_profile_list_item",
                "id": p.id,
                "short_name": p.short_name,
                "display_name": p.display_name,
            })
        })
        .collect();
    list(mode, items, None)
}

/// `GET /assessments`.
pub fn assessments(mode: Mode) -> Reply {
    let items: Vec<Value> = seed::ASSESSMENTS
        .iter()
        .map(|a| {
            json!({
                "object": "assessment_list_item",
                "id": a.id,
                "short_name": a.short_name,
                "display_name": a.display_name,
            })
        })
        .collect();
    list(mode, items, None)
}
