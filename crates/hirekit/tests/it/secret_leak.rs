//! No secret and no candidate's personal data in anything hirekit prints.
//!
//! The test runs full flows of both vendors against the mock with every `tracing` event and
//! span captured at TRACE level, provokes errors of every kind, formats every client, option,
//! key, answer and error with `{:?}` and `{}`, and then searches all of that text for the API
//! key, the password, the anon key, the session tokens, the candidate's email and phone.

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use hirekit::jobmojito::types as jm_types;
use hirekit::jofi::{self, types as jofi_types};
use hirekit::{ClientOptions, RetryPolicy, Secret};
use hirekit_mock::MockServer;
use hirekit_mock::config::{DEFAULT_ANON_KEY, DEFAULT_USER_EMAIL, DEFAULT_USER_PASSWORD};
use serde_json::{Value, json};
use tracing_subscriber::fmt::format::FmtSpan;

use crate::common;

const JOFI_KEY: &str = "sk_test_Zq8xLEAKCANARY41";
const WEBHOOK_SECRET: &str = "whsec_LEAKCANARY_7731";
const CANDIDATE_EMAIL: &str = "robin.leakcheck@example.com";
const CANDIDATE_PHONE: &str = "+31 6 5550 1234";
const CANDIDATE_PHONE_DIGITS: &str = "31655501234";

/// Everything written by the subscriber, shared with the test.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Capture {
    fn text(&self) -> String {
        String::from_utf8_lossy(
            &self
                .0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
        .into_owned()
    }
}

/// The secrets and personal data of the run; `leaks` lists those found in `text`.
struct Forbidden(Vec<(&'static str, String)>);

impl Forbidden {
    fn leaks(&self, text: &str) -> Vec<&'static str> {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let mut found: Vec<&'static str> = self
            .0
            .iter()
            .filter(|(_, secret)| text.contains(secret.as_str()))
            .map(|(what, _)| *what)
            .collect();
        // A phone number can be printed with other punctuation; look at the digits too.
        if digits.contains(CANDIDATE_PHONE_DIGITS) {
            found.push("candidate phone (digits)");
        }
        // The mock's access tokens are JWT-shaped: base64 of `{"` starts with `eyJ`.
        if text.contains("eyJ") {
            found.push("an access token (JWT)");
        }
        found
    }
}

async fn control(mock: &MockServer, path: &str, body: Value) -> Value {
    reqwest::Client::new()
        .post(format!("{}/__mock/{path}", mock.base_url()))
        .json(&body)
        .send()
        .await
        .expect("control answers")
        .json()
        .await
        .expect("control JSON")
}

/// Keeps tracing from switching a callsite off for good when another test's thread reaches it
/// first. tracing caches per callsite whether any subscriber wants it. While exactly one
/// subscriber exists (a capture below), tracing asks only the default of the thread that
/// reaches a new callsite; in this binary that is often another module's thread, which has no
/// subscriber, so the callsite would be cached as wanted by nobody and the capture would miss
/// its events. With this second, never-interested subscriber alive for the whole run, tracing
/// asks every live subscriber instead, and a capture's interest counts wherever the callsite
/// is first reached.
fn ask_every_subscriber() {
    static WITNESS: OnceLock<tracing::Dispatch> = OnceLock::new();
    WITNESS.get_or_init(|| tracing::Dispatch::new(tracing::subscriber::NoSubscriber::new()));
}

impl Capture {
    /// Captures every trace event and span of this thread until the guard drops. The
    /// subscriber is this thread's default only: the tests running beside it are not captured
    /// and see no subscriber.
    fn install() -> (Capture, tracing::subscriber::DefaultGuard) {
        ask_every_subscriber();
        let capture = Capture::default();
        let writer = capture.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_span_events(FmtSpan::FULL)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        (capture, tracing::subscriber::set_default(subscriber))
    }
}

/// Collects the `{:?}` and `{}` of an error.
fn both(out: &mut String, error: &hirekit::Error) {
    out.push_str(&format!("{error:?}\n{error}\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_run_prints_no_secret_and_no_personal_data() {
    let (capture, _guard) = Capture::install();

    let mock = MockServer::start().await.expect("mock starts");
    let mut printed = String::new();

    // JOFI: a client, an invitation with the candidate's data, the flow, and errors.
    let options = ClientOptions::default().base_url(mock.jofi_url()).retry(
        RetryPolicy::default().with_backoff(
            std::time::Duration::from_millis(5),
            std::time::Duration::from_millis(20),
        ),
    );
    let key = jofi::ApiKey::parse(JOFI_KEY).expect("key");
    let jofi = jofi::Client::builder(JOFI_KEY)
        .options(options.clone())
        .build()
        .expect("client");
    printed.push_str(&format!(
        "{jofi:?}\n{options:?}\n{key:?}\n{:?} {}\n",
        Secret::new(JOFI_KEY),
        Secret::new(JOFI_KEY)
    ));
    let request = jofi_types::CreateInvitationRequest::builder()
        .first_name("Robin")
        .last_name("Leakcheck")
        .email(CANDIDATE_EMAIL)
        .phone(CANDIDATE_PHONE)
        .created_by_user_email("avery.hollis@example.com")
        .assessments_to_assign(Vec::<jofi_types::AssessmentToAssign>::new());
    printed.push_str(&format!("{request:?}\n"));
    let invitation = jofi.invitations().create(request).await.expect("created");
    printed.push_str(&format!("{invitation:?}\n"));
    let accepted = control(
        &mock,
        &format!("jofi/invitations/{}/accept", invitation.id),
        json!({}),
    )
    .await;
    let taker_id = accepted["test_taker"]["id"].as_i64().expect("test taker");
    let taker = jofi.test_takers().get(taker_id).await.expect("test taker");
    printed.push_str(&format!("{taker:?}\n"));
    printed.push_str(&format!(
        "{:?}\n",
        jofi.invitations().list().await.expect("list")
    ));

    // A validation error whose vendor message may echo the email.
    let bad = jofi_types::CreateInvitationRequest::builder()
        .first_name("Robin")
        .last_name("Leakcheck")
        .email(format!("{CANDIDATE_EMAIL}x@"))
        .created_by_user_email(CANDIDATE_EMAIL)
        .assessments_to_assign(Vec::<jofi_types::AssessmentToAssign>::new());
    both(
        &mut printed,
        &jofi.invitations().create(bad).await.expect_err("refused"),
    );
    both(
        &mut printed,
        &jofi
            .invitations()
            .get(424_242)
            .await
            .expect_err("not found"),
    );
    // A body that fails to decode, carrying the candidate's data.
    control(
        &mock,
        "faults",
        json!({"method": "GET", "path": "/api/v2/invitations", "kind": "truncated_json",
               "after_handling": true, "times": 3}),
    )
    .await;
    both(
        &mut printed,
        &jofi.invitations().list().await.expect_err("cut short"),
    );
    // A refused key.
    let wrong = jofi::Client::builder("sk_live_Zq8xLEAKCANARY41")
        .refuse_live_keys()
        .build()
        .expect_err("live key refused");
    both(&mut printed, &wrong);

    // JobMojito: a password session, an interview, a candidate, results and a report.
    let jm = hirekit::jobmojito::Client::builder()
        .password(DEFAULT_USER_EMAIL, DEFAULT_USER_PASSWORD)
        .anon_key(DEFAULT_ANON_KEY)
        .options(ClientOptions::default().base_url(mock.base_url()))
        .build()
        .expect("client");
    printed.push_str(&format!("{jm:?}\n"));
    let interview = common::interview_request("Leak check", "A leak-check interview.");
    let created = jm
        .interviews()
        .create_from_questions(interview)
        .await
        .expect("interview");
    let register: jm_types::JobInterviewRegisterUsersRequest = serde_json::from_value(json!({
        "interview_id": created.interview_def_set_id,
        "users": [
            { "name": "Robin Leakcheck", "email": CANDIDATE_EMAIL },
            { "name": "Robin Leakcheck", "email": "not-an-email" }
        ]
    }))
    .expect("request");
    let rows = jm
        .interviews()
        .register_users(register)
        .await
        .expect("rows");
    printed.push_str(&format!("{rows:?}\n"));
    for row in &rows {
        if let Some(error) = row.error() {
            printed.push_str(&format!("{error:?} {}\n", error.message));
        }
    }
    let finished = control(
        &mock,
        "jobmojito/results",
        json!({ "interview_id": created.interview_def_set_id, "outcome": "result", "score": 6.0 }),
    )
    .await;
    let result_id = hirekit::jobmojito::types::InterviewResultId::from(
        finished["result_id"].as_str().expect("result").to_string(),
    );
    let details = jm
        .results()
        .details_with(
            &result_id,
            &hirekit::jobmojito::DetailsOptions::new().signed_recordings(true),
        )
        .await
        .expect("details");
    printed.push_str(&format!("{details:?}\n"));
    let report = jm.results().report_pdf(&result_id).await.expect("pdf");
    printed.push_str(&format!("{report:?}\n"));
    // Tables through the same session, after its tokens expire.
    control(&mock, "tables/expire", json!({})).await;
    let rows = jm
        .tables()
        .interview_result()
        .select()
        .send()
        .await
        .expect("rows after renewal");
    printed.push_str(&format!("{rows:?}\n"));
    // A wrong password.
    let refused = hirekit::jobmojito::Client::builder()
        .password(DEFAULT_USER_EMAIL, "Wr0ng-LEAKCANARY-pass")
        .anon_key(DEFAULT_ANON_KEY)
        .options(ClientOptions::default().base_url(mock.base_url()))
        .build()
        .expect("client")
        .admin()
        .languages()
        .await
        .expect_err("refused");
    both(&mut printed, &refused);
    mock.shutdown().await;

    // Webhooks: a verifier, a signer, a good and a tampered delivery.
    let verifier = hirekit::webhooks::Verifier::builder()
        .hmac_secret(Secret::new(WEBHOOK_SECRET))
        .basic_auth("hooks", WEBHOOK_SECRET)
        .build()
        .expect("verifier");
    let signer = hirekit::webhooks::testing::Signer::for_verifier(&verifier);
    let body = br#"{"id":"evt_1","type":"invitation.created","data":{"object":{"email":"robin.leakcheck@example.com"}}}"#;
    let mut headers = signer.header_map(body);
    let (name, value) = hirekit::webhooks::testing::basic_auth_header("hooks", WEBHOOK_SECRET);
    headers.insert(
        http::HeaderName::from_bytes(name.as_bytes()).expect("header name"),
        value.parse().expect("header value"),
    );
    verifier.verify(&headers, body).expect("genuine delivery");
    both(
        &mut printed,
        &verifier
            .verify(&headers, b"{\"id\":\"evt_2\"}")
            .expect_err("tampered"),
    );
    match hirekit::webhooks::jofi::Event::from_slice(body) {
        Ok(event) => printed.push_str(&format!("{event:?}\n")),
        Err(error) => both(&mut printed, &error),
    }
    printed.push_str(&format!("{verifier:?}\n{signer:?}\n"));

    let captured = capture.text();
    assert!(
        captured.contains("hirekit.request"),
        "the capture holds hirekit's request spans"
    );
    assert!(
        captured.contains("create_invitation"),
        "and their operations"
    );
    let forbidden = Forbidden(vec![
        ("JOFI API key", JOFI_KEY.to_string()),
        ("JOFI key body", "Zq8xLEAKCANARY41".to_string()),
        ("JobMojito password", DEFAULT_USER_PASSWORD.to_string()),
        ("wrong password", "Wr0ng-LEAKCANARY-pass".to_string()),
        ("anon key", DEFAULT_ANON_KEY.to_string()),
        ("sign-in email", DEFAULT_USER_EMAIL.to_string()),
        ("candidate email", CANDIDATE_EMAIL.to_string()),
        ("candidate phone", CANDIDATE_PHONE.to_string()),
        ("webhook secret", WEBHOOK_SECRET.to_string()),
    ]);
    let all = format!("{captured}\n{printed}");
    let leaks = forbidden.leaks(&all);
    assert!(
        leaks.is_empty(),
        "leaked: {leaks:?}\n--- first lines ---\n{}",
        all.lines()
            .filter(|l| !forbidden.leaks(l).is_empty())
            .take(5)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_search_finds_a_planted_secret() {
    // The check above must be able to fail: a secret put into a log line is found.
    let forbidden = Forbidden(vec![("JOFI API key", JOFI_KEY.to_string())]);
    let line = format!("INFO hirekit.request: sending with key={JOFI_KEY}");
    assert_eq!(forbidden.leaks(&line), vec!["JOFI API key"]);
    assert_eq!(
        forbidden.leaks("call +31 (6) 5550-1234 now"),
        vec!["candidate phone (digits)"]
    );
    assert_eq!(
        forbidden.leaks("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"),
        vec!["an access token (JWT)"]
    );
    assert!(forbidden.leaks("nothing to see").is_empty());
}

#[test]
fn the_capture_sees_its_own_thread_even_where_another_thread_came_first() {
    // A callsite of this test alone, so no other test can have reached it before.
    fn note(thread: &str) {
        tracing::info!(thread, "callsite-reached-on-two-threads");
    }
    let (capture, _guard) = Capture::install();
    std::thread::spawn(|| note("other"))
        .join()
        .expect("the other thread finishes");
    note("capturing");
    let captured = capture.text();
    assert!(
        captured.contains("callsite-reached-on-two-threads thread=\"capturing\""),
        "the capturing thread's event was lost: {captured:?}"
    );
    assert!(
        !captured.contains("thread=\"other\""),
        "the capture took another thread's event: {captured:?}"
    );
}

// ---- decode errors over bodies holding personal data ------------------------------------

const CANDIDATE_NAME: &str = "Robin Leakcheck";
/// The phone number as a JSON number: serde quotes numbers it did not expect.
const CANDIDATE_PHONE_NUMBER: u64 = 31_655_501_234;

/// A loopback server answering every request with `200` and the JSON body the test set last,
/// so a client decodes exactly the shape the test wants, whatever it asked for.
struct FixedAnswer {
    base: String,
    body: Arc<Mutex<String>>,
}

impl FixedAnswer {
    async fn start() -> FixedAnswer {
        use axum::http::header::CONTENT_TYPE;

        let body = Arc::new(Mutex::new(String::from("{}")));
        let shared = body.clone();
        let app = axum::Router::new().fallback(move || {
            let text = shared
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .clone();
            async move { ([(CONTENT_TYPE, "application/json")], text) }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("binds");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FixedAnswer { base, body }
    }

    fn answer(&self, body: &Value) {
        *self
            .body
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = body.to_string();
    }
}

/// Everything an error prints: `Display`, `Debug`, `{:#?}`, and the same for every source.
fn everything(error: &hirekit::Error) -> String {
    let mut out = format!("{error}\n{error:?}\n{error:#?}\n");
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        out.push_str(&format!("{inner}\n{inner:?}\n{inner:#?}\n"));
        source = inner.source();
    }
    out
}

/// Candidate data in a wrong-typed field or an unexpected shape of a success answer: the
/// decode error of each vendor's call (JOFI, JobMojito Functions, Tables) names where the
/// body stopped matching, and neither its `Display`, `Debug` (plain and `{:#?}`) nor any
/// error of its source chain holds the email, the name or the phone number.
#[tokio::test]
async fn decode_errors_print_no_personal_data() {
    // Captured like the full run: the trace must not show the candidate either.
    let (capture, _guard) = Capture::install();

    let server = FixedAnswer::start().await;
    let options = ClientOptions::default()
        .base_url(format!("{}/api/v2", server.base))
        .retry(RetryPolicy::never());
    let jofi = jofi::Client::builder(JOFI_KEY)
        .options(options)
        .build()
        .expect("client");
    let jm = hirekit::jobmojito::Client::builder()
        .token("jm-static-token")
        .anon_key(DEFAULT_ANON_KEY)
        .options(
            ClientOptions::default()
                .base_url(server.base.clone())
                .retry(RetryPolicy::never()),
        )
        .build()
        .expect("client");

    let invitation = |overrides: Value| {
        let mut base = json!({
            "object": "invitation", "id": 12, "email": CANDIDATE_EMAIL,
            "first_name": "Robin", "last_name": "Leakcheck",
            "assessment_url": "https://example.com/a/12",
        });
        if let (Some(base), Some(overrides)) = (base.as_object_mut(), overrides.as_object()) {
            base.extend(overrides.clone());
        }
        base
    };
    let candidate = |overrides: Value| {
        let mut base = json!({
            "id": "c1", "email": CANDIDATE_EMAIL, "name": CANDIDATE_NAME,
            "phone_number": CANDIDATE_PHONE,
        });
        if let (Some(base), Some(overrides)) = (base.as_object_mut(), overrides.as_object()) {
            base.extend(overrides.clone());
        }
        json!({ "data": [base], "pagination": { "total": 1, "limit": 10, "offset": 0, "has_more": false } })
    };

    // (what, the body, the JSON path the error must name)
    let mut printed = Vec::new();
    let jofi_cases = [
        (
            "JOFI: the phone as a number in a string field",
            invitation(json!({ "first_name": CANDIDATE_PHONE_NUMBER })),
            "first_name",
        ),
        (
            "JOFI: the email in the integer id",
            invitation(json!({ "id": CANDIDATE_EMAIL })),
            "id",
        ),
        (
            "JOFI: the phone as a float in the integer id",
            invitation(json!({ "id": 31_655_501_234.5 })),
            "id",
        ),
        (
            "JOFI: the name and email as a list",
            invitation(json!({ "email": [CANDIDATE_EMAIL, CANDIDATE_NAME, CANDIDATE_PHONE] })),
            "email",
        ),
        (
            "JOFI: the name as an object",
            invitation(
                json!({ "last_name": { "full": CANDIDATE_NAME, "phone": CANDIDATE_PHONE } }),
            ),
            "last_name",
        ),
        (
            "JOFI: a bare string instead of the invitation",
            json!(format!(
                "{CANDIDATE_NAME} <{CANDIDATE_EMAIL}> {CANDIDATE_PHONE}"
            )),
            ".",
        ),
    ];
    for (what, body, path) in jofi_cases {
        server.answer(&body);
        let error = jofi.invitations().get(12).await.expect_err(what);
        printed.push((what, path, error));
    }

    let functions_cases = [
        (
            "Functions: the phone as a number in the string id",
            candidate(json!({ "id": CANDIDATE_PHONE_NUMBER })),
            "data[0].id",
        ),
        (
            "Functions: the email as an object",
            candidate(json!({ "email": { "address": CANDIDATE_EMAIL, "name": CANDIDATE_NAME } })),
            "data[0].email",
        ),
        (
            "Functions: the phone as a number in the phone field",
            candidate(json!({ "phone_number": CANDIDATE_PHONE_NUMBER })),
            "data[0].phone_number",
        ),
        (
            "Functions: the candidate's data where the list was expected",
            json!({ "data": { "email": CANDIDATE_EMAIL, "name": CANDIDATE_NAME },
                    "pagination": { "total": 1, "limit": 10, "offset": 0, "has_more": false } }),
            "data",
        ),
    ];
    for (what, body, path) in functions_cases {
        server.answer(&body);
        let error = jm
            .candidates()
            .list(&Default::default())
            .await
            .expect_err(what);
        printed.push((what, path, error));
    }

    let tables_cases = [
        (
            "Tables: the phone as a number in the name column",
            json!([{ "id": "p1", "email": CANDIDATE_EMAIL, "name": CANDIDATE_PHONE_NUMBER }]),
            "[0].name",
        ),
        (
            "Tables: the name in a list in the email column",
            json!([{ "id": "p1", "email": [CANDIDATE_NAME, CANDIDATE_EMAIL] }]),
            "[0].email",
        ),
        (
            "Tables: a row where the rows were expected",
            json!({ "id": "p1", "email": CANDIDATE_EMAIL, "name": CANDIDATE_NAME,
                    "phone_number": CANDIDATE_PHONE }),
            ".",
        ),
        (
            "Tables: a bare email string as a row",
            json!([CANDIDATE_EMAIL]),
            "[0]",
        ),
    ];
    for (what, body, path) in tables_cases {
        server.answer(&body);
        let error = jm
            .tables()
            .profile_interview()
            .select()
            .send()
            .await
            .expect_err(what);
        printed.push((what, path, error));
    }

    let forbidden = Forbidden(vec![
        ("candidate email", CANDIDATE_EMAIL.to_string()),
        (
            "candidate email (local part)",
            "robin.leakcheck".to_string(),
        ),
        ("candidate name", CANDIDATE_NAME.to_string()),
        ("candidate last name", "Leakcheck".to_string()),
        ("candidate phone", CANDIDATE_PHONE.to_string()),
    ]);
    for (what, path, error) in &printed {
        assert_eq!(error.kind(), hirekit::ErrorKind::Decode, "{what}: {error}");
        assert_eq!(error.decode_path(), Some(*path), "{what}: {error}");
        let text = everything(error);
        assert!(
            std::error::Error::source(error).is_some(),
            "{what}: the error keeps a source to walk"
        );
        let leaks = forbidden.leaks(&text);
        assert!(leaks.is_empty(), "{what}: leaked {leaks:?} in\n{text}");
    }
    let captured = capture.text();
    assert!(captured.contains("get_invitation"), "the calls were traced");
    let leaks = forbidden.leaks(&captured);
    assert!(leaks.is_empty(), "the trace leaked {leaks:?}");
}
