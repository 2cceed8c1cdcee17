//! Shared pieces of hirekit's benchmarks: a canned-answer HTTP server and fixtures produced by
//! hirekit-mock (so every fixture is a valid answer of the spec).

use std::convert::Infallible;
use std::net::SocketAddr;

use bytes::Bytes;
use http_body_util::Full;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// The interview the seeded JobMojito results belong to.
pub const BENCH_INTERVIEW: &str = "00000000-0000-4000-8000-0000000b3c11";

/// The JOFI key the benchmarks use against canned servers and the mock.
pub const JOFI_KEY: &str = "sk_test_bench";

/// Starts a minimal HTTP/1.1 keep-alive server on loopback that answers every request with
/// `body` as `application/json`, and returns its address. It runs until the runtime stops.
pub async fn canned_server(body: Bytes) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let _ = stream.set_nodelay(true);
            let body = body.clone();
            tokio::spawn(async move {
                let service = service_fn(move |_request: Request<hyper::body::Incoming>| {
                    let body = body.clone();
                    async move {
                        let mut response = Response::new(Full::new(body));
                        response.headers_mut().insert(
                            hyper::header::CONTENT_TYPE,
                            hyper::header::HeaderValue::from_static("application/json"),
                        );
                        Ok::<_, Infallible>(response)
                    }
                });
                let _ = http1::Builder::new()
                    .keep_alive(true)
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(addr)
}

/// Fetches `path` from a mock with `token` and returns the body.
async fn fetch(url: String, token: &str) -> Result<Bytes, Box<dyn std::error::Error>> {
    hirekit_mock::install_crypto_provider();
    let response = reqwest::Client::new()
        .get(url)
        .bearer_auth(token)
        .send()
        .await?
        .error_for_status()?;
    Ok(response.bytes().await?)
}

async fn control(
    mock: &hirekit_mock::MockServer,
    path: &str,
    body: serde_json::Value,
) -> Result<serde_json::Value, Box<dyn std::error::Error>> {
    let response = reqwest::Client::new()
        .post(format!("{}/__mock/{path}", mock.base_url()))
        .json(&body)
        .send()
        .await?
        .error_for_status()?;
    Ok(response.json().await?)
}

/// A JOFI invitation list of about `target` bytes, as the mock answers it.
pub async fn jofi_invitation_list(target: usize) -> Result<Bytes, Box<dyn std::error::Error>> {
    let mock = hirekit_mock::MockServer::start().await?;
    let url = format!("{}/invitations", mock.jofi_url());
    let mut body = fetch(url.clone(), JOFI_KEY).await?;
    while body.len() < target {
        control(&mock, "jofi/seed", serde_json::json!({"invitations": 1})).await?;
        body = fetch(url.clone(), JOFI_KEY).await?;
    }
    mock.shutdown().await;
    Ok(body)
}

/// A JOFI test-taker list of 30 items (the most the list holds), as the mock answers it.
pub async fn jofi_test_taker_list() -> Result<Bytes, Box<dyn std::error::Error>> {
    let mock = hirekit_mock::MockServer::start().await?;
    control(
        &mock,
        "jofi/seed",
        serde_json::json!({"invitations": 30, "accept": true, "complete": true}),
    )
    .await?;
    let body = fetch(format!("{}/test-takers", mock.jofi_url()), JOFI_KEY).await?;
    mock.shutdown().await;
    Ok(body)
}

/// A 1,000-row JobMojito `merchant-result-list` page, as the mock answers it.
pub async fn jobmojito_result_page() -> Result<Bytes, Box<dyn std::error::Error>> {
    let mock = hirekit_mock::MockServer::start().await?;
    control(
        &mock,
        "jobmojito/results/seed",
        serde_json::json!({"interview_id": BENCH_INTERVIEW, "count": 1000}),
    )
    .await?;
    let body = fetch(
        format!("{}/merchant-result-list?limit=1000", mock.functions_url()),
        hirekit_mock::config::DEMO_TOKEN,
    )
    .await?;
    mock.shutdown().await;
    Ok(body)
}

/// The environment variable that turns a benchmark executable into one of its own helper
/// processes (`mock`: host a mock server; other values are defined by each benchmark).
pub const ROLE_VAR: &str = "HIREKIT_BENCH_ROLE";

/// The directory the custom (non-criterion) benchmarks write their figures to:
/// `<target dir>/hirekit-bench/`, next to criterion's `<target dir>/criterion/`.
pub fn results_dir() -> std::path::PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            // A bench executable lives in `<target>/<profile>/deps/`.
            let exe = std::env::current_exe().ok()?;
            Some(exe.parent()?.parent()?.parent()?.to_path_buf())
        })
        .unwrap_or_else(|| std::path::PathBuf::from("target"));
    target.join("hirekit-bench")
}

/// Writes `figures` as `<results_dir>/<name>.json` and returns the path.
pub fn write_results(
    name: &str,
    figures: &serde_json::Value,
) -> std::io::Result<std::path::PathBuf> {
    let dir = results_dir();
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{name}.json"));
    let text = serde_json::to_string_pretty(figures).map_err(std::io::Error::other)?;
    std::fs::write(&path, text + "\n")?;
    Ok(path)
}

/// Whether a custom benchmark called `name` should run, given the arguments `cargo bench`
/// passed (a filter argument that `name` does not contain skips it, as criterion does).
pub fn selected(name: &str) -> bool {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
}

/// A field of `/proc/self/status` in KiB (`VmHWM` is the peak resident set, `VmRSS` the
/// current one); `None` where the file does not exist (not Linux).
pub fn proc_status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|line| {
        let rest = line.strip_prefix(field)?.strip_prefix(':')?;
        rest.trim().trim_end_matches("kB").trim().parse().ok()
    })
}

/// A hirekit-mock server running in a child process: this executable run again with
/// [`ROLE_VAR`]`=mock` (see [`host_mock_if_asked`]), so its work does not count in this
/// process's memory or share its runtime. The child stops when this value is dropped.
#[derive(Debug)]
pub struct MockProcess {
    child: std::process::Child,
    base_url: String,
}

impl MockProcess {
    /// Starts the child and waits until it prints the mock's base URL.
    pub fn spawn() -> std::io::Result<Self> {
        use std::io::BufRead as _;
        let mut child = std::process::Command::new(std::env::current_exe()?)
            .env(ROLE_VAR, "mock")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()?;
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| std::io::Error::other("no stdout"))?;
        let mut line = String::new();
        std::io::BufReader::new(stdout).read_line(&mut line)?;
        let base_url = line.trim().to_string();
        if !base_url.starts_with("http://") {
            let _ = child.kill();
            let _ = child.wait();
            return Err(std::io::Error::other(format!(
                "the mock process said `{base_url}`"
            )));
        }
        Ok(MockProcess { child, base_url })
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The process id of the child.
    pub fn id(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for MockProcess {
    fn drop(&mut self) {
        // Closing stdin asks the child to stop; kill it if it has not within a second.
        drop(self.child.stdin.take());
        for _ in 0..20 {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// When [`ROLE_VAR`] is `mock`: starts a mock server, prints its base URL on one line, serves
/// until stdin closes, and returns `true`. Otherwise returns `false` at once. A benchmark's
/// `main` calls this first.
pub fn host_mock_if_asked() -> bool {
    if std::env::var(ROLE_VAR).as_deref() != Ok("mock") {
        return false;
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            println!("no runtime: {e}");
            return true;
        }
    };
    runtime.block_on(async {
        let mock = match hirekit_mock::MockServer::start().await {
            Ok(mock) => mock,
            Err(e) => {
                println!("mock failed: {e}");
                return;
            }
        };
        println!("{}", mock.base_url());
        let _ = std::io::Write::flush(&mut std::io::stdout());
        let _ = tokio::task::spawn_blocking(|| {
            let _ = std::io::copy(&mut std::io::stdin(), &mut std::io::sink());
        })
        .await;
        mock.shutdown().await;
    });
    true
}

/// Seeds `count` finished JobMojito results of [`BENCH_INTERVIEW`] into the mock at
/// `base_url` (a mock of another process).
pub async fn seed_results(base_url: &str, count: u64) -> Result<(), Box<dyn std::error::Error>> {
    hirekit_mock::install_crypto_provider();
    reqwest::Client::new()
        .post(format!("{base_url}/__mock/jobmojito/results/seed"))
        .json(&serde_json::json!({"interview_id": BENCH_INTERVIEW, "count": count}))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}

/// Seeds `count` JOFI invitations into the mock at `base_url` (a mock of another process).
pub async fn seed_invitations(
    base_url: &str,
    count: u64,
) -> Result<(), Box<dyn std::error::Error>> {
    hirekit_mock::install_crypto_provider();
    reqwest::Client::new()
        .post(format!("{base_url}/__mock/jofi/seed"))
        .json(&serde_json::json!({"invitations": count}))
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}

/// The median and the spread (minimum, maximum) of `values`; zeros when empty.
pub fn median_min_max(values: &[f64]) -> (f64, f64, f64) {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let Some((&min, &max)) = sorted.first().zip(sorted.last()) else {
        return (0.0, 0.0, 0.0);
    };
    let mid = sorted.len() / 2;
    let median = if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    };
    (median, min, max)
}

/// Paired, interleaved timing of a candidate against its baseline, which a slow drift of the
/// machine's load (other work on a shared machine) cannot bias the way it can bias two
/// benchmarks measured one after the other: each of `rounds` rounds times one batch of each,
/// the order alternating between rounds, and yields candidate time / baseline time.
pub fn paired_ratios(
    rounds: usize,
    mut baseline: impl FnMut() -> std::time::Duration,
    mut candidate: impl FnMut() -> std::time::Duration,
) -> Vec<f64> {
    // One untimed round to warm both up.
    baseline();
    candidate();
    (0..rounds)
        .map(|round| {
            let (base, cand) = if round % 2 == 0 {
                let base = baseline();
                (base, candidate())
            } else {
                let cand = candidate();
                (baseline(), cand)
            };
            cand.as_secs_f64() / base.as_secs_f64()
        })
        .collect()
}

/// Records the paired ratios of one comparison in `<results_dir>/paired.json` (merged with the
/// comparisons already there from the same bench run) and prints them.
pub fn record_paired(key: &str, batch: usize, ratios: &[f64]) -> std::io::Result<()> {
    let path = results_dir().join("paired.json");
    let mut all: serde_json::Map<String, serde_json::Value> = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let mut sorted = ratios.to_vec();
    sorted.sort_by(f64::total_cmp);
    let quartile = |q: f64| {
        sorted
            .get(((sorted.len().saturating_sub(1)) as f64 * q).round() as usize)
            .copied()
            .unwrap_or(f64::NAN)
    };
    let (median, min, max) = median_min_max(ratios);
    println!(
        "{key}: paired time ratio candidate/baseline median {median:.3} \
         [p25 {:.3} p75 {:.3}; min {min:.3} max {max:.3}] over {} rounds of {batch}",
        quartile(0.25),
        quartile(0.75),
        ratios.len()
    );
    all.insert(
        key.to_string(),
        serde_json::json!({
            "batch": batch,
            "rounds": ratios.len(),
            "median": median,
            "p25": quartile(0.25),
            "p75": quartile(0.75),
            "min": min,
            "max": max,
            "unix_time": std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
        }),
    );
    write_results("paired", &serde_json::Value::Object(all)).map(|_| ())
}
