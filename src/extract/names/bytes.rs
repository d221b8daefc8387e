//! The byte table the name finder reads capitalised words with.

/// [`BYTE_CLASS`] of a hyphen.
pub(super) const HYPHEN: u8 = 1;
/// [`BYTE_CLASS`] of a digit.
pub(super) const DIGIT: u8 = 2;
/// [`BYTE_CLASS`] of a byte an apostrophe may start with: `'`, or the first of `’`'s (and of
/// other marks', which the word's own tests tell apart).
pub(super) const APOSTROPHE: u8 = 4;
/// What each byte tells `is_name_word` of a capitalised word: a table, one lookup a byte.
pub(super) const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_digit() {
            DIGIT
        } else if c == b'\'' || c == 0xE2 {
            APOSTROPHE
        } else if c == b'-' {
            HYPHEN
        } else {
            0
        };
        i += 1;
    }
    t
};
