//! Per-row outcomes of the batch operations (registering candidates, inviting users).
//!
//! JobMojito handles each row of a batch on its own and answers 200 with one result per row,
//! in the order the rows were sent; a bad row says so in its `result` text (`Error: …`)
//! instead of failing the request. hirekit turns that text into [`RowOutcome`], so callers
//! match on a type instead of parsing strings.

use std::fmt;

/// What happened to one row of a batch.
#[derive(Clone)]
pub enum RowOutcome<T> {
    /// The row was processed; `T` is the vendor's row (for registrations it carries the
    /// candidate's `interview_url`).
    Succeeded(T),
    /// The row was refused; the rest of the batch is unaffected.
    Failed(RowError<T>),
}

/// A refused row: the vendor's reason, and the row as the vendor sent it back.
#[derive(Clone)]
pub struct RowError<T> {
    /// The row's position in the request (0-based), which is also its position in the answer.
    pub index: usize,
    /// The vendor's reason, without its `Error:` prefix (for example `email is required`).
    /// JobMojito names no field separately; the reason is free text.
    pub message: String,
    /// The vendor's row (email, name and external id when it echoes them back).
    pub row: T,
}

impl<T> RowOutcome<T> {
    /// Reads the vendor's `result` text: a text starting with `Error` is a refusal, anything
    /// else (`ok`, `Invited`, `Skipped`, …) a processed row.
    pub(crate) fn from_result(index: usize, result: Option<&str>, row: T) -> Self {
        let text = result.unwrap_or("").trim();
        match text.strip_prefix("Error") {
            Some(rest) => RowOutcome::Failed(RowError {
                index,
                message: rest.trim_start_matches(':').trim().to_string(),
                row,
            }),
            None => RowOutcome::Succeeded(row),
        }
    }

    /// Whether the row was processed.
    pub fn is_success(&self) -> bool {
        matches!(self, RowOutcome::Succeeded(_))
    }

    /// The vendor's row, whatever the outcome.
    pub fn row(&self) -> &T {
        match self {
            RowOutcome::Succeeded(row) => row,
            RowOutcome::Failed(error) => &error.row,
        }
    }

    /// The refusal, if the row was refused.
    pub fn error(&self) -> Option<&RowError<T>> {
        match self {
            RowOutcome::Succeeded(_) => None,
            RowOutcome::Failed(error) => Some(error),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for RowOutcome<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RowOutcome::Succeeded(row) => f.debug_tuple("Succeeded").field(row).finish(),
            RowOutcome::Failed(error) => f.debug_tuple("Failed").field(error).finish(),
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for RowError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The reason can quote the row's email; the row's own Debug redacts personal fields.
        f.debug_struct("RowError")
            .field("index", &self.index)
            .field("message", &crate::redact::scrub(&self.message))
            .field("row", &self.row)
            .finish()
    }
}

impl<T> fmt::Display for RowError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "row {} refused: {}",
            self.index,
            crate::redact::scrub(&self.message)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_texts_are_refusals() {
        let ok = RowOutcome::from_result(0, Some("ok"), ());
        assert!(ok.is_success());
        let bad = RowOutcome::from_result(1, Some("Error: invalid email a@example.com"), ());
        let error = bad.error().expect("refused");
        assert_eq!(error.index, 1);
        assert_eq!(error.message, "invalid email a@example.com");
        assert!(!format!("{bad:?}").contains("a@example.com"));
        assert!(!error.to_string().contains("a@example.com"));
    }
}
