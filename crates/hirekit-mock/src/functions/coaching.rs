//! The Coaching catalogue tag: directories (slug ids) with sub-directories, matched sessions
//! and an optional Markdown page.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::paging::Page;
use super::seed;
use super::{State, body, flag, not_found, text};
use crate::reply::{self, Reply};
use crate::validate::Input;

/// Directory fields a create or update request may set.
const FIELDS: [&str; 10] = [
    "name",
    "description",
    "mojito_language_code",
    "visibility",
    "status",
    "cover_image_url",
    "coach_plan",
    "tags_sub",
    "tags_interview_set_filter",
    "content_md",
];

fn url(id: &str) -> String {
    format!("https://coaching.example.com/catalogue/{id}")
}

/// The directories, with the platform-wide start directory added on first use.
fn directories(state: &mut State) -> &mut BTreeMap<String, Value> {
    if !state.catalogue_seeded {
        state.catalogue_seeded = true;
        state.catalogue.insert(
            "interview-practice-en".into(),
            json!({
                "id": "interview-practice-en", "name": "Interview practice",
                "description": "Practice sessions for common interview situations.",
                "mojito_language_code": "en", "visibility": "public", "status": "active",
                "coach_plan": "demo", "cover_image_url": null, "merchant_id": null,
                "tags_sub": [], "tags_interview_set_filter": ["practice"], "content_md": null,
                "created_at": seed::timestamp(1), "updated_at": seed::timestamp(1),
                "catalogue_url": url("interview-practice-en"), "parent_tag": null,
            }),
        );
    }
    &mut state.catalogue
}

/// `POST /catalogue-tag-create`.
pub fn create(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let id = text(request, "id").unwrap_or_default().to_string();
    let parent = text(request, "parent_tag").map(str::to_string);
    let seq = state.seq();
    let dirs = directories(state);
    if dirs.contains_key(&id) {
        return reply::functions_error(409, format!("directory {id} already exists"), Some("id"));
    }
    if let Some(parent) = &parent {
        let Some(parent_dir) = dirs.get_mut(parent) else {
            return not_found("parent_tag", parent);
        };
        if let Some(subs) = parent_dir["tags_sub"].as_array_mut() {
            subs.push(json!(id));
        } else {
            parent_dir["tags_sub"] = json!([id]);
        }
    }
    let mut dir: Map<String, Value> = FIELDS
        .iter()
        .map(|f| (f.to_string(), Value::Null))
        .collect();
    for field in FIELDS {
        if let Some(value) = request.get(field) {
            dir.insert(field.into(), value.clone());
        }
    }
    for (field, default) in [
        ("mojito_language_code", "en"),
        ("visibility", "merchant_public"),
        ("status", "draft"),
    ] {
        if dir.get(field).is_none_or(Value::is_null) {
            dir.insert(field.into(), json!(default));
        }
    }
    dir.extend([
        ("id".into(), json!(id)),
        ("merchant_id".into(), json!(seed::merchant_id())),
        ("created_at".into(), json!(seed::timestamp(seq))),
        ("updated_at".into(), json!(seed::timestamp(seq))),
        ("catalogue_url".into(), json!(url(&id))),
        ("parent_tag".into(), json!(parent)),
    ]);
    dirs.insert(id.clone(), Value::Object(dir));
    Reply::json(
        200,
        json!({ "id": id, "merchant_id": seed::merchant_id(), "parent_tag": parent, "catalogue_url": url(&id) }),
    )
}

/// `POST /catalogue-tag-update`: writes the fields present; null clears a nullable one.
pub fn update(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let id = text(request, "id").unwrap_or_default().to_string();
    let seq = state.seq();
    let Some(dir) = directories(state).get_mut(&id) else {
        return not_found("id", &id);
    };
    if dir["merchant_id"].is_null() {
        return reply::functions_error(403, "platform directories cannot be changed", Some("id"));
    }
    let mut updated = Vec::new();
    for field in FIELDS {
        if let Some(value) = request.get(field) {
            dir[field] = value.clone();
            updated.push(field);
        }
    }
    dir["updated_at"] = json!(seed::timestamp(seq));
    Reply::json(
        200,
        json!({ "id": id, "updated_fields": updated, "catalogue_url": url(&id) }),
    )
}

fn is_start(dir: &Value) -> bool {
    dir["parent_tag"].is_null()
}

/// `GET /catalogue-tag-get`.
pub fn get(state: &mut State, input: &Input) -> Reply {
    let id = text(&input.query, "id").unwrap_or_default().to_string();
    let dirs = directories(state).clone();
    let Some(dir) = dirs.get(&id) else {
        return not_found("id", &id);
    };
    let subs: Vec<Value> = dir["tags_sub"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().and_then(|s| dirs.get(s)))
        .map(|d| {
            json!({
                "id": d["id"], "name": d["name"], "description": d["description"],
                "status": d["status"], "visibility": d["visibility"],
                "mojito_language_code": d["mojito_language_code"],
            })
        })
        .collect();
    let filter: Vec<&str> = dir["tags_interview_set_filter"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let sessions: Vec<Value> = state
        .interviews
        .values()
        .filter(|i| matches!(i.fields["type"].as_str(), Some("coaching" | "persona")))
        .filter(|i| {
            let tags: Vec<&str> = i.fields["tags"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            !filter.is_empty() && filter.iter().all(|f| tags.contains(f))
        })
        .map(|i| {
            json!({
                "id": i.id, "name": i.fields["name"], "type": i.fields["type"],
                "type_avatar": "video", "status": i.fields["status"],
                "visibility": i.fields["visibility"], "type_credit": i.fields["type_credit"],
                "tags": i.fields["tags"],
            })
        })
        .collect();
    let truncated = sessions.len() > 200;
    let mut answer = dir.clone();
    answer["is_start_directory"] = json!(is_start(dir));
    answer["sub_directories"] = json!(subs);
    answer["matched_sessions"] = json!(sessions.into_iter().take(200).collect::<Vec<_>>());
    answer["matched_sessions_truncated"] = json!(truncated);
    Reply::json(200, answer)
}

/// `GET /catalogue-tag-list`: ordered by id.
pub fn list(state: &mut State, input: &Input) -> Reply {
    let query = &input.query;
    let include_public = flag(query, "include_public") != Some(false);
    let filter = text(query, "filter_text").map(str::to_lowercase);
    let parent = text(query, "parent_tag");
    let rows: Vec<Value> = directories(state)
        .values()
        .filter(|d| include_public || !d["merchant_id"].is_null())
        .filter(|d| {
            ["status", "visibility", "mojito_language_code"]
                .iter()
                .all(|f| text(query, f).is_none_or(|v| d[*f].as_str() == Some(v)))
        })
        .filter(|d| parent.is_none_or(|p| d["parent_tag"].as_str() == Some(p)))
        .filter(|d| match &filter {
            Some(f) => ["id", "name", "description"]
                .iter()
                .any(|k| d[*k].as_str().is_some_and(|v| v.to_lowercase().contains(f))),
            None => true,
        })
        .map(|d| {
            let mut row = d.clone();
            row["has_content_page"] = json!(!d["content_md"].is_null());
            row["is_start_directory"] = json!(is_start(d));
            if let Some(map) = row.as_object_mut() {
                map.remove("content_md");
                map.remove("catalogue_url");
            }
            row
        })
        .collect();
    Reply::json(200, Page::of(input).slice(rows))
}
