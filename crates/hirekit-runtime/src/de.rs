//! The pieces every generated struct decoder shares.
//!
//! serde's `derive(Deserialize)` writes, for each struct, an enum of its fields with three
//! visitors to read a key into it, a visitor for the struct as a map and another for the struct
//! as a sequence, and the same few lines again for every field. In the generated clients that is
//! most of the code rustc checks (issue 12), and it is checked once per struct. hirekit's
//! generator writes a smaller decoder instead (one map visitor that matches keys as strings) and
//! puts what does not depend on the struct here, so it is checked once for all of them.
//!
//! The decoders keep serde's rules for a struct read from a map: a key seen twice is an error
//! naming the field, an unknown key is skipped (or kept, for a struct that collects extra
//! properties), a missing field takes its default where the schema gives one and is otherwise
//! decided the way serde decides it: an `Option` is `None`, anything else is a "missing field"
//! error. Only a struct written as a JSON array, which serde's derive also accepts, is refused:
//! no API answers with one.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// One key of a JSON object, borrowed from the input when it can be.
///
/// A generated decoder reads each key as a `Key` and matches it against its fields' names, so
/// reading a key is compiled once per input format rather than once per struct.
pub struct Key<'de>(Cow<'de, str>);

impl<'de> Key<'de> {
    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key's text, owned (for a struct that keeps the properties it does not know).
    pub fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(value)))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(value.to_owned())))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(value)))
    }

    fn visit_borrowed_bytes<E: de::Error>(self, value: &'de [u8]) -> Result<Key<'de>, E> {
        match std::str::from_utf8(value) {
            Ok(text) => Ok(Key(Cow::Borrowed(text))),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(value), &self)),
        }
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Key<'de>, E> {
        match std::str::from_utf8(value) {
            Ok(text) => Ok(Key(Cow::Owned(text.to_owned()))),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(value), &self)),
        }
    }
}

/// Reads the value of the field `name` into `slot`; a second value for it is an error.
pub fn field<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// The value of a field the schema requires: present, or a "missing field" error.
pub fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    match slot {
        Some(value) => Ok(value),
        None => Err(E::missing_field(name)),
    }
}

/// The value of a field whose type the generator cannot judge: present, or whatever `T` makes
/// of a missing value (as serde does: `None` for a type that reads an option, else an error).
pub fn present_or_missing<'de, T, E>(slot: Option<T>, name: &'static str) -> Result<T, E>
where
    T: Deserialize<'de>,
    E: de::Error,
{
    match slot {
        Some(value) => Ok(value),
        None => T::deserialize(Missing {
            name,
            error: PhantomData,
        }),
    }
}

/// A deserializer for a field that is not there: an option reads it as `None`, anything else
/// fails with a "missing field" error.
struct Missing<E> {
    name: &'static str,
    error: PhantomData<E>,
}

impl<'de, E: de::Error> Deserializer<'de> for Missing<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.name))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::value::{Error as ValueError, MapDeserializer};

    #[test]
    fn a_key_is_borrowed_from_the_input_when_it_can_be() {
        let key: Key<'_> = serde_json::from_str(r#""name""#).expect("a key");
        assert!(matches!(key.0, Cow::Borrowed("name")));
        let escaped: Key<'_> = serde_json::from_str(r#""na\u006de""#).expect("a key");
        assert!(matches!(escaped.0, Cow::Owned(_)));
        assert_eq!(escaped.as_str(), "name");
        assert_eq!(escaped.into_owned(), "name");
    }

    #[test]
    fn a_key_that_is_not_text_is_refused() {
        let error = serde_json::from_str::<Key<'_>>("12")
            .err()
            .expect("not a key");
        assert!(error.to_string().contains("a field name"), "{error}");
    }

    #[test]
    fn a_field_read_twice_is_a_duplicate() {
        let mut map = MapDeserializer::<_, ValueError>::new([("a", 1u8), ("a", 2u8)].into_iter());
        let mut slot: Option<u8> = None;
        let _: Option<String> = map.next_key().expect("a key");
        field(&mut map, &mut slot, "a").expect("the first value");
        assert_eq!(slot, Some(1));
        let _: Option<String> = map.next_key().expect("a key");
        let error = field(&mut map, &mut slot, "a").expect_err("a second value");
        assert_eq!(error.to_string(), "duplicate field `a`");
        assert_eq!(slot, Some(1));
    }

    #[test]
    fn a_missing_field_is_none_for_an_option_and_an_error_otherwise() {
        let option: Option<u8> = present_or_missing::<_, ValueError>(None, "a").expect("none");
        assert_eq!(option, None);
        let error = present_or_missing::<String, ValueError>(None, "b").expect_err("missing");
        assert_eq!(error.to_string(), "missing field `b`");
        let error = required::<u8, ValueError>(None, "c").expect_err("missing");
        assert_eq!(error.to_string(), "missing field `c`");
        assert_eq!(
            required::<u8, ValueError>(Some(3), "c").expect("present"),
            3
        );
    }
}
