//! One axum service receiving both vendors' webhooks through `WebhookRouter`: each delivery is
//! verified, parsed into a typed event and deduplicated before the handler sees it.
//!
//! `cargo run -p hirekit --example webhooks_both_vendors --features axum` serves it on a free
//! local port and lets the bundled mock deliver three events to it: a JOFI invitation accepted
//! (`invitation.accepted`, `test_taker.created`) and a scored JobMojito interview
//! (`interview_result`). It exits once all three are handled. For the vendors, serve it on a
//! public HTTPS address, register `/webhooks/jofi` and `/webhooks/jobmojito` with them, and
//! take the secrets from your configuration.

use std::time::Duration;

use hirekit::Secret;
use hirekit::webhooks::{Verifier, axum::WebhookRouter, jobmojito, jofi};
use hirekit_mock::MockServer;
use hirekit_mock::control_client::{JofiSeed, ResultChange, ResultOutcome};
use hirekit_mock::webhooks::{Receiver, Vendor};

/// Prints what arrived (never the candidate's name or email). A handler's answer is the
/// delivery's: `()` is a 200, and an error status makes the vendor deliver it again.
async fn on_jofi(event: jofi::Event) {
    println!("JOFI {} (event {:?})", event.type_name(), event.id());
}

async fn on_jobmojito(event: jobmojito::Event) {
    let score = event.payload().and_then(|p| p.score);
    println!(
        "JobMojito {} (result {:?}, score {score:?})",
        event.name(),
        event.result_id()
    );
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // JOFI signs with HMAC; JobMojito sends the custom header set up in its admin.
    let app = WebhookRouter::new()
        .jofi(
            Verifier::builder()
                .hmac_secret(Secret::new("whsec_example"))
                .build()?,
            on_jofi,
        )
        .jobmojito(
            Verifier::builder()
                .shared_header("x-webhook-token", Secret::new("token"))
                .build()?,
            on_jobmojito,
        )
        .into_router()?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    // The service runs until `main` returns.
    tokio::spawn(async move { axum::serve(listener, app).await });

    // The mock plays both vendors: it delivers to the routes, signed as each vendor would.
    let mock = MockServer::start().await?;
    let control = mock.control();
    let jofi_hook = Receiver::new(format!("{url}/webhooks/jofi")).secret("whsec_example");
    control
        .set_webhook_receiver(Vendor::Jofi, &jofi_hook)
        .await?;
    let jm_hook =
        Receiver::new(format!("{url}/webhooks/jobmojito")).header("x-webhook-token", "token");
    control
        .set_webhook_receiver(Vendor::Jobmojito, &jm_hook)
        .await?;

    let seeded = control.seed_jofi(&JofiSeed::new(1)).await?;
    control.accept_invitation(seeded.invitations[0]).await?;
    let interview_id = "00000000-0001-4000-8000-000000000001";
    control
        .change_result(&ResultChange::new(interview_id, ResultOutcome::Scored))
        .await?;

    // Deliveries run in the background: wait for all three, then check each was acknowledged.
    let deliveries = control
        .wait_for_deliveries(3, Duration::from_secs(10))
        .await?;
    if let Some(refused) = deliveries.iter().find(|d| d.status != Some(200)) {
        return Err(format!("{} was answered {:?}", refused.event, refused.status).into());
    }
    Ok(())
}
