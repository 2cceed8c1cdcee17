//! Administration: inviting people, sub-merchants, avatar templates, the account snapshot
//! and the platform languages.

use super::batch::RowOutcome;
use super::client::Client;
use super::paging::{set_some, stream_methods};
use super::types;
use crate::error::Result;

/// Account administration. Reach it with [`Client::admin`].
#[derive(Debug, Clone, Copy)]
pub struct Admin<'a> {
    client: &'a Client,
}

impl Client {
    /// Account administration: invitations by email, sub-merchants, avatars, status,
    /// languages.
    pub fn admin(&self) -> Admin<'_> {
        Admin { client: self }
    }
}

/// Filters and paging of [`Admin::sub_merchants`]. Every field is optional.
#[derive(Debug, Clone, Default)]
pub struct SubMerchantQuery {
    /// Sort order (newest first when unset).
    pub order_by: Option<types::SubMerchantListOrder>,
    /// Case-insensitive match on the name.
    pub filter_text: Option<String>,
    /// Act for another merchant (admins and sub-merchant operators only).
    pub merchant_id: Option<String>,
    /// Page size, 1 to 1000.
    pub limit: Option<u64>,
    /// Records to skip.
    pub offset: Option<u64>,
}

/// Filters and paging of [`Admin::avatars`]. Every field is optional.
#[derive(Debug, Clone, Default)]
pub struct AvatarQuery {
    /// Only templates of this type.
    pub kind: Option<types::InterviewTemplateType>,
    /// Only templates in this status (all but archived when unset).
    pub status: Option<types::AvatarStatus>,
    /// Only templates in this platform language (a code from [`Admin::languages`]).
    pub mojito_language_code: Option<String>,
    /// Case-insensitive match on the name or the voice language.
    pub filter_text: Option<String>,
    /// Also archived templates.
    pub include_archived: Option<bool>,
    /// Also public templates shared across merchants.
    pub include_public: Option<bool>,
    /// Another merchant's templates (admins and sub-merchant operators only).
    pub merchant_id: Option<String>,
    /// Page size, 1 to 1000. Rows are large: keep pages small.
    pub limit: Option<u64>,
    /// Records to skip.
    pub offset: Option<u64>,
}

impl Admin<'_> {
    /// Invites people by email: team members, coaching users or interview candidates. Each
    /// row succeeds or fails on its own: the answer has one [`RowOutcome`] per row, in the
    /// order the rows were sent; a processed row carries the vendor's `result` (`Invited`,
    /// `Activated`, `Skipped`, …).
    ///
    /// Calls `invite_users` (`POST /invite-users`).
    /// Formerly the Actions API action "Invite, Email users invitation".
    pub async fn invite_users<R>(
        &self,
        request: R,
    ) -> Result<Vec<RowOutcome<types::InviteUserResult>>>
    where
        R: TryInto<types::InviteUsersRequest>,
        R::Error: std::fmt::Display,
    {
        let rows = self
            .client
            .raw
            .invite_users()
            .body(request)
            .execute(&self.client.transport)
            .await?;
        Ok(rows
            .0
            .into_iter()
            .enumerate()
            .map(|(index, row)| {
                let result = row.result.clone();
                RowOutcome::from_result(index, result.as_deref(), row)
            })
            .collect())
    }

    /// One page of the sub-merchant accounts the caller administers.
    ///
    /// Calls `list_sub_merchants` (`GET /merchant-sub-merchant-list`).
    pub async fn sub_merchants(
        &self,
        query: &SubMerchantQuery,
    ) -> Result<types::MerchantSubMerchantListResponse> {
        let mut builder = self.client.raw.list_sub_merchants();
        set_some!(builder, query; order_by, filter_text, merchant_id, limit, offset);
        builder.execute(&self.client.transport).await
    }

    /// One page of the avatar and voice templates the merchant may use; a template's `id` is
    /// the `interview_template_id` of the interview-creating calls.
    ///
    /// Calls `list_avatars` (`GET /merchant-avatar-list`).
    pub async fn avatars(&self, query: &AvatarQuery) -> Result<types::MerchantAvatarListResponse> {
        let mut builder = self.client.raw.list_avatars();
        if let Some(kind) = query.kind {
            builder = builder.type_(kind);
        }
        set_some!(builder, query; status, mojito_language_code, filter_text, include_archived,
            include_public, merchant_id, limit, offset);
        builder.execute(&self.client.transport).await
    }

    /// The account snapshot: credit balances, subscription, pending work and totals, and the
    /// caller's own ids. `merchant_id` asks about another merchant (admins and sub-merchant
    /// operators only).
    ///
    /// Calls `get_merchant_status` (`GET /merchant-status`).
    pub async fn status(&self, merchant_id: Option<&str>) -> Result<types::MerchantStatus> {
        let mut builder = self.client.raw.get_merchant_status();
        if let Some(id) = merchant_id {
            builder = builder.merchant_id(id);
        }
        builder.execute(&self.client.transport).await
    }

    /// Every platform language; its `code` is what `mojito_language_code` fields take.
    ///
    /// Calls `list_languages` (`GET /platform-languages-list`).
    pub async fn languages(&self) -> Result<types::PlatformLanguagesListResponse> {
        self.client
            .raw
            .list_languages()
            .execute(&self.client.transport)
            .await
    }
}

stream_methods!(
    Admin,
    sub_merchants,
    sub_merchants_pages,
    sub_merchants_all,
    SubMerchantQuery,
    types::MerchantSubMerchantListResponse,
    types::MerchantSubMerchantListItem,
    "the sub-merchant accounts"
);

stream_methods!(
    Admin,
    avatars,
    avatars_pages,
    avatars_all,
    AvatarQuery,
    types::MerchantAvatarListResponse,
    types::MerchantAvatarListItem,
    "the avatar templates"
);
