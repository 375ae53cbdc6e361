//! Event Grid namespaces' pull delivery: a receive response body (`namespace::decode_receive`
//! and `decode_receive_typed::<SystemEvent>`) and a settlement response body
//! (`SettlementResult`, `ErrorResponse`). A receive keeps at most the service's 100 items,
//! and every item keeps its lock token whatever its event; the typed decode settles the same
//! lock tokens.
#![no_main]

use eventgrid_system_events::SystemEvent;
use eventgrid_types::namespace::{self, ErrorResponse, MAX_EVENTS_PER_RECEIVE, SettlementResult};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let received = namespace::decode_receive(data);
    let typed = namespace::decode_receive_typed::<SystemEvent>(data);
    match (&received, &typed) {
        (Ok(received), Ok(typed)) => {
            assert!(received.items.len() + received.unsettleable.len() <= MAX_EVENTS_PER_RECEIVE as usize);
            let tokens: Vec<_> = received.lock_tokens().collect();
            let typed_tokens: Vec<_> = typed.lock_tokens().collect();
            assert_eq!(tokens, typed_tokens, "the same items are settleable");
            assert!(tokens.iter().all(|token| !token.is_empty()));
        }
        (Err(_), Err(_)) => {}
        _ => panic!("one receive decoder failed the whole body and the other did not"),
    }
    if let Ok(result) = serde_json::from_slice::<SettlementResult>(data) {
        let again: SettlementResult =
            serde_json::from_slice(&serde_json::to_vec(&result).unwrap()).expect("re-encoded");
        assert_eq!(again, result, "settlement result round trip");
    }
    if let Ok(error) = serde_json::from_slice::<ErrorResponse>(data) {
        let _ = error.to_string();
    }
});
