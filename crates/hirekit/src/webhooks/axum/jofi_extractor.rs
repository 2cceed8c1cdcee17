//! The JOFI route: its configuration, the layer that puts it on a route, and the extractor.

use std::sync::Arc;

use axum::Extension;
use axum::extract::{FromRequest, Request};

use super::config::{Config, Release, installed};
use super::rejection::{RejectionReason, WebhookRejection};
use crate::webhooks::jofi::Event;
use crate::webhooks::{ReplayGuard, Verifier};

/// How a JOFI route checks deliveries: the verifier, an optional replay guard (keyed on the
/// event id) and a body size limit. Cheap to clone.
///
/// Put it on the route with [`layer`](Self::layer); each route can have its own (JOFI's live
/// and test endpoints have different secrets).
///
/// ```
/// # fn demo() -> hirekit::Result<()> {
/// use axum::{Router, routing::post};
/// use hirekit::Secret;
/// use hirekit::webhooks::{Verifier, axum::{JofiWebhooks, VerifiedJofiEvent}};
///
/// let config = JofiWebhooks::new(Verifier::builder().hmac_secret(Secret::new("s")).build()?)
///     .body_limit(64 * 1024);
/// let app: Router = Router::new().route(
///     "/webhooks/jofi",
///     post(|e: VerifiedJofiEvent| async move { println!("{}", e.event.type_name()) })
///         .layer(config.layer()),
/// );
/// # drop(app);
/// # Ok(()) }
/// # demo().unwrap();
/// ```
#[derive(Clone, Debug)]
pub struct JofiWebhooks(pub(super) Config);

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

    /// Refuses bodies larger than `bytes` (default [`DEFAULT_BODY_LIMIT`](super::DEFAULT_BODY_LIMIT)).
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.0.body_limit = bytes;
        self
    }

    /// The layer that gives this configuration to [`VerifiedJofiEvent`] on the routes it
    /// wraps: `.layer(config.layer())` on a route, or on a router for all its routes (a
    /// route's own layer wins over its router's).
    pub fn layer(self) -> Extension<Self> {
        Extension(self)
    }
}

impl From<Verifier> for JofiWebhooks {
    fn from(verifier: Verifier) -> Self {
        JofiWebhooks::new(verifier)
    }
}

/// A verified, parsed, first-time JOFI event. Rejects with [`WebhookRejection`].
///
/// Its configuration comes from the route's [`JofiWebhooks::layer`]; without one, every
/// delivery is refused with [`RejectionReason::NotConfigured`] (500).
#[derive(Debug)]
pub struct VerifiedJofiEvent {
    /// The event.
    pub event: Event,
    release: Release,
}

impl VerifiedJofiEvent {
    /// Forgets the event in the replay guard, so JOFI's retry is let through: call it when
    /// your handling failed and you answer with an error.
    pub fn release(&self) {
        self.release.release();
    }

    pub(super) fn into_parts(self) -> (Event, Release) {
        (self.event, self.release)
    }
}

impl<S> FromRequest<S> for VerifiedJofiEvent
where
    S: Send + Sync,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let JofiWebhooks(config) = installed::<JofiWebhooks>(&request, "JofiWebhooks")?;
        let body = config.verified_body(request).await?;
        let event = Event::from_slice(&body)
            .map_err(|e| WebhookRejection::new(RejectionReason::Malformed, Some(e)))?;
        let release = config.remember(event.id().map(str::to_string))?;
        Ok(VerifiedJofiEvent { event, release })
    }
}
