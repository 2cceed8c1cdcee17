//! Decode throughput: a 1,000-row JobMojito `merchant-result-list` page and a 30-item JOFI
//! test-taker list, decoded (a) with `serde_json::from_slice` into the generated types and (b)
//! through the facade's decode path for a received answer (shape check, rebuilt response, the
//! generated code's decode), without the network. After criterion's measurements, the same
//! comparison runs paired and interleaved (`target/hirekit-bench/paired.json`).

use std::hint::black_box;
use std::time::Instant;

use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_main};
use futures_util::FutureExt as _;
use hirekit_bench::{jobmojito_result_page, jofi_test_taker_list, paired_ratios, record_paired};
use serde::de::DeserializeOwned;

fn compare<T: DeserializeOwned>(c: &mut Criterion, name: &str, body: Bytes, batch: usize) {
    // Both must decode the fixture, or the comparison means nothing.
    serde_json::from_slice::<T>(&body).expect("the fixture decodes with serde_json");
    hirekit::__bench::decode_received::<T>(body.clone())
        .now_or_never()
        .flatten()
        .expect("the fixture decodes through the facade");

    let mut group = c.benchmark_group(format!("decode/{name}"));
    group.throughput(Throughput::Bytes(body.len() as u64));
    // The two differ by microseconds on a multi-millisecond decode; longer runs narrow the
    // intervals on a shared machine.
    group.measurement_time(std::time::Duration::from_secs(8));
    group.bench_function("serde_json::from_slice", |b| {
        b.iter(|| serde_json::from_slice::<T>(black_box(&body)).expect("decodes"));
    });
    group.bench_function("hirekit facade", |b| {
        b.iter(|| {
            hirekit::__bench::decode_received::<T>(black_box(body.clone()))
                .now_or_never()
                .flatten()
                .expect("decodes")
        });
    });
    group.finish();

    // The same comparison, paired and interleaved (see `paired_ratios`).
    let ratios = paired_ratios(
        30,
        || {
            let started = Instant::now();
            for _ in 0..batch {
                black_box(serde_json::from_slice::<T>(black_box(&body)).expect("decodes"));
            }
            started.elapsed()
        },
        || {
            let started = Instant::now();
            for _ in 0..batch {
                black_box(
                    hirekit::__bench::decode_received::<T>(black_box(body.clone()))
                        .now_or_never()
                        .flatten()
                        .expect("decodes"),
                );
            }
            started.elapsed()
        },
    );
    record_paired(&format!("decode/{name}"), batch, &ratios).expect("paired figures written");
}

fn decode(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (results, takers) = runtime.block_on(async {
        (
            jobmojito_result_page().await.expect("result page fixture"),
            jofi_test_taker_list().await.expect("test-taker fixture"),
        )
    });
    drop(runtime);
    compare::<jobmojito_raw::functions::types::MerchantResultListResponse>(
        c,
        "jobmojito 1000-row result page",
        results,
        20,
    );
    compare::<jofi_raw::types::TestTakerList>(c, "jofi 30-item test-taker list", takers, 500);
}

// criterion_group! generates an undocumented function.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::decode);
}
criterion_main!(group::benches);
