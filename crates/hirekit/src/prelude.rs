//! The names most programs using hirekit need, in one import:
//!
//! ```
//! use hirekit::prelude::*;
//! ```
//!
//! It brings the two clients under names that do not clash ([`JofiClient`],
//! [`JobMojitoClient`]), the [`jofi`] and [`jobmojito`] modules themselves (for their `types`
//! and query structs), the error ([`Error`], [`ErrorKind`], [`Result`]), the client settings
//! ([`ClientOptions`], [`RetryPolicy`], [`Secret`]), the waiters' [`WaitOptions`], the few
//! request types most calls name, and, unnamed, the stream traits that give the paged streams
//! `next` and `try_next`.
//!
//! It is a glob import you can mix with your own names: anything you declare or import by name
//! wins over it. Each client and its types come only with its feature.
//!
//! ```no_run
//! use hirekit::prelude::*;
//!
//! # async fn demo() -> hirekit::Result<()> {
//! let jm = JobMojitoClient::from_env()?;
//! let mut results = jm.results().list_all(&ResultQuery::new());
//! while let Some(result) = results.try_next().await? {
//!     println!("{:?}", result.interview_result_id);
//! }
//! # Ok(()) }
//! ```

// Only the traits' methods are wanted; unnamed, they cannot clash with a user's `StreamExt`.
pub use futures_util::{StreamExt as _, TryStreamExt as _};

pub use crate::{ClientOptions, Error, ErrorKind, Result, RetryPolicy, Secret};

#[cfg(any(feature = "jofi", feature = "jobmojito"))]
pub use crate::WaitOptions;

#[cfg(feature = "jofi")]
pub use crate::jofi::{self, Client as JofiClient, HasMode as _};

#[cfg(feature = "jobmojito")]
pub use crate::jobmojito::{
    self, Client as JobMojitoClient, InterviewQuery, ResultQuery, RowOutcome,
};
