//! `cargo xtask release-check [--base <git-rev>]`: does the version in `Cargo.toml` rise enough
//! for what changed since the last release?
//!
//! The last release is the newest tag `v<major>.<minor>.<patch>` (or `--base`). What changed is
//! read the way `spec-diff` and `codegen` already read it: the structural spec comparison, and
//! the generated clients' API surface (operations, types, fields, the traits each type
//! implements, setters, table columns) of the committed review copies then and now. Anything
//! breaking needs a breaking bump (the minor number while the major is 0, as cargo reads
//! semver); anything added needs at least a compatible one; nothing changed needs none.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;
use std::process::Command;

use hirekit_codegen::{Surface, SurfaceDiff, TARGETS};
use hirekit_spec::Spec;

use crate::spec_diff::{self, Impact};

/// A crate version `major.minor.patch` (pre-release and build tags are not used here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    major: u64,
    minor: u64,
    patch: u64,
}

impl Version {
    /// Parses `1.2.3` (a leading `v` is allowed, as in tags).
    pub fn parse(text: &str) -> Result<Self, String> {
        let bare = text.trim().trim_start_matches('v');
        let parts: Vec<&str> = bare.split('.').collect();
        let number = |i: usize| -> Result<u64, String> {
            parts
                .get(i)
                .and_then(|p| p.parse().ok())
                .ok_or_else(|| format!("`{text}` is not a version major.minor.patch"))
        };
        if parts.len() != 3 {
            return Err(format!("`{text}` is not a version major.minor.patch"));
        }
        Ok(Self {
            major: number(0)?,
            minor: number(1)?,
            patch: number(2)?,
        })
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// How far a version moves, in cargo's semver reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    /// Same version.
    None,
    /// Users on `^old` get it and nothing of theirs breaks.
    Compatible,
    /// Users on `^old` do not get it: it may break them.
    Breaking,
}

impl Bump {
    /// The bump from `old` to `new`; `None` also when `new` is lower (a mistake reported as
    /// too small a bump).
    pub fn between(old: Version, new: Version) -> Self {
        if new <= old {
            return Bump::None;
        }
        let breaking = if old.major == 0 {
            new.major > 0 || new.minor > old.minor
        } else {
            new.major > old.major
        };
        if breaking {
            Bump::Breaking
        } else {
            Bump::Compatible
        }
    }
}

/// One change since the release, and the bump it needs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// The bump this change asks for.
    pub needs: Bump,
    /// What changed, worded for a reviewer.
    pub what: String,
}

/// Whether a line of a [`SurfaceDiff`] only adds: a new operation, type, table or builder, a
/// builder that only gained setters, or a type that only gained traits (or no longer needs a
/// feature for one). Everything else (removed or retyped items, new or changed fields of
/// public structs, new variants of exhaustive enums, a trait lost or moved behind a feature)
/// can break a user.
pub fn surface_line_is_addition(line: &str) -> bool {
    const ADDED: [&str; 4] = [
        "operation added:",
        "type added:",
        "table added:",
        "builder added:",
    ];
    if ADDED.iter().any(|prefix| line.starts_with(prefix)) {
        return true;
    }
    // Each part of a changed line: whether it only adds.
    let only_adds = |prefix: &str, adds: fn(&str) -> bool| {
        line.strip_prefix(prefix)
            .and_then(|rest| rest.split_once(": "))
            .is_some_and(|(_, parts)| parts.split("; ").all(adds))
    };
    only_adds("builder changed: ", |part| {
        part.starts_with("setter `") && part.contains("` added")
    }) || only_adds("traits changed: ", |part| {
        part.starts_with("trait `")
            && (part.ends_with("` added") || part.contains("` no longer needs "))
    })
}

/// The bump a line of a [`SurfaceDiff`] needs.
fn surface_line_needs(line: &str) -> Bump {
    if surface_line_is_addition(line) {
        Bump::Compatible
    } else {
        Bump::Breaking
    }
}

/// The smallest bump that covers every change.
pub fn required(changes: &[Change]) -> Bump {
    changes.iter().map(|c| c.needs).max().unwrap_or(Bump::None)
}

pub fn run(root: &Path, args: &[String]) -> Result<bool, String> {
    let base = match args {
        [] => match last_release_tag(root)? {
            Some(tag) => tag,
            None => {
                println!(
                    "release-check: no release tag (v<major>.<minor>.<patch>) yet, so nothing \
                     to compare; the first release is the version in Cargo.toml"
                );
                return Ok(true);
            }
        },
        [flag, rev] if flag == "--base" => rev.clone(),
        _ => return Err("usage: cargo xtask release-check [--base <git-rev>]".into()),
    };

    let old_version = workspace_version(&spec_diff::git_show(root, &base, "Cargo.toml")?)?;
    let new_version = workspace_version(
        &std::fs::read_to_string(root.join("Cargo.toml"))
            .map_err(|e| format!("cannot read Cargo.toml: {e}"))?,
    )?;
    let changes = changes_since(root, &base)?;
    let needed = required(&changes);
    let bumped = Bump::between(old_version, new_version);

    println!(
        "release-check: {base} ({old_version}) -> working tree ({new_version}): {} change(s)",
        changes.len()
    );
    for change in &changes {
        let tag = match change.needs {
            Bump::Breaking => "BREAKING",
            Bump::Compatible => "added",
            Bump::None => "none",
        };
        println!("  [{tag}] {}", change.what);
    }
    if bumped < needed {
        println!(
            "release-check: FAILED: the changes need a {needed:?} bump, but {old_version} -> \
             {new_version} is {bumped:?}"
        );
        return Ok(false);
    }
    println!("release-check: ok ({bumped:?} bump, {needed:?} needed)");
    Ok(true)
}

/// Every change to the specs and the generated surfaces between `base` and the working tree.
fn changes_since(root: &Path, base: &str) -> Result<Vec<Change>, String> {
    let mut changes = Vec::new();
    let specs: BTreeSet<&str> = TARGETS.iter().map(|t| t.spec).collect();
    for name in specs {
        let Ok(old_text) = spec_diff::git_show(root, base, name) else {
            changes.push(Change {
                needs: Bump::Compatible,
                what: format!("{name}: new spec"),
            });
            continue;
        };
        let old = Spec::parse(&format!("{base}:{name}"), &old_text).map_err(|e| e.to_string())?;
        let new = Spec::load(&root.join(name), name).map_err(|e| e.to_string())?;
        for finding in spec_diff::compare(&old, &new) {
            changes.push(Change {
                needs: match finding.impact {
                    Impact::Breaking => Bump::Breaking,
                    Impact::Compatible => Bump::Compatible,
                },
                what: format!("{name}: {}", finding.what),
            });
        }
    }
    for target in TARGETS {
        // A target added since the release has no old copy: all of it is new.
        let old = match spec_diff::git_show(root, base, target.review_copy) {
            Ok(text) => Surface::of_source(&text)?,
            Err(_) => Surface::default(),
        };
        let new_text = std::fs::read_to_string(root.join(target.review_copy))
            .map_err(|e| format!("cannot read {}: {e}", target.review_copy))?;
        let new = Surface::of_source(&new_text)?;
        for line in SurfaceDiff::between(&old, &new).lines {
            changes.push(Change {
                needs: surface_line_needs(&line),
                what: format!("{}: {line}", target.review_copy),
            });
        }
    }
    changes.sort();
    changes.dedup();
    Ok(changes)
}

/// The newest tag that names a version, if any.
fn last_release_tag(root: &Path) -> Result<Option<String>, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["tag", "--list", "v[0-9]*"])
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "git tag: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text
        .lines()
        .filter_map(|tag| Version::parse(tag).ok().map(|v| (v, tag.to_string())))
        .max()
        .map(|(_, tag)| tag))
}

/// The `version` of `[workspace.package]` in a workspace manifest.
pub fn workspace_version(manifest: &str) -> Result<Version, String> {
    let mut in_section = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_section = line == "[workspace.package]";
            continue;
        }
        if !in_section {
            continue;
        }
        if let Some(value) = line
            .strip_prefix("version")
            .map(str::trim_start)
            .and_then(|rest| rest.strip_prefix('='))
        {
            return Version::parse(value.trim().trim_matches('"'));
        }
    }
    Err("Cargo.toml has no `version` in [workspace.package]".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        Version::parse(text).expect("a version")
    }

    #[test]
    fn bumps_follow_cargo_semver_below_and_above_one() {
        assert_eq!(Bump::between(v("0.1.0"), v("0.1.0")), Bump::None);
        assert_eq!(Bump::between(v("0.1.0"), v("0.1.1")), Bump::Compatible);
        assert_eq!(Bump::between(v("0.1.3"), v("0.2.0")), Bump::Breaking);
        assert_eq!(Bump::between(v("0.9.0"), v("1.0.0")), Bump::Breaking);
        assert_eq!(Bump::between(v("1.2.3"), v("1.3.0")), Bump::Compatible);
        assert_eq!(Bump::between(v("1.2.3"), v("2.0.0")), Bump::Breaking);
        // Going down is never enough.
        assert_eq!(Bump::between(v("0.2.0"), v("0.1.9")), Bump::None);
    }

    #[test]
    fn only_pure_additions_of_the_surface_are_compatible() {
        assert!(surface_line_is_addition(
            "operation added: list_things (GET /things)"
        ));
        assert!(surface_line_is_addition("type added: Thing"));
        assert!(surface_line_is_addition(
            "builder changed: Thing: setter `note` added (String)"
        ));
        assert!(!surface_line_is_addition(
            "builder changed: Thing: setter `note` added (String); setter `id` removed"
        ));
        assert!(!surface_line_is_addition("operation removed: list_things"));
        assert!(!surface_line_is_addition(
            "type changed: Thing: field `note` added (Option<String>)"
        ));
        assert!(!surface_line_is_addition(
            "table changed: results: column order"
        ));
    }

    #[test]
    fn traits_gained_are_compatible_and_traits_lost_or_gated_are_breaking() {
        assert!(surface_line_is_addition(
            "traits changed: Thing: trait `Hash` added"
        ));
        assert!(surface_line_is_addition(
            "traits changed: Thing: trait `Default (feature extra)` added; trait `Deserialize` \
             no longer needs feature deserialize-requests"
        ));
        assert!(!surface_line_is_addition(
            "traits changed: Thing: trait `Hash` removed"
        ));
        assert!(!surface_line_is_addition(
            "traits changed: Thing: trait `Deserialize` now needs feature deserialize-requests"
        ));
        assert!(!surface_line_is_addition(
            "traits changed: Thing: trait `Deserialize` needs feature other instead of feature \
             deserialize-requests"
        ));
        assert!(!surface_line_is_addition(
            "traits changed: Thing: trait `PartialEq` added; trait `Hash` removed"
        ));
    }

    #[test]
    fn a_trait_lost_from_a_generated_type_needs_a_breaking_bump() {
        // From the generated code to the bump, the way `changes_since` reads the review copies.
        let surface = |derive: &str| {
            Surface::of_source(&format!(
                "pub mod types {{ #[derive({derive})] pub struct Thing {{ pub id: i64 }} }}"
            ))
            .expect("readable")
        };
        let needs = |old: &str, new: &str| {
            let changes: Vec<Change> = SurfaceDiff::between(&surface(old), &surface(new))
                .lines
                .into_iter()
                .map(|line| Change {
                    needs: surface_line_needs(&line),
                    what: line,
                })
                .collect();
            required(&changes)
        };
        assert_eq!(needs("Clone, Hash", "Clone"), Bump::Breaking);
        assert_eq!(needs("Clone", "Clone, Hash"), Bump::Compatible);
        assert_eq!(needs("Clone", "Clone"), Bump::None);
    }

    #[test]
    fn the_largest_change_sets_the_bump() {
        let change = |needs| Change {
            needs,
            what: String::new(),
        };
        assert_eq!(required(&[]), Bump::None);
        assert_eq!(
            required(&[change(Bump::Compatible), change(Bump::Compatible)]),
            Bump::Compatible
        );
        assert_eq!(
            required(&[change(Bump::Compatible), change(Bump::Breaking)]),
            Bump::Breaking
        );
    }

    #[test]
    fn reads_the_workspace_version_not_a_dependency_version() {
        let manifest = "[workspace]\nmembers = []\n\n[workspace.package]\nedition = \"2024\"\n\
                        version = \"0.3.1\"\n\n[workspace.dependencies]\nserde = { version = \"1.0.0\" }\n";
        assert_eq!(workspace_version(manifest), Ok(v("0.3.1")));
        assert!(workspace_version("[package]\nversion = \"1.0.0\"\n").is_err());
        assert!(Version::parse("1.2").is_err());
        assert!(Version::parse("1.x.3").is_err());
    }
}
