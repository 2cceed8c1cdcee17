//! The Tables column enums against `specs/jobmojito-tables.yaml`: every table of the spec has a
//! module, and each module's `Column` enum lists exactly the properties of the table's row
//! schema (compared as sorted lists, since the JSON map loses the spec's order), each with a filter parameter on select, update and delete. A
//! change to the spec that the enums do not follow fails here.

use std::collections::BTreeSet;

use hirekit::tables::{self, TableColumn};
use hirekit_spec::{BuiltIn, Location, Operation, Spec};
use serde_json::Value;

fn spec() -> Spec {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    BuiltIn::JobMojitoTables
        .load_for_checks(std::path::Path::new(root))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The properties of a JSON media type's array-item schema.
fn item_properties(spec: &Spec, schema: Option<&Value>, what: &str) -> Vec<String> {
    let schema = schema.unwrap_or_else(|| panic!("{what}: no schema"));
    let array = spec.resolved(schema).unwrap_or_else(|e| panic!("{e}"));
    let items = array
        .get("items")
        .unwrap_or_else(|| panic!("{what}: not an array"));
    spec.resolved(items)
        .unwrap_or_else(|e| panic!("{e}"))
        .get("properties")
        .and_then(Value::as_object)
        .unwrap_or_else(|| panic!("{what}: the row schema has no properties"))
        .keys()
        .cloned()
        .collect()
}

/// The spec's tables (the `GET /rest/v1/<table>` operations, in spec order), each with its row
/// schema's property names.
fn spec_tables(spec: &Spec) -> Vec<(String, Vec<String>)> {
    spec.operations()
        .into_iter()
        .filter(|op| op.method == "get")
        .filter_map(|op| {
            let table = op.path.strip_prefix("/rest/v1/")?;
            let responses = op.responses().unwrap_or_else(|e| panic!("{e}"));
            let ok = responses
                .iter()
                .find(|r| r.status == "2XX")
                .unwrap_or_else(|| panic!("{}: no 2XX response", op.label()));
            let media = ok.media("application/json");
            let columns = item_properties(spec, media.and_then(|m| m.schema), &op.label());
            Some((table.to_string(), columns))
        })
        .collect()
}

fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items
}

/// The query parameter names of one operation (path-item and operation level).
fn query_parameters(operation: &Operation<'_>) -> BTreeSet<String> {
    operation
        .parameters()
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter(|p| p.location == Location::Query)
        .map(|p| p.name.to_string())
        .collect()
}

#[test]
fn every_spec_table_has_a_module_and_no_module_is_extra() {
    let spec = spec();
    let from_spec: Vec<String> = spec_tables(&spec).into_iter().map(|(t, _)| t).collect();
    assert!(!from_spec.is_empty(), "{} serves no tables", spec.name);
    let ours: Vec<String> = tables::TABLE_NAMES.iter().map(|t| t.to_string()).collect();
    assert_eq!(sorted(ours), sorted(from_spec));
}

#[test]
fn each_column_enum_matches_its_row_schema_exactly() {
    let spec = spec();
    for (table, columns) in spec_tables(&spec) {
        let ours = tables::column_names(&table).unwrap_or_else(|| panic!("no module for {table}"));
        let ours: Vec<String> = ours.iter().map(|c| c.to_string()).collect();
        assert_eq!(
            sorted(ours),
            sorted(columns),
            "`{table}`: the Column enum and the spec's row schema differ"
        );
    }
}

#[test]
fn every_column_is_a_filter_parameter_of_select_update_and_delete() {
    let spec = spec();
    for (table, columns) in spec_tables(&spec) {
        let path = format!("/rest/v1/{table}");
        for method in ["get", "patch", "delete"] {
            let operation = spec
                .operation(&path, method)
                .unwrap_or_else(|| panic!("`{table}`: no {method} operation"));
            let parameters = query_parameters(&operation);
            for column in &columns {
                assert!(
                    parameters.contains(column),
                    "`{table}`: {method} has no filter parameter for `{column}`"
                );
            }
        }
        let insert = spec
            .operation(&path, "post")
            .unwrap_or_else(|| panic!("`{table}`: no post operation"));
        let body = insert
            .request_body()
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|| panic!("`{table}`: insert has no body"));
        let write = item_properties(
            &spec,
            body.media("application/json").and_then(|m| m.schema),
            &insert.label(),
        );
        for key in write {
            assert!(
                columns.contains(&key),
                "`{table}`: the write schema has `{key}`, which is not a column"
            );
        }
    }
}

/// The typed enums themselves, module by module: names round-trip and are unique.
macro_rules! check_modules {
    ($($module:ident),+ $(,)?) => {
        #[test]
        fn each_module_enum_round_trips_its_names() {
            let mut seen = Vec::new();
            $(
                let names: Vec<&str> =
                    tables::$module::Column::ALL.iter().map(|c| c.name()).collect();
                let unique: BTreeSet<&str> = names.iter().copied().collect();
                assert_eq!(unique.len(), names.len(), "duplicate column in {}", stringify!($module));
                for column in tables::$module::Column::ALL {
                    assert_eq!(tables::$module::Column::from_name(column.name()), Some(*column));
                    assert_eq!(column.to_string(), column.name());
                }
                assert_eq!(
                    Some(names),
                    tables::column_names(stringify!($module)),
                    "{}", stringify!($module)
                );
                assert_eq!(
                    <tables::$module::Table as tables::Table>::NAME,
                    stringify!($module)
                );
                seen.push(stringify!($module));
            )+
            assert_eq!(seen, tables::TABLE_NAMES);
        }
    };
}

check_modules!(
    interview_def_set,
    interview_def_pre_screening,
    interview_def_question,
    interview_def_response,
    interview_file,
    interview_file_page,
    interview_result,
    interview_templates,
    interview_result_question,
    interview_result_pre_screening,
    knowledge_base,
    knowledge_base_store,
    knowledge_base_chunks,
    position_def_set,
    position_def_step,
    position_result,
    position_result_step,
    profile,
    profile_interview,
);
