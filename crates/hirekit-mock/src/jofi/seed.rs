//! The account's fixed records: teams, users, email templates, score profiles and the
//! assessment catalogue. They are made up for the mock (no real organisation or person) and
//! never change, so tests can name them.

/// The account every key of the mock belongs to.
pub const ACCOUNT_ID: i64 = 4242;
/// Internal name of the account.
pub const ACCOUNT_NAME: &str = "Harbor Lane Hiring (mock)";
/// Name the account shows to participants.
pub const ACCOUNT_NAME_EXTERNAL: &str = "Harbor Lane";

/// A team of the account.
#[derive(Debug, Clone, Copy)]
pub struct Team {
    /// Team id.
    pub id: i64,
    /// Team name.
    pub name: &'static str,
}

/// The account's teams.
pub const TEAMS: [Team; 3] = [
    Team {
        id: 101,
        name: "Recruiting",
    },
    Team {
        id: 102,
        name: "Career Coaching",
    },
    Team {
        id: 103,
        name: "Graduate Programme",
    },
];

/// A JOFI user of the account, with the defaults an invitation inherits from its sender.
#[derive(Debug, Clone, Copy)]
pub struct User {
    /// User id.
    pub id: i64,
    /// First name.
    pub first_name: &'static str,
    /// Last name.
    pub last_name: &'static str,
    /// Email, the value of `created_by_user_email`.
    pub email: &'static str,
    /// Default team.
    pub team_id: i64,
    /// Default assessments (ids of [`ASSESSMENTS`]).
    pub assessments: &'static [i64],
    /// Default invitation email template.
    pub email_template_id: i64,
    /// Default congratulation template, if any.
    pub congrats_email_template_id: Option<i64>,
}

/// The account's users. The first one is the inviter the control endpoints use.
pub const USERS: [User; 3] = [
    User {
        id: 501,
        first_name: "Avery",
        last_name: "Hollis",
        email: "avery.hollis@example.com",
        team_id: 101,
        assessments: &[6, 7],
        email_template_id: 1001,
        congrats_email_template_id: Some(1003),
    },
    User {
        id: 502,
        first_name: "Jordan",
        last_name: "Pike",
        email: "jordan.pike@example.com",
        team_id: 102,
        assessments: &[6, 8],
        email_template_id: 1001,
        congrats_email_template_id: Some(1004),
    },
    User {
        id: 503,
        first_name: "Sam",
        last_name: "Okonkwo-Reed",
        email: "sam.okonkwo-reed@example.com",
        team_id: 103,
        assessments: &[6, 7, 8],
        email_template_id: 1002,
        congrats_email_template_id: None,
    },
];

/// An email template available to the account.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    /// Template id.
    pub id: i64,
    /// Template name.
    pub name: &'static str,
    /// `invitation` or `congrats`.
    pub kind: &'static str,
    /// Teams it is assigned to; empty for account-wide templates.
    pub team_ids: &'static [i64],
}

/// The account's email templates.
pub const TEMPLATES: [Template; 4] = [
    Template {
        id: 1001,
        name: "Standard Invitation",
        kind: "invitation",
        team_ids: &[],
    },
    Template {
        id: 1002,
        name: "Graduate Invitation",
        kind: "invitation",
        team_ids: &[103],
    },
    Template {
        id: 1003,
        name: "Standard Congratulations",
        kind: "congrats",
        team_ids: &[],
    },
    Template {
        id: 1004,
        name: "Coaching Congratulations",
        kind: "congrats",
        team_ids: &[102],
    },
];

/// A system score profile enabled for the account.
#[derive(Debug, Clone, Copy)]
pub struct ScoreProfile {
    /// Profile id.
    pub id: i64,
    /// Short name, the scorecard's `sp`.
    pub short_name: &'static str,
    /// Profile name.
    pub display_name: &'static str,
    /// RIASEC letters of the profile.
    pub riasec: &'static str,
}

/// The enabled score profiles. `JOFI-295-AS` is the value the vendor's docs use as an example,
/// so code written from the docs works against the mock.
pub const SCORE_PROFILES: [ScoreProfile; 4] = [
    ScoreProfile {
        id: 113,
        short_name: "JOFI-113-CE",
        display_name: "Management Zone 3",
        riasec: "EC",
    },
    ScoreProfile {
        id: 295,
        short_name: "JOFI-295-AS",
        display_name: "Healthcare Practitioners and Technical Zone 5",
        riasec: "SA",
    },
    ScoreProfile {
        id: 411,
        short_name: "JOFI-411-IC",
        display_name: "Computer and Mathematical Zone 4",
        riasec: "IC",
    },
    ScoreProfile {
        id: 534,
        short_name: "JOFI-534-CR",
        display_name: "Transportation and Material Moving Zone 4",
        riasec: "RC",
    },
];

/// An assessment of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Assessment {
    /// Assessment id (`test_id`).
    pub id: i64,
    /// Short name.
    pub short_name: &'static str,
    /// Full name.
    pub display_name: &'static str,
}

/// Id of the personality assessment.
pub const PERSONALITY: i64 = 6;
/// Id of the thinking-skills assessment.
pub const THINKING: i64 = 7;
/// Id of the career-interests assessment.
pub const INTERESTS: i64 = 8;
/// Id of the prescreen (the vendor's id is not known; 9 is the mock's choice).
pub const PRESCREEN: i64 = 9;

/// The catalogue. Ids 6 to 8 are the ones the vendor's examples show.
pub const ASSESSMENTS: [Assessment; 4] = [
    Assessment {
        id: PERSONALITY,
        short_name: "Personality",
        display_name: "JOFI Personality Traits",
    },
    Assessment {
        id: THINKING,
        short_name: "Thinking",
        display_name: "JOFI Thinking Skills",
    },
    Assessment {
        id: INTERESTS,
        short_name: "Interests",
        display_name: "JOFI Career Interests",
    },
    Assessment {
        id: PRESCREEN,
        short_name: "Prescreen",
        display_name: "JOFI Prescreen",
    },
];

/// The team with this id.
pub fn team(id: i64) -> Option<&'static Team> {
    TEAMS.iter().find(|t| t.id == id)
}

/// The user with this email (emails compare case-insensitively).
pub fn user_by_email(email: &str) -> Option<&'static User> {
    USERS.iter().find(|u| u.email.eq_ignore_ascii_case(email))
}

/// The template with this id.
pub fn template(id: i64) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}

/// The assessment with this id.
pub fn assessment(id: i64) -> Option<&'static Assessment> {
    ASSESSMENTS.iter().find(|a| a.id == id)
}

/// The score profile with this short name.
pub fn score_profile(short_name: &str) -> Option<&'static ScoreProfile> {
    SCORE_PROFILES.iter().find(|p| p.short_name == short_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_names_an_existing_record() {
        for user in USERS {
            assert!(team(user.team_id).is_some(), "{}", user.email);
            assert!(user.assessments.iter().all(|&id| assessment(id).is_some()));
            assert_eq!(
                template(user.email_template_id).map(|t| t.kind),
                Some("invitation")
            );
            if let Some(id) = user.congrats_email_template_id {
                assert_eq!(template(id).map(|t| t.kind), Some("congrats"));
            }
        }
        for t in TEMPLATES {
            assert!(t.team_ids.iter().all(|&id| team(id).is_some()));
        }
    }

    #[test]
    fn lookups_find_by_key() {
        assert_eq!(
            user_by_email("AVERY.HOLLIS@example.com").map(|u| u.id),
            Some(501)
        );
        assert_eq!(score_profile("JOFI-295-AS").map(|p| p.id), Some(295));
        assert!(score_profile("jofi-295-as").is_none());
    }
}
