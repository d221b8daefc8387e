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
        WordSet { set, shapes, inner }
    }

    /// True when `w` is in the set, exactly.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.shapes.may_hold(w) && self.holds(w.as_bytes())
    }

    /// The hashed lookup behind [`WordSet::contains`], kept out of line: the filter, inlined
    /// where a set is asked, settles most words without a call.
    #[inline(never)]
    fn holds(&self, b: &[u8]) -> bool {
        self.inner.may_hold_inner_bytes(b) && self.set.contains(b)
    }

    /// True when `w` in lower case is in the set (`Mayor` for `mayor`). An ASCII word keeps its
    /// length and its shape when lowered, so most are ruled out before they are lowered.
    #[inline]
    pub(crate) fn contains_lowered(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return false;
        };
        // ASCII end letters stay the ends, in lower case, whatever the middle lowers to: most
        // words are ruled out by them alone, before the word is read through (inlined).
        if first < 0x80 && last < 0x80 && self.shapes.0[shape_slot(b)] == 0 {
            return false;
        }
        self.holds_lowered(w)
    }

    /// [`WordSet::contains_lowered`] of a word its end letters leave in.
    #[inline(never)]
    fn holds_lowered(&self, w: &str) -> bool {
        let b = w.as_bytes();
        // A word of up to 16 bytes (most) is read as two lanes, told ASCII and lowered at once.
        let mut buf = [0u8; 16];
        let lowered = lower_ascii_short(b, &mut buf);
        if lowered == Some(None) || (lowered.is_none() && !w.is_ascii()) {
            return super::with_lower(w, |l| self.contains(l));
        }
        // (An ASCII word keeps its inner letters' shape, in lower case, too.)
        if !self.shapes.may_hold_bytes(b) || !self.inner.may_hold_inner_bytes(b) {
            return false;
        }
        if let Some(Some(lowered)) = lowered {
            return self.set.contains(lowered);
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

/// `b` in ASCII lower case, written into `buf`: `None` when it is longer than 16 bytes,
/// `Some(None)` when it is not ASCII. Read eight or four bytes at a time, as two lanes that
/// overlap when the word is shorter than both (bytes 1 to 3: one at a time).
#[inline]
fn lower_ascii_short<'b>(b: &[u8], buf: &'b mut [u8; 16]) -> Option<Option<&'b [u8]>> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let n = b.len();
    match n {
        8..=16 => {
            let lo = u64::from_le_bytes(b[..8].try_into().ok()?);
            let hi = u64::from_le_bytes(b[n - 8..].try_into().ok()?);
            if (lo | hi) & HIGH != 0 {
                return Some(None);
            }
            buf[n - 8..n].copy_from_slice(&lower_lane(hi).to_le_bytes());
            buf[..8].copy_from_slice(&lower_lane(lo).to_le_bytes());
        }
        4..=7 => {
            let lo = u32::from_le_bytes(b[..4].try_into().ok()?);
            let hi = u32::from_le_bytes(b[n - 4..].try_into().ok()?);
            // (Widened to a lane whose upper half is zero: ASCII, lowered to zero.)
            let (lo, hi) = (u64::from(lo), u64::from(hi));
            if (lo | hi) & HIGH != 0 {
                return Some(None);
            }
            buf[n - 4..n].copy_from_slice(&lower_lane(hi).to_le_bytes()[..4]);
            buf[..4].copy_from_slice(&lower_lane(lo).to_le_bytes()[..4]);
        }
        0..=3 => {
            if !b.is_ascii() {
                return Some(None);
            }
            for (d, c) in buf.iter_mut().zip(b) {
                *d = c.to_ascii_lowercase();
            }
        }
        _ => return None,
    }
    Some(Some(&buf[..n]))
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
        assert!(!f.may_hold("") && !set.contains(""));
        assert!(!set.contains("ambassadors") && !set.contains("Überlinge"));
        // Lowered words pass the inner filter as their listed forms do.
        assert!(set.contains_lowered("AMBASSADOR") && set.contains_lowered("Ambassador"));
        assert!(!set.contains_lowered("ambassadeur") && !set.contains_lowered("Abbassador"));
    }

    #[test]
    fn short_words_are_lowered_as_byte_by_byte() {
        let mut buf = [0u8; 16];
        for w in [
            "",
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
        ] {
            let lowered = lower_ascii_short(w.as_bytes(), &mut buf);
            assert_eq!(
                lowered,
                Some(Some(w.to_ascii_lowercase().as_bytes())),
                "{w}"
            );
        }
        assert_eq!(
            lower_ascii_short("Überlingen".as_bytes(), &mut buf),
            Some(None)
        );
        assert_eq!(lower_ascii_short("Ü".as_bytes(), &mut buf), Some(None));
        assert_eq!(lower_ascii_short("Zürich".as_bytes(), &mut buf), Some(None));
        let long = "Ambassadorialities";
        assert_eq!(lower_ascii_short(long.as_bytes(), &mut buf), None);
    }
}
