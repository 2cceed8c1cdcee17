//! What the spec's types make of vendor answers: tolerant statuses (a known value is a variant,
//! an unknown one is kept as text instead of failing the answer), timestamps as chrono values,
//! the two result ids as distinct types, and JOFI's job-fit report with its typed `mode` and
//! every other key kept.

use hirekit::chrono::{DateTime, TimeZone as _, Utc};
use hirekit::jobmojito::types::{
    CoachStatus, CoachStatusValue, InterviewResultId, JobInterviewDetailsResponse,
    MerchantResultListItem, PositionResultId, ProcessingStatus, ProcessingStatusValue,
    ResultStatus, ResultStatusValue,
};
use hirekit::jofi::{self, HasMode as _, Mode};
use serde_json::{Value, json};

fn details(value: Value) -> JobInterviewDetailsResponse {
    serde_json::from_value(value).expect("the details decode")
}

fn row(value: Value) -> MerchantResultListItem {
    serde_json::from_value(value).expect("the row decodes")
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, s)
        .single()
        .expect("a valid instant")
}

#[test]
fn a_known_status_decodes_to_its_variant() {
    let known = details(json!({ "status": "completed, stopped early" }));
    assert!(matches!(
        known.status,
        Some(CoachStatusValue::CoachStatus(
            CoachStatus::CompletedStoppedEarly
        ))
    ));
    let missing = details(json!({ "status": null }));
    assert!(missing.status.is_none());
}

#[test]
fn an_unknown_status_is_kept_as_text_and_the_answer_still_decodes() {
    let unknown = details(json!({ "status": "paused by recruiter", "score": 6.5 }));
    match &unknown.status {
        Some(CoachStatusValue::Other(other)) => assert_eq!(other.as_str(), "paused by recruiter"),
        other => panic!("expected the unknown value kept, got {other:?}"),
    }
    assert_eq!(unknown.score, Some(6.5));
    // It is sent back out as it came in.
    let echoed = serde_json::to_value(&unknown).expect("serialises");
    assert_eq!(echoed["status"], "paused by recruiter");
}

#[test]
fn list_rows_type_their_three_statuses() {
    let known = row(json!({
        "id": "5d0c2a6e-8f3b-4c1d-9e27-3b6f4a1c8d90",
        "status": "archived",
        "coach_status": "terminated, no speech detected",
        "processing_status": "processing",
    }));
    assert!(matches!(
        known.status,
        Some(ResultStatusValue::ResultStatus(ResultStatus::Archived))
    ));
    assert!(matches!(
        known.coach_status,
        Some(CoachStatusValue::CoachStatus(
            CoachStatus::TerminatedNoSpeechDetected
        ))
    ));
    assert!(matches!(
        known.processing_status,
        Some(ProcessingStatusValue::ProcessingStatus(
            ProcessingStatus::Processing
        ))
    ));

    let novel = row(json!({
        "id": "r",
        "status": "on_hold",
        "coach_status": "reconnecting",
        "processing_status": "queued",
    }));
    assert!(matches!(&novel.status, Some(ResultStatusValue::Other(s)) if s.as_str() == "on_hold"));
    assert!(
        matches!(&novel.coach_status, Some(CoachStatusValue::Other(s)) if s.as_str() == "reconnecting")
    );
    assert!(
        matches!(&novel.processing_status, Some(ProcessingStatusValue::Other(s)) if s.as_str() == "queued")
    );
}

#[test]
fn timestamps_decode_to_chrono_in_the_shapes_the_vendor_shows() {
    // Milliseconds with `Z` (the current docs) and with `+00:00` (the older webhook example).
    let parsed = details(json!({
        "start": "2026-01-15T09:30:00.000Z",
        "end": "2024-11-06T05:30:19.961+00:00",
    }));
    assert_eq!(parsed.start, Some(utc(2026, 1, 15, 9, 30, 0)));
    let end = parsed.end.expect("an end");
    assert_eq!(end.timestamp_millis(), 1_730_871_019_961);

    // Any fraction length and any offset, normalised to UTC.
    let listed = row(json!({
        "id": "r",
        "created_at": "2024-12-11T22:23:05.312696+00:00",
        "updated_at": "2026-01-15T11:30:00+02:00",
    }));
    assert_eq!(
        listed.created_at.map(|t| t.timestamp_micros()),
        Some(utc(2024, 12, 11, 22, 23, 5).timestamp_micros() + 312_696)
    );
    assert_eq!(listed.updated_at, Some(utc(2026, 1, 15, 9, 30, 0)));

    let none = row(json!({ "id": "r", "created_at": null }));
    assert!(none.created_at.is_none() && none.updated_at.is_none());
}

#[test]
fn a_row_carries_two_ids_of_two_types() {
    let listed = row(json!({
        "id": "5d0c2a6e-8f3b-4c1d-9e27-3b6f4a1c8d90",
        "interview_result_id": "93c98d21-e04d-4a84-9afa-ed154cf73636",
    }));
    let row_id: &PositionResultId = &listed.id;
    let result_id: &InterviewResultId = listed.interview_result_id.as_ref().expect("a result id");
    assert_eq!(row_id.as_str(), "5d0c2a6e-8f3b-4c1d-9e27-3b6f4a1c8d90");
    assert_eq!(result_id.as_str(), "93c98d21-e04d-4a84-9afa-ed154cf73636");

    // A string you hold becomes a result id without ceremony, and compares by value.
    let held = InterviewResultId::from("93c98d21-e04d-4a84-9afa-ed154cf73636".to_string());
    assert_eq!(&held, result_id);
    let parsed: InterviewResultId = "93c98d21-e04d-4a84-9afa-ed154cf73636"
        .parse()
        .unwrap_or_else(|never| match never {});
    assert_eq!(parsed, held);
    // On the wire it is the plain string.
    assert_eq!(
        serde_json::to_value(&held).expect("serialises"),
        json!("93c98d21-e04d-4a84-9afa-ed154cf73636")
    );
}

#[test]
fn a_job_fit_report_types_its_mode_and_keeps_every_other_key() {
    // The vendor does not document the body beyond the `mode` every answer carries; this
    // sample has the shape the mock answers with.
    let report: jofi::types::JobFitReport = serde_json::from_value(json!({
        "mode": "test",
        "object": "job_fit_report",
        "test_taker_id": 12345,
        "ready": true,
        "job_fit_summary_url": "https://www.jofiscore.com/test-takers/CNP1234567890/job-fit?r=jfs&zones=1_5",
        "fits": [{ "score_profile": { "id": 295, "short_name": "JOFI-295-AS" }, "fit": 7.5 }],
    }))
    .expect("the report decodes");
    assert_eq!(report.mode(), Some(Mode::Test));
    assert_eq!(report.object.as_deref(), Some("job_fit_report"));
    assert_eq!(report.extra["test_taker_id"], 12345);
    assert_eq!(report.extra["fits"][0]["fit"], 7.5);

    // A mode this version does not know, or none at all, still decodes.
    let later: jofi::types::JobFitReport =
        serde_json::from_value(json!({ "mode": "sandbox", "zones": [1, 5] })).expect("decodes");
    assert_eq!(later.mode(), None);
    assert_eq!(later.extra["zones"], json!([1, 5]));
    let bare: jofi::types::JobFitReport = serde_json::from_value(json!({})).expect("decodes");
    assert_eq!(bare.mode(), None);
}
