//! Extension attributes: their values, the rules for their names, and [`Extensions`], the
//! collection an event keeps them in.

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};

mod extensions;

pub use extensions::{Extensions, IntoIter, Iter};

/// The text of an [`ExtensionValue::String`]: a string that keeps up to 24 bytes in place,
/// so that the many short values an event may carry are not each an allocation. It derefs
/// to `str` and converts from `&str` and `String` with `.into()`.
#[doc(no_inline)]
pub use compact_str::CompactString;

// One rule for the derive and the runtime: `eventgrid-spec`. Producers keep to the length
// limit (`check_name`, which validation applies); decoders accept longer names
// (`check_received_name`), as the spec only says a name SHOULD NOT be longer.
pub use eventgrid_spec::extension::{
    MAX_NAME_LEN, NameError, RESERVED_NAMES, check_name, check_received_name,
};

pub(crate) use eventgrid_spec::extension::is_lower_alnum;

/// An integer as JSON and binary-mode headers write it, into `digits`: as an `i64` when it
/// fits, as every received or owned value does, since itoa's `i128` path divides in 128
/// bits, several times the work per digit.
#[inline]
pub(crate) fn format_integer(value: i128, digits: &mut itoa::Buffer) -> &str {
    match i64::try_from(value) {
        Ok(value) => digits.format(value),
        Err(_) => digits.format(value),
    }
}

/// The value of an extension attribute, keeping the JSON type it was sent with.
///
/// CloudEvents' Binary, URI, URI-reference and Timestamp types travel as strings in every
/// format, so they are [`ExtensionValue::String`] here. A string value is a
/// [`CompactString`], which holds up to 24 bytes without allocating.
///
/// ```
/// use eventgrid_types::ExtensionValue;
///
/// assert_eq!(ExtensionValue::from(5).to_string(), "5");
/// assert_eq!(ExtensionValue::from("abc").as_str(), Some("abc"));
/// assert_eq!(ExtensionValue::String("abc".into()), ExtensionValue::from("abc"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExtensionValue {
    /// A JSON string.
    String(CompactString),
    /// A JSON number with no fractional part, within the CloudEvents Integer range
    /// (signed 32-bit) when received.
    Integer(i64),
    /// A JSON boolean.
    Boolean(bool),
}

impl ExtensionValue {
    /// The string value, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The integer value, if this is an integer.
    pub fn as_integer(&self) -> Option<i64> {
        match self {
            Self::Integer(i) => Some(*i),
            _ => None,
        }
    }

    /// The boolean value, if this is a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Self::Boolean(b) => Some(*b),
            _ => None,
        }
    }

    /// A borrowed view of this value.
    pub fn as_ref(&self) -> ExtensionRef<'_> {
        match self {
            Self::String(s) => ExtensionRef::String(s),
            Self::Integer(i) => ExtensionRef::Integer(i128::from(*i)),
            Self::Boolean(b) => ExtensionRef::Boolean(*b),
        }
    }
}

/// The canonical string form, as used in binary-mode headers.
impl fmt::Display for ExtensionValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_ref().fmt(f)
    }
}

impl From<String> for ExtensionValue {
    fn from(value: String) -> Self {
        Self::String(value.into())
    }
}

impl From<&str> for ExtensionValue {
    fn from(value: &str) -> Self {
        Self::String(value.into())
    }
}

impl From<CompactString> for ExtensionValue {
    fn from(value: CompactString) -> Self {
        Self::String(value)
    }
}

impl From<bool> for ExtensionValue {
    fn from(value: bool) -> Self {
        Self::Boolean(value)
    }
}

impl From<i32> for ExtensionValue {
    fn from(value: i32) -> Self {
        Self::Integer(i64::from(value))
    }
}

impl Serialize for ExtensionValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_ref().serialize(serializer)
    }
}

/// A borrowed extension value: what typed events hand to the encoders, and what decoders hand
/// to typed events ([`EventView::extension`](crate::EventView::extension)).
///
/// The integer is an `i128` so that every Rust integer converts without loss; whether it fits
/// the CloudEvents Integer range is checked by validation, not by the conversion.
///
/// ```
/// use eventgrid_types::{ExtensionRef, ExtensionValue};
///
/// let priority = ExtensionRef::Integer(3);
/// assert_eq!(priority.to_string(), "3");
/// assert_eq!(priority.to_owned(), Some(ExtensionValue::Integer(3)));
/// // Beyond what an owned value holds:
/// assert_eq!(ExtensionRef::Integer(i128::MAX).to_owned(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExtensionRef<'a> {
    /// A string value.
    String(&'a str),
    /// An integer value.
    Integer(i128),
    /// A boolean value.
    Boolean(bool),
}

impl ExtensionRef<'_> {
    /// An owned copy. Integers outside `i64` cannot be owned and give `None`.
    pub fn to_owned(&self) -> Option<ExtensionValue> {
        Some(match *self {
            ExtensionRef::String(s) => ExtensionValue::String(s.into()),
            ExtensionRef::Integer(i) => ExtensionValue::Integer(i64::try_from(i).ok()?),
            ExtensionRef::Boolean(b) => ExtensionValue::Boolean(b),
        })
    }
}

impl fmt::Display for ExtensionRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::String(s) => f.write_str(s),
            Self::Integer(i) => write!(f, "{i}"),
            Self::Boolean(b) => write!(f, "{b}"),
        }
    }
}

impl Serialize for ExtensionRef<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Self::String(s) => serializer.serialize_str(s),
            Self::Integer(i) => serializer.serialize_i128(i),
            Self::Boolean(b) => serializer.serialize_bool(b),
        }
    }
}

/// An extension value as a decoder read it: strings borrow from the input unless they had
/// escapes. Decoders keep these in a list and build an [`ExtensionValue`] map only for a
/// [`CloudEvent`](crate::CloudEvent), so typed decoding allocates nothing for extensions.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ReceivedExtension<'a> {
    String(Cow<'a, str>),
    Integer(i64),
    Boolean(bool),
}

impl ReceivedExtension<'_> {
    pub(crate) fn as_ref(&self) -> ExtensionRef<'_> {
        match self {
            Self::String(s) => ExtensionRef::String(s),
            Self::Integer(i) => ExtensionRef::Integer(i128::from(*i)),
            Self::Boolean(b) => ExtensionRef::Boolean(*b),
        }
    }

    pub(crate) fn as_owned(&self) -> ExtensionValue {
        match self {
            Self::String(s) => ExtensionValue::String(s.as_ref().into()),
            Self::Integer(i) => ExtensionValue::Integer(*i),
            Self::Boolean(b) => ExtensionValue::Boolean(*b),
        }
    }

    #[inline]
    pub(crate) fn into_owned(self) -> ExtensionValue {
        match self {
            Self::String(s) => ExtensionValue::String(s.into()),
            Self::Integer(i) => ExtensionValue::Integer(i),
            Self::Boolean(b) => ExtensionValue::Boolean(b),
        }
    }
}

/// How much text the names of `list` take.
fn name_bytes(list: &[(Cow<'_, str>, ReceivedExtension<'_>)]) -> usize {
    list.iter().map(|(name, _)| name.len()).sum()
}

/// Where a decoder puts the extensions it checked: the borrowing list a typed decode reads
/// ([`ReceivedExtensions`]), or the [`Extensions`] an owned event keeps
/// ([`OwnedExtensions`]), filled as each is checked so that there is one list, not two.
pub(crate) trait ExtensionSink<'a>: Default {
    /// Room for `count` extensions whose names take `name_bytes`.
    fn with_room(count: usize, name_bytes: usize) -> Self;

    /// Adds a checked extension.
    fn add(&mut self, name: Cow<'a, str>, value: ReceivedExtension<'a>);

    /// The extensions a decoder built as it read them, checked already. A name added more
    /// than once is kept once; it is noted unless `repeat_noted` says that the event's
    /// first repeat was noted already, as [`OwnedExtensions::add`] notes one.
    fn from_built(built: Extensions, repeat_noted: bool) -> Self;
}

impl<'a> ExtensionSink<'a> for ReceivedExtensions<'a> {
    fn with_room(count: usize, _: usize) -> Self {
        Vec::with_capacity(count)
    }

    /// Empty: only an owned event's decoder builds extensions, into [`OwnedExtensions`].
    fn from_built(mut built: Extensions, _: bool) -> Self {
        debug_assert!(built.is_empty(), "built for a borrowed event");
        if built.is_empty() {
            return Vec::new();
        }
        built.index_received();
        built
            .into_iter()
            .map(|(name, value)| {
                let value = match value {
                    ExtensionValue::String(text) => {
                        ReceivedExtension::String(Cow::Owned(text.into()))
                    }
                    ExtensionValue::Integer(integer) => ReceivedExtension::Integer(integer),
                    ExtensionValue::Boolean(boolean) => ReceivedExtension::Boolean(boolean),
                };
                (Cow::Owned(name), value)
            })
            .collect()
    }

    fn add(&mut self, name: Cow<'a, str>, value: ReceivedExtension<'a>) {
        self.push((name, value));
    }
}

/// The extensions an owned event keeps, built as they are checked. A name may come twice
/// when no earlier step looked for repeats among many: it keeps its first place and takes
/// its last value, and the first name found repeated is noted. Inserting is the check, so
/// each name is hashed once.
#[derive(Default)]
pub(crate) struct OwnedExtensions {
    pub(crate) map: Extensions,
    pub(crate) repeated: Option<String>,
}

impl ExtensionSink<'_> for OwnedExtensions {
    fn with_room(count: usize, name_bytes: usize) -> Self {
        OwnedExtensions {
            map: Extensions::with_room(count, name_bytes),
            repeated: None,
        }
    }

    // Forced inline, as `Extensions::insert_received` is and for the same reason.
    #[inline(always)]
    #[allow(clippy::inline_always)] // Measured; see `Extensions::insert_received`.
    fn add(&mut self, name: Cow<'_, str>, value: ReceivedExtension<'_>) {
        if let Some(name) = self.map.insert_received(&name, value.into_owned())
            && self.repeated.is_none()
        {
            self.repeated = Some(name.to_owned());
        }
    }

    fn from_built(mut built: Extensions, repeat_noted: bool) -> Self {
        let repeated = built.index_received().filter(|_| !repeat_noted);
        OwnedExtensions {
            map: built,
            repeated,
        }
    }
}

/// Extension attributes in the order received, names unique.
pub(crate) type ReceivedExtensions<'a> = Vec<(Cow<'a, str>, ReceivedExtension<'a>)>;

/// Where an [`EventView`](crate::EventView) finds the extension attributes.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ExtensionSource<'a> {
    None,
    Map(&'a Extensions),
    Received(&'a [(Cow<'a, str>, ReceivedExtension<'a>)]),
}

impl<'a> ExtensionSource<'a> {
    pub(crate) fn to_map(self) -> Extensions {
        match self {
            Self::None => Extensions::new(),
            Self::Map(map) => map.clone(),
            Self::Received(list) => Extensions::from_distinct(
                list.len(),
                name_bytes(list),
                list.iter().map(|(name, value)| (name, value.as_owned())),
            ),
        }
    }

    pub(crate) fn get(self, name: &str) -> Option<ExtensionRef<'a>> {
        match self {
            Self::None => None,
            Self::Map(map) => map.get(name).map(ExtensionValue::as_ref),
            Self::Received(list) => list
                .iter()
                .find(|(received, _)| received == name)
                .map(|(_, value)| value.as_ref()),
        }
    }
}

/// Conversion of a Rust value into an extension value; implemented for the types a derived
/// event may map to an extension attribute.
///
/// `None` means the attribute is absent (an `Option` that is `None`).
pub trait ToExtension {
    /// The extension value, or `None` when the attribute should be left out.
    fn to_extension(&self) -> Option<ExtensionRef<'_>>;
}

impl ToExtension for str {
    fn to_extension(&self) -> Option<ExtensionRef<'_>> {
        Some(ExtensionRef::String(self))
    }
}

impl ToExtension for String {
    fn to_extension(&self) -> Option<ExtensionRef<'_>> {
        Some(ExtensionRef::String(self))
    }
}

impl ToExtension for std::borrow::Cow<'_, str> {
    fn to_extension(&self) -> Option<ExtensionRef<'_>> {
        Some(ExtensionRef::String(self))
    }
}

impl ToExtension for bool {
    fn to_extension(&self) -> Option<ExtensionRef<'_>> {
        Some(ExtensionRef::Boolean(*self))
    }
}

impl ToExtension for ExtensionValue {
    fn to_extension(&self) -> Option<ExtensionRef<'_>> {
        Some(self.as_ref())
    }
}

impl<T: ToExtension + ?Sized> ToExtension for &T {
    fn to_extension(&self) -> Option<ExtensionRef<'_>> {
        (**self).to_extension()
    }
}

impl<T: ToExtension> ToExtension for Option<T> {
    fn to_extension(&self) -> Option<ExtensionRef<'_>> {
        self.as_ref().and_then(ToExtension::to_extension)
    }
}

macro_rules! integer_to_extension {
    ($($t:ty)*) => {$(
        impl ToExtension for $t {
            fn to_extension(&self) -> Option<ExtensionRef<'_>> {
                Some(ExtensionRef::Integer(i128::from(*self)))
            }
        }
    )*};
}
integer_to_extension!(i8 i16 i32 i64 u8 u16 u32 u64);

/// Conversion of a received extension value back into a Rust value, for derived events that
/// map a field to an extension attribute. Binary mode carries every value as a string, so
/// numbers and booleans are also read from their canonical string form.
///
/// ```
/// use eventgrid_types::ExtensionRef;
/// use eventgrid_types::extension::FromExtension;
///
/// assert_eq!(u8::from_extension(ExtensionRef::String("7")), Ok(7));
/// assert_eq!(bool::from_extension(ExtensionRef::Boolean(true)), Ok(true));
/// assert!(u8::from_extension(ExtensionRef::Integer(300)).is_err());
/// ```
pub trait FromExtension: Sized {
    /// Converts the value, or says what was expected.
    fn from_extension(value: ExtensionRef<'_>) -> Result<Self, &'static str>;
}

impl FromExtension for String {
    fn from_extension(value: ExtensionRef<'_>) -> Result<Self, &'static str> {
        Ok(match value {
            ExtensionRef::String(s) => s.to_owned(),
            other => other.to_string(),
        })
    }
}

impl FromExtension for bool {
    fn from_extension(value: ExtensionRef<'_>) -> Result<Self, &'static str> {
        match value {
            ExtensionRef::Boolean(b) => Ok(b),
            ExtensionRef::String("true") => Ok(true),
            ExtensionRef::String("false") => Ok(false),
            _ => Err("a boolean"),
        }
    }
}

macro_rules! integer_from_extension {
    ($($t:ty)*) => {$(
        impl FromExtension for $t {
            fn from_extension(value: ExtensionRef<'_>) -> Result<Self, &'static str> {
                const EXPECTED: &str = concat!("an integer that fits ", stringify!($t));
                match value {
                    ExtensionRef::Integer(i) => <$t>::try_from(i).map_err(|_| EXPECTED),
                    ExtensionRef::String(s) => s.parse().map_err(|_| EXPECTED),
                    ExtensionRef::Boolean(_) => Err(EXPECTED),
                }
            }
        }
    )*};
}
integer_from_extension!(i8 i16 i32 i64 u8 u16 u32 u64);

impl FromExtension for ExtensionValue {
    fn from_extension(value: ExtensionRef<'_>) -> Result<Self, &'static str> {
        value
            .to_owned()
            .ok_or("an integer within the CloudEvents Integer range")
    }
}

impl<T: FromExtension> FromExtension for Option<T> {
    fn from_extension(value: ExtensionRef<'_>) -> Result<Self, &'static str> {
        T::from_extension(value).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_round_trips_through_strings() {
        assert_eq!(u16::from_extension(ExtensionRef::Integer(42)), Ok(42));
        assert_eq!(u16::from_extension(ExtensionRef::String("42")), Ok(42));
        assert!(u8::from_extension(ExtensionRef::Integer(300)).is_err());
        assert!(u8::from_extension(ExtensionRef::Boolean(true)).is_err());
        assert_eq!(bool::from_extension(ExtensionRef::String("true")), Ok(true));
        assert!(bool::from_extension(ExtensionRef::String("yes")).is_err());
        assert_eq!(
            String::from_extension(ExtensionRef::Boolean(false)).unwrap(),
            "false"
        );
        assert_eq!(
            ExtensionValue::from_extension(ExtensionRef::Integer(i128::from(i64::MAX) + 1)),
            Err("an integer within the CloudEvents Integer range")
        );
        assert_eq!(Some(7u64).to_extension(), Some(ExtensionRef::Integer(7)));
        assert_eq!(None::<u64>.to_extension(), None);
    }

    #[test]
    fn integers_are_formatted_in_either_width() {
        let mut digits = itoa::Buffer::new();
        assert_eq!(format_integer(-42, &mut digits), "-42");
        assert_eq!(
            format_integer(i128::from(i64::MIN) - 1, &mut digits),
            "-9223372036854775809"
        );
    }

    #[test]
    fn received_extensions_are_found_by_name() {
        let list: ReceivedExtensions<'_> = vec![
            ("tenant".into(), ReceivedExtension::String("contoso".into())),
            ("priority".into(), ReceivedExtension::Integer(3)),
        ];
        let source = ExtensionSource::Received(&list);
        assert_eq!(source.get("tenant"), Some(ExtensionRef::String("contoso")));
        assert_eq!(source.get("priority"), Some(ExtensionRef::Integer(3)));
        assert_eq!(source.get("missing"), None);
        assert_eq!(ExtensionSource::None.get("tenant"), None);
        let owned: Vec<ExtensionValue> = list.into_iter().map(|(_, v)| v.into_owned()).collect();
        assert_eq!(
            owned,
            [ExtensionValue::from("contoso"), ExtensionValue::Integer(3)]
        );
    }
}
