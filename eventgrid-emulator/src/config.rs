//! The emulator's configuration: where it listens, its keys, and its topics and subscriptions.
//!
//! It is read from a TOML or a JSON file (by extension) or built in code. Every field has a
//! default, so an empty file is a valid configuration that makes topics on first use.
//!
//! ```
//! use eventgrid_emulator::config::Config;
//!
//! let config: Config = toml::from_str(r#"
//!     keys = ["c2VjcmV0LWtleS1vbmU="]
//!     auto_create = false
//!
//!     [[namespace_topics]]
//!     name = "orders"
//!
//!     [[namespace_topics.subscriptions]]
//!     name = "billing"
//!     lock_duration_seconds = 120
//! "#)?;
//! config.check()?;
//! assert_eq!(config.namespace_topics[0].subscriptions[0].lock_duration_seconds, 120);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The key every emulator accepts unless its configuration names others: base64 of
/// `eventgrid-emulator-key`. It is public, so it protects nothing; it lets clients that
/// insist on a key talk to a default emulator.
pub const DEFAULT_KEY: &str = "ZXZlbnRncmlkLWVtdWxhdG9yLWtleQ==";

/// The shortest lock a subscription may have, in seconds (the service's bound).
pub const MIN_LOCK_DURATION_SECONDS: u32 = 60;
/// The longest lock a subscription may have, in seconds (the service's bound).
pub const MAX_LOCK_DURATION_SECONDS: u32 = 300;
/// The service's default lock duration, in seconds.
pub const DEFAULT_LOCK_DURATION_SECONDS: u32 = 60;
/// The service's default maximum delivery count.
pub const DEFAULT_MAX_DELIVERY_COUNT: u32 = 10;
/// The service's default (and longest) event retention, in seconds: 7 days.
pub const DEFAULT_RETENTION_SECONDS: u64 = 7 * 24 * 60 * 60;

/// How many dead letters a subscription keeps unless configured otherwise.
pub const DEFAULT_DEAD_LETTER_LIMIT: usize = 10_000;

/// The whole configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Config {
    /// The address to listen on; `127.0.0.1:0` (any free port) by default.
    pub listen: SocketAddr,
    /// The access keys (base64, as the service shows them). Any one of them is accepted as a
    /// key, and signs SAS tokens.
    pub keys: Vec<String>,
    /// Whether `Authorization: Bearer` is accepted. Refused with 401 when `false`; checked
    /// by `bearer` when that is set, else accepted unchecked.
    pub accept_bearer: bool,
    /// How bearer tokens are checked: the emulator's stand-in for Entra ID.
    pub bearer: Option<BearerConfig>,
    /// Whether a topic or subscription that is not configured is made on first use. When
    /// `false`, requests to one get 404.
    pub auto_create: bool,
    /// The namespace topics.
    pub namespace_topics: Vec<NamespaceTopicConfig>,
    /// The basic topics.
    pub basic_topics: Vec<BasicTopicConfig>,
    /// Serve HTTPS instead of HTTP: with `tls_certificate` and `tls_key` (PEM files) when
    /// given, else with a self-signed certificate generated at start.
    pub tls: bool,
    /// The certificate chain (PEM) for `tls`.
    pub tls_certificate: Option<PathBuf>,
    /// The private key (PEM) for `tls`.
    pub tls_key: Option<PathBuf>,
    /// PEM files of root certificates that push delivery trusts besides the platform's,
    /// for `https://` webhooks with a self-signed or development CA's certificate. The
    /// webhook's certificate is always verified; there is no switch to accept any.
    ///
    /// ```toml
    /// push_trusted_roots = ["certs/dev-ca.pem"]
    /// ```
    pub push_trusted_roots: Vec<PathBuf>,
    /// Where namespace topics' queues and basic topics' pending push deliveries are kept
    /// across restarts (a redb file in this directory); in memory only when `None`.
    pub data_dir: Option<PathBuf>,
    /// How many dead letters each subscription (namespace or webhook) keeps; past it the
    /// oldest is dropped and counted in `dead_letters_dropped`. The service writes dead
    /// letters to a storage container; the emulator keeps them in memory (and with
    /// `data_dir` on disk), so this bounds what they cost.
    pub dead_letter_limit: usize,
    /// The factor applied to push delivery's retry delays and time to live: 1 is the
    /// service's timing, 0.001 turns its first 10-second retry into 10 ms.
    pub delivery_time_scale: f64,
    /// The factor applied to namespace lock durations (and so to lock renewals) and release
    /// delays, from 0 (exclusive) to 1: 1 is the service's timing, 0.01 makes the shortest
    /// lock (60 s) last 600 ms, so tests can watch locks expire.
    pub lock_time_scale: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            keys: vec![DEFAULT_KEY.to_owned()],
            accept_bearer: true,
            bearer: None,
            auto_create: true,
            namespace_topics: Vec::new(),
            basic_topics: Vec::new(),
            tls: false,
            tls_certificate: None,
            tls_key: None,
            push_trusted_roots: Vec::new(),
            data_dir: None,
            dead_letter_limit: DEFAULT_DEAD_LETTER_LIMIT,
            delivery_time_scale: 1.0,
            lock_time_scale: 1.0,
        }
    }
}

/// How the emulator checks `Authorization: Bearer` tokens, as the service checks Entra ID
/// tokens: a JWT signed with HS256 by `hs256_key` (where Entra ID signs with its published
/// RSA keys), whose `aud` is Event Grid's ([`BEARER_AUDIENCE`], with or without a trailing
/// slash), whose `exp` has not passed and whose `nbf`, when present, has; and whose `iss` is
/// `issuer` when that is set.
///
/// ```toml
/// [bearer]
/// hs256_key = "c2lnbmluZy1rZXk="
/// issuer = "https://sts.windows.net/00000000-0000-0000-0000-000000000000/"
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct BearerConfig {
    /// The HS256 signing key, base64.
    pub hs256_key: String,
    /// The issuer tokens must name; any issuer when `None`.
    #[serde(default)]
    pub issuer: Option<String>,
}

impl BearerConfig {
    /// Tokens signed with `hs256_key` (base64), from any issuer.
    pub fn new(hs256_key: impl Into<String>) -> Self {
        BearerConfig {
            hs256_key: hs256_key.into(),
            issuer: None,
        }
    }

    /// The same, accepting only tokens from `issuer`.
    #[must_use]
    pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuer = Some(issuer.into());
        self
    }
}

/// The audience of Event Grid's Entra ID tokens (the scope `https://eventgrid.azure.net/.default`
/// asks for it).
pub const BEARER_AUDIENCE: &str = "https://eventgrid.azure.net";

/// A namespace topic and its event subscriptions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NamespaceTopicConfig {
    /// The topic's name.
    pub name: String,
    /// Its event subscriptions; each gets every event published after it exists.
    #[serde(default)]
    pub subscriptions: Vec<SubscriptionConfig>,
}

impl NamespaceTopicConfig {
    /// A topic with these subscriptions.
    pub fn new(name: impl Into<String>, subscriptions: Vec<SubscriptionConfig>) -> Self {
        NamespaceTopicConfig {
            name: name.into(),
            subscriptions,
        }
    }
}

/// A namespace event subscription (queue delivery).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct SubscriptionConfig {
    /// The subscription's name.
    pub name: String,
    /// How long a received event stays locked, in seconds (60 to 300).
    pub lock_duration_seconds: u32,
    /// How many deliveries an event gets before it is dead-lettered (1 to 100).
    pub max_delivery_count: u32,
    /// How long an event is kept before it is dropped, in seconds (at most 7 days).
    pub retention_seconds: u64,
}

impl SubscriptionConfig {
    /// A subscription with the service's defaults.
    pub fn new(name: impl Into<String>) -> Self {
        SubscriptionConfig {
            name: name.into(),
            ..SubscriptionConfig::default()
        }
    }

    /// The same subscription with another lock duration.
    #[must_use]
    pub fn lock_duration_seconds(mut self, seconds: u32) -> Self {
        self.lock_duration_seconds = seconds;
        self
    }

    /// The same subscription with another maximum delivery count.
    #[must_use]
    pub fn max_delivery_count(mut self, count: u32) -> Self {
        self.max_delivery_count = count;
        self
    }

    /// The same subscription with another retention.
    #[must_use]
    pub fn retention_seconds(mut self, seconds: u64) -> Self {
        self.retention_seconds = seconds;
        self
    }
}

impl Default for SubscriptionConfig {
    fn default() -> Self {
        SubscriptionConfig {
            name: String::new(),
            lock_duration_seconds: DEFAULT_LOCK_DURATION_SECONDS,
            max_delivery_count: DEFAULT_MAX_DELIVERY_COUNT,
            retention_seconds: DEFAULT_RETENTION_SECONDS,
        }
    }
}

/// The schema a basic topic accepts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum InputSchema {
    /// Arrays of Event Grid schema events.
    #[default]
    EventGridSchema,
    /// CloudEvents 1.0 (structured, or a batch).
    CloudEventSchemaV1_0,
}

/// A basic topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct BasicTopicConfig {
    /// The topic's name.
    pub name: String,
    /// The schema its publishers use.
    #[serde(default)]
    pub input_schema: InputSchema,
    /// Its webhook subscriptions (push delivery).
    #[serde(default)]
    pub subscriptions: Vec<WebhookSubscriptionConfig>,
}

impl BasicTopicConfig {
    /// A basic topic taking `input_schema`, without subscriptions.
    pub fn new(name: impl Into<String>, input_schema: InputSchema) -> Self {
        BasicTopicConfig {
            name: name.into(),
            input_schema,
            subscriptions: Vec::new(),
        }
    }
}

/// The schema a webhook subscription delivers in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum DeliverySchema {
    /// An Event Grid schema array holding one event (only from Event Grid schema topics).
    #[default]
    EventGridSchema,
    /// One structured CloudEvent per request.
    CloudEventSchemaV1_0,
}

/// A webhook subscription of a basic topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct WebhookSubscriptionConfig {
    /// The subscription's name (sent in `aeg-subscription-name`).
    pub name: String,
    /// The webhook URL.
    pub endpoint: String,
    /// The schema events are delivered in.
    pub delivery_schema: DeliverySchema,
    /// Only these event types (compared ignoring case); all when empty.
    pub included_event_types: Vec<String>,
    /// Only subjects that begin with this.
    pub subject_begins_with: String,
    /// Only subjects that end with this.
    pub subject_ends_with: String,
    /// Whether the subject filters compare case.
    pub is_subject_case_sensitive: bool,
    /// Advanced filters, all of which must match.
    pub advanced_filters: Vec<AdvancedFilter>,
    /// Attempts before an event is dead-lettered (1 to 30).
    pub max_delivery_attempts: u32,
    /// Minutes an event is retried before it is dead-lettered (1 to 1440).
    pub event_time_to_live_minutes: u32,
}

impl WebhookSubscriptionConfig {
    /// A subscription delivering every event to `endpoint`, with the service's retry
    /// defaults (30 attempts, 1,440 minutes).
    pub fn new(
        name: impl Into<String>,
        endpoint: impl Into<String>,
        delivery_schema: DeliverySchema,
    ) -> Self {
        WebhookSubscriptionConfig {
            name: name.into(),
            endpoint: endpoint.into(),
            delivery_schema,
            ..WebhookSubscriptionConfig::default()
        }
    }
}

impl Default for WebhookSubscriptionConfig {
    fn default() -> Self {
        WebhookSubscriptionConfig {
            name: String::new(),
            endpoint: String::new(),
            delivery_schema: DeliverySchema::default(),
            included_event_types: Vec::new(),
            subject_begins_with: String::new(),
            subject_ends_with: String::new(),
            is_subject_case_sensitive: false,
            advanced_filters: Vec::new(),
            max_delivery_attempts: 30,
            event_time_to_live_minutes: 1440,
        }
    }
}

/// An advanced filter: `{"operator_type": "StringContains", "key": "data.color",
/// "values": ["blue"]}`. `value` is for `BoolEquals`; `values` of `NumberInRange` are
/// `[low, high]` pairs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AdvancedFilter {
    /// The operator, as the service names it (`NumberIn`, `StringBeginsWith`, ...).
    pub operator_type: crate::basic::Operator,
    /// The event member: `subject`, `data.a.b`, a CloudEvents attribute or extension, ...
    pub key: String,
    /// The values to compare with.
    #[serde(default)]
    pub values: Vec<serde_json::Value>,
    /// The value of `BoolEquals`.
    #[serde(default)]
    pub value: Option<serde_json::Value>,
}

/// A configuration that cannot be used, with every reason found.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML or JSON for this configuration.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What the parser said, with the line or path.
        message: String,
    },
    /// Values out of range or contradicting each other.
    #[error("invalid configuration:\n  {}", .0.join("\n  "))]
    Invalid(Vec<String>),
}

impl Config {
    /// Reads a configuration file: JSON when it ends in `.json`, TOML otherwise. The result
    /// is [checked](Config::check).
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        let parse_error = |message: String| ConfigError::Parse {
            path: path.to_owned(),
            message,
        };
        let config: Config = if path.extension().is_some_and(|ext| ext == "json") {
            serde_json::from_str(&text).map_err(|e| parse_error(e.to_string()))?
        } else {
            toml::from_str(&text).map_err(|e| parse_error(e.to_string()))?
        };
        config.check()?;
        Ok(config)
    }

    /// The TLS identity to serve with: `None` for plain HTTP.
    pub fn tls_identity(&self) -> Result<Option<crate::tls::TlsIdentity>, crate::tls::TlsError> {
        if !self.tls {
            return Ok(None);
        }
        match (&self.tls_certificate, &self.tls_key) {
            (Some(certificate), Some(key)) => {
                crate::tls::TlsIdentity::from_pem_files(certificate, key).map(Some)
            }
            _ => crate::tls::TlsIdentity::self_signed().map(Some),
        }
    }

    /// Reads `push_trusted_roots` as push delivery will when the emulator starts
    /// ([`Emulator::start`](crate::Emulator::start) and [`serve`](crate::serve) fail the
    /// same way), so that a binary reports a file it cannot use before it announces itself.
    ///
    /// ```
    /// use eventgrid_emulator::Config;
    ///
    /// let mut config = Config::default();
    /// config.push_trusted_roots = vec!["no-such-dev-ca.pem".into()];
    /// let error = config.check_push_trusted_roots().unwrap_err();
    /// assert!(error.to_string().starts_with("cannot read trusted root certificates"));
    /// ```
    pub fn check_push_trusted_roots(&self) -> Result<(), crate::tls::TlsError> {
        crate::tls::load_trusted_roots(&self.push_trusted_roots).map(drop)
    }

    /// Checks every value against the service's bounds, and reports all problems at once.
    pub fn check(&self) -> Result<(), ConfigError> {
        let mut problems = Vec::new();
        if self.keys.is_empty() {
            problems.push("`keys` must hold at least one key".to_owned());
        }
        for (i, key) in self.keys.iter().enumerate() {
            if crate::auth::decode_key(key).is_none() {
                problems.push(format!("keys[{i}] is not base64"));
            }
        }
        let mut topic_names = std::collections::HashSet::new();
        for (t, topic) in self.namespace_topics.iter().enumerate() {
            let at = format!("namespace_topics[{t}] ({:?})", topic.name);
            check_name(&mut problems, &at, &topic.name);
            if !topic_names.insert(&topic.name) {
                problems.push(format!("{at}: the name is used twice"));
            }
            let mut names = std::collections::HashSet::new();
            for (s, sub) in topic.subscriptions.iter().enumerate() {
                let at = format!("{at}.subscriptions[{s}] ({:?})", sub.name);
                check_name(&mut problems, &at, &sub.name);
                if !names.insert(&sub.name) {
                    problems.push(format!("{at}: the name is used twice"));
                }
                problems.extend(sub.problems().into_iter().map(|p| format!("{at}: {p}")));
            }
        }
        if let Some(bearer) = &self.bearer {
            if !self.accept_bearer {
                problems.push("`bearer` is set but `accept_bearer` is false".to_owned());
            }
            if crate::auth::decode_key(&bearer.hs256_key).is_none_or(|key| key.is_empty()) {
                problems.push("bearer.hs256_key is not a non-empty base64 key".to_owned());
            }
        }
        if self.tls_certificate.is_some() != self.tls_key.is_some() {
            problems.push("`tls_certificate` and `tls_key` go together".to_owned());
        }
        if self.tls_certificate.is_some() && !self.tls {
            problems.push("`tls_certificate` is set but `tls` is false".to_owned());
        }
        let mut basic_names = std::collections::HashSet::new();
        for (t, topic) in self.basic_topics.iter().enumerate() {
            let at = format!("basic_topics[{t}] ({:?})", topic.name);
            check_name(&mut problems, &at, &topic.name);
            if !basic_names.insert(&topic.name) {
                problems.push(format!("{at}: the name is used twice"));
            }
            for (s, sub) in topic.subscriptions.iter().enumerate() {
                let at = format!("{at}.subscriptions[{s}] ({:?})", sub.name);
                check_name(&mut problems, &at, &sub.name);
                problems.extend(
                    sub.problems(topic.input_schema)
                        .into_iter()
                        .map(|p| format!("{at}: {p}")),
                );
            }
        }
        if !(self.delivery_time_scale.is_finite() && self.delivery_time_scale > 0.0) {
            problems.push(format!(
                "delivery_time_scale must be a positive number, found {}",
                self.delivery_time_scale
            ));
        }
        if !(self.lock_time_scale > 0.0 && self.lock_time_scale <= 1.0) {
            problems.push(format!(
                "lock_time_scale must be greater than 0 and at most 1, found {}",
                self.lock_time_scale
            ));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ConfigError::Invalid(problems))
        }
    }
}

impl SubscriptionConfig {
    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if !(MIN_LOCK_DURATION_SECONDS..=MAX_LOCK_DURATION_SECONDS)
            .contains(&self.lock_duration_seconds)
        {
            problems.push(format!(
                "lock_duration_seconds must be from {MIN_LOCK_DURATION_SECONDS} to \
                 {MAX_LOCK_DURATION_SECONDS}, found {}",
                self.lock_duration_seconds
            ));
        }
        if !(1..=100).contains(&self.max_delivery_count) {
            problems.push(format!(
                "max_delivery_count must be from 1 to 100, found {}",
                self.max_delivery_count
            ));
        }
        if !(1..=DEFAULT_RETENTION_SECONDS).contains(&self.retention_seconds) {
            problems.push(format!(
                "retention_seconds must be from 1 to {DEFAULT_RETENTION_SECONDS}, found {}",
                self.retention_seconds
            ));
        }
        problems
    }
}

impl WebhookSubscriptionConfig {
    fn problems(&self, input: InputSchema) -> Vec<String> {
        let mut problems = Vec::new();
        if !(self.endpoint.starts_with("http://") || self.endpoint.starts_with("https://")) {
            problems.push(format!(
                "endpoint {:?} is not an http(s) URL",
                self.endpoint
            ));
        }
        if input == InputSchema::CloudEventSchemaV1_0
            && self.delivery_schema == DeliverySchema::EventGridSchema
        {
            problems.push(
                "a CloudEvents topic delivers only in the CloudEvents schema (as the service)"
                    .to_owned(),
            );
        }
        if !(1..=30).contains(&self.max_delivery_attempts) {
            problems.push(format!(
                "max_delivery_attempts must be from 1 to 30, found {}",
                self.max_delivery_attempts
            ));
        }
        if !(1..=1440).contains(&self.event_time_to_live_minutes) {
            problems.push(format!(
                "event_time_to_live_minutes must be from 1 to 1440, found {}",
                self.event_time_to_live_minutes
            ));
        }
        for (i, filter) in self.advanced_filters.iter().enumerate() {
            if let Err(problem) = filter.operator_type.check(filter) {
                problems.push(format!("advanced_filters[{i}]: {problem}"));
            }
        }
        problems
    }
}

/// The service's rule for topic and subscription names: 3 to 50 characters of letters,
/// digits and hyphens.
pub(crate) fn is_valid_name(name: &str) -> bool {
    (3..=50).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn check_name(problems: &mut Vec<String>, at: &str, name: &str) {
    if !is_valid_name(name) {
        problems.push(format!(
            "{at}: a name is 3 to 50 letters, digits and hyphens"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_file_is_a_valid_configuration() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("emulator.example.toml");
        let config = Config::from_file(&path).unwrap();
        assert_eq!(config.namespace_topics[0].subscriptions.len(), 2);
        assert_eq!(
            config.namespace_topics[0].subscriptions[1].lock_duration_seconds,
            120
        );
        let audit = &config.basic_topics[0].subscriptions[0];
        assert_eq!(
            audit.advanced_filters[0].operator_type,
            crate::basic::Operator::NumberGreaterThan
        );
        assert_eq!(config.keys, [DEFAULT_KEY]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let config: Config = toml::from_str(
            r#"
            keys = []
            [[namespace_topics]]
            name = "x"
            [[namespace_topics.subscriptions]]
            name = "billing"
            lock_duration_seconds = 30
            max_delivery_count = 0
            "#,
        )
        .unwrap();
        let ConfigError::Invalid(problems) = config.check().unwrap_err() else {
            panic!("not a list of problems");
        };
        assert_eq!(problems.len(), 4, "{problems:#?}");
        assert!(problems.iter().any(|p| p.contains("lock_duration_seconds")));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("namespace_topics[0] (\"x\")"))
        );
    }

    #[test]
    fn lock_time_scale_shortens_and_never_lengthens() {
        for (scale, ok) in [
            (0.01, true),
            (1.0, true),
            (0.0, false),
            (2.0, false),
            (f64::NAN, false),
        ] {
            let config = Config {
                lock_time_scale: scale,
                ..Config::default()
            };
            assert_eq!(config.check().is_ok(), ok, "{scale}");
        }
    }
}
