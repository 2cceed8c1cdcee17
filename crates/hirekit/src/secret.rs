//! A string that must never be printed: API keys, passwords, tokens, webhook secrets.

use std::fmt;

/// A secret value. `Debug` and `Display` print `<redacted>`; the value is only reachable
/// through [`Secret::expose`], so every place that uses it is easy to find in review.
///
/// ```
/// use hirekit::Secret;
///
/// let key = Secret::new("sk_test_123");
/// assert_eq!(format!("{key:?} {key}"), "Secret(<redacted>) <redacted>");
/// assert_eq!(key.expose(), "sk_test_123");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Box<str>);

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into().into_boxed_str())
    }

    /// The value itself.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the value is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret::new(value)
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        // Best effort: overwrite the bytes so a freed secret does not linger in the heap.
        // `Box<str>` exposes no `&mut` bytes safely, so the box is replaced by zeros of the same
        // length through `String`.
        let len = self.0.len();
        let mut bytes = std::mem::take(&mut self.0).into_string().into_bytes();
        bytes.iter_mut().for_each(|b| *b = 0);
        std::hint::black_box(&bytes);
        debug_assert_eq!(bytes.len(), len);
    }
}
