//! Header values: `percent::decode` on any bytes, and for any string, `encode` then
//! `decode` is the identity. Timestamps (also read from headers) ride along.
#![no_main]

use eventgrid_types::{Timestamp, percent};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = percent::decode(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let encoded = percent::encode(text);
        assert!(
            encoded
                .bytes()
                .all(|b| (0x21..=0x7e).contains(&b) && b != b'"'),
            "encoded value {encoded:?} is not a safe header value"
        );
        let decoded = percent::decode(encoded.as_bytes()).expect("an encoded value decodes");
        assert_eq!(decoded, text, "percent round trip");
        if let Ok(ts) = Timestamp::parse(text) {
            let _ = ts.to_offset_date_time();
            let _ = ts.to_canonical();
        }
    }
});
