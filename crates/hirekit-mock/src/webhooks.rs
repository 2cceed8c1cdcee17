//! Delivering the webhook events that state changes cause, signed as a receiver was told.
//!
//! Neither vendor documents a signature header (JOFI names HMAC and Basic Auth without the
//! details; JobMojito relies on custom headers), so the mock signs in one documented way that
//! hirekit's verifier also accepts: `X-Hirekit-Signature: sha256=<hex or base64>` over the raw
//! body, or over `<timestamp>.<body>` with `X-Hirekit-Timestamp` when timestamps are on.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::Sha256;

use crate::shared::lock;

/// The header carrying the signature.
pub const SIGNATURE_HEADER: &str = "x-hirekit-signature";
/// The header carrying the signed timestamp (Unix seconds), when timestamps are on.
pub const TIMESTAMP_HEADER: &str = "x-hirekit-timestamp";

/// Which vendor an event comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vendor {
    /// JOFI.
    Jofi,
    /// JobMojito.
    Jobmojito,
}

/// How the signature is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// Lower-case hex.
    #[default]
    Hex,
    /// Standard base64.
    Base64,
}

/// Basic Auth credentials sent with every delivery.
#[derive(Clone, Serialize, Deserialize)]
pub struct BasicAuth {
    /// The user name.
    pub username: String,
    /// The password.
    pub password: String,
}

impl std::fmt::Debug for BasicAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BasicAuth(<redacted>)")
    }
}

/// Where and how a vendor's events are delivered, as put to `/__mock/webhooks/<vendor>`.
///
/// ```
/// use hirekit_mock::webhooks::Receiver;
///
/// // Signed with HMAC, as hirekit's verifier checks by default:
/// let jofi = Receiver::new("http://127.0.0.1:3000/webhooks/jofi").secret("whsec_example");
/// // With the custom header a JobMojito subscription is configured to send:
/// let jobmojito = Receiver::new("http://127.0.0.1:3000/webhooks/jobmojito")
///     .header("x-webhook-token", "token");
/// ```
#[derive(Clone, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Receiver {
    /// The receiver URL.
    pub url: String,
    /// HMAC-SHA256 secret; no signature when absent.
    #[serde(default)]
    pub secret: Option<String>,
    /// How the signature is written.
    #[serde(default)]
    pub encoding: Encoding,
    /// Sign `<timestamp>.<body>` and send the timestamp.
    #[serde(default)]
    pub timestamp: bool,
    /// Basic Auth credentials.
    #[serde(default)]
    pub basic: Option<BasicAuth>,
    /// Headers sent as they are with every delivery (JobMojito's custom webhook headers).
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
}

impl Receiver {
    /// Deliveries to `url`, unsigned, until a secret, credentials or headers are set.
    pub fn new(url: impl Into<String>) -> Self {
        Receiver {
            url: url.into(),
            secret: None,
            encoding: Encoding::default(),
            timestamp: false,
            basic: None,
            headers: BTreeMap::new(),
        }
    }

    /// Signs every delivery with this HMAC-SHA256 secret.
    #[must_use]
    pub fn secret(mut self, secret: impl Into<String>) -> Self {
        self.secret = Some(secret.into());
        self
    }

    /// Writes the signature in `encoding` (hex by default).
    #[must_use]
    pub fn encoding(mut self, encoding: Encoding) -> Self {
        self.encoding = encoding;
        self
    }

    /// Signs `<timestamp>.<body>` and sends the timestamp.
    #[must_use]
    pub fn timestamp(mut self) -> Self {
        self.timestamp = true;
        self
    }

    /// Sends these Basic Auth credentials with every delivery.
    #[must_use]
    pub fn basic_auth(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
        self.basic = Some(BasicAuth {
            username: username.into(),
            password: password.into(),
        });
        self
    }

    /// Sends header `name` with `value` with every delivery.
    #[must_use]
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.insert(name.into(), value.into());
        self
    }
}

impl std::fmt::Debug for Receiver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Receiver")
            .field("url", &self.url)
            .field("secret", &self.secret.as_ref().map(|_| "<redacted>"))
            .field("encoding", &self.encoding)
            .field("timestamp", &self.timestamp)
            .field("basic", &self.basic)
            // Header values are secrets as often as not (tokens): names only.
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// One delivery attempt's outcome.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Delivery {
    /// The vendor.
    pub vendor: Vendor,
    /// The event type (`invitation.created`, `interview_result`, …).
    pub event: String,
    /// The receiver's status, or `None` when it could not be reached.
    pub status: Option<u16>,
    /// Attempts made.
    pub attempts: u32,
    /// The body that was sent.
    pub body: Value,
}

/// Receivers and the record of deliveries.
#[derive(Debug)]
pub struct Webhooks {
    receivers: Mutex<BTreeMap<Vendor, Receiver>>,
    deliveries: std::sync::Arc<Mutex<Vec<Delivery>>>,
    /// Events emitted (delivered or not), for tests that run without a receiver.
    emitted: Mutex<Vec<(Vendor, String, Value)>>,
    client: reqwest::Client,
}

impl Default for Webhooks {
    fn default() -> Self {
        Webhooks {
            receivers: Mutex::default(),
            deliveries: std::sync::Arc::default(),
            emitted: Mutex::default(),
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap_or_default(),
        }
    }
}

/// How many times a delivery is tried before it is given up.
const ATTEMPTS: u32 = 3;

impl Webhooks {
    /// Sets (or with `None` removes) a vendor's receiver.
    pub fn set_receiver(&self, vendor: Vendor, receiver: Option<Receiver>) {
        let mut receivers = lock(&self.receivers);
        match receiver {
            Some(r) => receivers.insert(vendor, r),
            None => receivers.remove(&vendor),
        };
    }

    /// Forgets deliveries and emitted events (receivers stay).
    pub fn reset(&self) {
        lock(&self.deliveries).clear();
        lock(&self.emitted).clear();
    }

    /// Deliveries finished so far.
    pub fn deliveries(&self) -> Vec<Delivery> {
        lock(&self.deliveries).clone()
    }

    /// Events emitted so far: vendor, type and body.
    pub fn emitted(&self) -> Vec<(Vendor, String, Value)> {
        lock(&self.emitted).clone()
    }

    /// Records an event and, when the vendor has a receiver, delivers it in the background
    /// (retried on failure). Must be called inside the server's runtime.
    pub fn emit(&self, vendor: Vendor, event_type: &str, event: Value) {
        lock(&self.emitted).push((vendor, event_type.to_string(), event.clone()));
        let Some(receiver) = lock(&self.receivers).get(&vendor).cloned() else {
            return;
        };
        let client = self.client.clone();
        let deliveries = self.deliveries.clone();
        let event_type = event_type.to_string();
        tokio::spawn(async move {
            let body = serde_json::to_vec(&event).unwrap_or_default();
            let mut status = None;
            let mut attempts = 0;
            while attempts < ATTEMPTS {
                attempts += 1;
                let request = signed_request(&client, &receiver, &body);
                match request.send().await {
                    Ok(response) => {
                        status = Some(response.status().as_u16());
                        if response.status().is_success() {
                            break;
                        }
                    }
                    Err(_) => status = None,
                }
                tokio::time::sleep(Duration::from_millis(100 * u64::from(attempts))).await;
            }
            lock(&deliveries).push(Delivery {
                vendor,
                event: event_type,
                status,
                attempts,
                body: event,
            });
        });
    }
}

fn signed_request(
    client: &reqwest::Client,
    receiver: &Receiver,
    body: &[u8],
) -> reqwest::RequestBuilder {
    let mut request = client
        .post(&receiver.url)
        .header("content-type", "application/json")
        .body(body.to_vec());
    if let Some(secret) = &receiver.secret {
        let timestamp = receiver
            .timestamp
            .then(|| chrono::Utc::now().timestamp().to_string());
        let signature = sign(
            secret.as_bytes(),
            timestamp.as_deref(),
            body,
            receiver.encoding,
        );
        request = request.header(SIGNATURE_HEADER, format!("sha256={signature}"));
        if let Some(ts) = timestamp {
            request = request.header(TIMESTAMP_HEADER, ts);
        }
    }
    if let Some(basic) = &receiver.basic {
        request = request.basic_auth(&basic.username, Some(&basic.password));
    }
    for (name, value) in &receiver.headers {
        request = request.header(name, value);
    }
    request
}

/// The signature of a body: HMAC-SHA256 over the body, or over `<timestamp>.<body>`.
pub fn sign(secret: &[u8], timestamp: Option<&str>, body: &[u8], encoding: Encoding) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return String::new();
    };
    if let Some(ts) = timestamp {
        mac.update(ts.as_bytes());
        mac.update(b".");
    }
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    match encoding {
        Encoding::Hex => digest.iter().map(|b| format!("{b:02x}")).collect(),
        Encoding::Base64 => base64::engine::general_purpose::STANDARD.encode(digest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_match_a_known_hmac_sha256_vector() {
        // RFC 4231 test case 2.
        let hex = sign(
            b"Jefe",
            None,
            b"what do ya want for nothing?",
            Encoding::Hex,
        );
        assert_eq!(
            hex,
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        let b64 = sign(
            b"Jefe",
            None,
            b"what do ya want for nothing?",
            Encoding::Base64,
        );
        assert_eq!(b64, "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
    }

    #[test]
    fn a_delivery_carries_the_receivers_headers_and_signature() {
        let receiver = Receiver::new("http://127.0.0.1:9/hook")
            .secret("k")
            .header("x-webhook-token", "t0ken");
        // In a workspace build reqwest may have no TLS provider of its own (hirekit turns on
        // `rustls-no-provider`), so the test installs ring as the mock's server does.
        crate::install_crypto_provider();
        let request = signed_request(&reqwest::Client::new(), &receiver, b"{}")
            .build()
            .expect("a valid request");
        assert_eq!(request.headers()["x-webhook-token"], "t0ken");
        let signature = format!("sha256={}", sign(b"k", None, b"{}", Encoding::Hex));
        assert_eq!(request.headers()[SIGNATURE_HEADER], signature.as_str());
        assert!(!format!("{receiver:?}").contains("t0ken"));
    }

    #[test]
    fn a_timestamp_changes_the_signature() {
        let plain = sign(b"k", None, b"{}", Encoding::Hex);
        let stamped = sign(b"k", Some("1700000000"), b"{}", Encoding::Hex);
        assert_ne!(plain, stamped);
        assert_eq!(stamped, sign(b"k", None, b"1700000000.{}", Encoding::Hex));
    }
}
