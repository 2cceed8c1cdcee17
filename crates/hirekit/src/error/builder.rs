//! Building an [`Error`] by hand, for tests of code that handles hirekit's errors.

use std::time::Duration;

use super::{Error, ErrorKind, Inner, Operation, outside_field, outside_message};

impl Error {
    /// Starts an error of `kind`, built by hand: for the unit tests of code that handles
    /// hirekit errors (a retry wrapper, a handler that maps them to your own responses), where
    /// making a vendor fail on cue is not practical.
    ///
    /// The error stays opaque and keeps the guarantees of one the clients return: the message
    /// and field are scrubbed of emails and phone numbers and cut to the same lengths as a
    /// vendor's, a request id is kept only when it looks like one, and `Retry-After` is capped
    /// at a day. The predicates read the error as they read a real one, so give the status the
    /// vendor would have answered with: [`Error::is_retryable`] reads it.
    ///
    /// ```
    /// use std::time::Duration;
    /// use hirekit::{Error, ErrorKind};
    ///
    /// // Your code under test: how long to wait before the next call.
    /// fn pause_before_next_call(error: &Error) -> Option<Duration> {
    ///     if error.is_rate_limited() {
    ///         Some(error.retry_after().unwrap_or(Duration::from_secs(1)))
    ///     } else {
    ///         None
    ///     }
    /// }
    ///
    /// // Your unit test: a 429 that asks for 30 seconds.
    /// let error = Error::builder(ErrorKind::RateLimited)
    ///     .status(429)
    ///     .message("too many requests from ada@example.com")
    ///     .retry_after(Duration::from_secs(30))
    ///     .request_id("req_123")
    ///     .build();
    /// assert!(error.is_rate_limited());
    /// assert!(error.is_retryable());
    /// assert_eq!(error.retry_after(), Some(Duration::from_secs(30)));
    /// assert_eq!(pause_before_next_call(&error), Some(Duration::from_secs(30)));
    /// // Scrubbed like a vendor's message.
    /// assert_eq!(error.message(), Some("too many requests from <email>"));
    ///
    /// let missing = Error::builder(ErrorKind::NotFound).status(404).build();
    /// assert!(missing.is_not_found());
    /// assert_eq!(pause_before_next_call(&missing), None);
    /// ```
    pub fn builder(kind: ErrorKind) -> ErrorBuilder {
        ErrorBuilder {
            inner: Inner {
                kind: Some(kind),
                ..Inner::default()
            },
        }
    }
}

/// An [`Error`] under construction; see [`Error::builder`]. Anything not set is absent, as in
/// an error the clients return before any answer arrived (no status, no message, 0 attempts).
#[derive(Debug, Clone)]
#[must_use = "an error builder does nothing until `build` is called"]
pub struct ErrorBuilder {
    inner: Inner,
}

impl ErrorBuilder {
    /// The HTTP status of the answer, as [`Error::status`] reports it.
    pub fn status(mut self, status: u16) -> Self {
        self.inner.status = Some(status);
        self
    }

    /// The message, scrubbed and bounded exactly as a vendor's message is.
    pub fn message(mut self, message: impl AsRef<str>) -> Self {
        self.inner.message = Some(outside_message(message.as_ref()));
        self
    }

    /// The field blamed, scrubbed and bounded exactly as a vendor's field name is.
    pub fn field(mut self, field: impl AsRef<str>) -> Self {
        self.inner.field = Some(outside_field(field.as_ref()));
        self
    }

    /// How long the vendor asked to wait, capped at a day as a `Retry-After` header is.
    pub fn retry_after(mut self, wait: Duration) -> Self {
        self.inner.retry_after = Some(wait.min(crate::retry::RETRY_AFTER_CAP));
        self
    }

    /// The vendor's request id; like a received one, it is dropped unless it is at most 128
    /// letters, digits and `-_.:`.
    pub fn request_id(mut self, request_id: impl AsRef<str>) -> Self {
        self.inner.request_id = crate::redact::request_id(request_id.as_ref());
        self
    }

    /// The operation that failed.
    pub fn operation(mut self, operation: Operation) -> Self {
        self.inner.operation = Some(operation);
        self
    }

    /// How many attempts were made.
    pub fn attempts(mut self, attempts: u32) -> Self {
        self.inner.attempts = attempts;
        self
    }

    /// Whether retrying stopped because the client's retry budget was spent.
    pub fn retry_budget_exhausted(mut self, exhausted: bool) -> Self {
        self.inner.retry_budget_exhausted = exhausted;
        self
    }

    /// How long a waiter waited and how many polls it made, as [`Error::waited`] and
    /// [`Error::polls`] report them (for an error such as [`ErrorKind::WaitTimedOut`]).
    pub fn wait(mut self, waited: Duration, polls: u32) -> Self {
        self.inner.wait = Some((waited, polls));
        self
    }

    /// The error.
    pub fn build(self) -> Error {
        Error(Box::new(self.inner))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_error_answers_like_a_received_one() {
        let built = Error::builder(ErrorKind::Validation)
            .status(422)
            .message("email jane@example.com is invalid")
            .field("email")
            .request_id("req_1")
            .operation(Operation {
                id: "register_users_for_interview",
                method: "POST",
                path: "/job-interview-register-users",
            })
            .attempts(1)
            .build();
        let received = Error::http(
            422,
            Some("email jane@example.com is invalid".into()),
            Some("email".into()),
        )
        .with_operation(Operation {
            id: "register_users_for_interview",
            method: "POST",
            path: "/job-interview-register-users",
        })
        .with_attempts(1)
        .with_request_id(Some("req_1".into()));
        assert_eq!(built.to_string(), received.to_string());
        assert_eq!(format!("{built:?}"), format!("{received:?}"));
        assert!(built.is_validation() && !built.is_retryable());
    }

    #[test]
    fn a_built_error_keeps_the_bounds_of_a_received_one() {
        let error = Error::builder(ErrorKind::Server)
            .status(503)
            .message(format!("{} call +1 555 123 4567", "x".repeat(1_000_000)))
            .field(format!("jane@example.com {}", "y".repeat(100_000)))
            .request_id("jane@example.com")
            .retry_after(Duration::from_secs(10 * 24 * 60 * 60))
            .retry_budget_exhausted(true)
            .build();
        let message = error.message().expect("a message");
        assert!(
            message.chars().count() <= crate::redact::MAX_MESSAGE_CHARS + 1,
            "{} characters",
            message.chars().count()
        );
        let field = error.field().expect("a field");
        assert!(field.chars().count() <= crate::redact::MAX_FIELD_CHARS + 1);
        assert!(!format!("{error} {error:?}").contains("jane"));
        assert_eq!(error.request_id(), None);
        assert_eq!(error.retry_after(), Some(crate::retry::RETRY_AFTER_CAP));
        assert!(error.retry_budget_exhausted() && error.is_retryable());

        let short = Error::builder(ErrorKind::RateLimited)
            .message("call +1 555 123 4567")
            .build();
        assert_eq!(short.message(), Some("call <number>"));
    }

    #[test]
    fn an_unset_builder_is_an_error_before_sending() {
        let error = Error::builder(ErrorKind::Connect).build();
        assert_eq!(error.kind(), ErrorKind::Connect);
        assert_eq!(error.status(), None);
        assert_eq!(error.message(), None);
        assert_eq!(error.attempts(), 0);
        assert!(error.is_retryable());
        assert_eq!(error.to_string(), "cannot connect");
    }
}
