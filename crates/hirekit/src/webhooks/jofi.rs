//! JOFI's webhook events: one JSON envelope per delivery, dispatched on `type`, with the
//! resource in `data.object`.

use std::fmt;

use serde_json::Value;

use super::parse;
use crate::{Error, ErrorKind, Result};

/// The generated payload types each event wraps (from `specs/jofi.yaml`).
pub mod types {
    pub use jofi_raw::types::{
        CareerNavigationProfile, CareerNavigationProfileCreatedEvent,
        CareerNavigationProfileEventData, Invitation, InvitationAcceptedEvent,
        InvitationCreatedEvent, InvitationEventData, TestTaker, TestTakerAssessmentCompletedEvent,
        TestTakerCreatedEvent, TestTakerEventData,
    };
}

/// The `type` of an invitation being created.
pub const INVITATION_CREATED: &str = "invitation.created";
/// The `type` of an invitation being accepted.
pub const INVITATION_ACCEPTED: &str = "invitation.accepted";
/// The `type` of a test taker being created.
pub const TEST_TAKER_CREATED: &str = "test_taker.created";
/// The `type` of a test taker completing an assessment.
pub const TEST_TAKER_ASSESSMENT_COMPLETED: &str = "test_taker.assessment_completed";
/// The `type` of a career navigation profile being created.
pub const CAREER_NAVIGATION_PROFILE_CREATED: &str = "career_navigation_profile.created";

/// A JOFI webhook event.
///
/// JOFI says more event types will come, so an unknown `type` parses as [`Event::Unknown`]
/// with the JSON kept, and the enum is `non_exhaustive`. `Debug` shows only the type and id:
/// the payloads carry candidates' names and emails.
///
/// ```
/// # fn demo() -> hirekit::Result<()> {
/// use hirekit::webhooks::jofi::Event;
///
/// let body = br#"{"id":"evt_9","type":"test_taker.archived","object":"event","data":{}}"#;
/// match Event::from_slice(body)? {
///     Event::TestTakerCreated(event) => println!("test taker {}", event.data.object.id),
///     Event::Unknown { type_name, .. } => println!("ignoring {type_name}"),
///     other => println!("{} {:?}", other.type_name(), other.id()),
/// }
/// # Ok(()) }
/// # demo().unwrap();
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub enum Event {
    /// `invitation.created`: carries the invitation.
    InvitationCreated(Box<types::InvitationCreatedEvent>),
    /// `invitation.accepted`: carries the invitation (a test taker is created at the same time).
    InvitationAccepted(Box<types::InvitationAcceptedEvent>),
    /// `test_taker.created`: carries the test taker.
    TestTakerCreated(Box<types::TestTakerCreatedEvent>),
    /// `test_taker.assessment_completed`: carries the test taker.
    TestTakerAssessmentCompleted(Box<types::TestTakerAssessmentCompletedEvent>),
    /// `career_navigation_profile.created`: carries the profile.
    CareerNavigationProfileCreated(Box<types::CareerNavigationProfileCreatedEvent>),
    /// A `type` this version of hirekit does not know.
    Unknown {
        /// The event's `type`.
        type_name: String,
        /// The whole event as it arrived.
        raw: Value,
    },
}

impl Event {
    /// Parses a delivery body (after verification). Fails when the body is not a JSON object,
    /// has no string `type`, or is of a known type whose content does not match it (the error's
    /// [`Error::decode_path`] says where).
    ///
    /// ```
    /// use hirekit::webhooks::jofi::Event;
    ///
    /// let error = Event::from_slice(br#"{"id":"evt_1"}"#).unwrap_err();
    /// assert_eq!(error.field(), Some("type"));
    /// ```
    pub fn from_slice(bytes: &[u8]) -> Result<Event> {
        let map = parse::object(bytes)?;
        let type_name = match map.get("type") {
            Some(Value::String(t)) => t.clone(),
            Some(_) => {
                return Err(
                    Error::new(ErrorKind::Webhook, "the event's `type` is not a string")
                        .with_field("type"),
                );
            }
            None => {
                return Err(
                    Error::new(ErrorKind::Webhook, "the event has no `type`").with_field("type")
                );
            }
        };
        let what = format!("the `{type_name}` event");
        Ok(match type_name.as_str() {
            INVITATION_CREATED => Event::InvitationCreated(parse::typed(bytes, &what)?),
            INVITATION_ACCEPTED => Event::InvitationAccepted(parse::typed(bytes, &what)?),
            TEST_TAKER_CREATED => Event::TestTakerCreated(parse::typed(bytes, &what)?),
            TEST_TAKER_ASSESSMENT_COMPLETED => {
                Event::TestTakerAssessmentCompleted(parse::typed(bytes, &what)?)
            }
            CAREER_NAVIGATION_PROFILE_CREATED => {
                Event::CareerNavigationProfileCreated(parse::typed(bytes, &what)?)
            }
            _ => Event::Unknown {
                type_name,
                raw: Value::Object(map),
            },
        })
    }

    /// The event id (`evt_…`); `None` only for an unknown event without a string `id`.
    pub fn id(&self) -> Option<&str> {
        match self {
            Event::InvitationCreated(e) => Some(&e.id),
            Event::InvitationAccepted(e) => Some(&e.id),
            Event::TestTakerCreated(e) => Some(&e.id),
            Event::TestTakerAssessmentCompleted(e) => Some(&e.id),
            Event::CareerNavigationProfileCreated(e) => Some(&e.id),
            Event::Unknown { raw, .. } => raw.get("id").and_then(Value::as_str),
        }
    }

    /// The event's `type`, e.g. `invitation.created`.
    pub fn type_name(&self) -> &str {
        match self {
            Event::InvitationCreated(_) => INVITATION_CREATED,
            Event::InvitationAccepted(_) => INVITATION_ACCEPTED,
            Event::TestTakerCreated(_) => TEST_TAKER_CREATED,
            Event::TestTakerAssessmentCompleted(_) => TEST_TAKER_ASSESSMENT_COMPLETED,
            Event::CareerNavigationProfileCreated(_) => CAREER_NAVIGATION_PROFILE_CREATED,
            Event::Unknown { type_name, .. } => type_name,
        }
    }

    /// Whether this version of hirekit knows the event's type.
    pub fn is_known(&self) -> bool {
        !matches!(self, Event::Unknown { .. })
    }
}

impl fmt::Debug for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Event")
            .field("type", &self.type_name())
            .field("id", &self.id())
            .finish_non_exhaustive()
    }
}
