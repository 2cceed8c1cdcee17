//! 200 concurrent clients for ten seconds: the mock answers every request, without error.
//!
//! The request count is bounded (at most `PER_CLIENT` per client), so a fast machine finishes
//! early and a slow one stops at the deadline; either way every answer must be a success.

use std::time::{Duration, Instant};

use hirekit_conformance::{MOCK_JOBMOJITO_TOKEN, MOCK_JOFI_KEY, Target, Which};

const CLIENTS: usize = 200;
const PER_CLIENT: usize = 100;
const WINDOW: Duration = Duration::from_secs(10);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_concurrent_clients_get_only_successes() {
    let target = Target::new(Which::Jofi).await;
    let Some(mock) = target.mock() else {
        // Load is only put on the embedded mock, never on an external server.
        return;
    };
    let base = mock.base_url();
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for client_index in 0..CLIENTS {
        let base = base.clone();
        tasks.spawn(async move {
            // One client per task: 200 independent connection pools, as 200 processes would be.
            let http = reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .expect("client builds");
            let paths = [
                ("/api/v2/teams", MOCK_JOFI_KEY),
                ("/api/v2/score-profiles", MOCK_JOFI_KEY),
                (
                    "/functions/v1/platform-languages-list",
                    MOCK_JOBMOJITO_TOKEN,
                ),
                ("/functions/v1/merchant-status", MOCK_JOBMOJITO_TOKEN),
            ];
            let mut done = 0;
            let mut failures = Vec::new();
            while done < PER_CLIENT && started.elapsed() < WINDOW {
                let (path, token) = paths[(client_index + done) % paths.len()];
                match http
                    .get(format!("{base}{path}"))
                    .bearer_auth(token)
                    .send()
                    .await
                {
                    Ok(response) if response.status().is_success() => {
                        if let Err(e) = response.bytes().await {
                            failures.push(format!("{path}: body: {e}"));
                        }
                    }
                    Ok(response) => failures.push(format!("{path}: status {}", response.status())),
                    Err(e) => failures.push(format!("{path}: {e}")),
                }
                done += 1;
            }
            (done, failures)
        });
    }
    let mut total = 0;
    let mut failures = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        let (done, mut failed) = joined.expect("client task finishes");
        total += done;
        failures.append(&mut failed);
    }
    assert!(
        failures.is_empty(),
        "{} of {total} failed, e.g. {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
    assert!(
        total >= CLIENTS,
        "every client made at least one request ({total} in all)"
    );
}
