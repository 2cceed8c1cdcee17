//! Every row of a select, fetched page by page with `limit`/`offset`.

use futures_core::Stream;

use super::select::Select;
use super::{Order, Table, TableColumn};
use crate::error::{Error, ErrorKind, Result};

/// Where the walk through the pages stands.
struct Walk<'a, T: Table> {
    query: Select<'a, T>,
    /// Offset of the next page.
    next: u64,
    /// Rows still wanted when the query had its own limit or range.
    remaining: Option<u64>,
    page_size: u64,
    /// The rows of the current page not handed out yet: the only rows held in memory.
    buffer: std::vec::IntoIter<T::Row>,
    /// A mistake in the query, yielded before any request.
    refused: Option<Error>,
    done: bool,
}

impl<'a, T: Table> Select<'a, T> {
    /// Every matching row, fetched `page_size` rows at a time with `limit`/`offset`; at most
    /// one page is held in memory. The query's own `offset`, `limit` or `range` bound the walk;
    /// `count_exact` is dropped (the walk does not need it).
    ///
    /// The walk ends at an empty page or at the total the server reports, not at the first
    /// short page: PostgREST caps the rows of one answer (`db-max-rows`), so a page can be
    /// shorter than asked for with rows still to come. That costs one request for the empty
    /// page at the end. A server that answers from another offset than asked ends the stream
    /// with an error, and so does a full page that does not say where it sits (no readable
    /// `Content-Range`, which PostgREST always sends): the walk could not tell the next page
    /// from the first one again.
    ///
    /// Rows are sorted by the query's order and then by `id`, so that pages do not overlap or
    /// skip rows (PostgreSQL gives no stable order otherwise). Rows inserted or deleted while
    /// the walk runs can still shift later pages by that many rows.
    ///
    /// The stream is `Unpin`, so `next()` and `try_next()` work on it directly. An error ends
    /// the stream after it is yielded. A `page_size` of 0 yields an
    /// `InvalidInput` error.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use futures_util::TryStreamExt as _;
    /// use hirekit::tables::interview_result::Column;
    ///
    /// let completed: Vec<_> = jm
    ///     .tables()
    ///     .interview_result()
    ///     .select()
    ///     .eq(Column::ProcessingStatus, "completed")
    ///     .stream(500)
    ///     .try_collect()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn stream(self, page_size: u64) -> impl Stream<Item = Result<T::Row>> + Send + Unpin + 'a {
        let mut query = self;
        let (mut start, mut remaining) = match query.range.take() {
            Some((first, last)) => (first, Some(last.saturating_sub(first).saturating_add(1))),
            None => (0, None),
        };
        start = start.saturating_add(query.offset.take().unwrap_or(0));
        if let Some(limit) = query.limit.take() {
            remaining = Some(remaining.map_or(limit, |r| r.min(limit)));
        }
        query.count = false;
        if let Some(key) = T::Column::from_name("id")
            && !query.order.iter().any(|o| o.column() == key)
        {
            query.order.push(Order::asc(key));
        }
        let refused = match query.request() {
            Err(error) => Some(error),
            Ok(_) if page_size == 0 => Some(
                Error::new(ErrorKind::InvalidInput, "the page size must be at least 1")
                    .with_field("page_size")
                    .with_operation(T::OPERATIONS[0]),
            ),
            Ok(_) => None,
        };
        let walk = Walk {
            query,
            next: start,
            remaining,
            page_size,
            buffer: Vec::new().into_iter(),
            refused,
            done: false,
        };
        // Boxed so the stream is `Unpin`: callers can use `next()`/`try_next()` without pinning.
        Box::pin(futures_util::stream::unfold(walk, |mut walk| async move {
            loop {
                if let Some(error) = walk.refused.take() {
                    walk.done = true;
                    return Some((Err(error), walk));
                }
                if let Some(row) = walk.buffer.next() {
                    return Some((Ok(row), walk));
                }
                if walk.done {
                    return None;
                }
                let wanted = walk
                    .remaining
                    .map_or(walk.page_size, |r| r.min(walk.page_size));
                if wanted == 0 {
                    return None;
                }
                match walk.fetch(wanted).await {
                    Ok((rows, content_range)) => {
                        let got = u64::try_from(rows.len()).unwrap_or(u64::MAX);
                        match after_page(walk.next, wanted, got, content_range.as_deref()) {
                            Ok(more) => walk.done = !more,
                            Err(message) => {
                                walk.done = true;
                                let error = Error::new(ErrorKind::Api, message)
                                    .with_operation(T::OPERATIONS[0]);
                                return Some((Err(error), walk));
                            }
                        }
                        walk.next = walk.next.saturating_add(got);
                        walk.remaining = walk.remaining.map(|r| r.saturating_sub(got));
                        walk.buffer = rows.into_iter();
                    }
                    Err(error) => {
                        walk.done = true;
                        return Some((Err(error), walk));
                    }
                }
            }
        }))
    }
}

/// Whether the walk goes on after a page of `got` rows asked for at `offset` with `limit
/// wanted`, judged by the page and its `Content-Range`.
///
/// PostgREST caps the rows of one answer (`db-max-rows`; Supabase's default is 1000), so a
/// page shorter than asked for is not the last one when the server says where it sits: only
/// an empty page, or the reported total, ends the walk. A server that answers rows from
/// another offset than the one asked for (it ignores `offset`) is an error, since walking on
/// would repeat rows forever. Without a readable `Content-Range` nothing can be checked: a
/// short page ends the walk as before, and a full page is an error rather than a step into
/// what may be the same rows again, forever.
fn after_page(
    offset: u64,
    wanted: u64,
    got: u64,
    content_range: Option<&str>,
) -> Result<bool, String> {
    if got == 0 {
        return Ok(false);
    }
    let range = content_range.and_then(|text| {
        let (range, total) = super::select::parse_content_range(text);
        range.map(|(first, _)| (first, total))
    });
    let Some((first, total)) = range else {
        return if got < wanted {
            Ok(false)
        } else {
            Err(format!(
                "the server answered a full page at offset {offset} without a Content-Range \
                 saying which rows it holds, so the walk cannot go on safely"
            ))
        };
    };
    if first != offset {
        return Err(format!(
            "the server answered rows from offset {first} when offset {offset} was asked for"
        ));
    }
    let next = offset.saturating_add(got);
    Ok(total.is_none_or(|total| next < total))
}

impl<T: Table> Walk<'_, T> {
    async fn fetch(&self, wanted: u64) -> Result<(Vec<T::Row>, Option<String>)> {
        let mut request = self.query.request()?;
        request.limit = Some(wanted);
        request.offset = Some(self.next);
        self.query
            .client
            .anon_key()
            .map_err(|e| e.with_operation(T::OPERATIONS[0]))?;
        let answer = T::run_select(self.query.client, &request).await?;
        Ok((answer.rows, answer.content_range))
    }
}

#[cfg(test)]
mod tests {
    use super::after_page;

    /// Issue 10, item 1: a page shorter than asked for, from a server that caps rows per
    /// answer, does not end the walk; an empty page or the reported total does.
    #[test]
    fn tables_stream_walks_past_a_row_cap() {
        assert_eq!(after_page(0, 10, 3, Some("0-2/*")), Ok(true));
        assert_eq!(after_page(3, 10, 3, Some("3-5/7")), Ok(true));
        assert_eq!(after_page(6, 10, 1, Some("6-6/7")), Ok(false));
        assert_eq!(after_page(7, 10, 0, Some("*/7")), Ok(false));
        // Without a Content-Range a short page is the last one.
        assert_eq!(after_page(0, 10, 3, None), Ok(false));
    }

    /// Without a readable Content-Range a full page cannot be placed: a server that ignores
    /// `offset` and strips the header would otherwise hand out its first rows forever.
    #[test]
    fn tables_stream_refuses_a_full_page_it_cannot_place() {
        for range in [None, Some("garbage"), Some("*/*")] {
            let error = after_page(3, 3, 3, range).expect_err("a full page, unplaced");
            assert!(error.contains("without a Content-Range"), "{error}");
        }
    }

    /// A server that ignores `offset` ends the walk with an error instead of repeating rows.
    #[test]
    fn tables_stream_refuses_an_ignored_offset() {
        let error = after_page(3, 3, 3, Some("0-2/*")).expect_err("offset ignored");
        assert!(error.contains("offset 0 when offset 3"), "{error}");
    }
}
