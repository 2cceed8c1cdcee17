//! Setup shared by the test modules.

use std::net::SocketAddr;
use std::sync::Arc;

use hirekit::jobmojito::types::JobInterviewCreateFromArrayRequest;
use serde_json::json;

/// The interview template the mock seeds.
pub const TEMPLATE: &str = "00000000-0008-4000-8000-000000000001";

/// A request for an active one-question interview on the mock's seeded template, named `name`
/// and described by `description`.
pub fn interview_request(name: &str, description: &str) -> JobInterviewCreateFromArrayRequest {
    serde_json::from_value(json!({
        "name": name,
        "location": "Remote",
        "description": description,
        "interview_template_id": TEMPLATE,
        "mojito_language_code": "en",
        "status": "active",
        "type": "interview",
        "visibility": "merchant_invite",
        "questions": [{ "question": "What did you build last year?" }]
    }))
    .expect("a valid request")
}

/// Starts a byte-level forwarder in front of `target` and answers its base URL. Every chunk a
/// client sends is shown to `note` before it is forwarded, so a call that has its answer has
/// had its request noted; the answers pass back untouched.
pub async fn forwarder(target: SocketAddr, note: impl Fn(&[u8]) + Send + Sync + 'static) -> String {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let note = Arc::new(note);
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let note = note.clone();
            tokio::spawn(async move {
                let Ok(server) = tokio::net::TcpStream::connect(target).await else {
                    return;
                };
                let (mut client_read, mut client_write) = client.into_split();
                let (mut server_read, mut server_write) = server.into_split();
                tokio::spawn(async move {
                    let _ = tokio::io::copy(&mut server_read, &mut client_write).await;
                });
                let mut buffer = vec![0u8; 64 * 1024];
                loop {
                    let n = match client_read.read(&mut buffer).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    note(&buffer[..n]);
                    if server_write.write_all(&buffer[..n]).await.is_err() {
                        break;
                    }
                }
            });
        }
    });
    format!("http://{addr}")
}

/// Names, in a child started by [`in_own_process`], the one test it is to run.
const OWN_PROCESS_VAR: &str = "HIREKIT_TEST_OWN_PROCESS";

/// For a test that measures the whole process (open file descriptors, resident memory), which
/// in this binary would also count what the tests running beside it open and allocate. Called
/// first with the test's full name (`module::test`): in the test run it starts this binary
/// again to run that test alone, checks that the child ran it and it passed, and answers
/// `false` (the caller returns); in the child it answers `true` (the caller goes on and
/// measures a process of its own). Under nextest, which already gives every test a process of
/// its own, it answers `true` at once.
///
/// The child inherits the environment, `HIREKIT_REPORT_DIR` included. Blocking the caller's
/// runtime thread while the child runs is fine: nothing else is scheduled on it.
pub fn in_own_process(test: &str) -> bool {
    if std::env::var_os(OWN_PROCESS_VAR).is_some_and(|named| named == test)
        || std::env::var_os("NEXTEST_EXECUTION_MODE").is_some_and(|mode| mode == "process-per-test")
    {
        return true;
    }
    let binary = std::env::current_exe().expect("the test binary's path");
    let output = std::process::Command::new(binary)
        .args([test, "--exact", "--test-threads", "1"])
        .env(OWN_PROCESS_VAR, test)
        .output()
        .expect("the test binary starts again");
    let stdout = String::from_utf8_lossy(&output.stdout);
    // Shown by the test harness with this test's output (on failure, or with --nocapture).
    println!("{test} in its own process:\n{stdout}");
    eprintln!("{}", String::from_utf8_lossy(&output.stderr));
    assert!(
        output.status.success(),
        "{test} failed in its own process ({})",
        output.status
    );
    // A name that matches no test would pass vacuously.
    assert!(
        stdout.contains("test result: ok. 1 passed;"),
        "{test} did not run in its own process"
    );
    false
}
