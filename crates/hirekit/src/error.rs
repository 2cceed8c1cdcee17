//! The one error type of the crate.

use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

mod builder;
// Only the vendor modules have generated builders to convert from.
#[cfg(any(feature = "jofi", feature = "jobmojito"))]
mod conversion;

pub use builder::ErrorBuilder;

/// What went wrong, broadly. New kinds may be added, so match with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The client was set up wrongly (a malformed key, a missing variable, a bad URL).
    Config,
    /// An argument was refused before any request was sent.
    InvalidInput,
    /// The credentials were refused (401) or lack a permission (403).
    Auth,
    /// The resource does not exist (404).
    NotFound,
    /// The vendor asked the caller to slow down (429).
    RateLimited,
    /// The vendor refused the request's content (400, 422).
    Validation,
    /// Another client-side status (405, 409, 413, …).
    Api,
    /// The vendor failed (5xx).
    Server,
    /// No connection could be made; the request was not sent.
    Connect,
    /// One attempt took longer than the request timeout.
    Timeout,
    /// The overall deadline of the call passed, retries included.
    Deadline,
    /// The connection broke while the request or the answer was in flight.
    Transport,
    /// The answer was larger than the configured body limit.
    BodyTooLarge,
    /// The answer could not be decoded into the documented type.
    Decode,
    /// A webhook delivery failed verification or could not be parsed.
    Webhook,
    /// A waiter's deadline passed before the record reached the state it waited for;
    /// [`Error::waited`] and [`Error::polls`] say how long and how often it looked.
    WaitTimedOut,
    /// A waiter saw the record reach a state it cannot leave without reaching the one waited
    /// for (an interview that failed or was abandoned, processing that failed).
    WaitFailed,
    /// The call cannot work with a JOFI test key: the real service answers `sk_test_` keys with
    /// made-up records and stores nothing, so a record waited for never changes.
    TestMode,
}

impl ErrorKind {
    fn describe(self) -> &'static str {
        match self {
            ErrorKind::Config => "configuration error",
            ErrorKind::InvalidInput => "invalid input",
            ErrorKind::Auth => "not authorized",
            ErrorKind::NotFound => "not found",
            ErrorKind::RateLimited => "rate limited",
            ErrorKind::Validation => "rejected by validation",
            ErrorKind::Api => "refused",
            ErrorKind::Server => "server error",
            ErrorKind::Connect => "cannot connect",
            ErrorKind::Timeout => "timed out",
            ErrorKind::Deadline => "deadline exceeded",
            ErrorKind::Transport => "connection broken",
            ErrorKind::BodyTooLarge => "response body too large",
            ErrorKind::Decode => "cannot decode the response",
            ErrorKind::Webhook => "webhook rejected",
            ErrorKind::WaitTimedOut => "gave up waiting",
            ErrorKind::WaitFailed => "the awaited record failed",
            ErrorKind::TestMode => "not possible with a test key",
        }
    }

    /// The kind an HTTP error status maps to.
    pub(crate) fn of_status(status: u16) -> ErrorKind {
        match status {
            401 | 403 => ErrorKind::Auth,
            404 => ErrorKind::NotFound,
            429 => ErrorKind::RateLimited,
            400 | 422 => ErrorKind::Validation,
            500..600 => ErrorKind::Server,
            _ => ErrorKind::Api,
        }
    }
}

/// The operation a failed call was for: its operationId, method and path template. The
/// filled-in URL is never kept, since it can carry candidate ids or emails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The spec's operationId, e.g. `list_invitations`.
    pub id: &'static str,
    /// The HTTP method.
    pub method: &'static str,
    /// The path template, e.g. `/invitations/{invitationId}`.
    pub path: &'static str,
}

impl Operation {
    /// The operation of a generated route.
    pub(crate) const fn of(route: &'static hirekit_runtime::Route) -> Self {
        Operation {
            id: route.operation_id,
            method: route.method.as_str(),
            path: route.path,
        }
    }
}

/// Any failure of a hirekit call.
///
/// The error is opaque on purpose (fields can be added without breaking anyone); ask it
/// questions instead: [`Error::kind`], the `is_*` predicates, [`Error::status`],
/// [`Error::message`], [`Error::field`], [`Error::operation`], [`Error::attempts`].
/// Neither `Display` nor `Debug` shows a secret, a filled URL or personal data: vendor
/// messages are scrubbed of emails and phone numbers, and decode excerpts mask every value.
/// To test your own handling of errors, build one with [`Error::builder`]; a generated
/// builder's failed conversion becomes one with `?` (as [`ErrorKind::InvalidInput`]).
///
/// ```
/// # fn handle(error: hirekit::Error) {
/// if error.is_rate_limited() {
///     let wait = error.retry_after();
///     // back off for `wait`, then try again
/// } else if error.is_validation() {
///     eprintln!("fix field {:?}: {}", error.field(), error);
/// }
/// # }
/// ```
#[derive(Clone)]
pub struct Error(Box<Inner>);

#[derive(Debug, Default, Clone)]
struct Inner {
    kind: Option<ErrorKind>,
    operation: Option<Operation>,
    status: Option<u16>,
    message: Option<String>,
    field: Option<String>,
    attempts: u32,
    // Set when a retry was due but the client's retry budget could not pay for it.
    retry_budget_exhausted: bool,
    request_id: Option<String>,
    retry_after: Option<Duration>,
    // Set on every error a waiter returns: how long it waited and how many polls it made.
    wait: Option<(Duration, u32)>,
    decode_path: Option<String>,
    excerpt: Option<String>,
    // Shared, so that an error can be cloned (one failed sign-in answers every call that
    // waited on it).
    source: Option<std::sync::Arc<dyn StdError + Send + Sync>>,
}

impl Error {
    /// A new error of `kind` with a message in our own words.
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error(Box::new(Inner {
            kind: Some(kind),
            message: Some(message.into()),
            ..Inner::default()
        }))
    }

    /// An error for an HTTP status, with the vendor's message and field, both scrubbed and
    /// bounded: they are the server's text.
    pub(crate) fn http(status: u16, message: Option<String>, field: Option<String>) -> Self {
        Error(Box::new(Inner {
            kind: Some(ErrorKind::of_status(status)),
            status: Some(status),
            message: message.as_deref().map(outside_message),
            field: field.as_deref().map(outside_field),
            ..Inner::default()
        }))
    }

    pub(crate) fn with_operation(mut self, operation: Operation) -> Self {
        self.0.operation = Some(operation);
        self
    }

    pub(crate) fn with_attempts(mut self, attempts: u32) -> Self {
        self.0.attempts = attempts;
        self
    }

    pub(crate) fn with_retry_budget_exhausted(mut self, exhausted: bool) -> Self {
        self.0.retry_budget_exhausted = exhausted;
        self
    }

    pub(crate) fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.0.request_id = request_id.as_deref().and_then(crate::redact::request_id);
        self
    }

    pub(crate) fn with_retry_after(mut self, retry_after: Option<Duration>) -> Self {
        self.0.retry_after = retry_after;
        self
    }

    #[cfg(feature = "jobmojito")]
    pub(crate) fn with_status(mut self, status: u16) -> Self {
        self.0.status = Some(status);
        self
    }

    /// Notes that a waiter returned this error after `waited` and `polls` polls.
    #[cfg(any(feature = "jofi", feature = "jobmojito"))]
    pub(crate) fn with_wait(mut self, waited: Duration, polls: u32) -> Self {
        self.0.wait = Some((waited, polls));
        self
    }

    pub(crate) fn with_field(mut self, field: impl Into<String>) -> Self {
        self.0.field = Some(field.into());
        self
    }

    pub(crate) fn with_decode(mut self, path: String, excerpt: String) -> Self {
        self.0.decode_path = Some(path);
        self.0.excerpt = Some(excerpt);
        self
    }

    pub(crate) fn with_source(mut self, source: impl StdError + Send + Sync + 'static) -> Self {
        self.0.source = Some(std::sync::Arc::new(source));
        self
    }

    /// A transport error from reqwest, its URL removed.
    pub(crate) fn from_reqwest(kind: ErrorKind, error: reqwest::Error) -> Self {
        let message = match kind {
            ErrorKind::Connect => "the connection could not be made",
            ErrorKind::Timeout => "no answer within the request timeout",
            _ => "the connection broke before the answer was complete",
        };
        Error::new(kind, message).with_source(error.without_url())
    }

    /// What went wrong, broadly.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind.unwrap_or(ErrorKind::Api)
    }

    /// The HTTP status of the last answer, if one arrived.
    pub fn status(&self) -> Option<u16> {
        self.0.status
    }

    /// The vendor's message (emails and phone numbers masked), or ours.
    pub fn message(&self) -> Option<&str> {
        self.0.message.as_deref()
    }

    /// The field the vendor named as the cause, if any.
    pub fn field(&self) -> Option<&str> {
        self.0.field.as_deref()
    }

    /// The operation that failed.
    pub fn operation(&self) -> Option<Operation> {
        self.0.operation
    }

    /// The operationId of the call that failed.
    pub fn operation_id(&self) -> Option<&'static str> {
        self.0.operation.map(|o| o.id)
    }

    /// The path template of the call that failed (never the filled URL).
    pub fn path_template(&self) -> Option<&'static str> {
        self.0.operation.map(|o| o.path)
    }

    /// How many attempts were made (0 when the call failed before sending).
    pub fn attempts(&self) -> u32 {
        self.0.attempts
    }

    /// Whether the call stopped retrying because the client's retry budget was spent (see
    /// [`RetryPolicy::with_retry_budget`](crate::RetryPolicy::with_retry_budget)): the error
    /// is that of the last attempt, and [`Error::attempts`] counts the attempts actually made.
    /// Many calls of the same client are failing at once; the vendor is likely down, so wait
    /// before trying again rather than at once.
    pub fn retry_budget_exhausted(&self) -> bool {
        self.0.retry_budget_exhausted
    }

    /// The request id the vendor answered with, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    /// How long the vendor asked to wait (from `Retry-After`).
    pub fn retry_after(&self) -> Option<Duration> {
        self.0.retry_after
    }

    /// For an error a waiter returned (whatever its kind: a timeout, a failed record, or the
    /// error of the poll that ended the wait): how long it had waited.
    pub fn waited(&self) -> Option<Duration> {
        self.0.wait.map(|(waited, _)| waited)
    }

    /// For an error a waiter returned: how many times it polled the record (0 for any other
    /// error).
    pub fn polls(&self) -> u32 {
        self.0.wait.map_or(0, |(_, polls)| polls)
    }

    /// For a decode failure: where in the JSON it failed, e.g. `data[3].email`.
    pub fn decode_path(&self) -> Option<&str> {
        self.0.decode_path.as_deref()
    }

    /// For a decode failure: the JSON around the failure, every value masked.
    pub fn excerpt(&self) -> Option<&str> {
        self.0.excerpt.as_deref()
    }

    /// Whether trying the same call again later may succeed: the statuses 408, 429, 500, 502,
    /// 503 and 504, a connection that could not be made or broke, and a timed-out attempt.
    /// This is the table the retry loop reads, so an error it gave up on for lack of attempts
    /// or time says `true`; one it never retried because the request was not idempotent (a
    /// POST that may have arrived) says `true` too: only the caller knows whether repeating it
    /// is safe.
    pub fn is_retryable(&self) -> bool {
        use crate::retry::{Outcome, is_transient};
        let outcome = match (self.status(), self.kind()) {
            (Some(status), _) => Outcome::Status(status),
            (None, ErrorKind::Connect) => Outcome::Connect,
            (None, ErrorKind::Timeout) => Outcome::Timeout,
            (None, ErrorKind::Transport) => Outcome::Broken,
            _ => return false,
        };
        is_transient(outcome)
    }

    /// Whether the credentials were refused.
    pub fn is_auth(&self) -> bool {
        self.kind() == ErrorKind::Auth
    }

    /// Whether the resource does not exist.
    pub fn is_not_found(&self) -> bool {
        self.kind() == ErrorKind::NotFound
    }

    /// Whether the vendor rate-limited the call.
    pub fn is_rate_limited(&self) -> bool {
        self.kind() == ErrorKind::RateLimited
    }

    /// Whether the request's content was refused, by the vendor or before sending.
    pub fn is_validation(&self) -> bool {
        matches!(self.kind(), ErrorKind::Validation | ErrorKind::InvalidInput)
    }

    /// Whether the call timed out (one attempt, the overall deadline, or a waiter's
    /// deadline).
    pub fn is_timeout(&self) -> bool {
        matches!(
            self.kind(),
            ErrorKind::Timeout | ErrorKind::Deadline | ErrorKind::WaitTimedOut
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.0;
        if let Some(op) = inner.operation {
            write!(f, "{} ({} {}): ", op.id, op.method, op.path)?;
        }
        f.write_str(self.kind().describe())?;
        if let Some(status) = inner.status {
            write!(f, ", HTTP {status}")?;
        }
        if let Some(message) = &inner.message {
            write!(f, ": {message}")?;
        }
        if let Some(field) = &inner.field {
            write!(f, " (field `{field}`)")?;
        }
        if let Some(path) = &inner.decode_path {
            write!(f, " at `{path}`")?;
        }
        if let Some(excerpt) = &inner.excerpt {
            write!(f, " near {excerpt}")?;
        }
        if inner.attempts > 1 {
            write!(f, " after {} attempts", inner.attempts)?;
        }
        if inner.retry_budget_exhausted {
            f.write_str(" (no further retry: the client's retry budget is spent)")?;
        }
        if let Some((waited, polls)) = inner.wait {
            let plural = if polls == 1 { "" } else { "s" };
            write!(
                f,
                " (waited {:.1} s, {polls} poll{plural})",
                waited.as_secs_f64()
            )?;
        }
        if let Some(id) = &inner.request_id {
            write!(f, " [request id {id}]")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Every field is safe to show: messages are scrubbed, excerpts masked, and reqwest
        // sources carry no URL.
        let inner = &self.0;
        f.debug_struct("Error")
            .field("kind", &self.kind())
            .field("operation", &inner.operation)
            .field("status", &inner.status)
            .field("message", &inner.message)
            .field("field", &inner.field)
            .field("attempts", &inner.attempts)
            .field("retry_budget_exhausted", &inner.retry_budget_exhausted)
            .field("request_id", &inner.request_id)
            .field("retry_after", &inner.retry_after)
            .field("wait", &inner.wait)
            .field("decode_path", &inner.decode_path)
            .field("excerpt", &inner.excerpt)
            .field("source", &inner.source)
            .finish()
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.0
            .source
            .as_deref()
            .map(|s| s as &(dyn StdError + 'static))
    }
}

/// A message that comes from outside the crate (a vendor's error body, a caller's test error,
/// a generated builder's complaint) as an error keeps it: emails and phone numbers masked, at
/// most [`MAX_MESSAGE_CHARS`](crate::redact::MAX_MESSAGE_CHARS) characters, control
/// characters shown as escapes (a vendor's text cannot start a new line of a log). Every such
/// text goes through here, so no way of building an error skips the scrubbing.
fn outside_message(text: &str) -> String {
    use crate::redact::{MAX_MESSAGE_CHARS, bounded, printable, scrub};
    bounded(&printable(&scrub(text)), MAX_MESSAGE_CHARS)
}

/// A field name from outside the crate, scrubbed and bounded like [`outside_message`].
fn outside_field(text: &str) -> String {
    use crate::redact::{MAX_FIELD_CHARS, bounded, printable, scrub};
    bounded(&printable(&scrub(text)), MAX_FIELD_CHARS)
}

/// The result of every hirekit call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_one_informative_line() {
        let error = Error::http(
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
        let text = error.to_string();
        assert_eq!(
            text,
            "register_users_for_interview (POST /job-interview-register-users): rejected by \
             validation, HTTP 422: email <email> is invalid (field `email`) [request id req_1]"
        );
        assert!(!text.contains('\n'));
        assert!(error.is_validation() && !error.is_retryable());
        assert!(!format!("{error:?}").contains("jane"));
    }

    /// Issue 10, item 11: a vendor's message and request id are bounded and scrubbed before
    /// they reach `Display`, `Debug` or logs.
    #[test]
    fn vendor_texts_are_bounded_and_scrubbed() {
        let huge = "x".repeat(1_000_000);
        let error = Error::http(500, Some(huge), None)
            .with_request_id(Some(format!("{}jane@example.com", "a".repeat(20_000))));
        let shown = error.to_string();
        assert!(shown.len() < 1_000, "{} characters", shown.len());
        assert!(format!("{error:?}").len() < 2_000);
        assert_eq!(error.request_id(), None);
        assert!(!format!("{error:?}").contains("jane"));

        let fine = Error::http(404, None, None).with_request_id(Some("req_01H:abc-9.z".into()));
        assert_eq!(fine.request_id(), Some("req_01H:abc-9.z"));
        let echoed = Error::http(404, None, None).with_request_id(Some("jane@example.com".into()));
        assert_eq!(echoed.request_id(), None);

        // The field a vendor names is its text too.
        let field = Error::http(
            422,
            None,
            Some(format!("jane@example.com {}", "y".repeat(100_000))),
        );
        let named = field.field().expect("a field");
        assert!(
            named.chars().count() <= crate::redact::MAX_FIELD_CHARS + 1,
            "{named}"
        );
        assert!(!format!("{field} {field:?}").contains("jane"));
        assert_eq!(
            Error::http(422, None, Some("email".into())).field(),
            Some("email")
        );

        // A vendor's text cannot start a line of its own in a log or drive a terminal.
        let forged = Error::http(
            500,
            Some("oops\nERROR admin logged in\u{1b}[2J".into()),
            Some("name\r\nx".into()),
        );
        let shown = format!("{forged} {forged:?}");
        assert!(!shown.chars().any(char::is_control), "{shown}");
        assert!(
            shown.contains("oops\\u{a}ERROR admin logged in\\u{1b}[2J"),
            "{shown}"
        );
        assert_eq!(forged.field(), Some("name\\u{d}\\u{a}x"));
    }

    #[test]
    fn a_spent_retry_budget_shows_in_display_and_keeps_the_kind() {
        let error = Error::http(503, Some("down".into()), None)
            .with_attempts(1)
            .with_retry_budget_exhausted(true);
        assert!(error.retry_budget_exhausted());
        assert_eq!(error.kind(), ErrorKind::Server);
        assert!(error.is_retryable());
        assert_eq!(
            error.to_string(),
            "server error, HTTP 503: down (no further retry: the client's retry budget is spent)"
        );
        assert!(!Error::http(503, None, None).retry_budget_exhausted());
    }

    #[test]
    fn statuses_map_to_kinds() {
        assert!(Error::http(429, None, None).is_rate_limited());
        assert!(Error::http(503, None, None).is_retryable());
        assert!(Error::http(401, None, None).is_auth());
        assert!(Error::http(404, None, None).is_not_found());
        assert_eq!(Error::http(409, None, None).kind(), ErrorKind::Api);
    }
}
