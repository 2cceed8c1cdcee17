//! Test takers: reading them, and the participant completing their assessments.

use serde_json::{Value, json};

use crate::reply::Reply;
use crate::validate::Input;

use super::events::{Pending, envelope};
use super::store::now;
use super::{Ctx, State, control_error, error, list as envelope_list, path_id};

/// The vendor's documented cap on `GET /test-takers`.
pub const LIST_CAP: usize = 30;

/// `GET /test-takers`: the 30 most recent.
pub fn list(ctx: &Ctx<'_>) -> Reply {
    let items = ctx
        .store
        .test_takers
        .values()
        .rev()
        .filter_map(|t| ctx.store.test_taker_json(t, false, None))
        .collect();
    envelope_list(ctx.mode, items, Some(LIST_CAP))
}

/// `GET /test-takers/{testTakerId}`.
pub fn get(ctx: &Ctx<'_>, input: &Input) -> Reply {
    let id = path_id(input, "testTakerId");
    match id
        .and_then(|id| ctx.store.test_takers.get(&id))
        .and_then(|t| ctx.store.test_taker_json(t, true, Some(ctx.mode)))
    {
        Some(value) => Reply::json(200, value),
        None => not_found(ctx, id),
    }
}

/// The 404 for an unknown test taker.
pub fn not_found(ctx: &Ctx<'_>, id: Option<i64>) -> Reply {
    let id = id.map_or_else(|| "?".to_string(), |id| id.to_string());
    error(ctx.mode, 404, format!("no test taker {id}"))
}

/// Completes `which` (all when `None`) of a test taker's assessments in `ctx`'s store.
/// Returns the assessment ids completed now (already completed ones are skipped).
pub fn complete_in(ctx: &mut Ctx<'_>, id: i64, which: Option<&[i64]>) -> Vec<i64> {
    let Some(taker) = ctx.store.test_takers.get_mut(&id) else {
        return Vec::new();
    };
    let at = now();
    let mut done = Vec::new();
    for a in &mut taker.assignments {
        let wanted = which.is_none_or(|ids| ids.contains(&a.assessment_id));
        if wanted && a.completed_at.is_none() {
            a.started_at.get_or_insert_with(|| at.clone());
            a.progress_saved_at = Some(at.clone());
            a.completed_at = Some(at.clone());
            done.push(a.assessment_id);
        }
    }
    done
}

/// `POST /__mock/jofi/test-takers/{id}/complete`.
pub fn complete(state: &mut State, id: &str, body: &Value) -> (Reply, Pending) {
    let Some((id, mode)) = id
        .parse::<i64>()
        .ok()
        .and_then(|id| Some((id, state.mode_of_test_taker(id)?)))
    else {
        return (
            control_error(404, format!("no test taker {id}")),
            Vec::new(),
        );
    };
    let which: Option<Vec<i64>> = match body.get("assessments") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => {
            let ids: Option<Vec<i64>> = items.iter().map(Value::as_i64).collect();
            match ids {
                Some(ids) => Some(ids),
                None => {
                    return (
                        control_error(400, "`assessments` must be an array of test ids"),
                        Vec::new(),
                    );
                }
            }
        }
        Some(_) => {
            return (
                control_error(400, "`assessments` must be an array of test ids"),
                Vec::new(),
            );
        }
    };
    let mut ctx = state.ctx(mode);
    let done = complete_in(&mut ctx, id, which.as_deref());
    ctx.counts.assessments_completed += done.len() as u64;
    let taker = ctx
        .store
        .test_takers
        .get(&id)
        .and_then(|t| ctx.store.test_taker_json(t, true, None))
        .unwrap_or(Value::Null);
    // One event per completed assessment, as the vendor sends one per completion.
    let events = done
        .iter()
        .map(|_| envelope(ctx.ids, "test_taker.assessment_completed", taker.clone()))
        .collect();
    (
        Reply::json(
            200,
            json!({ "mode": mode.as_str(), "test_taker": taker, "completed": done }),
        ),
        events,
    )
}
