//! Event Grid schema: `event_grid::from_slice`, typed decode as `SystemEvent`, and the
//! conversion of every decoded event to a CloudEvent.
#![no_main]

use eventgrid_system_events::SystemEvent;
use eventgrid_types::event_grid;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let events = event_grid::from_slice(data);
    let _ = event_grid::decode::<SystemEvent>(data);
    if let Ok(events) = events {
        for event in events.iter().flatten() {
            let _ = event.to_cloud_event();
            let _ = SystemEvent::decode_known(&event.view());
        }
        let good: Vec<_> = events.into_iter().filter_map(Result::ok).collect();
        if let Ok(bytes) = event_grid::to_vec(&good) {
            let again = event_grid::from_slice(&bytes).expect("an encoded array decodes");
            assert_eq!(again.len(), good.len());
        }
    }
});
