//! Byte scans for the per-event checks of encoders and of the binary-mode decoder.

/// Whether `pred` holds for every byte. Whole 16-byte chunks are checked without an early
/// exit, so the compiler answers each in a few vector instructions: attribute values are
/// short and almost always plain ASCII, where a byte-by-byte loop with an exit per byte is
/// several times slower. The bytes after the last whole chunk are checked as the last 16
/// bytes (or, when there are fewer, as two overlapping halves), which asks about some bytes
/// twice but costs less than a loop over up to 15 of them.
pub(crate) fn all_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> bool {
    fn all<const N: usize>(chunk: &[u8; N], pred: &impl Fn(u8) -> bool) -> bool {
        chunk.iter().fold(true, |all, &b| all & pred(b))
    }
    fn halves<const N: usize>(bytes: &[u8], pred: &impl Fn(u8) -> bool) -> Option<bool> {
        Some(all::<N>(bytes.first_chunk()?, pred) && all::<N>(bytes.last_chunk()?, pred))
    }
    if let Some(last) = bytes.last_chunk::<16>() {
        let mut chunks = bytes.as_chunks::<16>().0.iter();
        return chunks.all(|chunk| all(chunk, &pred))
            && (bytes.len().is_multiple_of(16) || all(last, &pred));
    }
    halves::<8>(bytes, &pred)
        .or_else(|| halves::<4>(bytes, &pred))
        .unwrap_or_else(|| bytes.iter().all(|&b| pred(b)))
}

/// Whether every byte of `text` lies in `lowest..=highest` and is none of `excluded`: the
/// form of the checks encoders make of a type's constants, which this answers at compile
/// time.
pub(crate) const fn all_in_range(text: &str, lowest: u8, highest: u8, excluded: &[u8]) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < lowest || b > highest {
            return false;
        }
        let mut j = 0;
        while j < excluded.len() {
            if b == excluded[j] {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::{all_bytes, all_in_range};

    #[test]
    fn ranges_and_exclusions() {
        assert!(all_in_range("", 0x21, 0x7E, b"%"));
        assert!(all_in_range("abc~!", 0x21, 0x7E, b"%"));
        assert!(!all_in_range("a b", 0x21, 0x7E, b"%"));
        assert!(!all_in_range("a%b", 0x21, 0x7E, b"%"));
        assert!(!all_in_range("\u{7f}", 0x21, 0x7E, b""));
        assert!(all_in_range("é", 0x20, 0xFF, b"\"\\"));
    }

    #[test]
    fn every_position_counts() {
        let plain = |b: u8| b != b'!';
        assert!(all_bytes(b"", plain));
        // Every length up to three chunks: each way of splitting into chunk, halves and tail.
        for len in 1..=48 {
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
