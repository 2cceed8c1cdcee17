//! Supabase sessions: password sign-in, refresh-token rotation, and the check every
//! `/rest/v1` call makes on its bearer token.
//!
//! Tokens are checked by lookup, not by signature: like JobMojito's servers, the mock treats a
//! token as valid only while the session it belongs to is live, so expiring every token through
//! the control endpoint behaves like the real expiry an hour later.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::config::User;

/// An issued access token.
#[derive(Debug)]
struct Access {
    expires: Instant,
}

/// An issued refresh token and whose it is.
#[derive(Debug)]
struct Refresh {
    user: User,
    spent: bool,
}

/// Every token the mock has issued.
#[derive(Debug, Default)]
pub struct Sessions {
    access: BTreeMap<String, Access>,
    refresh: BTreeMap<String, Refresh>,
    issued: u64,
}

/// Why a bearer token is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The mock never issued it.
    Unknown,
    /// It expired (by time or through the control endpoint).
    Expired,
}

impl Sessions {
    /// Signs in `user`: a new session with a fresh pair of tokens.
    pub fn sign_in(&mut self, user: &User, lifetime: Duration) -> Value {
        self.issue(user, lifetime)
    }

    /// Trades a refresh token for a new session; the old refresh token is spent. Fails with
    /// Supabase's description when the token is unknown or already spent.
    pub fn refresh(&mut self, token: &str, lifetime: Duration) -> Result<Value, &'static str> {
        let entry = self
            .refresh
            .get_mut(token)
            .ok_or("Invalid Refresh Token: Refresh Token Not Found")?;
        if entry.spent {
            return Err("Invalid Refresh Token: Already Used");
        }
        entry.spent = true;
        let user = entry.user.clone();
        Ok(self.issue(&user, lifetime))
    }

    /// Whether `token` is a live access token.
    pub fn check(&self, token: &str) -> Result<(), Refused> {
        match self.access.get(token) {
            None => Err(Refused::Unknown),
            Some(access) if access.expires <= Instant::now() => Err(Refused::Expired),
            Some(_) => Ok(()),
        }
    }

    /// Expires every access token now; answers how many were still live.
    pub fn expire_all(&mut self) -> usize {
        let now = Instant::now();
        let mut live = 0;
        for access in self.access.values_mut() {
            if access.expires > now {
                live += 1;
            }
            access.expires = now;
        }
        live
    }

    /// How many sessions were issued (sign-ins and refreshes).
    pub fn issued(&self) -> u64 {
        self.issued
    }

    /// How many access tokens are still live.
    pub fn live(&self) -> usize {
        let now = Instant::now();
        self.access.values().filter(|a| a.expires > now).count()
    }

    fn issue(&mut self, user: &User, lifetime: Duration) -> Value {
        self.issued += 1;
        let user_id = user_id(user);
        let now = chrono::Utc::now().timestamp();
        let seconds = i64::try_from(lifetime.as_secs()).unwrap_or(i64::MAX);
        let expires_at = now.saturating_add(seconds);
        let claims = json!({
            "iss": "hirekit-mock/auth/v1",
            "sub": user_id,
            "aud": "authenticated",
            "role": "authenticated",
            "email": user.email,
            "iat": now,
            "exp": expires_at,
            "session_id": self.issued,
            "app_metadata": { "merchant_id": user.merchant_id },
        });
        let access_token = jwt_shaped(&claims);
        let refresh_token = opaque("refresh", self.issued);
        self.access.insert(
            access_token.clone(),
            Access {
                expires: expiry(lifetime),
            },
        );
        self.refresh.insert(
            refresh_token.clone(),
            Refresh {
                user: user.clone(),
                spent: false,
            },
        );
        json!({
            "access_token": access_token,
            "token_type": "bearer",
            "expires_in": seconds,
            "expires_at": expires_at,
            "refresh_token": refresh_token,
            "user": {
                "id": user_id,
                "aud": "authenticated",
                "role": "authenticated",
                "email": user.email,
                "app_metadata": { "provider": "email", "merchant_id": user.merchant_id },
                "user_metadata": {},
            },
        })
    }
}

/// When a token issued now for `lifetime` expires; a lifetime too long to represent is
/// capped at a century instead of overflowing.
fn expiry(lifetime: Duration) -> Instant {
    let now = Instant::now();
    now.checked_add(lifetime)
        .or_else(|| now.checked_add(Duration::from_secs(100 * 365 * 24 * 3600)))
        .unwrap_or(now)
}

/// A stable user id per email, shaped like Supabase's uuids.
fn user_id(user: &User) -> String {
    super::store::uuid_like(&format!("user:{}", user.email), 0)
}

/// A token with a JWT's three-part shape, so clients that peek at the claims (expiry, merchant)
/// work; the signature part is a digest, since the mock checks tokens by lookup.
fn jwt_shaped(claims: &Value) -> String {
    let encode = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let header = encode(br#"{"alg":"HS256","typ":"JWT"}"#);
    let payload = encode(claims.to_string().as_bytes());
    let signature = encode(
        &Sha256::new()
            .chain_update(header.as_bytes())
            .chain_update(b".")
            .chain_update(payload.as_bytes())
            .finalize(),
    );
    format!("{header}.{payload}.{signature}")
}

/// An opaque token, unique per issue.
fn opaque(kind: &str, n: u64) -> String {
    let digest = Sha256::new()
        .chain_update(kind.as_bytes())
        .chain_update(n.to_be_bytes())
        .chain_update(
            chrono::Utc::now()
                .timestamp_nanos_opt()
                .unwrap_or(0)
                .to_be_bytes(),
        )
        .finalize();
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}
