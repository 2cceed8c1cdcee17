//! One JOFI and one JobMojito call through the packaged hirekit, against the packaged mock.

use hirekit::ClientOptions;
use hirekit_mock::MockServer;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await?;
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
        calls += 1;
    }

    mock.shutdown().await;
    if calls == 0 {
        return Err("built without a vendor feature: nothing was called".into());
    }
    Ok(())
}
