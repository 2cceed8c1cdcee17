// @generated from `specs/jofi.yaml` by hirekit's codegen crate. Do not edit: change the spec,
// then run `cargo xtask codegen` to refresh the committed review copy.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The account that owns the API key: its names, usage counters and live webhook configuration.
    #[derive(::serde::Serialize, Clone)]
    pub struct Account {
        ///Completed career-interests assessments.
        pub career_interests_completed_count: i64,
        ///Internal name of the account.
        pub display_name: ::std::string::String,
        ///Name shown to participants; null when not set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name_external: ::std::option::Option<::std::string::String>,
        ///Account id.
        pub id: i64,
        ///Number of invitations over all teams.
        pub invitations_count: i64,
        pub mode: ModeValue,
        ///Always `account`.
        pub object: ::std::string::String,
        ///Completed personality assessments.
        pub personality_completed_count: i64,
        ///Completed prescreen assessments.
        pub prescreens_completed_count: i64,
        ///Number of teams.
        pub teams_count: i64,
        ///Test-taker seats in use.
        pub test_takers_seats_used_count: i64,
        ///Completed thinking-skills assessments.
        pub thinking_skills_completed_count: i64,
        ///Number of users.
        pub users_count: i64,
        ///The live webhook URL; null when none is configured or the stored value is not a valid URL.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_endpoint: ::std::option::Option<::std::string::String>,
        ///Whether JOFI queues live webhook deliveries for the account (delivery also needs a valid `webhook_endpoint`).
        pub webhooks_enabled: bool,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for Account {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Account;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct Account")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<Account, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __career_interests_completed_count: ::std::option::Option<
                        i64,
                    > = ::std::option::Option::None;
                    let mut __display_name: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __display_name_external: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __invitations_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<ModeValue> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __personality_completed_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __prescreens_completed_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __teams_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __test_takers_seats_used_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __thinking_skills_completed_count: ::std::option::Option<
                        i64,
                    > = ::std::option::Option::None;
                    let mut __users_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __webhook_endpoint: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __webhooks_enabled: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "career_interests_completed_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_interests_completed_count,
                                    "career_interests_completed_count",
                                )?
                            }
                            "display_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name,
                                    "display_name",
                                )?
                            }
                            "display_name_external" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name_external,
                                    "display_name_external",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "invitations_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitations_count,
                                    "invitations_count",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "personality_completed_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __personality_completed_count,
                                    "personality_completed_count",
                                )?
                            }
                            "prescreens_completed_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __prescreens_completed_count,
                                    "prescreens_completed_count",
                                )?
                            }
                            "teams_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __teams_count,
                                    "teams_count",
                                )?
                            }
                            "test_takers_seats_used_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __test_takers_seats_used_count,
                                    "test_takers_seats_used_count",
                                )?
                            }
                            "thinking_skills_completed_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __thinking_skills_completed_count,
                                    "thinking_skills_completed_count",
                                )?
                            }
                            "users_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __users_count,
                                    "users_count",
                                )?
                            }
                            "webhook_endpoint" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_endpoint,
                                    "webhook_endpoint",
                                )?
                            }
                            "webhooks_enabled" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhooks_enabled,
                                    "webhooks_enabled",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(Account {
                        career_interests_completed_count: ::hirekit_runtime::de::required(
                            __career_interests_completed_count,
                            "career_interests_completed_count",
                        )?,
                        display_name: ::hirekit_runtime::de::required(
                            __display_name,
                            "display_name",
                        )?,
                        display_name_external: __display_name_external.flatten(),
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        invitations_count: ::hirekit_runtime::de::required(
                            __invitations_count,
                            "invitations_count",
                        )?,
                        mode: ::hirekit_runtime::de::required(__mode, "mode")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        personality_completed_count: ::hirekit_runtime::de::required(
                            __personality_completed_count,
                            "personality_completed_count",
                        )?,
                        prescreens_completed_count: ::hirekit_runtime::de::required(
                            __prescreens_completed_count,
                            "prescreens_completed_count",
                        )?,
                        teams_count: ::hirekit_runtime::de::required(
                            __teams_count,
                            "teams_count",
                        )?,
                        test_takers_seats_used_count: ::hirekit_runtime::de::required(
                            __test_takers_seats_used_count,
                            "test_takers_seats_used_count",
                        )?,
                        thinking_skills_completed_count: ::hirekit_runtime::de::required(
                            __thinking_skills_completed_count,
                            "thinking_skills_completed_count",
                        )?,
                        users_count: ::hirekit_runtime::de::required(
                            __users_count,
                            "users_count",
                        )?,
                        webhook_endpoint: __webhook_endpoint.flatten(),
                        webhooks_enabled: ::hirekit_runtime::de::required(
                            __webhooks_enabled,
                            "webhooks_enabled",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The account a record belongs to.
    #[derive(::serde::Serialize, Clone)]
    pub struct AccountRef {
        ///Internal account name.
        pub display_name: ::std::string::String,
        ///Account id.
        pub id: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for AccountRef {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AccountRef;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct AccountRef")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<AccountRef, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __display_name: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "display_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name,
                                    "display_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(AccountRef {
                        display_name: ::hirekit_runtime::de::required(
                            __display_name,
                            "display_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The assessment catalogue in the shared list envelope.
    #[derive(::serde::Serialize, Clone)]
    pub struct AssessmentList {
        ///The assessments.
        pub data: ::std::vec::Vec<AssessmentListItem>,
        ///Whether more assessments exist than were returned.
        pub has_more: bool,
        pub mode: ModeValue,
        ///Always `list`.
        pub object: ::std::string::String,
        ///Number of assessments in the catalogue.
        pub total_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for AssessmentList {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AssessmentList;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct AssessmentList")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<AssessmentList, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __data: ::std::option::Option<
                        ::std::vec::Vec<AssessmentListItem>,
                    > = ::std::option::Option::None;
                    let mut __has_more: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<ModeValue> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __total_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "has_more" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __has_more,
                                    "has_more",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "total_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __total_count,
                                    "total_count",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(AssessmentList {
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        has_more: ::hirekit_runtime::de::required(
                            __has_more,
                            "has_more",
                        )?,
                        mode: ::hirekit_runtime::de::required(__mode, "mode")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        total_count: ::hirekit_runtime::de::required(
                            __total_count,
                            "total_count",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///An assessment of the catalogue. Assumed to look like the nested assessment object; every key is optional and unknown keys are kept.
    #[derive(::serde::Serialize, Clone)]
    pub struct AssessmentListItem {
        ///Full name of the assessment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub display_name: ::std::option::Option<::std::string::String>,
        ///Assessment id, the `test_id` of `assessments_to_assign`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Kind of object, presumably `assessment_list_item`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///Short name of the assessment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub short_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for AssessmentListItem {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AssessmentListItem;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct AssessmentListItem")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<AssessmentListItem, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __display_name: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<::std::option::Option<i64>> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __short_name: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "display_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name,
                                    "display_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "short_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __short_name,
                                    "short_name",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(AssessmentListItem {
                        display_name: __display_name.flatten(),
                        id: __id.flatten(),
                        object: __object.flatten(),
                        short_name: __short_name.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///An assessment of the catalogue, as nested in an assigned assessment.
    #[derive(::serde::Serialize, Clone)]
    pub struct AssessmentRef {
        ///Full name of the assessment.
        pub display_name: ::std::string::String,
        ///Assessment id (the `test_id` of `assessments_to_assign`).
        pub id: i64,
        ///Short name of the assessment.
        pub short_name: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for AssessmentRef {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AssessmentRef;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct AssessmentRef")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<AssessmentRef, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __display_name: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __short_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "display_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name,
                                    "display_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "short_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __short_name,
                                    "short_name",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(AssessmentRef {
                        display_name: ::hirekit_runtime::de::required(
                            __display_name,
                            "display_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        short_name: ::hirekit_runtime::de::required(
                            __short_name,
                            "short_name",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///One assessment to assign to the participant.
    #[derive(::serde::Serialize, Clone, Debug)]
    pub struct AssessmentToAssign {
        ///Assessment id from `list_assessments`.
        pub test_id: i64,
    }
    #[cfg(feature = "deserialize-requests")]
    impl<'de> ::serde::Deserialize<'de> for AssessmentToAssign {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AssessmentToAssign;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct AssessmentToAssign")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<AssessmentToAssign, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __test_id: ::std::option::Option<i64> = ::std::option::Option::None;
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "test_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __test_id,
                                    "test_id",
                                )?
                            }
                            _ => {
                                __map.next_value::<::serde::de::IgnoredAny>()?;
                            }
                        }
                    }
                    ::std::result::Result::Ok(AssessmentToAssign {
                        test_id: ::hirekit_runtime::de::required(__test_id, "test_id")?,
                    })
                }
            }
            __deserializer
                .deserialize_struct("AssessmentToAssign", &["test_id"], __Visitor)
        }
    }
    impl AssessmentToAssign {
        pub fn builder() -> builder::AssessmentToAssign {
            Default::default()
        }
    }
    ///One assessment assigned to a test taker, with the test taker's progress on it.
    #[derive(::serde::Serialize, Clone)]
    pub struct AssignedAssessment {
        pub assessment: AssessmentRef,
        ///When the test taker completed it; null before that.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub completed_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///When the assessment was assigned.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Id of the assignment (not of the assessment).
        pub id: i64,
        ///Whether this assessment counts toward the test taker's scores.
        pub is_used_for_scoring: bool,
        ///When progress was last saved; null when never.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub progress_saved_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///When the test taker started it; null before that.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub started_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for AssignedAssessment {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = AssignedAssessment;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct AssignedAssessment")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<AssignedAssessment, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __assessment: ::std::option::Option<AssessmentRef> = ::std::option::Option::None;
                    let mut __completed_at: ::std::option::Option<
                        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    > = ::std::option::Option::None;
                    let mut __created_at: ::std::option::Option<
                        ::chrono::DateTime<::chrono::offset::Utc>,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __is_used_for_scoring: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __progress_saved_at: ::std::option::Option<
                        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    > = ::std::option::Option::None;
                    let mut __started_at: ::std::option::Option<
                        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "assessment" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __assessment,
                                    "assessment",
                                )?
                            }
                            "completed_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __completed_at,
                                    "completed_at",
                                )?
                            }
                            "created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __created_at,
                                    "created_at",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "is_used_for_scoring" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __is_used_for_scoring,
                                    "is_used_for_scoring",
                                )?
                            }
                            "progress_saved_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __progress_saved_at,
                                    "progress_saved_at",
                                )?
                            }
                            "started_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __started_at,
                                    "started_at",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(AssignedAssessment {
                        assessment: ::hirekit_runtime::de::required(
                            __assessment,
                            "assessment",
                        )?,
                        completed_at: __completed_at.flatten(),
                        created_at: ::hirekit_runtime::de::required(
                            __created_at,
                            "created_at",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        is_used_for_scoring: ::hirekit_runtime::de::required(
                            __is_used_for_scoring,
                            "is_used_for_scoring",
                        )?,
                        progress_saved_at: __progress_saved_at.flatten(),
                        started_at: __started_at.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///One career navigation profile, as read by id or sent with `career_navigation_profile.created`. Its fields are assumed to mirror the list item; every key is optional and unknown keys are kept.
    #[derive(::serde::Serialize, Clone)]
    pub struct CareerNavigationProfile {
        ///The account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account: ::std::option::Option<AccountRef>,
        ///Personal link to start the assessments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assessment_url: ::std::option::Option<::std::string::String>,
        ///Link to the career navigation site for this profile.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_navigation_url: ::std::option::Option<::std::string::String>,
        ///Link to the career options spotlight.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_options_spotlight_url: ::std::option::Option<::std::string::String>,
        ///Grouping key given on the invitation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_id: ::std::option::Option<::std::string::String>,
        ///Email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///First name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Career navigation profile id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///When the originating invitation was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invitation_created_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The originating invitation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invitation_id: ::std::option::Option<i64>,
        ///Link to the job-fit summary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_fit_summary_url: ::std::option::Option<::std::string::String>,
        ///Last name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Kind of key that answered; absent in webhook events.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<ModeValue>,
        ///Kind of object, presumably `career_navigation_profile`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///Your identifier for the participant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///Link to the web scorecard.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scorecard_url: ::std::option::Option<::std::string::String>,
        ///The participant's team.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub team: ::std::option::Option<TeamRef>,
        ///The test taker the profile belongs to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_taker_id: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for CareerNavigationProfile {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CareerNavigationProfile;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct CareerNavigationProfile")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<CareerNavigationProfile, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __account: ::std::option::Option<
                        ::std::option::Option<AccountRef>,
                    > = ::std::option::Option::None;
                    let mut __assessment_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __career_navigation_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __career_options_spotlight_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __custom_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __first_name: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __invitation_created_at: ::std::option::Option<
                        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    > = ::std::option::Option::None;
                    let mut __invitation_id: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    let mut __job_fit_summary_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __last_name: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<
                        ::std::option::Option<ModeValue>,
                    > = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __person_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __scorecard_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __team: ::std::option::Option<
                        ::std::option::Option<TeamRef>,
                    > = ::std::option::Option::None;
                    let mut __test_taker_id: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "account" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __account,
                                    "account",
                                )?
                            }
                            "assessment_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __assessment_url,
                                    "assessment_url",
                                )?
                            }
                            "career_navigation_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_navigation_url,
                                    "career_navigation_url",
                                )?
                            }
                            "career_options_spotlight_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_options_spotlight_url,
                                    "career_options_spotlight_url",
                                )?
                            }
                            "custom_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __custom_id,
                                    "custom_id",
                                )?
                            }
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "first_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __first_name,
                                    "first_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "invitation_created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitation_created_at,
                                    "invitation_created_at",
                                )?
                            }
                            "invitation_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitation_id,
                                    "invitation_id",
                                )?
                            }
                            "job_fit_summary_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __job_fit_summary_url,
                                    "job_fit_summary_url",
                                )?
                            }
                            "last_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __last_name,
                                    "last_name",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "person_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __person_id,
                                    "person_id",
                                )?
                            }
                            "scorecard_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __scorecard_url,
                                    "scorecard_url",
                                )?
                            }
                            "team" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __team,
                                    "team",
                                )?
                            }
                            "test_taker_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __test_taker_id,
                                    "test_taker_id",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(CareerNavigationProfile {
                        account: __account.flatten(),
                        assessment_url: __assessment_url.flatten(),
                        career_navigation_url: __career_navigation_url.flatten(),
                        career_options_spotlight_url: __career_options_spotlight_url
                            .flatten(),
                        custom_id: __custom_id.flatten(),
                        email: __email.flatten(),
                        first_name: __first_name.flatten(),
                        id: __id.flatten(),
                        invitation_created_at: __invitation_created_at.flatten(),
                        invitation_id: __invitation_id.flatten(),
                        job_fit_summary_url: __job_fit_summary_url.flatten(),
                        last_name: __last_name.flatten(),
                        mode: __mode.flatten(),
                        object: __object.flatten(),
                        person_id: __person_id.flatten(),
                        scorecard_url: __scorecard_url.flatten(),
                        team: __team.flatten(),
                        test_taker_id: __test_taker_id.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Sent when a career navigation profile is created; carries the profile.
    #[derive(::serde::Serialize, Clone)]
    pub struct CareerNavigationProfileCreatedEvent {
        ///API version the payload follows.
        pub api_version: ::std::string::String,
        ///When the event happened.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: CareerNavigationProfileEventData,
        ///Event id, starting with `evt_`.
        pub id: ::std::string::String,
        ///Always `event`.
        pub object: ::std::string::String,
        ///Always `career_navigation_profile.created`.
        #[serde(rename = "type")]
        pub type_: CareerNavigationProfileCreatedEventType,
        ///The endpoint JOFI delivered to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_url: ::std::option::Option<::std::string::String>,
        ///How the delivery can be verified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_verification_method: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for CareerNavigationProfileCreatedEvent {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CareerNavigationProfileCreatedEvent;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct CareerNavigationProfileCreatedEvent")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<
                    CareerNavigationProfileCreatedEvent,
                    __A::Error,
                >
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __api_version: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __created_at: ::std::option::Option<
                        ::chrono::DateTime<::chrono::offset::Utc>,
                    > = ::std::option::Option::None;
                    let mut __data: ::std::option::Option<
                        CareerNavigationProfileEventData,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __type_: ::std::option::Option<
                        CareerNavigationProfileCreatedEventType,
                    > = ::std::option::Option::None;
                    let mut __webhook_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __webhook_verification_method: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "api_version" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __api_version,
                                    "api_version",
                                )?
                            }
                            "created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __created_at,
                                    "created_at",
                                )?
                            }
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "type" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __type_,
                                    "type",
                                )?
                            }
                            "webhook_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_url,
                                    "webhook_url",
                                )?
                            }
                            "webhook_verification_method" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_verification_method,
                                    "webhook_verification_method",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(CareerNavigationProfileCreatedEvent {
                        api_version: ::hirekit_runtime::de::required(
                            __api_version,
                            "api_version",
                        )?,
                        created_at: ::hirekit_runtime::de::required(
                            __created_at,
                            "created_at",
                        )?,
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        type_: ::hirekit_runtime::de::required(__type_, "type")?,
                        webhook_url: __webhook_url.flatten(),
                        webhook_verification_method: __webhook_verification_method
                            .flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Always `career_navigation_profile.created`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CareerNavigationProfileCreatedEventType {
        #[serde(rename = "career_navigation_profile.created")]
        CareerNavigationProfileCreated,
    }
    impl ::std::fmt::Display for CareerNavigationProfileCreatedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::CareerNavigationProfileCreated => {
                    f.write_str("career_navigation_profile.created")
                }
            }
        }
    }
    impl ::std::str::FromStr for CareerNavigationProfileCreatedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "career_navigation_profile.created" => {
                    Ok(Self::CareerNavigationProfileCreated)
                }
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CareerNavigationProfileCreatedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CareerNavigationProfileCreatedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The career navigation profile an event is about.
    #[derive(::serde::Serialize, Clone)]
    pub struct CareerNavigationProfileEventData {
        pub object: CareerNavigationProfile,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for CareerNavigationProfileEventData {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CareerNavigationProfileEventData;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct CareerNavigationProfileEventData")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<CareerNavigationProfileEventData, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __object: ::std::option::Option<CareerNavigationProfile> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(CareerNavigationProfileEventData {
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The 50 most recent career navigation profiles in the shared list envelope.
    #[derive(::serde::Serialize, Clone)]
    pub struct CareerNavigationProfileList {
        ///The profiles, most recent first.
        pub data: ::std::vec::Vec<CareerNavigationProfileListItem>,
        ///Whether older profiles exist than were returned.
        pub has_more: bool,
        pub mode: ModeValue,
        ///Always `list`.
        pub object: ::std::string::String,
        ///Number of profiles in the account, not just in this answer.
        pub total_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for CareerNavigationProfileList {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CareerNavigationProfileList;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct CareerNavigationProfileList")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<CareerNavigationProfileList, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __data: ::std::option::Option<
                        ::std::vec::Vec<CareerNavigationProfileListItem>,
                    > = ::std::option::Option::None;
                    let mut __has_more: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<ModeValue> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __total_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "has_more" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __has_more,
                                    "has_more",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "total_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __total_count,
                                    "total_count",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(CareerNavigationProfileList {
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        has_more: ::hirekit_runtime::de::required(
                            __has_more,
                            "has_more",
                        )?,
                        mode: ::hirekit_runtime::de::required(__mode, "mode")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        total_count: ::hirekit_runtime::de::required(
                            __total_count,
                            "total_count",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///A career navigation profile as listed, with the links to the participant's results.
    #[derive(::serde::Serialize, Clone)]
    pub struct CareerNavigationProfileListItem {
        pub account: AccountRef,
        ///Personal link to start the assessments.
        pub assessment_url: ::std::string::String,
        ///Link to the career navigation site for this profile.
        pub career_navigation_url: ::std::string::String,
        ///Link to the career options spotlight.
        pub career_options_spotlight_url: ::std::string::String,
        ///Grouping key given on the invitation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_id: ::std::option::Option<::std::string::String>,
        ///Email address.
        pub email: ::std::string::String,
        ///First name.
        pub first_name: ::std::string::String,
        ///Career navigation profile id (an opaque string).
        pub id: ::std::string::String,
        ///When the originating invitation was created.
        pub invitation_created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The originating invitation.
        pub invitation_id: i64,
        ///Link to the job-fit summary.
        pub job_fit_summary_url: ::std::string::String,
        ///Last name.
        pub last_name: ::std::string::String,
        ///Always `career_navigation_profile_list_item`.
        pub object: ::std::string::String,
        ///Your identifier for the participant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///Link to the web scorecard.
        pub scorecard_url: ::std::string::String,
        pub team: TeamRef,
        ///The test taker the profile belongs to.
        pub test_taker_id: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for CareerNavigationProfileListItem {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CareerNavigationProfileListItem;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct CareerNavigationProfileListItem")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<CareerNavigationProfileListItem, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __account: ::std::option::Option<AccountRef> = ::std::option::Option::None;
                    let mut __assessment_url: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __career_navigation_url: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __career_options_spotlight_url: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __custom_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __first_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __invitation_created_at: ::std::option::Option<
                        ::chrono::DateTime<::chrono::offset::Utc>,
                    > = ::std::option::Option::None;
                    let mut __invitation_id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __job_fit_summary_url: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __last_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __person_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __scorecard_url: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __team: ::std::option::Option<TeamRef> = ::std::option::Option::None;
                    let mut __test_taker_id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "account" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __account,
                                    "account",
                                )?
                            }
                            "assessment_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __assessment_url,
                                    "assessment_url",
                                )?
                            }
                            "career_navigation_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_navigation_url,
                                    "career_navigation_url",
                                )?
                            }
                            "career_options_spotlight_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_options_spotlight_url,
                                    "career_options_spotlight_url",
                                )?
                            }
                            "custom_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __custom_id,
                                    "custom_id",
                                )?
                            }
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "first_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __first_name,
                                    "first_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "invitation_created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitation_created_at,
                                    "invitation_created_at",
                                )?
                            }
                            "invitation_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitation_id,
                                    "invitation_id",
                                )?
                            }
                            "job_fit_summary_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __job_fit_summary_url,
                                    "job_fit_summary_url",
                                )?
                            }
                            "last_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __last_name,
                                    "last_name",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "person_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __person_id,
                                    "person_id",
                                )?
                            }
                            "scorecard_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __scorecard_url,
                                    "scorecard_url",
                                )?
                            }
                            "team" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __team,
                                    "team",
                                )?
                            }
                            "test_taker_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __test_taker_id,
                                    "test_taker_id",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(CareerNavigationProfileListItem {
                        account: ::hirekit_runtime::de::required(__account, "account")?,
                        assessment_url: ::hirekit_runtime::de::required(
                            __assessment_url,
                            "assessment_url",
                        )?,
                        career_navigation_url: ::hirekit_runtime::de::required(
                            __career_navigation_url,
                            "career_navigation_url",
                        )?,
                        career_options_spotlight_url: ::hirekit_runtime::de::required(
                            __career_options_spotlight_url,
                            "career_options_spotlight_url",
                        )?,
                        custom_id: __custom_id.flatten(),
                        email: ::hirekit_runtime::de::required(__email, "email")?,
                        first_name: ::hirekit_runtime::de::required(
                            __first_name,
                            "first_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        invitation_created_at: ::hirekit_runtime::de::required(
                            __invitation_created_at,
                            "invitation_created_at",
                        )?,
                        invitation_id: ::hirekit_runtime::de::required(
                            __invitation_id,
                            "invitation_id",
                        )?,
                        job_fit_summary_url: ::hirekit_runtime::de::required(
                            __job_fit_summary_url,
                            "job_fit_summary_url",
                        )?,
                        last_name: ::hirekit_runtime::de::required(
                            __last_name,
                            "last_name",
                        )?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        person_id: __person_id.flatten(),
                        scorecard_url: ::hirekit_runtime::de::required(
                            __scorecard_url,
                            "scorecard_url",
                        )?,
                        team: ::hirekit_runtime::de::required(__team, "team")?,
                        test_taker_id: ::hirekit_runtime::de::required(
                            __test_taker_id,
                            "test_taker_id",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///A new invitation. The four required fields name the participant and the inviting JOFI user; the optional ones override that user's defaults or control delivery. The vendor page may list further optional fields that could not be read.
    #[derive(::serde::Serialize, Clone)]
    pub struct CreateInvitationRequest {
        ///Assessments to assign instead of the inviter's defaults.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub assessments_to_assign: ::std::vec::Vec<AssessmentToAssign>,
        ///Email of the inviting JOFI user; must belong to the API key's account (see `list_users`). Their settings supply the defaults.
        pub created_by_user_email: ::std::string::String,
        ///A grouping key of your choice, such as a requisition number or a coaching group.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_id: ::std::option::Option<::std::string::String>,
        ///Participant's email address.
        pub email: ::std::string::String,
        ///Invitation email template to use instead of the inviter's default (an `invitation` template from `list_email_templates`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email_template_id: ::std::option::Option<i64>,
        ///Participant's first name (not empty).
        pub first_name: CreateInvitationRequestFirstName,
        ///Participant's last name (not empty).
        pub last_name: CreateInvitationRequestLastName,
        ///Your own identifier for the participant (free-form); recommended so records can be matched back.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///Participant's phone number; needed for SMS delivery.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Whether JOFI emails the link to the participant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub send_via_email: ::std::option::Option<bool>,
        ///Whether JOFI also texts the link (needs `phone`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub send_via_sms: ::std::option::Option<bool>,
        ///Team to use instead of the inviter's default team (see `list_teams`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub team_id: ::std::option::Option<i64>,
    }
    #[cfg(feature = "deserialize-requests")]
    impl<'de> ::serde::Deserialize<'de> for CreateInvitationRequest {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = CreateInvitationRequest;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct CreateInvitationRequest")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<CreateInvitationRequest, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __assessments_to_assign: ::std::option::Option<
                        ::std::vec::Vec<AssessmentToAssign>,
                    > = ::std::option::Option::None;
                    let mut __created_by_user_email: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __custom_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __email_template_id: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    let mut __first_name: ::std::option::Option<
                        CreateInvitationRequestFirstName,
                    > = ::std::option::Option::None;
                    let mut __last_name: ::std::option::Option<
                        CreateInvitationRequestLastName,
                    > = ::std::option::Option::None;
                    let mut __person_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __phone: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __send_via_email: ::std::option::Option<
                        ::std::option::Option<bool>,
                    > = ::std::option::Option::None;
                    let mut __send_via_sms: ::std::option::Option<
                        ::std::option::Option<bool>,
                    > = ::std::option::Option::None;
                    let mut __team_id: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "assessments_to_assign" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __assessments_to_assign,
                                    "assessments_to_assign",
                                )?
                            }
                            "created_by_user_email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __created_by_user_email,
                                    "created_by_user_email",
                                )?
                            }
                            "custom_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __custom_id,
                                    "custom_id",
                                )?
                            }
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "email_template_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email_template_id,
                                    "email_template_id",
                                )?
                            }
                            "first_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __first_name,
                                    "first_name",
                                )?
                            }
                            "last_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __last_name,
                                    "last_name",
                                )?
                            }
                            "person_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __person_id,
                                    "person_id",
                                )?
                            }
                            "phone" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __phone,
                                    "phone",
                                )?
                            }
                            "send_via_email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __send_via_email,
                                    "send_via_email",
                                )?
                            }
                            "send_via_sms" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __send_via_sms,
                                    "send_via_sms",
                                )?
                            }
                            "team_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __team_id,
                                    "team_id",
                                )?
                            }
                            _ => {
                                __map.next_value::<::serde::de::IgnoredAny>()?;
                            }
                        }
                    }
                    ::std::result::Result::Ok(CreateInvitationRequest {
                        assessments_to_assign: __assessments_to_assign
                            .unwrap_or_default(),
                        created_by_user_email: ::hirekit_runtime::de::required(
                            __created_by_user_email,
                            "created_by_user_email",
                        )?,
                        custom_id: __custom_id.flatten(),
                        email: ::hirekit_runtime::de::required(__email, "email")?,
                        email_template_id: __email_template_id.flatten(),
                        first_name: ::hirekit_runtime::de::present_or_missing(
                            __first_name,
                            "first_name",
                        )?,
                        last_name: ::hirekit_runtime::de::present_or_missing(
                            __last_name,
                            "last_name",
                        )?,
                        person_id: __person_id.flatten(),
                        phone: __phone.flatten(),
                        send_via_email: __send_via_email.flatten(),
                        send_via_sms: __send_via_sms.flatten(),
                        team_id: __team_id.flatten(),
                    })
                }
            }
            __deserializer
                .deserialize_struct(
                    "CreateInvitationRequest",
                    &[
                        "assessments_to_assign",
                        "created_by_user_email",
                        "custom_id",
                        "email",
                        "email_template_id",
                        "first_name",
                        "last_name",
                        "person_id",
                        "phone",
                        "send_via_email",
                        "send_via_sms",
                        "team_id",
                    ],
                    __Visitor,
                )
        }
    }
    impl CreateInvitationRequest {
        pub fn builder() -> builder::CreateInvitationRequest {
            Default::default()
        }
    }
    ///Participant's first name (not empty).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateInvitationRequestFirstName(::std::string::String);
    impl ::std::ops::Deref for CreateInvitationRequestFirstName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateInvitationRequestFirstName>
    for ::std::string::String {
        fn from(value: CreateInvitationRequestFirstName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateInvitationRequestFirstName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateInvitationRequestFirstName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateInvitationRequestFirstName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    #[cfg(feature = "deserialize-requests")]
    impl<'de> ::serde::Deserialize<'de> for CreateInvitationRequestFirstName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Participant's last name (not empty).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct CreateInvitationRequestLastName(::std::string::String);
    impl ::std::ops::Deref for CreateInvitationRequestLastName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CreateInvitationRequestLastName>
    for ::std::string::String {
        fn from(value: CreateInvitationRequestLastName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CreateInvitationRequestLastName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for CreateInvitationRequestLastName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for CreateInvitationRequestLastName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    #[cfg(feature = "deserialize-requests")]
    impl<'de> ::serde::Deserialize<'de> for CreateInvitationRequestLastName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The available email templates in the shared list envelope.
    #[derive(::serde::Serialize, Clone)]
    pub struct EmailTemplateList {
        ///The templates.
        pub data: ::std::vec::Vec<EmailTemplateListItem>,
        ///Whether more templates exist than were returned.
        pub has_more: bool,
        pub mode: ModeValue,
        ///Always `list`.
        pub object: ::std::string::String,
        ///Number of available templates.
        pub total_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for EmailTemplateList {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = EmailTemplateList;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct EmailTemplateList")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<EmailTemplateList, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __data: ::std::option::Option<
                        ::std::vec::Vec<EmailTemplateListItem>,
                    > = ::std::option::Option::None;
                    let mut __has_more: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<ModeValue> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __total_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "has_more" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __has_more,
                                    "has_more",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "total_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __total_count,
                                    "total_count",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(EmailTemplateList {
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        has_more: ::hirekit_runtime::de::required(
                            __has_more,
                            "has_more",
                        )?,
                        mode: ::hirekit_runtime::de::required(__mode, "mode")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        total_count: ::hirekit_runtime::de::required(
                            __total_count,
                            "total_count",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///An email template available to the account: one of its own, or a JOFI system template enabled for it.
    #[derive(::serde::Serialize, Clone)]
    pub struct EmailTemplateListItem {
        ///Template name.
        pub display_name: ::std::string::String,
        ///Template id, usable as `email_template_id` (invitation templates) on an invitation.
        pub id: i64,
        ///Always `email_template_list_item`.
        pub object: ::std::string::String,
        ///Teams an account template is assigned to; empty for system templates that apply to the whole account.
        pub team_ids: ::std::vec::Vec<i64>,
        #[serde(rename = "type")]
        pub type_: EmailTemplateTypeValue,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for EmailTemplateListItem {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = EmailTemplateListItem;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct EmailTemplateListItem")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<EmailTemplateListItem, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __display_name: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __team_ids: ::std::option::Option<::std::vec::Vec<i64>> = ::std::option::Option::None;
                    let mut __type_: ::std::option::Option<EmailTemplateTypeValue> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "display_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name,
                                    "display_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "team_ids" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __team_ids,
                                    "team_ids",
                                )?
                            }
                            "type" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __type_,
                                    "type",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(EmailTemplateListItem {
                        display_name: ::hirekit_runtime::de::required(
                            __display_name,
                            "display_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        team_ids: ::hirekit_runtime::de::required(
                            __team_ids,
                            "team_ids",
                        )?,
                        type_: ::hirekit_runtime::de::required(__type_, "type")?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Purpose of an email template.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum EmailTemplateType {
        #[serde(rename = "invitation")]
        Invitation,
        #[serde(rename = "congrats")]
        Congrats,
    }
    impl ::std::fmt::Display for EmailTemplateType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Invitation => f.write_str("invitation"),
                Self::Congrats => f.write_str("congrats"),
            }
        }
    }
    impl ::std::str::FromStr for EmailTemplateType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "invitation" => Ok(Self::Invitation),
                "congrats" => Ok(Self::Congrats),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EmailTemplateType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EmailTemplateType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An `EmailTemplateType`, or a value added by the vendor later.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum EmailTemplateTypeValue {
        EmailTemplateType(EmailTemplateType),
        Other(EmailTemplateTypeValueOther),
    }
    impl ::std::convert::From<EmailTemplateType> for EmailTemplateTypeValue {
        fn from(value: EmailTemplateType) -> Self {
            Self::EmailTemplateType(value)
        }
    }
    impl ::std::convert::From<EmailTemplateTypeValueOther> for EmailTemplateTypeValue {
        fn from(value: EmailTemplateTypeValueOther) -> Self {
            Self::Other(value)
        }
    }
    ///`EmailTemplateTypeValueOther`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct EmailTemplateTypeValueOther(::std::string::String);
    impl ::std::ops::Deref for EmailTemplateTypeValueOther {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<EmailTemplateTypeValueOther> for ::std::string::String {
        fn from(value: EmailTemplateTypeValueOther) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EmailTemplateTypeValueOther {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ["invitation".to_string(), "congrats".to_string()].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for EmailTemplateTypeValueOther {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<::std::string::String>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    ///Body of a failed call. Its shape is not documented, so every key is optional and unknown keys are kept.
    #[derive(::serde::Serialize, Clone)]
    pub struct Error {
        ///A machine-readable error code (number or string), when given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<ErrorCode>,
        ///An error message, or an object describing the error, when given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorError>,
        ///Readable explanation, when given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Kind of key that answered, when given.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<ModeValue>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for Error {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Error;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct Error")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<Error, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __code: ::std::option::Option<
                        ::std::option::Option<ErrorCode>,
                    > = ::std::option::Option::None;
                    let mut __error: ::std::option::Option<
                        ::std::option::Option<ErrorError>,
                    > = ::std::option::Option::None;
                    let mut __message: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<
                        ::std::option::Option<ModeValue>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "code" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __code,
                                    "code",
                                )?
                            }
                            "error" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __error,
                                    "error",
                                )?
                            }
                            "message" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __message,
                                    "message",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(Error {
                        code: __code.flatten(),
                        error: __error.flatten(),
                        message: __message.flatten(),
                        mode: __mode.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///`ErrorCode`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ErrorCode {
        Integer(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for ErrorCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Integer(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for ErrorCode {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    ///`ErrorError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ErrorError {
        String(::std::string::String),
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for ErrorError {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///Any webhook delivery: JOFI posts one event per request to the account's live webhook URL. Dispatch on `type`; the resource is in `data.object`. Events carry no `mode`, and calls made with a test key never produce events.
    #[derive(::serde::Serialize, Clone)]
    pub struct Event {
        ///API version the payload follows.
        pub api_version: ::std::string::String,
        ///When the event happened.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: EventData,
        ///Event id, starting with `evt_`.
        pub id: ::std::string::String,
        ///Always `event`.
        pub object: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: EventTypeValue,
        ///The endpoint JOFI delivered to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_url: ::std::option::Option<::std::string::String>,
        ///How the delivery can be verified (for example HMAC or Basic Auth).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_verification_method: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for Event {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Event;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct Event")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<Event, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __api_version: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __created_at: ::std::option::Option<
                        ::chrono::DateTime<::chrono::offset::Utc>,
                    > = ::std::option::Option::None;
                    let mut __data: ::std::option::Option<EventData> = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __type_: ::std::option::Option<EventTypeValue> = ::std::option::Option::None;
                    let mut __webhook_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __webhook_verification_method: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "api_version" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __api_version,
                                    "api_version",
                                )?
                            }
                            "created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __created_at,
                                    "created_at",
                                )?
                            }
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "type" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __type_,
                                    "type",
                                )?
                            }
                            "webhook_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_url,
                                    "webhook_url",
                                )?
                            }
                            "webhook_verification_method" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_verification_method,
                                    "webhook_verification_method",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(Event {
                        api_version: ::hirekit_runtime::de::required(
                            __api_version,
                            "api_version",
                        )?,
                        created_at: ::hirekit_runtime::de::required(
                            __created_at,
                            "created_at",
                        )?,
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        type_: ::hirekit_runtime::de::required(__type_, "type")?,
                        webhook_url: __webhook_url.flatten(),
                        webhook_verification_method: __webhook_verification_method
                            .flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The resource an event is about.
    #[derive(::serde::Serialize, Clone)]
    pub struct EventData {
        ///The resource, carrying its own `object` key (`invitation`, `test_taker` or `career_navigation_profile`).
        pub object: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for EventData {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = EventData;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct EventData")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<EventData, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __object: ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(EventData {
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Kind of webhook event.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum EventType {
        #[serde(rename = "invitation.created")]
        InvitationCreated,
        #[serde(rename = "invitation.accepted")]
        InvitationAccepted,
        #[serde(rename = "test_taker.created")]
        TestTakerCreated,
        #[serde(rename = "test_taker.assessment_completed")]
        TestTakerAssessmentCompleted,
        #[serde(rename = "career_navigation_profile.created")]
        CareerNavigationProfileCreated,
    }
    impl ::std::fmt::Display for EventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InvitationCreated => f.write_str("invitation.created"),
                Self::InvitationAccepted => f.write_str("invitation.accepted"),
                Self::TestTakerCreated => f.write_str("test_taker.created"),
                Self::TestTakerAssessmentCompleted => {
                    f.write_str("test_taker.assessment_completed")
                }
                Self::CareerNavigationProfileCreated => {
                    f.write_str("career_navigation_profile.created")
                }
            }
        }
    }
    impl ::std::str::FromStr for EventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "invitation.created" => Ok(Self::InvitationCreated),
                "invitation.accepted" => Ok(Self::InvitationAccepted),
                "test_taker.created" => Ok(Self::TestTakerCreated),
                "test_taker.assessment_completed" => {
                    Ok(Self::TestTakerAssessmentCompleted)
                }
                "career_navigation_profile.created" => {
                    Ok(Self::CareerNavigationProfileCreated)
                }
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An `EventType`, or a value added by the vendor later.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum EventTypeValue {
        EventType(EventType),
        Other(EventTypeValueOther),
    }
    impl ::std::convert::From<EventType> for EventTypeValue {
        fn from(value: EventType) -> Self {
            Self::EventType(value)
        }
    }
    impl ::std::convert::From<EventTypeValueOther> for EventTypeValue {
        fn from(value: EventTypeValueOther) -> Self {
            Self::Other(value)
        }
    }
    ///`EventTypeValueOther`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct EventTypeValueOther(::std::string::String);
    impl ::std::ops::Deref for EventTypeValueOther {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<EventTypeValueOther> for ::std::string::String {
        fn from(value: EventTypeValueOther) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for EventTypeValueOther {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if [
                "invitation.created".to_string(),
                "invitation.accepted".to_string(),
                "test_taker.created".to_string(),
                "test_taker.assessment_completed".to_string(),
                "career_navigation_profile.created".to_string(),
            ]
                .contains(&value)
            {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for EventTypeValueOther {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<::std::string::String>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    ///`GetScorecardSp`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct GetScorecardSp(::std::string::String);
    impl ::std::ops::Deref for GetScorecardSp {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetScorecardSp> for ::std::string::String {
        fn from(value: GetScorecardSp) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetScorecardSp {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for GetScorecardSp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetScorecardSp {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    #[cfg(feature = "deserialize-requests")]
    impl<'de> ::serde::Deserialize<'de> for GetScorecardSp {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Body of the health check; its keys are not documented and all are kept.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct Healthcheck(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for Healthcheck {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<Healthcheck>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: Healthcheck) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for Healthcheck {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///An invitation: the participant, their start link and, once accepted, the test taker it produced. The vendor calls the create answer complete but only part of it could be read; unknown keys are kept.
    #[derive(::serde::Serialize, Clone)]
    pub struct Invitation {
        ///When the participant accepted; null until then.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accepted_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The participant's personal link to start the assessments.
        pub assessment_url: ::std::string::String,
        ///The participant's career navigation profile; null until one exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_navigation_profile_id: ::std::option::Option<::std::string::String>,
        ///Participant's email address.
        pub email: ::std::string::String,
        ///Participant's first name.
        pub first_name: ::std::string::String,
        ///Invitation id.
        pub id: i64,
        ///Participant's last name.
        pub last_name: ::std::string::String,
        ///Kind of key that answered; present in API answers, not in webhook events.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<ModeValue>,
        ///Always `invitation`.
        pub object: ::std::string::String,
        ///Your identifier for the participant, as sent on create.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///The test taker created on acceptance; null until then.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_taker_id: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for Invitation {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Invitation;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct Invitation")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<Invitation, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __accepted_at: ::std::option::Option<
                        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    > = ::std::option::Option::None;
                    let mut __assessment_url: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __career_navigation_profile_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __first_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __last_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<
                        ::std::option::Option<ModeValue>,
                    > = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __person_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __test_taker_id: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "accepted_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __accepted_at,
                                    "accepted_at",
                                )?
                            }
                            "assessment_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __assessment_url,
                                    "assessment_url",
                                )?
                            }
                            "career_navigation_profile_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_navigation_profile_id,
                                    "career_navigation_profile_id",
                                )?
                            }
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "first_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __first_name,
                                    "first_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "last_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __last_name,
                                    "last_name",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "person_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __person_id,
                                    "person_id",
                                )?
                            }
                            "test_taker_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __test_taker_id,
                                    "test_taker_id",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(Invitation {
                        accepted_at: __accepted_at.flatten(),
                        assessment_url: ::hirekit_runtime::de::required(
                            __assessment_url,
                            "assessment_url",
                        )?,
                        career_navigation_profile_id: __career_navigation_profile_id
                            .flatten(),
                        email: ::hirekit_runtime::de::required(__email, "email")?,
                        first_name: ::hirekit_runtime::de::required(
                            __first_name,
                            "first_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        last_name: ::hirekit_runtime::de::required(
                            __last_name,
                            "last_name",
                        )?,
                        mode: __mode.flatten(),
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        person_id: __person_id.flatten(),
                        test_taker_id: __test_taker_id.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Sent when the participant accepts an invitation (which also creates the test taker); carries the invitation.
    #[derive(::serde::Serialize, Clone)]
    pub struct InvitationAcceptedEvent {
        ///API version the payload follows.
        pub api_version: ::std::string::String,
        ///When the event happened.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The invitation that was accepted.
        pub data: InvitationEventData,
        ///Event id, starting with `evt_`.
        pub id: ::std::string::String,
        ///Always `event`.
        pub object: ::std::string::String,
        ///Always `invitation.accepted`.
        #[serde(rename = "type")]
        pub type_: InvitationAcceptedEventType,
        ///The endpoint JOFI delivered to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_url: ::std::option::Option<::std::string::String>,
        ///How the delivery can be verified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_verification_method: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for InvitationAcceptedEvent {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = InvitationAcceptedEvent;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct InvitationAcceptedEvent")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<InvitationAcceptedEvent, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __api_version: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __created_at: ::std::option::Option<
                        ::chrono::DateTime<::chrono::offset::Utc>,
                    > = ::std::option::Option::None;
                    let mut __data: ::std::option::Option<InvitationEventData> = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __type_: ::std::option::Option<
                        InvitationAcceptedEventType,
                    > = ::std::option::Option::None;
                    let mut __webhook_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __webhook_verification_method: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "api_version" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __api_version,
                                    "api_version",
                                )?
                            }
                            "created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __created_at,
                                    "created_at",
                                )?
                            }
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "type" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __type_,
                                    "type",
                                )?
                            }
                            "webhook_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_url,
                                    "webhook_url",
                                )?
                            }
                            "webhook_verification_method" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_verification_method,
                                    "webhook_verification_method",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(InvitationAcceptedEvent {
                        api_version: ::hirekit_runtime::de::required(
                            __api_version,
                            "api_version",
                        )?,
                        created_at: ::hirekit_runtime::de::required(
                            __created_at,
                            "created_at",
                        )?,
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        type_: ::hirekit_runtime::de::required(__type_, "type")?,
                        webhook_url: __webhook_url.flatten(),
                        webhook_verification_method: __webhook_verification_method
                            .flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Always `invitation.accepted`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum InvitationAcceptedEventType {
        #[serde(rename = "invitation.accepted")]
        InvitationAccepted,
    }
    impl ::std::fmt::Display for InvitationAcceptedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InvitationAccepted => f.write_str("invitation.accepted"),
            }
        }
    }
    impl ::std::str::FromStr for InvitationAcceptedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "invitation.accepted" => Ok(Self::InvitationAccepted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InvitationAcceptedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InvitationAcceptedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Sent when an invitation is created; carries the invitation.
    #[derive(::serde::Serialize, Clone)]
    pub struct InvitationCreatedEvent {
        ///API version the payload follows.
        pub api_version: ::std::string::String,
        ///When the event happened.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: InvitationEventData,
        ///Event id, starting with `evt_`.
        pub id: ::std::string::String,
        ///Always `event`.
        pub object: ::std::string::String,
        ///Always `invitation.created`.
        #[serde(rename = "type")]
        pub type_: InvitationCreatedEventType,
        ///The endpoint JOFI delivered to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_url: ::std::option::Option<::std::string::String>,
        ///How the delivery can be verified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_verification_method: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for InvitationCreatedEvent {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = InvitationCreatedEvent;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct InvitationCreatedEvent")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<InvitationCreatedEvent, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __api_version: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __created_at: ::std::option::Option<
                        ::chrono::DateTime<::chrono::offset::Utc>,
                    > = ::std::option::Option::None;
                    let mut __data: ::std::option::Option<InvitationEventData> = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __type_: ::std::option::Option<InvitationCreatedEventType> = ::std::option::Option::None;
                    let mut __webhook_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __webhook_verification_method: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "api_version" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __api_version,
                                    "api_version",
                                )?
                            }
                            "created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __created_at,
                                    "created_at",
                                )?
                            }
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "type" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __type_,
                                    "type",
                                )?
                            }
                            "webhook_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_url,
                                    "webhook_url",
                                )?
                            }
                            "webhook_verification_method" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_verification_method,
                                    "webhook_verification_method",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(InvitationCreatedEvent {
                        api_version: ::hirekit_runtime::de::required(
                            __api_version,
                            "api_version",
                        )?,
                        created_at: ::hirekit_runtime::de::required(
                            __created_at,
                            "created_at",
                        )?,
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        type_: ::hirekit_runtime::de::required(__type_, "type")?,
                        webhook_url: __webhook_url.flatten(),
                        webhook_verification_method: __webhook_verification_method
                            .flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Always `invitation.created`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum InvitationCreatedEventType {
        #[serde(rename = "invitation.created")]
        InvitationCreated,
    }
    impl ::std::fmt::Display for InvitationCreatedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::InvitationCreated => f.write_str("invitation.created"),
            }
        }
    }
    impl ::std::str::FromStr for InvitationCreatedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "invitation.created" => Ok(Self::InvitationCreated),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for InvitationCreatedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for InvitationCreatedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The invitation an event is about.
    #[derive(::serde::Serialize, Clone)]
    pub struct InvitationEventData {
        pub object: Invitation,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for InvitationEventData {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = InvitationEventData;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct InvitationEventData")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<InvitationEventData, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __object: ::std::option::Option<Invitation> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(InvitationEventData {
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Recent invitations in the shared list envelope.
    #[derive(::serde::Serialize, Clone)]
    pub struct InvitationList {
        ///The invitations, most recent first.
        pub data: ::std::vec::Vec<InvitationListItem>,
        ///Whether more invitations exist than were returned.
        pub has_more: bool,
        pub mode: ModeValue,
        ///Always `list`.
        pub object: ::std::string::String,
        ///Number of invitations in the account, not just in this answer.
        pub total_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for InvitationList {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = InvitationList;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct InvitationList")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<InvitationList, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __data: ::std::option::Option<
                        ::std::vec::Vec<InvitationListItem>,
                    > = ::std::option::Option::None;
                    let mut __has_more: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<ModeValue> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __total_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "has_more" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __has_more,
                                    "has_more",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "total_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __total_count,
                                    "total_count",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(InvitationList {
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        has_more: ::hirekit_runtime::de::required(
                            __has_more,
                            "has_more",
                        )?,
                        mode: ::hirekit_runtime::de::required(__mode, "mode")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        total_count: ::hirekit_runtime::de::required(
                            __total_count,
                            "total_count",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///An invitation as listed. Its fields are assumed to mirror `Invitation`; every key is optional and unknown keys are kept.
    #[derive(::serde::Serialize, Clone)]
    pub struct InvitationListItem {
        ///When the participant accepted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accepted_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The participant's personal start link.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assessment_url: ::std::option::Option<::std::string::String>,
        ///The participant's career navigation profile.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_navigation_profile_id: ::std::option::Option<::std::string::String>,
        ///Participant's email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Participant's first name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        ///Invitation id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Participant's last name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        ///Kind of object, presumably `invitation_list_item`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        ///Your identifier for the participant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///The test taker created on acceptance.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_taker_id: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for InvitationListItem {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = InvitationListItem;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct InvitationListItem")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<InvitationListItem, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __accepted_at: ::std::option::Option<
                        ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                    > = ::std::option::Option::None;
                    let mut __assessment_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __career_navigation_profile_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __first_name: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<::std::option::Option<i64>> = ::std::option::Option::None;
                    let mut __last_name: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __person_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __test_taker_id: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "accepted_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __accepted_at,
                                    "accepted_at",
                                )?
                            }
                            "assessment_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __assessment_url,
                                    "assessment_url",
                                )?
                            }
                            "career_navigation_profile_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_navigation_profile_id,
                                    "career_navigation_profile_id",
                                )?
                            }
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "first_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __first_name,
                                    "first_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "last_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __last_name,
                                    "last_name",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "person_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __person_id,
                                    "person_id",
                                )?
                            }
                            "test_taker_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __test_taker_id,
                                    "test_taker_id",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(InvitationListItem {
                        accepted_at: __accepted_at.flatten(),
                        assessment_url: __assessment_url.flatten(),
                        career_navigation_profile_id: __career_navigation_profile_id
                            .flatten(),
                        email: __email.flatten(),
                        first_name: __first_name.flatten(),
                        id: __id.flatten(),
                        last_name: __last_name.flatten(),
                        object: __object.flatten(),
                        person_id: __person_id.flatten(),
                        test_taker_id: __test_taker_id.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///A test taker's job-fit report. Its content is not described; all keys are kept.
    #[derive(::serde::Serialize, Clone)]
    pub struct JobFitReport {
        ///Kind of key that answered.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<ModeValue>,
        ///Kind of object (value not documented).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for JobFitReport {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = JobFitReport;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct JobFitReport")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<JobFitReport, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __mode: ::std::option::Option<
                        ::std::option::Option<ModeValue>,
                    > = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(JobFitReport {
                        mode: __mode.flatten(),
                        object: __object.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Which kind of key answered: `live` (real records) or `test` (fake records).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum Mode {
        #[serde(rename = "live")]
        Live,
        #[serde(rename = "test")]
        Test,
    }
    impl ::std::fmt::Display for Mode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Live => f.write_str("live"),
                Self::Test => f.write_str("test"),
            }
        }
    }
    impl ::std::str::FromStr for Mode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "live" => Ok(Self::Live),
                "test" => Ok(Self::Test),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for Mode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for Mode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A `Mode`, or a value added by the vendor later.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ModeValue {
        Mode(Mode),
        Other(ModeValueOther),
    }
    impl ::std::convert::From<Mode> for ModeValue {
        fn from(value: Mode) -> Self {
            Self::Mode(value)
        }
    }
    impl ::std::convert::From<ModeValueOther> for ModeValue {
        fn from(value: ModeValueOther) -> Self {
            Self::Other(value)
        }
    }
    ///`ModeValueOther`
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ModeValueOther(::std::string::String);
    impl ::std::ops::Deref for ModeValueOther {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ModeValueOther> for ::std::string::String {
        fn from(value: ModeValueOther) -> Self {
            value.0
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ModeValueOther {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if ["live".to_string(), "test".to_string()].contains(&value) {
                Err("invalid value".into())
            } else {
                Ok(Self(value))
            }
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ModeValueOther {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            Self::try_from(<::std::string::String>::deserialize(deserializer)?)
                .map_err(|e| { <D::Error as ::serde::de::Error>::custom(e.to_string()) })
        }
    }
    ///One score of a scorecard: an overall score with its facets, or a facet. Facets have the same shape and usually no `facets` key.
    #[derive(::serde::Serialize, Clone)]
    pub struct Score {
        ///Explanation of what the score measures.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Name of the score.
        pub display_name: ::std::string::String,
        ///Sub-scores of an overall score.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub facets: ::std::vec::Vec<Score>,
        ///Score id.
        pub id: i64,
        ///Whether the score is starred in the score profile.
        pub is_starred: bool,
        ///Always `score`.
        pub object: ::std::string::String,
        ///Short name of the score.
        pub short_name: ::std::string::String,
        ///The test taker's result; null when there is none yet.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub test_taker_score: ::std::option::Option<f64>,
        ///Band threshold of the score (its meaning is not documented).
        pub yellow_band: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for Score {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Score;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct Score")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<Score, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __description: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __display_name: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __facets: ::std::option::Option<::std::vec::Vec<Score>> = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __is_starred: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __short_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __test_taker_score: ::std::option::Option<
                        ::std::option::Option<f64>,
                    > = ::std::option::Option::None;
                    let mut __yellow_band: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "description" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __description,
                                    "description",
                                )?
                            }
                            "display_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name,
                                    "display_name",
                                )?
                            }
                            "facets" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __facets,
                                    "facets",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "is_starred" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __is_starred,
                                    "is_starred",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "short_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __short_name,
                                    "short_name",
                                )?
                            }
                            "test_taker_score" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __test_taker_score,
                                    "test_taker_score",
                                )?
                            }
                            "yellow_band" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __yellow_band,
                                    "yellow_band",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(Score {
                        description: __description.flatten(),
                        display_name: ::hirekit_runtime::de::required(
                            __display_name,
                            "display_name",
                        )?,
                        facets: __facets.unwrap_or_default(),
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        is_starred: ::hirekit_runtime::de::required(
                            __is_starred,
                            "is_starred",
                        )?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        short_name: ::hirekit_runtime::de::required(
                            __short_name,
                            "short_name",
                        )?,
                        test_taker_score: __test_taker_score.flatten(),
                        yellow_band: ::hirekit_runtime::de::required(
                            __yellow_band,
                            "yellow_band",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The enabled system score profiles in the shared list envelope.
    #[derive(::serde::Serialize, Clone)]
    pub struct ScoreProfileList {
        ///The score profiles.
        pub data: ::std::vec::Vec<ScoreProfileListItem>,
        ///Whether more profiles exist than were returned.
        pub has_more: bool,
        pub mode: ModeValue,
        ///Always `list`.
        pub object: ::std::string::String,
        ///Number of enabled system score profiles.
        pub total_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for ScoreProfileList {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ScoreProfileList;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct ScoreProfileList")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<ScoreProfileList, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __data: ::std::option::Option<
                        ::std::vec::Vec<ScoreProfileListItem>,
                    > = ::std::option::Option::None;
                    let mut __has_more: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<ModeValue> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __total_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "has_more" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __has_more,
                                    "has_more",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "total_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __total_count,
                                    "total_count",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(ScoreProfileList {
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        has_more: ::hirekit_runtime::de::required(
                            __has_more,
                            "has_more",
                        )?,
                        mode: ::hirekit_runtime::de::required(__mode, "mode")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        total_count: ::hirekit_runtime::de::required(
                            __total_count,
                            "total_count",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///A JOFI system score profile enabled for the account.
    #[derive(::serde::Serialize, Clone)]
    pub struct ScoreProfileListItem {
        ///Name of the score profile.
        pub display_name: ::std::string::String,
        ///Score profile id.
        pub id: i64,
        ///Always `score_profile_list_item`.
        pub object: ::std::string::String,
        ///Short name, the value `get_scorecard` takes as `sp`.
        pub short_name: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for ScoreProfileListItem {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ScoreProfileListItem;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct ScoreProfileListItem")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<ScoreProfileListItem, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __display_name: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __short_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "display_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name,
                                    "display_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "short_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __short_name,
                                    "short_name",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(ScoreProfileListItem {
                        display_name: ::hirekit_runtime::de::required(
                            __display_name,
                            "display_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        short_name: ::hirekit_runtime::de::required(
                            __short_name,
                            "short_name",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The score profile a scorecard is measured against.
    #[derive(::serde::Serialize, Clone)]
    pub struct ScoreProfileRef {
        ///Name of the score profile.
        pub display_name: ::std::string::String,
        ///Score profile id.
        pub id: i64,
        ///RIASEC letters of the profile.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub riasec_profile: ::std::option::Option<::std::string::String>,
        ///Short name, the value passed as `sp`.
        pub short_name: ::std::string::String,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for ScoreProfileRef {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ScoreProfileRef;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct ScoreProfileRef")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<ScoreProfileRef, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __display_name: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __riasec_profile: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __short_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "display_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name,
                                    "display_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "riasec_profile" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __riasec_profile,
                                    "riasec_profile",
                                )?
                            }
                            "short_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __short_name,
                                    "short_name",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(ScoreProfileRef {
                        display_name: ::hirekit_runtime::de::required(
                            __display_name,
                            "display_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        riasec_profile: __riasec_profile.flatten(),
                        short_name: ::hirekit_runtime::de::required(
                            __short_name,
                            "short_name",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///How a test taker's scores line up with one score profile, the same data as the web scorecard.
    #[derive(::serde::Serialize, Clone)]
    pub struct Scorecard {
        ///The test taker's career navigation profile.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_navigation_profile_id: ::std::option::Option<::std::string::String>,
        ///Grouping key given on the invitation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_id: ::std::option::Option<::std::string::String>,
        ///Email address.
        pub email: ::std::string::String,
        ///First name.
        pub first_name: ::std::string::String,
        ///The originating invitation.
        pub invitation_id: i64,
        ///Last name.
        pub last_name: ::std::string::String,
        pub mode: ModeValue,
        ///Always `scorecard`.
        pub object: ::std::string::String,
        ///Your identifier for the participant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///The test taker's RIASEC letters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub riasec_profile: ::std::option::Option<::std::string::String>,
        pub score_profile: ScoreProfileRef,
        ///Link to the web version of this scorecard.
        pub scorecard_url: ::std::string::String,
        pub scores: ScorecardScores,
        ///The test taker.
        pub test_taker_id: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for Scorecard {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Scorecard;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct Scorecard")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<Scorecard, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __career_navigation_profile_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __custom_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __first_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __invitation_id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __last_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<ModeValue> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __person_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __riasec_profile: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __score_profile: ::std::option::Option<ScoreProfileRef> = ::std::option::Option::None;
                    let mut __scorecard_url: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __scores: ::std::option::Option<ScorecardScores> = ::std::option::Option::None;
                    let mut __test_taker_id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "career_navigation_profile_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_navigation_profile_id,
                                    "career_navigation_profile_id",
                                )?
                            }
                            "custom_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __custom_id,
                                    "custom_id",
                                )?
                            }
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "first_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __first_name,
                                    "first_name",
                                )?
                            }
                            "invitation_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitation_id,
                                    "invitation_id",
                                )?
                            }
                            "last_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __last_name,
                                    "last_name",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "person_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __person_id,
                                    "person_id",
                                )?
                            }
                            "riasec_profile" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __riasec_profile,
                                    "riasec_profile",
                                )?
                            }
                            "score_profile" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __score_profile,
                                    "score_profile",
                                )?
                            }
                            "scorecard_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __scorecard_url,
                                    "scorecard_url",
                                )?
                            }
                            "scores" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __scores,
                                    "scores",
                                )?
                            }
                            "test_taker_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __test_taker_id,
                                    "test_taker_id",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(Scorecard {
                        career_navigation_profile_id: __career_navigation_profile_id
                            .flatten(),
                        custom_id: __custom_id.flatten(),
                        email: ::hirekit_runtime::de::required(__email, "email")?,
                        first_name: ::hirekit_runtime::de::required(
                            __first_name,
                            "first_name",
                        )?,
                        invitation_id: ::hirekit_runtime::de::required(
                            __invitation_id,
                            "invitation_id",
                        )?,
                        last_name: ::hirekit_runtime::de::required(
                            __last_name,
                            "last_name",
                        )?,
                        mode: ::hirekit_runtime::de::required(__mode, "mode")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        person_id: __person_id.flatten(),
                        riasec_profile: __riasec_profile.flatten(),
                        score_profile: ::hirekit_runtime::de::required(
                            __score_profile,
                            "score_profile",
                        )?,
                        scorecard_url: ::hirekit_runtime::de::required(
                            __scorecard_url,
                            "scorecard_url",
                        )?,
                        scores: ::hirekit_runtime::de::required(__scores, "scores")?,
                        test_taker_id: ::hirekit_runtime::de::required(
                            __test_taker_id,
                            "test_taker_id",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The scorecard's scores by section; a section is null when it has no scores. Other sections may exist and are kept.
    #[derive(::serde::Serialize, Clone)]
    pub struct ScorecardScores {
        ///Personality-trait scores.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub personality_traits: ::std::option::Option<::std::vec::Vec<Score>>,
        ///Thinking-skills scores.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub thinking_skills: ::std::option::Option<::std::vec::Vec<Score>>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for ScorecardScores {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = ScorecardScores;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct ScorecardScores")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<ScorecardScores, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __personality_traits: ::std::option::Option<
                        ::std::option::Option<::std::vec::Vec<Score>>,
                    > = ::std::option::Option::None;
                    let mut __thinking_skills: ::std::option::Option<
                        ::std::option::Option<::std::vec::Vec<Score>>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "personality_traits" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __personality_traits,
                                    "personality_traits",
                                )?
                            }
                            "thinking_skills" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __thinking_skills,
                                    "thinking_skills",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(ScorecardScores {
                        personality_traits: __personality_traits.flatten(),
                        thinking_skills: __thinking_skills.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The account's teams in the shared list envelope.
    #[derive(::serde::Serialize, Clone)]
    pub struct TeamList {
        ///The teams.
        pub data: ::std::vec::Vec<TeamListItem>,
        ///Whether more teams exist than were returned.
        pub has_more: bool,
        pub mode: ModeValue,
        ///Always `list`.
        pub object: ::std::string::String,
        ///Number of teams in the account.
        pub total_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for TeamList {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = TeamList;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct TeamList")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<TeamList, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __data: ::std::option::Option<
                        ::std::vec::Vec<TeamListItem>,
                    > = ::std::option::Option::None;
                    let mut __has_more: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<ModeValue> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __total_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "has_more" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __has_more,
                                    "has_more",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "total_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __total_count,
                                    "total_count",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(TeamList {
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        has_more: ::hirekit_runtime::de::required(
                            __has_more,
                            "has_more",
                        )?,
                        mode: ::hirekit_runtime::de::required(__mode, "mode")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        total_count: ::hirekit_runtime::de::required(
                            __total_count,
                            "total_count",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///A team of the account with its usage counters.
    #[derive(::serde::Serialize, Clone)]
    pub struct TeamListItem {
        ///Team name.
        pub display_name: ::std::string::String,
        ///Team id, usable as `team_id` on a new invitation.
        pub id: i64,
        ///Invitations sent from the team.
        pub invitations_count: i64,
        ///Always `team_list_item`.
        pub object: ::std::string::String,
        ///Test takers on the team.
        pub test_takers_count: i64,
        ///Users on the team.
        pub users_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for TeamListItem {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = TeamListItem;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct TeamListItem")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<TeamListItem, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __display_name: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __invitations_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __test_takers_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __users_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "display_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name,
                                    "display_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "invitations_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitations_count,
                                    "invitations_count",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "test_takers_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __test_takers_count,
                                    "test_takers_count",
                                )?
                            }
                            "users_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __users_count,
                                    "users_count",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(TeamListItem {
                        display_name: ::hirekit_runtime::de::required(
                            __display_name,
                            "display_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        invitations_count: ::hirekit_runtime::de::required(
                            __invitations_count,
                            "invitations_count",
                        )?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        test_takers_count: ::hirekit_runtime::de::required(
                            __test_takers_count,
                            "test_takers_count",
                        )?,
                        users_count: ::hirekit_runtime::de::required(
                            __users_count,
                            "users_count",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The team a record belongs to.
    #[derive(::serde::Serialize, Clone)]
    pub struct TeamRef {
        ///Team name.
        pub display_name: ::std::string::String,
        ///Team id.
        pub id: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for TeamRef {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = TeamRef;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct TeamRef")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<TeamRef, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __display_name: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "display_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __display_name,
                                    "display_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(TeamRef {
                        display_name: ::hirekit_runtime::de::required(
                            __display_name,
                            "display_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///A participant who accepted an invitation, with their assigned assessments. Known from webhook payloads; the fields after `assigned_assessments` are assumed from the list item and optional. Unknown keys are kept.
    #[derive(::serde::Serialize, Clone)]
    pub struct TestTaker {
        ///The account.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub account: ::std::option::Option<AccountRef>,
        ///Personal link to start the assessments.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub assessment_url: ::std::option::Option<::std::string::String>,
        ///The assessments assigned to the test taker.
        pub assigned_assessments: ::std::vec::Vec<AssignedAssessment>,
        ///The test taker's career navigation profile, when one exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_navigation_profile_id: ::std::option::Option<::std::string::String>,
        ///Link to the career navigation site for this test taker.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_navigation_url: ::std::option::Option<::std::string::String>,
        ///Link to the career options spotlight.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_options_spotlight_url: ::std::option::Option<::std::string::String>,
        ///Grouping key given on the invitation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_id: ::std::option::Option<::std::string::String>,
        ///Email address.
        pub email: ::std::string::String,
        ///First name.
        pub first_name: ::std::string::String,
        ///Test taker id.
        pub id: i64,
        ///When the originating invitation was created.
        pub invitation_created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The originating invitation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invitation_id: ::std::option::Option<i64>,
        ///Link to the job-fit summary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_fit_summary_url: ::std::option::Option<::std::string::String>,
        ///Last name.
        pub last_name: ::std::string::String,
        ///Kind of key that answered; present in API answers, not in webhook events.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mode: ::std::option::Option<ModeValue>,
        ///Always `test_taker`.
        pub object: ::std::string::String,
        ///Your identifier for the participant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///Link to the web scorecard.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scorecard_url: ::std::option::Option<::std::string::String>,
        ///The test taker's team.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub team: ::std::option::Option<TeamRef>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for TestTaker {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = TestTaker;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct TestTaker")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<TestTaker, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __account: ::std::option::Option<
                        ::std::option::Option<AccountRef>,
                    > = ::std::option::Option::None;
                    let mut __assessment_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __assigned_assessments: ::std::option::Option<
                        ::std::vec::Vec<AssignedAssessment>,
                    > = ::std::option::Option::None;
                    let mut __career_navigation_profile_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __career_navigation_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __career_options_spotlight_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __custom_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __first_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __invitation_created_at: ::std::option::Option<
                        ::chrono::DateTime<::chrono::offset::Utc>,
                    > = ::std::option::Option::None;
                    let mut __invitation_id: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    let mut __job_fit_summary_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __last_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<
                        ::std::option::Option<ModeValue>,
                    > = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __person_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __scorecard_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __team: ::std::option::Option<
                        ::std::option::Option<TeamRef>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "account" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __account,
                                    "account",
                                )?
                            }
                            "assessment_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __assessment_url,
                                    "assessment_url",
                                )?
                            }
                            "assigned_assessments" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __assigned_assessments,
                                    "assigned_assessments",
                                )?
                            }
                            "career_navigation_profile_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_navigation_profile_id,
                                    "career_navigation_profile_id",
                                )?
                            }
                            "career_navigation_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_navigation_url,
                                    "career_navigation_url",
                                )?
                            }
                            "career_options_spotlight_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_options_spotlight_url,
                                    "career_options_spotlight_url",
                                )?
                            }
                            "custom_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __custom_id,
                                    "custom_id",
                                )?
                            }
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "first_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __first_name,
                                    "first_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "invitation_created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitation_created_at,
                                    "invitation_created_at",
                                )?
                            }
                            "invitation_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitation_id,
                                    "invitation_id",
                                )?
                            }
                            "job_fit_summary_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __job_fit_summary_url,
                                    "job_fit_summary_url",
                                )?
                            }
                            "last_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __last_name,
                                    "last_name",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "person_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __person_id,
                                    "person_id",
                                )?
                            }
                            "scorecard_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __scorecard_url,
                                    "scorecard_url",
                                )?
                            }
                            "team" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __team,
                                    "team",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(TestTaker {
                        account: __account.flatten(),
                        assessment_url: __assessment_url.flatten(),
                        assigned_assessments: ::hirekit_runtime::de::required(
                            __assigned_assessments,
                            "assigned_assessments",
                        )?,
                        career_navigation_profile_id: __career_navigation_profile_id
                            .flatten(),
                        career_navigation_url: __career_navigation_url.flatten(),
                        career_options_spotlight_url: __career_options_spotlight_url
                            .flatten(),
                        custom_id: __custom_id.flatten(),
                        email: ::hirekit_runtime::de::required(__email, "email")?,
                        first_name: ::hirekit_runtime::de::required(
                            __first_name,
                            "first_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        invitation_created_at: ::hirekit_runtime::de::required(
                            __invitation_created_at,
                            "invitation_created_at",
                        )?,
                        invitation_id: __invitation_id.flatten(),
                        job_fit_summary_url: __job_fit_summary_url.flatten(),
                        last_name: ::hirekit_runtime::de::required(
                            __last_name,
                            "last_name",
                        )?,
                        mode: __mode.flatten(),
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        person_id: __person_id.flatten(),
                        scorecard_url: __scorecard_url.flatten(),
                        team: __team.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Sent when a test taker completes an assessment; carries the test taker.
    #[derive(::serde::Serialize, Clone)]
    pub struct TestTakerAssessmentCompletedEvent {
        ///API version the payload follows.
        pub api_version: ::std::string::String,
        ///When the event happened.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The test taker who completed an assessment.
        pub data: TestTakerEventData,
        ///Event id, starting with `evt_`.
        pub id: ::std::string::String,
        ///Always `event`.
        pub object: ::std::string::String,
        ///Always `test_taker.assessment_completed`.
        #[serde(rename = "type")]
        pub type_: TestTakerAssessmentCompletedEventType,
        ///The endpoint JOFI delivered to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_url: ::std::option::Option<::std::string::String>,
        ///How the delivery can be verified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_verification_method: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for TestTakerAssessmentCompletedEvent {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = TestTakerAssessmentCompletedEvent;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct TestTakerAssessmentCompletedEvent")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<TestTakerAssessmentCompletedEvent, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __api_version: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __created_at: ::std::option::Option<
                        ::chrono::DateTime<::chrono::offset::Utc>,
                    > = ::std::option::Option::None;
                    let mut __data: ::std::option::Option<TestTakerEventData> = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __type_: ::std::option::Option<
                        TestTakerAssessmentCompletedEventType,
                    > = ::std::option::Option::None;
                    let mut __webhook_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __webhook_verification_method: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "api_version" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __api_version,
                                    "api_version",
                                )?
                            }
                            "created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __created_at,
                                    "created_at",
                                )?
                            }
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "type" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __type_,
                                    "type",
                                )?
                            }
                            "webhook_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_url,
                                    "webhook_url",
                                )?
                            }
                            "webhook_verification_method" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_verification_method,
                                    "webhook_verification_method",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(TestTakerAssessmentCompletedEvent {
                        api_version: ::hirekit_runtime::de::required(
                            __api_version,
                            "api_version",
                        )?,
                        created_at: ::hirekit_runtime::de::required(
                            __created_at,
                            "created_at",
                        )?,
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        type_: ::hirekit_runtime::de::required(__type_, "type")?,
                        webhook_url: __webhook_url.flatten(),
                        webhook_verification_method: __webhook_verification_method
                            .flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Always `test_taker.assessment_completed`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TestTakerAssessmentCompletedEventType {
        #[serde(rename = "test_taker.assessment_completed")]
        TestTakerAssessmentCompleted,
    }
    impl ::std::fmt::Display for TestTakerAssessmentCompletedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TestTakerAssessmentCompleted => {
                    f.write_str("test_taker.assessment_completed")
                }
            }
        }
    }
    impl ::std::str::FromStr for TestTakerAssessmentCompletedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "test_taker.assessment_completed" => {
                    Ok(Self::TestTakerAssessmentCompleted)
                }
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TestTakerAssessmentCompletedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for TestTakerAssessmentCompletedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Sent when a test taker is created (on acceptance of an invitation); carries the test taker.
    #[derive(::serde::Serialize, Clone)]
    pub struct TestTakerCreatedEvent {
        ///API version the payload follows.
        pub api_version: ::std::string::String,
        ///When the event happened.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub data: TestTakerEventData,
        ///Event id, starting with `evt_`.
        pub id: ::std::string::String,
        ///Always `event`.
        pub object: ::std::string::String,
        ///Always `test_taker.created`.
        #[serde(rename = "type")]
        pub type_: TestTakerCreatedEventType,
        ///The endpoint JOFI delivered to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_url: ::std::option::Option<::std::string::String>,
        ///How the delivery can be verified.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub webhook_verification_method: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for TestTakerCreatedEvent {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = TestTakerCreatedEvent;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct TestTakerCreatedEvent")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<TestTakerCreatedEvent, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __api_version: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __created_at: ::std::option::Option<
                        ::chrono::DateTime<::chrono::offset::Utc>,
                    > = ::std::option::Option::None;
                    let mut __data: ::std::option::Option<TestTakerEventData> = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __type_: ::std::option::Option<TestTakerCreatedEventType> = ::std::option::Option::None;
                    let mut __webhook_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __webhook_verification_method: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "api_version" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __api_version,
                                    "api_version",
                                )?
                            }
                            "created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __created_at,
                                    "created_at",
                                )?
                            }
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "type" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __type_,
                                    "type",
                                )?
                            }
                            "webhook_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_url,
                                    "webhook_url",
                                )?
                            }
                            "webhook_verification_method" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __webhook_verification_method,
                                    "webhook_verification_method",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(TestTakerCreatedEvent {
                        api_version: ::hirekit_runtime::de::required(
                            __api_version,
                            "api_version",
                        )?,
                        created_at: ::hirekit_runtime::de::required(
                            __created_at,
                            "created_at",
                        )?,
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        type_: ::hirekit_runtime::de::required(__type_, "type")?,
                        webhook_url: __webhook_url.flatten(),
                        webhook_verification_method: __webhook_verification_method
                            .flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Always `test_taker.created`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum TestTakerCreatedEventType {
        #[serde(rename = "test_taker.created")]
        TestTakerCreated,
    }
    impl ::std::fmt::Display for TestTakerCreatedEventType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TestTakerCreated => f.write_str("test_taker.created"),
            }
        }
    }
    impl ::std::str::FromStr for TestTakerCreatedEventType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "test_taker.created" => Ok(Self::TestTakerCreated),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TestTakerCreatedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TestTakerCreatedEventType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The test taker an event is about.
    #[derive(::serde::Serialize, Clone)]
    pub struct TestTakerEventData {
        pub object: TestTaker,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for TestTakerEventData {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = TestTakerEventData;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct TestTakerEventData")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<TestTakerEventData, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __object: ::std::option::Option<TestTaker> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(TestTakerEventData {
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The 30 most recent test takers in the shared list envelope.
    #[derive(::serde::Serialize, Clone)]
    pub struct TestTakerList {
        ///The test takers, most recent first.
        pub data: ::std::vec::Vec<TestTakerListItem>,
        ///Whether older test takers exist than were returned.
        pub has_more: bool,
        pub mode: ModeValue,
        ///Always `list`.
        pub object: ::std::string::String,
        ///Number of test takers in the account, not just in this answer.
        pub total_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for TestTakerList {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = TestTakerList;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct TestTakerList")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<TestTakerList, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __data: ::std::option::Option<
                        ::std::vec::Vec<TestTakerListItem>,
                    > = ::std::option::Option::None;
                    let mut __has_more: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<ModeValue> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __total_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "has_more" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __has_more,
                                    "has_more",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "total_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __total_count,
                                    "total_count",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(TestTakerList {
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        has_more: ::hirekit_runtime::de::required(
                            __has_more,
                            "has_more",
                        )?,
                        mode: ::hirekit_runtime::de::required(__mode, "mode")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        total_count: ::hirekit_runtime::de::required(
                            __total_count,
                            "total_count",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///A test taker as listed, with the links to their results.
    #[derive(::serde::Serialize, Clone)]
    pub struct TestTakerListItem {
        pub account: AccountRef,
        ///Personal link to start the assessments.
        pub assessment_url: ::std::string::String,
        ///The test taker's career navigation profile; null when none exists.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_navigation_profile_id: ::std::option::Option<::std::string::String>,
        ///Link to the career navigation site; null without a career navigation profile.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_navigation_url: ::std::option::Option<::std::string::String>,
        ///Link to the career options spotlight (keyed by the career navigation profile id).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub career_options_spotlight_url: ::std::option::Option<::std::string::String>,
        ///Grouping key given on the invitation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_id: ::std::option::Option<::std::string::String>,
        ///Email address.
        pub email: ::std::string::String,
        ///First name.
        pub first_name: ::std::string::String,
        ///Test taker id.
        pub id: i64,
        ///When the originating invitation was created.
        pub invitation_created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The originating invitation.
        pub invitation_id: i64,
        ///Link to the job-fit summary (keyed by the career navigation profile id); null without a career navigation profile.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub job_fit_summary_url: ::std::option::Option<::std::string::String>,
        ///Last name.
        pub last_name: ::std::string::String,
        ///Always `test_taker_list_item`.
        pub object: ::std::string::String,
        ///Your identifier for the participant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///Link to the web scorecard.
        pub scorecard_url: ::std::string::String,
        pub team: TeamRef,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for TestTakerListItem {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = TestTakerListItem;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct TestTakerListItem")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<TestTakerListItem, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __account: ::std::option::Option<AccountRef> = ::std::option::Option::None;
                    let mut __assessment_url: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __career_navigation_profile_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __career_navigation_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __career_options_spotlight_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __custom_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __first_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __invitation_created_at: ::std::option::Option<
                        ::chrono::DateTime<::chrono::offset::Utc>,
                    > = ::std::option::Option::None;
                    let mut __invitation_id: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __job_fit_summary_url: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __last_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __person_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __scorecard_url: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __team: ::std::option::Option<TeamRef> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "account" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __account,
                                    "account",
                                )?
                            }
                            "assessment_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __assessment_url,
                                    "assessment_url",
                                )?
                            }
                            "career_navigation_profile_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_navigation_profile_id,
                                    "career_navigation_profile_id",
                                )?
                            }
                            "career_navigation_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_navigation_url,
                                    "career_navigation_url",
                                )?
                            }
                            "career_options_spotlight_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __career_options_spotlight_url,
                                    "career_options_spotlight_url",
                                )?
                            }
                            "custom_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __custom_id,
                                    "custom_id",
                                )?
                            }
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "first_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __first_name,
                                    "first_name",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "invitation_created_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitation_created_at,
                                    "invitation_created_at",
                                )?
                            }
                            "invitation_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __invitation_id,
                                    "invitation_id",
                                )?
                            }
                            "job_fit_summary_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __job_fit_summary_url,
                                    "job_fit_summary_url",
                                )?
                            }
                            "last_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __last_name,
                                    "last_name",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "person_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __person_id,
                                    "person_id",
                                )?
                            }
                            "scorecard_url" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __scorecard_url,
                                    "scorecard_url",
                                )?
                            }
                            "team" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __team,
                                    "team",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(TestTakerListItem {
                        account: ::hirekit_runtime::de::required(__account, "account")?,
                        assessment_url: ::hirekit_runtime::de::required(
                            __assessment_url,
                            "assessment_url",
                        )?,
                        career_navigation_profile_id: __career_navigation_profile_id
                            .flatten(),
                        career_navigation_url: __career_navigation_url.flatten(),
                        career_options_spotlight_url: __career_options_spotlight_url
                            .flatten(),
                        custom_id: __custom_id.flatten(),
                        email: ::hirekit_runtime::de::required(__email, "email")?,
                        first_name: ::hirekit_runtime::de::required(
                            __first_name,
                            "first_name",
                        )?,
                        id: ::hirekit_runtime::de::required(__id, "id")?,
                        invitation_created_at: ::hirekit_runtime::de::required(
                            __invitation_created_at,
                            "invitation_created_at",
                        )?,
                        invitation_id: ::hirekit_runtime::de::required(
                            __invitation_id,
                            "invitation_id",
                        )?,
                        job_fit_summary_url: __job_fit_summary_url.flatten(),
                        last_name: ::hirekit_runtime::de::required(
                            __last_name,
                            "last_name",
                        )?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        person_id: __person_id.flatten(),
                        scorecard_url: ::hirekit_runtime::de::required(
                            __scorecard_url,
                            "scorecard_url",
                        )?,
                        team: ::hirekit_runtime::de::required(__team, "team")?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///Changes to an invitation. Every field is optional; they mirror the create fields, plus the congratulation template that cannot be set on create.
    #[derive(::serde::Serialize, Clone, Default)]
    pub struct UpdateInvitationRequest {
        ///Assessments to assign.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub assessments_to_assign: ::std::vec::Vec<AssessmentToAssign>,
        ///Congratulation email template (a `congrats` template from `list_email_templates`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub congrats_email_template_id: ::std::option::Option<i64>,
        ///Email of the inviting JOFI user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_by_user_email: ::std::option::Option<::std::string::String>,
        ///A grouping key of your choice.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub custom_id: ::std::option::Option<::std::string::String>,
        ///Participant's email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Invitation email template.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email_template_id: ::std::option::Option<i64>,
        ///Participant's first name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<UpdateInvitationRequestFirstName>,
        ///Participant's last name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<UpdateInvitationRequestLastName>,
        ///Your own identifier for the participant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub person_id: ::std::option::Option<::std::string::String>,
        ///Participant's phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        ///Whether JOFI emails the link to the participant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub send_via_email: ::std::option::Option<bool>,
        ///Whether JOFI also texts the link.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub send_via_sms: ::std::option::Option<bool>,
        ///Team of the invitation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub team_id: ::std::option::Option<i64>,
    }
    #[cfg(feature = "deserialize-requests")]
    impl<'de> ::serde::Deserialize<'de> for UpdateInvitationRequest {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UpdateInvitationRequest;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct UpdateInvitationRequest")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<UpdateInvitationRequest, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __assessments_to_assign: ::std::option::Option<
                        ::std::vec::Vec<AssessmentToAssign>,
                    > = ::std::option::Option::None;
                    let mut __congrats_email_template_id: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    let mut __created_by_user_email: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __custom_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email_template_id: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    let mut __first_name: ::std::option::Option<
                        ::std::option::Option<UpdateInvitationRequestFirstName>,
                    > = ::std::option::Option::None;
                    let mut __last_name: ::std::option::Option<
                        ::std::option::Option<UpdateInvitationRequestLastName>,
                    > = ::std::option::Option::None;
                    let mut __person_id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __phone: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __send_via_email: ::std::option::Option<
                        ::std::option::Option<bool>,
                    > = ::std::option::Option::None;
                    let mut __send_via_sms: ::std::option::Option<
                        ::std::option::Option<bool>,
                    > = ::std::option::Option::None;
                    let mut __team_id: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "assessments_to_assign" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __assessments_to_assign,
                                    "assessments_to_assign",
                                )?
                            }
                            "congrats_email_template_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __congrats_email_template_id,
                                    "congrats_email_template_id",
                                )?
                            }
                            "created_by_user_email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __created_by_user_email,
                                    "created_by_user_email",
                                )?
                            }
                            "custom_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __custom_id,
                                    "custom_id",
                                )?
                            }
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "email_template_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email_template_id,
                                    "email_template_id",
                                )?
                            }
                            "first_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __first_name,
                                    "first_name",
                                )?
                            }
                            "last_name" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __last_name,
                                    "last_name",
                                )?
                            }
                            "person_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __person_id,
                                    "person_id",
                                )?
                            }
                            "phone" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __phone,
                                    "phone",
                                )?
                            }
                            "send_via_email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __send_via_email,
                                    "send_via_email",
                                )?
                            }
                            "send_via_sms" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __send_via_sms,
                                    "send_via_sms",
                                )?
                            }
                            "team_id" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __team_id,
                                    "team_id",
                                )?
                            }
                            _ => {
                                __map.next_value::<::serde::de::IgnoredAny>()?;
                            }
                        }
                    }
                    ::std::result::Result::Ok(UpdateInvitationRequest {
                        assessments_to_assign: __assessments_to_assign
                            .unwrap_or_default(),
                        congrats_email_template_id: __congrats_email_template_id
                            .flatten(),
                        created_by_user_email: __created_by_user_email.flatten(),
                        custom_id: __custom_id.flatten(),
                        email: __email.flatten(),
                        email_template_id: __email_template_id.flatten(),
                        first_name: __first_name.flatten(),
                        last_name: __last_name.flatten(),
                        person_id: __person_id.flatten(),
                        phone: __phone.flatten(),
                        send_via_email: __send_via_email.flatten(),
                        send_via_sms: __send_via_sms.flatten(),
                        team_id: __team_id.flatten(),
                    })
                }
            }
            __deserializer
                .deserialize_struct(
                    "UpdateInvitationRequest",
                    &[
                        "assessments_to_assign",
                        "congrats_email_template_id",
                        "created_by_user_email",
                        "custom_id",
                        "email",
                        "email_template_id",
                        "first_name",
                        "last_name",
                        "person_id",
                        "phone",
                        "send_via_email",
                        "send_via_sms",
                        "team_id",
                    ],
                    __Visitor,
                )
        }
    }
    impl UpdateInvitationRequest {
        pub fn builder() -> builder::UpdateInvitationRequest {
            Default::default()
        }
    }
    ///Participant's first name.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateInvitationRequestFirstName(::std::string::String);
    impl ::std::ops::Deref for UpdateInvitationRequestFirstName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateInvitationRequestFirstName>
    for ::std::string::String {
        fn from(value: UpdateInvitationRequestFirstName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateInvitationRequestFirstName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateInvitationRequestFirstName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateInvitationRequestFirstName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    #[cfg(feature = "deserialize-requests")]
    impl<'de> ::serde::Deserialize<'de> for UpdateInvitationRequestFirstName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Participant's last name.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct UpdateInvitationRequestLastName(::std::string::String);
    impl ::std::ops::Deref for UpdateInvitationRequestLastName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UpdateInvitationRequestLastName>
    for ::std::string::String {
        fn from(value: UpdateInvitationRequestLastName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UpdateInvitationRequestLastName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UpdateInvitationRequestLastName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UpdateInvitationRequestLastName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    #[cfg(feature = "deserialize-requests")]
    impl<'de> ::serde::Deserialize<'de> for UpdateInvitationRequestLastName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The account's users in the shared list envelope.
    #[derive(::serde::Serialize, Clone)]
    pub struct UserList {
        ///The users.
        pub data: ::std::vec::Vec<UserListItem>,
        ///Whether more users exist than were returned.
        pub has_more: bool,
        pub mode: ModeValue,
        ///Always `list`.
        pub object: ::std::string::String,
        ///Number of users in the account, not just in this answer.
        pub total_count: i64,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for UserList {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UserList;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct UserList")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<UserList, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __data: ::std::option::Option<
                        ::std::vec::Vec<UserListItem>,
                    > = ::std::option::Option::None;
                    let mut __has_more: ::std::option::Option<bool> = ::std::option::Option::None;
                    let mut __mode: ::std::option::Option<ModeValue> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __total_count: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "data" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __data,
                                    "data",
                                )?
                            }
                            "has_more" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __has_more,
                                    "has_more",
                                )?
                            }
                            "mode" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __mode,
                                    "mode",
                                )?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            "total_count" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __total_count,
                                    "total_count",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(UserList {
                        data: ::hirekit_runtime::de::required(__data, "data")?,
                        has_more: ::hirekit_runtime::de::required(
                            __has_more,
                            "has_more",
                        )?,
                        mode: ::hirekit_runtime::de::required(__mode, "mode")?,
                        object: ::hirekit_runtime::de::required(__object, "object")?,
                        total_count: ::hirekit_runtime::de::required(
                            __total_count,
                            "total_count",
                        )?,
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///A JOFI user of the account. Only the purpose of the list is known (inviter emails and their default settings); every key is optional and unknown keys are kept.
    #[derive(::serde::Serialize, Clone)]
    pub struct UserListItem {
        ///The user's email, usable as `created_by_user_email`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///User id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Kind of object, presumably `user_list_item`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl<'de> ::serde::Deserialize<'de> for UserListItem {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = UserListItem;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct UserListItem")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<UserListItem, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __email: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<::std::option::Option<i64>> = ::std::option::Option::None;
                    let mut __object: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "object" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __object,
                                    "object",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(UserListItem {
                        email: __email.flatten(),
                        id: __id.flatten(),
                        object: __object.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    /// Types for composing complex structures.
    /**Builders for the object types an operation takes (request bodies, parameters and the objects nested in them; responses are read, not built), reached through `Type::builder()` and turned into the type with `try_into()` (or passed straight to an operation's `body`).

A setter takes anything that converts into the field's type: a nested builder, `&str` for a `String`, a smaller integer for a wider one. An optional field's setter takes the value itself; `maybe_<field>(option)` passes on an `Option` (`None` leaves the field out), and `clear_<field>()`, present where the API takes `null`, sends `null`. An array field's setter takes any list or iterator whose items convert to the item type, nested builders included; an empty list needs its item type spelled out (`Vec::<Item>::new()`).

A value that does not convert is kept, and the conversion of the builder into its type fails with a `ConversionError` naming the field (and the index of an array item).*/
    pub mod builder {
        #[derive(Clone)]
        pub struct AssessmentToAssign {
            test_id: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for AssessmentToAssign {
            fn default() -> Self {
                Self {
                    test_id: Err("no value supplied for test_id".to_string()),
                }
            }
        }
        impl AssessmentToAssign {
            ///Sets `test_id` (required).
            pub fn test_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.test_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for test_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AssessmentToAssign> for super::AssessmentToAssign {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AssessmentToAssign,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { test_id: value.test_id? })
            }
        }
        impl ::std::convert::From<super::AssessmentToAssign> for AssessmentToAssign {
            fn from(value: super::AssessmentToAssign) -> Self {
                Self { test_id: Ok(value.test_id) }
            }
        }
        #[derive(Clone)]
        pub struct CreateInvitationRequest {
            assessments_to_assign: ::std::result::Result<
                ::std::vec::Vec<super::AssessmentToAssign>,
                ::std::string::String,
            >,
            created_by_user_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            custom_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            email_template_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                super::CreateInvitationRequestFirstName,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                super::CreateInvitationRequestLastName,
                ::std::string::String,
            >,
            person_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            send_via_email: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            send_via_sms: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            team_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateInvitationRequest {
            fn default() -> Self {
                Self {
                    assessments_to_assign: Ok(Default::default()),
                    created_by_user_email: Err(
                        "no value supplied for created_by_user_email".to_string(),
                    ),
                    custom_id: Ok(Default::default()),
                    email: Err("no value supplied for email".to_string()),
                    email_template_id: Ok(Default::default()),
                    first_name: Err("no value supplied for first_name".to_string()),
                    last_name: Err("no value supplied for last_name".to_string()),
                    person_id: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    send_via_email: Ok(Default::default()),
                    send_via_sms: Ok(Default::default()),
                    team_id: Ok(Default::default()),
                }
            }
        }
        impl CreateInvitationRequest {
            ///Sets `assessments_to_assign` from items that each convert to its item type (optional, empty until set).
            pub fn assessments_to_assign<I, V>(mut self, values: I) -> Self
            where
                I: ::std::iter::IntoIterator<Item = V>,
                V: ::std::convert::TryInto<super::AssessmentToAssign>,
                V::Error: ::std::fmt::Display,
            {
                self.assessments_to_assign = values
                    .into_iter()
                    .enumerate()
                    .map(|(index, value)| {
                        value
                            .try_into()
                            .map_err(|e| {
                                format!(
                                    "error converting supplied value for assessments_to_assign: index {index}: {e}"
                                )
                            })
                    })
                    .collect::<
                        ::std::result::Result<
                            ::std::vec::Vec<super::AssessmentToAssign>,
                            ::std::string::String,
                        >,
                    >();
                self
            }
            ///Sets `created_by_user_email` (required).
            pub fn created_by_user_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by_user_email = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_by_user_email: {e}"
                        )
                    });
                self
            }
            ///Sets `custom_id` (optional, left out until set).
            pub fn custom_id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.custom_id = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for custom_id: {e}")
                    });
                self
            }
            ///Sets `custom_id` from an `Option`: `None` leaves it out.
            pub fn maybe_custom_id(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.custom_id = Ok(value);
                self
            }
            ///Sets `email` (required).
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///Sets `email_template_id` (optional, left out until set).
            pub fn email_template_id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<i64>,
                V::Error: ::std::fmt::Display,
            {
                self.email_template_id = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for email_template_id: {e}"
                        )
                    });
                self
            }
            ///Sets `email_template_id` from an `Option`: `None` leaves it out.
            pub fn maybe_email_template_id(
                mut self,
                value: ::std::option::Option<i64>,
            ) -> Self {
                self.email_template_id = Ok(value);
                self
            }
            ///Sets `first_name` (required).
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateInvitationRequestFirstName>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            ///Sets `last_name` (required).
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CreateInvitationRequestLastName>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            ///Sets `person_id` (optional, left out until set).
            pub fn person_id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.person_id = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for person_id: {e}")
                    });
                self
            }
            ///Sets `person_id` from an `Option`: `None` leaves it out.
            pub fn maybe_person_id(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.person_id = Ok(value);
                self
            }
            ///Sets `phone` (optional, left out until set).
            pub fn phone<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            ///Sets `phone` from an `Option`: `None` leaves it out.
            pub fn maybe_phone(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.phone = Ok(value);
                self
            }
            ///Sets `send_via_email` (optional, left out until set).
            pub fn send_via_email<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<bool>,
                V::Error: ::std::fmt::Display,
            {
                self.send_via_email = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for send_via_email: {e}"
                        )
                    });
                self
            }
            ///Sets `send_via_email` from an `Option`: `None` leaves it out.
            pub fn maybe_send_via_email(
                mut self,
                value: ::std::option::Option<bool>,
            ) -> Self {
                self.send_via_email = Ok(value);
                self
            }
            ///Sets `send_via_sms` (optional, left out until set).
            pub fn send_via_sms<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<bool>,
                V::Error: ::std::fmt::Display,
            {
                self.send_via_sms = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for send_via_sms: {e}")
                    });
                self
            }
            ///Sets `send_via_sms` from an `Option`: `None` leaves it out.
            pub fn maybe_send_via_sms(
                mut self,
                value: ::std::option::Option<bool>,
            ) -> Self {
                self.send_via_sms = Ok(value);
                self
            }
            ///Sets `team_id` (optional, left out until set).
            pub fn team_id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<i64>,
                V::Error: ::std::fmt::Display,
            {
                self.team_id = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for team_id: {e}")
                    });
                self
            }
            ///Sets `team_id` from an `Option`: `None` leaves it out.
            pub fn maybe_team_id(mut self, value: ::std::option::Option<i64>) -> Self {
                self.team_id = Ok(value);
                self
            }
        }
        impl ::std::convert::TryFrom<CreateInvitationRequest>
        for super::CreateInvitationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateInvitationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assessments_to_assign: value.assessments_to_assign?,
                    created_by_user_email: value.created_by_user_email?,
                    custom_id: value.custom_id?,
                    email: value.email?,
                    email_template_id: value.email_template_id?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                    person_id: value.person_id?,
                    phone: value.phone?,
                    send_via_email: value.send_via_email?,
                    send_via_sms: value.send_via_sms?,
                    team_id: value.team_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateInvitationRequest>
        for CreateInvitationRequest {
            fn from(value: super::CreateInvitationRequest) -> Self {
                Self {
                    assessments_to_assign: Ok(value.assessments_to_assign),
                    created_by_user_email: Ok(value.created_by_user_email),
                    custom_id: Ok(value.custom_id),
                    email: Ok(value.email),
                    email_template_id: Ok(value.email_template_id),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                    person_id: Ok(value.person_id),
                    phone: Ok(value.phone),
                    send_via_email: Ok(value.send_via_email),
                    send_via_sms: Ok(value.send_via_sms),
                    team_id: Ok(value.team_id),
                }
            }
        }
        #[derive(Clone)]
        pub struct UpdateInvitationRequest {
            assessments_to_assign: ::std::result::Result<
                ::std::vec::Vec<super::AssessmentToAssign>,
                ::std::string::String,
            >,
            congrats_email_template_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_by_user_email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            custom_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email_template_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            first_name: ::std::result::Result<
                ::std::option::Option<super::UpdateInvitationRequestFirstName>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<super::UpdateInvitationRequestLastName>,
                ::std::string::String,
            >,
            person_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            send_via_email: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            send_via_sms: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            team_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateInvitationRequest {
            fn default() -> Self {
                Self {
                    assessments_to_assign: Ok(Default::default()),
                    congrats_email_template_id: Ok(Default::default()),
                    created_by_user_email: Ok(Default::default()),
                    custom_id: Ok(Default::default()),
                    email: Ok(Default::default()),
                    email_template_id: Ok(Default::default()),
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                    person_id: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    send_via_email: Ok(Default::default()),
                    send_via_sms: Ok(Default::default()),
                    team_id: Ok(Default::default()),
                }
            }
        }
        impl UpdateInvitationRequest {
            ///Sets `assessments_to_assign` from items that each convert to its item type (optional, empty until set).
            pub fn assessments_to_assign<I, V>(mut self, values: I) -> Self
            where
                I: ::std::iter::IntoIterator<Item = V>,
                V: ::std::convert::TryInto<super::AssessmentToAssign>,
                V::Error: ::std::fmt::Display,
            {
                self.assessments_to_assign = values
                    .into_iter()
                    .enumerate()
                    .map(|(index, value)| {
                        value
                            .try_into()
                            .map_err(|e| {
                                format!(
                                    "error converting supplied value for assessments_to_assign: index {index}: {e}"
                                )
                            })
                    })
                    .collect::<
                        ::std::result::Result<
                            ::std::vec::Vec<super::AssessmentToAssign>,
                            ::std::string::String,
                        >,
                    >();
                self
            }
            ///Sets `congrats_email_template_id` (optional, left out until set).
            pub fn congrats_email_template_id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<i64>,
                V::Error: ::std::fmt::Display,
            {
                self.congrats_email_template_id = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for congrats_email_template_id: {e}"
                        )
                    });
                self
            }
            ///Sets `congrats_email_template_id` from an `Option`: `None` leaves it out.
            pub fn maybe_congrats_email_template_id(
                mut self,
                value: ::std::option::Option<i64>,
            ) -> Self {
                self.congrats_email_template_id = Ok(value);
                self
            }
            ///Sets `created_by_user_email` (optional, left out until set).
            pub fn created_by_user_email<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.created_by_user_email = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_by_user_email: {e}"
                        )
                    });
                self
            }
            ///Sets `created_by_user_email` from an `Option`: `None` leaves it out.
            pub fn maybe_created_by_user_email(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.created_by_user_email = Ok(value);
                self
            }
            ///Sets `custom_id` (optional, left out until set).
            pub fn custom_id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.custom_id = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for custom_id: {e}")
                    });
                self
            }
            ///Sets `custom_id` from an `Option`: `None` leaves it out.
            pub fn maybe_custom_id(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.custom_id = Ok(value);
                self
            }
            ///Sets `email` (optional, left out until set).
            pub fn email<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///Sets `email` from an `Option`: `None` leaves it out.
            pub fn maybe_email(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.email = Ok(value);
                self
            }
            ///Sets `email_template_id` (optional, left out until set).
            pub fn email_template_id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<i64>,
                V::Error: ::std::fmt::Display,
            {
                self.email_template_id = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for email_template_id: {e}"
                        )
                    });
                self
            }
            ///Sets `email_template_id` from an `Option`: `None` leaves it out.
            pub fn maybe_email_template_id(
                mut self,
                value: ::std::option::Option<i64>,
            ) -> Self {
                self.email_template_id = Ok(value);
                self
            }
            ///Sets `first_name` (optional, left out until set).
            pub fn first_name<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<super::UpdateInvitationRequestFirstName>,
                V::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            ///Sets `first_name` from an `Option`: `None` leaves it out.
            pub fn maybe_first_name(
                mut self,
                value: ::std::option::Option<super::UpdateInvitationRequestFirstName>,
            ) -> Self {
                self.first_name = Ok(value);
                self
            }
            ///Sets `last_name` (optional, left out until set).
            pub fn last_name<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<super::UpdateInvitationRequestLastName>,
                V::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
            ///Sets `last_name` from an `Option`: `None` leaves it out.
            pub fn maybe_last_name(
                mut self,
                value: ::std::option::Option<super::UpdateInvitationRequestLastName>,
            ) -> Self {
                self.last_name = Ok(value);
                self
            }
            ///Sets `person_id` (optional, left out until set).
            pub fn person_id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.person_id = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for person_id: {e}")
                    });
                self
            }
            ///Sets `person_id` from an `Option`: `None` leaves it out.
            pub fn maybe_person_id(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.person_id = Ok(value);
                self
            }
            ///Sets `phone` (optional, left out until set).
            pub fn phone<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            ///Sets `phone` from an `Option`: `None` leaves it out.
            pub fn maybe_phone(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.phone = Ok(value);
                self
            }
            ///Sets `send_via_email` (optional, left out until set).
            pub fn send_via_email<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<bool>,
                V::Error: ::std::fmt::Display,
            {
                self.send_via_email = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for send_via_email: {e}"
                        )
                    });
                self
            }
            ///Sets `send_via_email` from an `Option`: `None` leaves it out.
            pub fn maybe_send_via_email(
                mut self,
                value: ::std::option::Option<bool>,
            ) -> Self {
                self.send_via_email = Ok(value);
                self
            }
            ///Sets `send_via_sms` (optional, left out until set).
            pub fn send_via_sms<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<bool>,
                V::Error: ::std::fmt::Display,
            {
                self.send_via_sms = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for send_via_sms: {e}")
                    });
                self
            }
            ///Sets `send_via_sms` from an `Option`: `None` leaves it out.
            pub fn maybe_send_via_sms(
                mut self,
                value: ::std::option::Option<bool>,
            ) -> Self {
                self.send_via_sms = Ok(value);
                self
            }
            ///Sets `team_id` (optional, left out until set).
            pub fn team_id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<i64>,
                V::Error: ::std::fmt::Display,
            {
                self.team_id = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for team_id: {e}")
                    });
                self
            }
            ///Sets `team_id` from an `Option`: `None` leaves it out.
            pub fn maybe_team_id(mut self, value: ::std::option::Option<i64>) -> Self {
                self.team_id = Ok(value);
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateInvitationRequest>
        for super::UpdateInvitationRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateInvitationRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    assessments_to_assign: value.assessments_to_assign?,
                    congrats_email_template_id: value.congrats_email_template_id?,
                    created_by_user_email: value.created_by_user_email?,
                    custom_id: value.custom_id?,
                    email: value.email?,
                    email_template_id: value.email_template_id?,
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                    person_id: value.person_id?,
                    phone: value.phone?,
                    send_via_email: value.send_via_email?,
                    send_via_sms: value.send_via_sms?,
                    team_id: value.team_id?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateInvitationRequest>
        for UpdateInvitationRequest {
            fn from(value: super::UpdateInvitationRequest) -> Self {
                Self {
                    assessments_to_assign: Ok(value.assessments_to_assign),
                    congrats_email_template_id: Ok(value.congrats_email_template_id),
                    created_by_user_email: Ok(value.created_by_user_email),
                    custom_id: Ok(value.custom_id),
                    email: Ok(value.email),
                    email_template_id: Ok(value.email_template_id),
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                    person_id: Ok(value.person_id),
                    phone: Ok(value.phone),
                    send_via_email: Ok(value.send_via_email),
                    send_via_sms: Ok(value.send_via_sms),
                    team_id: Ok(value.team_id),
                }
            }
        }
        impl ::std::fmt::Debug for AssessmentToAssign {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("AssessmentToAssign").finish_non_exhaustive()
            }
        }
        impl ::std::fmt::Debug for CreateInvitationRequest {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("CreateInvitationRequest").finish_non_exhaustive()
            }
        }
        impl ::std::fmt::Debug for UpdateInvitationRequest {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("UpdateInvitationRequest").finish_non_exhaustive()
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl ::std::fmt::Debug for Account {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("Account")
                .field(
                    "career_interests_completed_count",
                    &self.career_interests_completed_count,
                )
                .field("display_name", &self.display_name)
                .field("display_name_external", &self.display_name_external)
                .field("id", &self.id)
                .field("invitations_count", &self.invitations_count)
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("personality_completed_count", &self.personality_completed_count)
                .field("prescreens_completed_count", &self.prescreens_completed_count)
                .field("teams_count", &self.teams_count)
                .field(
                    "test_takers_seats_used_count",
                    &self.test_takers_seats_used_count,
                )
                .field(
                    "thinking_skills_completed_count",
                    &self.thinking_skills_completed_count,
                )
                .field("users_count", &self.users_count)
                .field("webhook_endpoint", &::std::format_args!("<redacted>"))
                .field("webhooks_enabled", &self.webhooks_enabled)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for AccountRef {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("AccountRef")
                .field("display_name", &self.display_name)
                .field("id", &self.id)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for AssessmentList {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("AssessmentList")
                .field("data", &self.data)
                .field("has_more", &self.has_more)
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("total_count", &self.total_count)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for AssessmentListItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("AssessmentListItem")
                .field("display_name", &self.display_name)
                .field("id", &self.id)
                .field("object", &self.object)
                .field("short_name", &self.short_name)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for AssessmentRef {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("AssessmentRef")
                .field("display_name", &self.display_name)
                .field("id", &self.id)
                .field("short_name", &self.short_name)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for AssignedAssessment {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("AssignedAssessment")
                .field("assessment", &self.assessment)
                .field("completed_at", &self.completed_at)
                .field("created_at", &self.created_at)
                .field("id", &self.id)
                .field("is_used_for_scoring", &self.is_used_for_scoring)
                .field("progress_saved_at", &self.progress_saved_at)
                .field("started_at", &self.started_at)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for CareerNavigationProfile {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CareerNavigationProfile")
                .field("account", &self.account)
                .field("assessment_url", &::std::format_args!("<redacted>"))
                .field("career_navigation_url", &::std::format_args!("<redacted>"))
                .field(
                    "career_options_spotlight_url",
                    &::std::format_args!("<redacted>"),
                )
                .field("custom_id", &self.custom_id)
                .field("email", &::std::format_args!("<redacted>"))
                .field("first_name", &::std::format_args!("<redacted>"))
                .field("id", &self.id)
                .field("invitation_created_at", &self.invitation_created_at)
                .field("invitation_id", &self.invitation_id)
                .field("job_fit_summary_url", &::std::format_args!("<redacted>"))
                .field("last_name", &::std::format_args!("<redacted>"))
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("person_id", &::std::format_args!("<redacted>"))
                .field("scorecard_url", &::std::format_args!("<redacted>"))
                .field("team", &self.team)
                .field("test_taker_id", &self.test_taker_id)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for CareerNavigationProfileCreatedEvent {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CareerNavigationProfileCreatedEvent")
                .field("api_version", &self.api_version)
                .field("created_at", &self.created_at)
                .field("data", &self.data)
                .field("id", &self.id)
                .field("object", &self.object)
                .field("type_", &self.type_)
                .field("webhook_url", &::std::format_args!("<redacted>"))
                .field("webhook_verification_method", &self.webhook_verification_method)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for CareerNavigationProfileEventData {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CareerNavigationProfileEventData")
                .field("object", &self.object)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for CareerNavigationProfileList {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CareerNavigationProfileList")
                .field("data", &self.data)
                .field("has_more", &self.has_more)
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("total_count", &self.total_count)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for CareerNavigationProfileListItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CareerNavigationProfileListItem")
                .field("account", &self.account)
                .field("assessment_url", &::std::format_args!("<redacted>"))
                .field("career_navigation_url", &::std::format_args!("<redacted>"))
                .field(
                    "career_options_spotlight_url",
                    &::std::format_args!("<redacted>"),
                )
                .field("custom_id", &self.custom_id)
                .field("email", &::std::format_args!("<redacted>"))
                .field("first_name", &::std::format_args!("<redacted>"))
                .field("id", &self.id)
                .field("invitation_created_at", &self.invitation_created_at)
                .field("invitation_id", &self.invitation_id)
                .field("job_fit_summary_url", &::std::format_args!("<redacted>"))
                .field("last_name", &::std::format_args!("<redacted>"))
                .field("object", &self.object)
                .field("person_id", &::std::format_args!("<redacted>"))
                .field("scorecard_url", &::std::format_args!("<redacted>"))
                .field("team", &self.team)
                .field("test_taker_id", &self.test_taker_id)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for CreateInvitationRequest {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CreateInvitationRequest")
                .field("assessments_to_assign", &self.assessments_to_assign)
                .field("created_by_user_email", &::std::format_args!("<redacted>"))
                .field("custom_id", &self.custom_id)
                .field("email", &::std::format_args!("<redacted>"))
                .field("email_template_id", &self.email_template_id)
                .field("first_name", &::std::format_args!("<redacted>"))
                .field("last_name", &::std::format_args!("<redacted>"))
                .field("person_id", &::std::format_args!("<redacted>"))
                .field("phone", &::std::format_args!("<redacted>"))
                .field("send_via_email", &self.send_via_email)
                .field("send_via_sms", &self.send_via_sms)
                .field("team_id", &self.team_id)
                .finish()
        }
    }
    impl ::std::fmt::Debug for EmailTemplateList {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("EmailTemplateList")
                .field("data", &self.data)
                .field("has_more", &self.has_more)
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("total_count", &self.total_count)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for EmailTemplateListItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("EmailTemplateListItem")
                .field("display_name", &self.display_name)
                .field("id", &self.id)
                .field("object", &self.object)
                .field("team_ids", &self.team_ids)
                .field("type_", &self.type_)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for Error {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("Error")
                .field("code", &self.code)
                .field("error", &self.error)
                .field("message", &self.message)
                .field("mode", &self.mode)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for Event {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("Event")
                .field("api_version", &self.api_version)
                .field("created_at", &self.created_at)
                .field("data", &self.data)
                .field("id", &self.id)
                .field("object", &self.object)
                .field("type_", &self.type_)
                .field("webhook_url", &::std::format_args!("<redacted>"))
                .field("webhook_verification_method", &self.webhook_verification_method)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for EventData {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("EventData")
                .field("object", &self.object)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for Invitation {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("Invitation")
                .field("accepted_at", &self.accepted_at)
                .field("assessment_url", &::std::format_args!("<redacted>"))
                .field(
                    "career_navigation_profile_id",
                    &self.career_navigation_profile_id,
                )
                .field("email", &::std::format_args!("<redacted>"))
                .field("first_name", &::std::format_args!("<redacted>"))
                .field("id", &self.id)
                .field("last_name", &::std::format_args!("<redacted>"))
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("person_id", &::std::format_args!("<redacted>"))
                .field("test_taker_id", &self.test_taker_id)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for InvitationAcceptedEvent {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("InvitationAcceptedEvent")
                .field("api_version", &self.api_version)
                .field("created_at", &self.created_at)
                .field("data", &self.data)
                .field("id", &self.id)
                .field("object", &self.object)
                .field("type_", &self.type_)
                .field("webhook_url", &::std::format_args!("<redacted>"))
                .field("webhook_verification_method", &self.webhook_verification_method)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for InvitationCreatedEvent {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("InvitationCreatedEvent")
                .field("api_version", &self.api_version)
                .field("created_at", &self.created_at)
                .field("data", &self.data)
                .field("id", &self.id)
                .field("object", &self.object)
                .field("type_", &self.type_)
                .field("webhook_url", &::std::format_args!("<redacted>"))
                .field("webhook_verification_method", &self.webhook_verification_method)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for InvitationEventData {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("InvitationEventData")
                .field("object", &self.object)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for InvitationList {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("InvitationList")
                .field("data", &self.data)
                .field("has_more", &self.has_more)
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("total_count", &self.total_count)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for InvitationListItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("InvitationListItem")
                .field("accepted_at", &self.accepted_at)
                .field("assessment_url", &::std::format_args!("<redacted>"))
                .field(
                    "career_navigation_profile_id",
                    &self.career_navigation_profile_id,
                )
                .field("email", &::std::format_args!("<redacted>"))
                .field("first_name", &::std::format_args!("<redacted>"))
                .field("id", &self.id)
                .field("last_name", &::std::format_args!("<redacted>"))
                .field("object", &self.object)
                .field("person_id", &::std::format_args!("<redacted>"))
                .field("test_taker_id", &self.test_taker_id)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for JobFitReport {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("JobFitReport")
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for Score {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("Score")
                .field("description", &self.description)
                .field("display_name", &self.display_name)
                .field("facets", &self.facets)
                .field("id", &self.id)
                .field("is_starred", &self.is_starred)
                .field("object", &self.object)
                .field("short_name", &self.short_name)
                .field("test_taker_score", &::std::format_args!("<redacted>"))
                .field("yellow_band", &self.yellow_band)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for ScoreProfileList {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ScoreProfileList")
                .field("data", &self.data)
                .field("has_more", &self.has_more)
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("total_count", &self.total_count)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for ScoreProfileListItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ScoreProfileListItem")
                .field("display_name", &self.display_name)
                .field("id", &self.id)
                .field("object", &self.object)
                .field("short_name", &self.short_name)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for ScoreProfileRef {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ScoreProfileRef")
                .field("display_name", &self.display_name)
                .field("id", &self.id)
                .field("riasec_profile", &self.riasec_profile)
                .field("short_name", &self.short_name)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for Scorecard {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("Scorecard")
                .field(
                    "career_navigation_profile_id",
                    &self.career_navigation_profile_id,
                )
                .field("custom_id", &self.custom_id)
                .field("email", &::std::format_args!("<redacted>"))
                .field("first_name", &::std::format_args!("<redacted>"))
                .field("invitation_id", &self.invitation_id)
                .field("last_name", &::std::format_args!("<redacted>"))
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("person_id", &::std::format_args!("<redacted>"))
                .field("riasec_profile", &::std::format_args!("<redacted>"))
                .field("score_profile", &self.score_profile)
                .field("scorecard_url", &::std::format_args!("<redacted>"))
                .field("scores", &self.scores)
                .field("test_taker_id", &self.test_taker_id)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for ScorecardScores {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ScorecardScores")
                .field("personality_traits", &self.personality_traits)
                .field("thinking_skills", &self.thinking_skills)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for TeamList {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("TeamList")
                .field("data", &self.data)
                .field("has_more", &self.has_more)
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("total_count", &self.total_count)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for TeamListItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("TeamListItem")
                .field("display_name", &self.display_name)
                .field("id", &self.id)
                .field("invitations_count", &self.invitations_count)
                .field("object", &self.object)
                .field("test_takers_count", &self.test_takers_count)
                .field("users_count", &self.users_count)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for TeamRef {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("TeamRef")
                .field("display_name", &self.display_name)
                .field("id", &self.id)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for TestTaker {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("TestTaker")
                .field("account", &self.account)
                .field("assessment_url", &::std::format_args!("<redacted>"))
                .field("assigned_assessments", &self.assigned_assessments)
                .field(
                    "career_navigation_profile_id",
                    &self.career_navigation_profile_id,
                )
                .field("career_navigation_url", &::std::format_args!("<redacted>"))
                .field(
                    "career_options_spotlight_url",
                    &::std::format_args!("<redacted>"),
                )
                .field("custom_id", &self.custom_id)
                .field("email", &::std::format_args!("<redacted>"))
                .field("first_name", &::std::format_args!("<redacted>"))
                .field("id", &self.id)
                .field("invitation_created_at", &self.invitation_created_at)
                .field("invitation_id", &self.invitation_id)
                .field("job_fit_summary_url", &::std::format_args!("<redacted>"))
                .field("last_name", &::std::format_args!("<redacted>"))
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("person_id", &::std::format_args!("<redacted>"))
                .field("scorecard_url", &::std::format_args!("<redacted>"))
                .field("team", &self.team)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for TestTakerAssessmentCompletedEvent {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("TestTakerAssessmentCompletedEvent")
                .field("api_version", &self.api_version)
                .field("created_at", &self.created_at)
                .field("data", &self.data)
                .field("id", &self.id)
                .field("object", &self.object)
                .field("type_", &self.type_)
                .field("webhook_url", &::std::format_args!("<redacted>"))
                .field("webhook_verification_method", &self.webhook_verification_method)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for TestTakerCreatedEvent {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("TestTakerCreatedEvent")
                .field("api_version", &self.api_version)
                .field("created_at", &self.created_at)
                .field("data", &self.data)
                .field("id", &self.id)
                .field("object", &self.object)
                .field("type_", &self.type_)
                .field("webhook_url", &::std::format_args!("<redacted>"))
                .field("webhook_verification_method", &self.webhook_verification_method)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for TestTakerEventData {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("TestTakerEventData")
                .field("object", &self.object)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for TestTakerList {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("TestTakerList")
                .field("data", &self.data)
                .field("has_more", &self.has_more)
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("total_count", &self.total_count)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for TestTakerListItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("TestTakerListItem")
                .field("account", &self.account)
                .field("assessment_url", &::std::format_args!("<redacted>"))
                .field(
                    "career_navigation_profile_id",
                    &self.career_navigation_profile_id,
                )
                .field("career_navigation_url", &::std::format_args!("<redacted>"))
                .field(
                    "career_options_spotlight_url",
                    &::std::format_args!("<redacted>"),
                )
                .field("custom_id", &self.custom_id)
                .field("email", &::std::format_args!("<redacted>"))
                .field("first_name", &::std::format_args!("<redacted>"))
                .field("id", &self.id)
                .field("invitation_created_at", &self.invitation_created_at)
                .field("invitation_id", &self.invitation_id)
                .field("job_fit_summary_url", &::std::format_args!("<redacted>"))
                .field("last_name", &::std::format_args!("<redacted>"))
                .field("object", &self.object)
                .field("person_id", &::std::format_args!("<redacted>"))
                .field("scorecard_url", &::std::format_args!("<redacted>"))
                .field("team", &self.team)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for UpdateInvitationRequest {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("UpdateInvitationRequest")
                .field("assessments_to_assign", &self.assessments_to_assign)
                .field("congrats_email_template_id", &self.congrats_email_template_id)
                .field("created_by_user_email", &::std::format_args!("<redacted>"))
                .field("custom_id", &self.custom_id)
                .field("email", &::std::format_args!("<redacted>"))
                .field("email_template_id", &self.email_template_id)
                .field("first_name", &::std::format_args!("<redacted>"))
                .field("last_name", &::std::format_args!("<redacted>"))
                .field("person_id", &::std::format_args!("<redacted>"))
                .field("phone", &::std::format_args!("<redacted>"))
                .field("send_via_email", &self.send_via_email)
                .field("send_via_sms", &self.send_via_sms)
                .field("team_id", &self.team_id)
                .finish()
        }
    }
    impl ::std::fmt::Debug for UserList {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("UserList")
                .field("data", &self.data)
                .field("has_more", &self.has_more)
                .field("mode", &self.mode)
                .field("object", &self.object)
                .field("total_count", &self.total_count)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for UserListItem {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("UserListItem")
                .field("email", &::std::format_args!("<redacted>"))
                .field("id", &self.id)
                .field("object", &self.object)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
}
#[derive(Clone, Debug)]
/**Client for JOFI API

Hand-kept description of version 2 of the JOFI API, the job-fit assessment platform. It covers the account behind an API key, its users, teams and email templates, invitations (which send a participant their assessment link), the test takers created when an invitation is accepted, their scorecards against a score profile, job-fit reports, career navigation profiles, the score-profile and assessment catalogues, and the webhook events JOFI posts.

Every call authenticates with the account's secret key as a bearer token. A live key (`sk_live_…`) reads and writes real records; a test key (`sk_test_…`) gets well-formed fake objects and changes nothing (the assessment catalogue is the exception: it is always real). Responses carry `mode` (`live` or `test`) to say which kind of key answered. Lists share one envelope (`object: list`, `total_count`, `has_more`, `data`); the API has no paging parameters yet, so a list holds only the most recent items and `has_more` says whether more exist.

Several vendor pages could not be consulted (users, assessments, errors, healthcheck, job-fit report, reading and updating invitations, reading one test taker or career navigation profile). What they describe is modelled permissively and marked `x-hirekit-inferred`. Webhook payloads are described in `components/schemas` (marked `x-hirekit-webhook`), since OpenAPI 3.0 has no webhooks section.

Version: 2.3.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "2.3.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**Read the account that owns the API key

Returns the one account the key belongs to (a single object, not a list despite the plural path): its names, usage counters and live webhook configuration. A test key gets a fake account.

Sends a `GET` request to `/accounts`

```ignore
let response = client.get_account()
    .send()
    .await;
```*/
    pub fn get_account(&self) -> builder::GetAccount<'_> {
        builder::GetAccount::new(self)
    }
    /**List the assessment catalogue

Lists the assessments that can be assigned; an item's `id` is the `test_id` used in `assessments_to_assign`. Unlike every other route, a test key gets the real catalogue (the body still says `mode: test`).

Sends a `GET` request to `/assessments`

```ignore
let response = client.list_assessments()
    .send()
    .await;
```*/
    pub fn list_assessments(&self) -> builder::ListAssessments<'_> {
        builder::ListAssessments::new(self)
    }
    /**List recent career navigation profiles

Lists the 50 most recent career navigation profiles of the account (`total_count` counts all of them and `has_more` says whether older ones exist). A test key gets fake profiles.

Sends a `GET` request to `/career-navigation-profiles`

```ignore
let response = client.list_career_navigation_profiles()
    .send()
    .await;
```*/
    pub fn list_career_navigation_profiles(
        &self,
    ) -> builder::ListCareerNavigationProfiles<'_> {
        builder::ListCareerNavigationProfiles::new(self)
    }
    /**Read one career navigation profile

Returns one career navigation profile by its string id. A test key gets a fake profile.

Sends a `GET` request to `/career-navigation-profiles/{careerNavigationProfileId}`

Arguments:
- `career_navigation_profile_id`: Id of the career navigation profile (an opaque string such as `CNP1234567890`).
```ignore
let response = client.get_career_navigation_profile()
    .career_navigation_profile_id(career_navigation_profile_id)
    .send()
    .await;
```*/
    pub fn get_career_navigation_profile(
        &self,
    ) -> builder::GetCareerNavigationProfile<'_> {
        builder::GetCareerNavigationProfile::new(self)
    }
    /**List the email templates available to the account

Lists the account's own email templates together with the JOFI system templates enabled for it. An `invitation` template's `id` can be passed as `email_template_id` when creating an invitation. A test key gets fake templates.

Sends a `GET` request to `/email-templates`

```ignore
let response = client.list_email_templates()
    .send()
    .await;
```*/
    pub fn list_email_templates(&self) -> builder::ListEmailTemplates<'_> {
        builder::ListEmailTemplates::new(self)
    }
    /**Check that the API is up

Reports whether the JOFI API is reachable. Needs no API key. The response shape is not known; any JSON object is accepted.

Sends a `GET` request to `/healthcheck`

```ignore
let response = client.check_health()
    .send()
    .await;
```*/
    pub fn check_health(&self) -> builder::CheckHealth<'_> {
        builder::CheckHealth::new(self)
    }
    /**List recent invitations

Lists the account's most recent invitations. A test key gets fake invitations.

Sends a `GET` request to `/invitations`

```ignore
let response = client.list_invitations()
    .send()
    .await;
```*/
    pub fn list_invitations(&self) -> builder::ListInvitations<'_> {
        builder::ListInvitations::new(self)
    }
    /**Invite a participant to take assessments

Creates an invitation for one participant and returns it with `assessment_url`, the participant's personal start link. Team, assessments and email template default to the settings of the inviting user named by `created_by_user_email`; the optional fields override them. JOFI delivers the link by email and/or SMS according to `send_via_email` and `send_via_sms`; when both are `false` nothing is sent and the caller delivers the link. With a test key a fake invitation is returned and nothing is stored or sent.

Sends a `POST` request to `/invitations`

```ignore
let response = client.create_invitation()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_invitation(&self) -> builder::CreateInvitation<'_> {
        builder::CreateInvitation::new(self)
    }
    /**Read one invitation

Returns one invitation by id, including whether it was accepted and, once it was, the test taker it produced. A test key gets a fake invitation.

Sends a `GET` request to `/invitations/{invitationId}`

Arguments:
- `invitation_id`: Id of the invitation.
```ignore
let response = client.get_invitation()
    .invitation_id(invitation_id)
    .send()
    .await;
```*/
    pub fn get_invitation(&self) -> builder::GetInvitation<'_> {
        builder::GetInvitation::new(self)
    }
    /**Change an invitation

Updates an existing invitation and returns it. Whether omitted fields are kept (partial update) or cleared is not documented. A test key gets a fake invitation and nothing is changed.

Sends a `PUT` request to `/invitations/{invitationId}`

Arguments:
- `invitation_id`: Id of the invitation.
- `body`
```ignore
let response = client.update_invitation()
    .invitation_id(invitation_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_invitation(&self) -> builder::UpdateInvitation<'_> {
        builder::UpdateInvitation::new(self)
    }
    /**List the system score profiles enabled for the account

Lists the JOFI system score profiles enabled for the account. Their `short_name` values are what `get_scorecard` accepts as `sp`. A test key gets fake profiles.

Sends a `GET` request to `/score-profiles`

```ignore
let response = client.list_score_profiles()
    .send()
    .await;
```*/
    pub fn list_score_profiles(&self) -> builder::ListScoreProfiles<'_> {
        builder::ListScoreProfiles::new(self)
    }
    /**List the account's teams

Lists the teams of the account with their user, invitation and test-taker counts. A team's `id` is what `team_id` takes when creating an invitation. A test key gets fake teams.

Sends a `GET` request to `/teams`

```ignore
let response = client.list_teams()
    .send()
    .await;
```*/
    pub fn list_teams(&self) -> builder::ListTeams<'_> {
        builder::ListTeams::new(self)
    }
    /**List recent test takers

Lists the 30 most recent test takers of the account (`total_count` counts all of them and `has_more` says whether older ones exist), with their links and team. A test key gets fake test takers.

Sends a `GET` request to `/test-takers`

```ignore
let response = client.list_test_takers()
    .send()
    .await;
```*/
    pub fn list_test_takers(&self) -> builder::ListTestTakers<'_> {
        builder::ListTestTakers::new(self)
    }
    /**Read one test taker

Returns one test taker by id with the assessments assigned to them and their progress on each. A test key gets a fake test taker.

Sends a `GET` request to `/test-takers/{testTakerId}`

Arguments:
- `test_taker_id`: Id of the test taker.
```ignore
let response = client.get_test_taker()
    .test_taker_id(test_taker_id)
    .send()
    .await;
```*/
    pub fn get_test_taker(&self) -> builder::GetTestTaker<'_> {
        builder::GetTestTaker::new(self)
    }
    /**Read a test taker's job-fit report

Returns the job-fit report of a test taker. Its content is not described; any JSON object is accepted. A test key gets a fake report.

Sends a `GET` request to `/test-takers/{testTakerId}/job-fit-report`

Arguments:
- `test_taker_id`: Id of the test taker.
```ignore
let response = client.get_job_fit_report()
    .test_taker_id(test_taker_id)
    .send()
    .await;
```*/
    pub fn get_job_fit_report(&self) -> builder::GetJobFitReport<'_> {
        builder::GetJobFitReport::new(self)
    }
    /**Read a test taker's scorecard against a score profile

Returns how a test taker's scores compare with one score profile, the same data as the web scorecard behind `scorecard_url`. `sp` is required; a missing, empty or unknown profile is answered with 400. A test key gets a fake scorecard.

Sends a `GET` request to `/test-takers/{testTakerId}/scorecard`

Arguments:
- `test_taker_id`: Id of the test taker.
- `sp`: `short_name` of a system score profile, as listed by `list_score_profiles`.
```ignore
let response = client.get_scorecard()
    .test_taker_id(test_taker_id)
    .sp(sp)
    .send()
    .await;
```*/
    pub fn get_scorecard(&self) -> builder::GetScorecard<'_> {
        builder::GetScorecard::new(self)
    }
    /**List the account's JOFI users

Lists the JOFI users of the account. Use it to find a valid `created_by_user_email` for a new invitation and to see each inviter's defaults (team, assessments, email templates). A test key gets fake users.

Sends a `GET` request to `/users`

```ignore
let response = client.list_users()
    .send()
    .await;
```*/
    pub fn list_users(&self) -> builder::ListUsers<'_> {
        builder::ListUsers::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::get_account`]

[`Client::get_account`]: super::Client::get_account*/
    #[derive(Clone)]
    pub struct GetAccount<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/accounts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Account>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/accounts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `get_account` (`GET /accounts`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::GET_ACCOUNT;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client } = self;
            let url = format!("{}/accounts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::Account, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::list_assessments`]

[`Client::list_assessments`]: super::Client::list_assessments*/
    #[derive(Clone)]
    pub struct ListAssessments<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListAssessments<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/assessments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AssessmentList>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/assessments", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_assessments",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `list_assessments` (`GET /assessments`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::LIST_ASSESSMENTS;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client } = self;
            let url = format!("{}/assessments", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::AssessmentList, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::list_career_navigation_profiles`]

[`Client::list_career_navigation_profiles`]: super::Client::list_career_navigation_profiles*/
    #[derive(Clone)]
    pub struct ListCareerNavigationProfiles<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListCareerNavigationProfiles<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/career-navigation-profiles`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CareerNavigationProfileList>,
            Error<types::Error>,
        > {
            let Self { client } = self;
            let url = format!("{}/career-navigation-profiles", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_career_navigation_profiles",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `list_career_navigation_profiles` (`GET /career-navigation-profiles`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::LIST_CAREER_NAVIGATION_PROFILES;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client } = self;
            let url = format!("{}/career-navigation-profiles", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::CareerNavigationProfileList, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::get_career_navigation_profile`]

[`Client::get_career_navigation_profile`]: super::Client::get_career_navigation_profile*/
    #[derive(Clone)]
    pub struct GetCareerNavigationProfile<'a> {
        client: &'a super::Client,
        career_navigation_profile_id: Result<::std::string::String, String>,
    }
    impl<'a> GetCareerNavigationProfile<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                career_navigation_profile_id: Err(
                    "career_navigation_profile_id was not initialized".to_string(),
                ),
            }
        }
        pub fn career_navigation_profile_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.career_navigation_profile_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for career_navigation_profile_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/career-navigation-profiles/{careerNavigationProfileId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CareerNavigationProfile>, Error<types::Error>> {
            let Self { client, career_navigation_profile_id } = self;
            let career_navigation_profile_id = career_navigation_profile_id
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/career-navigation-profiles/{}", client.baseurl, encode_path(&
                career_navigation_profile_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_career_navigation_profile",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `get_career_navigation_profile` (`GET /career-navigation-profiles/{careerNavigationProfileId}`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::GET_CAREER_NAVIGATION_PROFILE;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client, career_navigation_profile_id } = self;
            let career_navigation_profile_id = career_navigation_profile_id
                .map_err(::hirekit_runtime::RequestError::invalid)?;
            let url = format!(
                "{}/career-navigation-profiles/{}", client.baseurl,
                ::hirekit_runtime::path_segment("career_navigation_profile_id",
                encode_path(& career_navigation_profile_id.to_string())) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::CareerNavigationProfile, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::list_email_templates`]

[`Client::list_email_templates`]: super::Client::list_email_templates*/
    #[derive(Clone)]
    pub struct ListEmailTemplates<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListEmailTemplates<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/email-templates`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::EmailTemplateList>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/email-templates", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_email_templates",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `list_email_templates` (`GET /email-templates`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::LIST_EMAIL_TEMPLATES;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client } = self;
            let url = format!("{}/email-templates", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::EmailTemplateList, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::check_health`]

[`Client::check_health`]: super::Client::check_health*/
    #[derive(Clone)]
    pub struct CheckHealth<'a> {
        client: &'a super::Client,
    }
    impl<'a> CheckHealth<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/healthcheck`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Healthcheck>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/healthcheck", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "check_health",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `check_health` (`GET /healthcheck`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::CHECK_HEALTH;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client } = self;
            let url = format!("{}/healthcheck", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::Healthcheck, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::list_invitations`]

[`Client::list_invitations`]: super::Client::list_invitations*/
    #[derive(Clone)]
    pub struct ListInvitations<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListInvitations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/invitations`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::InvitationList>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/invitations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_invitations",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `list_invitations` (`GET /invitations`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::LIST_INVITATIONS;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client } = self;
            let url = format!("{}/invitations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::InvitationList, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::create_invitation`]

[`Client::create_invitation`]: super::Client::create_invitation*/
    #[derive(Clone)]
    pub struct CreateInvitation<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateInvitationRequest, String>,
    }
    impl<'a> CreateInvitation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateInvitationRequest>,
            <V as std::convert::TryInto<
                types::CreateInvitationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateInvitationRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateInvitationRequest,
            ) -> types::builder::CreateInvitationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/invitations`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Invitation>, Error<types::Error>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateInvitationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/invitations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_invitation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `create_invitation` (`POST /invitations`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::CREATE_INVITATION;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateInvitationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(::hirekit_runtime::RequestError::invalid)?;
            let url = format!("{}/invitations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::Invitation, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::get_invitation`]

[`Client::get_invitation`]: super::Client::get_invitation*/
    #[derive(Clone)]
    pub struct GetInvitation<'a> {
        client: &'a super::Client,
        invitation_id: Result<i64, String>,
    }
    impl<'a> GetInvitation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invitation_id: Err("invitation_id was not initialized".to_string()),
            }
        }
        pub fn invitation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.invitation_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for invitation_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/invitations/{invitationId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Invitation>, Error<types::Error>> {
            let Self { client, invitation_id } = self;
            let invitation_id = invitation_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/invitations/{}", client.baseurl, encode_path(& invitation_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_invitation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `get_invitation` (`GET /invitations/{invitationId}`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::GET_INVITATION;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client, invitation_id } = self;
            let invitation_id = invitation_id
                .map_err(::hirekit_runtime::RequestError::invalid)?;
            let url = format!(
                "{}/invitations/{}", client.baseurl,
                ::hirekit_runtime::path_segment("invitation_id", encode_path(&
                invitation_id.to_string())) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::Invitation, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::update_invitation`]

[`Client::update_invitation`]: super::Client::update_invitation*/
    #[derive(Clone)]
    pub struct UpdateInvitation<'a> {
        client: &'a super::Client,
        invitation_id: Result<i64, String>,
        body: Result<types::builder::UpdateInvitationRequest, String>,
    }
    impl<'a> UpdateInvitation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                invitation_id: Err("invitation_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn invitation_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.invitation_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for invitation_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateInvitationRequest>,
            <V as std::convert::TryInto<
                types::UpdateInvitationRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateInvitationRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateInvitationRequest,
            ) -> types::builder::UpdateInvitationRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/invitations/{invitationId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Invitation>, Error<types::Error>> {
            let Self { client, invitation_id, body } = self;
            let invitation_id = invitation_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateInvitationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/invitations/{}", client.baseurl, encode_path(& invitation_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_invitation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `update_invitation` (`PUT /invitations/{invitationId}`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::UPDATE_INVITATION;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client, invitation_id, body } = self;
            let invitation_id = invitation_id
                .map_err(::hirekit_runtime::RequestError::invalid)?;
            let body = body
                .and_then(|v| {
                    types::UpdateInvitationRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(::hirekit_runtime::RequestError::invalid)?;
            let url = format!(
                "{}/invitations/{}", client.baseurl,
                ::hirekit_runtime::path_segment("invitation_id", encode_path(&
                invitation_id.to_string())) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::Invitation, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::list_score_profiles`]

[`Client::list_score_profiles`]: super::Client::list_score_profiles*/
    #[derive(Clone)]
    pub struct ListScoreProfiles<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListScoreProfiles<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/score-profiles`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ScoreProfileList>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/score-profiles", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_score_profiles",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `list_score_profiles` (`GET /score-profiles`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::LIST_SCORE_PROFILES;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client } = self;
            let url = format!("{}/score-profiles", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::ScoreProfileList, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::list_teams`]

[`Client::list_teams`]: super::Client::list_teams*/
    #[derive(Clone)]
    pub struct ListTeams<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListTeams<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/teams`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TeamList>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/teams", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_teams",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `list_teams` (`GET /teams`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::LIST_TEAMS;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client } = self;
            let url = format!("{}/teams", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::TeamList, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::list_test_takers`]

[`Client::list_test_takers`]: super::Client::list_test_takers*/
    #[derive(Clone)]
    pub struct ListTestTakers<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListTestTakers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/test-takers`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TestTakerList>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/test-takers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_test_takers",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `list_test_takers` (`GET /test-takers`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::LIST_TEST_TAKERS;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client } = self;
            let url = format!("{}/test-takers", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::TestTakerList, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::get_test_taker`]

[`Client::get_test_taker`]: super::Client::get_test_taker*/
    #[derive(Clone)]
    pub struct GetTestTaker<'a> {
        client: &'a super::Client,
        test_taker_id: Result<i64, String>,
    }
    impl<'a> GetTestTaker<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                test_taker_id: Err("test_taker_id was not initialized".to_string()),
            }
        }
        pub fn test_taker_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.test_taker_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for test_taker_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/test-takers/{testTakerId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TestTaker>, Error<types::Error>> {
            let Self { client, test_taker_id } = self;
            let test_taker_id = test_taker_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/test-takers/{}", client.baseurl, encode_path(& test_taker_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_test_taker",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `get_test_taker` (`GET /test-takers/{testTakerId}`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::GET_TEST_TAKER;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client, test_taker_id } = self;
            let test_taker_id = test_taker_id
                .map_err(::hirekit_runtime::RequestError::invalid)?;
            let url = format!(
                "{}/test-takers/{}", client.baseurl,
                ::hirekit_runtime::path_segment("test_taker_id", encode_path(&
                test_taker_id.to_string())) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::TestTaker, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::get_job_fit_report`]

[`Client::get_job_fit_report`]: super::Client::get_job_fit_report*/
    #[derive(Clone)]
    pub struct GetJobFitReport<'a> {
        client: &'a super::Client,
        test_taker_id: Result<i64, String>,
    }
    impl<'a> GetJobFitReport<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                test_taker_id: Err("test_taker_id was not initialized".to_string()),
            }
        }
        pub fn test_taker_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.test_taker_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for test_taker_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/test-takers/{testTakerId}/job-fit-report`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JobFitReport>, Error<types::Error>> {
            let Self { client, test_taker_id } = self;
            let test_taker_id = test_taker_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/test-takers/{}/job-fit-report", client.baseurl, encode_path(&
                test_taker_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_job_fit_report",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `get_job_fit_report` (`GET /test-takers/{testTakerId}/job-fit-report`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::GET_JOB_FIT_REPORT;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client, test_taker_id } = self;
            let test_taker_id = test_taker_id
                .map_err(::hirekit_runtime::RequestError::invalid)?;
            let url = format!(
                "{}/test-takers/{}/job-fit-report", client.baseurl,
                ::hirekit_runtime::path_segment("test_taker_id", encode_path(&
                test_taker_id.to_string())) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::JobFitReport, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::get_scorecard`]

[`Client::get_scorecard`]: super::Client::get_scorecard*/
    #[derive(Clone)]
    pub struct GetScorecard<'a> {
        client: &'a super::Client,
        test_taker_id: Result<i64, String>,
        sp: Result<types::GetScorecardSp, String>,
    }
    impl<'a> GetScorecard<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                test_taker_id: Err("test_taker_id was not initialized".to_string()),
                sp: Err("sp was not initialized".to_string()),
            }
        }
        pub fn test_taker_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.test_taker_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for test_taker_id failed".to_string());
            self
        }
        pub fn sp<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetScorecardSp>,
        {
            self.sp = value
                .try_into()
                .map_err(|_| "conversion to `GetScorecardSp` for sp failed".to_string());
            self
        }
        ///Sends a `GET` request to `/test-takers/{testTakerId}/scorecard`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Scorecard>, Error<types::Error>> {
            let Self { client, test_taker_id, sp } = self;
            let test_taker_id = test_taker_id.map_err(Error::InvalidRequest)?;
            let sp = sp.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/test-takers/{}/scorecard", client.baseurl, encode_path(&
                test_taker_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("sp", &sp))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_scorecard",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `get_scorecard` (`GET /test-takers/{testTakerId}/scorecard`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::GET_SCORECARD;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client, test_taker_id, sp } = self;
            let test_taker_id = test_taker_id
                .map_err(::hirekit_runtime::RequestError::invalid)?;
            let sp = sp.map_err(::hirekit_runtime::RequestError::invalid)?;
            let url = format!(
                "{}/test-takers/{}/scorecard", client.baseurl,
                ::hirekit_runtime::path_segment("test_taker_id", encode_path(&
                test_taker_id.to_string())) ?,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("sp", &sp))
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::Scorecard, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::list_users`]

[`Client::list_users`]: super::Client::list_users*/
    #[derive(Clone)]
    pub struct ListUsers<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/users`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserList>, Error<types::Error>> {
            let Self { client } = self;
            let url = format!("{}/users", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `list_users` (`GET /users`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::LIST_USERS;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client } = self;
            let url = format!("{}/users", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::UserList, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    impl<'a> ::std::fmt::Debug for GetAccount<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetAccount").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for ListAssessments<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListAssessments").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for ListCareerNavigationProfiles<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListCareerNavigationProfiles").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for GetCareerNavigationProfile<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetCareerNavigationProfile").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for ListEmailTemplates<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListEmailTemplates").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for CheckHealth<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CheckHealth").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for ListInvitations<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListInvitations").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for CreateInvitation<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("CreateInvitation").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for GetInvitation<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetInvitation").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for UpdateInvitation<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("UpdateInvitation").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for ListScoreProfiles<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListScoreProfiles").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for ListTeams<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListTeams").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for ListTestTakers<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListTestTakers").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for GetTestTaker<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetTestTaker").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for GetJobFitReport<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetJobFitReport").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for GetScorecard<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("GetScorecard").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for ListUsers<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("ListUsers").finish_non_exhaustive()
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// Every operation of the spec as a route the transport reads: one constant per
/// operationId (upper case), and [`routes::ALL`] in spec order.
pub mod routes {
    use ::hirekit_runtime::{Method, Pagination, Route, TimeoutClass};
    ///`check_health`: `GET /healthcheck`.
    pub const CHECK_HEALTH: Route = Route {
        operation_id: "check_health",
        method: Method::Get,
        path: "/healthcheck",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`get_account`: `GET /accounts`.
    pub const GET_ACCOUNT: Route = Route {
        operation_id: "get_account",
        method: Method::Get,
        path: "/accounts",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`list_users`: `GET /users`.
    pub const LIST_USERS: Route = Route {
        operation_id: "list_users",
        method: Method::Get,
        path: "/users",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`list_teams`: `GET /teams`.
    pub const LIST_TEAMS: Route = Route {
        operation_id: "list_teams",
        method: Method::Get,
        path: "/teams",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`list_email_templates`: `GET /email-templates`.
    pub const LIST_EMAIL_TEMPLATES: Route = Route {
        operation_id: "list_email_templates",
        method: Method::Get,
        path: "/email-templates",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`list_invitations`: `GET /invitations`.
    pub const LIST_INVITATIONS: Route = Route {
        operation_id: "list_invitations",
        method: Method::Get,
        path: "/invitations",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`create_invitation`: `POST /invitations`.
    pub const CREATE_INVITATION: Route = Route {
        operation_id: "create_invitation",
        method: Method::Post,
        path: "/invitations",
        idempotent: false,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`get_invitation`: `GET /invitations/{invitationId}`.
    pub const GET_INVITATION: Route = Route {
        operation_id: "get_invitation",
        method: Method::Get,
        path: "/invitations/{invitationId}",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`update_invitation`: `PUT /invitations/{invitationId}`.
    pub const UPDATE_INVITATION: Route = Route {
        operation_id: "update_invitation",
        method: Method::Put,
        path: "/invitations/{invitationId}",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`list_test_takers`: `GET /test-takers`.
    pub const LIST_TEST_TAKERS: Route = Route {
        operation_id: "list_test_takers",
        method: Method::Get,
        path: "/test-takers",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`get_test_taker`: `GET /test-takers/{testTakerId}`.
    pub const GET_TEST_TAKER: Route = Route {
        operation_id: "get_test_taker",
        method: Method::Get,
        path: "/test-takers/{testTakerId}",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`get_scorecard`: `GET /test-takers/{testTakerId}/scorecard`.
    pub const GET_SCORECARD: Route = Route {
        operation_id: "get_scorecard",
        method: Method::Get,
        path: "/test-takers/{testTakerId}/scorecard",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`get_job_fit_report`: `GET /test-takers/{testTakerId}/job-fit-report`.
    pub const GET_JOB_FIT_REPORT: Route = Route {
        operation_id: "get_job_fit_report",
        method: Method::Get,
        path: "/test-takers/{testTakerId}/job-fit-report",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`list_career_navigation_profiles`: `GET /career-navigation-profiles`.
    pub const LIST_CAREER_NAVIGATION_PROFILES: Route = Route {
        operation_id: "list_career_navigation_profiles",
        method: Method::Get,
        path: "/career-navigation-profiles",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`get_career_navigation_profile`: `GET /career-navigation-profiles/{careerNavigationProfileId}`.
    pub const GET_CAREER_NAVIGATION_PROFILE: Route = Route {
        operation_id: "get_career_navigation_profile",
        method: Method::Get,
        path: "/career-navigation-profiles/{careerNavigationProfileId}",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`list_score_profiles`: `GET /score-profiles`.
    pub const LIST_SCORE_PROFILES: Route = Route {
        operation_id: "list_score_profiles",
        method: Method::Get,
        path: "/score-profiles",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`list_assessments`: `GET /assessments`.
    pub const LIST_ASSESSMENTS: Route = Route {
        operation_id: "list_assessments",
        method: Method::Get,
        path: "/assessments",
        idempotent: true,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    /// Every operation, generated or implemented by hand, in spec order.
    pub const ALL: &[Route] = &[
        CHECK_HEALTH,
        GET_ACCOUNT,
        LIST_USERS,
        LIST_TEAMS,
        LIST_EMAIL_TEMPLATES,
        LIST_INVITATIONS,
        CREATE_INVITATION,
        GET_INVITATION,
        UPDATE_INVITATION,
        LIST_TEST_TAKERS,
        GET_TEST_TAKER,
        GET_SCORECARD,
        GET_JOB_FIT_REPORT,
        LIST_CAREER_NAVIGATION_PROFILES,
        GET_CAREER_NAVIGATION_PROFILE,
        LIST_SCORE_PROFILES,
        LIST_ASSESSMENTS,
    ];
}
