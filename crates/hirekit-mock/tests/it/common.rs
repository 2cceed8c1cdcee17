//! Setup shared by the test modules.

use std::time::Duration;

/// An HTTP client for talking to the mock: with the crypto provider installed, and a timeout so
/// a hung mock fails the test instead of stalling it.
pub fn http() -> reqwest::Client {
    hirekit_mock::install_crypto_provider();
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client builds")
}
