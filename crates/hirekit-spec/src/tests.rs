use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::*;

const SPEC: &str = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /zebras/{zebraId}:
    parameters:
      - {name: zebraId, in: path, schema: {type: string}}
      - {$ref: '#/components/parameters/Limit'}
      - {name: X-Trace, in: header, schema: {type: string}}
    post:
      operationId: feed_zebra
      tags: [zebras, food]
      summary: Feed one zebra.
      x-hirekit-handwritten: true
      x-hirekit-action: Feed
      parameters:
        - {name: limit, in: query, required: true, schema: {type: integer, maximum: 5}}
        - {name: limit, in: header, schema: {type: string}}
      requestBody: {$ref: '#/components/requestBodies/Food'}
      responses:
        '200': {$ref: '#/components/responses/Fed'}
        '4XX': {description: no, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
        default: {description: other}
    get:
      operationId: get_zebra
      responses:
        '204': {description: empty}
  /apples:
    get:
      operationId: list_apples
      x-hirekit-inferred: true
      x-hirekit-inferred-note: Nobody knows.
      responses:
        '200': {description: ok}
components:
  parameters:
    Limit: {$ref: '#/components/parameters/RealLimit'}
    RealLimit: {name: limit, in: query, schema: {type: integer}}
  requestBodies:
    Food:
      required: true
      content:
        application/json: {schema: {$ref: '#/components/schemas/Food'}}
        multipart/form-data: {schema: {$ref: '#/components/schemas/Food'}}
  responses:
    Fed:
      description: fed
      content:
        application/json: {schema: {$ref: '#/components/schemas/Zebra'}}
  schemas:
    Food: {type: object, properties: {kind: {type: string}}}
    Error: {type: object}
    Zebra:
      type: object
      x-hirekit-webhook: [zebra.fed, zebra.full]
      properties:
        keeper: {type: string, x-hirekit-sensitive: true}
        name: {type: string}
    Event:
      type: object
      x-hirekit-webhook: zebra.born
"##;

fn spec() -> Spec {
    Spec::parse("specs/zoo.yaml", SPEC).expect("the test spec parses")
}

#[test]
fn operations_come_in_document_order() {
    let spec = spec();
    let found: Vec<(String, &str, &str)> = spec
        .operations()
        .iter()
        .map(|op| (op.method_upper(), op.path, op.id().unwrap_or("")))
        .collect();
    // The JSON map would sort `/apples` first and `get` before `post`.
    assert_eq!(
        found,
        vec![
            ("POST".to_string(), "/zebras/{zebraId}", "feed_zebra"),
            ("GET".to_string(), "/zebras/{zebraId}", "get_zebra"),
            ("GET".to_string(), "/apples", "list_apples"),
        ]
    );
    let feed = spec.operation_by_id("feed_zebra").expect("feed_zebra");
    assert_eq!(feed.tags(), vec!["zebras", "food"]);
    assert_eq!(feed.summary(), Some("Feed one zebra."));
    assert_eq!(
        feed.label(),
        "operation `feed_zebra` (POST /zebras/{zebraId})"
    );
    let same = spec
        .operation("/zebras/{zebraId}", "POST")
        .expect("by route");
    assert_eq!(same.id(), Some("feed_zebra"));
    assert!(spec.operation("/zebras/{zebraId}", "delete").is_none());
}

#[test]
fn parameters_merge_path_item_and_operation_and_resolve_refs() {
    let spec = spec();
    let feed = spec.operation_by_id("feed_zebra").expect("feed_zebra");
    let params = feed.parameters().expect("parameters resolve");
    let summary: Vec<(&str, Location, bool)> = params
        .iter()
        .map(|p| (p.name, p.location, p.required))
        .collect();
    assert_eq!(
        summary,
        vec![
            // A path parameter is required even when the spec forgets to say so.
            ("zebraId", Location::Path, true),
            // The operation's `limit` replaces the path item's (a two-hop `$ref`) in place.
            ("limit", Location::Query, true),
            ("X-Trace", Location::Header, false),
            // Same name, other location: a parameter of its own.
            ("limit", Location::Header, false),
        ]
    );
    assert_eq!(
        params[1].schema,
        Some(&json!({"type": "integer", "maximum": 5}))
    );

    let get = spec.operation_by_id("get_zebra").expect("get_zebra");
    let inherited: Vec<&str> = get
        .parameters()
        .expect("parameters resolve")
        .iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(inherited, vec!["zebraId", "limit", "X-Trace"]);
    assert_eq!(
        get.parameters().expect("resolves")[1].schema,
        Some(&json!({"type": "integer"})),
        "the path item's limit, through both references"
    );
}

#[test]
fn bodies_and_responses_resolve() {
    let spec = spec();
    let feed = spec.operation_by_id("feed_zebra").expect("feed_zebra");
    let body = feed.request_body().expect("resolves").expect("a body");
    assert!(body.required);
    let media: Vec<&str> = body.content.iter().map(|m| m.name).collect();
    assert_eq!(media, vec!["application/json", "multipart/form-data"]);
    assert_eq!(
        body.media("application/json").and_then(|m| m.schema),
        Some(&json!({"$ref": "#/components/schemas/Food"}))
    );

    let statuses: Vec<&str> = feed
        .responses()
        .expect("resolves")
        .iter()
        .map(|r| r.status)
        .collect();
    assert_eq!(statuses, vec!["200", "4XX", "default"]);
    let ok = feed.response_for(200).expect("resolves").expect("declared");
    let schema = ok.json().and_then(|m| m.schema).expect("a JSON schema");
    let zebra = spec.resolved(schema).expect("resolves");
    assert!(zebra.pointer("/properties/keeper").is_some());
    assert_eq!(
        feed.response_for(404).expect("ok").map(|r| r.status),
        Some("4XX")
    );
    assert_eq!(
        feed.response_for(302).expect("ok").map(|r| r.status),
        Some("default")
    );
    let get = spec.operation_by_id("get_zebra").expect("get_zebra");
    assert!(get.request_body().expect("ok").is_none());
    assert_eq!(get.response_for(500).expect("ok").map(|r| r.status), None);
    assert!(
        get.response_for(204)
            .expect("ok")
            .expect("204")
            .content
            .is_empty()
    );
}

#[test]
fn a_dangling_reference_names_the_spec_the_operation_and_the_reference() {
    let text = SPEC.replace(
        "$ref: '#/components/parameters/RealLimit'",
        "$ref: '#/components/parameters/Gone'",
    );
    let spec = Spec::parse("specs/zoo.yaml", &text).expect("parses");
    let get = spec.operation_by_id("get_zebra").expect("get_zebra");
    let error = get
        .parameters()
        .expect_err("the reference dangles")
        .to_string();
    assert_eq!(
        error,
        "spec specs/zoo.yaml: operation `get_zebra` (GET /zebras/{zebraId}): \
         path item parameters[1]: `$ref` `#/components/parameters/Gone` does not resolve"
    );
}

#[test]
fn a_reference_loop_is_an_error_not_a_hang() {
    let spec = Spec::from_value(
        "loop.json",
        json!({"components": {"schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"}
        }}}),
    )
    .expect("a mapping");
    let a = spec.schema("A").expect("A");
    let error = spec.resolved(a).expect_err("loops").to_string();
    assert!(
        error.contains("loop.json") && error.contains("loop"),
        "{error}"
    );
}

#[test]
fn invalid_parameters_are_named() {
    let spec = Spec::from_value(
        "bad.json",
        json!({"paths": {"/x": {"get": {"operationId": "get_x", "parameters": [{"name": "q", "in": "body"}]}}}}),
    )
    .expect("a mapping");
    let error = spec.operations()[0]
        .parameters()
        .expect_err("`in: body` is not OpenAPI 3")
        .to_string();
    assert_eq!(
        error,
        "spec bad.json: operation `get_x` (GET /x): operation parameters[0]: \
         parameter `q` has no valid `in`"
    );
}

#[test]
fn extensions_have_typed_accessors() {
    let spec = spec();
    let feed = spec.operation_by_id("feed_zebra").expect("feed_zebra");
    assert!(feed.is_handwritten());
    assert!(feed.extensions().handwritten());
    assert_eq!(feed.extensions().action(), Some("Feed"));
    assert_eq!(feed.extension(ext::ACTION), Some(&json!("Feed")));
    assert_eq!(feed.extension("x-nothing"), None);
    let names: Vec<&str> = feed.extensions().hirekit().map(|(k, _)| k).collect();
    assert_eq!(names, vec![ext::ACTION, ext::HANDWRITTEN]);

    let apples = spec.operation_by_id("list_apples").expect("list_apples");
    assert!(!apples.is_handwritten());
    assert!(apples.extensions().inferred());
    assert_eq!(apples.extensions().inferred_note(), Some("Nobody knows."));
    assert_eq!(apples.extensions().action(), None);

    let zebra = spec.schema("Zebra").expect("Zebra");
    assert_eq!(
        Extensions::of(zebra).webhook(),
        vec!["zebra.fed", "zebra.full"]
    );
    let event = spec.schema("Event").expect("Event");
    assert_eq!(Extensions::of(event).webhook(), vec!["zebra.born"]);
    let keeper = zebra.pointer("/properties/keeper").expect("keeper");
    assert!(Extensions::of(keeper).sensitive());
    let name = zebra.pointer("/properties/name").expect("name");
    assert!(!Extensions::of(name).sensitive());
    assert_eq!(spec.schema_names(), vec!["Error", "Event", "Food", "Zebra"]);
}

#[test]
fn without_handwritten_strips_them_and_keeps_the_order() {
    let spec = spec().without_handwritten();
    let ids: Vec<&str> = spec.operations().iter().filter_map(|op| op.id()).collect();
    assert_eq!(ids, vec!["get_zebra", "list_apples"]);
    assert!(spec.schema("Food").is_some(), "schemas stay");
}

#[test]
fn read_and_parse_errors_name_the_file() {
    let missing = Path::new("/nonexistent/specs/jofi.yaml");
    let error = Spec::load(missing, "specs/jofi.yaml").expect_err("no such file");
    assert!(
        error
            .to_string()
            .starts_with("cannot read spec /nonexistent/specs/jofi.yaml: "),
        "{error}"
    );
    assert_eq!(error.spec(), "/nonexistent/specs/jofi.yaml");

    let error = Spec::parse("specs/broken.yaml", "paths: [unclosed").expect_err("bad YAML");
    assert!(
        error
            .to_string()
            .starts_with("cannot parse spec specs/broken.yaml: "),
        "{error}"
    );
    let error = Spec::parse("specs/list.yaml", "- a\n- b\n").expect_err("not a mapping");
    assert_eq!(
        error.to_string(),
        "cannot parse spec specs/list.yaml: the document is not a mapping"
    );
    assert!(Spec::from_value("x", json!([1])).is_err());
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn built_in_specs_are_where_the_list_says() {
    let root = workspace_root();
    let paths = built_in_paths(&root);
    assert_eq!(paths.len(), BuiltIn::ALL.len());
    for (spec, path) in BuiltIn::ALL.iter().zip(&paths) {
        assert!(path.is_file(), "{} is missing", path.display());
        assert_eq!(spec.relative_path(), format!("specs/{}", spec.file_name()));
        let loaded = spec.load(&root).expect("a built-in spec loads");
        assert_eq!(loaded.name, spec.relative_path());
        let again = spec
            .load_from_dir(&root.join(SPECS_DIR))
            .expect("loads from a directory too");
        assert_eq!(again.value, loaded.value);
    }
}

#[test]
fn built_in_specs_read_as_serde_norway_reads_them() {
    // The hand conversion (which keeps document order) must give the very value a plain
    // `serde_norway::from_str::<serde_json::Value>` gives.
    for spec in BuiltIn::ALL {
        let path = spec.path(&workspace_root());
        let text = std::fs::read_to_string(&path).expect("readable");
        let plain: Value = serde_norway::from_str(&text).expect("parses");
        let ours = Spec::parse(spec.file_name(), &text).expect("parses");
        assert!(
            ours.value == plain,
            "{} converts differently",
            spec.file_name()
        );
    }
}

#[test]
fn every_built_in_operation_walks_without_error() {
    for built_in in BuiltIn::ALL {
        let spec = built_in.load(&workspace_root()).expect("loads");
        let operations = spec.operations();
        assert!(!operations.is_empty(), "{}", spec.name);
        let paths: Vec<&str> = operations.iter().map(|op| op.path).collect();
        let mut sorted = paths.clone();
        sorted.sort();
        for op in &operations {
            assert!(op.id().is_some(), "{}", op.label());
            op.parameters().expect("parameters resolve");
            op.request_body().expect("the body resolves");
            for response in op.responses().expect("responses resolve") {
                for media in response.content {
                    if let Some(schema) = media.schema {
                        spec.resolved(schema).expect("the schema resolves");
                    }
                }
            }
        }
        if built_in == BuiltIn::Jofi {
            assert_ne!(
                paths, sorted,
                "JOFI's paths are not in sorted order in the file"
            );
            assert_eq!(
                paths.first(),
                Some(&"/healthcheck"),
                "the file starts with it"
            );
        }
    }
}

/// Two module operations sharing a path item's parameter, a schema both parts use, schemas
/// only the module reaches (one through another), and one no operation reaches.
const MODULES: &str = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /token/{kind}:
    parameters:
      - {$ref: '#/components/parameters/Kind'}
    post:
      operationId: sign_in
      x-hirekit-module: auth
      requestBody:
        content:
          application/json: {schema: {$ref: '#/components/schemas/Grant'}}
      responses:
        '200': {$ref: '#/components/responses/Signed'}
        '4XX': {$ref: '#/components/responses/Error'}
    put:
      operationId: refresh
      x-hirekit-module: auth
      responses:
        '200': {$ref: '#/components/responses/Signed'}
  /rows:
    get:
      operationId: list_rows
      security: [{apikey: []}]
      responses:
        '200':
          description: rows
          content:
            application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Row'}}}
        '4XX': {$ref: '#/components/responses/Error'}
components:
  securitySchemes:
    apikey: {type: apiKey, in: header, name: apikey}
  parameters:
    Kind: {name: kind, in: path, required: true, schema: {$ref: '#/components/schemas/Kind'}}
  responses:
    Signed:
      description: signed in
      content:
        application/json: {schema: {$ref: '#/components/schemas/Session'}}
    Error:
      description: any failure
      content:
        application/json: {schema: {$ref: '#/components/schemas/Error'}}
  schemas:
    Error: {type: object}
    Grant: {type: object, properties: {email: {type: string}}}
    Kind: {type: string}
    Session: {type: object, properties: {user: {$ref: '#/components/schemas/User'}}}
    User: {type: object}
    Row: {type: object}
    Event: {type: object, x-hirekit-webhook: [row.added], properties: {row: {$ref: '#/components/schemas/Row'}}}
"##;

fn names(spec: &Spec, section: &str) -> Vec<String> {
    spec.value
        .pointer(&format!("/components/{section}"))
        .and_then(Value::as_object)
        .map(|entries| entries.keys().cloned().collect())
        .unwrap_or_default()
}

fn ids(spec: &Spec) -> Vec<&str> {
    spec.operations().iter().filter_map(|op| op.id()).collect()
}

#[test]
fn a_module_holds_its_operations_and_what_they_reach() {
    let spec = Spec::parse("modules.yaml", MODULES).expect("parses");
    assert_eq!(spec.modules(), vec!["auth"]);
    let sign_in = spec.operation_by_id("sign_in").expect("sign_in");
    assert_eq!(sign_in.module(), Some("auth"));
    assert_eq!(
        spec.operation_by_id("list_rows").and_then(|op| op.module()),
        None
    );

    let auth = spec.module("auth");
    assert_eq!(auth.name, "modules.yaml", "messages still name the file");
    assert_eq!(ids(&auth), vec!["sign_in", "refresh"]);
    assert_eq!(
        names(&auth, "schemas"),
        vec!["Error", "Grant", "Kind", "Session", "User"],
        "the shared parameter's schema and a schema reached through another are in; Row and Event are not"
    );
    assert_eq!(names(&auth, "responses"), vec!["Error", "Signed"]);
    assert_eq!(names(&auth, "parameters"), vec!["Kind"]);
    assert_eq!(names(&auth, "securitySchemes"), vec!["apikey"]);

    let nothing = spec.module("billing");
    assert!(nothing.operations().is_empty());
    assert!(names(&nothing, "schemas").is_empty());
}

#[test]
fn the_main_part_drops_what_only_module_operations_reach() {
    let spec = Spec::parse("modules.yaml", MODULES).expect("parses");
    let main = spec.without_modules();
    assert_eq!(ids(&main), vec!["list_rows"]);
    assert!(
        main.value.pointer("/paths/~1token~1{kind}").is_none(),
        "emptied path item"
    );
    assert_eq!(
        names(&main, "schemas"),
        vec!["Error", "Event", "Row"],
        "a schema no operation names stays"
    );
    assert_eq!(names(&main, "responses"), vec!["Error"]);
    assert!(
        main.value.pointer("/components/parameters").is_none(),
        "emptied section"
    );
    assert_eq!(names(&main, "securitySchemes"), vec!["apikey"]);
}

#[test]
fn without_module_marks_the_main_part_is_the_spec() {
    let spec = spec();
    assert!(spec.modules().is_empty());
    assert_eq!(spec.without_modules().value, spec.value);
    for built_in in [BuiltIn::Jofi, BuiltIn::JobMojito] {
        let spec = built_in.load(&workspace_root()).expect("loads");
        assert!(spec.modules().is_empty(), "{}", spec.name);
        assert!(spec.without_modules().value == spec.value, "{}", spec.name);
    }
}

#[test]
fn the_tables_spec_keeps_supabase_sign_in_in_the_auth_module() {
    let spec = BuiltIn::JobMojitoTables
        .load(&workspace_root())
        .expect("loads");
    assert_eq!(spec.modules(), vec!["auth"]);
    let auth = spec.module("auth");
    assert_eq!(ids(&auth), vec!["sign_in_with_password", "refresh_session"]);
    assert_eq!(
        names(&auth, "schemas"),
        vec![
            "Error",
            "PasswordGrant",
            "RefreshTokenGrant",
            "Session",
            "SessionUser"
        ]
    );
    let main = spec.without_modules();
    assert_eq!(
        main.operations().len() + auth.operations().len(),
        spec.operations().len()
    );
    for schema in [
        "PasswordGrant",
        "RefreshTokenGrant",
        "Session",
        "SessionUser",
    ] {
        assert!(
            main.schema(schema).is_none(),
            "{schema} is the auth module's"
        );
    }
    assert!(
        main.schema("Error").is_some(),
        "table calls answer with it too"
    );
}
