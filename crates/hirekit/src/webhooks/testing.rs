//! Signing payloads the way a [`Verifier`] expects, so you can test your own webhook handlers
//! without the vendor.
//!
//! ```
//! # fn demo() -> hirekit::Result<()> {
//! use std::time::Duration;
//! use hirekit::Secret;
//! use hirekit::webhooks::{Verifier, testing::Signer};
//!
//! let verifier = Verifier::builder()
//!     .hmac_secret(Secret::new("whsec_test"))
//!     .timestamp_tolerance(Duration::from_secs(300))
//!     .build()?;
//! let body = br#"{"id":"evt_1","type":"invitation.created"}"#;
//! // The same header names, prefix, encoding and timestamping as the verifier:
//! let headers = Signer::for_verifier(&verifier).header_map(body);
//! verifier.verify(&headers, body)?;
//! # Ok(()) }
//! # demo().unwrap();
//! ```

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use http::{HeaderMap, HeaderName, HeaderValue};

use super::verify::{self, SignatureEncoding, Verifier};
use super::{DEFAULT_SIGNATURE_HEADER, DEFAULT_SIGNATURE_PREFIX, DEFAULT_TIMESTAMP_HEADER};
use crate::Secret;

/// Signs bodies with HMAC-SHA256 and returns the headers to send with them.
///
/// By default it writes `x-hirekit-signature: sha256=<hex>` over the body alone, which is what
/// a default [`Verifier`] expects.
///
/// ```
/// use hirekit::Secret;
/// use hirekit::webhooks::{SignatureEncoding, testing::Signer};
///
/// let headers = Signer::new(Secret::new("Jefe"))
///     .encoding(SignatureEncoding::Base64)
///     .headers(b"what do ya want for nothing?");
/// assert_eq!(
///     headers,
///     vec![(
///         "x-hirekit-signature".to_string(),
///         "sha256=W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=".to_string(),
///     )]
/// );
/// ```
#[derive(Clone)]
pub struct Signer {
    secret: Secret,
    header: String,
    prefix: String,
    encoding: SignatureEncoding,
    timestamp_header: String,
    timestamp: Timestamp,
}

#[derive(Debug, Clone, Copy)]
enum Timestamp {
    Off,
    Now,
    At(i64),
}

impl Signer {
    /// A signer with the default header, prefix and hex encoding, without a timestamp.
    pub fn new(secret: impl Into<Secret>) -> Self {
        Signer {
            secret: secret.into(),
            header: DEFAULT_SIGNATURE_HEADER.to_string(),
            prefix: DEFAULT_SIGNATURE_PREFIX.to_string(),
            encoding: SignatureEncoding::Hex,
            timestamp_header: DEFAULT_TIMESTAMP_HEADER.to_string(),
            timestamp: Timestamp::Off,
        }
    }

    /// A signer matching `verifier`: its first HMAC secret, header names, prefix and encoding,
    /// and the current time when it requires a timestamp. Without an HMAC secret in the
    /// verifier the signer signs with an empty key, which the verifier will not accept.
    pub fn for_verifier(verifier: &Verifier) -> Self {
        let secret = verifier
            .hmac_secrets
            .first()
            .cloned()
            .unwrap_or_else(|| Secret::new(""));
        let mut signer = Signer::new(secret)
            .header(verifier.signature_header.as_str())
            .prefix(verifier.prefix.clone())
            .encoding(verifier.encoding);
        if let Some((name, _)) = &verifier.timestamp {
            signer = signer.timestamp_header(name.as_str()).timestamp_now();
        }
        signer
    }

    /// The signature header's name.
    pub fn header(mut self, name: impl Into<String>) -> Self {
        self.header = name.into();
        self
    }

    /// The text written before the signature (`""` for none).
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Hex or base64.
    pub fn encoding(mut self, encoding: SignatureEncoding) -> Self {
        self.encoding = encoding;
        self
    }

    /// The timestamp header's name.
    pub fn timestamp_header(mut self, name: impl Into<String>) -> Self {
        self.timestamp_header = name.into();
        self
    }

    /// Signs `<now>.<body>` and sends the current Unix time.
    pub fn timestamp_now(mut self) -> Self {
        self.timestamp = Timestamp::Now;
        self
    }

    /// Signs `<unix_seconds>.<body>` and sends that time (e.g. an old one, to test staleness).
    pub fn timestamp_at(mut self, unix_seconds: i64) -> Self {
        self.timestamp = Timestamp::At(unix_seconds);
        self
    }

    /// The signature alone, with its prefix.
    pub fn signature(&self, body: &[u8]) -> String {
        self.sign(body).0
    }

    fn sign(&self, body: &[u8]) -> (String, Option<String>) {
        let timestamp = match self.timestamp {
            Timestamp::Off => None,
            Timestamp::Now => Some(
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or_default()
                    .to_string(),
            ),
            Timestamp::At(at) => Some(at.to_string()),
        };
        let mac = verify::hmac_sha256(self.secret.expose().as_bytes(), timestamp.as_deref(), body);
        let signature = format!("{}{}", self.prefix, verify::encode(&mac, self.encoding));
        (signature, timestamp)
    }

    /// The headers to send with `body`, as (lower-case name, value) pairs.
    pub fn headers(&self, body: &[u8]) -> Vec<(String, String)> {
        let (signature, timestamp) = self.sign(body);
        let mut headers = vec![(self.header.to_ascii_lowercase(), signature)];
        if let Some(ts) = timestamp {
            headers.push((self.timestamp_header.to_ascii_lowercase(), ts));
        }
        headers
    }

    /// The same headers as an [`http::HeaderMap`]; pairs with an invalid name are left out.
    pub fn header_map(&self, body: &[u8]) -> HeaderMap {
        to_header_map(self.headers(body))
    }
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signer")
            .field("secret", &self.secret)
            .field("header", &self.header)
            .field("encoding", &self.encoding)
            .field("timestamp", &self.timestamp)
            .finish_non_exhaustive()
    }
}

/// The `Authorization: Basic …` header for a user name and password.
///
/// ```
/// use hirekit::webhooks::testing::basic_auth_header;
///
/// assert_eq!(
///     basic_auth_header("user", "pass"),
///     ("authorization".to_string(), "Basic dXNlcjpwYXNz".to_string())
/// );
/// ```
pub fn basic_auth_header(username: &str, password: &str) -> (String, String) {
    (
        "authorization".to_string(),
        format!(
            "Basic {}",
            STANDARD.encode(format!("{username}:{password}"))
        ),
    )
}

/// Builds an [`http::HeaderMap`] from (name, value) pairs, leaving out invalid ones.
///
/// ```
/// use hirekit::webhooks::testing::{basic_auth_header, to_header_map};
///
/// let headers = to_header_map([basic_auth_header("user", "pass")]);
/// assert!(headers.contains_key("authorization"));
/// ```
pub fn to_header_map(pairs: impl IntoIterator<Item = (String, String)>) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            map.append(name, value);
        }
    }
    map
}
