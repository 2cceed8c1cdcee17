//! JobMojito credentials: a fixed token, or a Supabase session from email and password that
//! is refreshed before it expires.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, Instant};

use futures_util::future::{FutureExt as _, Shared};
use http::HeaderValue;
use jobmojito_raw::auth::types as auth_types;

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
    obtained_at: Instant,
    expires_at: Instant,
    /// Set when a request sent with this session right after a renewal was refused with a
    /// 401 all the same: then the 401 meant "not allowed", not "expired".
    refused_when_new: AtomicBool,
}

impl Held {
    /// Whether the session is too close to its end to send a request with.
    fn expiring(&self, now: Instant) -> bool {
        self.expires_at <= now + RENEW_MARGIN
    }
}

/// A renewal under way, awaited by every call that needs it. Shared rather than owned by the
/// call that started it, so a caller giving up (its deadline passed) does not cancel the
/// renewal for the others, and its outcome, failure included, reaches all of them.
type Renewal = Shared<BoxFuture<'static, Result<Arc<Held>, Error>>>;

/// A session the vendor refused right after a renewal is not renewed after a 401 until it
/// is this old: a token that new was refused for something other than its age ("not
/// allowed"), and renewing on every such call would only repeat the refusal. Past this age a
/// 401 renews again, in case the session was revoked since.
const NEW_SESSION: Duration = Duration::from_secs(30);

/// How long a refused email and password are remembered, so that calls arriving meanwhile
/// fail at once instead of each sending the same wrong password (which can lock the account
/// or trip the auth server's rate limit).
const REFUSAL_MEMORY: Duration = Duration::from_secs(30);

/// Email and password, traded for a Supabase session at the first request and renewed before
/// expiry or after a 401.
///
/// A fresh session is read under a short read lock that no renewal holds across a request, so
/// concurrent calls do not queue behind each other. At most one renewal runs at a time; every
/// call that needs it awaits the same one, under its own deadline, and shares its outcome.
pub(crate) struct PasswordSession {
    core: Arc<SessionCore>,
    apikey: HeaderValue,
}

/// What a renewal needs, owned so it can outlive the call that started it.
struct SessionCore {
    email: Secret,
    password: Secret,
    anon_key: Secret,
    /// An auth client without credentials, for the auth endpoints themselves.
    signer: jobmojito_raw::auth::Client,
    /// Sends the auth calls, without credentials.
    signer_transport: Transport,
    /// The session in use.
    current: RwLock<Option<Arc<Held>>>,
    /// The renewal under way, if any.
    renewal: Mutex<Option<Renewal>>,
    /// The last refusal of the email and password, and when it came.
    refused: Mutex<Option<(Instant, Error)>>,
}

impl std::fmt::Debug for PasswordSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordSession")
            .field("email", &self.core.email)
            .field("password", &self.core.password)
            .field("anon_key", &self.core.anon_key)
            .finish_non_exhaustive()
    }
}

/// A lock's guard even when a panicking thread poisoned it: the data behind these locks is
/// replaced whole, never left half-written.
fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(PoisonError::into_inner)
}

fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    lock.write().unwrap_or_else(PoisonError::into_inner)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl PasswordSession {
    pub(crate) fn new(
        email: Secret,
        password: Secret,
        anon_key: Secret,
        signer: jobmojito_raw::auth::Client,
        signer_transport: Transport,
    ) -> Result<Self> {
        let apikey = apikey(Some(&anon_key))?.ok_or_else(|| {
            Error::new(ErrorKind::Config, "an anon key is required").with_field("anon_key")
        })?;
        Ok(PasswordSession {
            core: Arc::new(SessionCore {
                email,
                password,
                anon_key,
                signer,
                signer_transport,
                current: RwLock::new(None),
                renewal: Mutex::new(None),
                refused: Mutex::new(None),
            }),
            apikey,
        })
    }

    /// The current `Authorization` value, signing in or refreshing first when needed.
    async fn current(&self) -> Result<HeaderValue> {
        if let Some(session) = read(&self.core.current).as_ref()
            && !session.expiring(Instant::now())
        {
            return Ok(session.authorization.clone());
        }
        let session = SessionCore::renewed(&self.core, None).await?;
        Ok(session.authorization.clone())
    }
}

impl SessionCore {
    /// A session fit to send with: the current one when it is neither expiring nor the
    /// `refused` one, otherwise the outcome of the renewal under way or of a new one.
    fn renewed(core: &Arc<Self>, refused: Option<&HeaderValue>) -> Renewal {
        let mut renewal = lock(&core.renewal);
        if let Some(under_way) = renewal.as_ref() {
            return under_way.clone();
        }
        // Checked again under the renewal lock: a renewal may have ended since the caller
        // looked, and its session must not be renewed a second time.
        let previous = read(&core.current).clone();
        if let Some(session) = &previous
            && !session.expiring(Instant::now())
            && refused != Some(&session.authorization)
        {
            let ready: BoxFuture<'static, _> = Box::pin(std::future::ready(Ok(session.clone())));
            return ready.shared();
        }
        if let Some((at, error)) = lock(&core.refused).as_ref()
            && at.elapsed() < REFUSAL_MEMORY
        {
            let ready: BoxFuture<'static, _> = Box::pin(std::future::ready(Err(error.clone())));
            return ready.shared();
        }
        let owner = core.clone();
        let work: BoxFuture<'static, _> = Box::pin(async move {
            let outcome = owner.renew(previous.as_deref()).await.map(Arc::new);
            match &outcome {
                Ok(session) => *write(&owner.current) = Some(session.clone()),
                Err(error) if error.is_auth() => {
                    *lock(&owner.refused) = Some((Instant::now(), error.clone()));
                }
                Err(_) => {}
            }
            // The session is stored before the slot empties, so a caller that finds no
            // renewal under way finds its result.
            *lock(&owner.renewal) = None;
            outcome
        });
        let shared = work.shared();
        *renewal = Some(shared.clone());
        shared
    }

    /// Refreshes `previous` if there is one; signs in again only when the refresh token was
    /// refused. A refresh that timed out or met a server error is the call's error: a
    /// password grant would not fare better, and each one risks the account's lockout.
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
                Err(error) if error.is_auth() || error.is_validation() => {
                    tracing::debug!(kind = ?error.kind(), "refresh token refused; signing in again");
                }
                Err(error) => return Err(error),
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
        obtained_at: now,
        expires_at: now.checked_add(lifetime).unwrap_or(now),
        refused_when_new: AtomicBool::new(false),
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
            let Some(refused) = refused else {
                return false;
            };
            if let Some(session) = read(&self.core.current).as_ref() {
                // Another call renewed the session since this request left.
                if session.authorization != *refused {
                    return true;
                }
                if session.refused_when_new.load(Ordering::Relaxed)
                    && session.obtained_at.elapsed() < NEW_SESSION
                {
                    tracing::debug!("401 to a session refused when new: not renewing");
                    return false;
                }
            }
            SessionCore::renewed(&self.core, Some(refused))
                .await
                .is_ok()
        })
    }

    fn refused_after_renewal(&self, refused: Option<&HeaderValue>) {
        if let Some(session) = read(&self.core.current).as_ref()
            && refused == Some(&session.authorization)
        {
            session.refused_when_new.store(true, Ordering::Relaxed);
        }
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

    use std::sync::atomic::AtomicUsize;

    use crate::test_support::Scripted;
    use crate::{ClientOptions, RetryPolicy};

    /// What the auth endpoints and the data endpoint answer, and how often each was asked.
    struct Vendor {
        server: Scripted,
        password_grants: Arc<AtomicUsize>,
        refreshes: Arc<AtomicUsize>,
        data_calls: Arc<AtomicUsize>,
    }

    type Reply = (Duration, String);

    fn session_json(expires_in: i64) -> String {
        Scripted::answer(
            200,
            &[],
            &format!(
                r#"{{"access_token":"access-{expires_in}","refresh_token":"refresh","expires_in":{expires_in},"token_type":"bearer"}}"#
            ),
        )
    }

    fn languages() -> String {
        Scripted::answer(200, &[], r#"{"languages":[]}"#)
    }

    fn unauthorized() -> String {
        Scripted::answer(401, &[], r#"{"error":"not allowed"}"#)
    }

    async fn vendor(password: Reply, refresh: Reply, data: Reply) -> Vendor {
        let password_grants = Arc::new(AtomicUsize::new(0));
        let refreshes = Arc::new(AtomicUsize::new(0));
        let data_calls = Arc::new(AtomicUsize::new(0));
        let counters = (
            password_grants.clone(),
            refreshes.clone(),
            data_calls.clone(),
        );
        let server = Scripted::routed(move |head| {
            let line = head.lines().next().unwrap_or_default();
            if line.contains("grant_type=password") {
                counters.0.fetch_add(1, Ordering::SeqCst);
                password.clone()
            } else if line.contains("grant_type=refresh_token") {
                counters.1.fetch_add(1, Ordering::SeqCst);
                refresh.clone()
            } else {
                counters.2.fetch_add(1, Ordering::SeqCst);
                data.clone()
            }
        })
        .await;
        Vendor {
            server,
            password_grants,
            refreshes,
            data_calls,
        }
    }

    fn client(vendor: &Vendor, policy: RetryPolicy) -> crate::jobmojito::Client {
        crate::jobmojito::Client::builder()
            .password("jane@example.com", "correct horse")
            .anon_key("anon")
            .options(
                ClientOptions::default()
                    .base_url(vendor.server.base.clone())
                    .request_timeout(Duration::from_secs(5))
                    .retry(policy),
            )
            .build()
            .expect("a client")
    }

    fn quick() -> RetryPolicy {
        RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(2))
    }

    /// Issue 12, item 4: password sign-in and session refresh, end to end over HTTP through
    /// `jobmojito_raw::auth`, which is built without the Tables client. CI runs this module's
    /// tests with the `jobmojito` feature alone (no `tables`), so this proves sign-in and
    /// renewal work there: the first call signs in with the anon key, the session is near its
    /// end, so the second call refreshes it first, and each data call carries the token of the
    /// session current when it left.
    #[tokio::test]
    async fn signs_in_refreshes_and_sends_each_sessions_token() {
        let seen = Arc::new(Mutex::new(Vec::<String>::new()));
        let record = seen.clone();
        let server = Scripted::routed(move |head| {
            let header = |name: &str| {
                head.lines()
                    .filter_map(|line| line.split_once(':'))
                    .find(|(key, _)| key.eq_ignore_ascii_case(name))
                    .map(|(_, value)| value.trim().to_string())
                    .unwrap_or_default()
            };
            let line = head.lines().next().unwrap_or_default();
            let (kind, answer) = if line.contains("/auth/v1/token?grant_type=password") {
                // One second to live: inside the renewal margin.
                ("password", session_json(1))
            } else if line.contains("/auth/v1/token?grant_type=refresh_token") {
                ("refresh", session_json(3600))
            } else {
                ("data", languages())
            };
            let sent = match kind {
                "data" => header("authorization"),
                _ => header("apikey"),
            };
            lock(&record).push(format!("{kind} {sent}"));
            (Duration::ZERO, answer)
        })
        .await;
        let client = crate::jobmojito::Client::builder()
            .password("jane@example.com", "correct horse")
            .anon_key("anon")
            .options(
                ClientOptions::default()
                    .base_url(server.base.clone())
                    .retry(quick().with_max_attempts(1)),
            )
            .build()
            .expect("a client");
        client.admin().languages().await.expect("signed in");
        client.admin().languages().await.expect("refreshed");
        assert_eq!(
            *lock(&seen),
            [
                "password anon",
                "data Bearer access-1",
                "refresh anon",
                "data Bearer access-3600",
            ]
        );
    }

    /// Issue 10, item 4: calls waiting on a sign-in share its failure instead of each sending
    /// the password again, and calls arriving just after it fail without sending it either.
    #[tokio::test]
    async fn session_renewal_failure_is_shared_not_repeated() {
        let refused = Scripted::answer(
            400,
            &[],
            r#"{"error":"invalid_grant","error_description":"Invalid login credentials"}"#,
        );
        let vendor = vendor(
            (Duration::from_millis(300), refused),
            (Duration::ZERO, unauthorized()),
            (Duration::ZERO, languages()),
        )
        .await;
        let client = client(&vendor, quick());
        let mut calls = tokio::task::JoinSet::new();
        for _ in 0..20 {
            let client = client.clone();
            calls.spawn(async move { client.admin().languages().await });
        }
        while let Some(outcome) = calls.join_next().await {
            let error = outcome
                .expect("no panic")
                .expect_err("the sign-in was refused");
            assert!(error.is_auth(), "{error:?}");
        }
        let again = client.admin().languages().await.expect_err("still refused");
        assert!(again.is_auth(), "{again:?}");
        assert_eq!(vendor.password_grants.load(Ordering::SeqCst), 1);
        assert_eq!(vendor.data_calls.load(Ordering::SeqCst), 0);
    }

    /// Issue 10, item 4: a call waiting for another call's sign-in gives up at its own
    /// deadline instead of queueing behind the sign-in.
    #[tokio::test]
    async fn session_renewal_is_bounded_by_the_call_deadline() {
        let vendor = vendor(
            (Duration::from_secs(3), session_json(3600)),
            (Duration::ZERO, unauthorized()),
            (Duration::ZERO, languages()),
        )
        .await;
        let patient = client(
            &vendor,
            quick().with_deadline(Some(Duration::from_secs(20))),
        );
        let hasty = patient.with_retry(quick().with_deadline(Some(Duration::from_millis(200))));
        let first = tokio::spawn({
            let patient = patient.clone();
            async move { patient.admin().languages().await }
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        let error = tokio::time::timeout(Duration::from_millis(1500), hasty.admin().languages())
            .await
            .expect("the hasty call ends at its deadline, not with the sign-in")
            .expect_err("no session within 200 ms");
        assert_eq!(error.kind(), ErrorKind::Deadline, "{error:?}");
        first
            .await
            .expect("no panic")
            .expect("the patient call gets the session");
        assert_eq!(vendor.password_grants.load(Ordering::SeqCst), 1);
    }

    /// Issue 10, item 4: a fresh session is read without waiting for a renewal under way.
    #[tokio::test]
    async fn fresh_session_is_read_without_the_renewal_lock() {
        let vendor = vendor(
            (Duration::ZERO, session_json(3600)),
            (Duration::ZERO, unauthorized()),
            (Duration::ZERO, languages()),
        )
        .await;
        let options = ClientOptions::default().base_url(vendor.server.base.clone());
        let (http, signer_transport) = options
            .transport(Arc::new(crate::transport::NoAuth))
            .expect("a transport");
        let signer = jobmojito_raw::auth::Client::new_with_client(&vendor.server.base, http);
        let session = PasswordSession::new(
            Secret::from("jane@example.com"),
            Secret::from("correct horse"),
            Secret::from("anon"),
            signer,
            signer_transport,
        )
        .expect("a session");
        let signed_in = session.current().await.expect("signed in");
        // A renewal that never ends, as if another call were stuck renewing.
        let stuck: BoxFuture<'static, Result<Arc<Held>, Error>> = Box::pin(std::future::pending());
        *lock(&session.core.renewal) = Some(stuck.shared());
        let reads = (0..50).map(|_| session.current());
        let read = tokio::time::timeout(
            Duration::from_secs(5),
            futures_util::future::join_all(reads),
        )
        .await
        .expect("no read waits for the renewal");
        for authorization in read {
            assert_eq!(authorization.expect("the fresh session"), signed_in);
        }
        assert_eq!(vendor.password_grants.load(Ordering::SeqCst), 1);
    }

    /// Issue 10, item 4 (a suspicion, settled): a 401 that means "not allowed" renews the
    /// session once; the new session's 401s are then the calls' errors, with no refresh each.
    #[tokio::test]
    async fn a_401_on_a_renewed_session_does_not_renew_it_again() {
        let vendor = vendor(
            (Duration::ZERO, session_json(3600)),
            (Duration::ZERO, session_json(3600)),
            (Duration::ZERO, unauthorized()),
        )
        .await;
        let client = client(&vendor, quick());
        for _ in 0..5 {
            let error = client.admin().languages().await.expect_err("forbidden");
            assert!(error.is_auth(), "{error:?}");
        }
        // The first call sent twice (before and after the one renewal); the others once.
        assert_eq!(vendor.data_calls.load(Ordering::SeqCst), 6);
        assert_eq!(vendor.password_grants.load(Ordering::SeqCst), 1);
        assert_eq!(vendor.refreshes.load(Ordering::SeqCst), 1);
    }

    /// Issue 10, item 4 (a suspicion, settled): a refresh that times out is the call's
    /// error; it does not fall back to sending the password.
    #[tokio::test]
    async fn a_refresh_that_times_out_does_not_send_the_password() {
        let vendor = vendor(
            // One second to live: inside the renewal margin, so the next call refreshes.
            (Duration::ZERO, session_json(1)),
            (Duration::from_secs(5), session_json(3600)),
            (Duration::ZERO, languages()),
        )
        .await;
        let client = crate::jobmojito::Client::builder()
            .password("jane@example.com", "correct horse")
            .anon_key("anon")
            .options(
                ClientOptions::default()
                    .base_url(vendor.server.base.clone())
                    .request_timeout(Duration::from_millis(300))
                    .retry(quick().with_max_attempts(1)),
            )
            .build()
            .expect("a client");
        client.admin().languages().await.expect("signed in");
        let error = client
            .admin()
            .languages()
            .await
            .expect_err("refresh timed out");
        assert!(error.is_timeout(), "{error:?}");
        assert_eq!(vendor.refreshes.load(Ordering::SeqCst), 1);
        assert_eq!(vendor.password_grants.load(Ordering::SeqCst), 1);
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
