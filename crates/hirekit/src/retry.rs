//! Retry policy: which failures are tried again, how long to wait, and when to give up.

use std::time::{Duration, SystemTime};

use crate::error::ErrorKind;

/// How a call is retried. A value: set one per client, override it per call.
///
/// The default makes at most 3 attempts, waits with capped full-jitter exponential backoff
/// (a random time between zero and `min(max_backoff, initial_backoff × 2ⁿ)`), honours
/// `Retry-After` in both its forms, and stops at an overall deadline of 5 minutes. It only
/// repeats what is safe to repeat: GET, PUT and DELETE, and any request that never left
/// (the connection could not be made). A POST that may have reached the server is never sent
/// again, since neither vendor offers idempotency keys: a repeated POST could create a second
/// interview or invitation.
///
/// ```
/// use std::time::Duration;
/// use hirekit::RetryPolicy;
///
/// let patient = RetryPolicy::default()
///     .with_max_attempts(5)
///     .with_backoff(Duration::from_millis(500), Duration::from_secs(30))
///     .with_deadline(Some(Duration::from_secs(120)));
/// assert_eq!(patient.max_attempts(), 5);
/// assert_eq!(RetryPolicy::never().max_attempts(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    deadline: Option<Duration>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(120),
            deadline: Some(Duration::from_secs(300)),
        }
    }
}

impl RetryPolicy {
    /// One attempt, no retries.
    pub fn never() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Sets the most attempts a call may make (at least 1).
    #[must_use]
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets the first backoff and the cap of every backoff.
    #[must_use]
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// Sets the overall deadline of a call, retries and waits included (`None`: no deadline
    /// beyond the per-request timeout of each attempt).
    #[must_use]
    pub fn with_deadline(mut self, deadline: Option<Duration>) -> Self {
        self.deadline = deadline;
        self
    }

    /// Sets the longest `Retry-After` the call waits for before trying again (default 120 s).
    /// A server that asks for longer gets no retry: the call fails at once, and
    /// [`Error::retry_after`](crate::Error::retry_after) says how long it asked for (at most
    /// a day), so the caller can schedule the retry itself.
    #[must_use]
    pub fn with_max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// The longest `Retry-After` waited for.
    pub fn max_retry_after(&self) -> Duration {
        self.max_retry_after
    }

    /// The most attempts a call may make.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The overall deadline.
    pub fn deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// The wait before retry number `retry` (1 for the first retry): full jitter.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let exponent = retry.saturating_sub(1).min(20);
        let ceiling = self
            .initial_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(fastrand::u64(0..=nanos))
    }
}

/// What ended an attempt without a usable success, as the retry table sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// An answer with this (non-success) status.
    Status(u16),
    /// No connection could be made: the request never left.
    Connect,
    /// The attempt's timeout passed before the answer was complete.
    Timeout,
    /// The connection broke while the request or the answer was in flight.
    Broken,
    /// A success answer whose JSON body is visibly cut off.
    CutBody,
}

impl Outcome {
    /// The error kind a final failure of this outcome has.
    pub(crate) fn kind(self) -> ErrorKind {
        match self {
            Outcome::Status(status) => ErrorKind::of_status(status),
            Outcome::Connect => ErrorKind::Connect,
            Outcome::Timeout => ErrorKind::Timeout,
            Outcome::Broken => ErrorKind::Transport,
            Outcome::CutBody => ErrorKind::Decode,
        }
    }
}

/// THE retry table: whether trying again later may succeed. The transport's retry loop and
/// [`Error::is_retryable`](crate::Error::is_retryable) both read it.
///
/// | outcome | transient |
/// |---|---|
/// | status 408, 429, 500, 502, 503, 504 | yes |
/// | any other status (501 and 505+ included: the server will not change its mind) | no |
/// | connect failure, timeout, broken connection, cut-off JSON body | yes |
pub(crate) fn is_transient(outcome: Outcome) -> bool {
    match outcome {
        Outcome::Status(status) => matches!(status, 408 | 429 | 500 | 502 | 503 | 504),
        Outcome::Connect | Outcome::Timeout | Outcome::Broken | Outcome::CutBody => true,
    }
}

/// Whether the transport may send the request again after `outcome`: the outcome is
/// transient, and either the request never left (a connect failure) or sending it twice has
/// the effect of sending it once (the route is idempotent).
pub(crate) fn may_resend(outcome: Outcome, idempotent: bool) -> bool {
    is_transient(outcome) && (idempotent || outcome == Outcome::Connect)
}

/// How a reqwest failure counts in the table. A connect failure is checked first: reqwest can
/// report a connect that timed out as both, and such a request never left.
pub(crate) fn classify(error: &reqwest::Error) -> Outcome {
    if error.is_connect() {
        Outcome::Connect
    } else if error.is_timeout() {
        Outcome::Timeout
    } else {
        Outcome::Broken
    }
}

/// The longest `Retry-After` believed: a server's value is bounded before anyone reads it.
pub(crate) const RETRY_AFTER_CAP: Duration = Duration::from_secs(24 * 60 * 60);

/// Reads `Retry-After`: a number of seconds, or an HTTP-date (a date in the past means now),
/// at most [`RETRY_AFTER_CAP`].
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    let wait = if let Ok(seconds) = value.parse::<u64>() {
        Duration::from_secs(seconds)
    } else {
        let date = httpdate::parse_http_date(value).ok()?;
        date.duration_since(now).unwrap_or(Duration::ZERO)
    };
    Some(wait.min(RETRY_AFTER_CAP))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(30))
        );
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(parse_retry_after(&earlier, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
    }

    /// Issue 10, item 5: an absurd `Retry-After` is bounded before anything reads it.
    #[test]
    fn retry_after_is_capped() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(
            parse_retry_after("1000000000000", now),
            Some(RETRY_AFTER_CAP)
        );
        assert_eq!(
            parse_retry_after("99999999999999999999999", now),
            None,
            "not a number of seconds a u64 holds, nor a date"
        );
    }

    #[test]
    fn backoff_is_capped_full_jitter() {
        let policy = RetryPolicy::default()
            .with_backoff(Duration::from_millis(100), Duration::from_millis(400));
        for retry in 1..10 {
            let cap = Duration::from_millis(100 * (1 << (retry - 1)).min(4));
            for _ in 0..50 {
                assert!(policy.backoff(retry) <= cap, "retry {retry}");
            }
        }
    }

    #[test]
    fn the_table_decides_what_is_transient() {
        for status in [408, 429, 500, 502, 503, 504] {
            assert!(is_transient(Outcome::Status(status)), "{status}");
        }
        for status in [400, 401, 403, 404, 409, 422, 501, 505] {
            assert!(!is_transient(Outcome::Status(status)), "{status}");
        }
        assert!(is_transient(Outcome::Connect) && is_transient(Outcome::Timeout));
        assert!(is_transient(Outcome::Broken) && is_transient(Outcome::CutBody));
    }

    #[test]
    fn only_idempotent_requests_are_resent_once_they_may_have_arrived() {
        assert!(may_resend(Outcome::Status(503), true));
        assert!(!may_resend(Outcome::Status(503), false));
        assert!(!may_resend(Outcome::Broken, false));
        assert!(may_resend(Outcome::Connect, false));
        assert!(!may_resend(Outcome::Status(404), true));
    }
}
