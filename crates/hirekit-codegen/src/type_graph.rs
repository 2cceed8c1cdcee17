//! Which generated types a piece of code names, and which types each type names: the graph the
//! passes that trim the `types` module walk ([`crate::request_builders`] keeps builders for the
//! types an operation takes, [`crate::deserialize_derives`] keeps `Deserialize` for the types an
//! answer can carry).

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Item, Type};

use crate::Spec;

/// The graph of a generated file's types and the types a request reaches ([`request_types`]),
/// worked out once for the passes that both need them.
pub(crate) struct RequestTypes {
    pub(crate) graph: TypeGraph,
    pub(crate) names: BTreeSet<String>,
}

impl RequestTypes {
    pub(crate) fn of(file: &syn::File, spec: &Spec) -> Result<Self, String> {
        let graph = crate::modules::items(&file.items, "types")
            .map(|types| TypeGraph::of(types))
            .unwrap_or_default();
        let names = request_types(&file.items, &graph, spec)?;
        Ok(Self { graph, names })
    }
}

/// Every type of a generated `types` module with the names its definition mentions.
#[derive(Debug, Default)]
pub(crate) struct TypeGraph {
    mentions: BTreeMap<String, BTreeSet<String>>,
}

impl TypeGraph {
    /// The graph of the structs, enums and aliases among `types`' items.
    pub(crate) fn of(types: &[Item]) -> Self {
        let mut mentions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for item in types {
            let (name, tokens) = match item {
                Item::Struct(s) => (s.ident.to_string(), s.to_token_stream()),
                Item::Enum(e) => (e.ident.to_string(), e.to_token_stream()),
                Item::Type(t) => (t.ident.to_string(), t.to_token_stream()),
                _ => continue,
            };
            let mut names = BTreeSet::new();
            idents(tokens, &mut names);
            names.remove(&name);
            mentions.entry(name).or_default().extend(names);
        }
        TypeGraph { mentions }
    }

    /// Whether the module defines a type of this name.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.mentions.contains_key(name)
    }

    /// The types `roots` reach: the roots the module defines, and every type named in the
    /// definition of a type reached.
    pub(crate) fn reach(&self, roots: impl IntoIterator<Item = String>) -> BTreeSet<String> {
        let mut reached: BTreeSet<String> = BTreeSet::new();
        let mut pending: Vec<String> = roots.into_iter().filter(|n| self.has(n)).collect();
        while let Some(name) = pending.pop() {
            if !reached.insert(name.clone()) {
                continue;
            }
            if let Some(names) = self.mentions.get(&name) {
                pending.extend(
                    names
                        .iter()
                        .filter(|n| self.has(n) && !reached.contains(*n))
                        .cloned(),
                );
            }
        }
        reached
    }

    /// The names of every type the module defines.
    pub(crate) fn names(&self) -> impl Iterator<Item = &String> {
        self.mentions.keys()
    }
}

/// The component schemas `schema` refers to (`$ref: #/components/schemas/X`), at any depth: an
/// array of rows, an object wrapping one, or the schema itself.
pub(crate) fn schema_refs(schema: &serde_json::Value, into: &mut BTreeSet<String>) {
    match schema {
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                match (key.as_str(), value.as_str()) {
                    ("$ref", Some(reference)) => {
                        if let Some(name) = reference.strip_prefix("#/components/schemas/") {
                            into.insert(name.to_string());
                        }
                    }
                    _ => schema_refs(value, into),
                }
            }
        }
        serde_json::Value::Array(values) => values.iter().for_each(|v| schema_refs(v, into)),
        _ => {}
    }
}

/// The component schemas the request bodies of `spec`'s operations refer to directly, with
/// the operation's label. Operations marked `x-hirekit-handwritten` count: their bodies are
/// generated as types and built by the facade.
pub(crate) fn request_bodies(spec: &Spec) -> Result<Vec<(String, String)>, String> {
    let mut bodies = Vec::new();
    for operation in spec.operations() {
        let Some(body) = operation.request_body().map_err(|e| e.to_string())? else {
            continue;
        };
        for media in &body.content {
            let reference = media
                .schema
                .and_then(|schema| schema.get("$ref"))
                .and_then(|r| r.as_str());
            if let Some(name) = reference.and_then(|r| r.strip_prefix("#/components/schemas/")) {
                bodies.push((operation.label(), name.to_string()));
            }
        }
    }
    Ok(bodies)
}

/// The types the operations of `items` (a generated file) take, and every type they reach:
/// what the operation builders' fields name under `types::`, every `types::builder::X` named
/// outside the `types` module, and the request body schemas of `spec`'s operations. Fails when
/// a request body schema has no generated type.
pub(crate) fn request_types(
    items: &[Item],
    graph: &TypeGraph,
    spec: &Spec,
) -> Result<BTreeSet<String>, String> {
    let mut roots = BTreeSet::new();
    for item in items {
        match item {
            Item::Mod(m) if m.ident == "types" => {}
            Item::Mod(m) if m.ident == "builder" => {
                for inner in m.content.iter().flat_map(|(_, items)| items) {
                    if let Item::Struct(s) = inner {
                        type_paths(s.fields.to_token_stream(), false, &mut roots);
                    }
                }
                type_paths(m.to_token_stream(), true, &mut roots);
            }
            other => type_paths(other.to_token_stream(), true, &mut roots),
        }
    }
    for (operation, schema) in request_bodies(spec)? {
        if !graph.has(&schema) {
            return Err(format!(
                "operation `{operation}`: its request body schema `{schema}` has no type \
                 `types::{schema}` in the generated code"
            ));
        }
        roots.insert(schema);
    }
    Ok(graph.reach(roots))
}

/// Collects `X` from the paths `types::X` (or only `types::builder::X` with `builders_only`).
pub(crate) fn type_paths(tokens: TokenStream, builders_only: bool, into: &mut BTreeSet<String>) {
    let mut words: Vec<String> = Vec::new();
    flatten(tokens, &mut words);
    for (i, word) in words.iter().enumerate() {
        if word != "types" {
            continue;
        }
        match (words.get(i + 1).map(String::as_str), words.get(i + 2)) {
            (Some("builder"), Some(name)) => {
                into.insert(name.clone());
            }
            (Some(name), _) if !builders_only && name != "builder" => {
                into.insert(name.to_string());
            }
            _ => {}
        }
    }
}

/// The identifiers of a token stream in order, with `::` and other punctuation left out (so
/// `types::X` reads as `types`, `X`), and with a path broken by any other token.
fn flatten(tokens: TokenStream, into: &mut Vec<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) => into.push(ident.to_string()),
            TokenTree::Punct(p) if p.as_char() == ':' => {}
            TokenTree::Group(group) => {
                into.push(String::new());
                flatten(group.stream(), into);
                into.push(String::new());
            }
            _ => into.push(String::new()),
        }
    }
}

fn idents(tokens: TokenStream, into: &mut BTreeSet<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) => {
                into.insert(ident.to_string());
            }
            TokenTree::Group(group) => idents(group.stream(), into),
            _ => {}
        }
    }
}

/// The name of a plain path type (`X`, `super::X`), the self type of an impl.
pub(crate) fn self_type(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reach_follows_mentions_and_ignores_names_the_module_does_not_define() {
        let types: syn::File = syn::parse_quote! {
            pub struct A { pub b: Vec<B>, pub s: String }
            pub struct B(pub C);
            pub enum C { One(D) }
            pub struct D { pub x: u8 }
            pub struct E { pub a: A }
        };
        let graph = TypeGraph::of(&types.items);
        let reached = graph.reach(["A".to_string(), "String".to_string()]);
        assert_eq!(reached, ["A", "B", "C", "D"].map(String::from).into());
    }

    #[test]
    fn schema_refs_are_found_inside_arrays_and_objects() {
        let mut refs = BTreeSet::new();
        schema_refs(
            &serde_json::json!({"type": "array", "items": {"$ref": "#/components/schemas/Row"},
                "allOf": [{"$ref": "#/components/schemas/Base"}, {"$ref": "#/other/X"}]}),
            &mut refs,
        );
        assert_eq!(refs, ["Base", "Row"].map(String::from).into());
    }
}
