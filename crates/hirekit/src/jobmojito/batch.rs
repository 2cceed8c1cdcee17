//! Per-row outcomes of the batch operations (registering candidates, inviting users).
//!
//! JobMojito handles each row of a batch on its own and answers 200 with one result per row,
//! in the order the rows were sent; a bad row says so in its `result` text (`Error: …`)
//! instead of failing the request. hirekit turns that text into [`RowOutcome`], so callers
//! match on a type instead of parsing strings.

use std::fmt;

use super::types;

/// What happened to one row of a batch.
///
/// `T` is a processed row and `F` a refused one. For invitations both are the vendor's row;
/// for registrations a processed row is a [`types::RegisterUserSucceeded`], whose
/// `interview_url` is always there, and a refused one the vendor's
/// [`types::RegisterUserResult`].
#[derive(Clone)]
pub enum RowOutcome<T, F = T> {
    /// The row was processed.
    Succeeded(T),
    /// The row was refused; the rest of the batch is unaffected.
    Failed(RowError<F>),
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

    /// The vendor's row, whatever the outcome.
    pub fn row(&self) -> &T {
        match self {
            RowOutcome::Succeeded(row) => row,
            RowOutcome::Failed(error) => &error.row,
        }
    }
}

impl<T, F> RowOutcome<T, F> {
    /// Whether the row was processed.
    pub fn is_success(&self) -> bool {
        matches!(self, RowOutcome::Succeeded(_))
    }

    /// The processed row, if the row was processed.
    pub fn succeeded(&self) -> Option<&T> {
        match self {
            RowOutcome::Succeeded(row) => Some(row),
            RowOutcome::Failed(_) => None,
        }
    }

    /// The refusal, if the row was refused.
    pub fn error(&self) -> Option<&RowError<F>> {
        match self {
            RowOutcome::Succeeded(_) => None,
            RowOutcome::Failed(error) => Some(error),
        }
    }
}

/// What the vendor said about one registration row.
pub(crate) type Registration = RowOutcome<types::RegisterUserSucceeded, types::RegisterUserResult>;

/// Reads one row of a registration batch. The vendor promises the interview link on every
/// processed row; a row that claims success without one cannot be used, so it is reported as
/// refused (naming why) rather than failing the whole batch.
pub(crate) fn registration(index: usize, row: types::RegisterUserResult) -> Registration {
    let result = row.result.clone();
    match RowOutcome::from_result(index, Some(&result), row) {
        RowOutcome::Failed(error) => RowOutcome::Failed(error),
        RowOutcome::Succeeded(mut row) => match row.interview_url.take() {
            Some(interview_url) => RowOutcome::Succeeded(types::RegisterUserSucceeded {
                email: row.email,
                external_id: row.external_id,
                interview_url,
                name: row.name,
                result: row.result,
                extra: row.extra,
            }),
            None => RowOutcome::Failed(RowError {
                index,
                message: format!(
                    "the row's result is `{}` but it carries no interview link",
                    crate::redact::scrub(&result)
                ),
                row,
            }),
        },
    }
}

impl<T: fmt::Debug, F: fmt::Debug> fmt::Debug for RowOutcome<T, F> {
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

    fn registered_row(value: serde_json::Value) -> types::RegisterUserResult {
        serde_json::from_value(value).expect("a registration row")
    }

    #[test]
    fn a_registered_row_always_has_its_link() {
        let row = registered_row(serde_json::json!({
            "email": "a@example.com",
            "external_id": "ext-1",
            "result": "ok",
            "interview_url": "https://interviews.example.com/interview/take/1/?interview_token=t",
            "profile_interview_id": "kept"
        }));
        let outcome = registration(0, row);
        let done = outcome.succeeded().expect("registered");
        // A plain `String`, not an `Option`: the type says the link is there.
        let link: &String = &done.interview_url;
        assert!(link.ends_with("interview_token=t"));
        assert_eq!(done.external_id.as_deref(), Some("ext-1"));
        assert_eq!(done.extra["profile_interview_id"], "kept");
    }

    #[test]
    fn a_claimed_success_without_a_link_is_a_refused_row() {
        let outcome = registration(3, registered_row(serde_json::json!({ "result": "ok" })));
        let error = outcome.error().expect("no link, no success");
        assert_eq!(error.index, 3);
        assert!(
            error.message.contains("no interview link"),
            "{}",
            error.message
        );
        assert_eq!(error.row.result, "ok");
    }

    #[test]
    fn a_refused_registration_keeps_the_vendor_row() {
        let outcome = registration(
            1,
            registered_row(serde_json::json!({ "result": "Error: email is required" })),
        );
        let error = outcome.error().expect("refused");
        assert_eq!(error.message, "email is required");
        assert!(error.row.interview_url.is_none());
    }
}
