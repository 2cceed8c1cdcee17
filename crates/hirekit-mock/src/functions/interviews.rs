//! The Interviews tag: the four creation variants, get, update, set-state, signed URLs,
//! candidate registration and the interview list.

use serde_json::{Map, Value, json};

use super::paging::Page;
use super::seed::{self, kind};
use super::{Candidate, Interview, State, body, invalid, not_found, text};
use crate::reply::Reply;
use crate::validate::Input;

/// Request fields stored under the same name in `/job-interview-get`.
const SAME_NAME: [&str; 29] = [
    "name",
    "code",
    "cover_image_url",
    "interview_template_id",
    "knowledge_base_store_id",
    "mojito_language_code",
    "recording",
    "recording_full_session",
    "result_view",
    "candidate_video_introduction",
    "description",
    "candidate_expectations",
    "candidate_expectations_json",
    "interview_department",
    "interview_salary",
    "interview_available_till",
    "recruiter_profile_id",
    "tags",
    "coach_plan",
    "type_credit",
    "interview_conversation_speed",
    "max_followups",
    "max_duration",
    "questions_random_subset",
    "required_pronunciation",
    "result_enable_edit_transcript",
    "pdf_export_auto_config",
    "status",
    "visibility",
];

/// Request fields the vendor keeps in `creation_parameters` rather than as columns.
const CREATION_PARAMETERS: [&str; 9] = [
    "interview_type",
    "interview_tone",
    "interview_length",
    "additional_context",
    "include_rapport_question",
    "include_closing_prompt",
    "seniority_level",
    "hiring_for_company",
    "knowledge_base_store_id",
];

/// The column a request field is stored in, where the names differ.
fn column(field: &str) -> &str {
    match field {
        "location" => "interview_location",
        "description_long" => "interview_description_long",
        other => other,
    }
}

/// Every key `/job-interview-get` promises, null until set.
const GET_KEYS: [&str; 41] = [
    "name",
    "created_at",
    "updated_at",
    "questions",
    "is_multistage",
    "status",
    "visibility",
    "stage",
    "type",
    "code",
    "interview_location",
    "cover_image_url",
    "merchant_id",
    "interview_template_id",
    "interview_template_type",
    "is_voice_only",
    "knowledge_base_store_id",
    "mojito_language_code",
    "speech_language_code",
    "speech_language_name",
    "recording",
    "recording_full_session",
    "type_credit",
    "result_view",
    "candidate_video_introduction",
    "description",
    "interview_description_long",
    "candidate_expectations",
    "interview_department",
    "interview_salary",
    "interview_available_till",
    "recruiter_profile_id",
    "slug",
    "tags",
    "coach_plan",
    "interview_conversation_speed",
    "max_followups",
    "max_duration",
    "questions_random_subset",
    "required_pronunciation",
    "result_enable_edit_transcript",
];

/// Builds and stores an interview from a creation request; returns its id.
fn store(
    state: &mut State,
    request: &Map<String, Value>,
    product_type: &str,
    questions: Vec<Value>,
) -> String {
    let id = state.new_id(kind::INTERVIEW);
    let seq = state.seq();
    let mut fields: Map<String, Value> = GET_KEYS
        .iter()
        .map(|k| (k.to_string(), Value::Null))
        .collect();
    for key in SAME_NAME {
        if let Some(value) = request.get(key) {
            fields.insert(key.to_string(), value.clone());
        }
    }
    for key in ["location", "description_long", "interview_location"] {
        if let Some(value) = request.get(key) {
            fields.insert(column(key).to_string(), value.clone());
        }
    }
    let mut creation = Map::new();
    for key in CREATION_PARAMETERS {
        if let Some(value) = request.get(key) {
            creation.insert(key.to_string(), value.clone());
        }
    }
    for (key, value) in request.iter().filter(|(k, _)| k.starts_with("persona_")) {
        creation.insert(key.clone(), value.clone());
    }
    let mut scoring = request
        .get("custom_scoring")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if let Some(attempts) = request.get("interview_attempts").filter(|v| !v.is_null()) {
        scoring.insert("max_retries".into(), attempts.clone());
    }
    let slug = request
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("interview")
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let language = request
        .get("mojito_language_code")
        .and_then(Value::as_str)
        .unwrap_or("en")
        .to_string();
    fields.extend([
        ("created_at".into(), json!(seed::timestamp(seq))),
        ("updated_at".into(), json!(seed::timestamp(seq))),
        ("questions".into(), Value::Array(questions)),
        ("is_multistage".into(), json!(false)),
        ("type".into(), json!(product_type)),
        ("merchant_id".into(), json!(seed::merchant_id())),
        ("mojito_language_code".into(), json!(language)),
        (
            "speech_language_code".into(),
            json!(format!("{language}-XX")),
        ),
        (
            "interview_template_type".into(),
            json!("interactive_heygen"),
        ),
        ("is_voice_only".into(), json!(false)),
        ("slug".into(), json!(format!("{slug}-{seq}"))),
        ("result_scoring".into(), Value::Object(scoring)),
        ("creation_parameters".into(), Value::Object(creation)),
    ]);
    if fields.get("status").is_none_or(Value::is_null) {
        fields.insert("status".into(), json!("draft"));
    }
    if fields.get("visibility").is_none_or(Value::is_null) {
        fields.insert("visibility".into(), json!("merchant_invite"));
    }
    if fields.get("max_duration").is_none_or(Value::is_null) {
        fields.insert("max_duration".into(), json!(900));
    }
    let embed = (request.get("is_embedded") == Some(&Value::Bool(true))).then(|| embed_pair(&id));
    state.interviews.insert(
        id.clone(),
        Interview {
            id: id.clone(),
            fields,
            embed,
            touched: seq,
        },
    );
    id
}

fn embed_pair(id: &str) -> (String, String) {
    (format!("embed-{id}"), format!("mock-signing-key-{id}"))
}

/// Gives each question an id (its own, or a new one) and fills the keys the get answer has.
fn number_questions(state: &mut State, questions: &[Value]) -> Vec<Value> {
    questions
        .iter()
        .map(|q| {
            let mut q = q.as_object().cloned().unwrap_or_default();
            if q.get("id").and_then(Value::as_str).is_none() {
                q.insert("id".into(), json!(state.new_id(kind::QUESTION)));
            }
            Value::Object(q)
        })
        .collect()
}

/// Questions the mock "generates" for an interview created from position data.
fn generated_questions(state: &mut State, name: &str) -> Vec<Value> {
    let prompts = [
        format!("What draws you to the {name} role?"),
        format!("Describe a challenge you solved that is relevant to {name}."),
        "How do you keep learning in your field?".to_string(),
        "Which of your strengths would your last team mention first?".to_string(),
        "Do you have a question for us?".to_string(),
    ];
    let questions: Vec<Value> = prompts
        .iter()
        .map(|q| json!({ "question": q, "duration": 120 }))
        .collect();
    number_questions(state, &questions)
}

fn with_embed(mut answer: Value, interview: Option<&Interview>) -> Value {
    if let Some((id, key)) = interview.and_then(|i| i.embed.as_ref()) {
        answer["embed_id"] = json!(id);
        answer["embed_signing_key"] = json!(key);
    }
    answer
}

/// `POST /job-interview-create`.
pub fn create(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let name = text(request, "name").unwrap_or("interview").to_string();
    let product = text(request, "type").unwrap_or("interview").to_string();
    let questions = generated_questions(state, &name);
    let count = questions.len();
    let id = store(state, request, &product, questions);
    let interview = state.interviews.get(&id);
    let max_duration = interview
        .and_then(|i| i.fields.get("max_duration").cloned())
        .unwrap_or(json!(900));
    Reply::json(
        200,
        with_embed(
            json!({ "interview_def_set_id": id, "questions_generated": count, "max_duration": max_duration }),
            interview,
        ),
    )
}

/// `POST /job-interview-create-from-array`.
pub fn create_from_questions(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let given = request
        .get("questions")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let questions = number_questions(state, &given);
    let product = text(request, "type").unwrap_or("interview").to_string();
    let id = store(state, request, &product, questions);
    Reply::json(
        200,
        with_embed(
            json!({ "interview_def_set_id": id }),
            state.interviews.get(&id),
        ),
    )
}

/// `POST /persona-create`.
pub fn create_persona(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let questions = Vec::new();
    let id = store(state, request, "persona", questions);
    Reply::json(
        200,
        with_embed(
            json!({ "interview_def_set_id": id }),
            state.interviews.get(&id),
        ),
    )
}

/// Finds or creates the candidate `email` for `interview_id`; `true` when it already existed.
pub fn candidate_for(
    state: &mut State,
    interview_id: Option<&str>,
    name: Option<&str>,
    email: &str,
    external_id: Option<&str>,
    source: &'static str,
) -> (Candidate, bool) {
    let email = email.to_ascii_lowercase();
    if let Some(existing) = state
        .candidates
        .iter()
        .find(|c| c.email == email && c.interview_id.as_deref() == interview_id)
    {
        return (existing.clone(), true);
    }
    let seq = state.seq();
    let candidate = Candidate {
        id: seed::uuid(kind::CANDIDATE, seq),
        profile_id: seed::uuid(kind::PROFILE, seq),
        interview_id: interview_id.map(str::to_string),
        name: name.map(str::to_string),
        email,
        external_id: external_id.map(str::to_string),
        source,
        seq,
    };
    state.candidates.push(candidate.clone());
    (candidate, false)
}

/// The candidate-facing link of an interview.
pub fn interview_url(interview_id: &str, candidate_id: &str, view_hm: bool) -> String {
    let mut url = format!(
        "https://interviews.example.com/interview/take/{interview_id}/?interview_token=mock.{candidate_id}"
    );
    if view_hm {
        url.push_str("&view_hm=true");
    }
    url
}

/// `POST /job-interview-create-for-candidate-with-token`.
pub fn create_for_candidate(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let position_id = match text(request, "position_def_set_id") {
        Some(id) if state.interviews.contains_key(id) => id.to_string(),
        Some(id) => return not_found("position_def_set_id", id),
        None => {
            let mut position = request.clone();
            let name = text(request, "position_name")
                .unwrap_or("Open position")
                .to_string();
            position.insert("name".into(), json!(name));
            if let Some(location) = request.get("position_location") {
                position.insert("location".into(), location.clone());
            }
            if let Some(description) = request.get("position_description") {
                position.insert("description".into(), description.clone());
            }
            position.insert("status".into(), json!("active"));
            let questions = generated_questions(state, &name);
            store(state, &position, "interview", questions)
        }
    };
    let email = text(request, "candidate_email")
        .unwrap_or_default()
        .to_string();
    let (candidate, existed) = candidate_for(
        state,
        Some(&position_id),
        text(request, "candidate_name"),
        &email,
        text(request, "candidate_external_id"),
        "registered",
    );
    let interview = state.interviews.get(&position_id);
    let mut answer = json!({
        "status": if existed { "already-applied" } else { "ai_accept" },
        "interview_url": interview_url(&position_id, &candidate.id, true),
        "position_def_set_id": position_id,
        "interview_def_set_id": position_id,
        "profile_interview_id": candidate.id,
    });
    if existed {
        answer["reason"] = json!("the candidate already applied to this position");
    }
    Reply::json(200, with_embed(answer, interview))
}

/// `GET /job-interview-get`.
pub fn get(state: &mut State, input: &Input) -> Reply {
    let id = text(&input.query, "position_id").unwrap_or_default();
    match state.interviews.get(id) {
        Some(interview) => Reply::json(200, Value::Object(interview.fields.clone())),
        None => not_found("position_id", id),
    }
}

/// `POST /job-interview-update`: writes only the fields present; null clears a field.
pub fn update(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let id = text(request, "position_id").unwrap_or_default().to_string();
    if !state.interviews.contains_key(&id) {
        return not_found("position_id", &id);
    }
    let seq = state.seq();
    let new_questions = request
        .get("questions")
        .and_then(Value::as_array)
        .map(|questions| number_questions(state, questions));
    let Some(interview) = state.interviews.get_mut(&id) else {
        return not_found("position_id", &id);
    };
    let mut updated = Vec::new();
    let mut diff = None;
    for (key, value) in request {
        match key.as_str() {
            "position_id" | "regenerate_candidate_expectations" => continue,
            "questions" => {
                let old = interview
                    .fields
                    .get("questions")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                let (merged, questions_diff) =
                    diff_questions(&old, new_questions.as_deref().unwrap_or(&[]));
                interview
                    .fields
                    .insert("questions".into(), Value::Array(merged));
                diff = Some(questions_diff);
            }
            "interview_attempts" | "custom_scoring" => {
                let scoring = interview
                    .fields
                    .entry("result_scoring")
                    .or_insert_with(|| json!({}));
                if !scoring.is_object() {
                    *scoring = json!({});
                }
                if key == "interview_attempts" {
                    scoring["max_retries"] = value.clone();
                } else if let (Some(target), Some(source)) =
                    (scoring.as_object_mut(), value.as_object())
                {
                    target.extend(source.clone());
                }
            }
            k if CREATION_PARAMETERS.contains(&k) && !SAME_NAME.contains(&k) => {
                let params = interview
                    .fields
                    .entry("creation_parameters")
                    .or_insert_with(|| json!({}));
                if !params.is_object() {
                    *params = json!({});
                }
                params[k] = value.clone();
            }
            k => {
                interview
                    .fields
                    .insert(column(k).to_string(), value.clone());
            }
        }
        updated.push(key.clone());
    }
    interview
        .fields
        .insert("updated_at".into(), json!(seed::timestamp(seq)));
    interview.touched = seq;
    let mut answer =
        json!({ "position_id": id, "is_multistage": false, "updated_fields": updated });
    if let Some(diff) = diff {
        answer["questions_diff"] = diff;
    }
    Reply::json(200, answer)
}

/// Applies a complete new question list: a question matches an old one by `external_id`, then
/// `id`, then identical text; a match by id whose text changed counts as a replacement.
fn diff_questions(old: &[Value], new: &[Value]) -> (Vec<Value>, Value) {
    let id_of = |q: &Value| {
        q.get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let text_of = |q: &Value| {
        q.get("question")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let ext_of = |q: &Value| {
        q.get("external_id")
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let mut used = vec![false; old.len()];
    let (mut kept, mut added, mut replaced, mut ids, mut merged) =
        (vec![], vec![], vec![], vec![], vec![]);
    for q in new {
        let found = old
            .iter()
            .enumerate()
            .position(|(i, o)| !used[i] && ext_of(q).is_some() && ext_of(q) == ext_of(o))
            .or_else(|| {
                old.iter()
                    .enumerate()
                    .position(|(i, o)| !used[i] && id_of(o) == id_of(q))
            })
            .or_else(|| {
                old.iter()
                    .enumerate()
                    .position(|(i, o)| !used[i] && text_of(o) == text_of(q))
            });
        match found {
            Some(i) => {
                used[i] = true;
                if text_of(&old[i]) == text_of(q) {
                    let mut q = q.clone();
                    q["id"] = json!(id_of(&old[i]));
                    kept.push(id_of(&old[i]));
                    ids.push(id_of(&old[i]));
                    merged.push(q);
                } else {
                    replaced.push(json!({ "from": id_of(&old[i]), "to": id_of(q) }));
                    ids.push(id_of(q));
                    merged.push(q.clone());
                }
            }
            None => {
                added.push(id_of(q));
                ids.push(id_of(q));
                merged.push(q.clone());
            }
        }
    }
    let removed: Vec<String> = old
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(o, _)| id_of(o))
        .collect();
    let diff = json!({
        "kept": kept, "added": added, "removed": removed, "replaced": replaced,
        "question_ids": ids, "reactivated": false,
    });
    (merged, diff)
}

/// `POST /job-interview-set-state`.
pub fn set_state(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let id = text(request, "position_id").unwrap_or_default().to_string();
    let status = request.get("status").filter(|v| !v.is_null());
    let embedded = request.get("is_embedded").and_then(Value::as_bool);
    if status.is_none() && embedded.is_none() {
        return invalid("status", "give `status` or `is_embedded`");
    }
    let seq = state.seq();
    let Some(interview) = state.interviews.get_mut(&id) else {
        return not_found("position_id", &id);
    };
    if let Some(status) = status {
        interview.fields.insert("status".into(), status.clone());
    }
    interview
        .fields
        .insert("updated_at".into(), json!(seed::timestamp(seq)));
    interview.touched = seq;
    match embedded {
        Some(true) => {
            let (embed_id, key) = interview
                .embed
                .get_or_insert_with(|| embed_pair(&id))
                .clone();
            Reply::json(
                200,
                json!({ "embed_id": embed_id, "embed_signing_key": key }),
            )
        }
        Some(false) => {
            interview.embed = None;
            Reply::json(200, json!({ "success": true }))
        }
        None => Reply::json(200, json!({ "success": true })),
    }
}

/// `POST /job-interview-token`: a signed URL, answered as a bare JSON string.
pub fn token(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let kind = text(request, "type").unwrap_or_default();
    let needs: &[&str] = match kind {
        "interview-for-profile" => &["interview_profile_id", "interview_id"],
        "results-for-profile" => &["interview_profile_id"],
        "interview-results-for-position" => &["interview_id"],
        _ => &["interview_result_id"],
    };
    for field in needs {
        if text(request, field).is_none_or(str::is_empty) {
            return invalid(field, format!("`{field}` is required for type {kind}"));
        }
    }
    if let Some(id) = text(request, "interview_id")
        && !state.interviews.contains_key(id)
    {
        // The vendor answers 422, not 404, for an unknown interview here.
        return invalid("interview_id", format!("interview {id} was not found"));
    }
    if let Some(id) = text(request, "interview_result_id")
        && needs.contains(&"interview_result_id")
        && state.results.find(id).is_none()
    {
        return not_found("interview_result_id", id);
    }
    // Only the string "false" shows the menu; anything else (or nothing) hides it.
    let show_menu = request.get("hide_menu") == Some(&json!("false"));
    // The link names the interview or result it opens; the profile only scopes it.
    let target = [
        "interview_result_id",
        "interview_id",
        "interview_profile_id",
    ]
    .iter()
    .filter(|f| needs.contains(f))
    .find_map(|f| text(request, f))
    .unwrap_or_default();
    let serial = state.seq();
    let path = match kind {
        "interview-for-profile" => "interview/take",
        "results-for-profile" => "profile/results",
        "interview-results-for-position" => "position/results",
        _ => "interview/result",
    };
    let mut url = format!(
        "https://interviews.example.com/{path}/{target}/?interview_token=mock.{kind}.{serial}"
    );
    if !show_menu {
        url.push_str("&view_hm=true");
    }
    Reply::json(200, Value::String(url))
}

/// True for `local@domain.tld` with no spaces: the check the vendor applies per row.
pub fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(char::is_whitespace)
}

fn truthy(value: Option<&Value>) -> bool {
    matches!(value, Some(Value::Bool(true))) || value == Some(&json!("true"))
}

/// `POST /job-interview-register-users`: one outcome per row; a bad row does not fail the rest.
pub fn register_users(state: &mut State, input: &Input) -> Reply {
    let request = body(input);
    let interview_id = text(request, "interview_id")
        .unwrap_or_default()
        .to_string();
    if !state.interviews.contains_key(&interview_id) {
        return invalid(
            "interview_id",
            format!("interview {interview_id} was not found"),
        );
    }
    let hide_menu = truthy(request.get("hide_menu"));
    let users = request
        .get("users")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut rows = Vec::with_capacity(users.len());
    for user in &users {
        let name = user.get("name").and_then(Value::as_str);
        let email = user.get("email").and_then(Value::as_str);
        let external_id = user.get("external_id").and_then(Value::as_str);
        let mut row = json!({ "name": name, "email": email, "external_id": external_id });
        match email {
            None => row["result"] = json!("Error: email is required"),
            Some(e) if !plausible_email(e) => {
                row["result"] = json!(format!("Error: invalid email {e}"))
            }
            Some(e) => {
                let (candidate, _) = candidate_for(
                    state,
                    Some(&interview_id),
                    name,
                    e,
                    external_id,
                    "registered",
                );
                row["email"] = json!(candidate.email);
                row["result"] = json!("ok");
                row["interview_url"] =
                    json!(interview_url(&interview_id, &candidate.id, hide_menu));
            }
        }
        rows.push(row);
    }
    Reply::json(200, Value::Array(rows))
}

/// `GET /merchant-interview-list`: newest-updated first.
pub fn list(state: &mut State, input: &Input) -> Reply {
    let query = &input.query;
    let wanted_type = text(query, "type").unwrap_or("interview");
    let status = text(query, "status");
    let filter = text(query, "filter_text").map(str::to_lowercase);
    let mut interviews: Vec<&Interview> = state
        .interviews
        .values()
        .filter(|i| i.fields.get("type").and_then(Value::as_str) == Some(wanted_type))
        .filter(|i| status.is_none() || i.fields.get("status").and_then(Value::as_str) == status)
        .filter(|i| match &filter {
            Some(f) => i
                .fields
                .get("name")
                .and_then(Value::as_str)
                .is_some_and(|n| n.to_lowercase().contains(f)),
            None => true,
        })
        .collect();
    interviews.sort_by_key(|i| std::cmp::Reverse(i.touched));
    let rows = interviews
        .iter()
        .map(|i| {
            let f = &i.fields;
            let count = state.results.count_for(&i.id);
            json!({
                "id": i.id,
                "merchant_id": f.get("merchant_id"),
                "name": f.get("name"),
                "emoji": null,
                "type": f.get("type"),
                "type_avatar": "video",
                "status": f.get("status"),
                "visibility": f.get("visibility"),
                "mojito_language_code": f.get("mojito_language_code"),
                "speech_language_code": f.get("speech_language_code"),
                "environment": "test",
                "is_ats": false,
                "is_multi_stage": false,
                "recording": f.get("recording"),
                "recording_full_session": f.get("recording_full_session"),
                "billing_single_position": false,
                "billing_single_position_end_at": null,
                "cover_image_url": f.get("cover_image_url"),
                "interview_count": count,
                "interview_last": null,
                "calc_duration": f.get("max_duration"),
                "created_at": f.get("created_at"),
                "updated_at": f.get("updated_at"),
            })
        })
        .collect();
    Reply::json(200, Page::of(input).slice(rows))
}
