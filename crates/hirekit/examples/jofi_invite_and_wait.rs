//! Invite a JOFI participant, wait until they have completed their assessments, then read their
//! job-fit report.
//!
//! `cargo run -p hirekit --example jofi_invite_and_wait` runs it against the bundled mock,
//! which also plays the participant. Against JOFI, build the client with
//! `JofiClient::from_env()?` and wait minutes to days instead of seconds.

use std::time::Duration;

use hirekit::prelude::*;
use hirekit_mock::MockServer;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await?;
    let jofi = JofiClient::builder("sk_test_example")
        .options(ClientOptions::default().base_url(mock.jofi_url()))
        .build()?;

    // The inviting user's defaults pick the team, the assessments and the email.
    let invitation = jofi
        .invitations()
        .create(
            jofi::types::CreateInvitationRequest::builder()
                .first_name("Quinn")
                .last_name("Example")
                .email("quinn@example.com")
                .created_by_user_email("avery.hollis@example.com"),
        )
        .await?;
    println!("invitation {} sent", invitation.id);

    // The participant accepts and takes the assessments in JOFI's web app; the mock plays them
    // while the waiters below poll.
    let participant = mock.control();
    let playing = tokio::spawn(async move {
        let accepted = participant.accept_invitation(invitation.id).await?;
        participant
            .complete_all_assessments(accepted.test_taker_id)
            .await
    });

    // JOFI never moves a test key's records on, so a test-key wait looks once unless told to
    // poll; the mock does move them on.
    let options = WaitOptions::default()
        .with_interval(Duration::from_millis(100))
        .with_deadline(Duration::from_secs(10))
        .with_test_key_polling(true);
    let accepted = jofi
        .invitations()
        .wait_until_accepted(invitation.id, options.clone())
        .await?;
    let taker = jofi
        .test_takers()
        .wait_until_complete(accepted.test_taker_id, options)
        .await?;
    playing.await??;
    println!(
        "test taker {} completed {} assessment(s)",
        taker.id,
        taker.assigned_assessments.len()
    );

    // JOFI does not describe the report's content: it is kept as JSON.
    let report = jofi.test_takers().job_fit_report(taker.id).await?;
    let sections: Vec<_> = report.extra.keys().collect();
    println!("job-fit report with {sections:?}");
    Ok(())
}
