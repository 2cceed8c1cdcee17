//! Score profiles, the `sp` a scorecard is computed against.

use super::client::Client;
use super::recent::Recent;
use super::types;
use crate::error::Result;

/// Score profiles, the `sp` a scorecard is computed against. Reach it with [`Client::score_profiles`].
#[derive(Debug, Clone, Copy)]
pub struct ScoreProfiles<'a> {
    client: &'a Client,
}

impl Client {
    /// Score profiles, the `sp` a scorecard is computed against.
    pub fn score_profiles(&self) -> ScoreProfiles<'_> {
        ScoreProfiles { client: self }
    }
}

impl ScoreProfiles<'_> {
    /// The score profiles; pass one's id as `sp` to [`TestTakers::scorecard`](super::TestTakers::scorecard).
    ///
    /// Calls `list_score_profiles` (`GET /score-profiles`).
    pub async fn list(&self) -> Result<Recent<types::ScoreProfileListItem>> {
        self.client
            .raw
            .list_score_profiles()
            .execute(&self.client.transport)
            .await
            .map(Recent::from)
    }
}
