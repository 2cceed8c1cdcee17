//! The account's users.

use super::client::Client;
use super::recent::Recent;
use super::types;
use crate::error::Result;

/// The account's users. Reach it with [`Client::users`].
#[derive(Debug, Clone, Copy)]
pub struct Users<'a> {
    client: &'a Client,
}

impl Client {
    /// The account's users.
    pub fn users(&self) -> Users<'_> {
        Users { client: self }
    }
}

impl Users<'_> {
    /// The account's users.
    ///
    /// Calls `list_users` (`GET /users`).
    pub async fn list(&self) -> Result<Recent<types::UserListItem>> {
        self.client
            .raw
            .list_users()
            .execute(&self.client.transport)
            .await
            .map(Recent::from)
    }
}
