//! The records one kind of key sees, and the JSON the API answers with for them.
//!
//! Live and test keys get separate stores, so a test key can never read what a live key wrote.

use std::collections::BTreeMap;

use chrono::{SecondsFormat, Utc};
use serde_json::{Value, json};

use super::seed;

/// Which kind of key answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// An `sk_live_…` key.
    Live,
    /// An `sk_test_…` key.
    Test,
}

impl Mode {
    /// The value of the `mode` key.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Live => "live",
            Mode::Test => "test",
        }
    }
}

/// A resource timestamp: UTC with microseconds and a `+00:00` offset, as the vendor writes them.
pub fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Micros, false)
}

/// An invitation.
#[derive(Debug, Clone)]
pub struct Invitation {
    /// Invitation id.
    pub id: i64,
    /// Participant's first name.
    pub first_name: String,
    /// Participant's last name.
    pub last_name: String,
    /// Participant's email.
    pub email: String,
    /// The inviting user's email.
    pub created_by_user_email: String,
    /// Caller's id for the participant.
    pub person_id: Option<String>,
    /// Participant's phone.
    pub phone: Option<String>,
    /// Caller's grouping key.
    pub custom_id: Option<String>,
    /// Team.
    pub team_id: i64,
    /// Assigned assessment ids.
    pub assessments: Vec<i64>,
    /// Invitation email template.
    pub email_template_id: i64,
    /// Congratulation template.
    pub congrats_email_template_id: Option<i64>,
    /// Whether the link is emailed.
    pub send_via_email: bool,
    /// Whether the link is texted.
    pub send_via_sms: bool,
    /// Creation time.
    pub created_at: String,
    /// Acceptance time.
    pub accepted_at: Option<String>,
    /// The test taker created on acceptance.
    pub test_taker_id: Option<i64>,
    /// The participant's career navigation profile.
    pub profile_id: Option<String>,
}

/// One assessment assigned to a test taker.
#[derive(Debug, Clone)]
pub struct Assignment {
    /// Assignment id.
    pub id: i64,
    /// Assessment id.
    pub assessment_id: i64,
    /// When it was assigned.
    pub created_at: String,
    /// When it was started.
    pub started_at: Option<String>,
    /// When it was completed.
    pub completed_at: Option<String>,
    /// When progress was last saved.
    pub progress_saved_at: Option<String>,
}

/// A test taker: a participant who accepted an invitation.
#[derive(Debug, Clone)]
pub struct TestTaker {
    /// Test taker id.
    pub id: i64,
    /// The accepted invitation.
    pub invitation_id: i64,
    /// Assigned assessments.
    pub assignments: Vec<Assignment>,
}

impl TestTaker {
    /// Whether the assessment `id` is assigned and completed.
    pub fn completed(&self, id: i64) -> bool {
        self.assignments
            .iter()
            .any(|a| a.assessment_id == id && a.completed_at.is_some())
    }
}

/// A career navigation profile.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Profile id (`CNP` and ten digits).
    pub id: String,
    /// The test taker it belongs to.
    pub test_taker_id: i64,
}

/// The records of one mode. Ids only grow, so ordering by id is ordering by age.
#[derive(Debug, Default)]
pub struct Store {
    /// Invitations by id.
    pub invitations: BTreeMap<i64, Invitation>,
    /// Test takers by id.
    pub test_takers: BTreeMap<i64, TestTaker>,
    /// Profiles, oldest first.
    pub profiles: Vec<Profile>,
}

/// Id sources shared by both modes, so a control endpoint finds a record by id alone.
#[derive(Debug, Default)]
pub struct Ids {
    invitation: i64,
    test_taker: i64,
    assignment: i64,
    profile: i64,
    event: u64,
}

impl Ids {
    /// The next invitation id.
    pub fn invitation(&mut self) -> i64 {
        self.invitation += 1;
        120_000 + self.invitation
    }

    /// The next test taker id.
    pub fn test_taker(&mut self) -> i64 {
        self.test_taker += 1;
        540_000 + self.test_taker
    }

    /// The next assignment id.
    pub fn assignment(&mut self) -> i64 {
        self.assignment += 1;
        7_700_000 + self.assignment
    }

    /// The next career navigation profile id.
    pub fn profile(&mut self) -> String {
        self.profile += 1;
        format!("CNP{}", 4_100_000_000 + self.profile)
    }

    /// The next event id: `evt_` and 16 hex digits. Multiplying by an odd constant is a
    /// bijection on u64, so ids stay unique while not looking sequential.
    pub fn event(&mut self) -> String {
        self.event += 1;
        format!(
            "evt_{:016x}",
            self.event.wrapping_mul(0x9e37_79b9_7f4a_7c15)
        )
    }
}

/// A deterministic, UUID-shaped token for an invitation's start link.
fn token(id: i64) -> String {
    let x = (id as u64).wrapping_mul(0x2545_f491_4f6c_dd1d);
    format!(
        "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
        x >> 32,
        (x >> 16) & 0xffff,
        x & 0xfff,
        (x >> 20) & 0xfff,
        x & 0xffff_ffff_ffff
    )
}

/// `{id, display_name}` of a team.
pub fn team_ref(id: i64) -> Value {
    let name = seed::team(id).map_or("Unknown team", |t| t.name);
    json!({ "id": id, "display_name": name })
}

/// `{id, display_name}` of the account.
pub fn account_ref() -> Value {
    json!({ "id": seed::ACCOUNT_ID, "display_name": seed::ACCOUNT_NAME })
}

/// The participant's start link.
pub fn assessment_url(invitation: &Invitation) -> String {
    format!("https://www.jofiscore.com/welcome/{}", token(invitation.id))
}

/// The web scorecard's link.
pub fn scorecard_url(team_id: i64, test_taker_id: i64) -> String {
    format!("https://www.jofiscore.com/team/{team_id}/test-takers/{test_taker_id}/scorecard")
}

/// The links keyed by a career navigation profile, or nulls without one.
pub fn profile_urls(profile_id: Option<&str>) -> (Value, Value, Value) {
    match profile_id {
        Some(id) => (
            json!(format!("https://www.careernavigation.org?c={id}")),
            json!(format!(
                "https://www.jofiscore.com/test-takers/{id}/job-fit?r=jfs&zones=1_5"
            )),
            json!(format!(
                "https://www.jofiscore.com/test-takers/{id}/job-fit?r=cor&zones=1_5"
            )),
        ),
        None => (Value::Null, Value::Null, Value::Null),
    }
}

/// Adds `mode` to an object, for API answers (webhook payloads carry none).
pub fn with_mode(mut value: Value, mode: Option<Mode>) -> Value {
    if let (Some(mode), Some(map)) = (mode, value.as_object_mut()) {
        map.insert("mode".into(), json!(mode.as_str()));
    }
    value
}

impl Invitation {
    /// The invitation object; `object` is `invitation` or `invitation_list_item`.
    pub fn to_json(&self, object: &str, mode: Option<Mode>) -> Value {
        let value = json!({
            "object": object,
            "id": self.id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "person_id": self.person_id,
            "phone": self.phone,
            "custom_id": self.custom_id,
            "assessment_url": assessment_url(self),
            "created_at": self.created_at,
            "accepted_at": self.accepted_at,
            "test_taker_id": self.test_taker_id,
            "career_navigation_profile_id": self.profile_id,
            "created_by_user_email": self.created_by_user_email,
            "team": team_ref(self.team_id),
            "assessments_to_assign": self
                .assessments
                .iter()
                .map(|id| json!({ "test_id": id }))
                .collect::<Vec<_>>(),
            "email_template_id": self.email_template_id,
            "congrats_email_template_id": self.congrats_email_template_id,
            "send_via_email": self.send_via_email,
            "send_via_sms": self.send_via_sms,
        });
        with_mode(value, mode)
    }
}

impl Store {
    /// A test taker as the API shows it: the full object (`test_taker`, with its assigned
    /// assessments) or the list item. `None` if its invitation is missing, which the store
    /// never allows.
    pub fn test_taker_json(
        &self,
        taker: &TestTaker,
        full: bool,
        mode: Option<Mode>,
    ) -> Option<Value> {
        let invitation = self.invitations.get(&taker.invitation_id)?;
        let (career_url, job_fit_url, spotlight_url) =
            profile_urls(invitation.profile_id.as_deref());
        let mut value = json!({
            "object": if full { "test_taker" } else { "test_taker_list_item" },
            "id": taker.id,
            "first_name": invitation.first_name,
            "last_name": invitation.last_name,
            "email": invitation.email,
            "invitation_created_at": invitation.created_at,
            "invitation_id": invitation.id,
            "custom_id": invitation.custom_id,
            "person_id": invitation.person_id,
            "career_navigation_profile_id": invitation.profile_id,
            "assessment_url": assessment_url(invitation),
            "career_navigation_url": career_url,
            "scorecard_url": scorecard_url(invitation.team_id, taker.id),
            "job_fit_summary_url": job_fit_url,
            "career_options_spotlight_url": spotlight_url,
            "team": team_ref(invitation.team_id),
            "account": account_ref(),
        });
        if full && let Some(map) = value.as_object_mut() {
            let assigned: Vec<Value> = taker
                .assignments
                .iter()
                .map(|a| {
                    let (short, display) = seed::assessment(a.assessment_id)
                        .map_or(("Unknown", "Unknown assessment"), |s| {
                            (s.short_name, s.display_name)
                        });
                    json!({
                        "id": a.id,
                        "assessment": {
                            "id": a.assessment_id,
                            "short_name": short,
                            "display_name": display,
                        },
                        "created_at": a.created_at,
                        "started_at": a.started_at,
                        "completed_at": a.completed_at,
                        "progress_saved_at": a.progress_saved_at,
                        "is_used_for_scoring": true,
                    })
                })
                .collect();
            map.insert("assigned_assessments".into(), Value::Array(assigned));
        }
        Some(with_mode(value, mode))
    }

    /// A career navigation profile as the API shows it (`career_navigation_profile` or the
    /// list item).
    pub fn profile_json(&self, profile: &Profile, full: bool, mode: Option<Mode>) -> Option<Value> {
        let taker = self.test_takers.get(&profile.test_taker_id)?;
        let invitation = self.invitations.get(&taker.invitation_id)?;
        let (career_url, job_fit_url, spotlight_url) = profile_urls(Some(&profile.id));
        let value = json!({
            "object": if full {
                "career_navigation_profile"
            } else {
                "career_navigation_profile_list_item"
            },
            "id": profile.id,
            "first_name": invitation.first_name,
            "last_name": invitation.last_name,
            "email": invitation.email,
            "invitation_created_at": invitation.created_at,
            "invitation_id": invitation.id,
            "custom_id": invitation.custom_id,
            "person_id": invitation.person_id,
            "test_taker_id": taker.id,
            "assessment_url": assessment_url(invitation),
            "career_navigation_url": career_url,
            "scorecard_url": scorecard_url(invitation.team_id, taker.id),
            "job_fit_summary_url": job_fit_url,
            "career_options_spotlight_url": spotlight_url,
            "team": team_ref(invitation.team_id),
            "account": account_ref(),
        });
        Some(with_mode(value, mode))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_look_like_uuids_and_differ() {
        let a = token(120_001);
        assert_eq!(a.len(), 36);
        assert_eq!(a.as_bytes()[14], b'4');
        assert_ne!(a, token(120_002));
    }

    #[test]
    fn event_ids_are_unique() {
        let mut ids = Ids::default();
        let first = ids.event();
        assert!(first.starts_with("evt_"));
        assert_ne!(first, ids.event());
    }
}
