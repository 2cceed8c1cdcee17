//! Streaming memory: streams JobMojito results through the facade (`results().list_all`, pages
//! of 1,000) from a mock in another process, and reports this process's peak resident memory
//! (`VmHWM` of `/proc/self/status`) after 1, 10 and 100 pages (100,000 results). Peak memory
//! only grows within a process, so every run is a fresh child process (this executable run
//! again with `HIREKIT_BENCH_ROLE=stream`). Target: peak(100 pages) / peak(10 pages) ≤ 1.2.
//!
//! The figures go to `target/hirekit-bench/streaming_memory.json`.

use std::process::Command;
use std::time::Instant;

use futures_util::StreamExt as _;
use hirekit::ClientOptions;
use hirekit::jobmojito::ResultQuery;
use hirekit_bench::{
    BENCH_INTERVIEW, MockProcess, ROLE_VAR, host_mock_if_asked, median_min_max, proc_status_kib,
    seed_results, selected, write_results,
};
use serde_json::{Value, json};

const PAGE: u64 = 1_000;
const SIZES: [u64; 3] = [1, 10, 100];
const RUNS: usize = 3;

/// The child: streams `pages` pages from the mock at `base_url`, prints one JSON line.
fn stream(base_url: &str, pages: u64) -> Result<Value, Box<dyn std::error::Error>> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let client = hirekit::jobmojito::Client::builder()
            .token(hirekit_mock::config::DEMO_TOKEN)
            .options(ClientOptions::default().base_url(base_url))
            .build()?;
        let before = proc_status_kib("VmHWM").unwrap_or(0);
        let started = Instant::now();
        let query = ResultQuery::new().interview_id(BENCH_INTERVIEW).limit(PAGE);
        let items = client
            .results()
            .list_all(&query)
            .take(usize::try_from(pages * PAGE)?);
        let mut items = std::pin::pin!(items);
        let mut count = 0u64;
        while let Some(item) = items.next().await {
            std::hint::black_box(item?);
            count += 1;
        }
        if count != pages * PAGE {
            return Err(format!("streamed {count} results, expected {}", pages * PAGE).into());
        }
        Ok(json!({
            "pages": pages,
            "items": count,
            "seconds": started.elapsed().as_secs_f64(),
            "peak_rss_kib_before_streaming": before,
            "peak_rss_kib": proc_status_kib("VmHWM").unwrap_or(0),
        }))
    })
}

fn run_child(base_url: &str, pages: u64) -> Result<Value, Box<dyn std::error::Error>> {
    let output = Command::new(std::env::current_exe()?)
        .env(ROLE_VAR, "stream")
        .env("HIREKIT_BENCH_MOCK_URL", base_url)
        .env("HIREKIT_BENCH_PAGES", pages.to_string())
        .output()?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "child for {pages} pages failed: {}{}",
            stdout,
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    let line = stdout.lines().last().unwrap_or_default();
    Ok(serde_json::from_str(line)?)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if host_mock_if_asked() {
        return Ok(());
    }
    if std::env::var(ROLE_VAR).as_deref() == Ok("stream") {
        let base_url = std::env::var("HIREKIT_BENCH_MOCK_URL")?;
        let pages: u64 = std::env::var("HIREKIT_BENCH_PAGES")?.parse()?;
        println!("{}", stream(&base_url, pages)?);
        return Ok(());
    }
    if !selected("streaming_memory") {
        return Ok(());
    }

    let mock = MockProcess::spawn()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(seed_results(mock.base_url(), SIZES[SIZES.len() - 1] * PAGE))?;
    drop(runtime);

    let mut per_size = Vec::new();
    for pages in SIZES {
        let mut peaks = Vec::new();
        let mut seconds = Vec::new();
        let mut before = Vec::new();
        for _ in 0..RUNS {
            let run = run_child(mock.base_url(), pages)?;
            let number = |key: &str| run.get(key).and_then(Value::as_f64).unwrap_or(0.0);
            peaks.push(number("peak_rss_kib"));
            before.push(number("peak_rss_kib_before_streaming"));
            seconds.push(number("seconds"));
        }
        let (peak, peak_min, peak_max) = median_min_max(&peaks);
        let (secs, secs_min, secs_max) = median_min_max(&seconds);
        let (base, _, _) = median_min_max(&before);
        println!(
            "streaming_memory/{pages} pages ({} results): peak RSS {peak:.0} KiB \
             [{peak_min:.0} {peak_max:.0}], {secs:.2} s [{secs_min:.2} {secs_max:.2}], \
             {base:.0} KiB before streaming",
            pages * PAGE
        );
        per_size.push(json!({
            "pages": pages,
            "items": pages * PAGE,
            "runs": RUNS,
            "peak_rss_kib": {"median": peak, "min": peak_min, "max": peak_max, "all": peaks},
            "peak_rss_kib_before_streaming": {"median": base, "all": before},
            "seconds": {"median": secs, "min": secs_min, "max": secs_max, "all": seconds},
        }));
    }
    let peak_of = |pages: u64| {
        per_size
            .iter()
            .find(|s| s["pages"] == pages)
            .and_then(|s| s["peak_rss_kib"]["median"].as_f64())
            .unwrap_or(0.0)
    };
    let ratio = peak_of(100) / peak_of(10);
    println!("streaming_memory: peak RSS 100 pages / 10 pages = {ratio:.3} (target <= 1.2)");
    let path = write_results(
        "streaming_memory",
        &json!({
            "page_size": PAGE,
            "sizes": per_size,
            "ratio_100_to_10": ratio,
            "target": 1.2,
            "mock": "hirekit-mock in a separate process",
        }),
    )?;
    println!("streaming_memory: figures written to {}", path.display());
    Ok(())
}
