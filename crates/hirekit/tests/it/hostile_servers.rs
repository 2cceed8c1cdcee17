//! Hostile servers: the second part of the fault matrix. hirekit-mock stays faithful to the
//! specs, so the servers here are purpose-built and small: a hand-written HTTP/1.1 server on
//! 127.0.0.1 that misbehaves on purpose (redirects elsewhere, caps rows, ignores offsets, asks
//! for absurd waits and lifetimes, lies about its body length, answers with a megabyte of
//! error text, drips its answer, puts personal data in wrong-typed fields), and an "other host"
//! on 127.0.0.2 that records every byte it receives.
//!
//! Every cell calls the public facade and checks, besides its documented outcome, four things:
//! nothing secret or personal reached the other host, nothing personal or secret reached an
//! error (`Display`, `Debug` and the whole source chain), the call did not hang (it runs under
//! a timeout with the retry policy's overall deadline switched off, so only hirekit's own
//! bounds can end it), and it did not panic (it runs in a spawned task).
//!
//! Like the fault matrix, the test only asserts; when `HIREKIT_REPORT_DIR` names a directory
//! it also writes its table there as `hostile-servers.md`, a section that
//! `cargo xtask reliability-report` puts into `docs/reliability.md`.

use std::fmt::Write as _;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_core::Stream;
use futures_util::StreamExt as _;
use hirekit::{ClientOptions, ErrorKind, RetryPolicy};
use serde_json::json;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

/// The per-attempt timeout of every client here; the dripping servers outlast it.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(1);
/// Attempts per call: enough to show what is retried, few enough to keep the run short.
const MAX_ATTEMPTS: u32 = 2;
/// How long a cell may take before it counts as hung. The slowest cells need about
/// `MAX_ATTEMPTS × REQUEST_TIMEOUT`; this leaves room for a loaded machine.
const CELL_TIMEOUT: Duration = Duration::from_secs(15);
/// How many records a walk is allowed before it counts as unbounded.
const WALK_CAP: usize = 300;
/// The error text the vendor-message cap allows, and what `Display` and `Debug` may add.
const MESSAGE_CAP: usize = 512;
const DISPLAY_SLACK: usize = 300;
const DEBUG_SLACK: usize = 600;
/// How much the process may grow while a lying `Content-Length` is answered.
const MEMORY_SLACK: u64 = 64 * 1024 * 1024;
/// How long a server keeps a connection it was told to hold.
const HOLD_LIMIT: Duration = Duration::from_secs(30);
/// Names the directory the report is written to; unset, the run writes nothing.
const REPORT_DIR_VAR: &str = "HIREKIT_REPORT_DIR";

// What the clients hold. Each is distinctive, so a search for it cannot match by chance.
const JOFI_KEY: &str = "sk_test_hostileKEY0b5e7c";
const JM_TOKEN: &str = "jm-token-hostile-7f3a9c";
const ANON_KEY: &str = "anon-key-hostile-2d8e41";
const USER_EMAIL: &str = "recruiter.hostile@example.com";
const USER_PASSWORD: &str = "pw-hostile-Zq81Lm";
// What the hostile Supabase hands out.
const ACCESS_TOKEN: &str = "access-hostile-91c2ab";
const REFRESH_TOKEN: &str = "refresh-hostile-5e0d77";
// A candidate.
const CANDIDATE_FIRST: &str = "Ysolde";
const CANDIDATE_LAST: &str = "Quarrington";
const CANDIDATE_EMAIL: &str = "ysolde.quarrington@example.com";
const CANDIDATE_PHONE: &str = "+1 555 867 5309";

/// Every secret and every piece of personal data in this file (as searched for: a name part
/// also finds the email's local part, in any encoding that keeps letters). None may reach the
/// other host or an error.
const NEEDLES: &[&str] = &[
    JOFI_KEY,
    JM_TOKEN,
    ANON_KEY,
    USER_EMAIL,
    USER_PASSWORD,
    ACCESS_TOKEN,
    REFRESH_TOKEN,
    CANDIDATE_FIRST,
    CANDIDATE_LAST,
    "5558675309",
    "867 5309",
];

/// Headers that carry credentials or where the client has been.
const CREDENTIAL_HEADERS: &[&str] = &["authorization", "apikey", "cookie", "referer"];

// ---------------------------------------------------------------------------------------------
// The servers.

/// A request (or the part of one that arrived) as a server read it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    target: String,
    head: String,
    body: Vec<u8>,
}

impl Seen {
    /// A number from the query string.
    fn query(&self, name: &str) -> Option<u64> {
        let query = self.target.split_once('?')?.1;
        query.split('&').find_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            if key == name {
                value.parse().ok()
            } else {
                None
            }
        })
    }

    fn everything(&self) -> String {
        format!("{}\n{}", self.head, String::from_utf8_lossy(&self.body))
    }
}

/// One thing a server does on a connection, in order; the connection closes after the last.
enum Step {
    /// Writes these bytes at once.
    Send(Vec<u8>),
    /// Writes these bytes one a second.
    Drip(Vec<u8>),
    /// Sends nothing more and keeps the connection open until the client hangs up.
    Hold,
}

type Script = dyn Fn(&Seen) -> Vec<Step> + Send + Sync;

/// A loopback HTTP/1.1 server: it reads one request per connection, records it, and plays
/// what its script says for it.
struct Server {
    /// `http://<ip>:<port>`.
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    connections: Arc<AtomicUsize>,
    accept: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        // The accept task owns the connection tasks: aborting it ends them all.
        self.accept.abort();
    }
}

impl Server {
    async fn start(ip: &str, script: impl Fn(&Seen) -> Vec<Step> + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind((ip, 0))
            .await
            .unwrap_or_else(|e| panic!("cannot listen on {ip}: {e}"));
        let base = format!("http://{}", listener.local_addr().expect("an address"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let script: Arc<Script> = Arc::new(script);
        let accept = tokio::spawn({
            let seen = seen.clone();
            let connections = connections.clone();
            async move {
                let mut open = tokio::task::JoinSet::new();
                while let Ok((socket, _)) = listener.accept().await {
                    connections.fetch_add(1, Ordering::SeqCst);
                    open.spawn(serve(socket, script.clone(), seen.clone()));
                    while open.try_join_next().is_some() {}
                }
            }
        });
        Server {
            base,
            seen,
            connections,
            accept,
        }
    }

    /// A server that answers every request with `200 {}`: the other host of the redirect
    /// cells, which records what reached it. It listens on 127.0.0.2 (Linux routes all of
    /// 127.0.0.0/8 to loopback); where that address is not configured, on another port of
    /// 127.0.0.1, which is another origin all the same.
    async fn other_host() -> Self {
        let ip = if std::net::TcpListener::bind("127.0.0.2:0").is_ok() {
            "127.0.0.2"
        } else {
            "127.0.0.1"
        };
        Server::start(ip, |_| vec![json_answer(200, &[], "{}")]).await
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("not poisoned").clone()
    }

    fn count(&self, matching: impl Fn(&Seen) -> bool) -> usize {
        self.seen().iter().filter(|s| matching(s)).count()
    }
}

async fn serve(mut socket: TcpStream, script: Arc<Script>, seen: Arc<Mutex<Vec<Seen>>>) {
    let (request, complete) = read_request(&mut socket).await;
    if let Some(request) = &request {
        seen.lock().expect("not poisoned").push(request.clone());
    }
    let Some(request) = request.filter(|_| complete) else {
        return;
    };
    for step in script(&request) {
        match step {
            Step::Send(bytes) => {
                if socket.write_all(&bytes).await.is_err() {
                    return;
                }
            }
            Step::Drip(bytes) => {
                for byte in bytes {
                    if socket.write_all(&[byte]).await.is_err() {
                        return;
                    }
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
            Step::Hold => {
                let mut sink = [0u8; 1024];
                let _ = tokio::time::timeout(HOLD_LIMIT, async {
                    while matches!(socket.read(&mut sink).await, Ok(n) if n > 0) {}
                })
                .await;
                return;
            }
        }
    }
    let _ = socket.shutdown().await;
}

/// Reads a request head and its `Content-Length` body. Whatever arrived is returned, with
/// whether the request was complete.
async fn read_request(socket: &mut TcpStream) -> (Option<Seen>, bool) {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break Some(at + 4);
        }
        match socket.read(&mut chunk).await {
            Ok(n) if n > 0 && buffer.len() < 1 << 20 => buffer.extend_from_slice(&chunk[..n]),
            _ => break None,
        }
    };
    let Some(head_end) = head_end else {
        let partial = (!buffer.is_empty()).then(|| Seen {
            method: String::new(),
            target: String::new(),
            head: String::from_utf8_lossy(&buffer).into_owned(),
            body: Vec::new(),
        });
        return (partial, false);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let length = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            if name.trim().eq_ignore_ascii_case("content-length") {
                value.trim().parse::<usize>().ok()
            } else {
                None
            }
        })
        .unwrap_or(0);
    let mut body = buffer[head_end..].to_vec();
    let mut complete = true;
    while body.len() < length {
        match socket.read(&mut chunk).await {
            Ok(n) if n > 0 => body.extend_from_slice(&chunk[..n]),
            _ => {
                complete = false;
                break;
            }
        }
    }
    let mut words = head.split_whitespace();
    let method = words.next().unwrap_or_default().to_string();
    let target = words.next().unwrap_or_default().to_string();
    (
        Some(Seen {
            method,
            target,
            head,
            body,
        }),
        complete,
    )
}

/// A complete answer with a JSON body; the connection closes after it.
fn json_answer(status: u16, headers: &[(&str, &str)], body: &str) -> Step {
    let mut text = format!(
        "HTTP/1.1 {status} Hostile\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        let _ = write!(text, "{name}: {value}\r\n");
    }
    text.push_str("\r\n");
    text.push_str(body);
    Step::Send(text.into_bytes())
}

/// A head with the given header lines and no body of its own (the caller adds steps).
fn head(status: u16, lines: &[&str]) -> Vec<u8> {
    let mut text = format!("HTTP/1.1 {status} Hostile\r\ncontent-type: application/json\r\n");
    for line in lines {
        text.push_str(line);
        text.push_str("\r\n");
    }
    text.push_str("\r\n");
    text.into_bytes()
}

/// A redirect to the same path and query on `other`, with a candidate's email added to the
/// query (so an error that showed the target's query would show it).
fn redirect(status: u16, other: &str, seen: &Seen) -> Vec<Step> {
    let joiner = if seen.target.contains('?') { '&' } else { '?' };
    let location = format!("{other}{}{joiner}candidate={CANDIDATE_EMAIL}", seen.target);
    vec![json_answer(status, &[("location", &location)], "{}")]
}

// ---------------------------------------------------------------------------------------------
// The clients.

fn options(base: &str) -> ClientOptions {
    ClientOptions::default()
        .base_url(base)
        .connect_timeout(REQUEST_TIMEOUT)
        .request_timeout(REQUEST_TIMEOUT)
        .slow_request_timeout(REQUEST_TIMEOUT)
        .retry(
            RetryPolicy::default()
                .with_max_attempts(MAX_ATTEMPTS)
                .with_backoff(Duration::from_millis(10), Duration::from_millis(50))
                .with_deadline(None),
        )
}

fn jofi(server: &Server) -> hirekit::jofi::Client {
    hirekit::jofi::Client::builder(JOFI_KEY)
        .options(options(&format!("{}/api/v2", server.base)))
        .build()
        .expect("a JOFI client")
}

/// A JobMojito client with a fixed token (and the anon key the Tables API wants).
fn jobmojito_token(server: &Server) -> hirekit::jobmojito::Client {
    hirekit::jobmojito::Client::builder()
        .token(JM_TOKEN)
        .anon_key(ANON_KEY)
        .options(options(&server.base))
        .build()
        .expect("a JobMojito client")
}

/// A JobMojito client that signs in with email and password.
fn jobmojito_password(server: &Server) -> hirekit::jobmojito::Client {
    hirekit::jobmojito::Client::builder()
        .password(USER_EMAIL, USER_PASSWORD)
        .anon_key(ANON_KEY)
        .options(options(&server.base))
        .build()
        .expect("a JobMojito client")
}

fn session(expires_in: &str) -> String {
    format!(
        r#"{{"access_token": "{ACCESS_TOKEN}", "token_type": "bearer", "expires_in": {expires_in}, "refresh_token": "{REFRESH_TOKEN}"}}"#
    )
}

fn is_sign_in(seen: &Seen) -> bool {
    seen.target.contains("grant_type=password")
}

fn is_refresh(seen: &Seen) -> bool {
    seen.target.contains("grant_type=refresh_token")
}

/// A Supabase that signs in and refreshes with `expires_in`, and a Tables API with no rows.
fn supabase(expires_in: &'static str) -> impl Fn(&Seen) -> Vec<Step> + Send + Sync + 'static {
    move |seen: &Seen| {
        if is_sign_in(seen) || is_refresh(seen) {
            vec![json_answer(200, &[], &session(expires_in))]
        } else {
            vec![json_answer(200, &[("content-range", "*/*")], "[]")]
        }
    }
}

fn teams_list(total_count: &str) -> String {
    format!(
        r#"{{"object": "list", "data": [], "has_more": false, "mode": "test", "total_count": {total_count}}}"#
    )
}

fn create_invitation() -> hirekit::jofi::types::builder::CreateInvitationRequest {
    hirekit::jofi::types::CreateInvitationRequest::builder()
        .first_name(CANDIDATE_FIRST)
        .last_name(CANDIDATE_LAST)
        .email(CANDIDATE_EMAIL)
        .created_by_user_email(USER_EMAIL)
        .assessments_to_assign(Vec::<hirekit::jofi::types::AssessmentToAssign>::new())
}

fn register_candidate() -> hirekit::jobmojito::types::JobInterviewRegisterUsersRequest {
    serde_json::from_value(json!({
        "interview_id": "00000000-0008-4000-8000-000000000001",
        "users": [{
            "name": format!("{CANDIDATE_FIRST} {CANDIDATE_LAST}"),
            "email": CANDIDATE_EMAIL,
        }]
    }))
    .expect("a valid request")
}

// ---------------------------------------------------------------------------------------------
// Cells.

/// What one call did, as the cell saw it.
struct Observed {
    /// What hirekit did, in a few words.
    outcome: String,
    /// Why that is not the documented outcome, when it is not.
    wrong: Option<String>,
    /// Every error the cell's calls returned, for the leak check.
    errors: Vec<hirekit::Error>,
}

impl Observed {
    fn new(outcome: String) -> Self {
        Observed {
            outcome,
            wrong: None,
            errors: Vec::new(),
        }
    }

    fn require(&mut self, holds: bool, otherwise: impl FnOnce() -> String) {
        if !holds && self.wrong.is_none() {
            self.wrong = Some(otherwise());
        }
    }
}

/// A result in a few words: `ok`, or the error's kind, status and attempts.
fn describe<T>(result: &hirekit::Result<T>) -> String {
    match result {
        Ok(_) => "ok".to_string(),
        Err(e) => {
            let mut text = format!("{:?}", e.kind());
            if let Some(status) = e.status() {
                let _ = write!(text, " (HTTP {status})");
            }
            let _ = write!(
                text,
                ", {} attempt{}",
                e.attempts(),
                if e.attempts() == 1 { "" } else { "s" }
            );
            text
        }
    }
}

/// Observes a call that must fail with `kind` after `attempts` attempts.
fn expect_error<T>(result: hirekit::Result<T>, kind: ErrorKind, attempts: u32) -> Observed {
    let mut observed = Observed::new(describe(&result));
    match result {
        Ok(_) => observed.wrong = Some(format!("succeeded; expected {kind:?}")),
        Err(error) => {
            observed.require(error.kind() == kind, || {
                format!("{:?}, expected {kind:?}", error.kind())
            });
            observed.require(error.attempts() == attempts, || {
                format!("{} attempts, expected {attempts}", error.attempts())
            });
            observed.errors.push(error);
        }
    }
    observed
}

/// Everything an error shows: `Display`, `Debug` (both forms) and each source's.
fn shown(error: &hirekit::Error) -> Vec<String> {
    let mut texts = vec![
        error.to_string(),
        format!("{error:?}"),
        format!("{error:#?}"),
    ];
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        texts.push(inner.to_string());
        texts.push(format!("{inner:?}"));
        source = inner.source();
    }
    texts
}

fn needle_in(text: &str) -> Option<&'static str> {
    let text = text.to_lowercase();
    NEEDLES
        .iter()
        .find(|needle| text.contains(&needle.to_lowercase()))
        .copied()
}

/// What a cell is: where it strikes, what the server does, and what hirekit must do.
struct Spec {
    group: &'static str,
    target: &'static str,
    hostile: String,
    documented: &'static str,
}

/// A cell's row of the report.
struct Row {
    spec: Spec,
    observed: String,
    /// `Err` when the outcome was not the documented one.
    outcome: Result<(), String>,
    other_host: Result<String, String>,
    errors: Result<String, String>,
    hang: Result<String, String>,
    panic: Result<String, String>,
}

impl Row {
    fn problems(&self) -> Vec<String> {
        let mut problems: Vec<String> = self.outcome.clone().err().into_iter().collect();
        for check in [&self.other_host, &self.errors, &self.hang, &self.panic] {
            problems.extend(check.clone().err());
        }
        problems
    }
}

/// Runs one cell's calls in a spawned task under [`CELL_TIMEOUT`], then checks what the other
/// host received and what the errors show.
async fn run(
    spec: Spec,
    other: &Server,
    call: impl Future<Output = Observed> + Send + 'static,
) -> Row {
    let started = Instant::now();
    let task = tokio::spawn(call);
    let abort = task.abort_handle();
    let joined = tokio::time::timeout(CELL_TIMEOUT, task).await;
    let elapsed = started.elapsed();
    let (observed, hang, panic) = match joined {
        Err(_) => {
            abort.abort();
            (
                None,
                Err(format!("still running after {} s", CELL_TIMEOUT.as_secs())),
                Ok("no".to_string()),
            )
        }
        Ok(Err(join)) if join.is_panic() => (
            None,
            Ok(format!("{:.1} s", elapsed.as_secs_f64())),
            Err("panicked".to_string()),
        ),
        Ok(Err(join)) => (
            None,
            Ok(format!("{:.1} s", elapsed.as_secs_f64())),
            Err(format!("the task failed: {join}")),
        ),
        Ok(Ok(observed)) => (
            Some(observed),
            Ok(format!("{:.1} s", elapsed.as_secs_f64())),
            Ok("no".to_string()),
        ),
    };
    let other_host = other_host_check(other);
    let (observed, outcome, errors) = match observed {
        None => (
            "did not finish".to_string(),
            Err("no outcome".to_string()),
            Ok("n/a".to_string()),
        ),
        Some(observed) => {
            let errors = error_check(&observed.errors);
            let outcome = observed.wrong.map_or(Ok(()), Err);
            (observed.outcome, outcome, errors)
        }
    };
    Row {
        spec,
        observed,
        outcome,
        other_host,
        errors,
        hang,
        panic,
    }
}

/// Nothing secret or personal reached the other host, and no credential header did.
fn other_host_check(other: &Server) -> Result<String, String> {
    let seen = other.seen();
    for request in &seen {
        if let Some(needle) = needle_in(&request.everything()) {
            return Err(format!("the other host received `{needle}`"));
        }
        for line in request.head.lines() {
            let line = line.to_ascii_lowercase();
            if let Some(header) = CREDENTIAL_HEADERS
                .iter()
                .find(|h| line.starts_with(&format!("{h}:")))
            {
                return Err(format!("the other host received a `{header}` header"));
            }
        }
    }
    let connections = other.connections.load(Ordering::SeqCst);
    Ok(if connections == 0 {
        "nothing received".to_string()
    } else {
        format!(
            "{connections} connection(s), {} request(s), nothing secret",
            seen.len()
        )
    })
}

/// No error shows a secret or personal data, in any rendering.
fn error_check(errors: &[hirekit::Error]) -> Result<String, String> {
    for error in errors {
        for text in shown(error) {
            if let Some(needle) = needle_in(&text) {
                return Err(format!("an error shows `{needle}`: {}", excerpt(&text)));
            }
        }
    }
    Ok(if errors.is_empty() {
        "no error".to_string()
    } else {
        "clean".to_string()
    })
}

fn excerpt(text: &str) -> String {
    text.chars().take(200).collect()
}

/// Walks a stream, at most [`WALK_CAP`] records; after an error, polls once more to see that
/// the stream ended.
async fn walk<T>(
    stream: impl Stream<Item = hirekit::Result<T>>,
) -> (Vec<T>, Option<hirekit::Error>, bool) {
    let mut stream = std::pin::pin!(stream);
    let mut items = Vec::new();
    while items.len() < WALK_CAP {
        match stream.next().await {
            None => return (items, None, true),
            Some(Ok(item)) => items.push(item),
            Some(Err(error)) => {
                let ended = stream.next().await.is_none();
                return (items, Some(error), ended);
            }
        }
    }
    (items, None, false)
}

fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("VmRSS:"))?;
    let kib: u64 = line.trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kib * 1024)
}

// --- Redirects --------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
enum RedirectTarget {
    SignIn,
    Refresh,
    JofiInvitation,
    TablesSelect,
    FunctionsCall,
}

async fn redirect_cell(status: u16, target: RedirectTarget) -> Row {
    let other = Server::other_host().await;
    let to = other.base.clone();
    let spec = |target_name: &'static str, documented: &'static str| Spec {
        group: "redirect",
        target: target_name,
        hostile: format!(
            "{status} to another host (the same path and query, plus a candidate's email)"
        ),
        documented,
    };
    match target {
        RedirectTarget::SignIn => {
            let server = Server::start("127.0.0.1", move |seen| redirect(status, &to, seen)).await;
            let jm = jobmojito_password(&server);
            let row = run(
                spec(
                    "Supabase password sign-in (before a Tables select)",
                    "an error carrying the redirect status; the password is sent nowhere else",
                ),
                &other,
                async move {
                    let result = jm.tables().interview_result().select().send().await;
                    redirected(result, status)
                },
            )
            .await;
            require_requests(row, &server, 1, is_sign_in, "sign-in")
        }
        RedirectTarget::Refresh => {
            // Sessions that are due for renewal at once (30 s is inside the renewal margin),
            // so the second call refreshes; the refresh is redirected.
            let server = Server::start("127.0.0.1", move |seen| {
                if is_refresh(seen) {
                    redirect(status, &to, seen)
                } else if is_sign_in(seen) {
                    vec![json_answer(200, &[], &session("30"))]
                } else {
                    vec![json_answer(200, &[("content-range", "*/*")], "[]")]
                }
            })
            .await;
            let jm = jobmojito_password(&server);
            let row = run(
                spec(
                    "Supabase session refresh (between two Tables selects)",
                    "the refresh fails without following; both calls end (signing in again) and the refresh token goes nowhere else",
                ),
                &other,
                async move {
                    let first = jm.tables().interview_result().select().send().await;
                    let second = jm.tables().interview_result().select().send().await;
                    let mut observed = Observed::new(format!(
                        "first select {}, second select {}",
                        describe(&first),
                        describe(&second)
                    ));
                    observed.require(first.is_ok(), || "the first select failed".to_string());
                    observed.errors.extend(first.err());
                    observed.errors.extend(second.err());
                    observed
                },
            )
            .await;
            let mut row = require_requests(row, &server, 1, is_refresh, "refresh");
            let _ = write!(
                row.observed,
                " ({} sign-in(s), {} refused refresh(es))",
                server.count(is_sign_in),
                server.count(is_refresh)
            );
            row
        }
        RedirectTarget::JofiInvitation => {
            let server = Server::start("127.0.0.1", move |seen| redirect(status, &to, seen)).await;
            let jofi = jofi(&server);
            let row = run(
                spec(
                    "JOFI POST /api/v2/invitations (candidate name and email)",
                    "an error carrying the redirect status, after one attempt",
                ),
                &other,
                async move {
                    let result = jofi.invitations().create(create_invitation()).await;
                    redirected(result, status)
                },
            )
            .await;
            require_requests(row, &server, 1, |s| s.method == "POST", "POST")
        }
        RedirectTarget::TablesSelect => {
            use hirekit::tables::interview_result::Column;
            let server = Server::start("127.0.0.1", move |seen| redirect(status, &to, seen)).await;
            let jm = jobmojito_token(&server);
            let row = run(
                spec(
                    "Tables select (filtered on a candidate's email)",
                    "an error carrying the redirect status, after one attempt",
                ),
                &other,
                async move {
                    let result = jm
                        .tables()
                        .interview_result()
                        .select()
                        .eq(Column::CandidateExternalId, CANDIDATE_EMAIL)
                        .send()
                        .await;
                    redirected(result, status)
                },
            )
            .await;
            require_requests(row, &server, 1, |s| s.method == "GET", "select")
        }
        RedirectTarget::FunctionsCall => {
            let server = Server::start("127.0.0.1", move |seen| redirect(status, &to, seen)).await;
            let jm = jobmojito_token(&server);
            let row = run(
                spec(
                    "Functions POST /job-interview-register-users (candidate name and email)",
                    "an error carrying the redirect status, after one attempt",
                ),
                &other,
                async move {
                    let result = jm.interviews().register_users(register_candidate()).await;
                    redirected(result, status)
                },
            )
            .await;
            require_requests(row, &server, 1, |s| s.method == "POST", "POST")
        }
    }
}

/// A redirected call: an error with the redirect's status after one attempt.
fn redirected<T>(result: hirekit::Result<T>, status: u16) -> Observed {
    let mut observed = Observed::new(describe(&result));
    match result {
        Ok(_) => observed.wrong = Some("succeeded".to_string()),
        Err(error) => {
            observed.require(error.status() == Some(status), || {
                format!("status {:?}, expected {status}", error.status())
            });
            observed.require(error.attempts() <= 1, || {
                format!("{} attempts, expected 1", error.attempts())
            });
            observed.errors.push(error);
        }
    }
    observed
}

/// Fails the row unless the hostile server saw at least `least` requests matching `which`: a
/// cell whose call never reached the hostile behaviour proves nothing.
fn require_requests(
    mut row: Row,
    server: &Server,
    least: usize,
    which: impl Fn(&Seen) -> bool,
    what: &str,
) -> Row {
    let count = server.count(which);
    if count < least && row.outcome.is_ok() {
        row.outcome = Err(format!(
            "the server saw {count} {what} request(s), expected at least {least}"
        ));
    }
    row
}

// --- Paging -----------------------------------------------------------------------------------

/// Rows `row-00`… of a table of `total`, the page at `offset` capped at `cap` rows.
fn capped_rows(seen: &Seen, total: u64, cap: u64, say_total: bool) -> Vec<Step> {
    let offset = seen.query("offset").unwrap_or(0);
    let limit = seen.query("limit").unwrap_or(u64::MAX);
    let end = offset.saturating_add(limit.min(cap)).min(total);
    let rows: Vec<_> = (offset..end)
        .map(|i| json!({"id": format!("row-{i:02}")}))
        .collect();
    let total_text = if say_total {
        total.to_string()
    } else {
        "*".to_string()
    };
    let range = if rows.is_empty() {
        format!("*/{total_text}")
    } else {
        format!("{offset}-{}/{total_text}", end - 1)
    };
    vec![json_answer(
        200,
        &[("content-range", &range)],
        &serde_json::Value::Array(rows).to_string(),
    )]
}

async fn row_cap_cell(say_total: bool) -> Row {
    const TOTAL: u64 = 10;
    let other = Server::other_host().await;
    let server = Server::start("127.0.0.1", move |seen| {
        capped_rows(seen, TOTAL, 3, say_total)
    })
    .await;
    let jm = jobmojito_token(&server);
    let spec = Spec {
        group: "row cap",
        target: "Tables stream, pages of 10",
        hostile: format!(
            "at most 3 rows per answer, {TOTAL} rows in all, Content-Range total {}",
            if say_total { "given" } else { "`*`" }
        ),
        documented: "every row once, in order",
    };
    let row = run(spec, &other, async move {
        let (rows, error, ended) = walk(jm.tables().interview_result().select().stream(10)).await;
        let ids: Vec<String> = rows.into_iter().filter_map(|r| r.id).collect();
        let want: Vec<String> = (0..TOTAL).map(|i| format!("row-{i:02}")).collect();
        let mut observed = Observed::new(format!(
            "{} rows{}",
            ids.len(),
            if error.is_some() {
                ", then an error"
            } else {
                ""
            }
        ));
        observed.require(ids == want, || format!("rows {ids:?}"));
        observed.require(error.is_none() && ended, || {
            "the walk did not end cleanly".into()
        });
        observed.errors.extend(error);
        observed
    })
    .await;
    let offsets: Vec<String> = server
        .seen()
        .iter()
        .map(|s| s.query("offset").unwrap_or(0).to_string())
        .collect();
    let mut row = row;
    let _ = write!(
        row.observed,
        " from {} request(s) (offsets {})",
        offsets.len(),
        offsets.join(", ")
    );
    row
}

#[derive(Debug, Clone, Copy)]
enum IgnoredOffset {
    /// Tables: the first rows again, `Content-Range` saying so.
    TablesSaysSo,
    /// Tables: the first rows again, no `Content-Range`.
    TablesSilent,
    /// The JobMojito list pager: the first page again, its pagination saying so.
    PagerSaysSo,
    /// The JobMojito list pager: the first page's records again under the offset asked for.
    PagerEchoes,
}

async fn ignored_offset_cell(variant: IgnoredOffset) -> Row {
    let other = Server::other_host().await;
    let server = Server::start("127.0.0.1", move |seen| {
        let rows = r#"[{"id": "row-00"}, {"id": "row-01"}, {"id": "row-02"}]"#;
        match variant {
            IgnoredOffset::TablesSaysSo => {
                vec![json_answer(200, &[("content-range", "0-2/*")], rows)]
            }
            IgnoredOffset::TablesSilent => vec![json_answer(200, &[], rows)],
            IgnoredOffset::PagerSaysSo | IgnoredOffset::PagerEchoes => {
                let offset = match variant {
                    IgnoredOffset::PagerEchoes => seen.query("offset").unwrap_or(0),
                    _ => 0,
                };
                let body = format!(
                    r#"{{"data": [{{"id": "iv-0"}}, {{"id": "iv-1"}}, {{"id": "iv-2"}}], "pagination": {{"total": 9, "limit": 3, "offset": {offset}, "has_more": true}}}}"#
                );
                vec![json_answer(200, &[], &body)]
            }
        }
    })
    .await;
    let jm = jobmojito_token(&server);
    let (target, hostile) = match variant {
        IgnoredOffset::TablesSaysSo => (
            "Tables stream, pages of 3",
            "the first 3 rows for every offset, Content-Range `0-2/*`",
        ),
        IgnoredOffset::TablesSilent => (
            "Tables stream, pages of 3",
            "the first 3 rows for every offset, no Content-Range",
        ),
        IgnoredOffset::PagerSaysSo => (
            "JobMojito `interviews().list_all`, pages of 3",
            "the first page for every offset (offset 0, has_more, total 9)",
        ),
        IgnoredOffset::PagerEchoes => (
            "JobMojito `interviews().list_all`, pages of 3",
            "the first page's records for every offset, echoing the offset asked for (has_more, total 9)",
        ),
    };
    let spec = Spec {
        group: "offset ignored",
        target,
        hostile: hostile.to_string(),
        documented: "a typed error after a bounded number of records, then the stream ends",
    };
    let row = run(spec, &other, async move {
        let (count, error, ended) = match variant {
            IgnoredOffset::TablesSaysSo | IgnoredOffset::TablesSilent => {
                let (rows, error, ended) =
                    walk(jm.tables().interview_result().select().stream(3)).await;
                (rows.len(), error, ended)
            }
            IgnoredOffset::PagerSaysSo | IgnoredOffset::PagerEchoes => {
                let query = hirekit::jobmojito::InterviewQuery::new().limit(3);
                let (items, error, ended) = walk(jm.interviews().list_all(&query)).await;
                (items.len(), error, ended)
            }
        };
        let mut observed = Observed::new(match &error {
            Some(e) => format!(
                "{count} records, then {:?}; {}",
                e.kind(),
                if ended { "ended" } else { "did not end" }
            ),
            None if ended => format!("{count} records, then the end without an error"),
            None => format!("{count} records and still going (stopped reading at {WALK_CAP})"),
        });
        observed.require(count < WALK_CAP, || "the walk did not stop".into());
        observed.require(
            error.as_ref().is_some_and(|e| e.kind() == ErrorKind::Api) && ended,
            || "no Api error ending the walk".into(),
        );
        observed.errors.extend(error);
        observed
    })
    .await;
    let requests = server.seen().len();
    let mut row = row;
    let _ = write!(row.observed, " ({requests} request(s))");
    row
}

// --- Retry-After ------------------------------------------------------------------------------

async fn retry_after_cell(status: u16, value: &'static str, what: &str) -> Row {
    let other = Server::other_host().await;
    let server = Server::start("127.0.0.1", move |_| {
        vec![json_answer(status, &[("retry-after", value)], "{}")]
    })
    .await;
    let jofi = jofi(&server);
    let representable = what != "past u64";
    let spec = Spec {
        group: "Retry-After",
        target: "JOFI GET /api/v2/teams (deadline off)",
        hostile: format!("{status} with `Retry-After: {value}` ({what})"),
        documented: if representable {
            "fails at once (beyond the 120 s the policy waits), reporting the wait capped at 24 h"
        } else {
            "the header is ignored; ordinary backoff, then the status error"
        },
    };
    let kind = if status == 429 {
        ErrorKind::RateLimited
    } else {
        ErrorKind::Server
    };
    run(spec, &other, async move {
        let result = jofi.teams().list().await;
        let wait = result.as_ref().err().and_then(hirekit::Error::retry_after);
        let mut observed = expect_error(result, kind, if representable { 1 } else { 2 });
        let _ = write!(observed.outcome, ", retry_after {wait:?}");
        let cap = Duration::from_secs(24 * 60 * 60);
        if representable {
            observed.require(wait == Some(cap), || format!("retry_after {wait:?}"));
        } else {
            observed.require(wait.is_none(), || format!("retry_after {wait:?}"));
        }
        observed
    })
    .await
}

// --- expires_in -------------------------------------------------------------------------------

async fn expires_in_cell(value: &'static str, decodes: bool) -> Row {
    let other = Server::other_host().await;
    let server = Server::start("127.0.0.1", supabase(value)).await;
    let jm = jobmojito_password(&server);
    let spec = Spec {
        group: "expires_in",
        target: "Supabase password sign-in, then two Tables selects",
        hostile: format!("sessions with `expires_in: {value}`"),
        documented: if decodes {
            "both selects succeed (the lifetime is capped to a day, or renewed at once)"
        } else {
            "a typed decode error (not an i64), no panic"
        },
    };
    let row = run(spec, &other, async move {
        let first = jm.tables().interview_result().select().send().await;
        let second = jm.tables().interview_result().select().send().await;
        let mut observed = Observed::new(format!(
            "first select {}, second {}",
            describe(&first),
            describe(&second)
        ));
        if decodes {
            observed.require(first.is_ok() && second.is_ok(), || "a select failed".into());
        } else {
            observed.require(
                first.as_ref().is_err_and(|e| e.kind() == ErrorKind::Decode),
                || "no decode error".into(),
            );
        }
        observed.errors.extend(first.err());
        observed.errors.extend(second.err());
        observed
    })
    .await;
    let sign_ins = server.count(is_sign_in);
    let refreshes = server.count(is_refresh);
    let mut row = row;
    let _ = write!(
        row.observed,
        " ({sign_ins} sign-in(s), {refreshes} refresh(es))"
    );
    row
}

// --- Content-Length ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
enum Length {
    /// Claims 1000 bytes, sends 20 and closes.
    LongerThenClose,
    /// Claims 1000 bytes, sends 20 and holds the connection.
    LongerThenHold,
    /// Claims 10^15 bytes and holds the connection.
    Huge,
    /// Claims u64::MAX bytes.
    U64Max,
    /// A length past u64.
    PastU64,
}

async fn content_length_cell(variant: Length) -> Row {
    let other = Server::other_host().await;
    let server = Server::start("127.0.0.1", move |_| {
        let start = br#"{"object": "list", "#.to_vec();
        match variant {
            Length::LongerThenClose => vec![
                Step::Send(head(200, &["content-length: 1000", "connection: close"])),
                Step::Send(start),
            ],
            Length::LongerThenHold => vec![
                Step::Send(head(200, &["content-length: 1000"])),
                Step::Send(start),
                Step::Hold,
            ],
            Length::Huge => vec![
                Step::Send(head(200, &["content-length: 1000000000000000"])),
                Step::Send(start),
                Step::Hold,
            ],
            Length::U64Max => vec![
                Step::Send(head(200, &["content-length: 18446744073709551615"])),
                Step::Send(start),
                Step::Hold,
            ],
            Length::PastU64 => vec![
                Step::Send(head(200, &["content-length: 99999999999999999999999"])),
                Step::Send(start),
                Step::Hold,
            ],
        }
    })
    .await;
    let jofi = jofi(&server);
    let (hostile, documented, kind, attempts) = match variant {
        Length::LongerThenClose => (
            "`Content-Length: 1000`, 20 bytes, then the connection closes",
            "a transport error after the retry (GET is idempotent)",
            ErrorKind::Transport,
            MAX_ATTEMPTS,
        ),
        Length::LongerThenHold => (
            "`Content-Length: 1000`, 20 bytes, then silence with the connection open",
            "a timeout per attempt, then the timeout error",
            ErrorKind::Timeout,
            MAX_ATTEMPTS,
        ),
        Length::Huge => (
            "`Content-Length: 1000000000000000` (10^15)",
            "refused at the head, over the 32 MiB body limit; nothing allocated for it",
            ErrorKind::BodyTooLarge,
            1,
        ),
        Length::U64Max => (
            "`Content-Length: 18446744073709551615` (u64::MAX)",
            "an unreadable head (hyper refuses that length): a transport error after the retry",
            ErrorKind::Transport,
            MAX_ATTEMPTS,
        ),
        Length::PastU64 => (
            "`Content-Length: 99999999999999999999999` (past u64)",
            "an unreadable head: a transport error after the retry",
            ErrorKind::Transport,
            MAX_ATTEMPTS,
        ),
    };
    let spec = Spec {
        group: "Content-Length",
        target: "JOFI GET /api/v2/teams",
        hostile: hostile.to_string(),
        documented,
    };
    run(spec, &other, async move {
        let before = resident_bytes();
        let result = jofi.teams().list().await;
        let after = resident_bytes();
        let mut observed = expect_error(result, kind, attempts);
        if let (Some(before), Some(after)) = (before, after) {
            let grown = after.saturating_sub(before);
            let _ = write!(
                observed.outcome,
                ", resident memory +{:.1} MiB",
                grown as f64 / (1024.0 * 1024.0)
            );
            observed.require(grown < MEMORY_SLACK, || {
                format!("the process grew by {grown} bytes")
            });
        }
        observed
    })
    .await
}

// --- A megabyte of error text -----------------------------------------------------------------

/// A megabyte of vendor text with a candidate's email and phone number at the start and the
/// email again at the end (past any cap).
fn huge_text() -> String {
    format!(
        "Candidate {CANDIDATE_EMAIL} (phone {CANDIDATE_PHONE}) could not be processed: {} {CANDIDATE_EMAIL}",
        "x".repeat(1_000_000)
    )
}

/// The text of an error is bounded: its message to the cap, `Display` and `Debug` to the cap
/// and some slack.
fn require_bounded(observed: &mut Observed) {
    let Some(error) = observed.errors.first() else {
        return;
    };
    let message = error.message().map_or(0, |m| m.chars().count());
    let display = error.to_string().chars().count();
    let debug = format!("{error:?}").chars().count();
    let field = error.field().map_or(0, |f| f.chars().count());
    let request_id = error.request_id().map(str::to_string);
    let _ = write!(
        observed.outcome,
        "; message {message} chars, Display {display}, Debug {debug}, field {field}, request id {}",
        if request_id.is_some() {
            "kept"
        } else {
            "dropped"
        }
    );
    observed.require(message <= MESSAGE_CAP + 1, || {
        format!("the message has {message} chars")
    });
    observed.require(display <= MESSAGE_CAP + DISPLAY_SLACK, || {
        format!("Display has {display} chars")
    });
    observed.require(debug <= MESSAGE_CAP + DEBUG_SLACK, || {
        format!("Debug has {debug} chars")
    });
    observed.require(request_id.is_none(), || "the request id was kept".into());
}

async fn huge_message_cell(jofi_shape: bool) -> Row {
    let other = Server::other_host().await;
    let request_id = format!("{}{CANDIDATE_EMAIL}", "a".repeat(8 * 1024));
    let server = Server::start("127.0.0.1", move |_| {
        if jofi_shape {
            let body = json!({ "message": huge_text() }).to_string();
            vec![json_answer(500, &[("x-request-id", &request_id)], &body)]
        } else {
            let field = format!("{CANDIDATE_EMAIL} {}", "z".repeat(1_000_000));
            let body = json!({ "error": huge_text(), "name": field }).to_string();
            vec![json_answer(422, &[("x-request-id", &request_id)], &body)]
        }
    })
    .await;
    if jofi_shape {
        let jofi = jofi(&server);
        let spec = Spec {
            group: "1 MB error",
            target: "JOFI GET /api/v2/teams",
            hostile: "500 with a 1 MB `message` holding an email and a phone number, and an 8 KiB `x-request-id` ending in an email".to_string(),
            documented: "a server error after the retry; message cut to 512 chars, email and phone masked, request id dropped",
        };
        run(spec, &other, async move {
            let result = jofi.teams().list().await;
            let mut observed = expect_error(result, ErrorKind::Server, MAX_ATTEMPTS);
            require_bounded(&mut observed);
            observed
        })
        .await
    } else {
        let jm = jobmojito_token(&server);
        let spec = Spec {
            group: "1 MB error",
            target: "Functions POST /job-interview-register-users",
            hostile: "422 with a 1 MB `error` and a 1 MB `name` (the field), both holding an email, and an 8 KiB `x-request-id` ending in an email".to_string(),
            documented: "a validation error after one attempt; message and field bounded, email and phone masked, request id dropped",
        };
        run(spec, &other, async move {
            let result = jm.interviews().register_users(register_candidate()).await;
            let mut observed = expect_error(result, ErrorKind::Validation, 1);
            require_bounded(&mut observed);
            if let Some(field) = observed.errors.first().and_then(hirekit::Error::field) {
                let chars = field.chars().count();
                observed.require(chars <= MESSAGE_CAP + 1, || {
                    format!("the field has {chars} chars")
                });
            }
            observed
        })
        .await
    }
}

// --- Dripping ---------------------------------------------------------------------------------

async fn drip_cell(drip_head: bool) -> Row {
    let other = Server::other_host().await;
    let server = Server::start("127.0.0.1", move |_| {
        let body = teams_list("0").into_bytes();
        let length = format!("content-length: {}", body.len());
        if drip_head {
            let mut whole = head(200, &[&length]);
            whole.extend_from_slice(&body);
            vec![Step::Drip(whole)]
        } else {
            vec![Step::Send(head(200, &[&length])), Step::Drip(body)]
        }
    })
    .await;
    let jofi = jofi(&server);
    let spec = Spec {
        group: "drip",
        target: "JOFI GET /api/v2/teams",
        hostile: if drip_head {
            "the whole answer, head included, one byte a second".to_string()
        } else {
            "the head at once, then the body one byte a second".to_string()
        },
        documented: "each attempt ends at the 1 s request timeout; a timeout error after the retry",
    };
    run(spec, &other, async move {
        let result = jofi.teams().list().await;
        expect_error(result, ErrorKind::Timeout, MAX_ATTEMPTS)
    })
    .await
}

// --- Wrong-typed personal data ----------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
enum WrongType {
    /// JOFI: an email in `total_count` (an integer).
    JofiEmailInNumber,
    /// JOFI: a phone number as an integer in `object` (a string).
    JofiPhoneAsInteger,
    /// JOFI: an email as an object key beside a wrong-typed field.
    JofiEmailAsKey,
    /// JobMojito: an email in `pagination.total` (an integer).
    PagerEmailInNumber,
    /// Tables: an email in `score` (a number).
    TablesEmailInNumber,
}

async fn wrong_type_cell(variant: WrongType) -> Row {
    let other = Server::other_host().await;
    let body = match variant {
        WrongType::JofiEmailInNumber => teams_list(&format!("\"{CANDIDATE_EMAIL}\"")),
        WrongType::JofiPhoneAsInteger => {
            r#"{"object": 15558675309, "data": [], "has_more": false, "mode": "test", "total_count": 0}"#
                .to_string()
        }
        WrongType::JofiEmailAsKey => format!(
            r#"{{"object": "list", "data": [], "has_more": false, "mode": "test", "{CANDIDATE_EMAIL}": 1, "total_count": "many"}}"#
        ),
        WrongType::PagerEmailInNumber => format!(
            r#"{{"data": [{{"id": "iv-0"}}], "pagination": {{"total": "{CANDIDATE_EMAIL}", "limit": 3, "offset": 0, "has_more": false}}}}"#
        ),
        WrongType::TablesEmailInNumber => {
            format!(r#"[{{"id": "row-00", "score": "{CANDIDATE_EMAIL}"}}]"#)
        }
    };
    let server = Server::start("127.0.0.1", move |_| {
        vec![json_answer(200, &[("content-range", "0-0/*")], &body)]
    })
    .await;
    let (target, hostile, path) = match variant {
        WrongType::JofiEmailInNumber => (
            "JOFI GET /api/v2/teams",
            "an email in `total_count` (an integer)",
            "total_count",
        ),
        WrongType::JofiPhoneAsInteger => (
            "JOFI GET /api/v2/teams",
            "a phone number, as a JSON integer, in `object` (a string)",
            "object",
        ),
        WrongType::JofiEmailAsKey => (
            "JOFI GET /api/v2/teams",
            "an email as an object key, beside a string in `total_count`",
            "total_count",
        ),
        WrongType::PagerEmailInNumber => (
            "JobMojito GET /merchant-interview-list",
            "an email in `pagination.total` (an integer)",
            "pagination.total",
        ),
        WrongType::TablesEmailInNumber => (
            "Tables select",
            "an email in a row's `score` (a number)",
            "[0].score",
        ),
    };
    let spec = Spec {
        group: "wrong type",
        target,
        hostile: hostile.to_string(),
        documented: "a decode error naming the path; no value in Display, Debug or the source chain",
    };
    let jofi = jofi(&server);
    let jm = jobmojito_token(&server);
    run(spec, &other, async move {
        let result = match variant {
            WrongType::JofiEmailInNumber
            | WrongType::JofiPhoneAsInteger
            | WrongType::JofiEmailAsKey => jofi.teams().list().await.map(drop),
            WrongType::PagerEmailInNumber => jm
                .interviews()
                .list(&hirekit::jobmojito::InterviewQuery::new())
                .await
                .map(drop),
            WrongType::TablesEmailInNumber => jm
                .tables()
                .interview_result()
                .select()
                .send()
                .await
                .map(drop),
        };
        let decode_path = result
            .as_ref()
            .err()
            .and_then(|e| e.decode_path().map(str::to_string));
        let mut observed = expect_error(result, ErrorKind::Decode, 1);
        let _ = write!(
            observed.outcome,
            " at `{}`",
            decode_path.as_deref().unwrap_or("?")
        );
        observed.require(decode_path.as_deref() == Some(path), || {
            format!("decode path {decode_path:?}, expected {path}")
        });
        observed
    })
    .await
}

// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_servers() {
    // The Content-Length cells measure the process's resident memory, which other modules'
    // tests (the fault matrix's 50 MB bodies among them) would add to.
    if !crate::common::in_own_process("hostile_servers::hostile_servers") {
        return;
    }
    hirekit::install_crypto_provider();
    let mut rows = Vec::new();
    for status in [307, 308] {
        for target in [
            RedirectTarget::SignIn,
            RedirectTarget::Refresh,
            RedirectTarget::JofiInvitation,
            RedirectTarget::TablesSelect,
            RedirectTarget::FunctionsCall,
        ] {
            rows.push(redirect_cell(status, target).await);
        }
    }
    rows.push(row_cap_cell(false).await);
    rows.push(row_cap_cell(true).await);
    for variant in [
        IgnoredOffset::TablesSaysSo,
        IgnoredOffset::TablesSilent,
        IgnoredOffset::PagerSaysSo,
        IgnoredOffset::PagerEchoes,
    ] {
        rows.push(ignored_offset_cell(variant).await);
    }
    rows.push(retry_after_cell(503, "1000000000000", "seconds").await);
    rows.push(retry_after_cell(429, "1000000000000", "seconds").await);
    rows.push(retry_after_cell(503, "Fri, 31 Dec 9999 23:59:59 GMT", "HTTP date").await);
    rows.push(retry_after_cell(503, "99999999999999999999999", "past u64").await);
    for (value, decodes) in [
        ("9223372036854775807", true),
        ("-9223372036854775808", true),
        ("-5", true),
        ("0", true),
        ("9223372036854775808", false),
        ("1e300", false),
    ] {
        rows.push(expires_in_cell(value, decodes).await);
    }
    for variant in [
        Length::LongerThenClose,
        Length::LongerThenHold,
        Length::Huge,
        Length::U64Max,
        Length::PastU64,
    ] {
        rows.push(content_length_cell(variant).await);
    }
    rows.push(huge_message_cell(true).await);
    rows.push(huge_message_cell(false).await);
    rows.push(drip_cell(false).await);
    rows.push(drip_cell(true).await);
    for variant in [
        WrongType::JofiEmailInNumber,
        WrongType::JofiPhoneAsInteger,
        WrongType::JofiEmailAsKey,
        WrongType::PagerEmailInNumber,
        WrongType::TablesEmailInNumber,
    ] {
        rows.push(wrong_type_cell(variant).await);
    }

    let failures: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            let problems = row.problems();
            (!problems.is_empty()).then(|| {
                format!(
                    "{} / {} / {}: {}",
                    row.spec.group,
                    row.spec.target,
                    row.spec.hostile,
                    problems.join("; ")
                )
            })
        })
        .collect();
    // Written before the assertion, so a failing run still shows which cells failed.
    if let Some(dir) = std::env::var_os(REPORT_DIR_VAR) {
        write_report(std::path::Path::new(&dir), &rows);
    }
    assert!(
        failures.is_empty(),
        "{} of {} cells failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

fn cell_text(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn check_text(check: &Result<String, String>) -> String {
    match check {
        Ok(text) => format!("pass ({})", cell_text(text)),
        Err(text) => format!("**FAIL**: {}", cell_text(text)),
    }
}

fn write_report(dir: &std::path::Path, rows: &[Row]) {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "## Hostile servers\n\n\
         Each cell points a client of the facade at a small server written for this test \
         (`crates/hirekit/tests/it/hostile_servers.rs`, not hirekit-mock, which stays faithful to \
         the specs) that misbehaves on purpose, while a second server on another loopback \
         address (127.0.0.2, the *other host*) records every byte it receives. The clients \
         make at most {MAX_ATTEMPTS} attempts with a {} s request timeout and **no overall \
         deadline**, so only hirekit's own bounds can end a call. Besides the documented \
         outcome, every cell checks that nothing secret or personal (the JOFI key, the \
         JobMojito token, anon key, email, password, access and refresh tokens, a candidate's \
         name, email and phone number) reached the other host or any error (`Display`, \
         `Debug`, the whole source chain), that the call ended within {} s, and that it did not \
         panic (it runs in a spawned task).\n",
        REQUEST_TIMEOUT.as_secs(),
        CELL_TIMEOUT.as_secs(),
    );
    let _ = writeln!(
        text,
        "| what | call | the server does | documented outcome | observed | other host | errors | ended | panic | verdict |\n\
         |---|---|---|---|---|---|---|---|---|---|"
    );
    for row in rows {
        let verdict = match &row.outcome {
            Ok(()) if row.problems().is_empty() => "pass".to_string(),
            Ok(()) => "**FAIL**".to_string(),
            Err(wrong) => format!("**FAIL**: {}", cell_text(wrong)),
        };
        let _ = writeln!(
            text,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            cell_text(row.spec.group),
            cell_text(row.spec.target),
            cell_text(&row.spec.hostile),
            cell_text(row.spec.documented),
            cell_text(&row.observed),
            check_text(&row.other_host),
            check_text(&row.errors),
            check_text(&row.hang),
            check_text(&row.panic),
            verdict,
        );
    }
    // `cargo test` runs a test in its crate's directory; the workspace root is what a person
    // (or xtask) naming a relative directory means.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(dir);
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    let path = dir.join("hostile-servers.md");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
