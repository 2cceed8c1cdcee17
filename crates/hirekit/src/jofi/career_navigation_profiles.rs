//! Career navigation profiles.

use super::client::Client;
use super::recent::Recent;
use super::types;
use crate::error::Result;

/// Career navigation profiles. Reach it with [`Client::career_navigation_profiles`].
#[derive(Debug, Clone, Copy)]
pub struct CareerNavigationProfiles<'a> {
    client: &'a Client,
}

impl Client {
    /// Career navigation profiles.
    pub fn career_navigation_profiles(&self) -> CareerNavigationProfiles<'_> {
        CareerNavigationProfiles { client: self }
    }
}

impl CareerNavigationProfiles<'_> {
    /// The most recent career navigation profiles. JOFI does not page: [`Recent::is_complete`] says
    /// whether older ones were left out.
    ///
    /// Calls `list_career_navigation_profiles` (`GET /career-navigation-profiles`).
    pub async fn list(&self) -> Result<Recent<types::CareerNavigationProfileListItem>> {
        self.client
            .raw
            .list_career_navigation_profiles()
            .execute(&self.client.transport)
            .await
            .map(Recent::from)
    }

    /// One career navigation profile.
    ///
    /// Calls `get_career_navigation_profile` (`GET /career-navigation-profiles/{careerNavigationProfileId}`).
    pub async fn get(
        &self,
        profile_id: impl Into<String>,
    ) -> Result<types::CareerNavigationProfile> {
        self.client
            .raw
            .get_career_navigation_profile()
            .career_navigation_profile_id(profile_id.into())
            .execute(&self.client.transport)
            .await
    }
}
