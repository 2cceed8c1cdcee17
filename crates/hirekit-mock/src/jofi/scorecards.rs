//! Scorecards and job-fit reports, computed from a test taker's completed assessments.
//!
//! Results are derived from the ids, so the same records always give the same numbers; they
//! mean nothing beyond being plausible (1.0 to 10.0, one decimal).

use serde_json::{Value, json};

use crate::reply::Reply;
use crate::validate::Input;

use super::seed::{self, ScoreProfile};
use super::store::{TestTaker, profile_urls, scorecard_url};
use super::test_takers::not_found;
use super::{Ctx, error, path_id};

/// One score a scorecard section shows.
struct ScoreDef {
    id: i64,
    display_name: &'static str,
    short_name: &'static str,
    description: &'static str,
    facets: &'static [ScoreDef],
}

const fn facet(
    id: i64,
    display_name: &'static str,
    short_name: &'static str,
    description: &'static str,
) -> ScoreDef {
    ScoreDef {
        id,
        display_name,
        short_name,
        description,
        facets: &[],
    }
}

const THINKING_FACETS: [ScoreDef; 4] = [
    facet(
        2,
        "Reading",
        "think-read",
        "Drawing meaning from written passages.",
    ),
    facet(
        3,
        "Forms",
        "think-forms",
        "Working with shapes and spatial patterns.",
    ),
    facet(
        4,
        "Numbers",
        "think-num",
        "Reasoning with quantities and data.",
    ),
    facet(
        5,
        "Logic",
        "think-logic",
        "Following rules to a sound conclusion.",
    ),
];

const THINKING: [ScoreDef; 1] = [ScoreDef {
    id: 1,
    display_name: "Thinking Skills Overall",
    short_name: "think",
    description: "How readily the participant takes in and works with new information.",
    facets: &THINKING_FACETS,
}];

const PERSONALITY: [ScoreDef; 5] = [
    facet(
        20,
        "Conscientiousness",
        "pers-cons",
        "Care, order and follow-through.",
    ),
    facet(
        21,
        "Agreeableness",
        "pers-agree",
        "Cooperation and regard for others.",
    ),
    facet(
        22,
        "Openness",
        "pers-open",
        "Curiosity and appetite for new ideas.",
    ),
    facet(
        23,
        "Extraversion",
        "pers-extra",
        "Energy drawn from working with people.",
    ),
    facet(24, "Steadiness", "pers-steady", "Composure under pressure."),
];

/// A deterministic result between 1.0 and 10.0.
fn result(taker_id: i64, key: i64) -> f64 {
    let n = taker_id
        .wrapping_mul(37)
        .wrapping_add(key.wrapping_mul(11))
        .rem_euclid(91);
    1.0 + n as f64 / 10.0
}

fn score(def: &ScoreDef, profile: &ScoreProfile, taker: &TestTaker, done: bool) -> Value {
    let mut value = json!({
        "object": "score",
        "id": def.id,
        "display_name": def.display_name,
        "short_name": def.short_name,
        "description": def.description,
        "is_starred": !def.facets.is_empty() || (profile.id + def.id) % 3 == 0,
        "yellow_band": 4 + (profile.id + def.id) % 4,
        "test_taker_score": done.then(|| result(taker.id, def.id)),
    });
    if !def.facets.is_empty()
        && let Some(map) = value.as_object_mut()
    {
        let facets = def
            .facets
            .iter()
            .map(|f| score(f, profile, taker, done))
            .collect();
        map.insert("facets".into(), Value::Array(facets));
    }
    value
}

/// A section: null when its assessment is not assigned, scores without results until done.
fn section(defs: &[ScoreDef], assessment: i64, profile: &ScoreProfile, taker: &TestTaker) -> Value {
    if !taker
        .assignments
        .iter()
        .any(|a| a.assessment_id == assessment)
    {
        return Value::Null;
    }
    let done = taker.completed(assessment);
    Value::Array(
        defs.iter()
            .map(|d| score(d, profile, taker, done))
            .collect(),
    )
}

/// The test taker's RIASEC letters, once the career-interests assessment is done.
fn riasec(taker: &TestTaker) -> Option<String> {
    if !taker.completed(seed::INTERESTS) {
        return None;
    }
    let letters = ['R', 'I', 'A', 'S', 'E', 'C'];
    let start = taker.id.rem_euclid(6) as usize;
    Some((0..3).map(|i| letters[(start + i * 2) % 6]).collect())
}

/// `GET /test-takers/{testTakerId}/scorecard?sp=…`.
pub fn scorecard(ctx: &Ctx<'_>, input: &Input) -> Reply {
    let sp = input.query.get("sp").and_then(Value::as_str).unwrap_or("");
    let Some(profile) = seed::score_profile(sp) else {
        return error(
            ctx.mode,
            400,
            format!(
                "`sp`: `{sp}` is not an enabled score profile; use a short_name from GET /score-profiles"
            ),
        );
    };
    let id = path_id(input, "testTakerId");
    let store = &*ctx.store;
    let Some(taker) = id.and_then(|id| store.test_takers.get(&id)) else {
        return not_found(ctx, id);
    };
    let Some(invitation) = store.invitations.get(&taker.invitation_id) else {
        return not_found(ctx, id);
    };
    Reply::json(
        200,
        json!({
            "mode": ctx.mode.as_str(),
            "object": "scorecard",
            "test_taker_id": taker.id,
            "invitation_id": invitation.id,
            "custom_id": invitation.custom_id,
            "person_id": invitation.person_id,
            "career_navigation_profile_id": invitation.profile_id,
            "first_name": invitation.first_name,
            "last_name": invitation.last_name,
            "email": invitation.email,
            "scorecard_url": scorecard_url(invitation.team_id, taker.id),
            "score_profile": {
                "id": profile.id,
                "display_name": profile.display_name,
                "short_name": profile.short_name,
                "riasec_profile": profile.riasec,
            },
            "riasec_profile": riasec(taker),
            "scores": {
                "thinking_skills": section(&THINKING, seed::THINKING, profile, taker),
                "personality_traits": section(&PERSONALITY, seed::PERSONALITY, profile, taker),
            },
        }),
    )
}

/// `GET /test-takers/{testTakerId}/job-fit-report`. The vendor does not describe the body;
/// the mock answers the links and a fit per enabled score profile, null until every assigned
/// assessment is completed.
pub fn job_fit_report(ctx: &Ctx<'_>, input: &Input) -> Reply {
    let id = path_id(input, "testTakerId");
    let store = &*ctx.store;
    let Some(taker) = id.and_then(|id| store.test_takers.get(&id)) else {
        return not_found(ctx, id);
    };
    let Some(invitation) = store.invitations.get(&taker.invitation_id) else {
        return not_found(ctx, id);
    };
    let ready = taker.assignments.iter().all(|a| a.completed_at.is_some());
    let (_, summary_url, spotlight_url) = profile_urls(invitation.profile_id.as_deref());
    let fits: Vec<Value> = seed::SCORE_PROFILES
        .iter()
        .map(|p| {
            json!({
                "score_profile": { "id": p.id, "short_name": p.short_name, "display_name": p.display_name },
                "fit": ready.then(|| result(taker.id, p.id)),
            })
        })
        .collect();
    Reply::json(
        200,
        json!({
            "mode": ctx.mode.as_str(),
            "object": "job_fit_report",
            "test_taker_id": taker.id,
            "invitation_id": invitation.id,
            "career_navigation_profile_id": invitation.profile_id,
            "ready": ready,
            "job_fit_summary_url": summary_url,
            "career_options_spotlight_url": spotlight_url,
            "fits": fits,
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_stay_between_one_and_ten() {
        for id in [0, 1, 540_001, i64::MAX, i64::MIN] {
            for key in [1, 24, 295] {
                assert!((1.0..=10.0).contains(&result(id, key)));
            }
        }
    }
}
