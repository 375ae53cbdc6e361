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

/// A class of bytes that [`all_in`] tests for: `LOWEST..=HIGHEST`, less the few bytes of
/// `EXCLUDED`. A type per class, not arguments, so that each class gets its own copy of
/// the scan with its bounds folded in: with arguments, every caller shared one copy that
/// read them at run time, byte by byte, and took most of `json::to_vec`'s time on events
/// with long sources.
pub(crate) trait ByteClass {
    /// The lowest byte in the class: at most 0x80, where the word tests are exact.
    const LOWEST: u8;
    /// The highest byte in the class: 0xFF, or at most 0x7F, where the word tests are exact.
    const HIGHEST: u8;
    /// Bytes in the range that are not in the class.
    const EXCLUDED: &'static [u8];
}

/// Bytes a JSON string holds as they are: serde_json escapes `"`, `\\` and bytes below
/// 0x20, and nothing else.
pub(crate) struct NeedsNoEscape;

impl ByteClass for NeedsNoEscape {
    const LOWEST: u8 = 0x20;
    const HIGHEST: u8 = 0xFF;
    const EXCLUDED: &'static [u8] = b"\"\\";
}

/// Printable ASCII: no control character can be among these bytes.
pub(crate) struct PrintableAscii;

impl ByteClass for PrintableAscii {
    const LOWEST: u8 = 0x20;
    const HIGHEST: u8 = 0x7E;
    const EXCLUDED: &'static [u8] = b"";
}

/// Bytes of UTF-8 text that cannot be part of a control character: not below 0x20, not
/// U+007F, and not 0xC2, the lead byte of U+0080-U+009F.
pub(crate) struct NoControlCandidate;

impl ByteClass for NoControlCandidate {
    const LOWEST: u8 = 0x20;
    const HIGHEST: u8 = 0xFF;
    const EXCLUDED: &'static [u8] = &[0x7F, 0xC2];
}

/// Whether every byte of `bytes` is in the class `C`: [`all_in_range`]'s test at run time,
/// for the attribute values that encoders and validation check on every event. Those are
/// mostly shorter than 32 bytes, where [`all_bytes`]' vector chunks and their tails cost
/// more than they save (a 17-byte event type took about 90 instructions); they are read as
/// 64-bit words instead, each answered for all its bytes at once by carry-free arithmetic,
/// the 3-byte id of a counter in about 15. Longer text goes to `all_bytes`' vector scan.
#[inline(always)]
#[allow(clippy::inline_always)] // Each caller's class folds into the word tests.
pub(crate) fn all_in<C: ByteClass>(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    debug_assert!(C::LOWEST <= 0x80 && (C::HIGHEST <= 0x7F || C::HIGHEST == 0xFF));
    // Nonzero when some byte of `word` is out: each test sets a byte's high bit when that
    // byte (or one below it in a word that already has one) is out, and never otherwise.
    let out = |word: u64| {
        // A byte below `LOWEST` borrows, and its high bit is then set where the byte's was
        // clear.
        let mut out = word.wrapping_sub(ONES * u64::from(C::LOWEST)) & !word;
        if C::HIGHEST != 0xFF {
            // A byte above `HIGHEST` (at most 0x7F) carries into its high bit, or has it.
            out |= word.wrapping_add(ONES * u64::from(0x7F - C::HIGHEST)) | word;
        }
        for &byte in C::EXCLUDED {
            // The excluded byte is the one that becomes zero.
            let zeroed = word ^ (ONES * u64::from(byte));
            out |= zeroed.wrapping_sub(ONES) & !zeroed;
        }
        out & HIGH
    };
    let word = |bytes: &[u8; 8]| u64::from_le_bytes(*bytes);
    let found = if let Some(last) = bytes.last_chunk::<8>() {
        if bytes.len() > 32 {
            // The exclusions as plain compares, which the vector scan folds in: a loop over
            // them, or `contains` (a `memchr` call), made a byte-by-byte scan.
            return all_bytes(bytes, |b| {
                (C::LOWEST..=C::HIGHEST).contains(&b)
                    && match *C::EXCLUDED {
                        [] => true,
                        [x] => b != x,
                        [x, y] => b != x && b != y,
                        ref more => !more.contains(&b),
                    }
            });
        }
        // Whole words, then the last eight bytes, which may overlap the last word.
        let chunks = bytes.as_chunks::<8>().0.iter();
        chunks.fold(out(word(last)), |found, chunk| found | out(word(chunk)))
    } else if let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        // Four to seven bytes: the first four and the last four, which may overlap.
        out(u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32)
    } else if let (Some(&a), Some(&z)) = (bytes.first(), bytes.last()) {
        // One to three bytes: the first, the middle and the last are all of them, and the
        // first again fills the word.
        let m = bytes[bytes.len() / 2];
        out(u64::from_le_bytes([a, m, z, a, a, a, a, a]))
    } else {
        0
    };
    found == 0
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
    use super::{
        ByteClass, NeedsNoEscape, NoControlCandidate, PrintableAscii, all_bytes, all_in,
        all_in_range,
    };

    #[test]
    fn ranges_and_exclusions() {
        assert!(all_in_range("", 0x21, 0x7E, b"%"));
        assert!(all_in_range("abc~!", 0x21, 0x7E, b"%"));
        assert!(!all_in_range("a b", 0x21, 0x7E, b"%"));
        assert!(!all_in_range("a%b", 0x21, 0x7E, b"%"));
        assert!(!all_in_range("\u{7f}", 0x21, 0x7E, b""));
        assert!(all_in_range("é", 0x20, 0xFF, b"\"\\"));
    }

    /// A class with two exclusions below 0x7F, beside the callers' own.
    struct Narrow;

    impl ByteClass for Narrow {
        const LOWEST: u8 = 0x21;
        const HIGHEST: u8 = 0x7E;
        const EXCLUDED: &'static [u8] = b"\"%";
    }

    /// Every byte value at every position of strings up to past the vector threshold,
    /// against the byte-by-byte answer.
    fn words_answer_as_bytes_do_for<C: ByteClass>() {
        let exact = |bytes: &[u8]| {
            bytes
                .iter()
                .all(|b| (C::LOWEST..=C::HIGHEST).contains(b) && !C::EXCLUDED.contains(b))
        };
        for len in 0..=40 {
            let mut bytes = vec![b'a'; len];
            assert!(all_in::<C>(&bytes), "{len}");
            for at in 0..len {
                for value in 0..=u8::MAX {
                    bytes[at] = value;
                    assert_eq!(
                        all_in::<C>(&bytes),
                        exact(&bytes),
                        "{len} at {at}: {value:#x}"
                    );
                }
                bytes[at] = b'a';
            }
        }
    }

    #[test]
    fn words_answer_as_bytes_do() {
        words_answer_as_bytes_do_for::<NeedsNoEscape>();
        words_answer_as_bytes_do_for::<PrintableAscii>();
        words_answer_as_bytes_do_for::<NoControlCandidate>();
        words_answer_as_bytes_do_for::<Narrow>();
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
