//! `Timestamp::parse` on any text. A parsed timestamp converts to UTC (the conversion that
//! used to panic inside `time` for `9999-12-31T23:59:59-23:59`), its canonical form parses
//! to the same instant, and its text is the input.
#![no_main]

use eventgrid_types::Timestamp;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Timestamp::parse(text) {
        Ok(timestamp) => {
            assert_eq!(timestamp.as_str(), text);
            let utc = timestamp.to_offset_date_time().to_utc();
            let canonical = timestamp.to_canonical();
            let again = Timestamp::parse(canonical.as_str()).expect("canonical text parses");
            assert!(again.same_instant(&timestamp), "{text:?} -> {canonical:?}");
            assert_eq!(again.to_offset_date_time().to_utc(), utc);
        }
        Err(error) => {
            let message = error.to_string();
            assert!(!message.contains(['\n', '\r']), "{message:?}");
        }
    }
});
