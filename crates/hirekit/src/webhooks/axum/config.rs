//! What both vendors' extractors share: reading the configuration a route's layer installed,
//! reading and verifying the body, and asking the replay guard.

use std::fmt;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::Request;

use super::rejection::{RejectionReason, WebhookRejection};
use crate::webhooks::{ReplayGuard, Verifier};
use crate::{Error, ErrorKind};

/// Bodies larger than this are refused unless configured otherwise (1 MiB; real events are a
/// few kilobytes).
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;

/// The configuration of one vendor's route, as the layer installs it in the request.
pub(super) fn installed<T>(request: &Request, what: &'static str) -> Result<T, WebhookRejection>
where
    T: Clone + Send + Sync + 'static,
{
    if let Some(config) = request.extensions().get::<T>() {
        return Ok(config.clone());
    }
    // Every delivery to this route will fail the same way until the application is fixed;
    // say what is missing where operators look.
    tracing::error!(
        missing = what,
        "a webhook route has no configuration; add its layer"
    );
    let error = Error::new(
        ErrorKind::Config,
        format!(
            "this webhook route has no `{what}` configuration: add \
             `.layer({what}::new(verifier).layer())` to the route (or its router), or build \
             the routes with `WebhookRouter`"
        ),
    );
    Err(WebhookRejection::new(
        RejectionReason::NotConfigured,
        Some(error),
    ))
}

/// The part of the configuration both vendors have.
#[derive(Clone)]
pub(super) struct Config {
    verifier: Arc<Verifier>,
    pub(super) guard: Option<Arc<dyn ReplayGuard>>,
    pub(super) body_limit: usize,
}

impl Config {
    pub(super) fn new(verifier: Verifier) -> Self {
        Config {
            verifier: Arc::new(verifier),
            guard: None,
            body_limit: DEFAULT_BODY_LIMIT,
        }
    }

    /// Takes `guard` (a router's) unless this configuration has a guard of its own.
    pub(super) fn guard_or(&mut self, guard: Option<Arc<dyn ReplayGuard>>) {
        if self.guard.is_none() {
            self.guard = guard;
        }
    }

    /// Reads the whole body and verifies it against the headers.
    pub(super) async fn verified_body(&self, request: Request) -> Result<Bytes, WebhookRejection> {
        let (parts, body) = request.into_parts();
        let bytes = axum::body::to_bytes(body, self.body_limit)
            .await
            .map_err(|_| WebhookRejection::new(RejectionReason::UnreadableBody, None))?;
        self.verifier
            .verify(&parts.headers, &bytes)
            .map_err(|e| WebhookRejection::new(RejectionReason::Unverified, Some(e)))?;
        Ok(bytes)
    }

    /// Asks the guard about `key` and, when it lets the delivery through, keeps what is needed
    /// to let it through again.
    pub(super) fn remember(&self, key: Option<String>) -> Result<Release, WebhookRejection> {
        let (Some(guard), Some(key)) = (&self.guard, key) else {
            return Ok(Release(None));
        };
        guard
            .check_and_remember(&key)
            .map_err(WebhookRejection::replay)?;
        Ok(Release(Some((guard.clone(), key))))
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

/// What a handler needs to let a delivery through the replay guard again.
#[derive(Clone)]
pub(super) struct Release(Option<(Arc<dyn ReplayGuard>, String)>);

impl Release {
    /// Forgets the delivery in the guard, so the vendor's retry is handled.
    pub(super) fn release(&self) {
        if let Some((guard, key)) = &self.0 {
            guard.forget(key);
        }
    }
}

impl fmt::Debug for Release {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The key came from the body (an event id); it is not shown.
        f.write_str("Release")
    }
}
