//! Property tests over the public parsers and verifiers: arbitrary input never panics, and
//! every failure is a typed error. 10,000 cases per target (`PROPTEST_CASES` changes it);
//! failing seeds are kept under `proptest-regressions/`.

use std::time::{Duration, SystemTime};

use hirekit::jofi::ApiKey;
use hirekit::webhooks::testing::Signer;
use hirekit::webhooks::{Verifier, jobmojito, jofi};
use hirekit::{ErrorKind, Secret};
use proptest::prelude::*;
use serde_json::Value;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

/// JSON shaped like webhook envelopes, with the keys and event types the parsers look at.
fn envelope() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        ".{0,10}".prop_map(Value::String),
        prop::sample::select(vec![
            "invitation.created",
            "invitation.accepted",
            "test_taker.created",
            "test_taker.assessment_completed",
            "career_navigation_profile.created",
            "interview_result",
            "failed",
            "draft",
            "completed",
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    let keys = prop::sample::select(vec![
        "type",
        "id",
        "object",
        "data",
        "created_at",
        "api_version",
        "status",
        "interview_status",
        "record",
        "table",
        "schema",
        "interview_id",
        "score",
    ]);
    leaf.prop_recursive(3, 32, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
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

    /// A key parses exactly when it has a secret-key prefix and a body, and the error never
    /// repeats the key.
    #[test]
    fn api_keys_parse_or_fail_cleanly(key in "(sk_(live|test)_)?[ -~]{0,24}") {
        match ApiKey::parse(key.clone()) {
            Ok(parsed) => {
                let trimmed = key.trim();
                prop_assert!(trimmed.starts_with("sk_live_") || trimmed.starts_with("sk_test_"));
                let shown = format!("{parsed:?}");
                prop_assert!(!shown.contains(trimmed));
            }
            Err(error) => {
                prop_assert_eq!(error.kind(), ErrorKind::Config);
                let text = format!("{} {:?}", error, error);
                prop_assert!(key.trim().len() < 4 || !text.contains(key.trim()), "{}", text);
            }
        }
    }

    /// Arbitrary bytes never panic either vendor's event parser.
    #[test]
    fn event_parsers_take_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = jofi::Event::from_slice(&bytes);
        let _ = jobmojito::Event::from_slice(&bytes);
    }

    /// Envelope-shaped JSON parses to a typed event or `Unknown`, or fails as a webhook error.
    #[test]
    fn event_parsers_take_any_envelope(value in envelope()) {
        let bytes = serde_json::to_vec(&value).unwrap_or_default();
        for outcome in [
            jofi::Event::from_slice(&bytes).map(|_| ()),
            jobmojito::Event::from_slice(&bytes).map(|_| ()),
        ] {
            if let Err(error) = outcome {
                prop_assert_eq!(error.kind(), ErrorKind::Webhook);
            }
        }
    }

    /// Any signature header over any body is refused unless it is the real signature, and
    /// verification never panics.
    #[test]
    fn forged_signatures_are_refused(
        body in prop::collection::vec(any::<u8>(), 0..200),
        forged in "[ -~]{0,90}",
        timestamp in "[0-9]{0,12}",
    ) {
        let verifier = Verifier::builder()
            .hmac_secret(Secret::new("proptest-secret"))
            .timestamp_tolerance(Duration::from_secs(300))
            .build()
            .expect("verifier");
        let mut headers = http::HeaderMap::new();
        if let Ok(value) = http::HeaderValue::from_str(&forged) {
            headers.insert("x-hirekit-signature", value);
        }
        if let Ok(value) = http::HeaderValue::from_str(&timestamp) {
            headers.insert("x-hirekit-timestamp", value);
        }
        let outcome = verifier.verify_at(&headers, &body, SystemTime::now());
        let error = outcome.expect_err("a forged signature never verifies");
        prop_assert_eq!(error.kind(), ErrorKind::Webhook);
        prop_assert!(!error.to_string().contains("proptest-secret"));
    }

    /// A genuine signature verifies for any body, and one flipped byte breaks it.
    #[test]
    fn genuine_signatures_verify_and_tampering_is_caught(
        body in prop::collection::vec(any::<u8>(), 1..200),
        flip in any::<prop::sample::Index>(),
    ) {
        let verifier = Verifier::builder()
            .hmac_secret(Secret::new("proptest-secret"))
            .build()
            .expect("verifier");
        let headers = Signer::for_verifier(&verifier).header_map(&body);
        prop_assert!(verifier.verify(&headers, &body).is_ok());
        let mut tampered = body.clone();
        let at = flip.index(tampered.len());
        tampered[at] ^= 0x01;
        prop_assert!(verifier.verify(&headers, &tampered).is_err());
    }
}
