//! Webhook handshakes: `webhook::detect_parts` on a method, headers and a body, in the input
//! format of the `binary` target with the method on the first line. A recognised validation
//! answers with a body that holds its code and no more than an event's limit; an abuse
//! protection request answers with header values a response can carry.
#![no_main]

use eventgrid_types::json::MAX_EVENT_BYTES;
use eventgrid_types::webhook::{self, AbuseProtectionPolicy, Handshake};
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
    match webhook::detect_parts(method, headers.iter().copied(), body) {
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
