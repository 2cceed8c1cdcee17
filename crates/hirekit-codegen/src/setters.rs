//! Rewrites the setters of typify's struct builders (`types::builder::X`, reached through
//! `types::X::builder()`) into the shapes users expect.
//!
//! typify gives every field one setter taking `TryInto<S>`, where `S` is what the field
//! stores. For an optional field `S` is `Option<T>`, so a plain value does not compile
//! (`.email(Some("x".to_string()))`), and for an array `S` is `Vec<T>`, so each nested builder
//! has to be converted by hand first (`vec![Item::builder().a(1).try_into()?]`). This pass reads
//! what each builder field stores and writes, per field:
//!
//! | the field stores | methods |
//! | --- | --- |
//! | `T` (required, or with a default) | `field(value)`, typify's own setter, kept |
//! | `Option<T>`, optional | `field(value)` wraps `Some` itself; `maybe_field(Option<T>)` |
//! | `Option<T>`, required and nullable | `field(value)` wraps `Some`; `clear_field()` sends `null` |
//! | `Nullable<T>` (see [`crate::nullable`]) | `field(value)`; `maybe_field(Option<T>)`; `clear_field()` sends `null` |
//!
//! The names mean one thing everywhere:
//!
//! * `field(value)` sets a value. It takes anything that converts to the item type (`TryInto`):
//!   a nested builder, `&str` for a string, a smaller integer for a wider one. When `T` is an
//!   array (`Vec<Item>`) it takes any `IntoIterator` whose items convert to `Item`, so nested
//!   builders and `&str`s go straight in. A value or array item that does not convert is kept
//!   as the field's error, worded as typify words it (`error converting supplied value for
//!   FIELD: …`, with `index N` for an array item), and fails the builder's conversion into its
//!   type with a `ConversionError`.
//! * `maybe_field(option)` passes on an `Option` the caller already holds, as stored (no
//!   conversion, so `None` needs no type annotation): `Some` sets, `None` leaves the field out
//!   of the JSON, undoing an earlier set.
//! * `clear_field()` exists only where the API takes `null` and sends exactly that.
//!
//! Every setter gets a doc comment. A builder whose fields or setters are not in the shapes
//! above, or whose new method names would collide with another field's setter, fails the pass
//! with a message naming the builder and field.

use std::collections::{BTreeMap, BTreeSet};

use quote::{format_ident, quote};
use syn::{
    Expr, Fields, FnArg, GenericArgument, GenericParam, ImplItem, Item, ItemImpl, ItemStruct,
    PathArguments, Type,
};

use crate::modules;
use crate::redact::{is_flattened, json_name};

/// The doc comment of the generated `types::builder` module: the setter conventions, once.
const MODULE_DOC: &str = "Builders for the object types an operation takes (request bodies, \
parameters and the objects nested in them; responses are read, not built), reached through \
`Type::builder()` and turned into the type with `try_into()` (or passed straight to an \
operation's `body`).

A setter takes anything that converts into the field's type: a nested builder, `&str` for a \
`String`, a smaller integer for a wider one. An optional field's setter takes the value itself; \
`maybe_<field>(option)` passes on an `Option` (`None` leaves the field out), and \
`clear_<field>()`, present where the API takes `null`, sends `null`. An array field's setter \
takes any list or iterator whose items convert to the item type, nested builders included; an \
empty list needs its item type spelled out (`Vec::<Item>::new()`).

A value that does not convert is kept, and the conversion of the builder into its type fails \
with a `ConversionError` naming the field (and the index of an array item).";

/// How a builder field stores its value.
#[derive(Debug, Clone, PartialEq)]
enum Storage {
    /// `T` itself: typify's setter stays.
    Plain,
    /// `Vec<Item>`.
    Array,
    /// `Option<T>`; the setter wraps `Some`.
    Optional,
    /// `Nullable<T>`; the setter wraps `Nullable::Value`.
    TriState,
}

/// One field of a typify builder, as this pass sees it.
struct FieldPlan {
    ident: syn::Ident,
    /// The identifier without `r#`, as used in messages and derived names.
    label: String,
    /// The property name in the JSON (or `None` for the flattened extra properties).
    json: Option<String>,
    storage: Storage,
    /// `T` of `Option<T>`/`Nullable<T>`, or the stored type itself.
    value: Type,
    /// `Item` when `value` is `Vec<Item>`.
    item: Option<Type>,
    /// typify's default is an error: the field must be set.
    required: bool,
}

/// Rewrites every typify builder of `file`'s `types::builder` module as described in the
/// module docs.
pub fn apply(file: &mut syn::File) -> Result<(), String> {
    let types = modules::items_mut(&mut file.items, "types")
        .ok_or("no `types` module in the generated code")?;

    // The JSON name of each field of each type, read from the types themselves.
    let mut json_names: BTreeMap<String, BTreeMap<String, Option<String>>> = BTreeMap::new();
    for item in types.iter() {
        let Item::Struct(s) = item else { continue };
        let Fields::Named(named) = &s.fields else {
            continue;
        };
        let mut fields = BTreeMap::new();
        for field in &named.named {
            let Some(ident) = &field.ident else { continue };
            let json = if is_flattened(field) {
                None
            } else {
                Some(json_name(field).map_err(|e| format!("type `{}`: {e}", s.ident))?)
            };
            fields.insert(label_of(ident), json);
        }
        json_names.insert(s.ident.to_string(), fields);
    }

    let Some(module) = types.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == "builder" => Some(m),
        _ => None,
    }) else {
        // A spec without object schemas has no builders.
        return Ok(());
    };
    module.attrs.push(syn::parse_quote!(#[doc = #MODULE_DOC]));
    let builders = module
        .content
        .as_mut()
        .map(|(_, items)| items)
        .ok_or("the `types::builder` module has no body")?;

    let mut plans: BTreeMap<String, Vec<FieldPlan>> = BTreeMap::new();
    for item in builders.iter() {
        let Item::Struct(s) = item else { continue };
        let name = s.ident.to_string();
        let json = json_names
            .get(&name)
            .ok_or_else(|| format!("builder `{name}` has no type `{name}` beside it"))?;
        let defaults = defaults_of(builders, &name)?;
        plans.insert(name, plan_fields(s, json, &defaults)?);
    }

    let mut rewritten = BTreeSet::new();
    for item in builders.iter_mut() {
        let Item::Impl(block) = item else { continue };
        if block.trait_.is_some() {
            continue;
        }
        let Some(name) = self_name(block) else {
            continue;
        };
        let Some(fields) = plans.get(&name) else {
            continue;
        };
        rewrite_impl(block, &name, fields)?;
        rewritten.insert(name);
    }
    if let Some(missing) = plans.keys().find(|name| !rewritten.contains(*name)) {
        return Err(format!(
            "builder `{missing}` has no `impl` block with its setters"
        ));
    }
    Ok(())
}

/// Reads each field of builder `s`: what it stores, and whether it is required.
fn plan_fields(
    s: &ItemStruct,
    json: &BTreeMap<String, Option<String>>,
    defaults: &BTreeMap<String, bool>,
) -> Result<Vec<FieldPlan>, String> {
    let name = s.ident.to_string();
    let Fields::Named(named) = &s.fields else {
        return Err(format!("builder `{name}` does not have named fields"));
    };
    let mut out = Vec::new();
    for field in &named.named {
        let Some(ident) = field.ident.clone() else {
            continue;
        };
        let label = label_of(&ident);
        if out.iter().any(|f: &FieldPlan| f.label == label) {
            return Err(format!(
                "builder `{name}` has two fields named `{label}`, which cannot compile; typify \
                 names the map of additional properties `extra`, so a property of that name \
                 collides with it: rename the property in the spec"
            ));
        }
        let stored = result_ok(&field.ty).ok_or_else(|| {
            format!(
                "builder `{name}.{label}` does not store `Result<_, String>` \
                 (the shape typify's builders have)"
            )
        })?;
        let (storage, value) = if let Some(inner) = generic_of(stored, "Option") {
            (Storage::Optional, inner.clone())
        } else if let Some(inner) = generic_of(stored, "Nullable") {
            (Storage::TriState, inner.clone())
        } else if generic_of(stored, "Vec").is_some() {
            (Storage::Array, stored.clone())
        } else {
            (Storage::Plain, stored.clone())
        };
        let item = generic_of(&value, "Vec").cloned();
        let required = *defaults
            .get(&label)
            .ok_or_else(|| format!("builder `{name}`: `Default` sets no value for `{label}`"))?;
        let json = json
            .get(&label)
            .cloned()
            .ok_or_else(|| format!("builder `{name}.{label}` has no field in type `{name}`"))?;
        out.push(FieldPlan {
            ident,
            label,
            json,
            storage,
            value,
            item,
            required,
        });
    }
    Ok(out)
}

/// For each field of builder `name`: whether its `Default` is an error (a required field).
fn defaults_of(items: &[Item], name: &str) -> Result<BTreeMap<String, bool>, String> {
    let block = items
        .iter()
        .find_map(|item| match item {
            Item::Impl(block)
                if block
                    .trait_
                    .as_ref()
                    .and_then(|(path, _)| path.segments.last())
                    .is_some_and(|s| s.ident == "Default")
                    && self_name(block).as_deref() == Some(name) =>
            {
                Some(block)
            }
            _ => None,
        })
        .ok_or_else(|| format!("builder `{name}` has no `Default` impl"))?;
    let body = block
        .items
        .iter()
        .find_map(|i| match i {
            ImplItem::Fn(f) if f.sig.ident == "default" => Some(f),
            _ => None,
        })
        .and_then(|f| match f.block.stmts.last() {
            Some(syn::Stmt::Expr(Expr::Struct(s), None)) => Some(s),
            _ => None,
        })
        .ok_or_else(|| format!("builder `{name}`: `default()` is not a struct literal"))?;
    let mut out = BTreeMap::new();
    for field in &body.fields {
        let syn::Member::Named(ident) = &field.member else {
            return Err(format!(
                "builder `{name}`: `default()` sets an unnamed field"
            ));
        };
        let required = match &field.expr {
            Expr::Call(call) => {
                matches!(call.func.as_ref(), Expr::Path(p) if p.path.is_ident("Err"))
            }
            _ => false,
        };
        out.insert(label_of(ident), required);
    }
    Ok(out)
}

/// Replaces the setters in `block` (builder `name`) and adds the `maybe_`/`clear_` methods.
fn rewrite_impl(block: &mut ItemImpl, name: &str, fields: &[FieldPlan]) -> Result<(), String> {
    // Names already taken: every field's setter and every method typify wrote.
    let mut taken: BTreeSet<String> = block
        .items
        .iter()
        .filter_map(|i| match i {
            ImplItem::Fn(f) => Some(label_of(&f.sig.ident)),
            _ => None,
        })
        .collect();
    taken.extend(fields.iter().map(|f| f.label.clone()));

    let mut items = Vec::with_capacity(block.items.len() * 2);
    let mut originals: BTreeMap<String, syn::ImplItemFn> = BTreeMap::new();
    for member in block.items.drain(..) {
        match member {
            ImplItem::Fn(f) => {
                originals.insert(label_of(&f.sig.ident), f);
            }
            other => items.push(other),
        }
    }
    for field in fields {
        let original = originals
            .remove(&field.label)
            .ok_or_else(|| format!("builder `{name}` has no setter `{}`", field.label))?;
        check_typify_setter(&original, name, field)?;
        let mut extra = Vec::new();
        if matches!(field.storage, Storage::TriState)
            || (matches!(field.storage, Storage::Optional) && !field.required)
        {
            extra.push(("maybe", maybe_setter(field)));
        }
        if matches!(field.storage, Storage::TriState)
            || (matches!(field.storage, Storage::Optional) && field.required)
        {
            extra.push(("clear", clearer(field)));
        }
        items.push(ImplItem::Fn(value_setter(original, field)?));
        for (prefix, method) in extra {
            let method_name = format!("{prefix}_{}", field.label);
            if !taken.insert(method_name.clone()) {
                return Err(format!(
                    "builder `{name}`: the method `{method_name}` for field `{}` collides with \
                     another setter or method of the same name",
                    field.label
                ));
            }
            items.push(method);
        }
    }
    if let Some(left) = originals.keys().next() {
        return Err(format!(
            "builder `{name}` has a method `{left}` that is not the setter of a field"
        ));
    }
    block.items = items;
    Ok(())
}

/// typify's setter is `fn field<T>(mut self, value: T) -> Self where T: TryInto<Stored>, …`;
/// anything else means typify changed and this pass needs a look.
fn check_typify_setter(f: &syn::ImplItemFn, name: &str, field: &FieldPlan) -> Result<(), String> {
    let generics: Vec<_> = f.sig.generics.params.iter().collect();
    let inputs: Vec<_> = f.sig.inputs.iter().collect();
    let shaped = generics.len() == 1
        && matches!(generics[0], GenericParam::Type(_))
        && inputs.len() == 2
        && matches!(inputs[0], FnArg::Receiver(_))
        && matches!(inputs[1], FnArg::Typed(_));
    if shaped {
        Ok(())
    } else {
        Err(format!(
            "builder `{name}`: setter `{}` is not typify's `fn {0}<T>(mut self, value: T)`",
            field.label
        ))
    }
}

/// The setter `field(value)`: typify's own for a plain field, otherwise one that converts the
/// value (or each array item) and wraps it as the field stores it.
fn value_setter(original: syn::ImplItemFn, field: &FieldPlan) -> Result<syn::ImplItemFn, String> {
    let doc = value_doc(field);
    if field.storage == Storage::Plain {
        let mut kept = original;
        kept.attrs.insert(0, syn::parse_quote!(#[doc = #doc]));
        return Ok(kept);
    }
    let ident = &field.ident;
    let label = &field.label;
    let wrap = match field.storage {
        Storage::Optional => quote!(.map(::std::option::Option::Some)),
        Storage::TriState => quote!(.map(super::Nullable::Value)),
        Storage::Array | Storage::Plain => quote!(),
    };
    let method: syn::ImplItemFn = if let Some(item) = &field.item {
        let message =
            format!("error converting supplied value for {label}: index {{index}}: {{e}}");
        syn::parse_quote! {
            #[doc = #doc]
            pub fn #ident<I, V>(mut self, values: I) -> Self
            where
                I: ::std::iter::IntoIterator<Item = V>,
                V: ::std::convert::TryInto<#item>,
                V::Error: ::std::fmt::Display,
            {
                self.#ident = values
                    .into_iter()
                    .enumerate()
                    .map(|(index, value)| value.try_into().map_err(|e| format!(#message)))
                    .collect::<::std::result::Result<::std::vec::Vec<#item>, ::std::string::String>>()
                    #wrap;
                self
            }
        }
    } else {
        let value = &field.value;
        let message = format!("error converting supplied value for {label}: {{e}}");
        syn::parse_quote! {
            #[doc = #doc]
            pub fn #ident<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<#value>,
                V::Error: ::std::fmt::Display,
            {
                self.#ident = value
                    .try_into()
                    #wrap
                    .map_err(|e| format!(#message));
                self
            }
        }
    };
    Ok(method)
}

/// `maybe_field(Option<T>)`: `Some` sets, `None` leaves the field out.
fn maybe_setter(field: &FieldPlan) -> ImplItem {
    let ident = &field.ident;
    let method = format_ident!("maybe_{}", field.label);
    let value = &field.value;
    let stored = match field.storage {
        Storage::TriState => quote!(super::Nullable::from_option(value)),
        _ => quote!(value),
    };
    let doc = format!(
        "Sets {} from an `Option`: `None` leaves it out.",
        subject(field)
    );
    syn::parse_quote! {
        #[doc = #doc]
        pub fn #method(mut self, value: ::std::option::Option<#value>) -> Self {
            self.#ident = Ok(#stored);
            self
        }
    }
}

/// `clear_field()`: sends `null`.
fn clearer(field: &FieldPlan) -> ImplItem {
    let ident = &field.ident;
    let method = format_ident!("clear_{}", field.label);
    let (stored, doc) = match field.storage {
        Storage::TriState => (
            quote!(super::Nullable::Null),
            format!(
                "Sends {} as `null`, which clears the stored value.",
                subject(field)
            ),
        ),
        _ => (
            quote!(::std::option::Option::None),
            format!("Sends {} as `null`.", subject(field)),
        ),
    };
    syn::parse_quote! {
        #[doc = #doc]
        pub fn #method(mut self) -> Self {
            self.#ident = Ok(#stored);
            self
        }
    }
}

fn value_doc(field: &FieldPlan) -> String {
    let what = subject(field);
    let clear = format!("`clear_{}()` sends `null`", field.label);
    let when = match (&field.storage, field.required) {
        (Storage::Optional, true) => format!("required; {clear}"),
        (Storage::TriState, _) => format!("optional, left out until set; {clear}"),
        (Storage::Optional, false) => "optional, left out until set".to_string(),
        (Storage::Array, false) => "optional, empty until set".to_string(),
        (Storage::Plain, false) => "has a default".to_string(),
        (Storage::Array | Storage::Plain, true) => "required".to_string(),
    };
    if field.item.is_some() {
        format!("Sets {what} from items that each convert to its item type ({when}).")
    } else {
        format!("Sets {what} ({when}).")
    }
}

/// How the docs name the field: its JSON property, or the flattened extra properties.
fn subject(field: &FieldPlan) -> String {
    match &field.json {
        Some(json) => format!("`{json}`"),
        None => "the properties beyond the named ones".to_string(),
    }
}

fn label_of(ident: &syn::Ident) -> String {
    ident.to_string().trim_start_matches("r#").to_string()
}

fn self_name(block: &ItemImpl) -> Option<String> {
    let Type::Path(path) = block.self_ty.as_ref() else {
        return None;
    };
    path.path.segments.last().map(|s| s.ident.to_string())
}

/// `S` of `Result<S, String>`.
fn result_ok(ty: &Type) -> Option<&Type> {
    let args = generic_args(ty, "Result")?;
    match (args.first()?, args.get(1)?) {
        (GenericArgument::Type(ok), GenericArgument::Type(Type::Path(err)))
            if args.len() == 2 && err.path.segments.last()?.ident == "String" =>
        {
            Some(ok)
        }
        _ => None,
    }
}

/// `T` of `Wrapper<T>` (any path ending in `Wrapper`, with exactly one type argument).
fn generic_of<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
    let args = generic_args(ty, wrapper)?;
    match args.first()? {
        GenericArgument::Type(inner) if args.len() == 1 => Some(inner),
        _ => None,
    }
}

fn generic_args<'a>(ty: &'a Type, wrapper: &str) -> Option<Vec<&'a GenericArgument>> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    Some(args.args.iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Spec, Surface};

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
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/ThingUpdate'}}}}
        '4XX': {$ref: '#/components/responses/Error'}
        '5XX': {$ref: '#/components/responses/Error'}
components:
  responses:
    Error: {description: e, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
  schemas:
    Error: {type: object, additionalProperties: {}}
    Item:
      type: object
      required: [a]
      properties:
        a: {type: integer}
    ThingUpdate:
      type: object
      required: [id, items, kept]
      properties:
        id: {type: string}
        customId: {type: string}
        limit: {type: integer}
        kept: {type: string, nullable: true}
        name: {type: string, nullable: true}
        items: {type: array, items: {$ref: '#/components/schemas/Item'}}
        labels: {type: array, items: {type: string}}
        tags: {type: array, items: {type: string}, nullable: true}
        first: {$ref: '#/components/schemas/Item'}
"#;

    fn generated(spec: &str) -> String {
        crate::generate(&Spec::parse("test.yaml", spec).expect("spec")).expect("generate")
    }

    /// The setters of builder `name`, read back through their bounds (see [`Surface`]).
    fn setters_of(code: &str, name: &str) -> BTreeMap<String, String> {
        Surface::of_source(code).expect("readable").builders[name].clone()
    }

    fn method<'a>(code: &'a str, name: &str) -> &'a str {
        let start = code
            .find(&format!("pub fn {name}"))
            .unwrap_or_else(|| panic!("no `{name}` in\n{code}"));
        let rest = &code[start..];
        let end = rest[1..].find("pub fn ").map_or(rest.len(), |i| i + 1);
        &rest[..end]
    }

    #[test]
    fn an_optional_setter_takes_the_value_and_wraps_some() {
        let code = generated(SPEC);
        let setters = setters_of(&code, "ThingUpdate");
        // `V: TryInto<String>`, which `&str` is: `.custom_id("X")` compiles.
        assert_eq!(setters["custom_id"], "String");
        assert_eq!(setters["limit"], "i64");
        assert_eq!(setters["first"], "Item");
        let body: String = method(&code, "custom_id").split_whitespace().collect();
        assert!(body.contains(".map(::std::option::Option::Some)"), "{body}");
        // The `Option` a caller already holds goes through `maybe_`, as stored.
        assert_eq!(setters["maybe_custom_id"], "Option<String>");
        // Required fields keep typify's setter.
        assert_eq!(setters["id"], "String");
        assert!(!setters.contains_key("maybe_id") && !setters.contains_key("clear_id"));
    }

    #[test]
    fn an_array_setter_takes_items_that_convert_and_names_a_failing_one() {
        let code = generated(SPEC);
        let setters = setters_of(&code, "ThingUpdate");
        // Nested builders (`builder::Item: TryInto<Item>`) go straight in.
        assert_eq!(setters["items"], "[Item]");
        assert_eq!(setters["labels"], "[String]");
        assert_eq!(setters["tags"], "[String]");
        assert_eq!(setters["maybe_tags"], "Option<Vec<String>>");
        let items: String = method(&code, "items").split_whitespace().collect();
        assert!(
            items.contains("\"errorconvertingsuppliedvalueforitems:index{index}:{e}\""),
            "{items}"
        );
        let tags: String = method(&code, "tags").split_whitespace().collect();
        assert!(tags.contains(".map(super::Nullable::Value)"), "{tags}");
    }

    #[test]
    fn clearing_sends_null_where_the_api_takes_it() {
        let code = generated(SPEC);
        let setters = setters_of(&code, "ThingUpdate");
        // Optional and nullable in a request: three states.
        let clear: String = method(&code, "clear_name").split_whitespace().collect();
        assert!(
            clear.contains("self.name=Ok(super::Nullable::Null)"),
            "{clear}"
        );
        let maybe: String = method(&code, "maybe_name").split_whitespace().collect();
        assert!(
            maybe.contains("Ok(super::Nullable::from_option(value))"),
            "{maybe}"
        );
        // Required and nullable: `None` is written as `null`, and there is no "left out".
        let clear: String = method(&code, "clear_kept").split_whitespace().collect();
        assert!(
            clear.contains("self.kept=Ok(::std::option::Option::None)"),
            "{clear}"
        );
        assert!(!setters.contains_key("maybe_kept"));
        // Not nullable: nothing to clear.
        assert!(!setters.contains_key("clear_custom_id") && !setters.contains_key("clear_items"));
        // Every generated setter is documented.
        for name in [
            "custom_id",
            "items",
            "clear_name",
            "maybe_name",
            "clear_kept",
            "id",
        ] {
            let at = code.find(&format!("pub fn {name}")).expect("setter");
            let before = code[..at].trim_end();
            let doc_line = before.lines().last().unwrap_or_default();
            assert!(
                doc_line.trim_start().starts_with("///"),
                "{name}: {doc_line}"
            );
        }
    }

    #[test]
    fn a_derived_name_taken_by_another_field_fails_the_pass() {
        let spec = SPEC.replace(
            "        first: {$ref: '#/components/schemas/Item'}\n",
            "        first: {$ref: '#/components/schemas/Item'}\n        maybe_limit: {type: string}\n",
        );
        let error = crate::generate(&Spec::parse("test.yaml", &spec).expect("spec"))
            .expect_err("the names collide");
        let message = error.to_string();
        assert!(message.contains("maybe_limit"), "{message}");
        assert!(message.contains("ThingUpdate"), "{message}");
    }

    #[test]
    fn a_property_named_like_the_additional_properties_map_is_refused() {
        let spec = SPEC
            .replace(
                "    Item:\n      type: object\n",
                "    Item:\n      type: object\n      additionalProperties: {}\n",
            )
            .replace(
                "        a: {type: integer}\n",
                "        a: {type: integer}\n        extra: {type: string}\n",
            );
        let error = crate::generate(&Spec::parse("test.yaml", &spec).expect("spec"))
            .expect_err("two `extra` fields");
        let message = error.to_string();
        assert!(
            message.contains("builder `Item` has two fields named `extra`"),
            "{message}"
        );
    }

    #[test]
    fn an_unrecognised_builder_shape_is_an_error_not_a_skip() {
        let mut file: syn::File = syn::parse_quote! {
            pub mod types {
                pub struct Thing { pub id: i64 }
                pub mod builder {
                    pub struct Thing { id: i64 }
                    impl ::std::default::Default for Thing {
                        fn default() -> Self { Self { id: 0 } }
                    }
                    impl Thing {
                        pub fn id(mut self, value: i64) -> Self { self.id = value; self }
                    }
                }
            }
        };
        let error = apply(&mut file).expect_err("not typify's shape");
        assert!(
            error.contains("Thing.id") && error.contains("Result"),
            "{error}"
        );

        let mut file: syn::File = syn::parse_quote! {
            pub mod types {
                pub struct Thing { pub id: i64 }
                pub mod builder {
                    pub struct Thing { id: ::std::result::Result<i64, ::std::string::String> }
                    impl ::std::default::Default for Thing {
                        fn default() -> Self { Self { id: Err("no value supplied for id".to_string()) } }
                    }
                    impl Thing {
                        pub fn id(mut self, value: i64) -> Self { self.id = Ok(value); self }
                    }
                }
            }
        };
        let error = apply(&mut file).expect_err("not typify's setter");
        assert!(error.contains("setter `id`"), "{error}");
    }
}
