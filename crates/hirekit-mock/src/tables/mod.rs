//! JobMojito Tables: a PostgREST subset over in-memory rows, and the Supabase Auth token
//! endpoint that issues the tokens it requires.
//!
//! The tables and their columns come from the loaded spec (`specs/jobmojito-tables.yaml`), so
//! every table the spec lists is served and nothing is copied by hand.
//!
//! # Authentication
//!
//! - `POST /auth/v1/token?grant_type=password` with a configured user's `{email, password}`
//!   answers a session (`access_token`, `token_type`, `expires_in`, `expires_at`,
//!   `refresh_token`, `user`) whose access token lives for `Config::token_lifetime`; wrong
//!   credentials are a 400 `invalid_grant`.
//! - `?grant_type=refresh_token` trades a refresh token for a new session and spends the old
//!   refresh token; reusing it is a 400 `invalid_grant`.
//! - Both need `apikey` = `Config::anon_key` (else 401), and so does every `/rest/v1` call,
//!   which also needs `Authorization: Bearer` with a live access token the mock issued (else 401,
//!   PostgREST's `PGRST301`, or `PGRST303` "JWT expired").
//!
//! # Queries
//!
//! Filters `eq, neq, gt, gte, lt, lte, like, ilike, is, in` with optional `not.`; `order`
//! (several terms, `asc|desc`, `nullsfirst|nullslast`); `limit`, `offset` and the `Range`
//! header; `select` of plain columns or `*`; `Prefer: return=representation|minimal`,
//! `count=exact` (`Content-Range: <first>-<last>/<total>`, 206 for a partial range) and
//! `resolution=merge-duplicates|ignore-duplicates` on insert. Inserts fill `id` (a uuid, or a
//! number for an integer column) and `created_at` when the spec has them and the row lacks them.
//! Not supported: embedding related tables, aliases, casts, and the `or` parameter (a 400 says
//! so instead of ignoring it).
//!
//! Update and delete answer only with `Prefer: return=representation`, since the spec declares
//! no 204 for them (PostgREST's answer to `return=minimal`); an insert with `return=minimal`
//! answers 201 without a body.
//!
//! # Control endpoints (`/__mock/tables/…`)
//!
//! | Method and path | Effect |
//! |---|---|
//! | `POST /__mock/tables/expire` | expire every issued access token, answers `{expired}` (how many were live) |
//! | `POST /__mock/tables/<table>/rows` | store the rows of the JSON array body as they are (ids and `created_at` filled in), answers `{inserted, rows}` |
//! | `GET /__mock/tables/<table>/rows` | every stored row of the table |

mod auth;
mod catalog;
mod filter;
mod query;
mod store;

use std::cmp::Ordering;

use serde_json::{Map, Value, json};

use crate::call::Call;
use crate::reply::{self, Reply};
use crate::router::Api;
use crate::shared::{Shared, lock};
use crate::validate::Body;

use catalog::Table;
use query::{OrderBy, Prefer, Problem};
use store::{Inserted, OnConflict, Row};

pub use auth::Refused;

/// Rows of every table and the sessions the auth endpoint issued.
#[derive(Debug, Default)]
pub struct State {
    sessions: auth::Sessions,
    store: store::Store,
}

impl State {
    /// Whether `token` is a live access token issued by `/auth/v1/token`. The Functions API
    /// asks too, since JobMojito's functions take the same Supabase tokens.
    pub fn check_access_token(&self, token: &str) -> Result<(), Refused> {
        self.sessions.check(token)
    }
}

/// Answers one request.
pub fn serve(call: Call<'_>) -> Reply {
    match call.route.operation_id.as_str() {
        "sign_in_with_password" | "refresh_session" => grant(call),
        _ => rest(call),
    }
}

/// Whether the request carries the project's anon key.
fn has_anon_key(call: &Call<'_>) -> Result<(), &'static str> {
    match call.header("apikey") {
        Some(key) if key == call.shared.config.anon_key => Ok(()),
        Some(_) => Err("Invalid API key"),
        None => Err("No API key found in request: send the project's anon key as `apikey`"),
    }
}

/// `/auth/v1/token`, both grants.
fn grant(mut call: Call<'_>) -> Reply {
    let shared = call.shared;
    if let Err(message) = has_anon_key(&call) {
        return reply::auth_error(401, "invalid_api_key", message);
    }
    let input = match call.validate() {
        Ok(input) => input,
        Err(violations) => {
            return reply::auth_error(400, "invalid_request", reply::describe(&violations));
        }
    };
    let body = match input.body {
        Body::Json(Value::Object(body)) => body,
        _ => return reply::auth_error(400, "invalid_request", "a JSON object body is required"),
    };
    let text = |key: &str| body.get(key).and_then(Value::as_str).unwrap_or("");
    let lifetime = shared.config.token_lifetime;
    let mut state = lock(&shared.tables);
    if call.route.operation_id == "sign_in_with_password" {
        let (email, password) = (text("email"), text("password"));
        let user = shared
            .config
            .users
            .iter()
            .find(|u| u.email.eq_ignore_ascii_case(email) && u.password == password);
        match user {
            Some(user) => Reply::json(200, state.sessions.sign_in(user, lifetime)),
            None => reply::auth_error(400, "invalid_grant", "Invalid login credentials"),
        }
    } else {
        match state.sessions.refresh(text("refresh_token"), lifetime) {
            Ok(session) => Reply::json(200, session),
            Err(message) => reply::auth_error(400, "invalid_grant", message),
        }
    }
}

/// A 400 (or the problem's own status) in PostgREST's shape.
fn problem(status: u16, p: Problem) -> Reply {
    reply::postgrest_error(status, p.code, p.message)
}

/// `/rest/v1/<table>`, every method.
fn rest(mut call: Call<'_>) -> Reply {
    let shared = call.shared;
    if let Err(message) = has_anon_key(&call) {
        return reply::postgrest_error(401, "PGRST301", message);
    }
    let Some(token) = call.bearer().map(str::to_string) else {
        return reply::postgrest_error(
            401,
            "PGRST301",
            "no `Authorization: Bearer` token: sign in first",
        );
    };
    match lock(&shared.tables).sessions.check(&token) {
        Ok(()) => {}
        Err(auth::Refused::Expired) => {
            return reply::postgrest_error(401, "PGRST303", "JWT expired");
        }
        Err(auth::Refused::Unknown) => {
            return reply::postgrest_error(
                401,
                "PGRST301",
                "the bearer token was not issued by this server",
            );
        }
    }
    let name = call.path.trim_start_matches("/rest/v1/").to_string();
    let Some(table) = catalog::table(&shared.api(Api::Tables).spec, &name) else {
        return reply::postgrest_error(
            404,
            "PGRST205",
            format!("Could not find the table 'public.{name}' in the schema cache"),
        );
    };
    let prefer = query::prefer(call.header("prefer"));
    let range = call.header("range").map(str::to_string);
    let input = match call.validate() {
        Ok(input) => input,
        Err(violations) => {
            // The validator knows only the spec's filter parameters, so an undeclared query
            // parameter is an unknown column: answer as PostgreSQL does, naming it.
            let unknown = violations
                .iter()
                .find(|v| v.message.starts_with("unknown query parameter"));
            return match unknown {
                Some(v) => problem(400, Problem::unknown_column(&name, &v.field)),
                None => problem(400, Problem::parse(reply::describe(&violations))),
            };
        }
    };
    let pairs = input.query_pairs;
    let param = |key: &str| {
        pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    if param("or").is_some() {
        return problem(
            400,
            Problem::parse("the mock does not evaluate `or`; send one filter per column instead"),
        );
    }
    let mut state = lock(&shared.tables);
    let store = &mut state.store;
    let extra = store.extra_columns(&table);
    let outcome = match call.route.method.as_str() {
        "GET" => select(store, &table, &extra, &pairs, range.as_deref(), &prefer),
        "POST" => insert(
            store,
            &table,
            &extra,
            param("select"),
            param("columns"),
            input.body,
            &prefer,
        ),
        "PATCH" => update(store, &table, &extra, &pairs, input.body, &prefer),
        _ => delete(store, &table, &extra, &pairs, &prefer),
    };
    outcome.unwrap_or_else(|(status, p)| problem(status, p))
}

type Outcome = Result<Reply, (u16, Problem)>;

fn bad(p: Problem) -> (u16, Problem) {
    (400, p)
}

fn get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Keeps only the selected columns of each row (every column for `None`).
fn project(rows: Vec<Row>, columns: Option<&[String]>) -> Value {
    let rows = rows.into_iter().map(|row| match columns {
        None => Value::Object(row),
        Some(columns) => Value::Object(
            columns
                .iter()
                .map(|c| (c.clone(), row.get(c).cloned().unwrap_or(Value::Null)))
                .collect(),
        ),
    });
    Value::Array(rows.collect())
}

fn sort(rows: &mut [Row], order: &[OrderBy]) {
    rows.sort_by(|a, b| {
        for term in order {
            let x = a.get(&term.column).filter(|v| !v.is_null());
            let y = b.get(&term.column).filter(|v| !v.is_null());
            let ordering = match (x, y) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) if term.nulls_first => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) if term.nulls_first => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(x), Some(y)) => {
                    let o = filter::compare_cells(x, y);
                    if term.descending { o.reverse() } else { o }
                }
            };
            if ordering != Ordering::Equal {
                return ordering;
            }
        }
        Ordering::Equal
    });
}

fn matching<'a>(rows: &'a [Row], filters: &[filter::Filter]) -> impl Iterator<Item = &'a Row> {
    rows.iter()
        .filter(move |row| filters.iter().all(|f| f.matches(row)))
}

fn select(
    store: &store::Store,
    table: &Table,
    extra: &[String],
    pairs: &[(String, String)],
    range: Option<&str>,
    prefer: &Prefer,
) -> Outcome {
    let columns = query::select(get(pairs, "select"), table, extra).map_err(bad)?;
    let order = query::order(get(pairs, "order"), table, extra).map_err(bad)?;
    let filters = query::filters(pairs, table, extra).map_err(bad)?;
    let window = query::window(range, get(pairs, "limit"), get(pairs, "offset")).map_err(bad)?;
    let mut rows: Vec<Row> = matching(store.rows(&table.name), &filters)
        .cloned()
        .collect();
    sort(&mut rows, &order);
    let total = rows.len();
    if prefer.count && window.first > 0 && window.first >= total && total > 0 {
        return Err((
            416,
            Problem {
                code: "PGRST103",
                message: format!(
                    "Requested range not satisfiable: {total} rows match, the range starts at {}",
                    window.first
                ),
            },
        ));
    }
    let end = window
        .last
        .map_or(total, |last| last.saturating_add(1).min(total));
    let page: Vec<Row> = if window.first < end {
        rows.drain(window.first..end).collect()
    } else {
        Vec::new()
    };
    let shown_total = if prefer.count {
        total.to_string()
    } else {
        "*".to_string()
    };
    let content_range = if page.is_empty() {
        format!("*/{shown_total}")
    } else {
        format!(
            "{}-{}/{shown_total}",
            window.first,
            window.first + page.len() - 1
        )
    };
    // Only a known total can show that the range is partial, so 206 needs `count=exact`.
    let status = if prefer.count && page.len() < total {
        206
    } else {
        200
    };
    Ok(Reply::json(status, project(page, columns.as_deref()))
        .with_header("content-range", content_range))
}

fn write_count(reply: Reply, prefer: &Prefer, n: usize) -> Reply {
    if prefer.count {
        reply.with_header("content-range", format!("*/{n}"))
    } else {
        reply
    }
}

fn insert(
    store: &mut store::Store,
    table: &Table,
    extra: &[String],
    select: Option<&str>,
    columns: Option<&str>,
    body: Body,
    prefer: &Prefer,
) -> Outcome {
    let shape = query::select(select, table, extra).map_err(bad)?;
    let items = match body {
        Body::Json(Value::Array(items)) => items,
        Body::Json(Value::Object(row)) => vec![Value::Object(row)],
        _ => {
            return Err(bad(Problem {
                code: "PGRST102",
                message: "the body must be a JSON object or an array of objects".into(),
            }));
        }
    };
    let keep: Option<Vec<String>> = match columns.map(str::trim).filter(|c| !c.is_empty()) {
        None => None,
        Some(list) => {
            let list: Vec<String> = list.split(',').map(|c| c.trim().to_string()).collect();
            for column in &list {
                query::check_column(table, extra, column).map_err(bad)?;
            }
            Some(list)
        }
    };
    let mut rows = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let Value::Object(mut row) = item else {
            return Err(bad(Problem {
                code: "PGRST102",
                message: format!("row {i} of the body is not a JSON object"),
            }));
        };
        if let Some(keep) = &keep {
            row.retain(|key, _| keep.contains(key));
        }
        rows.push(row);
    }
    let on_conflict = if prefer.merge_duplicates {
        OnConflict::Merge
    } else if prefer.ignore_duplicates {
        OnConflict::Ignore
    } else {
        OnConflict::Fail
    };
    let inserted = store.insert(table, rows, on_conflict).map_err(|message| {
        (
            409,
            Problem {
                code: "23505",
                message,
            },
        )
    })?;
    let written: Vec<Row> = inserted
        .into_iter()
        .filter_map(|i| match i {
            Inserted::New(row) | Inserted::Merged(row) => Some(row),
            Inserted::Skipped => None,
        })
        .collect();
    let n = written.len();
    let reply = if prefer.representation {
        Reply::json(201, project(written, shape.as_deref()))
    } else {
        Reply::empty(201)
    };
    Ok(write_count(reply, prefer, n))
}

/// Update and delete: the spec declares only the 200 with rows, so ask for it explicitly
/// instead of answering PostgREST's undeclared 204.
fn needs_representation(prefer: &Prefer, what: &str) -> Result<(), (u16, Problem)> {
    if prefer.representation {
        Ok(())
    } else {
        Err(bad(Problem::parse(format!(
            "send `Prefer: return=representation`: the spec declares only the answer with the \
             {what} rows"
        ))))
    }
}

fn update(
    store: &mut store::Store,
    table: &Table,
    extra: &[String],
    pairs: &[(String, String)],
    body: Body,
    prefer: &Prefer,
) -> Outcome {
    needs_representation(prefer, "updated")?;
    let shape = query::select(get(pairs, "select"), table, extra).map_err(bad)?;
    let filters = query::filters(pairs, table, extra).map_err(bad)?;
    let Body::Json(Value::Object(changes)) = body else {
        return Err(bad(Problem {
            code: "PGRST102",
            message: "the body must be a JSON object of the columns to write".into(),
        }));
    };
    let rows = store.rows_mut(&table.name);
    let hits: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, row)| filters.iter().all(|f| f.matches(row)))
        .map(|(i, _)| i)
        .collect();
    if let Some(id) = changes.get("id").filter(|v| !v.is_null()) {
        let clash = hits.len() > 1
            || rows
                .iter()
                .enumerate()
                .any(|(i, row)| !hits.contains(&i) && row.get("id") == Some(id));
        if clash {
            return Err((
                409,
                Problem {
                    code: "23505",
                    message: format!(
                        "duplicate key value violates unique constraint \"{}_pkey\": id {id}",
                        table.name
                    ),
                },
            ));
        }
    }
    let mut changed = Vec::with_capacity(hits.len());
    for i in hits {
        if let Some(row) = rows.get_mut(i) {
            for (key, value) in &changes {
                row.insert(key.clone(), value.clone());
            }
            changed.push(row.clone());
        }
    }
    let n = changed.len();
    Ok(write_count(
        Reply::json(200, project(changed, shape.as_deref())),
        prefer,
        n,
    ))
}

fn delete(
    store: &mut store::Store,
    table: &Table,
    extra: &[String],
    pairs: &[(String, String)],
    prefer: &Prefer,
) -> Outcome {
    needs_representation(prefer, "deleted")?;
    let shape = query::select(get(pairs, "select"), table, extra).map_err(bad)?;
    let filters = query::filters(pairs, table, extra).map_err(bad)?;
    let rows = store.rows_mut(&table.name);
    let (removed, kept): (Vec<Row>, Vec<Row>) = std::mem::take(rows)
        .into_iter()
        .partition(|row| filters.iter().all(|f| f.matches(row)));
    *rows = kept;
    let n = removed.len();
    Ok(write_count(
        Reply::json(200, project(removed, shape.as_deref())),
        prefer,
        n,
    ))
}

/// Handles `/__mock/tables/<rest>` (see the module docs).
pub fn control(shared: &Shared, method: &str, rest: &[&str], body: &Value) -> Reply {
    match (method, rest) {
        ("POST", ["expire"]) => {
            let expired = lock(&shared.tables).sessions.expire_all();
            Reply::json(200, json!({ "expired": expired }))
        }
        (_, [name, "rows"]) => {
            let spec = &shared.api(Api::Tables).spec;
            let Some(table) = catalog::table(spec, name) else {
                return Reply::json(
                    404,
                    json!({ "error": format!("no table `{name}`"), "tables": catalog::names(spec) }),
                );
            };
            match method {
                "GET" => {
                    let state = lock(&shared.tables);
                    Reply::json(
                        200,
                        Value::Array(
                            state
                                .store
                                .rows(name)
                                .iter()
                                .cloned()
                                .map(Value::Object)
                                .collect(),
                        ),
                    )
                }
                "POST" => seed(shared, &table, body),
                _ => Reply::json(405, json!({ "error": "use GET or POST" }))
                    .with_header("allow", "GET, POST"),
            }
        }
        _ => Reply::json(404, json!({ "error": "no such control endpoint" })),
    }
}

fn seed(shared: &Shared, table: &Table, body: &Value) -> Reply {
    let Some(items) = body.as_array() else {
        return Reply::json(
            400,
            json!({ "error": "the body must be a JSON array of rows" }),
        );
    };
    let mut rows = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Value::Object(row) => rows.push(row.clone()),
            _ => return Reply::json(400, json!({ "error": "every row must be a JSON object" })),
        }
    }
    let mut state = lock(&shared.tables);
    match state.store.insert(table, rows, OnConflict::Fail) {
        Ok(inserted) => {
            let rows: Vec<Value> = inserted
                .into_iter()
                .filter_map(|i| match i {
                    Inserted::New(row) | Inserted::Merged(row) => Some(Value::Object(row)),
                    Inserted::Skipped => None,
                })
                .collect();
            Reply::json(201, json!({ "inserted": rows.len(), "rows": rows }))
        }
        Err(message) => Reply::json(409, json!({ "error": message })),
    }
}

/// Row counts per table that has rows (`rows`), sessions issued (`sessions`) and access
/// tokens still live (`live_tokens`).
pub fn stats(state: &State) -> Value {
    let rows: Map<String, Value> = state
        .store
        .counts()
        .into_iter()
        .map(|(name, n)| (name, Value::from(n)))
        .collect();
    json!({
        "rows": rows,
        "sessions": state.sessions.issued(),
        "live_tokens": state.sessions.live(),
    })
}
