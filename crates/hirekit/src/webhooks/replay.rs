//! Refusing deliveries that were already handled: vendors retry, and a captured delivery can
//! be sent again by someone else.

use std::collections::{HashMap, VecDeque};
use std::error::Error as StdError;
use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::{Error, ErrorKind};

/// Remembers which deliveries were handled.
///
/// The check is synchronous so it can run inside any extractor or framework; a guard backed by
/// a remote store should keep its own fast local cache, or deduplicate in the handler's own
/// database transaction instead.
///
/// What the check answers decides what the vendor hears: only [`ReplayError::Seen`] means the
/// delivery was handled before, so only it may be acknowledged. A guard that cannot tell (its
/// store is down) must say [`ReplayError::Unavailable`], never `Seen`: a delivery wrongly
/// acknowledged is never sent again, and the event is lost.
///
/// ```
/// use hirekit::webhooks::{InMemoryReplayGuard, ReplayError, ReplayGuard};
///
/// let guard = InMemoryReplayGuard::default();
/// assert!(guard.check_and_remember("evt_1").is_ok());
/// assert!(matches!(guard.check_and_remember("evt_1"), Err(ReplayError::Seen))); // a retry or a replay
/// guard.forget("evt_1"); // e.g. the handler failed, so the vendor's retry must get through
/// assert!(guard.check_and_remember("evt_1").is_ok());
/// ```
pub trait ReplayGuard: Send + Sync {
    /// Remembers `key` and answers `Ok` when it was not seen before; otherwise says why the
    /// delivery must not be handled now.
    fn check_and_remember(&self, key: &str) -> Result<(), ReplayError>;

    /// Forgets `key`, so the next delivery with it is accepted. The default does nothing.
    fn forget(&self, key: &str) {
        let _ = key;
    }
}

/// Why a [`ReplayGuard`] did not let a delivery through. New reasons may be added, so match
/// with a wildcard arm.
///
/// It converts into [`Error`] (kind [`ErrorKind::Webhook`]), so `?` works in a function that
/// returns [`crate::Result`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ReplayError {
    /// The key was seen before: a vendor's retry of a delivery already handled, or a replay.
    /// The only outcome a receiver may acknowledge without handling the delivery.
    Seen,
    /// The guard will not store this key (the in-memory guard refuses keys longer than 512
    /// bytes). Only the key's length is kept, never the key: it came from the body.
    KeyRefused {
        /// The key's length in bytes.
        len: usize,
    },
    /// The guard could not decide, e.g. its store is unreachable: the delivery may be new and
    /// must be received again later. The source is shown by `Debug` and in the error chain,
    /// so keep secrets such as connection strings out of it.
    Unavailable(Box<dyn StdError + Send + Sync>),
}

impl ReplayError {
    /// A guard failure caused by `source` (the store's own error).
    ///
    /// ```
    /// use hirekit::webhooks::ReplayError;
    ///
    /// let down = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "store down");
    /// let error = ReplayError::unavailable(down);
    /// assert!(matches!(error, ReplayError::Unavailable(_)));
    /// ```
    pub fn unavailable(source: impl Into<Box<dyn StdError + Send + Sync>>) -> Self {
        ReplayError::Unavailable(source.into())
    }

    /// A refusal of `key`, keeping only its length.
    pub fn key_refused(key: &str) -> Self {
        ReplayError::KeyRefused { len: key.len() }
    }
}

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplayError::Seen => {
                f.write_str("this delivery was already received (a retry or a replay)")
            }
            ReplayError::KeyRefused { len } => write!(
                f,
                "the replay guard refuses an event id of {len} bytes (at most {MAX_KEY} are kept)"
            ),
            ReplayError::Unavailable(_) => f.write_str("the replay guard could not decide"),
        }
    }
}

impl StdError for ReplayError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            ReplayError::Unavailable(source) => Some(source.as_ref()),
            _ => None,
        }
    }
}

impl From<ReplayError> for Error {
    fn from(error: ReplayError) -> Self {
        Error::new(ErrorKind::Webhook, error.to_string()).with_source(error)
    }
}

/// A [`ReplayGuard`] in this process's memory, bounded in size and time: keys are forgotten
/// after `ttl`, and beyond `capacity` keys the oldest are forgotten first. Choose a `ttl` at
/// least as long as the vendor keeps retrying (and longer than any signed-timestamp
/// tolerance). Deliveries spread across several processes need a shared store instead.
///
/// ```
/// use std::time::Duration;
/// use hirekit::webhooks::InMemoryReplayGuard;
///
/// let guard = InMemoryReplayGuard::new(50_000, Duration::from_secs(24 * 3600));
/// # drop(guard);
/// ```
pub struct InMemoryReplayGuard {
    capacity: usize,
    ttl: Duration,
    seen: Mutex<Seen>,
}

#[derive(Default)]
struct Seen {
    /// Key → the sequence number it was remembered under.
    at: HashMap<String, u64>,
    /// Keys in the order remembered, for eviction. It may still hold keys that were forgotten
    /// (and perhaps remembered again under a newer number), so an entry only evicts the key
    /// when the numbers agree.
    order: VecDeque<(Instant, u64, String)>,
    next: u64,
}

impl Seen {
    fn evict_front(&mut self) -> bool {
        let Some((_, number, key)) = self.order.pop_front() else {
            return false;
        };
        if self.at.get(&key) == Some(&number) {
            self.at.remove(&key);
        }
        true
    }
}

/// Longer keys are refused: no vendor id comes close, and unbounded keys would defeat the
/// memory bound.
const MAX_KEY: usize = 512;

impl Default for InMemoryReplayGuard {
    /// 10,000 keys for 24 hours.
    fn default() -> Self {
        InMemoryReplayGuard::new(10_000, Duration::from_secs(24 * 60 * 60))
    }
}

impl InMemoryReplayGuard {
    /// A guard holding at most `capacity` keys (at least one), each for `ttl`.
    pub fn new(capacity: usize, ttl: Duration) -> Self {
        InMemoryReplayGuard {
            capacity: capacity.max(1),
            ttl,
            seen: Mutex::new(Seen::default()),
        }
    }

    /// How many keys are remembered now.
    pub fn len(&self) -> usize {
        self.lock().at.len()
    }

    /// Whether no key is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Seen> {
        // A panic elsewhere while holding the lock leaves the maps consistent (every change is
        // a single insert or remove), so the poison can be ignored.
        self.seen.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn check_at(&self, key: &str, now: Instant) -> Result<(), ReplayError> {
        if key.len() > MAX_KEY {
            return Err(ReplayError::key_refused(key));
        }
        let mut seen = self.lock();
        // Drop what expired; the queue is in time order, so stop at the first live entry.
        while let Some((at, _, _)) = seen.order.front() {
            if now.saturating_duration_since(*at) < self.ttl {
                break;
            }
            seen.evict_front();
        }
        if seen.at.contains_key(key) {
            return Err(ReplayError::Seen);
        }
        let number = seen.next;
        seen.next = seen.next.wrapping_add(1);
        seen.at.insert(key.to_string(), number);
        seen.order.push_back((now, number, key.to_string()));
        while seen.at.len() > self.capacity || seen.order.len() > self.capacity.saturating_mul(2) {
            if !seen.evict_front() {
                break;
            }
        }
        Ok(())
    }
}

impl ReplayGuard for InMemoryReplayGuard {
    fn check_and_remember(&self, key: &str) -> Result<(), ReplayError> {
        self.check_at(key, Instant::now())
    }

    fn forget(&self, key: &str) {
        self.lock().at.remove(key);
    }
}

impl fmt::Debug for InMemoryReplayGuard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InMemoryReplayGuard")
            .field("capacity", &self.capacity)
            .field("ttl", &self.ttl)
            .field("len", &self.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_expire_after_the_ttl() {
        let guard = InMemoryReplayGuard::new(10, Duration::from_secs(60));
        let start = Instant::now();
        assert!(guard.check_at("a", start).is_ok());
        assert!(
            guard
                .check_at("a", start + Duration::from_secs(59))
                .is_err()
        );
        assert!(guard.check_at("a", start + Duration::from_secs(61)).is_ok());
    }

    #[test]
    fn the_oldest_keys_go_first_beyond_capacity() {
        let guard = InMemoryReplayGuard::new(2, Duration::from_secs(60));
        let now = Instant::now();
        for key in ["a", "b", "c"] {
            assert!(guard.check_at(key, now).is_ok());
        }
        assert_eq!(guard.len(), 2);
        assert!(guard.check_at("a", now).is_ok());
        assert!(guard.check_at("c", now).is_err());
    }

    #[test]
    fn forgetting_and_remembering_again_stays_bounded() {
        let guard = InMemoryReplayGuard::new(3, Duration::from_secs(60));
        let now = Instant::now();
        for _ in 0..100 {
            assert!(guard.check_at("x", now).is_ok());
            guard.forget("x");
        }
        assert!(guard.lock().order.len() <= 6);
        assert!(guard.check_at("x", now).is_ok());
        assert!(guard.check_at("y", now).is_ok());
        assert!(guard.check_at("x", now).is_err());
    }
}
