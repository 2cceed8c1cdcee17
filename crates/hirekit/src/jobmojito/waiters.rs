//! JobMojito's waiter: until an interview result is scored. It polls through
//! [`crate::wait`], which decides how often, for how long, and which failed polls are ridden
//! out.

use serde_json::Value;

use super::interview_status::{begins_with, is_termination};
use super::results::Results;
use super::routes;
use super::types;
use crate::error::Result;
use crate::wait::{Check, WaitOptions};

/// Where an interview result stands, judged from its details. This is the one place that judges
/// a result's progress; the webhook event inference shares its rule for unknown wordings
/// ([`interview_status`](super::interview_status)).
///
/// - Failed: the interview `failed` or was `abandoned` (JobMojito also marks a result `failed`
///   when another attempt was requested, until the candidate starts again), was terminated
///   (`terminated, no speech detected`, or any other status starting with `terminated`), or
///   the answer carries `processing_status: failed` or a `processing_error` (keys the details
///   answer may hold beyond those documented).
/// - Done: the interview `completed` (also `completed, stopped early`, or another status
///   starting with `completed`) and the result has a score, or its processing says `completed`.
/// - Otherwise pending: not started, ongoing, or collected and still being scored.
///
/// A status this version does not type is read in any case and spacing: as the documented
/// status it spells, or else by its first word. Failure texts name only documented status
/// words, never the vendor's free text.
pub(crate) fn scoring(
    details: types::JobInterviewDetailsResponse,
) -> Check<types::JobInterviewDetailsResponse> {
    use types::{CoachStatus, CoachStatusValue};
    let (status, unknown) = match &details.status {
        Some(CoachStatusValue::CoachStatus(known)) => (Some(*known), None),
        // A documented word in another case or with spaces around it is still that word.
        Some(CoachStatusValue::Other(other)) => (
            other.trim().to_ascii_lowercase().parse().ok(),
            Some(other.as_str()),
        ),
        None => (None, None),
    };
    let processing = details
        .extra
        .get("processing_status")
        .and_then(Value::as_str)
        .map(|s| s.trim().to_ascii_lowercase());
    let processing_error = details
        .extra
        .get("processing_error")
        .and_then(Value::as_str)
        .is_some_and(|e| !e.trim().is_empty());

    if let Some(
        ended @ (CoachStatus::Failed
        | CoachStatus::Abandoned
        | CoachStatus::TerminatedNoSpeechDetected),
    ) = status
    {
        return Check::Failed(format!(
            "the interview ended as `{ended}`, so the result will not be scored"
        ));
    }
    if unknown.is_some_and(is_termination) {
        return Check::Failed(
            "the interview was terminated, so the result will not be scored".to_string(),
        );
    }
    if processing.as_deref() == Some("failed") || processing_error {
        return Check::Failed("JobMojito could not process the result".to_string());
    }
    let completed = matches!(
        status,
        Some(CoachStatus::Completed | CoachStatus::CompletedStoppedEarly)
    ) || unknown.is_some_and(|wording| begins_with(wording, "completed"));
    let processed = details.score.is_some() || processing.as_deref() == Some("completed");
    if completed && processed {
        Check::Done(details)
    } else {
        Check::Pending
    }
}

impl Results<'_> {
    /// Waits until JobMojito has scored an interview result, and returns its details (scores,
    /// AI assessment, transcript) as last read.
    ///
    /// Polls `get_interview_result_details` (`GET /job-interview-details`, without signed
    /// recordings) every [`WaitOptions::interval`] until [`WaitOptions::deadline`]: the
    /// candidate may still be talking when it starts. It fails with
    /// [`ErrorKind::WaitFailed`](crate::ErrorKind::WaitFailed) when the interview failed, was
    /// abandoned or heard no speech, or processing failed (a result reset for another attempt
    /// reads as failed too, until the candidate starts again); with
    /// [`ErrorKind::WaitTimedOut`](crate::ErrorKind::WaitTimedOut) at the deadline; and with
    /// the poll's own error for one that waiting cannot mend (see [`WaitOptions`]).
    ///
    /// ```no_run
    /// # async fn demo(
    /// #     jm: hirekit::jobmojito::Client,
    /// #     result_id: &hirekit::jobmojito::types::InterviewResultId,
    /// # ) -> hirekit::Result<()> {
    /// use std::time::Duration;
    /// use hirekit::{ErrorKind, WaitOptions};
    ///
    /// let options = WaitOptions::default().with_deadline(Duration::from_secs(20 * 60));
    /// match jm.results().wait_until_scored(result_id, options).await {
    ///     Ok(details) => println!("scored {:?}", details.score),
    ///     Err(e) if e.kind() == ErrorKind::WaitFailed => println!("not scored: {e}"),
    ///     Err(e) => return Err(e),
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn wait_until_scored(
        &self,
        interview_result_id: &types::InterviewResultId,
        options: WaitOptions,
    ) -> Result<types::JobInterviewDetailsResponse> {
        let interview_result_id =
            uuid::Uuid::parse_str(interview_result_id).map_err(super::results::not_a_uuid)?;
        let client = self.client;
        let call = |transport| async move {
            client
                .raw
                .get_interview_result_details()
                .interview_result_id(interview_result_id)
                .get_signed_recordings(false)
                .execute(&transport)
                .await
        };
        client
            .transport
            .wait_for(
                &routes::GET_INTERVIEW_RESULT_DETAILS,
                "the interview result is not scored yet",
                false,
                &options,
                call,
                scoring,
            )
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn details(status: Option<&str>, score: Option<f64>, extra: Value) -> Check<()> {
        let mut body = serde_json::json!({ "status": status, "score": score, "transcript": [] });
        if let (Some(map), Value::Object(extra)) = (body.as_object_mut(), extra) {
            map.extend(extra);
        }
        let details: types::JobInterviewDetailsResponse =
            serde_json::from_value(body).expect("details");
        match scoring(details) {
            Check::Done(_) => Check::Done(()),
            Check::Pending => Check::Pending,
            Check::Failed(why) => Check::Failed(why),
        }
    }

    fn none() -> Value {
        serde_json::json!({})
    }

    #[test]
    fn a_completed_scored_result_is_done() {
        assert!(matches!(
            details(Some("completed"), Some(7.5), none()),
            Check::Done(())
        ));
        assert!(matches!(
            details(Some("completed, stopped early"), Some(3.0), none()),
            Check::Done(())
        ));
        // Processed without a score is processed all the same.
        assert!(matches!(
            details(
                Some("completed"),
                None,
                serde_json::json!({ "processing_status": "completed" })
            ),
            Check::Done(())
        ));
    }

    #[test]
    fn an_unscored_or_unfinished_result_is_pending() {
        for (status, score) in [
            (None, None),
            (Some("ongoing"), None),
            (Some("started"), None),
            (Some("completed"), None),
            // A score on an interview still running is not final.
            (Some("ongoing"), Some(4.0)),
        ] {
            assert!(
                matches!(details(status, score, none()), Check::Pending),
                "{status:?} {score:?}"
            );
        }
        assert!(matches!(
            details(
                Some("completed"),
                None,
                serde_json::json!({ "processing_status": "processing" })
            ),
            Check::Pending
        ));
    }

    #[test]
    fn a_failed_interview_or_processing_is_terminal() {
        for status in [
            "failed",
            "abandoned",
            "terminated, no speech detected",
            "Terminated",
        ] {
            match details(Some(status), None, none()) {
                Check::Failed(why) => assert!(why.contains("will not be scored"), "{why}"),
                _ => panic!("{status} is terminal"),
            }
        }
        let secret = "candidate jane@example.com crashed the scorer";
        for extra in [
            serde_json::json!({ "processing_status": "failed" }),
            serde_json::json!({ "processing_error": secret }),
        ] {
            match details(Some("completed"), None, extra) {
                // The vendor's text is not repeated: it can hold personal data.
                Check::Failed(why) => assert!(!why.contains("jane"), "{why}"),
                _ => panic!("failed processing is terminal"),
            }
        }
        // An empty error text is no error.
        assert!(matches!(
            details(
                Some("completed"),
                Some(5.0),
                serde_json::json!({ "processing_error": "" })
            ),
            Check::Done(())
        ));
    }

    /// A status this version does not type is read as the documented word it spells in
    /// another case or spacing, or else by its first word.
    #[test]
    fn an_unknown_wording_is_read_like_the_documented_status_it_resembles() {
        for status in [" Failed", "ABANDONED ", "Terminated, session timed out"] {
            match details(Some(status), None, none()) {
                Check::Failed(why) => assert!(why.contains("will not be scored"), "{why}"),
                _ => panic!("{status} is terminal"),
            }
        }
        for status in ["Completed", "completed, time limit reached"] {
            assert!(
                matches!(details(Some(status), Some(6.0), none()), Check::Done(())),
                "{status}"
            );
        }
        for status in ["Ongoing", "paused"] {
            assert!(
                matches!(details(Some(status), Some(6.0), none()), Check::Pending),
                "{status}"
            );
        }
    }
}
