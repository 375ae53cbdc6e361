//! [`Extensions`]: the extension attributes of an event, by name, in the order they came.

use std::fmt;
use std::iter::FusedIterator;

use std::hash::{BuildHasher, RandomState};

use hashbrown::HashTable;
use hashbrown::hash_table::Entry;
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::ExtensionValue;

/// The extension attributes of a [`CloudEvent`](struct@crate::CloudEvent) or an
/// [`Event<T>`](crate::Event): a value for each name, each name once, in the order the
/// attributes were received or inserted.
///
/// Encoders write them in that order, so a received event goes out again as it came. Two
/// collections are equal when they hold the same names with the same values, in whatever
/// order. The few extensions a real event carries are a plain list, found by comparing
/// names; past 16, names are also indexed by their hash, with the standard library's
/// hasher, which is keyed at random, so no input can be built to make lookups slow, and
/// decoding an event of many extensions costs one hash per name.
///
/// Names are not checked here: validation and the encoders check them, and decoders check
/// what they receive.
///
/// ```
/// use eventgrid_types::{ExtensionValue, Extensions};
///
/// let mut extensions = Extensions::new();
/// extensions.insert("tenant", "contoso");
/// extensions.insert("priority", 3);
/// assert_eq!(extensions.get("priority"), Some(&ExtensionValue::Integer(3)));
/// assert_eq!(extensions.names().collect::<Vec<_>>(), ["tenant", "priority"]);
///
/// // A new value for a name keeps the name's place.
/// let old = extensions.insert("tenant", "fabrikam");
/// assert_eq!(old, Some(ExtensionValue::from("contoso")));
/// assert_eq!(extensions.names().collect::<Vec<_>>(), ["tenant", "priority"]);
///
/// // Order does not matter to equality.
/// let reversed: Extensions = [("priority", ExtensionValue::Integer(3)), ("tenant", "fabrikam".into())]
///     .into_iter()
///     .collect();
/// assert_eq!(reversed, extensions);
/// ```
#[derive(Clone, Default)]
pub struct Extensions {
    /// The names and values, in order; each name once.
    entries: Vec<(String, ExtensionValue)>,
    /// Where each name is in `entries`, by its hash: built once there are more than
    /// [`LISTED`], so that the few extensions an event carries cost a list and nothing else.
    index: Option<Box<Index>>,
}

/// Up to this many extensions, a name is found by comparing it with each: cheaper than a
/// hash for the few that real events carry, and no allocation beyond the list.
const LISTED: usize = 16;

/// The positions of an [`Extensions`]'s entries, by the hash of their names.
#[derive(Clone)]
struct Index {
    table: HashTable<usize>,
    /// Keyed at random, so no input can be built to make names collide.
    hasher: RandomState,
}

impl Index {
    /// An index of `entries`, with room for `capacity` names.
    fn of(entries: &[(String, ExtensionValue)], capacity: usize) -> Box<Index> {
        let mut index = Box::new(Index {
            table: HashTable::with_capacity(capacity),
            hasher: RandomState::new(),
        });
        for (position, (name, _)) in entries.iter().enumerate() {
            let hash = index.hasher.hash_one(name.as_str());
            index.table.insert_unique(hash, position, |_| {
                unreachable!("room was made for every name")
            });
        }
        index
    }
}

impl Extensions {
    /// No extensions.
    pub fn new() -> Self {
        Self::default()
    }

    /// No extensions, with room for `capacity` without reallocating.
    pub fn with_capacity(capacity: usize) -> Self {
        Extensions {
            entries: Vec::with_capacity(capacity),
            index: None,
        }
    }

    /// How many extension attributes there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Where the extension `name` is in the list.
    fn position(&self, name: &str) -> Option<usize> {
        match &self.index {
            None => self.entries.iter().position(|(seen, _)| seen == name),
            Some(index) => {
                let hash = index.hasher.hash_one(name);
                let entries = &self.entries;
                index.table.find(hash, |&at| entries[at].0 == name).copied()
            }
        }
    }

    /// The value of the extension `name`.
    pub fn get(&self, name: &str) -> Option<&ExtensionValue> {
        self.position(name).map(|at| &self.entries[at].1)
    }

    /// The value of the extension `name`, to change it in place.
    ///
    /// ```
    /// use eventgrid_types::{ExtensionValue, Extensions};
    ///
    /// let mut extensions: Extensions = [("retries", 1)].into_iter().collect();
    /// if let Some(ExtensionValue::Integer(n)) = extensions.get_mut("retries") {
    ///     *n += 1;
    /// }
    /// assert_eq!(extensions.get("retries"), Some(&ExtensionValue::Integer(2)));
    /// ```
    pub fn get_mut(&mut self, name: &str) -> Option<&mut ExtensionValue> {
        self.position(name).map(|at| &mut self.entries[at].1)
    }

    /// Whether there is an extension `name`.
    pub fn contains_key(&self, name: &str) -> bool {
        self.position(name).is_some()
    }

    /// Sets the extension `name` to `value`, returning the value it replaced. A new name goes
    /// last; a name already present keeps its place.
    pub fn insert(
        &mut self,
        name: impl Into<String>,
        value: impl Into<ExtensionValue>,
    ) -> Option<ExtensionValue> {
        match self.place(name.into(), value.into()) {
            Ok(()) => None,
            Err((at, value)) => Some(std::mem::replace(&mut self.entries[at].1, value)),
        }
    }

    /// Adds `name` last, or, when it is already present, gives back its position and
    /// `value`: finding its place is the duplicate check, one comparison per name up to
    /// [`LISTED`] names and one hash past them.
    fn place(
        &mut self,
        name: String,
        value: ExtensionValue,
    ) -> Result<(), (usize, ExtensionValue)> {
        let Some(index) = &mut self.index else {
            if let Some(at) = self.entries.iter().position(|(seen, _)| *seen == name) {
                return Err((at, value));
            }
            self.entries.push((name, value));
            if self.entries.len() > LISTED {
                self.index = Some(Index::of(&self.entries, self.entries.capacity()));
            }
            return Ok(());
        };
        let Index { table, hasher } = &mut **index;
        let entries = &self.entries;
        let hash = hasher.hash_one(name.as_str());
        match table.entry(
            hash,
            |&at| entries[at].0 == name,
            |&at| hasher.hash_one(entries[at].0.as_str()),
        ) {
            Entry::Occupied(found) => Err((*found.get(), value)),
            Entry::Vacant(vacant) => {
                vacant.insert(entries.len());
                self.entries.push((name, value));
                Ok(())
            }
        }
    }

    /// Rebuilds the index after entries moved, or drops it when few are left.
    fn reindex(&mut self) {
        self.index =
            (self.entries.len() > LISTED).then(|| Index::of(&self.entries, self.entries.len()));
    }

    /// Removes the extension `name`, returning its value. The others keep their order, so
    /// this moves every extension after it: linear in their number.
    ///
    /// ```
    /// use eventgrid_types::{ExtensionValue, Extensions};
    ///
    /// let mut extensions: Extensions = [("a", 1), ("b", 2), ("c", 3)].into_iter().collect();
    /// assert_eq!(extensions.remove("b"), Some(ExtensionValue::Integer(2)));
    /// assert_eq!(extensions.remove("b"), None);
    /// assert_eq!(extensions.names().collect::<Vec<_>>(), ["a", "c"]);
    /// ```
    pub fn remove(&mut self, name: &str) -> Option<ExtensionValue> {
        let at = self.position(name)?;
        let (_, value) = self.entries.remove(at);
        if self.index.is_some() {
            self.reindex();
        }
        Some(value)
    }

    /// Keeps only the extensions for which `keep` returns `true`, in their order.
    ///
    /// ```
    /// use eventgrid_types::{ExtensionValue, Extensions};
    ///
    /// let mut extensions: Extensions = [("a", 1), ("b", 2), ("c", 3)].into_iter().collect();
    /// extensions.retain(|name, _| name != "a");
    /// assert_eq!(extensions.names().collect::<Vec<_>>(), ["b", "c"]);
    /// ```
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &mut ExtensionValue) -> bool) {
        let before = self.entries.len();
        self.entries.retain_mut(|(name, value)| keep(name, value));
        if self.index.is_some() && self.entries.len() != before {
            self.reindex();
        }
    }

    /// Puts the extensions in name order, for output that does not depend on the order in
    /// which they were received or inserted.
    ///
    /// ```
    /// use eventgrid_types::Extensions;
    ///
    /// let mut extensions: Extensions = [("tenant", "x"), ("priority", "1")].into_iter().collect();
    /// extensions.sort_by_name();
    /// assert_eq!(extensions.names().collect::<Vec<_>>(), ["priority", "tenant"]);
    /// ```
    pub fn sort_by_name(&mut self) {
        self.entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        if self.index.is_some() {
            self.reindex();
        }
    }

    /// The names and values, in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter(self.entries.iter())
    }

    /// The names, in order.
    pub fn names(&self) -> impl ExactSizeIterator<Item = &str> + DoubleEndedIterator {
        self.entries.iter().map(|(name, _)| name.as_str())
    }

    /// The values, in order.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &ExtensionValue> + DoubleEndedIterator {
        self.entries.iter().map(|(_, value)| value)
    }

    /// Sets a received extension, as [`Extensions::insert`] does, and returns its name when
    /// it was already present: finding the name's place is the duplicate check.
    pub(crate) fn insert_received(&mut self, name: String, value: ExtensionValue) -> Option<&str> {
        let (at, value) = self.place(name, value).err()?;
        let entry = &mut self.entries[at];
        entry.1 = value;
        Some(&entry.0)
    }
}

/// Equal when both hold the same names with the same values, in whatever order.
impl PartialEq for Extensions {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .all(|(name, value)| other.get(name) == Some(value))
    }
}

impl Eq for Extensions {}

impl fmt::Debug for Extensions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// A name given twice keeps its first place and its last value, as [`Extensions::insert`]
/// does.
impl<N: Into<String>, V: Into<ExtensionValue>> FromIterator<(N, V)> for Extensions {
    fn from_iter<I: IntoIterator<Item = (N, V)>>(iter: I) -> Self {
        let mut extensions = Extensions::new();
        extensions.extend(iter);
        extensions
    }
}

/// As [`Extensions::insert`] for each.
impl<N: Into<String>, V: Into<ExtensionValue>> Extend<(N, V)> for Extensions {
    fn extend<I: IntoIterator<Item = (N, V)>>(&mut self, iter: I) {
        let iter = iter.into_iter();
        self.entries.reserve(iter.size_hint().0);
        for (name, value) in iter {
            self.insert(name, value);
        }
    }
}

/// A JSON object (or any serde map) of the extensions, in order.
impl Serialize for Extensions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (name, value) in self {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'a> IntoIterator for &'a Extensions {
    type Item = (&'a str, &'a ExtensionValue);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl IntoIterator for Extensions {
    type Item = (String, ExtensionValue);
    type IntoIter = IntoIter;

    fn into_iter(self) -> IntoIter {
        IntoIter(self.entries.into_iter())
    }
}

/// The names and values of [`Extensions`], borrowed, in order ([`Extensions::iter`]).
#[derive(Debug, Clone)]
pub struct Iter<'a>(std::slice::Iter<'a, (String, ExtensionValue)>);

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a str, &'a ExtensionValue);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(name, value)| (name.as_str(), value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0
            .next_back()
            .map(|(name, value)| (name.as_str(), value))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl FusedIterator for Iter<'_> {}

/// The names and values of [`Extensions`], by value, in order.
#[derive(Debug)]
pub struct IntoIter(std::vec::IntoIter<(String, ExtensionValue)>);

impl Iterator for IntoIter {
    type Item = (String, ExtensionValue);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for IntoIter {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back()
    }
}

impl ExactSizeIterator for IntoIter {}

impl FusedIterator for IntoIter {}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(count: usize) -> Extensions {
        (0..count)
            .map(|i| (format!("e{i}"), i32::try_from(i).unwrap()))
            .collect()
    }

    #[test]
    fn names_are_found_below_and_above_the_listed_count() {
        for count in [0, 1, LISTED, LISTED + 1, 10 * LISTED] {
            let mut extensions = numbered(count);
            assert_eq!(extensions.len(), count);
            assert_eq!(extensions.index.is_some(), count > LISTED);
            for i in 0..count {
                assert_eq!(
                    extensions.get(&format!("e{i}")),
                    Some(&ExtensionValue::Integer(i64::try_from(i).unwrap()))
                );
            }
            assert_eq!(extensions.get("absent"), None);
            // A second insert of a name replaces its value in its place.
            if count > 0 {
                let old = extensions.insert("e0", "again");
                assert_eq!(old, Some(ExtensionValue::Integer(0)));
                assert_eq!(extensions.names().next(), Some("e0"));
                assert_eq!(extensions.len(), count);
            }
        }
    }

    #[test]
    fn a_received_repeat_is_found_by_its_insert_in_either_form() {
        for count in [3, 10 * LISTED] {
            let mut extensions = numbered(count);
            let repeated = extensions.insert_received("e2".to_owned(), "last".into());
            assert_eq!(repeated, Some("e2"));
            assert_eq!(extensions.get("e2"), Some(&ExtensionValue::from("last")));
            assert_eq!(
                extensions.insert_received("new".to_owned(), true.into()),
                None
            );
            assert_eq!(extensions.len(), count + 1);
        }
    }

    #[test]
    fn removal_and_retain_keep_the_index_true() {
        let mut extensions = numbered(3 * LISTED);
        assert_eq!(extensions.remove("e5"), Some(ExtensionValue::Integer(5)));
        assert_eq!(extensions.get("e6"), Some(&ExtensionValue::Integer(6)));
        extensions.retain(|name, _| name.len() == 2);
        // e0..e9 less e5: nine left, a list again.
        assert_eq!(extensions.len(), 9);
        assert!(extensions.index.is_none());
        assert_eq!(extensions.get("e9"), Some(&ExtensionValue::Integer(9)));
        assert_eq!(extensions.get("e10"), None);
        let mut sorted = numbered(3 * LISTED);
        sorted.sort_by_name();
        assert_eq!(sorted.names().nth(1), Some("e1"));
        assert_eq!(sorted.names().nth(2), Some("e10"));
        assert_eq!(sorted.get("e47"), Some(&ExtensionValue::Integer(47)));
    }

    #[test]
    fn equality_ignores_order_and_form() {
        let forward = numbered(2 * LISTED);
        let backward: Extensions = forward.iter().rev().map(|(n, v)| (n, v.clone())).collect();
        assert_eq!(forward, backward);
        // Indexed once, then cut down to a list-sized count: still equal to a list.
        let mut cut = numbered(2 * LISTED);
        cut.retain(|name, _| name.len() == 2);
        cut.remove("e9");
        let list = numbered(9);
        assert!(list.index.is_none());
        assert_eq!(cut, list);
        let mut other = numbered(9);
        other.insert("e8", 0);
        assert_ne!(cut, other);
    }
}
