//! The Tables catalog appended to a generated client whose spec has PostgREST tables: one
//! module per table with its name, row types, routes, request builders and a typed `Column`
//! enum, so no hand-written Rust restates a table name, a column name or an operation id.
//!
//! A table is a path item marked `x-hirekit-table: true` (see `specs/README.md`). Its name is
//! the last segment of the path; its four operations are the item's `get` (select), `post`
//! (insert), `patch` (update) and `delete`. Its columns are the properties of the row schema
//! the select answers (an array of a named schema), in the order of the select's filter
//! parameters; each column's type is the one the row schema declares. Generation fails, naming
//! the table, when a column has no filter parameter on select, update or delete, or when the
//! insert body has a property that is not a column: the facade relies on both.
//!
//! Filters are set through progenitor's builder setters. Their names are read from the
//! generated builders themselves (`QueryParam::new("<wire name>", &<field>)`), not re-derived,
//! so a column whose name is a Rust keyword (`type` → `type_`) maps to whatever progenitor
//! chose.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::Spec;
use crate::operations::{builders_mut, is_info_stmt, operation_id_of, route_const};
use crate::spec::resolve;

/// Extension on a path item: the path is a PostgREST table with select, insert, update and
/// delete.
pub const TABLE: &str = "x-hirekit-table";

/// One table, as the spec describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableFacts {
    /// The table's name: the last segment of its path, and the name of its module.
    pub name: String,
    /// The path template.
    pub path: String,
    /// The description of the select operation's tag, if the spec has one.
    pub doc: Option<String>,
    /// The row schema (what reads answer).
    pub row: String,
    /// The write schema (what insert and update send).
    pub write: String,
    /// The operationIds of select, insert, update and delete.
    pub operations: [String; 4],
    /// The columns, in the order of the select's filter parameters.
    pub columns: Vec<ColumnFacts>,
}

/// One column of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnFacts {
    /// The name in the database (and the filter parameter's name).
    pub name: String,
    /// The `Column` variant: the name in PascalCase.
    pub variant: String,
    /// The `hirekit_runtime::ColumnType` variant of the row schema's declared type.
    pub column_type: &'static str,
}

const METHODS: [&str; 4] = ["get", "post", "patch", "delete"];

/// Reads every table of the spec, in path order, failing with the table's path on a shape
/// the catalog cannot describe.
pub fn tables(spec: &Spec) -> Result<Vec<TableFacts>, String> {
    let Some(paths) = spec.value.get("paths").and_then(Value::as_object) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (path, item) in paths {
        match item.get(TABLE) {
            None | Some(Value::Bool(false)) => continue,
            Some(Value::Bool(true)) => out.push(table(spec, path, item)?),
            Some(other) => return Err(format!("`{path}`: {TABLE} must be `true`, not {other}")),
        }
    }
    Ok(out)
}

fn table(spec: &Spec, path: &str, item: &Value) -> Result<TableFacts, String> {
    let fail = |message: String| format!("table `{path}` ({TABLE}): {message}");
    let name = path.rsplit('/').next().unwrap_or(path).to_string();
    if !is_snake_ident(&name) {
        return Err(fail(format!(
            "`{name}` is not a snake_case name a module can have"
        )));
    }
    let operation = |method: &str| {
        item.get(method)
            .filter(|op| op.is_object())
            .ok_or_else(|| fail(format!("no `{method}` operation")))
    };
    let [select, insert, update, delete] = METHODS.map(operation);
    let (select, insert, update, delete) = (select?, insert?, update?, delete?);
    let id = |op: &Value| {
        op.get("operationId")
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or_else(|| fail("an operation without operationId".to_string()))
    };
    let operations = [id(select)?, id(insert)?, id(update)?, id(delete)?];

    let success = select
        .get("responses")
        .and_then(Value::as_object)
        .and_then(|r| {
            r.iter()
                .find(|(status, _)| status.starts_with('2'))
                .map(|(_, v)| v)
        })
        .ok_or_else(|| fail("the select has no success response".to_string()))?;
    let row = item_schema(success).ok_or_else(|| {
        fail("the select does not answer an array of a named row schema".to_string())
    })?;
    let write = insert
        .get("requestBody")
        .and_then(item_schema)
        .ok_or_else(|| fail("the insert does not take an array of a named schema".to_string()))?;

    let properties = |schema: &str| {
        spec.value
            .pointer(&format!("/components/schemas/{schema}/properties"))
            .and_then(Value::as_object)
            .ok_or_else(|| fail(format!("schema `{schema}` has no properties")))
    };
    let row_properties = properties(&row)?;
    let filters = [select, update, delete].map(|op| query_parameters(spec, op));
    let order: BTreeMap<&str, usize> = filters[0]
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    let mut columns = Vec::new();
    for (column, property) in row_properties {
        for (method, names) in ["select", "update", "delete"].iter().zip(&filters) {
            if !names.contains(column) {
                return Err(fail(format!(
                    "column `{column}` has no filter parameter on the {method}"
                )));
            }
        }
        columns.push(ColumnFacts {
            name: column.clone(),
            variant: pascal_case(column)
                .ok_or_else(|| fail(format!("column `{column}` has no usable variant name")))?,
            column_type: column_type(spec, property),
        });
    }
    columns.sort_by_key(|c| order.get(c.name.as_str()).copied());
    let variants: BTreeSet<&str> = columns.iter().map(|c| c.variant.as_str()).collect();
    if variants.len() != columns.len() {
        return Err(fail("two columns share a variant name".to_string()));
    }
    for key in properties(&write)?.keys() {
        if !row_properties.contains_key(key) {
            return Err(fail(format!(
                "the write schema `{write}` has `{key}`, which is not a column"
            )));
        }
    }

    let doc = select
        .get("tags")
        .and_then(|t| t.get(0))
        .and_then(Value::as_str)
        .and_then(|tag| {
            spec.value
                .get("tags")?
                .as_array()?
                .iter()
                .find(|t| t.get("name").and_then(Value::as_str) == Some(tag))?
                .get("description")?
                .as_str()
                .map(|d| d.trim().to_string())
        });
    Ok(TableFacts {
        name,
        path: path.to_string(),
        doc,
        row,
        write,
        operations,
        columns,
    })
}

/// The schema name of `content: application/json: schema: {type: array, items: {$ref}}`.
fn item_schema(holder: &Value) -> Option<String> {
    let reference = holder
        .pointer("/content/application~1json/schema/items/$ref")?
        .as_str()?;
    reference
        .strip_prefix("#/components/schemas/")
        .map(str::to_string)
}

/// The names of an operation's query parameters, in the spec's order.
fn query_parameters(spec: &Spec, op: &Value) -> Vec<String> {
    op.get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|p| match p.get("$ref").and_then(Value::as_str) {
            Some(r) => resolve(&spec.value, r),
            None => Some(p),
        })
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|p| p.get("name").and_then(Value::as_str).map(str::to_string))
        .collect()
}

/// The declared type of a row property, following a `$ref`.
fn column_type(spec: &Spec, property: &Value) -> &'static str {
    if let Some(target) = property
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| resolve(&spec.value, r))
    {
        return column_type(spec, target);
    }
    match property.get("type").and_then(Value::as_str) {
        Some("string") => "String",
        Some("integer") => "Integer",
        Some("number") => "Number",
        Some("boolean") => "Boolean",
        Some("array") => "Array",
        Some("object") => "Object",
        _ => "Json",
    }
}

fn is_snake_ident(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && syn::parse_str::<syn::Ident>(name).is_ok()
}

/// `linked_in` → `LinkedIn`; `None` when the result would not start with a letter.
fn pascal_case(name: &str) -> Option<String> {
    let out = crate::surface::pascal(name);
    (out.starts_with(|c: char| c.is_ascii_alphabetic())
        && out.chars().all(|c| c.is_ascii_alphanumeric()))
    .then_some(out)
}

/// A generated request builder: its type's name and the field (and setter) of each query
/// parameter, by wire name.
struct Builder {
    ty: syn::Ident,
    setters: BTreeMap<String, syn::Ident>,
}

/// Reads the builders of `operation_ids` from the generated `builder` module.
fn builders(file: &mut syn::File, operation_ids: &BTreeSet<&str>) -> BTreeMap<String, Builder> {
    let mut out = BTreeMap::new();
    for imp in builders_mut(file) {
        let Some(send) = imp.items.iter().find_map(|i| match i {
            syn::ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
            _ => None,
        }) else {
            continue;
        };
        let Some(id) = send
            .block
            .stmts
            .iter()
            .find(|s| is_info_stmt(s))
            .and_then(operation_id_of)
        else {
            continue;
        };
        if !operation_ids.contains(id.as_str()) {
            continue;
        }
        let syn::Type::Path(ty) = imp.self_ty.as_ref() else {
            continue;
        };
        let Some(ty) = ty.path.segments.last().map(|s| s.ident.clone()) else {
            continue;
        };
        let mut finder = QueryParams::default();
        // Only `visit-mut` is enabled in syn, so walk a copy.
        syn::visit_mut::VisitMut::visit_block_mut(&mut finder, &mut send.block.clone());
        out.insert(
            id,
            Builder {
                ty,
                setters: finder.found,
            },
        );
    }
    out
}

/// Collects `QueryParam::new("<name>", &<field>)` calls.
#[derive(Default)]
struct QueryParams {
    found: BTreeMap<String, syn::Ident>,
}

impl syn::visit_mut::VisitMut for QueryParams {
    fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
        if let syn::Expr::Path(func) = call.func.as_ref()
            && func.path.segments.len() >= 2
            && func
                .path
                .segments
                .iter()
                .rev()
                .take(2)
                .map(|s| s.ident.to_string())
                .eq(["new".to_string(), "QueryParam".to_string()])
            && let (
                Some(syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(name),
                    ..
                })),
                Some(syn::Expr::Reference(field)),
            ) = (call.args.first(), call.args.get(1))
            && let syn::Expr::Path(field) = field.expr.as_ref()
            && let Some(field) = field.path.get_ident()
        {
            self.found.insert(name.value(), field.clone());
        }
        syn::visit_mut::visit_expr_call_mut(self, call);
    }
}

/// Appends the `catalog` module (and its `for_each_table!` macro) to `file` when the spec has
/// tables; leaves other files alone.
pub fn apply(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let tables = tables(spec)?;
    if tables.is_empty() {
        return Ok(());
    }
    let ids: BTreeSet<&str> = tables
        .iter()
        .flat_map(|t| t.operations.iter().map(String::as_str))
        .collect();
    let builders = builders(file, &ids);
    let mut modules = Vec::new();
    for table in &tables {
        modules.push(table_module(table, &builders)?);
    }
    let names = tables.iter().map(|t| &t.name);
    let entries = tables.iter().map(|t| {
        let module = format_ident!("{}", t.name);
        let docs = t.doc.iter();
        quote!(#(#[doc = #docs])* #module,)
    });
    let tokens = quote! {
        /// The PostgREST tables of the spec (its path items marked `x-hirekit-table`): one
        /// module per table with its name, row types, routes, request builders and columns.
        pub mod catalog {
            pub use ::hirekit_runtime::ColumnType;

            /// The name of every table, sorted.
            pub const TABLE_NAMES: &[&str] = &[#(#names),*];

            #(#modules)*
        }

        /// Calls `$callback! { $(#[doc = "…"])* <table>, … }` with the module name of every table
        /// in [`catalog`] (and the description of its tag), for code that needs one item per
        /// table outside this crate.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! for_each_table {
            ($callback:ident) => {
                $callback! { #(#entries)* }
            };
        }
    };
    let module: syn::File =
        syn::parse2(tokens).map_err(|e| format!("tables catalog module: {e}"))?;
    file.items.extend(module.items);
    Ok(())
}

fn table_module(
    table: &TableFacts,
    builders: &BTreeMap<String, Builder>,
) -> Result<TokenStream, String> {
    let name = &table.name;
    let module = format_ident!("{}", table.name);
    let row = format_ident!("{}", table.row);
    let write = format_ident!("{}", table.write);
    let [select, insert, update, delete] = table.operations.each_ref().map(|id| {
        builders
            .get(id)
            .ok_or_else(|| format!("table `{name}`: progenitor generated no builder for `{id}`"))
    });
    let (select, insert, update, delete) = (select?, insert?, update?, delete?);
    let [select_ty, insert_ty, update_ty, delete_ty] =
        [select, insert, update, delete].map(|b| b.ty.clone());
    let [select_route, insert_route, update_route, delete_route] = table
        .operations
        .each_ref()
        .map(|id| format_ident!("{}", route_const(id)));
    let [select_id, insert_id, update_id, delete_id] = table.operations.each_ref();

    let variants: Vec<syn::Ident> = table
        .columns
        .iter()
        .map(|c| format_ident!("{}", c.variant))
        .collect();
    let wire: Vec<&String> = table.columns.iter().map(|c| &c.name).collect();
    let types: Vec<syn::Ident> = table
        .columns
        .iter()
        .map(|c| format_ident!("{}", c.column_type))
        .collect();
    let variant_docs = table
        .columns
        .iter()
        .map(|c| format!("`{}` ({}).", c.name, c.column_type.to_ascii_lowercase()));
    let setters = |builder: &Builder, id: &str| -> Result<Vec<syn::Ident>, String> {
        table
            .columns
            .iter()
            .map(|c| {
                builder.setters.get(&c.name).cloned().ok_or_else(|| {
                    format!(
                        "table `{name}`: the builder of `{id}` has no setter for `{}`",
                        c.name
                    )
                })
            })
            .collect()
    };
    let select_setters = setters(select, select_id)?;
    let update_setters = setters(update, update_id)?;
    let delete_setters = setters(delete, delete_id)?;

    let module_doc = format!("The `{name}` table (`{}`).", table.path);
    let extra_doc = table.doc.iter();
    let column_doc = format!(
        "The columns of `{name}`: the properties of `{}`, in the order of the select's filter \
         parameters.",
        table.row
    );
    let row_doc = format!("A row as read (`{}`).", table.row);
    let write_doc = format!(
        "The columns to write on insert or update (`{}`).",
        table.write
    );
    let op_doc = |verb: &str, id: &str| format!("The {verb} (`{id}`).");
    let (select_doc, insert_doc, update_doc, delete_doc) = (
        op_doc("select", select_id),
        op_doc("insert", insert_id),
        op_doc("update", update_id),
        op_doc("delete", delete_id),
    );
    let filter_doc = |verb: &str, id: &str| {
        format!(
            "Sets this column's filter (a PostgREST expression such as `eq.5`) on {verb} \
             (`{id}`), through the builder's setter for the column."
        )
    };
    let (filter_select_doc, filter_update_doc, filter_delete_doc) = (
        filter_doc("a select", select_id),
        filter_doc("an update", update_id),
        filter_doc("a delete", delete_id),
    );
    Ok(quote! {
        #[doc = #module_doc]
        #(
            #[doc = ""]
            #[doc = #extra_doc]
        )*
        pub mod #module {
            use ::hirekit_runtime::{ColumnType, Route};

            /// The table's name.
            pub const NAME: &str = #name;

            #[doc = #row_doc]
            pub type Row = super::super::types::#row;
            #[doc = #write_doc]
            pub type Write = super::super::types::#write;

            #[doc = #select_doc]
            pub type Select<'a> = super::super::builder::#select_ty<'a>;
            #[doc = #insert_doc]
            pub type Insert<'a> = super::super::builder::#insert_ty<'a>;
            #[doc = #update_doc]
            pub type Update<'a> = super::super::builder::#update_ty<'a>;
            #[doc = #delete_doc]
            pub type Delete<'a> = super::super::builder::#delete_ty<'a>;

            /// The routes of select, insert, update and delete, in that order.
            pub const ROUTES: [&Route; 4] = [
                &super::super::routes::#select_route,
                &super::super::routes::#insert_route,
                &super::super::routes::#update_route,
                &super::super::routes::#delete_route,
            ];

            #[doc = #column_doc]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            #[non_exhaustive]
            pub enum Column {
                #(
                    #[doc = #variant_docs]
                    #variants,
                )*
            }

            impl Column {
                /// Every column, in order.
                pub const ALL: &'static [Column] = &[#(Column::#variants),*];

                /// The column's name in the database.
                pub const fn name(self) -> &'static str {
                    match self {
                        #(Column::#variants => #wire,)*
                    }
                }

                /// The column's type, as the row schema declares it.
                pub const fn column_type(self) -> ColumnType {
                    match self {
                        #(Column::#variants => ColumnType::#types,)*
                    }
                }

                #[doc = #filter_select_doc]
                pub fn filter_select<'a>(self, builder: Select<'a>, expression: ::std::string::String) -> Select<'a> {
                    match self {
                        #(Column::#variants => builder.#select_setters(expression),)*
                    }
                }

                #[doc = #filter_update_doc]
                pub fn filter_update<'a>(self, builder: Update<'a>, expression: ::std::string::String) -> Update<'a> {
                    match self {
                        #(Column::#variants => builder.#update_setters(expression),)*
                    }
                }

                #[doc = #filter_delete_doc]
                pub fn filter_delete<'a>(self, builder: Delete<'a>, expression: ::std::string::String) -> Delete<'a> {
                    match self {
                        #(Column::#variants => builder.#delete_setters(expression),)*
                    }
                }
            }

            impl ::std::fmt::Display for Column {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(self.name())
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two tables: `pet` (with a keyword column and several types) and `owner`; the auth-like
    /// `/ping` is not a table.
    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
tags:
  - {name: pet, description: Animals in the shop.}
  - {name: owner, description: People who own animals.}
paths:
  /rest/v1/pet:
    x-hirekit-table: true
    get:
      operationId: select_pet
      tags: [pet]
      summary: s
      description: d
      parameters:
        - {name: select, in: query, schema: {type: string}}
        - {$ref: '#/components/parameters/pet.name'}
        - {name: type, in: query, schema: {type: string}}
        - {name: age, in: query, schema: {type: string}}
        - {name: details, in: query, schema: {type: string}}
      responses:
        '2XX': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
    post:
      operationId: insert_pet
      tags: [pet]
      summary: s
      description: d
      requestBody: {required: true, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/PetWrite'}}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
    patch:
      operationId: update_pet
      tags: [pet]
      summary: s
      description: d
      parameters:
        - {name: age, in: query, schema: {type: string}}
        - {name: type, in: query, schema: {type: string}}
        - {name: name, in: query, schema: {type: string}}
        - {name: details, in: query, schema: {type: string}}
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/PetWrite'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
    delete:
      operationId: delete_pet
      tags: [pet]
      summary: s
      description: d
      parameters:
        - {name: name, in: query, schema: {type: string}}
        - {name: type, in: query, schema: {type: string}}
        - {name: age, in: query, schema: {type: string}}
        - {name: details, in: query, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
  /rest/v1/owner:
    x-hirekit-table: true
    get:
      operationId: select_owner
      tags: [owner]
      summary: s
      description: d
      parameters:
        - {name: id, in: query, schema: {type: string}}
      responses:
        '2XX': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Owner'}}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
    post:
      operationId: insert_owner
      tags: [owner]
      summary: s
      description: d
      requestBody: {required: true, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/OwnerWrite'}}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Owner'}}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
    patch:
      operationId: update_owner
      tags: [owner]
      summary: s
      description: d
      parameters:
        - {name: id, in: query, schema: {type: string}}
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/OwnerWrite'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Owner'}}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
    delete:
      operationId: delete_owner
      tags: [owner]
      summary: s
      description: d
      parameters:
        - {name: id, in: query, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Owner'}}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
  /ping:
    get:
      operationId: ping
      tags: [owner]
      summary: s
      description: d
      responses:
        '200': {description: ok}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
components:
  parameters:
    pet.name: {name: name, in: query, schema: {type: string}}
  responses:
    Error: {description: error, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
  schemas:
    Error: {type: object, additionalProperties: {}, properties: {message: {type: string}}}
    Pet:
      type: object
      additionalProperties: {}
      properties:
        age: {type: integer, nullable: true}
        details: {nullable: true}
        name: {type: string, nullable: true}
        type: {type: string, nullable: true}
    PetWrite:
      type: object
      properties:
        name: {type: string, nullable: true}
        type: {type: string, nullable: true}
    Owner:
      type: object
      additionalProperties: {}
      properties:
        id: {type: string, nullable: true}
    OwnerWrite:
      type: object
      properties:
        id: {type: string, nullable: true}
"#;

    fn spec(text: &str) -> Spec {
        Spec::parse("test.yaml", text).expect("parses")
    }

    fn columns(table: &TableFacts) -> Vec<(&str, &str, &str)> {
        table
            .columns
            .iter()
            .map(|c| (c.name.as_str(), c.variant.as_str(), c.column_type))
            .collect()
    }

    #[test]
    fn marked_paths_become_tables_with_typed_columns_in_select_order() {
        let tables = tables(&spec(SPEC)).expect("valid tables");
        let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["owner", "pet"], "`/ping` is not marked");
        let pet = &tables[1];
        assert_eq!(
            columns(pet),
            [
                ("name", "Name", "String"),
                ("type", "Type", "String"),
                ("age", "Age", "Integer"),
                ("details", "Details", "Json"),
            ]
        );
        assert_eq!(
            pet.operations,
            ["select_pet", "insert_pet", "update_pet", "delete_pet"].map(String::from)
        );
        assert_eq!((pet.row.as_str(), pet.write.as_str()), ("Pet", "PetWrite"));
        assert_eq!(pet.doc.as_deref(), Some("Animals in the shop."));
        assert_eq!(columns(&tables[0]), [("id", "Id", "String")]);
    }

    #[test]
    fn a_column_without_a_filter_parameter_names_table_and_column() {
        let broken = SPEC.replacen(
            "        - {name: type, in: query, schema: {type: string}}\n        - {name: name",
            "        - {name: name",
            1,
        );
        assert_ne!(broken, SPEC);
        let error = tables(&spec(&broken)).expect_err("`type` is not filterable on the update");
        assert!(
            error.contains("/rest/v1/pet") && error.contains("`type`") && error.contains("update"),
            "{error}"
        );
    }

    #[test]
    fn a_write_property_that_is_not_a_column_is_refused() {
        let broken = SPEC.replace(
            "    OwnerWrite:\n      type: object\n      properties:\n",
            "    OwnerWrite:\n      type: object\n      properties:\n        colour: {type: string}\n",
        );
        assert_ne!(broken, SPEC);
        let error = tables(&spec(&broken)).expect_err("`colour` is not a column");
        assert!(
            error.contains("/rest/v1/owner") && error.contains("`colour`"),
            "{error}"
        );
    }

    #[test]
    fn the_generated_catalog_maps_columns_to_the_builders_setters() {
        let code = crate::generate(&spec(SPEC)).expect("generates");
        let file = syn::parse_file(&code).expect("Rust");
        let catalog = file
            .items
            .iter()
            .find_map(|i| match i {
                syn::Item::Mod(m) if m.ident == "catalog" => Some(quote!(#m).to_string()),
                _ => None,
            })
            .expect("a catalog module");
        let squash = |s: &str| s.split_whitespace().collect::<String>();
        let catalog = squash(&catalog);
        for expected in [
            // `type` is a keyword: progenitor's setter is `type_`, and the catalog uses it.
            "Column::Type=>builder.type_(expression)",
            "Column::Name=>builder.name(expression)",
            "Column::Type=>\"type\"",
            "Column::Age=>ColumnType::Integer",
            "Column::Details=>ColumnType::Json",
            "pubconstTABLE_NAMES:&[&str]=&[\"owner\",\"pet\"]",
            "pubtypeRow=super::super::types::Pet;",
            "&super::super::routes::DELETE_OWNER",
        ] {
            assert!(catalog.contains(&squash(expected)), "missing `{expected}`");
        }
        assert!(code.contains("macro_rules! for_each_table"));
    }

    #[test]
    fn a_spec_without_tables_gets_no_catalog() {
        let plain = SPEC.replace("    x-hirekit-table: true\n", "");
        let code = crate::generate(&spec(&plain)).expect("generates");
        assert!(!code.contains("pub mod catalog") && !code.contains("for_each_table"));
    }

    #[test]
    fn the_surface_shows_columns_and_their_changes() {
        let surface = |text: &str| {
            crate::Surface::of_source(&crate::generate(&spec(text)).expect("generates"))
                .expect("readable")
        };
        let before = surface(SPEC);
        assert_eq!(
            before.tables.get("pet").map(Vec::as_slice),
            Some(
                &[
                    ("name".to_string(), "String".to_string()),
                    ("type".to_string(), "String".to_string()),
                    ("age".to_string(), "Integer".to_string()),
                    ("details".to_string(), "Json".to_string()),
                ][..]
            )
        );
        let after = surface(&SPEC.replace(
            "age: {type: integer, nullable: true}",
            "age: {type: number, nullable: true}",
        ));
        let diff = crate::SurfaceDiff::between(&before, &after);
        assert!(
            diff.lines
                .iter()
                .any(|l| l.starts_with("table changed: pet:") && l.contains("age")),
            "{:?}",
            diff.lines
        );
    }
}
