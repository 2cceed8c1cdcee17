//! Mock throughput, for the record: requests per second that hirekit-mock (in its own process)
//! answers to concurrent keep-alive clients in this process, on `GET /api/v2/invitations`
//! (JOFI, 5 seeded invitations; every request is validated against the spec by the mock).
//!
//! The figures go to `target/hirekit-bench/mock_throughput.json`.

use std::time::{Duration, Instant};

use hirekit_bench::{
    JOFI_KEY, MockProcess, host_mock_if_asked, median_min_max, seed_invitations, selected,
    write_results,
};
use serde_json::json;

const CONNECTIONS: usize = 16;
const WARM_UP: Duration = Duration::from_secs(1);
const MEASURE: Duration = Duration::from_secs(5);
const ROUNDS: usize = 3;

/// One client hammering `url` until `until`; returns (successes, failures, latencies in µs).
async fn load(url: String, until: Instant) -> (u64, u64, Vec<f64>) {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(1)
        .build()
        .expect("client");
    let (mut ok, mut failed, mut latencies) = (0, 0, Vec::new());
    while Instant::now() < until {
        let sent = Instant::now();
        let outcome = http.get(&url).bearer_auth(JOFI_KEY).send().await;
        let good = match outcome {
            Ok(response) => response.status().is_success() && response.bytes().await.is_ok(),
            Err(_) => false,
        };
        if good {
            ok += 1;
            latencies.push(sent.elapsed().as_secs_f64() * 1e6);
        } else {
            failed += 1;
        }
    }
    (ok, failed, latencies)
}

async fn round(url: &str, duration: Duration) -> (f64, u64, Vec<f64>) {
    let started = Instant::now();
    let until = started + duration;
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|_| tokio::spawn(load(url.to_string(), until)))
        .collect();
    let (mut ok, mut failed, mut latencies) = (0, 0, Vec::new());
    for task in tasks {
        let (o, f, l) = task.await.expect("load task");
        ok += o;
        failed += f;
        latencies.extend(l);
    }
    (
        ok as f64 / started.elapsed().as_secs_f64(),
        failed,
        latencies,
    )
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if host_mock_if_asked() {
        return Ok(());
    }
    if !selected("mock_throughput") {
        return Ok(());
    }
    let mock = MockProcess::spawn()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let url = format!("{}/api/v2/invitations", mock.base_url());
    let figures = runtime.block_on(async {
        seed_invitations(mock.base_url(), 5).await?;
        round(&url, WARM_UP).await;
        let mut rates = Vec::new();
        let mut failures = 0;
        let mut latencies = Vec::new();
        for _ in 0..ROUNDS {
            let (rate, failed, l) = round(&url, MEASURE).await;
            rates.push(rate);
            failures += failed;
            latencies.extend(l);
        }
        latencies.sort_by(f64::total_cmp);
        let (median, min, max) = median_min_max(&rates);
        let (p50, p99) = (percentile(&latencies, 0.5), percentile(&latencies, 0.99));
        println!(
            "mock_throughput: {median:.0} requests/s [{min:.0} {max:.0}] over {ROUNDS} rounds of \
             {} s, {CONNECTIONS} keep-alive connections; latency p50 {p50:.0} µs, p99 {p99:.0} µs; \
             {failures} failed",
            MEASURE.as_secs()
        );
        Ok::<_, Box<dyn std::error::Error>>(json!({
            "endpoint": "GET /api/v2/invitations (5 seeded invitations)",
            "connections": CONNECTIONS,
            "round_seconds": MEASURE.as_secs_f64(),
            "rounds": ROUNDS,
            "requests_per_second": {"median": median, "min": min, "max": max, "all": rates},
            "latency_us": {"p50": p50, "p99": p99},
            "failed": failures,
            "mock": "hirekit-mock in a separate process; the load comes from this process, \
                     on the same machine",
        }))
    })?;
    let path = write_results("mock_throughput", &figures)?;
    println!("mock_throughput: figures written to {}", path.display());
    Ok(())
}
