//! `cargo xtask codegen [--check]`: regenerate or check the committed review copies.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use hirekit_codegen::{Surface, SurfaceDiff, TARGETS, Target};
use hirekit_spec::Spec;

/// Runs the task; `Ok(false)` means a check failed (the reasons are already printed).
pub fn run(root: &Path, args: &[String]) -> Result<bool, String> {
    let mut check = false;
    let mut overrides: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--spec" => {
                let value = args.next().ok_or("--spec needs <target>=<path>")?;
                let (name, path) = value
                    .split_once('=')
                    .ok_or("--spec needs <target>=<path>")?;
                let Some(target) = Target::named(name) else {
                    return Err(format!("no target `{name}`; targets: {}", target_names()));
                };
                // Keyed by the spec, so every target generated from it (the Tables client
                // and its `auth` module) reads the copy.
                overrides.insert(target.spec.to_string(), PathBuf::from(path));
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }

    // Generation dominates the run time and the targets are independent, so they are generated
    // side by side; the reports are printed afterwards in a fixed order.
    let generated: Vec<Result<Generated, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = TARGETS
            .iter()
            .map(|target| {
                let spec_path = overrides
                    .get(target.spec)
                    .cloned()
                    .unwrap_or_else(|| target.spec_path(root));
                scope.spawn(move || generate(target, &spec_path))
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|_| Err("code generation panicked".to_string()))
            })
            .collect()
    });
    let mut ok = true;
    for (target, result) in TARGETS.iter().zip(generated) {
        ok &= match result {
            Ok(generated) => process(root, target, generated, check),
            Err(e) => {
                eprintln!("error: {e}");
                false
            }
        };
    }
    if check {
        ok &= report_strays(root);
    }
    Ok(ok)
}

/// One target's part of its spec and the code generated from it.
struct Generated {
    spec_path: PathBuf,
    /// The operations the code must hold ([`Target::part_of`] the spec).
    part: Spec,
    code: String,
}

/// Loads a target's spec and generates its code.
fn generate(target: &Target, spec_path: &Path) -> Result<Generated, String> {
    let spec = Spec::load(spec_path, target.spec).map_err(|e| e.to_string())?;
    let code = target.generate_from(&spec).map_err(|e| e.to_string())?;
    Ok(Generated {
        spec_path: spec_path.to_path_buf(),
        part: target.part_of(&spec),
        code,
    })
}

/// Compares or writes one target's generated code; prints what it finds. Returns whether
/// everything is in order.
fn process(root: &Path, target: &Target, generated: Generated, check: bool) -> bool {
    let Generated {
        spec_path,
        part,
        code: generated,
    } = generated;
    let review_path = target.review_copy_path(root);
    let new_surface = match Surface::of_source(&generated) {
        Ok(surface) => surface,
        Err(e) => {
            eprintln!(
                "error: {}: cannot read the generated surface: {e}",
                target.spec
            );
            return false;
        }
    };
    let committed = std::fs::read_to_string(&review_path).unwrap_or_default();
    let old_surface = Surface::of_source(&committed).unwrap_or_default();
    let changes = SurfaceDiff::between(&old_surface, &new_surface);

    let mut ok = report_missing_operations(&part, &new_surface);
    let up_to_date = committed == generated;
    let review = target.review_copy;
    if check {
        if up_to_date {
            println!("{review}: up to date with {}", target.spec);
        } else {
            ok = false;
            eprintln!(
                "error: {review} is stale relative to {}: run `cargo xtask codegen`",
                spec_path.display()
            );
            print_changes(&changes);
            let diff = similar::TextDiff::from_lines(&committed, &generated);
            eprint!(
                "{}",
                diff.unified_diff()
                    .context_radius(3)
                    .header(review, "regenerated")
            );
        }
    } else if up_to_date {
        println!("{review}: unchanged");
    } else {
        let written = review_path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&review_path, &generated));
        if let Err(e) = written {
            eprintln!("error: cannot write {review}: {e}");
            return false;
        }
        println!(
            "{review}: regenerated from {} ({} lines)",
            target.spec,
            generated.lines().count()
        );
        print_changes(&changes);
    }
    ok
}

fn print_changes(changes: &SurfaceDiff) {
    if changes.is_empty() {
        println!("  API surface: no change");
    }
    for line in &changes.lines {
        println!("  {line}");
    }
}

/// Every operation of the target's part of its spec must have a generated method, unless it is
/// handwritten.
fn report_missing_operations(spec: &Spec, surface: &Surface) -> bool {
    let mut ok = true;
    for op in spec.operations() {
        let Some(id) = op.id() else { continue };
        let generated = surface.operations.contains_key(id);
        if op.is_handwritten() {
            if generated {
                eprintln!("error: {}: marked handwritten but generated", op.label());
                ok = false;
            }
        } else if !generated {
            eprintln!("error: {}: no generated method", op.label());
            ok = false;
        }
    }
    ok
}

/// Files in a `generated/` directory that no target produces are leftovers.
fn report_strays(root: &Path) -> bool {
    let expected: BTreeSet<PathBuf> = TARGETS.iter().map(|t| t.review_copy_path(root)).collect();
    let dirs: BTreeSet<PathBuf> = expected
        .iter()
        .filter_map(|p| p.parent().map(Path::to_path_buf))
        .collect();
    let mut ok = true;
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !expected.contains(&path) {
                eprintln!(
                    "error: {} is not produced by any spec; delete it",
                    path.display()
                );
                ok = false;
            }
        }
    }
    ok
}

fn target_names() -> String {
    TARGETS
        .iter()
        .map(|t| t.name)
        .collect::<Vec<_>>()
        .join(", ")
}
