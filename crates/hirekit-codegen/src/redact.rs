//! Replaces the derived `Debug` of generated types so that nothing secret or personal reaches a
//! log through `{:?}`.
//!
//! typify derives `Debug` on every type, so a `PasswordGrant` would print its password and an
//! `Invitation` its candidate's email. This pass rewrites the syntax tree progenitor produced:
//!
//! * a struct with properties marked `x-hirekit-sensitive` prints `<redacted>` for them;
//! * a named string component marked `x-hirekit-sensitive` prints `Name(<redacted>)`;
//! * the `extra` map of unknown keys prints only the keys (a value the vendor adds later could be
//!   personal, and we cannot know);
//! * request builders (typify's `types::builder` and progenitor's `builder`) print only their
//!   name: they hold the same data before it is sent.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;
use syn::punctuated::Punctuated;
use syn::{Attribute, Field, Fields, Item, ItemStruct, Token};

use crate::Spec;

/// Extension marking a property (or a named string component) as secret or personal.
pub const SENSITIVE: &str = hirekit_spec::ext::SENSITIVE;

/// What the spec marks sensitive, by component schema name.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Sensitive {
    /// Sensitive JSON property names per object schema.
    pub fields: BTreeMap<String, BTreeSet<String>>,
    /// String components whose whole value is sensitive.
    pub whole: BTreeSet<String>,
}

impl Sensitive {
    /// Collects the marks of a spec's component schemas.
    pub fn of(spec: &Spec) -> Self {
        let mut out = Self::default();
        for (name, schema) in spec.schemas().into_iter().flatten() {
            if is_marked(schema) && schema.get("type").and_then(Value::as_str) == Some("string") {
                out.whole.insert(name.clone());
            }
            let properties = schema.get("properties").and_then(Value::as_object);
            for (prop, value) in properties.into_iter().flatten() {
                if is_marked(value) {
                    out.fields
                        .entry(name.clone())
                        .or_default()
                        .insert(prop.clone());
                }
            }
        }
        out
    }
}

fn is_marked(schema: &Value) -> bool {
    schema.get(SENSITIVE).and_then(Value::as_bool) == Some(true)
}

/// Rewrites the `Debug` impls of `file` as described in the module docs. Fails if a marked
/// schema or property has no generated counterpart, so a mark can never be silently ignored.
pub fn apply(file: &mut syn::File, sensitive: &Sensitive) -> Result<(), String> {
    let mut seen_fields: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut seen_whole: BTreeSet<String> = BTreeSet::new();

    for item in &mut file.items {
        let Item::Mod(module) = item else { continue };
        let Some((_, items)) = module.content.as_mut() else {
            continue;
        };
        match module.ident.to_string().as_str() {
            "types" => {
                rewrite_types(items, sensitive, &mut seen_fields, &mut seen_whole)?;
                for inner in items.iter_mut() {
                    if let Item::Mod(m) = inner
                        && m.ident == "builder"
                        && let Some((_, builders)) = m.content.as_mut()
                    {
                        make_opaque(builders)?;
                    }
                }
            }
            "builder" => make_opaque(items)?,
            _ => {}
        }
    }

    for (schema, fields) in &sensitive.fields {
        let seen = seen_fields.get(schema);
        let Some(seen) = seen else {
            return Err(format!(
                "schema `{schema}` has properties marked {SENSITIVE} but no generated struct of that name"
            ));
        };
        let missing: Vec<_> = fields.difference(seen).collect();
        if !missing.is_empty() {
            return Err(format!(
                "schema `{schema}`: marked properties {missing:?} have no generated field"
            ));
        }
    }
    if let Some(missing) = sensitive.whole.difference(&seen_whole).next() {
        return Err(format!(
            "schema `{missing}` is marked {SENSITIVE} but no generated newtype of that name exists"
        ));
    }
    Ok(())
}

fn rewrite_types(
    items: &mut Vec<Item>,
    sensitive: &Sensitive,
    seen_fields: &mut BTreeMap<String, BTreeSet<String>>,
    seen_whole: &mut BTreeSet<String>,
) -> Result<(), String> {
    let mut impls = Vec::new();
    for item in items.iter_mut() {
        let Item::Struct(s) = item else { continue };
        let name = s.ident.to_string();
        match &s.fields {
            Fields::Named(named) => {
                let marked = sensitive.fields.get(&name);
                let has_extra = named.named.iter().any(is_flattened_extra);
                if marked.is_none() && !has_extra {
                    continue;
                }
                let mut found = BTreeSet::new();
                let mut calls = Vec::new();
                for field in &named.named {
                    let Some(ident) = &field.ident else { continue };
                    let json = json_name(field)?;
                    let label = ident.to_string().trim_start_matches("r#").to_string();
                    if marked.is_some_and(|m| m.contains(&json)) {
                        found.insert(json);
                        calls.push(quote! { .field(#label, &::std::format_args!("<redacted>")) });
                    } else if is_flattened_extra(field) {
                        calls.push(quote! {
                            .field(#label, &self.#ident.keys().collect::<::std::vec::Vec<_>>())
                        });
                    } else {
                        calls.push(quote! { .field(#label, &self.#ident) });
                    }
                }
                if marked.is_some() {
                    seen_fields.insert(name.clone(), found);
                }
                if remove_debug_derive(s)? {
                    impls.push(debug_impl(
                        s,
                        quote! { f.debug_struct(#name) #(#calls)* .finish() },
                    ));
                }
            }
            Fields::Unnamed(_) if sensitive.whole.contains(&name) => {
                seen_whole.insert(name.clone());
                if remove_debug_derive(s)? {
                    let shown = format!("{name}(<redacted>)");
                    impls.push(debug_impl(s, quote! { f.write_str(#shown) }));
                }
            }
            _ => {}
        }
    }
    items.extend(impls);
    Ok(())
}

/// Gives every struct in `items` a `Debug` that prints only its name.
fn make_opaque(items: &mut Vec<Item>) -> Result<(), String> {
    let mut impls = Vec::new();
    for item in items.iter_mut() {
        if let Item::Struct(s) = item
            && remove_debug_derive(s)?
        {
            let name = s.ident.to_string();
            impls.push(debug_impl(
                s,
                quote! { f.debug_struct(#name).finish_non_exhaustive() },
            ));
        }
    }
    items.extend(impls);
    Ok(())
}

fn debug_impl(s: &ItemStruct, body: TokenStream) -> Item {
    let name = &s.ident;
    let (impl_generics, type_generics, where_clause) = s.generics.split_for_impl();
    syn::parse_quote! {
        impl #impl_generics ::std::fmt::Debug for #name #type_generics #where_clause {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                #body
            }
        }
    }
}

/// Drops `Debug` from the struct's derive list; returns whether it was there.
fn remove_debug_derive(s: &mut ItemStruct) -> Result<bool, String> {
    let mut removed = false;
    let mut attrs: Vec<Attribute> = Vec::with_capacity(s.attrs.len());
    for attr in s.attrs.drain(..) {
        if !attr.path().is_ident("derive") {
            attrs.push(attr);
            continue;
        }
        let paths = attr
            .parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
            .map_err(|e| format!("unreadable derive on `{}`: {e}", s.ident))?;
        let kept: Vec<&syn::Path> = paths
            .iter()
            .filter(|p| p.segments.last().is_none_or(|seg| seg.ident != "Debug"))
            .collect();
        if kept.len() == paths.len() {
            attrs.push(attr);
            continue;
        }
        removed = true;
        if !kept.is_empty() {
            attrs.push(syn::parse_quote!(#[derive(#(#kept),*)]));
        }
    }
    s.attrs = attrs;
    Ok(removed)
}

fn is_flattened_extra(field: &Field) -> bool {
    field.ident.as_ref().is_some_and(|i| i == "extra") && is_flattened(field)
}

/// Whether a generated field carries `#[serde(flatten)]` (typify's map of the properties
/// beyond the named ones).
pub(crate) fn is_flattened(field: &Field) -> bool {
    field.attrs.iter().any(|attr| {
        attr.path().is_ident("serde") && {
            let mut flatten = false;
            let _ = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("flatten") {
                    flatten = true;
                } else if let Ok(value) = meta.value() {
                    // Consume the value (`rename = "…"`), so the next key parses.
                    let _: syn::Lit = value.parse()?;
                }
                Ok(())
            });
            flatten
        }
    })
}

/// The JSON property name of a generated field: its `#[serde(rename)]`, else its identifier.
pub(crate) fn json_name(field: &Field) -> Result<String, String> {
    let mut rename = None;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let lit: syn::LitStr = meta.value()?.parse()?;
                rename = Some(lit.value());
            } else if let Ok(value) = meta.value() {
                let _: syn::Lit = value.parse()?;
            }
            Ok(())
        })
        .map_err(|e| format!("unreadable serde attribute: {e}"))?;
    }
    Ok(rename.unwrap_or_else(|| {
        field
            .ident
            .as_ref()
            .map(|i| i.to_string().trim_start_matches("r#").to_string())
            .unwrap_or_default()
    }))
}
