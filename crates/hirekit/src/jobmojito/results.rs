//! Results: what candidates' interviews produced, reports on them, and the merchant's usage
//! figures.

use std::fmt;

use bytes::{Bytes, BytesMut};

use super::client::Client;
use super::paging::stream_methods;
use super::query::spec_query;
use super::types::{self, InterviewKind, ResultListOrder, ResultListStep, ResultListTab};
use crate::error::{Error, ErrorKind, Operation, Result};

/// Interview results, reports, analytics and credit usage. Reach it with [`Client::results`].
///
/// The result operations take a [`types::InterviewResultId`]: a results-list row's
/// `interview_result_id`, a webhook payload's `id`, or a string you hold
/// (`InterviewResultId::from(String)`, or `str::parse`). A row's own `id` is a
/// [`types::PositionResultId`], which no result operation accepts:
///
/// ```
/// # async fn demo(jm: &hirekit::jobmojito::Client, row: &hirekit::jobmojito::types::MerchantResultListItem) -> hirekit::Result<()> {
/// use hirekit::jobmojito::types::InterviewResultId;
///
/// if let Some(id) = &row.interview_result_id {
///     let report = jm.results().report_pdf(id).await?;
/// }
/// let known = InterviewResultId::from("93c98d21-e04d-4a84-9afa-ed154cf73636".to_string());
/// let report = jm.results().report_pdf(&known).await?;
/// # Ok(()) }
/// ```
///
/// ```compile_fail
/// # async fn demo(jm: &hirekit::jobmojito::Client, row: &hirekit::jobmojito::types::MerchantResultListItem) -> hirekit::Result<()> {
/// // The row id is another type: this does not compile.
/// let report = jm.results().report_pdf(&row.id).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Results<'a> {
    pub(super) client: &'a Client,
}

impl Client {
    /// Interview results, reports, analytics and credit usage.
    pub fn results(&self) -> Results<'_> {
        Results { client: self }
    }
}

spec_query! {
    /// Filters and paging of [`Results::list`] and its streams. Every field is optional.
    pub struct ResultQuery for list_interview_results(ListInterviewResults) {
        /// The kind of results (the server lists interview results when unset).
        kind as type_: InterviewKind,
        /// Decision or completion bucket.
        tab: ResultListTab,
        /// Only pre-screening or only interview steps.
        step: ResultListStep,
        /// Only results of this interview definition (a UUID).
        interview_id: String,
        /// Only results of this candidate (a profile_interview UUID).
        profile_interview_id: String,
        /// Comma-separated recruiter-risk keys; a row matches when it has any of them.
        risks: String,
        /// Sort order (newest first when unset).
        order_by: ResultListOrder,
        /// Case-insensitive match on candidate name or email.
        filter_text: String [personal],
        /// Only results tagged with this emoji marker.
        filter_emoji: String,
        /// Another merchant's results (admins and sub-merchant operators only).
        merchant_id: String,
        /// Page size, 1 to 1000.
        limit: u64,
        /// Records to skip.
        offset: u64,
    }
}

spec_query! {
    /// The date range, filters and paging of [`Results::analytics`] and its streams.
    pub struct AnalyticsQuery for get_merchant_analytics(GetMerchantAnalytics) {
        required {
            /// First day, inclusive, `YYYY-MM-DD`.
            date_from: String,
            /// Last day, inclusive, `YYYY-MM-DD`.
            date_to: String,
        }
        /// Only events of this interview or position (a UUID).
        interview_id: String,
        /// Another merchant's figures (admins and sub-merchant operators only).
        merchant_id: String,
        /// Page size, 1 to 1000.
        limit: u64,
        /// Records to skip.
        offset: u64,
    }
}

spec_query! {
    /// Filters and paging of [`Results::credit_usage`] and its streams. Every field is
    /// optional.
    pub struct CreditUsageQuery for get_merchant_credit_usage(GetMerchantCreditUsage) {
        /// Only events of this interview or position (a UUID).
        interview_id: String,
        /// Another merchant's ledger (admins and sub-merchant operators only).
        merchant_id: String,
        /// Page size, 1 to 1000.
        limit: u64,
        /// Records to skip.
        offset: u64,
    }
}

spec_query! {
    /// What [`Results::details_with`] reads besides the result itself. Every field is
    /// optional.
    pub struct DetailsOptions for get_interview_result_details(GetInterviewResultDetails),
        positional(interview_result_id)
    {
        /// Whether the recordings come with short-lived signed links (they come without
        /// when unset).
        signed_recordings as get_signed_recordings: bool,
    }
}

/// A rendered report: its bytes and their media type.
#[derive(Clone, PartialEq, Eq)]
pub struct Report {
    /// `application/pdf` or `text/html; charset=utf-8`.
    pub media_type: &'static str,
    /// The document.
    pub bytes: Bytes,
}

impl fmt::Debug for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A report is full of candidate data: show its size only.
        f.debug_struct("Report")
            .field("media_type", &self.media_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// The download behind a `pdf_export_url`, which is no operation of the spec.
const PDF_DOWNLOAD: Operation = Operation {
    id: "download_report_pdf",
    method: "GET",
    path: "{pdf_export_url}",
};

/// The vendor takes an interview result id as a UUID while [`types::InterviewResultId`] keeps
/// whatever text arrived, so a malformed id is refused here, with the field named, before
/// anything is sent.
pub(super) fn not_a_uuid(source: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::new(
        ErrorKind::InvalidInput,
        "the interview result id is not a UUID",
    )
    .with_field("interview_result_id")
    .with_source(source)
}

/// The body of a report download: the result (its id checked as a UUID here, before
/// anything is sent) and the format, with the file stored on the vendor's side as the report
/// endpoints expect.
fn report_request(
    interview_result_id: &types::InterviewResultId,
    export_type: types::ReportExportType,
) -> Result<types::JobInterviewPdfRequest> {
    let id = uuid::Uuid::parse_str(interview_result_id).map_err(not_a_uuid)?;
    Ok(types::JobInterviewPdfRequest {
        export_features_result: None,
        export_type,
        interview_result_id: Some(id),
        interview_result_ids: Vec::new(),
        store_file: Some(true),
        template: None,
    })
}

impl Results<'_> {
    /// One interview result with its scores, AI assessment and transcript. For its recordings
    /// with signed links, use [`Results::details_with`].
    ///
    /// Calls `get_interview_result_details` (`GET /job-interview-details`).
    /// Formerly the Actions API action "Interview result, details with transcript".
    pub async fn details(
        &self,
        interview_result_id: &types::InterviewResultId,
    ) -> Result<types::JobInterviewDetailsResponse> {
        self.details_with(interview_result_id, &DetailsOptions::new())
            .await
    }

    /// [`Results::details`] with options, e.g.
    /// `details_with(id, &DetailsOptions::new().signed_recordings(true))` for recordings with
    /// short-lived signed links.
    ///
    /// Calls `get_interview_result_details` (`GET /job-interview-details`).
    pub async fn details_with(
        &self,
        interview_result_id: &types::InterviewResultId,
        options: &DetailsOptions,
    ) -> Result<types::JobInterviewDetailsResponse> {
        let id = uuid::Uuid::parse_str(interview_result_id).map_err(not_a_uuid)?;
        let builder = self
            .client
            .raw
            .get_interview_result_details()
            .interview_result_id(id);
        options.apply(builder).execute(&self.client.transport).await
    }

    /// Generates a report on one or several results as the vendor answers it: a signed PDF
    /// link, an HTML document or report data, following the request's `export_type`. For the
    /// document itself use [`Results::report_pdf`] or [`Results::report_html`].
    ///
    /// Calls `generate_interview_report` (`POST /job-interview-pdf`).
    /// Formerly the Actions API action "Interview result, generate html/PDF report".
    pub async fn report<R>(&self, request: R) -> Result<types::JobInterviewPdfResponse>
    where
        R: TryInto<types::JobInterviewPdfRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .generate_interview_report()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// The PDF report of one result, as bytes. The vendor answers with a signed link, which
    /// is then downloaded with a plain GET that carries no credentials (the link is its own
    /// authorization, and may point at another host), within the client's body limit and
    /// slow timeout.
    ///
    /// Calls `generate_interview_report` (`POST /job-interview-pdf`), then downloads
    /// `pdf_export_url`.
    /// Formerly the Actions API action "Interview result, generate html/PDF report".
    pub async fn report_pdf(
        &self,
        interview_result_id: &types::InterviewResultId,
    ) -> Result<Report> {
        let request = report_request(interview_result_id, types::ReportExportType::Pdf)?;
        match self.report(request).await? {
            types::JobInterviewPdfResponse::Pdf(pdf) => {
                let bytes = self.download(&pdf.pdf_export_url).await?;
                Ok(Report {
                    media_type: "application/pdf",
                    bytes,
                })
            }
            _ => Err(Error::new(
                ErrorKind::Decode,
                "a PDF was asked for but the answer holds no PDF link",
            )
            .with_operation(PDF_DOWNLOAD)),
        }
    }

    /// The HTML report of one result, as bytes (UTF-8).
    ///
    /// Calls `generate_interview_report` (`POST /job-interview-pdf`).
    /// Formerly the Actions API action "Interview result, generate html/PDF report".
    pub async fn report_html(
        &self,
        interview_result_id: &types::InterviewResultId,
    ) -> Result<Report> {
        let request = report_request(interview_result_id, types::ReportExportType::Html)?;
        match self.report(request).await? {
            types::JobInterviewPdfResponse::Html(html) => Ok(Report {
                media_type: "text/html; charset=utf-8",
                bytes: Bytes::from(html.html_export),
            }),
            _ => Err(Error::new(
                ErrorKind::Decode,
                "HTML was asked for but the answer holds no HTML document",
            )),
        }
    }

    async fn download(&self, url: &str) -> Result<Bytes> {
        let fail = |error: Error| error.with_operation(PDF_DOWNLOAD).with_attempts(1);
        let url = reqwest::Url::parse(url).map_err(|_| {
            fail(Error::new(
                ErrorKind::Decode,
                "the report link is not a valid URL",
            ))
        })?;
        let transport = &self.client.transport;
        let limits = transport.limits();
        let mut response = self
            .client
            .download_http
            .get(url)
            .timeout(limits.slow_request_timeout)
            .send()
            .await
            .map_err(|e| fail(Error::from_reqwest(crate::retry::classify(&e).kind(), e)))?;
        let status = response.status().as_u16();
        if !(200..300).contains(&status) {
            return Err(fail(Error::http(
                status,
                Some("the report link was refused (it may have expired)".to_string()),
                None,
            )));
        }
        // Read chunk by chunk so an oversized answer is refused before it is all in memory.
        let mut body = BytesMut::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| fail(Error::from_reqwest(ErrorKind::Transport, e)))?
        {
            if body.len().saturating_add(chunk.len()) > limits.max_body_bytes {
                return Err(fail(Error::new(
                    ErrorKind::BodyTooLarge,
                    "the report is larger than the configured body limit",
                )));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    }

    /// Lets a candidate take a submitted interview again: the result goes back to draft and
    /// the recruiter's decision is cleared. A result in another state is refused (422).
    ///
    /// Calls `request_another_interview_attempt` (`POST /job-interview-result-request-another-attempt`).
    /// Formerly the Actions API action "Candidate request another interview attempt".
    pub async fn request_another_attempt(
        &self,
        interview_result_id: &types::InterviewResultId,
    ) -> Result<types::RequestAnotherAttemptResponse> {
        let request = types::RequestAnotherAttemptRequest {
            interview_result_id: uuid::Uuid::parse_str(interview_result_id).map_err(not_a_uuid)?,
        };
        self.client
            .raw
            .request_another_interview_attempt()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// One page of the merchant's results. A row's `interview_result_id` (not its `id`) is
    /// what [`Results::details`] takes. See [`Results::list_pages`] and [`Results::list_all`]
    /// to walk every page.
    ///
    /// Calls `list_interview_results` (`GET /merchant-result-list`).
    pub async fn list(&self, query: &ResultQuery) -> Result<types::MerchantResultListResponse> {
        let builder = self.client.raw.list_interview_results();
        query.apply(builder).execute(&self.client.transport).await
    }

    /// One page of per-day event counts for a date range, oldest day first; days without
    /// events are left out (read them as zero).
    ///
    /// Calls `get_merchant_analytics` (`GET /merchant-analytics`).
    pub async fn analytics(
        &self,
        query: &AnalyticsQuery,
    ) -> Result<types::MerchantAnalyticsResponse> {
        let builder = self.client.raw.get_merchant_analytics();
        query.apply(builder).execute(&self.client.transport).await
    }

    /// One page of the credit ledger: every billable event that used credits, newest first.
    ///
    /// Calls `get_merchant_credit_usage` (`GET /merchant-analytics-credits-used`).
    pub async fn credit_usage(
        &self,
        query: &CreditUsageQuery,
    ) -> Result<types::MerchantCreditsUsedResponse> {
        let builder = self.client.raw.get_merchant_credit_usage();
        query.apply(builder).execute(&self.client.transport).await
    }
}

stream_methods!(
    Results,
    list,
    list_pages,
    list_all,
    ResultQuery,
    types::MerchantResultListResponse,
    types::MerchantResultListItem,
    "the merchant's interview results"
);

stream_methods!(
    Results,
    analytics,
    analytics_pages,
    analytics_all,
    AnalyticsQuery,
    types::MerchantAnalyticsResponse,
    types::MerchantAnalyticsItem,
    "the daily event counts"
);

stream_methods!(
    Results,
    credit_usage,
    credit_usage_pages,
    credit_usage_all,
    CreditUsageQuery,
    types::MerchantCreditsUsedResponse,
    types::MerchantCreditsUsedItem,
    "the credit ledger's events"
);
