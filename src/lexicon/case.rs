//! Words in lower case, copied to the heap only when they must be.

use std::borrow::Cow;

/// A word in lower case, borrowed when it already is (most words are).
pub fn lower(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    // Most words are lower-case ASCII: settled by one pass over their bytes.
    let Some(i) = b.iter().position(|&c| c.is_ascii_uppercase() || c >= 0x80) else {
        return Cow::Borrowed(s);
    };
    if b[i] < 0x80 {
        // ASCII text lower-cases the same byte by byte, without decoding chars (most capitals).
        if s.is_ascii() {
            return Cow::Owned(s.to_ascii_lowercase());
        }
        return Cow::Owned(s.to_lowercase());
    }
    if s[i..].chars().any(char::is_uppercase) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// `s` in lower case: borrowed when it already is, lowered into `buf` when it is short ASCII
/// (no heap copy), else copied.
#[inline]
pub fn lower_in<'a>(s: &'a str, buf: &'a mut [u8; 32]) -> Cow<'a, str> {
    let b = s.as_bytes();
    // Most words asked about are lower-case ASCII already: no copy.
    if !b.iter().any(|&c| c.is_ascii_uppercase() || c >= 0x80) {
        return Cow::Borrowed(s);
    }
    if let Some(out) = buf.get_mut(..b.len())
        && s.is_ascii()
    {
        for (d, c) in out.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        // ASCII in, ASCII out.
        if let Ok(l) = std::str::from_utf8(out) {
            return Cow::Borrowed(l);
        }
    }
    lower(s)
}

/// Calls `f` with `s` in lower case, without allocating for short ASCII words.
#[inline]
pub fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    f(&lower_in(s, &mut buf))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_in_copies_to_the_heap_only_what_the_buffer_cannot_hold() {
        let mut buf = [0u8; 32];
        assert!(matches!(lower_in("said", &mut buf), Cow::Borrowed("said")));
        assert!(matches!(
            lower_in("Kerry", &mut buf),
            Cow::Borrowed("kerry")
        ));
        let long = "Llanfairpwllgwyngyllgogerychwyrndrobwll";
        assert_eq!(
            lower_in(long, &mut buf),
            Cow::<str>::Owned(long.to_lowercase())
        );
        assert!(matches!(lower_in("ÉTAT", &mut buf), Cow::Owned(s) if s == "état"));
        assert_eq!(with_lower("Zürich", str::to_owned), "zürich");
    }
}
