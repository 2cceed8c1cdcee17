//! Time as the retry loop sees it: what time it is, and waiting. Injectable, so tests of the
//! loop run on virtual time instead of sleeping.

use std::fmt;
use std::time::{Duration, Instant};

use crate::transport::BoxFuture;

/// A source of time for the retry loop.
pub(crate) trait Clock: Send + Sync + fmt::Debug {
    /// The current instant.
    fn now(&self) -> Instant;
    /// Waits for `duration`.
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()>;
}

/// Real time, through tokio's timer.
#[derive(Debug, Default)]
pub(crate) struct TokioClock;

impl Clock for TokioClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// Virtual time for tests: `sleep` returns at once and moves the clock forward, and every wait
/// is recorded.
#[cfg(test)]
#[derive(Debug)]
pub(crate) struct FakeClock {
    start: Instant,
    /// How much later than asked every sleep ends (a busy machine's timer).
    late: Duration,
    state: std::sync::Mutex<(Duration, Vec<Duration>)>,
}

#[cfg(test)]
impl FakeClock {
    pub(crate) fn new() -> Self {
        FakeClock {
            start: Instant::now(),
            late: Duration::ZERO,
            state: std::sync::Mutex::new((Duration::ZERO, Vec::new())),
        }
    }

    /// A clock whose sleeps all end `late` after the time asked for.
    pub(crate) fn waking_late(late: Duration) -> Self {
        FakeClock {
            late,
            ..FakeClock::new()
        }
    }

    /// Every wait asked for, in order.
    pub(crate) fn sleeps(&self) -> Vec<Duration> {
        self.state.lock().map(|s| s.1.clone()).unwrap_or_default()
    }
}

#[cfg(test)]
impl Clock for FakeClock {
    fn now(&self) -> Instant {
        let elapsed = self.state.lock().map(|s| s.0).unwrap_or_default();
        self.start + elapsed
    }

    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        if let Ok(mut state) = self.state.lock() {
            state.0 += duration + self.late;
            state.1.push(duration);
        }
        Box::pin(async {})
    }
}
