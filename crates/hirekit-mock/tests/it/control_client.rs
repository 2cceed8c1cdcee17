//! The typed control client: every control endpoint through `MockServer::control()` (the
//! handlers called in this process) and through `ControlClient::remote` (over HTTP), each
//! checked by what the vendor APIs then serve.

use std::time::Duration;

use hirekit_mock::control_client::{
    ControlClient, ControlError, JofiSeed, ProfileOwner, RequestFilter, ResultChange, ResultOutcome,
};
use hirekit_mock::faults::{FaultKind, FaultSpec};
use hirekit_mock::webhooks::{Receiver, Vendor};
use hirekit_mock::{MockServer, config};
use serde_json::{Map, Value, json};

use crate::common::http;

const KEY: &str = "Bearer sk_test_control";

/// A JOFI read through the vendor API, as a client sees it.
async fn jofi_get(mock: &MockServer, path: &str) -> (u16, Value) {
    let response = http()
        .get(format!("{}{path}", mock.jofi_url()))
        .header("authorization", KEY)
        .send()
        .await
        .expect("JOFI answers");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// A JobMojito read through the Functions API.
async fn functions_get(mock: &MockServer, path: &str) -> (u16, Value) {
    let response = http()
        .get(format!("{}{path}", mock.functions_url()))
        .header("authorization", format!("Bearer {}", config::DEMO_TOKEN))
        .send()
        .await
        .expect("Functions answer");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// The JOFI participant's steps: seed, accept, complete, profile; each shows in what the API
/// serves, in the events and in the stats, and a step that cannot happen is a typed refusal.
async fn drive_a_jofi_participant(mock: &MockServer, control: &ControlClient) {
    let seeded = control.seed_jofi(&JofiSeed::new(2)).await.expect("seeded");
    assert_eq!(seeded.invitations.len(), 2);
    assert!(seeded.test_takers.is_empty());
    let invitation_id = seeded.invitations[0];

    let accepted = control
        .accept_invitation(invitation_id)
        .await
        .expect("accepted");
    assert_eq!(accepted.test_taker["id"], json!(accepted.test_taker_id));
    assert_eq!(accepted.invitation["id"], json!(invitation_id));
    let (status, invitation) = jofi_get(mock, &format!("/invitations/{invitation_id}")).await;
    assert_eq!(status, 200);
    assert_eq!(invitation["test_taker_id"], json!(accepted.test_taker_id));

    let again = control
        .accept_invitation(invitation_id)
        .await
        .expect_err("accepted once only");
    assert_eq!(again.status(), Some(409), "{again}");
    let unknown = control
        .accept_invitation(1)
        .await
        .expect_err("no such invitation");
    assert!(
        matches!(&unknown, ControlError::Refused { status: 404, message } if message.contains("no invitation")),
        "{unknown:?}"
    );

    let path = format!("/test-takers/{}", accepted.test_taker_id);
    let assigned: Vec<i64> = jofi_get(mock, &path).await.1["assigned_assessments"]
        .as_array()
        .expect("assigned assessments")
        .iter()
        .filter_map(|a| a["assessment"]["id"].as_i64())
        .collect();
    assert!(!assigned.is_empty());
    let first = control
        .complete_assessments(accepted.test_taker_id, &assigned[..1])
        .await
        .expect("one completed");
    assert_eq!(first.completed, assigned[..1].to_vec());
    let rest = control
        .complete_all_assessments(accepted.test_taker_id)
        .await
        .expect("the rest completed");
    assert_eq!(rest.completed, assigned[1..].to_vec());
    let taker = jofi_get(mock, &path).await.1;
    assert!(
        taker["assigned_assessments"]
            .as_array()
            .expect("assigned")
            .iter()
            .all(|a| !a["completed_at"].is_null()),
        "{taker}"
    );

    let profile = control
        .create_career_navigation_profile(&ProfileOwner::TestTaker(accepted.test_taker_id))
        .await
        .expect("profile");
    assert!(profile.id.starts_with("CNP"), "{}", profile.id);
    let (status, _) = jofi_get(mock, &format!("/career-navigation-profiles/{}", profile.id)).await;
    assert_eq!(status, 200);
    let twice = control
        .create_career_navigation_profile(&ProfileOwner::TestTaker(accepted.test_taker_id))
        .await
        .expect_err("one profile per test taker");
    assert_eq!(twice.status(), Some(409));

    let stats = control.stats().await.expect("stats");
    assert_eq!(stats.jofi.invitations_seeded, 2);
    assert_eq!(stats.jofi.invitations_accepted, 1);
    assert_eq!(stats.jofi.assessments_completed, assigned.len() as u64);
    assert_eq!(stats.jofi.career_navigation_profiles_created, 1);
    assert_eq!(stats.jofi.test.invitations, 2);
    let kinds: Vec<String> = control
        .webhook_events()
        .await
        .expect("events")
        .into_iter()
        .filter(|e| e.vendor == Vendor::Jofi)
        .map(|e| e.event_type)
        .collect();
    for kind in [
        "invitation.accepted",
        "test_taker.created",
        "test_taker.assessment_completed",
        "career_navigation_profile.created",
    ] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} not in {kinds:?}");
    }
}

#[tokio::test]
async fn control_client_drives_a_jofi_participant_in_process() {
    let mock = MockServer::start().await.expect("mock starts");
    drive_a_jofi_participant(&mock, &mock.control()).await;
}

#[tokio::test]
async fn control_client_drives_a_jofi_participant_over_http() {
    let mock = MockServer::start().await.expect("mock starts");
    let remote = ControlClient::remote(mock.base_url()).expect("remote client");
    remote.health().await.expect("healthy");
    drive_a_jofi_participant(&mock, &remote).await;
    // Over HTTP the control calls are requests too; in process they are not.
    let requests = remote.stats().await.expect("stats").requests;
    assert!(requests > 10, "{requests}");
}

#[tokio::test]
async fn control_client_moves_jobmojito_results_on() {
    let mock = MockServer::start().await.expect("mock starts");
    let control = mock.control();
    let interview = "00000000-0000-4000-8000-0000000000bb";

    let collected = control
        .change_result(&ResultChange::new(interview, ResultOutcome::Collected))
        .await
        .expect("collected");
    assert_eq!(collected.event, "interview_collected");
    let details_path = format!(
        "/job-interview-details?interview_result_id={}",
        collected.result_id
    );
    let (status, details) = functions_get(&mock, &details_path).await;
    assert_eq!(status, 200);
    assert!(details["score"].is_null(), "{details}");

    let scored = control
        .change_result(
            &ResultChange::of_result(&collected.result_id, ResultOutcome::Scored).score(8.5),
        )
        .await
        .expect("scored");
    assert_eq!(scored.result_id, collected.result_id);
    assert_eq!(scored.event, "interview_result");
    assert_eq!(scored.payload["score"], json!(8.5));
    assert_eq!(
        functions_get(&mock, &details_path).await.1["score"],
        json!(8.5)
    );

    let failed = control
        .change_result(&ResultChange::new(interview, ResultOutcome::Failed))
        .await
        .expect("failed");
    assert_eq!(failed.event, "interview_failed");
    assert_ne!(failed.result_id, collected.result_id);

    let missing = control
        .change_result(&ResultChange::of_result(
            "00000000-0000-4000-8000-00000000ffff",
            ResultOutcome::Scored,
        ))
        .await
        .expect_err("no such result");
    assert_eq!(missing.status(), Some(404));

    let seeded = control.seed_results(interview, 5).await.expect("seeded");
    assert_eq!(seeded.seeded, 5);
    assert_ne!(seeded.first_result_id, seeded.last_result_id);
    assert_eq!(control.stats().await.expect("stats").jobmojito.results, 7);

    let pdf = control
        .report_pdf(&[&collected.result_id])
        .await
        .expect("a PDF");
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    let no_pdf = control
        .report_pdf(&["00000000-0000-4000-8000-00000000ffff"])
        .await
        .expect_err("no such result");
    assert_eq!(no_pdf.status(), Some(404));

    // A revoked token is refused from then on.
    control
        .revoke_token(config::DEMO_TOKEN)
        .await
        .expect("revoked");
    assert_eq!(functions_get(&mock, &details_path).await.0, 401);
}

#[tokio::test]
async fn control_client_sets_faults_and_counts_requests() {
    let mock = MockServer::start().await.expect("mock starts");
    let control = mock.control();
    let fault = FaultSpec::new(
        "/api/v2/teams",
        FaultKind::Status {
            status: 503,
            retry_after: Some("7".into()),
        },
    )
    .with_method("GET")
    .with_times(2);
    let id = control.add_fault(&fault).await.expect("fault added");
    let listed = control.faults().await.expect("faults");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, id);
    assert_eq!(listed[0].remaining, 2);

    assert_eq!(jofi_get(&mock, "/teams").await.0, 503);
    let listed = control.faults().await.expect("faults");
    assert_eq!((listed[0].hits, listed[0].remaining), (1, 1));

    let by_operation = control
        .request_counts(&RequestFilter::Operation("list_teams".into()))
        .await
        .expect("counts");
    assert_eq!(by_operation.count, 1);
    assert_eq!(by_operation.by_operation.get("list_teams"), Some(&1));
    assert!(
        by_operation
            .recent
            .iter()
            .any(|r| r.path == "/api/v2/teams")
    );
    let by_path = control
        .request_counts(&RequestFilter::Path {
            method: Some("GET".into()),
            path: "/api/v2/teams".into(),
        })
        .await
        .expect("counts");
    assert_eq!(by_path.count, 1);
    let other_method = control
        .request_counts(&RequestFilter::Path {
            method: Some("POST".into()),
            path: "/api/v2/teams".into(),
        })
        .await
        .expect("counts");
    assert_eq!(other_method.count, 0);

    control.clear_faults().await.expect("cleared");
    assert!(control.faults().await.expect("faults").is_empty());
    assert_eq!(jofi_get(&mock, "/teams").await.0, 200);

    control.reset().await.expect("reset");
    let all = control
        .request_counts(&RequestFilter::All)
        .await
        .expect("counts");
    assert_eq!(all.count, 0);
}

/// A receiver on a loopback port that answers 200 to everything (a plain thread: the mock's
/// tokio has no I/O helpers).
fn receiver() -> String {
    use std::io::{Read as _, Write as _};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}/hooks", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        for mut socket in listener.incoming().flatten() {
            let _ = socket.set_read_timeout(Some(Duration::from_secs(5)));
            // Read the whole request (head, then `content-length` bytes) before answering, so
            // the sender never sees its body refused.
            let mut data = Vec::new();
            let mut buf = [0u8; 4096];
            let complete = |data: &[u8]| {
                let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") else {
                    return false;
                };
                let head = String::from_utf8_lossy(&data[..end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                data.len() >= end + 4 + length
            };
            while !complete(&data) {
                match socket.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => data.extend_from_slice(&buf[..n]),
                }
            }
            let _ = socket
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        }
    });
    url
}

#[tokio::test]
async fn control_client_sets_webhook_receivers() {
    let mock = MockServer::start().await.expect("mock starts");
    let control = mock.control();
    let receiver = Receiver::new(receiver()).secret("whsec_control");
    control
        .set_webhook_receiver(Vendor::Jofi, &receiver)
        .await
        .expect("receiver set");
    let seeded = control.seed_jofi(&JofiSeed::new(1)).await.expect("seeded");
    control
        .accept_invitation(seeded.invitations[0])
        .await
        .expect("accepted");
    // Delivery runs in the background; the timeout only proves it does not hang.
    let deliveries = control
        .wait_for_deliveries(2, Duration::from_secs(10))
        .await
        .expect("both events delivered");
    assert!(
        deliveries.iter().all(|d| d.status == Some(200)),
        "{deliveries:?}"
    );
    assert!(deliveries.iter().any(|d| d.event == "invitation.accepted"));

    control
        .remove_webhook_receiver(Vendor::Jofi)
        .await
        .expect("receiver removed");
    let seeded = control.seed_jofi(&JofiSeed::new(1)).await.expect("seeded");
    control
        .accept_invitation(seeded.invitations[0])
        .await
        .expect("accepted");
    // Without a receiver nothing more is delivered: waiting for a third delivery times out.
    let waited = control
        .wait_for_deliveries(3, Duration::from_millis(200))
        .await
        .expect_err("no third delivery");
    assert!(
        matches!(waited, ControlError::TimedOut { .. }),
        "{waited:?}"
    );
    assert_eq!(
        control
            .webhook_deliveries()
            .await
            .expect("deliveries")
            .len(),
        2
    );
    assert_eq!(control.webhook_events().await.expect("events").len(), 4);
}

#[tokio::test]
async fn control_client_stores_and_reads_table_rows() {
    let mock = MockServer::start().await.expect("mock starts");
    let control = mock.control();
    let mut row = Map::new();
    row.insert("status".into(), json!("active"));
    let stored = control
        .insert_rows("interview_result", vec![row.clone(), row])
        .await
        .expect("stored");
    assert_eq!(stored.len(), 2);
    assert!(stored.iter().all(|r| r.contains_key("id")), "{stored:?}");
    assert_eq!(
        control.rows("interview_result").await.expect("rows").len(),
        2
    );
    let duplicate = control
        .insert_rows("interview_result", vec![stored[0].clone()])
        .await
        .expect_err("duplicate id");
    assert_eq!(duplicate.status(), Some(409));
    let unknown = control
        .rows("no_such_table")
        .await
        .expect_err("unknown table");
    assert_eq!(unknown.status(), Some(404));
    assert_eq!(
        control
            .stats()
            .await
            .expect("stats")
            .tables
            .rows
            .get("interview_result"),
        Some(&2)
    );
    assert_eq!(control.expire_sessions().await.expect("expired"), 0);
}
