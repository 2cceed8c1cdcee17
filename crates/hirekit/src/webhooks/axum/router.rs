//! One call for a whole webhook receiver: a router with a route per vendor (or per JobMojito
//! event), each with its own configuration, handing the typed event to an async handler.

use std::collections::HashSet;
use std::fmt;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::MethodRouter;
use futures_util::FutureExt as _;

use super::config::Release;
use crate::webhooks::{InMemoryReplayGuard, ReplayGuard};
use crate::{Error, ErrorKind, Result};

#[cfg(feature = "jobmojito")]
use super::jobmojito_extractor::{JobMojitoWebhooks, VerifiedJobMojitoEvent};
#[cfg(feature = "jofi")]
use super::jofi_extractor::{JofiWebhooks, VerifiedJofiEvent};
#[cfg(feature = "jobmojito")]
use crate::webhooks::jobmojito::{self, ResultEvent};
#[cfg(feature = "jofi")]
use crate::webhooks::jofi;

/// Where [`WebhookRouter::jofi`] puts the JOFI route.
#[cfg(feature = "jofi")]
pub const DEFAULT_JOFI_PATH: &str = "/webhooks/jofi";

/// Where [`WebhookRouter::jobmojito`] puts the JobMojito route; the per-event routes of
/// [`WebhookRouter::jobmojito_event`] go under it, at `/webhooks/jobmojito/<event>`.
#[cfg(feature = "jobmojito")]
pub const DEFAULT_JOBMOJITO_PATH: &str = "/webhooks/jobmojito";

/// Builds an [`axum::Router`] receiving both vendors' webhooks: each route verifies, parses
/// and deduplicates exactly like the extractors, then calls your async handler with the typed
/// event.
///
/// * **Paths**: [`jofi`](Self::jofi) and [`jobmojito`](Self::jobmojito) use
///   [`DEFAULT_JOFI_PATH`] and [`DEFAULT_JOBMOJITO_PATH`];
///   [`jobmojito_event`](Self::jobmojito_event) mounts one route per JobMojito event; the
///   `_at` forms take any literal path. Add as many routes as you like, each with its own
///   configuration (secrets, accepted events, body limit).
/// * **Replay guard**: routes whose configuration has none share one, by default an
///   [`InMemoryReplayGuard`]; set it with [`replay_guard`](Self::replay_guard), or turn it off
///   with [`without_replay_guard`](Self::without_replay_guard) when you deduplicate in your own
///   store. A delivery the guard has seen answers 200, a guard that cannot decide 503, an id it
///   refuses 422: the table in the [module documentation](super) holds for every route.
/// * **Handlers** answer whatever implements [`IntoResponse`] (`()` is a 200). An answer that
///   is not a 2xx, or a handler that panics (answered 500), does not acknowledge the delivery,
///   so it is forgotten in the guard and the vendor's retry reaches the handler again.
///
/// [`into_router`](Self::into_router) checks the paths, so a mistake is an error at startup,
/// never a panic.
///
/// ```no_run
/// # #[cfg(all(feature = "jofi", feature = "jobmojito"))]
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use hirekit::Secret;
/// use hirekit::webhooks::{Verifier, axum::WebhookRouter, jobmojito, jofi};
///
/// let app = WebhookRouter::new()
///     .jofi(
///         Verifier::builder().hmac_secret(Secret::new("whsec")).build()?,
///         |event: jofi::Event| async move { println!("{} {:?}", event.type_name(), event.id()) },
///     )
///     .jobmojito(
///         Verifier::builder().shared_header("x-webhook-token", Secret::new("token")).build()?,
///         |event: jobmojito::Event| async move { println!("{}", event.name()) },
///     )
///     .into_router()?;
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
/// axum::serve(listener, app).await?;
/// # Ok(()) }
/// ```
#[must_use = "a WebhookRouter does nothing until `into_router` is called"]
pub struct WebhookRouter {
    guard: Guard,
    routes: Vec<PendingRoute>,
}

enum Guard {
    InMemory,
    Shared(Arc<dyn ReplayGuard>),
    Off,
}

/// Makes a route's handler once the router's replay guard is known.
type BuildRoute = Box<dyn FnOnce(Option<Arc<dyn ReplayGuard>>) -> MethodRouter + Send>;

/// A route waiting for the router's replay guard.
struct PendingRoute {
    path: String,
    vendor: &'static str,
    build: BuildRoute,
}

impl Default for WebhookRouter {
    fn default() -> Self {
        WebhookRouter::new()
    }
}

impl WebhookRouter {
    /// A router without routes, with an in-memory replay guard for the routes to come.
    pub fn new() -> Self {
        WebhookRouter {
            guard: Guard::InMemory,
            routes: Vec::new(),
        }
    }

    /// The replay guard of every route whose configuration has none of its own; one shared
    /// store is what deduplicates across several processes.
    pub fn replay_guard(mut self, guard: Arc<dyn ReplayGuard>) -> Self {
        self.guard = Guard::Shared(guard);
        self
    }

    /// No replay guard for the routes without their own: every delivery reaches the handler,
    /// retries included (deduplicate in your own store then).
    pub fn without_replay_guard(mut self) -> Self {
        self.guard = Guard::Off;
        self
    }

    /// Receives JOFI events at [`DEFAULT_JOFI_PATH`], checked with `config` (a
    /// [`Verifier`](crate::webhooks::Verifier) or a [`JofiWebhooks`]), and calls `handler`
    /// with each new event.
    #[cfg(feature = "jofi")]
    pub fn jofi<H, Fut, R>(self, config: impl Into<JofiWebhooks>, handler: H) -> Self
    where
        H: Fn(jofi::Event) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = R> + Send + 'static,
        R: IntoResponse + 'static,
    {
        self.jofi_at(DEFAULT_JOFI_PATH, config, handler)
    }

    /// [`jofi`](Self::jofi) at `path`, e.g. a second endpoint with another secret (JOFI's
    /// test webhook URL).
    #[cfg(feature = "jofi")]
    pub fn jofi_at<H, Fut, R>(
        self,
        path: impl Into<String>,
        config: impl Into<JofiWebhooks>,
        handler: H,
    ) -> Self
    where
        H: Fn(jofi::Event) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = R> + Send + 'static,
        R: IntoResponse + 'static,
    {
        let mut config = config.into();
        self.push_route(path.into(), "JOFI", move |guard| {
            config.0.guard_or(guard);
            axum::routing::post(move |delivery: VerifiedJofiEvent| {
                let (event, release) = delivery.into_parts();
                answer(handler.clone(), event, release)
            })
            .layer(config.layer())
        })
    }

    /// Receives JobMojito deliveries at [`DEFAULT_JOBMOJITO_PATH`], checked with `config` (a
    /// [`Verifier`](crate::webhooks::Verifier) or a [`JobMojitoWebhooks`], which may restrict
    /// the event types), and calls `handler` with each new one.
    #[cfg(feature = "jobmojito")]
    pub fn jobmojito<H, Fut, R>(self, config: impl Into<JobMojitoWebhooks>, handler: H) -> Self
    where
        H: Fn(jobmojito::Event) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = R> + Send + 'static,
        R: IntoResponse + 'static,
    {
        self.jobmojito_at(DEFAULT_JOBMOJITO_PATH, config, handler)
    }

    /// A route for the URL of one JobMojito subscription: at
    /// `/webhooks/jobmojito/<event>` (e.g. `/webhooks/jobmojito/interview_failed`), accepting
    /// `event` only (see [`JobMojitoWebhooks::event`]; a delivery of another type is refused
    /// with 422). Use [`jobmojito_at`](Self::jobmojito_at) with
    /// [`JobMojitoWebhooks::event`] for another path.
    #[cfg(feature = "jobmojito")]
    pub fn jobmojito_event<H, Fut, R>(
        self,
        event: ResultEvent,
        config: impl Into<JobMojitoWebhooks>,
        handler: H,
    ) -> Self
    where
        H: Fn(jobmojito::Event) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = R> + Send + 'static,
        R: IntoResponse + 'static,
    {
        let path = format!("{DEFAULT_JOBMOJITO_PATH}/{}", event.as_str());
        self.jobmojito_at(path, config.into().event(event), handler)
    }

    /// [`jobmojito`](Self::jobmojito) at `path`.
    #[cfg(feature = "jobmojito")]
    pub fn jobmojito_at<H, Fut, R>(
        self,
        path: impl Into<String>,
        config: impl Into<JobMojitoWebhooks>,
        handler: H,
    ) -> Self
    where
        H: Fn(jobmojito::Event) -> Fut + Clone + Send + Sync + 'static,
        Fut: Future<Output = R> + Send + 'static,
        R: IntoResponse + 'static,
    {
        let mut config = config.into();
        self.push_route(path.into(), "JobMojito", move |guard| {
            config.config.guard_or(guard);
            axum::routing::post(move |delivery: VerifiedJobMojitoEvent| {
                let (event, release) = delivery.into_parts();
                answer(handler.clone(), event, release)
            })
            .layer(config.layer())
        })
    }

    /// Adds `vendor`'s route at `path`, its handler made by `build` once the router's replay
    /// guard is known (the guard `build` is given, which a configuration with its own guard
    /// ignores). The path is checked in [`into_router`](Self::into_router).
    fn push_route(
        mut self,
        path: String,
        vendor: &'static str,
        build: impl FnOnce(Option<Arc<dyn ReplayGuard>>) -> MethodRouter + Send + 'static,
    ) -> Self {
        self.routes.push(PendingRoute {
            path,
            vendor,
            build: Box::new(build),
        });
        self
    }

    /// The router, once every path is checked: each must be a literal path starting with `/`
    /// (letters, digits and `-._~/`), used once. Fails with [`ErrorKind::Config`] naming the
    /// path, or when no route was added.
    pub fn into_router(self) -> Result<Router> {
        if self.routes.is_empty() {
            return Err(Error::new(
                ErrorKind::Config,
                "the webhook router has no route: add `.jofi(…)` or `.jobmojito(…)`",
            ));
        }
        let guard: Option<Arc<dyn ReplayGuard>> = match self.guard {
            Guard::InMemory => Some(Arc::new(InMemoryReplayGuard::default())),
            Guard::Shared(guard) => Some(guard),
            Guard::Off => None,
        };
        let mut paths = HashSet::new();
        let mut router = Router::new();
        for route in self.routes {
            check_path(&route.path, route.vendor)?;
            if !paths.insert(route.path.clone()) {
                return Err(Error::new(
                    ErrorKind::Config,
                    format!(
                        "two webhook routes use the path `{}` (the second is {}'s); give each \
                         its own with the `_at` form",
                        route.path, route.vendor
                    ),
                )
                .with_field("path"));
            }
            router = router.route(&route.path, (route.build)(guard.clone()));
        }
        Ok(router)
    }
}

impl fmt::Debug for WebhookRouter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Paths and vendors only: the configurations hold the secrets.
        let routes: Vec<_> = self
            .routes
            .iter()
            .map(|r| format!("{} {}", r.vendor, r.path))
            .collect();
        let guard = match self.guard {
            Guard::InMemory => "in memory",
            Guard::Shared(_) => "shared",
            Guard::Off => "off",
        };
        f.debug_struct("WebhookRouter")
            .field("routes", &routes)
            .field("replay_guard", &guard)
            .finish()
    }
}

/// Refuses what axum would panic on (no leading `/`, captures, wildcards) and anything else
/// that is not a plain literal path.
fn check_path(path: &str, vendor: &str) -> Result<()> {
    let literal = path.starts_with('/')
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~/".contains(c));
    if literal {
        return Ok(());
    }
    Err(Error::new(
        ErrorKind::Config,
        format!(
            "the {vendor} webhook path `{path}` is not a literal path starting with `/` \
             (letters, digits and `-._~/` only)"
        ),
    )
    .with_field("path"))
}

/// Runs the handler and tells the guard whether the delivery was acknowledged.
async fn answer<H, E, Fut, R>(handler: H, event: E, release: Release) -> Response
where
    H: FnOnce(E) -> Fut,
    Fut: Future<Output = R>,
    R: IntoResponse,
{
    // The handler is the application's code: a panic there must not leave the delivery
    // remembered as handled, or the vendor's retry would be acknowledged as a duplicate.
    match AssertUnwindSafe(async move { handler(event).await })
        .catch_unwind()
        .await
    {
        Ok(answer) => {
            let response = answer.into_response();
            if !response.status().is_success() {
                release.release();
            }
            response
        }
        Err(_) => {
            release.release();
            // The panic's message is the application's and may hold personal data.
            tracing::error!("a webhook handler panicked; the delivery is not acknowledged");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
