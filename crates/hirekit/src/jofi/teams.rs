//! The account's teams.

use super::client::Client;
use super::recent::Recent;
use super::types;
use crate::error::Result;

/// The account's teams. Reach it with [`Client::teams`].
#[derive(Debug, Clone, Copy)]
pub struct Teams<'a> {
    client: &'a Client,
}

impl Client {
    /// The account's teams.
    pub fn teams(&self) -> Teams<'_> {
        Teams { client: self }
    }
}

impl Teams<'_> {
    /// The account's teams.
    ///
    /// Calls `list_teams` (`GET /teams`).
    pub async fn list(&self) -> Result<Recent<types::TeamListItem>> {
        self.client
            .raw
            .list_teams()
            .execute(&self.client.transport)
            .await
            .map(Recent::from)
    }
}
