//! Faults a test asks for: the next N requests matching a method and path get a broken answer.

use serde::{Deserialize, Serialize};

/// What goes wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// An error status with the vendor's JSON error body (429, 500, 502, 503, 504, 401, …),
    /// optionally with a `Retry-After` header (seconds or an HTTP-date, sent as given).
    Status {
        /// The status to answer.
        status: u16,
        /// The `Retry-After` value, sent verbatim.
        #[serde(default)]
        retry_after: Option<String>,
    },
    /// An HTML error page, as a proxy or load balancer would send.
    Html {
        /// The status to answer.
        status: u16,
    },
    /// Wait before handling the request normally.
    Delay {
        /// How long, in milliseconds.
        ms: u64,
    },
    /// Close the connection before any response header.
    DropBeforeHeaders,
    /// Send the headers and part of the body, then close the connection.
    DropMidBody,
    /// A 200 whose JSON body is cut short.
    TruncatedJson,
    /// A 200 whose body is not JSON at all.
    InvalidJson,
    /// A 200 with no body.
    Empty200,
    /// A 200 whose JSON body is labelled `text/plain`.
    WrongContentType,
    /// A 200 JSON body of (about) this many bytes.
    LargeBody {
        /// Size of the body in bytes.
        bytes: usize,
    },
}

/// A request for a fault, as posted to `/__mock/faults`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FaultSpec {
    /// The method to match (any when absent).
    #[serde(default)]
    pub method: Option<String>,
    /// The path to match: a request path (`/api/v2/invitations/12`), a spec template with its
    /// prefix (`/api/v2/invitations/{invitationId}`), or a prefix ending in `*`.
    pub path: String,
    /// How many matching requests get the fault.
    #[serde(default = "one")]
    pub times: u32,
    /// Handle the request first and then break the answer, so the side effect happens (the
    /// case where a client must not blindly re-send a POST).
    #[serde(default)]
    pub after_handling: bool,
    /// What goes wrong.
    #[serde(flatten)]
    pub kind: FaultKind,
}

fn one() -> u32 {
    1
}

impl FaultSpec {
    /// `kind` for the next request of any method to `path`, handled not at all.
    pub fn new(path: impl Into<String>, kind: FaultKind) -> Self {
        FaultSpec {
            method: None,
            path: path.into(),
            times: 1,
            after_handling: false,
            kind,
        }
    }

    /// Only requests of `method`.
    #[must_use]
    pub fn with_method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }

    /// The next `times` matching requests, not just one.
    #[must_use]
    pub fn with_times(mut self, times: u32) -> Self {
        self.times = times;
        self
    }
}

/// A fault with its counters.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ActiveFault {
    /// Its id, for reading its counters.
    pub id: u64,
    /// What was asked for.
    #[serde(flatten)]
    pub spec: FaultSpec,
    /// Matching requests it will still break.
    pub remaining: u32,
    /// Requests it has broken so far.
    pub hits: u32,
}

/// The faults of a server, in the order they were added.
#[derive(Debug, Default)]
pub struct Faults {
    next_id: u64,
    faults: Vec<ActiveFault>,
}

impl Faults {
    /// Adds a fault and returns its id.
    pub fn add(&mut self, spec: FaultSpec) -> u64 {
        self.next_id += 1;
        self.faults.push(ActiveFault {
            id: self.next_id,
            remaining: spec.times,
            spec,
            hits: 0,
        });
        self.next_id
    }

    /// Every fault, spent ones included (their hit counts stay readable).
    pub fn list(&self) -> &[ActiveFault] {
        &self.faults
    }

    /// Forgets every fault.
    pub fn clear(&mut self) {
        self.faults.clear();
    }

    /// Takes the first live fault matching a request, counting the hit.
    pub fn take(&mut self, method: &str, path: &str, template: Option<&str>) -> Option<FaultSpec> {
        let fault = self.faults.iter_mut().find(|f| {
            f.remaining > 0
                && f.spec
                    .method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method))
                && path_matches(&f.spec.path, path, template)
        })?;
        fault.remaining -= 1;
        fault.hits += 1;
        Some(fault.spec.clone())
    }
}

fn path_matches(pattern: &str, path: &str, template: Option<&str>) -> bool {
    if let Some(prefix) = pattern.strip_suffix('*') {
        return path.starts_with(prefix);
    }
    pattern == path || Some(pattern) == template
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(method: Option<&str>, path: &str, times: u32) -> FaultSpec {
        FaultSpec {
            method: method.map(str::to_string),
            path: path.to_string(),
            times,
            after_handling: false,
            kind: FaultKind::Empty200,
        }
    }

    #[test]
    fn a_fault_applies_the_given_number_of_times_and_counts_hits() {
        let mut faults = Faults::default();
        let id = faults.add(spec(Some("GET"), "/api/v2/teams", 2));
        assert!(faults.take("POST", "/api/v2/teams", None).is_none());
        assert!(faults.take("get", "/api/v2/teams", None).is_some());
        assert!(faults.take("GET", "/api/v2/teams", None).is_some());
        assert!(faults.take("GET", "/api/v2/teams", None).is_none());
        let fault = &faults.list()[0];
        assert_eq!((fault.id, fault.hits, fault.remaining), (id, 2, 0));
    }

    #[test]
    fn templates_and_prefixes_match() {
        let mut faults = Faults::default();
        faults.add(spec(None, "/api/v2/invitations/{invitationId}", 1));
        faults.add(spec(None, "/functions/v1/*", 1));
        assert!(
            faults
                .take(
                    "PUT",
                    "/api/v2/invitations/7",
                    Some("/api/v2/invitations/{invitationId}")
                )
                .is_some()
        );
        assert!(faults.take("GET", "/functions/v1/x", None).is_some());
        assert!(faults.take("GET", "/functions/v1/x", None).is_none());
    }

    #[test]
    fn fault_specs_read_from_json() {
        let spec: FaultSpec = serde_json::from_value(serde_json::json!({
            "method": "GET", "path": "/api/v2/teams", "times": 3,
            "kind": "status", "status": 429, "retry_after": "2"
        }))
        .expect("valid fault");
        assert_eq!(
            spec.kind,
            FaultKind::Status {
                status: 429,
                retry_after: Some("2".into())
            }
        );
        assert_eq!(spec.times, 3);
    }
}
