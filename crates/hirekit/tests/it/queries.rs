//! Query and options structs built with their setters go out as the query strings they
//! describe: every set parameter under its spec name, nothing unset, text encoded. The requests
//! pass through a recording forwarder to hirekit-mock, which refuses an undeclared or malformed
//! parameter, so each call's success also proves the spec accepts what was sent.

use std::sync::{Arc, Mutex};

use futures_util::TryStreamExt as _;
use hirekit::ClientOptions;
use hirekit::jobmojito::{
    AnalyticsQuery, CandidateQuery, Client, DetailsOptions, DirectoryOptions, ResultQuery,
    StatusOptions,
    types::{self, InterviewKind, ResultListOrder, ResultListStep, ResultListTab},
};
use hirekit_mock::{MockServer, config};
use serde_json::json;

use crate::common;

/// Where the Functions API lives under a JobMojito base URL.
const FUNCTIONS: &str = "/functions/v1";

/// A byte-level forwarder in front of the mock that keeps everything the client sends, so the
/// test can read the request lines back.
struct Recorder {
    base_url: String,
    sent: Arc<Mutex<Vec<u8>>>,
}

impl Recorder {
    async fn start(target: std::net::SocketAddr) -> Recorder {
        let sent = Arc::new(Mutex::new(Vec::new()));
        let noted = sent.clone();
        let base_url = common::forwarder(target, move |chunk| {
            noted.lock().expect("lock").extend_from_slice(chunk);
        })
        .await;
        Recorder { base_url, sent }
    }

    /// Forgets what was sent so far.
    fn clear(&self) {
        self.sent.lock().expect("lock").clear();
    }

    /// The decoded query pairs of every `GET` to the Functions `path` since the recording was
    /// last read or cleared, oldest first, each sorted by name. The recording is cleared.
    fn queries(&self, path: &str) -> Vec<Vec<(String, String)>> {
        let sent = std::mem::take(&mut *self.sent.lock().expect("lock"));
        let text = String::from_utf8_lossy(&sent).into_owned();
        // A request line can follow the previous request's body directly (keep-alive), so
        // request lines are found by their method rather than by line breaks.
        text.match_indices("GET /")
            .filter_map(|(at, _)| text[at + "GET ".len()..].split(' ').next())
            .filter(|target| target.split('?').next() == Some(&format!("{FUNCTIONS}{path}")))
            .map(|target| {
                let url = reqwest::Url::parse(&format!("http://host{target}")).expect("a URL");
                let mut pairs: Vec<(String, String)> = url
                    .query_pairs()
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect();
                pairs.sort();
                pairs
            })
            .collect()
    }
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    out.sort();
    out
}

async fn setup() -> (MockServer, Recorder, Client) {
    let mock = MockServer::start().await.expect("mock starts");
    let recorder = Recorder::start(mock.addr()).await;
    let jm = Client::builder()
        .token(config::DEMO_TOKEN)
        .options(ClientOptions::default().base_url(&recorder.base_url))
        .build()
        .expect("client builds");
    (mock, recorder, jm)
}

async fn interview(jm: &Client) -> String {
    let request =
        common::interview_request("Query strings", "An interview for the query-string tests.");
    jm.interviews()
        .create_from_questions(request)
        .await
        .expect("create")
        .interview_def_set_id
}

async fn seed_results(mock: &MockServer, interview_id: &str, count: u64) {
    let response = reqwest::Client::new()
        .post(format!("{}/__mock/jobmojito/results/seed", mock.base_url()))
        .json(&json!({ "interview_id": interview_id, "count": count }))
        .send()
        .await
        .expect("control answers");
    assert!(response.status().is_success(), "{}", response.status());
}

#[tokio::test]
async fn a_result_query_built_with_setters_sends_every_set_parameter_and_nothing_else() {
    let (_mock, recorder, jm) = setup().await;
    let merchant = jm.admin().status().await.expect("status").merchant_id;
    let interview_id = interview(&jm).await;
    recorder.clear();

    let query = ResultQuery::new()
        .kind(InterviewKind::Interview)
        .tab(ResultListTab::Shortlist)
        .step(ResultListStep::Interview)
        .interview_id(interview_id.as_str())
        .profile_interview_id("00000000-0002-4000-8000-0000000000aa")
        .risks("cheating,audio")
        .order_by(ResultListOrder::Score)
        .filter_text("Ada Lovelace & co")
        .filter_emoji("⭐")
        .merchant_id(merchant.as_str())
        .limit(50)
        .offset(10);
    jm.results()
        .list(&query)
        .await
        .expect("the mock accepts it");

    let expected = pairs(&[
        ("type", "interview"),
        ("tab", "shortlist"),
        ("step", "interview"),
        ("interview_id", &interview_id),
        (
            "profile_interview_id",
            "00000000-0002-4000-8000-0000000000aa",
        ),
        ("risks", "cheating,audio"),
        ("order_by", "score"),
        ("filter_text", "Ada Lovelace & co"),
        ("filter_emoji", "⭐"),
        ("merchant_id", &merchant),
        ("limit", "50"),
        ("offset", "10"),
    ]);
    assert_eq!(recorder.queries("/merchant-result-list"), vec![expected]);

    // Nothing set, nothing sent: the server's defaults apply.
    jm.results()
        .list(&ResultQuery::new())
        .await
        .expect("an empty query");
    assert_eq!(recorder.queries("/merchant-result-list"), vec![Vec::new()]);

    // The fields stay readable, and `Debug` keeps the personal filter out.
    assert_eq!(query.limit, Some(50));
    assert_eq!(query.kind, Some(InterviewKind::Interview));
    let shown = format!("{query:?}");
    assert!(
        shown.contains("filter_text: Some(\"<redacted>\")"),
        "{shown}"
    );
    assert!(!shown.contains("Lovelace"), "{shown}");
    assert!(shown.contains("risks: Some(\"cheating,audio\")"), "{shown}");
    let candidates = CandidateQuery::new().filter_text("dana@example.com");
    assert!(
        !format!("{candidates:?}").contains("dana"),
        "{candidates:?}"
    );
}

#[tokio::test]
async fn a_query_is_reused_by_reference_and_each_stream_page_carries_it() {
    let (mock, recorder, jm) = setup().await;
    let interview_id = interview(&jm).await;
    seed_results(&mock, &interview_id, 5).await;

    let query = ResultQuery::new()
        .interview_id(interview_id.as_str())
        .limit(2);
    let first: Vec<types::MerchantResultListItem> = jm
        .results()
        .list_all(&query)
        .try_collect()
        .await
        .expect("every result");
    let again: Vec<types::MerchantResultListItem> = jm
        .results()
        .list_all(&query)
        .try_collect()
        .await
        .expect("the same query again");
    assert_eq!(first.len(), 5);
    assert_eq!(
        first.iter().map(|r| &r.id).collect::<Vec<_>>(),
        again.iter().map(|r| &r.id).collect::<Vec<_>>()
    );
    // The streams worked on copies: the caller's query is unchanged.
    assert_eq!((query.limit, query.offset), (Some(2), None));

    let page = |offset: &str| {
        pairs(&[
            ("interview_id", &interview_id),
            ("limit", "2"),
            ("offset", offset),
        ])
    };
    let one_walk = vec![page("0"), page("2"), page("4")];
    let both_walks: Vec<_> = one_walk.iter().chain(&one_walk).cloned().collect();
    assert_eq!(recorder.queries("/merchant-result-list"), both_walks);
}

#[tokio::test]
async fn required_parameters_go_through_new_and_optional_ones_through_setters() {
    let (_mock, recorder, jm) = setup().await;
    let query = AnalyticsQuery::new("2026-01-01", "2026-01-07")
        .interview_id("00000000-0001-4000-8000-0000000000bb")
        .limit(3);
    jm.results()
        .analytics(&query)
        .await
        .expect("the mock accepts it");
    let expected = pairs(&[
        ("date_from", "2026-01-01"),
        ("date_to", "2026-01-07"),
        ("interview_id", "00000000-0001-4000-8000-0000000000bb"),
        ("limit", "3"),
    ]);
    assert_eq!(recorder.queries("/merchant-analytics"), vec![expected]);

    // A required parameter can be changed with its setter too.
    let later = query.clone().date_from("2026-01-05");
    assert_eq!(later.date_from, "2026-01-05");
    assert_eq!(query.date_from, "2026-01-01");
}

#[tokio::test]
async fn options_replace_positional_flags_and_leave_the_plain_call_bare() {
    let (mock, recorder, jm) = setup().await;
    let interview_id = interview(&jm).await;
    let finished = reqwest::Client::new()
        .post(format!("{}/__mock/jobmojito/results", mock.base_url()))
        .json(&json!({ "interview_id": interview_id, "outcome": "result", "score": 7.0 }))
        .send()
        .await
        .expect("control answers")
        .json::<serde_json::Value>()
        .await
        .expect("control JSON");
    let result = &hirekit::jobmojito::types::InterviewResultId::from(
        finished["result_id"]
            .as_str()
            .expect("a result id")
            .to_string(),
    );

    jm.results().details(result).await.expect("details");
    jm.results()
        .details_with(result, &DetailsOptions::new().signed_recordings(true))
        .await
        .expect("details with signed links");
    jm.results()
        .details_with(result, &DetailsOptions::new().signed_recordings(false))
        .await
        .expect("details, links declined");
    assert_eq!(
        recorder.queries("/job-interview-details"),
        vec![
            pairs(&[("interview_result_id", result)]),
            pairs(&[
                ("get_signed_recordings", "true"),
                ("interview_result_id", result)
            ]),
            pairs(&[
                ("get_signed_recordings", "false"),
                ("interview_result_id", result)
            ]),
        ]
    );

    let own = jm.admin().status().await.expect("status");
    let other = jm
        .admin()
        .status_with(&StatusOptions::new().merchant_id(own.merchant_id.as_str()))
        .await
        .expect("status of a named merchant");
    assert_eq!(other.merchant_id, own.merchant_id);
    assert_eq!(
        recorder.queries("/merchant-status"),
        vec![Vec::new(), pairs(&[("merchant_id", &own.merchant_id)])]
    );

    let created: types::CatalogueTagCreateRequest = serde_json::from_value(json!({
        "id": "query-strings",
        "name": "Query strings",
        "status": "active",
        "tags_interview_set_filter": ["sales"]
    }))
    .expect("a valid request");
    jm.catalogue().create(created).await.expect("create");
    jm.catalogue().get("query-strings").await.expect("get");
    jm.catalogue()
        .get_with(
            "query-strings",
            &DirectoryOptions::new().merchant_id(own.merchant_id.as_str()),
        )
        .await
        .expect("get for a named merchant");
    assert_eq!(
        recorder.queries("/catalogue-tag-get"),
        vec![
            pairs(&[("id", "query-strings")]),
            pairs(&[("id", "query-strings"), ("merchant_id", &own.merchant_id)]),
        ]
    );
}
