//! The typify builders' setters as users write them (codegen's `setters` pass): plain values for
//! optional fields, nested builders straight into arrays, `maybe_` for an `Option` already held,
//! and a failing array item reported with the field and its index.

use jofi_raw::types::{self, AssessmentToAssign, CreateInvitationRequest};
use serde_json::json;

fn invitation() -> types::builder::CreateInvitationRequest {
    CreateInvitationRequest::builder()
        .first_name("Ada")
        .last_name("Example")
        .email("ada@example.com")
        .created_by_user_email("recruiter@example.com")
}

#[test]
fn optional_fields_take_plain_values_and_arrays_take_nested_builders() {
    let request: CreateInvitationRequest = invitation()
        .custom_id("REQ-1")
        .team_id(5)
        .send_via_email(false)
        .assessments_to_assign([
            AssessmentToAssign::builder().test_id(6),
            AssessmentToAssign::builder().test_id(7),
        ])
        .try_into()
        .expect("a complete request");
    assert_eq!(
        serde_json::to_value(&request).expect("serialises"),
        json!({
            "first_name": "Ada",
            "last_name": "Example",
            "email": "ada@example.com",
            "created_by_user_email": "recruiter@example.com",
            "custom_id": "REQ-1",
            "team_id": 5,
            "send_via_email": false,
            "assessments_to_assign": [{"test_id": 6}, {"test_id": 7}],
        })
    );
}

#[test]
fn maybe_passes_an_option_on_and_none_leaves_the_field_out() {
    let held: Option<String> = Some("ats-17".to_string());
    let request: CreateInvitationRequest = invitation()
        .maybe_person_id(held)
        .custom_id("REQ-1")
        .maybe_custom_id(None)
        .assessments_to_assign(vec![AssessmentToAssign { test_id: 6 }])
        .try_into()
        .expect("a complete request");
    let value = serde_json::to_value(&request).expect("serialises");
    assert_eq!(value["person_id"], "ats-17");
    assert!(value.get("custom_id").is_none(), "{value}");
}

#[test]
fn a_failing_array_item_fails_the_conversion_naming_the_field_and_index() {
    let result: Result<CreateInvitationRequest, _> = invitation()
        .assessments_to_assign([
            AssessmentToAssign::builder().test_id(6),
            AssessmentToAssign::builder(),
        ])
        .try_into();
    let message = result
        .expect_err("the second item has no test_id")
        .to_string();
    assert_eq!(
        message,
        "error converting supplied value for assessments_to_assign: index 1: \
         no value supplied for test_id"
    );
}

#[test]
fn a_failing_optional_value_names_the_field() {
    let result: Result<types::UpdateInvitationRequest, _> =
        types::UpdateInvitationRequest::builder()
            .last_name("")
            .try_into();
    let message = result.expect_err("an empty last name").to_string();
    assert!(
        message.starts_with("error converting supplied value for last_name: "),
        "{message}"
    );
}
