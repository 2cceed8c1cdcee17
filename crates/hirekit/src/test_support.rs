//! Helpers shared by the unit tests.

/// Cases per property test: 10,000 unless `PROPTEST_CASES` says otherwise.
pub(crate) fn proptest_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}
