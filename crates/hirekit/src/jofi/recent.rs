//! JOFI's lists: the newest records only, with the truncation in the value.

use std::fmt;

use super::key::Mode;
use super::mode::HasMode;
use super::types::{self, ModeValue};

/// The most recent records of a JOFI list.
///
/// JOFI does not page its lists yet: an answer holds the newest records (30 to 50 of them) and
/// says how many there are in all. Treating such an answer as the whole collection is the easy
/// mistake, so every list method returns this type, where the truncation is part of the value:
/// check [`Recent::is_complete`] (or [`Recent::omitted`]) before treating it as all records.
///
/// ```
/// use hirekit::jofi::{Recent, types::{InvitationList, InvitationListItem}};
///
/// let list: InvitationList = serde_json::from_str(
///     r#"{"object": "list", "mode": "test", "total_count": 75, "has_more": true,
///         "data": [{"id": 1}]}"#,
/// ).expect("an invitation list");
/// let invitations = Recent::<InvitationListItem>::from(list);
/// assert_eq!(invitations.len(), 1);
/// assert!(!invitations.is_complete());
/// assert_eq!(invitations.omitted(), 74);
/// ```
#[derive(Clone)]
pub struct Recent<T> {
    items: Vec<T>,
    total: u64,
    more: bool,
    mode: Option<Mode>,
}

impl<T> Recent<T> {
    fn new(items: Vec<T>, total_count: i64, has_more: bool, mode: &ModeValue) -> Self {
        // `total_count` comes from the network: a negative count or one below the records at
        // hand says nothing, so the records at hand are the floor.
        let held = u64::try_from(items.len()).unwrap_or(u64::MAX);
        let total = u64::try_from(total_count).unwrap_or(0).max(held);
        let mode = match mode {
            ModeValue::Mode(mode) => Some(*mode),
            ModeValue::Other(_) => None,
        };
        Recent {
            items,
            total,
            more: has_more,
            mode,
        }
    }

    /// The records JOFI answered with, newest first.
    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// The records, by value.
    pub fn into_items(self) -> Vec<T> {
        self.items
    }

    /// An iterator over the records.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// How many records the answer holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the answer holds no record.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many records JOFI says exist in all (never fewer than [`Recent::len`]).
    pub fn total(&self) -> u64 {
        self.total
    }

    /// How many records exist beyond those in the answer, as far as JOFI's count tells. It can
    /// be 0 while [`Recent::is_complete`] is false, when JOFI says there are more without
    /// counting them.
    pub fn omitted(&self) -> u64 {
        self.total
            .saturating_sub(u64::try_from(self.items.len()).unwrap_or(u64::MAX))
    }

    /// Whether the answer holds every record: JOFI says there are no more and its count matches.
    /// When false, the older records cannot be listed through the API (it does not page).
    pub fn is_complete(&self) -> bool {
        !self.more && self.omitted() == 0
    }
}

impl<T> HasMode for Recent<T> {
    fn mode(&self) -> Option<Mode> {
        self.mode
    }
}

impl<T> IntoIterator for Recent<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl<'a, T> IntoIterator for &'a Recent<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for Recent<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The records' own Debug redacts their personal fields.
        f.debug_struct("Recent")
            .field("items", &self.items)
            .field("total", &self.total)
            .field("complete", &self.is_complete())
            .field("mode", &self.mode)
            .finish()
    }
}

macro_rules! from_list {
    ($($list:ident => $item:ident),* $(,)?) => {$(
        impl From<types::$list> for Recent<types::$item> {
            fn from(list: types::$list) -> Self {
                Recent::new(list.data, list.total_count, list.has_more, &list.mode)
            }
        }
    )*};
}

from_list!(
    AssessmentList => AssessmentListItem,
    CareerNavigationProfileList => CareerNavigationProfileListItem,
    EmailTemplateList => EmailTemplateListItem,
    InvitationList => InvitationListItem,
    ScoreProfileList => ScoreProfileListItem,
    TeamList => TeamListItem,
    TestTakerList => TestTakerListItem,
    UserList => UserListItem,
);

#[cfg(test)]
mod tests {
    use super::*;

    fn invitations(
        total_count: i64,
        has_more: bool,
        held: usize,
    ) -> Recent<types::InvitationListItem> {
        let data: Vec<_> = (0..held).map(|i| serde_json::json!({ "id": i })).collect();
        let list: types::InvitationList = serde_json::from_value(serde_json::json!({
            "object": "list", "mode": "live", "total_count": total_count,
            "has_more": has_more, "data": data,
        }))
        .expect("an invitation list");
        Recent::from(list)
    }

    #[test]
    fn a_truncated_list_says_so() {
        let recent = invitations(120, true, 50);
        assert!(!recent.is_complete());
        assert_eq!(recent.omitted(), 70);
        assert_eq!(recent.total(), 120);
        assert_eq!(recent.mode(), Some(Mode::Live));
    }

    #[test]
    fn a_whole_list_is_complete() {
        let recent = invitations(3, false, 3);
        assert!(recent.is_complete());
        assert_eq!(recent.omitted(), 0);
        assert_eq!(recent.iter().count(), 3);
    }

    #[test]
    fn more_without_a_count_is_not_complete() {
        // JOFI says there are more but counts only what it sent.
        let recent = invitations(2, true, 2);
        assert!(!recent.is_complete());
        assert_eq!(recent.omitted(), 0);
    }

    #[test]
    fn a_hostile_count_never_goes_below_the_records_held() {
        for count in [i64::MIN, -1, 0, 1] {
            let recent = invitations(count, false, 4);
            assert_eq!(recent.total(), 4, "count {count}");
            assert!(recent.is_complete(), "count {count}");
        }
        assert_eq!(
            invitations(i64::MAX, false, 1).omitted(),
            i64::MAX as u64 - 1
        );
    }
}
