//! Compile-time proof that every paged stream the clients return is `Unpin` and `Send`, so
//! callers can use `next()`/`try_next()` on it without `pin!` and drive it on any thread.
//! Nothing here is polled: the streams are lazy and the loopback base URL is never asked.

use futures_core::Stream;

use crate::ClientOptions;
use crate::jobmojito::{
    AnalyticsQuery, AvatarQuery, CandidateQuery, Client, CreditUsageQuery, DirectoryQuery,
    InterviewQuery, ResultQuery, SubMerchantQuery,
};

/// Compiles only for a stream that is `Unpin` and `Send`.
fn assert_unpin_send<S: Stream + Unpin + Send>(_: &S) {}

/// Compiles only for a stream that is `Unpin`.
fn assert_unpin<S: Stream + Unpin>(_: &S) {}

fn client() -> Client {
    Client::builder()
        .token("unpin-test-token")
        .anon_key("unpin-test-anon-key")
        .options(ClientOptions::default().base_url("http://127.0.0.1:9"))
        .build()
        .expect("a client for a loopback URL")
}

#[test]
fn every_jobmojito_list_stream_is_unpin_and_send() {
    let jm = client();
    assert_unpin_send(&jm.interviews().list_pages(&InterviewQuery::new()));
    assert_unpin_send(&jm.interviews().list_all(&InterviewQuery::new()));
    assert_unpin_send(&jm.results().list_pages(&ResultQuery::new()));
    assert_unpin_send(&jm.results().list_all(&ResultQuery::new()));
    assert_unpin_send(
        &jm.results()
            .analytics_pages(&AnalyticsQuery::new("2026-01-01", "2026-01-31")),
    );
    assert_unpin_send(
        &jm.results()
            .analytics_all(&AnalyticsQuery::new("2026-01-01", "2026-01-31")),
    );
    assert_unpin_send(&jm.results().credit_usage_pages(&CreditUsageQuery::new()));
    assert_unpin_send(&jm.results().credit_usage_all(&CreditUsageQuery::new()));
    assert_unpin_send(&jm.catalogue().list_pages(&DirectoryQuery::new()));
    assert_unpin_send(&jm.catalogue().list_all(&DirectoryQuery::new()));
    assert_unpin_send(&jm.candidates().list_pages(&CandidateQuery::new()));
    assert_unpin_send(&jm.candidates().list_all(&CandidateQuery::new()));
    assert_unpin_send(&jm.admin().sub_merchants_pages(&SubMerchantQuery::new()));
    assert_unpin_send(&jm.admin().sub_merchants_all(&SubMerchantQuery::new()));
    assert_unpin_send(&jm.admin().avatars_pages(&AvatarQuery::new()));
    assert_unpin_send(&jm.admin().avatars_all(&AvatarQuery::new()));
}

/// `Select::stream` is one generic method; two tables with different row types stand for all.
#[cfg(feature = "tables")]
#[test]
fn the_tables_stream_is_unpin_and_send() {
    let jm = client();
    assert_unpin_send(&jm.tables().interview_result().select().stream(50));
    assert_unpin_send(&jm.tables().profile_interview().select().stream(50));
}

/// The public paging building blocks stay `Unpin` even when the fetch function is neither
/// `Unpin` nor `Send` (an `Rc` inside), so a vendor module built on them needs no pinning.
#[test]
fn the_generic_pager_is_unpin_whatever_the_fetch() {
    use crate::pagination::{Page, PageInfo, items, pages};

    struct Empty;
    impl Page for Empty {
        type Item = ();
        fn info(&self) -> PageInfo {
            PageInfo {
                offset: 0,
                has_more: false,
                total: Some(0),
            }
        }
        fn len(&self) -> usize {
            0
        }
        fn into_items(self) -> Vec<()> {
            Vec::new()
        }
    }

    let shared = std::rc::Rc::new(std::marker::PhantomPinned);
    let fetch = move |_offset: u64| {
        let held = std::rc::Rc::clone(&shared);
        async move {
            drop(held);
            Ok(Empty)
        }
    };
    let paged = pages(0, fetch);
    assert_unpin(&paged);
    assert_unpin(&items(paged));
}
