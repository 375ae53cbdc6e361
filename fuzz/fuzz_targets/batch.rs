//! Batches: `json::batch_from_slice`, the borrowed batch decoder, and typed decode of every
//! event as a `SystemEvent` (`json::decode_batch`), strict and lenient. The one-pass typed
//! decode reads every event as the owned decode followed by `SystemEvent`'s `FromEvent`
//! does. Events that decode alone re-encode as a batch that decodes to the same events.
#![no_main]

use eventgrid_system_events::SystemEvent;
use eventgrid_types::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let events = json::batch_from_slice(data);
    for decoder in [json::Decoder::new(), json::Decoder::new().lenient()] {
        if let (Ok(typed), Ok(owned)) = (
            decoder.decode_batch::<SystemEvent>(data),
            decoder.batch_from_slice(data),
        ) {
            assert_eq!(typed.len(), owned.len(), "event count");
            for (typed, owned) in typed.iter().zip(&owned) {
                let two_pass = owned.as_ref().map(|event| event.decode::<SystemEvent>());
                match (typed, two_pass) {
                    (Ok(typed), Ok(Ok(two_pass))) => assert_eq!(typed, &two_pass),
                    (Err(_), Err(_) | Ok(Err(_))) => {}
                    (typed, two_pass) => panic!("one pass {typed:?}, two passes {two_pass:?}"),
                }
            }
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = json::Decoder::new().batch_from_str_borrowed(text);
    }
    if let Ok(events) = events {
        let good: Vec<_> = events.into_iter().filter_map(Result::ok).collect();
        if let Ok(bytes) = json::batch_to_vec(&good) {
            let again: Vec<_> = json::batch_from_slice(&bytes)
                .expect("an encoded batch decodes")
                .into_iter()
                .map(|e| e.expect("an encoded event decodes"))
                .collect();
            assert_eq!(again, good, "batch round trip");
        }
    }
});
