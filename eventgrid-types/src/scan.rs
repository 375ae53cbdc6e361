//! Byte scans for the per-event checks of encoders and of the binary-mode decoder.

/// Whether `pred` holds for every byte. Whole 16-byte chunks are checked without an early
/// exit, so the compiler answers each in a few vector instructions: attribute values are
/// short and almost always plain ASCII, where a byte-by-byte loop with an exit per byte is
/// several times slower.
pub(crate) fn all_bytes(bytes: &[u8], pred: impl Fn(u8) -> bool) -> bool {
    let mut chunks = bytes.chunks_exact(16);
    chunks.all(|chunk| chunk.iter().fold(true, |all, &b| all & pred(b)))
        && chunks.remainder().iter().all(|&b| pred(b))
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
