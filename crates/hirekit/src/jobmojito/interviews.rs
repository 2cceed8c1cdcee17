//! Interviews: creating, reading and changing interview definitions, personas, signed links
//! and candidate registration.

use super::batch::{RowOutcome, registration};
use super::client::Client;
use super::paging::stream_methods;
use super::query::spec_query;
use super::types::{self, InterviewKind, InterviewStatus};
use crate::error::Result;

/// Interview definitions (single-stage interviews and multi-stage positions) and the links
/// candidates use to take them. Reach it with [`Client::interviews`].
#[derive(Debug, Clone, Copy)]
pub struct Interviews<'a> {
    client: &'a Client,
}

impl Client {
    /// Interview definitions, personas, signed interview links and candidate registration.
    pub fn interviews(&self) -> Interviews<'_> {
        Interviews { client: self }
    }
}

spec_query! {
    /// Filters and paging of [`Interviews::list`] and its streams. Every field is optional;
    /// the server's defaults apply to what is left unset.
    pub struct InterviewQuery for list_interviews(ListInterviews) {
        /// The kind of definitions (the server lists interviews when unset).
        kind as type_: InterviewKind,
        /// Only definitions in this lifecycle status.
        status: InterviewStatus,
        /// Also definitions shared publicly across merchants.
        show_public: bool,
        /// Also demo definitions.
        show_demo: bool,
        /// Case-insensitive match on the name.
        filter_text: String,
        /// Only definitions tagged with this emoji marker.
        filter_emoji: String,
        /// Another merchant's definitions (admins and sub-merchant operators only).
        merchant_id: String,
        /// Page size, 1 to 1000.
        limit: u64,
        /// Records to skip.
        offset: u64,
    }
}

impl Interviews<'_> {
    /// Creates an interview from position data (name, location, settings); the vendor's AI
    /// writes what is not supplied, which uses credits and takes a while (this call gets the
    /// slow timeout). `request` is a [`types::JobInterviewCreateRequest`] or its builder.
    ///
    /// Calls `create_interview` (`POST /job-interview-create`).
    /// Formerly the Actions API action "Create interview, using position data".
    pub async fn create<R>(&self, request: R) -> Result<types::JobInterviewCreateResponse>
    where
        R: TryInto<types::JobInterviewCreateRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .create_interview()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// Creates an interview whose questions are exactly the ones given, in order.
    ///
    /// Calls `create_interview_from_questions` (`POST /job-interview-create-from-array`).
    /// Formerly the Actions API action "Create interview, using provided questions".
    pub async fn create_from_questions<R>(
        &self,
        request: R,
    ) -> Result<types::JobInterviewCreateFromArrayResponse>
    where
        R: TryInto<types::JobInterviewCreateFromArrayRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .create_interview_from_questions()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// Enrols one candidate in an existing or new position, pre-screens their resume text and
    /// returns the screening decision with the candidate's interview link.
    ///
    /// Calls `create_interview_for_candidate` (`POST /job-interview-create-for-candidate-with-token`).
    /// Formerly the Actions API action "Create interview, using position data & candidate pre-screening".
    pub async fn create_for_candidate<R>(
        &self,
        request: R,
    ) -> Result<types::JobInterviewCreateForCandidateWithTokenResponse>
    where
        R: TryInto<types::JobInterviewCreateForCandidateWithTokenRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .create_interview_for_candidate()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// Creates a role-play persona: the avatar plays a described character instead of asking
    /// scored questions.
    ///
    /// Calls `create_persona` (`POST /persona-create`).
    pub async fn create_persona<R>(&self, request: R) -> Result<types::PersonaCreateResponse>
    where
        R: TryInto<types::PersonaCreateRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .create_persona()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// One interview or position definition with its questions, shaped so it can be sent
    /// back to [`Interviews::update`]. `position_id` is a UUID; anything else fails with
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) before sending.
    ///
    /// Calls `get_interview_definition` (`GET /job-interview-get`).
    pub async fn get(&self, position_id: &str) -> Result<types::JobInterviewGetResponse> {
        self.client
            .raw
            .get_interview_definition()
            .position_id(position_id)
            .execute(&self.client.transport)
            .await
    }

    /// Changes an interview or position: only the fields set in `request` are written. A field
    /// the API lets you clear is a [`types::Nullable`]; its builder's `clear_<field>()` sends
    /// `null`, e.g. `JobInterviewUpdateRequest::builder().position_id(id).clear_code()`.
    ///
    /// Calls `update_interview` (`POST /job-interview-update`).
    pub async fn update<R>(&self, request: R) -> Result<types::JobInterviewUpdateResponse>
    where
        R: TryInto<types::JobInterviewUpdateRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .update_interview()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// Moves an interview to another lifecycle status and/or turns its iframe embedding on
    /// or off.
    ///
    /// Calls `set_interview_state` (`POST /job-interview-set-state`).
    pub async fn set_state<R>(&self, request: R) -> Result<types::JobInterviewSetStateResponse>
    where
        R: TryInto<types::JobInterviewSetStateRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .set_interview_state()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// A signed link that opens an interview for a profile, a profile's results or one
    /// result, depending on the request's `type`. The link is a capability: treat it as a
    /// secret.
    ///
    /// Calls `generate_interview_url` (`POST /job-interview-token`).
    /// Formerly the Actions API action "Invite, Interview URL for existing user".
    pub async fn interview_url<R>(&self, request: R) -> Result<types::InterviewUrl>
    where
        R: TryInto<types::JobInterviewTokenRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .generate_interview_url()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// Registers candidates for an interview and mints a one-time interview link for each.
    /// Each row succeeds or fails on its own: the answer has one [`RowOutcome`] per row, in
    /// the order the rows were sent, and a refused row (a bad email, say) does not fail the
    /// call. A failed *call* (an unknown interview, a malformed request) is still an error.
    /// A processed row is a [`types::RegisterUserSucceeded`], whose `interview_url` is always
    /// present; a row the vendor calls processed but sends without a link is reported as
    /// refused, since there is nothing to send the candidate.
    ///
    /// Calls `register_users_for_interview` (`POST /job-interview-register-users`).
    /// Formerly the Actions API action "Invite, Create interview URL for users".
    pub async fn register_users<R>(
        &self,
        request: R,
    ) -> Result<Vec<RowOutcome<types::RegisterUserSucceeded, types::RegisterUserResult>>>
    where
        R: TryInto<types::JobInterviewRegisterUsersRequest>,
        R::Error: std::fmt::Display,
    {
        let rows = self
            .client
            .raw
            .register_users_for_interview()
            .body(request)
            .execute(&self.client.transport)
            .await?;
        Ok(rows
            .0
            .into_iter()
            .enumerate()
            .map(|(index, row)| registration(index, row))
            .collect())
    }

    /// One page of the merchant's interview definitions, most recently updated first. See
    /// [`Interviews::list_pages`] and [`Interviews::list_all`] to walk every page.
    ///
    /// Calls `list_interviews` (`GET /merchant-interview-list`).
    pub async fn list(
        &self,
        query: &InterviewQuery,
    ) -> Result<types::MerchantInterviewListResponse> {
        let builder = self.client.raw.list_interviews();
        query.apply(builder).execute(&self.client.transport).await
    }
}

stream_methods!(
    Interviews,
    list,
    list_pages,
    list_all,
    InterviewQuery,
    types::MerchantInterviewListResponse,
    types::MerchantInterviewListItem,
    "the merchant's interview definitions"
);
