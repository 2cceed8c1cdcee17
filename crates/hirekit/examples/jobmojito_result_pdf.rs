//! Read a finished JobMojito interview result with its transcript, and save its PDF report.
//!
//! `cargo run -p hirekit --example jobmojito_result_pdf` runs it against the bundled mock,
//! where a candidate's interview has just been scored, and writes the PDF to the system's
//! temporary directory. Against JobMojito, build the client with
//! `JobMojitoClient::from_env()?` and take the result id from a results list or a webhook.

use hirekit::jobmojito::types::InterviewResultId;
use hirekit::prelude::*;
use hirekit_mock::MockServer;
use hirekit_mock::control_client::{ResultChange, ResultOutcome};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await?;
    let jm = JobMojitoClient::builder()
        .token(hirekit_mock::config::DEMO_TOKEN)
        .options(ClientOptions::default().base_url(mock.base_url()))
        .build()?;
    // A candidate finishes an interview and JobMojito scores it (played by the mock).
    let scored = mock
        .control()
        .change_result(&ResultChange::new(
            "00000000-0001-4000-8000-000000000001",
            ResultOutcome::Scored,
        ))
        .await?;
    let result_id = InterviewResultId::from(scored.result_id);

    let details = jm.results().details(&result_id).await?;
    let answers = details
        .transcript
        .iter()
        .filter(|e| e.is_answer == Some(true));
    println!(
        "result {result_id}: score {:?}, {} answers in the transcript",
        details.score,
        answers.count()
    );

    let report = jm.results().report_pdf(&result_id).await?;
    let path = std::env::temp_dir().join(format!("interview-result-{result_id}.pdf"));
    std::fs::write(&path, &report.bytes)?;
    println!(
        "saved {} bytes of {} to {}",
        report.bytes.len(),
        report.media_type,
        path.display()
    );
    Ok(())
}
