//! The JOFI API v2: every operation of `specs/jofi.yaml`, over state kept per key mode.
//!
//! # Behaviour
//!
//! - Every route but `GET /healthcheck` needs `Authorization: Bearer <key>`. A key that starts
//!   with neither `sk_test_` nor `sk_live_` gets 401; an `sk_live_` key gets 401 too unless the
//!   mock runs with `Config::allow_live_keys`. Answers carry `mode` from the key, and live and
//!   test keys have separate stores.
//! - Requests are validated against the spec first (400 naming the field), then against the
//!   account: `created_by_user_email` must be a user of [`seed::USERS`], `team_id`,
//!   `assessments_to_assign[].test_id` and the template ids must exist. Unknown ids are 404.
//! - Unlike the real service, a test key here *does* store what it creates and raises webhook
//!   events: a mock that forgot every write could not exercise a client's flows. The account,
//!   users, teams, email templates, score profiles and assessments are fixed ([`seed`]).
//! - Lists are newest first. `GET /test-takers` holds at most 30 items and
//!   `GET /career-navigation-profiles` at most 50, as the vendor documents; `total_count` counts
//!   all of them and `has_more` says whether some were left out. The vendor states no cap for
//!   the other lists, so the mock returns them whole.
//!
//! # Control endpoints (`/__mock/jofi/…`)
//!
//! These stand in for what participants do in JOFI's web app. Ids are unique across both
//! modes, so the record is found by id alone.
//!
//! | Method and path | Body | Effect |
//! |---|---|---|
//! | `POST /__mock/jofi/invitations/{id}/accept` | none | creates the test taker with the invitation's assessments; emits `invitation.accepted` and `test_taker.created`; answers `{invitation, test_taker}` (409 if already accepted) |
//! | `POST /__mock/jofi/test-takers/{id}/complete` | `{"assessments": [test_id…]}` (optional, default all) | completes those assessments, which fills the scorecard; emits one `test_taker.assessment_completed` per assessment completed now; answers `{test_taker, completed}` |
//! | `POST /__mock/jofi/career-navigation-profiles` | `{"test_taker_id": n}` or `{"email": "…"}` (the newest test taker with it) | creates the profile; emits `career_navigation_profile.created`; answers 201 `{career_navigation_profile}` (409 if the test taker has one) |
//! | `POST /__mock/jofi/seed` | `{"invitations": n, "accept": bool, "complete": bool, "profiles": bool, "mode": "test"}` | creates `n` (1 to 1000) invitations at once, optionally accepted, completed and profiled, without events; answers the ids |

mod auth;
mod catalog;
mod events;
mod invitations;
mod profiles;
mod scorecards;
pub mod seed;
mod seeding;
mod store;
mod test_takers;

use serde_json::{Map, Value, json};

use crate::call::Call;
use crate::reply::{Reply, ReplyBody, describe, jofi_error};
use crate::shared::{Shared, lock};
use crate::validate::{Body, Input};
use crate::webhooks::Vendor;

use events::Pending;
use store::{Ids, Mode, Store};

/// Counts of what happened, for `/__mock/stats`.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    invitations_created: u64,
    invitations_updated: u64,
    invitations_seeded: u64,
    invitations_accepted: u64,
    test_takers_created: u64,
    test_takers_seeded: u64,
    assessments_completed: u64,
    career_navigation_profiles_created: u64,
    events_emitted: u64,
}

/// Records of this API: one store per key mode, and the id sources they share.
#[derive(Debug, Default)]
pub struct State {
    live: Store,
    test: Store,
    ids: Ids,
    counts: Counts,
}

/// What a handler works on: the store of the call's mode, and the events it raises.
struct Ctx<'a> {
    store: &'a mut Store,
    ids: &'a mut Ids,
    counts: &'a mut Counts,
    mode: Mode,
    events: Pending,
}

impl State {
    fn ctx(&mut self, mode: Mode) -> Ctx<'_> {
        let store = match mode {
            Mode::Live => &mut self.live,
            Mode::Test => &mut self.test,
        };
        Ctx {
            store,
            ids: &mut self.ids,
            counts: &mut self.counts,
            mode,
            events: Vec::new(),
        }
    }

    /// The mode whose store holds the invitation `id`.
    fn mode_of_invitation(&self, id: i64) -> Option<Mode> {
        if self.test.invitations.contains_key(&id) {
            Some(Mode::Test)
        } else if self.live.invitations.contains_key(&id) {
            Some(Mode::Live)
        } else {
            None
        }
    }

    /// The mode whose store holds the test taker `id`.
    fn mode_of_test_taker(&self, id: i64) -> Option<Mode> {
        if self.test.test_takers.contains_key(&id) {
            Some(Mode::Test)
        } else if self.live.test_takers.contains_key(&id) {
            Some(Mode::Live)
        } else {
            None
        }
    }
}

/// Answers one request.
pub fn serve(mut call: Call<'_>) -> Reply {
    let operation = call.operation_id().to_string();
    if operation == "check_health" {
        // The one route without a key.
        return match call.validate() {
            Ok(_) => Reply::json(
                200,
                json!({ "status": "ok", "api_version": events::API_VERSION }),
            ),
            Err(violations) => jofi_error(400, describe(&violations)),
        };
    }
    let mode = match auth::mode_of(&call) {
        Ok(mode) => mode,
        Err(reply) => return reply,
    };
    let input = match call.validate() {
        Ok(input) => input,
        Err(violations) => return error(mode, 400, describe(&violations)),
    };
    let shared = call.shared;
    let (reply, pending) = {
        let mut state = lock(&shared.jofi);
        let mut ctx = state.ctx(mode);
        let reply = route(&operation, &mut ctx, &input);
        let pending = std::mem::take(&mut ctx.events);
        state.counts.events_emitted += pending.len() as u64;
        (reply, pending)
    };
    emit(shared, pending);
    reply
}

fn route(operation: &str, ctx: &mut Ctx<'_>, input: &Input) -> Reply {
    match operation {
        "get_account" => catalog::account(ctx),
        "list_users" => catalog::users(ctx.mode),
        "list_teams" => catalog::teams(ctx),
        "list_email_templates" => catalog::email_templates(ctx.mode),
        "list_score_profiles" => catalog::score_profiles(ctx.mode),
        "list_assessments" => catalog::assessments(ctx.mode),
        "list_invitations" => invitations::list(ctx),
        "create_invitation" => invitations::create(ctx, input),
        "get_invitation" => invitations::get(ctx, input),
        "update_invitation" => invitations::update(ctx, input),
        "list_test_takers" => test_takers::list(ctx),
        "get_test_taker" => test_takers::get(ctx, input),
        "get_scorecard" => scorecards::scorecard(ctx, input),
        "get_job_fit_report" => scorecards::job_fit_report(ctx, input),
        "list_career_navigation_profiles" => profiles::list(ctx),
        "get_career_navigation_profile" => profiles::get(ctx, input),
        other => error(
            ctx.mode,
            501,
            format!(
                "hirekit-mock does not implement `{other}`: add its handler to `route` in \
                 crates/hirekit-mock/src/jofi/mod.rs"
            ),
        ),
    }
}

/// Handles `/__mock/jofi/<rest>`.
pub fn control(shared: &Shared, method: &str, rest: &[&str], body: &Value) -> Reply {
    let (reply, pending) = {
        let mut state = lock(&shared.jofi);
        let (reply, pending) = match (method, rest) {
            ("POST", ["invitations", id, "accept"]) => invitations::accept(&mut state, id),
            ("POST", ["test-takers", id, "complete"]) => {
                test_takers::complete(&mut state, id, body)
            }
            ("POST", ["career-navigation-profiles"]) => profiles::create(&mut state, body),
            ("POST", ["seed"]) => (seeding::seed(&mut state, body), Vec::new()),
            _ => (
                control_error(
                    404,
                    format!(
                        "no JOFI control endpoint {method} /__mock/jofi/{}",
                        rest.join("/")
                    ),
                ),
                Vec::new(),
            ),
        };
        state.counts.events_emitted += pending.len() as u64;
        (reply, pending)
    };
    emit(shared, pending);
    reply
}

/// Counts of created records.
pub fn stats(state: &State) -> Value {
    let c = state.counts;
    json!({
        "invitations_created": c.invitations_created,
        "invitations_updated": c.invitations_updated,
        "invitations_seeded": c.invitations_seeded,
        "invitations_accepted": c.invitations_accepted,
        "test_takers_created": c.test_takers_created,
        "test_takers_seeded": c.test_takers_seeded,
        "assessments_completed": c.assessments_completed,
        "career_navigation_profiles_created": c.career_navigation_profiles_created,
        "events_emitted": c.events_emitted,
        "live": { "invitations": state.live.invitations.len(), "test_takers": state.live.test_takers.len(), "career_navigation_profiles": state.live.profiles.len() },
        "test": { "invitations": state.test.invitations.len(), "test_takers": state.test.test_takers.len(), "career_navigation_profiles": state.test.profiles.len() },
    })
}

fn emit(shared: &Shared, pending: Pending) {
    for (event_type, event) in pending {
        shared.webhooks.emit(Vendor::Jofi, event_type, event);
    }
}

/// A JOFI error that also says which kind of key answered.
fn error(mode: Mode, status: u16, message: impl Into<String>) -> Reply {
    let mut reply = jofi_error(status, message);
    if let ReplyBody::Json(Value::Object(map)) = &mut reply.body {
        map.insert("mode".into(), json!(mode.as_str()));
    }
    reply
}

/// An error of a control endpoint (not a vendor answer, so no vendor shape).
fn control_error(status: u16, message: impl Into<String>) -> Reply {
    Reply::json(status, json!({ "error": message.into() }))
}

/// The list envelope over `items` (newest first), holding at most `cap` of them.
fn list(mode: Mode, mut items: Vec<Value>, cap: Option<usize>) -> Reply {
    let total = items.len();
    let cap = cap.unwrap_or(total);
    items.truncate(cap);
    Reply::json(
        200,
        json!({
            "mode": mode.as_str(),
            "object": "list",
            "total_count": total,
            "has_more": total > cap,
            "data": items,
        }),
    )
}

/// The JSON body of a validated request (an empty object when there is none).
fn body_of(input: &Input) -> Map<String, Value> {
    match &input.body {
        Body::Json(Value::Object(map)) => map.clone(),
        _ => Map::new(),
    }
}

/// An integer path parameter (validation has already checked its type).
fn path_id(input: &Input, name: &str) -> Option<i64> {
    input.path.get(name).and_then(Value::as_i64)
}

/// A string field of a body.
fn text(body: &Map<String, Value>, name: &str) -> Option<String> {
    body.get(name).and_then(Value::as_str).map(str::to_string)
}
