//! Invitations: create, read, update, list, and the participant accepting one.

use serde_json::{Map, Value, json};

use crate::reply::Reply;
use crate::validate::Input;

use super::events::{Pending, envelope};
use super::store::{Assignment, Invitation, TestTaker, now};
use super::{Ctx, State, body_of, control_error, error, path_id, seed, text};

/// Every invitation of the store as list items, newest first.
pub fn list_all(ctx: &Ctx<'_>) -> Vec<Value> {
    ctx.store
        .invitations
        .values()
        .rev()
        .map(|i| i.to_json("invitation_list_item", None))
        .collect()
}

/// `GET /invitations`.
pub fn list(ctx: &Ctx<'_>) -> Reply {
    super::list(ctx.mode, list_all(ctx), None)
}

/// Checks the account-level references of a create or update body (the spec cannot: they
/// depend on the account's records). Returns the message naming the offending field.
fn check_references(body: &Map<String, Value>) -> Result<(), String> {
    if let Some(email) = text(body, "created_by_user_email")
        && seed::user_by_email(&email).is_none()
    {
        return Err(format!(
            "`created_by_user_email`: `{email}` is not a user of this account (see GET /users)"
        ));
    }
    if let Some(id) = body.get("team_id").and_then(Value::as_i64)
        && seed::team(id).is_none()
    {
        return Err(format!(
            "`team_id`: no team {id} in this account (see GET /teams)"
        ));
    }
    if let Some(items) = body.get("assessments_to_assign").and_then(Value::as_array) {
        if items.is_empty() {
            return Err("`assessments_to_assign`: name at least one assessment".into());
        }
        for (n, item) in items.iter().enumerate() {
            let id = item.get("test_id").and_then(Value::as_i64).unwrap_or(0);
            if seed::assessment(id).is_none() {
                return Err(format!(
                    "`assessments_to_assign[{n}].test_id`: no assessment {id} (see GET /assessments)"
                ));
            }
        }
    }
    for (field, kind) in [
        ("email_template_id", "invitation"),
        ("congrats_email_template_id", "congrats"),
    ] {
        if let Some(id) = body.get(field).and_then(Value::as_i64) {
            match seed::template(id) {
                Some(t) if t.kind == kind => {}
                Some(_) => {
                    return Err(format!("`{field}`: template {id} is not a {kind} template"));
                }
                None => {
                    return Err(format!(
                        "`{field}`: no email template {id} (see GET /email-templates)"
                    ));
                }
            }
        }
    }
    Ok(())
}

fn assessments_of(body: &Map<String, Value>) -> Option<Vec<i64>> {
    body.get("assessments_to_assign")
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i.get("test_id").and_then(Value::as_i64))
                .collect()
        })
}

/// A new invitation from a valid body; the inviter's defaults fill what it leaves out.
pub fn build(id: i64, body: &Map<String, Value>) -> Option<Invitation> {
    let inviter = seed::user_by_email(&text(body, "created_by_user_email")?)?;
    Some(Invitation {
        id,
        first_name: text(body, "first_name")?,
        last_name: text(body, "last_name")?,
        email: text(body, "email")?,
        created_by_user_email: inviter.email.to_string(),
        person_id: text(body, "person_id"),
        phone: text(body, "phone"),
        custom_id: text(body, "custom_id"),
        team_id: body
            .get("team_id")
            .and_then(Value::as_i64)
            .unwrap_or(inviter.team_id),
        assessments: assessments_of(body).unwrap_or_else(|| inviter.assessments.to_vec()),
        email_template_id: body
            .get("email_template_id")
            .and_then(Value::as_i64)
            .unwrap_or(inviter.email_template_id),
        congrats_email_template_id: inviter.congrats_email_template_id,
        // JOFI emails the link unless told otherwise.
        send_via_email: body
            .get("send_via_email")
            .and_then(Value::as_bool)
            .unwrap_or(true),
        send_via_sms: body
            .get("send_via_sms")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        created_at: now(),
        accepted_at: None,
        test_taker_id: None,
        profile_id: None,
    })
}

/// `POST /invitations`.
pub fn create(ctx: &mut Ctx<'_>, input: &Input) -> Reply {
    let body = body_of(input);
    if let Err(message) = check_references(&body) {
        return error(ctx.mode, 400, message);
    }
    let id = ctx.ids.invitation();
    let Some(invitation) = build(id, &body) else {
        // Validation guarantees the required fields; this only guards against a spec change.
        return error(ctx.mode, 400, "a required field is missing");
    };
    ctx.counts.invitations_created += 1;
    let answer = invitation.to_json("invitation", Some(ctx.mode));
    ctx.events.push(envelope(
        ctx.ids,
        "invitation.created",
        invitation.to_json("invitation", None),
    ));
    ctx.store.invitations.insert(id, invitation);
    Reply::json(201, answer)
}

fn not_found(ctx: &Ctx<'_>, id: Option<i64>) -> Reply {
    let id = id.map_or_else(|| "?".to_string(), |id| id.to_string());
    error(ctx.mode, 404, format!("no invitation {id}"))
}

/// `GET /invitations/{invitationId}`.
pub fn get(ctx: &Ctx<'_>, input: &Input) -> Reply {
    let id = path_id(input, "invitationId");
    match id.and_then(|id| ctx.store.invitations.get(&id)) {
        Some(invitation) => Reply::json(200, invitation.to_json("invitation", Some(ctx.mode))),
        None => not_found(ctx, id),
    }
}

/// `PUT /invitations/{invitationId}`: a partial update; omitted fields keep their values.
pub fn update(ctx: &mut Ctx<'_>, input: &Input) -> Reply {
    let id = path_id(input, "invitationId");
    let mode = ctx.mode;
    let Some(invitation) = id.and_then(|id| ctx.store.invitations.get_mut(&id)) else {
        return not_found(ctx, id);
    };
    let body = body_of(input);
    if let Err(message) = check_references(&body) {
        return error(mode, 400, message);
    }
    let set = |target: &mut String, name: &str| {
        if let Some(value) = text(&body, name) {
            *target = value;
        }
    };
    set(&mut invitation.first_name, "first_name");
    set(&mut invitation.last_name, "last_name");
    set(&mut invitation.email, "email");
    set(
        &mut invitation.created_by_user_email,
        "created_by_user_email",
    );
    for (target, name) in [
        (&mut invitation.person_id, "person_id"),
        (&mut invitation.phone, "phone"),
        (&mut invitation.custom_id, "custom_id"),
    ] {
        if let Some(value) = text(&body, name) {
            *target = Some(value);
        }
    }
    if let Some(id) = body.get("team_id").and_then(Value::as_i64) {
        invitation.team_id = id;
    }
    if let Some(ids) = assessments_of(&body) {
        invitation.assessments = ids;
    }
    if let Some(id) = body.get("email_template_id").and_then(Value::as_i64) {
        invitation.email_template_id = id;
    }
    if let Some(id) = body
        .get("congrats_email_template_id")
        .and_then(Value::as_i64)
    {
        invitation.congrats_email_template_id = Some(id);
    }
    if let Some(flag) = body.get("send_via_email").and_then(Value::as_bool) {
        invitation.send_via_email = flag;
    }
    if let Some(flag) = body.get("send_via_sms").and_then(Value::as_bool) {
        invitation.send_via_sms = flag;
    }
    let answer = invitation.to_json("invitation", Some(mode));
    ctx.counts.invitations_updated += 1;
    Reply::json(200, answer)
}

/// Accepts an invitation in `ctx`'s store: creates its test taker. Returns the test taker id,
/// or `None` if the invitation is unknown or was already accepted.
pub fn accept_in(ctx: &mut Ctx<'_>, id: i64) -> Option<i64> {
    let invitation = ctx.store.invitations.get_mut(&id)?;
    if invitation.accepted_at.is_some() {
        return None;
    }
    let at = now();
    let taker_id = ctx.ids.test_taker();
    let assignments = invitation
        .assessments
        .iter()
        .map(|&assessment_id| Assignment {
            id: ctx.ids.assignment(),
            assessment_id,
            created_at: at.clone(),
            started_at: None,
            completed_at: None,
            progress_saved_at: None,
        })
        .collect();
    invitation.accepted_at = Some(at);
    invitation.test_taker_id = Some(taker_id);
    ctx.store.test_takers.insert(
        taker_id,
        TestTaker {
            id: taker_id,
            invitation_id: id,
            assignments,
        },
    );
    Some(taker_id)
}

/// `POST /__mock/jofi/invitations/{id}/accept`.
pub fn accept(state: &mut State, id: &str) -> (Reply, Pending) {
    let Some((id, mode)) = id
        .parse::<i64>()
        .ok()
        .and_then(|id| Some((id, state.mode_of_invitation(id)?)))
    else {
        return (
            control_error(404, format!("no invitation {id}")),
            Vec::new(),
        );
    };
    let mut ctx = state.ctx(mode);
    let Some(taker_id) = accept_in(&mut ctx, id) else {
        return (
            control_error(409, format!("invitation {id} was already accepted")),
            Vec::new(),
        );
    };
    ctx.counts.invitations_accepted += 1;
    ctx.counts.test_takers_created += 1;
    let invitation = ctx
        .store
        .invitations
        .get(&id)
        .map(|i| i.to_json("invitation", None))
        .unwrap_or(Value::Null);
    let taker = ctx
        .store
        .test_takers
        .get(&taker_id)
        .and_then(|t| ctx.store.test_taker_json(t, true, None))
        .unwrap_or(Value::Null);
    let mut events = Vec::new();
    events.push(envelope(ctx.ids, "invitation.accepted", invitation.clone()));
    events.push(envelope(ctx.ids, "test_taker.created", taker.clone()));
    (
        Reply::json(
            200,
            json!({ "mode": mode.as_str(), "invitation": invitation, "test_taker": taker }),
        ),
        events,
    )
}
