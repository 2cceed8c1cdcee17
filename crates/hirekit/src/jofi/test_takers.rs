//! Test takers: participants who accepted an invitation, with their results.

use super::client::Client;
use super::recent::Recent;
use super::types;
use crate::error::Result;

/// Test takers: participants who accepted an invitation, with their results. Reach it with [`Client::test_takers`].
#[derive(Debug, Clone, Copy)]
pub struct TestTakers<'a> {
    pub(super) client: &'a Client,
}

impl Client {
    /// Test takers: participants who accepted an invitation, with their results.
    pub fn test_takers(&self) -> TestTakers<'_> {
        TestTakers { client: self }
    }
}

impl TestTakers<'_> {
    /// The most recent test takers. JOFI does not page: [`Recent::is_complete`] says
    /// whether older ones were left out.
    ///
    /// Calls `list_test_takers` (`GET /test-takers`).
    pub async fn list(&self) -> Result<Recent<types::TestTakerListItem>> {
        self.client
            .raw
            .list_test_takers()
            .execute(&self.client.transport)
            .await
            .map(Recent::from)
    }

    /// One test taker with their assigned assessments.
    ///
    /// Calls `get_test_taker` (`GET /test-takers/{testTakerId}`).
    pub async fn get(&self, test_taker_id: i64) -> Result<types::TestTaker> {
        self.client
            .raw
            .get_test_taker()
            .test_taker_id(test_taker_id)
            .execute(&self.client.transport)
            .await
    }

    /// The test taker's scores against score profile `score_profile` (a `short_name` from [`ScoreProfiles::list`](super::ScoreProfiles::list), sent as `sp`).
    ///
    /// Calls `get_scorecard` (`GET /test-takers/{testTakerId}/scorecard`).
    pub async fn scorecard(
        &self,
        test_taker_id: i64,
        score_profile: impl Into<String>,
    ) -> Result<types::Scorecard> {
        self.client
            .raw
            .get_scorecard()
            .test_taker_id(test_taker_id)
            .sp(score_profile.into())
            .execute(&self.client.transport)
            .await
    }

    /// The job-fit report of a test taker.
    ///
    /// Calls `get_job_fit_report` (`GET /test-takers/{testTakerId}/job-fit-report`).
    pub async fn job_fit_report(&self, test_taker_id: i64) -> Result<types::JobFitReport> {
        self.client
            .raw
            .get_job_fit_report()
            .test_taker_id(test_taker_id)
            .execute(&self.client.transport)
            .await
    }
}
