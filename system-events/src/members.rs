//! How a generated payload struct reads a JSON object: member names matched exactly first,
//! then ignoring ASCII case, then by the aliases its schema records; every member no field
//! takes, and every other departure, handed to [`crate::report`].
//!
//! Generated code implements [`Members`] (a `match` over the exact names, and a
//! `read_members` that reads each member's value into a local through [`MemberReader`], then
//! builds the struct) and calls [`deserialize`]; the field values are read through the seeds
//! below, which give list items and map entries their place in the JSON path.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use eventgrid_types::DataMemberKind;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::report::{self, Mode};

/// A generated struct's members.
pub trait Members: Sized {
    /// The member names of the fields, in field order.
    const NAMES: &'static [&'static str];
    /// Other names the schema records for a field (IoT Hub's `$`-prefixed twin members, names
    /// from older schema versions): `(name, field index)`.
    const ALIASES: &'static [(&'static str, usize)] = &[];

    /// The field whose member name is exactly `name`.
    fn exact(name: &str) -> Option<usize>;

    /// Reads the struct from the members of an object: each field's value into a local, taken
    /// through [`MemberReader`], and the struct built once at the end, as serde's derive
    /// does.
    fn read_members<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;

    /// The field that takes a member spelled otherwise: by case-blind name, then by alias.
    #[cold]
    fn other_spelling(name: &str) -> Option<usize> {
        Self::NAMES
            .iter()
            .position(|known| known.eq_ignore_ascii_case(name))
            .or_else(|| {
                Self::ALIASES
                    .iter()
                    .find(|(alias, _)| *alias == name)
                    .or_else(|| {
                        Self::ALIASES
                            .iter()
                            .find(|(alias, _)| alias.eq_ignore_ascii_case(name))
                    })
                    .map(|&(_, index)| index)
            })
    }
}

/// `Deserialize::deserialize` of a generated struct.
pub fn deserialize<'de, T: Members, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(MembersVisitor(PhantomData))
}

struct MembersVisitor<T>(PhantomData<T>);

impl<'de, T: Members> Visitor<'de> for MembersVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read_members(map)
    }
}

/// A member name, resolved to a field while it is still borrowed. Small, so that the common
/// case (an exact name) is returned in registers; a name spelled otherwise is kept in the
/// seed's buffer, for the report.
enum Key {
    Exact(usize),
    Renamed(usize),
    Unknown,
}

/// Reads a member name; a name that is not a field's own is copied into `spelling`.
struct KeySeed<'a, T> {
    spelling: &'a mut String,
    members: PhantomData<T>,
}

impl<'de, T: Members> DeserializeSeed<'de> for KeySeed<'_, T> {
    type Value = Key;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<T: Members> Visitor<'_> for KeySeed<'_, T> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
        match T::exact(name) {
            Some(index) => Ok(Key::Exact(index)),
            None => Ok(self.other(name)),
        }
    }
}

impl<T: Members> KeySeed<'_, T> {
    #[cold]
    fn other(self, name: &str) -> Key {
        self.spelling.clear();
        self.spelling.push_str(name);
        match T::other_spelling(name) {
            Some(index) => Key::Renamed(index),
            None => Key::Unknown,
        }
    }
}

/// Walks the members of one object for a generated [`Members::read_members`]: says which
/// field each member is for, and reads its value. Exact names in a quiet pass take the
/// inlined fast path; every departure (a member no field takes, another spelling, a repeat)
/// and every reporting pass go through the cold functions below.
pub struct MemberReader<T> {
    mode: Mode,
    /// Fields seen so far, for the first 128 (in two words, so that the structs of at most
    /// 64 fields, all the generated ones, test one); a later repeat is a duplicate.
    seen: [u64; 2],
    /// The field of the member being read, and whether its name was spelled otherwise.
    current: usize,
    renamed: bool,
    /// The last name that was not a field's own; allocated only when there is one.
    spelling: String,
    /// Enum values read in other letter case, by field and item.
    spellings: Vec<(Spot, Box<str>)>,
    members: PhantomData<T>,
}

impl<T: Members> Default for MemberReader<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Members> MemberReader<T> {
    /// A reader for one object, in the report mode of the decode under way.
    #[inline]
    pub fn new() -> Self {
        MemberReader {
            mode: report::mode(),
            seen: [0; 2],
            current: 0,
            renamed: false,
            spelling: String::new(),
            spellings: Vec::new(),
            members: PhantomData,
        }
    }

    /// The field of the next member, or `None` after the last; members no field takes are
    /// skipped here (and reported).
    #[inline]
    pub fn next_field<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
    ) -> Result<Option<usize>, A::Error> {
        loop {
            let key = KeySeed::<T> {
                spelling: &mut self.spelling,
                members: PhantomData,
            };
            match map.next_key_seed(key)? {
                None => return Ok(None),
                Some(Key::Exact(index)) => {
                    self.current = index;
                    self.renamed = false;
                    self.see(index);
                    return Ok(Some(index));
                }
                Some(Key::Renamed(index)) => return Ok(Some(self.renamed(index))),
                Some(Key::Unknown) => {
                    departure(self.mode, &self.spelling, DataMemberKind::Unknown);
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
    }

    /// Field `index` is being read under another name (case-blind, or an alias).
    #[cold]
    fn renamed(&mut self, index: usize) -> usize {
        self.current = index;
        self.renamed = true;
        self.see(index);
        if self.mode == Mode::Quiet {
            report::mark();
        }
        index
    }

    /// Marks field `index` seen; a repeat is a departure.
    #[inline]
    fn see(&mut self, index: usize) {
        // Every generated struct has at most 64 fields, where this is a shift and a test of
        // one word; larger ones (other generators' input) are checked for their first 128.
        let (word, bit) = if T::NAMES.len() <= 64 {
            (0, 1u64 << (index & 63))
        } else if index < 128 {
            (index / 64, 1u64 << (index % 64))
        } else {
            (0, 0)
        };
        if self.seen[word] & bit != 0 {
            departure(self.mode, self.name(), DataMemberKind::Duplicate);
        }
        self.seen[word] |= bit;
    }

    /// The member name of the field being read, as received.
    fn name(&self) -> &str {
        if self.renamed {
            &self.spelling
        } else {
            T::NAMES.get(self.current).copied().unwrap_or_default()
        }
    }

    /// Reads the value of the member [`MemberReader::next_field`] returned into its field's
    /// local. A reporting pass that recovers records a value that cannot be read and leaves
    /// the local as it was.
    #[inline]
    pub fn read<'de, A: MapAccess<'de>, S: DeserializeSeed<'de>>(
        &mut self,
        map: &mut A,
        field: &mut S::Value,
        seed: S,
    ) -> Result<(), A::Error> {
        match self.mode {
            Mode::Quiet => {
                *field = map.next_value_seed(seed)?;
                Ok(())
            }
            Mode::Reporting { recover } => self.read_reporting(recover, map, field, seed),
        }
    }

    #[cold]
    #[inline(never)]
    fn read_reporting<'de, A: MapAccess<'de>, S: DeserializeSeed<'de>>(
        &mut self,
        recover: bool,
        map: &mut A,
        field: &mut S::Value,
        seed: S,
    ) -> Result<(), A::Error> {
        let depth = report::enter_member(self.name());
        if self.renamed {
            report::record(DataMemberKind::Renamed {
                expected: T::NAMES.get(self.current).copied().unwrap_or_default(),
            });
        }
        match map.next_value_seed(seed) {
            Ok(value) => *field = value,
            Err(error) if recover => report::record(DataMemberKind::Invalid {
                message: error.to_string(),
            }),
            Err(error) => return Err(error),
        }
        report::leave(depth);
        Ok(())
    }

    /// [`MemberReader::read`] for a field holding a string enum, or a list of them: each
    /// value read in other letter case keeps its spelling, for
    /// [`MemberReader::into_spellings`]. The seed ([`Spelled`], or [`Items`] of it) returns
    /// the spellings with the values, so nothing is handed over on the side.
    #[inline]
    pub fn read_enum<'de, A, R, S>(
        &mut self,
        map: &mut A,
        field: &mut Option<R::Value>,
        seed: S,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
        R: SpelledValue,
        S: DeserializeSeed<'de, Value = Option<R>>,
    {
        let mut read = None;
        self.read(map, &mut read, Present(seed))?;
        // `None`: a reporting pass recorded a value it could not read, and the field keeps
        // what it had, spellings included.
        if let Some(value) = read {
            let mut found = Vec::new();
            *field = value.map(|value| value.split(&mut found));
            if !found.is_empty() || !self.spellings.is_empty() {
                self.keep_spellings(found);
            }
        }
        Ok(())
    }

    /// The field just read has the values `found` spelled otherwise (by item; none: all as
    /// listed); a repeated member replaces what an earlier one left.
    #[cold]
    fn keep_spellings(&mut self, found: Vec<(Option<usize>, Box<str>)>) {
        let field = self.current;
        self.spellings.retain(|(spot, _)| spot.field != field);
        self.spellings.extend(
            found
                .into_iter()
                .map(|(item, spelling)| (Spot { field, item }, spelling)),
        );
    }

    /// The spellings kept by [`MemberReader::read_enum`], for the struct's `Spellings` field.
    pub fn into_spellings(self) -> Spellings {
        Spellings(self.spellings)
    }
}

/// Wraps what a seed read in `Some`, so that a caller can tell a value from none read.
struct Present<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Present<S> {
    type Value = Option<S::Value>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(deserializer).map(Some)
    }
}

/// A departure at the member `name` of the object being read.
#[cold]
fn departure(mode: Mode, name: &str, kind: DataMemberKind) {
    match mode {
        Mode::Quiet => report::mark(),
        Mode::Reporting { .. } => {
            let depth = report::enter_member(name);
            report::record(kind);
            report::leave(depth);
        }
    }
}

/// Where an enum value sits in a struct: its field, and its item when the field is a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Spot {
    field: usize,
    item: Option<usize>,
}

/// The spellings, as received, of the values of a struct's enum fields (and of the items of
/// its lists of enums) that were read in other letter case: the struct's `Serialize` writes
/// them in place of the listed spelling, so that a received payload goes out as it came.
///
/// Not part of a value's identity: two payloads that differ only in the letter case of an
/// enum value compare equal, as the values do.
#[derive(Clone, Default)]
pub struct Spellings(Vec<(Spot, Box<str>)>);

impl Spellings {
    /// What to write for field `index`, whose value spells itself `listed`.
    pub fn of<'a>(&'a self, index: usize, listed: &'a str) -> &'a str {
        self.at(Spot {
            field: index,
            item: None,
        })
        .unwrap_or(listed)
    }

    /// What to write for field `index`, a list of enum values: each item as received.
    pub fn items<'a, E: StringEnum>(&'a self, index: usize, items: &'a [E]) -> SpelledItems<'a, E> {
        SpelledItems {
            spellings: self,
            field: index,
            items,
        }
    }

    fn at(&self, spot: Spot) -> Option<&str> {
        self.0
            .iter()
            .find(|(at, _)| *at == spot)
            .map(|(_, found)| &**found)
    }
}

/// A list of enum values written as received ([`Spellings::items`]).
pub struct SpelledItems<'a, E> {
    spellings: &'a Spellings,
    field: usize,
    items: &'a [E],
}

impl<E: StringEnum> serde::Serialize for SpelledItems<'_, E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.items.iter().enumerate().map(|(item, value)| {
            let spot = Spot {
                field: self.field,
                item: Some(item),
            };
            self.spellings.at(spot).unwrap_or_else(|| value.wire())
        }))
    }
}

impl PartialEq for Spellings {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl fmt::Debug for Spellings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(spot, found)| match spot.item {
                None => (spot.field.to_string(), found),
                Some(item) => (format!("{}[{item}]", spot.field), found),
            }))
            .finish()
    }
}

/// A boxed field: the inner seed's value, boxed.
#[derive(Clone, Copy)]
pub struct Boxed<S>(pub S);

impl<'de, T, S: DeserializeSeed<'de, Value = Option<T>>> DeserializeSeed<'de> for Boxed<S> {
    type Value = Option<Box<T>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.0
            .deserialize(deserializer)
            .map(|value| value.map(Box::new))
    }
}

/// A seed that is nothing but its type: a `const` constructor for generated code, and
/// `Clone`, `Copy` and `Default` whatever the type (a derive would ask the type for them).
macro_rules! marker_seed {
    ($(#[$attr:meta])* $name:ident) => {
        $(#[$attr])*
        pub struct $name<T>(PhantomData<fn() -> T>);

        impl<T> $name<T> {
            /// The seed (a `const` for generated code).
            pub const fn new() -> Self {
                $name(PhantomData)
            }
        }

        impl<T> Default for $name<T> {
            fn default() -> Self {
                Self::new()
            }
        }

        impl<T> Clone for $name<T> {
            fn clone(&self) -> Self {
                *self
            }
        }

        impl<T> Copy for $name<T> {}
    };
}
pub(crate) use marker_seed;

/// A seed for a field's value, with or without the field's own decoding helper.
pub trait Seed<'de>: DeserializeSeed<'de> + Copy {}

impl<'de, S: DeserializeSeed<'de> + Copy> Seed<'de> for S {}

marker_seed!(
    /// `T`'s own `Deserialize`.
    Plain
);

impl<'de, T: serde::Deserialize<'de>> DeserializeSeed<'de> for Plain<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize(deserializer)
    }
}

/// `null` as `None`, anything else through the inner seed.
#[derive(Clone, Copy)]
pub struct Nullable<S>(pub S);

impl<'de, S: Seed<'de>> DeserializeSeed<'de> for Nullable<S> {
    type Value = Option<S::Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de, S: Seed<'de>> Visitor<'de> for Nullable<S> {
    type Value = Option<S::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(deserializer).map(Some)
    }
}

/// An array whose items are read by the inner seed; a reporting pass that recovers leaves
/// out an item that cannot be read and records it.
#[derive(Clone, Copy)]
pub struct Items<S>(pub S);

impl<'de, S: Seed<'de>> DeserializeSeed<'de> for Items<S> {
    type Value = Vec<S::Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, S: Seed<'de>> Visitor<'de> for Items<S> {
    type Value = Vec<S::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        match report::mode() {
            Mode::Quiet => {
                while let Some(item) = seq.next_element_seed(self.0)? {
                    items.push(item);
                }
            }
            Mode::Reporting { recover } => {
                for index in 0.. {
                    let depth = report::enter_index(index);
                    let item = seq.next_element_seed(self.0);
                    match item {
                        Ok(Some(item)) => items.push(item),
                        Ok(None) => {
                            report::leave(depth);
                            break;
                        }
                        Err(error) if recover => report::record(DataMemberKind::Invalid {
                            message: error.to_string(),
                        }),
                        Err(error) => return Err(error),
                    }
                    report::leave(depth);
                }
            }
        }
        Ok(items)
    }
}

/// An object whose member values are read by the inner seed, into a sorted map; a reporting
/// pass that recovers leaves out an entry that cannot be read and records it.
#[derive(Clone, Copy)]
pub struct Entries<S>(pub S);

impl<'de, S: Seed<'de>> DeserializeSeed<'de> for Entries<S> {
    type Value = BTreeMap<String, S::Value>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, S: Seed<'de>> Visitor<'de> for Entries<S> {
    type Value = BTreeMap<String, S::Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let Mode::Reporting { recover } = report::mode() else {
            // Read in order, then built in one go: the bulk build sorts the entries (one
            // comparison each when they come sorted) where an insert searches the tree for
            // each, and of a repeated key it keeps the last, as an insert does. Fewer entries
            // than were read means a repeat.
            let mut read = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                read.push((key, map.next_value_seed(self.0)?));
            }
            let count = read.len();
            let entries = BTreeMap::from_iter(read);
            if entries.len() != count {
                report::mark();
            }
            return Ok(entries);
        };
        self.visit_reporting(recover, map)
    }
}

impl<'de, S: Seed<'de>> Entries<S> {
    /// [`Visitor::visit_map`] in a reporting pass.
    #[cold]
    #[inline(never)]
    fn visit_reporting<A: MapAccess<'de>>(
        self,
        recover: bool,
        mut map: A,
    ) -> Result<BTreeMap<String, S::Value>, A::Error> {
        let mut entries = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            let depth = report::enter_member(&key);
            match map.next_value_seed(self.0) {
                Ok(value) => {
                    if entries.contains_key(&key) {
                        report::record(DataMemberKind::Duplicate);
                    }
                    entries.insert(key, value);
                }
                Err(error) if recover => report::record(DataMemberKind::Invalid {
                    message: error.to_string(),
                }),
                Err(error) => return Err(error),
            }
            report::leave(depth);
        }
        Ok(entries)
    }
}

/// The generated string enums: listed values matched exactly, then ignoring ASCII case (as
/// Azure treats them), any other value kept verbatim.
pub trait StringEnum: Sized {
    /// The listed values, in variant order.
    const VALUES: &'static [&'static str];

    /// The listed value `value` spells exactly, if any.
    fn known(value: &str) -> Option<Self>;

    /// The variant of listed value `index` (of [`StringEnum::VALUES`]).
    fn listed(index: usize) -> Option<Self>;

    /// A value the schema does not list.
    fn other(value: String) -> Self;

    /// The value as sent on the wire (the listed spelling, or an unlisted value verbatim).
    fn wire(&self) -> &str;

    /// The value `value` names, reporting a listed value in other letter case.
    #[inline]
    fn read(value: &str) -> Option<Self> {
        Self::known(value).or_else(|| Self::case_blind(value))
    }

    /// The listed value `value` names in other letter case, reported; `None` when the schema
    /// does not list it in any case.
    #[cold]
    fn case_blind(value: &str) -> Option<Self> {
        let index = Self::VALUES
            .iter()
            .position(|listed| listed.eq_ignore_ascii_case(value))?;
        let listed = Self::listed(index)?;
        match report::mode() {
            Mode::Quiet => report::mark(),
            Mode::Reporting { .. } => report::record(DataMemberKind::EnumCase {
                found: value.to_owned(),
            }),
        }
        Some(listed)
    }

    /// The value `value` names, taking ownership of an unlisted one.
    fn from_string(value: String) -> Self {
        Self::read(&value).unwrap_or_else(|| Self::other(value))
    }
}

/// A string enum value as a field read it: the value, and its spelling when that is not the
/// listed one (a listed value in other letter case).
pub struct Received<E> {
    value: E,
    spelling: Option<Box<str>>,
}

impl<E: StringEnum> Received<E> {
    /// What `value` names, with its spelling when it is a listed value in other case; `own`
    /// copies an unlisted value, which is kept verbatim.
    #[inline]
    fn read<V: AsRef<str>>(value: V, own: impl FnOnce(V) -> String) -> Self {
        match E::known(value.as_ref()) {
            Some(value) => Received {
                value,
                spelling: None,
            },
            None => Self::unlisted(value, own),
        }
    }

    /// A value that is not exactly a listed one; `own` copies it when it is kept verbatim.
    #[cold]
    fn unlisted<V: AsRef<str>>(value: V, own: impl FnOnce(V) -> String) -> Self {
        match E::case_blind(value.as_ref()) {
            Some(listed) => Received {
                value: listed,
                spelling: Some(value.as_ref().into()),
            },
            None => Received {
                value: E::other(own(value)),
                spelling: None,
            },
        }
    }
}

/// What a field holding string enums reads: its value, and the spellings to keep.
pub trait SpelledValue {
    /// The field's value (without the field's `Option`).
    type Value;

    /// The value, and into `found` each spelling to keep, by item for a list.
    fn split(self, found: &mut Vec<(Option<usize>, Box<str>)>) -> Self::Value;
}

impl<E> Received<E> {
    /// The value, its spelling (if kept) added to `found` at `item`.
    #[inline]
    fn split_at(self, item: Option<usize>, found: &mut Vec<(Option<usize>, Box<str>)>) -> E {
        if let Some(spelling) = self.spelling {
            found.push((item, spelling));
        }
        self.value
    }
}

impl<E> SpelledValue for Received<E> {
    type Value = E;

    #[inline]
    fn split(self, found: &mut Vec<(Option<usize>, Box<str>)>) -> E {
        self.split_at(None, found)
    }
}

impl<E> SpelledValue for Vec<Received<E>> {
    type Value = Vec<E>;

    fn split(self, found: &mut Vec<(Option<usize>, Box<str>)>) -> Vec<E> {
        self.into_iter()
            .enumerate()
            .map(|(item, received)| received.split_at(Some(item), found))
            .collect()
    }
}

marker_seed!(
    /// Reads a string enum field's value with its spelling ([`Received`]), for
    /// [`MemberReader::read_enum`].
    Spelled
);

impl<'de, E: StringEnum> DeserializeSeed<'de> for Spelled<E> {
    type Value = Received<E>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Received<E>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<E: StringEnum> Visitor<'_> for Spelled<E> {
    type Value = Received<E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    #[inline]
    fn visit_str<Er: de::Error>(self, value: &str) -> Result<Received<E>, Er> {
        Ok(Received::read(value, str::to_owned))
    }

    fn visit_string<Er: de::Error>(self, value: String) -> Result<Received<E>, Er> {
        Ok(Received::read(value, |value| value))
    }
}

/// Deserializes a string enum, allocating only for values the schema does not list.
pub fn string_enum<'de, T: StringEnum, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    struct StringEnumVisitor<T>(PhantomData<T>);

    impl<T: StringEnum> Visitor<'_> for StringEnumVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            Ok(T::read(value).unwrap_or_else(|| T::other(value.to_owned())))
        }

        fn visit_string<E: de::Error>(self, value: String) -> Result<T, E> {
            Ok(T::from_string(value))
        }
    }

    deserializer.deserialize_str(StringEnumVisitor(PhantomData))
}
