//! Webhook handshakes: `webhook::detect_parts` on a method, headers and a body, in the input
//! format of the `binary` target with the method on the first line. A recognised validation
//! answers with a body that holds its code and no more than an event's limit; an abuse
//! protection request answers with header values a response can carry. The same input through
//! `webhook::receive_parts` is a handshake exactly when `detect_parts` finds one, and every
//! event it could not decode is reported in one line.
#![no_main]

use eventgrid_types::CloudEvent;
use eventgrid_types::json::{MAX_DELIVERY_EVENTS, MAX_EVENT_BYTES};
use eventgrid_types::webhook::{self, AbuseProtectionPolicy, Handshake, WebhookRequest};
use libfuzzer_sys::fuzz_target;

fn split(data: &[u8]) -> (&str, Vec<(&str, &[u8])>, &[u8]) {
    let (head, body) = match data.windows(2).position(|w| w == b"\n\n") {
        Some(at) => (&data[..at], &data[at + 2..]),
        None => (data, &[][..]),
    };
    let mut lines = head.split(|&b| b == b'\n');
    let method = lines
        .next()
        .and_then(|line| std::str::from_utf8(line).ok())
        .unwrap_or("POST");
    let mut headers = Vec::new();
    for line in lines {
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let Ok(name) = std::str::from_utf8(&line[..colon]) else {
            continue;
        };
        let mut value = &line[colon + 1..];
        while let [b' ', rest @ ..] = value {
            value = rest;
        }
        headers.push((name, value));
    }
    (method, headers, body)
}

fuzz_target!(|data: &[u8]| {
    let (method, headers, body) = split(data);
    let detected = webhook::detect_parts(method, headers.iter().copied(), body);
    match webhook::receive_parts::<CloudEvent, _>(method, headers.iter().copied(), body) {
        Ok(WebhookRequest::Handshake(handshake)) => {
            assert_eq!(detected.as_ref().ok().and_then(Option::as_ref), Some(&handshake));
        }
        Ok(WebhookRequest::Events(delivery)) => {
            assert!(matches!(detected, Ok(None)));
            assert!(delivery.len() <= MAX_DELIVERY_EVENTS);
            for undecoded in delivery.undecoded() {
                let line = undecoded.to_string();
                assert!(!line.contains(['\n', '\r']), "{line:?}");
            }
        }
        Err(error) => {
            let line = error.to_string();
            assert!(!line.contains(['\n', '\r']), "{line:?}");
            assert!(matches!(error.status(), 400 | 405 | 413));
        }
    }
    match detected {
        Ok(Some(Handshake::SubscriptionValidation(validation))) => {
            let response = validation.response();
            assert_eq!(response.status(), 200);
            assert!(response.body().len() <= 2 * MAX_EVENT_BYTES, "echoes no more than it read");
            let echoed: serde_json::Value =
                serde_json::from_slice(response.body()).expect("the response is JSON");
            assert_eq!(echoed["validationResponse"], validation.validation_code.as_str());
        }
        Ok(Some(handshake)) => {
            for policy in [AbuseProtectionPolicy::event_grid(), AbuseProtectionPolicy::allow_any()] {
                let response = handshake.respond(&policy);
                for (_, value) in response.headers() {
                    assert!(
                        value.bytes().all(|b| (0x20..0x7f).contains(&b)),
                        "header value {value:?} cannot be sent"
                    );
                }
            }
        }
        Ok(None) => {}
        Err(error) => {
            let message = error.to_string();
            assert!(!message.contains(['\n', '\r']), "{message:?}");
            let _ = error.response();
        }
    }
});
