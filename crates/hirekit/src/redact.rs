//! Keeping personal data out of error messages: vendor messages may echo what was sent (an
//! email, a phone number), and decode excerpts show response bytes.

use std::fmt::Write as _;

/// Replaces what looks like an email address or a phone number in a vendor message.
///
/// Words containing `@` become `<email>`; runs of digits and phone punctuation holding 7 or
/// more digits become `<number>`. Long ids are masked too, which costs a little detail in a
/// message but never leaks a phone number.
pub(crate) fn scrub(text: &str) -> String {
    let words: Vec<String> = text
        .split(' ')
        .map(|word| {
            if word.contains('@') {
                "<email>".to_string()
            } else {
                word.to_string()
            }
        })
        .collect();
    mask_digit_runs(&words.join(" "))
}

fn mask_digit_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let is_run_char = |c: char| c.is_ascii_digit() || " +-().".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() || c == '+' || c == '(' {
            let mut end = i;
            while end < chars.len() && is_run_char(chars[end]) {
                end += 1;
            }
            // A run ends at its last digit or closing bracket; trailing spaces stay text.
            while end > i && !(chars[end - 1].is_ascii_digit() || chars[end - 1] == ')') {
                end -= 1;
            }
            let digits = chars[i..end].iter().filter(|c| c.is_ascii_digit()).count();
            if digits >= 7 {
                out.push_str("<number>");
                i = end;
                continue;
            }
            out.extend(&chars[i..end.max(i + 1)]);
            i = end.max(i + 1);
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// The words after which serde quotes a value of the body in backticks rather than double
/// quotes: numbers, characters, and the names of unknown fields and variants (which come from
/// the body too). Backticks elsewhere quote names from our own types (after `missing field` or
/// `expected one of`) and are kept.
const BACKTICKED_VALUES: [&str; 6] = [
    "integer ",
    "boolean ",
    "floating point ",
    "character ",
    "unknown field ",
    "unknown variant ",
];

/// serde's messages can quote the offending value (`invalid type: string "ada@…"`, or a phone
/// number as ``integer `5551234567` ``), and a response or webhook body is personal data: keep
/// the message's shape, replace each quoted value with `"…"` or `` `…` `` and drop the
/// line/column suffix. A quoted string ends at its closing quote, not at an escaped one inside
/// it.
pub(crate) fn serde_message(message: &str) -> String {
    let message = match message.rfind(" at line ") {
        Some(at) => message.get(..at).unwrap_or(message),
        None => message,
    };
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push_str("\"…\"");
                while let Some(inner) = chars.next() {
                    match inner {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '`' if BACKTICKED_VALUES.iter().any(|words| out.ends_with(words)) => {
                out.push_str("`…`");
                for inner in chars.by_ref() {
                    if inner == '`' {
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The longest vendor message an error keeps, in characters.
pub(crate) const MAX_MESSAGE_CHARS: usize = 512;
/// The longest request id an error keeps, in characters.
pub(crate) const MAX_REQUEST_ID_CHARS: usize = 128;
/// The longest field name an error keeps from a vendor's error body, in characters.
pub(crate) const MAX_FIELD_CHARS: usize = 128;

/// `text` with its control characters written as escapes (`\u{1b}`), so that text a server
/// chose (an object key in a JSON path) cannot end a log line early or drive a terminal.
pub(crate) fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `text` cut to at most `max` characters (on a character boundary), marked with `…` when cut.
pub(crate) fn bounded(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some((at, _)) => format!("{}…", &text[..at]),
    }
}

/// A vendor's request id as an error may show it: at most [`MAX_REQUEST_ID_CHARS`] of the
/// characters ids are made of (letters, digits, `-_.:`), or nothing. An id is the server's
/// text, so one that holds anything else (an echoed email, say) is not kept.
pub(crate) fn request_id(text: &str) -> Option<String> {
    let ok = !text.is_empty()
        && text.chars().count() <= MAX_REQUEST_ID_CHARS
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c));
    ok.then(|| text.to_string())
}

/// A short excerpt of a JSON body around byte `at`, with every string value masked and only
/// object keys kept: enough to see the shape that failed to decode, never the data.
pub(crate) fn json_excerpt(body: &[u8], at: usize) -> String {
    const RADIUS: usize = 60;
    let masked = mask_string_values(body);
    let at = at.min(masked.len());
    let start = at.saturating_sub(RADIUS);
    let end = (at + RADIUS).min(masked.len());
    // A body's layout whitespace reads as a space and any other control byte (only a broken
    // body has one) as U+FFFD, so the excerpt stays on one line of a log at its length.
    let mut excerpt: String = String::from_utf8_lossy(&masked[start..end])
        .chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() => char::REPLACEMENT_CHARACTER,
            c => c,
        })
        .collect();
    if start > 0 {
        excerpt.insert(0, '…');
    }
    if end < masked.len() {
        excerpt.push('…');
    }
    excerpt
}

/// Whether an object key reads as the name of a field (and is kept in an excerpt) rather than
/// as data: a server can key an object by an email or a phone number. Names are short runs of
/// ASCII letters, digits and `_-.$` with fewer than 7 digits.
fn looks_like_a_name(key: &[u8]) -> bool {
    key.len() <= 64
        && key
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || b"_-.$".contains(b))
        && key.iter().filter(|b| b.is_ascii_digit()).count() < 7
}

/// Masks the contents of every JSON string that is not an object key (and of every key that
/// does not look like a name), and every digit run that is not inside a key (numbers can be
/// phone numbers or ids too).
fn mask_string_values(body: &[u8]) -> Vec<u8> {
    let mut out = body.to_vec();
    let mut i = 0;
    while i < out.len() {
        match out[i] {
            b'"' => {
                let start = i + 1;
                let mut end = start;
                while end < out.len() && out[end] != b'"' {
                    if out[end] == b'\\' {
                        end += 1;
                    }
                    end += 1;
                }
                let end = end.min(out.len());
                let is_key = out[end.saturating_add(1).min(out.len())..]
                    .iter()
                    .find(|b| !b.is_ascii_whitespace())
                    == Some(&b':');
                if !is_key || !looks_like_a_name(&out[start..end]) {
                    out[start..end].iter_mut().for_each(|b| *b = b'*');
                }
                i = end + 1;
            }
            b'0'..=b'9' => {
                out[i] = b'0';
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_and_phone_numbers_are_scrubbed() {
        assert_eq!(
            scrub("email jane.doe@example.com is taken, call +1 (555) 123-4567 or 5551234567"),
            "email <email> is taken, call <number> or <number>"
        );
        assert_eq!(scrub("Field is required."), "Field is required.");
    }

    /// serde quotes numbers, booleans, characters and unknown variants in backticks: a phone
    /// number sent as a number must not survive into the message.
    #[test]
    fn values_in_backticks_are_masked_and_names_kept() {
        let cases = [
            (
                "invalid type: integer `31655501234`, expected a string at line 1 column 30",
                "invalid type: integer `…`, expected a string",
            ),
            (
                "invalid value: floating point `3165550.5`, expected i64",
                "invalid value: floating point `…`, expected i64",
            ),
            (
                "invalid type: boolean `true`, expected a string",
                "invalid type: boolean `…`, expected a string",
            ),
            (
                "unknown variant `ada@example.com`, expected one of `active`, `draft`",
                "unknown variant `…`, expected one of `active`, `draft`",
            ),
            ("missing field `email`", "missing field `email`"),
            (
                r#"invalid type: string "a `b` c", expected u8"#,
                r#"invalid type: string "…", expected u8"#,
            ),
            ("invalid type: integer `12", "invalid type: integer `…`"),
        ];
        for (message, cleaned) in cases {
            assert_eq!(serde_message(message), cleaned, "{message}");
        }
    }

    #[test]
    fn serde_messages_lose_every_value_of_the_body() {
        assert_eq!(
            serde_message(
                "invalid type: integer `15558675309`, expected a string at line 1 column 9"
            ),
            "invalid type: integer `…`, expected a string"
        );
        assert_eq!(
            serde_message("invalid type: floating point `5558675309.5`, expected i64"),
            "invalid type: floating point `…`, expected i64"
        );
        assert_eq!(
            serde_message("unknown variant `jane@example.com`, expected one of `a`, `b`"),
            "unknown variant `…`, expected one of `a`, `b`"
        );
        // Names from our own types stay.
        assert_eq!(
            serde_message("missing field `email`"),
            "missing field `email`"
        );
        // An escaped quote does not end the value early.
        assert_eq!(
            serde_message(r#"invalid type: string "x\" jane@example.com \"y", expected i64"#),
            "invalid type: string \"…\", expected i64"
        );
    }

    #[test]
    fn excerpts_mask_keys_that_are_data() {
        let body = br#"{"jane@example.com": 1, "5551234567": 2, "total_count": "x"}"#;
        let excerpt = json_excerpt(body, 50);
        assert!(!excerpt.contains("jane"), "{excerpt}");
        assert!(!excerpt.contains("5551234567"), "{excerpt}");
        assert!(excerpt.contains("\"total_count\""), "{excerpt}");
    }

    #[test]
    fn control_characters_are_shown_as_escapes() {
        assert_eq!(printable("plain text"), "plain text");
        assert!(matches!(printable("plain"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(
            printable("a\u{1b}[2J\nb\u{7f}"),
            "a\\u{1b}[2J\\u{a}b\\u{7f}"
        );
        // An excerpt of a broken body stays on one line, whatever bytes the body holds.
        let excerpt = json_excerpt(b"{\n  \"id\": 1,\r\n\t\"x\": \x1b[2J}", 10);
        assert_eq!(excerpt, "{   \"id\": 0,   \"x\": \u{fffd}[0J}");
        assert!(!excerpt.chars().any(char::is_control), "{excerpt}");
    }

    #[test]
    fn excerpts_keep_keys_and_mask_values() {
        let body = br#"{"email": "jane@example.com", "phone": 5551234, "ok": true}"#;
        let excerpt = json_excerpt(body, 10);
        assert!(excerpt.contains("\"email\""), "{excerpt}");
        assert!(excerpt.contains("\"phone\""), "{excerpt}");
        assert!(!excerpt.contains("jane"), "{excerpt}");
        assert!(!excerpt.contains("5551234"), "{excerpt}");
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::test_support::proptest_cases()))]

        /// Scrubbing never panics, never leaves an `@` word, and never leaves 7 digits in a row.
        #[test]
        fn scrub_masks_emails_and_numbers(text in "[ a-z0-9@+().-]{0,80}") {
            let out = scrub(&text);
            prop_assert!(!out.split(' ').any(|w| w.contains('@') && w != "<email>"), "{}", out);
            let longest_run = out
                .split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max()
                .unwrap_or(0);
            prop_assert!(longest_run < 7, "{}", out);
        }

        /// Excerpts of any bytes at any offset stay short and never panic.
        #[test]
        fn excerpts_are_short(bytes in proptest::collection::vec(any::<u8>(), 0..400), at in any::<usize>()) {
            let excerpt = json_excerpt(&bytes, at);
            prop_assert!(excerpt.chars().count() <= 2 * 60 + 2);
        }
    }
}
