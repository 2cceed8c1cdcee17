//! `Deserialize` only for the types an answer can carry.
//!
//! typify derives both `Serialize` and `Deserialize` on every type. A type that only ever
//! travels in requests is never read back, yet its `Deserialize` impl is serde's largest piece
//! of generated code (a field enum, a map visitor and a sequence visitor per struct), and the
//! raw crate is on the critical path of a consumer's clean build, where it is type checked and
//! borrow checked whether or not it is used (issue 12: half of `jobmojito-raw`'s compile time
//! went to `Deserialize` impls). So a type that no answer reaches derives `Deserialize` only
//! with the raw crate's feature [`FEATURE`], for users who read request bodies from JSON (a
//! stored template, a fixture). `Serialize` stays on every type: answers are often stored.
//!
//! A type can arrive when it is not a request type (a response, the error body, a webhook
//! payload, a component no operation names), when an operation's `send()` returns it, when a
//! response of any operation of the spec (hand-written ones too) refers to it, or when a type
//! that can arrive names it. Everything else is request-only: its `derive(Deserialize)` and any
//! hand-written `impl Deserialize` (typify writes those for constrained strings, and
//! [`crate::struct_decoders`] for plain structs) move behind the feature. A type that derives
//! `Deserialize` without `Serialize` keeps it: its `#[serde]` attributes would have no derive
//! left to read them.

use std::collections::BTreeSet;

use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::{Attribute, ImplItem, Item, Token};

use crate::type_graph::{RequestTypes, schema_refs, self_type, type_paths};
use crate::{Spec, modules};

/// The raw crates' feature that gives request-only types their `Deserialize` impls.
pub const FEATURE: &str = "deserialize-requests";

/// Moves the `Deserialize` impls of the types no answer of `spec` can carry behind [`FEATURE`].
/// Fails when a response schema the spec names has no generated type.
pub fn apply(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let requests = RequestTypes::of(file, spec)?;
    apply_with(file, spec, &requests)
}

/// [`apply`], with the request types worked out beforehand (the pipeline shares them with
/// [`crate::request_builders`]).
pub(crate) fn apply_with(
    file: &mut syn::File,
    spec: &Spec,
    requests: &RequestTypes,
) -> Result<(), String> {
    if modules::items(&file.items, "types").is_none() {
        return Ok(());
    }
    let graph = &requests.graph;
    let requests = &requests.names;

    let mut answers: BTreeSet<String> = graph
        .names()
        .filter(|name| !requests.contains(*name))
        .cloned()
        .collect();
    if let Some(builders) = modules::items(&file.items, "builder") {
        for item in builders {
            let Item::Impl(i) = item else { continue };
            for member in &i.items {
                if let ImplItem::Fn(f) = member {
                    type_paths(f.sig.output.to_token_stream(), false, &mut answers);
                }
            }
        }
    }
    for (operation, schema) in response_schemas(spec)? {
        if !graph.has(&schema) {
            return Err(format!(
                "operation `{operation}`: its response schema `{schema}` has no type \
                 `types::{schema}` in the generated code"
            ));
        }
        answers.insert(schema);
    }
    let arriving = graph.reach(answers);
    let request_only: BTreeSet<String> = graph
        .names()
        .filter(|name| !arriving.contains(*name))
        .cloned()
        .collect();

    let Some(types) = modules::items_mut(&mut file.items, "types") else {
        return Ok(());
    };
    for item in types.iter_mut() {
        match item {
            Item::Struct(s) if request_only.contains(&s.ident.to_string()) => {
                gate_derive(&mut s.attrs)?;
            }
            Item::Enum(e) if request_only.contains(&e.ident.to_string()) => {
                gate_derive(&mut e.attrs)?;
            }
            Item::Impl(i)
                if is_deserialize(i.trait_.as_ref().map(|(path, _)| path))
                    && self_type(&i.self_ty).is_some_and(|name| request_only.contains(&name)) =>
            {
                i.attrs.push(syn::parse_quote!(#[cfg(feature = #FEATURE)]));
            }
            _ => {}
        }
    }
    Ok(())
}

/// The component schemas every response of `spec`'s operations refers to, with the operation.
fn response_schemas(spec: &Spec) -> Result<Vec<(String, String)>, String> {
    let mut schemas = Vec::new();
    for operation in spec.operations() {
        for response in operation.responses().map_err(|e| e.to_string())? {
            let mut refs = BTreeSet::new();
            for media in &response.content {
                if let Some(schema) = media.schema {
                    schema_refs(schema, &mut refs);
                }
            }
            schemas.extend(refs.into_iter().map(|name| (operation.label(), name)));
        }
    }
    Ok(schemas)
}

fn is_deserialize(path: Option<&syn::Path>) -> bool {
    path.and_then(|p| p.segments.last())
        .is_some_and(|segment| segment.ident == "Deserialize")
}

/// Takes `Deserialize` out of the item's `derive` and derives it under the feature instead,
/// when the derive keeps `Serialize` to read the `#[serde]` attributes.
fn gate_derive(attrs: &mut Vec<Attribute>) -> Result<(), String> {
    for index in 0..attrs.len() {
        if !attrs[index].path().is_ident("derive") {
            continue;
        }
        let derived = attrs[index]
            .parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
            .map_err(|e| format!("a derive typify wrote does not parse: {e}"))?;
        let named = |name: &str| {
            derived
                .iter()
                .any(|p| p.segments.last().is_some_and(|s| s.ident == name))
        };
        if !named("Deserialize") || !named("Serialize") {
            continue;
        }
        let kept = derived
            .iter()
            .filter(|p| p.segments.last().is_none_or(|s| s.ident != "Deserialize"));
        attrs[index] = syn::parse_quote!(#[derive(#(#kept),*)]);
        attrs.insert(
            index + 1,
            syn::parse_quote!(#[cfg_attr(feature = #FEATURE, derive(::serde::Deserialize))]),
        );
        return Ok(());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A spec with one hand-written upload whose answer is `Receipt`.
    fn spec() -> Spec {
        crate::test_specs::upload(
            "Upload",
            Some(serde_json::json!({
                "type": "array", "items": {"$ref": "#/components/schemas/Receipt"}
            })),
        )
    }

    fn sample() -> syn::File {
        syn::parse_quote! {
            pub mod types {
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
                pub struct CreateRequest { pub tag: Tag, pub shared: Shared }
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
                #[serde(untagged)]
                pub enum Tag { Text(Label) }
                #[derive(::serde::Serialize, Clone, Debug)]
                pub struct Label(String);
                impl<'de> ::serde::Deserialize<'de> for Label {
                    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> { todo!() }
                }
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
                pub struct Shared { pub id: String }
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
                pub struct CreateResponse { pub shared: Shared }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Upload { pub file: String }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Receipt { pub id: String }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Upload2 { pub receipt: Receipt }
                #[derive(::serde::Deserialize, Clone)]
                pub struct OnlyDeserialize { pub x: String }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct WebhookEvent { pub id: String }
            }
            pub mod builder {
                pub struct Create<'a> {
                    body: Result<types::CreateRequest, String>,
                    other: Result<types::OnlyDeserialize, String>,
                    second: Result<types::Upload2, String>,
                }
                impl<'a> Create<'a> {
                    pub async fn send(self) -> Result<ResponseValue<types::CreateResponse>, Error> {}
                }
            }
        }
    }

    fn gated(file: &syn::File) -> BTreeSet<String> {
        let text = prettyplease::unparse(file);
        let mut names = BTreeSet::new();
        for (i, line) in text.lines().enumerate() {
            if line.contains("cfg_attr(feature = \"deserialize-requests\"")
                || line.contains("cfg(feature = \"deserialize-requests\")")
            {
                let rest: Vec<&str> = text.lines().skip(i + 1).collect();
                let name = rest
                    .iter()
                    .find_map(|l| {
                        let l = l.trim();
                        l.strip_prefix("pub struct ")
                            .or_else(|| l.strip_prefix("pub enum "))
                            .or_else(|| l.strip_prefix("impl<'de> ::serde::Deserialize<'de> for "))
                    })
                    .and_then(|l| l.split([' ', '(', '{']).next())
                    .expect("a gated item");
                names.insert(name.to_string());
            }
        }
        names
    }

    #[test]
    fn only_request_only_types_lose_their_unconditional_deserialize() {
        let mut file = sample();
        apply(&mut file, &spec()).unwrap();
        assert_eq!(
            gated(&file),
            ["CreateRequest", "Label", "Tag", "Upload", "Upload2"]
                .map(String::from)
                .into(),
            "a body, its nested types (through an enum and a hand-written impl) and a \
             hand-written operation's body are gated; a type shared with an answer, the \
             answer, a type a response of the spec names, a type without Serialize and a \
             type no request names are not"
        );
        let text = prettyplease::unparse(&file);
        assert!(
            text.contains("#[derive(::serde::Serialize, Clone, Debug)]\n    #[cfg_attr"),
            "the derive keeps its other traits, and the gate follows it: {text}"
        );
    }

    #[test]
    fn a_response_schema_without_its_type_is_an_error() {
        let mut file: syn::File = syn::parse_quote! {
            pub mod types {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Upload { pub file: String }
            }
        };
        let error = apply(&mut file, &spec()).unwrap_err();
        assert!(
            error.contains("`upload`") && error.contains("`Receipt`"),
            "{error}"
        );
    }
}
