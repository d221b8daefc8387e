//! The byte table the name finder reads capitalised words with.

/// [`BYTE_CLASS`] of a digit, an apostrophe or a non-ASCII byte.
pub(super) const NOT_PLAIN: u8 = 1;
/// [`BYTE_CLASS`] of a hyphen.
pub(super) const HYPHEN: u8 = 2;
/// What each byte tells `is_name_tok` of a capitalised word: a table, one lookup a byte.
pub(super) const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_digit() || c == b'\'' || c >= 0x80 {
            NOT_PLAIN
        } else if c == b'-' {
            HYPHEN
        } else {
            0
        };
        i += 1;
    }
    t
};
