//! Fault injection, seen from a client: every kind breaks exactly the requests it should, and
//! the mock counts what it broke.

use std::time::Duration;

use hirekit_mock::MockServer;
use serde_json::{Value, json};

struct Harness {
    mock: MockServer,
    http: reqwest::Client,
}

impl Harness {
    async fn new() -> Self {
        let mock = MockServer::start().await.expect("mock starts");
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .expect("client builds");
        Harness { mock, http }
    }

    async fn fault(&self, spec: Value) -> u64 {
        let response = self
            .http
            .post(format!("{}/__mock/faults", self.mock.base_url()))
            .json(&spec)
            .send()
            .await
            .expect("control answers");
        assert_eq!(response.status(), 201);
        let body: Value = response.json().await.expect("json");
        body["id"].as_u64().expect("fault id")
    }

    async fn hits(&self, id: u64) -> u64 {
        let body: Value = self
            .http
            .get(format!("{}/__mock/faults", self.mock.base_url()))
            .send()
            .await
            .expect("control answers")
            .json()
            .await
            .expect("json");
        body["faults"]
            .as_array()
            .expect("fault list")
            .iter()
            .find(|f| f["id"] == id)
            .and_then(|f| f["hits"].as_u64())
            .expect("fault is listed")
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.mock.base_url())
    }
}

/// A path no operation has: the answer is a plain 404, so these tests do not depend on any
/// vendor's handlers.
const PATH: &str = "/api/v2/no-such-route";

#[tokio::test]
async fn status_faults_carry_retry_after_and_stop_after_n_times() {
    let h = Harness::new().await;
    let id = h
        .fault(json!({"method": "GET", "path": PATH, "times": 2, "kind": "status", "status": 429, "retry_after": "3"}))
        .await;
    for _ in 0..2 {
        let response = h.http.get(h.url(PATH)).send().await.expect("answer");
        assert_eq!(response.status(), 429);
        assert_eq!(response.headers()["retry-after"], "3");
        let body: Value = response.json().await.expect("vendor-shaped JSON error");
        assert!(body["message"].as_str().is_some_and(|m| m.contains("429")));
    }
    let third = h.http.get(h.url(PATH)).send().await.expect("answer");
    assert_eq!(third.status(), 404, "the fault is spent after two hits");
    assert_eq!(h.hits(id).await, 2);
}

#[tokio::test]
async fn faults_match_only_their_method() {
    let h = Harness::new().await;
    let id = h
        .fault(json!({"method": "POST", "path": PATH, "kind": "status", "status": 503}))
        .await;
    let get = h.http.get(h.url(PATH)).send().await.expect("answer");
    assert_eq!(get.status(), 404);
    let post = h.http.post(h.url(PATH)).send().await.expect("answer");
    assert_eq!(post.status(), 503);
    assert_eq!(h.hits(id).await, 1);
}

#[tokio::test]
async fn an_html_page_is_labelled_html() {
    let h = Harness::new().await;
    h.fault(json!({"path": PATH, "kind": "html", "status": 502}))
        .await;
    let response = h.http.get(h.url(PATH)).send().await.expect("answer");
    assert_eq!(response.status(), 502);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("text/html")
    );
    assert!(response.text().await.expect("text").contains("<html>"));
}

#[tokio::test]
async fn a_connection_dropped_before_headers_is_a_transport_error() {
    let h = Harness::new().await;
    let id = h
        .fault(json!({"path": PATH, "kind": "drop_before_headers"}))
        .await;
    let error = h.http.get(h.url(PATH)).send().await.expect_err("no answer");
    assert!(
        !error.is_timeout(),
        "the connection closes at once: {error}"
    );
    // The server keeps serving other connections.
    assert_eq!(
        h.http
            .get(h.url(PATH))
            .send()
            .await
            .expect("answer")
            .status(),
        404
    );
    assert_eq!(h.hits(id).await, 1);
}

#[tokio::test]
async fn a_connection_dropped_mid_body_fails_while_reading() {
    let h = Harness::new().await;
    h.fault(json!({"path": PATH, "kind": "drop_mid_body"}))
        .await;
    let response = h
        .http
        .get(h.url(PATH))
        .send()
        .await
        .expect("headers arrive");
    assert_eq!(response.status(), 200);
    assert!(response.bytes().await.is_err(), "the body is cut off");
}

#[tokio::test]
async fn broken_bodies_arrive_as_asked() {
    let h = Harness::new().await;
    for (kind, check) in [
        ("truncated_json", "truncated"),
        ("invalid_json", "invalid"),
        ("empty200", "empty"),
        ("wrong_content_type", "text"),
    ] {
        h.fault(json!({"path": PATH, "kind": kind})).await;
        let response = h.http.get(h.url(PATH)).send().await.expect("answer");
        assert_eq!(response.status(), 200, "{kind}");
        let content_type = response.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .to_string();
        let body = response.bytes().await.expect("whole body");
        let parsed = serde_json::from_slice::<Value>(&body);
        match check {
            "truncated" => {
                assert!(
                    parsed.is_err() && body.starts_with(b"{"),
                    "{kind}: {body:?}"
                );
            }
            "invalid" => assert!(parsed.is_err(), "{kind}"),
            "empty" => assert!(body.is_empty(), "{kind}"),
            _ => {
                assert_eq!(content_type, "text/plain");
                assert!(parsed.is_ok(), "{kind}: the body itself is JSON");
            }
        }
    }
}

#[tokio::test]
async fn a_large_body_has_the_asked_size() {
    let h = Harness::new().await;
    h.fault(json!({"path": PATH, "kind": "large_body", "bytes": 5_000_000}))
        .await;
    let response = h.http.get(h.url(PATH)).send().await.expect("answer");
    // Announced in the head, so a client can refuse the body before reading any of it.
    let announced = response.content_length();
    let body = response.bytes().await.expect("body");
    assert_eq!(announced, Some(body.len() as u64));
    assert!(
        (4_999_000..=5_000_000).contains(&body.len()),
        "{}",
        body.len()
    );
    assert!(serde_json::from_slice::<Value>(&body).is_ok());
}

#[tokio::test]
async fn a_delay_outlasts_a_short_client_timeout() {
    let h = Harness::new().await;
    h.fault(json!({"path": PATH, "kind": "delay", "ms": 2000}))
        .await;
    let error = h
        .http
        .get(h.url(PATH))
        .timeout(Duration::from_millis(200))
        .send()
        .await
        .expect_err("the answer comes too late");
    assert!(error.is_timeout(), "{error}");
}

#[tokio::test]
async fn a_fault_after_handling_still_logs_the_request() {
    let h = Harness::new().await;
    h.fault(json!({"path": PATH, "kind": "status", "status": 500, "after_handling": true}))
        .await;
    let response = h.http.get(h.url(PATH)).send().await.expect("answer");
    assert_eq!(response.status(), 500);
    let log: Value = h
        .http
        .get(h.url(&format!("/__mock/requests?method=GET&path={PATH}")))
        .send()
        .await
        .expect("control answers")
        .json()
        .await
        .expect("json");
    assert_eq!(log["count"], 1);
}

#[tokio::test]
async fn bad_fault_specs_are_refused_with_a_reason() {
    let h = Harness::new().await;
    let response = h
        .http
        .post(h.url("/__mock/faults"))
        .json(&json!({"path": PATH, "kind": "meteor_strike"}))
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("json");
    assert!(
        body["error"]
            .as_str()
            .is_some_and(|e| e.contains("meteor_strike")),
        "{body}"
    );
}

#[tokio::test]
async fn connections_are_counted_and_shutdown_closes_the_port() {
    let h = Harness::new().await;
    for _ in 0..5 {
        h.http.get(h.url(PATH)).send().await.expect("answer");
    }
    let stats: Value = h
        .http
        .get(h.url("/__mock/stats"))
        .send()
        .await
        .expect("answer")
        .json()
        .await
        .expect("json");
    assert_eq!(
        stats["connections"], 1,
        "keep-alive reuses one connection: {stats}"
    );
    assert_eq!(stats["requests"], 6);
    let addr = h.mock.addr();
    h.mock.shutdown().await;
    assert!(
        tokio::net::TcpStream::connect(addr).await.is_err(),
        "port is closed"
    );
}
