//! The operation layer appended to every generated client: the spec's route table and, on
//! each progenitor request builder, `request()` and `execute()`.
//!
//! progenitor's builders can only send through their own `reqwest::Client`, and its hooks can
//! fail only with a `reqwest::Error` or a string, so a transport's own failures (a spent retry
//! budget, an over-long body, a refused status with the attempts made) would have no typed way
//! back. Instead each builder gains:
//!
//! * `request(self)`: the statements progenitor wrote to build the request, ending at the built
//!   `reqwest::Request` instead of sending it;
//! * `execute(self, &executor)`: that request handed to a `hirekit_runtime::Executor` with the
//!   operation's route, and the answer decoded by it. Every failure is the executor's error.
//!
//! The route of each operation is a constant in the generated `routes` module, derived from
//! the spec: method, path template, idempotency, timeout class and pagination kind. A builder
//! names its route directly, so an operation without a route does not compile.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use syn::visit_mut::VisitMut;

use crate::Spec;
use crate::spec::{Location, Operation};

/// Extension: the per-attempt timeout class (`standard` or `slow`).
pub const TIMEOUT: &str = "x-hirekit-timeout";
/// Extension: overrides the pagination kind derived from the parameters (`none`,
/// `offset-limit`, `rows`).
pub const PAGINATION: &str = "x-hirekit-pagination";
/// Extension: overrides whether the operation may be sent twice (default: the method's HTTP
/// semantics).
pub const IDEMPOTENT: &str = "x-hirekit-idempotent";

/// The facts of one route, read from the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteFacts {
    /// The operationId.
    pub id: String,
    /// Upper-case method.
    pub method: String,
    /// Path template.
    pub path: String,
    /// May be sent twice.
    pub idempotent: bool,
    /// Gets the slow timeout.
    pub slow: bool,
    /// `None`, `OffsetLimit` or `Rows`.
    pub pagination: &'static str,
    /// Implemented by hand.
    pub handwritten: bool,
}

/// The name of an operation's route constant: its operationId in upper case.
pub fn route_const(operation_id: &str) -> String {
    operation_id.to_ascii_uppercase()
}

/// Reads the route facts of every operation, failing with the operation's name on an
/// extension value we do not know.
pub fn routes(spec: &Spec) -> Result<Vec<RouteFacts>, String> {
    spec.operations()
        .into_iter()
        .map(|op| route_facts(&op))
        .collect()
}

fn route_facts(op: &Operation<'_>) -> Result<RouteFacts, String> {
    let id = op
        .id()
        .ok_or_else(|| format!("{}: no operationId", op.label()))?
        .to_string();
    let method = op.method.to_ascii_uppercase();
    let idempotent = match op.value.get(IDEMPOTENT) {
        None => matches!(
            method.as_str(),
            "GET" | "PUT" | "DELETE" | "HEAD" | "OPTIONS"
        ),
        Some(Value::Bool(b)) => *b,
        Some(other) => {
            return Err(format!(
                "{}: {IDEMPOTENT} must be a boolean, not {other}",
                op.label()
            ));
        }
    };
    let slow = match op.value.get(TIMEOUT).map(|v| v.as_str()) {
        None | Some(Some("standard")) => false,
        Some(Some("slow")) => true,
        Some(_) => {
            return Err(format!(
                "{}: {TIMEOUT} must be `standard` or `slow`",
                op.label()
            ));
        }
    };
    let pagination = match op.value.get(PAGINATION).map(|v| v.as_str()) {
        None => derived_pagination(op)?,
        Some(Some("none")) => "None",
        Some(Some("offset-limit")) => "OffsetLimit",
        Some(Some("rows")) => "Rows",
        Some(_) => {
            return Err(format!(
                "{}: {PAGINATION} must be `none`, `offset-limit` or `rows`",
                op.label()
            ));
        }
    };
    Ok(RouteFacts {
        id,
        method,
        path: op.path.to_string(),
        idempotent,
        slow,
        pagination,
        handwritten: op.is_handwritten(),
    })
}

/// A GET with `limit` and `offset` query parameters pages by offset; with a `Range` header as
/// well, it pages PostgREST rows.
fn derived_pagination(op: &Operation<'_>) -> Result<&'static str, String> {
    if op.method != "get" {
        return Ok("None");
    }
    let params = op
        .parameters()
        .map_err(|e| format!("{}: {e}", op.label()))?;
    let has = |location: Location, name: &str| {
        params
            .iter()
            .any(|p| p.location == location && p.name.eq_ignore_ascii_case(name))
    };
    Ok(
        match (
            has(Location::Query, "limit") && has(Location::Query, "offset"),
            has(Location::Header, "range"),
        ) {
            (true, true) => "Rows",
            (true, false) => "OffsetLimit",
            _ => "None",
        },
    )
}

/// Appends the `routes` module and adds `request`/`execute` to every builder of `file`.
pub fn apply(file: &mut syn::File, spec: &Spec) -> Result<(), String> {
    let facts = routes(spec)?;
    let mut seen = std::collections::BTreeSet::new();
    for builder in builders_mut(file) {
        add_methods(builder, &facts, &mut seen)?;
    }
    let missing: Vec<&str> = facts
        .iter()
        .filter(|f| !f.handwritten && !seen.contains(&f.id))
        .map(|f| f.id.as_str())
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "progenitor generated no builder for {}",
            missing.join(", ")
        ));
    }
    let module: syn::File =
        syn::parse2(routes_module(&facts)).map_err(|e| format!("routes module: {e}"))?;
    file.items.extend(module.items);
    Ok(())
}

fn routes_module(facts: &[RouteFacts]) -> TokenStream {
    let consts = facts.iter().map(|f| {
        let name = format_ident!("{}", route_const(&f.id));
        let id = &f.id;
        let method = format_ident!("{}", crate::surface::pascal(&f.method.to_ascii_lowercase()));
        let path = &f.path;
        let idempotent = f.idempotent;
        let timeout = format_ident!("{}", if f.slow { "Slow" } else { "Standard" });
        let pagination = format_ident!("{}", f.pagination);
        let handwritten = f.handwritten;
        let doc = format!(
            "`{id}`: `{} {path}`{}.",
            f.method,
            if handwritten {
                ", implemented by hand"
            } else {
                ""
            }
        );
        quote! {
            #[doc = #doc]
            pub const #name: Route = Route {
                operation_id: #id,
                method: Method::#method,
                path: #path,
                idempotent: #idempotent,
                timeout: TimeoutClass::#timeout,
                pagination: Pagination::#pagination,
                handwritten: #handwritten,
            };
        }
    });
    let names = facts
        .iter()
        .map(|f| format_ident!("{}", route_const(&f.id)));
    quote! {
        /// Every operation of the spec as a route the transport reads: one constant per
        /// operationId (upper case), and [`routes::ALL`] in spec order.
        pub mod routes {
            use ::hirekit_runtime::{Method, Pagination, Route, TimeoutClass};
            #(#consts)*
            /// Every operation, generated or implemented by hand, in spec order.
            pub const ALL: &[Route] = &[#(#names),*];
        }
    }
}

/// The `impl` blocks of the `builder` module that hold a `send` method.
pub(crate) fn builders_mut(file: &mut syn::File) -> Vec<&mut syn::ItemImpl> {
    let mut out = Vec::new();
    for item in &mut file.items {
        let syn::Item::Mod(module) = item else {
            continue;
        };
        if module.ident != "builder" {
            continue;
        }
        let Some((_, items)) = module.content.as_mut() else {
            continue;
        };
        for item in items {
            if let syn::Item::Impl(imp) = item
                && imp
                    .items
                    .iter()
                    .any(|i| matches!(i, syn::ImplItem::Fn(f) if f.sig.ident == "send"))
            {
                out.push(imp);
            }
        }
    }
    out
}

fn add_methods(
    imp: &mut syn::ItemImpl,
    facts: &[RouteFacts],
    seen: &mut std::collections::BTreeSet<String>,
) -> Result<(), String> {
    let Some(send) = imp.items.iter().find_map(|i| match i {
        syn::ImplItem::Fn(f) if f.sig.ident == "send" => Some(f.clone()),
        _ => None,
    }) else {
        return Ok(());
    };
    let stmts = &send.block.stmts;
    let info_at = stmts
        .iter()
        .position(is_info_stmt)
        .ok_or("a builder's send() has no OperationInfo")?;
    let id = operation_id_of(&stmts[info_at]).ok_or("OperationInfo without operation_id")?;
    let fact = facts
        .iter()
        .find(|f| f.id == id)
        .ok_or_else(|| format!("builder for `{id}`, which the spec does not have"))?;
    seen.insert(id.clone());

    let mut build: Vec<syn::Stmt> = stmts[..info_at].to_vec();
    let mut rewrite = InvalidRequest;
    for stmt in &mut build {
        rewrite.visit_stmt_mut(stmt);
    }
    let output = success_type(&send.sig.output)
        .ok_or_else(|| format!("`{id}`: send() does not return Result<ResponseValue<T>, _>"))?;
    let route = format_ident!("{}", route_const(&fact.id));
    let (ret, finish) = match &output {
        Output::Json(ty) => (
            quote!(#ty),
            quote! {
                let answer = executor.send(route, request).await?;
                executor.decode(route, &answer)
            },
        ),
        Output::Bytes => (
            quote!(::hirekit_runtime::Bytes),
            quote! {
                let answer = executor.send(route, request).await?;
                ::std::result::Result::Ok(answer.body)
            },
        ),
        Output::Empty => (
            quote!(()),
            quote! {
                executor.send(route, request).await?;
                ::std::result::Result::Ok(())
            },
        ),
    };
    let route_doc = format!(
        "The route of `{}` (`{} {}`).",
        fact.id, fact.method, fact.path
    );
    let methods: syn::ItemImpl = syn::parse2(quote! {
        impl X {
            #[doc = #route_doc]
            pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::#route;

            /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
            pub fn route(&self) -> &'static ::hirekit_runtime::Route {
                Self::ROUTE
            }

            /// Builds the request without sending it; a parameter that is missing or refused
            /// its value fails here, naming it.
            pub fn request(
                self,
            ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
                #(#build)*
                ::std::result::Result::Ok(request)
            }

            /// Sends the request through `executor` and decodes the documented answer; every
            /// failure is the executor's error.
            pub async fn execute<X: ::hirekit_runtime::Executor>(
                self,
                executor: &X,
            ) -> ::std::result::Result<#ret, X::Error> {
                let route = Self::ROUTE;
                let request = self.request().map_err(|error| executor.reject(route, error))?;
                #finish
            }
        }
    })
    .map_err(|e| format!("`{id}`: {e}"))?;
    imp.items.extend(methods.items);
    Ok(())
}

pub(crate) fn is_info_stmt(stmt: &syn::Stmt) -> bool {
    matches!(stmt, syn::Stmt::Local(local)
        if matches!(&local.pat, syn::Pat::Ident(p) if p.ident == "info"))
}

pub(crate) fn operation_id_of(stmt: &syn::Stmt) -> Option<String> {
    let syn::Stmt::Local(local) = stmt else {
        return None;
    };
    let init = local.init.as_ref()?;
    let syn::Expr::Struct(s) = init.expr.as_ref() else {
        return None;
    };
    s.fields.iter().find_map(|field| {
        let syn::Member::Named(name) = &field.member else {
            return None;
        };
        if name != "operation_id" {
            return None;
        }
        match &field.expr {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => None,
        }
    })
}

enum Output {
    Json(Box<syn::Type>),
    Bytes,
    Empty,
}

/// `T` of `Result<ResponseValue<T>, Error<E>>`.
fn success_type(output: &syn::ReturnType) -> Option<Output> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let result = last_generic(ty, "Result")?;
    let value = last_generic(&result, "ResponseValue")?;
    if let syn::Type::Tuple(t) = &value
        && t.elems.is_empty()
    {
        return Some(Output::Empty);
    }
    if let syn::Type::Path(p) = &value
        && p.path
            .segments
            .last()
            .is_some_and(|s| s.ident == "ByteStream")
    {
        return Some(Output::Bytes);
    }
    Some(Output::Json(Box::new(value)))
}

/// The first generic argument of a type path whose last segment is `name`.
fn last_generic(ty: &syn::Type, name: &str) -> Option<syn::Type> {
    let syn::Type::Path(p) = ty else {
        return None;
    };
    let segment = p.path.segments.last()?;
    if segment.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &segment.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    })
}

/// Rewrites progenitor's `Error::InvalidRequest` (a refused setter value) to the runtime's
/// request error, so the built statements fail with a type every executor understands, and
/// checks every encoded path segment.
struct InvalidRequest;

impl VisitMut for InvalidRequest {
    fn visit_macro_mut(&mut self, node: &mut syn::Macro) {
        // The URL is built in a `format!`, whose arguments syn leaves as tokens: parse them,
        // rewrite them, and put them back.
        if node.path.is_ident("format")
            && let Ok(mut args) = node.parse_body_with(
                syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated,
            )
        {
            for arg in args.iter_mut() {
                self.visit_expr_mut(arg);
            }
            node.tokens = quote!(#args);
        }
    }

    fn visit_expr_mut(&mut self, node: &mut syn::Expr) {
        // `encode_path(&x.to_string())` becomes a checked segment: `.`, `..` and empty ids
        // would otherwise reach another endpoint.
        if let syn::Expr::Call(call) = node
            && let syn::Expr::Path(func) = call.func.as_ref()
            && func.path.is_ident("encode_path")
        {
            let parameter = call
                .args
                .first()
                .and_then(parameter_name)
                .unwrap_or_else(|| "path parameter".to_string());
            let inner = call.clone();
            *node = syn::parse_quote!(::hirekit_runtime::path_segment(#parameter, #inner)?);
            return;
        }
        syn::visit_mut::visit_expr_mut(self, node);
    }

    fn visit_expr_path_mut(&mut self, node: &mut syn::ExprPath) {
        let segments: Vec<String> = node
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        if segments == ["Error", "InvalidRequest"] {
            node.path = syn::parse_quote!(::hirekit_runtime::RequestError::invalid);
        }
        syn::visit_mut::visit_expr_path_mut(self, node);
    }
}

/// The variable of `&x.to_string()` (how progenitor passes a path parameter).
fn parameter_name(arg: &syn::Expr) -> Option<String> {
    let syn::Expr::Reference(reference) = arg else {
        return None;
    };
    let syn::Expr::MethodCall(call) = reference.expr.as_ref() else {
        return None;
    };
    let syn::Expr::Path(path) = call.receiver.as_ref() else {
        return None;
    };
    path.path.get_ident().map(|i| i.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> Spec {
        Spec::parse("test.yaml", yaml).expect("parses")
    }

    #[test]
    fn route_facts_come_from_the_spec() {
        let spec = spec(
            r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /things:
    get:
      operationId: list_things
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: offset, in: query, schema: {type: integer}}
      responses: {'200': {description: ok}}
    post:
      operationId: create_thing
      x-hirekit-timeout: slow
      responses: {'201': {description: ok}}
  /rows:
    get:
      operationId: select_rows
      parameters:
        - {$ref: '#/components/parameters/limit'}
        - {name: offset, in: query, schema: {type: integer}}
        - {name: Range, in: header, schema: {type: string}}
      responses: {'200': {description: ok}}
    post:
      operationId: search_rows
      x-hirekit-idempotent: true
      responses: {'200': {description: ok}}
components:
  parameters:
    limit: {name: limit, in: query, schema: {type: integer}}
"#,
        );
        let facts = routes(&spec).expect("valid");
        let by = |id: &str| facts.iter().find(|f| f.id == id).expect("present").clone();
        assert_eq!(by("list_things").pagination, "OffsetLimit");
        assert!(by("list_things").idempotent && !by("list_things").slow);
        assert!(by("create_thing").slow && !by("create_thing").idempotent);
        assert_eq!(by("select_rows").pagination, "Rows");
        assert!(by("search_rows").idempotent);
        assert_eq!(route_const("list_things"), "LIST_THINGS");
    }

    #[test]
    fn unknown_extension_values_name_the_operation() {
        let spec = spec(
            r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /things:
    get:
      operationId: list_things
      x-hirekit-timeout: glacial
      responses: {'200': {description: ok}}
"#,
        );
        let error = routes(&spec).expect_err("unknown timeout class");
        assert!(
            error.contains("list_things") && error.contains(TIMEOUT),
            "{error}"
        );
    }
}
