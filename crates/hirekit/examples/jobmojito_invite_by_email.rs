//! Create a JobMojito interview and invite a candidate to it by email.
//!
//! `cargo run -p hirekit --example jobmojito_invite_by_email` runs it against the bundled
//! mock. Against JobMojito, build the client with `JobMojitoClient::from_env()?`.

use hirekit::jobmojito::types::{
    InterviewCreateStatus, InterviewProductType, InviteUser, InviteUsersRequest,
    JobInterviewCreateRequest, Visibility,
};
use hirekit::prelude::*;
use hirekit_mock::MockServer;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await?;
    let jm = JobMojitoClient::builder()
        .token(hirekit_mock::config::DEMO_TOKEN)
        .options(ClientOptions::default().base_url(mock.base_url()))
        .build()?;

    // JobMojito writes the questions from the position data.
    let interview = jm
        .interviews()
        .create(
            JobInterviewCreateRequest::builder()
                .name("Backend engineer")
                .location("Remote")
                .interview_template_id("00000000-0008-4000-8000-000000000001")
                .mojito_language_code("en")
                .status(InterviewCreateStatus::Active)
                .type_(InterviewProductType::Interview)
                .visibility(Visibility::MerchantInvite),
        )
        .await?;
    let interview_id = interview.interview_def_set_id;
    println!("interview {interview_id} created");

    // JobMojito emails the candidate their invitation.
    let rows = jm
        .admin()
        .invite_users(
            InviteUsersRequest::builder().users([InviteUser::builder()
                .type_("candidate")
                .interview_id(interview_id.as_str())
                .name("Robin Example")
                .email("robin@example.com")]),
        )
        .await?;
    for row in &rows {
        match row {
            RowOutcome::Succeeded(invited) => println!("invited: {:?}", invited.result),
            RowOutcome::Failed(refused) => println!("{refused}"),
        }
    }
    Ok(())
}
