//! Column filters: their PostgREST expressions, checked as they are added.

use super::TableColumn;
use super::value::{Value, checked_text};
use crate::error::{Error, ErrorKind};

/// The operand of an `is` filter.
///
/// ```no_run
/// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
/// use hirekit::tables::{Is, interview_result::Column};
///
/// let unscored = jm.tables().interview_result().select().is(Column::Score, Is::Null).send().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Is {
    /// `is.null`: the column holds no value.
    Null,
    /// `is.true`.
    True,
    /// `is.false`.
    False,
}

impl Is {
    fn as_str(self) -> &'static str {
        match self {
            Is::Null => "null",
            Is::True => "true",
            Is::False => "false",
        }
    }
}

/// The filters of one call, and the first mistake made while adding them.
pub(crate) struct Filters<C> {
    pub(crate) list: Vec<(C, String)>,
    pub(crate) error: Option<Error>,
}

impl<C: Clone> Clone for Filters<C> {
    fn clone(&self) -> Self {
        Filters {
            list: self.list.clone(),
            error: self.error.as_ref().map(super::select::copy_error),
        }
    }
}

impl<C> Default for Filters<C> {
    fn default() -> Self {
        Filters {
            list: Vec::new(),
            error: None,
        }
    }
}

impl<C: TableColumn> Filters<C> {
    /// Adds `column=<op>.<operand>`, or records why it cannot be sent.
    fn push(&mut self, column: C, op: &str, operand: Result<String, &'static str>) {
        if self.error.is_some() {
            return;
        }
        if self.list.iter().any(|(c, _)| *c == column) {
            // The spec gives each column one query parameter, so a second filter on the same
            // column would silently replace the first.
            self.error = Some(refuse(
                column,
                "a column can carry one filter per call (the Tables API has one parameter per \
                 column)",
            ));
            return;
        }
        match operand {
            Ok(operand) => self.list.push((column, format!("{op}.{operand}"))),
            Err(reason) => {
                self.error = Some(refuse(
                    column,
                    &format!("the value cannot be sent: {reason}"),
                ));
            }
        }
    }

    pub(crate) fn compare(&mut self, column: C, op: &str, value: Value) {
        self.push(column, op, value.encode());
    }

    pub(crate) fn pattern(&mut self, column: C, op: &str, pattern: &str) {
        self.push(column, op, checked_text(pattern).map(str::to_string));
    }

    pub(crate) fn is(&mut self, column: C, operand: Is) {
        self.push(column, "is", Ok(operand.as_str().to_string()));
    }

    pub(crate) fn within(&mut self, column: C, values: impl IntoIterator<Item = Value>) {
        let items: Result<Vec<String>, _> =
            values.into_iter().map(|v| v.encode_list_item()).collect();
        self.push(
            column,
            "in",
            items.map(|items| format!("({})", items.join(","))),
        );
    }
}

fn refuse<C: TableColumn>(column: C, why: &str) -> Error {
    Error::new(
        ErrorKind::InvalidInput,
        format!("filter on `{}`: {why}", column.name()),
    )
    .with_field(column.name())
}

/// The filter methods, the same on every builder that filters (select, update, delete). Each
/// builder has a `filters: Filters<T::Column>` field.
macro_rules! filter_methods {
    ($example:literal) => {
        #[doc = concat!(
            "Keeps rows whose `column` equals `value` (PostgREST `eq`). A value that cannot \
             be sent (text with a NUL character, a float that is not finite) makes `send` \
             fail with `InvalidInput` naming the column, before anything is sent.\n\n",
            "```no_run\n",
            "# async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {\n",
            "use hirekit::tables::interview_result::Column;\n",
            $example, ".eq(Column::Status, \"active\")", "\n",
            "# ; Ok(()) }\n```"
        )]
        #[must_use]
        pub fn eq(mut self, column: T::Column, value: impl Into<$crate::tables::Value>) -> Self {
            self.filters.compare(column, "eq", value.into());
            self
        }

        #[doc = concat!(
            "Keeps rows whose `column` differs from `value` (PostgREST `neq`; nulls never \
             match).\n\n",
            "```no_run\n",
            "# async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {\n",
            "use hirekit::tables::interview_result::Column;\n",
            $example, ".neq(Column::Status, \"archived\")", "\n",
            "# ; Ok(()) }\n```"
        )]
        #[must_use]
        pub fn neq(mut self, column: T::Column, value: impl Into<$crate::tables::Value>) -> Self {
            self.filters.compare(column, "neq", value.into());
            self
        }

        #[doc = concat!(
            "Keeps rows whose `column` is greater than `value` (PostgREST `gt`).\n\n",
            "```no_run\n",
            "# async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {\n",
            "use hirekit::tables::interview_result::Column;\n",
            $example, ".gt(Column::Score, 4)", "\n",
            "# ; Ok(()) }\n```"
        )]
        #[must_use]
        pub fn gt(mut self, column: T::Column, value: impl Into<$crate::tables::Value>) -> Self {
            self.filters.compare(column, "gt", value.into());
            self
        }

        #[doc = concat!(
            "Keeps rows whose `column` is at least `value` (PostgREST `gte`).\n\n",
            "```no_run\n",
            "# async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {\n",
            "use hirekit::tables::interview_result::Column;\n",
            $example, ".gte(Column::Score, 3.5)", "\n",
            "# ; Ok(()) }\n```"
        )]
        #[must_use]
        pub fn gte(mut self, column: T::Column, value: impl Into<$crate::tables::Value>) -> Self {
            self.filters.compare(column, "gte", value.into());
            self
        }

        #[doc = concat!(
            "Keeps rows whose `column` is less than `value` (PostgREST `lt`).\n\n",
            "```no_run\n",
            "# async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {\n",
            "use hirekit::tables::interview_result::Column;\n",
            $example, ".lt(Column::Score, 2)", "\n",
            "# ; Ok(()) }\n```"
        )]
        #[must_use]
        pub fn lt(mut self, column: T::Column, value: impl Into<$crate::tables::Value>) -> Self {
            self.filters.compare(column, "lt", value.into());
            self
        }

        #[doc = concat!(
            "Keeps rows whose `column` is at most `value` (PostgREST `lte`).\n\n",
            "```no_run\n",
            "# async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {\n",
            "use hirekit::tables::interview_result::Column;\n",
            $example, ".lte(Column::TrainingStart, \"2026-01-31T23:59:59Z\")", "\n",
            "# ; Ok(()) }\n```"
        )]
        #[must_use]
        pub fn lte(mut self, column: T::Column, value: impl Into<$crate::tables::Value>) -> Self {
            self.filters.compare(column, "lte", value.into());
            self
        }

        #[doc = concat!(
            "Keeps rows whose `column` matches the SQL `LIKE` `pattern` (PostgREST `like`): \
             `%` or `*` for any run of characters, `_` for one.\n\n",
            "```no_run\n",
            "# async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {\n",
            "use hirekit::tables::interview_result::Column;\n",
            $example, ".like(Column::CandidateExternalId, \"ats-*\")", "\n",
            "# ; Ok(()) }\n```"
        )]
        #[must_use]
        pub fn like(mut self, column: T::Column, pattern: impl AsRef<str>) -> Self {
            self.filters.pattern(column, "like", pattern.as_ref());
            self
        }

        #[doc = concat!(
            "Like [`like`](Self::like), ignoring case (PostgREST `ilike`).\n\n",
            "```no_run\n",
            "# async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {\n",
            "use hirekit::tables::interview_result::Column;\n",
            $example, ".ilike(Column::AiAnalysis, \"*rust*\")", "\n",
            "# ; Ok(()) }\n```"
        )]
        #[must_use]
        pub fn ilike(mut self, column: T::Column, pattern: impl AsRef<str>) -> Self {
            self.filters.pattern(column, "ilike", pattern.as_ref());
            self
        }

        #[doc = concat!(
            "Keeps rows whose `column` is null, true or false (PostgREST `is`).\n\n",
            "```no_run\n",
            "# async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {\n",
            "use hirekit::tables::{Is, interview_result::Column};\n",
            $example, ".is(Column::RecruiterShortlist, Is::True)", "\n",
            "# ; Ok(()) }\n```"
        )]
        #[must_use]
        pub fn is(mut self, column: T::Column, operand: $crate::tables::Is) -> Self {
            self.filters.is(column, operand);
            self
        }

        #[doc = concat!(
            "Keeps rows whose `column` equals one of `values` (PostgREST `in`). Items that \
             hold a comma, parenthesis, quote, backslash, dot, colon or whitespace are \
             quoted and escaped; an empty list matches no row.\n\n",
            "```no_run\n",
            "# async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {\n",
            "use hirekit::tables::interview_result::Column;\n",
            $example, ".in_(Column::Status, [\"draft\", \"active\"])", "\n",
            "# ; Ok(()) }\n```"
        )]
        #[must_use]
        pub fn in_<V: Into<$crate::tables::Value>>(
            mut self,
            column: T::Column,
            values: impl IntoIterator<Item = V>,
        ) -> Self {
            self.filters.within(column, values.into_iter().map(Into::into));
            self
        }
    };
}
pub(crate) use filter_methods;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::interview_result::Column;

    #[test]
    fn expressions_follow_postgrest() {
        let mut f = Filters::<Column>::default();
        f.compare(Column::Score, "gte", Value::from(3));
        f.pattern(Column::AiAnalysis, "ilike", "*rust*");
        f.is(Column::RecruiterShortlist, Is::Null);
        f.within(
            Column::Status,
            ["a", "b,c", "d\"e"].into_iter().map(Value::from),
        );
        assert!(f.error.is_none());
        let text: Vec<(&str, &str)> = f.list.iter().map(|(c, e)| (c.name(), e.as_str())).collect();
        assert_eq!(
            text,
            [
                ("score", "gte.3"),
                ("ai_analysis", "ilike.*rust*"),
                ("recruiter_shortlist", "is.null"),
                ("status", "in.(a,\"b,c\",\"d\\\"e\")"),
            ]
        );
    }

    #[test]
    fn mistakes_are_kept_and_name_the_column() {
        let mut f = Filters::<Column>::default();
        f.compare(Column::Score, "eq", Value::from(f64::NAN));
        f.compare(Column::Status, "eq", Value::from("fine"));
        let error = f.error.expect("refused");
        assert_eq!(error.kind(), ErrorKind::InvalidInput);
        assert_eq!(error.field(), Some("score"));
        assert!(f.list.is_empty());

        let mut f = Filters::<Column>::default();
        f.compare(Column::Score, "gte", Value::from(1));
        f.compare(Column::Score, "lte", Value::from(2));
        assert_eq!(
            f.error.map(|e| e.field().map(str::to_string)),
            Some(Some("score".into()))
        );
    }

    /// Splits an `in.(…)` operand the way PostgREST does: commas separate items outside
    /// double quotes, and a backslash inside quotes takes the next character literally.
    fn split_list(operand: &str) -> Option<Vec<String>> {
        let inner = operand.strip_prefix("in.(")?.strip_suffix(')')?;
        let (mut items, mut current, mut quoted) = (Vec::new(), String::new(), false);
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => quoted = !quoted,
                '\\' if quoted => current.push(chars.next()?),
                ',' if !quoted => items.push(std::mem::take(&mut current)),
                _ => current.push(c),
            }
        }
        if quoted {
            return None;
        }
        if !inner.is_empty() {
            items.push(current);
        }
        Some(items)
    }

    /// Text from the characters that matter to PostgREST's syntax, plus a few that matter to
    /// encodings (NUL, DEL, multi-byte).
    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(vec![
                'a', 'Z', '0', ',', '.', ':', '(', ')', '"', '\\', ' ', '\t', '\n', '*', '%', '&',
                '=', '?', '#', '+', 'é', '😀', '\0', '\u{7f}',
            ]),
            0..12,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::test_support::proptest_cases()))]

        /// Any text and any number either becomes a filter that PostgREST reads back as the
        /// same items, or is refused naming the column; nothing panics.
        #[test]
        fn arbitrary_values_never_panic_and_lists_round_trip(
            items in proptest::collection::vec(text(), 0..5),
            number in any::<f64>(),
        ) {
            let mut f = Filters::<Column>::default();
            f.within(Column::Status, items.iter().map(Value::from));
            f.compare(Column::Score, "eq", Value::from(number));
            f.pattern(Column::AiAnalysis, "like", items.first().map_or("", String::as_str));
            let has_nul = items.iter().any(|i| i.contains('\0'));
            match &f.error {
                Some(error) => {
                    prop_assert!(has_nul || !number.is_finite(), "refused: {items:?} {number}");
                    prop_assert!(matches!(error.field(), Some("status" | "score" | "ai_analysis")));
                }
                None => {
                    prop_assert!(!has_nul && number.is_finite());
                    let expression = &f.list[0].1;
                    prop_assert_eq!(split_list(expression), Some(items.clone()), "{}", expression);
                }
            }
        }
    }
}
