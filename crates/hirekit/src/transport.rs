//! The transport under every operation: credentials, retries, the response body limit,
//! per-operation timeouts, tracing, and turning every failure into an [`Error`].
//!
//! Generated builders hand their request to [`Transport`] through the runtime's
//! [`Executor`](hirekit_runtime::Executor) trait together with the operation's [`Route`] (facts
//! derived from the spec: method, path template, idempotency, timeout class). The answer goes
//! back as a value: a success [`Answer`] read whole, or an [`Error`] carrying the operation,
//! the attempts made, the status, the vendor's message and request id. Nothing travels beside
//! the call.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use hirekit_runtime::{Answer, RequestError, Route, TimeoutClass};
use serde::de::DeserializeOwned;
use tracing::Instrument as _;

use crate::clock::Clock;
use crate::decode;
use crate::error::{Error, ErrorKind, Operation};
use crate::retry::{self, Outcome, RetryBudget, RetryPolicy};

/// A boxed, sendable future.
pub(crate) type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Adds credentials to requests, and renews them when the vendor refuses them.
pub(crate) trait Authenticate: Send + Sync + fmt::Debug {
    /// Sets the request's credentials when they are at hand without waiting (a fixed key);
    /// returns `false` when [`Authenticate::authorize`] must run instead.
    fn authorize_now(&self, request: &mut reqwest::Request) -> bool {
        let _ = request;
        false
    }

    /// Sets the request's credentials (obtaining or refreshing them first if needed).
    fn authorize<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), Error>>;

    /// Whether [`Authenticate::renew_after_unauthorized`] can ever succeed (so a copy of the
    /// request is worth keeping for a re-send).
    fn can_renew(&self) -> bool {
        false
    }

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

    /// Called when the request sent again after a renewal was refused with a 401 as well,
    /// with the `Authorization` value refused: the refusal was not about the credentials'
    /// age, and a session may remember that rather than renew on every such call.
    fn refused_after_renewal(&self, refused: Option<&http::HeaderValue>) {
        let _ = refused;
    }
}

/// No credentials (the sign-in calls themselves).
#[cfg(feature = "jobmojito")]
#[derive(Debug)]
pub(crate) struct NoAuth;

#[cfg(feature = "jobmojito")]
impl Authenticate for NoAuth {
    fn authorize_now(&self, _request: &mut reqwest::Request) -> bool {
        true
    }

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
    /// Timeout of one attempt of an operation the spec marks slow.
    pub slow_request_timeout: Duration,
    /// The largest response body read, in bytes.
    pub max_body_bytes: usize,
}

impl Limits {
    /// The per-attempt timeout of a route's class.
    pub(crate) fn timeout(&self, class: TimeoutClass) -> Duration {
        match class {
            TimeoutClass::Slow => self.slow_request_timeout,
            TimeoutClass::Standard => self.request_timeout,
        }
    }
}

/// Sends requests for one client. Cheap to clone; a clone with another retry policy shares
/// the connections, credentials and retry budget.
#[derive(Clone)]
pub(crate) struct Transport {
    inner: Arc<Inner>,
    policy: RetryPolicy,
}

struct Inner {
    http: reqwest::Client,
    limits: Limits,
    auth: Arc<dyn Authenticate>,
    clock: Arc<dyn Clock>,
    /// The client's retry budget, sized from the policy the client was built with; `None`
    /// when that policy turned it off.
    budget: Option<RetryBudget>,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("retry", &self.policy)
            .field("limits", &self.inner.limits)
            .field("auth", &self.inner.auth)
            .field("retry_budget", &self.inner.budget)
            .finish_non_exhaustive()
    }
}

/// Headers vendors (and the proxies in front of them) use for a request id.
const REQUEST_ID_HEADERS: [&str; 4] = [
    "x-request-id",
    "request-id",
    "sb-request-id",
    "x-correlation-id",
];

/// A complete answer of any status, its body read within the limit.
struct Received {
    status: u16,
    headers: http::HeaderMap,
    body: Bytes,
}

/// Why an attempt produced no complete answer.
enum SendFailure {
    /// reqwest failed before the head arrived, or while the body was read.
    Reqwest(reqwest::Error),
    /// The body was over the limit.
    TooLarge(usize),
    /// The attempt's timeout passed before the answer was complete.
    TimedOut,
}

/// What the call learned so far, for the error it may end with.
struct Progress {
    attempts: u32,
    request_id: Option<String>,
    retry_after: Option<Duration>,
    /// Tokens the call's retries took from the budget, put back if it succeeds.
    budget_taken: u32,
    /// A retry was due and the budget could not pay for it.
    budget_spent: bool,
}

impl Progress {
    fn fail(&self, error: Error, route: &'static Route) -> Error {
        error
            .with_operation(Operation::of(route))
            .with_attempts(self.attempts)
            .with_retry_budget_exhausted(self.budget_spent)
            .with_request_id(self.request_id.clone())
            .with_retry_after(self.retry_after)
    }
}

impl Transport {
    /// A transport over `http`.
    pub(crate) fn new(
        http: reqwest::Client,
        retry: RetryPolicy,
        limits: Limits,
        auth: Arc<dyn Authenticate>,
        clock: Arc<dyn Clock>,
    ) -> Self {
        Transport {
            inner: Arc::new(Inner {
                http,
                limits,
                auth,
                clock,
                budget: retry.retry_budget().map(RetryBudget::new),
            }),
            policy: retry,
        }
    }

    /// The same transport with another retry policy, drawing from the same retry budget (the
    /// policy's own budget setting is not read: the budget is the client's).
    pub(crate) fn with_policy(&self, policy: RetryPolicy) -> Self {
        Transport {
            inner: Arc::clone(&self.inner),
            policy,
        }
    }

    /// The same transport with each call ending within `left` (sooner when its own policy's
    /// deadline says so): a waiter's poll may not outlive the wait.
    #[cfg(any(feature = "jofi", feature = "jobmojito"))]
    pub(crate) fn within(&self, left: Duration) -> Self {
        let deadline = self.policy.deadline().map_or(left, |own| own.min(left));
        self.with_policy(self.policy.clone().with_deadline(Some(deadline)))
    }

    /// The clock the retry loop waits on, which a waiter waits on too.
    #[cfg(any(feature = "jofi", feature = "jobmojito"))]
    pub(crate) fn clock(&self) -> &dyn Clock {
        &*self.inner.clock
    }

    /// The timeouts and body limit, for downloads that are not operations of a spec.
    #[cfg(feature = "jobmojito")]
    pub(crate) fn limits(&self) -> &Limits {
        &self.inner.limits
    }

    /// Sends one operation's request: authorizes it, retries what the retry table allows,
    /// reads the body within the limit, and answers with the success answer or the error.
    pub(crate) async fn execute(
        &self,
        route: &'static Route,
        request: reqwest::Request,
    ) -> Result<Answer, Error> {
        let span = tracing::info_span!(
            "hirekit.request",
            operation = route.operation_id,
            method = route.method.as_str(),
            path = route.path,
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let started = self.inner.clock.now();
        let result = self
            .attempts(route, request, started)
            .instrument(span.clone())
            .await;
        if !span.is_disabled() {
            let (status, attempts) = match &result {
                Ok(answer) => (Some(answer.status.as_u16()), answer.attempts),
                Err(error) => (error.status(), error.attempts()),
            };
            if let Some(status) = status {
                span.record("status", status);
            }
            span.record("attempts", attempts);
            span.record(
                "duration_ms",
                u64::try_from(
                    self.inner
                        .clock
                        .now()
                        .saturating_duration_since(started)
                        .as_millis(),
                )
                .unwrap_or(u64::MAX),
            );
        }
        result
    }

    async fn attempts(
        &self,
        route: &'static Route,
        request: reqwest::Request,
        started: Instant,
    ) -> Result<Answer, Error> {
        let clock = &*self.inner.clock;
        let policy = &self.policy;
        // A deadline too far away to represent is no deadline.
        let deadline = policy.deadline().and_then(|d| started.checked_add(d));
        let remaining = || deadline.map(|d| d.saturating_duration_since(clock.now()));
        let fits = |wait: Duration| remaining().is_none_or(|left| wait < left);
        let timeout = self.inner.limits.timeout(route.timeout);

        let mut progress = Progress {
            attempts: 0,
            request_id: None,
            retry_after: None,
            budget_taken: 0,
            budget_spent: false,
        };
        // A copy is kept only while another attempt may follow; a body that cannot be
        // copied (a stream) can be sent only once.
        let mut original = Some(request);
        let mut renewed = false;
        loop {
            progress.attempts += 1;
            let attempt = progress.attempts;
            let may_follow = attempt < policy.max_attempts();
            // Another send may follow: a retry, or the one re-send after a 401.
            let keep_copy = may_follow || (!renewed && self.inner.auth.can_renew());
            let (mut request, last_chance) = match original.take() {
                Some(request) if keep_copy => match request.try_clone() {
                    Some(copy) => {
                        original = Some(request);
                        (copy, false)
                    }
                    None => (request, true),
                },
                Some(request) => (request, true),
                None => {
                    return Err(progress.fail(
                        Error::new(ErrorKind::Transport, "the request could not be sent again"),
                        route,
                    ));
                }
            };
            // The attempt may not outlive the call's deadline: its timeout is whichever ends
            // first.
            let left = remaining();
            if left.is_some_and(|l| l.is_zero()) {
                return Err(progress.fail(deadline_error(), route));
            }
            let attempt_timeout = left.map_or(timeout, |l| l.min(timeout));
            // Obtaining credentials (a sign-in, or waiting for another call's) counts against
            // the call's deadline like the attempt itself.
            if !self.inner.auth.authorize_now(&mut request) {
                let authorized = within(left, self.inner.auth.authorize(&mut request))
                    .await
                    .unwrap_or_else(|| Err(deadline_error()));
                if let Err(error) = authorized {
                    return Err(progress.fail(error, route));
                }
            }
            let sent_credentials = if self.inner.auth.can_renew() {
                request.headers().get(http::header::AUTHORIZATION).cloned()
            } else {
                None
            };
            let more_allowed = may_follow && !last_chance;

            // One timer bounds the attempt, head and body: tokio's, held inline, rather than
            // reqwest's per-request timeout, which boxes a timer and wraps the body in another.
            let sent = tokio::time::timeout(attempt_timeout, self.send_once(request))
                .await
                .unwrap_or(Err(SendFailure::TimedOut));
            match sent {
                Ok(received) => {
                    let status = received.status;
                    // What only an error needs is read only from an error answer (a success's
                    // request id is read again if its body fails to decode).
                    if !(200..300).contains(&status) {
                        progress.retry_after = received
                            .headers
                            .get(http::header::RETRY_AFTER)
                            .and_then(|v| v.to_str().ok())
                            .and_then(|v| retry::parse_retry_after(v, SystemTime::now()));
                        progress.request_id = request_id(&received.headers);
                    } else {
                        progress.retry_after = None;
                    }
                    if status == 401 && renewed {
                        self.inner
                            .auth
                            .refused_after_renewal(sent_credentials.as_ref());
                    }
                    if status == 401 && !renewed && original.is_some() {
                        renewed = true;
                        let renewal = self
                            .inner
                            .auth
                            .renew_after_unauthorized(sent_credentials.as_ref());
                        let Some(renewed_now) = within(remaining(), renewal).await else {
                            return Err(progress.fail(deadline_error(), route));
                        };
                        if renewed_now {
                            tracing::debug!(
                                attempt,
                                "credentials renewed after 401; sending again"
                            );
                            continue;
                        }
                    }
                    let outcome = if (200..300).contains(&status) && !usable_body(&received) {
                        Some(Outcome::CutBody)
                    } else if (200..300).contains(&status) {
                        None
                    } else {
                        Some(Outcome::Status(status))
                    };
                    if let Some(outcome) = outcome
                        && more_allowed
                        && retry::may_resend(outcome, route.idempotent)
                    {
                        let wait = progress
                            .retry_after
                            .unwrap_or_else(|| policy.backoff(attempt));
                        if fits(wait)
                            && wait <= policy.max_retry_after()
                            && self.pay_for_retry(outcome, &mut progress)
                        {
                            tracing::debug!(
                                attempt,
                                status,
                                wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                                "retrying"
                            );
                            clock.sleep(wait).await;
                            continue;
                        }
                    }
                    if outcome.is_none()
                        && let Some(budget) = &self.inner.budget
                    {
                        budget.refill_after_success(progress.budget_taken);
                    }
                    return match outcome {
                        // A success whose JSON looks cut is still handed to decoding once no
                        // retry is left, so the error names where it stopped.
                        None | Some(Outcome::CutBody) => Ok(Answer {
                            status: http::StatusCode::from_u16(status)
                                .unwrap_or(http::StatusCode::OK),
                            headers: received.headers,
                            body: received.body,
                            attempts: attempt,
                        }),
                        Some(_) => Err(progress.fail(status_error(&received), route)),
                    };
                }
                Err(SendFailure::TooLarge(limit)) => {
                    return Err(progress.fail(
                        Error::new(
                            ErrorKind::BodyTooLarge,
                            format!("the answer is larger than the {limit}-byte limit"),
                        ),
                        route,
                    ));
                }
                Err(failure @ (SendFailure::Reqwest(_) | SendFailure::TimedOut)) => {
                    let outcome = match &failure {
                        SendFailure::Reqwest(error) => retry::classify(error),
                        _ => Outcome::Timeout,
                    };
                    // A timeout that ran into the call's deadline is the deadline.
                    if outcome == Outcome::Timeout && remaining().is_some_and(|l| l.is_zero()) {
                        return Err(progress.fail(deadline_error(), route));
                    }
                    let wait = policy.backoff(attempt);
                    if more_allowed
                        && retry::may_resend(outcome, route.idempotent)
                        && fits(wait)
                        && self.pay_for_retry(outcome, &mut progress)
                    {
                        tracing::debug!(attempt, ?outcome, "retrying after a transport failure");
                        clock.sleep(wait).await;
                        continue;
                    }
                    let error = match failure {
                        SendFailure::Reqwest(error) => Error::from_reqwest(outcome.kind(), error),
                        _ => Error::new(ErrorKind::Timeout, "no answer within the request timeout"),
                    };
                    return Err(progress.fail(error, route));
                }
            }
        }
    }

    /// Takes the cost of a retry after `outcome` from the client's budget: `true` when it was
    /// paid (or there is no budget), `false` when the call must stop here, which its error
    /// will say. Asked last, once every other rule allows the retry, so that no tokens are
    /// taken for a retry that would not happen anyway.
    fn pay_for_retry(&self, outcome: Outcome, progress: &mut Progress) -> bool {
        let Some(budget) = &self.inner.budget else {
            return true;
        };
        let cost = RetryBudget::cost(outcome);
        if budget.try_take(cost) {
            progress.budget_taken = progress.budget_taken.saturating_add(cost);
            true
        } else {
            progress.budget_spent = true;
            tracing::debug!(
                attempts = progress.attempts,
                ?outcome,
                "the client's retry budget is spent; not retrying"
            );
            false
        }
    }

    /// One attempt: the request, then the body within the limit.
    async fn send_once(&self, request: reqwest::Request) -> Result<Received, SendFailure> {
        let limit = self.inner.limits.max_body_bytes;
        let mut response = self
            .inner
            .http
            .execute(request)
            .await
            .map_err(SendFailure::Reqwest)?;
        if response
            .content_length()
            .is_some_and(|len| usize::try_from(len).map_or(true, |len| len > limit))
        {
            return Err(SendFailure::TooLarge(limit));
        }
        let status = response.status().as_u16();
        let headers = std::mem::take(response.headers_mut());
        let expected = response
            .content_length()
            .and_then(|len| usize::try_from(len).ok())
            .unwrap_or(0);
        // Most answers arrive as one chunk: keep it as it is, and copy into a buffer only when a
        // second chunk follows.
        let mut first: Option<Bytes> = None;
        let mut joined: Vec<u8> = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(SendFailure::Reqwest)? {
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
        Ok(Received {
            status,
            headers,
            body: first.unwrap_or_else(|| Bytes::from(joined)),
        })
    }
}

impl hirekit_runtime::Executor for Transport {
    type Error = Error;

    fn send(
        &self,
        route: &'static Route,
        request: reqwest::Request,
    ) -> impl Future<Output = Result<Answer, Error>> + Send {
        self.execute(route, request)
    }

    fn decode<T: DeserializeOwned>(
        &self,
        route: &'static Route,
        answer: &Answer,
    ) -> Result<T, Error> {
        decode_answer(route, answer)
    }

    fn reject(&self, route: &'static Route, error: RequestError) -> Error {
        let message = error.to_string();
        let error = match error {
            RequestError::Invalid(_) => Error::new(ErrorKind::InvalidInput, message),
            RequestError::Build(source) => {
                Error::new(ErrorKind::InvalidInput, message).with_source(source)
            }
        };
        error.with_operation(Operation::of(route))
    }
}

/// Decodes a success answer's JSON body, or says where it stopped matching `T`.
pub(crate) fn decode_answer<T: DeserializeOwned>(
    route: &'static Route,
    answer: &Answer,
) -> Result<T, Error> {
    serde_json::from_slice(&answer.body).map_err(|error| {
        decode::error(&answer.body, &error)
            .with_operation(Operation::of(route))
            .with_attempts(answer.attempts)
            .with_request_id(request_id(&answer.headers))
    })
}

/// `future`'s output, or `None` when `limit` (if any) passes first.
async fn within<T>(limit: Option<Duration>, future: impl Future<Output = T>) -> Option<T> {
    match limit {
        Some(limit) => tokio::time::timeout(limit, future).await.ok(),
        None => Some(future.await),
    }
}

fn deadline_error() -> Error {
    Error::new(ErrorKind::Deadline, "the call's overall deadline passed")
}

fn request_id(headers: &http::HeaderMap) -> Option<String> {
    REQUEST_ID_HEADERS.iter().find_map(|name| {
        headers
            .get(*name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    })
}

/// The error of an answer whose status is not a success: the vendor's message and field when
/// the body has them.
fn status_error(received: &Received) -> Error {
    let status = received.status;
    if (300..400).contains(&status) {
        // Name where it pointed by host only: the path and query can hold ids or filters.
        let host = received
            .headers
            .get(http::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|location| reqwest::Url::parse(location).ok())
            .and_then(|url| url.host_str().map(str::to_string))
            .unwrap_or_else(|| "the same host".to_string());
        return Error::http(
            status,
            Some(format!(
                "the API answered with a redirect to {host}; API calls follow no redirects"
            )),
            None,
        );
    }
    if !(400..600).contains(&status) {
        let content_type = received
            .headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("no content type");
        return Error::http(
            status,
            Some(format!("an undocumented answer ({content_type})")),
            None,
        );
    }
    match serde_json::from_slice::<serde_json::Value>(&received.body) {
        Ok(value) if value.is_object() => {
            let (message, field) = decode::vendor_message(&value);
            Error::http(status, message, field)
        }
        // An error status whose body is not the vendor's error shape (an HTML page from a
        // proxy, an empty body): the status is what matters.
        _ => Error::http(
            status,
            Some("the error answer had no readable body".to_string()),
            None,
        ),
    }
}

/// Whether a success answer's body can be decoded: one that says it is JSON must look whole
/// (see [`looks_complete`]).
fn usable_body(received: &Received) -> bool {
    !is_json(&received.headers) || looks_complete(&received.body)
}

fn is_json(headers: &http::HeaderMap) -> bool {
    headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("json"))
}

/// Whether a JSON body looks whole: not empty, and an object or array closes with the bracket
/// it opened with. A constant-time check instead of a parse, so a good answer is decoded only
/// once; what it misses still fails decoding, with the JSON path.
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

/// What the facade does to a received `200 application/json` body, without the network: the
/// shape check and the decode. Only for hirekit's benchmarks (see `crate::__bench`).
pub(crate) fn decode_received<T: DeserializeOwned>(body: Bytes) -> Option<T> {
    let mut headers = http::HeaderMap::new();
    headers.insert(
        http::header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    let received = Received {
        status: 200,
        headers,
        body,
    };
    if !usable_body(&received) {
        return None;
    }
    serde_json::from_slice(&received.body).ok()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use hirekit_runtime::{Method, Pagination, Route, TimeoutClass};

    use super::{Authenticate, BoxFuture, Limits, Transport, looks_complete};
    use crate::clock::FakeClock;
    use crate::error::{Error, ErrorKind};
    use crate::retry::RetryPolicy;
    use crate::test_support::Scripted;

    const GET: Route = Route {
        operation_id: "get_thing",
        method: Method::Get,
        path: "/thing",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    const POST: Route = Route {
        operation_id: "create_thing",
        method: Method::Post,
        idempotent: false,
        ..GET
    };

    #[derive(Debug)]
    struct Anonymous;

    impl Authenticate for Anonymous {
        fn authorize<'a>(
            &'a self,
            _request: &'a mut reqwest::Request,
        ) -> BoxFuture<'a, Result<(), Error>> {
            Box::pin(async { Ok(()) })
        }
    }

    /// A transport on virtual time against `server`, and the clock to inspect.
    fn transport(policy: RetryPolicy) -> (Transport, Arc<FakeClock>) {
        transport_timing_out_after(policy, Duration::from_secs(5))
    }

    /// The same, with another per-attempt timeout (a real-time one: attempts are real I/O).
    fn transport_timing_out_after(
        policy: RetryPolicy,
        timeout: Duration,
    ) -> (Transport, Arc<FakeClock>) {
        let clock = Arc::new(FakeClock::new());
        let http = crate::ClientOptions::default()
            .build_http()
            .expect("an HTTP client");
        let transport = Transport::new(
            http,
            policy,
            Limits {
                request_timeout: timeout,
                slow_request_timeout: timeout,
                max_body_bytes: 1 << 20,
            },
            Arc::new(Anonymous),
            clock.clone(),
        );
        (transport, clock)
    }

    fn request(server: &Scripted, method: reqwest::Method) -> reqwest::Request {
        let url = reqwest::Url::parse(&format!("{}/thing", server.base)).expect("url");
        reqwest::Request::new(method, url)
    }

    #[tokio::test]
    async fn retry_after_is_waited_on_the_injected_clock() {
        let server = Scripted::start(vec![
            Scripted::answer(503, &["retry-after: 30"], "{}"),
            Scripted::answer(503, &["retry-after: 30"], "{}"),
            Scripted::answer(200, &[], r#"{"ok": true}"#),
        ])
        .await;
        let (transport, clock) = transport(RetryPolicy::default());
        let started = std::time::Instant::now();
        let answer = transport
            .execute(&GET, request(&server, reqwest::Method::GET))
            .await
            .expect("the third attempt succeeds");
        assert_eq!(answer.attempts, 3);
        assert_eq!(
            clock.sleeps(),
            vec![Duration::from_secs(30), Duration::from_secs(30)]
        );
        assert_eq!(server.count(), 3);
        // A minute of waiting happened on virtual time only.
        assert!(started.elapsed() < Duration::from_secs(20));
    }

    #[tokio::test]
    async fn a_wait_past_the_deadline_is_not_taken() {
        let server = Scripted::start(vec![Scripted::answer(
            503,
            &["retry-after: 200"],
            r#"{"message": "down"}"#,
        )])
        .await;
        let policy = RetryPolicy::default()
            .with_max_attempts(5)
            .with_max_retry_after(Duration::from_secs(600))
            .with_deadline(Some(Duration::from_secs(300)));
        let (transport, clock) = transport(policy);
        let error = transport
            .execute(&GET, request(&server, reqwest::Method::GET))
            .await
            .expect_err("503 throughout");
        // 200 s fit in the 300 s deadline once; the second 200 s would not.
        assert_eq!(clock.sleeps(), vec![Duration::from_secs(200)]);
        assert_eq!(error.attempts(), 2);
        assert_eq!(error.status(), Some(503));
        assert_eq!(error.message(), Some("down"));
        assert_eq!(error.operation_id(), Some("get_thing"));
        assert_eq!(error.retry_after(), Some(Duration::from_secs(200)));
        assert!(error.is_retryable());
    }

    /// Issue 10, item 5: with the deadline off, an absurd `Retry-After` is not waited for;
    /// the call fails at once and says, capped, how long the server asked for.
    #[tokio::test]
    async fn absurd_retry_after_fails_fast_without_a_deadline() {
        let server = Scripted::start(vec![Scripted::answer(
            503,
            &["retry-after: 1000000000000"],
            "{}",
        )])
        .await;
        let (transport, clock) = transport(RetryPolicy::default().with_deadline(None));
        let error = transport
            .execute(&GET, request(&server, reqwest::Method::GET))
            .await
            .expect_err("503");
        assert!(clock.sleeps().is_empty(), "{:?}", clock.sleeps());
        assert_eq!(error.attempts(), 1);
        assert_eq!(error.retry_after(), Some(crate::retry::RETRY_AFTER_CAP));
    }

    /// Issue 10, item 12: a deadline too far away to add to an instant is no deadline, not a
    /// panic.
    #[tokio::test]
    async fn deadline_of_duration_max_does_not_panic() {
        let server = Scripted::start(vec![Scripted::answer(200, &[], "{}")]).await;
        let (transport, _clock) =
            transport(RetryPolicy::default().with_deadline(Some(Duration::MAX)));
        let answer = transport
            .execute(&GET, request(&server, reqwest::Method::GET))
            .await
            .expect("answered");
        assert_eq!(answer.attempts, 1);
    }

    /// Issue 10, item 2: a redirect is an error naming its status and target host (never
    /// its path or query), and nothing is sent to the target.
    #[tokio::test]
    async fn redirects_are_errors_and_carry_nothing_away() {
        let elsewhere = Scripted::start(vec![Scripted::answer(200, &[], "{}")]).await;
        let location = format!(
            "location: {}/steal?email=jane@example.com",
            elsewhere.base.replace("127.0.0.1", "localhost")
        );
        let server = Scripted::start(vec![Scripted::answer(307, &[&location], "{}")]).await;
        let (transport, _clock) = transport(RetryPolicy::default());
        let mut sent = request(&server, reqwest::Method::POST);
        *sent.body_mut() = Some(reqwest::Body::from(r#"{"password":"hunter2"}"#));
        let error = transport
            .execute(&POST, sent)
            .await
            .expect_err("a redirect");
        assert_eq!(error.status(), Some(307));
        let shown = format!("{error} {error:?}");
        assert!(shown.contains("localhost"), "{shown}");
        assert!(
            !shown.contains("steal") && !shown.contains("jane"),
            "{shown}"
        );
        assert_eq!(elsewhere.count(), 0, "the redirect was followed");
    }

    #[tokio::test]
    async fn a_post_that_may_have_arrived_is_not_sent_again() {
        let server = Scripted::start(vec![Scripted::answer(503, &[], "{}")]).await;
        let (transport, clock) = transport(RetryPolicy::default());
        let error = transport
            .execute(&POST, request(&server, reqwest::Method::POST))
            .await
            .expect_err("503");
        assert_eq!((error.attempts(), server.count()), (1, 1));
        assert!(clock.sleeps().is_empty());
        // The table still calls a 503 transient: whether to repeat a POST is the caller's call.
        assert!(error.is_retryable());
    }

    #[tokio::test]
    async fn the_transport_and_the_error_read_the_same_table() {
        for (status, transient) in [
            (408, true),
            (429, true),
            (500, true),
            (501, false),
            (409, false),
        ] {
            let server = Scripted::start(vec![Scripted::answer(status, &[], "{}")]).await;
            let (transport, _clock) = transport(RetryPolicy::default());
            let error = transport
                .execute(&GET, request(&server, reqwest::Method::GET))
                .await
                .expect_err("error status");
            let retried = error.attempts() > 1;
            assert_eq!(retried, transient, "status {status}: retried {retried}");
            assert_eq!(error.is_retryable(), transient, "status {status}");
        }
    }

    #[tokio::test]
    async fn a_refused_connection_is_retried_even_for_a_post() {
        // Bind and drop: nothing listens on the port any more.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let (transport, clock) = transport(RetryPolicy::default());
        let url = reqwest::Url::parse(&format!("http://127.0.0.1:{port}/thing")).expect("url");
        let error = transport
            .execute(&POST, reqwest::Request::new(reqwest::Method::POST, url))
            .await
            .expect_err("nothing listens");
        assert_eq!(error.kind(), ErrorKind::Connect);
        assert_eq!(error.attempts(), 3);
        assert_eq!(clock.sleeps().len(), 2);
        assert!(error.is_retryable());
    }

    /// The tokens left in a transport's retry budget.
    fn budget_left(transport: &Transport) -> Option<u32> {
        transport
            .inner
            .budget
            .as_ref()
            .map(crate::retry::RetryBudget::available)
    }

    #[tokio::test]
    async fn the_budget_drains_and_then_an_empty_one_means_one_attempt() {
        let server =
            Scripted::start(vec![Scripted::answer(503, &[], r#"{"message": "down"}"#)]).await;
        let (transport, clock) = transport(RetryPolicy::default().with_retry_budget(Some(10)));
        assert_eq!(budget_left(&transport), Some(10));

        // Two retries at 5 tokens each: the call runs out of attempts, not of budget.
        let first = transport
            .execute(&GET, request(&server, reqwest::Method::GET))
            .await
            .expect_err("503 throughout");
        assert_eq!(first.attempts(), 3);
        assert!(!first.retry_budget_exhausted());
        assert_eq!(budget_left(&transport), Some(0));
        assert_eq!(clock.sleeps().len(), 2);

        // Empty: one attempt, failing at once with that attempt's error, typed as before.
        let second = transport
            .execute(&GET, request(&server, reqwest::Method::GET))
            .await
            .expect_err("503 again");
        assert_eq!((second.attempts(), server.count()), (1, 4));
        assert!(second.retry_budget_exhausted());
        assert_eq!(second.kind(), ErrorKind::Server);
        assert_eq!(second.status(), Some(503));
        assert_eq!(second.message(), Some("down"));
        assert!(second.is_retryable());
        assert_eq!(clock.sleeps().len(), 2, "no wait before giving up");
        assert!(
            second.to_string().contains("retry budget is spent"),
            "{second}"
        );
        assert_eq!(
            budget_left(&transport),
            Some(0),
            "a failure puts nothing back"
        );
    }

    #[tokio::test]
    async fn a_success_puts_back_what_its_retries_took_or_one() {
        let server = Scripted::start(vec![
            Scripted::answer(503, &[], "{}"),
            Scripted::answer(503, &[], "{}"),
            Scripted::answer(503, &[], "{}"),
            Scripted::answer(200, &[], r#"{"ok": true}"#),
        ])
        .await;
        let policy = RetryPolicy::default()
            .with_max_attempts(2)
            .with_retry_budget(Some(20));
        let (transport, _clock) = transport(policy);

        let failed = transport
            .execute(&GET, request(&server, reqwest::Method::GET))
            .await
            .expect_err("503 twice");
        assert_eq!(failed.attempts(), 2);
        assert_eq!(budget_left(&transport), Some(15));

        let recovered = transport
            .execute(&GET, request(&server, reqwest::Method::GET))
            .await
            .expect("503, then 200");
        assert_eq!(recovered.attempts, 2);
        assert_eq!(budget_left(&transport), Some(15), "took 5, put back 5");

        for expected in [16, 17, 18, 19, 20, 20] {
            transport
                .execute(&GET, request(&server, reqwest::Method::GET))
                .await
                .expect("200");
            assert_eq!(budget_left(&transport), Some(expected));
        }
    }

    #[tokio::test]
    async fn clones_and_per_call_policies_draw_from_one_budget() {
        let server = Scripted::start(vec![Scripted::answer(503, &[], "{}")]).await;
        let (transport, _clock) = transport(RetryPolicy::default().with_retry_budget(Some(5)));
        // A per-call policy that asks for more attempts and no budget still pays the client's.
        let patient = transport.with_policy(
            RetryPolicy::default()
                .with_max_attempts(10)
                .with_retry_budget(None),
        );
        let error = patient
            .execute(&GET, request(&server, reqwest::Method::GET))
            .await
            .expect_err("503");
        assert_eq!(error.attempts(), 2, "one retry paid, the next refused");
        assert!(error.retry_budget_exhausted());

        let error = transport
            .clone()
            .execute(&GET, request(&server, reqwest::Method::GET))
            .await
            .expect_err("503");
        assert_eq!(error.attempts(), 1);
        assert!(error.retry_budget_exhausted());
        assert_eq!(server.count(), 3);
    }

    #[tokio::test]
    async fn without_a_budget_every_call_gets_every_attempt() {
        let server = Scripted::start(vec![Scripted::answer(503, &[], "{}")]).await;
        let policy = RetryPolicy::default()
            .with_max_attempts(5)
            .with_retry_budget(None);
        let (transport, _clock) = transport(policy);
        assert_eq!(budget_left(&transport), None);
        // 200 retries: four times what the default budget allows.
        for _ in 0..50 {
            let error = transport
                .execute(&GET, request(&server, reqwest::Method::GET))
                .await
                .expect_err("503");
            assert_eq!(error.attempts(), 5);
            assert!(!error.retry_budget_exhausted());
        }
        assert_eq!(server.count(), 250);
    }

    #[tokio::test]
    async fn a_retry_after_a_timeout_costs_twice_as_much() {
        // Accepts connections and never answers.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let silent = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                held.push(socket);
            }
        });
        let (transport, _clock) = transport_timing_out_after(
            RetryPolicy::default().with_retry_budget(Some(15)),
            Duration::from_millis(100),
        );
        let url = reqwest::Url::parse(&format!("{base}/thing")).expect("url");
        let error = transport
            .execute(&GET, reqwest::Request::new(reqwest::Method::GET, url))
            .await
            .expect_err("no answer");
        // The first retry took 10 of 15 tokens; the second would need 10 again.
        assert_eq!(error.kind(), ErrorKind::Timeout);
        assert_eq!(error.attempts(), 2);
        assert!(error.retry_budget_exhausted());
        assert_eq!(budget_left(&transport), Some(5));
        silent.abort();
    }

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
