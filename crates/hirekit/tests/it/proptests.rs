//! Property tests over the public parsers, verifiers and seams that take what the network or
//! a caller hands them: arbitrary input never panics, every failure is a typed error, and
//! what comes out stays bounded. 10,000 cases per target (`PROPTEST_CASES` changes it);
//! failing seeds are kept under `proptest-regressions/`.
//!
//! `Retry-After` is read only inside the transport, so its target answers over loopback HTTP,
//! one runtime and one server for every case. The Tables stream's page stepping has its own
//! property test next to it (`tables/stream.rs`), driven by scripted answers without HTTP.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use futures_util::StreamExt as _;
use hirekit::jofi::ApiKey;
use hirekit::pagination::{Page, PageInfo};
use hirekit::webhooks::testing::Signer;
use hirekit::webhooks::{Verifier, jobmojito, jofi};
use hirekit::{ClientOptions, ErrorKind, RetryPolicy, Secret};
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
                // A short key, or one of punctuation alone (such as `"), f"`), can coincide
                // with the error's own text; any key with four letters or digits cannot.
                let telling = key.trim().chars().filter(char::is_ascii_alphanumeric).count() >= 4;
                prop_assert!(!telling || !text.contains(key.trim()), "{}", text);
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

// ---- path parameters ---------------------------------------------------------------------

/// The bytes `text` stands for, `%XX` escapes decoded (`None` for a malformed escape).
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Ids of every kind: any string, the URL's own punctuation, and the dot segments.
fn ids() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        4 => "[./\\\\?#%;:@&=+$, a-z0-9\\[\\]|^`{}<>\"'\t\n]{0,8}",
        1 => prop::sample::select(vec!["", ".", "..", "...", "%2e", "%2e%2e", ".%2E", "\\..", "..\\"])
            .prop_map(str::to_string),
    ]
}

/// A raw JOFI client for building requests; nothing is sent.
fn raw_jofi() -> &'static jofi_raw::Client {
    static CLIENT: OnceLock<jofi_raw::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        hirekit::install_crypto_provider();
        jofi_raw::Client::new("http://127.0.0.1:9/api/v2")
    })
}

// ---- Retry-After -----------------------------------------------------------------------

/// The longest wait a `Retry-After` may yield: a day, as the crate README states.
const RETRY_AFTER_CAP: Duration = Duration::from_secs(24 * 60 * 60);

/// One runtime for the targets that talk to a loopback server.
fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime")
    })
}

/// Serves `app` on a loopback port, on the shared runtime; answers its base URL.
fn serve(app: axum::Router) -> String {
    runtime().block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("binds");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        base
    })
}

/// A JOFI client whose every call is answered `429` with the `Retry-After` value set last.
struct RateLimited {
    value: Arc<Mutex<String>>,
    client: hirekit::jofi::Client,
}

fn rate_limited() -> &'static RateLimited {
    static SERVER: OnceLock<RateLimited> = OnceLock::new();
    SERVER.get_or_init(|| {
        use axum::http::{HeaderValue, StatusCode, header};

        let value = Arc::new(Mutex::new(String::new()));
        let shared = value.clone();
        let app = axum::Router::new().fallback(move || {
            let text = shared.lock().unwrap_or_else(|e| e.into_inner()).clone();
            async move {
                let mut response = (
                    StatusCode::TOO_MANY_REQUESTS,
                    [(header::CONTENT_TYPE, "application/json")],
                    r#"{"message":"slow down"}"#,
                )
                    .into_response();
                if let Ok(value) = HeaderValue::from_str(&text) {
                    response.headers_mut().insert(header::RETRY_AFTER, value);
                }
                response
            }
        });
        let base = serve(app);
        let client = hirekit::jofi::Client::builder("sk_test_proptest")
            .options(
                ClientOptions::default()
                    .base_url(format!("{base}/api/v2"))
                    .retry(RetryPolicy::never()),
            )
            .build()
            .expect("client");
        RateLimited { value, client }
    })
}

use axum::response::IntoResponse as _;

/// `Retry-After` values as servers send them and as they should not: seconds of any size or
/// sign, fractions, HTTP dates from 1970 to 9999, and any printable text.
fn retry_after_values() -> impl Strategy<Value = String> {
    let far_date = (0u64..=253_402_300_799)
        .prop_map(|secs| httpdate::fmt_http_date(UNIX_EPOCH + Duration::from_secs(secs)));
    let near_date = (-3_000_000i64..3_000_000).prop_map(|delta| {
        let now = SystemTime::now();
        let at = if delta < 0 {
            now - Duration::from_secs(delta.unsigned_abs())
        } else {
            now + Duration::from_secs(delta.unsigned_abs())
        };
        httpdate::fmt_http_date(at)
    });
    prop_oneof![
        any::<u64>().prop_map(|n| n.to_string()),
        (0u64..200_000).prop_map(|n| n.to_string()),
        any::<u128>().prop_map(|n| n.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| n.to_string()),
        "[0-9]{20,60}",
        (" {0,3}", 0u64..1_000_000, " {0,3}").prop_map(|(a, n, b)| format!("{a}{n}{b}")),
        far_date,
        near_date,
        "[ -~]{0,40}",
    ]
}

// ---- the offset pager ----------------------------------------------------------------------

/// One scripted answer of the offset pager's server: the offset it reports (the one asked
/// for, or another), whether it says more follow, and how many records it holds.
#[derive(Debug, Clone)]
struct PagerAnswer {
    offset: Option<u64>,
    has_more: bool,
    count: usize,
}

fn pager_answers() -> impl Strategy<Value = Vec<PagerAnswer>> {
    let answer = (
        prop_oneof![
            6 => Just(None),
            1 => any::<u64>().prop_map(Some),
            1 => (0u64..40).prop_map(Some),
        ],
        any::<bool>(),
        prop_oneof![1 => Just(0usize), 4 => 1usize..6],
    )
        .prop_map(|(offset, has_more, count)| PagerAnswer {
            offset,
            has_more,
            count,
        });
    prop::collection::vec(answer, 0..10)
}

/// A page of the scripted pager: records `(answer number, position)`, so each is unique.
struct Scripted {
    info: PageInfo,
    items: Vec<(usize, usize)>,
}

impl Page for Scripted {
    type Item = (usize, usize);

    fn info(&self) -> PageInfo {
        self.info
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn into_items(self) -> Vec<(usize, usize)> {
        self.items
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Any id through the runtime's path check: the three dot segments are refused naming the
    /// parameter; anything else stays one segment (no `/`, `\`, `?` or `#`) and decodes back
    /// to the id.
    #[test]
    fn path_segments_refuse_dot_segments_and_round_trip(id in ids()) {
        let encoded = progenitor_client::encode_path(&id);
        match hirekit_runtime::path_segment("career_navigation_profile_id", encoded) {
            Err(error) => {
                prop_assert!(id.is_empty() || id == "." || id == "..", "{:?} refused", id);
                prop_assert!(error.to_string().contains("career_navigation_profile_id"));
            }
            Ok(segment) => {
                prop_assert!(!(id.is_empty() || id == "." || id == ".."), "{:?} let through", id);
                for c in ['/', '\\', '?', '#'] {
                    prop_assert!(!segment.contains(c), "{:?} -> {:?}", id, segment);
                }
                prop_assert_eq!(percent_decode(&segment), Some(id));
            }
        }
    }

    /// Any id through a generated `request()`: it never panics, the dot segments are refused
    /// naming the parameter, and otherwise the URL keeps its path (the id is its last segment,
    /// decoding back to the id) with no query or fragment.
    #[test]
    fn generated_requests_keep_any_id_in_its_segment(id in ids()) {
        let built = raw_jofi()
            .get_career_navigation_profile()
            .career_navigation_profile_id(id.clone())
            .request();
        match built {
            Err(error) => {
                prop_assert!(id.is_empty() || id == "." || id == "..", "{:?}: {}", id, error);
                prop_assert!(error.to_string().contains("career_navigation_profile_id"));
            }
            Ok(request) => {
                prop_assert!(!(id.is_empty() || id == "." || id == ".."), "{:?} let through", id);
                let url = request.url();
                prop_assert_eq!(url.query(), None, "{:?} -> {}", id, url);
                prop_assert_eq!(url.fragment(), None, "{:?} -> {}", id, url);
                let segments: Vec<&str> = url.path_segments().map(Iterator::collect).unwrap_or_default();
                prop_assert_eq!(segments.len(), 4, "{:?} -> {}", id, url);
                prop_assert_eq!(&segments[..3], &["api", "v2", "career-navigation-profiles"]);
                prop_assert_eq!(percent_decode(segments[3]), Some(id));
            }
        }
    }

    /// Whatever a 429 says in `Retry-After`, the call fails as rate limited without a panic,
    /// and the wait it reports is at most a day; a plain number of seconds is read exactly
    /// (up to that cap).
    #[test]
    fn retry_after_is_bounded_whatever_the_server_says(value in retry_after_values()) {
        let server = rate_limited();
        *server.value.lock().unwrap_or_else(|e| e.into_inner()) = value.clone();
        let error = runtime()
            .block_on(server.client.teams().list())
            .expect_err("every answer is a 429");
        prop_assert_eq!(error.kind(), ErrorKind::RateLimited);
        let wait = error.retry_after();
        prop_assert!(wait.is_none_or(|w| w <= RETRY_AFTER_CAP), "{:?} -> {:?}", value, wait);
        if let Ok(seconds) = value.trim().parse::<u64>() {
            prop_assert_eq!(wait, Some(Duration::from_secs(seconds).min(RETRY_AFTER_CAP)));
        }
    }

    /// The offset pager over any sequence of answers (offsets right or wrong, `has_more` true
    /// or false, pages empty or not; past the script the server says "no more"): it always
    /// ends, asks each offset once and in order, yields every record of the pages it accepted
    /// and nothing else, and ends either after a page saying "no more" or with an error naming
    /// the answer it refused.
    #[test]
    fn the_offset_pager_always_ends_and_never_repeats(
        start in prop_oneof![0u64..100, (u64::MAX - 8)..=u64::MAX],
        answers in pager_answers(),
    ) {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let log = asked.clone();
        let script = answers.clone();
        let pages = hirekit::pagination::pages(start, move |offset| {
            let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
            let call = log.len();
            log.push(offset);
            let answer = script.get(call).cloned().unwrap_or(PagerAnswer {
                offset: None,
                has_more: false,
                count: 0,
            });
            std::future::ready(Ok(Scripted {
                info: PageInfo {
                    offset: answer.offset.unwrap_or(offset),
                    has_more: answer.has_more,
                    total: None,
                },
                items: (0..answer.count).map(|k| (call, k)).collect(),
            }))
        });
        // More than the script can yield: a stream still going past it is looping.
        let bound = answers.iter().map(|a| a.count).sum::<usize>() + answers.len() + 2;
        let outcome: Vec<hirekit::Result<(usize, usize)>> =
            runtime().block_on(hirekit::pagination::items(pages).take(bound).collect());
        let asked = asked.lock().unwrap_or_else(|e| e.into_inner()).clone();

        prop_assert!(outcome.len() < bound, "the stream did not end");
        prop_assert!(asked.len() <= answers.len() + 1, "asked {} times", asked.len());
        prop_assert_eq!(asked.first().copied(), Some(start));
        // Each request continues just past what the previous page held: no repeat, no skip.
        for (call, pair) in asked.windows(2).enumerate() {
            let held = answers.get(call).map_or(0, |a| a.count) as u64;
            prop_assert!(pair[1] > pair[0], "offset {} asked again", pair[1]);
            prop_assert_eq!(Some(pair[1]), pair[0].checked_add(held));
        }
        let errors = outcome.iter().filter(|o| o.is_err()).count();
        prop_assert!(errors <= 1);
        prop_assert!(outcome.iter().rev().skip(1).all(Result::is_ok), "an error ends the stream");
        let items: Vec<(usize, usize)> =
            outcome.iter().filter_map(|o| o.as_ref().ok().copied()).collect();
        let last = asked.len() - 1;
        let answered = |call: usize| answers.get(call).cloned().unwrap_or(PagerAnswer {
            offset: None, has_more: false, count: 0,
        });
        let final_answer = answered(last);
        let wrong_offset = final_answer.offset.is_some_and(|o| o != asked[last]);
        let empty_with_more = final_answer.has_more && final_answer.count == 0;
        // Past u64::MAX there is no offset to ask for: the list cannot go on, though the page
        // itself was fine.
        let no_next_offset = final_answer.has_more
            && asked[last].checked_add(final_answer.count as u64).is_none();
        let refused_last = wrong_offset || empty_with_more;
        // Every record of every accepted page, in order, and only those.
        let accepted = if refused_last { last } else { asked.len() };
        let expected: Vec<(usize, usize)> = (0..accepted)
            .flat_map(|call| (0..answered(call).count).map(move |k| (call, k)))
            .collect();
        prop_assert_eq!(items, expected);
        match outcome.last() {
            Some(Err(error)) => {
                prop_assert_eq!(error.kind(), ErrorKind::Api);
                prop_assert!(refused_last || no_next_offset, "{}", error);
            }
            _ => {
                prop_assert!(!refused_last && !no_next_offset, "a bad answer went unnoticed");
                prop_assert!(!final_answer.has_more, "ended after a page promising more");
            }
        }
    }
}
