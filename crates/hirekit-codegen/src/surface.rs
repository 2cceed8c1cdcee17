//! The API surface of a generated client, read back from its Rust source: each operation's
//! method, path, parameters, body and response type, each type's fields or variants, and the
//! setters of each type's builder with what they accept.
//!
//! Reading the generated code (rather than the spec) shows what users of the raw client get,
//! so the xtask can summarise what a spec edit changed for them, and the snapshot tests pin it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use quote::ToTokens;
use syn::{Fields, GenericArgument, ImplItem, Item, PathArguments, ReturnType, Type};

use crate::modules;

/// One generated operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationSurface {
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template.
    pub path: String,
    /// Builder setters (parameters and `body`) with their type; optional ones are `Option<_>`.
    pub parameters: BTreeMap<String, String>,
    /// The success type `send()` resolves to.
    pub response: String,
}

/// One generated type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeSurface {
    /// A struct with named fields: field name to type.
    Struct(BTreeMap<String, String>),
    /// An enum: its variants, with their payload type if any.
    Enum(BTreeMap<String, String>),
    /// A tuple struct (newtype): its inner type.
    Newtype(String),
}

/// Everything a user of the raw client can call or name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Surface {
    /// Operations by method name (the operationId).
    pub operations: BTreeMap<String, OperationSurface>,
    /// Types of the `types` module by name (builders excluded).
    pub types: BTreeMap<String, TypeSurface>,
    /// The setters of each type's builder (`types::builder::X`) by type name: setter name to
    /// what it accepts (`T` for anything converting to `T`, `[T]` for items converting to `T`,
    /// empty for a setter without argument).
    pub builders: BTreeMap<String, BTreeMap<String, String>>,
    /// The Tables catalog (specs with `x-hirekit-table`): each table's columns, in order,
    /// with their `ColumnType`.
    pub tables: BTreeMap<String, Vec<(String, String)>>,
}

impl Surface {
    /// Reads the surface of generated source code.
    pub fn of_source(source: &str) -> Result<Self, String> {
        let file = syn::parse_file(source).map_err(|e| format!("not Rust source: {e}"))?;
        let mut surface = Surface::default();
        let mut op_names = Vec::new();
        for item in &file.items {
            match item {
                Item::Impl(imp) if imp.trait_.is_none() && is_client(&imp.self_ty) => {
                    for member in &imp.items {
                        if let ImplItem::Fn(f) = member
                            && returns_builder(&f.sig.output)
                        {
                            op_names.push(f.sig.ident.to_string());
                        }
                    }
                }
                Item::Mod(m) if m.ident == "builder" => {
                    read_builders(m, &mut surface.operations);
                }
                Item::Mod(m) if m.ident == "types" => {
                    read_types(m, &mut surface.types);
                    read_type_builders(m, &mut surface.builders);
                }
                Item::Mod(m) if m.ident == "catalog" => {
                    read_catalog(m, &mut surface.tables);
                }
                _ => {}
            }
        }
        // Builders are keyed by their PascalCase struct name; re-key them by method name.
        let mut by_method = BTreeMap::new();
        for name in op_names {
            let key = pascal(&name);
            if let Some(op) = surface.operations.remove(&key) {
                by_method.insert(name, op);
            } else {
                return Err(format!("method `{name}` has no builder `{key}`"));
            }
        }
        surface.operations = by_method;
        Ok(surface)
    }

    /// A stable text rendering, one item per line, for snapshots.
    pub fn render(&self) -> String {
        let mut out = String::from("# operations\n");
        for (name, op) in &self.operations {
            let _ = writeln!(out, "{name}: {} {}", op.method, op.path);
            for (param, ty) in &op.parameters {
                let _ = writeln!(out, "  {param}: {ty}");
            }
            let _ = writeln!(out, "  -> {}", op.response);
        }
        out.push_str("\n# types\n");
        for (name, ty) in &self.types {
            match ty {
                TypeSurface::Struct(fields) => {
                    let _ = writeln!(out, "struct {name}");
                    for (field, ty) in fields {
                        let _ = writeln!(out, "  {field}: {ty}");
                    }
                    for (setter, input) in self.builders.get(name).into_iter().flatten() {
                        let _ = writeln!(out, "  .{setter}({input})");
                    }
                }
                TypeSurface::Enum(variants) => {
                    let _ = writeln!(out, "enum {name}");
                    for (variant, payload) in variants {
                        if payload.is_empty() {
                            let _ = writeln!(out, "  {variant}");
                        } else {
                            let _ = writeln!(out, "  {variant}({payload})");
                        }
                    }
                }
                TypeSurface::Newtype(inner) => {
                    let _ = writeln!(out, "newtype {name}({inner})");
                }
            }
        }
        if !self.tables.is_empty() {
            out.push_str("\n# tables\n");
            for (name, columns) in &self.tables {
                let _ = writeln!(out, "table {name}");
                for (column, ty) in columns {
                    let _ = writeln!(out, "  {column}: {ty}");
                }
            }
        }
        out
    }
}

/// What changed between two surfaces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SurfaceDiff {
    /// One line per change, already worded for people.
    pub lines: Vec<String>,
}

impl SurfaceDiff {
    /// Compares an old surface with a new one.
    pub fn between(old: &Surface, new: &Surface) -> Self {
        let mut lines = Vec::new();
        for (name, op) in &new.operations {
            match old.operations.get(name) {
                None => lines.push(format!(
                    "operation added: {name} ({} {})",
                    op.method, op.path
                )),
                Some(before) if before != op => {
                    let mut what = Vec::new();
                    if (&before.method, &before.path) != (&op.method, &op.path) {
                        what.push(format!(
                            "route {} {} -> {} {}",
                            before.method, before.path, op.method, op.path
                        ));
                    }
                    diff_maps(&before.parameters, &op.parameters, "parameter", &mut what);
                    if before.response != op.response {
                        what.push(format!("response {} -> {}", before.response, op.response));
                    }
                    lines.push(format!("operation changed: {name}: {}", what.join("; ")));
                }
                Some(_) => {}
            }
        }
        for name in old.operations.keys() {
            if !new.operations.contains_key(name) {
                lines.push(format!("operation removed: {name}"));
            }
        }
        for (name, ty) in &new.types {
            match (old.types.get(name), ty) {
                (None, _) => lines.push(format!("type added: {name}")),
                (Some(TypeSurface::Struct(a)), TypeSurface::Struct(b)) if a != b => {
                    let mut what = Vec::new();
                    diff_maps(a, b, "field", &mut what);
                    lines.push(format!("type changed: {name}: {}", what.join("; ")));
                }
                (Some(TypeSurface::Enum(a)), TypeSurface::Enum(b)) if a != b => {
                    let mut what = Vec::new();
                    diff_maps(a, b, "variant", &mut what);
                    lines.push(format!("type changed: {name}: {}", what.join("; ")));
                }
                (Some(before), after) if before != after => {
                    lines.push(format!("type changed: {name}: {before:?} -> {after:?}"));
                }
                _ => {}
            }
        }
        for name in old.types.keys() {
            if !new.types.contains_key(name) {
                lines.push(format!("type removed: {name}"));
            }
        }
        // A builder comes and goes with its type; only changes to one that stays are news.
        for (name, setters) in &new.builders {
            match old.builders.get(name) {
                Some(before) if before != setters => {
                    let mut what = Vec::new();
                    diff_maps(before, setters, "setter", &mut what);
                    lines.push(format!("builder changed: {name}: {}", what.join("; ")));
                }
                None if old.types.contains_key(name) => {
                    lines.push(format!("builder added: {name}"));
                }
                _ => {}
            }
        }
        for name in old.builders.keys() {
            if !new.builders.contains_key(name) && new.types.contains_key(name) {
                lines.push(format!("builder removed: {name}"));
            }
        }
        let as_map = |columns: &[(String, String)]| -> BTreeMap<String, String> {
            columns.iter().cloned().collect()
        };
        for (name, columns) in &new.tables {
            match old.tables.get(name) {
                None => lines.push(format!("table added: {name}")),
                Some(before) if before != columns => {
                    let mut what = Vec::new();
                    diff_maps(&as_map(before), &as_map(columns), "column", &mut what);
                    if what.is_empty() {
                        what.push("column order".to_string());
                    }
                    lines.push(format!("table changed: {name}: {}", what.join("; ")));
                }
                Some(_) => {}
            }
        }
        for name in old.tables.keys() {
            if !new.tables.contains_key(name) {
                lines.push(format!("table removed: {name}"));
            }
        }
        Self { lines }
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

fn diff_maps(
    old: &BTreeMap<String, String>,
    new: &BTreeMap<String, String>,
    what: &str,
    out: &mut Vec<String>,
) {
    for (key, ty) in new {
        match old.get(key) {
            None => out.push(format!("{what} `{key}` added ({ty})")),
            Some(before) if before != ty => {
                out.push(format!("{what} `{key}` type {before} -> {ty}"));
            }
            Some(_) => {}
        }
    }
    for key in old.keys() {
        if !new.contains_key(key) {
            out.push(format!("{what} `{key}` removed"));
        }
    }
}

fn read_builders(module: &syn::ItemMod, ops: &mut BTreeMap<String, OperationSurface>) {
    let Some((_, items)) = &module.content else {
        return;
    };
    for item in items {
        match item {
            Item::Struct(s) => {
                let mut parameters = BTreeMap::new();
                if let Fields::Named(named) = &s.fields {
                    for field in &named.named {
                        let Some(ident) = &field.ident else { continue };
                        if ident == "client" {
                            continue;
                        }
                        // Fields are `Result<T, String>`; T is what the setter stores.
                        let stored = first_generic(&field.ty).unwrap_or(&field.ty);
                        parameters.insert(ident.to_string(), type_name(stored));
                    }
                }
                let entry = ops
                    .entry(s.ident.to_string())
                    .or_insert_with(empty_operation);
                entry.parameters = parameters;
            }
            Item::Impl(imp) => {
                let Type::Path(self_ty) = &*imp.self_ty else {
                    continue;
                };
                let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
                    continue;
                };
                for member in &imp.items {
                    let ImplItem::Fn(f) = member else { continue };
                    if f.sig.ident != "send" {
                        continue;
                    }
                    let entry = ops.entry(name.clone()).or_insert_with(empty_operation);
                    if let Some((method, path)) = route_from_docs(&f.attrs) {
                        entry.method = method;
                        entry.path = path;
                    }
                    if let ReturnType::Type(_, ty) = &f.sig.output {
                        // Result<ResponseValue<T>, Error<E>>
                        let value = first_generic(ty).and_then(first_generic);
                        entry.response = value.map(type_name).unwrap_or_else(|| type_name(ty));
                    }
                }
            }
            _ => {}
        }
    }
}

fn read_types(module: &syn::ItemMod, types: &mut BTreeMap<String, TypeSurface>) {
    let Some((_, items)) = &module.content else {
        return;
    };
    for item in items {
        match item {
            Item::Struct(s) => {
                let surface = match &s.fields {
                    Fields::Named(named) => TypeSurface::Struct(
                        named
                            .named
                            .iter()
                            .filter_map(|f| {
                                f.ident.as_ref().map(|i| (i.to_string(), type_name(&f.ty)))
                            })
                            .collect(),
                    ),
                    Fields::Unnamed(unnamed) => TypeSurface::Newtype(
                        unnamed
                            .unnamed
                            .iter()
                            .map(|f| type_name(&f.ty))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                    Fields::Unit => TypeSurface::Newtype(String::new()),
                };
                types.insert(s.ident.to_string(), surface);
            }
            Item::Enum(e) => {
                let variants = e
                    .variants
                    .iter()
                    .map(|v| {
                        let payload = match &v.fields {
                            Fields::Unnamed(u) => u
                                .unnamed
                                .iter()
                                .map(|f| type_name(&f.ty))
                                .collect::<Vec<_>>()
                                .join(", "),
                            Fields::Named(n) => n
                                .named
                                .iter()
                                .filter_map(|f| {
                                    f.ident
                                        .as_ref()
                                        .map(|i| format!("{i}: {}", type_name(&f.ty)))
                                })
                                .collect::<Vec<_>>()
                                .join(", "),
                            Fields::Unit => String::new(),
                        };
                        (v.ident.to_string(), payload)
                    })
                    .collect();
                types.insert(e.ident.to_string(), TypeSurface::Enum(variants));
            }
            _ => {}
        }
    }
}

/// Reads the setters of the builders in `types::builder`: each public method of a builder's
/// inherent `impl`, with what its argument accepts.
fn read_type_builders(types: &syn::ItemMod, out: &mut BTreeMap<String, BTreeMap<String, String>>) {
    let Some((_, items)) = &types.content else {
        return;
    };
    let builders = modules::items(items, "builder");
    for item in builders.into_iter().flatten() {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() {
            continue;
        }
        let Type::Path(self_ty) = &*imp.self_ty else {
            continue;
        };
        let Some(name) = self_ty.path.segments.last().map(|s| s.ident.to_string()) else {
            continue;
        };
        let setters = out.entry(name).or_default();
        for member in &imp.items {
            let ImplItem::Fn(f) = member else { continue };
            if !matches!(f.vis, syn::Visibility::Public(_)) {
                continue;
            }
            setters.insert(f.sig.ident.to_string(), setter_input(&f.sig));
        }
    }
}

/// What a setter's argument accepts, with its generic parameters read through their bounds:
/// `V: TryInto<T>` is `T`, `I: IntoIterator<Item = V>` is `[what V accepts]`.
fn setter_input(sig: &syn::Signature) -> String {
    let argument = sig.inputs.iter().find_map(|input| match input {
        syn::FnArg::Typed(typed) => Some(&*typed.ty),
        syn::FnArg::Receiver(_) => None,
    });
    argument.map_or_else(String::new, |ty| accepted(ty, &sig.generics, 0))
}

fn accepted(ty: &Type, generics: &syn::Generics, depth: usize) -> String {
    let param = match ty {
        Type::Path(p) if depth < 4 => p.path.get_ident().filter(|ident| {
            generics
                .params
                .iter()
                .any(|g| matches!(g, syn::GenericParam::Type(t) if t.ident == **ident))
        }),
        _ => None,
    };
    let Some(param) = param else {
        return type_name(ty);
    };
    for bound in bounds_of(param, generics) {
        let syn::TypeParamBound::Trait(bound) = bound else {
            continue;
        };
        let Some(last) = bound.path.segments.last() else {
            continue;
        };
        let PathArguments::AngleBracketed(args) = &last.arguments else {
            continue;
        };
        for arg in &args.args {
            match arg {
                GenericArgument::Type(target)
                    if last.ident == "TryInto" || last.ident == "Into" =>
                {
                    return type_name(target);
                }
                GenericArgument::AssocType(item)
                    if last.ident == "IntoIterator" && item.ident == "Item" =>
                {
                    return format!("[{}]", accepted(&item.ty, generics, depth + 1));
                }
                _ => {}
            }
        }
    }
    param.to_string()
}

/// The bounds on generic parameter `param`, inline and in the `where` clause.
fn bounds_of<'a>(
    param: &syn::Ident,
    generics: &'a syn::Generics,
) -> impl Iterator<Item = &'a syn::TypeParamBound> {
    let inline = generics.params.iter().filter_map(move |g| match g {
        syn::GenericParam::Type(t) if t.ident == *param => Some(t.bounds.iter()),
        _ => None,
    });
    let clause = generics
        .where_clause
        .iter()
        .flat_map(|w| w.predicates.iter())
        .filter_map(move |p| match p {
            syn::WherePredicate::Type(t)
                if matches!(&t.bounded_ty, Type::Path(path) if path.path.is_ident(param)) =>
            {
                Some(t.bounds.iter())
            }
            _ => None,
        });
    inline.chain(clause).flatten()
}

/// Reads each table module of the generated `catalog`: the arms of `Column::name` (in
/// order) and of `Column::column_type`.
fn read_catalog(module: &syn::ItemMod, tables: &mut BTreeMap<String, Vec<(String, String)>>) {
    let Some((_, items)) = &module.content else {
        return;
    };
    for item in items {
        let Item::Mod(table) = item else {
            continue;
        };
        let Some((_, table_items)) = &table.content else {
            continue;
        };
        let arms = |method: &str| -> Vec<(String, String)> {
            table_items
                .iter()
                .filter_map(|i| match i {
                    Item::Impl(imp) if type_name(&imp.self_ty) == "Column" => Some(imp),
                    _ => None,
                })
                .flat_map(|imp| &imp.items)
                .filter_map(|i| match i {
                    ImplItem::Fn(f) if f.sig.ident == method => Some(f),
                    _ => None,
                })
                .flat_map(|f| &f.block.stmts)
                .filter_map(|stmt| match stmt {
                    syn::Stmt::Expr(syn::Expr::Match(m), _) => Some(m),
                    _ => None,
                })
                .flat_map(|m| &m.arms)
                .filter_map(|arm| {
                    let syn::Pat::Path(pat) = &arm.pat else {
                        return None;
                    };
                    let variant = pat.path.segments.last()?.ident.to_string();
                    let body = match arm.body.as_ref() {
                        syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }) => s.value(),
                        syn::Expr::Path(p) => p.path.segments.last()?.ident.to_string(),
                        _ => return None,
                    };
                    Some((variant, body))
                })
                .collect()
        };
        let types: BTreeMap<String, String> = arms("column_type").into_iter().collect();
        let columns = arms("name")
            .into_iter()
            .map(|(variant, name)| {
                let ty = types.get(&variant).cloned().unwrap_or_default();
                (name, ty)
            })
            .collect();
        tables.insert(table.ident.to_string(), columns);
    }
}

fn empty_operation() -> OperationSurface {
    OperationSurface {
        method: String::new(),
        path: String::new(),
        parameters: BTreeMap::new(),
        response: String::new(),
    }
}

/// progenitor documents each `send` with "Sends a `METHOD` request to `/path`".
fn route_from_docs(attrs: &[syn::Attribute]) -> Option<(String, String)> {
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        let syn::Meta::NameValue(nv) = &attr.meta else {
            continue;
        };
        let syn::Expr::Lit(lit) = &nv.value else {
            continue;
        };
        let syn::Lit::Str(text) = &lit.lit else {
            continue;
        };
        let text = text.value();
        let rest = text.trim().strip_prefix("Sends a `")?;
        let (method, rest) = rest.split_once("` request to `")?;
        let (path, _) = rest.split_once('`')?;
        return Some((method.to_string(), path.to_string()));
    }
    None
}

fn is_client(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.path.is_ident("Client"))
}

fn returns_builder(output: &ReturnType) -> bool {
    match output {
        ReturnType::Type(_, ty) => match &**ty {
            Type::Path(p) => p
                .path
                .segments
                .first()
                .is_some_and(|s| s.ident == "builder"),
            _ => false,
        },
        ReturnType::Default => false,
    }
}

fn first_generic(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// A readable type name: `::std::option::Option<::std::string::String>` becomes
/// `Option<String>`, `types::builder::X` and `super::X` become `X`.
fn type_name(ty: &Type) -> String {
    let mut text: String = ty
        .to_token_stream()
        .to_string()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for prefix in [
        "::std::option::",
        "::std::string::",
        "::std::vec::",
        "::std::num::",
        "::std::collections::",
        "::std::",
        "std::",
        "::serde_json::",
        "::chrono::offset::",
        "::chrono::",
        "::uuid::",
        "types::builder::",
        "types::",
        "super::",
    ] {
        text = text.replace(prefix, "");
    }
    text
}

/// `linked_in` → `LinkedIn`: a snake_case name as a Rust type or variant name.
pub(crate) fn pascal(snake: &str) -> String {
    snake
        .split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn surface(params: &str, field: &str) -> Surface {
        let source = format!(
            r#"
impl Client {{
    pub fn get_thing(&self) -> builder::GetThing<'_> {{ builder::GetThing::new(self) }}
}}
pub mod builder {{
    pub struct GetThing<'a> {{ client: &'a super::Client, {params} }}
    impl<'a> GetThing<'a> {{
        ///Sends a `GET` request to `/things/{{thingId}}`
        pub async fn send(self) -> Result<ResponseValue<types::Thing>, Error<types::Error>> {{ todo!() }}
    }}
}}
pub mod types {{
    pub struct Thing {{ pub id: i64, {field} }}
    pub enum Mode {{ Live, Test }}
}}
"#
        );
        Surface::of_source(&source).unwrap()
    }

    #[test]
    fn reads_operations_and_types() {
        let s = surface(
            "thing_id: Result<i64, String>, limit: Result<Option<::std::num::NonZeroU64>, String>",
            "pub name: ::std::option::Option<::std::string::String>",
        );
        let op = &s.operations["get_thing"];
        assert_eq!(
            (op.method.as_str(), op.path.as_str()),
            ("GET", "/things/{thingId}")
        );
        assert_eq!(op.parameters["limit"], "Option<NonZeroU64>");
        assert_eq!(op.response, "Thing");
        assert_eq!(
            s.types["Thing"],
            TypeSurface::Struct(BTreeMap::from([
                ("id".into(), "i64".into()),
                ("name".into(), "Option<String>".into())
            ]))
        );
        assert!(s.render().contains("get_thing: GET /things/{thingId}"));
    }

    #[test]
    fn diff_names_the_changed_field_and_parameter() {
        let old = surface(
            "thing_id: Result<i64, String>",
            "pub name: ::std::option::Option<::std::string::String>",
        );
        let new = surface(
            "thing_id: Result<String, String>",
            "pub name: ::std::option::Option<i64>",
        );
        let diff = SurfaceDiff::between(&old, &new);
        assert_eq!(
            diff.lines,
            vec![
                "operation changed: get_thing: parameter `thing_id` type i64 -> String",
                "type changed: Thing: field `name` type Option<String> -> Option<i64>",
            ]
        );
        assert!(SurfaceDiff::between(&old, &old).is_empty());
    }

    fn with_builder(note_setter: &str) -> Surface {
        let source = format!(
            r#"
pub mod types {{
    pub struct Thing {{ pub id: i64, pub tags: Vec<Tag>, pub note: Option<String> }}
    pub mod builder {{
        pub struct Thing {{ id: Result<i64, String> }}
        impl Thing {{
            pub fn id<T>(mut self, value: T) -> Self
            where T: ::std::convert::TryInto<i64>, T::Error: ::std::fmt::Display {{ todo!() }}
            pub fn tags<I, V>(mut self, values: I) -> Self
            where I: ::std::iter::IntoIterator<Item = V>, V: ::std::convert::TryInto<super::Tag>,
                V::Error: ::std::fmt::Display {{ todo!() }}
            {note_setter}
            pub fn clear_note(mut self) -> Self {{ todo!() }}
            fn private(self) -> Self {{ self }}
        }}
        impl ::std::default::Default for Thing {{ fn default() -> Self {{ todo!() }} }}
    }}
}}
"#
        );
        Surface::of_source(&source).unwrap()
    }

    #[test]
    fn reads_type_builder_setters_through_their_bounds() {
        let s = with_builder(
            "pub fn note<T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>>(mut self, value: T) -> Self { todo!() }",
        );
        let setters = &s.builders["Thing"];
        assert_eq!(setters["id"], "i64");
        assert_eq!(setters["tags"], "[Tag]");
        assert_eq!(setters["note"], "Option<String>");
        assert_eq!(setters["clear_note"], "");
        assert!(!setters.contains_key("private") && !setters.contains_key("default"));
        let rendered = s.render();
        assert!(
            rendered.contains("struct Thing\n  id: i64\n  note: Option<String>\n  tags: Vec<Tag>\n  .clear_note()\n  .id(i64)\n"),
            "{rendered}"
        );
    }

    #[test]
    fn diff_names_a_changed_setter() {
        let old = with_builder(
            "pub fn note<T>(mut self, value: T) -> Self where T: ::std::convert::TryInto<::std::option::Option<::std::string::String>> { todo!() }",
        );
        let new = with_builder(
            "pub fn note<V>(mut self, value: V) -> Self where V: ::std::convert::TryInto<::std::string::String> { todo!() }",
        );
        assert_eq!(
            SurfaceDiff::between(&old, &new).lines,
            vec!["builder changed: Thing: setter `note` type Option<String> -> String"]
        );
    }
}
