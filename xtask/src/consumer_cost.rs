//! `cargo xtask consumer-build-cost [--runs N] [--dry-run]`: what hirekit costs the clean build
//! of a project that depends on it, against the same project written by hand.
//!
//! Method: `cargo package` (no verification: only the sources are wanted) puts every published
//! crate under `target/package/`. Throwaway binary crates in the system temp directory
//! (`hirekit-consumer-cost/`) depend on those packages through `[patch.crates-io]`, exactly as a
//! crates.io user would: they sit outside the repository, so none of the workspace's profile
//! settings (`.cargo/config.toml`) apply to them. cargo builds path packages incrementally and
//! registry packages not, so every build runs with `CARGO_INCREMENTAL=0`, as hirekit's crates
//! build when they come from crates.io. They call `hirekit::jofi::Client::from_env()`.
//! The baseline is the hand-written stack: reqwest (rustls with ring) + serde + serde_json +
//! tokio + chrono. Each is fetched first (untimed), then built with `cargo build` in an emptied
//! target directory of its own.
//!
//! The builds are paired: `--runs` rounds, each building every case once, odd rounds with the
//! baseline first and even rounds in the reverse order (baseline last). The machine this runs on
//! is shared, and its load can double within minutes; comparing a case's median with the
//! baseline's median could set two different minutes against each other. A ratio taken inside one
//! round compares builds a few minutes apart at most, and the alternating order puts the baseline
//! after the case as often as before it (in exactly half the rounds when their number is even),
//! so a load that rises or falls through a run slows both sides alike. A case's ratio is the
//! median of its per-round ratios (its seconds over the baseline's in the same round); that is
//! what meets or misses its goal.
//!
//! The result replaces the "Cost as a dependency" section of `docs/benchmarks.md`; `--dry-run`
//! writes the crates and prints the commands and the build order without building.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde_json::Value;

use crate::bench_report::{cargo, describe, target_dir};

/// hirekit with its default features, over the hand-written baseline, at most.
pub const DEFAULT_FEATURES_GOAL: f64 = 1.5;
/// hirekit with its default features minus `codegen`, over the baseline, at most (the goal of
/// the default features themselves once `codegen` is not one of them).
pub const WITHOUT_CODEGEN_GOAL: f64 = 1.3;

/// The heading of the section this task owns in `docs/benchmarks.md`.
pub const SECTION: &str = "## Cost as a dependency";

/// The workspace's packages, as `cargo metadata` describes them (read once per run).
fn workspace_packages(root: &Path) -> Result<Vec<Value>, String> {
    let output = Command::new(cargo())
        .current_dir(root)
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err("cargo metadata failed".into());
    }
    let mut metadata: Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("cargo metadata printed no JSON: {e}"))?;
    match metadata["packages"].take() {
        Value::Array(packages) => Ok(packages),
        _ => Err("cargo metadata has no packages".into()),
    }
}

/// The crates users get from crates.io (the workspace members that publish).
fn published(packages: &[Value]) -> Vec<(String, String)> {
    packages
        .iter()
        // `publish: []` is `publish = false`; null means any registry.
        .filter(|p| p["publish"].as_array().is_none_or(|r| !r.is_empty()))
        .filter_map(|p| {
            Some((
                p["name"].as_str()?.to_string(),
                p["version"].as_str()?.to_string(),
            ))
        })
        .collect()
}

/// hirekit's default features, read from its manifest.
fn default_features(packages: &[Value]) -> Result<Vec<String>, String> {
    let hirekit = packages
        .iter()
        .find(|p| p["name"] == "hirekit")
        .ok_or("no hirekit package")?;
    Ok(hirekit["features"]["default"]
        .as_array()
        .ok_or("hirekit has no default features")?
        .iter()
        .filter_map(|f| f.as_str().map(str::to_string))
        .collect())
}

/// One throwaway consumer.
struct Case {
    /// Folder name and table label.
    name: &'static str,
    what: String,
    dependencies: String,
    main: &'static str,
    /// What this case is measured against.
    goal: Goal,
}

/// What a case's build time is held to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Goal {
    /// It is the baseline.
    Baseline,
    /// At most this many times the baseline.
    AtMost(f64),
    /// Shown for reference: an opt-in build with no goal of its own.
    Reference,
}

const HIREKIT_MAIN: &str = "fn main() {\n    match hirekit::jofi::Client::from_env() {\n        \
     Ok(_) => println!(\"client built\"),\n        Err(error) => println!(\"{error}\"),\n    }\n}\n";

const BASELINE_MAIN: &str = r#"use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
struct Account {
    id: i64,
    created_at: chrono::DateTime<chrono::Utc>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let key = std::env::var("JOFI_API_KEY").unwrap_or_default();
    let client = reqwest::Client::builder().build()?;
    let request = client
        .get("https://example.invalid/api/v2/account")
        .bearer_auth(key)
        .build()?;
    let parsed: Result<Account, _> = serde_json::from_str("{}");
    println!("{} {}", request.url(), parsed.is_err());
    Ok(())
}
"#;

fn cases(packages: &[Value]) -> Result<Vec<Case>, String> {
    let defaults = default_features(packages)?;
    let mut cases = vec![Case {
        name: "baseline",
        what: "reqwest (rustls, ring) + serde + serde_json + tokio + chrono, by hand".into(),
        dependencies: "reqwest = { version = \"0.13\", default-features = false, features = \
                       [\"json\", \"rustls-no-provider\"] }\n\
                       rustls = { version = \"0.23\", default-features = false, features = \
                       [\"ring\", \"std\", \"tls12\"] }\n\
                       serde = { version = \"1\", features = [\"derive\"] }\n\
                       serde_json = \"1\"\n\
                       tokio = { version = \"1\", default-features = false, features = \
                       [\"rt-multi-thread\", \"macros\"] }\n\
                       chrono = { version = \"0.4\", default-features = false, features = \
                       [\"serde\", \"std\", \"clock\"] }\n"
            .into(),
        main: BASELINE_MAIN,
        goal: Goal::Baseline,
    }];
    cases.extend(hirekit_cases(&defaults));
    Ok(cases)
}

/// The hirekit consumers, from its default features. The issue's goals are 1.5x for the
/// default features and 1.3x for them without `codegen`. While `codegen` is a default
/// feature those are two builds; once it is not, the default build is the one without it and
/// must meet the stricter goal, and the build with `codegen` is shown for reference.
fn hirekit_cases(defaults: &[String]) -> Vec<Case> {
    let quoted = |features: &[String]| {
        features
            .iter()
            .map(|f| format!("\"{f}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let with_features = |features: &[String]| {
        format!(
            "hirekit = {{ version = \"0.1\", default-features = false, features = [{}] }}\n",
            quoted(features)
        )
    };
    let case = |name, what, dependencies, goal| Case {
        name,
        what,
        dependencies,
        main: HIREKIT_MAIN,
        goal,
    };
    let default = |goal| {
        case(
            "hirekit-default",
            format!("hirekit, default features ({})", defaults.join(", ")),
            "hirekit = \"0.1\"\n".into(),
            goal,
        )
    };
    if defaults.iter().any(|f| f == "codegen") {
        let without: Vec<String> = defaults
            .iter()
            .filter(|f| f.as_str() != "codegen")
            .cloned()
            .collect();
        vec![
            default(Goal::AtMost(DEFAULT_FEATURES_GOAL)),
            case(
                "hirekit-without-codegen",
                format!(
                    "hirekit, default features minus `codegen` ({})",
                    without.join(", ")
                ),
                with_features(&without),
                Goal::AtMost(WITHOUT_CODEGEN_GOAL),
            ),
        ]
    } else {
        let mut with: Vec<String> = defaults.to_vec();
        with.push("codegen".into());
        vec![
            default(Goal::AtMost(WITHOUT_CODEGEN_GOAL)),
            case(
                "hirekit-with-codegen",
                format!(
                    "hirekit, default features plus the opt-in `codegen` ({})",
                    with.join(", ")
                ),
                with_features(&with),
                Goal::Reference,
            ),
        ]
    }
}

/// Runs the task.
pub fn run(root: &Path, args: &[String]) -> Result<bool, String> {
    let mut runs = 1usize;
    let mut dry_run = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--runs" => {
                runs = rest
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| *n > 0)
                    .ok_or("--runs needs a positive number")?;
            }
            "--dry-run" => dry_run = true,
            other => return Err(format!("unknown argument `{other}`")),
        }
    }

    let target = target_dir(root);
    let workspace = workspace_packages(root)?;
    let packages = published(&workspace);
    let mut package = Command::new(cargo());
    package
        .current_dir(root)
        .args(["package", "--no-verify", "--allow-dirty", "--quiet"]);
    for (name, _) in &packages {
        package.args(["-p", name]);
    }
    eprintln!("consumer-build-cost: {}", describe(&package));
    if !dry_run && !package.status().is_ok_and(|s| s.success()) {
        return Err("cargo package failed".into());
    }

    // Without verification cargo leaves only the `.crate` archives: unpack each where a
    // verified run would have (`target/package/<name>-<version>/`).
    if !dry_run {
        for (name, version) in &packages {
            let archive = target
                .join("package")
                .join(format!("{name}-{version}.crate"));
            let unpacked = Command::new("tar")
                .arg("-xzf")
                .arg(&archive)
                .arg("-C")
                .arg(target.join("package"))
                .status()
                .is_ok_and(|s| s.success());
            if !unpacked {
                return Err(format!("cannot unpack {}", archive.display()));
            }
        }
    }
    let patch: String = packages
        .iter()
        .map(|(name, version)| {
            let dir = target.join("package").join(format!("{name}-{version}"));
            format!("{name} = {{ path = \"{}\" }}\n", dir.display())
        })
        .collect();
    // Outside the repository: cargo reads `.cargo/config.toml` from every parent directory, and
    // the workspace's profile settings there must not speed up a consumer's build.
    let scratch = std::env::temp_dir().join("hirekit-consumer-cost");
    let cases = cases(&workspace)?;
    for case in &cases {
        write_consumer(&scratch.join(case.name), case, &patch)?;
    }
    if dry_run {
        for case in &cases {
            eprintln!(
                "consumer-build-cost: would build {}",
                scratch.join(case.name).display()
            );
        }
        for round in 1..=runs {
            let order: Vec<&str> = round_order(round, cases.len())
                .into_iter()
                .map(|index| cases[index].name)
                .collect();
            eprintln!(
                "consumer-build-cost: round {round} would build {}",
                order.join(", ")
            );
        }
        return Ok(true);
    }
    for case in &cases {
        let dir = scratch.join(case.name);
        let mut fetch = Command::new(cargo());
        fetch.current_dir(&dir).args(["fetch", "--quiet"]);
        if !fetch.status().is_ok_and(|s| s.success()) {
            return Err(format!("cargo fetch failed in {}", dir.display()));
        }
    }

    // Round by round, in the alternating order, so that each case has a baseline build from the
    // same minutes of the machine to be divided by. `seconds[case][round - 1]`.
    let mut seconds: Vec<Vec<f64>> = vec![Vec::new(); cases.len()];
    for round in 1..=runs {
        for index in round_order(round, cases.len()) {
            let case = &cases[index];
            let dir = scratch.join(case.name);
            let build_target = dir.join("target");
            if build_target.exists() {
                std::fs::remove_dir_all(&build_target)
                    .map_err(|e| format!("cannot clear {}: {e}", build_target.display()))?;
            }
            let mut build = Command::new(cargo());
            build
                .current_dir(&dir)
                .env("CARGO_TARGET_DIR", &build_target)
                // cargo compiles path packages incrementally and registry packages never. The
                // patched packages are path packages, so without this hirekit's crates would pay
                // incremental compilation's bookkeeping (about 5 s of a 40 s build, measured),
                // which a crates.io user's build does not. The baseline builds the same way.
                .env("CARGO_INCREMENTAL", "0")
                .env_remove("RUSTFLAGS")
                .args(["build", "--quiet"]);
            eprintln!(
                "consumer-build-cost: round {round}/{runs}, timing {} ({})",
                case.name,
                describe(&build)
            );
            let started = Instant::now();
            let ok = build.status().is_ok_and(|s| s.success());
            if !ok {
                return Err(format!("the {} consumer did not build", case.name));
            }
            seconds[index].push(started.elapsed().as_secs_f64());
        }
    }

    let (section, all_met) = section(&cases, &seconds, runs);
    let path = root.join("docs/benchmarks.md");
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    std::fs::write(&path, splice(&old, &section))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    eprintln!("consumer-build-cost: wrote {}", path.display());
    print!("{section}");
    Ok(all_met)
}

fn write_consumer(dir: &Path, case: &Case, patch: &str) -> Result<(), String> {
    let src = dir.join("src");
    std::fs::create_dir_all(&src).map_err(|e| format!("cannot create {}: {e}", src.display()))?;
    let manifest = format!(
        "[package]\nname = \"consumer-{}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\n{}\n[patch.crates-io]\n{patch}\n[workspace]\n",
        case.name, case.dependencies
    );
    let write = |path: PathBuf, text: &str| {
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write(dir.join("Cargo.toml"), &manifest)?;
    write(src.join("main.rs"), case.main)
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// The order in which round `round` (counted from 1) builds `cases` cases, as indices into
/// them (the baseline is index 0): odd rounds in order, so the baseline goes first, even rounds
/// in reverse, so it goes last. A load that rises through two rounds then slows the baseline's
/// builds as much as any case's, where a fixed order would always leave the later cases the
/// slower minutes.
fn round_order(round: usize, cases: usize) -> Vec<usize> {
    if round % 2 == 1 {
        (0..cases).collect()
    } else {
        (0..cases).rev().collect()
    }
}

/// A case's seconds over the baseline's seconds of the same round, round by round.
fn paired_ratios(case: &[f64], baseline: &[f64]) -> Vec<f64> {
    case.iter()
        .zip(baseline)
        .map(|(case, baseline)| case / baseline)
        .collect()
}

/// The ratio that counts for a case, the median of its per-round ratios, and whether it is
/// within `goal`. The median rather than the mean, so one round that met a spike of load on one
/// side cannot decide the verdict. No ratios at all is a miss.
fn verdict(ratios: &[f64], goal: f64) -> (f64, bool) {
    let ratio = median(ratios);
    (ratio, ratio <= goal)
}

/// The report section, and whether every goal was met. `seconds[case][round]`, the baseline
/// first.
fn section(cases: &[Case], seconds: &[Vec<f64>], runs: usize) -> (String, bool) {
    let baseline = &seconds[0];
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let mut text = format!(
        "{SECTION}\n\nWritten by `cargo xtask consumer-build-cost --runs {runs}` ({cores} cores, \
         {rustc}). A new binary crate outside the workspace depends on the packaged crates \
         (`cargo package`, patched in as crates.io would serve them, so no workspace profile \
         setting helps) and calls `hirekit::jofi::Client::from_env()`; the baseline writes the \
         same stack by hand. Each is a clean `cargo build` (dev profile, dependencies included, \
         downloads done beforehand, `CARGO_INCREMENTAL=0` because cargo never builds a \
         crates.io dependency incrementally but would build the patched-in path packages so) in \
         an empty target directory of its own. The builds are \
         paired: each of the {runs} round(s) builds every consumer once, odd rounds with the \
         baseline first and even rounds in the reverse order (baseline last), so a load on the \
         shared machine that rises or falls during the run weighs on both sides of a ratio \
         alike. A consumer's ratio in a round is its time over the baseline's time in that \
         round; the median of those per-round ratios is the `over the baseline` column and is \
         what meets or misses the goal. The times (round by round) and their medians are shown \
         for reference; the ratio of the two medians is not used. Where the time goes, and what \
         would lower it: [build-cost.md](build-cost.md).\n\n\
         | consumer | runs (s) | median (s) | per-round ratios | over the baseline | goal |\n\
         |---|---|---|---|---|---|\n"
    );
    let mut all_met = true;
    for (case, times) in cases.iter().zip(seconds) {
        let ratios = paired_ratios(times, baseline);
        let listed = ratios
            .iter()
            .map(|r| format!("{r:.2}x"))
            .collect::<Vec<_>>()
            .join(", ");
        let (ratio, per_round, goal) = match case.goal {
            Goal::Baseline => (median(&ratios), "—".to_string(), "baseline".to_string()),
            Goal::AtMost(goal) => {
                let (ratio, met) = verdict(&ratios, goal);
                all_met &= met;
                let said = if met { "met" } else { "**missed**" };
                (ratio, listed, format!("≤ {goal:.1}x: {said}"))
            }
            Goal::Reference => (median(&ratios), listed, "none (opt-in)".to_string()),
        };
        let runs: Vec<String> = times.iter().map(|s| format!("{s:.1}")).collect();
        let _ = writeln!(
            text,
            "| {} | {} | {:.1} | {per_round} | {ratio:.2}x | {goal} |",
            case.what,
            runs.join(", "),
            median(times),
        );
    }
    text.push('\n');
    (text, all_met)
}

/// `old` with its "Cost as a dependency" section replaced by `section` (or added before
/// "## Reproduce", else at the end).
pub fn splice(old: &str, section: &str) -> String {
    let body = match existing(old) {
        Some((start, end)) => format!("{}{}", &old[..start], &old[end..]),
        None => old.to_string(),
    };
    match body.find("## Reproduce") {
        Some(at) => format!("{}{section}{}", &body[..at], &body[at..]),
        None => format!("{body}\n{section}"),
    }
}

/// The section in a report, to carry over when the rest is rewritten.
pub fn carried(old: &str) -> Option<String> {
    existing(old).map(|(start, end)| old[start..end].to_string())
}

/// Where the section is: from its heading to the next `## ` heading.
fn existing(text: &str) -> Option<(usize, usize)> {
    let start = text.find(&format!("{SECTION}\n"))?;
    let after = start + SECTION.len() + 1;
    let end = text[after..]
        .find("\n## ")
        .map_or(text.len(), |e| after + e + 1);
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A consumer case for the report's table: only its name and goal matter there.
    fn case(name: &'static str, goal: Goal) -> Case {
        Case {
            name,
            what: name.to_string(),
            dependencies: String::new(),
            main: "",
            goal,
        }
    }

    const REPORT: &str = "# Benchmarks\n\n## Build cost\n\nold\n\n## Reproduce\n\nsteps\n";

    #[test]
    fn the_section_goes_before_reproduce_and_replaces_itself() {
        let once = splice(REPORT, "## Cost as a dependency\n\nfirst\n\n");
        assert_eq!(
            once,
            "# Benchmarks\n\n## Build cost\n\nold\n\n## Cost as a dependency\n\nfirst\n\n\
             ## Reproduce\n\nsteps\n"
        );
        let twice = splice(&once, "## Cost as a dependency\n\nsecond\n\n");
        assert!(
            twice.contains("second") && !twice.contains("first"),
            "{twice}"
        );
        assert_eq!(
            carried(&twice).as_deref(),
            Some("## Cost as a dependency\n\nsecond\n\n")
        );
        assert_eq!(carried(REPORT), None);
    }

    #[test]
    fn without_codegen_in_the_defaults_the_default_build_meets_the_stricter_goal() {
        let defaults: Vec<String> = ["jofi", "webhooks"].map(String::from).to_vec();
        let cases = hirekit_cases(&defaults);
        assert_eq!(cases[0].goal, Goal::AtMost(WITHOUT_CODEGEN_GOAL));
        assert_eq!(cases[1].goal, Goal::Reference);
        assert!(
            cases[1]
                .dependencies
                .contains("\"jofi\", \"webhooks\", \"codegen\""),
            "{}",
            cases[1].dependencies
        );
        let mut with = defaults.clone();
        with.push("codegen".into());
        let cases = hirekit_cases(&with);
        assert_eq!(cases[0].goal, Goal::AtMost(DEFAULT_FEATURES_GOAL));
        assert_eq!(cases[1].goal, Goal::AtMost(WITHOUT_CODEGEN_GOAL));
        assert!(!cases[1].dependencies.contains("codegen"));
    }

    #[test]
    fn the_median_of_even_and_odd_counts() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
    }

    #[test]
    fn a_goal_is_missed_when_the_ratio_is_above_it() {
        let cases = [
            case("baseline", Goal::Baseline),
            case("hirekit", Goal::AtMost(1.5)),
        ];
        let (text, met) = section(&cases, &[vec![40.0], vec![58.0]], 1);
        assert!(met, "{text}");
        assert!(
            text.contains("| hirekit | 58.0 | 58.0 | 1.45x | 1.45x | ≤ 1.5x: met |"),
            "{text}"
        );
        let (text, met) = section(&cases, &[vec![40.0], vec![61.0]], 1);
        assert!(!met);
        assert!(text.contains("**missed**"), "{text}");
    }

    #[test]
    fn odd_rounds_build_the_baseline_first_and_even_rounds_last() {
        assert_eq!(round_order(1, 3), [0, 1, 2]);
        assert_eq!(round_order(2, 3), [2, 1, 0]);
        assert_eq!(round_order(3, 3), [0, 1, 2]);
        assert_eq!(round_order(4, 3), [2, 1, 0]);
        assert_eq!(round_order(1, 1), [0]);
        assert_eq!(round_order(2, 1), [0]);
    }

    #[test]
    fn over_an_even_number_of_rounds_every_case_sits_on_average_in_the_same_slot() {
        // A load that grows steadily with the slot number then costs every case the same.
        let cases = 3;
        let mut slots = vec![0usize; cases];
        for round in 1..=4 {
            let order = round_order(round, cases);
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, [0, 1, 2], "round {round} builds each case once");
            for (slot, case) in order.into_iter().enumerate() {
                slots[case] += slot;
            }
        }
        assert_eq!(slots, [4, 4, 4]);
    }

    #[test]
    fn the_ratios_are_paired_round_by_round() {
        let ratios = paired_ratios(&[60.0, 90.0, 50.0], &[40.0, 60.0, 50.0]);
        assert_eq!(ratios, [1.5, 1.5, 1.0]);
    }

    // If every round met the goal, the ratio of the medians would meet it too (a median never
    // exceeds the other side's when each value is below its pair), so the cases where the two
    // methods disagree have some rounds on each side of the goal.
    #[test]
    fn the_median_of_paired_ratios_meets_where_the_ratio_of_medians_misses() {
        // The baseline drifts from 40 to 80 s; the case's third build met a spike of load.
        let baseline = [40.0, 80.0, 60.0];
        let case = [58.0, 112.0, 150.0];
        assert!(median(&case) / median(&baseline) > 1.5);
        let (ratio, met) = verdict(&paired_ratios(&case, &baseline), 1.5);
        assert!(met, "{ratio}");
        assert!((ratio - 1.45).abs() < 1e-9, "{ratio}");
    }

    #[test]
    fn the_median_of_paired_ratios_misses_where_the_ratio_of_medians_meets() {
        // The case's fastest build fell in the baseline's slowest round.
        let baseline = [40.0, 80.0, 60.0];
        let case = [64.0, 88.0, 100.0];
        assert!(median(&case) / median(&baseline) <= 1.5);
        let (ratio, met) = verdict(&paired_ratios(&case, &baseline), 1.5);
        assert!(!met, "{ratio}");
        assert!((ratio - 1.6).abs() < 1e-9, "{ratio}");
    }

    #[test]
    fn an_even_number_of_rounds_takes_the_mean_of_the_two_middle_ratios() {
        let baseline = [40.0; 4];
        let (ratio, met) = verdict(&paired_ratios(&[48.0, 55.2, 64.0, 72.0], &baseline), 1.5);
        assert!(met && (ratio - 1.49).abs() < 1e-9, "{ratio}");
        let (ratio, met) = verdict(&paired_ratios(&[48.0, 56.0, 64.8, 72.0], &baseline), 1.5);
        assert!(!met && (ratio - 1.51).abs() < 1e-9, "{ratio}");
    }

    #[test]
    fn an_odd_number_of_rounds_takes_the_middle_ratio() {
        let baseline = [50.0; 5];
        let case = [200.0, 70.0, 60.0, 80.0, 55.0];
        let (ratio, met) = verdict(&paired_ratios(&case, &baseline), 1.3);
        assert!((ratio - 1.4).abs() < 1e-9, "{ratio}");
        assert!(!met);
        let (_, met) = verdict(&paired_ratios(&case, &baseline), 1.4);
        assert!(met, "a ratio equal to the goal meets it");
    }

    #[test]
    fn no_rounds_is_a_miss() {
        let (ratio, met) = verdict(&[], 1.5);
        assert!(ratio.is_nan() && !met);
    }

    #[test]
    fn the_table_shows_every_round_and_judges_by_the_paired_ratios() {
        let cases = [
            case("baseline", Goal::Baseline),
            case("hirekit", Goal::AtMost(1.5)),
            case("opt-in", Goal::Reference),
        ];
        let seconds = [
            vec![40.0, 80.0, 60.0],
            vec![58.0, 112.0, 150.0],
            vec![200.0, 400.0, 300.0],
        ];
        let (text, met) = section(&cases, &seconds, 3);
        assert!(met, "a reference case has no goal to miss: {text}");
        assert!(
            text.contains("| baseline | 40.0, 80.0, 60.0 | 60.0 | — | 1.00x | baseline |"),
            "{text}"
        );
        assert!(
            text.contains(
                "| hirekit | 58.0, 112.0, 150.0 | 112.0 | 1.45x, 1.40x, 2.50x | 1.45x | \
                 ≤ 1.5x: met |"
            ),
            "{text}"
        );
        assert!(
            text.contains("| opt-in | 200.0, 400.0, 300.0 | 300.0 | 5.00x, 5.00x, 5.00x | 5.00x |"),
            "{text}"
        );
        assert!(text.contains("median of those per-round ratios"), "{text}");
    }
}
