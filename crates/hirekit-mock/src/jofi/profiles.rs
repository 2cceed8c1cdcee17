//! Career navigation profiles: reading them, and JOFI building one for a test taker.

use serde_json::{Value, json};

use crate::reply::Reply;
use crate::validate::Input;

use super::events::{Pending, envelope};
use super::store::{Mode, Profile};
use super::{Ctx, State, control_error, error, list as envelope_list};

/// The vendor's documented cap on `GET /career-navigation-profiles`.
pub const LIST_CAP: usize = 50;

/// `GET /career-navigation-profiles`: the 50 most recent.
pub fn list(ctx: &Ctx<'_>) -> Reply {
    let items = ctx
        .store
        .profiles
        .iter()
        .rev()
        .filter_map(|p| ctx.store.profile_json(p, false, None))
        .collect();
    envelope_list(ctx.mode, items, Some(LIST_CAP))
}

/// `GET /career-navigation-profiles/{careerNavigationProfileId}`.
pub fn get(ctx: &Ctx<'_>, input: &Input) -> Reply {
    let id = input
        .path
        .get("careerNavigationProfileId")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match ctx
        .store
        .profiles
        .iter()
        .find(|p| p.id == id)
        .and_then(|p| ctx.store.profile_json(p, true, Some(ctx.mode)))
    {
        Some(value) => Reply::json(200, value),
        None => error(ctx.mode, 404, format!("no career navigation profile {id}")),
    }
}

/// Creates the profile of test taker `taker_id` in `ctx`'s store. `None` if the test taker is
/// unknown or already has one.
pub fn create_in(ctx: &mut Ctx<'_>, taker_id: i64) -> Option<String> {
    let invitation_id = ctx.store.test_takers.get(&taker_id)?.invitation_id;
    let invitation = ctx.store.invitations.get_mut(&invitation_id)?;
    if invitation.profile_id.is_some() {
        return None;
    }
    let id = ctx.ids.profile();
    invitation.profile_id = Some(id.clone());
    ctx.store.profiles.push(Profile {
        id: id.clone(),
        test_taker_id: taker_id,
    });
    Some(id)
}

/// The test taker a control body names: `test_taker_id`, or the newest one with `email`.
fn find_taker(state: &State, body: &Value) -> Result<(i64, Mode), Reply> {
    if let Some(id) = body.get("test_taker_id").and_then(Value::as_i64) {
        return state
            .mode_of_test_taker(id)
            .map(|mode| (id, mode))
            .ok_or_else(|| control_error(404, format!("no test taker {id}")));
    }
    let Some(email) = body.get("email").and_then(Value::as_str) else {
        return Err(control_error(
            400,
            "name the test taker: `{\"test_taker_id\": n}` or `{\"email\": \"…\"}`",
        ));
    };
    for (mode, store) in [(Mode::Test, &state.test), (Mode::Live, &state.live)] {
        let newest = store.test_takers.values().rev().find(|t| {
            store
                .invitations
                .get(&t.invitation_id)
                .is_some_and(|i| i.email.eq_ignore_ascii_case(email))
        });
        if let Some(taker) = newest {
            return Ok((taker.id, mode));
        }
    }
    Err(control_error(404, "no test taker with that email"))
}

/// `POST /__mock/jofi/career-navigation-profiles`.
pub fn create(state: &mut State, body: &Value) -> (Reply, Pending) {
    let (taker_id, mode) = match find_taker(state, body) {
        Ok(found) => found,
        Err(reply) => return (reply, Vec::new()),
    };
    let mut ctx = state.ctx(mode);
    let Some(id) = create_in(&mut ctx, taker_id) else {
        return (
            control_error(
                409,
                format!("test taker {taker_id} already has a career navigation profile"),
            ),
            Vec::new(),
        );
    };
    ctx.counts.career_navigation_profiles_created += 1;
    let profile = ctx
        .store
        .profiles
        .iter()
        .find(|p| p.id == id)
        .and_then(|p| ctx.store.profile_json(p, true, None))
        .unwrap_or(Value::Null);
    let events = vec![envelope(
        ctx.ids,
        "career_navigation_profile.created",
        profile.clone(),
    )];
    (
        Reply::json(
            201,
            json!({ "mode": mode.as_str(), "career_navigation_profile": profile }),
        ),
        events,
    )
}
