//! Webhook deliveries from JOFI and JobMojito: verification from the raw bytes, typed events,
//! replay protection and test helpers.
//!
//! A receiver does three things, in this order:
//!
//! 1. **Verify** the delivery with a [`Verifier`], on the exact bytes that arrived (before any
//!    JSON parsing: re-serialised JSON does not keep the signed bytes).
//! 2. **Parse** it into a typed event: [`jofi::Event`] or [`jobmojito::Event`]. Event types the
//!    vendor adds later parse as an `Unknown` variant instead of failing.
//! 3. **Deduplicate**: both vendors retry, so the same event can arrive twice. A
//!    [`ReplayGuard`] remembers what was handled ([`InMemoryReplayGuard`] for one process).
//!    Only a delivery it has seen ([`ReplayError::Seen`]) may be acknowledged unhandled; when
//!    the guard cannot decide or refuses the id, answer with an error so the vendor keeps the
//!    event (the axum extractors do: 503 and 422).
//!
//! ```
//! # #[cfg(feature = "jofi")]
//! # fn demo() -> hirekit::Result<()> {
//! use hirekit::Secret;
//! use hirekit::webhooks::{InMemoryReplayGuard, ReplayGuard, Verifier, jofi, testing};
//!
//! let verifier = Verifier::builder().hmac_secret(Secret::new("whsec_demo")).build()?;
//! let guard = InMemoryReplayGuard::default();
//!
//! // What would arrive over HTTP (here signed by the test helper):
//! let body = br#"{"id":"evt_1","type":"account.updated","object":"event","data":{}}"#;
//! let headers = testing::Signer::new(Secret::new("whsec_demo")).header_map(body);
//!
//! verifier.verify(&headers, body)?;
//! let event = jofi::Event::from_slice(body)?;
//! if let Some(id) = event.id() {
//!     guard.check_and_remember(id)?;
//! }
//! assert_eq!(event.type_name(), "account.updated");
//! # Ok(()) }
//! # #[cfg(feature = "jofi")]
//! # demo().unwrap();
//! ```
//!
//! Neither vendor documents its signature header. The defaults follow the scheme hirekit's
//! mock server uses (`X-Hirekit-Signature: sha256=<HMAC-SHA256 of the body>`); set the header
//! name, prefix and timestamp header on the [`VerifierBuilder`] to match what your vendor
//! contact configured.

// Only the vendors' event types parse bodies.
#[cfg(any(feature = "jofi", feature = "jobmojito"))]
mod parse;
mod replay;
pub mod testing;
mod verify;

#[cfg(feature = "jofi")]
#[cfg_attr(docsrs, doc(cfg(feature = "jofi")))]
pub mod jofi;

#[cfg(feature = "jobmojito")]
#[cfg_attr(docsrs, doc(cfg(feature = "jobmojito")))]
pub mod jobmojito;

// The extractors are per vendor, so the module exists only with at least one vendor.
#[cfg(all(feature = "axum", any(feature = "jofi", feature = "jobmojito")))]
#[cfg_attr(
    docsrs,
    doc(cfg(all(feature = "axum", any(feature = "jofi", feature = "jobmojito"))))
)]
pub mod axum;

pub use replay::{InMemoryReplayGuard, ReplayError, ReplayGuard};
pub use verify::{
    DEFAULT_SIGNATURE_HEADER, DEFAULT_SIGNATURE_PREFIX, DEFAULT_TIMESTAMP_HEADER,
    SignatureEncoding, Verifier, VerifierBuilder,
};
