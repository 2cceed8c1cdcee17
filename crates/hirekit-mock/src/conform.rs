//! Checks a reply against the operation's declared responses, so the mock can never drift
//! from the specs without a loud 500.

use serde_json::Value;

use crate::reply::{Reply, ReplyBody, describe};
use crate::router::Route;
use crate::shared::ApiSpec;

/// Whether `reply` is one of the answers `route` declares: its status (exactly, by `4XX`-style
/// range, or `default`), its media type, and its JSON body against the schema.
pub fn check_reply(api: &ApiSpec, route: &Route, reply: &Reply) -> Result<(), String> {
    let operation = route
        .operation(&api.spec)
        .ok_or_else(|| format!("{} is not in {}", route.template, api.spec.name))?;
    let status = reply.status;
    let response = operation
        .response_for(status)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("status {status} is not declared"))?;
    match &reply.body {
        ReplyBody::Empty => {
            if !response.content.is_empty() && status != 204 && status != 201 {
                Err(format!("status {status} declares a body but none was sent"))
            } else {
                Ok(())
            }
        }
        ReplyBody::Bytes { content_type, .. } => {
            let declared = response
                .content
                .iter()
                .any(|media| media_matches(media.name, content_type));
            if declared {
                Ok(())
            } else {
                Err(format!(
                    "media type {content_type} is not declared for {status}"
                ))
            }
        }
        ReplyBody::Json(value) => {
            let media = response
                .json()
                .ok_or_else(|| format!("status {status} declares no JSON body"))?;
            // A JSON body without a schema takes any value.
            let any = Value::Object(serde_json::Map::new());
            api.schemas
                .check(media.schema.unwrap_or(&any), value)
                .map_err(|violations| describe(&violations))
        }
    }
}

fn media_matches(declared: &str, actual: &str) -> bool {
    let actual = actual.split(';').next().unwrap_or(actual).trim();
    declared == actual
        || declared == "*/*"
        || declared
            .strip_suffix("/*")
            .is_some_and(|family| actual.starts_with(family))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::reply::Reply;
    use crate::router::{Api, Match, Router};
    use crate::schema::SchemaSet;

    fn jofi() -> (ApiSpec, Router) {
        let text = include_str!("../specs/jofi.yaml");
        let spec = hirekit_spec::Spec::parse("jofi.yaml", text).expect("spec parses");
        let mut router = Router::default();
        router.add_spec(Api::Jofi, &spec);
        let schemas = SchemaSet::new(&spec);
        (ApiSpec { spec, schemas }, router)
    }

    #[test]
    fn a_reply_that_breaks_the_spec_is_caught_and_named() {
        let (api, router) = jofi();
        let Match::Found(route, _) = router.find("GET", "/api/v2/teams", &[]) else {
            panic!("GET /teams is routed");
        };
        let good = Reply::json(
            200,
            json!({"object": "list", "mode": "test", "total_count": 0, "has_more": false, "data": []}),
        );
        assert_eq!(check_reply(&api, route, &good), Ok(()));
        let wrong_type = Reply::json(
            200,
            json!({"object": "list", "mode": "test", "total_count": "zero", "has_more": false, "data": []}),
        );
        let problem = check_reply(&api, route, &wrong_type).expect_err("total_count is a string");
        assert!(problem.contains("total_count"), "{problem}");
        let undeclared = Reply::json(302, json!({}));
        assert!(check_reply(&api, route, &undeclared).is_err());
        let bytes = Reply::bytes(200, "application/pdf", "%PDF-");
        assert!(
            check_reply(&api, route, &bytes).is_err(),
            "a PDF is not a team list"
        );
    }
}
