//! JOFI's waiters: until a participant accepts an invitation, and until a test taker has
//! completed their assessments. Both poll through [`crate::wait`], which decides how often,
//! for how long, and which failed polls are ridden out.
//!
//! JOFI documents no other progress states: the scorecard and the job-fit report are read from
//! the completed assessments and have no readiness of their own to wait for, so fetch them once
//! [`TestTakers::wait_until_complete`] returns.

use super::client::Client;
use super::invitations::Invitations;
use super::key::Mode;
use super::test_takers::TestTakers;
use super::types;
use crate::error::Result;
use crate::wait::{Check, WaitOptions};

/// An invitation its participant accepted, with the test taker that acceptance created. What
/// [`Invitations::wait_until_accepted`] returns.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct AcceptedInvitation {
    /// The test taker created on acceptance: what [`TestTakers::wait_until_complete`] takes.
    pub test_taker_id: i64,
    /// The invitation as last read.
    pub invitation: types::Invitation,
}

/// Whether a test taker has completed every assessment assigned to them: each has a
/// `completed_at`. A test taker with nothing assigned has nothing left to complete.
pub(crate) fn completion(taker: types::TestTaker) -> Check<types::TestTaker> {
    if taker
        .assigned_assessments
        .iter()
        .all(|assigned| assigned.completed_at.is_some())
    {
        Check::Done(taker)
    } else {
        Check::Pending
    }
}

/// Whether an invitation was accepted: JOFI creates the test taker on acceptance and names it
/// in `test_taker_id` (waited for rather than `accepted_at`, since the id is what the caller
/// needs next).
pub(crate) fn acceptance(invitation: types::Invitation) -> Check<AcceptedInvitation> {
    match invitation.test_taker_id {
        Some(test_taker_id) => Check::Done(AcceptedInvitation {
            test_taker_id,
            invitation,
        }),
        None => Check::Pending,
    }
}

/// Whether a wait with `client` looks only once: JOFI's real service never moves a test key's
/// records on.
fn once_for_test_key(client: &Client, options: &WaitOptions) -> bool {
    client.mode == Mode::Test && !options.test_key_polling()
}

impl TestTakers<'_> {
    /// Waits until the test taker has completed every assessment assigned to them, and
    /// returns the test taker as last read. The scorecard and job-fit report are computed from
    /// the completed assessments; fetch them after this returns.
    ///
    /// Polls `get_test_taker` (`GET /test-takers/{testTakerId}`) every
    /// [`WaitOptions::interval`] until [`WaitOptions::deadline`]. It fails with
    /// [`ErrorKind::WaitTimedOut`](crate::ErrorKind::WaitTimedOut) at the deadline, and with
    /// the poll's own error for one that waiting cannot mend (see [`WaitOptions`]). With a
    /// test key it looks once and fails with [`ErrorKind::TestMode`](crate::ErrorKind::TestMode)
    /// unless the assessments are already complete, since JOFI never moves a test key's records
    /// on; [`WaitOptions::with_test_key_polling`] polls anyway (for `hirekit-mock`).
    ///
    /// ```no_run
    /// # async fn demo(jofi: hirekit::jofi::Client, invitation_id: i64) -> hirekit::Result<()> {
    /// use std::time::Duration;
    /// use hirekit::WaitOptions;
    ///
    /// // Participants take their time: look every minute, for up to a day.
    /// let options = WaitOptions::default()
    ///     .with_interval(Duration::from_secs(60))
    ///     .with_deadline(Duration::from_secs(24 * 60 * 60));
    /// let accepted = jofi.invitations().wait_until_accepted(invitation_id, options.clone()).await?;
    /// let taker = jofi.test_takers().wait_until_complete(accepted.test_taker_id, options).await?;
    /// println!("{} assessments completed", taker.assigned_assessments.len());
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_complete(
        &self,
        test_taker_id: i64,
        options: WaitOptions,
    ) -> Result<types::TestTaker> {
        let client = self.client;
        let call = |transport| async move {
            client
                .raw
                .get_test_taker()
                .test_taker_id(test_taker_id)
                .execute(&transport)
                .await
        };
        client
            .transport
            .wait_for(
                &jofi_raw::routes::GET_TEST_TAKER,
                "the test taker has not completed every assigned assessment",
                once_for_test_key(client, &options),
                &options,
                call,
                completion,
            )
            .await
    }
}

impl Invitations<'_> {
    /// Waits until the participant has accepted the invitation, which creates their test
    /// taker, and returns the test taker's id with the invitation as last read.
    ///
    /// Polls `get_invitation` (`GET /invitations/{invitationId}`) with the rules of
    /// [`TestTakers::wait_until_complete`]: [`WaitOptions`] decide how often and for how long,
    /// and a test key looks once unless [`WaitOptions::with_test_key_polling`] is on.
    pub async fn wait_until_accepted(
        &self,
        invitation_id: i64,
        options: WaitOptions,
    ) -> Result<AcceptedInvitation> {
        let client = self.client;
        let call = |transport| async move {
            client
                .raw
                .get_invitation()
                .invitation_id(invitation_id)
                .execute(&transport)
                .await
        };
        client
            .transport
            .wait_for(
                &jofi_raw::routes::GET_INVITATION,
                "the participant has not accepted the invitation",
                once_for_test_key(client, &options),
                &options,
                call,
                acceptance,
            )
            .await
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;
    use crate::clock::FakeClock;
    use crate::error::ErrorKind;
    use crate::options::ClientOptions;
    use crate::retry::RetryPolicy;
    use crate::secret::Secret;
    use crate::test_support::Scripted;
    use crate::transport::{Limits, Transport};

    fn taker(completed: [Option<&str>; 2]) -> types::TestTaker {
        let assigned: Vec<_> = completed
            .iter()
            .enumerate()
            .map(|(n, done)| {
                serde_json::json!({
                    "id": 100 + n,
                    "assessment": { "id": 6 + n, "short_name": "S", "display_name": "D" },
                    "created_at": "2025-02-03T12:43:24.598908+00:00",
                    "completed_at": done,
                    "is_used_for_scoring": true,
                })
            })
            .collect();
        serde_json::from_value(serde_json::json!({
            "object": "test_taker",
            "id": 540001,
            "first_name": "Linda",
            "last_name": "Sample",
            "email": "linda@example.com",
            "invitation_created_at": "2025-02-03T12:41:35.034681+00:00",
            "assigned_assessments": assigned,
        }))
        .expect("a test taker")
    }

    /// Complete means every assigned assessment has `completed_at`, not just some.
    #[test]
    fn complete_means_every_assigned_assessment() {
        let at = Some("2025-02-03T13:00:00+00:00");
        assert!(matches!(completion(taker([at, at])), Check::Done(_)));
        assert!(matches!(completion(taker([at, None])), Check::Pending));
        assert!(matches!(completion(taker([None, None])), Check::Pending));
    }

    /// Accepted means the test taker exists; the id comes back without an `Option`.
    #[test]
    fn accepted_means_the_test_taker_exists() {
        let invitation = |taker: Option<i64>| -> types::Invitation {
            serde_json::from_value(serde_json::json!({
                "object": "invitation", "id": 12345, "first_name": "L", "last_name": "S",
                "email": "l@example.com", "assessment_url": "https://example.com/welcome/x",
                "accepted_at": taker.map(|_| "2025-02-03T12:43:24+00:00"),
                "test_taker_id": taker,
            }))
            .expect("an invitation")
        };
        match acceptance(invitation(Some(540_001))) {
            Check::Done(accepted) => assert_eq!(accepted.test_taker_id, 540_001),
            other => panic!("not accepted: {other:?}"),
        }
        assert!(matches!(acceptance(invitation(None)), Check::Pending));
    }

    /// A client of `mode` against `base`, on virtual time.
    fn client(base: &str, mode: Mode) -> (Client, Arc<FakeClock>) {
        let clock = Arc::new(FakeClock::new());
        let http = ClientOptions::default()
            .build_http()
            .expect("an HTTP client");
        let auth = super::super::auth::BearerKey::new(&Secret::new("sk_live_unit"))
            .expect("a header value");
        let transport = Transport::new(
            http.clone(),
            RetryPolicy::default(),
            Limits {
                request_timeout: Duration::from_secs(5),
                slow_request_timeout: Duration::from_secs(5),
                max_body_bytes: 1 << 20,
            },
            Arc::new(auth),
            clock.clone(),
        );
        let client = Client {
            raw: jofi_raw::Client::new_with_client(&format!("{base}/api/v2"), http),
            transport,
            mode,
        };
        (client, clock)
    }

    fn pending_taker_answer() -> String {
        let body = serde_json::json!({
            "mode": "live", "object": "test_taker", "id": 540001, "first_name": "L",
            "last_name": "S", "email": "l@example.com",
            "invitation_created_at": "2025-02-03T12:41:35+00:00",
            "assigned_assessments": [{
                "id": 1, "assessment": { "id": 6, "short_name": "S", "display_name": "D" },
                "created_at": "2025-02-03T12:43:24+00:00", "completed_at": null,
                "is_used_for_scoring": true,
            }],
        });
        Scripted::answer(200, &[], &body.to_string())
    }

    /// Through the real transport, on virtual time: a server that answers "not complete" at
    /// once is polled once per interval (never faster) until the deadline, and each poll is one
    /// request.
    #[tokio::test]
    async fn an_instant_answer_is_polled_once_per_interval_until_the_deadline() {
        let server = Scripted::start(vec![pending_taker_answer()]).await;
        let (jofi, clock) = client(&server.base, Mode::Live);
        let options = WaitOptions::default()
            .with_interval(Duration::from_secs(5))
            .with_deadline(Duration::from_secs(20));
        let error = jofi
            .test_takers()
            .wait_until_complete(540_001, options)
            .await
            .expect_err("never complete");
        assert_eq!(error.kind(), ErrorKind::WaitTimedOut);
        assert_eq!(error.operation_id(), Some("get_test_taker"));
        // At 0, 5, 10 and 15 s; one at 20 s would have no time left for its call.
        assert_eq!(error.polls(), 4);
        assert_eq!(server.count(), 4);
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(5); 3]);
        assert!(!format!("{error} {error:?}").contains("l@example.com"));
    }

    /// A test-key client looks once and says plainly that test keys never progress, without
    /// sleeping.
    #[tokio::test]
    async fn a_test_key_looks_once_and_says_why() {
        let server = Scripted::start(vec![pending_taker_answer()]).await;
        let (jofi, clock) = client(&server.base, Mode::Test);
        let error = jofi
            .test_takers()
            .wait_until_complete(540_001, WaitOptions::default())
            .await
            .expect_err("test keys never progress");
        assert_eq!(error.kind(), ErrorKind::TestMode);
        assert_eq!(error.polls(), 1);
        assert_eq!(server.count(), 1);
        assert!(clock.sleeps().is_empty());
        let shown = error.to_string();
        assert!(shown.contains("test key"), "{shown}");
        assert!(shown.contains("never"), "{shown}");
    }
}
