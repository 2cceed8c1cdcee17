//! Everything a running mock holds: its specs, routes, vendor state, faults and counters.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

use hirekit_spec::Spec;

use crate::config::Config;
use crate::faults::Faults;
use crate::log::RequestLog;
use crate::router::{Api, Router};
use crate::schema::SchemaSet;
use crate::webhooks::Webhooks;
use crate::{functions, jofi, tables};

/// One loaded spec and its compiled schemas.
#[derive(Debug)]
pub struct ApiSpec {
    /// The spec, read through the one spec model.
    pub spec: Spec,
    /// Its component schemas.
    pub schemas: SchemaSet,
}

/// Counters of the transport, for tests that check connection reuse.
#[derive(Debug, Default)]
pub struct Counters {
    /// TCP connections accepted.
    pub connections: AtomicU64,
    /// Requests received (control requests included).
    pub requests: AtomicU64,
}

impl Counters {
    /// Adds one to a counter.
    pub fn bump(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

/// The state shared by every connection of one mock server.
#[derive(Debug)]
pub struct Shared {
    /// The settings it was started with.
    pub config: Config,
    /// The specs by API.
    pub apis: BTreeMap<Api, ApiSpec>,
    /// Routes of every spec.
    pub router: Router,
    /// JOFI's records.
    pub jofi: Mutex<jofi::State>,
    /// JobMojito Functions' records.
    pub functions: Mutex<functions::State>,
    /// JobMojito Tables' rows and Supabase sessions.
    pub tables: Mutex<tables::State>,
    /// Faults waiting to be applied.
    pub faults: Mutex<Faults>,
    /// What arrived.
    pub log: Mutex<RequestLog>,
    /// Webhook receivers and deliveries.
    pub webhooks: Webhooks,
    /// Transport counters.
    pub counters: Counters,
    /// The server's own base URL (`http://127.0.0.1:<port>`).
    pub base_url: String,
}

/// Locks a mutex, recovering the data if a thread panicked while holding it: the mock must
/// keep answering, and every state change is a whole-value update, so the data stays usable.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Shared {
    /// The spec of `api`.
    pub fn api(&self, api: Api) -> &ApiSpec {
        // Every API is loaded at start (see `Shared::new`), so the lookup cannot miss.
        &self.apis[&api]
    }

    /// Forgets every record, fault, logged request and delivery (not the configuration).
    pub fn reset(&self) {
        *lock(&self.jofi) = jofi::State::default();
        *lock(&self.functions) = functions::State::default();
        *lock(&self.tables) = tables::State::default();
        *lock(&self.faults) = Faults::default();
        *lock(&self.log) = RequestLog::default();
        self.webhooks.reset();
    }
}
