//! Retry policy: which failures are tried again, how long to wait, and when to give up.

use std::sync::atomic::{AtomicU32, Ordering};
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
/// Retries also draw from the client's retry budget (see [`RetryPolicy::with_retry_budget`]),
/// so that in an outage the calls of one client together add at most a bounded number of
/// retries to the load on the vendor, however many tasks share the client.
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
    retry_budget: Option<u32>,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(120),
            deadline: Some(Duration::from_secs(300)),
            retry_budget: Some(DEFAULT_RETRY_BUDGET),
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

    /// Sets the capacity of the client's retry budget, in tokens (default 500), or turns the
    /// budget off (`None`).
    ///
    /// The budget is a bucket of tokens held by the client and shared by all its clones and by
    /// every client derived from it with `with_retry`, so by every task that uses it. It starts
    /// full. Each retry takes 5 tokens from it, or 10 when the attempt before it timed out
    /// (a timeout held a connection for the whole timeout, the likeliest sign of an overloaded
    /// vendor). A call that ends in a success (a 2xx answer) puts back what its retries took,
    /// or 1 token when it needed no retry; the bucket never holds more than its capacity, and
    /// a call that fails puts nothing back. When the bucket cannot pay for a retry, the call is not retried: it
    /// fails at once with the error of its last attempt, and
    /// [`Error::retry_budget_exhausted`](crate::Error::retry_budget_exhausted) says why. With
    /// the default capacity, a client that sees only failures makes at most 100 retries in all
    /// (50 after timeouts) until successes refill the bucket, instead of multiplying every call
    /// by the attempts allowed.
    ///
    /// The budget belongs to the client and is sized when the client is built, from the policy
    /// in its [`ClientOptions`](crate::ClientOptions). A policy given later to `with_retry`
    /// (for some calls) changes attempts, waits and deadline, but its own budget setting is not
    /// read: those calls keep drawing from the client's bucket, so a per-call policy cannot
    /// escape the client's bound. Turn the budget off for a client whose calls should each get
    /// every attempt whatever the others see, such as one batch job that is the vendor's only
    /// caller from this process.
    ///
    /// ```
    /// use hirekit::RetryPolicy;
    ///
    /// assert_eq!(RetryPolicy::default().retry_budget(), Some(500));
    /// let batch = RetryPolicy::default().with_retry_budget(None);
    /// assert_eq!(batch.retry_budget(), None);
    /// ```
    #[must_use]
    pub fn with_retry_budget(mut self, capacity: Option<u32>) -> Self {
        self.retry_budget = capacity;
        self
    }

    /// The capacity of the client's retry budget in tokens (`None`: no budget).
    pub fn retry_budget(&self) -> Option<u32> {
        self.retry_budget
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

/// The default capacity of a client's retry budget, in tokens.
pub(crate) const DEFAULT_RETRY_BUDGET: u32 = 500;
/// What one retry takes from the budget.
pub(crate) const RETRY_COST: u32 = 5;
/// What a retry after a timed-out attempt takes: twice as much, since a timeout is the surest
/// sign the vendor is struggling and each one held a connection for the whole timeout.
pub(crate) const TIMEOUT_RETRY_COST: u32 = 10;
/// What a call that succeeded without a retry puts back: while the vendor is healthy the
/// bucket slowly refills from ordinary traffic.
pub(crate) const FIRST_TRY_REFILL: u32 = 1;

/// A client's retry budget: a bucket of tokens that retries take from and successes put back
/// (see [`RetryPolicy::with_retry_budget`]). One atomic counter: taking and putting back are a
/// compare-and-swap each, and a success that finds the bucket full only reads it.
#[derive(Debug)]
pub(crate) struct RetryBudget {
    capacity: u32,
    available: AtomicU32,
}

impl RetryBudget {
    /// A full bucket of `capacity` tokens.
    pub(crate) fn new(capacity: u32) -> Self {
        RetryBudget {
            capacity,
            available: AtomicU32::new(capacity),
        }
    }

    /// What a retry after `outcome` costs.
    pub(crate) fn cost(outcome: Outcome) -> u32 {
        match outcome {
            Outcome::Timeout => TIMEOUT_RETRY_COST,
            _ => RETRY_COST,
        }
    }

    /// Takes `cost` tokens if the bucket holds them all; `false` (and nothing taken) if not.
    pub(crate) fn try_take(&self, cost: u32) -> bool {
        // The counter guards no other memory, so relaxed ordering is enough: every update is
        // still atomic, and no two calls can spend the same tokens.
        self.available
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
                left.checked_sub(cost)
            })
            .is_ok()
    }

    /// Puts back what a successful call's retries took, or [`FIRST_TRY_REFILL`] when it took
    /// nothing; never above the capacity.
    pub(crate) fn refill_after_success(&self, taken: u32) {
        let amount = if taken == 0 { FIRST_TRY_REFILL } else { taken };
        // The common case in good times: full already, nothing to write.
        if self.available.load(Ordering::Relaxed) >= self.capacity {
            return;
        }
        let capacity = self.capacity;
        let _ = self
            .available
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
                Some(left.saturating_add(amount).min(capacity))
            });
    }

    /// The tokens in the bucket now.
    #[cfg(test)]
    pub(crate) fn available(&self) -> u32 {
        self.available.load(Ordering::Relaxed)
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
    fn the_budget_is_on_by_default_and_can_be_turned_off() {
        assert_eq!(
            RetryPolicy::default().retry_budget(),
            Some(DEFAULT_RETRY_BUDGET)
        );
        assert_eq!(RetryPolicy::never().retry_budget(), Some(500));
        assert_eq!(
            RetryPolicy::default()
                .with_retry_budget(Some(50))
                .retry_budget(),
            Some(50)
        );
        assert_eq!(
            RetryPolicy::default()
                .with_retry_budget(None)
                .retry_budget(),
            None
        );
    }

    #[test]
    fn the_budget_drains_by_the_cost_of_each_retry_and_then_refuses() {
        let budget = RetryBudget::new(DEFAULT_RETRY_BUDGET);
        let mut retries = 0;
        while budget.try_take(RetryBudget::cost(Outcome::Status(503))) {
            retries += 1;
        }
        assert_eq!(retries, 100, "500 tokens at 5 a retry");
        assert_eq!(budget.available(), 0);

        let budget = RetryBudget::new(DEFAULT_RETRY_BUDGET);
        let mut retries = 0;
        while budget.try_take(RetryBudget::cost(Outcome::Timeout)) {
            retries += 1;
        }
        assert_eq!(retries, 50, "a retry after a timeout costs 10");

        // A refused retry takes nothing: what is left still pays for a cheaper one.
        let budget = RetryBudget::new(7);
        assert!(!budget.try_take(TIMEOUT_RETRY_COST));
        assert_eq!(budget.available(), 7);
        assert!(budget.try_take(RETRY_COST));
        assert_eq!(budget.available(), 2);
        assert!(!budget.try_take(RETRY_COST));
        assert_eq!(budget.available(), 2);
    }

    #[test]
    fn a_success_puts_back_what_it_took_or_one_never_above_capacity() {
        let budget = RetryBudget::new(20);
        assert!(budget.try_take(RETRY_COST) && budget.try_take(TIMEOUT_RETRY_COST));
        assert_eq!(budget.available(), 5);
        // A success after those two retries puts back both.
        budget.refill_after_success(RETRY_COST + TIMEOUT_RETRY_COST);
        assert_eq!(budget.available(), 20);

        assert!(budget.try_take(RETRY_COST));
        // Successes at the first attempt refill one token each, up to the capacity.
        for expected in [16, 17, 18, 19, 20, 20, 20] {
            budget.refill_after_success(0);
            assert_eq!(budget.available(), expected);
        }
        // A large refund is capped too.
        assert!(budget.try_take(RETRY_COST));
        budget.refill_after_success(1_000);
        assert_eq!(budget.available(), 20);
    }

    #[test]
    fn concurrent_retries_never_spend_the_same_tokens() {
        let budget = std::sync::Arc::new(RetryBudget::new(DEFAULT_RETRY_BUDGET));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let budget = budget.clone();
                std::thread::spawn(move || (0..100).filter(|_| budget.try_take(RETRY_COST)).count())
            })
            .collect();
        let paid: usize = threads
            .into_iter()
            .map(|t| t.join().expect("thread finishes"))
            .sum();
        assert_eq!(paid, 100);
        assert_eq!(budget.available(), 0);
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
