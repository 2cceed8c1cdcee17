//! Webhook verification, parsing and replay protection: unit cases on signed bodies, then
//! deliveries produced by hirekit-mock for every JOFI and JobMojito event.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use hirekit::webhooks::testing::{Signer, basic_auth_header, to_header_map};
use hirekit::webhooks::{
    InMemoryReplayGuard, ReplayError, ReplayGuard, SignatureEncoding, Verifier, jobmojito, jofi,
};
use hirekit::{ErrorKind, Secret};
use hirekit_mock::MockServer;
use serde_json::{Value, json};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

const SECRET: &str = "whsec_current_0123456789";
const OLD_SECRET: &str = "whsec_previous_9876543210";
const BODY: &[u8] = br#"{"id":"evt_1","type":"invitation.created","object":"event"}"#;

fn verifier() -> Verifier {
    Verifier::builder()
        .hmac_secret(Secret::new(SECRET))
        .build()
        .expect("valid verifier")
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}

// ---- verification ----------------------------------------------------------------------

#[test]
fn hex_and_base64_signatures_both_verify() {
    let verifier = verifier();
    for encoding in [SignatureEncoding::Hex, SignatureEncoding::Base64] {
        let headers = Signer::new(SECRET).encoding(encoding).header_map(BODY);
        verifier.verify(&headers, BODY).expect("verifies");
    }
    // URL-safe base64 without padding, and an upper-case prefix, are accepted too.
    let standard = Signer::new(SECRET)
        .encoding(SignatureEncoding::Base64)
        .prefix("")
        .signature(BODY);
    let url_safe = standard
        .trim_end_matches('=')
        .replace('+', "-")
        .replace('/', "_");
    let headers = to_header_map([("x-hirekit-signature".into(), format!("SHA256={url_safe}"))]);
    verifier.verify(&headers, BODY).expect("url-safe verifies");
}

#[test]
fn a_tampered_body_is_rejected() {
    let headers = Signer::new(SECRET).header_map(BODY);
    let mut tampered = BODY.to_vec();
    tampered[10] ^= 1;
    let error = verifier().verify(&headers, &tampered).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Webhook);
    assert_eq!(error.field(), Some("x-hirekit-signature"));
    assert!(error.to_string().contains("does not match"), "{error}");
}

#[test]
fn a_wrong_secret_is_rejected() {
    let headers = Signer::new("whsec_someone_else").header_map(BODY);
    let error = verifier().verify(&headers, BODY).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Webhook);
}

#[test]
fn missing_and_malformed_headers_are_rejected() {
    let verifier = verifier();
    let missing = verifier.verify(&HeaderMap::new(), BODY).unwrap_err();
    assert_eq!(missing.field(), Some("x-hirekit-signature"));
    assert!(missing.to_string().contains("missing"), "{missing}");

    let signature = Signer::new(SECRET).prefix("").signature(BODY);
    for bad in [
        String::new(),
        "sha256=".into(),
        "sha256=zz".into(),
        "sha256=not base64 at all!".into(),
        signature.clone(), // no prefix
        format!("sha1={signature}"),
        format!("sha256={}", &signature[..40]),
        "sha256=".to_string() + &"a".repeat(5000),
    ] {
        let headers = to_header_map([("x-hirekit-signature".into(), bad.clone())]);
        let error = verifier.verify(&headers, BODY).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Webhook, "{bad}");
    }
    // A signature next to junk in the same header still verifies.
    let headers = to_header_map([(
        "x-hirekit-signature".into(),
        format!("sha256=deadbeef, sha256={signature}"),
    )]);
    verifier
        .verify(&headers, BODY)
        .expect("second candidate matches");
}

#[test]
fn rotated_secrets_old_and_new_both_verify() {
    let verifier = Verifier::builder()
        .hmac_secret(Secret::new(SECRET))
        .hmac_secret(Secret::new(OLD_SECRET))
        .build()
        .expect("valid");
    for secret in [SECRET, OLD_SECRET] {
        let headers = Signer::new(secret).header_map(BODY);
        verifier.verify(&headers, BODY).expect("verifies");
    }
    let headers = Signer::new("whsec_retired").header_map(BODY);
    assert!(verifier.verify(&headers, BODY).is_err());
}

#[test]
fn timestamps_are_signed_and_stale_ones_rejected() {
    let verifier = Verifier::builder()
        .hmac_secret(Secret::new(SECRET))
        .timestamp_tolerance(Duration::from_secs(300))
        .build()
        .expect("valid");
    let fresh = Signer::for_verifier(&verifier).header_map(BODY);
    verifier.verify(&fresh, BODY).expect("fresh verifies");

    let old = Signer::new(SECRET)
        .timestamp_at(now_secs() - 3600)
        .header_map(BODY);
    let error = verifier.verify(&old, BODY).unwrap_err();
    assert!(error.to_string().contains("stale"), "{error}");
    assert_eq!(error.field(), Some("x-hirekit-timestamp"));

    // The same delivery an hour earlier was fine: the window is judged against `now`.
    let then = SystemTime::now() - Duration::from_secs(3600);
    verifier.verify_at(&old, BODY, then).expect("fresh then");

    // Moving the timestamp breaks the signature; dropping it is refused.
    let mut moved = fresh.clone();
    moved.insert(
        "x-hirekit-timestamp",
        (now_secs() + 1).to_string().parse().expect("value"),
    );
    assert!(
        verifier
            .verify(&moved, BODY)
            .unwrap_err()
            .to_string()
            .contains("does not match")
    );
    let mut dropped = fresh.clone();
    dropped.remove("x-hirekit-timestamp");
    assert!(
        verifier
            .verify(&dropped, BODY)
            .unwrap_err()
            .to_string()
            .contains("missing")
    );
    for junk in ["soon", "", "99999999999999999999999", "-"] {
        let mut bad = fresh.clone();
        bad.insert("x-hirekit-timestamp", junk.parse().expect("value"));
        assert!(verifier.verify(&bad, BODY).is_err(), "{junk}");
    }
    // Extreme timestamps are stale, not a panic.
    for extreme in [i64::MIN, i64::MAX, 0] {
        let headers = Signer::new(SECRET).timestamp_at(extreme).header_map(BODY);
        assert!(verifier.verify(&headers, BODY).is_err());
    }

    // A timestamped delivery checked without timestamps fails with a hint.
    let error = self::verifier().verify(&fresh, BODY).unwrap_err();
    assert!(error.to_string().contains("timestamp"), "{error}");
}

#[test]
fn basic_auth_accepts_only_configured_pairs() {
    let verifier = Verifier::builder()
        .basic_auth("jofi", Secret::new("pass-1"))
        .basic_auth("jofi", Secret::new("pass-2"))
        .build()
        .expect("valid");
    for password in ["pass-1", "pass-2"] {
        let headers = to_header_map([basic_auth_header("jofi", password)]);
        verifier.verify(&headers, BODY).expect("accepted");
    }
    for (user, password) in [
        ("jofi", "pass-3"),
        ("other", "pass-1"),
        ("", ""),
        ("jofi", ""),
    ] {
        let headers = to_header_map([basic_auth_header(user, password)]);
        let error = verifier.verify(&headers, BODY).unwrap_err();
        assert_eq!(error.field(), Some("authorization"));
    }
    for raw in ["Basic", "Basic !!!", "Bearer abc", "Basic Zm9v", ""] {
        let headers = to_header_map([("authorization".into(), raw.into())]);
        assert!(verifier.verify(&headers, BODY).is_err(), "{raw}");
    }
    assert!(verifier.verify(&HeaderMap::new(), BODY).is_err());
}

#[test]
fn shared_headers_authenticate_jobmojito() {
    let verifier = Verifier::builder()
        .shared_header("X-Webhook-Token", Secret::new("token-new"))
        .shared_header("x-webhook-token", Secret::new("token-old"))
        .build()
        .expect("valid");
    for token in ["token-new", "token-old"] {
        let headers = to_header_map([("x-webhook-token".into(), token.into())]);
        verifier.verify(&headers, BODY).expect("accepted");
    }
    let wrong = to_header_map([("x-webhook-token".into(), "token".into())]);
    assert_eq!(
        verifier.verify(&wrong, BODY).unwrap_err().field(),
        Some("x-webhook-token")
    );
    assert!(verifier.verify(&HeaderMap::new(), BODY).is_err());
}

#[test]
fn all_configured_methods_must_pass() {
    let verifier = Verifier::builder()
        .hmac_secret(Secret::new(SECRET))
        .basic_auth("u", Secret::new("p"))
        .build()
        .expect("valid");
    let mut headers = Signer::new(SECRET).header_map(BODY);
    assert!(verifier.verify(&headers, BODY).is_err());
    headers.extend(to_header_map([basic_auth_header("u", "p")]));
    verifier.verify(&headers, BODY).expect("both pass");
}

#[test]
fn bad_configurations_are_refused() {
    assert_eq!(
        Verifier::builder().build().unwrap_err().kind(),
        ErrorKind::Config
    );
    assert!(Verifier::builder().hmac_secret("").build().is_err());
    assert!(
        Verifier::builder()
            .hmac_secret("s")
            .signature_header("bad header")
            .build()
            .is_err()
    );
    assert!(Verifier::builder().basic_auth("a:b", "p").build().is_err());
    assert!(Verifier::builder().shared_header("x", "").build().is_err());
}

#[test]
fn secrets_and_signatures_never_show_in_errors_or_debug() {
    let verifier = Verifier::builder()
        .hmac_secret(Secret::new(SECRET))
        .basic_auth("user-name-secret", Secret::new("basic-password-secret"))
        .shared_header("x-token", Secret::new("shared-token-secret"))
        .build()
        .expect("valid");
    let signature = Signer::new("whsec_attacker").signature(BODY);
    let mut headers = to_header_map([("x-hirekit-signature".into(), signature.clone())]);
    headers.extend(to_header_map([basic_auth_header(
        "user-name-secret",
        "wrong",
    )]));
    let error = verifier.verify(&headers, BODY).unwrap_err();
    let shown = format!("{error} {error:?} {verifier:?} {:?}", Signer::new(SECRET));
    for secret in [
        SECRET,
        "user-name-secret",
        "basic-password-secret",
        "shared-token-secret",
        &signature["sha256=".len()..],
    ] {
        assert!(!shown.contains(secret), "{secret} leaked in {shown}");
    }
}

// ---- replay ------------------------------------------------------------------------------

#[test]
fn a_replayed_id_is_rejected_by_the_in_memory_guard() {
    let guard = InMemoryReplayGuard::new(100, Duration::from_secs(60));
    let event = jofi::Event::from_slice(&invitation_event("evt_replay")).expect("parses");
    let id = event.id().expect("has an id");
    guard.check_and_remember(id).expect("first time");
    let error = guard.check_and_remember(id).unwrap_err();
    assert!(matches!(error, ReplayError::Seen), "{error:?}");
    assert_eq!(hirekit::Error::from(error).kind(), ErrorKind::Webhook);
    guard.check_and_remember("evt_other").expect("another id");
    let long = "x".repeat(10_000);
    let refused = guard.check_and_remember(&long).unwrap_err();
    assert!(
        matches!(refused, ReplayError::KeyRefused { len: 10_000 }),
        "{refused:?}"
    );
    // The refusal names the length, never the key.
    let mut shown = format!("{refused} {refused:?}");
    shown.push_str(&format!("{:?}", hirekit::Error::from(refused)));
    assert!(!shown.contains(&long[..16]), "{shown}");
}

// ---- parsing -------------------------------------------------------------------------------

fn invitation_event(id: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "id": id,
        "type": "invitation.created",
        "object": "event",
        "created_at": "2026-02-03T12:43:36.744Z",
        "api_version": "2.3.0",
        "data": { "object": {
            "object": "invitation",
            "id": 12,
            "first_name": "Ada",
            "last_name": "Example",
            "email": "ada@example.com",
            "assessment_url": "https://example.com/a/12",
        }},
    }))
    .expect("serialises")
}

#[test]
fn unknown_jofi_event_types_parse_to_unknown() {
    let body = br#"{"id":"evt_7","type":"team.renamed","object":"event","data":{"object":{}}}"#;
    let event = jofi::Event::from_slice(body).expect("parses");
    assert!(!event.is_known());
    assert_eq!(event.type_name(), "team.renamed");
    assert_eq!(event.id(), Some("evt_7"));
    match event {
        jofi::Event::Unknown { type_name, raw } => {
            assert_eq!(type_name, "team.renamed");
            assert_eq!(raw["data"], json!({"object": {}}));
        }
        other => panic!("expected Unknown, got {other:?}"),
    }
    // Even a bare envelope of an unknown type parses.
    let bare = jofi::Event::from_slice(br#"{"type":"x"}"#).expect("parses");
    assert_eq!(bare.id(), None);
}

#[test]
fn jofi_parse_errors_name_what_is_wrong() {
    let not_json = jofi::Event::from_slice(b"{not json").unwrap_err();
    assert!(not_json.to_string().contains("not JSON"), "{not_json}");
    assert!(jofi::Event::from_slice(b"").is_err());
    assert!(jofi::Event::from_slice(b"[1,2]").is_err());

    let no_type = jofi::Event::from_slice(br#"{"id":"evt_1"}"#).unwrap_err();
    assert_eq!(no_type.field(), Some("type"));
    let number_type = jofi::Event::from_slice(br#"{"type":5}"#).unwrap_err();
    assert_eq!(number_type.field(), Some("type"));

    // A known type whose data does not match names the path, and never the value.
    let mut value: Value = serde_json::from_slice(&invitation_event("evt_2")).expect("json");
    value["data"]["object"]["id"] = json!("ada@example.com");
    let body = serde_json::to_vec(&value).expect("serialises");
    let error = jofi::Event::from_slice(&body).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Webhook);
    assert_eq!(error.decode_path(), Some("data.object.id"));
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains("ada@example.com"), "{shown}");
    assert!(shown.contains("invitation.created"), "{shown}");
}

#[test]
fn jofi_events_debug_without_personal_data() {
    let event = jofi::Event::from_slice(&invitation_event("evt_3")).expect("parses");
    let shown = format!("{event:?}");
    assert!(shown.contains("evt_3") && shown.contains("invitation.created"));
    assert!(!shown.contains("ada"), "{shown}");
}

#[test]
fn jobmojito_shapes_are_told_apart() {
    let flat = |status: &str, interview: &str| {
        serde_json::to_vec(&json!({
            "id": "r1", "interview_id": "i1", "question_set_id": "i1", "status": status,
            "interview_status": interview, "processing_status": "completed",
            "profile_interview_id": null, "profile_id": null, "score": null,
            "ai_analysis_recruiter_score": null, "ai_analysis": null,
            "ai_analysis_recruiter": null, "recruiter_go_next_round": null,
            "candidate_email": "ada@example.com",
        }))
        .expect("serialises")
    };
    let cases = [
        (flat("active", "completed"), "interview_result"),
        (flat("draft", "completed"), "interview_collected"),
        (flat("draft", "failed"), "interview_failed"),
        (flat("draft", "abandoned"), "interview_failed"),
        (
            flat("active", "terminated, no speech detected"),
            "interview_failed",
        ),
        // A termination worded as this version does not know it is still a failure.
        (
            flat("active", "terminated, session timed out"),
            "interview_failed",
        ),
        (flat("archived", "completed"), "interview_result"),
    ];
    for (body, name) in cases {
        let event = jobmojito::Event::from_slice(&body).expect("parses");
        assert_eq!(event.name(), name);
        assert_eq!(event.result_id(), Some("r1"));
        assert!(!format!("{event:?}").contains("ada"));
    }
    let forced = jobmojito::Event::from_slice_as(
        &flat("active", "completed"),
        jobmojito::ResultEvent::InterviewFailed,
    )
    .expect("parses");
    assert_eq!(forced.name(), "interview_failed");

    let envelope = br#"{"table":"interview_result","schema":"public","record":{"id":"r2","score":5.12,"ai_analysis_recruiter_why_hire":["a"]}}"#;
    let event = jobmojito::Event::from_slice(envelope).expect("parses");
    assert_eq!(event.name(), "table_record");
    assert_eq!(event.result_id(), Some("r2"));

    let unknown =
        jobmojito::Event::from_slice(br#"{"event":"something_new","id":"x"}"#).expect("parses");
    assert!(matches!(unknown, jobmojito::Event::Unknown(_)));
    assert_eq!(unknown.name(), "unknown");

    let wrong = jobmojito::Event::from_slice(br#"{"id":"r1","interview_id":5}"#).unwrap_err();
    assert_eq!(wrong.decode_path(), Some("interview_id"));
    let wrong_record =
        jobmojito::Event::from_slice(br#"{"table":"t","schema":"s","record":{"score":"high"}}"#)
            .unwrap_err();
    assert_eq!(wrong_record.decode_path(), Some("record.score"));
    assert!(!wrong_record.to_string().contains("high"));
    assert!(jobmojito::Event::from_slice(b"\xff\xfe").is_err());
}

#[test]
fn arbitrary_bytes_never_panic() {
    let verifier = Verifier::builder()
        .hmac_secret(Secret::new(SECRET))
        .timestamp_tolerance(Duration::from_secs(60))
        .basic_auth("u", Secret::new("p"))
        .shared_header("x-token", Secret::new("t"))
        .build()
        .expect("valid");
    // A small xorshift generator: deterministic, no extra dependency.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let seeds: [&[u8]; 6] = [
        br#"{"type":"invitation.created","data":{"object":{}}}"#,
        br#"{"table":"x","record":[]}"#,
        br#"{"id":"1","interview_id":"2"}"#,
        b"sha256=",
        b"Basic dTpw",
        b"1700000000",
    ];
    for round in 0..3000 {
        let seed = seeds[round % seeds.len()];
        let mut bytes = seed.to_vec();
        for _ in 0..(next() % 6) {
            let at = (next() as usize) % (bytes.len() + 1);
            let byte = next() as u8;
            if next() % 2 == 0 && at < bytes.len() {
                bytes[at] = byte;
            } else {
                bytes.insert(at, byte);
            }
        }
        let _ = jofi::Event::from_slice(&bytes);
        let _ = jobmojito::Event::from_slice(&bytes);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let headers = to_header_map([
            ("x-hirekit-signature".to_string(), text.clone()),
            ("x-hirekit-timestamp".to_string(), text.clone()),
            ("authorization".to_string(), text.clone()),
            ("x-token".to_string(), text),
        ]);
        assert!(verifier.verify(&headers, &bytes).is_err());
    }
}

// ---- deliveries from the mock --------------------------------------------------------------

type Delivery = (HeaderMap, Bytes);

/// Starts a receiver that hands every delivery to the test and answers 200.
async fn capture_receiver() -> (String, UnboundedReceiver<Delivery>) {
    let (tx, rx) = unbounded_channel();
    let app =
        Router::new()
            .route(
                "/hook",
                post(
                    |State(tx): State<UnboundedSender<Delivery>>,
                     headers: HeaderMap,
                     body: Bytes| async move {
                        let _ = tx.send((headers, body));
                        StatusCode::OK
                    },
                ),
            )
            .with_state(tx);
    let url = serve(app).await;
    (format!("{url}/hook"), rx)
}

async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("binds");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{addr}")
}

async fn control(mock: &MockServer, method: &str, path: &str, body: Value) -> Value {
    hirekit::install_crypto_provider();
    let http = reqwest::Client::new();
    let url = format!("{}{path}", mock.base_url());
    let request = match method {
        "PUT" => http.put(url),
        _ => http.post(url),
    };
    let response = request
        .header("authorization", "Bearer sk_test_webhooks")
        .json(&body)
        .send()
        .await
        .expect("mock answers");
    let status = response.status();
    let answer: Value = response.json().await.unwrap_or(Value::Null);
    assert!(status.is_success(), "{path}: {status} {answer}");
    answer
}

/// The next message, or a failure if none comes within 10 s (a regression must fail, not hang).
#[cfg(feature = "axum")]
async fn within<T>(rx: &mut UnboundedReceiver<T>) -> Option<T> {
    tokio::time::timeout(Duration::from_secs(10), rx.recv())
        .await
        .expect("within 10 s")
}

async fn next_delivery(rx: &mut UnboundedReceiver<Delivery>) -> Delivery {
    tokio::time::timeout(Duration::from_secs(10), rx.recv())
        .await
        .expect("a delivery within 10 s")
        .expect("receiver open")
}

/// Drives the mock through every JOFI event: create, accept, complete, profile.
async fn trigger_all_jofi_events(mock: &MockServer) {
    let invitation = control(
        mock,
        "POST",
        "/api/v2/invitations",
        json!({
            "first_name": "Robin",
            "last_name": "Example",
            "email": "robin.webhooks@example.com",
            "created_by_user_email": "avery.hollis@example.com",
            "assessments_to_assign": [{ "test_id": 6 }],
        }),
    )
    .await;
    let invitation_id = invitation["id"].as_i64().expect("invitation id");
    let accepted = control(
        mock,
        "POST",
        &format!("/__mock/jofi/invitations/{invitation_id}/accept"),
        json!({}),
    )
    .await;
    let taker_id = accepted["test_taker"]["id"]
        .as_i64()
        .expect("test taker id");
    control(
        mock,
        "POST",
        &format!("/__mock/jofi/test-takers/{taker_id}/complete"),
        json!({}),
    )
    .await;
    control(
        mock,
        "POST",
        "/__mock/jofi/career-navigation-profiles",
        json!({ "test_taker_id": taker_id }),
    )
    .await;
}

const JOFI_TYPES: [&str; 5] = [
    "invitation.created",
    "invitation.accepted",
    "test_taker.created",
    "test_taker.assessment_completed",
    "career_navigation_profile.created",
];

async fn receive_jofi_events(
    rx: &mut UnboundedReceiver<Delivery>,
    verifier: &Verifier,
) -> Vec<jofi::Event> {
    let guard = InMemoryReplayGuard::default();
    let mut events = Vec::new();
    // Deliveries run concurrently, so they may arrive in any order.
    while !JOFI_TYPES
        .iter()
        .all(|t| events.iter().any(|e: &jofi::Event| e.type_name() == *t))
    {
        let (headers, body) = next_delivery(rx).await;
        verifier.verify(&headers, &body).expect("delivery verifies");
        let event = jofi::Event::from_slice(&body).expect("delivery parses");
        assert!(event.is_known(), "{event:?}");
        guard
            .check_and_remember(event.id().expect("id"))
            .expect("ids are unique");
        events.push(event);
    }
    events
}

#[tokio::test]
async fn all_five_jofi_events_from_the_mock_verify_and_parse_hex() {
    let mock = MockServer::start().await.expect("mock starts");
    let (url, mut rx) = capture_receiver().await;
    control(
        &mock,
        "PUT",
        "/__mock/webhooks/jofi",
        json!({ "url": url, "secret": SECRET, "encoding": "hex" }),
    )
    .await;
    trigger_all_jofi_events(&mock).await;
    let events = receive_jofi_events(&mut rx, &verifier()).await;
    for event in &events {
        match event {
            jofi::Event::InvitationCreated(e) => assert_eq!(e.data.object.object, "invitation"),
            jofi::Event::InvitationAccepted(e) => assert!(e.data.object.test_taker_id.is_some()),
            jofi::Event::TestTakerCreated(e) => assert_eq!(e.data.object.object, "test_taker"),
            jofi::Event::TestTakerAssessmentCompleted(e) => {
                assert_eq!(e.data.object.object, "test_taker")
            }
            jofi::Event::CareerNavigationProfileCreated(e) => {
                assert_eq!(
                    e.data.object.object.as_deref(),
                    Some("career_navigation_profile")
                )
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[tokio::test]
async fn jofi_events_from_the_mock_verify_in_base64_with_timestamps_and_basic_auth() {
    let mock = MockServer::start().await.expect("mock starts");
    let (url, mut rx) = capture_receiver().await;
    control(
        &mock,
        "PUT",
        "/__mock/webhooks/jofi",
        json!({
            "url": url,
            "secret": OLD_SECRET,
            "encoding": "base64",
            "timestamp": true,
            "basic": { "username": "jofi-hooks", "password": "basic-secret" },
        }),
    )
    .await;
    trigger_all_jofi_events(&mock).await;
    // Mid-rotation: the mock still signs with the old secret.
    let verifier = Verifier::builder()
        .hmac_secret(Secret::new(SECRET))
        .hmac_secret(Secret::new(OLD_SECRET))
        .timestamp_tolerance(Duration::from_secs(300))
        .basic_auth("jofi-hooks", Secret::new("basic-secret"))
        .build()
        .expect("valid");
    let events = receive_jofi_events(&mut rx, &verifier).await;
    assert_eq!(events.len(), 5);
}

#[tokio::test]
async fn the_three_jobmojito_events_from_the_mock_verify_and_parse() {
    let mock = MockServer::start().await.expect("mock starts");
    let (url, mut rx) = capture_receiver().await;
    // JobMojito signs nothing; this is the "signing proxy in front" set-up.
    control(
        &mock,
        "PUT",
        "/__mock/webhooks/jobmojito",
        json!({ "url": url, "secret": SECRET, "encoding": "base64" }),
    )
    .await;
    let verifier = verifier();
    let guard = InMemoryReplayGuard::default();
    for (outcome, name) in [
        ("collected", "interview_collected"),
        ("result", "interview_result"),
        ("failed", "interview_failed"),
    ] {
        let answer = control(
            &mock,
            "POST",
            "/__mock/jobmojito/results",
            json!({ "interview_id": "9f1c2d3e-0000-4000-8000-000000000001", "outcome": outcome }),
        )
        .await;
        assert_eq!(answer["event"], name);
        let (headers, body) = next_delivery(&mut rx).await;
        verifier.verify(&headers, &body).expect("delivery verifies");
        let event = jobmojito::Event::from_slice(&body).expect("delivery parses");
        assert_eq!(event.name(), name);
        assert_eq!(event.result_id(), answer["result_id"].as_str());
        let payload = event.payload().expect("flat payload");
        assert_eq!(payload.interview_id, "9f1c2d3e-0000-4000-8000-000000000001");
        guard
            .check_and_remember(&jobmojito::replay_key(&body))
            .expect("first delivery");
        assert!(
            guard
                .check_and_remember(&jobmojito::replay_key(&body))
                .is_err()
        );
    }
}

#[cfg(feature = "axum")]
mod extractor {
    use std::sync::Arc;

    use axum::response::{IntoResponse, Response};
    use hirekit::webhooks::axum::{
        JobMojitoWebhooks, JofiWebhooks, RejectionReason, VerifiedJobMojitoEvent,
        VerifiedJofiEvent, WebhookRejection,
    };

    use super::*;

    /// The handlers' channels; the webhook configurations are on the routes, not in here.
    #[derive(Clone)]
    struct AppState {
        seen: UnboundedSender<String>,
        refused: UnboundedSender<Refused>,
    }

    /// What a handler taking `Result<_, WebhookRejection>` saw of a rejection: its reason and
    /// everything it prints (`Display`, `Debug`, `{:#?}`, the replay error).
    type Refused = (RejectionReason, String);

    async fn app() -> (String, UnboundedReceiver<String>) {
        let (base, seen, _) = app_with(Arc::new(InMemoryReplayGuard::default())).await;
        (base, seen)
    }

    fn jobmojito_verifier() -> Verifier {
        Verifier::builder()
            .basic_auth("jm", Secret::new("jm-secret"))
            .build()
            .expect("valid")
    }

    fn observe(state: &AppState, rejection: WebhookRejection) -> Response {
        let printed = format!(
            "{rejection}\n{rejection:?}\n{rejection:#?}\n{:?}\n{:?}",
            rejection.error(),
            rejection.replay_error()
        );
        let _ = state.refused.send((rejection.reason(), printed));
        rejection.into_response()
    }

    async fn observed_jofi(
        State(s): State<AppState>,
        e: Result<VerifiedJofiEvent, WebhookRejection>,
    ) -> Response {
        match e {
            Ok(e) => {
                let _ = s.seen.send(e.event.type_name().to_string());
                StatusCode::OK.into_response()
            }
            Err(rejection) => observe(&s, rejection),
        }
    }

    async fn observed_jobmojito(
        State(s): State<AppState>,
        e: Result<VerifiedJobMojitoEvent, WebhookRejection>,
    ) -> Response {
        match e {
            Ok(e) => {
                let _ = s.seen.send(e.event.name().to_string());
                StatusCode::OK.into_response()
            }
            Err(rejection) => observe(&s, rejection),
        }
    }

    /// The receiver with `guard`: `/jofi` and `/jobmojito` use the extractors directly, and
    /// `/jofi/observed` and `/jobmojito/observed` hand every rejection to the test before
    /// answering with it, as an application that logs them would. The JOFI configuration is
    /// one layer on the whole router, the JobMojito one a layer on each of its routes.
    async fn app_with(
        guard: Arc<dyn ReplayGuard>,
    ) -> (
        String,
        UnboundedReceiver<String>,
        UnboundedReceiver<Refused>,
    ) {
        let (seen, rx) = unbounded_channel();
        let (refused, refused_rx) = unbounded_channel();
        let state = AppState { seen, refused };
        let jofi = JofiWebhooks::new(verifier()).replay_guard(guard.clone());
        let jobmojito = JobMojitoWebhooks::new(jobmojito_verifier()).replay_guard(guard);
        let app = Router::new()
            .route(
                "/jofi",
                post(
                    |State(s): State<AppState>, e: VerifiedJofiEvent| async move {
                        let _ = s.seen.send(e.event.type_name().to_string());
                    },
                ),
            )
            .route(
                "/jobmojito",
                post(
                    |State(s): State<AppState>, e: VerifiedJobMojitoEvent| async move {
                        let _ = s.seen.send(e.event.name().to_string());
                    },
                )
                .layer(jobmojito.clone().layer()),
            )
            .route("/jofi/observed", post(observed_jofi))
            .route(
                "/jobmojito/observed",
                post(observed_jobmojito).layer(jobmojito.layer()),
            )
            .layer(jofi.layer())
            .with_state(state);
        (serve(app).await, rx, refused_rx)
    }

    pub(super) async fn post_raw(
        url: &str,
        headers: &[(String, String)],
        body: &[u8],
    ) -> (u16, String) {
        hirekit::install_crypto_provider();
        let mut request = reqwest::Client::new().post(url).body(body.to_vec());
        for (name, value) in headers {
            request = request.header(name, value);
        }
        let response = request.send().await.expect("answers");
        let status = response.status().as_u16();
        (status, response.text().await.unwrap_or_default())
    }

    #[tokio::test]
    async fn the_extractors_verify_parse_and_deduplicate() {
        let (base, mut seen) = app().await;
        let url = format!("{base}/jofi");
        let body = invitation_event("evt_extract");
        let headers = Signer::new(SECRET).headers(&body);
        assert_eq!(post_raw(&url, &headers, &body).await.0, 200);
        assert_eq!(seen.recv().await.as_deref(), Some("invitation.created"));

        // The same delivery again is acknowledged without reaching the handler.
        let (status, text) = post_raw(&url, &headers, &body).await;
        assert_eq!((status, text.as_str()), (200, "duplicate delivery ignored"));

        let (status, text) = post_raw(&url, &[], &body).await;
        assert_eq!(status, 401);
        assert!(!text.contains(SECRET) && !text.contains("sha256"));
        let bad_sig = Signer::new("wrong").headers(&body);
        assert_eq!(post_raw(&url, &bad_sig, &body).await.0, 401);

        let junk = b"{\"type\": 1}";
        assert_eq!(
            post_raw(&url, &Signer::new(SECRET).headers(junk), junk)
                .await
                .0,
            400
        );
        assert!(
            seen.try_recv().is_err(),
            "no rejected delivery reached the handler"
        );
    }

    /// A replay guard backed by a store that can be down: while it is, every check fails
    /// with [`ReplayError::Unavailable`]; once it is back, it deduplicates in memory.
    pub(super) struct FlakyStore {
        pub(super) down: std::sync::atomic::AtomicBool,
        pub(super) memory: InMemoryReplayGuard,
    }

    impl ReplayGuard for FlakyStore {
        fn check_and_remember(&self, key: &str) -> Result<(), ReplayError> {
            if self.down.load(std::sync::atomic::Ordering::SeqCst) {
                return Err(ReplayError::unavailable(std::io::Error::new(
                    std::io::ErrorKind::ConnectionRefused,
                    "replay store unreachable",
                )));
            }
            self.memory.check_and_remember(key)
        }

        fn forget(&self, key: &str) {
            self.memory.forget(key);
        }
    }

    /// A flat JobMojito result payload: `("active", "completed")` is an `interview_result`,
    /// `("draft", "completed")` an `interview_collected`, `("draft", "failed")` an
    /// `interview_failed`. It names a candidate, so tests can check nothing repeats it.
    pub(super) fn jobmojito_body(status: &str, interview: &str) -> Vec<u8> {
        serde_json::to_vec(&json!({
            "id": "r1", "interview_id": "i1", "question_set_id": "i1", "status": status,
            "interview_status": interview, "processing_status": "completed",
            "profile_interview_id": null, "profile_id": null, "score": 7.5,
            "ai_analysis_recruiter_score": null, "ai_analysis": null,
            "ai_analysis_recruiter": null, "recruiter_go_next_round": null,
            "candidate_email": "ada@example.com",
        }))
        .expect("serialises")
    }

    fn jobmojito_delivery() -> (Vec<(String, String)>, Vec<u8>) {
        (
            vec![basic_auth_header("jm", "jm-secret")],
            jobmojito_body("active", "completed"),
        )
    }

    /// Issue 10, item 8: a verified delivery that meets a replay guard whose store is down is
    /// answered 503, not acknowledged, so the vendor sends it again; the handler never saw
    /// it, and the re-delivery after the store is back reaches it.
    #[tokio::test]
    async fn replay_guard_failure_is_not_acknowledged() {
        let store = Arc::new(FlakyStore {
            down: std::sync::atomic::AtomicBool::new(true),
            memory: InMemoryReplayGuard::default(),
        });
        let (base, mut seen, mut refused) = app_with(store.clone()).await;
        let jofi_body = invitation_event("evt_store_down");
        let jofi_headers = Signer::new(SECRET).headers(&jofi_body);
        let (jm_headers, jm_body) = jobmojito_delivery();
        let deliveries = [
            ("jofi", &jofi_headers, &jofi_body, "invitation.created"),
            ("jobmojito", &jm_headers, &jm_body, "interview_result"),
        ];

        for (vendor, headers, body, _) in deliveries {
            let (status, text) = post_raw(&format!("{base}/{vendor}"), headers, body).await;
            assert_eq!(status, 503, "{vendor}: {text}");
            assert!(!text.contains("unreachable"), "{vendor}: {text}");

            let (status, _) = post_raw(&format!("{base}/{vendor}/observed"), headers, body).await;
            assert_eq!(status, 503, "{vendor}");
            let (reason, printed) = refused.recv().await.expect("the rejection");
            assert_eq!(reason, RejectionReason::GuardUnavailable, "{vendor}");
            assert!(printed.contains("Unavailable"), "{vendor}: {printed}");
        }
        assert!(seen.try_recv().is_err(), "no delivery reached a handler");

        // The store is back: the vendor's re-deliveries go through, once.
        store.down.store(false, std::sync::atomic::Ordering::SeqCst);
        for (vendor, headers, body, name) in deliveries {
            let url = format!("{base}/{vendor}");
            assert_eq!(post_raw(&url, headers, body).await.0, 200, "{vendor}");
            assert_eq!(seen.recv().await.as_deref(), Some(name));
            let (status, text) = post_raw(&url, headers, body).await;
            assert_eq!((status, text.as_str()), (200, "duplicate delivery ignored"));
        }
        assert!(seen.try_recv().is_err(), "each delivery was handled once");
    }

    /// Issue 10, item 8: an authentic event whose id is longer than the replay guard keeps is
    /// not acknowledged (422): the handler never saw it. The rejection is typed for the
    /// application's log, and neither the answer nor anything the rejection prints repeats
    /// the id.
    #[tokio::test]
    async fn overlong_event_id_is_not_acknowledged() {
        let (base, mut seen, mut refused) =
            app_with(Arc::new(InMemoryReplayGuard::default())).await;
        let id = format!("evt_{}", "Q7zLongIdPart".repeat(50));
        assert!(id.len() > 512);
        let body = invitation_event(&id);
        let headers = Signer::new(SECRET).headers(&body);

        let (status, text) = post_raw(&format!("{base}/jofi"), &headers, &body).await;
        assert_eq!(status, 422, "{text}");
        assert!(!text.contains("Q7zLongIdPart"), "{text}");

        let (status, text) = post_raw(&format!("{base}/jofi/observed"), &headers, &body).await;
        assert_eq!(status, 422, "{text}");
        let (reason, printed) = refused.recv().await.expect("the rejection");
        assert_eq!(reason, RejectionReason::KeyRefused);
        assert!(
            printed.contains(&format!("len: {}", id.len())),
            "the length is kept: {printed}"
        );
        assert!(!printed.contains("Q7zLongIdPart"), "{printed}");
        assert!(printed.len() < 4_000, "bounded: {} bytes", printed.len());
        assert!(seen.try_recv().is_err(), "the handler never saw it");
    }

    #[tokio::test]
    async fn mock_deliveries_reach_the_handlers_through_the_extractors() {
        let mock = MockServer::start().await.expect("mock starts");
        let (base, mut seen) = app().await;
        control(
            &mock,
            "PUT",
            "/__mock/webhooks/jofi",
            json!({ "url": format!("{base}/jofi"), "secret": SECRET }),
        )
        .await;
        control(
            &mock,
            "PUT",
            "/__mock/webhooks/jobmojito",
            json!({
                "url": format!("{base}/jobmojito"),
                "basic": { "username": "jm", "password": "jm-secret" },
            }),
        )
        .await;
        trigger_all_jofi_events(&mock).await;
        for outcome in ["collected", "result", "failed"] {
            control(
                &mock,
                "POST",
                "/__mock/jobmojito/results",
                json!({ "interview_id": "9f1c2d3e-0000-4000-8000-000000000002", "outcome": outcome }),
            )
            .await;
        }
        let mut names = Vec::new();
        while names.len() < 8 {
            let name = tokio::time::timeout(Duration::from_secs(10), seen.recv())
                .await
                .expect("a delivery within 10 s")
                .expect("open");
            names.push(name);
        }
        names.sort();
        let mut expected: Vec<String> = JOFI_TYPES
            .iter()
            .chain(
                [
                    "interview_collected",
                    "interview_result",
                    "interview_failed",
                ]
                .iter(),
            )
            .map(|s| s.to_string())
            .collect();
        expected.sort();
        assert_eq!(names, expected);
    }

    // ---- configuration per route (issue 11, item 7) ------------------------------------

    /// Two JOFI endpoints with their own secrets (JOFI's live and test URLs) in one app with
    /// no state at all: each route's layer carries its configuration. A router-wide layer
    /// configures the routes without their own, and a route's own layer wins over it.
    #[tokio::test]
    async fn two_routes_with_different_secrets_need_no_state_type() {
        const ROUTER_WIDE: &str = "whsec_router_wide_555";
        let (seen, mut rx) = unbounded_channel::<String>();
        let handler = |route: &'static str| {
            let seen = seen.clone();
            move |e: VerifiedJofiEvent| {
                let seen = seen.clone();
                async move {
                    let _ = seen.send(format!("{route} {}", e.event.id().unwrap_or("-")));
                }
            }
        };
        let with_secret = |secret: &str| {
            JofiWebhooks::new(
                Verifier::builder()
                    .hmac_secret(Secret::new(secret))
                    .build()
                    .expect("valid"),
            )
        };
        let app: Router = Router::new()
            .route(
                "/live",
                post(handler("live")).layer(with_secret(SECRET).layer()),
            )
            .route(
                "/test",
                post(handler("test")).layer(with_secret(OLD_SECRET).layer()),
            )
            .route("/plain", post(handler("plain")))
            .layer(with_secret(ROUTER_WIDE).layer());
        let base = serve(app).await;

        for (route, secret, status) in [
            ("live", SECRET, 200),
            ("live", OLD_SECRET, 401),
            ("live", ROUTER_WIDE, 401),
            ("test", OLD_SECRET, 200),
            ("test", SECRET, 401),
            ("plain", ROUTER_WIDE, 200),
            ("plain", SECRET, 401),
        ] {
            let body = invitation_event(&format!("evt_{route}_{status}"));
            let headers = Signer::new(secret).headers(&body);
            let (answered, text) = post_raw(&format!("{base}/{route}"), &headers, &body).await;
            assert_eq!(answered, status, "{route} signed with {secret}: {text}");
            if status == 200 {
                let handled = within(&mut rx).await.expect("handled");
                assert_eq!(handled, format!("{route} evt_{route}_200"));
            }
        }
        assert!(rx.try_recv().is_err(), "no refused delivery was handled");
    }

    /// A route for one JobMojito event refuses a delivery of another type with 422, before
    /// the replay guard: the same delivery then reaches the route it belongs to. The refusal
    /// names both types for the log, never the candidate.
    #[tokio::test]
    async fn a_per_event_route_refuses_other_types_without_remembering_them() {
        use hirekit::webhooks::jobmojito::ResultEvent;

        let (seen, mut seen_rx) = unbounded_channel();
        let (refused, mut refused_rx) = unbounded_channel();
        let state = AppState { seen, refused };
        let guard: Arc<dyn ReplayGuard> = Arc::new(InMemoryReplayGuard::default());
        let base_config = JobMojitoWebhooks::new(jobmojito_verifier()).replay_guard(guard);
        let failed = base_config.clone().event(ResultEvent::InterviewFailed);
        let results = base_config
            .clone()
            .event(ResultEvent::InterviewResult)
            .event(ResultEvent::InterviewCollected)
            .event(ResultEvent::InterviewResult);
        assert_eq!(
            results.accepted_events(),
            [
                ResultEvent::InterviewResult,
                ResultEvent::InterviewCollected
            ]
        );
        assert!(base_config.accepted_events().is_empty());
        let app = Router::new()
            .route("/failed", post(observed_jobmojito).layer(failed.layer()))
            .route("/results", post(observed_jobmojito).layer(results.layer()))
            .route("/any", post(observed_jobmojito).layer(base_config.layer()))
            .with_state(state);
        let base = serve(app).await;
        let auth = vec![basic_auth_header("jm", "jm-secret")];
        let result = jobmojito_body("active", "completed");

        let (status, text) = post_raw(&format!("{base}/failed"), &auth, &result).await;
        assert_eq!(
            (status, text.as_str()),
            (422, "this endpoint does not accept this event type")
        );
        let (reason, printed) = within(&mut refused_rx).await.expect("the rejection");
        assert_eq!(reason, RejectionReason::UnexpectedEvent);
        assert!(
            printed.contains("`interview_failed` only") && printed.contains("`interview_result`"),
            "{printed}"
        );
        assert!(!printed.contains("ada@example.com"), "{printed}");
        assert!(seen_rx.try_recv().is_err(), "the handler never saw it");

        // Not remembered: the same bytes at the right URL are a first delivery, not a
        // duplicate.
        let (status, text) = post_raw(&format!("{base}/results"), &auth, &result).await;
        assert_eq!((status, text.as_str()), (200, ""));
        assert_eq!(
            within(&mut seen_rx).await.as_deref(),
            Some("interview_result")
        );

        for (route, body, name) in [
            (
                "failed",
                jobmojito_body("draft", "failed"),
                "interview_failed",
            ),
            (
                "results",
                jobmojito_body("draft", "completed"),
                "interview_collected",
            ),
        ] {
            let (status, text) = post_raw(&format!("{base}/{route}"), &auth, &body).await;
            assert_eq!(status, 200, "{route}: {text}");
            assert_eq!(within(&mut seen_rx).await.as_deref(), Some(name));
        }

        // The older envelope is none of the configured types; an unrestricted route takes it.
        let envelope = br#"{"table":"interview_result","schema":"public","record":{"id":"r2"}}"#;
        assert_eq!(
            post_raw(&format!("{base}/failed"), &auth, envelope).await.0,
            422
        );
        let (reason, _) = within(&mut refused_rx).await.expect("the rejection");
        assert_eq!(reason, RejectionReason::UnexpectedEvent);
        assert_eq!(
            post_raw(&format!("{base}/any"), &auth, envelope).await.0,
            200
        );
        assert_eq!(within(&mut seen_rx).await.as_deref(), Some("table_record"));

        // Verification comes first: an unauthenticated caller learns nothing about types.
        let (status, _) = post_raw(&format!("{base}/failed"), &[], &result).await;
        assert_eq!(status, 401);
        let (reason, _) = within(&mut refused_rx).await.expect("the rejection");
        assert_eq!(reason, RejectionReason::Unverified);
        assert!(seen_rx.try_recv().is_err());
    }

    /// An extractor on a route without configuration answers 500 with a typed rejection
    /// naming what is missing, for both vendors, and does not panic.
    #[tokio::test]
    async fn a_route_without_configuration_is_a_typed_rejection() {
        type Seen = (RejectionReason, u16, Option<ErrorKind>, String);
        let (tx, mut rx) = unbounded_channel::<Seen>();
        let report = |rejection: WebhookRejection| {
            (
                rejection.reason(),
                rejection.status().as_u16(),
                rejection.error().map(hirekit::Error::kind),
                rejection.to_string(),
            )
        };
        let (jofi_tx, jm_tx) = (tx.clone(), tx);
        let app: Router = Router::new()
            .route("/jofi", post(|_: VerifiedJofiEvent| async {}))
            .route(
                "/jofi/observed",
                post(move |e: Result<VerifiedJofiEvent, WebhookRejection>| {
                    let tx = jofi_tx.clone();
                    async move {
                        if let Err(rejection) = e {
                            let _ = tx.send(report(rejection));
                        }
                    }
                }),
            )
            .route(
                "/jobmojito/observed",
                post(move |e: Result<VerifiedJobMojitoEvent, WebhookRejection>| {
                    let tx = jm_tx.clone();
                    async move {
                        if let Err(rejection) = e {
                            let _ = tx.send(report(rejection));
                        }
                    }
                }),
            );
        let base = serve(app).await;
        let body = invitation_event("evt_unconfigured");
        let headers = Signer::new(SECRET).headers(&body);

        let (status, text) = post_raw(&format!("{base}/jofi"), &headers, &body).await;
        assert_eq!(
            (status, text.as_str()),
            (500, "webhook endpoint is not configured")
        );
        for (route, missing) in [
            ("jofi/observed", "`JofiWebhooks`"),
            ("jobmojito/observed", "`JobMojitoWebhooks`"),
        ] {
            post_raw(&format!("{base}/{route}"), &headers, &body).await;
            let (reason, status, kind, message) = within(&mut rx).await.expect("the rejection");
            assert_eq!(reason, RejectionReason::NotConfigured, "{route}");
            assert_eq!(status, 500, "{route}");
            assert_eq!(kind, Some(ErrorKind::Config), "{route}");
            assert!(message.contains(missing), "{route}: {message}");
        }
    }
}

/// The one-call router (issue 11, item 7): both vendors' routes from one builder, handlers
/// taking the typed event, and the same replay semantics as the extractors.
#[cfg(feature = "axum")]
mod router {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    use hirekit::webhooks::axum::{
        DEFAULT_JOBMOJITO_PATH, DEFAULT_JOFI_PATH, JobMojitoWebhooks, JofiWebhooks, WebhookRouter,
    };
    use hirekit::webhooks::jobmojito::ResultEvent;

    use super::extractor::{FlakyStore, jobmojito_body, post_raw};
    use super::*;

    const JM_SECRET: &str = "jm_proxy_secret_24680";

    fn jm_verifier() -> Verifier {
        Verifier::builder()
            .hmac_secret(Secret::new(JM_SECRET))
            .build()
            .expect("valid")
    }

    /// Handlers that report `<vendor> <type> <id>` on `tx`.
    fn reporting(router: WebhookRouter, tx: &UnboundedSender<String>) -> WebhookRouter {
        let (jofi_tx, jm_tx) = (tx.clone(), tx.clone());
        router
            .jofi(verifier(), move |event: jofi::Event| {
                let tx = jofi_tx.clone();
                async move {
                    let id = event.id().unwrap_or("-");
                    let _ = tx.send(format!("jofi {} {id}", event.type_name()));
                }
            })
            .jobmojito(jm_verifier(), move |event: jobmojito::Event| {
                let tx = jm_tx.clone();
                async move {
                    let id = event.result_id().unwrap_or("-");
                    let _ = tx.send(format!("jobmojito {} {id}", event.name()));
                }
            })
    }

    #[tokio::test]
    async fn the_one_call_router_delivers_both_vendors_to_their_handlers() {
        assert_eq!(DEFAULT_JOFI_PATH, "/webhooks/jofi");
        assert_eq!(DEFAULT_JOBMOJITO_PATH, "/webhooks/jobmojito");
        let (tx, mut rx) = unbounded_channel();
        let failed_tx = tx.clone();
        let app = reporting(WebhookRouter::new(), &tx)
            .jobmojito_event(
                ResultEvent::InterviewFailed,
                jm_verifier(),
                move |event: jobmojito::Event| {
                    let tx = failed_tx.clone();
                    async move {
                        let _ = tx.send(format!("failed route {}", event.name()));
                    }
                },
            )
            .into_router()
            .expect("valid routes");
        let base = serve(app).await;

        let jofi_body = invitation_event("evt_router");
        let jofi_headers = Signer::new(SECRET).headers(&jofi_body);
        let jofi_url = format!("{base}/webhooks/jofi");
        assert_eq!(post_raw(&jofi_url, &jofi_headers, &jofi_body).await.0, 200);
        assert_eq!(
            within(&mut rx).await.as_deref(),
            Some("jofi invitation.created evt_router")
        );

        let jm_body = jobmojito_body("active", "completed");
        let jm_headers = Signer::new(JM_SECRET).headers(&jm_body);
        let jm_url = format!("{base}/webhooks/jobmojito");
        assert_eq!(post_raw(&jm_url, &jm_headers, &jm_body).await.0, 200);
        assert_eq!(
            within(&mut rx).await.as_deref(),
            Some("jobmojito interview_result r1")
        );

        // Each route has its own secret.
        assert_eq!(post_raw(&jm_url, &jofi_headers, &jofi_body).await.0, 401);
        assert_eq!(post_raw(&jofi_url, &jm_headers, &jm_body).await.0, 401);

        // The per-event route takes its event and refuses another one.
        let failed_url = format!("{base}/webhooks/jobmojito/interview_failed");
        let failed = jobmojito_body("draft", "abandoned");
        let failed_headers = Signer::new(JM_SECRET).headers(&failed);
        assert_eq!(post_raw(&failed_url, &failed_headers, &failed).await.0, 200);
        assert_eq!(
            within(&mut rx).await.as_deref(),
            Some("failed route interview_failed")
        );
        let result = jobmojito_body("active", "completed, stopped early");
        let result_headers = Signer::new(JM_SECRET).headers(&result);
        let (status, text) = post_raw(&failed_url, &result_headers, &result).await;
        assert_eq!(status, 422, "{text}");

        // The default replay guard: a retry is acknowledged without reaching the handler.
        let (status, text) = post_raw(&jofi_url, &jofi_headers, &jofi_body).await;
        assert_eq!((status, text.as_str()), (200, "duplicate delivery ignored"));
        assert!(rx.try_recv().is_err(), "nothing else was handled");
    }

    #[tokio::test]
    async fn custom_paths_and_routes_with_their_own_guard() {
        let (tx, mut rx) = unbounded_channel::<String>();
        let (jofi_tx, test_tx) = (tx.clone(), tx.clone());
        let own_guard = Arc::new(InMemoryReplayGuard::default());
        let shared = Arc::new(InMemoryReplayGuard::default());
        let app = WebhookRouter::new()
            .replay_guard(shared.clone())
            .jofi_at("/hooks/jofi", verifier(), move |event: jofi::Event| {
                let tx = jofi_tx.clone();
                async move {
                    let _ = tx.send(format!("live {}", event.type_name()));
                }
            })
            .jofi_at(
                "/hooks/jofi-test",
                JofiWebhooks::new(
                    Verifier::builder()
                        .hmac_secret(Secret::new(OLD_SECRET))
                        .build()
                        .expect("valid"),
                )
                .replay_guard(own_guard.clone()),
                move |event: jofi::Event| {
                    let tx = test_tx.clone();
                    async move {
                        let _ = tx.send(format!("test {}", event.type_name()));
                    }
                },
            )
            .into_router()
            .expect("valid routes");
        let base = serve(app).await;

        let live = invitation_event("evt_live");
        let test = invitation_event("evt_test");
        let (status, _) = post_raw(
            &format!("{base}/hooks/jofi"),
            &Signer::new(SECRET).headers(&live),
            &live,
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(
            within(&mut rx).await.as_deref(),
            Some("live invitation.created")
        );
        let (status, _) = post_raw(
            &format!("{base}/hooks/jofi-test"),
            &Signer::new(OLD_SECRET).headers(&test),
            &test,
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(
            within(&mut rx).await.as_deref(),
            Some("test invitation.created")
        );
        // The default path is not mounted when a custom one is given.
        let (status, _) = post_raw(
            &format!("{base}/webhooks/jofi"),
            &Signer::new(SECRET).headers(&live),
            &live,
        )
        .await;
        assert_eq!(status, 404);

        // The route's own guard is kept; the router's guard serves the other route.
        assert_eq!((own_guard.len(), shared.len()), (1, 1));
        assert!(matches!(
            own_guard.check_and_remember("evt_test"),
            Err(ReplayError::Seen)
        ));
        assert!(matches!(
            shared.check_and_remember("evt_live"),
            Err(ReplayError::Seen)
        ));
    }

    /// The replay semantics of the extractors, on the router's paths: 503 while the guard's
    /// store is down (never acknowledged, never handled), then each delivery handled once
    /// and its retry answered 200; an id the guard refuses answers 422.
    #[tokio::test]
    async fn replay_semantics_hold_on_the_router_paths() {
        let store = Arc::new(FlakyStore {
            down: AtomicBool::new(true),
            memory: InMemoryReplayGuard::default(),
        });
        let (tx, mut rx) = unbounded_channel();
        let app = reporting(WebhookRouter::new().replay_guard(store.clone()), &tx)
            .into_router()
            .expect("valid routes");
        let base = serve(app).await;
        let jofi_body = invitation_event("evt_router_replay");
        let jm_body = jobmojito_body("draft", "completed");
        let deliveries = [
            (
                "jofi",
                Signer::new(SECRET).headers(&jofi_body),
                &jofi_body,
                "jofi invitation.created evt_router_replay",
            ),
            (
                "jobmojito",
                Signer::new(JM_SECRET).headers(&jm_body),
                &jm_body,
                "jobmojito interview_collected r1",
            ),
        ];

        for (vendor, headers, body, _) in &deliveries {
            let (status, text) =
                post_raw(&format!("{base}/webhooks/{vendor}"), headers, body).await;
            assert_eq!(status, 503, "{vendor}: {text}");
            assert!(!text.contains("unreachable"), "{vendor}: {text}");
        }
        assert!(rx.try_recv().is_err(), "no delivery reached a handler");

        store.down.store(false, Ordering::SeqCst);
        for (vendor, headers, body, handled) in &deliveries {
            let url = format!("{base}/webhooks/{vendor}");
            assert_eq!(post_raw(&url, headers, body).await.0, 200, "{vendor}");
            assert_eq!(within(&mut rx).await.as_deref(), Some(*handled));
            let (status, text) = post_raw(&url, headers, body).await;
            assert_eq!((status, text.as_str()), (200, "duplicate delivery ignored"));
        }

        let id = format!("evt_{}", "Q7zLongIdPart".repeat(50));
        let long = invitation_event(&id);
        let (status, text) = post_raw(
            &format!("{base}/webhooks/jofi"),
            &Signer::new(SECRET).headers(&long),
            &long,
        )
        .await;
        assert_eq!(status, 422, "{text}");
        assert!(!text.contains("Q7zLongIdPart"), "{text}");
        assert!(rx.try_recv().is_err(), "each delivery was handled once");

        // Without a guard, a retry reaches the handler again.
        let app = reporting(WebhookRouter::new().without_replay_guard(), &tx)
            .into_router()
            .expect("valid routes");
        let base = serve(app).await;
        let (_, headers, body, handled) = &deliveries[0];
        for _ in 0..2 {
            let url = format!("{base}/webhooks/jofi");
            assert_eq!(post_raw(&url, headers, body).await.0, 200);
            assert_eq!(within(&mut rx).await.as_deref(), Some(*handled));
        }
    }

    /// A handler that answers an error, or panics, has not handled the delivery: it is
    /// forgotten in the guard, so the vendor's retry reaches the handler again.
    #[tokio::test]
    async fn a_failing_or_panicking_handler_does_not_acknowledge() {
        let calls = Arc::new(AtomicUsize::new(0));
        let counted = calls.clone();
        let app = WebhookRouter::new()
            .jobmojito(jm_verifier(), move |_event: jobmojito::Event| {
                let calls = counted.clone();
                async move {
                    match calls.fetch_add(1, Ordering::SeqCst) {
                        0 => StatusCode::INTERNAL_SERVER_ERROR,
                        1 => panic!("the handler's own bug"),
                        _ => StatusCode::NO_CONTENT,
                    }
                }
            })
            .into_router()
            .expect("valid routes");
        let base = serve(app).await;
        let url = format!("{base}/webhooks/jobmojito");
        let body = jobmojito_body("active", "completed");
        let headers = Signer::new(JM_SECRET).headers(&body);

        for (expected, calls_after) in [(500, 1), (500, 2), (204, 3)] {
            assert_eq!(post_raw(&url, &headers, &body).await.0, expected);
            assert_eq!(calls.load(Ordering::SeqCst), calls_after);
        }
        let (status, text) = post_raw(&url, &headers, &body).await;
        assert_eq!((status, text.as_str()), (200, "duplicate delivery ignored"));
        assert_eq!(calls.load(Ordering::SeqCst), 3, "handled once acknowledged");
    }

    #[test]
    fn configuration_mistakes_are_errors_not_panics() {
        let empty = WebhookRouter::new().into_router().unwrap_err();
        assert_eq!(empty.kind(), ErrorKind::Config);

        let noop = |_: jofi::Event| async {};
        let twice = WebhookRouter::new()
            .jofi(verifier(), noop)
            .jofi(verifier(), noop)
            .into_router()
            .unwrap_err();
        assert_eq!(twice.kind(), ErrorKind::Config);
        assert_eq!(twice.field(), Some("path"));
        assert!(twice.to_string().contains("/webhooks/jofi"), "{twice}");

        for bad in [
            "",
            "webhooks",
            "/hooks/{id}",
            "/hooks/:id",
            "/hooks/*rest",
            "/a b",
            "/é",
        ] {
            let error = WebhookRouter::new()
                .jofi_at(bad, verifier(), noop)
                .into_router()
                .unwrap_err();
            assert_eq!(error.kind(), ErrorKind::Config, "{bad}");
            assert!(error.to_string().contains("JOFI"), "{bad}: {error}");
        }
        let jm_noop = |_: jobmojito::Event| async {};
        let jm_bad = WebhookRouter::new()
            .jobmojito_at("no-slash", jm_verifier(), jm_noop)
            .into_router()
            .unwrap_err();
        assert!(jm_bad.to_string().contains("JobMojito"), "{jm_bad}");

        // One route per JobMojito event, next to the general one, is fine.
        let _router = WebhookRouter::new()
            .jobmojito(jm_verifier(), jm_noop)
            .jobmojito_event(ResultEvent::InterviewResult, jm_verifier(), jm_noop)
            .jobmojito_event(ResultEvent::InterviewFailed, jm_verifier(), jm_noop)
            .into_router()
            .expect("distinct paths");
    }

    #[test]
    fn secrets_never_show_in_debug() {
        let router = WebhookRouter::new()
            .jofi(verifier(), |_: jofi::Event| async {})
            .jobmojito(
                JobMojitoWebhooks::new(
                    Verifier::builder()
                        .shared_header("x-webhook-token", Secret::new("jm-token-secret-13579"))
                        .build()
                        .expect("valid"),
                ),
                |_: jobmojito::Event| async {},
            );
        let shown = format!(
            "{router:?} {:?} {:?}",
            JofiWebhooks::new(verifier()),
            JobMojitoWebhooks::new(jm_verifier()).event(ResultEvent::InterviewFailed)
        );
        assert!(shown.contains("/webhooks/jofi"), "{shown}");
        assert!(shown.contains("InterviewFailed"), "{shown}");
        for secret in [SECRET, JM_SECRET, "jm-token-secret-13579"] {
            assert!(!shown.contains(secret), "{secret} leaked in {shown}");
        }
    }
}
