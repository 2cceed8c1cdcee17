//! Hostile input for every generated decoder: arbitrary bytes and arbitrary JSON must decode
//! or fail with an error, never panic. 10,000 cases per target by default
//! (`PROPTEST_CASES` raises it locally); failing seeds are kept in `proptest-regressions/`.

use jobmojito_raw::auth::types as auth;
use jobmojito_raw::functions::types as functions;
use jobmojito_raw::tables::types as tables;
use jofi_raw::types as jofi;
use proptest::prelude::*;
use serde_json::Value;

/// A decoder under test: bytes in, any outcome but a panic.
type Decode = fn(&[u8]) -> bool;

macro_rules! decoders_by_spec {
    ($module:ident; $($name:ident),* $(,)?) => {
        pub(super) fn $module() -> Vec<(&'static str, Decode)> {
            vec![$((
                stringify!($name),
                (|bytes: &[u8]| serde_json::from_slice::<$module::$name>(bytes).is_ok()) as Decode,
            )),*]
        }
    };
}

mod lists {
    use super::*;
    hirekit_conformance::for_each_schema_type!(decoders_by_spec);
}

fn all() -> Vec<(&'static str, Decode)> {
    let mut all = lists::jofi();
    all.extend(lists::functions());
    all.extend(lists::auth());
    all.extend(lists::tables());
    all
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

/// Arbitrary JSON, biased toward objects with the field names the specs use, so decoding gets
/// past the first key and exercises field-level validation.
fn json() -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(vec![
        "id",
        "email",
        "mode",
        "object",
        "data",
        "has_more",
        "total_count",
        "status",
        "name",
        "type",
        "score",
        "first_name",
        "created_at",
        "pagination",
        "error",
        "interview_id",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        Just(Value::String("2026-01-02T03:04:05Z".into())),
        Just(Value::String("test".into())),
    ];
    leaf.prop_recursive(4, 48, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..8).prop_map(|fields| Value::Object(
                fields
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect()
            )),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn arbitrary_bytes_never_panic_a_decoder(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        for (_, decode) in all() {
            let _ = decode(&bytes);
        }
    }

    #[test]
    fn arbitrary_json_never_panics_a_decoder(value in json()) {
        let bytes = serde_json::to_vec(&value).unwrap_or_default();
        for (_, decode) in all() {
            let _ = decode(&bytes);
        }
    }
}

#[test]
fn every_schema_has_a_decoder_under_test() {
    // 50 JOFI + 158 JobMojito + 43 Tables component schemas; the Tables spec's `Error` is
    // generated into both of its modules (`auth` and `tables`), and each decoder is tested.
    assert_eq!(all().len(), 252);
}
