//! What a spec says about one operation, as data the transport reads.

use std::fmt;

/// An HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `PUT`
    Put,
    /// `POST`
    Post,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
    /// `HEAD`
    Head,
    /// `OPTIONS`
    Options,
}

impl Method {
    /// The method as sent on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
        }
    }

    /// Whether HTTP defines the method as idempotent: sending it twice has the effect of
    /// sending it once.
    pub const fn is_idempotent(self) -> bool {
        matches!(
            self,
            Method::Get | Method::Put | Method::Delete | Method::Head | Method::Options
        )
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which per-attempt timeout an operation gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeoutClass {
    /// An ordinary call.
    Standard,
    /// The vendor runs AI work or renders a document before answering (`x-hirekit-timeout:
    /// slow` in the spec).
    Slow,
}

/// How an operation's list is paged, as the spec declares (`x-hirekit-pagination`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pagination {
    /// Not a paged list (or the vendor returns one bounded page; see the operation's docs).
    None,
    /// `limit` and `offset` query parameters; the answer reports where it sits.
    OffsetLimit,
    /// PostgREST rows: `limit`/`offset` or a `Range` header, `Content-Range` in the answer.
    Rows,
}

/// One operation of a spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Route {
    /// The spec's `operationId`.
    pub operation_id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template as written in the spec, never a filled-in URL (a filled one can hold
    /// candidate ids or emails).
    pub path: &'static str,
    /// Whether the request may be sent again after it may have reached the server: the
    /// method's HTTP semantics unless the spec says otherwise (`x-hirekit-idempotent`).
    pub idempotent: bool,
    /// Which per-attempt timeout applies.
    pub timeout: TimeoutClass,
    /// How the operation's list is paged.
    pub pagination: Pagination,
    /// Whether the operation is implemented by hand (multipart uploads) rather than generated.
    pub handwritten: bool,
}
