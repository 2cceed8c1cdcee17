//! The JobMojito client: credentials, configuration and the resource groups.

use std::sync::Arc;

use crate::error::{Error, ErrorKind, Result};
use crate::options::ClientOptions;
use crate::retry::RetryPolicy;
use crate::secret::Secret;
use crate::transport::{Authenticate, NoAuth, Transport};

use super::auth::{PasswordSession, StaticToken};

/// JobMojito's production host. The Functions API lives under `/functions/v1`, the Tables API
/// under `/rest/v1` and Supabase auth under `/auth/v1`.
pub const DEFAULT_BASE_URL: &str = "https://cool.jobmojito.com";

/// How the client proves who it is.
#[derive(Debug, Clone)]
enum Credentials {
    Token(Secret),
    Password { email: Secret, password: Secret },
}

/// A JobMojito client for the Functions API (and, with the `tables` feature, the Tables API).
/// Cheap to clone; clones share connections and the session.
///
/// ```no_run
/// # async fn demo() -> hirekit::Result<()> {
/// use hirekit::jobmojito::Client;
///
/// // An API key or JWT:
/// let jm = Client::new("eyJhbGciOi…")?;
/// // Or a merchant user's email and password, with the project's anon key:
/// let jm = Client::builder()
///     .password("recruiter@example.com", "…")
///     .anon_key("…")
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct Client {
    pub(crate) raw: jobmojito_raw::functions::Client,
    #[cfg(feature = "tables")]
    pub(crate) raw_tables: jobmojito_raw::tables::Client,
    #[cfg_attr(not(feature = "tables"), allow(dead_code))]
    pub(crate) anon_key: Option<Secret>,
    /// Sends every operation: credentials, retries, limits, tracing.
    pub(crate) transport: Transport,
    /// Fetches documents behind signed links (no credentials; follows redirects).
    pub(crate) download_http: reqwest::Client,
    /// `<host>/functions/v1`.
    pub(crate) functions_url: String,
}

/// Builds a [`Client`].
///
/// ```
/// let error = hirekit::jobmojito::Client::builder()
///     .password("recruiter@example.com", "secret")
///     .build()
///     .expect_err("password sign-in needs the anon key");
/// assert_eq!(error.field(), Some("anon_key"));
/// assert!(!format!("{error:?}").contains("secret"));
/// ```
#[derive(Debug, Default)]
pub struct ClientBuilder {
    credentials: Option<Credentials>,
    anon_key: Option<Secret>,
    options: ClientOptions,
}

impl ClientBuilder {
    /// Authenticates with an API key or JWT, sent as `Authorization: Bearer`.
    #[must_use]
    pub fn token(mut self, token: impl Into<Secret>) -> Self {
        self.credentials = Some(Credentials::Token(token.into()));
        self
    }

    /// Authenticates as a merchant user through Supabase password sign-in; the session is
    /// renewed automatically. Needs [`ClientBuilder::anon_key`].
    #[must_use]
    pub fn password(mut self, email: impl Into<Secret>, password: impl Into<Secret>) -> Self {
        self.credentials = Some(Credentials::Password {
            email: email.into(),
            password: password.into(),
        });
        self
    }

    /// The Supabase project's anon key, sent as the `apikey` header.
    #[must_use]
    pub fn anon_key(mut self, anon_key: impl Into<Secret>) -> Self {
        self.anon_key = Some(anon_key.into());
        self
    }

    /// Sets the options. Their base URL is the host (e.g. `http://127.0.0.1:4010` for the
    /// mock), not the Functions path.
    #[must_use]
    pub fn options(mut self, options: ClientOptions) -> Self {
        self.options = options;
        self
    }

    /// Builds the client; fails on missing or malformed credentials. Nothing is sent: a
    /// password session starts with the first request.
    pub fn build(self) -> Result<Client> {
        let base = self
            .options
            .base_url
            .clone()
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        ClientOptions::check_base_url(&base)?;
        let anon_key = self.anon_key.filter(|k| !k.is_empty());
        let auth: Arc<dyn Authenticate> = match self.credentials {
            None => {
                return Err(Error::new(
                    ErrorKind::Config,
                    "JobMojito needs a token, or an email and password",
                )
                .with_field("credentials"));
            }
            Some(Credentials::Token(token)) => {
                if token.is_empty() {
                    return Err(
                        Error::new(ErrorKind::Config, "the JobMojito token is empty")
                            .with_field("token"),
                    );
                }
                Arc::new(StaticToken::new(&token, anon_key.as_ref())?)
            }
            Some(Credentials::Password { email, password }) => {
                let Some(anon) = anon_key.clone() else {
                    return Err(Error::new(
                        ErrorKind::Config,
                        "password sign-in needs the project's anon key",
                    )
                    .with_field("anon_key"));
                };
                if email.is_empty() || password.is_empty() {
                    return Err(
                        Error::new(ErrorKind::Config, "the email or password is empty")
                            .with_field("password"),
                    );
                }
                let (http, signer_transport) = self.options.transport(Arc::new(NoAuth))?;
                let signer = jobmojito_raw::auth::Client::new_with_client(&base, http);
                Arc::new(PasswordSession::new(
                    email,
                    password,
                    anon,
                    signer,
                    signer_transport,
                )?)
            }
        };
        let (http, transport) = self.options.transport(auth)?;
        let functions_url = format!("{base}/functions/v1");
        Ok(Client {
            raw: jobmojito_raw::functions::Client::new_with_client(&functions_url, http.clone()),
            #[cfg(feature = "tables")]
            raw_tables: jobmojito_raw::tables::Client::new_with_client(&base, http),
            anon_key,
            transport,
            download_http: self.options.build_download_http()?,
            functions_url,
        })
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Client {
    /// A client authenticated with an API key or JWT, with default options.
    pub fn new(token: impl Into<Secret>) -> Result<Self> {
        Self::builder().token(token).build()
    }

    /// A builder for a client with other credentials or options.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from the environment: `JOBMOJITO_API_KEY`, or `JOBMOJITO_EMAIL` and
    /// `JOBMOJITO_PASSWORD`; `JOBMOJITO_ANON_KEY` (needed for password sign-in and the Tables
    /// API); `JOBMOJITO_BASE_URL` (optional, the host).
    pub fn from_env() -> Result<Self> {
        Self::from_env_with(ClientOptions::default())
    }

    /// Like [`Client::from_env`], starting from `options`.
    pub fn from_env_with(options: ClientOptions) -> Result<Self> {
        let mut builder = Self::builder();
        builder = match (
            env("JOBMOJITO_API_KEY"),
            env("JOBMOJITO_EMAIL"),
            env("JOBMOJITO_PASSWORD"),
        ) {
            (Some(token), _, _) => builder.token(token),
            (None, Some(email), Some(password)) => builder.password(email, password),
            _ => {
                return Err(Error::new(
                    ErrorKind::Config,
                    "set JOBMOJITO_API_KEY, or JOBMOJITO_EMAIL and JOBMOJITO_PASSWORD",
                )
                .with_field("JOBMOJITO_API_KEY"));
            }
        };
        if let Some(anon) = env("JOBMOJITO_ANON_KEY") {
            builder = builder.anon_key(anon);
        }
        let options = match env("JOBMOJITO_BASE_URL") {
            Some(url) => options.base_url(url),
            None => options,
        };
        builder.options(options).build()
    }

    /// A client whose calls use `policy` instead of the configured retry policy. It shares this
    /// client's connections, credentials and retry budget: its retries draw from the same
    /// bucket, whatever `policy`'s own budget setting (see
    /// [`RetryPolicy::with_retry_budget`]).
    #[must_use]
    pub fn with_retry(&self, policy: RetryPolicy) -> Self {
        Client {
            transport: self.transport.with_policy(policy),
            ..self.clone()
        }
    }

    /// Sends a handwritten request (a multipart upload) for `route` through the same
    /// transport as the generated calls: credentials, retries, limits, tracing. `request` is
    /// built against [`Client::functions_url`]; its body must be bytes (not a stream) so that
    /// a connection failure before sending can be retried.
    pub(crate) async fn send_handwritten(
        &self,
        route: &'static hirekit_runtime::Route,
        request: reqwest::Request,
    ) -> Result<hirekit_runtime::Answer> {
        self.transport.execute(route, request).await
    }

    /// The anon key, which every Tables call sends as `apikey`.
    #[cfg(feature = "tables")]
    pub(crate) fn anon_key(&self) -> Result<&str> {
        self.anon_key.as_ref().map(Secret::expose).ok_or_else(|| {
            Error::new(
                ErrorKind::Config,
                "the Tables API needs the project's anon key",
            )
            .with_field("anon_key")
        })
    }
}
