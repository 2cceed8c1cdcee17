//! Sends the JOFI key as a bearer token.

use http::HeaderValue;

use crate::error::{Error, ErrorKind, Result};
use crate::secret::Secret;
use crate::transport::{Authenticate, BoxFuture};

/// A fixed `Authorization: Bearer <key>` header, marked sensitive so no layer logs it.
#[derive(Debug)]
pub(crate) struct BearerKey {
    header: HeaderValue,
}

impl BearerKey {
    pub(crate) fn new(key: &Secret) -> Result<Self> {
        let mut header =
            HeaderValue::from_str(&format!("Bearer {}", key.expose())).map_err(|_| {
                Error::new(
                    ErrorKind::Config,
                    "the API key contains characters a header cannot carry",
                )
                .with_field("api_key")
            })?;
        header.set_sensitive(true);
        Ok(BearerKey { header })
    }
}

impl Authenticate for BearerKey {
    fn authorize_now(&self, request: &mut reqwest::Request) -> bool {
        request
            .headers_mut()
            .insert(http::header::AUTHORIZATION, self.header.clone());
        true
    }

    fn authorize<'a>(
        &'a self,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), Error>> {
        request
            .headers_mut()
            .insert(http::header::AUTHORIZATION, self.header.clone());
        Box::pin(async { Ok(()) })
    }
}
