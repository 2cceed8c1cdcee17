//! `cargo xtask bench-report [--no-run] [--quick] [--build-cost | --keep-build-cost]`: runs hirekit's benchmarks
//! (`cargo bench -p hirekit-bench`), reads what they recorded (criterion's
//! `target/criterion/**/new/{benchmark,estimates}.json` and the custom benchmarks'
//! `target/hirekit-bench/*.json`) and writes `docs/benchmarks.md`.
//!
//! * `--no-run` reads the results of the last run instead of running the benchmarks;
//! * `--quick` passes `--quick` to criterion (shorter, noisier measurements);
//! * `--build-cost` also measures build times (clean builds in `target/build-cost/`, which
//!   takes minutes) and the size of the generated code;
//! * `--keep-build-cost` copies the build-cost section of the existing report unchanged, under a
//!   note with the date of the run that measured it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

/// The facade's per-request time over the hand-written baseline, at most.
const OVERHEAD_TARGET: f64 = 1.05;
/// The facade's decode throughput over `serde_json::from_slice`, at least.
const DECODE_TARGET: f64 = 0.95;
/// Peak memory after 100 pages over peak memory after 10 pages, at most.
const STREAMING_TARGET: f64 = 1.2;
/// `cargo xtask codegen --check`, warm, at most (seconds).
const CODEGEN_CHECK_TARGET: f64 = 3.0;
/// What build-time generation may add to a clean build, at most (seconds).
const GENERATION_TARGET: f64 = 15.0;
/// An incremental rebuild after touching one facade file, at most (seconds).
const INCREMENTAL_TARGET: f64 = 10.0;

/// Runs the task.
pub fn run(root: &Path, args: &[String]) -> Result<bool, String> {
    let mut run_benches = true;
    let mut quick = false;
    let mut build_cost = false;
    let mut keep_build_cost = false;
    for arg in args {
        match arg.as_str() {
            "--no-run" => run_benches = false,
            "--keep-build-cost" => keep_build_cost = true,
            "--quick" => quick = true,
            "--build-cost" => build_cost = true,
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let target = target_dir(root);
    let started = SystemTime::now();
    if run_benches {
        let mut command = Command::new(cargo());
        command
            .current_dir(root)
            .args(["bench", "-p", "hirekit-bench"]);
        if quick {
            command.args(["--", "--quick"]);
        }
        eprintln!("bench-report: running {}", describe(&command));
        let status = command
            .status()
            .map_err(|e| format!("cannot run cargo bench: {e}"))?;
        if !status.success() {
            return Err(format!("cargo bench failed ({status})"));
        }
    }
    // Only figures of this run count; with --no-run, those of the last run.
    let since = run_benches.then_some(started);
    let criterion = read_criterion(&target.join("criterion"), since)?;
    let custom = |name: &str| read_custom(&target.join("hirekit-bench"), name, since);
    let streaming = custom("streaming_memory")?;
    let throughput = custom("mock_throughput")?;
    let paired = custom("paired")?.unwrap_or(Value::Null);
    let paired = |key: &str| -> Option<Value> {
        let entry = paired.get(key)?;
        let written = entry["unix_time"].as_u64().unwrap_or(0);
        let since = since.map_or(0, |s| {
            s.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
        });
        (written >= since).then(|| entry.clone())
    };
    let path = root.join("docs/benchmarks.md");
    let kept = if keep_build_cost && !build_cost {
        kept_build_cost(&path)
    } else {
        None
    };
    // `consumer-build-cost` owns its own section; a benchmark run keeps it as it was.
    let consumer_section = std::fs::read_to_string(&path)
        .ok()
        .and_then(|old| crate::consumer_cost::carried(&old));
    let costs = if build_cost {
        Some(measure_build_cost(root, &target)?)
    } else {
        None
    };

    let mut report = Report::default();
    report.header(run_benches, quick, build_cost, kept.is_some());
    report.overhead(&criterion, &paired);
    report.decode(&criterion, &paired);
    report.streaming(streaming.as_ref());
    report.throughput(throughput.as_ref());
    match kept {
        Some(section) => report.text.push_str(&section),
        None => report.build_cost(costs.as_ref()),
    }
    report.reproduce();
    if let Some(section) = consumer_section {
        report.text = crate::consumer_cost::splice(&report.text, &section);
    }
    std::fs::write(&path, &report.text)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    eprintln!("bench-report: wrote {}", path.display());
    Ok(report.all_met)
}

/// The cargo that runs this task (`$CARGO`), else the one on `PATH`.
pub(crate) fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

/// `command` as a person would type it, for the progress messages.
pub(crate) fn describe(command: &Command) -> String {
    let mut text = String::from("cargo");
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Cargo's target directory: `$CARGO_TARGET_DIR`, else `<root>/target`.
pub(crate) fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}

/// One criterion benchmark: `group/function`, its median and the median's 95 % confidence
/// interval in nanoseconds, and its throughput in bytes when it declared one.
#[derive(Debug, Clone)]
struct Estimate {
    median: f64,
    lower: f64,
    upper: f64,
    bytes: Option<f64>,
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("cannot parse {}: {e}", path.display()))
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Every `new/estimates.json` under `dir` (written after `since`, when given), keyed by
/// `(group, function)`.
fn read_criterion(
    dir: &Path,
    since: Option<SystemTime>,
) -> Result<BTreeMap<(String, String), Estimate>, String> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let is_estimates = path.file_name().is_some_and(|n| n == "estimates.json")
                && path
                    .parent()
                    .and_then(Path::file_name)
                    .is_some_and(|n| n == "new");
            if !is_estimates {
                continue;
            }
            if let Some(since) = since
                && modified(&path).is_none_or(|m| m < since)
            {
                continue;
            }
            let estimates = read_json(&path)?;
            let benchmark = read_json(&path.with_file_name("benchmark.json"))?;
            let text = |v: &Value, key: &str| v[key].as_str().unwrap_or_default().to_string();
            let median = &estimates["median"];
            let number = |v: &Value| v.as_f64().unwrap_or(f64::NAN);
            found.insert(
                (
                    text(&benchmark, "group_id"),
                    text(&benchmark, "function_id"),
                ),
                Estimate {
                    median: number(&median["point_estimate"]),
                    lower: number(&median["confidence_interval"]["lower_bound"]),
                    upper: number(&median["confidence_interval"]["upper_bound"]),
                    bytes: benchmark["throughput"]["Bytes"].as_f64(),
                },
            );
        }
    }
    Ok(found)
}

fn read_custom(dir: &Path, name: &str, since: Option<SystemTime>) -> Result<Option<Value>, String> {
    let path = dir.join(format!("{name}.json"));
    if !path.exists() {
        return Ok(None);
    }
    if let Some(since) = since
        && modified(&path).is_none_or(|m| m < since)
    {
        return Ok(None);
    }
    read_json(&path).map(Some)
}

/// With `--keep-build-cost`: the build-cost section of the existing report, copied unchanged
/// under a note giving the date of the run that measured it (build costs take many minutes to
/// measure and do not change when only the benchmarks are rerun).
fn kept_build_cost(path: &Path) -> Option<String> {
    let old = std::fs::read_to_string(path).ok()?;
    let date = old
        .lines()
        .find_map(|l| l.strip_prefix("- date (UTC): "))?
        .trim()
        .to_string();
    let start = old.find("## Build cost\n")?;
    let end = old[start..]
        .find("## Reproduce")
        .map_or(old.len(), |e| start + e);
    let body = &old[start + "## Build cost\n".len()..end];
    let body = match body.find("\n_Carried over") {
        // Already carried over once: keep the original note, not a second one.
        Some(_) => body.to_string(),
        None => format!(
            "\n_Carried over unchanged by `--keep-build-cost` from the run of {date} UTC; the \
             benchmark figures above are from a later run._\n{body}"
        ),
    };
    Some(format!("## Build cost\n{body}"))
}

/// What `--build-cost` measured.
#[derive(Debug, Default)]
struct BuildCost {
    /// The packages the dev profile optimizes.
    overridden: Vec<String>,
    /// (what, with the opt-level overrides, command, seconds).
    builds: Vec<(String, bool, String, Option<f64>)>,
    /// What generation adds, with and without the overrides.
    generation_cost: Option<(Option<f64>, Option<f64>)>,
    incremental: Option<f64>,
    /// `codegen --check` runs, with and without the overrides.
    codegen_check: Vec<(bool, Vec<f64>)>,
    generated_lines: Vec<(String, usize)>,
}

/// Runs `args` with cargo in `root` and returns the seconds it took, `None` when it failed.
fn time_cargo(root: &Path, target: Option<&Path>, args: &[&str]) -> Option<f64> {
    let mut command = Command::new(cargo());
    command.current_dir(root).args(args);
    if let Some(target) = target {
        command.env("CARGO_TARGET_DIR", target);
    }
    eprintln!("bench-report: timing {}", describe(&command));
    let started = Instant::now();
    let status = command.status().ok()?;
    let seconds = started.elapsed().as_secs_f64();
    status.success().then_some(seconds)
}

/// The packages the root `Cargo.toml` optimizes in the dev profile
/// (`[profile.dev.package.<name>]`), and the `--config` arguments that reset them to
/// `opt-level = 0`: a build as a project depending on hirekit makes it, since profile settings
/// of a dependency's workspace never apply to its dependents.
fn without_overrides(root: &Path) -> Vec<String> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    manifest
        .lines()
        .filter_map(|line| {
            let name = line.trim().strip_prefix("[profile.dev.package.")?;
            let name = name.strip_suffix(']')?.trim_matches('"');
            (name != "\"*\"").then(|| name.to_string())
        })
        .flat_map(|name| {
            [
                "--config".to_string(),
                format!("profile.dev.package.{name}.opt-level=0"),
            ]
        })
        .collect()
}

fn measure_build_cost(root: &Path, target: &Path) -> Result<BuildCost, String> {
    let mut cost = BuildCost::default();
    let scratch = target.join("build-cost");
    let reset = without_overrides(root);
    cost.overridden = reset
        .iter()
        .filter_map(|a| a.strip_prefix("profile.dev.package."))
        .filter_map(|a| a.strip_suffix(".opt-level=0"))
        .map(str::to_string)
        .collect();
    let all = "--no-default-features --features jofi,jobmojito,tables,webhooks,rustls";
    // (what, features, with the workspace's opt-level overrides).
    let cases: [(&str, &str, bool); 5] = [
        (
            "every vendor, generated at build time (default features)",
            "",
            true,
        ),
        (
            "every vendor, committed review copies (no `codegen`)",
            all,
            true,
        ),
        (
            "every vendor, generated at build time (default features)",
            "",
            false,
        ),
        (
            "every vendor, committed review copies (no `codegen`)",
            all,
            false,
        ),
        (
            "JOFI only, generated at build time",
            "--no-default-features --features jofi,rustls,codegen",
            true,
        ),
    ];
    for (index, (what, features, overrides)) in cases.iter().enumerate() {
        let dir = scratch.join(format!("case-{index}"));
        if dir.exists() {
            std::fs::remove_dir_all(&dir)
                .map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
        }
        let mut args: Vec<&str> = Vec::new();
        if !overrides {
            args.extend(reset.iter().map(String::as_str));
        }
        args.extend(["build", "--quiet", "-p", "hirekit"]);
        args.extend(features.split_whitespace());
        let seconds = time_cargo(root, Some(&dir), &args);
        let shown = if *overrides {
            format!("cargo build -p hirekit {features}")
        } else {
            format!("cargo <reset overrides> build -p hirekit {features}")
        };
        cost.builds.push((
            what.to_string(),
            *overrides,
            shown.trim().to_string(),
            seconds,
        ));
    }
    let generation = |a: usize, b: usize| match (cost.builds[a].3, cost.builds[b].3) {
        (Some(generated), Some(committed)) => Some(generated - committed),
        _ => None,
    };
    cost.generation_cost = Some((generation(0, 1), generation(2, 3)));

    // Incremental: touch one facade file in the tree of the first (default) build.
    let touched = root.join("crates/hirekit/src/jofi/invitations.rs");
    let text =
        std::fs::read(&touched).map_err(|e| format!("cannot read {}: {e}", touched.display()))?;
    std::fs::write(&touched, &text)
        .map_err(|e| format!("cannot touch {}: {e}", touched.display()))?;
    cost.incremental = time_cargo(
        root,
        Some(&scratch.join("case-0")),
        &["build", "--quiet", "-p", "hirekit"],
    );

    // `codegen --check`, warm: once to build xtask's tree, then three timed runs; with and
    // without the opt-level overrides.
    for overrides in [true, false] {
        let mut args: Vec<&str> = Vec::new();
        if !overrides {
            args.extend(reset.iter().map(String::as_str));
        }
        args.extend(["xtask", "codegen", "--check"]);
        let _ = time_cargo(root, None, &args);
        let mut runs = Vec::new();
        for _ in 0..3 {
            if let Some(seconds) = time_cargo(root, None, &args) {
                runs.push(seconds);
            }
        }
        cost.codegen_check.push((overrides, runs));
    }

    for path in hirekit_codegen::TARGETS.iter().map(|t| t.review_copy) {
        let lines = std::fs::read_to_string(root.join(path))
            .map(|t| t.lines().count())
            .unwrap_or(0);
        cost.generated_lines.push((path.to_string(), lines));
    }
    Ok(cost)
}

/// The text of `docs/benchmarks.md`, and whether every target was met.
struct Report {
    text: String,
    all_met: bool,
}

impl Default for Report {
    fn default() -> Self {
        Report {
            text: String::new(),
            all_met: true,
        }
    }
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "**missed**" }
}

/// A duration in nanoseconds, in the unit that suits it.
fn time(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.3} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn mib_per_s(bytes: f64, ns: f64) -> f64 {
    bytes / (ns / 1e9) / (1024.0 * 1024.0)
}

impl Report {
    fn line(&mut self, text: impl AsRef<str>) {
        self.text.push_str(text.as_ref());
        self.text.push('\n');
    }

    fn target(&mut self, met: bool) -> &'static str {
        self.all_met &= met;
        verdict(met)
    }

    fn header(&mut self, ran: bool, quick: bool, build_cost: bool, kept: bool) {
        let cores = std::thread::available_parallelism().map_or(0, usize::from);
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(|t| {
                t.lines()
                    .find_map(|l| l.strip_prefix("model name").map(str::to_string))
            })
            .map(|l| l.trim_start_matches([' ', '\t', ':']).trim().to_string())
            .unwrap_or_else(|| "unknown".to_string());
        let rustc = Command::new("rustc")
            .arg("-V")
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default();
        self.line("# hirekit benchmarks");
        self.line("");
        self.line(
            "Written by `cargo xtask bench-report` from one run; do not edit the figures by hand.",
        );
        self.line("");
        self.line(format!("- date (UTC): {}", utc_now()));
        self.line(format!(
            "- machine: {cores} cores available to the process (`available_parallelism`), CPU \
             `{cpu}`; the machine is shared, so other work may add noise"
        ));
        self.line(format!("- toolchain: `{rustc}`"));
        let how = match (ran, quick) {
            (true, false) => "`cargo bench -p hirekit-bench`, run by this report",
            (true, true) => {
                "`cargo bench -p hirekit-bench -- --quick`, run by this report (criterion's quick mode: fewer samples, wider intervals)"
            }
            (false, _) => "the last `cargo bench -p hirekit-bench` run (`--no-run`)",
        };
        self.line(format!("- benchmark figures: {how}"));
        self.line(format!(
            "- build cost: {}",
            if build_cost {
                "measured by this report (`--build-cost`)"
            } else if kept {
                "carried over from an earlier run (`--keep-build-cost`), see its note"
            } else {
                "not measured in this run (`--build-cost` not given)"
            }
        ));
        self.line("");
        self.line(
            "Criterion figures are medians with the 95 % confidence interval of the median in \
             brackets; their ratios compare medians of benchmarks run one after the other. For \
             the overhead and decode targets, the verdict that counts is the paired, \
             interleaved comparison under each table (the verdicts in the tables are shown \
             for reference).",
        );
        self.line("");
    }

    /// The paired, interleaved comparison of `key`: one line, and the verdict that counts.
    /// `throughput` states the ratio as baseline time / candidate time (≥ target) instead of
    /// candidate time / baseline time (≤ target).
    fn paired(&mut self, entry: Option<Value>, target: f64, throughput: bool) {
        let Some(p) = entry else {
            self.all_met = false;
            self.line(
                "- Paired, interleaved comparison: not measured in this run (the verdict falls \
                 back to criterion's medians above).",
            );
            return;
        };
        let n = |k: &str| p[k].as_f64().unwrap_or(f64::NAN);
        let (what, median, low, high, met) = if throughput {
            let (m, lo, hi) = (1.0 / n("median"), 1.0 / n("p75"), 1.0 / n("p25"));
            ("throughput ratio facade / baseline", m, lo, hi, m >= target)
        } else {
            let (m, lo, hi) = (n("median"), n("p25"), n("p75"));
            ("time ratio facade / baseline", m, lo, hi, m <= target)
        };
        let verdict = self.target(met);
        self.line(format!(
            "- Paired, interleaved ({} rounds, each timing a batch of {} of the baseline and of \
             the facade, the order alternating): {what} median **{median:.3}** [p25–p75 \
             {low:.3} – {high:.3}] — target {} {target}: {verdict}. This is the verdict that \
             counts: a drift of the shared machine's load between two sequential criterion \
             benchmarks shows up as a difference between them, but cancels out here.",
            p["rounds"],
            p["batch"],
            if throughput { "≥" } else { "≤" },
        ));
    }

    fn overhead(
        &mut self,
        criterion: &BTreeMap<(String, String), Estimate>,
        paired: &dyn Fn(&str) -> Option<Value>,
    ) {
        self.line("## 1. Per-request overhead");
        self.line("");
        self.line(
            "One JOFI `GET /invitations` call answered by a canned loopback HTTP/1.1 keep-alive \
             server (hyper), decoded into the generated `InvitationList`. Baseline: \
             hand-written `reqwest` + `serde_json`. Target: facade / baseline ≤ 1.05. The \
             baseline runs once more after the others (\"again\"): its distance from 1.000 is \
             the noise of the run, and differences smaller than that mean nothing.",
        );
        self.line("");
        let groups: Vec<String> = criterion
            .keys()
            .filter(|(g, _)| g.starts_with("overhead/"))
            .map(|(g, _)| g.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        if groups.is_empty() {
            self.line("_Not measured in this run._");
            self.line("");
            self.all_met = false;
            return;
        }
        for group in groups {
            let get = |f: &str| criterion.get(&(group.clone(), f.to_string())).cloned();
            let baseline = get("reqwest + serde_json");
            self.line(format!("`{group}`:"));
            self.line("");
            self.line("| client | median [95 % CI] | ratio to baseline | target |");
            self.line("|---|---|---|---|");
            for (name, target) in [
                ("reqwest + serde_json", None),
                ("raw generated client", None),
                ("hirekit facade", Some(OVERHEAD_TARGET)),
                ("reqwest + serde_json, again", None),
            ] {
                let Some(e) = get(name) else {
                    self.line(format!("| {name} | not measured | | |"));
                    continue;
                };
                let ratio = baseline.as_ref().map(|b| e.median / b.median);
                let verdict = match (target, ratio) {
                    (Some(t), Some(r)) => format!("≤ {t:.2}: {}", verdict(r <= t)),
                    _ => String::new(),
                };
                self.line(format!(
                    "| {name} | {} [{} – {}] | {} | {verdict} |",
                    time(e.median),
                    time(e.lower),
                    time(e.upper),
                    ratio.map_or("–".to_string(), |r| format!("{r:.3}")),
                ));
            }
            self.line("");
            self.paired(paired(&group), OVERHEAD_TARGET, false);
            self.line("");
        }
    }

    fn decode(
        &mut self,
        criterion: &BTreeMap<(String, String), Estimate>,
        paired: &dyn Fn(&str) -> Option<Value>,
    ) {
        self.line("## 2. Decode throughput");
        self.line("");
        self.line(
            "The same bytes (fixtures answered by hirekit-mock) decoded into the same generated \
             types: baseline `serde_json::from_slice`, against the facade's path for a received \
             answer (shape check, rebuilt `reqwest::Response`, progenitor's \
             `ResponseValue::from_response`), without the network. Target: facade throughput ≥ \
             0.95 × baseline.",
        );
        self.line("");
        let groups: Vec<String> = criterion
            .keys()
            .filter(|(g, _)| g.starts_with("decode/"))
            .map(|(g, _)| g.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        if groups.is_empty() {
            self.line("_Not measured in this run._");
            self.line("");
            self.all_met = false;
            return;
        }
        self.line(
            "| body | decoder | median [95 % CI] | throughput | ratio to baseline | target |",
        );
        self.line("|---|---|---|---|---|---|");
        for group in groups {
            let get = |f: &str| criterion.get(&(group.clone(), f.to_string())).cloned();
            let baseline = get("serde_json::from_slice");
            let body = group.trim_start_matches("decode/").to_string();
            for (name, target) in [
                ("serde_json::from_slice", None),
                ("hirekit facade", Some(DECODE_TARGET)),
            ] {
                let Some(e) = get(name) else {
                    self.line(format!("| {body} | {name} | not measured | | | |"));
                    continue;
                };
                // Throughput ratio = baseline time / facade time.
                let ratio = baseline.as_ref().map(|b| b.median / e.median);
                let verdict = match (target, ratio) {
                    (Some(t), Some(r)) => format!("≥ {t:.2}: {}", verdict(r >= t)),
                    _ => String::new(),
                };
                let throughput = e.bytes.map_or("–".to_string(), |bytes| {
                    format!(
                        "{:.0} MiB/s ({:.0} KiB body)",
                        mib_per_s(bytes, e.median),
                        bytes / 1024.0
                    )
                });
                self.line(format!(
                    "| {body} | {name} | {} [{} – {}] | {throughput} | {} | {verdict} |",
                    time(e.median),
                    time(e.lower),
                    time(e.upper),
                    ratio.map_or("–".to_string(), |r| format!("{r:.3}")),
                ));
            }
        }
        self.line("");
        let keys: Vec<String> = criterion
            .keys()
            .filter(|(g, _)| g.starts_with("decode/"))
            .map(|(g, _)| g.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for group in keys {
            self.line(format!("`{group}`:"));
            self.line("");
            self.paired(paired(&group), DECODE_TARGET, true);
            self.line("");
        }
    }

    fn streaming(&mut self, figures: Option<&Value>) {
        self.line("## 3. Streaming memory");
        self.line("");
        self.line(
            "`jobmojito::Client::results().list_all(..)` with pages of 1,000 from hirekit-mock \
             (run in a separate process), each run in a fresh child process that reports its \
             own peak resident set (`VmHWM`). Target: peak(100 pages) / peak(10 pages) ≤ 1.2.",
        );
        self.line("");
        let Some(figures) = figures else {
            self.line("_Not measured in this run._");
            self.line("");
            self.all_met = false;
            return;
        };
        self.line("| pages | results | peak RSS, median [min – max] | before streaming | time, median [min – max] | runs |");
        self.line("|---|---|---|---|---|---|");
        for size in figures["sizes"].as_array().into_iter().flatten() {
            let kib = |v: &Value| format!("{:.1} MiB", v.as_f64().unwrap_or(f64::NAN) / 1024.0);
            let peak = &size["peak_rss_kib"];
            let secs = &size["seconds"];
            let s = |v: &Value| format!("{:.2} s", v.as_f64().unwrap_or(f64::NAN));
            self.line(format!(
                "| {} | {} | {} [{} – {}] | {} | {} [{} – {}] | {} |",
                size["pages"],
                size["items"],
                kib(&peak["median"]),
                kib(&peak["min"]),
                kib(&peak["max"]),
                kib(&size["peak_rss_kib_before_streaming"]["median"]),
                s(&secs["median"]),
                s(&secs["min"]),
                s(&secs["max"]),
                size["runs"],
            ));
        }
        let ratio = figures["ratio_100_to_10"].as_f64().unwrap_or(f64::NAN);
        let verdict = self.target(ratio <= STREAMING_TARGET);
        self.line("");
        self.line(format!(
            "Ratio of peak RSS, 100 pages / 10 pages (medians): **{ratio:.3}** (target ≤ \
             {STREAMING_TARGET}: {verdict})."
        ));
        self.line("");
    }

    fn throughput(&mut self, figures: Option<&Value>) {
        self.line("## 4. Mock throughput (for the record)");
        self.line("");
        let Some(f) = figures else {
            self.line("_Not measured in this run._");
            self.line("");
            return;
        };
        let rps = &f["requests_per_second"];
        let n = |v: &Value| v.as_f64().unwrap_or(f64::NAN);
        self.line(format!(
            "hirekit-mock in its own process, loaded from a second process with {} concurrent \
             keep-alive connections on `{}`: **{:.0} requests/s** median [min {:.0} – max {:.0}] \
             over {} rounds of {} s; latency p50 {:.0} µs, p99 {:.0} µs; {} failed requests. The \
             load generator and the mock share the machine's cores, so this is a lower bound of \
             what the mock can serve. No target.",
            f["connections"],
            f["endpoint"].as_str().unwrap_or_default(),
            n(&rps["median"]),
            n(&rps["min"]),
            n(&rps["max"]),
            f["rounds"],
            n(&f["round_seconds"]),
            n(&f["latency_us"]["p50"]),
            n(&f["latency_us"]["p99"]),
            f["failed"],
        ));
        self.line("");
    }

    fn build_cost(&mut self, cost: Option<&BuildCost>) {
        self.line("## Build cost");
        self.line("");
        let Some(cost) = cost else {
            self.line(
                "_Not measured in this run: `cargo xtask bench-report --build-cost` measures it._",
            );
            self.line("");
            return;
        };
        self.line(
            "Clean builds use the dev profile, each in its own empty `CARGO_TARGET_DIR` under \
             `target/build-cost/` (dependencies included, nothing shared with other builds). The \
             root `Cargo.toml` optimizes the code generator's hot dependencies in the dev \
             profile; a project that depends on hirekit does not inherit that (profile settings \
             come from the top-level workspace only), so every figure is given both ways: \
             \"workspace profile\" with the overrides, \"as a dependent\" with them reset to \
             `opt-level = 0` through `--config`.",
        );
        self.line("");
        self.line(format!(
            "Optimized in the dev profile: {}.",
            cost.overridden
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        self.line("");
        self.line("| build | profile | command | seconds |");
        self.line("|---|---|---|---|");
        for (what, overrides, command, seconds) in &cost.builds {
            self.line(format!(
                "| {what} | {} | `{command}` | {} |",
                if *overrides {
                    "workspace"
                } else {
                    "as a dependent"
                },
                seconds.map_or("failed".to_string(), |s| format!("{s:.1}"))
            ));
        }
        self.line("");
        let (with, without) = cost.generation_cost.unwrap_or((None, None));
        for (extra, how) in [(with, "workspace profile"), (without, "as a dependent")] {
            match extra {
                Some(extra) => {
                    let verdict = self.target(extra <= GENERATION_TARGET);
                    self.line(format!(
                        "- Build-time generation adds **{extra:.1} s** to a clean build with \
                         every vendor ({how}; generated minus committed copy; target ≤ \
                         {GENERATION_TARGET} s: {verdict})."
                    ));
                }
                None => {
                    self.all_met = false;
                    self.line(format!(
                        "- Build-time generation cost ({how}): not measured (a build failed)."
                    ));
                }
            }
        }
        match cost.incremental {
            Some(s) => {
                let verdict = self.target(s <= INCREMENTAL_TARGET);
                self.line(format!(
                    "- Incremental `cargo build -p hirekit` after touching \
                     `crates/hirekit/src/jofi/invitations.rs` (default features, workspace \
                     profile): **{s:.1} s** (target ≤ {INCREMENTAL_TARGET} s: {verdict})."
                ));
            }
            None => {
                self.all_met = false;
                self.line("- Incremental rebuild: failed.");
            }
        }
        for (overrides, runs) in &cost.codegen_check {
            let how = if *overrides {
                "workspace profile"
            } else {
                "overrides reset"
            };
            let mut sorted = runs.clone();
            sorted.sort_by(f64::total_cmp);
            let Some(&median) = sorted.get(sorted.len() / 2) else {
                if *overrides {
                    self.all_met = false;
                }
                self.line(format!("- `cargo xtask codegen --check` ({how}): failed."));
                continue;
            };
            let all: Vec<String> = runs.iter().map(|s| format!("{s:.2}")).collect();
            let verdict = if *overrides {
                format!(
                    "target ≤ {CODEGEN_CHECK_TARGET} s: {}",
                    self.target(median <= CODEGEN_CHECK_TARGET)
                )
            } else {
                "for comparison".to_string()
            };
            self.line(format!(
                "- `cargo xtask codegen --check`, warm ({how}): median **{median:.2} s** of {} \
                 runs ({} s) ({verdict}).",
                runs.len(),
                all.join(", ")
            ));
        }
        self.line("");
        self.line("Generated lines per spec (the committed review copies):");
        self.line("");
        self.line("| file | lines |");
        self.line("|---|---|");
        for (path, lines) in &cost.generated_lines {
            self.line(format!("| `{path}` | {lines} |"));
        }
        self.line("");
    }

    fn reproduce(&mut self) {
        self.line("## Reproduce");
        self.line("");
        self.line("```sh");
        self.line("cargo bench -p hirekit-bench                 # all four benchmarks");
        self.line("cargo bench -p hirekit-bench --bench overhead # one of them");
        self.line("cargo xtask bench-report                     # run them and rewrite this file");
        self.line("cargo xtask bench-report --no-run            # rewrite it from the last run");
        self.line(
            "cargo xtask bench-report --build-cost        # also measure build times (minutes)",
        );
        self.line("```");
        self.line("");
        self.line(
            "Criterion keeps its raw data in `target/criterion/`; the custom benchmarks \
             (streaming memory, mock throughput) write theirs to `target/hirekit-bench/`.",
        );
    }
}

/// The current UTC time as `YYYY-MM-DD HH:MM`.
fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs();
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rest = secs % 86_400;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let mut text = String::new();
    let _ = write!(
        text,
        "{year:04}-{month:02}-{day:02} {:02}:{:02}",
        rest / 3_600,
        rest % 3_600 / 60
    );
    text
}
