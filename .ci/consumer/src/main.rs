//! One JOFI and one JobMojito call through the packaged hirekit, against the packaged mock.

use std::time::Duration;

use hirekit::ClientOptions;
use hirekit_mock::{Config, MockServer};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Sessions shorter than the client's renewal margin: every JobMojito call after the first
    // renews the session, so the run covers sign-in and renewal in each feature set (the
    // `jobmojito` run has no `tables`, and the workspace's own tests always build with it).
    let config = Config {
        token_lifetime: Duration::from_secs(1),
        ..Config::default()
    };
    let mock = MockServer::start_with(config, 0).await?;
    let mut calls = 0;

    #[cfg(feature = "jofi")]
    {
        let jofi = hirekit::jofi::Client::builder("sk_test_consumer_check")
            .options(ClientOptions::default().base_url(mock.jofi_url()))
            .refuse_live_keys()
            .build()?;
        let account = jofi.accounts().get().await?;
        println!("JOFI: account {} answered", account.id);
        calls += 1;
    }

    #[cfg(feature = "jobmojito")]
    {
        let jm = hirekit::jobmojito::Client::builder()
            .password(
                hirekit_mock::config::DEFAULT_USER_EMAIL,
                hirekit_mock::config::DEFAULT_USER_PASSWORD,
            )
            .anon_key(hirekit_mock::config::DEFAULT_ANON_KEY)
            .options(ClientOptions::default().base_url(mock.base_url()))
            .build()?;
        let status = jm.admin().status().await?;
        println!(
            "JobMojito: merchant status answered ({} candidates)",
            status.candidates
        );
        let again = jm.admin().status().await?;
        println!(
            "JobMojito: answered again on a renewed session ({} candidates)",
            again.candidates
        );
        calls += 1;
    }

    mock.shutdown().await;
    if calls == 0 {
        return Err("built without a vendor feature: nothing was called".into());
    }
    Ok(())
}
