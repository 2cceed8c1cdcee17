//! JobMojito: AI job interviews through the Functions API (interviews, results, candidates,
//! knowledge bases, pre-screening, administration, coaching catalogue), and with the `tables`
//! feature the Tables API.
//!
//! Build a [`Client`] from an API key or JWT, or from a merchant user's email and password
//! (Supabase sign-in, renewed automatically before expiry and once after a 401). Reach each
//! resource group from it, grouped as JobMojito's docs group them:
//!
//! ```no_run
//! # async fn demo() -> hirekit::Result<()> {
//! use futures_util::TryStreamExt as _;
//! use hirekit::jobmojito::{Client, ResultQuery};
//!
//! let jm = Client::from_env()?;
//! let mut results = jm.results().list_all(&ResultQuery::new());
//! while let Some(row) = results.try_next().await? {
//!     // A row's `interview_result_id` (not its `id`) is what the result operations take.
//!     if let Some(id) = &row.interview_result_id {
//!         let details = jm.results().details(id).await?;
//!         println!("score {:?}, {} transcript entries", details.score, details.transcript.len());
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! Lists page with `limit` and `offset`: each has a one-page method (`list`, `analytics`, …),
//! a stream of pages (`…_pages`) and a stream of records (`…_all`), fetched one page at a time
//! (see [`crate::pagination`]). The streams are [`crate::BoxStream`]s: `Unpin`, so
//! `next()`/`try_next()` work on them without pinning.
//!
//! One query style holds across the facade: a method takes the operation's required
//! parameters as arguments, and its optional ones in a query or options struct passed by
//! reference, so one value serves many calls. A list and its two streams take the same query
//! (`list(&query)`, `list_all(&query)`); a read whose optional parameters are rarely needed comes
//! twice, plain and `_with` options (`details(id)`,
//! `details_with(id, &DetailsOptions::new().signed_recordings(true))`). Query, options and
//! upload structs are `#[non_exhaustive]`, so a parameter the vendor adds is not a breaking
//! change: build them with `new` and the chainable setters, and read their public fields.
//!
//! ```no_run
//! # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
//! use hirekit::jobmojito::{ResultQuery, types::ResultListOrder};
//!
//! let recent = ResultQuery::new()
//!     .interview_id("00000000-0001-4000-8000-000000000001")
//!     .order_by(ResultListOrder::Score)
//!     .limit(50);
//! let first = jm.results().list(&recent).await?;
//! let again = jm.results().list(&recent).await?; // the same query, reused
//! assert_eq!(recent.limit, Some(50));
//! # drop((first, again));
//! # Ok(()) }
//! ```
//!
//! [`Results::wait_until_scored`] polls a result until JobMojito has scored it, or it failed
//! (see [`WaitOptions`](crate::WaitOptions)).

mod admin;
mod auth;
mod batch;
mod candidates;
mod client;
mod coaching;
mod handwritten;
pub(crate) mod interview_status;
mod interviews;
mod knowledge_base;
mod paging;
mod pre_screening;
mod query;
mod results;
#[cfg(test)]
mod spec_coverage;
mod upload;
mod waiters;

pub use admin::{Admin, AvatarQuery, StatusOptions, SubMerchantQuery};
pub use batch::{RowError, RowOutcome};
pub use candidates::{CandidateQuery, Candidates};
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL};
pub use coaching::{Catalogue, DirectoryOptions, DirectoryQuery};
pub use interviews::{InterviewQuery, Interviews};
pub use knowledge_base::{Document, KnowledgeBase};
pub use pre_screening::{PreScreening, ResumeFile};
pub use results::{AnalyticsQuery, CreditUsageQuery, DetailsOptions, Report, ResultQuery, Results};

/// The route of every Functions operation, generated from the spec.
pub(crate) use jobmojito_raw::functions::routes;

/// The JobMojito Functions data model, generated from `specs/jobmojito.yaml`.
pub mod types {
    pub use jobmojito_raw::functions::types::*;
}
