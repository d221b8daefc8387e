//! Runs of ASCII letters and digits, read eight bytes at a time: where most words end; and the
//! class of every byte, for the tokenizer's loops.

/// Classes of [`ASCII_CLASS`]: any other byte, ASCII white space, ASCII letter or digit.
const OTHER: u8 = 0;
/// See [`OTHER`].
pub(super) const SPACE: u8 = 1;
/// See [`OTHER`].
pub(super) const ALNUM: u8 = 2;

/// Each byte's class: ASCII white space, ASCII letter or digit, or anything else. One load per
/// byte in the tokenizer's hot loops.
pub(super) static ASCII_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C') {
            SPACE
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

/// Where the run of ASCII letters and digits from `from` ends. Most runs end before a byte
/// that is no digit: their letters are read first (a cheaper test), and digits only when one
/// stops that read.
#[inline]
pub(super) fn alnum_run(bytes: &[u8], from: usize) -> usize {
    let end = letter_run(bytes, from);
    if bytes.get(end).is_some_and(u8::is_ascii_digit) {
        digit_run(bytes, end + 1)
    } else {
        end
    }
}

/// `ONES * b`: byte `b` in each of a word's eight bytes.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// In each byte of `x` below 0x80, the high bit set when it lies in `lo..=hi`: `x + ONES *
/// (0x80 - lo)` sets it when the byte is `lo` or more, `x + ONES * (0x7F - hi)` when over `hi`
/// (exact, without carries, for bytes below 0x80).
#[inline(always)]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    x.wrapping_add(ONES * u64::from(0x80 - lo)) & !x.wrapping_add(ONES * u64::from(0x7F - hi))
}

/// Where the run of ASCII letters from `from` ends.
#[inline]
pub(super) fn letter_run(bytes: &[u8], from: usize) -> usize {
    run_of(bytes, from, letter_lanes, u8::is_ascii_alphabetic)
}

/// The high bit set in each byte of `x` below 0x80 that is an ASCII letter.
#[inline(always)]
fn letter_lanes(x: u64) -> u64 {
    // Setting bit 5 folds upper-case letters onto lower-case ones, and no other byte onto a
    // letter.
    in_range((x & !HIGH) | (ONES * 0x20), b'a', b'z')
}

/// The word of ASCII letters at `from`: its first byte and where its letters end (see
/// [`letter_run`]). `None` when the byte at `from` is no letter, or fewer than eight bytes are
/// left (the tokenizer's main loop reads those): the first byte is tested in the same eight-byte
/// read that finds the end of most words.
#[inline(always)]
pub(super) fn letters_at(bytes: &[u8], from: usize) -> Option<(u8, usize)> {
    let chunk = bytes.get(from..from + 8)?;
    let mut word = [0; 8];
    word.copy_from_slice(chunk);
    let x = u64::from_le_bytes(word);
    // (a byte of 0x80 or more is no letter)
    let other = !(letter_lanes(x) & !x) & HIGH;
    if other & 0x80 != 0 {
        return None;
    }
    let end = if other != 0 {
        from + (other.trailing_zeros() / 8) as usize
    } else {
        letter_run(bytes, from + 8)
    };
    // (read from the text again rather than taken from `x`: the compiler then knows it for the
    // byte the word's slice starts at, and checks no char boundary there)
    Some((chunk[0], end))
}

/// True when `bytes` hold an ASCII lower-case letter. Eight bytes at a time: most texts show one
/// in their first word.
pub(crate) fn has_lowercase(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    let lower = |x: u64| (in_range(x & !HIGH, b'a', b'z') & !x & HIGH) != 0;
    for chunk in chunks.by_ref() {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        if lower(u64::from_le_bytes(word)) {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_lowercase)
}

/// [`alnum_run`] from a digit (out of line: most runs hold none), with digits and letters
/// tested at once.
#[inline(never)]
pub(super) fn digit_run(bytes: &[u8], from: usize) -> usize {
    run_of(
        bytes,
        from,
        |x| {
            let low = x & !HIGH;
            in_range(low, b'0', b'9') | in_range(low | (ONES * 0x20), b'a', b'z')
        },
        |&b| ASCII_CLASS[b as usize] == ALNUM,
    )
}

/// Where the run of bytes from `from` that `keeps` ends. Eight bytes at a time (SWAR): `lanes`
/// sets the high bit of each byte below 0x80 that belongs to the run, so that a word takes one
/// or two steps, not one per byte; `keeps` tests the last few bytes one by one.
#[inline(always)]
fn run_of(
    bytes: &[u8],
    from: usize,
    lanes: impl Fn(u64) -> u64,
    keeps: impl Fn(&u8) -> bool,
) -> usize {
    let mut end = from;
    while let Some(chunk) = bytes.get(end..end + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // (a byte of 0x80 or more belongs to no run)
        let other = !(lanes(x) & !x) & HIGH;
        if other != 0 {
            return end + (other.trailing_zeros() / 8) as usize;
        }
        end += 8;
    }
    end + bytes[end..]
        .iter()
        .position(|b| !keeps(b))
        .unwrap_or(bytes.len() - end)
}

/// True when the word from `from` is a web address's last part (`Rentals.ca`, `Amazon.com`,
/// `bbc.co.uk`): the period before it joins, it ends no sentence.
pub(super) fn is_web_suffix(bytes: &[u8], from: usize) -> bool {
    let end = from
        + bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
    matches!(
        &bytes[from..end],
        b"com" | b"org" | b"net" | b"gov" | b"edu" | b"ca" | b"co" | b"uk" | b"io" | b"info"
    ) && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric())
}
