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
#[derive(Debug, Clone)]
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
}

/// The email of the user that `Config::default()` creates.
pub const DEFAULT_USER_EMAIL: &str = "recruiter@example.com";
/// The password of the user that `Config::default()` creates.
pub const DEFAULT_USER_PASSWORD: &str = "mock-password";
/// The anon key that `Config::default()` requires.
pub const DEFAULT_ANON_KEY: &str = "mock-anon-key";
/// The merchant of the default user.
pub const DEFAULT_MERCHANT_ID: &str = "00000000-0000-4000-8000-000000000001";

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
        }
    }
}
