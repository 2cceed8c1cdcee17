//! The Results tag: result details with transcript, reports (PDF, HTML, JSON), another
//! attempt, the result list, analytics and the credit ledger; plus the result store.
//!
//! Results live in two forms: explicit records (created through `/__mock/jobmojito/results`,
//! or a seeded row that was changed) and seeded blocks, which generate their rows from the
//! sequence number when read. Both share one sequence space, so "newest first" is simply
//! "highest sequence number first".

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::paging::Page;
use super::seed::{self, kind};
use super::{State, body, flag, invalid, not_found, text};
use crate::reply::Reply;
use crate::shared::{Shared, lock};
use crate::validate::Input;

/// One interview result.
#[derive(Debug, Clone)]
pub struct ResultRecord {
    /// Sequence number (the result id is derived from it).
    pub seq: u64,
    /// The interview it belongs to.
    pub interview_id: String,
    /// The candidate's profile_interview id.
    pub profile_interview_id: Option<String>,
    /// The candidate's profile id.
    pub profile_id: Option<String>,
    /// The candidate's name.
    pub candidate_name: Option<String>,
    /// The candidate's email.
    pub candidate_email: Option<String>,
    /// The caller's id for the candidate.
    pub external_id: Option<String>,
    /// Lifecycle status: `draft` or `active`.
    pub status: String,
    /// Interview progress (`completed`, `failed`, `ongoing`…).
    pub coach_status: String,
    /// AI processing status.
    pub processing_status: String,
    /// Overall score, once scored.
    pub score: Option<f64>,
    /// The recruiter decision, if any.
    pub decision_status: Option<String>,
}

impl ResultRecord {
    /// The result's id.
    pub fn id(&self) -> String {
        seed::uuid(kind::RESULT, self.seq)
    }

    /// A finished, scored result generated for sequence number `seq` of a seeded block.
    pub fn generated(seq: u64, interview_id: &str) -> ResultRecord {
        ResultRecord {
            seq,
            interview_id: interview_id.to_string(),
            profile_interview_id: Some(seed::uuid(kind::CANDIDATE, seq)),
            profile_id: Some(seed::uuid(kind::PROFILE, seq)),
            candidate_name: Some(seed::person(seq)),
            candidate_email: Some(seed::email(seq)),
            external_id: None,
            status: "active".into(),
            coach_status: "completed".into(),
            processing_status: "completed".into(),
            score: Some(seed::score(seq)),
            decision_status: None,
        }
    }
}

/// A run of seeded results: rows `first..first + count`, generated when read.
#[derive(Debug, Clone)]
pub struct Block {
    /// The interview every row belongs to.
    pub interview_id: String,
    /// The first sequence number.
    pub first: u64,
    /// How many rows.
    pub count: u64,
}

/// Every result.
#[derive(Debug, Default)]
pub struct Store {
    /// Explicit records by sequence number (including changed seeded rows).
    pub explicit: BTreeMap<u64, ResultRecord>,
    /// Seeded blocks.
    pub blocks: Vec<Block>,
}

impl Store {
    fn block_of(&self, seq: u64) -> Option<&Block> {
        self.blocks
            .iter()
            .find(|b| seq >= b.first && seq - b.first < b.count)
    }

    /// How many results exist.
    pub fn total(&self) -> u64 {
        let seeded: u64 = self.blocks.iter().map(|b| b.count).sum();
        let loose = self
            .explicit
            .keys()
            .filter(|s| self.block_of(**s).is_none())
            .count() as u64;
        seeded + loose
    }

    /// How many results an interview has.
    pub fn count_for(&self, interview_id: &str) -> u64 {
        let seeded: u64 = self
            .blocks
            .iter()
            .filter(|b| b.interview_id == interview_id)
            .map(|b| b.count)
            .sum();
        let loose = self
            .explicit
            .values()
            .filter(|r| r.interview_id == interview_id && self.block_of(r.seq).is_none())
            .count() as u64;
        seeded + loose
    }

    /// The result with sequence number `seq`.
    pub fn get(&self, seq: u64) -> Option<ResultRecord> {
        if let Some(record) = self.explicit.get(&seq) {
            return Some(record.clone());
        }
        self.block_of(seq)
            .map(|b| ResultRecord::generated(seq, &b.interview_id))
    }

    /// The result with this id.
    pub fn find(&self, id: &str) -> Option<ResultRecord> {
        match seed::parse_uuid(id) {
            Some((kind::RESULT, seq)) => self.get(seq),
            _ => None,
        }
    }

    /// Stores (or replaces) a record.
    pub fn put(&mut self, record: ResultRecord) {
        self.explicit.insert(record.seq, record);
    }

    /// Runs of sequence numbers, newest first: `(first, count)`, optionally for one interview.
    fn segments(&self, interview_id: Option<&str>) -> Vec<(u64, u64)> {
        let mut segments: Vec<(u64, u64)> = self
            .blocks
            .iter()
            .filter(|b| interview_id.is_none_or(|i| i == b.interview_id))
            .map(|b| (b.first, b.count))
            .collect();
        segments.extend(
            self.explicit
                .values()
                .filter(|r| self.block_of(r.seq).is_none())
                .filter(|r| interview_id.is_none_or(|i| i == r.interview_id))
                .map(|r| (r.seq, 1)),
        );
        segments.sort_by_key(|s| std::cmp::Reverse(s.0));
        segments
    }
}

/// Where a result's candidate list row and details come from: its interview's name.
fn position_name(state: &State, interview_id: &str) -> Option<String> {
    state
        .interviews
        .get(interview_id)
        .and_then(|i| i.fields.get("name"))
        .and_then(Value::as_str)
        .map(str::to_string)
}

fn list_item(state: &State, r: &ResultRecord) -> Value {
    // Built field by field rather than with `json!`, which goes through serde for every
    // value: this runs once per row when 100,000 seeded results are paged through.
    let text = |v: &Option<String>| v.clone().map_or(Value::Null, Value::String);
    let number = |v: Option<f64>| v.map_or(Value::Null, Value::from);
    let created = Value::String(seed::timestamp(r.seq));
    let fields: [(&str, Value); 37] = [
        // The row's own id is a position result's, as with the vendor: only
        // `interview_result_id` finds the result again.
        (
            "id",
            Value::String(seed::uuid(kind::POSITION_RESULT, r.seq)),
        ),
        ("interview_result_id", Value::String(r.id())),
        ("interview_result_pre_screening_id", Value::Null),
        ("merchant_id", Value::String(seed::merchant_id())),
        ("profile_id", text(&r.profile_id)),
        ("profile_interview_id", text(&r.profile_interview_id)),
        ("definition_id", Value::String(r.interview_id.clone())),
        ("candidate_name", text(&r.candidate_name)),
        ("candidate_email", text(&r.candidate_email)),
        (
            "position_name",
            text(&position_name(state, &r.interview_id)),
        ),
        ("position_step", Value::from("interview")),
        ("type", Value::from("interview")),
        ("emoji", Value::Null),
        ("external_id", text(&r.external_id)),
        ("mojito_language_code", Value::from("en")),
        ("status", Value::String(r.status.clone())),
        ("coach_status", Value::String(r.coach_status.clone())),
        ("decision_status", text(&r.decision_status)),
        ("interview_started", Value::Bool(true)),
        ("is_multi_stage", Value::Bool(false)),
        ("is_test", Value::Bool(false)),
        ("recruiter_shortlist", Value::Bool(false)),
        ("recruiter_risks", Value::Null),
        ("duration_ds", Value::from(6000 + r.seq % 3000)),
        ("score", number(r.score)),
        ("score_simulation", Value::Null),
        (
            "score_sentiment",
            number(r.score.map(|s| (s * 90.0).round() / 100.0)),
        ),
        ("score_words_per_minute", Value::from(110 + r.seq % 40)),
        ("score_interview_ai", number(r.score)),
        ("score_answer_ai", number(r.score)),
        ("score_pronunciation", Value::Null),
        (
            "processing_status",
            Value::String(r.processing_status.clone()),
        ),
        ("processing_error", Value::Null),
        ("kyc_processing_status", Value::Null),
        ("position_result_step_id", Value::Null),
        ("created_at", created.clone()),
        ("updated_at", created),
    ];
    Value::Object(
        fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

/// `GET /merchant-result-list`.
pub fn list(state: &mut State, input: &Input) -> Reply {
    let query = &input.query;
    let page = Page::of(input);
    let interview_id = text(query, "interview_id");
    let profile = text(query, "profile_interview_id");
    let filter = text(query, "filter_text").map(str::to_lowercase);
    let tab = text(query, "tab").filter(|t| !t.is_empty());
    let order = text(query, "order_by").unwrap_or("created_at_newest");
    // Every mock result is an interview-step result of an `interview`; other kinds and the
    // pre-screening step have none.
    let kind_matches = text(query, "type").is_none_or(|t| t == "interview");
    let step_matches = text(query, "step").is_none_or(|s| s == "interview");
    if !kind_matches || !step_matches {
        return Reply::json(200, page.envelope(Vec::new(), 0));
    }
    let mut segments = state.results.segments(interview_id);
    if order == "created_at_oldest" {
        segments.reverse();
    }
    let ascending = order == "created_at_oldest";
    let in_order = |(first, count): &(u64, u64)| {
        let range = *first..first + count;
        let rows: Box<dyn Iterator<Item = u64>> = if ascending {
            Box::new(range)
        } else {
            Box::new(range.rev())
        };
        rows
    };

    let simple = profile.is_none() && filter.is_none() && tab.is_none() && order != "score";
    if simple {
        // Only this page's rows are generated, and whole segments before the page are
        // skipped by count: a seeded block of 100,000 stays cheap to page through.
        let total: u64 = segments.iter().map(|s| s.1).sum();
        let mut skip = page.offset;
        let mut want = page.range(total).len();
        let mut data = Vec::with_capacity(want);
        for segment in &segments {
            if want == 0 {
                break;
            }
            if skip >= segment.1 {
                skip -= segment.1;
                continue;
            }
            let start = usize::try_from(skip).unwrap_or(usize::MAX);
            skip = 0;
            for seq in in_order(segment).skip(start).take(want) {
                if let Some(r) = state.results.get(seq) {
                    data.push(list_item(state, &r));
                }
                want -= 1;
            }
        }
        return Reply::json(200, page.envelope(data, total));
    }

    let seqs = segments.iter().flat_map(in_order);
    let mut records: Vec<ResultRecord> = seqs
        .filter_map(|seq| state.results.get(seq))
        .filter(|r| profile.is_none_or(|p| r.profile_interview_id.as_deref() == Some(p)))
        .filter(|r| match &filter {
            Some(f) => [&r.candidate_name, &r.candidate_email]
                .iter()
                .any(|v| v.as_deref().is_some_and(|v| v.to_lowercase().contains(f))),
            None => true,
        })
        .filter(|r| match tab {
            Some("completed") => r.status == "active",
            Some("incomplete") => r.status == "draft",
            Some("undecided") => r.status == "active" && r.decision_status.is_none(),
            Some("decided-selected") => r.decision_status.as_deref() == Some("selected"),
            Some("decided-rejected") => r.decision_status.as_deref() == Some("rejected"),
            Some(_) => false,
            None => true,
        })
        .collect();
    if order == "score" {
        records.sort_by(|a, b| {
            b.score
                .unwrap_or(-1.0)
                .total_cmp(&a.score.unwrap_or(-1.0))
                .then(b.seq.cmp(&a.seq))
        });
    }
    let total = records.len() as u64;
    let range = page.range(total);
    let data = records[range].iter().map(|r| list_item(state, r)).collect();
    Reply::json(200, page.envelope(data, total))
}

/// The transcript of a result: each question of its interview with a made-up answer.
fn transcript(state: &State, r: &ResultRecord) -> Vec<Value> {
    let questions: Vec<(String, String)> = state
        .interviews
        .get(&r.interview_id)
        .and_then(|i| i.fields.get("questions"))
        .and_then(Value::as_array)
        .filter(|q| !q.is_empty())
        .map(|qs| {
            qs.iter()
                .map(|q| {
                    (
                        q.get("id")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_string(),
                        q.get("question")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_else(seed::default_questions);
    let mut entries = Vec::new();
    for (i, (qid, question)) in questions.iter().enumerate() {
        let n = r.seq * 100 + i as u64;
        entries.push(json!({
            "id": seed::uuid(kind::QUESTION, n * 2),
            "is_answer": false,
            "view": "question",
            "question_original_id": qid,
            "question_original": question,
            "question_asked": question,
            "answer": null,
        }));
        let answered = r.coach_status != "failed";
        entries.push(json!({
            "id": seed::uuid(kind::QUESTION, n * 2 + 1),
            "is_answer": true,
            "view": "answer",
            "question_original_id": qid,
            "question_original": question,
            "question_asked": question,
            "answer": answered.then(|| format!("A sample answer number {} to this question.", i + 1)),
            "ai_analysis": answered.then_some("The answer is clear and on topic."),
            "ai_analysis_recruiter": answered.then_some("Relevant example, could be more specific."),
            "score": r.score,
            "score_answer_ai": r.score,
            "duration": 450 + (n % 300),
            "mojito_language_code": "en",
            "recording_local_path": null,
            "recording_is_video": false,
            "external_id": null,
        }));
    }
    entries
}

/// `GET /job-interview-details`.
pub fn details(state: &mut State, input: &Input) -> Reply {
    let id = text(&input.query, "interview_result_id").unwrap_or_default();
    let Some(r) = state.results.find(id) else {
        return not_found("interview_result_id", id);
    };
    let signed = flag(&input.query, "get_signed_recordings") == Some(true);
    let failed = r.coach_status == "failed";
    let answer = json!({
        "score": r.score,
        "score_simulation": null,
        "score_text": r.score.map(|s| if s >= 5.0 { "Good" } else { "Needs work" }),
        "score_sentiment": r.score,
        "score_words_per_minute": 110 + r.seq % 40,
        "score_pronunciation": null,
        "score_answer": r.score,
        "status": r.coach_status,
        "start": seed::timestamp(r.seq),
        "end": seed::timestamp(r.seq + 15),
        "duration": 9000,
        "ai_interview_coverage_percentage": if failed { 0 } else { 100 },
        "ai_completion_reason": if failed { "no speech detected" } else { "all questions answered" },
        "ai_analysis": (!failed).then_some("A structured conversation with concrete examples."),
        "ai_analysis_recruiter": (!failed).then_some("Solid fit for the role; probe depth of experience."),
        "ai_analysis_other": {
            "hiring_reasons": { "reasons_to_hire": ["clear communication"], "reasons_not_to_hire": ["limited examples"] },
            "takeaways": [],
        },
        "recruiter_risks": null,
        "user_feedback_recruiter": null,
        "recording_local_path": format!("recordings/{}.webm", r.id()),
        "recording_is_video": true,
        "video_introduction_local_path": null,
        "recording_url": signed.then(|| format!("https://storage.example.com/signed/{}.webm", r.id())),
        "video_introduction_url": null,
        "transcript": transcript(state, &r),
    });
    Reply::json(200, answer)
}

/// `POST /job-interview-pdf`: PDF (a link to real PDF bytes), HTML or JSON.
pub fn report(state: &mut State, input: &Input, base_url: &str) -> Reply {
    let request = body(input);
    let mut ids: Vec<String> = request
        .get("interview_result_ids")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    if let Some(id) = text(request, "interview_result_id") {
        ids.insert(0, id.to_string());
    }
    if ids.is_empty() {
        return invalid(
            "interview_result_id",
            "give `interview_result_id` or `interview_result_ids`",
        );
    }
    let mut records = Vec::new();
    for id in &ids {
        match state.results.find(id) {
            Some(r) => records.push(r),
            None => return not_found("interview_result_id", id),
        }
    }
    let valid_until = seed::timestamp(state.next_seq + 60 * 24 * 7);
    match text(request, "export_type").unwrap_or("pdf") {
        "html" => Reply::json(200, json!({ "html_export": report_html(state, &records) })),
        "json" => {
            let results: Vec<Value> = records
                .iter()
                .map(|r| json!({ "data": list_item(state, r), "files": [] }))
                .collect();
            let mut export = json!({ "results": results });
            if records.len() > 1 {
                export["table"] = json!(report_html(state, &records));
            }
            Reply::json(200, json!({ "json_export": export }))
        }
        _ => Reply::json(
            200,
            json!({
                "pdf_export_url": format!("{base_url}/__mock/jobmojito/reports/{}.pdf", ids.join("_")),
                "pdf_export_valid_until": valid_until,
            }),
        ),
    }
}

fn report_html(state: &State, records: &[ResultRecord]) -> String {
    let rows: String = records
        .iter()
        .map(|r| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(r.candidate_name.as_deref().unwrap_or("")),
                escape(&position_name(state, &r.interview_id).unwrap_or_default()),
                r.score.map(|s| s.to_string()).unwrap_or_default()
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>Interview report</title></head><body>\
         <table><tr><th>Candidate</th><th>Position</th><th>Score</th></tr>{rows}</table></body></html>"
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// `GET /__mock/jobmojito/reports/<ids>.pdf`: the bytes a `pdf_export_url` points at.
pub fn report_file(shared: &Shared, file: &str) -> Reply {
    let Some(ids) = file.strip_suffix(".pdf") else {
        return Reply::json(404, json!({ "error": "reports end in .pdf" }));
    };
    let state = lock(&shared.functions);
    let mut lines = vec!["hirekit-mock interview report".to_string()];
    for id in ids.split('_') {
        let Some(r) = state.results.find(id) else {
            return Reply::json(404, json!({ "error": format!("no result {id}") }));
        };
        lines.push(format!(
            "Result {}: {} - score {}",
            r.id(),
            r.candidate_name.as_deref().unwrap_or("anonymous"),
            r.score
                .map(|s| s.to_string())
                .unwrap_or_else(|| "n/a".into())
        ));
    }
    Reply::bytes(200, "application/pdf", pdf(&lines))
}

/// A minimal valid one-page PDF showing `lines` (ASCII only; other characters become `?`).
pub fn pdf(lines: &[String]) -> Vec<u8> {
    let mut content = String::from("BT /F1 12 Tf 50 780 Td 16 TL\n");
    for line in lines {
        let safe: String = line
            .chars()
            .map(|c| match c {
                '(' | ')' | '\\' => '?',
                c if c.is_ascii() && !c.is_ascii_control() => c,
                _ => '?',
            })
            .collect();
        content.push_str(&format!("({safe}) Tj T*\n"));
    }
    content.push_str("ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_string(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// `POST /job-interview-result-request-another-attempt`.
pub fn another_attempt(state: &mut State, input: &Input) -> Reply {
    let id = text(body(input), "interview_result_id").unwrap_or_default();
    let Some(mut r) = state.results.find(id) else {
        return not_found("interview_result_id", id);
    };
    if r.status != "active" || !r.coach_status.starts_with("completed") {
        return crate::reply::functions_error(
            409,
            "only a submitted, completed result can get another attempt",
            Some("interview_result_id"),
        );
    }
    r.status = "draft".into();
    r.coach_status = "failed".into();
    r.decision_status = None;
    state.results.put(r);
    Reply::json(200, json!({}))
}

/// `GET /merchant-analytics`.
pub fn analytics(_state: &mut State, input: &Input) -> Reply {
    let date = |name: &str| {
        text(&input.query, name).and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    let Some(from) = date("date_from") else {
        return invalid("date_from", "`date_from` is not a calendar date");
    };
    let Some(to) = date("date_to") else {
        return invalid("date_to", "`date_to` is not a calendar date");
    };
    Reply::json(200, Page::of(input).slice(seed::analytics(from, to)))
}

/// `GET /merchant-analytics-credits-used`.
pub fn credit_usage(_state: &mut State, input: &Input) -> Reply {
    let interview = text(&input.query, "interview_id");
    let rows = seed::credits()
        .into_iter()
        .filter(|r| interview.is_none_or(|i| r["parent_object_uuid"] == json!(i)))
        .collect();
    Reply::json(200, Page::of(input).slice(rows))
}

/// `POST /__mock/jobmojito/results/seed {"interview_id", "count"}`.
pub fn seed(shared: &Shared, body: &Value) -> Reply {
    let Some(interview_id) = body.get("interview_id").and_then(Value::as_str) else {
        return Reply::json(
            400,
            json!({ "error": "`interview_id` (a string) is required" }),
        );
    };
    let Some(count) = body
        .get("count")
        .and_then(Value::as_u64)
        .filter(|c| (1..=10_000_000).contains(c))
    else {
        return Reply::json(
            400,
            json!({ "error": "`count` must be an integer from 1 to 10000000" }),
        );
    };
    let mut state = lock(&shared.functions);
    let first = state.next_seq + 1;
    state.next_seq += count;
    state.results.blocks.push(Block {
        interview_id: interview_id.to_string(),
        first,
        count,
    });
    Reply::json(
        200,
        json!({
            "seeded": count,
            "first_result_id": seed::uuid(kind::RESULT, first),
            "last_result_id": seed::uuid(kind::RESULT, first + count - 1),
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pdf_cross_reference_points_at_its_objects() {
        let bytes = pdf(&["Line (one)".to_string(), "Zoë".to_string()]);
        let text = String::from_utf8(bytes.clone()).expect("the PDF is ASCII");
        assert!(text.starts_with("%PDF-1.4\n"));
        assert!(text.ends_with("%%EOF\n"));
        let startxref: usize = text
            .rsplit("startxref\n")
            .next()
            .and_then(|t| t.lines().next())
            .and_then(|n| n.parse().ok())
            .expect("startxref");
        assert!(text[startxref..].starts_with("xref\n0 6\n"));
        let entries: Vec<usize> = text[startxref..]
            .lines()
            .skip(3)
            .take(5)
            .map(|l| l[..10].parse().expect("offset"))
            .collect();
        for (i, offset) in entries.iter().enumerate() {
            assert!(text[*offset..].starts_with(&format!("{} 0 obj", i + 1)));
        }
        let (_, stream) = text.split_once("stream\n").expect("a stream");
        let length: usize = text
            .split("/Length ")
            .nth(1)
            .and_then(|t| t.split(' ').next())
            .and_then(|n| n.parse().ok())
            .expect("length");
        assert!(stream[length..].starts_with("\nendstream"));
        assert!(
            text.contains("(Line ?one?) Tj"),
            "parentheses are neutralised"
        );
    }

    #[test]
    fn seeded_rows_are_found_by_id_and_counted_without_storing_them() {
        let mut store = Store::default();
        store.blocks.push(Block {
            interview_id: "i".into(),
            first: 10,
            count: 100_000,
        });
        assert_eq!(store.total(), 100_000);
        assert!(store.explicit.is_empty());
        let row = store
            .find(&seed::uuid(kind::RESULT, 50_000))
            .expect("a row");
        assert_eq!(row.interview_id, "i");
        assert!(store.find(&seed::uuid(kind::RESULT, 9)).is_none());
        assert!(store.find(&seed::uuid(kind::CANDIDATE, 50)).is_none());
        // A list row's own id names a position result, never an interview result.
        assert!(
            store
                .find(&seed::uuid(kind::POSITION_RESULT, 50_000))
                .is_none()
        );
        let mut changed = row.clone();
        changed.status = "draft".into();
        store.put(changed);
        assert_eq!(
            store.total(),
            100_000,
            "a changed seeded row is not counted twice"
        );
        assert_eq!(
            store.find(&row.id()).map(|r| r.status),
            Some("draft".into())
        );
    }
}
