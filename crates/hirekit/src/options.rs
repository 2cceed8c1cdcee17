//! Settings every client shares: base URL, timeouts, user agent, retries, body limit, and the
//! HTTP client itself.

use std::time::Duration;

use std::sync::Arc;

use crate::clock::TokioClock;
use crate::error::{Error, ErrorKind, Result};
use crate::retry::RetryPolicy;
use crate::transport::{Authenticate, Limits, Transport};

/// How a client talks to its vendor. Start from `ClientOptions::default()` and change what
/// you need.
///
/// ```
/// use std::time::Duration;
/// use hirekit::{ClientOptions, RetryPolicy};
///
/// let options = ClientOptions::default()
///     .base_url("http://127.0.0.1:4010/api/v2")
///     .request_timeout(Duration::from_secs(20))
///     .retry(RetryPolicy::default().with_max_attempts(5))
///     .max_body_bytes(8 * 1024 * 1024);
/// ```
#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub(crate) base_url: Option<String>,
    pub(crate) connect_timeout: Duration,
    pub(crate) request_timeout: Duration,
    pub(crate) slow_request_timeout: Duration,
    pub(crate) user_agent: String,
    pub(crate) http: Option<reqwest::Client>,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_body_bytes: usize,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            base_url: None,
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(60),
            // Interview creation and report rendering run AI work before they answer.
            slow_request_timeout: Duration::from_secs(300),
            user_agent: concat!("hirekit/", env!("CARGO_PKG_VERSION")).to_string(),
            http: None,
            retry: RetryPolicy::default(),
            max_body_bytes: 32 * 1024 * 1024,
        }
    }
}

impl ClientOptions {
    /// Sends requests to this base URL instead of the vendor's (the mock, a proxy, staging).
    #[must_use]
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into().trim_end_matches('/').to_string());
        self
    }

    /// How long to wait for a connection.
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long one attempt of an ordinary operation may take (default 60 s).
    #[must_use]
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// How long one attempt of a slow operation may take (default 300 s): those the spec marks
    /// `x-hirekit-timeout: slow`, such as interview creation, persona creation, reports and
    /// resume screening.
    #[must_use]
    pub fn slow_request_timeout(mut self, timeout: Duration) -> Self {
        self.slow_request_timeout = timeout;
        self
    }

    /// The `User-Agent` sent with every request.
    #[must_use]
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Uses this reqwest client (its own connect timeout, proxy and TLS settings apply; the
    /// per-request timeouts above still do).
    #[must_use]
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// The retry policy of every call (a call can override it with the client's `with_retry`).
    /// Its [retry budget](RetryPolicy::with_retry_budget) sizes the client's one budget,
    /// which every call shares.
    #[must_use]
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The largest response body read; a larger one is an error (default 32 MiB).
    #[must_use]
    pub fn max_body_bytes(mut self, bytes: usize) -> Self {
        self.max_body_bytes = bytes;
        self
    }

    /// Checks a base URL before any credential is sent to it: it must parse, and it must use
    /// `https` unless its host is this machine (`localhost`, `127.0.0.0/8`, `[::1]`: the mock,
    /// a local proxy). A key, password or token sent over plain `http` to another host could be
    /// read by anyone on the way.
    pub(crate) fn check_base_url(url: &str) -> Result<()> {
        let parsed = reqwest::Url::parse(url).map_err(|_| {
            Error::new(ErrorKind::Config, "the base URL is not a valid URL").with_field("base_url")
        })?;
        let loopback = parsed.host_str().is_some_and(|host| {
            host.eq_ignore_ascii_case("localhost")
                || host
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        });
        match parsed.scheme() {
            "https" => Ok(()),
            "http" if loopback => Ok(()),
            _ => Err(Error::new(
                ErrorKind::Config,
                "the base URL must use https (plain http only reaches this machine)",
            )
            .with_field("base_url")),
        }
    }

    /// The reqwest client to send with.
    pub(crate) fn build_http(&self) -> Result<reqwest::Client> {
        if let Some(client) = &self.http {
            return Ok(client.clone());
        }
        // API calls follow no redirect: a redirect would carry the `apikey` header and a
        // 307/308 would re-send a body holding a password, a refresh token or a candidate's
        // details to wherever it points. It is answered as an error instead.
        self.http_builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(http_client_error)
    }

    /// The client for downloads behind signed links (the PDF report): they carry no
    /// credentials, and may redirect (to a storage host) up to 5 times.
    #[cfg(feature = "jobmojito")]
    pub(crate) fn build_download_http(&self) -> Result<reqwest::Client> {
        self.http_builder()
            .redirect(reqwest::redirect::Policy::limited(5))
            .build()
            .map_err(http_client_error)
    }

    fn http_builder(&self) -> reqwest::ClientBuilder {
        crate::install_crypto_provider();
        reqwest::Client::builder()
            .connect_timeout(self.connect_timeout)
            .user_agent(self.user_agent.clone())
            // A Referer would carry the previous URL, which can hold Tables filter values.
            .referer(false)
    }

    /// The HTTP client and a transport over it with `auth`.
    pub(crate) fn transport(
        &self,
        auth: Arc<dyn Authenticate>,
    ) -> Result<(reqwest::Client, Transport)> {
        let http = self.build_http()?;
        let transport = Transport::new(
            http.clone(),
            self.retry.clone(),
            Limits {
                request_timeout: self.request_timeout,
                slow_request_timeout: self.slow_request_timeout,
                max_body_bytes: self.max_body_bytes,
            },
            auth,
            Arc::new(TokioClock),
        );
        Ok((http, transport))
    }
}

fn http_client_error(error: reqwest::Error) -> Error {
    Error::new(ErrorKind::Config, "cannot build the HTTP client").with_source(error.without_url())
}

#[cfg(test)]
mod tests {
    use super::ClientOptions;

    /// Issue 10, item 3: plain http only reaches this machine.
    #[test]
    fn plain_http_is_refused_for_other_hosts() {
        for fine in [
            "https://www.jofiscore.com/api/v2",
            "http://127.0.0.1:4010/api/v2",
            "http://127.8.0.1:4010",
            "http://localhost:4010",
            "http://[::1]:4010",
        ] {
            assert!(ClientOptions::check_base_url(fine).is_ok(), "{fine}");
        }
        for refused in [
            "http://www.jofiscore.com/api/v2",
            "http://10.0.0.5:8080",
            "http://localhost.example.com",
            "ftp://127.0.0.1",
            "not a url",
        ] {
            let error = ClientOptions::check_base_url(refused).expect_err(refused);
            assert_eq!(error.field(), Some("base_url"), "{refused}");
        }
    }
}
