//! Administration: inviting people, sub-merchants, avatar templates, the account snapshot
//! and the platform languages.

use super::batch::RowOutcome;
use super::client::Client;
use super::paging::stream_methods;
use super::query::spec_query;
use super::types::{self, AvatarStatus, InterviewTemplateType, SubMerchantListOrder};
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

spec_query! {
    /// Filters and paging of [`Admin::sub_merchants`] and its streams. Every field is
    /// optional.
    pub struct SubMerchantQuery for list_sub_merchants(ListSubMerchants) {
        /// Sort order (newest first when unset).
        order_by: SubMerchantListOrder,
        /// Case-insensitive match on the name.
        filter_text: String,
        /// Act for another merchant (admins and sub-merchant operators only).
        merchant_id: String,
        /// Page size, 1 to 1000.
        limit: u64,
        /// Records to skip.
        offset: u64,
    }
}

spec_query! {
    /// Filters and paging of [`Admin::avatars`] and its streams. Every field is optional.
    /// Rows are large: keep pages small.
    pub struct AvatarQuery for list_avatars(ListAvatars) {
        /// Only templates of this type.
        kind as type_: InterviewTemplateType,
        /// Only templates in this status (all but archived when unset).
        status: AvatarStatus,
        /// Only templates in this platform language (a code from [`Admin::languages`]).
        mojito_language_code: String,
        /// Case-insensitive match on the name or the voice language.
        filter_text: String,
        /// Also archived templates.
        include_archived: bool,
        /// Also public templates shared across merchants.
        include_public: bool,
        /// Another merchant's templates (admins and sub-merchant operators only).
        merchant_id: String,
        /// Page size, 1 to 1000.
        limit: u64,
        /// Records to skip.
        offset: u64,
    }
}

spec_query! {
    /// What [`Admin::status_with`] reads besides the caller's own account. Every field is
    /// optional.
    pub struct StatusOptions for get_merchant_status(GetMerchantStatus) {
        /// Another merchant's snapshot (admins and sub-merchant operators only).
        merchant_id: String,
    }
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
        let builder = self.client.raw.list_sub_merchants();
        query.apply(builder).execute(&self.client.transport).await
    }

    /// One page of the avatar and voice templates the merchant may use; a template's `id` is
    /// the `interview_template_id` of the interview-creating calls.
    ///
    /// Calls `list_avatars` (`GET /merchant-avatar-list`).
    pub async fn avatars(&self, query: &AvatarQuery) -> Result<types::MerchantAvatarListResponse> {
        let builder = self.client.raw.list_avatars();
        query.apply(builder).execute(&self.client.transport).await
    }

    /// The caller's account snapshot: credit balances, subscription, pending work and totals,
    /// and the caller's own ids. [`Admin::status_with`] asks about another merchant.
    ///
    /// Calls `get_merchant_status` (`GET /merchant-status`).
    pub async fn status(&self) -> Result<types::MerchantStatus> {
        self.status_with(&StatusOptions::new()).await
    }

    /// [`Admin::status`] with options, e.g.
    /// `status_with(&StatusOptions::new().merchant_id(id))` for another merchant's snapshot
    /// (admins and sub-merchant operators only).
    ///
    /// Calls `get_merchant_status` (`GET /merchant-status`).
    pub async fn status_with(&self, options: &StatusOptions) -> Result<types::MerchantStatus> {
        let builder = self.client.raw.get_merchant_status();
        options.apply(builder).execute(&self.client.transport).await
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
