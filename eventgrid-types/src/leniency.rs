//! Which departures from the CloudEvents rules a decoder accepts, rule by rule.

/// The CloudEvents rules a structured-mode decoder may relax, one switch each. A relaxed rule
/// is recorded on the event when it is used ([`CloudEvent::tolerated`](crate::CloudEvent::tolerated)).
///
/// Consumers start from [`Leniency::CONSUMER`] (every rule relaxed: what real payloads need);
/// producers and tests that hold events to the spec start from [`Leniency::STRICT`].
///
/// ```
/// use eventgrid_types::Leniency;
/// use eventgrid_types::json::Decoder;
///
/// // Accept other-cased attribute names, and nothing else.
/// let rules = Leniency::STRICT.key_case(true);
/// let decoder = Decoder::strict().with_leniency(rules);
/// let event = decoder
///     .from_slice(br#"{"specVersion":"1.0","id":"1","source":"/s","type":"t"}"#)
///     .unwrap();
/// assert_eq!(event.tolerated().len(), 1);
/// assert!(decoder.from_slice(br#"{"specversion":"1.0","id":"","source":"/s","type":"t"}"#).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // One switch per rule is the point.
pub struct Leniency {
    /// Attribute names in other letter case (`specVersion`) are read as the attribute.
    pub key_case: bool,
    /// A missing `specversion` is read as `1.0`.
    pub missing_specversion: bool,
    /// An empty `id`, `source` or `type` is accepted.
    pub empty_required: bool,
    /// A repeated member keeps its last value.
    pub duplicates: bool,
    /// An extension name outside `[a-z0-9]` (or reserved) is kept as received.
    pub extension_names: bool,
    /// An extension number outside the CloudEvents Integer type is kept as its text.
    pub extension_integers: bool,
    /// A control character in a String attribute (which the spec forbids) is kept as
    /// received; the encoders still refuse it.
    pub control_characters: bool,
}

impl Leniency {
    /// Every rule enforced.
    pub const STRICT: Leniency = Leniency {
        key_case: false,
        missing_specversion: false,
        empty_required: false,
        duplicates: false,
        extension_names: false,
        extension_integers: false,
        control_characters: false,
    };

    /// Every rule relaxed: what the consumer entry points use.
    pub const CONSUMER: Leniency = Leniency {
        key_case: true,
        missing_specversion: true,
        empty_required: true,
        duplicates: true,
        extension_names: true,
        extension_integers: true,
        control_characters: true,
    };

    /// The same, with [`Leniency::key_case`] set.
    #[must_use]
    pub const fn key_case(mut self, on: bool) -> Self {
        self.key_case = on;
        self
    }

    /// The same, with [`Leniency::missing_specversion`] set.
    #[must_use]
    pub const fn missing_specversion(mut self, on: bool) -> Self {
        self.missing_specversion = on;
        self
    }

    /// The same, with [`Leniency::empty_required`] set.
    #[must_use]
    pub const fn empty_required(mut self, on: bool) -> Self {
        self.empty_required = on;
        self
    }

    /// The same, with [`Leniency::duplicates`] set.
    #[must_use]
    pub const fn duplicates(mut self, on: bool) -> Self {
        self.duplicates = on;
        self
    }

    /// The same, with [`Leniency::extension_names`] set.
    #[must_use]
    pub const fn extension_names(mut self, on: bool) -> Self {
        self.extension_names = on;
        self
    }

    /// The same, with [`Leniency::extension_integers`] set.
    #[must_use]
    pub const fn extension_integers(mut self, on: bool) -> Self {
        self.extension_integers = on;
        self
    }

    /// The same, with [`Leniency::control_characters`] set.
    #[must_use]
    pub const fn control_characters(mut self, on: bool) -> Self {
        self.control_characters = on;
        self
    }
}

/// [`Leniency::STRICT`].
impl Default for Leniency {
    fn default() -> Self {
        Leniency::STRICT
    }
}
