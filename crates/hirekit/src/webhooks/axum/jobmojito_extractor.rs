//! The JobMojito route: its configuration (with the event types it accepts), the layer that
//! puts it on a route, and the extractor.

use std::sync::Arc;

use axum::Extension;
use axum::extract::{FromRequest, Request};

use super::config::{Config, Release, installed};
use super::rejection::{RejectionReason, WebhookRejection};
use crate::webhooks::jobmojito::{Event, ResultEvent, replay_key};
use crate::webhooks::{ReplayGuard, Verifier};
use crate::{Error, ErrorKind};

/// How a JobMojito route checks deliveries: the verifier (typically a
/// [`shared_header`](crate::webhooks::VerifierBuilder::shared_header)), an optional replay
/// guard (keyed on a hash of the body, since `interview_result` is re-sent with the same id
/// when the result changes), the event types the route accepts, and a body limit. Cheap to
/// clone.
///
/// JobMojito subscribes a URL per event in its admin, and puts no event name in the body. A
/// route restricted with [`event`](Self::event) tells the delivery's type from its content
/// (see [`ResultEvent::infer`]) and refuses any other type with
/// [`RejectionReason::UnexpectedEvent`] (422, not acknowledged: the subscription points at the
/// wrong URL, and JobMojito keeps retrying until it is fixed). The refusal happens before the
/// replay guard, so the retry is handled once the route or subscription is right.
///
/// ```
/// # fn demo() -> hirekit::Result<()> {
/// use axum::{Router, routing::post};
/// use hirekit::Secret;
/// use hirekit::webhooks::{Verifier, jobmojito::ResultEvent};
/// use hirekit::webhooks::axum::{JobMojitoWebhooks, VerifiedJobMojitoEvent};
///
/// let verifier = Verifier::builder()
///     .shared_header("x-webhook-token", Secret::new("t0ken"))
///     .build()?;
/// let failed = JobMojitoWebhooks::new(verifier).event(ResultEvent::InterviewFailed);
/// let app: Router = Router::new().route(
///     "/webhooks/jobmojito/failed",
///     post(|e: VerifiedJobMojitoEvent| async move { println!("{:?}", e.event.result_id()) })
///         .layer(failed.layer()),
/// );
/// # drop(app);
/// # Ok(()) }
/// # demo().unwrap();
/// ```
#[derive(Clone, Debug)]
pub struct JobMojitoWebhooks {
    pub(super) config: Config,
    /// Empty: every delivery is accepted.
    accepts: Vec<ResultEvent>,
}

impl JobMojitoWebhooks {
    /// Checks deliveries with `verifier`, accepting every event type, without replay
    /// protection.
    pub fn new(verifier: Verifier) -> Self {
        JobMojitoWebhooks {
            config: Config::new(verifier),
            accepts: Vec::new(),
        }
    }

    /// Refuses deliveries whose exact body `guard` has seen (answering 200), and answers 503
    /// when the guard cannot decide (see the [module documentation](super)).
    pub fn replay_guard(mut self, guard: Arc<dyn ReplayGuard>) -> Self {
        self.config.guard = Some(guard);
        self
    }

    /// Refuses bodies larger than `bytes` (default [`DEFAULT_BODY_LIMIT`](super::DEFAULT_BODY_LIMIT)).
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.config.body_limit = bytes;
        self
    }

    /// Accepts `event`, and from then on only the events named this way: call it once for a
    /// URL subscribed to one event, or once per event for a URL subscribed to several. Any
    /// other delivery, the older table-record envelope and unrecognised shapes included, is
    /// refused with [`RejectionReason::UnexpectedEvent`].
    pub fn event(mut self, event: ResultEvent) -> Self {
        if !self.accepts.contains(&event) {
            self.accepts.push(event);
        }
        self
    }

    /// The event types the route accepts; empty when it accepts every delivery.
    pub fn accepted_events(&self) -> &[ResultEvent] {
        &self.accepts
    }

    /// The layer that gives this configuration to [`VerifiedJobMojitoEvent`] on the routes
    /// it wraps: `.layer(config.layer())` on a route, or on a router for all its routes (a
    /// route's own layer wins over its router's).
    pub fn layer(self) -> Extension<Self> {
        Extension(self)
    }

    /// Refuses an event of a type the route is not configured for.
    fn check_type(&self, event: &Event) -> Result<(), WebhookRejection> {
        if self.accepts.is_empty()
            || event
                .result_event()
                .is_some_and(|kind| self.accepts.contains(&kind))
        {
            return Ok(());
        }
        let accepted: Vec<&str> = self.accepts.iter().map(|e| e.as_str()).collect();
        let accepted = accepted.join("`, `");
        // Event names are ours, never the candidate's: safe to log and to say.
        tracing::warn!(
            received = event.name(),
            accepted = %accepted,
            "a JobMojito delivery of another event type reached this route; check which URL \
             each subscription points at"
        );
        let error = Error::new(
            ErrorKind::Webhook,
            format!(
                "this route accepts `{accepted}` only, and the delivery is `{}` (JobMojito \
                 names no event in the body: the type is told from the result's status and \
                 interview status)",
                event.name()
            ),
        );
        Err(WebhookRejection::new(
            RejectionReason::UnexpectedEvent,
            Some(error),
        ))
    }
}

impl From<Verifier> for JobMojitoWebhooks {
    fn from(verifier: Verifier) -> Self {
        JobMojitoWebhooks::new(verifier)
    }
}

/// A verified, parsed, first-time JobMojito delivery of a type its route accepts. Rejects
/// with [`WebhookRejection`].
///
/// Its configuration comes from the route's [`JobMojitoWebhooks::layer`]; without one, every
/// delivery is refused with [`RejectionReason::NotConfigured`] (500).
#[derive(Debug)]
pub struct VerifiedJobMojitoEvent {
    /// The event.
    pub event: Event,
    release: Release,
}

impl VerifiedJobMojitoEvent {
    /// Forgets the delivery in the replay guard, so JobMojito's retry is let through: call it
    /// when your handling failed and you answer with an error.
    pub fn release(&self) {
        self.release.release();
    }

    pub(super) fn into_parts(self) -> (Event, Release) {
        (self.event, self.release)
    }
}

impl<S> FromRequest<S> for VerifiedJobMojitoEvent
where
    S: Send + Sync,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let route = installed::<JobMojitoWebhooks>(&request, "JobMojitoWebhooks")?;
        let body = route.config.verified_body(request).await?;
        let event = Event::from_slice(&body)
            .map_err(|e| WebhookRejection::new(RejectionReason::Malformed, Some(e)))?;
        // Before the guard: a refused delivery must not be remembered, or its retry would be
        // acknowledged as a duplicate once the route is fixed, and the event lost.
        route.check_type(&event)?;
        let release = route.config.remember(Some(replay_key(&body)))?;
        Ok(VerifiedJobMojitoEvent { event, release })
    }
}
