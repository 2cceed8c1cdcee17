//! The harness of the spec-conformance suite.
//!
//! Each API is tested against the server named by its environment variable, or, when the
//! variable is unset, against a `hirekit-mock` started in-process:
//!
//! | API | Variable (base URL, as the raw client takes it) |
//! |---|---|
//! | JOFI | `HIREKIT_CONFORMANCE_JOFI_URL` (e.g. `https://staging.example/api/v2`) |
//! | JobMojito Functions | `HIREKIT_CONFORMANCE_JOBMOJITO_URL` (`…/functions/v1`) |
//! | JobMojito Tables | `HIREKIT_CONFORMANCE_TABLES_URL` (the host) |
//!
//! Credentials for an external server come from `HIREKIT_CONFORMANCE_JOFI_KEY`,
//! `HIREKIT_CONFORMANCE_JOBMOJITO_TOKEN`, `HIREKIT_CONFORMANCE_TABLES_EMAIL`,
//! `HIREKIT_CONFORMANCE_TABLES_PASSWORD` and `HIREKIT_CONFORMANCE_TABLES_ANON_KEY`. Tests that
//! need the mock's control endpoints (to accept an invitation, inject a fault…) skip when the
//! target is external: [`Target::control`] is `None` there.

mod schema_types;

use std::time::Duration;

use hirekit_mock::MockServer;
use serde_json::Value;

pub use hirekit_mock;

/// The test key used against the embedded mock.
pub const MOCK_JOFI_KEY: &str = "sk_test_conformance";
/// The bearer token used against the embedded mock's Functions API: the mock's demo token,
/// which it accepts without a sign-in.
pub const MOCK_JOBMOJITO_TOKEN: &str = hirekit_mock::config::DEMO_TOKEN;

/// Which API a target serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// JOFI API v2.
    Jofi,
    /// JobMojito Functions.
    Jobmojito,
    /// JobMojito Tables and Supabase auth.
    Tables,
}

impl Which {
    fn variable(self) -> &'static str {
        match self {
            Which::Jofi => "HIREKIT_CONFORMANCE_JOFI_URL",
            Which::Jobmojito => "HIREKIT_CONFORMANCE_JOBMOJITO_URL",
            Which::Tables => "HIREKIT_CONFORMANCE_TABLES_URL",
        }
    }
}

/// The server under test for one API.
#[derive(Debug)]
pub struct Target {
    /// The base URL the raw client takes.
    pub base_url: String,
    mock: Option<MockServer>,
    http: reqwest::Client,
}

/// The control endpoints of an embedded mock.
#[derive(Debug, Clone)]
pub struct Control {
    root: String,
    http: reqwest::Client,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

impl Target {
    /// The target for `which`: the external server its variable names, or a fresh mock.
    pub async fn new(which: Which) -> Target {
        hirekit_mock::install_crypto_provider();
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .expect("a plain reqwest client builds");
        if let Some(base_url) = env(which.variable()) {
            return Target {
                base_url,
                mock: None,
                http,
            };
        }
        let mock = MockServer::start().await.expect("the embedded mock starts");
        let base_url = match which {
            Which::Jofi => mock.jofi_url(),
            Which::Jobmojito => mock.functions_url(),
            Which::Tables => mock.tables_url(),
        };
        Target {
            base_url,
            mock: Some(mock),
            http,
        }
    }

    /// The embedded mock, or `None` against an external server.
    pub fn mock(&self) -> Option<&MockServer> {
        self.mock.as_ref()
    }

    /// The mock's control endpoints, or `None` against an external server (tests that need
    /// them return early there).
    pub fn control(&self) -> Option<Control> {
        self.mock.as_ref().map(|mock| Control {
            root: format!("{}/__mock", mock.base_url()),
            http: self.http.clone(),
        })
    }

    /// A reqwest client that sends `Authorization: Bearer <token>` (and any extra headers).
    pub fn http_with(&self, token: Option<&str>, extra: &[(&str, &str)]) -> reqwest::Client {
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(token) = token {
            headers.insert(
                reqwest::header::AUTHORIZATION,
                format!("Bearer {token}")
                    .parse()
                    .expect("a token is a valid header value"),
            );
        }
        for (name, value) in extra {
            headers.insert(
                reqwest::header::HeaderName::from_bytes(name.as_bytes())
                    .expect("valid header name"),
                value.parse().expect("valid header value"),
            );
        }
        reqwest::Client::builder()
            .default_headers(headers)
            .timeout(Duration::from_secs(30))
            .build()
            .expect("a reqwest client with default headers builds")
    }

    /// The JOFI key: the environment's, or the mock's test key.
    pub fn jofi_key(&self) -> String {
        env("HIREKIT_CONFORMANCE_JOFI_KEY").unwrap_or_else(|| MOCK_JOFI_KEY.to_string())
    }

    /// A raw JOFI client authenticated with [`Target::jofi_key`].
    pub fn jofi(&self) -> jofi_raw::Client {
        let http = self.http_with(Some(&self.jofi_key()), &[]);
        jofi_raw::Client::new_with_client(&self.base_url, http)
    }

    /// The JobMojito token: the environment's, or the mock's demo token.
    pub fn jobmojito_token(&self) -> String {
        env("HIREKIT_CONFORMANCE_JOBMOJITO_TOKEN")
            .unwrap_or_else(|| MOCK_JOBMOJITO_TOKEN.to_string())
    }

    /// A raw JobMojito Functions client.
    pub fn jobmojito(&self) -> jobmojito_raw::functions::Client {
        let http = self.http_with(Some(&self.jobmojito_token()), &[]);
        jobmojito_raw::functions::Client::new_with_client(&self.base_url, http)
    }

    /// The anon key for `/auth/v1` and `/rest/v1`.
    pub fn anon_key(&self) -> String {
        env("HIREKIT_CONFORMANCE_TABLES_ANON_KEY")
            .unwrap_or_else(|| hirekit_mock::config::DEFAULT_ANON_KEY.to_string())
    }

    /// Sign-in credentials for the Tables API.
    pub fn tables_credentials(&self) -> (String, String) {
        (
            env("HIREKIT_CONFORMANCE_TABLES_EMAIL")
                .unwrap_or_else(|| hirekit_mock::config::DEFAULT_USER_EMAIL.to_string()),
            env("HIREKIT_CONFORMANCE_TABLES_PASSWORD")
                .unwrap_or_else(|| hirekit_mock::config::DEFAULT_USER_PASSWORD.to_string()),
        )
    }

    /// A raw Supabase auth client (sign-in and refresh), without credentials: each call
    /// takes the anon key as its `apikey` parameter.
    pub fn auth(&self) -> jobmojito_raw::auth::Client {
        let http = self.http_with(None, &[]);
        jobmojito_raw::auth::Client::new_with_client(&self.base_url, http)
    }

    /// A raw Tables client that sends the anon key and, when given, a user token.
    pub fn tables(&self, access_token: Option<&str>) -> jobmojito_raw::tables::Client {
        let anon = self.anon_key();
        let http = self.http_with(access_token, &[("apikey", anon.as_str())]);
        jobmojito_raw::tables::Client::new_with_client(&self.base_url, http)
    }
}

impl Control {
    /// Sends a control request and returns the status and JSON body.
    pub async fn call(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("valid method");
        let reads_only = method == reqwest::Method::GET;
        let mut request = self.http.request(
            method,
            format!("{}/{}", self.root, path.trim_start_matches('/')),
        );
        if let Some(body) = body {
            request = request.json(&body);
        } else if !reads_only {
            // The mock refuses a state-changing control request without the JSON content
            // type, body or not (a web page could otherwise send it cross-site).
            request = request.header(reqwest::header::CONTENT_TYPE, "application/json");
        }
        let response = request
            .send()
            .await
            .expect("the mock answers control requests");
        let status = response.status().as_u16();
        let body = response.json().await.unwrap_or(Value::Null);
        (status, body)
    }

    /// Like [`Control::call`], but panics unless the status is 2xx; returns the body.
    pub async fn ok(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (status, value) = self.call(method, path, body).await;
        assert!(
            (200..300).contains(&status),
            "control {path} answered {status}: {value}"
        );
        value
    }

    /// How many requests for an operation the mock has received.
    pub async fn count(&self, operation_id: &str) -> u64 {
        let body = self
            .ok(
                "GET",
                &format!("requests?operation_id={operation_id}"),
                None,
            )
            .await;
        body["count"].as_u64().unwrap_or(0)
    }
}
