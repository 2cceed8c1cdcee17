//! Sort terms of a select.

use super::TableColumn;

/// One sort term: a column, a direction and where nulls go. Several terms sort by the first,
/// then the next, and so on.
///
/// ```
/// use hirekit::tables::{Order, interview_result::Column};
///
/// let term = Order::desc(Column::Score).nulls_last();
/// assert_eq!(term.to_string(), "score.desc.nullslast");
/// assert_eq!(Order::asc(Column::Id).to_string(), "id.asc");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Order<C> {
    column: C,
    descending: bool,
    nulls_first: Option<bool>,
}

impl<C: TableColumn> Order<C> {
    /// Ascending by `column` (nulls last, PostgreSQL's default).
    ///
    /// ```
    /// # use hirekit::tables::{Order, interview_result::Column};
    /// assert_eq!(Order::asc(Column::TrainingStart).to_string(), "training_start.asc");
    /// ```
    pub fn asc(column: C) -> Self {
        Order {
            column,
            descending: false,
            nulls_first: None,
        }
    }

    /// Descending by `column` (nulls first, PostgreSQL's default).
    ///
    /// ```
    /// # use hirekit::tables::{Order, interview_result::Column};
    /// assert_eq!(Order::desc(Column::Score).to_string(), "score.desc");
    /// ```
    pub fn desc(column: C) -> Self {
        Order {
            column,
            descending: true,
            nulls_first: None,
        }
    }

    /// Puts rows whose column is null before the others.
    ///
    /// ```
    /// # use hirekit::tables::{Order, interview_result::Column};
    /// assert_eq!(Order::asc(Column::Score).nulls_first().to_string(), "score.asc.nullsfirst");
    /// ```
    #[must_use]
    pub fn nulls_first(mut self) -> Self {
        self.nulls_first = Some(true);
        self
    }

    /// Puts rows whose column is null after the others.
    ///
    /// ```
    /// # use hirekit::tables::{Order, interview_result::Column};
    /// assert_eq!(Order::desc(Column::Score).nulls_last().to_string(), "score.desc.nullslast");
    /// ```
    #[must_use]
    pub fn nulls_last(mut self) -> Self {
        self.nulls_first = Some(false);
        self
    }

    /// The column sorted by.
    ///
    /// ```
    /// # use hirekit::tables::{Order, interview_result::Column};
    /// assert_eq!(Order::desc(Column::Score).column(), Column::Score);
    /// ```
    pub fn column(&self) -> C {
        self.column
    }
}

impl<C: TableColumn> std::fmt::Display for Order<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.column.name())?;
        f.write_str(if self.descending { ".desc" } else { ".asc" })?;
        match self.nulls_first {
            Some(true) => f.write_str(".nullsfirst"),
            Some(false) => f.write_str(".nullslast"),
            None => Ok(()),
        }
    }
}
