//! How JobMojito pages: every `merchant-*-list` style operation takes `limit` and `offset`
//! and answers `{data, pagination: {total, limit, offset, has_more}}`. This file teaches the
//! generic [`crate::pagination`] machinery those eight page types.

use super::types;
use crate::pagination::{Page, PageInfo};

/// The page size the streams ask for when the query sets none: large enough to keep the
/// number of requests low, small enough that one page stays a modest amount of memory.
pub(crate) const STREAM_PAGE_SIZE: u64 = 100;

macro_rules! jobmojito_page {
    ($($page:ident => $item:ident),* $(,)?) => {$(
        impl Page for types::$page {
            type Item = types::$item;

            fn info(&self) -> PageInfo {
                let p = &self.pagination;
                PageInfo {
                    // A negative offset or total cannot be meant; read it as zero / unknown.
                    offset: u64::try_from(p.offset).unwrap_or(0),
                    has_more: p.has_more,
                    total: u64::try_from(p.total).ok(),
                }
            }

            fn len(&self) -> usize {
                self.data.len()
            }

            fn into_items(self) -> Vec<types::$item> {
                self.data
            }
        }
    )*};
}

jobmojito_page! {
    MerchantInterviewListResponse => MerchantInterviewListItem,
    CatalogueTagListResponse => CatalogueTagListItem,
    MerchantResultListResponse => MerchantResultListItem,
    MerchantAnalyticsResponse => MerchantAnalyticsItem,
    MerchantCreditsUsedResponse => MerchantCreditsUsedItem,
    MerchantCandidateListResponse => MerchantCandidateListItem,
    MerchantSubMerchantListResponse => MerchantSubMerchantListItem,
    MerchantAvatarListResponse => MerchantAvatarListItem,
}

/// The page size for a stream: the query's, else [`STREAM_PAGE_SIZE`].
pub(crate) fn stream_page_size(limit: Option<u64>) -> u64 {
    limit.unwrap_or(STREAM_PAGE_SIZE)
}

/// Adds the two streaming methods of a paged list to a resource group: `$pages` (a stream of
/// pages) and `$all` (a stream of records), both driven by the group's one-page method `$one`.
/// Like `$one` they take the query by reference (the facade's one query style); the stream
/// keeps its own copy, so the caller's query stays free to reuse.
macro_rules! stream_methods {
    ($group:ident, $one:ident, $pages:ident, $all:ident, $query:ty, $page:ty, $item:ty, $what:literal) => {
        impl $group<'_> {
            #[doc = concat!(
                "Every page of ", $what, " matching `query`, as a stream: each page is fetched ",
                "with [`", stringify!($group), "::", stringify!($one), "`] only when the stream ",
                "is polled, in order, starting at `query.offset` with pages of `query.limit` ",
                "(100 when unset), so memory stays bounded by one page. The stream ends after the ",
                "page that says there is no more, or after yielding the first error. The stream ",
                "is `Unpin`: `next()`/`try_next()` work on it directly, and it keeps a copy of ",
                "`query`, so it does not borrow it."
            )]
            pub fn $pages(
                &self,
                query: &$query,
            ) -> crate::BoxStream<'static, $page> {
                let client = self.client.clone();
                let query = query.clone();
                let size = crate::jobmojito::paging::stream_page_size(query.limit);
                let start = query.offset.unwrap_or(0);
                Box::pin(crate::pagination::pages(start, move |offset| {
                    let client = client.clone();
                    let mut query = query.clone();
                    query.limit = Some(size);
                    query.offset = Some(offset);
                    async move { $group { client: &client }.$one(&query).await }
                }))
            }

            #[doc = concat!(
                "Every one of ", $what, " matching `query`, as a stream of records in the ",
                "vendor's order, each exactly once; fetched page by page as in [`",
                stringify!($group), "::", stringify!($pages), "`]. The stream is `Unpin`."
            )]
            pub fn $all(
                &self,
                query: &$query,
            ) -> crate::BoxStream<'static, $item> {
                Box::pin(crate::pagination::items(self.$pages(query)))
            }
        }
    };
}
pub(crate) use stream_methods;
