//! Invitations: a participant asked to take assessments.

use super::client::Client;
use super::recent::Recent;
use super::types;
use crate::error::Result;

/// Invitations: a participant asked to take assessments. Reach it with [`Client::invitations`].
#[derive(Debug, Clone, Copy)]
pub struct Invitations<'a> {
    pub(super) client: &'a Client,
}

impl Client {
    /// Invitations: a participant asked to take assessments.
    pub fn invitations(&self) -> Invitations<'_> {
        Invitations { client: self }
    }
}

impl Invitations<'_> {
    /// The most recent invitations. JOFI does not page: [`Recent::is_complete`] says
    /// whether older ones were left out.
    ///
    /// Calls `list_invitations` (`GET /invitations`).
    pub async fn list(&self) -> Result<Recent<types::InvitationListItem>> {
        self.client
            .raw
            .list_invitations()
            .execute(&self.client.transport)
            .await
            .map(Recent::from)
    }

    /// Invites a participant (answers 201). `request` is a
    /// [`types::CreateInvitationRequest`] or its builder; a builder with a missing or invalid
    /// field fails with [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) before
    /// anything is sent. A POST is never retried once it may have reached JOFI, so a failed call cannot create a second invitation; check with [`Invitations::list`] before trying again.
    ///
    /// Calls `create_invitation` (`POST /invitations`).
    pub async fn create<R>(&self, request: R) -> Result<types::Invitation>
    where
        R: TryInto<types::CreateInvitationRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .create_invitation()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// One invitation.
    ///
    /// Calls `get_invitation` (`GET /invitations/{invitationId}`).
    pub async fn get(&self, invitation_id: i64) -> Result<types::Invitation> {
        self.client
            .raw
            .get_invitation()
            .invitation_id(invitation_id)
            .execute(&self.client.transport)
            .await
    }

    /// Changes an invitation.
    ///
    /// Calls `update_invitation` (`PUT /invitations/{invitationId}`).
    pub async fn update<R>(&self, invitation_id: i64, request: R) -> Result<types::Invitation>
    where
        R: TryInto<types::UpdateInvitationRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .update_invitation()
            .invitation_id(invitation_id)
            .body(request)
            .execute(&self.client.transport)
            .await
    }
}
