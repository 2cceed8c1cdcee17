//! Pre-screening: positions that screen candidates' resumes and forms before the interview.

use std::fmt;

use bytes::Bytes;

use super::client::Client;
use super::handwritten::Part;
use super::routes;
use super::types;
use super::upload;
use crate::error::Result;

/// Pre-screening positions and resume screening. Reach it with [`Client::pre_screening`].
#[derive(Debug, Clone, Copy)]
pub struct PreScreening<'a> {
    client: &'a Client,
}

impl Client {
    /// Pre-screening positions and resume screening.
    pub fn pre_screening(&self) -> PreScreening<'_> {
        PreScreening { client: self }
    }
}

/// A candidate's resume file to screen, with who they are. Build it with [`ResumeFile::new`]
/// and the setters of the optional fields; it is `#[non_exhaustive]`, so a form field the
/// vendor adds is not a breaking change.
#[derive(Clone)]
#[non_exhaustive]
pub struct ResumeFile {
    /// The pre-screening position.
    pub position_id: String,
    /// The candidate's name.
    pub candidate_name: String,
    /// The candidate's email (the vendor stores it trimmed and lower-cased).
    pub candidate_email: String,
    /// The resume's bytes (PDF, Word, text and similar).
    pub bytes: Bytes,
    /// The resume's file name, with its extension.
    pub file_name: String,
    /// The resume's media type, e.g. `application/pdf`.
    pub media_type: String,
    /// Country used for residency and nationality when the form leaves them out.
    pub candidate_country_code: Option<String>,
    /// The caller's own id for the candidate.
    pub candidate_external_id: Option<String>,
    /// The candidate's LinkedIn profile.
    pub candidate_linkedin_url: Option<String>,
    /// The form answers, as a JSON text shaped like [`types::PreScreeningForm`].
    pub form: Option<String>,
}

impl ResumeFile {
    /// A resume for `position_id` from the candidate's name and email and the file.
    pub fn new(
        position_id: impl Into<String>,
        candidate_name: impl Into<String>,
        candidate_email: impl Into<String>,
        file_name: impl Into<String>,
        media_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        ResumeFile {
            position_id: position_id.into(),
            candidate_name: candidate_name.into(),
            candidate_email: candidate_email.into(),
            bytes: bytes.into(),
            file_name: file_name.into(),
            media_type: media_type.into(),
            candidate_country_code: None,
            candidate_external_id: None,
            candidate_linkedin_url: None,
            form: None,
        }
    }

    /// The country used for residency and nationality when the form leaves them out.
    #[must_use]
    pub fn candidate_country_code(mut self, code: impl Into<String>) -> Self {
        self.candidate_country_code = Some(code.into());
        self
    }

    /// The caller's own id for the candidate.
    #[must_use]
    pub fn candidate_external_id(mut self, id: impl Into<String>) -> Self {
        self.candidate_external_id = Some(id.into());
        self
    }

    /// The candidate's LinkedIn profile.
    #[must_use]
    pub fn candidate_linkedin_url(mut self, url: impl Into<String>) -> Self {
        self.candidate_linkedin_url = Some(url.into());
        self
    }

    /// The form answers, as a JSON text shaped like [`types::PreScreeningForm`].
    #[must_use]
    pub fn form(mut self, form: impl Into<String>) -> Self {
        self.form = Some(form.into());
        self
    }

    /// The form's parts, in the order they are sent: the file last, after its description.
    pub(crate) fn parts(&self) -> Vec<Part<'_>> {
        upload::form(
            [
                ("position_id", Some(self.position_id.as_str())),
                ("candidate_name", Some(self.candidate_name.as_str())),
                ("candidate_email", Some(self.candidate_email.as_str())),
                (
                    "candidate_country_code",
                    self.candidate_country_code.as_deref(),
                ),
                (
                    "candidate_external_id",
                    self.candidate_external_id.as_deref(),
                ),
                (
                    "candidate_linkedin_url",
                    self.candidate_linkedin_url.as_deref(),
                ),
                ("form", self.form.as_deref()),
            ],
            &self.file_name,
            &self.media_type,
            &self.bytes,
        )
    }
}

impl fmt::Debug for ResumeFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Everything about the candidate is personal data; only the shape is shown.
        f.debug_struct("ResumeFile")
            .field("position_id", &self.position_id)
            .field("candidate_name", &"<redacted>")
            .field("candidate_email", &"<redacted>")
            .field("media_type", &self.media_type)
            .field("len", &self.bytes.len())
            .finish_non_exhaustive()
    }
}

impl PreScreening<'_> {
    /// Creates a pre-screening position, or changes the one named by
    /// `update_position_def_set_id`; its rules and form fields are replaced whole.
    ///
    /// Calls `upsert_pre_screening` (`POST /pre-screening-create`).
    pub async fn upsert<R>(&self, request: R) -> Result<types::PreScreeningCreateResponse>
    where
        R: TryInto<types::PreScreeningCreateRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .upsert_pre_screening()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// Screens a candidate from their resume as text and returns the recommendation. When the
    /// candidate is not waiting for screening the answer only states the current decision.
    ///
    /// Calls `pre_screen_resume_text` (`POST /job-interview-pre-screening-api-resume-text`).
    pub async fn resume_text<R>(&self, request: R) -> Result<types::PreScreeningResumeTextResponse>
    where
        R: TryInto<types::PreScreeningResumeTextRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .pre_screen_resume_text()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// Screens a candidate from their resume file. Sent as a multipart form built by hand
    /// (the generated client has no multipart support).
    ///
    /// Calls `pre_screen_resume_binary` (`POST /job-interview-pre-screening-api-resume-binary`).
    pub async fn resume_file(
        &self,
        resume: &ResumeFile,
    ) -> Result<types::PreScreeningResumeBinaryResponse> {
        self.client
            .send_upload(&routes::PRE_SCREEN_RESUME_BINARY, &resume.parts())
            .await
    }
}
