//! The service health check, the one call that needs no key.

use super::client::Client;
use super::types;
use crate::error::Result;

/// The service health check, the one call that needs no key. Reach it with [`Client::health`].
#[derive(Debug, Clone, Copy)]
pub struct Health<'a> {
    client: &'a Client,
}

impl Client {
    /// The service health check, the one call that needs no key.
    pub fn health(&self) -> Health<'_> {
        Health { client: self }
    }
}

impl Health<'_> {
    /// Whether the JOFI API is up. Needs no key, though the client sends it anyway.
    ///
    /// Calls `check_health` (`GET /healthcheck`).
    pub async fn check(&self) -> Result<types::Healthcheck> {
        self.client
            .raw
            .check_health()
            .execute(&self.client.transport)
            .await
    }
}
