//! Per-request overhead: one JOFI invitation-list call (a ~2 KB JSON answer from a canned
//! loopback server) through (a) hand-written reqwest + serde_json, (b) the raw generated
//! client, and (c) the hirekit facade with its default retry and tracing settings. The
//! baseline runs once more at the end, as a measure of the machine's noise; then baseline and
//! facade run paired and interleaved (`target/hirekit-bench/paired.json`).

use criterion::{Criterion, criterion_main};
use hirekit::ClientOptions;
use std::time::Instant;

use hirekit_bench::{JOFI_KEY, canned_server, jofi_invitation_list, paired_ratios, record_paired};
use jofi_raw::types::InvitationList;

fn overhead(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (base, size) = runtime.block_on(async {
        let body = jofi_invitation_list(2048).await.expect("fixture");
        let size = body.len();
        let addr = canned_server(body).await.expect("canned server");
        (format!("http://{addr}"), size)
    });
    hirekit::install_crypto_provider();

    let http = reqwest::Client::new();
    let raw = jofi_raw::Client::new_with_client(
        &base,
        reqwest::Client::builder()
            .default_headers(
                [(
                    reqwest::header::AUTHORIZATION,
                    format!("Bearer {JOFI_KEY}").parse().expect("header"),
                )]
                .into_iter()
                .collect(),
            )
            .build()
            .expect("client"),
    );
    let facade = hirekit::jofi::Client::builder(JOFI_KEY)
        .options(ClientOptions::default().base_url(&base))
        .build()
        .expect("facade client");

    let mut group = c.benchmark_group(format!("overhead/{size}-byte answer"));
    let baseline = |b: &mut criterion::Bencher<'_>| {
        b.to_async(&runtime).iter(|| async {
            let bytes = http
                .get(format!("{base}/invitations"))
                .bearer_auth(JOFI_KEY)
                .send()
                .await
                .expect("answer")
                .bytes()
                .await
                .expect("body");
            let list: InvitationList = serde_json::from_slice(&bytes).expect("decodes");
            list
        });
    };
    group.bench_function("reqwest + serde_json", &baseline);
    group.bench_function("raw generated client", |b| {
        b.to_async(&runtime).iter(|| async {
            raw.list_invitations()
                .send()
                .await
                .expect("answer")
                .into_inner()
        });
    });
    group.bench_function("hirekit facade", |b| {
        b.to_async(&runtime)
            .iter(|| async { facade.invitations().list().await.expect("answer") });
    });
    // The baseline once more, last: how far it moves from its first run is the noise of this
    // machine, against which the ratios above should be read.
    group.bench_function("reqwest + serde_json, again", &baseline);
    group.finish();

    // The baseline and the facade once more, paired and interleaved (see `paired_ratios`).
    const BATCH: usize = 200;
    let baseline_batch = || {
        runtime.block_on(async {
            let started = Instant::now();
            for _ in 0..BATCH {
                let bytes = http
                    .get(format!("{base}/invitations"))
                    .bearer_auth(JOFI_KEY)
                    .send()
                    .await
                    .expect("answer")
                    .bytes()
                    .await
                    .expect("body");
                let list: InvitationList = serde_json::from_slice(&bytes).expect("decodes");
                std::hint::black_box(list);
            }
            started.elapsed()
        })
    };
    // One batch of the facade's call through `client`.
    let facade_batch = |client: &hirekit::jofi::Client| {
        runtime.block_on(async {
            let started = Instant::now();
            for _ in 0..BATCH {
                std::hint::black_box(client.invitations().list().await.expect("answer"));
            }
            started.elapsed()
        })
    };
    let ratios = paired_ratios(30, baseline_batch, || facade_batch(&facade));
    record_paired(&format!("overhead/{size}-byte answer"), BATCH, &ratios)
        .expect("paired figures written");

    // With HIREKIT_BENCH_DIAGNOSE set: where the facade's extra time goes (not in the report).
    if std::env::var_os("HIREKIT_BENCH_DIAGNOSE").is_some() {
        let no_deadline = hirekit::jofi::Client::builder(JOFI_KEY)
            .options(
                ClientOptions::default()
                    .base_url(&base)
                    .retry(hirekit::RetryPolicy::default().with_deadline(None)),
            )
            .build()
            .expect("facade client");
        let ratios = paired_ratios(30, baseline_batch, || {
            runtime.block_on(async {
                let started = Instant::now();
                for _ in 0..BATCH {
                    std::hint::black_box(raw.list_invitations().send().await.expect("answer"));
                }
                started.elapsed()
            })
        });
        record_paired("diagnose/raw client", BATCH, &ratios).expect("written");
        let ratios = paired_ratios(30, baseline_batch, || facade_batch(&no_deadline));
        record_paired("diagnose/facade without deadline", BATCH, &ratios).expect("written");
        let no_retry = hirekit::jofi::Client::builder(JOFI_KEY)
            .options(
                ClientOptions::default()
                    .base_url(&base)
                    .retry(hirekit::RetryPolicy::never()),
            )
            .build()
            .expect("facade client");
        let ratios = paired_ratios(30, baseline_batch, || facade_batch(&no_retry));
        record_paired("diagnose/facade without retries", BATCH, &ratios).expect("written");
        // The baseline with each thing every facade request carries: the spec's headers, and a
        // per-request timeout.
        for (name, timeout, headers) in [
            ("diagnose/baseline with headers", false, true),
            ("diagnose/baseline with timeout", true, false),
        ] {
            let ratios = paired_ratios(30, baseline_batch, || {
                runtime.block_on(async {
                    let started = Instant::now();
                    for _ in 0..BATCH {
                        let mut request = http
                            .get(format!("{base}/invitations"))
                            .bearer_auth(JOFI_KEY);
                        if headers {
                            request = request
                                .header("accept", "application/json")
                                .header("api-version", "2.3.0");
                        }
                        if timeout {
                            request = request.timeout(std::time::Duration::from_secs(60));
                        }
                        let bytes = request
                            .send()
                            .await
                            .expect("answer")
                            .bytes()
                            .await
                            .expect("body");
                        let list: InvitationList = serde_json::from_slice(&bytes).expect("decodes");
                        std::hint::black_box(list);
                    }
                    started.elapsed()
                })
            });
            record_paired(name, BATCH, &ratios).expect("written");
        }
    }
}

// criterion_group! generates an undocumented function.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::overhead);
}
criterion_main!(group::benches);
