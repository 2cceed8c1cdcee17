//! One client shared by 500 concurrent tasks doing 20,000 requests against the mock: every
//! request succeeds, connections are reused, no file descriptor leaks, and memory returns to
//! its baseline. The same 500 tasks in a full outage: the client's retry budget keeps the
//! requests the vendor sees close to one per call.

use std::time::{Duration, Instant};

use hirekit::{ClientOptions, RetryPolicy};
use hirekit_mock::MockServer;
use serde_json::Value;

const TASKS: usize = 500;
const REQUESTS: usize = 20_000;

/// Open file descriptors of this process (Linux; `None` elsewhere).
fn open_fds() -> Option<usize> {
    std::fs::read_dir("/proc/self/fd").ok().map(Iterator::count)
}

/// Resident memory of this process in KiB (Linux; `None` elsewhere).
fn resident_kib() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4)
}

async fn stats(mock: &MockServer) -> Value {
    reqwest::get(format!("{}/__mock/stats", mock.base_url()))
        .await
        .expect("stats answer")
        .json()
        .await
        .expect("stats JSON")
}

/// One burst of `REQUESTS` calls spread over `TASKS` tasks; returns the failures.
async fn burst(client: &hirekit::jofi::Client) -> Vec<String> {
    let mut tasks = tokio::task::JoinSet::new();
    for task in 0..TASKS {
        let client = client.clone();
        let share = REQUESTS / TASKS;
        tasks.spawn(async move {
            let mut failures = Vec::new();
            for i in 0..share {
                let outcome = if (task + i) % 2 == 0 {
                    client.teams().list().await.map(|t| t.len())
                } else {
                    client.score_profiles().list().await.map(|p| p.len())
                };
                match outcome {
                    Ok(0) => failures.push("an empty list".to_string()),
                    Ok(_) => {}
                    Err(e) => failures.push(e.to_string()),
                }
            }
            failures
        });
    }
    let mut failures = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        failures.extend(joined.expect("task finishes"));
    }
    failures
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_hundred_tasks_share_one_client() {
    // Open files and resident memory are the process's: other modules' tests would count.
    if !crate::common::in_own_process("load::five_hundred_tasks_share_one_client") {
        return;
    }
    let mock = MockServer::start().await.expect("mock starts");
    let client = hirekit::jofi::Client::builder("sk_test_load")
        .options(
            ClientOptions::default()
                .base_url(mock.jofi_url())
                .retry(RetryPolicy::never()),
        )
        .build()
        .expect("client");

    // A warm-up burst fills the connection pool, the runtime's thread-locals and the
    // allocator's caches; the baseline is taken after it.
    let failures = burst(&client).await;
    assert!(
        failures.is_empty(),
        "warm-up: {:?}",
        &failures[..failures.len().min(5)]
    );
    tokio::time::sleep(Duration::from_millis(200)).await;
    let fds_before = open_fds();
    let memory_before = resident_kib();
    let before = stats(&mock).await;

    let failures = burst(&client).await;
    assert!(
        failures.is_empty(),
        "{} of {REQUESTS} requests failed, e.g. {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );

    let after = stats(&mock).await;
    let requests =
        after["requests"].as_u64().unwrap_or(0) - before["requests"].as_u64().unwrap_or(0);
    let connections =
        after["connections"].as_u64().unwrap_or(0) - before["connections"].as_u64().unwrap_or(0);
    eprintln!(
        "load: {requests} requests over {connections} new connections; fds {fds_before:?} -> {:?}; \
         resident {memory_before:?} -> {:?} KiB",
        open_fds(),
        resident_kib()
    );
    // The stats calls themselves are one request each.
    assert!(
        requests >= REQUESTS as u64,
        "the mock saw {requests} requests"
    );
    // After the warm-up the pool holds a connection per concurrent task; the second burst
    // should need (almost) none.
    assert!(
        connections <= 50,
        "{connections} new connections for {requests} requests: the pool is not reused"
    );

    tokio::time::sleep(Duration::from_millis(200)).await;
    if let (Some(before), Some(after)) = (fds_before, open_fds()) {
        // The pool may keep a few more idle connections than after the warm-up, never a
        // number that grows with the requests made.
        assert!(
            after <= before + 16,
            "file descriptors: {before} before, {after} after"
        );
    }
    if let (Some(before), Some(after)) = (memory_before, resident_kib()) {
        // Resident memory never shrinks exactly to its old value (allocator caches), so the
        // check is that a second burst of 20,000 requests does not leave their weight behind:
        // growth stays well under what keeping even 1 KiB per request would cost.
        let growth = after.saturating_sub(before);
        assert!(
            growth < (REQUESTS as u64) / 2,
            "resident memory grew by {growth} KiB over {REQUESTS} requests ({before} -> {after} KiB)"
        );
    }
    mock.shutdown().await;
}

/// Requests the mock received since `before` (a stats answer), not counting the stats request
/// that produced `after`.
fn requests_between(before: &Value, after: &Value) -> u64 {
    let count = |stats: &Value| stats["requests"].as_u64().unwrap_or(0);
    count(after).saturating_sub(count(before)).saturating_sub(1)
}

/// What one call of an outage burst saw.
struct Failed {
    elapsed: Duration,
    error: Option<hirekit::Error>,
}

/// `calls_per_task` calls by each of `TASKS` tasks sharing `client`, each timed.
async fn outage_burst(client: &hirekit::jofi::Client, calls_per_task: usize) -> Vec<Failed> {
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..TASKS {
        let client = client.clone();
        tasks.spawn(async move {
            let mut seen = Vec::with_capacity(calls_per_task);
            for _ in 0..calls_per_task {
                let started = Instant::now();
                let outcome = client.teams().list().await;
                seen.push(Failed {
                    elapsed: started.elapsed(),
                    error: outcome.err(),
                });
            }
            seen
        });
    }
    let mut seen = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        seen.extend(joined.expect("task finishes"));
    }
    seen
}

/// Every call failed with the last attempt's error, typed as a 503 is, and within `deadline`.
fn assert_typed_and_bounded(calls: &[Failed], deadline: Duration, phase: &str) {
    for call in calls {
        let error = call
            .error
            .as_ref()
            .unwrap_or_else(|| panic!("{phase}: a call succeeded during a full outage"));
        assert_eq!(error.kind(), hirekit::ErrorKind::Server, "{phase}: {error}");
        assert_eq!(error.status(), Some(503), "{phase}: {error}");
        assert!(error.is_retryable(), "{phase}: {error}");
        // Proves no call hung or waited out its deadline; not a speed target.
        assert!(
            call.elapsed < deadline,
            "{phase}: a call took {:?}: {error}",
            call.elapsed
        );
    }
}

fn slowest(calls: &[Failed]) -> Duration {
    calls.iter().map(|c| c.elapsed).max().unwrap_or_default()
}

/// Issue 10 (retry budget): every answer is a 503 and 500 tasks share one client. The first
/// burst spends the budget (at most 100 retries of 5 tokens from 500); after that each call
/// makes one attempt and fails at once, so the vendor sees one request per call instead of the
/// three the policy would otherwise allow. A client with the budget off, for contrast, triples
/// the load.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outage_shared_by_500_tasks_stays_within_the_retry_budget() {
    const DEADLINE: Duration = Duration::from_secs(60);
    const SPEND_CALLS: usize = 1;
    const MEASURED_CALLS: usize = 4;
    let mock = MockServer::start().await.expect("mock starts");
    let control = reqwest::Client::new();
    // Every JOFI request, for as long as the test runs: `/__mock/` is never faulted.
    let fault = control
        .post(format!("{}/__mock/faults", mock.base_url()))
        .json(&serde_json::json!({
            "path": "/api/v2/*",
            "times": u32::MAX,
            "kind": "status",
            "status": 503
        }))
        .send()
        .await
        .expect("fault added");
    assert!(fault.status().is_success());
    let client_with = |policy: RetryPolicy| {
        hirekit::jofi::Client::builder("sk_test_outage")
            .options(
                ClientOptions::default()
                    .base_url(mock.jofi_url())
                    .retry(policy.with_deadline(Some(DEADLINE))),
            )
            .build()
            .expect("client")
    };
    let client = client_with(RetryPolicy::default());

    // The budget is spent while the outage begins.
    let before = stats(&mock).await;
    let spending = outage_burst(&client, SPEND_CALLS).await;
    let after_spending = stats(&mock).await;
    assert_typed_and_bounded(&spending, DEADLINE, "spending");
    let spend_requests = requests_between(&before, &after_spending);
    let spend_calls = spending.len() as u64;
    let retries = spend_requests - spend_calls;
    assert!(
        retries <= 100,
        "{retries} retries: more than 500 tokens at 5 a retry pay for"
    );

    // Spent: every call is one attempt that fails at once.
    let measured = outage_burst(&client, MEASURED_CALLS).await;
    let after_measured = stats(&mock).await;
    assert_typed_and_bounded(&measured, DEADLINE, "after spending");
    for call in &measured {
        let error = call.error.as_ref().expect("checked above");
        assert!(error.retry_budget_exhausted(), "{error}");
        assert_eq!(error.attempts(), 1, "{error}");
    }
    let calls = measured.len() as u64;
    let requests = requests_between(&after_spending, &after_measured);
    let ratio = requests as f64 / calls as f64;
    let total_ratio = (spend_requests + requests) as f64 / (spend_calls + calls) as f64;

    // The same outage without a budget, for contrast.
    let unbounded = client_with(RetryPolicy::default().with_retry_budget(None));
    let unbounded_calls = outage_burst(&unbounded, SPEND_CALLS).await;
    let after_unbounded = stats(&mock).await;
    assert_typed_and_bounded(&unbounded_calls, DEADLINE, "without a budget");
    let unbounded_requests = requests_between(&after_measured, &after_unbounded);

    eprintln!(
        "retry budget, {TASKS} tasks, every answer 503: spending burst {spend_calls} calls -> \
         {spend_requests} server requests ({retries} retries, slowest call {:?}); after the \
         budget was spent {calls} calls -> {requests} server requests (ratio {ratio:.3}, \
         slowest call {:?}); both bursts {:.3}; without a budget {} calls -> \
         {unbounded_requests} server requests (ratio {:.3})",
        slowest(&spending),
        slowest(&measured),
        total_ratio,
        unbounded_calls.len(),
        unbounded_requests as f64 / unbounded_calls.len() as f64,
    );
    assert!(
        requests as f64 <= calls as f64 * 1.1,
        "after the budget was spent, {calls} calls cost the vendor {requests} requests"
    );
    assert!(
        total_ratio <= 1.1,
        "{} calls cost {} requests",
        spend_calls + calls,
        spend_requests + requests
    );
    // Without the budget every call makes all 3 attempts: the budget is what bounds the load.
    assert_eq!(unbounded_requests, 3 * unbounded_calls.len() as u64);
    mock.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stream_over_100_000_results_fetches_100_pages_in_order_once() {
    use futures_util::StreamExt as _;
    use hirekit::jobmojito::ResultQuery;

    const RESULTS: u64 = 100_000;
    const PAGE: u64 = 1_000;
    let mock = MockServer::start().await.expect("mock starts");
    let seeded = reqwest::Client::new()
        .post(format!("{}/__mock/jobmojito/results/seed", mock.base_url()))
        .json(&serde_json::json!({
            "interview_id": "00000000-0001-4000-8000-00000000beef",
            "count": RESULTS
        }))
        .send()
        .await
        .expect("seeded");
    assert!(seeded.status().is_success());
    let jm = hirekit::jobmojito::Client::builder()
        .token(hirekit_mock::config::DEMO_TOKEN)
        .options(ClientOptions::default().base_url(mock.base_url()))
        .build()
        .expect("client");

    let mut stream = jm.results().list_all(&ResultQuery::new().limit(PAGE));
    let mut seen = std::collections::HashSet::with_capacity(RESULTS as usize);
    let mut previous: Option<hirekit::jobmojito::types::PositionResultId> = None;
    let mut direction = None;
    while let Some(item) = stream.next().await {
        let id = item.expect("every page arrives").id;
        if let Some(before) = &previous {
            let step = id.as_str().cmp(before.as_str());
            assert_ne!(step, std::cmp::Ordering::Equal, "{id} twice in a row");
            // The vendor's order, whichever way it runs, is kept across page boundaries.
            assert_eq!(*direction.get_or_insert(step), step, "out of order at {id}");
        }
        assert!(seen.insert(id.clone()), "{id} arrived twice");
        previous = Some(id);
    }
    assert_eq!(seen.len() as u64, RESULTS);
    let pages: Value = reqwest::get(format!(
        "{}/__mock/requests?operation_id=list_interview_results",
        mock.base_url()
    ))
    .await
    .expect("requests")
    .json()
    .await
    .expect("JSON");
    // 100 full pages; the stream stops on the last one's `has_more: false`.
    assert_eq!(pages["count"], RESULTS / PAGE);
    mock.shutdown().await;
}
