//! The account that owns the key.

use super::client::Client;
use super::types;
use crate::error::Result;

/// The account that owns the key. Reach it with [`Client::accounts`].
#[derive(Debug, Clone, Copy)]
pub struct Accounts<'a> {
    client: &'a Client,
}

impl Client {
    /// The account that owns the key.
    pub fn accounts(&self) -> Accounts<'_> {
        Accounts { client: self }
    }
}

impl Accounts<'_> {
    /// The account that owns the key: usage counters and webhook settings.
    ///
    /// Calls `get_account` (`GET /accounts`).
    pub async fn get(&self) -> Result<types::Account> {
        self.client
            .raw
            .get_account()
            .execute(&self.client.transport)
            .await
    }
}
