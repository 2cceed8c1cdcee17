//! The trait a transport implements, and the one way building a request can fail.

use std::fmt;
use std::future::Future;

use serde::de::DeserializeOwned;

use crate::{Answer, Route};

/// Sends the requests of generated operations.
///
/// Generated code calls [`Executor::send`] with the operation's [`Route`] and the built
/// request, then [`Executor::decode`] on the answer. Every failure (transport, HTTP status,
/// decoding, a request that could not be built) is the executor's own [`Executor::Error`],
/// returned to the caller as it is.
pub trait Executor: Sync {
    /// The error every call of this executor fails with.
    type Error;

    /// Sends `request` for `route` and returns its success answer; any other outcome (an
    /// error status, a broken connection, an exhausted retry budget) is an error.
    fn send(
        &self,
        route: &'static Route,
        request: reqwest::Request,
    ) -> impl Future<Output = Result<Answer, Self::Error>> + Send;

    /// Decodes the JSON body of a success answer into the documented type.
    fn decode<T: DeserializeOwned>(
        &self,
        route: &'static Route,
        answer: &Answer,
    ) -> Result<T, Self::Error>;

    /// The error for a request that could not be built (a setter refused its value).
    fn reject(&self, route: &'static Route, error: RequestError) -> Self::Error;
}

/// Why a generated request could not be built. Nothing was sent.
#[derive(Debug)]
pub enum RequestError {
    /// A parameter or body field was missing or refused its value; the text names it.
    Invalid(String),
    /// The HTTP request could not be assembled (for example, a base URL that is not a URL).
    Build(reqwest::Error),
}

impl RequestError {
    /// A refused parameter (what generated setters record).
    pub fn invalid(message: String) -> Self {
        RequestError::Invalid(message)
    }
}

/// Checks an encoded path segment: an empty segment, `.` or `..` would make the URL parser
/// drop or climb a segment, sending the request to another endpoint (the collection, or its
/// parent) than the one called. Those are refused, naming the parameter.
///
/// A backslash is escaped too: progenitor's encoding leaves it as is, and in an `http(s)` URL
/// the parser reads it as `/`, so `a\..` would otherwise climb out of the segment.
pub fn path_segment(parameter: &str, encoded: String) -> Result<String, RequestError> {
    if encoded.is_empty() || encoded == "." || encoded == ".." {
        return Err(RequestError::Invalid(format!(
            "the path parameter `{parameter}` cannot be empty, `.` or `..`"
        )));
    }
    if encoded.contains('\\') {
        return Ok(encoded.replace('\\', "%5C"));
    }
    Ok(encoded)
}

impl From<reqwest::Error> for RequestError {
    fn from(error: reqwest::Error) -> Self {
        RequestError::Build(error.without_url())
    }
}

impl From<http::header::InvalidHeaderValue> for RequestError {
    fn from(_: http::header::InvalidHeaderValue) -> Self {
        // The value is not repeated: header parameters can carry keys.
        RequestError::Invalid(
            "a header parameter holds characters a header cannot carry".to_string(),
        )
    }
}

impl fmt::Display for RequestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestError::Invalid(message) => f.write_str(message),
            RequestError::Build(_) => f.write_str("the request could not be assembled"),
        }
    }
}

impl std::error::Error for RequestError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RequestError::Invalid(_) => None,
            RequestError::Build(error) => Some(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::path_segment;

    #[test]
    fn segments_that_change_the_endpoint_are_refused() {
        for bad in ["", ".", ".."] {
            let error = path_segment("invitationId", bad.to_string()).expect_err(bad);
            assert!(error.to_string().contains("invitationId"), "{error}");
        }
        for good in ["...", "a.b", "%2E", "42"] {
            assert_eq!(
                path_segment("id", good.to_string()).ok().as_deref(),
                Some(good)
            );
        }
    }

    /// An `http(s)` URL parser reads `\` as `/`: left alone, `..\admin` would climb out of the
    /// segment and reach another endpoint.
    #[test]
    fn backslashes_cannot_split_a_segment() {
        assert_eq!(
            path_segment("id", "..\\admin".to_string()).ok().as_deref(),
            Some("..%5Cadmin")
        );
        let url = format!(
            "http://h/profiles/{}",
            path_segment("id", "a\\..\\..".to_string()).expect("kept")
        );
        let parsed = reqwest::Url::parse(&url).expect("a URL");
        assert_eq!(parsed.path(), "/profiles/a%5C..%5C..");
    }
}
