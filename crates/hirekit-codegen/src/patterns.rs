//! Swaps the regex engine behind the spec's `pattern` constraints from `regress` to
//! `regex-lite`.
//!
//! typify checks a string schema's `pattern` in the generated `FromStr` with `::regress::Regex`,
//! an ECMAScript engine. regress was the largest single dependency a consumer of the raw
//! JobMojito crate compiled for two anchored patterns (about 8 s of a 75 s clean build against
//! about 1 s for regex-lite, issue 12). regex-lite has the same `Regex::new` / `find` shape,
//! so the pass only rewrites the paths.
//!
//! The two engines agree on the syntax our specs use (anchors, groups, ASCII classes, `\d`,
//! quantifiers), but not everywhere. So the pass also compiles every pattern it finds with
//! regex-lite and refuses, with the pattern in the message, any that regex-lite rejects
//! (lookarounds, backreferences) or whose meaning differs between the two: `\s`/`\S` (Unicode
//! spaces in ECMAScript, ASCII in regex-lite) and an unescaped `.` outside a class (ECMAScript
//! also excludes `\r`, U+2028 and U+2029). Such a pattern needs its class written out.

use syn::visit_mut::VisitMut;

/// Rewrites `::regress::…` paths to `::regex_lite::…` and checks every pattern literal passed
/// to `Regex::new`. The error names the first pattern that cannot move.
pub fn apply(file: &mut syn::File) -> Result<(), String> {
    let mut pass = Swap::default();
    pass.visit_file_mut(file);
    match pass.error {
        Some(message) => Err(message),
        None => Ok(()),
    }
}

/// Why `pattern` would not mean in regex-lite what it means in ECMAScript, if it would not.
pub fn check(pattern: &str) -> Result<(), String> {
    if let Err(e) = regex_lite::Regex::new(pattern) {
        return Err(format!(
            "pattern {pattern:?} is not supported by the generated clients' regex engine \
             (regex-lite): {e}"
        ));
    }
    let mut in_class = false;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(escaped @ ('s' | 'S')) = chars.next() {
                    return Err(format!(
                        "pattern {pattern:?} uses `\\{escaped}`, which matches Unicode spaces in \
                         ECMAScript but only ASCII ones in regex-lite: write the class out"
                    ));
                }
            }
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '.' if !in_class => {
                return Err(format!(
                    "pattern {pattern:?} uses `.`, which in ECMAScript also excludes `\\r`, \
                     U+2028 and U+2029 but in regex-lite only `\\n`: write the class out"
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

#[derive(Default)]
struct Swap {
    error: Option<String>,
}

impl VisitMut for Swap {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if path.leading_colon.is_some()
            && let Some(first) = path.segments.first_mut()
            && first.ident == "regress"
        {
            first.ident = syn::Ident::new("regex_lite", first.ident.span());
        }
        syn::visit_mut::visit_path_mut(self, path);
    }

    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        if let syn::Expr::Path(func) = call.func.as_ref() {
            let names: Vec<String> = func
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            let is_regex_new = names.len() >= 2
                && names[names.len() - 2..] == ["Regex", "new"]
                && matches!(names[0].as_str(), "regress" | "regex_lite");
            if is_regex_new
                && self.error.is_none()
                && let Some(syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(pattern),
                    ..
                })) = call.args.first()
                && let Err(message) = check(&pattern.value())
            {
                self.error = Some(message);
            }
        }
        syn::visit_mut::visit_expr_call_mut(self, call);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(source: &str) -> Result<String, String> {
        let mut file: syn::File = syn::parse_str(source).expect("test source parses");
        apply(&mut file)?;
        Ok(prettyplease::unparse(&file))
    }

    #[test]
    fn regress_paths_become_regex_lite() {
        let out = rewrite(
            r#"fn f(v: &str) -> bool {
                static P: ::std::sync::LazyLock<::regress::Regex> =
                    ::std::sync::LazyLock::new(|| ::regress::Regex::new("^[a-z]+$").unwrap());
                P.find(v).is_some()
            }"#,
        )
        .expect("the pattern is supported");
        assert!(!out.contains("regress"), "{out}");
        assert_eq!(out.matches("::regex_lite::Regex").count(), 2, "{out}");
    }

    #[test]
    fn the_specs_patterns_pass() {
        check(r"^\d{4}-\d{2}-\d{2}$").expect("date pattern");
        check("^[a-z0-9]+(?:(?:-|_)+[a-z0-9]+)*$").expect("slug pattern");
        // A dot or `\s` inside a class is literal or allowed by the scanner's rules.
        check(r"^[.a-z]+$").expect("a dot in a class is a literal dot");
    }

    #[test]
    fn patterns_that_would_change_meaning_are_refused_by_name() {
        let dot = check("^a.b$").expect_err("an unescaped dot differs");
        assert!(dot.contains("\"^a.b$\"") && dot.contains("`.`"), "{dot}");
        let space = check(r"^\s+$").expect_err("\\s differs");
        assert!(space.contains(r"\\s"), "{space}");
        check(r"^a\.b$").expect("an escaped dot is a literal dot");
    }

    #[test]
    fn patterns_regex_lite_cannot_compile_are_refused_in_the_pass() {
        let err = rewrite(r#"fn f() { let _ = ::regress::Regex::new("^(?=a)a$"); }"#)
            .expect_err("lookahead is not supported");
        assert!(
            err.contains("^(?=a)a$") && err.contains("regex-lite"),
            "{err}"
        );
    }
}
