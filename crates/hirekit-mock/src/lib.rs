//! hirekit-mock: a stateful local server for the JobMojito and JOFI APIs.
//!
//! It serves every operation of hirekit's three specs on one loopback port, under the vendors'
//! own path prefixes, so a client moves from the real service to the mock by changing only the
//! host:
//!
//! | API | Prefix |
//! |---|---|
//! | JOFI API v2 | `/api/v2` |
//! | JobMojito Functions | `/functions/v1` |
//! | JobMojito Tables (PostgREST) | `/rest/v1` |
//! | Supabase auth | `/auth/v1` |
//!
//! Every request is validated against its operation in the spec (parameters, headers, JSON
//! body) and every answer is checked against the declared response before it is sent; a
//! mismatch is a 500 that names the field, so the mock cannot silently drift from the specs.
//! A method the path does not serve is a 405 whose `Allow` header lists the methods the spec
//! declares for it.
//!
//! # Credentials
//!
//! JOFI takes `sk_test_…` keys (and `sk_live_…` ones only with [`Config::allow_live_keys`]).
//! The JobMojito Functions take a Supabase access token, as the real service does: one the
//! mock's own `POST /auth/v1/token` issued and that is still live, or a demo token from
//! [`Config::demo_tokens`] (by default only [`config::DEMO_TOKEN`], `mock-demo-token`). Any
//! other bearer token gets 401 in the spec's `Error` shape. The Tables API takes the anon key
//! plus an issued token.
//!
//! # Connections
//!
//! A connection has [`Config::header_read_timeout`] (two minutes by default, see
//! [`config::DEFAULT_HEADER_READ_TIMEOUT`]) to send each request's line and headers, after
//! which the mock closes it; that also ends a keep-alive connection left idle that long.
//! Without the limit a client that sends half a request would hold its connection, and the
//! task serving it, for good.
//!
//! # Control endpoints (`/__mock/`)
//!
//! They take no credentials, so any web page open in the developer's browser could reach them.
//! A browser sends a cross-site POST without asking first only with a "simple" content type
//! (none, `text/plain` or a form), so every control request except `GET` must carry
//! `Content-Type: application/json`, even one without a body (`POST /__mock/reset` too);
//! anything else gets 415 `{"error", "required_content_type": "application/json"}`. A JSON
//! content type makes the browser ask first (a CORS preflight), and the mock grants none.
//! `curl -X POST -H 'Content-Type: application/json' http://127.0.0.1:4010/__mock/reset`
//! resets a mock started from the command line.
//!
//! Each has a typed method on [`MockServer::control`] (in this process, without HTTP) and on
//! [`control_client::ControlClient::remote`] (for a mock started elsewhere), which return
//! typed answers such as the created test taker's id or the result's id.
//!
//! | Method and path | Effect |
//! |---|---|
//! | `GET /__mock/health` | `{"ok": true}` |
//! | `POST /__mock/reset` | forget every record, fault, logged request and delivery |
//! | `GET /__mock/stats` | accepted connections, requests, created records per vendor |
//! | `POST /__mock/faults` | add a fault ([`faults::FaultSpec`] as JSON), answers `{id}` |
//! | `GET /__mock/faults` / `DELETE /__mock/faults` | list faults with hit counts / clear them |
//! | `GET /__mock/requests?operation_id=…` or `?method=…&path=…` | how many requests arrived |
//! | `PUT /__mock/webhooks/{jofi,jobmojito}` | set the receiver ([`webhooks::Receiver`]) |
//! | `DELETE /__mock/webhooks/{jofi,jobmojito}` | remove it |
//! | `GET /__mock/webhooks/deliveries` / `GET /__mock/webhooks/events` | what was delivered / emitted |
//! | `POST /__mock/jofi/invitations/{id}/accept` | the participant accepts: creates the test taker, emits `invitation.accepted` and `test_taker.created` |
//! | `POST /__mock/jofi/test-takers/{id}/complete` | completes assessments (`{"assessments": [6]}`, default all), filling the scorecard; emits `test_taker.assessment_completed` each |
//! | `POST /__mock/jofi/career-navigation-profiles` | creates a profile for `{"test_taker_id"}` or `{"email"}`; emits `career_navigation_profile.created` |
//! | `POST /__mock/jofi/seed` | creates `{"invitations": n}` at once (optionally `accept`, `complete`, `profiles`, `mode`), without events |
//! | `POST /__mock/jobmojito/revoke` | end the session of `{"token"}`: its later requests get 401 |
//! | `POST /__mock/jobmojito/results` | create or advance a result (`{"interview_id" or "result_id", "outcome": "collected"\|"result"\|"failed"}`); emits `interview_collected` / `interview_result` / `interview_failed` ([`functions::events`]) |
//! | `POST /__mock/jobmojito/results/seed` | add `{"count": n}` finished results to `{"interview_id"}` at once, stored compactly, without events |
//! | `GET /__mock/jobmojito/reports/<id>.pdf` | the PDF bytes a `pdf_export_url` of `/job-interview-pdf` points at |
//! | `/__mock/jofi/…`, `/__mock/jobmojito/…`, `/__mock/tables/…` | vendor state changes (see each module) |
//! | `POST /__mock/tables/expire` | expire every Supabase access token issued so far (401, then refresh) |
//! | `POST /__mock/tables/<table>/rows` / `GET …` | store rows (JSON array; `id`, `created_at` filled in) / list a table's rows ([`tables`]) |

pub mod call;
pub mod config;
pub mod conform;
pub mod control;
pub mod control_client;
pub mod faults;
pub mod functions;
pub mod jofi;
pub mod log;
pub mod multipart;
pub mod reply;
pub mod router;
pub mod schema;
pub mod server;
pub mod shared;
pub mod tables;
pub mod validate;
pub mod webhooks;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use hirekit_spec::{BuiltIn, Spec};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use config::Config;
pub use router::Api;

use shared::{ApiSpec, Shared};

/// The specs built into the mock, so it runs without the workspace around it (a test in
/// this file checks each text is the file its [`BuiltIn`] names).
const BUILT_IN: [(Api, BuiltIn, &str); 3] = [
    (Api::Jofi, BuiltIn::Jofi, include_str!("../specs/jofi.yaml")),
    (
        Api::Functions,
        BuiltIn::JobMojito,
        include_str!("../specs/jobmojito.yaml"),
    ),
    (
        Api::Tables,
        BuiltIn::JobMojitoTables,
        include_str!("../specs/jobmojito-tables.yaml"),
    ),
];

/// Installs rustls' ring provider as the process default, unless one is installed already.
///
/// In a build where reqwest's `rustls-no-provider` feature is on (hirekit turns it on, to use
/// ring instead of aws-lc), every `reqwest::Client` needs a process-wide provider, even one
/// that only speaks plain HTTP as the mock's webhook sender does. Call this before building a
/// reqwest client of your own in such a build; starting a mock calls it too.
pub fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Another thread may win the race; any installed provider will do.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

/// What went wrong with a spec, without its name (a [`StartError::Spec`] names the file).
fn spec_problem(error: hirekit_spec::Error) -> String {
    match error {
        hirekit_spec::Error::Read { source, .. } => source.to_string(),
        hirekit_spec::Error::Parse { message, .. } => message,
        other => other.to_string(),
    }
}

/// The built-in specs, parsed once per process: test suites start many mocks, and parsing
/// thousands of lines of YAML for each would dominate their start-up.
fn built_in_specs() -> Result<&'static [Spec], StartError> {
    static SPECS: std::sync::OnceLock<Result<Vec<Spec>, (String, String)>> =
        std::sync::OnceLock::new();
    SPECS
        .get_or_init(|| {
            BUILT_IN
                .iter()
                .map(|(_, spec, text)| {
                    let file = spec.file_name();
                    Spec::parse(file, text).map_err(|e| (file.to_string(), spec_problem(e)))
                })
                .collect()
        })
        .as_deref()
        .map_err(|(file, message)| StartError::Spec {
            file: file.clone(),
            message: message.clone(),
        })
}

/// Why a mock could not start.
#[derive(Debug)]
pub enum StartError {
    /// A spec could not be read or parsed.
    Spec {
        /// The spec's file name.
        file: String,
        /// What went wrong.
        message: String,
    },
    /// The listener could not be bound.
    Bind(std::io::Error),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Spec { file, message } => write!(f, "cannot load spec {file}: {message}"),
            StartError::Bind(e) => write!(f, "cannot listen: {e}"),
        }
    }
}

impl std::error::Error for StartError {}

/// A running mock server. Dropping it stops the server too; [`MockServer::shutdown`] also
/// waits until every connection is closed.
#[derive(Debug)]
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl MockServer {
    /// Starts a mock with default settings on `127.0.0.1` and a free port.
    pub async fn start() -> Result<Self, StartError> {
        Self::start_with(Config::default(), 0).await
    }

    /// Starts a mock with `config` on `127.0.0.1:port` (`0` picks a free port).
    pub async fn start_with(config: Config, port: u16) -> Result<Self, StartError> {
        install_crypto_provider();
        let mut apis = BTreeMap::new();
        let mut router = router::Router::default();
        for (index, (api, built_in, _)) in BUILT_IN.iter().enumerate() {
            let file = built_in.file_name();
            let spec = match &config.specs_dir {
                Some(dir) => Spec::load(&dir.join(file), file).map_err(|e| StartError::Spec {
                    file: file.to_string(),
                    message: spec_problem(e),
                })?,
                None => built_in_specs()?[index].clone(),
            };
            router.add_spec(*api, &spec);
            let schemas = schema::SchemaSet::new(&spec);
            apis.insert(*api, ApiSpec { spec, schemas });
        }
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(StartError::Bind)?;
        let addr = listener.local_addr().map_err(StartError::Bind)?;
        let shared = Arc::new(Shared {
            config,
            apis,
            router,
            jofi: Mutex::default(),
            functions: Mutex::default(),
            tables: Mutex::default(),
            faults: Mutex::default(),
            log: Mutex::default(),
            webhooks: webhooks::Webhooks::default(),
            counters: shared::Counters::default(),
            base_url: format!("http://{addr}"),
        });
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(server::serve(listener, shared.clone(), stopped));
        Ok(MockServer {
            addr,
            shared,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>`: the host part every API shares.
    pub fn base_url(&self) -> String {
        self.shared.base_url.clone()
    }

    /// The JOFI base URL (`…/api/v2`).
    pub fn jofi_url(&self) -> String {
        format!("{}/api/v2", self.shared.base_url)
    }

    /// The JobMojito Functions base URL (`…/functions/v1`).
    pub fn functions_url(&self) -> String {
        format!("{}/functions/v1", self.shared.base_url)
    }

    /// The JobMojito Tables and Supabase auth base URL (the host; paths carry `/rest/v1` and
    /// `/auth/v1`).
    pub fn tables_url(&self) -> String {
        self.shared.base_url.clone()
    }

    /// A typed client for this server's control endpoints, calling their handlers directly
    /// (no HTTP): accept an invitation, complete assessments, finish an interview, add
    /// faults, set webhook receivers, read counts. See [`control_client`].
    pub fn control(&self) -> control_client::ControlClient {
        control_client::ControlClient::in_process(self.shared.clone())
    }

    /// The server's state, for tests that inspect it directly.
    pub fn shared(&self) -> &Shared {
        &self.shared
    }

    /// Stops accepting, closes every connection and waits until the server is gone.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_texts_are_the_workspace_specs() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let listed: Vec<BuiltIn> = BUILT_IN.iter().map(|(_, spec, _)| *spec).collect();
        assert_eq!(listed, BuiltIn::ALL);
        for (_, spec, text) in BUILT_IN {
            let on_disk = std::fs::read_to_string(spec.path(&root)).expect("readable");
            assert!(
                on_disk == text,
                "{} is not the built-in text",
                spec.file_name()
            );
        }
    }
}
