//! Insert, update and delete builders. Each asks for `Prefer: return=representation`, so the
//! written rows come back (the spec has no decodable answer for `return=minimal`).

use super::filter::{Filters, filter_methods};
use super::select::{copy_error, select_list};
use super::{Request, Table, TableColumn as _};
use crate::error::{Error, ErrorKind, Result};
use crate::jobmojito::Client;

const RETURN_ROWS: &str = "return=representation";

/// Checks the anon key before sending, naming the operation in the error.
fn ready(client: &Client, operation: crate::error::Operation) -> Result<()> {
    client
        .anon_key()
        .map(|_| ())
        .map_err(|e| e.with_operation(operation))
}

/// Refuses an update or delete without a filter unless every row is meant: PostgREST would
/// apply it to every row the caller may write.
fn guard<C>(filters: &Filters<C>, all_rows: bool, what: &str) -> Result<Vec<(C, String)>>
where
    C: Clone,
{
    if let Some(error) = &filters.error {
        return Err(copy_error(error));
    }
    if filters.list.is_empty() && !all_rows {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            format!(
                "{what} without a filter would reach every row; add a filter or call `all_rows()`"
            ),
        )
        .with_field("filter"));
    }
    Ok(filters.list.clone())
}

/// An insert of one or more rows. Start it with
/// [`TableRef::insert`](super::TableRef::insert) or
/// [`TableRef::insert_many`](super::TableRef::insert_many).
///
/// Calls `insert_<table>` (`POST /rest/v1/<table>`); never re-sent once it may have reached the
/// server, so a failed insert cannot store a row twice.
///
/// ```no_run
/// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
/// use hirekit::tables::interview_def_question::{Column, Write};
///
/// let row = Write { question: hirekit::tables::Nullable::Value("Why this role?".into()), ..Write::default() };
/// let stored = jm
///     .tables()
///     .interview_def_question()
///     .insert(row)
///     .returning([Column::Id, Column::Question])
///     .send()
///     .await?;
/// # Ok(()) }
/// ```
pub struct Insert<'a, T: Table> {
    client: &'a Client,
    rows: Vec<T::Write>,
    returning: Vec<T::Column>,
    resolution: Option<&'static str>,
}

impl<T: Table> std::fmt::Debug for Insert<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Rows can hold personal data: show how many, not what.
        f.debug_struct("Insert")
            .field("table", &T::NAME)
            .field("rows", &self.rows.len())
            .field("returning", &self.returning)
            .field("resolution", &self.resolution)
            .finish_non_exhaustive()
    }
}

impl<'a, T: Table> Insert<'a, T> {
    pub(super) fn new(client: &'a Client, rows: Vec<T::Write>) -> Self {
        Insert {
            client,
            rows,
            returning: Vec::new(),
            resolution: None,
        }
    }

    /// Returns only these columns of the stored rows (PostgREST `select`).
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::profile_interview::{Column, Write};
    ///
    /// let ids = jm
    ///     .tables()
    ///     .profile_interview()
    ///     .insert(Write { email: hirekit::tables::Nullable::Value("robin@example.com".into()), ..Write::default() })
    ///     .returning([Column::Id])
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn returning(mut self, columns: impl IntoIterator<Item = T::Column>) -> Self {
        self.returning = columns.into_iter().collect();
        self
    }

    /// Turns the insert into an upsert: a row whose primary key exists replaces the stored
    /// one (`Prefer: resolution=merge-duplicates`).
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::knowledge_base_store::Write;
    ///
    /// let row = Write { id: hirekit::tables::Nullable::Value("kbs_1".into()) };
    /// let stored = jm.tables().knowledge_base_store().insert(row).upsert().send().await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn upsert(mut self) -> Self {
        self.resolution = Some("resolution=merge-duplicates");
        self
    }

    /// Skips rows whose primary key exists instead of failing
    /// (`Prefer: resolution=ignore-duplicates`); only the rows actually stored come back.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::knowledge_base_store::Write;
    ///
    /// let row = Write { id: hirekit::tables::Nullable::Value("kbs_1".into()) };
    /// let new = jm.tables().knowledge_base_store().insert(row).ignore_duplicates().send().await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn ignore_duplicates(mut self) -> Self {
        self.resolution = Some("resolution=ignore-duplicates");
        self
    }

    /// Sends the insert and returns the rows as stored.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_def_question::Write;
    ///
    /// let row = Write { question: hirekit::tables::Nullable::Value("Why this role?".into()), ..Write::default() };
    /// let stored = jm.tables().interview_def_question().insert(row).send().await?;
    /// println!("new id {:?}", stored[0].id);
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Vec<T::Row>> {
        ready(self.client, T::OPERATIONS[1])?;
        let prefer = match self.resolution {
            Some(resolution) => format!("{RETURN_ROWS},{resolution}"),
            None => RETURN_ROWS.to_string(),
        };
        let request = Request {
            select: select_list(&self.returning),
            prefer: Some(prefer),
            ..Request::default()
        };
        Ok(T::run_insert(self.client, self.rows, &request).await?.rows)
    }
}

/// An update of the rows the filters select. Start it with
/// [`TableRef::update`](super::TableRef::update).
///
/// Calls `update_<table>` (`PATCH /rest/v1/<table>`).
///
/// ```no_run
/// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
/// use hirekit::tables::interview_result::{Column, Write};
///
/// let changed = jm
///     .tables()
///     .interview_result()
///     .update(Write { status: hirekit::tables::Nullable::Value("archived".into()), ..Write::default() })
///     .lt(Column::TrainingEnd, "2025-01-01")
///     .send()
///     .await?;
/// println!("archived {}", changed.len());
/// # Ok(()) }
/// ```
pub struct Update<'a, T: Table> {
    client: &'a Client,
    changes: T::Write,
    filters: Filters<T::Column>,
    returning: Vec<T::Column>,
    all_rows: bool,
}

impl<T: Table> std::fmt::Debug for Update<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let filtered: Vec<&str> = self.filters.list.iter().map(|(c, _)| c.name()).collect();
        f.debug_struct("Update")
            .field("table", &T::NAME)
            .field("filtered", &filtered)
            .field("returning", &self.returning)
            .field("all_rows", &self.all_rows)
            .finish_non_exhaustive()
    }
}

impl<'a, T: Table> Update<'a, T> {
    pub(super) fn new(client: &'a Client, changes: T::Write) -> Self {
        Update {
            client,
            changes,
            filters: Filters::default(),
            returning: Vec::new(),
            all_rows: false,
        }
    }

    filter_methods!("let query = jm.tables().interview_result().update(Default::default())");

    /// Returns only these columns of the changed rows (PostgREST `select`).
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_result::{Column, Write};
    ///
    /// let ids = jm
    ///     .tables()
    ///     .interview_result()
    ///     .update(Write { recruiter_shortlist: hirekit::tables::Nullable::Value(true), ..Write::default() })
    ///     .gte(Column::Score, 4.5)
    ///     .returning([Column::Id])
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn returning(mut self, columns: impl IntoIterator<Item = T::Column>) -> Self {
        self.returning = columns.into_iter().collect();
        self
    }

    /// Allows the update to run without a filter, on every row the caller may write.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_templates::Write;
    ///
    /// let all = jm
    ///     .tables()
    ///     .interview_templates()
    ///     .update(Write { status: hirekit::tables::Nullable::Value("archived".into()), ..Write::default() })
    ///     .all_rows()
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn all_rows(mut self) -> Self {
        self.all_rows = true;
        self
    }

    /// Sends the update and returns the changed rows (empty when none matched). Without a
    /// filter (and without [`all_rows`](Self::all_rows)) it fails with `InvalidInput` before
    /// sending.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::profile_interview::{Column, Write};
    ///
    /// let changed = jm
    ///     .tables()
    ///     .profile_interview()
    ///     .update(Write { status: hirekit::tables::Nullable::Value("deleted".into()), ..Write::default() })
    ///     .eq(Column::ExternalId, "ats-42")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Vec<T::Row>> {
        let operation = T::OPERATIONS[2];
        let filters = guard(&self.filters, self.all_rows, "an update")
            .map_err(|e| e.with_operation(operation))?;
        ready(self.client, operation)?;
        let request = Request {
            filters,
            select: select_list(&self.returning),
            prefer: Some(RETURN_ROWS.to_string()),
            ..Request::default()
        };
        Ok(T::run_update(self.client, self.changes, &request)
            .await?
            .rows)
    }
}

/// A delete of the rows the filters select. Start it with
/// [`TableRef::delete`](super::TableRef::delete).
///
/// Calls `delete_<table>` (`DELETE /rest/v1/<table>`).
///
/// ```no_run
/// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
/// use hirekit::tables::interview_file::Column;
///
/// let gone = jm.tables().interview_file().delete().eq(Column::Id, "f_1").send().await?;
/// # Ok(()) }
/// ```
pub struct Delete<'a, T: Table> {
    client: &'a Client,
    filters: Filters<T::Column>,
    returning: Vec<T::Column>,
    all_rows: bool,
}

impl<T: Table> std::fmt::Debug for Delete<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let filtered: Vec<&str> = self.filters.list.iter().map(|(c, _)| c.name()).collect();
        f.debug_struct("Delete")
            .field("table", &T::NAME)
            .field("filtered", &filtered)
            .field("returning", &self.returning)
            .field("all_rows", &self.all_rows)
            .finish_non_exhaustive()
    }
}

impl<'a, T: Table> Delete<'a, T> {
    pub(super) fn new(client: &'a Client) -> Self {
        Delete {
            client,
            filters: Filters::default(),
            returning: Vec::new(),
            all_rows: false,
        }
    }

    filter_methods!("let query = jm.tables().interview_result().delete()");

    /// Returns only these columns of the deleted rows (PostgREST `select`).
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_result::Column;
    ///
    /// let ids = jm
    ///     .tables()
    ///     .interview_result()
    ///     .delete()
    ///     .is(Column::IsTest, hirekit::tables::Is::True)
    ///     .returning([Column::Id])
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn returning(mut self, columns: impl IntoIterator<Item = T::Column>) -> Self {
        self.returning = columns.into_iter().collect();
        self
    }

    /// Allows the delete to run without a filter, on every row the caller may remove.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// let everything = jm.tables().knowledge_base_chunks().delete().all_rows().send().await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn all_rows(mut self) -> Self {
        self.all_rows = true;
        self
    }

    /// Sends the delete and returns the deleted rows. Without a filter (and without
    /// [`all_rows`](Self::all_rows)) it fails with `InvalidInput` before sending.
    ///
    /// ```no_run
    /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
    /// use hirekit::tables::interview_def_question::Column;
    ///
    /// let gone = jm
    ///     .tables()
    ///     .interview_def_question()
    ///     .delete()
    ///     .in_(Column::Id, ["q_1", "q_2"])
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub async fn send(self) -> Result<Vec<T::Row>> {
        let operation = T::OPERATIONS[3];
        let filters = guard(&self.filters, self.all_rows, "a delete")
            .map_err(|e| e.with_operation(operation))?;
        ready(self.client, operation)?;
        let request = Request {
            filters,
            select: select_list(&self.returning),
            prefer: Some(RETURN_ROWS.to_string()),
            ..Request::default()
        };
        Ok(T::run_delete(self.client, &request).await?.rows)
    }
}
