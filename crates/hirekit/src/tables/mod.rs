//! The JobMojito Tables API (Supabase PostgREST over the tables the spec lists), as typed query
//! builders.
//!
//! Reach it with [`Client::tables`]. Every table has a module here (for example
//! [`interview_result`]) with a `Column` enum of the columns the spec lists, so a filter, an
//! order or a column selection can only name a column that exists: `.eq(Column::Score, 5)`
//! compiles, `.eq("scroe", 5)` does not. Values are encoded by PostgREST's rules, and one that
//! cannot be sent safely fails with [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput)
//! naming the column, before anything is sent.
//!
//! ```no_run
//! # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
//! use futures_util::TryStreamExt as _;
//! use hirekit::tables::{Order, interview_result::Column};
//!
//! // The ten best completed results, with the total count of completed ones.
//! let page = jm
//!     .tables()
//!     .interview_result()
//!     .select()
//!     .eq(Column::ProcessingStatus, "completed")
//!     .gte(Column::Score, 3.5)
//!     .order(Order::desc(Column::Score).nulls_last())
//!     .limit(10)
//!     .count_exact()
//!     .send()
//!     .await?;
//! println!("{} of {:?}", page.rows.len(), page.total);
//!
//! // Every result, page by page (memory holds one page at a time).
//! let mut rows = jm.tables().interview_result().select().stream(100);
//! while let Some(row) = rows.try_next().await? {
//!     println!("{:?}", row.id);
//! }
//! # Ok(()) }
//! ```
//!
//! A misspelt column is a compile error, not a runtime surprise:
//!
//! ```compile_fail
//! # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
//! jm.tables().interview_result().select().eq("scroe", 5).send().await?;
//! # Ok(()) }
//! ```
//!
//! Writes always ask PostgREST for `return=representation`, so inserted, updated and deleted
//! rows come back. An update or delete without a filter is refused before sending unless
//! [`Update::all_rows`] / [`Delete::all_rows`] says that every row is meant.
//!
//! Authentication is the client's: a password session is renewed before it expires and once
//! after a 401, and every call carries the project's anon key as `apikey` (a client built
//! without one fails with [`ErrorKind::Config`](crate::ErrorKind::Config) before sending).

use std::future::Future;
use std::pin::Pin;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Operation, Result};
use crate::jobmojito::Client;

mod filter;
mod macros;
mod order;
mod select;
mod stream;
mod value;
mod write;

pub use filter::Is;
/// A column of a `Write` row: left out (unchanged), `null` (cleared) or a value. Write rows
/// build with `..Write::default()` (every column left out) and set columns with
/// `value.into()`, or `Nullable::Null` to clear one.
pub use jobmojito_raw::tables::types::Nullable;
pub use order::Order;
pub use select::{Page, Select};
pub use value::Value;
pub use write::{Delete, Insert, Update};

/// The type of a column, as the spec's row schema declares it.
pub use hirekit_runtime::ColumnType;

// One module per table (with `Tables::<table>()`, `TABLE_NAMES` and `column_names`), for the
// tables the generator found in the spec.
jobmojito_raw::for_each_table!(define_tables);
use macros::define_tables;

/// A table of the Tables API: its name, row types and columns. Implemented by the `Table` type
/// of each table module (e.g. [`interview_result::Table`]); not meant to be implemented
/// outside hirekit.
///
/// ```
/// use hirekit::tables::{Table as _, TableColumn as _, interview_result};
///
/// assert_eq!(interview_result::Table::NAME, "interview_result");
/// assert_eq!(interview_result::Column::Score.name(), "score");
/// ```
pub trait Table: Send + Sync + 'static {
    /// The table's name, as in `/rest/v1/<name>`.
    const NAME: &'static str;
    /// A row as read (every column optional; columns the spec does not list are kept).
    type Row: DeserializeOwned + Send + Sync + 'static;
    /// The columns to write on insert or update.
    type Write: Serialize + Send + Sync + 'static;
    /// The table's columns.
    type Column: TableColumn;

    /// The select, insert, update and delete operations, for errors raised before sending.
    #[doc(hidden)]
    const OPERATIONS: [Operation; 4];

    /// Runs a select through the generated builder.
    #[doc(hidden)]
    fn run_select<'a>(
        client: &'a Client,
        request: &'a Request<Self::Column>,
    ) -> RowsFuture<'a, Self::Row>;

    /// Runs an insert through the generated builder.
    #[doc(hidden)]
    fn run_insert<'a>(
        client: &'a Client,
        rows: Vec<Self::Write>,
        request: &'a Request<Self::Column>,
    ) -> RowsFuture<'a, Self::Row>;

    /// Runs an update through the generated builder.
    #[doc(hidden)]
    fn run_update<'a>(
        client: &'a Client,
        changes: Self::Write,
        request: &'a Request<Self::Column>,
    ) -> RowsFuture<'a, Self::Row>;

    /// Runs a delete through the generated builder.
    #[doc(hidden)]
    fn run_delete<'a>(
        client: &'a Client,
        request: &'a Request<Self::Column>,
    ) -> RowsFuture<'a, Self::Row>;
}

/// A column of one table: a `Column` enum of a table module.
///
/// ```
/// use hirekit::tables::{TableColumn as _, profile_interview::Column};
///
/// assert_eq!(Column::from_name("email"), Some(Column::Email));
/// assert_eq!(Column::from_name("e-mail"), None);
/// assert!(Column::ALL.contains(&Column::ExternalId));
/// ```
pub trait TableColumn:
    Copy + Eq + std::hash::Hash + std::fmt::Debug + std::fmt::Display + Send + Sync + 'static
{
    /// Every column, in the spec's order.
    const ALL: &'static [Self];

    /// The column's name in the database.
    fn name(self) -> &'static str;

    /// The column's type, as the spec's row schema declares it.
    ///
    /// ```
    /// use hirekit::tables::{ColumnType, TableColumn as _, interview_result::Column};
    ///
    /// assert_eq!(Column::Score.column_type(), ColumnType::Number);
    /// ```
    fn column_type(self) -> ColumnType;

    /// The column called `name`, if the spec lists one; use it to accept column names from
    /// configuration without ever sending an unknown one.
    fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.name() == name)
    }
}

/// What the generated call of a table operation answers: the rows and the `Content-Range`.
#[doc(hidden)]
#[derive(Debug)]
pub struct Answer<R> {
    pub(crate) rows: Vec<R>,
    pub(crate) content_range: Option<String>,
}

/// The future of one table operation.
#[doc(hidden)]
pub type RowsFuture<'a, R> = Pin<Box<dyn Future<Output = Result<Answer<R>>> + Send + 'a>>;

/// The parameters of one table call, already checked and encoded.
#[doc(hidden)]
#[derive(Clone)]
pub struct Request<C> {
    /// One PostgREST expression per column, e.g. `(Score, "gte.3")`.
    pub(crate) filters: Vec<(C, String)>,
    /// `select`: the columns to return.
    pub(crate) select: Option<String>,
    /// `order`.
    pub(crate) order: Option<String>,
    pub(crate) limit: Option<u64>,
    pub(crate) offset: Option<u64>,
    /// The `Range` header, e.g. `0-24`.
    pub(crate) range: Option<String>,
    /// The `Prefer` header.
    pub(crate) prefer: Option<String>,
}

impl<C> Default for Request<C> {
    fn default() -> Self {
        Request {
            filters: Vec::new(),
            select: None,
            order: None,
            limit: None,
            offset: None,
            range: None,
            prefer: None,
        }
    }
}

impl<C: std::fmt::Debug> std::fmt::Debug for Request<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Filter values can be candidates' emails or names: show which columns are filtered,
        // never the values.
        let filtered: Vec<&C> = self.filters.iter().map(|(c, _)| c).collect();
        f.debug_struct("Request")
            .field("filtered", &filtered)
            .field("select", &self.select)
            .field("order", &self.order)
            .field("limit", &self.limit)
            .field("offset", &self.offset)
            .field("range", &self.range)
            .field("prefer", &self.prefer)
            .finish()
    }
}

/// Sends a generated Tables request through the client's transport and returns its rows and
/// `Content-Range` header.
pub(crate) async fn send_rows<R: serde::de::DeserializeOwned>(
    client: &Client,
    route: &'static hirekit_runtime::Route,
    request: std::result::Result<reqwest::Request, hirekit_runtime::RequestError>,
) -> Result<Answer<R>> {
    use hirekit_runtime::Executor as _;
    let request = request.map_err(|error| client.transport.reject(route, error))?;
    let answer = client.transport.execute(route, request).await?;
    let content_range = answer
        .headers
        .get("content-range")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    Ok(Answer {
        rows: crate::transport::decode_answer(route, &answer)?,
        content_range,
    })
}

/// The Tables API of a JobMojito client. Reach it with [`Client::tables`]; pick a table with
/// one of its methods (one per table) or [`Tables::table`].
///
/// ```no_run
/// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
/// let candidates = jm.tables().profile_interview().select().limit(5).send().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Tables<'a> {
    client: &'a Client,
}

impl Client {
    /// The Tables API: typed select, insert, update and delete on the JobMojito tables.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_def_set::Column;
    ///
    /// let active = jm
    ///     .tables()
    ///     .interview_def_set()
    ///     .select()
    ///     .eq(Column::Status, "active")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn tables(&self) -> Tables<'_> {
        Tables { client: self }
    }
}

impl<'a> Tables<'a> {
    /// The table `T`, for code generic over tables.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::{Table, profile};
    ///
    /// async fn count<T: Table>(jm: &hirekit::jobmojito::Client) -> hirekit::Result<Option<u64>> {
    ///     Ok(jm.tables().table::<T>().select().limit(0).count_exact().send().await?.total)
    /// }
    /// let profiles = count::<profile::Table>(&jm).await?;
    /// # Ok(()) }
    /// ```
    pub fn table<T: Table>(&self) -> TableRef<'a, T> {
        TableRef {
            client: self.client,
            table: std::marker::PhantomData,
        }
    }
}

/// One table of the Tables API: start a select, insert, update or delete here.
///
/// ```no_run
/// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
/// let results = jm.tables().interview_result();
/// let first = results.select().limit(1).send().await?;
/// # Ok(()) }
/// ```
pub struct TableRef<'a, T: Table> {
    client: &'a Client,
    table: std::marker::PhantomData<fn() -> T>,
}

impl<T: Table> Clone for TableRef<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Table> Copy for TableRef<'_, T> {}

impl<T: Table> std::fmt::Debug for TableRef<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TableRef").field("table", &T::NAME).finish()
    }
}

impl<'a, T: Table> TableRef<'a, T> {
    /// A query of this table's rows; add filters, order and paging, then
    /// [`send`](Select::send) or [`stream`](Select::stream) it.
    ///
    /// Calls `select_<table>` (`GET /rest/v1/<table>`).
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_result::Column;
    ///
    /// let page = jm.tables().interview_result().select().gt(Column::Score, 4).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn select(&self) -> Select<'a, T> {
        Select::new(self.client)
    }

    /// Inserts one row and returns it as stored (defaults and generated id included).
    ///
    /// Calls `insert_<table>` (`POST /rest/v1/<table>`). A POST is not re-sent once it may
    /// have reached the server.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_def_question::Write;
    ///
    /// let question = Write { question: hirekit::tables::Nullable::Value("Why this role?".into()), ..Write::default() };
    /// let stored = jm.tables().interview_def_question().insert(question).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn insert(&self, row: T::Write) -> Insert<'a, T> {
        Insert::new(self.client, vec![row])
    }

    /// Inserts several rows in one call and returns them as stored.
    ///
    /// Calls `insert_<table>` (`POST /rest/v1/<table>`).
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_def_question::Write;
    ///
    /// let rows = ["Why this role?", "Tell us about a hard bug."]
    ///     .map(|q| Write { question: hirekit::tables::Nullable::Value(q.into()), ..Write::default() });
    /// let stored = jm.tables().interview_def_question().insert_many(rows).send().await?;
    /// assert_eq!(stored.len(), 2);
    /// # Ok(()) }
    /// ```
    pub fn insert_many(&self, rows: impl IntoIterator<Item = T::Write>) -> Insert<'a, T> {
        Insert::new(self.client, rows.into_iter().collect())
    }

    /// Writes `changes` (the columns set in it) to the rows the filters select, and returns
    /// the changed rows. Add at least one filter, or call [`Update::all_rows`].
    ///
    /// Calls `update_<table>` (`PATCH /rest/v1/<table>`).
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_result::{Column, Write};
    ///
    /// let changes = Write { recruiter_shortlist: hirekit::tables::Nullable::Value(true), ..Write::default() };
    /// let changed = jm
    ///     .tables()
    ///     .interview_result()
    ///     .update(changes)
    ///     .eq(Column::Id, "6f1c…")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn update(&self, changes: T::Write) -> Update<'a, T> {
        Update::new(self.client, changes)
    }

    /// Deletes the rows the filters select and returns them. Add at least one filter, or call
    /// [`Delete::all_rows`].
    ///
    /// Calls `delete_<table>` (`DELETE /rest/v1/<table>`).
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_def_question::Column;
    ///
    /// let gone = jm.tables().interview_def_question().delete().eq(Column::Id, "q_1").send().await?;
    /// # Ok(()) }
    /// ```
    pub fn delete(&self) -> Delete<'a, T> {
        Delete::new(self.client)
    }
}
