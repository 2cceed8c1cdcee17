//! Paging machinery shared by every vendor whose lists page with `limit` and `offset`.
//!
//! A vendor module describes its page type with [`Page`] and hands [`pages`] a function that
//! fetches one page at a given offset. What comes back is a [`Stream`] that fetches lazily,
//! one page at a time and in order, so memory stays bounded by a single page however long the
//! list is. [`items`] flattens such a stream into its records.
//!
//! The stream ends after the page whose [`PageInfo::has_more`] is false, or after the first
//! error (which it yields). A page that claims more records but holds none, a page at another
//! offset than the one asked for, a page that claims more records past the total it reports,
//! and more records than a `u64` offset can count each end the stream with an error instead of
//! asking for pages forever.
//!
//! Every stream here and every paged stream the clients return is `Unpin`, so `next()` and
//! `try_next()` work on it without pinning it first.

use std::future::Future;
use std::pin::Pin;

use futures_core::Stream;
use futures_util::stream::{self, TryStreamExt as _};

use crate::error::{Error, ErrorKind, Result};

/// The stream every paged list of the clients returns: records (or pages) of type `T`, each
/// a [`Result`], with the first error ending the stream.
///
/// It is boxed so that it is `Unpin` (use `next()`/`try_next()` directly, no `pin!`), `Send`
/// (drive it on any runtime thread) and nameable (keep it in a struct field).
///
/// ```no_run
/// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
/// use futures_util::TryStreamExt as _;
/// use hirekit::jobmojito::{ResultQuery, types::MerchantResultListItem};
///
/// let mut results: hirekit::BoxStream<'static, MerchantResultListItem> =
///     jm.results().list_all(&ResultQuery::new());
/// while let Some(row) = results.try_next().await? {
///     println!("{:?}", row.interview_result_id);
/// }
/// # Ok(()) }
/// ```
pub type BoxStream<'a, T> = Pin<Box<dyn Stream<Item = Result<T>> + Send + 'a>>;

/// Where one page sits in the whole list, as the vendor reported it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageInfo {
    /// Records skipped before this page.
    pub offset: u64,
    /// Whether records remain after this page.
    pub has_more: bool,
    /// Matching records over all pages, when the vendor says.
    pub total: Option<u64>,
}

/// One page of a paged list.
pub trait Page {
    /// One record of the list.
    type Item;

    /// Where the page sits in the list.
    fn info(&self) -> PageInfo;

    /// How many records the page holds.
    fn len(&self) -> usize;

    /// Whether the page holds no records.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The page's records, in the vendor's order.
    fn into_items(self) -> Vec<Self::Item>;
}

/// The state carried from one page to the next.
struct Cursor<F> {
    fetch: F,
    /// The offset of the next page; `None` once the records seen reach past `u64::MAX`.
    offset: Option<u64>,
    done: bool,
}

/// A stream of pages: `fetch(offset)` is called for the first page at `start`, then for each
/// following page at the offset just past the records already seen, until a page says there
/// is nothing more. Nothing is fetched before the stream is polled. The stream is `Unpin`, and
/// `Send` when `fetch` and its futures are.
pub fn pages<P, F, Fut>(start: u64, fetch: F) -> impl Stream<Item = Result<P>> + Unpin
where
    P: Page,
    F: FnMut(u64) -> Fut,
    Fut: Future<Output = Result<P>>,
{
    let cursor = Cursor {
        fetch,
        offset: Some(start),
        done: false,
    };
    // Boxed so the stream is `Unpin`: `unfold` holds the pending future inline.
    Box::pin(stream::unfold(cursor, |mut cursor| async move {
        if cursor.done {
            return None;
        }
        let Some(offset) = cursor.offset else {
            // Saturating at the largest offset would ask for the same page again and again.
            cursor.done = true;
            let error = Error::new(
                ErrorKind::Api,
                "the vendor reported more records past the largest offset that can be asked for",
            );
            return Some((Err(error), cursor));
        };
        let page = match (cursor.fetch)(offset).await {
            Ok(page) => page,
            Err(error) => {
                cursor.done = true;
                return Some((Err(error), cursor));
            }
        };
        let info = page.info();
        if info.offset != offset {
            // A server that ignores the offset asked for (or reports another) would make the
            // stream repeat records, or never end.
            cursor.done = true;
            let error = Error::new(
                ErrorKind::Api,
                format!(
                    "the vendor answered with the page at offset {} when offset {} was asked for",
                    info.offset, offset
                ),
            );
            return Some((Err(error), cursor));
        }
        let held = u64::try_from(page.len()).unwrap_or(u64::MAX);
        if info.has_more
            && let Some(total) = info.total
            && info.offset.saturating_add(held) >= total
        {
            // The page contradicts itself; following `has_more` past the total could repeat
            // records forever (a server that ignores the offset but echoes it back).
            cursor.done = true;
            let error = Error::new(
                ErrorKind::Api,
                format!(
                    "the vendor reported more records after record {} of a total of {total}",
                    info.offset.saturating_add(held)
                ),
            );
            return Some((Err(error), cursor));
        }
        if !info.has_more {
            cursor.done = true;
            return Some((Ok(page), cursor));
        }
        if page.is_empty() {
            // Asking again at the same offset would loop forever.
            cursor.done = true;
            let error = Error::new(
                ErrorKind::Api,
                "the vendor reported more records but sent an empty page",
            );
            return Some((Err(error), cursor));
        }
        // Continue after what this page actually held: a server that caps the page size
        // below the one asked for must not make the stream skip records.
        cursor.offset = offset.checked_add(held);
        Some((Ok(page), cursor))
    }))
}

/// The records of a stream of pages, one at a time and in order; an error of the page
/// stream is passed on and ends it. The stream is `Unpin`, and `Send` when `pages` and the
/// records are.
pub fn items<P, S>(pages: S) -> impl Stream<Item = Result<P::Item>> + Unpin
where
    P: Page,
    S: Stream<Item = Result<P>>,
{
    // Boxed so the stream is `Unpin` whether or not `pages` is.
    Box::pin(
        pages
            .map_ok(|page| stream::iter(page.into_items().into_iter().map(Ok)))
            .try_flatten(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt as _;

    struct Numbers {
        offset: u64,
        data: Vec<u64>,
        has_more: bool,
        total: Option<u64>,
    }

    impl Page for Numbers {
        type Item = u64;
        fn info(&self) -> PageInfo {
            PageInfo {
                offset: self.offset,
                has_more: self.has_more,
                total: self.total,
            }
        }
        fn len(&self) -> usize {
            self.data.len()
        }
        fn into_items(self) -> Vec<u64> {
            self.data
        }
    }

    fn numbers(total: u64, size: u64) -> impl FnMut(u64) -> std::future::Ready<Result<Numbers>> {
        move |offset| {
            let end = (offset + size).min(total);
            std::future::ready(Ok(Numbers {
                offset,
                data: (offset..end).collect(),
                has_more: end < total,
                total: Some(total),
            }))
        }
    }

    #[tokio::test]
    async fn every_item_once_in_order() {
        let all: Vec<u64> = items(pages(0, numbers(25, 10)))
            .try_collect()
            .await
            .expect("no error");
        assert_eq!(all, (0..25).collect::<Vec<_>>());
    }

    #[tokio::test]
    async fn an_empty_page_claiming_more_ends_with_an_error() {
        let stream = pages(0, |offset| {
            std::future::ready(Ok(Numbers {
                offset,
                data: vec![],
                has_more: true,
                total: None,
            }))
        });
        let outcome: Vec<Result<Numbers>> = stream.collect().await;
        assert_eq!(outcome.len(), 1);
        assert!(outcome[0].is_err());
    }

    /// A server that echoes the offset asked for but answers the same records, always saying
    /// there are more, is caught by the total it reports: the walk ends with an error at the
    /// page that claims more records past it.
    #[tokio::test]
    async fn pager_refuses_more_records_past_the_total() {
        let stream = pages(0, |offset| {
            std::future::ready(Ok(Numbers {
                offset,
                data: vec![1, 2, 3],
                has_more: true,
                total: Some(9),
            }))
        });
        let outcome: Vec<Result<Numbers>> = stream.take(10).collect().await;
        assert_eq!(outcome.len(), 3, "two pages, then the error");
        assert!(outcome[0].is_ok() && outcome[1].is_ok());
        let error = outcome[2].as_ref().err().expect("an error");
        assert!(
            error.to_string().contains("after record 9 of a total of 9"),
            "{error}"
        );
    }

    /// Issue 10, item 9: a server that answers every request with the first page (offset 0,
    /// more to come) ends the stream with an error instead of looping forever.
    #[tokio::test]
    async fn pager_refuses_a_page_at_another_offset() {
        let stream = pages(0, |_offset| {
            std::future::ready(Ok(Numbers {
                offset: 0,
                data: vec![1, 2, 3],
                has_more: true,
                total: None,
            }))
        });
        let outcome: Vec<Result<Numbers>> = stream.take(10).collect().await;
        assert_eq!(outcome.len(), 2, "one page, then the error");
        assert!(outcome[0].is_ok());
        let error = outcome[1].as_ref().err().expect("an error");
        assert!(
            error.to_string().contains("offset 0 when offset 3"),
            "{error}"
        );
    }
}
