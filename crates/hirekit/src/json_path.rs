//! The JSON path of the value where a body stopped matching its type (`data[1].id`), found
//! from the body's bytes and the position of serde_json's error.
//!
//! # Why
//!
//! Each response and webhook type is decoded once, with plain serde_json. Asking a path-tracking
//! deserializer (`serde_path_to_error`) instead wraps serde_json's deserializer in another
//! generic type, so every type's whole `Deserialize` tree is compiled a second time in this
//! crate: about a third of the facade's monomorphized items, paid by every consumer's build.
//! This module is not generic: on failure it scans the bytes up to serde_json's error position
//! with a stack of object keys and array indices, and names the value found there.
//!
//! # Format
//!
//! As `serde_path_to_error`'s `Path` prints: `.` for the top level; object keys joined by `.`
//! (`data.object.id`), printed as serde sees them (escapes decoded) and never quoted, so a key
//! holding `.` or `[` prints as is; array indices in brackets (`data[1].id`, `[0]` for an
//! element of a top-level array, `grid[0][1]`); `?` where serde_json failed before it had read
//! a key (`{"a": 1 "b": 2}` says `?`, a nested one `data.?`).
//!
//! # Where the position points
//!
//! serde_json stamps an error with the position of the byte it last read (or peeked), so the
//! scan stops there and reads its state the way `serde_path_to_error` attributes errors:
//!
//! - a wrong type or value (`invalid type`, `invalid value`, `unknown variant`, a syntax error
//!   inside a value): the value's path. For an object or array where a scalar was expected,
//!   serde_json points just *before* the bracket it did not enter (the message says
//!   `invalid type: map` or `sequence`), which is the next value's path;
//! - `missing field`, `invalid length`: serde_json points at the container's closing bracket;
//!   the container's path (`.` at the top level);
//! - `unknown field` (`deny_unknown_fields`): the key's path, whatever follows the key;
//!   `duplicate field`: its object's;
//! - an error serde raises after serde_json has read a value (a `try_from` or an untagged
//!   enum that rejects what it was given) carries no position of its own: serde_json stamps it
//!   where the enclosing object or array stopped, usually the closing bracket or just past the
//!   next comma, and the path names the value the enclosing container read last;
//! - `EOF while parsing …`: what the parser wanted next: the value after `:`, the object
//!   (`?`) after a value or `{`, the array after `[` or a value;
//! - `trailing characters`: the container they trail (`.` after a complete body).
//!
//! # Where it differs from `serde_path_to_error`
//!
//! `serde_path_to_error` only sees what the deserializer hands the type; this scan sees the
//! bytes. Where the first stops, the scan may go deeper, naming a path inside the value the
//! first names:
//!
//! - a syntax error inside a field the type ignores (unknown fields, without
//!   `deny_unknown_fields`) names the path inside it, not just the field;
//! - content re-read from a buffer (untagged and internally tagged enums, `flatten`) has no
//!   position of its own (see above): when such a value fails while its enclosing container
//!   goes on, the error lands on the value's own closing bracket and the path names the last
//!   member inside it (`status.x` where `serde_path_to_error` says `status`); a flattened
//!   struct's error names its container's last member rather than the container;
//! - an enum written as an object (`{"Variant": …}`) that fails before its variant's name is
//!   read names `?` under the enum (`status.?`), and one with more than its variant's member
//!   names the variant (`status.open`);
//! - in a map keyed by numbers, a key that is not a number of the key's type is `?` (where
//!   `serde_path_to_error` names what it read of it, `scores.300` for a `u8` key);
//! - keys are cut to [`MAX_KEY_CHARS`] characters and the whole path to [`MAX_PATH_CHARS`],
//!   each cut marked with `…` (see below).
//!
//! # Bounds
//!
//! The path names only keys and indices, never a value of the body: keys are the schema's
//! names, but a map's keys come from the server, so a hostile body could make them huge. Each
//! key is cut to [`MAX_KEY_CHARS`] characters and the path to [`MAX_PATH_CHARS`] (ending in
//! `…` when cut), so an error message stays small whatever the body. The scan reads each byte
//! once, without recursion; it remembers keys and indices for the outermost
//! [`MAX_TRACKED_DEPTH`] levels and one byte per level below them, and never panics, whatever
//! the bytes or the offset.

use std::fmt::Write as _;
use std::ops::Range;

use crate::redact;

/// The most characters of one key a path keeps.
pub(crate) const MAX_KEY_CHARS: usize = 64;
/// The most characters a path keeps.
pub(crate) const MAX_PATH_CHARS: usize = 256;
/// How many levels of nesting keep their key or index; the path of a value deeper down ends
/// in `…` after them.
pub(crate) const MAX_TRACKED_DEPTH: usize = 256;

/// The path of the value serde_json's `error` is about, in `bytes` (the body it decoded).
pub(crate) fn of(bytes: &[u8], error: &serde_json::Error) -> String {
    // serde_json's column counts the bytes of the line it read, up to and including the one
    // it points at: the scan reads exactly those.
    let end = line_start(bytes, error.line())
        .saturating_add(error.column())
        .min(bytes.len());
    at(bytes, end, Hint::of(error))
}

/// The byte a serde_json error at 1-based `line` and `column` points at, clamped to `bytes`:
/// where an excerpt of the body is centred.
pub(crate) fn byte_offset(bytes: &[u8], line: usize, column: usize) -> usize {
    line_start(bytes, line)
        .saturating_add(column.saturating_sub(1))
        .min(bytes.len())
}

/// Where the 1-based `line` starts in `bytes` (the last line's start past the end).
fn line_start(bytes: &[u8], line: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match bytes
            .get(start..)
            .and_then(|rest| rest.iter().position(|b| *b == b'\n'))
        {
            Some(at) => start += at + 1,
            None => break,
        }
    }
    start
}

/// What serde_json's error says about its position, beyond the position itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    /// About the value at the position.
    Value,
    /// The body ended where the parser wanted more.
    Eof,
    /// About the container at the position as a whole (`missing field`, `invalid length`,
    /// `duplicate field`, `unknown variant`, `recursion limit exceeded`).
    Whole,
    /// About the key at the position (`unknown field`), whatever follows it.
    Key,
    /// An object or array where a scalar was expected: serde_json points just before it.
    Ahead,
    /// Characters after the end of a container, or of the body.
    Trailing,
}

impl Hint {
    /// The hint for `error`, from its category and the start of its message.
    pub(crate) fn of(error: &serde_json::Error) -> Hint {
        if error.is_eof() {
            return Hint::Eof;
        }
        let message = error.to_string();
        let starts = |prefixes: &[&str]| prefixes.iter().any(|p| message.starts_with(p));
        if starts(&[
            "missing field ",
            "invalid length ",
            "duplicate field ",
            "unknown variant ",
            "recursion limit exceeded",
        ]) {
            Hint::Whole
        } else if starts(&["unknown field "]) {
            Hint::Key
        } else if starts(&["invalid type: map,", "invalid type: sequence,"]) {
            Hint::Ahead
        } else if starts(&["trailing characters"]) {
            Hint::Trailing
        } else {
            Hint::Value
        }
    }
}

/// The path of the value at the end of `bytes[..end]` (the bytes serde_json read before its
/// error), read as an error described by `hint`.
pub(crate) fn at(bytes: &[u8], end: usize, hint: Hint) -> String {
    let read = bytes.get(..end).unwrap_or(bytes);
    let mut scan = Scan::new();
    let mut stuck = false;
    for (i, b) in read.iter().enumerate() {
        scan.closed = None;
        scan.opened = false;
        if !scan.step(i, *b) {
            stuck = true;
            break;
        }
    }
    scan.path(bytes, hint, stuck)
}

/// One step of a path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    /// An object key: the raw bytes between its quotes.
    Key(Range<usize>),
    /// An array index.
    Index(usize),
    /// A key serde_json had not read (printed `?`).
    Unknown,
}

/// A container, or the top level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Root,
    Object,
    Array,
}

/// Where the scan is in the innermost container.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// After `{` or `,` in an object: a key (or, first, `}`).
    KeyNext,
    /// Inside a key.
    InKey(Text),
    /// After a key: `:`.
    AfterKey,
    /// After `:`, `[`, `,` in an array, or at the start: a value (or, first in an array, `]`).
    ValueNext,
    /// Inside a string value.
    InString(Text),
    /// Inside a number.
    InNumber(Number),
    /// Inside `true`, `false` or `null`, `matched` bytes read.
    InWord { word: &'static [u8], matched: usize },
    /// At a byte that cannot start a value.
    Junk,
    /// After a complete value.
    AfterValue,
}

/// Where the scan is in a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Text {
    /// At a character.
    Plain,
    /// After a backslash.
    Escape,
    /// Inside `\uXXXX`, with this many of its four bytes to come (serde_json reads all four
    /// before it checks them).
    Hex(u8),
}

impl Text {
    /// The state after `b`; `None` when `b` ends the string.
    fn next(self, b: u8) -> Option<Text> {
        Some(match (self, b) {
            (Text::Plain, b'"') => return None,
            (Text::Plain, b'\\') => Text::Escape,
            (Text::Escape, b'u') => Text::Hex(4),
            (Text::Hex(n), _) if n > 1 => Text::Hex(n - 1),
            _ => Text::Plain,
        })
    }
}

/// Where the scan is in a number, by JSON's grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Number {
    Minus,
    Zero,
    Int,
    Dot,
    Fraction,
    Exponent,
    ExponentSign,
    ExponentInt,
}

impl Number {
    /// Whether the number may end here.
    fn complete(self) -> bool {
        matches!(
            self,
            Number::Zero | Number::Int | Number::Fraction | Number::ExponentInt
        )
    }

    /// The state after `b`, if `b` continues the number.
    fn next(self, b: u8) -> Option<Number> {
        use Number::*;
        Some(match (self, b) {
            (Minus, b'0') => Zero,
            (Minus | Int, b'0'..=b'9') => Int,
            (Zero | Int, b'.') => Dot,
            (Dot | Fraction, b'0'..=b'9') => Fraction,
            (Zero | Int | Fraction, b'e' | b'E') => Exponent,
            (Exponent, b'+' | b'-') => ExponentSign,
            (Exponent | ExponentSign | ExponentInt, b'0'..=b'9') => ExponentInt,
            _ => return None,
        })
    }
}

/// The innermost open container (or the top level) and where the scan is in it.
#[derive(Clone, Debug)]
struct Level {
    kind: Kind,
    place: Place,
    /// Members started: keys in an object, elements in an array (the current one is
    /// `count - 1`).
    count: usize,
    /// In an object: the current key.
    key: Range<usize>,
}

impl Level {
    fn new(kind: Kind) -> Level {
        Level {
            kind,
            place: match kind {
                Kind::Object => Place::KeyNext,
                Kind::Root | Kind::Array => Place::ValueNext,
            },
            count: 0,
            key: 0..0,
        }
    }

    /// The segment of the member being read, for a container (none at the top level).
    fn slot(&self) -> Option<Segment> {
        match self.kind {
            Kind::Root => None,
            Kind::Object => Some(Segment::Key(self.key.clone())),
            Kind::Array => Some(Segment::Index(self.count.saturating_sub(1))),
        }
    }
}

/// An enclosing container: its kind, and the segment of the member the scan is inside.
#[derive(Clone, Debug)]
struct Outer {
    kind: Kind,
    slot: Option<Segment>,
}

/// The scan's state.
struct Scan {
    /// The outermost enclosing levels, the top level first, at most [`MAX_TRACKED_DEPTH`].
    outer: Vec<Outer>,
    /// The kinds of enclosing levels below those, the outermost first.
    deep: Vec<Kind>,
    /// The innermost level.
    top: Level,
    /// When the last byte closed a container: the segment of that container's last member.
    closed: Option<Option<Segment>>,
    /// Whether the last byte opened the innermost container.
    opened: bool,
}

impl Scan {
    fn new() -> Scan {
        Scan {
            outer: Vec::new(),
            deep: Vec::new(),
            top: Level::new(Kind::Root),
            closed: None,
            opened: false,
        }
    }

    /// Reads byte `b` at `i`; `false` when it cannot come here (serde_json stopped at it).
    fn step(&mut self, i: usize, b: u8) -> bool {
        let whitespace = matches!(b, b' ' | b'\n' | b'\t' | b'\r');
        match self.top.place {
            Place::KeyNext => match b {
                _ if whitespace => true,
                b'"' => {
                    self.top.count = self.top.count.saturating_add(1);
                    self.top.key = i + 1..i + 1;
                    self.top.place = Place::InKey(Text::Plain);
                    true
                }
                b'}' if self.top.count == 0 => {
                    self.close();
                    true
                }
                _ => false,
            },
            Place::InKey(text) => {
                self.top.place = match text.next(b) {
                    Some(text) => Place::InKey(text),
                    None => {
                        self.top.key.end = i;
                        Place::AfterKey
                    }
                };
                true
            }
            Place::AfterKey => match b {
                _ if whitespace => true,
                b':' => {
                    self.top.place = Place::ValueNext;
                    true
                }
                _ => false,
            },
            Place::ValueNext => match b {
                _ if whitespace => true,
                b']' if self.top.kind == Kind::Array => {
                    if self.top.count == 0 {
                        self.close();
                        true
                    } else {
                        // A trailing comma.
                        false
                    }
                }
                _ => self.start_value(b),
            },
            Place::InString(text) => {
                self.top.place = text.next(b).map_or(Place::AfterValue, Place::InString);
                true
            }
            Place::InNumber(number) => match number.next(b) {
                Some(next) => {
                    self.top.place = Place::InNumber(next);
                    true
                }
                // One leading zero only: serde_json fails at the digit after it.
                None if number.complete() && !(number == Number::Zero && b.is_ascii_digit()) => {
                    self.top.place = Place::AfterValue;
                    self.step(i, b)
                }
                None => false,
            },
            Place::InWord { word, matched } => {
                if word.get(matched) != Some(&b) {
                    return false;
                }
                self.top.place = if matched + 1 == word.len() {
                    Place::AfterValue
                } else {
                    Place::InWord {
                        word,
                        matched: matched + 1,
                    }
                };
                true
            }
            Place::Junk => false,
            Place::AfterValue => match (self.top.kind, b) {
                _ if whitespace => true,
                (Kind::Object, b',') => {
                    self.top.place = Place::KeyNext;
                    true
                }
                (Kind::Array, b',') => {
                    self.top.place = Place::ValueNext;
                    true
                }
                (Kind::Object, b'}') | (Kind::Array, b']') => {
                    self.close();
                    true
                }
                _ => false,
            },
        }
    }

    /// Starts the value `b` begins; `false` when no value begins with `b`.
    fn start_value(&mut self, b: u8) -> bool {
        if self.top.kind == Kind::Array {
            self.top.count = self.top.count.saturating_add(1);
        }
        self.top.place = match b {
            b'"' => Place::InString(Text::Plain),
            b'-' => Place::InNumber(Number::Minus),
            b'0' => Place::InNumber(Number::Zero),
            b'1'..=b'9' => Place::InNumber(Number::Int),
            b't' => Place::InWord {
                word: b"true",
                matched: 1,
            },
            b'f' => Place::InWord {
                word: b"false",
                matched: 1,
            },
            b'n' => Place::InWord {
                word: b"null",
                matched: 1,
            },
            b'{' => {
                self.open(Kind::Object);
                return true;
            }
            b'[' => {
                self.open(Kind::Array);
                return true;
            }
            _ => {
                self.top.place = Place::Junk;
                return false;
            }
        };
        true
    }

    /// Opens a container inside the current member.
    fn open(&mut self, kind: Kind) {
        self.opened = true;
        let outer = std::mem::replace(&mut self.top, Level::new(kind));
        if self.outer.len() < MAX_TRACKED_DEPTH {
            self.outer.push(Outer {
                kind: outer.kind,
                slot: outer.slot(),
            });
        } else {
            self.deep.push(outer.kind);
        }
    }

    /// Closes the innermost container: its enclosing level has read a value.
    fn close(&mut self) {
        let last = if self.top.count == 0 {
            None
        } else {
            self.top.slot()
        };
        let mut level = match self.deep.pop() {
            // Too deep to have kept its key or index (and to be printed).
            Some(kind) => Level::new(kind),
            None => match self.outer.pop() {
                Some(Outer { kind, slot }) => {
                    let mut level = Level::new(kind);
                    match slot {
                        Some(Segment::Key(key)) => {
                            level.key = key;
                            level.count = 1;
                        }
                        Some(Segment::Index(index)) => level.count = index.saturating_add(1),
                        Some(Segment::Unknown) | None => {}
                    }
                    level
                }
                // The top level has no bracket to close (`step` never calls this for it).
                None => Level::new(Kind::Root),
            },
        };
        level.place = Place::AfterValue;
        self.top = level;
        self.closed = Some(last);
    }

    /// The path the scan stopped at (`stuck` when at a byte that cannot come there).
    fn path(&self, bytes: &[u8], hint: Hint, stuck: bool) -> String {
        let mut segments: Vec<&Segment> = self
            .outer
            .iter()
            .filter_map(|outer| outer.slot.as_ref())
            .collect();
        if self.outer.len() >= MAX_TRACKED_DEPTH {
            return render(bytes, &segments, true);
        }
        if hint == Hint::Trailing && self.opened {
            // The trailing value is a container: the characters trail the one around it.
            segments.pop();
            return render(bytes, &segments, false);
        }
        let tail = self.tail(hint, stuck);
        segments.extend(tail.iter());
        render(bytes, &segments, false)
    }

    /// The segments the innermost level adds to the path.
    fn tail(&self, hint: Hint, stuck: bool) -> Vec<Segment> {
        let top = &self.top;
        let eof = hint == Hint::Eof;
        if hint == Hint::Trailing {
            return Vec::new();
        }
        // A number at the end of the body is complete: the parser wanted what comes after it.
        let place = match top.place {
            Place::InNumber(number) if eof && number.complete() => Place::AfterValue,
            place => place,
        };
        // The last byte closed a container and the error is not about the container as a
        // whole: it came from the container's last member after serde_json had read it (a
        // `try_from` or untagged enum), and was stamped where the container ended.
        if let Some(Some(last)) = &self.closed
            && !stuck
            && !eof
            && hint != Hint::Whole
        {
            return top.slot().into_iter().chain([last.clone()]).collect();
        }
        // serde_json stopped at the bracket that opened the innermost container: at a value it
        // cannot start that way (an enum given `[`), or too deep to enter. (An `Ahead` error
        // is about the member after the bracket.)
        if self.opened && !stuck && !eof && hint != Hint::Ahead {
            return Vec::new();
        }
        let key = || vec![Segment::Key(top.key.clone())];
        let index = |i: usize| vec![Segment::Index(i)];
        match (top.kind, place) {
            (Kind::Root, _) => Vec::new(),
            (Kind::Object, Place::KeyNext | Place::InKey(_)) => vec![Segment::Unknown],
            (Kind::Object, Place::AfterKey) => {
                // An unknown field is the key's (serde_json stamps it past the key, and past a
                // `}` right after it); the parser wanting `:` is the object's, as is a
                // duplicate field or an unknown variant of an enum written as an object.
                if hint == Hint::Key || !(eof || stuck || hint == Hint::Whole) {
                    key()
                } else {
                    Vec::new()
                }
            }
            // After a value: the parser wanted `,` or `}`, before any key.
            (Kind::Object, Place::AfterValue) if eof || stuck => vec![Segment::Unknown],
            (Kind::Object, _) => key(),
            (Kind::Array, Place::ValueNext) => {
                if eof || stuck {
                    // The parser wanted an element (or found `,]`): the array's.
                    Vec::new()
                } else if top.count == 0 || hint == Hint::Ahead {
                    // serde_json points just before an element it did not enter.
                    index(top.count)
                } else {
                    // Just past a comma: the element before it, which failed after it was
                    // read.
                    index(top.count - 1)
                }
            }
            (Kind::Array, Place::AfterValue) if eof || stuck => Vec::new(),
            (Kind::Array, _) => index(top.count.saturating_sub(1)),
        }
    }
}

/// `segments` printed as `serde_path_to_error` prints a path, bounded; `deeper` when more
/// levels followed that were not kept.
fn render(bytes: &[u8], segments: &[&Segment], deeper: bool) -> String {
    if segments.is_empty() && !deeper {
        return ".".to_string();
    }
    let mut path = String::new();
    for (n, segment) in segments.iter().enumerate() {
        if !matches!(segment, Segment::Index(_)) && n > 0 {
            path.push('.');
        }
        match segment {
            Segment::Index(index) => {
                let _ = write!(path, "[{index}]");
            }
            Segment::Key(raw) => match bytes.get(raw.clone()).and_then(key) {
                Some(key) => path.push_str(&key),
                None => path.push('?'),
            },
            Segment::Unknown => path.push('?'),
        }
        // Already longer than a path may be: the rest would be cut.
        if path.len() > MAX_PATH_CHARS * 4 {
            break;
        }
    }
    // Keys are the server's text: a control character in one is shown as its escape.
    let bounded = redact::bounded(&redact::printable(&path), MAX_PATH_CHARS);
    if deeper && !bounded.ends_with('…') {
        bounded + "…"
    } else {
        bounded
    }
}

/// The key serde would read from the bytes between a key's quotes, cut to [`MAX_KEY_CHARS`]
/// characters (marked `…`); `None` when serde_json would refuse it (a bad escape, a lone
/// surrogate, a control character, invalid UTF-8).
fn key(raw: &[u8]) -> Option<String> {
    let mut out = String::new();
    let mut chars = 0usize;
    let mut push = |c: char| {
        if chars < MAX_KEY_CHARS {
            out.push(c);
        }
        chars += 1;
    };
    let mut rest = raw;
    while !rest.is_empty() {
        let plain = rest.iter().position(|b| *b == b'\\').unwrap_or(rest.len());
        let (text, after) = rest.split_at(plain);
        if text.iter().any(|b| *b < 0x20) {
            return None;
        }
        std::str::from_utf8(text).ok()?.chars().for_each(&mut push);
        rest = after;
        let Some((_, escape)) = rest.split_first() else {
            break;
        };
        let (c, after) = unescape(escape)?;
        push(c);
        rest = after;
    }
    if chars > MAX_KEY_CHARS {
        out.push('…');
    }
    Some(out)
}

/// The character an escape stands for (`escape` starts after the backslash), and the bytes
/// after it.
fn unescape(escape: &[u8]) -> Option<(char, &[u8])> {
    let (first, rest) = escape.split_first()?;
    let simple = match first {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let (unit, rest) = hex4(rest)?;
            return match unit {
                0xD800..=0xDBFF => {
                    let rest = rest.strip_prefix(b"\\u")?;
                    let (low, rest) = hex4(rest)?;
                    if !(0xDC00..=0xDFFF).contains(&low) {
                        return None;
                    }
                    let c =
                        0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                    Some((char::from_u32(c)?, rest))
                }
                _ => Some((char::from_u32(u32::from(unit))?, rest)),
            };
        }
        _ => return None,
    };
    Some((simple, rest))
}

/// Four hex digits as a UTF-16 code unit, and the bytes after them.
fn hex4(bytes: &[u8]) -> Option<(u16, &[u8])> {
    let digits = bytes.get(..4)?;
    let text = std::str::from_utf8(digits).ok()?;
    if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    Some((u16::from_str_radix(text, 16).ok()?, bytes.get(4..)?))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde::Deserialize;
    use serde::de::DeserializeOwned;
    use serde_json::{Map, Value};

    use super::*;

    /// The locator's path for the error decoding `body` as `T`, and the error's message.
    fn located<T: DeserializeOwned>(body: &[u8]) -> (String, String) {
        let error = serde_json::from_slice::<T>(body)
            .err()
            .expect("the body does not match");
        (of(body, &error), error.to_string())
    }

    /// What `serde_path_to_error` says for `body` as `T` (`None` when it decodes), and the
    /// locator's path, for the same serde_json error.
    fn both<T: DeserializeOwned>(body: &[u8]) -> Option<(String, String)> {
        let error = serde_json::from_slice::<T>(body).err()?;
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let reference = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
            Err(e) => {
                assert_eq!(e.inner().to_string(), error.to_string(), "the same error");
                bounded(e.path())
            }
            // Only `from_slice`'s check for trailing characters failed.
            Ok(_) => ".".to_string(),
        };
        Some((reference, of(body, &error)))
    }

    /// `path` as serde_path_to_error prints it, within the locator's bounds on keys and length.
    fn bounded(path: &serde_path_to_error::Path) -> String {
        use serde_path_to_error::Segment as S;
        if path.iter().len() == 0 {
            return ".".to_string();
        }
        let mut out = String::new();
        let mut cut = false;
        for (n, segment) in path.iter().enumerate() {
            if !matches!(segment, S::Seq { .. }) && n > 0 {
                out.push('.');
            }
            match segment {
                S::Seq { index } => out.push_str(&format!("[{index}]")),
                S::Map { key } | S::Enum { variant: key } => {
                    cut |= key.chars().count() > MAX_KEY_CHARS;
                    out.push_str(&redact::bounded(key, MAX_KEY_CHARS));
                }
                S::Unknown => out.push('?'),
            }
        }
        if !cut {
            assert_eq!(
                out,
                path.to_string(),
                "printed as serde_path_to_error prints"
            );
        }
        redact::bounded(&redact::printable(&out), MAX_PATH_CHARS)
    }

    #[track_caller]
    fn same<T: DeserializeOwned>(body: &str) -> String {
        let (reference, located) = both::<T>(body.as_bytes()).expect("the body does not match");
        assert_eq!(located, reference, "body {body}");
        located
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Row {
        id: i64,
        email: String,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Page {
        data: Vec<Row>,
        #[serde(default)]
        next: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Event {
        data: Object,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Object {
        object: Row,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Grid {
        a: Vec<Vec<u8>>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Scores {
        scores: BTreeMap<String, u8>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Strict {
        a: u8,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[allow(dead_code)]
    enum Status {
        Open,
        Closed,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct WithStatus {
        status: Status,
        n: u8,
    }

    #[test]
    fn a_top_level_field() {
        assert_eq!(
            same::<Row>(r#"{"id": "x", "email": "a@example.com"}"#),
            "id"
        );
        assert_eq!(same::<Row>(r#"{"email": 1, "id": 1}"#), "email");
        assert_eq!(same::<Row>(r#"{"id": tru, "email": ""}"#), "id");
        assert_eq!(
            same::<Row>("{\n  \"id\": 1,\n  \"email\": false\n}"),
            "email"
        );
    }

    #[test]
    fn a_nested_object() {
        let body = r#"{"data": {"object": {"id": "evt_1", "email": "a@example.com"}}}"#;
        assert_eq!(same::<Event>(body), "data.object.id");
        assert_eq!(same::<Event>(r#"{"data": {"object": 5}}"#), "data.object");
        assert_eq!(same::<Event>(r#"{"data": {"object": [1]}}"#), "data.object");
    }

    #[test]
    fn an_array_index() {
        let body = r#"{"data": [{"id": 1, "email": "a"}, {"id": "x", "email": "b"}]}"#;
        assert_eq!(same::<Page>(body), "data[1].id");
        assert_eq!(same::<Vec<Row>>(r#"[{"id": 1, "email": "a"}, 7]"#), "[1]");
        assert_eq!(same::<Vec<Row>>(r#"[{"id": 1, "email": "a"}, [7]]"#), "[1]");
        assert_eq!(same::<Vec<Row>>(r#"[["a"]]"#), "[0][0]");
        assert_eq!(same::<Vec<Row>>(r#"{"id": 1}"#), ".");
    }

    #[test]
    fn nested_arrays() {
        assert_eq!(same::<Grid>(r#"{"a": [[1, 2], [3, "x"]]}"#), "a[1][1]");
        assert_eq!(same::<Grid>(r#"{"a": [[1, 2], [3, 300]]}"#), "a[1][1]");
        assert_eq!(same::<Grid>(r#"{"a": [[1], 2]}"#), "a[1]");
        assert_eq!(same::<Grid>(r#"{"a": [[1], [[2]]]}"#), "a[1][0]");
        assert_eq!(same::<Vec<Vec<u8>>>(r#"[[0], [1, -1]]"#), "[1][1]");
    }

    #[test]
    fn keys_with_escapes_and_odd_characters() {
        assert_eq!(
            same::<Scores>(r#"{"scores": {"a\"b": "x"}}"#),
            "scores.a\"b"
        );
        assert_eq!(
            same::<Scores>(r#"{"scores": {"caf\u00e9": -1}}"#),
            "scores.café"
        );
        assert_eq!(
            same::<Scores>(r#"{"scores": {"café": 1.5}}"#),
            "scores.café"
        );
        assert_eq!(
            same::<Scores>(r#"{"scores": {"\ud83d\ude00": null}}"#),
            "scores.😀"
        );
        assert_eq!(
            same::<Scores>(r#"{"scores": {"a.b[0]": []}}"#),
            "scores.a.b[0]"
        );
        assert_eq!(same::<Scores>(r#"{"scores": {"": {}}}"#), "scores.");
        // A control character in a key is shown as its escape, never as itself.
        assert_eq!(
            same::<Scores>(r#"{"scores": {"tab\there\\": true}}"#),
            "scores.tab\\u{9}here\\"
        );
        assert_eq!(
            same::<Scores>(r#"{"scores": {"\u001b[2J\nforged": true}}"#),
            "scores.\\u{1b}[2J\\u{a}forged"
        );
        // serde_json refuses the key itself: no key was read.
        assert_eq!(same::<Scores>(r#"{"scores": {"\ud800": 1}}"#), "scores.?");
        assert_eq!(same::<Scores>(r#"{"scores": {"\q": 1}}"#), "scores.?");
        assert_eq!(
            same::<Scores>(r#"{"scores": {"\u": {"a": 1}}}"#),
            "scores.?"
        );
        assert_eq!(same::<Scores>(r#"{"scores": {"\u"}, "b": 1}"#), "scores.?");
        assert_eq!(
            same::<Scores>(r#"{"scores": {"a": "\u", "b": 1}}"#),
            "scores.a"
        );
        let invalid_utf8 = b"{\"scores\": {\"\xff\": 1}}";
        let (reference, located) = both::<Scores>(invalid_utf8).expect("fails");
        assert_eq!(
            (reference.as_str(), located.as_str()),
            ("scores.?", "scores.?")
        );
    }

    #[test]
    fn missing_fields_name_their_object() {
        assert_eq!(same::<Row>(r#"{"id": 1}"#), ".");
        assert_eq!(same::<Row>("{}"), ".");
        assert_eq!(
            same::<Event>(r#"{"data": {"object": {"id": 1}}}"#),
            "data.object"
        );
        assert_eq!(same::<Event>(r#"{"data": {}}"#), "data");
        assert_eq!(
            same::<Page>(r#"{"data": [{"id": 1, "email": ""}, {"email": ""} ]}"#),
            "data[1]"
        );
        assert_eq!(same::<(u8, u8)>("[1]"), ".");
        assert_eq!(same::<Grid>(r#"{"a": [[1], [2]], "a": []}"#), ".");
    }

    #[test]
    fn unknown_fields_and_variants() {
        assert_eq!(same::<Strict>(r#"{"a": 1, "b": 2}"#), "b");
        assert_eq!(same::<Strict>(r#"{"b" : 2}"#), "b");
        assert_eq!(same::<Strict>(r#"{"b"}"#), "b");
        assert_eq!(same::<Strict>(r#"{"b""#), "b");
        assert_eq!(same::<Strict>(r#"{"a"}"#), ".");
        assert_eq!(
            same::<WithStatus>(r#"{"n": 1, "status": "gone"}"#),
            "status"
        );
        assert_eq!(same::<WithStatus>(r#"{"status": 1, "n": 1}"#), "status");
        assert_eq!(same::<Vec<Status>>(r#"["open", "shut"]"#), "[1]");
        // An enum written as an object: its variant's name is its key.
        assert_eq!(
            same::<WithStatus>(r#"{"status": {"gone": null}, "n": 1}"#),
            "status"
        );
        assert_eq!(
            same::<WithStatus>(r#"{"status": {"open": 5}, "n": 1}"#),
            "status.open"
        );
        assert_eq!(same::<WithStatus>(r#"{"status": {}, "n": 1}"#), "status");
        // The documented differences: before its variant's name is read, and after its
        // variant's content.
        let (reference, located) = both::<WithStatus>(br#"{"status": {5: null}}"#).expect("fails");
        assert_eq!(
            (reference.as_str(), located.as_str()),
            ("status", "status.?")
        );
        let body = br#"{"status": {"open": null, "x": 1}}"#;
        let (reference, located) = both::<WithStatus>(body).expect("fails");
        assert_eq!(
            (reference.as_str(), located.as_str()),
            ("status", "status.open")
        );
    }

    #[test]
    fn syntax_errors_and_the_end_of_the_body() {
        for (body, path) in [
            ("", "."),
            ("   ", "."),
            ("{", "?"),
            (r#"{"id""#, "."),
            (r#"{"id" 1}"#, "."),
            (r#"{"id":"#, "id"),
            (r#"{"id": 1"#, "?"),
            (r#"{"id": 1 "email": ""}"#, "?"),
            (r#"{"id": 1,}"#, "?"),
            (r#"{"id": 1, 2: 3}"#, "?"),
            (r#"{"id": -"#, "id"),
            (r#"{"id": 01}"#, "id"),
            (r#"{"id": 1, "email": "abc"#, "email"),
            (r#"{"id": 1, "email": "a"} x"#, "."),
            (r#"{"id": 1, "email": "a"}}"#, "."),
            (r#"{"data": [{"id": 1, "email": "a"} {}]}"#, "data"),
            (r#"{"data": [{"id": 1, "email": "a"},]}"#, "data"),
            (r#"{"data": ["#, "data"),
            (r#"{"data": [{"id": 1, "email": "a"},"#, "data"),
            (r#"{"data": [{"id": 1, "email": "a"}"#, "data"),
            (r#"{"data": [{"id": 1, "email": "a""#, "data[0].?"),
            (r#"{"data": [,]}"#, "data[0]"),
            (r#"{"data": [{"id": 1, "email": "a"}, }]}"#, "data[1]"),
            (r#"{"data": [{"id": 1, "email": "a"}]"#, "?"),
            ("[1, 2, 3]", "[0]"),
        ] {
            let (reference, located) = both::<Page>(body.as_bytes()).expect("fails");
            assert_eq!(located, reference, "body {body}");
            assert_eq!(located, path, "body {body}");
        }
        for (body, path) in [
            (r#"{"id": 1"#, "?"),
            (r#"{"id": 1, "email": "a\x"}"#, "email"),
            (r#"{"id": 1, "email": "a"#, "email"),
            (r#"{"id": 1, "email": nul"#, "email"),
            (r#"{"id": 1, "email": null"#, "email"),
            (r#"{"id": 1, "email": "a""#, "?"),
            (r#"{"id": 1, "email": "a" "#, "?"),
            (r#"{"id": 1.5e"#, "id"),
            (r#"{"id": 1.5e3"#, "id"),
            (r#"{"id" 1"#, "."),
            (r#"{"id": 1, "email": "a"} x"#, "."),
        ] {
            assert_eq!(same::<Row>(body), path, "body {body}");
        }
        assert_eq!(same::<(u8, u8)>("[1, 2, 3]"), ".");
        assert_eq!(same::<(u8, u8)>("[1, 2, {}]"), ".");
        assert_eq!(same::<Vec<(u8, u8)>>("[[1, 2, [3]]]"), "[0]");
        assert_eq!(same::<Grid>(r#"{"a": [[1], [2, 3]] , "b": [1 2]}"#), "b");
    }

    /// Errors serde raises after serde_json has read a value (`try_from`, untagged enums) carry
    /// no position; serde_json stamps them where the enclosing container stopped.
    #[test]
    fn errors_after_a_value_was_read() {
        #[derive(Debug, Deserialize)]
        #[serde(try_from = "String")]
        struct Short(#[allow(dead_code)] String);
        impl TryFrom<String> for Short {
            type Error = String;
            fn try_from(value: String) -> Result<Self, String> {
                if value.len() <= 3 {
                    Ok(Short(value))
                } else {
                    Err("too long".into())
                }
            }
        }
        #[derive(Debug, Deserialize)]
        #[serde(untagged)]
        #[allow(dead_code)]
        enum StatusValue {
            Known(Status),
            Other(Short),
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Item {
            id: u8,
            status: StatusValue,
            tags: Option<Vec<Short>>,
        }
        for body in [
            r#"{"id": 1, "status": "toolong"}"#,
            r#"{"status": "toolong", "id": 1}"#,
            r#"{"status": 5 , "id": 1}"#,
            r#"{"id": 1, "status": false}"#,
            r#"{"id": 1, "status": "open", "tags": ["ab", "abcd", "a"]}"#,
            r#"{"id": 1, "status": "open", "tags": ["ab", "abcd"]}"#,
            r#"{"id": 1, "status": "open", "tags": ["abcd"], "x": 1}"#,
            r#"[{"id": 1, "status": "open"}, {"id": 2, "status": 3}]"#,
            r#"[{"id": 1, "status": "open", "tags": ["abcd"]}]"#,
            r#"{"id": 1, "status": {"known": "open"}}"#,
            r#"{"id": 1, "status": []}"#,
            r#"{"id": 1, "status": {}, "tags": null}"#,
        ] {
            if body.starts_with('[') {
                same::<Vec<Item>>(body);
            } else {
                same::<Item>(body);
            }
        }
        // The documented difference: a value rejected after it was read, whose container goes
        // on, is named by its last member.
        let body = br#"{"id": 1, "status": {"known": "open"}, "tags": null}"#;
        let (reference, located) = both::<Item>(body).expect("fails");
        assert_eq!(
            (reference.as_str(), located.as_str()),
            ("status", "status.known")
        );
    }

    /// The documented differences for flattened structs and maps keyed by numbers.
    #[test]
    fn flattened_structs_and_number_keys() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Inner {
            b: u8,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Outer {
            a: u8,
            #[serde(flatten)]
            inner: Inner,
        }
        assert_eq!(same::<Outer>(r#"{"a": 1}"#), ".");
        assert_eq!(same::<Outer>(r#"{"a": "x", "b": 1}"#), "a");
        let (reference, located) = both::<Outer>(br#"{"b": "x", "a": 1}"#).expect("fails");
        assert_eq!((reference.as_str(), located.as_str()), (".", "a"));

        assert_eq!(same::<BTreeMap<i32, u8>>(r#"{"7": "x"}"#), "7");
        let (reference, located) = both::<BTreeMap<u8, u8>>(br#"{"300": 1}"#).expect("fails");
        assert_eq!((reference.as_str(), located.as_str()), ("300", "?"));
    }

    #[test]
    fn positions_past_the_end_and_garbage() {
        let body = br#"{"a": [1, {"b": "#;
        for end in [0, 1, 5, body.len(), body.len() + 1, usize::MAX] {
            for hint in [
                Hint::Value,
                Hint::Eof,
                Hint::Whole,
                Hint::Key,
                Hint::Ahead,
                Hint::Trailing,
            ] {
                let _ = at(body, end, hint);
            }
        }
        assert_eq!(at(body, usize::MAX, Hint::Eof), "a[1].b");
        assert_eq!(at(b"", usize::MAX, Hint::Value), ".");
        assert_eq!(at(b"\xff\xfe{[\"", 5, Hint::Value), ".");
        assert_eq!(at(b"{\"\xff\": [", 8, Hint::Eof), "?");
        assert_eq!(at(b"{\"a\": {", 8, Hint::Eof), "a.?");
        assert_eq!(at(b"}}]]", 4, Hint::Value), ".");
        assert_eq!(at(b"[[[", 3, Hint::Value), "[0][0]");
        assert_eq!(at(b"[[[", 3, Hint::Ahead), "[0][0][0]");
        assert_eq!(at(br#"{"a":{"b":1}}}}"#, 15, Hint::Value), ".");
        assert_eq!(at(br#"["\"#, 3, Hint::Eof), "[0]");
        // serde_json's positions past the body, or on a line it does not have.
        assert_eq!(byte_offset(b"ab\ncd", 2, 2), 4);
        assert_eq!(byte_offset(b"ab", 9, 99), 2);
        assert_eq!(byte_offset(b"", 0, 0), 0);
    }

    #[test]
    fn deep_nesting_is_read_without_recursion() {
        let depth = 100_000;
        let arrays = "[".repeat(depth);
        let path = at(arrays.as_bytes(), usize::MAX, Hint::Eof);
        assert!(path.starts_with("[0][0]"), "{path}");
        assert!(path.ends_with('…'), "{path}");
        assert!(path.chars().count() <= MAX_PATH_CHARS + 1, "{path}");

        let objects = r#"{"a":"#.repeat(depth);
        let path = at(objects.as_bytes(), usize::MAX, Hint::Value);
        assert!(path.starts_with("a.a.a"), "{path}");
        assert!(path.chars().count() <= MAX_PATH_CHARS + 1, "{path}");

        // Deep, then back up: the levels kept are the outer ones.
        let body = format!(r#"{{"x": [{}1{}, "#, "[".repeat(depth), "]".repeat(depth));
        assert_eq!(at(body.as_bytes(), usize::MAX, Hint::Eof), "x");
        assert_eq!(at(body.as_bytes(), usize::MAX, Hint::Ahead), "x[1]");

        // serde_json gives up at its recursion limit; the path is the one serde_path_to_error
        // gives, bounded.
        let body = format!("{}{}", "[".repeat(200), "]".repeat(200));
        let (reference, located) = both::<Value>(body.as_bytes()).expect("too deep");
        assert_eq!(located, reference);
        let body = format!("{}1{}", r#"{"a":"#.repeat(200), "}".repeat(200));
        let (reference, located) = both::<Value>(body.as_bytes()).expect("too deep");
        assert_eq!(located, reference);
    }

    #[test]
    fn paths_are_bounded() {
        let long = "k".repeat(1_000);
        let body = format!(r#"{{"scores": {{"{long}": "x"}}}}"#);
        let (path, _) = located::<Scores>(body.as_bytes());
        assert_eq!(path, format!("scores.{}…", "k".repeat(MAX_KEY_CHARS)));

        let wide = (0..40)
            .map(|n| format!(r#"{{"{}{n}": "#, "k".repeat(60)))
            .collect::<String>();
        let path = at(wide.as_bytes(), usize::MAX, Hint::Eof);
        assert_eq!(path.chars().count(), MAX_PATH_CHARS + 1, "{path}");
        assert!(path.ends_with('…'), "{path}");
    }

    /// A schema shaped like the generated types: nested objects, arrays of objects, maps with
    /// the server's keys, string enums, optional fields, `try_from` strings, flattened maps of
    /// unknown fields, and an object that refuses unknown fields. (No object ignores unknown
    /// fields: a syntax error inside one is a documented difference.)
    mod schema {
        use super::*;

        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        pub(super) struct Page {
            pub(super) data: Vec<Item>,
            pub(super) total: u32,
            pub(super) next: Option<String>,
            pub(super) meta: Meta,
            #[serde(flatten)]
            pub(super) extra: Map<String, Value>,
        }

        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        pub(super) struct Item {
            pub(super) id: i64,
            pub(super) email: String,
            pub(super) active: bool,
            pub(super) tags: Vec<Tag>,
            pub(super) scores: BTreeMap<String, f64>,
            pub(super) grid: Vec<Vec<u8>>,
            pub(super) status: Status,
            pub(super) score: Option<f64>,
            pub(super) raw: Value,
            #[serde(flatten)]
            pub(super) extra: Map<String, Value>,
        }

        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        pub(super) struct Meta {
            pub(super) version: u8,
            pub(super) labels: Option<Vec<String>>,
        }

        /// A string of at most 8 bytes, checked after serde_json has read it.
        #[derive(Debug, Deserialize)]
        #[serde(try_from = "String")]
        pub(super) struct Tag(#[allow(dead_code)] String);

        impl TryFrom<String> for Tag {
            type Error = String;
            fn try_from(value: String) -> Result<Self, String> {
                if value.len() <= 8 {
                    Ok(Tag(value))
                } else {
                    Err("a tag is at most 8 bytes".into())
                }
            }
        }
    }

    /// JSON text written member by member, so that objects keep the order they were generated
    /// in (a `Value` would sort its keys).
    #[derive(Clone, Debug)]
    enum Json {
        Null,
        Bool(bool),
        Int(i64),
        Float(f64),
        Str(String),
        Array(Vec<Json>),
        Object(Vec<(String, Json)>),
    }

    impl Json {
        fn write(&self, out: &mut String, pretty: bool, depth: usize) {
            let newline = |out: &mut String, depth: usize| {
                if pretty {
                    out.push('\n');
                    out.push_str(&"  ".repeat(depth));
                }
            };
            match self {
                Json::Null => out.push_str("null"),
                Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
                Json::Int(n) => out.push_str(&n.to_string()),
                Json::Float(f) => out.push_str(&serde_json::to_string(f).expect("a float")),
                Json::Str(s) => out.push_str(&serde_json::to_string(s).expect("a string")),
                Json::Array(items) => {
                    out.push('[');
                    for (n, item) in items.iter().enumerate() {
                        if n > 0 {
                            out.push(',');
                        }
                        newline(out, depth + 1);
                        item.write(out, pretty, depth + 1);
                    }
                    if !items.is_empty() {
                        newline(out, depth);
                    }
                    out.push(']');
                }
                Json::Object(members) => {
                    out.push('{');
                    for (n, (key, value)) in members.iter().enumerate() {
                        if n > 0 {
                            out.push(',');
                        }
                        newline(out, depth + 1);
                        out.push_str(&serde_json::to_string(key).expect("a key"));
                        out.push_str(if pretty { ": " } else { ":" });
                        value.write(out, pretty, depth + 1);
                    }
                    if !members.is_empty() {
                        newline(out, depth);
                    }
                    out.push('}');
                }
            }
        }
    }

    /// Keys as a server may send them: names, and text with escapes, dots and brackets.
    fn any_key() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z_]{1,12}",
            "[a-z.\\[\\]0-9\"\\\\/ \t\n\u{e9}\u{1F600}-]{0,12}",
        ]
    }

    fn any_scalar() -> impl Strategy<Value = Json> {
        prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            prop_oneof![any::<i64>(), -300i64..300].prop_map(Json::Int),
            (-1e6f64..1e6).prop_map(Json::Float),
            "[a-zA-Z0-9 .@\"\\\\]{0,12}".prop_map(Json::Str),
        ]
    }

    fn any_json() -> impl Strategy<Value = Json> {
        any_scalar().prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
                prop::collection::vec((any_key(), inner), 0..4).prop_map(Json::Object),
            ]
        })
    }

    /// Mostly `good`, sometimes anything.
    fn or_any(good: impl Strategy<Value = Json> + 'static) -> BoxedStrategy<Json> {
        prop_oneof![6 => good, 1 => any_json()].boxed()
    }

    /// An object of `members`, some left out, some unknown ones added, in any order.
    fn object(
        members: Vec<(&'static str, BoxedStrategy<Json>)>,
        unknown: bool,
    ) -> BoxedStrategy<Json> {
        let members: Vec<_> = members
            .into_iter()
            .map(|(key, value)| {
                (prop::bool::weighted(0.97), value)
                    .prop_map(move |(keep, v)| keep.then(|| (key.to_string(), v)))
            })
            .collect();
        let extra = if unknown {
            prop::collection::vec((any_key(), any_json()), 0..2).boxed()
        } else {
            Just(Vec::new()).boxed()
        };
        (members, extra)
            .prop_flat_map(|(members, extra)| {
                let all: Vec<_> = members.into_iter().flatten().chain(extra).collect();
                Just(all).prop_shuffle()
            })
            .prop_map(Json::Object)
            .boxed()
    }

    fn tag() -> BoxedStrategy<Json> {
        or_any("[a-z]{0,10}".prop_map(Json::Str))
    }

    fn item() -> BoxedStrategy<Json> {
        let u8s =
            prop::collection::vec((0i64..300).prop_map(Json::Int), 0..3).prop_map(Json::Array);
        object(
            vec![
                ("id", or_any((-5i64..5).prop_map(Json::Int))),
                ("email", or_any("[a-z@.]{0,8}".prop_map(Json::Str))),
                ("active", or_any(any::<bool>().prop_map(Json::Bool))),
                (
                    "tags",
                    or_any(prop::collection::vec(tag(), 0..3).prop_map(Json::Array)),
                ),
                (
                    "scores",
                    or_any(
                        prop::collection::vec(
                            (any_key(), or_any((-9i64..9).prop_map(Json::Int))),
                            0..3,
                        )
                        .prop_map(Json::Object),
                    ),
                ),
                (
                    "grid",
                    or_any(prop::collection::vec(or_any(u8s), 0..3).prop_map(Json::Array)),
                ),
                (
                    "status",
                    or_any(
                        prop_oneof![Just("open"), Just("closed"), Just("gone")]
                            .prop_map(|s| Json::Str(s.into())),
                    ),
                ),
                ("score", or_any((-9.0f64..9.0).prop_map(Json::Float))),
                ("raw", any_json().boxed()),
            ],
            false,
        )
    }

    fn page() -> BoxedStrategy<Json> {
        let meta = object(
            vec![
                ("version", or_any((0i64..300).prop_map(Json::Int))),
                (
                    "labels",
                    or_any(
                        prop::collection::vec("[a-z]{0,4}".prop_map(Json::Str), 0..3)
                            .prop_map(Json::Array),
                    ),
                ),
            ],
            true,
        );
        object(
            vec![
                (
                    "data",
                    or_any(prop::collection::vec(item(), 0..3).prop_map(Json::Array)),
                ),
                ("total", or_any((0i64..9).prop_map(Json::Int))),
                (
                    "next",
                    or_any(prop_oneof![
                        Just(Json::Null),
                        "[a-z]{0,4}".prop_map(Json::Str)
                    ]),
                ),
                ("meta", or_any(meta)),
            ],
            true,
        )
    }

    /// What is done to the generated body before it is decoded.
    #[derive(Clone, Debug)]
    enum Change {
        None,
        /// Cut after this fraction of the body.
        Truncate(f64),
        /// This fraction into the body, one byte replaced.
        Replace(f64, u8),
    }

    fn change() -> impl Strategy<Value = Change> {
        prop_oneof![
            3 => Just(Change::None),
            1 => (0.0f64..1.0).prop_map(Change::Truncate),
            1 => (0.0f64..1.0, prop::sample::select(b"{}[]\":, \n0-1.eEtfnxu\\\xff".to_vec()))
                .prop_map(|(at, b)| Change::Replace(at, b)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::test_support::proptest_cases()))]

        /// For bodies shaped like a page of results (valid, partly wrong, cut short or with a
        /// byte replaced), the locator names the path serde_path_to_error names.
        #[test]
        fn paths_match_serde_path_to_error(page in page(), pretty in any::<bool>(), change in change()) {
            let mut text = String::new();
            page.write(&mut text, pretty, 0);
            let mut body = text.into_bytes();
            match change {
                Change::None => {}
                Change::Truncate(at) => body.truncate((body.len() as f64 * at) as usize),
                Change::Replace(at, b) => {
                    let i = (body.len() as f64 * at) as usize;
                    if let Some(byte) = body.get_mut(i) {
                        *byte = b;
                    }
                }
            }
            if let Some((reference, located)) = both::<schema::Page>(&body) {
                // The documented difference: an enum written as an object (`status` is the
                // schema's only enum) that fails before its variant's name is read.
                let enum_key = reference.ends_with("status") && located == format!("{reference}.?");
                if !enum_key {
                    prop_assert_eq!(located, reference, "body {}", String::from_utf8_lossy(&body));
                }
            }
        }

        /// Whatever the bytes, the offset and the hint, the locator returns a short path.
        #[test]
        fn any_bytes_give_a_short_path(
            bytes in prop::collection::vec(prop::sample::select(b"{}[]\":, 0-1.tfnx\\\"u\xff".to_vec()), 0..256),
            end in any::<usize>(),
            hint in prop::sample::select(vec![Hint::Value, Hint::Eof, Hint::Whole, Hint::Key, Hint::Ahead, Hint::Trailing]),
        ) {
            let path = at(&bytes, end % (bytes.len() + 2), hint);
            prop_assert!(!path.is_empty() || bytes.contains(&b'"'));
            prop_assert!(path.chars().count() <= MAX_PATH_CHARS + 1);
        }
    }
}
