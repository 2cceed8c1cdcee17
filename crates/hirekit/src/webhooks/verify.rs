//! Checking that a delivery comes from the vendor: HMAC-SHA256 signatures (with rotation and
//! an optional signed timestamp), Basic Auth, and shared-secret headers.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use http::{HeaderMap, HeaderName, header::AUTHORIZATION};
// ring is already in the build for rustls; using it here spares a consumer the RustCrypto
// hmac/sha2/subtle stack (issue 12).
use ring::{digest, hmac};

use crate::{Error, ErrorKind, Result, Secret};

/// The header the signature is read from unless configured otherwise.
pub const DEFAULT_SIGNATURE_HEADER: &str = "x-hirekit-signature";
/// The text in front of the signature unless configured otherwise.
pub const DEFAULT_SIGNATURE_PREFIX: &str = "sha256=";
/// The header the signed timestamp is read from unless configured otherwise.
pub const DEFAULT_TIMESTAMP_HEADER: &str = "x-hirekit-timestamp";

/// At most this many signatures are read from one delivery, so a header stuffed with
/// candidates cannot make verification expensive.
const MAX_CANDIDATES: usize = 8;
/// Longer encoded signatures cannot be an HMAC-SHA256 in hex or base64.
const MAX_SIGNATURE_TEXT: usize = 96;
/// An `Authorization` header longer than this is refused before decoding.
const MAX_BASIC_HEADER: usize = 4096;

/// How a signature is written. Verification accepts hex and base64 (standard or URL-safe,
/// padded or not) whatever is chosen here; the choice matters to [`crate::webhooks::testing`],
/// which writes signatures this way.
///
/// ```
/// use hirekit::webhooks::SignatureEncoding;
/// assert_eq!(SignatureEncoding::default(), SignatureEncoding::Hex);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SignatureEncoding {
    /// Lower-case hex (64 characters).
    #[default]
    Hex,
    /// Standard base64 with padding (44 characters).
    Base64,
}

/// Verifies webhook deliveries from their headers and raw body.
///
/// Configure one or more methods; a delivery passes when **every** configured method passes:
///
/// * HMAC-SHA256 of the body ([`VerifierBuilder::hmac_secret`], several secrets at once while
///   rotating), optionally over `<timestamp>.<body>` with a freshness window
///   ([`VerifierBuilder::timestamp_tolerance`]);
/// * Basic Auth ([`VerifierBuilder::basic_auth`], several credential pairs allowed);
/// * a shared secret in a header of your choosing ([`VerifierBuilder::shared_header`]), which
///   is how JobMojito deliveries are authenticated.
///
/// Every comparison is constant-time. Errors name the header at fault but never show a secret
/// or the signature that arrived, and neither does `Debug`.
///
/// ```
/// # fn demo() -> hirekit::Result<()> {
/// use std::time::Duration;
/// use hirekit::Secret;
/// use hirekit::webhooks::Verifier;
///
/// let verifier = Verifier::builder()
///     .hmac_secret(Secret::new("whsec_new"))
///     .hmac_secret(Secret::new("whsec_old")) // still accepted until the rotation is over
///     .timestamp_tolerance(Duration::from_secs(300))
///     .build()?;
/// assert!(!format!("{verifier:?}").contains("whsec"));
/// # Ok(()) }
/// # demo().unwrap();
/// ```
#[derive(Clone)]
pub struct Verifier {
    pub(crate) hmac_secrets: Vec<Secret>,
    pub(crate) signature_header: HeaderName,
    pub(crate) prefix: String,
    pub(crate) encoding: SignatureEncoding,
    pub(crate) timestamp: Option<(HeaderName, Duration)>,
    basic: Vec<(Secret, Secret)>,
    shared: Vec<(HeaderName, Secret)>,
}

/// Builds a [`Verifier`]; start with [`Verifier::builder`].
///
/// ```
/// # fn demo() -> hirekit::Result<()> {
/// use hirekit::Secret;
/// use hirekit::webhooks::{SignatureEncoding, Verifier};
///
/// // A proxy in front of JobMojito that signs with its own header and no prefix:
/// let verifier = Verifier::builder()
///     .hmac_secret(Secret::new("proxy-secret"))
///     .signature_header("x-proxy-signature")
///     .signature_prefix("")
///     .encoding(SignatureEncoding::Base64)
///     .build()?;
/// # drop(verifier);
/// # Ok(()) }
/// # demo().unwrap();
/// ```
#[derive(Clone)]
pub struct VerifierBuilder {
    hmac_secrets: Vec<Secret>,
    signature_header: String,
    prefix: String,
    encoding: SignatureEncoding,
    timestamp_header: String,
    tolerance: Option<Duration>,
    basic: Vec<(Secret, Secret)>,
    shared: Vec<(String, Secret)>,
}

impl Default for VerifierBuilder {
    fn default() -> Self {
        VerifierBuilder {
            hmac_secrets: Vec::new(),
            signature_header: DEFAULT_SIGNATURE_HEADER.to_string(),
            prefix: DEFAULT_SIGNATURE_PREFIX.to_string(),
            encoding: SignatureEncoding::Hex,
            timestamp_header: DEFAULT_TIMESTAMP_HEADER.to_string(),
            tolerance: None,
            basic: Vec::new(),
            shared: Vec::new(),
        }
    }
}

impl VerifierBuilder {
    /// Adds an HMAC-SHA256 secret. Add the new and the old secret while rotating: a signature
    /// made with either verifies.
    pub fn hmac_secret(mut self, secret: impl Into<Secret>) -> Self {
        self.hmac_secrets.push(secret.into());
        self
    }

    /// The header carrying the signature (default [`DEFAULT_SIGNATURE_HEADER`]).
    pub fn signature_header(mut self, name: impl Into<String>) -> Self {
        self.signature_header = name.into();
        self
    }

    /// The text in front of the encoded signature (default `sha256=`; `""` for none). It is
    /// matched without regard to case.
    pub fn signature_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// How signatures are written by [`crate::webhooks::testing::Signer::for_verifier`].
    /// Verification accepts hex and base64 either way.
    pub fn encoding(mut self, encoding: SignatureEncoding) -> Self {
        self.encoding = encoding;
        self
    }

    /// Requires a signed timestamp: the sender puts Unix seconds in the timestamp header and
    /// signs `<timestamp>.<body>`; deliveries further than `tolerance` from now (either way)
    /// are refused as stale, which bounds how long a captured delivery can be replayed.
    pub fn timestamp_tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = Some(tolerance);
        self
    }

    /// The header carrying the timestamp (default [`DEFAULT_TIMESTAMP_HEADER`]).
    pub fn timestamp_header(mut self, name: impl Into<String>) -> Self {
        self.timestamp_header = name.into();
        self
    }

    /// Accepts Basic Auth with this user name and password; call again for more pairs.
    pub fn basic_auth(mut self, username: impl Into<Secret>, password: impl Into<Secret>) -> Self {
        self.basic.push((username.into(), password.into()));
        self
    }

    /// Accepts deliveries whose header `name` holds exactly `value`: the custom header you
    /// configure for JobMojito's webhooks. Call again (same or another name) to accept several
    /// values, e.g. while rotating.
    pub fn shared_header(mut self, name: impl Into<String>, value: impl Into<Secret>) -> Self {
        self.shared.push((name.into(), value.into()));
        self
    }

    /// Checks the configuration. Fails when no method is configured (a verifier that accepts
    /// everything is never what was meant), a secret is empty, or a header name is invalid.
    pub fn build(self) -> Result<Verifier> {
        if self.hmac_secrets.is_empty() && self.basic.is_empty() && self.shared.is_empty() {
            return Err(config(
                "configure at least one webhook secret, Basic Auth pair or shared header",
            ));
        }
        if self.hmac_secrets.iter().any(Secret::is_empty) {
            return Err(config("a webhook HMAC secret is empty"));
        }
        if self.basic.iter().any(|(u, p)| u.is_empty() || p.is_empty()) {
            return Err(config("a Basic Auth user name or password is empty"));
        }
        if self.basic.iter().any(|(u, _)| u.expose().contains(':')) {
            return Err(config("a Basic Auth user name cannot contain `:`"));
        }
        let mut shared = Vec::with_capacity(self.shared.len());
        for (name, value) in self.shared {
            if value.is_empty() {
                return Err(config("a shared header value is empty"));
            }
            shared.push((header_name(&name)?, value));
        }
        Ok(Verifier {
            hmac_secrets: self.hmac_secrets,
            signature_header: header_name(&self.signature_header)?,
            prefix: self.prefix,
            encoding: self.encoding,
            timestamp: match self.tolerance {
                Some(tolerance) => Some((header_name(&self.timestamp_header)?, tolerance)),
                None => None,
            },
            basic: self.basic,
            shared,
        })
    }
}

impl fmt::Debug for VerifierBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifierBuilder")
            .field("hmac_secrets", &self.hmac_secrets.len())
            .field("signature_header", &self.signature_header)
            .field("tolerance", &self.tolerance)
            .field("basic_auth_pairs", &self.basic.len())
            .field("shared_headers", &self.shared.len())
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Verifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Counts and header names only: the secrets themselves never leave `Secret`.
        f.debug_struct("Verifier")
            .field("hmac_secrets", &self.hmac_secrets.len())
            .field("signature_header", &self.signature_header)
            .field("prefix", &self.prefix)
            .field("encoding", &self.encoding)
            .field("timestamp", &self.timestamp)
            .field("basic_auth_pairs", &self.basic.len())
            .field(
                "shared_headers",
                &self.shared.iter().map(|(n, _)| n).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Verifier {
    /// Starts a configuration with the default header names.
    pub fn builder() -> VerifierBuilder {
        VerifierBuilder::default()
    }

    /// Verifies a delivery: `headers` as received and `body` exactly as received (never a
    /// re-serialised copy). Fails with [`ErrorKind::Webhook`]; [`Error::field`] names the
    /// header at fault.
    ///
    /// ```
    /// # fn demo() -> hirekit::Result<()> {
    /// use hirekit::Secret;
    /// use hirekit::webhooks::{Verifier, testing::Signer};
    ///
    /// let verifier = Verifier::builder().hmac_secret(Secret::new("s3cret")).build()?;
    /// let body = br#"{"id":"evt_1"}"#;
    /// let headers = Signer::new(Secret::new("s3cret")).header_map(body);
    /// verifier.verify(&headers, body)?;
    /// assert!(verifier.verify(&headers, br#"{"id":"evt_2"}"#).is_err());
    /// # Ok(()) }
    /// # demo().unwrap();
    /// ```
    pub fn verify(&self, headers: &HeaderMap, body: &[u8]) -> Result<()> {
        self.verify_at(headers, body, SystemTime::now())
    }

    /// [`Verifier::verify`] as if the clock read `now` (for tests of the timestamp window).
    pub fn verify_at(&self, headers: &HeaderMap, body: &[u8], now: SystemTime) -> Result<()> {
        if !self.hmac_secrets.is_empty() {
            self.check_signature(headers, body, now)?;
        }
        if !self.basic.is_empty() {
            self.check_basic(headers)?;
        }
        if !self.shared.is_empty() {
            self.check_shared(headers)?;
        }
        Ok(())
    }

    fn check_signature(&self, headers: &HeaderMap, body: &[u8], now: SystemTime) -> Result<()> {
        let name = &self.signature_header;
        if !headers.contains_key(name) {
            return Err(rejected(format!("the `{name}` header is missing"), name));
        }
        let mut candidates = Vec::new();
        for value in headers.get_all(name) {
            let Ok(text) = value.to_str() else { continue };
            for token in text.split(|c: char| c == ',' || c.is_ascii_whitespace()) {
                if candidates.len() >= MAX_CANDIDATES {
                    break;
                }
                if let Some(bytes) =
                    strip_prefix_ignore_case(token, &self.prefix).and_then(decode_signature)
                {
                    candidates.push(bytes);
                }
            }
        }
        if candidates.is_empty() {
            return Err(rejected(
                format!(
                    "the `{name}` header holds no signature of the expected form ({}hex or \
                     base64 HMAC-SHA256)",
                    self.prefix
                ),
                name,
            ));
        }
        let timestamp = match &self.timestamp {
            Some((ts_name, tolerance)) => {
                Some((read_timestamp(headers, ts_name)?, ts_name, *tolerance))
            }
            None => None,
        };
        let signed_ts = timestamp.as_ref().map(|(raw, _, _)| raw.as_str());
        // `|=` on `bool` does not short-circuit: every secret and candidate is compared.
        let mut matched = false;
        for secret in &self.hmac_secrets {
            let expected = hmac_sha256(secret.expose().as_bytes(), signed_ts, body);
            for candidate in &candidates {
                matched |= hashed_eq(&expected, candidate);
            }
        }
        if !matched {
            let hint = match &self.timestamp {
                None if headers.contains_key(DEFAULT_TIMESTAMP_HEADER) => {
                    " (a timestamp header arrived: the sender may sign `<timestamp>.<body>`, \
                     see `timestamp_tolerance`)"
                }
                _ => "",
            };
            return Err(rejected(
                format!("the signature does not match the body with any configured secret{hint}"),
                name,
            ));
        }
        // Freshness is judged only once the timestamp is known to be the sender's.
        if let Some((raw, ts_name, tolerance)) = timestamp {
            let sent: i64 = raw.parse().unwrap_or(i64::MIN);
            let now = match now.duration_since(UNIX_EPOCH) {
                Ok(d) => i128::from(d.as_secs()),
                Err(e) => -i128::from(e.duration().as_secs()),
            };
            let skew = (now - i128::from(sent)).unsigned_abs();
            if skew > u128::from(tolerance.as_secs()) {
                return Err(rejected(
                    format!(
                        "the delivery is stale: its timestamp is {skew} s away from now, more \
                         than the {} s allowed",
                        tolerance.as_secs()
                    ),
                    ts_name,
                ));
            }
        }
        Ok(())
    }

    fn check_basic(&self, headers: &HeaderMap) -> Result<()> {
        let name = AUTHORIZATION;
        let Some(value) = headers.get(&name) else {
            return Err(rejected("the `authorization` header is missing", &name));
        };
        let malformed = || rejected("the `authorization` header is not valid Basic Auth", &name);
        let text = value.to_str().map_err(|_| malformed())?.trim();
        if text.len() > MAX_BASIC_HEADER {
            return Err(malformed());
        }
        let encoded = match text.split_once(' ') {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("basic") => rest.trim(),
            _ => return Err(malformed()),
        };
        let decoded = STANDARD
            .decode(encoded)
            .or_else(|_| STANDARD_NO_PAD.decode(encoded))
            .map_err(|_| malformed())?;
        let split = decoded
            .iter()
            .position(|b| *b == b':')
            .ok_or_else(malformed)?;
        let (user, password) = (&decoded[..split], &decoded[split + 1..]);
        let mut matched = false;
        for (u, p) in &self.basic {
            matched |=
                hashed_eq(user, u.expose().as_bytes()) & hashed_eq(password, p.expose().as_bytes());
        }
        if matched {
            Ok(())
        } else {
            Err(rejected(
                "the Basic Auth credentials are not accepted",
                &name,
            ))
        }
    }

    fn check_shared(&self, headers: &HeaderMap) -> Result<()> {
        let mut matched = false;
        let mut present = None;
        for (name, expected) in &self.shared {
            for value in headers.get_all(name) {
                present.get_or_insert(name);
                matched |= hashed_eq(value.as_bytes(), expected.expose().as_bytes());
            }
        }
        match (matched, present) {
            (true, _) => Ok(()),
            (false, Some(name)) => Err(rejected(
                format!("the `{name}` header does not hold an accepted value"),
                name,
            )),
            (false, None) => {
                let names: Vec<_> = self.shared.iter().map(|(n, _)| n.as_str()).collect();
                let first = names.first().copied().unwrap_or("shared secret");
                Err(Error::new(
                    ErrorKind::Webhook,
                    format!("the `{}` header is missing", names.join("` or `")),
                )
                .with_field(first))
            }
        }
    }
}

/// HMAC-SHA256 over `<timestamp>.<body>`, or the body alone.
pub(crate) fn hmac_sha256(secret: &[u8], timestamp: Option<&str>, body: &[u8]) -> Vec<u8> {
    let key = hmac::Key::new(hmac::HMAC_SHA256, secret);
    let mut mac = hmac::Context::with_key(&key);
    if let Some(ts) = timestamp {
        mac.update(ts.as_bytes());
        mac.update(b".");
    }
    mac.update(body);
    mac.sign().as_ref().to_vec()
}

/// Writes a MAC the way `encoding` says.
pub(crate) fn encode(bytes: &[u8], encoding: SignatureEncoding) -> String {
    match encoding {
        SignatureEncoding::Hex => bytes.iter().map(|b| format!("{b:02x}")).collect(),
        SignatureEncoding::Base64 => STANDARD.encode(bytes),
    }
}

/// Compares through SHA-256 digests, so the time taken does not even reveal the length of the
/// expected value; the digests themselves are compared without an early exit.
fn hashed_eq(a: &[u8], b: &[u8]) -> bool {
    let (a, b) = (
        digest::digest(&digest::SHA256, a),
        digest::digest(&digest::SHA256, b),
    );
    let difference = a
        .as_ref()
        .iter()
        .zip(b.as_ref())
        .fold(0u8, |acc, (x, y)| std::hint::black_box(acc | (x ^ y)));
    difference == 0
}

fn strip_prefix_ignore_case<'a>(token: &'a str, prefix: &str) -> Option<&'a str> {
    let head = token.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| token.get(prefix.len()..))
        .flatten()
        .filter(|rest| !rest.is_empty())
}

/// Hex first (a 64-character hex string is never valid 32-byte base64), then the base64
/// dialects senders use.
fn decode_signature(text: &str) -> Option<Vec<u8>> {
    if text.len() > MAX_SIGNATURE_TEXT {
        return None;
    }
    if let Some(bytes) = (text.len() == 64).then(|| decode_hex(text)).flatten() {
        return Some(bytes);
    }
    [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
        .iter()
        .find_map(|engine| engine.decode(text).ok())
        .filter(|bytes| bytes.len() == 32)
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| (c as char).to_digit(16);
    text.as_bytes()
        .chunks(2)
        .map(|pair| match pair {
            [hi, lo] => Some((digit(*hi)? * 16 + digit(*lo)?) as u8),
            _ => None,
        })
        .collect()
}

fn read_timestamp(headers: &HeaderMap, name: &HeaderName) -> Result<String> {
    let Some(value) = headers.get(name) else {
        return Err(rejected(format!("the `{name}` header is missing"), name));
    };
    match value.to_str().map(str::trim) {
        Ok(text) if !text.is_empty() && text.len() <= 20 && text.parse::<i64>().is_ok() => {
            Ok(text.to_string())
        }
        _ => Err(rejected(
            format!("the `{name}` header is not a Unix timestamp in seconds"),
            name,
        )),
    }
}

fn header_name(name: &str) -> Result<HeaderName> {
    HeaderName::from_bytes(name.trim().as_bytes())
        .map_err(|_| config(format!("`{name}` is not a valid header name")))
}

fn config(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Config, message)
}

pub(crate) fn rejected(message: impl Into<String>, header: &HeaderName) -> Error {
    Error::new(ErrorKind::Webhook, message).with_field(header.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_case_2() {
        let mac = hmac_sha256(b"Jefe", None, b"what do ya want for nothing?");
        assert_eq!(
            encode(&mac, SignatureEncoding::Hex),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn odd_inputs_never_panic() {
        for text in ["", "é", "ééé", "zz", &"a".repeat(64), &"é".repeat(32)] {
            let _ = decode_signature(text);
            let _ = strip_prefix_ignore_case(text, "sha256=");
            let _ = strip_prefix_ignore_case(text, "é");
        }
    }
}
