//! List recent JOFI invitations, and tell a whole list from a truncated one.
//!
//! JOFI does not page: a list answer holds only the newest records (30 to 50) and counts the
//! rest. Every list method returns a `Recent<T>`, which says whether records were left out.
//!
//! `cargo run -p hirekit --example jofi_recent_invitations` runs it against the bundled mock,
//! seeded with 35 accepted invitations. The mock caps the test-taker list at JOFI's documented
//! 30, so that list is the truncated one; JOFI documents no cap for invitations, and the mock
//! lists them all. Against JOFI, build the client with `JofiClient::from_env()?`.

use hirekit::jofi::Recent;
use hirekit::prelude::*;
use hirekit_mock::MockServer;
use hirekit_mock::control_client::JofiSeed;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await?;
    mock.control()
        .seed_jofi(&JofiSeed::new(35).accepted())
        .await?;
    let jofi = JofiClient::builder("sk_test_example")
        .options(ClientOptions::default().base_url(mock.jofi_url()))
        .build()?;

    let invitations = jofi.invitations().list().await?;
    // Newest first. Ids only: the other fields are the participants' personal data.
    for invitation in invitations.iter().take(3) {
        println!("invitation {:?}", invitation.id);
    }
    report("invitations", &invitations);
    report("test takers", &jofi.test_takers().list().await?);
    Ok(())
}

/// Says how much of the collection `list` holds.
fn report<T>(what: &str, list: &Recent<T>) {
    println!("{} of {} {what} listed", list.len(), list.total());
    if !list.is_complete() {
        println!("  {} older ones are not listed", list.omitted());
    }
}
