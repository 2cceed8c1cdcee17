#![doc = include_str!("../README.md")]

mod call;
mod error;
mod options;
mod redact;
mod retry;
mod secret;
mod transport;

pub use error::{Error, ErrorKind, Operation, Result};
pub use options::ClientOptions;
pub use retry::RetryPolicy;
pub use secret::Secret;

#[cfg(feature = "jofi")]
pub mod jofi;
