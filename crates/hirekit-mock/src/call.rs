//! One request routed to a spec operation, as the vendor handlers see it.

use std::collections::BTreeMap;

use hyper::HeaderMap;

use crate::router::Route;
use crate::schema::Violation;
use crate::shared::Shared;
use crate::validate::{self, Input, RawBody, Request};

/// A request matched to an operation; not yet validated, so that a handler can check
/// authentication first, as the vendors do.
pub struct Call<'a> {
    /// The server state.
    pub shared: &'a Shared,
    /// The operation.
    pub route: &'a Route,
    /// The request path as received (without the query).
    pub path: &'a str,
    /// Path parameters' raw values.
    pub path_params: BTreeMap<String, String>,
    /// Decoded query pairs.
    pub query: Vec<(String, String)>,
    /// Request headers.
    pub headers: &'a HeaderMap,
    body: Option<RawBody>,
}

impl<'a> Call<'a> {
    /// Wraps a routed request.
    pub fn new(
        shared: &'a Shared,
        route: &'a Route,
        path: &'a str,
        path_params: BTreeMap<String, String>,
        query: Vec<(String, String)>,
        headers: &'a HeaderMap,
        body: RawBody,
    ) -> Self {
        Call {
            shared,
            route,
            path,
            path_params,
            query,
            headers,
            body: Some(body),
        }
    }

    /// The operationId.
    pub fn operation_id(&self) -> &str {
        &self.route.operation_id
    }

    /// A header's value, if present and readable.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The token of an `Authorization: Bearer` header.
    pub fn bearer(&self) -> Option<&str> {
        let value = self.header("authorization")?;
        let (scheme, token) = value.split_once(' ')?;
        let token = token.trim();
        (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
    }

    /// Validates parameters and body against the operation. Call once.
    pub fn validate(&mut self) -> Result<Input, Vec<Violation>> {
        let api = self.shared.api(self.route.api);
        let body = self
            .body
            .take()
            .unwrap_or(RawBody::Bytes(None, Default::default()));
        validate::validate(
            &api.spec,
            &api.schemas,
            self.route,
            Request {
                path: &self.path_params,
                query: &self.query,
                headers: self.headers,
                body,
            },
        )
    }
}
