//! The bearer key: which store a call reads and writes, or why it is refused.

use crate::call::Call;
use crate::reply::{Reply, jofi_error};

use super::store::Mode;

/// The mode of the call's key, or the 401 answer.
///
/// Live keys are refused unless the mock was started with `Config::allow_live_keys`: a suite
/// that picks up a production key by accident should fail loudly, not look as if it worked.
pub fn mode_of(call: &Call<'_>) -> Result<Mode, Reply> {
    let Some(key) = call.bearer() else {
        return Err(jofi_error(
            401,
            "missing API key: send `Authorization: Bearer sk_test_…`",
        ));
    };
    if key.starts_with("sk_test_") {
        Ok(Mode::Test)
    } else if key.starts_with("sk_live_") {
        if call.shared.config.allow_live_keys {
            Ok(Mode::Live)
        } else {
            Err(jofi_error(
                401,
                "live keys (sk_live_…) are refused by hirekit-mock unless it is started with \
                 `allow_live_keys`; use an sk_test_ key",
            ))
        }
    } else {
        // Never echo the key: it may be a real secret pasted into the wrong place.
        Err(jofi_error(
            401,
            "invalid API key: a JOFI key starts with `sk_test_` or `sk_live_`",
        ))
    }
}
