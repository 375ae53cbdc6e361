//! Entra ID bearer tokens (feature `entra`): tokens signed in the test with an RSA key it
//! generates, keys served as a JWKS on 127.0.0.1. Run with
//! `cargo test -p eventgrid-axum --features entra --test entra`.
#![cfg(feature = "entra")]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::Body;
use axum::routing::{any, get};
use axum::{Extension, Router};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use eventgrid_axum::entra::EntraAuth;
use eventgrid_axum::{Auth, Events, Outcome, WebhookConfig};
use eventgrid_types::CloudEvent;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::traits::PublicKeyParts;
use serde_json::{Value, json};
use tower::ServiceExt;

const AUDIENCE: &str = "api://contoso-events";
const ISSUER: &str = "https://sts.windows.net/00000000-0000-0000-0000-0000000000aa/";

struct Key {
    encoding: EncodingKey,
    jwk: Value,
}

fn generate(kid: &str) -> Key {
    let private = rsa::PrivateKey::new(&mut getrandom::SysRng, 2048).unwrap();
    let der = private.to_pkcs1_der().unwrap();
    let jwk = json!({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
        "n": URL_SAFE_NO_PAD.encode(private.n_bytes()), "e": URL_SAFE_NO_PAD.encode(private.e_bytes())});
    Key {
        encoding: EncodingKey::from_rsa_der(der.as_bytes()),
        jwk,
    }
}

fn now() -> u64 {
    jsonwebtoken::get_current_timestamp()
}

fn token(key: &Key, kid: &str, claims: &Value) -> String {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, claims, &key.encoding).unwrap()
}

fn claims(aud: &str, iss: &str, exp: u64) -> Value {
    json!({"aud": aud, "iss": iss, "exp": exp, "nbf": now() - 60, "appid": "4962773b-9cdb-44cf-a8bf-237846a00ab7"})
}

/// Serves the JWKS of `keys` on 127.0.0.1, counting fetches.
async fn jwks(keys: Vec<Value>, fetches: Arc<AtomicUsize>) -> String {
    let set = json!({ "keys": keys });
    let app = Router::new().route(
        "/keys",
        get(move || {
            fetches.fetch_add(1, Ordering::SeqCst);
            let set = set.clone();
            async move { axum::Json(set) }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/keys", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

async fn on_events(events: Events<CloudEvent>) -> Outcome {
    assert_eq!(events.len(), 1);
    Outcome::Delivered
}

async fn send(app: &Router, method: &str, bearer: Option<&str>) -> u16 {
    let mut request = http::Request::builder()
        .method(method)
        .uri("/events")
        .header("content-type", "application/cloudevents+json");
    if method == "OPTIONS" {
        request = request.header("webhook-request-origin", "eventgrid.azure.net");
    }
    if let Some(token) = bearer {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let body = r#"{"specversion":"1.0","id":"1","source":"/s","type":"t"}"#;
    let response = app
        .clone()
        .oneshot(request.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    response.status().as_u16()
}

#[tokio::test]
async fn entra_tokens_are_checked_against_the_jwks_audience_and_issuer() {
    let (key, stranger) = (generate("k1"), generate("k1"));
    let fetches = Arc::new(AtomicUsize::new(0));
    let url = jwks(vec![key.jwk.clone()], fetches.clone()).await;
    let entra = EntraAuth::new(&url, [AUDIENCE], [ISSUER]).unwrap();
    let app = Router::new()
        .route("/events", any(on_events))
        .layer(Extension(WebhookConfig::new().auth(Auth::entra(entra))));

    let hour = now() + 3600;
    let good = token(&key, "k1", &claims(AUDIENCE, ISSUER, hour));
    assert_eq!(send(&app, "POST", Some(&good)).await, 200);
    // The handshake needs the token too.
    assert_eq!(send(&app, "OPTIONS", Some(&good)).await, 200);
    assert_eq!(send(&app, "OPTIONS", None).await, 401);
    assert_eq!(
        fetches.load(Ordering::SeqCst),
        1,
        "the keys are fetched once"
    );

    for (what, bearer) in [
        ("no token", None),
        ("not a JWT", Some("abc".to_owned())),
        (
            "another audience",
            Some(token(&key, "k1", &claims("api://other", ISSUER, hour))),
        ),
        (
            "another issuer",
            Some(token(
                &key,
                "k1",
                &claims(AUDIENCE, "https://sts.windows.net/evil/", hour),
            )),
        ),
        (
            "expired",
            Some(token(&key, "k1", &claims(AUDIENCE, ISSUER, now() - 3600))),
        ),
        (
            "signed by another key under the same kid",
            Some(token(&stranger, "k1", &claims(AUDIENCE, ISSUER, hour))),
        ),
        (
            "HS256 with the public modulus as secret",
            Some({
                let mut header = Header::new(Algorithm::HS256);
                header.kid = Some("k1".into());
                let secret =
                    EncodingKey::from_secret(key.jwk["n"].as_str().unwrap().as_bytes()).unwrap();
                jsonwebtoken::encode(&header, &claims(AUDIENCE, ISSUER, hour), &secret).unwrap()
            }),
        ),
        (
            "an unknown kid",
            Some(token(&key, "k2", &claims(AUDIENCE, ISSUER, hour))),
        ),
    ] {
        assert_eq!(send(&app, "POST", bearer.as_deref()).await, 401, "{what}");
    }
    // Unknown kids do not make the endpoint fetch the keys again within the interval.
    for _ in 0..5 {
        let unknown = token(&key, "k9", &claims(AUDIENCE, ISSUER, hour));
        assert_eq!(send(&app, "POST", Some(&unknown)).await, 401);
    }
    assert_eq!(fetches.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn an_unreachable_key_set_asks_for_a_retry() {
    let key = generate("k1");
    // A port nothing listens on: bind, read the port, close.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let entra = EntraAuth::new(&format!("http://{closed}/keys"), [AUDIENCE], [ISSUER]).unwrap();
    let app = Router::new()
        .route("/events", any(on_events))
        .layer(Extension(WebhookConfig::new().auth(Auth::entra(entra))));
    let good = token(&key, "k1", &claims(AUDIENCE, ISSUER, now() + 3600));
    // Not the sender's fault: 503, which Event Grid retries, rather than a 401 that would
    // dead-letter the events.
    assert_eq!(send(&app, "POST", Some(&good)).await, 503);
}
