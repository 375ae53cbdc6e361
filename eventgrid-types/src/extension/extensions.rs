//! [`Extensions`]: the extension attributes of an event, by name, in the order they came.

use std::fmt;
use std::iter::FusedIterator;

use indexmap::IndexMap;
use serde::ser::{Serialize, SerializeMap, Serializer};

use super::ExtensionValue;

/// The extension attributes of a [`CloudEvent`](struct@crate::CloudEvent) or an
/// [`Event<T>`](crate::Event): a value for each name, each name once, in the order the
/// attributes were received or inserted.
///
/// Encoders write them in that order, so a received event goes out again as it came. Two
/// collections are equal when they hold the same names with the same values, in whatever
/// order. Names are found by hashing them with the standard library's hasher, which is keyed
/// at random, so no input can be built to make lookups slow; decoding an event of many
/// extensions costs one hash per name.
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
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Extensions(IndexMap<String, ExtensionValue>);

impl Extensions {
    /// No extensions.
    pub fn new() -> Self {
        Self::default()
    }

    /// No extensions, with room for `capacity` without reallocating.
    pub fn with_capacity(capacity: usize) -> Self {
        Extensions(IndexMap::with_capacity(capacity))
    }

    /// How many extension attributes there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value of the extension `name`.
    pub fn get(&self, name: &str) -> Option<&ExtensionValue> {
        self.0.get(name)
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
        self.0.get_mut(name)
    }

    /// Whether there is an extension `name`.
    pub fn contains_key(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// Sets the extension `name` to `value`, returning the value it replaced. A new name goes
    /// last; a name already present keeps its place.
    pub fn insert(
        &mut self,
        name: impl Into<String>,
        value: impl Into<ExtensionValue>,
    ) -> Option<ExtensionValue> {
        self.0.insert(name.into(), value.into())
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
        self.0.shift_remove(name)
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
        self.0.retain(|name, value| keep(name, value));
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
        self.0.sort_unstable_keys();
    }

    /// The names and values, in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter(self.0.iter())
    }

    /// The names, in order.
    pub fn names(&self) -> impl ExactSizeIterator<Item = &str> + DoubleEndedIterator {
        self.0.keys().map(String::as_str)
    }

    /// The values, in order.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &ExtensionValue> + DoubleEndedIterator {
        self.0.values()
    }

    /// Sets a received extension, as [`Extensions::insert`] does, and returns its name when
    /// it was already present. The hash that finds the name's place is the duplicate check.
    pub(crate) fn insert_received(&mut self, name: String, value: ExtensionValue) -> Option<&str> {
        let (index, old) = self.0.insert_full(name, value);
        old?;
        self.0.get_index(index).map(|(name, _)| name.as_str())
    }
}

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
        self.0.reserve(iter.size_hint().0);
        for (name, value) in iter {
            self.0.insert(name.into(), value.into());
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
        IntoIter(self.0.into_iter())
    }
}

/// The names and values of [`Extensions`], borrowed, in order ([`Extensions::iter`]).
#[derive(Debug, Clone)]
pub struct Iter<'a>(indexmap::map::Iter<'a, String, ExtensionValue>);

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
pub struct IntoIter(indexmap::map::IntoIter<String, ExtensionValue>);

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
