//! The transport under every generated client: credentials, retries, the response body
//! limit, per-operation timeouts and tracing.
//!
//! The raw clients hand every request to an executor together with its operation (id,
//! method, path template). hirekit installs [`Transport::execute`] there, so all of this
//! happens in one place for every operation of every spec, and the generated code keeps doing
//! what it does well: building requests and decoding answers.
//!
//! What the generated code cannot carry back (how many attempts were made, a transport
//! failure of our own such as an over-long body, the request id) travels in a task-local
//! [`CallState`] that [`scoped`] sets up around each call.

use std::cell::RefCell;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use tracing::Instrument as _;

use crate::error::{Error, ErrorKind, Operation};
use crate::retry::{self, RetryPolicy};

/// A boxed, sendable future.
pub(crate) type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Adds credentials to requests, and renews them when the vendor refuses them.
pub(crate) trait Authenticate: Send + Sync + fmt::Debug {
    /// Sets the request's credentials (obtaining or refreshing them first if needed).
    fn authorize<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), Error>>;

    /// Called once per call after a 401, with the `Authorization` value that was refused:
    /// returns whether fresh credentials are available (obtained now, or by a concurrent call
    /// since), in which case the request is sent once more. A 401 means the request was not
    /// processed, so even a POST is safe to repeat.
    fn renew_after_unauthorized<'a>(
        &'a self,
        refused: Option<&'a http::HeaderValue>,
    ) -> BoxFuture<'a, bool> {
        let _ = refused;
        Box::pin(async { false })
    }
}

/// No credentials (the sign-in calls themselves).
#[cfg(feature = "jobmojito")]
#[derive(Debug)]
pub(crate) struct NoAuth;

#[cfg(feature = "jobmojito")]
impl Authenticate for NoAuth {
    fn authorize<'a>(
        &'a self,
        _request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async { Ok(()) })
    }
}

/// Timeouts and limits of a transport.
#[derive(Debug, Clone)]
pub(crate) struct Limits {
    /// Timeout of one attempt of an ordinary operation.
    pub request_timeout: Duration,
    /// Timeout of one attempt of a slow operation (interview creation, reports).
    pub slow_request_timeout: Duration,
    /// Operation ids that get `slow_request_timeout`.
    pub slow_operations: &'static [&'static str],
    /// The largest response body read, in bytes.
    pub max_body_bytes: usize,
}

/// Sends requests for one client. Cheap to clone.
#[derive(Clone)]
pub(crate) struct Transport {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    retry: RetryPolicy,
    limits: Limits,
    auth: Arc<dyn Authenticate>,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("retry", &self.inner.retry)
            .field("limits", &self.inner.limits)
            .field("auth", &self.inner.auth)
            .finish_non_exhaustive()
    }
}

/// What one call learned while it ran.
#[derive(Debug, Default)]
pub(crate) struct CallState {
    /// The operation the executor saw.
    pub operation: Option<Operation>,
    /// Attempts made.
    pub attempts: u32,
    /// The status of the last answer.
    pub last_status: Option<u16>,
    /// The vendor's request id, from the last answer.
    pub request_id: Option<String>,
    /// `Retry-After` of the last answer.
    pub retry_after: Option<Duration>,
    /// A failure the transport decided on (it takes precedence over what the generated code
    /// makes of the placeholder answer returned with it).
    pub failure: Option<Error>,
    /// A retry policy for this call only.
    pub policy: Option<RetryPolicy>,
}

tokio::task_local! {
    static CALL: RefCell<CallState>;
}

/// Runs `future` (one generated call) with a fresh [`CallState`] and returns both.
pub(crate) async fn scoped<F: Future>(
    policy: Option<RetryPolicy>,
    future: F,
) -> (F::Output, CallState) {
    let state = RefCell::new(CallState {
        policy,
        ..CallState::default()
    });
    CALL.scope(state, async move {
        let output = future.await;
        let state = CALL.try_with(|s| s.take()).unwrap_or_default();
        (output, state)
    })
    .await
}

fn update(f: impl FnOnce(&mut CallState)) {
    // Outside `scoped` there is nothing to record; the call still works.
    let _ = CALL.try_with(|s| f(&mut s.borrow_mut()));
}

/// Headers vendors (and the proxies in front of them) use for a request id.
const REQUEST_ID_HEADERS: [&str; 4] = [
    "x-request-id",
    "request-id",
    "sb-request-id",
    "x-correlation-id",
];

/// A status no server sends, carried by the placeholder answer that goes with a failure in
/// [`CallState::failure`].
const PLACEHOLDER_STATUS: u16 = 599;

/// A complete answer, its body read within the limit.
struct Answer {
    status: u16,
    version: http::Version,
    headers: http::HeaderMap,
    body: Bytes,
}

/// Why an attempt produced no complete answer.
enum SendFailure {
    /// reqwest failed before the head arrived.
    Request(reqwest::Error),
    /// The body broke off.
    Body(reqwest::Error),
    /// The body was over the limit.
    TooLarge(usize),
}

impl Transport {
    /// A transport over `http`.
    pub(crate) fn new(
        http: reqwest::Client,
        retry: RetryPolicy,
        limits: Limits,
        auth: Arc<dyn Authenticate>,
    ) -> Self {
        Transport {
            inner: Arc::new(Inner {
                http,
                retry,
                limits,
                auth,
            }),
        }
    }

    /// The reqwest client requests go through.
    #[cfg(feature = "jobmojito")]
    pub(crate) fn http(&self) -> &reqwest::Client {
        &self.inner.http
    }

    /// The timeouts and body limit, for downloads that bypass [`Transport::execute`].
    #[cfg(feature = "jobmojito")]
    pub(crate) fn limits(&self) -> &Limits {
        &self.inner.limits
    }

    /// Sends one operation's request: authorizes it, retries what is safe to retry, reads the
    /// body within the limit, and records the outcome in the call's [`CallState`].
    pub(crate) async fn execute(
        &self,
        request: reqwest::Request,
        operation: Operation,
    ) -> reqwest::Result<reqwest::Response> {
        let policy = CALL
            .try_with(|s| s.borrow().policy.clone())
            .ok()
            .flatten()
            .unwrap_or_else(|| self.inner.retry.clone());
        update(|s| s.operation = Some(operation));
        let span = tracing::info_span!(
            "hirekit.request",
            operation = operation.id,
            method = operation.method,
            path = operation.path,
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let result = self
            .attempts(request, operation, &policy, started)
            .instrument(span.clone())
            .await;
        let (status, attempts) = CALL
            .try_with(|s| {
                let s = s.borrow();
                (s.last_status, s.attempts)
            })
            .unwrap_or((None, 0));
        if let Some(status) = status {
            span.record("status", status);
        }
        span.record("attempts", attempts);
        span.record(
            "duration_ms",
            u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        );
        result
    }

    async fn attempts(
        &self,
        request: reqwest::Request,
        operation: Operation,
        policy: &RetryPolicy,
        started: Instant,
    ) -> reqwest::Result<reqwest::Response> {
        let deadline = policy.deadline().map(|d| started + d);
        let remaining = || deadline.map(|d| d.saturating_duration_since(Instant::now()));
        let fits = |wait: Duration| remaining().is_none_or(|left| wait < left);
        let idempotent = retry::is_idempotent(operation.method);
        let timeout = if self.inner.limits.slow_operations.contains(&operation.id) {
            self.inner.limits.slow_request_timeout
        } else {
            self.inner.limits.request_timeout
        };

        let mut original = Some(request);
        let mut attempt = 0u32;
        let mut renewed = false;
        loop {
            attempt += 1;
            update(|s| s.attempts = attempt);
            // A body that cannot be cloned (a stream) can be sent only once.
            let (mut request, last_chance) =
                match original.as_ref().and_then(reqwest::Request::try_clone) {
                    Some(copy) => (copy, false),
                    None => match original.take() {
                        Some(request) => (request, true),
                        None => return Ok(fail(Error::new(ErrorKind::Transport, "request lost"))),
                    },
                };
            *request.timeout_mut() = Some(timeout);
            if let Err(error) = self.inner.auth.authorize(&mut request).await {
                return Ok(fail(error));
            }
            let sent_credentials = request.headers().get(http::header::AUTHORIZATION).cloned();
            let more_allowed = attempt < policy.max_attempts() && !last_chance;

            let outcome = match remaining() {
                Some(left) if left.is_zero() => None,
                Some(left) => tokio::time::timeout(left, self.send_once(request))
                    .await
                    .ok(),
                None => Some(self.send_once(request).await),
            };
            let Some(outcome) = outcome else {
                return Ok(fail(Error::new(
                    ErrorKind::Deadline,
                    "the call's overall deadline passed",
                )));
            };

            match outcome {
                Ok(answer) => {
                    let retry_after = answer
                        .headers
                        .get(http::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| retry::parse_retry_after(v, SystemTime::now()));
                    let request_id = REQUEST_ID_HEADERS.iter().find_map(|name| {
                        answer
                            .headers
                            .get(*name)
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_string)
                    });
                    update(|s| {
                        s.last_status = Some(answer.status);
                        s.retry_after = retry_after;
                        s.request_id = request_id;
                    });
                    if answer.status == 401 && !renewed && !last_chance {
                        renewed = true;
                        if self
                            .inner
                            .auth
                            .renew_after_unauthorized(sent_credentials.as_ref())
                            .await
                        {
                            tracing::debug!(
                                attempt,
                                "credentials renewed after 401; sending again"
                            );
                            continue;
                        }
                    }
                    let unusable_body = !usable_body(&answer);
                    let retry_status = retry::is_retryable_status(answer.status);
                    if idempotent && more_allowed && (retry_status || unusable_body) {
                        let wait = retry_after.unwrap_or_else(|| policy.backoff(attempt));
                        if fits(wait) {
                            tracing::debug!(
                                attempt,
                                status = answer.status,
                                wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                                "retrying"
                            );
                            tokio::time::sleep(wait).await;
                            continue;
                        }
                    }
                    return Ok(rebuild(answer));
                }
                Err(SendFailure::TooLarge(limit)) => {
                    return Ok(fail(Error::new(
                        ErrorKind::BodyTooLarge,
                        format!("the answer is larger than the {limit}-byte limit"),
                    )));
                }
                Err(SendFailure::Request(error)) | Err(SendFailure::Body(error)) => {
                    let kind = if error.is_connect() {
                        ErrorKind::Connect
                    } else if error.is_timeout() {
                        ErrorKind::Timeout
                    } else {
                        ErrorKind::Transport
                    };
                    // A request whose connection could not be made never left, so any method
                    // may be sent again; otherwise it may have reached the server.
                    let safe = kind == ErrorKind::Connect || idempotent;
                    let wait = policy.backoff(attempt);
                    if safe && more_allowed && fits(wait) {
                        tracing::debug!(attempt, ?kind, "retrying after a transport failure");
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    return Ok(fail(Error::from_reqwest(kind, error)));
                }
            }
        }
    }

    /// One attempt: the request, then the body within the limit.
    async fn send_once(&self, request: reqwest::Request) -> Result<Answer, SendFailure> {
        let limit = self.inner.limits.max_body_bytes;
        let mut response = self
            .inner
            .http
            .execute(request)
            .await
            .map_err(SendFailure::Request)?;
        if response
            .content_length()
            .is_some_and(|len| usize::try_from(len).map_or(true, |len| len > limit))
        {
            return Err(SendFailure::TooLarge(limit));
        }
        let status = response.status().as_u16();
        let version = response.version();
        let headers = std::mem::take(response.headers_mut());
        let expected = response
            .content_length()
            .and_then(|len| usize::try_from(len).ok())
            .unwrap_or(0);
        // Most answers arrive as one chunk: keep it as it is, and copy into a buffer only when a
        // second chunk follows.
        let mut first: Option<Bytes> = None;
        let mut joined: Vec<u8> = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(SendFailure::Body)? {
            let held = first.as_ref().map_or(0, Bytes::len) + joined.len();
            if held + chunk.len() > limit {
                return Err(SendFailure::TooLarge(limit));
            }
            if let Some(head) = first.take() {
                joined.reserve(expected.max(head.len() + chunk.len()));
                joined.extend_from_slice(&head);
                joined.extend_from_slice(&chunk);
            } else if joined.is_empty() {
                first = Some(chunk);
            } else {
                joined.extend_from_slice(&chunk);
            }
        }
        Ok(Answer {
            status,
            version,
            headers,
            body: first.unwrap_or_else(|| Bytes::from(joined)),
        })
    }
}

/// Whether an answer's body can be handed to the generated code: a success answer that says
/// it is JSON must look whole (see [`looks_complete`]); any other answer is passed on as it is.
fn usable_body(answer: &Answer) -> bool {
    !((200..300).contains(&answer.status)
        && is_json(&answer.headers)
        && !looks_complete(&answer.body))
}

fn is_json(headers: &http::HeaderMap) -> bool {
    headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("json"))
}

/// Whether a JSON body looks whole: not empty, and an object or array closes with the bracket
/// it opened with. A constant-time check instead of a parse, so a good answer is decoded only
/// once (by the generated code); what it misses still fails decoding, with the JSON path.
fn looks_complete(body: &[u8]) -> bool {
    let trimmed = body.trim_ascii();
    match (trimmed.first(), trimmed.last()) {
        (Some(b'{'), Some(b'}')) | (Some(b'['), Some(b']')) => true,
        (Some(b'{' | b'['), _) | (None, _) => false,
        (Some(b'"'), Some(b'"')) => trimmed.len() > 1,
        (Some(b'"'), _) => false,
        (Some(first), _) => first.is_ascii_digit() || b"-tfn".contains(first),
    }
}

/// Hands a fully read answer back to the generated code.
fn rebuild(answer: Answer) -> reqwest::Response {
    let mut response = http::Response::new(answer.body);
    *response.status_mut() =
        http::StatusCode::from_u16(answer.status).unwrap_or(http::StatusCode::BAD_GATEWAY);
    *response.version_mut() = answer.version;
    *response.headers_mut() = answer.headers;
    reqwest::Response::from(response)
}

/// What the facade does to a received `200 application/json` body, without the network: the
/// shape check, the rebuilt response, and the generated code's decode
/// (`ResponseValue::from_response`). Only for hirekit's benchmarks (see `crate::__bench`).
pub(crate) async fn decode_received<T: serde::de::DeserializeOwned>(body: Bytes) -> Option<T> {
    let mut headers = http::HeaderMap::new();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    let answer = Answer {
        status: 200,
        version: http::Version::HTTP_11,
        headers,
        body,
    };
    if !usable_body(&answer) {
        return None;
    }
    progenitor_client::ResponseValue::<T>::from_response::<()>(rebuild(answer))
        .await
        .ok()
        .map(progenitor_client::ResponseValue::into_inner)
}

/// Records `error` as the call's failure and returns the placeholder answer that goes with it.
fn fail(error: Error) -> reqwest::Response {
    update(|s| s.failure = Some(error));
    let mut response = http::Response::new(Bytes::new());
    *response.status_mut() = http::StatusCode::from_u16(PLACEHOLDER_STATUS)
        .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    reqwest::Response::from(response)
}

/// Builds a raw crate's `Executor` that sends every request through `$transport`. A macro
/// because each raw crate has its own (identical) `Executor` and `Route` types.
macro_rules! executor {
    ($raw:path, $transport:expr) => {{
        use $raw as raw;
        let transport = $transport;
        raw::Executor::new(move |_, request, route| {
            let transport = transport.clone();
            let operation = $crate::error::Operation {
                id: route.operation_id,
                method: route.method,
                path: route.path,
            };
            Box::pin(async move { transport.execute(request, operation).await })
        })
    }};
}
pub(crate) use executor;

#[cfg(test)]
mod tests {
    use super::looks_complete;

    #[test]
    fn cut_and_foreign_bodies_do_not_look_complete() {
        assert!(looks_complete(br#" {"a": [1, 2]} "#));
        assert!(looks_complete(b"[]"));
        assert!(looks_complete(b"\"text\""));
        assert!(looks_complete(b"42"));
        assert!(!looks_complete(br#"{"a": [1, 2"#));
        assert!(!looks_complete(b""));
        assert!(!looks_complete(b"   "));
        assert!(!looks_complete(b"<<not json>>"));
        assert!(!looks_complete(b"<html></html>"));
        assert!(!looks_complete(b"\""));
    }
}
