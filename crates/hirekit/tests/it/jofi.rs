//! The JOFI facade against hirekit-mock: every resource group, configuration checks, and the
//! transport's behaviour under injected faults.

use std::time::{Duration, Instant};

use hirekit::jofi::{Client, HasMode, Mode, types};
use hirekit::{ClientOptions, ErrorKind, RetryPolicy};
use hirekit_mock::MockServer;
use serde_json::{Value, json};

const KEY: &str = "sk_test_facade";
const CREATOR: &str = "avery.hollis@example.com";

async fn setup() -> (MockServer, Client) {
    let mock = MockServer::start().await.expect("mock starts");
    let client = client_for(&mock, RetryPolicy::default());
    (mock, client)
}

fn client_for(mock: &MockServer, retry: RetryPolicy) -> Client {
    Client::builder(KEY)
        .options(
            ClientOptions::default()
                .base_url(mock.jofi_url())
                .retry(retry.with_backoff(Duration::from_millis(10), Duration::from_millis(50))),
        )
        .build()
        .expect("test key builds")
}

async fn control(mock: &MockServer, method: &str, path: &str, body: Value) -> Value {
    let http = reqwest::Client::new();
    let url = format!("{}/__mock/{path}", mock.base_url());
    let request = match method {
        "POST" => http.post(url),
        "GET" => http.get(url),
        _ => http.put(url),
    };
    let response = request.json(&body).send().await.expect("control answers");
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    response.json().await.expect("control JSON")
}

fn new_invitation(email: &str) -> types::builder::CreateInvitationRequest {
    types::CreateInvitationRequest::builder()
        .first_name("Robin")
        .last_name("Example")
        .email(email)
        .created_by_user_email(CREATOR)
        .assessments_to_assign([types::AssessmentToAssign::builder().test_id(6)])
}

#[tokio::test]
async fn invitations_are_created_read_listed_and_updated() {
    let (mock, jofi) = setup().await;
    assert_eq!(jofi.mode(), Mode::Test);
    let created = jofi
        .invitations()
        .create(new_invitation("robin@example.com"))
        .await
        .expect("created");
    assert_eq!(created.mode(), Some(Mode::Test));
    let read = jofi.invitations().get(created.id).await.expect("read back");
    assert_eq!(read.email, "robin@example.com");
    let list = jofi.invitations().list().await.expect("listed");
    assert_eq!(list.mode(), Some(Mode::Test));
    assert!(list.iter().any(|i| i.id == Some(created.id)), "{list:?}");
    assert_eq!(list.total(), 1);
    assert!(list.is_complete());
    let updated = jofi
        .invitations()
        .update(
            created.id,
            types::UpdateInvitationRequest::builder().person_id("ats-17"),
        )
        .await
        .expect("updated");
    assert_eq!(updated.person_id.as_deref(), Some("ats-17"));
    mock.shutdown().await;
}

#[tokio::test]
async fn the_whole_assessment_flow_reads_back() {
    let (mock, jofi) = setup().await;
    let invitation = jofi
        .invitations()
        .create(new_invitation("flow@example.com"))
        .await
        .expect("created");
    let accepted = control(
        &mock,
        "POST",
        &format!("jofi/invitations/{}/accept", invitation.id),
        json!({}),
    )
    .await;
    let taker_id = accepted["test_taker"]["id"]
        .as_i64()
        .expect("test taker id");
    control(
        &mock,
        "POST",
        &format!("jofi/test-takers/{taker_id}/complete"),
        json!({}),
    )
    .await;
    control(
        &mock,
        "POST",
        "jofi/career-navigation-profiles",
        json!({"test_taker_id": taker_id}),
    )
    .await;

    let taker = jofi.test_takers().get(taker_id).await.expect("test taker");
    assert_eq!(taker.id, taker_id);
    assert!(
        jofi.test_takers()
            .list()
            .await
            .expect("list")
            .iter()
            .any(|t| t.id == taker_id)
    );
    let profiles = jofi.score_profiles().list().await.expect("score profiles");
    let sp = profiles
        .items()
        .first()
        .expect("a score profile")
        .short_name
        .clone();
    let scorecard = jofi
        .test_takers()
        .scorecard(taker_id, sp)
        .await
        .expect("scorecard");
    assert_eq!(scorecard.mode(), Some(Mode::Test));
    jofi.test_takers()
        .job_fit_report(taker_id)
        .await
        .expect("job-fit report");
    let cnps = jofi
        .career_navigation_profiles()
        .list()
        .await
        .expect("profiles");
    let first = cnps.items().first().expect("one profile");
    let one = jofi
        .career_navigation_profiles()
        .get(first.id.clone())
        .await
        .expect("one profile");
    assert_eq!(one.id.as_ref(), Some(&first.id));
    mock.shutdown().await;
}

#[tokio::test]
async fn reference_data_is_readable() {
    let (mock, jofi) = setup().await;
    let account = jofi.accounts().get().await.expect("account");
    assert_eq!(account.mode(), Some(Mode::Test));
    assert!(!jofi.users().list().await.expect("users").is_empty());
    assert!(!jofi.teams().list().await.expect("teams").is_empty());
    assert!(
        !jofi
            .email_templates()
            .list()
            .await
            .expect("templates")
            .is_empty()
    );
    assert!(
        !jofi
            .assessments()
            .list()
            .await
            .expect("assessments")
            .is_empty()
    );
    jofi.health().check().await.expect("healthy");
    mock.shutdown().await;
}

#[tokio::test]
async fn a_live_key_is_refused_before_any_request() {
    let error = Client::builder("sk_live_realdata")
        .refuse_live_keys()
        .build()
        .expect_err("refused");
    assert_eq!(error.kind(), ErrorKind::Config);
    assert!(!format!("{error} {error:?}").contains("realdata"));
}

#[tokio::test]
async fn validation_errors_name_the_field() {
    let (mock, jofi) = setup().await;
    let error = jofi
        .invitations()
        .create(new_invitation("not-an-email"))
        .await
        .expect_err("the mock refuses a malformed email");
    assert!(error.is_validation(), "{error}");
    assert_eq!(error.status(), Some(400));
    assert!(error.to_string().contains("email"), "{error}");
    assert_eq!(error.operation_id(), Some("create_invitation"));
    assert_eq!(error.path_template(), Some("/invitations"));
    mock.shutdown().await;
}

#[tokio::test]
async fn not_found_is_a_typed_error() {
    let (mock, jofi) = setup().await;
    let error = jofi
        .invitations()
        .get(999_999)
        .await
        .expect_err("no such invitation");
    assert!(error.is_not_found(), "{error}");
    assert_eq!(error.path_template(), Some("/invitations/{invitationId}"));
    assert!(
        !error.to_string().contains("/invitations/999999"),
        "the filled URL never appears: {error}"
    );
    mock.shutdown().await;
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    let (mock, jofi) = setup().await;
    control(
        &mock,
        "POST",
        "faults",
        json!({"method": "GET", "path": "/api/v2/teams", "times": 1, "kind": "status", "status": 429, "retry_after": "1"}),
    )
    .await;
    let started = Instant::now();
    jofi.teams()
        .list()
        .await
        .expect("succeeds on the second attempt");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "waited as asked"
    );
    let counted = control(&mock, "GET", "requests?operation_id=list_teams", json!({})).await;
    assert_eq!(counted["count"], 2);
    mock.shutdown().await;
}

#[tokio::test]
async fn a_post_is_not_sent_again_after_a_mid_body_disconnect() {
    let (mock, jofi) = setup().await;
    control(
        &mock,
        "POST",
        "faults",
        json!({"method": "POST", "path": "/api/v2/invitations", "kind": "drop_mid_body", "after_handling": true}),
    )
    .await;
    let error = jofi
        .invitations()
        .create(new_invitation("once@example.com"))
        .await
        .expect_err("the answer broke off");
    assert_eq!(error.kind(), ErrorKind::Transport, "{error}");
    assert_eq!(error.attempts(), 1);
    let stats = control(&mock, "GET", "stats", json!({})).await;
    assert_eq!(stats["jofi"]["invitations_created"], 1, "{stats}");
    let counted = control(
        &mock,
        "GET",
        "requests?operation_id=create_invitation",
        json!({}),
    )
    .await;
    assert_eq!(counted["count"], 1);
    mock.shutdown().await;
}

#[tokio::test]
async fn a_get_is_retried_after_a_dropped_connection() {
    let (mock, jofi) = setup().await;
    control(
        &mock,
        "POST",
        "faults",
        json!({"method": "GET", "path": "/api/v2/users", "times": 2, "kind": "drop_before_headers"}),
    )
    .await;
    jofi.users().list().await.expect("third attempt succeeds");
    let counted = control(&mock, "GET", "requests?operation_id=list_users", json!({})).await;
    assert_eq!(counted["count"], 3);
    mock.shutdown().await;
}

#[tokio::test]
async fn exhausted_retries_report_attempts_and_status() {
    let mock = MockServer::start().await.expect("mock starts");
    let jofi = client_for(&mock, RetryPolicy::default().with_max_attempts(2));
    control(
        &mock,
        "POST",
        "faults",
        json!({"method": "GET", "path": "/api/v2/teams", "times": 5, "kind": "status", "status": 503}),
    )
    .await;
    let error = jofi.teams().list().await.expect_err("always 503");
    assert_eq!(error.status(), Some(503));
    assert_eq!(error.attempts(), 2);
    assert!(error.is_retryable());
    mock.shutdown().await;
}

#[tokio::test]
async fn a_truncated_body_is_a_decode_error_with_a_path() {
    let mock = MockServer::start().await.expect("mock starts");
    let jofi = client_for(&mock, RetryPolicy::never());
    control(
        &mock,
        "POST",
        "faults",
        json!({"method": "GET", "path": "/api/v2/teams", "kind": "truncated_json", "after_handling": true}),
    )
    .await;
    let error = jofi.teams().list().await.expect_err("cut short");
    assert_eq!(error.kind(), ErrorKind::Decode, "{error}");
    assert!(error.decode_path().is_some(), "{error:?}");
    mock.shutdown().await;
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let mock = MockServer::start().await.expect("mock starts");
    let jofi = Client::builder(KEY)
        .options(
            ClientOptions::default()
                .base_url(mock.jofi_url())
                .max_body_bytes(64 * 1024)
                .retry(RetryPolicy::never()),
        )
        .build()
        .expect("client");
    control(
        &mock,
        "POST",
        "faults",
        json!({"method": "GET", "path": "/api/v2/teams", "kind": "large_body", "bytes": 1_000_000}),
    )
    .await;
    let error = jofi.teams().list().await.expect_err("too big");
    assert_eq!(error.kind(), ErrorKind::BodyTooLarge, "{error}");
    mock.shutdown().await;
}

#[tokio::test]
async fn the_deadline_holds() {
    let mock = MockServer::start().await.expect("mock starts");
    let jofi = client_for(
        &mock,
        RetryPolicy::default().with_deadline(Some(Duration::from_millis(300))),
    );
    control(
        &mock,
        "POST",
        "faults",
        json!({"method": "GET", "path": "/api/v2/teams", "kind": "delay", "ms": 3000}),
    )
    .await;
    let started = Instant::now();
    let error = jofi.teams().list().await.expect_err("too slow");
    assert_eq!(error.kind(), ErrorKind::Deadline, "{error}");
    assert!(started.elapsed() < Duration::from_secs(2));
    mock.shutdown().await;
}

/// Issue 10, item 10: an id of `.` or `..` (or an empty one) would make the URL parser reach
/// the collection or its parent; it is refused before anything is sent.
#[tokio::test]
async fn dot_segment_ids_are_refused_before_sending() {
    // Nothing listens here: a request that left would fail to connect instead.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let jofi = hirekit::jofi::Client::builder("sk_test_abc123")
        .options(
            hirekit::ClientOptions::default().base_url(format!("http://127.0.0.1:{port}/api/v2")),
        )
        .build()
        .expect("client");
    for id in [".", "..", ""] {
        let error = jofi
            .career_navigation_profiles()
            .get(id)
            .await
            .expect_err("refused");
        assert_eq!(
            error.kind(),
            hirekit::ErrorKind::InvalidInput,
            "{id:?}: {error}"
        );
        assert_eq!(error.attempts(), 0, "{id:?}");
        assert!(
            error.to_string().contains("career_navigation_profile_id"),
            "{error}"
        );
    }
}
