//! The JOFI client: construction, configuration and the resource groups.

use std::sync::Arc;

use crate::error::{Error, ErrorKind, Result};
use crate::options::ClientOptions;
use crate::retry::RetryPolicy;
use crate::secret::Secret;
use crate::transport::Transport;

use super::auth::BearerKey;
use super::key::{ApiKey, Mode};

/// JOFI's production base URL (live and test keys share it).
pub const DEFAULT_BASE_URL: &str = "https://www.jofiscore.com/api/v2";

/// An environment variable's value; an empty one counts as unset.
fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A JOFI API v2 client. Cheap to clone; clones share connections.
///
/// ```no_run
/// # async fn demo() -> hirekit::Result<()> {
/// let jofi = hirekit::jofi::Client::new("sk_test_…")?;
/// let teams = jofi.teams().list().await?;
/// println!("{} teams ({:?} mode)", teams.len(), jofi.mode());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Client {
    pub(crate) raw: jofi_raw::Client,
    pub(crate) transport: Transport,
    pub(crate) mode: Mode,
}

/// Builds a [`Client`] with options.
///
/// ```
/// use hirekit::{ClientOptions, jofi};
///
/// let error = jofi::Client::builder("sk_live_abc123")
///     .refuse_live_keys()
///     .build()
///     .expect_err("live keys are refused");
/// assert!(error.to_string().contains("live"));
///
/// let client = jofi::Client::builder("sk_test_abc123")
///     .options(ClientOptions::default().base_url("http://127.0.0.1:4010/api/v2"))
///     .build()
///     .expect("a test key");
/// assert_eq!(client.mode(), jofi::Mode::Test);
/// ```
#[derive(Debug)]
pub struct ClientBuilder {
    key: Result<ApiKey>,
    options: ClientOptions,
    refuse_live: bool,
    /// Where the key came from (`api_key`, or `JOFI_API_KEY`), named by errors about it.
    key_field: &'static str,
    /// `JOFI_BASE_URL` for a builder from the environment; it wins over the options' base URL.
    env_base_url: Option<String>,
}

impl ClientBuilder {
    /// Sets the options (base URL, timeouts, retries, HTTP client).
    #[must_use]
    pub fn options(mut self, options: ClientOptions) -> Self {
        self.options = options;
        self
    }

    /// Refuses a live key: for test suites that must never touch production data. With
    /// [`Client::builder_from_env`] this makes "test keys only" one chain:
    /// `Client::builder_from_env().refuse_live_keys().build()?`.
    #[must_use]
    pub fn refuse_live_keys(mut self) -> Self {
        self.refuse_live = true;
        self
    }

    /// Builds the client. Fails on a malformed key, a refused live key, or an HTTP client that
    /// cannot be built; nothing is sent.
    pub fn build(self) -> Result<Client> {
        let key = self.key?;
        if self.refuse_live && key.mode() == Mode::Live {
            return Err(Error::new(
                ErrorKind::Config,
                "a live JOFI key was given to a client built to refuse live keys",
            )
            .with_field(self.key_field));
        }
        let (http, transport) = self
            .options
            .transport(Arc::new(BearerKey::new(key.secret())?))?;
        let base_url = self
            .env_base_url
            .or_else(|| self.options.base_url.clone())
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        ClientOptions::check_base_url(&base_url)?;
        Ok(Client {
            raw: jofi_raw::Client::new_with_client(&base_url, http),
            transport,
            mode: key.mode(),
        })
    }
}

impl Client {
    /// A client for `key` with default options.
    pub fn new(key: impl Into<Secret>) -> Result<Self> {
        Self::builder(key).build()
    }

    /// A builder for a client with options.
    pub fn builder(key: impl Into<Secret>) -> ClientBuilder {
        ClientBuilder {
            key: ApiKey::parse(key),
            options: ClientOptions::default(),
            refuse_live: false,
            key_field: "api_key",
            env_base_url: None,
        }
    }

    /// A client from the environment: `JOFI_API_KEY` (required) and `JOFI_BASE_URL`
    /// (optional, e.g. the mock's URL). To refuse live keys, use
    /// [`Client::builder_from_env`] with [`ClientBuilder::refuse_live_keys`].
    pub fn from_env() -> Result<Self> {
        Self::builder_from_env().build()
    }

    /// Like [`Client::from_env`], starting from `options`; `JOFI_BASE_URL`, when set, wins
    /// over their base URL.
    pub fn from_env_with(options: ClientOptions) -> Result<Self> {
        Self::builder_from_env().options(options).build()
    }

    /// A builder whose key comes from `JOFI_API_KEY` and whose base URL comes from
    /// `JOFI_BASE_URL` when set (winning over any [`ClientBuilder::options`] base URL), for
    /// the other settings of the builder, such as refusing live keys in a test suite.
    ///
    /// A missing, malformed or refused key is reported by [`ClientBuilder::build`] as a
    /// [`ErrorKind::Config`] error whose field is `JOFI_API_KEY`; the key itself is never
    /// repeated.
    ///
    /// ```no_run
    /// # fn demo() -> hirekit::Result<()> {
    /// // Test keys only: a `sk_live_…` key in the environment is refused before any request.
    /// let jofi = hirekit::jofi::Client::builder_from_env()
    ///     .refuse_live_keys()
    ///     .build()?;
    /// # drop(jofi); Ok(()) }
    /// ```
    pub fn builder_from_env() -> ClientBuilder {
        Self::builder_from_values(env("JOFI_API_KEY"), env("JOFI_BASE_URL"))
    }

    /// [`Client::builder_from_env`] for given values of `JOFI_API_KEY` and `JOFI_BASE_URL`,
    /// so the tests need not change the process environment.
    fn builder_from_values(key: Option<String>, base_url: Option<String>) -> ClientBuilder {
        let key =
            match key {
                Some(key) => ApiKey::parse(key).map_err(|e| e.with_field("JOFI_API_KEY")),
                None => Err(Error::new(ErrorKind::Config, "JOFI_API_KEY is not set")
                    .with_field("JOFI_API_KEY")),
            };
        ClientBuilder {
            key,
            options: ClientOptions::default(),
            refuse_live: false,
            key_field: "JOFI_API_KEY",
            env_base_url: base_url,
        }
    }

    /// Live or test, from the key's prefix.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// A client whose calls use `policy` instead of the configured retry policy. It shares this
    /// client's connections, credentials and retry budget: its retries draw from the same
    /// bucket, whatever `policy`'s own budget setting (see
    /// [`RetryPolicy::with_retry_budget`]).
    ///
    /// ```no_run
    /// # async fn demo(jofi: hirekit::jofi::Client) -> hirekit::Result<()> {
    /// use hirekit::RetryPolicy;
    /// let account = jofi.with_retry(RetryPolicy::never()).accounts().get().await?;
    /// # Ok(()) }
    /// ```
    #[must_use]
    pub fn with_retry(&self, policy: RetryPolicy) -> Self {
        Client {
            transport: self.transport.with_policy(policy),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use progenitor_client::ClientInfo as _;

    const LIVE_KEY: &str = "sk_live_abc123secretpart";

    /// The live-key refusal from the environment path: a typed `Config` error naming the key
    /// kind and the variable, never the key.
    #[test]
    fn env_builder_refuses_a_live_key() {
        let error = Client::builder_from_values(Some(LIVE_KEY.into()), None)
            .refuse_live_keys()
            .build()
            .expect_err("a live key is refused");
        assert_eq!(error.kind(), ErrorKind::Config);
        assert_eq!(error.field(), Some("JOFI_API_KEY"));
        let shown = format!("{error} {error:?}");
        assert!(shown.contains("live"), "{shown}");
        assert!(!shown.contains("abc123secretpart"), "{shown}");
    }

    /// Without the refusal a live key builds (the refusal is opt-in), and a test key builds
    /// with it; the environment's base URL wins over the options'.
    #[test]
    fn env_builder_accepts_what_it_should() {
        let live = Client::builder_from_values(Some(LIVE_KEY.into()), None)
            .build()
            .expect("live keys are allowed unless refused");
        assert_eq!(live.mode(), Mode::Live);

        let test = Client::builder_from_values(
            Some("sk_test_abc123".into()),
            Some("http://127.0.0.1:4010/api/v2".into()),
        )
        .options(ClientOptions::default().base_url("http://127.0.0.1:1/elsewhere"))
        .refuse_live_keys()
        .build()
        .expect("a test key passes the refusal");
        assert_eq!(test.mode(), Mode::Test);
        assert_eq!(test.raw.baseurl(), "http://127.0.0.1:4010/api/v2");
    }

    /// A missing or malformed key from the environment names `JOFI_API_KEY`.
    #[test]
    fn env_builder_names_the_variable_of_a_bad_key() {
        let missing = Client::builder_from_values(None, None)
            .build()
            .expect_err("no key");
        assert_eq!(missing.kind(), ErrorKind::Config);
        assert_eq!(missing.field(), Some("JOFI_API_KEY"));

        let malformed = Client::builder_from_values(Some("pk_live_abc123".into()), None)
            .build()
            .expect_err("not a secret key");
        assert_eq!(malformed.kind(), ErrorKind::Config);
        assert_eq!(malformed.field(), Some("JOFI_API_KEY"));
        assert!(!format!("{malformed:?}").contains("pk_live_abc123"));
    }

    /// The one test of the real environment wrapper. It runs in a child process given its own
    /// `JOFI_API_KEY`, so no test of this process races a change to the environment.
    #[test]
    fn builder_from_env_reads_jofi_api_key() {
        const CHILD: &str = "HIREKIT_JOFI_ENV_TEST_CHILD";
        if std::env::var_os(CHILD).is_some() {
            let error = Client::builder_from_env()
                .refuse_live_keys()
                .build()
                .expect_err("the live key in the environment is refused");
            assert_eq!(error.kind(), ErrorKind::Config);
            assert_eq!(error.field(), Some("JOFI_API_KEY"));
            assert!(!format!("{error} {error:?}").contains("abc123secretpart"));
            return;
        }
        let exe = std::env::current_exe().expect("the test binary");
        let output = std::process::Command::new(exe)
            .args([
                "--exact",
                "jofi::client::tests::builder_from_env_reads_jofi_api_key",
                "--test-threads=1",
            ])
            .env(CHILD, "1")
            .env("JOFI_API_KEY", LIVE_KEY)
            .env_remove("JOFI_BASE_URL")
            .output()
            .expect("the child test runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{stdout}");
        // Guards against a filter that matches nothing, which would pass vacuously.
        assert!(stdout.contains("1 passed"), "{stdout}");
    }
}
