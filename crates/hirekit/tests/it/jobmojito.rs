//! The JobMojito facade against hirekit-mock: every resource group with decoded fields, batch
//! outcomes per row, streaming through seeded results, reports as bytes, validation errors,
//! password sign-in, and session renewal under concurrency.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::TryStreamExt as _;
use hirekit::jobmojito::{
    AnalyticsQuery, AvatarQuery, CandidateQuery, Client, CreditUsageQuery, DetailsOptions,
    DirectoryQuery, Document, InterviewQuery, ResultQuery, ResumeFile, RowOutcome,
    SubMerchantQuery, types,
};
use hirekit::{ClientOptions, ErrorKind};
use hirekit_mock::{Config, MockServer, config};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::common::{self, TEMPLATE};

fn typed<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("the JSON matches the request type")
}

fn token_client(base_url: &str) -> Client {
    Client::builder()
        .token(config::DEMO_TOKEN)
        .options(ClientOptions::default().base_url(base_url))
        .build()
        .expect("client builds")
}

fn password_client(base_url: &str) -> Client {
    Client::builder()
        .password(config::DEFAULT_USER_EMAIL, config::DEFAULT_USER_PASSWORD)
        .anon_key(config::DEFAULT_ANON_KEY)
        .options(ClientOptions::default().base_url(base_url))
        .build()
        .expect("client builds")
}

async fn setup() -> (MockServer, Client) {
    let mock = MockServer::start().await.expect("mock starts");
    let client = token_client(&mock.base_url());
    (mock, client)
}

async fn control(mock: &MockServer, method: &str, path: &str, body: Value) -> Value {
    let http = reqwest::Client::new();
    let url = format!("{}/__mock/{path}", mock.base_url());
    let request = match method {
        "POST" => http.post(url).json(&body),
        _ => http.get(url),
    };
    let response = request.send().await.expect("control answers");
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    response.json().await.expect("control JSON")
}

async fn requests(mock: &MockServer, operation_id: &str) -> u64 {
    let body = control(
        mock,
        "GET",
        &format!("requests?operation_id={operation_id}"),
        Value::Null,
    )
    .await;
    body["count"].as_u64().expect("a count")
}

async fn interview(jm: &Client, name: &str) -> String {
    jm.interviews()
        .create_from_questions(typed::<types::JobInterviewCreateFromArrayRequest>(json!({
            "name": name,
            "location": "Remote",
            "interview_template_id": TEMPLATE,
            "mojito_language_code": "en",
            "description": "A facade-test interview.",
            "status": "active",
            "type": "interview",
            "visibility": "merchant_invite",
            "questions": [
                { "question": "What did you build last year?", "external_id": "q-1" },
                { "question": "How do you review code?", "external_id": "q-2" }
            ]
        })))
        .await
        .expect("create from questions")
        .interview_def_set_id
}

async fn scored_result(mock: &MockServer, interview_id: &str) -> types::InterviewResultId {
    let body = control(
        mock,
        "POST",
        "jobmojito/results",
        json!({ "interview_id": interview_id, "outcome": "result", "score": 7.5 }),
    )
    .await;
    // The control API answers the interview result id, the id the result operations take.
    types::InterviewResultId::from(body["result_id"].as_str().expect("result id").to_string())
}

#[tokio::test]
async fn interviews_are_created_read_changed_and_listed() {
    let (_mock, jm) = setup().await;
    let created = jm
        .interviews()
        .create(typed::<types::JobInterviewCreateRequest>(json!({
            "name": "Backend engineer",
            "location": "Amsterdam",
            "interview_template_id": TEMPLATE,
            "mojito_language_code": "en",
            "status": "draft",
            "type": "interview",
            "visibility": "merchant_invite",
            "is_embedded": true
        })))
        .await
        .expect("create");
    assert!(!created.interview_def_set_id.is_empty());
    assert!(created.embed_id.is_some());

    let id = interview(&jm, "Old name").await;
    let got = jm.interviews().get(&id).await.expect("get");
    assert_eq!(got.name.as_deref(), Some("Old name"));

    let updated = jm
        .interviews()
        .update(typed::<types::JobInterviewUpdateRequest>(json!({
            "position_id": id, "name": "New name", "code": "REQ-1"
        })))
        .await
        .expect("update");
    assert_eq!(updated.position_id, id);
    assert!(updated.updated_fields.contains(&"name".to_string()));
    assert_eq!(
        jm.interviews().get(&id).await.expect("get").code.as_deref(),
        Some("REQ-1")
    );

    // The generated clearing setter sends an explicit null; the fields left unset stay.
    jm.interviews()
        .update(
            types::JobInterviewUpdateRequest::builder()
                .position_id(id.clone())
                .clear_code(),
        )
        .await
        .expect("clear");
    let got = jm.interviews().get(&id).await.expect("get");
    assert_eq!(got.code, None);
    assert_eq!(got.name.as_deref(), Some("New name"));

    let state = jm
        .interviews()
        .set_state(typed::<types::JobInterviewSetStateRequest>(
            json!({ "position_id": id, "is_embedded": true }),
        ))
        .await
        .expect("set state");
    assert!(matches!(
        state,
        types::JobInterviewSetStateResponse::EmbedKey(_)
    ));

    let url = jm
        .interviews()
        .interview_url(typed::<types::JobInterviewTokenRequest>(
            json!({ "type": "interview-results-for-position", "interview_id": id }),
        ))
        .await
        .expect("signed url");
    assert!(url.starts_with("https://"), "a link");

    let persona = jm
        .interviews()
        .create_persona(typed::<types::PersonaCreateRequest>(json!({
            "name": "Difficult customer",
            "interview_template_id": "00000000-0008-4000-8000-000000000002",
            "mojito_language_code": "en",
            "status": "active",
            "visibility": "merchant_public",
            "persona_role_avatar": "A customer whose order arrived late",
            "persona_role_user": "A support agent"
        })))
        .await
        .expect("persona");
    assert!(!persona.interview_def_set_id.is_empty());

    let for_candidate = jm
        .interviews()
        .create_for_candidate(
            typed::<types::JobInterviewCreateForCandidateWithTokenRequest>(json!({
                "position_name": "Support specialist",
                "position_location": "Utrecht",
                "mojito_language_code": "en",
                "candidate_name": "Ada Testfield",
                "candidate_email": "ada.testfield@example.com",
                "candidate_country_code": "NL",
                "candidate_resume": "Five years of customer support in software companies."
            })),
        )
        .await
        .expect("create for candidate");
    assert!(for_candidate.interview_url.starts_with("https://"));

    let page = jm
        .interviews()
        .list(&InterviewQuery::new().limit(1))
        .await
        .expect("one page");
    assert_eq!(page.data.len(), 1);
    assert!(page.pagination.has_more);
    let all: Vec<types::MerchantInterviewListItem> = jm
        .interviews()
        .list_all(&InterviewQuery::new().limit(1))
        .try_collect()
        .await
        .expect("every definition");
    assert_eq!(all.len() as i64, page.pagination.total);
    assert!(all.iter().any(|d| d.id == id));
}

#[tokio::test]
async fn register_users_gives_one_outcome_per_row_in_order() {
    let (_mock, jm) = setup().await;
    let id = interview(&jm, "Batch").await;
    let rows = jm
        .interviews()
        .register_users(typed::<types::JobInterviewRegisterUsersRequest>(json!({
            "interview_id": id,
            "users": [
                { "name": "Bram Mockwood", "email": "bram@example.com", "external_id": "ext-1" },
                { "name": "Broken Row", "email": "not-an-email" },
                { "name": "Chidi Samplestone", "email": "Chidi@Example.com" }
            ]
        })))
        .await
        .expect("the batch is accepted");
    assert_eq!(rows.len(), 3);
    match &rows[0] {
        RowOutcome::Succeeded(row) => {
            assert_eq!(row.external_id.as_deref(), Some("ext-1"));
            // A succeeded row's link is not optional.
            assert!(row.interview_url.contains(&id));
        }
        other => panic!("row 0 should succeed: {other:?}"),
    }
    let failed = rows[1].error().expect("row 1 is refused");
    assert_eq!(failed.index, 1);
    assert!(failed.message.contains("email"), "{}", failed.message);
    assert!(!failed.message.starts_with("Error"));
    assert!(rows[2].is_success());
    let third = rows[2].succeeded().expect("row 2 is registered");
    assert_eq!(third.email.as_deref(), Some("chidi@example.com"));
    // The row's personal data stays out of Debug.
    assert!(!format!("{rows:?}").contains("bram@example.com"));

    let unknown = jm
        .interviews()
        .register_users(typed::<types::JobInterviewRegisterUsersRequest>(json!({
            "interview_id": "00000000-0001-4000-8000-0000000fffff",
            "users": [{ "email": "x@example.com" }]
        })))
        .await
        .expect_err("an unknown interview fails the call");
    assert_eq!(unknown.status(), Some(422));
    assert_eq!(unknown.field(), Some("interview_id"));
}

#[tokio::test]
async fn results_details_reports_and_attempts() {
    let (mock, jm) = setup().await;
    let id = interview(&jm, "Details").await;
    let result = scored_result(&mock, &id).await;

    let details = jm
        .results()
        .details_with(&result, &DetailsOptions::new().signed_recordings(true))
        .await
        .expect("details");
    assert_eq!(details.score, Some(7.5));
    assert!(matches!(
        details.status,
        Some(types::CoachStatusValue::CoachStatus(
            types::CoachStatus::Completed
        ))
    ));
    assert!(details.start.is_some_and(|start| details.end > Some(start)));
    assert!(details.recording_url.is_some());
    assert_eq!(details.transcript.len(), 4);

    let pdf = jm.results().report_pdf(&result).await.expect("pdf");
    assert_eq!(pdf.media_type, "application/pdf");
    assert!(pdf.bytes.starts_with(b"%PDF-"), "{pdf:?}");
    let html = jm.results().report_html(&result).await.expect("html");
    assert!(String::from_utf8_lossy(&html.bytes).contains("<"));
    let bad = jm
        .results()
        .report_pdf(&types::InterviewResultId::from("not-a-uuid".to_string()))
        .await
        .expect_err("not a UUID");
    assert_eq!(bad.kind(), ErrorKind::InvalidInput);
    assert_eq!(bad.field(), Some("interview_result_id"));
    // The id type keeps any text; every result operation refuses a non-UUID before sending.
    let not_a_uuid = types::InterviewResultId::from("not-a-uuid".to_string());
    let before = requests(&mock, "get_interview_result_details").await;
    let bad = jm
        .results()
        .details(&not_a_uuid)
        .await
        .expect_err("not a UUID");
    assert_eq!(bad.kind(), ErrorKind::InvalidInput);
    assert_eq!(bad.field(), Some("interview_result_id"));
    assert_eq!(
        requests(&mock, "get_interview_result_details").await,
        before
    );
    let bad = jm
        .results()
        .request_another_attempt(&not_a_uuid)
        .await
        .expect_err("not a UUID");
    assert_eq!(bad.kind(), ErrorKind::InvalidInput);
    assert_eq!(bad.field(), Some("interview_result_id"));

    let answer = jm
        .results()
        .request_another_attempt(&result)
        .await
        .expect("another attempt");
    assert!(answer.0.is_empty(), "an empty object");
    let again = jm
        .results()
        .request_another_attempt(&result)
        .await
        .expect_err("the result is a draft again");
    assert_eq!(again.status(), Some(409));

    let analytics = jm
        .results()
        .analytics(&AnalyticsQuery::new("2026-01-01", "2026-01-07"))
        .await
        .expect("analytics");
    assert!(!analytics.data.is_empty());
    assert!(analytics.data.iter().all(|d| d.event_number > 0.0));
    let days: Vec<types::MerchantAnalyticsItem> = jm
        .results()
        .analytics_all(&AnalyticsQuery::new("2026-01-01", "2026-01-07").limit(2))
        .try_collect()
        .await
        .expect("every day");
    assert_eq!(days.len() as i64, analytics.pagination.total);

    let credits = jm
        .results()
        .credit_usage(&CreditUsageQuery::new().limit(2))
        .await
        .expect("credits");
    assert_eq!(credits.data.len(), 2);
    assert!(credits.data[0].event_date >= credits.data[1].event_date);
}

#[tokio::test]
async fn the_results_stream_reads_every_seeded_result_once_in_order_page_by_page() {
    let (mock, jm) = setup().await;
    let id = interview(&jm, "Paged results").await;
    control(
        &mock,
        "POST",
        "jobmojito/results/seed",
        json!({ "interview_id": id, "count": 1050 }),
    )
    .await;
    let query = ResultQuery::new().interview_id(id.as_str()).limit(100);
    let before = requests(&mock, "list_interview_results").await;
    let streamed: Vec<types::PositionResultId> = jm
        .results()
        .list_all(&query)
        .map_ok(|row| row.id)
        .try_collect()
        .await
        .expect("every result");
    let pages = requests(&mock, "list_interview_results").await - before;
    assert_eq!(streamed.len(), 1050);
    assert_eq!(pages, 11, "ten full pages and one of 50, one request each");
    let unique: BTreeSet<&types::PositionResultId> = streamed.iter().collect();
    assert_eq!(unique.len(), 1050, "no result twice");

    // The same order as reading the pages by hand.
    let mut by_hand = Vec::new();
    for offset in [0, 1000] {
        let page = jm
            .results()
            .list(&query.clone().limit(1000).offset(offset))
            .await
            .expect("page");
        by_hand.extend(page.data.into_iter().map(|row| row.id));
    }
    assert_eq!(streamed, by_hand);

    // A stream of pages stops after the page without more.
    let sizes: Vec<usize> = jm
        .results()
        .list_pages(&query)
        .map_ok(|page| page.data.len())
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(sizes.len(), 11);
    assert_eq!(sizes.last(), Some(&50));
}

#[tokio::test]
async fn candidates_are_listed() {
    let (_mock, jm) = setup().await;
    let id = interview(&jm, "Candidates").await;
    jm.interviews()
        .register_users(typed::<types::JobInterviewRegisterUsersRequest>(json!({
            "interview_id": id,
            "users": [
                { "name": "Dana Exampleton", "email": "dana@example.com" },
                { "name": "Emil Fakir", "email": "emil@example.com" }
            ]
        })))
        .await
        .expect("register");
    let query = CandidateQuery::new().filter_text("dana");
    assert!(!format!("{query:?}").contains("dana"));
    let page = jm.candidates().list(&query).await.expect("candidates");
    assert_eq!(page.pagination.total, 1);
    assert_eq!(page.data[0].email.as_deref(), Some("dana@example.com"));
    let all: Vec<types::MerchantCandidateListItem> = jm
        .candidates()
        .list_all(&CandidateQuery::new().limit(1))
        .try_collect()
        .await
        .expect("all");
    assert_eq!(all.len(), 2);
}

#[tokio::test]
async fn knowledge_base_and_pre_screening_uploads_go_out_as_multipart() {
    let (_mock, jm) = setup().await;
    let document = Document::new(
        "d9d6f121-1230-48fd-b3a7-8b5a1e8db052",
        "handbook.txt",
        "text/plain",
        &b"Our onboarding handbook."[..],
    )
    .name("handbook.txt");
    let stored = jm.knowledge_base().upload(&document).await.expect("upload");
    assert!(!stored.knowledge_base_id.is_empty());

    let position = jm
        .pre_screening()
        .upsert(typed::<types::PreScreeningCreateRequest>(json!({
            "position_name": "Forklift driver",
            "position_location": "Venlo",
            "position_country_code": "NL",
            "mojito_language_code": "en"
        })))
        .await
        .expect("position");
    assert_eq!(position.created, Some(true));
    let position = position.position_def_set_id.expect("position id");

    let text = jm
        .pre_screening()
        .resume_text(typed::<types::PreScreeningResumeTextRequest>(json!({
            "position_id": position,
            "candidate_name": "Farah Placeholm",
            "candidate_email": "farah@example.com",
            "candidate_resume": "Ten years driving forklifts in large distribution centres, \
                certified for hazardous goods, team lead for night shifts."
        })))
        .await
        .expect("screen text");
    let types::PreScreeningResumeTextResponse::ResumeTextResult(text) = text else {
        panic!("a first screening is a result");
    };
    assert!(text.success);

    let resume = ResumeFile::new(
        position.clone(),
        "Goran Demoy",
        "goran@example.com",
        "resume.txt",
        "text/plain",
        &b"Short resume."[..],
    )
    .form(json!({ "education": "vocational", "age": 30 }).to_string());
    assert!(!format!("{resume:?}").contains("goran"));
    let screened = jm
        .pre_screening()
        .resume_file(&resume)
        .await
        .expect("screen file");
    let types::PreScreeningResumeBinaryResponse::Success(success) = screened else {
        panic!("expected a screening result");
    };
    assert!(success.success);
    assert!(!success.interview_file_id.is_empty());
}

#[tokio::test]
async fn admin_operations() {
    let (_mock, jm) = setup().await;
    let id = interview(&jm, "Invites").await;
    let rows = jm
        .admin()
        .invite_users(typed::<types::InviteUsersRequest>(json!({
            "users": [
                { "email": "lead@example.com", "name": "Team lead", "type": "merchant" },
                { "email": "cand@example.com", "type": "candidate", "interview_id": id },
                { "email": "broken" }
            ]
        })))
        .await
        .expect("invite");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].row().result.as_deref(), Some("Invited"));
    assert!(rows[1].is_success());
    let failed = rows[2].error().expect("row 2 refused");
    assert_eq!(failed.index, 2);
    assert_eq!(failed.row.email, "broken");

    let subs = jm
        .admin()
        .sub_merchants(&SubMerchantQuery::new())
        .await
        .expect("sub-merchants");
    assert!(!subs.data.is_empty());
    let avatars = jm
        .admin()
        .avatars(&AvatarQuery::new())
        .await
        .expect("avatars");
    assert!(
        avatars
            .data
            .iter()
            .all(|a| a.status.as_deref() != Some("archived"))
    );
    let status = jm.admin().status().await.expect("status");
    assert!(!status.merchant_id.is_empty());
    assert_eq!(status.candidates_history.len(), 14);
    let languages = jm.admin().languages().await.expect("languages");
    assert!(languages.languages.iter().any(|l| l.code == "en"));
}

#[tokio::test]
async fn the_coaching_catalogue() {
    let (_mock, jm) = setup().await;
    let created = jm
        .catalogue()
        .create(typed::<types::CatalogueTagCreateRequest>(json!({
            "id": "support-coaching",
            "name": "Support",
            "description": "Sessions for practice.",
            "status": "active",
            "tags_interview_set_filter": ["sales"]
        })))
        .await
        .expect("create");
    assert_eq!(created.id, "support-coaching");
    let updated = jm
        .catalogue()
        .update(typed::<types::CatalogueTagUpdateRequest>(
            json!({ "id": "support-coaching", "name": "Support coaching" }),
        ))
        .await
        .expect("update");
    assert_eq!(updated.updated_fields, vec!["name"]);
    jm.catalogue()
        .update(
            types::CatalogueTagUpdateRequest::builder()
                .id("support-coaching")
                .clear_description(),
        )
        .await
        .expect("clear");
    let got = jm.catalogue().get("support-coaching").await.expect("get");
    assert_eq!(got.name.as_deref(), Some("Support coaching"));
    assert_eq!(got.description, None);
    let listed: Vec<types::CatalogueTagListItem> = jm
        .catalogue()
        .list_all(&DirectoryQuery::new().include_public(false))
        .try_collect()
        .await
        .expect("list");
    assert!(listed.iter().any(|d| d.id == "support-coaching"));
}

#[tokio::test]
async fn a_422_names_the_field() {
    let (_mock, jm) = setup().await;
    let error = jm
        .pre_screening()
        .upsert(typed::<types::PreScreeningCreateRequest>(
            json!({ "position_name": "No location" }),
        ))
        .await
        .expect_err("incomplete");
    assert_eq!(error.status(), Some(422));
    assert!(error.is_validation());
    assert_eq!(error.field(), Some("position_location"));
    assert_eq!(error.operation_id(), Some("upsert_pre_screening"));

    let over = jm
        .results()
        .list(&ResultQuery::new().limit(1001))
        .await
        .expect_err("limit too large");
    assert_eq!(over.field(), Some("limit"));
}

#[tokio::test]
async fn password_sign_in_through_auth_v1() {
    let mock = MockServer::start().await.expect("mock starts");
    let jm = password_client(&mock.base_url());
    let status = jm.admin().status().await.expect("signed in");
    assert!(!status.merchant_id.is_empty());
    jm.admin().languages().await.expect("same session");
    assert_eq!(requests(&mock, "sign_in_with_password").await, 1);
    assert_eq!(requests(&mock, "refresh_session").await, 0);

    let wrong = Client::builder()
        .password(config::DEFAULT_USER_EMAIL, "wrong-password")
        .anon_key(config::DEFAULT_ANON_KEY)
        .options(ClientOptions::default().base_url(mock.base_url()))
        .build()
        .expect("builds");
    let error = wrong.admin().languages().await.expect_err("refused");
    assert!(error.is_auth(), "{error}");
    assert!(!error.to_string().contains("wrong-password"));
}

async fn fifty_concurrent_calls(jm: &Client) {
    let calls = (0..50).map(|_| {
        let jm = jm.clone();
        tokio::spawn(async move { jm.admin().languages().await })
    });
    let outcomes = futures_util::future::join_all(calls).await;
    for outcome in outcomes {
        outcome.expect("task").expect("every call succeeds");
    }
}

#[tokio::test]
async fn an_expiring_session_is_renewed_once_under_fifty_concurrent_calls() {
    let mock = MockServer::start_with(
        Config {
            // Renewal starts 60 s before expiry: this session is due 3 s after it starts, and
            // so is its successor, which leaves the 50 calls a 3 s window to share one renewal.
            token_lifetime: Duration::from_secs(63),
            ..Config::default()
        },
        0,
    )
    .await
    .expect("mock starts");
    let jm = password_client(&mock.base_url());
    jm.admin().languages().await.expect("signed in");
    tokio::time::sleep(Duration::from_millis(3100)).await;
    fifty_concurrent_calls(&jm).await;
    assert_eq!(requests(&mock, "sign_in_with_password").await, 1);
    assert_eq!(requests(&mock, "refresh_session").await, 1, "one renewal");
    assert_eq!(requests(&mock, "list_languages").await, 51);
}

/// A byte-level forwarder in front of the mock that notes every bearer token passing through,
/// so the test can revoke the token the client actually holds.
async fn sniffing_forwarder(target: std::net::SocketAddr) -> (String, Arc<Mutex<Vec<String>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let noted = seen.clone();
    let base_url = common::forwarder(target, move |chunk| {
        let text = String::from_utf8_lossy(chunk);
        for line in text.split("\r\n") {
            if let Some(token) = line
                .strip_prefix("authorization: Bearer ")
                .or_else(|| line.strip_prefix("Authorization: Bearer "))
            {
                noted.lock().expect("lock").push(token.to_string());
            }
        }
    })
    .await;
    (base_url, seen)
}

#[tokio::test]
async fn a_revoked_session_is_renewed_once_under_fifty_concurrent_calls() {
    let mock = MockServer::start().await.expect("mock starts");
    let (base_url, seen) = sniffing_forwarder(mock.addr()).await;
    let jm = password_client(&base_url);
    jm.admin().languages().await.expect("signed in");
    let token = seen
        .lock()
        .expect("lock")
        .last()
        .cloned()
        .expect("the client sent a bearer token");
    control(&mock, "POST", "jobmojito/revoke", json!({ "token": token })).await;

    fifty_concurrent_calls(&jm).await;
    assert_eq!(requests(&mock, "sign_in_with_password").await, 1);
    assert_eq!(
        requests(&mock, "refresh_session").await,
        1,
        "one renewal for every 401"
    );
    assert!(
        requests(&mock, "list_languages").await > 51,
        "the revoked token was refused at least once, so the 401 path ran"
    );
    let after: BTreeSet<String> = seen.lock().expect("lock").iter().cloned().collect();
    assert_eq!(after.len(), 2, "the revoked token and its one successor");
}

/// A one-request-per-connection HTTP server that answers every request with `answer` and
/// hands the request line and JSON body of each to the test.
async fn capturing_server(
    answer: Value,
) -> (
    String,
    tokio::sync::mpsc::UnboundedReceiver<(String, Value)>,
) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
    let answer = answer.to_string();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut raw = Vec::new();
            let mut buffer = [0u8; 8192];
            let (head, length) = loop {
                let n = stream.read(&mut buffer).await.expect("read");
                assert!(n > 0, "the request ended before its headers");
                raw.extend_from_slice(&buffer[..n]);
                if let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
                    let length = head
                        .lines()
                        .find_map(|l| {
                            let (name, value) = l.split_once(':')?;
                            name.eq_ignore_ascii_case("content-length")
                                .then(|| value.trim().parse::<usize>().ok())?
                        })
                        .unwrap_or(0);
                    raw.drain(..end + 4);
                    break (head, length);
                }
            };
            while raw.len() < length {
                let n = stream.read(&mut buffer).await.expect("read body");
                assert!(n > 0, "the request ended before its body");
                raw.extend_from_slice(&buffer[..n]);
            }
            let line = head.lines().next().unwrap_or_default().to_string();
            let body: Value = serde_json::from_slice(&raw).expect("a JSON body");
            sender.send((line, body)).expect("the test listens");
            let reply = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
                answer.len()
            );
            stream.write_all(reply.as_bytes()).await.expect("write");
        }
    });
    (format!("http://{addr}"), receiver)
}

#[tokio::test]
async fn an_update_sends_null_for_a_cleared_field_and_leaves_unset_fields_out() {
    const POSITION: &str = "00000000-0000-4000-8000-0000000000aa";
    let (base_url, mut received) = capturing_server(json!({
        "position_id": POSITION, "is_multistage": false, "updated_fields": ["code"]
    }))
    .await;
    let jm = token_client(&base_url);
    let request = || types::JobInterviewUpdateRequest::builder().position_id(POSITION);

    jm.interviews()
        .update(request().clear_code().name("Kept"))
        .await
        .expect("update with a cleared field");
    let (line, body) = received.recv().await.expect("a request");
    assert!(line.contains("/job-interview-update "), "{line}");
    assert_eq!(body.get("code"), Some(&Value::Null), "cleared: {body}");
    assert_eq!(body["name"], "Kept");
    assert!(body.get("description").is_none(), "never set: {body}");

    jm.interviews()
        .update(request().name("Kept"))
        .await
        .expect("update without the field");
    let (_, body) = received.recv().await.expect("a request");
    assert!(body.get("code").is_none(), "unset must be omitted: {body}");

    // `maybe_` given `None` after a clear leaves the field out again (last call wins).
    jm.interviews()
        .update(request().clear_code().maybe_code(None))
        .await
        .expect("update");
    let (_, body) = received.recv().await.expect("a request");
    assert!(body.get("code").is_none(), "{body}");
    assert_eq!(body.as_object().map(|o| o.len()), Some(1), "{body}");

    // The typed request holds the three states itself.
    let typed: types::JobInterviewUpdateRequest = request()
        .clear_code()
        .try_into()
        .expect("a complete request");
    assert_eq!(typed.code, types::Nullable::Null);
    assert!(typed.name.is_absent());
}
