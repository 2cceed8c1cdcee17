//! Candidates: the people the merchant registered or who registered themselves.

use std::fmt;

use super::client::Client;
use super::paging::{set_some, stream_methods};
use super::types;
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

/// Filters and paging of [`Candidates::list`]. Every field is optional.
#[derive(Clone, Default)]
pub struct CandidateQuery {
    /// Activity bucket.
    pub tab: Option<types::CandidateListTab>,
    /// Only invited or only self-registered candidates.
    pub source: Option<types::CandidateSource>,
    /// Sort order (newest first when unset).
    pub order_by: Option<types::CandidateListOrder>,
    /// Case-insensitive match on name or email.
    pub filter_text: Option<String>,
    /// Only candidates tagged with this emoji marker.
    pub filter_emoji: Option<String>,
    /// Another merchant's candidates (admins and sub-merchant operators only).
    pub merchant_id: Option<String>,
    /// Page size, 1 to 1000.
    pub limit: Option<u64>,
    /// Records to skip.
    pub offset: Option<u64>,
}

impl fmt::Debug for CandidateQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The text filter usually holds a candidate's name or email.
        f.debug_struct("CandidateQuery")
            .field("tab", &self.tab)
            .field("source", &self.source)
            .field("order_by", &self.order_by)
            .field(
                "filter_text",
                &self.filter_text.as_ref().map(|_| "<redacted>"),
            )
            .field("filter_emoji", &self.filter_emoji)
            .field("merchant_id", &self.merchant_id)
            .field("limit", &self.limit)
            .field("offset", &self.offset)
            .finish()
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
        let mut builder = self.client.raw.list_candidates();
        set_some!(builder, query; tab, source, order_by, filter_text, filter_emoji, merchant_id,
            limit, offset);
        builder.execute(&self.client.transport).await
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
