//! Parsing one structured event: the envelope visitor that never fails on well-formed JSON,
//! and the checks that turn what it read into an event or a typed error.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt;

use base64::Engine as _;
use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use crate::cloud_event::CloudEvent;
use crate::data::Data;
use crate::error::{DecodeError, DecodeErrorKind, JsonKind};
use crate::extension::{
    self, ExtensionSink, ExtensionSource, ExtensionValue, Extensions, OwnedExtensions,
    ReceivedExtension, ReceivedExtensions,
};
use crate::leniency::Leniency;
use crate::media_type;
use crate::timestamp::Timestamp;
use crate::tolerated::Tolerated;
use crate::typed::{EventView, FromEvent};

/// How an event's `data` is held between parsing and checking.
pub(crate) trait DataText {
    /// The raw JSON text, when it is kept.
    fn raw_text(&self) -> Option<&str>;
}

/// How a decoder reads an event's `data` while it parses the rest of the event: a seed that
/// both the serde-driven visitor (`next_value_seed`) and the scanner (straight on a
/// `serde_json` deserializer) use.
pub(crate) trait DataSlot<'de>: DataText + Sized {
    type Seed<'a>: DeserializeSeed<'de, Value = Self>
    where
        'de: 'a;

    /// The seed for the value of the `data` member; `attrs` are the attributes read so far,
    /// and `one_pass` says whether they may decide how to read it.
    fn seed<'a>(attrs: &'a [Option<Scalar<'de>>; 8], one_pass: bool) -> Self::Seed<'a>
    where
        'de: 'a;

    /// The same data kept raw, from `text`, the JSON it was read from: for data read in
    /// one pass that a member after it shows should have been read otherwise.
    fn untyped(self, text: &'de str) -> serde_json::Result<Self>;

    /// Whether [`DataSlot::untyped`] may need the text: not for data that is always raw, so
    /// that its decoders need not find where the text starts.
    const MAY_BE_TYPED: bool;

    /// Whether the event becomes an owned [`CloudEvent`], whose [`Extensions`] the envelope
    /// then builds as it reads the members ([`Envelope::set_scalar`]).
    const OWNS_EXTENSIONS: bool;
}

/// Raw JSON data as a decoder holds it: owned (`Box<RawValue>`) or borrowed (`&RawValue`).
pub(crate) trait RawData<'de>: Deserialize<'de> {
    fn text(&self) -> &str;
    fn into_owned(self) -> Box<RawValue>;

    /// Whether the decoders that hold data this way make an owned [`CloudEvent`].
    const OWNED: bool;
}

impl<'de, D: RawData<'de>> DataSlot<'de> for D {
    type Seed<'a>
        = std::marker::PhantomData<D>
    where
        'de: 'a;

    fn seed<'a>(_: &'a [Option<Scalar<'de>>; 8], _: bool) -> Self::Seed<'a>
    where
        'de: 'a,
    {
        std::marker::PhantomData
    }

    /// Raw data is raw already.
    fn untyped(self, _: &'de str) -> serde_json::Result<Self> {
        Ok(self)
    }

    const MAY_BE_TYPED: bool = false;

    const OWNS_EXTENSIONS: bool = D::OWNED;
}

impl<'de, D: RawData<'de>> DataText for D {
    fn raw_text(&self) -> Option<&str> {
        Some(self.text())
    }
}

impl RawData<'_> for Box<RawValue> {
    fn text(&self) -> &str {
        self.get()
    }

    fn into_owned(self) -> Box<RawValue> {
        self
    }

    const OWNED: bool = true;
}

impl<'de> RawData<'de> for &'de RawValue {
    fn text(&self) -> &str {
        self.get()
    }

    fn into_owned(self) -> Box<RawValue> {
        self.to_owned()
    }

    const OWNED: bool = false;
}

/// The data of an event decoded into `T` in one pass: when `type` comes before `data` and
/// `T` has a fast path for it, the data is deserialized straight into `T`
/// ([`FromEvent::deserialize_data`]); otherwise it is kept raw.
pub(crate) enum Fast<'de, T> {
    Raw(&'de RawValue),
    Typed(Box<T>),
}

impl<'de, T: FromEvent<'de>> DataSlot<'de> for Fast<'de, T> {
    type Seed<'a>
        = FastSeed<'a, T>
    where
        'de: 'a;

    fn seed<'a>(attrs: &'a [Option<Scalar<'de>>; 8], one_pass: bool) -> FastSeed<'a, T>
    where
        'de: 'a,
    {
        let content_is_json = match &attrs[Attr::DataContentType as usize] {
            None | Some(Scalar::Null) => true,
            Some(Scalar::Str(ct)) => media_type::is_json(ct),
            Some(_) => false,
        };
        let event_type = match &attrs[Attr::Type as usize] {
            Some(Scalar::Str(ty)) if one_pass => Some(&**ty),
            _ => None,
        };
        Fast::seed(event_type, content_is_json)
    }

    fn untyped(self, text: &'de str) -> serde_json::Result<Self> {
        match self {
            Fast::Typed(_) => serde_json::from_str(text).map(Fast::Raw),
            raw @ Fast::Raw(_) => Ok(raw),
        }
    }

    const MAY_BE_TYPED: bool = true;

    const OWNS_EXTENSIONS: bool = false;
}

impl<T> DataText for Fast<'_, T> {
    fn raw_text(&self) -> Option<&str> {
        match self {
            Fast::Raw(raw) => Some(raw.get()),
            Fast::Typed(_) => None,
        }
    }
}

impl<T> Fast<'_, T> {
    /// Reads `data` straight into `T` when the event's type is known, the content is JSON
    /// and `T` has a one-pass path for the type; raw otherwise.
    pub(crate) fn seed(event_type: Option<&str>, content_is_json: bool) -> FastSeed<'_, T> {
        FastSeed {
            event_type: event_type.filter(|_| content_is_json),
            marker: std::marker::PhantomData,
        }
    }
}

/// The seed of [`Fast`]: the event type to decode the data as, if any.
pub(crate) struct FastSeed<'t, T> {
    event_type: Option<&'t str>,
    marker: std::marker::PhantomData<T>,
}

impl<'de, T: FromEvent<'de>> DeserializeSeed<'de> for FastSeed<'_, T> {
    type Value = Fast<'de, T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        match self.event_type {
            Some(ty) if T::has_data_fast_path(ty) => {
                T::deserialize_data(ty, deserializer).map(|value| Fast::Typed(Box::new(value)))
            }
            _ => Deserialize::deserialize(deserializer).map(Fast::Raw),
        }
    }
}

/// The context attributes of CloudEvents 1.0, in the order this crate writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Attr {
    SpecVersion,
    Id,
    Source,
    Type,
    DataContentType,
    DataSchema,
    Subject,
    Time,
}

impl Attr {
    const NAMES: [&'static str; 8] = [
        "specversion",
        "id",
        "source",
        "type",
        "datacontenttype",
        "dataschema",
        "subject",
        "time",
    ];

    fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// A member name of a structured event.
pub(super) enum Key<'de> {
    Attr(Attr),
    Data,
    DataBase64,
    Extension(Cow<'de, str>),
}

impl<'de> Key<'de> {
    /// Whether this member with this value, read after typed data, could change how the
    /// data should have been read: `type`, a `datacontenttype` that is not JSON, or a
    /// spelling of either in other case. A JSON `datacontenttype` (or `null`) changes
    /// nothing: the data was read as JSON, which is what it says.
    fn may_change_data(&self, value: &Scalar<'_>) -> bool {
        match self {
            Key::Attr(Attr::Type) => true,
            Key::Attr(Attr::DataContentType) => match value {
                Scalar::Null => false,
                Scalar::Str(ct) => !media_type::is_json(ct),
                // Refused by the checks, whatever the data.
                _ => true,
            },
            Key::Extension(name) => Key::spells_data_attribute(name),
            Key::Attr(_) | Key::Data | Key::DataBase64 => false,
        }
    }

    /// `type` or `datacontenttype` in any case.
    fn spells_data_attribute(name: &str) -> bool {
        name.eq_ignore_ascii_case("type") || name.eq_ignore_ascii_case("datacontenttype")
    }

    /// The key that member `name` stands for.
    // Inlined: the scanner calls it from code compiled in the user's crate, once per member.
    #[inline]
    pub(super) fn of(name: Cow<'de, str>) -> Self {
        match Known::spelled(&name) {
            Some(known) => known.into(),
            None => Key::Extension(name),
        }
    }
}

/// A member name the JSON format defines. Separate from [`Key`] so that the lookup returns
/// a byte in a register: when it returned a `Key` through memory, the caller read the key
/// back in one 16-byte load over the callee's 8-byte stores, which the CPU cannot forward
/// (a stall on every member of every event, about 3% of a typed batch decode).
#[derive(Clone, Copy)]
enum Known {
    Attr(Attr),
    Data,
    DataBase64,
}

impl Known {
    /// The name `name` spells exactly, if any (other spellings are extensions).
    fn spelled(name: &str) -> Option<Known> {
        Some(match name {
            "specversion" => Known::Attr(Attr::SpecVersion),
            "id" => Known::Attr(Attr::Id),
            "source" => Known::Attr(Attr::Source),
            "type" => Known::Attr(Attr::Type),
            "datacontenttype" => Known::Attr(Attr::DataContentType),
            "dataschema" => Known::Attr(Attr::DataSchema),
            "subject" => Known::Attr(Attr::Subject),
            "time" => Known::Attr(Attr::Time),
            "data" => Known::Data,
            "data_base64" => Known::DataBase64,
            _ => return None,
        })
    }
}

impl From<Known> for Key<'_> {
    fn from(known: Known) -> Self {
        match known {
            Known::Attr(attr) => Key::Attr(attr),
            Known::Data => Key::Data,
            Known::DataBase64 => Key::DataBase64,
        }
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an attribute name")
            }

            fn visit_borrowed_str<E: de::Error>(self, name: &'de str) -> Result<Key<'de>, E> {
                Ok(Key::of(Cow::Borrowed(name)))
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Key<'de>, E> {
                // Only an extension's name is copied.
                Ok(match Known::spelled(name) {
                    Some(known) => known.into(),
                    None => Key::Extension(Cow::Owned(name.to_owned())),
                })
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Any JSON value, keeping scalars and only the kind of arrays and objects.
#[derive(Debug)]
pub(crate) enum Scalar<'de> {
    Null,
    Bool(bool),
    I64(i64),
    U64(u64),
    F64(f64),
    /// A number beyond what an `f64` holds (`1e400`), as its text. The scanner and
    /// [`Envelope::rescue`] read one; `serde_json` itself fails on it.
    BigNumber(Cow<'de, str>),
    Str(Cow<'de, str>),
    Array,
    Object,
}

impl Scalar<'_> {
    pub(crate) fn kind(&self) -> JsonKind {
        match self {
            Scalar::Null => JsonKind::Null,
            Scalar::Bool(_) => JsonKind::Boolean,
            Scalar::I64(_) | Scalar::U64(_) | Scalar::F64(_) | Scalar::BigNumber(_) => {
                JsonKind::Number
            }
            Scalar::Str(_) => JsonKind::String,
            Scalar::Array => JsonKind::Array,
            Scalar::Object => JsonKind::Object,
        }
    }
}

impl<'de> Deserialize<'de> for Scalar<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Scalar<'de>, E> {
        Ok(Scalar::I64(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Scalar<'de>, E> {
        Ok(Scalar::U64(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Scalar<'de>, E> {
        Ok(Scalar::F64(v))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Str(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Str(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Str(Cow::Owned(v)))
    }

    fn visit_unit<E>(self) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Null)
    }

    fn visit_none<E>(self) -> Result<Scalar<'de>, E> {
        Ok(Scalar::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Scalar<'de>, D::Error> {
        Scalar::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Array)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Object)
    }
}

/// One structured event as parsed, before any rule is checked: parsing never fails on
/// well-formed JSON, so a batch can report each event's problems separately.
pub(crate) struct Envelope<'de, D> {
    attrs: [Option<Scalar<'de>>; 8],
    data: Option<D>,
    /// The JSON text `data` was read from, where the decoder knows it (the scanner does).
    data_text: Option<&'de str>,
    data_base64: Option<Scalar<'de>>,
    /// The extensions of an event to be owned ([`DataSlot::OWNS_EXTENSIONS`]), built as
    /// they are read while every one is a valid name with a value that needs no rule.
    built: Extensions,
    /// The extensions as read, to be checked: every extension once one that needs a rule
    /// or a report came ([`Envelope::spill_built`]), and every extension of other events.
    extensions: Vec<(Cow<'de, str>, Scalar<'de>)>,
    /// Whether an extension spells `type` or `datacontenttype` in other case.
    misspells_data_attribute: bool,
    /// Whether extensions past [`SCANNED_EXTENSIONS`] are still to be checked for duplicates.
    unchecked_duplicates: bool,
    duplicate: Option<String>,
    shape: Option<JsonKind>,
    /// Whether every String value was seen to be printable ASCII as it was read (the scanner
    /// tells), so that the checks need not look for control characters in them again.
    printable: bool,
}

/// Up to this many extensions, each new one is compared with those before it: cheapest for
/// the few that events carry. Past it, duplicates are found once, with a hash set, so that
/// an event with tens of thousands of extensions costs n rather than n².
const SCANNED_EXTENSIONS: usize = 16;

impl<'de, D: DataSlot<'de>> Deserialize<'de> for Envelope<'de, D> {
    fn deserialize<De: Deserializer<'de>>(deserializer: De) -> Result<Self, De::Error> {
        deserializer.deserialize_any(EnvelopeVisitor(std::marker::PhantomData))
    }
}

struct EnvelopeVisitor<D>(std::marker::PhantomData<D>);

impl<D> Envelope<'_, D> {
    pub(super) fn empty() -> Self {
        Envelope {
            attrs: Default::default(),
            data: None,
            data_text: None,
            data_base64: None,
            built: Extensions::new(),
            extensions: Vec::new(),
            misspells_data_attribute: false,
            unchecked_duplicates: false,
            duplicate: None,
            shape: None,
            printable: false,
        }
    }

    /// An empty envelope for the scanner, which says of each value whether it is printable
    /// ([`Envelope::note_unprintable`]).
    pub(super) fn scanned() -> Self {
        Envelope {
            printable: true,
            ..Envelope::empty()
        }
    }

    /// A value that may hold a control character was read: the checks look at every String.
    pub(super) fn note_unprintable(&mut self) {
        self.printable = false;
    }

    fn of_shape(kind: JsonKind) -> Self {
        Envelope {
            shape: Some(kind),
            ..Envelope::empty()
        }
    }

    fn note_duplicate(&mut self, name: &str) {
        if self.duplicate.is_none() {
            self.duplicate = Some(name.to_owned());
        }
    }
}

impl<'de, D: DataText> Envelope<'de, D> {
    /// Whether member `key` with `value`, coming after the data, would change how the data
    /// should have been read: the data was decoded for the `type` and `datacontenttype`
    /// seen before it, and another one now (or a misspelling a lenient decoder adopts) would
    /// change what it means. Only data kept raw can honour it.
    pub(super) fn contradicts_typed_data(&self, key: &Key<'_>, value: &Scalar<'_>) -> bool {
        self.data.as_ref().is_some_and(|d| d.raw_text().is_none()) && key.may_change_data(value)
    }

    /// Whether the attributes read so far may decide how `data` is read: not when a
    /// misspelled `type` or `datacontenttype`, which a lenient decoder may adopt later, was
    /// among them.
    pub(super) fn may_read_data_in_one_pass(&self) -> bool {
        !self.misspells_data_attribute
    }

    /// The attributes read so far.
    pub(super) fn attrs(&self) -> &[Option<Scalar<'de>>; 8] {
        &self.attrs
    }
}

impl<'de, D: DataSlot<'de>> Envelope<'de, D> {
    /// Records the `data` member, and the text it was read from when the decoder knows it.
    pub(super) fn set_data(&mut self, value: D, text: Option<&'de str>) {
        if self.data.is_some() {
            self.note_duplicate("data");
        }
        self.data = Some(value);
        self.data_text = text;
    }

    /// Turns data read in one pass back into its raw text, for a member after it that
    /// contradicts how it was read. Only this event pays for it: it is decoded from the text
    /// once it is checked, as if the data had come last.
    pub(super) fn keep_data_raw(&mut self) -> serde_json::Result<()> {
        if let (Some(data), Some(text)) = (self.data.take(), self.data_text) {
            self.data = Some(data.untyped(text)?);
        }
        Ok(())
    }
}

impl<'de, D: DataSlot<'de>> Envelope<'de, D> {
    /// Records any member but `data`. `unread` is how many bytes of the input follow the
    /// member, where the decoder knows it (0 otherwise): what many extensions get room for.
    // Forced inline: as a call, the scanner's value was first copied to the stack for it,
    // and that copy waited on the stores that had just built the value.
    #[inline(always)]
    #[allow(clippy::inline_always)] // Measured with `perf annotate`.
    pub(super) fn set_scalar(&mut self, key: Key<'de>, value: Scalar<'de>, unread: usize) {
        match key {
            Key::Attr(attr) => {
                if self.attrs[attr as usize].replace(value).is_some() {
                    self.note_duplicate(attr.name());
                }
            }
            Key::DataBase64 => {
                if self.data_base64.replace(value).is_some() {
                    self.note_duplicate("data_base64");
                }
            }
            Key::Extension(name) => {
                // Nothing listed yet: every extension so far was built in place. As in the
                // list below, a few are compared as they come; the rest are indexed once
                // their number is known, and a repeat among them is reported as the map of
                // a listed event reports one ([`Envelope::check_owned`]).
                let value = if D::OWNS_EXTENSIONS && self.extensions.is_empty() {
                    match plain_extension(&name, value, self.printable) {
                        Ok(plain) if self.built.len() < SCANNED_EXTENSIONS => {
                            if let Some(repeated) =
                                self.built.insert_received(&name, plain.into_owned())
                            {
                                if self.duplicate.is_none() {
                                    self.duplicate = Some(repeated.to_owned());
                                }
                                // Listed from here on: a name sent many times then costs a
                                // comparison each time, where the map cost twice that.
                                self.spill_built();
                            }
                            return;
                        }
                        Ok(plain) => {
                            if self.built.len() == SCANNED_EXTENSIONS {
                                self.built.reserve_received(unread);
                            }
                            self.built.push_received(&name, plain.into_owned());
                            return;
                        }
                        Err(value) => {
                            self.spill_built();
                            value
                        }
                    }
                } else {
                    value
                };
                if self.extensions.len() < SCANNED_EXTENSIONS {
                    // A repeated name keeps its first place and takes the new value, as a
                    // map would, and is not listed again: one name sent many times is a
                    // list of one, not a list as long as the event.
                    if let Some(index) = self.extensions.iter().position(|(seen, _)| *seen == name)
                    {
                        self.note_duplicate(&name);
                        self.extensions[index].1 = value;
                        return;
                    }
                } else {
                    self.unchecked_duplicates = true;
                }
                self.misspells_data_attribute |= Key::spells_data_attribute(&name);
                self.extensions.push((name, value));
            }
            // Not a scalar member: callers read `data` with `set_data`.
            Key::Data => {}
        }
    }

    /// Lists the extensions built so far, as if each had been listed as it came, for the
    /// checks to read with the rest: an extension that needs a rule or a report came. Once
    /// per event at most.
    #[cold]
    #[inline(never)]
    fn spill_built(&mut self) {
        let built = std::mem::take(&mut self.built);
        // Past the few compared as they came, names were added unchecked, as they would
        // have been listed.
        self.unchecked_duplicates |= built.len() > SCANNED_EXTENSIONS;
        self.extensions.reserve(built.len());
        self.extensions
            .extend(built.into_iter().map(|(name, value)| {
                let value = match value {
                    ExtensionValue::String(text) => Scalar::Str(Cow::Owned(text.into())),
                    ExtensionValue::Integer(integer) => Scalar::I64(integer),
                    ExtensionValue::Boolean(boolean) => Scalar::Bool(boolean),
                };
                (Cow::Owned(name), value)
            }));
    }
}

impl<'de, D: DataSlot<'de>> Visitor<'de> for EnvelopeVisitor<D> {
    type Value = Envelope<'de, D>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CloudEvent object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut envelope = Envelope::empty();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            match key {
                Key::Data => {
                    let one_pass = envelope.may_read_data_in_one_pass();
                    let value = map.next_value_seed(D::seed(&envelope.attrs, one_pass))?;
                    // A serde deserializer does not say where the value was: data that a
                    // later member contradicts fails this decode, and the caller's two-pass
                    // decode reads it (the scanner instead rereads just that event's data).
                    envelope.set_data(value, None);
                }
                key => {
                    let value = map.next_value::<Scalar<'de>>()?;
                    if envelope.contradicts_typed_data(&key, &value) {
                        return Err(de::Error::custom(
                            "`type` or a non-JSON `datacontenttype` after data decoded in one pass",
                        ));
                    }
                    envelope.set_scalar(key, value, 0);
                }
            }
        }
        Ok(envelope)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Envelope::of_shape(JsonKind::Array))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::Boolean))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::Number))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::Number))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::Number))
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::String))
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Envelope::of_shape(JsonKind::Null))
    }
}

impl<'de, D: DataSlot<'de>> Envelope<'de, D> {
    /// Reads one event that the parser proper failed on, so that the failure stays this
    /// event's own and a batch keeps its other events. Each member's value is first taken
    /// as raw JSON, which only has to be well formed (`1e400` and `"\uD800"` are), and
    /// then read: a number beyond `f64` becomes [`Scalar::BigNumber`], which the checks
    /// refuse or, leniently, keep as text; whatever else failed fails again, as this event's
    /// error. `data` is kept raw.
    pub(crate) fn rescue(text: &'de str) -> Result<Self, DecodeError> {
        struct Rescue<D>(std::marker::PhantomData<D>);
        impl<'de, D: DataSlot<'de>> Visitor<'de> for Rescue<D> {
            type Value = Envelope<'de, D>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a CloudEvent object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut envelope = Envelope::empty();
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    if let Key::Data = key {
                        let value = map.next_value_seed(D::seed(&envelope.attrs, false))?;
                        envelope.set_data(value, None);
                    } else {
                        let raw: &'de RawValue = map.next_value()?;
                        let value = Scalar::from_raw(raw).map_err(de::Error::custom)?;
                        envelope.set_scalar(key, value, 0);
                    }
                }
                Ok(envelope)
            }
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let envelope = de
            .deserialize_map(Rescue(std::marker::PhantomData))
            .and_then(|envelope| de.end().map(|()| envelope));
        envelope.map_err(|error| DecodeErrorKind::Json(error).into())
    }
}

impl<'de> Scalar<'de> {
    /// Reads a raw JSON value, keeping a number beyond `f64` as its text.
    fn from_raw(raw: &'de RawValue) -> serde_json::Result<Self> {
        let text = raw.get();
        serde_json::from_str(text).or_else(|error| {
            if text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
                Ok(Scalar::BigNumber(Cow::Borrowed(text)))
            } else {
                Err(error)
            }
        })
    }
}

/// The data of a checked event.
pub(super) enum PartsData<D> {
    Json(D),
    Text(String),
    Binary(Vec<u8>),
}

/// A checked event whose strings may still borrow from the input; its extensions in `E`,
/// a borrowing list unless the event is to be owned ([`Envelope::check_owned`]).
pub(super) struct Parts<'de, D, E = ReceivedExtensions<'de>> {
    pub(super) id: Cow<'de, str>,
    pub(super) source: Cow<'de, str>,
    pub(super) ty: Cow<'de, str>,
    pub(super) datacontenttype: Option<Cow<'de, str>>,
    pub(super) dataschema: Option<Cow<'de, str>>,
    pub(super) subject: Option<Cow<'de, str>>,
    pub(super) time: Option<Timestamp>,
    pub(super) extensions: E,
    pub(super) data: Option<PartsData<D>>,
    pub(super) tolerated: Vec<Tolerated>,
}

impl<'de, D: RawData<'de>> Parts<'de, D, OwnedExtensions> {
    /// The owned event. A repeated extension name that only the map found (see
    /// [`Envelope::check_owned`]) fails it, unless the rules tolerate one.
    fn into_cloud_event(self, rules: Leniency) -> Result<CloudEvent, DecodeError> {
        let mut tolerated = self.tolerated;
        let OwnedExtensions {
            map: extensions,
            repeated,
        } = self.extensions;
        if let Some(name) = repeated {
            if !rules.duplicates {
                return Err(DecodeErrorKind::DuplicateAttribute(name).into());
            }
            tolerated.push(Tolerated::Duplicate(name));
        }
        Ok(CloudEvent {
            id: self.id.into_owned(),
            source: self.source.into_owned(),
            ty: self.ty.into_owned(),
            datacontenttype: self.datacontenttype.map(Cow::into_owned),
            dataschema: self.dataschema.map(Cow::into_owned),
            subject: self.subject.map(Cow::into_owned),
            time: self.time,
            extensions,
            data: self.data.map(|data| match data {
                PartsData::Json(raw) => Data::Json(raw.into_owned()),
                PartsData::Text(text) => Data::Text(text),
                PartsData::Binary(bytes) => Data::Binary(bytes),
            }),
            tolerated,
        })
    }
}

impl<D: DataText> Parts<'_, D> {
    pub(super) fn view(&self) -> EventView<'_> {
        EventView {
            id: &self.id,
            source: &self.source,
            event_type: &self.ty,
            subject: self.subject.as_deref(),
            time: self.time.as_ref(),
            datacontenttype: self.datacontenttype.as_deref(),
            dataschema: self.dataschema.as_deref(),
            data: self.data.as_ref().and_then(|data| match data {
                PartsData::Json(raw) => raw.raw_text().map(crate::DataRef::Json),
                PartsData::Text(text) => Some(crate::DataRef::Text(text)),
                PartsData::Binary(bytes) => Some(crate::DataRef::Binary(bytes)),
            }),
            extensions: ExtensionSource::Received(&self.extensions),
            tolerated: &self.tolerated,
        }
    }
}

// The three `take_*` helpers are forced inline. `check` is generic, so it is compiled in the
// user's crate, and there a plain `#[inline]` still left them as calls (LLVM judged them too
// big with their error paths); called ten times per event, returning through memory, they
// cost about 3% of a typed batch decode.
#[inline(always)]
#[allow(clippy::inline_always)] // Measured; see above.
fn take_string(slot: Option<Scalar<'_>>, attr: Attr) -> Result<Option<Cow<'_, str>>, DecodeError> {
    match slot {
        None | Some(Scalar::Null) => Ok(None),
        Some(Scalar::Str(s)) => Ok(Some(s)),
        Some(other) => Err(DecodeErrorKind::WrongType {
            attribute: attr.name().to_owned(),
            expected: "a string",
            found: other.kind(),
        }
        .into()),
    }
}

#[inline(always)]
#[allow(clippy::inline_always)] // Measured; see above.
fn take_required(slot: Option<Scalar<'_>>, attr: Attr) -> Result<Cow<'_, str>, DecodeError> {
    let name = attr.name();
    match take_string(slot, attr)? {
        None => Err(DecodeErrorKind::MissingAttribute(name).into()),
        Some(s) if s.is_empty() => Err(DecodeErrorKind::EmptyAttribute(name).into()),
        Some(s) => Ok(s),
    }
}

/// The `time` attribute, parsed.
#[inline(always)]
#[allow(clippy::inline_always)] // Measured; see above.
fn take_time(slot: Option<Scalar<'_>>) -> Result<Option<Timestamp>, DecodeError> {
    let Some(text) = take_string(slot, Attr::Time)? else {
        return Ok(None);
    };
    Timestamp::parse(&text).map(Some).map_err(|source| {
        DecodeErrorKind::InvalidTimestamp {
            attribute: "time".to_owned(),
            source,
        }
        .into()
    })
}

/// A required attribute that a lenient decoder (given `tolerated`) accepts when empty.
#[inline(always)]
#[allow(clippy::inline_always)] // Measured; see above.
fn take_required_or_empty<'de>(
    slot: Option<Scalar<'de>>,
    attr: Attr,
    tolerated: Option<&mut Vec<Tolerated>>,
) -> Result<Cow<'de, str>, DecodeError> {
    match (take_string(slot, attr)?, tolerated) {
        (None, _) => Err(DecodeErrorKind::MissingAttribute(attr.name()).into()),
        (Some(s), Some(tolerated)) if s.is_empty() => {
            tolerated.push(Tolerated::Empty(attr.name()));
            Ok(s)
        }
        (Some(s), None) if s.is_empty() => Err(DecodeErrorKind::EmptyAttribute(attr.name()).into()),
        (Some(s), _) => Ok(s),
    }
}

impl<'de, D: DataText> Envelope<'de, D> {
    /// Checks the rules a consumer enforces, and converts.
    #[inline]
    pub(super) fn check(self, rules: Leniency) -> Result<Parts<'de, D>, DecodeError> {
        self.check_into(rules)
    }

    /// [`Envelope::check`], with the extensions put in `E` as each is checked.
    fn check_into<E: ExtensionSink<'de>>(
        mut self,
        rules: Leniency,
    ) -> Result<Parts<'de, D, E>, DecodeError> {
        if let Some(found) = self.shape {
            return Err(DecodeErrorKind::WrongShape {
                expected: "an object",
                found,
            }
            .into());
        }
        let mut tolerated = Vec::new();
        self.find_duplicate_extension();
        let had_duplicates = self.duplicate.is_some();
        if let Some(name) = self.duplicate.take() {
            if !rules.duplicates {
                return Err(DecodeErrorKind::DuplicateAttribute(name).into());
            }
            tolerated.push(Tolerated::Duplicate(name));
        }
        if rules.key_case {
            self.adopt_misspelled_attributes(&mut tolerated);
        }
        // Taken apart by value: each attribute moves into what it becomes, and nothing is
        // left behind to drop.
        let Envelope {
            attrs:
                [
                    specversion,
                    id,
                    source,
                    ty,
                    datacontenttype,
                    dataschema,
                    subject,
                    time,
                ],
            data,
            data_base64,
            built,
            extensions,
            printable,
            ..
        } = self;
        let t = &mut tolerated;
        let specversion = match take_required(specversion, Attr::SpecVersion) {
            Err(e)
                if rules.missing_specversion
                    && matches!(e.kind(), DecodeErrorKind::MissingAttribute(_)) =>
            {
                t.push(Tolerated::Missing("specversion"));
                Cow::Borrowed(crate::cloud_event::SPEC_VERSION)
            }
            other => other.map_err(|e| explain_missing(e, &extensions))?,
        };
        if specversion != crate::cloud_event::SPEC_VERSION {
            return Err(DecodeErrorKind::UnsupportedSpecVersion(specversion.into_owned()).into());
        }
        let empty = rules.empty_required;
        let explain = |e| explain_missing(e, &extensions);
        let id = take_required_or_empty(id, Attr::Id, empty.then_some(&mut *t)).map_err(explain)?;
        let source = take_required_or_empty(source, Attr::Source, empty.then_some(&mut *t))
            .map_err(explain)?;
        let ty =
            take_required_or_empty(ty, Attr::Type, empty.then_some(&mut *t)).map_err(explain)?;
        let datacontenttype = take_string(datacontenttype, Attr::DataContentType)?;
        let dataschema = take_string(dataschema, Attr::DataSchema)?;
        let subject = take_string(subject, Attr::Subject)?;
        if !printable {
            check_texts(
                [
                    (Attr::Id, Some(&id)),
                    (Attr::Source, Some(&source)),
                    (Attr::Type, Some(&ty)),
                    (Attr::DataContentType, datacontenttype.as_ref()),
                    (Attr::DataSchema, dataschema.as_ref()),
                    (Attr::Subject, subject.as_ref()),
                ],
                rules.control_characters.then_some(&mut *t),
            )?;
        }
        let time = take_time(time)?;
        let extensions = check_extensions(
            built,
            extensions,
            had_duplicates,
            rules,
            printable,
            &mut tolerated,
        )?;
        let data = take_data(data, data_base64, datacontenttype.as_deref())?;
        Ok(Parts {
            id,
            source,
            ty,
            datacontenttype,
            dataschema,
            subject,
            time,
            extensions,
            data,
            tolerated,
        })
    }

    /// Checks the rules and makes the owned event. Among many extensions, a repeated name
    /// is left to the map the event keeps, whose insertions hash every name anyway, instead
    /// of hashing each name twice. Where a step before the map would hide a repeat from it (a
    /// `null`, which is dropped, or a misspelled attribute that a lenient decoder adopts),
    /// the list is checked first, as for a typed decode.
    pub(super) fn check_owned(mut self, rules: Leniency) -> Result<CloudEvent, DecodeError>
    where
        D: RawData<'de>,
    {
        let hides_a_repeat = |(name, value): &(Cow<'_, str>, Scalar<'_>)| {
            matches!(value, Scalar::Null)
                || (rules.key_case && Attr::NAMES.iter().any(|n| n.eq_ignore_ascii_case(name)))
        };
        let leave_to_map = self.unchecked_duplicates
            && self.duplicate.is_none()
            && !self.extensions.iter().any(hides_a_repeat);
        self.unchecked_duplicates &= !leave_to_map;
        // Left to the map, no name spells an attribute in other case (that was just looked
        // for): a lenient decoder need not look again for one to adopt.
        let checks = if leave_to_map {
            rules.key_case(false)
        } else {
            rules
        };
        self.check_into::<OwnedExtensions>(checks)?
            .into_cloud_event(rules)
    }

    /// Notes a duplicated extension name among many, with a hash set rather than comparing
    /// each with all the others; a few were compared as they came. Once one duplicate is
    /// noted, the others change nothing.
    #[inline]
    fn find_duplicate_extension(&mut self) {
        if self.unchecked_duplicates && self.duplicate.is_none() {
            self.hash_for_duplicate_extension();
        }
    }

    /// One hash per name: a sort cost a third of decoding an event of 80,000 extensions,
    /// more when the names came in no order. The std hasher is keyed at random, so no input
    /// can be built to collide.
    #[cold]
    fn hash_for_duplicate_extension(&mut self) {
        let mut seen = HashSet::with_capacity(self.extensions.len());
        if let Some((name, _)) = self
            .extensions
            .iter()
            .find(|(name, _)| !seen.insert(&**name))
        {
            let name = name.clone().into_owned();
            self.note_duplicate(&name);
        }
    }

    /// Reads members such as `specVersion` as the attribute they spell in other case, when
    /// that attribute is not also present.
    fn adopt_misspelled_attributes(&mut self, tolerated: &mut Vec<Tolerated>) {
        let attrs = &mut self.attrs;
        self.extensions.retain_mut(|(name, value)| {
            let Some(index) = Attr::NAMES
                .iter()
                .position(|n| n.eq_ignore_ascii_case(name))
            else {
                return true;
            };
            if attrs[index].is_some() {
                return true;
            }
            attrs[index] = Some(std::mem::replace(value, Scalar::Null));
            tolerated.push(Tolerated::KeyCase {
                found: name.clone().into_owned(),
                expected: Attr::NAMES[index],
            });
            false
        });
    }
}

/// The event's data: `data` or `data_base64`, never both.
// Forced inline, as the `take_*` helpers above are and for the same reason.
#[inline(always)]
#[allow(clippy::inline_always)] // Measured; see `take_string`.
fn take_data<D: DataText>(
    data: Option<D>,
    data_base64: Option<Scalar<'_>>,
    datacontenttype: Option<&str>,
) -> Result<Option<PartsData<D>>, DecodeError> {
    Ok(match (data, data_base64) {
        (Some(_), Some(b64)) if !matches!(b64, Scalar::Null) => {
            return Err(DecodeErrorKind::DataAndDataBase64.into());
        }
        (_, Some(Scalar::Str(b64))) => Some(PartsData::Binary(decode_base64(&b64)?)),
        (_, Some(other)) if !matches!(other, Scalar::Null) => {
            return Err(DecodeErrorKind::WrongType {
                attribute: "data_base64".to_owned(),
                expected: "a base64 string",
                found: other.kind(),
            }
            .into());
        }
        (Some(raw), _) => Some(classify_data(raw, datacontenttype)),
        (None, _) => None,
    })
}

/// `data` under a JSON media type (or none) is JSON; a string under another media type is
/// text; anything else is kept as the JSON it was sent as, so nothing is lost.
fn classify_data<D: DataText>(raw: D, datacontenttype: Option<&str>) -> PartsData<D> {
    let is_json = datacontenttype.is_none_or(media_type::is_json);
    if !is_json
        && let Some(raw_text) = raw.raw_text()
        && raw_text.starts_with('"')
        && let Ok(text) = serde_json::from_str::<String>(raw_text)
    {
        return PartsData::Text(text);
    }
    PartsData::Json(raw)
}

pub(crate) fn decode_base64(text: &str) -> Result<Vec<u8>, DecodeError> {
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|e| DecodeErrorKind::InvalidBase64(e).into())
}

/// The extensions checked and converted; `printable` says the scanner saw every String value
/// free of control characters (see [`Envelope::note_unprintable`]).
fn check_extensions<'de, E: ExtensionSink<'de>>(
    built: Extensions,
    mut raw: Vec<(Cow<'de, str>, Scalar<'de>)>,
    had_duplicates: bool,
    rules: Leniency,
    printable: bool,
    tolerated: &mut Vec<Tolerated>,
) -> Result<E, DecodeError> {
    if raw.is_empty() {
        // Most events: none listed, and any built already (an owned event's).
        return Ok(E::from_built(built, had_duplicates));
    }
    // Before the checks, so that a repeated name's last value (a `null` too) is the one kept
    // and checked.
    if had_duplicates {
        keep_one_of_each_name(&mut raw);
    }
    // A plain loop. The in-place `filter_map`/`collect` it replaced compiled to several times
    // the code on a path every event takes; the loop's second `Vec` (for the events that have
    // extensions) measured no slower.
    let name_bytes = raw.iter().map(|(name, _)| name.len()).sum();
    let mut extensions = E::with_room(raw.len(), name_bytes);
    for (name, value) in raw {
        // The rest (and their errors) go through `check_extension`, whose result comes back
        // through memory.
        let value = match plain_extension(&name, value, printable) {
            Ok(plain) => plain,
            Err(value) => {
                if let Some((name, value)) =
                    check_extension(name, value, rules, printable, tolerated)?
                {
                    extensions.add(name, value);
                }
                continue;
            }
        };
        extensions.add(name, value);
    }
    Ok(extensions)
}

/// What almost every extension is: a valid name with a value that needs no rule, and so
/// no report either; anything else is given back, for [`check_extension`]. `printable` says
/// that a String value holds no control character.
#[inline(always)]
#[allow(clippy::inline_always)] // Measured; see `Value::scalar` in the scanner.
fn plain_extension<'de>(
    name: &str,
    value: Scalar<'de>,
    printable: bool,
) -> Result<ReceivedExtension<'de>, Scalar<'de>> {
    // `Key::of` took every reserved name, which leaves the name's characters to check.
    let plain = !name.is_empty() && extension::is_lower_alnum(name);
    debug_assert_eq!(
        plain,
        extension::check_received_name(name).is_ok(),
        "{name}"
    );
    Ok(match value {
        Scalar::I64(i) if plain && i32::try_from(i).is_ok() => ReceivedExtension::Integer(i),
        Scalar::U64(u @ 0..=0x7FFF_FFFF) if plain => ReceivedExtension::Integer(u.cast_signed()),
        Scalar::Bool(b) if plain => ReceivedExtension::Boolean(b),
        Scalar::Str(s) if plain && printable => ReceivedExtension::String(s),
        value => return Err(value),
    })
}

/// Keeps each extension name once, in its first place with its last value, as a map would;
/// linear in the number of extensions.
#[cold]
fn keep_one_of_each_name(extensions: &mut Vec<(Cow<'_, str>, Scalar<'_>)>) {
    // Where each name was first seen, for every entry.
    let first: Vec<usize> = {
        let mut places = HashMap::with_capacity(extensions.len());
        extensions
            .iter()
            .enumerate()
            .map(|(index, (name, _))| *places.entry(&**name).or_insert(index))
            .collect()
    };
    for (index, &place) in first.iter().enumerate() {
        if place != index {
            let value = std::mem::replace(&mut extensions[index].1, Scalar::Null);
            extensions[place].1 = value;
        }
    }
    let mut keep = first
        .iter()
        .enumerate()
        .map(|(index, &place)| place == index);
    extensions.retain(|_| keep.next().unwrap_or(true));
}

/// One extension attribute checked and converted; `None` for a `null`, which is absent.
fn check_extension<'de>(
    name: Cow<'de, str>,
    value: Scalar<'de>,
    rules: Leniency,
    printable: bool,
    tolerated: &mut Vec<Tolerated>,
) -> Result<Option<(Cow<'de, str>, ReceivedExtension<'de>)>, DecodeError> {
    if let Err(reason) = extension::check_received_name(&name) {
        if !rules.extension_names {
            return Err(invalid_name(name.into_owned(), reason));
        }
        tolerated.push(Tolerated::ExtensionName(name.clone().into_owned()));
    }
    let not_integer = |value: &dyn fmt::Display, tolerated: &mut Vec<Tolerated>| {
        if rules.extension_integers {
            tolerated.push(Tolerated::NotInteger(name.clone().into_owned()));
            Ok(ReceivedExtension::String(Cow::Owned(value.to_string())))
        } else {
            Err(invalid_integer(&name, value))
        }
    };
    let value = match value {
        Scalar::Null => return Ok(None),
        Scalar::Bool(b) => ReceivedExtension::Boolean(b),
        Scalar::Str(s) => {
            if !printable {
                check_text(
                    &name,
                    &s,
                    rules.control_characters.then_some(&mut *tolerated),
                )?;
            }
            ReceivedExtension::String(s)
        }
        Scalar::I64(i) if i32::try_from(i).is_ok() => ReceivedExtension::Integer(i),
        // Up to `i32::MAX` (a range pattern, not an `if let` guard, which would need Rust 1.95).
        Scalar::U64(u @ 0..=0x7FFF_FFFF) => ReceivedExtension::Integer(u.cast_signed()),
        // The JSON format allows "the integer component optionally prefixed with a minus
        // sign", so `-0` is the Integer 0; serde_json reads it as the float -0.0 (as it reads
        // `-0.0` and `-0e0`, which cannot be told apart from it here). Other floats, `1e2`
        // included, have a fraction or an exponent and are not Integers.
        Scalar::F64(f) if f == 0.0 && f.is_sign_negative() => ReceivedExtension::Integer(0),
        Scalar::I64(i) => not_integer(&i, tolerated)?,
        Scalar::U64(u) => not_integer(&u, tolerated)?,
        Scalar::F64(f) => not_integer(&f, tolerated)?,
        Scalar::BigNumber(text) => not_integer(&text, tolerated)?,
        other @ (Scalar::Array | Scalar::Object) => {
            return Err(DecodeErrorKind::WrongType {
                attribute: name.clone().into_owned(),
                expected: "a string, an integer or a boolean",
                found: other.kind(),
            }
            .into());
        }
    };
    Ok(Some((name, value)))
}

/// The error for an extension name that breaks the rules; one that spells an attribute in
/// other letter case says so.
#[cold]
fn invalid_name(name: String, reason: extension::NameError) -> DecodeError {
    match Attr::NAMES
        .iter()
        .find(|attribute| attribute.eq_ignore_ascii_case(&name))
    {
        Some(expected) => DecodeErrorKind::AttributeCase {
            found: name,
            expected,
        }
        .into(),
        None => DecodeErrorKind::InvalidExtensionName { name, reason }.into(),
    }
}

/// A missing required attribute, explained when the event shows why: the attribute is there
/// in other letter case, or the event is in the Event Grid schema.
#[cold]
fn explain_missing(error: DecodeError, extensions: &[(Cow<'_, str>, Scalar<'_>)]) -> DecodeError {
    let DecodeErrorKind::MissingAttribute(expected) = *error.kind() else {
        return error;
    };
    if let Some((found, _)) = extensions
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(expected))
    {
        return DecodeErrorKind::AttributeCase {
            found: found.clone().into_owned(),
            expected,
        }
        .into();
    }
    if extensions.iter().any(|(name, _)| name == "eventType") {
        return DecodeErrorKind::WrongSchema {
            found: "an Event Grid schema event (it has `eventType`)",
            decoder: "eventgrid_types::event_grid::from_slice",
        }
        .into();
    }
    error
}

/// [`check_text`] for each String attribute that is present.
#[inline]
fn check_texts(
    attributes: [(Attr, Option<&Cow<'_, str>>); 6],
    mut tolerated: Option<&mut Vec<Tolerated>>,
) -> Result<(), DecodeError> {
    for (attr, text) in attributes {
        if let Some(text) = text {
            check_text(attr.name(), text, tolerated.as_deref_mut())?;
        }
    }
    Ok(())
}

/// Refuses a control character in a String attribute, or, given `tolerated` (a lenient
/// decoder), keeps the value and reports it.
#[inline]
pub(crate) fn check_text(
    attribute: &str,
    text: &str,
    tolerated: Option<&mut Vec<Tolerated>>,
) -> Result<(), DecodeError> {
    if let Some(found) = crate::validate::find_control(text) {
        match tolerated {
            Some(list) => list.push(Tolerated::ControlCharacter(attribute.to_owned())),
            None => {
                return Err(DecodeErrorKind::ControlCharacter {
                    attribute: attribute.to_owned(),
                    found: u32::from(found),
                }
                .into());
            }
        }
    }
    Ok(())
}

fn invalid_integer(name: &str, value: &dyn fmt::Display) -> DecodeError {
    DecodeErrorKind::InvalidInteger {
        name: name.to_owned(),
        value: value.to_string(),
    }
    .into()
}

/// Decodes a `CloudEvent` from any serde deserializer (structured mode). Errors are the
/// same checks as [`from_slice`](super::from_slice), as the deserializer's custom error.
///
/// No [`Limits`](super::Limits) apply here: the deserializer reads whatever it is given.
/// For a body from the network, check its size first or use a [`Decoder`](super::Decoder).
impl<'de> Deserialize<'de> for CloudEvent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let envelope = Envelope::<'de, Box<RawValue>>::deserialize(deserializer)?;
        envelope
            .check_owned(Leniency::STRICT)
            .map_err(de::Error::custom)
    }
}
