//! axum support: extractors that read the raw body, verify it, parse it and deduplicate it, so
//! a handler only ever sees an authentic, typed, first-time event, and [`WebhookRouter`], a
//! whole receiver in one call.
//!
//! The shortest receiver is a [`WebhookRouter`]: give it each vendor's verifier and an async
//! handler taking the typed event, and serve the router it builds.
//!
//! To write the routes yourself, put a [`JofiWebhooks`] or [`JobMojitoWebhooks`] on each route
//! with its [`layer`](JofiWebhooks::layer) and take [`VerifiedJofiEvent`] or
//! [`VerifiedJobMojitoEvent`] as the handler's last argument. The configuration travels with
//! the route, not the router's state, so one application can have any number of endpoints with
//! their own secrets, and one URL per JobMojito event ([`JobMojitoWebhooks::event`]). A route
//! whose extractor finds no configuration answers 500 ([`RejectionReason::NotConfigured`]),
//! never panics.
//!
//! Rejections answer with a short message that reveals nothing about the secrets, the body or
//! the event id, and say why in [`WebhookRejection::reason`]:
//!
//! | the delivery | status |
//! |---|---|
//! | cannot be read, or is larger than the body limit | 400 |
//! | fails verification | 401 |
//! | is not the vendor's event | 400 |
//! | is a JobMojito event of a type the route does not accept | 422 |
//! | was seen by the replay guard before | **200** |
//! | has an event id the replay guard refuses (over 512 bytes) | 422 |
//! | meets a replay guard that cannot decide (its store is down) | 503 |
//! | reaches a route without configuration | 500 |
//!
//! Only a delivery the guard has really seen is acknowledged: a 2xx is what stops the vendor
//! from retrying something already handled, and acknowledging a delivery the handler never
//! received would lose the event for good. A guard failure answers 503 so the vendor sends the
//! event again; a refused id answers 422, since sending the same id again cannot help. A
//! JobMojito delivery of the wrong type is a subscription pointed at the wrong URL: 422, so it
//! is not acknowledged (JobMojito retries every non-2xx, and the event waits there until the
//! URL or the route is fixed) while server-error alarms stay quiet.
//!
//! ```no_run
//! # #[cfg(all(feature = "jofi", feature = "jobmojito"))]
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use std::sync::Arc;
//! use axum::{Router, routing::post};
//! use hirekit::Secret;
//! use hirekit::webhooks::axum::{
//!     JobMojitoWebhooks, JofiWebhooks, VerifiedJobMojitoEvent, VerifiedJofiEvent,
//! };
//! use hirekit::webhooks::{InMemoryReplayGuard, Verifier, jobmojito::ResultEvent};
//!
//! let guard = Arc::new(InMemoryReplayGuard::default());
//! let live = JofiWebhooks::new(Verifier::builder().hmac_secret(Secret::new("whsec_live")).build()?)
//!     .replay_guard(guard.clone());
//! let test = JofiWebhooks::new(Verifier::builder().hmac_secret(Secret::new("whsec_test")).build()?)
//!     .replay_guard(guard.clone());
//! let failed = JobMojitoWebhooks::new(
//!     Verifier::builder().shared_header("x-webhook-token", Secret::new("token")).build()?,
//! )
//! .event(ResultEvent::InterviewFailed)
//! .replay_guard(guard);
//!
//! let on_jofi = |e: VerifiedJofiEvent| async move {
//!     println!("{} {:?}", e.event.type_name(), e.event.id());
//! };
//! let app: Router = Router::new()
//!     .route("/webhooks/jofi", post(on_jofi).layer(live.layer()))
//!     .route("/webhooks/jofi-test", post(on_jofi).layer(test.layer()))
//!     .route(
//!         "/webhooks/jobmojito/failed",
//!         post(|e: VerifiedJobMojitoEvent| async move {
//!             println!("{} {:?}", e.event.name(), e.event.result_id());
//!         })
//!         .layer(failed.layer()),
//!     );
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
//! axum::serve(listener, app).await?;
//! # Ok(()) }
//! ```

mod config;
#[cfg(feature = "jobmojito")]
mod jobmojito_extractor;
#[cfg(feature = "jofi")]
mod jofi_extractor;
mod rejection;
mod router;

pub use config::DEFAULT_BODY_LIMIT;
#[cfg(feature = "jobmojito")]
pub use jobmojito_extractor::{JobMojitoWebhooks, VerifiedJobMojitoEvent};
#[cfg(feature = "jofi")]
pub use jofi_extractor::{JofiWebhooks, VerifiedJofiEvent};
pub use rejection::{RejectionReason, WebhookRejection};
#[cfg(feature = "jobmojito")]
pub use router::DEFAULT_JOBMOJITO_PATH;
#[cfg(feature = "jofi")]
pub use router::DEFAULT_JOFI_PATH;
pub use router::WebhookRouter;
