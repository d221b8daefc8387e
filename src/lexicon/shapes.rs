//! Filters that rule out most words a list does not hold before they are hashed, and the word
//! sets built on them.

use rustc_hash::FxHashSet as HashSet;

/// The slot of a word's first and last bytes in a shape table (ASCII case ignored).
fn shape_slot(b: &[u8]) -> usize {
    usize::from(b[0] & 31) << 5 | usize::from(b[b.len() - 1] & 31)
}

/// A filter that rules out most words a list does not hold without hashing them: a bit per
/// word length (below 32) for each pair of first and last bytes that some listed word has.
/// ASCII case is ignored, so it never rules out a listed word in another case.
pub(crate) struct ShapeFilter(Box<[u32; 1024]>);

impl ShapeFilter {
    /// An empty filter (rules out every word).
    pub(crate) fn new() -> Self {
        ShapeFilter(Box::new([0u32; 1024]))
    }

    /// Lets `w` through from now on.
    pub(crate) fn insert(&mut self, w: &str) {
        if !w.is_empty() {
            self.0[shape_slot(w.as_bytes())] |= 1 << w.len().min(31);
        }
    }

    /// False when no inserted word has `w`'s shape (no false negatives).
    #[inline]
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        self.may_hold_bytes(w.as_bytes())
    }

    /// [`ShapeFilter::may_hold`] of a word's bytes.
    #[inline]
    fn may_hold_bytes(&self, b: &[u8]) -> bool {
        !b.is_empty() && self.0[shape_slot(b)] & (1 << b.len().min(31)) != 0
    }

    /// [`ShapeFilter::may_hold`] here and [`ShapeFilter::may_hold_inner`] in `inner` at once,
    /// without a branch: both tables are read and their length bits combined, so that a caller
    /// can join the answer with tests of its own into one branch that seldom passes (the
    /// tokenizer's test of every lower-case word, whose branches mispredicted often).
    #[inline]
    pub(crate) fn may_hold_with_inner(&self, inner: &ShapeFilter, b: &[u8]) -> bool {
        let n = b.len();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return false;
        };
        // A word under three bytes, which `inner` lets through, reads any of its bytes there,
        // and passes by the bits of lengths 0 to 2, which no inner slot sets.
        let short = n.min(2);
        let inner = inner.0[shape_slot(&[b[short - 1], b[n - short]])] | 0b111;
        self.0[shape_slot(&[first, last])] & inner & (1 << n.min(31)) != 0
    }

    /// [`ShapeFilter::insert`] keyed on the second and second-last bytes instead (a table used
    /// only this way).
    pub(super) fn insert_inner(&mut self, w: &str) {
        if w.len() >= 3 {
            self.0[shape_slot(&w.as_bytes()[1..w.len() - 1])] |= 1 << w.len().min(31);
        }
    }

    /// [`ShapeFilter::may_hold`] for a table filled by [`ShapeFilter::insert_inner`]; words
    /// shorter than three bytes are let through.
    #[inline]
    pub(super) fn may_hold_inner(&self, w: &str) -> bool {
        self.may_hold_inner_bytes(w.as_bytes())
    }

    /// [`ShapeFilter::may_hold_inner`] of a word's bytes.
    #[inline]
    fn may_hold_inner_bytes(&self, b: &[u8]) -> bool {
        b.len() < 3 || self.0[shape_slot(&b[1..b.len() - 1])] & (1 << b.len().min(31)) != 0
    }
}

/// A set of words behind a [`ShapeFilter`]. Keyed by bytes, so that a word lowered into a
/// buffer is looked up without being checked as UTF-8 again.
pub(crate) struct WordSet {
    set: HashSet<&'static [u8]>,
    /// The words of up to 16 ASCII bytes (most), [`pack`]ed: looked up without hashing bytes.
    short: Packed,
    shapes: ShapeFilter,
    /// The words' second and second-last bytes ([`ShapeFilter::insert_inner`]): most words
    /// that share a listed word's ends and length are ruled out by them before being hashed.
    inner: ShapeFilter,
}

impl WordSet {
    /// The set of `words`.
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let set: HashSet<&'static [u8]> = words
            .into_iter()
            .filter(|w| !w.is_empty())
            .map(str::as_bytes)
            .collect();
        let (mut shapes, mut inner) = (ShapeFilter::new(), ShapeFilter::new());
        for w in &set {
            shapes.0[shape_slot(w)] |= 1 << w.len().min(31);
            if w.len() >= 3 {
                inner.0[shape_slot(&w[1..w.len() - 1])] |= 1 << w.len().min(31);
            }
        }
        let short = Packed::new(set.iter().filter_map(|w| pack(w, false)));
        WordSet {
            set,
            short,
            shapes,
            inner,
        }
    }

    /// True when `w` is in the set, exactly.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.shapes.may_hold(w) && self.holds(w.as_bytes())
    }

    /// The lookup behind [`WordSet::contains`] (packed, or hashed), kept out of line: the
    /// filter, inlined where a set is asked, settles most words without a call.
    #[inline(never)]
    fn holds(&self, b: &[u8]) -> bool {
        self.inner.may_hold_inner_bytes(b)
            && match pack(b, false) {
                Some(key) => self.short.contains(key),
                None => self.set.contains(b),
            }
    }

    /// True when `w` in lower case is in the set (`Mayor` for `mayor`). An ASCII word keeps its
    /// length and its shape when lowered, so most are ruled out before they are lowered.
    #[inline]
    pub(crate) fn contains_lowered(&self, w: &str) -> bool {
        self.may_hold_lowered(w) && self.holds_lowered(w)
    }

    /// False when `w` in lower case cannot be in the set, told by its end letters and length
    /// without lowering it (no false negatives; inlined).
    #[inline]
    pub(crate) fn may_hold_lowered(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return false;
        };
        // ASCII end letters stay the ends, in lower case, whatever the middle lowers to; the
        // length stays too when the whole word is ASCII (a non-ASCII letter may lower to more
        // or fewer bytes), asked only of words whose ends some listed word has.
        if first >= 0x80 || last >= 0x80 {
            return true;
        }
        let lengths = self.shapes.0[shape_slot(b)];
        lengths != 0 && (lengths & 1 << b.len().min(31) != 0 || !b.is_ascii())
    }

    /// [`WordSet::contains_lowered`] of a word [`WordSet::may_hold_lowered`] leaves in.
    #[inline(never)]
    pub(super) fn holds_lowered(&self, w: &str) -> bool {
        // A word of up to 16 ASCII bytes (most) is read as two lanes, lowered at once.
        match pack(w.as_bytes(), true) {
            Some(key) => self.short.contains(key),
            None => self.holds_lowered_long(w),
        }
    }

    /// [`WordSet::holds_lowered`] of a word [`pack`] does not take (rare: kept out of line, so
    /// that the short words' lookup needs no stack frame of its own).
    #[cold]
    #[inline(never)]
    fn holds_lowered_long(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if b.len() <= 16 || !w.is_ascii() {
            return super::with_lower(w, |l| self.contains(l));
        }
        // (An ASCII word keeps its shape, in lower case, too.)
        if !self.shapes.may_hold_bytes(b) || !self.inner.may_hold_inner_bytes(b) {
            return false;
        }
        // A longer ASCII word is lowered into a buffer and looked up as bytes.
        let mut buf = [0u8; 32];
        let Some(lowered) = buf.get_mut(..b.len()) else {
            return super::with_lower(w, |l| self.contains(l));
        };
        for (d, c) in lowered.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        self.set.contains(&*lowered)
    }
}

/// A word of 1 to 16 ASCII bytes as a number: its bytes (in ASCII lower case when `lower`) in
/// order from the lowest, with the top bit of its last byte set (no ASCII byte has it), so that
/// words of different lengths differ. `None` for other words. Read eight or four bytes at a
/// time, as two lanes that overlap when the word is shorter than both (bytes 1 to 3: one at a
/// time).
#[inline]
fn pack(b: &[u8], lower: bool) -> Option<u128> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let n = b.len();
    let lane = |b: &[u8]| <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes);
    let half = |b: &[u8]| <[u8; 4]>::try_from(b).map_or(0, |h| u64::from(u32::from_le_bytes(h)));
    let (lo, hi) = match n {
        // (the high lane's bytes that the low one holds already are shifted out)
        9..=16 => (lane(&b[..8]), lane(&b[n - 8..]) >> (8 * (16 - n))),
        8 => (lane(b), 0),
        // (the overlapping bytes are the same: or-ing the lanes keeps them)
        4..=7 => (half(&b[..4]) | half(&b[n - 4..]) << (8 * (n - 4)), 0),
        1..=3 => (b.iter().rev().fold(0, |x, &c| x << 8 | u64::from(c)), 0),
        _ => return None,
    };
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    let (mut lo, mut hi) = if lower {
        (lower_lane(lo), lower_lane(hi))
    } else {
        (lo, hi)
    };
    // (the length's mark, once the word is lowered: a lane's carries would move it)
    if n > 8 {
        hi |= 0x80 << (8 * (n - 9));
    } else {
        lo |= 0x80 << (8 * (n - 1));
    }
    Some(u128::from(hi) << 64 | u128::from(lo))
}

/// A set of [`pack`]ed words in a table addressed by their hash, open to the next slots.
struct Packed {
    /// A power of two of slots, at most a quarter of them full (a word not in the set meets few full slots before an empty one); zero when empty (no packed word is).
    slots: Box<[u128]>,
    /// 64 less the bits of a slot's index.
    shift: u32,
}

impl Packed {
    /// The set of `keys`.
    fn new(keys: impl Iterator<Item = u128> + Clone) -> Self {
        let size = (keys.clone().count() * 4).next_power_of_two().max(16);
        let mut set = Packed {
            slots: vec![0; size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
        };
        for key in keys {
            let i = set.find(key);
            set.slots[i] = key;
        }
        set
    }

    /// The slot holding `key`, or the empty one where it would go.
    #[inline]
    fn find(&self, key: u128) -> usize {
        let mixed = (key as u64 ^ (key >> 64) as u64 ^ (key >> 93) as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mut i = (mixed >> self.shift) as usize;
        while self.slots[i] != 0 && self.slots[i] != key {
            i = (i + 1) & (self.slots.len() - 1);
        }
        i
    }

    /// True when `key` is in the set.
    #[inline]
    fn contains(&self, key: u128) -> bool {
        self.slots[self.find(key)] == key
    }
}

/// The eight ASCII bytes of `x` in lower case: bit 5 set on each byte from `A` to `Z` (each
/// sum sets a byte's top bit once it is past a bound; no sum carries into the next byte, as
/// no byte has its top bit set).
#[inline]
fn lower_lane(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let from_a = x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
    let past_z = x.wrapping_add(0x2525_2525_2525_2525);
    x | (from_a & !past_z & HIGH) >> 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_filters_never_rule_out_a_listed_word() {
        let words = [
            "Mayor",
            "ambassador",
            "Ms",
            "x",
            "Überlingen",
            "twenty-three-letter-wordy",
        ];
        let set = WordSet::new(words);
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        // The filter ignores ASCII case; the set does not.
        let mut f = ShapeFilter::new();
        f.insert("Mayor");
        assert!(f.may_hold("mayor") && f.may_hold("MAYOR"));
        assert!(!set.contains("mayor"));
        // Other shapes are ruled out without hashing; so is the empty word.
        assert!(!f.may_hold("Mayors") && !f.may_hold("Mayo") && !f.may_hold("Mayan"));
        // A word of the same shape passes the filter and is settled by the set.
        assert!(f.may_hold("Manor") && !set.contains("Manor"));
        // Both filters at once, as one after the other.
        let (mut outer, mut inner) = (ShapeFilter::new(), ShapeFilter::new());
        for w in words {
            outer.insert(w);
            inner.insert_inner(w);
        }
        for w in words.into_iter().chain([
            "",
            "M",
            "Ms",
            "ms",
            "xs",
            "mayor",
            "Manor",
            "Mayors",
            "xx",
            "Ambassadeur",
        ]) {
            let both = outer.may_hold(w) && (w.len() < 3 || inner.may_hold_inner(w));
            assert_eq!(outer.may_hold_with_inner(&inner, w.as_bytes()), both, "{w}");
        }
        assert!(!f.may_hold("") && !set.contains(""));
        assert!(!set.contains("ambassadors") && !set.contains("Überlinge"));
        // Lowered words pass the inner filter as their listed forms do.
        assert!(set.contains_lowered("AMBASSADOR") && set.contains_lowered("Ambassador"));
        assert!(!set.contains_lowered("ambassadeur") && !set.contains_lowered("Abbassador"));
        // An ASCII word of another length is ruled out before it is lowered; a word that may
        // change length when lowered is not.
        assert!(!set.may_hold_lowered("Mayors") && !set.may_hold_lowered("MAYO"));
        assert!(set.may_hold_lowered("Ma\u{212A}or") && set.may_hold_lowered("ÜBERLINGEN"));
    }

    #[test]
    fn short_words_are_packed_as_byte_by_byte() {
        // Bytes in order from the lowest, the last one's top bit set.
        let by_bytes = |w: &str| {
            let mut buf = [0u8; 16];
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf[w.len() - 1] |= 0x80;
            u128::from_le_bytes(buf)
        };
        for w in [
            "A",
            "Mr",
            "Sgt",
            "Mayo",
            "MAYOR",
            "Sept.",
            "O'Neill",
            "@[`{Az",
            "Ambassadors",
            "AMBASSADORIALITY",
            "Zz09-_~\x7f",
            "a\0",
            "\0",
        ] {
            let lower = w.to_ascii_lowercase();
            assert_eq!(pack(w.as_bytes(), false), Some(by_bytes(w)), "{w}");
            assert_eq!(pack(w.as_bytes(), true), Some(by_bytes(&lower)), "{w}");
        }
        // Words of different lengths differ, zero bytes or not.
        assert_ne!(pack(b"a", false), pack(b"a\0", false));
        for w in ["", "Überlingen", "Ü", "Zürich", "Ambassadorialities"] {
            assert_eq!(pack(w.as_bytes(), true), None, "{w}");
        }
        // A packed set holds its words and no others.
        let set = WordSet::new(["mayor", "a", "Sept", "ambassadorial"]);
        assert!(set.contains("a") && set.contains("Sept") && set.contains("ambassadorial"));
        assert!(set.contains_lowered("A") && set.contains_lowered("AMBASSADORIAL"));
        assert!(!set.contains("a\0") && !set.contains("sept") && !set.contains_lowered("Mayo"));
    }
}
