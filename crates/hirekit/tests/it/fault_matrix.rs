//! The fault matrix: every fault the mock can inject, against every method class of both
//! vendors, through the facade. Each cell asserts the documented outcome (success after the
//! allowed retries, or a typed error of the right kind), the attempts the mock counted, that
//! the overall deadline held, and for POST that the side effect happened at most once.
//!
//! The test only asserts; it writes nothing unless asked, so `cargo test` leaves the tree
//! clean. When `HIREKIT_REPORT_DIR` names a directory, the run also writes the table of cells
//! and outcomes there as `fault-matrix.md` (a relative path is taken from the workspace root),
//! a section that `cargo xtask reliability-report` puts into `docs/reliability.md` beside the
//! hostile-server cells of `hostile_servers.rs`.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use hirekit::{ClientOptions, ErrorKind, RetryPolicy};
use hirekit_mock::MockServer;
use serde_json::{Value, json};

use crate::common;

/// The per-attempt timeout of the matrix clients; the slow-response fault waits longer.
const REQUEST_TIMEOUT: Duration = Duration::from_millis(800);
/// The per-attempt timeout of the large-body cells. What must stop them is the body limit, not
/// the clock: under the short timeout a loaded machine that was slow to produce the answer
/// turned the cell into a timeout and a retry. Still under the deadline, so a hang shows.
const LARGE_BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// The overall deadline of every call; each cell asserts it held.
const DEADLINE: Duration = Duration::from_secs(15);
/// The body limit of the matrix clients; the large-body fault sends 50 MB.
const BODY_LIMIT: usize = 32 * 1024 * 1024;
/// Names the directory the report is written to; unset, the run writes nothing.
const REPORT_DIR_VAR: &str = "HIREKIT_REPORT_DIR";

/// A fault as the mock's control API takes it, and its name in the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    RateLimitedSeconds,
    RateLimitedDate,
    Status(u16),
    Html,
    DropBeforeHeaders,
    DropMidBody,
    TruncatedJson,
    InvalidJson,
    Empty200,
    WrongContentType,
    Slow,
    Huge,
}

const FAULTS: [Fault; 15] = [
    Fault::RateLimitedSeconds,
    Fault::RateLimitedDate,
    Fault::Status(500),
    Fault::Status(502),
    Fault::Status(503),
    Fault::Status(504),
    Fault::Html,
    Fault::DropBeforeHeaders,
    Fault::DropMidBody,
    Fault::TruncatedJson,
    Fault::InvalidJson,
    Fault::Empty200,
    Fault::WrongContentType,
    Fault::Slow,
    Fault::Huge,
];

impl Fault {
    fn name(self) -> String {
        match self {
            Fault::RateLimitedSeconds => "429, Retry-After: 1 (seconds)".into(),
            Fault::RateLimitedDate => "429, Retry-After: HTTP-date".into(),
            Fault::Status(s) => format!("{s}"),
            Fault::Html => "502 with an HTML page".into(),
            Fault::DropBeforeHeaders => "connection dropped before headers".into(),
            Fault::DropMidBody => "connection dropped mid-body".into(),
            Fault::TruncatedJson => "truncated JSON".into(),
            Fault::InvalidJson => "invalid JSON".into(),
            Fault::Empty200 => "empty 200".into(),
            Fault::WrongContentType => "200 labelled text/plain".into(),
            Fault::Slow => "answer slower than the request timeout".into(),
            Fault::Huge => "50 MB body".into(),
        }
    }

    /// Whether the fault hits after the mock handled the request (the side effect happened).
    /// Status faults stand for a refusal before any work; broken answers for work done whose
    /// answer was lost, the case where a client must not send a POST again.
    fn after_handling(self) -> bool {
        !matches!(
            self,
            Fault::RateLimitedSeconds
                | Fault::RateLimitedDate
                | Fault::Status(_)
                | Fault::Html
                | Fault::Slow
        )
    }

    fn spec(self, method: &str, path: &str) -> Value {
        let mut spec = match self {
            Fault::RateLimitedSeconds => {
                json!({"kind": "status", "status": 429, "retry_after": "1"})
            }
            Fault::RateLimitedDate => {
                let at = std::time::SystemTime::now() + Duration::from_secs(2);
                json!({"kind": "status", "status": 429, "retry_after": httpdate::fmt_http_date(at)})
            }
            Fault::Status(status) => json!({"kind": "status", "status": status}),
            Fault::Html => json!({"kind": "html", "status": 502}),
            Fault::DropBeforeHeaders => json!({"kind": "drop_before_headers"}),
            Fault::DropMidBody => json!({"kind": "drop_mid_body"}),
            Fault::TruncatedJson => json!({"kind": "truncated_json"}),
            Fault::InvalidJson => json!({"kind": "invalid_json"}),
            Fault::Empty200 => json!({"kind": "empty200"}),
            Fault::WrongContentType => json!({"kind": "wrong_content_type"}),
            Fault::Slow => json!({"kind": "delay", "ms": 2000}),
            Fault::Huge => json!({"kind": "large_body", "bytes": 50_000_000}),
        };
        spec["method"] = json!(method);
        spec["path"] = json!(path);
        spec["times"] = json!(1);
        spec["after_handling"] = json!(self.after_handling());
        spec
    }
}

/// What a cell must show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expected {
    /// The call succeeds after this many attempts.
    Success(u64),
    /// The call fails with this kind after this many attempts.
    Failure(ErrorKind, u64),
}

/// The documented outcome of `fault` for a method: idempotent methods are retried (one fault,
/// so the second attempt succeeds); POST is never sent again once it may have reached the
/// server; nothing retries a body over the limit, and a JSON body labelled as text still
/// decodes.
fn expected(method: &str, fault: Fault) -> Expected {
    let idempotent = matches!(method, "GET" | "PUT" | "DELETE");
    match fault {
        Fault::WrongContentType => Expected::Success(1),
        Fault::Huge => Expected::Failure(ErrorKind::BodyTooLarge, 1),
        _ if idempotent => Expected::Success(2),
        Fault::RateLimitedSeconds | Fault::RateLimitedDate => {
            Expected::Failure(ErrorKind::RateLimited, 1)
        }
        Fault::Status(_) | Fault::Html => Expected::Failure(ErrorKind::Server, 1),
        Fault::DropBeforeHeaders | Fault::DropMidBody => Expected::Failure(ErrorKind::Transport, 1),
        Fault::TruncatedJson | Fault::InvalidJson | Fault::Empty200 => {
            Expected::Failure(ErrorKind::Decode, 1)
        }
        Fault::Slow => Expected::Failure(ErrorKind::Timeout, 1),
    }
}

/// One row of the matrix: an operation of a vendor standing for its method class.
#[derive(Debug, Clone, Copy)]
struct Target {
    vendor: &'static str,
    method: &'static str,
    operation: &'static str,
    /// The path the fault matches (a template with the API prefix).
    fault_path: &'static str,
    /// Where `/__mock/stats` counts the side effect of a POST.
    created: Option<&'static str>,
}

const TARGETS: &[Target] = &[
    Target {
        vendor: "JOFI",
        method: "GET",
        operation: "list_teams",
        fault_path: "/api/v2/teams",
        created: None,
    },
    Target {
        vendor: "JOFI",
        method: "PUT",
        operation: "update_invitation",
        fault_path: "/api/v2/invitations/{invitationId}",
        created: None,
    },
    Target {
        vendor: "JOFI",
        method: "POST",
        operation: "create_invitation",
        fault_path: "/api/v2/invitations",
        created: Some("/jofi/invitations_created"),
    },
    Target {
        vendor: "JobMojito",
        method: "GET",
        operation: "list_languages",
        fault_path: "/functions/v1/platform-languages-list",
        created: None,
    },
    Target {
        vendor: "JobMojito",
        method: "POST",
        operation: "create_interview_from_questions",
        fault_path: "/functions/v1/job-interview-create-from-array",
        created: Some("/jobmojito/interviews_created"),
    },
    Target {
        vendor: "JobMojito Tables",
        method: "PATCH",
        operation: "update_interview_result",
        fault_path: "/rest/v1/interview_result",
        created: None,
    },
    Target {
        vendor: "JobMojito Tables",
        method: "DELETE",
        operation: "delete_interview_result",
        fault_path: "/rest/v1/interview_result",
        created: None,
    },
];

/// Method classes a vendor has no operation for, reported as such rather than skipped.
const ABSENT: &[(&str, &str)] = &[
    ("JOFI", "DELETE"),
    ("JobMojito (Functions or Tables)", "PUT"),
];

struct Harness {
    mock: MockServer,
    http: reqwest::Client,
}

impl Harness {
    async fn control(&self, method: reqwest::Method, path: &str, body: Value) -> Value {
        let response = self
            .http
            .request(method, format!("{}/__mock/{path}", self.mock.base_url()))
            .json(&body)
            .send()
            .await
            .expect("control answers");
        assert!(
            response.status().is_success(),
            "control {path}: {}",
            response.status()
        );
        response.json().await.expect("control JSON")
    }

    fn options(&self, api_path: &str, fault: Fault) -> ClientOptions {
        let timeout = if fault == Fault::Huge {
            LARGE_BODY_TIMEOUT
        } else {
            REQUEST_TIMEOUT
        };
        ClientOptions::default()
            .base_url(format!("{}{api_path}", self.mock.base_url()))
            .request_timeout(timeout)
            // Interview creation normally gets the long timeout; the matrix gives every
            // operation the same short one, so the slow-answer fault strikes everywhere.
            .slow_request_timeout(timeout)
            .max_body_bytes(BODY_LIMIT)
            .retry(
                RetryPolicy::default()
                    .with_max_attempts(3)
                    .with_backoff(Duration::from_millis(20), Duration::from_millis(100))
                    .with_deadline(Some(DEADLINE)),
            )
    }
}

/// The outcome of one cell.
struct Observed {
    result: Result<(), hirekit::Error>,
    attempts: u64,
    created: Option<u64>,
    elapsed: Duration,
}

async fn run_jofi(h: &Harness, target: &Target, fault: Fault) -> Observed {
    h.control(reqwest::Method::POST, "reset", json!({})).await;
    let jofi = hirekit::jofi::Client::builder("sk_test_matrix")
        .options(h.options("/api/v2", fault))
        .build()
        .expect("client");
    let seeded = h
        .control(
            reqwest::Method::POST,
            "jofi/seed",
            json!({"invitations": 1}),
        )
        .await;
    let invitation_id = seeded["invitations"][0]
        .as_i64()
        .expect("a seeded invitation");
    h.control(
        reqwest::Method::POST,
        "faults",
        fault.spec(target.method, target.fault_path),
    )
    .await;
    let started = Instant::now();
    let result = match target.operation {
        "list_teams" => jofi.teams().list().await.map(drop),
        "update_invitation" => jofi
            .invitations()
            .update(
                invitation_id,
                hirekit::jofi::types::UpdateInvitationRequest::builder().person_id("matrix"),
            )
            .await
            .map(drop),
        "create_invitation" => jofi
            .invitations()
            .create(
                hirekit::jofi::types::CreateInvitationRequest::builder()
                    .first_name("Matrix")
                    .last_name("Cell")
                    .email("matrix.cell@example.com")
                    .created_by_user_email("avery.hollis@example.com")
                    .assessments_to_assign(Vec::<hirekit::jofi::types::AssessmentToAssign>::new()),
            )
            .await
            .map(drop),
        other => panic!("no JOFI call for {other}"),
    };
    let elapsed = started.elapsed();
    observe(h, target, result, elapsed).await
}

async fn run_jobmojito(h: &Harness, target: &Target, fault: Fault) -> Observed {
    h.control(reqwest::Method::POST, "reset", json!({})).await;
    let jm = hirekit::jobmojito::Client::builder()
        .token(hirekit_mock::config::DEMO_TOKEN)
        .options(h.options("", fault))
        .build()
        .expect("client");
    h.control(
        reqwest::Method::POST,
        "faults",
        fault.spec(target.method, target.fault_path),
    )
    .await;
    let started = Instant::now();
    let result = match target.operation {
        "list_languages" => jm.admin().languages().await.map(drop),
        "create_interview_from_questions" => {
            let request = common::interview_request("Matrix cell", "One cell of the fault matrix.");
            jm.interviews()
                .create_from_questions(request)
                .await
                .map(drop)
        }
        other => panic!("no JobMojito call for {other}"),
    };
    let elapsed = started.elapsed();
    observe(h, target, result, elapsed).await
}

async fn run_tables(h: &Harness, target: &Target, fault: Fault) -> Observed {
    use hirekit::tables::interview_result::{Column, Write};
    h.control(reqwest::Method::POST, "reset", json!({})).await;
    let jm = hirekit::jobmojito::Client::builder()
        .password(
            hirekit_mock::config::DEFAULT_USER_EMAIL,
            hirekit_mock::config::DEFAULT_USER_PASSWORD,
        )
        .anon_key(hirekit_mock::config::DEFAULT_ANON_KEY)
        .options(h.options("", fault))
        .build()
        .expect("client");
    h.control(
        reqwest::Method::POST,
        "tables/interview_result/rows",
        json!([{"id": "matrix-1", "status": "draft"}]),
    )
    .await;
    h.control(
        reqwest::Method::POST,
        "faults",
        fault.spec(target.method, target.fault_path),
    )
    .await;
    let started = Instant::now();
    let table = jm.tables().interview_result();
    let result = match target.operation {
        "update_interview_result" => table
            .update(Write {
                status: String::from("active").into(),
                ..Write::default()
            })
            .eq(Column::Id, "matrix-1")
            .send()
            .await
            .map(drop),
        "delete_interview_result" => table
            .delete()
            .eq(Column::Id, "matrix-1")
            .send()
            .await
            .map(drop),
        other => panic!("no Tables call for {other}"),
    };
    let elapsed = started.elapsed();
    observe(h, target, result, elapsed).await
}

async fn observe(
    h: &Harness,
    target: &Target,
    result: Result<(), hirekit::Error>,
    elapsed: Duration,
) -> Observed {
    // A request abandoned by the client (the slow fault) is still handled by the mock; give it
    // time to finish so the side-effect count is final.
    tokio::time::sleep(Duration::from_millis(50)).await;
    let counted = h
        .control(
            reqwest::Method::GET,
            &format!("requests?operation_id={}", target.operation),
            json!({}),
        )
        .await;
    let stats = h.control(reqwest::Method::GET, "stats", json!({})).await;
    Observed {
        result,
        attempts: counted["count"].as_u64().unwrap_or(0),
        created: target
            .created
            .map(|pointer| stats.pointer(pointer).and_then(Value::as_u64).unwrap_or(0)),
        elapsed,
    }
}

fn describe(result: &Result<(), hirekit::Error>) -> String {
    match result {
        Ok(()) => "success".into(),
        Err(e) => format!("error: {:?}", e.kind()),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fault_against_every_method_class() {
    hirekit::install_crypto_provider();
    let h = Harness {
        mock: MockServer::start().await.expect("mock starts"),
        http: reqwest::Client::new(),
    };
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for target in TARGETS {
        for fault in FAULTS {
            let observed = match target.vendor {
                "JOFI" => run_jofi(&h, target, fault).await,
                "JobMojito" => run_jobmojito(&h, target, fault).await,
                "JobMojito Tables" => run_tables(&h, target, fault).await,
                other => panic!("no runner for {other}"),
            };
            let want = expected(target.method, fault);
            let mut problems = Vec::new();
            match (want, &observed.result) {
                (Expected::Success(_), Ok(())) => {}
                (Expected::Failure(kind, _), Err(e)) if e.kind() == kind => {}
                _ => problems.push(format!(
                    "expected {want:?}, got {}",
                    describe(&observed.result)
                )),
            }
            let want_attempts = match want {
                Expected::Success(n) | Expected::Failure(_, n) => n,
            };
            if observed.attempts != want_attempts {
                problems.push(format!(
                    "mock counted {} attempts, expected {want_attempts}",
                    observed.attempts
                ));
            }
            if let Err(e) = &observed.result
                && u64::from(e.attempts()) != want_attempts
            {
                problems.push(format!("the error says {} attempts", e.attempts()));
            }
            if observed.elapsed >= DEADLINE {
                problems.push(format!("took {:?}, past the deadline", observed.elapsed));
            }
            if let Some(created) = observed.created
                && created > 1
            {
                problems.push(format!("the POST took effect {created} times"));
            }
            let verdict = if problems.is_empty() { "pass" } else { "FAIL" };
            if !problems.is_empty() {
                failures.push(format!(
                    "{} {} {} / {}: {}",
                    target.vendor,
                    target.method,
                    target.operation,
                    fault.name(),
                    problems.join("; ")
                ));
            }
            rows.push(format!(
                "| {} | {} `{}` | {} | {} | {} | {} | {} | {:.2} s | {} |",
                target.vendor,
                target.method,
                target.operation,
                fault.name(),
                match want {
                    Expected::Success(_) => "success".to_string(),
                    Expected::Failure(kind, _) => format!("error: {kind:?}"),
                },
                describe(&observed.result),
                observed.attempts,
                observed
                    .created
                    .map_or("n/a".to_string(), |c| c.to_string()),
                observed.elapsed.as_secs_f64(),
                verdict,
            ));
        }
    }
    // Written before the assertion, so a failing run still shows which cells failed.
    if let Some(dir) = std::env::var_os(REPORT_DIR_VAR) {
        write_report(std::path::Path::new(&dir), &rows);
    }
    assert!(
        failures.is_empty(),
        "{} cells failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn write_report(dir: &std::path::Path, rows: &[String]) {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "## The fault matrix\n\n\
         Each cell injects one fault with hirekit-mock on loopback into one request of an \
         operation, then calls it through the facade with a policy of at most 3 attempts, \
         backoff 20–100 ms, a {} ms request timeout (for slow operations too; {} s for the 50 MB \
         body, which the body limit must stop, not the clock), a {} s overall deadline and a {} MiB body \
         limit. Status faults strike before the mock handles the request; broken answers \
         strike after it (the side effect happened and only the answer was lost). \
         *Attempts* is what the mock counted; *created* is how many records a POST left \
         behind (at most one, always).\n",
        REQUEST_TIMEOUT.as_millis(),
        LARGE_BODY_TIMEOUT.as_secs(),
        DEADLINE.as_secs(),
        BODY_LIMIT / (1024 * 1024),
    );
    let _ = writeln!(
        text,
        "| vendor | method and operation | fault | documented outcome | observed | attempts | created | time | verdict |\n\
         |---|---|---|---|---|---|---|---|---|"
    );
    for row in rows {
        let _ = writeln!(text, "{row}");
    }
    let _ = writeln!(text);
    for (vendor, method) in ABSENT {
        let _ = writeln!(
            text,
            "{vendor} has no {method} operation, so it has no {method} row."
        );
    }
    // `cargo test` runs a test in its crate's directory; the workspace root is what a person
    // (or xtask) naming a relative directory means.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(dir);
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    let path = dir.join("fault-matrix.md");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
