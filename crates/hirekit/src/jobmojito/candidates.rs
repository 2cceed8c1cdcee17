//! Candidates: the people the merchant registered or who registered themselves.

use super::client::Client;
use super::paging::stream_methods;
use super::query::spec_query;
use super::types::{self, CandidateListOrder, CandidateListTab, CandidateSource};
use crate::error::Result;

/// The merchant's candidates. Reach it with [`Client::candidates`].
#[derive(Debug, Clone, Copy)]
pub struct Candidates<'a> {
    client: &'a Client,
}

impl Client {
    /// The merchant's candidates.
    pub fn candidates(&self) -> Candidates<'_> {
        Candidates { client: self }
    }
}

spec_query! {
    /// Filters and paging of [`Candidates::list`] and its streams. Every field is optional.
    pub struct CandidateQuery for list_candidates(ListCandidates) {
        /// Activity bucket.
        tab: CandidateListTab,
        /// Only invited or only self-registered candidates.
        source: CandidateSource,
        /// Sort order (newest first when unset).
        order_by: CandidateListOrder,
        /// Case-insensitive match on name or email.
        filter_text: String [personal],
        /// Only candidates tagged with this emoji marker.
        filter_emoji: String,
        /// Another merchant's candidates (admins and sub-merchant operators only).
        merchant_id: String,
        /// Page size, 1 to 1000.
        limit: u64,
        /// Records to skip.
        offset: u64,
    }
}

impl Candidates<'_> {
    /// One page of the merchant's candidates. See [`Candidates::list_pages`] and
    /// [`Candidates::list_all`] to walk every page.
    ///
    /// Calls `list_candidates` (`GET /merchant-candidate-list`).
    pub async fn list(
        &self,
        query: &CandidateQuery,
    ) -> Result<types::MerchantCandidateListResponse> {
        let builder = self.client.raw.list_candidates();
        query.apply(builder).execute(&self.client.transport).await
    }
}

stream_methods!(
    Candidates,
    list,
    list_pages,
    list_all,
    CandidateQuery,
    types::MerchantCandidateListResponse,
    types::MerchantCandidateListItem,
    "the merchant's candidates"
);
