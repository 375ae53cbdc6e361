//! Typed system-event payloads. The input is `TYPE\nDATA`. When TYPE is not an event type
//! this build decodes, a hash of it picks one (so mutated names still reach a typed
//! decoder). DATA goes to `SystemEvent::decode_data` as text, as bytes, and as raw JSON when
//! it is JSON, and wrapped in a structured event for `SystemEvent::decode` on its view.
#![no_main]

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::OnceLock;

use eventgrid_system_events::{SystemEvent, catalog};
use eventgrid_types::{DataRef, json};
use libfuzzer_sys::fuzz_target;
use serde_json::value::RawValue;

fn decoded_types() -> &'static [&'static str] {
    static TYPES: OnceLock<Vec<&'static str>> = OnceLock::new();
    TYPES.get_or_init(|| {
        catalog::all()
            .iter()
            .filter(|info| info.is_decoded())
            .map(catalog::EventTypeInfo::name)
            .collect()
    })
}

fn pick(name: &[u8]) -> &'static str {
    let types = decoded_types();
    if let Some(known) = types
        .iter()
        .find(|t| t.as_bytes().eq_ignore_ascii_case(name))
    {
        return known;
    }
    let mut hasher = DefaultHasher::new();
    name.hash(&mut hasher);
    types[usize::try_from(hasher.finish() % types.len() as u64).unwrap()]
}

fuzz_target!(|data: &[u8]| {
    let (name, rest) = match data.iter().position(|&b| b == b'\n') {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (&[][..], data),
    };
    let event_type = pick(name);
    let _ = SystemEvent::decode_data(event_type, Some(DataRef::Binary(rest)));
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let _ = SystemEvent::decode_data(event_type, Some(DataRef::Text(text)));
    if serde_json::from_str::<&RawValue>(text).is_ok() {
        let _ = SystemEvent::decode_data(event_type, Some(DataRef::Json(text)));
        let body = format!(
            r#"{{"specversion":"1.0","id":"1","source":"/s","type":"{event_type}","data":{text}}}"#
        );
        if let Ok(event) = json::from_slice(body.as_bytes())
            && let Ok(decoded) = SystemEvent::decode(&event.view())
        {
            let _ = decoded.event.data_to_value();
        }
    }
});
