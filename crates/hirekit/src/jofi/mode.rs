//! Reading `mode` (live or test) from any JOFI answer.

use super::key::Mode;
use super::types::{self, ModeValue};

/// An answer that says which kind of key produced it.
///
/// ```
/// use hirekit::jofi::{HasMode, Mode, types::TeamList};
///
/// let teams: TeamList = serde_json::from_str(
///     r#"{"object": "list", "mode": "test", "total_count": 0, "has_more": false, "data": []}"#,
/// ).expect("a team list");
/// assert_eq!(teams.mode(), Some(Mode::Test));
/// ```
pub trait HasMode {
    /// `Some(Live)` or `Some(Test)`; `None` when the answer omits it or names a mode this
    /// version does not know.
    fn mode(&self) -> Option<Mode>;
}

fn known(value: &ModeValue) -> Option<Mode> {
    match value {
        ModeValue::Mode(mode) => Some(*mode),
        ModeValue::Other(_) => None,
    }
}

macro_rules! always {
    ($($name:ident),* $(,)?) => {$(
        impl HasMode for types::$name {
            fn mode(&self) -> Option<Mode> {
                known(&self.mode)
            }
        }
    )*};
}

macro_rules! sometimes {
    ($($name:ident),* $(,)?) => {$(
        impl HasMode for types::$name {
            fn mode(&self) -> Option<Mode> {
                self.mode.as_ref().and_then(known)
            }
        }
    )*};
}

always!(
    Account,
    AssessmentList,
    CareerNavigationProfileList,
    EmailTemplateList,
    InvitationList,
    ScoreProfileList,
    Scorecard,
    TeamList,
    TestTakerList,
    UserList,
);

sometimes!(CareerNavigationProfile, Invitation, JobFitReport, TestTaker);
