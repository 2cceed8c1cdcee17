//! The waiters against hirekit-mock, driven by its typed control client: a wait starts, the
//! test then plays the participant or candidate through the control client, and the wait
//! returns the finished record; and the ways a wait ends without one (its deadline, a record
//! that failed, a test key, an error waiting cannot mend).
//!
//! These run on real time with short intervals. The time-based rules themselves (the interval
//! as a floor, the deadline, `Retry-After`) are unit-tested on virtual time in `src/wait.rs`.

use std::time::Duration;

use hirekit::jobmojito::types::InterviewResultId;
use hirekit::jofi::{self, types};
use hirekit::{ClientOptions, ErrorKind, RetryPolicy, WaitOptions, jobmojito};
use hirekit_mock::control_client::{ControlClient, RequestFilter, ResultChange, ResultOutcome};
use hirekit_mock::faults::{FaultKind, FaultSpec};
use hirekit_mock::{Config, MockServer, config};

const CREATOR: &str = "avery.hollis@example.com";

/// Short waits: a test never sits through a real interval. The deadline only proves that
/// nothing hangs.
fn quick() -> WaitOptions {
    WaitOptions::default()
        .with_interval(Duration::from_millis(20))
        .with_deadline(Duration::from_secs(20))
}

/// A mock that takes live keys too, so the waiters can be seen without their test-key rule.
async fn mock() -> MockServer {
    MockServer::start_with(
        Config {
            allow_live_keys: true,
            ..Config::default()
        },
        0,
    )
    .await
    .expect("mock starts")
}

fn jofi_client(mock: &MockServer, key: &str) -> jofi::Client {
    jofi::Client::builder(key)
        .options(
            ClientOptions::default()
                .base_url(mock.jofi_url())
                .retry(RetryPolicy::never()),
        )
        .build()
        .expect("client builds")
}

fn jobmojito_client(mock: &MockServer, retry: RetryPolicy) -> jobmojito::Client {
    jobmojito::Client::builder()
        .token(config::DEMO_TOKEN)
        .options(
            ClientOptions::default()
                .base_url(mock.base_url())
                .retry(retry),
        )
        .build()
        .expect("client builds")
}

/// A new invitation for two assessments.
async fn invite(jofi: &jofi::Client) -> i64 {
    let assessment = |id: i64| types::AssessmentToAssign::builder().test_id(id);
    jofi.invitations()
        .create(
            types::CreateInvitationRequest::builder()
                .first_name("Robin")
                .last_name("Example")
                .email("robin@example.com")
                .created_by_user_email(CREATOR)
                .assessments_to_assign([assessment(6), assessment(7)]),
        )
        .await
        .expect("invitation created")
        .id
}

/// How many requests for `operation_id` the mock has seen.
async fn seen(control: &ControlClient, operation_id: &str) -> u64 {
    control
        .request_counts(&RequestFilter::Operation(operation_id.to_string()))
        .await
        .expect("request counts")
        .count
}

/// Waits (for at most 20 s) until the mock has seen at least `n` requests for `operation_id`:
/// the participant acts only once the waiter is known to be polling.
async fn until_polled(control: &ControlClient, operation_id: &str, n: u64) {
    tokio::time::timeout(Duration::from_secs(20), async {
        while seen(control, operation_id).await < n {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("the waiter polls");
}

#[tokio::test]
async fn jofi_waiters_return_once_the_participant_accepts_and_completes() {
    let mock = mock().await;
    let jofi = jofi_client(&mock, "sk_live_waiters");
    let invitation_id = invite(&jofi).await;
    let control = mock.control();

    // The participant accepts only after the waiter has found the invitation pending twice,
    // then completes one assessment, and the other only after two more polls of the taker.
    let participant = tokio::spawn({
        let control = control.clone();
        async move {
            until_polled(&control, "get_invitation", 2).await;
            let accepted = control
                .accept_invitation(invitation_id)
                .await
                .expect("accepted");
            control
                .complete_assessments(accepted.test_taker_id, &[6])
                .await
                .expect("first completed");
            until_polled(&control, "get_test_taker", 2).await;
            control
                .complete_all_assessments(accepted.test_taker_id)
                .await
                .expect("all completed");
            accepted.test_taker_id
        }
    });

    let accepted = jofi
        .invitations()
        .wait_until_accepted(invitation_id, quick())
        .await
        .expect("accepted");
    assert!(accepted.invitation.accepted_at.is_some());
    let taker = jofi
        .test_takers()
        .wait_until_complete(accepted.test_taker_id, quick())
        .await
        .expect("complete");
    assert_eq!(taker.id, accepted.test_taker_id);
    assert_eq!(taker.assigned_assessments.len(), 2);
    assert!(
        taker
            .assigned_assessments
            .iter()
            .all(|a| a.completed_at.is_some())
    );
    assert_eq!(participant.await.expect("participant"), taker.id);
    assert!(seen(&control, "get_invitation").await >= 3);
    assert!(seen(&control, "get_test_taker").await >= 3);
}

#[tokio::test]
async fn jofi_wait_ends_at_its_deadline_with_how_long_and_how_often() {
    let mock = mock().await;
    let jofi = jofi_client(&mock, "sk_live_waiters");
    let control = mock.control();
    let accepted = control
        .accept_invitation(invite(&jofi).await)
        .await
        .expect("accepted");

    let deadline = Duration::from_millis(400);
    let options = WaitOptions::default()
        .with_interval(Duration::from_millis(50))
        .with_deadline(deadline);
    let error = jofi
        .test_takers()
        .wait_until_complete(accepted.test_taker_id, options)
        .await
        .expect_err("never completed");
    assert_eq!(error.kind(), ErrorKind::WaitTimedOut);
    assert!(error.is_timeout());
    assert_eq!(error.operation_id(), Some("get_test_taker"));
    // Each poll was one request, and none started after the deadline.
    assert!(error.polls() >= 2, "{error}");
    assert_eq!(
        u64::from(error.polls()),
        seen(&control, "get_test_taker").await
    );
    // It stopped at the deadline rather than sleeping another interval. (How far past the
    // deadline the last timer fired is up to the machine: a busy one wakes a little late, and
    // `waited` reports that honestly; the unit tests pin the arithmetic with a fake clock.)
    let interval = Duration::from_millis(50);
    assert!(
        error.waited().is_some_and(|w| w < deadline + interval),
        "{error:?}"
    );
    let shown = error.to_string();
    assert!(
        shown.contains("not completed every assigned assessment"),
        "{shown}"
    );
    assert!(!shown.contains("robin"), "{shown}");
}

#[tokio::test]
async fn jofi_test_keys_look_once_unless_asked_to_poll() {
    let mock = mock().await;
    let jofi = jofi_client(&mock, "sk_test_waiters");
    let control = mock.control();
    let accepted = control
        .accept_invitation(invite(&jofi).await)
        .await
        .expect("accepted");

    // The real service never moves a test key's records on: one look, then a plain error.
    let error = jofi
        .test_takers()
        .wait_until_complete(accepted.test_taker_id, quick())
        .await
        .expect_err("test keys never progress");
    assert_eq!(error.kind(), ErrorKind::TestMode);
    assert_eq!(error.polls(), 1);
    assert_eq!(seen(&control, "get_test_taker").await, 1);
    assert!(error.to_string().contains("test key"), "{error}");

    // The mock does move test records on; asked to, the waiter polls it.
    let player = tokio::spawn({
        let control = control.clone();
        let id = accepted.test_taker_id;
        async move {
            until_polled(&control, "get_test_taker", 3).await;
            control
                .complete_all_assessments(id)
                .await
                .expect("completed");
        }
    });
    let taker = jofi
        .test_takers()
        .wait_until_complete(accepted.test_taker_id, quick().with_test_key_polling(true))
        .await
        .expect("complete once the mock completes it");
    player.await.expect("player");
    assert!(
        taker
            .assigned_assessments
            .iter()
            .all(|a| a.completed_at.is_some())
    );

    // A record already finished is returned by the one look.
    let again = jofi
        .test_takers()
        .wait_until_complete(accepted.test_taker_id, quick())
        .await
        .expect("already complete");
    assert_eq!(again.id, accepted.test_taker_id);
}

/// A result collected (the candidate finished, scoring runs), as the mock holds it.
async fn collected_result(control: &ControlClient) -> String {
    control
        .change_result(&ResultChange::new(
            "00000000-0000-4000-8000-0000000000aa",
            ResultOutcome::Collected,
        ))
        .await
        .expect("result collected")
        .result_id
}

#[tokio::test]
async fn jobmojito_wait_returns_the_scored_result() {
    let mock = mock().await;
    let jm = jobmojito_client(&mock, RetryPolicy::never());
    let control = mock.control();
    let result_id = collected_result(&control).await;

    let scorer = tokio::spawn({
        let control = control.clone();
        let result_id = result_id.clone();
        async move {
            until_polled(&control, "get_interview_result_details", 2).await;
            control
                .change_result(
                    &ResultChange::of_result(&result_id, ResultOutcome::Scored).score(8.5),
                )
                .await
                .expect("scored");
        }
    });
    let details = jm
        .results()
        .wait_until_scored(&InterviewResultId::from(result_id.clone()), quick())
        .await
        .expect("scored");
    scorer.await.expect("scorer");
    assert_eq!(details.score, Some(8.5));
    assert!(seen(&control, "get_interview_result_details").await >= 3);
}

#[tokio::test]
async fn jobmojito_wait_fails_when_the_interview_fails() {
    let mock = mock().await;
    let jm = jobmojito_client(&mock, RetryPolicy::never());
    let control = mock.control();
    let result_id = collected_result(&control).await;

    let breaker = tokio::spawn({
        let control = control.clone();
        let result_id = result_id.clone();
        async move {
            until_polled(&control, "get_interview_result_details", 2).await;
            control
                .change_result(&ResultChange::of_result(&result_id, ResultOutcome::Failed))
                .await
                .expect("failed");
        }
    });
    let error = jm
        .results()
        .wait_until_scored(&InterviewResultId::from(result_id.clone()), quick())
        .await
        .expect_err("the interview failed");
    breaker.await.expect("breaker");
    assert_eq!(error.kind(), ErrorKind::WaitFailed);
    assert_eq!(error.operation_id(), Some("get_interview_result_details"));
    assert!(error.polls() >= 3, "{error}");
    assert!(error.to_string().contains("`failed`"), "{error}");
}

#[tokio::test]
async fn jobmojito_wait_rides_out_transient_failures_and_stops_on_the_rest() {
    let mock = mock().await;
    let jm = jobmojito_client(&mock, RetryPolicy::never());
    let control = mock.control();
    let result_id = collected_result(&control).await;
    control
        .change_result(&ResultChange::of_result(&result_id, ResultOutcome::Scored))
        .await
        .expect("scored");
    let unavailable = |times| {
        FaultSpec::new(
            "/functions/v1/job-interview-details",
            FaultKind::Status {
                status: 503,
                retry_after: None,
            },
        )
        .with_times(times)
    };

    // Two 503s (the client retries nothing here) are ridden out; the third poll succeeds.
    control.add_fault(&unavailable(2)).await.expect("fault");
    let details = jm
        .results()
        .wait_until_scored(&InterviewResultId::from(result_id.clone()), quick())
        .await
        .expect("ridden out");
    assert!(details.score.is_some());
    assert_eq!(seen(&control, "get_interview_result_details").await, 3);

    // Tolerating none, the first 503 is the wait's error, with the poll count.
    control.add_fault(&unavailable(1)).await.expect("fault");
    let error = jm
        .results()
        .wait_until_scored(
            &InterviewResultId::from(result_id.clone()),
            quick().with_failed_polls_tolerated(0),
        )
        .await
        .expect_err("not tolerated");
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(error.status(), Some(503));
    assert_eq!(error.polls(), 1);

    // An unknown result is not waited for.
    let error = jm
        .results()
        .wait_until_scored(
            &InterviewResultId::from("00000000-0000-4000-8000-00000000ffff".to_string()),
            quick(),
        )
        .await
        .expect_err("no such result");
    assert!(error.is_not_found(), "{error}");
    assert_eq!(error.polls(), 1);
}
