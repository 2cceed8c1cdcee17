//! JOFI API keys: `sk_live_…` or `sk_test_…`, checked before any request.

use crate::error::{Error, ErrorKind, Result};
use crate::secret::Secret;

pub use jofi_raw::types::Mode;

/// A JOFI secret key, known to be live or test.
///
/// ```
/// use hirekit::jofi::{ApiKey, Mode};
///
/// let key = ApiKey::parse("sk_test_abc123").expect("a test key");
/// assert_eq!(key.mode(), Mode::Test);
/// assert_eq!(format!("{key:?}"), "ApiKey { mode: Test, key: Secret(<redacted>) }");
///
/// let error = ApiKey::parse("pk_live_abc").expect_err("not a secret key");
/// assert!(error.to_string().contains("sk_live_"));
/// ```
#[derive(Debug, Clone)]
pub struct ApiKey {
    mode: Mode,
    key: Secret,
}

impl ApiKey {
    /// Checks the key's prefix. The error never repeats the key.
    pub fn parse(key: impl Into<Secret>) -> Result<Self> {
        let key = key.into();
        let text = key.expose().trim();
        let mode = if text.starts_with("sk_live_") {
            Mode::Live
        } else if text.starts_with("sk_test_") {
            Mode::Test
        } else {
            return Err(Error::new(
                ErrorKind::Config,
                "a JOFI API key starts with `sk_live_` or `sk_test_`",
            )
            .with_field("api_key"));
        };
        if text.len() <= "sk_test_".len() || text.chars().any(char::is_whitespace) {
            return Err(Error::new(
                ErrorKind::Config,
                "the JOFI API key is incomplete or contains spaces",
            )
            .with_field("api_key"));
        }
        let key = if text.len() == key.expose().len() {
            key
        } else {
            Secret::new(text)
        };
        Ok(ApiKey { mode, key })
    }

    /// Live or test.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub(crate) fn secret(&self) -> &Secret {
        &self.key
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_decide_the_mode() {
        assert_eq!(
            ApiKey::parse("sk_live_x1").map(|k| k.mode()).ok(),
            Some(Mode::Live)
        );
        assert_eq!(
            ApiKey::parse(" sk_test_x1 ").map(|k| k.mode()).ok(),
            Some(Mode::Test)
        );
    }

    #[test]
    fn malformed_keys_are_config_errors_that_do_not_echo_the_key() {
        for bad in [
            "",
            "sk_test_",
            "sk_prod_123",
            "Bearer sk_test_1",
            "sk_test_a b",
        ] {
            let error = ApiKey::parse(bad).expect_err(bad);
            assert_eq!(error.kind(), ErrorKind::Config, "{bad}");
            assert_eq!(error.field(), Some("api_key"));
            if !bad.is_empty() {
                assert!(!error.to_string().contains(bad), "{bad}");
            }
        }
    }
}
