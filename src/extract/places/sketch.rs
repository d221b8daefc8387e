//! A bit table that rules out most words a list does not hold before they are hashed.

/// A bit table of words for [`Gazetteer::may_open`](super::Gazetteer) and the gazetteer's other
/// word lists: one bit per word, chosen by its length and its first two and last two bytes.
/// The thirteen thousand first words of the gazetteer's names filled most of a
/// [`ShapeFilter`](crate::lexicon::ShapeFilter)'s bits for capitalised words (first and last
/// letter and length), so that most capitals passed it to be hashed in vain; here they fill
/// one bit in twenty.
pub(super) struct Sketch(Box<[u64]>);

/// log2 of the bits of a [`Sketch`] (32 KiB).
const SKETCH_BITS: u32 = 18;

impl Sketch {
    pub(super) fn new() -> Self {
        Sketch(vec![0; 1 << (SKETCH_BITS - 6)].into_boxed_slice())
    }

    /// The bit of a word (not empty): its length and edge bytes, mixed by a multiplication.
    #[inline]
    fn bit(b: &[u8]) -> usize {
        let n = b.len();
        let at = |k: usize| u64::from(b.get(k).copied().unwrap_or(0));
        let key =
            at(0) | at(1) << 8 | at(n.wrapping_sub(2)) << 16 | at(n - 1) << 24 | (n as u64) << 32;
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
