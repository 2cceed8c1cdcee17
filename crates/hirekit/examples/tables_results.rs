//! Query JobMojito interview results through the Tables API: typed columns, filters, order,
//! a counted page, then every matching row page by page.
//!
//! `cargo run -p hirekit --example tables_results` runs it against the bundled mock, seeded
//! with a few results. Against JobMojito, build the client with `JobMojitoClient::from_env()?`
//! (the Tables API needs a user's email, password and the project's anon key).

use hirekit::prelude::*;
use hirekit::tables::Order;
use hirekit::tables::interview_result::Column;
use hirekit_mock::MockServer;
use hirekit_mock::config::{DEFAULT_ANON_KEY, DEFAULT_USER_EMAIL, DEFAULT_USER_PASSWORD};
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await?;
    let rows = [(9.1, "active"), (7.5, "active"), (6.0, "draft")]
        .map(|(score, status)| json!({ "score": score, "status": status }));
    mock.control().insert_rows("interview_result", rows).await?;
    let jm = JobMojitoClient::builder()
        .password(DEFAULT_USER_EMAIL, DEFAULT_USER_PASSWORD)
        .anon_key(DEFAULT_ANON_KEY)
        .options(ClientOptions::default().base_url(mock.base_url()))
        .build()?;
    let results = jm.tables().interview_result();

    // The best active results: a misspelt column would not compile.
    let page = results
        .select()
        .gte(Column::Score, 7.0)
        .eq(Column::Status, "active")
        .order(Order::desc(Column::Score).nulls_last())
        .columns([Column::Id, Column::Score])
        .limit(20)
        .count_exact()
        .send()
        .await?;
    println!("{} of {:?} rows", page.rows.len(), page.total);
    for row in &page.rows {
        println!("  {:?}: {:?}", row.id, row.score);
    }

    // Every result, fetched 2 rows at a time.
    let mut all = results.select().stream(2);
    while let Some(row) = all.try_next().await? {
        println!("  {:?} {:?}", row.status, row.score);
    }
    Ok(())
}
