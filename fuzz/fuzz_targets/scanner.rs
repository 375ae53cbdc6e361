//! The scanner front end of the JSON decoders against the serde-driven decoder alone: every
//! batch and structured decoder (strict, lenient, and with a limit of one event) and the
//! Event Grid typed decode must return the same events and the same errors both ways
//! (compared as printed).
#![no_main]

use eventgrid_system_events::SystemEvent;
use eventgrid_types::__private::{event_grid_decode_serde_only, serde_only};
use eventgrid_types::{event_grid, json};
use libfuzzer_sys::fuzz_target;

fn printed<T: std::fmt::Debug, E: std::fmt::Display>(result: Result<T, E>) -> String {
    match result {
        Ok(value) => format!("ok {value:?}"),
        Err(error) => format!("err {error}"),
    }
}

fn printed_all<T: std::fmt::Debug, E: std::fmt::Display>(
    result: Result<Vec<Result<T, E>>, E>,
) -> String {
    match result {
        Ok(events) => events.into_iter().map(|e| printed(e) + "\n").collect(),
        Err(error) => format!("batch error {error}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let one_event = json::Limits {
        max_events: 1,
        ..json::Limits::default()
    };
    for decoder in [
        json::Decoder::new(),
        json::Decoder::new().lenient(),
        json::Decoder::new().with_limits(one_event),
    ] {
        let serde = serde_only(decoder);
        let same = |what: &str, run: &dyn Fn(&json::Decoder) -> String| {
            assert_eq!(run(&decoder), run(&serde), "{what}");
        };
        same("batch_from_slice", &|d| printed_all(d.batch_from_slice(data)));
        same("decode_batch", &|d| {
            printed_all(d.decode_batch::<SystemEvent>(data))
        });
        same("from_slice", &|d| printed(d.from_slice(data)));
        same("decode", &|d| printed(d.decode::<SystemEvent>(data)));
        if let Ok(text) = std::str::from_utf8(data) {
            same("batch_from_str_borrowed", &|d| {
                printed_all(d.batch_from_str_borrowed(text))
            });
            same("from_str_borrowed", &|d| printed(d.from_str_borrowed(text)));
        }
    }
    assert_eq!(
        printed_all(event_grid::decode::<SystemEvent>(data)),
        printed_all(event_grid_decode_serde_only::<SystemEvent>(data)),
        "event_grid::decode"
    );
});
