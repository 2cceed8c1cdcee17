//! The Tables column enums against `specs/jobmojito-tables.yaml`: every table of the spec has a
//! module, and each module's `Column` enum lists exactly the properties of the table's row
//! schema (compared as sorted lists, since the JSON map loses the spec's order), each with a filter parameter on select, update and delete. A
//! change to the spec that the enums do not follow fails here.

use std::collections::BTreeSet;

use hirekit::tables::{self, TableColumn};
use serde_json::Value;

fn spec() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../specs/jobmojito-tables.yaml"
    );
    let text = std::fs::read_to_string(path).expect("the Tables spec is readable");
    serde_norway::from_str(&text).expect("the Tables spec is YAML")
}

/// Follows a local `$ref` (`#/components/...`).
fn resolve<'a>(spec: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(reference) => reference
            .trim_start_matches("#/")
            .split('/')
            .fold(spec, |at, key| &at[key]),
        None => node,
    }
}

/// The spec's tables, sorted, each with its row schema's property names.
fn spec_tables(spec: &Value) -> Vec<(String, Vec<String>)> {
    let paths = spec["paths"].as_object().expect("paths");
    paths
        .iter()
        .filter_map(|(path, item)| {
            let table = path.strip_prefix("/rest/v1/")?;
            let items =
                &item["get"]["responses"]["2XX"]["content"]["application/json"]["schema"]["items"];
            let schema = resolve(spec, items);
            let columns = schema["properties"]
                .as_object()
                .expect("a row schema has properties")
                .keys()
                .cloned()
                .collect();
            Some((table.to_string(), columns))
        })
        .collect()
}

fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items
}

/// The query parameter names of one operation.
fn query_parameters(spec: &Value, operation: &Value) -> BTreeSet<String> {
    operation["parameters"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .map(|p| resolve(spec, p))
        .filter(|p| p["in"] == "query")
        .filter_map(|p| p["name"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn every_spec_table_has_a_module_and_no_module_is_extra() {
    let spec = spec();
    let from_spec: Vec<String> = spec_tables(&spec).into_iter().map(|(t, _)| t).collect();
    assert_eq!(from_spec.len(), 19, "the reference lists 19 tables");
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
        let item = &spec["paths"][format!("/rest/v1/{table}")];
        for method in ["get", "patch", "delete"] {
            let parameters = query_parameters(&spec, &item[method]);
            for column in &columns {
                assert!(
                    parameters.contains(column),
                    "`{table}`: {method} has no filter parameter for `{column}`"
                );
            }
        }
        let write = resolve(
            &spec,
            &item["post"]["requestBody"]["content"]["application/json"]["schema"]["items"],
        );
        for key in write["properties"]
            .as_object()
            .expect("write schema")
            .keys()
        {
            assert!(
                columns.contains(key),
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
