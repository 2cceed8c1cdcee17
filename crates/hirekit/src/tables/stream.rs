//! Every row of a select, fetched page by page with `limit`/`offset`.

use std::future::Future;

use super::select::Select;
use super::{Order, Table, TableColumn};
use crate::error::{Error, ErrorKind, Operation, Result};

/// Where the walk through the pages stands. The walk knows nothing of HTTP: `fetch(offset,
/// limit)` answers one page's rows and its `Content-Range`, so the page stepping can be
/// driven by any sequence of answers in the tests.
struct Walk<R, F> {
    fetch: F,
    /// The select operation, named by the walk's own errors.
    operation: Operation,
    /// Offset of the next page.
    next: u64,
    /// Rows still wanted when the query had its own limit or range.
    remaining: Option<u64>,
    page_size: u64,
    /// The rows of the current page not handed out yet: the only rows held in memory.
    buffer: std::vec::IntoIter<R>,
    /// A mistake in the query, yielded before any request.
    refused: Option<Error>,
    /// An error to yield once the rows already fetched are handed out.
    after_rows: Option<Error>,
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
    pub fn stream(self, page_size: u64) -> crate::BoxStream<'a, T::Row> {
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
        // The query is checked and encoded once; each page only sets its limit and offset.
        let (base, refused) = match query.request() {
            Err(error) => (Default::default(), Some(error)),
            Ok(_) if page_size == 0 => (
                Default::default(),
                Some(
                    Error::new(ErrorKind::InvalidInput, "the page size must be at least 1")
                        .with_field("page_size")
                        .with_operation(T::OPERATIONS[0]),
                ),
            ),
            Ok(request) => (request, None),
        };
        let client = query.client;
        let fetch = move |offset: u64, wanted: u64| {
            let mut request = base.clone();
            async move {
                request.limit = Some(wanted);
                request.offset = Some(offset);
                client
                    .anon_key()
                    .map_err(|e| e.with_operation(T::OPERATIONS[0]))?;
                let answer = T::run_select(client, &request).await?;
                Ok((answer.rows, answer.content_range))
            }
        };
        walk(
            start,
            remaining,
            page_size,
            refused,
            T::OPERATIONS[0],
            fetch,
        )
    }
}

/// The rows of the pages `fetch(offset, limit)` answers, from `start` on, `page_size` at a
/// time and at most `remaining` in all; `refused` is yielded instead when set.
fn walk<'a, R, F, Fut>(
    start: u64,
    remaining: Option<u64>,
    page_size: u64,
    refused: Option<Error>,
    operation: Operation,
    fetch: F,
) -> crate::BoxStream<'a, R>
where
    R: Send + 'a,
    F: FnMut(u64, u64) -> Fut + Send + 'a,
    Fut: Future<Output = Result<(Vec<R>, Option<String>)>> + Send + 'a,
{
    let walk = Walk {
        fetch,
        operation,
        next: start,
        remaining,
        page_size,
        buffer: Vec::new().into_iter(),
        refused,
        after_rows: None,
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
            if let Some(error) = walk.after_rows.take() {
                walk.done = true;
                return Some((Err(error), walk));
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
            match (walk.fetch)(walk.next, wanted).await {
                Ok((mut rows, content_range)) => {
                    // A server that ignores `limit` must not carry the walk past the rows
                    // asked for (the query's own limit among them); the next page starts
                    // just after the rows kept, so nothing is skipped.
                    rows.truncate(usize::try_from(wanted).unwrap_or(usize::MAX));
                    let got = u64::try_from(rows.len()).unwrap_or(u64::MAX);
                    // A page that takes the rows the query's limit leaves is the last one.
                    let closes_limit = walk.remaining == Some(wanted);
                    match after_page(
                        walk.next,
                        wanted,
                        got,
                        content_range.as_deref(),
                        closes_limit,
                    ) {
                        Ok(more) => walk.done = !more,
                        Err(message) => {
                            walk.done = true;
                            let error =
                                Error::new(ErrorKind::Api, message).with_operation(walk.operation);
                            return Some((Err(error), walk));
                        }
                    }
                    match walk.next.checked_add(got) {
                        Some(next) => walk.next = next,
                        // Saturating would ask for the same offset again and again.
                        None if !walk.done => {
                            walk.done = true;
                            walk.after_rows = Some(
                                Error::new(
                                    ErrorKind::Api,
                                    "the server reported more rows past the largest offset \
                                     that can be asked for",
                                )
                                .with_operation(walk.operation),
                            );
                        }
                        None => {}
                    }
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

/// Whether the walk goes on after a page of `got` rows asked for at `offset` with `limit
/// wanted`, judged by the page and its `Content-Range`.
///
/// PostgREST caps the rows of one answer (`db-max-rows`; Supabase's default is 1000), so a
/// page shorter than asked for is not the last one when the server says where it sits: only
/// an empty page, or the reported total, ends the walk. A server that answers rows from
/// another offset than the one asked for (it ignores `offset`) is an error, since walking on
/// would repeat rows forever. Without a readable `Content-Range` nothing can be checked: a
/// short page ends the walk as before, and a full page is an error rather than a step into
/// what may be the same rows again, forever, unless it `closes_limit` (it holds the last rows
/// the query's limit leaves, so nothing more will be asked for).
fn after_page(
    offset: u64,
    wanted: u64,
    got: u64,
    content_range: Option<&str>,
    closes_limit: bool,
) -> Result<bool, String> {
    if got == 0 {
        return Ok(false);
    }
    let range = content_range.and_then(|text| {
        let (range, total) = super::select::parse_content_range(text);
        range.map(|(first, _)| (first, total))
    });
    let Some((first, total)) = range else {
        return if got < wanted || closes_limit {
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
    Ok(!closes_limit && total.is_none_or(|total| next < total))
}

#[cfg(test)]
mod tests {
    use super::after_page;

    /// Issue 10, item 1: a page shorter than asked for, from a server that caps rows per
    /// answer, does not end the walk; an empty page or the reported total does.
    #[test]
    fn tables_stream_walks_past_a_row_cap() {
        assert_eq!(after_page(0, 10, 3, Some("0-2/*"), false), Ok(true));
        assert_eq!(after_page(3, 10, 3, Some("3-5/7"), false), Ok(true));
        assert_eq!(after_page(6, 10, 1, Some("6-6/7"), false), Ok(false));
        assert_eq!(after_page(7, 10, 0, Some("*/7"), false), Ok(false));
        // Without a Content-Range a short page is the last one.
        assert_eq!(after_page(0, 10, 3, None, false), Ok(false));
    }

    /// Without a readable Content-Range a full page cannot be placed: a server that ignores
    /// `offset` and strips the header would otherwise hand out its first rows forever.
    #[test]
    fn tables_stream_refuses_a_full_page_it_cannot_place() {
        for range in [None, Some("garbage"), Some("*/*")] {
            let error = after_page(3, 3, 3, range, false).expect_err("a full page, unplaced");
            assert!(error.contains("without a Content-Range"), "{error}");
        }
    }

    /// A server that ignores `offset` ends the walk with an error instead of repeating rows.
    #[test]
    fn tables_stream_refuses_an_ignored_offset() {
        let error = after_page(3, 3, 3, Some("0-2/*"), false).expect_err("offset ignored");
        assert!(error.contains("offset 0 when offset 3"), "{error}");
    }
}

/// The page stepping of the walk, driven by scripted answers instead of a server.
#[cfg(test)]
mod walk_props {
    use std::sync::{Arc, Mutex};
    use std::task::{Context, Poll, Waker};

    use futures_util::StreamExt as _;
    use proptest::prelude::*;

    use super::walk;
    use crate::error::{ErrorKind, Operation, Result};

    const SELECT: Operation = Operation {
        id: "select_profile_interview",
        method: "GET",
        path: "/profile_interview",
    };

    /// What a scripted PostgREST answer says in `Content-Range`.
    #[derive(Debug, Clone)]
    enum RangeAnswer {
        /// No header.
        Missing,
        /// `first-last/total` from the offset asked for.
        Honest(TotalAnswer),
        /// `first-last/total` from another offset.
        Other(u64, TotalAnswer),
        /// Text that is not a range.
        Garbage(String),
    }

    #[derive(Debug, Clone)]
    enum TotalAnswer {
        /// `*`
        Unknown,
        /// The end of this page plus this many rows.
        After(u64),
        /// Any number.
        Any(u64),
    }

    /// One answer: how many rows it holds (whatever was asked for) and its `Content-Range`.
    #[derive(Debug, Clone)]
    struct Answer {
        rows: usize,
        range: RangeAnswer,
    }

    fn answers() -> impl Strategy<Value = Vec<Answer>> {
        let total = prop_oneof![
            Just(TotalAnswer::Unknown),
            (0u64..6).prop_map(TotalAnswer::After),
            any::<u64>().prop_map(TotalAnswer::Any),
        ];
        let range = prop_oneof![
            2 => Just(RangeAnswer::Missing),
            5 => total.clone().prop_map(RangeAnswer::Honest),
            1 => (prop_oneof![0u64..40, (u64::MAX - 8)..=u64::MAX], total)
                .prop_map(|(first, total)| RangeAnswer::Other(first, total)),
            1 => "[ -~]{0,12}".prop_map(RangeAnswer::Garbage),
        ];
        let answer = (prop_oneof![1 => Just(0usize), 5 => 1usize..9], range)
            .prop_map(|(rows, range)| Answer { rows, range });
        prop::collection::vec(answer, 0..8)
    }

    /// The `Content-Range` of `answer` holding `got` rows, asked for at `offset`.
    fn content_range(answer: &Answer, offset: u64, got: u64) -> Option<String> {
        let span = |first: u64| match got {
            0 => "*".to_string(),
            n => format!("{first}-{}", first.saturating_add(n - 1)),
        };
        let total = |total: &TotalAnswer| match total {
            TotalAnswer::Unknown => "*".to_string(),
            TotalAnswer::After(more) => {
                offset.saturating_add(got).saturating_add(*more).to_string()
            }
            TotalAnswer::Any(n) => n.to_string(),
        };
        match &answer.range {
            RangeAnswer::Missing => None,
            RangeAnswer::Honest(t) => Some(format!("{}/{}", span(offset), total(t))),
            RangeAnswer::Other(first, t) => Some(format!("{}/{}", span(*first), total(t))),
            RangeAnswer::Garbage(text) => Some(text.clone()),
        }
    }

    /// What the scripted server was asked, `(offset, limit)`, and the row ids it sent.
    type Log = Arc<Mutex<(Vec<(u64, u64)>, Vec<Vec<String>>)>>;

    /// Runs a walk over `answers` (past them, every answer is an empty page) and collects at
    /// most `bound` items. The scripted answers are ready at once, so the stream never waits.
    fn run(
        start: u64,
        remaining: Option<u64>,
        page_size: u64,
        answers: &[Answer],
        bound: usize,
    ) -> (Vec<Result<String>>, Log) {
        let log: Log = Arc::default();
        let record = log.clone();
        let script = answers.to_vec();
        let fetch = move |offset: u64, limit: u64| {
            let mut log = record.lock().unwrap_or_else(|e| e.into_inner());
            let call = log.0.len();
            log.0.push((offset, limit));
            let answer = script.get(call).cloned().unwrap_or(Answer {
                rows: 0,
                range: RangeAnswer::Honest(TotalAnswer::After(0)),
            });
            let ids: Vec<String> = (0..answer.rows).map(|k| format!("{call}-{k}")).collect();
            log.1.push(ids.clone());
            let range = content_range(&answer, offset, ids.len() as u64);
            std::future::ready(Ok((ids, range)))
        };
        let mut stream = walk(start, remaining, page_size, None, SELECT, fetch);
        let mut context = Context::from_waker(Waker::noop());
        let mut out = Vec::new();
        while out.len() < bound {
            match stream.poll_next_unpin(&mut context) {
                Poll::Ready(Some(item)) => out.push(item),
                Poll::Ready(None) => break,
                Poll::Pending => panic!("a scripted answer never waits"),
            }
        }
        (out, log)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::test_support::proptest_cases()))]

        /// The Tables stream's page stepping over any sequence of PostgREST answers (short
        /// pages, empty pages, pages longer than asked for; an honest, wrong, missing or
        /// unreadable `Content-Range`; past the script an empty page): it always ends, asks
        /// each offset once and in order, never asks for more rows than the page size or the
        /// query's limit leaves, yields exactly the rows it asked for of the pages it accepted
        /// (never more than the limit), and ends either normally or with one typed error.
        #[test]
        fn the_tables_stream_always_ends_and_never_repeats(
            start in prop_oneof![0u64..50, (u64::MAX - 8)..=u64::MAX],
            page_size in 1u64..8,
            limit in prop::option::of(0u64..20),
            answers in answers(),
        ) {
            // More than the script can yield: a stream still going past it is looping.
            let bound = answers.iter().map(|a| a.rows).sum::<usize>() + answers.len() + 3;
            let (outcome, log) = run(start, limit, page_size, &answers, bound);
            let (asked, sent) = log.lock().unwrap_or_else(|e| e.into_inner()).clone();

            prop_assert!(outcome.len() < bound, "the stream did not end");
            prop_assert!(asked.len() <= answers.len() + 1, "asked {} times", asked.len());
            if limit == Some(0) {
                prop_assert!(asked.is_empty() && outcome.is_empty());
                return Ok(());
            }
            prop_assert_eq!(asked.first().map(|a| a.0), Some(start));
            // The rows of each answer the stream may use: no more than it asked for.
            let kept: Vec<&[String]> = asked
                .iter()
                .zip(&sent)
                .map(|(&(_, asked_rows), rows)| &rows[..rows.len().min(asked_rows as usize)])
                .collect();
            let mut left = limit;
            let mut left_before = Vec::with_capacity(asked.len());
            for (call, &(offset, asked_rows)) in asked.iter().enumerate() {
                left_before.push(left);
                prop_assert!(asked_rows >= 1 && asked_rows <= page_size);
                if let Some(left) = left {
                    prop_assert!(asked_rows <= left, "asked {} rows with {} left", asked_rows, left);
                }
                if let Some(&(next, _)) = asked.get(call + 1) {
                    let got = kept[call].len() as u64;
                    prop_assert!(next > offset, "offset {} asked again", next);
                    prop_assert_eq!(Some(next), offset.checked_add(got));
                }
                left = left.map(|l| l.saturating_sub(kept[call].len() as u64));
            }
            let errors = outcome.iter().filter(|o| o.is_err()).count();
            prop_assert!(errors <= 1);
            prop_assert!(outcome.iter().rev().skip(1).all(Result::is_ok), "an error ends the stream");
            let last = asked.len().saturating_sub(1);
            // A page from another offset is refused, its rows unused; a page whose rows reach
            // past the largest offset is used, and the error follows it.
            let mut refused_last = false;
            if let Some(Err(error)) = outcome.last() {
                prop_assert_eq!(error.kind(), ErrorKind::Api, "{}", error);
                prop_assert_eq!(error.operation(), Some(SELECT));
                let (offset, asked_rows) = asked[last];
                let got = kept[last].len() as u64;
                let range = answers
                    .get(last)
                    .and_then(|answer| content_range(answer, offset, sent[last].len() as u64));
                let placed = range
                    .as_deref()
                    .and_then(|text| crate::tables::select::parse_content_range(text).0)
                    .map(|(first, _)| first);
                // Refused: rows from another offset, or a full page that cannot be placed
                // (no readable Content-Range) while the limit leaves more to ask for.
                let closes_limit = left_before[last] == Some(asked_rows);
                refused_last = got > 0
                    && match placed {
                        Some(first) => first != offset,
                        None => got == asked_rows && !closes_limit,
                    };
                prop_assert!(refused_last || offset.checked_add(got).is_none(), "{}", error);
            }
            let rows: Vec<String> = outcome.into_iter().filter_map(Result::ok).collect();
            let accepted = if refused_last { last } else { asked.len() };
            let expected: Vec<String> = kept[..accepted].iter().copied().flatten().cloned().collect();
            prop_assert_eq!(&rows, &expected);
            if let Some(limit) = limit {
                prop_assert!(rows.len() as u64 <= limit, "{} rows past a limit of {}", rows.len(), limit);
            }
        }
    }

    /// A server that ignores `limit` sends more rows than asked for: the stream keeps only
    /// those it asked for, so a query's limit holds, and asks on from just after them.
    #[test]
    fn rows_beyond_the_limit_asked_for_are_not_yielded() {
        let long = Answer {
            rows: 5,
            range: RangeAnswer::Honest(TotalAnswer::Unknown),
        };
        let (outcome, log) = run(0, Some(3), 2, &[long.clone(), long], 100);
        let rows: Vec<String> = outcome.into_iter().map(|r| r.expect("a row")).collect();
        assert_eq!(rows, ["0-0", "0-1", "1-0"]);
        let asked = log.lock().unwrap_or_else(|e| e.into_inner()).0.clone();
        assert_eq!(asked, [(0, 2), (2, 1)]);
    }
}
