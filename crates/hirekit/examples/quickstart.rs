//! A tour of hirekit: `cargo run --example quickstart`.
//!
//! With no credentials in the environment it starts the bundled mock server and walks a full
//! flow for both vendors. With `JOFI_API_KEY` and/or `JOBMOJITO_API_KEY` (or
//! `JOBMOJITO_EMAIL` + `JOBMOJITO_PASSWORD` + `JOBMOJITO_ANON_KEY`) set, it runs only the
//! read-only calls against the real services, so it never creates anything there.
//!
//! What it prints is safe to share: ids, counts and statuses, never names or emails.

use std::process::ExitCode;
use std::time::Duration;

use hirekit::jobmojito::types;
use hirekit::prelude::*;
use hirekit_mock::MockServer;
use hirekit_mock::control_client::{ResultChange, ResultOutcome};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("quickstart failed: {error}");
            ExitCode::FAILURE
        }
    }
}

fn has_credentials() -> bool {
    ["JOFI_API_KEY", "JOBMOJITO_API_KEY", "JOBMOJITO_EMAIL"]
        .iter()
        .any(|name| std::env::var(name).is_ok_and(|v| !v.is_empty()))
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    if has_credentials() {
        println!("Credentials found: read-only calls against the real services.");
        if std::env::var("JOFI_API_KEY").is_ok() {
            jofi_read_only(&jofi::Client::from_env()?).await?;
        }
        if std::env::var("JOBMOJITO_API_KEY").is_ok() || std::env::var("JOBMOJITO_EMAIL").is_ok() {
            jobmojito_read_only(&jobmojito::Client::from_env()?).await?;
        }
        return Ok(());
    }

    let mock = MockServer::start().await?;
    println!(
        "No credentials: started hirekit-mock at {}",
        mock.base_url()
    );
    let jofi = jofi::Client::builder("sk_test_quickstart")
        .options(ClientOptions::default().base_url(mock.jofi_url()))
        .refuse_live_keys()
        .build()?;
    let jm = jobmojito::Client::builder()
        .password(
            hirekit_mock::config::DEFAULT_USER_EMAIL,
            hirekit_mock::config::DEFAULT_USER_PASSWORD,
        )
        .anon_key(hirekit_mock::config::DEFAULT_ANON_KEY)
        .options(ClientOptions::default().base_url(mock.base_url()))
        .build()?;

    jofi_flow(&jofi, &mock).await?;
    jobmojito_flow(&jm, &mock).await?;
    mock.shutdown().await;
    println!("\nDone.");
    Ok(())
}

/// The mode an answer names, for printing.
fn mode_name(mode: Option<jofi::Mode>) -> &'static str {
    match mode {
        Some(jofi::Mode::Live) => "live",
        Some(jofi::Mode::Test) => "test",
        None => "unknown",
    }
}

async fn jofi_read_only(jofi: &jofi::Client) -> hirekit::Result<()> {
    println!("\nJOFI ({} key)", jofi.mode());
    let account = jofi.accounts().get().await?;
    println!(
        "  account {} answered in {} mode",
        account.id,
        mode_name(account.mode())
    );
    let profiles = jofi.score_profiles().list().await?;
    println!("  {} score profiles", profiles.len());
    let invitations = jofi.invitations().list().await?;
    println!(
        "  {} recent invitations of {} (complete: {})",
        invitations.len(),
        invitations.total(),
        invitations.is_complete()
    );
    Ok(())
}

async fn jofi_flow(
    jofi: &jofi::Client,
    mock: &MockServer,
) -> Result<(), Box<dyn std::error::Error>> {
    jofi_read_only(jofi).await?;
    let assessments = jofi.assessments().list().await?;
    let test_id = assessments
        .iter()
        .find_map(|a| a.id)
        .ok_or("the account has no assessments")?;
    let invitation = jofi
        .invitations()
        .create(
            jofi::types::CreateInvitationRequest::builder()
                .first_name("Quinn")
                .last_name("Example")
                .email("quinn@example.com")
                .created_by_user_email("avery.hollis@example.com")
                .assessments_to_assign([
                    jofi::types::AssessmentToAssign::builder().test_id(test_id)
                ]),
        )
        .await?;
    println!("  invitation {} created", invitation.id);

    // The participant accepts and takes the assessment in JOFI's web app; the mock's control
    // client stands in for them, while the waiters poll until they are done. (JOFI itself
    // never moves a test key's records on, so against it a test-key wait looks once; the mock
    // does, so polling is turned on here.)
    let control = mock.control();
    let participant = tokio::spawn({
        let control = control.clone();
        let invitation_id = invitation.id;
        async move {
            let accepted = control.accept_invitation(invitation_id).await?;
            control
                .complete_all_assessments(accepted.test_taker_id)
                .await?;
            Ok::<_, hirekit_mock::control_client::ControlError>(())
        }
    });
    let waiting = WaitOptions::default()
        .with_interval(Duration::from_millis(100))
        .with_deadline(Duration::from_secs(30))
        .with_test_key_polling(true);
    let accepted = jofi
        .invitations()
        .wait_until_accepted(invitation.id, waiting.clone())
        .await?;
    let taker_id = accepted.test_taker_id;
    let taker = jofi
        .test_takers()
        .wait_until_complete(taker_id, waiting)
        .await?;
    participant.await??;
    println!(
        "  the participant accepted and completed {} assessment(s) (played by the mock)",
        taker.assigned_assessments.len()
    );
    let profiles = jofi.score_profiles().list().await?;
    let profile = profiles.items().first().ok_or("no score profile")?;
    let scorecard = jofi
        .test_takers()
        .scorecard(taker_id, profile.short_name.clone())
        .await?;
    println!(
        "  scorecard against {} read ({} mode)",
        profile.short_name,
        mode_name(scorecard.mode())
    );
    Ok(())
}

async fn jobmojito_read_only(jm: &jobmojito::Client) -> hirekit::Result<()> {
    println!("\nJobMojito");
    let status = jm.admin().status().await?;
    println!(
        "  merchant status: {} candidates, {} interview results",
        status.candidates, status.interview_results
    );
    let interviews = jm.interviews().list(&InterviewQuery::new()).await?;
    println!("  {} interviews on the first page", interviews.data.len());
    Ok(())
}

async fn jobmojito_flow(
    jm: &jobmojito::Client,
    mock: &MockServer,
) -> Result<(), Box<dyn std::error::Error>> {
    jobmojito_read_only(jm).await?;
    let question =
        |text: &str| types::JobInterviewCreateFromArrayQuestion::builder().question(text);
    let created = jm
        .interviews()
        .create_from_questions(
            types::JobInterviewCreateFromArrayRequest::builder()
                .name("Backend engineer")
                .location("Remote")
                .description("A first-round interview for a backend role.")
                .interview_template_id("00000000-0008-4000-8000-000000000001")
                .mojito_language_code("en")
                .status(types::InterviewCreateStatus::Active)
                .type_(types::InterviewProductType::Interview)
                .visibility(types::Visibility::MerchantInvite)
                .questions([
                    question("What did you build last year?"),
                    question("How do you review a colleague's code?"),
                ]),
        )
        .await?;
    let interview_id = created.interview_def_set_id.clone();
    println!("  interview {interview_id} created from 2 questions");

    let rows = jm
        .interviews()
        .register_users(
            types::JobInterviewRegisterUsersRequest::builder()
                .interview_id(interview_id.as_str())
                .users([types::RegisterUser::builder()
                    .name("Robin Example")
                    .email("robin@example.com")
                    .external_id("ats-1001")]),
        )
        .await?;
    let registered = rows.iter().filter(|row| row.is_success()).count();
    println!("  {registered} of {} candidates registered", rows.len());

    // The candidate takes the interview in JobMojito's app; the mock stands in for that:
    // their answers are collected, and scoring finishes while the waiter polls.
    let control = mock.control();
    let collected = control
        .change_result(&ResultChange::new(&interview_id, ResultOutcome::Collected))
        .await?;
    let result_id = types::InterviewResultId::from(collected.result_id);
    let scoring = tokio::spawn({
        let result_id = result_id.clone();
        async move {
            tokio::time::sleep(Duration::from_millis(250)).await;
            control
                .change_result(
                    &ResultChange::of_result(result_id.as_str(), ResultOutcome::Scored).score(8.0),
                )
                .await
        }
    });
    let scored = jm
        .results()
        .wait_until_scored(
            &result_id,
            WaitOptions::default()
                .with_interval(Duration::from_millis(100))
                .with_deadline(Duration::from_secs(30)),
        )
        .await?;
    scoring.await??;
    println!(
        "  the candidate finished the interview and it was scored {:?} (played by the mock)",
        scored.score
    );

    let mut listed = 0;
    let mut results = jm
        .results()
        .list_all(&ResultQuery::new().interview_id(interview_id.as_str()));
    while let Some(result) = results.next().await {
        result?;
        listed += 1;
    }
    println!("  {listed} result(s) listed for the interview");
    let with_links = jobmojito::DetailsOptions::new().signed_recordings(true);
    let details = jm.results().details_with(&result_id, &with_links).await?;
    println!(
        "  result {result_id}: score {:?}, {} transcript entries",
        details.score,
        details.transcript.len()
    );
    let report = jm.results().report_pdf(&result_id).await?;
    println!(
        "  PDF report: {} bytes of {}",
        report.bytes.len(),
        report.media_type
    );
    Ok(())
}
