//! Reading interview status wordings (`coach_status`) that this version does not know. The
//! documented ones arrive typed as [`CoachStatus`](super::types::CoachStatus); the vendor may
//! add more, and words its variants as `"<word>, <detail>"` ("completed, stopped early",
//! "terminated, no speech detected"), so an unknown wording is judged by its first word. The
//! scoring waiter and the webhook event inference judge it by the same rule, here.

/// Whether `wording` begins with `word`, its case and leading spaces aside.
pub(crate) fn begins_with(wording: &str, word: &str) -> bool {
    // `get` is `None` where the prefix would split a character, which no ASCII word matches.
    wording
        .trim_start()
        .get(..word.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(word))
}

/// Whether an unknown status wording says the interview was terminated (like the documented
/// `terminated, no speech detected`): such an interview ended, and will not be scored.
pub(crate) fn is_termination(wording: &str) -> bool {
    begins_with(wording, "terminated")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_termination_is_told_by_its_first_word_in_any_case() {
        for wording in [
            "terminated",
            "terminated, session timed out",
            "Terminated",
            "  TERMINATED by the candidate",
        ] {
            assert!(is_termination(wording), "{wording}");
        }
        for wording in ["", "term", "not terminated", "completed", "ongoing", "é"] {
            assert!(!is_termination(wording), "{wording}");
        }
    }
}
