//! JobMojito credentials: a fixed token, or a Supabase session from email and password that
//! is refreshed before it expires.

use std::time::{Duration, Instant};

use http::HeaderValue;
use jobmojito_raw::tables::types as auth_types;
use tokio::sync::Mutex;

use crate::error::{Error, ErrorKind, Result};
use crate::secret::Secret;
use crate::transport::{Authenticate, BoxFuture, Transport};

/// Renew a session this long before it expires, so a request never leaves with a token that
/// dies in flight.
const RENEW_MARGIN: Duration = Duration::from_secs(60);

fn bearer(token: &str) -> Result<HeaderValue> {
    let mut value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| {
        Error::new(
            ErrorKind::Config,
            "the token contains characters a header cannot carry",
        )
        .with_field("token")
    })?;
    value.set_sensitive(true);
    Ok(value)
}

fn apikey(anon_key: Option<&Secret>) -> Result<Option<HeaderValue>> {
    anon_key
        .map(|key| {
            let mut value = HeaderValue::from_str(key.expose()).map_err(|_| {
                Error::new(
                    ErrorKind::Config,
                    "the anon key contains characters a header cannot carry",
                )
                .with_field("anon_key")
            })?;
            value.set_sensitive(true);
            Ok(value)
        })
        .transpose()
}

/// A fixed API key or JWT, sent as a bearer token (with the project's anon key as `apikey`
/// when one is known, which the Supabase gateway in front of the Tables API wants).
#[derive(Debug)]
pub(crate) struct StaticToken {
    authorization: HeaderValue,
    apikey: Option<HeaderValue>,
}

impl StaticToken {
    pub(crate) fn new(token: &Secret, anon_key: Option<&Secret>) -> Result<Self> {
        Ok(StaticToken {
            authorization: bearer(token.expose())?,
            apikey: apikey(anon_key)?,
        })
    }
}

impl Authenticate for StaticToken {
    fn authorize_now(&self, request: &mut reqwest::Request) -> bool {
        let headers = request.headers_mut();
        headers.insert(http::header::AUTHORIZATION, self.authorization.clone());
        if let Some(apikey) = &self.apikey {
            headers.insert("apikey", apikey.clone());
        }
        true
    }

    fn authorize<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), Error>> {
        let headers = request.headers_mut();
        headers.insert(http::header::AUTHORIZATION, self.authorization.clone());
        if let Some(apikey) = &self.apikey {
            headers.insert("apikey", apikey.clone());
        }
        Box::pin(async { Ok(()) })
    }
}

/// A live session.
struct Held {
    authorization: HeaderValue,
    refresh_token: Secret,
    expires_at: Instant,
}

/// Email and password, traded for a Supabase session at the first request and renewed before
/// expiry or after a 401. The session sits behind an async mutex, so under any number of
/// concurrent calls exactly one sign-in or refresh runs at a time and the others reuse its
/// result.
pub(crate) struct PasswordSession {
    email: Secret,
    password: Secret,
    anon_key: Secret,
    apikey: HeaderValue,
    /// A Tables client without credentials, for the auth endpoints themselves.
    signer: jobmojito_raw::tables::Client,
    /// Sends the auth calls, without credentials.
    signer_transport: Transport,
    held: Mutex<Option<Held>>,
}

impl std::fmt::Debug for PasswordSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordSession")
            .field("email", &self.email)
            .field("password", &self.password)
            .field("anon_key", &self.anon_key)
            .finish_non_exhaustive()
    }
}

impl PasswordSession {
    pub(crate) fn new(
        email: Secret,
        password: Secret,
        anon_key: Secret,
        signer: jobmojito_raw::tables::Client,
        signer_transport: Transport,
    ) -> Result<Self> {
        let apikey = apikey(Some(&anon_key))?.ok_or_else(|| {
            Error::new(ErrorKind::Config, "an anon key is required").with_field("anon_key")
        })?;
        Ok(PasswordSession {
            email,
            password,
            anon_key,
            apikey,
            signer,
            signer_transport,
            held: Mutex::new(None),
        })
    }

    /// The current `Authorization` value, signing in or refreshing first when needed.
    async fn current(&self) -> Result<HeaderValue> {
        let mut held = self.held.lock().await;
        if let Some(session) = held.as_ref()
            && session.expires_at > Instant::now() + RENEW_MARGIN
        {
            return Ok(session.authorization.clone());
        }
        let renewed = self.renew(held.as_ref()).await?;
        let authorization = renewed.authorization.clone();
        *held = Some(renewed);
        Ok(authorization)
    }

    /// Refreshes `previous` if there is one, and signs in again when that fails.
    async fn renew(&self, previous: Option<&Held>) -> Result<Held> {
        if let Some(previous) = previous {
            let grant = auth_types::RefreshTokenGrant {
                refresh_token: previous.refresh_token.expose().to_string(),
            };
            let refreshed = self
                .signer
                .refresh_session()
                .apikey(self.anon_key.expose())
                .body(grant)
                .execute(&self.signer_transport)
                .await;
            match refreshed {
                Ok(session) => {
                    tracing::debug!("JobMojito session refreshed");
                    return held(session);
                }
                Err(error) => {
                    tracing::debug!(kind = ?error.kind(), "refresh failed; signing in again");
                }
            }
        }
        let grant = auth_types::PasswordGrant {
            email: self.email.expose().to_string(),
            password: self.password.expose().to_string(),
        };
        let session = self
            .signer
            .sign_in_with_password()
            .apikey(self.anon_key.expose())
            .body(grant)
            .execute(&self.signer_transport)
            .await
            .map_err(|e| {
                if e.is_validation() || e.is_auth() {
                    Error::new(ErrorKind::Auth, "JobMojito refused the email and password")
                        .with_status(e.status().unwrap_or(400))
                } else {
                    e
                }
            })?;
        tracing::debug!("JobMojito session started");
        held(session)
    }
}

/// The longest session lifetime believed. Supabase issues hour-long tokens; a server's
/// `expires_in` beyond a day is not trusted (nor allowed to overflow the clock).
const MAX_SESSION_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

fn held(session: auth_types::Session) -> Result<Held> {
    let lifetime = Duration::from_secs(u64::try_from(session.expires_in).unwrap_or(0))
        .min(MAX_SESSION_LIFETIME);
    let now = Instant::now();
    Ok(Held {
        authorization: bearer(&session.access_token)?,
        refresh_token: Secret::new(session.refresh_token),
        expires_at: now.checked_add(lifetime).unwrap_or(now),
    })
}

impl Authenticate for PasswordSession {
    fn authorize<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), Error>> {
        Box::pin(async move {
            let authorization = self.current().await?;
            let headers = request.headers_mut();
            headers.insert(http::header::AUTHORIZATION, authorization);
            headers.insert("apikey", self.apikey.clone());
            Ok(())
        })
    }

    fn can_renew(&self) -> bool {
        true
    }

    fn renew_after_unauthorized<'a>(
        &'a self,
        refused: Option<&'a HeaderValue>,
    ) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            let mut held = self.held.lock().await;
            // Another call may have renewed the session since this request left.
            if let (Some(session), Some(refused)) = (held.as_ref(), refused)
                && session.authorization != *refused
            {
                return true;
            }
            match self.renew(held.as_ref()).await {
                Ok(renewed) => {
                    *held = Some(renewed);
                    true
                }
                Err(_) => false,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(expires_in: i64) -> auth_types::Session {
        auth_types::Session {
            access_token: "token".to_string(),
            expires_at: None,
            expires_in,
            refresh_token: "refresh".to_string(),
            token_type: None,
            user: None,
            extra: Default::default(),
        }
    }

    /// Issue 10, item 7: an absurd `expires_in` neither panics nor keeps a session for ages.
    #[test]
    fn huge_expires_in_is_capped_not_a_panic() {
        let before = Instant::now();
        let held = held(session(i64::MAX)).expect("a session");
        assert!(held.expires_at <= before + MAX_SESSION_LIFETIME + Duration::from_secs(5));
        assert!(held.expires_at > before + Duration::from_secs(3600));
        let negative = self::held(session(-5)).expect("a session");
        assert!(negative.expires_at <= Instant::now());
    }
}

/// Property test of the session lifetime over any `expires_in` a server may send. Kept in a
/// module of its own, apart from `tests`, so changes to the session code and to this property
/// do not touch the same lines.
#[cfg(test)]
mod expires_in_props {
    use std::time::{Duration, Instant};

    use proptest::prelude::*;
    use serde_json::{Value, json};

    use super::{MAX_SESSION_LIFETIME, auth_types, held};

    /// `expires_in` as JSON: any i64, any u64, any finite float, the usual hour give or take,
    /// and the edges.
    fn expires_in_values() -> impl Strategy<Value = Value> {
        prop_oneof![
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_filter_map("finite", |f| {
                serde_json::Number::from_f64(f).map(Value::Number)
            }),
            (-100_000i64..200_000).prop_map(Value::from),
            prop::sample::select(vec![
                json!(0),
                json!(-1),
                json!(i64::MIN),
                json!(i64::MAX),
                json!(u64::MAX),
                json!(-0.0),
                json!(3600.0),
                json!(1e300),
                json!(86_400),
                json!(86_401),
            ]),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::test_support::proptest_cases()))]

        /// Whatever `expires_in` a sign-in answers, nothing panics: a value that is not a
        /// whole number of seconds in i64 range fails to decode (a typed error), and any other
        /// gives a lifetime of exactly that many seconds when positive, none when zero or
        /// negative (the next call renews), and never more than a day.
        #[test]
        fn any_expires_in_gives_a_bounded_lifetime(expires_in in expires_in_values()) {
            let body = json!({
                "access_token": "token",
                "refresh_token": "refresh",
                "token_type": "bearer",
                "expires_in": expires_in,
            });
            match serde_json::from_value::<auth_types::Session>(body) {
                Err(_) => prop_assert!(expires_in.as_i64().is_none(), "{} refused", expires_in),
                Ok(session) => {
                    let seconds = session.expires_in;
                    let expected = match u64::try_from(seconds) {
                        Ok(0) | Err(_) => Duration::ZERO,
                        Ok(s) => Duration::from_secs(s).min(MAX_SESSION_LIFETIME),
                    };
                    let before = Instant::now();
                    let held = held(session).expect("a session");
                    let after = Instant::now();
                    prop_assert!(held.expires_at >= before + expected, "{}", seconds);
                    prop_assert!(held.expires_at <= after + expected, "{}", seconds);
                    prop_assert!(held.expires_at <= after + MAX_SESSION_LIFETIME);
                }
            }
        }
    }
}
