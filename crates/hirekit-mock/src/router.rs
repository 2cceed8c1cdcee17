//! Finds the spec operation a request is for, from its method, path and query.

use std::collections::BTreeMap;

use hirekit_spec::{Operation, Spec};

/// Which API a route belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Api {
    /// JOFI API v2, under `/api/v2`.
    Jofi,
    /// JobMojito Functions API, under `/functions/v1`.
    Functions,
    /// JobMojito Tables API (`/rest/v1`) and Supabase auth (`/auth/v1`).
    Tables,
}

impl Api {
    /// The path prefix the vendor serves this API under; spec paths are relative to it.
    pub fn prefix(self) -> &'static str {
        match self {
            Api::Jofi => "/api/v2",
            Api::Functions => "/functions/v1",
            // The tables spec's paths already carry `/rest/v1` and `/auth/v1`.
            Api::Tables => "",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
}

/// One operation of a spec, ready to match requests. What the operation declares
/// (parameters, body, responses) is read from the spec through [`hirekit_spec`] when needed.
#[derive(Debug, Clone)]
pub struct Route {
    /// The API the operation belongs to.
    pub api: Api,
    /// The spec's operationId.
    pub operation_id: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// The path key exactly as in the spec (it may carry a fixed query, e.g. `?grant_type=password`).
    pub template: String,
    segments: Vec<Segment>,
    fixed_query: Vec<(String, String)>,
}

impl Route {
    /// The operation in `spec` this route was made from.
    pub fn operation<'a>(&self, spec: &'a Spec) -> Option<Operation<'a>> {
        spec.operation(&self.template, &self.method)
    }
}

/// The outcome of routing a request.
#[derive(Debug)]
pub enum Match<'a> {
    /// The operation, with the path parameters' raw values.
    Found(&'a Route, BTreeMap<String, String>),
    /// The path exists but not for this method: the API, and the methods the spec declares
    /// for the path (upper case, sorted), for the `Allow` header of the 405.
    MethodNotAllowed(Api, Vec<String>),
    /// No operation has this path.
    NotFound(Option<Api>),
}

/// Every route of the three specs.
#[derive(Debug, Default)]
pub struct Router {
    routes: Vec<Route>,
}

impl Router {
    /// Adds every operation of `spec` for `api`.
    pub fn add_spec(&mut self, api: Api, spec: &Spec) {
        for op in spec.operations() {
            let key = op.path;
            let (path, query) = key.split_once('?').unwrap_or((key, ""));
            let full = format!("{}{}", api.prefix(), path);
            let segments = full
                .split('/')
                .filter(|s| !s.is_empty())
                .map(
                    |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(name) => Segment::Param(name.to_string()),
                        None => Segment::Literal(s.to_string()),
                    },
                )
                .collect::<Vec<_>>();
            let fixed_query = query
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    (k.to_string(), v.to_string())
                })
                .collect::<Vec<_>>();
            self.routes.push(Route {
                api,
                operation_id: op.id().unwrap_or_default().to_string(),
                method: op.method_upper(),
                template: key.to_string(),
                segments,
                fixed_query,
            });
        }
        // Literal segments win over parameters, and fixed queries over none.
        self.routes.sort_by_key(|r| {
            let params = r
                .segments
                .iter()
                .filter(|s| matches!(s, Segment::Param(_)))
                .count();
            (params, std::cmp::Reverse(r.fixed_query.len()))
        });
    }

    /// Every route.
    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// The route for a request.
    pub fn find(&self, method: &str, path: &str, query: &[(String, String)]) -> Match<'_> {
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let mut path_exists = None;
        let mut allowed = Vec::new();
        for route in &self.routes {
            let Some(params) = match_segments(&route.segments, &parts) else {
                continue;
            };
            let fixed_ok = route
                .fixed_query
                .iter()
                .all(|(k, v)| query.iter().any(|(qk, qv)| qk == k && qv == v));
            if !fixed_ok {
                continue;
            }
            if route.method != method {
                path_exists = Some(route.api);
                allowed.push(route.method.clone());
                continue;
            }
            return Match::Found(route, params);
        }
        allowed.sort();
        allowed.dedup();
        match path_exists {
            Some(api) => Match::MethodNotAllowed(api, allowed),
            None => Match::NotFound(api_of_path(path)),
        }
    }
}

fn match_segments(segments: &[Segment], parts: &[&str]) -> Option<BTreeMap<String, String>> {
    if segments.len() != parts.len() {
        return None;
    }
    let mut params = BTreeMap::new();
    for (segment, part) in segments.iter().zip(parts) {
        match segment {
            Segment::Literal(l) if l == part => {}
            Segment::Literal(_) => return None,
            Segment::Param(name) => {
                params.insert(name.clone(), percent_decode(part));
            }
        }
    }
    Some(params)
}

/// Which API a path would belong to, from its prefix (for the shape of a 404).
pub fn api_of_path(path: &str) -> Option<Api> {
    if path.starts_with("/api/v2") {
        Some(Api::Jofi)
    } else if path.starts_with("/functions/v1") {
        Some(Api::Functions)
    } else if path.starts_with("/rest/v1") || path.starts_with("/auth/v1") {
        Some(Api::Tables)
    } else {
        None
    }
}

/// Decodes `%XX` escapes (and leaves malformed ones as they are).
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(high), Some(low)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(high * 16 + low);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits a query string into decoded pairs (`+` is a space, as in form encoding).
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (
                percent_decode(&k.replace('+', " ")),
                percent_decode(&v.replace('+', " ")),
            )
        })
        .collect()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(value: serde_json::Value) -> Spec {
        Spec::from_value("test.json", value).expect("a mapping")
    }

    fn router() -> Router {
        let mut r = Router::default();
        r.add_spec(
            Api::Jofi,
            &spec(json!({"paths": {
                "/invitations": {"get": {"operationId": "list_invitations"}, "post": {"operationId": "create_invitation"}},
                "/invitations/{invitationId}": {"get": {"operationId": "get_invitation"}}
            }})),
        );
        r.add_spec(
            Api::Tables,
            &spec(json!({"paths": {
                "/auth/v1/token?grant_type=password": {"post": {"operationId": "sign_in_with_password"}},
                "/auth/v1/token?grant_type=refresh_token": {"post": {"operationId": "refresh_session"}}
            }})),
        );
        r
    }

    fn id(m: Match<'_>) -> String {
        match m {
            Match::Found(route, params) => format!("{} {params:?}", route.operation_id),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn routes_by_method_path_and_fixed_query() {
        let r = router();
        assert_eq!(
            id(r.find("GET", "/api/v2/invitations/42", &[])),
            "get_invitation {\"invitationId\": \"42\"}"
        );
        assert_eq!(
            id(r.find("POST", "/api/v2/invitations", &[])),
            "create_invitation {}"
        );
        let q = |v: &str| vec![("grant_type".to_string(), v.to_string())];
        assert_eq!(
            id(r.find("POST", "/auth/v1/token", &q("refresh_token"))),
            "refresh_session {}"
        );
        assert_eq!(
            id(r.find("POST", "/auth/v1/token", &q("password"))),
            "sign_in_with_password {}"
        );
        assert!(matches!(
            r.find("POST", "/auth/v1/token", &[]),
            Match::NotFound(Some(Api::Tables))
        ));
        match r.find("DELETE", "/api/v2/invitations", &[]) {
            Match::MethodNotAllowed(Api::Jofi, allowed) => assert_eq!(allowed, ["GET", "POST"]),
            other => panic!("expected a 405 match, got {other:?}"),
        }
        assert!(matches!(
            r.find("GET", "/nowhere", &[]),
            Match::NotFound(None)
        ));
    }

    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(percent_decode("a%40b.c"), "a@b.c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(
            parse_query("a=1&b=x+y%2Bz&c"),
            vec![
                ("a".into(), "1".into()),
                ("b".into(), "x y+z".into()),
                ("c".into(), "".into())
            ]
        );
    }
}
