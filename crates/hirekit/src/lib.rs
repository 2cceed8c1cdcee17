#![doc = include_str!("../README.md")]
// On docs.rs (`--cfg docsrs`, nightly rustdoc) every feature-gated item shows the feature it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod clock;
mod decode;
mod error;
mod json_path;
mod options;
pub mod pagination;
pub mod prelude;
mod redact;
mod retry;
mod secret;
#[cfg(all(test, feature = "jobmojito"))]
mod streams_are_unpin;
#[cfg(test)]
mod test_support;
mod transport;
#[cfg(any(feature = "jofi", feature = "jobmojito"))]
mod wait;

pub use error::{Error, ErrorBuilder, ErrorKind, Operation, Result};
pub use options::ClientOptions;
pub use pagination::BoxStream;
pub use retry::RetryPolicy;
pub use secret::Secret;
#[cfg(any(feature = "jofi", feature = "jobmojito"))]
#[cfg_attr(docsrs, doc(cfg(any(feature = "jofi", feature = "jobmojito"))))]
pub use wait::WaitOptions;

/// The `chrono` hirekit is built with, whose types appear in its public API (JOFI's
/// timestamps, Tables filter values). Name them as `hirekit::chrono::…` rather than adding
/// `chrono` yourself: a version of your own that resolves differently would be a different
/// crate, and its types would not fit hirekit's.
pub use chrono;
/// The `uuid` hirekit is built with, whose [`Uuid`](uuid::Uuid) appears in JobMojito's types
/// (interview, position and result ids). Re-exported for the reason given for [`chrono`].
#[cfg(feature = "jobmojito")]
#[cfg_attr(docsrs, doc(cfg(feature = "jobmojito")))]
pub use uuid;

#[cfg(feature = "jobmojito")]
#[cfg_attr(docsrs, doc(cfg(feature = "jobmojito")))]
pub mod jobmojito;
#[cfg(feature = "jofi")]
#[cfg_attr(docsrs, doc(cfg(feature = "jofi")))]
pub mod jofi;
#[cfg(feature = "tables")]
#[cfg_attr(docsrs, doc(cfg(feature = "tables")))]
pub mod tables;

#[cfg(feature = "webhooks")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhooks")))]
pub mod webhooks;

/// Not public API: hooks for hirekit's own benchmarks (`crates/hirekit-bench`). It may change
/// or disappear in any release.
#[doc(hidden)]
pub mod __bench {
    /// Decodes `body` exactly as the facade decodes a received `200 application/json` answer
    /// (shape check, then one `serde_json` decode), without the network. `None` when the body
    /// does not look whole or does not decode.
    pub async fn decode_received<T: serde::de::DeserializeOwned>(body: bytes::Bytes) -> Option<T> {
        crate::transport::decode_received(body)
    }
}

/// Installs rustls' ring crypto provider as the process default, unless the application
/// installed one first.
///
/// hirekit speaks TLS through rustls with ring (never aws-lc), which means reqwest is built
/// with its `rustls-no-provider` feature. In such a build *every* `reqwest::Client` in the
/// process needs a default provider, including clients your own code builds. hirekit calls
/// this whenever it builds a client; call it yourself at start-up if you build reqwest clients
/// before any hirekit client (or pass one with [`ClientOptions::http_client`]).
///
/// ```
/// hirekit::install_crypto_provider();
/// let http = reqwest::Client::new(); // no panic about a missing crypto provider
/// # drop(http);
/// ```
pub fn install_crypto_provider() {
    #[cfg(feature = "rustls")]
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Losing the race to another thread that installs one is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}
