//! A webhook receiver for both vendors: verifies every delivery, drops duplicates, and prints
//! each event's type and id (never the candidate's name or email).
//!
//! ```text
//! JOFI_WEBHOOK_SECRETS=whsec_new,whsec_old \
//! JOBMOJITO_WEBHOOK_HEADER=x-webhook-token JOBMOJITO_WEBHOOK_TOKEN=… \
//! cargo run -p hirekit --example webhook_receiver --features axum
//! ```
//!
//! Variables:
//! - `JOFI_WEBHOOK_SECRETS`: HMAC secrets, comma-separated (several while rotating), and/or
//!   `JOFI_WEBHOOK_BASIC_USER` + `JOFI_WEBHOOK_BASIC_PASSWORD` when JOFI uses Basic Auth;
//! - `JOBMOJITO_WEBHOOK_HEADER` + `JOBMOJITO_WEBHOOK_TOKEN`: the custom header configured in
//!   the JobMojito admin (or `JOBMOJITO_WEBHOOK_SECRETS` behind a signing proxy);
//! - `WEBHOOK_TIMESTAMP_TOLERANCE_SECS`: require signed timestamps within this window;
//! - `LISTEN_ADDR`: default `127.0.0.1:3000`. Routes: `POST /webhooks/jofi`,
//!   `POST /webhooks/jobmojito`.
//!
//! For one JobMojito URL per subscribed event, replace `.jobmojito(…)` with
//! `.jobmojito_event(ResultEvent::InterviewFailed, verifier, handler)` and so on: each route is
//! at `/webhooks/jobmojito/<event>` and refuses other event types.

use std::env;
use std::time::Duration;

use axum::http::StatusCode;
use hirekit::Secret;
use hirekit::webhooks::axum::WebhookRouter;
use hirekit::webhooks::{Verifier, VerifierBuilder, jobmojito, jofi};

fn var(name: &str) -> Option<String> {
    env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// HMAC secrets from a comma-separated variable, plus the shared timestamp setting.
fn with_secrets(mut builder: VerifierBuilder, name: &str) -> VerifierBuilder {
    for secret in var(name).unwrap_or_default().split(',').map(str::trim) {
        if !secret.is_empty() {
            builder = builder.hmac_secret(Secret::new(secret));
        }
    }
    if let Some(secs) = var("WEBHOOK_TIMESTAMP_TOLERANCE_SECS").and_then(|s| s.parse().ok()) {
        builder = builder.timestamp_tolerance(Duration::from_secs(secs));
    }
    builder
}

fn jofi_verifier() -> hirekit::Result<Verifier> {
    let mut builder = with_secrets(Verifier::builder(), "JOFI_WEBHOOK_SECRETS");
    if let (Some(user), Some(password)) = (
        var("JOFI_WEBHOOK_BASIC_USER"),
        var("JOFI_WEBHOOK_BASIC_PASSWORD"),
    ) {
        builder = builder.basic_auth(user, Secret::new(password));
    }
    builder.build()
}

fn jobmojito_verifier() -> hirekit::Result<Verifier> {
    let mut builder = with_secrets(Verifier::builder(), "JOBMOJITO_WEBHOOK_SECRETS");
    if let (Some(header), Some(token)) = (
        var("JOBMOJITO_WEBHOOK_HEADER"),
        var("JOBMOJITO_WEBHOOK_TOKEN"),
    ) {
        builder = builder.shared_header(header, Secret::new(token));
    }
    builder.build()
}

/// Answers 204 once the event is handled; an error status would make the vendor retry.
async fn on_jofi(event: jofi::Event) -> StatusCode {
    let subject = match &event {
        jofi::Event::InvitationCreated(e) => format!("invitation {}", e.data.object.id),
        jofi::Event::InvitationAccepted(e) => format!("invitation {}", e.data.object.id),
        jofi::Event::TestTakerCreated(e) => format!("test taker {}", e.data.object.id),
        jofi::Event::TestTakerAssessmentCompleted(e) => format!("test taker {}", e.data.object.id),
        jofi::Event::CareerNavigationProfileCreated(_) => "profile".to_string(),
        _ => "not known to this hirekit; ignored".to_string(),
    };
    let id = event.id().unwrap_or("-");
    println!("jofi {} {id}: {subject}", event.type_name());
    StatusCode::NO_CONTENT
}

async fn on_jobmojito(event: jobmojito::Event) -> StatusCode {
    let score = event
        .payload()
        .and_then(|p| p.score)
        .map(|s| format!(", score {s}"))
        .unwrap_or_default();
    println!(
        "jobmojito {} result {}{score}",
        event.name(),
        event.result_id().unwrap_or("-")
    );
    StatusCode::NO_CONTENT
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Both routes share the router's in-memory replay guard.
    let app = WebhookRouter::new()
        .jofi(jofi_verifier().map_err(|e| format!("JOFI: {e}"))?, on_jofi)
        .jobmojito(
            jobmojito_verifier().map_err(|e| format!("JobMojito: {e}"))?,
            on_jobmojito,
        )
        .into_router()?;
    let addr = var("LISTEN_ADDR").unwrap_or_else(|| "127.0.0.1:3000".to_string());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
