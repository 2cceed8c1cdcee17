//! The seam between a generated client and the transport that sends its requests.
//!
//! progenitor lets a client carry an inner value and hands every request to
//! `ClientHooks::exec`. Codegen appends to each generated file an [`Executor`] inner type, the
//! `exec` hook that calls it, and a table of the spec's routes, so the facade can install one
//! function that sees every request together with its operation id, method and path template
//! (for authentication, retries, size limits and tracing) without touching generated code.

use proc_macro2::TokenStream;
use quote::quote;

use crate::Spec;

/// The tokens appended to a generated client.
pub fn seam(spec: &Spec) -> TokenStream {
    let routes = spec.operations().into_iter().map(|op| {
        let id = op.id().unwrap_or_default();
        let method = op.method.to_uppercase();
        let path = op.path;
        let handwritten = op.is_handwritten();
        quote! {
            Route { operation_id: #id, method: #method, path: #path, handwritten: #handwritten }
        }
    });
    quote! {
        /// One operation of the spec this client was generated from.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct Route {
            /// The spec's `operationId`.
            pub operation_id: &'static str,
            /// The upper-case HTTP method.
            pub method: &'static str,
            /// The path template as written in the spec (never a filled-in URL).
            pub path: &'static str,
            /// Whether the operation has no generated method and is implemented by hand.
            pub handwritten: bool,
        }

        /// Every operation of the spec, generated or handwritten, in spec order.
        pub const ROUTES: &[Route] = &[#(#routes),*];

        impl Route {
            /// The route of an operation id, if the spec has it.
            pub fn find(operation_id: &str) -> ::std::option::Option<&'static Route> {
                ROUTES.iter().find(|route| route.operation_id == operation_id)
            }
        }

        /// The future an [`Executor`] function returns.
        pub type ExecFuture = ::std::pin::Pin<
            ::std::boxed::Box<
                dyn ::std::future::Future<Output = ::reqwest::Result<::reqwest::Response>>
                    + ::std::marker::Send,
            >,
        >;

        type ExecFn = dyn Fn(&::reqwest::Client, ::reqwest::Request, &'static Route) -> ExecFuture
            + ::std::marker::Send
            + ::std::marker::Sync;

        /// Sends the client's requests.
        ///
        /// [`Executor::default`] hands each request unchanged to the client's
        /// `reqwest::Client`. [`Executor::new`] installs a function that receives every request
        /// with its [`Route`] instead, and answers with the response the generated code decodes.
        #[derive(Clone, Default)]
        pub struct Executor(::std::option::Option<::std::sync::Arc<ExecFn>>);

        impl Executor {
            /// An executor that sends every request through `exec`.
            pub fn new<F>(exec: F) -> Self
            where
                F: Fn(&::reqwest::Client, ::reqwest::Request, &'static Route) -> ExecFuture
                    + ::std::marker::Send
                    + ::std::marker::Sync
                    + 'static,
            {
                Self(::std::option::Option::Some(::std::sync::Arc::new(exec)))
            }
        }

        impl ::std::fmt::Debug for Executor {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(match self.0 {
                    ::std::option::Option::Some(_) => "Executor(custom)",
                    ::std::option::Option::None => "Executor(direct)",
                })
            }
        }

        impl ::progenitor_client::ClientHooks<Executor> for Client {
            async fn exec(
                &self,
                request: ::reqwest::Request,
                info: &::progenitor_client::OperationInfo,
            ) -> ::reqwest::Result<::reqwest::Response> {
                match (&self.inner.0, Route::find(info.operation_id)) {
                    (::std::option::Option::Some(exec), ::std::option::Option::Some(route)) => {
                        exec(&self.client, request, route).await
                    }
                    // Every generated operation is in ROUTES (both come from the same spec), so
                    // the second arm only serves the direct executor.
                    _ => self.client.execute(request).await,
                }
            }
        }
    }
}
