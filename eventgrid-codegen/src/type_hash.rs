//! The hash of the dispatch table. One source: `eventgrid-codegen` places event types with
//! it, and copies this file verbatim into the generated code, where `rt::variant_number`
//! looks them up with it.

/// The hash of an event type, the same whatever its ASCII case: its length and last 16
/// bytes (types share long prefixes such as `Microsoft.`), each byte with bit 5 set.
pub(crate) fn type_hash(name: &str) -> u64 {
    let bytes = name.as_bytes();
    // Every Azure type is longer than 16 bytes: a fixed-size copy, not a call to `memcpy`.
    let tail = bytes.last_chunk::<16>().copied().unwrap_or_else(|| {
        let mut tail = [0u8; 16];
        tail[16 - bytes.len()..].copy_from_slice(bytes);
        tail
    });
    // Eight bytes, big-endian, each with bit 5 set (both halves of `tail` are eight bytes).
    let word =
        |w: &[u8]| u64::from_be_bytes(w.try_into().unwrap_or_default()) | 0x2020_2020_2020_2020;
    let (high, low) = tail.split_at(8);
    // Both words multiplied before they are combined, so that types differing only near the
    // end (`...Created`, `...Deleted`) spread out: with only the high word multiplied, the
    // table of 231 types had a probe sequence of 20 slots; now the longest is 6.
    (bytes.len() as u64
        ^ word(high).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ word(low).wrapping_mul(0x1656_67B1_9E37_79F9))
    .wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
}

/// The slot of `hash` in a table of `len` slots (a power of two, at least 2): its top bits.
pub(crate) fn slot_of(hash: u64, len: usize) -> usize {
    usize::try_from(hash >> (64 - len.trailing_zeros())).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_does_not_change_the_hash() {
        for name in [
            "Microsoft.Storage.BlobCreated",
            "x",
            "",
            "Microsoft.Web.AppUpdated.Restarted",
        ] {
            assert_eq!(type_hash(name), type_hash(&name.to_ascii_lowercase()));
            assert_eq!(type_hash(name), type_hash(&name.to_ascii_uppercase()));
        }
        assert_ne!(
            type_hash("Microsoft.Storage.BlobCreated"),
            type_hash("Microsoft.Storage.BlobDeleted")
        );
    }

    #[test]
    fn slots_stay_in_the_table() {
        for len in [16, 512, 1 << 20] {
            for hash in [0, 1, u64::MAX, 0x8000_0000_0000_0000] {
                assert!(slot_of(hash, len) < len);
            }
        }
    }
}
