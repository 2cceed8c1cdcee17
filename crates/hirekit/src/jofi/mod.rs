//! The JOFI API v2: invitations, test takers, scorecards, job-fit reports, career navigation
//! profiles, and the account's reference data.
//!
//! Build a [`Client`] from a secret key (`sk_live_…` or `sk_test_…`; a test suite refuses live
//! keys with [`ClientBuilder::refuse_live_keys`], from the environment too through
//! [`Client::builder_from_env`]); reach each resource group from it, named as JOFI's docs name
//! them:
//!
//! ```no_run
//! # async fn demo() -> hirekit::Result<()> {
//! use hirekit::jofi::{Client, types};
//!
//! let jofi = Client::from_env()?;
//! let invitation = jofi
//!     .invitations()
//!     .create(
//!         types::CreateInvitationRequest::builder()
//!             .first_name("Ada")
//!             .last_name("Example")
//!             .email("ada@example.com")
//!             .created_by_user_email("recruiter@example.com")
//!             .assessments_to_assign([types::AssessmentToAssign::builder().test_id(6)]),
//!     )
//!     .await?;
//! println!("send the participant to {}", invitation.assessment_url);
//! # Ok(()) }
//! ```
//!
//! JOFI's lists are not paged: they hold the most recent records only, so every list method
//! answers a [`Recent`], which says whether records were left out.
//!
//! Two waiters poll until a participant moves on: [`Invitations::wait_until_accepted`] and
//! [`TestTakers::wait_until_complete`] (see [`WaitOptions`](crate::WaitOptions)). JOFI's real
//! service answers test keys with made-up records and stores nothing, so with a test key they
//! look once instead of waiting for what never comes.

mod accounts;
mod assessments;
mod auth;
mod career_navigation_profiles;
mod client;
mod email_templates;
mod health;
mod invitations;
mod key;
mod mode;
mod recent;
mod score_profiles;
mod teams;
mod test_takers;
mod users;
mod waiters;

pub use accounts::Accounts;
pub use assessments::Assessments;
pub use career_navigation_profiles::CareerNavigationProfiles;
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL};
pub use email_templates::EmailTemplates;
pub use health::Health;
pub use invitations::Invitations;
pub use key::{ApiKey, Mode};
pub use mode::HasMode;
pub use recent::Recent;
pub use score_profiles::ScoreProfiles;
pub use teams::Teams;
pub use test_takers::TestTakers;
pub use users::Users;
pub use waiters::AcceptedInvitation;

/// The JOFI data model, generated from `specs/jofi.yaml`: every request and response type.
pub mod types {
    pub use jofi_raw::types::*;
}
