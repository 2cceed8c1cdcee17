//! Why a delivery was refused, and the status each refusal answers with.

use std::fmt;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::Error;
use crate::webhooks::ReplayError;

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
    /// The delivery is authentic but of an event type this route is not configured for (a
    /// JobMojito subscription pointed at another event's URL): 422, not acknowledged.
    UnexpectedEvent,
    /// The route has no webhook configuration (no [`JofiWebhooks`](super::JofiWebhooks) or
    /// [`JobMojitoWebhooks`](super::JobMojitoWebhooks) layer reaches it): 500, a mistake in
    /// the application, not in the delivery.
    NotConfigured,
}

impl RejectionReason {
    /// The status the rejection answers with.
    pub(super) fn status(self) -> StatusCode {
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
            // A subscription aimed at the wrong URL. A 2xx would drop the event for good,
            // since no handler for its type saw it. JobMojito retries every non-2xx, so the
            // event stays with the vendor until the subscription or the route is fixed; a 4xx
            // rather than a 5xx because the receiver is healthy and the delivery is what is
            // misdirected, so server-error alerts stay quiet and the vendor's delivery log
            // shows a refusal.
            RejectionReason::UnexpectedEvent => StatusCode::UNPROCESSABLE_ENTITY,
            // The application is wired wrongly; the delivery is fine and must come again once
            // the route is fixed.
            RejectionReason::NotConfigured => StatusCode::INTERNAL_SERVER_ERROR,
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
            RejectionReason::UnexpectedEvent => "this endpoint does not accept this event type",
            RejectionReason::NotConfigured => "webhook endpoint is not configured",
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
    pub(super) fn new(reason: RejectionReason, error: Option<Error>) -> Self {
        WebhookRejection { reason, error }
    }

    /// The rejection for what the replay guard answered.
    pub(super) fn replay(error: ReplayError) -> Self {
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

    /// The status answered: 401, 400, 422, 500 or 503, or 200 for a duplicate.
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
