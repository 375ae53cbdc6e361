//! The benchmark inputs (`cargo bench -p eventgrid-tests`), generated deterministically from a
//! fixed seed with a small SplitMix64 generator, so every run and every machine measures the
//! same bytes:
//!
//! - [`azure_events`]: realistic Azure system events, about 70% `Microsoft.Storage.BlobCreated`,
//!   15% `Microsoft.Resources.ResourceWriteSuccess` (~3 KB each: authorization, claims,
//!   httpRequest) and 15% `Microsoft.EventHub.CaptureFileCreated`, 7-digit fractional times,
//!   about a third with extensions (`traceparent`, `tracestate`, the integer `retrycount`);
//!   [`cloudevents_batch`] writes them as a CloudEvents JSON batch in Azure's attribute order
//!   (`id`, `source`, `specversion`, `type`, `subject`, `time`, extensions, `data`),
//!   [`event_grid_array`] as an Event Grid schema array; both stay under 1 MiB, the decoders'
//!   default limit;
//! - [`orders`]: user events (an order with items, a status enum, an address, a timestamp);
//! - [`one_order`]: one order of about 1 KB of data, for the structured and binary modes.
//!
//! The payload types are plain serde structs; they are also what the benchmark's hand-written
//! baseline decodes into, so every contender builds the same values.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use eventgrid_types::{CloudEvent, Timestamp};
use serde::{Deserialize, Serialize};

/// The seed every input is generated from.
pub const SEED: u64 = 0x5EED_0E7E_4761_D000;

/// The largest body the generated batches reach, below the decoders' 1 MiB default limit.
pub const TARGET_BATCH_BYTES: usize = 1_000_000;

/// SplitMix64: tiny, fast and good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// A number in `0..n` as `usize`.
    pub fn index(&mut self, n: usize) -> usize {
        usize::try_from(self.below(n as u64)).expect("below n fits usize")
    }

    /// One element of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.index(items.len())]
    }

    /// `digits` lower-case hex digits.
    pub fn hex(&mut self, digits: usize) -> String {
        let mut out = String::with_capacity(digits);
        while out.len() < digits {
            let _ = write!(out, "{:016x}", self.next_u64());
        }
        out.truncate(digits);
        out
    }

    /// A lower-case hyphenated UUID (version 4 layout).
    pub fn uuid(&mut self) -> String {
        let h = self.hex(32);
        format!(
            "{}-{}-4{}-a{}-{}",
            &h[..8],
            &h[8..12],
            &h[13..16],
            &h[17..20],
            &h[20..]
        )
    }

    /// A UTC time in 2026 with 7 fractional digits, as Azure writes it.
    pub fn azure_time(&mut self) -> String {
        format!(
            "2026-{:02}-{:02}T{:02}:{:02}:{:02}.{:07}Z",
            1 + self.below(12),
            1 + self.below(28),
            self.below(24),
            self.below(60),
            self.below(60),
            self.below(10_000_000)
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Azure system event payloads
// ---------------------------------------------------------------------------------------------

/// `Microsoft.Storage.BlobCreated` data.
#[derive(CloudEvent, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cloudevent(type = "Microsoft.Storage.BlobCreated", source = "/subscriptions")]
#[serde(rename_all = "camelCase")]
pub struct BlobCreatedData {
    pub api: String,
    pub client_request_id: String,
    pub request_id: String,
    pub e_tag: String,
    pub content_type: String,
    pub content_length: u64,
    pub blob_type: String,
    pub access_tier: String,
    pub url: String,
    pub sequencer: String,
    pub storage_diagnostics: StorageDiagnostics,
}

/// `storageDiagnostics` of storage events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StorageDiagnostics {
    pub batch_id: String,
}

/// `Microsoft.Resources.ResourceWriteSuccess` data.
#[derive(CloudEvent, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cloudevent(
    type = "Microsoft.Resources.ResourceWriteSuccess",
    source = "/subscriptions"
)]
#[serde(rename_all = "camelCase")]
pub struct ResourceWriteSuccessData {
    pub tenant_id: String,
    pub subscription_id: String,
    pub resource_group: String,
    pub resource_provider: String,
    pub resource_uri: String,
    pub operation_name: String,
    pub status: String,
    pub authorization: Authorization,
    pub claims: BTreeMap<String, String>,
    pub correlation_id: String,
    pub http_request: HttpRequest,
}

/// `authorization` of resource events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Authorization {
    pub scope: String,
    pub action: String,
    pub evidence: Evidence,
}

/// `authorization.evidence` of resource events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    pub role: String,
    pub role_assignment_scope: String,
    pub role_assignment_id: String,
    pub role_definition_id: String,
    pub principal_id: String,
    pub principal_type: String,
}

/// `httpRequest` of resource events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HttpRequest {
    pub client_request_id: String,
    pub client_ip_address: String,
    pub method: String,
    pub url: String,
}

/// `Microsoft.EventHub.CaptureFileCreated` data.
#[derive(CloudEvent, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cloudevent(
    type = "Microsoft.EventHub.CaptureFileCreated",
    source = "/subscriptions"
)]
#[serde(rename_all = "camelCase")]
pub struct CaptureFileCreatedData {
    pub file_url: String,
    pub file_type: String,
    pub partition_id: String,
    pub size_in_bytes: u64,
    pub event_count: u64,
    pub first_sequence_number: i64,
    pub last_sequence_number: i64,
    pub first_enqueue_time: String,
    pub last_enqueue_time: String,
}

/// `type` of [`BlobCreatedData`].
pub const BLOB_CREATED: &str = "Microsoft.Storage.BlobCreated";
/// `type` of [`ResourceWriteSuccessData`].
pub const RESOURCE_WRITE_SUCCESS: &str = "Microsoft.Resources.ResourceWriteSuccess";
/// `type` of [`CaptureFileCreatedData`].
pub const CAPTURE_FILE_CREATED: &str = "Microsoft.EventHub.CaptureFileCreated";

/// The typed data of one of the three system events, as a user declares the union of the
/// events they handle with `#[derive(CloudEvent)]`. (The payload structs' `source` is a
/// placeholder: the benchmark only decodes them.)
#[derive(CloudEvent, Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)] // Every contender builds the same values; no boxing.
pub enum AzureData {
    BlobCreated(BlobCreatedData),
    ResourceWriteSuccess(ResourceWriteSuccessData),
    CaptureFileCreated(CaptureFileCreatedData),
}

impl AzureData {
    /// The event type of this data.
    pub fn event_type(&self) -> &'static str {
        match self {
            AzureData::BlobCreated(_) => BLOB_CREATED,
            AzureData::ResourceWriteSuccess(_) => RESOURCE_WRITE_SUCCESS,
            AzureData::CaptureFileCreated(_) => CAPTURE_FILE_CREATED,
        }
    }

    /// Decodes the data of an event of type `ty` from JSON text: the dispatch a user writes
    /// by hand. `None` for other types.
    pub fn from_json(ty: &str, json: &str) -> Option<serde_json::Result<Self>> {
        Some(match ty {
            BLOB_CREATED => serde_json::from_str(json).map(AzureData::BlobCreated),
            RESOURCE_WRITE_SUCCESS => {
                serde_json::from_str(json).map(AzureData::ResourceWriteSuccess)
            }
            CAPTURE_FILE_CREATED => serde_json::from_str(json).map(AzureData::CaptureFileCreated),
            _ => return None,
        })
    }

    /// The same from a JSON value (what `cloudevents-sdk` hands out).
    pub fn from_value(ty: &str, value: serde_json::Value) -> Option<serde_json::Result<Self>> {
        Some(match ty {
            BLOB_CREATED => serde_json::from_value(value).map(AzureData::BlobCreated),
            RESOURCE_WRITE_SUCCESS => {
                serde_json::from_value(value).map(AzureData::ResourceWriteSuccess)
            }
            CAPTURE_FILE_CREATED => {
                serde_json::from_value(value).map(AzureData::CaptureFileCreated)
            }
            _ => return None,
        })
    }
}

/// The extension attributes a third of the generated events carry.
#[derive(Debug, Clone, PartialEq)]
pub struct Tracing {
    pub traceparent: String,
    pub tracestate: String,
    pub retrycount: i32,
}

/// One generated system event, before it is written in either schema.
#[derive(Debug, Clone, PartialEq)]
pub struct AzureEvent {
    pub id: String,
    /// The topic: the resource path of the publisher.
    pub source: String,
    pub subject: String,
    pub time: String,
    pub tracing: Option<Tracing>,
    pub data: AzureData,
}

const RESOURCE_GROUPS: &[&str] = &[
    "rg-ingest-prod",
    "rg-analytics-westeurope",
    "Storage",
    "rg-telemetry-eastus2",
    "rg-shared-services",
];
const CONTAINERS: &[&str] = &["uploads", "raw-telemetry", "invoices", "images", "backups"];
const EXTENSIONS: &[(&str, &str)] = &[
    ("json", "application/json"),
    ("csv", "text/csv"),
    ("png", "image/png"),
    ("parquet", "application/octet-stream"),
    ("txt", "text/plain"),
];
const BLOB_APIS: &[&str] = &["PutBlob", "PutBlockList", "CopyBlob", "FlushWithClose"];
const OPERATIONS: &[&str] = &[
    "Microsoft.Storage/storageAccounts/write",
    "Microsoft.Web/sites/config/write",
    "Microsoft.Compute/virtualMachines/write",
    "Microsoft.Network/networkSecurityGroups/securityRules/write",
];
const NAMES: &[(&str, &str)] = &[
    ("Alex", "Morgan"),
    ("Sam", "Okafor"),
    ("Jordan", "Lindqvist"),
    ("Priya", "Raman"),
    ("Mateo", "Garcia"),
];

fn subscription_path(rng: &mut Rng, subscription: &str) -> String {
    format!(
        "/subscriptions/{subscription}/resourceGroups/{}",
        rng.pick(RESOURCE_GROUPS)
    )
}

fn blob_created(rng: &mut Rng, subscription: &str) -> (String, String, AzureData) {
    let account = format!("stcontoso{:04}", rng.below(10_000));
    let source = format!(
        "{}/providers/Microsoft.Storage/storageAccounts/{account}",
        subscription_path(rng, subscription)
    );
    let container = rng.pick(CONTAINERS);
    let (ext, content_type) = EXTENSIONS[rng.index(EXTENSIONS.len())];
    let blob = format!(
        "{}/{}/{}.{ext}",
        2020 + rng.below(7),
        rng.hex(8),
        rng.hex(12)
    );
    let subject = format!("/blobServices/default/containers/{container}/blobs/{blob}");
    let data = BlobCreatedData {
        api: rng.pick(BLOB_APIS).to_owned(),
        client_request_id: rng.uuid(),
        request_id: format!("{}-{}-{}", rng.hex(8), rng.hex(4), rng.hex(12)),
        e_tag: format!("0x8D{}", rng.hex(13).to_uppercase()),
        content_type: content_type.to_owned(),
        content_length: rng.below(64 << 20),
        blob_type: "BlockBlob".to_owned(),
        access_tier: "Default".to_owned(),
        url: format!("https://{account}.blob.core.windows.net/{container}/{blob}"),
        sequencer: format!("{:032X}", u128::from(rng.next_u64())),
        storage_diagnostics: StorageDiagnostics {
            batch_id: rng.uuid(),
        },
    };
    (source, subject, AzureData::BlobCreated(data))
}

#[allow(clippy::too_many_lines)] // A ~3 KB payload, member by member.
fn resource_write_success(rng: &mut Rng, subscription: &str) -> (String, String, AzureData) {
    let tenant = rng.uuid();
    let group = rng.pick(RESOURCE_GROUPS);
    let operation = rng.pick(OPERATIONS);
    let provider = operation.split('/').next().unwrap_or_default();
    let resource_uri = format!(
        "/subscriptions/{subscription}/resourceGroups/{group}/providers/{}/res{}",
        &operation[..operation.rfind('/').unwrap_or(operation.len())],
        rng.hex(6)
    );
    let principal = rng.uuid();
    let (given, family) = NAMES[rng.index(NAMES.len())];
    let ip = format!(
        "{}.{}.{}.{}",
        rng.below(223) + 1,
        rng.below(256),
        rng.below(256),
        rng.below(256)
    );
    let upn = format!(
        "{}.{}@contoso.onmicrosoft.com",
        given.to_lowercase(),
        family.to_lowercase()
    );
    let iat = 1_767_225_600 + rng.below(31_536_000);
    let mut claims = BTreeMap::new();
    let mut claim = |k: &str, v: String| claims.insert(k.to_owned(), v);
    claim("aud", "https://management.core.windows.net/".to_owned());
    claim("iss", format!("https://sts.windows.net/{tenant}/"));
    claim("iat", iat.to_string());
    claim("nbf", iat.to_string());
    claim("exp", (iat + 3_600 + rng.below(1_800)).to_string());
    claim(
        "http://schemas.microsoft.com/claims/authnclassreference",
        "1".to_owned(),
    );
    claim("aio", format!("{}{}==", rng.hex(48), rng.hex(40)));
    claim(
        "http://schemas.microsoft.com/claims/authnmethodsreferences",
        "pwd,mfa".to_owned(),
    );
    claim("appid", rng.uuid());
    claim("appidacr", "0".to_owned());
    claim("family_name", family.to_owned());
    claim("given_name", given.to_owned());
    claim("ipaddr", ip.clone());
    claim("name", format!("{given} {family}"));
    claim(
        "http://schemas.microsoft.com/identity/claims/objectidentifier",
        principal.clone(),
    );
    claim("puid", rng.hex(16).to_uppercase());
    claim("rh", format!("0.{}.", rng.hex(60)));
    claim(
        "http://schemas.microsoft.com/identity/claims/scope",
        "user_impersonation".to_owned(),
    );
    claim(
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
        rng.hex(43),
    );
    claim(
        "http://schemas.microsoft.com/identity/claims/tenantid",
        tenant.clone(),
    );
    claim(
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
        upn.clone(),
    );
    claim(
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        upn,
    );
    claim("uti", rng.hex(22));
    claim("ver", "1.0".to_owned());
    claim("wids", format!("{},{}", rng.uuid(), rng.uuid()));
    claim(
        "xms_tcdt",
        (1_500_000_000 + rng.below(100_000_000)).to_string(),
    );
    let correlation = rng.uuid();
    let data = ResourceWriteSuccessData {
        tenant_id: tenant,
        subscription_id: subscription.to_owned(),
        resource_group: group.to_owned(),
        resource_provider: provider.to_owned(),
        resource_uri: resource_uri.clone(),
        operation_name: operation.to_owned(),
        status: "Succeeded".to_owned(),
        authorization: Authorization {
            scope: resource_uri.clone(),
            action: operation.to_owned(),
            evidence: Evidence {
                role: "Contributor".to_owned(),
                role_assignment_scope: format!("/subscriptions/{subscription}"),
                role_assignment_id: rng.hex(32),
                role_definition_id: rng.hex(32),
                principal_id: principal,
                principal_type: "User".to_owned(),
            },
        },
        claims,
        correlation_id: correlation.clone(),
        http_request: HttpRequest {
            client_request_id: rng.uuid(),
            client_ip_address: ip,
            method: "PUT".to_owned(),
            url: format!("https://management.azure.com{resource_uri}?api-version=2023-05-01"),
        },
    };
    let source = format!("/subscriptions/{subscription}/resourceGroups/{group}");
    (source, resource_uri, AzureData::ResourceWriteSuccess(data))
}

fn capture_file_created(rng: &mut Rng, subscription: &str) -> (String, String, AzureData) {
    let namespace = format!("evhns-contoso-{:03}", rng.below(1_000));
    let hub = format!(
        "hub-{}",
        rng.pick(&["telemetry", "clicks", "audit", "orders"])
    );
    let partition = rng.below(32);
    // The schema (and the Azure SDKs) type sequence numbers as int32.
    let first = i64::try_from(rng.below(1 << 30)).unwrap_or(0);
    let count = 1 + rng.below(50_000);
    let count_i64 = i64::try_from(count).unwrap_or(1);
    let data = CaptureFileCreatedData {
        file_url: format!(
            "https://stcapture{:04}.blob.core.windows.net/capture/{namespace}/{hub}/{partition}/{}.avro",
            rng.below(10_000),
            rng.hex(16)
        ),
        file_type: "AzureBlockBlob".to_owned(),
        partition_id: partition.to_string(),
        size_in_bytes: 1024 + rng.below(256 << 20),
        event_count: count,
        first_sequence_number: first,
        last_sequence_number: first + count_i64 - 1,
        first_enqueue_time: rng.azure_time(),
        last_enqueue_time: rng.azure_time(),
    };
    let source = format!(
        "{}/providers/Microsoft.EventHub/namespaces/{namespace}",
        subscription_path(rng, subscription)
    );
    (
        source,
        format!("eventhubs/{hub}"),
        AzureData::CaptureFileCreated(data),
    )
}

/// Generates system events until their CloudEvents batch and their Event Grid array both
/// would pass `max_bytes`.
pub fn azure_events(seed: u64, max_bytes: usize) -> Vec<AzureEvent> {
    let mut rng = Rng::new(seed);
    let subscriptions: Vec<String> = (0..3).map(|_| rng.uuid()).collect();
    let mut events = Vec::new();
    // Both encodings open with `[` and close with `]`; events are separated by `,`.
    let (mut ce_bytes, mut eg_bytes) = (1, 1);
    loop {
        let subscription = &subscriptions[rng.index(subscriptions.len())];
        let (source, subject, data) = match rng.below(100) {
            0..70 => blob_created(&mut rng, subscription),
            70..85 => resource_write_success(&mut rng, subscription),
            _ => capture_file_created(&mut rng, subscription),
        };
        let tracing = (rng.below(3) == 0).then(|| Tracing {
            traceparent: format!("00-{}-{}-01", rng.hex(32), rng.hex(16)),
            tracestate: format!("contoso={},az={}", rng.hex(16), rng.hex(8)),
            retrycount: i32::try_from(rng.below(5)).unwrap_or(0),
        });
        let event = AzureEvent {
            id: rng.uuid(),
            source,
            subject,
            time: rng.azure_time(),
            tracing,
            data,
        };
        let ce = serde_json::to_vec(&CloudEventJson(&event, ContentTypeAt::Absent))
            .expect("serializes")
            .len()
            + 1;
        let eg = serde_json::to_vec(&EventGridJson(&event))
            .expect("serializes")
            .len()
            + 1;
        if ce_bytes + ce > max_bytes || eg_bytes + eg > max_bytes {
            return events;
        }
        ce_bytes += ce;
        eg_bytes += eg;
        events.push(event);
    }
}

/// An [`AzureEvent`] as a structured CloudEvent, members in the order Azure writes them.
struct CloudEventJson<'a>(&'a AzureEvent, ContentTypeAt);

/// Where an event of [`mixed_order_batch`] has its `datacontenttype`.
#[derive(Clone, Copy, PartialEq)]
enum ContentTypeAt {
    Absent,
    First,
    Last,
}

impl Serialize for CloudEventJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        const JSON: &str = "application/json";
        let e = self.0;
        let mut map = serializer.serialize_map(None)?;
        if self.1 == ContentTypeAt::First {
            map.serialize_entry("datacontenttype", JSON)?;
        }
        map.serialize_entry("id", &e.id)?;
        map.serialize_entry("source", &e.source)?;
        map.serialize_entry("specversion", "1.0")?;
        map.serialize_entry("type", e.data.event_type())?;
        map.serialize_entry("subject", &e.subject)?;
        map.serialize_entry("time", &e.time)?;
        if let Some(t) = &e.tracing {
            map.serialize_entry("traceparent", &t.traceparent)?;
            map.serialize_entry("tracestate", &t.tracestate)?;
            map.serialize_entry("retrycount", &t.retrycount)?;
        }
        map.serialize_entry("data", &e.data)?;
        if self.1 == ContentTypeAt::Last {
            map.serialize_entry("datacontenttype", JSON)?;
        }
        map.end()
    }
}

/// An [`AzureEvent`] in the Event Grid schema, members in the order Azure writes them.
struct EventGridJson<'a>(&'a AzureEvent);

impl Serialize for EventGridJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let e = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("topic", &e.source)?;
        map.serialize_entry("subject", &e.subject)?;
        map.serialize_entry("eventType", e.data.event_type())?;
        map.serialize_entry("eventTime", &e.time)?;
        map.serialize_entry("id", &e.id)?;
        map.serialize_entry("data", &e.data)?;
        map.serialize_entry("dataVersion", "1")?;
        map.serialize_entry("metadataVersion", "1")?;
        map.end()
    }
}

/// The events as a CloudEvents JSON batch (`application/cloudevents-batch+json`).
pub fn cloudevents_batch(events: &[AzureEvent]) -> Vec<u8> {
    let items: Vec<_> = events
        .iter()
        .map(|e| CloudEventJson(e, ContentTypeAt::Absent))
        .collect();
    serde_json::to_vec(&items).expect("serializes")
}

/// The same batch with `"datacontenttype":"application/json"` first in every third event,
/// after the data in the next, and absent in the third: producers put it anywhere.
pub fn mixed_order_batch(events: &[AzureEvent]) -> Vec<u8> {
    let at = [
        ContentTypeAt::First,
        ContentTypeAt::Last,
        ContentTypeAt::Absent,
    ];
    let items: Vec<_> = events
        .iter()
        .zip(at.iter().cycle())
        .map(|(e, &at)| CloudEventJson(e, at))
        .collect();
    serde_json::to_vec(&items).expect("serializes")
}

/// The events as an Event Grid schema array.
pub fn event_grid_array(events: &[AzureEvent]) -> Vec<u8> {
    let items: Vec<_> = events.iter().map(EventGridJson).collect();
    serde_json::to_vec(&items).expect("serializes")
}

// ---------------------------------------------------------------------------------------------
// User events
// ---------------------------------------------------------------------------------------------

/// `type` of [`Order`] events.
pub const ORDER_PLACED: &str = "com.contoso.orders.OrderPlaced";
/// `source` of [`Order`] events.
pub const ORDER_SOURCE: &str = "/contoso/orders/eu-west";

/// A user's event: an order with items, a status, an address and a timestamp. The event's
/// `id` is the order id, its `subject` the customer, its `time` when it was placed; the
/// whole struct is the data.
#[derive(CloudEvent, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cloudevent(
    type = "com.contoso.orders.OrderPlaced",
    source = "/contoso/orders/eu-west"
)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    #[cloudevent(id)]
    pub order_id: String,
    #[cloudevent(subject)]
    pub customer_id: String,
    #[cloudevent(time)]
    pub placed_at: Timestamp,
    pub status: OrderStatus,
    pub items: Vec<OrderItem>,
    pub shipping_address: Address,
    pub total_cents: u64,
    pub currency: String,
    pub gift: bool,
}

/// An order's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum OrderStatus {
    Pending,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
}

/// One line of an order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderItem {
    pub sku: String,
    pub name: String,
    pub quantity: u32,
    pub unit_price_cents: u64,
}

/// A postal address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    pub name: String,
    pub street: String,
    pub city: String,
    pub postal_code: String,
    pub country: String,
}

const PRODUCTS: &[&str] = &[
    "Ergonomic keyboard",
    "USB-C dock, 11 ports",
    "Noise-cancelling headphones",
    "27\" monitor",
    "Laptop stand (aluminium)",
    "Mechanical pencil set",
    "Coffee beans — Ethiopia Yirgacheffe, 1 kg",
];
const CITIES: &[(&str, &str, &str)] = &[
    ("Amsterdam", "1017 CT", "NL"),
    ("München", "80331", "DE"),
    ("Lyon", "69002", "FR"),
    ("Kraków", "31-008", "PL"),
    ("Dublin", "D02 X285", "IE"),
];
const STATUSES: [OrderStatus; 5] = [
    OrderStatus::Pending,
    OrderStatus::Paid,
    OrderStatus::Shipped,
    OrderStatus::Delivered,
    OrderStatus::Cancelled,
];

fn order(rng: &mut Rng, items: usize) -> Order {
    let items: Vec<OrderItem> = (0..items)
        .map(|_| OrderItem {
            sku: format!("SKU-{:06}", rng.below(1_000_000)),
            name: rng.pick(PRODUCTS).to_owned(),
            quantity: 1 + u32::try_from(rng.below(4)).unwrap_or(0),
            unit_price_cents: 199 + rng.below(50_000),
        })
        .collect();
    let total_cents = items
        .iter()
        .map(|i| u64::from(i.quantity) * i.unit_price_cents)
        .sum();
    let (given, family) = NAMES[rng.index(NAMES.len())];
    let (city, postal_code, country) = CITIES[rng.index(CITIES.len())];
    Order {
        order_id: format!("ord-{}", rng.hex(12)),
        customer_id: format!("cust-{:08}", rng.below(100_000_000)),
        placed_at: Timestamp::parse(&rng.azure_time()).expect("generated time parses"),
        status: STATUSES[rng.index(STATUSES.len())],
        items,
        shipping_address: Address {
            name: format!("{given} {family}"),
            street: format!("{} Keizersgracht", 1 + rng.below(500)),
            city: city.to_owned(),
            postal_code: postal_code.to_owned(),
            country: country.to_owned(),
        },
        total_cents,
        currency: "EUR".to_owned(),
        gift: rng.below(10) == 0,
    }
}

/// `n` orders of one to five items.
pub fn orders(seed: u64, n: usize) -> Vec<Order> {
    let mut rng = Rng::new(seed ^ 0x0DE5);
    (0..n)
        .map(|_| {
            let items = 1 + rng.index(5);
            order(&mut rng, items)
        })
        .collect()
}

/// One order whose data is about 1 KB.
pub fn one_order(seed: u64) -> Order {
    order(&mut Rng::new(seed ^ 0x0E), 7)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_deterministic_and_sized() {
        let events = azure_events(SEED, TARGET_BATCH_BYTES);
        assert_eq!(events, azure_events(SEED, TARGET_BATCH_BYTES));
        let ce = cloudevents_batch(&events);
        let eg = event_grid_array(&events);
        assert!(ce.len() <= TARGET_BATCH_BYTES && ce.len() > TARGET_BATCH_BYTES - 10_000);
        assert!(eg.len() <= TARGET_BATCH_BYTES);
        let decoded = eventgrid_types::json::decode_batch::<AzureData>(&ce).unwrap();
        assert_eq!(decoded.len(), events.len());
        for (got, want) in decoded.into_iter().zip(&events) {
            assert_eq!(got.unwrap(), want.data);
        }
        let decoded = eventgrid_types::event_grid::decode::<AzureData>(&eg).unwrap();
        assert!(decoded.iter().all(Result::is_ok));
    }
}
