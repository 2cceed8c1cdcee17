//! JOFI API v2 conformance: one test per operation (named after its operationId) through the
//! generated client, plus authentication, validation, list caps and webhook events.
//!
//! Tests that need the mock's control endpoints (accepting an invitation, completing
//! assessments, seeding) return early against an external server.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::Duration;

use hirekit_conformance::hirekit_mock::webhooks::{Encoding, sign};
use hirekit_conformance::hirekit_mock::{Config, MockServer};
use hirekit_conformance::{Target, Which};
use jofi_raw::types::{self, Mode, ModeValue};
use serde_json::{Value, json};

async fn target() -> Target {
    Target::new(Which::Jofi).await
}

/// The mode the target's key should report.
fn expected_mode(target: &Target) -> Mode {
    if target.jofi_key().starts_with("sk_live_") {
        Mode::Live
    } else {
        Mode::Test
    }
}

fn is_mode(value: &ModeValue, mode: Mode) -> bool {
    matches!(value, ModeValue::Mode(m) if *m == mode)
}

/// A user of the key's account, to send invitations from.
async fn inviter(client: &jofi_raw::Client) -> String {
    let users = client
        .list_users()
        .send()
        .await
        .expect("users")
        .into_inner();
    users
        .data
        .iter()
        .find_map(|u| u.email.clone())
        .expect("the account has a user with an email")
}

/// Creates an invitation and returns it.
async fn create(client: &jofi_raw::Client, first: &str) -> types::Invitation {
    let from = inviter(client).await;
    let response = client
        .create_invitation()
        .body_map(|b| {
            b.first_name(first)
                .last_name("Testperson")
                .email(format!("{}.testperson@example.org", first.to_lowercase()))
                .created_by_user_email(from)
                .person_id("person-0001")
                .custom_id("REQ-77")
                .assessments_to_assign(vec![
                    types::AssessmentToAssign { test_id: 6 },
                    types::AssessmentToAssign { test_id: 7 },
                ])
                .send_via_email(false)
        })
        .send()
        .await
        .expect("create_invitation succeeds");
    assert_eq!(response.status().as_u16(), 201);
    response.into_inner()
}

/// An invitation accepted through the control endpoints: `(invitation id, test taker id)`.
async fn accepted(target: &Target, first: &str) -> Option<(i64, i64)> {
    let control = target.control()?;
    let invitation = create(&target.jofi(), first).await;
    let body = control
        .ok(
            "POST",
            &format!("jofi/invitations/{}/accept", invitation.id),
            None,
        )
        .await;
    let taker = body["test_taker"]["id"].as_i64().expect("a test taker id");
    Some((invitation.id, taker))
}

/// The HTTP status of a failed generated call.
fn status_of<T: std::fmt::Debug>(result: Result<T, jofi_raw::Error<types::Error>>) -> u16 {
    let error = result.expect_err("the call fails");
    error.status().map(|s| s.as_u16()).unwrap_or(0)
}

/// The message of a failed generated call's JOFI error body.
fn message_of<T: std::fmt::Debug>(
    result: Result<T, jofi_raw::Error<types::Error>>,
) -> (u16, String) {
    match result.expect_err("the call fails") {
        jofi_raw::Error::ErrorResponse(response) => {
            let status = response.status().as_u16();
            let body = response.into_inner();
            (status, body.message.unwrap_or_default())
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

// ------------------------------------------------------------------ one test per operation

#[tokio::test]
async fn check_health() {
    let target = target().await;
    // No key: the health check is the one open route.
    let http = target.http_with(None, &[]);
    let client = jofi_raw::Client::new_with_client(&target.base_url, http);
    let response = client.check_health().send().await.expect("healthcheck");
    assert_eq!(response.status().as_u16(), 200);
    if target.mock().is_some() {
        assert_eq!(response.into_inner().get("status"), Some(&json!("ok")));
    }
}

#[tokio::test]
async fn get_account() {
    let target = target().await;
    let response = target.jofi().get_account().send().await.expect("account");
    assert_eq!(response.status().as_u16(), 200);
    let account = response.into_inner();
    assert!(is_mode(&account.mode, expected_mode(&target)));
    assert_eq!(account.object, "account");
    assert!(account.id > 0);
    assert!(!account.display_name.is_empty());
    assert!(account.teams_count >= 1);
    assert!(account.users_count >= 1);
}

#[tokio::test]
async fn list_users() {
    let target = target().await;
    let response = target.jofi().list_users().send().await.expect("users");
    assert_eq!(response.status().as_u16(), 200);
    let users = response.into_inner();
    assert_eq!(users.object, "list");
    assert!(is_mode(&users.mode, expected_mode(&target)));
    assert!(!users.data.is_empty());
    assert_eq!(users.total_count, users.data.len() as i64);
    assert!(
        users
            .data
            .iter()
            .all(|u| u.email.as_deref().is_some_and(|e| e.contains('@')))
    );
}

#[tokio::test]
async fn list_teams() {
    let target = target().await;
    let response = target.jofi().list_teams().send().await.expect("teams");
    assert_eq!(response.status().as_u16(), 200);
    let teams = response.into_inner();
    assert_eq!(teams.object, "list");
    assert!(!teams.has_more);
    assert_eq!(teams.total_count, teams.data.len() as i64);
    for team in &teams.data {
        assert_eq!(team.object, "team_list_item");
        assert!(!team.display_name.is_empty());
        assert!(team.users_count >= 0);
    }
}

#[tokio::test]
async fn list_email_templates() {
    let target = target().await;
    let response = target
        .jofi()
        .list_email_templates()
        .send()
        .await
        .expect("templates");
    assert_eq!(response.status().as_u16(), 200);
    let templates = response.into_inner();
    assert_eq!(templates.object, "list");
    assert!(
        templates
            .data
            .iter()
            .all(|t| t.object == "email_template_list_item")
    );
    let invitation_templates = templates
        .data
        .iter()
        .filter(|t| {
            matches!(
                &t.type_,
                types::EmailTemplateTypeValue::EmailTemplateType(
                    types::EmailTemplateType::Invitation
                )
            )
        })
        .count();
    assert!(
        invitation_templates >= 1,
        "at least one invitation template"
    );
}

#[tokio::test]
async fn list_score_profiles() {
    let target = target().await;
    let response = target
        .jofi()
        .list_score_profiles()
        .send()
        .await
        .expect("profiles");
    assert_eq!(response.status().as_u16(), 200);
    let profiles = response.into_inner();
    assert_eq!(profiles.object, "list");
    assert!(!profiles.data.is_empty());
    for profile in &profiles.data {
        assert_eq!(profile.object, "score_profile_list_item");
        assert!(!profile.short_name.is_empty());
    }
    if target.mock().is_some() {
        assert!(profiles.data.iter().any(|p| p.short_name == "JOFI-295-AS"));
    }
}

#[tokio::test]
async fn list_assessments() {
    let target = target().await;
    let response = target
        .jofi()
        .list_assessments()
        .send()
        .await
        .expect("assessments");
    assert_eq!(response.status().as_u16(), 200);
    let assessments = response.into_inner();
    assert!(is_mode(&assessments.mode, expected_mode(&target)));
    let ids: Vec<i64> = assessments.data.iter().filter_map(|a| a.id).collect();
    // The ids the vendor's own examples use.
    for id in [6, 7, 8] {
        assert!(
            ids.contains(&id),
            "assessment {id} is in the catalogue: {ids:?}"
        );
    }
}

#[tokio::test]
async fn create_invitation() {
    let target = target().await;
    let invitation = create(&target.jofi(), "Linnea").await;
    assert_eq!(invitation.object, "invitation");
    assert!(invitation.id > 0);
    assert_eq!(invitation.first_name, "Linnea");
    assert_eq!(invitation.email, "linnea.testperson@example.org");
    assert_eq!(invitation.person_id.as_deref(), Some("person-0001"));
    assert!(invitation.assessment_url.starts_with("https://"));
    assert!(invitation.accepted_at.is_none());
    assert!(invitation.test_taker_id.is_none());
    assert!(invitation.career_navigation_profile_id.is_none());
    assert!(is_mode(
        invitation.mode.as_ref().expect("mode"),
        expected_mode(&target)
    ));
}

#[tokio::test]
async fn get_invitation() {
    let target = target().await;
    let client = target.jofi();
    let created = create(&client, "Oskar").await;
    let response = client
        .get_invitation()
        .invitation_id(created.id)
        .send()
        .await
        .expect("get_invitation");
    assert_eq!(response.status().as_u16(), 200);
    let read = response.into_inner();
    assert_eq!(read.id, created.id);
    assert_eq!(read.first_name, "Oskar");
    assert_eq!(read.assessment_url, created.assessment_url);

    let missing = client
        .get_invitation()
        .invitation_id(999_999_999)
        .send()
        .await;
    assert_eq!(status_of(missing), 404);
}

#[tokio::test]
async fn update_invitation() {
    let target = target().await;
    let client = target.jofi();
    let created = create(&client, "Greta").await;
    let response = client
        .update_invitation()
        .invitation_id(created.id)
        .body_map(|b| b.last_name("Renamed").custom_id("REQ-78"))
        .send()
        .await
        .expect("update_invitation");
    assert_eq!(response.status().as_u16(), 200);
    let updated = response.into_inner();
    assert_eq!(updated.id, created.id);
    assert_eq!(updated.last_name, "Renamed");
    // Omitted fields keep their values.
    assert_eq!(updated.first_name, "Greta");
    assert_eq!(updated.email, created.email);
    let read = client
        .get_invitation()
        .invitation_id(created.id)
        .send()
        .await
        .expect("read back")
        .into_inner();
    assert_eq!(read.last_name, "Renamed");
    if target.mock().is_some() {
        assert_eq!(read.extra.get("custom_id"), Some(&json!("REQ-78")));
    }

    let missing = client
        .update_invitation()
        .invitation_id(999_999_999)
        .body_map(|b| b.last_name("Nobody"))
        .send()
        .await;
    assert_eq!(status_of(missing), 404);
}

#[tokio::test]
async fn list_invitations() {
    let target = target().await;
    let client = target.jofi();
    let first = create(&client, "Ada").await;
    let second = create(&client, "Bo").await;
    let response = client.list_invitations().send().await.expect("list");
    assert_eq!(response.status().as_u16(), 200);
    let list = response.into_inner();
    assert_eq!(list.object, "list");
    assert!(list.total_count >= 2);
    let ids: Vec<i64> = list.data.iter().filter_map(|i| i.id).collect();
    let (a, b) = (
        ids.iter()
            .position(|&id| id == first.id)
            .expect("first is listed"),
        ids.iter()
            .position(|&id| id == second.id)
            .expect("second is listed"),
    );
    assert!(b < a, "newest first: {ids:?}");
}

#[tokio::test]
async fn list_test_takers() {
    let target = target().await;
    let Some((invitation_id, taker_id)) = accepted(&target, "Tove").await else {
        return;
    };
    let response = target.jofi().list_test_takers().send().await.expect("list");
    assert_eq!(response.status().as_u16(), 200);
    let list = response.into_inner();
    assert_eq!(list.total_count, 1);
    assert!(!list.has_more);
    let item = &list.data[0];
    assert_eq!(item.object, "test_taker_list_item");
    assert_eq!(item.id, taker_id);
    assert_eq!(item.invitation_id, invitation_id);
    assert_eq!(item.first_name, "Tove");
    assert!(item.scorecard_url.contains(&taker_id.to_string()));
    assert!(item.career_navigation_profile_id.is_none());
    assert!(item.job_fit_summary_url.is_none());
}

#[tokio::test]
async fn get_test_taker() {
    let target = target().await;
    let Some((invitation_id, taker_id)) = accepted(&target, "Ivo").await else {
        return;
    };
    let client = target.jofi();
    let response = client
        .get_test_taker()
        .test_taker_id(taker_id)
        .send()
        .await
        .expect("get_test_taker");
    assert_eq!(response.status().as_u16(), 200);
    let taker = response.into_inner();
    assert_eq!(taker.object, "test_taker");
    assert_eq!(taker.id, taker_id);
    assert_eq!(taker.invitation_id, Some(invitation_id));
    let assessments: Vec<i64> = taker
        .assigned_assessments
        .iter()
        .map(|a| a.assessment.id)
        .collect();
    assert_eq!(assessments, vec![6, 7]);
    assert!(
        taker
            .assigned_assessments
            .iter()
            .all(|a| a.completed_at.is_none())
    );

    let missing = client
        .get_test_taker()
        .test_taker_id(999_999_999)
        .send()
        .await;
    assert_eq!(status_of(missing), 404);
}

#[tokio::test]
async fn get_scorecard() {
    let target = target().await;
    let Some((_, taker_id)) = accepted(&target, "Mira").await else {
        return;
    };
    let client = target.jofi();
    let before = client
        .get_scorecard()
        .test_taker_id(taker_id)
        .sp("JOFI-295-AS")
        .send()
        .await
        .expect("scorecard before completion")
        .into_inner();
    let thinking = before.scores.thinking_skills.expect("thinking is assigned");
    assert!(thinking.iter().all(|s| s.test_taker_score.is_none()));

    let control = target.control().expect("control");
    control
        .ok(
            "POST",
            &format!("jofi/test-takers/{taker_id}/complete"),
            None,
        )
        .await;
    let response = client
        .get_scorecard()
        .test_taker_id(taker_id)
        .sp("JOFI-295-AS")
        .send()
        .await
        .expect("scorecard");
    assert_eq!(response.status().as_u16(), 200);
    let card = response.into_inner();
    assert_eq!(card.object, "scorecard");
    assert_eq!(card.test_taker_id, taker_id);
    assert_eq!(card.first_name, "Mira");
    assert_eq!(card.score_profile.short_name, "JOFI-295-AS");
    let thinking = card.scores.thinking_skills.expect("thinking section");
    let overall = &thinking[0];
    assert_eq!(overall.object, "score");
    assert!(
        overall
            .test_taker_score
            .is_some_and(|s| (1.0..=10.0).contains(&s))
    );
    assert!(!overall.facets.is_empty());
    assert!(card.scores.personality_traits.is_some());
}

#[tokio::test]
async fn get_job_fit_report() {
    let target = target().await;
    let Some((_, taker_id)) = accepted(&target, "Noor").await else {
        return;
    };
    let client = target.jofi();
    let response = client
        .get_job_fit_report()
        .test_taker_id(taker_id)
        .send()
        .await
        .expect("job-fit report");
    assert_eq!(response.status().as_u16(), 200);
    let report = response.into_inner();
    assert!(is_mode(
        report.mode.as_ref().expect("mode"),
        expected_mode(&target)
    ));
    assert_eq!(report.object.as_deref(), Some("job_fit_report"));
    assert_eq!(report.extra.get("test_taker_id"), Some(&json!(taker_id)));
    assert_eq!(report.extra.get("ready"), Some(&json!(false)));

    let missing = client
        .get_job_fit_report()
        .test_taker_id(999_999_999)
        .send()
        .await;
    assert_eq!(status_of(missing), 404);
}

#[tokio::test]
async fn list_career_navigation_profiles() {
    let target = target().await;
    let Some((invitation_id, taker_id)) = accepted(&target, "Pia").await else {
        return;
    };
    let control = target.control().expect("control");
    let created = control
        .ok(
            "POST",
            "jofi/career-navigation-profiles",
            Some(json!({ "test_taker_id": taker_id })),
        )
        .await;
    let id = created["career_navigation_profile"]["id"]
        .as_str()
        .expect("profile id")
        .to_string();
    let response = target
        .jofi()
        .list_career_navigation_profiles()
        .send()
        .await
        .expect("list");
    assert_eq!(response.status().as_u16(), 200);
    let list = response.into_inner();
    assert_eq!(list.total_count, 1);
    let item = &list.data[0];
    assert_eq!(item.object, "career_navigation_profile_list_item");
    assert_eq!(item.id, id);
    assert_eq!(item.test_taker_id, taker_id);
    assert_eq!(item.invitation_id, invitation_id);
    assert!(item.career_navigation_url.ends_with(&id));
    assert!(item.job_fit_summary_url.contains(&id));
}

#[tokio::test]
async fn get_career_navigation_profile() {
    let target = target().await;
    let Some((_, _)) = accepted(&target, "Runa").await else {
        return;
    };
    let control = target.control().expect("control");
    // By email: the newest test taker with that address.
    let created = control
        .ok(
            "POST",
            "jofi/career-navigation-profiles",
            Some(json!({ "email": "runa.testperson@example.org" })),
        )
        .await;
    let id = created["career_navigation_profile"]["id"]
        .as_str()
        .expect("profile id")
        .to_string();
    let client = target.jofi();
    let response = client
        .get_career_navigation_profile()
        .career_navigation_profile_id(&id)
        .send()
        .await
        .expect("get profile");
    assert_eq!(response.status().as_u16(), 200);
    let profile = response.into_inner();
    assert_eq!(profile.id.as_deref(), Some(id.as_str()));
    assert_eq!(profile.first_name.as_deref(), Some("Runa"));
    assert!(is_mode(
        profile.mode.as_ref().expect("mode"),
        expected_mode(&target)
    ));

    let missing = client
        .get_career_navigation_profile()
        .career_navigation_profile_id("CNP0000000000")
        .send()
        .await;
    assert_eq!(status_of(missing), 404);
}

// ------------------------------------------------------------------ authentication

#[tokio::test]
async fn a_missing_or_malformed_key_is_401() {
    let target = target().await;
    for key in [None, Some("not-a-jofi-key"), Some("pk_test_abc")] {
        let http = target.http_with(key, &[]);
        let client = jofi_raw::Client::new_with_client(&target.base_url, http);
        assert_eq!(
            status_of(client.get_account().send().await),
            401,
            "key {key:?}"
        );
        assert_eq!(
            status_of(client.list_invitations().send().await),
            401,
            "key {key:?}"
        );
    }
}

#[tokio::test]
async fn a_live_key_is_refused_unless_allowed() {
    let target = target().await;
    if target.mock().is_none() {
        // An external server may well accept live keys.
        return;
    }
    let http = target.http_with(Some("sk_live_conformance"), &[]);
    let client = jofi_raw::Client::new_with_client(&target.base_url, http);
    let (status, message) = message_of(client.get_account().send().await);
    assert_eq!(status, 401);
    assert!(message.contains("live"), "{message}");
}

#[tokio::test]
async fn live_and_test_keys_see_separate_records() {
    let config = Config {
        allow_live_keys: true,
        ..Config::default()
    };
    let mock = MockServer::start_with(config, 0)
        .await
        .expect("mock starts");
    let client_for = |key: &str| {
        let http = reqwest::Client::builder()
            .default_headers(
                [(
                    reqwest::header::AUTHORIZATION,
                    format!("Bearer {key}").parse().expect("header"),
                )]
                .into_iter()
                .collect(),
            )
            .build()
            .expect("client");
        jofi_raw::Client::new_with_client(&mock.jofi_url(), http)
    };
    let (live, test) = (client_for("sk_live_abc"), client_for("sk_test_abc"));
    let created = create(&live, "Liv").await;
    assert!(is_mode(created.mode.as_ref().expect("mode"), Mode::Live));
    let account = live
        .get_account()
        .send()
        .await
        .expect("account")
        .into_inner();
    assert!(is_mode(&account.mode, Mode::Live));
    assert_eq!(account.invitations_count, 1);
    let test_list = test
        .list_invitations()
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(test_list.total_count, 0);
    assert_eq!(
        status_of(test.get_invitation().invitation_id(created.id).send().await),
        404
    );
}

// ------------------------------------------------------------------ validation

#[tokio::test]
async fn a_wrong_field_type_is_400_naming_the_field() {
    let target = target().await;
    let http = target.http_with(Some(&target.jofi_key()), &[]);
    let response = http
        .post(format!("{}/invitations", target.base_url))
        .json(&json!({
            "first_name": 42,
            "last_name": "Sample",
            "email": "x@example.org",
            "created_by_user_email": "avery.hollis@example.com",
        }))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 400);
    let body: Value = response.json().await.expect("JSON error");
    let message = body["message"].as_str().unwrap_or_default();
    assert!(message.contains("first_name"), "{body}");

    let missing = http
        .post(format!("{}/invitations", target.base_url))
        .json(&json!({ "first_name": "Ana", "last_name": "Sample", "email": "x@example.org" }))
        .send()
        .await
        .expect("request");
    assert_eq!(missing.status().as_u16(), 400);
    let body: Value = missing.json().await.expect("JSON error");
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("created_by_user_email"),
        "{body}"
    );
}

#[tokio::test]
async fn an_unknown_inviter_is_400_naming_the_field() {
    let target = target().await;
    if target.mock().is_none() {
        return;
    }
    let result = target
        .jofi()
        .create_invitation()
        .body_map(|b| {
            b.first_name("Ana")
                .last_name("Sample")
                .email("ana@example.org")
                .created_by_user_email("nobody@example.org")
        })
        .send()
        .await;
    let (status, message) = message_of(result);
    assert_eq!(status, 400);
    assert!(message.contains("created_by_user_email"), "{message}");
}

#[tokio::test]
async fn a_scorecard_without_a_valid_sp_is_400() {
    let target = target().await;
    let taker = match accepted(&target, "Sven").await {
        Some((_, taker)) => taker,
        None => 1,
    };
    let (status, message) = message_of(
        target
            .jofi()
            .get_scorecard()
            .test_taker_id(taker)
            .sp("NOT-A-PROFILE")
            .send()
            .await,
    );
    assert_eq!(status, 400);
    assert!(message.contains("sp"), "{message}");

    let http = target.http_with(Some(&target.jofi_key()), &[]);
    let response = http
        .get(format!("{}/test-takers/{taker}/scorecard", target.base_url))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status().as_u16(), 400);
    let body: Value = response.json().await.expect("JSON error");
    assert!(
        body["message"].as_str().unwrap_or_default().contains("sp"),
        "{body}"
    );
}

#[tokio::test]
async fn account_references_are_checked_and_acceptance_happens_once() {
    let target = target().await;
    let Some(control) = target.control() else {
        return;
    };
    let client = target.jofi();
    let created = create(&client, "Edda").await;
    let (status, message) = message_of(
        client
            .update_invitation()
            .invitation_id(created.id)
            .body_map(|b| b.team_id(424_242))
            .send()
            .await,
    );
    assert_eq!(status, 400);
    assert!(message.contains("team_id"), "{message}");

    let path = format!("jofi/invitations/{}/accept", created.id);
    control.ok("POST", &path, None).await;
    let (status, _) = control.call("POST", &path, None).await;
    assert_eq!(status, 409, "an invitation is accepted once");
    let (status, _) = control
        .call("POST", "jofi/invitations/1/accept", None)
        .await;
    assert_eq!(status, 404);
    let accepted = client
        .get_invitation()
        .invitation_id(created.id)
        .send()
        .await
        .expect("read")
        .into_inner();
    assert!(accepted.accepted_at.is_some());
    assert!(accepted.test_taker_id.is_some());
}

// ------------------------------------------------------------------ list caps

#[tokio::test]
async fn test_takers_list_the_30_most_recent() {
    let target = target().await;
    let Some(control) = target.control() else {
        return;
    };
    let seeded = control
        .ok(
            "POST",
            "jofi/seed",
            Some(json!({ "invitations": 35, "accept": true })),
        )
        .await;
    let newest = seeded["test_takers"][34].as_i64().expect("35 test takers");
    let list = target
        .jofi()
        .list_test_takers()
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(list.total_count, 35);
    assert!(list.has_more);
    assert_eq!(list.data.len(), 30);
    assert_eq!(list.data[0].id, newest);
    assert!(
        list.data.windows(2).all(|w| w[0].id > w[1].id),
        "newest first"
    );

    // Invitations have no documented cap: all 35 are listed.
    let invitations = target
        .jofi()
        .list_invitations()
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(invitations.total_count, 35);
    assert_eq!(invitations.data.len(), 35);
    assert!(!invitations.has_more);
}

#[tokio::test]
async fn career_navigation_profiles_list_the_50_most_recent() {
    let target = target().await;
    let Some(control) = target.control() else {
        return;
    };
    control
        .ok(
            "POST",
            "jofi/seed",
            Some(json!({ "invitations": 52, "profiles": true })),
        )
        .await;
    let list = target
        .jofi()
        .list_career_navigation_profiles()
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(list.total_count, 52);
    assert!(list.has_more);
    assert_eq!(list.data.len(), 50);
    assert!(
        list.data.windows(2).all(|w| w[0].id > w[1].id),
        "newest first"
    );
    // Seeding is silent: no events, no API creations counted.
    let stats = control.ok("GET", "stats", None).await;
    assert_eq!(stats["jofi"]["invitations_created"], json!(0));
    assert_eq!(stats["jofi"]["invitations_seeded"], json!(52));
}

#[tokio::test]
async fn stats_count_each_created_invitation_once() {
    let target = target().await;
    let Some(control) = target.control() else {
        return;
    };
    create(&target.jofi(), "Una").await;
    let stats = control.ok("GET", "stats", None).await;
    assert_eq!(stats["jofi"]["invitations_created"], json!(1));
    assert_eq!(stats["jofi"]["test_takers_created"], json!(0));
    accepted(&target, "Vera").await;
    let stats = control.ok("GET", "stats", None).await;
    assert_eq!(stats["jofi"]["invitations_created"], json!(2));
    assert_eq!(stats["jofi"]["test_takers_created"], json!(1));
}

// ------------------------------------------------------------------ webhooks

/// One delivery a receiver got: lower-case headers and the raw body.
type Received = (BTreeMap<String, String>, Vec<u8>);

/// A tiny HTTP receiver on a thread: answers 200 to every POST and hands over what arrived.
fn start_receiver() -> (String, mpsc::Receiver<Received>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind receiver");
    let url = format!("http://{}/hooks/jofi", listener.local_addr().expect("addr"));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut data = Vec::new();
            let mut chunk = [0u8; 4096];
            let (head_end, length) = loop {
                let Ok(n) = stream.read(&mut chunk) else {
                    break (0, 0);
                };
                if n == 0 {
                    break (0, 0);
                }
                data.extend_from_slice(&chunk[..n]);
                if let Some(pos) = data.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&data[..pos]).to_lowercase();
                    let length = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(0);
                    break (pos + 4, length);
                }
            };
            if head_end == 0 {
                continue;
            }
            while data.len() < head_end + length {
                match stream.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => data.extend_from_slice(&chunk[..n]),
                }
            }
            let head = String::from_utf8_lossy(&data[..head_end]).to_string();
            let headers = head
                .lines()
                .skip(1)
                .filter_map(|l| l.split_once(':'))
                .map(|(k, v)| (k.trim().to_lowercase(), v.trim().to_string()))
                .collect();
            let body = data[head_end..].to_vec();
            let _ = stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
            if tx.send((headers, body)).is_err() {
                break;
            }
        }
    });
    (url, rx)
}

/// Waits until `count` deliveries arrived (or 10 s passed).
async fn collect(rx: &mpsc::Receiver<Received>, count: usize) -> Vec<Received> {
    let mut got = Vec::new();
    for _ in 0..500 {
        while let Ok(delivery) = rx.try_recv() {
            got.push(delivery);
        }
        if got.len() >= count {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    got
}

#[tokio::test]
async fn webhooks_announce_every_state_change_signed() {
    let target = target().await;
    let Some(control) = target.control() else {
        return;
    };
    let secret = "whsec_conformance";
    let (url, rx) = start_receiver();
    control
        .ok(
            "PUT",
            "webhooks/jofi",
            Some(json!({ "url": url, "secret": secret })),
        )
        .await;

    let (invitation_id, taker_id) = accepted(&target, "Wren").await.expect("control is there");
    let completed = control
        .ok(
            "POST",
            &format!("jofi/test-takers/{taker_id}/complete"),
            None,
        )
        .await;
    assert_eq!(completed["completed"], json!([6, 7]));
    control
        .ok(
            "POST",
            "jofi/career-navigation-profiles",
            Some(json!({ "test_taker_id": taker_id })),
        )
        .await;

    // created, accepted, test taker created, two completions, profile created.
    let deliveries = collect(&rx, 6).await;
    assert_eq!(deliveries.len(), 6, "six deliveries");
    let mut types_seen = Vec::new();
    for (headers, body) in &deliveries {
        let signature = headers
            .get("x-hirekit-signature")
            .expect("deliveries are signed");
        let expected = format!(
            "sha256={}",
            sign(secret.as_bytes(), None, body, Encoding::Hex)
        );
        assert_eq!(signature, &expected);
        let event: Value = serde_json::from_slice(body).expect("event JSON");
        assert!(
            event["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("evt_"))
        );
        assert_eq!(event["object"], json!("event"));
        assert!(event.get("mode").is_none(), "events carry no mode");
        assert!(event["data"]["object"].get("mode").is_none());
        let kind = event["type"].as_str().expect("type").to_string();
        // Each payload decodes as the spec's typed event.
        match kind.as_str() {
            "invitation.created" => {
                let e: types::InvitationCreatedEvent =
                    serde_json::from_value(event.clone()).expect("typed event");
                assert_eq!(e.data.object.id, invitation_id);
            }
            "invitation.accepted" => {
                let e: types::InvitationAcceptedEvent =
                    serde_json::from_value(event.clone()).expect("typed event");
                assert_eq!(e.data.object.test_taker_id, Some(taker_id));
            }
            "test_taker.created" => {
                let e: types::TestTakerCreatedEvent =
                    serde_json::from_value(event.clone()).expect("typed event");
                assert_eq!(e.data.object.id, taker_id);
            }
            "test_taker.assessment_completed" => {
                let e: types::TestTakerAssessmentCompletedEvent =
                    serde_json::from_value(event.clone()).expect("typed event");
                assert!(
                    e.data
                        .object
                        .assigned_assessments
                        .iter()
                        .any(|a| a.completed_at.is_some())
                );
            }
            "career_navigation_profile.created" => {
                let e: types::CareerNavigationProfileCreatedEvent =
                    serde_json::from_value(event.clone()).expect("typed event");
                assert_eq!(e.data.object.test_taker_id, Some(taker_id));
            }
            other => panic!("unexpected event type {other}"),
        }
        types_seen.push(kind);
    }
    types_seen.sort();
    types_seen.dedup();
    assert_eq!(
        types_seen,
        vec![
            "career_navigation_profile.created",
            "invitation.accepted",
            "invitation.created",
            "test_taker.assessment_completed",
            "test_taker.created",
        ]
    );
    let events = control.ok("GET", "webhooks/events", None).await;
    assert_eq!(events["events"].as_array().map(Vec::len), Some(6));
}
