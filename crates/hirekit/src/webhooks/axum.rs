//! axum extractors that read the raw body, verify it, parse it and deduplicate it, so a
//! handler only ever sees an authentic, typed, first-time event.
//!
//! Put a [`JofiWebhooks`] and/or [`JobMojitoWebhooks`] in the router's state (directly, or in
//! your own state type with [`axum::extract::FromRef`]), then take [`VerifiedJofiEvent`] or
//! [`VerifiedJobMojitoEvent`] as the handler's last argument.
//!
//! Rejections answer with a short message that reveals nothing about the secrets, the body or
//! the event id, and say why in [`WebhookRejection::reason`]:
//!
//! | the delivery | status |
//! |---|---|
//! | cannot be read, or is larger than the body limit | 400 |
//! | fails verification | 401 |
//! | is not the vendor's event | 400 |
//! | was seen by the replay guard before | **200** |
//! | has an event id the replay guard refuses (over 512 bytes) | 422 |
//! | meets a replay guard that cannot decide (its store is down) | 503 |
//!
//! Only a delivery the guard has really seen is acknowledged: a 2xx is what stops the vendor
//! from retrying something already handled, and acknowledging a delivery the handler never
//! received would lose the event for good. A guard failure answers 503 so the vendor sends the
//! event again; a refused id answers 422, since sending the same id again cannot help.
//!
//! ```no_run
//! # #[cfg(all(feature = "jofi", feature = "jobmojito"))]
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use std::sync::Arc;
//! use axum::{Router, extract::FromRef, routing::post};
//! use hirekit::Secret;
//! use hirekit::webhooks::axum::{
//!     JobMojitoWebhooks, JofiWebhooks, VerifiedJobMojitoEvent, VerifiedJofiEvent,
//! };
//! use hirekit::webhooks::{InMemoryReplayGuard, Verifier};
//!
//! #[derive(Clone)]
//! struct AppState {
//!     jofi: JofiWebhooks,
//!     jobmojito: JobMojitoWebhooks,
//! }
//! impl FromRef<AppState> for JofiWebhooks {
//!     fn from_ref(state: &AppState) -> Self { state.jofi.clone() }
//! }
//! impl FromRef<AppState> for JobMojitoWebhooks {
//!     fn from_ref(state: &AppState) -> Self { state.jobmojito.clone() }
//! }
//!
//! let guard = Arc::new(InMemoryReplayGuard::default());
//! let state = AppState {
//!     jofi: JofiWebhooks::new(Verifier::builder().hmac_secret(Secret::new("whsec")).build()?)
//!         .replay_guard(guard.clone()),
//!     jobmojito: JobMojitoWebhooks::new(
//!         Verifier::builder().shared_header("x-webhook-token", Secret::new("token")).build()?,
//!     )
//!     .replay_guard(guard),
//! };
//! let app = Router::new()
//!     .route("/webhooks/jofi", post(|e: VerifiedJofiEvent| async move {
//!         println!("{} {:?}", e.event.type_name(), e.event.id());
//!     }))
//!     .route("/webhooks/jobmojito", post(|e: VerifiedJobMojitoEvent| async move {
//!         println!("{} {:?}", e.event.name(), e.event.result_id());
//!     }))
//!     .with_state(state);
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
//! axum::serve(listener, app).await?;
//! # Ok(()) }
//! ```

use std::fmt;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRef, FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{ReplayError, ReplayGuard, Verifier};
use crate::Error;

/// Bodies larger than this are refused unless configured otherwise (1 MiB; real events are a
/// few kilobytes).
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

#[derive(Clone)]
struct Config {
    verifier: Arc<Verifier>,
    guard: Option<Arc<dyn ReplayGuard>>,
    body_limit: usize,
}

impl Config {
    fn new(verifier: Verifier) -> Self {
        Config {
            verifier: Arc::new(verifier),
            guard: None,
            body_limit: DEFAULT_BODY_LIMIT,
        }
    }

    /// Reads the whole body and verifies it against the headers.
    async fn verified_body(&self, request: Request) -> Result<Bytes, WebhookRejection> {
        let (parts, body) = request.into_parts();
        let bytes = axum::body::to_bytes(body, self.body_limit)
            .await
            .map_err(|_| WebhookRejection::new(RejectionReason::UnreadableBody, None))?;
        self.verifier
            .verify(&parts.headers, &bytes)
            .map_err(|e| WebhookRejection::new(RejectionReason::Unverified, Some(e)))?;
        Ok(bytes)
    }

    fn remember(&self, key: Option<String>) -> Result<Option<Release>, WebhookRejection> {
        let (Some(guard), Some(key)) = (&self.guard, key) else {
            return Ok(None);
        };
        guard
            .check_and_remember(&key)
            .map_err(WebhookRejection::replay)?;
        Ok(Some(Release {
            guard: guard.clone(),
            key,
        }))
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("verifier", &self.verifier)
            .field("replay_guard", &self.guard.is_some())
            .field("body_limit", &self.body_limit)
            .finish()
    }
}

/// What a handler needs to let a delivery through again.
#[derive(Clone)]
struct Release {
    guard: Arc<dyn ReplayGuard>,
    key: String,
}

fn release(release: &Option<Release>) {
    if let Some(r) = release {
        r.guard.forget(&r.key);
    }
}

/// Why an extractor refused a delivery, as [`WebhookRejection::reason`] tells it. New reasons
/// may be added, so match with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RejectionReason {
    /// The body could not be read, or is larger than the body limit (400).
    UnreadableBody,
    /// The delivery failed verification (401).
    Unverified,
    /// The body is not an event of the vendor (400).
    Malformed,
    /// The replay guard has seen this delivery: a retry of one already handled, or a replay.
    /// Acknowledged with 200, the one rejection that is.
    Duplicate,
    /// The replay guard refuses the delivery's key (an event id over 512 bytes): 422, not
    /// acknowledged.
    KeyRefused,
    /// The replay guard could not decide (its store is unavailable): 503, so the vendor
    /// delivers again later.
    GuardUnavailable,
}

impl RejectionReason {
    /// The status the rejection answers with.
    fn status(self) -> StatusCode {
        match self {
            RejectionReason::UnreadableBody | RejectionReason::Malformed => StatusCode::BAD_REQUEST,
            RejectionReason::Unverified => StatusCode::UNAUTHORIZED,
            // The delivery was handled before: a 2xx is what ends the vendor's retries.
            RejectionReason::Duplicate => StatusCode::OK,
            // The delivery is authentic and well formed, but the guard will never store this
            // id, so a re-delivery would be refused the same way: a 4xx says so, where a 5xx
            // would only invite the vendor to send the same bytes again and again. It is still
            // not a 2xx, so the vendor records the delivery as failed and nothing is silently
            // dropped.
            RejectionReason::KeyRefused => StatusCode::UNPROCESSABLE_ENTITY,
            // Nothing is known about the delivery; the vendor must keep it and send it again.
            RejectionReason::GuardUnavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// The short text of the answer: our words only, nothing from the body or the secrets.
    fn message(self) -> &'static str {
        match self {
            RejectionReason::UnreadableBody => "the body could not be read or is too large",
            RejectionReason::Unverified => "webhook verification failed",
            RejectionReason::Malformed => "malformed webhook",
            RejectionReason::Duplicate => "duplicate delivery ignored",
            RejectionReason::KeyRefused => "the event id is not accepted",
            RejectionReason::GuardUnavailable => "temporarily unable to accept; send again later",
        }
    }
}

/// Why an extractor refused a delivery; answers with its status and a short message.
///
/// Take `Result<VerifiedJofiEvent, WebhookRejection>` (or the JobMojito one) in a handler to
/// log it before answering with [`IntoResponse`]: [`reason`](Self::reason) is the typed cause,
/// [`error`](Self::error) the detail, and neither shows a secret, the body or the event id.
pub struct WebhookRejection {
    reason: RejectionReason,
    error: Option<Error>,
}

impl WebhookRejection {
    fn new(reason: RejectionReason, error: Option<Error>) -> Self {
        WebhookRejection { reason, error }
    }

    /// The rejection for what the replay guard answered.
    fn replay(error: ReplayError) -> Self {
        let reason = match &error {
            ReplayError::Seen => RejectionReason::Duplicate,
            ReplayError::KeyRefused { .. } => RejectionReason::KeyRefused,
            // Whatever else a guard says, it did not say "seen": the delivery must come again.
            _ => RejectionReason::GuardUnavailable,
        };
        if reason != RejectionReason::Duplicate {
            // Not acknowledged and invisible to the handler: say so where operators look. The
            // guard's error may carry its store's details, so only the reason is logged.
            tracing::warn!(?reason, "webhook delivery refused by the replay guard");
        }
        WebhookRejection::new(reason, Some(Error::from(error)))
    }

    /// Why the delivery was refused.
    pub fn reason(&self) -> RejectionReason {
        self.reason
    }

    /// The status answered: 401, 400, 422 or 503, or 200 for a duplicate.
    pub fn status(&self) -> StatusCode {
        self.reason.status()
    }

    /// The detailed error, for your logs (it shows no secret and no body values).
    pub fn error(&self) -> Option<&Error> {
        self.error.as_ref()
    }

    /// What the replay guard answered, when the guard refused the delivery.
    pub fn replay_error(&self) -> Option<&ReplayError> {
        use std::error::Error as _;
        self.error.as_ref()?.source()?.downcast_ref::<ReplayError>()
    }
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        (self.reason.status(), self.reason.message()).into_response()
    }
}

impl fmt::Debug for WebhookRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookRejection")
            .field("reason", &self.reason)
            .field("status", &self.reason.status())
            .field("error", &self.error)
            .finish()
    }
}

impl fmt::Display for WebhookRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.error {
            Some(error) => write!(f, "{}: {error}", self.reason.message()),
            None => f.write_str(self.reason.message()),
        }
    }
}

#[cfg(feature = "jofi")]
pub use jofi_extractor::{JofiWebhooks, VerifiedJofiEvent};

#[cfg(feature = "jofi")]
mod jofi_extractor {
    use super::*;
    use crate::webhooks::jofi::Event;

    /// How JOFI deliveries are checked: the verifier, an optional replay guard (keyed on the
    /// event id) and a body size limit. Cheap to clone.
    ///
    /// ```
    /// # fn demo() -> hirekit::Result<()> {
    /// use hirekit::Secret;
    /// use hirekit::webhooks::{Verifier, axum::JofiWebhooks};
    ///
    /// let config = JofiWebhooks::new(Verifier::builder().hmac_secret(Secret::new("s")).build()?)
    ///     .body_limit(64 * 1024);
    /// # drop(config);
    /// # Ok(()) }
    /// # demo().unwrap();
    /// ```
    #[derive(Clone, Debug)]
    pub struct JofiWebhooks(Config);

    impl JofiWebhooks {
        /// Checks deliveries with `verifier`, without replay protection.
        pub fn new(verifier: Verifier) -> Self {
            JofiWebhooks(Config::new(verifier))
        }

        /// Refuses deliveries whose event id `guard` has seen (answering 200), and answers 503
        /// or 422 when the guard cannot decide or refuses the id (see the
        /// [module documentation](super)).
        pub fn replay_guard(mut self, guard: Arc<dyn ReplayGuard>) -> Self {
            self.0.guard = Some(guard);
            self
        }

        /// Refuses bodies larger than `bytes` (default [`DEFAULT_BODY_LIMIT`]).
        pub fn body_limit(mut self, bytes: usize) -> Self {
            self.0.body_limit = bytes;
            self
        }
    }

    /// A verified, parsed, first-time JOFI event. Rejects with [`WebhookRejection`].
    ///
    /// See the [module documentation](super) for a router using it.
    #[derive(Debug)]
    pub struct VerifiedJofiEvent {
        /// The event.
        pub event: Event,
        release: Option<Release>,
    }

    impl VerifiedJofiEvent {
        /// Forgets the event in the replay guard, so JOFI's retry is let through: call it when
        /// your handling failed and you answer with an error.
        pub fn release(&self) {
            release(&self.release);
        }
    }

    impl<S> FromRequest<S> for VerifiedJofiEvent
    where
        S: Send + Sync,
        JofiWebhooks: FromRef<S>,
    {
        type Rejection = WebhookRejection;

        async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
            let config = JofiWebhooks::from_ref(state).0;
            let body = config.verified_body(request).await?;
            let event = Event::from_slice(&body)
                .map_err(|e| WebhookRejection::new(RejectionReason::Malformed, Some(e)))?;
            let release = config.remember(event.id().map(str::to_string))?;
            Ok(VerifiedJofiEvent { event, release })
        }
    }
}

#[cfg(feature = "jobmojito")]
pub use jobmojito_extractor::{JobMojitoWebhooks, VerifiedJobMojitoEvent};

#[cfg(feature = "jobmojito")]
mod jobmojito_extractor {
    use super::*;
    use crate::webhooks::jobmojito::{Event, ResultEvent, replay_key};

    /// How JobMojito deliveries are checked: the verifier (typically a
    /// [`shared_header`](crate::webhooks::VerifierBuilder::shared_header)), an optional replay
    /// guard (keyed on a hash of the body, since `interview_result` is re-sent with the same
    /// id when the result changes), the event an endpoint is subscribed to, and a body limit.
    ///
    /// ```
    /// # fn demo() -> hirekit::Result<()> {
    /// use hirekit::Secret;
    /// use hirekit::webhooks::{Verifier, axum::JobMojitoWebhooks, jobmojito::ResultEvent};
    ///
    /// let verifier = Verifier::builder()
    ///     .shared_header("x-webhook-token", Secret::new("t0ken"))
    ///     .build()?;
    /// let config = JobMojitoWebhooks::new(verifier).event(ResultEvent::InterviewFailed);
    /// # drop(config);
    /// # Ok(()) }
    /// # demo().unwrap();
    /// ```
    #[derive(Clone, Debug)]
    pub struct JobMojitoWebhooks {
        config: Config,
        event: Option<ResultEvent>,
    }

    impl JobMojitoWebhooks {
        /// Checks deliveries with `verifier`, without replay protection.
        pub fn new(verifier: Verifier) -> Self {
            JobMojitoWebhooks {
                config: Config::new(verifier),
                event: None,
            }
        }

        /// Refuses deliveries whose exact body `guard` has seen (answering 200), and answers
        /// 503 when the guard cannot decide (see the [module documentation](super)).
        pub fn replay_guard(mut self, guard: Arc<dyn ReplayGuard>) -> Self {
            self.config.guard = Some(guard);
            self
        }

        /// Refuses bodies larger than `bytes` (default [`DEFAULT_BODY_LIMIT`]).
        pub fn body_limit(mut self, bytes: usize) -> Self {
            self.config.body_limit = bytes;
            self
        }

        /// Treats flat payloads as `event` instead of inferring it, for an endpoint subscribed
        /// to that event alone.
        pub fn event(mut self, event: ResultEvent) -> Self {
            self.event = Some(event);
            self
        }
    }

    /// A verified, parsed, first-time JobMojito delivery. Rejects with [`WebhookRejection`].
    ///
    /// See the [module documentation](super) for a router using it.
    #[derive(Debug)]
    pub struct VerifiedJobMojitoEvent {
        /// The event.
        pub event: Event,
        release: Option<Release>,
    }

    impl VerifiedJobMojitoEvent {
        /// Forgets the delivery in the replay guard, so JobMojito's retry is let through: call
        /// it when your handling failed and you answer with an error.
        pub fn release(&self) {
            release(&self.release);
        }
    }

    impl<S> FromRequest<S> for VerifiedJobMojitoEvent
    where
        S: Send + Sync,
        JobMojitoWebhooks: FromRef<S>,
    {
        type Rejection = WebhookRejection;

        async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
            let JobMojitoWebhooks { config, event } = JobMojitoWebhooks::from_ref(state);
            let body = config.verified_body(request).await?;
            let parsed = match event {
                Some(kind) => Event::from_slice_as(&body, kind),
                None => Event::from_slice(&body),
            }
            .map_err(|e| WebhookRejection::new(RejectionReason::Malformed, Some(e)))?;
            let release = config.remember(Some(replay_key(&body)))?;
            Ok(VerifiedJobMojitoEvent {
                event: parsed,
                release,
            })
        }
    }
}

impl fmt::Debug for Release {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Release")
    }
}
