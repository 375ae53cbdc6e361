//! [`Extensions`]: the extension attributes of an event, by name, in the order they came.

use std::fmt;
use std::iter::FusedIterator;

use std::hash::{BuildHasher, Hasher, RandomState};

use hashbrown::HashTable;
use hashbrown::hash_table;
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
/// The names are kept one after another in one string, so that an event of many
/// extensions does not allocate (and free) each name on its own.
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
    /// Every name, one after another: one allocation for all of them.
    names: String,
    /// The values in order, each with where its name is in `names`; each name once.
    entries: Vec<Slot>,
    /// Where each name is in `entries`, by its hash: built once there are more than
    /// [`Extensions::LISTED`], so that the few extensions an event carries cost a list and nothing else.
    index: Option<Box<Index>>,
}

/// One extension: its name's place in [`Extensions::names`], and its value.
#[derive(Clone)]
struct Slot {
    start: usize,
    end: usize,
    value: ExtensionValue,
}

impl Slot {
    /// A slot to overwrite.
    const PLACEHOLDER: Slot = Slot {
        start: 0,
        end: 0,
        value: ExtensionValue::Boolean(false),
    };

    fn name<'a>(&self, names: &'a str) -> &'a str {
        &names[self.start..self.end]
    }
}

/// The positions of an [`Extensions`]'s entries, by the hash of their names.
#[derive(Clone)]
struct Index {
    table: HashTable<Indexed>,
    /// Keyed at random, so no input can be built to make names collide.
    hasher: RandomState,
}

/// One name in the [`Index`]: its hash, kept so that the table grows without hashing every
/// name again and a probe compares names only when the whole hash matches, and its
/// position in [`Extensions::entries`].
#[derive(Clone, Copy)]
struct Indexed {
    hash: u64,
    at: usize,
}

impl Index {
    /// An index of `entries`, with room for `capacity` names.
    fn of(names: &str, entries: &[Slot], capacity: usize) -> Index {
        let mut index = Index {
            table: HashTable::with_capacity(capacity),
            hasher: RandomState::new(),
        };
        for (at, slot) in entries.iter().enumerate() {
            let hash = hash_name(&index.hasher, slot.name(names));
            index
                .table
                .insert_unique(hash, Indexed { hash, at }, |indexed| indexed.hash);
        }
        index
    }

    /// Where `name` is in `entries`.
    #[inline]
    fn find(&self, name: &str, names: &str, entries: &[Slot]) -> Option<usize> {
        let hash = hash_name(&self.hasher, name);
        let found = self.table.find(hash, is(hash, name, names, entries));
        found.map(|indexed| indexed.at)
    }
}

/// Whether an indexed name is `name`, whose hash is `hash`: the hashes are compared first,
/// so that a probe reads a name only when they agree.
#[inline]
fn is<'a>(
    hash: u64,
    name: &'a str,
    names: &'a str,
    entries: &'a [Slot],
) -> impl Fn(&Indexed) -> bool + 'a {
    move |indexed| indexed.hash == hash && entries[indexed.at].name(names) == name
}

/// The hash of a name: its bytes in one write. `str`'s own `Hash` writes a second, one-byte
/// piece after them (so that a tuple of strings hashes apart from their concatenation),
/// which matters to nothing here, where a hash stands for one name alone, and cost a fifth
/// of the hashing.
#[inline]
fn hash_name(hasher: &RandomState, name: &str) -> u64 {
    let mut state = hasher.build_hasher();
    state.write(name.as_bytes());
    state.finish()
}

impl Extensions {
    /// Up to this many extensions, a name is found by comparing it with each: cheaper than a
    /// hash for the few that real events carry, and no allocation beyond the list.
    pub(crate) const LISTED: usize = 16;

    /// The room the first name takes in [`Extensions::names`]: the names of the few
    /// extensions most events carry (`traceparent`, `tracestate`, ...).
    const FEW_NAME_BYTES: usize = 64;

    /// No extensions.
    pub fn new() -> Self {
        Self::default()
    }

    /// No extensions, with room for `capacity` without reallocating the list.
    pub fn with_capacity(capacity: usize) -> Self {
        Extensions {
            names: String::new(),
            entries: Vec::with_capacity(capacity),
            index: None,
        }
    }

    /// No extensions, with room for `count` of them whose names take `name_bytes` in all.
    pub(crate) fn with_room(count: usize, name_bytes: usize) -> Self {
        Extensions {
            names: String::with_capacity(name_bytes),
            entries: Vec::with_capacity(count),
            index: None,
        }
    }

    /// The extensions of a list whose names a decoder already found distinct, in its order:
    /// no comparison per name, room made once, and the index built once if there are many.
    pub(crate) fn from_distinct<N: AsRef<str>>(
        count: usize,
        name_bytes: usize,
        list: impl IntoIterator<Item = (N, ExtensionValue)>,
    ) -> Self {
        let mut extensions = Extensions::with_room(count, name_bytes);
        let names = &mut extensions.names;
        extensions
            .entries
            .extend(list.into_iter().map(|(name, value)| {
                let start = names.len();
                names.push_str(name.as_ref());
                Slot {
                    start,
                    end: names.len(),
                    value,
                }
            }));
        if extensions.entries.len() > Self::LISTED {
            extensions.index = Some(Box::new(Index::of(
                &extensions.names,
                &extensions.entries,
                extensions.entries.len(),
            )));
        }
        debug_assert!(
            extensions
                .index
                .as_ref()
                .is_none_or(|i| i.table.len() == extensions.len()),
            "names given as distinct repeat"
        );
        extensions
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
        let names = self.names.as_str();
        match &self.index {
            None => self
                .entries
                .iter()
                .position(|slot| slot.name(names) == name),
            Some(index) => index.find(name, names, &self.entries),
        }
    }

    /// The value of the extension `name`.
    pub fn get(&self, name: &str) -> Option<&ExtensionValue> {
        self.position(name).map(|at| &self.entries[at].value)
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
        self.position(name).map(|at| &mut self.entries[at].value)
    }

    /// Whether there is an extension `name`.
    pub fn contains_key(&self, name: &str) -> bool {
        self.position(name).is_some()
    }

    /// Sets the extension `name` to `value`, returning the value it replaced. A new name goes
    /// last; a name already present keeps its place.
    pub fn insert(
        &mut self,
        name: impl AsRef<str>,
        value: impl Into<ExtensionValue>,
    ) -> Option<ExtensionValue> {
        match self.place(name.as_ref(), value.into()) {
            Ok(()) => None,
            Err((at, value)) => Some(std::mem::replace(&mut self.entries[at].value, value)),
        }
    }

    /// Adds `name` last, or, when it is already present, gives back its position and
    /// `value`: finding its place is the duplicate check, one comparison per name up to
    /// [`Extensions::LISTED`] names and one hash past them.
    fn place(&mut self, name: &str, value: ExtensionValue) -> Result<(), (usize, ExtensionValue)> {
        let names = &mut self.names;
        let entries = &mut self.entries;
        let slot = |names: &mut String, value| {
            let start = names.len();
            names.push_str(name);
            Slot {
                start,
                end: names.len(),
                value,
            }
        };
        let Some(index) = &mut self.index else {
            if let Some(at) = entries.iter().position(|slot| slot.name(names) == name) {
                return Err((at, value));
            }
            // Room for the names of the few extensions an event carries at once, rather
            // than a copy for each name that does not fit.
            if names.capacity() == 0 {
                names.reserve(name.len().max(Self::FEW_NAME_BYTES));
            }
            entries.push(slot(names, value));
            if entries.len() > Self::LISTED {
                self.index = Some(Box::new(Index::of(names, entries, entries.capacity())));
            }
            return Ok(());
        };
        let Index { table, hasher } = &mut **index;
        let hash = hash_name(hasher, name);
        match table.entry(hash, is(hash, name, names, entries), |i| i.hash) {
            hash_table::Entry::Occupied(found) => Err((found.get().at, value)),
            hash_table::Entry::Vacant(vacant) => {
                let at = entries.len();
                vacant.insert(Indexed { hash, at });
                entries.push(slot(names, value));
                Ok(())
            }
        }
    }

    /// After entries were removed or moved: keeps only the names still used, and rebuilds
    /// the index, or drops it when few are left.
    fn rebuild(&mut self) {
        let mut names = String::with_capacity(self.entries.iter().map(|s| s.end - s.start).sum());
        for slot in &mut self.entries {
            let start = names.len();
            names.push_str(&self.names[slot.start..slot.end]);
            (slot.start, slot.end) = (start, names.len());
        }
        self.names = names;
        self.index = (self.entries.len() > Self::LISTED)
            .then(|| Box::new(Index::of(&self.names, &self.entries, self.entries.len())));
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
        let slot = self.entries.remove(at);
        self.rebuild();
        Some(slot.value)
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
        let names = self.names.as_str();
        self.entries
            .retain_mut(|slot| keep(&names[slot.start..slot.end], &mut slot.value));
        if self.entries.len() != before {
            self.rebuild();
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
        let names = self.names.as_str();
        self.entries
            .sort_unstable_by(|a, b| a.name(names).cmp(b.name(names)));
        if self.index.is_some() {
            self.rebuild();
        }
    }

    /// The names and values, in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            names: &self.names,
            entries: self.entries.iter(),
        }
    }

    /// The names, in order.
    pub fn names(&self) -> impl ExactSizeIterator<Item = &str> + DoubleEndedIterator {
        self.iter().map(|(name, _)| name)
    }

    /// The values, in order.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &ExtensionValue> + DoubleEndedIterator {
        self.entries.iter().map(|slot| &slot.value)
    }

    /// Sets a received extension, as [`Extensions::insert`] does, and returns its name when
    /// it was already present: finding the name's place is the duplicate check.
    // Forced inline into the decoders, with `add_indexed` and `OwnedExtensions::add`: as
    // calls, each passed the value and the map's parts on through memory. Inlined, an event
    // of 80,000 extensions decodes in a tenth fewer instructions (callgrind).
    #[inline(always)]
    #[allow(clippy::inline_always)] // Measured; see above.
    pub(crate) fn insert_received(&mut self, name: &str, value: ExtensionValue) -> Option<&str> {
        let at = if let Some(index) = &mut self.index {
            Self::add_indexed(index, &mut self.names, &mut self.entries, name, value)?
        } else {
            let (at, value) = self.place(name, value).err()?;
            self.entries[at].value = value;
            at
        };
        Some(self.entries[at].name(&self.names))
    }

    /// [`Extensions::insert_received`] past [`Extensions::LISTED`] names, where an event of
    /// many extensions spends its time: a new name is added, a known one takes `value` in
    /// its place and its position comes back. Nothing is moved through a return value.
    // Forced inline: see `Extensions::insert_received`.
    #[inline(always)]
    #[allow(clippy::inline_always)] // Measured; see `Extensions::insert_received`.
    fn add_indexed(
        index: &mut Index,
        names: &mut String,
        entries: &mut Vec<Slot>,
        name: &str,
        value: ExtensionValue,
    ) -> Option<usize> {
        let Index { table, hasher } = index;
        let hash = hash_name(hasher, name);
        match table.entry(hash, is(hash, name, names, entries), |i| i.hash) {
            hash_table::Entry::Occupied(found) => {
                let at = found.get().at;
                entries[at].value = value;
                Some(at)
            }
            hash_table::Entry::Vacant(vacant) => {
                let at = entries.len();
                vacant.insert(Indexed { hash, at });
                let start = names.len();
                names.push_str(name);
                entries.push(Slot {
                    start,
                    end: names.len(),
                    value,
                });
                None
            }
        }
    }
}

/// What a decoder of many extensions uses: names added as they come and indexed once, when
/// their number is known.
impl Extensions {
    /// Adds `name` last without looking for it: many names cost one index, built for them
    /// all by [`Extensions::index_received`], instead of an index that is rebuilt each time
    /// it grows. Until then a name may be present more than once.
    #[inline(always)]
    #[allow(clippy::inline_always)] // Measured; see `Extensions::insert_received`.
    pub(crate) fn push_received(&mut self, name: &str, value: ExtensionValue) {
        let start = self.names.len();
        self.names.push_str(name);
        let slot = Slot {
            start,
            end: self.names.len(),
            value,
        };
        // A constant is pushed and the slot written in its place. Pushed itself, the slot
        // went to `Vec::push` (not inlined into the decoder) through memory, whose wide
        // loads waited on the narrow stores that had just built it (a store-forwarding
        // stall, a tenth of decoding many extensions by `perf annotate`).
        self.entries.push(Slot::PLACEHOLDER);
        if let Some(last) = self.entries.last_mut() {
            *last = slot;
        }
    }

    /// The value of the extension added last, for a decoder to write it in place.
    pub(crate) fn last_value_mut(&mut self) -> Option<&mut ExtensionValue> {
        self.entries.last_mut().map(|slot| &mut slot.value)
    }

    /// Room for the names a decoder may add with [`Extensions::push_received`] from the
    /// `unread` bytes of its input left: as many as fit, each at least
    /// [`Extensions::RECEIVED_BYTES`] long, so that the list is not copied as it grows. What
    /// is left unused is given back by [`Extensions::index_received`].
    pub(crate) fn reserve_received(&mut self, unread: usize) {
        self.entries.reserve(unread / Self::RECEIVED_BYTES);
        self.names.reserve(unread / 2);
    }

    /// The fewest bytes a distinct extension takes in a JSON object, past the first few:
    /// `,"ab":1`.
    const RECEIVED_BYTES: usize = 7;

    /// Indexes the names added by [`Extensions::push_received`], with room for exactly
    /// them. A name present more than once keeps its first place and takes its last value,
    /// as [`Extensions::insert`] would have done; the first name met a second time comes
    /// back.
    pub(crate) fn index_received(&mut self) -> Option<String> {
        if self.index.is_some() || self.entries.len() <= Self::LISTED {
            return None;
        }
        let mut index = Index {
            table: HashTable::with_capacity(self.entries.len()),
            hasher: RandomState::new(),
        };
        let mut repeated = None;
        let count = self.entries.len();
        // The entries a name took again, once one is found.
        let mut kept: Vec<bool> = Vec::new();
        for at in 0..count {
            let (before, rest) = self.entries.split_at_mut(at);
            let name = rest[0].name(&self.names);
            let hash = hash_name(&index.hasher, name);
            let table = &mut index.table;
            match table.entry(hash, is(hash, name, &self.names, before), |i| i.hash) {
                hash_table::Entry::Vacant(vacant) => {
                    vacant.insert(Indexed { hash, at });
                }
                hash_table::Entry::Occupied(first) => {
                    repeated.get_or_insert_with(|| name.to_owned());
                    if kept.is_empty() {
                        kept = vec![true; count];
                    }
                    kept[at] = false;
                    let value =
                        std::mem::replace(&mut rest[0].value, ExtensionValue::Boolean(false));
                    before[first.get().at].value = value;
                }
            }
        }
        // Room given by `reserve_received` and not taken.
        if self.entries.capacity() / 2 > self.entries.len() {
            self.entries.shrink_to_fit();
        }
        if self.names.capacity() / 2 > self.names.len() {
            self.names.shrink_to_fit();
        }
        if kept.is_empty() {
            self.index = Some(Box::new(index));
        } else {
            let mut kept = kept.into_iter();
            self.entries.retain(|_| kept.next().unwrap_or(true));
            self.rebuild();
        }
        repeated
    }
}

/// What encoders and validation read: the extensions as they are kept, without the layers
/// of [`Iter`].
impl Extensions {
    /// Every name, one after another. Each name is a piece of this text, so a test that holds
    /// for each of its bytes holds for every name: one scan for all of them.
    pub(crate) fn name_text(&self) -> &str {
        &self.names
    }

    /// The names, as bytes, and the values, in order: a byte slice is all an encoder needs of
    /// a name, and costs a bounds check where a `str` slice also checks both ends for a
    /// character boundary.
    pub(crate) fn raw(&self) -> impl ExactSizeIterator<Item = (&[u8], &ExtensionValue)> {
        let names = self.names.as_bytes();
        self.entries
            .iter()
            .map(move |slot| (&names[slot.start..slot.end], &slot.value))
    }

    /// As [`Extensions::raw`], each name given as its length and the text from its start to
    /// the end of all names: an encoder may then copy a short name as a fixed-size piece of
    /// that text and cut back what followed it, with no call to copy a few bytes.
    pub(crate) fn raw_in_text(
        &self,
    ) -> impl ExactSizeIterator<Item = (usize, &[u8], &ExtensionValue)> {
        let names = self.names.as_bytes();
        self.entries
            .iter()
            .map(move |slot| (slot.end - slot.start, &names[slot.start..], &slot.value))
    }

    /// [`Extensions::raw_in_text`] as text, for an encoder that writes a `String`. (The bytes
    /// cost the JSON encoder less: no test that a name starts a character.)
    pub(crate) fn in_text(&self) -> impl ExactSizeIterator<Item = (usize, &str, &ExtensionValue)> {
        let names = self.names.as_str();
        self.entries
            .iter()
            .map(move |slot| (slot.end - slot.start, &names[slot.start..], &slot.value))
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
impl<N: AsRef<str>, V: Into<ExtensionValue>> FromIterator<(N, V)> for Extensions {
    fn from_iter<I: IntoIterator<Item = (N, V)>>(iter: I) -> Self {
        let mut extensions = Extensions::new();
        extensions.extend(iter);
        extensions
    }
}

/// As [`Extensions::insert`] for each.
impl<N: AsRef<str>, V: Into<ExtensionValue>> Extend<(N, V)> for Extensions {
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

/// Each name becomes a `String` of its own as it is taken.
impl IntoIterator for Extensions {
    type Item = (String, ExtensionValue);
    type IntoIter = IntoIter;

    fn into_iter(self) -> IntoIter {
        IntoIter {
            names: self.names,
            entries: self.entries.into_iter(),
        }
    }
}

/// The names and values of [`Extensions`], borrowed, in order ([`Extensions::iter`]).
#[derive(Clone)]
pub struct Iter<'a> {
    names: &'a str,
    entries: std::slice::Iter<'a, Slot>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a str, &'a ExtensionValue);

    fn next(&mut self) -> Option<Self::Item> {
        let slot = self.entries.next()?;
        Some((slot.name(self.names), &slot.value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.entries.size_hint()
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let slot = self.entries.next_back()?;
        Some((slot.name(self.names), &slot.value))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl FusedIterator for Iter<'_> {}

impl fmt::Debug for Iter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

/// The names and values of [`Extensions`], by value, in order.
pub struct IntoIter {
    names: String,
    entries: std::vec::IntoIter<Slot>,
}

impl Iterator for IntoIter {
    type Item = (String, ExtensionValue);

    fn next(&mut self) -> Option<Self::Item> {
        let slot = self.entries.next()?;
        Some((slot.name(&self.names).to_owned(), slot.value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.entries.size_hint()
    }
}

impl DoubleEndedIterator for IntoIter {
    fn next_back(&mut self) -> Option<Self::Item> {
        let slot = self.entries.next_back()?;
        Some((slot.name(&self.names).to_owned(), slot.value))
    }
}

impl ExactSizeIterator for IntoIter {}

impl FusedIterator for IntoIter {}

impl fmt::Debug for IntoIter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rest = self.entries.as_slice().iter();
        f.debug_list()
            .entries(rest.map(|slot| (slot.name(&self.names), &slot.value)))
            .finish()
    }
}

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
        for count in [
            0,
            1,
            Extensions::LISTED,
            Extensions::LISTED + 1,
            10 * Extensions::LISTED,
        ] {
            let mut extensions = numbered(count);
            assert_eq!(extensions.len(), count);
            assert_eq!(extensions.index.is_some(), count > Extensions::LISTED);
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
        for count in [3, 10 * Extensions::LISTED] {
            let mut extensions = numbered(count);
            let repeated = extensions.insert_received("e2", "last".into());
            assert_eq!(repeated, Some("e2"));
            assert_eq!(extensions.get("e2"), Some(&ExtensionValue::from("last")));
            assert_eq!(extensions.insert_received("new", true.into()), None);
            assert_eq!(extensions.len(), count + 1);
        }
    }

    #[test]
    fn removal_and_retain_keep_the_index_true() {
        let mut extensions = numbered(3 * Extensions::LISTED);
        assert_eq!(extensions.remove("e5"), Some(ExtensionValue::Integer(5)));
        assert_eq!(extensions.get("e6"), Some(&ExtensionValue::Integer(6)));
        extensions.retain(|name, _| name.len() == 2);
        // e0..e9 less e5: nine left, a list again.
        assert_eq!(extensions.len(), 9);
        assert!(extensions.index.is_none());
        assert_eq!(extensions.get("e9"), Some(&ExtensionValue::Integer(9)));
        assert_eq!(extensions.get("e10"), None);
        let mut sorted = numbered(3 * Extensions::LISTED);
        sorted.sort_by_name();
        assert_eq!(sorted.names().nth(1), Some("e1"));
        assert_eq!(sorted.names().nth(2), Some("e10"));
        assert_eq!(sorted.get("e47"), Some(&ExtensionValue::Integer(47)));
    }

    #[test]
    fn equality_ignores_order_and_form() {
        let forward = numbered(2 * Extensions::LISTED);
        let backward: Extensions = forward.iter().rev().map(|(n, v)| (n, v.clone())).collect();
        assert_eq!(forward, backward);
        // Indexed once, then cut down to a list-sized count: still equal to a list.
        let mut cut = numbered(2 * Extensions::LISTED);
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
