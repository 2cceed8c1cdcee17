//! The select builder and the page it answers with.

use std::ops::RangeInclusive;

use super::filter::{Filters, filter_methods};
use super::{Answer, Order, Request, Table, TableColumn};
use crate::error::{Error, ErrorKind, Result};
use crate::jobmojito::Client;

/// A query of one table's rows. Start it with [`TableRef::select`](super::TableRef::select),
/// narrow it with filters, sort and page it, then [`send`](Select::send) it for one page or
/// [`stream`](Select::stream) every matching row.
///
/// Calls `select_<table>` (`GET /rest/v1/<table>`); reads are retried on failure like every
/// idempotent call.
///
/// ```no_run
/// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
/// use hirekit::tables::{Order, profile_interview::Column};
///
/// let page = jm
///     .tables()
///     .profile_interview()
///     .select()
///     .columns([Column::Id, Column::Email, Column::Status])
///     .in_(Column::Status, ["active", "invited"])
///     .order(Order::desc(Column::CreatedAt))
///     .range(0..=24)
///     .count_exact()
///     .send()
///     .await?;
/// # Ok(()) }
/// ```
pub struct Select<'a, T: Table> {
    pub(super) client: &'a Client,
    pub(super) filters: Filters<T::Column>,
    pub(super) columns: Vec<T::Column>,
    pub(super) order: Vec<Order<T::Column>>,
    pub(super) limit: Option<u64>,
    pub(super) offset: Option<u64>,
    pub(super) range: Option<(u64, u64)>,
    pub(super) count: bool,
    pub(super) error: Option<Error>,
}

impl<T: Table> Clone for Select<'_, T> {
    fn clone(&self) -> Self {
        Select {
            client: self.client,
            filters: self.filters.clone(),
            columns: self.columns.clone(),
            order: self.order.clone(),
            limit: self.limit,
            offset: self.offset,
            range: self.range,
            count: self.count,
            error: self.error.as_ref().map(copy_error),
        }
    }
}

impl<T: Table> std::fmt::Debug for Select<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Filter values can be personal data: show the filtered columns only.
        let filtered: Vec<&str> = self.filters.list.iter().map(|(c, _)| c.name()).collect();
        f.debug_struct("Select")
            .field("table", &T::NAME)
            .field("filtered", &filtered)
            .field("columns", &self.columns)
            .field("order", &self.order)
            .field("limit", &self.limit)
            .field("offset", &self.offset)
            .field("range", &self.range)
            .field("count", &self.count)
            .finish_non_exhaustive()
    }
}

/// One answer of a select: the rows, and what `Content-Range` said about them.
///
/// ```no_run
/// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
/// let page = jm.tables().interview_result().select().limit(10).count_exact().send().await?;
/// if let (Some((first, last)), Some(total)) = (page.range, page.total) {
///     println!("rows {first}–{last} of {total}");
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Page<R> {
    /// The rows, in the order asked for.
    pub rows: Vec<R>,
    /// How many rows match in all; known when the query asked for
    /// [`count_exact`](Select::count_exact).
    pub total: Option<u64>,
    /// The zero-based indexes of the first and last row returned, both inclusive; `None` when
    /// no row came back or the server did not say.
    pub range: Option<(u64, u64)>,
}

impl<R> Page<R> {
    pub(super) fn from_answer(answer: Answer<R>) -> Self {
        let (range, total) = answer
            .content_range
            .as_deref()
            .map(parse_content_range)
            .unwrap_or((None, None));
        Page {
            rows: answer.rows,
            total,
            range,
        }
    }
}

/// Reads `first-last/total`, where either side may be `*`. Anything unreadable is unknown,
/// never an error: the rows themselves arrived fine.
pub(super) fn parse_content_range(text: &str) -> (Option<(u64, u64)>, Option<u64>) {
    let text = text.trim();
    let text = text.strip_prefix("items").map_or(text, str::trim_start);
    let (span, total) = text.split_once('/').unwrap_or((text, "*"));
    let total = total.trim().parse::<u64>().ok();
    let range = span.split_once('-').and_then(|(first, last)| {
        let first = first.trim().parse::<u64>().ok()?;
        let last = last.trim().parse::<u64>().ok()?;
        (first <= last).then_some((first, last))
    });
    (range, total)
}

impl<'a, T: Table> Select<'a, T> {
    pub(super) fn new(client: &'a Client) -> Self {
        Select {
            client,
            filters: Filters::default(),
            columns: Vec::new(),
            order: Vec::new(),
            limit: None,
            offset: None,
            range: None,
            count: false,
            error: None,
        }
    }

    filter_methods!("let query = jm.tables().interview_result().select()");

    /// Returns only these columns (PostgREST `select`); the others are absent (`None`) in the
    /// rows. Without it every column comes back.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_result::Column;
    ///
    /// let scores = jm
    ///     .tables()
    ///     .interview_result()
    ///     .select()
    ///     .columns([Column::Id, Column::Score])
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn columns(mut self, columns: impl IntoIterator<Item = T::Column>) -> Self {
        self.columns = columns.into_iter().collect();
        self
    }

    /// Adds a sort term; the first one added sorts first.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::{Order, interview_result::Column};
    ///
    /// let ranked = jm
    ///     .tables()
    ///     .interview_result()
    ///     .select()
    ///     .order(Order::desc(Column::Score).nulls_last())
    ///     .order(Order::asc(Column::Id))
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn order(mut self, term: Order<T::Column>) -> Self {
        self.order.push(term);
        self
    }

    /// At most `limit` rows (PostgREST `limit`).
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// let ten = jm.tables().interview_result().select().limit(10).send().await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn limit(mut self, limit: u64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Skips the first `offset` matching rows (PostgREST `offset`).
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// let second_ten = jm.tables().interview_result().select().offset(10).limit(10).send().await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn offset(mut self, offset: u64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Asks for the rows at these zero-based positions, both ends included, with the `Range`
    /// header (an alternative to `limit`/`offset`; PostgREST narrows a range further by them).
    /// A range that ends before it starts fails with `InvalidInput` before sending.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// let first_25 = jm.tables().interview_result().select().range(0..=24).send().await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn range(mut self, rows: RangeInclusive<u64>) -> Self {
        let (first, last) = rows.into_inner();
        if first > last {
            self.error.get_or_insert_with(|| {
                Error::new(ErrorKind::InvalidInput, "the range ends before it starts")
                    .with_field("range")
            });
        } else {
            self.range = Some((first, last));
        }
        self
    }

    /// Asks for the number of matching rows (`Prefer: count=exact`), answered in
    /// [`Page::total`]. Counting costs the database a full scan of the matching rows.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// let total = jm.tables().interview_result().select().limit(0).count_exact().send().await?.total;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn count_exact(mut self) -> Self {
        self.count = true;
        self
    }

    /// Sends the query and returns one page of rows.
    ///
    /// Fails with `InvalidInput` (naming the column) for a value that cannot be sent, and with
    /// `Config` when the client has no anon key, both before anything is sent.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// let page = jm.tables().knowledge_base().select().send().await?;
    /// for row in page.rows {
    ///     println!("{:?}", row.id);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Page<T::Row>> {
        let request = self.request()?;
        self.client
            .anon_key()
            .map_err(|e| e.with_operation(T::OPERATIONS[0]))?;
        let answer = T::run_select(self.client, &request).await?;
        Ok(Page::from_answer(answer))
    }

    /// The checked, encoded parameters, or the first mistake.
    pub(super) fn request(&self) -> Result<Request<T::Column>> {
        if let Some(error) = self.filters.error.as_ref().or(self.error.as_ref()) {
            return Err(copy_error(error).with_operation(T::OPERATIONS[0]));
        }
        Ok(Request {
            filters: self.filters.list.clone(),
            select: select_list(&self.columns),
            order: (!self.order.is_empty()).then(|| {
                let terms: Vec<String> = self.order.iter().map(ToString::to_string).collect();
                terms.join(",")
            }),
            limit: self.limit,
            offset: self.offset,
            range: self.range.map(|(first, last)| format!("{first}-{last}")),
            prefer: self.count.then(|| "count=exact".to_string()),
        })
    }
}

/// The `select` parameter for `columns`; `None` (every column) when empty.
pub(super) fn select_list<C: TableColumn>(columns: &[C]) -> Option<String> {
    (!columns.is_empty()).then(|| {
        let names: Vec<&str> = columns.iter().map(|c| c.name()).collect();
        names.join(",")
    })
}

/// A fresh error with the same kind, message and field, since [`Error`] is not `Clone` (its
/// source may not be) and a builder can be sent only once.
pub(super) fn copy_error(error: &Error) -> Error {
    let copy = Error::new(error.kind(), error.message().unwrap_or("invalid input"));
    match error.field() {
        Some(field) => copy.with_field(field),
        None => copy,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_range_is_read_leniently() {
        assert_eq!(parse_content_range("0-99/250"), (Some((0, 99)), Some(250)));
        assert_eq!(parse_content_range("*/250"), (None, Some(250)));
        assert_eq!(parse_content_range("10-19/*"), (Some((10, 19)), None));
        assert_eq!(parse_content_range("items 0-0/1"), (Some((0, 0)), Some(1)));
        assert_eq!(parse_content_range("garbage"), (None, None));
        assert_eq!(parse_content_range("9-1/x"), (None, None));
        assert_eq!(
            parse_content_range("99999999999999999999-1/2"),
            (None, Some(2))
        );
    }
}
