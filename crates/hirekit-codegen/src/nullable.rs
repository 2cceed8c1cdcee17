//! Gives the optional, nullable fields of request bodies three states: left out, `null`, or a
//! value.
//!
//! typify turns an optional nullable property into `Option<T>` and leaves `None` out of the
//! JSON, so a request can keep a stored value (absent) or set one (a value) but never clear it
//! (`null`), although partial updates such as `update_interview` document `null` as "clear this
//! field". This pass rewrites the generated code for every such field of a schema reached from
//! an operation's request body:
//!
//! * the struct field becomes `Nullable<T>` (absent is omitted, `Null` is written as `null`);
//! * its typify builder stores a `Nullable<T>` too; [`crate::setters`] then gives it
//!   `field(value)`, `maybe_field(option)` (`None` leaves it out) and `clear_field()`, which
//!   sends `null`;
//! * `Nullable<T>` itself is `hirekit_runtime::Nullable`, named in the generated `types` module.
//!
//! Response types are left alone: for them absent and `null` mean the same thing, and
//! `Option<T>` reads both.

use std::collections::{BTreeMap, BTreeSet};

use quote::quote;
use serde_json::Value;
use syn::{Fields, GenericArgument, Item, PathArguments, Type};

use crate::lint::is_null_branch;
use crate::redact::json_name;
use crate::spec::resolve;
use crate::{Spec, modules};

/// The request fields that get three states, by component schema name (JSON property names).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TriState {
    /// Optional, nullable properties per object schema reached from a request body.
    pub fields: BTreeMap<String, BTreeSet<String>>,
}

impl TriState {
    /// Collects the optional, nullable properties of every component schema that an
    /// operation's request body reaches through `$ref`s (at any depth).
    pub fn of(spec: &Spec) -> Self {
        let mut pending: Vec<String> = Vec::new();
        for op in spec.operations() {
            if let Some(body) = op.value.get("requestBody") {
                collect_refs(body, &mut pending);
            }
        }
        let mut reached = BTreeSet::new();
        while let Some(name) = pending.pop() {
            if !reached.insert(name.clone()) {
                continue;
            }
            if let Some(schema) = spec.schemas().and_then(|s| s.get(&name)) {
                collect_refs(schema, &mut pending);
            }
        }
        let mut out = Self::default();
        for name in reached {
            let Some(schema) = spec.schemas().and_then(|s| s.get(&name)) else {
                continue;
            };
            let required: BTreeSet<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let properties = schema.get("properties").and_then(Value::as_object);
            for (prop, value) in properties.into_iter().flatten() {
                if !required.contains(prop.as_str()) && admits_null(spec, value) {
                    out.fields
                        .entry(name.clone())
                        .or_default()
                        .insert(prop.clone());
                }
            }
        }
        out
    }

    /// How many fields get three states.
    pub fn len(&self) -> usize {
        self.fields.values().map(BTreeSet::len).sum()
    }

    /// Whether no field gets three states.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Whether a property schema lets the value be `null` (the shapes of `specs/README.md`).
fn admits_null(spec: &Spec, schema: &Value) -> bool {
    if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
        return true;
    }
    if let Some(target) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| resolve(&spec.value, r))
    {
        return target.get("nullable").and_then(Value::as_bool) == Some(true);
    }
    schema
        .get("oneOf")
        .and_then(Value::as_array)
        .is_some_and(|branches| branches.iter().any(is_null_branch))
}

fn collect_refs(node: &Value, out: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            if let Some(name) = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
            {
                out.push(name.to_string());
            }
            map.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// Rewrites `file` as described in the module docs. Fails if a field the spec names has no
/// generated `Option` counterpart, so a nullable request field can never silently stay
/// two-state.
pub fn apply(file: &mut syn::File, tri: &TriState) -> Result<(), String> {
    if tri.is_empty() {
        return Ok(());
    }
    let types = modules::items_mut(&mut file.items, "types")
        .ok_or("no `types` module in the generated code")?;

    // Per schema: the Rust identifier of each rewritten field and its JSON name.
    let mut done: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for item in types.iter_mut() {
        let Item::Struct(s) = item else { continue };
        let name = s.ident.to_string();
        let Some(wanted) = tri.fields.get(&name) else {
            continue;
        };
        let Fields::Named(named) = &mut s.fields else {
            continue;
        };
        for field in named.named.iter_mut() {
            let json = json_name(field)?;
            if !wanted.contains(&json) {
                continue;
            }
            let inner = option_inner(&field.ty)
                .ok_or_else(|| format!("`{name}.{json}` is not an `Option` in the generated code"))?
                .clone();
            field.ty = syn::parse_quote!(Nullable<#inner>);
            field.attrs = serde_attrs(&field.attrs, &json)?;
            let label = field
                .ident
                .as_ref()
                .map(|i| i.to_string().trim_start_matches("r#").to_string())
                .unwrap_or_default();
            done.entry(name.clone()).or_default().insert(label, json);
        }
    }
    for (schema, fields) in &tri.fields {
        let found: BTreeSet<&String> = done
            .get(schema)
            .into_iter()
            .flat_map(|m| m.values())
            .collect();
        let missing: Vec<_> = fields.iter().filter(|f| !found.contains(f)).collect();
        if !missing.is_empty() {
            return Err(format!(
                "schema `{schema}`: nullable request fields {missing:?} have no generated field"
            ));
        }
    }

    let builders = modules::items_mut(types, "builder")
        .ok_or("no `types::builder` module in the generated code")?;
    rewrite_builders(builders, &done)?;

    let definition: syn::File = syn::parse2(nullable_type())
        .map_err(|e| format!("the `Nullable` definition does not parse: {e}"))?;
    types.extend(definition.items);
    Ok(())
}

/// `T` of `::std::option::Option<T>` (or `Option<T>`).
fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(inner) if args.args.len() == 1 => Some(inner),
        _ => None,
    }
}

/// The field's attributes with its serde options replaced: kept `rename`, plus `default` (a
/// missing key reads as absent) and the skip of absent values.
fn serde_attrs(attrs: &[syn::Attribute], json: &str) -> Result<Vec<syn::Attribute>, String> {
    let mut rename = None;
    let mut out = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("serde") {
            out.push(attr.clone());
            continue;
        }
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("default") {
                return Ok(());
            }
            let lit: syn::LitStr = meta.value()?.parse()?;
            if meta.path.is_ident("rename") {
                rename = Some(lit);
                Ok(())
            } else if meta.path.is_ident("skip_serializing_if") {
                Ok(())
            } else {
                Err(meta.error("unexpected serde option on an optional field"))
            }
        })
        .map_err(|e| format!("field `{json}`: {e}"))?;
    }
    let rename = rename.map(|lit| quote!(rename = #lit,));
    out.push(syn::parse_quote!(
        #[serde(#rename default, skip_serializing_if = "Nullable::is_absent")]
    ));
    Ok(out)
}

/// In typify's builder for each schema: the field holds `Nullable<T>`. Its setters (a value,
/// `maybe_<field>`, `clear_<field>`) are written by [`crate::setters`], which runs next and
/// writes every builder's setters from what each field stores.
fn rewrite_builders(
    items: &mut [Item],
    done: &BTreeMap<String, BTreeMap<String, String>>,
) -> Result<(), String> {
    // How many fields of each builder were rewritten.
    let mut found: BTreeMap<String, usize> = BTreeMap::new();
    for item in items.iter_mut() {
        let Item::Struct(s) = item else { continue };
        let name = s.ident.to_string();
        let Some(wanted) = done.get(&name) else {
            continue;
        };
        let Fields::Named(named) = &mut s.fields else {
            continue;
        };
        for field in named.named.iter_mut() {
            let Some(ident) = field.ident.clone() else {
                continue;
            };
            // The builder's fields carry the struct's identifiers.
            let label = ident.to_string().trim_start_matches("r#").to_string();
            if !wanted.contains_key(&label) {
                continue;
            }
            let inner = result_option_inner(&field.ty)
                .ok_or_else(|| format!("builder `{name}.{label}` is not `Result<Option<_>, _>`"))?
                .clone();
            field.ty = syn::parse_quote!(
                ::std::result::Result<super::Nullable<#inner>, ::std::string::String>
            );
            *found.entry(name.clone()).or_default() += 1;
        }
    }
    for (name, wanted) in done {
        let fields = found.get(name).copied().unwrap_or(0);
        if fields != wanted.len() {
            return Err(format!(
                "builder `{name}`: found {fields} of {} nullable request fields",
                wanted.len()
            ));
        }
    }
    Ok(())
}

/// `T` of `Result<Option<T>, _>`.
fn result_option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(ok) => option_inner(ok),
        _ => None,
    }
}

/// The three-state type, defined once in `hirekit-runtime` and named in the generated `types`
/// module.
fn nullable_type() -> proc_macro2::TokenStream {
    quote! {
        pub use ::hirekit_runtime::Nullable;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    post:
      operationId: update_thing
      tags: [things]
      summary: Change a thing.
      description: Changes a thing.
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/ThingUpdate'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
components:
  responses:
    Error: {description: e, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
  schemas:
    Error: {type: object, additionalProperties: {}}
    Mode: {type: string, enum: [live, test]}
    Owner:
      type: object
      properties:
        nickname: {type: string, nullable: true}
    ThingUpdate:
      type: object
      required: [id, kept]
      properties:
        id: {type: string}
        kept: {type: string, nullable: true}
        name: {type: string, nullable: true}
        note: {type: string}
        mode: {oneOf: [{$ref: '#/components/schemas/Mode'}, {nullable: true, enum: [null]}]}
        owner: {oneOf: [{$ref: '#/components/schemas/Owner'}, {nullable: true, enum: [null]}]}
        secret: {type: string, nullable: true, x-hirekit-sensitive: true}
    Thing:
      type: object
      properties:
        name: {type: string, nullable: true}
      additionalProperties: {}
"#;

    fn spec() -> Spec {
        Spec::parse("test.yaml", SPEC).expect("spec")
    }

    #[test]
    fn only_optional_nullable_request_fields_are_chosen() {
        let tri = TriState::of(&spec());
        let expected: BTreeMap<String, BTreeSet<String>> = [
            ("Owner", vec!["nickname"]),
            ("ThingUpdate", vec!["mode", "name", "owner", "secret"]),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
        .collect();
        // `kept` is required, `note` is not nullable, and `Thing` is only a response.
        assert_eq!(tri.fields, expected);
    }

    #[test]
    fn the_generated_code_has_three_states_and_clearing_setters() {
        let code = crate::generate(&spec()).expect("generate");
        let squashed: String = code.split_whitespace().collect();
        assert!(
            squashed.contains("pubuse::hirekit_runtime::Nullable;"),
            "{code}"
        );
        for (field, ty) in [
            ("name", "Nullable<::std::string::String>"),
            ("mode", "Nullable<Mode>"),
            ("owner", "Nullable<Owner>"),
            ("nickname", "Nullable<::std::string::String>"),
        ] {
            assert!(
                squashed.contains(&format!("pub{field}:{ty},")),
                "{field}\n{code}"
            );
            assert!(
                squashed.contains(&format!("pubfnclear_{field}(")),
                "{field}"
            );
        }
        // Required-nullable and non-nullable fields keep their types. The non-nullable one gets
        // no clearer; the required-nullable one's (from `setters`) writes `None`, i.e. `null`.
        assert!(squashed.contains("pubkept:::std::option::Option<::std::string::String>,"));
        assert!(squashed.contains("pubnote:::std::option::Option<::std::string::String>,"));
        assert!(!squashed.contains("clear_note"));
        assert!(squashed.contains("self.kept=Ok(::std::option::Option::None);"));
        // The response type stays two-state (only `Thing` has an optional `name` left).
        assert!(squashed.contains("pubname:::std::option::Option<::std::string::String>,"));
        // The redacted Debug still hides the sensitive field.
        assert!(squashed.contains(".field(\"secret\",&::std::format_args!(\"<redacted>\"))"));
    }
}
