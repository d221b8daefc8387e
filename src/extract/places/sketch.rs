//! A bit table that rules out most words a list does not hold before they are hashed.

/// A bit table of words for [`Gazetteer::may_open`](super::Gazetteer) and the gazetteer's other
/// word lists: one bit per word, chosen by its length and its first two and last two bytes.
/// The thirteen thousand first words of the gazetteer's names filled most of a
/// [`ShapeFilter`](crate::lexicon::ShapeFilter)'s bits for capitalised words (first and last
/// letter and length), so that most capitals passed it to be hashed in vain; here they fill
/// one bit in twenty.
pub(super) struct Sketch(Box<[u64; WORDS]>);

/// log2 of the bits of a [`Sketch`] (32 KiB).
const SKETCH_BITS: u32 = 18;

/// The 64-bit words of a [`Sketch`] (a fixed size: a bit's word is never out of bounds).
const WORDS: usize = 1 << (SKETCH_BITS - 6);

impl Sketch {
    pub(super) fn new() -> Self {
        Sketch(Box::new([0; WORDS]))
    }

    /// The bit of a word (not empty): its length and edge bytes, mixed by a multiplication.
    #[inline]
    fn bit(b: &[u8]) -> usize {
        let n = b.len();
        // (A one-byte word is both its first and its last byte.)
        let (first, second, before_last, last) = match b {
            [only] => (*only, 0, 0, *only),
            _ => (b[0], b[1], b[n - 2], b[n - 1]),
        };
        let key = u64::from(first)
            | u64::from(second) << 8
            | u64::from(before_last) << 16
            | u64::from(last) << 24
            | (n as u64) << 32;
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SKETCH_BITS)) as usize
    }

    pub(super) fn insert(&mut self, w: &str) {
        if !w.is_empty() {
            let k = Self::bit(w.as_bytes());
            self.0[k / 64] |= 1 << (k % 64);
        }
    }

    /// False when no inserted word has `w`'s bit (no false negatives).
    #[inline]
    pub(super) fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        !b.is_empty() && {
            let k = Self::bit(b);
            self.0[k / 64] >> (k % 64) & 1 != 0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Sketch;

    #[test]
    fn a_sketch_never_rules_out_a_word_it_holds() {
        let mut s = Sketch::new();
        let words = ["a", "of", "New", "Lake", "São", "Côte d’Ivoire"];
        for w in words {
            s.insert(w);
        }
        for w in words {
            assert!(s.may_hold(w), "{w}");
        }
        assert!(!s.may_hold(""));
    }
}
