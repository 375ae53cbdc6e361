//! The fast front end of structured decoding: a scanner for JSON batches of event objects.
//!
//! It walks the punctuation of the batch and of each event object itself and reads
//! strings without escapes in place (the attributes of Azure's events are such strings);
//! every other value, `data` included, it hands to `serde_json`, starting where the value
//! starts and going on from where `serde_json` stopped. What it records is what the
//! serde-driven decoder records ([`Envelope`]), and every byte it accepts is JSON. It costs
//! a fraction of a generic deserializer's work per member.
//!
//! On anything it does not take (malformed JSON, an element that is not an object, a
//! payload that does not fit the one-pass decode) it returns [`Fallback`], and the caller
//! decodes the input again with the serde-driven decoder, which reports the exact error and
//! position or decodes what the scanner left.

use std::borrow::Cow;

use serde::Deserialize;
use serde::de::DeserializeSeed;
use serde::de::IgnoredAny;
use serde_json::de::StrRead;
use serde_json::value::RawValue;

use super::envelope::{DataSlot, Envelope, Key, Scalar};

/// The scanner does not take this input; the serde-driven decoder decodes it instead.
#[derive(Debug)]
pub(crate) struct Fallback;

/// A cursor over a batch or an event.
pub(crate) struct Scanner<'de> {
    text: &'de str,
    pos: usize,
}

/// What an event object records of its members as the scanner reads them.
pub(crate) trait Members<'de>: Sized {
    /// An object with no members read yet.
    fn empty() -> Self;

    /// Reads the value of member `name`.
    fn member(&mut self, name: Cow<'de, str>, value: Value<'_, 'de>) -> Result<(), Fallback>;
}

/// The value of a member, at the scanner's cursor; reading it moves the cursor past it.
pub(crate) struct Value<'s, 'de>(&'s mut Scanner<'de>);

impl<'de> Value<'_, 'de> {
    /// The value as an attribute value: strings in place, anything else by `serde_json`.
    // Forced inline: as a call (which a plain `#[inline]` left it) it returned the scalar
    // through memory, and the caller's wide copy of it stalled on the callee's narrower
    // stores (a store-forwarding stall, seen with `perf annotate`).
    #[inline(always)]
    #[allow(clippy::inline_always)] // Measured; see above.
    pub(crate) fn scalar(self) -> Result<Scalar<'de>, Fallback> {
        if self.0.peek() == Some(b'"') {
            return self.0.string::<false>().map(|(text, _)| Scalar::Str(text));
        }
        self.0.other_scalar()
    }

    /// [`Value::scalar`], also saying whether the value is printable: not a string, or a
    /// string of printable ASCII without escapes, which holds no control character. Found
    /// in the same pass that finds the string's end, so that the checks need not read
    /// plain attribute values again.
    #[inline(always)]
    #[allow(clippy::inline_always)] // As `Value::scalar`.
    pub(crate) fn printable_scalar(self) -> Result<(Scalar<'de>, bool), Fallback> {
        if self.0.peek() == Some(b'"') {
            return self
                .0
                .string::<true>()
                .map(|(text, printable)| (Scalar::Str(text), printable));
        }
        // A plain integer in place: as a call, the value came back through memory.
        if let Some(integer) = self.0.integer() {
            return Ok((integer, true));
        }
        self.0.other_scalar().map(|scalar| (scalar, true))
    }

    /// The value as `read` reads it from a `serde_json` deserializer.
    pub(crate) fn read<V>(
        self,
        read: impl FnOnce(&mut serde_json::Deserializer<StrRead<'de>>) -> serde_json::Result<V>,
    ) -> Result<V, Fallback> {
        self.0.with_serde(read)
    }

    /// [`Value::read`], also giving the JSON text of the value.
    pub(crate) fn read_with_text<V>(
        self,
        read: impl FnOnce(&mut serde_json::Deserializer<StrRead<'de>>) -> serde_json::Result<V>,
    ) -> Result<(V, &'de str), Fallback> {
        let start = self.0.skip_whitespace();
        let value = self.0.with_serde(read)?;
        let text = self.0.text.get(start..self.0.pos).ok_or(Fallback)?;
        Ok((value, text))
    }

    /// How many bytes of the input are left, this value's included.
    #[inline]
    pub(crate) fn unread(&self) -> usize {
        self.0.text.len().saturating_sub(self.0.pos)
    }

    /// Skips the value, checking that it is JSON.
    pub(crate) fn skip(self) -> Result<(), Fallback> {
        self.0
            .with_serde(|de| IgnoredAny::deserialize(de).map(drop))
    }
}

impl<'de, D: DataSlot<'de>> Members<'de> for Envelope<'de, D> {
    fn empty() -> Self {
        Envelope::scanned()
    }

    fn member(&mut self, name: Cow<'de, str>, value: Value<'_, 'de>) -> Result<(), Fallback> {
        let key = Key::of(name);
        if let Key::Data = key {
            let one_pass = self.may_read_data_in_one_pass();
            let attrs = self.attrs();
            let read = |de: &mut serde_json::Deserializer<StrRead<'de>>| {
                D::seed(attrs, one_pass).deserialize(de)
            };
            let (data, text) = if D::MAY_BE_TYPED {
                value
                    .read_with_text(read)
                    .map(|(data, text)| (data, Some(text)))?
            } else {
                (value.read(read)?, None)
            };
            self.set_data(data, text);
        } else {
            let unread = value.unread();
            let (scalar, printable) = value.printable_scalar()?;
            if !printable {
                self.note_unprintable();
            }
            if self.contradicts_typed_data(&key, &scalar) {
                self.keep_data_raw().map_err(|_| Fallback)?;
            }
            self.set_scalar(key, scalar, unread);
        }
        Ok(())
    }
}

impl<'de> Scanner<'de> {
    pub(crate) fn new(text: &'de str) -> Self {
        Scanner { text, pos: 0 }
    }

    /// Reads a JSON array of event objects to the end of the text, handing each event to
    /// `each` as soon as it is read.
    pub(crate) fn batch<M: Members<'de>>(
        &mut self,
        mut each: impl FnMut(M) -> Result<(), Fallback>,
    ) -> Result<(), Fallback> {
        self.expect(b'[')?;
        if !self.eat(b']') {
            loop {
                each(self.object()?)?;
                if !self.eat(b',') {
                    self.expect(b']')?;
                    break;
                }
            }
        }
        self.end()
    }

    /// Reads one event object to the end of the text.
    pub(crate) fn single<M: Members<'de>>(&mut self) -> Result<M, Fallback> {
        let event = self.object()?;
        self.end()?;
        Ok(event)
    }

    fn end(&mut self) -> Result<(), Fallback> {
        if self.skip_whitespace() == self.text.len() {
            Ok(())
        } else {
            Err(Fallback)
        }
    }

    /// One object, its members handed to `M` one by one.
    fn object<M: Members<'de>>(&mut self) -> Result<M, Fallback> {
        self.expect(b'{')?;
        let mut object = M::empty();
        if self.eat(b'}') {
            return Ok(object);
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(Fallback);
            }
            let (name, _) = self.string::<false>()?;
            self.expect(b':')?;
            object.member(name, Value(self))?;
            if !self.eat(b',') {
                self.expect(b'}')?;
                return Ok(object);
            }
        }
    }

    /// A value that is not a string: numbers, literals, arrays and objects. A plain integer
    /// is read in place; anything else by `serde_json`, and a number beyond what an `f64`
    /// holds (`1e400`, on which `serde_json` fails) as its text, so that it fails only its
    /// own event, or is kept as text by a lenient decoder, instead of sending the whole
    /// batch to the serde-driven decoder.
    #[inline(never)]
    fn other_scalar(&mut self) -> Result<Scalar<'de>, Fallback> {
        if let Some(integer) = self.integer() {
            return Ok(integer);
        }
        let start = self.pos;
        match self.with_serde(|de| Scalar::deserialize(de)) {
            Err(Fallback) if matches!(self.peek(), Some(b'-' | b'0'..=b'9')) => {
                self.pos = start;
                // Only the grammar is checked here, which `1e400` keeps.
                let raw = self.with_serde(|de| <&RawValue>::deserialize(de))?;
                Ok(Scalar::BigNumber(Cow::Borrowed(raw.get())))
            }
            other => other,
        }
    }

    /// An integer of up to 18 digits at the cursor (which fits an `i64` either way), with no
    /// fraction or exponent, read as `serde_json` reads it (a `u64`, or an `i64` when
    /// negative); `None`, with the cursor unmoved, for anything else, `-0` included (which
    /// `serde_json` reads as the float `-0.0`).
    #[inline(always)]
    #[allow(clippy::inline_always)] // Measured; see `Value::printable_scalar`.
    fn integer(&mut self) -> Option<Scalar<'de>> {
        let bytes = self.text.as_bytes();
        let negative = bytes.get(self.pos) == Some(&b'-');
        let first = self.pos + usize::from(negative);
        let digits = bytes.get(first..)?;
        let count = digits
            .iter()
            .take(19)
            .take_while(|b| b.is_ascii_digit())
            .count();
        // No digit, a leading zero (JSON allows only `0` itself) or more than 18 digits.
        if count == 0 || count > 18 || (count > 1 && digits[0] == b'0') {
            return None;
        }
        if matches!(digits.get(count), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        let value = digits[..count]
            .iter()
            .fold(0u64, |n, &d| n * 10 + u64::from(d - b'0'));
        let scalar = match (negative, value) {
            (false, value) => Scalar::U64(value),
            (true, 0) => return None,
            // 18 digits are below 10^18, well inside `i64`.
            (true, value) => Scalar::I64(-value.cast_signed()),
        };
        self.pos = first + count;
        Some(scalar)
    }

    /// Reads the value at the cursor with `serde_json` and moves past it.
    fn with_serde<V>(
        &mut self,
        read: impl FnOnce(&mut serde_json::Deserializer<StrRead<'de>>) -> serde_json::Result<V>,
    ) -> Result<V, Fallback> {
        let rest = self.text.get(self.pos..).ok_or(Fallback)?;
        let mut de = serde_json::Deserializer::from_str(rest);
        let value = read(&mut de).map_err(|_| Fallback)?;
        // Where the value ended: a stream deserializer starts counting where `de` stopped.
        self.pos += de.into_iter::<IgnoredAny>().byte_offset();
        Ok(value)
    }

    // The small helpers from here on are `#[inline]`: their callers are generic over the
    // decoder's types and so compiled in the user's crate, and without the attribute rustc
    // would call each of them across the crate boundary.

    /// The string at the cursor (at its opening quote), borrowed unless it has escapes;
    /// with `PRINTABLE`, also whether it is printable ASCII without escapes (see
    /// [`string_stop`]), and otherwise `false`.
    // Forced inline, as `Value::scalar` is and for the same reason.
    #[inline(always)]
    #[allow(clippy::inline_always)] // Measured; see `Value::scalar`.
    fn string<const PRINTABLE: bool>(&mut self) -> Result<(Cow<'de, str>, bool), Fallback> {
        let start = self.pos + 1;
        let bytes = self.text.as_bytes();
        let (end, printable) = string_stop::<PRINTABLE>(bytes, start).ok_or(Fallback)?;
        if bytes[end] == b'"' {
            let content = self.text.get(start..end).ok_or(Fallback)?;
            self.pos = end + 1;
            return Ok((Cow::Borrowed(content), printable));
        }
        self.escaped_string().map(|text| (text, false))
    }

    /// A string with an escape (or a control character, which is not JSON): serde_json
    /// reads it. Kept out of line, so the plain strings' path stays small.
    #[cold]
    #[inline(never)]
    fn escaped_string(&mut self) -> Result<Cow<'de, str>, Fallback> {
        self.with_serde(|de| String::deserialize(de).map(Cow::Owned))
    }

    #[inline]
    fn skip_whitespace(&mut self) -> usize {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(self.pos) {
            self.pos += 1;
        }
        self.pos
    }

    #[inline]
    fn peek(&mut self) -> Option<u8> {
        let at = self.skip_whitespace();
        self.text.as_bytes().get(at).copied()
    }

    #[inline]
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    #[inline]
    fn expect(&mut self, byte: u8) -> Result<(), Fallback> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(Fallback)
        }
    }
}

/// The index of the first `"`, `\` or control character in `bytes` at or after `from`; with
/// `PRINTABLE`, also whether every byte before it is below 0x7F, and otherwise `false`.
///
/// Eight bytes at a time: each test below sets the high bit of every byte that matches, and
/// of no byte before the first match, so the lowest bit set marks the first stop. Bytes
/// before the stop are at least 0x20, so with none of them at 0x7F or above they are
/// printable ASCII: no control character (U+007F, or the two-byte U+0080 to U+009F) can be
/// among them. Testing that here costs three instructions a word; reading the value again
/// for it cost ten times that.
#[inline]
fn string_stop<const PRINTABLE: bool>(bytes: &[u8], from: usize) -> Option<(usize, bool)> {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES << 7;
    let has_byte = |word: u64, byte: u8| {
        let x = word ^ (ONES * u64::from(byte));
        x.wrapping_sub(ONES) & !x
    };
    // The high bit of a byte of `word | word + 1` is set for every byte at 0x7F or above (a
    // carry into a byte comes only from a 0xFF below it, which is set already).
    let at_least_7f = |word: u64| word | word.wrapping_add(ONES);
    let mut high = 0;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let word = u64::from_le_bytes(*chunk);
        let below_space = word.wrapping_sub(ONES * 0x20) & !word;
        let stops = (has_byte(word, b'"') | has_byte(word, b'\\') | below_space) & HIGH;
        if stops != 0 {
            let index = (stops.trailing_zeros() / 8) as usize;
            if PRINTABLE {
                // Only the bytes before the stop: `index` is below 8.
                let before = (1u64 << (index * 8)).wrapping_sub(1);
                high |= at_least_7f(word) & before;
            }
            return Some((at + index, PRINTABLE && high & HIGH == 0));
        }
        if PRINTABLE {
            high |= at_least_7f(word);
        }
        at += 8;
    }
    let rest = bytes.get(at..)?;
    let index = rest
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
    let printable = PRINTABLE && high & HIGH == 0 && rest[..index].iter().all(|&b| b < 0x7F);
    Some((at + index, printable))
}

#[cfg(test)]
mod tests {
    use serde_json::value::RawValue;

    use super::{Envelope, Fallback, Scalar, Scanner, string_stop};

    fn scan(text: &str) -> Result<usize, Fallback> {
        let mut count = 0;
        Scanner::new(text).batch(|_: Envelope<'_, &RawValue>| {
            count += 1;
            Ok(())
        })?;
        Ok(count)
    }

    #[test]
    fn reads_batches_itself() {
        let batch = r#" [ {"specversion":"1.0","id":"a\"b","source":"/s","type":"t","n":-1.5e3,
            "data":{"a":[1,"}"]}} , {} ]"#;
        assert_eq!(scan(batch).ok(), Some(2));
        assert_eq!(scan("[]").ok(), Some(0));
    }

    #[test]
    fn leaves_what_is_not_a_batch_of_objects_to_serde() {
        for text in [
            "",
            "{}",
            "[1]",
            "[{}",
            "[{}] x",
            "[{},]",
            r#"[{"a":1,}]"#,
            r#"[{"a" 1}]"#,
            r#"[{"a":tru}]"#,
            r#"[{"a":"x"#,
            "[{\"a\":\"\u{1}\"}]",
            r#"[{"data":{"a":}}]"#,
        ] {
            assert!(scan(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn reads_numbers_beyond_f64_as_text_instead_of_falling_back() {
        assert_eq!(scan(r#"[{"n":1e400},{"n":-1E+999,"m":2}]"#).ok(), Some(2));
        for (text, expected) in [("1e400", "1e400"), ("-1.5e999 ", "-1.5e999")] {
            let mut scanner = Scanner::new(text);
            match scanner.other_scalar() {
                Ok(Scalar::BigNumber(number)) => assert_eq!(number, expected),
                other => panic!("{text}: {other:?}"),
            }
        }
        // What is not a number is still not taken.
        for text in ["1e", "-", "01", "1.", "--1", "1e400x"] {
            let batch = format!(r#"[{{"n":{text}}}]"#);
            assert!(scan(&batch).is_err(), "{text}");
        }
    }

    #[test]
    fn reads_integers_as_serde_json_does() {
        for text in [
            "0",
            "7",
            "-7",
            "-0",
            "00",
            "-01",
            "10",
            "2147483647",
            "-2147483648",
            "999999999999999999",
            "-999999999999999999",
            "1000000000000000000",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "1.0",
            "1e2",
            "1E2",
            "-0.0",
            "12 ",
        ] {
            let mut scanner = Scanner::new(text);
            let ours = scanner
                .other_scalar()
                .ok()
                .map(|s| (format!("{s:?}"), scanner.pos));
            // serde_json reading the same value where it starts, as `with_serde` does.
            let mut de = serde_json::Deserializer::from_str(text);
            let theirs = <Scalar<'_> as serde::Deserialize>::deserialize(&mut de)
                .ok()
                .map(|s| format!("{s:?}"))
                .map(|s| (s, de.into_iter::<serde::de::IgnoredAny>().byte_offset()));
            assert_eq!(ours, theirs, "{text}");
        }
    }

    /// The stop alone, as the member names' scan asks for it.
    fn stop(bytes: &[u8], from: usize) -> Option<usize> {
        string_stop::<false>(bytes, from).map(|(at, _)| at)
    }

    #[test]
    fn string_stop_finds_the_first_stop_at_every_position() {
        for len in [0, 1, 7, 8, 9, 16, 23] {
            let plain = vec![b'a'; len];
            assert_eq!(stop(&plain, 0), None, "{len}");
            for byte in [b'"', b'\\', 0x00, 0x1f] {
                for at in 0..len {
                    let mut bytes = plain.clone();
                    bytes[at] = byte;
                    assert_eq!(stop(&bytes, 0), Some(at), "{len} {byte} {at}");
                    // A stop after the first does not hide it.
                    if at + 1 < len {
                        bytes[at + 1] = b'"';
                        assert_eq!(stop(&bytes, 0), Some(at));
                    }
                }
            }
        }
        // Bytes above ASCII (UTF-8) and DEL are not stops.
        assert_eq!(stop("é€\u{7f}zzzzzzzzz\"".as_bytes(), 0), Some(15));
        assert_eq!(stop(b"ab\"cd", 3), None);
    }

    #[test]
    fn string_stop_says_whether_the_bytes_before_the_stop_are_printable() {
        // Every length up to three words, every position of a byte at 0x7F or above, and
        // the same byte just after the stop, where it does not count.
        for len in 0..24 {
            let mut bytes = vec![b'~'; len];
            bytes.push(b'"');
            bytes.extend_from_slice(&[0x7F; 9]);
            assert_eq!(string_stop::<true>(&bytes, 0), Some((len, true)), "{len}");
            assert_eq!(string_stop::<false>(&bytes, 0), Some((len, false)));
            for high in [0x7F, 0x80, 0xC2, 0xFF] {
                for at in 0..len {
                    let mut bytes = bytes.clone();
                    bytes[at] = high;
                    assert_eq!(
                        string_stop::<true>(&bytes, 0),
                        Some((len, false)),
                        "{len} {high:#x} at {at}"
                    );
                }
            }
        }
        // A carry out of a 0xFF byte does not hide a DEL after it.
        assert_eq!(string_stop::<true>(b"\xff\x7f\"", 0), Some((2, false)));
        // U+0085 is two bytes, 0xC2 0x85.
        assert_eq!(
            string_stop::<true>("x\u{85}yz\"".as_bytes(), 0),
            Some((5, false))
        );
    }
}
