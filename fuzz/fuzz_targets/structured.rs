//! Structured mode: `json::from_slice`, strict and lenient, and the borrowed decoder.
//! A strictly decoded event that encodes again must decode to itself, and the one-pass
//! typed decode (`json::decode::<SystemEvent>`) must read an event as `from_slice` followed
//! by `FromEvent` does.
#![no_main]

use eventgrid_system_events::SystemEvent;
use eventgrid_types::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let strict = json::from_slice(data);
    for decoder in [json::Decoder::new(), json::Decoder::new().lenient()] {
        let typed = decoder.decode::<SystemEvent>(data);
        let two_pass = decoder.from_slice(data).map(|e| e.decode::<SystemEvent>());
        match (typed, two_pass) {
            (Ok(typed), Ok(Ok(two_pass))) => assert_eq!(typed, two_pass),
            (Err(_), Err(_) | Ok(Err(_))) => {}
            (typed, two_pass) => panic!("one pass {typed:?}, two passes {two_pass:?}"),
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = json::Decoder::new().from_str_borrowed(text);
        let _ = json::Decoder::new().lenient().from_str_borrowed(text);
    }
    if let Ok(event) = strict {
        let _ = event.view();
        if let Ok(bytes) = json::to_vec(&event) {
            let again = json::from_slice(&bytes).expect("an encoded event decodes");
            assert_eq!(again, event, "structured round trip");
        }
    }
});
