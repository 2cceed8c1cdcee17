//! How a mock server is set up.

use std::path::PathBuf;
use std::time::Duration;

/// A Supabase user the mock's password sign-in accepts.
#[derive(Clone)]
pub struct User {
    /// The sign-in email.
    pub email: String,
    /// The password.
    pub password: String,
    /// The merchant the user belongs to (the `app_metadata.merchant_id` claim).
    pub merchant_id: String,
}

impl std::fmt::Debug for User {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A mock's users are test data, but the habit matters: no password in Debug output.
        f.debug_struct("User")
            .field("email", &"<redacted>")
            .field("password", &"<redacted>")
            .field("merchant_id", &self.merchant_id)
            .finish()
    }
}

/// Settings of a mock server. `Config::default()` suits tests.
#[derive(Clone)]
pub struct Config {
    /// Whether JOFI `sk_live_…` keys are accepted. Off by default, so a test suite that
    /// accidentally carries a production key fails loudly instead of looking real.
    pub allow_live_keys: bool,
    /// How long Supabase access tokens issued by the mock stay valid.
    pub token_lifetime: Duration,
    /// The project anon key that `/auth/v1` and `/rest/v1` require in the `apikey` header.
    pub anon_key: String,
    /// Users that password sign-in accepts.
    pub users: Vec<User>,
    /// Read the specs from this folder instead of the copies built into the mock.
    pub specs_dir: Option<PathBuf>,
    /// The largest request body accepted, in bytes.
    pub max_request_body: usize,
    /// How long a connection may take to send a request's line and headers, counted from
    /// when the server starts waiting for them (so an idle keep-alive connection is closed
    /// after this long too). `None` waits forever, which lets a client that sends half a
    /// request hold a connection open for good.
    pub header_read_timeout: Option<Duration>,
    /// Bearer tokens the Functions API accepts without a sign-in, besides the access tokens
    /// the mock's `/auth/v1/token` issued. Any other token gets 401.
    pub demo_tokens: Vec<String>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Tokens are counted, not printed: a test may configure one that looks real.
        f.debug_struct("Config")
            .field("allow_live_keys", &self.allow_live_keys)
            .field("token_lifetime", &self.token_lifetime)
            .field("anon_key", &"<redacted>")
            .field("users", &self.users)
            .field("specs_dir", &self.specs_dir)
            .field("max_request_body", &self.max_request_body)
            .field("header_read_timeout", &self.header_read_timeout)
            .field(
                "demo_tokens",
                &format_args!("<{} redacted>", self.demo_tokens.len()),
            )
            .finish()
    }
}

/// The email of the user that `Config::default()` creates.
pub const DEFAULT_USER_EMAIL: &str = "recruiter@example.com";
/// The password of the user that `Config::default()` creates.
pub const DEFAULT_USER_PASSWORD: &str = "mock-password";
/// The anon key that `Config::default()` requires.
pub const DEFAULT_ANON_KEY: &str = "mock-anon-key";
/// The merchant of the default user.
pub const DEFAULT_MERCHANT_ID: &str = "00000000-0000-4000-8000-000000000001";
/// The bearer token the Functions API accepts without a sign-in under `Config::default()`,
/// for demos and tests that do not care about sessions. It is not a JWT and the real service
/// would refuse it.
pub const DEMO_TOKEN: &str = "mock-demo-token";
/// How long `Config::default()` gives a connection to send a request's line and headers.
///
/// hyper's clock for this starts as soon as it waits for the next request, so it is also how
/// long an idle keep-alive connection survives. A client that reuses a pooled connection at
/// the moment the server closes it sees a broken request, so the limit is longer than the 90 s
/// for which reqwest, hyper-util and Go's net/http keep an idle connection: those clients drop
/// a connection before the mock does. Tests of the limit itself set a short one.
pub const DEFAULT_HEADER_READ_TIMEOUT: Duration = Duration::from_secs(120);

impl Default for Config {
    fn default() -> Self {
        Config {
            allow_live_keys: false,
            token_lifetime: Duration::from_secs(3600),
            anon_key: DEFAULT_ANON_KEY.to_string(),
            users: vec![User {
                email: DEFAULT_USER_EMAIL.to_string(),
                password: DEFAULT_USER_PASSWORD.to_string(),
                merchant_id: DEFAULT_MERCHANT_ID.to_string(),
            }],
            specs_dir: None,
            max_request_body: 64 * 1024 * 1024,
            header_read_timeout: Some(DEFAULT_HEADER_READ_TIMEOUT),
            demo_tokens: vec![DEMO_TOKEN.to_string()],
        }
    }
}
