//! Deterministic made-up data: ids, timestamps, names, and the fixed catalogues (avatars,
//! languages, sub-merchants, analytics, credit ledger) that the mock answers from. No real
//! people or companies appear; every value is derived from a counter so runs are repeatable.

use chrono::Datelike as _;
use serde_json::{Value, json};

/// Id kinds (the second group of every mock UUID), so an id says what it names.
pub mod kind {
    /// Interview and position definitions.
    pub const INTERVIEW: u16 = 0x0001;
    /// Candidates (profile_interview rows).
    pub const CANDIDATE: u16 = 0x0002;
    /// Candidate profiles.
    pub const PROFILE: u16 = 0x0003;
    /// Interview results.
    pub const RESULT: u16 = 0x0004;
    /// Knowledge-base documents.
    pub const DOCUMENT: u16 = 0x0005;
    /// Pre-screening results and files.
    pub const PRE_SCREENING: u16 = 0x0006;
    /// Merchants.
    pub const MERCHANT: u16 = 0x0007;
    /// Avatars (interview templates).
    pub const AVATAR: u16 = 0x0008;
    /// Credit ledger rows.
    pub const CREDIT: u16 = 0x0009;
    /// Questions.
    pub const QUESTION: u16 = 0x000a;
    /// Rows of the results list (position results); no result operation takes them.
    pub const POSITION_RESULT: u16 = 0x000b;
}

/// A UUID-shaped id (version 4 and variant bits set, so strict parsers accept it) that
/// carries its kind and number, so the mock can find a generated row again from its id.
pub fn uuid(kind: u16, n: u64) -> String {
    format!(
        "00000000-{kind:04x}-4000-8000-{:012x}",
        n & 0xffff_ffff_ffff
    )
}

/// The kind and number of an id made by [`uuid`].
pub fn parse_uuid(id: &str) -> Option<(u16, u64)> {
    let parts: Vec<&str> = id.split('-').collect();
    if parts.len() != 5 || parts[0] != "00000000" || parts[2] != "4000" || parts[3] != "8000" {
        return None;
    }
    let kind = u16::from_str_radix(parts[1], 16).ok()?;
    let n = u64::from_str_radix(parts[4], 16).ok()?;
    Some((kind, n))
}

/// The caller's merchant (every token maps to it).
pub fn merchant_id() -> String {
    uuid(kind::MERCHANT, 1)
}

/// The caller's own profile.
pub fn caller_profile_id() -> String {
    uuid(kind::PROFILE, 0)
}

/// An ISO 8601 timestamp for sequence number `n`: one minute apart from 2026-01-01.
pub fn timestamp(n: u64) -> String {
    // Formatted by hand: chrono's format strings are parsed on every call, which made
    // listing 100,000 seeded rows noticeably slow.
    let minutes = n % (60 * 24);
    let days = i64::try_from(n / (60 * 24)).unwrap_or(0).min(1_000_000);
    let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.checked_add_signed(chrono::Duration::days(days)))
        .unwrap_or_default();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:00.000Z",
        date.year(),
        date.month(),
        date.day(),
        minutes / 60,
        minutes % 60
    )
}

const FIRST: [&str; 8] = [
    "Ada", "Bram", "Chidi", "Dana", "Emil", "Farah", "Goran", "Hana",
];
const LAST: [&str; 8] = [
    "Testfield",
    "Mockwood",
    "Samplestone",
    "Exampleton",
    "Fakir",
    "Placeholm",
    "Demoy",
    "Stubbe",
];

/// A made-up candidate name for number `n`.
pub fn person(n: u64) -> String {
    let first = FIRST[(n % 8) as usize];
    let last = LAST[((n / 8) % 8) as usize];
    format!("{first} {last} {n}")
}

/// A made-up address on a reserved domain for number `n`.
pub fn email(n: u64) -> String {
    format!("candidate{n}@example.com")
}

/// A deterministic score in 0.0–10.0 for number `n`.
pub fn score(n: u64) -> f64 {
    ((n.wrapping_mul(2_654_435_761) % 1000) as f64) / 100.0
}

/// Avatars (interview templates) the merchant can use.
pub fn avatars() -> Vec<Value> {
    let rows = [
        ("Studio host", "interactive_heygen", "active", "en", false),
        (
            "Calm recruiter",
            "interactive_elevenlabs",
            "active",
            "en",
            false,
        ),
        ("Panel lead", "offline_synthesia", "active", "de", true),
        ("Retired template", "offline_elai", "archived", "fr", false),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (name, kind, status, lang, public))| {
            let n = i as u64 + 1;
            json!({
                "id": uuid(kind::AVATAR, n),
                "merchant_id": if *public { Value::Null } else { Value::String(merchant_id()) },
                "name": name,
                "type": kind,
                "status": status,
                "visibility": if *public { "public" } else { "merchant_public" },
                "mojito_language_code": lang,
                "video_voice_language_name": format!("{lang} voice {n}"),
                "media_url": format!("https://media.example.com/avatars/{n}.mp4"),
                "background_url": format!("https://media.example.com/backgrounds/{n}.jpg"),
                "background_blur": 0.25,
                "video_background_remove": n.is_multiple_of(2),
                "video_avatar_image_url": format!("https://media.example.com/avatars/{n}.png"),
                "video_avatar_aspect_ratio": "16:9",
                "created_at": timestamp(n),
                "updated_at": timestamp(n + 10),
            })
        })
        .collect()
}

/// Languages of the platform, sorted by English name.
pub fn languages() -> Vec<Value> {
    let rows = [
        (
            "nl",
            "Dutch",
            "Nederlands",
            "🇳🇱",
            "U+1F1F3 U+1F1F1",
            &[("nl-NL", "Dutch (Netherlands)")][..],
        ),
        (
            "en",
            "English",
            "English",
            "🇺🇸",
            "U+1F1FA U+1F1F8",
            &[
                ("en-US", "English (United States)"),
                ("en-GB", "English (United Kingdom)"),
            ][..],
        ),
        (
            "fr",
            "French",
            "Français",
            "🇫🇷",
            "U+1F1EB U+1F1F7",
            &[("fr-FR", "French (France)")][..],
        ),
        (
            "de",
            "German",
            "Deutsch",
            "🇩🇪",
            "U+1F1E9 U+1F1EA",
            &[("de-DE", "German (Germany)")][..],
        ),
    ];
    rows.iter()
        .map(|(code, english, local, emoji, unicode, accents)| {
            json!({
                "code": code,
                "name_english": english,
                "name_local": local,
                "flag_image": format!("https://media.example.com/flags/{code}.svg"),
                "flag_emoji": emoji,
                "flag_unicode": unicode,
                "coaching_interface": true,
                "interview_interface": true,
                "admin_interface": *code == "en",
                "accents": accents.iter().map(|(c, n)| json!({ "code": c, "name": n })).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// Sub-merchants of the caller's merchant.
pub fn sub_merchants() -> Vec<Value> {
    (1..=3u64)
        .map(|n| {
            json!({
                "id": uuid(kind::MERCHANT, 100 + n),
                "name": format!("Example Agency {n}"),
                "status": "active",
                "contact_person": person(900 + n),
                "contact_email": format!("contact{n}@example.com"),
                "billing_country": "NL",
                "business_type": "agency",
                "image_logo_url": null,
                "frontend_domain": format!("agency{n}.example.com"),
                "interview_frontend_domain": format!("interviews.agency{n}.example.com"),
                "register_domain": null,
                "info_notes": null,
                "merchant_features": {},
                "interview_subscription_status": "active",
                "interview_subscription_type": "Starter",
                "stripe_interview_subscription_start": timestamp(n),
                "consumer_webanalytics": null,
                "interview_webanalytics": null,
                "admin_profiles": [],
                "users": [],
                "interview_count": n * 3,
                "interview_latest": timestamp(1000 + n),
                "credits_used_30d": n as f64 * 2.5,
                "credits_used_total": n as f64 * 10.0,
                "created_at": timestamp(n * 100),
            })
        })
        .collect()
}

/// Daily analytics events from `from` to `to` (inclusive, `YYYY-MM-DD`), zero days omitted.
pub fn analytics(from: chrono::NaiveDate, to: chrono::NaiveDate) -> Vec<Value> {
    let mut rows = Vec::new();
    let mut day = from;
    // A year at most: the mock does not need longer ranges and must not loop for ages.
    let mut budget = 366;
    while day <= to && budget > 0 {
        let n = day.ordinal() as u64;
        for (event, count) in [
            ("interview_page_visit", 3 + n % 5),
            ("interview_invitation", n % 3),
            ("interview", n % 2),
        ] {
            if count > 0 {
                rows.push(json!({
                    "day": day.format("%Y-%m-%d").to_string(),
                    "event": event,
                    "event_number": count,
                }));
            }
        }
        let Some(next) = day.succ_opt() else { break };
        day = next;
        budget -= 1;
    }
    rows
}

/// The credit ledger, most recent first.
pub fn credits() -> Vec<Value> {
    let events = [
        "interview",
        "pre_screening",
        "interview_reviewing",
        "interview_failed",
    ];
    (1..=6u64)
        .rev()
        .map(|n| {
            let amount = if n % 4 == 1 { 0.5 } else { 1.0 };
            json!({
                "id": uuid(kind::CREDIT, n),
                "event_date": timestamp(n * 60),
                "event": events[(n % 4) as usize],
                "credit_amount": amount,
                "stats": { "credit_amount": amount },
                "candidate_name": person(n),
                "profile_id": uuid(kind::PROFILE, 500 + n),
                "profile_interview_id": uuid(kind::CANDIDATE, 500 + n),
                "object_uuid": uuid(kind::RESULT, 500 + n),
                "parent_object_uuid": uuid(kind::INTERVIEW, 500 + n),
            })
        })
        .collect()
}

/// The default question set used where an interview has none (results of unknown interviews).
pub fn default_questions() -> Vec<(String, String)> {
    [
        "Tell us about a project you are proud of.",
        "How do you handle a disagreement in your team?",
        "Why does this role interest you?",
    ]
    .iter()
    .enumerate()
    .map(|(i, q)| (uuid(kind::QUESTION, i as u64 + 1), q.to_string()))
    .collect()
}
