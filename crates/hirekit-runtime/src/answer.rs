//! A success answer, read whole.

use bytes::Bytes;

/// A success (2xx) answer whose body was read completely, within the executor's limits.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The HTTP status.
    pub status: http::StatusCode,
    /// The response headers.
    pub headers: http::HeaderMap,
    /// The whole body.
    pub body: Bytes,
    /// How many attempts the executor made to get it (1 when the first one succeeded).
    pub attempts: u32,
}
