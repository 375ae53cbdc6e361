//! Binary mode. The input is HTTP-like: header lines `name: value` (split at the first
//! `:`, the value's leading spaces dropped), an empty line, then the body. Header names must
//! be UTF-8 (as `http::HeaderName`s are); values are raw bytes. A decoded event encodes
//! again to headers and a body that decode to the same event.
#![no_main]

use eventgrid_system_events::SystemEvent;
use eventgrid_types::binary;
use libfuzzer_sys::fuzz_target;

fn split(data: &[u8]) -> (Vec<(&str, &[u8])>, &[u8]) {
    let (head, body) = match data.windows(2).position(|w| w == b"\n\n") {
        Some(at) => (&data[..at], &data[at + 2..]),
        None => (data, &[][..]),
    };
    let mut headers = Vec::new();
    for line in head.split(|&b| b == b'\n') {
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
    (headers, body)
}

fuzz_target!(|data: &[u8]| {
    let (headers, body) = split(data);
    let decoded = binary::decode(headers.iter().copied(), body);
    let _ = binary::decode_typed::<SystemEvent, _>(headers.iter().copied(), body);
    if let Ok(event) = decoded
        && let Ok(message) = binary::encode(&event)
    {
        let pairs = message
            .headers
            .iter()
            .map(|(n, v)| (n, v.as_bytes()));
        let again = binary::decode(pairs, &message.body).expect("an encoded event decodes");
        assert_eq!(again, event, "binary round trip");
    }
});
