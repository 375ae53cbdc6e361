//! CloudEvents / Event Grid timestamps that keep their exact text.
//!
//! [`Timestamp`] parses every form real payloads use (RFC 3339 with 0-9 fractional digits and
//! any offset, plus the looser forms listed on [`Timestamp::parse`]) and remembers the text it
//! was parsed from, so a decoded event re-encodes byte for byte. The parsed instant is kept
//! next to the text and is available as a [`time::OffsetDateTime`].
//!
//! ```
//! use eventgrid_types::timestamp::Timestamp;
//!
//! let t = Timestamp::parse("2018-04-05T17:31:00.1234567+05:30")?;
//! assert_eq!(t.as_str(), "2018-04-05T17:31:00.1234567+05:30");
//! assert!(t.is_rfc3339());
//! assert_eq!(t.to_offset_date_time().unix_timestamp(), 1_522_929_660);
//! # Ok::<(), eventgrid_types::timestamp::TimestampError>(())
//! ```

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use time::{Date, Month, OffsetDateTime, Time, UtcOffset};

/// The longest text any accepted form can have, in bytes:
/// `-YYYY-MM-DDTHH:MM:SS.fffffffff+hh:mm`. Longer input is rejected before it is looked at.
pub const MAX_LEN: usize = 36;

/// A timestamp: the exact text it was read from (or a canonical RFC 3339 text) plus the
/// instant it denotes.
///
/// # Text and instant
///
/// * A parsed value keeps its input text unchanged: [`as_str`](Self::as_str), [`Display`](fmt::Display)
///   and serialization return exactly what was parsed, whatever the precision, offset or
///   letter case.
/// * A value built from a [`time::OffsetDateTime`] (or by [`now`](Self::now)) gets the
///   canonical text described on [`From<OffsetDateTime>`](#impl-From<OffsetDateTime>-for-Timestamp).
///
/// The text always parses back to an equal value, and the stored instant is always the one
/// that text denotes.
///
/// # Equality is textual
///
/// `==`, [`Eq`] and [`Hash`] compare the **text**, not the instant, so that round-trip tests
/// are strict: `2018-01-01T00:00:00Z`, `2018-01-01T00:00:00.000Z` and
/// `2018-01-01T01:00:00+01:00` are three different values. Compare instants with
/// [`same_instant`](Self::same_instant) and [`cmp_instant`](Self::cmp_instant). There is
/// deliberately no [`Ord`]: a textual order would be misleading.
///
/// # Representation
///
/// The text is stored inline (no heap allocation), so parsing allocates nothing and the type
/// is [`Copy`].
///
/// ```
/// use eventgrid_types::timestamp::Timestamp;
///
/// let a: Timestamp = "2018-01-01T01:00:00+01:00".parse()?;
/// let b: Timestamp = "2018-01-01T00:00:00.000Z".parse()?;
/// assert_ne!(a, b); // different text
/// assert!(a.same_instant(&b)); // same instant
/// assert_eq!(serde_json::to_string(&a).unwrap(), r#""2018-01-01T01:00:00+01:00""#);
/// # Ok::<(), eventgrid_types::timestamp::TimestampError>(())
/// ```
#[derive(Clone, Copy)]
pub struct Timestamp {
    /// The text, ASCII only; bytes past `len` are zero.
    text: [u8; MAX_LEN],
    len: u8,
    rfc3339: bool,
    has_offset: bool,
    instant: OffsetDateTime,
}

impl Timestamp {
    /// Parses a timestamp, keeping `text` as its text form.
    ///
    /// Accepted forms (`[...]` optional):
    ///
    /// * RFC 3339: `YYYY-MM-DDTHH:MM:SS[.f](Z|±hh:mm)` with 1 to 9 fractional digits
    ///   (.NET writes 7, Go 9); `T` and `Z` may be lower case. `-00:00` ("unknown local
    ///   offset") is read as UTC.
    /// * Looser forms seen in real payloads, accepted with
    ///   [`is_rfc3339`](Self::is_rfc3339) returning `false`:
    ///   - no offset at all (`2018-04-05T17:31:00.1234567`), read as **UTC**;
    ///   - a space instead of `T` (`2018-04-05 17:31:00Z`);
    ///   - an offset without colon (`+0000`, `-0800`);
    ///   - a negative year (`-0001-01-01T00:00:00Z`, ISO 8601 expanded form; only produced by
    ///     [`From<OffsetDateTime>`](#impl-From<OffsetDateTime>-for-Timestamp) for dates before
    ///     year 0).
    ///
    /// Years `0000` to `9999` are accepted (`0001-01-01T00:00:00Z`, .NET's `DateTime.MinValue`,
    /// included). The calendar is checked (no February 30), as are hour (00-23), minute
    /// (00-59), second (00-60) and offset (`±23:59` at most).
    ///
    /// # Leap seconds
    ///
    /// `:60` is accepted only where RFC 3339 allows a leap second: at `23:59:60` UTC (after
    /// applying the offset) on the last day of a month. [`time`] cannot represent second 60,
    /// so the instant is **clamped** to `23:59:59.999999999` UTC (any fraction is dropped),
    /// while the text keeps the `:60`. A `:60` anywhere else is an error.
    ///
    /// # Errors
    ///
    /// A [`TimestampError`] saying what is wrong and at which byte, e.g.
    /// ``month 13 out of range (01-12) at byte 5 in "2018-13-01T00:00:00Z"``.
    ///
    /// ```
    /// use eventgrid_types::timestamp::Timestamp;
    ///
    /// let t = Timestamp::parse("2018-04-05 17:31:00.1234567")?;
    /// assert!(!t.is_rfc3339());
    /// assert!(!t.has_offset());
    /// assert!(t.to_offset_date_time().offset().is_utc());
    ///
    /// let err = Timestamp::parse("2019-02-30T00:00:00Z").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     r#"day 30 out of range for February 2019 (01-28) at byte 8 in "2019-02-30T00:00:00Z""#
    /// );
    /// # Ok::<(), eventgrid_types::timestamp::TimestampError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        if text.len() > MAX_LEN {
            return Err(TimestampError::new(
                TimestampErrorKind::TooLong { len: text.len() },
                MAX_LEN,
                text,
            ));
        }
        match Self::parse_utc_layout(text) {
            Some(common) => Ok(common),
            None => Self::parse_any_layout(text),
        }
    }

    /// [`parse`](Self::parse) for every accepted form, byte by byte.
    fn parse_any_layout(text: &str) -> Result<Self, TimestampError> {
        let mut lx = Lexer {
            input: text,
            pos: 0,
        };
        let (date, mut rfc3339) = lx.date()?;

        // Separator.
        match lx.peek() {
            Some(b'T' | b't') => lx.pos += 1,
            Some(b' ') => {
                lx.pos += 1;
                rfc3339 = false;
            }
            _ => return Err(lx.expected("'T', 't' or ' '")),
        }

        // Time of day.
        let hour = lx.field(Field::Hour, 23)?;
        lx.expect(b':', "':'")?;
        let minute = lx.field(Field::Minute, 59)?;
        lx.expect(b':', "':'")?;
        let second_pos = lx.pos;
        let second = lx.field(Field::Second, 60)?;
        let has_fraction = lx.eat(b'.');
        let nanosecond = if has_fraction { lx.fraction()? } else { 0 };

        // Offset.
        let offset_pos = lx.pos;
        let (offset, has_offset) = match lx.offset(has_fraction)? {
            Offset::None => {
                rfc3339 = false;
                (UtcOffset::UTC, false)
            }
            Offset::Rfc3339(offset) => (offset, true),
            Offset::NoColon(offset) => {
                rfc3339 = false;
                (offset, true)
            }
        };
        if lx.pos != text.len() {
            return Err(lx.expected("end of input"));
        }

        let instant = if second == 60 {
            leap_second(date, hour, minute, offset)
                .ok_or_else(|| lx.error_at(TimestampErrorKind::InvalidLeapSecond, second_pos))?
        } else {
            let time = Time::from_hms_nano(hour, minute, second, nanosecond)
                .map_err(|_| lx.out_of_range(Field::Second, second.into(), second_pos))?;
            OffsetDateTime::new_in_offset(date, time, offset)
        };
        // `time` represents years -9999 to 9999 in UTC too: an offset that carries the
        // instant past them (`9999-12-31T23:59:59-23:59`) would make the caller's
        // `to_offset(UtcOffset::UTC)` panic inside `time`, so such an instant is refused here.
        if !offset.is_utc() && instant.checked_to_utc().is_none() {
            return Err(lx.error_at(TimestampErrorKind::InvalidOffset, offset_pos));
        }

        let mut buf = [0; MAX_LEN];
        buf[..text.len()].copy_from_slice(text.as_bytes());
        Ok(Self {
            text: buf,
            // At most MAX_LEN, checked above.
            #[allow(clippy::cast_possible_truncation)]
            len: text.len() as u8,
            rfc3339,
            has_offset,
            instant,
        })
    }

    /// The layout Azure and most SDKs write, `YYYY-MM-DDTHH:MM:SS[.f]Z` with 1 to 9 fractional
    /// digits, read at fixed positions instead of byte by byte. `None` for any other text and
    /// for every value out of range (a leap second included): the general parser then
    /// accepts it or says exactly what is wrong.
    fn parse_utc_layout(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        // The shortest is `YYYY-MM-DDTHH:MM:SSZ` (20), the longest has 9 digits (30).
        if !(20..=30).contains(&b.len())
            || b[4] != b'-'
            || b[7] != b'-'
            || b[10] != b'T'
            || b[13] != b':'
            || b[16] != b':'
            || b[b.len() - 1] != b'Z'
        {
            return None;
        }
        // Copied first: the copy's narrow stores have landed by the time the value is moved
        // out, where its wide loads otherwise stalled on them (seen with `perf annotate`).
        let mut buf = [0; MAX_LEN];
        buf[..b.len()].copy_from_slice(b);
        let nanosecond = match b.len() {
            20 => 0,
            // `.` and 1 to 9 digits before the `Z`, scaled to nanoseconds.
            len if len >= 22 && b[19] == b'.' => {
                let mut fraction = 0;
                for &byte in &b[20..len - 1] {
                    let digit = byte.wrapping_sub(b'0');
                    if digit > 9 {
                        return None;
                    }
                    fraction = fraction * 10 + u32::from(digit);
                }
                fraction * 10u32.pow(u32::try_from(30 - len).ok()?)
            }
            _ => return None,
        };
        let year = u16::from(two_digits(b, 0)?) * 100 + u16::from(two_digits(b, 2)?);
        let month = month(two_digits(b, 5)?)?;
        let date = Date::from_calendar_date(year.into(), month, two_digits(b, 8)?).ok()?;
        // Second 60 is left to the general parser, which knows where a leap second may be.
        let (hour, minute, second) = (two_digits(b, 11)?, two_digits(b, 14)?, two_digits(b, 17)?);
        let time = Time::from_hms_nano(hour, minute, second, nanosecond).ok()?;
        Some(Self {
            text: buf,
            // At most 30, checked above.
            #[allow(clippy::cast_possible_truncation)]
            len: b.len() as u8,
            rfc3339: true,
            has_offset: true,
            instant: OffsetDateTime::new_in_offset(date, time, UtcOffset::UTC),
        })
    }

    /// The current time in UTC, with canonical text (nanosecond precision as the clock gives
    /// it, trailing zeros dropped, `Z`).
    ///
    /// ```
    /// use eventgrid_types::timestamp::Timestamp;
    ///
    /// let now = Timestamp::now();
    /// assert!(now.is_rfc3339());
    /// assert!(now.as_str().ends_with('Z'));
    /// ```
    #[must_use]
    pub fn now() -> Self {
        Self::from(OffsetDateTime::now_utc())
    }

    /// The text form: exactly the parsed input, or the canonical text of a constructed value.
    #[must_use]
    pub fn as_str(&self) -> &str {
        // The buffer only ever holds ASCII: parsed text consists of accepted ASCII bytes and
        // canonical text is written from ASCII digits and punctuation.
        std::str::from_utf8(&self.text[..usize::from(self.len)]).unwrap_or_default()
    }

    /// Whether the text is strict RFC 3339 (`T` or `t` separator, an offset `Z`, `z` or
    /// `±hh:mm`, a year 0000-9999). `false` for the looser forms listed on
    /// [`parse`](Self::parse).
    ///
    /// ```
    /// use eventgrid_types::timestamp::Timestamp;
    ///
    /// assert!(Timestamp::parse("2018-04-05t17:31:00z")?.is_rfc3339());
    /// assert!(!Timestamp::parse("2018-04-05T17:31:00+0000")?.is_rfc3339());
    /// # Ok::<(), eventgrid_types::timestamp::TimestampError>(())
    /// ```
    #[must_use]
    pub fn is_rfc3339(&self) -> bool {
        self.rfc3339
    }

    /// Whether the text carries an offset (`Z` or `±hh[:]mm`). Without one the value is read
    /// as UTC.
    #[must_use]
    pub fn has_offset(&self) -> bool {
        self.has_offset
    }

    /// The instant, in the offset of the text (UTC when the text has none).
    ///
    /// For a leap second (`:60`) this is `23:59:59.999999999` UTC, see [`parse`](Self::parse).
    ///
    /// [`parse`](Self::parse) refuses an instant whose UTC equivalent falls outside the
    /// years `time` represents, so `to_offset(UtcOffset::UTC)` on a parsed timestamp never
    /// panics. Converting to any other offset can still leave that range at the very edges
    /// (`9999-12-31T23:59:59Z` at `+01:00`); use `checked_to_offset` there.
    ///
    /// ```
    /// use eventgrid_types::timestamp::Timestamp;
    /// use time::UtcOffset;
    ///
    /// let edge = Timestamp::parse("9999-12-31T23:59:59Z")?;
    /// assert_eq!(edge.to_offset_date_time().to_offset(UtcOffset::UTC).year(), 9999);
    /// assert!(Timestamp::parse("9999-12-31T23:59:59-23:59").is_err());
    /// # Ok::<(), eventgrid_types::timestamp::TimestampError>(())
    /// ```
    #[must_use]
    pub fn to_offset_date_time(&self) -> OffsetDateTime {
        self.instant
    }

    /// The same instant with canonical RFC 3339 text, in the same offset (UTC when the text
    /// has none). Use it when producing events from received ones whose text may be loose.
    ///
    /// ```
    /// use eventgrid_types::timestamp::Timestamp;
    ///
    /// let t = Timestamp::parse("2018-04-05 17:31:00.1200000")?;
    /// assert_eq!(t.to_canonical().as_str(), "2018-04-05T17:31:00.12Z");
    /// # Ok::<(), eventgrid_types::timestamp::TimestampError>(())
    /// ```
    #[must_use]
    pub fn to_canonical(&self) -> Self {
        Self::from(self.instant)
    }

    /// Whether both denote the same instant, whatever their text.
    #[must_use]
    pub fn same_instant(&self, other: &Self) -> bool {
        self.instant == other.instant
    }

    /// Orders by instant, whatever the text.
    ///
    /// ```
    /// use eventgrid_types::timestamp::Timestamp;
    /// use std::cmp::Ordering;
    ///
    /// let a = Timestamp::parse("2018-01-01T00:30:00+01:00")?;
    /// let b = Timestamp::parse("2018-01-01T00:00:00Z")?;
    /// assert_eq!(a.cmp_instant(&b), Ordering::Less);
    /// # Ok::<(), eventgrid_types::timestamp::TimestampError>(())
    /// ```
    #[must_use]
    pub fn cmp_instant(&self, other: &Self) -> Ordering {
        self.instant.cmp(&other.instant)
    }
}

/// The instant of a leap second `hour:minute:60` on `date` in `offset`, clamped to
/// `23:59:59.999999999` UTC; `None` unless that is 23:59:60 UTC on the last day of a month.
fn leap_second(date: Date, hour: u8, minute: u8, offset: UtcOffset) -> Option<OffsetDateTime> {
    let time = Time::from_hms_nano(hour, minute, 59, 999_999_999).ok()?;
    let instant = OffsetDateTime::new_in_offset(date, time, offset);
    let utc = instant.checked_to_utc()?;
    let valid =
        utc.hour() == 23 && utc.minute() == 59 && utc.day() == utc.month().length(utc.year());
    valid.then_some(instant)
}

/// Canonical text: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±hh:mm)`.
///
/// * The fraction has as many digits as needed and no trailing zeros (`.5`, `.1234567`,
///   `.123456789`); it is left out when the nanosecond is zero.
/// * The offset is `Z` for UTC, `±hh:mm` otherwise.
/// * An offset RFC 3339 cannot write (non-zero seconds, or more than 23 hours) is converted to
///   UTC, keeping the instant. (At the very edge of [`time`]'s range, where that conversion
///   overflows, the offset is replaced by UTC instead.)
/// * Years before 0000 are written in the ISO 8601 expanded form `-YYYY`, which
///   [`Timestamp::parse`] accepts and [`Timestamp::is_rfc3339`] reports as not RFC 3339.
/// * A value whose instant has no UTC form in `time`'s range (within a day of year 9999 or
///   -9999, in an offset that carries it past) keeps its offset; [`Timestamp::parse`]
///   refuses that text, see [`Timestamp::to_offset_date_time`].
///
/// ```
/// use eventgrid_types::timestamp::Timestamp;
/// # use time::{Date, Month, Time, UtcOffset, OffsetDateTime};
///
/// let dt = OffsetDateTime::new_in_offset(
///     Date::from_calendar_date(2018, Month::April, 5).unwrap(),
///     Time::from_hms_nano(17, 31, 0, 120_000_000).unwrap(),
///     UtcOffset::from_hms(-8, 0, 0).unwrap(),
/// );
/// assert_eq!(Timestamp::from(dt).as_str(), "2018-04-05T17:31:00.12-08:00");
/// ```
impl From<OffsetDateTime> for Timestamp {
    fn from(value: OffsetDateTime) -> Self {
        let offset = value.offset();
        let value = if offset.seconds_past_minute() != 0 || offset.whole_hours().unsigned_abs() > 23
        {
            value
                .checked_to_offset(UtcOffset::UTC)
                .unwrap_or_else(|| value.replace_offset(UtcOffset::UTC))
        } else {
            value
        };
        let mut w = Writer {
            buf: [0; MAX_LEN],
            len: 0,
        };
        let year = value.year();
        if year < 0 {
            w.push(b'-');
        }
        w.number(year.unsigned_abs(), 4);
        w.push(b'-');
        w.number(u8::from(value.month()).into(), 2);
        w.push(b'-');
        w.number(value.day().into(), 2);
        w.push(b'T');
        w.number(value.hour().into(), 2);
        w.push(b':');
        w.number(value.minute().into(), 2);
        w.push(b':');
        w.number(value.second().into(), 2);
        let mut fraction = value.nanosecond();
        if fraction != 0 {
            let mut digits = 9;
            while fraction % 10 == 0 {
                fraction /= 10;
                digits -= 1;
            }
            w.push(b'.');
            w.number(fraction, digits);
        }
        let offset = value.offset();
        if offset.is_utc() {
            w.push(b'Z');
        } else {
            w.push(if offset.is_negative() { b'-' } else { b'+' });
            w.number(offset.whole_hours().unsigned_abs().into(), 2);
            w.push(b':');
            w.number(offset.minutes_past_hour().unsigned_abs().into(), 2);
        }
        Self {
            text: w.buf,
            len: w.len,
            rfc3339: year >= 0,
            has_offset: true,
            instant: value,
        }
    }
}

impl From<Timestamp> for OffsetDateTime {
    fn from(value: Timestamp) -> Self {
        value.instant
    }
}

/// Month `number` (1 to 12). A table, not `Month::try_from`: that one is not inlined
/// across crates, and every decoded event's time went through the call.
fn month(number: u8) -> Option<Month> {
    use Month::{
        April, August, December, February, January, July, June, March, May, November, October,
        September,
    };
    const MONTHS: [Month; 12] = [
        January, February, March, April, May, June, July, August, September, October, November,
        December,
    ];
    MONTHS.get(usize::from(number).checked_sub(1)?).copied()
}

/// The two ASCII digits at `at` as a number, if both are digits.
#[allow(clippy::inline_always)] // seven calls per timestamp; as a call it costs more than it does
#[inline(always)]
fn two_digits(b: &[u8], at: usize) -> Option<u8> {
    let (tens, ones) = (b[at].wrapping_sub(b'0'), b[at + 1].wrapping_sub(b'0'));
    (tens < 10 && ones < 10).then(|| tens * 10 + ones)
}

/// Writes ASCII into a fixed buffer; only used with content that fits in [`MAX_LEN`].
struct Writer {
    buf: [u8; MAX_LEN],
    len: u8,
}

impl Writer {
    fn push(&mut self, byte: u8) {
        self.buf[usize::from(self.len)] = byte;
        self.len += 1;
    }

    /// Writes `value` as exactly `width` decimal digits (`value < 10^width`).
    fn number(&mut self, mut value: u32, width: usize) {
        let start = usize::from(self.len);
        for i in (0..width).rev() {
            // A single decimal digit.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (value % 10) as u8;
            self.buf[start + i] = b'0' + digit;
            value /= 10;
        }
        // `width` is at most 9.
        #[allow(clippy::cast_possible_truncation)]
        let width = width as u8;
        self.len += width;
    }
}

/// What [`Lexer::offset`] found.
enum Offset {
    /// No offset: read as UTC.
    None,
    /// `Z`, `z` or `±hh:mm`.
    Rfc3339(UtcOffset),
    /// `±hhmm`.
    NoColon(UtcOffset),
}

/// The hand-written part: a byte cursor over the (ASCII) grammar.
struct Lexer<'a> {
    input: &'a str,
    pos: usize,
}

impl Lexer<'_> {
    fn peek(&self) -> Option<u8> {
        self.input.as_bytes().get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        let hit = self.peek() == Some(byte);
        if hit {
            self.pos += 1;
        }
        hit
    }

    fn expect(&mut self, byte: u8, what: &'static str) -> Result<(), TimestampError> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.expected(what))
        }
    }

    /// Exactly `digits` ASCII digits.
    fn number(&mut self, digits: usize) -> Result<u16, TimestampError> {
        let mut value = 0;
        for _ in 0..digits {
            match self.peek() {
                Some(digit @ b'0'..=b'9') => {
                    value = value * 10 + u16::from(digit - b'0');
                    self.pos += 1;
                }
                _ => return Err(self.expected("a digit")),
            }
        }
        Ok(value)
    }

    /// `[-]YYYY-MM-DD`, checked against the calendar; the flag is `false` for a negative year.
    fn date(&mut self) -> Result<(Date, bool), TimestampError> {
        let negative = self.eat(b'-');
        let year_abs = i32::from(self.number(4)?);
        let year = if negative { -year_abs } else { year_abs };
        self.expect(b'-', "'-'")?;
        let month_pos = self.pos;
        let month_num = self.number(2)?;
        let month = u8::try_from(month_num)
            .ok()
            .and_then(month)
            .ok_or_else(|| self.out_of_range(Field::Month, month_num, month_pos))?;
        self.expect(b'-', "'-'")?;
        let day_pos = self.pos;
        let day_num = self.number(2)?;
        let day_error = || {
            self.error_at(
                TimestampErrorKind::DayOutOfRange {
                    day: day_num,
                    month,
                    year,
                },
                day_pos,
            )
        };
        let day = u8::try_from(day_num).map_err(|_| day_error())?;
        let date = Date::from_calendar_date(year, month, day).map_err(|_| day_error())?;
        Ok((date, !negative))
    }

    /// The 1-9 digits after `.`, as nanoseconds.
    fn fraction(&mut self) -> Result<u32, TimestampError> {
        let start = self.pos;
        let mut nanosecond = 0;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            if self.pos - start == 9 {
                return Err(self.error(TimestampErrorKind::TooManyFractionDigits));
            }
            nanosecond = nanosecond * 10 + u32::from(digit - b'0');
            self.pos += 1;
        }
        let digits = self.pos - start;
        if digits == 0 {
            return Err(self.expected("a digit"));
        }
        for _ in digits..9 {
            nanosecond *= 10;
        }
        Ok(nanosecond)
    }

    /// The offset, if any: `Z`, `z`, `±hh:mm` or `±hhmm`.
    fn offset(&mut self, after_fraction: bool) -> Result<Offset, TimestampError> {
        let sign = match self.peek() {
            None => return Ok(Offset::None),
            Some(b'Z' | b'z') => {
                self.pos += 1;
                return Ok(Offset::Rfc3339(UtcOffset::UTC));
            }
            Some(sign @ (b'+' | b'-')) => {
                self.pos += 1;
                sign
            }
            Some(_) => {
                return Err(self.expected(if after_fraction {
                    "'Z', 'z', '+', '-' or end of input"
                } else {
                    "'.', 'Z', 'z', '+', '-' or end of input"
                }));
            }
        };
        let hours = self.field(Field::OffsetHour, 23)?;
        let colon = self.eat(b':');
        if !colon && !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.expected("':' or a digit"));
        }
        let minutes = self.field(Field::OffsetMinute, 59)?;
        // Both fit in an i8: at most 23 and 59.
        #[allow(clippy::cast_possible_wrap)]
        let (hours, minutes) = (hours as i8, minutes as i8);
        let (hours, minutes) = if sign == b'-' {
            (-hours, -minutes)
        } else {
            (hours, minutes)
        };
        let offset = UtcOffset::from_hms(hours, minutes, 0)
            .map_err(|_| self.error(TimestampErrorKind::InvalidOffset))?;
        Ok(if colon {
            Offset::Rfc3339(offset)
        } else {
            Offset::NoColon(offset)
        })
    }

    /// A two-digit field in `0..=max`.
    fn field(&mut self, field: Field, max: u8) -> Result<u8, TimestampError> {
        let start = self.pos;
        let value = self.number(2)?;
        match u8::try_from(value) {
            Ok(value) if value <= max => Ok(value),
            _ => Err(self.out_of_range(field, value, start)),
        }
    }

    fn expected(&self, expected: &'static str) -> TimestampError {
        let found = self
            .input
            .get(self.pos..)
            .and_then(|rest| rest.chars().next());
        self.error(TimestampErrorKind::Expected { expected, found })
    }

    fn out_of_range(&self, field: Field, value: u16, position: usize) -> TimestampError {
        self.error_at(TimestampErrorKind::OutOfRange { field, value }, position)
    }

    fn error(&self, kind: TimestampErrorKind) -> TimestampError {
        self.error_at(kind, self.pos)
    }

    fn error_at(&self, kind: TimestampErrorKind, position: usize) -> TimestampError {
        TimestampError::new(kind, position, self.input)
    }
}

impl FromStr for Timestamp {
    type Err = TimestampError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<&str> for Timestamp {
    type Error = TimestampError;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        Self::parse(value)
    }
}

impl AsRef<str> for Timestamp {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Timestamp {}

impl Hash for Timestamp {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Timestamp").field(&self.as_str()).finish()
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl serde::de::Visitor<'_> for Visitor {
            type Value = Timestamp;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 timestamp string")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Timestamp, E> {
                Timestamp::parse(v).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(Visitor)
    }
}

/// Why a text is not a timestamp: what is wrong, at which byte, in which input.
///
/// The message reads like
/// ``month 13 out of range (01-12) at byte 5 in "2018-13-01T00:00:00Z"`` or
/// ``expected ':', found '-' at byte 13 in "2018-04-05T17-31:00Z"``.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind} at byte {position} in {input:?}")]
pub struct TimestampError {
    kind: TimestampErrorKind,
    position: usize,
    input: Box<str>,
}

impl TimestampError {
    /// How many bytes of the input the error keeps for its message.
    const INPUT_KEPT: usize = 64;

    fn new(kind: TimestampErrorKind, position: usize, input: &str) -> Self {
        let input = if input.len() > Self::INPUT_KEPT {
            let mut end = Self::INPUT_KEPT;
            while !input.is_char_boundary(end) {
                end -= 1;
            }
            format!("{}…", &input[..end]).into_boxed_str()
        } else {
            input.into()
        };
        Self {
            kind,
            position,
            input,
        }
    }

    /// What is wrong.
    #[must_use]
    pub fn kind(&self) -> TimestampErrorKind {
        self.kind
    }

    /// The byte offset in the input where the problem is.
    #[must_use]
    pub fn position(&self) -> usize {
        self.position
    }

    /// The input (its first 64 bytes followed by `…` when it was longer).
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// What is wrong with a timestamp text; see [`TimestampError::kind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimestampErrorKind {
    /// The input is longer than any accepted form ([`MAX_LEN`] bytes).
    TooLong {
        /// The input length in bytes.
        len: usize,
    },
    /// An unexpected character, or the end of input, where something else was expected.
    Expected {
        /// What the grammar allows here, e.g. `"':'"` or `"a digit"`.
        expected: &'static str,
        /// What is there instead; `None` at the end of input.
        found: Option<char>,
    },
    /// A numeric field outside its range.
    OutOfRange {
        /// The field.
        field: Field,
        /// Its value as written.
        value: u16,
    },
    /// A day that the month does not have (`00`, February 30, April 31 ...).
    DayOutOfRange {
        /// The day as written.
        day: u16,
        /// The month.
        month: Month,
        /// The year.
        year: i32,
    },
    /// More than 9 fractional digits (finer than a nanosecond).
    TooManyFractionDigits,
    /// Second 60 outside 23:59:60 UTC on the last day of a month.
    InvalidLeapSecond,
    /// An offset the time library rejects, or one that carries the instant outside the
    /// years it represents (-9999 to 9999 in UTC).
    InvalidOffset,
}

impl fmt::Display for TimestampErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::TooLong { len } => {
                write!(f, "input too long ({len} bytes; no timestamp exceeds {MAX_LEN})")
            }
            Self::Expected {
                expected,
                found: Some(found),
            } => write!(f, "expected {expected}, found {found:?}"),
            Self::Expected {
                expected,
                found: None,
            } => write!(f, "expected {expected}, found end of input"),
            Self::OutOfRange { field, value } => {
                let max = match field {
                    Field::Month => 12,
                    Field::Hour | Field::OffsetHour => 23,
                    Field::Minute | Field::OffsetMinute => 59,
                    Field::Second => 60,
                };
                let min = u8::from(field == Field::Month);
                write!(f, "{field} {value:02} out of range ({min:02}-{max:02})")
            }
            Self::DayOutOfRange { day, month, year } => write!(
                f,
                "day {day:02} out of range for {month} {year:04} (01-{:02})",
                month.length(year)
            ),
            Self::TooManyFractionDigits => {
                f.write_str("more than 9 fractional digits (finer than a nanosecond)")
            }
            Self::InvalidLeapSecond => f.write_str(
                "second 60 is only valid as a leap second at 23:59:60 UTC on the last day of a month",
            ),
            Self::InvalidOffset => f.write_str("offset out of range"),
        }
    }
}

/// A numeric field of a timestamp, named in [`TimestampErrorKind::OutOfRange`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Field {
    /// The month, 01-12.
    Month,
    /// The hour, 00-23.
    Hour,
    /// The minute, 00-59.
    Minute,
    /// The second, 00-60 (60 only as a leap second).
    Second,
    /// The hours of the offset, 00-23.
    OffsetHour,
    /// The minutes of the offset, 00-59.
    OffsetMinute,
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Month => "month",
            Self::Hour => "hour",
            Self::Minute => "minute",
            Self::Second => "second",
            Self::OffsetHour => "offset hour",
            Self::OffsetMinute => "offset minute",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::PrimitiveDateTime;

    fn dt(
        (y, mo, d): (i32, u8, u8),
        (h, mi, s, ns): (u8, u8, u8, u32),
        (oh, om): (i8, i8),
    ) -> OffsetDateTime {
        let date = Date::from_calendar_date(y, Month::try_from(mo).unwrap(), d).unwrap();
        let time = Time::from_hms_nano(h, mi, s, ns).unwrap();
        PrimitiveDateTime::new(date, time).assume_offset(UtcOffset::from_hms(oh, om, 0).unwrap())
    }

    /// The fixed-layout path either declines or agrees with the byte-by-byte parser, and it
    /// takes every valid text of its layout but leap seconds. The texts are the layout with
    /// each position varied over digits, separators and near misses.
    #[test]
    fn the_fixed_layout_path_agrees_with_the_general_parser() {
        let base = b"2024-02-29T23:59:59.1234567Z";
        let variants: &[&[u8]] = &[b"0123456789", b"-T:.Zzt +"];
        let mut texts: Vec<Vec<u8>> = Vec::new();
        for len in [20, 21, 22, 23, 26, 28, 29, 30, 31] {
            let mut text: Vec<u8> = base[..19].to_vec();
            match len {
                20 => {}
                21 => text.push(b'.'),
                _ => {
                    text.push(b'.');
                    text.extend(std::iter::repeat_n(b'7', len - 21));
                }
            }
            text.push(b'Z');
            texts.push(text);
        }
        let mut checked = 0;
        for original in texts {
            for position in 0..original.len() {
                for &byte in variants.iter().flat_map(|v| v.iter()) {
                    let mut text = original.clone();
                    text[position] = byte;
                    let text = std::str::from_utf8(&text).unwrap();
                    let general = Timestamp::parse_any_layout(text);
                    match (Timestamp::parse_utc_layout(text), &general) {
                        (Some(fast), Ok(slow)) => {
                            assert_eq!(&fast, slow, "{text}");
                            assert!(fast.same_instant(slow), "{text}");
                            assert_eq!(fast.is_rfc3339(), slow.is_rfc3339(), "{text}");
                            assert_eq!(fast.has_offset(), slow.has_offset(), "{text}");
                            checked += 1;
                        }
                        (Some(_), Err(e)) => panic!("{text}: fast path accepted, general: {e}"),
                        (None, Ok(slow)) => assert!(
                            !(slow.is_rfc3339()
                                && text.as_bytes()[10] == b'T'
                                && text.ends_with('Z')
                                && !text.contains(":60")),
                            "{text}: the fast path declined a valid text of its layout"
                        ),
                        (None, Err(_)) => {}
                    }
                    assert_eq!(
                        Timestamp::parse(text).map_err(|e| e.to_string()),
                        general.map_err(|e| e.to_string()),
                        "{text}"
                    );
                }
            }
        }
        assert!(
            checked > 1_000,
            "only {checked} texts took the fixed-layout path"
        );
    }

    #[test]
    #[allow(clippy::too_many_lines)] // a table
    fn accepted_inputs_round_trip_with_correct_instant() {
        // (text, is_rfc3339, has_offset, expected instant)
        let cases: &[(&str, bool, bool, OffsetDateTime)] = &[
            (
                "2018-04-05T17:31:00Z",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 0), (0, 0)),
            ),
            (
                "2018-04-05t17:31:00z",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 0), (0, 0)),
            ),
            (
                "2018-04-05T17:31:00.1234567Z",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 123_456_700), (0, 0)),
            ),
            (
                "2018-04-05T17:31:00.123456789Z",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 123_456_789), (0, 0)),
            ),
            (
                "2018-04-05T17:31:00.1Z",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 100_000_000), (0, 0)),
            ),
            (
                "2018-04-05T17:31:00.000Z",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 0), (0, 0)),
            ),
            (
                "2018-04-05T17:31:00+05:30",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 0), (5, 30)),
            ),
            (
                "2018-04-05T17:31:00.5-08:00",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 500_000_000), (-8, 0)),
            ),
            (
                "2018-04-05T17:31:00-00:30",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 0), (0, -30)),
            ),
            (
                "2018-04-05T17:31:00-00:00",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 0), (0, 0)),
            ),
            (
                "2018-04-05T17:31:00+23:59",
                true,
                true,
                dt((2018, 4, 5), (17, 31, 0, 0), (23, 59)),
            ),
            (
                "2018-04-05T17:31:00.1234567",
                false,
                false,
                dt((2018, 4, 5), (17, 31, 0, 123_456_700), (0, 0)),
            ),
            (
                "2018-04-05 17:31:00Z",
                false,
                true,
                dt((2018, 4, 5), (17, 31, 0, 0), (0, 0)),
            ),
            (
                "2018-04-05T17:31:00+0000",
                false,
                true,
                dt((2018, 4, 5), (17, 31, 0, 0), (0, 0)),
            ),
            (
                "2018-04-05T17:31:00-0800",
                false,
                true,
                dt((2018, 4, 5), (17, 31, 0, 0), (-8, 0)),
            ),
            (
                "0001-01-01T00:00:00Z",
                true,
                true,
                dt((1, 1, 1), (0, 0, 0, 0), (0, 0)),
            ),
            (
                "0001-01-01T00:00:00",
                false,
                false,
                dt((1, 1, 1), (0, 0, 0, 0), (0, 0)),
            ),
            (
                "0000-01-01T00:00:00Z",
                true,
                true,
                dt((0, 1, 1), (0, 0, 0, 0), (0, 0)),
            ),
            (
                "9999-12-31T23:59:59.999999999Z",
                true,
                true,
                dt((9999, 12, 31), (23, 59, 59, 999_999_999), (0, 0)),
            ),
            (
                "-0001-03-01T00:00:00Z",
                false,
                true,
                dt((-1, 3, 1), (0, 0, 0, 0), (0, 0)),
            ),
            (
                "2020-02-29T12:00:00Z",
                true,
                true,
                dt((2020, 2, 29), (12, 0, 0, 0), (0, 0)),
            ),
            (
                "2000-02-29T12:00:00Z",
                true,
                true,
                dt((2000, 2, 29), (12, 0, 0, 0), (0, 0)),
            ),
            // Leap seconds, clamped.
            (
                "2016-12-31T23:59:60Z",
                true,
                true,
                dt((2016, 12, 31), (23, 59, 59, 999_999_999), (0, 0)),
            ),
            (
                "2016-12-31T23:59:60.5Z",
                true,
                true,
                dt((2016, 12, 31), (23, 59, 59, 999_999_999), (0, 0)),
            ),
            (
                "2015-06-30T23:59:60",
                false,
                false,
                dt((2015, 6, 30), (23, 59, 59, 999_999_999), (0, 0)),
            ),
            (
                "2016-12-31T15:59:60-08:00",
                true,
                true,
                dt((2016, 12, 31), (15, 59, 59, 999_999_999), (-8, 0)),
            ),
            (
                "2017-01-01T05:29:60+05:30",
                true,
                true,
                dt((2017, 1, 1), (5, 29, 59, 999_999_999), (5, 30)),
            ),
        ];
        for &(text, rfc3339, has_offset, expected) in cases {
            let t = Timestamp::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(t.as_str(), text);
            assert_eq!(t.to_string(), text);
            assert_eq!(t.is_rfc3339(), rfc3339, "{text}");
            assert_eq!(t.has_offset(), has_offset, "{text}");
            assert_eq!(t.to_offset_date_time(), expected, "{text}");
            assert_eq!(
                t.to_offset_date_time().offset(),
                expected.offset(),
                "{text}"
            );
            assert_eq!(text.parse::<Timestamp>().unwrap(), t);
            // The canonical form denotes the same instant and parses back to itself.
            let canonical = t.to_canonical();
            assert!(canonical.same_instant(&t), "{text}");
            assert_eq!(Timestamp::parse(canonical.as_str()).unwrap(), canonical);
            // Strict RFC 3339 inputs agree with the time crate's parser (which has no leap
            // second clamping for fractions, so compare only non-leap ones).
            if rfc3339 && !text.contains(":60") && !text.starts_with("0000") {
                let reference =
                    OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
                        .unwrap();
                assert_eq!(t.to_offset_date_time(), reference, "{text}");
            }
        }
    }

    #[test]
    #[allow(clippy::too_many_lines)] // a table
    fn rejected_inputs_with_messages() {
        let cases: &[(&str, &str)] = &[
            (
                "",
                r#"expected a digit, found end of input at byte 0 in """#,
            ),
            (
                "2018-13-01T00:00:00Z",
                r#"month 13 out of range (01-12) at byte 5 in "2018-13-01T00:00:00Z""#,
            ),
            (
                "2018-00-01T00:00:00Z",
                r#"month 00 out of range (01-12) at byte 5 in "2018-00-01T00:00:00Z""#,
            ),
            (
                "2019-02-29T00:00:00Z",
                r#"day 29 out of range for February 2019 (01-28) at byte 8 in "2019-02-29T00:00:00Z""#,
            ),
            (
                "2018-02-30T00:00:00Z",
                r#"day 30 out of range for February 2018 (01-28) at byte 8 in "2018-02-30T00:00:00Z""#,
            ),
            (
                "2018-04-31T00:00:00Z",
                r#"day 31 out of range for April 2018 (01-30) at byte 8 in "2018-04-31T00:00:00Z""#,
            ),
            (
                "2018-04-00T00:00:00Z",
                r#"day 00 out of range for April 2018 (01-30) at byte 8 in "2018-04-00T00:00:00Z""#,
            ),
            (
                "2018-04-05T24:00:00Z",
                r#"hour 24 out of range (00-23) at byte 11 in "2018-04-05T24:00:00Z""#,
            ),
            (
                "2018-04-05T17:60:00Z",
                r#"minute 60 out of range (00-59) at byte 14 in "2018-04-05T17:60:00Z""#,
            ),
            (
                "2018-04-05T17:31:61Z",
                r#"second 61 out of range (00-60) at byte 17 in "2018-04-05T17:31:61Z""#,
            ),
            (
                "2018-04-05T17-31:00Z",
                r#"expected ':', found '-' at byte 13 in "2018-04-05T17-31:00Z""#,
            ),
            (
                "2018-04-05X17:31:00Z",
                r#"expected 'T', 't' or ' ', found 'X' at byte 10 in "2018-04-05X17:31:00Z""#,
            ),
            (
                "2018-04-05T17:31Z",
                r#"expected ':', found 'Z' at byte 16 in "2018-04-05T17:31Z""#,
            ),
            (
                "2018-04-05",
                r#"expected 'T', 't' or ' ', found end of input at byte 10 in "2018-04-05""#,
            ),
            (
                "18-04-05T17:31:00Z",
                r#"expected a digit, found '-' at byte 2 in "18-04-05T17:31:00Z""#,
            ),
            (
                "2018-4-05T17:31:00Z",
                r#"expected a digit, found '-' at byte 6 in "2018-4-05T17:31:00Z""#,
            ),
            (
                "2018-04-05T17:31:00.Z",
                r#"expected a digit, found 'Z' at byte 20 in "2018-04-05T17:31:00.Z""#,
            ),
            (
                "2018-04-05T17:31:00.1234567890Z",
                r#"more than 9 fractional digits (finer than a nanosecond) at byte 29 in "2018-04-05T17:31:00.1234567890Z""#,
            ),
            (
                "2018-04-05T17:31:00+24:00",
                r#"offset hour 24 out of range (00-23) at byte 20 in "2018-04-05T17:31:00+24:00""#,
            ),
            (
                "2018-04-05T17:31:00+05:60",
                r#"offset minute 60 out of range (00-59) at byte 23 in "2018-04-05T17:31:00+05:60""#,
            ),
            (
                "2018-04-05T17:31:00+05",
                r#"expected ':' or a digit, found end of input at byte 22 in "2018-04-05T17:31:00+05""#,
            ),
            (
                "2018-04-05T17:31:00+5:30",
                r#"expected a digit, found ':' at byte 21 in "2018-04-05T17:31:00+5:30""#,
            ),
            (
                "2018-04-05T17:31:00 Z",
                r#"expected '.', 'Z', 'z', '+', '-' or end of input, found ' ' at byte 19 in "2018-04-05T17:31:00 Z""#,
            ),
            (
                "2018-04-05T17:31:00.5 ",
                r#"expected 'Z', 'z', '+', '-' or end of input, found ' ' at byte 21 in "2018-04-05T17:31:00.5 ""#,
            ),
            (
                "2018-04-05T17:31:00Zjunk",
                r#"expected end of input, found 'j' at byte 20 in "2018-04-05T17:31:00Zjunk""#,
            ),
            (
                " 2018-04-05T17:31:00Z",
                r#"expected a digit, found ' ' at byte 0 in " 2018-04-05T17:31:00Z""#,
            ),
            (
                "2018-04-05T17:31:00Ω",
                r#"expected '.', 'Z', 'z', '+', '-' or end of input, found 'Ω' at byte 19 in "2018-04-05T17:31:00Ω""#,
            ),
            (
                "2018-04-05T17:31:00\n",
                r#"expected '.', 'Z', 'z', '+', '-' or end of input, found '\n' at byte 19 in "2018-04-05T17:31:00\n""#,
            ),
            (
                "2018-06-29T23:59:60Z",
                r#"second 60 is only valid as a leap second at 23:59:60 UTC on the last day of a month at byte 17 in "2018-06-29T23:59:60Z""#,
            ),
            (
                "2016-12-31T23:59:60+01:00",
                r#"second 60 is only valid as a leap second at 23:59:60 UTC on the last day of a month at byte 17 in "2016-12-31T23:59:60+01:00""#,
            ),
            (
                "2016-12-31T12:30:60Z",
                r#"second 60 is only valid as a leap second at 23:59:60 UTC on the last day of a month at byte 17 in "2016-12-31T12:30:60Z""#,
            ),
            (
                "1522949460",
                r#"expected '-', found '9' at byte 4 in "1522949460""#,
            ),
            (
                "2018-04-05T17:31:00.1234567+05:30 and more",
                r#"input too long (42 bytes; no timestamp exceeds 36) at byte 36 in "2018-04-05T17:31:00.1234567+05:30 and more""#,
            ),
        ];
        for &(text, message) in cases {
            let err = Timestamp::parse(text).expect_err(text);
            assert_eq!(err.to_string(), message, "{text}");
            assert_eq!(err.input(), text);
        }
    }

    #[test]
    fn error_accessors_and_long_input() {
        let err = Timestamp::parse("2018-13-01T00:00:00Z").unwrap_err();
        assert_eq!(
            err.kind(),
            TimestampErrorKind::OutOfRange {
                field: Field::Month,
                value: 13
            }
        );
        assert_eq!(err.position(), 5);
        let long = "é".repeat(100);
        let err = Timestamp::parse(&long).unwrap_err();
        assert_eq!(err.kind(), TimestampErrorKind::TooLong { len: 200 });
        assert_eq!(err.input(), format!("{}…", "é".repeat(32)));
        let err: Box<dyn std::error::Error> = Box::new(err);
        assert!(err.to_string().starts_with("input too long (200 bytes"));
    }

    #[test]
    fn fractional_digits_seven_and_nine() {
        let t = Timestamp::parse("2023-11-14T10:21:03.8760213Z").unwrap();
        assert_eq!(t.to_offset_date_time().nanosecond(), 876_021_300);
        let t = Timestamp::parse("2023-11-14T10:21:03.876021345+02:00").unwrap();
        assert_eq!(t.to_offset_date_time().nanosecond(), 876_021_345);
        assert_eq!(t.as_str(), "2023-11-14T10:21:03.876021345+02:00");
        for digits in 1..=9 {
            let text = format!("2023-11-14T10:21:03.{}Z", &"123456789"[..digits]);
            let t = Timestamp::parse(&text).unwrap();
            assert_eq!(t.as_str(), text);
            let expected = 123_456_789 / 10_u32.pow(9 - u32::try_from(digits).unwrap())
                * 10_u32.pow(9 - u32::try_from(digits).unwrap());
            assert_eq!(t.to_offset_date_time().nanosecond(), expected, "{text}");
        }
    }

    #[test]
    fn month_numbers() {
        assert_eq!(month(0), None);
        assert_eq!(month(13), None);
        for number in 1..=12 {
            assert_eq!(month(number), Month::try_from(number).ok(), "{number}");
        }
    }

    #[test]
    fn offsets_and_instants() {
        let ist = Timestamp::parse("2018-04-05T23:01:00+05:30").unwrap();
        let pst = Timestamp::parse("2018-04-05T09:31:00-08:00").unwrap();
        let utc = Timestamp::parse("2018-04-05T17:31:00Z").unwrap();
        let bare = Timestamp::parse("2018-04-05T17:31:00").unwrap();
        for t in [&ist, &pst, &bare] {
            assert!(t.same_instant(&utc));
            assert_eq!(t.cmp_instant(&utc), Ordering::Equal);
            assert_ne!(*t, utc);
        }
        assert_eq!(
            ist.to_offset_date_time().offset(),
            UtcOffset::from_hms(5, 30, 0).unwrap()
        );
        assert_eq!(
            pst.to_offset_date_time().offset(),
            UtcOffset::from_hms(-8, 0, 0).unwrap()
        );
        assert_eq!(ist.to_offset_date_time().unix_timestamp(), 1_522_949_460);
        let later = Timestamp::parse("2018-04-05T17:31:00.0000001Z").unwrap();
        assert_eq!(later.cmp_instant(&utc), Ordering::Greater);
        assert_eq!(utc.cmp_instant(&later), Ordering::Less);
        assert!(!later.same_instant(&utc));
    }

    #[test]
    fn equality_and_hash_are_textual() {
        use std::collections::HashSet;
        let a = Timestamp::parse("2018-01-01T00:00:00Z").unwrap();
        let b = Timestamp::parse("2018-01-01T00:00:00.000Z").unwrap();
        let c = Timestamp::parse("2018-01-01T00:00:00z").unwrap();
        let set: HashSet<Timestamp> = [a, b, c, a].into_iter().collect();
        assert_eq!(set.len(), 3);
        assert!(a.same_instant(&b) && b.same_instant(&c));
        assert_eq!(a, Timestamp::from(a.to_offset_date_time()));
        assert_eq!(format!("{a:?}"), r#"Timestamp("2018-01-01T00:00:00Z")"#);
    }

    #[test]
    fn canonical_forms_from_offset_date_time() {
        let cases: &[(OffsetDateTime, &str)] = &[
            (
                dt((2018, 4, 5), (17, 31, 0, 0), (0, 0)),
                "2018-04-05T17:31:00Z",
            ),
            (
                dt((2018, 4, 5), (17, 31, 0, 100_000_000), (0, 0)),
                "2018-04-05T17:31:00.1Z",
            ),
            (
                dt((2018, 4, 5), (17, 31, 0, 120_000_000), (0, 0)),
                "2018-04-05T17:31:00.12Z",
            ),
            (
                dt((2018, 4, 5), (17, 31, 0, 123_456_700), (0, 0)),
                "2018-04-05T17:31:00.1234567Z",
            ),
            (
                dt((2018, 4, 5), (17, 31, 0, 123_456_789), (0, 0)),
                "2018-04-05T17:31:00.123456789Z",
            ),
            (
                dt((2018, 4, 5), (17, 31, 0, 1), (0, 0)),
                "2018-04-05T17:31:00.000000001Z",
            ),
            (
                dt((2018, 4, 5), (17, 31, 0, 0), (5, 30)),
                "2018-04-05T17:31:00+05:30",
            ),
            (
                dt((2018, 4, 5), (17, 31, 0, 0), (-8, 0)),
                "2018-04-05T17:31:00-08:00",
            ),
            (
                dt((2018, 4, 5), (17, 31, 0, 0), (0, -30)),
                "2018-04-05T17:31:00-00:30",
            ),
            (dt((1, 1, 1), (0, 0, 0, 0), (0, 0)), "0001-01-01T00:00:00Z"),
            (
                dt((-42, 1, 1), (0, 0, 0, 0), (0, 0)),
                "-0042-01-01T00:00:00Z",
            ),
            (
                dt((9999, 12, 31), (23, 59, 59, 999_999_999), (-23, -59)),
                "9999-12-31T23:59:59.999999999-23:59",
            ),
            (
                dt((-9999, 1, 1), (0, 0, 0, 0), (23, 59)),
                "-9999-01-01T00:00:00+23:59",
            ),
        ];
        for &(value, text) in cases {
            let t = Timestamp::from(value);
            assert_eq!(t.as_str(), text);
            assert_eq!(t.is_rfc3339(), !text.starts_with('-'), "{text}");
            assert!(t.has_offset());
            assert_eq!(t.to_offset_date_time(), value);
            assert_eq!(OffsetDateTime::from(t), value);
            // `parse` refuses an instant that has no UTC form in `time`'s range, which a
            // value built at the very edge can be.
            if value.checked_to_utc().is_none() {
                let error = Timestamp::parse(text).unwrap_err();
                assert_eq!(error.kind(), TimestampErrorKind::InvalidOffset, "{text}");
                continue;
            }
            let parsed = Timestamp::parse(text).unwrap();
            assert_eq!(parsed, t);
            assert_eq!(parsed.to_offset_date_time(), value);
            assert_eq!(parsed.to_offset_date_time().offset(), value.offset());
        }
    }

    #[test]
    fn offsets_rfc3339_cannot_write_become_utc() {
        let date = Date::from_calendar_date(2018, Month::April, 5).unwrap();
        let odd = OffsetDateTime::new_in_offset(
            date,
            Time::from_hms(17, 31, 0).unwrap(),
            UtcOffset::from_hms(1, 0, 30).unwrap(),
        );
        let t = Timestamp::from(odd);
        assert_eq!(t.as_str(), "2018-04-05T16:30:30Z");
        assert_eq!(t.to_offset_date_time(), odd);
        let big = OffsetDateTime::new_in_offset(
            date,
            Time::from_hms(17, 31, 0).unwrap(),
            UtcOffset::from_hms(25, 0, 0).unwrap(),
        );
        let t = Timestamp::from(big);
        assert_eq!(t.as_str(), "2018-04-04T16:31:00Z");
        assert_eq!(t.to_offset_date_time(), big);
        // At the edge of the range the offset is replaced; the text still parses back.
        let edge = OffsetDateTime::new_in_offset(
            Date::from_calendar_date(9999, Month::December, 31).unwrap(),
            Time::from_hms(23, 0, 0).unwrap(),
            UtcOffset::from_hms(-1, 0, -30).unwrap(),
        );
        let t = Timestamp::from(edge);
        assert_eq!(t.as_str(), "9999-12-31T23:00:00Z");
        assert_eq!(
            Timestamp::parse(t.as_str()).unwrap().to_offset_date_time(),
            t.to_offset_date_time()
        );
    }

    #[test]
    fn now_is_canonical_utc() {
        let before = OffsetDateTime::now_utc();
        let now = Timestamp::now();
        let after = OffsetDateTime::now_utc();
        assert!(now.is_rfc3339());
        assert!(now.as_str().ends_with('Z'));
        assert!(!now.as_str().contains(".0Z"));
        assert!(before <= now.to_offset_date_time() && now.to_offset_date_time() <= after);
        assert_eq!(Timestamp::parse(now.as_str()).unwrap(), now);
    }

    #[test]
    fn serde_round_trip() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct Event {
            time: Option<Timestamp>,
        }

        for text in [
            "2018-04-05T17:31:00.1234567Z",
            "2018-04-05T17:31:00+05:30",
            "2018-04-05 17:31:00.123456789",
            "0001-01-01T00:00:00Z",
        ] {
            let t = Timestamp::parse(text).unwrap();
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{text}\""));
            // Borrowed (from &str) and owned (from a Value / escaped string) inputs.
            let back: Timestamp = serde_json::from_str(&json).unwrap();
            assert_eq!(back, t);
            let back: Timestamp =
                serde_json::from_value(serde_json::Value::String(text.into())).unwrap();
            assert_eq!(back, t);
            let back: Timestamp = serde_json::from_reader(json.as_bytes()).unwrap();
            assert_eq!(back, t);
        }
        let escaped: Timestamp = serde_json::from_str(r#""2018-04-05T17:31:00\u005a""#).unwrap();
        assert_eq!(escaped.as_str(), "2018-04-05T17:31:00Z");
        let event: Event = serde_json::from_str(r#"{"time":"2018-04-05T17:31:00-08:00"}"#).unwrap();
        assert_eq!(event.time.unwrap().as_str(), "2018-04-05T17:31:00-08:00");
        assert_eq!(
            serde_json::to_string(&event).unwrap(),
            r#"{"time":"2018-04-05T17:31:00-08:00"}"#
        );

        let err = serde_json::from_str::<Timestamp>("1522949460").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid type: integer `1522949460`, expected an RFC 3339 timestamp string at line 1 column 10"
        );
        let err = serde_json::from_str::<Timestamp>("null").unwrap_err();
        assert!(
            err.to_string()
                .contains("expected an RFC 3339 timestamp string"),
            "{err}"
        );
        let err = serde_json::from_str::<Timestamp>(r#""2018-13-01T00:00:00Z""#).unwrap_err();
        assert!(
            err.to_string().starts_with(
                r#"month 13 out of range (01-12) at byte 5 in "2018-13-01T00:00:00Z""#
            ),
            "{err}"
        );
    }

    #[test]
    fn stays_small_and_copy() {
        fn assert_copy<T: Copy + Send + Sync + 'static>() {}
        assert_copy::<Timestamp>();
        assert!(
            std::mem::size_of::<Timestamp>() <= 64,
            "{}",
            std::mem::size_of::<Timestamp>()
        );
    }

    #[test]
    fn every_valid_text_of_a_day_round_trips() {
        // Every minute of one day, in a few shapes, against the time crate's arithmetic.
        let base = dt((2024, 2, 29), (0, 0, 0, 0), (0, 0));
        for minute in 0..24 * 60 {
            let value = base + time::Duration::minutes(minute);
            for offset in [(0, 0), (5, 30), (-8, 0), (-3, -30)] {
                let offset = UtcOffset::from_hms(offset.0, offset.1, 0).unwrap();
                let local = value.to_offset(offset);
                let t = Timestamp::from(local);
                let parsed = Timestamp::parse(t.as_str()).unwrap();
                assert_eq!(parsed, t);
                assert_eq!(parsed.to_offset_date_time(), value);
            }
        }
    }
}
