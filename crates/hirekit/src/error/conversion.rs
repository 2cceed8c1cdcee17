//! A generated builder that cannot become its type (a required field missing, a value out of
//! its schema's bounds) as an [`Error`], so `?` works on `builder.try_into()` in code that
//! returns [`crate::Result`].
//!
//! Each generated module defines its own `ConversionError`, hence one impl per module.

use super::{Error, ErrorKind, outside_field, outside_message};

/// The error of a builder conversion: `InvalidInput`, with the generated message (which names
/// the field) scrubbed and bounded like any outside text, and the field on its own when the
/// message has one of the generated shapes.
fn invalid_input(message: &str) -> Error {
    let mut error = Error::new(ErrorKind::InvalidInput, outside_message(message));
    error.0.field = field_named_in(message).map(outside_field);
    error
}

/// The field a generated builder's message blames: `no value supplied for FIELD`, or
/// `error converting supplied value for FIELD: why` (the outermost field when nested).
fn field_named_in(message: &str) -> Option<&str> {
    let field = if let Some(rest) = message.strip_prefix("no value supplied for ") {
        rest
    } else {
        let rest = message.strip_prefix("error converting supplied value for ")?;
        rest.split_once(':').map_or(rest, |(field, _)| field)
    };
    let field = field.trim();
    (!field.is_empty()).then_some(field)
}

#[cfg(feature = "jofi")]
impl From<jofi_raw::types::error::ConversionError> for Error {
    fn from(error: jofi_raw::types::error::ConversionError) -> Self {
        invalid_input(&error.to_string())
    }
}

#[cfg(feature = "jobmojito")]
impl From<jobmojito_raw::functions::types::error::ConversionError> for Error {
    fn from(error: jobmojito_raw::functions::types::error::ConversionError) -> Self {
        invalid_input(&error.to_string())
    }
}

#[cfg(feature = "tables")]
impl From<jobmojito_raw::tables::types::error::ConversionError> for Error {
    fn from(error: jobmojito_raw::tables::types::error::ConversionError) -> Self {
        invalid_input(&error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_is_read_from_both_generated_shapes() {
        assert_eq!(
            field_named_in("no value supplied for first_name"),
            Some("first_name")
        );
        assert_eq!(
            field_named_in(
                "error converting supplied value for users: error converting supplied value \
                 for email: invalid value"
            ),
            Some("users")
        );
        assert_eq!(field_named_in("invalid value"), None);
        assert_eq!(field_named_in("no value supplied for "), None);
    }

    #[cfg(feature = "jofi")]
    #[test]
    fn a_jofi_builder_missing_a_field_is_invalid_input_naming_it() {
        use jofi_raw::types::AssessmentToAssign;

        fn assessment() -> crate::Result<AssessmentToAssign> {
            Ok(AssessmentToAssign::builder().try_into()?)
        }
        let error = assessment().expect_err("test_id is required");
        assert_eq!(error.kind(), ErrorKind::InvalidInput);
        assert!(error.is_validation() && !error.is_retryable());
        assert_eq!(error.message(), Some("no value supplied for test_id"));
        assert_eq!(error.field(), Some("test_id"));
        assert_eq!(error.status(), None);
        assert_eq!(error.attempts(), 0);
    }

    #[cfg(feature = "jofi")]
    #[test]
    fn a_failing_array_item_is_invalid_input_naming_the_array() {
        use jofi_raw::types::{AssessmentToAssign, CreateInvitationRequest};

        fn request() -> crate::Result<CreateInvitationRequest> {
            Ok(CreateInvitationRequest::builder()
                .first_name("Ada")
                .last_name("Example")
                .email("ada@example.com")
                .created_by_user_email("recruiter@example.com")
                .assessments_to_assign([AssessmentToAssign::builder()])
                .try_into()?)
        }
        let error = request().expect_err("the item has no test_id");
        assert_eq!(error.kind(), ErrorKind::InvalidInput);
        assert_eq!(error.field(), Some("assessments_to_assign"));
        assert!(
            error
                .to_string()
                .contains("index 0: no value supplied for test_id"),
            "{error}"
        );
    }

    #[cfg(feature = "jobmojito")]
    #[test]
    fn a_jobmojito_builder_error_is_invalid_input_in_each_module() {
        use jobmojito_raw::functions::types::JobInterviewCreateFromArrayQuestion;

        fn question() -> crate::Result<JobInterviewCreateFromArrayQuestion> {
            Ok(JobInterviewCreateFromArrayQuestion::builder().try_into()?)
        }
        let error = question().expect_err("question is required");
        assert_eq!(error.kind(), ErrorKind::InvalidInput);
        assert_eq!(error.field(), Some("question"));
        assert!(error.to_string().contains("question"), "{error}");

        #[cfg(feature = "tables")]
        {
            let tables = jobmojito_raw::tables::types::error::ConversionError::from(
                "no value supplied for email ada@example.com",
            );
            let error = Error::from(tables);
            assert_eq!(error.kind(), ErrorKind::InvalidInput);
            assert!(!format!("{error} {error:?}").contains("ada@"), "{error:?}");
        }
    }
}
