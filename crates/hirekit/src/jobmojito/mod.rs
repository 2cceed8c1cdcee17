//! JobMojito: AI job interviews through the Functions API (interviews, results, candidates,
//! knowledge bases, pre-screening, administration, coaching catalogue), and with the `tables`
//! feature the Tables API.
//!
//! Build a [`Client`] from an API key or JWT, or from a merchant user's email and password
//! (Supabase sign-in, renewed automatically before expiry and once after a 401).

mod auth;
mod client;

pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL};

/// The JobMojito Functions data model, generated from `specs/jobmojito.yaml`.
pub mod types {
    pub use jobmojito_raw::functions::types::*;
}
