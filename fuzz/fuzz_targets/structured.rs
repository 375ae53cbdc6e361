//! Structured mode: `json::from_slice`, strict and lenient, and the borrowed decoder.
//! A strictly decoded event that encodes again must decode to itself.
#![no_main]

use eventgrid_types::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let strict = json::from_slice(data);
    let _ = json::Decoder::new().lenient().from_slice(data);
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
