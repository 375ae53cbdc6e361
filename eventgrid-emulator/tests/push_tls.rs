//! Push delivery to `https://` webhooks: a webhook on 127.0.0.1 serving a certificate issued
//! by a development CA (generated here with rcgen), which the emulator trusts only when
//! `push_trusted_roots` names the CA.
//!
//! The binary test runs `eventgrid-emulator` as a child process. `cargo test` builds that
//! binary with the dev-dependencies' features unified in, which is how an emulator without
//! any TLS once passed the tests; to check a binary built alone, copy the output of
//! `cargo build -p eventgrid-emulator --bin eventgrid-emulator` elsewhere and name it in
//! `EVENTGRID_EMULATOR_BIN`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use eventgrid_emulator::config::{
    BasicTopicConfig, Config, DEFAULT_KEY, DeliverySchema, InputSchema, WebhookSubscriptionConfig,
};
use eventgrid_emulator::{Emulator, EmulatorHandle};
use eventgrid_types::webhook::{self, AbuseProtectionPolicy};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use serde_json::{Value, json};

mod common;

/// A development CA, and a webhook certificate for 127.0.0.1 it issued.
struct DevPki {
    ca_pem: String,
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
}

fn dev_pki() -> DevPki {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "eventgrid-rs test development CA");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
        .unwrap()
        .signed_by(&leaf_key, &ca, &ca_key)
        .unwrap();
    DevPki {
        ca_pem: ca.pem(),
        chain: vec![leaf.der().clone(), ca.der().clone()],
        key: PrivateKeyDer::try_from(leaf_key.serialize_der()).unwrap(),
    }
}

/// Every request the webhook got, as `(method, aeg-event-type)`.
#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Vec<(Method, String)>>>);

impl Seen {
    fn notifications(&self) -> usize {
        let seen = self.0.lock().unwrap();
        seen.iter()
            .filter(|(_, kind)| kind == "Notification")
            .count()
    }

    fn len(&self) -> usize {
        self.0.lock().unwrap().len()
    }
}

/// A webhook that answers both handshakes as a user's receiver would, and 200 to events.
async fn hook(
    State(seen): State<Seen>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let kind = headers
        .get("aeg-event-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    seen.0.lock().unwrap().push((method.clone(), kind));
    let pairs = headers.iter().map(|(n, v)| (n.as_str(), v.as_bytes()));
    match webhook::detect_parts(method.as_str(), pairs, &body).unwrap() {
        Some(handshake) => handshake
            .respond(&AbuseProtectionPolicy::event_grid())
            .into_http()
            .map(axum::body::Body::from),
        None => StatusCode::OK.into_response(),
    }
}

/// Serves [`hook`] over HTTPS with the PKI's webhook certificate; returns its base URL.
fn start_https_webhook(pki: &DevPki, seen: &Seen) -> String {
    #[allow(deprecated)] // ring lacks post-quantum key exchange, which loopback tests don't need
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut tls = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(pki.chain.clone(), pki.key.clone_key())
        .unwrap();
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("https://{}", listener.local_addr().unwrap());
    let app = Router::new()
        .route("/hook", axum::routing::any(hook))
        .with_state(seen.clone());
    let config = axum_server::tls_rustls::RustlsConfig::from_config(Arc::new(tls));
    tokio::spawn(async move {
        axum_server::from_tcp_rustls(listener, config)
            .serve(app.into_make_service())
            .await
            .unwrap();
    });
    url
}

/// One Event Grid schema topic with a subscription per delivery schema, both at `webhook`.
fn orders_topic(webhook: &str) -> BasicTopicConfig {
    let mut topic = BasicTopicConfig::new("orders", InputSchema::EventGridSchema);
    topic.subscriptions = vec![
        WebhookSubscriptionConfig::new(
            "eg-sub",
            format!("{webhook}/hook"),
            DeliverySchema::EventGridSchema,
        ),
        WebhookSubscriptionConfig::new(
            "ce-sub",
            format!("{webhook}/hook"),
            DeliverySchema::CloudEventSchemaV1_0,
        ),
    ];
    topic
}

fn write_ca(dir: &Path, pki: &DevPki) -> PathBuf {
    let path = dir.join("dev-ca.pem");
    std::fs::write(&path, &pki.ca_pem).unwrap();
    path
}

async fn start_emulator(webhook: &str, trusted_roots: Vec<PathBuf>) -> EmulatorHandle {
    let mut config = Config::default();
    config.auto_create = false;
    config.basic_topics = vec![orders_topic(webhook)];
    config.delivery_time_scale = 0.001;
    config.push_trusted_roots = trusted_roots;
    Emulator::start(config).await.unwrap()
}

async fn publish(url: &str) {
    let event = json!([{"id": "1", "subject": "orders/1", "eventType": "Contoso.Created",
        "eventTime": "2026-12-07T00:00:00Z", "dataVersion": "1.0", "data": {"n": 1}}]);
    let response = common::http_client()
        .post(format!(
            "{url}/basic/orders/api/events?api-version=2018-01-01"
        ))
        .header("aeg-sas-key", DEFAULT_KEY)
        .header("content-type", "application/json")
        .body(event.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

/// Polls the webhook subscriptions' counters until `done` holds for both (a liveness bound,
/// not a timing assertion).
async fn wait_for(url: &str, what: &str, done: impl Fn(&Value) -> bool) -> Vec<Value> {
    for _ in 0..1000 {
        let stats = common::get_json(&format!("{url}/emulator/topics")).await;
        let subs = stats["basicTopics"][0]["subscriptions"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if subs.len() == 2 && subs.iter().all(&done) {
            return subs;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("never reached: {what}");
}

#[tokio::test]
async fn an_https_webhook_whose_root_is_trusted_is_validated_and_gets_the_events() {
    let dir = tempfile::tempdir().unwrap();
    let pki = dev_pki();
    let seen = Seen::default();
    let webhook = start_https_webhook(&pki, &seen);
    let emulator = start_emulator(&webhook, vec![write_ca(dir.path(), &pki)]).await;
    publish(&emulator.url()).await;
    let subs = wait_for(&emulator.url(), "both delivered", |s| s["delivered"] == 1).await;
    for sub in &subs {
        assert_eq!(sub["validated"], true, "{sub}");
        assert_eq!(sub["validation_error"], Value::Null, "{sub}");
        assert_eq!(sub["dead_lettered"], 0, "{sub}");
    }
    // The validation event, the OPTIONS request, and one event per subscription.
    assert_eq!(seen.notifications(), 2);
    assert_eq!(seen.len(), 4);
    emulator.shutdown().await;
}

#[tokio::test]
async fn an_https_webhook_whose_root_is_not_trusted_fails_the_handshake_and_gets_nothing() {
    let pki = dev_pki();
    let seen = Seen::default();
    let webhook = start_https_webhook(&pki, &seen);
    let emulator = start_emulator(&webhook, Vec::new()).await;
    let subs = wait_for(&emulator.url(), "both handshakes over", |s| {
        s["validated"] != Value::Null
    })
    .await;
    for sub in &subs {
        assert_eq!(sub["validated"], false, "{sub}");
        let why = sub["validation_error"].as_str().unwrap();
        assert!(
            why.starts_with("the webhook's TLS certificate is not trusted")
                && why.contains("push_trusted_roots"),
            "{why}"
        );
    }
    publish(&emulator.url()).await;
    wait_for(&emulator.url(), "both dead-lettered", |s| {
        s["dead_lettered"] == 1
    })
    .await;
    let dead = common::get_json(&format!(
        "{}/emulator/basic/orders/subscriptions/eg-sub/deadletters",
        emulator.url()
    ))
    .await;
    assert_eq!(dead[0]["reason"], "SubscriptionNotValidated");
    assert_eq!(dead[0]["attempts"], 0);
    // The TLS handshake failed, so no HTTP request ever reached the webhook.
    assert_eq!(seen.len(), 0);
    emulator.shutdown().await;
}

#[tokio::test]
async fn trusted_roots_that_are_not_certificates_stop_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let not_pem = dir.path().join("not-a-certificate.pem");
    std::fs::write(&not_pem, "hello").unwrap();
    let missing = dir.path().join("missing.pem");
    for path in [not_pem, missing] {
        let mut config = Config::default();
        config.push_trusted_roots = vec![path.clone()];
        let error = Emulator::start(config).await.unwrap_err().to_string();
        assert!(
            error.starts_with("cannot read trusted root certificates from ")
                && error.contains(&path.display().to_string()),
            "{error}"
        );
    }
    let garbage = dir.path().join("garbage.pem");
    std::fs::write(
        &garbage,
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let mut config = Config::default();
    config.push_trusted_roots = vec![garbage];
    let error = Emulator::start(config).await.unwrap_err().to_string();
    assert!(
        error.starts_with("cannot trust the push_trusted_roots certificates: "),
        "{error}"
    );
}

/// The emulator binary (see the module's comment), killed when dropped.
struct Binary(Child);

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The emulator binary with one subscription (Event Grid schema) at `webhook`, trusting
/// `trusted_root` when given. `without_platform_roots` points the platform's CA bundle
/// (`SSL_CERT_FILE`, `SSL_CERT_DIR`) at an empty file and directory, as in a container
/// without one.
fn start_binary(
    dir: &Path,
    webhook: &str,
    trusted_root: Option<&Path>,
    without_platform_roots: bool,
) -> (Binary, String) {
    let config = dir.join("emulator.json");
    let mut topic = serde_json::to_value(orders_topic(webhook)).unwrap();
    topic["subscriptions"].as_array_mut().unwrap().pop();
    std::fs::write(
        &config,
        json!({"auto_create": false, "delivery_time_scale": 0.001, "basic_topics": [topic]})
            .to_string(),
    )
    .unwrap();
    let binary = std::env::var_os("EVENTGRID_EMULATOR_BIN").map_or_else(
        || env!("CARGO_BIN_EXE_eventgrid-emulator").into(),
        PathBuf::from,
    );
    let mut command = Command::new(binary);
    command.arg("--config").arg(&config);
    if let Some(root) = trusted_root {
        command.arg("--push-trusted-root").arg(root);
    }
    if without_platform_roots {
        let (empty_file, empty_dir) = (dir.join("no-cas.pem"), dir.join("no-cas"));
        std::fs::write(&empty_file, "").unwrap();
        std::fs::create_dir_all(&empty_dir).unwrap();
        command
            .env("SSL_CERT_FILE", empty_file)
            .env("SSL_CERT_DIR", empty_dir);
    }
    let (child, url) = common::start_binary(command);
    (Binary(child), url)
}

/// Waits until the binary's subscription delivered one event, failing if its handshake did.
async fn delivered_once(url: &str, seen: &Seen) {
    for _ in 0..1000 {
        let stats = common::get_json(&format!("{url}/emulator/topics")).await;
        let sub = &stats["basicTopics"][0]["subscriptions"][0];
        assert_ne!(sub["validated"], false, "{sub}");
        if sub["delivered"] == 1 {
            assert_eq!(seen.notifications(), 1);
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("the binary never delivered");
}

#[tokio::test]
async fn the_emulator_binary_delivers_to_an_https_webhook_whose_root_it_is_told_to_trust() {
    let dir = tempfile::tempdir().unwrap();
    let pki = dev_pki();
    let seen = Seen::default();
    let webhook = start_https_webhook(&pki, &seen);
    let ca = write_ca(dir.path(), &pki);
    let (_binary, url) = start_binary(dir.path(), &webhook, Some(&ca), false);
    publish(&url).await;
    delivered_once(&url, &seen).await;
}

#[tokio::test]
async fn without_platform_roots_the_binary_starts_and_trusts_only_push_trusted_roots() {
    let dir = tempfile::tempdir().unwrap();
    let pki = dev_pki();
    let seen = Seen::default();
    let webhook = start_https_webhook(&pki, &seen);

    let (untrusting, url) = start_binary(dir.path(), &webhook, None, true);
    let mut sub = Value::Null;
    for _ in 0..1000 {
        let stats = common::get_json(&format!("{url}/emulator/topics")).await;
        sub = stats["basicTopics"][0]["subscriptions"][0].clone();
        if sub["validated"] != Value::Null {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(sub["validated"], false, "{sub}");
    let why = sub["validation_error"].as_str().unwrap();
    assert!(
        why.starts_with("the webhook's TLS certificate is not trusted"),
        "{why}"
    );
    assert_eq!(seen.len(), 0);
    drop(untrusting);

    let ca = write_ca(dir.path(), &pki);
    let (_trusting, url) = start_binary(dir.path(), &webhook, Some(&ca), true);
    publish(&url).await;
    delivered_once(&url, &seen).await;
}
