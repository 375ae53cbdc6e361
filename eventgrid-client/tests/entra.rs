//! Entra ID: every client authenticates with any azure_core `TokenCredential`. The emulator,
//! over HTTPS (the bearer policy refuses plain HTTP), checks each bearer token as the service
//! does: a signed JWT for Event Grid's audience from the expected issuer, not expired.

mod common;

use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_core::http::{ClientOptions, Transport};
use eventgrid_client::{
    Operation, PublisherClient, PublisherClientOptions, ReceiverClient, ReceiverClientOptions,
    SCOPE, SenderClient, SenderClientOptions,
};
use eventgrid_emulator::config::{BasicTopicConfig, BearerConfig, InputSchema};
use eventgrid_emulator::{Emulator, EmulatorHandle};
use eventgrid_types::CloudEvent;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use common::{SUBSCRIPTION, TOPIC, WAIT};

/// The emulator's stand-in for Entra ID's signing key (base64), and the issuer it expects.
const SIGNING_KEY: &str = "ZW50cmEtaWQtc3RhbmQtaW4=";
const ISSUER: &str = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0";

/// Issues tokens the way Entra ID does for a `{resource}/.default` scope: the audience is
/// the resource. It records the scopes it was asked for.
#[derive(Debug)]
struct Issuer {
    key: Vec<u8>,
    /// Issues for this audience whatever the scope, when set: a misconfigured credential.
    fixed_audience: Option<&'static str>,
    requests: Mutex<Vec<Vec<String>>>,
}

impl Issuer {
    fn new(key: &str) -> Arc<Self> {
        Arc::new(Issuer {
            key: base64_decode(key),
            fixed_audience: None,
            requests: Mutex::new(Vec::new()),
        })
    }
}

fn base64_decode(key: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(key)
        .expect("the key is base64")
}

#[async_trait]
impl TokenCredential for Issuer {
    async fn get_token(
        &self,
        scopes: &[&str],
        _options: Option<TokenRequestOptions<'_>>,
    ) -> azure_core::Result<AccessToken> {
        self.requests
            .lock()
            .unwrap()
            .push(scopes.iter().map(|s| (*s).to_owned()).collect());
        let resource = scopes
            .first()
            .and_then(|scope| scope.strip_suffix("/.default"))
            .unwrap_or_default();
        let now = time::OffsetDateTime::now_utc();
        let expires_on = now + time::Duration::hours(1);
        let claims = serde_json::json!({
            "aud": self.fixed_audience.unwrap_or(resource),
            "iss": ISSUER,
            "nbf": now.unix_timestamp() - 5,
            "exp": expires_on.unix_timestamp(),
            "oid": "11111111-1111-1111-1111-111111111111",
        });
        let credential_error =
            |error| azure_core::Error::new(azure_core::error::ErrorKind::Credential, error);
        let key = jsonwebtoken::EncodingKey::from_secret(&self.key).map_err(credential_error)?;
        let header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
        let token = jsonwebtoken::encode(&header, &claims, &key).map_err(credential_error)?;
        Ok(AccessToken::new(token, expires_on))
    }
}

/// An HTTPS emulator that checks bearer JWTs, with the namespace topic of `common` and a
/// CloudEvents basic topic.
async fn start() -> EmulatorHandle {
    let mut config = common::config();
    config.tls = true;
    config.bearer = Some(BearerConfig::new(SIGNING_KEY).issuer(ISSUER));
    config.basic_topics = vec![BasicTopicConfig::new(
        "modern",
        InputSchema::CloudEventSchemaV1_0,
    )];
    Emulator::start(config).await.expect("the emulator starts")
}

/// Client options whose transport trusts the emulator's self-signed certificate.
fn trusting(emulator: &EmulatorHandle) -> ClientOptions {
    let pem = emulator
        .certificate_pem()
        .expect("the emulator serves HTTPS");
    let mut roots = rustls::RootCertStore::empty();
    for certificate in CertificateDer::pem_slice_iter(pem.as_bytes()) {
        roots.add(certificate.unwrap()).unwrap();
    }
    #[allow(deprecated)] // ring, as the crate's default transport (see transport.rs)
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let client = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .build()
        .unwrap();
    ClientOptions {
        transport: Some(Transport::new(Arc::new(client))),
        ..ClientOptions::default()
    }
}

fn event(n: u32) -> CloudEvent {
    CloudEvent::builder("com.example.entra", "/entra")
        .id(format!("e-{n}"))
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_token_credential_sends_receives_and_settles() {
    let emulator = start().await;
    let issuer = Issuer::new(SIGNING_KEY);
    let mut sender_options = SenderClientOptions::default();
    sender_options.client_options = trusting(&emulator);
    let sender =
        SenderClient::new(&emulator.url(), TOPIC, issuer.clone(), Some(sender_options)).unwrap();
    let mut receiver_options = ReceiverClientOptions::default();
    receiver_options.client_options = trusting(&emulator);
    let receiver = ReceiverClient::new(
        &emulator.url(),
        TOPIC,
        SUBSCRIPTION,
        issuer.clone(),
        Some(receiver_options),
    )
    .unwrap();

    sender.send(&event(1)).await.unwrap();
    sender.send_batch(&[event(2), event(3)]).await.unwrap();
    let batch = receiver.receive::<CloudEvent>(10, WAIT).await.unwrap();
    let mut ids: Vec<String> = Vec::new();
    let mut tokens = Vec::new();
    for item in batch {
        ids.push(item.event.unwrap().id().to_owned());
        tokens.push(item.lock_token);
    }
    ids.sort();
    assert_eq!(ids, ["e-1", "e-2", "e-3"]);
    assert!(receiver.acknowledge(tokens).await.unwrap().is_complete());

    // Every token was asked for Event Grid's scope, and each client reused its token.
    let requests = issuer.requests.lock().unwrap().clone();
    assert_eq!(requests.len(), 2, "one token per client: {requests:?}");
    assert!(
        requests.iter().all(|scopes| scopes == &[SCOPE]),
        "{requests:?}"
    );
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_publisher_authenticates_with_a_token_credential() {
    let emulator = start().await;
    let mut options = PublisherClientOptions::default();
    options.client_options = trusting(&emulator);
    let publisher = PublisherClient::new(
        &format!("{}/basic/modern/api/events", emulator.url()),
        Issuer::new(SIGNING_KEY),
        Some(options),
    )
    .unwrap();
    publisher.send_cloud_events([&event(1)]).await.unwrap();
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_token_for_another_audience_or_key_is_a_typed_401() {
    let emulator = start().await;
    let storage = Arc::new(Issuer {
        fixed_audience: Some("https://storage.azure.com"),
        ..Arc::into_inner(Issuer::new(SIGNING_KEY)).unwrap()
    });
    for (credential, why) in [
        (storage as Arc<dyn TokenCredential>, "audience"),
        (Issuer::new("b3RoZXIta2V5"), "signature"),
    ] {
        let mut options = SenderClientOptions::default();
        options.client_options = trusting(&emulator);
        let sender = SenderClient::new(&emulator.url(), TOPIC, credential, Some(options)).unwrap();
        let error = sender.send(&event(1)).await.unwrap_err();
        assert_eq!(error.operation(), Operation::Send);
        assert_eq!(error.status(), Some(401), "{error}");
        assert!(!error.retried());
        assert!(error.to_string().contains(why), "{error}");
    }
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_token_credential_needs_https() {
    let emulator = common::emulator().await;
    let error =
        SenderClient::new(&emulator.url(), TOPIC, Issuer::new(SIGNING_KEY), None).unwrap_err();
    assert_eq!(error.operation(), Operation::Connect);
    assert!(error.to_string().contains("https"), "{error}");
    emulator.shutdown().await;
}
