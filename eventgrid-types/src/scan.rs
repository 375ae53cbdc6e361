//! Byte scans for the per-event checks of encoders.

/// Whether `pred` holds for every byte. Whole 16-byte chunks are checked without an early
/// exit, so the compiler answers each in a few vector instructions: attribute values are
/// short and almost always plain ASCII, where a byte-by-byte loop with an exit per byte is
/// several times slower.
pub(crate) fn all_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> bool {
    let mut chunks = bytes.chunks_exact(16);
    chunks.all(|chunk| chunk.iter().fold(true, |all, &b| all & pred(b)))
        && chunks.remainder().iter().all(|&b| pred(b))
}

#[cfg(test)]
mod tests {
    use super::all_bytes;

    #[test]
    fn every_position_counts() {
        let plain = |b: u8| b != b'!';
        assert!(all_bytes(b"", plain));
        for len in [1, 15, 16, 17, 40] {
            let mut bytes = vec![b'a'; len];
            assert!(all_bytes(&bytes, plain), "{len}");
            for at in 0..len {
                bytes[at] = b'!';
                assert!(!all_bytes(&bytes, plain), "{len} at {at}");
                bytes[at] = b'a';
            }
        }
    }
}
