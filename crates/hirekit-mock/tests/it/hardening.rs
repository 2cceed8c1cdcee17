//! Hardening of the mock (issue 10, item 13), seen from a client: stalled connections are
//! closed, control requests need the JSON content type, a 405 says what is allowed, the
//! Functions API takes only tokens the mock issued or its demo tokens, an empty `merchant_id`
//! is refused, and the spec says that `sp` cannot be empty.

use std::io::ErrorKind;
use std::time::Duration;

use hirekit_mock::router::Api;
use hirekit_mock::{Config, MockServer, config};
use serde_json::{Value, json};

use crate::common::http;

/// Checks a JobMojito Functions error body against the spec's `Error` schema.
fn assert_functions_error_shape(mock: &MockServer, body: &Value) {
    let api = mock.shared().api(Api::Functions);
    let checked = api
        .schemas
        .check(&json!({ "$ref": "#/components/schemas/Error" }), body);
    assert!(
        checked.is_ok(),
        "not the spec's Error shape: {body} ({checked:?})"
    );
}

/// The methods the spec the mock serves declares for `template` (a spec path key).
fn spec_methods(mock: &MockServer, api: Api, template: &str) -> String {
    let mut methods: Vec<String> = mock
        .shared()
        .api(api)
        .spec
        .operations()
        .iter()
        .filter(|op| op.path == template)
        .map(|op| op.method_upper())
        .collect();
    methods.sort();
    assert!(!methods.is_empty(), "{template} is not in the spec");
    methods.join(", ")
}

// ----------------------------------------------------------------------- header-read timeout

#[tokio::test]
async fn mock_times_out_a_stalled_header_read() {
    let mock = MockServer::start_with(
        Config {
            header_read_timeout: Some(Duration::from_millis(300)),
            ..Config::default()
        },
        0,
    )
    .await
    .expect("mock starts");
    let addr = mock.addr();
    // A plain blocking socket with a read timeout as the bound, on the blocking pool so the
    // mock keeps running on this runtime.
    let outcome = tokio::task::spawn_blocking(move || {
        use std::io::{Read as _, Write as _};
        let mut stream = std::net::TcpStream::connect(addr).expect("connects");
        stream
            .set_read_timeout(Some(Duration::from_secs(15)))
            .expect("read timeout set");
        // Half a request line, then nothing.
        stream.write_all(b"GET /api/v2/tea").expect("writes");
        let mut received = Vec::new();
        let mut chunk = [0u8; 1024];
        loop {
            match stream.read(&mut chunk) {
                Ok(0) => return Ok(received),
                Ok(n) => received.extend_from_slice(&chunk[..n]),
                Err(e) => return Err((e.kind(), received)),
            }
        }
    })
    .await
    .expect("the reader finishes");
    let received = match outcome {
        // End of stream: the server closed the connection.
        Ok(received) => received,
        Err((ErrorKind::WouldBlock | ErrorKind::TimedOut, _)) => {
            panic!("the server still holds a connection that stalled mid-request line after 15 s")
        }
        // A reset also means the server let go.
        Err((_, received)) => received,
    };
    let text = String::from_utf8_lossy(&received);
    assert!(
        !text.starts_with("HTTP/1.1 2"),
        "a stalled request was answered as a success: {text}"
    );
}

#[test]
fn mock_default_config_has_a_header_read_timeout() {
    let timeout = Config::default().header_read_timeout;
    // Bounded, yet longer than the 90 s a reqwest pool keeps an idle connection: a shorter
    // limit closes pooled connections just as a client reuses them (a 5 s limit broke 1 of
    // 20,000 requests in hirekit's load test).
    assert!(
        timeout.is_some_and(|t| t > Duration::from_secs(90) && t <= Duration::from_secs(300)),
        "{timeout:?}"
    );
}

// --------------------------------------------------------------------- control endpoints CSRF

#[tokio::test]
async fn mock_control_refuses_state_changes_without_the_json_content_type() {
    let mock = MockServer::start().await.expect("mock starts");
    let http = http();
    let url = |path: &str| format!("{}/__mock/{path}", mock.base_url());
    let fault = http
        .post(url("faults"))
        .json(&json!({ "path": "/api/v2/teams", "kind": "status", "status": 503 }))
        .send()
        .await
        .expect("answer");
    assert_eq!(fault.status(), 201, "a JSON control request is accepted");

    // What a cross-site page can send without a preflight: text/plain, a form, or no type.
    let attempts = [
        http.post(url("reset"))
            .header("content-type", "text/plain")
            .body("{}"),
        http.post(url("reset"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("a=b"),
        http.post(url("reset")),
        http.delete(url("faults"))
            .header("content-type", "text/plain;charset=UTF-8"),
        http.post(url("faults"))
            .header("content-type", "text/plain")
            .body(r#"{"path": "/api/v2/teams", "kind": "status", "status": 500}"#),
    ];
    for attempt in attempts {
        let response = attempt.send().await.expect("answer");
        assert_eq!(response.status(), 415);
        let body: Value = response.json().await.expect("a JSON error");
        assert_eq!(body["required_content_type"], "application/json", "{body}");
        assert!(
            body["error"]
                .as_str()
                .is_some_and(|e| e.contains("application/json")),
            "{body}"
        );
    }

    // None of them changed anything: the one fault is still there, unhit.
    let faults: Value = http
        .get(url("faults"))
        .send()
        .await
        .expect("answer")
        .json()
        .await
        .expect("json");
    assert_eq!(
        faults["faults"].as_array().map(Vec::len),
        Some(1),
        "{faults}"
    );
}

#[tokio::test]
async fn mock_control_takes_a_bodiless_post_with_the_json_content_type() {
    let mock = MockServer::start().await.expect("mock starts");
    let http = http();
    for content_type in ["application/json", "Application/JSON; charset=utf-8"] {
        let response = http
            .post(format!("{}/__mock/reset", mock.base_url()))
            .header("content-type", content_type)
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), 200, "{content_type}");
    }
    // Reading needs no content type.
    let health = http
        .get(format!("{}/__mock/health", mock.base_url()))
        .send()
        .await
        .expect("answer");
    assert_eq!(health.status(), 200);
}

// ---------------------------------------------------------------------------- 405 and Allow

#[tokio::test]
async fn mock_405_carries_an_allow_header_from_the_spec() {
    let mock = MockServer::start().await.expect("mock starts");
    let http = http();
    let cases = [
        (Api::Jofi, "/api/v2/invitations", "/invitations", "DELETE"),
        (
            Api::Jofi,
            "/api/v2/invitations/1",
            "/invitations/{invitationId}",
            "DELETE",
        ),
        (
            Api::Functions,
            "/functions/v1/merchant-status",
            "/merchant-status",
            "POST",
        ),
        (
            Api::Tables,
            "/rest/v1/interview_result",
            "/rest/v1/interview_result",
            "PUT",
        ),
    ];
    for (api, path, template, method) in cases {
        let response = http
            .request(
                reqwest::Method::from_bytes(method.as_bytes()).expect("method"),
                format!("{}{path}", mock.base_url()),
            )
            .header("authorization", "Bearer sk_test_allow")
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), 405, "{method} {path}");
        let allow = response
            .headers()
            .get("allow")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        assert_eq!(
            allow.as_deref(),
            Some(spec_methods(&mock, api, template).as_str()),
            "{method} {path}"
        );
    }
}

// ------------------------------------------------------------------------- Functions tokens

async fn sign_in(mock: &MockServer) -> String {
    let session: Value = http()
        .post(format!(
            "{}/auth/v1/token?grant_type=password",
            mock.tables_url()
        ))
        .header("apikey", config::DEFAULT_ANON_KEY)
        .json(&json!({
            "email": config::DEFAULT_USER_EMAIL,
            "password": config::DEFAULT_USER_PASSWORD,
        }))
        .send()
        .await
        .expect("answer")
        .json()
        .await
        .expect("a session");
    session["access_token"]
        .as_str()
        .expect("an access token")
        .to_string()
}

async fn languages(mock: &MockServer, token: &str) -> (u16, Value) {
    let response = http()
        .get(format!("{}/platform-languages-list", mock.functions_url()))
        .bearer_auth(token)
        .send()
        .await
        .expect("answer");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn mock_functions_refuse_a_token_the_mock_did_not_issue() {
    let mock = MockServer::start().await.expect("mock starts");
    let (status, body) = languages(&mock, "made-up-LEAKCANARY-token").await;
    assert_eq!(status, 401, "{body}");
    assert_functions_error_shape(&mock, &body);
    assert!(
        !body.to_string().contains("LEAKCANARY"),
        "the refusal repeats the token: {body}"
    );
    // A JWT-shaped token the mock never issued is no better.
    let (status, body) = languages(&mock, "eyJhbGciOiJIUzI1NiJ9.e30.x").await;
    assert_eq!(status, 401, "{body}");
    assert_functions_error_shape(&mock, &body);
}

#[tokio::test]
async fn mock_functions_accept_an_issued_token_and_the_demo_token() {
    let mock = MockServer::start().await.expect("mock starts");
    let issued = sign_in(&mock).await;
    let (status, body) = languages(&mock, &issued).await;
    assert_eq!(status, 200, "issued token: {body}");
    let (status, body) = languages(&mock, config::DEMO_TOKEN).await;
    assert_eq!(status, 200, "demo token: {body}");

    // An issued token stops working when its session expires, as the spec describes.
    let expired = http()
        .post(format!("{}/__mock/tables/expire", mock.base_url()))
        .header("content-type", "application/json")
        .send()
        .await
        .expect("answer");
    assert_eq!(expired.status(), 200);
    let (status, body) = languages(&mock, &issued).await;
    assert_eq!(status, 401, "expired token: {body}");
    assert_functions_error_shape(&mock, &body);
}

#[tokio::test]
async fn mock_functions_take_only_the_configured_demo_tokens() {
    let mock = MockServer::start_with(
        Config {
            demo_tokens: vec!["suite-token".to_string()],
            ..Config::default()
        },
        0,
    )
    .await
    .expect("mock starts");
    assert_eq!(languages(&mock, "suite-token").await.0, 200);
    assert_eq!(languages(&mock, config::DEMO_TOKEN).await.0, 401);
}

// -------------------------------------------------------------------------- empty merchant_id

#[tokio::test]
async fn mock_refuses_an_empty_merchant_id() {
    let mock = MockServer::start().await.expect("mock starts");
    let http = http();
    for path in [
        "/merchant-status?merchant_id=",
        "/merchant-result-list?merchant_id=",
    ] {
        let response = http
            .get(format!("{}{path}", mock.functions_url()))
            .bearer_auth(config::DEMO_TOKEN)
            .send()
            .await
            .expect("answer");
        assert_eq!(response.status(), 400, "{path}");
        let body: Value = response.json().await.expect("a JSON error");
        assert_functions_error_shape(&mock, &body);
        assert_eq!(body["name"], "merchant_id", "{path}: {body}");
    }
    let chosen = http
        .get(format!(
            "{}/merchant-status?merchant_id=28106cba-1c27-4e53-b149-32113e5e8e31",
            mock.functions_url()
        ))
        .bearer_auth(config::DEMO_TOKEN)
        .send()
        .await
        .expect("answer");
    assert_eq!(chosen.status(), 200, "a merchant id is still taken");
}

// ----------------------------------------------------------------------------- empty sp

#[tokio::test]
async fn mock_refuses_an_empty_sp_because_the_spec_says_so() {
    let mock = MockServer::start().await.expect("mock starts");
    let spec = &mock.shared().api(Api::Jofi).spec;
    let operation = spec
        .operation_by_id("get_scorecard")
        .expect("get_scorecard is in the spec");
    let parameters = operation.parameters().expect("readable parameters");
    let sp = parameters
        .iter()
        .find(|p| p.name == "sp")
        .expect("sp is declared");
    assert_eq!(
        sp.schema.and_then(|s| s.get("minLength")),
        Some(&json!(1)),
        "the spec must say that sp cannot be empty"
    );

    let response = http()
        .get(format!("{}/test-takers/1/scorecard?sp=", mock.jofi_url()))
        .bearer_auth("sk_test_scorecard")
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("a JSON error");
    // Refused by the spec check on the parameter, not only by the handler's profile lookup.
    assert!(
        body["message"]
            .as_str()
            .is_some_and(|m| m.contains("query parameter `sp`")),
        "{body}"
    );
}
