//! What arrived at the mock: counts per operation and the most recent requests.

use std::collections::{BTreeMap, VecDeque};

use serde::{Deserialize, Serialize};

/// How many recent requests are kept in full.
const RECENT: usize = 1000;

/// One request as logged.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Logged {
    /// The method.
    pub method: String,
    /// The path as received.
    pub path: String,
    /// The operation it matched, if any.
    pub operation_id: Option<String>,
    /// The status answered (0 when the connection was dropped or the answer is pending).
    pub status: u16,
}

/// Request counts and the most recent requests.
#[derive(Debug, Default)]
pub struct RequestLog {
    by_operation: BTreeMap<String, u64>,
    by_path: BTreeMap<(String, String), u64>,
    recent: VecDeque<Logged>,
}

impl RequestLog {
    /// Counts a request as it arrives.
    pub fn arrived(&mut self, method: &str, path: &str, operation_id: Option<&str>) {
        if let Some(op) = operation_id {
            *self.by_operation.entry(op.to_string()).or_default() += 1;
        }
        *self
            .by_path
            .entry((method.to_string(), path.to_string()))
            .or_default() += 1;
    }

    /// Keeps an answered request among the recent ones.
    pub fn answered(&mut self, entry: Logged) {
        if self.recent.len() == RECENT {
            self.recent.pop_front();
        }
        self.recent.push_back(entry);
    }

    /// Requests received for an operation.
    pub fn count_operation(&self, operation_id: &str) -> u64 {
        self.by_operation.get(operation_id).copied().unwrap_or(0)
    }

    /// Requests received for a method (any when `None`) and an exact path.
    pub fn count_path(&self, method: Option<&str>, path: &str) -> u64 {
        self.by_path
            .iter()
            .filter(|((m, p), _)| {
                p == path && method.is_none_or(|want| want.eq_ignore_ascii_case(m))
            })
            .map(|(_, n)| n)
            .sum()
    }

    /// Counts per operation.
    pub fn operations(&self) -> &BTreeMap<String, u64> {
        &self.by_operation
    }

    /// The most recent requests, oldest first.
    pub fn recent(&self) -> impl Iterator<Item = &Logged> {
        self.recent.iter()
    }
}
