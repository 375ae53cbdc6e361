//! Event Grid schema: `event_grid::from_slice`, typed decode as `SystemEvent` (which reads
//! every event as `from_slice` followed by `FromEvent` does), and the conversion of every
//! decoded event to a CloudEvent.
#![no_main]

use eventgrid_system_events::SystemEvent;
use eventgrid_types::event_grid;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let events = event_grid::from_slice(data);
    if let (Ok(typed), Ok(owned)) = (event_grid::decode::<SystemEvent>(data), &events) {
        assert_eq!(typed.len(), owned.len(), "event count");
        for (typed, owned) in typed.iter().zip(owned) {
            let two_pass = owned.as_ref().map(|event| event.decode::<SystemEvent>());
            match (typed, two_pass) {
                (Ok(typed), Ok(Ok(two_pass))) => assert_eq!(typed, &two_pass),
                (Err(_), Err(_) | Ok(Err(_))) => {}
                (typed, two_pass) => panic!("one pass {typed:?}, two passes {two_pass:?}"),
            }
        }
    }
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
