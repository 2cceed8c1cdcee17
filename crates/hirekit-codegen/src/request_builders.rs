//! Keeps typify's struct builders (`types::builder::X`) only for the types a request takes.
//!
//! typify writes a builder for every object type, and with the setter shapes of
//! [`crate::setters`] a builder is several times the size of its type: in the JobMojito client
//! they were 30,000 of 47,000 lines, most of them for response types nobody builds. Those lines
//! cost every consumer compile time (issue 12: the raw crate is on the critical path of a
//! consumer's clean build, and its time goes to type checking and borrow checking, which scale
//! with the code). A response is read, not built; a test that needs one writes the struct
//! literal (the fields are public) or deserializes JSON.
//!
//! A type keeps its builder when an operation's inputs reach it. The roots are the operation
//! builders' fields (the body, path and query parameters), every `types::builder::X` named
//! outside the `types` module, and the request body schemas the spec names for every operation,
//! including those marked `x-hirekit-handwritten` (generated as types, but sent by the facade's
//! own code, which builds them). Every type named in the definition of a kept type is kept too,
//! so a nested object of a request body still has its builder. The pass removes the
//! other builders, their `impl`s inside `types::builder`, and the `X::builder()` functions
//! that led to them.

use std::collections::BTreeSet;

use syn::{ImplItem, Item};

use crate::type_graph::{RequestTypes, self_type};
use crate::{Spec, modules};

/// Removes the builders of the types no operation input of `spec` reaches. Fails when the
/// generated code does not have the shape progenitor gives it (a builder with no type behind
/// it), or when a request body schema the spec names has no generated type.
pub fn apply(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let requests = RequestTypes::of(file, spec)?;
    apply_with(file, &requests)
}

/// [`apply`], with the request types worked out beforehand (the pipeline shares them with
/// [`crate::deserialize_derives`]).
pub(crate) fn apply_with(file: &mut syn::File, requests: &RequestTypes) -> Result<(), String> {
    let graph = &requests.graph;
    let kept = &requests.names;
    let Some(types) = modules::items_mut(&mut file.items, "types") else {
        // Nothing is generated for a spec without schemas.
        return Ok(());
    };

    let Some(module) = modules::items_mut(types, "builder") else {
        return Ok(());
    };
    let mut built = BTreeSet::new();
    for item in module.iter() {
        if let Item::Struct(s) = item {
            if !graph.has(&s.ident.to_string()) {
                return Err(format!(
                    "`types::builder::{}` has no type `types::{}` behind it",
                    s.ident, s.ident
                ));
            }
            built.insert(s.ident.to_string());
        }
    }
    let dropped: BTreeSet<String> = built.difference(kept).cloned().collect();
    module.retain(|item| match item {
        Item::Struct(s) => !dropped.contains(&s.ident.to_string()),
        Item::Impl(i) => self_type(&i.self_ty).is_none_or(|name| !dropped.contains(&name)),
        _ => true,
    });

    // `impl X { pub fn builder() -> builder::X }` in `types`: drop the function, and the impl
    // when nothing else is in it.
    types.retain_mut(|item| {
        let Item::Impl(i) = item else { return true };
        if i.trait_.is_some() || self_type(&i.self_ty).is_none_or(|name| !dropped.contains(&name)) {
            return true;
        }
        i.items
            .retain(|member| !matches!(member, ImplItem::Fn(f) if f.sig.ident == "builder"));
        !i.items.is_empty()
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(file: &syn::File, module: &str) -> BTreeSet<String> {
        let types = modules::items(&file.items, "types").expect("a types module");
        let items = if module == "types" {
            types
        } else {
            modules::items(types, module).expect("the module")
        };
        items
            .iter()
            .filter_map(|item| match item {
                Item::Struct(s) => Some(s.ident.to_string()),
                Item::Impl(i)
                    if i.items
                        .iter()
                        .any(|m| matches!(m, ImplItem::Fn(f) if f.sig.ident == "builder")) =>
                {
                    self_type(&i.self_ty).map(|n| format!("{n}::builder()"))
                }
                _ => None,
            })
            .collect()
    }

    /// A spec whose one (hand-written) operation uploads a `body`.
    fn spec(body: &str) -> Spec {
        crate::test_specs::upload(body, None)
    }

    fn sample() -> syn::File {
        syn::parse_quote! {
            pub mod types {
                pub struct CreateRequest { pub items: Vec<Item>, pub tag: Tag }
                pub struct Item { pub name: String }
                pub struct Tag(pub Label);
                pub struct Label { pub text: String }
                pub struct GetResponse { pub items: Vec<Listed> }
                pub struct Listed { pub id: String }
                pub struct Filter { pub q: String }
                pub struct Upload { pub file: String }
                impl Upload { pub fn builder() -> builder::Upload { Default::default() } }
                impl CreateRequest { pub fn builder() -> builder::CreateRequest { Default::default() } }
                impl Item { pub fn builder() -> builder::Item { Default::default() } }
                impl Label { pub fn builder() -> builder::Label { Default::default() } }
                impl GetResponse { pub fn builder() -> builder::GetResponse { Default::default() } }
                impl Listed {
                    pub fn builder() -> builder::Listed { Default::default() }
                    pub fn id(&self) -> &str { &self.id }
                }
                impl Filter { pub fn builder() -> builder::Filter { Default::default() } }
                impl ::std::fmt::Display for GetResponse {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { Ok(()) }
                }
                pub mod builder {
                    pub struct CreateRequest { items: Vec<super::Item> }
                    impl CreateRequest { pub fn items(self) -> Self { self } }
                    pub struct Item { name: String }
                    pub struct Label { text: String }
                    pub struct GetResponse { items: Vec<super::Listed> }
                    impl ::std::convert::TryFrom<GetResponse> for super::GetResponse {}
                    impl ::std::convert::From<super::GetResponse> for GetResponse {}
                    pub struct Listed { id: String }
                    impl ::std::default::Default for Listed {}
                    pub struct Filter { q: String }
                    pub struct Upload { file: String }
                }
            }
            pub mod builder {
                pub struct Create<'a> { body: Result<types::builder::CreateRequest, String> }
                pub struct Get<'a> { filter: Result<Option<types::Filter>, String> }
                impl<'a> Get<'a> {
                    pub async fn send(self) -> Result<ResponseValue<types::GetResponse>, Error> {}
                }
            }
        }
    }

    #[test]
    fn keeps_the_builders_an_operation_input_reaches_and_drops_the_rest() {
        let mut file = sample();
        apply(&mut file, &spec("Upload")).unwrap();
        assert_eq!(
            names_in(&file, "builder"),
            ["CreateRequest", "Filter", "Item", "Label", "Upload"]
                .map(String::from)
                .into(),
            "a body, its nested objects (through a newtype), a query parameter and a \
             hand-written operation's body keep theirs"
        );
        let types = names_in(&file, "types");
        assert!(types.contains("CreateRequest::builder()"));
        assert!(types.contains("Label::builder()"));
        assert!(!types.contains("GetResponse::builder()"));
        assert!(!types.contains("Listed::builder()"));
        // The response types themselves stay.
        assert!(types.contains("GetResponse") && types.contains("Listed"));
    }

    #[test]
    fn removes_the_impls_of_a_dropped_builder_and_keeps_other_members() {
        let mut file = sample();
        apply(&mut file, &spec("Upload")).unwrap();
        let text = prettyplease::unparse(&file);
        assert!(!text.contains("TryFrom<GetResponse>"), "{text}");
        assert!(!text.contains("Default for Listed"), "{text}");
        assert!(text.contains("pub fn id(&self)"), "{text}");
        assert!(text.contains("Display for GetResponse"), "{text}");
    }

    #[test]
    fn a_builder_without_its_type_is_an_error() {
        let mut file: syn::File = syn::parse_quote! {
            pub mod types {
                pub struct A { pub x: String }
                pub mod builder { pub struct B { x: String } }
            }
        };
        let error = apply(&mut file, &spec("A")).unwrap_err();
        assert!(error.contains("types::builder::B"), "{error}");
    }

    #[test]
    fn a_request_body_schema_without_its_type_is_an_error() {
        let mut file = sample();
        let error = apply(&mut file, &spec("Missing")).unwrap_err();
        assert!(
            error.contains("`upload`") && error.contains("`Missing`"),
            "{error}"
        );
    }
}
