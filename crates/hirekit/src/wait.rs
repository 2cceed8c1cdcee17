//! Waiting for a record to reach a state by polling it: the options every waiter takes and the
//! one loop they share.
//!
//! The vendors' waiters (`jofi::TestTakers::wait_until_complete`,
//! `jofi::Invitations::wait_until_accepted`, `jobmojito::Results::wait_until_scored`) differ
//! only in what they fetch and how they judge it; how often they ask, when they give up and
//! which failures they ride out is decided here, once.
//!
//! The loop runs on the client's clock, so its tests run on virtual time.

use std::future::Future;
use std::time::Duration;

use hirekit_runtime::Route;

use crate::clock::Clock;
use crate::error::{Error, ErrorKind, Operation, Result};
use crate::transport::Transport;

/// How a waiter polls: how often, for how long, and how many failed polls in a row it rides
/// out. Start from `WaitOptions::default()` and change what you need.
///
/// - **Interval** (default 10 s): the pause after each poll, so the time between two polls
///   is never shorter, however fast the server answers. A `Retry-After` longer than the
///   interval is honoured instead.
/// - **Deadline** (default 30 minutes): every poll starts before it, and its call (retries
///   included) must end by it; then the wait fails with [`ErrorKind::WaitTimedOut`].
/// - **Failed polls tolerated** (default 3): each poll is an ordinary call, so the client's
///   [`RetryPolicy`](crate::RetryPolicy) retries it first. When the call still fails with an
///   error that [`Error::is_retryable`] (a 503, a refused connection, a timeout), the waiter
///   polls again at the next interval, up to this many failed polls in a row. Any other error
///   (a 404, a refused key, an answer that does not decode) ends the wait at once, as does an
///   error whose [`Error::retry_budget_exhausted`] says the client is already failing
///   everywhere.
/// - **Test keys** (default off): JOFI's real service answers `sk_test_` keys with made-up
///   records and stores nothing, so with a test key a waiter looks once and fails with
///   [`ErrorKind::TestMode`] unless the record is already there. Turn polling on for a server
///   that does move test records on, such as `hirekit-mock`.
///
/// ```
/// use std::time::Duration;
/// use hirekit::WaitOptions;
///
/// let options = WaitOptions::default()
///     .with_interval(Duration::from_secs(30))
///     .with_deadline(Duration::from_secs(2 * 60 * 60));
/// assert_eq!(options.interval(), Duration::from_secs(30));
///
/// // The interval has a floor, so a wait can never turn into a busy loop.
/// let eager = WaitOptions::default().with_interval(Duration::ZERO);
/// assert_eq!(eager.interval(), WaitOptions::MIN_INTERVAL);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WaitOptions {
    interval: Duration,
    deadline: Duration,
    failed_polls_tolerated: u32,
    test_key_polling: bool,
}

impl Default for WaitOptions {
    fn default() -> Self {
        WaitOptions {
            interval: Duration::from_secs(10),
            deadline: Duration::from_secs(30 * 60),
            failed_polls_tolerated: 3,
            test_key_polling: false,
        }
    }
}

impl WaitOptions {
    /// The shortest interval: a smaller one is raised to it.
    pub const MIN_INTERVAL: Duration = Duration::from_millis(10);

    /// The longest deadline (30 days): a longer one is lowered to it, so no wait is endless.
    pub const MAX_DEADLINE: Duration = Duration::from_secs(30 * 24 * 60 * 60);

    /// Pauses `interval` after each poll (at least [`WaitOptions::MIN_INTERVAL`]).
    #[must_use]
    pub fn with_interval(mut self, interval: Duration) -> Self {
        self.interval = interval.max(Self::MIN_INTERVAL);
        self
    }

    /// Gives up `deadline` after the wait started (at most [`WaitOptions::MAX_DEADLINE`]).
    #[must_use]
    pub fn with_deadline(mut self, deadline: Duration) -> Self {
        self.deadline = deadline.min(Self::MAX_DEADLINE);
        self
    }

    /// Rides out up to `polls` failed polls in a row whose errors are retryable; `0` ends the
    /// wait at the first failed poll.
    #[must_use]
    pub fn with_failed_polls_tolerated(mut self, polls: u32) -> Self {
        self.failed_polls_tolerated = polls;
        self
    }

    /// Polls with a JOFI test key too, instead of looking once: for a server that moves test
    /// records on, such as `hirekit-mock`. Against JOFI itself such a wait ends only at its
    /// deadline.
    #[must_use]
    pub fn with_test_key_polling(mut self, poll: bool) -> Self {
        self.test_key_polling = poll;
        self
    }

    /// The pause after each poll.
    pub fn interval(&self) -> Duration {
        self.interval
    }

    /// How long the wait may take.
    pub fn deadline(&self) -> Duration {
        self.deadline
    }

    /// How many retryable failed polls in a row are ridden out.
    pub fn failed_polls_tolerated(&self) -> u32 {
        self.failed_polls_tolerated
    }

    /// Whether a JOFI test key is polled like a live one.
    pub fn test_key_polling(&self) -> bool {
        self.test_key_polling
    }
}

/// Where a polled record stands, as a waiter's judgement says.
#[derive(Debug)]
pub(crate) enum Check<T> {
    /// It reached the awaited state; the wait returns this.
    Done(T),
    /// Not yet.
    Pending,
    /// It reached a state it will not leave for the awaited one. The text is ours and names
    /// only values we know (never free text from the vendor, which could hold personal data).
    // JOFI's records have no failure state, so a JOFI-only build never builds one.
    #[cfg_attr(not(feature = "jobmojito"), allow(dead_code))]
    Failed(String),
}

/// What a waiter waits for, for the errors it returns.
#[derive(Debug, Clone, Copy)]
struct Waiting {
    /// The operation each poll calls; every error of the wait names it.
    operation: Operation,
    /// The awaited state not reached, as a clause: "the test taker has not completed every
    /// assigned assessment".
    not_yet: &'static str,
    /// A JOFI test key without test-key polling: look once.
    once_for_test_key: bool,
}

impl Transport {
    /// Waits by polling one operation: what every waiter does, so that each names only its
    /// call and its judgement of the answer.
    ///
    /// `call` sends `route`'s request through the transport it is given, which ends each call
    /// by the wait's deadline; `check` judges the answer. `not_yet` is the awaited state not
    /// reached, as a clause for the errors; `once_for_test_key` makes the wait look once (a
    /// JOFI test key without test-key polling).
    pub(crate) async fn wait_for<R, T, F, Fut, C>(
        &self,
        route: &'static Route,
        not_yet: &'static str,
        once_for_test_key: bool,
        options: &WaitOptions,
        mut call: F,
        check: C,
    ) -> Result<T>
    where
        F: FnMut(Transport) -> Fut,
        Fut: Future<Output = Result<R>>,
        C: FnMut(R) -> Check<T>,
    {
        let waiting = Waiting {
            operation: Operation::of(route),
            not_yet,
            once_for_test_key,
        };
        let poll = |left| call(self.within(left));
        poll_until(self.clock(), options, waiting, poll, check).await
    }
}

/// Polls until `check` says done or failed, the deadline passes, or a poll fails in a way
/// that waiting will not mend. `poll` is given the time left, which its call must not exceed.
async fn poll_until<R, T, F, Fut, C>(
    clock: &dyn Clock,
    options: &WaitOptions,
    waiting: Waiting,
    mut poll: F,
    mut check: C,
) -> Result<T>
where
    F: FnMut(Duration) -> Fut,
    Fut: Future<Output = Result<R>>,
    C: FnMut(R) -> Check<T>,
{
    let started = clock.now();
    // The deadline is capped at 30 days, so this cannot overflow; if it did, stop at once.
    let deadline = started.checked_add(options.deadline).unwrap_or(started);
    let elapsed = || clock.now().saturating_duration_since(started);
    let ended = |kind: ErrorKind, message: String, polls: u32| {
        Error::new(kind, message)
            .with_operation(waiting.operation)
            .with_wait(elapsed(), polls)
    };
    let mut polls: u32 = 0;
    let mut failed_in_a_row: u32 = 0;
    loop {
        polls = polls.saturating_add(1);
        let mut pause = options.interval;
        // This poll's error when it failed and was ridden out: the source of a timeout.
        let mut last_error = None;
        match poll(deadline.saturating_duration_since(clock.now())).await {
            Ok(record) => {
                failed_in_a_row = 0;
                match check(record) {
                    Check::Done(value) => return Ok(value),
                    Check::Failed(why) => return Err(ended(ErrorKind::WaitFailed, why, polls)),
                    Check::Pending if waiting.once_for_test_key => {
                        return Err(ended(ErrorKind::TestMode, test_key_message(waiting), polls));
                    }
                    Check::Pending => {}
                }
            }
            Err(error) => {
                if error.is_timeout() && clock.now() >= deadline {
                    return Err(ended(ErrorKind::WaitTimedOut, timed_out(waiting), polls)
                        .with_source(error));
                }
                let ride_out = error.is_retryable()
                    && !error.retry_budget_exhausted()
                    && failed_in_a_row < options.failed_polls_tolerated
                    && !waiting.once_for_test_key;
                if !ride_out {
                    return Err(error.with_wait(elapsed(), polls));
                }
                failed_in_a_row += 1;
                if let Some(asked) = error.retry_after() {
                    pause = pause.max(asked);
                }
                last_error = Some(error);
            }
        }
        // A poll must start before the deadline (one starting at it would have no time for
        // its call): give up now rather than sleep until then, and give up after a sleep that
        // ended late (a busy machine's timer) past the deadline.
        let next = clock.now().checked_add(pause);
        if next.is_some_and(|next| next < deadline) {
            clock.sleep(pause).await;
            if clock.now() < deadline {
                continue;
            }
        }
        let error = ended(ErrorKind::WaitTimedOut, timed_out(waiting), polls);
        return Err(match last_error {
            Some(last) => error.with_source(last),
            None => error,
        });
    }
}

fn timed_out(waiting: Waiting) -> String {
    format!("{} and the wait's deadline came", waiting.not_yet)
}

fn test_key_message(waiting: Waiting) -> String {
    format!(
        "{}, and with a JOFI test key it never will: JOFI answers test keys with made-up \
         records and stores nothing, so nothing progresses. Wait with a live key, or turn on \
         `WaitOptions::with_test_key_polling` for a server that moves test records on (such \
         as hirekit-mock)",
        waiting.not_yet
    )
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;
    use crate::clock::FakeClock;

    const WAITING: Waiting = Waiting {
        operation: Operation {
            id: "get_thing",
            method: "GET",
            path: "/things/{id}",
        },
        not_yet: "the thing is not ready",
        once_for_test_key: false,
    };

    fn options() -> WaitOptions {
        WaitOptions::default()
            .with_interval(Duration::from_secs(5))
            .with_deadline(Duration::from_secs(60))
    }

    /// Polls answering `answers` in turn (the last one repeats), counting the polls.
    fn scripted(
        answers: Vec<Result<u32>>,
    ) -> (
        impl FnMut(Duration) -> std::future::Ready<Result<u32>>,
        Arc<AtomicU32>,
    ) {
        let count = Arc::new(AtomicU32::new(0));
        let seen = count.clone();
        let poll = move |_left: Duration| {
            let n = seen.fetch_add(1, Ordering::SeqCst) as usize;
            let answer = answers.get(n).or(answers.last()).cloned().unwrap_or(Ok(0));
            std::future::ready(answer)
        };
        (poll, count)
    }

    /// Done at 3: the record is returned.
    fn ready_at_three(value: u32) -> Check<u32> {
        match value {
            3 => Check::Done(value),
            9 => Check::Failed("the thing broke".into()),
            _ => Check::Pending,
        }
    }

    fn unavailable() -> Error {
        Error::http(503, Some("down".into()), None)
    }

    /// The awaited record comes back once it is ready, after exactly one interval per poll
    /// that found it pending.
    #[tokio::test]
    async fn the_ready_record_is_returned_after_one_pause_per_pending_poll() {
        let clock = FakeClock::new();
        let (poll, count) = scripted(vec![Ok(1), Ok(2), Ok(3)]);
        let value = poll_until(&clock, &options(), WAITING, poll, ready_at_three)
            .await
            .expect("ready on the third poll");
        assert_eq!(value, 3);
        assert_eq!(count.load(Ordering::SeqCst), 3);
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(5); 2]);
    }

    /// A server that answers "pending" at once is asked no more often than the interval
    /// allows, and the wait ends at its deadline with how long and how often it looked.
    #[tokio::test]
    async fn an_instant_server_is_polled_once_per_interval_until_the_deadline() {
        let clock = FakeClock::new();
        let (poll, count) = scripted(vec![Ok(0)]);
        let error = poll_until(&clock, &options(), WAITING, poll, ready_at_three)
            .await
            .expect_err("never ready");
        assert_eq!(error.kind(), ErrorKind::WaitTimedOut);
        assert!(error.is_timeout() && !error.is_retryable());
        // Polls at 0, 5, …, 55 s (one at 60 s would have no time left): 12 of them, 11
        // pauses, none shorter than the interval.
        assert_eq!(count.load(Ordering::SeqCst), 12);
        assert_eq!(error.polls(), 12);
        assert_eq!(error.waited(), Some(Duration::from_secs(55)));
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(5); 11]);
        assert_eq!(error.operation_id(), Some("get_thing"));
        let shown = error.to_string();
        assert!(shown.contains("the thing is not ready"), "{shown}");
        assert!(shown.contains("12 polls"), "{shown}");
    }

    /// A poll is never started past the deadline: with 25 s left and a 30 s interval the wait
    /// gives up instead of sleeping over it.
    #[tokio::test]
    async fn no_poll_starts_after_the_deadline() {
        let clock = FakeClock::new();
        let (poll, count) = scripted(vec![Ok(0)]);
        let options = WaitOptions::default()
            .with_interval(Duration::from_secs(30))
            .with_deadline(Duration::from_secs(55));
        let error = poll_until(&clock, &options, WAITING, poll, ready_at_three)
            .await
            .expect_err("never ready");
        assert_eq!(error.kind(), ErrorKind::WaitTimedOut);
        assert_eq!(count.load(Ordering::SeqCst), 2);
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(30)]);
        assert_eq!(error.waited(), Some(Duration::from_secs(30)));
    }

    /// A sleep that ends past the deadline (the timer woke late) ends the wait without another
    /// poll, which would have had no time left for its call; `waited` says how long it really
    /// took.
    #[tokio::test]
    async fn a_sleep_ending_past_the_deadline_starts_no_poll() {
        let clock = FakeClock::waking_late(Duration::from_secs(2));
        let (poll, count) = scripted(vec![Ok(0)]);
        let options = WaitOptions::default()
            .with_interval(Duration::from_secs(5))
            .with_deadline(Duration::from_secs(6));
        let error = poll_until(&clock, &options, WAITING, poll, ready_at_three)
            .await
            .expect_err("never ready");
        assert_eq!(error.kind(), ErrorKind::WaitTimedOut);
        assert_eq!(count.load(Ordering::SeqCst), 1);
        assert_eq!(error.polls(), 1);
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(5)]);
        assert_eq!(error.waited(), Some(Duration::from_secs(7)));
    }

    /// A terminal state ends the wait at once with `WaitFailed`, naming what happened.
    #[tokio::test]
    async fn a_terminal_state_fails_the_wait_at_once() {
        let clock = FakeClock::new();
        let (poll, count) = scripted(vec![Ok(1), Ok(9)]);
        let error = poll_until(&clock, &options(), WAITING, poll, ready_at_three)
            .await
            .expect_err("it broke");
        assert_eq!(error.kind(), ErrorKind::WaitFailed);
        assert_eq!(error.message(), Some("the thing broke"));
        assert_eq!(count.load(Ordering::SeqCst), 2);
        assert_eq!(error.polls(), 2);
    }

    /// Retryable failures (after the transport's own retries) are ridden out up to the
    /// tolerated number in a row, and a success resets the count.
    #[tokio::test]
    async fn retryable_failed_polls_are_ridden_out_up_to_the_limit() {
        let clock = FakeClock::new();
        let (poll, count) = scripted(vec![
            Err(unavailable()),
            Err(unavailable()),
            Ok(1),
            Err(unavailable()),
            Err(unavailable()),
            Err(unavailable()),
            Ok(3),
        ]);
        let value = poll_until(&clock, &options(), WAITING, poll, ready_at_three)
            .await
            .expect("three failures in a row are tolerated by default");
        assert_eq!(value, 3);
        assert_eq!(count.load(Ordering::SeqCst), 7);

        let clock = FakeClock::new();
        let (poll, count) = scripted(vec![Err(unavailable())]);
        let error = poll_until(&clock, &options(), WAITING, poll, ready_at_three)
            .await
            .expect_err("the fourth failure in a row ends it");
        assert_eq!(error.kind(), ErrorKind::Server);
        assert_eq!(error.status(), Some(503));
        assert_eq!(count.load(Ordering::SeqCst), 4);
        assert_eq!(error.polls(), 4);
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(5); 3]);

        let clock = FakeClock::new();
        let (poll, count) = scripted(vec![Err(unavailable())]);
        let strict = options().with_failed_polls_tolerated(0);
        let error = poll_until(&clock, &strict, WAITING, poll, ready_at_three)
            .await
            .expect_err("no failure tolerated");
        assert_eq!(error.status(), Some(503));
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }

    /// What waiting cannot mend ends the wait with the poll's own error: a 404, or a
    /// retryable error once the client's retry budget is spent.
    #[tokio::test]
    async fn errors_waiting_cannot_mend_end_the_wait() {
        let clock = FakeClock::new();
        let (poll, count) = scripted(vec![Ok(1), Err(Error::http(404, None, None))]);
        let error = poll_until(&clock, &options(), WAITING, poll, ready_at_three)
            .await
            .expect_err("gone");
        assert!(error.is_not_found());
        assert_eq!(count.load(Ordering::SeqCst), 2);
        assert_eq!(error.polls(), 2);
        assert_eq!(error.waited(), Some(Duration::from_secs(5)));

        let clock = FakeClock::new();
        let spent = unavailable().with_retry_budget_exhausted(true);
        let (poll, count) = scripted(vec![Err(spent)]);
        let error = poll_until(&clock, &options(), WAITING, poll, ready_at_three)
            .await
            .expect_err("the client is failing everywhere");
        assert!(error.retry_budget_exhausted());
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }

    /// A `Retry-After` longer than the interval is the pause before the next poll.
    #[tokio::test]
    async fn retry_after_longer_than_the_interval_is_honoured() {
        let clock = FakeClock::new();
        let limited = Error::http(429, None, None).with_retry_after(Some(Duration::from_secs(20)));
        let (poll, _count) = scripted(vec![Err(limited), Ok(3)]);
        let value = poll_until(&clock, &options(), WAITING, poll, ready_at_three)
            .await
            .expect("ready after the pause");
        assert_eq!(value, 3);
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(20)]);
    }

    /// When the deadline passes during failing polls, the wait times out and keeps the last
    /// poll's error as its source.
    #[tokio::test]
    async fn a_deadline_reached_while_failing_keeps_the_last_error() {
        let clock = FakeClock::new();
        let (poll, _count) = scripted(vec![Ok(0), Ok(0), Err(unavailable())]);
        let options = options().with_deadline(Duration::from_secs(12));
        let error = poll_until(&clock, &options, WAITING, poll, ready_at_three)
            .await
            .expect_err("out of time");
        assert_eq!(error.kind(), ErrorKind::WaitTimedOut);
        let source = std::error::Error::source(&error)
            .and_then(|s| s.downcast_ref::<Error>())
            .expect("the last poll's error");
        assert_eq!(source.status(), Some(503));
    }

    /// With a test key (and no test-key polling) the waiter looks once: a pending record
    /// fails at once with `TestMode`, a failed poll is returned as it is, and a ready record
    /// is still returned.
    #[tokio::test]
    async fn a_test_key_looks_once() {
        let once = Waiting {
            once_for_test_key: true,
            ..WAITING
        };
        let clock = FakeClock::new();
        let (poll, count) = scripted(vec![Ok(0)]);
        let error = poll_until(&clock, &options(), once, poll, ready_at_three)
            .await
            .expect_err("test keys never progress");
        assert_eq!(error.kind(), ErrorKind::TestMode);
        assert_eq!(count.load(Ordering::SeqCst), 1);
        assert!(clock.sleeps().is_empty());
        let shown = error.to_string();
        assert!(shown.contains("test key"), "{shown}");
        assert!(shown.contains("never"), "{shown}");

        let (poll, count) = scripted(vec![Err(unavailable())]);
        let error = poll_until(&clock, &options(), once, poll, ready_at_three)
            .await
            .expect_err("not ridden out with a test key");
        assert_eq!(error.status(), Some(503));
        assert_eq!(count.load(Ordering::SeqCst), 1);

        let (poll, _count) = scripted(vec![Ok(3)]);
        let value = poll_until(&clock, &options(), once, poll, ready_at_three)
            .await
            .expect("already ready");
        assert_eq!(value, 3);
    }

    /// Each poll is told how long is left, so its call can end by the deadline.
    #[tokio::test]
    async fn each_poll_is_given_the_time_left() {
        let clock = FakeClock::new();
        let lefts = std::sync::Mutex::new(Vec::new());
        let poll = |left: Duration| {
            if let Ok(mut seen) = lefts.lock() {
                seen.push(left);
            }
            std::future::ready(Ok(0))
        };
        let options = options().with_deadline(Duration::from_secs(12));
        let _ = poll_until(&clock, &options, WAITING, poll, ready_at_three).await;
        assert_eq!(
            lefts.into_inner().expect("not poisoned"),
            vec![
                Duration::from_secs(12),
                Duration::from_secs(7),
                Duration::from_secs(2)
            ]
        );
    }

    #[test]
    fn options_are_clamped() {
        let options = WaitOptions::default()
            .with_interval(Duration::from_nanos(1))
            .with_deadline(Duration::MAX);
        assert_eq!(options.interval(), WaitOptions::MIN_INTERVAL);
        assert_eq!(options.deadline(), WaitOptions::MAX_DEADLINE);
        assert!(!WaitOptions::default().test_key_polling());
        assert_eq!(WaitOptions::default().failed_polls_tolerated(), 3);
    }
}
