//! The typify builders' setters on three-state request fields (codegen's `nullable` and
//! `setters` passes): a plain value sets, `clear_` sends `null`, `maybe_(None)` leaves the field
//! out, and nullable arrays take any iterator of items.

use jobmojito_raw::functions::types::{self, CatalogueTagUpdateRequest, JobInterviewUpdateRequest};
use serde_json::{Value, json};

const POSITION: &str = "00000000-0001-4000-8000-000000000001";

fn json_of<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serialises")
}

#[test]
fn a_value_sets_clear_sends_null_and_maybe_none_leaves_out() {
    let request: JobInterviewUpdateRequest = JobInterviewUpdateRequest::builder()
        .position_id(POSITION)
        .name("Backend engineer")
        .max_followups(2)
        .clear_code()
        .description("set, then taken back")
        .maybe_description(None)
        .try_into()
        .expect("a complete request");
    assert_eq!(
        json_of(&request),
        json!({
            "position_id": POSITION,
            "name": "Backend engineer",
            "max_followups": 2,
            "code": null,
        })
    );
    assert_eq!(request.code, types::Nullable::Null);
    assert!(request.description.is_absent());
}

#[test]
fn nullable_string_arrays_take_str_items_and_can_be_cleared() {
    let tags: CatalogueTagUpdateRequest = CatalogueTagUpdateRequest::builder()
        .id("support-coaching")
        .tags_sub(vec!["a", "b"])
        .clear_tags_interview_set_filter()
        .try_into()
        .expect("a complete request");
    let value = json_of(&tags);
    assert_eq!(value["tags_sub"], json!(["a", "b"]));
    assert_eq!(value["tags_interview_set_filter"], Value::Null);
    assert_eq!(value.as_object().map(|o| o.len()), Some(3), "{value}");
}

#[test]
fn nested_builders_go_into_a_required_array() {
    let request: types::JobInterviewRegisterUsersRequest =
        types::JobInterviewRegisterUsersRequest::builder()
            .interview_id(POSITION)
            .users([
                types::RegisterUser::builder().email("robin@example.com"),
                types::RegisterUser::builder().name("Sam").clear_email(),
            ])
            .try_into()
            .expect("a complete request");
    assert_eq!(
        json_of(&request)["users"],
        json!([{"email": "robin@example.com"}, {"name": "Sam", "email": null}])
    );
}

#[test]
fn a_failing_question_names_the_field_and_its_index() {
    let result: Result<types::JobInterviewCreateFromArrayRequest, _> =
        types::JobInterviewCreateFromArrayRequest::builder()
            .name("Backend engineer")
            .location("Remote")
            .description("A first round.")
            .interview_template_id("00000000-0008-4000-8000-000000000001")
            .mojito_language_code("en")
            .status(types::InterviewCreateStatus::Active)
            .type_(types::InterviewProductType::Interview)
            .visibility(types::Visibility::MerchantInvite)
            .questions([
                types::JobInterviewCreateFromArrayQuestion::builder().question("Why?"),
                types::JobInterviewCreateFromArrayQuestion::builder(),
            ])
            .try_into();
    let message = result
        .expect_err("the second question is empty")
        .to_string();
    assert_eq!(
        message,
        "error converting supplied value for questions: index 1: no value supplied for question"
    );
}
