//! A request field with three states: left out, `null`, or a value.

/// A request field that can be left out, sent as `null`, or sent with a value.
///
/// Partial updates read the three differently: a field left out keeps its stored
/// value, `null` clears it, a value replaces it.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Nullable<T> {
    /// Not sent.
    #[default]
    Absent,
    /// Sent as `null`.
    Null,
    /// Sent with this value.
    Value(T),
}
impl<T> Nullable<T> {
    /// Whether the field is left out of the request.
    pub fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }
    /// Whether the field is sent as `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }
    /// `Some` becomes a value, `None` leaves the field out.
    pub fn from_option(value: ::std::option::Option<T>) -> Self {
        match value {
            Some(value) => Self::Value(value),
            None => Self::Absent,
        }
    }
    /// The value, if there is one (absent and `null` both give `None`).
    pub fn value(&self) -> ::std::option::Option<&T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }
    /// The value, if there is one (absent and `null` both give `None`).
    pub fn into_value(self) -> ::std::option::Option<T> {
        match self {
            Self::Value(value) => Some(value),
            Self::Absent | Self::Null => None,
        }
    }
}
impl<T> ::std::convert::From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Self::Value(value)
    }
}
impl<T: ::serde::Serialize> ::serde::Serialize for Nullable<T> {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        match self {
            // Absent fields are skipped by their struct; written alone, absent is null.
            Self::Absent | Self::Null => serializer.serialize_none(),
            Self::Value(value) => serializer.serialize_some(value),
        }
    }
}
impl<'de, T: ::serde::Deserialize<'de>> ::serde::Deserialize<'de> for Nullable<T> {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        // A missing key never reaches here: the field's `default` makes it absent.
        let value: ::std::option::Option<T> = ::serde::Deserialize::deserialize(deserializer)?;
        Ok(match value {
            Some(value) => Self::Value(value),
            None => Self::Null,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Nullable;

    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Update {
        #[serde(default, skip_serializing_if = "Nullable::is_absent")]
        code: Nullable<String>,
    }

    #[test]
    fn absent_is_left_out_null_is_written_and_both_read_back() {
        let cases = [
            (Nullable::Absent, "{}"),
            (Nullable::Null, r#"{"code":null}"#),
            (Nullable::Value("A1".to_string()), r#"{"code":"A1"}"#),
        ];
        for (code, json) in cases {
            let update = Update { code };
            assert_eq!(serde_json::to_string(&update).expect("writes"), json);
            assert_eq!(serde_json::from_str::<Update>(json).expect("reads"), update);
        }
        assert_eq!(Nullable::from_option(None::<u8>), Nullable::Absent);
        assert_eq!(Nullable::from(3).value(), Some(&3));
    }
}
