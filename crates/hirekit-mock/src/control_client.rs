//! A typed client for the control endpoints (`/__mock/…`): one async method per endpoint,
//! each returning a typed answer or a [`ControlError`].
//!
//! [`MockServer::control`](crate::MockServer::control) gives one for a mock running in this
//! process: it calls the very handlers the HTTP endpoints call, directly, with no HTTP (so
//! these calls are not counted in [`Stats::requests`]). [`ControlClient::remote`] gives one for
//! a mock elsewhere, such as one started with `cargo run -p hirekit-mock`, over HTTP.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use hirekit_mock::MockServer;
//! use hirekit_mock::control_client::{ResultChange, ResultOutcome};
//!
//! let mock = MockServer::start().await?;
//! let control = mock.control();
//! # let invitation_id = 120_001;
//! // The participant accepts the invitation, then completes every assessment.
//! let accepted = control.accept_invitation(invitation_id).await?;
//! control.complete_all_assessments(accepted.test_taker_id).await?;
//! # let interview_id = String::new();
//! // A candidate finishes an interview, and it is scored 8.
//! let finished = control
//!     .change_result(&ResultChange::new(&interview_id, ResultOutcome::Scored).score(8.0))
//!     .await?;
//! println!("result {}", finished.result_id);
//! # Ok(()) }
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use hyper::HeaderMap;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use crate::control::{self, CONTROL_CONTENT_TYPE};
use crate::faults::{ActiveFault, FaultSpec};
use crate::log::Logged;
use crate::reply::ReplyBody;
use crate::shared::Shared;
use crate::webhooks::{Delivery, Receiver, Vendor};

/// Why a control call failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum ControlError {
    /// The mock refused the call: an unknown id (404), a state that does not allow it (409,
    /// e.g. an invitation accepted already), or a bad argument (400).
    Refused {
        /// The HTTP status of the refusal.
        status: u16,
        /// The mock's explanation.
        message: String,
    },
    /// The answer was not what the endpoint documents.
    Unexpected {
        /// The endpoint, as `METHOD /__mock/…`.
        endpoint: String,
        /// What was wrong with it.
        reason: String,
    },
    /// A remote mock could not be reached, or its answer could not be read.
    Unreachable(reqwest::Error),
    /// What was waited for did not happen in time ([`ControlClient::wait_for_deliveries`]).
    TimedOut {
        /// What did not happen.
        waiting_for: String,
        /// How long it was waited for.
        waited: Duration,
    },
}

impl ControlError {
    /// The status of a refusal, if the mock refused.
    pub fn status(&self) -> Option<u16> {
        match self {
            ControlError::Refused { status, .. } => Some(*status),
            _ => None,
        }
    }
}

impl fmt::Display for ControlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ControlError::Refused { status, message } => {
                write!(f, "the mock refused the control call ({status}): {message}")
            }
            ControlError::Unexpected { endpoint, reason } => {
                write!(f, "unexpected answer from {endpoint}: {reason}")
            }
            ControlError::Unreachable(error) => {
                write!(f, "the mock could not be reached: {error}")
            }
            ControlError::TimedOut {
                waiting_for,
                waited,
            } => write!(f, "no {waiting_for} within {waited:?}"),
        }
    }
}

impl std::error::Error for ControlError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ControlError::Unreachable(error) => Some(error),
            _ => None,
        }
    }
}

/// How a control call reaches the mock.
#[derive(Clone)]
enum Link {
    /// The handlers of a server in this process, called directly.
    InProcess(Arc<Shared>),
    /// A mock elsewhere, over HTTP at this base URL.
    Remote {
        http: reqwest::Client,
        base_url: String,
    },
}

/// Typed access to a mock's control endpoints. Cheap to clone; clones reach the same mock,
/// so a test can move one into a task that plays the participant while it waits.
#[derive(Clone)]
pub struct ControlClient {
    link: Link,
}

impl fmt::Debug for ControlClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.link {
            Link::InProcess(shared) => f
                .debug_struct("ControlClient")
                .field("in_process", &shared.base_url)
                .finish(),
            Link::Remote { base_url, .. } => f
                .debug_struct("ControlClient")
                .field("remote", base_url)
                .finish(),
        }
    }
}

/// A complete answer: status and body.
struct Answer {
    status: u16,
    body: AnswerBody,
}

enum AnswerBody {
    Json(Value),
    Bytes(Bytes),
    Empty,
}

/// Which requests [`ControlClient::request_counts`] counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestFilter {
    /// Every request that matched an operation.
    All,
    /// Requests for one operation id (`get_test_taker`).
    Operation(String),
    /// Requests with exactly this path (`/api/v2/test-takers/540001`), of one method or any.
    Path {
        /// The method (any when `None`).
        method: Option<String>,
        /// The path as sent, without the query.
        path: String,
    },
}

/// What [`ControlClient::request_counts`] answers.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct RequestCounts {
    /// Requests matching the filter.
    pub count: u64,
    /// Requests per operation id, all of them.
    #[serde(default)]
    pub by_operation: BTreeMap<String, u64>,
    /// The most recent requests, oldest first.
    #[serde(default)]
    pub recent: Vec<Logged>,
}

/// What [`ControlClient::stats`] answers.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct Stats {
    /// TCP connections accepted.
    pub connections: u64,
    /// HTTP requests received (control requests included; in-process control calls are not
    /// requests).
    pub requests: u64,
    /// JOFI's counters.
    pub jofi: JofiStats,
    /// JobMojito Functions' counters.
    pub jobmojito: JobMojitoStats,
    /// Tables' counters.
    pub tables: TablesStats,
}

/// JOFI's counters in [`Stats`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct JofiStats {
    /// Invitations created through the API.
    pub invitations_created: u64,
    /// Invitations updated through the API.
    pub invitations_updated: u64,
    /// Invitations created by seeding.
    pub invitations_seeded: u64,
    /// Invitations accepted through the control API.
    pub invitations_accepted: u64,
    /// Test takers created by acceptance.
    pub test_takers_created: u64,
    /// Test takers created by seeding.
    pub test_takers_seeded: u64,
    /// Assessments completed through the control API.
    pub assessments_completed: u64,
    /// Career navigation profiles created through the control API.
    pub career_navigation_profiles_created: u64,
    /// Webhook events emitted.
    pub events_emitted: u64,
    /// Records held for live keys.
    pub live: StoreCounts,
    /// Records held for test keys.
    pub test: StoreCounts,
}

/// Records one JOFI key mode holds.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct StoreCounts {
    /// Invitations.
    pub invitations: u64,
    /// Test takers.
    pub test_takers: u64,
    /// Career navigation profiles.
    pub career_navigation_profiles: u64,
}

/// JobMojito Functions' counters in [`Stats`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct JobMojitoStats {
    /// Interview definitions.
    pub interviews_created: u64,
    /// Candidates registered or invited.
    pub candidates_created: u64,
    /// Interview results, seeded ones included.
    pub results: u64,
    /// Coaching catalogue directories.
    pub catalogue_directories: u64,
    /// Pre-screening positions.
    pub pre_screenings: u64,
    /// Knowledge-base documents accepted.
    pub documents: u64,
    /// Users invited.
    pub invitations: u64,
    /// Tokens revoked through the control API.
    pub revoked_tokens: u64,
}

/// Tables' counters in [`Stats`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct TablesStats {
    /// Rows per table that has any.
    pub rows: BTreeMap<String, u64>,
    /// Sessions issued by sign-in.
    pub sessions: u64,
    /// Access tokens still live.
    pub live_tokens: u64,
}

/// An event the mock emitted, delivered or not ([`ControlClient::webhook_events`]).
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct EmittedEvent {
    /// The vendor.
    pub vendor: Vendor,
    /// The event type (`test_taker.created`, `interview_result`, …).
    #[serde(rename = "type")]
    pub event_type: String,
    /// The body as sent.
    pub body: Value,
}

/// What [`ControlClient::accept_invitation`] answers.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct InvitationAccepted {
    /// The test taker the acceptance created.
    pub test_taker_id: i64,
    /// The invitation after acceptance, as its webhook event carries it.
    pub invitation: Value,
    /// The new test taker, as its webhook event carries it.
    pub test_taker: Value,
}

/// What [`ControlClient::complete_assessments`] and
/// [`ControlClient::complete_all_assessments`] answer.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct AssessmentsCompleted {
    /// The assessment ids completed by this call (those completed before are left out).
    pub completed: Vec<i64>,
    /// The test taker afterwards.
    pub test_taker: Value,
}

/// What [`ControlClient::create_career_navigation_profile`] answers.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ProfileCreated {
    /// The profile's id (`CNP…`).
    pub id: String,
    /// The profile, as its webhook event carries it.
    pub profile: Value,
}

/// Whose career navigation profile [`ControlClient::create_career_navigation_profile`]
/// creates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileOwner {
    /// This test taker.
    TestTaker(i64),
    /// The newest test taker with this email.
    Email(String),
}

/// Invitations for [`ControlClient::seed_jofi`] to create at once, without webhook events.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct JofiSeed {
    /// How many (1 to 1000).
    pub invitations: u32,
    /// Accept each, creating its test taker.
    pub accept: bool,
    /// Complete each test taker's assessments (implies `accept`).
    pub complete: bool,
    /// Give each test taker a career navigation profile (implies `accept`).
    pub profiles: bool,
    /// Store them for live keys rather than test keys.
    pub live: bool,
}

impl JofiSeed {
    /// `invitations` pending invitations for test keys.
    pub fn new(invitations: u32) -> Self {
        JofiSeed {
            invitations,
            accept: false,
            complete: false,
            profiles: false,
            live: false,
        }
    }

    /// Accepts each.
    #[must_use]
    pub fn accepted(mut self) -> Self {
        self.accept = true;
        self
    }

    /// Completes each test taker's assessments.
    #[must_use]
    pub fn completed(mut self) -> Self {
        self.complete = true;
        self
    }

    /// Gives each test taker a career navigation profile.
    #[must_use]
    pub fn with_profiles(mut self) -> Self {
        self.profiles = true;
        self
    }

    /// Stores them for live keys.
    #[must_use]
    pub fn live(mut self) -> Self {
        self.live = true;
        self
    }
}

/// What [`ControlClient::seed_jofi`] answers.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct JofiSeeded {
    /// The invitations created.
    pub invitations: Vec<i64>,
    /// The test takers created (when accepted).
    #[serde(default)]
    pub test_takers: Vec<i64>,
}

/// Where an interview result goes ([`ControlClient::change_result`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultOutcome {
    /// The candidate finished; answers collected, scoring still running
    /// (`interview_collected`).
    Collected,
    /// Scored and submitted (`interview_result`).
    Scored,
    /// The interview failed (`interview_failed`).
    Failed,
}

impl ResultOutcome {
    fn as_str(self) -> &'static str {
        match self {
            ResultOutcome::Collected => "collected",
            ResultOutcome::Scored => "result",
            ResultOutcome::Failed => "failed",
        }
    }
}

/// A change to an interview result: a new result for an interview, or one that exists.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResultChange {
    /// The interview a new result belongs to.
    pub interview_id: Option<String>,
    /// The result to change instead of creating one.
    pub result_id: Option<String>,
    /// Where it goes.
    pub outcome: ResultOutcome,
    /// The score of a scored result (made up when absent).
    pub score: Option<f64>,
    /// Whose result a new one is, by candidate (profile_interview) id; by default the
    /// interview's first registered candidate without a result.
    pub profile_interview_id: Option<String>,
    /// Whose result a new one is, by candidate email.
    pub candidate_email: Option<String>,
}

impl ResultChange {
    /// A new result of `interview_id`, taken to `outcome`.
    pub fn new(interview_id: impl Into<String>, outcome: ResultOutcome) -> Self {
        ResultChange {
            interview_id: Some(interview_id.into()),
            result_id: None,
            outcome,
            score: None,
            profile_interview_id: None,
            candidate_email: None,
        }
    }

    /// The existing result `result_id`, taken to `outcome`.
    pub fn of_result(result_id: impl Into<String>, outcome: ResultOutcome) -> Self {
        ResultChange {
            interview_id: None,
            result_id: Some(result_id.into()),
            ..ResultChange::new(String::new(), outcome)
        }
    }

    /// The score of a scored result.
    #[must_use]
    pub fn score(mut self, score: f64) -> Self {
        self.score = Some(score);
        self
    }

    /// A new result for this candidate (profile_interview id).
    #[must_use]
    pub fn profile_interview_id(mut self, id: impl Into<String>) -> Self {
        self.profile_interview_id = Some(id.into());
        self
    }

    /// A new result for the candidate with this email.
    #[must_use]
    pub fn candidate_email(mut self, email: impl Into<String>) -> Self {
        self.candidate_email = Some(email.into());
        self
    }

    fn to_json(&self) -> Value {
        let mut body = Map::new();
        let mut put = |key: &str, value: Option<Value>| {
            if let Some(value) = value {
                body.insert(key.to_string(), value);
            }
        };
        put("interview_id", self.interview_id.clone().map(Value::from));
        put("result_id", self.result_id.clone().map(Value::from));
        put("outcome", Some(Value::from(self.outcome.as_str())));
        put("score", self.score.map(Value::from));
        put(
            "profile_interview_id",
            self.profile_interview_id.clone().map(Value::from),
        );
        put(
            "candidate_email",
            self.candidate_email.clone().map(Value::from),
        );
        Value::Object(body)
    }
}

/// What [`ControlClient::change_result`] answers.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct ResultChanged {
    /// The result's id (what `/job-interview-details` takes).
    pub result_id: String,
    /// The webhook event it emitted.
    pub event: String,
    /// The webhook payload.
    pub payload: Value,
}

/// What [`ControlClient::seed_results`] answers.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct ResultsSeeded {
    /// How many results were added.
    pub seeded: u64,
    /// The first one's id.
    pub first_result_id: String,
    /// The last one's id.
    pub last_result_id: String,
}

#[derive(Deserialize)]
struct Id<T> {
    id: T,
}

#[derive(Deserialize)]
struct Expired {
    expired: u64,
}

#[derive(Deserialize)]
struct Inserted {
    rows: Vec<Map<String, Value>>,
}

#[derive(Deserialize)]
struct FaultList {
    faults: Vec<ActiveFault>,
}

#[derive(Deserialize)]
struct DeliveryList {
    deliveries: Vec<Delivery>,
}

#[derive(Deserialize)]
struct EventList {
    events: Vec<EmittedEvent>,
}

impl ControlClient {
    /// A client for the mock whose state is `shared`, in this process.
    pub(crate) fn in_process(shared: Arc<Shared>) -> Self {
        ControlClient {
            link: Link::InProcess(shared),
        }
    }

    /// A client for a mock elsewhere, over HTTP: `base_url` is its host part
    /// (`http://127.0.0.1:4010`, what [`MockServer::base_url`](crate::MockServer::base_url)
    /// gives).
    pub fn remote(base_url: impl Into<String>) -> Result<Self, ControlError> {
        crate::install_crypto_provider();
        let http = reqwest::Client::builder()
            .build()
            .map_err(ControlError::Unreachable)?;
        Ok(ControlClient {
            link: Link::Remote {
                http,
                base_url: base_url.into().trim_end_matches('/').to_string(),
            },
        })
    }

    /// Sends one control call: `path` is below `/__mock/`.
    async fn call(
        &self,
        method: &str,
        path: &str,
        query: &[(String, String)],
        body: Option<&Value>,
    ) -> Result<Answer, ControlError> {
        let bytes = match body {
            Some(body) => Bytes::from(body.to_string()),
            None => Bytes::new(),
        };
        match &self.link {
            Link::InProcess(shared) => {
                let mut headers = HeaderMap::new();
                headers.insert(
                    hyper::header::CONTENT_TYPE,
                    hyper::header::HeaderValue::from_static(CONTROL_CONTENT_TYPE),
                );
                let reply = control::handle(shared, method, path, query, &headers, &bytes);
                let body = match reply.body {
                    ReplyBody::Json(value) => AnswerBody::Json(value),
                    ReplyBody::Bytes { data, .. } => AnswerBody::Bytes(data),
                    ReplyBody::Empty => AnswerBody::Empty,
                };
                Ok(Answer {
                    status: reply.status,
                    body,
                })
            }
            Link::Remote { http, base_url } => {
                let method = reqwest::Method::from_bytes(method.as_bytes()).map_err(|_| {
                    ControlError::Unexpected {
                        endpoint: format!("{method} /__mock/{path}"),
                        reason: "not an HTTP method".to_string(),
                    }
                })?;
                let mut request = http
                    .request(method.clone(), format!("{base_url}/__mock/{path}"))
                    .query(query);
                if method != reqwest::Method::GET {
                    request = request
                        .header(reqwest::header::CONTENT_TYPE, CONTROL_CONTENT_TYPE)
                        .body(bytes);
                }
                let response = request.send().await.map_err(ControlError::Unreachable)?;
                let status = response.status().as_u16();
                let json = response
                    .headers()
                    .get(reqwest::header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| v.starts_with("application/json"));
                let data = response.bytes().await.map_err(ControlError::Unreachable)?;
                let body = if data.is_empty() {
                    AnswerBody::Empty
                } else if json {
                    match serde_json::from_slice(&data) {
                        Ok(value) => AnswerBody::Json(value),
                        Err(e) => {
                            return Err(ControlError::Unexpected {
                                endpoint: format!("{method} /__mock/{path}"),
                                reason: format!("the JSON body does not parse: {e}"),
                            });
                        }
                    }
                } else {
                    AnswerBody::Bytes(data)
                };
                Ok(Answer { status, body })
            }
        }
    }

    /// Sends a call and reads its successful JSON answer as `T`.
    async fn json<T: DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        query: &[(String, String)],
        body: Option<&Value>,
    ) -> Result<T, ControlError> {
        let endpoint = || format!("{method} /__mock/{path}");
        let answer = self.call(method, path, query, body).await?;
        let value = match answer.body {
            AnswerBody::Json(value) => value,
            AnswerBody::Bytes(_) | AnswerBody::Empty => {
                return Err(refused_or(answer.status, None).unwrap_or_else(|| {
                    ControlError::Unexpected {
                        endpoint: endpoint(),
                        reason: "the answer is not JSON".to_string(),
                    }
                }));
            }
        };
        if let Some(refused) = refused_or(answer.status, Some(&value)) {
            return Err(refused);
        }
        serde_json::from_value(value).map_err(|e| ControlError::Unexpected {
            endpoint: endpoint(),
            reason: e.to_string(),
        })
    }

    /// Sends a call whose answer carries nothing the caller needs.
    async fn done(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<(), ControlError> {
        self.json::<Value>(method, path, &[], body).await.map(drop)
    }

    // ---------------------------------------------------------------- the whole mock

    /// Whether the mock answers (`GET /__mock/health`).
    pub async fn health(&self) -> Result<(), ControlError> {
        self.json::<Value>("GET", "health", &[], None)
            .await
            .map(drop)
    }

    /// Forgets every record, fault, logged request and delivery (`POST /__mock/reset`); the
    /// configuration and webhook receivers stay.
    pub async fn reset(&self) -> Result<(), ControlError> {
        self.done("POST", "reset", None).await
    }

    /// Connections, requests and created records (`GET /__mock/stats`).
    pub async fn stats(&self) -> Result<Stats, ControlError> {
        self.json("GET", "stats", &[], None).await
    }

    /// Adds a fault for the requests it matches and returns its id (`POST /__mock/faults`).
    pub async fn add_fault(&self, fault: &FaultSpec) -> Result<u64, ControlError> {
        let body = serde_json::to_value(fault).map_err(|e| ControlError::Unexpected {
            endpoint: "POST /__mock/faults".to_string(),
            reason: format!("the fault does not serialize: {e}"),
        })?;
        let id: Id<u64> = self.json("POST", "faults", &[], Some(&body)).await?;
        Ok(id.id)
    }

    /// Every fault, spent ones included, with its hit count (`GET /__mock/faults`).
    pub async fn faults(&self) -> Result<Vec<ActiveFault>, ControlError> {
        let list: FaultList = self.json("GET", "faults", &[], None).await?;
        Ok(list.faults)
    }

    /// Forgets every fault (`DELETE /__mock/faults`).
    pub async fn clear_faults(&self) -> Result<(), ControlError> {
        self.done("DELETE", "faults", None).await
    }

    /// How many requests matched `filter`, with counts per operation and the most recent
    /// requests (`GET /__mock/requests`).
    pub async fn request_counts(
        &self,
        filter: &RequestFilter,
    ) -> Result<RequestCounts, ControlError> {
        let query: Vec<(String, String)> = match filter {
            RequestFilter::All => Vec::new(),
            RequestFilter::Operation(id) => vec![("operation_id".into(), id.clone())],
            RequestFilter::Path { method, path } => {
                let mut query = vec![("path".to_string(), path.clone())];
                if let Some(method) = method {
                    query.push(("method".into(), method.clone()));
                }
                query
            }
        };
        self.json("GET", "requests", &query, None).await
    }

    /// Delivers `vendor`'s webhook events to `receiver` from now on
    /// (`PUT /__mock/webhooks/{vendor}`).
    pub async fn set_webhook_receiver(
        &self,
        vendor: Vendor,
        receiver: &Receiver,
    ) -> Result<(), ControlError> {
        let body = serde_json::to_value(receiver).map_err(|e| ControlError::Unexpected {
            endpoint: "PUT /__mock/webhooks".to_string(),
            reason: format!("the receiver does not serialize: {e}"),
        })?;
        self.done(
            "PUT",
            &format!("webhooks/{}", vendor_name(vendor)),
            Some(&body),
        )
        .await
    }

    /// Stops delivering `vendor`'s events (`DELETE /__mock/webhooks/{vendor}`).
    pub async fn remove_webhook_receiver(&self, vendor: Vendor) -> Result<(), ControlError> {
        self.done("DELETE", &format!("webhooks/{}", vendor_name(vendor)), None)
            .await
    }

    /// Deliveries finished so far (`GET /__mock/webhooks/deliveries`).
    pub async fn webhook_deliveries(&self) -> Result<Vec<Delivery>, ControlError> {
        let list: DeliveryList = self.json("GET", "webhooks/deliveries", &[], None).await?;
        Ok(list.deliveries)
    }

    /// Waits until at least `count` deliveries have finished (each acknowledged, or given up
    /// after its retries) and returns them all, polling
    /// [`webhook_deliveries`](Self::webhook_deliveries); fails with
    /// [`ControlError::TimedOut`] after `timeout`. Deliveries run in the background, so a test
    /// that caused events waits here before reading what its receiver got.
    pub async fn wait_for_deliveries(
        &self,
        count: usize,
        timeout: Duration,
    ) -> Result<Vec<Delivery>, ControlError> {
        let waiting = async {
            loop {
                let deliveries = self.webhook_deliveries().await?;
                if deliveries.len() >= count {
                    return Ok(deliveries);
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        };
        tokio::time::timeout(timeout, waiting)
            .await
            .unwrap_or_else(|_| {
                Err(ControlError::TimedOut {
                    waiting_for: format!("{count} finished webhook deliveries"),
                    waited: timeout,
                })
            })
    }

    /// Events emitted so far, delivered or not (`GET /__mock/webhooks/events`).
    pub async fn webhook_events(&self) -> Result<Vec<EmittedEvent>, ControlError> {
        let list: EventList = self.json("GET", "webhooks/events", &[], None).await?;
        Ok(list.events)
    }

    // ---------------------------------------------------------------- JOFI

    /// The participant accepts invitation `invitation_id`, which creates their test taker and
    /// emits `invitation.accepted` and `test_taker.created`
    /// (`POST /__mock/jofi/invitations/{id}/accept`). Refused with 409 when it was accepted
    /// already.
    pub async fn accept_invitation(
        &self,
        invitation_id: i64,
    ) -> Result<InvitationAccepted, ControlError> {
        #[derive(Deserialize)]
        struct Raw {
            invitation: Value,
            test_taker: Value,
        }
        let path = format!("jofi/invitations/{invitation_id}/accept");
        let raw: Raw = self.json("POST", &path, &[], Some(&json!({}))).await?;
        let test_taker_id = raw
            .test_taker
            .get("id")
            .and_then(Value::as_i64)
            .ok_or_else(|| ControlError::Unexpected {
                endpoint: format!("POST /__mock/{path}"),
                reason: "the answer names no test taker id".to_string(),
            })?;
        Ok(InvitationAccepted {
            test_taker_id,
            invitation: raw.invitation,
            test_taker: raw.test_taker,
        })
    }

    /// The test taker completes the assessments `assessment_ids` (test ids), filling their
    /// scorecard; emits `test_taker.assessment_completed` for each
    /// (`POST /__mock/jofi/test-takers/{id}/complete`).
    pub async fn complete_assessments(
        &self,
        test_taker_id: i64,
        assessment_ids: &[i64],
    ) -> Result<AssessmentsCompleted, ControlError> {
        let path = format!("jofi/test-takers/{test_taker_id}/complete");
        self.json(
            "POST",
            &path,
            &[],
            Some(&json!({ "assessments": assessment_ids })),
        )
        .await
    }

    /// The test taker completes every assessment assigned to them.
    pub async fn complete_all_assessments(
        &self,
        test_taker_id: i64,
    ) -> Result<AssessmentsCompleted, ControlError> {
        let path = format!("jofi/test-takers/{test_taker_id}/complete");
        self.json("POST", &path, &[], Some(&json!({}))).await
    }

    /// Creates a career navigation profile for `owner`; emits
    /// `career_navigation_profile.created` (`POST /__mock/jofi/career-navigation-profiles`).
    /// Refused with 409 when the test taker has one.
    pub async fn create_career_navigation_profile(
        &self,
        owner: &ProfileOwner,
    ) -> Result<ProfileCreated, ControlError> {
        #[derive(Deserialize)]
        struct Raw {
            career_navigation_profile: Value,
        }
        let body = match owner {
            ProfileOwner::TestTaker(id) => json!({ "test_taker_id": id }),
            ProfileOwner::Email(email) => json!({ "email": email }),
        };
        let path = "jofi/career-navigation-profiles";
        let raw: Raw = self.json("POST", path, &[], Some(&body)).await?;
        let id = raw
            .career_navigation_profile
            .get("id")
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| ControlError::Unexpected {
                endpoint: format!("POST /__mock/{path}"),
                reason: "the answer names no profile id".to_string(),
            })?;
        Ok(ProfileCreated {
            id,
            profile: raw.career_navigation_profile,
        })
    }

    /// Creates many invitations at once, without webhook events (`POST /__mock/jofi/seed`).
    pub async fn seed_jofi(&self, seed: &JofiSeed) -> Result<JofiSeeded, ControlError> {
        let body = json!({
            "invitations": seed.invitations,
            "accept": seed.accept,
            "complete": seed.complete,
            "profiles": seed.profiles,
            "mode": if seed.live { "live" } else { "test" },
        });
        self.json("POST", "jofi/seed", &[], Some(&body)).await
    }

    // ---------------------------------------------------------------- JobMojito

    /// Ends the session of `token`: its later requests get 401
    /// (`POST /__mock/jobmojito/revoke`).
    pub async fn revoke_token(&self, token: &str) -> Result<(), ControlError> {
        self.done("POST", "jobmojito/revoke", Some(&json!({ "token": token })))
            .await
    }

    /// Creates or moves on an interview result and emits its webhook
    /// (`POST /__mock/jobmojito/results`): what a candidate taking the interview would cause.
    pub async fn change_result(
        &self,
        change: &ResultChange,
    ) -> Result<ResultChanged, ControlError> {
        self.json("POST", "jobmojito/results", &[], Some(&change.to_json()))
            .await
    }

    /// Adds `count` finished, scored results to `interview_id` at once, without events
    /// (`POST /__mock/jobmojito/results/seed`).
    pub async fn seed_results(
        &self,
        interview_id: &str,
        count: u64,
    ) -> Result<ResultsSeeded, ControlError> {
        let body = json!({ "interview_id": interview_id, "count": count });
        self.json("POST", "jobmojito/results/seed", &[], Some(&body))
            .await
    }

    /// The PDF report of the results `result_ids`, as a `pdf_export_url` of
    /// `/job-interview-pdf` serves it (`GET /__mock/jobmojito/reports/{ids}.pdf`).
    pub async fn report_pdf(&self, result_ids: &[&str]) -> Result<Bytes, ControlError> {
        let path = format!("jobmojito/reports/{}.pdf", result_ids.join("_"));
        let answer = self.call("GET", &path, &[], None).await?;
        match answer.body {
            AnswerBody::Bytes(data) if (200..300).contains(&answer.status) => Ok(data),
            AnswerBody::Json(value) => {
                Err(refused_or(answer.status, Some(&value)).unwrap_or_else(|| {
                    ControlError::Unexpected {
                        endpoint: format!("GET /__mock/{path}"),
                        reason: "JSON instead of a PDF".to_string(),
                    }
                }))
            }
            _ => Err(
                refused_or(answer.status, None).unwrap_or_else(|| ControlError::Unexpected {
                    endpoint: format!("GET /__mock/{path}"),
                    reason: "no PDF in the answer".to_string(),
                }),
            ),
        }
    }

    // ---------------------------------------------------------------- Tables

    /// Expires every Supabase access token issued so far, so the next call gets 401 and must
    /// refresh; answers how many were live (`POST /__mock/tables/expire`).
    pub async fn expire_sessions(&self) -> Result<u64, ControlError> {
        let expired: Expired = self.json("POST", "tables/expire", &[], None).await?;
        Ok(expired.expired)
    }

    /// Stores `rows` in `table` (filling `id` and `created_at`) and returns them as stored
    /// (`POST /__mock/tables/{table}/rows`). Each row is anything that serializes to a JSON
    /// object: a `json!({…})`, a map, or a struct of your own. Refused with 409 on a duplicate
    /// key, and with 400 when a row is not an object.
    pub async fn insert_rows<R: serde::Serialize>(
        &self,
        table: &str,
        rows: impl IntoIterator<Item = R>,
    ) -> Result<Vec<Map<String, Value>>, ControlError> {
        let rows = rows
            .into_iter()
            .map(serde_json::to_value)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ControlError::Unexpected {
                endpoint: format!("POST /__mock/tables/{table}/rows"),
                reason: format!("a row does not serialize: {e}"),
            })?;
        let body = Value::Array(rows);
        let inserted: Inserted = self
            .json("POST", &format!("tables/{table}/rows"), &[], Some(&body))
            .await?;
        Ok(inserted.rows)
    }

    /// Every row of `table` (`GET /__mock/tables/{table}/rows`).
    pub async fn rows(&self, table: &str) -> Result<Vec<Map<String, Value>>, ControlError> {
        self.json("GET", &format!("tables/{table}/rows"), &[], None)
            .await
    }
}

fn vendor_name(vendor: Vendor) -> &'static str {
    match vendor {
        Vendor::Jofi => "jofi",
        Vendor::Jobmojito => "jobmojito",
    }
}

/// The refusal an answer of `status` is, or `None` for a success.
fn refused_or(status: u16, body: Option<&Value>) -> Option<ControlError> {
    if (200..300).contains(&status) {
        return None;
    }
    let message = body
        .and_then(|b| b.get("error").or_else(|| b.get("message")))
        .and_then(Value::as_str)
        .unwrap_or("no explanation given")
        .to_string();
    Some(ControlError::Refused { status, message })
}
