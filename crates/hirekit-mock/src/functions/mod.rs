//! JobMojito Functions (`/functions/v1`): every operation of `specs/jobmojito.yaml`.
//!
//! Every operation first checks `Authorization: Bearer <token>` (401 in the spec's `Error`
//! shape when missing, unknown, expired or revoked), then validates the request against the
//! spec (422 `{error, name}` naming the first offending field), then answers from the state
//! below. Unknown ids answer 404 in the same envelope, except where the vendor documents 422
//! (an unknown interview on `/job-interview-token` and `/job-interview-register-users`).
//!
//! # Tokens
//!
//! The real service resolves each token to a live Supabase session. The mock accepts:
//!
//! - an access token its own `POST /auth/v1/token` issued (password sign-in or refresh), while
//!   it lives (`Config::token_lifetime`, or until `POST /__mock/tables/expire`);
//! - a demo token from `Config::demo_tokens`, by default only
//!   [`DEMO_TOKEN`](crate::config::DEMO_TOKEN) (`mock-demo-token`), for tests that do not care
//!   about sessions.
//!
//! Any other token is a 401, and so is one revoked through `/__mock/jobmojito/revoke`.
//!
//! An empty `merchant_id=` is a 400 naming `merchant_id`, not the caller's own merchant: a
//! client that sends the parameter meant some merchant, and acting on the token's own would hide
//! the bug.
//!
//! # Control endpoints (`/__mock/jobmojito/…`)
//!
//! | Method and path | Effect |
//! |---|---|
//! | `POST /__mock/jobmojito/revoke` `{"token": "…"}` | later requests with that token get 401 |
//! | `POST /__mock/jobmojito/results` `{"interview_id", "outcome", …}` | creates or advances a result and emits its webhook (see [`events`]) |
//! | `POST /__mock/jobmojito/results/seed` `{"interview_id", "count"}` | adds `count` finished results at once (stored as one compact block) |
//! | `GET /__mock/jobmojito/reports/<id>.pdf` | the PDF bytes behind a `pdf_export_url` |
//!
//! Seeded results are not stored row by row: a block remembers its interview, its first
//! sequence number and its size, and rows are generated when read, so 100,000 results cost a
//! few bytes and a page of them costs only its own rows.

pub mod admin;
pub mod auth;
pub mod candidates;
pub mod coaching;
pub mod events;
pub mod interviews;
pub mod knowledge_base;
pub mod paging;
pub mod pre_screening;
pub mod results;
pub mod seed;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use crate::call::Call;
use crate::reply::{self, Reply};
use crate::shared::{Shared, lock};
use crate::validate::{Body, Input};

/// One interview definition (any creation variant), kept as the fields
/// `/job-interview-get` answers with.
#[derive(Debug, Clone)]
pub struct Interview {
    /// The interview (or position) definition id.
    pub id: String,
    /// The answer of `/job-interview-get`, kept current by updates.
    pub fields: Map<String, Value>,
    /// The embed key pair, once embedding was turned on.
    pub embed: Option<(String, String)>,
    /// When it was last changed (a sequence number; newest first in lists).
    pub touched: u64,
}

/// A candidate registered or invited for an interview.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The profile_interview id (the row id of the candidate list).
    pub id: String,
    /// The profile id.
    pub profile_id: String,
    /// The interview the candidate is registered for, if any.
    pub interview_id: Option<String>,
    /// The name given.
    pub name: Option<String>,
    /// The email, lower-cased.
    pub email: String,
    /// The caller's own id for the candidate.
    pub external_id: Option<String>,
    /// `registered` or `invited`.
    pub source: &'static str,
    /// Creation sequence number.
    pub seq: u64,
}

/// Records of the Functions API.
#[derive(Debug, Default)]
pub struct State {
    /// Tokens revoked through the control endpoint.
    pub revoked: BTreeSet<String>,
    /// Interviews by id.
    pub interviews: BTreeMap<String, Interview>,
    /// Candidates in creation order.
    pub candidates: Vec<Candidate>,
    /// Results: explicit ones and compact seeded blocks.
    pub results: results::Store,
    /// Coaching catalogue directories by id (the seeded platform ones are added on first use).
    pub catalogue: BTreeMap<String, Value>,
    /// Whether the platform directories were added to `catalogue` yet.
    pub catalogue_seeded: bool,
    /// Pre-screening positions by id (the stored request fields).
    pub pre_screenings: BTreeMap<String, Map<String, Value>>,
    /// Knowledge-base documents accepted.
    pub documents: u64,
    /// Users invited through `/invite-users`.
    pub invitations: u64,
    /// The source of every id and timestamp, so answers are deterministic.
    pub next_seq: u64,
}

impl State {
    /// The next sequence number.
    pub fn seq(&mut self) -> u64 {
        self.next_seq += 1;
        self.next_seq
    }

    /// A fresh id of the given kind.
    pub fn new_id(&mut self, kind: u16) -> String {
        let n = self.seq();
        seed::uuid(kind, n)
    }
}

/// Answers one request.
pub fn serve(mut call: Call<'_>) -> Reply {
    let shared = call.shared;
    if let Err(reply) = auth::check(shared, call.bearer()) {
        return reply;
    }
    let input = match call.validate() {
        Ok(input) => input,
        Err(violations) => {
            let field = violations
                .first()
                .map(|v| v.field.clone())
                .unwrap_or_default();
            let field = (!field.is_empty()).then_some(field);
            return reply::functions_error(422, reply::describe(&violations), field.as_deref());
        }
    };
    if let Some(reply) = refuse_empty_merchant_id(&input) {
        return reply;
    }
    let op = call.operation_id().to_string();
    let mut state = lock(&shared.functions);
    let state = &mut *state;
    match op.as_str() {
        "create_interview" => interviews::create(state, &input),
        "create_interview_from_questions" => interviews::create_from_questions(state, &input),
        "create_interview_for_candidate" => interviews::create_for_candidate(state, &input),
        "create_persona" => interviews::create_persona(state, &input),
        "get_interview_definition" => interviews::get(state, &input),
        "update_interview" => interviews::update(state, &input),
        "set_interview_state" => interviews::set_state(state, &input),
        "generate_interview_url" => interviews::token(state, &input),
        "register_users_for_interview" => interviews::register_users(state, &input),
        "list_interviews" => interviews::list(state, &input),
        "create_catalogue_directory" => coaching::create(state, &input),
        "update_catalogue_directory" => coaching::update(state, &input),
        "get_catalogue_directory" => coaching::get(state, &input),
        "list_catalogue_directories" => coaching::list(state, &input),
        "get_interview_result_details" => results::details(state, &input),
        "generate_interview_report" => results::report(state, &input, &shared.base_url),
        "request_another_interview_attempt" => results::another_attempt(state, &input),
        "list_interview_results" => results::list(state, &input),
        "get_merchant_analytics" => results::analytics(state, &input),
        "get_merchant_credit_usage" => results::credit_usage(state, &input),
        "list_candidates" => candidates::list(state, &input),
        "upload_knowledge_base_document" => knowledge_base::upload(state, &input),
        "upsert_pre_screening" => pre_screening::upsert(state, &input),
        "pre_screen_resume_text" => pre_screening::resume_text(state, &input),
        "pre_screen_resume_binary" => pre_screening::resume_binary(state, &input),
        "invite_users" => admin::invite_users(state, &input),
        "list_sub_merchants" => admin::sub_merchants(&input),
        "list_avatars" => admin::avatars(&input),
        "get_merchant_status" => admin::merchant_status(state, &input),
        "list_languages" => admin::languages(),
        other => reply::functions_error(
            501,
            format!(
                "hirekit-mock does not implement `{other}`: add its handler in \
                 crates/hirekit-mock/src/functions/mod.rs"
            ),
            None,
        ),
    }
}

/// The 400 for `merchant_id=` sent empty. The spec's `format: uuid` would refuse it, but the
/// validator does not check that format, and an empty value must not fall back to the token's
/// own merchant as if the parameter were absent.
fn refuse_empty_merchant_id(input: &Input) -> Option<Reply> {
    let value = input.query.get("merchant_id")?.as_str()?;
    value.trim().is_empty().then(|| {
        reply::functions_error(
            400,
            "`merchant_id` is empty: send a merchant's uuid or leave the parameter out",
            Some("merchant_id"),
        )
    })
}

/// Handles `/__mock/jobmojito/<rest>`.
pub fn control(shared: &Shared, method: &str, rest: &[&str], body: &Value) -> Reply {
    match (method, rest) {
        ("POST", ["revoke"]) => auth::revoke(shared, body),
        ("POST", ["results"]) => events::advance(shared, body),
        ("POST", ["results", "seed"]) => results::seed(shared, body),
        ("GET", ["reports", file]) => results::report_file(shared, file),
        _ => Reply::json(
            404,
            json!({ "error": format!("no control endpoint {method} /__mock/jobmojito/{}", rest.join("/")) }),
        ),
    }
}

/// Counts of created records (`interviews_created`, `candidates_created`, `results`, …).
pub fn stats(state: &State) -> Value {
    json!({
        "interviews_created": state.interviews.len(),
        "candidates_created": state.candidates.len(),
        "results": state.results.total(),
        "catalogue_directories": state.catalogue.len(),
        "pre_screenings": state.pre_screenings.len(),
        "documents": state.documents,
        "invitations": state.invitations,
        "revoked_tokens": state.revoked.len(),
    })
}

/// The JSON body of a validated request (an empty object for a form or no body).
pub fn body(input: &Input) -> &Map<String, Value> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    match &input.body {
        Body::Json(Value::Object(map)) => map,
        _ => EMPTY.get_or_init(Map::new),
    }
}

/// A string field of the body or query.
pub fn text<'a>(map: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    map.get(name).and_then(Value::as_str)
}

/// A `"true"`/`"false"` query flag (the spec declares them as strings; a boolean is accepted
/// too, since that is what a typed client may send).
pub fn flag(map: &Map<String, Value>, name: &str) -> Option<bool> {
    match map.get(name)? {
        Value::Bool(b) => Some(*b),
        Value::String(s) => Some(s == "true"),
        _ => None,
    }
}

/// 422 naming a field.
pub fn invalid(field: &str, message: impl Into<String>) -> Reply {
    reply::functions_error(422, message.into(), Some(field))
}

/// 404 naming the id field that matched nothing.
pub fn not_found(field: &str, id: &str) -> Reply {
    reply::functions_error(404, format!("`{field}` {id} was not found"), Some(field))
}
