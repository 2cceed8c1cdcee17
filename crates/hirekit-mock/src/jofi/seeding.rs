//! `POST /__mock/jofi/seed`: many records at once, for tests of the list caps.

use serde_json::{Map, Value, json};

use crate::reply::Reply;

use super::store::Mode;
use super::{State, control_error, invitations, profiles, seed, test_takers};

/// The most invitations one seed call creates.
const MAX: u64 = 1000;

const FIRST: [&str; 8] = [
    "Riley", "Casey", "Morgan", "Quinn", "Rowan", "Emerson", "Harper", "Skyler",
];
const LAST: [&str; 8] = [
    "Ashdown",
    "Brightwater",
    "Calloway",
    "Dunmore",
    "Everly",
    "Fenwick",
    "Greystone",
    "Holloway",
];

/// Creates the invitations a seed body asks for. Seeded records raise no events, so tests of
/// events see only what they caused.
pub fn seed(state: &mut State, body: &Value) -> Reply {
    let count = body.get("invitations").and_then(Value::as_u64).unwrap_or(1);
    if count == 0 || count > MAX {
        return control_error(400, format!("`invitations` must be between 1 and {MAX}"));
    }
    let mode = match body.get("mode").and_then(Value::as_str) {
        None | Some("test") => Mode::Test,
        Some("live") => Mode::Live,
        Some(other) => return control_error(400, format!("`mode` `{other}` is not live or test")),
    };
    let flag = |name: &str| body.get(name).and_then(Value::as_bool).unwrap_or(false);
    let (complete, profile) = (flag("complete"), flag("profiles"));
    let accept = flag("accept") || complete || profile;
    let inviter = seed::USERS[0];
    let mut ctx = state.ctx(mode);
    let mut ids = Vec::new();
    let mut takers = Vec::new();
    for n in 0..count as usize {
        let id = ctx.ids.invitation();
        let (first, last) = (FIRST[n % FIRST.len()], LAST[(n / FIRST.len()) % LAST.len()]);
        let mut fields = Map::new();
        fields.insert("first_name".into(), json!(first));
        fields.insert("last_name".into(), json!(last));
        fields.insert(
            "email".into(),
            json!(format!(
                "{}.{}.{id}@example.org",
                first.to_lowercase(),
                last.to_lowercase()
            )),
        );
        fields.insert("created_by_user_email".into(), json!(inviter.email));
        fields.insert("custom_id".into(), json!("SEEDED"));
        let Some(invitation) = invitations::build(id, &fields) else {
            continue;
        };
        ctx.store.invitations.insert(id, invitation);
        ctx.counts.invitations_seeded += 1;
        ids.push(id);
        if !accept {
            continue;
        }
        let Some(taker) = invitations::accept_in(&mut ctx, id) else {
            continue;
        };
        ctx.counts.test_takers_seeded += 1;
        takers.push(taker);
        if complete {
            test_takers::complete_in(&mut ctx, taker, None);
        }
        if profile {
            profiles::create_in(&mut ctx, taker);
        }
    }
    Reply::json(
        201,
        json!({ "mode": mode.as_str(), "invitations": ids, "test_takers": takers }),
    )
}
