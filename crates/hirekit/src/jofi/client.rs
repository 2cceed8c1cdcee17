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

/// A JOFI API v2 client. Cheap to clone; clones share connections.
///
/// ```no_run
/// # async fn demo() -> hirekit::Result<()> {
/// let jofi = hirekit::jofi::Client::new("sk_test_…")?;
/// let teams = jofi.teams().list().await?;
/// println!("{} teams ({:?} mode)", teams.data.len(), jofi.mode());
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
}

impl ClientBuilder {
    /// Sets the options (base URL, timeouts, retries, HTTP client).
    #[must_use]
    pub fn options(mut self, options: ClientOptions) -> Self {
        self.options = options;
        self
    }

    /// Refuses a live key: for test suites that must never touch production data.
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
            .with_field("api_key"));
        }
        let (http, transport) = self
            .options
            .transport(Arc::new(BearerKey::new(key.secret())?))?;
        let base_url = self
            .options
            .base_url
            .clone()
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
        }
    }

    /// A client from the environment: `JOFI_API_KEY` (required) and `JOFI_BASE_URL`
    /// (optional, e.g. the mock's URL).
    pub fn from_env() -> Result<Self> {
        Self::from_env_with(ClientOptions::default())
    }

    /// Like [`Client::from_env`], starting from `options`.
    pub fn from_env_with(options: ClientOptions) -> Result<Self> {
        let key = std::env::var("JOFI_API_KEY").map_err(|_| {
            Error::new(ErrorKind::Config, "JOFI_API_KEY is not set").with_field("JOFI_API_KEY")
        })?;
        let options = match std::env::var("JOFI_BASE_URL") {
            Ok(url) if !url.is_empty() => options.base_url(url),
            _ => options,
        };
        Self::builder(key).options(options).build()
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
