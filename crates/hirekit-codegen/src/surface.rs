//! The API surface of a generated client, read back from its Rust source: each operation's
//! method, path, parameters, body and response type, each type's fields or variants and the
//! traits it implements, and the setters of each type's builder with what they accept.
//!
//! Reading the generated code (rather than the spec) shows what users of the raw client get,
//! so the xtask can summarise what a spec edit changed for them, and the snapshot tests pin it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::visit_mut::VisitMut;
use syn::{
    Attribute, Fields, GenericArgument, ImplItem, Item, Meta, PathArguments, ReturnType, Token,
    Type,
};

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
    /// The traits each type of the `types` module implements, by type name: trait (its last
    /// path segment with its type arguments, as in `Deserialize` or `TryFrom<&str>`) to the
    /// `cfg` it needs (`feature deserialize-requests`), empty when the trait is always there.
    /// A derived trait and a hand-written impl of it are recorded alike.
    pub traits: BTreeMap<String, BTreeMap<String, String>>,
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
                    read_traits(m, &surface.types, &mut surface.traits);
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
            // One line per type, right under its header, so a trait gained or lost is one
            // changed line in a snapshot's diff.
            let traits = self
                .traits
                .get(name)
                .filter(|traits| !traits.is_empty())
                .map(|traits| {
                    let listed: Vec<String> = traits
                        .iter()
                        .map(|(name, gate)| with_gate(name, gate))
                        .collect();
                    format!("  impl {}\n", listed.join(", "))
                })
                .unwrap_or_default();
            match ty {
                TypeSurface::Struct(fields) => {
                    let _ = writeln!(out, "struct {name}");
                    out.push_str(&traits);
                    for (field, ty) in fields {
                        let _ = writeln!(out, "  {field}: {ty}");
                    }
                    for (setter, input) in self.builders.get(name).into_iter().flatten() {
                        let _ = writeln!(out, "  .{setter}({input})");
                    }
                }
                TypeSurface::Enum(variants) => {
                    let _ = writeln!(out, "enum {name}");
                    out.push_str(&traits);
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
                    out.push_str(&traits);
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
        // Traits come and go with their type; only changes to one that stays are news.
        let no_traits = BTreeMap::new();
        for name in new
            .types
            .keys()
            .filter(|name| old.types.contains_key(*name))
        {
            let what = diff_traits(
                old.traits.get(name).unwrap_or(&no_traits),
                new.traits.get(name).unwrap_or(&no_traits),
            );
            if !what.is_empty() {
                lines.push(format!("traits changed: {name}: {}", what.join("; ")));
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

/// The changes to one type's traits (trait to the `cfg` it needs). A trait gained, or one that
/// no longer needs a feature, is worded `added` or `no longer needs` and nothing else is:
/// release-check reads those words as the changes that only add.
fn diff_traits(old: &BTreeMap<String, String>, new: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    for (name, gate) in new {
        match old.get(name) {
            None => out.push(format!("trait `{}` added", with_gate(name, gate))),
            Some(before) if before == gate => {}
            Some(before) if gate.is_empty() => {
                out.push(format!("trait `{name}` no longer needs {before}"));
            }
            Some(before) if before.is_empty() => {
                out.push(format!("trait `{name}` now needs {gate}"));
            }
            Some(before) => out.push(format!("trait `{name}` needs {gate} instead of {before}")),
        }
    }
    for (name, gate) in old {
        if !new.contains_key(name) {
            out.push(format!("trait `{}` removed", with_gate(name, gate)));
        }
    }
    out
}

/// `Deserialize (feature deserialize-requests)`, or the bare trait when it needs no `cfg`.
fn with_gate(name: &str, gate: &str) -> String {
    if gate.is_empty() {
        name.to_string()
    } else {
        format!("{name} ({gate})")
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

/// Reads the traits of each type of the `types` module: the ones its `derive`s name (those
/// inside a `cfg_attr` with that `cfg`) and the `impl Trait for Type` items beside it (with
/// their own `cfg`). The impls of `types::builder` belong to the builders, not the types.
fn read_traits(
    module: &syn::ItemMod,
    types: &BTreeMap<String, TypeSurface>,
    out: &mut BTreeMap<String, BTreeMap<String, String>>,
) {
    let Some((_, items)) = &module.content else {
        return;
    };
    for item in items {
        let (name, attrs) = match item {
            Item::Struct(s) => (s.ident.to_string(), &s.attrs),
            Item::Enum(e) => (e.ident.to_string(), &e.attrs),
            Item::Impl(imp) => {
                read_impl(imp, &[], types, out);
                continue;
            }
            // serde's derive wraps its impls in `const _: () = { .. };`, and expanded or
            // hand-written code may do the same: they are the type's traits all the same.
            Item::Const(c) if c.ident == "_" => {
                if let syn::Expr::Block(block) = &*c.expr {
                    let outer = cfg_conditions(&c.attrs);
                    for stmt in &block.block.stmts {
                        if let syn::Stmt::Item(Item::Impl(imp)) = stmt {
                            read_impl(imp, &outer, types, out);
                        }
                    }
                }
                continue;
            }
            _ => continue,
        };
        let traits = out.entry(name).or_default();
        for attr in attrs {
            let mut derived = Vec::new();
            derives(&attr.meta, &[], &mut derived);
            for (path, gate) in derived {
                add_trait(traits, trait_name(&path, None), gate);
            }
        }
    }
}

/// Records the trait of one `impl` of the `types` module on the type it is for. A `From` impl
/// for a type from elsewhere (typify's `impl From<Name> for String`) is recorded on its argument
/// as `Into<String>`: that is what a user of `Name` can do with it (`String::from(name)` and
/// `name.into()` are the same ability through std's blanket impl), and it would otherwise be
/// recorded nowhere.
fn read_impl(
    imp: &syn::ItemImpl,
    outer: &[String],
    types: &BTreeMap<String, TypeSurface>,
    out: &mut BTreeMap<String, BTreeMap<String, String>>,
) {
    let Some((path, _)) = &imp.trait_ else {
        return;
    };
    // `impl !Trait for Type` takes an ability away rather than giving one.
    if imp.modifiers.polarity.is_some() {
        return;
    }
    let mut conditions = outer.to_vec();
    conditions.extend(cfg_conditions(&imp.attrs));
    let gate = all_of(conditions);
    let self_name = type_name(&imp.self_ty);
    if types.contains_key(&self_name) {
        let name = trait_name(path, Some(&imp.self_ty));
        add_trait(out.entry(self_name).or_default(), name, gate);
        return;
    }
    let Some(last) = path.segments.last() else {
        return;
    };
    if last.ident != "From" {
        return;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return;
    };
    let argument = args.args.iter().find_map(|a| match a {
        GenericArgument::Type(t) => Some(type_name(t)),
        _ => None,
    });
    if let Some(argument) = argument.filter(|a| types.contains_key(a)) {
        let into = format!("Into<{}>", type_name(&normalised(&imp.self_ty, None)));
        add_trait(out.entry(argument).or_default(), into, gate);
    }
}

/// Collects the traits a `derive` in `meta` names, with the `cfg` of the `cfg_attr`s around it
/// (`conditions`, outermost first).
fn derives(meta: &Meta, conditions: &[String], out: &mut Vec<(syn::Path, String)>) {
    let Meta::List(list) = meta else { return };
    if list.path.is_ident("derive") {
        if let Ok(paths) =
            list.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
        {
            let gate = all_of(conditions.to_vec());
            out.extend(paths.into_iter().map(|path| (path, gate.clone())));
        }
    } else if list.path.is_ident("cfg_attr") {
        let Ok(parts) = list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
        else {
            return;
        };
        let mut parts = parts.iter();
        let Some(predicate) = parts.next() else {
            return;
        };
        let mut nested = conditions.to_vec();
        nested.push(cfg_text(predicate));
        for attr in parts {
            derives(attr, &nested, out);
        }
    }
}

/// The predicates of an item's `#[cfg(..)]` attributes, which it needs all of.
fn cfg_conditions(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .map(|a| {
            a.parse_args::<Meta>()
                .map(|m| cfg_text(&m))
                .unwrap_or_else(|_| compact(&a.meta))
        })
        .collect()
}

/// One `cfg` predicate for conditions that must all hold; empty for none.
fn all_of(conditions: Vec<String>) -> String {
    match conditions.len() {
        0 | 1 => conditions.into_iter().next().unwrap_or_default(),
        _ => format!("all({})", conditions.join(", ")),
    }
}

/// A `cfg` predicate in few characters: `feature = "x"` is `feature x`, `any(..)`, `all(..)` and
/// `not(..)` keep their shape.
fn cfg_text(meta: &Meta) -> String {
    match meta {
        Meta::NameValue(nv) => match &nv.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(value),
                ..
            }) => format!("{} {}", compact(&nv.path), value.value()),
            _ => compact(nv),
        },
        Meta::List(list) => {
            match list.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
                Ok(inner) => format!(
                    "{}({})",
                    compact(&list.path),
                    inner.iter().map(cfg_text).collect::<Vec<_>>().join(", ")
                ),
                Err(_) => compact(list),
            }
        }
        Meta::Path(path) => compact(path),
    }
}

fn compact(tokens: &impl ToTokens) -> String {
    tokens
        .to_token_stream()
        .to_string()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Records trait `name` under `gate`. A trait recorded twice (an impl under each of two
/// features) is there under either, and one without `cfg` makes it unconditional.
fn add_trait(traits: &mut BTreeMap<String, String>, name: String, gate: String) {
    match traits.get_mut(&name) {
        None => {
            traits.insert(name, gate);
        }
        Some(existing) if existing.is_empty() || *existing == gate => {}
        Some(existing) if gate.is_empty() => existing.clear(),
        Some(existing) => *existing = format!("any({existing}, {gate})"),
    }
}

/// A trait as the surface records it: its last path segment with its type arguments read like
/// field types (`From<&Thing>`, `TryFrom<String>`), lifetimes left out, and `Self` spelled as
/// the type the impl is for (`self_ty`), which typify writes as often as the name.
///
/// Only the last segment, because a derive and an impl spell one trait differently
/// (`::serde::Deserialize`, `serde::Deserialize`, `Deserialize` after a `use`); no lifetimes,
/// because `derive(Deserialize)` has none where `impl<'de> Deserialize<'de>` has one. So a
/// derive replaced by a hand-written impl of the same trait leaves the surface as it was. The
/// type arguments stay: they say which trait it is, and `From<i64>` lost must not hide behind
/// `From<bool>` kept.
fn trait_name(path: &syn::Path, self_ty: Option<&Type>) -> String {
    let Some(last) = path.segments.last() else {
        return compact(path);
    };
    let arguments: Vec<String> = match &last.arguments {
        PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter_map(|a| match a {
                GenericArgument::Type(t) => Some(type_name(&normalised(t, self_ty))),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    if arguments.is_empty() {
        last.ident.to_string()
    } else {
        format!("{}<{}>", last.ident, arguments.join(","))
    }
}

/// `ty` without its lifetimes (`&'static str` is `&str`, `Cow<'a, str>` is `Cow<str>`), and with
/// `Self` replaced by `self_ty` when given.
fn normalised(ty: &Type, self_ty: Option<&Type>) -> Type {
    struct Strip<'a>(Option<&'a Type>);
    impl VisitMut for Strip<'_> {
        fn visit_type_mut(&mut self, ty: &mut Type) {
            if let (Type::Path(path), Some(self_ty)) = (&*ty, self.0)
                && path.qself.is_none()
                && path.path.is_ident("Self")
            {
                *ty = self_ty.clone();
                return;
            }
            syn::visit_mut::visit_type_mut(self, ty);
        }
        fn visit_type_reference_mut(&mut self, reference: &mut syn::TypeReference) {
            reference.lifetime = None;
            syn::visit_mut::visit_type_reference_mut(self, reference);
        }
        fn visit_path_arguments_mut(&mut self, arguments: &mut PathArguments) {
            if let PathArguments::AngleBracketed(args) = arguments {
                args.args = std::mem::take(&mut args.args)
                    .into_iter()
                    .filter(|a| !matches!(a, GenericArgument::Lifetime(_)))
                    .collect();
                if args.args.is_empty() {
                    *arguments = PathArguments::None;
                }
            }
            syn::visit_mut::visit_path_arguments_mut(self, arguments);
        }
    }
    let mut ty = ty.clone();
    Strip(self_ty).visit_type_mut(&mut ty);
    ty
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

    fn types_module(items: &str) -> Surface {
        Surface::of_source(&format!("pub mod types {{ {items} }}")).unwrap()
    }

    #[test]
    fn a_derived_trait_and_a_hand_written_impl_read_alike() {
        // What typify derives, and the same traits written out as impls, one of them under the
        // feature the derive's `cfg_attr` names.
        let derived = types_module(
            r#"
            #[derive(::serde::Serialize, Clone, Debug, Default)]
            #[cfg_attr(feature = "deserialize-requests", derive(::serde::Deserialize))]
            pub struct Request { pub id: i64 }
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
            pub struct Answer { pub id: i64 }
            "#,
        );
        let written = types_module(
            r#"
            #[derive(::serde::Serialize, Clone)]
            pub struct Request { pub id: i64 }
            #[cfg(feature = "deserialize-requests")]
            impl<'de> ::serde::Deserialize<'de> for Request {
                fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> { todo!() }
            }
            impl ::std::fmt::Debug for Request {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { todo!() }
            }
            impl ::std::default::Default for Request { fn default() -> Self { todo!() } }
            #[derive(serde::Serialize, ::std::clone::Clone)]
            pub struct Answer { pub id: i64 }
            // The way serde's derive expands.
            const _: () = {
                extern crate serde as _serde;
                impl<'de> _serde::Deserialize<'de> for Answer {
                    fn deserialize<D: _serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> { todo!() }
                }
            };
            impl std::fmt::Debug for Answer {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { todo!() }
            }
            "#,
        );
        assert_eq!(derived.traits, written.traits);
        assert_eq!(derived.render(), written.render());
        assert!(SurfaceDiff::between(&derived, &written).is_empty());
        let rendered = derived.render();
        assert!(
            rendered.contains(
                "struct Request\n  impl Clone, Debug, Default, \
                 Deserialize (feature deserialize-requests), Serialize\n  id: i64\n"
            ),
            "{rendered}"
        );
        assert!(
            rendered.contains("struct Answer\n  impl Clone, Debug, Deserialize, Serialize\n"),
            "{rendered}"
        );
    }

    #[test]
    fn reads_conversions_with_their_argument_and_leaves_builders_out() {
        let s = types_module(
            r#"
            #[derive(Clone, Copy, PartialEq, Eq, Hash)]
            pub enum Mode { Live, Test }
            // `Self` here, the name for `Key` below: both read as the name.
            impl ::std::convert::From<&Self> for Mode { fn from(v: &Mode) -> Self { *v } }
            impl ::std::convert::TryFrom<&'static str> for Mode {
                type Error = String;
                fn try_from(v: &'static str) -> Result<Self, String> { todo!() }
            }
            impl ::std::convert::TryFrom<::std::string::String> for Mode {
                type Error = String;
                fn try_from(v: String) -> Result<Self, String> { todo!() }
            }
            #[derive(Clone)]
            pub struct Key(String);
            impl ::std::convert::From<Key> for ::std::string::String { fn from(k: Key) -> Self { k.0 } }
            impl ::std::convert::From<super::Key> for ::std::vec::Vec<u8> { fn from(k: Key) -> Self { todo!() } }
            impl ::std::convert::From<&Key> for Key { fn from(k: &Key) -> Self { k.clone() } }
            impl ::std::ops::Deref for Key { type Target = String; fn deref(&self) -> &String { &self.0 } }
            impl !Send for Key {}
            #[cfg(any(feature = "a", not(feature = "b")))]
            impl ::std::hash::Hash for Key { fn hash<H: ::std::hash::Hasher>(&self, h: &mut H) {} }
            pub mod builder {
                pub struct Key { inner: Result<String, String> }
                impl ::std::default::Default for Key { fn default() -> Self { todo!() } }
            }
            "#,
        );
        let names = |ty: &str| -> Vec<String> {
            s.traits[ty]
                .iter()
                .map(|(name, gate)| with_gate(name, gate))
                .collect()
        };
        assert_eq!(
            names("Mode"),
            [
                "Clone",
                "Copy",
                "Eq",
                "From<&Mode>",
                "Hash",
                "PartialEq",
                "TryFrom<&str>",
                "TryFrom<String>"
            ]
        );
        // The builder's `Default` is not the type's; `impl !Send` is no ability.
        assert_eq!(
            names("Key"),
            [
                "Clone",
                "Deref",
                "From<&Key>",
                "Hash (any(feature a, not(feature b)))",
                "Into<String>",
                "Into<Vec<u8>>"
            ]
        );
    }

    fn thing_with(attributes: &str, impls: &str) -> Surface {
        types_module(&format!(
            "{attributes} pub struct Thing {{ pub id: i64 }} {impls} #[derive(Clone)] pub struct Other;"
        ))
    }

    #[test]
    fn diff_names_traits_lost_and_newly_behind_a_feature() {
        let old = thing_with(
            "#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Hash)]",
            "",
        );
        let new = thing_with(
            "#[derive(::serde::Serialize, Clone, Debug)]",
            r#"#[cfg(feature = "deserialize-requests")]
            impl<'de> ::serde::Deserialize<'de> for Thing {
                fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> { todo!() }
            }"#,
        );
        assert_eq!(
            SurfaceDiff::between(&old, &new).lines,
            vec![
                "traits changed: Thing: trait `Deserialize` now needs feature \
                 deserialize-requests; trait `Hash` removed"
            ]
        );
    }

    #[test]
    fn diff_names_traits_gained_and_no_longer_behind_a_feature() {
        let old = thing_with(
            r#"#[derive(::serde::Serialize, Clone)]
            #[cfg_attr(feature = "deserialize-requests", derive(::serde::Deserialize))]"#,
            "",
        );
        let new = thing_with(
            "#[derive(::serde::Deserialize, ::serde::Serialize, Clone, PartialEq)]",
            r#"#[cfg(feature = "extra")]
            impl ::std::default::Default for Thing { fn default() -> Self { todo!() } }"#,
        );
        assert_eq!(
            SurfaceDiff::between(&old, &new).lines,
            vec![
                "traits changed: Thing: trait `Default (feature extra)` added; trait \
                 `Deserialize` no longer needs feature deserialize-requests; trait `PartialEq` added"
            ]
        );
        // A trait moved from one feature to another is lost to whoever enabled the first.
        let moved = thing_with(
            r#"#[derive(::serde::Serialize, Clone)]
            #[cfg_attr(feature = "other", derive(::serde::Deserialize))]"#,
            "",
        );
        assert_eq!(
            SurfaceDiff::between(&old, &moved).lines,
            vec![
                "traits changed: Thing: trait `Deserialize` needs feature other instead of \
                 feature deserialize-requests"
            ]
        );
    }
}
