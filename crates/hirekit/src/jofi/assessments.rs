//! The assessments an invitation can assign.

use super::client::Client;
use super::recent::Recent;
use super::types;
use crate::error::Result;

/// The assessments an invitation can assign. Reach it with [`Client::assessments`].
#[derive(Debug, Clone, Copy)]
pub struct Assessments<'a> {
    client: &'a Client,
}

impl Client {
    /// The assessments an invitation can assign.
    pub fn assessments(&self) -> Assessments<'_> {
        Assessments { client: self }
    }
}

impl Assessments<'_> {
    /// The assessments available to the account.
    ///
    /// Calls `list_assessments` (`GET /assessments`).
    pub async fn list(&self) -> Result<Recent<types::AssessmentListItem>> {
        self.client
            .raw
            .list_assessments()
            .execute(&self.client.transport)
            .await
            .map(Recent::from)
    }
}
