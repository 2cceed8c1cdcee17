//! Email templates for invitations.

use super::client::Client;
use super::recent::Recent;
use super::types;
use crate::error::Result;

/// Email templates for invitations. Reach it with [`Client::email_templates`].
#[derive(Debug, Clone, Copy)]
pub struct EmailTemplates<'a> {
    client: &'a Client,
}

impl Client {
    /// Email templates for invitations.
    pub fn email_templates(&self) -> EmailTemplates<'_> {
        EmailTemplates { client: self }
    }
}

impl EmailTemplates<'_> {
    /// The email templates an invitation can use.
    ///
    /// Calls `list_email_templates` (`GET /email-templates`).
    pub async fn list(&self) -> Result<Recent<types::EmailTemplateListItem>> {
        self.client
            .raw
            .list_email_templates()
            .execute(&self.client.transport)
            .await
            .map(Recent::from)
    }
}
