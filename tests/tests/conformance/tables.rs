//! Conformance of the JobMojito Tables API and Supabase auth: one test per operation through
//! the generated client (named after its operationId), then focused tests of the PostgREST
//! behaviour the spec describes (filters, ordering, ranges, counts, `Prefer`, errors) and of
//! the session life cycle.
//!
//! Rows are created by the tests themselves through the API, with fresh ids, so the suite can
//! run against a real project too; tests that need the mock's control endpoints (expiring
//! tokens) return early when [`Target::control`] is `None`.

use std::sync::atomic::{AtomicU64, Ordering};

use hirekit_conformance::{Target, Which};
use jobmojito_raw::auth::types as auth;
use jobmojito_raw::tables::{Client, Error, types};
use serde_json::{Value, json};

const REPRESENTATION: &str = "return=representation";

/// A fresh uuid-shaped id, unique within a run and very likely across runs.
fn unique_id() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let nanos = chrono::Utc::now().timestamp_nanos_opt().unwrap_or(0) as u64;
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        (nanos >> 32) as u32,
        (nanos >> 16) as u16,
        nanos as u16 & 0xfff,
        n as u16 & 0xfff,
        n
    )
}

/// Whether `id` has the 8-4-4-4-12 hex shape of a uuid.
fn looks_like_uuid(id: &str) -> bool {
    let parts: Vec<&str> = id.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A generated type from JSON (the write types have many optional fields).
fn from_json<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("the JSON fits the generated type")
}

/// A signed-in user of the target.
struct Signed {
    target: Target,
    session: auth::Session,
    client: Client,
}

impl Signed {
    async fn new() -> Signed {
        let target = Target::new(Which::Tables).await;
        let session = sign_in(&target).await;
        let client = target.tables(Some(&session.access_token));
        Signed {
            target,
            session,
            client,
        }
    }

    /// A reqwest client with the anon key and this user's token, for what the typed client
    /// cannot express (arbitrary filters, reading response headers of errors).
    fn http(&self) -> reqwest::Client {
        let anon = self.target.anon_key();
        self.target.http_with(
            Some(&self.session.access_token),
            &[("apikey", anon.as_str())],
        )
    }

    fn url(&self, table: &str) -> String {
        format!("{}/rest/v1/{table}", self.target.base_url)
    }

    /// Inserts rows with plain JSON and returns them as stored.
    async fn insert_json(&self, table: &str, rows: Value) -> Vec<Value> {
        let response = self
            .http()
            .post(self.url(table))
            .header("Prefer", REPRESENTATION)
            .json(&rows)
            .send()
            .await
            .expect("insert answers");
        assert_eq!(response.status().as_u16(), 201, "insert into {table}");
        response.json().await.expect("inserted rows are JSON")
    }

    /// Inserts one empty row and returns its id.
    async fn seed(&self, table: &str) -> String {
        let id = unique_id();
        self.insert_json(table, json!([{ "id": id }])).await;
        id
    }

    /// `GET /rest/v1/<table>?<query>` with extra headers: status, headers and JSON body.
    async fn get(
        &self,
        table: &str,
        query: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        let mut request = self.http().get(self.url(table)).query(query);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("select answers");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.json().await.unwrap_or(Value::Null);
        (status, headers, body)
    }

    /// The ids of a select's rows, in order.
    async fn ids(&self, table: &str, query: &[(&str, &str)]) -> Vec<String> {
        let (status, _, body) = self.get(table, query, &[]).await;
        assert_eq!(status, 200, "select {query:?}: {body}");
        ids(&body)
    }
}

fn ids(body: &Value) -> Vec<String> {
    body.as_array()
        .expect("an array of rows")
        .iter()
        .map(|row| row["id"].as_str().unwrap_or("").to_string())
        .collect()
}

async fn sign_in(target: &Target) -> auth::Session {
    let (email, password) = target.tables_credentials();
    target
        .auth()
        .sign_in_with_password()
        .apikey(target.anon_key())
        .body(auth::PasswordGrant { email, password })
        .send()
        .await
        .expect("the configured user signs in")
        .into_inner()
}

/// The status and decoded error body of a failed call (of the Tables client or the auth module:
/// each decodes the spec's `Error` into its own type).
fn failure<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> (u16, E) {
    match result {
        Err(Error::ErrorResponse(response)) => {
            let status = response.status().as_u16();
            (status, response.into_inner())
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

// One test per operation. The macros take the client call written out, so each test names its
// operation (`async fn <op>(` and `.<op>()`) literally, which the coverage check reads.

/// Selects one of two rows by id.
macro_rules! select_case {
    ($table:literal, |$c:ident| $call:expr) => {{
        let s = Signed::new().await;
        let id = s.seed($table).await;
        s.seed($table).await;
        let $c = &s.client;
        let response = $call
            .id(format!("eq.{id}"))
            .send()
            .await
            .expect("select answers");
        assert_eq!(response.status().as_u16(), 200);
        let rows = response.into_inner();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].id.as_deref(), Some(id.as_str()));
    }};
}

/// Inserts a row with a generated id and one with the caller's id.
macro_rules! insert_case {
    ($write:ident, |$c:ident| $call:expr) => {{
        let s = Signed::new().await;
        let mine = unique_id();
        let body: Vec<types::$write> = vec![from_json(json!({})), from_json(json!({ "id": mine }))];
        let $c = &s.client;
        let response = $call
            .prefer(REPRESENTATION)
            .body(body)
            .send()
            .await
            .expect("insert answers");
        assert_eq!(response.status().as_u16(), 201);
        let rows = response.into_inner();
        assert_eq!(rows.len(), 2);
        let generated = rows[0].id.clone().expect("the server fills the id");
        assert!(looks_like_uuid(&generated), "generated id {generated}");
        assert_eq!(rows[1].id.as_deref(), Some(mine.as_str()));
    }};
}

/// Rewrites the id of one of two rows, and checks the other is untouched.
macro_rules! update_case {
    ($table:literal, $write:ident, |$c:ident| $call:expr) => {{
        let s = Signed::new().await;
        let id = s.seed($table).await;
        let other = s.seed($table).await;
        let renamed = unique_id();
        let $c = &s.client;
        let response = $call
            .prefer(REPRESENTATION)
            .id(format!("eq.{id}"))
            .body(from_json::<types::$write>(json!({ "id": renamed })))
            .send()
            .await
            .expect("update answers");
        assert_eq!(response.status().as_u16(), 200);
        let rows = response.into_inner();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].id.as_deref(), Some(renamed.as_str()));
        let filter = format!("in.({id},{other},{renamed})");
        let mut left = s.ids($table, &[("id", filter.as_str())]).await;
        left.sort();
        let mut expected = vec![other, renamed];
        expected.sort();
        assert_eq!(left, expected);
    }};
}

/// Deletes one of two rows.
macro_rules! delete_case {
    ($table:literal, |$c:ident| $call:expr) => {{
        let s = Signed::new().await;
        let id = s.seed($table).await;
        let other = s.seed($table).await;
        let $c = &s.client;
        let response = $call
            .prefer(REPRESENTATION)
            .id(format!("eq.{id}"))
            .send()
            .await
            .expect("delete answers");
        assert_eq!(response.status().as_u16(), 200);
        let rows = response.into_inner();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].id.as_deref(), Some(id.as_str()));
        let filter = format!("in.({id},{other})");
        assert_eq!(s.ids($table, &[("id", filter.as_str())]).await, vec![other]);
    }};
}

#[tokio::test]
async fn select_interview_def_set() {
    select_case!("interview_def_set", |c| c.select_interview_def_set());
}

#[tokio::test]
async fn insert_interview_def_set() {
    insert_case!(InterviewDefSetWrite, |c| c.insert_interview_def_set());
}

#[tokio::test]
async fn update_interview_def_set() {
    update_case!("interview_def_set", InterviewDefSetWrite, |c| c
        .update_interview_def_set());
}

#[tokio::test]
async fn delete_interview_def_set() {
    delete_case!("interview_def_set", |c| c.delete_interview_def_set());
}

#[tokio::test]
async fn select_interview_def_pre_screening() {
    select_case!("interview_def_pre_screening", |c| c
        .select_interview_def_pre_screening());
}

#[tokio::test]
async fn insert_interview_def_pre_screening() {
    insert_case!(InterviewDefPreScreeningWrite, |c| c
        .insert_interview_def_pre_screening());
}

#[tokio::test]
async fn update_interview_def_pre_screening() {
    update_case!(
        "interview_def_pre_screening",
        InterviewDefPreScreeningWrite,
        |c| c.update_interview_def_pre_screening()
    );
}

#[tokio::test]
async fn delete_interview_def_pre_screening() {
    delete_case!("interview_def_pre_screening", |c| c
        .delete_interview_def_pre_screening());
}

#[tokio::test]
async fn select_interview_def_question() {
    select_case!("interview_def_question", |c| c
        .select_interview_def_question());
}

#[tokio::test]
async fn insert_interview_def_question() {
    insert_case!(InterviewDefQuestionWrite, |c| c
        .insert_interview_def_question());
}

#[tokio::test]
async fn update_interview_def_question() {
    update_case!("interview_def_question", InterviewDefQuestionWrite, |c| c
        .update_interview_def_question());
}

#[tokio::test]
async fn delete_interview_def_question() {
    delete_case!("interview_def_question", |c| c
        .delete_interview_def_question());
}

#[tokio::test]
async fn select_interview_def_response() {
    select_case!("interview_def_response", |c| c
        .select_interview_def_response());
}

#[tokio::test]
async fn insert_interview_def_response() {
    insert_case!(InterviewDefResponseWrite, |c| c
        .insert_interview_def_response());
}

#[tokio::test]
async fn update_interview_def_response() {
    update_case!("interview_def_response", InterviewDefResponseWrite, |c| c
        .update_interview_def_response());
}

#[tokio::test]
async fn delete_interview_def_response() {
    delete_case!("interview_def_response", |c| c
        .delete_interview_def_response());
}

#[tokio::test]
async fn select_interview_file() {
    select_case!("interview_file", |c| c.select_interview_file());
}

#[tokio::test]
async fn insert_interview_file() {
    insert_case!(InterviewFileWrite, |c| c.insert_interview_file());
}

#[tokio::test]
async fn update_interview_file() {
    update_case!("interview_file", InterviewFileWrite, |c| c
        .update_interview_file());
}

#[tokio::test]
async fn delete_interview_file() {
    delete_case!("interview_file", |c| c.delete_interview_file());
}

#[tokio::test]
async fn select_interview_file_page() {
    select_case!("interview_file_page", |c| c.select_interview_file_page());
}

#[tokio::test]
async fn insert_interview_file_page() {
    insert_case!(InterviewFilePageWrite, |c| c.insert_interview_file_page());
}

#[tokio::test]
async fn update_interview_file_page() {
    update_case!("interview_file_page", InterviewFilePageWrite, |c| c
        .update_interview_file_page());
}

#[tokio::test]
async fn delete_interview_file_page() {
    delete_case!("interview_file_page", |c| c.delete_interview_file_page());
}

#[tokio::test]
async fn select_interview_result() {
    select_case!("interview_result", |c| c.select_interview_result());
}

#[tokio::test]
async fn insert_interview_result() {
    insert_case!(InterviewResultWrite, |c| c.insert_interview_result());
}

#[tokio::test]
async fn update_interview_result() {
    update_case!("interview_result", InterviewResultWrite, |c| c
        .update_interview_result());
}

#[tokio::test]
async fn delete_interview_result() {
    delete_case!("interview_result", |c| c.delete_interview_result());
}

#[tokio::test]
async fn select_interview_templates() {
    select_case!("interview_templates", |c| c.select_interview_templates());
}

#[tokio::test]
async fn insert_interview_templates() {
    insert_case!(InterviewTemplatesWrite, |c| c.insert_interview_templates());
}

#[tokio::test]
async fn update_interview_templates() {
    update_case!("interview_templates", InterviewTemplatesWrite, |c| c
        .update_interview_templates());
}

#[tokio::test]
async fn delete_interview_templates() {
    delete_case!("interview_templates", |c| c.delete_interview_templates());
}

#[tokio::test]
async fn select_interview_result_question() {
    select_case!("interview_result_question", |c| c
        .select_interview_result_question());
}

#[tokio::test]
async fn insert_interview_result_question() {
    insert_case!(InterviewResultQuestionWrite, |c| c
        .insert_interview_result_question());
}

#[tokio::test]
async fn update_interview_result_question() {
    update_case!(
        "interview_result_question",
        InterviewResultQuestionWrite,
        |c| c.update_interview_result_question()
    );
}

#[tokio::test]
async fn delete_interview_result_question() {
    delete_case!("interview_result_question", |c| c
        .delete_interview_result_question());
}

#[tokio::test]
async fn select_interview_result_pre_screening() {
    select_case!("interview_result_pre_screening", |c| c
        .select_interview_result_pre_screening());
}

#[tokio::test]
async fn insert_interview_result_pre_screening() {
    insert_case!(InterviewResultPreScreeningWrite, |c| c
        .insert_interview_result_pre_screening());
}

#[tokio::test]
async fn update_interview_result_pre_screening() {
    update_case!(
        "interview_result_pre_screening",
        InterviewResultPreScreeningWrite,
        |c| c.update_interview_result_pre_screening()
    );
}

#[tokio::test]
async fn delete_interview_result_pre_screening() {
    delete_case!("interview_result_pre_screening", |c| c
        .delete_interview_result_pre_screening());
}

#[tokio::test]
async fn select_knowledge_base() {
    select_case!("knowledge_base", |c| c.select_knowledge_base());
}

#[tokio::test]
async fn insert_knowledge_base() {
    insert_case!(KnowledgeBaseWrite, |c| c.insert_knowledge_base());
}

#[tokio::test]
async fn update_knowledge_base() {
    update_case!("knowledge_base", KnowledgeBaseWrite, |c| c
        .update_knowledge_base());
}

#[tokio::test]
async fn delete_knowledge_base() {
    delete_case!("knowledge_base", |c| c.delete_knowledge_base());
}

#[tokio::test]
async fn select_knowledge_base_store() {
    select_case!("knowledge_base_store", |c| c.select_knowledge_base_store());
}

#[tokio::test]
async fn insert_knowledge_base_store() {
    insert_case!(KnowledgeBaseStoreWrite, |c| c.insert_knowledge_base_store());
}

#[tokio::test]
async fn update_knowledge_base_store() {
    update_case!("knowledge_base_store", KnowledgeBaseStoreWrite, |c| c
        .update_knowledge_base_store());
}

#[tokio::test]
async fn delete_knowledge_base_store() {
    delete_case!("knowledge_base_store", |c| c.delete_knowledge_base_store());
}

#[tokio::test]
async fn select_knowledge_base_chunks() {
    select_case!("knowledge_base_chunks", |c| c
        .select_knowledge_base_chunks());
}

#[tokio::test]
async fn insert_knowledge_base_chunks() {
    insert_case!(KnowledgeBaseChunksWrite, |c| c
        .insert_knowledge_base_chunks());
}

#[tokio::test]
async fn update_knowledge_base_chunks() {
    update_case!("knowledge_base_chunks", KnowledgeBaseChunksWrite, |c| c
        .update_knowledge_base_chunks());
}

#[tokio::test]
async fn delete_knowledge_base_chunks() {
    delete_case!("knowledge_base_chunks", |c| c
        .delete_knowledge_base_chunks());
}

#[tokio::test]
async fn select_position_def_set() {
    select_case!("position_def_set", |c| c.select_position_def_set());
}

#[tokio::test]
async fn insert_position_def_set() {
    insert_case!(PositionDefSetWrite, |c| c.insert_position_def_set());
}

#[tokio::test]
async fn update_position_def_set() {
    update_case!("position_def_set", PositionDefSetWrite, |c| c
        .update_position_def_set());
}

#[tokio::test]
async fn delete_position_def_set() {
    delete_case!("position_def_set", |c| c.delete_position_def_set());
}

#[tokio::test]
async fn select_position_def_step() {
    select_case!("position_def_step", |c| c.select_position_def_step());
}

#[tokio::test]
async fn insert_position_def_step() {
    insert_case!(PositionDefStepWrite, |c| c.insert_position_def_step());
}

#[tokio::test]
async fn update_position_def_step() {
    update_case!("position_def_step", PositionDefStepWrite, |c| c
        .update_position_def_step());
}

#[tokio::test]
async fn delete_position_def_step() {
    delete_case!("position_def_step", |c| c.delete_position_def_step());
}

#[tokio::test]
async fn select_position_result() {
    select_case!("position_result", |c| c.select_position_result());
}

#[tokio::test]
async fn insert_position_result() {
    insert_case!(PositionResultWrite, |c| c.insert_position_result());
}

#[tokio::test]
async fn update_position_result() {
    update_case!("position_result", PositionResultWrite, |c| c
        .update_position_result());
}

#[tokio::test]
async fn delete_position_result() {
    delete_case!("position_result", |c| c.delete_position_result());
}

#[tokio::test]
async fn select_position_result_step() {
    select_case!("position_result_step", |c| c.select_position_result_step());
}

#[tokio::test]
async fn insert_position_result_step() {
    insert_case!(PositionResultStepWrite, |c| c.insert_position_result_step());
}

#[tokio::test]
async fn update_position_result_step() {
    update_case!("position_result_step", PositionResultStepWrite, |c| c
        .update_position_result_step());
}

#[tokio::test]
async fn delete_position_result_step() {
    delete_case!("position_result_step", |c| c.delete_position_result_step());
}

#[tokio::test]
async fn select_profile() {
    select_case!("profile", |c| c.select_profile());
}

#[tokio::test]
async fn insert_profile() {
    insert_case!(ProfileWrite, |c| c.insert_profile());
}

#[tokio::test]
async fn update_profile() {
    update_case!("profile", ProfileWrite, |c| c.update_profile());
}

#[tokio::test]
async fn delete_profile() {
    delete_case!("profile", |c| c.delete_profile());
}

#[tokio::test]
async fn select_profile_interview() {
    select_case!("profile_interview", |c| c.select_profile_interview());
}

#[tokio::test]
async fn insert_profile_interview() {
    insert_case!(ProfileInterviewWrite, |c| c.insert_profile_interview());
}

#[tokio::test]
async fn update_profile_interview() {
    update_case!("profile_interview", ProfileInterviewWrite, |c| c
        .update_profile_interview());
}

#[tokio::test]
async fn delete_profile_interview() {
    delete_case!("profile_interview", |c| c.delete_profile_interview());
}

// The session life cycle.

#[tokio::test]
async fn sign_in_with_password() {
    let target = Target::new(Which::Tables).await;
    let (email, password) = target.tables_credentials();
    let response = target
        .auth()
        .sign_in_with_password()
        .apikey(target.anon_key())
        .body(auth::PasswordGrant {
            email: email.clone(),
            password,
        })
        .send()
        .await
        .expect("the configured user signs in");
    assert_eq!(response.status().as_u16(), 200);
    let session = response.into_inner();
    assert!(!session.access_token.is_empty());
    assert!(!session.refresh_token.is_empty());
    assert_eq!(session.token_type.as_deref(), Some("bearer"));
    assert!(session.expires_in > 0);
    let now = chrono::Utc::now().timestamp();
    assert!(session.expires_at.is_some_and(|at| at > now));
    let user = session.user.expect("the session names its user");
    assert_eq!(user.email.as_deref(), Some(email.as_str()));
    if target.control().is_some() {
        assert_eq!(
            session.expires_in, 3600,
            "the mock's default token lifetime"
        );
    }
}

#[tokio::test]
async fn a_wrong_password_is_invalid_grant() {
    let target = Target::new(Which::Tables).await;
    let (email, _) = target.tables_credentials();
    let result = target
        .auth()
        .sign_in_with_password()
        .apikey(target.anon_key())
        .body(auth::PasswordGrant {
            email,
            password: "not-the-password".into(),
        })
        .send()
        .await;
    let (status, error) = failure(result);
    assert_eq!(status, 400);
    assert_eq!(error.error.as_deref(), Some("invalid_grant"));
}

#[tokio::test]
async fn refresh_session() {
    let s = Signed::new().await;
    let anonymous = s.target.auth();
    let refresh = || {
        anonymous
            .refresh_session()
            .apikey(s.target.anon_key())
            .body(auth::RefreshTokenGrant {
                refresh_token: s.session.refresh_token.clone(),
            })
    };
    let response = refresh().send().await.expect("the refresh token is live");
    assert_eq!(response.status().as_u16(), 200);
    let renewed = response.into_inner();
    assert_ne!(renewed.access_token, s.session.access_token);
    assert_ne!(renewed.refresh_token, s.session.refresh_token);
    let rows = s
        .target
        .tables(Some(&renewed.access_token))
        .select_profile()
        .limit(1_u64)
        .send()
        .await
        .expect("the new access token works");
    assert_eq!(rows.status().as_u16(), 200);

    // Supabase rotates refresh tokens: the first one is spent now.
    let (status, error) = failure(refresh().send().await);
    assert_eq!(status, 400);
    assert_eq!(error.error.as_deref(), Some("invalid_grant"));
}

#[tokio::test]
async fn a_missing_or_wrong_apikey_is_401() {
    let s = Signed::new().await;
    let bare = s.target.http_with(Some(&s.session.access_token), &[]);
    let response = bare
        .get(s.url("profile"))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status().as_u16(), 401);

    let wrong = s
        .target
        .http_with(Some(&s.session.access_token), &[("apikey", "wrong-key")]);
    let response = wrong
        .get(s.url("profile"))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status().as_u16(), 401);

    let (email, password) = s.target.tables_credentials();
    let response = s
        .target
        .http_with(None, &[])
        .post(format!(
            "{}/auth/v1/token?grant_type=password",
            s.target.base_url
        ))
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status().as_u16(), 401);
}

#[tokio::test]
async fn a_missing_or_unknown_bearer_is_401() {
    let target = Target::new(Which::Tables).await;
    let (status, _) = failure(target.tables(None).select_profile().send().await);
    assert_eq!(status, 401);
    let (status, _) = failure(
        target
            .tables(Some("not-a-token-anyone-issued"))
            .select_profile()
            .send()
            .await,
    );
    assert_eq!(status, 401);
}

#[tokio::test]
async fn an_expired_token_is_401_until_refreshed() {
    let s = Signed::new().await;
    let Some(control) = s.target.control() else {
        return;
    };
    s.client
        .select_profile()
        .send()
        .await
        .expect("a fresh token works");
    let expired = control.ok("POST", "tables/expire", None).await;
    assert_eq!(expired["expired"], 1);
    let (status, error) = failure(s.client.select_profile().send().await);
    assert_eq!(status, 401);
    assert_eq!(error.message.as_deref(), Some("JWT expired"));

    let renewed = s
        .target
        .auth()
        .refresh_session()
        .apikey(s.target.anon_key())
        .body(auth::RefreshTokenGrant {
            refresh_token: s.session.refresh_token.clone(),
        })
        .send()
        .await
        .expect("refresh still works after the access token expired")
        .into_inner();
    let response = s
        .target
        .tables(Some(&renewed.access_token))
        .select_profile()
        .send()
        .await
        .expect("the refreshed token works");
    assert_eq!(response.status().as_u16(), 200);
}

// PostgREST behaviour, over four `interview_result` rows tagged with a fresh
// `candidate_external_id` so other rows on a shared server do not interfere.

struct Results {
    s: Signed,
    tag: String,
    a: String,
    b: String,
    c: String,
    d: String,
}

impl Results {
    async fn new() -> Results {
        let s = Signed::new().await;
        let tag = unique_id();
        let [a, b, c, d] = [unique_id(), unique_id(), unique_id(), unique_id()];
        s.insert_json(
            "interview_result",
            json!([
                { "id": a, "candidate_external_id": tag, "score": 1.5, "status": "draft",
                  "is_test": true, "ai_analysis": "Strong Rust skills" },
                { "id": b, "candidate_external_id": tag, "score": 3, "status": "active",
                  "is_test": false, "ai_analysis": "weak communication" },
                { "id": c, "candidate_external_id": tag, "score": 4.5, "status": "active",
                  "is_test": null, "ai_analysis": null },
                { "id": d, "candidate_external_id": tag, "score": null, "status": "archived",
                  "is_test": false, "ai_analysis": "Rust and Go" },
            ]),
        )
        .await;
        Results { s, tag, a, b, c, d }
    }

    /// The ids matching `query` among the four rows, in the server's order.
    async fn ids(&self, query: &[(&str, &str)]) -> Vec<String> {
        let tag = format!("eq.{}", self.tag);
        let mut all = vec![("candidate_external_id", tag.as_str())];
        all.extend_from_slice(query);
        self.s.ids("interview_result", &all).await
    }

    /// Like [`Results::ids`], sorted, for filters whose order does not matter.
    async fn set(&self, query: &[(&str, &str)]) -> Vec<String> {
        let mut ids = self.ids(query).await;
        ids.sort();
        ids
    }

    fn sorted(&self, ids: &[&String]) -> Vec<String> {
        let mut out: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
        out.sort();
        out
    }
}

#[tokio::test]
async fn every_filter_operator() {
    let r = Results::new().await;
    let (a, b, c, d) = (&r.a, &r.b, &r.c, &r.d);
    let cases: Vec<(&str, &str, Vec<&String>)> = vec![
        ("status", "eq.active", vec![b, c]),
        ("status", "neq.active", vec![a, d]),
        ("score", "gt.3", vec![c]),
        ("score", "gte.3", vec![b, c]),
        ("score", "lt.3", vec![a]),
        ("score", "lte.3", vec![a, b]),
        ("ai_analysis", "like.*Rust*", vec![a, d]),
        ("ai_analysis", "like.*rust*", vec![]),
        ("ai_analysis", "ilike.*rust*", vec![a, d]),
        ("ai_analysis", "ilike.WEAK%", vec![b]),
        ("is_test", "is.null", vec![c]),
        ("is_test", "is.true", vec![a]),
        ("is_test", "is.false", vec![b, d]),
        ("status", "in.(draft,\"archived\")", vec![a, d]),
        ("status", "not.eq.active", vec![a, d]),
        ("score", "not.in.(1.5,3)", vec![c]),
        ("is_test", "not.is.null", vec![a, b, d]),
    ];
    for (column, filter, expected) in cases {
        assert_eq!(
            r.set(&[(column, filter)]).await,
            r.sorted(&expected),
            "{column}={filter}"
        );
    }
    // Two filters on one column both apply.
    assert_eq!(
        r.set(&[("score", "gt.1"), ("score", "lt.4")]).await,
        r.sorted(&[a, b])
    );
}

#[tokio::test]
async fn order_limit_offset_and_range() {
    let r = Results::new().await;
    let (a, b, c, d) = (r.a.as_str(), r.b.as_str(), r.c.as_str(), r.d.as_str());
    let order = |o: &'static str| [("order", o)];
    assert_eq!(r.ids(&order("score.desc.nullslast")).await, [c, b, a, d]);
    // Descending puts nulls first unless told otherwise, as in PostgreSQL.
    assert_eq!(r.ids(&order("score.desc")).await, [d, c, b, a]);
    assert_eq!(r.ids(&order("score.asc.nullsfirst")).await, [d, a, b, c]);
    assert_eq!(r.ids(&order("score")).await, [a, b, c, d]);
    assert_eq!(r.ids(&order("status.asc,score.desc")).await, [c, b, d, a]);
    assert_eq!(
        r.ids(&[("order", "score"), ("limit", "2"), ("offset", "1")])
            .await,
        [b, c]
    );
    let tag = format!("eq.{}", r.tag);
    let ranged = |range: &'static str| {
        let tag = tag.clone();
        let s = &r.s;
        async move {
            let (status, headers, body) = s
                .get(
                    "interview_result",
                    &[("candidate_external_id", tag.as_str()), ("order", "score")],
                    &[("Range", range), ("Range-Unit", "items")],
                )
                .await;
            assert_eq!(status, 200, "Range {range}: {body}");
            let content_range = headers
                .get("content-range")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            (ids(&body), content_range)
        }
    };
    assert_eq!(
        ranged("1-2").await,
        (vec![b.to_string(), c.to_string()], "1-2/*".to_string())
    );
    assert_eq!(
        ranged("2-").await,
        (vec![c.to_string(), d.to_string()], "2-3/*".to_string())
    );
}

#[tokio::test]
async fn select_names_the_columns() {
    let r = Results::new().await;
    let tag = format!("eq.{}", r.tag);
    let (status, _, body) =
        r.s.get(
            "interview_result",
            &[
                ("candidate_external_id", tag.as_str()),
                ("select", "id,status"),
            ],
            &[],
        )
        .await;
    assert_eq!(status, 200);
    let rows = body.as_array().expect("rows");
    assert_eq!(rows.len(), 4);
    for row in rows {
        let mut keys: Vec<&String> = row.as_object().expect("a row").keys().collect();
        keys.sort();
        assert_eq!(keys, ["id", "status"]);
    }
    // The typed client decodes the narrowed rows too.
    let rows =
        r.s.client
            .select_interview_result()
            .candidate_external_id(tag.as_str())
            .select("id,score")
            .order("score.asc")
            .send()
            .await
            .expect("select answers")
            .into_inner();
    assert_eq!(rows[0].score, Some(1.5));
    assert_eq!(rows[0].status, None);
}

#[tokio::test]
async fn count_exact_fills_content_range() {
    let r = Results::new().await;
    let tag = format!("eq.{}", r.tag);
    let response =
        r.s.client
            .select_interview_result()
            .candidate_external_id(tag.as_str())
            .order("score")
            .limit(2_u64)
            .prefer("count=exact")
            .send()
            .await
            .expect("select answers");
    // A partial range with a known total is partial content.
    assert_eq!(response.status().as_u16(), 206);
    assert_eq!(response.headers()["content-range"], "0-1/4");
    assert_eq!(response.into_inner().len(), 2);

    let response =
        r.s.client
            .select_interview_result()
            .candidate_external_id(tag.as_str())
            .prefer("count=exact")
            .send()
            .await
            .expect("select answers");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-range"], "0-3/4");

    let response =
        r.s.client
            .select_interview_result()
            .candidate_external_id(tag.as_str())
            .status("eq.no-such-status")
            .prefer("count=exact")
            .send()
            .await
            .expect("select answers");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-range"], "*/0");
    assert!(response.into_inner().is_empty());
}

#[tokio::test]
async fn unknown_columns_are_400_naming_them() {
    let s = Signed::new().await;
    for (query, name) in [
        (("select", "id,no_such_column"), "no_such_column"),
        (("order", "no_such_order.desc"), "no_such_order"),
        (("no_such_filter", "eq.1"), "no_such_filter"),
    ] {
        let (status, _, body) = s.get("interview_result", &[query], &[]).await;
        assert_eq!(status, 400, "{query:?}: {body}");
        let message = body["message"].as_str().unwrap_or("");
        assert!(message.contains(name), "{query:?}: {message}");
    }
}

#[tokio::test]
async fn a_filter_of_the_wrong_type_is_400_naming_the_column() {
    let s = Signed::new().await;
    let (status, _, body) = s.get("interview_result", &[("score", "gt.abc")], &[]).await;
    assert_eq!(status, 400, "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("score"));
    let (status, _, body) = s
        .get("interview_result", &[("is_test", "eq.maybe")], &[])
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(body["message"].as_str().unwrap_or("").contains("is_test"));
}

#[tokio::test]
async fn return_representation_versus_minimal() {
    let s = Signed::new().await;
    let id = unique_id();
    let response = s
        .client
        .insert_profile_interview()
        .prefer("return=minimal")
        .body(vec![from_json::<types::ProfileInterviewWrite>(
            json!({ "id": id, "name": "Ada" }),
        )])
        .send()
        .await;
    // The spec declares a body for 201, so the typed client cannot decode an empty one; the
    // raw request shows what the server did.
    assert!(response.is_err(), "an empty 201 does not decode as rows");
    let rows = s
        .client
        .select_profile_interview()
        .id(format!("eq.{id}"))
        .send()
        .await
        .expect("select answers")
        .into_inner();
    assert_eq!(rows.len(), 1, "the minimal insert stored the row");
    assert_eq!(rows[0].name.as_deref(), Some("Ada"));

    let response = s
        .http()
        .post(s.url("profile_interview"))
        .header("Prefer", "return=minimal")
        .json(&json!([{ "id": unique_id() }]))
        .send()
        .await
        .expect("insert answers");
    assert_eq!(response.status().as_u16(), 201);
    assert!(response.bytes().await.expect("a body").is_empty());

    let id = unique_id();
    let rows = s
        .client
        .insert_profile_interview()
        .prefer(REPRESENTATION)
        .body(vec![from_json::<types::ProfileInterviewWrite>(
            json!({ "id": id, "name": "Grace" }),
        )])
        .send()
        .await
        .expect("insert answers")
        .into_inner();
    assert_eq!(rows[0].name.as_deref(), Some("Grace"));
    let created = rows[0].created_at.clone().expect("created_at is filled");
    assert!(
        chrono::DateTime::parse_from_rfc3339(&created).is_ok(),
        "{created}"
    );

    if s.target.control().is_some() {
        // The spec declares only the 200 with rows for update; the mock asks for it.
        let (status, error) = failure(
            s.client
                .update_profile_interview()
                .prefer("return=minimal")
                .id(format!("eq.{id}"))
                .body(from_json::<types::ProfileInterviewWrite>(
                    json!({ "name": "Hopper" }),
                ))
                .send()
                .await,
        );
        assert_eq!(status, 400);
        assert!(
            error
                .message
                .unwrap_or_default()
                .contains("return=representation")
        );
    }
    let rows = s
        .client
        .update_profile_interview()
        .prefer(REPRESENTATION)
        .id(format!("eq.{id}"))
        .select("id,name")
        .body(from_json::<types::ProfileInterviewWrite>(
            json!({ "name": "Hopper" }),
        ))
        .send()
        .await
        .expect("update answers")
        .into_inner();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].name.as_deref(), Some("Hopper"));
    assert_eq!(rows[0].created_at, None, "select narrowed the answer");
}

#[tokio::test]
async fn a_duplicate_id_is_409() {
    let s = Signed::new().await;
    let id = s.seed("profile").await;
    let (status, error) = failure(
        s.client
            .insert_profile()
            .prefer(REPRESENTATION)
            .body(vec![from_json::<types::ProfileWrite>(json!({ "id": id }))])
            .send()
            .await,
    );
    assert_eq!(status, 409);
    assert!(matches!(error.code, Some(types::ErrorCode::String(ref c)) if c == "23505"));
}

#[tokio::test]
async fn control_seeds_rows_and_counts_them() {
    let s = Signed::new().await;
    let Some(control) = s.target.control() else {
        return;
    };
    let seeded = control
        .ok(
            "POST",
            "tables/knowledge_base/rows",
            Some(json!([{ "id": "kb-1", "title": "Handbook" }, {}])),
        )
        .await;
    assert_eq!(seeded["inserted"], 2);
    assert!(looks_like_uuid(
        seeded["rows"][1]["id"].as_str().unwrap_or("")
    ));
    let rows = s
        .client
        .select_knowledge_base()
        .id("eq.kb-1")
        .send()
        .await
        .expect("select answers")
        .into_inner();
    // A column the spec does not list survives in the unknown-key map.
    assert_eq!(rows[0].extra["title"], "Handbook");
    let (status, _) = control
        .call("POST", "tables/no_such_table/rows", Some(json!([])))
        .await;
    assert_eq!(status, 404);
    let stats = control.ok("GET", "stats", None).await;
    assert_eq!(stats["tables"]["rows"]["knowledge_base"], 2);
    assert_eq!(stats["tables"]["sessions"], 1);
}
