//! JobMojito's result webhooks: `interview_result`, `interview_collected` and
//! `interview_failed`, which share one flat payload, and the older `{table, schema, record}`
//! envelope.
//!
//! JobMojito puts no event name in the body (the name is implied by the subscription) and
//! documents no signature: authenticate deliveries with a custom header you configure in the
//! JobMojito admin and check it with [`crate::webhooks::VerifierBuilder::shared_header`], or,
//! behind a proxy that signs, with an HMAC secret.

use std::fmt;
use std::str::FromStr;

use ring::digest::{SHA256, digest};
use serde_json::Value;

use super::parse;
use crate::{Error, ErrorKind, Result};

/// The generated payload types (from `specs/jobmojito.yaml`).
pub mod types {
    pub use jobmojito_raw::functions::types::{
        CoachStatus, CoachStatusValue, InterviewResultId, ProcessingStatus, ProcessingStatusValue,
        ResultStatus, ResultStatusValue, WebhookInterviewResultPayload,
        WebhookInterviewResultRecord, WebhookTableRecordEnvelope,
    };
}

/// Which of the three result webhooks a flat payload is.
///
/// ```
/// use hirekit::webhooks::jobmojito::ResultEvent;
///
/// let kind: ResultEvent = "interview_failed".parse().unwrap();
/// assert_eq!(kind, ResultEvent::InterviewFailed);
/// assert_eq!(kind.as_str(), "interview_failed");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResultEvent {
    /// `interview_result`: a submitted result was scored, or a watched field changed later.
    InterviewResult,
    /// `interview_collected`: the answers are in, not yet scored.
    InterviewCollected,
    /// `interview_failed`: the interview failed, was abandoned or heard no speech.
    InterviewFailed,
}

impl ResultEvent {
    /// The event's name as JobMojito's admin lists it.
    pub fn as_str(self) -> &'static str {
        match self {
            ResultEvent::InterviewResult => "interview_result",
            ResultEvent::InterviewCollected => "interview_collected",
            ResultEvent::InterviewFailed => "interview_failed",
        }
    }

    /// Infers the event from the payload, since the body does not name it: an interview that
    /// did not complete is `interview_failed`, a result still in draft is
    /// `interview_collected`, anything else `interview_result`. When each subscription has its
    /// own URL, [`Event::from_slice_as`] parses as the event the URL stands for; the axum
    /// routes restricted to some events (`JobMojitoWebhooks::event`) instead compare this
    /// inference with the route's events and refuse a delivery that matches none.
    pub fn infer(payload: &types::WebhookInterviewResultPayload) -> ResultEvent {
        use types::{CoachStatus, CoachStatusValue, ResultStatus, ResultStatusValue};
        let failed = match &payload.interview_status {
            Some(CoachStatusValue::CoachStatus(status)) => matches!(
                status,
                CoachStatus::Failed
                    | CoachStatus::Abandoned
                    | CoachStatus::TerminatedNoSpeechDetected
            ),
            // A termination worded in a way this version does not know is still a failure.
            Some(CoachStatusValue::Other(other)) => {
                crate::jobmojito::interview_status::is_termination(other)
            }
            None => false,
        };
        if failed {
            ResultEvent::InterviewFailed
        } else if matches!(
            payload.status,
            ResultStatusValue::ResultStatus(ResultStatus::Draft)
        ) {
            ResultEvent::InterviewCollected
        } else {
            ResultEvent::InterviewResult
        }
    }
}

impl fmt::Display for ResultEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ResultEvent {
    type Err = Error;

    fn from_str(name: &str) -> Result<Self> {
        match name {
            "interview_result" => Ok(ResultEvent::InterviewResult),
            "interview_collected" => Ok(ResultEvent::InterviewCollected),
            "interview_failed" => Ok(ResultEvent::InterviewFailed),
            _ => Err(Error::new(
                ErrorKind::InvalidInput,
                "not a JobMojito result event (interview_result, interview_collected or \
                 interview_failed)",
            )),
        }
    }
}

/// A JobMojito webhook delivery.
///
/// The enum is `non_exhaustive`, and a body of a shape hirekit does not recognise parses as
/// [`Event::Unknown`] rather than failing. `Debug` shows only the event and the result id: the
/// payloads carry candidates' names, emails and phone numbers.
///
/// ```
/// # fn demo() -> hirekit::Result<()> {
/// use hirekit::webhooks::jobmojito::Event;
///
/// let body = br#"{"table":"interview_result","schema":"public","record":{"id":"r1","score":5.1}}"#;
/// let event = Event::from_slice(body)?;
/// assert!(matches!(event, Event::TableRecord(_)));
/// assert_eq!(event.result_id(), Some("r1"));
/// # Ok(()) }
/// # demo().unwrap();
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub enum Event {
    /// `interview_result`: a submitted, processed result (sent again when a watched field
    /// changes, with the same id).
    InterviewResult(Box<types::WebhookInterviewResultPayload>),
    /// `interview_collected`: answers collected, scoring not done yet.
    InterviewCollected(Box<types::WebhookInterviewResultPayload>),
    /// `interview_failed`: the interview did not complete.
    InterviewFailed(Box<types::WebhookInterviewResultPayload>),
    /// The older database-webhook envelope naming the table and carrying the changed row.
    TableRecord(Box<types::WebhookTableRecordEnvelope>),
    /// A JSON object of neither shape.
    Unknown(Value),
}

impl Event {
    /// Parses a delivery body (after verification), inferring which result event a flat
    /// payload is with [`ResultEvent::infer`]. Fails when the body is not a JSON object, or
    /// when it has the shape of a known payload but its content does not match (the error's
    /// [`Error::decode_path`] says where).
    ///
    /// ```
    /// use hirekit::webhooks::jobmojito::Event;
    ///
    /// assert!(Event::from_slice(b"not json").is_err());
    /// let unknown = Event::from_slice(br#"{"hello":"world"}"#).unwrap();
    /// assert!(matches!(unknown, Event::Unknown(_)));
    /// ```
    pub fn from_slice(bytes: &[u8]) -> Result<Event> {
        Self::parse(bytes, None)
    }

    /// Parses a flat payload as the given event (for an endpoint subscribed to one event
    /// only); the older envelope and unknown shapes are recognised as in
    /// [`Event::from_slice`].
    pub fn from_slice_as(bytes: &[u8], event: ResultEvent) -> Result<Event> {
        Self::parse(bytes, Some(event))
    }

    fn parse(bytes: &[u8], event: Option<ResultEvent>) -> Result<Event> {
        let map = parse::object(bytes)?;
        if map.contains_key("table") && map.contains_key("record") {
            let envelope = parse::typed(bytes, "the table-record webhook")?;
            return Ok(Event::TableRecord(envelope));
        }
        if map.contains_key("id") && map.contains_key("interview_id") {
            let payload: Box<types::WebhookInterviewResultPayload> =
                parse::typed(bytes, "the interview result webhook")?;
            return Ok(
                match event.unwrap_or_else(|| ResultEvent::infer(&payload)) {
                    ResultEvent::InterviewResult => Event::InterviewResult(payload),
                    ResultEvent::InterviewCollected => Event::InterviewCollected(payload),
                    ResultEvent::InterviewFailed => Event::InterviewFailed(payload),
                },
            );
        }
        Ok(Event::Unknown(Value::Object(map)))
    }

    /// The event's name: `interview_result`, `interview_collected`, `interview_failed`,
    /// `table_record` for the older envelope, or `unknown`.
    pub fn name(&self) -> &'static str {
        match self.result_event() {
            Some(event) => event.as_str(),
            None if matches!(self, Event::TableRecord(_)) => "table_record",
            None => "unknown",
        }
    }

    /// Which result event a flat payload is.
    pub fn result_event(&self) -> Option<ResultEvent> {
        match self {
            Event::InterviewResult(_) => Some(ResultEvent::InterviewResult),
            Event::InterviewCollected(_) => Some(ResultEvent::InterviewCollected),
            Event::InterviewFailed(_) => Some(ResultEvent::InterviewFailed),
            _ => None,
        }
    }

    /// The flat payload, for the three result events.
    pub fn payload(&self) -> Option<&types::WebhookInterviewResultPayload> {
        match self {
            Event::InterviewResult(p)
            | Event::InterviewCollected(p)
            | Event::InterviewFailed(p) => Some(p),
            _ => None,
        }
    }

    /// The interview result's id, when the body carries one.
    pub fn result_id(&self) -> Option<&str> {
        match self {
            Event::InterviewResult(p)
            | Event::InterviewCollected(p)
            | Event::InterviewFailed(p) => Some(p.id.as_str()),
            Event::TableRecord(e) => e.record.id.as_ref().map(|id| id.as_str()),
            Event::Unknown(raw) => raw.get("id").and_then(Value::as_str),
        }
    }
}

impl fmt::Debug for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Event")
            .field("name", &self.name())
            .field("result_id", &self.result_id())
            .finish_non_exhaustive()
    }
}

/// The key to deduplicate a JobMojito delivery on: the SHA-256 of its body, in hex.
///
/// JobMojito re-sends `interview_result` with the same result id whenever a watched field
/// changes, so the id alone would drop real updates; an identical body, though, is a retry.
///
/// ```
/// use hirekit::webhooks::jobmojito::replay_key;
///
/// assert_eq!(replay_key(b"{}"), replay_key(b"{}"));
/// assert_ne!(replay_key(br#"{"score":1}"#), replay_key(br#"{"score":2}"#));
/// ```
pub fn replay_key(body: &[u8]) -> String {
    digest(&SHA256, body)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
